"""The bad-input catalogue (tests/bad_inputs/cases.yaml) run against the input library."""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

import pytest

from checker.inputs.claimfiles import load_claim_files, validate_claim_files
from checker.inputs.config import load_config
from checker.errors import InputError, noting
from checker.output import write_atomic
from checker.inputs.sources import collect_sources, load_sources
from checker.normalize.places import gazetteer

_spec = importlib.util.spec_from_file_location(
    "bad_inputs_catalogue", Path(__file__).resolve().parent / "bad_inputs" / "catalogue.py"
)
catalogue = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = catalogue  # dataclasses look their module up while the class is built
_spec.loader.exec_module(catalogue)

CASES = catalogue.load_cases()


@pytest.fixture(scope="module")
def catalogue_sources():
    # The gazetteer is built once per process (2.6 s on a fresh clone): before the cases, so that their time
    # bound measures how each bad input is handled, not which case happens to run first.
    gazetteer()
    return load_sources([catalogue.SOURCES])


def _raised(write) -> list[InputError]:
    try:
        write()
    except InputError as error:
        return [error]
    return []


def _cached_report_equals_uncached(case, paths, tmp_path) -> list[InputError]:
    from checker.options import Options
    from checker.run import run
    from checker.report import render

    cache = Options(cache=True, cache_dir=tmp_path / "cache")
    expected = render(run(paths, Options()), "json")
    assert render(run(paths, cache), "json") == expected
    catalogue.tamper_cache(case, tmp_path / "cache")
    assert render(run(paths, cache), "json") == expected, f"{case.id}: the damaged cache changed the report"
    assert render(run(paths, cache), "json") == expected
    return []


def _run(case, paths, sources, notes: list[str], tmp_path) -> list[InputError]:
    if case.reader == "claims":
        return validate_claim_files(paths, sources)
    if case.reader == "source":
        with noting(notes.append):
            loaded, errors = collect_sources(paths)
        if not errors:
            assert loaded, "a clean load must give at least one source"
        return errors
    if case.reader == "config":
        return _raised(lambda: load_config(paths[0]))
    if case.reader in ("output", "draft"):
        return _raised(lambda: write_atomic(paths[0], f"{case.reader}\n", overwrite=case.reader == "output"))
    if case.reader == "cache":
        return _cached_report_equals_uncached(case, paths, tmp_path)
    raise AssertionError(f"unknown reader {case.reader!r}")


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_case(case, tmp_path, catalogue_sources):
    try:
        paths = catalogue.materialize(case, tmp_path)
    except catalogue.Unsupported as why:
        pytest.skip(str(why))
    before = catalogue.file_state(paths[0])
    notes: list[str] = []
    started = time.perf_counter()
    errors = _run(case, paths, catalogue_sources, notes, tmp_path)
    elapsed = time.perf_counter() - started
    if case.reader in ("output", "draft"):
        after = catalogue.file_state(paths[0])
        assert after == before if case.expect == "error" else after[0] == before[0], (case.id, before, after)
    if case.notice is not None:
        assert any(case.notice in line for line in notes), (case.id, notes)
    # A bad input is refused at once, never by a runaway parse; the cache cases run two whole reports, whose time
    # is the benchmark's to measure, not a test's.
    assert case.reader == "cache" or elapsed < 3.0, f"{case.id} took {elapsed:.2f} s"
    for error in errors:
        assert isinstance(error, InputError)
        text = str(error)
        assert "\n" not in text and "\r" not in text, text
        assert text.startswith(error.path), text
    if case.expect == "ok":
        assert errors == [], [str(e) for e in errors]
        if case.reader == "claims":
            assert load_claim_files(paths, catalogue_sources)
        return
    assert errors, f"{case.id}: expected an error"
    matching = [error for error in errors if case.message in str(error)]
    assert matching, f"{case.id}: no error contains {case.message!r}: {[str(e) for e in errors]}"
    assert any((error.line, error.column) == (case.line, case.column) for error in matching), (
        f"{case.id}: expected position {case.line}:{case.column}, got {[str(e) for e in matching]}"
    )


def test_every_catalogue_file_is_a_case():
    """No orphan fixtures: each committed case file is named by some case."""
    named = {Path(path) for case in CASES for path in case.paths}
    root = catalogue.CATALOGUE
    orphans = []
    for folder in ("claims", "source_files", "config"):
        for path in sorted((root / folder).iterdir()):
            if path.relative_to(root) not in named:
                orphans.append(str(path.relative_to(root)))
    for path in sorted((root / "source_dirs").iterdir()):
        if path.relative_to(root) not in named:
            orphans.append(str(path.relative_to(root)))
    assert orphans == []


def test_case_table_is_complete_for_errors():
    for case in CASES:
        assert case.reader in ("claims", "source", "config", "output", "draft", "cache"), case.id
        assert (case.reader == "cache") == (case.tamper in catalogue.TAMPERS), case.id
        assert case.expect in ("ok", "error"), case.id
        if case.expect == "error":
            assert case.message, case.id
        else:
            assert case.message is None and case.line is None, case.id
