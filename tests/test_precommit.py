"""The pre-commit hook: its manifest, its entry run exactly, and pre-commit itself running it."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from ci_helpers import MALFORMED, git, make_repo

from checker.inputs.yamlsafe import parse_yaml

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / ".pre-commit-hooks.yaml"


def _hooks() -> list[dict]:
    return parse_yaml(MANIFEST.read_text(encoding="utf-8"), MANIFEST).data


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "NO_COLOR")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _entry_command(hook: dict) -> list[str]:
    """The hook's entry as pre-commit would run it, with the `checker` script as `python -m checker`."""
    words = shlex.split(hook["entry"]) + list(hook.get("args", []))
    assert words[0] == "checker"
    return [sys.executable, "-m", "checker", *words[1:]]


def test_manifest_runs_the_whole_corpus_once():
    [hook] = _hooks()
    assert hook["id"] == "checker-ci" and hook["language"] == "python"
    assert hook["entry"].split()[:2] == ["checker", "ci"]
    # Cross-source rules need every file: no file names, no parallel batches.
    assert hook["pass_filenames"] is False and hook["require_serial"] is True and hook["always_run"] is True


def test_entry_run_exactly(tmp_path):
    repo = make_repo(tmp_path / "desk")
    [hook] = _hooks()
    command = _entry_command(hook)
    done = subprocess.run([*command, "--fail-on", "never"], cwd=repo, env=_env(), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    (repo / "claims" / "bad.yaml").write_text(MALFORMED, encoding="utf-8")
    done = subprocess.run(command, cwd=repo, env=_env(), capture_output=True, text=True)
    assert done.returncode == 2
    assert "claims/bad.yaml:8:12:" in done.stderr and "Traceback" not in done.stderr


def test_pre_commit_runs_the_hook(tmp_path):
    """pre-commit itself, with the manifest's hook as a local one (no network: the package is on PYTHONPATH)."""
    pytest.importorskip("pre_commit")
    repo = make_repo(tmp_path / "desk")
    [hook] = _hooks()
    local = {key: hook[key] for key in ("id", "name", "pass_filenames", "always_run", "require_serial")}
    entry = " ".join(shlex.quote(word) for word in _entry_command(hook))
    lines = ["repos:", "  - repo: local", "    hooks:", f"      - id: {local['id']}", f"        name: {local['name']}",
             f"        entry: {entry}", "        language: system",
             f"        pass_filenames: {str(local['pass_filenames']).lower()}",
             f"        always_run: {str(local['always_run']).lower()}",
             f"        require_serial: {str(local['require_serial']).lower()}"]
    (repo / ".pre-commit-config.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    git(repo, "add", ".pre-commit-config.yaml")
    env = {**_env(), "PRE_COMMIT_HOME": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "pre_commit", "run", "--all-files"]
    # The desk's setup: today's disputes accepted in a baseline the configuration names.
    (repo / "pyproject.toml").write_text('[tool.checker]\nbaseline = "checker-baseline.json"\n', encoding="utf-8")
    subprocess.run([sys.executable, "-m", "checker", "baseline", "write"], cwd=repo, env=env, check=True,
                   capture_output=True)
    done = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Passed" in done.stdout
    (repo / "claims" / "bad.yaml").write_text(MALFORMED, encoding="utf-8")
    git(repo, "add", "claims/bad.yaml")
    done = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True)
    assert done.returncode == 1 and "Failed" in done.stdout
    assert "claims/bad.yaml:8:12:" in done.stdout
