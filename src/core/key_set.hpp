// A set of distinct text keys (task, risk and issue IDs) for finding
// duplicates among a million rows: open addressing over one array of
// indices, keys stored back to back in one buffer, no allocation per key.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace pmocalc {

class KeySet {
public:
    // Adds `key`; false when it was there already.
    bool insert(std::string_view key) {
        if ((count_ + 1) * 2 > slots_.size())
            grow();
        const std::uint64_t hash = std::hash<std::string_view>{}(key);
        for (std::size_t at = hash & (slots_.size() - 1);; at = (at + 1) & (slots_.size() - 1)) {
            const std::uint32_t index = slots_[at];
            if (index == 0) {
                slots_[at] = static_cast<std::uint32_t>(++count_);
                hashes_.push_back(hash);
                bytes_.append(key);
                ends_.push_back(bytes_.size());
                return true;
            }
            if (hashes_[index - 1] == hash && stored(index - 1) == key)
                return false;
        }
    }

    void reserve(std::size_t keys) {
        hashes_.reserve(keys);
        ends_.reserve(keys);
        std::size_t size = 16;
        while (size < keys * 2)
            size *= 2;
        if (size > slots_.size())
            rehash(size);
    }

    std::size_t size() const { return count_; }

private:
    std::string_view stored(std::size_t i) const {
        const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
        return std::string_view(bytes_).substr(begin, ends_[i] - begin);
    }

    void grow() { rehash(slots_.empty() ? 16 : slots_.size() * 2); }

    void rehash(std::size_t size) {
        std::vector<std::uint32_t> slots(size, 0);
        for (std::size_t i = 0; i < count_; ++i) {
            std::size_t at = hashes_[i] & (size - 1);
            while (slots[at] != 0)
                at = (at + 1) & (size - 1);
            slots[at] = static_cast<std::uint32_t>(i + 1);
        }
        slots_ = std::move(slots);
    }

    std::vector<std::uint32_t> slots_;  // 0: free, else 1 + the key's index
    std::vector<std::uint64_t> hashes_;
    std::vector<std::size_t> ends_;  // where each key ends in bytes_
    std::string bytes_;
    std::size_t count_ = 0;
};

}  // namespace pmocalc
