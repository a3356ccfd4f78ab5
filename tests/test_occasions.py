"""Occasions and week blocks: figures of unstated time meet when their sources are days_apart or closer,
whatever calendar week each falls in, and each finding is made once."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from checker.judge.context import Context, Tolerances
from checker.judge.rulepass import apply_rules
from checker.options import Options
from checker.model import Claim, Source
from checker.vocabulary import load_vocabulary
from contexts import context_for

MONDAY = dt.date(2026, 2, 2)


@pytest.fixture(autouse=True)
def weekly_blocks(monkeypatch):
    """These corpora are small, but the weekly blocks they test are what a large corpus is judged in."""
    import checker.judge.rulepass

    monkeypatch.setattr(checker.judge.rulepass, "MAX_UNBLOCKED", 0)


def _corpus(seed: int, days: int = 21, sources: int = 14):
    rng = random.Random(seed)
    published = {f"s{n:02d}": MONDAY + dt.timedelta(days=rng.randrange(days)) for n in range(sources)}
    claims = [
        Claim(id=f"{sid}:0-2", source=sid, kind="quantity", metric="missiles", subject="Kyiv", event="strike",
              value=float(v), low=float(v), high=float(v), unit="count", as_of=day.isoformat(), quote=str(v),
              start=0, end=2)
        for sid, day in sorted(published.items()) for v in [rng.choice((20, 43, 71))]
    ]
    srcs = {sid: Source(id=sid, path=f"{sid}.txt", published=day) for sid, day in published.items()}
    return claims, srcs


def _findings(claims, srcs, days_apart: float):
    ctx = Context(sources=srcs, vocabulary=load_vocabulary(), tolerances=Tolerances(days_apart=days_apart))
    return apply_rules(claims, ctx, Options(select=("FC101", "FC110")))


@pytest.mark.parametrize("days_apart", [0, 1, 2, 3])
@pytest.mark.parametrize("seed", range(12))
def test_every_close_conflict_is_found_and_no_distant_one(seed: int, days_apart: int):
    claims, srcs = _corpus(seed)
    findings = _findings(claims, srcs, days_apart)
    together = {frozenset(f.claims) for f in findings if f.code == "FC101"}
    by_id = {c.id: c for c in claims}
    for a in claims:
        for b in claims:
            if a.id >= b.id or a.value == b.value:
                continue
            gap = abs((srcs[a.source].published - srcs[b.source].published).days)
            if gap <= days_apart:
                assert any({a.id, b.id} <= ids for ids in together), (a.source, b.source, gap)
    for ids in together:
        # A finding's claims are linked by close conflicting pairs: none stands alone in it.
        for cid in ids:
            day = srcs[by_id[cid].source].published
            assert any(abs((srcs[by_id[o].source].published - day).days) <= days_apart
                       and by_id[o].value != by_id[cid].value for o in ids if o != cid)


@pytest.mark.parametrize("seed", range(12))
def test_no_finding_is_made_twice(seed: int):
    claims, srcs = _corpus(seed)
    findings = _findings(claims, srcs, 2)
    keys = [(f.code, f.claims) for f in findings]
    assert len(keys) == len(set(keys))


def test_guests_meet_the_next_week_but_not_each_other_again():
    # Saturday and Sunday disagree (their week says so); Monday agrees with Saturday.
    days = {"sat": MONDAY - dt.timedelta(days=2), "sun": MONDAY - dt.timedelta(days=1), "mon": MONDAY}
    values = {"sat": 43.0, "sun": 71.0, "mon": 43.0}
    claims = [Claim(id=f"{s}:0-2", source=s, kind="quantity", metric="missiles", subject="Kyiv", value=v, low=v,
                    high=v, unit="count", as_of=days[s].isoformat(), quote="43", start=0, end=2)
              for s, v in values.items()]
    srcs = {s: Source(id=s, path=f"{s}.txt", published=d) for s, d in days.items()}
    found = sorted((f.code, f.claims) for f in _findings(claims, srcs, 2))
    assert found == [
        ("FC101", ("mon:0-2", "sun:0-2")),   # the Monday week: Sunday's visit meets Monday
        ("FC101", ("sat:0-2", "sun:0-2")),   # their own week, made once
    ]


def test_a_figure_met_by_the_next_weeks_first_days_is_not_single_source():
    days = {"sun": MONDAY - dt.timedelta(days=1), "mon": MONDAY, "thu": MONDAY + dt.timedelta(days=3)}
    claims = [Claim(id=f"{s}:0-2", source=s, kind="quantity", metric="missiles", subject=subject, value=43.0,
                    low=43.0, high=43.0, unit="count", as_of=days[s].isoformat(), quote="43", start=0, end=2)
              for s, subject in (("sun", "Kyiv"), ("mon", "Kyiv"), ("thu", "Odesa"))]
    srcs = {s: Source(id=s, path=f"{s}.txt", published=d) for s, d in days.items()}
    ctx = Context(sources=srcs, vocabulary=load_vocabulary())
    found = sorted((f.code, f.claims) for f in apply_rules(claims, ctx, Options(select=("FC110", "FC111"))))
    # Sunday's figure was alone in its week, but Monday's source gives it: corroborated, not single-source.
    # Thursday's Odesa figure is alone in every week.
    assert found == [("FC110", ("mon:0-2", "sun:0-2")), ("FC111", ("thu:0-2",))]


def test_a_source_without_publication_date_joins_the_week_its_text_states():
    # "sun" has no publication date, but its text dates it to Sunday: it visits Monday's week and is
    # compared there as a source published that Sunday would be; "none" states no date and meets no one.
    texts = {"sun": "On Sunday, February 1, 2026, Russia fired 71 missiles at Kyiv.", "none": "71 missiles."}
    days = {"sat": MONDAY - dt.timedelta(days=2), "mon": MONDAY, "sun": None, "none": None}
    values = {"sat": 43.0, "mon": 43.0, "sun": 71.0, "none": 12.0}
    claims = [Claim(id=f"{s}:0-2", source=s, kind="quantity", metric="missiles", subject="Kyiv", value=v, low=v,
                    high=v, unit="count", as_of=days[s] and days[s].isoformat(), quote="43", start=0, end=2)
              for s, v in values.items()]
    srcs = {s: Source(id=s, path=f"{s}.txt", published=d) for s, d in days.items()}
    ctx = context_for(srcs, texts)
    found = sorted((f.code, f.claims) for f in apply_rules(claims, ctx, Options(select=("FC101",))))
    assert found == [("FC101", ("mon:0-2", "sun:0-2")), ("FC101", ("sat:0-2", "sun:0-2"))]
