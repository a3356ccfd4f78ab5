"""Settings from `[tool.checker]` in pyproject.toml, checked key by key."""

from __future__ import annotations

import math
import os
import re
from dataclasses import fields
from pathlib import Path
from typing import Any

from checker.errors import InputError, did_you_mean
from checker.judge.context import Tolerances
from checker.model import SEVERITY_RANK

__all__ = ["Config", "load_config", "find_pyproject", "locate_key", "KEYS"]

KEYS = ("select", "ignore", "severity", "tolerances", "fail-on", "vocabulary", "names", "vague", "bands", "baseline",
        "cache-size")
_TOLERANCE_KEYS = tuple(f.name for f in fields(Tolerances))
_BAND_KEYS = ("about", "nearly", "just_over")


class Config:
    """The checked settings; defaults where pyproject.toml says nothing."""

    def __init__(self) -> None:
        self.select: tuple[str, ...] = ()
        self.ignore: tuple[str, ...] = ()
        self.severity: dict[str, str] = {}
        self.tolerances = Tolerances()
        self.fail_on = "error"
        self.vocabulary: Path | None = None
        self.names: Path | None = None
        self.vague: dict[str, tuple[float, float, float]] = {}
        self.bands: dict[str, float] = {}
        self.baseline: Path | None = None
        # The cache's bound in bytes; None: checker.store.files.DEFAULT_MAX_BYTES.
        self.cache_size: int | None = None
        self.path: Path | None = None

    def number_policy(self):
        """The NumberPolicy these settings describe (bands and vague magnitudes)."""
        from checker.extract.numbers import DEFAULT_POLICY, NumberPolicy

        if not self.vague and not self.bands:
            return DEFAULT_POLICY
        return NumberPolicy(
            about_band=self.bands.get("about", DEFAULT_POLICY.about_band),
            nearly_band=self.bands.get("nearly", DEFAULT_POLICY.nearly_band),
            just_over_band=self.bands.get("just_over", DEFAULT_POLICY.just_over_band),
            vague={**DEFAULT_POLICY.vague, **self.vague},
        )


def find_pyproject(start: Path | None = None) -> Path | None:
    """The nearest pyproject.toml at or above the working folder."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


# A TOML key: bare, or quoted (escapes are left as they are: enough to find its line).
_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\\n]|\\.)*"|'[^'\n]*')"""
_DOTTED = rf"{_KEY_PART}(?:[ \t]*\.[ \t]*{_KEY_PART})*"
_HEADER = re.compile(rf"[ \t]*\[\[?[ \t]*({_DOTTED})[ \t]*\]")
_ASSIGNMENT = re.compile(rf"[ \t]*({_DOTTED})[ \t]*=")
_INLINE_KEY = re.compile(rf"[{{,][ \t]*({_DOTTED})[ \t]*=")
# Where tomllib says an error is, at the end of its message.
_TOML_POSITION = re.compile(r" \(at (?:line (\d+), column (\d+)|end of document)\)$")
_SIZE = re.compile(r"(\d+(?:\.\d+)?)[ \t]*(b|[kmgt]i?b)?", re.IGNORECASE)
_SIZE_UNITS = {"b": 1, **{f"{p}b": 1000 ** (i + 1) for i, p in enumerate("kmgt")},
               **{f"{p}ib": 1024 ** (i + 1) for i, p in enumerate("kmgt")}}


def _key_parts(dotted: str) -> tuple[str, ...]:
    return tuple(part[1:-1] if part[0] in "\"'" else part for part in re.findall(_KEY_PART, dotted))


def _keys_on(line: str, table: tuple[str, ...]) -> tuple[tuple[str, ...], list[tuple[tuple[str, ...], int]]]:
    """The table in force after a line, and the keys the line defines with their 0-based columns."""
    header = _HEADER.match(line)
    if header:
        table = _key_parts(header.group(1))
        return table, [(table, header.start(1))]
    assignment = _ASSIGNMENT.match(line)
    if not assignment:
        return table, []
    key = table + _key_parts(assignment.group(1))
    return table, [(key, assignment.start(1))] + [(key + _key_parts(m.group(1)), m.start(1))
                                                  for m in _INLINE_KEY.finditer(line, assignment.end())]


def locate_key(text: str, where: tuple[str, ...]) -> tuple[int | None, int | None]:
    """The 1-based (line, column) where a TOML text defines the key at `where` (by a table header, a key,
    a dotted key or a key of an inline table), else its nearest defined ancestor; (None, None) if none.

    A line scanner, not a parser (tomllib keeps no positions): the text has parsed already, so only
    multi-line strings need skipping.
    """
    best: tuple[int, int, int] | None = None
    table: tuple[str, ...] = ()
    closing = None
    for number, line in enumerate(text.splitlines(), start=1):
        if closing is not None:
            closing = None if line.count(closing) % 2 else closing
            continue
        table, keys = _keys_on(line, table)
        for key, column in keys:
            if where[:len(key)] == key and (best is None or len(key) > best[0]):
                best = (len(key), number, column + 1)
        closing = next((quotes for quotes in ('"""', "'''") if line.count(quotes) % 2), None)
    return (best[1], best[2]) if best is not None else (None, None)


class _Section:
    """The [tool.checker] table of one pyproject.toml: its errors name the file and the line of the key."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text

    def error(self, where: tuple[str, ...], message: str) -> InputError:
        line, column = locate_key(self.text, ("tool", "checker", *where))
        return InputError(self.path, f"[tool.checker] {message}", line=line, column=column)


def _strings(section: _Section, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise section.error((key,), f"'{key}' must be a list of rule codes or prefixes")
    return tuple(value)


def _number(section: _Section, key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
        raise section.error(tuple(key.split(".")), f"'{key}' must be a finite number of at least 0, not {value!r}")
    return float(value)


def _toml_error(path: Path, text: str, message: str) -> InputError:
    """tomllib's error as path:line:col: message."""
    from checker.inputs.textio import line_col

    found = _TOML_POSITION.search(message)
    if found is None:
        return InputError(path, f"not valid TOML: {message}")
    line, column = (int(found[1]), int(found[2])) if found[1] else line_col(text, len(text))
    return InputError(path, f"not valid TOML: {message[:found.start()]}", line=line, column=column)


def _size(section: _Section, key: str, value: Any) -> int:
    """A size in bytes: a whole number of bytes, or a string such as "500 MB" or "2 GiB"."""
    found = _SIZE.fullmatch(value.strip()) if isinstance(value, str) else None
    if found:
        value = float(found[1]) * _SIZE_UNITS[(found[2] or "b").lower()]
    elif isinstance(value, bool) or not isinstance(value, int):
        value = 0
    if not 1 <= value < 2 ** 63:
        raise section.error((key,), f"'{key}' must be a size such as \"500 MB\" or \"2 GiB\" (or a number of bytes)")
    return int(value)


def load_config(path: Path | None = None) -> Config:
    """Read [tool.checker] from a pyproject.toml (the nearest one when path is None)."""
    import tomllib

    config = Config()
    path = path or find_pyproject()
    if path is None:
        return config
    text = _read(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise _toml_error(path, text, str(e)) from None
    table = data.get("tool", {}).get("checker", {})
    section = _Section(path, text)
    if not isinstance(table, dict):
        raise section.error((), "must be a table")
    config.path = path
    for key, value in table.items():
        if key not in KEYS:
            raise section.error((key,), f"unknown key '{key}'{did_you_mean(key, KEYS)}")
        if key in ("select", "ignore"):
            setattr(config, key, _strings(section, key, value))
        elif key == "severity":
            if not isinstance(value, dict):
                raise section.error((key,), "'severity' must map rule codes to error, warning or info")
            for code, sev in value.items():
                if sev not in SEVERITY_RANK:
                    raise section.error((key, code), f"severity of {code} must be error, warning or info, not {sev!r}")
            config.severity = dict(value)
        elif key == "tolerances":
            if not isinstance(value, dict):
                raise section.error((key,), "'tolerances' must be a table")
            for name in value:
                if name not in _TOLERANCE_KEYS:
                    raise section.error((key, name), f"unknown tolerance '{name}'{did_you_mean(name, _TOLERANCE_KEYS)}")
            config.tolerances = Tolerances(**{k: _number(section, f"tolerances.{k}", v) for k, v in value.items()})
        elif key == "fail-on":
            if value not in SEVERITY_RANK:
                raise section.error((key,), f"'fail-on' must be error, warning or info, not {value!r}")
            config.fail_on = value
        elif key in ("vocabulary", "names", "baseline"):
            if not isinstance(value, str):
                raise section.error((key,), f"'{key}' must be a path")
            setattr(config, key, (path.parent / os.path.expanduser(value)).resolve())
        elif key == "vague":
            if not isinstance(value, dict):
                raise section.error((key,), "'vague' must map words such as dozens to [low, best, high]")
            for word, bounds in value.items():
                if not isinstance(bounds, list) or len(bounds) != 3:
                    raise section.error((key, word), f"vague.{word} must be [low, best, high]")
                low, best, high = (_number(section, f"vague.{word}", b) for b in bounds)
                if not low <= best <= high:
                    raise section.error((key, word), f"vague.{word} must satisfy low <= best <= high")
                config.vague[word] = (low, best, high)
        elif key == "bands":
            if not isinstance(value, dict):
                raise section.error((key,), "'bands' must map about, nearly and just_over to fractions")
            for name in value:
                if name not in _BAND_KEYS:
                    raise section.error((key, name), f"unknown band '{name}'{did_you_mean(name, _BAND_KEYS)}")
            config.bands = {k: _number(section, f"bands.{k}", v) for k, v in value.items()}
        elif key == "cache-size":
            config.cache_size = _size(section, key, value)
    return config


def _read(path: Path) -> str:
    """pyproject.toml's text; InputError for a file that cannot be read as UTF-8 (a pipe is never waited on)."""
    from checker.inputs.textio import special_kind

    kind = special_kind(path)
    if kind is not None:
        raise InputError(path, f"cannot read: {kind}, not a regular file")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise InputError(path, f"cannot read: not valid UTF-8 ({e.reason} at byte offset {e.start})") from None
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from None
