"""Rules that relate tellings pair by pair make one finding per figure: eight outlets retelling one toll
are one question for the editor, named with every source, not one finding per pair of outlets."""

from __future__ import annotations

import datetime as dt

from checker.judge.rulepass import apply_rules
from checker.options import Options
from checker.model import Claim, Source
from contexts import context_for

DAY = dt.date(2026, 2, 4)


def _claim(source: str, value: float, qualifier: str = "exact", provisional: bool = False, metric="people.killed"):
    low, high = (value, None) if qualifier == "at_least" else (value, value)
    return Claim(id=f"{source}:0-9", source=source, kind="quantity", metric=metric, subject="Druzhkivka",
                 value=value, low=low, high=high, unit="count", qualifier=qualifier, provisional=provisional,
                 as_of=DAY.isoformat(), quote=f"{'at least ' if qualifier == 'at_least' else ''}{value:g} killed",
                 start=0, end=9)


def _findings(claims, code):
    sources = {c.source: Source(id=c.source, path=f"{c.source}.txt", published=DAY) for c in claims}
    ctx = context_for(sources, {s: "x" * 20 for s in sources})
    return [f for f in apply_rules(claims, ctx, Options(select=(code,)))]


def test_a_dropped_bound_is_one_finding_naming_every_source():
    claims = [_claim("a", 7, "at_least"), _claim("b", 7, "at_least"), _claim("c", 7), _claim("d", 7)]
    (found,) = _findings(claims, "FC501")
    assert found.claims == ("a:0-9", "b:0-9", "c:0-9", "d:0-9")
    assert found.message == "c, d give 7 where a, b say ≥ 7"


def test_a_single_dropped_bound_keeps_its_pair_wording():
    (found,) = _findings([_claim("a", 7, "at_least"), _claim("b", 7)], "FC501")
    assert found.message == "b gives 7 where a says ≥ 7"


def test_one_days_tolls_are_one_finding_with_every_value():
    claims = [_claim("a", 1, metric="people.injured"), _claim("b", 8, metric="people.injured"),
              _claim("c", 8, metric="people.injured"), _claim("d", 15, metric="people.injured")]
    (found,) = _findings(claims, "FC203")
    assert found.message == "people.injured given as 1 (a); 8 (b, c); 15 (d) on the same day"
    assert "15 (d) may be the latest count, but all are told for 2026-02-04" in found.explanation


def test_a_revised_toll_is_one_timeline_earliest_first():
    claims = [_claim("a", 6, provisional=True), _claim("b", 6, provisional=True), _claim("c", 7), _claim("d", 7),
              _claim("e", 7, "at_least")]
    (found,) = _findings(claims, "FC201")
    assert found.message == ("people.killed changed over time: 6 (a, b) [2026-02-04, provisional] → "
                             "7 (c, d); ≥ 7 (e) [2026-02-04]")
    assert set(found.claims) == {c.id for c in claims}


def test_unrelated_tolls_stay_apart():
    # Two places' tolls are two figures: each gets its own finding.
    claims = [_claim("a", 7, "at_least"), _claim("b", 7),
              _claim("c", 9, "at_least").model_copy(update={"subject": "Kyiv"}),
              _claim("d", 9).model_copy(update={"subject": "Kyiv"})]
    assert len(_findings(claims, "FC501")) == 2


def test_a_toll_that_fell_is_one_finding_naming_earlier_and_later_tellings():
    claims = [_claim("a", 50, "at_least", provisional=True), _claim("b", 50, provisional=True), _claim("c", 41),
              _claim("d", 41)]
    (found,) = _findings(claims, "FC202")
    assert found.message == ("people.killed fell from ≥ 50 (a); 50 (b) [2026-02-04, provisional] "
                             "to 41 (c, d) [2026-02-04]")
    assert set(found.claims) == {c.id for c in claims}


def test_a_single_fall_keeps_its_pair_wording():
    (found,) = _findings([_claim("a", 50, provisional=True), _claim("b", 41)], "FC202")
    assert found.message == "people.killed fell from 50 (2026-02-04) to 41 (2026-02-04)"


def test_corroboration_names_only_the_tellings_that_hold_one_value():
    # "≥ 6" agrees with "6" and with "7", but "6" and "7" do not agree: 7 is what most sources hold.
    claims = [_claim("a", 6, "at_least"), _claim("b", 6), _claim("c", 7), _claim("d", 7, "at_least")]
    (found,) = _findings(claims, "FC110")
    assert found.claims == ("a:0-9", "c:0-9", "d:0-9")
    assert found.message == "3 independent sources agree on people.killed: ≥ 6 (a); 7 (c); ≥ 7 (d)"


def _missiles(source: str, metric: str, value: float) -> Claim:
    return Claim(id=f"{source}:{metric}", source=source, kind="quantity", metric=metric, subject="Crimea",
                 value=value, low=value, high=value, unit="count", as_of=DAY.isoformat(), quote=f"{value:g}",
                 start=0, end=2)


def test_a_mislabel_replaces_the_conflict_it_explains_and_no_more():
    # b's 14 cruise missiles are a's total (12 + 2): FC102 explains that pair. c's 15 is explained by nothing.
    explained = [_missiles("a", "missiles.cruise", 12), _missiles("a", "missiles.ballistic", 2),
                 _missiles("b", "missiles.cruise", 14)]
    sources = {s: Source(id=s, path=f"{s}.txt", published=DAY) for s in "abc"}

    def codes(claims):
        ctx = context_for(sources, {s: "x" * 20 for s in sources})
        return sorted(f.code for f in apply_rules(claims, ctx, Options(select=("FC101", "FC102"))))

    assert codes(explained) == ["FC102"]
    assert codes([*explained, _missiles("c", "missiles.cruise", 12)]) == ["FC102"]
    assert codes([*explained, _missiles("c", "missiles.cruise", 15)]) == ["FC101", "FC102"]
