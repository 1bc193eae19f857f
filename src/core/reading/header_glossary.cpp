#include "header_glossary.hpp"

#include <array>
#include <initializer_list>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "../text.hpp"

namespace pmocalc {

namespace {

struct Synonyms {
    Field field;
    std::initializer_list<std::string_view> names;  // compared as header_key() makes them
};

// The vocabulary, one list per kind of table. Within a field, the names go
// from the most specific to the most generic (their rank); where a name could
// mean two fields of a kind, the first field listed takes it.
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
    {Field::task_id, {"タスクid", "タスクno", "タスク番号", "作業id", "作業no", "作業番号", "id", "id #", "no", "番号",
                      "task id", "task no", "task #", "task number", "#", "キー", "key", "issue key", "チケット番号",
                      "issue id"}},
    // A WBS code or outline number (1, 1.2, 1.2.3): the task's ID when there is no other.
    {Field::wbs, {"wbs番号", "wbs no", "wbs", "wbs code", "wbs #", "wbs number", "wbsコード", "outline number",
                  "アウトライン番号", "wbs id"}},
    {Field::outline_level, {"outline level", "アウトラインレベル", "階層レベル", "階層", "レベル", "level", "lv",
                            "indent level"}},
    // The row this one belongs under (Backlog's 親課題キー, Redmine's 親チケット, Jira's Parent).
    {Field::parent, {"親課題キー", "親課題", "親チケット", "親タスク", "親id", "親", "parent", "parent id", "parentid",
                     "parent key", "parent task", "parent issue", "parent ticket", "親課題id"}},
    {Field::project_name, {"プロジェクト名", "案件名", "pj名", "project name"}},
    {Field::task_name, {"タスク名", "作業名", "作業項目", "タスク", "名称", "作業内容", "タスク内容", "作業項目名",
                        "題名", "件名", "項目", "項目名", "task name", "task title", "task", "activity", "activity name",
                        "name", "taskname", "task description", "milestone description", "work item", "work package",
                        "deliverable", "subject",
                        "title", "summary", "description", "作業"}},
    {Field::phase, {"フェーズ", "工程", "phase", "stage", "カテゴリ", "category", "区分"}},
    {Field::owner, {"担当者", "担当", "担当者名", "所有者", "対応担当", "作業者", "実施者", "主担当", "owner", "assignee",
                    "assigned to", "task owner", "resource names", "resource name", "resources", "resource",
                    "resourcing", "responsible", "who"}},
    {Field::budget, {"予算", "予算額", "bac", "完了時総予算", "完成時総予算", "総予算", "予定コスト", "計画コスト", "計画金額",
                     "予定金額", "budget", "budget at completion", "planned cost", "baseline cost", "budgeted cost",
                     "full budget", "baseline budget", "task budget",
                     "cost", "費用", "金額"}},
    // Planned work, in person-days (人日) or hours as the header says.
    {Field::effort, {"予定工数", "計画工数", "作業工数(予定)", "見積工数", "工数", "見積", "見積もり", "見積り", "予定時間",
                     "見積時間", "人日", "planned effort", "effort", "work", "estimate", "estimated hours",
                     "estimated time", "estimated effort", "planned hours", "planned work", "hours", "man-days",
                     "man days", "person-days", "person days", "baseline work", "original estimate"}},
    {Field::actual_effort, {"実績工数", "作業工数(実績)", "実工数", "実績時間", "actual effort", "actual work",
                            "actual hours", "spent time", "time spent", "hours spent", "作業時間"}},
    // Planned working days: the finish of a task that has only a start.
    {Field::duration, {"期間", "日数", "工期", "所要日数", "所要期間", "作業日数", "稼働日数", "予定日数", "稼働予定日数",
                       "duration", "days", "planned duration", "baseline duration", "work days", "working days"}},
    {Field::planned_start, {"開始予定日", "予定開始日", "開始日(予定)", "計画開始日", "開始予定", "予定開始", "始予定",
                            "着手予定日", "開始日", "開始", "planned start", "planned start date", "start", "start date",
                            "baseline start", "scheduled start", "begin date", "begin", "from"}},
    {Field::planned_finish, {"終了予定日", "予定終了日", "終了日(予定)", "完了予定日", "計画終了日", "終了予定", "予定終了",
                             "終予定", "予定完了日", "終了日", "終了", "期日", "期限", "期限日", "納期", "締切", "締め切り",
                             "planned finish", "planned finish date", "planned end", "finish", "finish date", "end",
                             "end date", "due", "due date", "scheduled finish", "target date", "to"}},
    {Field::baseline_finish, {"基準終了日", "ベースライン終了日", "当初終了予定日", "baseline finish", "baseline end",
                              "deadline"}},
    {Field::forecast_finish, {"終了見込日", "完了予測日", "完了見込日", "終了予測日", "見込終了日", "完了見込み",
                              "forecast finish", "estimated finish", "forecast end", "forecast"}},
    {Field::actual_start, {"実績開始日", "開始日(実績)", "実開始日", "実績開始", "着手日", "着工日", "actual start",
                           "actual start date", "real start date", "real start", "started"}},
    {Field::actual_finish, {"実績終了日", "終了日(実績)", "実績完了日", "完了日", "実終了日", "実績終了", "actual finish",
                            "actual finish date", "actual end", "real end date", "real end", "completed", "finished",
                            "completion date",
                            "date completed", "done date"}},
    {Field::percent_complete, {"進捗率", "進捗", "完了率", "進捗度", "進捗率(%)", "達成率", "% complete",
                               "percent complete", "%complete", "% of task complete", "pct of task complete",
                               "% done", "percent done", "% actual completion", "actual completion", "actual % complete",
                               "% actual complete", "progress", "completion", "complete", "done", "%"}},
    {Field::status, {"ステータス", "状況", "状態", "進捗状況", "対応状況", "status", "state", "task status"}},
    {Field::actual_cost, {"実コスト", "実績コスト", "コスト実績値", "投入実績値", "実績額", "実績費用", "ac", "actual cost",
                          "acwp", "actual", "spent"}},
    {Field::milestone, {"マイルストーン", "ms", "milestone"}},
    {Field::predecessors, {"先行タスク", "先行タスクid", "先行作業", "先行", "前提タスク", "依存関係", "依存タスク", "依存",
                           "前工程", "predecessors", "predecessor", "depends on", "dependencies", "dependency",
                           "prerequisites"}},
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
    {Field::risk_id, {"リスクid", "リスクno", "リスク番号", "risk id", "risk no", "risk #", "risk id #", "id", "id #", "no",
                      "#", "番号", "管理番号", "identifier", "ref", "ref no", "reference"}},
    {Field::project_id, {"プロジェクトid", "プロジェクト", "案件", "pj", "project id", "project"}},
    {Field::risk_title, {"リスク事象", "リスク内容", "リスク名", "リスク項目", "想定リスク", "リスク", "事象", "件名", "タイトル",
                         "内容", "risk", "risk title", "risk name", "risk event", "risk description", "title", "event",
                         "description", "summary"}},
    {Field::probability, {"発生確率", "確率", "発生可能性", "発生頻度", "可能性", "頻度", "probability", "likelihood",
                          "prob", "probability score", "likelihood score", "likelihood rating", "chance"}},
    {Field::impact, {"影響額", "影響度", "影響", "影響金額", "impact", "consequence", "impact cost", "impact score",
                     "impact rating", "severity", "cost impact", "initial risk", "initial impact", "inherent risk",
                     "inherent impact", "gross risk", "impact amount", "amount at risk", "potential loss"}},
    // P × I as the register rates it; read only where no probability is given.
    {Field::risk_score, {"リスク値", "リスクスコア", "リスク評価", "スコア", "risk score", "score", "risk rating",
                         "rating", "risk level", "p x i", "p*i", "pxi"}},
    {Field::risk_type, {"種別", "区分", "種類", "type", "risk type", "category", "kind"}},
    // What the risk is about (technical, vendor, staffing …), matched against
    // the Lessons sheet's categories. "Category" alone stays the risk type
    // when its values are threats and opportunities.
    {Field::risk_category, {"リスク分類", "リスクカテゴリ", "リスクカテゴリー", "カテゴリ", "カテゴリー", "分類", "分野",
                            "risk category", "risk area"}},
    {Field::status, {"ステータス", "状況", "状態", "対応状況", "status", "state", "risk status"}},
    {Field::owner, {"担当者", "担当", "所有者", "リスクオーナー", "責任者", "owner", "risk owner", "actionee"}},
    {Field::affected_task, {"対象タスク", "影響タスク", "対象タスクid", "対象作業", "affected task", "affected task id",
                            "task id", "task"}},
    {Field::schedule_impact, {"スケジュール影響(日)", "スケジュール影響", "日程影響", "工期影響", "スケジュール影響日数",
                              "schedule impact (days)", "schedule impact", "schedule impact days", "delay (days)",
                              "delay days"}},
};

const std::initializer_list<Synonyms> issue_headers{
    {Field::issue_id, {"課題no", "課題id", "課題番号", "懸案no", "懸案番号", "管理番号", "qa no", "チケット番号", "キー",
                       "issue id", "issue no", "issue #", "issue key", "key", "id", "id #", "no", "#", "番号",
                       "identifier", "ref", "ref no", "reference"}},
    {Field::project_id, {"プロジェクトid", "プロジェクト", "案件", "pj", "project id", "project"}},
    {Field::issue_title, {"課題内容", "課題", "懸案事項", "懸案内容", "懸案", "問題点", "問題", "質問内容", "タイトル", "件名",
                          "題名", "内容", "issue", "issue title", "title", "summary", "subject", "description",
                          "question"}},
    {Field::raised, {"起票日", "記帳日", "課題記入日", "記入日", "発生日", "登録日", "起票日付", "作成日", "起案日", "発見日",
                     "raised", "opened", "date raised", "raised on", "created", "created date", "date created",
                     "open date", "date opened", "reported", "date reported", "date identified", "identified",
                     "date registered", "registered", "date logged", "logged"}},
    {Field::due, {"期限", "対応期限", "期日", "期限日", "回答期限", "完了予定日", "due", "due date", "target date",
                  "target resolution date", "needed by"}},
    {Field::closed, {"完了日", "完了確認日", "クローズ日", "解決日", "対応完了日", "回答日", "closed", "closed on",
                     "date closed", "closure date", "resolved", "resolution date", "close date", "completed"}},
    {Field::status, {"ステータス", "状況", "状態", "対応状況", "status", "state"}},
    {Field::priority, {"優先度", "重要度", "緊急度", "優先順位", "priority", "severity", "urgency", "importance"}},
    {Field::owner, {"担当者", "担当", "対応担当", "対応者", "回答者", "owner", "assignee", "assigned to", "actionee",
                    "responsible"}},
};

const std::initializer_list<Synonyms> change_headers{
    {Field::change_id, {"変更要求id", "変更要求no", "変更要求番号", "変更番号", "変更管理番号", "cr id", "cr no", "cr #",
                        "change id", "change no", "cr", "id", "id #", "no", "identifier", "ref", "reference"}},
    {Field::project_id, {"プロジェクトid", "プロジェクト", "案件", "pj", "project id", "project"}},
    {Field::change_title, {"件名", "変更内容", "変更要求", "変更件名", "タイトル", "title", "change", "change request",
                           "change title", "change description", "description", "summary"}},
    {Field::cost_impact, {"コスト影響", "コスト影響額", "費用影響", "cost impact", "cost"}},
    {Field::schedule_impact, {"スケジュール影響(日)", "スケジュール影響", "日程影響", "工期影響", "schedule impact (days)",
                              "schedule impact", "schedule impact days", "days"}},
    // The decision says more of a change than its workflow status (Closed: approved or rejected?).
    {Field::status, {"承認結果", "判定", "決定", "decision", "承認状況", "ステータス", "状況", "状態", "status", "state"}},
};

const std::initializer_list<Synonyms> lesson_headers{
    {Field::project_id, {"プロジェクトid", "プロジェクト", "案件", "pj", "project id", "project"}},
    {Field::lesson_category, {"カテゴリ", "カテゴリー", "分類", "区分", "category"}},
    {Field::phase, {"フェーズ", "工程", "発生工程", "phase", "stage"}},
    {Field::lesson_text, {"教訓", "学び", "振り返り", "内容", "lesson", "lesson learned", "lessons learned",
                          "description"}},
};

const std::initializer_list<Synonyms> holiday_headers{
    {Field::holiday_date, {"日付", "年月日", "休日", "非稼働日", "祝日日付", "休日日付", "date", "holiday date", "holidays",
                           "non-working day", "non-working days", "nonworking days"}},
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
    {Field::defect_title, {"件名", "現象", "事象", "不具合内容", "障害内容", "内容", "タイトル", "title", "summary",
                           "description", "defect", "bug"}},
    {Field::found_date, {"発見日", "検出日", "摘出日", "発生日", "起票日", "登録日", "found", "found on", "date found",
                         "detected", "detected on", "reported", "reported on", "opened", "raised"}},
    {Field::closed, {"完了日", "解決日", "修正完了日", "対策完了日", "対応完了日", "クローズ日", "close日", "closed",
                     "closed on", "date closed", "fixed", "fixed on", "resolved", "resolved on"}},
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

// A project's earned value kept per period (the weekly EVM sheet): PV, EV and
// AC by date, cumulative or per period.
const std::initializer_list<Synonyms> evm_series_headers{
    {Field::project_id, {"プロジェクトid", "プロジェクト", "案件", "pj", "project id", "project"}},
    // Cumulative columns first: of "BCWS" and "Cumulative BCWS" the cumulative one is read.
    {Field::period, {"日付", "基準日", "集計日", "報告日", "年月日", "時点の日付", "period date", "period end",
                     "period end date", "period ending", "week ending", "week ending date", "month end",
                     "milestone date", "analysis date", "snapshot date", "date",
                     "as of", "status date", "reporting date", "年月", "時点", "期間", "週", "月", "week", "month",
                     "period"}},
    {Field::period_pv, {"pv累計", "累計pv", "累計計画価値", "cumulative pv", "pv (cumulative)", "cum pv",
                        "cumulative bcws", "cum bcws", "bcws cumulative", "bcws (cumulative)", "cumulative planned value",
                        "pv", "計画価値", "出来高計画値", "予定価値", "planned value", "bcws", "planned value (pv)", "計画値",
                        "bcws period", "period bcws", "pv (period)"}},
    {Field::period_ev, {"ev累計", "累計ev", "累計出来高", "cumulative ev", "ev (cumulative)", "cum ev",
                        "cumulative bcwp", "cum bcwp", "bcwp cumulative", "bcwp (cumulative)", "cumulative earned value",
                        "ev", "出来高", "アーンドバリュー", "出来高実績値", "達成価値", "earned value", "bcwp",
                        "earned value (ev)", "出来高値", "bcwp period", "period bcwp", "ev (period)"}},
    {Field::period_ac, {"ac累計", "累計ac", "累計実コスト", "cumulative ac", "ac (cumulative)", "cum ac",
                        "cumulative acwp", "cum acwp", "acwp cumulative", "acwp (cumulative)", "cumulative actual cost",
                        "ac", "実コスト", "実績コスト", "コスト実績値", "投入実績値", "actual cost", "acwp",
                        "actual cost (ac)", "実績値", "acwp period", "period acwp", "ac (period)"}},
    {Field::period_bac, {"bac", "完了時総予算", "完成時総予算", "総予算", "budget at completion", "budget"}},
};

const std::initializer_list<Synonyms>& headers_of(TableKind kind) {
    switch (kind) {
    case TableKind::projects: return project_headers;
    case TableKind::tasks: return task_headers;
    case TableKind::risks: return risk_headers;
    case TableKind::issues: return issue_headers;
    case TableKind::changes: return change_headers;
    case TableKind::lessons: return lesson_headers;
    case TableKind::holidays: return holiday_headers;
    case TableKind::tests: return test_headers;
    case TableKind::defects: return defect_headers;
    case TableKind::milestones: return milestone_headers;
    case TableKind::assignments: return assignment_headers;
    case TableKind::people: return people_headers;
    case TableKind::criteria: return criteria_headers;
    case TableKind::scores: return score_headers;
    case TableKind::evm_series: return evm_series_headers;
    }
    return task_headers;
}

// ---- header keys -------------------------------------------------------------

bool starts_with_any(std::string_view text, std::initializer_list<std::string_view> prefixes, std::size_t& length) {
    for (std::string_view prefix : prefixes)
        if (text.starts_with(prefix)) {
            length = prefix.size();
            return true;
        }
    return false;
}

bool ends_with_any(std::string_view text, std::initializer_list<std::string_view> suffixes, std::size_t& length) {
    for (std::string_view suffix : suffixes)
        if (text.ends_with(suffix)) {
            length = suffix.size();
            return true;
        }
    return false;
}

// Marks around a header that say nothing of its meaning.
const std::initializer_list<std::string_view> decorations{"※", "*", "■", "□", "●", "○", "◆", "◇", "★", "☆", "▼",
                                                              "▽", ":", "：", "・", ".", "、", "。", "?", "？"};

}  // namespace

std::string header_key(std::string_view header) {
    std::string text = normalize_label(header);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 0;
        const std::string_view rest = std::string_view(text).substr(i);
        if (starts_with_any(rest, {"【", "「", "『", "〔", "〈", "《", "[", "<"}, length)) {
            out += '(';
        } else if (starts_with_any(rest, {"】", "」", "』", "〕", "〉", "》", "]", ">"}, length)) {
            out += ')';
        } else if (text[i] == ' ' || text[i] == '_') {
            length = 1;
        } else {
            length = 1;
            out += text[i];
        }
        i += length;
    }
    // Decorations go from both ends, but a header that is nothing else ("#") stays.
    bool changed = true;
    while (changed && !out.empty()) {
        changed = false;
        std::size_t length = 0;
        if (starts_with_any(out, decorations, length) && length < out.size()) {
            out.erase(0, length);
            changed = true;
        }
        if (ends_with_any(out, decorations, length) && length < out.size()) {
            out.erase(out.size() - length);
            changed = true;
        }
    }
    return out;
}

namespace {

// The index of one kind's vocabulary: key → field and rank.
using Index = std::unordered_map<std::string, HeaderMatch>;

const Index& index_of(TableKind kind) {
    static const auto indexes = [] {
        std::vector<Index> all(all_table_kinds().size());
        for (TableKind k : all_table_kinds()) {
            Index& index = all[static_cast<std::size_t>(k)];
            for (const Synonyms& entry : headers_of(k)) {
                int rank = 0;
                for (std::string_view name : entry.names)
                    index.emplace(header_key(name), HeaderMatch{entry.field, rank++});
            }
        }
        return all;
    }();
    return indexes[static_cast<std::size_t>(kind)];
}

std::optional<HeaderMatch> exact(TableKind kind, const std::string& key) {
    const Index& index = index_of(kind);
    if (const auto found = index.find(key); found != index.end())
        return found->second;
    return std::nullopt;
}

// "lv1" … "lv9", "level 1", "レベル1", "階層1", and the Japanese WBS's
// 大項目 / 中項目 / 小項目: the task name spread over hierarchy columns.
std::optional<int> level_of_column(std::string_view key) {
    for (std::string_view prefix : {"lv", "lv.", "level", "レベル", "階層", "wbs", "wbsレベル", "l"}) {
        if (key.size() > prefix.size() && key.starts_with(prefix)) {
            const std::string_view rest = key.substr(prefix.size());
            if (rest.size() <= 2 && rest.find_first_not_of("0123456789") == std::string_view::npos)
                return std::stoi(std::string(rest));
        }
    }
    constexpr std::array<std::pair<std::string_view, int>, 9> named{{{"大項目", 1}, {"大分類", 1}, {"中項目", 2},
                                                                    {"中分類", 2}, {"小項目", 3}, {"小分類", 3},
                                                                    {"細目", 4}, {"詳細項目", 4}, {"細分類", 4}}};
    for (const auto& [name, level] : named)
        if (key == name)
            return level;
    return std::nullopt;
}

enum class Group { none, plan, actual, forecast, baseline };

Group group_of(std::string_view key) {
    for (std::string_view word : {"予定", "計画", "plan", "planned", "scheduled", "予定日", "revisedplan", "現計画"})
        if (key == word)
            return Group::plan;
    for (std::string_view word : {"実績", "実際", "実施", "actual", "actuals", "act", "実績日"})
        if (key == word)
            return Group::actual;
    for (std::string_view word : {"見込", "見込み", "予測", "forecast", "estimated", "fcst"})
        if (key == word)
            return Group::forecast;
    for (std::string_view word : {"基準", "ベースライン", "当初", "当初計画", "baseline", "original", "originalplan",
                                  "orgplan", "org plan"})
        if (key == word)
            return Group::baseline;
    return Group::none;
}

// The field a plan field becomes under an Actual / Forecast / Baseline group.
std::optional<Field> grouped_field(Field field, Group group) {
    switch (group) {
    case Group::none:
    case Group::plan: return field;
    case Group::actual:
        switch (field) {
        case Field::planned_start: return Field::actual_start;
        case Field::planned_finish: return Field::actual_finish;
        case Field::effort: return Field::actual_effort;
        case Field::budget: return Field::actual_cost;
        case Field::duration: return std::nullopt;
        default: return field;
        }
    case Group::forecast:
        if (field == Field::planned_finish)
            return Field::forecast_finish;
        return field == Field::planned_start ? std::nullopt : std::optional<Field>(field);
    case Group::baseline:
        if (field == Field::planned_finish)
            return Field::baseline_finish;
        return field == Field::planned_start ? std::nullopt : std::optional<Field>(field);
    }
    return field;
}

// The key without a bracketed tail, and the tail: "工数(人日)" → "工数", "人日".
std::pair<std::string, std::string> split_tail(const std::string& key) {
    if (key.size() < 3 || key.back() != ')')
        return {key, {}};
    const std::size_t open = key.find_last_of('(');
    if (open == std::string::npos || open == 0)
        return {key, {}};
    return {key.substr(0, open), key.substr(open + 1, key.size() - open - 2)};
}

// The words a register puts before its fields' names, as header_key() makes them.
std::span<const std::string_view> kind_words(TableKind kind) {
    static constexpr std::string_view risk[] = {"risk", "リスク"};
    static constexpr std::string_view issue[] = {"issue", "課題", "懸案"};
    static constexpr std::string_view change[] = {"change", "cr", "変更"};
    switch (kind) {
    case TableKind::risks: return risk;
    case TableKind::issues: return issue;
    case TableKind::changes: return change;
    default: return {};
    }
}

std::optional<HeaderMatch> match_key(TableKind kind, const std::string& key, Group group) {
    if (key.empty())
        return std::nullopt;
    auto with_group = [&](std::optional<HeaderMatch> match) -> std::optional<HeaderMatch> {
        if (!match)
            return std::nullopt;
        const auto field = grouped_field(match->field, group);
        if (!field)
            return std::nullopt;
        match->field = *field;
        return match;
    };
    if (auto match = exact(kind, key))
        return group == Group::none ? match : with_group(match);
    if (kind == TableKind::tasks)
        if (const auto level = level_of_column(key))
            return HeaderMatch{Field::level_name, 0, *level};
    // 予定開始日時 → 予定開始日; 開始日時 → 開始日.
    if (key.ends_with("日時")) {
        const std::string day = key.substr(0, key.size() - std::string_view("時").size());
        if (auto match = match_key(kind, day, group))
            return match;
    }
    const auto [bare, tail] = split_tail(key);
    if (!tail.empty()) {
        const Group qualifier = group_of(tail);
        if (qualifier != Group::none)
            return match_key(kind, bare, qualifier);
        return match_key(kind, bare, group);
    }
    return std::nullopt;
}

}  // namespace

std::optional<HeaderMatch> match_header(TableKind kind, std::string_view header, std::string_view group) {
    return match_header_key(kind, header_key(header), group.empty() ? std::string() : header_key(group));
}

std::optional<HeaderMatch> match_header_key(TableKind kind, const std::string& key, const std::string& group_key) {
    const Group above = group_key.empty() ? Group::none : group_of(group_key);
    if (auto match = match_key(kind, key, above))
        return match;
    // Jira's "Custom field (Start date)": the field is what is in the brackets.
    for (std::string_view wrapper : {"customfield(", "カスタムフィールド("})
        if (key.starts_with(wrapper) && key.back() == ')')
            return match_key(kind, key.substr(wrapper.size(), key.size() - wrapper.size() - 1), above);
    // PRINCE2's "Risk Identifier", "Issue Description", "Risk Actionee": the
    // kind's own word before a field's name.
    for (std::string_view word : kind_words(kind))
        if (key.size() > word.size() && key.starts_with(word))
            if (auto match = match_key(kind, key.substr(word.size()), above))
                return match;
    // 担当者1 … 担当者8: one field typed in several numbered columns.
    std::size_t digits = 0;
    while (digits < key.size() && digits < 2 && key[key.size() - 1 - digits] >= '0' &&
           key[key.size() - 1 - digits] <= '9')
        ++digits;
    if (digits > 0 && digits < key.size()) {
        std::string bare = key.substr(0, key.size() - digits);
        if (bare.back() == '-' || bare.back() == '_')
            bare.pop_back();
        if (auto match = match_key(kind, bare, above); match && match->field == Field::owner) {
            match->level = std::stoi(key.substr(key.size() - digits));
            return match;
        }
    }
    return std::nullopt;
}

std::string header_qualifier(std::string_view header) { return split_tail(header_key(header)).second; }

int sheet_name_affinity(TableKind kind, std::string_view sheet_name) {
    const std::string name = normalize_label(sheet_name);
    auto contains = [&](std::initializer_list<std::string_view> words) {
        for (std::string_view word : words)
            if (name.find(word) != std::string::npos)
                return true;
        return false;
    };
    switch (kind) {
    case TableKind::projects: return contains({"project", "プロジェクト", "案件"}) ? 1 : 0;
    case TableKind::tasks:
        return contains({"task", "wbs", "タスク", "ガント", "gantt", "schedule", "スケジュール", "進捗", "plan", "工程"})
                   ? 1
                   : 0;
    case TableKind::risks: return contains({"risk", "リスク"}) ? 1 : 0;
    case TableKind::issues: return contains({"issue", "課題", "懸案", "問題", "qa"}) ? 1 : 0;
    case TableKind::changes: return contains({"change", "変更"}) ? 1 : 0;
    case TableKind::lessons: return contains({"lesson", "教訓", "振り返り"}) ? 1 : 0;
    case TableKind::holidays: return contains({"holiday", "祝日", "休日", "calendar", "カレンダー"}) ? 1 : 0;
    case TableKind::tests: return contains({"test", "テスト", "試験"}) ? 1 : 0;
    case TableKind::defects: return contains({"defect", "bug", "不具合", "バグ", "障害"}) ? 1 : 0;
    case TableKind::milestones: return contains({"milestone", "マイルストーン"}) ? 1 : 0;
    case TableKind::assignments:
        return contains({"assignment", "allocation", "アサイン", "要員計画", "割当", "割り当て"}) ? 1 : 0;
    case TableKind::people:
        return contains({"people", "person", "staff", "member", "capacity", "要員", "メンバー", "キャパ"}) &&
                       !contains({"計画", "アサイン", "assignment"})
                   ? 1
                   : 0;
    case TableKind::criteria: return contains({"criteria", "criterion", "評価基準"}) ? 1 : 0;
    case TableKind::scores: return contains({"score", "スコア", "点数", "評価"}) ? 1 : 0;
    case TableKind::evm_series: return contains({"evm", "earned value", "出来高", "アーンド", "s-curve", "s curve"}) ? 1 : 0;
    }
    return 0;
}

namespace {

// Labels of a status date cell, normalised; longer ones before their prefixes.
constexpr std::string_view status_date_labels[] = {
    "進捗基準日", "報告基準日", "状況基準日", "集計基準日", "評価基準日", "雷線基準日", "基準日", "進捗確認日", "報告日", "集計日",
    "評価日", "status date", "as-of date", "as of date", "as of", "data date", "reporting date", "report date"};

constexpr std::string_view update_date_labels[] = {
    "最終更新日", "更新日", "最終更新", "更新日付", "本日", "今日", "作成日", "日付", "last update", "last updated",
    "updated", "update date", "date updated", "today", "today's date", "current date", "date"};

std::string label_key(std::string_view text) {
    std::string key = normalize_label(text);
    while (!key.empty() && (key.back() == ':' || key.back() == ' '))
        key.pop_back();
    if (key.ends_with("："))
        key.erase(key.size() - std::string_view("：").size());
    return key;
}

}  // namespace

bool is_status_date_label(std::string_view text) {
    const std::string key = label_key(text);
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

bool is_update_date_label(std::string_view text) {
    const std::string key = label_key(text);
    for (std::string_view label : update_date_labels)
        if (key == label)
            return true;
    return false;
}

std::optional<TitleLabel> title_label(std::string_view text) {
    const std::string key = header_key(label_key(text));
    for (std::string_view label : {"プロジェクト名", "プロジェクト名称", "案件名", "pj名", "システム名", "projectname",
                                   "projecttitle", "project", "プロジェクト", "proj", "pj"})
        if (key == label)
            return TitleLabel::project_name;
    for (std::string_view label : {"プロジェクトマネージャー", "プロジェクトマネージャ", "pm", "projectmanager",
                                   "projectlead", "projectleader", "責任者", "プロジェクトリーダー"})
        if (key == label)
            return TitleLabel::manager;
    return std::nullopt;
}

bool is_generic_title(std::string_view text) {
    const std::string key = header_key(text);
    for (std::string_view title :
         {"wbs", "ganttchart", "gantt", "projectplan", "projectschedule", "schedule", "timeline", "tasklist", "tasks",
          "riskregister", "risklog", "risks", "issueregister", "issuelog", "issues", "raidlog", "changelog",
          "changeregister", "actionlog", "projecttracker", "projecttimeline", "workbreakdownstructure",
          "ガントチャート", "スケジュール", "スケジュール表", "工程表", "進捗管理表", "進捗表", "課題管理表", "課題一覧",
          "課題管理", "懸案管理表", "リスク管理表", "リスク一覧", "変更管理表", "作業計画", "作業計画書", "wbs表",
          "タスク一覧", "タスク管理表", "障害管理表", "不具合管理表", "バグ管理表", "qa管理表", "ベースライン", "不具合一覧",
          "障害一覧", "バグ一覧", "リスク一覧表", "changerequestlog", "changerequests", "risklogandregister",
          "projectschedule", "ganttchart", "projectplanner", "issuetracker", "risktracker"})
        if (key == title)
            return true;
    return false;
}

bool has_japanese(std::string_view text) {
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0xE3)  // lead bytes of U+3000 and above
            return true;
    return false;
}

}  // namespace pmocalc
