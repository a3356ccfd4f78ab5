"""The claim cache: unchanged sources are read back, changed ones extracted again, bad entries ignored."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import checker.extract.pipeline as pipeline
from checker.cache import ClaimCache, settings_digest, source_key
from checker.engine import Options, run
from checker.model import Source
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
    real = pipeline.extract_claims

    def counting(source, text, *args, **kwargs):
        seen.append(source.id)
        return real(source, text, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_claims", counting)
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
    entries = sorted(folder.rglob("*.json"))
    assert len(entries) == 5
    entries[0].write_bytes(b'[{"id": "x", "truncated')
    entries[1].write_bytes(b'[{"id": 1, "source": "s", "kind": "nonsense"}]')
    calls.clear()
    assert render(run([corpus], options), "json") == expected
    assert len(calls) == 2
    calls.clear()
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
    cache = ClaimCache(blocker / "cache")
    cache.put("ab" * 32, [])
    assert cache.get("ab" * 32) is None


def test_changed_extraction_code_invalidates_entries(monkeypatch):
    import checker.cache as cache

    before = settings_digest(DEFAULT_VOCABULARY, DEFAULT_NAMES, None)
    monkeypatch.setattr(cache, "_CODE_DIGEST", "an edited extractor")
    assert settings_digest(DEFAULT_VOCABULARY, DEFAULT_NAMES, None) != before
