#include "header_glossary.hpp"

#include <array>
#include <initializer_list>
#include <string>

#include "text.hpp"

namespace pmocalc {

namespace {

struct Synonyms {
    Field field;
    std::initializer_list<std::string_view> names;  // already in normalize_label form
};

// Order matters where a header could mean two fields: the first match wins.
const std::initializer_list<Synonyms> project_headers{
    {Field::project_id, {"プロジェクトid", "プロジェクトno", "プロジェクト番号", "プロジェクトコード", "案件id", "案件番号",
                         "案件no", "pj id", "pjid", "pj番号", "project id", "project no", "project code", "id", "no"}},
    {Field::project_name, {"プロジェクト名", "案件名", "pj名", "プロジェクト", "案件", "project name", "project", "name"}},
    {Field::program, {"プログラム", "プログラム名", "program", "programme"}},
    {Field::department, {"部門", "部署", "事業部", "department", "dept", "business unit"}},
    {Field::manager, {"pm", "プロジェクトマネージャー", "プロジェクトマネージャ", "責任者", "project manager", "manager"}},
    // The product's size, for defect density: a unit in brackets (KLOC, FP, ページ) is the unit.
    {Field::project_size, {"規模", "開発規模", "製品規模", "size", "product size", "kloc", "ksloc", "fp",
                           "function points", "ファンクションポイント"}},
    {Field::size_unit, {"規模単位", "規模の単位", "単位", "size unit", "unit of size", "unit"}},
    // Choosing projects: what a candidate would cost (else its BAC), the people it needs, whether it is one.
    {Field::selection_cost, {"投資額", "概算費用", "概算コスト", "概算額", "cost estimate", "estimated cost",
                             "investment"}},
    {Field::people_needed, {"必要要員", "必要要員数", "必要人数", "people needed", "headcount needed"}},
    {Field::candidate, {"候補", "選定候補", "candidate"}},
};

const std::initializer_list<Synonyms> task_headers{
    {Field::project_id, {"プロジェクトid", "プロジェクト", "プロジェクト番号", "案件", "案件id", "pj", "pjid", "pj id",
                         "project id", "project"}},
    {Field::task_id, {"wbs番号", "wbs no", "wbs", "タスクid", "タスクno", "タスク番号", "id", "no", "no.", "番号",
                      "task id", "#"}},
    {Field::task_name, {"タスク名", "作業名", "作業項目", "タスク", "名称", "作業内容", "task name", "task", "activity",
                        "name"}},
    {Field::phase, {"フェーズ", "工程", "phase", "stage"}},
    {Field::owner, {"担当者", "担当", "所有者", "対応担当", "owner", "assignee", "resource"}},
    {Field::budget, {"予算", "予定工数", "計画工数", "作業工数(予定)", "予定コスト", "計画コスト", "bac", "完了時総予算",
                     "完成時総予算", "総予算", "budget", "budget at completion", "planned effort", "planned cost",
                     "work", "estimate"}},
    {Field::planned_start, {"開始予定日", "予定開始日", "開始日(予定)", "計画開始日", "開始日", "planned start",
                            "start", "start date", "baseline start"}},
    {Field::planned_finish, {"終了予定日", "予定終了日", "終了日(予定)", "完了予定日", "計画終了日", "終了日",
                             "planned finish", "finish", "finish date", "end", "end date"}},
    {Field::baseline_finish, {"基準終了日", "ベースライン終了日", "当初終了予定日", "baseline finish", "baseline end"}},
    {Field::forecast_finish, {"終了見込日", "完了予測日", "完了見込日", "終了予測日", "forecast finish",
                              "estimated finish", "forecast end", "forecast"}},
    {Field::actual_start, {"実績開始日", "開始日(実績)", "actual start"}},
    {Field::actual_finish, {"実績終了日", "終了日(実績)", "完了日", "actual finish", "actual end", "completed",
                            "finished"}},
    {Field::percent_complete, {"進捗率", "進捗", "完了率", "進捗率(%)", "% complete", "percent complete", "progress",
                               "%complete", "complete", "done"}},
    {Field::actual_cost, {"実コスト", "実績コスト", "コスト実績値", "投入実績値", "実績工数", "作業工数(実績)", "ac",
                          "actual cost", "actual effort", "actual work", "acwp"}},
    {Field::milestone, {"マイルストーン", "ms", "milestone"}},
    {Field::predecessors, {"先行タスク", "先行タスクid", "先行作業", "先行", "前提タスク", "依存関係", "依存タスク",
                           "predecessors", "predecessor", "depends on", "dependencies", "dependency"}},
    // Three-point estimates in working days; a unit in brackets (日, 稼働日, days) is ignored.
    {Field::optimistic_duration, {"楽観", "楽観値", "楽観日数", "楽観期間", "楽観見積", "楽観見積もり", "楽観的期間",
                                  "optimistic", "optimistic duration", "optimistic days", "optimistic estimate"}},
    {Field::likely_duration, {"最頻", "最頻値", "最頻日数", "最頻期間", "最可能", "最可能値", "最可能日数", "最可能期間",
                              "最頻見積", "most likely", "most likely duration", "most likely days", "likely",
                              "likely duration", "most likely estimate"}},
    {Field::pessimistic_duration, {"悲観", "悲観値", "悲観日数", "悲観期間", "悲観見積", "悲観見積もり", "悲観的期間",
                                   "pessimistic", "pessimistic duration", "pessimistic days", "pessimistic estimate"}},
    {Field::constraint_type, {"制約", "制約の種類", "制約タイプ", "制約条件", "constraint", "constraint type"}},
    // How the task earns its value (earning_rules), and the PM's estimate of the cost still to come.
    {Field::earning_rule, {"出来高計上方法", "出来高計上", "ev計上方法", "計上方法", "ev method", "earning rule",
                           "earned value method", "ev technique", "earned value technique", "earning method"}},
    {Field::estimate_to_complete, {"残作業見積", "残作業見積もり", "残作業見積り", "残見積", "etc",
                                   "estimate to complete", "remaining estimate"}},
};

const std::initializer_list<Synonyms> risk_headers{
    {Field::risk_id, {"リスクid", "リスクno", "リスク番号", "risk id", "risk no", "id", "no", "#"}},
    {Field::project_id, {"プロジェクトid", "プロジェクト", "案件", "pj", "project id", "project"}},
    {Field::risk_title, {"リスク事象", "リスク内容", "リスク名", "リスク", "件名", "タイトル", "内容", "risk", "title",
                         "description", "risk description"}},
    {Field::probability, {"発生確率", "確率", "発生可能性", "probability", "likelihood"}},
    {Field::impact, {"影響額", "影響度", "影響", "impact", "consequence", "impact cost"}},
    {Field::risk_type, {"種別", "区分", "種類", "type", "category", "kind"}},
    // What the risk is about (technical, vendor, staffing …), matched against
    // the Lessons sheet's categories. "Category" alone stays the risk type.
    {Field::risk_category, {"リスク分類", "リスクカテゴリ", "リスクカテゴリー", "カテゴリ", "カテゴリー", "分類", "分野",
                            "risk category", "risk area"}},
    {Field::status, {"ステータス", "状況", "状態", "対応状況", "status", "state"}},
    {Field::owner, {"担当者", "担当", "所有者", "リスクオーナー", "owner"}},
    {Field::affected_task, {"対象タスク", "影響タスク", "対象タスクid", "対象作業", "affected task", "affected task id",
                            "task id", "task"}},
    {Field::schedule_impact, {"スケジュール影響(日)", "スケジュール影響", "日程影響", "工期影響", "スケジュール影響日数",
                              "schedule impact (days)", "schedule impact", "schedule impact days", "delay (days)",
                              "delay days"}},
};

const std::initializer_list<Synonyms> issue_headers{
    {Field::issue_id, {"課題no", "課題id", "課題番号", "issue id", "issue no", "id", "no", "#"}},
    {Field::project_id, {"プロジェクトid", "プロジェクト", "案件", "pj", "project id", "project"}},
    {Field::issue_title, {"課題内容", "課題", "タイトル", "件名", "内容", "issue", "title", "summary", "description"}},
    {Field::raised, {"起票日", "記帳日", "課題記入日", "発生日", "登録日", "起票日付", "raised", "opened", "date raised",
                     "raised on", "created", "open date"}},
    {Field::due, {"期限", "対応期限", "期日", "完了予定日", "due", "due date", "target date"}},
    {Field::closed, {"完了日", "完了確認日", "クローズ日", "解決日", "closed", "closed on", "date closed", "resolved",
                     "close date"}},
    {Field::status, {"ステータス", "状況", "状態", "対応状況", "status", "state"}},
    {Field::priority, {"優先度", "重要度", "priority", "severity"}},
    {Field::owner, {"担当者", "担当", "対応担当", "owner", "assignee"}},
};

const std::initializer_list<Synonyms> change_headers{
    {Field::change_id, {"変更要求id", "変更要求no", "変更要求番号", "変更番号", "cr id", "cr no", "cr", "id", "no"}},
    {Field::project_id, {"プロジェクトid", "プロジェクト", "案件", "pj", "project id", "project"}},
    {Field::change_title, {"件名", "変更内容", "変更要求", "タイトル", "title", "change", "change request",
                           "description", "summary"}},
    {Field::cost_impact, {"コスト影響", "コスト影響額", "費用影響", "cost impact", "cost"}},
    {Field::schedule_impact, {"スケジュール影響(日)", "スケジュール影響", "日程影響", "工期影響", "schedule impact (days)",
                              "schedule impact", "schedule impact days", "days"}},
    {Field::status, {"ステータス", "状況", "状態", "status", "state"}},
};

const std::initializer_list<Synonyms> lesson_headers{
    {Field::project_id, {"プロジェクトid", "プロジェクト", "案件", "pj", "project id", "project"}},
    {Field::lesson_category, {"カテゴリ", "カテゴリー", "分類", "区分", "category"}},
    {Field::phase, {"フェーズ", "工程", "発生工程", "phase", "stage"}},
    {Field::lesson_text, {"教訓", "学び", "振り返り", "内容", "lesson", "lesson learned", "lessons learned",
                          "description"}},
};

const std::initializer_list<Synonyms> holiday_headers{
    {Field::holiday_date, {"日付", "年月日", "休日", "date", "holiday date"}},
    {Field::holiday_name, {"祝日", "祝日名", "名称", "休日名", "holiday", "name"}},
};

// Test progress, per date (cumulative counts by that date, or counts per
// period when the header says so) or per test case.
const std::initializer_list<Synonyms> test_headers{
    {Field::project_id, {"プロジェクトid", "プロジェクト", "案件", "pj", "project id", "project"}},
    {Field::test_date, {"日付", "集計日", "年月日", "実績日", "date", "as of", "week ending", "週"}},
    {Field::tests_planned, {"予定件数", "計画件数", "予定数", "予定", "累計予定件数", "予定件数累計", "予定項目数",
                            "planned", "planned tests", "tests planned", "plan", "planned cumulative"}},
    {Field::tests_executed, {"実施件数", "消化件数", "実施数", "消化数", "実施", "累計実施件数", "実施件数累計",
                             "消化件数累計", "executed", "executed tests", "tests executed", "run", "tests run",
                             "executed cumulative"}},
    {Field::tests_passed, {"合格件数", "合格数", "ok件数", "ok数", "合格", "累計合格件数", "合格件数累計", "passed",
                           "passed tests", "tests passed", "passed cumulative"}},
    {Field::test_case_id, {"テストケースid", "テストケースno", "テストケース番号", "ケースid", "ケースno", "試験項目no",
                           "試験項目番号", "試験項目id", "項目no", "項目番号", "テストid", "test case id", "case id",
                           "test id", "test case", "test no", "id", "no", "#"}},
    {Field::test_planned_date, {"実施予定日", "予定日", "消化予定日", "planned date", "planned on", "due date",
                                "scheduled date"}},
    {Field::test_executed_date, {"実施日", "消化日", "試験日", "テスト実施日", "実施日(実績)", "executed date",
                                 "executed on", "run date", "date executed", "date run"}},
    {Field::test_result, {"結果", "判定", "合否", "判定結果", "試験結果", "テスト結果", "result", "outcome",
                          "verdict", "test result"}},
};

const std::initializer_list<Synonyms> defect_headers{
    {Field::defect_id, {"不具合id", "不具合no", "不具合番号", "バグid", "バグno", "バグ番号", "障害id", "障害no",
                        "障害番号", "管理番号", "bug id", "bug no", "defect id", "defect no", "id", "no", "#"}},
    {Field::project_id, {"プロジェクトid", "プロジェクト", "案件", "pj", "project id", "project"}},
    {Field::defect_title, {"件名", "現象", "不具合内容", "障害内容", "内容", "タイトル", "title", "summary",
                           "description", "defect", "bug"}},
    {Field::found_date, {"発見日", "検出日", "摘出日", "発生日", "起票日", "登録日", "found", "found on", "date found",
                         "detected", "detected on", "reported", "reported on", "opened", "raised"}},
    {Field::closed, {"完了日", "解決日", "修正完了日", "対策完了日", "クローズ日", "close日", "closed", "closed on",
                     "date closed", "fixed", "fixed on", "resolved", "resolved on"}},
    {Field::severity, {"重要度", "深刻度", "重大度", "影響度", "ランク", "severity", "severity level"}},
    {Field::phase, {"発見工程", "検出工程", "摘出工程", "工程", "フェーズ", "テスト工程", "phase", "found in phase",
                    "stage", "test phase"}},
    {Field::status, {"ステータス", "状況", "状態", "対応状況", "status", "state"}},
};

// The steps of tasks that earn by weighted milestones.
const std::initializer_list<Synonyms> milestone_headers{
    {Field::project_id, {"プロジェクトid", "プロジェクト", "プロジェクト番号", "案件", "案件id", "pj", "pjid", "pj id",
                         "project id", "project"}},
    {Field::task_id, {"wbs番号", "wbs no", "wbs", "タスクid", "タスクno", "タスク番号", "task id", "task", "タスク", "id",
                      "no", "#"}},
    {Field::milestone_name, {"マイルストーン名", "マイルストーン", "ステップ", "ステップ名", "名称", "milestone",
                             "milestone name", "step", "step name", "name"}},
    {Field::milestone_weight, {"重み", "ウェイト", "重み付け", "配分", "比率", "weight", "weighting"}},
    {Field::milestone_done, {"達成日", "完了日", "達成", "完了", "実績日", "済", "done", "done date", "date done",
                             "achieved", "achieved on", "date achieved", "completed", "complete"}},
};

// Who works on what, and how much: one row per person, project and task,
// with an allocation (1 = full time) or total hours. Start and finish default
// to the task's when blank.
const std::initializer_list<Synonyms> assignment_headers{
    {Field::resource, {"要員", "要員名", "担当者", "担当者名", "担当", "メンバー", "メンバー名", "氏名", "名前", "作業者",
                       "resource", "resource name", "person", "assignee", "member", "name", "owner", "staff"}},
    {Field::project_id, {"プロジェクトid", "プロジェクト", "プロジェクト番号", "案件", "案件id", "pj", "pjid", "pj id",
                         "project id", "project"}},
    {Field::task_id, {"タスクid", "タスクno", "タスク番号", "wbs番号", "wbs", "タスク", "作業", "task id", "task no",
                      "task", "wbs no"}},
    {Field::task_name, {"タスク名", "作業名", "task name"}},
    {Field::planned_start, {"開始", "開始日", "開始予定日", "予定開始日", "アサイン開始日", "割当開始日", "start",
                            "start date", "from", "planned start"}},
    {Field::planned_finish, {"終了", "終了日", "終了予定日", "予定終了日", "アサイン終了日", "割当終了日", "finish",
                             "finish date", "end", "end date", "to", "until", "planned finish"}},
    {Field::allocation, {"稼働率", "アサイン率", "割当率", "割り当て率", "配分率", "稼働", "allocation", "allocation %",
                         "% allocation", "load", "utilization", "utilisation", "fte", "units"}},
    // Total hours over the assignment (8 h a working day), not hours per day.
    {Field::assigned_hours, {"工数", "時間", "予定時間", "工数(h)", "hours", "planned hours", "effort",
                             "effort hours", "work hours"}},
};

// Each person's capacity (1 = one full-time person, 0.5 part time, 3 a team of three).
const std::initializer_list<Synonyms> people_headers{
    {Field::resource, {"要員", "要員名", "氏名", "名前", "メンバー", "メンバー名", "担当者", "担当者名", "name", "person",
                       "resource", "resource name", "member", "staff"}},
    {Field::capacity, {"稼働上限", "キャパシティ", "キャパ", "稼働可能率", "稼働可能", "上限", "capacity", "max units",
                       "max allocation", "availability", "fte"}},
    {Field::department, {"部門", "部署", "所属", "事業部", "department", "dept", "team"}},
};

// Choosing projects: the criteria and their weights, and each project's score per criterion.
const std::initializer_list<Synonyms> criteria_headers{
    {Field::criterion_name, {"評価基準", "基準", "評価項目", "criterion", "criteria"}},
    {Field::criterion_weight, {"重み", "ウェイト", "weight"}},
};

const std::initializer_list<Synonyms> score_headers{
    {Field::project_id, {"プロジェクトid", "プロジェクト", "プロジェクト番号", "案件", "案件id", "pj", "pjid", "pj id",
                         "project id", "project"}},
    {Field::criterion_name, {"評価基準", "基準", "評価項目", "criterion", "criteria"}},
    {Field::criterion_score, {"点数", "スコア", "評点", "score", "points"}},
};

const std::initializer_list<Synonyms>& headers_of(SheetKind kind) {
    switch (kind) {
    case SheetKind::projects: return project_headers;
    case SheetKind::tasks: return task_headers;
    case SheetKind::risks: return risk_headers;
    case SheetKind::issues: return issue_headers;
    case SheetKind::changes: return change_headers;
    case SheetKind::lessons: return lesson_headers;
    case SheetKind::holidays: return holiday_headers;
    case SheetKind::tests: return test_headers;
    case SheetKind::defects: return defect_headers;
    case SheetKind::milestones: return milestone_headers;
    case SheetKind::assignments: return assignment_headers;
    case SheetKind::people: return people_headers;
    case SheetKind::criteria: return criteria_headers;
    case SheetKind::scores: return score_headers;
    }
    return task_headers;
}

std::optional<HeaderMatch> exact_match(SheetKind kind, std::string_view key) {
    for (const Synonyms& entry : headers_of(kind)) {
        int rank = 0;
        for (std::string_view name : entry.names) {
            if (name == key)
                return HeaderMatch{entry.field, rank};
            ++rank;
        }
    }
    return std::nullopt;
}

// "lv1" … "lv9", "level 1", "レベル1", "階層1": the task name spread over hierarchy columns.
bool is_level_column(std::string_view key) {
    for (std::string_view prefix : {"lv", "lv.", "level ", "level", "レベル", "階層"}) {
        if (key.size() > prefix.size() && key.substr(0, prefix.size()) == prefix) {
            const std::string_view rest = key.substr(prefix.size());
            if (rest.size() <= 2 && rest.find_first_not_of("0123456789") == std::string_view::npos)
                return true;
        }
    }
    return false;
}

// In order of precedence: a sheet that fits two kinds equally well is the first.
constexpr std::array kinds{SheetKind::projects, SheetKind::tasks,    SheetKind::risks,  SheetKind::issues,
                           SheetKind::changes,  SheetKind::lessons,  SheetKind::holidays, SheetKind::tests,
                           SheetKind::defects,  SheetKind::milestones, SheetKind::assignments,
                           SheetKind::people,   SheetKind::criteria,   SheetKind::scores};

}  // namespace

std::span<const SheetKind> all_sheet_kinds() { return kinds; }

std::string_view sheet_kind_name(SheetKind kind) {
    switch (kind) {
    case SheetKind::projects: return "Projects";
    case SheetKind::tasks: return "Tasks";
    case SheetKind::risks: return "Risks";
    case SheetKind::issues: return "Issues";
    case SheetKind::changes: return "Changes";
    case SheetKind::lessons: return "Lessons";
    case SheetKind::holidays: return "Holidays";
    case SheetKind::tests: return "Tests";
    case SheetKind::defects: return "Defects";
    case SheetKind::milestones: return "Milestones";
    case SheetKind::assignments: return "Assignments";
    case SheetKind::people: return "People";
    case SheetKind::criteria: return "Criteria";
    case SheetKind::scores: return "Scores";
    }
    return "";
}

std::optional<HeaderMatch> match_header(SheetKind kind, std::string_view header) {
    const std::string key = normalize_label(header);
    if (key.empty())
        return std::nullopt;
    if (auto field = exact_match(kind, key))
        return field;
    if (kind == SheetKind::tasks && is_level_column(key))
        return HeaderMatch{Field::level_name, 0};
    // A unit or remark in brackets at the end: 予算(千円), impact (k¥).
    const std::size_t open = key.find_last_of('(');
    if (open != std::string::npos && open > 0 && key.back() == ')') {
        std::string bare = key.substr(0, open);
        while (!bare.empty() && bare.back() == ' ')
            bare.pop_back();
        const std::string qualifier = key.substr(open + 1, key.size() - open - 2);
        // 予定/実績 decide between fields; those forms are listed in full above.
        if (qualifier != "予定" && qualifier != "実績" && qualifier != "plan" && qualifier != "actual")
            return exact_match(kind, bare);
    }
    return std::nullopt;
}

int sheet_name_affinity(SheetKind kind, std::string_view sheet_name) {
    const std::string name = normalize_label(sheet_name);
    auto contains = [&](std::initializer_list<std::string_view> words) {
        for (std::string_view word : words)
            if (name.find(word) != std::string::npos)
                return true;
        return false;
    };
    switch (kind) {
    case SheetKind::projects: return contains({"project", "プロジェクト", "案件"}) ? 2 : 0;
    case SheetKind::tasks: return contains({"task", "wbs", "タスク", "ガント", "gantt", "schedule", "スケジュール", "進捗"}) ? 2 : 0;
    case SheetKind::risks: return contains({"risk", "リスク"}) ? 2 : 0;
    case SheetKind::issues: return contains({"issue", "課題"}) ? 2 : 0;
    case SheetKind::changes: return contains({"change", "変更"}) ? 2 : 0;
    case SheetKind::lessons: return contains({"lesson", "教訓", "振り返り"}) ? 2 : 0;
    case SheetKind::holidays: return contains({"holiday", "祝日", "休日", "calendar", "カレンダー"}) ? 2 : 0;
    case SheetKind::tests: return contains({"test", "テスト", "試験"}) ? 2 : 0;
    case SheetKind::defects: return contains({"defect", "bug", "不具合", "バグ", "障害"}) ? 2 : 0;
    case SheetKind::milestones: return contains({"milestone", "マイルストーン"}) ? 2 : 0;
    case SheetKind::assignments: return contains({"assignment", "allocation", "アサイン", "要員計画", "割当", "割り当て"}) ? 2 : 0;
    case SheetKind::people:
        return contains({"people", "person", "staff", "member", "capacity", "要員", "メンバー", "キャパ"}) &&
                       !contains({"計画", "アサイン", "assignment"})
                   ? 2
                   : 0;
    case SheetKind::criteria: return contains({"criteria", "criterion", "評価基準"}) ? 2 : 0;
    case SheetKind::scores: return contains({"score", "スコア", "点数", "評価"}) ? 2 : 0;
    }
    return 0;
}

namespace {

// Labels of a status date cell, normalised; longer ones before their prefixes.
constexpr std::string_view status_date_labels[] = {
    "進捗基準日", "報告基準日", "状況基準日", "集計基準日", "評価基準日", "基準日", "進捗確認日", "報告日", "集計日",
    "評価日", "status date", "as-of date", "as of date", "as of", "data date", "reporting date", "report date"};

}  // namespace

bool is_status_date_label(std::string_view text) {
    std::string key = normalize_label(text);
    while (!key.empty() && (key.back() == ':' || key.back() == ' '))
        key.pop_back();
    for (std::string_view label : status_date_labels)
        if (key == label)
            return true;
    return false;
}

std::optional<std::string> after_status_date_label(std::string_view text) {
    const std::string key = normalize_label(text);
    for (std::string_view label : status_date_labels) {
        if (!key.starts_with(label))
            continue;
        std::string rest = key.substr(label.size());
        if (!rest.empty() && rest.front() != ':' && rest.front() != ' ' && rest.front() != '=')
            continue;
        while (!rest.empty() && (rest.front() == ':' || rest.front() == ' ' || rest.front() == '='))
            rest.erase(0, 1);
        return rest;
    }
    return std::nullopt;
}

bool has_japanese(std::string_view text) {
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0xE3)  // lead bytes of U+3000 and above
            return true;
    return false;
}

}  // namespace pmocalc
