// Every text pmocalc shows a person — diagnostics, report labels, the panel,
// the command, the CLI — as a message id with arguments, rendered in English
// or Japanese from one table (message_table.hpp). The core only ever builds
// messages; each face renders them in its language. Numbers are formatted
// here without the process locale.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pmocalc {

enum class Language { en, ja };

// "en" / "ja": the code stored in documents, JSON and the CLI's --lang.
std::string_view language_code(Language language);
// "en", "ja" (any case, surrounding blanks ignored); nullopt otherwise.
std::optional<Language> language_from_code(std::string_view code);

enum class Msg : std::uint16_t {
#define PMOCALC_MESSAGE(id, en, ja) id,
#include "message_table.hpp"
#undef PMOCALC_MESSAGE
    message_count  // not a message: how many there are
};

struct Message;

// One argument of a message: verbatim text (a cell's content, a name), a
// number, a date, or another message rendered in the same language.
class MessageArg {
public:
    // Texts longer than argument_text_limit characters are shortened with "…"
    // (a message quoting a 100,000-character cell stays a message).
    static constexpr std::size_t argument_text_limit = 1000;
    MessageArg(std::string text) : kind_(Kind::text), text_(bounded(std::move(text))) {}
    MessageArg(const char* text) : MessageArg(std::string(text)) {}
    MessageArg(std::string_view text) : MessageArg(std::string(text)) {}
    MessageArg(double number) : kind_(Kind::number), number_(number) {}
    MessageArg(int number) : kind_(Kind::number), number_(number) {}
    MessageArg(long number) : kind_(Kind::number), number_(static_cast<double>(number)) {}
    MessageArg(long long number) : kind_(Kind::number), number_(static_cast<double>(number)) {}
    MessageArg(unsigned long number) : kind_(Kind::number), number_(static_cast<double>(number)) {}
    MessageArg(Msg term);
    MessageArg(Message nested);

    static MessageArg date(std::int64_t day);  // a Day (calendar.hpp)
    static MessageArg rendered(std::string text);  // a message already rendered: never shortened
    static MessageArg percent(double fraction);  // 0.5 → "50%"

    std::string render(Language language) const;

private:
    static std::string bounded(std::string text);
    enum class Kind { text, number, date, percent, nested };
    Kind kind_;
    std::string text_;
    double number_ = 0;
    std::shared_ptr<const Message> nested_;
};

struct Message {
    Msg id;
    std::vector<MessageArg> args;

    Message(Msg message_id) : id(message_id) {}
    Message(Msg message_id, std::vector<MessageArg> arguments) : id(message_id), args(std::move(arguments)) {}

    // The text with {0}, {1} … replaced by the rendered arguments.
    std::string render(Language language) const;
};

// The text of a message without arguments (a label, a heading).
std::string_view text(Msg id, Language language);
// The message's stable name ("not_a_number"), for JSON and tests.
std::string_view code(Msg id);
// How many entries the table has (for the table's own tests).
std::size_t message_count();

// Locale-free number text: at most `decimals` decimals, trailing zeros
// dropped; huge or tiny magnitudes in exponent form; not finite as "∞"/"NaN".
std::string format_number(double value, int decimals = 6);
// 49378.6 → "49,379": rounded to whole units, thousands grouped with commas.
std::string format_grouped(double value);
// An index such as SPI: "0.96"; nullopt (undefined) as "–".
std::string format_index(const std::optional<double>& value);

}  // namespace pmocalc
