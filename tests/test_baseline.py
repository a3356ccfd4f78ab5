"""Baselines: fingerprints without positions, deterministic files, stale entries, bad baseline files."""

from __future__ import annotations

import json

import pytest
from ci_helpers import NEW_CONFLICT, findings, make_repo, run_cli

from checker.judge.baseline import apply_baseline, baseline_text, load_baseline
from checker.errors import InputError
from checker.model import Finding

TWO_CLAIMS = """\
story: strike
claims:
  - id: s001-drones
    source: 001_8f453393c0e5582e
    quote: "450 drones"
    kind: quantity
    metric: drones
    value: 450
  - id: s003-war
    source: 003_7e214bf29fe07e15
    quote: "44 day war"
    kind: duration
    metric: war.duration
    value: 44
    unit: day
"""

# The same claims in the other order, with comments that move every line.
TWO_CLAIMS_REORDERED = """\
# Reordered by an editor.
#
story: strike
claims:
  # The war first.
  - id: s003-war
    source: 003_7e214bf29fe07e15
    quote: "44 day war"
    kind: duration
    metric: war.duration
    value: 44
    unit: day

  - id: s001-drones
    source: 001_8f453393c0e5582e
    quote: "450 drones"
    kind: quantity
    metric: drones
    value: 450
"""


@pytest.fixture
def repo(tmp_path, monkeypatch):
    path = make_repo(tmp_path / "desk", {"strike.yaml": TWO_CLAIMS})
    monkeypatch.chdir(path)
    return path


def _finding(code="FC101", fingerprint="0123456789abcdef0123", **fields) -> Finding:
    return Finding(code=code, rule="r", severity="error", category="contradiction", message="m", template="m",
                   fingerprint=fingerprint, **fields)


def test_reordering_a_claim_file_leaves_the_baseline_unchanged(repo, capsys):
    assert run_cli(capsys, "baseline", "write", "first.json")[0] == 0
    first = (repo / "first.json").read_text(encoding="utf-8")
    # The curated claim must be in a recorded finding for this to mean anything.
    assert "003_7e214bf29fe07e15" in first and "war.duration" in first
    (repo / "claims" / "strike.yaml").write_text(TWO_CLAIMS_REORDERED, encoding="utf-8")
    assert run_cli(capsys, "baseline", "write", "second.json")[0] == 0
    assert (repo / "second.json").read_text(encoding="utf-8") == first
    code, out, _ = run_cli(capsys, "ci", "--baseline", "first.json", "--format", "json")
    assert code == 0 and findings(out) == []


def test_baseline_file_is_sorted_deterministic_and_positionless(repo, capsys):
    run_cli(capsys, "baseline", "write")
    text = (repo / "checker-baseline.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["tool"] == "checker" and data["version"] == 1
    entries = data["entries"]
    assert entries and all(set(e) == {"fingerprint", "code", "rule", "metric", "subject", "sources", "message"}
                           for e in entries)
    keys = [(e["code"], e["metric"] or "", e["subject"] or "", e["fingerprint"]) for e in entries]
    assert keys == sorted(keys)
    assert len({e["fingerprint"] for e in entries}) == len(entries)
    assert not any(e["code"].startswith("FC9") for e in entries)
    run_cli(capsys, "baseline", "write")
    assert (repo / "checker-baseline.json").read_text(encoding="utf-8") == text


def test_baseline_text_ignores_finding_order_and_workflow_findings():
    a = _finding(fingerprint="aaaaaaaaaaaaaaaaaaaa", metric="x")
    b = _finding(code="FC201", fingerprint="bbbbbbbbbbbbbbbbbbbb", metric="y")
    unused = _finding(code="FC901", fingerprint="cccccccccccccccccccc")
    assert baseline_text([a, b, unused]) == baseline_text([b, unused, a])
    assert "FC901" not in baseline_text([a, b, unused])


def test_stale_entry_is_a_finding_at_its_line(repo, capsys):
    run_cli(capsys, "baseline", "write")
    path = repo / "checker-baseline.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["entries"].append({"fingerprint": "ffffffffffffffffffff", "code": "FC101", "rule": "conflicting-values",
                            "metric": "ships", "subject": None, "sources": ["a"], "message": "gone"})
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if "ffffffffffffffffffff" in text)
    code, out, _ = run_cli(capsys, "ci", "--baseline", str(path), "--format", "json")
    assert code == 0  # a warning: the run does not fail by default
    stale = [f for f in findings(out) if f["code"] == "FC902"]
    assert len(stale) == 1 and stale[0]["severity"] == "warning"
    assert stale[0]["location"] == {"path": str(path), "line": line, "column": 7}
    assert "ffffffffffffffffffff" in stale[0]["message"]
    assert run_cli(capsys, "ci", "--baseline", str(path), "--fail-on", "warning")[0] == 1
    # A stale entry of a rule left out of the run cannot be judged.
    code, out, _ = run_cli(capsys, "ci", "--baseline", str(path), "--format", "json", "--ignore", "FC101")
    assert not [f for f in findings(out) if f["code"] == "FC902" and "ffffffffffffffffffff" in f["message"]]


def test_changed_values_make_a_new_finding_and_a_stale_entry(repo, capsys):
    run_cli(capsys, "baseline", "write")
    # Same claim id and quote, another value: the dispute is not the one the desk accepted.
    (repo / "claims" / "strike.yaml").write_text(TWO_CLAIMS.replace("value: 44", "value: 45"), encoding="utf-8")
    code, out, _ = run_cli(capsys, "ci", "--baseline", "checker-baseline.json", "--format", "json")
    assert code == 1
    codes = [f["code"] for f in findings(out)]
    assert "FC902" in codes and any(f["severity"] == "error" and "s003-war" in f["claims"] for f in findings(out))


def test_report_with_baseline_counts_what_it_left_out(repo, capsys):
    run_cli(capsys, "baseline", "write")
    (repo / "claims" / "armenia.yaml").write_text(NEW_CONFLICT.replace("s003-war", "s003-war-2"), encoding="utf-8")
    code, out, _ = run_cli(capsys, "report", "--format", "json", "--baseline", "checker-baseline.json")
    data = json.loads(out)
    assert data["stats"]["baselined"] > 0
    assert any("accepted by the baseline" in n for n in data["notices"])


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"tool": "checker", "version": 1, "entries": [}', r"bad\.json:1:\d+: not valid JSON"),
        ('{"tool": "checker", "tool": "checker", "version": 1, "entries": []}', "duplicate key 'tool'"),
        ('{"tool": "checker", "version": 7, "entries": []}', "version 7 is not supported"),
        ('{"tool": "other", "entries": []}', "not a checker baseline"),
        ('{"tool": "checker", "version": 1, "entries": [{"fingerprint": "zz", "code": "FC101"}]}',
         "'fingerprint' must be a hexadecimal string"),
        ('{"tool": "checker", "version": 1, "entries": [{"fingerprint": "abcdefab", "code": "FC1", "x": 1}]}',
         "unknown field 'x'"),
        ('{"tool": "checker", "version": 1, "entries": [], "n": NaN}', "NaN is not allowed"),
        ("", "empty baseline"),
    ],
)
def test_bad_baseline_files_are_input_errors(tmp_path, content, expected):
    import re

    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_baseline(path)
    assert re.search(expected, str(caught.value)), str(caught.value)


def test_bad_baseline_exits_2_without_touching_outputs(repo, capsys):
    (repo / "bad.json").write_text("{", encoding="utf-8")
    (repo / "report.json").write_text("old", encoding="utf-8")
    code, _, err = run_cli(capsys, "ci", "--baseline", "bad.json", "--output", "report.json")
    assert code == 2 and "bad.json:1:2: not valid JSON" in err
    assert (repo / "report.json").read_text() == "old"


def test_baseline_write_refuses_to_overwrite_an_input(repo, capsys):
    before = (repo / "claims" / "strike.yaml").read_text(encoding="utf-8")
    code, _, err = run_cli(capsys, "baseline", "write", "claims/strike.yaml", "-i", "seeds", "-i", "claims")
    assert code == 2 and "over an input" in err
    assert (repo / "claims" / "strike.yaml").read_text(encoding="utf-8") == before


def test_configured_baseline_is_used_and_written(repo, capsys):
    (repo / "pyproject.toml").write_text('[tool.checker]\nbaseline = "desk/accepted.json"\n', encoding="utf-8")
    (repo / "desk").mkdir()
    assert run_cli(capsys, "baseline", "write")[0] == 0
    assert (repo / "desk" / "accepted.json").is_file()
    assert run_cli(capsys, "ci")[0] == 0
    assert run_cli(capsys, "ci", "--no-baseline")[0] == 1


def test_apply_baseline_never_accepts_workflow_findings(tmp_path):
    unused = _finding(code="FC901", fingerprint="cccccccccccccccccccc")
    path = tmp_path / "b.json"
    path.write_text(baseline_text([_finding(code="FC101", fingerprint="cccccccccccccccccccc")]), encoding="utf-8")
    outcome = apply_baseline([unused], load_baseline(path))
    assert outcome.kept == [unused] and outcome.baselined == []
