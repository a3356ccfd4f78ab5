"""Figures for different times: updates, revisions and running totals that fall."""

from __future__ import annotations

import datetime as dt

from checker.judge.agreement import linked
from checker.judge.context import Context, Group
from checker.judge.relations import ADDED, PART, STILL, as_of_range, first_subject, long_span, pairs
from checker.judge.rules import Hit, rule
from checker.judge.rules.values import describe, sorted_digits
from checker.spelling import render_value


def _time(c) -> str:
    return c.as_of or "unknown time"


def _pairs(group: Group, ctx: Context, *, differing: bool = False):
    """Pairs of comparable quantities whose values conflict, or (differing) merely give different numbers,
    each as (a, b, i, j) with i and j the claims' positions in the group.

    "≥ 5" and "5" give one number: a bound kept or dropped is FC501's, not a change of the figure.
    """
    table = pairs(group, ctx)
    claims = table.claims
    for i, j, overlap in table.related:
        a = claims[i]
        if a.kind != "quantity":
            continue
        if differing:
            if _numbers(a) == _numbers(claims[j]):
                continue
        elif overlap:
            continue
        yield a, claims[j], i, j


def _numbers(c) -> tuple:
    """The numbers a claim gives, whatever bound it puts on them: its value, else its range."""
    return (c.value,) if c.value is not None else (c.low, c.high)


def _order(a, b):
    """Earlier first: by stated time, then provisional before final."""
    ka = (a.as_of or "", not a.provisional)
    kb = (b.as_of or "", not b.provisional)
    return (a, b) if ka <= kb else (b, a)


def _change(group: Group, early, late, verb: str, explanation: str) -> Hit:
    """The hit of a figure that moved between two times: "{figure} <verb> from {old} (...) to {new} (...)"."""
    return Hit(
        claims=(early, late),
        groups=((early,), (late,)),
        template=f"{{figure}} {verb} from {{old}} ({{old_time}}) to {{new}} ({{new_time}})",
        params={"figure": group.metric, "old": render_value(early), "old_time": _time(early),
                "new": render_value(late), "new_time": _time(late)},
        explanation=explanation,
        metric=group.metric,
        subject=early.subject or late.subject,
    )


@rule("FC201", "figure-updated", severity="info", category="update")
def figure_updated(group: Group, ctx: Context):
    """A figure changed between two stated times: an update, not a contradiction.

    Why it matters: tolls and estimates are revised; reading "46,000 killed (February 2025)" and
    "55,000 killed (now)" as a contradiction would be a false alarm, but the reader should still
    see which figure is the latest.

    Example: 002 gives "more than 46,000" Ukrainian soldiers killed in February 2025 and
    "estimated at 55,000" at publication.

    Not flagged: figures of the same time (FC101 or FC203); agreeing figures; one number with and
    without a bound, "≥ 5" then "5" (FC501). Every reading of one figure over time is named in one
    finding, earliest first.

    Options: none.
    """
    cumulative = group.metric in ctx.vocabulary.cumulative
    table = pairs(group, ctx)
    changes = [(a, b) for a, b, i, j in _pairs(group, ctx, differing=True) if not table.same_time(i, j, cumulative)]
    # One finding per figure, its readings in time order, however many outlets gave them.
    for found in linked(changes):
        if len(found) == 2:
            early, late = _order(*found)
            yield _change(group, early, late, "went", (
                f"The figures hold for different times ({_time(early)}"
                f"{', provisional' if early.provisional else ''} and {_time(late)}): "
                f"{render_value(early)} is the earlier figure, {render_value(late)} the later one."
            ))
            continue
        ordered = _by_time(found)
        timeline = " → ".join(_readings(cs, ctx) for cs in ordered)
        yield Hit(
            claims=tuple(found),
            template="{figure} changed over time: {timeline}",
            params={"figure": group.metric, "timeline": timeline},
            explanation=(
                f"The readings hold for different times, from {_when(ordered[0][0])} to {_when(ordered[-1][0])}: "
                f"{describe(ordered[-1], ctx)} is the latest."
            ),
            metric=group.metric,
            subject=first_subject(found),
        )


def _when(c) -> str:
    return f"{_time(c)}, provisional" if c.provisional else _time(c)


@rule("FC202", "running-total-fell", severity="warning", category="update")
def running_total_fell(group: Group, ctx: Context):
    """A running total (a death toll, say) is lower at a later time than at an earlier one.

    Why it matters: cumulative figures only grow; a later, lower figure means one of the two is
    wrong, or they count different things.

    Example: "at least 50 killed" on Monday, "41 killed" on Wednesday, for the same attack.

    Not flagged: figures that are not running totals (the `cumulative` list in vocabulary.yaml);
    totals that fall as well as rise (the missing, the trapped: the lexicon's `falling` roles); counts of
    those still in a running total's state ("Twelve remained in hospital", "five are still in hospital"), or of
    some of a whole ("Twelve of them remain in hospital"), or of additions ("nine more bodies"); a vague
    amount ("thousands", "dozens"), which holds no count to fall from or to; a figure told as what could be
    ("if losses stay near this level, $220 is realistic next season"); a later
    figure that names a place where the earlier names none, or the other way round (a place's share of
    the toll, likelier than a fall); rising
    figures (FC201); counts over their own windows ("530 flights cancelled on Friday", "in the last 24
    hours"); counts of two periods that do not meet ("more than 11,000 deaths in 2022", "about
    8,300 in 2023"), a count of a long period (a year's) before a day's ("1,142 deaths on the route so
    far this year", then one wreck's 21 on Wednesday), and a count of a period that holds the other's day
    ("crashed over the weekend, killing five" and "four killed" on Sunday: neither is known to be later).
    Every telling of one toll that fell is named in one finding.

    Options: the `cumulative` list in vocabulary.yaml.
    """
    if group.metric not in ctx.vocabulary.cumulative or _falls(group.metric, ctx):
        return  # not a running total, or one that falls as the missing are found
    falls = []
    for a, b, _, _ in _pairs(group, ctx):
        if "vague" in (a.qualifier, b.qualifier):
            continue  # "thousands evacuated" in a headline holds no count to fall from or to
        if a.hypothetical or b.hypothetical:
            continue  # "if losses stay near this level, $220 is realistic": what could be, no reading of the total
        early, late = _order(a, b)
        if early.as_of == late.as_of and early.provisional == late.provisional:
            continue
        if late.revised or late.provisional:
            continue  # "revised the toll to 275 from 288": the text says it fell, and why; an opening stretch's
            # figure ("$200 million in its first two weeks") is an earlier reading, whatever day it is told
        if STILL in (early.scope, late.scope):
            continue  # "Twelve remained in hospital": those still there, who fall as they are sent home
        if ADDED in (early.scope, late.scope):
            continue  # "nine more bodies", then "eight more": additions, no running total
        if PART in (early.scope, late.scope):
            continue  # "31 of them were taken to hospital", "Twelve of them remain in hospital": some of a whole,
            # no running total of their own
        if early.window_days or late.window_days:
            continue  # "610 flights cancelled on Thursday and 530 on Friday", "12 died in the last 24 hours": each
            # a count over its own window, no running total
        if bool(early.subject) != bool(late.subject):
            continue  # "at least 94 deaths" and then "38 deaths" in Portugal: a place's share, likelier than a fall
        if _periods_apart(early, late):
            continue  # "more than 11,000 deaths in 2022", "about 8,300 in 2023": counts of two periods
        if _period_holds_the_other(early, late):
            continue  # "crashed over the weekend, killing five" and "four killed" on Sunday: no order between them
        if long_span(early) and not _is_period(late.as_of or ""):
            continue  # "1,142 deaths on the route this year" and one wreck's 21 on a day: a period's count, no reading
            # of the day's toll
        lo_early = early.low if early.low is not None else early.value
        hi_late = late.high if late.high is not None else late.value
        if lo_early is not None and hi_late is not None and hi_late < lo_early:
            falls.append((early, late))
    total = ctx.vocabulary.describe(group.metric)
    # One finding per toll that fell, naming every earlier and later telling, not one per pair of outlets.
    for found in linked(falls):
        if len(found) == 2:
            early, late = next((e, la) for e, la in falls if e is found[0] or la is found[0])
            yield _change(group, early, late, "fell", (
                f"{total} is a running total, yet the later figure "
                f"({render_value(late)}) is below the earlier one ({render_value(early)})."
            ))
            continue
        ids = {c.id for c in found}
        earlier = sorted({e.id: e for e, _ in falls if e.id in ids}.values(), key=lambda c: (c.source, c.start))
        later = sorted({la.id: la for _, la in falls if la.id in ids}.values(), key=lambda c: (c.source, c.start))
        yield Hit(
            claims=tuple(found),
            groups=(tuple(earlier), tuple(later)),
            template="{figure} fell from {old} to {new}",
            params={"figure": group.metric, "old": _readings(earlier, ctx), "new": _readings(later, ctx)},
            explanation=(
                f"{total} is a running total, yet the later figures ({describe(later, ctx)}) are below the "
                f"earlier ones ({describe(earlier, ctx)})."
            ),
            metric=group.metric,
            subject=first_subject(found),
        )


def _periods_apart(a, b) -> bool:
    """Whether two figures are each told for a period longer than a day (a year, a month, "from July 1 to 10")
    and the periods do not meet: each is the count of its own period, not a reading of one total."""
    ra, rb = as_of_range(a), as_of_range(b)
    if ra is None or rb is None or not (_is_period(a.as_of) and _is_period(b.as_of)):
        return False
    return ra[1] < rb[0] or rb[1] < ra[0]


def _period_holds_the_other(a, b) -> bool:
    """Whether one figure is told for a period (a weekend, a month) that holds the other's whole time: neither
    is then known to come after the other (periods that merely overlap, one ending later, still do)."""
    ra, rb = as_of_range(a), as_of_range(b)
    if ra is None or rb is None or not (_is_period(a.as_of) or _is_period(b.as_of)):
        return False
    return ra[0] <= rb[0] and rb[1] <= ra[1] or rb[0] <= ra[0] and ra[1] <= rb[1]


def _is_period(as_of: str) -> bool:
    lo, _, hi = as_of.partition("/")
    return len(lo) < 10 or (bool(hi) and hi[:10] != lo[:10])


def _by_time(claims) -> list[list]:
    """The claims of each time, earliest first (by stated time, then provisional before final)."""
    steps: dict[tuple[str, bool], list] = {}
    for c in claims:
        steps.setdefault((c.as_of or "", not c.provisional), []).append(c)
    return [steps[k] for k in sorted(steps)]


def _readings(claims, ctx: Context) -> str:
    """Each time's readings: "≥ 50 (a, b) [2026-02-02]; 48 (c) [2026-02-03]"."""
    return "; ".join(f"{describe(cs, ctx)} [{_when(cs[0])}]" for cs in _by_time(claims))


def _ordered_by_publication(a, b, ctx: Context) -> bool:
    """Whether the hours two sources were published at order two figures of one day as a rise: a toll
    published at noon and a higher one published at night that states no earlier time are a morning's count
    and its update. A later, lower toll stays a question for the editor."""
    if _swapped_digits(a, b):
        return False  # "23" in the morning and "32" at noon: as likely a misprint as a rise
    told = [_told_at(c, ctx) for c in (a, b)]
    # Both of the day they were told on: as of when they were published; else what their times allow.
    spans = [(moment, moment) for moment in told] if None not in told else [_moments(c, ctx) for c in (a, b)]
    if None in spans:
        return False
    (lo_a, hi_a), (lo_b, hi_b) = spans
    if hi_a + _HOURS_APART <= lo_b:
        earlier, later = a, b
    elif hi_b + _HOURS_APART <= lo_a:
        earlier, later = b, a
    else:
        return False
    if _falls(a.metric, ctx):
        return True  # the missing found through the day: any later count is an update
    low, high = _bounds_of(earlier), _bounds_of(later)
    return high[0] >= low[0] and high[1] >= low[1]


def _falls(metric: str, ctx: Context) -> bool:
    """Whether a running total may fall as well as rise (vocabulary.RunningTotals.falls; a plain set of
    names, as a test's vocabulary may give, has none that fall)."""
    falls = getattr(ctx.vocabulary.cumulative, "falls", None)
    return falls is not None and falls(metric)


def _bounds_of(c) -> tuple[float, float]:
    lo = c.value if c.value is not None else c.low if c.low is not None else float("-inf")
    hi = c.value if c.value is not None and c.qualifier == "exact" else c.high if c.high is not None else float("inf")
    return lo, hi


def _swapped_digits(a, b) -> bool:
    """Whether two exact whole figures of two digits or more are written with the same digits in another order."""
    digits = sorted_digits(a, least=10)
    return digits is not None and a.value != b.value and digits == sorted_digits(b, least=10)


def _told_at(c, ctx: Context):
    """The hour a figure was published at when it holds for its source's own news day ("rose to 22 on
    Wednesday", told on Wednesday): reports of one day are read in the order they came out."""
    source = ctx.sources.get(c.source)
    published = getattr(source, "published", None)
    if not isinstance(published, dt.datetime) or published.tzinfo is None or c.source in ctx.bulletins:
        return None
    return published if c.as_of in (source.news_day.isoformat(), published.date().isoformat()) else None


def _moments(c, ctx: Context):
    """The earliest and latest moments a figure of one day may hold for, from its source's hour of publication:
    that hour when the figure states no time, else from the day's start to that hour; None when the
    source gives no hour, or the figure states another day."""
    source = ctx.sources.get(c.source)
    bulletin = ctx.bulletins.get(c.source)
    if bulletin is not None and c.as_of == bulletin.day and not c.as_of_stated:
        return None if bulletin.moment is None else (bulletin.moment, bulletin.moment)
    published = getattr(source, "published", None)
    if not isinstance(published, dt.datetime) or published.tzinfo is None:
        return None
    if not c.as_of_stated:
        return published, published
    if c.as_of != source.news_day.isoformat():
        return None
    day = dt.datetime.combine(source.news_day, dt.time(), tzinfo=dt.timezone.utc)
    return day, published


# Publications this far apart are ordered: a wire's corrections come within the hour.
_HOURS_APART = dt.timedelta(hours=1)


@rule("FC203", "toll-revised-same-day", severity="warning", category="update")
def toll_revised_same_day(group: Group, ctx: Context):
    """Sources give different running totals on the same day with nothing saying which is later.

    Why it matters: casualty tolls rise through the day as reports come in, so different figures
    are usually revisions, not contradictions. But when no time or "preliminary" marks the order,
    the editor must check which report is the latest before quoting either.

    Example: one outlet says "8 more injured", another "injuring 15", both on 4 February.

    Not flagged: figures ordered by a stated time, a provisional marker (FC201) or the hours their sources
    were published at, an hour or more apart (unless the later figure is the earlier one's digits in another
    order, as likely a misprint as a rise); agreeing figures; a vague amount ("thousands evacuated").
    All the figures of one toll that day are named in one finding.

    Options: the `cumulative` list in vocabulary.yaml.
    """
    if group.metric not in ctx.vocabulary.cumulative:
        return
    # Only figures of one and the same day: a year's running loss holds on many days, and a figure its text
    # calls earlier ("an earlier statement had put the toll at 296") is ordered already (FC201).
    same_day = [(a, b) for a, b, _, _ in _pairs(group, ctx)
                if a.source != b.source and a.as_of == b.as_of and a.as_of and len(a.as_of) == 10
                and not a.provisional and not b.provisional and not a.hypothetical and not b.hypothetical
                and "vague" not in (a.qualifier, b.qualifier) and not _ordered_by_publication(a, b, ctx)]
    # One finding per toll, however many outlets gave its figures: they are one question for the editor.
    for found in linked(same_day):
        if len(found) == 2:
            lo, hi = sorted(found, key=lambda c: (c.value or 0, c.source))
            yield Hit(
                claims=(lo, hi),
                template="{figure} given as {low} and {high} on the same day",
                params={"figure": group.metric, "low": render_value(lo), "high": render_value(hi)},
                explanation=(
                    f"Running totals rise as reports come in: {render_value(hi)} ({ctx.label(hi.source)}) may be a "
                    f"later count than {render_value(lo)} ({ctx.label(lo.source)}), but both are told for {lo.as_of} "
                    f"and nothing says which came later; if both were told at one time, they contradict each other."
                ),
                metric=group.metric,
                subject=lo.subject or hi.subject,
            )
            continue
        highest = max(found, key=lambda c: (c.value or 0, c.source))
        top = sorted({c.source for c in found if render_value(c) == render_value(highest)})
        yield Hit(
            claims=tuple(found),
            template="{figure} given as {values} on the same day",
            params={"figure": group.metric, "values": describe(found, ctx)},
            explanation=(
                f"Running totals rise as reports come in: {render_value(highest)} ({', '.join(top)}) may be "
                f"the latest count, but all are told for {found[0].as_of} and nothing says which came later."
            ),
            metric=group.metric,
            subject=first_subject(found),
        )
