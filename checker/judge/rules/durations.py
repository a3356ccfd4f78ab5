"""Durations against dates, and weekdays against the dates beside them."""

from __future__ import annotations

import datetime as dt
import re

from checker.judge.context import Context
from checker.judge.relations import SINCE, WEEKDAY_NAMED, dates_by_day, named_weekday, one_sentence, same_name
from checker.judge.rules import Hit, rule
from checker.model import Claim, day_to_iso, iso_to_day
from checker.spelling import render_value

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _day(c: Claim) -> float | None:
    if c.precision not in (None, "day"):
        return None
    if c.low is not None and c.high is not None and c.low != c.high:
        return None
    return c.value if c.value is not None else c.low


@rule("FC301", "duration-disagrees-with-dates", severity="warning", category="contradiction", scope="corpus")
def duration_disagrees_with_dates(claims: list[Claim], ctx: Context):
    """A stated duration fits none of the start and end dates given for the same event.

    Why it matters: "a seven-day truce" that was signed on a Friday and ran until the Sunday lasted
    three days; either the duration or one of the dates is wrong, and the dispute itself may be
    the story.

    Example: 000 speaks of "the seven-day truce"; 004 says it was "signed last Friday" (30 January)
    to pause strikes "until Sunday" (1 February): three days, counting both ends. A range of dates
    ("observed from September 9 to September 13") gives a start and an end at once. A duration of no
    named event is checked against the span its text writes right after it: "closed for six days, from
    Aug. 11 to Aug. 14", "the 45-day consultation, which ran from August 1 to August 31"; or right before
    it with only a mark between ("ran from 8 July 2020 to 30 June 2021 - some 15 months"), or a few words
    in its sentence ("from June 11 to June 25, a period of 10 days"); and against a start and an end
    told as two days a few words from it ("declared on June 18 and lifted Sunday, June 22, lasted nine
    days", "began Saturday, Aug. 30 and lasted 14 weeks until the Nov. 8 drawing"). A span told by its
    months ("lasted six years, from June 2016 to September 2024") fits any days of those months. A time
    told since a day its sentence names ("In the nine days since it first erupted on April 16") runs from
    that day to the day it is told as of (its source's publication, unless its sentence dates it).

    Not flagged: a duration that some start and end of its event fit, counting one end or both,
    within the precision it is told in ("a six-week strike" is six weeks give or take half a week);
    a duration of one party's event ("its 44-day strike", "the strike against Ford") beside dates
    of another's or of no one's; a duration stated for another time (the 2019 strike); a duration
    given as a possibility ("a 10-day strike could cost ..."); start and end dates of month or year
    precision; a span written before a duration of no event ("in the week from Aug. 11 to Aug. 17, the
    road was closed for two days": a window it falls in); a span in the next sentence ("expected within
    16 weeks. A consultation will run from March 23 to April 20"); a season or a financial year after a
    duration ("over the three years to 2028-29").

    Options: `tolerances.duration` (days) in [tool.checker].
    """
    tolerance = ctx.tolerances.duration
    yield from _durations_against_own_span(claims, tolerance, ctx)
    yield from _durations_since(claims, tolerance, ctx)
    by_event: dict[str, dict[str, list[Claim]]] = {}
    for c in claims:
        if not c.event or c.hypothetical:
            continue
        roles = by_event.setdefault(c.event, {})
        if c.kind == "duration":
            if c.value is not None and c.qualifier in ("exact", "about") and c.metric == f"{c.event}.duration":
                roles.setdefault("duration", []).append(c)
            continue
        if c.kind != "date":
            continue
        role = c.metric.rsplit(".", 1)[-1]
        if role in ("start", "end") and _day(c) is not None:
            roles.setdefault(role, []).append(c)
        elif role == "date" and _day(c) is not None:
            roles.setdefault("day", []).append(c)
        elif (role == "date" and c.precision == "day" and c.low is not None and c.high is not None and c.low < c.high
              and _WRITTEN_SPAN.search(c.quote) and not _SEASON.fullmatch(c.quote)):
            roles.setdefault("span", []).append(c)  # "from September 9 to September 13", not "last week"
    for event in sorted(by_event):
        roles = by_event[event]
        spans = [(s, e, _day(s), _day(e)) for s in roles.get("start", []) for e in roles.get("end", [])]
        spans += [(r, r, r.low, r.high) for r in roles.get("span", [])]
        # "ran from Tuesday, March 11, until it was scaled back on Thursday, March 13": a day told just before the
        # event's end, in one source, is its start
        spans += [(s, e, _day(s), _day(e)) for s in roles.get("day", []) for e in roles.get("end", [])
                  if s.source == e.source and 0 < e.start - s.end <= _PAIR_GAP and _day(s) < _day(e)]
        # Durations of one value that miss one span are one question for the editor: one finding.
        missed: dict[tuple, list] = {}
        for d in roles.get("duration", []):
            fitting = [x for x in spans if _same_owner(d, x[0], x[1])
                       and (_told_beside(d, x[0], ctx) or _same_time(d, x[2], ctx, x[3]))]
            if not fitting or any(_fits(d, lo, hi, tolerance) for _, _, lo, hi in fitting):
                continue
            start, end, lo, hi = min(fitting, key=lambda x: (_miss(d, x[2], x[3]), x[2], x[3]))
            # Every source that gives those days: who agrees with whom on the dates the duration misses.
            dates = tuple({c.id: c for x in fitting if (x[2], x[3]) == (lo, hi) for c in (x[0], x[1])}.values())
            entry = missed.setdefault((render_value(d), lo, hi), [[], dates, start, end])
            entry[0].append(d)
        for (duration, lo, hi), (durations, dates, start, end) in sorted(missed.items(), key=lambda kv: kv[0]):
            d = durations[0]
            days = int(hi - lo + 1)
            tellers = ", ".join(sorted({ctx.label(x.source) for x in durations}))
            yield Hit(
                claims=(*durations, *dates),
                groups=(tuple(durations), dates),
                template="{event} said to last {duration}, but its dates ({start} to {end}) span {days} days",
                params={"event": event, "duration": duration, "start": day_to_iso(lo),
                        "end": day_to_iso(hi), "days": days},
                explanation=(
                    f"The {event} lasts {duration} according to {tellers}; {ctx.label(start.source)} dates its start to "
                    f"{day_to_iso(lo)} and {ctx.label(end.source)} its end to {day_to_iso(hi)}: {days} days counting both ends, "
                    f"and no start and end given for it fit the duration."
                ),
                metric=f"{event}.duration",
                subject=d.subject,
            )


def _durations_against_own_span(claims: list[Claim], tolerance: float, ctx: Context):
    """A duration of no named event told with its own span right after it ("closed for six days, from Aug. 11 to
    Aug. 14", "the 45-day consultation, which ran from August 1 to August 31"): the two must fit."""
    dates: dict[str, list[Claim]] = {}
    durations: dict[str, list[Claim]] = {}
    for c in claims:
        if c.kind == "date" and c.precision in ("day", "month") and c.low is not None and c.high is not None:
            dates.setdefault(c.source, []).append(c)
        elif c.kind == "duration":
            durations.setdefault(c.source, []).append(c)
    for d in claims:
        if d.kind != "duration" or d.event or d.scope or d.hypothetical or d.value is None \
                or d.qualifier not in ("exact", "about") or d.source not in dates:
            continue
        written = sorted(dates[d.source], key=lambda c: c.start)
        span = _span_before(d, written) or _span_after(d, written) or _days_around(d, written)
        if span is not None and any(d.end <= o.start < span[0].start for o in durations.get(d.source, ())):
            continue  # "some 15 months. The abuse lasted six years, from June 2016": the span of the other
        if span is None or _fits_months(d, span, tolerance):
            continue
        lo, hi = span[0].low, span[-1].high
        days = int(hi - lo + 1)
        words = " ... ".join(c.quote for c in span)
        yield Hit(
            claims=(d, *span),
            groups=((d,), tuple(span)),
            template="{source} says {duration}, but the span it gives ({start} to {end}) is {days} days",
            params={"source": d.source, "duration": render_value(d), "start": day_to_iso(lo),
                    "end": day_to_iso(hi), "days": days},
            explanation=(
                f"{ctx.label(d.source)} gives a length of {render_value(d)} and, right after it, the days it ran "
                f"('{words}'): {days} days counting both ends, {days - 1} counting one."
            ),
            metric=d.metric,
            subject=d.subject,
            at=d,
        )


def _durations_since(claims: list[Claim], tolerance: float, ctx: Context):
    """A time told up to the telling from a day its sentence names ("In the nine days since it first erupted on
    April 16", published April 21): the days from that day to the telling must fit it."""
    days: dict[str, list[Claim]] = {}
    for c in claims:
        if c.kind == "date" and c.precision == "day" and c.low is not None and c.low == c.high:
            days.setdefault(c.source, []).append(c)
    for told_days in days.values():
        told_days.sort(key=lambda c: c.start)
    for d in claims:
        if d.kind != "duration" or d.scope != SINCE or d.hypothetical or d.value is None \
                or d.qualifier not in ("exact", "about"):
            continue
        start = next((c for c in days.get(d.source, ()) if 0 <= c.start - d.end <= _OWN_SPAN_GAP
                      and one_sentence(c, d, ctx)), None)
        told = (d.as_of or "").partition("/")[2] or d.as_of or ""
        if start is None or len(told) != 10:
            continue  # a telling of no known day ("2024-04") sets no end
        lo, hi = start.low, iso_to_day(told)
        if hi < lo or _fits(d, lo, hi, tolerance):
            continue
        yield Hit(
            claims=(d, start),
            groups=((d,), (start,)),
            template="{source} says {duration} since {start}, but {told} is {days} days after it",
            params={"source": d.source, "duration": render_value(d), "start": day_to_iso(lo),
                    "told": day_to_iso(hi), "days": int(hi - lo)},
            explanation=(
                f"{ctx.label(d.source)} counts {render_value(d)} since '{start.quote}' ({day_to_iso(lo)}), told as of "
                f"{day_to_iso(hi)}: {int(hi - lo)} days counting one end, {int(hi - lo) + 1} counting both."
            ),
            metric=d.metric,
            subject=d.subject,
            at=d,
        )


def _fits_months(d: Claim, span: tuple[Claim, ...], tolerance: float) -> bool:
    """Whether a duration fits its own span: its days, or for ends told by their months ("from June 2016 to
    September 2024") any days of those months."""
    lo, hi = span[0].low, span[-1].high
    if _fits(d, lo, hi, tolerance):
        return True
    if d.stated_unit in ("hour", "minute") and hi - lo - 1 <= d.value <= hi - lo + 1:
        return True  # "from 6 p.m. Sunday to 6 a.m. Monday, a 12-hour period": days whose hours are not read
    if not any(c.precision == "month" for c in span):
        return False
    slack = max(tolerance, _HALF_UNIT.get(d.stated_unit or "", 0.0))
    shortest = (hi - _MONTH_DAYS) - (lo + _MONTH_DAYS)  # from the start month's last day to the end month's first
    return shortest - slack <= d.value <= hi - lo + 1 + slack


# The days a month may add at either end of a span told by months.
_MONTH_DAYS = 30


def _span_before(d: Claim, dates: list[Claim]) -> tuple[Claim, ...] | None:
    """One range written right before a duration, with no more than a mark between, that restates its length:
    "ran from 8 July 2020 to 30 June 2021 - some 15 months"; or a few words between when extraction dated the
    duration by that range, which it does only in the range's own sentence ("from June 11 to June 25, a period
    of 10 days")."""
    for c in dates:
        if not (c.low < c.high and _WRITTEN_SPAN.search(c.quote)) or _SEASON.fullmatch(c.quote):
            continue
        gap = d.start - c.end
        if 0 < gap <= _MARK_GAP or 0 < gap <= _WORDS_GAP and d.as_of_stated and d.as_of == _iso_range(c):
            return (c,)
    return None


def _days_around(d: Claim, dates: list[Claim]) -> tuple[Claim, Claim] | None:
    """A start and an end told as two days a few words from a duration, before it or on either side: "declared on
    June 18 and lifted Sunday, June 22, lasted nine days", "began Saturday, Aug. 30 and lasted 14 weeks until the
    Nov. 8 drawing", "began on September 27 and ended ... on November 2, spanned 45 days". The pair must be one
    event's start and end, or the duration dated by one of them (extraction does so only in their sentence)."""
    days = [c for c in dates if c.low == c.high]
    for first, second in zip(days, days[1:]):
        if first.low >= second.low or second.start - first.end > _PAIR_GAP:
            continue
        before = 0 < d.start - second.end <= _WORDS_GAP
        around = 0 < d.start - first.end <= _WORDS_GAP and 0 < second.start - d.end <= _WORDS_GAP
        if not (before or around):
            continue
        dated = d.as_of_stated and d.as_of in (day_to_iso(first.low), day_to_iso(second.low))
        if _start_and_end(first, second) or dated:
            return first, second
    return None


def _start_and_end(first: Claim, second: Claim) -> bool:
    """Whether two days are one event's start (or day) and end: "ran from Tuesday, March 11, until it was scaled
    back on Thursday, March 13"."""
    return first.event is not None and first.event == second.event and first.metric.endswith((".start", ".date")) \
        and second.metric.endswith(".end")


# How far apart the two days of a span may be written: "declared on June 18 and lifted Sunday, June 22".
_PAIR_GAP = 60


def _iso_range(c: Claim) -> str:
    return f"{day_to_iso(c.low)}/{day_to_iso(c.high)}"


# How many characters a few words may take between a range and the duration it was dated by: ", a period of ".
_WORDS_GAP = 16


# How many characters a mark between a span and the duration after it may take: " - ", ", ", " (".
_MARK_GAP = 4


def _span_after(d: Claim, dates: list[Claim]) -> tuple[Claim, ...] | None:
    """The span written right after a duration: one range ("from Aug. 11 to Aug. 14") or two days close together
    ("from Saturday, July 5, until Thursday, July 10"), the first starting within _OWN_SPAN_GAP of its end."""
    for k, first in enumerate(dates):
        if not 0 <= first.start - d.end <= _OWN_SPAN_GAP:
            continue
        span = None
        if first.low < first.high and _WRITTEN_SPAN.search(first.quote) and not _SEASON.fullmatch(first.quote):
            span = (first,)
        second = dates[k + 1] if k + 1 < len(dates) else None
        if first.low == first.high and second is not None and second.low == second.high \
                and 0 <= second.start - first.end <= _SPAN_JOIN and first.low < second.low:
            span = (first, second)
        # Extraction dates a duration by the span of its own sentence: a duration dated otherwise ("expected
        # within 16 weeks" of a submission) is none of the next sentence's span
        # "the four-day school closure, from Monday, May 12, to Tuesday, May 13": the closure's own start and end
        own = span is not None and len(span) == 2 and _start_and_end(*span)
        return span if span is not None and (own or _dated_by(d, span)) else None
    return None


def _dated_by(d: Claim, span: tuple[Claim, ...]) -> bool:
    """Whether extraction dated a duration by a span: by the whole range, or by one of its days."""
    first, last = day_to_iso(span[0].low), day_to_iso(span[-1].high)
    # as_of is written to its precision: "2016-06" for a span told from June 2016
    return bool(d.as_of_stated and d.as_of) and (first.startswith(d.as_of) or last.startswith(d.as_of)
                                                 or d.as_of == f"{first}/{last}")


# How far apart a span's two days may be written: ", until ", " to ".
_SPAN_JOIN = 10

# How far after a duration the span it is the length of may start: "for six days, from", "the 45-day
# pre-budget consultation, which ran from", "the 10-day measles vaccination campaign, which runs from".
_OWN_SPAN_GAP = 60

# Two days written as a span's ends: "from September 9 to September 13", "June 2-4", "between ... and ...".
_WRITTEN_SPAN = re.compile(r"\bto\b|\bthrough\b|\buntil\b|\band\b|\d\s*[-–]\s*\w")

# A season or a financial year, one period however many calendar years it touches: "2028-29", "2023/24", "2019-2020".
_SEASON = re.compile(r"(?:19|20)\d\d\s*[-–/]\s*(?:(?:19|20)\d\d|\d\d)")

# How precisely a duration is told, in days either way: half its largest unit ("six weeks": 3.5 days).
_HALF_UNIT = {"week": 3.5, "month": 15.0, "year": 182.0}


def _fits(d: Claim, lo: float, hi: float, tolerance: float) -> bool:
    return _miss(d, lo, hi) <= max(tolerance, _HALF_UNIT.get(d.stated_unit or "", 0.0))


def _miss(d: Claim, lo: float, hi: float) -> float:
    """How far a duration is from a span, counting one end (hi - lo) or both ends (hi - lo + 1)."""
    span = hi - lo
    return min(abs(span - d.value), abs(span + 1 - d.value)) if span >= 0 else float("inf")


def _same_owner(d: Claim, start: Claim, end: Claim) -> bool:
    """Whether a duration and a start and end are of one party's event: the same scope, or none named by the
    duration; a duration its text gives an owner ("its 44-day strike") meets only dates of that owner."""
    if not d.scope:
        return True
    return all(c.scope and same_name(d.scope, c.scope) for c in (start, end))


def _told_beside(d: Claim, date: Claim, ctx: Context) -> bool:
    """Whether a date of the story's own time is told a few words after a duration, in its source: "a three-day
    search that ran from Monday, October 6", whatever day the duration's sentence is dated by."""
    published = ctx.published(d.source)
    return date.source == d.source and 0 <= date.start - d.end <= _OWN_SPAN_GAP and (
        published is None or dt.date.fromisoformat(day_to_iso(date.low)) > published - _BACKGROUND)


def _same_time(d: Claim, start_day: float, ctx: Context | None = None, end_day: float | None = None) -> bool:
    """Whether a duration stated for a time ("the 40-day walkout in 2019") is of the event those dates start; a
    duration told for no time is of its source's own occasion, not of dates of a year or more before it ("the
    last strike, from June 13 to June 22, 2022")."""
    if not d.as_of_stated or not d.as_of:
        published = ctx.published(d.source) if ctx is not None else None
        return published is None or dt.date(1970, 1, 1) + dt.timedelta(days=start_day) > published - _BACKGROUND
    start, end = day_to_iso(start_day), day_to_iso(start_day if end_day is None else end_day)
    lo, _, hi = d.as_of.partition("/")
    hi = hi or lo
    if len(lo) < 7:
        return lo[:4] <= start[:4] <= hi[:4]
    # A duration dated by its event's days or month ("a two-day strike last month"): the dates that meet them
    return lo <= end[: len(lo)] and start[: len(hi)] <= hi


# How long before its telling an event is another occasion's, not the story's.
_BACKGROUND = dt.timedelta(days=366)


@rule("FC302", "weekday-does-not-match-date", severity="error", category="internal-inconsistency", scope="source")
def weekday_does_not_match_date(claims: list[Claim], ctx: Context):
    """A text names a weekday beside a date that falls on another weekday.

    Why it matters: "Wednesday (February 4, 2026)" must be a Wednesday; a mismatch means either
    the weekday or the date is wrong, and relative dates resolved from it inherit the error. The
    finding names the other sources that date the same event (same event, else same metric) to that
    day without calling it another weekday: they side with the date, whatever week they were
    published in. Where none does (or the date is of no known event), the sources that call that day
    by its own weekday side with it ("on Tuesday afternoon", told of 29 June 2021 by a source of 30 June).

    Example: 06 says the quake struck "on the night of Thursday, September 8" (2023); 8 September
    2023 was a Friday, as 01 ("struck at 11:11 p.m. Friday") and 05 ("on September 8") date it.

    Not flagged: dates without a stated weekday; month or year dates. A year-less date takes the year
    its source's publication gives, never the year that would fit its weekday.

    Options: none.
    """
    days = ctx.days if ctx.days is not None else dates_by_day(claims)
    for c in claims:
        day = _day(c) if c.kind == "date" else None
        if c.weekday is None or day is None:
            continue
        actual = dt.date.fromisoformat(day_to_iso(day)).weekday()
        if actual != c.weekday:
            yield _mismatch(c, day, actual, days, ctx)


def _mismatch(c: Claim, day: float, actual: int, days, ctx: Context) -> Hit:
    """FC302's hit on c, which calls day a weekday other than `actual`, naming the sources that date its event
    alike, else those that call that day by its own weekday."""
    what = (c.event or c.metric.split(".", 1)[0]).replace("_", " ")
    params = {"source": c.source, "date": day_to_iso(day), "actual": WEEKDAYS[actual], "stated": WEEKDAYS[c.weekday]}
    template = "{source} calls {date} a {stated}; it was a {actual}"
    explanation = f"The text says {WEEKDAYS[c.weekday]} for {day_to_iso(day)}, which fell on a {WEEKDAYS[actual]}."
    bare = c.event is None and c.metric == "date"
    dating = [] if bare else [o for o in days.get((c.event or c.metric, day), ()) if o.weekday in (None, actual)]
    alike = _first_of_others(c, dating)
    if alike:
        params.update(others=_quoted(alike, ctx), verb="dates" if len(alike) == 1 else "date", event=what)
        template += ", as {others} {verb} the {event}"
        explanation += (f" {_listed([ctx.label(x.source) for x in alike])} {params['verb']} the {what} to that day too: "
                        "the weekday is the likelier error.")
    else:
        # No other source dates its event (or it dates nothing known): those that call the day by its own weekday
        # ("on Tuesday afternoon", resolved to it) side with the date
        alike = _first_of_others(c, [o for o in days.get((WEEKDAY_NAMED, day), ()) if named_weekday(o) == actual])
        if alike:
            params.update(others=_quoted(alike, ctx), verb="calls" if len(alike) == 1 else "call")
            template += ", as {others} {verb} it"
            explanation += (f" {_listed([ctx.label(x.source) for x in alike])} {params['verb']} that day a "
                            f"{WEEKDAYS[actual]}.")
    return Hit(claims=(c, *alike), template=template, params=params, explanation=explanation, metric=c.metric,
               subject=c.subject, at=c, groups=(tuple(alike), (c,)) if alike else ((c,),))


# A widely reported day is dated alike by many sources: the finding holds the first _ALIKE of them and
# its message names the first _NAMED.
_ALIKE = 20
_NAMED = 5


def _first_of_others(c: Claim, candidates) -> list[Claim]:
    """The first of each other source's claims among candidates, by source, at most _ALIKE."""
    found: dict[str, Claim] = {}
    for other in candidates:
        if other.source != c.source and other.source not in found:
            found[other.source] = other
    return [found[s] for s in sorted(found)][:_ALIKE]


def _quoted(claims: list[Claim], ctx: Context) -> str:
    """ "AP ('Friday') and TASS ('September 8')": each source with its words, the first few of many."""
    parts = [f"{ctx.label(c.source)} ('{c.quote}')" for c in claims[:_NAMED]]
    if len(claims) > _NAMED:
        parts.append(f"{len(claims) - _NAMED} other sources")
    return _listed(parts)


def _listed(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
