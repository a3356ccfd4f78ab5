"""The command line: exit codes, one-line errors on bad input, nothing overwritten, quiet ends."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker.cli import main

ROOT = Path(__file__).resolve().parents[1]
BAD = ROOT / "tests" / "bad_inputs"

_spec = importlib.util.spec_from_file_location("bad_inputs_catalogue_cli", BAD / "catalogue.py")
catalogue = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = catalogue
_spec.loader.exec_module(catalogue)


def _checker(*args, cwd=ROOT, env=None, input_text=None):
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}, input=input_text, timeout=120)


@pytest.fixture
def in_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def test_help_works():
    done = _checker("--help")
    assert done.returncode == 0 and "report" in done.stdout and "validate" in done.stdout


def test_report_on_seeds_exits_1_for_the_error(in_root, capsys):
    assert main(["report"]) == 1
    assert "FC102" in capsys.readouterr().out


def test_exit_0_when_no_error_finding(in_root, capsys):
    assert main(["report", "--select", "FC110,FC111"]) == 0


def test_fail_on_warning(in_root, capsys):
    assert main(["report", "--select", "FC501", "--fail-on", "warning"]) == 1
    assert main(["report", "--select", "FC501"]) == 0


def test_usage_error_is_exit_2(in_root, capsys):
    assert main(["report", "--format", "pdf"]) == 2
    assert main(["no-such-command"]) == 2


def test_rules_lists_every_code(in_root, capsys):
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    for code in ("FC101", "FC102", "FC201", "FC301", "FC302", "FC401", "FC501", "FC601", "FC701"):
        assert code in out


def test_validate_accepts_the_committed_claims(in_root, capsys):
    assert main(["validate", "claims/abu-dhabi-2026-02.yaml"]) == 0


def test_extract_writes_a_draft_that_validate_accepts(in_root, tmp_path, capsys):
    draft = tmp_path / "draft.yaml"
    assert main(["extract", "seeds", "-o", str(draft)]) == 0
    assert draft.read_text(encoding="utf-8").startswith("# yaml-language-server")
    assert main(["validate", "--sources", "seeds", str(draft)]) == 0


def test_output_file_is_written_atomically_and_inputs_are_protected(in_root, tmp_path, capsys):
    out = tmp_path / "report.md"
    assert main(["report", "--format", "markdown", "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8").startswith("# ")
    before = (ROOT / "seeds" / "000_a3d81becfc9faf82.txt").read_bytes()
    assert main(["report", "-o", "seeds/000_a3d81becfc9faf82.txt"]) == 2
    assert (ROOT / "seeds" / "000_a3d81becfc9faf82.txt").read_bytes() == before
    assert "seeds/000_a3d81becfc9faf82.txt" in capsys.readouterr().err


def test_bad_input_leaves_an_existing_report_untouched(tmp_path, capsys):
    out = tmp_path / "report.json"
    out.write_text("the good report", encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("story: x\nclaims:\n  - id: a\n    id: b\n", encoding="utf-8")
    assert main(["report", str(ROOT / "seeds"), str(bad), "--format", "json", "-o", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "the good report"
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"{bad}:4:5:") and "\n" not in err and "Traceback" not in err


def test_internal_error_is_one_line_with_a_hint(in_root, monkeypatch, capsys):
    import checker.run

    def boom(*a, **k):
        raise RuntimeError("kaboom\nsecond line")

    monkeypatch.setattr(checker.run, "execute_keyed", boom)
    assert main(["report"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "kaboom" in err and "-v" in err and "Traceback" not in err


def test_closed_pipe_ends_quietly():
    done = subprocess.run(f"{sys.executable} -m checker report --format json | head -c 10",
                          shell=True, cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr


def _error_cases():
    # The CLI reads a folder of claim files as all the claim files in it, so that case is the library's.
    return [c for c in catalogue.load_cases() if c.expect == "error" and c.id != "claims-directory"]


def _cli_args(case, paths: list[str]) -> list[str]:
    sources = str(BAD / "sources")
    if case.reader == "claims":
        return ["validate", "--sources", sources, *paths]
    if case.reader == "config":
        return ["--config", paths[0], "report", sources]
    if case.reader == "output":
        return ["report", sources, "-o", paths[0]]
    if case.reader == "draft":
        return ["extract", sources, "-o", paths[0]]
    return ["report", *paths]


def _materialize(case, tmp_path) -> list[str]:
    try:
        return [str(p) for p in catalogue.materialize(case, tmp_path)]
    except catalogue.Unsupported as why:
        pytest.skip(str(why))


@pytest.mark.parametrize("case", _error_cases(), ids=lambda c: c.id)
def test_bad_input_catalogue_through_the_cli(case, tmp_path, monkeypatch, capsys):
    # In this process, as `checker` runs it (main() is the console script): a subprocess per case
    # would spend most of its time starting Python. test_a_bad_input_is_one_line_in_a_fresh_process
    # runs one case of each reader as a real process.
    paths = _materialize(case, tmp_path)
    before = catalogue.file_state(Path(paths[0]))
    monkeypatch.chdir(tmp_path)
    code = main(_cli_args(case, paths))
    out, err = capsys.readouterr()
    assert code == 2, (case.id, out[-500:], err[-500:])
    assert "Traceback" not in err and "internal error" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines and any(case.message in line for line in lines), (case.id, err)
    if case.line is not None:
        where = f":{case.line}:{case.column}:" if case.column is not None else f":{case.line}:"
        assert any(where in line and case.message in line for line in lines), (case.id, err)
    if case.reader in ("output", "draft"):
        assert catalogue.file_state(Path(paths[0])) == before, case.id


def _ok_cases():
    # The accepted cases the CLI treats in its own way: a note on stderr, a target kept, a cache distrusted.
    return [c for c in catalogue.load_cases() if c.expect == "ok" and (c.notice or c.reader in ("output", "cache"))]


@pytest.mark.parametrize("case", _ok_cases(), ids=lambda c: c.id)
def test_accepted_catalogue_cases_through_the_cli(case, tmp_path, monkeypatch, capsys):
    paths = _materialize(case, tmp_path)
    monkeypatch.chdir(tmp_path)
    if case.reader == "cache":
        args = ["report", *paths, "-f", "json"]
        assert main([*args, "--no-cache"]) in (0, 1)
        expected = capsys.readouterr().out
        assert main([*args, "--cache-dir", "cache"]) in (0, 1) and capsys.readouterr().out == expected
        catalogue.tamper_cache(case, tmp_path / "cache")
        assert main([*args, "--cache-dir", "cache"]) in (0, 1)
        assert capsys.readouterr().out == expected, f"{case.id}: the damaged cache changed the report"
        return
    before = catalogue.file_state(Path(paths[0]))
    assert main(_cli_args(case, paths)) in (0, 1)
    err = capsys.readouterr().err
    assert "Traceback" not in err and "internal error" not in err
    if case.notice:
        assert any(case.notice in line for line in err.splitlines()), err
    if case.reader == "output":
        assert catalogue.file_state(Path(paths[0]))[0] == before[0]


def _one_case_per_reader():
    chosen = {}
    for case in _error_cases():
        if case.generate in (None, "fifo", "symlink_loop"):
            chosen.setdefault(case.reader, case)
    return list(chosen.values())


@pytest.mark.parametrize("case", _one_case_per_reader(), ids=lambda c: c.id)
def test_a_bad_input_is_one_line_in_a_fresh_process(case, tmp_path):
    paths = _materialize(case, tmp_path)
    done = _checker(*_cli_args(case, paths), cwd=tmp_path)
    assert done.returncode == 2 and "Traceback" not in done.stderr, (case.id, done.stderr)
    assert any(case.message in line for line in done.stderr.splitlines()), (case.id, done.stderr)


def test_extract_never_replaces_a_claim_file_without_force(in_root, tmp_path, capsys):
    curated = tmp_path / "curated.yaml"
    curated.write_bytes((ROOT / "claims" / "abu-dhabi-2026-02.yaml").read_bytes())
    before = curated.read_bytes()
    assert main(["extract", "seeds/000_a3d81becfc9faf82.txt", "-o", str(curated)]) == 2
    err = capsys.readouterr().err
    assert err == f"{curated}: already exists: not replaced without --force\n"
    assert curated.read_bytes() == before
    assert main(["extract", "seeds/000_a3d81becfc9faf82.txt", "-o", str(curated), "--force"]) == 0
    assert curated.read_bytes() != before and curated.read_text(encoding="utf-8").startswith("# yaml-language-server")


def test_a_report_to_a_device_leaves_the_device(in_root, tmp_path, capsys):
    import stat

    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (AttributeError, PermissionError):
        pytest.skip("cannot make a device node")
    for args in (["report", "-o", str(device)], ["report", "-f", "sarif", "-o", str(device)],
                 ["extract", "seeds", "-o", str(device)], ["baseline", "write", str(device)]):
        assert main(args) in (0, 1), args
        assert stat.S_ISCHR(os.lstat(device).st_mode), args


def test_unknown_select_or_ignore_code_is_exit_2_naming_the_known_prefixes(in_root, capsys):
    assert main(["report", "--select", "XYZ"]) == 2
    err = capsys.readouterr().err
    assert "--select: unknown rule code or prefix 'XYZ'" in err and "known prefixes are FC1, FC2" in err
    assert main(["report", "--ignore", "FC1,FC99", "-f", "json"]) == 2
    assert "'FC99'" in capsys.readouterr().err
    assert main(["ci", "--select", "FC1O1"]) == 2
    # Codes, prefixes and rule names all still select.
    assert main(["report", "--select", "FC1", "--select", "conflicting-values,FC301", "-f", "json"]) == 1


def test_unknown_code_in_the_configuration_is_exit_2(tmp_path, capsys):
    config = tmp_path / "pyproject.toml"
    config.write_text('[tool.checker]\nignore = ["FC111", "FC8"]\n', encoding="utf-8")
    assert main(["--config", str(config), "report", str(ROOT / "seeds"), str(ROOT / "claims")]) == 2
    err = capsys.readouterr().err
    assert f"{config}: [tool.checker] ignore: unknown rule code or prefix 'FC8'" in err


def test_exit_zero_whatever_the_findings(in_root, capsys):
    assert main(["report", "--exit-zero"]) == 0
    assert main(["report", "-f", "json", "--exit-zero"]) == 0  # also when the output is replayed
    assert main(["report", "-f", "json"]) == 1
    assert main(["report", "--exit-zero", "--select", "XYZ"]) == 2  # usage errors stay errors


def test_report_without_paths_outside_the_repository_says_what_to_name(tmp_path):
    done = _checker("report", cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("checker: no PATHS given, and no seeds/ or claims/ folder in ")
    assert "checker report articles/ claims/story.yaml" in done.stderr and done.stderr.count("\n") == 1


def test_validate_of_a_file_that_is_not_a_claim_file_says_so(in_root, capsys):
    assert main(["validate", "seeds/sources.yaml"]) == 2
    err = capsys.readouterr().err
    assert "no claim file among seeds/sources.yaml: sources.yaml describes source articles" in err
    assert "claim file(s) valid" not in err
    assert main(["validate", "seeds/000_a3d81becfc9faf82.txt"]) == 2
    assert "these are sources, not claim files" in capsys.readouterr().err
