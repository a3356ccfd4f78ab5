"""Scorers for the date and duration suites: values first, spans loosely, each by its suite's conventions.

Scope of the time suites (the rest is scored as "out of scope: ..." with no values, and counted):
- Duckling time: expected grain day, week or month, as a value (a week or month is its range of days) or
  a closed interval (the end is exclusive at the grain), without a named holiday. Out: times of day
  (grain hour/minute/second), quarters and years, open intervals, holidays, latent-only inputs.
- Recognizers-Text datetime: entities of type date or daterange whose values are days or ranges of
  days without a Mod (before/after/since); any of the listed values (past and future readings) counts,
  as the spec lists both readings of an ambiguous expression. A daterange's end is exclusive in the spec;
  an end on the last day itself is accepted too, and a range of months, which the spec ends at the
  first day of the last month named ("Jan-Feb 2017" ends 2017-02-01), matches ours through that month. Out, as in the Duckling scope: time, datetime,
  timerange, datetimerange, duration, set, unresolved seasons, open ranges, whole years and spans of
  years (timex "2018", "P10Y"), quarters and half-years ("q1", "2019-H2", "this quarter"), and named
  holidays ("christmas", "independence day"), which we do not support.
- dateparser: every English case; values compare on the calendar day (times of day are out of our
  scale), a month or year period matches when it holds the expected day.
Duckling resolves bare weekdays and year-less dates forward (assistant use), so its scorers pass
weekday_direction="future_strict", and let a stated weekday pick a year-less date's year
(Conventions.weekday_sets_year). Recognizers-Text lists past and future readings, so the news
reading (the default) is scored there. dateparser's search tests put year-less dates in the base year
(PREFER_DATES_FROM="current_period"), scored with weekday_direction="current", and read "Friday, 21"
as the 21st of the month named before it (Conventions.weekday_comma_day).
"""

from __future__ import annotations

import datetime as dt
import math
import re

from checker.evaluate.base import CaseScore, Scorer
from checker.extract.dates import find_dates
from checker.extract.durations import find_durations
from checker.model import iso_to_day
from checker.normalize.dates import NEWS, Conventions, parse_date

__all__ = ["SCORERS"]

# Duckling's calendar units: a month is 30 days and a year 365 in its duration values.
_DUCKLING_UNIT_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
                       "month": 30.0, "quarter": 90.0, "year": 365.0}
# Our month (30.4375 days) and year (365.25) differ from Duckling's by up to 1.5 %.
_DURATION_TOLERANCE = 0.015


def _reference(case: dict) -> dt.datetime | None:
    ref = case.get("reference_datetime")
    if not ref:
        return None
    return dt.datetime.fromisoformat(ref).replace(tzinfo=None)


def _day(text: str) -> float:
    return iso_to_day(text[:10])


def _mentions(case: dict, direction=None, conventions=None):
    ref = _reference(case)
    text = case["input"]
    return find_dates(text, text.lower(), ref.date() if ref else None, weekday_direction=direction,
                      conventions=conventions or NEWS)


def _duckling_conventions():
    """Duckling's readings where they differ from the news defaults: a year-less date stated with its
    weekday ("Fri, Jul 18") falls in the nearest year where the two agree."""
    return Conventions(weekday_sets_year=True)


def _recognizers_conventions():
    """Recognizers-Text's readings (its spec's resolutions), where they differ from the news defaults:
    "last/previous Wednesday" is the Wednesday of the previous Monday-to-Sunday week and "coming/following
    Friday" that of the next week; "earlier/later this week|month" is the period's first or second half;
    "the weekend" said on a weekday is the current week's; "the last week of September" is the ISO week
    holding September's last Thursday."""
    return Conventions(adjacent_weekday="adjacent_week", period_part="half", bare_weekend="this_week",
                       last_week_of="iso")


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _holds(mention, low: float, high: float) -> bool:
    return mention.low is not None and mention.low == low and mention.high == high


# ---------------------------------------------------------------------------------------------
# dateparser
# ---------------------------------------------------------------------------------------------

def _dateparser_value_right(low: float | None, high: float | None, expected: str) -> bool:
    if low is None or high is None:
        return False
    day = _day(expected)
    return low <= day <= high


def _score_parse(case: dict) -> CaseScore:
    score = CaseScore(case["id"], values_total=1)
    expected = case["expected"][0]["value"]
    value = parse_date(case["input"], _reference(case) or dt.datetime(2000, 1, 1))
    if value is None:
        score.fn = 1
        score.problem = f"not parsed: {case['input']!r}"
        return score
    score.tp = 1
    if _dateparser_value_right(value.low_day, value.high_day, expected):
        score.values_right = 1
    else:
        score.problem = f"value {value.low_day}..{value.high_day} != {expected[:10]}"
    return score


def _dynamic(value: str) -> str:
    today = dt.date.today()
    return value.replace("{today.month}", f"{today.month:02d}").replace("{today.day}", f"{today.day:02d}")


def _score_search(case: dict) -> CaseScore:
    score = CaseScore(case["id"])
    text = case["input"]
    # dateparser's tests run with PREFER_DATES_FROM="current_period": "July 13th" is in the base year;
    # its search reads "Friday, 21" as the 21st of the month in context.
    mentions = _mentions(case, "current", Conventions(weekday_comma_day=True))
    expected = case["expected"] or []
    used: set[int] = set()
    position = 0
    for entity in expected:
        value = entity["value"]
        value = value["datetime"] if isinstance(value, dict) else value
        value = _dynamic(value)
        start = text.find(entity["text"], position)
        start = max(start, 0)
        end = start + len(entity["text"])
        position = end
        score.values_total += 1
        # A range ("January 3, 2017 - February 1st") answers for both of its ends.
        match = next((i for i, m in enumerate(mentions) if (i not in used or m.qualifier == "range")
                      and _overlap(m.start, m.end, start, end)), None)
        if match is None:
            score.fn += 1
            score.problem = f"missed {entity['text']!r}"
            continue
        used.add(match)
        score.tp += 1
        found = mentions[match]
        if found.qualifier == "range":
            right = _day(value) in (found.low, found.high)
        else:
            right = _dateparser_value_right(found.low, found.high, value)
        if right:
            score.values_right += 1
        else:
            score.problem = f"wrong value for {entity['text']!r}"
    score.fp = len(mentions) - len(used)
    if score.fp and not score.problem:
        score.problem = "spurious: " + ", ".join(repr(text[m.start:m.end]) for i, m in enumerate(mentions) if i not in used)
    return score


# ---------------------------------------------------------------------------------------------
# Duckling time
# ---------------------------------------------------------------------------------------------

def _duckling_interval(entity: dict) -> tuple[float, float] | str:
    """The expected day interval, or why the entity is out of scope."""
    grain = entity.get("grain")
    if entity.get("holiday"):
        return "out of scope: named holiday"
    if grain not in ("day", "week", "month"):
        return f"out of scope: grain {grain}"
    if entity["type"] == "value":
        start = dt.date.fromisoformat(entity["value"][:10])
        if grain == "day":
            end = start
        elif grain == "week":
            end = start + dt.timedelta(days=6)
        else:
            nxt = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            end = nxt - dt.timedelta(days=1)
        return iso_to_day(start), iso_to_day(end)
    if entity.get("open") or "from" not in entity or "to" not in entity:
        return "out of scope: open interval"
    # Duckling's interval end is exclusive at the grain; from/to are both at midnight for day grains.
    return _day(entity["from"]), _day(entity["to"]) - 1


def _score_duckling_time(case: dict) -> CaseScore:
    score = CaseScore(case.get("id", case["input"]))
    entity = case["expected"][0]
    interval = _duckling_interval(entity)
    if case.get("needs_latent") and not isinstance(interval, str):
        interval = "out of scope: latent-only input"
    if isinstance(interval, str):
        score.problem = interval
        return score
    score.values_total = 1
    mentions = [m for m in _mentions(case, "future_strict", _duckling_conventions()) if m.low is not None]
    if not mentions:
        score.fn = 1
        score.problem = "not found"
        return score
    best = max(mentions, key=lambda m: m.end - m.start)
    score.tp = 1
    score.fp = len(mentions) - 1
    if _holds(best, *interval):
        score.values_right = 1
    else:
        score.problem = f"value {best.low}..{best.high} != {interval[0]}..{interval[1]}"
    return score


def _score_negative(finder) -> Scorer:
    def score(case: dict) -> CaseScore:
        found = finder(case)
        result = CaseScore(case.get("id", case["input"]), fp=len(found))
        if found:
            result.problem = f"spurious on {case['input']!r}"
        return result

    return score


# ---------------------------------------------------------------------------------------------
# Duckling duration
# ---------------------------------------------------------------------------------------------

def _durations(case: dict):
    text = case["input"]
    return find_durations(text, text.lower())


def _score_duckling_duration(case: dict) -> CaseScore:
    score = CaseScore(case.get("id", case["input"]), values_total=1)
    entity = case["expected"][0]
    expected_days = entity["value"] * _DUCKLING_UNIT_DAYS[entity["unit"]]
    found = _durations(case)
    if not found:
        score.fn = 1
        score.problem = "not found"
        return score
    best = max(found, key=lambda m: m.end - m.start)
    score.tp = 1
    score.fp = len(found) - 1
    if math.isclose(best.value, expected_days, rel_tol=_DURATION_TOLERANCE):
        score.values_right = 1
    else:
        score.problem = f"value {best.value:.6g} days != {expected_days:.6g}"
    return score


# ---------------------------------------------------------------------------------------------
# Recognizers-Text datetime
# ---------------------------------------------------------------------------------------------

_YEAR_TIMEX = re.compile(r"(?:\d{4}|XX\d\d)\Z|\(.*,P\d+Y\)\Z")
_QUARTER_TEXT = re.compile(r"\bq[1-4]\b|quarter|\bh[12]\b|\bhalf\b")
_HOLIDAY_TEXT = re.compile(
    r"christmas|xmas|easter|thanksgiving|halloween|valentine|independence day|workers' day|labou?r day"
    r"|juneteenth|freedom day|jubilee day|new year|memorial day|mother's day|father's day|hanukk?ah|ramadan"
    r"|diwali|\beid\b|boxing day|all saints|st\.? patrick"
)


def _recognizers_intervals(entity: dict) -> list[tuple[float, float]] | str:
    kind = entity["type"].split(".")[-1]
    if kind not in ("date", "daterange"):
        return f"out of scope: {kind}"
    text = entity.get("text", "").lower()
    if _HOLIDAY_TEXT.search(text):
        return "out of scope: named holiday"
    if _QUARTER_TEXT.search(text):
        return "out of scope: quarter or half-year"
    intervals = []
    for value in entity.get("values", []):
        if value.get("Mod"):
            return f"out of scope: open range ({value['Mod']})"
        if _YEAR_TIMEX.match(value.get("timex", "")):
            return "out of scope: a year or a span of years"
        if value.get("type") == "date" and len(value.get("value", "")) == 10:
            day = _day(value["value"])
            intervals.append((day, day))
        elif value.get("type") == "daterange" and "start" in value and "end" in value:
            intervals.append((_day(value["start"]), _day(value["end"])))
    return intervals or "out of scope: unresolved value"


def _recognizers_right(mention, intervals: list[tuple[float, float]]) -> bool:
    if mention.low is None:
        return False
    for low, end in intervals:
        if low == end:
            if mention.low == low and mention.high == low:
                return True
        # A daterange's end is exclusive ("2016-09" ends 2016-10-01); "from 4-23" keeps 23 inclusive.
        elif mention.low == low and mention.high in (end - 1, end):
            return True
        # A range of months ends, in the spec, at the first day of the last month named ("Jan-Feb 2017"
        # is 2017-01-01 to 2017-02-01); ours runs through that month: the same months named.
        elif mention.low == low and mention.precision == "month" and _month_end(end) == mention.high:
            return True
    return False


def _month_end(day: float) -> float | None:
    """The last day of the month that starts on day, or None if day is not a month's first."""
    date = dt.date(1970, 1, 1) + dt.timedelta(days=int(day))
    if date.day != 1:
        return None
    following = (date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return iso_to_day(following - dt.timedelta(days=1))


def _score_recognizers(case: dict) -> CaseScore:
    score = CaseScore(case["id"])
    text = case["input"]
    mentions = _mentions(case, conventions=_recognizers_conventions())
    used: set[int] = set()
    out_of_scope: list[str] = []
    for entity in case["expected"]:
        intervals = _recognizers_intervals(entity)
        overlapping = [i for i, m in enumerate(mentions) if _overlap(m.start, m.end, entity["start"], entity["end"])]
        if isinstance(intervals, str):
            used.update(overlapping)  # not counted against us either way
            out_of_scope.append(intervals)
            continue
        score.values_total += 1
        candidates = [i for i in overlapping if i not in used]
        if not candidates:
            score.fn += 1
            score.problem = f"missed {entity['text']!r}"
            continue
        best = max(candidates, key=lambda i: mentions[i].end - mentions[i].start)
        used.update(candidates)
        score.tp += 1
        if _recognizers_right(mentions[best], intervals):
            score.values_right += 1
        else:
            score.problem = f"wrong value for {entity['text']!r}: {mentions[best].low}..{mentions[best].high}"
    score.fp = len(mentions) - len(used)
    if score.fp and not score.problem:
        score.problem = "spurious: " + ", ".join(repr(text[m.start:m.end]) for i, m in enumerate(mentions) if i not in used)
    if out_of_scope and score.values_total == 0 and not score.problem:
        score.problem = out_of_scope[0]
    return score


SCORERS: dict[str, Scorer] = {
    "dateparser/parse_en": _score_parse,
    "dateparser/search_dates_en": _score_search,
    "duckling/time_en": _score_duckling_time,
    "duckling/time_en_negative": _score_negative(lambda case: _mentions(case, "future_strict", _duckling_conventions())),
    "duckling/duration_en": _score_duckling_duration,
    "duckling/duration_en_negative": _score_negative(_durations),
    "recognizers_text/datetime": _score_recognizers,
    "recognizers_text/excluded_not_python/datetime": _score_recognizers,
}
