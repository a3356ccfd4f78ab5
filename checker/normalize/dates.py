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
Direction = Literal["past", "future", "future_strict"]

# Longer inputs are never handed to dateparser: its cost grows with length and junk (research/perf.md).
MAX_SPAN = 64


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


MONTH_RE = rf"(?:{_alt(MONTHS)})\b\.?"
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


def nearest_year(month: int, day: int, base: dt.date, direction: Direction = "past") -> dt.date | None:
    """A year-less date in the year that puts it nearest the base date (ties go to the past).

    With a future direction (corpora written for assistants), the first such date on or after base.
    """
    options = [d for y in (base.year - 1, base.year, base.year + 1) if (d := _safe_date(y, month, day))]
    if direction != "past":
        options = [d for d in options if d >= base] or options
    if not options:
        return None
    return min(options, key=lambda d: (abs((d - base).days), d > base))


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
        return nearest_year(month, day, base)

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
    rf"|(?P<month_b>{MONTH_RE})(?:{_SP}the|[ ]?/|[ ]?-)?[ ]{{0,3}}(?P<day_b>{_DAY}))"  # february 4, oct/2, feb13
    rf"(?:(?:[ ]?,[ ]{{0,3}}|{_SP}|[ ]?[-/][ ]?|{_SP}of{_SP}){_YEAR})?"
)
_MONTH_YEAR = re.compile(rf"{_MONTH}(?:(?:,?{_SP}|[ ]?[-/][ ]?|{_SP}of{_SP}){_YEAR})?")
_ISO = re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})(?:[-/.](?P<d>\d{1,2}))?")
_MONTH_SLASH_YEAR = re.compile(r"(?P<m>\d{1,2})/(?P<y>\d{4})")
_NUMERIC = re.compile(r"(?P<a>\d{1,2})[ ]?(?P<sep>[/.-])[ ]?(?P<b>\d{1,2})(?:[ ]?(?P=sep)[ ]?(?P<y>\d{4}|\d{2}))?")
_YEAR_ONLY = re.compile(rf"(?:the{_SP}year{_SP})?(?P<year>{YEAR_RE})")
_NAMED_DAY = {"today": 0, "tonight": 0, "now": 0, "yesterday": -1, "tomorrow": 1, "tomorrows": 1,
              "the day before yesterday": -2, "day before yesterday": -2,
              "the day after tomorrow": 2, "day after tomorrow": 2, "till date": 0, "to date": 0,
              "just now": 0, "right now": 0, "this day": 0}
_PART_OF_DAY = r"(?:{_SP}(?:morning|afternoon|evening|night|overnight))?".replace("{_SP}", _SP)
_WEEKDAY_ALONE = re.compile(
    rf"(?:(?P<rel>last|next|this|past|previous|coming|upcoming){_SP})?(?P<wd>{WEEKDAY_RE}){_PART_OF_DAY}"
    rf"(?:{_SP}(?:of{_SP})?(?P<wk>this|next|last|the{_SP}following|previous){_SP}week)?"
)
_WEEKDAY_OF_WEEK = re.compile(rf"(?P<wk>next|last|this){_SP}week(?:'s)?{_SP}(?P<wd>{WEEKDAY_RE})")
_OVERNIGHT = re.compile(rf"(?:overnight|(?:the{_SP})?night){_SP}(?:into|to){_SP}(?P<wd>{WEEKDAY_RE})")
_PERIOD = re.compile(
    rf"(?P<rel>this|current|last|past|previous|next|coming|upcoming|the{_SP}following|earlier{_SP}this"
    rf"|later{_SP}this|early{_SP}this|late{_SP}this){_SP}(?P<unit>week|weekend|month|year)"
)
_DELTA_UNITS = {"day": 1, "days": 1, "d": 1, "week": 7, "weeks": 7, "wk": 7, "wks": 7, "fortnight": 14,
                "fortnights": 14}
_CAL_UNITS = {"month": 1, "months": 1, "mo": 1, "year": 12, "years": 12, "yr": 12, "yrs": 12, "y": 12,
              "decade": 120, "decades": 120}
_DELTA = re.compile(
    rf"(?:in{_SP})?(?P<n>\d{{1,4}}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    rf"a{_SP}couple{_SP}of|a{_SP}few|several){_SP}?(?P<unit>days?|d|weeks?|wks?|fortnights?|months?|mo|"
    rf"years?|yrs?|y|decades?)(?:(?:'s|s')?{_SP}time)?"
    rf"(?:{_SP}(?P<dir>ago|before|back|earlier|later|after|hence|from{_SP}(?:now|today)))?"
)
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
        day = _day_number(m["day"] or m["day_b"])
        month = _month_number(m["month_a"] or m["month_b"])
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
        if direction != "past":
            candidates = [ym for ym in candidates if ym >= (base.year, base.month)]
        year, month = min(candidates, key=lambda ym: (abs((ym[0] - base.year) * 12 + ym[1] - base.month),
                                                       (ym[0], ym[1]) > (base.year, base.month)))
        return month_value(year, month, relative=True)
    if m := _YEAR_ONLY.fullmatch(span):
        return year_value(int(m["year"]))
    return None


def _relative(span: str, base: dt.date, direction: Direction) -> DateValue | None:
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
        if rel in ("last", "past", "previous"):
            day = base - dt.timedelta(days=(base.weekday() - weekday) % 7 or 7)
        elif rel in ("next",):
            # "next Wednesday" is the Wednesday of next week (Duckling's reading), not tomorrow.
            day = week_start(base) + dt.timedelta(days=7 + weekday)
        elif rel in ("coming", "upcoming"):
            day = resolve_weekday(weekday, base, "future_strict")
        elif rel == "this":
            day = week_start(base) + dt.timedelta(days=weekday)
        else:
            day = resolve_weekday(weekday, base, direction)
        return day_value(day, relative=True)
    if m := _PERIOD.fullmatch(span):
        return _period(m["rel"], m["unit"], base)
    if m := _DELTA.fullmatch(span):
        return _delta(m, span, base)
    return None


def _weekday_in_week(weekday: int, base: dt.date, which: str) -> DateValue:
    shift = {"this": 0, "next": 7, "following": 7, "last": -7, "previous": -7}[which]
    return day_value(week_start(base) + dt.timedelta(days=shift + weekday), relative=True)


def _period(rel: str, unit: str, base: dt.date) -> DateValue:
    # "earlier this month" runs from the month's start to the base date, "later this week" from it on.
    part = rel.split()[0] if rel.startswith(("earlier", "later", "early", "late")) else None
    words = rel.split()[-1]
    shift = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1,
             "upcoming": 1, "following": 1}[words]
    if unit in ("week", "weekend"):
        start = week_start(base) + dt.timedelta(days=7 * shift)
        low, high = (start, start + dt.timedelta(days=6)) if unit == "week" else (
            start + dt.timedelta(days=5), start + dt.timedelta(days=6))
    elif unit == "month":
        first = _add_months(base.replace(day=1), shift)
        low, high = first, first.replace(day=calendar.monthrange(first.year, first.month)[1])
    else:
        low, high = dt.date(base.year + shift, 1, 1), dt.date(base.year + shift, 12, 31)
    if part == "earlier":
        high = min(high, base)
    elif part == "later":
        low = max(low, base)
    return _range(low, high, True)


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
) -> DateValue | None:
    """One date expression (not a text) as a DateValue, or None.

    Own grammar first; dateparser only for what it does not cover, and only for spans of at most
    MAX_SPAN characters. Relative expressions need a base date and come back None without one.
    """
    text = normalize_span(span)
    if not text or len(text) > MAX_SPAN:
        return None
    return _parse_cached(text, base, direction, fallback)


@lru_cache(maxsize=8192)
def _parse_cached(text: str, base, direction: Direction, fallback: bool) -> DateValue | None:
    base_date = base.date() if isinstance(base, dt.datetime) else base
    if (value := _absolute(text, base_date, direction)) is not None:
        return value
    if base_date is not None and (value := _relative(text, base_date, direction)) is not None:
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
