"""A strict YAML 1.2 loader: plain data plus the line and column of every key and value.

Built on ruamel.yaml's event stream (the parser, not its constructor), so that this module alone
decides what a document may contain:
- one document per file; an empty file is an error;
- no anchors or aliases (a "billion laughs" document is refused at its first anchor);
- no explicit tags (`!!python/object`, `!custom`, even `!!str`): types come from the schema;
- no duplicate mapping keys (reported at the second key, naming the first);
- nesting at most MAX_DEPTH levels deep (built without recursion, so 10,000 `[` cannot overflow);
- plain scalars are typed by the YAML 1.2 core schema: `NO`, `yes` and `on` stay strings,
  `2026-02-04` stays a string, `.nan` and `.inf` become floats for the schema layer to refuse;
- an integer with a leading zero (`010`) is refused: YAML 1.1 reads it as octal, 1.2 as decimal;
- mapping keys are always strings, taken as written (`001:` is the key "001").
Parser errors (tabs, bad indentation, an unclosed quote) become one-line InputErrors at path:line:col.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from typing import Any

from checker.errors import InputError
from checker.inputs.textio import LineIndex, read_claim_text

__all__ = ["MAX_DEPTH", "YamlDocument", "YamlPath", "load_yaml", "parse_yaml"]

MAX_DEPTH = 32
# Integer literals longer than this are refused before int() sees them (Python caps int parsing at
# 4300 digits; no figure in a claim file needs more than a handful).
_MAX_INT_CHARS = 100

YamlPath = tuple[str | int, ...]

# YAML 1.2.2 core schema, section 10.3.2.
_NULL = re.compile(r"null|Null|NULL|~")
_TRUE = re.compile(r"true|True|TRUE")
_FALSE = re.compile(r"false|False|FALSE")
_INT10 = re.compile(r"[-+]?[0-9]+")
_INT8 = re.compile(r"0o[0-7]+")
_INT16 = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_INF = re.compile(r"[-+]?\.(?:inf|Inf|INF)")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)")
_CORE_TAG = "tag:yaml.org,2002:"
_LEADING_ZERO = re.compile(r"[-+]?0[0-9]+")


@dataclass(frozen=True)
class YamlDocument:
    """A loaded document: `data` as plain Python, and 1-based positions keyed by path tuples.

    A path is a tuple of mapping keys and sequence indices from the root, for example
    ("claims", 0, "value"). `keys[path]` is where that mapping key is written; `values[path]` is
    where the value (or sequence item) starts; `values[()]` is the root.
    """

    path: str
    data: Any
    keys: dict[YamlPath, tuple[int, int]] = field(repr=False)
    values: dict[YamlPath, tuple[int, int]] = field(repr=False)

    def position(self, where: YamlPath, *, key: bool = False) -> tuple[int, int]:
        """The (line, column) of `where`, or of its nearest ancestor present in the document.

        With key=True, a mapping entry is located at its key rather than its value.
        """
        where = tuple(where)
        while where:
            if key and where in self.keys:
                return self.keys[where]
            if where in self.values:
                return self.values[where]
            if where in self.keys:
                return self.keys[where]
            where = where[:-1]
        return self.values.get((), (1, 1))

    def error(self, where: YamlPath, message: str, *, key: bool = False) -> InputError:
        """An InputError located at `where` (see position)."""
        line, column = self.position(where, key=key)
        return InputError(self.path, message, line=line, column=column)


def load_yaml(path: str | os.PathLike[str]) -> YamlDocument:
    """Read a hand-written YAML file (claim-file size limits) and parse it strictly."""
    return parse_yaml(read_claim_text(path), path)


def _resolve_plain(text: str) -> Any:
    """A plain (unquoted) scalar typed by the YAML 1.2 core schema; ValueError for traps."""
    if text == "" or _NULL.fullmatch(text):
        return None
    if _TRUE.fullmatch(text):
        return True
    if _FALSE.fullmatch(text):
        return False
    if _INT10.fullmatch(text):
        if len(text) > _MAX_INT_CHARS:
            raise ValueError(f"integer of {len(text)} characters is too long")
        if _LEADING_ZERO.fullmatch(text):
            raise ValueError(
                f"'{text}' has a leading zero: YAML 1.1 reads it as octal, YAML 1.2 as decimal;"
                f" write it without the zero, or quote it if it is text"
            )
        return int(text)
    if _INT8.fullmatch(text):
        return int(text[2:], 8) if len(text) <= _MAX_INT_CHARS else _too_long(text)
    if _INT16.fullmatch(text):
        return int(text[2:], 16) if len(text) <= _MAX_INT_CHARS else _too_long(text)
    if _FLOAT.fullmatch(text):
        return float(text)
    if _INF.fullmatch(text):
        return -math.inf if text.startswith("-") else math.inf
    if _NAN.fullmatch(text):
        return math.nan
    return text


def _too_long(text: str) -> Any:
    raise ValueError(f"integer of {len(text)} characters is too long")


class _Frame:
    __slots__ = ("container", "path", "key", "is_map")

    def __init__(self, container: dict | list, path: YamlPath) -> None:
        self.container = container
        self.path = path
        self.key: str | None = None
        self.is_map = isinstance(container, dict)


def parse_yaml(text: str, path: str | os.PathLike[str] = "<string>") -> YamlDocument:
    """Parse one YAML document from text; every problem is an InputError at path:line:col."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError
    from ruamel.yaml.reader import ReaderError

    path = os.fspath(path)
    index = LineIndex(text)
    try:
        return _build(YAML(typ="safe", pure=True).parse(text), text, path, index)
    except InputError:
        raise
    except MarkedYAMLError as error:
        raise _parser_error(error, path, index, len(text)) from None
    except ReaderError as error:
        line, column = index.line_col(min(error.position, len(text)))
        character = error.character if isinstance(error.character, int) else ord(error.character[:1] or "\0")
        raise InputError(
            path, f"character U+{character:04X} is not allowed in YAML", line=line, column=column
        ) from None
    except YAMLError as error:
        raise InputError(path, f"invalid YAML: {_first_line(str(error))}") from None
    except RecursionError:
        raise InputError(path, f"nesting too deep (limit {MAX_DEPTH} levels)") from None


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "unknown error"


def _parser_error(error: Any, path: str, index: LineIndex, length: int) -> InputError:
    problem = _first_line(error.problem or "") if error.problem else None
    context = _first_line(error.context) if error.context else None
    mark = error.problem_mark or error.context_mark
    where = index.line_col(min(mark.index, length)) if mark is not None else (None, None)
    if context and "quoted scalar" in context and error.context_mark is not None:
        # The end of file is a useless place to report an unclosed quote: point at where it opens.
        line, column = index.line_col(min(error.context_mark.index, length))
        return InputError(
            path, "unclosed quote: this quoted value never ends", line=line, column=column
        )
    if problem and "'\\t'" in problem:
        message = "tab character: YAML indentation must use spaces"
    elif problem and problem.startswith("expected <block end>"):
        message = "bad indentation: this line does not line up with the lines above it"
    elif problem and context:
        message = f"invalid YAML: {problem} ({context})"
    else:
        message = f"invalid YAML: {problem or context or 'unknown error'}"
    return InputError(path, message, line=where[0], column=where[1])


def _build(events: Any, text: str, path: str, index: LineIndex) -> YamlDocument:
    from ruamel.yaml.events import (AliasEvent, CollectionEndEvent, DocumentStartEvent, MappingStartEvent, ScalarEvent,
                                    SequenceStartEvent, StreamEndEvent)

    keys: dict[YamlPath, tuple[int, int]] = {}
    values: dict[YamlPath, tuple[int, int]] = {}
    stack: list[_Frame] = []
    root: Any = None
    documents = 0

    def fail(event: Any, message: str) -> InputError:
        line, column = index.line_col(min(event.start_mark.index, len(text)))
        return InputError(path, message, line=line, column=column)

    def place(event: Any, value: Any) -> YamlPath:
        """Put a node into its parent; return its path. Keys are recorded, not placed."""
        nonlocal root
        position = index.line_col(min(event.start_mark.index, len(text)))
        if not stack:
            root = value
            values[()] = position
            return ()
        frame = stack[-1]
        if not frame.is_map:
            item_path = frame.path + (len(frame.container),)
            frame.container.append(value)
            values[item_path] = position
            return item_path
        if frame.key is None:
            raise AssertionError("key handled by caller")
        entry_path = frame.path + (frame.key,)
        frame.container[frame.key] = value
        values[entry_path] = position
        frame.key = None
        return entry_path

    for event in events:
        if isinstance(event, AliasEvent):
            raise fail(event, f"alias '*{event.anchor}': YAML anchors and aliases are not allowed")
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise fail(event, f"anchor '&{anchor}': YAML anchors and aliases are not allowed")
        tag = getattr(event, "tag", None)
        if tag is not None:
            shown = "!!" + tag[len(_CORE_TAG) :] if tag.startswith(_CORE_TAG) else tag
            raise fail(event, f"unsupported tag '{shown}': remove it, values are typed by the schema")
        if isinstance(event, DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise fail(event, "only one YAML document per file: remove the second '---'")
            version = getattr(event, "version", None)
            if version is not None and tuple(version) != (1, 2):
                raise fail(event, "only YAML 1.2 is supported: remove the %YAML directive")
            continue
        if isinstance(event, StreamEndEvent):
            break
        if isinstance(event, CollectionEndEvent):
            stack.pop()
            continue
        if isinstance(event, (ScalarEvent, MappingStartEvent, SequenceStartEvent)):
            frame = stack[-1] if stack else None
            if frame is not None and frame.is_map and frame.key is None:
                # This node is a mapping key.
                if not isinstance(event, ScalarEvent):
                    raise fail(event, "a mapping key must be a plain string, not a list or mapping")
                key = event.value
                if key == "":
                    raise fail(event, "empty mapping key")
                key_path = frame.path + (key,)
                if key in frame.container:
                    first_line, first_column = keys[key_path]
                    raise fail(
                        event,
                        f"duplicate key '{key}' (first at line {first_line}, column {first_column})",
                    )
                keys[key_path] = index.line_col(min(event.start_mark.index, len(text)))
                frame.key = key
                continue
            if isinstance(event, ScalarEvent):
                if event.style is None:
                    try:
                        value = _resolve_plain(event.value)
                    except ValueError as error:
                        raise fail(event, str(error)) from None
                else:
                    value = event.value
                place(event, value)
                continue
            container: dict | list = {} if isinstance(event, MappingStartEvent) else []
            container_path = place(event, container)
            if len(stack) >= MAX_DEPTH:
                raise fail(event, f"nesting deeper than {MAX_DEPTH} levels")
            stack.append(_Frame(container, container_path))
    if documents == 0:
        raise InputError(path, "empty document: the file has no YAML content", line=1, column=1)
    return YamlDocument(path=path, data=root, keys=keys, values=values)
