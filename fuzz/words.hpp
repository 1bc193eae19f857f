// Words the reader, the glossary and the typed-text parsers know, for the
// fuzz targets to pick cell texts from (so a few bytes reach deep). Written
// by fuzz/make_seeds.py --words from src/core/header_glossary.cpp and a list
// of status words, units, numbers and dates as text; do not edit by hand.
#pragma once

#include <string_view>

namespace pmocalc::fuzz {

inline constexpr std::string_view words[] = {
    "プロジェクトid", "プロジェクトno", "プロジェクト番号", "プロジェクトコード", "案件id", "案件番号", "案件no", "pj id", "pjid", "pj番号",
    "project id", "project no", "project code", "id", "no", "プロジェクト名", "案件名", "pj名", "プロジェクト", "案件",
    "project name", "project", "name", "プログラム", "プログラム名", "program", "programme", "部門", "部署", "事業部",
    "department", "dept", "business unit", "pm", "プロジェクトマネージャー", "プロジェクトマネージャ", "責任者", "project manager",
    "manager", "pj", "wbs番号", "wbs no", "wbs", "タスクid", "タスクno", "タスク番号", "no.", "番号", "task id", "#", "タスク名",
    "作業名", "作業項目", "タスク", "名称", "作業内容", "task name", "task", "activity", "フェーズ", "工程", "phase", "stage",
    "担当者", "担当", "所有者", "対応担当", "owner", "assignee", "resource", "予算", "予定工数", "計画工数", "作業工数(予定)", "予定コスト",
    "計画コスト", "bac", "完了時総予算", "完成時総予算", "総予算", "budget", "budget at completion", "planned effort",
    "planned cost", "work", "estimate", "開始予定日", "予定開始日", "開始日(予定)", "計画開始日", "開始日", "planned start", "start",
    "start date", "baseline start", "終了予定日", "予定終了日", "終了日(予定)", "完了予定日", "計画終了日", "終了日", "planned finish",
    "finish", "finish date", "end", "end date", "基準終了日", "ベースライン終了日", "当初終了予定日", "baseline finish",
    "baseline end", "終了見込日", "完了予測日", "完了見込日", "終了予測日", "forecast finish", "estimated finish", "forecast end",
    "forecast", "実績開始日", "開始日(実績)", "actual start", "実績終了日", "終了日(実績)", "完了日", "actual finish", "actual end",
    "completed", "finished", "進捗率", "進捗", "完了率", "進捗率(%)", "% complete", "percent complete", "progress",
    "%complete", "complete", "done", "実コスト", "実績コスト", "コスト実績値", "投入実績値", "実績工数", "作業工数(実績)", "ac",
    "actual cost", "actual effort", "actual work", "acwp", "マイルストーン", "ms", "milestone", "リスクid", "リスクno",
    "リスク番号", "risk id", "risk no", "リスク事象", "リスク内容", "リスク名", "リスク", "件名", "タイトル", "内容", "risk", "title",
    "description", "risk description", "発生確率", "確率", "発生可能性", "probability", "likelihood", "影響額", "影響度", "影響",
    "impact", "consequence", "impact cost", "種別", "区分", "種類", "type", "category", "kind", "ステータス", "状況", "状態",
    "対応状況", "status", "state", "リスクオーナー", "課題no", "課題id", "課題番号", "issue id", "issue no", "課題内容", "課題",
    "issue", "summary", "起票日", "記帳日", "課題記入日", "発生日", "登録日", "起票日付", "raised", "opened", "date raised",
    "raised on", "created", "open date", "期限", "対応期限", "期日", "due", "due date", "target date", "完了確認日",
    "クローズ日", "解決日", "closed", "closed on", "date closed", "resolved", "close date", "優先度", "重要度", "priority",
    "severity", "変更要求id", "変更要求no", "変更要求番号", "変更番号", "cr id", "cr no", "cr", "変更内容", "変更要求", "change",
    "change request", "コスト影響", "コスト影響額", "費用影響", "cost impact", "cost", "スケジュール影響(日)", "スケジュール影響", "日程影響",
    "工期影響", "schedule impact (days)", "schedule impact", "schedule impact days", "days", "カテゴリ", "カテゴリー",
    "分類", "教訓", "学び", "振り返り", "lesson", "lesson learned", "lessons learned", "日付", "年月日", "休日", "date",
    "holiday date", "祝日", "祝日名", "休日名", "holiday", "lv", "lv.", "level ", "level", "レベル", "階層", "0123456789",
    "Projects", "Tasks", "Risks", "Issues", "Changes", "Lessons", "Holidays", "予定", "実績", "plan", "actual",
    "ガント", "gantt", "schedule", "スケジュール", "変更", "calendar", "カレンダー", "進捗基準日", "報告基準日", "状況基準日", "集計基準日",
    "評価基準日", "基準日", "進捗確認日", "報告日", "集計日", "評価日", "status date", "as-of date", "as of date", "as of",
    "data date", "reporting date", "report date", "accepted", "approved", "canceled", "cancelled", "close",
    "in review", "open", "pending", "rejected", "submitted", "under review", "withdrawn", "yes", "true",
    "false", "x", "◆", "○", "●", "いいえ", "はい", "なし", "クローズ", "中止", "保留", "却下", "取り下げ", "取下げ", "否認", "完了", "実施",
    "審査中", "対応済", "対応済み", "承認", "承認済", "承認済み", "未対応", "未承認", "検討中", "済", "済み", "申請中", "終了", "解決", "解消", "起票",
    "(amounts in thousand yen)", "amounts in thousand yen", "(k¥)", "k¥", "man-days", "million yen",
    "person-days", "thousand yen", "yen", "単位", "（金額単位：千円）", "人日", "千円", "threat", "opportunity", "Threat",
    "Opportunity", "好機", "機会", "脅威", "cpi", "atypical", "composite", "weeks", "working_days", "週", "稼働日",
    "Task", "Budget", "Start", "Finish", "Budget (k¥)", "予算（千円）", "予算(人日)", "開始日（実績）", "開始日（予定）", "ＴＡＳＫ",
    "Ｂｕｄｇｅｔ", "　タスク名　", "LV1", "LV2", "LV9", "Level 3", "レベル1", "階層2", "ガントチャート", "PMO Report", "PMOレポート",
    "PMO Report (2)", "Status date", "Status date:", "As of", "As of 2025-10-31", "基準日：2025/10/31",
    "基準日: 2025-06-30", "Data date = 2025/6/30", "報告日 2025年6月30日", "1,500", "1.500", "1,5", "1.000,50",
    "1 234,5", "1'234.5", "¥1,000", "￥１，０００", "６０％", "50%", "0.5", "100", "1e308", "-1e308", "1.5e-300", "-0",
    "12,345,678", "1.2.3", "=1000*1000", "=SUM(A1:A3)", "+1", "−5", "€3,5", "$1,234.56", "1000円", "NaN",
    "inf", "-inf", "2025-01-06", "2025/1/6", "2025.01.06", "2025年1月6日", "6/13/2025", "13/6/2025",
    "2025-02-30", "2025-02-29", "2024-02-29", "1899-12-31", "1900-01-01", "2199-12-31", "2200-01-01",
    "2025-06-30T10:00", "2025-06-30 10:00:00", "２０２５／０６／３０", "P01", "P02", "P1", "T1", "1.1", "1.2", "R1",
    "I1", "CR1", "Ann", "Bob", "Design", "Build", "Go-live", "", " ", "　", "\t", "a\nb", " ",
};

}  // namespace pmocalc::fuzz
