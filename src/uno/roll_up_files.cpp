#include "roll_up_files.hpp"

#include <algorithm>
#include <set>

namespace pmocalc::uno {

namespace fs = std::filesystem;

namespace {

std::string lowered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

// Hidden files, and the lock files LibreOffice (.~lock.a.ods#) and Excel (~$a.xlsx) leave.
bool skipped_name(const std::string& name) { return name.starts_with(".") || name.starts_with("~$"); }

// A path's identity: the file it names (also through links).
std::string identity(const fs::path& path) {
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(fs::absolute(path), ec);
    return ec ? fs::absolute(path).lexically_normal().string() : canonical.string();
}

}  // namespace

bool roll_up_kind(const fs::path& file) {
    static const std::set<std::string> kinds{".ods", ".fods", ".xlsx", ".xlsm", ".xls", ".csv", ".ots"};
    return kinds.count(lowered(file.extension().string())) != 0;
}

RollUpFiles roll_up_files(const std::vector<std::string>& inputs, const fs::path& portfolio) {
    RollUpFiles result;
    const std::string portfolio_identity = portfolio.empty() ? std::string() : identity(portfolio);
    std::set<std::string> seen;
    auto add = [&](const fs::path& file) {
        const std::string id = identity(file);
        if (id == portfolio_identity) {
            result.portfolio_given = true;
            return;
        }
        if (seen.insert(id).second)
            result.files.push_back(file);
    };
    for (const std::string& input : inputs) {
        std::error_code ec;
        if (!fs::is_directory(input, ec)) {
            add(input);  // a file that cannot be opened is named later, with the reason
            continue;
        }
        std::vector<fs::path> found;
        for (auto it = fs::recursive_directory_iterator(input, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (skipped_name(it->path().filename().string())) {
                if (it->is_directory(ec))
                    it.disable_recursion_pending();
                continue;
            }
            if (it->is_regular_file(ec) && roll_up_kind(it->path()))
                found.push_back(it->path());
        }
        std::sort(found.begin(), found.end());
        for (const fs::path& file : found)
            add(file);
    }
    return result;
}

}  // namespace pmocalc::uno
