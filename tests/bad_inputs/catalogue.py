"""The bad-input catalogue: cases.yaml as records, and the generators for files too big to commit.

Import it by path (tests/ is not a package):

    spec = importlib.util.spec_from_file_location("bad_inputs_catalogue", "tests/bad_inputs/catalogue.py")
    catalogue = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = catalogue
    spec.loader.exec_module(catalogue)

then `load_cases()` gives the cases and `materialize(case, tmp_dir)` the paths to hand to a reader
or to the CLI (generated files are written under tmp_dir; committed ones are returned as they are).
`file_state(path)` is what a writer case must leave unchanged, and `TAMPERS` damage a claim cache.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import socket
import stat
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CATALOGUE", "SOURCES", "Case", "load_cases", "materialize", "GENERATORS", "TAMPERS", "Unsupported",
           "file_state", "tamper_cache"]

CATALOGUE = Path(__file__).resolve().parent
# The sources every claim-file case is validated against.
SOURCES = CATALOGUE / "sources"


@dataclass(frozen=True)
class Case:
    id: str
    reader: str  # "claims", "source", "config", "output", "draft" or "cache"
    paths: tuple[str, ...]
    expect: str  # "error" or "ok"
    message: str | None = None
    line: int | None = None
    column: int | None = None
    checklist: str = ""
    generate: str | None = None
    notice: str | None = None  # a fragment of the note a run that is otherwise ok must print
    tamper: str | None = None  # for reader cache: the name of a TAMPERS function


class Unsupported(Exception):
    """This platform or user cannot make the case's file (a device node needs root)."""


def load_cases() -> list[Case]:
    """Every case of cases.yaml, read with the project's own strict YAML loader."""
    from checker.inputs.yamlsafe import load_yaml

    rows = load_yaml(CATALOGUE / "cases.yaml").data
    cases = [Case(**{**row, "paths": tuple(row["paths"])}) for row in rows]
    ids = [case.id for case in cases]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate case ids in cases.yaml")
    return cases


def _big_claim_file(path: Path) -> None:
    # A sparse file: its size is over the limit, its blocks are never written.
    with path.open("wb") as handle:
        handle.truncate(1024 * 1024 + 1)


def _long_line_claim_file(path: Path) -> None:
    path.write_text("story: test-story\n# " + "x" * 20_000 + "\n", encoding="utf-8")


def _big_source(path: Path) -> None:
    with path.open("wb") as handle:
        handle.truncate(10 * 1024 * 1024 + 1)


def _long_line_source(path: Path) -> None:
    # 1 MB on one line: junk words, digits and punctuation, no line break until the end.
    chunk = "Officials said 28 people, (at least) 43.5% of 1,000 — REUTERS said. "
    path.write_text(chunk * (1_000_000 // len(chunk) + 1) + "\n", encoding="utf-8")


def _fifo(path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        raise Unsupported("no named pipes on this platform")
    os.mkfifo(path)


def _device(path: Path, kind: int, major: int, minor: int) -> None:
    try:
        os.mknod(path, kind | 0o600, os.makedev(major, minor))
    except (AttributeError, PermissionError) as error:
        raise Unsupported(f"cannot make a device node: {error}") from None


def _char_device(path: Path) -> None:
    _device(path, stat.S_IFCHR, 1, 3)  # the numbers of /dev/null


def _block_device(path: Path) -> None:
    _device(path, stat.S_IFBLK, 7, 0)  # a loop device's numbers; never opened, refused from its kind


def _socket(path: Path) -> None:
    if not hasattr(socket, "AF_UNIX"):
        raise Unsupported("no Unix sockets on this platform")
    with socket.socket(socket.AF_UNIX) as bound:
        bound.bind(str(path))


def _symlink_loop(path: Path) -> None:
    path.symlink_to(path.name)


def _existing_claim_file(path: Path) -> None:
    shutil.copyfile(CATALOGUE / "claims" / "ok.yaml", path)


def _source_dir_with(make):
    """A generator of a copy of the good sources folder holding one more source-named entry made by make."""
    def generate(path: Path) -> None:
        shutil.copytree(SOURCES, path)
        make(path / "skipped.txt")
    return generate


GENERATORS = {
    "big_claim_file": _big_claim_file,
    "long_line_claim_file": _long_line_claim_file,
    "big_source": _big_source,
    "long_line_source": _long_line_source,
    "fifo": _fifo,
    "char_device": _char_device,
    "block_device": _block_device,
    "socket": _socket,
    "symlink_loop": _symlink_loop,
    "existing_claim_file": _existing_claim_file,
    "source_dir_with_fifo": _source_dir_with(_fifo),
    "source_dir_with_symlink_loop": _source_dir_with(_symlink_loop),
    "source_dir_with_char_device": _source_dir_with(_char_device),
}


def file_state(path: Path) -> tuple[int, bytes | None] | None:
    """What stands at path (its file type, and a regular file's bytes), which a refused write must not change."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    return stat.S_IFMT(mode), path.read_bytes() if stat.S_ISREG(mode) else None


def _claim_entries(cache: Path) -> list[Path]:
    # Claim entries sit in the cache folder's two-digit shards; runs/ and sources/ hold other entries.
    return sorted(p for p in cache.glob("[0-9a-f][0-9a-f]/*.json"))


def _body(data: bytes) -> bytes:
    return data.partition(b"\n")[2] if re.match(rb"[0-9a-f]{64}\n", data) else data


def _empty_lists(entries: list[Path]) -> None:
    for entry in entries:
        entry.write_bytes(b"[]")


def _digest_over_empty_list(entries: list[Path]) -> None:
    # A digest line that checks the body alone, as an entry's header did before it named its key.
    for entry in entries:
        entry.write_bytes(hashlib.sha256(b"[]").hexdigest().encode() + b"\n[]")


def _edited_values(entries: list[Path]) -> None:
    edits = 0
    for entry in entries:
        data, count = re.subn(rb'("value":)(\d+)', lambda m: m[1] + str(int(m[2]) + 1).encode(), entry.read_bytes())
        entry.write_bytes(data)
        edits += count
    assert edits, "no figure to edit"


def _truncated(entries: list[Path]) -> None:
    for entry in entries:
        data = entry.read_bytes()
        entry.write_bytes(data[: len(data) // 2])


def _copied(entries: list[Path]) -> None:
    # Every entry whole and checked, but the first one's, under other sources' keys.
    for entry in entries[1:]:
        entry.write_bytes(entries[0].read_bytes())


TAMPERS = {
    "empty_lists": _empty_lists,
    "digest_over_empty_list": _digest_over_empty_list,
    "edited_values": _edited_values,
    "truncated": _truncated,
    "copied": _copied,
}


def tamper_cache(case: Case, cache: Path) -> None:
    """Damage every claim entry of a cache as the case says, and drop the whole runs' entries, which would
    otherwise answer before a claim entry is read."""
    entries = _claim_entries(cache)
    assert len(entries) >= 2 and all(_body(e.read_bytes()) != b"[]" for e in entries), entries
    TAMPERS[case.tamper](entries)
    shutil.rmtree(cache / "runs")


def materialize(case: Case, tmp_dir: str | os.PathLike[str]) -> list[Path]:
    """The paths of a case, generating its file under tmp_dir when the case says `generate`."""
    if case.generate is None:
        return [CATALOGUE / path for path in case.paths]
    target = Path(tmp_dir) / case.paths[0]
    GENERATORS[case.generate](target)
    return [target]
