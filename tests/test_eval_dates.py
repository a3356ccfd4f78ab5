"""The date and duration scorers on the outside suites, asserting the floors reached (skipped without them)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from checker.evaluate.base import SuiteScore
from checker.evaluate.dates import SCORERS

EVAL_DIR = Path(os.environ.get("CHECKER_EVAL_DIR") or Path(__file__).resolve().parents[1].parent / "shared" / "eval")

pytestmark = pytest.mark.skipif(not EVAL_DIR.is_dir(), reason="outside evaluation suites not present")

# Floors measured when these scorers were written: value accuracy over in-scope values, and recall.
FLOORS = {
    "dateparser/parse_en": (0.99, 0.99),
    "dateparser/search_dates_en": (0.94, 0.99),
    "duckling/time_en": (0.85, 0.92),
    "duckling/duration_en": (0.85, 0.90),
    "recognizers_text/datetime": (0.78, 0.86),
    "recognizers_text/excluded_not_python/datetime": (0.26, 0.75),
}


def _run(key: str) -> SuiteScore:
    suite = SuiteScore(key, "checker")
    with open(EVAL_DIR / f"{key}.jsonl", encoding="utf-8") as lines:
        for line in lines:
            suite.add(SCORERS[key](json.loads(line)))
    return suite


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_floor(key):
    suite = _run(key)
    accuracy, recall = FLOORS[key]
    assert suite.values_total > 0
    assert suite.value_accuracy >= accuracy
    assert suite.recall >= recall


@pytest.mark.parametrize("key", ["duckling/time_en_negative", "duckling/duration_en_negative"])
def test_negative_suites_find_nothing(key):
    assert _run(key).fp == 0


def test_out_of_scope_cases_are_reported_not_dropped():
    suite = _run("duckling/time_en")
    out = [f for f in suite.failures if f.problem.startswith("out of scope")]
    assert out and all(f.values_total == 0 for f in out)
    assert suite.cases == sum(1 for _ in open(EVAL_DIR / "duckling/time_en.jsonl", encoding="utf-8"))
