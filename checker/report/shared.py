"""What every reporter shares: the order of records, figure names, source labels, locations and disputes."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

from checker.inputs.textio import LineIndex, read_source_text
from checker.judge.agreement import independent_sources as independent_count  # noqa: F401 (shared with reporters)
from checker.judge.rules import Rule, all_rules
from checker.model import SEVERITY_RANK, Claim, Finding, Report, Source
from checker.spelling import format_amount, format_number, format_value, number, point, value_key  # noqa: F401 (shared)

__all__ = [
    "ordered",
    "claim_key",
    "finding_key",
    "rule_list",
    "number",
    "format_number",
    "format_value",
    "format_amount",
    "value_key",
    "point",
    "figure_name",
    "is_disputed",
    "Location",
    "Locator",
    "independent_count",
    "source_label",
    "relative_path",
    "claims_of",
    "comparable_groups",
    "group_disputes",
]


# ---- order -------------------------------------------------------------------------------------


def claim_key(claim: Claim) -> tuple:
    return (claim.source, claim.start, claim.end, claim.metric, claim.id)


def finding_key(finding: Finding) -> tuple:
    """Errors first, then warnings, then info; within one, by code, figure, claims and fingerprint."""
    return (
        -SEVERITY_RANK[finding.severity],
        finding.code,
        finding.metric or "",
        finding.subject or "",
        finding.claims,
        finding.sources,
        finding.fingerprint,
        finding.message,
    )


def ordered(report: Report) -> Report:
    """The report with sources, claims, findings and notices in one canonical order.

    The engine already sorts; reporters sort again so that the same content always gives the same
    bytes, whoever built the Report.
    """
    return report.model_copy(
        update={
            "sources": tuple(sorted(report.sources, key=lambda s: s.id)),
            "claims": tuple(sorted(report.claims, key=claim_key)),
            "findings": tuple(sorted(report.findings, key=finding_key)),
            "notices": tuple(sorted(report.notices)),
        }
    )


def rule_list(rules: Iterable[Rule] | None) -> list[Rule]:
    """The rules a reporter describes: those given, or the whole registry, sorted by code."""
    if rules is None:
        rules = all_rules()
    return sorted(rules, key=lambda r: r.code)


def is_disputed(finding: Finding) -> bool:
    """A finding an editor must look at: severity error or warning."""
    return finding.severity in ("error", "warning")


# ---- numbers and values ------------------------------------------------------------------------


def figure_name(
    metric: str | None, subject: str | None = None, labels: Mapping[str, str] | None = None
) -> str:
    """A figure in plain words: "missiles.ballistic" -> "missiles: ballistic", with its subject in brackets.

    `labels` (metric -> words, e.g. from the vocabulary) wins over the generic spelling.
    """
    if not metric:
        name = "figure"
    elif labels and metric in labels:
        name = labels[metric]
    else:
        name = ": ".join(part.replace("_", " ").replace("-", " ") for part in metric.split("."))
    return f"{name} ({subject})" if subject else name


# ---- sources ------------------------------------------------------------------------------------


def source_label(source: Source | None, source_id: str) -> str:
    """How a reader knows a source (Source.label), or its id when the run does not know it.

    Every reporter that names a source for a reader goes through this one function.
    """
    return source.label if source is not None else source_id




# ---- places in files ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Location:
    """A place in a file, 1-based; end_line/end_column (exclusive) only when known."""

    path: str
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None

    def as_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "column": self.column}


class Locator:
    """Where claims and findings stand: curated claims in their claim file, extracted ones in their source.

    Offsets are turned into lines and columns on the exact text the extractor read: given as
    `texts` (source id -> text), or read again from the source's path. A source that cannot be
    read gives a location without a line rather than an error: a report must still come out.
    """

    def __init__(self, report: Report, texts: Mapping[str, str] | None = None) -> None:
        self._sources = {s.id: s for s in report.sources}
        self._claims = {c.id: c for c in report.claims}
        self._texts = texts if texts is not None else {}
        self._indexes: dict[str, object | None] = {}
        self._prepared: dict[str, tuple] = {}

    def prepare(self, claims: Iterable[Claim]) -> None:
        """Work out these claims' locations now, source by source, for claim() to give back.

        For lookups in an order other than the sources' (findings by severity and code): each
        text's line index is then built once, not once per lookup after it has been dropped.
        """
        for claim in sorted(claims, key=lambda c: c.source):
            location = self.claim(claim)
            fields = None if location is None else (location.path, location.line, location.column,
                                                    location.end_line, location.end_column)
            self._prepared[claim.id] = (claim, fields)

    # Line indexes kept at once: claims come in source order, so a few serve nearly every lookup, and
    # one per source of a 100,000-article corpus would hold every text's line starts to the end.
    _KEPT_INDEXES = 256

    def _index(self, source_id: str):
        try:
            return self._indexes[source_id]
        except KeyError:
            pass

        text = self._texts.get(source_id)
        if text is None:
            source = self._sources.get(source_id)
            text = read_quietly(source.path) if source is not None else None
        if len(self._indexes) >= self._KEPT_INDEXES:
            del self._indexes[next(iter(self._indexes))]  # the oldest: dicts keep insertion order
        index = self._indexes[source_id] = LineIndex(text) if text is not None else None
        return index

    @property
    def claims(self) -> Mapping[str, Claim]:
        """The report's claims by id (the last of any that share one), as finding() looks them up."""
        return self._claims

    def line_index(self, source_id: str):
        """The source's checker.inputs.textio.LineIndex (None when its text cannot be had), kept for the next lookups."""
        return self._index(source_id)

    def claim(self, claim: Claim) -> Location | None:
        if self._prepared:
            entry = self._prepared.get(claim.id)
            if entry is not None and entry[0] is claim:
                return None if entry[1] is None else Location(*entry[1])
        if claim.file:
            return Location(claim.file, claim.line, claim.column if claim.line else None)
        source = self._sources.get(claim.source)
        if source is None:
            return None
        if source.original:
            # Offsets index the text extracted from an HTML page, not the page: name the page only.
            return Location(source.original)
        index = self._index(claim.source)
        if index is None:
            return Location(source.path)
        try:
            line, column = index.line_col(claim.start)
            end_line, end_column = index.line_col(max(claim.end, claim.start))
        except ValueError:
            return Location(source.path)
        return Location(source.path, line, column, end_line, end_column)

    def finding(self, finding: Finding) -> Location | None:
        """The finding's own place when the engine gave one, else its first claim's."""
        if finding.path:
            return Location(finding.path, finding.line, finding.column if finding.line else None)
        for claim_id in finding.claims:
            claim = self._claims.get(claim_id)
            if claim is not None:
                location = self.claim(claim)
                if location is not None:
                    return location
        for source_id in finding.sources:
            source = self._sources.get(source_id)
            if source is not None:
                return Location(source.path)
        return None


def read_quietly(path: str) -> str | None:
    try:
        return read_source_text(path)
    except Exception:  # noqa: BLE001 - a missing line number must never stop a report
        return None


def relative_path(path: str, root: str | os.PathLike[str] | None = None) -> tuple[str, bool]:
    """A path as POSIX text relative to root (default: the working folder), and whether it is relative."""
    candidate = Path(path)
    if not candidate.is_absolute():
        return candidate.as_posix(), True
    base = Path(root if root is not None else Path.cwd()).resolve()
    try:
        return candidate.resolve().relative_to(base).as_posix(), True
    except ValueError:
        return candidate.as_posix(), False


def claims_of(finding: Finding, claims: Mapping[str, Claim]) -> list[Claim]:
    """The finding's claims that exist in the report, in the finding's order."""
    return [claims[i] for i in finding.claims if i in claims]


def comparable_groups(claims: Iterable[Claim]) -> list[list[Claim]]:
    """Claims split by what they measure (metric, kind, unit), in order of first appearance.

    A finding can involve several figures (a duration and the dates it should span, a part and its
    whole); only claims within one group can be ranked against one another.
    """
    groups: dict[tuple, list[Claim]] = {}
    for claim in claims:
        groups.setdefault((claim.metric, claim.kind, claim.unit), []).append(claim)
    return list(groups.values())


def group_disputes(
    findings: Sequence[Finding], key: Callable[[Finding], tuple] | None = None
) -> list[tuple[tuple, list[Finding]]]:
    """Disputed findings grouped by figure (metric, subject), in order of first appearance."""
    key = key or (lambda f: (f.metric or "", f.subject or ""))
    groups: dict[tuple, list[Finding]] = {}
    for finding in findings:
        if is_disputed(finding):
            groups.setdefault(key(finding), []).append(finding)
    return list(groups.items())
