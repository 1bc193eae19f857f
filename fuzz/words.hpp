// Words the reader, the glossary and the typed-text parsers know (from
// src/core/header_glossary.cpp, workbook_reader.cpp, risk.cpp and the tests):
// the fuzz targets pick cell texts from them so that a few bytes reach deep.
// Regenerate the glossary part with fuzz/make_seeds.py --words.
#pragma once

#include <string_view>

namespace pmocalc::fuzz {

inline constexpr std::string_view words[] = {
    " && qualifier != ", "#", "% complete", "%complete",
    ")\n            return exact_match(kind, bare);\n    }\n    return std::nullopt;\n}\n\nint sheet_name_affinity(SheetKind kind, std::string_view sheet_name) {\n    const std::string name = normalize_label(sheet_name);\n    auto contains = [&](std::initializer_list<std::string_view> words) {\n        for (std::string_view word : words)\n            if (name.find(word) != std::string::npos)\n                return true;\n        return false;\n    };\n    switch (kind) {\n    case SheetKind::projects: return contains({",
    ",\n    ", ", ", "0123456789",
    ";\n}\n\nstd::optional<HeaderMatch> match_header(SheetKind kind, std::string_view header) {\n    const std::string key = normalize_label(header);\n    if (key.empty())\n        return std::nullopt;\n    if (auto field = exact_match(kind, key))\n        return field;\n    if (kind == SheetKind::tasks && is_level_column(key))\n        return HeaderMatch{Field::level_name, 0};\n    // A unit or remark in brackets at the end: 予算(千円), impact (k¥).\n    const std::size_t open = key.find_last_of('(');\n    if (open != std::string::npos && open > 0 && key.back() == ')') {\n        std::string bare = key.substr(0, open);\n        while (!bare.empty() && bare.back() == ' ')\n            bare.pop_back();\n        const std::string qualifier = key.substr(open + 1, key.size() - open - 2);\n        // 予定/実績 decide between fields; those forms are listed in full above.\n        if (qualifier != ",
    "Changes", "Holidays", "Issues", "Lessons", "Projects", "Risks", "Tasks", "ac", "activity", "actual cost",
    "actual effort", "actual end", "actual finish", "actual start", "actual work", "acwp", "assignee", "bac",
    "baseline end", "baseline finish", "baseline start", "budget", "budget at completion", "business unit",
    "category", "change", "change request", "close date", "closed", "closed on", "complete", "completed",
    "consequence", "cost", "cost impact", "cr", "cr id", "cr no", "created", "date", "date closed",
    "date raised", "days", "department", "dept", "description", "done", "due", "due date", "end", "end date",
    "estimate", "estimated finish", "finish", "finish date", "finished", "forecast", "forecast end",
    "forecast finish", "holiday", "holiday date", "id", "impact", "impact cost", "issue", "issue id",
    "issue no", "kind", "lesson", "lesson learned", "lessons learned", "level", "level ", "level 1",
    "likelihood", "lv", "lv.", "lv1", "lv9", "manager", "milestone", "ms", "name", "no", "no.", "open date",
    "opened", "owner", "percent complete", "phase", "pj", "pj id", "pjid", "pj名", "pj番号", "planned cost",
    "planned effort", "planned finish", "planned start", "pm", "priority", "probability", "program",
    "programme", "progress", "project", "project code", "project id", "project manager", "project name",
    "project no", "raised", "raised on", "resolved", "resource", "risk", "risk description", "risk id",
    "risk no", "schedule impact", "schedule impact (days)", "schedule impact days", "severity", "stage",
    "start", "start date", "state", "status", "summary", "target date", "task", "task id", "task name",
    "title", "type", "wbs", "wbs no", "wbs番号", "work",
    "}) ? 2 : 0;\n    case SheetKind::changes: return contains({",
    "}) ? 2 : 0;\n    case SheetKind::holidays: return contains({",
    "}) ? 2 : 0;\n    case SheetKind::issues: return contains({",
    "}) ? 2 : 0;\n    case SheetKind::lessons: return contains({",
    "}) ? 2 : 0;\n    case SheetKind::risks: return contains({",
    "}) ? 2 : 0;\n    case SheetKind::tasks: return contains({",
    "}) ? 2 : 0;\n    }\n    return 0;\n}\n\nnamespace {\n\n// Labels of a status date cell, normalised; longer ones before their prefixes.\nconstexpr std::string_view status_date_labels[] = {\n    ",
    "カテゴリ", "カテゴリー", "クローズ日", "コスト実績値", "コスト影響", "コスト影響額", "スケジュール影響", "スケジュール影響(日)", "ステータス", "タイトル", "タスク",
    "タスクid", "タスクno", "タスク名", "タスク番号", "フェーズ", "プログラム", "プログラム名", "プロジェクト", "プロジェクトid", "プロジェクトno",
    "プロジェクトコード", "プロジェクトマネージャ", "プロジェクトマネージャー", "プロジェクト名", "プロジェクト番号", "ベースライン終了日", "マイルストーン", "リスク", "リスクid",
    "リスクno", "リスクオーナー", "リスク事象", "リスク内容", "リスク名", "リスク番号", "レベル", "レベル1", "予定コスト", "予定工数", "予定終了日", "予定開始日",
    "予算", "事業部", "件名", "休日", "休日名", "作業内容", "作業名", "作業工数(予定)", "作業工数(実績)", "作業項目", "優先度", "内容", "分類", "区分",
    "名称", "基準終了日", "変更内容", "変更番号", "変更要求", "変更要求id", "変更要求no", "変更要求番号", "学び", "完了予定日", "完了予測日", "完了日",
    "完了時総予算", "完了率", "完了確認日", "完了見込日", "完成時総予算", "実コスト", "実績コスト", "実績工数", "実績終了日", "実績開始日", "対応担当", "対応期限",
    "対応状況", "工期影響", "工程", "年月日", "当初終了予定日", "影響", "影響度", "影響額", "所有者", "投入実績値", "担当", "担当者", "振り返り", "教訓",
    "日付", "日程影響", "期日", "期限", "案件", "案件id", "案件no", "案件名", "案件番号", "状態", "状況", "番号", "発生可能性", "発生日", "発生確率",
    "登録日", "確率", "祝日", "祝日名", "種別", "種類", "終了予定日", "終了予測日", "終了日", "終了日(予定)", "終了日(実績)", "終了見込日", "総予算",
    "解決日", "計画コスト", "計画工数", "計画終了日", "計画開始日", "記帳日", "課題", "課題id", "課題no", "課題内容", "課題番号", "課題記入日", "責任者",
    "費用影響", "起票日", "起票日付", "進捗", "進捗率", "進捗率(%)", "部署", "部門", "重要度", "開始予定日", "開始日", "開始日(予定)", "開始日(実績)",
    "階層", "階層1", "accepted", "approved", "canceled", "cancelled", "close", "in review", "open", "pending",
    "rejected", "submitted", "under review", "withdrawn", "yes", "true", "false", "x", "◆", "○", "●",
    "(amounts in thousand yen)", "amounts in thousand yen", "(k¥)", "k¥", "man-days", "million yen",
    "person-days", "thousand yen", "yen", "いいえ", "はい", "なし", "クローズ", "中止", "保留", "単位", "却下", "取り下げ", "取下げ",
    "否認", "完了", "実施", "審査中", "対応済", "対応済み", "承認", "承認済", "承認済み", "未対応", "未承認", "検討中", "済", "済み", "申請中", "終了",
    "解決", "解消", "起票", "（金額単位：千円）", "人日", "千円", "threat", "opportunity", "好機", "機会", "脅威", "Threat",
    "Opportunity", "cpi", "atypical", "composite", "weeks", "working_days", "週", "稼働日", "Task", "Budget",
    "Start", "Finish", "Budget (k¥)", "予算（千円）", "予算(人日)", "開始日（実績）", "開始日（予定）", "Status date", "Status date:",
    "As of", "As of 2025-10-31", "基準日：2025/10/31", "基準日: 2025-06-30", "Data date = 2025/6/30",
    "報告日 2025年6月30日", "ＴＡＳＫ", "Ｂｕｄｇｅｔ", "　タスク名　", "LV1", "LV2", "LV9", "Level 3", "階層2", "WBS", "ガントチャート",
    "PMO Report", "PMOレポート", "PMO Report (2)", "1,500", "1.500", "1,5", "1.000,50", "1 234,5", "1'234.5",
    "¥1,000", "￥１，０００", "６０％", "50%", "0.5", "100", "1e308", "-1e308", "1.5e-300", "-0", "12,345,678",
    "1.2.3", "=1000*1000", "=SUM(A1:A3)", "+1", "−5", "€3,5", "$1,234.56", "1000円", "NaN", "inf", "-inf",
    "2025-01-06", "2025/1/6", "2025.01.06", "2025年1月6日", "6/13/2025", "13/6/2025", "2025-02-30", "2025-02-29",
    "2024-02-29", "1899-12-31", "1900-01-01", "2199-12-31", "2200-01-01", "2025-06-30T10:00",
    "2025-06-30 10:00:00", "２０２５／０６／３０", "P01", "P02", "P1", "T1", "1.1", "1.2", "R1", "I1", "CR1", "Ann",
    "Bob", "Design", "Build", "Go-live", "Web shop", "ERP", "", " ", "　", "\t", "a\nb",
};

}  // namespace pmocalc::fuzz
