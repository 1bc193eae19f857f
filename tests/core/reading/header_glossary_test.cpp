#include "core/reading/header_glossary.hpp"

#include <map>
#include <string>
#include <utility>

#include "../test_support.hpp"

namespace pmocalc {
namespace {

// The field a header names in a table of a kind, or nullopt.
std::optional<Field> field_of(TableKind kind, std::string_view header, std::string_view group = {}) {
    const auto match = match_header(kind, header, group);
    return match ? std::optional<Field>(match->field) : std::nullopt;
}

TEST(HeaderGlossary, KeysFoldWidthCaseSpacesAndUnderscores) {
    EXPECT_EQ(header_key("ＴＡＳＫ　ＮＡＭＥ"), "taskname");
    EXPECT_EQ(header_key("Task_Name"), "taskname");
    EXPECT_EQ(header_key("  Task\nName "), "taskname");  // a line break typed inside the header cell
    EXPECT_EQ(header_key("ＷＢＳ番号"), "wbs番号");
}

TEST(HeaderGlossary, KeysReadHalfWidthKatakanaAsFullWidth) {
    EXPECT_EQ(header_key("ﾀｽｸID"), "タスクid");
    EXPECT_EQ(header_key("ｽﾃｰﾀｽ"), "ステータス");
    // The voiced mark joins the kana before it.
    EXPECT_EQ(header_key("ｶﾞﾝﾄ"), "ガント");
    EXPECT_EQ(header_key("ﾌﾟﾛｼﾞｪｸﾄ"), "プロジェクト");
    // ツ テ ト after ッ take it on even code points.
    EXPECT_EQ(header_key("ﾌﾟﾛｼﾞｪｸﾄｺｰﾄﾞ"), "プロジェクトコード");
    EXPECT_EQ(header_key("ﾃﾞｰﾀﾂﾞ"), "データヅ");
    EXPECT_EQ(match_header(TableKind::projects, "ﾌﾟﾛｼﾞｪｸﾄｺｰﾄﾞ")->field, Field::project_id);
}

TEST(HeaderGlossary, KeysTurnEveryBracketIntoRoundOnesAndDropDecorations) {
    EXPECT_EQ(header_key("工数（人日）"), "工数(人日)");
    EXPECT_EQ(header_key("【予定】開始日"), "(予定)開始日");
    EXPECT_EQ(header_key("開始日[実績]"), "開始日(実績)");
    EXPECT_EQ(header_key("※担当者："), "担当者");
    EXPECT_EQ(header_key("■ Status:"), "status");
    // A header that is nothing but a decoration-like mark stays what it is.
    EXPECT_EQ(header_key("#"), "#");
}

TEST(HeaderGlossary, QualifierIsTheBracketedTail) {
    EXPECT_EQ(header_qualifier("予算（千円）"), "千円");
    EXPECT_EQ(header_qualifier("工数 (人日)"), "人日");
    EXPECT_EQ(header_qualifier("進捗(%)"), "%");
    EXPECT_EQ(header_qualifier("Budget"), "");
}

TEST(HeaderGlossary, RecognisesHeadersInAnyWidthAndCase) {
    EXPECT_EQ(field_of(TableKind::tasks, "ﾀｽｸID"), Field::task_id);
    EXPECT_EQ(field_of(TableKind::tasks, "ＴＡＳＫ　ＴＩＴＬＥ"), Field::task_name);
    EXPECT_EQ(field_of(TableKind::tasks, "TASK TITLE"), Field::task_name);
    EXPECT_EQ(field_of(TableKind::tasks, "TaskName"), Field::task_name);
    EXPECT_EQ(field_of(TableKind::tasks, "task_name"), Field::task_name);
    EXPECT_EQ(field_of(TableKind::tasks, "Begin date"), Field::planned_start);
    EXPECT_EQ(field_of(TableKind::tasks, "% Complete"), Field::percent_complete);
}

TEST(HeaderGlossary, RecognisesJapaneseTaskHeaders) {
    EXPECT_EQ(field_of(TableKind::tasks, "作業内容"), Field::task_name);
    EXPECT_EQ(field_of(TableKind::tasks, "始予定"), Field::planned_start);
    EXPECT_EQ(field_of(TableKind::tasks, "終予定"), Field::planned_finish);
    EXPECT_EQ(field_of(TableKind::tasks, "担当者"), Field::owner);
    EXPECT_EQ(field_of(TableKind::tasks, "先行タスク"), Field::predecessors);
}

TEST(HeaderGlossary, ReadsDateTimeHeadersAsDateHeaders) {
    EXPECT_EQ(field_of(TableKind::tasks, "予定開始日時"), Field::planned_start);
    EXPECT_EQ(field_of(TableKind::tasks, "開始日時"), Field::planned_start);
    EXPECT_EQ(field_of(TableKind::tasks, "実績終了日時"), Field::actual_finish);
    EXPECT_EQ(field_of(TableKind::issues, "起票日時"), Field::raised);
}

TEST(HeaderGlossary, IgnoresAUnitInBracketsWhenTheBareHeaderIsKnown) {
    EXPECT_EQ(field_of(TableKind::tasks, "工数（人日）"), Field::effort);
    EXPECT_EQ(field_of(TableKind::tasks, "予算（千円）"), Field::budget);
    EXPECT_EQ(field_of(TableKind::tasks, "進捗(%)"), Field::percent_complete);
    EXPECT_EQ(field_of(TableKind::tasks, "進捗率（％）"), Field::percent_complete);
    EXPECT_EQ(field_of(TableKind::risks, "Impact (monetary)"), Field::impact);
    EXPECT_EQ(field_of(TableKind::risks, "影響額（千円）"), Field::impact);
    // The bracket does not make an unknown header known.
    EXPECT_EQ(field_of(TableKind::tasks, "備考（自由記入）"), std::nullopt);
}

TEST(HeaderGlossary, PlanOrActualInBracketsDecidesTheField) {
    EXPECT_EQ(field_of(TableKind::tasks, "開始日（実績）"), Field::actual_start);
    EXPECT_EQ(field_of(TableKind::tasks, "開始日（予定）"), Field::planned_start);
    EXPECT_EQ(field_of(TableKind::tasks, "終了日 (実績)"), Field::actual_finish);
    EXPECT_EQ(field_of(TableKind::tasks, "工数(実績)"), Field::actual_effort);
    EXPECT_EQ(field_of(TableKind::tasks, "予算【実績】"), Field::actual_cost);
    EXPECT_EQ(field_of(TableKind::tasks, "Finish (forecast)"), Field::forecast_finish);
}

TEST(HeaderGlossary, AGroupAboveDecidesTheField) {
    EXPECT_EQ(field_of(TableKind::tasks, "開始日", "予定"), Field::planned_start);
    EXPECT_EQ(field_of(TableKind::tasks, "開始日", "実績"), Field::actual_start);
    EXPECT_EQ(field_of(TableKind::tasks, "終了日", "実績"), Field::actual_finish);
    EXPECT_EQ(field_of(TableKind::tasks, "工数", "実績"), Field::actual_effort);
    EXPECT_EQ(field_of(TableKind::tasks, "終了日", "見込"), Field::forecast_finish);
    EXPECT_EQ(field_of(TableKind::tasks, "終了日", "当初計画"), Field::baseline_finish);
    EXPECT_EQ(field_of(TableKind::tasks, "Start", "Actual"), Field::actual_start);
    EXPECT_EQ(field_of(TableKind::tasks, "Finish", "Baseline"), Field::baseline_finish);
    // A forecast or baseline has no start of its own: such a column is no field.
    EXPECT_EQ(field_of(TableKind::tasks, "開始日", "見込"), std::nullopt);
    // A group that is no plan or actual leaves the header as it is.
    EXPECT_EQ(field_of(TableKind::tasks, "開始日", "日程"), Field::planned_start);
}

TEST(HeaderGlossary, RecognisesRiskRatingHeaders) {
    EXPECT_EQ(field_of(TableKind::risks, "Likelihood"), Field::probability);
    EXPECT_EQ(field_of(TableKind::risks, "発生確率"), Field::probability);
    EXPECT_EQ(field_of(TableKind::risks, "影響度"), Field::impact);
    EXPECT_EQ(field_of(TableKind::risks, "Consequence"), Field::impact);
    EXPECT_EQ(field_of(TableKind::risks, "P x I"), Field::risk_score);
}

// PRINCE2's registers put the register's word before a field's name.
TEST(HeaderGlossary, ARegistersOwnWordBeforeAFieldNameIsTheField) {
    EXPECT_EQ(field_of(TableKind::risks, "Risk Identifier"), Field::risk_id);
    EXPECT_EQ(field_of(TableKind::risks, "Risk Actionee"), Field::owner);
    EXPECT_EQ(field_of(TableKind::issues, "Issue Identifier"), Field::issue_id);
    EXPECT_EQ(field_of(TableKind::issues, "Issue Description"), Field::issue_title);
    EXPECT_EQ(field_of(TableKind::issues, "Date Registered"), Field::raised);
    EXPECT_EQ(field_of(TableKind::issues, "課題担当者"), Field::owner);
    EXPECT_EQ(field_of(TableKind::changes, "Change Reference"), Field::change_id);
    // Only the kind's own word, and never the word alone.
    EXPECT_EQ(field_of(TableKind::risks, "Issue Description"), std::nullopt);
    EXPECT_EQ(field_of(TableKind::issues, "Issue Type"), std::nullopt);
    EXPECT_EQ(field_of(TableKind::tasks, "Risk Owner"), std::nullopt);
}

TEST(HeaderGlossary, TheSameWordNamesTheFieldOfEachKind) {
    EXPECT_EQ(field_of(TableKind::tasks, "完了日"), Field::actual_finish);
    EXPECT_EQ(field_of(TableKind::issues, "完了日"), Field::closed);
    EXPECT_EQ(field_of(TableKind::milestones, "完了日"), Field::milestone_done);
    EXPECT_EQ(field_of(TableKind::risks, "Severity"), Field::impact);
    EXPECT_EQ(field_of(TableKind::issues, "Severity"), Field::priority);
    EXPECT_EQ(field_of(TableKind::defects, "Severity"), Field::severity);
    EXPECT_EQ(field_of(TableKind::evm_series, "実績コスト"), Field::period_ac);
    EXPECT_EQ(field_of(TableKind::tasks, "実績コスト"), Field::actual_cost);
    // A word of one kind's vocabulary only.
    EXPECT_EQ(field_of(TableKind::tasks, "Likelihood"), std::nullopt);
    EXPECT_EQ(field_of(TableKind::risks, "Remarks"), std::nullopt);
}

TEST(HeaderGlossary, SpecificNamesRankBeforeGenericOnes) {
    const auto specific = match_header(TableKind::tasks, "Task ID");
    const auto generic = match_header(TableKind::tasks, "#");
    ASSERT_TRUE(specific && generic);
    EXPECT_EQ(specific->field, Field::task_id);
    EXPECT_EQ(generic->field, Field::task_id);
    EXPECT_EQ(match_header(TableKind::tasks, "タスクID")->rank, 0);
    EXPECT_LT(specific->rank, generic->rank);
}

TEST(HeaderGlossary, HierarchyColumnsAreLevelsOfTheTaskName) {
    const auto lv2 = match_header(TableKind::tasks, "LV2");
    ASSERT_TRUE(lv2);
    EXPECT_EQ(lv2->field, Field::level_name);
    EXPECT_EQ(lv2->level, 2);
    EXPECT_EQ(match_header(TableKind::tasks, "大項目")->level, 1);
    EXPECT_EQ(match_header(TableKind::tasks, "中項目")->level, 2);
    EXPECT_EQ(match_header(TableKind::tasks, "小項目")->level, 3);
    EXPECT_EQ(match_header(TableKind::tasks, "Level 3")->level, 3);
    // Only a task list spreads names over levels.
    EXPECT_EQ(field_of(TableKind::risks, "LV1"), std::nullopt);
}

TEST(HeaderGlossary, NumberedOwnerColumnsAreMoreOwners) {
    const auto second = match_header(TableKind::tasks, "担当者2");
    ASSERT_TRUE(second);
    EXPECT_EQ(second->field, Field::owner);
    EXPECT_EQ(second->level, 2);
    // Only the owner is typed in numbered columns: "予算2" is no budget.
    EXPECT_EQ(field_of(TableKind::tasks, "予算2"), std::nullopt);
}

TEST(HeaderGlossary, ACustomFieldIsReadByTheNameInItsBrackets) {
    EXPECT_EQ(field_of(TableKind::tasks, "Custom field (Start date)"), Field::planned_start);
    EXPECT_EQ(field_of(TableKind::tasks, "カスタムフィールド (開始日)"), Field::planned_start);
}

// Realistic header words with the field each must name, per kind. The
// vocabulary is kept inside header_glossary.cpp with no way to list it, so
// this list stands in for it: a word added to a second field of the same kind
// (where the first field listed silently takes it) shows here.
struct Word {
    TableKind kind;
    const char* header;
    Field field;
};

constexpr Word vocabulary[] = {
    // Tasks: the dates of plan, actual, forecast and baseline lie close together.
    {TableKind::tasks, "Task ID", Field::task_id},
    {TableKind::tasks, "ID", Field::task_id},
    {TableKind::tasks, "No.", Field::task_id},
    {TableKind::tasks, "番号", Field::task_id},
    {TableKind::tasks, "Key", Field::task_id},
    {TableKind::tasks, "WBS", Field::wbs},
    {TableKind::tasks, "WBS番号", Field::wbs},
    {TableKind::tasks, "WBS Code", Field::wbs},
    {TableKind::tasks, "Outline Number", Field::wbs},
    {TableKind::tasks, "Outline Level", Field::outline_level},
    {TableKind::tasks, "階層", Field::outline_level},
    {TableKind::tasks, "Level", Field::outline_level},
    {TableKind::tasks, "Parent", Field::parent},
    {TableKind::tasks, "親課題キー", Field::parent},
    {TableKind::tasks, "タスク名", Field::task_name},
    {TableKind::tasks, "作業名", Field::task_name},
    {TableKind::tasks, "作業項目", Field::task_name},
    {TableKind::tasks, "件名", Field::task_name},
    {TableKind::tasks, "Task Name", Field::task_name},
    {TableKind::tasks, "Activity", Field::task_name},
    {TableKind::tasks, "Work Package", Field::task_name},
    {TableKind::tasks, "Deliverable", Field::task_name},
    {TableKind::tasks, "Description", Field::task_name},
    {TableKind::tasks, "作業", Field::task_name},
    {TableKind::tasks, "フェーズ", Field::phase},
    {TableKind::tasks, "工程", Field::phase},
    {TableKind::tasks, "Category", Field::phase},
    {TableKind::tasks, "担当", Field::owner},
    {TableKind::tasks, "Assigned To", Field::owner},
    {TableKind::tasks, "Resource Names", Field::owner},
    {TableKind::tasks, "Responsible", Field::owner},
    {TableKind::tasks, "予算", Field::budget},
    {TableKind::tasks, "BAC", Field::budget},
    {TableKind::tasks, "計画金額", Field::budget},
    {TableKind::tasks, "Planned Cost", Field::budget},
    {TableKind::tasks, "Cost", Field::budget},
    {TableKind::tasks, "費用", Field::budget},
    {TableKind::tasks, "予定工数", Field::effort},
    {TableKind::tasks, "見積工数", Field::effort},
    {TableKind::tasks, "工数", Field::effort},
    {TableKind::tasks, "Work", Field::effort},
    {TableKind::tasks, "Estimated Hours", Field::effort},
    {TableKind::tasks, "Person-days", Field::effort},
    {TableKind::tasks, "実績工数", Field::actual_effort},
    {TableKind::tasks, "Actual Work", Field::actual_effort},
    {TableKind::tasks, "Time Spent", Field::actual_effort},
    {TableKind::tasks, "作業時間", Field::actual_effort},
    {TableKind::tasks, "期間", Field::duration},
    {TableKind::tasks, "日数", Field::duration},
    {TableKind::tasks, "Duration", Field::duration},
    {TableKind::tasks, "Working Days", Field::duration},
    {TableKind::tasks, "開始予定日", Field::planned_start},
    {TableKind::tasks, "予定開始日", Field::planned_start},
    {TableKind::tasks, "開始日", Field::planned_start},
    {TableKind::tasks, "着手予定日", Field::planned_start},
    {TableKind::tasks, "Start", Field::planned_start},
    {TableKind::tasks, "Start Date", Field::planned_start},
    {TableKind::tasks, "Baseline Start", Field::planned_start},
    {TableKind::tasks, "From", Field::planned_start},
    {TableKind::tasks, "終了予定日", Field::planned_finish},
    {TableKind::tasks, "完了予定日", Field::planned_finish},
    {TableKind::tasks, "終了日", Field::planned_finish},
    {TableKind::tasks, "期限", Field::planned_finish},
    {TableKind::tasks, "納期", Field::planned_finish},
    {TableKind::tasks, "Finish", Field::planned_finish},
    {TableKind::tasks, "End Date", Field::planned_finish},
    {TableKind::tasks, "Due Date", Field::planned_finish},
    {TableKind::tasks, "Target Date", Field::planned_finish},
    {TableKind::tasks, "To", Field::planned_finish},
    {TableKind::tasks, "基準終了日", Field::baseline_finish},
    {TableKind::tasks, "Baseline Finish", Field::baseline_finish},
    {TableKind::tasks, "Deadline", Field::baseline_finish},
    {TableKind::tasks, "終了見込日", Field::forecast_finish},
    {TableKind::tasks, "完了見込み", Field::forecast_finish},
    {TableKind::tasks, "Forecast Finish", Field::forecast_finish},
    {TableKind::tasks, "Forecast", Field::forecast_finish},
    {TableKind::tasks, "実績開始日", Field::actual_start},
    {TableKind::tasks, "着手日", Field::actual_start},
    {TableKind::tasks, "Actual Start", Field::actual_start},
    {TableKind::tasks, "Started", Field::actual_start},
    {TableKind::tasks, "実績終了日", Field::actual_finish},
    {TableKind::tasks, "完了日", Field::actual_finish},
    {TableKind::tasks, "Actual Finish", Field::actual_finish},
    {TableKind::tasks, "Completed", Field::actual_finish},
    {TableKind::tasks, "Finished", Field::actual_finish},
    {TableKind::tasks, "Completion Date", Field::actual_finish},
    {TableKind::tasks, "Done Date", Field::actual_finish},
    {TableKind::tasks, "進捗率", Field::percent_complete},
    {TableKind::tasks, "進捗", Field::percent_complete},
    {TableKind::tasks, "達成率", Field::percent_complete},
    {TableKind::tasks, "Percent Complete", Field::percent_complete},
    {TableKind::tasks, "% Done", Field::percent_complete},
    {TableKind::tasks, "Progress", Field::percent_complete},
    {TableKind::tasks, "Complete", Field::percent_complete},
    {TableKind::tasks, "Done", Field::percent_complete},
    {TableKind::tasks, "%", Field::percent_complete},
    {TableKind::tasks, "ステータス", Field::status},
    {TableKind::tasks, "進捗状況", Field::status},
    {TableKind::tasks, "Status", Field::status},
    {TableKind::tasks, "State", Field::status},
    {TableKind::tasks, "実績コスト", Field::actual_cost},
    {TableKind::tasks, "AC", Field::actual_cost},
    {TableKind::tasks, "Actual Cost", Field::actual_cost},
    {TableKind::tasks, "Actual", Field::actual_cost},
    {TableKind::tasks, "Spent", Field::actual_cost},
    {TableKind::tasks, "マイルストーン", Field::milestone},
    {TableKind::tasks, "Milestone", Field::milestone},
    {TableKind::tasks, "先行作業", Field::predecessors},
    {TableKind::tasks, "依存関係", Field::predecessors},
    {TableKind::tasks, "Predecessors", Field::predecessors},
    {TableKind::tasks, "Depends On", Field::predecessors},
    {TableKind::tasks, "楽観値", Field::optimistic_duration},
    {TableKind::tasks, "Optimistic", Field::optimistic_duration},
    {TableKind::tasks, "最頻値", Field::likely_duration},
    {TableKind::tasks, "Most Likely", Field::likely_duration},
    {TableKind::tasks, "Likely", Field::likely_duration},
    {TableKind::tasks, "悲観値", Field::pessimistic_duration},
    {TableKind::tasks, "Pessimistic", Field::pessimistic_duration},
    {TableKind::tasks, "制約の種類", Field::constraint_type},
    {TableKind::tasks, "Constraint Type", Field::constraint_type},
    {TableKind::tasks, "出来高計上方法", Field::earning_rule},
    {TableKind::tasks, "EV Method", Field::earning_rule},
    {TableKind::tasks, "残作業見積", Field::estimate_to_complete},
    {TableKind::tasks, "ETC", Field::estimate_to_complete},
    {TableKind::tasks, "Project", Field::project_id},
    {TableKind::tasks, "プロジェクト名", Field::project_name},
    // Risks: the ratings, the score and the two kinds of category.
    {TableKind::risks, "Risk ID", Field::risk_id},
    {TableKind::risks, "管理番号", Field::risk_id},
    {TableKind::risks, "#", Field::risk_id},
    {TableKind::risks, "リスク事象", Field::risk_title},
    {TableKind::risks, "リスク", Field::risk_title},
    {TableKind::risks, "Risk Description", Field::risk_title},
    {TableKind::risks, "Title", Field::risk_title},
    {TableKind::risks, "Event", Field::risk_title},
    {TableKind::risks, "確率", Field::probability},
    {TableKind::risks, "発生可能性", Field::probability},
    {TableKind::risks, "頻度", Field::probability},
    {TableKind::risks, "Probability", Field::probability},
    {TableKind::risks, "Likelihood Rating", Field::probability},
    {TableKind::risks, "Chance", Field::probability},
    {TableKind::risks, "影響", Field::impact},
    {TableKind::risks, "影響額", Field::impact},
    {TableKind::risks, "Impact", Field::impact},
    {TableKind::risks, "Impact Rating", Field::impact},
    {TableKind::risks, "Cost Impact", Field::impact},
    {TableKind::risks, "Amount at Risk", Field::impact},
    {TableKind::risks, "リスク値", Field::risk_score},
    {TableKind::risks, "スコア", Field::risk_score},
    {TableKind::risks, "Risk Score", Field::risk_score},
    {TableKind::risks, "Risk Rating", Field::risk_score},
    {TableKind::risks, "Rating", Field::risk_score},
    {TableKind::risks, "Risk Level", Field::risk_score},
    {TableKind::risks, "種別", Field::risk_type},
    {TableKind::risks, "区分", Field::risk_type},
    {TableKind::risks, "Type", Field::risk_type},
    {TableKind::risks, "Category", Field::risk_type},
    {TableKind::risks, "リスク分類", Field::risk_category},
    {TableKind::risks, "カテゴリ", Field::risk_category},
    {TableKind::risks, "分類", Field::risk_category},
    {TableKind::risks, "Risk Category", Field::risk_category},
    {TableKind::risks, "状況", Field::status},
    {TableKind::risks, "Risk Status", Field::status},
    {TableKind::risks, "リスクオーナー", Field::owner},
    {TableKind::risks, "Owner", Field::owner},
    {TableKind::risks, "Actionee", Field::owner},
    {TableKind::risks, "対象タスク", Field::affected_task},
    {TableKind::risks, "Affected Task", Field::affected_task},
    {TableKind::risks, "Task ID", Field::affected_task},
    {TableKind::risks, "日程影響", Field::schedule_impact},
    {TableKind::risks, "Schedule Impact (days)", Field::schedule_impact},
    {TableKind::risks, "Delay Days", Field::schedule_impact},
    {TableKind::risks, "Project ID", Field::project_id},
    // Issues: raised, due and closed dates; priority against status.
    {TableKind::issues, "課題No", Field::issue_id},
    {TableKind::issues, "懸案No", Field::issue_id},
    {TableKind::issues, "Issue ID", Field::issue_id},
    {TableKind::issues, "Key", Field::issue_id},
    {TableKind::issues, "課題内容", Field::issue_title},
    {TableKind::issues, "懸案事項", Field::issue_title},
    {TableKind::issues, "懸案", Field::issue_title},
    {TableKind::issues, "問題点", Field::issue_title},
    {TableKind::issues, "Issue", Field::issue_title},
    {TableKind::issues, "Subject", Field::issue_title},
    {TableKind::issues, "Question", Field::issue_title},
    {TableKind::issues, "起票日", Field::raised},
    {TableKind::issues, "発生日", Field::raised},
    {TableKind::issues, "登録日", Field::raised},
    {TableKind::issues, "Date Raised", Field::raised},
    {TableKind::issues, "Opened", Field::raised},
    {TableKind::issues, "Created", Field::raised},
    {TableKind::issues, "Date Identified", Field::raised},
    {TableKind::issues, "期限", Field::due},
    {TableKind::issues, "回答期限", Field::due},
    {TableKind::issues, "完了予定日", Field::due},
    {TableKind::issues, "Due Date", Field::due},
    {TableKind::issues, "Target Resolution Date", Field::due},
    {TableKind::issues, "Needed By", Field::due},
    {TableKind::issues, "完了日", Field::closed},
    {TableKind::issues, "回答日", Field::closed},
    {TableKind::issues, "Closed", Field::closed},
    {TableKind::issues, "Resolved", Field::closed},
    {TableKind::issues, "Completed", Field::closed},
    {TableKind::issues, "対応状況", Field::status},
    {TableKind::issues, "Status", Field::status},
    {TableKind::issues, "優先度", Field::priority},
    {TableKind::issues, "重要度", Field::priority},
    {TableKind::issues, "Priority", Field::priority},
    {TableKind::issues, "Urgency", Field::priority},
    {TableKind::issues, "対応者", Field::owner},
    {TableKind::issues, "Assignee", Field::owner},
    // Change requests: the decision against the workflow status.
    {TableKind::changes, "変更要求ID", Field::change_id},
    {TableKind::changes, "CR No", Field::change_id},
    {TableKind::changes, "CR", Field::change_id},
    {TableKind::changes, "変更内容", Field::change_title},
    {TableKind::changes, "件名", Field::change_title},
    {TableKind::changes, "Change Request", Field::change_title},
    {TableKind::changes, "Description", Field::change_title},
    {TableKind::changes, "コスト影響", Field::cost_impact},
    {TableKind::changes, "Cost Impact", Field::cost_impact},
    {TableKind::changes, "Cost", Field::cost_impact},
    {TableKind::changes, "スケジュール影響", Field::schedule_impact},
    {TableKind::changes, "Schedule Impact", Field::schedule_impact},
    {TableKind::changes, "Days", Field::schedule_impact},
    {TableKind::changes, "承認結果", Field::status},
    {TableKind::changes, "判定", Field::status},
    {TableKind::changes, "Decision", Field::status},
    {TableKind::changes, "Status", Field::status},
    // Lessons, holidays, tests and defects.
    {TableKind::lessons, "カテゴリ", Field::lesson_category},
    {TableKind::lessons, "Category", Field::lesson_category},
    {TableKind::lessons, "発生工程", Field::phase},
    {TableKind::lessons, "教訓", Field::lesson_text},
    {TableKind::lessons, "Lessons Learned", Field::lesson_text},
    {TableKind::holidays, "日付", Field::holiday_date},
    {TableKind::holidays, "休日", Field::holiday_date},
    {TableKind::holidays, "Holidays", Field::holiday_date},
    {TableKind::holidays, "Date", Field::holiday_date},
    {TableKind::holidays, "祝日", Field::holiday_name},
    {TableKind::holidays, "祝日名", Field::holiday_name},
    {TableKind::holidays, "Holiday", Field::holiday_name},
    {TableKind::holidays, "Name", Field::holiday_name},
    {TableKind::tests, "日付", Field::test_date},
    {TableKind::tests, "Week Ending", Field::test_date},
    {TableKind::tests, "予定件数", Field::tests_planned},
    {TableKind::tests, "Planned", Field::tests_planned},
    {TableKind::tests, "実施件数", Field::tests_executed},
    {TableKind::tests, "消化件数", Field::tests_executed},
    {TableKind::tests, "Executed", Field::tests_executed},
    {TableKind::tests, "合格件数", Field::tests_passed},
    {TableKind::tests, "Passed", Field::tests_passed},
    {TableKind::tests, "テストケースID", Field::test_case_id},
    {TableKind::tests, "試験項目No", Field::test_case_id},
    {TableKind::tests, "実施予定日", Field::test_planned_date},
    {TableKind::tests, "Planned Date", Field::test_planned_date},
    {TableKind::tests, "実施日", Field::test_executed_date},
    {TableKind::tests, "Executed On", Field::test_executed_date},
    {TableKind::tests, "結果", Field::test_result},
    {TableKind::tests, "判定", Field::test_result},
    {TableKind::tests, "Result", Field::test_result},
    {TableKind::defects, "不具合ID", Field::defect_id},
    {TableKind::defects, "障害No", Field::defect_id},
    {TableKind::defects, "Bug ID", Field::defect_id},
    {TableKind::defects, "現象", Field::defect_title},
    {TableKind::defects, "Summary", Field::defect_title},
    {TableKind::defects, "発見日", Field::found_date},
    {TableKind::defects, "起票日", Field::found_date},
    {TableKind::defects, "Date Found", Field::found_date},
    {TableKind::defects, "Reported", Field::found_date},
    {TableKind::defects, "修正完了日", Field::closed},
    {TableKind::defects, "Fixed On", Field::closed},
    {TableKind::defects, "重要度", Field::severity},
    {TableKind::defects, "影響度", Field::severity},
    {TableKind::defects, "Severity Level", Field::severity},
    {TableKind::defects, "検出工程", Field::phase},
    {TableKind::defects, "Found in Phase", Field::phase},
    // Milestones of earning, assignments and people.
    {TableKind::milestones, "WBS", Field::task_id},
    {TableKind::milestones, "Task", Field::task_id},
    {TableKind::milestones, "マイルストーン", Field::milestone_name},
    {TableKind::milestones, "Step", Field::milestone_name},
    {TableKind::milestones, "重み", Field::milestone_weight},
    {TableKind::milestones, "Weight", Field::milestone_weight},
    {TableKind::milestones, "達成日", Field::milestone_done},
    {TableKind::milestones, "Achieved", Field::milestone_done},
    {TableKind::assignments, "要員", Field::resource},
    {TableKind::assignments, "担当者", Field::resource},
    {TableKind::assignments, "Assignee", Field::resource},
    {TableKind::assignments, "Name", Field::resource},
    {TableKind::assignments, "作業", Field::task_id},
    {TableKind::assignments, "Task", Field::task_id},
    {TableKind::assignments, "作業名", Field::task_name},
    {TableKind::assignments, "アサイン開始日", Field::planned_start},
    {TableKind::assignments, "Until", Field::planned_finish},
    {TableKind::assignments, "稼働率", Field::allocation},
    {TableKind::assignments, "FTE", Field::allocation},
    {TableKind::assignments, "Units", Field::allocation},
    {TableKind::assignments, "工数", Field::assigned_hours},
    {TableKind::assignments, "Hours", Field::assigned_hours},
    {TableKind::people, "氏名", Field::resource},
    {TableKind::people, "担当者", Field::resource},
    {TableKind::people, "Name", Field::resource},
    {TableKind::people, "稼働上限", Field::capacity},
    {TableKind::people, "Availability", Field::capacity},
    {TableKind::people, "FTE", Field::capacity},
    {TableKind::people, "所属", Field::department},
    {TableKind::people, "Team", Field::department},
    // Projects, choosing among them, and EVM per period.
    {TableKind::projects, "Project ID", Field::project_id},
    {TableKind::projects, "案件番号", Field::project_id},
    {TableKind::projects, "案件名", Field::project_name},
    {TableKind::projects, "Project", Field::project_name},
    {TableKind::projects, "Programme", Field::program},
    {TableKind::projects, "部署", Field::department},
    {TableKind::projects, "Business Unit", Field::department},
    {TableKind::projects, "PM", Field::manager},
    {TableKind::projects, "責任者", Field::manager},
    {TableKind::projects, "開発規模", Field::project_size},
    {TableKind::projects, "KLOC", Field::project_size},
    {TableKind::projects, "規模単位", Field::size_unit},
    {TableKind::projects, "Unit", Field::size_unit},
    {TableKind::projects, "投資額", Field::selection_cost},
    {TableKind::projects, "Estimated Cost", Field::selection_cost},
    {TableKind::projects, "必要人数", Field::people_needed},
    {TableKind::projects, "候補", Field::candidate},
    {TableKind::criteria, "評価基準", Field::criterion_name},
    {TableKind::criteria, "ウェイト", Field::criterion_weight},
    {TableKind::scores, "評価項目", Field::criterion_name},
    {TableKind::scores, "点数", Field::criterion_score},
    {TableKind::scores, "Points", Field::criterion_score},
    {TableKind::evm_series, "日付", Field::period},
    {TableKind::evm_series, "基準日", Field::period},
    {TableKind::evm_series, "Week Ending", Field::period},
    {TableKind::evm_series, "Period", Field::period},
    {TableKind::evm_series, "PV", Field::period_pv},
    {TableKind::evm_series, "累計PV", Field::period_pv},
    {TableKind::evm_series, "BCWS", Field::period_pv},
    {TableKind::evm_series, "Planned Value", Field::period_pv},
    {TableKind::evm_series, "EV", Field::period_ev},
    {TableKind::evm_series, "出来高", Field::period_ev},
    {TableKind::evm_series, "BCWP", Field::period_ev},
    {TableKind::evm_series, "Earned Value", Field::period_ev},
    {TableKind::evm_series, "AC", Field::period_ac},
    {TableKind::evm_series, "実コスト", Field::period_ac},
    {TableKind::evm_series, "ACWP", Field::period_ac},
    {TableKind::evm_series, "Actual Cost", Field::period_ac},
    {TableKind::evm_series, "BAC", Field::period_bac},
    {TableKind::evm_series, "Budget", Field::period_bac},
};

TEST(HeaderGlossary, NoHeaderWordNamesTwoFieldsOfOneKind) {
    // Spellings that key alike (Task Name, TASK_NAME, TaskName) are one word:
    // the list must not expect two fields of one kind from them either.
    std::map<std::pair<TableKind, std::string>, Field> expected;
    for (const Word& word : vocabulary) {
        const auto [it, inserted] = expected.emplace(std::pair{word.kind, header_key(word.header)}, word.field);
        EXPECT_TRUE(inserted || it->second == word.field)
            << word.header << " is expected as " << field_code(word.field) << " and as " << field_code(it->second)
            << " in a " << table_kind_code(word.kind) << " table";
        EXPECT_EQ(field_of(word.kind, word.header), word.field)
            << word.header << " in a " << table_kind_code(word.kind) << " table";
    }
}

// The ASCII of a header in upper case, or in full width (Ａ, ％, the ideographic space).
std::string shouted(std::string_view header) {
    std::string out;
    for (char c : header)
        out += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    return out;
}

std::string full_width(std::string_view header) {
    std::string out;
    for (char c : header) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == ' ') {
            out += "\u3000";
        } else if (byte > ' ' && byte < 0x7F) {
            const char32_t wide = byte + 0xFEE0;
            out += static_cast<char>(0xE0 | (wide >> 12));
            out += static_cast<char>(0x80 | ((wide >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (wide & 0x3F));
        } else {
            out += c;
        }
    }
    return out;
}

TEST(HeaderGlossary, EveryWordReadsTheSameInFullWidthAndUpperCase) {
    for (const Word& word : vocabulary) {
        EXPECT_EQ(field_of(word.kind, shouted(word.header)), word.field) << shouted(word.header);
        EXPECT_EQ(field_of(word.kind, full_width(word.header)), word.field) << full_width(word.header);
    }
}

TEST(HeaderGlossary, SheetNamesSuggestAKind) {
    EXPECT_GT(sheet_name_affinity(TableKind::tasks, "WBS (v2)"), 0);
    EXPECT_GT(sheet_name_affinity(TableKind::risks, "リスク管理表"), 0);
    EXPECT_GT(sheet_name_affinity(TableKind::issues, "懸案一覧"), 0);
    EXPECT_GT(sheet_name_affinity(TableKind::evm_series, "EVM週次"), 0);
    EXPECT_EQ(sheet_name_affinity(TableKind::risks, "Tasks"), 0);
    // A staffing plan is assignments, not the people list.
    EXPECT_EQ(sheet_name_affinity(TableKind::people, "要員計画"), 0);
    EXPECT_GT(sheet_name_affinity(TableKind::assignments, "要員計画"), 0);
}

TEST(HeaderGlossary, StatusDateLabels) {
    EXPECT_TRUE(is_status_date_label("基準日"));
    EXPECT_TRUE(is_status_date_label("基準日："));
    EXPECT_TRUE(is_status_date_label("Status Date:"));
    EXPECT_TRUE(is_status_date_label("As of"));
    EXPECT_FALSE(is_status_date_label("開始日"));
    EXPECT_EQ(after_status_date_label("基準日：2025/10/31"), "2025/10/31");
    EXPECT_EQ(after_status_date_label("As of 2025-10-31"), "2025-10-31");
    // A longer word that merely starts like a label is no label.
    EXPECT_EQ(after_status_date_label("As often as needed"), std::nullopt);
    EXPECT_TRUE(is_update_date_label("最終更新日"));
    EXPECT_TRUE(is_update_date_label("Last Updated:"));
    EXPECT_FALSE(is_update_date_label("基準日"));
}

TEST(HeaderGlossary, TitleLabelsAndGenericTitles) {
    EXPECT_EQ(title_label("PROJECT TITLE"), TitleLabel::project_name);
    EXPECT_EQ(title_label("Project Name:"), TitleLabel::project_name);
    EXPECT_EQ(title_label("プロジェクト名"), TitleLabel::project_name);
    EXPECT_EQ(title_label("Project Manager"), TitleLabel::manager);
    EXPECT_EQ(title_label("PM"), TitleLabel::manager);
    EXPECT_EQ(title_label("Community Garden"), std::nullopt);
    EXPECT_TRUE(is_generic_title("Gantt Chart"));
    EXPECT_TRUE(is_generic_title("課題管理表"));
    EXPECT_TRUE(is_generic_title("Risk Register"));
    EXPECT_FALSE(is_generic_title("Community Garden"));
}

TEST(HeaderGlossary, JapaneseIsToldByItsCharacters) {
    EXPECT_TRUE(has_japanese("タスク名"));
    EXPECT_TRUE(has_japanese("WBS番号"));
    EXPECT_FALSE(has_japanese("Task name"));
    EXPECT_FALSE(has_japanese("Café"));  // Latin-1 letters are not Japanese
}

}  // namespace
}  // namespace pmocalc
