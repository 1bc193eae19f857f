#include "schedule_file.hpp"

#include <algorithm>
#include <cctype>

namespace pmocalc {
namespace {

std::string lowered_extension(std::string_view file_name) {
    const auto dot = file_name.rfind('.');
    if (dot == std::string_view::npos)
        return {};
    std::string ext(file_name.substr(dot));
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext;
}

// Whether an XML text's root element is MS Project's <Project>.
bool holds_mspdi(std::string_view bytes) {
    return bytes.find("schemas.microsoft.com/project") != std::string_view::npos;
}

}  // namespace

std::string_view schedule_format_name(ScheduleFormat format) {
    switch (format) {
        case ScheduleFormat::mspdi: return "MS Project XML";
        case ScheduleFormat::xer: return "Primavera P6 XER";
        case ScheduleFormat::gan: return "GanttProject";
    }
    return "";
}

std::optional<ScheduleFormat> schedule_format_of(std::string_view file_name, std::string_view first_bytes) {
    const std::string ext = lowered_extension(file_name);
    if (ext == ".xer")
        return ScheduleFormat::xer;
    if (ext == ".gan")
        return ScheduleFormat::gan;
    if ((ext == ".xml" || ext == ".pod" || ext == ".mspdi") && holds_mspdi(first_bytes))
        return ScheduleFormat::mspdi;
    return std::nullopt;
}

Outcome<ScheduleFile> read_schedule(std::string_view file_name, std::string_view bytes) {
    const auto format = schedule_format_of(file_name, bytes.substr(0, 4096));
    if (!format)
        return invalid_input(Message{Msg::schedule_unknown_format});
    switch (*format) {
        case ScheduleFormat::mspdi: return read_mspdi(bytes);
        case ScheduleFormat::xer: return read_xer(bytes);
        case ScheduleFormat::gan: return read_gan(bytes);
    }
    return invalid_input(Message{Msg::schedule_unknown_format});
}

}  // namespace pmocalc
