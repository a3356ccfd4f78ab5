"""Replaying an unchanged `checker report`: same bytes and exit status, and a miss whenever anything it read changed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import checker.run as engine
from checker.store.files import write_checked
from checker.store.replays import input_files, ReplayCache
from checker.cli import cli
from checker.cli.report import config_files as _config_files
from checker.inputs.paths import DEFAULT_PATHS

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = {
    "north": "The river burst its banks on Monday. Officials said 12 people were killed and 40 were injured.\n",
    "south": "Rescuers said on Tuesday that 19 people were killed in the flood, and about 40 were hurt.\n",
}


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "sources.yaml").write_text(
        'north:\n  outlet: "North Post"\n  published: "2026-03-02"\n'
        'south:\n  outlet: "South Herald"\n  published: "2026-03-03"\n', encoding="utf-8")
    return folder


@pytest.fixture
def full_runs(monkeypatch) -> list[int]:
    """How many times a report went through the engine (a replay never does)."""
    seen: list[int] = []
    real = engine.execute_keyed

    def counting(*args, **kwargs):
        seen.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "execute_keyed", counting)
    return seen


def _report(*args: str, cache: str = "cache"):
    return CliRunner().invoke(cli, ["report", *args, "-f", "json", "--cache-dir", cache], catch_exceptions=False)


def _uncached(*args: str):
    return CliRunner().invoke(cli, ["report", *args, "-f", "json", "--no-cache"], catch_exceptions=False)


def test_second_run_is_replayed_with_the_same_bytes_and_status(corpus: Path, full_runs: list[int]):
    first = _report(str(corpus), "-o", "first.json")
    second = _report(str(corpus), "-o", "second.json")
    plain = _uncached(str(corpus), "-o", "plain.json")
    assert len(full_runs) == 2  # the first run and the uncached one
    assert first.exit_code == second.exit_code == plain.exit_code
    assert Path("second.json").read_bytes() == Path("first.json").read_bytes() == Path("plain.json").read_bytes()
    assert _report(str(corpus)).output == Path("plain.json").read_text(encoding="utf-8")
    assert len(full_runs) == 2


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("change", ["source", "sources.yaml", "new source", "removed source", "renamed source",
                                    "option", "pyproject", "vocabulary"])
def test_any_change_to_what_the_run_read_is_a_miss(change: str, corpus: Path, full_runs: list[int]):
    args = [str(corpus)]
    _report(*args)
    if change == "source":
        _edit(corpus / "south.txt", "19 people", "21 people")
    elif change == "sources.yaml":
        _edit(corpus / "sources.yaml", "2026-03-03", "2026-03-09")
    elif change == "new source":
        (corpus / "west.txt").write_text("Officials said 30 people were killed in the flood.\n", encoding="utf-8")
    elif change == "removed source":
        _edit(corpus / "sources.yaml", 'south:\n  outlet: "South Herald"\n  published: "2026-03-03"\n', "")
        (corpus / "south.txt").unlink()
    elif change == "renamed source":
        _edit(corpus / "sources.yaml", "south:", "east:")
        (corpus / "south.txt").rename(corpus / "east.txt")
    elif change == "option":
        args.append("--ignore=FC1")
    elif change == "pyproject":
        Path("pyproject.toml").write_text('[tool.checker]\nignore = ["FC1"]\n', encoding="utf-8")
    else:
        vocabulary = Path("vocabulary.yaml")
        shutil.copyfile(ROOT / "checker" / "vocabulary.yaml", vocabulary)
        Path("pyproject.toml").write_text('[tool.checker]\nvocabulary = "vocabulary.yaml"\n', encoding="utf-8")
        _report(*args)
        assert len(full_runs) == 2
        _edit(vocabulary, "killed", "slain")
    again = _report(*args)
    assert len(full_runs) == (3 if change == "vocabulary" else 2)
    plain = _uncached(*args)
    assert (again.output, again.exit_code) == (plain.output, plain.exit_code)
    # The new state is recorded in turn: a third run is replayed.
    count = len(full_runs)
    assert _report(*args).output == plain.output and len(full_runs) == count


def test_replay_still_refuses_to_write_over_an_input(corpus: Path, full_runs: list[int]):
    _report(str(corpus), "-o", "report.json")
    before = (corpus / "north.txt").read_bytes()
    refused = CliRunner().invoke(cli, ["report", str(corpus), "-f", "json", "--cache-dir", "cache",
                                       "-o", str(corpus / "north.txt")])
    assert len(full_runs) == 1  # the replay itself refused
    assert refused.exit_code == 2 or isinstance(refused.exception, Exception)
    assert "input file" in str(refused.exception) + refused.output
    assert (corpus / "north.txt").read_bytes() == before


def test_a_bad_input_after_a_good_run_is_still_exit_2_with_one_line(corpus: Path):
    _report(str(corpus))
    _edit(corpus / "sources.yaml", "outlet:", "outlett:")
    from checker.cli import main

    done = subprocess.run([sys.executable, "-m", "checker", "report", str(corpus), "-f", "json",
                           "--cache-dir", "cache"], capture_output=True, text=True, cwd=corpus.parent,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert done.returncode == 2 and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "unknown field 'outlett'" in done.stderr
    assert main(["report", str(corpus), "-f", "json", "--cache-dir", "cache"]) == 2


def _entries(cache: Path) -> list[Path]:
    return sorted((cache / "runs").rglob("*.replay"))


@pytest.mark.parametrize("damage", ["truncated", "garbage with a valid digest", "empty", "wrong shapes"])
def test_a_damaged_replay_entry_is_ignored_and_rewritten(damage: str, corpus: Path, full_runs: list[int]):
    expected = _report(str(corpus)).output
    (entry,) = _entries(Path("cache"))
    data = entry.read_bytes()
    if damage == "truncated":
        entry.write_bytes(data[:-30])
    elif damage == "empty":
        entry.write_bytes(b"")
    else:
        body = b"{not json" if damage.startswith("garbage") else b'{"run": 1, "exit": "x", "inputs": [[1]]}'
        write_checked(entry, body, Path("cache"))
    assert _report(str(corpus)).output == expected
    assert len(full_runs) == 2
    assert _report(str(corpus)).output == expected
    assert len(full_runs) == 2


def test_a_missing_rendering_falls_back_to_the_full_run(corpus: Path, full_runs: list[int]):
    expected = _report(str(corpus)).output
    for path in (Path("cache") / "runs").rglob("*.json"):
        path.unlink()
    assert _report(str(corpus)).output == expected
    assert len(full_runs) == 2


def test_formats_that_depend_on_the_terminal_are_not_replayed(corpus: Path, full_runs: list[int]):
    for _ in range(2):
        CliRunner().invoke(cli, ["report", str(corpus), "--cache-dir", "cache"])
    assert len(full_runs) == 2 and _entries(Path("cache")) == []


def test_the_replay_loads_no_model_or_engine(corpus: Path):
    script = ("import sys\nfrom checker.cli import main\n"
              f"code = main(['report', {str(corpus)!r}, '-f', 'json', '-o', 'r.json', '--cache-dir', 'cache'])\n"
              "heavy = sorted(m for m in ('pydantic', 'checker.model', 'checker.run', 'ruamel.yaml') "
              "if m in sys.modules)\nprint(code, heavy)\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=corpus.parent,
                           env=env, timeout=120).stdout.split(" ", 1) for _ in range(2)]
    assert runs[0][0] == runs[1][0] and runs[0][1].strip() != "[]"
    assert runs[1][1].strip() == "[]"


def test_input_states_follow_content_not_times(tmp_path: Path):
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "a.txt").write_text("one", encoding="utf-8")
    (folder / ".hidden.txt").write_text("never read", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF")
    first = input_files([folder])
    os.utime(folder / "a.txt", (0, 0))
    (folder / ".hidden.txt").write_text("changed", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF and more")  # listed by name, never read
    assert input_files([folder]) == first
    (folder / "a.txt").write_text("two", encoding="utf-8")
    assert input_files([folder]) != first


def test_a_single_source_depends_on_its_folders_metadata_and_source_names(tmp_path: Path):
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "a.txt").write_text("one", encoding="utf-8")
    first = input_files([folder / "a.txt"])
    (folder / "report.json").write_text("{}", encoding="utf-8")  # not a source: no effect
    assert input_files([folder / "a.txt"]) == first
    (folder / "b.txt").write_text("two", encoding="utf-8")
    second = input_files([folder / "a.txt"])
    assert second != first
    (folder / "sources.yaml").write_text("a:\n  outlet: X\n", encoding="utf-8")
    assert input_files([folder / "a.txt"]) != second


def test_html_sources_are_never_replayed(tmp_path: Path):
    (tmp_path / "a.html").write_text("<html><body><p>12 dead</p></body></html>", encoding="utf-8")
    assert input_files([tmp_path]) is None
    assert input_files([tmp_path / "a.html"]) is None


def test_a_named_pipe_among_the_inputs_is_not_waited_on(tmp_path: Path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    os.mkfifo(tmp_path / "a.txt")
    states = input_files([tmp_path / "a.txt"])
    assert states is not None and any(state.startswith("special") for _, _, state in states)


def test_the_invocation_key_depends_on_arguments_and_working_folder(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    key = ReplayCache.invocation_key("report", (("a",), "json"))
    assert key == ReplayCache.invocation_key("report", (("a",), "json"))
    assert key != ReplayCache.invocation_key("report", (("a",), "sarif"))
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    assert key != ReplayCache.invocation_key("report", (("a",), "json"))


def test_config_files_end_where_find_pyproject_does(tmp_path: Path, monkeypatch):
    from checker.inputs.config import find_pyproject

    inner = tmp_path / "a" / "b"
    inner.mkdir(parents=True)
    (tmp_path / "a" / "pyproject.toml").write_text("[tool.checker]\n", encoding="utf-8")
    (inner / "pyproject.toml").mkdir()  # a folder of that name is not a configuration
    monkeypatch.chdir(inner)
    looked = _config_files(None)
    assert looked[-1] == find_pyproject() == (tmp_path / "a" / "pyproject.toml").resolve()
    assert looked[0] == inner.resolve() / "pyproject.toml"
    assert _config_files("custom.toml") == [Path("custom.toml")]


def test_default_paths_match_the_engine():
    assert DEFAULT_PATHS == engine.DEFAULT_PATHS


def test_commands_in_their_own_modules_are_found_when_named_or_listed():
    listed = CliRunner().invoke(cli, ["--help"])
    assert all(name in listed.output for name in ("ci", "baseline", "schema", "eval", "report"))
    named = CliRunner().invoke(cli, ["schema", "--help"])
    assert named.exit_code == 0 and "JSON Schema" in named.output
    unknown = CliRunner().invoke(cli, ["nosuch"])
    assert unknown.exit_code == 2 and "No such command" in unknown.output


def test_a_baseline_is_an_input_of_the_replay(corpus: Path, full_runs: list[int]):
    written = CliRunner().invoke(cli, ["baseline", "write", "baseline.json", "-i", str(corpus)])
    assert written.exit_code == 0, written.output
    args = [str(corpus), "--baseline", "baseline.json"]
    first = _report(*args)
    assert _report(*args).output == first.output and len(full_runs) == 2  # baseline write, then one report
    before = Path("baseline.json").read_bytes()
    refused = CliRunner().invoke(cli, ["report", *args, "-f", "json", "--cache-dir", "cache", "-o", "baseline.json"])
    assert refused.exit_code != 0 and "input file" in str(refused.exception)
    assert Path("baseline.json").read_bytes() == before and len(full_runs) == 2
    import json

    emptied = {**json.loads(before), "entries": []}  # every finding new again
    Path("baseline.json").write_text(json.dumps(emptied), encoding="utf-8")
    again = _report(*args)
    assert len(full_runs) == 3
    plain = _uncached(*args)
    assert (again.output, again.exit_code) == (plain.output, plain.exit_code)


def test_an_edited_claim_file_is_a_miss(tmp_path: Path, monkeypatch, full_runs: list[int]):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(ROOT / "seeds", "seeds")
    claim_file = tmp_path / "claims.yaml"
    shutil.copyfile(next((ROOT / "claims").glob("*.yaml")), claim_file)
    first = _report("seeds", str(claim_file))
    assert _report("seeds", str(claim_file)).output == first.output and len(full_runs) == 1
    claim_file.write_text(claim_file.read_text(encoding="utf-8") + "\n# reviewed again\n", encoding="utf-8")
    assert _report("seeds", str(claim_file)).exit_code == first.exit_code
    assert len(full_runs) == 2


def test_the_exit_status_is_replayed(corpus: Path, full_runs: list[int]):
    strict = [str(corpus), "--fail-on", "info"]
    assert [_report(*strict).exit_code for _ in range(2)] == [1, 1]
    assert [_report(str(corpus)).exit_code for _ in range(2)] == [0, 0]
    assert len(full_runs) == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_replayed_run_names_the_files_it_skipped_again(corpus: Path, full_runs: list[int], capsys):
    from checker.cli import main

    os.mkfifo(corpus / "pipe.txt")
    note = f"{corpus / 'pipe.txt'}: note: skipped: a named pipe, not a regular file"
    runs = []
    for _ in range(2):
        assert main(["report", str(corpus), "-f", "json", "--cache-dir", "cache"]) == 0
        runs.append(capsys.readouterr())
    assert len(full_runs) == 1
    assert [r.err.splitlines() for r in runs] == [[note], [note]]
    assert runs[0].out == runs[1].out
