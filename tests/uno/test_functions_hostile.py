#!/usr/bin/env python3
"""Every PMO_* function, called in a running headless Calc with hostile
arguments, answers within seconds with a number (PMO_RAG: a text) or a Calc
error, gives the answer its contract promises where the contract is clear,
and never takes the office down.

The functions are the ones the extension registers: CalcAddIns.xcu inside
build/pmocalc.oxt, generated from the one catalog (src/core/function_catalog.cpp),
checked against the functions the running Calc lists. Each function's
arguments are described here once (SPECS: how the argument is read and a valid
value); every hostile value is then put into every argument it applies to, so a
function or an argument without a description fails the run instead of being
skipped.

The office is pmocalc's own test office (build/pmocalc-office serve: the
extension installed in a throwaway profile, run as the unprivileged user when
we are root). A watchdog stops it if a formula does not answer within its bound;
a hang or a crash fails the run naming the formula.

usage: test_functions_hostile.py BUILD_DIR
Writes each formula's result and time to BUILD_DIR/tests/functions_hostile.json.
"""
import datetime
import json
import math
import os
import re
import signal
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
import zipfile

import uno
from com.sun.star.uno import RuntimeException as UnoRuntimeException

# A formula must answer within BOUND seconds: a hang detector, not a timing
# test. Calc itself needs 5-15 s on an idle 2-core machine (and several times
# that on a busy one) to build the 16,777,216-element argument of a
# 16M-cell range before the add-in is even called, so each such argument adds
# BOUND_PER_16M seconds.
BOUND = 20.0
BOUND_PER_16M = 40.0

# Calc's error codes (formula/errorcodes.hxx) as getError() gives them.
ILLEGAL_ARGUMENT = 502  # Err:502: the input breaks the function's contract
OVERFLOW = 503          # #NUM!: the figure is beyond what a number can hold
PARAMETER_ERROR = 504   # Err:504: Calc refuses to hand error cells to an add-in
NOT_AVAILABLE = 32767   # #N/A
BAD_REFERENCE = 524     # #REF!
DIVISION_BY_ZERO = 532  # #DIV/0!: the figure is undefined
TEXT_RESULT = 2  # com.sun.star.sheet.FormulaResult.STRING
ERROR_NAMES = {ILLEGAL_ARGUMENT: "Err:502", OVERFLOW: "#NUM!", PARAMETER_ERROR: "Err:504",
               NOT_AVAILABLE: "#N/A", BAD_REFERENCE: "#REF!", DIVISION_BY_ZERO: "#DIV/0!"}

WHOLE_RANGE = "A1:P1048576"  # 16 columns x 1,048,576 rows = 16,777,216 cells
CALC_EPOCH = datetime.date(1899, 12, 30)


def serial(y, m, d):
    return float((datetime.date(y, m, d) - CALC_EPOCH).days)


FIRST_DAY = serial(1900, 1, 1)  # 2: the first date pmocalc accepts
LAST_DAY = serial(2199, 12, 31)  # 109574: the last


# ---------------------------------------------------------------- the workbook
# Sheet Data holds only numbers (so that a 16M-cell range over it has a known
# sum): one task, risk or issue per row.
DATA = {
    "A": [100.0, 200.0, 300.0],                                           # budgets
    "B": [serial(2025, 1, 6), serial(2025, 2, 3), serial(2025, 3, 3)],    # starts
    "C": [serial(2025, 1, 31), serial(2025, 2, 28), serial(2025, 4, 30)],  # finishes
    "D": [1.0, 0.5, 0.0],                                                 # percent complete
    "E": [0.5, 0.2, 0.1],                                                 # probabilities
    "F": [1000.0, 500.0, 200.0],                                          # impacts
    "G": [100.0, 250.0, 450.0],                                           # cumulative PV per period
    "H": [serial(2025, 1, 10), serial(2025, 2, 1), serial(2025, 3, 1)],   # issues raised
    "I": [serial(2025, 1, 20), None, None],                               # issues closed
    "J": [serial(2025, 1, 13), serial(2025, 2, 11), None],                # holidays
}
DATA_SUM = sum(v for column in DATA.values() for v in column if v is not None)
# Sheet One: single values, one per column, each alone in its column.
ONE = {
    "A": 0.9,                   # an SPI
    "B": 1.0,                   # a CPI
    "C": serial(2025, 2, 14),   # PV's status date
    "D": serial(2025, 1, 31),   # a baseline finish (Friday)
    "E": serial(2025, 2, 14),   # a forecast finish (Friday)
    "F": 250.0,                 # an EV
    "G": 3.0,                   # an AT
    "H": serial(2025, 3, 15),   # the issues' status date
    "I": 500.0,                 # a PV or AC
}
TYPES = ["threat", "opportunity", "threat"]
# Sheet Growth: 31 daily cumulative defect counts on a Gompertz curve with
# 200 defects in all, past its bend (day 10.7), so the fit estimates ~200.
GROWTH = [(45000.0 + i, round(200 * math.exp(-5 * math.exp(-0.15 * i)), 6)) for i in range(31)]
# Sheet People: assignments for PMO_LOAD — Yamada full time 2025-06-02..06-06
# and (as "yamada") half time 06-05..06-13, Sato full time 06-02..06-13; E1 a
# holiday, 2025-06-04.
PEOPLE = [("Yamada", serial(2025, 6, 2), serial(2025, 6, 6), 1.0, serial(2025, 6, 4)),
          ("Sato", serial(2025, 6, 2), serial(2025, 6, 13), 1.0, ""),
          ("yamada", serial(2025, 6, 5), serial(2025, 6, 13), 0.5, "")]
# Sheet Net: a schedule network of three tasks, 1 → 2 → 3 (and 1 → 3), whose
# three-point estimates are all equal to the durations, so that the Monte
# Carlo's answer is exactly the critical path's: length 2 + 3 + 4 = 9.
NET = {
    "A": [1.0, 2.0, 3.0],        # ids
    "B": [2.0, 3.0, 4.0],        # durations = optimistic = likely = pessimistic
    "C": ["", "1", "1;2FS"],     # predecessors
}
# Sheet Big: a PV curve along row 1 of a 16M-cell range; read row-major, the
# rest of the range is blank.
BIG_CURVE = "$Big." + WHOLE_RANGE
# Sheet Bad: hostile cells, three rows a column, written as formulas.
BAD = {
    "A": ["100", "abc", "300"],                   # text among numbers
    "B": ["100", "=NA()", "300"],                 # #N/A among numbers
    "C": ["100", '=INDIRECT("nowhere")', "300"],  # #REF! among numbers
    "D": ["100", "=1/0", "300"],                  # #DIV/0! among numbers
    "E": ["", "", ""],                            # blank cells
    "F": ["=NA()", "=#REF!", "=1/0"],             # error cells on their own
    "G": ["threat", "meteor", "opportunity"],     # an unknown risk type
    "H": ["1E308", "1E308", "1E308"],             # a sum beyond the largest double
}


def build_workbook(doc):
    sheets = doc.Sheets
    first = sheets.getByIndex(0)
    first.Name = "Calls"
    for index, name in enumerate(("Data", "One", "Types", "Big", "Bad", "Net", "Growth", "People"), start=1):
        sheets.insertNewByName(name, index)
    rows = tuple(tuple("" if DATA[c][r] is None else DATA[c][r] for c in sorted(DATA)) for r in range(3))
    sheets.getByName("Data").getCellRangeByName("A1:J3").setDataArray(rows)
    sheets.getByName("One").getCellRangeByName("A1:I1").setDataArray((tuple(ONE[c] for c in sorted(ONE)),))
    sheets.getByName("Types").getCellRangeByName("A1:A3").setDataArray(tuple((t,) for t in TYPES))
    sheets.getByName("Big").getCellRangeByName("A1:C1").setDataArray((tuple(DATA["G"]),))
    sheets.getByName("Growth").getCellRangeByName("A1:B31").setDataArray(tuple(GROWTH))
    sheets.getByName("People").getCellRangeByName("A1:E3").setDataArray(tuple(PEOPLE))
    sheets.getByName("Net").getCellRangeByName("A1:C3").setDataArray(
        tuple(tuple(NET[c][r] for c in sorted(NET)) for r in range(3)))
    sheets.getByName("Bad").getCellRangeByName("A1:H3").setFormulaArray(
        tuple(tuple(BAD[c][r] for c in sorted(BAD)) for r in range(3)))
    return first


# ----------------------------------------------------------------- expectations
class Result:
    def __init__(self, kind, value, seconds):
        self.kind = kind  # "number", "text" or "error"
        self.value = value  # the number, the text, or the error code
        self.seconds = seconds

    def __str__(self):
        if self.kind == "error":
            return ERROR_NAMES.get(self.value, "Err:%d" % self.value)
        return repr(self.value)


def close_to(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


class Expect:
    """What a formula must answer; `check` returns what is wrong, or None."""

    def __init__(self, describe, check):
        self.describe = describe
        self.check = check

    def __repr__(self):
        return self.describe


def error(code):
    return Expect(ERROR_NAMES.get(code, "Err:%d" % code),
                  lambda r: None if r.kind == "error" and r.value == code else "expected " + ERROR_NAMES[code])


def near(expected, tolerance):
    return Expect("%r ± %r" % (expected, tolerance), lambda r: None if r.kind == "number"
                  and abs(r.value - expected) <= tolerance else "expected %r ± %r" % (expected, tolerance))


def value(expected):
    if isinstance(expected, str):
        return Expect(repr(expected), lambda r: None if r.kind == "text" and r.value == expected
                      else "expected %r" % expected)
    return Expect(repr(expected), lambda r: None if r.kind == "number" and close_to(r.value, expected)
                  else "expected %r" % expected)


AN_ERROR = Expect("an error", lambda r: None if r.kind == "error" else "expected an error, not a figure")
A_FIGURE = Expect("a figure", lambda r: None if r.kind != "error" else "expected a figure, not an error")
# No contract beyond the invariants every answer is checked against.
ANSWERS = Expect("an answer", lambda r: None)
ERR502 = error(ILLEGAL_ARGUMENT)


class Baseline:
    """Stands for the function's answer with its valid arguments."""


SAME = Baseline()


# --------------------------------------------------------------------- the specs
class Role:
    """How an argument is read. `rows`: one entry per task/risk/issue row,
    parallel to other such arguments (a scalar there is a size mismatch, so
    hostile numbers go in as a 3-row inline array). `numbers`: what -1, 1E308,
    -1E308 and three cells of 1E308 (whose sum overflows) must give."""

    def __init__(self, name, rows, numbers, empty, date=False, texts=None):
        self.name = name
        self.rows = rows
        self.numbers = numbers
        self.empty = empty  # what a range of blank cells gives
        self.date = date
        self.texts = texts or {}  # for an argument of names: what "text" and "text in a range" give instead


NEGATIVE, HUGE, MINUS_HUGE, OVERFLOWING = "-1", "1E308", "-1E308", "$Bad.H1:H3"
NUMBER_LABELS = {NEGATIVE: "-1", HUGE: "1E308", MINUS_HUGE: "-1E308", OVERFLOWING: "three cells of 1E308"}
OVERFLOW_ERR = error(OVERFLOW)

# A summed amount (EV, PV, AC, BAC): negative is refused, a sum beyond the
# largest double is #NUM!, never a figure.
AMOUNT = Role("amount", False, {NEGATIVE: ERR502, HUGE: A_FIGURE, MINUS_HUGE: ERR502, OVERFLOWING: OVERFLOW_ERR},
              ERR502)
# EV against a PV curve (Lipke: an EV at or below 0 is ES 0, so SPI(t) 0 and
# IEAC(t) #DIV/0!).
EV_SUM = Role("EV (earned schedule)", False,
              {NEGATIVE: ANSWERS, HUGE: A_FIGURE, MINUS_HUGE: ANSWERS, OVERFLOWING: OVERFLOW_ERR}, ERR502)
# Budgets of 1E308 each: EV's figure fits; PV's budget x elapsed days may not (#NUM!).
BUDGETS = Role("budgets", True, {NEGATIVE: ERR502, HUGE: ANSWERS, MINUS_HUGE: ERR502, OVERFLOWING: ANSWERS}, None)
DATES = Role("dates", True, {NEGATIVE: ERR502, HUGE: ERR502, MINUS_HUGE: ERR502, OVERFLOWING: ERR502}, None,
             date=True)
PERCENTS = Role("percents", True, {NEGATIVE: ERR502, HUGE: ERR502, MINUS_HUGE: ERR502, OVERFLOWING: ERR502},
                None)
PROBABILITIES = Role("probabilities", True, dict.fromkeys((NEGATIVE, HUGE, MINUS_HUGE, OVERFLOWING), ERR502),
                     ERR502)
IMPACTS = Role("impacts", True, {NEGATIVE: ERR502, HUGE: A_FIGURE, MINUS_HUGE: ERR502, OVERFLOWING: A_FIGURE},
               ERR502)
TYPE_TEXTS = Role("risk types", True, dict.fromkeys((NEGATIVE, HUGE, MINUS_HUGE, OVERFLOWING), ERR502), None)
CURVE = Role("PV curve", False, {NEGATIVE: ERR502, HUGE: A_FIGURE, MINUS_HUGE: ERR502, OVERFLOWING: A_FIGURE},
             ERR502)
DATE = Role("date", False, dict.fromkeys((NEGATIVE, HUGE, MINUS_HUGE, OVERFLOWING), ERR502), ERR502, date=True)
PERIODS = Role("periods", False, {NEGATIVE: ERR502, HUGE: A_FIGURE, MINUS_HUGE: ERR502, OVERFLOWING: ERR502},
               ERR502)
INDEX = Role("index", False, {NEGATIVE: ERR502, HUGE: A_FIGURE, MINUS_HUGE: ERR502, OVERFLOWING: ERR502}, ERR502)
# Optional settings: a blank range means the default (Arg.default).
EV_METHODS = Role("EV methods", False, dict.fromkeys((NEGATIVE, HUGE, MINUS_HUGE, OVERFLOWING), ERR502), None)
METHOD = Role("EAC method", False, dict.fromkeys((NEGATIVE, HUGE, MINUS_HUGE, OVERFLOWING), ERR502), None)
WEEKEND = Role("weekend", False, dict.fromkeys((NEGATIVE, HUGE, MINUS_HUGE, OVERFLOWING), ERR502), None)
HOLIDAYS = Role("holidays", False, dict.fromkeys((NEGATIVE, HUGE, MINUS_HUGE, OVERFLOWING), ERR502), None,
                date=True)
OPTIONAL_AMOUNT = Role("optional amount", False,
                       {NEGATIVE: ERR502, HUGE: A_FIGURE, MINUS_HUGE: ERR502, OVERFLOWING: OVERFLOW_ERR}, None)
# An amber threshold of 1E308 is valid, a red one above amber is not.
THRESHOLD = Role("threshold", False, {NEGATIVE: ERR502, HUGE: ANSWERS, MINUS_HUGE: ERR502, OVERFLOWING: ERR502},
                 None)
# Schedule networks: ids (1E308 three times is a duplicate ID), durations and
# three-point estimates (working days up to 1,000,000), predecessor cells (a
# number is an ID: -1 and 1E308 name no task), and the Monte Carlo's settings.
ALL_502 = dict.fromkeys((NEGATIVE, HUGE, MINUS_HUGE, OVERFLOWING), ERR502)
TASK_IDS = Role("task IDs", True, ALL_502, ERR502)
DURATIONS = Role("durations", True, ALL_502, ERR502)
PREDECESSORS = Role("predecessors", True, ALL_502, None)
PERCENTILE = Role("percentile", False, ALL_502, ERR502)
TARGET = Role("target", False, {NEGATIVE: value(0), HUGE: value(1), MINUS_HUGE: value(0), OVERFLOWING: ERR502},
              ERR502)
ITERATIONS = Role("iterations", False, ALL_502, None)
SEED = Role("seed", False, ALL_502, None)
MIN_AGE = Role("minimum age", False, {NEGATIVE: ERR502, HUGE: A_FIGURE, MINUS_HUGE: ERR502, OVERFLOWING: ERR502},
               None)


class Arg:
    """One argument: its IDL name, how it is read, a valid value, and for an
    optional one the function's answer when it takes its default."""

    def __init__(self, name, role, valid, default=None, empty=None):
        self.name = name
        self.role = role
        self.valid = valid
        self.default = default
        self.empty = empty  # overrides role.empty

    @property
    def optional(self):
        return self.default is not None


class Spec:
    def __init__(self, args, result, cases=()):
        self.args = args
        self.result = result  # the answer with the valid arguments
        self.cases = list(cases)  # (label, arguments, expectation): the function's own hostile cases


def network_args(numeric, no_links):
    """ids, the numeric per-row arguments (all the durations), predecessors;
    `no_links`: the answer when the predecessors are blank (three parallel tasks)."""
    return ([Arg("ids", TASK_IDS, "$Net.A1:A3")] + [Arg(n, DURATIONS, "$Net.B1:B3") for n in numeric]
            + [Arg("predecessors", PREDECESSORS, "$Net.C1:C3", empty=value(no_links))])


def d(y, m, day):
    return "DATE(%d;%d;%d)" % (y, m, day)


# Working days after 1900-01-01 up to 2199-12-31, Monday to Friday.
WEEKDAYS_1900_2199 = sum(1 for n in range(int(FIRST_DAY) + 1, int(LAST_DAY) + 1)
                         if (CALC_EPOCH + datetime.timedelta(days=n)).weekday() < 5)
PV_AT_FEB_14 = 100 + 200 * 9 / 19  # task 1 done; task 2: 9 of its 19 working days (11 Feb is a holiday)
EAC_CPI = 1000 / (600 / 500)
RISK_ARGS = [Arg("probabilities", PROBABILITIES, "$Data.E1:E3"), Arg("impacts", IMPACTS, "$Data.F1:F3")]
EAC_ARGS = [Arg("bac", AMOUNT, "1000"), Arg("ev", AMOUNT, "$Data.A1:A3"), Arg("ac", AMOUNT, "$One.I1"),
            Arg("method", METHOD, '"cpi"', default=SAME), Arg("pv", OPTIONAL_AMOUNT, "$One.I1", default=SAME)]
CURVE_ARGS = [Arg("pvCurve", CURVE, "$Data.G1:G3"), Arg("ev", EV_SUM, "$One.F1")]
BIG_SUM = DATA_SUM - ONE["I"]

SPECS = {
    "PMO_SV": Spec([Arg("ev", AMOUNT, "$Data.A1:A3"), Arg("pv", AMOUNT, "$One.I1")], 100, [
        ("ranges of different sizes are summed", ["$Data.A1:A3", "$Data.A1:A2"], value(300)),
        ("a 16M-cell range", ["$Data." + WHOLE_RANGE, "$One.I1"], value(BIG_SUM)),
    ]),
    "PMO_CV": Spec([Arg("ev", AMOUNT, "$Data.A1:A3"), Arg("ac", AMOUNT, "$One.I1")], 100),
    "PMO_SPI": Spec([Arg("ev", AMOUNT, "$Data.A1:A3"), Arg("pv", AMOUNT, "$One.I1")], 1.2, [
        ("0/0", ["0", "0"], error(DIVISION_BY_ZERO)),
        ("PV a blank cell", ["$Data.A1:A3", "$Bad.E1"], error(DIVISION_BY_ZERO)),
        ("a quotient beyond 1E308", ["1E308", "1E-300"], OVERFLOW_ERR),
    ]),
    "PMO_CPI": Spec([Arg("ev", AMOUNT, "$Data.A1:A3"), Arg("ac", AMOUNT, "$One.I1")], 1.2, [
        ("0/0", ["0", "0"], error(DIVISION_BY_ZERO)),
    ]),
    "PMO_EAC": Spec(EAC_ARGS, EAC_CPI, [
        ("EV 0: CPI 0", ["1000", "0", "500"], error(DIVISION_BY_ZERO)),
        ("composite without PV", ["1000", "600", "500", '"composite"'], ERR502),
        ("composite with PV 0", ["1000", "600", "500", '"composite"', "0"], ERR502),
    ]),
    "PMO_ETC": Spec(EAC_ARGS, EAC_CPI - 500, [("AC 0", ["1000", "600", "0"], error(DIVISION_BY_ZERO))]),
    "PMO_VAC": Spec(EAC_ARGS, 1000 - EAC_CPI, [("huge BAC over a tiny CPI", ["1E308", "1", "1E300"], OVERFLOW_ERR)]),
    "PMO_TCPI": Spec([Arg("bac", AMOUNT, "1000"), Arg("ev", AMOUNT, "$Data.A1:A3"), Arg("ac", AMOUNT, "$One.I1"),
                      Arg("eac", OPTIONAL_AMOUNT, "900", default=value(0.8))], 1.0, [
        ("BAC = AC", ["500", "100", "500"], error(DIVISION_BY_ZERO)),
        ("EAC = AC", ["1000", "100", "500", "500"], error(DIVISION_BY_ZERO)),
    ]),
    "PMO_PV": Spec([Arg("budgets", BUDGETS, "$Data.A1:A3", empty=ERR502),
                    # A task with one planned date lasts that day.
                    Arg("starts", DATES, "$Data.B1:B3", empty=value(100)),
                    Arg("finishes", DATES, "$Data.C1:C3", empty=value(300)),
                    Arg("statusDate", DATE, "$One.C1"),
                    Arg("holidays", HOLIDAYS, "$Data.J1:J3", default=value(100 + 200 * 10 / 20)),
                    Arg("weekend", WEEKEND, '"0000011"', default=SAME)], PV_AT_FEB_14, [
        ("budgets and starts of different sizes", ["$Data.A1:A3", "$Data.B1:B2", "$Data.C1:C3", "$One.C1"], ERR502),
        ("finishes of another size", ["$Data.A1:A3", "$Data.B1:B3", "$Data.C1:C4", "$One.C1"], ERR502),
        ("a finish before its start", ["1", d(2025, 2, 3), d(2025, 2, 2), d(2025, 2, 3)], ERR502),
        ("a task on 1900-01-01", ["1", "2", "2", "2"], value(1)),
        ("a task starting 1899-12-31", ["1", "1", "2", "2"], ERR502),
        ("a task on 2199-12-30..31, status 2199-12-30", ["1", "109573", "109574", "109573"], value(0.5)),
        ("a task on 2199-12-31", ["1", "109574", "109574", "109574"], value(1)),
        ("a task finishing 2200-01-01", ["1", "109574", "109575", "109574"], ERR502),
        ("a holiday on 2199-12-30", ["1", "109573", "109574", "109573", "109573"], value(0)),
        ("a holiday on 2200-01-01", ["1", "109573", "109574", "109573", "109575"], ERR502),
        ("budgets summing beyond 1E308", ["$Bad.H1:H3", "$Data.B1:B3", "$Data.C1:C3", d(2025, 6, 30)], OVERFLOW_ERR),
        ("a weekend without working days", ["1", "2", "2", "2", "", '"1111111"'], ERR502),
        ("weekend code 99", ["1", "2", "2", "2", "", "99"], ERR502),
    ]),
    "PMO_EV": Spec([Arg("budgets", BUDGETS, "$Data.A1:A3", empty=ERR502),
                    Arg("percentComplete", PERCENTS, "$Data.D1:D3", empty=value(0)),
                    Arg("methods", EV_METHODS, '"percent"', default=SAME)], 200, [
        ("percents of another size", ["$Data.A1:A3", "$Data.D1:D2"], ERR502),
        ("0/100 for every task", ["$Data.A1:A3", "$Data.D1:D3", '"0/100"'], value(100)),
        ("one method per task", ["$Data.A1:A3", "$Data.D1:D3", '{"50/50";"20/80";"進捗率"}'], value(100 + 40)),
        ("level of effort", ["$Data.A1:A3", "$Data.D1:D3", '"LOE"'], ERR502),
        ("methods of another size", ["$Data.A1:A3", "$Data.D1:D3", '{"0/100";"0/100"}'], ERR502),
    ]),
    "PMO_SLIP": Spec([Arg("baselineFinish", DATE, "$One.D1"), Arg("forecastFinish", DATE, "$One.E1"),
                      Arg("holidays", HOLIDAYS, "$Data.J1:J3", default=value(10)),
                      Arg("weekend", WEEKEND, '"0000011"', default=SAME)], 9, [
        ("2199-12-30 to 2199-12-31", ["109573", "109574"], value(1)),
        ("2199-12-31 back to 2199-12-30", ["109574", "109573"], value(-1)),
        ("1900-01-01 to 1900-01-02", ["2", "3"], value(1)),
        ("1900-01-01 to 2199-12-31", ["2", "109574"], value(WEEKDAYS_1900_2199)),
        ("2199-12-31 to 2200-01-01", ["109574", "109575"], ERR502),
        ("1899-12-31 to 1900-01-01", ["1", "2"], ERR502),
        ("a holiday on 2199-12-31", ["109573", "109574", "109574"], value(0)),
        ("a baseline in a blank cell", ["$Bad.E1", "$One.E1"], ERR502),
    ]),
    "PMO_ES": Spec(CURVE_ARGS, 2, [
        ("EV below 0", ["$Data.G1:G3", "-1"], value(0)),
        ("a 16M-cell curve", [BIG_CURVE, "$One.F1"], value(2)),
        ("a falling curve", ["{100;50}", "10"], ERR502),
        ("a flat zero curve", ["{0;0}", "10"], ERR502),
        ("a gap in the curve", ["{100;\"\";300}", "10"], ERR502),
        ("EV beyond the curve", ["$Data.G1:G3", "1E308"], value(3)),
        ("a curve of 1E308", ["{1E308;1E308}", "1E308"], value(1)),
    ]),
    "PMO_SVT": Spec(CURVE_ARGS + [Arg("at", PERIODS, "$One.G1")], -1),
    "PMO_SPIT": Spec(CURVE_ARGS + [Arg("at", PERIODS, "$One.G1")], 2 / 3, [
        ("AT 0", ["$Data.G1:G3", "$One.F1", "0"], error(DIVISION_BY_ZERO)),
    ]),
    "PMO_IEACT": Spec(CURVE_ARGS + [Arg("at", PERIODS, "$One.G1")], 4.5, [
        ("EV 0: SPI(t) 0", ["$Data.G1:G3", "0", "3"], error(DIVISION_BY_ZERO)),
        ("AT 1E308: PD / SPI(t) beyond 1E308", ["$Data.G1:G3", "1", "1E308"], OVERFLOW_ERR),
    ]),
    "PMO_EXPOSURE": Spec(RISK_ARGS, 620, [
        ("impacts of another size", ["$Data.E1:E3", "$Data.F1:F2"], ERR502),
        ("a probability without its impact", ["{0.5;0.2}", "{100;\"\"}"], ERR502),
    ]),
    "PMO_EMV": Spec(RISK_ARGS + [Arg("types", TYPE_TEXTS, "$Types.A1:A3", empty=value(-620))], -420, [
        ("types of another size", ["$Data.E1:E3", "$Data.F1:F3", "$Types.A1:A2"], ERR502),
        ("an unknown risk type", ["$Data.E1:E3", "$Data.F1:F3", "$Bad.G1:G3"], ERR502),
    ]),
    "PMO_RAG": Spec([Arg("spi", INDEX, "$One.A1"), Arg("cpi", INDEX, "$One.B1"),
                     Arg("amberBelow", THRESHOLD, "0.95", default=SAME),
                     Arg("redBelow", THRESHOLD, "0.85", default=SAME)], "AMBER", [
        ("red above amber", ["1", "1", "0.5", "0.9"], ERR502),
        ("SPI 1E308", ["1E308", "1"], value("GREEN")),
    ]),
    "PMO_OPENISSUES": Spec([Arg("raised", DATES, "$Data.H1:H3", empty=ERR502),
                            Arg("closed", DATES, "$Data.I1:I3", empty=value(2)),
                            Arg("statusDate", DATE, "$One.H1"),
                            Arg("minAgeDays", MIN_AGE, "20", default=value(2))], 1, [
        ("closed of another size", ["$Data.H1:H3", "$Data.I1:I2", "$One.H1"], ERR502),
        ("closed before raised", [d(2025, 3, 2), d(2025, 3, 1), d(2025, 3, 15)], ERR502),
        ("raised 2199-12-31, status 2199-12-31", ["109574", "0", "109574"], value(1)),
        ("raised 2199-12-30, closed 2199-12-31", ["109573", "109574", "109574"], value(0)),
        ("raised 1900-01-01", ["2", "0", "3"], value(1)),
        ("raised 1899-12-31", ["1", "0", "3"], ERR502),
        ("closed 2200-01-01", ["109573", "109575", "109574"], ERR502),
        ("status 2200-01-01", ["109573", "0", "109575"], ERR502),
    ]),
}

NO_LINKS = "{\"\";\"\";\"\"}"
NETWORK_CASES = [
    ("a cycle", ["$Net.A1:A3", "$Net.B1:B3", "{\"3\";\"1\";\"2\"}"], ERR502),
    ("an unknown predecessor", ["$Net.A1:A3", "$Net.B1:B3", "{\"\";\"9\";\"\"}"], ERR502),
    ("a percent lag", ["$Net.A1:A3", "$Net.B1:B3", "{\"\";\"1FS+50%\";\"\"}"], ERR502),
    ("a duplicate ID", ["{1;1;3}", "$Net.B1:B3", NO_LINKS], ERR502),
    ("ids of another size", ["$Net.A1:A2", "$Net.B1:B3", "$Net.C1:C3"], ERR502),
    ("every link type with lags", ["$Net.A1:A3", "$Net.B1:B3", "{\"\";\"1SS+1\";\"2FF-1;1SF+2\"}"], A_FIGURE),
]
THREE_POINTS = ("optimistic", "likely", "pessimistic")
MC_ARGS_VALID = [a.valid for a in network_args(THREE_POINTS, 0)]
MC_SETTINGS = [Arg("iterations", ITERATIONS, "500", default=SAME), Arg("seed", SEED, "7", default=SAME)]
SPECS.update({
    "PMO_DURATION": Spec(network_args(["durations"], 4), 9, NETWORK_CASES + [
        ("text ids", ['{"a";"b";"c"}', "$Net.B1:B3", '{"";"a";"b"}'], value(9)),
    ]),
    "PMO_FLOAT": Spec(network_args(["durations"], 2), 0, NETWORK_CASES + [
        ("a task with float first", ["$Net.A1:A3", "{1;3;4}", '{"";"";"2"}'], value(6)),
    ]),
    "PMO_FREEFLOAT": Spec(network_args(["durations"], 2), 0, NETWORK_CASES),
    "PMO_MCDURATION": Spec(network_args(THREE_POINTS, 4) + [Arg("percentile", PERCENTILE, "0.8")] + MC_SETTINGS, 9, [
        ("optimistic above likely", ["$Net.A1:A3", "{5;5;5}", "$Net.B1:B3", "{9;9;9}", "$Net.C1:C3", "0.5"],
         ERR502),
        ("1,000,000 iterations over 3 tasks", MC_ARGS_VALID + ["0.5", "1000000"], value(9)),
        ("1,000,001 iterations", MC_ARGS_VALID + ["0.5", "1000001"], ERR502),
    ]),
    "PMO_MCPROB": Spec(network_args(THREE_POINTS, 1) + [Arg("target", TARGET, "9")] + MC_SETTINGS, 1, [
        ("a target just short", MC_ARGS_VALID + ["8.99"], value(0)),
    ]),
    "PMO_CRITICALITY": Spec(network_args(THREE_POINTS, 0) + MC_SETTINGS, 1, [
        ("a cycle", ["$Net.A1:A3", "$Net.B1:B3", "$Net.B1:B3", "$Net.B1:B3", "{\"3\";\"1\";\"2\"}"], ERR502),
    ]),
})

GROWTH_MODEL = Role("growth model", False, ALL_502, None)
SPECS["PMO_DEFECTS"] = Spec([Arg("dates", DURATIONS, "$Growth.A1:A31"), Arg("cumulativeFound", DURATIONS, "$Growth.B1:B31"),
                             Arg("model", GROWTH_MODEL, '"gompertz"', default=SAME)], near(200, 2), [
    ("the logistic model", ["$Growth.A1:A31", "$Growth.B1:B31", '"logistic"'], A_FIGURE),
    ("counts before the bend", ["$Growth.A1:A9", "$Growth.B1:B9"], error(NOT_AVAILABLE)),
    ("three observations", ["$Growth.A1:A3", "$Growth.B1:B3"], ERR502),
    ("a falling count", ["{1;2;3;4}", "{1;5;4;6}"], ERR502),
    ("no defect found", ["{1;2;3;4}", "{0;0;0;0}"], error(NOT_AVAILABLE)),
])

# PMO_LOAD: names may be numbers (staff numbers) or any text, so a resource
# nobody has loads 0; its dates and allocations are as strict as PV's.
ZERO = value(0)
RESOURCES = Role("resources", True, dict.fromkeys((NEGATIVE, HUGE, MINUS_HUGE, OVERFLOWING), ZERO), ZERO,
                 texts={"text in a range": ZERO})
RESOURCE = Role("resource", False, {NEGATIVE: ZERO, HUGE: ZERO, MINUS_HUGE: ZERO, OVERFLOWING: ERR502}, ERR502,
                texts={"text": ZERO})
ALLOCATIONS = Role("allocations", True, ALL_502, ERR502)
# The period's ends depend on each other (to before from is refused), so the
# calendar's ends are the function's own cases rather than each end's.
PERIOD_END = Role("period end", False, ALL_502, ERR502)
SPECS["PMO_LOAD"] = Spec([Arg("resources", RESOURCES, "$People.A1:A3"),
                          Arg("starts", DATES, "$People.B1:B3", empty=ERR502),
                          Arg("finishes", DATES, "$People.C1:C3", empty=ERR502),
                          Arg("allocations", ALLOCATIONS, "$People.D1:D3"),
                          Arg("resource", RESOURCE, '"Yamada"'),
                          Arg("from", PERIOD_END, d(2025, 6, 2)),
                          Arg("to", PERIOD_END, d(2025, 6, 13)),
                          # (1 x 4 + 0.5 x 7) / 9 working days; without the holiday (1 x 5 + 0.5 x 7) / 10
                          Arg("holidays", HOLIDAYS, "$People.E1", default=value(0.85))], 7.5 / 9, [
    ("Sato", ["$People.A1:A3", "$People.B1:B3", "$People.C1:C3", "$People.D1:D3", '"Sato"', d(2025, 6, 2),
              d(2025, 6, 13)], value(1)),
    ("to before from", ["$People.A1:A3", "$People.B1:B3", "$People.C1:C3", "$People.D1:D3", '"Sato"',
                        d(2025, 6, 13), d(2025, 6, 2)], ERR502),
    ("a weekend", ["$People.A1:A3", "$People.B1:B3", "$People.C1:C3", "$People.D1:D3", '"Sato"', d(2025, 6, 7),
                   d(2025, 6, 8)], ERR502),
    ("1900-01-01 to 2199-12-31", ["$People.A1:A3", "$People.B1:B3", "$People.C1:C3", "$People.D1:D3", '"Sato"',
                                  "2", repr(LAST_DAY)], A_FIGURE),
    ("to 2200-01-01", ["$People.A1:A3", "$People.B1:B3", "$People.C1:C3", "$People.D1:D3", '"Sato"',
                       d(2025, 6, 2), repr(LAST_DAY + 1)], ERR502),
    ("from 1899-12-31", ["$People.A1:A3", "$People.B1:B3", "$People.C1:C3", "$People.D1:D3", '"Sato"', "1",
                         d(2025, 6, 13)], ERR502),
    ("an allocation of 1001 %", ["$People.A1:A3", "$People.B1:B3", "$People.C1:C3", "{1;1;10.01}", '"Sato"',
                                 d(2025, 6, 2), d(2025, 6, 13)], ERR502),
    ("a finish before its start", ["{\"a\"}", d(2025, 6, 3), d(2025, 6, 2), "1", '"a"', d(2025, 6, 2),
                                   d(2025, 6, 13)], ERR502),
    ("allocations of another size", ["$People.A1:A3", "$People.B1:B3", "$People.C1:C3", "$People.D1:D2",
                                     '"Sato"', d(2025, 6, 2), d(2025, 6, 13)], ERR502),
])

# Choosing projects: values $Data.F1:F3 (1000, 500, 200), costs $Data.A1:A3
# (100, 200, 300), budget 300: rows 1 + 2 (cost 300, value 1500), so the first
# cell is 1. People $Data.D1:D3 (1, 0.5, 0) within 1: row 1 alone (1000) beats
# rows 2 + 3 (700, cost 500 over budget anyway): the first cell is 1 again.
# People and the people limit come together: one without the other is Err:502.
SELECT_ROWS = Role("selection values", True, ALL_502, ERR502)
SELECT_BUDGET = Role("selection budget", False,
                     {NEGATIVE: ERR502, HUGE: value(1), MINUS_HUGE: ERR502, OVERFLOWING: ERR502}, ERR502)
SELECT_PEOPLE = Role("people", True, ALL_502, None)
SELECT_PEOPLE_LIMIT = Role("people limit", False,
                           {NEGATIVE: ERR502, HUGE: value(1), MINUS_HUGE: ERR502, OVERFLOWING: ERR502}, None)
SPECS["PMO_SELECT"] = Spec([Arg("values", SELECT_ROWS, "$Data.F1:F3"), Arg("costs", SELECT_ROWS, "$Data.A1:A3"),
                            Arg("budget", SELECT_BUDGET, "300"),
                            Arg("people", SELECT_PEOPLE, "$Data.D1:D3", default=ERR502),
                            Arg("peopleLimit", SELECT_PEOPLE_LIMIT, "1", default=ERR502)], 1, [
    ("greedy by value per cost is wrong: rows 1 and 2, not row 3",
     ["{6;6;10}", "{5;5;6}", "10"], value(1)),
    ("a negative cost", ["{1;2;3}", "{1;-1;1}", "5"], ERR502),
    ("a budget of 0 chooses nothing that costs", ["$Data.F1:F3", "$Data.A1:A3", "0"], value(0)),
])

# Dates at and beyond the ends of the calendar pmocalc accepts (1900-01-01 … 2199-12-31).
CALENDAR_ENDS = [
    ("serial -1", "-1", ERR502),
    ("serial 0 (a blank cell)", "0", ERR502),
    ("1899-12-31 (serial 1)", "1", ERR502),
    ("1900-01-01 (serial 2)", "2", A_FIGURE),
    ("2025-03-14 18:00 (a date-time)", repr(serial(2025, 3, 14) + 0.75), A_FIGURE),
    ("2199-12-30", repr(LAST_DAY - 1), A_FIGURE),
    ("2199-12-31", repr(LAST_DAY), A_FIGURE),
    ("2200-01-01", repr(LAST_DAY + 1), ERR502),
    ("1E308 as a date", "1E308", ERR502),
]

# In a document whose null date is 1904-01-01 (Excel for Mac's, "1904 date
# system"), serials are 1462 lower; the accepted dates are the same.
NULL_DATE_1904 = [
    ("PMO_SLIP", "2199-12-30 to 2199-12-31", [d(2199, 12, 30), d(2199, 12, 31)], value(1)),
    ("PMO_SLIP", "2199-12-31 to 2200-01-01", [d(2199, 12, 31), d(2200, 1, 1)], ERR502),
    ("PMO_SLIP", "1900-01-01 to 1900-01-02", [d(1900, 1, 1), d(1900, 1, 2)], value(1)),
    ("PMO_PV", "a task on 2199-12-31", ["1", d(2199, 12, 31), d(2199, 12, 31), d(2199, 12, 31)], value(1)),
    ("PMO_PV", "a task finishing 2200-01-01", ["1", d(2199, 12, 31), d(2200, 1, 1), d(2199, 12, 31)], ERR502),
    ("PMO_OPENISSUES", "raised 2199-12-31", [d(2199, 12, 31), "0", d(2199, 12, 31)], value(1)),
    ("PMO_OPENISSUES", "raised 2200-01-01", [d(2200, 1, 1), "0", d(2200, 1, 2)], ERR502),
    ("PMO_OPENISSUES", "raised 1904-01-02 (serial 1)", [d(1904, 1, 2), "0", d(1904, 1, 3)], value(1)),
    ("PMO_OPENISSUES", "raised 1903-12-31 (serial -1)", [d(1903, 12, 31), "0", d(1904, 1, 3)], value(1)),
]


def formula(function, args):
    while args and args[-1] is None:
        args = args[:-1]
    return "=%s(%s)" % (function, ";".join("" if a is None else a for a in args))


def whole_column(reference):
    """$Data.A1:A3 or $One.C1 → the whole column ($Data.A:A, $One.C:C);
    None for anything else."""
    match = re.fullmatch(r"(\$(?:Data|One|Types|Net|Growth|People))\.([A-Z]+)\d+(?::([A-Z]+)\d+)?", reference)
    if not match or (match.group(3) and match.group(3) != match.group(2)):
        return None
    return "%s.%s:%s" % (match.group(1), match.group(2), match.group(2))


def sixteen_m_arguments(text):
    return text.count("1048576")


def cost(text):
    """0 small, 1 whole columns, 2 16M-cell ranges: the order the run takes."""
    if sixteen_m_arguments(text):
        return 2
    return 1 if re.search(r"\.[A-Z]+:[A-Z]+\b", text) else 0


def cases_for(name, spec):
    """(label, formula, expectation) for every hostile value in every argument,
    and the function's own cases. A whole column costs Calc up to a second to
    hand over, so one argument gets one (the first that can), and the
    functions with parallel rows get one case with every range a whole column."""
    valid = [a.valid for a in spec.args]
    baseline = spec.result if isinstance(spec.result, Expect) else value(spec.result)

    def resolve(expect):
        return baseline if expect is SAME else expect

    cases = [("valid arguments", formula(name, valid), baseline)]
    rows = sum(a.role.rows for a in spec.args)
    if rows > 1:
        cases.append(("every range a whole column", formula(name, [whole_column(v) or v for v in valid]), baseline))
    whole_arg = next(i for i, a in enumerate(spec.args) if whole_column(a.valid))
    for i, arg in enumerate(spec.args):
        def with_arg(fragment):
            args = list(valid)
            args[i] = fragment
            return formula(name, args)

        def label(what):
            return "%s %s" % (arg.name, what)

        empty = arg.default if arg.optional else arg.empty or arg.role.empty
        if empty is None:
            raise ValueError("%s %s: SPECS must say what blank cells give" % (name, arg.name))
        if arg.optional:
            cases.append((label("left out"), with_arg(None), resolve(arg.default)))
        hostile = [
            ("text", '"abc"', ERR502),
            ("text in a range", "$Bad.A1:A3", ERR502),
            ("#N/A in a range", "$Bad.B1:B3", AN_ERROR),
            ("#REF! in a range", "$Bad.C1:C3", AN_ERROR),
            ("#DIV/0! in a range", "$Bad.D1:D3", AN_ERROR),
            ("a #N/A cell", "$Bad.F1", error(NOT_AVAILABLE)),
            ("a #REF! cell", "$Bad.F2", error(BAD_REFERENCE)),
            ("a #DIV/0! cell", "$Bad.F3", error(DIVISION_BY_ZERO)),
            ("blank cells", "$Bad.E1:E3", empty),
        ]
        hostile = [(what, fragment, arg.role.texts.get(what, expect)) for what, fragment, expect in hostile]
        for number, expect in arg.role.numbers.items():
            fragment = number
            if arg.role.rows and number != OVERFLOWING:
                fragment = "{%s;%s;%s}" % (number, number, number)
            hostile.append((NUMBER_LABELS[number], fragment, expect))
        if arg.role.date and not arg.role.rows:
            # A single 0 is what Calc hands over for a blank cell: an
            # optional argument then takes its default.
            hostile += [(what, fragment, arg.default if arg.optional and fragment == "0" else expect)
                        for what, fragment, expect in CALENDAR_ENDS]
        if i == whole_arg:
            # Against the other arguments' three rows, a whole column is a size mismatch.
            hostile.append(("a whole column", whole_column(arg.valid), ERR502 if arg.role.rows and rows > 1
                            else baseline))
        for what, fragment, expect in hostile:
            cases.append((label(what), with_arg(fragment), resolve(expect)))
    for what, args, expect in spec.cases:
        cases.append((what, formula(name, args), resolve(expect)))
    return cases


# ------------------------------------------------------------------- the office
class Office:
    """build/pmocalc-office serve: the tests' office, reached over UNO."""

    def __init__(self, build):
        self.process = subprocess.Popen(
            [os.path.join(build, "pmocalc-office"), "serve", "--extension", os.path.join(build, "pmocalc.oxt")],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        info = {}
        for line in self.process.stdout:
            key, _, rest = line.strip().partition(" ")
            if key == "ready":
                break
            info[key] = rest
        if "url" not in info:
            self.process.wait(timeout=60)
            raise SystemExit("pmocalc-office serve did not start an office (exit %s)" % self.process.returncode)
        self.launcher = int(info["pid"])
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        self.context = resolver.resolve(info["url"])
        self.desktop = self.context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop",
                                                                             self.context)

    def processes(self):
        """The launcher and its children (soffice.bin), that are still running."""
        pids = [self.launcher]
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open("/proc/%s/stat" % entry) as f:
                        fields = f.read().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[1]) == self.launcher:
                    pids.append(int(entry))
        return [p for p in pids if running(p)]

    def kill(self):
        for pid in self.processes():
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass

    def close(self):
        self.process.stdin.close()
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.kill()
            self.process.kill()
            self.process.wait()


def running(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


def hidden_document(office):
    prop = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
    prop.Name, prop.Value = "Hidden", True
    return office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop,))


class Watchdog(threading.Thread):
    """Stops the office when a formula does not answer within its bound."""

    def __init__(self, office):
        super().__init__(daemon=True)
        self.office = office
        self.lock = threading.Condition()
        self.deadline = None
        self.fired = None
        self.start()

    def arm(self, what, seconds):
        with self.lock:
            self.deadline = (time.monotonic() + seconds, what)
            self.lock.notify()

    def disarm(self):
        with self.lock:
            self.deadline = None
            self.lock.notify()

    def run(self):
        with self.lock:
            while True:
                if self.deadline is None:
                    self.lock.wait()
                    continue
                left = self.deadline[0] - time.monotonic()
                if left > 0:
                    self.lock.wait(left)
                    continue
                self.fired = self.deadline[1]
                self.deadline = None
                self.office.kill()


class OfficeGone(Exception):
    pass


def calculate(cell, text, watchdog, bound):
    """Writes the formula, lets Calc compute it, reads the answer."""
    watchdog.arm(text, bound)
    start = time.monotonic()
    try:
        cell.setFormula(text)
        code = cell.getError()
        if code:
            kind, answer = "error", code
        elif cell.FormulaResultType2 == TEXT_RESULT:
            kind, answer = "text", cell.getString()
        else:
            kind, answer = "number", cell.getValue()
    except UnoRuntimeException as e:  # the bridge is gone: the office crashed or was stopped
        raise OfficeGone(e.Message)
    finally:
        watchdog.disarm()
    return Result(kind, answer, time.monotonic() - start)


def invariants(name, result):
    """What every answer must be, whatever the arguments."""
    if result.kind == "number" and not math.isfinite(result.value):
        return "a non-finite number"
    if name == "PMO_RAG" and result.kind == "number":
        return "a number from PMO_RAG"
    if name == "PMO_RAG" and result.kind == "text" and result.value not in ("GREEN", "AMBER", "RED"):
        return "an unknown RAG status"
    if name != "PMO_RAG" and result.kind == "text":
        return "a text from a numeric function"
    return None


# ------------------------------------------------------------------ the registry
def registered_functions(build):
    """{display name: [argument names]} from the CalcAddIns.xcu the .oxt ships."""
    oor = "{http://openoffice.org/2001/registry}"
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    with zipfile.ZipFile(os.path.join(build, "pmocalc.oxt")) as oxt:
        root = ET.fromstring(oxt.read("CalcAddIns.xcu"))
    functions = {}
    for service in root.iter("node"):
        if service.get(oor + "name") != "AddInFunctions":
            continue
        for method in service.findall("node"):
            display = [v.text for p in method.findall("prop") if p.get(oor + "name") == "DisplayName"
                       for v in p.findall("value") if v.get(lang) == "en-US"]
            parameters = method.find("node[@%sname='Parameters']" % oor)
            names = [n.get(oor + "name") for n in parameters.findall("node")] if parameters is not None else []
            functions[display[0]] = names
    return functions


def listed_by_calc(office):
    """{name: [optional?]} of the PMO_* functions the running Calc offers."""
    descriptions = office.context.ServiceManager.createInstanceWithContext(
        "com.sun.star.sheet.FunctionDescriptions", office.context)
    listed = {}
    for i in range(descriptions.getCount()):
        props = {p.Name: p.Value for p in descriptions.getByIndex(i)}
        if props["Name"].startswith("PMO_"):
            listed[props["Name"]] = [a.IsOptional for a in props["Arguments"]]
    return listed


def check_registry(registered, listed):
    problems = []
    if not registered:
        problems.append("no function in the registry of build/pmocalc.oxt")
    for name, params in sorted(registered.items()):
        spec = SPECS.get(name)
        if spec is None:
            problems.append("%s is registered but has no hostile cases here (add it to SPECS)" % name)
            continue
        if [a.name for a in spec.args] != params:
            problems.append("%s takes %s, SPECS describes %s" % (name, params, [a.name for a in spec.args]))
        if listed.get(name) != [a.optional for a in spec.args]:
            problems.append("%s: Calc lists optional flags %s, SPECS %s"
                            % (name, listed.get(name), [a.optional for a in spec.args]))
    for name in sorted(set(SPECS) - set(registered)):
        problems.append("SPECS describes %s, which is not registered" % name)
    for name in sorted(set(listed) - set(registered)):
        problems.append("Calc lists %s, which the registry does not" % name)
    return problems


# ---------------------------------------------------------------------- the run
def main(argv):
    if len(argv) != 1:
        print(__doc__)
        return 2
    build = os.path.abspath(argv[0])
    started = time.monotonic()
    registered = registered_functions(build)
    office = Office(build)
    watchdog = Watchdog(office)
    failures = []
    records = []
    try:
        failures += check_registry(registered, listed_by_calc(office))
        doc = hidden_document(office)
        calls = build_workbook(doc)
        plan = [(name, label, text, expect, None) for name in sorted(registered) if name in SPECS
                for label, text, expect in cases_for(name, SPECS[name])]
        # The 1904 date system: a document of its own.
        doc1904 = hidden_document(office)
        null_date = uno.createUnoStruct("com.sun.star.util.Date")
        null_date.Year, null_date.Month, null_date.Day = 1904, 1, 1
        doc1904.NullDate = null_date
        sheet1904 = doc1904.Sheets.getByIndex(0)
        plan += [(name, "1904 date system: " + label, formula(name, args), expect, sheet1904)
                 for name, label, args, expect in NULL_DATE_1904]
        # Cheap cases first, then the whole columns, then the 16M-cell ranges.
        plan.sort(key=lambda c: cost(c[2]))
        rows = {}
        for name, label, text, expect, sheet in plan:
            sheet = sheet or calls
            row = rows.get(id(sheet), 0)
            rows[id(sheet)] = row + 1
            bound = BOUND + BOUND_PER_16M * sixteen_m_arguments(text)
            try:
                result = calculate(sheet.getCellByPosition(0, row), text, watchdog, bound)
            except OfficeGone as gone:
                if watchdog.fired == text:
                    failures.append("%s: %s did not answer within %.0f s: a hang (the office was stopped)"
                                    % (name, text, bound))
                else:
                    failures.append("%s: the office died computing %s (%s)" % (name, text, gone))
                break
            problem = invariants(name, result) or expect.check(result)
            if result.seconds > bound:
                problem = "took %.1f s (bound %.0f s)" % (result.seconds, bound)
            records.append({"function": name, "case": label, "formula": text, "result": str(result),
                            "expected": expect.describe, "seconds": round(result.seconds, 4),
                            "ok": problem is None})
            print("%-4s %6.3fs  %-58s %-10s %s" % ("ok" if problem is None else "FAIL", result.seconds, text,
                                                  result, "" if problem is None else "<- " + problem))
            if problem:
                failures.append("%s [%s]: %s gave %s: %s" % (name, label, text, result, problem))
        else:
            failures += office_is_alive(office, calls)
    finally:
        office.close()
    out = os.path.join(build, "tests", "functions_hostile.json")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(records, f, indent=1, ensure_ascii=False)
    per_function = {}
    for r in records:
        per_function[r["function"]] = per_function.get(r["function"], 0) + 1
    print("%d formulas over %d functions (%s) in %.1f s; slowest %.1f s; results in %s"
          % (len(records), len(per_function), ", ".join("%s %d" % kv for kv in sorted(per_function.items())),
             time.monotonic() - started, max((r["seconds"] for r in records), default=0), out))
    for failure in failures:
        print("FAIL " + failure)
    return 1 if failures else 0


def office_is_alive(office, sheet):
    """The office still runs, and still answers and computes over UNO."""
    problems = []
    if len(office.processes()) < 2:
        problems.append("the office (its launcher and soffice.bin) is no longer running")
    try:
        cell = sheet.getCellByPosition(1, 0)
        cell.setFormula("=PMO_SV(2;1)")
        if cell.getError() or cell.getValue() != 1:
            problems.append("the office no longer computes PMO_SV(2;1)")
    except UnoRuntimeException as e:
        problems.append("the office no longer answers over UNO: %s" % e.Message)
    return problems


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
