#include "document_settings.hpp"

#include <cmath>
#include <utility>

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>

#include "../core/reading/workbook_reader.hpp"
#include "uno_values.hpp"

namespace pmocalc::uno {

namespace {

constexpr char status_date_key[] = "pmocalc.StatusDate";
constexpr char amber_key[] = "pmocalc.AmberBelow";
constexpr char red_key[] = "pmocalc.RedBelow";
constexpr char language_key[] = "pmocalc.Language";
constexpr char es_period_key[] = "pmocalc.EsPeriod";
constexpr char uncertainty_key[] = "pmocalc.DurationUncertainty";
// Choosing projects: numbers typed into the panel (or as custom document
// properties, File ▸ Properties ▸ Custom Properties); none kept: no limit.
constexpr char budget_key[] = "pmocalc.SelectionBudget";
constexpr char people_limit_key[] = "pmocalc.SelectionPeopleLimit";
// Where pmocalc read the workbook wrongly: the column map's text
// (core/reading/column_map.hpp), typed in File ▸ Properties ▸ Custom Properties.
constexpr char column_map_key[] = "pmocalc.ColumnMap";
// A roll-up: a project's status older than the portfolio's by more days is stale.
constexpr char stale_days_key[] = "pmocalc.StaleDays";

rtl::OUString name_of(const char* key) { return rtl::OUString::createFromAscii(key); }

Reference<css::beans::XPropertySet> user_properties(const DocumentRef& document) {
    Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY_THROW);
    return Reference<css::beans::XPropertySet>(supplier->getDocumentProperties()->getUserDefinedProperties(),
                                               UNO_QUERY_THROW);
}

std::optional<Any> get(const Reference<css::beans::XPropertySet>& properties, const char* key) {
    const rtl::OUString name = name_of(key);
    if (!properties->getPropertySetInfo()->hasPropertyByName(name))
        return std::nullopt;
    return properties->getPropertyValue(name);
}

void remove(const Reference<css::beans::XPropertySet>& properties, const char* key) {
    const rtl::OUString name = name_of(key);
    if (properties->getPropertySetInfo()->hasPropertyByName(name))
        Reference<css::beans::XPropertyContainer>(properties, UNO_QUERY_THROW)->removeProperty(name);
}

void put(const Reference<css::beans::XPropertySet>& properties, const char* key, const Any& value) {
    remove(properties, key);
    Reference<css::beans::XPropertyContainer>(properties, UNO_QUERY_THROW)
        ->addProperty(name_of(key), css::beans::PropertyAttribute::REMOVABLE, value);
}

}  // namespace

ReportSettings read_settings(const DocumentRef& document) {
    ReportSettings settings;
    const auto properties = user_properties(document);
    rtl::OUString text;
    double number = 0;
    if (auto value = get(properties, status_date_key); value && (*value >>= text))
        settings.status_date = parse_date_text(to_utf8(text));
    RagThresholds thresholds;
    if (auto value = get(properties, amber_key); value && (*value >>= number))
        thresholds.amber_below = number;
    if (auto value = get(properties, red_key); value && (*value >>= number))
        thresholds.red_below = number;
    // Edited by hand into nonsense: the defaults.
    settings.thresholds = make_rag_thresholds(thresholds.amber_below, thresholds.red_below).value_or(RagThresholds());
    if (auto value = get(properties, language_key); value && (*value >>= text))
        settings.language = language_from_code(to_utf8(text));
    if (auto value = get(properties, es_period_key); value && (*value >>= text))
        settings.es_period = es_period_from_code(to_utf8(text)).value_or(EsPeriod::weeks);
    // The report says which spread it used, so a value edited into nonsense shows as the default.
    if (auto value = get(properties, uncertainty_key); value && (*value >>= text))
        settings.duration_uncertainty = duration_uncertainty_from_text(to_utf8(text)).value_or(DurationUncertainty());
    // A limit that is not a number of 0 or more is no limit; the report then says selection needs a budget.
    for (const auto& [key, limit] : {std::pair{budget_key, &settings.budget},
                                     std::pair{people_limit_key, &settings.people_limit}})
        if (auto value = get(properties, key); value && (*value >>= number) && std::isfinite(number) && number >= 0)
            *limit = number;
    if (auto value = get(properties, column_map_key); value && (*value >>= text))
        settings.column_map = to_utf8(text);
    if (auto value = get(properties, stale_days_key);
        value && (*value >>= number) && std::isfinite(number) && number >= 0 && number <= 3650)
        settings.stale_days = static_cast<int>(number);
    return settings;
}

void store_settings(const DocumentRef& document, const ReportSettings& settings) {
    const auto properties = user_properties(document);
    put(properties, status_date_key,
        Any(to_ouString(settings.status_date ? iso_date(*settings.status_date) : std::string())));
    put(properties, amber_key, Any(settings.thresholds.amber_below));
    put(properties, red_key, Any(settings.thresholds.red_below));
    put(properties, language_key,
        Any(to_ouString(settings.language ? language_code(*settings.language) : std::string_view())));
    put(properties, es_period_key, Any(to_ouString(es_period_code(settings.es_period))));
    put(properties, uncertainty_key, Any(to_ouString(duration_uncertainty_text(settings.duration_uncertainty))));
    // No limit: no property, as in a workbook where nobody set one.
    for (const auto& [key, limit] : {std::pair{budget_key, settings.budget},
                                     std::pair{people_limit_key, settings.people_limit}}) {
        if (limit)
            put(properties, key, Any(*limit));
        else
            remove(properties, key);
    }
    if (settings.column_map.empty())
        remove(properties, column_map_key);
    else
        put(properties, column_map_key, Any(to_ouString(settings.column_map)));
}

std::string text_property(const DocumentRef& document, const char* key) {
    rtl::OUString text;
    if (auto value = get(user_properties(document), key))
        *value >>= text;
    return to_utf8(text);
}

void set_text_property(const DocumentRef& document, const char* key, const std::string& value) {
    put(user_properties(document), key, Any(to_ouString(value)));
}

}  // namespace pmocalc::uno
