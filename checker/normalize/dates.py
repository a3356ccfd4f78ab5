"""Dates: the one dateparser configuration, own fast paths first, results as day intervals."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from checker.model import iso_to_day

__all__ = [
    "DateValue",
    "Direction",
    "Conventions",
    "NEWS",
    "MONTHS",
    "WEEKDAYS",
    "ORDINAL_DAYS",
    "MAX_SPAN",
    "parse_date",
    "day_value",
    "month_value",
    "year_value",
    "nearest_year",
    "resolve_weekday",
    "week_start",
    "numeric_date",
]

Precision = Literal["day", "month", "year"]
# How a bare weekday resolves: "past" is the news reading (the most recent such day, the base date included),
# "future" the next one (base date included), "future_strict" the next one after the base date (assistants).
# "current" (dateparser's PREFER_DATES_FROM="current_period"): year-less dates and bare months fall in the
# base date's year; weekdays read as "future".
Direction = Literal["past", "future", "future_strict", "current"]

# Longer inputs are never handed to dateparser: its cost grows with length and junk (research/perf.md).
MAX_SPAN = 64


@dataclass(frozen=True, slots=True)
class Conventions:
    """Readings of relative expressions that differ between corpora. The defaults are the news readings
    (checker.extract.dates documents them); each other value is a documented convention of some corpus.

    adjacent_weekday: "last/previous Friday" and "coming/following Friday". "nearest": the nearest such
        day before the base date, and the next one (the base date included for "coming", excluded for
        "following"). "adjacent_week": the Friday of the previous, or of the following, Monday-to-Sunday
        week, whatever the base weekday ("next Friday" is that in both).
    period_part: "earlier/later this week|month|year". "base": the part before, or from, the base date.
        "half": the first or second half of the period (Monday to Wednesday, Thursday to Sunday; days
        1-15, 16 to the end; January to June, July to December), and no further back than the base date
        for "later" ("later this week" said on a Friday is Friday to Sunday).
    bare_weekend: "the weekend" without this/next/last, said on a weekday. "past": the weekend just
        past. "this_week": the weekend of the base date's Monday-to-Sunday week.
    last_week_of: "the last week of September". "inside": the last Monday-to-Sunday week wholly inside
        the month or year. "iso": the week that holds its last Thursday (ISO 8601's rule for the month or
        year a week belongs to), which may run into the next month.
    weekday_comma_day: "Friday, 21". False: a weekday, then a number ("On Friday, 21 people died").
        True: the 21st of the month named last before it (else of the base date's month), the weekday
        kept as stated and not used to pick the month (dateparser's search reading).
    weekday_sets_year: a year-less date stated with its weekday ("Fri, Jul 18"). False: the year the
        base date gives, as without the weekday (a weekday that contradicts the date is a finding, FC302).
        True: the nearest year in which the date falls on that weekday (Duckling's reading).
    """

    adjacent_weekday: Literal["nearest", "adjacent_week"] = "nearest"
    period_part: Literal["base", "half"] = "base"
    bare_weekend: Literal["past", "this_week"] = "past"
    last_week_of: Literal["inside", "iso"] = "inside"
    weekday_comma_day: bool = False
    weekday_sets_year: bool = False


NEWS = Conventions()


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date: an inclusive interval of days since 1970-01-01, its precision, and whether it
    was resolved against the base date."""

    low_day: float
    high_day: float
    precision: Precision = "day"
    relative: bool = False

    @property
    def single(self) -> bool:
        return self.low_day == self.high_day


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2, "thursday": 3,
    "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
_ORDINAL_WORD_LIST = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth",
]
ORDINAL_DAYS = {w: i + 1 for i, w in enumerate(_ORDINAL_WORD_LIST)}
for _i, _w in enumerate(_ORDINAL_WORD_LIST[:9]):
    ORDINAL_DAYS[f"twenty-{_w}"] = ORDINAL_DAYS[f"twenty {_w}"] = 21 + _i
ORDINAL_DAYS.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31})


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=lambda w: (-len(w), w)))


# "feb13", "mar3": a month name may run into its day.
MONTH_RE = rf"(?:{_alt(MONTHS)})(?:\b\.?|(?=\d))"
WEEKDAY_RE = rf"(?:{_alt(WEEKDAYS)})\b\.?"
ORDINAL_DAY_RE = rf"(?:{_alt(ORDINAL_DAYS)})\b"
DAY_NUM_RE = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d:])"
YEAR_RE = r"(?:1[0-9]\d\d|20\d\d)(?![\d:])"


def day_value(day: dt.date, relative: bool = False) -> DateValue:
    d = iso_to_day(day)
    return DateValue(d, d, "day", relative)


def month_value(year: int, month: int, relative: bool = False) -> DateValue:
    last = calendar.monthrange(year, month)[1]
    return DateValue(iso_to_day(dt.date(year, month, 1)), iso_to_day(dt.date(year, month, last)), "month", relative)


def year_value(year: int, relative: bool = False) -> DateValue:
    return DateValue(iso_to_day(dt.date(year, 1, 1)), iso_to_day(dt.date(year, 12, 31)), "year", relative)


def _range(low: dt.date, high: dt.date, relative: bool) -> DateValue:
    return DateValue(iso_to_day(low), iso_to_day(high), "day", relative)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# News tells what happened: a year-less date further ahead of its base than this, said without words of the
# future, is the one before ("was last inspected on March 12", written in October, is last March).
AHEAD_DAYS = 62
AHEAD_MONTHS = 1


def nearest_year(month: int, day: int, base: dt.date, direction: Direction = "past",
                 lean_past: bool = True) -> dt.date | None:
    """A year-less date in the year that puts it nearest the base date (ties go to the past), unless that is
    more than AHEAD_DAYS ahead (and lean_past): then the one before. Numeric dates ("4/2", "10/25 to 01/25")
    keep the nearest: their order of day and month is itself chosen by nearness.

    With a future direction (corpora written for assistants), the first such date on or after base.
    """
    if direction == "current" and (same_year := _safe_date(base.year, month, day)) is not None:
        return same_year
    options = [d for y in (base.year - 1, base.year, base.year + 1) if (d := _safe_date(y, month, day))]
    if direction != "past":
        options = [d for d in options if d >= base] or options
    if not options:
        return None
    best = min(options, key=lambda d: (abs((d - base).days), d > base))
    if lean_past and direction == "past" and (best - base).days > AHEAD_DAYS:
        return max((d for d in options if d <= base), default=best)
    return best


def week_start(day: dt.date) -> dt.date:
    """The Monday of the ISO week holding day."""
    return day - dt.timedelta(days=day.weekday())


def resolve_weekday(weekday: int, base: dt.date, direction: Direction = "past") -> dt.date:
    """The date of a bare weekday seen from base (see Direction)."""
    ahead = (weekday - base.weekday()) % 7
    if direction == "past":
        return base - dt.timedelta(days=(base.weekday() - weekday) % 7)
    if direction == "future_strict" and ahead == 0:
        ahead = 7
    return base + dt.timedelta(days=ahead)


def _year_of(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        # Two-digit years: the 1900s from 50 on, else the 2000s (as strptime's %y does from 69).
        year += 1900 if year >= 50 else 2000
    return year


def numeric_date(a: int, b: int, year: int | None, sep: str, base: dt.date | None) -> tuple[dt.date | None, bool]:
    """Two numbers and a separator as a date, and whether the order of day and month was ambiguous.

    A reading that is impossible is dropped. Otherwise: a year-less date takes the reading nearest the
    base date; with a year, "." means day first (European), "/" and "-" month first (US).
    """
    def build(month: int, day: int) -> dt.date | None:
        if year is not None:
            return _safe_date(year, month, day)
        if base is None:
            return None
        return nearest_year(month, day, base, lean_past=False)

    month_first, day_first = build(a, b), build(b, a)
    if month_first is None or day_first is None or month_first == day_first:
        return month_first or day_first, False
    if year is None and base is not None:
        return min((month_first, day_first), key=lambda d: (abs((d - base).days), d)), True
    return (day_first if sep == "." else month_first), True


# ---------------------------------------------------------------------------------------------
# Own grammar, matched against the whole normalized span.
# ---------------------------------------------------------------------------------------------

_SP = r"[ ]{1,3}"
_DAY = rf"(?:{DAY_NUM_RE}|{ORDINAL_DAY_RE})"
_MONTH = rf"(?P<month>{MONTH_RE})"
_YEAR = rf"(?P<year>{YEAR_RE}|'\d\d|(?<=[-/])\d\d(?!\d))"
_ABSOLUTE = re.compile(
    rf"(?:(?:the{_SP})?(?P<day>{_DAY})(?:{_SP}day)?(?:{_SP}of{_SP}|{_SP}|[ ]?-[ ]?|/)?(?P<month_a>{MONTH_RE})"  # 4 february
    rf"|(?P<month_b>{MONTH_RE})(?:{_SP}the|[ ]?/|[ ]?-|,)?[ ]{{0,3}}(?P<day_b>{_DAY}))"  # february 4, oct/2, feb13
    rf"(?:(?:[ ]?,[ ]{{0,3}}|{_SP}|[ ]?[-/][ ]?|{_SP}(?:of|in){_SP}){_YEAR})?"
    # 2019/aug/01, 2019-aug-1
    rf"|(?P<year_c>{YEAR_RE})[-/](?P<month_c>{MONTH_RE})[-/](?P<day_c>{DAY_NUM_RE})"
)
_MONTH_YEAR = re.compile(rf"{_MONTH}(?:(?:,?{_SP}|[ ]?[-/][ ]?|{_SP}(?:of|in){_SP}){_YEAR})?")
_ISO = re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})(?:[-/.](?P<d>\d{1,2}))?")
_MONTH_SLASH_YEAR = re.compile(r"(?P<m>\d{1,2})[/-](?P<y>\d{4})")
_NUMERIC = re.compile(r"(?P<a>\d{1,2})[ ]?(?P<sep>[/.-])[ ]?(?P<b>\d{1,2})(?:[ ]?(?P=sep)[ ]?(?P<y>\d{4}|\d{2}))?")
_YEAR_ONLY = re.compile(rf"(?:the{_SP}year{_SP})?(?P<year>{YEAR_RE})")
_NAMED_DAY = {"today": 0, "tonight": 0, "now": 0, "yesterday": -1, "tomorrow": 1, "tomorrows": 1,
              "the day before yesterday": -2, "day before yesterday": -2,
              "the day after tomorrow": 2, "day after tomorrow": 2, "till date": 0, "to date": 0,
              "just now": 0, "right now": 0, "this day": 0}
_PART_OF_DAY = r"(?:{_SP}(?:morning|afternoon|evening|night|overnight))?".replace("{_SP}", _SP)
_WEEKDAY_ALONE = re.compile(
    rf"(?:(?P<rel>last|next|this|past|previous|coming|upcoming|following){_SP})?(?P<wd>{WEEKDAY_RE}){_PART_OF_DAY}"
    rf"(?:{_SP}(?:(?:of|from){_SP})?(?P<wk>this|next|last|the{_SP}following|previous){_SP}week)?"
)
_WEEKDAY_OF_WEEK = re.compile(
    rf"(?P<wk>next|last|this|previous){_SP}week(?:'s)?(?:{_SP}on|[ ]?[-,])?{_SP}(?P<wd>{WEEKDAY_RE})"
)
_WEEK_NUMBER = re.compile(r"week[ ]{1,3}(?P<n>\d{1,2})")
_OVERNIGHT = re.compile(rf"(?:overnight|(?:the{_SP})?night){_SP}(?:into|to){_SP}(?P<wd>{WEEKDAY_RE})")
_PERIOD = re.compile(
    rf"(?P<rel>this|current|last|past|previous|next|coming|upcoming|the{_SP}following|earlier{_SP}this"
    rf"|later{_SP}this|early{_SP}this|late{_SP}this|(?:earlier|later){_SP}in{_SP}the){_SP}(?P<unit>week|weekend|month|year|decade)"
)
_DELTA_UNITS = {"day": 1, "days": 1, "d": 1, "week": 7, "weeks": 7, "wk": 7, "wks": 7, "fortnight": 14,
                "fortnights": 14}
_CAL_UNITS = {"month": 1, "months": 1, "mo": 1, "year": 12, "years": 12, "yr": 12, "yrs": 12, "y": 12,
              "decade": 120, "decades": 120}
_DELTA = re.compile(
    rf"(?:in{_SP})?(?P<n>\d{{1,4}}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    rf"a{_SP}couple{_SP}of|a{_SP}few|several){_SP}?(?P<unit>days?|d|weeks?|wks?|fortnights?|months?|mo|"
    rf"years?|yrs?|y|decades?)(?:(?:'s|s')?{_SP}time)?"
    rf"(?:{_SP}(?P<dir>ago|(?:before|after){_SP}today|before|back|earlier|later|after|hence|from{_SP}(?:now|today)))?"
)
# "in a minute", "3 hours ago": the day they fall on, from the base time (noon for a bare date).
_CLOCK_DELTA = re.compile(
    rf"(?:(?P<in>in){_SP})?(?P<n>\d{{1,4}}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    rf"a{_SP}couple{_SP}of|a{_SP}few|several){_SP}?(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?)"
    rf"(?:{_SP}(?P<dir>ago|earlier|later|hence|from{_SP}now))?"
)
_CLOCK_SECONDS = {"sec": 1, "second": 1, "min": 60, "minute": 60, "hr": 3600, "hour": 3600}
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a few": 3,
          "several": 3}
_FUTURE_DIRS = {"later", "after", "hence", "from now", "from today"}


def _day_number(text: str) -> int:
    text = text.rstrip(".")
    if text in ORDINAL_DAYS:
        return ORDINAL_DAYS[text]
    return int(re.sub(r"\D", "", text))


def _month_number(text: str) -> int:
    return MONTHS[text.rstrip(".")]


def _add_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    if year < 1 or year > 9999:
        raise OverflowError
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _absolute(span: str, base: dt.date | None, direction: Direction = "past") -> DateValue | None:
    if m := _ABSOLUTE.fullmatch(span):
        day = _day_number(m["day"] or m["day_b"] or m["day_c"])
        month = _month_number(m["month_a"] or m["month_b"] or m["month_c"])
        if m["year_c"]:
            date = _safe_date(int(m["year_c"]), month, day)
            return day_value(date) if date else None
        if m["year"]:
            date = _safe_date(_year_of(m["year"].lstrip("'")), month, day)
            return day_value(date) if date else None
        if base is None:
            return None
        date = nearest_year(month, day, base, direction)
        return day_value(date, relative=True) if date else None
    if m := _ISO.fullmatch(span):
        year, month = int(m["y"]), int(m["m"])
        if not 1 <= month <= 12 or not 1000 <= year:
            return None
        if m["d"]:
            date = _safe_date(year, month, int(m["d"]))
            return day_value(date) if date else None
        return month_value(year, month)
    if m := _MONTH_SLASH_YEAR.fullmatch(span):
        month = int(m["m"])
        return month_value(int(m["y"]), month) if 1 <= month <= 12 else None
    if m := _NUMERIC.fullmatch(span):
        year = _year_of(m["y"]) if m["y"] else None
        date, _ambiguous = numeric_date(int(m["a"]), int(m["b"]), year, m["sep"], base)
        if date is None:
            return None
        return day_value(date, relative=year is None)
    if m := _MONTH_YEAR.fullmatch(span):
        month = _month_number(m["month"])
        if m["year"]:
            return month_value(_year_of(m["year"].lstrip("'")), month)
        if base is None:
            return None
        # A bare month is the nearest such month: "in January" written in February is last January.
        candidates = [(base.year + k, month) for k in (-1, 0, 1)]
        if direction == "current":
            candidates = [(base.year, month)]
        elif direction != "past":
            candidates = [ym for ym in candidates if ym >= (base.year, base.month)]
        year, month = min(candidates, key=lambda ym: (abs((ym[0] - base.year) * 12 + ym[1] - base.month),
                                                       (ym[0], ym[1]) > (base.year, base.month)))
        if direction == "past" and (year - base.year) * 12 + month - base.month > AHEAD_MONTHS:
            year -= 1  # "last inspected in March", written in October: last March
        return month_value(year, month, relative=True)
    if m := _YEAR_ONLY.fullmatch(span):
        return year_value(int(m["year"]))
    return None


def _relative(span: str, base: dt.date, direction: Direction, conventions: Conventions) -> DateValue | None:
    if span in _NAMED_DAY:
        return day_value(base + dt.timedelta(days=_NAMED_DAY[span]), relative=True)
    if m := _OVERNIGHT.fullmatch(span):
        day = resolve_weekday(WEEKDAYS[m["wd"].rstrip(".")], base, direction)
        return _range(day - dt.timedelta(days=1), day, True)
    if m := _WEEKDAY_OF_WEEK.fullmatch(span):
        return _weekday_in_week(WEEKDAYS[m["wd"].rstrip(".")], base, m["wk"])
    if m := _WEEKDAY_ALONE.fullmatch(span):
        weekday = WEEKDAYS[m["wd"].rstrip(".")]
        if m["wk"]:
            return _weekday_in_week(weekday, base, m["wk"].split()[-1])
        rel = m["rel"]
        if conventions.adjacent_weekday == "adjacent_week" and rel in ("last", "previous", "coming", "following"):
            return _weekday_in_week(weekday, base, "last" if rel in ("last", "previous") else "next")
        if rel in ("last", "past", "previous"):
            day = base - dt.timedelta(days=(base.weekday() - weekday) % 7 or 7)
        elif rel in ("next",):
            # "next Wednesday" is the Wednesday of next week (Duckling's reading), not tomorrow.
            day = week_start(base) + dt.timedelta(days=7 + weekday)
        elif rel in ("coming", "upcoming", "following") or (rel == "this" and direction != "past"):
            # Looking ahead, "this Monday" said on a Tuesday is the coming one.
            day = resolve_weekday(weekday, base, "future")
        elif rel == "this":
            day = week_start(base) + dt.timedelta(days=weekday)
        else:
            day = resolve_weekday(weekday, base, direction)
        return day_value(day, relative=True)
    if m := _PERIOD.fullmatch(span):
        return _period(m["rel"], m["unit"], base, conventions.period_part)
    if m := _DELTA.fullmatch(span):
        return _delta(m, span, base)
    return None


def _weekday_in_week(weekday: int, base: dt.date, which: str) -> DateValue:
    shift = {"this": 0, "next": 7, "following": 7, "last": -7, "previous": -7}[which]
    return day_value(week_start(base) + dt.timedelta(days=shift + weekday), relative=True)


def _period(rel: str, unit: str, base: dt.date, part_reading: str = "base") -> DateValue:
    # "earlier this month" runs from the month's start to the base date, "later this week" from it on
    # (or, read as halves, the first or second half of the period).
    part = rel.split()[0] if rel.startswith(("earlier", "later", "early", "late")) else None
    words = rel.split()[-1]
    shift = {"this": 0, "current": 0, "the": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1,
             "upcoming": 1, "following": 1}[words]
    if unit in ("week", "weekend"):
        start = week_start(base) + dt.timedelta(days=7 * shift)
        low, high = (start, start + dt.timedelta(days=6)) if unit == "week" else (
            start + dt.timedelta(days=5), start + dt.timedelta(days=6))
    elif unit == "month":
        first = _add_months(base.replace(day=1), shift)
        low, high = first, first.replace(day=calendar.monthrange(first.year, first.month)[1])
    elif unit == "decade":
        first = base.year // 10 * 10 + 10 * shift  # a calendar decade: "last decade" said in 2026 is the 2010s
        return DateValue(iso_to_day(dt.date(first, 1, 1)), iso_to_day(dt.date(first + 9, 12, 31)), "year", True)
    else:
        low, high = dt.date(base.year + shift, 1, 1), dt.date(base.year + shift, 12, 31)
    if part_reading == "half" and part in ("earlier", "later") and unit != "weekend":
        if unit == "week":
            middle = low + dt.timedelta(days=3)
        elif unit == "month":
            middle = low.replace(day=16)
        elif unit == "year":
            middle = low.replace(month=7)
        else:
            middle = dt.date(low.year + 5, 1, 1)
        low, high = (low, min(middle - dt.timedelta(days=1), base)) if part == "earlier" else (max(middle, base), high)
    elif part == "earlier":
        high = min(high, base)
    elif part == "later":
        low = max(low, base)
    return _range(low, high, True)


def _clock_delta(m: re.Match, base: dt.date | dt.datetime) -> DateValue | None:
    n = int(m["n"]) if m["n"].isdigit() else _SMALL.get(re.sub(r"[ ]+", " ", m["n"]))
    if n is None:
        return None
    if not isinstance(base, dt.datetime):
        base = dt.datetime(base.year, base.month, base.day, 12)
    seconds = n * _CLOCK_SECONDS[m["unit"].rstrip("s") or "s"]
    sign = -1 if m["dir"] in ("ago", "earlier") else 1
    try:
        return day_value((base.replace(tzinfo=None) + dt.timedelta(seconds=sign * seconds)).date(), relative=True)
    except (OverflowError, ValueError):
        return None


def _delta(m: re.Match, span: str, base: dt.date) -> DateValue | None:
    n_text, unit, direction = m["n"], m["unit"], m["dir"]
    future = span.startswith("in ") or (direction or "").startswith(("later", "after", "hence", "from"))
    if direction is None and not span.startswith("in "):
        return None  # "3 days" alone is a duration, not a date
    n = int(n_text) if n_text.isdigit() else _SMALL.get(re.sub(r"[ ]+", " ", n_text))
    if n is None:
        return None
    sign = 1 if future else -1
    try:
        if unit in _DELTA_UNITS:
            return day_value(base + dt.timedelta(days=sign * n * _DELTA_UNITS[unit]), relative=True)
        return day_value(_add_months(base, sign * n * _CAL_UNITS[unit]), relative=True)
    except (OverflowError, ValueError):
        return None


# ---------------------------------------------------------------------------------------------
# Compound expressions: ordinals within a period, parts of periods, counted periods.
# Conventions (Duckling's, also sensible for news): a week runs Monday to Sunday; "the last week of
# October" is the last Monday-to-Sunday week wholly inside October, "the first week of October" the week
# holding October 1st; the beginning of a month is its days 1-10, the middle 11-20, the end 21 to the last;
# the beginning of a week Monday to Wednesday, its end Friday to Sunday; the beginning of a year January to
# March, its end September to December; "next 3 days" the three days after the base date, "last 2 weeks"
# the two calendar weeks before the current one.
# ---------------------------------------------------------------------------------------------

_NTH_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3,
              "4th": 4, "5th": 5}
_NTH = rf"(?:{_alt(_NTH_WORDS)})"
_RELWORD = {"this": 0, "current": 0, "the": 0, "next": 1, "coming": 1, "following": 1, "upcoming": 1,
            "last": -1, "previous": -1, "past": -1}
_REL = r"(?:this|current|next|coming|following|upcoming|last|previous|past)"
_THE = rf"(?:the{_SP})?"
_REL_UNIT = rf"(?:{_THE}{_REL}|the)(?:{_SP}calendar)?{_SP}"
_MONTH_REF = rf"(?:(?P<mname>{MONTH_RE})(?:,?{_SP}(?P<myear>{YEAR_RE}))?|{_REL_UNIT}month)"
_YEAR_REF = rf"(?:(?P<yname>{YEAR_RE})|{_REL_UNIT}year)"
_WEEK_REF = rf"(?:{_REL_UNIT}week|(?:around{_SP})?{_REL}{_SP}week|week)"
_BARE_UNIT = r"(?P<bare>month|year)"
_COUNT = rf"(?P<n>\d{{1,3}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a{_SP}few|few|a{_SP}couple{_SP}of|couple{_SP}of|several)"
_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a few": 3, "few": 3, "a couple of": 2,
                "couple of": 2, "several": 3}
_WEEKDAY_PLURAL = r"(?P<wds>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)"

_NTH_WEEKDAY_OF = re.compile(
    rf"{_THE}(?:(?P<nth>{_NTH})|(?P<nthl>{_NTH}{_SP})?(?P<last>last)){_SP}(?P<wd>{WEEKDAY_RE}){_SP}(?:of|in){_SP}"
    rf"{_MONTH_REF}"
)
_NTH_DAY_OF = re.compile(
    rf"{_THE}(?:(?P<nth>{_DAY})|(?P<nthl>{_DAY}{_SP})?(?P<last>last)){_SP}day{_SP}(?:of|in){_SP}{_MONTH_REF}"
)
_DAY_OF_REL_MONTH = re.compile(rf"{_THE}(?P<nth>{_DAY})(?:{_SP}day)?{_SP}of{_SP}{_REL_UNIT}month")
_NTH_WEEK_OF = re.compile(
    rf"{_THE}(?:(?P<nth>{_NTH})|(?P<nthl>{_NTH}{_SP})?(?P<last>last)){_SP}week{_SP}(?:of|in){_SP}"
    rf"(?:{_MONTH_REF}|{_YEAR_REF})"
)
_WEEK_OF = re.compile(rf"{_THE}(?:week{_SP}(?:of|beginning|starting(?:{_SP}on)?|commencing|including)|w/c){_SP}(?P<rest>.+)")
_PART_OF = re.compile(
    rf"(?:at{_SP})?{_THE}(?P<part>beginning|start|end|middle|rest|remainder|remaining)(?:{_SP}of|{_SP}in)?{_SP}"
    rf"(?:{_MONTH_REF}|{_YEAR_REF}|(?P<week>{_WEEK_REF})|{_BARE_UNIT})"
)
_PART_ABBR = re.compile(r"(?:at[ ])?(?:the[ ])?(?P<abbr>eom|bom|eoy|boy|eow|bow)")
# A year's quarter or half, or its first or last months: "the fourth quarter of 2021", "the first half of this
# year", "the final three months of 2022", "Q3 2023". Only with its year: a bare "third quarter" or "first half"
# is as often a game's.
_PART_OF_YEAR = re.compile(
    rf"{_THE}(?:(?P<quarter>{_NTH}|final|last){_SP}quarter|(?P<half>first|second|last|final|latter){_SP}half"
    rf"|(?P<edge>first|last|final|opening|closing){_SP}{_COUNT}{_SP}months){_SP}(?:of|in){_SP}{_YEAR_REF}"
    rf"|q(?P<qn>[1-4]){_SP}(?P<qyear>{YEAR_RE})"
)
_EARLY_LATE = re.compile(rf"(?P<part>early|mid|late)(?:-|{_SP}){_MONTH_REF}")
_COUNTED = re.compile(
    rf"{_THE}(?P<rel>next|last|past|previous|coming|upcoming|following){_SP}{_COUNT}{_SP}(?P<unit>days?|weeks?|months?)"
)
_WEEKDAY_COUNT = re.compile(rf"{_COUNT}{_SP}{_WEEKDAY_PLURAL}{_SP}(?P<dir>from{_SP}now|hence|ago|back|before|earlier)")
_WEEKDAY_AFTER_NEXT = re.compile(rf"(?P<wd>{WEEKDAY_RE}){_SP}after{_SP}next")
_THE_NTH = re.compile(rf"(?:on{_SP})?the{_SP}(?P<nth>{_DAY})")
# Northern-hemisphere seasons between solstices and equinoxes: (first month, day), (last month, day).
_SEASONS = {"spring": ((3, 20), (6, 20)), "summer": ((6, 21), (9, 23)), "autumn": ((9, 24), (12, 20)),
            "fall": ((9, 24), (12, 20)), "winter": ((12, 21), (3, 20))}
_SEASON = re.compile(
    rf"{_THE}(?:(?P<rel>{_REL}){_SP})?(?P<season>spring|summer|autumn|fall|winter)(?:{_SP}(?:of{_SP})?(?P<year>{YEAR_RE}))?"
)
_ALL_PERIOD = re.compile(rf"all{_SP}(?:(?:this|the){_SP})?(?P<unit>week|month)")
# The ides: the 15th of March, May, July and October, the 13th of the other months.
_IDES = re.compile(rf"{_THE}ides{_SP}of{_SP}{_MONTH_REF}")
_WEEKEND = re.compile(rf"{_THE}(?P<rel>{_REL}{_SP})?weekend")


def _count(text: str) -> int | None:
    text = re.sub(r"[ ]+", " ", text)
    return int(text) if text.isdigit() else _COUNT_WORDS.get(text)


def _rel_shift(text: str) -> int:
    words = [w for w in text.split() if w in _RELWORD and w != "the"]
    return _RELWORD[words[-1]] if words else 0


def _month_of(m: re.Match, base: dt.date | None, direction: Direction) -> tuple[int, int] | None:
    """(year, month) of a _MONTH_REF match."""
    groups = m.groupdict()
    if groups.get("mname"):
        month = _month_number(m["mname"])
        if groups.get("myear"):
            return int(m["myear"]), month
        if base is None:
            return None
        value = _absolute(m["mname"].rstrip("."), base, direction)
        return (day_to_date(value.low_day).year, month) if value else None
    if base is None:
        return None
    first = _add_months(base.replace(day=1), _rel_shift(m.group()))
    return first.year, first.month


def day_to_date(day: float) -> dt.date:
    return dt.date.fromordinal(_EPOCH + int(day))


_EPOCH = dt.date(1970, 1, 1).toordinal()


def _year_of_ref(m: re.Match, base: dt.date | None) -> int | None:
    if m["yname"]:
        return int(m["yname"])
    if base is None:
        return None
    return base.year + _rel_shift(m.group())


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _ref_bounds(m: re.Match, base: dt.date | None, direction: Direction) -> tuple[dt.date, dt.date, str] | None:
    """The first and last day of the month, year or week a compound names, and which it is."""
    groups = m.groupdict()
    if groups.get("bare") and base is not None:
        if groups["bare"] == "month":
            return (*_month_bounds(base.year, base.month), "month")
        return dt.date(base.year, 1, 1), dt.date(base.year, 12, 31), "year"
    if groups.get("week"):
        if base is None:
            return None
        start = week_start(base) + dt.timedelta(days=7 * _rel_shift(m["week"]))
        return start, start + dt.timedelta(days=6), "week"
    if groups.get("mname") or (groups.get("yname") is None and re.search(r"month\Z", m.group())):
        ym = _month_of(m, base, direction)
        return (*_month_bounds(*ym), "month") if ym else None
    year = _year_of_ref(m, base)
    return (dt.date(year, 1, 1), dt.date(year, 12, 31), "year") if year else None


def _ordinal(text: str | None) -> int:
    if text is None:
        return 1
    text = text.strip()
    return _NTH_WORDS.get(text) or _day_number(text)


def _compound(span: str, base: dt.date | None, direction: Direction,
              conventions: Conventions = NEWS) -> DateValue | None:
    if m := _NTH_WEEKDAY_OF.fullmatch(span):
        ym = _month_of(m, base, direction)
        if ym is None:
            return None
        first, last = _month_bounds(*ym)
        weekday = WEEKDAYS[m["wd"].rstrip(".")]
        if m["last"]:
            day = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
            day -= dt.timedelta(days=7 * (_ordinal(m["nthl"]) - 1))
        else:
            day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (_ordinal(m["nth"]) - 1))
        return day_value(day, relative=not m["myear"]) if first <= day <= last else None
    if (m := _NTH_DAY_OF.fullmatch(span)) or (m := _DAY_OF_REL_MONTH.fullmatch(span)):
        ym = _month_of(m, base, direction)
        if ym is None:
            return None
        first, last = _month_bounds(*ym)
        groups = m.groupdict()
        if groups.get("last"):
            day = last - dt.timedelta(days=_ordinal(groups.get("nthl")) - 1)
        else:
            day = first + dt.timedelta(days=_ordinal(m["nth"]) - 1)
        return day_value(day, relative=not groups.get("myear")) if first <= day <= last else None
    if m := _NTH_WEEK_OF.fullmatch(span):
        bounds = _ref_bounds(m, base, direction)
        if bounds is None:
            return None
        first, last, _ = bounds
        if m["last"]:
            if conventions.last_week_of == "iso":
                thursday = last - dt.timedelta(days=(last.weekday() - 3) % 7)
                end = thursday + dt.timedelta(days=3)
            else:
                end = last - dt.timedelta(days=(last.weekday() + 1) % 7)  # the last Sunday inside
            start = end - dt.timedelta(days=6 + 7 * (_ordinal(m["nthl"]) - 1))
        else:
            start = week_start(first) + dt.timedelta(days=7 * (_ordinal(m["nth"]) - 1))
        return _range(start, start + dt.timedelta(days=6), True)
    if m := _WEEK_OF.fullmatch(span):
        inner = _parse_cached(m["rest"], base, direction, False, conventions)
        if inner is None or inner.precision != "day" or not inner.single:
            return None
        start = week_start(day_to_date(inner.low_day))
        return _range(start, start + dt.timedelta(days=6), inner.relative)
    if (m := _PART_OF.fullmatch(span)) or (m := _EARLY_LATE.fullmatch(span)) or (m := _PART_ABBR.fullmatch(span)):
        return _part_of(m, base, direction)
    if m := _PART_OF_YEAR.fullmatch(span):
        return _part_of_year(m, base)
    if m := _IDES.fullmatch(span):
        ym = _month_of(m, base, direction)
        if ym is None:
            return None
        return day_value(dt.date(ym[0], ym[1], 15 if ym[1] in (3, 5, 7, 10) else 13), relative=not m["myear"])
    if (m := _SEASON.fullmatch(span)) and (m["rel"] or m["year"]):
        return _season(m, base)
    if base is None:
        return None
    if m := _COUNTED.fullmatch(span):
        return _counted(m, base)
    if m := _WEEKDAY_COUNT.fullmatch(span):
        n = _count(m["n"])
        if not n or n > 520:
            return None
        weekday = WEEKDAYS[m["wds"][:-1]]
        if m["dir"].startswith(("from", "hence")):
            day = resolve_weekday(weekday, base, "future_strict") + dt.timedelta(days=7 * (n - 1))
        else:
            day = base - dt.timedelta(days=(base.weekday() - weekday) % 7 or 7) - dt.timedelta(days=7 * (n - 1))
        return day_value(day, relative=True)
    if m := _WEEKDAY_AFTER_NEXT.fullmatch(span):
        day = resolve_weekday(WEEKDAYS[m["wd"].rstrip(".")], base, "future_strict") + dt.timedelta(days=7)
        return day_value(day, relative=True)
    if m := _WEEK_NUMBER.fullmatch(span):
        try:
            start = dt.date.fromisocalendar(base.year, int(m["n"]), 1)
        except ValueError:
            return None
        return _range(start, start + dt.timedelta(days=6), True)
    if m := _ALL_PERIOD.fullmatch(span):
        return _period("this", m["unit"], base)
    if m := _THE_NTH.fullmatch(span):
        return _day_of_nearest_month(_ordinal(m["nth"]), base, direction)
    if m := _WEEKEND.fullmatch(span):
        shift = _rel_shift(m["rel"] or "")
        start = week_start(base) + dt.timedelta(days=7 * shift + 5)
        if not m["rel"] and direction == "past" and base.weekday() < 5 and conventions.bare_weekend == "past":
            start -= dt.timedelta(days=7)  # "the weekend" in a weekday's news is the one just past
        return _range(start, start + dt.timedelta(days=1), True)
    return None


def _season(m: re.Match, base: dt.date | None) -> DateValue | None:
    (m1, d1), (m2, d2) = _SEASONS[m["season"]]

    def in_year(year: int) -> tuple[dt.date, dt.date]:
        # A winter belongs to the year it starts in ("winter 2012" runs into 2013).
        return dt.date(year, m1, d1), dt.date(year + (m2 < m1), m2, d2)

    if m["year"]:
        return _range(*in_year(int(m["year"])), False)
    if base is None:
        return None
    seasons = [in_year(year) for year in range(base.year - 2, base.year + 2)]
    current = next((i for i, (low, high) in enumerate(seasons) if low <= base <= high), None)
    upcoming = next(i for i, (low, _) in enumerate(seasons) if low > base)
    rel = _rel_shift(m["rel"])
    if rel == 0 and current is None:
        # "this summer's melt stopped on 14 September", told on the 27th: the season just gone when it is much
        # nearer than the one to come ("this winter", told in August, is still the coming one)
        gone = upcoming - 1
        index = gone if 2 * (base - seasons[gone][1]) < (seasons[upcoming][0] - base) else upcoming
    elif rel == 0:
        index = current
    elif rel > 0:
        index = upcoming
    else:
        index = (current if current is not None else upcoming) - 1
    return _range(*seasons[index], True)


def _day_of_nearest_month(day: int, base: dt.date, direction: Direction) -> DateValue | None:
    """"the 15th": this month's if it fits the direction, else the month before (past) or after."""
    step = -1 if direction == "past" else 1
    month = base.replace(day=1)
    for _ in range(3):
        if day <= calendar.monthrange(month.year, month.month)[1]:
            date = month.replace(day=day)
            if (direction == "past" and date <= base) or (direction == "future" and date >= base) or (
                    direction == "future_strict" and date > base):
                return day_value(date, relative=True)
        month = _add_months(month, step)
    return None


def _part_of(m: re.Match, base: dt.date | None, direction: Direction) -> DateValue | None:
    groups = m.groupdict()
    if groups.get("abbr"):
        if base is None:
            return None
        abbr = m["abbr"]
        part = "beginning" if abbr[0] == "b" else "end"
        unit = {"m": "month", "y": "year", "w": "week"}[abbr[-1]]
        if unit == "week":
            first = week_start(base)
            first, last = first, first + dt.timedelta(days=6)
        elif unit == "month":
            first, last = _month_bounds(base.year, base.month)
        else:
            first, last = dt.date(base.year, 1, 1), dt.date(base.year, 12, 31)
    else:
        bounds = _ref_bounds(m, base, direction)
        if bounds is None:
            return None
        first, last, unit = bounds
        part = m["part"]
    relative = not (groups.get("myear") or groups.get("yname"))
    if part in ("rest", "remainder", "remaining"):
        if base is None or not first <= base <= last:
            return None
        return _range(base, last, True)
    if unit == "week":
        low, high = {"beginning": (0, 2), "start": (0, 2), "early": (0, 2), "end": (4, 6), "late": (4, 6),
                     "middle": (2, 4), "mid": (2, 4)}[part]
        return _range(first + dt.timedelta(days=low), first + dt.timedelta(days=high), relative)
    if unit == "month":
        if part in ("beginning", "start", "early"):
            return _range(first, first.replace(day=10), relative)
        if part in ("middle", "mid"):
            return _range(first.replace(day=11), first.replace(day=20), relative)
        return _range(first.replace(day=21), last, relative)
    if part in ("beginning", "start", "early"):
        return _range(first, dt.date(first.year, 3, 31), relative)
    if part in ("middle", "mid"):
        return _range(dt.date(first.year, 5, 1), dt.date(first.year, 8, 31), relative)
    return _range(dt.date(first.year, 9, 1), last, relative)


def _part_of_year(m: re.Match, base: dt.date | None) -> DateValue | None:
    """The months of a year's quarter, half, or first or last months (see _PART_OF_YEAR)."""
    if m["qn"]:
        year, quarter = int(m["qyear"]), int(m["qn"])
    else:
        year = _year_of_ref(m, base)
        quarter = 4 if m["quarter"] in ("final", "last") else _NTH_WORDS.get(m["quarter"] or "")
    if year is None:
        return None
    if m["qn"] or m["quarter"]:
        if not quarter or quarter > 4:
            return None
        first, last = 3 * quarter - 2, 3 * quarter
    elif m["half"]:
        first, last = (1, 6) if m["half"] == "first" else (7, 12)
    else:
        n = _count(m["n"])
        if not n or n > 12:
            return None
        first, last = (1, n) if m["edge"] in ("first", "opening") else (13 - n, 12)
    return _range(_month_bounds(year, first)[0], _month_bounds(year, last)[1], not (m["qn"] or m["yname"]))


def _counted(m: re.Match, base: dt.date) -> DateValue | None:
    n = _count(m["n"])
    if not n or n > 1000:
        return None
    forward = m["rel"] in ("next", "coming", "upcoming", "following")
    unit = m["unit"].rstrip("s")
    try:
        if unit == "day":
            low, high = (base + dt.timedelta(days=1), base + dt.timedelta(days=n)) if forward else (
                base - dt.timedelta(days=n), base - dt.timedelta(days=1))
        elif unit == "week":
            start = week_start(base)
            low, high = (start + dt.timedelta(days=7), start + dt.timedelta(days=7 * n + 6)) if forward else (
                start - dt.timedelta(days=7 * n), start - dt.timedelta(days=1))
        else:
            first = base.replace(day=1)
            low = _add_months(first, 1) if forward else _add_months(first, -n)
            end = _add_months(first, n) if forward else _add_months(first, -1)
            high = end.replace(day=calendar.monthrange(end.year, end.month)[1])
    except (OverflowError, ValueError):
        return None
    return _range(low, high, True)


_SPACES = re.compile(r"\s+")
_TRIM = re.compile(r"^[\s(\[,;:]+|[\s)\],;:.]+$")


def normalize_span(span: str) -> str:
    """Lower-case, collapse spaces, unify dashes and quotes, trim punctuation at the ends."""
    span = span.lower().replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    span = _SPACES.sub(" ", span)
    return _TRIM.sub("", span)


def parse_date(
    span: str,
    base: dt.date | dt.datetime | None,
    direction: Direction = "past",
    fallback: bool = True,
    conventions: Conventions = NEWS,
) -> DateValue | None:
    """One date expression (not a text) as a DateValue, or None.

    Own grammar first; dateparser only for what it does not cover, and only for spans of at most
    MAX_SPAN characters. Relative expressions need a base date and come back None without one.
    """
    text = normalize_span(span)
    if not text or len(text) > MAX_SPAN:
        return None
    return _parse_cached(text, base, direction, fallback, conventions)


@lru_cache(maxsize=8192)
def _parse_cached(text: str, base, direction: Direction, fallback: bool,
                  conventions: Conventions = NEWS) -> DateValue | None:
    base_date = base.date() if isinstance(base, dt.datetime) else base
    if (value := _absolute(text, base_date, direction)) is not None:
        return value
    if base_date is not None and (value := _relative(text, base_date, direction, conventions)) is not None:
        return value
    if base_date is not None and (m := _CLOCK_DELTA.fullmatch(text)) and (m["in"] or m["dir"]):
        return _clock_delta(m, base)
    if (value := _compound(text, base_date, direction, conventions)) is not None:
        return value
    if not fallback:
        return None
    return _dateparser_value(text, base)


_RELATIVE_WORDS = re.compile(
    r"\b(?:ago|in|later|hence|from now|last|next|this|before|after|decades?|now|today|yesterday|tomorrow)\b|[+-]\d"
)


def _dateparser_value(text: str, base) -> DateValue | None:
    if base is None and _RELATIVE_WORDS.search(text):
        return None
    if isinstance(base, dt.datetime):
        base_dt = base.replace(tzinfo=None)
    elif base is not None:
        base_dt = dt.datetime(base.year, base.month, base.day, 12)
    else:
        base_dt = None
    try:
        data = _parser(base_dt).get_date_data(text)
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None
    found = data.date_obj if data is not None else None
    if found is None:
        return None
    day = found.date() if isinstance(found, dt.datetime) else found
    relative = bool(_RELATIVE_WORDS.search(text)) or not re.search(r"\d{4}", text)
    if data.period in ("month", "year") and not _RELATIVE_WORDS.search(text):
        if data.period == "month":
            return month_value(day.year, day.month, relative)
        return year_value(day.year, relative)
    return day_value(day, relative)


@lru_cache(maxsize=64)
def _parser(base: dt.datetime | None):
    """The one dateparser configuration; instances differ only by RELATIVE_BASE (7 µs to build)."""
    from dateparser.date import DateDataParser

    settings = {
        "PREFER_DATES_FROM": "current_period",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "NORMALIZE": True,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = base
    return DateDataParser(languages=["en"], settings=settings)
