"""The JSON report: the stable machine contract (schema_version 1) for sources, claims and findings.

Fields named in the contract are never renamed or dropped; later versions only add fields.
Numbers are on each kind's canonical scale: quantities in `unit`, dates as ISO dates, durations in
days; whole numbers print as integers (43, not 43.0); null means unbounded or unknown.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Mapping

from checker.model import Claim, Finding, Report, Source, day_to_iso
from checker.report import Locator, number, ordered
from checker.sanitize import escape_json_text, for_json

__all__ = ["SCHEMA_VERSION", "render", "to_data"]

SCHEMA_VERSION = 1

# Record fields shown under another name (location) or not at all.
_CLAIM_FOLDED = {"file", "line", "column"}
_FINDING_FOLDED = {"path", "line", "column"}


def _plain(value: Any) -> Any:
    """A value as JSON data: whole floats as ints, dates as ISO text, tuples as lists, text kept exact."""
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
    data = {
        "schema_version": SCHEMA_VERSION,
        "sources": [_source(s) for s in report.sources],
        "claims": [_claim(c, locator) for c in report.claims],
        "findings": [_finding(f, locator) for f in report.findings],
        "stats": _stats(report),
        "notices": list(report.notices),
    }
    return _plain(data)


def render(report: Report, *, rules=None, texts: Mapping[str, str] | None = None, **_options) -> str:
    """The JSON report: indented by 2, UTF-8 text, a trailing newline, the same bytes for the same input."""
    text = json.dumps(to_data(report, texts=texts), ensure_ascii=False, indent=2, allow_nan=False)
    return escape_json_text(text) + "\n"
