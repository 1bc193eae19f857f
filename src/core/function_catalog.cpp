#include "function_catalog.hpp"

#include <array>

namespace pmocalc {

namespace {

using K = ArgumentKind;

constexpr ArgumentInfo ev_value{"ev", K::value, {"EV", "EV"},
    {"Earned value: a number or a range that is summed.", "出来高（EV）。数値、または合計される範囲。"}};
constexpr ArgumentInfo pv_value{"pv", K::value, {"PV", "PV"},
    {"Planned value: a number or a range that is summed.", "計画価値（PV）。数値、または合計される範囲。"}};
constexpr ArgumentInfo ac_value{"ac", K::value, {"AC", "AC"},
    {"Actual cost: a number or a range that is summed.", "実コスト（AC）。数値、または合計される範囲。"}};
constexpr ArgumentInfo bac_value{"bac", K::value, {"BAC", "BAC"},
    {"Budget at completion: a number or a range that is summed.", "完了時総予算（BAC）。数値、または合計される範囲。"}};
constexpr ArgumentInfo eac_method{"method", K::optional, {"method", "方式"},
    {"Optional: cpi (default) BAC/CPI, atypical AC+(BAC-EV), or composite AC+(BAC-EV)/(CPI*SPI), which needs PV.",
     "省略可。cpi（既定）BAC/CPI、atypical AC+(BAC-EV)、composite AC+(BAC-EV)/(CPI*SPI)（PVが必要）。"}};
constexpr ArgumentInfo eac_pv{"pv", K::optional, {"PV", "PV"},
    {"Optional: planned value, needed by the composite method.", "省略可。計画価値（PV）。composite 方式で必要。"}};
constexpr ArgumentInfo holidays_arg{"holidays", K::optional, {"holidays", "祝日"},
    {"Optional: a range of non-working dates (public holidays, company holidays).",
     "省略可。非稼働日（祝日・会社休日）の日付の範囲。"}};
constexpr ArgumentInfo weekend_arg{"weekend", K::optional, {"weekend", "週末"},
    {"Optional: 7 characters Monday first, 1 = non-working (default \"0000011\"), or a NETWORKDAYS.INTL code.",
     "省略可。月曜始まりの7文字で1が非稼働（既定 \"0000011\"）、または NETWORKDAYS.INTL の週末番号。"}};
constexpr ArgumentInfo pv_curve{"pvCurve", K::range, {"PV curve", "PV累積曲線"},
    {"Cumulative planned value at the end of periods 1..n.", "期間1..nの各期末の累積計画価値。"}};
constexpr ArgumentInfo at_arg{"at", K::single, {"AT", "AT"},
    {"Actual time: the number of periods elapsed.", "実経過時間（AT）。経過した期間数。"}};

constexpr std::array sv_args{ev_value, pv_value};
constexpr std::array cv_args{ev_value, ac_value};
constexpr std::array eac_args{bac_value, ev_value, ac_value, eac_method, eac_pv};
constexpr std::array tcpi_args{bac_value, ev_value, ac_value,
    ArgumentInfo{"eac", K::optional, {"EAC", "EAC"},
        {"Optional: a target EAC; TCPI is then (BAC-EV)/(EAC-AC).",
         "省略可。目標とするEAC。指定時のTCPIは (BAC-EV)/(EAC-AC)。"}}};
constexpr std::array pv_args{
    ArgumentInfo{"budgets", K::range, {"budgets", "予算"},
        {"Budget of each task (money or person-days), one row per task.", "各タスクの予算（金額または人日）。1行1タスク。"}},
    ArgumentInfo{"starts", K::range, {"starts", "開始予定日"},
        {"Planned start date of each task.", "各タスクの開始予定日。"}},
    ArgumentInfo{"finishes", K::range, {"finishes", "終了予定日"},
        {"Planned finish date of each task (inclusive).", "各タスクの終了予定日（当日を含む）。"}},
    ArgumentInfo{"statusDate", K::single, {"status date", "基準日"},
        {"The date the planned value is measured at.", "計画価値を測る基準日。"}},
    holidays_arg, weekend_arg};
constexpr std::array ev_args{
    ArgumentInfo{"budgets", K::range, {"budgets", "予算"},
        {"Budget of each task (money or person-days), one row per task.", "各タスクの予算（金額または人日）。1行1タスク。"}},
    ArgumentInfo{"percentComplete", K::range, {"percent complete", "進捗率"},
        {"Percent complete of each task, 0..1 (0% to 100%).", "各タスクの進捗率。0..1（0%〜100%）。"}},
    ArgumentInfo{"methods", K::optional, {"EV methods", "出来高計上方法"},
        {"Optional: the EV method of each task, or one for all: percent (default), 0/100, 50/50 or 20/80.",
         "省略可。各タスクの出来高計上方法（全タスク共通なら1つ）: 進捗率（既定）・0/100・50/50・20/80。"}}};
constexpr std::array slip_args{
    ArgumentInfo{"baselineFinish", K::single, {"baseline finish", "基準終了日"},
        {"The baseline (planned) finish date.", "ベースライン（計画）の終了日。"}},
    ArgumentInfo{"forecastFinish", K::single, {"forecast finish", "終了見込日"},
        {"The forecast or actual finish date.", "終了見込日または実績終了日。"}},
    holidays_arg, weekend_arg};
constexpr std::array es_args{pv_curve, ev_value};
constexpr std::array time_args{pv_curve, ev_value, at_arg};
constexpr std::array exposure_args{
    ArgumentInfo{"probabilities", K::range, {"probabilities", "発生確率"},
        {"Probability of each risk, 0..1.", "各リスクの発生確率。0..1。"}},
    ArgumentInfo{"impacts", K::range, {"impacts", "影響額"},
        {"Impact of each risk (a magnitude, not negative).", "各リスクの影響額（0以上の大きさ）。"}}};
constexpr std::array emv_args{exposure_args[0], exposure_args[1],
    ArgumentInfo{"types", K::range, {"types", "種別"},
        {"threat (脅威, or blank) counts negative, opportunity (好機/機会) positive.",
         "脅威（threat、空欄も脅威）は負、好機・機会（opportunity）は正として数える。"}}};
constexpr std::array rag_args{
    ArgumentInfo{"spi", K::single, {"SPI", "SPI"}, {"Schedule performance index.", "スケジュール効率指数（SPI）。"}},
    ArgumentInfo{"cpi", K::single, {"CPI", "CPI"}, {"Cost performance index.", "コスト効率指数（CPI）。"}},
    ArgumentInfo{"amberBelow", K::optional, {"amber below", "黄の閾値"},
        {"Optional: below this the status is at least AMBER (default 0.95).", "省略可。これ未満で黄（AMBER）以下（既定 0.95）。"}},
    ArgumentInfo{"redBelow", K::optional, {"red below", "赤の閾値"},
        {"Optional: below this the status is RED (default 0.85).", "省略可。これ未満で赤（RED）（既定 0.85）。"}}};
constexpr std::array openissues_args{
    ArgumentInfo{"raised", K::range, {"raised", "起票日"}, {"Date each issue was raised.", "各課題の起票日。"}},
    ArgumentInfo{"closed", K::range, {"closed", "完了日"},
        {"Date each issue was closed; blank while open.", "各課題の完了日。未完了なら空欄。"}},
    ArgumentInfo{"statusDate", K::single, {"status date", "基準日"}, {"The date to count at.", "集計する基準日。"}},
    ArgumentInfo{"minAgeDays", K::optional, {"minimum age", "経過日数下限"},
        {"Optional: count only issues open at least this many calendar days (default 0).",
         "省略可。起票からこの暦日数以上経過した課題だけを数える（既定 0）。"}}};

constexpr ArgumentInfo ids_arg{"ids", K::range, {"ids", "タスクID"},
    {"ID of each task (a number or text), one row per task.", "各タスクのID（数値または文字列）。1行1タスク。"}};
constexpr ArgumentInfo durations_arg{"durations", K::range, {"durations", "所要期間"},
    {"Duration of each task in working days (0 for a milestone).", "各タスクの所要期間（稼働日数。マイルストーンは0）。"}};
constexpr ArgumentInfo predecessors_arg{"predecessors", K::range, {"predecessors", "先行タスク"},
    {"Predecessors of each task as in MS Project: IDs separated by , or ; each ID[FS|SS|FF|SF][+/-lag], e.g. 3FS+2;5SS.",
     "各タスクの先行タスク（MS Project と同じ形式）。IDを , または ; で区切り、各 ID[FS|SS|FF|SF][±ラグ]（例: 3FS+2;5SS）。"}};
constexpr ArgumentInfo optimistic_arg{"optimistic", K::range, {"optimistic", "楽観値"},
    {"Optimistic (shortest) duration of each task in working days.", "各タスクの楽観（最短）所要期間（稼働日数）。"}};
constexpr ArgumentInfo likely_arg{"likely", K::range, {"most likely", "最頻値"},
    {"Most likely duration of each task in working days.", "各タスクの最頻（最も可能性の高い）所要期間（稼働日数）。"}};
constexpr ArgumentInfo pessimistic_arg{"pessimistic", K::range, {"pessimistic", "悲観値"},
    {"Pessimistic (longest) duration of each task in working days.", "各タスクの悲観（最長）所要期間（稼働日数）。"}};
constexpr ArgumentInfo iterations_arg{"iterations", K::optional, {"iterations", "試行回数"},
    {"Optional: Monte Carlo iterations, 100 to 1,000,000 (default 10,000).",
     "省略可。モンテカルロの試行回数。100〜1,000,000（既定 10,000）。"}};
constexpr ArgumentInfo seed_arg{"seed", K::optional, {"seed", "乱数シード"},
    {"Optional: the random seed; the same seed always gives the same result (blank or 0: a fixed default).",
     "省略可。乱数シード。同じシードなら常に同じ結果（空欄または0は固定の既定値）。"}};

constexpr std::array network_args{ids_arg, durations_arg, predecessors_arg};
constexpr std::array mcduration_args{ids_arg, optimistic_arg, likely_arg, pessimistic_arg, predecessors_arg,
    ArgumentInfo{"percentile", K::single, {"percentile", "パーセンタイル"},
        {"The confidence level, 0..1: 0.8 gives the duration met in 80% of the iterations (P80).",
         "信頼水準（0〜1）。0.8なら80%の試行で達成できる期間（P80）。"}},
    iterations_arg, seed_arg};
constexpr std::array mcprobability_args{ids_arg, optimistic_arg, likely_arg, pessimistic_arg, predecessors_arg,
    ArgumentInfo{"target", K::single, {"target", "目標期間"},
        {"The target project length in working days.", "目標とするプロジェクト期間（稼働日数）。"}},
    iterations_arg, seed_arg};
constexpr std::array criticality_args{ids_arg, optimistic_arg, likely_arg, pessimistic_arg, predecessors_arg,
    iterations_arg, seed_arg};

constexpr std::array defects_args{
    ArgumentInfo{"dates", K::range, {"dates", "日付"},
        {"Date (or period number) of each observation, ascending.", "各観測の日付（または期間番号）。昇順。"}},
    ArgumentInfo{"cumulativeFound", K::range, {"cumulative found", "累積検出数"},
        {"Cumulative number of defects found by each date.", "各日付までに検出された不具合の累積件数。"}},
    ArgumentInfo{"model", K::optional, {"model", "モデル"},
        {"Optional: gompertz (default) or logistic.", "省略可。gompertz（ゴンペルツ、既定）または logistic（ロジスティック）。"}}};

constexpr std::array load_args{
    ArgumentInfo{"resources", K::range, {"resources", "要員"},
        {"The person (or team) of each assignment row; rows with a blank resource are skipped.",
         "各アサイン行の要員（またはチーム）。空欄の行は読み飛ばす。"}},
    ArgumentInfo{"starts", K::range, {"starts", "開始日"}, {"Start date of each assignment.", "各アサインの開始日。"}},
    ArgumentInfo{"finishes", K::range, {"finishes", "終了日"},
        {"Finish date of each assignment (inclusive).", "各アサインの終了日（当日を含む）。"}},
    ArgumentInfo{"allocations", K::range, {"allocations", "稼働率"},
        {"Allocation of each assignment: 1 = 100 % of a working day, 0 to 10.",
         "各アサインの稼働率。1＝1日の100%、0〜10。"}},
    ArgumentInfo{"resource", K::single, {"resource", "対象要員"},
        {"The person whose load is wanted (case and full/half width ignored).",
         "負荷を求める要員（大文字・小文字、全角・半角は区別しない）。"}},
    ArgumentInfo{"from", K::single, {"from", "期間開始"}, {"First day of the period.", "期間の初日。"}},
    ArgumentInfo{"to", K::single, {"to", "期間終了"}, {"Last day of the period (inclusive).", "期間の最終日（当日を含む）。"}},
    holidays_arg};
constexpr std::array select_args{
    ArgumentInfo{"values", K::range, {"values", "価値"},
        {"Value of each candidate project (a weighted score or money), one per row, none negative.",
         "各候補プロジェクトの価値（加重スコアや金額）。1行に1件、負の値は不可。"}},
    ArgumentInfo{"costs", K::range, {"costs", "費用"},
        {"Cost of each candidate project, one per row, none negative.", "各候補プロジェクトの費用。1行に1件、負の値は不可。"}},
    ArgumentInfo{"budget", K::single, {"budget", "予算"},
        {"The budget the chosen projects' total cost must stay within.", "選ぶプロジェクトの費用合計の上限となる予算。"}},
    ArgumentInfo{"people", K::optional, {"people", "必要要員"},
        {"Optional: people each candidate needs, one per row (give the people limit too).",
         "省略可。各候補に必要な要員数。1行に1件（要員の上限も指定）。"}},
    ArgumentInfo{"peopleLimit", K::optional, {"people limit", "要員の上限"},
        {"Optional: the most people the chosen projects may need in total.", "省略可。選ぶプロジェクトの必要要員の合計の上限。"}}};

constexpr std::array catalog{
    FunctionInfo{"sv", "PMO_SV", "PMO_SV", false,
        {"Schedule variance SV = EV - PV.", "スケジュール差異 SV = EV - PV。"}, sv_args},
    FunctionInfo{"cv", "PMO_CV", "PMO_CV", false,
        {"Cost variance CV = EV - AC.", "コスト差異 CV = EV - AC。"}, cv_args},
    FunctionInfo{"spi", "PMO_SPI", "PMO_SPI", false,
        {"Schedule performance index SPI = EV / PV (ranges give the sum of EV over the sum of PV).",
         "スケジュール効率指数 SPI = EV / PV（範囲ならEV合計÷PV合計）。"}, sv_args},
    FunctionInfo{"cpi", "PMO_CPI", "PMO_CPI", false,
        {"Cost performance index CPI = EV / AC.", "コスト効率指数 CPI = EV / AC。"}, cv_args},
    FunctionInfo{"eac", "PMO_EAC", "PMO_EAC", false,
        {"Estimate at completion by the chosen method (default BAC / CPI).", "完了時総コスト見積り EAC（既定は BAC / CPI）。"},
        eac_args},
    FunctionInfo{"etc", "PMO_ETC", "PMO_ETC", false,
        {"Estimate to complete ETC = EAC - AC.", "残作業コスト見積り ETC = EAC - AC。"}, eac_args},
    FunctionInfo{"vac", "PMO_VAC", "PMO_VAC", false,
        {"Variance at completion VAC = BAC - EAC.", "完了時差異 VAC = BAC - EAC。"}, eac_args},
    FunctionInfo{"tcpi", "PMO_TCPI", "PMO_TCPI", false,
        {"To-complete performance index (BAC - EV) / (BAC - AC), or / (EAC - AC) with a target EAC.",
         "残作業効率指数 TCPI = (BAC - EV) / (BAC - AC)、EAC指定時は (EAC - AC) で割る。"}, tcpi_args},
    FunctionInfo{"pv", "PMO_PV", "PMO_PV", true,
        {"Planned value at a status date: each task's budget spread evenly over its working days.",
         "基準日時点の計画価値 PV。各タスクの予算を稼働日に均等に配分して合計。"}, pv_args},
    FunctionInfo{"ev", "PMO_EV", "PMO_EV", false,
        {"Earned value: the sum of budget x percent complete, or by each task's EV method (0/100, 50/50, 20/80).",
         "出来高 EV = Σ 予算 × 進捗率（出来高計上方法 0/100・50/50・20/80 も指定可）。"}, ev_args},
    FunctionInfo{"slip", "PMO_SLIP", "PMO_SLIP", true,
        {"Schedule slip in working days: later is positive, earlier negative.",
         "稼働日ベースの遅延日数。遅れは正、前倒しは負。"}, slip_args},
    FunctionInfo{"es", "PMO_ES", "PMO_ES", false,
        {"Earned schedule in periods (Lipke).", "アーンドスケジュール ES（期間数、Lipke）。"}, es_args},
    FunctionInfo{"svt", "PMO_SVT", "PMO_SVT", false,
        {"Schedule variance in time SV(t) = ES - AT.", "時間ベースのスケジュール差異 SV(t) = ES - AT。"}, time_args},
    FunctionInfo{"spit", "PMO_SPIT", "PMO_SPIT", false,
        {"Schedule performance index in time SPI(t) = ES / AT.", "時間ベースのスケジュール効率指数 SPI(t) = ES / AT。"},
        time_args},
    FunctionInfo{"ieact", "PMO_IEACT", "PMO_IEACT", false,
        {"Independent estimate of the duration at completion IEAC(t) = PD / SPI(t).",
         "完了時期間の独立見積り IEAC(t) = PD / SPI(t)。"}, time_args},
    FunctionInfo{"exposure", "PMO_EXPOSURE", "PMO_EXPOSURE", false,
        {"Risk exposure: the sum of probability x impact.", "リスクエクスポージャー Σ 発生確率 × 影響額。"},
        exposure_args},
    FunctionInfo{"emv", "PMO_EMV", "PMO_EMV", false,
        {"Expected monetary value: threats negative, opportunities positive.",
         "期待金額価値 EMV。脅威は負、好機は正。"}, emv_args},
    FunctionInfo{"rag", "PMO_RAG", "PMO_RAG", false,
        {"RAG status (GREEN, AMBER, RED) from the worse of SPI and CPI.",
         "SPIとCPIの悪い方から判定したRAG（GREEN・AMBER・RED）。"}, rag_args, ResultKind::text},
    FunctionInfo{"openissues", "PMO_OPENISSUES", "PMO_OPENISSUES", true,
        {"Number of issues open at the status date, optionally only those open at least minAgeDays.",
         "基準日時点で未完了の課題数（経過日数下限で絞り込み可）。"}, openissues_args},
    FunctionInfo{"duration", "PMO_DURATION", "PMO_DURATION", false,
        {"Project length in working days by the critical path method, from time 0.",
         "クリティカルパス法によるプロジェクト期間（稼働日数、開始時点0から）。"}, network_args},
    FunctionInfo{"totalfloat", "PMO_FLOAT", "PMO_FLOAT", false,
        {"Total float of each task (an array, one per task; 0 = critical).",
         "各タスクのトータルフロート（タスクごとの配列。0はクリティカル）。"}, network_args, ResultKind::array},
    FunctionInfo{"freefloat", "PMO_FREEFLOAT", "PMO_FREEFLOAT", false,
        {"Free float of each task: how far it may slip without delaying any successor (an array).",
         "各タスクのフリーフロート。後続タスクを遅らせずに遅延できる日数（配列）。"}, network_args, ResultKind::array},
    FunctionInfo{"mcduration", "PMO_MCDURATION", "PMO_MCDURATION", false,
        {"Project length at a percentile over a Monte Carlo of triangular task durations.",
         "三角分布のモンテカルロによる、指定パーセンタイルのプロジェクト期間。"}, mcduration_args},
    FunctionInfo{"mcprobability", "PMO_MCPROB", "PMO_MCPROB", false,
        {"Probability of finishing within a target length, by Monte Carlo of triangular task durations.",
         "三角分布のモンテカルロによる、目標期間内に完了する確率。"}, mcprobability_args},
    FunctionInfo{"criticality", "PMO_CRITICALITY", "PMO_CRITICALITY", false,
        {"Criticality index of each task: the share of Monte Carlo iterations it was critical in (an array).",
         "各タスクのクリティカリティ指数。モンテカルロでクリティカルになった試行の割合（配列）。"},
        criticality_args, ResultKind::array},
    FunctionInfo{"defects", "PMO_DEFECTS", "PMO_DEFECTS", false,
        {"Estimated total defects: the asymptote of a reliability growth curve fitted to the cumulative counts "
         "(#N/A until the counts pass the curve's inflection point).",
         "推定総不具合数。累積検出数に当てはめた信頼度成長曲線の漸近値（変曲点を越えるまでは #N/A）。"},
        defects_args},
    FunctionInfo{"load", "PMO_LOAD", "PMO_LOAD", true,
        {"Average allocation of a resource over the working days from..to, summed over every assignment row "
         "(1 = 100 %; above 1: overloaded).",
         "期間中の稼働日における要員の平均稼働率。全アサイン行の合計（1＝100%、1超は過負荷）。"},
        load_args},
    FunctionInfo{"select", "PMO_SELECT", "PMO_SELECT", false,
        {"Choosing projects: 1 for each candidate in the set of largest total value within the budget (and people "
         "limit), 0 for the others; the exact optimum, ties to the first rows (an array).",
         "プロジェクト選定。予算（と要員の上限）内で価値の合計が最大になる組合せに入る候補は1、それ以外は0。"
         "厳密な最適解で、同点は上の行を優先（配列）。"},
        select_args, ResultKind::array},
};

}  // namespace

std::span<const FunctionInfo> function_catalog() { return catalog; }

}  // namespace pmocalc
