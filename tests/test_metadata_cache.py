"""The parsed sources.yaml cache: same sources as a fresh parse, a miss on any change, damage ignored."""

from __future__ import annotations

from pathlib import Path

import pytest

import checker.inputs.sources as sources_module
from checker.errors import InputErrors
from checker.inputs.sources import load_sources, metadata_cache

METADATA = (
    'a:\n  outlet: "Daily One"\n  title: "Floods"\n  published: "2026-03-02"\n  url: "https://example.org/a"\n'
    '  wire: [Reuters, AFP]\n'
    'b:\n  published: "2026-03-03T09:30:00+04:00"\n'
    'c:\n'
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "src"
    folder.mkdir()
    for name in "abc":
        (folder / f"{name}.txt").write_text(f"Article {name}: 12 people were killed.\n", encoding="utf-8")
    (folder / "sources.yaml").write_text(METADATA, encoding="utf-8")
    return folder


@pytest.fixture
def parses(monkeypatch) -> list[str]:
    seen: list[str] = []
    real = sources_module.parse_yaml

    def counting(text, path="<string>"):
        seen.append(str(path))
        return real(text, path)

    monkeypatch.setattr(sources_module, "parse_yaml", counting)
    return seen


def _entries(cache: Path) -> list[Path]:
    return sorted((cache / "sources").rglob("*.json"))


def test_a_cached_load_equals_a_fresh_one(folder: Path, tmp_path: Path, parses: list[str]):
    fresh = load_sources([folder])
    with metadata_cache(tmp_path / "cache"):
        first = load_sources([folder])
        second = load_sources([folder])
    assert first == second == fresh
    assert len(parses) == 2  # the fresh load and the first cached one; the second read the entry
    assert len(_entries(tmp_path / "cache")) == 1
    by_id = {ls.source.id: ls.source for ls in second}
    assert by_id["a"].wire == ("AFP", "REUTERS") and by_id["b"].published.utcoffset().total_seconds() == 4 * 3600


def test_without_the_block_nothing_is_kept(folder: Path, tmp_path: Path, parses: list[str]):
    with metadata_cache(None):
        load_sources([folder])
    load_sources([folder])
    assert len(parses) == 2 and not (tmp_path / "cache").exists()


@pytest.mark.parametrize("change", ["edited metadata", "source removed", "source added"])
def test_a_change_is_a_miss(change: str, folder: Path, tmp_path: Path, parses: list[str]):
    cache = tmp_path / "cache"
    with metadata_cache(cache):
        load_sources([folder])
        if change == "edited metadata":
            meta = folder / "sources.yaml"
            meta.write_text(meta.read_text(encoding="utf-8").replace("Daily One", "Daily Two"), encoding="utf-8")
            assert {ls.source.id: ls.source.outlet for ls in load_sources([folder])}["a"] == "Daily Two"
        elif change == "source removed":
            (folder / "c.txt").unlink()
            with pytest.raises(InputErrors, match="source 'c' has no file"):
                load_sources([folder])
        else:
            (folder / "d.txt").write_text("Article d.\n", encoding="utf-8")
            assert [ls.source.id for ls in load_sources([folder])] == ["a", "b", "c", "d"]
    assert len(parses) == 2


def test_metadata_with_errors_is_never_kept(folder: Path, tmp_path: Path, parses: list[str]):
    (folder / "sources.yaml").write_text('a:\n  outlett: "Daily One"\n', encoding="utf-8")
    with metadata_cache(tmp_path / "cache"):
        for _ in range(2):
            with pytest.raises(InputErrors, match="unknown field 'outlett'"):
                load_sources([folder])
    assert len(parses) == 2 and _entries(tmp_path / "cache") == []


@pytest.mark.parametrize("body", [b"{not json", b"[]", b'{"a": []}', b'{"a": {"published": ["date", 5]}}',
                                  b'{"a": {"published": ["datetime", "2026-03-02T10:00:00"]}}',
                                  b'{"a": {"wire": "REUTERS"}}', b'{"a": {"colour": "red"}}',
                                  b'{"a": {"outlet": 7}}', b'{"a": {"published": ["date"]}}'])
def test_a_damaged_entry_is_parsed_again_not_trusted(body: bytes, folder: Path, tmp_path: Path,
                                                     parses: list[str]):
    from checker.store.files import write_checked

    cache = tmp_path / "cache"
    with metadata_cache(cache):
        expected = load_sources([folder])
        (entry,) = _entries(cache)
        write_checked(entry, body, cache)  # a valid digest over a body that is not metadata
        assert load_sources([folder]) == expected
        entry.write_bytes(entry.read_bytes()[:-5])  # torn
        assert load_sources([folder]) == expected
    assert len(parses) == 3


def test_an_unwritable_cache_does_not_fail(folder: Path, tmp_path: Path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    with metadata_cache(blocker):
        assert load_sources([folder]) == load_sources([folder])
