"""The claim cache: unchanged sources are read back, changed ones extracted again, bad entries ignored."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import checker.extract.batch as batch
from checker.store.extractions import ExtractionCache
from checker.store.keys import settings_digest, source_key
from checker.options import Options
from checker.run import run
from checker.model import Extraction, Source
from checker.report import render
from checker.vocabulary import DEFAULT_NAMES, DEFAULT_VOCABULARY

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    for f in folder.iterdir():
        f.chmod(0o644)
    return folder


@pytest.fixture
def calls(monkeypatch) -> list[str]:
    seen: list[str] = []
    real = batch.read_source

    def counting(source, text, *args, **kwargs):
        seen.append(source.id)
        return real(source, text, *args, **kwargs)

    monkeypatch.setattr(batch, "read_source", counting)
    return seen


def test_second_run_extracts_only_the_changed_source(corpus: Path, tmp_path: Path, calls: list[str]):
    options = Options(cache=True, cache_dir=tmp_path / "cache")
    first = render(run([corpus], options), "json")
    assert len(calls) == 5
    calls.clear()
    assert render(run([corpus], options), "json") == first
    assert calls == []
    changed = corpus / "001_8f453393c0e5582e.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nLater, 12 more drones were shot down.\n",
                       encoding="utf-8")
    third = run([corpus], options)
    assert calls == ["001_8f453393c0e5582e"]
    assert render(third, "json") == render(run([corpus], Options()), "json")


def test_cached_report_is_identical_to_uncached(corpus: Path, tmp_path: Path):
    plain = render(run([corpus], Options()), "json")
    options = Options(cache=True, cache_dir=tmp_path / "cache")
    run([corpus], options)
    assert render(run([corpus], options), "json") == plain


def test_corrupt_entry_is_ignored_and_rewritten(corpus: Path, tmp_path: Path, calls: list[str]):
    folder = tmp_path / "cache"
    options = Options(cache=True, cache_dir=folder)
    expected = render(run([corpus], options), "json")
    shutil.rmtree(folder / "runs")  # the whole run's entry would answer before the claims are read
    entries = sorted(folder.rglob("*.json"))
    assert len(entries) == 5
    entries[0].write_bytes(b'[{"id": "x", "truncated')
    entries[1].write_bytes(b'[{"id": 1, "source": "s", "kind": "nonsense"}]')
    calls.clear()
    assert render(run([corpus], options), "json") == expected
    assert len(calls) == 2
    calls.clear()
    shutil.rmtree(folder / "runs")
    run([corpus], options)
    assert calls == []


def test_key_depends_on_text_metadata_and_settings():
    settings = settings_digest(DEFAULT_VOCABULARY, DEFAULT_NAMES, None)
    a = Source(id="a", path="a.txt", published="2026-02-04")
    base = source_key(a, "43 missiles", settings)
    assert source_key(a, "43 missiles", settings) == base
    assert source_key(a, "44 missiles", settings) != base
    assert source_key(a.model_copy(update={"published": None}), "43 missiles", settings) != base
    assert source_key(a.model_copy(update={"id": "b"}), "43 missiles", settings) != base
    from checker.extract.numbers import NumberPolicy

    other = settings_digest(DEFAULT_VOCABULARY, DEFAULT_NAMES, NumberPolicy(about_band=0.2))
    assert source_key(a, "43 missiles", other) != base


def test_unwritable_cache_does_not_fail(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = ExtractionCache(blocker / "cache")
    cache.put("ab" * 32, Extraction(claims=[]))
    assert cache.get("ab" * 32) is None


def test_changed_extraction_code_invalidates_entries(monkeypatch):
    import checker.store.keys as cache

    before = settings_digest(DEFAULT_VOCABULARY, DEFAULT_NAMES, None)
    monkeypatch.setattr(cache, "_CODE_DIGEST", "an edited extractor")
    assert settings_digest(DEFAULT_VOCABULARY, DEFAULT_NAMES, None) != before


@pytest.fixture
def rule_passes(monkeypatch) -> list[int]:
    import checker.run

    seen: list[int] = []
    real = checker.run.judge

    def counting(claims, ctx, options):
        seen.append(len(claims))
        return real(claims, ctx, options)

    monkeypatch.setattr(checker.run, "judge", counting)
    return seen


def test_unchanged_run_skips_extraction_and_rules(corpus: Path, tmp_path: Path, calls: list[str],
                                                  rule_passes: list[int]):
    options = Options(cache=True, cache_dir=tmp_path / "cache")
    first = run([corpus], options)
    assert len(rule_passes) == 1
    calls.clear()
    again = run([corpus], options)
    assert again == first
    assert calls == [] and len(rule_passes) == 1
    assert render(again, "json") == render(run([corpus], Options()), "json")


CLAIMS = Path(__file__).resolve().parents[1] / "claims"


@pytest.mark.parametrize("change", ["metadata", "claim file", "options", "tolerances"])
def test_run_entry_misses_when_anything_deciding_findings_changes(change: str, corpus: Path, tmp_path: Path,
                                                                  rule_passes: list[int]):
    from dataclasses import replace

    from checker.judge.context import Tolerances

    claim_file = tmp_path / "claims.yaml"
    shutil.copyfile(next(CLAIMS.glob("*.yaml")), claim_file)
    options = Options(cache=True, cache_dir=tmp_path / "cache")
    run([corpus, claim_file], options)
    if change == "metadata":
        meta = corpus / "sources.yaml"
        meta.write_text(meta.read_text(encoding="utf-8").replace("outlet: ", "outlet: The ", 1), encoding="utf-8")
    elif change == "claim file":
        claim_file.write_text(claim_file.read_text(encoding="utf-8") + "\n# reviewed again\n", encoding="utf-8")
    elif change == "options":
        options = replace(options, ignore=("FC1",))
    else:
        options = replace(options, tolerances=Tolerances(relative=0.5))
    fresh = run([corpus, claim_file], options)
    assert len(rule_passes) == 2
    assert fresh == run([corpus, claim_file], replace(options, cache=False))


def test_corrupt_run_entry_is_run_again(corpus: Path, tmp_path: Path, rule_passes: list[int]):
    folder = tmp_path / "cache"
    options = Options(cache=True, cache_dir=folder)
    expected = run([corpus], options)
    (entry,) = (folder / "runs").rglob("*.report.json")
    entry.write_bytes(entry.read_bytes()[:-40])
    assert run([corpus], options) == expected
    assert len(rule_passes) == 2
    assert run([corpus], options) == expected
    assert len(rule_passes) == 2


def test_cli_rerun_writes_the_same_bytes_from_the_stored_rendering(corpus: Path, tmp_path: Path):
    from click.testing import CliRunner

    from checker.cli import cli

    args = ["report", str(corpus), "-f", "json", "--cache-dir", str(tmp_path / "cache")]
    plain = CliRunner().invoke(cli, ["report", str(corpus), "-f", "json", "--no-cache"]).output
    first = CliRunner().invoke(cli, args).output
    rendered = [p for p in (tmp_path / "cache" / "runs").rglob("*") if p.suffix == ".json" and
                not p.name.endswith(".report.json")]
    assert len(rendered) == 1
    assert first == plain
    assert CliRunner().invoke(cli, args).output == plain
    rendered[0].write_bytes(rendered[0].read_bytes().replace(b'"schema_version"', b'"schema_versioN"'))
    assert CliRunner().invoke(cli, args).output == plain


def _digests(monkeypatch) -> tuple[str, str]:
    import checker.store.keys as cache

    for name in ("_LIBRARY_DIGEST", "_PACKAGE_DIGEST"):
        monkeypatch.setattr(cache, name, None)
    return settings_digest(DEFAULT_VOCABULARY, DEFAULT_NAMES, None), cache.package_digest()


def test_another_copy_of_a_library_invalidates_claims_and_runs(tmp_path: Path, monkeypatch):
    import importlib
    import sys

    import checker.store.keys as cache

    library = tmp_path / "site" / "checker_test_units_lib"
    library.mkdir(parents=True)
    entry = library / "__init__.py"
    entry.write_text("SCALE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    importlib.invalidate_caches()
    monkeypatch.setattr(cache, "_LIBRARIES", (*cache._LIBRARIES, "checker_test_units_lib"))
    installed = _digests(monkeypatch)
    assert _digests(monkeypatch) == installed
    entry.write_text("SCALE = 1000\n")  # an upgrade rewrites the library's files
    upgraded = _digests(monkeypatch)
    assert upgraded[0] != installed[0] and upgraded[1] != installed[1]
    entry.unlink()
    library.rmdir()
    importlib.invalidate_caches()
    assert "checker_test_units_lib" not in sys.modules
    removed = _digests(monkeypatch)
    assert removed[0] not in (installed[0], upgraded[0]) and removed[1] not in (installed[1], upgraded[1])


def test_an_edited_figure_in_a_stored_report_is_run_again(corpus: Path, tmp_path: Path, rule_passes: list[int]):
    folder = tmp_path / "cache"
    options = Options(cache=True, cache_dir=folder)
    expected = run([corpus], options)
    (entry,) = (folder / "runs").rglob("*.report.json")
    data = entry.read_bytes()
    assert b'"value":43.0' in data
    entry.write_bytes(data.replace(b'"value":43.0', b'"value":44.0'))  # still valid records, still counted
    assert run([corpus], options) == expected
    assert len(rule_passes) == 2


def test_an_entry_copied_under_another_key_is_a_miss(tmp_path: Path):
    from checker.store.files import read_checked, write_checked
    from checker.store.reports import RunCache

    cache = ExtractionCache(tmp_path / "cache")
    cache.put("ab" * 32, Extraction(claims=[]))
    (tmp_path / "cache" / "cd").mkdir()
    shutil.copyfile(tmp_path / "cache" / "ab" / f"{'ab' * 32}.json", tmp_path / "cache" / "cd" / f"{'cd' * 32}.json")
    assert cache.get("ab" * 32) == Extraction(claims=[]) and cache.get("cd" * 32) is None
    write_checked(tmp_path / "one", b"body", tmp_path)
    shutil.copyfile(tmp_path / "one", tmp_path / "two")
    assert read_checked(tmp_path / "one") == b"body" and read_checked(tmp_path / "two") is None
    runs = RunCache(tmp_path / "cache")
    runs.put_rendered("ab" * 32, "json", "{}\n")
    runs.put_rendered("cd" * 32, "json", "[]\n")
    first, second = (runs._path(runs._render_key(k * 32, "json"), ".json") for k in ("ab", "cd"))
    second.write_bytes(first.read_bytes())
    assert runs.get_rendered("ab" * 32, "json") == "{}\n" and runs.get_rendered("cd" * 32, "json") is None
    with runs.open_rendered("cd" * 32, "json") as stored:
        assert b"".join(stored.chunks()) == b"{}\n" and not stored.whole


def test_the_cache_folder_ignores_itself_in_git(tmp_path: Path, monkeypatch):
    # The bar of issue 13: in a scratch repository, nothing of the cache shows up after a report.
    import subprocess

    from checker.cli import main

    repo = tmp_path / "repo"
    shutil.copytree(SEEDS, repo / "seeds")
    monkeypatch.chdir(repo)
    subprocess.run(["git", "init", "-q"], check=True)
    subprocess.run(["git", "add", "seeds"], check=True)
    assert main(["report", "seeds", "-f", "json", "-o", "/dev/null"]) == 1
    assert (repo / ".checker-cache" / ".gitignore").read_text() == "# Created by checker automatically.\n*\n"
    status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], capture_output=True,
                            text=True, check=True).stdout
    assert status.splitlines() and all(line.startswith("A  seeds/") for line in status.splitlines()), status


def test_a_folder_that_existed_gets_no_gitignore_unless_it_has_the_default_name(tmp_path: Path):
    from checker.store.files import write_checked

    (tmp_path / "mine").mkdir()
    (tmp_path / ".checker-cache").mkdir()
    for name in ("mine", ".checker-cache", "new"):
        write_checked(tmp_path / name / "ab" / "entry", b"x", tmp_path / name)
    assert not (tmp_path / "mine" / ".gitignore").exists()
    assert (tmp_path / ".checker-cache" / ".gitignore").exists() and (tmp_path / "new" / ".gitignore").exists()


def _entry(folder: Path, name: str, size: int, age: int) -> Path:
    path = folder / name[:2] / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    os.utime(path, (1_000_000 + age, 1_000_000 + age))
    return path


def test_the_oldest_entries_go_first_and_nothing_else(tmp_path: Path):
    from checker.store.files import prune

    root = tmp_path / "cache"
    old = [_entry(root, f"{i:02x}" * 32 + ".json", 100, i) for i in range(6)]
    run_entry = _entry(root / "runs", "ff" * 32 + ".report.json", 100, 10)
    kept_elsewhere = [_entry(root, "notes.json", 10_000, 0), _entry(root / "mine", "aa" * 32 + ".json", 10_000, 0)]
    (root / ".gitignore").write_text("*\n")
    assert prune(root, 10_000) == 0
    assert prune(root, 500) == 3  # 700 bytes of entries, down to 90 % of 500
    assert [p.exists() for p in old] == [False] * 3 + [True] * 3 and run_entry.exists()
    assert all(p.exists() for p in kept_elsewhere) and (root / ".gitignore").exists()


def test_a_report_keeps_the_cache_within_its_configured_size(tmp_path: Path, monkeypatch):
    from checker.cli import main

    monkeypatch.chdir(tmp_path)
    Path("pyproject.toml").write_text('[tool.checker]\ncache-size = "60 KB"\n', encoding="utf-8")
    stale = [_entry(tmp_path / ".checker-cache", f"{i:02x}" * 32 + ".json", 20_000, i) for i in range(3)]
    assert main(["report", str(SEEDS), "-f", "json", "-o", "report.json"]) == 1
    total = sum(p.stat().st_size for p in (tmp_path / ".checker-cache").rglob("*") if p.is_file())
    assert not any(p.exists() for p in stale) and total <= 60_000 * 0.9 + 1_000
    assert main(["report", str(SEEDS), "-f", "json", "-o", "again.json"]) == 1
    assert Path("again.json").read_bytes() == Path("report.json").read_bytes()
