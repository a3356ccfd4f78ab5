"""Temporary git repositories holding the seeds and claim files, and a way to run the CLI in them."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from checker.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

# One curated claim quoting a seed: valid, and conflicting with nothing.
STRIKE_CLAIMS = """\
# yaml-language-server: $schema=../checker/schema/claims.schema.json
story: strike
claims:
  - id: s001-drones
    source: 001_8f453393c0e5582e
    quote: "450 drones"
    kind: quantity
    metric: drones
    value: 450
"""

# An editor's new claim that contradicts the corpus: the 44-day war of 2020 filed as this war's length.
NEW_CONFLICT = """\
story: armenia
claims:
  - id: s003-war
    source: 003_7e214bf29fe07e15
    quote: "44 day war"
    kind: duration
    metric: war.duration
    value: 44
    unit: day
"""

# A quoted number where a number belongs: line 8, column 12 is the value.
MALFORMED = """\
story: bad
claims:
  - id: s003-bad
    source: 003_7e214bf29fe07e15
    quote: "44 day war"
    kind: duration
    metric: war.duration
    value: "44"
    unit: day
"""


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)
    return done.stdout


def make_repo(path: Path, claims: dict[str, str] | None = None) -> Path:
    """A git repository at path with seeds/ (copied) and claims/ (given), all committed on main."""
    path.mkdir(parents=True, exist_ok=True)
    git(path, "init", "-q", "-b", "main")
    git(path, "config", "user.name", "Checker Test")
    git(path, "config", "user.email", "test@example.invalid")
    git(path, "config", "commit.gpgsign", "false")
    shutil.copytree(SEEDS, path / "seeds")
    (path / "claims").mkdir()
    for name, text in (claims if claims is not None else {"strike.yaml": STRIKE_CLAIMS}).items():
        (path / "claims" / name).write_text(text, encoding="utf-8")
    git(path, "add", "-A")
    git(path, "commit", "-q", "-m", "corpus")
    return path


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    """Run `checker ARGS` in-process; (exit code, stdout, stderr)."""
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def findings(json_text: str) -> list[dict]:
    return json.loads(json_text)["findings"]
