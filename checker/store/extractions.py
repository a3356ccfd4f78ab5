"""Each source's extraction, stored as checked JSON under its key."""

from __future__ import annotations

import functools
from pathlib import Path

from pydantic import TypeAdapter

from checker.model import Extraction
from checker.store.files import read_checked, write_checked

__all__ = ["ExtractionCache", "dump_extraction", "load_extraction"]


@functools.cache
def _adapter() -> TypeAdapter:
    return TypeAdapter(Extraction)


def dump_extraction(extraction: Extraction) -> bytes:
    """One source's extraction as JSON bytes: plain data, safe to read back whoever wrote the file."""
    return _adapter().dump_json(extraction)


def load_extraction(data: bytes) -> Extraction:
    """An extraction from dump_extraction's bytes, validated again (a planted file cannot inject objects)."""
    return _adapter().validate_json(data)


class ExtractionCache:
    """Each source's extraction stored one JSON file per key under a folder, after its checked digest
    (write_checked): a missing, torn, edited or foreign entry reads as a miss, and the source is read again."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Extraction | None:
        body = read_checked(self._path(key))
        try:
            found = None if body is None else load_extraction(body)
        except ValueError:  # an entry of an older layout: extract again and overwrite it
            found = None
        if found is None:
            self.misses += 1
            return None
        self.hits += 1
        return found

    def put(self, key: str, extraction: Extraction) -> None:
        """Write atomically (temporary file, then rename); a cache that cannot be written is skipped."""
        write_checked(self._path(key), dump_extraction(extraction), self.folder)
