#include "health.hpp"

#include <algorithm>

namespace pmocalc {

Outcome<RagThresholds> make_rag_thresholds(double amber_below, double red_below) {
    if (!(amber_below >= 0 && red_below >= 0))
        return invalid_input(Msg::rag_threshold_negative);
    if (red_below > amber_below)
        return invalid_input({Msg::rag_thresholds_order, {red_below, amber_below}});
    return RagThresholds{amber_below, red_below};
}

Rag rag_status(double spi, double cpi, const RagThresholds& thresholds) {
    const double worst = std::min(spi, cpi);
    if (worst >= thresholds.amber_below)
        return Rag::green;
    if (worst >= thresholds.red_below)
        return Rag::amber;
    return Rag::red;
}

std::string_view rag_label(Rag rag) {
    switch (rag) {
    case Rag::green:
        return "GREEN";
    case Rag::amber:
        return "AMBER";
    case Rag::red:
        return "RED";
    }
    return "RED";
}

}  // namespace pmocalc
