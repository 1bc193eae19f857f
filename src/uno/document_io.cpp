#include "document_io.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCell.hpp>

#include "uno_values.hpp"

namespace pmocalc::uno {

namespace {

// Large sheets are fetched in blocks of rows, so that converting one block
// overlaps with fetching the next (over a remote bridge most of the time of a
// bulk read is spent waiting for it).
constexpr sal_Int32 rows_per_block = 20000;

struct Block {
    std::size_t sheet;
    AnyGrid values;
};

struct SheetArea {
    Reference<css::sheet::XSpreadsheet> sheet;
    sal_Int32 end_row;
    sal_Int32 end_column;
};

// Fetches blocks on its own thread and hands them over in order.
class BlockFetcher {
public:
    explicit BlockFetcher(const std::vector<SheetArea>& areas) : areas_(areas), thread_([this] { run(); }) {}
    ~BlockFetcher() {
        {
            std::lock_guard lock(mutex_);
            stop_ = true;
        }
        ready_.notify_all();
        thread_.join();
    }

    // The next block, or false when all are read; rethrows a failed fetch.
    bool next(Block& block) {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [&] { return !queue_.empty() || done_; });
        if (queue_.empty()) {
            if (failure_)
                std::rethrow_exception(failure_);
            return false;
        }
        block = std::move(queue_.front());
        queue_.pop_front();
        ready_.notify_all();
        return true;
    }

private:
    void run() {
        try {
            for (std::size_t s = 0; s < areas_.size(); ++s) {
                const SheetArea& area = areas_[s];
                for (sal_Int32 first = 0; first <= area.end_row; first += rows_per_block) {
                    const sal_Int32 last = std::min(area.end_row, first + rows_per_block - 1);
                    Reference<css::sheet::XCellRangeData> data(
                        area.sheet->getCellRangeByPosition(0, first, area.end_column, last), UNO_QUERY_THROW);
                    AnyGrid values = data->getDataArray();
                    std::unique_lock lock(mutex_);
                    ready_.wait(lock, [&] { return queue_.size() < 2 || stop_; });
                    if (stop_)
                        return;
                    queue_.push_back({s, std::move(values)});
                    ready_.notify_all();
                }
            }
        } catch (...) {
            std::lock_guard lock(mutex_);
            failure_ = std::current_exception();
        }
        std::lock_guard lock(mutex_);
        done_ = true;
        ready_.notify_all();
    }

    const std::vector<SheetArea>& areas_;
    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<Block> queue_;
    std::exception_ptr failure_;
    bool done_ = false;
    bool stop_ = false;
    std::thread thread_;
};

// The bulk read shows only that a cell holds an error; which one (#N/A,
// #REF! …) takes a call per such cell, so only the first few thousand of a
// workbook are named (a broken workbook may hold a column of them).
constexpr std::size_t errors_to_name = 5000;

void name_errors(const Reference<css::sheet::XSpreadsheet>& sheet, std::size_t columns, CellRange& cells,
                 std::size_t& named) {
    for (std::size_t i = 0; i < cells.size() && named < errors_to_name; ++i) {
        if (cells.kind(i) != CellKind::error)
            continue;
        const auto cell = sheet->getCellByPosition(static_cast<sal_Int32>(i % columns), static_cast<sal_Int32>(i / columns));
        cells.set_error_code(i, static_cast<std::uint16_t>(cell->getError()));
        ++named;
    }
}

}  // namespace

css::table::CellAddress end_of_used_area(const Reference<css::sheet::XSpreadsheet>& sheet) {
    Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
    Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const auto end = Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    return css::table::CellAddress(end.Sheet, end.EndColumn, end.EndRow);
}

AnyGrid used_area_values(const Reference<css::sheet::XSpreadsheet>& sheet) {
    const auto end = end_of_used_area(sheet);
    return Reference<css::sheet::XCellRangeData>(sheet->getCellRangeByPosition(0, 0, end.Column, end.Row),
                                                 UNO_QUERY_THROW)
        ->getDataArray();
}

Workbook read_workbook(const DocumentRef& document, const std::vector<std::string>& skip_sheets, Fetch fetch) {
    Workbook workbook;
    workbook.null_date_offset = null_date_offset(Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW));
    // The names in one call, in the sheets' order: every call counts over a
    // remote bridge (a roll-up reads hundreds of small workbooks).
    const auto names = document->getSheets()->getElementNames();
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    std::vector<SheetArea> areas;
    std::vector<AnyGrid> read_whole;  // Fetch::direct: each sheet's used area, read with its end
    for (sal_Int32 i = 0; i < names.getLength(); ++i) {
        const std::string name = to_utf8(names[i]);
        if (std::find(skip_sheets.begin(), skip_sheets.end(), name) != skip_sheets.end())
            continue;
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
        workbook.sheets.push_back({name, {}});
        if (fetch == Fetch::direct) {
            // A cursor from A1 to the end of the used area is that range: its values at once.
            Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursorByRange(
                Reference<css::sheet::XSheetCellRange>(sheet->getCellRangeByPosition(0, 0, 0, 0), UNO_QUERY_THROW));
            Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(true);
            AnyGrid values = Reference<css::sheet::XCellRangeData>(cursor, UNO_QUERY_THROW)->getDataArray();
            const sal_Int32 rows = values.getLength();
            const sal_Int32 columns = rows > 0 ? values[0].getLength() : 1;
            areas.push_back({sheet, std::max<sal_Int32>(rows, 1) - 1, std::max<sal_Int32>(columns, 1) - 1});
            read_whole.push_back(std::move(values));
        } else {
            const auto end = end_of_used_area(sheet);
            areas.push_back({sheet, end.Row, end.Column});
        }
    }
    auto take = [&](Block& block) {
        const auto columns = static_cast<std::size_t>(areas[block.sheet].end_column) + 1;
        auto& target = workbook.sheets[block.sheet].cells;
        if (target.size() == 0)
            target.reserve((static_cast<std::size_t>(areas[block.sheet].end_row) + 1) * columns);
        // Each row is converted and let go at once: the block's UNO values never
        // live beside all of their converted cells.
        auto* rows = block.values.getArray();
        std::string scratch;
        for (sal_Int32 r = 0; r < block.values.getLength(); ++r) {
            append_row(rows[r], columns, target, scratch);
            rows[r] = css::uno::Sequence<css::uno::Any>();
        }
    };
    if (fetch == Fetch::background) {
        BlockFetcher fetcher(areas);
        for (Block block; fetcher.next(block);)
            take(block);
    } else {
        for (std::size_t s = 0; s < areas.size(); ++s) {
            Block block{s, std::move(read_whole[s])};
            take(block);
        }
    }
    std::size_t errors_named = 0;
    for (std::size_t s = 0; s < areas.size(); ++s) {
        const auto columns = static_cast<std::size_t>(areas[s].end_column) + 1;
        auto& cells = workbook.sheets[s].cells;
        cells.shape(cells.size() / columns, columns);
        name_errors(areas[s].sheet, columns, cells, errors_named);
    }
    return workbook;
}

}  // namespace pmocalc::uno
