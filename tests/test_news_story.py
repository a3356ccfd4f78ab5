"""The news story of ../shared/eval: a toll that rises through the day reads as updates; a wrong weekday is flagged."""

from __future__ import annotations

import json

import pytest

from checker.run import run
from checker.evaluate.news import load_story, suite_scores
from checker.report import render


@pytest.fixture(scope="module")
def story_report(shared_eval, tmp_path_factory):
    folder = next((shared_eval / "news").glob("*/"))
    work = tmp_path_factory.mktemp("story")
    meta = []
    for source, text in load_story(folder):
        (work / f"{source.id}.txt").write_text(text, encoding="utf-8")
        meta.append(f"{source.id}:\n  outlet: {json.dumps(source.outlet)}\n  published: {source.published}\n")
    (work / "sources.yaml").write_text("".join(meta), encoding="utf-8")
    return json.loads(render(run([str(work)]), "json"))


def _claims(report, finding):
    by_id = {c["id"]: c for c in report["claims"]}
    return [by_id[i] for i in finding["claims"]]


def test_rising_toll_is_an_update_not_a_contradiction(story_report):
    casualty = [f for f in story_report["findings"] if (f["metric"] or "").startswith("people.")]
    assert casualty, "no finding on the casualty toll"
    updates = [f for f in casualty if f["category"] == "update"]
    assert updates
    injured = {c["value"] for f in updates if f["metric"] == "people.injured" for c in _claims(story_report, f)}
    assert {1, 8} <= injured or {8, 15} <= injured
    assert not [f for f in casualty if f["category"] == "contradiction"], "a rising toll was called a contradiction"


def test_wrong_weekday_is_flagged(story_report):
    flagged = [f for f in story_report["findings"]
               if f["metric"] and f["metric"].startswith("strike") and f["severity"] in ("error", "warning")]
    quotes = {c["quote"] for f in flagged for c in _claims(story_report, f)}
    assert any("Tuesday" in q for q in quotes), flagged


def test_recall_on_gold_claims(shared_eval):
    (suite,) = suite_scores(shared_eval)
    assert suite.recall >= 0.90, [f.problem for f in suite.failures]
