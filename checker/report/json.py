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
from checker.report import Locator, number, ordered
from checker.sanitize import escape_json_text, for_json

__all__ = ["SCHEMA_VERSION", "render", "write", "iter_render", "to_data", "dumps_indented"]

SCHEMA_VERSION = 1

# Record fields shown under another name (location) or not at all.
_CLAIM_FOLDED = {"file", "line", "column"}
_FINDING_FOLDED = {"path", "line", "column"}


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


def _source(source: Source) -> dict:
    data = {
        "id": source.id,
        "path": source.path,
        "outlet": source.outlet,
        "title": source.title,
        "published": source.published,
        "url": source.url,
        "wire": list(source.wire),
        "original": source.original,
    }
    _add_remaining(data, source, set())
    return data


def _scale(claim: Claim, x: float | None):
    if x is None:
        return None
    return day_to_iso(x) if claim.kind == "date" else x


def _claim(claim: Claim, locator: Locator) -> dict:
    location = locator.claim(claim)
    unit = claim.unit if claim.unit or claim.kind != "duration" else "day"
    data = {
        "id": claim.id,
        "source": claim.source,
        "origin": claim.origin,
        "kind": claim.kind,
        "metric": claim.metric,
        "subject": claim.subject,
        "value": _scale(claim, claim.value),
        "low": _scale(claim, claim.low),
        "high": _scale(claim, claim.high),
        "unit": unit,
        "qualifier": claim.qualifier,
        "as_of": claim.as_of,
        "attributed_to": claim.attributed_to,
        "quote": claim.quote,
        "start": claim.start,
        "end": claim.end,
        "low_inclusive": claim.low_inclusive,
        "high_inclusive": claim.high_inclusive,
        "event": claim.event,
        "precision": claim.precision,
        "window_days": claim.window_days,
        "note": claim.note,
        "location": location.as_dict() if location else None,
    }
    _add_remaining(data, claim, _CLAIM_FOLDED)
    return data


def _finding(finding: Finding, locator: Locator) -> dict:
    location = locator.finding(finding)
    data = {
        "code": finding.code,
        "rule": finding.rule,
        "severity": finding.severity,
        "message": finding.message,
        "metric": finding.metric,
        "claims": list(finding.claims),
        "sources": list(finding.sources),
        "explanation": finding.explanation,
        "fingerprint": finding.fingerprint,
        "category": finding.category,
        "subject": finding.subject,
        "template": finding.template,
        "params": dict(sorted(finding.params.items())),
        "location": location.as_dict() if location else None,
    }
    _add_remaining(data, finding, _FINDING_FOLDED)
    return data


def _add_remaining(data: dict, record, folded: set[str]) -> None:
    """Fields added to the records later appear too, after the known ones, without code changes here."""
    for name in type(record).model_fields:
        if name not in data and name not in folded:
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
        "sources": [_plain(_source(s)) for s in report.sources],
        "claims": [_plain(_claim(c, locator)) for c in report.claims],
        "findings": [_plain(_finding(f, locator)) for f in report.findings],
        "stats": _plain(_stats(report)),
        "notices": _plain(list(report.notices)),
    }


def render(report: Report, *, rules=None, texts: Mapping[str, str] | None = None, **_options) -> str:
    """The JSON report: indented by 2, UTF-8 text, a trailing newline, the same bytes for the same input."""
    return "".join(iter_render(report, texts=texts))


def write(report: Report, stream: TextIO, *, rules=None, texts: Mapping[str, str] | None = None,
          **_options) -> None:
    """render()'s text written to a text stream piece by piece: the whole text never exists in memory."""
    for piece in iter_render(report, texts=texts):
        stream.write(piece)


def iter_render(report: Report, *, texts: Mapping[str, str] | None = None) -> Iterator[str]:
    """render()'s text in pieces, one record at a time: their concatenation is exactly render()'s text.

    A 100,000-article report is over a gigabyte of JSON; made whole, as data and then as text, it
    took ten times that. Records are made plain, written and escaped one by one here, and the
    document's frame (the top object and its lists) is written around them as dumps_indented would.
    """
    report = ordered(report)
    locator = Locator(report, texts)
    sections: tuple[tuple[str, Iterable, Callable[[Any], Any]], ...] = (
        ("sources", report.sources, lambda s: _plain(_source(s))),
        ("claims", report.claims, lambda c: _plain(_claim(c, locator))),
        ("findings", report.findings, lambda f: _plain(_finding(f, locator))),
    )
    yield '{\n  "schema_version": ' + _int_text(SCHEMA_VERSION)
    for name, records, plain in sections:
        yield _section_start(name, bool(records))
        separator = "\n    "
        for record in records:
            yield separator
            yield _piece(plain(record), "\n    ")
            separator = ",\n    "
        if records:
            yield "\n  ]"
    yield ',\n  "stats": ' + _piece(_plain(_stats(report)), "\n  ")
    yield ',\n  "notices": ' + _piece(_plain(list(report.notices)), "\n  ")
    yield "\n}\n"


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
    _write(value, out, "\n")
    return "".join(out)


def _scalar(value: Any) -> str | None:
    kind = type(value)
    if kind is str:
        return _quote(value)
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


def _write(value: Any, out: list[str], newline: str) -> None:
    text = _scalar(value)
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
            out.append(_quote(key))
            out.append(": ")
            text = _scalar(item)
            if text is None:
                _write(item, out, inner)
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
            text = _scalar(item)
            if text is None:
                _write(item, out, inner)
            else:
                out.append(text)
            separator = "," + inner
        out.append(newline)
        out.append("]")
        return
    raise TypeError(f"{type(value).__name__} is not plain JSON data")
