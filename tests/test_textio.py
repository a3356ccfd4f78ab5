"""Reading user files as text: refusals, decoding, limits, and offsets to lines and columns."""

from __future__ import annotations

import os
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.errors import InputError
from checker.inputs.textio import (
    CLAIM_FILE_MAX_LINE,
    SOURCE_MAX_BYTES,
    LineIndex,
    line_col,
    read_claim_text,
    read_source_text,
    read_text,
)


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _reference_line_col(text: str, offset: int) -> tuple[int, int]:
    """Walk the text one character at a time: the obviously right answer, slowly."""
    line, column, i = 1, 1, 0
    while i < offset:
        if text[i] == "\r" and i + 1 < len(text) and text[i + 1] == "\n":
            if i + 1 == offset:  # between CR and LF: still on the CR's line
                return line, column + 1
            i += 2
            line, column = line + 1, 1
        elif text[i] in "\r\n":
            i += 1
            line, column = line + 1, 1
        else:
            i += 1
            column += 1
    return line, column


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab\r\n\u2028é", max_size=40), st.data())
def test_line_col_matches_reference_and_index(text, data):
    offset = data.draw(st.integers(min_value=0, max_value=len(text)))
    expected = _reference_line_col(text, offset)
    assert line_col(text, offset) == expected
    assert LineIndex(text).line_col(offset) == expected


def test_line_ends_count_once_each():
    text = "a\r\nb\rc\nd"
    assert [line_col(text, text.index(ch)) for ch in "abcd"] == [(1, 1), (2, 1), (3, 1), (4, 1)]
    # U+2028 and form feed are not line ends: the definition is CRLF, LF, lone CR only.
    assert line_col("a\u2028\x0cb", 3) == (1, 4)


def test_line_col_rejects_out_of_range_offsets():
    with pytest.raises(ValueError):
        line_col("abc", 4)
    with pytest.raises(ValueError):
        LineIndex("abc").line_col(-1)


def test_text_is_returned_exactly_with_line_ends_kept(tmp_path):
    path = _write(tmp_path, "a.txt", "one\r\ntwo\rthree\nfour – é".encode())
    assert read_source_text(path) == "one\r\ntwo\rthree\nfour – é"


def test_bom_is_removed_so_offsets_start_at_the_text(tmp_path):
    path = _write(tmp_path, "a.txt", b"\xef\xbb\xbfREUTERS\n")
    text = read_source_text(path)
    assert text == "REUTERS\n"


@pytest.mark.parametrize(
    "data, fragment, position",
    [
        (b"", "empty source", (None, None)),
        (b" \n\t\r\n", "only whitespace", (None, None)),
        (b"ab\ncd\x00ef", "binary file: NUL byte at byte offset 5", (2, 3)),
        (b"%PDF-1.4\n", "looks like a PDF document", (None, None)),
        (b"\x89PNG\r\n", "looks like a PNG image", (None, None)),
        ("hi".encode("utf-16"), "UTF-16 text is not supported", (None, None)),
        (b"\xff\xfe\x00\x00h\x00\x00\x00", "UTF-32 text is not supported", (None, None)),
        # "é" and "–" are one column each: the column counts characters, not bytes.
        ("line\né–x".encode() + b"\xe9z", "byte 0xE9 at byte offset 11", (2, 4)),
        (b"\xef\xbb\xbfab\xc3", "byte 0xC3 at byte offset 5", (1, 3)),
    ],
)
def test_refusals_are_located(tmp_path, data, fragment, position):
    path = _write(tmp_path, "a.txt", data)
    with pytest.raises(InputError) as caught:
        read_source_text(path)
    assert fragment in caught.value.message
    assert (caught.value.line, caught.value.column) == position
    assert str(caught.value).startswith(str(path))


def test_missing_directory_and_broken_link(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_source_text(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_source_text(tmp_path)
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="broken symbolic link"):
        read_source_text(link)
    with pytest.raises(InputError, match="not a directory"):
        read_source_text(_write(tmp_path, "f.txt", b"x") / "child.txt")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_source_text(fifo)


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads anything")
def test_unreadable_file(tmp_path):
    path = _write(tmp_path, "a.txt", b"x")
    path.chmod(0)
    try:
        with pytest.raises(InputError, match="permission denied"):
            read_source_text(path)
    finally:
        path.chmod(0o644)


def test_size_limit_is_checked_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(SOURCE_MAX_BYTES * 100)  # sparse: 1 GB that is never read
    started = time.perf_counter()
    with pytest.raises(InputError, match=r"source is 1000\.0 MiB, over the 10\.0 MiB limit"):
        read_source_text(path)
    assert time.perf_counter() - started < 0.5


def test_size_limit_is_inclusive(tmp_path):
    path = _write(tmp_path, "a.txt", b"x" * 100)
    assert read_text(path, max_bytes=100) == "x" * 100
    with pytest.raises(InputError, match="over the 99 bytes limit"):
        read_text(path, max_bytes=99)


def test_claim_file_line_limit(tmp_path):
    at_limit = "a: 1\r\n" + "#" * CLAIM_FILE_MAX_LINE + "\r\nb: 2\n"
    assert read_claim_text(_write(tmp_path, "ok.yaml", at_limit.encode())) == at_limit
    over = "a: 1\r\n" + "#" * CLAIM_FILE_MAX_LINE + "#\r\nb: 2\n"
    with pytest.raises(InputError) as caught:
        read_claim_text(_write(tmp_path, "long.yaml", over.encode()))
    assert (caught.value.line, caught.value.column) == (2, CLAIM_FILE_MAX_LINE + 1)
    last_line = "a: 1\n" + "#" * (CLAIM_FILE_MAX_LINE + 1)
    with pytest.raises(InputError) as caught:
        read_claim_text(_write(tmp_path, "last.yaml", last_line.encode()))
    assert caught.value.line == 2


def test_a_one_megabyte_line_source_reads_fast(tmp_path):
    path = _write(tmp_path, "long.txt", ("word 28, " * 120_000).encode())
    started = time.perf_counter()
    text = read_source_text(path)
    index = LineIndex(text)
    assert index.line_col(len(text)) == (1, len(text) + 1)
    assert time.perf_counter() - started < 1.0
