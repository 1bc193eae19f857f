// The files of a roll-up, for the CLI and the Calc command alike: the
// spreadsheets given, and those of every folder given (and the folders below
// it, in name order); hidden files and the lock files LibreOffice and Excel
// leave are skipped, and so is the portfolio workbook itself.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace pmocalc::uno {

struct RollUpFiles {
    std::vector<std::filesystem::path> files;
    bool portfolio_given = false;  // the portfolio workbook was among the inputs (left out)
};

RollUpFiles roll_up_files(const std::vector<std::string>& inputs, const std::filesystem::path& portfolio);

// .ods .fods .xlsx .xlsm .xls .csv .ots, in any case.
bool roll_up_kind(const std::filesystem::path& file);

}  // namespace pmocalc::uno
