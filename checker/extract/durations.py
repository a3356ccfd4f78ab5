"""Durations in text ("seven-day truce", "for two decades", "1 hour and thirty"), in days.

Decisions:
- A year is 365.25 days and a month 30.4375 (their mean lengths); a week 7 days, an hour 1/24.
- Parts add up: "2 years, 3 months", "an hour and a half", "1 hour thirty" (a bare number after hours
  is minutes, after minutes seconds). A larger unit never follows a smaller: "six days a week" is no sum.
- Ages are not durations and are skipped: "five years old", "18-year-olds", "a 38-year-old man", "aged six
  months to five years". A
  thing's age is kept when the noun is an event ("four-year-old war"), with that noun.
- A rolling window ("in the last 24 hours", "over the past week") is still a duration, marked
  extra["window"] = True: it says over how long a figure was counted, not how long something lasted.
  find_time_anchors in checker.extract.dates gives the same phrase as a time.
- Mention.noun is the head noun right after the duration ("seven-day truce", "two-day trilateral
  meetings": an adjective in between is skipped) or after "of" ("two days of meetings"); else None.
- "a second" before a noun, a hyphen or an adjective after a comma is the ordinal, not a unit: "a second
  round of talks", "for a second time", "a second-hand car", "a second, more powerful blast"; it stays a
  duration before words that go with a span of time ("a second later", "wait a second.", "within a second of").
- Symbols and bare letters ("2'", "2m", "5 h") are not read as units: in news they are feet, millions
  or metres more often than minutes.
"""

from __future__ import annotations

import re

from checker.extract.mention import Mention
from checker.extract.numbers import NUMBER_WORD_PATTERN, interval_for, parse_number, prefix_qualifier
from checker.extract.word_dispatch import WordDispatch

__all__ = ["find_durations", "expect_text", "UNIT_DAYS", "DURATION_PATTERN"]

UNIT_DAYS = {
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0,
    "month": 30.4375, "quarter": 91.3125, "year": 365.25, "decade": 3652.5, "century": 36525.0,
}
_UNIT_WORDS = {
    "seconds": "second", "second": "second", "secs": "second", "sec": "second",
    "minutes": "minute", "minute": "minute", "mins": "minute", "min": "minute",
    "hours": "hour", "hour": "hour", "hrs": "hour", "hr": "hour", "h": "hour",
    "days": "day", "day": "day", "weeks": "week", "week": "week", "wks": "week", "wk": "week",
    "fortnights": "fortnight", "fortnight": "fortnight", "months": "month", "month": "month",
    "quarters": "quarter", "quarter": "quarter", "years": "year", "year": "year", "yrs": "year",
    "yr": "year", "decades": "decade", "decade": "decade", "centuries": "century", "century": "century",
}
_UNIT = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|fortnights?|months?"
    r"|years?|yrs?|decades?|centuries|century"
    # "3 quarters" is nine months, but "three quarters of" is a fraction: quarters only after digits.
    r"|(?<=\d[ ])quarters?|(?<=\d-)quarter)\b"
)
_NUM = (
    rf"(?:(?<![\d,.])(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}})(?:\.\d{{1,3}})?(?![\d,])|\d/\d{{1,2}}|{NUMBER_WORD_PATTERN}"
    r"|\ban?\b|\bhalf(?:[ ]an?)?\b"
    r"|\ba[ ]couple[ ]of\b|\ba[ ]dozen\b)"
)
_FRACTION = (
    r"(?:[ -]and[ -](?:an?[ -])?(?:half|(?:one|two|three|a)?[ ]?quarters?)(?:[ ]of(?:[ ]an?)?)?)"
)
_MOD = r"(?:[ ](?:more|additional|extra|less|fewer|full|whole|straight|consecutive|long))?"
# One part: "seven-day", "1.5 hrs", "one and three quarters of hour", "48h", "a fortnight", "half an hour".
_PARTS = {
    "counted": rf"(?P<num>{_NUM}){_FRACTION}?{_MOD}(?:[ ]?-[ ]?|[ ])(?P<unit>{_UNIT})",
    "hours": r"(?P<num_h>\d{1,3}(?:\.\d)?|\d/\d)[ ]?h\b",
    "fortnight": r"\b(?:an?[ ])?fortnight\b",
}
# A part starts a word: "covid19 days" holds none.
DURATION_PATTERN = "(?<![a-z0-9])(?:" + "|".join(f"(?P<{name}>{part})" for name, part in _PARTS.items()) + ")"
# Each word tries only the parts that can begin with it (see word_dispatch): one pass over the words, no
# attempt of the long alternation at every offset.
_PART_SEARCH = WordDispatch(_PARTS)


def expect_text(chars: int) -> None:
    """Told how much text a run will read: a part search that will pass its build point builds it first."""
    _PART_SEARCH.expect(chars)

_HALF_AFTER = re.compile(r"[ ]and[ ](?:an?[ ])?half\b")
_JOIN = re.compile(r"(?:,[ ]?|[ ]|,?[ ]and[ ])\Z")
_TRAILING_MINUTES = re.compile(rf"[ ](?:and[ ])?(?P<n>\d{{1,2}}|{NUMBER_WORD_PATTERN})(?![\d.,]\d|\d)(?![ ]?-?[ ]?(?:{_UNIT}|[a-z]))")
# "aged" right before a duration, or before the first of two joined by "to", "and" or "or" ("aged six months to
# five years").
_AGED_BEFORE = re.compile(r"\baged?[ ](?:between[ ])?(?:[\w.-]+(?:[ ](?:months?|years?|weeks?|days?))?[ ](?:to|and|or|-)[ ])?\Z")
_AGE = re.compile(r"(?:[ ]?-[ ]?|[ ])old(?P<s>s)?\b|[ ]of[ ]age\b")
# An age told as the value of "age": "the median age of confirmed cases is 62 years", "at the age of 62 years".
_AGE_IS_BEFORE = re.compile(r"\bage[ ](?:(?:of|among)[ ](?:[a-z-]+[ ]){1,4})?(?:is|was|of|at)[ ]"
                            r"(?:about[ ]|around[ ])?\Z")
_WINDOW_BEFORE = re.compile(r"\b(?:the[ ])?(?:last|past|previous|next|coming)[ ]\Z")
# The lower end of a range right before a duration, in its unit: "three to five years", "2-3 weeks", "two or three
# days", "between six and eight months".
_LOWER_END_BEFORE = re.compile(
    rf"(?:\bbetween[ ])?(?P<n>(?<![\d,.])\d{{1,6}}(?:\.\d{{1,3}})?|{NUMBER_WORD_PATTERN})[ ]?(?P<op>to|or|and|-|–)[ ]?\Z")
_EVENT_NOUNS = frozenset(
    "war conflict invasion occupation crisis blockade siege dispute feud standoff rivalry embargo truce "
    "ceasefire moratorium ban campaign insurgency rebellion struggle regime rule dictatorship offensive "
    "operation mission programme program policy treaty agreement deal law sanctions fight battle".split()
)
_NOT_NOUNS = frozenset(
    "the a an and or of to in on at for from with by as is are was were be been has have had that this "
    "these those it its after before since until ago later earlier old".split()
)
_ADJECTIVE_END = re.compile(r"(?:al|ic|ive|ous|ary|ful|less|ed|ing|ian|ern|lateral)\Z")
_WORD = re.compile(r"[ ]?(?:-[ ]?)?([a-z]{2,20})\b")
_ORDINAL_SECOND = re.compile(r"an?[ ]second\Z")
_AFTER_ORDINAL = re.compile(r"[ ]?-[ ]?[a-z]|(?P<comma>,)?[ ]{1,3}(?P<word>[a-z]+)")
# Words that open an adjective after "a second," ("a second, more powerful explosion").
_DEGREE_WORDS = frozenset("more less even much far larger bigger smaller stronger deadlier".split())
# Words after "a second" that keep it a span of time.
_TIME_FOLLOWERS = frozenset(
    "later earlier ago before after or and of to in for longer more less too at on the that when while then "
    "is was will would could can might may so but if as too".split()
)
_QUARTERS = re.compile(r"(one|two|three|a)?[ ]?quarters?")


def _item_matches(lower: str) -> list[re.Match]:
    """The parts of durations in lower, left to right (as re.finditer of DURATION_PATTERN would give them)."""
    return list(_PART_SEARCH.finditer(lower))


def _number(text: str) -> float | None:
    text = text.strip()
    if text in ("a", "an"):
        return 1.0
    if text.startswith("half"):
        return 0.5
    if text == "a couple of":
        return 2.0
    if re.fullmatch(r"\d/\d{1,2}", text):
        num, den = text.split("/")
        return int(num) / int(den) if int(den) else None
    return parse_number(text)


def _fraction(text: str) -> float:
    if "half" in text:
        return 0.5
    m = _QUARTERS.search(text)
    count = {"one": 1, "two": 2, "three": 3, "a": 1, None: 1}[m[1]] if m else 0
    return count / 4


def _item_days(m: re.Match, lower: str) -> tuple[float, str, int] | None:
    """Days of one part, its unit and where it ends (after "and a half" or a trailing bare number)."""
    if m.lastgroup == "fortnight":
        return UNIT_DAYS["fortnight"], "fortnight", m.end()
    if m.lastgroup == "hours":
        n = _number(m["num_h"])
        return (n * UNIT_DAYS["hour"], "hour", m.end()) if n is not None else None
    n = _number(m["num"])
    if n is None:
        return None
    whole = m.group()
    unit = _UNIT_WORDS[m["unit"]]
    frac = re.search(_FRACTION, whole[len(m["num"]):])
    if frac:
        n += _fraction(frac.group())
    end = m.end()
    if (half := _HALF_AFTER.match(lower, end)) is not None:
        n += 0.5
        end = half.end()
    elif unit in ("hour", "minute") and (tail := _TRAILING_MINUTES.match(lower, end)) is not None:
        extra = _number(tail["n"])
        if extra is not None and extra < 60:
            n += extra / 60
            end = tail.end()
    return n * UNIT_DAYS[unit], unit, end


def _noun_after(lower: str, end: int, hyphenated: bool) -> str | None:
    rest = lower[end:end + 60]
    if not hyphenated:
        m = re.match(r"[ ]of[ ]([a-z]{3,20})\b", rest)
        return m[1] if m and m[1] not in _NOT_NOUNS else None
    first = _WORD.match(rest)
    if first is None or first[1] in _NOT_NOUNS or not rest.startswith(" "):
        return None
    second = _WORD.match(rest, first.end())
    if _ADJECTIVE_END.search(first[1]) and second is not None and second[1] not in _NOT_NOUNS:
        return second[1]
    return first[1]


def _ordinal_second(m: re.Match, end: int, lower: str) -> bool:
    """ "a second" used as the ordinal ("a second round"), not as a unit of time."""
    if not _ORDINAL_SECOND.match(m.group()):
        return False
    after = _AFTER_ORDINAL.match(lower, end)
    if after is not None and after["comma"]:
        return after["word"] in _DEGREE_WORDS or bool(_ADJECTIVE_END.search(after["word"]))
    return after is not None and (after["word"] is None or after["word"] not in _TIME_FOLLOWERS)


def find_durations(text: str, lower: str) -> list[Mention]:
    """Duration mentions in text (lower is text.lower(), same offsets), values in days."""
    found: list[Mention] = []
    matches = _item_matches(lower)
    stopped_at: tuple[int, tuple[float, str, int] | None] | None = None  # the part a chain read and did not take
    i = 0
    while i < len(matches):
        m = matches[i]
        first = stopped_at[1] if stopped_at is not None and stopped_at[0] == i else _item_days(m, lower)
        if first is None:
            i += 1
            continue
        days, unit, end = first
        if _ordinal_second(m, end, lower):
            i += 1
            continue  # "a second round": the ordinal
        if m.start() and lower[m.start() - 1] == "-" and m.lastgroup == "counted" and m["num"] in ("a", "an"):
            i += 1
            continue  # "340,000 barrel-a-day": a rate's time, no span
        units = [unit]
        start = m.start()
        # Chain following parts: "2 years, 3 months", "an hour and 45 minutes".
        j = i + 1
        while j < len(matches) and matches[j].start() >= end and _JOIN.match(lower[end:matches[j].start()] or "x"):
            nxt = _item_days(matches[j], lower)
            if nxt is None or _ordinal_second(matches[j], nxt[2], lower) or UNIT_DAYS[nxt[1]] > UNIT_DAYS[units[-1]]:
                stopped_at = (j, nxt)  # read once: the next duration starts there
                break  # a larger unit after a smaller: "six days a week" is a rate, no sum
            days += nxt[0]
            units.append(nxt[1])
            end = nxt[2]
            j += 1
        i = j
        # "seven-day truce", "44 day war": a singular unit after a number other than one is adjectival.
        hyphenated = "-" in lower[start:end] or (
            len(units) == 1 and m.lastgroup == "counted" and not m["unit"].endswith("s")
            and days != UNIT_DAYS[units[0]]
        )
        age = _AGE.match(lower, end)
        extra: dict = {"units": tuple(units)}
        if age is None and (_AGED_BEFORE.search(lower, max(0, start - 40), start)
                            or _AGE_IS_BEFORE.search(lower, max(0, start - 60), start)):
            extra["age"] = True  # "aged one year and older", "aged six months to five years": ages, no spans
        noun = None
        if age is not None:
            noun = _noun_after(lower, age.end(), True) if not age["s"] else None
            if noun not in _EVENT_NOUNS:
                continue  # an age, not a duration
            end_noun_from = age.end()
        else:
            end_noun_from = end
            noun = _noun_after(lower, end_noun_from, hyphenated)
        if _WINDOW_BEFORE.search(lower, max(0, start - 20), start):
            extra["window"] = True
        lower_end = _lower_end(lower, start, days, units) if len(units) == 1 else None
        if lower_end is not None:
            low, start = lower_end
            found.append(Mention("duration", start, end, None, low, days, unit="day", qualifier="range", noun=noun,
                                 extra=extra))
            continue
        bound = prefix_qualifier(lower, start)
        if bound is not None and lower.startswith("over", bound[1]) and not lower.endswith("for ", 0, bound[1]):
            bound = None  # "612mm over 72 hours": across them; "for over 72 hours" is more than
        if bound is None:
            found.append(Mention("duration", start, end, days, days, days, unit="day", noun=noun, extra=extra))
            continue
        # "more than three days", "almost 48 hours": a bound, as on any number
        qualifier, start = bound
        # Hedged as written, in its largest unit: "nearly five hours" may be 4.5 to 5 hours
        written = days / UNIT_DAYS[units[0]]
        low, high, low_inclusive, high_inclusive = interval_for(days, qualifier, written=written)
        found.append(Mention("duration", start, end, days, low, high, low_inclusive, high_inclusive, "day", qualifier,
                             noun=noun, extra=extra))
    if ":" in lower:
        found.extend(_clock_durations(lower))
        found.sort(key=lambda d: d.start)
    return found


def _lower_end(lower: str, start: int, days: float, units: list[str]) -> tuple[float, int] | None:
    """The lower end of a range written before a duration of one unit, in that unit, and where it starts:
    "three to five years" is three to five years; "between six and eight months" needs its "between"."""
    found = _LOWER_END_BEFORE.search(lower, max(0, start - 40), start)
    if found is None or found["op"] == "and" and not found.group().startswith("between"):
        return None
    n = parse_number(found["n"])
    low = n * UNIT_DAYS[units[0]] if n is not None else None
    if low is None or not 0 < low < days:
        return None  # "scored 3-1 two days later" is no range of days
    return low, found.start()


# A time told on a clock of hours, minutes and seconds ("won in 2:18:45", "a time of 1:02:33.4"); not a time
# of day, which names its zone or half of the day ("14:05:33 GMT").
# It starts by consuming a digit and looks behind from there, so re skips from digit to digit.
_CLOCK = re.compile(r"(?P<h>\d(?<![\d:.,]\d)\d?):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d{1,3})?)(?![\d:]|\.\d)"
                    r"(?![ ]?(?:[ap]\.?m\b|gmt|utc|bst|cet|cest|est|edt|pst|pdt|et\b|local|hrs|hours))")


# A race time of minutes and seconds with their fractions ("won the 1,500m in 3:29.84"): the fraction tells it
# from a time of day.
_LAP = re.compile(r"(?P<m>\d(?<![\d:.,]\d)\d?):(?P<s>[0-5]\d\.\d{1,3})(?![\d:]|\.\d)")


def _clock_durations(lower: str) -> list[Mention]:
    """Durations told on a clock of hours, minutes and seconds, or of minutes and seconds with a fraction."""
    found = []
    for m in _CLOCK.finditer(lower):
        days = (int(m["h"]) * 3600 + int(m["m"]) * 60 + float(m["s"])) / 86400
        found.append(Mention("duration", m.start(), m.end(), days, days, days, unit="day",
                             extra={"units": ("hour", "minute", "second")}))
    taken = [(d.start, d.end) for d in found]
    for m in _LAP.finditer(lower):
        if any(a <= m.start() < b for a, b in taken):
            continue  # the minutes and seconds of "2:06:12.5"
        days = (int(m["m"]) * 60 + float(m["s"])) / 86400
        found.append(Mention("duration", m.start(), m.end(), days, days, days, unit="day",
                             extra={"units": ("minute", "second")}))
    return found
