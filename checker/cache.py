"""A cache of extracted claims per source, keyed by content, metadata, checker version and settings."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from checker.model import Claim, Source

__all__ = ["ClaimCache", "settings_digest", "source_key", "default_cache_dir", "dump_claims", "load_claims"]

CACHE_ENV = "CHECKER_CACHE_DIR"
DEFAULT_DIR = ".checker-cache"
# Bump when the stored layout changes; the checker version covers changes to extraction itself.
_FORMAT = "1"


def default_cache_dir() -> Path:
    """$CHECKER_CACHE_DIR, else .checker-cache in the working folder."""
    return Path(os.environ.get(CACHE_ENV) or DEFAULT_DIR)


def _adapter():
    from pydantic import TypeAdapter

    global _ADAPTER
    try:
        return _ADAPTER
    except NameError:
        _ADAPTER = TypeAdapter(list[Claim])
        return _ADAPTER


def dump_claims(claims: list[Claim]) -> bytes:
    """Claims as JSON bytes: plain data, safe to read back whoever wrote the file."""
    return _adapter().dump_json(claims)


def load_claims(data: bytes) -> list[Claim]:
    """Claims from dump_claims' bytes, validated again (a planted file cannot inject objects)."""
    return _adapter().validate_json(data)


def settings_digest(vocabulary: Path, names: Path, number_policy) -> str:
    """What besides a source decides its claims: checker version, vocabulary and names files, number policy."""
    from checker import __version__

    h = hashlib.sha256(f"checker {__version__} cache {_FORMAT} {_code_digest()}\0".encode())
    for path in (vocabulary, names):
        h.update(Path(path).read_bytes())
        h.update(b"\0")
    if number_policy is not None:
        h.update(repr((number_policy.about_band, number_policy.nearly_band, number_policy.just_over_band,
                       sorted(number_policy.vague.items()))).encode())
    return h.hexdigest()


_CODE_DIGEST: str | None = None


def _code_digest() -> str:
    """A digest of the code that turns text into claims: a changed extractor never reads stale entries,
    even when the version number was not bumped (a development checkout)."""
    global _CODE_DIGEST
    if _CODE_DIGEST is None:
        root = Path(__file__).resolve().parent
        files = sorted([*root.glob("extract/*.py"), *root.glob("normalize/*.py"),
                        *(root / name for name in ("vocabulary.py", "model.py", "cache.py"))])
        h = hashlib.sha256()
        for f in files:
            if f.is_file():
                h.update(f.name.encode() + b"\0" + f.read_bytes())
        _CODE_DIGEST = h.hexdigest()
    return _CODE_DIGEST


def source_key(source: Source, text: str, settings: str) -> str:
    """The cache key of one source's claims: its text, the metadata extraction reads, and the settings."""
    h = hashlib.sha256(settings.encode())
    published = source.published.isoformat() if source.published is not None else ""
    h.update(f"\0{source.id}\0{published}\0".encode())
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class ClaimCache:
    """Claims stored one JSON file per key under a folder; a missing or corrupt entry reads as a miss."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> list[Claim] | None:
        try:
            data = self._path(key).read_bytes()
        except OSError:
            self.misses += 1
            return None
        try:
            claims = load_claims(data)
        except ValueError:  # a truncated or tampered entry: extract again and overwrite it
            self.misses += 1
            return None
        self.hits += 1
        return claims

    def put(self, key: str, claims: list[Claim]) -> None:
        """Write atomically (temporary file, then rename); a cache that cannot be written is skipped."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(dump_claims(claims))
                os.replace(tmp, path)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
        except OSError:
            pass
