// The sidebar panel: portfolio health at a glance (SPI, CPI, RAG counts, open
// risks and issues), the report settings kept in the document, the generate
// button, and the workbook's diagnostics (selecting one jumps to its cell).
// Figures come from the same engine as the report; nothing is written until
// the user presses Generate.

#include <cstdio>
#include <exception>
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

#include "../core/workbook_reader.hpp"
#include "document_settings.hpp"
#include "report_engine.hpp"
#include "ui_language.hpp"
#include "uno_values.hpp"

namespace pmocalc::uno {
namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

struct PanelTexts {
    const char* at_a_glance;
    const char* settings;
    const char* status_date;
    const char* amber;
    const char* red;
    const char* language;
    const char* generate;
    const char* diagnostics;
    const char* no_problems;
    const char* summary;  // SPI, CPI, RAG; GREEN/AMBER/RED/none; risks; exposure; issues; overdue; status date
    const char* bad_date;
    const char* bad_threshold;
    const char* language_auto;
};

constexpr PanelTexts english{
    "At a glance", "Report settings", "Status date", "Amber below", "Red below", "Language",
    "Generate PMO Report", "Diagnostics", "No problems found",
    "SPI %s   CPI %s   %s\nProjects: GREEN %d  AMBER %d  RED %d  not started %d\nOpen risks %d (exposure %s)\nOpen issues %d, overdue %d\nStatus date %s",
    "Status date: use YYYY-MM-DD, or leave it blank", "Thresholds: numbers such as 0.95, red not above amber",
    "Auto"};

constexpr PanelTexts japanese{
    "概況", "レポート設定", "基準日", "黄の閾値", "赤の閾値", "言語",
    "PMOレポート作成", "診断", "問題は見つかりませんでした",
    "SPI %s   CPI %s   %s\nプロジェクト: GREEN %d  AMBER %d  RED %d  未着手 %d\n未完了リスク %d（エクスポージャー %s）\n未完了課題 %d、期限超過 %d\n基準日 %s",
    "基準日は YYYY-MM-DD 形式で入力するか空欄にしてください", "閾値は 0.95 のような数値で、赤は黄以下にしてください",
    "自動"};

std::string format_figure(const std::optional<double>& value, const char* format) {
    if (!value)
        return "–";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, format, *value);
    return buffer;
}

// 49378 -> "49,378".
std::string grouped(double value) {
    const std::string digits = std::to_string(static_cast<long long>(value < 0 ? -value + 0.5 : value + 0.5));
    std::string out = value < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

class HealthPanel : public cppu::WeakImplHelper4<css::ui::XToolPanel, css::ui::XSidebarPanel,
                                                 css::awt::XContainerWindowEventHandler, css::lang::XComponent> {
public:
    HealthPanel(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame)
        : context_(context), frame_(frame), texts_(ui_is_japanese(context) ? japanese : english) {}

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
        label("HealthTitle", texts_.at_a_glance);
        label("SettingsTitle", texts_.settings);
        label("StatusDateLabel", texts_.status_date);
        label("AmberLabel", texts_.amber);
        label("RedLabel", texts_.red);
        label("LanguageLabel", texts_.language);
        label("Generate", texts_.generate);
        label("DiagnosticsTitle", texts_.diagnostics);
        const OUString languages[] = {to_ouString(texts_.language_auto), "English", to_ouString("日本語")};
        model_of("Language")->setPropertyValue("StringItemList", Any(Sequence<OUString>(languages, 3)));
        // A panel that cannot read the workbook still shows, with the reason.
        try {
            show_settings();
            refresh();
        } catch (const css::uno::Exception& e) {
            set_summary(to_utf8(e.Message));
        } catch (const std::exception& e) {
            set_summary(e.what());
        }
    }

    // XToolPanel
    Reference<css::awt::XWindow> SAL_CALL getWindow() override { return window_; }
    Reference<css::accessibility::XAccessible> SAL_CALL
    createAccessible(const Reference<css::accessibility::XAccessible>&) override {
        return Reference<css::accessibility::XAccessible>(window_, UNO_QUERY);
    }

    // XSidebarPanel: the panel keeps the height of its dialog at any width.
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32) override {
        const sal_Int32 height = window_.is() ? window_->getPosSize().Height : 400;
        return css::ui::LayoutSize(height, height, height);
    }
    sal_Int32 SAL_CALL getMinimalWidth() override { return window_.is() ? window_->getPosSize().Width : 280; }

    // XContainerWindowEventHandler: the dialog's button and list.
    sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XWindow>&, const Any&,
                                        const OUString& method) override {
        try {
            if (method == "generate")
                generate();
            else if (method == "jump")
                jump();
            else
                return false;
        } catch (const css::uno::Exception& e) {
            set_summary(to_utf8(e.Message));
        } catch (const std::exception& e) {
            set_summary(e.what());
        }
        return true;
    }
    Sequence<OUString> SAL_CALL getSupportedMethodNames() override {
        const OUString names[] = {"generate", "jump"};
        return Sequence<OUString>(names, 2);
    }

    // XComponent
    void SAL_CALL dispose() override {
        if (Reference<css::lang::XComponent> window{window_, UNO_QUERY}; window.is())
            window->dispose();
        window_.clear();
        controls_.clear();
    }
    void SAL_CALL addEventListener(const Reference<css::lang::XEventListener>&) override {}
    void SAL_CALL removeEventListener(const Reference<css::lang::XEventListener>&) override {}

private:
    DocumentRef document() const {
        return DocumentRef(frame_->getController()->getModel(), UNO_QUERY);
    }

    Reference<css::beans::XPropertySet> model_of(const char* control) const {
        const auto found = controls_->getControl(OUString::createFromAscii(control));
        if (!found.is())
            throw css::uno::RuntimeException("pmocalc: panel.xdl has no control " + OUString::createFromAscii(control));
        return Reference<css::beans::XPropertySet>(found->getModel(), UNO_QUERY_THROW);
    }

    void label(const char* control, const char* text) {
        model_of(control)->setPropertyValue("Label", Any(to_ouString(text)));
    }

    void set_text(const char* control, const std::string& text) {
        model_of(control)->setPropertyValue("Text", Any(to_ouString(text)));
    }

    std::string text_of(const char* control) const {
        OUString text;
        model_of(control)->getPropertyValue("Text") >>= text;
        return to_utf8(text);
    }

    void set_summary(const std::string& text) { label("Summary", text.c_str()); }

    void show_settings() {
        const auto doc = document();
        if (!doc.is())
            return;
        const ReportSettings settings = read_settings(doc);
        set_text("StatusDate", settings.status_date ? iso_date(*settings.status_date) : "");
        set_text("AmberBelow", format_figure(settings.thresholds.amber_below, "%.2f"));
        set_text("RedBelow", format_figure(settings.thresholds.red_below, "%.2f"));
        const sal_Int16 language = !settings.language ? 0 : *settings.language == Language::en ? 1 : 2;
        model_of("Language")->setPropertyValue("SelectedItems", Any(Sequence<sal_Int16>(&language, 1)));
    }

    // Recomputes the health figures from the workbook as it is now.
    void refresh() {
        const auto doc = document();
        if (!doc.is())
            return;
        std::vector<std::string> skip;
        if (auto report = existing_report_sheet(doc))
            skip.push_back(*report);
        const ReportSettings settings = read_settings(doc);
        ReportRequest request;
        request.status_date = settings.status_date;
        request.thresholds = settings.thresholds;
        request.skip_sheets = skip;
        request.today = local_time().today;
        const Workbook workbook = read_workbook(doc, skip);
        const auto prepared = prepare_status_report(workbook, request);
        if (!prepared) {
            // Nothing to report on: the first line says why, the list where.
            const std::string& reason = prepared.problem().reason;
            set_summary(reason.substr(0, reason.find('\n')));
            list_diagnostics(read_portfolio(workbook, {"", skip}).diagnostics);
            return;
        }
        const PortfolioStatus& status = prepared->status;
        const RagCounts rag = count_rag(status);
        char summary[512];
        std::snprintf(summary, sizeof summary, texts_.summary, format_figure(status.figures.spi, "%.2f").c_str(),
                      format_figure(status.figures.cpi, "%.2f").c_str(),
                      status.rag ? std::string(rag_label(*status.rag)).c_str() : "–", rag.green, rag.amber, rag.red,
                      rag.none, status.open_risks, grouped(status.risk_exposure).c_str(),
                      status.open_issues, status.overdue_issues, iso_date(status.status_date).c_str());
        set_summary(summary);
        list_diagnostics(prepared->portfolio.diagnostics);
    }

    void list_diagnostics(const std::vector<Diagnostic>& diagnostics) {
        jump_targets_.clear();
        Reference<css::awt::XListBox> list(controls_->getControl("Diagnostics"), UNO_QUERY_THROW);
        list->removeItems(0, list->getItemCount());
        std::vector<OUString> lines;
        for (const Diagnostic& d : diagnostics) {
            const std::string where = d.sheet + (d.cell.empty() ? "" : "!" + d.cell);
            lines.push_back(to_ouString(where + ": " + d.message));
            jump_targets_.emplace_back(d.sheet, d.cell);
        }
        if (lines.empty())
            lines.push_back(to_ouString(texts_.no_problems));
        list->addItems(Sequence<OUString>(lines.data(), static_cast<sal_Int32>(lines.size())), 0);
    }

    void generate() {
        const auto doc = document();
        if (!doc.is())
            return;
        ReportSettings settings;
        const std::string date_text = text_of("StatusDate");
        if (!date_text.empty()) {
            settings.status_date = parse_date_text(date_text);
            if (!settings.status_date) {
                set_summary(texts_.bad_date);
                return;
            }
        }
        const auto amber = parse_number_text(text_of("AmberBelow"));
        const auto red = parse_number_text(text_of("RedBelow"));
        if (!amber || !red || *red > *amber || *red < 0) {
            set_summary(texts_.bad_threshold);
            return;
        }
        settings.thresholds = {*amber, *red};
        Sequence<sal_Int16> selected;
        model_of("Language")->getPropertyValue("SelectedItems") >>= selected;
        if (selected.getLength() == 1 && selected[0] == 1)
            settings.language = Language::en;
        else if (selected.getLength() == 1 && selected[0] == 2)
            settings.language = Language::ja;
        store_settings(doc, settings);

        css::util::URL url;
        url.Complete = "org.pmocalc:GenerateReport";
        css::util::URLTransformer::create(context_)->parseStrict(url);
        Reference<css::frame::XDispatchProvider> provider(frame_, UNO_QUERY_THROW);
        if (auto dispatch = provider->queryDispatch(url, "_self", 0); dispatch.is())
            dispatch->dispatch(url, {});
        refresh();
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
    const PanelTexts& texts_;
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
        if (Reference<css::lang::XComponent> panel{panel_, UNO_QUERY}; panel.is())
            panel->dispose();
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

    Reference<css::ui::XUIElement> SAL_CALL createUIElement(const OUString& url,
                                                            const Sequence<css::beans::PropertyValue>& args) override {
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
        try {
            rtl::Reference<HealthPanel> panel(new HealthPanel(context_, frame));
            panel->create_window(parent);
            return new PanelElement(url, frame, panel.get());
        } catch (const css::uno::Exception&) {
            throw;
        } catch (const std::exception& e) {
            throw css::uno::RuntimeException(to_ouString(e.what()));
        }
    }

    OUString SAL_CALL getImplementationName() override { return "org.pmocalc.PanelFactoryImpl"; }
    sal_Bool SAL_CALL supportsService(const OUString& name) override { return cppu::supportsService(this, name); }
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        const OUString service("com.sun.star.ui.UIElementFactory");
        return Sequence<OUString>(&service, 1);
    }

private:
    Reference<css::uno::XComponentContext> context_;
};

}  // namespace
}  // namespace pmocalc::uno

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_pmocalc_PanelFactoryImpl_get_implementation(
    css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>&) {
    auto* factory = new pmocalc::uno::PanelFactory(context);
    factory->acquire();
    return static_cast<cppu::OWeakObject*>(factory);
}
