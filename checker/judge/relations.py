"""How two claims relate: same figure, same time, same place or part of it, values that can both be true."""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re

from checker.extract.durations import UNIT_DAYS
from checker.judge.context import WRITTEN_DIGITS, Context, Group, Tolerances, written_figure
from checker.judge.grouping import headcount
from checker.model import Claim, day_to_iso, iso_to_day
from checker.spelling import render_value

__all__ = ["overlaps", "comparable", "event_days", "dates_by_day", "occasion", "one_occasion", "same_time",
           "times_apart", "relation", "same_name", "different_speakers", "measured", "Pairs", "pairs", "memo",
           "first_subject", "THEIRS", "ADDED", "EARLIER", "CAPACITY", "apart_by_years", "restated", "different_sets",
           "named_weekday", "WEEKDAY_NAMED"]


def _bounds(c: Claim) -> tuple[float, float, bool, bool]:
    lo = c.low if c.low is not None else (c.value if c.value is not None and c.qualifier == "exact" else -math.inf)
    hi = c.high if c.high is not None else (c.value if c.value is not None and c.qualifier == "exact" else math.inf)
    if c.low is None and c.high is None and c.value is not None and c.qualifier in ("at_least", "more_than"):
        lo, hi = c.value, math.inf
    if c.low is None and c.high is None and c.value is not None and c.qualifier in ("at_most", "less_than"):
        lo, hi = -math.inf, c.value
    return lo, hi, c.low_inclusive, c.high_inclusive


def overlaps(a: Claim, b: Claim, tol: "Tolerances | None" = None) -> bool:
    """Whether the two claims' intervals share a value, allowing the tolerance of their kind."""
    tol = tol or Tolerances()
    absolute, relative = tol.for_claim(a)
    absolute = max(absolute, tol.for_claim(b)[0])  # either may be rounded ("24.8 million" beside 24,782,800)
    alo, ahi, ali, ahi_inc = _bounds(a)
    blo, bhi, bli, bhi_inc = _bounds(b)
    scale = max(abs(x) for x in (alo, ahi, blo, bhi) if not math.isinf(x)) if any(
        not math.isinf(x) for x in (alo, ahi, blo, bhi)) else 0.0
    slack = max(absolute, relative * scale, rounding_slack(a, b))
    if slack > 0:
        return alo <= bhi + slack and blo <= ahi + slack
    return _meet_exactly(alo, ahi, ali, ahi_inc, blo, bhi, bli, bhi_inc, scale)


def canonical_per_stated(c: Claim) -> float:
    """How many canonical units one stated unit is, from the claim's own values (no pint call); for a duration,
    the days in its unit ("14.5 weeks": 7)."""
    if c.kind == "duration":
        return UNIT_DAYS.get(c.stated_unit or "", 1.0)
    if c.stated_value and c.value is not None and c.stated_unit not in ("degF", "degree_Fahrenheit"):
        return abs(c.value / c.stated_value) if c.stated_value else 1.0
    return 5 / 9 if c.stated_unit in ("degF", "degree_Fahrenheit") else 1.0


def rounding_step(quote: str, stated: float | None = None) -> float:
    """What a written figure is rounded to: 1 for "-11", 0.1 for "98.6", 5 for "195", 10 for "120", 100
    for "12,300", 500 for "20,500", a million for "1 million" and 100,000 for "1.2 million" (its stated
    value, when the digits are a scale word's count)."""
    m, scale = written_figure(quote, stated)
    if m is None:
        return 1.0
    if m.group(2):
        return 10 ** -len(m.group(2)) * scale
    digits = m.group(1).replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0")) if len(digits) > 1 else 0
    significant = digits.rstrip("0") or "0"
    return 10.0 ** zeros * (5.0 if significant.endswith("5") and len(significant) > 1 else 1.0) * scale


# How far a figure written in one unit may be rounded, by its share of it, when set beside one written in another.
_ROUNDING_SHARE = 0.025


def rounding_slack(a: Claim, b: Claim) -> float:
    """How far apart two figures written in different units may stand and still agree: each may be rounded to its
    last written digit ("a 1.2-mile zone" is 1.85 to 2.01 km, beside "2km"), but by no more than a fortieth of it
    ("2km" is no 1.5 km), and a round number's zeros count as written ("170 mph" is no 175)."""
    if a.kind != "quantity" or not a.stated_unit or not b.stated_unit or a.stated_unit == b.stated_unit:
        return 0.0
    return sum(min(0.5 * canonical_per_stated(c) * last_digit_step(c.quote), _ROUNDING_SHARE * abs(c.value))
               for c in (a, b) if c.value is not None and c.qualifier == "exact")


def last_digit_step(quote: str) -> float:
    """What the last written digit of a figure is worth: 0.1 for "1.2-mile", 1 for "2km" and for "170 mph"."""
    m = WRITTEN_DIGITS.search(quote)
    return 10.0 ** -len(m.group(2)) if m is not None and m.group(2) else 1.0


# Float noise allowed in an exact comparison, relative to the values: "4 hours, 37 minutes" and "277 minutes" are
# 0.1923611111111111 and 0.19236111111111112 days.
_NOISE = 1e-9


def _meet_exactly(alo, ahi, ali, ahi_inc, blo, bhi, bli, bhi_inc, scale: float) -> bool:
    """Whether two intervals share a value, an open bound excluding the value it names, equal up to float noise."""
    noise = _NOISE * max(1.0, scale)
    if ahi < blo - noise or bhi < alo - noise:
        return False
    if abs(ahi - blo) <= noise and not (ahi_inc and bli):
        return False  # they touch at one value, which an open bound leaves out
    if abs(bhi - alo) <= noise and not (bhi_inc and ali):
        return False
    return True


# How far apart two counts of a thing may be told and still be counts of one set of it: more than twice the
# other is a different set ("98,000 Irish customers" among "1.2 million customers"), not a misreport of it.
_SAME_SET_RATIO = 2.0


def different_sets(a: Claim, b: Claim, counted: frozenset[str] = frozenset()) -> bool:
    """Whether two headcounts (grouping.headcount) are told a scale apart, as counts of different sets of their
    thing ("98,000 Irish customers" and "1.2 million customers")."""
    return headcount(a, counted) and _scale_apart(_bounds(a), _bounds(b))


def _scale_apart(a: tuple[float, float, bool, bool], b: tuple[float, float, bool, bool]) -> bool:
    """Whether two counts' intervals stand more than _SAME_SET_RATIO apart (from one's nearest finite bound)."""
    (alo, ahi, _, _), (blo, bhi, _, _) = a, b
    low, high = (ahi, blo) if ahi < blo else (bhi, alo) if bhi < alo else (None, None)
    return low is not None and not math.isinf(low) and not math.isinf(high) and 0 < low * _SAME_SET_RATIO < high


def _extent(lo: float, hi: float) -> float | None:
    """The largest finite magnitude among a claim's bounds (None when both are infinite): overlaps' scale."""
    finite = [abs(x) for x in (lo, hi) if not math.isinf(x)]
    return max(finite) if finite else None


def comparable(a: Claim, b: Claim, vocabulary=None) -> bool:
    """Whether two claims speak of the same thing apart from their metric (see relation()): the same place or
    none, the same story's place, the same scope, event and rolling window where both say."""
    if a.subject and b.subject and a.subject != b.subject:
        return False
    return _where(a, b, vocabulary) == "same"


def as_of_range(c: Claim) -> tuple[str, str] | None:
    if not c.as_of:
        return None
    lo, _, hi = c.as_of.partition("/")
    hi = hi or lo
    # "2025-02" spans the month, "2025" the year and "2026-02-04" any time that day: compare by prefix.
    return lo, hi + "\uffff" if len(hi) <= 10 else hi


def event_days(claims) -> dict[tuple[str, str], tuple[str, str]]:
    """The days each source dates its events to ("Thursday's strike"), as ISO (first, last + "\uffff"),
    by (source, event) and by (source, "") for all its events; from its day-precise event dates.

    A source that dates one event twice gets both days and all between: a wider occasion only
    meets more figures, so doubt keeps a comparison rather than dropping it. An event dated more than
    _OCCURRENCE_DAYS before its telling is background (another occurrence), not the source's occasion.
    """
    spans: dict[tuple[str, str], tuple[float, float]] = {}
    for c in claims:
        if (c.kind != "date" or not c.event or c.precision != "day" or c.low is None or c.high is None
                or c.metric != f"{c.event}.date"):
            continue
        told = _told_day(c)
        if told is not None and c.high < told - _OCCURRENCE_DAYS:
            continue  # a past occurrence told as background ("the March 27, 1977 collision"): not this occasion
        for key in ((c.source, c.event), (c.source, "")):
            lo, hi = spans.get(key, (c.low, c.high))
            spans[key] = (min(lo, c.low), max(hi, c.high))
    out = {}
    for key, (lo, hi) in spans.items():
        if math.isinf(lo) or math.isinf(hi):
            continue
        # An overnight strike is dated to either day by different reporters: the day before counts too.
        out[key] = (day_to_iso(lo - 1), day_to_iso(hi) + "\uffff")
    return out


# The key under which story_days files, for a source that dates no event, the days its neighbours date theirs to.
STORY_DAYS = "\x00story"
# How many days before a source's publication its neighbours were published (and their event days may lie), and how
# many days their event days may spread over and still be one event's.
_NEIGHBOURS_DAYS = 7
_ONE_EVENT_DAYS = 3


def story_days(anchors: dict[tuple[str, str], tuple[str, str]],
               ctx: Context) -> dict[tuple[str, str], tuple[str, str]]:
    """For each source that dates no event: the days the sources published in the week up to it date their events
    to, when those days are one event's (within _ONE_EVENT_DAYS of each other), by (source, STORY_DAYS). A ferry's
    sinking dated to Thursday by three wires is the occasion of Sunday's report that dates none; a war week's
    strikes on four days name no one occasion."""
    by_day: dict[dt.date, tuple[str, str]] = {}
    for (sid, event), (lo, hi) in anchors.items():
        day = ctx.published(sid) if event == "" else None
        if day is not None:
            first, last = by_day.get(day, (lo, hi))
            by_day[day] = (min(first, lo), max(last, hi))
    out: dict[tuple[str, str], tuple[str, str]] = {}
    if not by_day:
        return out
    for sid in ctx.sources:
        day = ctx.published(sid)
        if day is None or (sid, "") in anchors:
            continue
        spans = [by_day[d] for k in range(_NEIGHBOURS_DAYS + 1) if (d := day - dt.timedelta(days=k)) in by_day]
        if not spans:
            continue
        lo, hi = min(x[0] for x in spans), max(x[1] for x in spans)
        if (dt.date.fromisoformat(hi[:10]) - dt.date.fromisoformat(lo[:10])).days <= _ONE_EVENT_DAYS:
            out[(sid, STORY_DAYS)] = (lo, hi)
    return out


def _told_day(c: Claim) -> float | None:
    """The day a claim's source tells it on, when its time is unstated (its as_of is then its publication)."""
    if c.as_of_stated or not c.as_of or len(c.as_of) < 10:
        return None
    try:
        return iso_to_day(dt.date.fromisoformat(c.as_of[:10]))
    except ValueError:
        return None


# The key under which dates_by_day files the dates whose words name their day's weekday.
WEEKDAY_NAMED = "weekday"
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def named_weekday(c: Claim) -> int | None:
    """The weekday a date's words call its day (0 for Monday), stated beside a date ("Monday, June 29") or alone
    ("on Tuesday afternoon", resolved to its day): None when they name none."""
    if c.weekday is not None:
        return c.weekday
    first = c.quote.split(None, 1)[0].lower().rstrip(",'’s") if c.quote.strip() else ""
    return _WEEKDAY_NAMES.index(first) if first in _WEEKDAY_NAMES else None


def dates_by_day(claims) -> dict[tuple[str, float], list[Claim]]:
    """The one-day date claims by (what they date, day): their event, else their metric; those whose words name
    their day's weekday also under (WEEKDAY_NAMED, day), as are spans under their first day when they name its
    weekday. The bare metric "date" (a date of nothing known) is filed only there: two such dates of one day
    share only the day, and what it is called."""
    out: dict[tuple[str, float], list[Claim]] = {}
    for c in claims:
        if c.kind != "date" or c.precision not in (None, "day"):
            continue
        day = c.value if c.value is not None else c.low
        if day is None or math.isinf(day):
            continue
        if c.low != c.high:
            if c.weekday is not None:
                out.setdefault((WEEKDAY_NAMED, day), []).append(c)  # "from Monday October 2 to ...": its first day's
            continue
        if named_weekday(c) is not None:
            out.setdefault((WEEKDAY_NAMED, day), []).append(c)
        if c.event is not None or c.metric != "date":
            out.setdefault((c.event or c.metric, day), []).append(c)
    return out


def occasion(c: Claim, published, days_apart: float, anchors=None) -> tuple[bool, str, str] | None:
    """When a figure holds, as (stated, first day, last day) compared by prefix like as_of_range:
    its stated time, else the days its source dates the figure's event (or, failing that, any event)
    to, else the days_apart days up to its source's publication; None when unknown."""
    if c.as_of_stated:
        found = as_of_range(c)
        return None if found is None else (True, *found)
    if anchors:
        # An article reports one occasion: a figure of an event it does not date (the truce discussed
        # before the strike) holds for the days of the events it does date.
        span = anchors.get((c.source, c.event or "")) or (anchors.get((c.source, "")) if c.event else None)
        if span is not None:
            return False, *span
    if published is None:
        return None
    first = (published - dt.timedelta(days=max(0, math.floor(days_apart)))).isoformat()
    story = anchors.get((c.source, STORY_DAYS)) if anchors else None
    # A report that dates no event speaks of its neighbours' one event too, however many days after it
    return False, min(first, story[0]) if story else first, published.isoformat() + "\uffff"


def _one_occasion(a: Claim, b: Claim, oa, ob, days_apart: float) -> bool:
    """Whether two figures of one metric may speak of one occasion (see Tolerances.days_apart).

    Two stated times are left to same_time: stated figures of different times are updates (FC201).
    Two dates of an event as close as days_apart may be one event whose date the sources dispute.
    """
    if oa is None or ob is None or (oa[0] and ob[0]):
        return True
    if oa[1] <= ob[2] and ob[1] <= oa[2]:
        return True
    if a.kind == "date" and b.kind == "date":
        alo, ahi, _, _ = _bounds(a)
        blo, bhi, _, _ = _bounds(b)
        return alo <= bhi + days_apart and blo <= ahi + days_apart
    return False


def one_occasion(a: Claim, b: Claim, ctx: Context) -> bool:
    """Whether two figures may speak of one occasion: their stated times, the days their sources date
    their events to, or the days up to their sources' publication meet (see occasion). Unlike the
    pairs of a group, two stated times that do not meet are two occasions here, not an update."""
    apart = ctx.tolerances.days_apart
    oa = occasion(a, ctx.published(a.source), apart, ctx.anchors)
    ob = occasion(b, ctx.published(b.source), apart, ctx.anchors)
    if oa is not None and ob is not None and oa[0] and ob[0]:
        return oa[1] <= ob[2] and ob[1] <= oa[2]
    return _one_occasion(a, b, oa, ob, apart)


def times_apart(a: Claim, b: Claim) -> bool:
    """Whether two figures hold for times that do not meet (a figure without a stated time holds for its day)."""
    ra, rb = as_of_range(a), as_of_range(b)
    return bool(ra and rb) and (ra[1] < rb[0] or rb[1] < ra[0])


def same_time(a: Claim, b: Claim, cumulative: bool) -> bool:
    """Whether two figures hold for the same time.

    Stated times ("in February 2025", "Tuesday's assault") that do not overlap make figures of
    different times. For running totals, the publication date stands in for an unstated time. A
    provisional figure ("a preliminary magnitude of 7.2") is earlier than a final one of any figure: its
    revision is an update.
    """
    # A running total holds as of its stated time or its publication; any other figure is dated only
    # by what the text states, and an unstated time may be any time.
    if ((a.as_of_stated and b.as_of_stated) or cumulative) and times_apart(a, b):
        return False
    return a.provisional == b.provisional


# A date role whose events last several days: a date "on Feb 4" inside one is not a rival of "on Feb 5".
_DURATIVE_POINT = ".date"


def relation(a: Claim, b: Claim, vocabulary=None) -> str:
    """How two claims of one figure stand: "same" when they speak of the same whole (rivals if their times
    meet), "part" when one counts a part of the other's whole (a city's toll in its country's, one plant's
    strikers among all, "1,400 of them in serious condition" among the injured), "other" when they speak of
    different things (two cities, two trains, two events, two rolling windows)."""
    if a.metric != b.metric:
        return "other"
    return _where(a, b, vocabulary)


def _where(a: Claim, b: Claim, vocabulary) -> str:
    """relation() but for the metric: event, rolling window, place (or the story's place), and scope."""
    if a.event and b.event and a.event != b.event:
        return "other"
    if (a.window_days or b.window_days) and a.window_days != b.window_days:
        return "other"
    place = _place_relation(a, b, vocabulary)
    if place == "part" and a.kind == "date" and a.scope == b.scope and None in (a.subject, b.subject) \
            and _names_event(a.scope, vocabulary):
        # "the Chicago Marathon on Sunday" under a CHICAGO dateline and "Saturday's Chicago Marathon": one named
        # event, whether its place is told or not
        place = "same"
    # A date's or a duration's scope names whose event it is ("the deal with Ford", "the strike against GM"):
    # an event said without one may be anyone's, not a part.
    scope = _scope_relation(a.scope, b.scope, identity=a.kind in ("date", "duration"))
    if scope == "part" and _names_event(a.scope or b.scope, vocabulary):
        # "the 2018 Camp Fire killed 85 people": a named fire is the story's or another, never a part of a toll
        scope = "other"
    if a.scope == b.scope == PART:
        # "11 of them" and "five of them", "58 of the confirmed cases" and "41 of the state's": parts of whatever
        # each was of; two parts of one figure read ("including about 31,000 in the United States. Around 2,400 of
        # them have joined") are two of its parts, no rivals
        scope = "other"
    if scope == "part" and (a.scope is None) != (b.scope is None) and (a.scope or b.scope) not in (PART, STILL) \
            and _held(a.metric, vocabulary):
        scope = "other"  # a candidate's votes and votes told of no one (a margin, a district's, anyone's)
    if "other" in (place, scope):
        return "other"
    return "part" if "part" in (place, scope) else "same"


# Qualifiers of a value told as such, not of a bound or a vague amount ("tens of thousands" holds any part).
_TOLD = frozenset(("exact", "about"))


def earlier_values(claims: list[Claim]) -> list[float]:
    """Values a source calls the earlier value of a figure ("first measured at 7.4, later upgraded to 7.6"), or tells
    as its own earlier word beside a later one ("Earlier this week the company said it would close 147 stores",
    after "bringing the total to 183"): what other sources may still give, no rival of the later value."""
    earlier = [c.value for c in claims if c.scope == EARLIER and c.value is not None]
    return earlier + [c.value for c in claims if c.provisional and c.value is not None and any(
        d.source == c.source and not d.provisional and d.value is not None and d.value != c.value for d in claims)]


def _one_holds(a: Claim, b: Claim, values: list[float]) -> bool:
    """Whether exactly one of two claims holds one of the values (which some source of the run calls this figure's
    earlier value, or a part of it)."""
    return any(a.contains(v) for v in values) != any(b.contains(v) for v in values)


def _held(metric: str, vocabulary) -> bool:
    lexicon = getattr(vocabulary, "lexicon", None)
    return lexicon is not None and lexicon.held(metric)


def _place_relation(a: Claim, b: Claim, vocabulary) -> str:
    """How two claims' places stand. A claim that names no place of its own stands for its story's place (its
    area) when its text ties its event to one, else for the story's whole wherever it is."""
    within = getattr(vocabulary, "is_within", None)
    x, y = a.subject or None, b.subject or None
    if x == y:
        if x is None and a.area and b.area and a.area != b.area and not (
                within is not None and (within(a.area, b.area) or within(b.area, a.area))):
            return "other"  # two stories told in different places: Kyiv's strike and Kharkiv's
        return "same"
    if x and y:
        return "part" if within is not None and (within(x, y) or within(y, x)) else "other"
    named, area = (x, b.area) if x else (y, a.area)
    if area:
        if named == area or (within is not None and within(area, named)):
            return "same"  # the story's own place, or a place around it ("in Odisha" for the Balasore crash)
        if within is not None and within(named, area):
            return "part"  # a province of the quake's country
        return "other"
    # No story place known: a country's figure is the story's whole; a city's or a province's is a part of it.
    kind = vocabulary.place_kind(named) if hasattr(vocabulary, "place_kind") else None
    return "same" if kind == "country" else "part"


def _scope_relation(a: str | None, b: str | None, identity: bool = False) -> str:
    if a == b:
        return "same" if a != THEIRS else "other"
    if THEIRS in (a, b):
        return "other"  # "its 44-day strike": some party's own, whose we cannot tell
    if ADDED in (a, b):
        return "other"  # "two more bodies", "another 4,000": an addition, neither the figure nor a part of it
    if EARLIER in (a, b):
        return "other"  # "up from 3.2% in February": the figure at another time, neither it nor a part of it
    if CAPACITY in (a, b):
        return "other"  # "licensed to carry 180": what it may hold, neither what it held nor a part of it
    if AVERAGE in (a, b):
        return "other"  # "well below the EU average of 44": an average of others, neither the figure nor a part of it
    if ANOTHER in (a, b):
        return "other"  # "a second boat carrying 47 people", "another quake": one more of its kind, not this one
    if a and b:
        return "same" if _same_scope(a, b) else "other"
    return "same" if identity else "part"


def _same_scope(a: str, b: str) -> bool:
    """Whether two scopes name one holder: same_name, where a holder within a frame ("Vallas (19th Ward)") is no
    holder at large ("Vallas") nor within another frame."""
    framed_a, framed_b = _FRAMED.fullmatch(a), _FRAMED.fullmatch(b)
    if framed_a is None and framed_b is None:
        return same_name(a, b)
    return bool(framed_a and framed_b) and same_name(framed_a["name"], framed_b["name"]) \
        and same_name(framed_a["frame"], framed_b["frame"])


def _names_event(scope: str | None, vocabulary) -> bool:
    """Whether a scope is the name of an event ("Camp Fire", "Hurricane Katrina"): capitalised, with an event's
    noun first or last."""
    lexicon = getattr(vocabulary, "lexicon", None)
    words = (scope or "").split()
    if lexicon is None or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    return any((w.lower(),) in lexicon.events for w in (words[0], words[-1]))


# The scope extraction gives an event its text says has an owner it does not name ("its 44-day strike").
THEIRS = "its"


# The scope extraction gives a figure of one more thing of its kind ("another quake", "a second boat":
# extract.frames.ANOTHER).
ANOTHER = "another occurrence"


# The scope extraction gives a count that adds to a figure ("two more bodies": extract.frames._increment).
ADDED = "additional"


# The scope extraction gives a part that names no state of its own ("11 of them"; extract.frames).
PART = "part"


# The scope extraction gives those of a running total still in its state ("Twelve remained in hospital";
# extract.frames): a part of the total that falls as they leave.
STILL = "still"


# The scope extraction gives a time told up to the telling from a day named after it ("the nine days since it
# first erupted on April 16": extract.frames.SINCE).
SINCE = "since"


# The scope extraction gives the earlier value a figure is compared with ("up from 3.2%": extract.frames).
EARLIER = "earlier value"


# The scope extraction gives a count of what something may hold ("licensed to carry 180": extract.frames).
CAPACITY = "capacity"


# The scope extraction gives an average a figure is set beside ("the EU average of 44": extract.frames).
AVERAGE = "average"


# A holder's name and the frame extraction narrows it to: "Vallas (19th Ward)" (extract.pipeline).
_FRAMED = re.compile(r"(?P<name>.+?) \((?P<frame>[^()]+)\)")


def same_name(a: str, b: str) -> bool:
    """Whether two names name one thing: the same words once case, "the" and dots are set aside, one name's
    words within the other's ("Ford" and "Ford Motor"), or spellings a letter or two apart ("Bengaluru-Howrah
    Express", "Bengaluru-Howrah Superfast Express")."""
    from rapidfuzz import fuzz

    if ";" in a or ";" in b:  # several names ("United Auto Workers; Ford Motor"): one in common suffices
        return any(same_name(x.strip(), y.strip()) for x in a.split(";") for y in b.split(";") if x.strip() and y.strip())
    x, y = _name_words(a), _name_words(b)
    if not x or not y:
        return False
    if x <= y or y <= x or _acronym(x, b) or _acronym(y, a):
        return True
    shared = x & y
    if len(shared) >= 2 and 3 * len(shared) >= 2 * min(len(x), len(y)):
        return True  # "Bengaluru-Howrah Express", "Bengaluru-Howrah Superfast"
    return fuzz.token_sort_ratio(" ".join(sorted(x)), " ".join(sorted(y))) >= 90


def _acronym(words: frozenset[str], name: str) -> bool:
    """Whether a one-word name is the initials of another ("AEG", "Anderson Economic Group")."""
    if len(words) != 1:
        return False
    (word,) = words
    initials = "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())
    return len(word) >= 2 and word == initials.lower()


def _name_words(name: str) -> frozenset[str]:
    words = name.lower().replace(".", "").replace("’s", "").replace("'s", "").replace("-", " ").split()
    return frozenset(w for w in words if w not in _NAME_FILLERS)


_NAME_FILLERS = frozenset("the of and a an".split())


def different_speakers(a: Claim, b: Claim) -> bool:
    """Whether two claims are credited to speakers that are not one (both named, names that differ)."""
    return bool(a.attributed_to and b.attributed_to and not same_name(a.attributed_to, b.attributed_to))


def measured(c: Claim) -> bool:
    """A measurement (a magnitude, a depth, a speed), not a count: different bodies may measure it differently."""
    return c.kind == "quantity" and c.unit not in ("count", "percent") and not is_money(c.unit)


def is_money(unit: str | None) -> bool:
    return bool(unit) and len(unit) == 3 and unit.isupper()


class Pairs:
    """What every pairwise rule asks of one group, worked out once: which pairs speak of the same thing,
    whether their values overlap and whether they hold for the same time.

    `related` holds (i, j, overlap) for the positions i < j of group.claims, in the order of
    itertools.combinations, whose claims stand in relation "same" (see relation()), are not both guests
    and, unless the figure is a running total, may speak of one occasion (see Tolerances.days_apart; figures
    whose times are more than a year apart never do);
    overlap is overlaps(claims[i], claims[j], tolerances). `rivals_across` and `rivals_within` hold
    (a, b, overlap) for those related pairs that also hold for the same time (same_time, running totals
    by the vocabulary's `cumulative`), are not two days of a multi-day event, and are not measurements
    credited to different bodies (the USGS's magnitude and Morocco's institute's): pairs of different
    sources, and pairs of one source.
    """

    __slots__ = ("claims", "related", "rivals_across", "rivals_within", "_ranges", "_rendered")

    def __init__(self, group: Group, ctx: Context):
        self.claims = claims = group.claims
        tolerances = ctx.tolerances
        cumulative = group.metric in ctx.vocabulary.cumulative
        change = group.metric.endswith(".change")
        durative = ctx.vocabulary.durative
        bounds = [_bounds(c) for c in claims]
        self._ranges = ranges = [as_of_range(c) for c in claims]
        apart = tolerances.days_apart
        lexicon = getattr(ctx.vocabulary, "lexicon", None)
        timeless = lexicon is not None and lexicon.timeless(group.metric)
        estimated = lexicon is not None and lexicon.estimated(group.metric)
        # Dates of an event that happens again and again (a match, a strike, a round of talks) further apart
        # than days_apart are two of its occurrences ("last year's race" and Sunday's), not a disputed date.
        recurring = lexicon is not None and claims[0].kind == "date" and claims[0].event in lexicon.recurring
        occasions = None if cumulative or timeless else [
            occasion(c, ctx.published(c.source), apart, ctx.anchors) for c in claims]
        if (occasions is not None and not any(o is not None and o[0] for o in occasions)
                and len({o for o in occasions if o is not None}) < 2):
            occasions = None  # no stated time and one publication window: every pair may be one occasion
        self._rendered: list[str] | None = None
        related, across, within = [], [], []
        # Most groups hold one place, scope, event and window: then every pair stands in relation "same".
        mixed = len({(c.metric, c.subject, c.area, c.scope, c.event, c.window_days) for c in claims}) > 1
        visiting = [c.id in group.guests for c in claims] if group.guests else None
        vocabulary = ctx.vocabulary
        earlier = earlier_values(claims)
        # Values some source gives as a part of this figure ("512,000 spectators, including 58,000 for the closing
        # night"): another source's bare 58,000 is likelier that part than a rival of the whole.
        parts = [c.value for c in claims if c.part_of and c.value is not None]
        # A measure told for two countries or more ("Iraq will cut 140,000 b/d, Kuwait 80,000"): a country's is one
        # of them, no whole that a figure of no place could be told of. Not counts, whose countries are as often
        # sides ("Russian soldiers", "Ukrainian servicemen") as places.
        kind = getattr(vocabulary, "place_kind", None)
        of_measure = kind is not None and mixed and claims[0].kind == "quantity" and claims[0].unit != "count"
        countries = {c.subject for c in claims if c.subject} if of_measure else set()
        several = len({name for name in countries if kind(name) == "country"}) > 1
        # Things counted with nothing said to have happened to them are known by their noun alone ("the 127
        # miners", "1.2 million customers"): told a scale apart, they are different sets of them.
        sets = headcount(claims[0], getattr(vocabulary, "counted_things", frozenset()))
        n = len(claims)
        for i in range(n):
            a = claims[i]
            ra = ranges[i]
            point_in_span = a.kind == "date" and a.metric.endswith(_DURATIVE_POINT) and a.event in durative
            guest = visiting is not None and visiting[i]
            for j in range(i + 1, n):
                b = claims[j]
                if guest and visiting[j]:
                    continue
                if visiting is not None and (guest or visiting[j]) and a.as_of_stated and b.as_of_stated:
                    # A visit is for figures of one occasion: stated times from two weeks that do not
                    # meet are two events, not an update (FC201 judges updates inside a week).
                    rb = ranges[j]
                    if ra and rb and (ra[1] < rb[0] or rb[1] < ra[0]):
                        continue
                if mixed and relation(a, b, vocabulary) != "same":
                    continue
                if several and (a.subject is None) != (b.subject is None) and a.kind == "quantity" and \
                        kind(a.subject or b.subject) == "country":
                    continue  # a country's share of a figure told for several, beside a figure of none
                if occasions is not None and not _one_occasion(a, b, occasions[i], occasions[j], apart):
                    continue
                if sets and _scale_apart(bounds[i], bounds[j]):
                    continue  # "98,000 Irish customers" and "1.2 million customers": some of them, or others
                if timeless and a.kind == "date" and not _within_days(bounds[i], bounds[j], _OCCURRENCE_DAYS):
                    continue  # "the 1960 Agadir earthquake", "the May 2025 election" beside this one: another
                if recurring and b.kind == "date" and not _within_days(bounds[i], bounds[j], apart):
                    continue
                if a.kind == "quantity" and ra and ranges[j] and (cumulative or a.as_of_stated or b.as_of_stated) \
                        and not _times_within_a_year(ra, ranges[j]):
                    continue  # a toll of 1987, the votes of 2011, beside this story's: another occasion's
                if change and a.as_of_stated and b.as_of_stated and a.as_of != b.as_of:
                    continue  # a change over the year and one over a day are changes over different spans
                if a.kind == "quantity" and (long_span(a if a.as_of_stated else b) if a.as_of_stated != b.as_of_stated
                                             else a.as_of_stated and long_span(a) != long_span(b)):
                    continue  # "up 14% this year" and the day's "up 6.8%"; "the sector has shed 95,000 jobs so far
                    # this year" and a company's "will cut 6,400 jobs" (no time stated); the full year's revenue and
                    # the quarter's, told as of its last day: figures of other spans
                if a.kind == "quantity" and _day_in_span(a, b):
                    continue  # "77,000 on Saturday" and "more than 200,000 over the weekend": a day's and the span's
                overlap = _overlap(a, b, bounds[i], bounds[j], tolerances)
                related.append((i, j, overlap))
                if point_in_span or not self.same_time(i, j, cumulative):
                    continue
                if (measured(a) or is_money(a.unit) or estimated) and different_speakers(a, b):
                    continue  # two bodies' measurements, estimates or grants of one thing are their own
                if a.hypothetical or b.hypothetical:
                    continue  # what could happen is no rival of what did
                if earlier and _one_holds(a, b, earlier):
                    continue  # a report of the value another source says was revised is out of date, no rival
                if parts and not (a.part_of or b.part_of) and a.qualifier in _TOLD and b.qualifier in _TOLD \
                        and _one_holds(a, b, parts):
                    continue  # a value another source tells as a part of the figure is that part, no rival
                if b.source == a.source and restated(a, b, ctx):
                    continue  # "35C (99F)": one figure in two units, whose conversion FC401 checks
                if b.source == a.source and a.kind in ("quantity", "date") and one_sentence(a, b, ctx):
                    continue  # "Air temperature is 24C, track 41C": two things one sentence tells apart; "was closed
                    # Thursday and again early Friday": two occasions
                if b.source == a.source and a.scope == b.scope == EARLIER:
                    continue  # "cars will pay $7.50, up from $6. Tagged drivers will pay $6.50, up from $5.25": the
                    # earlier values of two figures, each beside its own
                (across if b.source != a.source else within).append((a, b, overlap))
        self.related = related
        self.rivals_across = across
        self.rivals_within = within

    def rendered(self) -> list[str]:
        """render_value of each claim, by position (made on first use)."""
        if self._rendered is None:
            self._rendered = [render_value(c) for c in self.claims]
        return self._rendered

    def same_time(self, i: int, j: int, cumulative: bool) -> bool:
        """same_time(claims[i], claims[j], cumulative)."""
        a, b = self.claims[i], self.claims[j]
        if (a.as_of_stated and b.as_of_stated) or cumulative:
            ra, rb = self._ranges[i], self._ranges[j]
            if ra and rb and (ra[1] < rb[0] or rb[1] < ra[0]):
                return False
        return a.provisional == b.provisional


def one_sentence(a: Claim, b: Claim, ctx: Context) -> bool:
    """Whether two figures of a source stand in one sentence (known only for figures read from text)."""
    starts = ctx.sentences.get(a.source)
    return bool(starts) and starts.get(a.start, -1) == starts.get(b.start, -2)


def restated(a: Claim, b: Claim, ctx: Context) -> bool:
    """Whether one of two figures of a source restates the other right after it ("12 km (7.5 miles)")."""
    conversions = ctx.conversions.get(a.source)
    return bool(conversions) and ((a.end, b.start) in conversions or (b.end, a.start) in conversions)


def apart_by_years(a: Claim, b: Claim) -> bool:
    """Whether two figures hold for times more than a year apart, one of them stated: "the 2012 fire killed
    112" and today's count are figures of two occasions."""
    ra, rb = as_of_range(a), as_of_range(b)
    return bool(ra and rb and (a.as_of_stated or b.as_of_stated) and not _times_within_a_year(ra, rb))


def _times_within_a_year(ra: tuple[str, str], rb: tuple[str, str]) -> bool:
    """Whether two as_of ranges (see as_of_range) come within twelve months of each other."""
    def month(iso: str, last: bool) -> int:
        iso = iso.rstrip("\uffff")
        year = int(iso[:4])
        return year * 12 + (int(iso[5:7]) - 1 if len(iso) >= 7 else (11 if last else 0))
    return month(ra[0], False) <= month(rb[1], True) + 12 and month(rb[0], False) <= month(ra[1], True) + 12


# Dates of a once-told event further apart than this are two occurrences of its kind, not a disputed date:
# a disputed date is a day or a weekday off, or a month mistyped.
_OCCURRENCE_DAYS = 45


# A figure told over a stated span longer than this (a year, "since January", "so far this year") is no rival
# of one told without a time, which news gives for the day or its own event; a month's figure still is.
_LONG_SPAN_DAYS = 45


def _day_in_span(a: Claim, b: Claim) -> bool:
    """Whether one figure is stated for a day or a span and the other for a longer span holding it: a day's
    attendance and the weekend's, a day's toll and the week's, "412,000 visitors" from March to September and
    "2.84 million visitors in 2025", a year's closures and those since a year long before."""
    if not (a.as_of_stated and b.as_of_stated and a.as_of and b.as_of) or a.as_of == b.as_of:
        return False
    first, second = _span_days(a.as_of), _span_days(b.as_of)
    if first is None or second is None:
        return False
    (inner, told), (outer, around) = sorted(((first, a.as_of), (second, b.as_of)), key=lambda x: x[0][1] - x[0][0])
    # A day is inside a span told by its days; a span told by its days inside any longer time. A day and its
    # month or year stay one figure's two tellings ("killed 50,000 in February" and on the quake's day).
    written = "/" in told or len(told) == 10 and "/" in around
    # A year within a span of years told by its ends ("about 6,000 branches have closed since 2015" and "closed 130
    # branches in 2021"): the span's count holds the year's
    if "/" in around and (outer[1] - outer[0]).days > 400 and inner != outer and outer[0] <= inner[0] <= outer[1]:
        return True  # "this year", told within a span up to today: the span's count holds what of it has gone by
    return written and inner != outer and outer[0] <= inner[0] and inner[1] <= outer[1]


def _span_days(as_of: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a stated time ("2025", "2025-03", "2025-03-14/2025-09-28") covers."""
    lo, _, hi = as_of.partition("/")
    first, last = _day_bounds(lo), _day_bounds(hi or lo)
    return None if first is None or last is None else (first[0], last[1])


def long_span(c: Claim) -> bool:
    """Whether a claim's stated time spans more than _LONG_SPAN_DAYS days."""
    lo, _, hi = (c.as_of or "").partition("/")
    first, last = _day_bounds(lo), _day_bounds(hi or lo)
    return first is not None and last is not None and (last[1] - first[0]).days > _LONG_SPAN_DAYS


def _day_bounds(iso: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day an ISO date, month or year covers."""
    try:
        if len(iso) == 4:
            return dt.date(int(iso), 1, 1), dt.date(int(iso), 12, 31)
        if len(iso) == 7:
            year, month = int(iso[:4]), int(iso[5:7])
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        day = dt.date.fromisoformat(iso[:10])
        return day, day
    except ValueError:
        return None


def _within_days(ba, bb, days: float) -> bool:
    """Whether two dates' intervals meet or lie within `days` of each other; dates told by their years or months
    ("2018", "2019-2020") meet only where they overlap: two years side by side are two occasions."""
    if ba[0] <= bb[1] and bb[0] <= ba[1]:
        return True
    if max(ba[1] - ba[0], bb[1] - bb[0]) > days:
        return False
    return ba[0] <= bb[1] + days and bb[0] <= ba[1] + days



def _overlap(a: Claim, b: Claim, ba, bb, tolerances: Tolerances) -> bool:
    """overlaps(a, b, tolerances) from the claims' bounds, worked out once per claim."""
    alo, ahi, ali, ahi_inc = ba
    blo, bhi, bli, bhi_inc = bb
    absolute, relative = tolerances.for_claim(a)
    margin = absolute = max(absolute, tolerances.for_claim(b)[0])
    if relative:
        extents = [x for x in (_extent(alo, ahi), _extent(blo, bhi)) if x is not None]
        margin = max(absolute, relative * max(extents)) if extents else absolute
    margin = max(margin, rounding_slack(a, b))
    if margin > 0:
        return alo <= bhi + margin and blo <= ahi + margin
    extents = [x for x in (_extent(alo, ahi), _extent(blo, bhi)) if x is not None]
    return _meet_exactly(alo, ahi, ali, ahi_inc, blo, bhi, bli, bhi_inc, max(extents, default=0.0))


def pairs(group: Group, ctx: Context) -> Pairs:
    """The group's Pairs under the context's tolerances and vocabulary, made once per group and context."""
    made = group.memo.get("pairs")
    if (made is not None and made[0] is group.claims and made[1] == len(group.claims) and made[2] is ctx.vocabulary
            and made[3] == ctx.tolerances):
        return made[4]
    table = Pairs(group, ctx)
    group.memo["pairs"] = (group.claims, len(group.claims), ctx.vocabulary, ctx.tolerances, table)
    return table


def memo(group: Group, ctx: Context, name: str, make):
    """make() once per group, context and name: what several rules of one group derive alike."""
    key = (name, id(ctx))
    made = group.memo.get(key)
    if made is not None and made[0] is ctx and made[1] is group.claims and made[2] == len(group.claims):
        return made[3]
    value = make()
    group.memo[key] = (ctx, group.claims, len(group.claims), value)
    return value


def first_subject(claims) -> str | None:
    """The place of the first claim that names one: a finding's subject."""
    return next((c.subject for c in claims if c.subject), None)
