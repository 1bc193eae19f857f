#include "schedule_import.hpp"

#include <fstream>
#include <sstream>

#include "uno_values.hpp"

namespace pmocalc::uno {

Outcome<ScheduleFile> read_schedule_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)  // the office may run as another user, who cannot reach a private folder
        return invalid_input(Message{Msg::cli_permission_denied, {file.string()}});
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return read_schedule(file.filename().string(), bytes.str());
}

std::vector<std::string> write_schedule_sheets(const DocumentRef& document, const ScheduleSheets& sheets,
                                               const Changed& changed) {
    std::vector<std::string> written;
    try {
        for (const ReportLayout& layout : sheets.sheets) {
            HistoryWrite write;
            write.sheet_name = layout.sheet_name;
            for (int n = 2; document->getSheets()->hasByName(to_ouString(write.sheet_name)); ++n)
                write.sheet_name = layout.sheet_name + " (" + std::to_string(n) + ")";
            write.layout = layout;
            write.layout.sheet_name = write.sheet_name;
            written.push_back(write_history(document, write, changed).sheet_name);
        }
    } catch (...) {
        remove_schedule_sheets(document, written, changed);
        throw;
    }
    return written;
}

void remove_schedule_sheets(const DocumentRef& document, const std::vector<std::string>& names,
                            const Changed& changed) {
    auto sheets = document->getSheets();
    for (const std::string& name : names)
        if (sheets->hasByName(to_ouString(name))) {
            sheets->removeByName(to_ouString(name));
            changed();
        }
}

}  // namespace pmocalc::uno
