"""Who agrees with whom: claims split into groups that agree, sources counted once per wire, linked claims."""

from __future__ import annotations

import math
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
    remaining = claims
    groups: list[list[Claim]] = []
    while remaining:
        points = sorted({x for c in remaining for x in (c.value, c.low, c.high) if x is not None and math.isfinite(x)})
        best: tuple | None = None
        for x in points:
            holding = [c for c in remaining if c.contains(x, _margin(c, x, tolerances))]
            rank = (len({c.source for c in holding}), len(holding), -x)
            if holding and (best is None or rank > best[0]):
                best = (rank, x)
        if best is None:
            groups.append(remaining)
            break
        x = best[1]
        members = [c for c in claims if c.contains(x, _margin(c, x, tolerances))]
        groups.append(members)
        taken = {c.id for c in members}
        remaining = [c for c in remaining if c.id not in taken]
    order = {c.id: n for n, c in enumerate(claims)}
    groups = [sorted(g, key=lambda c: order[c.id]) for g in groups]
    return sorted(groups, key=lambda g: (-len(g), order[g[0].id]))


def _margin(c: Claim, x: float, tolerances: Tolerances) -> float:
    absolute, relative = tolerances.for_claim(c)
    return max(absolute, relative * abs(x))


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
