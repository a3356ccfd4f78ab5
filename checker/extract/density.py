"""Stretches too dense with figures to be prose (a table flattened into one line, or junk): skipped, and said so."""

from __future__ import annotations

import bisect
import re
from functools import cache

from checker.extract.numbers import WORD_TOKENS
from checker.extract.word_dispatch import trie
from checker.normalize.dates import MONTHS, WEEKDAYS

__all__ = ["DENSE_FIGURES", "DENSE_WINDOW", "blank_dense", "dense_stretches"]

# News prose holds at most about 26 figures in any 2,000 characters (the seeds and the eight outlets of the
# news suite); 64 is two and a half times that. Denser text is a table or junk: the prose grammar misreads
# it, and reading it costs seconds per megabyte.
DENSE_WINDOW = 2000
DENSE_FIGURES = 64
# Figures further apart than twice the dense spacing are no longer part of a stretch.
_SPARSE_GAP = 2 * DENSE_WINDOW // DENSE_FIGURES
_LINE_BREAK = re.compile(r"\r\n?|\n")


@cache
def _figure_start(ignore_case: bool):
    """Where a figure can start: a run of digits, a number word, a month or weekday name."""
    # Words that are mostly not figures in prose ("a", "may", "second", "sun") would make prose look dense.
    prose = {"a", "an", "may", "march", "second", "sun", "sat", "single", "pair", "couple", "half", "quarter",
             "quarters", "point", "minus", "cr", "kr", "lac", "dz", "doz"}
    words = sorted(w for w in {*WORD_TOKENS, *MONTHS, *WEEKDAYS} if w.isalpha() and w not in prose)
    firsts = "".join(sorted({w[0] for w in words}))
    return re.compile(rf"(?<![a-z0-9])(?=[0-9{firsts}])(?:[0-9]+|(?:{trie(words)})(?![a-z]))",
                      re.IGNORECASE if ignore_case else 0)


def dense_stretches(text: str) -> list[tuple[int, int]]:
    """The stretches of text where DENSE_FIGURES figures fall within DENSE_WINDOW characters.

    A stretch lies within one line and ends where its figures thin out, so a figure of the prose next to
    a table stays outside it.
    """
    lower = text.lower()
    # Lower-casing can change a text's length; then case is ignored instead, so offsets stay the text's own.
    same = len(lower) == len(text)
    spans = [m.span() for m in _figure_start(not same).finditer(lower if same else text)]
    if len(spans) < DENSE_FIGURES:
        return []
    last = DENSE_FIGURES - 1
    starts = [start for start, _ in spans]
    dense = [b - a < DENSE_WINDOW for a, b in zip(starts, starts[last:])]
    if not any(dense):
        return []
    # A window never spans lines: a table's line is dense, the prose line before it is not.
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
    if breaks:
        lines = [bisect.bisect_left(breaks, start) for start in starts]
        dense = [d and a == b for d, a, b in zip(dense, lines, lines[last:])]
    runs: list[list[int]] = []  # [first, last] indexes of figures in dense windows, merged
    i = _next_dense(dense, 0)
    while i < len(dense):
        if runs and i <= runs[-1][1]:
            runs[-1][1] = i + last
        else:
            runs.append([i, i + last])
        i = _next_dense(dense, i + 1)
    out = []
    for first, final in runs:
        while first < final and spans[first + 1][0] - spans[first][1] > _SPARSE_GAP:
            first += 1
        while final > first and spans[final][0] - spans[final - 1][1] > _SPARSE_GAP:
            final -= 1
        out.append((spans[first][0], spans[final][1]))
    return out


def _next_dense(dense: list[bool], i: int) -> int:
    try:
        return dense.index(True, i)
    except ValueError:
        return len(dense)


def blank_dense(text: str, stretches: list[tuple[int, int]]) -> str:
    """text with each stretch replaced by spaces: offsets elsewhere are unchanged."""
    if not stretches:
        return text
    pieces, pos = [], 0
    for start, end in stretches:
        pieces += [text[pos:start], " " * (end - start)]
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)
