"""The cache folder: where it is, atomic and checked writes and reads of its entries, and its size bound."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable

__all__ = ["CACHE_ENV", "DEFAULT_DIR", "DEFAULT_MAX_BYTES", "default_cache_dir", "prepare", "write_atomically", "seal_for",
           "read_checked", "write_checked", "prune", "bound_size"]


CACHE_ENV = "CHECKER_CACHE_DIR"


DEFAULT_DIR = ".checker-cache"


# The cache's default bound: a run keeps about 22 KB per article (its claims, the report and its rendering
# as JSON), so 1 GiB holds the runs of about 45,000 articles.
DEFAULT_MAX_BYTES = 1024 ** 3


def default_cache_dir() -> Path:
    """$CHECKER_CACHE_DIR, else .checker-cache in the working folder."""
    return Path(os.environ.get(CACHE_ENV) or DEFAULT_DIR)


_GITIGNORE = "# Created by checker automatically.\n*\n"


_PREPARED: set[str] = set()


def prepare(root: Path) -> None:
    """Create the cache folder with a .gitignore holding `*` (as pytest and ruff do), so that it never shows
    up untracked in a repository; a folder that existed already gets one only under the default name."""
    where = os.path.abspath(root)
    if where in _PREPARED:
        return
    try:
        root.mkdir(parents=True)
        created = True
    except FileExistsError:
        created = False
    if created or root.name == DEFAULT_DIR:
        try:
            with open(root / ".gitignore", "x", encoding="utf-8") as handle:
                handle.write(_GITIGNORE)
        except FileExistsError:
            pass
    _PREPARED.add(where)


# What the cache folder holds: entries named by their 64-hex key in folders named by its first two
# digits (claims at the top, runs and parsed sources.yaml files below), and temporary files beside them.
_ENTRY = re.compile(r"(?:[0-9a-f]{64}\.[a-z.]+|\.tmp-.+)")


_SHARD = re.compile(r"[0-9a-f]{2}")


_KINDS = ("", "runs", "sources")


def _entries(root: Path) -> list[tuple[float, int, str]]:
    """(modification time, size, path) of every file of the cache under root; nothing else found there."""
    found = []
    for kind in _KINDS:
        try:
            shards = [e.path for e in os.scandir(root / kind) if _SHARD.fullmatch(e.name) and e.is_dir()]
        except OSError:
            continue
        for shard in shards:
            try:
                with os.scandir(shard) as entries:
                    for entry in entries:
                        if _ENTRY.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                            info = entry.stat(follow_symlinks=False)
                            found.append((info.st_mtime, info.st_size, entry.path))
            except OSError:
                continue
    return found


def prune(root: Path, max_bytes: int) -> int:
    """Delete the cache's oldest files (last written first) until it holds at most max_bytes, down to 90 %
    of it so that the next runs need not prune again; how many files went.

    Only the cache's own entries are counted and deleted: a --cache-dir given by mistake (a home
    folder) loses nothing else. An entry another run is reading stays readable to it (POSIX), and
    one deleted under a writer only makes that writer skip it.
    """
    entries = _entries(Path(root))
    total = sum(size for _, size, _ in entries)
    if total <= max_bytes:
        return 0
    removed = 0
    for _, size, path in sorted(entries):
        if total <= max_bytes * 0.9:
            break
        try:
            os.unlink(path)
        except OSError:
            continue
        total -= size
        removed += 1
    return removed


def bound_size(root: Path, max_bytes: int) -> int:
    """prune(), when this process wrote to a cache: a run that only read it leaves it as it was, unwalked."""
    return prune(root, max_bytes) if _WROTE else 0


_WROTE = False


def write_atomically(path: Path, data: bytes | Callable[[BinaryIO], object], root: Path) -> None:
    """Temporary file, then rename: readers see the old entry or the new one, never half of one.

    data is the bytes, or a function writing them to the open file piece by piece; root is the cache
    folder the entry belongs to (made with its .gitignore first).
    """
    global _WROTE
    try:
        prepare(root)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                if callable(data):
                    data(f)
                else:
                    f.write(data)
            os.replace(tmp, path)
            _WROTE = True
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except OSError:
        pass


def seal_for(path: Path, body_digest: bytes) -> bytes:
    """An entry's checked header: its body's SHA-256 bound to the entry's file name, which holds its key, so
    that an entry copied in from another key does not check either. It finds damage and edits, not a
    forger who recomputes it."""
    return hashlib.sha256(path.name.encode("utf-8", "surrogatepass") + b"\0" + body_digest).hexdigest().encode()


def read_checked(path: Path) -> bytes | None:
    """The body of an entry written by write_checked; None when it is missing, torn, edited or foreign."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    digest, newline, body = data.partition(b"\n")
    if not newline or seal_for(path, hashlib.sha256(body).digest()) != digest:
        return None
    return body


def write_checked(path: Path, body: bytes, root: Path) -> None:
    """Write body atomically, after a first line holding its seal; a cache that cannot be written is skipped.
    root is the cache folder (made with its .gitignore first)."""
    write_atomically(path, seal_for(path, hashlib.sha256(body).digest()) + b"\n" + body, root)
