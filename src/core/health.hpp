// RAG (red/amber/green) health from the performance indices.
#pragma once

#include <string_view>

#include "outcome.hpp"

namespace pmocalc {

enum class Rag { green, amber, red };

struct RagThresholds {
    double amber_below = 0.95;  // below this the project is at least AMBER
    double red_below = 0.85;    // below this it is RED
};

// Neither threshold negative, red_below not above amber_below.
Outcome<RagThresholds> make_rag_thresholds(double amber_below, double red_below);

// The worse of SPI and CPI decides: GREEN at or above amber_below, AMBER at or
// above red_below, else RED.
Rag rag_status(double spi, double cpi, const RagThresholds& thresholds);

// "GREEN", "AMBER", "RED": the same words in every language, as PMOs report them.
std::string_view rag_label(Rag rag);

}  // namespace pmocalc
