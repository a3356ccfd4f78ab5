"""relations.Pairs, the rules' one pass over a group's pairs, against the plain pairwise functions it stands for."""

from __future__ import annotations

import random
from itertools import combinations
from types import SimpleNamespace

import pytest

from checker.judge.context import Context, Group, Tolerances
from checker.judge.relations import (_day_in_span, _one_holds, comparable, different_sets, earlier_values, overlaps,
                                     pairs, same_time)
from checker.spelling import render_value
from checker.model import Claim

_VALUES = (0.0, -0.0, 1.0, 7.0, 7.5, 8.0, 43.0, 71.0, 1000.0, 1010.0, 20000.0, -25.0)
_QUALIFIERS = ("exact", "at_least", "more_than", "at_most", "less_than", "about", "range", "vague")


def _claim(rng: random.Random, n: int, kind: str, unit: str | None) -> Claim:
    value = rng.choice(_VALUES)
    qualifier = rng.choice(_QUALIFIERS)
    low = high = value
    if qualifier in ("range", "vague", "about"):
        low, high = value - rng.choice((0.0, 1.0, 5.0)), value + rng.choice((0.0, 1.0, 5.0))
    elif qualifier in ("at_least", "more_than"):
        low, high = value, None
    elif qualifier in ("at_most", "less_than"):
        low, high = None, value
    if rng.random() < 0.1:
        value = None
    return Claim(
        id=f"c{n}", source=rng.choice(("a", "b", "c")), kind=kind,
        metric=rng.choice(("strike.date", "strike.start")) if kind == "date" else rng.choice(("killed", "killed", "injured")),
        subject=rng.choice((None, None, "", "Kyiv", "Kharkiv")), event=rng.choice((None, "strike", "truce")),
        value=value, low=low, high=high, low_inclusive=qualifier != "more_than", high_inclusive=qualifier != "less_than",
        unit=unit, qualifier=qualifier, as_of=rng.choice((None, "2026-02", "2026-02-04", "2026-02-05", "2026-02-01/2026-02-03")),
        as_of_stated=rng.random() < 0.5, provisional=rng.random() < 0.2, window_days=rng.choice((None, None, 1.0)),
        quote="x", start=n, end=n + 1,
    )


@pytest.mark.parametrize("seed", range(40))
def test_pairs_agree_with_the_pairwise_functions(seed):
    rng = random.Random(seed)
    kind, unit = rng.choice((("quantity", "count"), ("quantity", "kilometer"), ("quantity", "percent"), ("date", None)))
    claims = [_claim(rng, n, kind, unit) for n in range(rng.randint(1, 14))]
    if rng.random() < 0.5:
        # A homogeneous group: one metric, subject, event and window, the pass's fast path.
        claims = [c.model_copy(update={"metric": claims[0].metric, "subject": claims[0].subject,
                                       "event": claims[0].event, "window_days": claims[0].window_days}) for c in claims]
    cumulative = rng.random() < 0.5
    tolerances = rng.choice((Tolerances(), Tolerances(count=2.0, relative=0.05, date=1.0)))
    metric = claims[0].metric
    vocabulary = SimpleNamespace(cumulative={metric} if cumulative else set(),
                                 durative={"truce"} if rng.random() < 0.5 else set())
    ctx = Context(sources={}, vocabulary=vocabulary, tolerances=tolerances)
    table = pairs(Group(("quantity", metric), metric, claims), ctx)

    related, across, within = [], [], []
    earlier = earlier_values(claims)
    for (i, a), (j, b) in combinations(enumerate(claims), 2):
        if a.metric != b.metric or not comparable(a, b) or a.kind == "quantity" and _day_in_span(a, b) \
                or different_sets(a, b):
            continue
        overlap = overlaps(a, b, tolerances)
        related.append((i, j, overlap))
        if a.kind == "date" and a.metric.endswith(".date") and a.event in vocabulary.durative:
            continue
        if same_time(a, b, cumulative) and not (earlier and _one_holds(a, b, earlier)):
            (across if a.source != b.source else within).append((a, b, overlap))
        for flag in (True, False):
            assert table.same_time(i, j, flag) == same_time(a, b, flag)
    assert table.related == related
    assert table.rivals_across == across
    assert table.rivals_within == within
    assert table.rendered() == [render_value(c) for c in claims]


def test_pairs_are_made_once_per_group_and_again_for_other_tolerances():
    rng = random.Random(1)
    claims = [_claim(rng, n, "quantity", "count") for n in range(5)]
    group = Group(("quantity", "killed"), "killed", claims)
    vocabulary = SimpleNamespace(cumulative=set(), durative=set())
    ctx = Context(sources={}, vocabulary=vocabulary)
    first = pairs(group, ctx)
    assert pairs(group, ctx) is first
    loose = Context(sources={}, vocabulary=vocabulary, tolerances=Tolerances(count=1000.0))
    assert pairs(group, loose) is not first
    assert all(overlap for _, _, overlap in pairs(group, loose).related)


def test_render_value_spells_a_repeated_reading_as_the_first_time():
    a = Claim(id="a", source="s", kind="quantity", metric="m", value=1.5, low=1.5, high=1.5, unit="count", quote="1.5",
              start=0, end=3)
    b = a.model_copy(update={"value": 2.0, "low": 2.0, "high": 2.0})
    c = a.model_copy(update={"unit": "kilometer"})
    assert [render_value(x) for x in (a, b, c, a)] == ["1.5", "2", "1.5 km", "1.5"]


class _Reading:
    """A claim that records which of its fields are read."""

    def __init__(self, claim: Claim):
        self._claim, self.read = claim, set()

    def __getattr__(self, name):
        self.read.add(name)
        return getattr(self._claim, name)


def test_render_value_remembers_spellings_by_every_field_the_spelling_reads():
    # render_value caches format_value's text under the fields it names; a field format_value reads
    # beyond them would let two claims that read differently share one spelling.
    from checker.spelling import format_value

    # stated_unit is keyed for durations only, the one kind whose spelling reads it.
    keyed = {"kind", "unit", "precision", "qualifier", "value", "low", "high", "low_inclusive", "high_inclusive",
             "stated_unit"}
    rng = random.Random(7)
    for n in range(200):
        kind, unit = rng.choice((("quantity", "count"), ("quantity", "kilometer"), ("date", None),
                                 ("duration", None)))
        reading = _Reading(_claim(rng, n, kind, unit))
        format_value(reading)
        assert "qualifier" in reading.read and reading.read <= keyed, reading.read - keyed
