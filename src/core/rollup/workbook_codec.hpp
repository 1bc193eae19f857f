// A workbook's cells as bytes: how a roll-up's worker process hands what it
// read from one file to the process that consolidates them. Decoding checks
// every length against the bytes it has: a truncated or foreign file is
// refused, never read past its end.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "../workbook.hpp"

namespace pmocalc {

std::string encode_workbook(const Workbook& workbook);

// nullopt: not a workbook encode_workbook wrote (wrong header, cut short, a
// count that the bytes cannot hold).
std::optional<Workbook> decode_workbook(std::string_view bytes);

}  // namespace pmocalc
