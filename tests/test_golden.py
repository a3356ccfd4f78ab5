"""Golden reports on the seeds: JSON and markdown, byte for byte; the committed report is never stale.

When extraction or a rule changes on purpose, regenerate with
    UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
and read the diff by eye before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from checker.run import run
from checker.report import render

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).with_name("golden")
COMMITTED_REPORT = ROOT / "reports" / "abu-dhabi-2026-02.md"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def report(monkeypatch_module):
    monkeypatch_module.chdir(ROOT)
    return run(["seeds", "claims"])


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def _check(path: Path, text: str) -> None:
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"{path.relative_to(ROOT)} is stale: regenerate with UPDATE_GOLDEN=1 and review the diff"


def test_json_report_matches_golden(report):
    _check(GOLDEN / "seeds.json", render(report, "json"))


def test_committed_markdown_report_is_current(report):
    _check(COMMITTED_REPORT, render(report, "markdown"))


def test_report_is_byte_identical_across_runs(report):
    again = run(["claims", "seeds"])
    assert render(again, "json") == render(report, "json")
