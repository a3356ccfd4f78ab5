"""SARIF 2.1.0 for GitHub code scanning: rules from the registry, one result per finding."""

from __future__ import annotations

import json
import os
import re
from typing import Iterable, Iterator, Mapping, TextIO
from urllib.parse import quote

from checker import REPOSITORY_URL, __version__
from checker.model import Finding, Report
from checker.report.json import dumps_escaped
from checker.report.sanitize import escape_json_text, for_json
from checker.report.shared import Location, Locator, claims_of, ordered, relative_path, rule_list, source_label

__all__ = ["render", "write", "to_data", "help_uri", "SARIF_SCHEMA", "SARIF_VERSION"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
# GitHub's "problem.severity" for non-security alerts.
_PROBLEM_SEVERITY = {"error": "error", "warning": "warning", "info": "recommendation"}
# GitHub rejects longer descriptions; the full text stays in help.
_DESCRIPTION_LIMIT = 1024
_RELATED_LIMIT = 10
_RELATED_QUOTE_LIMIT = 200


def _text(text: str, limit: int | None = None) -> str:
    text = for_json(text)
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def help_uri(code: str, name: str) -> str:
    """The rule's section of docs/rules.md in the repository: GitHub's anchor for the heading "CODE name"."""
    anchor = re.sub(r"[^a-z0-9 _-]", "", f"{code} {name}".lower()).replace(" ", "-")
    return f"{REPOSITORY_URL}/blob/main/docs/rules.md#{quote(anchor, safe='-_')}"


def _descriptor(code: str, name: str, severity: str, category: str, summary: str, doc: str) -> dict:
    summary = summary or name
    doc = doc or summary
    return {
        "id": code,
        "name": name,
        "shortDescription": {"text": _text(summary, _DESCRIPTION_LIMIT)},
        "fullDescription": {"text": _text(doc, _DESCRIPTION_LIMIT)},
        "helpUri": help_uri(code, name),
        "help": {"text": _text(doc), "markdown": _text(doc)},
        "defaultConfiguration": {"level": _LEVELS[severity]},
        "properties": {
            "tags": [category],
            "problem.severity": _PROBLEM_SEVERITY[severity],
        },
    }


def _artifact(path: str, root, seen: dict) -> dict:
    """The artifact location of path; `seen` keeps each path's answer for the run (paths repeat at every finding)."""
    found = seen.get(path)
    if found is None:
        found = seen[path] = relative_path(path, root)
    relative, is_relative = found
    if is_relative:
        return {"uri": quote(relative, safe="/"), "uriBaseId": "%SRCROOT%"}
    return {"uri": "file://" + quote(relative, safe="/")}


def _physical(location: Location, root, seen: dict) -> dict:
    physical: dict = {"artifactLocation": _artifact(location.path, root, seen)}
    if location.line:
        region: dict = {"startLine": location.line}
        if location.column:
            region["startColumn"] = location.column
        if location.end_line and location.end_column:
            region["endLine"] = location.end_line
            region["endColumn"] = location.end_column
        physical["region"] = region
    return physical


def _result(
    finding: Finding, index: int, report_claims: Mapping, sources: Mapping, locator: Locator, root, seen: dict
) -> dict:
    result: dict = {
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": _LEVELS[finding.severity],
        "message": {"text": _text(finding.message or finding.rule)},
    }
    primary = locator.finding(finding)
    if primary is not None:
        result["locations"] = [{"physicalLocation": _physical(primary, root, seen)}]
    related = []
    for claim in claims_of(finding, report_claims):
        location = locator.claim(claim)
        if location is None or location == primary:
            continue
        source = sources.get(claim.source)
        label = source_label(source, claim.source)
        related.append(
            {
                "id": len(related) + 1,
                "physicalLocation": _physical(location, root, seen),
                "message": {"text": _text(f"{label}: {claim.quote}", _RELATED_QUOTE_LIMIT)},
            }
        )
        if len(related) == _RELATED_LIMIT:
            break
    if related:
        result["relatedLocations"] = related
    if finding.fingerprint:
        result["partialFingerprints"] = {"checkerFingerprint/v1": finding.fingerprint}
    properties: dict = {"category": finding.category}
    if finding.metric:
        properties["metric"] = finding.metric
    if finding.subject:
        properties["subject"] = finding.subject
    if finding.claims:
        properties["claims"] = list(finding.claims)
    if finding.explanation:
        properties["explanation"] = _text(finding.explanation)
    result["properties"] = properties
    return result


def to_data(
    report: Report,
    *,
    rules: Iterable | None = None,
    root: str | os.PathLike[str] | None = None,
    texts: Mapping[str, str] | None = None,
) -> dict:
    """The SARIF log as data; paths relative to `root` (default: the working folder) use %SRCROOT%."""
    log, results = _log(report, rules=rules, root=root, texts=texts)
    log["runs"][0]["results"] = list(results)
    return log


def _log(report: Report, *, rules, root, texts) -> tuple[dict, Iterator[dict]]:
    """The SARIF log without its results, and the results, made one by one as they are read."""
    report = ordered(report)
    registered = rule_list(rules)
    descriptors = [
        _descriptor(r.code, r.name, r.severity, r.category, r.summary, r.doc) for r in registered
    ]
    index = {r.code: i for i, r in enumerate(registered)}
    # A finding from a rule outside the list (an engine finding, a retired code) still needs a rule entry.
    for finding in report.findings:
        if finding.code not in index:
            index[finding.code] = len(descriptors)
            descriptors.append(
                _descriptor(finding.code, finding.rule, finding.severity, finding.category, finding.rule, "")
            )
    locator = Locator(report, texts)
    claims = {c.id: c for c in report.claims}
    # Findings come by severity and code, not by source: their claims are located source by source first.
    locator.prepare({id(c): c for f in report.findings for c in claims_of(f, claims)}.values())
    sources = {s.id: s for s in report.sources}
    seen: dict = {}
    results = (_result(f, index[f.code], claims, sources, locator, root, seen) for f in report.findings)
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "checker",
                        "informationUri": REPOSITORY_URL,
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": descriptors,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [],
            }
        ],
    }, results


# Where the results stand in the log: runs[0].results, four levels deep.
_RESULTS_LEVEL = 4
_WRITE_BATCH = 1 << 20


def write(
    report: Report,
    stream: TextIO,
    *,
    rules: Iterable | None = None,
    root: str | os.PathLike[str] | None = None,
    texts: Mapping[str, str] | None = None,
    **_options,
) -> None:
    """render()'s text written to a text stream result by result: the whole log never exists in memory
    (over a gigabyte for a 100,000-article report)."""
    log, results = _log(report, rules=rules, root=root, texts=texts)
    first = next(results, None)
    if first is None:
        stream.write(dumps_escaped(log) + "\n")
        return
    # The frame is the log with one marker result; the results are written where the marker stands.
    marker = "checker-sarif-results"
    log["runs"][0]["results"] = [marker]
    head, _, tail = dumps_escaped(log).rpartition(f'"{marker}"')  # the last string of the log
    separator = ",\n" + "  " * _RESULTS_LEVEL
    batch = [head, dumps_escaped(first, _RESULTS_LEVEL)]
    size = 0
    for result in results:
        text = dumps_escaped(result, _RESULTS_LEVEL)
        batch += (separator, text)
        size += len(text)
        if size >= _WRITE_BATCH:
            stream.write("".join(batch))
            batch.clear()
            size = 0
    batch.append(tail + "\n")
    stream.write("".join(batch))


def render(
    report: Report,
    *,
    rules: Iterable | None = None,
    root: str | os.PathLike[str] | None = None,
    texts: Mapping[str, str] | None = None,
    **_options,
) -> str:
    """The SARIF log as JSON text: indented by 2, a trailing newline, the same bytes for the same input."""
    data = to_data(report, rules=rules, root=root, texts=texts)
    try:
        # json.dumps' text for plain data, escaped as escape_json_text escapes it, several times faster.
        return dumps_escaped(data) + "\n"
    except (TypeError, ValueError):  # anything else: json.dumps says what is wrong, or writes it as ever
        text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
    return escape_json_text(text) + "\n"
