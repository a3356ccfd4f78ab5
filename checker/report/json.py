"""The JSON report: the stable machine contract (schema_version 1) for sources, claims and findings.

Fields named in the contract are never renamed or dropped; later versions only add fields.
Numbers are on each kind's canonical scale: quantities in `unit`, dates as ISO dates, durations in
days; whole numbers print as integers (43, not 43.0); null means unbounded or unknown.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Callable, Iterable, Iterator, Mapping, TextIO

from checker.model import Claim, Finding, Report, Source, day_to_iso
from checker.report.sanitize import escape_json_text, for_json
from checker.report.shared import Locator, number, ordered

__all__ = ["SCHEMA_VERSION", "render", "write", "iter_render", "to_data", "dumps_indented", "dumps_escaped"]

SCHEMA_VERSION = 1

# Record fields shown under another name (location) or not at all.
_CLAIM_FOLDED = {"file", "line", "column"}
_FINDING_FOLDED = {"path", "line", "column"}


def _field(name: str) -> Callable[[dict], Any]:
    return lambda values: values[name]


def _dated(name: str) -> Callable[[dict], Any]:
    """A bound or value of a claim as the contract gives it: a date's as an ISO date."""
    def read(values: dict) -> Any:
        x = values[name]
        return day_to_iso(x) if x is not None and values["kind"] == "date" else x
    return read


def _listed(name: str) -> Callable[[dict], Any]:
    return lambda values: list(values[name])


def _claim_unit(values: dict) -> Any:
    return values["unit"] if values["unit"] or values["kind"] != "duration" else "day"


# Each record's fields in contract order, the one list both serializers read (to_data's plain data and
# iter_render's text): the field's name, how its value is read from the record, and how its text is written
# ("text": any value; "cached": a text that repeats across records; "number"; "params"). A record's location
# follows its fields; fields added to a model later follow that, without a change here.
_SOURCE_FIELDS = (
    ("id", _field("id"), "text"),
    ("path", _field("path"), "text"),
    ("outlet", _field("outlet"), "text"),
    ("title", _field("title"), "text"),
    ("published", _field("published"), "text"),
    ("url", _field("url"), "text"),
    ("wire", _listed("wire"), "text"),
    ("original", _field("original"), "text"),
)
_CLAIM_FIELDS = (
    ("id", _field("id"), "text"),
    ("source", _field("source"), "cached"),
    ("origin", _field("origin"), "cached"),
    ("kind", _field("kind"), "cached"),
    ("metric", _field("metric"), "cached"),
    ("subject", _field("subject"), "cached"),
    ("value", _dated("value"), "number"),
    ("low", _dated("low"), "number"),
    ("high", _dated("high"), "number"),
    ("unit", _claim_unit, "cached"),
    ("qualifier", _field("qualifier"), "cached"),
    ("as_of", _field("as_of"), "cached"),
    ("attributed_to", _field("attributed_to"), "cached"),
    ("quote", _field("quote"), "text"),
    ("start", _field("start"), "text"),
    ("end", _field("end"), "text"),
    ("low_inclusive", _field("low_inclusive"), "text"),
    ("high_inclusive", _field("high_inclusive"), "text"),
    ("event", _field("event"), "cached"),
    ("precision", _field("precision"), "cached"),
    ("window_days", _field("window_days"), "number"),
    ("note", _field("note"), "cached"),
)
_FINDING_FIELDS = (
    ("code", _field("code"), "cached"),
    ("rule", _field("rule"), "cached"),
    ("severity", _field("severity"), "cached"),
    ("message", _field("message"), "text"),
    ("metric", _field("metric"), "cached"),
    ("claims", _listed("claims"), "text"),
    ("sources", _listed("sources"), "text"),
    ("explanation", _field("explanation"), "text"),
    ("fingerprint", _field("fingerprint"), "text"),
    ("category", _field("category"), "cached"),
    ("subject", _field("subject"), "cached"),
    ("template", _field("template"), "cached"),
    ("params", _field("params"), "params"),
)


def _plain(value: Any) -> Any:
    """A value as JSON data: whole floats as ints, dates as ISO text, tuples as lists, text kept exact."""
    kind = type(value)  # the common exact types first: isinstance against typing.Mapping is slow
    if kind is str:
        return value if value.isascii() else for_json(value)  # ASCII holds no lone surrogate
    if kind is dict:
        return {k if type(k) is str and k.isascii() else for_json(str(k)): _plain(v) for k, v in value.items()}
    if value is None or kind is int or kind is bool:
        return value
    if isinstance(value, str):
        return for_json(value)
    if isinstance(value, float):
        return number(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {for_json(str(k)): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


_UNSET_LOCATION = object()


def _record_data(fields, record, location=_UNSET_LOCATION, folded: set[str] = frozenset()) -> dict:
    """A record as plain data in contract order, from its field list."""
    values = record.__dict__
    data = {name: read(values) for name, read, _style in fields}
    if "params" in data:
        data["params"] = dict(sorted(data["params"].items()))
    if location is not _UNSET_LOCATION:
        data["location"] = location.as_dict() if location else None
    _add_remaining(data, record, folded)
    return data


def _add_remaining(data: dict, record, folded: set[str]) -> None:
    """Fields added to the records later appear too, after the known ones, without code changes here."""
    for name, field in type(record).model_fields.items():
        if name not in data and name not in folded and not field.exclude:
            data[name] = getattr(record, name)


def _stats(report: Report) -> dict:
    counts = {
        "sources": len(report.sources),
        "claims": len(report.claims),
        "findings": len(report.findings),
        "error": 0,
        "warning": 0,
        "info": 0,
    }
    for finding in report.findings:
        counts[finding.severity] += 1
    # The engine's own counts (suppressed, baselined, ...) come first; ours fill the gaps.
    return {**counts, **dict(sorted(report.stats.items()))}


def to_data(report: Report, *, texts: Mapping[str, str] | None = None) -> dict:
    """The report as plain JSON-ready data, in contract order."""
    report = ordered(report)
    locator = Locator(report, texts)
    # Each record made plain as it is built: a second copy of the whole report never exists.
    return {
        "schema_version": SCHEMA_VERSION,
        "sources": [_plain(_record_data(_SOURCE_FIELDS, s)) for s in report.sources],
        "claims": [_plain(_record_data(_CLAIM_FIELDS, c, locator.claim(c), _CLAIM_FOLDED)) for c in report.claims],
        "findings": [_plain(_record_data(_FINDING_FIELDS, f, locator.finding(f), _FINDING_FOLDED))
                     for f in report.findings],
        "stats": _plain(_stats(report)),
        "notices": _plain(list(report.notices)),
    }


def render(report: Report, *, rules=None, texts: Mapping[str, str] | None = None, **_options) -> str:
    """The JSON report: indented by 2, UTF-8 text, a trailing newline, the same bytes for the same input."""
    return "".join(iter_render(report, texts=texts))


def write(report: Report, stream: TextIO, *, rules=None, texts: Mapping[str, str] | None = None,
          **_options) -> None:
    """render()'s text written to a text stream piece by piece: the whole text never exists in memory."""
    batch: list[str] = []
    size = 0
    for piece in iter_render(report, texts=texts):
        batch.append(piece)
        size += len(piece)
        if size >= _WRITE_BATCH:  # one write per batch: a call per piece costs more than the pieces
            stream.write("".join(batch))
            batch.clear()
            size = 0
    stream.write("".join(batch))


_WRITE_BATCH = 1 << 20


def iter_render(report: Report, *, texts: Mapping[str, str] | None = None) -> Iterator[str]:
    """render()'s text in pieces, one record at a time: their concatenation is exactly render()'s text.

    A 100,000-article report is over a gigabyte of JSON; made whole, as data and then as text, it
    took ten times that. Each record is written straight to text here, field by field in contract
    order (no dict of the record, no general encoder walking it), and the document's frame (the top
    object and its lists) around them, as dumps_indented would write the whole document.
    """
    report = ordered(report)
    locator = Locator(report, texts)
    places = _Places(report, locator)
    sections: tuple[tuple[str, Iterable, Callable[[Any], str]], ...] = (
        ("sources", report.sources, _source_text),
        ("claims", report.claims, places.claim_text),
        ("findings", report.findings, places.finding_text),
    )
    yield '{\n  "schema_version": ' + _int_text(SCHEMA_VERSION)
    for name, records, text_of in sections:
        yield _section_start(name, bool(records))
        separator = "\n    "
        for record in records:
            yield separator
            yield text_of(record)
            separator = ",\n    "
        if records:
            yield "\n  ]"
    yield ',\n  "stats": ' + _piece(_plain(_stats(report)), "\n  ")
    yield ',\n  "notices": ' + _piece(_plain(list(report.notices)), "\n  ")
    yield "\n}\n"


# ---- records straight to text ------------------------------------------------------------------
# Records stand in the top lists at "\n    ", their fields at "\n      ". Each value is written as
# dumps_indented would write it at that depth, then escaped as escape_json_text would escape the whole
# text: escapes apply inside strings only, and each string is escaped on its own here, which gives
# the same bytes. Values of any type other than text, numbers, booleans, None and lists of text take
# the general path (_plain, then _piece), so they too come out exactly as before.

_FIELD = "\n      "
_NESTED = "\n        "
_SEP = "," + _FIELD
_NESTED_SEP = "," + _NESTED
_TWO_53 = 2.0**53


def _string_text(value: str) -> str:
    if value.isascii():
        # The quoting escapes every C0 character; DEL is the only other ASCII character to escape.
        if "\x7f" in value or "##[" in value:
            return escape_json_text(_quote(value))
        return _quote(value)
    return escape_json_text(_quote(for_json(value)))


def _escaped_quote(value: str) -> str:
    """escape_json_text(_quote(value)): a string as the text, escaped (lone surrogates too, as \\udXXX)."""
    if value.isascii() and "\x7f" not in value and "##[" not in value:
        return _quote(value)
    return escape_json_text(_quote(value))


def _float_value_text(value: float) -> str:
    # number(): whole values as integers below 2**53, infinities as null (NaN is refused, as json refuses it).
    if value.is_integer():
        return _int_text(int(value)) if abs(value) < _TWO_53 else _float_text(value)
    if value != value:
        raise ValueError("Out of range float values are not JSON compliant")
    if value == _INFINITY or value == -_INFINITY:
        return "null"
    return _float_text(value)


def _value_text(value: Any, newline: str = _FIELD) -> str:
    """One field's value as text, standing at `newline`."""
    kind = type(value)
    if kind is str:
        return _string_text(value)
    if value is None:
        return "null"
    if kind is float:
        return _float_value_text(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return _int_text(value)
    if (kind is tuple or kind is list) and all(type(item) is str for item in value):
        if not value:
            return "[]"
        inner = newline + "  "
        return "[" + inner + ("," + inner).join(map(_string_text, value)) + newline + "]"
    return _piece(_plain(value), newline)


def _text_cache(limit: int = 50_000) -> Callable[[Any], str]:
    """_value_text for values that repeat across records (ids of sources, metrics, units, codes): each
    text's quoted form made once, up to `limit` kept at a time."""
    texts: dict[str, str] = {}
    known = texts.get

    def text_of(value: Any) -> str:
        if type(value) is not str:  # None, numbers: cheap already, and 1 == 1.0 == True would collide
            return "null" if value is None else _value_text(value)
        text = known(value)
        if text is None:
            if len(texts) >= limit:
                texts.clear()
            text = texts[value] = _string_text(value)
        return text

    return text_of


def _number_text(value: Any) -> str:
    return _float_value_text(value) if type(value) is float else _value_text(value)


_KEY_TEXTS: dict[str, str] = {}


def _key_text(name: str) -> str:
    try:
        return _KEY_TEXTS[name]
    except KeyError:
        text = _KEY_TEXTS[name] = _string_text(name) + ": "
        return text


_REMAINING: dict[tuple[type, frozenset], tuple[str, ...]] = {}


def _remaining(record, known: frozenset) -> tuple[str, ...]:
    """The record type's fields not written by name (added to the records later), in declaration order."""
    key = (type(record), known)
    names = _REMAINING.get(key)
    if names is None:
        names = _REMAINING[key] = tuple(n for n, f in type(record).model_fields.items() if n not in known and not f.exclude)
    return names


def _tail(record, values: dict, known: frozenset) -> str:
    names = _remaining(record, known)
    if not names:
        return ""
    return "".join(_SEP + _key_text(name) + _value_text(values[name]) for name in names)


def _known(fields, folded: set[str] = frozenset(), located: bool = True) -> frozenset:
    """The fields a record's text names (its field list, its location), so the rest follow after them."""
    return frozenset((*(name for name, _read, _style in fields), *(("location",) if located else ()), *folded))


_SOURCE_KNOWN = _known(_SOURCE_FIELDS, located=False)
_CLAIM_KNOWN = _known(_CLAIM_FIELDS, _CLAIM_FOLDED)
_FINDING_KNOWN = _known(_FINDING_FIELDS, _FINDING_FOLDED)


def _fields_text(fields, values: dict, cached: Callable[[Any], str]) -> str:
    """A record's fields as text in contract order, each written as dumps_indented then escape_json_text would."""
    parts = []
    separator = "{" + _FIELD
    for name, read, style in fields:
        value = read(values)
        parts.append(separator)
        parts.append(_key_text(name))
        parts.append(cached(value) if style == "cached" else _number_text(value) if style == "number"
                     else _params_text(value) if style == "params" else _value_text(value))
        separator = _SEP
    return "".join(parts)


def _source_text(source: Source) -> str:
    values = source.__dict__
    return _fields_text(_SOURCE_FIELDS, values, _value_text) + _tail(source, values, _SOURCE_KNOWN) + "\n    }"


def _location_text(place: tuple | None) -> str:
    if place is None:
        return "null"
    path, line, column = place
    return "".join((
        '{\n        "path": ', _value_text(path, _NESTED),
        ',\n        "line": ', _value_text(line, _NESTED),
        ',\n        "column": ', _value_text(column, _NESTED),
        "\n      }",
    ))


def _params_text(params: dict) -> str:
    if not params:
        return "{}"
    items = sorted(params.items())
    if not all(type(k) is str and k.isascii() for k, _ in items):
        return _piece(_plain(dict(items)), _FIELD)
    return "{" + _NESTED + _NESTED_SEP.join(
        _key_text(k) + _value_text(v, _NESTED) for k, v in items
    ) + _FIELD + "}"


class _Places:
    """Claims' and findings' locations (Locator's answers, as path, line and column), worked out once.

    Claims come sorted by source, so each source's line index is built once; a finding's location is
    its first known claim's, noted while that claim is written, so no index is built twice.
    """

    def __init__(self, report: Report, locator: Locator) -> None:
        self._locator = locator
        self._sources = {s.id: s for s in report.sources}
        self._text = _text_cache()
        self._index_source: object = _UNSET
        self._index = None
        claims = locator.claims
        # The claim each finding is located by (the first whose location is known), when it has no path.
        self._wanted: dict[str, tuple | None] = {}
        for finding in report.findings:
            if finding.path:
                continue
            for claim_id in finding.claims:
                claim = claims.get(claim_id)
                if claim is not None and (claim.file or claim.source in self._sources):
                    self._wanted[claim_id] = None
                    break
        self._claims = claims

    def _claim_place(self, claim: Claim) -> tuple | None:
        if claim.file:
            return (claim.file, claim.line, claim.column if claim.line else None)
        source = self._sources.get(claim.source)
        if source is None:
            return None
        if source.original:
            return (source.original, None, None)
        if self._index_source != claim.source:
            self._index = self._locator.line_index(claim.source)
            self._index_source = claim.source
        index = self._index
        if index is None:
            return (source.path, None, None)
        try:
            line, column = index.line_col(claim.start)
            index.line_col(max(claim.end, claim.start))  # an end beyond the text leaves the line out, as Locator does
        except ValueError:
            return (source.path, None, None)
        return (source.path, line, column)

    def claim_text(self, claim: Claim) -> str:
        values = claim.__dict__
        place = self._claim_place(claim)
        claim_id = values["id"]
        if claim_id in self._wanted and self._claims.get(claim_id) is claim:
            self._wanted[claim_id] = place
        return "".join((
            _fields_text(_CLAIM_FIELDS, values, self._text),
            _SEP, _key_text("location"), _location_text(place),
            _tail(claim, values, _CLAIM_KNOWN),
            "\n    }",
        ))

    def _finding_place(self, finding: Finding) -> tuple | None:
        if finding.path:
            return (finding.path, finding.line, finding.column if finding.line else None)
        for claim_id in finding.claims:
            if claim_id in self._wanted:
                return self._wanted[claim_id]
        for source_id in finding.sources:
            source = self._sources.get(source_id)
            if source is not None:
                return (source.path, None, None)
        return None

    def finding_text(self, finding: Finding) -> str:
        values = finding.__dict__
        return "".join((
            _fields_text(_FINDING_FIELDS, values, self._text),
            _SEP, _key_text("location"), _location_text(self._finding_place(finding)),
            _tail(finding, values, _FINDING_KNOWN),
            "\n    }",
        ))


_UNSET = object()


def _section_start(name: str, filled: bool) -> str:
    return f',\n  {_quote(name)}: ' + ("[" if filled else "[]")


def _piece(value: Any, newline: str) -> str:
    """One value of the document, indented as it stands at `newline`, escaped as escape_json_text does."""
    out: list[str] = []
    try:
        _write(value, out, newline)
        text = "".join(out)
    except (TypeError, ValueError):  # a value plain JSON data never holds: json says what is wrong
        # json.dumps indents nested lines from the value's own depth; no string holds a raw newline.
        text = json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False).replace("\n", newline)
    # Escapes apply inside strings only, and a piece never splits a string: escaping piece by piece
    # gives the bytes escaping the whole text would.
    return escape_json_text(text)


_quote = json.encoder.encode_basestring  # the C function where the interpreter has it
_int_text = int.__repr__
_float_text = float.__repr__
_INFINITY = float("inf")


def dumps_indented(value: Any) -> str:
    """json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False), for plain JSON data (dicts with
    string keys, lists, tuples, strings, numbers, booleans, None), several times faster: the standard
    library encodes an indented document in pure Python. TypeError or ValueError for anything else."""
    out: list[str] = []
    _write(value, out, "\n", _quote)
    return "".join(out)


def dumps_escaped(value: Any, level: int = 0) -> str:
    """escape_json_text(dumps_indented(value)), escaping each string as it is written rather than
    searching the whole text afterwards (escapes apply inside strings only: the same bytes).
    `level` is the nesting depth the value is written at, inside a larger document."""
    out: list[str] = []
    _write(value, out, "\n" + "  " * level, _escaped_quote)
    return "".join(out)


def _scalar(value: Any, quote: Callable[[str], str] = _quote) -> str | None:
    kind = type(value)
    if kind is str:
        return quote(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return _int_text(value)
    if kind is float:
        if value != value or value == _INFINITY or value == -_INFINITY:
            raise ValueError("Out of range float values are not JSON compliant")
        return _float_text(value)
    return None


def _write(value: Any, out: list[str], newline: str, quote: Callable[[str], str] = _quote) -> None:
    text = _scalar(value, quote)
    if text is not None:
        out.append(text)
        return
    if isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        out.append("{")
        separator = inner
        for key, item in value.items():
            if type(key) is not str:
                raise TypeError("only string keys are written here")
            out.append(separator)
            out.append(quote(key))
            out.append(": ")
            text = _scalar(item, quote)
            if text is None:
                _write(item, out, inner, quote)
            else:
                out.append(text)
            separator = "," + inner
        out.append(newline)
        out.append("}")
        return
    if type(value) in (list, tuple):
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        out.append("[")
        separator = inner
        for item in value:
            out.append(separator)
            text = _scalar(item, quote)
            if text is None:
                _write(item, out, inner, quote)
            else:
                out.append(text)
            separator = "," + inner
        out.append(newline)
        out.append("]")
        return
    raise TypeError(f"{type(value).__name__} is not plain JSON data")
