"""Reading user files as UTF-8 text, safely, and mapping offsets to 1-based lines and columns."""

from __future__ import annotations

import bisect
import codecs
import errno
import os
import re
import stat
from pathlib import Path

from checker.errors import InputError

__all__ = [
    "SOURCE_MAX_BYTES",
    "CLAIM_FILE_MAX_BYTES",
    "CLAIM_FILE_MAX_LINE",
    "read_text",
    "decode_text",
    "read_source_text",
    "read_claim_text",
    "special_kind",
    "line_col",
    "LineIndex",
]

# An article is tens of kilobytes; 10 MiB is a hundred times the longest news page, yet still passes
# the regex layer (about 35 MB/s) in well under a second. Anything bigger is a dump or a wrong file,
# and is refused from its size alone, before a byte of it is read.
SOURCE_MAX_BYTES = 10 * 1024 * 1024

# Claim files are written by hand, and the YAML parser is pure Python: it reads about 0.4 MB/s here
# (1.8 MB of claims took 4.6 s), so 1 MiB caps one load near 2.5 s while still holding about 5,000
# claims. A bigger corpus splits naturally into one file per story.
CLAIM_FILE_MAX_BYTES = 1024 * 1024

# A hand-written claim file has no reason for a line this long (a quote is a phrase, not a page);
# one usually means a minified or generated file, whose errors could not be shown on one line.
CLAIM_FILE_MAX_LINE = 10_000

# CRLF, LF and a lone CR each end one line; nothing else does (not U+2028, not form feed).
_LINE_END = re.compile(r"\r\n?|\n")

_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
)
_UTF16_32_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def _size_text(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MiB"
    if n >= 1024:
        return f"{n / 1024:.1f} KiB"
    return f"{n} bytes"


_SPECIAL_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def special_kind(path: str | os.PathLike[str]) -> str | None:
    """What stands at path when it is not a regular file ("a named pipe", "a symbolic link loop", ...);
    None for a regular file (through links) or nothing at all."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "a symbolic link loop"
        return "a broken symbolic link" if os.path.islink(path) else None
    except ValueError:
        return None
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _SPECIAL_KINDS if test(mode)), "a special file")


def _open_error(path: Path, error: OSError) -> InputError:
    if error.errno == errno.ELOOP:
        return InputError(path, "symbolic link loop: the link leads back to itself, never to a file")
    if error.errno == errno.ENOENT:
        if path.is_symlink():
            return InputError(path, "broken symbolic link: its target does not exist")
        return InputError(path, "no such file")
    if error.errno == errno.EISDIR:
        return InputError(path, "is a directory, not a file")
    if error.errno in (errno.EACCES, errno.EPERM):
        return InputError(path, "permission denied")
    if error.errno == errno.ENOTDIR:
        return InputError(path, "no such file (a parent in the path is not a directory)")
    return InputError(path, f"cannot read: {error.strerror or error}")


def read_text(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = SOURCE_MAX_BYTES,
    max_line: int | None = None,
    what: str = "file",
) -> str:
    """The UTF-8 text of a regular file, with a leading BOM removed and line ends left as they are.

    Raises InputError for a missing path, a directory or other non-regular file, an empty or
    whitespace-only file, binary content (NUL bytes, known binary formats, UTF-16/32), bytes that
    are not UTF-8 (located by byte offset, line and column), a file over `max_bytes`, or a line
    longer than `max_line` characters. `what` names the kind of file in messages ("source").
    """
    path = Path(path)
    try:
        info = path.stat()
    except OSError as error:
        raise _open_error(path, error) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(path, "is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        # A FIFO or device would block or never end: refuse it before opening.
        raise InputError(path, f"not a regular file ({special_kind(path) or 'a pipe, socket or device'})")
    if info.st_size > max_bytes:
        raise InputError(
            path, f"{what} is {_size_text(info.st_size)}, over the {_size_text(max_bytes)} limit"
        )
    try:
        with path.open("rb") as handle:
            # One byte more than allowed, in case the file grew since stat().
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise _open_error(path, error) from None
    if len(data) > max_bytes:
        raise InputError(path, f"{what} is over the {_size_text(max_bytes)} limit")
    return decode_text(data, path, max_line=max_line, what=what)


def decode_text(data: bytes, path: str | os.PathLike[str], *, max_line: int | None = None, what: str = "file") -> str:
    """Bytes read from `path` as UTF-8 text, with the checks `read_text` describes (except size)."""
    if not data:
        raise InputError(path, f"empty {what}")
    for bom, name in _UTF16_32_BOMS:
        if data.startswith(bom):
            raise InputError(path, f"{name} text is not supported: save the {what} as UTF-8")
    for magic, name in _MAGIC:
        if data.startswith(magic):
            raise InputError(path, f"binary file: looks like {name}, not text")
    nul = data.find(b"\x00")
    if nul >= 0:
        text_before = data[:nul].decode("utf-8", errors="replace").removeprefix("\ufeff")
        line, column = line_col(text_before, len(text_before))
        raise InputError(
            path, f"binary file: NUL byte at byte offset {nul}", line=line, column=column
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _decode_error(path, data, error) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError(path, f"{what} contains only whitespace" if text else f"empty {what}")
    if max_line is not None:
        _check_line_length(text, path, max_line)
    return text


def _decode_error(path: str | os.PathLike[str], data: bytes, error: UnicodeDecodeError) -> InputError:
    # Everything before the first bad byte is valid UTF-8, so its decoded length gives the column.
    before = data[: error.start].decode("utf-8").removeprefix("\ufeff")
    line, column = line_col(before, len(before))
    bad = data[error.start : error.start + 1].hex().upper()
    return InputError(
        path,
        f"not valid UTF-8: byte 0x{bad} at byte offset {error.start}; save the file as UTF-8",
        line=line,
        column=column,
    )


def _check_line_length(text: str, path: str | os.PathLike[str], max_line: int) -> None:
    start = 0
    line = 1
    for match in _LINE_END.finditer(text):
        if match.start() - start > max_line:
            break
        start = match.end()
        line += 1
    else:
        if len(text) - start <= max_line:
            return
    raise InputError(
        path,
        f"line longer than {max_line:,} characters: a claim file line should hold one field",
        line=line,
        column=max_line + 1,
    )


def read_source_text(path: str | os.PathLike[str]) -> str:
    """The text of a source article: up to SOURCE_MAX_BYTES, lines of any length."""
    return read_text(path, max_bytes=SOURCE_MAX_BYTES, what="source")


def read_claim_text(path: str | os.PathLike[str], what: str = "claim file") -> str:
    """The text of a claim file (or another hand-written YAML file, named by `what` in messages): up to
    CLAIM_FILE_MAX_BYTES, lines up to CLAIM_FILE_MAX_LINE characters."""
    return read_text(path, max_bytes=CLAIM_FILE_MAX_BYTES, max_line=CLAIM_FILE_MAX_LINE, what=what)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """The 1-based (line, column) of text[offset]; CRLF, LF and a lone CR each end one line.

    Columns count code points. An offset between the CR and LF of a CRLF stays on the CR's line.
    For many lookups in one text, build a LineIndex instead.
    """
    if not 0 <= offset <= len(text):
        raise ValueError(f"offset {offset} outside text of length {len(text)}")
    if 0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n":
        line, column = line_col(text, offset - 1)
        return line, column + 1
    prefix = text[:offset]
    line = prefix.count("\n") + prefix.count("\r") - prefix.count("\r\n") + 1
    line_start = max(prefix.rfind("\n"), prefix.rfind("\r")) + 1
    return line, offset - line_start + 1


class LineIndex:
    """Line starts of one text, for many offset-to-(line, column) lookups in O(log n) each."""

    __slots__ = ("_starts", "_length")

    def __init__(self, text: str) -> None:
        self._starts = [0]
        self._starts.extend(match.end() for match in _LINE_END.finditer(text))
        self._length = len(text)

    def line_col(self, offset: int) -> tuple[int, int]:
        """The same answer as line_col(text, offset)."""
        if not 0 <= offset <= self._length:
            raise ValueError(f"offset {offset} outside text of length {self._length}")
        index = bisect.bisect_right(self._starts, offset) - 1
        return index + 1, offset - self._starts[index] + 1

    @property
    def line_count(self) -> int:
        return len(self._starts)
