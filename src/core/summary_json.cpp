#include "summary_json.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace pmocalc {

namespace {

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escape[8];
                std::snprintf(escape, sizeof escape, "\\u%04x", c);
                out += escape;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::string number(double value) {
    if (!std::isfinite(value))
        return "null";
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string number(const std::optional<double>& value) { return value ? number(*value) : "null"; }

std::string date(const std::optional<Day>& day) { return day ? quoted(iso_date(*day)) : "null"; }

std::string rag(const std::optional<Rag>& value) { return value ? quoted(std::string(rag_label(*value))) : "null"; }

class Json {
public:
    Json& key(const char* name) {
        separate();
        out_ += quoted(name) + ": ";
        pending_value_ = true;
        return *this;
    }
    Json& raw(const std::string& value) {
        separate();
        out_ += value;
        return *this;
    }
    Json& open(char bracket) {
        separate();
        out_ += bracket;
        first_ = true;
        return *this;
    }
    Json& close(char bracket) {
        out_ += bracket;
        first_ = false;
        return *this;
    }
    std::string str() const { return out_ + "\n"; }

private:
    void separate() {
        if (pending_value_) {
            pending_value_ = false;
            return;
        }
        if (!first_)
            out_ += ", ";
        first_ = false;
    }
    std::string out_;
    bool first_ = true;
    bool pending_value_ = false;
};

void evm(Json& json, const EvmFigures& f) {
    json.key("bac").raw(number(f.bac)).key("pv").raw(number(f.pv)).key("ev").raw(number(f.ev));
    json.key("ac").raw(number(f.ac)).key("sv").raw(number(f.sv)).key("cv").raw(number(f.cv));
    json.key("spi").raw(number(f.spi)).key("cpi").raw(number(f.cpi)).key("eac").raw(number(f.eac));
    json.key("vac").raw(number(f.vac)).key("svt").raw(number(f.svt)).key("spit").raw(number(f.spit));
}

const char* severity(Diagnostic::Severity s) {
    switch (s) {
    case Diagnostic::Severity::error: return "error";
    case Diagnostic::Severity::warning: return "warning";
    case Diagnostic::Severity::note: return "note";
    }
    return "error";
}

}  // namespace

std::string summary_json(const Portfolio& portfolio, const PortfolioStatus& status, const SummaryContext& context) {
    Json json;
    json.open('{');
    json.key("input").raw(quoted(context.input));
    json.key("report_sheet").raw(quoted(context.report_sheet));
    json.key("language").raw(quoted(portfolio.language == Language::ja ? "ja" : "en"));
    json.key("status_date").raw(quoted(iso_date(status.status_date)));
    json.key("portfolio").open('{');
    evm(json, status.figures);
    json.key("forecast_finish").raw(date(status.forecast_finish)).key("rag").raw(rag(status.rag));
    json.close('}');
    json.key("projects").open('[');
    for (const ProjectStatus& p : status.projects) {
        json.open('{');
        json.key("id").raw(quoted(p.project.id)).key("name").raw(quoted(p.project.name));
        json.key("program").raw(quoted(p.project.program)).key("tasks").raw(number(static_cast<double>(p.task_count)));
        evm(json, p.figures);
        json.key("baseline_finish").raw(date(p.baseline_finish)).key("forecast_finish").raw(date(p.forecast_finish));
        json.key("slip_days").raw(number(static_cast<double>(p.slip_days)));
        json.key("open_issues").raw(number(p.open_issues)).key("overdue_issues").raw(number(p.overdue_issues));
        json.key("open_risks").raw(number(p.open_risks)).key("risk_exposure").raw(number(p.risk_exposure));
        json.key("pending_changes").raw(number(p.pending_changes)).key("rag").raw(rag(p.rag));
        json.close('}');
    }
    json.close(']');
    json.key("risks").open('{');
    json.key("count").raw(number(status.risk_count)).key("open").raw(number(status.open_risks));
    json.key("exposure").raw(number(status.risk_exposure)).key("emv").raw(number(status.risk_emv));
    json.close('}');
    json.key("issues").open('{');
    json.key("open").raw(number(status.open_issues)).key("overdue").raw(number(status.overdue_issues));
    json.key("aging").open('{');
    const char* buckets[] = {"0-7", "8-30", "31-90", "90+"};
    for (std::size_t i = 0; i < 4; ++i)
        json.key(buckets[i]).raw(number(status.issue_aging[i]));
    json.close('}');
    json.close('}');
    json.key("change_requests").open('{').key("pending").raw(number(status.pending_changes)).close('}');
    json.key("slipped_milestones").raw(number(static_cast<double>(status.slipped_milestones.size())));
    json.key("diagnostics").open('[');
    for (const Diagnostic& d : portfolio.diagnostics) {
        json.open('{');
        json.key("sheet").raw(quoted(d.sheet)).key("cell").raw(quoted(d.cell));
        json.key("severity").raw(quoted(severity(d.severity))).key("message").raw(quoted(d.message));
        json.close('}');
    }
    json.close(']');
    json.close('}');
    return json.str();
}

}  // namespace pmocalc
