"""Values that cannot all be true, values that agree, and figures only one source gives."""

from __future__ import annotations

import math
from itertools import combinations

from checker.judge.agreement import agreement_groups, independent_count, linked, sides
from checker.judge.context import Context, Group
from checker.judge.grouping import headcount
from checker.judge.relations import first_subject, memo, occasion, pairs, relation, restated
from checker.judge.rules import Hit, rule
from checker.model import Claim
from checker.spelling import render_value


def conflicts(group: Group, ctx: Context) -> list[tuple[Claim, Claim]]:
    """Pairs of claims from different sources whose values cannot both be true."""
    def find() -> list[tuple[Claim, Claim]]:
        found = pairs(group, ctx)
        # Running totals reported the same day rise as counts come in: that is an update, not a conflict.
        if group.metric in ctx.vocabulary.cumulative:
            return [(a, b) for a, b, overlap in found.rivals_across if not overlap and a.kind != "quantity"]
        rivals = [(a, b) for a, b, overlap in found.rivals_across if not overlap]
        if not rivals:
            return rivals
        # A source that tells both values holds them for two things ("a $180,000 fine against the company" and
        # "$22,000 against its contractor"): its value is no rival of another's telling of its other one. Not so
        # a figure and its own conversion, one thing told twice ("88F (36C)" beside another's "31C (88F)").
        told_too: dict[tuple[str, str], list[Claim]] = {}
        for a, b, overlap in found.rivals_across:
            if overlap:
                told_too.setdefault((a.source, b.id), []).append(a)
                told_too.setdefault((b.source, a.id), []).append(b)

        def told_apart(own: Claim, other: Claim) -> bool:
            return any(not restated(told, own, ctx) for told in told_too.get((own.source, other.id), ()))

        return [(a, b) for a, b in rivals if not told_apart(a, b) and not told_apart(b, a)]

    return memo(group, ctx, "values.conflicts", find)


def describe(claims: list[Claim], ctx: Context | None = None) -> str:
    """'43 (AP), 71 (Reuters)': each distinct value with the sources that give it, by outlet when ctx is given."""
    by_value: dict[str, list[str]] = {}
    for c in sorted(claims, key=lambda c: (c.low if c.low is not None else c.value or 0, c.source)):
        sources = by_value.setdefault(render_value(c), [])
        if c.source not in sources:
            sources.append(c.source)
    name = ctx.label if ctx is not None else str
    return "; ".join(f"{v} ({', '.join(name(x) for x in s)})" for v, s in by_value.items())


@rule("FC101", "conflicting-values", severity="error", category="contradiction")
def conflicting_values(group: Group, ctx: Context):
    """Sources give values for one figure that cannot all be true.

    Why it matters: two sources that report the same figure for the same subject, event and time
    with values whose intervals do not overlap cannot both be right; one of them is wrong or they
    are not talking about the same thing, and an editor must find out which.

    Example: 000 says Tuesday's strike used "43 ballistic missiles", 001 says "71 ballistic
    missiles" (see also FC102, which explains this pair as a mislabelled total).

    Not flagged: values that overlap once bounds and tolerances are applied ("at least 7" and "9");
    figures for different stated times (see FC201); different subjects or events; running
    casualty totals that rise on the same day (see FC203); dates inside a multi-day event;
    figures of different occasions: with no time stated, a figure holds for the days up to its
    source's publication, so Monday's "43 missiles" and Thursday's "20 missiles" are two strikes
    (running totals excepted; dates of one event a day or two apart stay rivals); dates of an event
    that recurs (a match, a strike, a round of talks) further apart than days_apart, which are two
    of its occurrences ("last year's race" and Sunday's); a figure told over a stated span of more than
    45 days ("up 14% this year", "95,000 jobs shed so far this year") against one told without a time,
    which is the day's or its own event's; a figure stated for one day against one stated for a span of
    days that holds it ("77,000 on Saturday", "more than 200,000 over the weekend"); a value against another's
    telling of a value its own source gives too, which that source holds for something else ("a $180,000 fine
    against the company", "$22,000 against its contractor"), unless the two are one figure and its
    conversion ("88F (36C)" is one temperature: its 36C is a rival of 31C though its 88F is 31C);
    measurements, sums and crowd sizes (the lexicon's `estimated` roles) credited to different bodies, which
    are each body's own (the police's 72,000 marchers, the unions' 250,000); a value some source of the run calls the figure's earlier value ("first measured the
    quake at magnitude 7.4, later upgraded it to 7.6") against another: the report that gives it is out of date;
    a value some source tells as a part of the figure ("512,000 spectators, including 58,000 for the closing
    night") against the whole: another source's 58,000 is that part; a measure told for two countries or more
    ("Iraq will cut 140,000 b/d, Kuwait 80,000 b/d") against one of no place: each country's is a share; counts
    of a thing nothing is said to have happened to ("127 miners", "24.8 million households") more than twice
    apart, which count different sets of it ("98,000 Irish customers" among "1.2 million customers").

    Options: `tolerances` in [tool.checker] (count, percent, temperature, date, duration, relative,
    and days_apart: how many days before its publication an unstated time may lie, 2 by default).
    """
    for comp in linked(conflicts(group, ctx)):
        groups = agreement_groups(comp, ctx.tolerances)
        told = sides(groups, ctx)
        scopes = {c.scope for c in comp}
        # What the figure is of, when the text says it for all of them ("money for schools", "Santos's vote share")
        figure = f"{group.metric} ({scopes.pop()})" if len(scopes) == 1 and None not in scopes else group.metric
        yield Hit(
            claims=tuple(comp),
            groups=tuple(tuple(g) for g in groups),
            template="{figure}: {sides}",
            params={"figure": figure, "sides": told},
            explanation=(
                f"These sources report {ctx.vocabulary.describe(group.metric)} for the same subject and time, "
                f"but their values cannot all be true: {describe(comp, ctx)}."
            ),
            metric=group.metric,
            subject=first_subject(comp),
        )


def _on_common_ground(claims: list[Claim], ctx: Context) -> list[Claim]:
    """The claims that hold one value together: of every bound and value they give, the one the most
    sources' intervals contain (then the most claims, then the smallest), and the claims containing it.

    Pairwise agreement is not agreement of all: "≥ 6" agrees with "6" and with "7", which do not agree.
    """
    points = sorted({x for c in claims for x in (c.value, c.low, c.high) if x is not None and math.isfinite(x)})
    best: tuple | None = None
    for x in points:
        holding = [c for c in claims if c.contains(x, ctx.tolerances.margin(c, x))]
        rank = (len({c.source for c in holding}), len(holding), -x)
        if best is None or rank > best[0]:
            best = (rank, holding)
    return best[1] if best is not None else claims


@rule("FC110", "corroborated-figure", severity="info", category="corroboration")
def corroborated_figure(group: Group, ctx: Context):
    """Two or more independent sources give agreeing values for one figure.

    Why it matters: a figure that several independent sources agree on is the firmest ground an
    editor has; the grade tells how much weight a figure can bear.

    Example: 000, 001 and 003 all date the talks to 2026-02-04.

    Not flagged: agreement among sources that copy one wire report (they count once); groups that
    hold any conflict (FC101 reports those). Only the tellings that hold one value together are
    named: "≥ 6", "7" and "≥ 7" agree on 7, while a "6" beside them does not.

    Options: none.
    """
    if len({c.source for c in group.claims}) < 2:
        return
    if conflicts(group, ctx):
        return
    agreeing = {c.id: c for a, b, overlap in pairs(group, ctx).rivals_across if overlap for c in (a, b)}
    unique = sorted(_on_common_ground(list(agreeing.values()), ctx), key=lambda c: (c.source, c.start))
    n = independent_count(unique, ctx.sources)
    if n >= 2:
        values = describe(unique, ctx)
        yield Hit(
            claims=tuple(unique),
            template="{n} independent sources agree on {figure}: {values}",
            params={"n": n, "figure": group.metric, "values": values},
            explanation=f"{n} independent sources agree on {ctx.vocabulary.describe(group.metric)}: {values}.",
            metric=group.metric,
            subject=first_subject(unique),
        )


@rule("FC111", "single-source-figure", severity="info", category="single-source")
def single_source_figure(group: Group, ctx: Context):
    """Only one source gives this figure.

    Why it matters: a figure nobody else reports cannot be cross-checked here; an editor may want
    a second source before relying on it.

    Example: only 001 says Russia deployed "450 drones".

    Not flagged: dates (most dates are context, not disputed figures); counts of things nothing is said to
    have happened to, outside the vocabulary's counted things ("the two sides", "its 25 local areas"), which
    are the story's background until a second source tells them; figures two sources give, including a
    source published within days_apart days of it in the next calendar week.

    Options: select or ignore FC111 to show or hide these.
    """
    sources = {c.source for c in group.claims}
    first = group.claims[0]
    if len(sources) != 1 or first.kind == "date" or headcount(first, ctx.vocabulary.counted_things):
        return
    claims = tuple(sorted(group.claims, key=lambda c: c.start))
    yield Hit(
        claims=claims,
        template="only {source} gives {figure}: {values}",
        params={"source": claims[0].source, "figure": group.metric, "values": describe(list(claims), ctx)},
        explanation=f"No other source reports {ctx.vocabulary.describe(group.metric)}; it rests on {ctx.label(claims[0].source)} alone.",
        metric=group.metric,
        subject=first_subject(claims),
    )


@rule("FC104", "source-contradicts-itself", severity="warning", category="internal-inconsistency")
def source_contradicts_itself(group: Group, ctx: Context):
    """One source gives two values for one figure that cannot both be true.

    Why it matters: an article that dates one strike to both Tuesday and 4 February (a Wednesday),
    or counts one toll two ways, is wrong in at least one place; often it is quoting another
    outlet's error.

    Example: "the February 4 strike ... placed the strike on Tuesday morning".

    Not flagged: a provisional figure and its later revision (FC201); figures of different
    subjects, events or times; two values one sentence gives, which it tells apart even where the
    reading cannot ("Air temperature is 24C, track 41C"); two earlier values, each told beside its own
    figure ("cars will pay $7.50, up from $6. Tagged drivers will pay $6.50, up from $5.25").

    Options: `tolerances` in [tool.checker].
    """
    cumulative = group.metric in ctx.vocabulary.cumulative
    own = [
        (a, b) for a, b, overlap in pairs(group, ctx).rivals_within
        if not overlap and not (cumulative and a.kind == "quantity")
    ]
    for comp in linked(own):
        values = describe(comp, ctx)
        yield Hit(
            claims=tuple(comp),
            template="{source} gives {figure} two ways: {values}",
            params={"source": comp[0].source, "figure": group.metric, "values": values},
            explanation=f"{ctx.label(comp[0].source)} gives {ctx.vocabulary.describe(group.metric)} as {values}, which cannot all be true.",
            metric=group.metric,
            subject=first_subject(comp),
        )


def sorted_digits(c: Claim, least: float = 100) -> str | None:
    """An exact whole figure's digits in order, None for bounds, ranges, fractions and figures under `least`."""
    value = c.value
    if c.qualifier != "exact" or value is None or value < least or value != int(value):
        return None
    return "".join(sorted(str(int(value))))


@rule("FC106", "digits-transposed", severity="warning", category="probable-misprint", supersedes=("FC101", "FC203"))
def digits_transposed(group: Group, ctx: Context):
    """Two sources give one figure in the same days as numbers whose digits are the same, in another order.

    Why it matters: "2,059 injured" and "2,095 injured" from the same ministry update, or "793 discharged"
    and "739 discharged", are the commonest misprint in news: two digits swapped. Tolls rise and
    estimates differ, but not by a permutation of their digits; one source mistyped the figure, and an
    editor should check which before quoting either. This holds for running totals too, which FC101
    leaves to the update rules. One finding names every source that gives either of the two values.

    Example: 03 says "793 passengers have been discharged", 04 "739 have been discharged", both on Sunday.

    Not flagged: bounds, ranges and vague figures; figures under 100 (a swap there is as likely a real
    difference); figures of different places, scopes or occasions (a figure with no stated time holds in
    the days_apart days up to its publication).

    Options: `tolerances.days_apart` in [tool.checker].
    """
    apart = ctx.tolerances.days_apart
    swapped = []
    for a, b in combinations(group.claims, 2):
        if a.source == b.source or a.value == b.value:
            continue
        da = sorted_digits(a)
        if da is None or da != sorted_digits(b) or relation(a, b, ctx.vocabulary) != "same":
            continue
        oa = occasion(a, ctx.published(a.source), apart, ctx.anchors)
        ob = occasion(b, ctx.published(b.source), apart, ctx.anchors)
        if oa is None or ob is None or not (oa[1] <= ob[2] and ob[1] <= oa[2]):
            continue
        swapped.append((a, b))
    # One finding per pair of values, however many sources give each ("1.34 billion" in two wires' stories)
    by_values: dict[tuple, list[tuple[Claim, Claim]]] = {}
    for a, b in swapped:
        by_values.setdefault(tuple(sorted((a.value, b.value))), []).append((a, b))
    for value_pairs in by_values.values():
        first, second = min((sorted(pair, key=lambda c: (c.source, c.start)) for pair in value_pairs),
                            key=lambda pair: (pair[0].source, pair[0].start, pair[1].source, pair[1].start))
        told = sorted({c.id: c for pair in value_pairs for c in pair}.values(), key=lambda c: (c.source, c.start))
        by_value = [tuple(c for c in told if c.value == side.value) for side in (first, second)]
        yield Hit(
            claims=tuple(c for side in by_value for c in side),
            groups=tuple(sorted(by_value, key=len, reverse=True)),
            template="{first_source} gives {first} and {second_source} {second} for {figure}: the same digits in another order",
            params={"first_source": first.source, "first": render_value(first), "second_source": second.source,
                    "second": render_value(second), "figure": group.metric},
            explanation=(
                f"{render_value(first)} and {render_value(second)} are the same digits swapped, given for "
                f"{ctx.vocabulary.describe(group.metric)} in the same days: one of them is probably a misprint."
            ),
            metric=group.metric,
            subject=first.subject or second.subject,
        )
