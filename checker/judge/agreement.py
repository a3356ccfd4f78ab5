"""Who agrees with whom: claims split into groups that agree, sources counted once per wire, linked claims."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping

from checker.judge.context import Context, Tolerances
from checker.judge.unionfind import Partition
from checker.model import Claim, Source
from checker.spelling import render_value

__all__ = ["independent_count", "independent_sources", "agreement_groups", "sides", "linked"]


def independent_count(claims: list[Claim], sources: dict[str, Source]) -> int:
    """How many independent sources stand behind claims: sources sharing a wire service count once."""
    return independent_sources((c.source for c in claims), sources)


def independent_sources(source_ids: Iterable[str], sources: Mapping[str, Source]) -> int:
    """How many independent sources among these: sources crediting one wire service count once."""
    ids = sorted(set(source_ids))
    independent = Partition(ids)
    first_with_wire: dict[str, str] = {}
    for i in ids:
        source = sources.get(i)
        for wire in source.wire if source is not None else ():
            key = wire.strip().casefold()
            if key in first_with_wire:
                independent.join(i, first_with_wire[key])
            else:
                first_with_wire[key] = i
    return len(independent.sets())


def agreement_groups(claims, tolerances: Tolerances | None = None) -> list[list[Claim]]:
    """The claims split into groups that agree among themselves, largest first: each group holds every claim
    whose interval contains one value (the value most sources' claims contain, then the most claims, then the
    smallest), taken in turn until every claim is in a group. A bound agrees with every group it contains
    ("≥ 2,000" sits with 2,012 and with 2,095), so five agreeing sources and one outlier read as exactly that."""
    tolerances = tolerances or Tolerances()
    claims = list(claims)
    # Claims of one interval and tolerance hold the same values: a shape, tested once per value by its first
    # claim (a text that repeats one figure thousands of times is one shape).
    shapes: dict[tuple, list[Claim]] = {}
    for c in claims:
        shapes.setdefault((c.low, c.high, c.low_inclusive, c.high_inclusive, *tolerances.for_claim(c)), []).append(c)
    told = {shape: {x for c in members for x in (c.value, c.low, c.high) if x is not None and math.isfinite(x)}
            for shape, members in shapes.items()}
    points = sorted(set().union(*told.values()))
    # Who holds each value, worked out once and updated as groups are taken: the scan is linear per group.
    holders: dict[float, list[tuple]] = {x: [] for x in points}
    for shape, members in shapes.items():
        absolute, relative = shape[4], shape[5]
        first = members[0]
        for x in points:
            if first.contains(x, max(absolute, relative * abs(x))):
                holders[x].append(shape)
    members_of = {x: [c for shape in holders[x] for c in shapes[shape]] for x in points}  # every claim holding x
    sources = {x: Counter(c.source for c in members_of[x]) for x in points}
    counts = {x: sum(len(shapes[shape]) for shape in holders[x]) for x in points}
    tellers = Counter(x for values in told.values() for x in values)  # alive shapes that tell each value
    alive = set(shapes)
    groups: list[list[Claim]] = []
    while alive:
        best: tuple | None = None
        for x in points:
            if tellers[x] and counts[x]:
                rank = (len(sources[x]), counts[x], -x)
                if best is None or rank > best[0]:
                    best = (rank, x)
        if best is None:
            groups.append([c for shape in shapes if shape in alive for c in shapes[shape]])
            break
        x = best[1]
        groups.append(members_of[x])
        for shape in [shape for shape in holders[x] if shape in alive]:
            alive.discard(shape)
            for value in told[shape]:
                tellers[value] -= 1
        # A value stops being held by the shapes just taken.
        taken = set(holders[x])
        for y in points:
            gone = [shape for shape in holders[y] if shape in taken and shape not in alive]
            if not gone:
                continue
            holders[y] = [shape for shape in holders[y] if shape not in taken]
            for shape in gone:
                counts[y] -= len(shapes[shape])
                sources[y].subtract(c.source for c in shapes[shape])
            sources[y] = +sources[y]
    order = {c.id: n for n, c in enumerate(claims)}
    groups = [sorted(g, key=lambda c: order[c.id]) for g in groups]
    return sorted(groups, key=lambda g: (-len(g), order[g[0].id]))


def sides(groups: list[list[Claim]], ctx: Context) -> str:
    """A finding's groups of agreeing claims as a reader weighs them: each group's value and who gives it, the
    consensus first when one group has more sources than any other ("6.8 from 3 sources (AP, NHK World,
    Africa Times) against 7 (JINHA)"), else side by side ("18.5 km (AP) against ≈ 11.5 km (Africa Times)").
    A group is named by the value most of its sources give, not by every value told."""
    told = []
    for n, group in enumerate(groups):
        sources = list(dict.fromkeys(c.source for c in group))
        told.append((len(sources), -n, _typical(group), sources))
    told.sort(reverse=True)
    parts = [f"{value} ({', '.join(ctx.label(s) for s in sources)})" for _, _, value, sources in told]
    if len(told) > 1 and told[0][0] >= 2 and told[0][0] > told[1][0]:
        count, _, value, sources = told[0]
        parts[0] = f"{value} from {count} sources ({', '.join(ctx.label(s) for s in sources)})"
    return " against ".join(parts)


def _typical(group: list[Claim]) -> str:
    """The value most of a group's sources give (exact values first on a tie, then the first told)."""
    by_value: dict[str, set[str]] = {}
    exact: dict[str, bool] = {}
    for c in group:
        value = render_value(c)
        by_value.setdefault(value, set()).add(c.source)
        exact[value] = exact.get(value, False) or c.qualifier == "exact"
    order = list(by_value)
    return max(order, key=lambda v: (len(by_value[v]), exact[v], -order.index(v)))


def linked(pairs: list[tuple[Claim, Claim]]) -> list[list[Claim]]:
    """The sets of claims the pairs link, directly or through others; each in id order, sets by first id."""
    by_id: dict[str, Claim] = {}
    joined = Partition()
    for a, b in pairs:
        for c in (a, b):
            joined.add(c.id)
            by_id[c.id] = c
        joined.join(a.id, b.id)
    return [[by_id[cid] for cid in ids] for ids in joined.sets().values()]
