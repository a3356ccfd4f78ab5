"""InputError: the one exception the input layer raises for a bad file (path:line:col); notes on skipped ones."""

from __future__ import annotations

import contextlib
import contextvars
import os
import re
from typing import Callable, Iterator

__all__ = ["InputError", "InputErrors", "one_line", "did_you_mean", "note", "noting"]

# C0 and C1 controls, DEL, and the bidirectional overrides/isolates: none may reach a terminal raw.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\n":
        return "\\n"
    if char == "\r":
        return "\\r"
    if char == "\t":
        return "\\t"
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def did_you_mean(word: str, choices, *, cutoff: float = 70.0) -> str:
    """": did you mean 'x'?" for the closest of choices to word, or "" when none is close."""
    choices = sorted(set(choices))
    if not choices or not word:
        return ""
    folded = word.casefold()
    for choice in choices:
        if choice.casefold() == folded:
            return f": did you mean '{choice}'?"
    prefixed = [choice for choice in choices if choice.startswith(word) and len(word) >= 3]
    if len(prefixed) == 1:
        return f": did you mean '{prefixed[0]}'?"
    from rapidfuzz import fuzz, process, utils

    best = process.extractOne(
        word[:200], choices, scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=cutoff
    )
    return f": did you mean '{best[0]}'?" if best else ""


def one_line(text: str) -> str:
    """Text made safe for one line of a terminal: line breaks and control characters become escapes."""
    return _UNSAFE.sub(_escape, text)


class InputError(Exception):
    """A file could not be read or is not valid; str() is `path:line:col: message` (1-based)."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        message: str,
        *,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.path = os.fspath(path)
        self.message = message
        self.line = line
        # A column without a line says nothing: drop it rather than print a misleading location.
        self.column = column if line is not None else None
        super().__init__(str(self))

    def __str__(self) -> str:
        where = one_line(self.path)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {one_line(self.message)}"

    def __reduce__(self):
        return (_rebuild, (type(self), self.path, self.message, self.line, self.column))

    def sort_key(self) -> tuple[str, int, int, str]:
        """Order errors by file, then position, then text: errors without a line come first."""
        return (self.path, self.line or 0, self.column or 0, self.message)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InputError):
            return NotImplemented
        return (type(self), self.sort_key()) == (type(other), other.sort_key())

    def __hash__(self) -> int:
        return hash(self.sort_key())


class InputErrors(InputError):
    """Several problems found at once; `errors` holds each, sorted, and str() gives one per line."""

    def __init__(self, errors: list[InputError]) -> None:
        if not errors:
            raise ValueError("InputErrors needs at least one error")
        self.errors = sorted(errors, key=InputError.sort_key)
        first = self.errors[0]
        super().__init__(first.path, first.message, line=first.line, column=first.column)

    def __str__(self) -> str:
        return "\n".join(str(error) for error in self.errors)

    def __reduce__(self):
        return (InputErrors, (self.errors,))


def _rebuild(cls, path, message, line, column):
    return cls(path, message, line=line, column=column)


# Who hears of inputs passed over without an error (a named pipe in a source folder), while one listens.
_LISTENER: contextvars.ContextVar[Callable[[str], None] | None] = contextvars.ContextVar("notes", default=None)


@contextlib.contextmanager
def noting(listener: Callable[[str], None]) -> Iterator[None]:
    """Within the block, each note() is passed to listener as one line, `path: note: message`."""
    token = _LISTENER.set(listener)
    try:
        yield
    finally:
        _LISTENER.reset(token)


def note(path: str | os.PathLike[str], message: str) -> None:
    """Say that an input at path was passed over, and why, to whoever listens (noting); else nothing."""
    listener = _LISTENER.get()
    if listener is not None:
        listener(f"{one_line(os.fspath(path))}: note: {one_line(message)}")
