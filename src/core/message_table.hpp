// The one table of every text pmocalc shows a person: id, English, Japanese.
// {0}, {1} … are the message's arguments, in any order the language needs.
// Japanese is written as a Japanese PMO writes it, not word for word.
// Included by messages.hpp (the ids) and messages.cpp (the texts); no include guard.
// clang-format off

// ---- terms: arguments of other messages ---------------------------------------
PMOCALC_MESSAGE(term_budget, "budget", "予算")
PMOCALC_MESSAGE(term_percent_complete, "% complete", "進捗率")
PMOCALC_MESSAGE(term_actual_cost, "actual cost", "実コスト")
PMOCALC_MESSAGE(term_planned_start, "planned start", "開始予定日")
PMOCALC_MESSAGE(term_planned_finish, "planned finish", "終了予定日")
PMOCALC_MESSAGE(term_baseline_finish, "baseline finish", "基準終了日")
PMOCALC_MESSAGE(term_forecast_finish, "forecast finish", "終了見込日")
PMOCALC_MESSAGE(term_actual_finish, "actual finish", "実績終了日")
PMOCALC_MESSAGE(term_probability, "probability", "発生確率")
PMOCALC_MESSAGE(term_impact, "impact", "影響度")
PMOCALC_MESSAGE(term_raised, "raised date", "起票日")
PMOCALC_MESSAGE(term_due, "due date", "期限")
PMOCALC_MESSAGE(term_closed, "closed date", "完了日")
PMOCALC_MESSAGE(term_cost_impact, "cost impact", "コスト影響")
PMOCALC_MESSAGE(term_schedule_impact, "schedule impact", "スケジュール影響")
PMOCALC_MESSAGE(term_holiday_date, "holiday date", "祝日の日付")
PMOCALC_MESSAGE(term_the_task, "the task", "タスク")
PMOCALC_MESSAGE(term_the_risk, "the risk", "リスク")
PMOCALC_MESSAGE(term_the_issue, "the issue", "課題")
PMOCALC_MESSAGE(term_the_change, "the change request", "変更要求")
PMOCALC_MESSAGE(term_project, "Project", "プロジェクト")
PMOCALC_MESSAGE(term_effort, "planned effort", "予定工数")
PMOCALC_MESSAGE(term_duration, "duration", "期間")
PMOCALC_MESSAGE(term_actual_start, "actual start", "実績開始日")
PMOCALC_MESSAGE(term_period, "period date", "時点の日付")
PMOCALC_MESSAGE(term_pv, "PV", "PV")
PMOCALC_MESSAGE(term_ev, "EV", "EV")
PMOCALC_MESSAGE(term_ac, "AC", "AC")
PMOCALC_MESSAGE(term_the_period, "the period's earned value", "期間別の出来高")

// ---- what a cell holds, and where in an argument -------------------------------
PMOCALC_MESSAGE(found_text, "text \"{0}\"", "文字列「{0}」")
PMOCALC_MESSAGE(found_number, "the number {0}", "数値 {0}")
PMOCALC_MESSAGE(found_blank, "a blank cell", "空欄")
PMOCALC_MESSAGE(found_error, "the error {0}", "エラー値 {0}")
PMOCALC_MESSAGE(position_row, "row {0}", "{0}行目")
PMOCALC_MESSAGE(position_column, "column {0}", "{0}列目")
PMOCALC_MESSAGE(position_row_column, "row {0}, column {1}", "{0}行目・{1}列目")

// ---- the calculators' contracts (Err:502 / #DIV/0! reasons, and reader checks) --
PMOCALC_MESSAGE(argument_problem, "{0}: {1}", "{0}: {1}")
PMOCALC_MESSAGE(argument_cell_problem, "{0}, {1}: {2}", "{0}の{1}: {2}")
PMOCALC_MESSAGE(number_needed, "a number is needed, found {0}", "数値が必要ですが、{0}が入っています")
PMOCALC_MESSAGE(text_needed, "text is needed, found {0}", "文字列が必要ですが、{0}が入っています")
PMOCALC_MESSAGE(no_number_given, "no number given (all cells are blank)", "数値がありません（すべて空欄です）")
PMOCALC_MESSAGE(sum_too_large, "the sum is beyond the largest number a cell can hold",
                "合計がセルで扱える最大の数値を超えています")
PMOCALC_MESSAGE(result_too_large, "the result is beyond the largest number a cell can hold",
                "結果がセルで扱える最大の数値を超えています")
PMOCALC_MESSAGE(several_values, "one value is needed, the range holds several",
                "値は1つだけ指定してください（範囲に複数の値があります）")
PMOCALC_MESSAGE(value_blank, "a value is needed, the cell is blank", "値が必要ですが、セルが空欄です")
PMOCALC_MESSAGE(sizes_differ, "{0} has {1} cells but {2} has {3}: give one cell per row in each",
                "{0}は{1}セル、{2}は{3}セルです。どちらも1行に1セルずつ指定してください")
PMOCALC_MESSAGE(date_is_zero, "0 is not a date (Calc passes a blank cell as 0)",
                "0は日付ではありません（空欄のセルは0として渡されます）")
PMOCALC_MESSAGE(date_implausible, "the value {0} is not a plausible date (years 1900–2199)",
                "{0}は日付として扱えない値です（1900年〜2199年の日付を入力してください）")
PMOCALC_MESSAGE(must_not_be_negative, "must not be negative, found {0}", "負の値は使えません（{0}）")
PMOCALC_MESSAGE(budget_negative, "a budget must not be negative", "予算に負の値は使えません")
PMOCALC_MESSAGE(finish_before_start, "the finish lies before the start", "終了日が開始日より前になっています")
PMOCALC_MESSAGE(percent_outside, "percent complete must lie in 0..1 (0% … 100%), got {0}",
                "進捗率は0〜1（0%〜100%）の範囲で入力してください（{0}）")
PMOCALC_MESSAGE(blank_while_other_has_value, "is blank while {0} has a value", "空欄ですが、{0}には値があります")
PMOCALC_MESSAGE(no_task_given, "no task given (all rows are blank)", "タスクがありません（すべての行が空欄です）")
PMOCALC_MESSAGE(no_risk_given, "no risk given (all rows are blank)", "リスクがありません（すべての行が空欄です）")
PMOCALC_MESSAGE(risk_type_without_values, "a risk type is given but no probability or impact",
                "種別はありますが、発生確率と影響度がありません")
PMOCALC_MESSAGE(weekend_code_whole, "a weekend code is a whole number", "週末番号は整数で指定してください")
PMOCALC_MESSAGE(weekend_mask_length, "weekend mask must have 7 characters (Monday first, 1 = non-working), got \"{0}\"",
                "週末の指定は月曜始まりの7文字（1が非稼働日）です（「{0}」）")
PMOCALC_MESSAGE(weekend_mask_characters, "weekend mask may hold only 0 and 1, got \"{0}\"",
                "週末の指定に使えるのは0と1だけです（「{0}」）")
PMOCALC_MESSAGE(weekend_mask_no_working_day, "weekend mask \"1111111\" leaves no working day",
                "週末の指定「1111111」では稼働日が1日もありません")
PMOCALC_MESSAGE(weekend_code_unknown, "weekend code must be 1..7 or 11..17 (as in NETWORKDAYS.INTL), got {0}",
                "週末番号は1〜7または11〜17です（NETWORKDAYS.INTL と同じ）。指定値: {0}")
PMOCALC_MESSAGE(spi_undefined, "SPI is undefined while PV is 0 (nothing planned yet)",
                "PVが0のためSPIは算出できません（まだ計画値がありません）")
PMOCALC_MESSAGE(cpi_undefined, "CPI is undefined while AC is 0 (nothing spent yet)",
                "ACが0のためCPIは算出できません（まだ実コストがありません）")
PMOCALC_MESSAGE(eac_method_unknown, "EAC method must be cpi, atypical or composite, got \"{0}\"",
                "EACの方式は cpi・atypical・composite のいずれかです（「{0}」）")
PMOCALC_MESSAGE(eac_undefined_cpi_zero, "EAC = BAC/CPI is undefined while EV is 0 (CPI is 0)",
                "EVが0（CPIが0）のため、EAC = BAC/CPI は算出できません")
PMOCALC_MESSAGE(eac_needs_pv, "the composite EAC needs PV (for SPI)", "composite 方式のEACにはPV（SPI用）が必要です")
PMOCALC_MESSAGE(eac_undefined_composite, "composite EAC is undefined while CPI·SPI is 0 (EV is 0)",
                "EVが0（CPI×SPIが0）のため、composite 方式のEACは算出できません")
PMOCALC_MESSAGE(tcpi_undefined_bac, "TCPI is undefined when BAC equals AC", "BACとACが等しいためTCPIは算出できません")
PMOCALC_MESSAGE(tcpi_undefined_eac, "TCPI is undefined when EAC equals AC", "EACとACが等しいためTCPIは算出できません")
PMOCALC_MESSAGE(pv_curve_empty, "the PV curve is empty: give cumulative PV for periods 1..n",
                "PV累積曲線が空です。期間1..nの累積PVを指定してください")
PMOCALC_MESSAGE(pv_curve_negative, "the PV curve is negative at period {0}", "PV累積曲線が期間{0}で負の値です")
PMOCALC_MESSAGE(pv_curve_falls, "the PV curve must be cumulative (never decreasing) but falls at period {0}",
                "PV累積曲線は累積値（減らない値）でなければなりませんが、期間{0}で減少しています")
PMOCALC_MESSAGE(pv_curve_flat, "the PV curve never rises above 0", "PV累積曲線が一度も0を超えません")
PMOCALC_MESSAGE(pv_curve_period_missing, "cumulative PV is missing for this period", "この期間の累積PVがありません")
PMOCALC_MESSAGE(at_negative, "actual time AT must not be negative, got {0}", "実経過時間ATに負の値は使えません（{0}）")
PMOCALC_MESSAGE(spit_undefined, "SPI(t) is undefined at actual time 0", "実経過時間が0のためSPI(t)は算出できません")
PMOCALC_MESSAGE(ieact_undefined, "IEAC(t) is undefined while ES is 0 (SPI(t) is 0)",
                "ESが0（SPI(t)が0）のためIEAC(t)は算出できません")
PMOCALC_MESSAGE(risk_type_unknown, "risk type must be threat (脅威) or opportunity (好機/機会), got \"{0}\"",
                "種別は「脅威」または「好機」（機会）で入力してください（「{0}」）")
PMOCALC_MESSAGE(probability_outside, "probability must lie in 0..1 (0% … 100%), got {0}",
                "発生確率は0〜1（0%〜100%）の範囲で入力してください（{0}）")
PMOCALC_MESSAGE(impact_negative, "impact is a magnitude and must not be negative, got {0}",
                "影響度は大きさを表すため、負の値は使えません（{0}）")
PMOCALC_MESSAGE(rag_threshold_negative, "RAG thresholds must not be negative", "RAGの閾値に負の値は使えません")
PMOCALC_MESSAGE(rag_thresholds_order, "the RED threshold ({0}) must not exceed the AMBER threshold ({1})",
                "赤の閾値（{0}）は黄の閾値（{1}）以下にしてください")
PMOCALC_MESSAGE(spi_cpi_negative, "SPI and CPI must not be negative", "SPIとCPIに負の値は使えません")
PMOCALC_MESSAGE(min_age_negative, "minAgeDays must not be negative", "minAgeDays に負の値は使えません")
PMOCALC_MESSAGE(closed_before_raised, "the closed date lies before the raised date", "完了日が起票日より前になっています")
PMOCALC_MESSAGE(raised_blank_but_closed, "is blank but the issue has a closed date",
                "空欄ですが、この課題には完了日があります")

// ---- schedule networks and Monte Carlo -------------------------------------------
PMOCALC_MESSAGE(predecessor_unknown_id, "no task has the ID \"{0}\" (entry \"{1}\")",
                "ID「{0}」のタスクがありません（「{1}」）")
PMOCALC_MESSAGE(predecessor_malformed, "\"{0}\" is neither a task ID nor ID[FS|SS|FF|SF][+/-lag], e.g. 3FS+2",
                "「{0}」はタスクIDでも ID[FS|SS|FF|SF][±ラグ]（例: 3FS+2）の形でもありません")
PMOCALC_MESSAGE(predecessor_percent_lag, "\"{0}\": a lag in percent is not supported, give it in working days (e.g. 3FS+2)",
                "「{0}」: ％でのラグには対応していません。稼働日数で入力してください（例: 3FS+2）")
PMOCALC_MESSAGE(predecessor_number_fraction, "the number {0} is not a task ID: type several IDs as text, e.g. 3;5",
                "数値 {0} はタスクIDではありません。複数のIDは文字列で入力してください（例: 3;5）")
PMOCALC_MESSAGE(network_duplicate_id, "the ID \"{0}\" is used by more than one task",
                "ID「{0}」が複数のタスクで使われています")
PMOCALC_MESSAGE(network_cycle, "the predecessors form a cycle: {0}", "先行関係が循環しています: {0}")
PMOCALC_MESSAGE(task_id_missing, "a task needs an ID", "タスクIDが必要です")
PMOCALC_MESSAGE(duration_missing, "the task has no duration", "所要期間がありません")
PMOCALC_MESSAGE(three_point_order, "optimistic {0}, most likely {1} and pessimistic {2} must be in this order, none negative",
                "楽観値 {0}・最頻値 {1}・悲観値 {2} は小さい順で、負でない値にしてください")
PMOCALC_MESSAGE(percentile_outside, "the percentile must lie in 0..1 (0% … 100%), got {0}",
                "パーセンタイルは0〜1（0%〜100%）の範囲で指定してください（{0}）")
PMOCALC_MESSAGE(iterations_outside, "iterations must be a whole number from 100 to {1}, got {0}",
                "試行回数は100〜{1}の整数で指定してください（{0}）")
PMOCALC_MESSAGE(simulation_too_large, "{0} iterations over {1} tasks and links is more work than one cell may ask (at most {2} task-iterations)",
                "試行回数 {0} × タスクと依存関係 {1} は1セルの計算量の上限（{2}）を超えています")
PMOCALC_MESSAGE(seed_outside, "the seed must be a whole number from 0 to 2^53, got {0}",
                "乱数シードは0〜2^53の整数で指定してください（{0}）")
PMOCALC_MESSAGE(duration_too_long, "durations must not be negative nor longer than {1} working days, got {0}",
                "所要期間は0以上、{1}稼働日以下にしてください（{0}）")

PMOCALC_MESSAGE(earning_rule_unknown,
                "unknown EV method \"{0}\": use percent, 0/100, 50/50, 20/80, milestones, loe or apportioned",
                "出来高計上方法「{0}」は使えません（進捗率・0/100・50/50・20/80・加重マイルストーン・レベル・オブ・エフォート・配分）")
PMOCALC_MESSAGE(earning_rule_needs_more, "the EV method {0} needs more than budget and percent complete ({1}): the report applies it",
                "出来高計上方法 {0} は予算と進捗率だけでは計算できません（{1}）。レポートで計上されます")
PMOCALC_MESSAGE(term_needs_pv, "it earns its planned value", "計画価値で計上します")
PMOCALC_MESSAGE(term_needs_weights, "it needs the milestones' weights", "マイルストーンの重みが必要です")
PMOCALC_MESSAGE(term_needs_base_task, "it needs the task it supports", "配分元のタスクが必要です")
PMOCALC_MESSAGE(growth_too_few_points, "at least 4 observations on different dates are needed",
                "異なる日付の観測値が4つ以上必要です")
PMOCALC_MESSAGE(growth_not_increasing, "the cumulative count must not fall: {0} after {1}",
                "累積件数が減っています（{1} の後に {0}）")
PMOCALC_MESSAGE(growth_counts_fall, "the cumulative counts must not fall", "累積件数が減っています")
PMOCALC_MESSAGE(dates_not_ascending, "the dates must be in ascending order", "日付は昇順に並べてください")
PMOCALC_MESSAGE(term_gompertz, "Gompertz", "ゴンペルツ")
PMOCALC_MESSAGE(term_logistic, "logistic", "ロジスティック")
PMOCALC_MESSAGE(growth_no_defects, "no defect found yet", "不具合がまだ検出されていません")
PMOCALC_MESSAGE(growth_did_not_converge, "the {0} curve does not converge on these counts",
                "この件数では{0}曲線の当てはめが収束しません")
PMOCALC_MESSAGE(growth_not_bending, "the counts have not passed the {0} curve's inflection point yet: the total cannot be estimated",
                "累積件数が{0}曲線の変曲点をまだ越えていないため、総数は推定できません")
PMOCALC_MESSAGE(growth_model_unknown, "the model must be gompertz or logistic, got \"{0}\"",
                "モデルは gompertz（ゴンペルツ）または logistic（ロジスティック）で指定してください（「{0}」）")

// ---- reading a workbook: diagnostics with sheet and cell ------------------------
PMOCALC_MESSAGE(row_skipped, "{0}; row skipped", "{0}。この行は集計から除外しました")
PMOCALC_MESSAGE(not_a_number, "{0} must be a number, found text \"{1}\"", "{0}が数値ではありません（「{1}」）")
PMOCALC_MESSAGE(not_a_date, "{0} must be a date: {1}", "{0}が日付ではありません: {1}")
PMOCALC_MESSAGE(date_text_unreadable, "{0} must be a date, found text \"{1}\" that cannot be read as one (use YYYY-MM-DD)",
                "{0}に日付として読めない文字列「{1}」が入っています（YYYY-MM-DD の形式で入力してください）")
PMOCALC_MESSAGE(dates_typed_as_text, "{0} date(s) in this column are typed as text; read as dates",
                "この列の日付{0}件は文字列で入力されていたため、日付として読み取りました")
PMOCALC_MESSAGE(percent_typed_0_100, "{0} is typed as 0–100; read as percent",
                "{0}が0〜100で入力されているため、百分率として読み取りました")
PMOCALC_MESSAGE(blank_row_inside_table, "{0} blank row(s) inside the table; skipped", "表の途中に空行が{0}行あります（読み飛ばしました）")
PMOCALC_MESSAGE(cell_error, "\"{0}\" contains the error {1}", "「{0}」にエラー値 {1} が入っています")
PMOCALC_MESSAGE(cell_error_shown, "\"{0}\" contains the error {1}; shown as it is",
                "「{0}」にエラー値 {1} が入っています（そのまま表示します）")
PMOCALC_MESSAGE(number_text_ambiguous,
                "\"{0}\" can be read as {1} or as {2}; read as {1}. Type it as a number, or as 1500 or 1.5, to make it clear",
                "「{0}」は {1} とも {2} とも読めるため、{1} として読み取りました。数値として入力するか、1500 や 1.5 のように入力してください")
PMOCALC_MESSAGE(numbers_typed_as_text, "{0} number(s) in this column are typed as text; read as numbers",
                "この列の数値{0}件は文字列で入力されていたため、数値として読み取りました")
PMOCALC_MESSAGE(value_too_large, "{0} is too large to be an amount ({1}); the largest is 1e15",
                "{0}の値が大きすぎます（{1}）。金額・工数は 1e15 以下にしてください")
PMOCALC_MESSAGE(status_date_fallback_today,
                "no status date in the workbook (no cell labelled Status date / 基準日, no date above the task table, "
                "no _YYYYMMDD ending of the file name): today, {0}, is used",
                "ブックに基準日がありません（「基準日」などの見出しのセル、タスク表の上の日付、ファイル名末尾の _YYYYMMDD のいずれもありません）。本日 {0} を基準日としました")
PMOCALC_MESSAGE(status_date_from_file_name, "status date {0} taken from the file name", "基準日 {0} をファイル名から読み取りました")
PMOCALC_MESSAGE(status_date_from_gantt, "status date {0} taken from the date above the task table",
                "タスク表の上の日付 {0} を基準日としました")
PMOCALC_MESSAGE(no_holiday_sheet,
                "no holiday sheet: only weekends are non-working days (add a Holidays / 祝日 sheet with a Date column)",
                "祝日のシートがないため、土日のみを非稼働日としました（日付の列がある「祝日」シートを用意してください）")
PMOCALC_MESSAGE(holiday_sheet_empty, "the holiday sheet holds no date: only weekends are non-working days",
                "祝日のシートに日付がないため、土日のみを非稼働日としました")
PMOCALC_MESSAGE(duplicate_column, "\"{0}\" appears again in column {1}: column {2} is used, this one is ignored",
                "見出し「{0}」が{1}列にもあります。{2}列を使い、この列は無視しました")
PMOCALC_MESSAGE(report_sheet_not_read, "\"{0}\" looks like a pmocalc report (a copy, or one changed by hand): not read as data",
                "「{0}」は pmocalc のレポート（コピーか、手で変更されたもの）のため、データとして読み取りません")
PMOCALC_MESSAGE(report_kept,
                "the sheet \"{0}\" is not the report pmocalc wrote last (it was changed, or is not pmocalc's): it is kept, and this report is a new sheet",
                "シート「{0}」は pmocalc が前回作成したレポートと内容が異なる（変更されたか、pmocalc のものではない）ため残し、このレポートは新しいシートに作成しました")
PMOCALC_MESSAGE(column_not_read, "\"{0}\" is not read: \"{1}\" (column {2}) gives the same",
                "「{0}」の列は読み取りません（{2}列の「{1}」を使います）")
PMOCALC_MESSAGE(task_without_id, "{0} task(s) in this column have no ID; they are counted", "この列のタスク{0}件にIDがありません（集計には含めています）")
PMOCALC_MESSAGE(task_id_unusual, "task ID \"{0}\" does not look like the other IDs of this column; it is counted",
                "タスクID「{0}」がこの列の他のIDと違う形式です（集計には含めています）")
PMOCALC_MESSAGE(summary_rows_not_counted, "{0} summary row(s) without a budget of their own are not counted as tasks",
                "予算のない集計行{0}行はタスクとして数えていません")
PMOCALC_MESSAGE(no_risk_status_column, "no status column: every risk is counted as open",
                "ステータスの列がないため、すべてのリスクを未完了として扱いました")
PMOCALC_MESSAGE(no_issue_closed_column, "no closed date or status column: every issue is counted as open",
                "完了日・ステータスの列がないため、すべての課題を未完了として扱いました")
PMOCALC_MESSAGE(closed_without_date,
                "{0} issue(s) marked closed have no closed date; each is counted as closed from the day it was raised",
                "完了とされている課題{0}件に完了日がないため、起票日に完了したものとして扱いました")
PMOCALC_MESSAGE(impacts_as_ratings, "every impact is a whole number 1–5: read as ratings, not amounts",
                "影響度がすべて1〜5の整数のため、金額ではなく5段階の評価として扱いました")
PMOCALC_MESSAGE(no_task_sheet,
                "no task sheet found, nor a risk register, an issue log or earned value by period: expected headers such as "
                "Task name / タスク名 with Start / 開始予定日 or Finish / 終了予定日; Risk / Probability / Impact; "
                "Issue / Raised; Date / PV / EV",
                "タスクのシートも、リスク管理表・課題管理表・期間別の出来高の表も見つかりません。「タスク名」と「開始予定日」「終了予定日」、"
                "「リスク」「発生確率」「影響度」、「課題」「起票日」、「日付」「PV」「EV」などの見出し行がある表を用意してください")
PMOCALC_MESSAGE(no_task_read, "no task could be read from the workbook", "ブックからタスクを1件も読み取れませんでした")
// ---- reading workbooks as people lay them out (tables, columns, words) -----------
PMOCALC_MESSAGE(template_rows_not_read, "{0} row(s) hold nothing but an ID or a running number (empty template rows); not read",
                "ID・連番だけの行が{0}行あります（未記入のテンプレート行として読み飛ばしました）")
PMOCALC_MESSAGE(blank_marks_read_as_blank, "{0} cell(s) in this column hold \"{1}\" or a like mark; read as blank",
                "この列の{0}件のセルに「{1}」などの記号が入っていたため、空欄として扱いました")
PMOCALC_MESSAGE(durations_typed_as_text, "{0} duration(s) in this column are typed as text (\"{1}\"); read in working days, a range as its midpoint",
                "この列の期間{0}件は文字列（「{1}」など）のため、稼働日数として読み取りました（範囲は中央値）")
PMOCALC_MESSAGE(dates_read_month_first, "{0} date(s) in this column such as \"{1}\" could be month/day or day/month and nothing in the column tells: read month first (US style)",
                "この列の日付{0}件（「{1}」など）は月/日とも日/月とも読め、列内に判別できる日付がないため、月/日（米国式）として読み取りました")
PMOCALC_MESSAGE(dates_read_short_year_first, "{0} date(s) in this column such as \"{1}\" are read year/month/day (yy/mm/dd): their first part stays the same down the column while the last varies",
                "この列の日付{0}件（「{1}」など）は、先頭の数字が列を通して変わらず末尾が変わるため、年/月/日（yy/mm/dd）として読み取りました")
PMOCALC_MESSAGE(date_text_ambiguous, "{0} \"{1}\" could be month/day or day/month, and this column has dates of both kinds (use YYYY-MM-DD)",
                "{0}「{1}」は月/日とも日/月とも読め、この列には両方の書き方があります（YYYY-MM-DD の形式で入力してください）")
PMOCALC_MESSAGE(two_digit_years, "{0} date(s) in this column have a two-digit year (\"{1}\"); read as 2000–2029 for 00–29, else 1930–1999",
                "この列の日付{0}件は西暦が2桁（「{1}」など）のため、00〜29を2000年代、それ以外を1900年代として読み取りました")
PMOCALC_MESSAGE(effort_in_seconds, "\"{0}\" holds seconds (as Jira exports estimates): read in hours", "「{0}」は秒単位（Jiraの見積の書き出し）のため、時間に換算して読み取りました")
PMOCALC_MESSAGE(tasks_weighed_by_effort, "no budget: tasks are weighed by their planned effort (\"{0}\"); BAC, PV and EV are in its unit",
                "予算がないため、タスクを予定工数（「{0}」）で重み付けしました。BAC・PV・EVはその単位です")
PMOCALC_MESSAGE(tasks_weighed_by_duration, "no budget and no effort: tasks are weighed by their planned duration; BAC, PV and EV count working days",
                "予算も工数もないため、タスクを予定期間（稼働日数）で重み付けしました。BAC・PV・EVは稼働日数です")
PMOCALC_MESSAGE(actual_column_not_used, "\"{0}\" is not read as actual cost: it is not in the unit the tasks are weighed in, so CPI would mix units",
                "「{0}」は実コストとして読み取っていません（タスクの重み付けと単位が異なり、CPIが意味を持たないため）")
PMOCALC_MESSAGE(progress_from_status, "no % complete column: progress is read from \"{0}\" (done = 100 %, in progress = 50 %, not started = 0 %: the 50/50 rule)",
                "進捗率の列がないため、「{0}」から進捗を読み取りました（完了=100%、対応中=50%、未着手=0%：50/50ルール）")
PMOCALC_MESSAGE(progress_from_actual_dates, "no % complete column: progress is read from the actual dates (finished = 100 %, started = 50 %: the 50/50 rule)",
                "進捗率の列がないため、実績日から進捗を読み取りました（終了済=100%、着手済=50%：50/50ルール）")
PMOCALC_MESSAGE(no_progress_column, "no % complete, status or actual date column: every task counts as not started, so EV is 0",
                "進捗率・ステータス・実績日の列がないため、すべてのタスクを未着手として扱いました（EVは0です）")
PMOCALC_MESSAGE(task_status_unknown, "status \"{0}\" is not one pmocalc knows; the task counts by its actual dates",
                "ステータス「{0}」を判別できないため、実績日から進捗を判断しました")
PMOCALC_MESSAGE(summary_rows_by_outline, "{0} summary row(s) (parents of other rows, {1}) are not counted as tasks",
                "集計行{0}行（{1}で判断した親の行）はタスクとして数えていません")
PMOCALC_MESSAGE(outline_by_level_column, "by the outline level column", "階層レベルの列")
PMOCALC_MESSAGE(outline_by_wbs_numbers, "by the WBS numbers", "WBS番号")
PMOCALC_MESSAGE(outline_by_level_columns, "by the column each name is written in", "名称を書いた列の階層")
PMOCALC_MESSAGE(outline_by_indentation, "by the names' indentation", "名称の字下げ")
PMOCALC_MESSAGE(outline_by_parents, "by the rows that name them as parent", "親として指定している行")
PMOCALC_MESSAGE(undated_items_not_counted, "{0} item(s) with a status or an owner but no start or finish date are not scheduled: not counted as tasks",
                "ステータスや担当者はあるものの開始日・終了日のない項目{0}件は、計画に入っていないためタスクとして数えていません")
PMOCALC_MESSAGE(actual_rows_not_read, "{0} row(s) marked as the actual (実施 / 実績) row of the task above are not read as tasks of their own",
                "直前のタスクの実績行（実施・実績）{0}行は、別のタスクとしては読み取っていません")
PMOCALC_MESSAGE(tasks_without_weight, "{0} task(s) have no {1}: counted, weighing nothing", "{1}のないタスク{0}件は、重みなしで数えています")
PMOCALC_MESSAGE(heading_rows_not_counted, "{0} heading row(s) with a name but no dates, budget, effort or progress (phases) are not counted as tasks",
                "名称だけで日付・予算・工数・進捗のない見出し行（フェーズ）{0}行はタスクとして数えていません")
PMOCALC_MESSAGE(summary_rows_without_effort, "{0} summary row(s) without planned effort of their own are not counted as tasks",
                "予定工数のない集計行{0}行はタスクとして数えていません")
PMOCALC_MESSAGE(effort_blank_with_progress, "planned effort is blank for a task with progress or actual effort",
                "進捗または実績のあるタスクの予定工数が空欄です")
PMOCALC_MESSAGE(cancelled_tasks_not_counted, "{0} cancelled task(s) are not counted", "中止・取消のタスク{0}件は数えていません")
PMOCALC_MESSAGE(table_is_a_project, "this sheet's tasks have no project column: read as project \"{0}\"",
                "このシートのタスクにはプロジェクトの列がないため、プロジェクト「{0}」として読み取りました")
PMOCALC_MESSAGE(project_named_from_root, "the project is named \"{0}\" after the summary row over all its tasks",
                "プロジェクト名を、全タスクをまとめる集計行から「{0}」としました")
PMOCALC_MESSAGE(project_named_from_title, "the project is named \"{0}\" as this cell says", "プロジェクト名をこのセルから「{0}」としました")
PMOCALC_MESSAGE(probability_five_point_scale, "\"{0}\" holds whole numbers 1–5: read as a five-point scale (1 = 10 %, 2 = 30 %, 3 = 50 %, 4 = 70 %, 5 = 90 %)",
                "「{0}」は1〜5の整数のため、5段階評価として読み取りました（1=10%、2=30%、3=50%、4=70%、5=90%）")
PMOCALC_MESSAGE(probability_words_read, "\"{0}\" is typed in words; read as {1}", "「{0}」は言葉で入力されていたため、{1} として読み取りました")
PMOCALC_MESSAGE(impact_words_read, "\"{0}\" is typed in words; read as ratings {1} (1–5)", "「{0}」は言葉で入力されていたため、5段階の評価 {1} として読み取りました")
PMOCALC_MESSAGE(probability_bands_read, "\"{0}\" is typed as ranges; read as their midpoints: {1}", "「{0}」は範囲で入力されていたため、中央値 {1} として読み取りました")
PMOCALC_MESSAGE(raid_log_split, "\"{0}\" tells risks from issues (a RAID log): its risks are read as risks, its issues as issues (open until closed, not aged)",
                "「{0}」でリスクと課題を分けている（RAIDログ）ため、リスクはリスクとして、課題は課題として読み取りました（課題は完了まで未完了、経過日数は集計していません）")
PMOCALC_MESSAGE(raid_others_not_read, "{0} assumption(s), dependency(ies) or other item(s) of the log are not read", "ログの前提・依存関係などの{0}件は読み取っていません")
PMOCALC_MESSAGE(yes_no_not_days, "\"{0}\" holds yes or no, not days: not read as a schedule impact", "「{0}」は日数ではなく有無のため、スケジュール影響としては読み取っていません")
PMOCALC_MESSAGE(negative_impacts_are_opportunities, "{0} risk(s) have a negative impact and no type: read as opportunities (a saving)",
                "影響額が負で種別のないリスク{0}件は、好機（削減）として読み取りました")
PMOCALC_MESSAGE(risk_types_are_categories, "\"{0}\" holds categories, not threat or opportunity: read as the risk's category; every risk is a threat",
                "「{0}」は脅威・好機ではなく分類のため、リスク分類として読み取りました（すべて脅威として扱います）")
PMOCALC_MESSAGE(no_issue_raised_column, "no raised date column: issues are counted as open until closed, but not aged",
                "起票日の列がないため、課題は完了まで未完了として数えますが、経過日数は集計していません")
PMOCALC_MESSAGE(period_needs_date, "a period of earned value needs its date", "期間別の出来高には日付が必要です")
PMOCALC_MESSAGE(series_read_cumulative, "PV, EV and AC never fall from one period to the next: read as cumulative",
                "PV・EV・ACが期間ごとに減っていないため、累計値として読み取りました")
PMOCALC_MESSAGE(series_read_per_period, "PV, EV or AC falls from one period to the next: read as amounts per period and added up",
                "PV・EV・ACが期間ごとに増減しているため、期間ごとの値として累計しました")
PMOCALC_MESSAGE(status_date_from_update, "status date {0} taken from the date of the last update", "最終更新日 {0} を基準日としました")
PMOCALC_MESSAGE(status_date_from_periods, "status date {0} taken from the last period with earned value", "出来高のある最後の時点 {0} を基準日としました")
PMOCALC_MESSAGE(plan_ended_long_before_today, "the plan of {0} runs from {1} to {2} and is not finished, and the status date is today, {3}, for want of one in the workbook: slip and forecast are counted to today (give the date its progress was recorded on: a cell labelled Status date, the panel's Status date or --status-date)",
                "{0}の計画は{1}〜{2}で未完了ですが、ブックに基準日がないため本日 {3} を基準日としました。遅延と見通しは本日までで計算しています（進捗を記録した日を「基準日」のセル、パネルの基準日、または --status-date で指定してください）")
PMOCALC_MESSAGE(dates_implausible, "the plan of {0} runs from {1} to {2}, far from the status date {3}: example dates of a template? Slip and forecast are counted from them",
                "{0}の計画は{1}〜{2}で、基準日 {3} から大きく離れています（テンプレートの例の日付ではありませんか）。遅延と見込みはこの日付から計算しています")
PMOCALC_MESSAGE(tasks_without_dates, "sheet \"{0}\" lists tasks but has no start or finish date column: no task can be planned",
                "シート「{0}」にはタスクがありますが、開始日・終了日の列がないため、計画を読み取れません")
PMOCALC_MESSAGE(tasks_without_names, "sheet \"{0}\" has dates but no task name or ID column", "シート「{0}」には日付がありますが、タスク名・IDの列がありません")
PMOCALC_MESSAGE(column_map_unreadable, "column map, line {0}: \"{1}\" cannot be read (expected Sheet!C = field, Sheet = kind, Sheet!5 = header)",
                "列の対応表の{0}行目「{1}」を読み取れません（シート名!C = 項目、シート名 = 種類、シート名!5 = header の形式です）")
PMOCALC_MESSAGE(column_map_unknown_field, "column map, line {0}: \"{1}\" is no field of a {2} table", "列の対応表の{0}行目：「{1}」は {2} の表の項目ではありません")
PMOCALC_MESSAGE(column_map_no_column, "column map, line {0}: sheet \"{1}\" has nothing in column {2} (its last column is {3}): the line is left out",
                "列の対応表の{0}行目：シート「{1}」の{2}列には何もありません（最後の列は{3}列）。この行は使いません")
PMOCALC_MESSAGE(column_map_no_sheet, "column map: the workbook has no sheet \"{0}\"", "列の対応表：ブックにシート「{0}」がありません")
PMOCALC_MESSAGE(column_map_no_table, "column map: no table found on sheet \"{0}\"", "列の対応表：シート「{0}」に表が見つかりません")
PMOCALC_MESSAGE(column_map_table_unusable, "column map: the {1} table of sheet \"{0}\" still lacks a column it needs",
                "列の対応表：シート「{0}」の {1} の表には、まだ必要な列が足りません")
PMOCALC_MESSAGE(impacts_ranked_by_largest, "no budget to weigh risk impacts against: the heat map ranks each impact against the largest open impact of its project (fifths of it)",
                "影響額と比べる予算がないため、ヒートマップでは各影響額をそのプロジェクトで最大の影響額と比べて5段階に分けました")
PMOCALC_MESSAGE(report_without_tasks, "no task list: the report covers what the workbook keeps (risks, issues, change requests, earned value by period, tests and defects)",
                "タスク一覧がないため、ブックにあるもの（リスク・課題・変更要求・期間別の出来高・テスト・不具合）を報告します")
PMOCALC_MESSAGE(project_needs_id, "a project needs an ID", "プロジェクトIDがありません")
PMOCALC_MESSAGE(duplicate_project_id, "project ID \"{0}\" appears twice", "プロジェクトID「{0}」が重複しています")
PMOCALC_MESSAGE(budget_blank_with_progress, "budget is blank for a task with progress or actual cost",
                "進捗または実コストがあるのに予算が空欄です")
PMOCALC_MESSAGE(tasks_all_dateless, "no task of this table has a planned start or finish ({1}: empty): its {0} row(s) are not counted",
                "この表のタスクにはどれも開始予定日も終了予定日もありません（{1}：空欄）：{0}行は数えません")
PMOCALC_MESSAGE(task_needs_dates, "a task needs a planned start and finish", "開始予定日と終了予定日がありません")
PMOCALC_MESSAGE(actual_cost_negative, "actual cost must not be negative", "実コストに負の値は使えません")
PMOCALC_MESSAGE(duplicate_task_id, "task ID \"{0}\" appears twice in the same project",
                "同じプロジェクト内でタスクID「{0}」が重複しています")
PMOCALC_MESSAGE(risk_needs_probability_and_impact, "a risk needs both a probability and an impact",
                "発生確率と影響度の両方を入力してください")
PMOCALC_MESSAGE(duplicate_risk_id, "risk ID \"{0}\" appears twice", "リスクID「{0}」が重複しています")
PMOCALC_MESSAGE(issue_needs_raised_date, "an issue needs the date it was raised", "起票日がありません")
PMOCALC_MESSAGE(duplicate_issue_id, "issue ID \"{0}\" appears twice", "課題ID「{0}」が重複しています")
PMOCALC_MESSAGE(change_status_unknown,
                "change request status \"{0}\" is not one of Pending/審査中, Approved/承認, Rejected/却下",
                "変更要求のステータス「{0}」を判別できません（審査中・承認・却下のいずれかにしてください）")
PMOCALC_MESSAGE(no_project_id_several_projects, "{0} has no project ID, and the workbook has several projects",
                "{0}にプロジェクトIDがありません（このブックには複数のプロジェクトがあります）")
PMOCALC_MESSAGE(unknown_project, "{0} names project \"{1}\", which is not on the Projects sheet",
                "{0}のプロジェクト「{1}」がプロジェクトのシートにありません")
PMOCALC_MESSAGE(status_date_not_a_date, "the status date next to \"{0}\" is not a date; it is ignored",
                "「{0}」の隣の基準日が日付ではないため、無視しました")

// ---- the report sheet ---------------------------------------------------------
PMOCALC_MESSAGE(report_sheet_name, "PMO Report", "PMOレポート")
PMOCALC_MESSAGE(report_title, "PMO Status Report", "PMOステータスレポート")
PMOCALC_MESSAGE(report_status_date, "Status date", "基準日")
PMOCALC_MESSAGE(report_generated, "Generated", "作成日時")
PMOCALC_MESSAGE(report_problem_counts, "{0} error(s), {1} warning(s) and {2} note(s) about the workbook: see Diagnostics at the end",
                "ブックについてエラー{0}件・警告{1}件・注記{2}件があります（末尾の「診断」を参照）")
PMOCALC_MESSAGE(report_only_notes, "No errors or warnings in the workbook; {0} note(s) on how it was read (see Diagnostics)",
                "ブックにエラー・警告はありません（読み取り方の注記{0}件。末尾の「診断」を参照）")
PMOCALC_MESSAGE(report_warning_line, "Warning: {0}", "警告: {0}")
PMOCALC_MESSAGE(report_unit, "Unit", "単位")
PMOCALC_MESSAGE(report_no_problems, "No problems found in the workbook", "ブックに問題は見つかりませんでした")
PMOCALC_MESSAGE(report_portfolio, "Portfolio summary", "ポートフォリオ概要")
// "How to read this report": the last page, for the PMs the PMO coaches.
PMOCALC_MESSAGE(report_projects_cost, "Projects: budget and earned value", "プロジェクト別：予算と出来高")
PMOCALC_MESSAGE(report_projects_status, "Projects: schedule, issues and risks", "プロジェクト別：スケジュール・課題・リスク")
PMOCALC_MESSAGE(guide_heading, "How to read this report", "このレポートの読み方")
PMOCALC_MESSAGE(guide_intro, "What each figure means, and what to do about a bad value.", "各指標の意味と、悪い値のときに取るべき行動です。")
PMOCALC_MESSAGE(guide_action, "→ {0}", "→ {0}")
PMOCALC_MESSAGE(guide_rag_term, "RAG", "RAG")
PMOCALC_MESSAGE(guide_rag, "GREEN when the worse of SPI and CPI is {0} or more, AMBER from {1} up to {0}, RED below {1}. A project with neither index yet (not started, no cost) has no colour.",
                "SPIとCPIの悪いほうが{0}以上ならGREEN、{1}以上{0}未満ならAMBER、{1}未満ならRED。どちらの指標もまだないプロジェクト（未着手・コストなし）は色なしです。")
PMOCALC_MESSAGE(guide_rag_do, "RED needs a recovery plan with an owner and a date; AMBER, a closer look at the next status date.",
                "REDには担当者と期日のある回復計画を、AMBERには次の基準日での確認を。")
PMOCALC_MESSAGE(guide_spi, "Earned value ÷ planned value: how much of the work planned by the status date is done. 1.00 is on plan; 0.90 means a tenth of the planned work is not done.",
                "出来高÷計画値。基準日までに予定した作業のうち終わった割合です。1.00で計画どおり、0.90は予定の1割が未完了。")
PMOCALC_MESSAGE(guide_spi_do, "Below {0}: find the late tasks on the critical path and agree a recovery with the PM. SPI returns to 1.00 at the end of every project, so late in a project read SPI(t).",
                "{0}未満なら、クリティカルパス上の遅れている作業を特定し、PMと回復策を決めます。SPIはどのプロジェクトも終盤に1.00へ戻るため、終盤はSPI(t)を見ます。")
PMOCALC_MESSAGE(guide_cpi, "Earned value ÷ actual cost: the value earned for each unit spent. 0.80 means every 100 spent earned 80.",
                "出来高÷実コスト。使ったコストに対して得た価値の割合です。0.80は100使って80の価値。")
PMOCALC_MESSAGE(guide_cpi_do, "Below {0}: check that costs are booked to the right tasks, then re-estimate the remaining work; a CPI still low after a fifth of the work rarely recovers.",
                "{0}未満なら、コストが正しい作業に計上されているか確認し、残作業を見積り直します。作業の2割を過ぎて低いCPIはほとんど回復しません。")
PMOCALC_MESSAGE(guide_spit, "Earned schedule ÷ actual time (Lipke): the pace in time rather than money; it does not drift back to 1.00 at the end. IEAC(t) = planned duration ÷ SPI(t) is the finish at that pace.",
                "アーンドスケジュール÷実経過時間（Lipke）。金額でなく時間で見た進み具合で、終盤に1.00へ戻りません。IEAC(t)＝計画期間÷SPI(t)がそのペースでの完了です。")
PMOCALC_MESSAGE(guide_spit_do, "Below {0}: the project runs slower than planned; agree whether to recover the pace or move the date.",
                "{0}未満なら計画より遅いペースです。ペースを取り戻すか日付を動かすかを決めます。")
PMOCALC_MESSAGE(guide_eac, "Estimate at completion = BAC ÷ CPI: the cost at the end at today's efficiency. The forecast range table shows the other methods side by side; VAC = BAC − EAC.",
                "完了時総コスト見積＝BAC÷CPI。今の効率で終わったときのコストです。予測レンジの表に他の方式を並べています。VAC＝BAC−EAC。")
PMOCALC_MESSAGE(guide_eac_do, "Above the budget (VAC below 0): tell the sponsor now. A wide range between the methods means the forecast itself is uncertain.",
                "予算超過（VACが負）ならすぐにスポンサーへ。方式間の幅が大きいときは予測自体が不確かです。")
PMOCALC_MESSAGE(guide_finish, "Forecast finish: by earned schedule, or the PM's own forecast when later. Slip: working days past the baseline finish.",
                "完了見込日：アーンドスケジュールによる予測（PMの予測がより遅ければそちら）。遅延：ベースライン完了日を過ぎる稼働日数。")
PMOCALC_MESSAGE(guide_finish_do, "A slip that grows at every status date (a rising line in the milestone trend) calls for a new plan, not a push.",
                "基準日ごとに遅延が増える（マイルストーントレンドの線が上がる）なら、追い込みではなく計画の見直しを。")
PMOCALC_MESSAGE(guide_p80_term, "P50 / P80", "P50・P80")
PMOCALC_MESSAGE(guide_p80, "The finish that the Monte Carlo simulation of the tasks' duration ranges meets in 50 % and 80 % of its runs.",
                "作業期間の幅からのモンテカルロ・シミュレーションで、50％・80％の試行が間に合う完了日。")
PMOCALC_MESSAGE(guide_p80_do, "Commit to P80, not the single-point plan; when P80 is past the deadline, cut scope or add a buffer now.",
                "約束するのは一点見積ではなくP80の日付。P80が期限を超えるなら、今のうちに範囲を減らすかバッファを。")
PMOCALC_MESSAGE(guide_float_term, "Float", "フロート")
PMOCALC_MESSAGE(guide_float, "Total float: working days a task can slip before the project's finish moves; 0 is critical. Free float: before the next task moves.",
                "トータルフロート：プロジェクトの完了を動かさずに遅らせられる稼働日数。0がクリティカル。フリーフロート：次の作業を動かさない余裕。")
PMOCALC_MESSAGE(guide_float_do, "Watch the tasks with little float as closely as the critical ones: a small slip makes them critical.",
                "フロートの小さい作業もクリティカルと同様に注視します。少しの遅れでクリティカルになります。")
PMOCALC_MESSAGE(guide_dcma_term, "DCMA checks", "DCMAチェック")
PMOCALC_MESSAGE(guide_dcma, "The DCMA 14-point assessment of a plan's logic: missing links, leads, lags, links other than finish-to-start, hard constraints, high and negative float, long tasks, invalid dates, resources, missed tasks, the critical path test, CPLI and BEI.",
                "計画の論理に対するDCMA 14項目評価：先行・後続の欠落、リード、ラグ、終了-開始以外の依存、強い制約、大きい・負のフロート、長い作業、不正な日付、リソース、遅れた作業、クリティカルパス・テスト、CPLI、BEI。")
PMOCALC_MESSAGE(guide_dcma_do, "A failed check makes the network's dates less trustworthy: fix the links and dates in the plan before relying on its float and critical path.",
                "不合格の項目があるとネットワークの日付は信頼しにくくなります。フロートやクリティカルパスに頼る前に、計画の依存関係と日付を直します。")
PMOCALC_MESSAGE(guide_mta_term, "Milestone trend", "マイルストーントレンド")
PMOCALC_MESSAGE(guide_mta, "Each milestone's forecast at every status date: a flat line is stable, a rising line slips; the slip per week says how fast.",
                "各マイルストーンの予測日を基準日ごとに並べたもの。水平な線は安定、上がる線は遅延。週あたりの遅延が速さです。")
PMOCALC_MESSAGE(guide_mta_do, "A line rising faster in the last period is flagged: ask what changed.",
                "直近の期間で上がり方が速くなった線には印が付きます。何が変わったのかを確認します。")
PMOCALC_MESSAGE(guide_lines_term, "Progress lines", "イナズマ線")
PMOCALC_MESSAGE(guide_lines, "Each task's point sits left of the status date by the work it is behind and right by the work it is ahead; finished and unstarted tasks sit on the date. Grey lines are earlier status dates.",
                "各作業の点は、遅れている分だけ基準日より左に、進んでいる分だけ右に置かれます。完了・未着手の作業は基準日上です。灰色の線は以前の基準日です。")
PMOCALC_MESSAGE(guide_lines_do, "Chase the deepest dents to the left first; compare with the grey lines to see whether they recover.",
                "左への深いへこみから手を打ち、灰色の線と比べて回復しているかを確かめます。")
// The executive summary (the report's first page) and the panel's "At a glance".
PMOCALC_MESSAGE(summary_title_of, "PMO Status Report: {0}", "PMOステータスレポート：{0}")
PMOCALC_MESSAGE(summary_previous_date, "Previous status date", "前回基準日")
PMOCALC_MESSAGE(summary_generated, "Generated {0}", "作成 {0}")
PMOCALC_MESSAGE(summary_unit, "Amounts in {0}", "金額の単位 {0}")
PMOCALC_MESSAGE(summary_no_previous_date, "none recorded", "記録なし")
PMOCALC_MESSAGE(summary_overall_label, "Overall", "総合")
PMOCALC_MESSAGE(summary_no_rating, "Not rated: no project has planned value or an actual cost by the status date.",
                "評価できません（基準日までに計画値・実コストのあるプロジェクトがありません）。")
PMOCALC_MESSAGE(summary_overall, "{0} {1}", "{0}{1}")
PMOCALC_MESSAGE(summary_portfolio_rag, "Portfolio {0} (SPI {1}, CPI {2}).", "ポートフォリオは{0}（SPI {1}、CPI {2}）。")
PMOCALC_MESSAGE(summary_all_green, "All {0} rated project(s) green.", "評価対象の{0}件はすべてGREEN。")
PMOCALC_MESSAGE(summary_projects_red, "{0} of {1} rated projects red: {2}.", "評価対象{1}件中{0}件がRED：{2}。")
PMOCALC_MESSAGE(summary_projects_amber, "{0} of {1} rated projects amber: {2}.", "評価対象{1}件中{0}件がAMBER：{2}。")
PMOCALC_MESSAGE(summary_project_why, "{0} ({1})", "{0}（{1}）")
PMOCALC_MESSAGE(summary_and_more, "{0} more", "ほか{0}件")
PMOCALC_MESSAGE(summary_list_1, "{0}", "{0}")
PMOCALC_MESSAGE(summary_list_2, "{0}, {1}", "{0}、{1}")
PMOCALC_MESSAGE(summary_list_3, "{0}, {1}, {2}", "{0}、{1}、{2}")
PMOCALC_MESSAGE(summary_list_4, "{0}, {1}, {2}, {3}", "{0}、{1}、{2}、{3}")
PMOCALC_MESSAGE(summary_why_spi, "SPI {0}", "SPI {0}")
PMOCALC_MESSAGE(summary_why_cpi, "CPI {0}", "CPI {0}")
PMOCALC_MESSAGE(summary_why_late, "{0} working days late", "{0}営業日遅れ")
PMOCALC_MESSAGE(summary_why_overdue, "{0} overdue issue(s)", "期限超過の課題{0}件")
PMOCALC_MESSAGE(summary_on_track, "on track", "計画どおり")
PMOCALC_MESSAGE(summary_not_rated, "not rated yet", "未評価")
PMOCALC_MESSAGE(summary_indicators, "Headline indicators", "主要指標")
PMOCALC_MESSAGE(summary_indicators_since, "Headline indicators, and their change since {0}", "主要指標（{0}からの変化）")
PMOCALC_MESSAGE(header_indicator, "Indicator", "指標")
PMOCALC_MESSAGE(header_now, "Now", "今回")
PMOCALC_MESSAGE(header_change_first, "Change", "変化")
PMOCALC_MESSAGE(header_trend, "Trend", "推移")
PMOCALC_MESSAGE(kpi_spi, "SPI (schedule)", "SPI（進捗効率）")
PMOCALC_MESSAGE(kpi_cpi, "CPI (cost)", "CPI（コスト効率）")
PMOCALC_MESSAGE(kpi_spit, "SPI(t) (time)", "SPI(t)（時間効率）")
PMOCALC_MESSAGE(kpi_forecast_finish, "Forecast finish", "完了見込日")
PMOCALC_MESSAGE(kpi_eac, "EAC (cost at completion)", "EAC（完了時総コスト）")
PMOCALC_MESSAGE(kpi_high_risks, "Open high risks", "未完了の高リスク")
PMOCALC_MESSAGE(kpi_overdue_issues, "Overdue issues", "期限超過の課題")
PMOCALC_MESSAGE(kpi_pending_changes, "Changes to decide", "決定待ちの変更")
PMOCALC_MESSAGE(kpi_detail_spi, "earned value {0} against planned {1}", "出来高 {0}／計画 {1}")
PMOCALC_MESSAGE(kpi_detail_cpi, "earned value {0} against actual cost {1}", "出来高 {0}／実コスト {1}")
PMOCALC_MESSAGE(kpi_detail_no_cost, "no actual cost recorded", "実コストの記録なし")
PMOCALC_MESSAGE(kpi_detail_svt_weeks, "schedule variance {0} week(s)", "スケジュール差異 {0}週")
PMOCALC_MESSAGE(kpi_detail_svt_days, "schedule variance {0} working day(s)", "スケジュール差異 {0}営業日")
PMOCALC_MESSAGE(kpi_detail_finish_late, "{0} day(s) after the baseline {1}", "ベースライン{1}より{0}日遅い")
PMOCALC_MESSAGE(kpi_detail_finish_on_time, "on or before the baseline {0}", "ベースライン{0}以内")
PMOCALC_MESSAGE(kpi_detail_eac_over, "{0} over the budget {1}", "予算{1}を{0}超過")
PMOCALC_MESSAGE(kpi_detail_eac_within, "within the budget {0}", "予算{0}以内")
PMOCALC_MESSAGE(kpi_detail_risks, "in the heat map's red zone; open risks' exposure {0}",
                "ヒートマップの赤の領域。未完了リスクのエクスポージャー {0}")
PMOCALC_MESSAGE(kpi_detail_issues, "of {0} open issue(s)", "未完了の課題{0}件のうち")
PMOCALC_MESSAGE(kpi_detail_changes, "change requests awaiting a decision", "決定を待つ変更要求")
PMOCALC_MESSAGE(kpi_days, "{0} d", "{0}日")
PMOCALC_MESSAGE(kpi_not_recorded, "not in the history", "履歴になし")
PMOCALC_MESSAGE(kpi_no_change, "±0", "±0")
PMOCALC_MESSAGE(summary_glance, "Projects at a glance, the worst first", "プロジェクト概況（悪い順）")
PMOCALC_MESSAGE(header_spi_change, "SPI\nchange", "SPI\nの変化")
PMOCALC_MESSAGE(header_reason, "Why", "理由")
PMOCALC_MESSAGE(header_id, "ID", "ID")
PMOCALC_MESSAGE(header_glance_slip, "Working\ndays late", "遅延\n稼働日")
PMOCALC_MESSAGE(summary_more_projects, "{0} more project(s), all {1} or better, in the Projects tables.",
                "ほか{0}件（すべて{1}以上）は「プロジェクト別」の表にあります。")
PMOCALC_MESSAGE(summary_top_risks, "Top risks", "主要リスク")
PMOCALC_MESSAGE(summary_risk_line, "{0} · {1}: {2} (exposure {3})", "{0}・{1}：{2}（エクスポージャー {3}）")
PMOCALC_MESSAGE(summary_no_open_risks, "No open risks.", "未完了のリスクはありません。")
PMOCALC_MESSAGE(summary_overdue_issues, "Overdue issues", "期限超過の課題")
PMOCALC_MESSAGE(summary_issue_line, "{0} · {1}: {2} ({3} days overdue)", "{0}・{1}：{2}（{3}日超過）")
PMOCALC_MESSAGE(summary_no_overdue, "No issue is overdue.", "期限を過ぎた課題はありません。")
PMOCALC_MESSAGE(summary_decisions, "Awaiting a decision", "決定待ち")
PMOCALC_MESSAGE(summary_change_line, "{0} · {1}: {2}", "{0}・{1}：{2}")
PMOCALC_MESSAGE(summary_no_decisions, "No change request awaits a decision.", "決定を待つ変更要求はありません。")
PMOCALC_MESSAGE(summary_changes_first, "What changed: no earlier status date is recorded in the history yet.",
                "変化：履歴にまだ前回の基準日がありません。")
PMOCALC_MESSAGE(summary_no_changes, "No project changed colour or became late; no task stalled.",
                "色が変わったプロジェクト・新たに遅れたプロジェクト・停滞した作業はありません。")
PMOCALC_MESSAGE(summary_no_changes_roll_up, "No project changed colour or became late; no milestone slipped (each task's changes are in its PM's workbook).",
                "色が変わったプロジェクト・新たに遅れたプロジェクト・遅れたマイルストーンはありません（タスクごとの変化は各PMのブックにあります）。")
PMOCALC_MESSAGE(summary_rag_changed, "{0}: {1} → {2}", "{0}：{1} → {2}")
PMOCALC_MESSAGE(summary_newly_late, "{0}: now forecast to finish {1}, after its baseline {2}",
                "{0}：完了見込{1}がベースライン{2}を超過（前回は以内）")
PMOCALC_MESSAGE(summary_more_changes, "{0} more project change(s) in What changed", "ほか{0}件は「変化」の表")
PMOCALC_MESSAGE(summary_task_changes, "Tasks: {0} newly late, {1} stalled (listed in What changed)",
                "作業：新たな遅れ{0}件・停滞{1}件（「変化」の表を参照）")
PMOCALC_MESSAGE(summary_scale_note, "The figures of every project follow on the next pages; How to read this report is on the last page.",
                "各プロジェクトの数値は次ページ以降に、「このレポートの読み方」は最終ページにあります。")
PMOCALC_MESSAGE(report_projects, "Projects", "プロジェクト別")
PMOCALC_MESSAGE(report_no_risks, "No risks recorded: no top risks or heat map.", "リスクの記録はありません（リスク上位・ヒートマップなし）。")
PMOCALC_MESSAGE(report_no_open_risks, "No open risks ({0} recorded, all closed): no top risks or heat map.",
                "未完了のリスクはありません（記録{0}件はすべて完了）。リスク上位・ヒートマップはありません。")
PMOCALC_MESSAGE(report_no_issues, "No issues recorded: no issue aging.", "課題の記録はありません（課題の経過日数なし）。")
PMOCALC_MESSAGE(report_no_open_issues, "No open issues ({0} recorded, all closed): no issue aging.",
                "未完了の課題はありません（記録{0}件はすべて完了）。課題の経過日数はありません。")
PMOCALC_MESSAGE(report_top_risks, "Top 10 risks by exposure", "リスク上位10件（エクスポージャー順）")
PMOCALC_MESSAGE(report_heat_map, "Risk heat map (open risks)", "リスクヒートマップ（未完了リスク）")
PMOCALC_MESSAGE(report_heat_corner, "Probability \\ Impact", "発生確率\n＼影響度")
PMOCALC_MESSAGE(report_heat_note,
                "Impact rank: share of the project budget (<1%, <5%, <10%, <20%, ≥20%), or the 1–5 rating as typed",
                "影響度ランク：プロジェクト予算に対する割合（1%未満・5%未満・10%未満・20%未満・20%以上）、または入力された1〜5の評価")
PMOCALC_MESSAGE(report_issue_aging, "Issue aging (open issues, days since raised)", "課題の経過日数（未完了課題、起票からの日数）")
PMOCALC_MESSAGE(report_aging_0_7, "0–7 days", "0〜7日")
PMOCALC_MESSAGE(report_aging_8_30, "8–30 days", "8〜30日")
PMOCALC_MESSAGE(report_aging_31_90, "31–90 days", "31〜90日")
PMOCALC_MESSAGE(report_aging_over_90, "> 90 days", "90日超")
PMOCALC_MESSAGE(report_open, "Open", "未完了")
PMOCALC_MESSAGE(report_overdue, "Overdue", "期限超過")
PMOCALC_MESSAGE(report_milestones, "Slipped milestones", "遅延したマイルストーン")
PMOCALC_MESSAGE(report_no_slipped_milestones, "No milestone has slipped", "遅延したマイルストーンはありません")
PMOCALC_MESSAGE(report_charts, "Charts", "グラフ")
PMOCALC_MESSAGE(report_chart_indices, "SPI and CPI by project", "プロジェクト別 SPI・CPI")
PMOCALC_MESSAGE(report_chart_s_curve, "Portfolio S-curve", "ポートフォリオ Sカーブ")
PMOCALC_MESSAGE(report_chart_data, "Chart data", "グラフ用データ")
PMOCALC_MESSAGE(report_s_curve_note, "EV and AC are known at the status date only (the workbook keeps no history)",
                "EV・AC は基準日時点のみ（ブックに履歴がないため）")
PMOCALC_MESSAGE(report_s_curve_history_note, "EV and AC at each recorded status date ({0} in the history)",
                "EV・AC は記録された各基準日の値（履歴の{0}回分）")
PMOCALC_MESSAGE(report_diagnostics, "Diagnostics", "診断")
PMOCALC_MESSAGE(report_read_heading, "What pmocalc read", "pmocalcが読み取った内容")
PMOCALC_MESSAGE(panel_read_heading, "What pmocalc read:", "pmocalcが読み取った内容：")
PMOCALC_MESSAGE(report_weighting, "How tasks are weighed: {0}", "タスクの重み付け：{0}")
PMOCALC_MESSAGE(read_no_table, "not read: no table pmocalc knows", "読み取っていません（pmocalcが知っている表がありません）")
PMOCALC_MESSAGE(read_report_sheet, "pmocalc's report: not read", "pmocalcのレポート（読み取りません）")
PMOCALC_MESSAGE(read_history_sheet, "pmocalc's status history", "pmocalcの状況履歴")
PMOCALC_MESSAGE(read_map_skipped, "not read: left out by the column map", "読み取っていません（列の対応表で除外）")
PMOCALC_MESSAGE(read_empty, "empty", "空")
PMOCALC_MESSAGE(read_earlier_copy, "not read: an earlier copy of a later table", "読み取っていません（後ろの表の以前の写し）")
PMOCALC_MESSAGE(earlier_copies_not_read, "sheet \"{0}\" holds the same tasks as sheet \"{1}\" after it: read as an earlier copy of that plan, not counted",
                "シート「{0}」は後ろのシート「{1}」と同じタスクのため、以前の写しとして扱い、集計していません")
PMOCALC_MESSAGE(earlier_table_not_read, "the {2} table at {0} holds the same rows as the one at {1} after it: read as an earlier copy, not counted",
                "{0} の「{2}」の表は後ろの {1} の表と同じ行のため、以前の写しとして扱い、集計していません")
PMOCALC_MESSAGE(read_weighed_by_budget, "weighed by budget", "予算で重み付け")
PMOCALC_MESSAGE(read_weighed_by_effort, "weighed by planned effort", "予定工数で重み付け")
PMOCALC_MESSAGE(read_weighed_by_duration, "weighed by planned duration (working days)", "予定期間（稼働日数）で重み付け")
PMOCALC_MESSAGE(read_by_map, "{0} (column map)", "{0}（対応表）")
PMOCALC_MESSAGE(read_summaries_told, "summaries told {0}", "集計行は{0}で判断")
PMOCALC_MESSAGE(read_project, "read as project \"{0}\"", "プロジェクト「{0}」として読み取り")
PMOCALC_MESSAGE(read_line, "{0}!{1}: {2}, {3} read, {4} left out", "{0}!{1}：{2}、{3}件読み取り、{4}件除外")
PMOCALC_MESSAGE(read_line_summaries, ", {0} summaries", "、集計行{0}行")
PMOCALC_MESSAGE(read_line_ignored, "{0}: {1}", "{0}：{1}")
PMOCALC_MESSAGE(severity_error, "error", "エラー")
PMOCALC_MESSAGE(severity_warning, "warning", "警告")
PMOCALC_MESSAGE(severity_note, "note", "注記")
PMOCALC_MESSAGE(not_defined, "–", "–")
PMOCALC_MESSAGE(header_bac, "BAC", "BAC")
PMOCALC_MESSAGE(header_pv, "PV", "PV")
PMOCALC_MESSAGE(header_ev, "EV", "EV")
PMOCALC_MESSAGE(header_ac, "AC", "AC")
PMOCALC_MESSAGE(header_sv, "SV", "SV")
PMOCALC_MESSAGE(header_cv, "CV", "CV")
PMOCALC_MESSAGE(header_spi, "SPI", "SPI")
PMOCALC_MESSAGE(header_cpi, "CPI", "CPI")
PMOCALC_MESSAGE(header_eac, "EAC", "EAC")
PMOCALC_MESSAGE(header_vac, "VAC", "VAC")
PMOCALC_MESSAGE(header_svt_weeks, "SV(t) (weeks)", "SV(t)\n（週）")
PMOCALC_MESSAGE(header_svt_working_days, "SV(t) (working days)", "SV(t)\n（稼働日）")
PMOCALC_MESSAGE(header_forecast_method, "Forecast by", "完了見込の\n根拠")
PMOCALC_MESSAGE(forecast_finished, "finished", "完了済み")
PMOCALC_MESSAGE(forecast_not_started, "plan (not started)", "計画どおり（未着手）")
PMOCALC_MESSAGE(forecast_earned_schedule, "earned schedule", "アーンドスケジュール")
PMOCALC_MESSAGE(forecast_pm, "PM's forecast", "PM見込み")
PMOCALC_MESSAGE(forecast_no_progress, "no progress yet", "進捗なし")
PMOCALC_MESSAGE(header_spit, "SPI(t)", "SPI(t)")
PMOCALC_MESSAGE(header_forecast_finish, "Forecast finish", "完了見込日")
PMOCALC_MESSAGE(header_rag, "RAG", "RAG")
PMOCALC_MESSAGE(header_project_id, "Project ID", "プロジェクトID")
PMOCALC_MESSAGE(header_project_name, "Project", "プロジェクト名")
PMOCALC_MESSAGE(header_program, "Program", "プログラム")
PMOCALC_MESSAGE(header_pm, "PM", "PM")
PMOCALC_MESSAGE(header_slip_days, "Slip (working days)", "遅延\n（稼働日）")
PMOCALC_MESSAGE(header_open_issues, "Open issues", "未完了\n課題")
PMOCALC_MESSAGE(header_overdue_issues, "Overdue issues", "期限超過\n課題")
PMOCALC_MESSAGE(header_open_risks, "Open risks", "未完了\nリスク")
PMOCALC_MESSAGE(header_risk_exposure, "Risk exposure", "リスク\nエクスポージャー")
PMOCALC_MESSAGE(header_pending_changes, "Pending CRs", "審査中の\n変更要求")
PMOCALC_MESSAGE(header_rank, "Rank", "順位")
PMOCALC_MESSAGE(header_risk_id, "Risk ID", "リスクID")
PMOCALC_MESSAGE(header_project, "Project", "プロジェクト")
PMOCALC_MESSAGE(header_risk, "Risk", "リスク事象")
PMOCALC_MESSAGE(header_type, "Type", "種別")
PMOCALC_MESSAGE(header_probability, "Probability", "発生確率")
PMOCALC_MESSAGE(header_impact, "Impact", "影響額")
PMOCALC_MESSAGE(header_exposure, "Exposure", "エクスポージャー")
PMOCALC_MESSAGE(header_owner, "Owner", "担当者")
PMOCALC_MESSAGE(header_milestone, "Milestone", "マイルストーン")
PMOCALC_MESSAGE(header_baseline_finish, "Baseline finish", "基準終了日")
PMOCALC_MESSAGE(header_forecast_finish_milestone, "Forecast finish", "終了見込日")
PMOCALC_MESSAGE(header_sheet, "Sheet", "シート")
PMOCALC_MESSAGE(header_cell, "Cell", "セル")
PMOCALC_MESSAGE(header_range, "Range", "範囲")
PMOCALC_MESSAGE(header_read_as, "Read as", "読み取った種類")
PMOCALC_MESSAGE(header_rows_read, "Rows read", "読み取り件数")
PMOCALC_MESSAGE(header_rows_skipped, "Left out", "除外件数")
PMOCALC_MESSAGE(header_summary_rows, "Summary rows", "集計行")
PMOCALC_MESSAGE(header_columns_read, "Columns read", "読み取った列")
PMOCALC_MESSAGE(header_read_notes, "How", "読み方")
PMOCALC_MESSAGE(header_severity, "Severity", "重要度")
PMOCALC_MESSAGE(header_message, "Message", "内容")
PMOCALC_MESSAGE(header_week_ending, "Week ending", "週の最終日")
PMOCALC_MESSAGE(risk_kind_threat, "Threat", "脅威")
PMOCALC_MESSAGE(risk_kind_opportunity, "Opportunity", "好機")

// ---- schedule networks, risk and health in the report ---------------------------
PMOCALC_MESSAGE(term_optimistic, "optimistic duration", "楽観値")
PMOCALC_MESSAGE(term_likely, "most likely duration", "最頻値")
PMOCALC_MESSAGE(term_pessimistic, "pessimistic duration", "悲観値")
PMOCALC_MESSAGE(three_point_incomplete,
                "the three-point estimate needs optimistic, most likely and pessimistic durations; this task's duration varies by the duration uncertainty setting instead",
                "3点見積には楽観値・最頻値・悲観値のすべてが必要です。このタスクの所要期間は「所要期間の不確かさ」の設定でばらつかせます")
PMOCALC_MESSAGE(three_point_invalid,
                "optimistic {0}, most likely {1} and pessimistic {2} must be in this order, none negative; this task's duration varies by the duration uncertainty setting instead",
                "楽観値 {0}・最頻値 {1}・悲観値 {2} は小さい順で、負でない値にしてください。このタスクの所要期間は「所要期間の不確かさ」の設定でばらつかせます")
PMOCALC_MESSAGE(constraint_unknown,
                "constraint \"{0}\" is none of MSO, MFO, SNLT, FNLT, SNET, FNET, ASAP, ALAP (or their names): not counted as a hard constraint",
                "制約「{0}」を判別できません（MSO・MFO・SNLT・FNLT・SNET・FNET・ASAP・ALAP またはその名称）。固定の制約としては数えません")
PMOCALC_MESSAGE(schedule_task_without_id, "a task without an ID cannot be linked: it is left out of the schedule network",
                "IDのないタスクは先行関係を結べないため、スケジュールネットワークから除外しました")
PMOCALC_MESSAGE(schedule_network_skipped,
                "project \"{0}\" gets no critical path, schedule risk or schedule health: its predecessors have problems (listed here)",
                "プロジェクト「{0}」は先行関係に問題があるため（この一覧を参照）、クリティカルパス・スケジュールリスク・スケジュール健全性を算出していません")
PMOCALC_MESSAGE(schedule_risk_unknown_task, "the affected task \"{0}\" is not a task of project \"{1}\": the risk is left out of the schedule simulation",
                "対象タスク「{0}」がプロジェクト「{1}」にないため、このリスクはスケジュールのシミュレーションに含めていません")
PMOCALC_MESSAGE(schedule_risk_incomplete,
                "a schedule risk needs both an affected task and a schedule impact in working days: left out of the schedule simulation",
                "スケジュールリスクには対象タスクとスケジュール影響（稼働日）の両方が必要です。シミュレーションに含めていません")
PMOCALC_MESSAGE(schedule_risk_opportunity,
                "an opportunity's schedule impact is not simulated (only threats delay a task): left out of the schedule simulation",
                "好機のスケジュール影響はシミュレーションしません（遅延させるのは脅威のみ）。シミュレーションに含めていません")
PMOCALC_MESSAGE(schedule_risk_negative, "the schedule impact must not be negative ({0}): the risk is left out of the schedule simulation",
                "スケジュール影響に負の値は使えません（{0}）。このリスクはシミュレーションに含めていません")
PMOCALC_MESSAGE(schedule_uncertainty_used,
                "no optimistic / most likely / pessimistic columns: for the schedule risk each task's duration varies from {0} to {1} of its planned working days (the duration uncertainty setting)",
                "楽観値・最頻値・悲観値の列がないため、スケジュールリスクでは各タスクの所要期間を予定稼働日数の {0}〜{1} でばらつかせました（「所要期間の不確かさ」の設定）")
PMOCALC_MESSAGE(schedule_uncertainty_some_tasks,
                "project \"{0}\": {1} task(s) without a three-point estimate vary from {2} to {3} of their planned working days",
                "プロジェクト「{0}」: 3点見積のないタスク{1}件は予定稼働日数の {2}〜{3} でばらつかせました")
PMOCALC_MESSAGE(schedule_iterations_reduced,
                "project \"{0}\" has {1} tasks and links: its schedule risk is simulated with {2} iterations instead of {3}, to keep the report quick",
                "プロジェクト「{0}」はタスクと依存関係が{1}件あるため、レポートを速く作成できるよう、スケジュールリスクの試行回数を{3}回ではなく{2}回にしました")
PMOCALC_MESSAGE(schedule_not_simulated,
                "project \"{0}\" has {1} tasks and links, too many to simulate in the report: its critical path is given, its schedule risk is not",
                "プロジェクト「{0}」はタスクと依存関係が{1}件あり、レポートでシミュレーションするには多すぎるため、クリティカルパスのみ算出し、スケジュールリスクは算出していません")
PMOCALC_MESSAGE(schedule_beyond_calendar,
                "project \"{0}\": its critical path is {1} working days long and ends after {2}; dates beyond it are shown as {2}",
                "プロジェクト「{0}」: クリティカルパスが{1}稼働日あり、{2}より後に終わります。それ以降の日付は{2}と表示しています")
PMOCALC_MESSAGE(schedule_details_bounded, "details of {0} of {1} projects with a schedule network (the least likely to meet their baseline finish first); all are in the summary above",
                "スケジュールネットワークのある{1}件のうち{0}件の詳細です（基準終了日に間に合う確率の低い順）。全件は上の概要にあります")
PMOCALC_MESSAGE(report_schedule, "Schedule networks, risk and health", "スケジュール（ネットワーク・リスク・健全性）")
PMOCALC_MESSAGE(report_schedule_project, "Schedule: {0}", "スケジュール: {0}")
PMOCALC_MESSAGE(report_schedule_basis,
                "Critical path method on the planned working days (time 0 = the project's first planned start; progress is not rescheduled); float against the baseline finish.\nMonte Carlo: {0} iterations, seed {1}; {2}; finished tasks keep their planned duration; {3} risk event(s) from the Risks sheet",
                "予定稼働日数によるクリティカルパス法（プロジェクトの最初の開始予定日を0日目とし、進捗による再計画はしていません）。フロートは基準終了日に対する値です。\nモンテカルロ: 試行{0}回、乱数シード{1}、{2}、完了済みタスクは予定どおりの所要期間、リスクシートのリスク事象{3}件")
PMOCALC_MESSAGE(report_schedule_basis_no_risk,
                "Critical path method on the planned working days (time 0 = the project's first planned start; progress is not rescheduled); float against the baseline finish. No Monte Carlo (see Diagnostics)",
                "予定稼働日数によるクリティカルパス法（プロジェクトの最初の開始予定日を0日目とし、進捗による再計画はしていません）。フロートは基準終了日に対する値です。モンテカルロは実施していません（「診断」を参照）")
PMOCALC_MESSAGE(estimates_three_point, "durations from the three-point estimates (triangular)", "所要期間は3点見積（三角分布）")
PMOCALC_MESSAGE(estimates_uncertainty, "durations from {0} to {1} of the planned working days (triangular, no three-point columns)",
                "所要期間は予定稼働日数の {0}〜{1}（三角分布、3点見積の列なし）")
PMOCALC_MESSAGE(estimates_mixed, "durations from the three-point estimates, else {0} to {1} of the planned working days (triangular)",
                "所要期間は3点見積、ない場合は予定稼働日数の {0}〜{1}（三角分布）")
PMOCALC_MESSAGE(report_no_schedule_figures, "no figures: see Diagnostics", "算出なし（「診断」を参照）")
PMOCALC_MESSAGE(report_critical_path, "Critical path", "クリティカルパス")
PMOCALC_MESSAGE(report_critical_path_more, "{0} … (+{1} more)", "{0} …（ほか{1}件）")
PMOCALC_MESSAGE(header_tasks, "Tasks", "タスク数")
PMOCALC_MESSAGE(header_network_start, "Start (CPM)", "開始日")
PMOCALC_MESSAGE(header_early_finish, "Finish (CPM)", "終了日\n（CPM）")
PMOCALC_MESSAGE(header_finish_float, "Finish float", "終了時の\nフロート（稼働日）")
PMOCALC_MESSAGE(header_p50, "P50 finish", "P50\n終了日")
PMOCALC_MESSAGE(header_p80, "P80 finish", "P80\n終了日")
PMOCALC_MESSAGE(header_p95, "P95 finish", "P95\n終了日")
PMOCALC_MESSAGE(header_on_time, "P(on time)", "基準終了日に\n間に合う確率")
PMOCALC_MESSAGE(header_health_failed, "Checks failed", "健全性\n不合格")
PMOCALC_MESSAGE(header_task_id, "Task ID", "タスクID")
PMOCALC_MESSAGE(header_task, "Task", "タスク名")
PMOCALC_MESSAGE(header_criticality, "Criticality", "クリティカル\n度")
PMOCALC_MESSAGE(header_sensitivity, "Sensitivity", "感度")
PMOCALC_MESSAGE(header_early_start, "Early start", "最早開始日")
PMOCALC_MESSAGE(header_early_finish_task, "Early finish", "最早終了日")
PMOCALC_MESSAGE(header_late_start, "Late start", "最遅開始日")
PMOCALC_MESSAGE(header_late_finish, "Late finish", "最遅終了日")
PMOCALC_MESSAGE(header_total_float, "Total float", "トータル\nフロート")
PMOCALC_MESSAGE(header_free_float, "Free float", "フリー\nフロート")
PMOCALC_MESSAGE(report_top_critical, "Tasks by criticality (share of iterations on the critical path), top 10",
                "クリティカル度の高いタスク（クリティカルパス上にあった試行の割合）上位10件")
PMOCALC_MESSAGE(report_critical_tasks, "Critical path tasks (first 10)", "クリティカルパス上のタスク（先頭10件）")
PMOCALC_MESSAGE(report_health, "Schedule health (DCMA 14-point assessment, as far as the workbook carries the data)",
                "スケジュール健全性（DCMA 14項目評価。ブックにあるデータの範囲で）")
PMOCALC_MESSAGE(header_check, "Check", "項目")
PMOCALC_MESSAGE(header_threshold, "Threshold", "基準")
PMOCALC_MESSAGE(header_count, "Count", "件数")
PMOCALC_MESSAGE(header_of, "Of", "対象")
PMOCALC_MESSAGE(header_value, "Value", "値")
PMOCALC_MESSAGE(header_result, "Result", "判定")
PMOCALC_MESSAGE(health_pass, "pass", "合格")
PMOCALC_MESSAGE(health_fail, "fail", "不合格")
PMOCALC_MESSAGE(health_not_assessed, "not assessed", "評価なし")
PMOCALC_MESSAGE(check_logic, "1 Missing logic", "1 ロジック欠如")
PMOCALC_MESSAGE(check_leads, "2 Leads", "2 リード")
PMOCALC_MESSAGE(check_lags, "3 Lags", "3 ラグ")
PMOCALC_MESSAGE(check_relationship_types, "4 Relationship types (FS)", "4 依存関係の種類（FS）")
PMOCALC_MESSAGE(check_hard_constraints, "5 Hard constraints", "5 固定の制約")
PMOCALC_MESSAGE(check_high_float, "6 High float (> 44 days)", "6 過大なフロート（44日超）")
PMOCALC_MESSAGE(check_negative_float, "7 Negative float", "7 負のフロート")
PMOCALC_MESSAGE(check_high_duration, "8 High duration (> 44 days)", "8 過大な所要期間（44日超）")
PMOCALC_MESSAGE(check_invalid_dates, "9 Invalid dates", "9 不正な日付")
PMOCALC_MESSAGE(check_resources, "10 Resources", "10 リソース")
PMOCALC_MESSAGE(check_missed_tasks, "11 Missed tasks", "11 遅延タスク")
PMOCALC_MESSAGE(check_critical_path_test, "12 Critical path test", "12 クリティカルパステスト")
PMOCALC_MESSAGE(check_cpli, "13 CPLI", "13 CPLI")
PMOCALC_MESSAGE(check_bei, "14 BEI", "14 BEI")
PMOCALC_MESSAGE(report_health_explained,
                "DCMA 14-point assessment (DCMA-EA PAM 200.1). Days are working days. 1–8 and 10 count unfinished tasks and their links.\n1: no predecessor or no successor (the project's first and last task exempt); 9: actual finish after the status date, or forecast finish before it on an unfinished task; 10: tasks of 1 day or more without budget;\n11: baseline finish passed and not finished, or finished late; 12: 600 days added to the first unfinished critical task must move the finish as much;\n13: (critical path length + float at its end) / length; 14: tasks finished / tasks due by the status date",
                "DCMA 14項目評価（DCMA-EA PAM 200.1）。日数は稼働日です。1〜8と10は未完了のタスクとその依存関係を数えます。\n1: 先行または後続のないタスク（プロジェクトの最初と最後のタスクは除外）、9: 基準日より後の実績終了日、または未完了タスクの基準日より前の終了見込日、10: 1日以上で予算のないタスク、\n11: 基準終了日を過ぎて未完了、または遅れて完了、12: 最初の未完了クリティカルタスクに600日を加えると終了日が同じだけ動くこと、\n13:（クリティカルパス長＋終了時のフロート）÷ クリティカルパス長、14: 完了したタスク数 ÷ 基準日までに完了予定のタスク数")
PMOCALC_MESSAGE(health_note_not_assessed_column, "not assessed: no {0} column", "評価なし: {0}の列がありません")
PMOCALC_MESSAGE(health_note_nothing_due, "not assessed: no task has a baseline finish on or before the status date",
                "評価なし: 基準日までに基準終了日を迎えたタスクがありません")
PMOCALC_MESSAGE(health_note_no_unfinished, "not assessed: no unfinished task on the critical path",
                "評価なし: クリティカルパス上に未完了のタスクがありません")
PMOCALC_MESSAGE(health_note_no_length, "not assessed: the critical path has no length (milestones only)",
                "評価なし: クリティカルパスの長さが0です（マイルストーンのみ）")
PMOCALC_MESSAGE(health_note_planned_as_baseline, "planned finish used as the baseline (no baseline finish column)",
                "基準終了日の列がないため、終了予定日を基準としました")
PMOCALC_MESSAGE(term_constraint_column, "constraint", "制約")
PMOCALC_MESSAGE(term_actual_or_forecast_column, "actual finish or forecast finish", "実績終了日・終了見込日")
PMOCALC_MESSAGE(report_chart_finish_curve, "{0}: probability of finishing by", "{0}: 終了日までに完了する確率")
PMOCALC_MESSAGE(report_chart_tornado, "{0}: tasks driving the finish (rank correlation)", "{0}: 終了日を左右するタスク（順位相関）")
PMOCALC_MESSAGE(cli_bad_duration_uncertainty,
                "--duration-uncertainty must be two percentages LOW,HIGH such as -10,30 (LOW from -99 to 0, HIGH from 0 to 1000), got \"{0}\"",
                "--duration-uncertainty には -10,30 のように下限と上限の百分率を指定してください（下限は-99〜0、上限は0〜1000）（「{0}」）")
PMOCALC_MESSAGE(header_finish_by, "Finish by", "終了日")
PMOCALC_MESSAGE(header_probability_by, "P(finish by)", "完了確率")

// ---- quality: tests and defects ---------------------------------------------------
PMOCALC_MESSAGE(term_test_date, "test date", "日付")
PMOCALC_MESSAGE(term_tests_planned, "planned tests", "予定件数")
PMOCALC_MESSAGE(term_tests_executed, "executed tests", "実施件数")
PMOCALC_MESSAGE(term_tests_passed, "passed tests", "合格件数")
PMOCALC_MESSAGE(term_test_planned_date, "planned date", "実施予定日")
PMOCALC_MESSAGE(term_test_executed_date, "executed date", "実施日")
PMOCALC_MESSAGE(term_found_date, "found date", "発見日")
PMOCALC_MESSAGE(term_project_size, "size", "規模")
PMOCALC_MESSAGE(term_the_test, "the test record", "テスト記録")
PMOCALC_MESSAGE(term_the_defect, "the defect", "不具合")
PMOCALC_MESSAGE(test_row_needs_date, "a row of test counts needs its date", "テスト件数の行に日付がありません")
PMOCALC_MESSAGE(test_counts_inconsistent, "passed ({0}) must not exceed executed ({1})",
                "合格件数（{0}）が実施件数（{1}）を超えています")
PMOCALC_MESSAGE(test_count_negative, "{0} must not be negative, found {1}", "{0}に負の値は使えません（{1}）")
PMOCALC_MESSAGE(cumulative_count_falls, "{0} falls from {1} to {2}: cumulative counts never fall (are these counts per period? then say 日次 / daily in the header)",
                "{0}が{1}から{2}に減っています。累計の件数は減りません（日ごと・週ごとの件数なら見出しに「日次」「週次」と書いてください）")
PMOCALC_MESSAGE(test_counts_read_cumulative, "test counts read as cumulative (to date); say 日次 / daily or 累計 / cumulative in the header to make it clear",
                "テスト件数を累計（その日までの合計）として読み取りました。見出しに「累計」または「日次」と書くと明確になります")
PMOCALC_MESSAGE(test_counts_per_period, "test counts read as counts per period and added up", "テスト件数を期間ごとの件数として読み取り、累計しました")
PMOCALC_MESSAGE(test_result_unknown, "test result \"{0}\" is not one of Pass/OK/合格, Fail/NG/不合格",
                "テスト結果「{0}」を判別できません（合格・OK・不合格・NG のいずれかにしてください）")
PMOCALC_MESSAGE(test_result_without_date, "a test case has a result but no executed date; counted as executed, but not on the progress curve",
                "結果はありますが実施日がありません（実施済みとして数えますが、進捗曲線には含めません）")
PMOCALC_MESSAGE(test_date_without_result, "a test case has an executed date but no result; counted as executed, not as passed",
                "実施日はありますが結果がありません（実施済み・未合格として数えます）")
PMOCALC_MESSAGE(duplicate_test_case_id, "test case ID \"{0}\" appears twice in the same project",
                "同じプロジェクト内でテストケースID「{0}」が重複しています")
PMOCALC_MESSAGE(defect_needs_found_date, "a defect needs the date it was found", "発見日がありません")
PMOCALC_MESSAGE(defect_closed_before_found, "the defect is closed before it was found", "完了日が発見日より前になっています")
PMOCALC_MESSAGE(duplicate_defect_id, "defect ID \"{0}\" appears twice in the same project",
                "同じプロジェクト内で不具合ID「{0}」が重複しています")
PMOCALC_MESSAGE(defect_closed_without_date,
                "{0} defect(s) marked closed have no closed date; each is counted as closed from the day it was found",
                "完了とされている不具合{0}件に完了日がないため、発見日に完了したものとして扱いました")
PMOCALC_MESSAGE(no_defect_closed_column, "no closed date or status column: every defect is counted as open",
                "完了日・ステータスの列がないため、すべての不具合を未完了として扱いました")
PMOCALC_MESSAGE(size_not_positive, "size must be above 0, found {0}", "規模は0より大きい値にしてください（{0}）")
PMOCALC_MESSAGE(size_without_unit, "a size without a unit: defect density is shown per unit of size",
                "規模に単位がないため、不具合密度は規模1あたりで示します")
PMOCALC_MESSAGE(growth_no_estimate, "{0}: no estimate of the total defects yet: {1}", "{0}: 不具合総数の推定はまだできません。{1}")
PMOCALC_MESSAGE(growth_problem_too_few_points, "fewer than 4 weeks of defect counts", "不具合の記録が4週分に足りません")
PMOCALC_MESSAGE(growth_problem_not_increasing, "the cumulative count falls", "累計件数が減少しています")
PMOCALC_MESSAGE(growth_problem_no_defects, "no defect found yet", "不具合がまだ見つかっていません")
PMOCALC_MESSAGE(growth_problem_did_not_converge, "the curve fit did not converge", "曲線の当てはめが収束しませんでした")
PMOCALC_MESSAGE(growth_problem_not_bending, "the cumulative count has not yet passed the curve's inflection point",
                "累計件数が曲線の変曲点をまだ過ぎていません")
PMOCALC_MESSAGE(report_quality, "Quality: tests and defects", "品質（テスト・不具合）")
PMOCALC_MESSAGE(report_quality_portfolio, "Portfolio", "ポートフォリオ全体")
PMOCALC_MESSAGE(header_tests_planned, "Tests planned", "テスト\n予定")
PMOCALC_MESSAGE(header_tests_executed, "Executed", "実施")
PMOCALC_MESSAGE(header_tests_passed, "Passed", "合格")
PMOCALC_MESSAGE(header_execution_rate, "Executed / planned", "消化率")
PMOCALC_MESSAGE(header_pass_rate, "Passed / executed", "合格率")
PMOCALC_MESSAGE(header_defects_found, "Defects found", "不具合\n検出数")
PMOCALC_MESSAGE(header_defects_open, "Open defects", "未解決\n不具合")
PMOCALC_MESSAGE(header_size, "Size", "規模")
PMOCALC_MESSAGE(header_defect_density, "Defects per size", "不具合\n密度")
PMOCALC_MESSAGE(header_growth_model, "Model", "モデル")
PMOCALC_MESSAGE(header_estimated_total, "Estimated total", "推定\n総数")
PMOCALC_MESSAGE(header_latent, "Latent", "残存\n不具合")
PMOCALC_MESSAGE(header_convergence, "Convergence", "収束率")
PMOCALC_MESSAGE(header_fit_note, "Fit", "推定の状況")
PMOCALC_MESSAGE(growth_model_gompertz, "Gompertz", "ゴンペルツ")
PMOCALC_MESSAGE(growth_model_logistic, "logistic", "ロジスティック")
PMOCALC_MESSAGE(report_fit_ok, "fitted (R² {0})", "推定済み（決定係数 {0}）")
PMOCALC_MESSAGE(report_quality_explained,
                "Executed / planned and passed / executed to the status date; density: defects found per unit of size (Projects sheet).\nEstimated total: the asymptote of a Gompertz or logistic curve fitted by least squares to the weekly cumulative defects found (the better fit); latent = estimated − found; convergence = found / estimated.",
                "消化率＝実施÷予定、合格率＝合格÷実施（基準日時点）。不具合密度＝検出数÷規模（プロジェクトのシート）。\n推定総数：週ごとの累計検出数に最小二乗法で当てはめたゴンペルツ曲線またはロジスティック曲線（当てはまりの良い方）の漸近値。残存不具合＝推定総数−検出数、収束率＝検出数÷推定総数")
PMOCALC_MESSAGE(report_chart_defects, "{0}: cumulative defects, actual and fitted", "{0}: 累計不具合数（実績と推定曲線）")
PMOCALC_MESSAGE(report_chart_tests, "Test progress (portfolio)", "テスト消化状況（ポートフォリオ全体）")
PMOCALC_MESSAGE(header_defects_actual, "Found (cumulative)", "検出数（累計）")
PMOCALC_MESSAGE(header_defects_fitted, "Fitted", "推定曲線")
PMOCALC_MESSAGE(header_planned_cumulative, "Planned", "予定")
// ---- how value is earned (EV methods, milestones) and the forecast range ---------
PMOCALC_MESSAGE(term_estimate_to_complete, "estimate to complete", "残作業見積")
PMOCALC_MESSAGE(term_milestone_weight, "milestone weight", "重み")
PMOCALC_MESSAGE(term_the_milestone, "the milestone", "マイルストーン")
PMOCALC_MESSAGE(earning_rule_fallback, "{0}; the task earns by percent complete", "{0}。このタスクは進捗率で計上します")
PMOCALC_MESSAGE(earning_rule_cell_error, "\"{0}\" contains the error {1}; the task earns by percent complete",
                "「{0}」にエラー値 {1} が入っています。このタスクは進捗率で計上します")
PMOCALC_MESSAGE(apportioned_needs_base,
                "the EV method \"{0}\" needs the ID of the task it is apportioned to, e.g. apportioned:12; the task earns by percent complete",
                "出来高計上方法「{0}」には按分元のタスクIDが必要です（例: 配分:12）。このタスクは進捗率で計上します")
PMOCALC_MESSAGE(etc_negative, "an estimate to complete must not be negative", "残作業見積に負の値は使えません")
PMOCALC_MESSAGE(milestone_needs_task, "a milestone needs the ID of its task", "マイルストーンにタスクIDがありません")
PMOCALC_MESSAGE(milestone_needs_weight, "a milestone needs a weight", "マイルストーンに重みがありません")
PMOCALC_MESSAGE(milestone_weight_negative, "a milestone weight must not be negative", "マイルストーンの重みに負の値は使えません")
PMOCALC_MESSAGE(milestone_done_unknown,
                "\"{0}\" is neither a date nor a done mark (done, yes, 済, 達成, ✓, 1): the milestone counts as not achieved",
                "「{0}」は日付でも達成の印（済・達成・完了・✓・1・done・yes）でもないため、このマイルストーンは未達成として扱います")
PMOCALC_MESSAGE(milestone_after_status_date, "achieved on {0}, after the status date: not counted as achieved yet",
                "達成日 {0} が基準日より後のため、まだ達成として数えていません")
PMOCALC_MESSAGE(milestone_unknown_task, "project \"{1}\" has no task \"{0}\": the milestone is not counted",
                "プロジェクト「{1}」にタスク「{0}」がないため、このマイルストーンは数えていません")
PMOCALC_MESSAGE(milestone_task_not_weighted,
                "task \"{0}\" does not earn by weighted milestones (its EV method): the milestone is not used",
                "タスク「{0}」の出来高計上方法は加重マイルストーンではないため、このマイルストーンは使いません")
PMOCALC_MESSAGE(milestones_missing,
                "task \"{0}\" earns by weighted milestones but the Milestones sheet has none for it; the task earns by percent complete",
                "タスク「{0}」は加重マイルストーンで計上しますが、マイルストーンのシートにこのタスクの行がありません。このタスクは進捗率で計上します")
PMOCALC_MESSAGE(milestones_weigh_nothing,
                "the milestones of task \"{0}\" weigh 0 in all; the task earns by percent complete",
                "タスク「{0}」のマイルストーンの重みの合計が0です。このタスクは進捗率で計上します")
PMOCALC_MESSAGE(milestone_weights_relative,
                "the milestone weights of task \"{0}\" add up to {1}, neither 1 nor 100: each counts as its share of the sum",
                "タスク「{0}」のマイルストーンの重みの合計が{1}（1でも100でもない）のため、合計に対する割合として扱いました")
PMOCALC_MESSAGE(apportioned_base_unknown,
                "project \"{1}\" has no task \"{0}\" to apportion to; the task earns by percent complete",
                "プロジェクト「{1}」に按分元のタスク「{0}」がありません。このタスクは進捗率で計上します")
PMOCALC_MESSAGE(apportioned_base_apportioned,
                "the task \"{0}\" it is apportioned to is itself apportioned (or is this task); the task earns by percent complete",
                "按分元のタスク「{0}」自体が配分（またはこのタスク自身）です。このタスクは進捗率で計上します")
PMOCALC_MESSAGE(etc_missing,
                "project \"{0}\": {1} unfinished task(s) without an estimate to complete; the bottom-up EAC counts their remaining budget (budget − EV)",
                "プロジェクト「{0}」: 残作業見積のない未完了タスクが{1}件あります。積上げEACではその残予算（予算 − EV）を使いました")
PMOCALC_MESSAGE(rule_percent, "percent complete", "進捗率")
PMOCALC_MESSAGE(rule_zero_hundred, "0/100", "0/100")
PMOCALC_MESSAGE(rule_fifty_fifty, "50/50", "50/50")
PMOCALC_MESSAGE(rule_twenty_eighty, "20/80", "20/80")
PMOCALC_MESSAGE(rule_milestones, "weighted milestones", "加重マイルストーン")
PMOCALC_MESSAGE(rule_level_of_effort, "level of effort", "レベル・オブ・エフォート")
PMOCALC_MESSAGE(rule_apportioned, "apportioned", "配分")
PMOCALC_MESSAGE(rule_count, "{0} {1}", "{0} {1}件")
PMOCALC_MESSAGE(rules_fell_back, "{0} (of them {1} by percent complete instead: see Diagnostics)",
                "{0}（うち{1}件は進捗率で計上。「診断」を参照）")
PMOCALC_MESSAGE(report_forecast_range, "Forecast range", "予測の幅")
PMOCALC_MESSAGE(report_forecast_basis,
                "EAC by CPI = BAC / CPI; atypical = AC + (BAC − EV); CPI×SPI = AC + (BAC − EV) / (CPI × SPI); CPI×SPI(t) = AC + (BAC − EV) / (CPI × SPI(t)); bottom-up = AC + ΣETC (the Tasks sheet's ETC column).\nFinish by earned schedule = IEAC(t) = PD / SPI(t); by the recent SPI: the remaining planned working days (PD − ES) at the last period's SPI, from the status date",
                "EAC: CPI = BAC ÷ CPI、残作業計画どおり = AC +（BAC − EV）、CPI×SPI = AC +（BAC − EV）÷（CPI × SPI）、CPI×SPI(t) = AC +（BAC − EV）÷（CPI × SPI(t)）、積上げ = AC + 残作業見積の合計（タスクのシートの残作業見積の列）。\n完了見込日: アーンドスケジュール = IEAC(t) = PD ÷ SPI(t)、直近SPI = 残りの予定稼働日数（PD − ES）を直近期間のSPIで割り、基準日から数えた日")
PMOCALC_MESSAGE(report_recent_spi_needs_history, "Finish by the recent SPI needs status history (not kept yet): shown as –",
                "直近SPIによる完了見込日には状況の履歴が必要です（まだ記録がないため「–」）")
PMOCALC_MESSAGE(report_portfolio_row, "Portfolio", "ポートフォリオ")
PMOCALC_MESSAGE(header_eac_cpi, "EAC (CPI)", "EAC\n（CPI）")
PMOCALC_MESSAGE(header_eac_atypical, "EAC (atypical)", "EAC（残作業\n計画どおり）")
PMOCALC_MESSAGE(header_eac_cpi_spi, "EAC (CPI×SPI)", "EAC\n（CPI×SPI）")
PMOCALC_MESSAGE(header_eac_cpi_spit, "EAC (CPI×SPI(t))", "EAC\n（CPI×SPI(t)）")
PMOCALC_MESSAGE(header_eac_bottom_up, "EAC (bottom-up)", "EAC\n（積上げ）")
PMOCALC_MESSAGE(header_eac_low, "EAC low", "EAC\n最小")
PMOCALC_MESSAGE(header_eac_high, "EAC high", "EAC\n最大")
PMOCALC_MESSAGE(header_finish_earned_schedule, "Finish (earned schedule)", "完了見込日\n（ES）")
PMOCALC_MESSAGE(header_finish_recent_spi, "Finish (recent SPI)", "完了見込日\n（直近SPI）")
PMOCALC_MESSAGE(header_earning_rules, "EV methods (tasks)", "出来高計上方法\n（タスク数）")

// ---- in Calc: the command and the sidebar panel ---------------------------------
PMOCALC_MESSAGE(command_title, "Generate PMO Report", "PMOレポート作成")
PMOCALC_MESSAGE(command_failed, "The PMO report could not be generated:", "PMOレポートを作成できませんでした:")
PMOCALC_MESSAGE(record_title, "Record PMO Status", "PMO状況を記録")
PMOCALC_MESSAGE(record_failed, "The status could not be recorded:", "状況を記録できませんでした:")
PMOCALC_MESSAGE(command_no_window, "there is no window to work in", "作業するウィンドウがありません")
PMOCALC_MESSAGE(command_not_a_spreadsheet, "the PMO report works on spreadsheets only",
                "PMOレポートは表計算ドキュメントでのみ作成できます")
PMOCALC_MESSAGE(unexpected_failure, "unexpected failure: {0}", "予期しないエラーが発生しました: {0}")
PMOCALC_MESSAGE(panel_at_a_glance, "At a glance", "概況")
PMOCALC_MESSAGE(panel_settings, "Report settings", "レポート設定")
PMOCALC_MESSAGE(panel_status_date, "Status date", "基準日")
PMOCALC_MESSAGE(panel_amber_below, "Amber below", "黄の閾値")
PMOCALC_MESSAGE(panel_red_below, "Red below", "赤の閾値")
PMOCALC_MESSAGE(panel_language, "Language", "言語")
PMOCALC_MESSAGE(panel_language_auto, "Auto", "自動")
PMOCALC_MESSAGE(panel_es_period, "ES period", "ESの単位")
PMOCALC_MESSAGE(panel_budget, "Budget", "選定予算")
PMOCALC_MESSAGE(panel_people_limit, "People limit", "要員の上限")
PMOCALC_MESSAGE(panel_column_map, "Column map", "列の対応表")
PMOCALC_MESSAGE(panel_column_map_help, "Which column is which field, when pmocalc guesses wrong: Sheet!C = field; … (e.g. Tasks!C = start; Tasks!F = effort)", "pmocalcの推測が違うときの列の対応: シート!C = 項目; …（例: Tasks!C = start; Tasks!F = effort）")
PMOCALC_MESSAGE(panel_working_weeks, "Working weeks", "週（稼働日）")
PMOCALC_MESSAGE(panel_working_days, "Working days", "稼働日")
PMOCALC_MESSAGE(panel_problem_counts, "Errors {0}, warnings {1}, notes {2}", "エラー {0}・警告 {1}・注記 {2}")
PMOCALC_MESSAGE(panel_fallback, "⚠ {0}", "⚠ {0}")
PMOCALC_MESSAGE(panel_diagnostics, "Diagnostics", "診断")
PMOCALC_MESSAGE(panel_no_problems, "No problems found", "問題は見つかりませんでした")
PMOCALC_MESSAGE(panel_failed, "The panel could not show the workbook: {0}",
                "パネルにブックの内容を表示できませんでした: {0}")
PMOCALC_MESSAGE(panel_indices, "SPI {0} {1}   CPI {2} {3}   SPI(t) {4}", "SPI {0} {1}   CPI {2} {3}   SPI(t) {4}")
PMOCALC_MESSAGE(panel_finish, "Forecast finish {0} {1}", "完了見込 {0} {1}")
PMOCALC_MESSAGE(panel_projects, "Projects: GREEN {0}  AMBER {1}  RED {2}  not started {3}",
                "プロジェクト: GREEN {0}  AMBER {1}  RED {2}  未着手 {3}")
PMOCALC_MESSAGE(panel_reds, "Red: {0}", "RED: {0}")
PMOCALC_MESSAGE(panel_risks_issues, "Open risks {0} (high {1}, exposure {2}); issues open {3}, overdue {4}",
                "未完了リスク{0}件（高{1}件・エクスポージャー{2}）、課題 未完了{3}件・期限超過{4}件")
PMOCALC_MESSAGE(panel_dates, "Status date {0} (previous {1})", "基準日 {0}（前回 {1}）")
PMOCALC_MESSAGE(panel_dates_first, "Status date {0} (none recorded before)", "基準日 {0}（前回の記録なし）")
PMOCALC_MESSAGE(panel_bad_status_date, "Status date: use YYYY-MM-DD, or leave it blank",
                "基準日は YYYY-MM-DD の形式で入力するか、空欄にしてください")
PMOCALC_MESSAGE(panel_bad_thresholds, "Thresholds: numbers such as 0.95, red not above amber",
                "閾値は 0.95 のような数値で、赤は黄以下にしてください")
PMOCALC_MESSAGE(panel_bad_limits, "Budget and people limit: a number of 0 or more, or leave it blank for none",
                "選定予算と要員の上限は0以上の数値で入力するか、空欄（上限なし）にしてください")
PMOCALC_MESSAGE(diagnostic_location, "{0}!{1}: {2}", "{0}!{1}: {2}")
PMOCALC_MESSAGE(diagnostic_sheet_location, "{0}: {1}", "{0}: {1}")

// ---- the status history (PMO History sheet, trends, changes) --------------------
PMOCALC_MESSAGE(history_sheet_name, "PMO History", "PMO履歴")
PMOCALC_MESSAGE(history_note,
                "Recorded by pmocalc at each report and \"Record status\": the portfolio, each project and each task per status date. Recording a date again replaces its rows. Values only; keep the title and the header row as they are.",
                "pmocalcがレポート作成と「状況を記録」のたびに、基準日ごとにポートフォリオ・各プロジェクト・各タスクの状況を記録します。同じ基準日を再び記録すると、その行を置き換えます。値のみです。表題と見出し行は変えないでください。")
PMOCALC_MESSAGE(history_col_status_date, "Status date", "基準日")
PMOCALC_MESSAGE(history_col_level, "Level", "区分")
PMOCALC_MESSAGE(history_col_project_id, "Project ID", "プロジェクトID")
PMOCALC_MESSAGE(history_col_task_id, "Task ID", "タスクID")
PMOCALC_MESSAGE(history_col_name, "Name", "名称")
PMOCALC_MESSAGE(history_col_bac, "BAC", "BAC")
PMOCALC_MESSAGE(history_col_pv, "PV", "PV")
PMOCALC_MESSAGE(history_col_ev, "EV", "EV")
PMOCALC_MESSAGE(history_col_ac, "AC", "AC")
PMOCALC_MESSAGE(history_col_percent, "% complete", "進捗率")
PMOCALC_MESSAGE(history_col_baseline_finish, "Baseline finish", "基準終了日")
PMOCALC_MESSAGE(history_col_forecast_finish, "Forecast finish", "終了見込日")
PMOCALC_MESSAGE(history_col_spi, "SPI", "SPI")
PMOCALC_MESSAGE(history_col_cpi, "CPI", "CPI")
PMOCALC_MESSAGE(history_col_spit, "SPI(t)", "SPI(t)")
PMOCALC_MESSAGE(history_col_eac, "EAC", "EAC")
PMOCALC_MESSAGE(history_col_rag, "RAG", "RAG")
PMOCALC_MESSAGE(history_col_recorded_at, "Recorded at", "記録日時")
PMOCALC_MESSAGE(history_level_portfolio, "Portfolio", "ポートフォリオ")
PMOCALC_MESSAGE(history_level_project, "Project", "プロジェクト")
PMOCALC_MESSAGE(history_level_task, "Task", "タスク")
PMOCALC_MESSAGE(history_not_ours,
                "this sheet has the name of pmocalc's history but not its layout ({0}): it is left as it is, no status is read from it or recorded in it",
                "このシートはpmocalcの履歴と同じ名前ですが、形式が異なります（{0}）。変更せず、状況の読み取りも記録もしません")
PMOCALC_MESSAGE(history_not_ours_title, "A1 is not the history's title", "A1が履歴の表題ではありません")
PMOCALC_MESSAGE(history_not_ours_header, "row 3 is not the history's header row", "3行目が履歴の見出し行ではありません")
PMOCALC_MESSAGE(history_bad_cell, "history: expected {0}, found {1}; this recorded row is left out of the trends",
                "履歴: {0}が必要ですが、{1}です。この記録行は推移から除きます")
PMOCALC_MESSAGE(history_duplicate_row, "history: {0} is recorded twice for {1}; the later row is used",
                "履歴: {1}の{0}が2回記録されています。後の行を使います")
PMOCALC_MESSAGE(history_tasks_left_out,
                "the history would pass {0} rows: this status date is recorded for the portfolio and the projects, without task rows",
                "履歴が{0}行を超えるため、この基準日はポートフォリオとプロジェクトのみ記録し、タスクの行は記録しません")
PMOCALC_MESSAGE(history_milestones_only,
                "a roll-up records in its history the portfolio, each project and each milestone; each task's history stays in its PM's workbook",
                "集約では履歴にポートフォリオ・各プロジェクト・各マイルストーンを記録します。タスクごとの履歴は各PMのブックに残ります")
PMOCALC_MESSAGE(history_tasks_without_id,
                "{0} task(s) have no ID: the history records them within their project, not task by task (a task ID lets the history follow a task from one status date to the next)",
                "IDのないタスクが{0}件あります。履歴ではプロジェクトの中に含めて記録し、タスクごとには記録しません（タスクIDがあれば基準日ごとにタスクを追えます）")
PMOCALC_MESSAGE(history_imported, "status of {0} read from {1} for the history", "{0}時点の状況を {1} から履歴に読み込みました")
PMOCALC_MESSAGE(term_history_level, "a level (Portfolio, Project or Task)", "区分（ポートフォリオ・プロジェクト・タスク）")
PMOCALC_MESSAGE(term_history_date, "a status date", "基準日")
PMOCALC_MESSAGE(term_history_number, "a number", "数値")
PMOCALC_MESSAGE(term_history_rag, "GREEN, AMBER or RED", "GREEN・AMBER・RED")
PMOCALC_MESSAGE(report_history, "Progress over time", "進捗の推移")
PMOCALC_MESSAGE(report_history_single,
                "Only one status date is recorded ({0}): trends, period indices and changes start with the next one.",
                "記録された基準日は1つ（{0}）だけです。推移・期間指数・変化は次の基準日から示します。")
PMOCALC_MESSAGE(report_history_dates, "{0} status dates recorded in the sheet {1}, {2} to {3}.",
                "シート「{1}」に{0}回分の基準日を記録しています（{2}～{3}）。")
PMOCALC_MESSAGE(report_history_tasks_left_out,
                "Task rows are missing for some status dates (the history's row limit): changes of tasks are shown only where both dates have them.",
                "一部の基準日はタスクの行がありません（履歴の行数の上限）。タスクの変化は両方の基準日に行がある場合のみ示します。")
PMOCALC_MESSAGE(header_period_spi, "Period SPI", "期間SPI")
PMOCALC_MESSAGE(header_period_cpi, "Period CPI", "期間CPI")
PMOCALC_MESSAGE(header_history_note, "Note", "備考")
PMOCALC_MESSAGE(header_change, "Change", "変化")
PMOCALC_MESSAGE(header_detail, "Detail", "内容")
PMOCALC_MESSAGE(report_chart_history_evm, "PV, EV and AC at each status date", "基準日ごとのPV・EV・AC")
PMOCALC_MESSAGE(report_chart_history_indices, "Portfolio SPI, CPI and SPI(t) over time", "ポートフォリオのSPI・CPI・SPI(t)の推移")
PMOCALC_MESSAGE(report_chart_spi_trend, "SPI by project over time", "プロジェクト別SPIの推移")
PMOCALC_MESSAGE(report_chart_cpi_trend, "CPI by project over time", "プロジェクト別CPIの推移")
PMOCALC_MESSAGE(report_chart_spit_trend, "SPI(t) by project over time", "プロジェクト別SPI(t)の推移")
PMOCALC_MESSAGE(finish_slip_accelerating, "{0} {1}: the forecast finish moved from {2} to {3} between the status dates {4} and {5}, {6} working days a week against {7} a week before: the slip is accelerating (milestone trend)",
                "{0} {1}：完了予測日が基準日{4}から{5}の間に{2}から{3}へ延びました。週あたり{6}稼働日で、それ以前の週あたり{7}稼働日より速く、遅れが加速しています（マイルストーントレンド）")
PMOCALC_MESSAGE(milestone_slip_accelerating, "{0} milestone \"{1}\": its forecast moved from {2} to {3} between the status dates {4} and {5}, {6} working days a week against {7} a week before: the slip is accelerating (milestone trend)",
                "{0} のマイルストーン「{1}」：予測日が基準日{4}から{5}の間に{2}から{3}へ延びました。週あたり{6}稼働日で、それ以前の週あたり{7}稼働日より速く、遅れが加速しています（マイルストーントレンド）")
PMOCALC_MESSAGE(report_milestone_trend, "Milestone trend analysis (MTA)", "マイルストーントレンド分析（MTA）")
PMOCALC_MESSAGE(report_milestone_trend_about, "The forecast of each project finish and milestone at every status date: a flat line holds its date, a rising line slips. Slip a week: working days the forecast moved later per week of reporting.",
                "各プロジェクトの完了日とマイルストーンの、基準日ごとの予測日です。水平な線は日付が守られていること、右上がりの線は遅れていることを示します。週あたりの遅れ：報告1週間あたりに予測日が後ろへ動いた稼働日数。")
PMOCALC_MESSAGE(report_chart_milestone_trend, "Forecast dates at each status date (MTA)", "基準日ごとの予測日（MTA）")
PMOCALC_MESSAGE(report_milestone_trend_more, "{0} more milestone(s) recorded: the chart shows the {1} that slipped most; every one is in the table.",
                "ほかに{0}件のマイルストーンが記録されています。グラフには遅れの大きい{1}件を示し、表にはすべてを載せています。")
PMOCALC_MESSAGE(header_first_forecast, "First forecast", "最初の\n予測日")
PMOCALC_MESSAGE(header_latest_forecast, "Latest forecast", "最新の\n予測日")
PMOCALC_MESSAGE(header_slip_per_week, "Slip a week (working days)", "週あたりの遅れ\n（稼働日）")
PMOCALC_MESSAGE(header_recent_slip_per_week, "Last period (a week)", "直近の期間\n（週あたり）")
PMOCALC_MESSAGE(header_alert, "Alert", "警告")
PMOCALC_MESSAGE(mta_project_finish, "Project finish", "プロジェクト完了")
PMOCALC_MESSAGE(mta_accelerating, "slip accelerating", "遅れが加速")
PMOCALC_MESSAGE(report_progress_chart, "{0} ({1}): plan and progress lines", "{0}（{1}）：計画とイナズマ線")
PMOCALC_MESSAGE(report_progress_chart_about, "Bars: each task's plan. The red line joins where each task's progress stands on its bar at the status date: left of the blue status-date line by the work it is behind, right by the work it is ahead; grey lines: earlier status dates.",
                "棒：各タスクの計画。赤い線は基準日時点で各タスクの進捗が棒のどこまで来ているかを結んだ線（イナズマ線）で、青い基準日の線より左は遅れている作業分、右は進んでいる作業分です。灰色の線は過去の基準日のものです。")
PMOCALC_MESSAGE(report_progress_chart_left_out, "{0} task(s) are left out of the chart (work finished before its first line first, then the plan's last tasks): it shows {1}.",
                "{0}件のタスクをグラフから省いています（最初の線より前に完了した作業から、次に計画の最後のタスクから）。表示は{1}件です。")
PMOCALC_MESSAGE(report_progress_charts_left_out, "Plan and progress lines are drawn for the {1} projects that slipped most; {0} more project(s) are left out.",
                "計画とイナズマ線は遅延の大きい{1}件のプロジェクトについて示し、ほかの{0}件は省いています。")
PMOCALC_MESSAGE(report_progress_chart_x, "Date", "日付")
PMOCALC_MESSAGE(report_progress_chart_plan, "Plan", "計画")
PMOCALC_MESSAGE(report_progress_chart_line, "Progress {0}", "進捗 {0}")
PMOCALC_MESSAGE(report_progress_chart_line_today, "Progress {0} (status date)", "進捗 {0}（基準日）")
PMOCALC_MESSAGE(report_progress_chart_status_date, "Status date", "基準日")
PMOCALC_MESSAGE(report_history_project_trends, "SPI, CPI and SPI(t) by project over time", "プロジェクト別のSPI・CPI・SPI(t)の推移")
PMOCALC_MESSAGE(report_rebaselines, "Re-baselines and scope changes", "再ベースライン・スコープ変更")
PMOCALC_MESSAGE(report_rebaseline_line,
                "{0}: between {1} and {2} BAC {3} → {4} ({5}), baseline finish {6} → {7}. SPI {8} → {9}: a re-baseline, not a change of pace.",
                "{0}: {1}～{2}にBAC {3} → {4}（{5}）、基準終了日 {6} → {7}。SPI {8} → {9} は再ベースラインによるもので、進捗ペースの変化ではありません。")
PMOCALC_MESSAGE(report_rebaseline_note, "re-baseline: BAC {0}, baseline finish {1}", "再ベースライン: BAC {0}、基準終了日 {1}")
PMOCALC_MESSAGE(report_changes, "What changed since {0}", "{0}からの変化")
PMOCALC_MESSAGE(report_no_changes, "No task was added, removed, renamed, progressed, stalled or became late since {0}.",
                "{0}以降、追加・削除・名称変更・進捗・停滞・新たな遅延のタスクはありません。")
PMOCALC_MESSAGE(report_changes_more, "… and {0} more (every change is in the JSON summary)", "…ほか{0}件（すべての変化はJSONサマリーにあります）")
PMOCALC_MESSAGE(change_added, "Added", "追加")
PMOCALC_MESSAGE(change_removed, "Removed", "削除")
PMOCALC_MESSAGE(change_renamed, "Renamed", "名称変更")
PMOCALC_MESSAGE(change_progressed, "Progress", "進捗")
PMOCALC_MESSAGE(change_stalled, "Stalled", "停滞")
PMOCALC_MESSAGE(change_newly_late, "Newly late", "新たに遅延")
PMOCALC_MESSAGE(change_renamed_detail, "was \"{0}\"", "旧名称「{0}」")
PMOCALC_MESSAGE(change_progress_detail, "{0} → {1}", "{0} → {1}")
PMOCALC_MESSAGE(change_stalled_detail, "no progress over the last {0} status periods: at {1} since {2} ({3} days)",
                "直近{0}期間進捗なし（{2}から{1}のまま、{3}日間）")
PMOCALC_MESSAGE(change_late_detail, "forecast finish {0}, baseline finish {1}", "終了見込日 {0}、基準終了日 {1}")
PMOCALC_MESSAGE(change_overdue_detail, "unfinished after its baseline finish {0}", "基準終了日 {0} を過ぎて未完了")

// ---- breakdowns and lessons across projects --------------------------------------
PMOCALC_MESSAGE(report_breakdowns, "By program, department, PM and assignee", "プログラム・部門・PM・担当者別")
PMOCALC_MESSAGE(report_breakdowns_explained,
                "Each group's indices are ratios of its sums (SPI = ΣEV / ΣPV, CPI = ΣEV / ΣAC, EAC = ΣBAC / CPI) and "
                "SV(t) comes from the group's own planned curve: never the mean of its projects' ratios.\nEach table "
                "adds up to the portfolio; assignees are the Tasks sheet's assignee column.",
                "各グループの指数は合計値の比（SPI = ΣEV ÷ ΣPV、CPI = ΣEV ÷ ΣAC、EAC = ΣBAC ÷ CPI）、SV(t) はグループ自身の"
                "計画曲線から求めています（プロジェクトの指数の平均ではありません）。\n各表の合計はポートフォリオ全体と一致します。"
                "担当者はタスクシートの担当者列によります。")
PMOCALC_MESSAGE(breakdown_program, "By program", "プログラム別")
PMOCALC_MESSAGE(breakdown_department, "By department", "部門別")
PMOCALC_MESSAGE(breakdown_manager, "By project manager", "PM別")
PMOCALC_MESSAGE(breakdown_assignee, "By assignee", "担当者別")
PMOCALC_MESSAGE(breakdown_unnamed_program, "(no program)", "（プログラムなし）")
PMOCALC_MESSAGE(breakdown_unnamed_department, "(no department)", "（部門なし）")
PMOCALC_MESSAGE(breakdown_unnamed_manager, "(no PM)", "（PM未設定）")
PMOCALC_MESSAGE(breakdown_unnamed_assignee, "(unassigned)", "（担当者未設定）")
PMOCALC_MESSAGE(header_department, "Department", "部門")
PMOCALC_MESSAGE(header_assignee, "Assignee", "担当者")
PMOCALC_MESSAGE(header_projects, "Projects", "プロジェクト数")
PMOCALC_MESSAGE(report_chart_breakdown, "{0}: SPI and CPI", "{0} SPI・CPI")
PMOCALC_MESSAGE(report_lessons, "Lessons from past projects", "過去の教訓")
PMOCALC_MESSAGE(report_lessons_summary, "{0} lesson(s) from {1} project(s); {2} categor(ies) recur across projects.",
                "{1}プロジェクトの教訓{0}件。複数プロジェクトで繰り返されているカテゴリ：{2}件。")
PMOCALC_MESSAGE(header_lesson_category, "Category", "カテゴリ")
PMOCALC_MESSAGE(header_lesson_total, "Lessons", "教訓数")
PMOCALC_MESSAGE(header_lesson_recurs, "Recurs", "再発")
PMOCALC_MESSAGE(lesson_recurs_mark, "recurs", "繰り返し")
PMOCALC_MESSAGE(lesson_no_category, "(no category)", "（カテゴリなし）")
PMOCALC_MESSAGE(lesson_no_phase, "(no phase)", "（フェーズなし）")
PMOCALC_MESSAGE(lesson_other_phases, "Other phases", "その他のフェーズ")
PMOCALC_MESSAGE(report_lesson_risks, "Open risks matching past lessons", "過去の教訓に該当するリスク")
PMOCALC_MESSAGE(header_risk_category, "Risk category", "リスク分類")
PMOCALC_MESSAGE(header_lesson_example, "A lesson to read", "参考となる教訓")
PMOCALC_MESSAGE(lesson_risks_none_categorised,
                "No open risk of the current projects names a category: add a Risk category column (リスク分類) to the "
                "risk register to match risks with past lessons.",
                "現行プロジェクトの未完了リスクにカテゴリがありません。リスク登録簿に「リスク分類」列（Risk category）を"
                "追加すると過去の教訓と照合できます。")
PMOCALC_MESSAGE(lesson_risks_none_match, "None of the {0} categorised open risk(s) matches a lesson category.",
                "分類のある未完了リスク{0}件のうち、教訓のカテゴリに該当するものはありません。")

// ---- export for sharing: pmocalc's formulas replaced by their values -------------
PMOCALC_MESSAGE(share_title, "Export for Sharing", "共有用にエクスポート")
PMOCALC_MESSAGE(share_failed, "The copy for sharing could not be written:", "共有用のコピーを書き出せませんでした:")
PMOCALC_MESSAGE(share_written, "Copy for sharing written: {0}", "共有用のコピーを書き出しました: {0}")
PMOCALC_MESSAGE(share_nothing_to_replace, "No cell calls a pmocalc function: the copy holds the workbook as it is.",
                "pmocalc の関数を使うセルはありません。コピーはブックそのままです。")
PMOCALC_MESSAGE(share_replaced,
                "{0} cell(s) with pmocalc formulas ({1} array formula(s)) on {2} of {3} sheet(s) now hold their values; every other formula is kept.",
                "{3}シート中{2}シートで、pmocalc の数式のセル{0}個（配列数式{1}個）を値に置き換えました。ほかの数式はそのままです。")
PMOCALC_MESSAGE(share_replaced_with_errors, "{0} {1} of them held an error value, kept as its text: {2}",
                "{0}うち{1}個はエラー値だったため、その表示を文字列として残しました: {2}")
PMOCALC_MESSAGE(share_bad_format, "a copy for sharing is .ods or .xlsx, not \"{0}\"",
                "共有用のコピーは .ods か .xlsx です（「{0}」は使えません）")
PMOCALC_MESSAGE(share_over_workbook, "the copy would overwrite the workbook itself: choose another name",
                "保存先がブック自身と同じです。別の名前を選んでください")
PMOCALC_MESSAGE(share_unsaved_hidden,
                "the workbook was never saved and is open without a window: there is no folder to put the copy in; save it first, or pass TargetURL",
                "ブックが一度も保存されておらず、ウィンドウなしで開かれているため、コピーを置くフォルダがありません。先に保存するか、TargetURL を指定してください")
PMOCALC_MESSAGE(share_filter_ods, "ODF Spreadsheet (.ods)", "ODF 表計算ドキュメント (.ods)")
PMOCALC_MESSAGE(share_filter_xlsx, "Excel 2007-365 (.xlsx)", "Excel 2007-365 (.xlsx)")
PMOCALC_MESSAGE(cli_share_written, "copy for sharing -> {0}", "共有用のコピー -> {0}")
PMOCALC_MESSAGE(cli_share_one_input, "--share writes the copy of one workbook: give exactly one input",
                "--share は1つのブックのコピーを書き出します。入力は1つだけ指定してください")
PMOCALC_MESSAGE(cli_share_alone, "--share writes only the copy for sharing: it cannot go with --record, --history, --pdf or --json",
                "--share は共有用のコピーだけを書き出すため、--record・--history・--pdf・--json とは一緒に使えません")
PMOCALC_MESSAGE(cli_share_is_input, "--share {0} is the input itself, which is never written: choose another name",
                "--share の {0} は入力ファイルそのものです。入力ファイルは書き換えないため、別の名前を指定してください")
PMOCALC_MESSAGE(cli_share_needs_extension,
                "--share recalculates pmocalc's functions, so it needs the extension: {0} not found (set PMOCALC_OXT to pmocalc.oxt)",
                "--share は pmocalc の関数を再計算するため拡張機能が必要です。{0} が見つかりません（PMOCALC_OXT に pmocalc.oxt のパスを設定してください）")
PMOCALC_MESSAGE(cli_share_cannot_install, "the extension {0} could not be installed in the private LibreOffice profile",
                "拡張機能 {0} を専用の LibreOffice プロファイルにインストールできませんでした")
// ---- people across projects: assignments, capacity, load ---------------------------
PMOCALC_MESSAGE(term_allocation, "allocation", "稼働率")
PMOCALC_MESSAGE(term_assigned_hours, "hours", "工数")
PMOCALC_MESSAGE(term_capacity, "capacity", "稼働上限")
PMOCALC_MESSAGE(term_assignment_start, "assignment start", "開始日")
PMOCALC_MESSAGE(term_assignment_finish, "assignment finish", "終了日")
PMOCALC_MESSAGE(assignment_needs_person, "an assignment needs a person (Resource / 要員)", "要員（担当者）がありません")
PMOCALC_MESSAGE(assignment_needs_share, "an assignment needs an allocation or hours", "稼働率または工数がありません")
PMOCALC_MESSAGE(assignment_needs_dates, "an assignment needs a start and a finish, or a task that has them",
                "開始日・終了日がありません（タスクを指定すると、そのタスクの開始日・終了日を使います）")
PMOCALC_MESSAGE(allocation_out_of_range, "an allocation must be between 0 and 10 (1000 %), found {0}",
                "稼働率は0〜10（1000%）の範囲にしてください（{0}）")
PMOCALC_MESSAGE(hours_negative, "hours must not be negative, found {0}", "工数に負の値は使えません（{0}）")
PMOCALC_MESSAGE(allocation_above_one, "allocations above 1 are read as more than one full-time person (2 = 200 %); type 50 % or 0.5 for half time",
                "1を超える稼働率は、1人分を超える割り当て（2＝200%）として読み取りました（半分なら 50% または 0.5 と入力してください）")
PMOCALC_MESSAGE(hours_in_person_days, "the hours column is in person-days: 8 hours each", "工数の列を人日として読み取りました（1人日＝8時間）")
PMOCALC_MESSAGE(hours_look_daily,
                "{0} h over {1}–{2}: hours are the total of the assignment (8 h a working day), not hours per day; for a share of each day use an allocation (稼働率) column",
                "{1}〜{2}で{0}時間: 工数は期間全体の合計時間（1稼働日＝8時間）として読み取ります。1日あたりの時間ではありません（1日のうちの割合は稼働率の列で指定してください）")
PMOCALC_MESSAGE(assignment_unknown_task, "task \"{0}\" is not on the Tasks sheet (project \"{1}\"); the assignment is counted with its own dates",
                "タスク「{0}」がタスクのシートにありません（プロジェクト「{1}」）。このアサインは入力された期間で集計します")
PMOCALC_MESSAGE(assignment_unknown_project, "project \"{0}\" is not on the Projects sheet; the assignment is counted for its person all the same",
                "プロジェクト「{0}」がプロジェクトのシートにありません。このアサインは要員の負荷には含めます")
PMOCALC_MESSAGE(capacity_out_of_range, "a capacity must be above 0 and at most 1000 (1 = one full-time person), found {0}",
                "稼働上限は0より大きく1000以下にしてください（1＝1人分、{0}）")
PMOCALC_MESSAGE(duplicate_person, "person \"{0}\" appears twice", "要員「{0}」が重複しています")
PMOCALC_MESSAGE(capacity_no_people_sheet, "no People sheet: every person's capacity is 1 (one full-time person); add a People / 要員 sheet with Name and Capacity columns",
                "要員のシートがないため、全員の稼働上限を1（1人分）としました（氏名と稼働上限の列がある「要員」シートを用意してください）")
PMOCALC_MESSAGE(capacities_defaulted, "{0} person(s) with assignments are not on the People sheet (first: {1}): their capacity is 1 (one full-time person)",
                "アサインのある{0}人が要員のシートにありません（最初は「{1}」）。稼働上限を1（1人分）としました")
PMOCALC_MESSAGE(assignment_no_working_day, "no working day from {0} to {1}: the assignment adds no load",
                "{0}〜{1}に稼働日がないため、このアサインは負荷に含めません")
PMOCALC_MESSAGE(load_horizon_clipped, "{0} assignment(s) reach beyond the weeks loads are computed for ({1} to {2}); only their part inside counts",
                "{0}件のアサインが負荷の集計期間（{1}〜{2}）の外にかかっています。期間内の部分だけを集計しました")
PMOCALC_MESSAGE(load_period_empty, "from {0} to {1} there is no working day", "{0}〜{1}に稼働日がありません")
PMOCALC_MESSAGE(report_people, "People across projects", "要員負荷")
PMOCALC_MESSAGE(report_people_summary, "{0} people, {1} assignment rows; {2} person-weeks over capacity from {3} to {4}",
                "要員{0}人、アサイン{1}行。{3}〜{4}に稼働上限を超える週がのべ{2}週あります")
PMOCALC_MESSAGE(report_people_overloads, "Weeks over capacity (from {0})", "稼働上限を超える週（{0}以降）")
PMOCALC_MESSAGE(report_people_no_overload, "No person is over capacity from {0} on.", "{0}以降、稼働上限を超える要員はいません。")
PMOCALC_MESSAGE(report_people_heat, "Load per week, % of capacity", "週ごとの負荷（稼働上限に対する%）")
PMOCALC_MESSAGE(report_people_more_overloads, "{0} more person-week(s) over capacity are not listed here; the JSON (people.overloads) has every one",
                "ほかに稼働上限を超える週がのべ{0}週あります（JSON の people.overloads にすべて記載）")
PMOCALC_MESSAGE(report_people_more_people, "{0} more people with a lighter load are not shown; the JSON (people.people) has every one",
                "負荷の小さい要員{0}人は表示していません（JSON の people.people にすべて記載）")
PMOCALC_MESSAGE(report_people_defaulted, "* capacity 1 (one full-time person) assumed for {0} person(s): not on a People sheet, or capacity blank",
                "* 要員のシートにない、または稼働上限が空欄の{0}人は、稼働上限を1（1人分）としました")
PMOCALC_MESSAGE(report_people_explained,
                "Load = Σ allocation × the assignment's working days in the week ÷ the week's working days (weekends and the Holidays sheet off), over every project; 1 = 100 % = one full-time person.\nOver capacity: more than 0.5 % of a person above it. A task's owner (Tasks sheet) without an Assignments row for that task counts at 100 % over the task. Weeks computed: {0} to {1}.",
                "負荷＝Σ 稼働率 × その週のアサイン期間の稼働日数 ÷ その週の稼働日数（土日と祝日シートの日は除く）。全プロジェクトの合計で、1＝100%＝1人分。\n稼働上限を0.5%超えた週を超過とします。タスクのシートの担当者は、そのタスクのアサイン行がなければタスク期間中100%として数えます。集計期間：{0}〜{1}")
PMOCALC_MESSAGE(header_person, "Person", "要員")
PMOCALC_MESSAGE(header_week_of, "Week of", "週（月曜）")
PMOCALC_MESSAGE(header_load, "Load", "負荷")
PMOCALC_MESSAGE(header_capacity, "Capacity", "稼働上限")
PMOCALC_MESSAGE(header_load_of_capacity, "Load / capacity", "負荷率")
PMOCALC_MESSAGE(header_load_causes, "Projects and tasks (share of the week)", "プロジェクト・タスク（週の負荷）")
PMOCALC_MESSAGE(header_peak_of_capacity, "Peak / capacity", "最大負荷率")
PMOCALC_MESSAGE(header_weeks_over, "Weeks over", "超過週数")
// ---- choosing projects (portfolio selection) ------------------------------------
PMOCALC_MESSAGE(term_people_limit, "people limit", "要員の上限")
PMOCALC_MESSAGE(term_selection_value, "value", "価値")
PMOCALC_MESSAGE(term_selection_cost, "cost", "費用")
PMOCALC_MESSAGE(term_selection_people, "people", "必要要員")
PMOCALC_MESSAGE(selection_limit_invalid, "the {0} must be a number ≥ 0, found {1}", "{0}は0以上の数値で指定してください（{1}）")
PMOCALC_MESSAGE(selection_candidate_invalid, "candidate {0}: the {1} must be a number ≥ 0, found {2}",
                "候補{0}: {1}は0以上の数値で指定してください（{2}）")
PMOCALC_MESSAGE(selection_people_limit_missing, "people are given per row but no people limit (a blank cell or 0 is none)",
                "必要要員が指定されていますが、要員の上限がありません（空欄や0は上限になりません）")
PMOCALC_MESSAGE(selection_people_missing, "a people limit is given but no people per row", "要員の上限が指定されていますが、各行の必要要員がありません")
PMOCALC_MESSAGE(selection_not_proven,
                "the search stopped after {0} steps without proving which set is best; no set is shown rather than an unproven one",
                "探索が{0}ステップで打ち切られ、最適な組合せを証明できませんでした（証明できない組合せは表示しません）")
PMOCALC_MESSAGE(term_the_score, "the score", "評価点")
PMOCALC_MESSAGE(term_criterion_weight, "weight", "重み")
PMOCALC_MESSAGE(term_criterion_score, "score", "点数")
PMOCALC_MESSAGE(selection_cost_negative, "a cost estimate must not be negative ({0}); the project's BAC is used instead",
                "概算費用に負の値は使えません（{0}）。代わりにBACを使います")
PMOCALC_MESSAGE(selection_people_negative, "people needed must not be negative ({0}); the cell is not used",
                "必要要員に負の値は使えません（{0}）。このセルは使いません")
PMOCALC_MESSAGE(candidate_unknown, "\"{0}\" is not read as a candidate mark (yes, 候補, ○ or 1 mark a candidate); the project is not a candidate",
                "「{0}」は候補の印として読めません（yes・候補・○・1が候補）。候補ではないものとして扱います")
PMOCALC_MESSAGE(criterion_needs_name, "the criterion has no name", "評価基準の名前がありません")
PMOCALC_MESSAGE(criterion_weight_invalid, "criterion \"{0}\" needs a weight of 0 or more", "評価基準「{0}」の重みは0以上の数値で入力してください")
PMOCALC_MESSAGE(criterion_duplicate, "criterion \"{0}\" is listed twice; only the first is used",
                "評価基準「{0}」が重複しています。最初の行だけを使います")
PMOCALC_MESSAGE(score_needs_criterion, "the score names no criterion", "評価基準の指定がありません")
PMOCALC_MESSAGE(score_invalid, "the score on \"{0}\" must be a number of 0 or more", "「{0}」の点数は0以上の数値で入力してください")
PMOCALC_MESSAGE(score_unknown_criterion, "\"{0}\" is not a criterion of the Criteria sheet", "「{0}」は評価基準シートにない評価基準です")
PMOCALC_MESSAGE(scores_without_criteria, "scores need a Criteria sheet (評価基準, 重み) to weigh them",
                "点数を重み付けする評価基準シート（評価基準・重み）がありません")
PMOCALC_MESSAGE(score_duplicate, "{0} has a second score on \"{1}\"; only the first is used",
                "{0}の「{1}」の点数が重複しています。最初の行だけを使います")
PMOCALC_MESSAGE(choice_weights_zero, "the weights on {0} add up to 0: no project can be ranked", "{0}の重みの合計が0のため、プロジェクトを順位付けできません")
PMOCALC_MESSAGE(choice_weights_normalised, "the weights add up to {0}; each score is weighted by its share of that total (the weighted score stays on the scores' scale)",
                "重みの合計は{0}です。各重みを合計に対する割合にして加重しています（加重スコアは点数と同じ尺度です）")
PMOCALC_MESSAGE(choice_missing_scores, "{0} has no score on {1} criterion(s); each counts as 0", "{0}は{1}個の評価基準に点数がありません。0点として扱います")
PMOCALC_MESSAGE(choice_cost_from_bac, "no cost estimate (投資額 / Cost estimate) for {0}: the BAC is used as the cost",
                "{0}は概算費用（投資額 / Cost estimate）がないため、BACを費用として使います")
PMOCALC_MESSAGE(choice_people_missing, "no people needed (必要要員) for {0}: counted as 0 against the people limit",
                "{0}は必要要員がないため、要員の上限に対して0人として扱います")
PMOCALC_MESSAGE(choice_needs_budget, "Selection needs a budget: type one in the PMO panel's Budget field (and People limit for people), "
                "or give pmocalc-report --budget AMOUNT (and --people-limit N).",
                "選定には予算が必要です。PMOパネルの「選定予算」（要員は「要員の上限」）に入力するか、"
                "pmocalc-report の --budget 予算（要員の上限は --people-limit）で指定してください。")
PMOCALC_MESSAGE(choice_not_proven, "the search stopped after {0} steps: the chosen set is the best found, not proven optimal",
                "探索を{0}ステップで打ち切りました。選定結果はそれまでの最良の組合せで、最適とは証明されていません")
PMOCALC_MESSAGE(choice_tie_unsettled, "the chosen set has the optimal total score, but the search stopped after {0} steps before settling ties by row order",
                "選定結果の合計スコアは最適ですが、探索を{0}ステップで打ち切ったため同点の組合せを行順で決めきれていません")
PMOCALC_MESSAGE(report_choice, "Choosing projects", "プロジェクト選定")
PMOCALC_MESSAGE(header_weighted_score, "Weighted score", "加重スコア")
PMOCALC_MESSAGE(header_selection_cost, "Cost", "費用")
PMOCALC_MESSAGE(header_people_needed, "People needed", "必要要員")
PMOCALC_MESSAGE(header_choice, "Selection", "選定")
PMOCALC_MESSAGE(header_choice_reason, "Why left out", "見送りの理由")
PMOCALC_MESSAGE(choice_chosen, "Chosen", "選定")
PMOCALC_MESSAGE(choice_left_out, "Left out", "見送り")
PMOCALC_MESSAGE(choice_not_candidate, "Not a candidate", "候補外")
PMOCALC_MESSAGE(choice_reason_budget, "added to the chosen set it would exceed the budget by {0}", "選定した組合せに加えると予算を{0}超えます")
PMOCALC_MESSAGE(choice_reason_people, "added to the chosen set it would exceed the people limit by {0}", "選定した組合せに加えると要員の上限を{0}人超えます")
PMOCALC_MESSAGE(choice_reason_both, "added to the chosen set it would exceed the budget by {0} and the people limit by {1}",
                "選定した組合せに加えると予算を{0}、要員の上限を{1}人超えます")
PMOCALC_MESSAGE(choice_reason_no_score, "its weighted score is 0: it adds nothing", "加重スコアが0のため、選んでも価値が増えません")
PMOCALC_MESSAGE(choice_reason_search, "left out by a search that was stopped (see the note)", "打ち切られた探索で選ばれませんでした（注記参照）")
PMOCALC_MESSAGE(report_choice_totals, "Chosen: {0} of {1} candidates, total score {2}, total cost {3} of the budget {4}",
                "選定: 候補{1}件中{0}件、合計スコア {2}、費用合計 {3}（予算 {4}）")
PMOCALC_MESSAGE(report_choice_people, "People needed by the chosen: {0} of the limit {1}", "選定したプロジェクトの必要要員: {0}人（上限 {1}人）")
PMOCALC_MESSAGE(report_chart_choice, "Weighted score against cost", "加重スコアと費用")
PMOCALC_MESSAGE(report_choice_explained,
                "Weighted score = Σ score × weight ÷ Σ weight. The chosen set is the exact optimum (branch and bound): the largest total score within the budget (and people limit), not a greedy pick by score per cost; between equally good sets, the one with the Projects sheet's earlier rows. A left-out project's overrun is what adding it to the chosen set would exceed.",
                "加重スコア = Σ 点数 × 重み ÷ Σ 重み。選定は分枝限定法による厳密な最適解で、予算（と要員の上限）内で合計スコアが最大の組合せです（費用あたりスコア順の貪欲法ではありません）。同点の組合せはプロジェクトシートで上の行を含む方を選びます。見送りの超過額は、選定した組合せに加えた場合の超過分です。")

// ---- cross-project dependencies --------------------------------------------------
PMOCALC_MESSAGE(predecessor_unknown_project,
                "no project has the ID \"{0}\" (entry \"{1}\"; another project's task is written project ID:task ID, e.g. P02:15)",
                "ID「{0}」のプロジェクトがありません（「{1}」。他のプロジェクトのタスクは プロジェクトID:タスクID の形で、例: P02:15）")
PMOCALC_MESSAGE(predecessor_unknown_foreign_task, "project {0} has no task with the ID \"{1}\" (entry \"{2}\")",
                "プロジェクト{0}に ID「{1}」のタスクがありません（「{2}」）")
PMOCALC_MESSAGE(predecessor_own_task_preferred,
                "\"{0}\" is read as this project's task \"{0}\", not as task {2} of project {1}",
                "「{0}」はこのプロジェクトのタスク「{0}」と読みました（プロジェクト{1}のタスク{2}ではありません）")
PMOCALC_MESSAGE(report_cross_project, "Cross-project dependencies", "プロジェクト間の依存関係")
PMOCALC_MESSAGE(header_cross_predecessor, "Predecessor", "先行タスク")
PMOCALC_MESSAGE(header_cross_successor, "Successor", "後続タスク")
PMOCALC_MESSAGE(header_cross_link, "Link", "関係")
PMOCALC_MESSAGE(header_cross_predecessor_finish, "Predecessor forecast finish", "先行の完了予測")
PMOCALC_MESSAGE(header_cross_successor_start, "Successor planned start", "後続の開始予定")
PMOCALC_MESSAGE(header_cross_push, "Push (working days)", "後続の遅れ（稼働日）")
PMOCALC_MESSAGE(header_cross_slack, "Slack (working days)", "余裕（稼働日）")
PMOCALC_MESSAGE(header_cross_propagates, "Slip propagates", "遅延の波及")
PMOCALC_MESSAGE(cross_propagates_mark, "slip propagates", "遅延が波及")
PMOCALC_MESSAGE(report_cross_more_links, "{0} more link(s) with less push are not listed here; the JSON (cross_project.links) has every one",
                "後続の遅れが小さい依存関係{0}件は表示していません（JSON の cross_project.links にすべて記載）")
PMOCALC_MESSAGE(report_cross_reaches, "A slip in {0} reaches {1}", "{0}の遅延は {1} に波及します")
PMOCALC_MESSAGE(report_cross_none, "No slip propagates to another project: every link has slack.",
                "他のプロジェクトに波及する遅延はありません（どの依存関係にも余裕があります）。")
PMOCALC_MESSAGE(report_cross_explained,
                "Predecessor forecast: actual finish, else forecast finish, else planned finish; unfinished work not before the status date (for SS/SF its start, not before the status date until it starts). Against the successor's planned start (FS, SS) or finish (FF, SF), with the lag in working days. A project's slip reaches the projects its propagating links lead to, and onwards through their propagating links.",
                "先行の予測：実績完了日、なければ完了予測日、なければ完了予定日。未完了の作業は基準日より前にはなりません（SS・SFは開始日。開始前は基準日より前になりません）。後続の開始予定日（FS・SS）または完了予定日（FF・SF）と、ラグ（稼働日）を加えて比べます。波及する依存関係の先のプロジェクト、さらにその先へ波及する依存関係をたどったプロジェクトを、遅延の波及先とします。")

// ---- the roll-up of many project workbooks ------------------------------------
PMOCALC_MESSAGE(rollup_project_id_from_name, "the workbook names no project ID: its project is known as \"{0}\" across files",
                "プロジェクトIDの列がないため、このブックのプロジェクトは「{0}」として集約します")
PMOCALC_MESSAGE(rollup_unreadable, "{0} could not be read ({1}); the other files are counted",
                "{0} を読み込めませんでした（{1}）。他のファイルは集計しています")
PMOCALC_MESSAGE(rollup_empty, "{0}: no project's tasks or registers could be read; not counted",
                "{0}: プロジェクトのタスクや台帳を読み取れなかったため集計していません")
PMOCALC_MESSAGE(rollup_stale, "{0}: its status is of {1}, {2} days older than the portfolio's {3} (limit {4} days): counted as it is, but stale",
                "{0}: 基準日が {1} で、ポートフォリオの基準日 {3} より {2} 日古くなっています（許容 {4} 日）。そのまま集計していますが、更新されていません")
PMOCALC_MESSAGE(rollup_no_status_date, "{0}: no status date found; its projects are measured at the portfolio's ({1})",
                "{0}: 基準日が見つからないため、ポートフォリオの基準日（{1}）で評価しています")
PMOCALC_MESSAGE(rollup_unchanged, "{0} has not changed since the roll-up of {1} (saved {2})",
                "{0} は {1} の集約から更新されていません（保存日時 {2}）")
PMOCALC_MESSAGE(rollup_duplicate, "project {0} is in two files: {1} counted, {2} not ({3})",
                "プロジェクト {0} が2つのファイルにあります。{1} を集計し、{2} は集計していません（{3}）")
PMOCALC_MESSAGE(rollup_duplicate_lost, "{0}: project {1} is also in {2}, which is counted ({3})",
                "{0}: プロジェクト {1} は {2} にもあり、そちらを集計しています（{3}）")
PMOCALC_MESSAGE(rollup_duplicate_won, "{0}: project {1} is also in {2}; this file's is counted ({3})",
                "{0}: プロジェクト {1} は {2} にもありますが、このファイルを集計しています（{3}）")
PMOCALC_MESSAGE(rollup_why_status_date, "later status date: {0} against {1}", "基準日が新しいため: {0} と {1}")
PMOCALC_MESSAGE(rollup_why_saved, "same status date, saved later: {0} against {1}", "基準日が同じで、保存が新しいため: {0} と {1}")
PMOCALC_MESSAGE(rollup_why_first, "same status date and time: the one given first", "基準日も保存日時も同じため、先に指定したもの")
PMOCALC_MESSAGE(rollup_none, "none", "なし")
PMOCALC_MESSAGE(rollup_no_unit, "no unit", "単位なし")
PMOCALC_MESSAGE(rollup_rates_sheet, "Rates", "換算レート")
PMOCALC_MESSAGE(rollup_unit_converted, "{0}: amounts in {1} converted at {2} {3} per {1} (the {4} sheet)",
                "{0}: {1} の金額を {1} あたり {2} {3} で換算しました（シート「{4}」）")
PMOCALC_MESSAGE(rollup_unit_apart, "{0}: amounts in {1}, the portfolio's in {2}, and the {3} sheet has no rate for {1}: reported apart on the Sources sheet, never added",
                "{0}: 金額の単位が {1} で、ポートフォリオは {2} です。シート「{3}」に {1} の換算レートがないため、合算せず集約元シートに別に示します")
PMOCALC_MESSAGE(rollup_unit_apart_no_rates, "{0}: amounts in {1}, the portfolio's in {2}: reported apart on the Sources sheet, never added (a sheet \"{3}\" with Unit and Rate columns in the portfolio workbook converts them)",
                "{0}: 金額の単位が {1} で、ポートフォリオは {2} です。合算せず集約元シートに別に示します（ポートフォリオのブックに「単位」「レート」列のシート「{3}」を作ると換算します）")
PMOCALC_MESSAGE(rollup_weighting_apart, "{0}: tasks weighed by {1}, the portfolio's by {2}: reported apart on the Sources sheet, never added",
                "{0}: タスクを{1}で重み付けしていますが、ポートフォリオは{2}です。合算せず集約元シートに別に示します")
PMOCALC_MESSAGE(rollup_unit_assumed, "{0}: no unit said; its amounts are taken as {1}, the portfolio's",
                "{0}: 単位の記載がないため、ポートフォリオと同じ {1} とみなしました")
PMOCALC_MESSAGE(rollup_missing, "project {0} ({1}) was in the roll-up of {2} from {3}, and no file given now holds it",
                "プロジェクト {0}（{1}）は {2} の集約では {3} にありましたが、今回指定したファイルにはありません")
PMOCALC_MESSAGE(rollup_missing_unreadable, "project {0} ({1}) was in the roll-up of {2}; its file {3} could not be read now",
                "プロジェクト {0}（{1}）は {2} の集約にありましたが、今回はファイル {3} を読み込めませんでした")
PMOCALC_MESSAGE(rollup_file_unknown, "a file not recorded", "記録のないファイル")
PMOCALC_MESSAGE(rollup_name_variant, "\"{0}\" and \"{1}\" look like one person written two ways: counted as two people (write them alike to count them as one)",
                "「{0}」と「{1}」は同じ人の表記ゆれの可能性があります。別の人として集計しています（同じ表記にすると1人として集計します）")
PMOCALC_MESSAGE(rollup_more_name_variants, "and {0} more names that look like variants of others", "ほかに表記ゆれの可能性がある名前が {0} 件あります")
PMOCALC_MESSAGE(rollup_nothing_counted, "none of the {0} files given could be counted", "指定した {0} 個のファイルはいずれも集計できませんでした")

PMOCALC_MESSAGE(sources_sheet_name, "PMO Sources", "PMO集約元")
PMOCALC_MESSAGE(sources_title, "PMO Sources: the files of the roll-up", "PMO集約元: 集約したファイル")
PMOCALC_MESSAGE(sources_note, "Written by pmocalc at each roll-up and read back at the next one (what changed, what is missing): edit the files, not this sheet.",
                "集約のたびに pmocalc が書き込み、次の集約で読み返します（変化・欠落の確認用）。このシートではなく各ファイルを編集してください。")
PMOCALC_MESSAGE(sources_status_date, "Status date", "基準日")
PMOCALC_MESSAGE(sources_stale_after, "Stale after (days)", "未更新とみなす日数")
PMOCALC_MESSAGE(sources_summary, "{0} files: {1} counted, {2} stale, {3} unchanged, {4} with a duplicate project, {5} in another unit, {6} unreadable; {7} projects missing since the last roll-up",
                "{0} ファイル: 集計 {1}、未更新（基準日が古い） {2}、前回から変更なし {3}、重複プロジェクトあり {4}、単位違い {5}、読込不可 {6}。前回から見当たらないプロジェクト {7}")
PMOCALC_MESSAGE(sources_col_file, "File", "ファイル")
PMOCALC_MESSAGE(sources_col_path, "Path", "パス")
PMOCALC_MESSAGE(sources_col_modified, "Modified", "更新日時")
PMOCALC_MESSAGE(sources_col_ids, "Project IDs", "プロジェクトID")
PMOCALC_MESSAGE(sources_col_names, "Projects", "プロジェクト名")
PMOCALC_MESSAGE(sources_col_status_date, "Status date", "基準日")
PMOCALC_MESSAGE(sources_col_counted, "Counted", "集計")
PMOCALC_MESSAGE(sources_col_said, "What pmocalc says", "pmocalcからの指摘")
PMOCALC_MESSAGE(sources_col_unit, "Unit", "単位")
PMOCALC_MESSAGE(sources_col_errors, "Errors", "エラー")
PMOCALC_MESSAGE(sources_col_warnings, "Warnings", "警告")
PMOCALC_MESSAGE(sources_col_notes, "Notes", "注記")
PMOCALC_MESSAGE(sources_col_problems_at, "Its problems", "問題の一覧")
PMOCALC_MESSAGE(sources_col_read, "What was read", "読み取った表")
PMOCALC_MESSAGE(sources_counted_yes, "Yes", "はい")
PMOCALC_MESSAGE(sources_counted_partly, "Partly", "一部")
PMOCALC_MESSAGE(sources_counted_no, "No", "いいえ")
PMOCALC_MESSAGE(sources_problems_at, "row {0}", "{0} 行目")
PMOCALC_MESSAGE(sources_missing_heading, "Projects missing since the last roll-up", "前回の集約から見当たらないプロジェクト")
PMOCALC_MESSAGE(sources_col_project, "Project ID", "プロジェクトID")
PMOCALC_MESSAGE(sources_col_name, "Name", "名称")
PMOCALC_MESSAGE(sources_col_last_status, "Last status date", "前回の基準日")
PMOCALC_MESSAGE(sources_col_last_file, "File then", "前回のファイル")
PMOCALC_MESSAGE(sources_problems_heading, "Problems by file", "ファイルごとの問題")
PMOCALC_MESSAGE(sources_col_where, "Where", "場所")
PMOCALC_MESSAGE(sources_col_severity, "Kind", "種別")
PMOCALC_MESSAGE(sources_col_message, "Message", "内容")
PMOCALC_MESSAGE(sources_not_ours, "a sheet named {0} that pmocalc did not write is kept as it is: the roll-up's sources go to {1}",
                "pmocalc が書いたものではないシート「{0}」はそのまま残し、集約元はシート「{1}」に書きました")
PMOCALC_MESSAGE(rates_bad_rate, "a rate must be a number above 0, found {0}", "レートには 0 より大きい数値を指定してください（{0}）")
PMOCALC_MESSAGE(rates_no_columns, "the Rates sheet needs a Unit and a Rate column (単位, レート) in its first row", "換算レートのシートには1行目に「単位」と「レート」（Unit, Rate）の列が必要です")

PMOCALC_MESSAGE(rollup_command_title, "Consolidate Project Workbooks", "プロジェクトブックを集約")
PMOCALC_MESSAGE(rollup_folder_title, "Consolidate a Folder of Project Workbooks", "フォルダのプロジェクトブックを集約")
PMOCALC_MESSAGE(rollup_filter_spreadsheets, "Spreadsheets (ods, xlsx, xls, csv)", "スプレッドシート（ods, xlsx, xls, csv）")
PMOCALC_MESSAGE(rollup_hidden_needs_files, "a hidden document cannot show a dialog: give the files to consolidate (the Files or Folder argument)",
                "非表示の文書ではダイアログを表示できません。集約するファイルを引数 Files または Folder で指定してください")
PMOCALC_MESSAGE(rollup_reading, "Reading {0}/{1}: {2}", "読み込み中 {0}/{1}: {2}")
PMOCALC_MESSAGE(rollup_failed, "The project workbooks could not be consolidated.", "プロジェクトブックを集約できませんでした。")
PMOCALC_MESSAGE(summary_sources, "Roll-up of {0} files: {1} counted (each file, and what was read, on the sheet {2})",
                "{0} ファイルを集約: {1} ファイルを集計（ファイルごとの内容はシート「{2}」）")
PMOCALC_MESSAGE(summary_sources_more, "and {0} more on the sheet {1}", "ほか {0} 件はシート「{1}」を参照")
// ---- pmocalc-report -------------------------------------------------------------
PMOCALC_MESSAGE(csv_invalid_bytes, "{0} byte(s) of the CSV are not UTF-8 text; each shows as \uFFFD where it stands",
                "CSV に UTF-8 として読めないバイトが{0}個あり、その位置は \uFFFD で表示しています")
PMOCALC_MESSAGE(cli_usage,
                "usage: pmocalc-report INPUT... [--out DIR] [--pdf] [--json] [--status-date YYYY-MM-DD] [--lang en|ja]\n"
                "                      [--es-period weeks|working-days] [--duration-uncertainty LOW,HIGH] [--timeout SECONDS]\n"
                "                      [--record] [--history] [--budget AMOUNT] [--people-limit N] [--map FILE]\n"
                "       pmocalc-report --share OUT.ods|OUT.xlsx INPUT\n"
                "       pmocalc-report --export-mspdi OUT.xml INPUT\n"
                "       pmocalc-report --portfolio OUT.ods|OUT.xlsx INPUT|FOLDER... [--stale-days N] [--pdf] [--json]\n"
                "Writes DIR/<input>-report.<ext> (default DIR: out), and with --pdf/--json the report as PDF and JSON.\n"
                "Each report records the status in the sheet \"PMO History\"; --record records it without a report.\n"
                "--history: the inputs are dated copies of one workbook, the current one last; the older ones' status\n"
                "goes into the current one's history and its report.\n"
                "--share: a copy of INPUT where every pmocalc formula is replaced by its value (recalculated first).\n"
                "An INPUT may also be a schedule: MS Project XML (.xml, .pod), Primavera P6 (.xer), GanttProject (.gan).\n"
                "--export-mspdi: the first project's tasks, links, calendar and people as MS Project XML.\n"
                "--budget (and --people-limit): the report chooses the candidate projects of most value within them.\n"
                "--portfolio: one portfolio workbook from many project workbooks (folders searched below): the report over\n"
                "all projects, the sheet \"PMO Sources\" (each file, stale, duplicate, other units, unreadable) and the\n"
                "history; run it again into the same OUT a week later to see what changed and what is missing.\n"
                "--map FILE: which sheet holds what and which column is which field, where pmocalc read the workbook\n"
                "wrongly (lines such as Tasks!C = task_name; see docs/reading-workbooks.md).\n"
                "An input is never written; a LibreOffice that does not finish within --timeout (default 900 s) is stopped.",
                "使い方: pmocalc-report 入力ファイル... [--out フォルダ] [--pdf] [--json] [--status-date YYYY-MM-DD] [--lang en|ja]\n"
                "                      [--es-period weeks|working-days] [--duration-uncertainty 下限,上限] [--timeout 秒数]\n"
                "                      [--record] [--history] [--budget 予算] [--people-limit 要員数] [--map ファイル]\n"
                "        pmocalc-report --share 出力.ods|出力.xlsx 入力ファイル\n"
                "        pmocalc-report --export-mspdi 出力.xml 入力ファイル\n"
                "        pmocalc-report --portfolio 出力.ods|出力.xlsx 入力ファイル|フォルダ... [--stale-days 日数] [--pdf] [--json]\n"
                "フォルダ/<入力名>-report.<拡張子> にレポートを書き出します（既定のフォルダは out）。--pdf と --json で PDF と JSON も書き出します。\n"
                "レポートのたびに状況をシート「PMO履歴」に記録します。--record はレポートを作らずに記録だけします。\n"
                "--history: 入力は同じブックの日付ごとのコピーで、最後が現在のブックです。古いコピーの状況を現在のブックの履歴とレポートに取り込みます。\n"
                "--share: pmocalc の数式をすべて値に置き換えた入力のコピーを書き出します（先に再計算します）。\n"
                "入力にはスケジュールも使えます：MS Project XML（.xml, .pod）、Primavera P6（.xer）、GanttProject（.gan）。\n"
                "--export-mspdi: 最初のプロジェクトのタスク・リンク・カレンダー・要員を MS Project XML で書き出します。\n"
                "--budget（と --people-limit）: その範囲で価値が最大になる候補プロジェクトの組合せをレポートで選びます。\n"
                "--portfolio: 複数のプロジェクトのブック（フォルダは下位まで検索）を1つのポートフォリオのブックに集約します。全プロジェクトのレポート、\n"
                "シート「PMO集約元」（ファイルごとの未更新・重複・単位違い・読込不可）と履歴を書き込みます。翌週同じ出力先に再実行すると変化と欠落がわかります。\n"
                "--map ファイル: pmocalc の読み取りが誤っているとき、どのシートに何があり、どの列がどの項目かを指定します\n"
                "（Tasks!C = task_name のような行。docs/reading-workbooks.md を参照）。\n"
                "入力ファイルは書き換えません。--timeout（既定 900 秒）以内に終わらない LibreOffice は停止します。")
PMOCALC_MESSAGE(cli_rollup_portfolio_is_input, "is the portfolio workbook itself: not read as a project's", "集約先のポートフォリオのブックなので、プロジェクトとしては読みません")
PMOCALC_MESSAGE(cli_rollup_no_files, "no spreadsheet (.ods .fods .xlsx .xlsm .xls .csv) found in the inputs", "入力にスプレッドシート（.ods .fods .xlsx .xlsm .xls .csv）が見つかりません")
PMOCALC_MESSAGE(cli_rollup_file_read, "read", "読み込みました")
PMOCALC_MESSAGE(cli_rollup_file_opened, "opened and closed", "開いて閉じました")
PMOCALC_MESSAGE(cli_rollup_opened, "{0} of {1} files opened and closed (--open-only: nothing read, nothing written)", "{1} ファイル中 {0} ファイルを開いて閉じました（--open-only: 読み取り・書き込みなし）")
PMOCALC_MESSAGE(cli_rollup_unreadable, "could not be read: {0}", "読み込めませんでした: {0}")
PMOCALC_MESSAGE(cli_rollup_bad_portfolio, "the portfolio workbook cannot be opened: {0}", "ポートフォリオのブックを開けません: {0}")
PMOCALC_MESSAGE(cli_rollup_bad_format, "--portfolio writes an .ods, .fods or .xlsx workbook, not \"{0}\"", "--portfolio に指定できるのは .ods、.fods、.xlsx のブックです（「{0}」）")
PMOCALC_MESSAGE(cli_rollup_alone, "--portfolio cannot be combined with --record, --history or --share", "--portfolio は --record、--history、--share と同時に指定できません")
PMOCALC_MESSAGE(cli_bad_stale_days, "--stale-days must be a whole number of days, 0 or more, got \"{0}\"", "--stale-days には 0 以上の日数を整数で指定してください（「{0}」）")
PMOCALC_MESSAGE(cli_needs_value, "{0} needs a value", "{0} には値が必要です")
PMOCALC_MESSAGE(cli_bad_map, "--map: cannot read the column map file \"{0}\"", "--map: 列の対応表のファイル「{0}」を読めません")
PMOCALC_MESSAGE(cli_map_too_large, "--map: \"{0}\" is larger than 1 MB: not a column map", "--map: 「{0}」は 1 MB を超えています（列の対応表ではありません）")
PMOCALC_MESSAGE(cli_bad_status_date, "--status-date must be a date such as 2025-10-31, got \"{0}\"",
                "--status-date には 2025-10-31 のような日付を指定してください（「{0}」）")
PMOCALC_MESSAGE(cli_bad_language, "--lang must be en or ja, got \"{0}\"", "--lang には en か ja を指定してください（「{0}」）")
PMOCALC_MESSAGE(cli_unknown_option, "unknown option {0}", "不明なオプションです: {0}")
PMOCALC_MESSAGE(cli_no_input, "no input workbook given", "入力するブックが指定されていません")
PMOCALC_MESSAGE(cli_no_such_file, "cannot read {0}: no such file", "{0} を読めません: ファイルがありません")
PMOCALC_MESSAGE(cli_permission_denied, "cannot read {0}: permission denied", "{0} を読めません: 読み取り権限がありません")
PMOCALC_MESSAGE(cli_unsupported_type, "unsupported file type (use .ods, .fods, .xlsx, .xls or .csv)",
                "対応していないファイル形式です（.ods・.fods・.xlsx・.xls・.csv を使ってください）")
PMOCALC_MESSAGE(cli_would_overwrite_input, "the output would overwrite the input; choose another --out",
                "出力先が入力ファイルと同じになります。別の --out を指定してください")
PMOCALC_MESSAGE(cli_cannot_open, "LibreOffice cannot open it: it is damaged or not a spreadsheet",
                "LibreOffice で開けません（ファイルが壊れているか、表計算ドキュメントではありません）")
PMOCALC_MESSAGE(cli_password_protected,
                "the workbook is password-protected: open it in LibreOffice or Excel, and save a copy without the password",
                "パスワードで保護されています。LibreOffice か Excel で開き、パスワードを外したコピーを保存してください")
PMOCALC_MESSAGE(cli_damaged, "the file is damaged: LibreOffice can read it only by repairing it; repair and save it first",
                "ファイルが壊れています。LibreOffice で開いて修復し、保存し直してください")
PMOCALC_MESSAGE(cli_empty_file, "the file is empty", "ファイルが空です")
PMOCALC_MESSAGE(cli_not_a_file, "{0} is a folder, not a file", "{0} はファイルではなくフォルダです")
PMOCALC_MESSAGE(cli_unknown_encoding,
                "the CSV's text encoding is none of UTF-8, UTF-16 or Shift-JIS: save it as UTF-8 and try again",
                "CSV の文字コードを判別できません（UTF-8・UTF-16・Shift-JIS に対応しています）。UTF-8 で保存し直してください")
PMOCALC_MESSAGE(cli_out_not_a_folder, "--out {0} is a file, not a folder", "--out に指定した {0} はフォルダではなくファイルです")
PMOCALC_MESSAGE(cli_cannot_create_folder, "cannot create the folder {0}", "フォルダ {0} を作成できません")
PMOCALC_MESSAGE(cli_folder_not_writable, "cannot write into the folder {0}: it is read-only or not yours",
                "フォルダ {0} に書き込めません（読み取り専用か、書き込み権限がありません）")
PMOCALC_MESSAGE(cli_output_renamed, "{0} is an input of this run, so the report goes to {1}",
                "{0} は今回の入力ファイルのため、レポートは {1} に書き出します")
PMOCALC_MESSAGE(cli_input_repeated, "given more than once: reported once", "複数回指定されています（1回だけ処理します）")
PMOCALC_MESSAGE(cli_timeout, "LibreOffice did not finish within {0} s and was stopped; nothing was written",
                "LibreOffice の処理が {0} 秒以内に終わらなかったため中止しました（何も書き出していません）")
PMOCALC_MESSAGE(cli_office_unavailable, "LibreOffice could not be started (is libreoffice-calc installed?)",
                "LibreOffice を起動できませんでした（libreoffice-calc はインストールされていますか）")
PMOCALC_MESSAGE(cli_office_stopped, "LibreOffice stopped while working on it; nothing was written",
                "処理中に LibreOffice が停止しました（何も書き出していません）")
PMOCALC_MESSAGE(cli_cannot_store, "cannot write {0}: the disk is full or the folder is not writable",
                "{0} を書き出せません（ディスクの空きがないか、フォルダに書き込めません）")
PMOCALC_MESSAGE(cli_bad_timeout, "--timeout must be a number of seconds, got \"{0}\"",
                "--timeout には秒数を指定してください（「{0}」）")
PMOCALC_MESSAGE(cli_bad_es_period, "--es-period must be weeks or working-days, got \"{0}\"",
                "--es-period には weeks か working-days を指定してください（「{0}」）")
PMOCALC_MESSAGE(cli_not_a_spreadsheet, "LibreOffice cannot open it as a spreadsheet", "表計算ドキュメントとして開けません")
PMOCALC_MESSAGE(cli_report_written, "report sheet \"{0}\" -> {1}", "レポートシート「{0}」 -> {1}")
PMOCALC_MESSAGE(cli_status_recorded, "status recorded in the sheet \"{0}\" -> {1}", "状況をシート「{0}」に記録 -> {1}")
PMOCALC_MESSAGE(cli_history_needs_two, "--history needs the older copies and the current workbook (at least two inputs)",
                "--history には古いコピーと現在のブック（2つ以上の入力）が必要です")
PMOCALC_MESSAGE(cli_bad_limit, "{0} must be a number of 0 or more such as 5000000, got \"{1}\"",
                "{0} には0以上の数値（例: 5000000）を指定してください（「{1}」）")
PMOCALC_MESSAGE(cli_record_no_pdf, "--record writes no report, so --pdf cannot go with it",
                "--record はレポートを作らないため、--pdf と一緒には使えません")
PMOCALC_MESSAGE(cli_history_unreadable, "{0} cannot be read for the history: {1}", "{0} を履歴として読み込めません: {1}")
PMOCALC_MESSAGE(cli_history_not_recorded, "the status was not recorded: {0}", "状況を記録できませんでした: {0}")
PMOCALC_MESSAGE(cli_pdf_written, "PDF -> {0}", "PDF -> {0}")
PMOCALC_MESSAGE(cli_json_written, "JSON -> {0}", "JSON -> {0}")
PMOCALC_MESSAGE(cli_problems_listed, "{0} problem(s) in the workbook, listed in the report's Diagnostics",
                "ブックに{0}件の問題があります（レポートの「診断」に一覧があります）")
PMOCALC_MESSAGE(cli_worker_stopped, "the worker stopped abnormally", "処理が異常終了しました")
PMOCALC_MESSAGE(cli_cannot_start_worker, "cannot start a worker process", "処理用のプロセスを起動できません")


// ---- fields and kinds of tables, as "what pmocalc read" names them ---------------
PMOCALC_MESSAGE(field_project_id, "project ID", "プロジェクトID")
PMOCALC_MESSAGE(field_project_name, "project name", "プロジェクト名")
PMOCALC_MESSAGE(field_program, "program", "プログラム")
PMOCALC_MESSAGE(field_department, "department", "部門")
PMOCALC_MESSAGE(field_manager, "project manager", "PM")
PMOCALC_MESSAGE(field_task_id, "task ID", "タスクID")
PMOCALC_MESSAGE(field_wbs, "WBS number", "WBS番号")
PMOCALC_MESSAGE(field_outline_level, "outline level", "階層レベル")
PMOCALC_MESSAGE(field_parent, "parent", "親")
PMOCALC_MESSAGE(field_task_name, "task name", "タスク名")
PMOCALC_MESSAGE(field_level_name, "name (outline level)", "名称（階層）")
PMOCALC_MESSAGE(field_phase, "phase", "フェーズ")
PMOCALC_MESSAGE(field_owner, "owner", "担当者")
PMOCALC_MESSAGE(field_budget, "budget", "予算")
PMOCALC_MESSAGE(field_effort, "planned effort", "予定工数")
PMOCALC_MESSAGE(field_actual_effort, "actual effort", "実績工数")
PMOCALC_MESSAGE(field_duration, "duration", "期間")
PMOCALC_MESSAGE(field_planned_start, "planned start", "開始予定日")
PMOCALC_MESSAGE(field_planned_finish, "planned finish", "終了予定日")
PMOCALC_MESSAGE(field_baseline_finish, "baseline finish", "基準終了日")
PMOCALC_MESSAGE(field_forecast_finish, "forecast finish", "終了見込日")
PMOCALC_MESSAGE(field_actual_start, "actual start", "実績開始日")
PMOCALC_MESSAGE(field_actual_finish, "actual finish", "実績終了日")
PMOCALC_MESSAGE(field_percent_complete, "% complete", "進捗率")
PMOCALC_MESSAGE(field_actual_cost, "actual cost", "実コスト")
PMOCALC_MESSAGE(field_milestone, "milestone", "マイルストーン")
PMOCALC_MESSAGE(field_predecessors, "predecessors", "先行タスク")
PMOCALC_MESSAGE(field_optimistic_duration, "optimistic duration", "楽観日数")
PMOCALC_MESSAGE(field_likely_duration, "most likely duration", "最頻日数")
PMOCALC_MESSAGE(field_pessimistic_duration, "pessimistic duration", "悲観日数")
PMOCALC_MESSAGE(field_constraint_type, "constraint", "制約")
PMOCALC_MESSAGE(field_risk_id, "risk ID", "リスクID")
PMOCALC_MESSAGE(field_risk_title, "risk", "リスク事象")
PMOCALC_MESSAGE(field_probability, "probability", "発生確率")
PMOCALC_MESSAGE(field_impact, "impact", "影響度")
PMOCALC_MESSAGE(field_risk_score, "risk score", "リスク値")
PMOCALC_MESSAGE(field_risk_type, "threat or opportunity", "種別（脅威・好機）")
PMOCALC_MESSAGE(field_status, "status", "ステータス")
PMOCALC_MESSAGE(field_affected_task, "affected task", "対象タスク")
PMOCALC_MESSAGE(field_issue_id, "issue ID", "課題No")
PMOCALC_MESSAGE(field_issue_title, "issue", "課題内容")
PMOCALC_MESSAGE(field_raised, "raised", "起票日")
PMOCALC_MESSAGE(field_due, "due", "期限")
PMOCALC_MESSAGE(field_closed, "closed", "完了日")
PMOCALC_MESSAGE(field_priority, "priority", "優先度")
PMOCALC_MESSAGE(field_change_id, "change request ID", "変更要求ID")
PMOCALC_MESSAGE(field_change_title, "change request", "変更内容")
PMOCALC_MESSAGE(field_cost_impact, "cost impact", "コスト影響")
PMOCALC_MESSAGE(field_schedule_impact, "schedule impact (days)", "スケジュール影響（日）")
PMOCALC_MESSAGE(field_lesson_category, "category", "カテゴリ")
PMOCALC_MESSAGE(field_lesson_text, "lesson", "教訓")
PMOCALC_MESSAGE(field_risk_category, "risk category", "リスク分類")
PMOCALC_MESSAGE(field_earning_rule, "EV method", "出来高計上方法")
PMOCALC_MESSAGE(field_estimate_to_complete, "estimate to complete", "残作業見積")
PMOCALC_MESSAGE(field_milestone_name, "milestone", "マイルストーン名")
PMOCALC_MESSAGE(field_milestone_weight, "weight", "重み")
PMOCALC_MESSAGE(field_milestone_done, "done", "達成日")
PMOCALC_MESSAGE(field_holiday_date, "holiday date", "祝日の日付")
PMOCALC_MESSAGE(field_holiday_name, "holiday", "祝日名")
PMOCALC_MESSAGE(field_project_size, "size", "規模")
PMOCALC_MESSAGE(field_size_unit, "size unit", "規模単位")
PMOCALC_MESSAGE(field_test_date, "date", "日付")
PMOCALC_MESSAGE(field_tests_planned, "tests planned", "予定件数")
PMOCALC_MESSAGE(field_tests_executed, "tests executed", "実施件数")
PMOCALC_MESSAGE(field_tests_passed, "tests passed", "合格件数")
PMOCALC_MESSAGE(field_test_case_id, "test case ID", "テストケースID")
PMOCALC_MESSAGE(field_test_planned_date, "planned date", "実施予定日")
PMOCALC_MESSAGE(field_test_executed_date, "executed date", "実施日")
PMOCALC_MESSAGE(field_test_result, "result", "結果")
PMOCALC_MESSAGE(field_criterion_name, "criterion", "評価基準")
PMOCALC_MESSAGE(field_criterion_weight, "weight", "重み")
PMOCALC_MESSAGE(field_criterion_score, "score", "点数")
PMOCALC_MESSAGE(field_selection_cost, "cost estimate", "概算費用")
PMOCALC_MESSAGE(field_people_needed, "people needed", "必要要員")
PMOCALC_MESSAGE(field_candidate, "candidate", "候補")
PMOCALC_MESSAGE(field_defect_id, "defect ID", "不具合No")
PMOCALC_MESSAGE(field_defect_title, "defect", "件名")
PMOCALC_MESSAGE(field_found_date, "found", "発見日")
PMOCALC_MESSAGE(field_severity, "severity", "重要度")
PMOCALC_MESSAGE(field_resource, "person", "要員")
PMOCALC_MESSAGE(field_allocation, "allocation", "稼働率")
PMOCALC_MESSAGE(field_assigned_hours, "hours", "工数（時間）")
PMOCALC_MESSAGE(field_capacity, "capacity", "稼働上限")
PMOCALC_MESSAGE(field_period, "period", "時点")
PMOCALC_MESSAGE(field_period_pv, "PV", "PV")
PMOCALC_MESSAGE(field_period_ev, "EV", "EV")
PMOCALC_MESSAGE(field_period_ac, "AC", "AC")
PMOCALC_MESSAGE(field_period_bac, "BAC", "BAC")
PMOCALC_MESSAGE(kind_projects, "Projects", "プロジェクト")
PMOCALC_MESSAGE(kind_tasks, "Tasks", "タスク")
PMOCALC_MESSAGE(kind_risks, "Risks", "リスク")
PMOCALC_MESSAGE(kind_issues, "Issues", "課題")
PMOCALC_MESSAGE(kind_changes, "Change requests", "変更要求")
PMOCALC_MESSAGE(kind_lessons, "Lessons", "教訓")
PMOCALC_MESSAGE(kind_holidays, "Holidays", "祝日")
PMOCALC_MESSAGE(kind_tests, "Tests", "テスト")
PMOCALC_MESSAGE(kind_defects, "Defects", "不具合")
PMOCALC_MESSAGE(kind_milestones, "Milestones", "マイルストーン")
PMOCALC_MESSAGE(kind_assignments, "Assignments", "アサイン")
PMOCALC_MESSAGE(kind_people, "People", "要員")
PMOCALC_MESSAGE(kind_criteria, "Criteria", "評価基準")
PMOCALC_MESSAGE(kind_scores, "Scores", "スコア")
PMOCALC_MESSAGE(kind_evm_series, "Earned value by period", "期間別の出来高")
// Schedules from other tools (schedules/schedule_file.hpp)
PMOCALC_MESSAGE(schedule_not_xml, "not an XML file ({0})", "XMLファイルではありません（{0}）")
PMOCALC_MESSAGE(schedule_not_format, "not a {0} file: {1}", "{0}のファイルではありません：{1}")
PMOCALC_MESSAGE(schedule_no_tasks, "the schedule has no tasks", "スケジュールにタスクがありません")
PMOCALC_MESSAGE(schedule_unknown_format, "not a schedule pmocalc reads (MS Project XML, Primavera P6 XER, GanttProject .gan)", "pmocalcが読めるスケジュール（MS Project XML、Primavera P6 XER、GanttProject .gan）ではありません")
PMOCALC_MESSAGE(schedule_element_ignored, "<{0}> not read ({1} in the file): pmocalc has no use for it", "<{0}>は読み込んでいません（ファイル内に{1}件）：pmocalcでは使いません")
PMOCALC_MESSAGE(schedule_table_ignored, "table {0} not read ({1} rows): pmocalc has no use for it", "テーブル{0}は読み込んでいません（{1}行）：pmocalcでは使いません")
PMOCALC_MESSAGE(schedule_value_unreadable, "task {0}: {1} \"{2}\" could not be read; left blank", "タスク{0}：{1}「{2}」を読めません（空欄にしました）")
PMOCALC_MESSAGE(schedule_task_without_dates, "task {0} has no start or finish; left out", "タスク{0}に開始日・終了日がありません（除外しました）")
PMOCALC_MESSAGE(schedule_duplicate_key, "task {0} appears twice; the second is left out", "タスク{0}が2回あります（2つ目を除外しました）")
PMOCALC_MESSAGE(schedule_link_unknown, "task {0}: predecessor {1} is no task of the file; the link is left out", "タスク{0}：先行タスク{1}はファイル内にありません（リンクを除外しました）")
PMOCALC_MESSAGE(schedule_link_type_unknown, "task {0}: link type \"{1}\" unknown; read as finish-to-start", "タスク{0}：リンクの種類「{1}」が不明です（終了-開始として読みました）")
PMOCALC_MESSAGE(schedule_link_to_summary, "{0} link(s) to or from summary tasks carried onto the tasks under them (a summary starts with its first task and finishes with its last)", "サマリータスクとの間のリンク{0}件を配下のタスクに付け替えました（サマリーの開始・終了は配下タスクの開始・終了です）")
PMOCALC_MESSAGE(schedule_lag_percent, "task {0}: a lag of {1} of predecessor {2}'s duration taken as {3} working days", "タスク{0}：先行タスク{2}の期間の{1}のラグを{3}稼働日としました")
PMOCALC_MESSAGE(schedule_lag_elapsed, "task {0}: an elapsed (calendar-time) lag of predecessor {1} taken as {2} working days", "タスク{0}：先行タスク{1}の経過時間ラグを{2}稼働日としました")
PMOCALC_MESSAGE(schedule_calendar_week, "the calendar \"{0}\" works on {1}: pmocalc counts Monday to Friday, so dates on other days may differ", "カレンダー「{0}」の稼働日は{1}です。pmocalcは月～金で数えるため、日付が異なることがあります")
PMOCALC_MESSAGE(schedule_calendar_extra_working, "the calendar makes {0} weekend day(s) working days (first {1}); pmocalc's calendar has holidays only, so they are not kept", "カレンダーは週末の{0}日を稼働日にしています（最初は{1}）。pmocalcのカレンダーは休日のみのため反映していません")
PMOCALC_MESSAGE(schedule_calendar_missing, "no calendar in the file: Monday to Friday, 8 hours a day, no holidays", "ファイルにカレンダーがありません：月～金、1日8時間、休日なしとしました")
PMOCALC_MESSAGE(schedule_task_calendars, "{0} task(s) have a calendar of their own; the project's calendar \"{1}\" is used for all", "{0}件のタスクに独自のカレンダーがあります。全タスクにプロジェクトのカレンダー「{1}」を使います")
PMOCALC_MESSAGE(schedule_no_baseline, "no baseline in the file: the baseline finish is blank (the schedule's variance is measured against nothing)", "ファイルにベースラインがありません：基準終了日は空欄です")
PMOCALC_MESSAGE(schedule_no_baseline_xer, "a P6 export carries no baseline unless it was exported with one: the baseline finish is blank", "P6のエクスポートには、ベースラインを含めて出力しない限りベースラインがありません：基準終了日は空欄です")
PMOCALC_MESSAGE(schedule_deadline_as_baseline, "{0} task(s) without a baseline finish take their deadline as the required finish", "基準終了日のない{0}件のタスクは期限日を基準終了日としました")
PMOCALC_MESSAGE(schedule_read_cp1252, "the file is not UTF-8: read as Windows-1252 (Western European)", "ファイルがUTF-8ではありません：Windows-1252（西欧）として読みました")
PMOCALC_MESSAGE(schedule_assignment_unknown, "an assignment of resource {0} to task {1} names no task or resource of the file; left out", "要員{0}のタスク{1}への割り当ては、ファイル内のタスクまたは要員を指していません（除外しました）")
PMOCALC_MESSAGE(schedule_several_projects, "the file holds {0} projects; only the first, {1}, is read", "ファイルには{0}件のプロジェクトがあります。最初の{1}のみ読み込みました")
PMOCALC_MESSAGE(schedule_note_at_line, "line {0}: {1}", "{0}行目：{1}")
PMOCALC_MESSAGE(import_command_title, "Import Schedule", "スケジュールを取り込む")
PMOCALC_MESSAGE(import_failed, "The schedule could not be imported.", "スケジュールを取り込めませんでした。")
PMOCALC_MESSAGE(import_filter_schedules, "Schedules (MS Project XML, Primavera P6 XER, GanttProject)", "スケジュール（MS Project XML、Primavera P6 XER、GanttProject）")
PMOCALC_MESSAGE(import_hidden_needs_file, "a hidden document cannot show a dialog: give the schedule to import (the File argument)", "非表示のドキュメントではダイアログを表示できません。取り込むスケジュールを指定してください（File引数）")
PMOCALC_MESSAGE(import_done, "{0}\nSheets added: {1}.\n{2} note(s) of the reading are on the sheet {3}.", "{0}\n追加したシート：{1}\n読み込み時の注記{2}件はシート{3}にあります。")
PMOCALC_MESSAGE(import_cannot_read, "{0}: {1}", "{0}：{1}")
PMOCALC_MESSAGE(cli_export_alone, "--export-mspdi writes only the XML of one input: give one INPUT and no --pdf, --json, --record, --history or --share", "--export-mspdi は1つの入力のXMLだけを書き出します。入力は1つにし、--pdf・--json・--record・--history・--share は指定しないでください")
PMOCALC_MESSAGE(cli_export_bad_name, "--export-mspdi needs a file name ending in .xml: {0}", "--export-mspdi には .xml で終わるファイル名を指定してください：{0}")
PMOCALC_MESSAGE(cli_export_written, "MS Project XML -> {0} ({1} tasks, {2} links)", "MS Project XML -> {0}（タスク{1}件、リンク{2}件）")
PMOCALC_MESSAGE(cli_export_link_left_out, "not written: {0}", "書き出していません：{0}")
PMOCALC_MESSAGE(schedule_read, "{0}: {1} tasks ({2} summaries), {3} links, {4} resources, {5} assignments, {6} holidays read", "{0}：タスク{1}件（サマリー{2}件）、リンク{3}件、要員{4}件、割り当て{5}件、休日{6}日を読み込みました")
PMOCALC_MESSAGE(weekday_monday, "Monday", "月曜")
PMOCALC_MESSAGE(weekday_tuesday, "Tuesday", "火曜")
PMOCALC_MESSAGE(weekday_wednesday, "Wednesday", "水曜")
PMOCALC_MESSAGE(weekday_thursday, "Thursday", "木曜")
PMOCALC_MESSAGE(weekday_friday, "Friday", "金曜")
PMOCALC_MESSAGE(weekday_saturday, "Saturday", "土曜")
PMOCALC_MESSAGE(weekday_sunday, "Sunday", "日曜")
PMOCALC_MESSAGE(list_join, "{0}, {1}", "{0}・{1}")
PMOCALC_MESSAGE(nothing_listed, "no day", "なし")
// (the XER reader's own messages)
PMOCALC_MESSAGE(schedule_xer_lines_skipped, "{0} line(s) are no XER record (%T, %F, %R or %E), the first at line {1}: left out", "{0}行はXERのレコード（%T、%F、%R、%E）ではありません（最初は{1}行目）：除外しました")
PMOCALC_MESSAGE(schedule_xer_percent_derived, "{0} task(s) measure progress by duration or units % complete, not physical % complete: their percent complete is computed from the remaining duration (or work)", "{0}件のアクティビティは物理的進捗率ではなく期間または数量の進捗率で進捗を測っています：進捗率は残期間（または残作業量）から算出しました")
PMOCALC_MESSAGE(schedule_xer_level_of_effort, "{0} level-of-effort or WBS-summary task(s) read as ordinary tasks: P6 derives their dates from the activities they are linked to", "{0}件のLOE（作業レベル）またはWBSサマリーアクティビティを通常のタスクとして読みました。P6ではリンク先のアクティビティから日付が決まります")
PMOCALC_MESSAGE(schedule_xer_calendar_unreadable, "calendar \"{0}\": its working week (clndr_data) could not be read; Monday to Friday assumed", "カレンダー「{0}」：稼働週（clndr_data）を読めません。月～金としました")
PMOCALC_MESSAGE(schedule_xer_role_assignments, "{0} assignment(s) name a role but no resource: their cost is in the tasks' cost, the assignments are left out", "{0}件の割り当ては役割のみで要員がありません：コストはタスクのコストに含め、割り当ては除外しました")
// (the GanttProject reader's own messages)
PMOCALC_MESSAGE(schedule_gan_not_project, "the root element is <{0}>, not <project>", "ルート要素が<project>ではなく<{0}>です")
PMOCALC_MESSAGE(schedule_gan_no_tasks_element, "<project> has no <tasks>", "<project>に<tasks>がありません")
PMOCALC_MESSAGE(schedule_gan_attribute_ignored, "the task attribute {0} is not read ({1} tasks): pmocalc has no use for it", "タスクの属性{0}は読み込んでいません（{1}件）：pmocalcでは使いません")
PMOCALC_MESSAGE(schedule_gan_successor_unknown, "task {0}: successor {1} is no task of the file; the link is left out", "タスク{0}：後続タスク{1}はファイル内にありません（リンクを除外しました）")
PMOCALC_MESSAGE(schedule_gan_baselines, "the file holds {0} baselines; the first, \"{1}\", is read as the baseline", "ファイルには{0}件のベースラインがあります。最初の「{1}」をベースラインとして読み込みました")
PMOCALC_MESSAGE(schedule_gan_calendar_date_unreadable, "the calendar day (year \"{0}\", month \"{1}\", date \"{2}\", type \"{3}\") could not be read; left out", "カレンダーの日付（年「{0}」、月「{1}」、日「{2}」、種類「{3}」）を読めません（除外しました）")
PMOCALC_MESSAGE(schedule_gan_resource_value_unreadable, "resource {0}: {1} \"{2}\" could not be read; left blank", "要員{0}：{1}「{2}」を読めません（空欄にしました）")
PMOCALC_MESSAGE(schedule_gan_rate_per_day, "GanttProject's standard rates are per day: read as hourly rates at {0} hours a day", "GanttProjectの標準単価は1日あたりです：1日{0}時間として時間単価にしました")
PMOCALC_MESSAGE(schedule_gan_start_kept, "{0} task(s) that no Strong link places stay on the day set in GanttProject: read as start no earlier than that day", "Strongのリンクで日程が決まらない{0}件のタスクは、GanttProjectで設定した日に置かれています：その日以降に開始する制約として読みました")
// clang-format on
