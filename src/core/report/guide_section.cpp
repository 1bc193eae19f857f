// The report's last page: what SPI, CPI, SPI(t), EAC, P80, float and the DCMA
// checks mean and what to do about a bad value — short, for the PMs a PMO
// coaches. The thresholds quoted are the ones this report applied.
#include <array>
#include <utility>

#include "sections.hpp"

namespace pmocalc::report {

namespace {

struct GuideEntry {
    Msg term;
    Msg meaning;
    Msg action;
};

constexpr std::array<GuideEntry, 11> entries{{
    {Msg::guide_rag_term, Msg::guide_rag, Msg::guide_rag_do},
    {Msg::header_spi, Msg::guide_spi, Msg::guide_spi_do},
    {Msg::header_cpi, Msg::guide_cpi, Msg::guide_cpi_do},
    {Msg::header_spit, Msg::guide_spit, Msg::guide_spit_do},
    {Msg::header_eac, Msg::guide_eac, Msg::guide_eac_do},
    {Msg::header_forecast_finish, Msg::guide_finish, Msg::guide_finish_do},
    {Msg::guide_p80_term, Msg::guide_p80, Msg::guide_p80_do},
    {Msg::guide_float_term, Msg::guide_float, Msg::guide_float_do},
    {Msg::guide_dcma_term, Msg::guide_dcma, Msg::guide_dcma_do},
    {Msg::guide_mta_term, Msg::guide_mta, Msg::guide_mta_do},
    {Msg::guide_lines_term, Msg::guide_lines, Msg::guide_lines_do},
}};

// The explanation runs from column B to the page's edge.
constexpr std::size_t text_column = 1;
constexpr double guide_text_width_mm = 290;

}  // namespace

void reading_guide(ReportSheet& sheet) {
    sheet.heading(Msg::guide_heading);
    sheet.page_break_before(sheet.next_row() - 1);
    sheet.layout.guide_first_row = sheet.next_row() - 1;
    sheet.note_lines(sheet.label(Msg::guide_intro));
    const RagThresholds& t = sheet.status.thresholds;
    const MessageArg amber = MessageArg::rendered(format_index(t.amber_below));
    const MessageArg red = MessageArg::rendered(format_index(t.red_below));
    for (const GuideEntry& e : entries) {
        // The term on a row of its own (it runs on to the right), its meaning and what to do under it.
        sheet.new_row();
        const std::size_t term = sheet.new_row();
        sheet.put(term, 0, sheet.label(e.term));
        sheet.format(term, 0, 1, 1, CellFormat::label);
        const Message meaning = e.meaning == Msg::guide_rag ? Message{e.meaning, {amber, red}} : Message{e.meaning};
        const Message action{Msg::guide_action, {Message{e.action, {amber}}}};
        for (const auto& [message, format] : {std::pair{meaning, CellFormat::text}, std::pair{action, CellFormat::note}})
            for (const std::string& line : wrap_text(sheet.render(message), guide_text_width_mm)) {
                const std::size_t row = sheet.new_row();
                sheet.put(row, text_column, line);
                sheet.format(row, text_column, 1, 1, format);
            }
    }
}

}  // namespace pmocalc::report
