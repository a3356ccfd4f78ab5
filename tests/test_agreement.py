"""Who agrees with whom: the incremental split of a finding's claims against its plain definition."""

from __future__ import annotations

import math
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.judge.agreement import agreement_groups
from checker.judge.context import Tolerances
from checker.model import Claim


def _plain_groups(claims, tolerances=None):
    """The definition: take the value that the remaining claims' intervals hold for the most sources (then the
    most claims, then the smallest value); its group is every claim holding it; repeat until none remain."""
    tolerances = tolerances or Tolerances()

    def holds(c, x):
        absolute, relative = tolerances.for_claim(c)
        return c.contains(x, max(absolute, relative * abs(x)))

    remaining, groups = list(claims), []
    while remaining:
        points = sorted({x for c in remaining for x in (c.value, c.low, c.high) if x is not None and math.isfinite(x)})
        best = None
        for x in points:
            holding = [c for c in remaining if holds(c, x)]
            rank = (len({c.source for c in holding}), len(holding), -x)
            if holding and (best is None or rank > best[0]):
                best = (rank, x)
        if best is None:
            groups.append(remaining)
            break
        members = [c for c in claims if holds(c, best[1])]
        groups.append(members)
        taken = {c.id for c in members}
        remaining = [c for c in remaining if c.id not in taken]
    order = {c.id: n for n, c in enumerate(claims)}
    groups = [sorted(g, key=lambda c: order[c.id]) for g in groups]
    return sorted(groups, key=lambda g: (-len(g), order[g[0].id]))


_SHAPES = {
    "exact": lambda v: (v, v, v, True, True),
    "at_least": lambda v: (v, v, None, True, True),
    "more_than": lambda v: (v, v, None, False, True),
    "at_most": lambda v: (v, None, v, True, True),
    "about": lambda v: (v, v * 0.9, v * 1.1, True, True),
    "range": lambda v: (None, v, v * 2, True, True),
}


def _claim(i: int, source: str, unit: str, qualifier: str, value: float) -> Claim:
    best, low, high, low_inclusive, high_inclusive = _SHAPES[qualifier](value)
    return Claim(id=f"{source}:{i}-{i + 1}", source=source, kind="quantity", metric="m", value=best, low=low,
                 high=high, low_inclusive=low_inclusive, high_inclusive=high_inclusive, unit=unit,
                 qualifier=qualifier, quote="x", start=i, end=i + 1)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcd"), st.sampled_from(["count", "USD", "percent"]),
                          st.sampled_from(sorted(_SHAPES)), st.sampled_from([5.0, 6.0, 7.0, 10.0, 12.0, 100.0, 101.0])),
                min_size=1, max_size=9))
def test_the_groups_are_those_of_the_plain_definition(specs):
    claims = [_claim(i, *spec) for i, spec in enumerate(specs)]
    assert [[c.id for c in g] for g in agreement_groups(claims)] == [[c.id for c in g] for g in _plain_groups(claims)]


def test_a_figure_repeated_thousands_of_times_beside_hundreds_of_others_splits_in_linear_time_per_group():
    claims = [_claim(i, "s", "count", "exact", 5.0) for i in range(6000)]
    claims += [_claim(6000 + i, "s", "count", "exact", float(i + 10)) for i in range(800)]
    started = time.process_time()
    groups = agreement_groups(claims)
    assert len(groups) == 801 and len(groups[0]) == 6000
    assert time.process_time() - started < 10  # the plain definition takes minutes here
