"""Tests for the evaluation harness and the eval command, on a tiny eval folder built here."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.evaluate.command import eval_command
from checker.evaluate.harness import discover, run_eval

EVAL_DIR = Path(os.environ.get("CHECKER_EVAL_DIR") or Path(__file__).resolve().parents[1].parent / "shared" / "eval")


def _write(path: Path, cases: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")


@pytest.fixture()
def tiny(tmp_path: Path) -> Path:
    _write(tmp_path / "recognizers_text" / "number.jsonl", [
        {"id": "n1", "input": "we saw forty-two boats", "expected": [{"text": "forty-two", "start": 7, "end": 16, "value": "42", "value_num": 42.0}]},
        {"id": "n2", "input": "nothing here", "expected": []},
        {"id": "n3", "input": "about 7 ducks", "expected": [{"text": "7", "start": 6, "end": 7, "value": "8", "value_num": 8.0}]},
    ])
    _write(tmp_path / "duckling" / "temperature_en.jsonl", [
        {"id": "t1", "input": "50°F", "expected": [{"text": "50°F", "unit": "Fahrenheit", "type": "value", "value": 50}]},
        {"id": "t2", "input": "between 3 and 9 degrees celsius", "expected": [{"text": "between 3 and 9 degrees celsius", "unit": "Celsius", "type": "interval", "from": 3, "to": 9}]},
    ])
    _write(tmp_path / "other" / "unknown_suite.jsonl", [{"id": "u1", "input": "x", "expected": []}] * 3)
    return tmp_path


def test_discover_keys_by_relative_path(tiny: Path):
    assert list(discover(tiny)) == ["duckling/temperature_en", "other/unknown_suite", "recognizers_text/number"]


def test_scores_and_unscored(tiny: Path):
    run = run_eval(tiny, quantulum=False, modules=("checker.evaluate.quantities",))
    rows = {(r.suite, r.system): r.score for r in run.rows}
    number = rows[("recognizers_text/number", "checker")]
    assert (number.cases, number.tp, number.fp, number.fn) == (3, 2, 0, 0)
    assert (number.values_right, number.values_total) == (1, 2)
    assert [f.case_id for f in number.failures] == ["n3"]
    temps = rows[("duckling/temperature_en", "checker")]
    assert (temps.values_right, temps.values_total) == (2, 2)
    assert run.not_scored == [("other/unknown_suite", 3)]


def test_suite_filter(tiny: Path):
    run = run_eval(tiny, suite_filter="duckling", quantulum=False, modules=("checker.evaluate.quantities",))
    assert {r.suite for r in run.rows} == {"duckling/temperature_en"}


def test_quantulum_row_present(tiny: Path):
    run = run_eval(tiny, suite_filter="duckling", modules=("checker.evaluate.quantities",))
    systems = [r.system for r in run.rows]
    assert systems == ["checker", "quantulum3"]
    assert run.rows[1].score is not None or "not installed" in (run.rows[1].note or "")


def test_command_json_is_deterministic(tiny: Path):
    runner = CliRunner()
    args = [str(tiny), "--format", "json", "--no-quantulum", "--failures", "2"]
    first = runner.invoke(eval_command, args)
    second = runner.invoke(eval_command, args)
    assert first.exit_code == 0, first.output
    assert first.output == second.output
    payload = json.loads(first.output)
    assert {"suite": "other/unknown_suite", "cases": 3} in payload["not_scored"]
    assert any(s["suite"] == "recognizers_text/number" for s in payload["suites"])


def test_command_text_and_missing_dir(tiny: Path, tmp_path: Path):
    runner = CliRunner()
    result = runner.invoke(eval_command, [str(tiny), "--no-quantulum"])
    assert result.exit_code == 0 and "recognizers_text/number" in result.output
    missing = runner.invoke(eval_command, [str(tmp_path / "nope")])
    assert missing.exit_code == 2
    assert "not found" in missing.output and "Traceback" not in missing.output


# Floors reached when this was written (value accuracy, checker); they guard against regressions.
FLOORS = {
    "recognizers_text/number": 0.97,
    "recognizers_text/percent": 0.95,
    "recognizers_text/temperature": 0.95,
    "recognizers_text/age": 0.95,
    "recognizers_text/dimension": 0.95,
    "recognizers_text/currency": 0.84,
    "recognizers_text/excluded_not_python/number_range": 0.95,
    "recognizers_text/excluded_not_python/dimension": 0.55,
    "duckling/numeral_en": 0.96,
    "duckling/temperature_en": 0.95,
    "duckling/distance_en": 0.92,
    "duckling/volume_en": 0.98,
    "duckling/quantity_en": 0.98,
    "duckling/amount_of_money_en": 0.62,
    "quantulum3/quantities": 0.90,
    "quantulum3/spellout_numbers": 0.85,
}


@pytest.mark.skipif(not EVAL_DIR.is_dir(), reason="shared eval folder not present")
def test_real_suites_meet_floors():
    run = run_eval(EVAL_DIR, quantulum=False, modules=("checker.evaluate.quantities",))
    scores = {r.suite: r.score for r in run.rows if r.system == "checker"}
    for suite, floor in FLOORS.items():
        assert scores[suite].value_accuracy >= floor, (suite, scores[suite].value_accuracy)
