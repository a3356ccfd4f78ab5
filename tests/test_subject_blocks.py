"""A figure without a place is compared only with figures of the places its source names."""

from __future__ import annotations

import datetime as dt

from checker.judge.context import Context
from checker.judge.grouping import group_claims
from checker.judge.rulepass import apply_rules
from checker.options import Options
from checker.model import Claim, Source
from contexts import context_for

DAY = dt.date(2026, 2, 4)
TEXTS = {
    "a": "Six people were killed after cluster munitions hit the Druzhkivka market.",
    "b": "A strike on Zaporizhzhia killed two 18-year-olds.",
    "c": "Six people were killed, officials said.",
    "d": "Seven people were killed in Druzhkivka.",
}


def _claim(source: str, value: float, subject: str | None) -> Claim:
    return Claim(id=f"{source}:0-3", source=source, kind="quantity", metric="people.killed", subject=subject,
                 value=value, low=value, high=value, unit="count", as_of=DAY.isoformat(), quote="six", start=0, end=3)


def _context(claims) -> Context:
    sources = {c.source: Source(id=c.source, path=f"{c.source}.txt", published=DAY) for c in claims}
    return context_for(sources, TEXTS)


def test_a_placeless_figure_joins_the_place_its_text_names():
    claims = [_claim("a", 6, None), _claim("b", 2, "Zaporizhzhia"), _claim("d", 7, "Druzhkivka")]
    ctx = _context(claims)
    blocks = sorted(sorted(c.source for c in g.claims) for g in group_claims(claims, ctx))
    assert blocks == [["a", "d"], ["b"]]
    conflicts = [f for f in apply_rules(claims, ctx, Options(select=("FC101", "FC203"))) if "b" in f.sources]
    assert not conflicts, "Druzhkivka's toll was compared with Zaporizhzhia's"


def test_a_figure_whose_source_names_no_place_of_the_group_meets_every_place():
    claims = [_claim("c", 6, None), _claim("b", 2, "Zaporizhzhia"), _claim("d", 7, "Druzhkivka")]
    blocks = [sorted(c.source for c in g.claims) for g in group_claims(claims, _context(claims))]
    assert blocks == [["b", "c", "d"]]
