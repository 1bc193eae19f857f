// The sidebar panel: portfolio health at a glance (SPI, CPI, RAG counts, open
// risks and issues), the report settings kept in the document, the generate,
// record and share buttons, and the workbook's diagnostics (selecting one jumps to its cell).
// Figures come from the same engine as the report; nothing is written until
// the user presses Generate. Whatever fails shows as a line of text in the
// panel (barrier.hpp).

#include <string>
#include <utility>
#include <vector>

#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/ui/LayoutSize.hpp>
#include <com/sun/star/ui/UIElementType.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/compbase2.hxx>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <rtl/ref.hxx>

#include "barrier.hpp"
#include "document_settings.hpp"
#include "report_engine.hpp"
#include "ui_language.hpp"
#include "uno_values.hpp"

namespace pmocalc::uno {
namespace {

class HealthPanel : public cppu::WeakImplHelper4<css::ui::XToolPanel, css::ui::XSidebarPanel,
                                                 css::awt::XContainerWindowEventHandler, css::lang::XComponent> {
public:
    HealthPanel(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame)
        : context_(context), frame_(frame), ui_(ui_language(context)) {}

    // Builds the window. Not in the constructor: the dialog provider holds a
    // reference to this handler, which must not be the object's first one.
    void create_window(const Reference<css::awt::XWindow>& parent) {
        const OUString location =
            css::deployment::PackageInformationProvider::get(context_)->getPackageLocation("org.pmocalc");
        window_ = css::awt::ContainerWindowProvider::create(context_)->createContainerWindow(
            location + "/panel.xdl", "", Reference<css::awt::XWindowPeer>(parent, UNO_QUERY_THROW),
            static_cast<css::awt::XContainerWindowEventHandler*>(this));
        window_->setVisible(true);
        controls_.set(window_, UNO_QUERY_THROW);
        // A panel that cannot read the workbook still shows, with the reason.
        guarded("showing the workbook in the panel", [&] {
            label("HealthTitle", Msg::panel_at_a_glance);
            label("SettingsTitle", Msg::panel_settings);
            label("StatusDateLabel", Msg::panel_status_date);
            label("AmberLabel", Msg::panel_amber_below);
            label("RedLabel", Msg::panel_red_below);
            label("LanguageLabel", Msg::panel_language);
            label("EsPeriodLabel", Msg::panel_es_period);
            label("BudgetLabel", Msg::panel_budget);
            label("PeopleLimitLabel", Msg::panel_people_limit);
            label("ColumnMapLabel", Msg::panel_column_map);
            const OUString map_help = to_ouString(text(Msg::panel_column_map_help, ui_));
            model_of("ColumnMapLabel")->setPropertyValue("HelpText", Any(map_help));
            model_of("ColumnMap")->setPropertyValue("HelpText", Any(map_help));
            label("Generate", Msg::command_title);
            label("Record", Msg::record_title);
            label("Share", Msg::share_title);
            label("Consolidate", Msg::rollup_command_title);
            label("DiagnosticsTitle", Msg::panel_diagnostics);
            const OUString languages[] = {to_ouString(text(Msg::panel_language_auto, ui_)), "English",
                                          to_ouString("日本語")};
            model_of("Language")->setPropertyValue("StringItemList", Any(Sequence<OUString>(languages, 3)));
            const OUString periods[] = {to_ouString(text(Msg::panel_working_weeks, ui_)),
                                        to_ouString(text(Msg::panel_working_days, ui_))};
            model_of("EsPeriod")->setPropertyValue("StringItemList", Any(Sequence<OUString>(periods, 2)));
            show_settings();
            refresh();
        });
    }

    // XToolPanel
    Reference<css::awt::XWindow> SAL_CALL getWindow() override { return window_; }
    Reference<css::accessibility::XAccessible> SAL_CALL
    createAccessible(const Reference<css::accessibility::XAccessible>&) override {
        return contained("createAccessible",
                         [&] { return Reference<css::accessibility::XAccessible>(window_, UNO_QUERY); });
    }

    // XSidebarPanel: the panel keeps the height of its dialog at any width.
    // The sidebar lays panels out without a try of its own.
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32) override {
        return contained(
            "getHeightForWidth",
            [&] {
                const sal_Int32 height = window_.is() ? window_->getPosSize().Height : default_height;
                return css::ui::LayoutSize(height, height, height);
            },
            [](const std::string&) { return css::ui::LayoutSize(default_height, default_height, default_height); });
    }
    sal_Int32 SAL_CALL getMinimalWidth() override {
        return contained(
            "getMinimalWidth", [&] { return window_.is() ? window_->getPosSize().Width : default_width; },
            [](const std::string&) { return default_width; });
    }

    // XContainerWindowEventHandler: the dialog's button and list.
    sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XWindow>&, const Any&,
                                        const OUString& method) override {
        if (method == "generate")
            guarded("the panel's Generate button", [&] { generate("org.pmocalc:GenerateReport"); });
        else if (method == "record")
            guarded("the panel's Record button", [&] { generate("org.pmocalc:RecordStatus"); });
        else if (method == "share")
            guarded("the panel's Share button", [&] { dispatch_plain("org.pmocalc:ExportForSharing"); });
        else if (method == "consolidate")
            guarded("the panel's Consolidate button", [&] { dispatch_plain("org.pmocalc:ConsolidateWorkbooks"); });
        else if (method == "jump")
            guarded("the panel's diagnostics list", [&] { jump(); });
        else
            return false;
        return true;
    }
    Sequence<OUString> SAL_CALL getSupportedMethodNames() override {
        return rethrow_as_uno("getSupportedMethodNames", [] {
            const OUString names[] = {"generate", "record", "share", "consolidate", "jump"};
            return Sequence<OUString>(names, 5);
        });
    }

    // XComponent
    void SAL_CALL dispose() override {
        contained("disposing the panel", [&] {
            if (Reference<css::lang::XComponent> window{window_, UNO_QUERY}; window.is())
                window->dispose();
        });
        window_.clear();
        controls_.clear();
    }
    void SAL_CALL addEventListener(const Reference<css::lang::XEventListener>&) override {}
    void SAL_CALL removeEventListener(const Reference<css::lang::XEventListener>&) override {}

private:
    static constexpr sal_Int32 default_height = 400;
    static constexpr sal_Int32 default_width = 280;

    // The panel's barrier: a failure becomes its first line of text.
    template <class Work>
    void guarded(const char* where, Work work) noexcept {
        contained(
            where,
            [&] {
                inject_fault(Face::panel);
                work();
            },
            [&](const std::string& reason) { set_summary(Message{Msg::panel_failed, {reason}}.render(ui_)); });
    }

    DocumentRef document() const {
        return DocumentRef(frame_->getController()->getModel(), UNO_QUERY);
    }

    Reference<css::beans::XPropertySet> model_of(const char* control) const {
        const auto found = controls_->getControl(OUString::createFromAscii(control));
        if (!found.is())
            throw css::uno::RuntimeException("pmocalc: panel.xdl has no control " + OUString::createFromAscii(control));
        return Reference<css::beans::XPropertySet>(found->getModel(), UNO_QUERY_THROW);
    }

    void label(const char* control, Msg id) { set_label(control, std::string(text(id, ui_))); }

    void set_label(const char* control, const std::string& value) {
        model_of(control)->setPropertyValue("Label", Any(to_ouString(value)));
    }

    void set_text(const char* control, const std::string& text) {
        model_of(control)->setPropertyValue("Text", Any(to_ouString(text)));
    }

    std::string text_of(const char* control) const {
        OUString text;
        model_of(control)->getPropertyValue("Text") >>= text;
        return to_utf8(text);
    }

    void set_summary(const std::string& summary) { set_label("Summary", summary); }

    // The portfolio's RAG as the report's cells show it: the word on its colour.
    void show_rag(const std::optional<Rag>& rag) {
        const auto model = model_of("Rag");
        if (!rag) {
            model->setPropertyValue("Label", Any(OUString()));
            model->setPropertyValue("BackgroundColor", Any());
            return;
        }
        static constexpr sal_Int32 back[] = {0xC6EFCE, 0xFFEB9C, 0xFFC7CE};  // green, amber, red
        static constexpr sal_Int32 text[] = {0x006100, 0x9C5700, 0x9C0006};
        const auto i = static_cast<std::size_t>(*rag);
        model->setPropertyValue("Label", Any(to_ouString(std::string(rag_label(*rag)))));
        model->setPropertyValue("BackgroundColor", Any(back[i]));
        model->setPropertyValue("TextColor", Any(text[i]));
    }

    void show_settings() {
        const auto doc = document();
        if (!doc.is())
            return;
        const ReportSettings settings = read_settings(doc);
        set_text("StatusDate", settings.status_date ? iso_date(*settings.status_date) : "");
        set_text("AmberBelow", format_index(settings.thresholds.amber_below));
        set_text("RedBelow", format_index(settings.thresholds.red_below));
        const sal_Int16 language = !settings.language ? 0 : *settings.language == Language::en ? 1 : 2;
        model_of("Language")->setPropertyValue("SelectedItems", Any(Sequence<sal_Int16>(&language, 1)));
        const sal_Int16 period = settings.es_period == EsPeriod::weeks ? 0 : 1;
        model_of("EsPeriod")->setPropertyValue("SelectedItems", Any(Sequence<sal_Int16>(&period, 1)));
        set_text("Budget", settings.budget ? format_number(*settings.budget) : "");
        set_text("PeopleLimit", settings.people_limit ? format_number(*settings.people_limit) : "");
        set_text("ColumnMap", settings.column_map);
    }

    // Recomputes the health figures from the workbook as it is now.
    void refresh() {
        Reference<css::frame::XModel> model(frame_->getController()->getModel(), UNO_QUERY);
        const DocumentRef doc(model, UNO_QUERY);
        if (!doc.is())
            return;
        const Assessment assessment =
            assess(doc, request_for(read_settings(doc), document_name(model), local_time()));
        // Nothing to report on: the first line says why, the list where.
        set_summary(health_summary(assessment, ui_));
        show_rag(assessment.reportable() ? assessment.status->rag : std::nullopt);
        list_diagnostics(assessment.portfolio.diagnostics);
    }

    void list_diagnostics(const std::vector<Diagnostic>& diagnostics) {
        jump_targets_.clear();
        Reference<css::awt::XListBox> list(controls_->getControl("Diagnostics"), UNO_QUERY_THROW);
        list->removeItems(0, list->getItemCount());
        std::vector<OUString> lines;
        for (const Diagnostic& d : diagnostics) {
            if (d.message.id == Msg::no_task_read)
                continue;  // the summary says so
            lines.push_back(to_ouString(located_text(d, ui_)));
            jump_targets_.emplace_back(d.sheet, d.cell);
        }
        if (lines.empty())
            lines.push_back(to_ouString(text(Msg::panel_no_problems, ui_)));
        list->addItems(Sequence<OUString>(lines.data(), static_cast<sal_Int32>(lines.size())), 0);
    }

    // Stores the settings typed into the panel (keeping the document's others),
    // then runs the command (the report, or "Record status") as the menu does.
    void generate(const char* command) {
        const auto doc = document();
        if (!doc.is())
            return;
        Sequence<sal_Int16> selected;
        model_of("Language")->getPropertyValue("SelectedItems") >>= selected;
        std::optional<Language> language;
        if (selected.getLength() == 1 && selected[0] == 1)
            language = Language::en;
        else if (selected.getLength() == 1 && selected[0] == 2)
            language = Language::ja;
        Sequence<sal_Int16> period;
        model_of("EsPeriod")->getPropertyValue("SelectedItems") >>= period;
        const EsPeriod es_period =
            period.getLength() == 1 && period[0] == 1 ? EsPeriod::working_days : EsPeriod::weeks;
        const std::string status_date = text_of("StatusDate"), amber = text_of("AmberBelow"),
                          red = text_of("RedBelow"), budget = text_of("Budget"), people = text_of("PeopleLimit"),
                          column_map = text_of("ColumnMap");
        const auto settings = settings_from_text(
            {.status_date = status_date, .amber_below = amber, .red_below = red, .language = language,
             .es_period = es_period, .budget = budget, .people_limit = people, .column_map = column_map},
            read_settings(doc));
        if (!settings) {
            set_summary(settings.problem().message.render(ui_));
            return;
        }
        store_settings(doc, *settings);
        show_settings();  // as kept: "¥120,000" shows as 120000

        css::util::URL url;
        url.Complete = OUString::createFromAscii(command);
        css::util::URLTransformer::create(context_)->parseStrict(url);
        Reference<css::frame::XDispatchProvider> provider(frame_, UNO_QUERY_THROW);
        if (auto dispatch = provider->queryDispatch(url, "_self", 0); dispatch.is())
            dispatch->dispatch(url, {});
        refresh();
    }

    // "Export for sharing" or "Consolidate…" as the menu runs it: the panel's
    // settings are not stored (sharing leaves the workbook unmodified).
    void dispatch_plain(const char* command) {
        css::util::URL url;
        url.Complete = OUString::createFromAscii(command);
        css::util::URLTransformer::create(context_)->parseStrict(url);
        Reference<css::frame::XDispatchProvider> provider(frame_, UNO_QUERY_THROW);
        if (auto dispatch = provider->queryDispatch(url, "_self", 0); dispatch.is())
            dispatch->dispatch(url, {});
    }

    void jump() {
        Reference<css::awt::XListBox> list(controls_->getControl("Diagnostics"), UNO_QUERY_THROW);
        const sal_Int16 index = list->getSelectedItemPos();
        if (index < 0 || static_cast<std::size_t>(index) >= jump_targets_.size())
            return;
        const auto& [sheet_name, cell] = jump_targets_[static_cast<std::size_t>(index)];
        const auto doc = document();
        if (!doc.is() || sheet_name.empty() || !doc->getSheets()->hasByName(to_ouString(sheet_name)))
            return;
        Reference<css::sheet::XSpreadsheet> sheet(doc->getSheets()->getByName(to_ouString(sheet_name)),
                                                  UNO_QUERY_THROW);
        Reference<css::sheet::XSpreadsheetView> view(frame_->getController(), UNO_QUERY_THROW);
        view->setActiveSheet(sheet);
        if (!cell.empty())
            Reference<css::view::XSelectionSupplier>(view, UNO_QUERY_THROW)
                ->select(Any(sheet->getCellRangeByName(to_ouString(cell))));
    }

    Reference<css::uno::XComponentContext> context_;
    Reference<css::frame::XFrame> frame_;
    const Language ui_;
    Reference<css::awt::XWindow> window_;
    Reference<css::awt::XControlContainer> controls_;
    std::vector<std::pair<std::string, std::string>> jump_targets_;
};

class PanelElement : public cppu::WeakImplHelper2<css::ui::XUIElement, css::lang::XComponent> {
public:
    PanelElement(OUString url, Reference<css::frame::XFrame> frame, Reference<css::ui::XToolPanel> panel)
        : url_(std::move(url)), frame_(std::move(frame)), panel_(std::move(panel)) {}

    Reference<css::frame::XFrame> SAL_CALL getFrame() override { return frame_; }
    OUString SAL_CALL getResourceURL() override { return url_; }
    sal_Int16 SAL_CALL getType() override { return css::ui::UIElementType::TOOLPANEL; }
    Reference<css::uno::XInterface> SAL_CALL getRealInterface() override { return panel_; }

    void SAL_CALL dispose() override {
        contained("disposing the panel element", [&] {
            if (Reference<css::lang::XComponent> panel{panel_, UNO_QUERY}; panel.is())
                panel->dispose();
        });
        panel_.clear();
    }
    void SAL_CALL addEventListener(const Reference<css::lang::XEventListener>&) override {}
    void SAL_CALL removeEventListener(const Reference<css::lang::XEventListener>&) override {}

private:
    OUString url_;
    Reference<css::frame::XFrame> frame_;
    Reference<css::ui::XToolPanel> panel_;
};

class PanelFactory : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo> {
public:
    explicit PanelFactory(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

    // The sidebar catches UNO exceptions here and shows no panel.
    Reference<css::ui::XUIElement> SAL_CALL createUIElement(const OUString& url,
                                                            const Sequence<css::beans::PropertyValue>& args) override {
        return rethrow_as_uno("creating the panel", [&]() -> Reference<css::ui::XUIElement> {
            Reference<css::frame::XFrame> frame;
            Reference<css::awt::XWindow> parent;
            for (const auto& arg : args) {
                if (arg.Name == "Frame")
                    arg.Value >>= frame;
                else if (arg.Name == "ParentWindow")
                    arg.Value >>= parent;
            }
            if (!frame.is() || !parent.is() || !url.endsWith("/HealthPanel"))
                throw css::lang::IllegalArgumentException("pmocalc: no panel " + url, nullptr, 0);
            rtl::Reference<HealthPanel> panel(new HealthPanel(context_, frame));
            try {
                panel->create_window(parent);
            } catch (...) {
                panel->dispose();  // no window of ours left behind in the sidebar
                throw;
            }
            return new PanelElement(url, frame, panel.get());
        });
    }

    OUString SAL_CALL getImplementationName() override {
        return rethrow_as_uno("getImplementationName", [] { return OUString("org.pmocalc.PanelFactoryImpl"); });
    }
    sal_Bool SAL_CALL supportsService(const OUString& name) override {
        return rethrow_as_uno("supportsService", [&] { return cppu::supportsService(this, name); });
    }
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        return rethrow_as_uno("getSupportedServiceNames", [] {
            const OUString service("com.sun.star.ui.UIElementFactory");
            return Sequence<OUString>(&service, 1);
        });
    }

private:
    Reference<css::uno::XComponentContext> context_;
};

}  // namespace
}  // namespace pmocalc::uno

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_pmocalc_PanelFactoryImpl_get_implementation(
    css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>&) {
    return pmocalc::uno::construct("creating org.pmocalc.PanelFactoryImpl",
                                   [&] { return new pmocalc::uno::PanelFactory(context); });
}
