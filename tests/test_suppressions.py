"""Suppressions in claim files: matching, story scope, reasons, and unused ones reported (FC901)."""

from __future__ import annotations

import json

import pytest
from ci_helpers import NEW_CONFLICT, findings, make_repo, run_cli

from checker.inputs.claimfiles import ClaimFile, Suppression
from checker.model import Finding
from checker.judge.suppressions import apply_suppressions, matches


def _finding(code="FC101", metric="war.duration", sources=("a", "b")) -> Finding:
    return Finding(code=code, rule="r", severity="error", category="contradiction", message="m", template="m",
                   metric=metric, sources=tuple(sources), fingerprint=f"{code}{metric}{''.join(sources)}")


def _suppression(code="FC101", metric=None, sources=(), line=3) -> Suppression:
    return Suppression(code, metric, tuple(sources), "reason", "claims/x.yaml", line, 5)


def _file(suppressions, sources=()) -> ClaimFile:
    from checker.inputs.claimfiles import NotClaim

    not_claims = tuple(NotClaim(s, "q", 0, 1, "r", "claims/x.yaml", 1, 1) for s in sources)
    return ClaimFile("claims/x.yaml", "x", (), not_claims, tuple(suppressions))


@pytest.mark.parametrize(
    ("suppression", "finding", "expected"),
    [
        (_suppression(), _finding(), True),
        (_suppression(code="FC102"), _finding(), False),
        (_suppression(metric="war.duration"), _finding(), True),
        (_suppression(metric="war"), _finding(), False),
        (_suppression(sources=("a",)), _finding(), True),
        (_suppression(sources=("a", "c")), _finding(), False),
    ],
)
def test_matching(suppression, finding, expected):
    assert matches(suppression, finding) is expected


def test_a_suppression_applies_to_its_story_sources_only():
    s = _suppression()
    assert matches(s, _finding(sources=("a", "b")), frozenset({"b", "z"}))
    assert not matches(s, _finding(sources=("a", "b")), frozenset({"z"}))
    outcome = apply_suppressions([_finding(sources=("c", "d"))], [_file([s], sources=("a",))])
    assert outcome.kept and outcome.unused == [s]


def test_unused_only_for_active_codes():
    s = _suppression(code="FC999")
    assert apply_suppressions([], [_file([s])], active_codes={"FC101"}).unused == []
    assert apply_suppressions([], [_file([s])], active_codes=None).unused == [s]


def test_first_matching_suppression_takes_the_finding():
    first, second = _suppression(line=3), _suppression(line=9)
    outcome = apply_suppressions([_finding()], [_file([second, first])])
    assert outcome.suppressed == [(_finding(), first)] and outcome.unused == [second]


# --- through the command line -----------------------------------------------------------------


@pytest.fixture
def repo(tmp_path, monkeypatch):
    path = make_repo(tmp_path / "desk", {"armenia.yaml": NEW_CONFLICT})
    monkeypatch.chdir(path)
    return path


def _with_suppressions(text: str) -> str:
    return NEW_CONFLICT + "suppressions:\n" + text


def test_suppressed_finding_leaves_the_report_with_its_reason_noted(repo, capsys):
    code, out, _ = run_cli(capsys, "ci", "--format", "json", "--select", "FC101")
    before = findings(out)
    assert code == 1 and [f for f in before if "s003-war" in f["claims"]]
    (repo / "claims" / "armenia.yaml").write_text(_with_suppressions(
        "  - code: FC101\n    metric: war.duration\n    reason: \"2020 war, filed on purpose for the test\"\n"
    ), encoding="utf-8")
    code, out, err = run_cli(capsys, "ci", "--format", "json", "--select", "FC101")
    data = json.loads(out)
    # Only that dispute left; the seeds' own disputes are outside the story and stay.
    assert [f for f in data["findings"] if "s003-war" not in f["claims"]] == [
        f for f in before if "s003-war" not in f["claims"]]
    assert not [f for f in data["findings"] if "s003-war" in f["claims"]]
    assert code == (1 if data["findings"] else 0)
    assert data["stats"]["suppressed"] == 1
    assert any(n.startswith("claims/armenia.yaml:11:5: FC101 (war.duration) accepted for 1 finding: 2020 war")
               for n in data["notices"]), data["notices"]


def test_unused_suppression_is_reported_at_its_line(repo, capsys):
    (repo / "claims" / "armenia.yaml").write_text(_with_suppressions(
        "  - {code: FC101, metric: ships.sunk, reason: \"old dispute\"}\n"
    ), encoding="utf-8")
    code, out, _ = run_cli(capsys, "ci", "--format", "json", "--select", "FC101,FC901")
    assert code == 1  # the FC101 it meant to hide is still there
    unused = [f for f in findings(out) if f["code"] == "FC901"]
    assert len(unused) == 1 and unused[0]["severity"] == "warning"
    assert unused[0]["location"] == {"path": "claims/armenia.yaml", "line": 11, "column": 5}
    assert "ships.sunk" in unused[0]["message"] and "old dispute" in unused[0]["explanation"]


def test_unused_suppression_severity_is_configurable(repo, capsys):
    (repo / "claims" / "armenia.yaml").write_text(_with_suppressions(
        "  - {code: FC101, metric: war.duration, reason: accepted}\n  - {code: FC103, reason: \"never matched\"}\n"
    ), encoding="utf-8")
    (repo / "pyproject.toml").write_text('[tool.checker]\nseverity = {FC901 = "error"}\nselect = ["FC1", "FC9"]\n',
                                         encoding="utf-8")
    code, out, _ = run_cli(capsys, "ci", "--format", "json")
    assert code == 1
    assert [f["severity"] for f in findings(out) if f["code"] == "FC901"] == ["error"]


def test_suppression_of_an_unselected_rule_is_not_unused(repo, capsys):
    (repo / "claims" / "armenia.yaml").write_text(_with_suppressions("  - {code: FC701, reason: \"speakers\"}\n"),
                                                  encoding="utf-8")
    code, out, _ = run_cli(capsys, "ci", "--format", "json", "--ignore", "FC7")
    assert not [f for f in findings(out) if f["code"] == "FC901"]


def test_suppression_without_reason_is_a_claim_file_error(repo, capsys):
    (repo / "claims" / "armenia.yaml").write_text(_with_suppressions("  - {code: FC101}\n"), encoding="utf-8")
    code, _, err = run_cli(capsys, "ci")
    assert code == 2
    assert "claims/armenia.yaml:11:" in err and "reason" in err


def test_blank_reason_is_refused(repo, capsys):
    (repo / "claims" / "armenia.yaml").write_text(_with_suppressions("  - {code: FC101, reason: \"  \"}\n"),
                                                  encoding="utf-8")
    code, _, err = run_cli(capsys, "ci")
    assert code == 2 and "must not be blank" in err
