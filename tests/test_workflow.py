"""`checker ci` in temporary git repositories: exit codes, baselines, --changed-only, formats, outputs."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from ci_helpers import MALFORMED, NEW_CONFLICT, findings, git, make_repo, run_cli

from checker.model import Finding, Report
from checker.progress import StageProgress, progress_wanted

SARIF_SCHEMA = Path(__file__).resolve().parents[1].parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"

# A tiny corpus of two agreeing articles: nothing to report at error level.
AGREEING = {
    "a.txt": "KYIV. Officials said 12 people were killed in the strike on Monday.\n",
    "b.txt": "Twelve people were killed in Monday's strike, the regional governor said.\n",
}


@pytest.fixture
def repo(tmp_path, monkeypatch):
    path = make_repo(tmp_path / "desk")
    monkeypatch.chdir(path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return path


def test_clean_corpus_exits_0(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "clean"
    (corpus / "articles").mkdir(parents=True)
    for name, text in AGREEING.items():
        (corpus / "articles" / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(corpus)
    code, out, err = run_cli(capsys, "ci", "articles", "--format", "json")
    assert code == 0, err
    assert all(f["severity"] != "error" for f in findings(out))
    assert "ci: 0 new finding(s) at or above error" in err


def test_baseline_then_new_conflict_fails_naming_only_it(repo, capsys):
    code, _, err = run_cli(capsys, "baseline", "write")
    assert code == 0, err
    assert (repo / "checker-baseline.json").is_file()

    code, out, err = run_cli(capsys, "ci", "--baseline", "checker-baseline.json", "--format", "json")
    assert code == 0, err
    assert [f for f in findings(out) if f["severity"] == "error"] == []

    (repo / "claims" / "armenia.yaml").write_text(NEW_CONFLICT, encoding="utf-8")
    code, out, err = run_cli(capsys, "ci", "--baseline", "checker-baseline.json", "--format", "json")
    assert code == 1, err
    failing = [f for f in findings(out) if f["severity"] == "error"]
    assert len(failing) == 1
    assert "s003-war" in failing[0]["claims"] and failing[0]["metric"] == "war.duration"
    # Reviewers see it on the line the pull request adds, not somewhere in an article.
    assert failing[0]["location"]["path"] == "claims/armenia.yaml"
    assert failing[0]["location"]["line"] == 3
    assert "ci: 1 new finding(s) at or above error" in err

    code, out, _ = run_cli(capsys, "ci", "--baseline", "checker-baseline.json")
    assert code == 1
    assert sum(line.startswith("error") for line in out.splitlines()) == 1


def test_malformed_claim_file_exits_2_with_path_line_col(repo, capsys):
    (repo / "claims" / "bad.yaml").write_text(MALFORMED, encoding="utf-8")
    code, out, err = run_cli(capsys, "ci", "--format", "json")
    assert code == 2
    assert re.search(r"^claims/bad\.yaml:8:12: value: expected a number", err, re.M), err
    # The rest of the corpus is still checked and reported.
    assert json.loads(out)["stats"]["claim_files"] == 1


def test_unparseable_yaml_exits_2_with_position(repo, capsys):
    (repo / "claims" / "broken.yaml").write_text('story: broken\nclaims:\n  - id: "unclosed\n', encoding="utf-8")
    code, _, err = run_cli(capsys, "ci")
    assert code == 2
    assert re.search(r"^claims/broken\.yaml:\d+:\d+: ", err, re.M), err


def test_unreadable_source_exits_2(repo, capsys):
    (repo / "seeds" / "999_binary.txt").write_bytes(b"\x00\x01\x02 not text")
    code, _, err = run_cli(capsys, "ci")
    assert code == 2
    assert "seeds/999_binary.txt" in err


def test_changed_only_reports_errors_of_changed_files_only(repo, capsys):
    (repo / "claims" / "old.yaml").write_text(MALFORMED.replace("s003-bad", "s003-old"), encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "an old mistake")
    git(repo, "checkout", "-q", "-b", "feature")

    code, _, err = run_cli(capsys, "ci", "--changed-only", "main", "--fail-on", "never")
    assert code == 0, err
    assert "claims/old.yaml:" not in err and "1 error(s) in unchanged claim files not reported" in err

    (repo / "claims" / "new.yaml").write_text(MALFORMED.replace("story: bad", "story: new"), encoding="utf-8")
    code, _, err = run_cli(capsys, "ci", "--changed-only", "main", "--fail-on", "never")
    assert code == 2
    assert "claims/new.yaml:8:12:" in err and "claims/old.yaml:" not in err


def test_changed_only_still_checks_ids_against_the_whole_corpus(repo, capsys):
    git(repo, "checkout", "-q", "-b", "feature")
    # "a-..." sorts before strike.yaml, so the clash is reported on the unchanged file: still shown.
    clash = (repo / "claims" / "strike.yaml").read_text(encoding="utf-8").replace("story: strike", "story: again")
    (repo / "claims" / "a-copy.yaml").write_text(clash, encoding="utf-8")
    code, _, err = run_cli(capsys, "ci", "--changed-only", "main")
    assert code == 2
    assert "duplicate claim id 's001-drones'" in err


def test_changed_only_with_an_unknown_ref_is_a_usage_error(repo, capsys):
    code, _, err = run_cli(capsys, "ci", "--changed-only", "no-such-branch")
    assert code == 2
    assert "no-such-branch" in err


def test_missing_baseline_exits_2(repo, capsys):
    code, _, err = run_cli(capsys, "ci", "--baseline", "missing.json")
    assert code == 2
    assert "missing.json" in err


def test_sarif_validates_against_the_official_schema(repo, capsys):
    jsonschema = pytest.importorskip("jsonschema")
    if not SARIF_SCHEMA.is_file():
        pytest.skip("../shared/schemas/sarif-schema-2.1.0.json is absent")
    (repo / "claims" / "armenia.yaml").write_text(NEW_CONFLICT, encoding="utf-8")
    code, out, err = run_cli(capsys, "ci", "--format", "sarif", "--sarif", "also.sarif")
    assert code == 1, err
    log = json.loads(out)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(log, schema)
    assert json.loads((repo / "also.sarif").read_text(encoding="utf-8")) == log
    run = log["runs"][0]
    codes = {r["id"] for r in run["tool"]["driver"]["rules"]}
    assert {"FC101", "FC901", "FC902"} <= codes
    for result in run["results"]:
        # What GitHub code scanning requires of every result.
        assert result["message"]["text"] and result["ruleId"] in codes
        assert 1 <= len(result["locations"]) <= 10
        assert result["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1
        assert result["partialFingerprints"]
    conflict = next(r for r in run["results"] if "s003-war" in r["properties"].get("claims", []))
    assert conflict["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "claims/armenia.yaml"


def _unescape(text: str) -> str:
    return (text.replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":").replace("%2C", ",")
            .replace("%25", "%"))


def test_github_annotations_survive_hostile_text(repo, capsys):
    reason = "50% sure: a, b\n::warning file=x::owned\n::stop-commands::x"
    name = "claims/odd,name:1.yaml"
    (repo / name).write_text(
        "story: odd\nsuppressions:\n  - code: FC103\n    reason: " + json.dumps(reason) + "\n", encoding="utf-8"
    )
    code, out, err = run_cli(capsys, "ci", "--format", "github", "--fail-on", "never")
    assert code == 0, err
    lines = out.splitlines()
    assert lines and all(re.match(r"::(error|warning|notice) file=[^:]*::", line) for line in lines), out
    unused = [line for line in lines if "FC901" in line]
    assert len(unused) == 1
    head, _, message = unused[0][2:].partition("::")
    assert "file=claims/odd%2Cname%3A1.yaml,line=3,col=5" in head
    assert reason in _unescape(message)
    # One physical line per annotation: the runner reads commands only at the start of a line.
    assert "\n" not in message and "\r" not in message


def test_github_format_annotates_invalid_files(repo, capsys):
    (repo / "claims" / "bad.yaml").write_text(MALFORMED, encoding="utf-8")
    code, out, _ = run_cli(capsys, "ci", "--format", "github")
    assert code == 2
    assert "::error file=claims/bad.yaml,line=8,col=12,title=invalid input::value%3A" not in out
    assert "::error file=claims/bad.yaml,line=8,col=12,title=invalid input::value: expected a number" in out


def test_text_on_github_actions_cannot_run_workflow_commands(repo, capsys, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    (repo / "claims" / "armenia.yaml").write_text(NEW_CONFLICT, encoding="utf-8")
    code, out, _ = run_cli(capsys, "ci", "--format", "text")
    assert code == 1
    assert out.startswith("::stop-commands::")
    token = out.splitlines()[0].split("::")[2]
    assert out.rstrip("\n").endswith(f"::{token}::")


def test_outputs_and_summary(repo, capsys):
    (repo / "claims" / "armenia.yaml").write_text(NEW_CONFLICT, encoding="utf-8")
    summary = repo / "summary.md"
    summary.write_text("# earlier step\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "ci", "--format", "markdown", "--output", "report.md", "--summary", str(summary))
    assert code == 1 and out == ""
    assert "war" in (repo / "report.md").read_text(encoding="utf-8")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# earlier step\n") and len(text) > 100
    code, _, err = run_cli(capsys, "ci", "--output", "claims/armenia.yaml")
    assert code == 2 and "over an input" in err
    assert (repo / "claims" / "armenia.yaml").read_text(encoding="utf-8") == NEW_CONFLICT


def test_no_color_and_no_escape_sequences(repo, capsys, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, err = run_cli(capsys, "ci")
    assert "\x1b" not in out and "\x1b" not in err


def test_fail_on_levels(repo, capsys):
    report = json.loads(run_cli(capsys, "report", "--format", "json")[1])
    has_warning = any(f["severity"] in ("warning", "error") for f in report["findings"])
    assert run_cli(capsys, "ci", "--fail-on", "never")[0] == 0
    assert run_cli(capsys, "ci", "--fail-on", "warning")[0] == (1 if has_warning else 0)


def test_configured_fail_on_and_unknown_keys(repo, capsys):
    (repo / "pyproject.toml").write_text('[tool.checker]\nfail-on = "info"\n', encoding="utf-8")
    assert run_cli(capsys, "ci")[0] == 1  # the seeds always have single-source figures (info)
    (repo / "pyproject.toml").write_text('[tool.checker]\nfail_on = "info"\n', encoding="utf-8")
    code, _, err = run_cli(capsys, "ci")
    assert code == 2 and "unknown key 'fail_on'" in err and "did you mean 'fail-on'" in err


def test_progress_is_drawn_only_when_asked_and_late():
    stream = io.StringIO()
    assert not progress_wanted(stream)
    with StageProgress(["one", "two"], enabled=False, stream=stream) as progress:
        progress.stage("two")
    assert not progress.shown and stream.getvalue() == ""
    with StageProgress(["one", "two"], enabled=True, delay=0.0, stream=stream) as progress:
        for _ in range(200):
            if progress.shown:
                break
            import time

            time.sleep(0.005)
        progress.stage("two")
    assert progress.shown


def test_progress_is_not_drawn_for_a_quick_run():
    stream = io.StringIO()
    with StageProgress(["one"], enabled=True, delay=30.0, stream=stream) as progress:
        pass
    assert not progress.shown and stream.getvalue() == ""


def test_report_keeps_the_json_contract_with_acceptance_counts(repo, capsys):
    run_cli(capsys, "baseline", "write")
    code, out, _ = run_cli(capsys, "report", "--format", "json", "--baseline", "checker-baseline.json")
    data = json.loads(out)
    assert code == 0
    assert data["findings"] == [] and data["stats"]["baselined"] > 0 and data["stats"]["suppressed"] == 0
    assert {"schema_version", "sources", "claims", "findings", "stats", "notices"} <= set(data)


def test_finding_model_is_unchanged_by_acceptance():
    # Acceptance adds no field to Finding or Report: the JSON contract only grows through stats.
    assert "baselined" not in Finding.model_fields and "suppressed" not in Report.model_fields


def test_example_github_workflow_runs_ci_and_uploads_sarif(repo, capsys, tmp_path):
    import os
    import shlex

    from checker.inputs.yamlsafe import parse_yaml

    path = Path(__file__).resolve().parents[1] / "examples" / "github-workflow.yml"
    workflow = parse_yaml(path.read_text(encoding="utf-8"), path).data
    assert "claims/**" in workflow["on"]["pull_request"]["paths"]
    assert workflow["permissions"]["security-events"] == "write"
    steps = next(iter(workflow["jobs"].values()))["steps"]
    check = next(s for s in steps if "checker ci" in s.get("run", ""))
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert "${{" not in check["run"]  # inputs reach the script through env only
    # Run the step's command as the runner would: a pull request branch and its base on origin.
    run_cli(capsys, "baseline", "write")
    git(repo, "add", "checker-baseline.json")
    git(repo, "commit", "-q", "-m", "baseline")
    git(repo, "update-ref", "refs/remotes/origin/main", "main")
    git(repo, "checkout", "-q", "-b", "pr")
    (repo / "claims" / "armenia.yaml").write_text(NEW_CONFLICT, encoding="utf-8")
    summary = tmp_path / "step-summary.md"
    env = {"BASE_REF": "main", "GITHUB_STEP_SUMMARY": str(summary)}
    words = [os.path.expandvars(w.replace("$BASE_REF", env["BASE_REF"]).replace(
        "$GITHUB_STEP_SUMMARY", env["GITHUB_STEP_SUMMARY"])) for w in shlex.split(check["run"])]
    assert words[:2] == ["checker", "ci"]
    code, out, _ = run_cli(capsys, *words[1:])
    assert code == 1
    assert re.search(r"^::error file=claims/armenia\.yaml,line=3,col=5,", out, re.M), out
    sarif = json.loads((repo / upload["with"]["sarif_file"]).read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]
    assert "war" in summary.read_text(encoding="utf-8")


def test_example_workflow_uses_current_actions_installs_our_distribution_and_skips_forks_upload():
    import tomllib

    from checker.inputs.yamlsafe import parse_yaml

    root = Path(__file__).resolve().parents[1]
    path = root / "examples" / "github-workflow.yml"
    workflow = parse_yaml(path.read_text(encoding="utf-8"), path).data
    assert workflow["permissions"] == {"contents": "read", "actions": "read", "security-events": "write"}
    job = next(iter(workflow["jobs"].values()))
    uses = [s["uses"] for s in job["steps"] if "uses" in s]
    assert uses == ["actions/checkout@v7", "actions/setup-python@v7", "github/codeql-action/upload-sarif@v4"]
    upload = next(s for s in job["steps"] if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert "github.event.pull_request.head.repo.full_name == github.repository" in upload["if"]
    name = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
    assert name != "checker" and job["env"]["CHECKER_SPEC"].startswith(f"{name}==")
    for doc in ("README.md", "docs/ci.md"):
        text = (root / doc).read_text(encoding="utf-8")
        assert "upload-sarif@v4" in text and "upload-sarif@v3" not in text and "checkout@v4" not in text, doc
