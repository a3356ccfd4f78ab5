"""On the benchmark's generated corpus every planted conflict is found and error findings are not false alarms."""

from __future__ import annotations

import pytest

from benchmarks.corpus import generate
from benchmarks.run import _loaded, _planted_scores
from checker.extract.batch import read_all
from checker.judge.context import judging_context
from checker.judge.rulepass import apply_rules
from checker.options import Options
from checker.vocabulary import load_vocabulary


@pytest.fixture(scope="module")
def scores():
    # 240 articles: thirty events over three weeks, so sources visit across week lines too.
    articles = generate(240)
    loaded = _loaded(articles)
    voc = load_vocabulary()
    readings = dict(zip((ls.source.id for ls in loaded), read_all(loaded, voc, Options())))
    claims = sorted((c for r in readings.values() for c in r.claims), key=lambda c: (c.source, c.start, c.end, c.id))
    ctx = judging_context(loaded, readings, voc)
    findings = apply_rules(claims, ctx, Options())
    return _planted_scores({a.id: a.planted for a in articles if a.planted}, findings)


def test_every_planted_conflict_is_named(scores):
    assert scores["planted"] >= 20
    # One may go unnamed: "22 people were killed" against the others' "15 civilians were killed" is a
    # count of another whole (people, civilians), not a rival of the same figure.
    assert scores["planted_found"] >= scores["planted"] - 1


def test_error_findings_name_planted_conflicts(scores):
    # Every article of an event tells the same figures but the planted ones: an error naming none is a
    # false alarm (another place's strike, another week's, a bound dropped).
    assert scores["error_findings"] >= scores["planted"] // 2
    assert scores["error_findings_planted"] >= 0.95 * scores["error_findings"]
