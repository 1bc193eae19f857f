// A set of distinct text keys (task, risk and issue IDs) for finding
// duplicates among a million rows, and an index of them: open addressing over
// one array of slots (a hash tag and an index), keys stored back to back in
// one buffer, no allocation per key.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pmocalc {

class KeySet {
public:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    // Adds `key`; false when it was there already.
    bool insert(std::string_view key) { return emplace(key).second; }

    // Adds `key` unless it is there; the key's index (in the order keys were
    // first added) and whether it was added now.
    std::pair<std::size_t, bool> emplace(std::string_view key) {
        if ((count_ + 1) * 2 > slots_.size())
            grow();
        const std::uint64_t hash = std::hash<std::string_view>{}(key);
        const std::size_t at = slot_of(key, hash);
        if (slots_[at] != 0)
            return {index(slots_[at]), false};
        slots_[at] = make_slot(hash, count_);
        bytes_.append(key);
        ends_.push_back(bytes_.size());
        return {count_++, true};
    }

    // The index of `key`, or npos.
    std::size_t find(std::string_view key) const {
        if (count_ == 0)
            return npos;
        const std::uint64_t slot = slots_[slot_of(key, std::hash<std::string_view>{}(key))];
        return slot == 0 ? npos : index(slot);
    }

    void reserve(std::size_t keys) {
        ends_.reserve(keys);
        std::size_t size = 16;
        while (size < keys * 2)
            size *= 2;
        if (size > slots_.size())
            rehash(size);
    }

    std::size_t size() const { return count_; }

private:
    // A slot: the hash's high 32 bits (compared before the key's bytes, which
    // are elsewhere in memory) and 1 + the key's index; 0 is a free slot.
    static std::uint64_t tag_of(std::uint64_t hash) { return hash >> 32; }
    static std::uint64_t make_slot(std::uint64_t hash, std::size_t index) {
        return tag_of(hash) << 32 | static_cast<std::uint32_t>(index + 1);
    }
    static std::uint64_t tag(std::uint64_t slot) { return slot >> 32; }
    static std::size_t index(std::uint64_t slot) { return static_cast<std::uint32_t>(slot) - std::size_t{1}; }

    // The slot holding `key`, else the free slot where it belongs (the table
    // is never full: at most half its slots are used).
    std::size_t slot_of(std::string_view key, std::uint64_t hash) const {
        std::size_t at = hash & (slots_.size() - 1);
        for (; slots_[at] != 0; at = (at + 1) & (slots_.size() - 1))
            if (tag(slots_[at]) == tag_of(hash) && stored(index(slots_[at])) == key)
                break;
        return at;
    }

    std::string_view stored(std::size_t i) const {
        const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
        return std::string_view(bytes_).substr(begin, ends_[i] - begin);
    }

    void grow() { rehash(slots_.empty() ? 16 : slots_.size() * 2); }

    void rehash(std::size_t size) {
        std::vector<std::uint64_t> slots(size, 0);
        for (std::size_t i = 0; i < count_; ++i) {
            const std::uint64_t hash = std::hash<std::string_view>{}(stored(i));
            std::size_t at = hash & (size - 1);
            while (slots[at] != 0)
                at = (at + 1) & (size - 1);
            slots[at] = make_slot(hash, i);
        }
        slots_ = std::move(slots);
    }

    std::vector<std::uint64_t> slots_;
    std::vector<std::size_t> ends_;  // where each key ends in bytes_
    std::string bytes_;
    std::size_t count_ = 0;
};

}  // namespace pmocalc
