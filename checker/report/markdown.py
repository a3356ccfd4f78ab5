"""The editors' report in GitHub-flavoured markdown: one section and table per disputed figure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from checker.model import Claim, Finding, Report, Source
from checker.report import (
    claims_of,
    comparable_groups,
    figure_name,
    format_value,
    group_disputes,
    independent_count,
    ordered,
    point,
    source_label,
    value_key,
)
from checker.sanitize import for_markdown_cell

__all__ = ["render", "Synthesis", "synthesize"]

_QUOTE_LIMIT = 300
_SEVERITY_WORD = {"error": "error", "warning": "warning", "info": "info"}
# Marks a stated value that excludes the best estimate.
_CONFLICT_MARK = "⚠"


def _cell(text: str | None, *, limit: int | None = _QUOTE_LIMIT) -> str:
    return for_markdown_cell(text, max_length=limit) if text else ""


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


@dataclass(frozen=True)
class Synthesis:
    """Low, best and high estimates of a disputed figure, and how well each stated value is backed."""

    low: str
    best: str
    high: str
    best_point: float | None
    # Per stated value (as format_value renders it): independent sources behind it.
    backing: dict[str, int]
    grade: str


def _value_groups(claims: Sequence[Claim]) -> dict[tuple, list[Claim]]:
    groups: dict[tuple, list[Claim]] = {}
    for claim in claims:
        groups.setdefault(value_key(claim), []).append(claim)
    return groups


def synthesize(claims: Sequence[Claim], sources: Mapping[str, Source]) -> Synthesis:
    """UCDP-style low / best / high and an Airwars-style grade for the claims about one figure.

    best is the value backed by the most independent sources (sources crediting one wire service
    count once), ties going to the value nearest the median of all values; low and high are the
    lowest and highest bounds any source gives. The grade is "contested" when stated values
    exclude one another, "corroborated" when two or more independent sources agree, else
    "single-source".
    """
    groups = _value_groups(claims)
    backing_by_key = {
        key: independent_count((c.source for c in members), sources) for key, members in groups.items()
    }
    points = sorted(p for p in (point(c) for c in claims) if p is not None)
    median = points[len(points) // 2] if points else None

    def rank(key: tuple) -> tuple:
        p = point(groups[key][0])
        distance = abs(p - median) if p is not None and median is not None else float("inf")
        return (-backing_by_key[key], distance, p if p is not None else float("inf"), repr(key))

    best_key = min(groups, key=rank) if groups else None
    best_claim = groups[best_key][0] if best_key is not None else None
    best_point = point(best_claim) if best_claim is not None else None

    lows = [(c.low if c.low is not None else c.value, c) for c in claims]
    highs = [(c.high if c.high is not None else c.value, c) for c in claims]
    lows = [(x, c) for x, c in lows if x is not None]
    highs = [(x, c) for x, c in highs if x is not None]
    low = _bound_text(min(lows, key=lambda xc: xc[0])) if lows else "—"
    unbounded_above = any(c.high is None and c.qualifier in ("at_least", "more_than", "just_over") for c in claims)
    if highs:
        high = _bound_text(max(highs, key=lambda xc: xc[0]))
        if unbounded_above:
            high = f"≥ {high}"
    else:
        high = "—"

    conflicting = best_point is not None and any(not c.contains(best_point) for c in claims)
    if conflicting:
        grade = "contested"
    elif independent_count((c.source for c in claims), sources) >= 2:
        grade = "corroborated"
    else:
        grade = "single-source"
    backing = {format_value(members[0]): backing_by_key[key] for key, members in groups.items()}
    return Synthesis(
        low=low,
        best=format_value(best_claim) if best_claim is not None else "—",
        high=high,
        best_point=best_point,
        backing=backing,
        grade=grade,
    )


def _bound_text(bound_and_claim: tuple[float, Claim]) -> str:
    x, claim = bound_and_claim
    bare = claim.model_copy(update={"value": x, "low": x, "high": x, "qualifier": "exact"})
    return format_value(bare)


def _summary(report: Report) -> str:
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in report.findings:
        counts[finding.severity] += 1
    disputed = len(group_disputes(report.findings))
    parts = [
        f"{_plural(len(report.sources), 'source')} gave {_plural(len(report.claims), 'figure')}",
        f"{_plural(len(report.findings), 'finding')}: "
        f"{_plural(counts['error'], 'error')}, {_plural(counts['warning'], 'warning')}, {counts['info']} info",
    ]
    text = "; ".join(parts) + "."
    if disputed:
        text += f" {_plural(disputed, 'figure is', 'figures are')} disputed and listed first."
    else:
        text += " No figure is disputed."
    return text


def _dispute_section(
    key: tuple,
    findings: list[Finding],
    claims: Mapping[str, Claim],
    sources: Mapping[str, Source],
    labels: Mapping[str, str] | None,
) -> list[str]:
    metric, subject = key
    involved: list[Claim] = []
    seen: set[str] = set()
    for finding in findings:
        for claim in claims_of(finding, claims):
            if claim.id not in seen:
                seen.add(claim.id)
                involved.append(claim)
    name = figure_name(metric or None, subject or None, labels)
    lines = [f"## {for_markdown_cell(name[:1].upper() + name[1:], max_length=200)}", ""]
    for finding in findings:
        text = finding.explanation or finding.message
        lines.append(
            f"- **{finding.code} {for_markdown_cell(finding.rule, max_length=80)}** "
            f"({_SEVERITY_WORD[finding.severity]}): {_cell(text, limit=1000)}"
        )
    lines.append("")
    if not involved:
        return lines
    lines.append("| | Source | Wording | Value | Attributed to | Independent sources |")
    lines.append("|---|---|---|---|---|---|")
    groups = comparable_groups(involved)
    for group in groups:
        synthesis = synthesize(group, sources)
        for claim in group:
            value = format_value(claim)
            conflict = synthesis.best_point is not None and not claim.contains(synthesis.best_point)
            mark = _CONFLICT_MARK if conflict else ""
            source = sources.get(claim.source)
            source_text = _cell(source_label(source, claim.source), limit=80)
            if claim.origin == "curated":
                source_text += " (curated)"
            lines.append(
                f"| {mark} | {source_text} | {_cell(claim.quote)} | {_cell(value, limit=80)} "
                f"| {_cell(claim.attributed_to, limit=120)} | {synthesis.backing.get(value, 0)} |"
            )
        label = "Synthesis"
        if len(groups) > 1:
            label += ", " + _cell(figure_name(group[0].metric, None, labels), limit=120)
        lines.append(
            f"| | **{label}** | low / best / high | {_cell(synthesis.low, limit=80)} / "
            f"**{_cell(synthesis.best, limit=80)}** / {_cell(synthesis.high, limit=80)} | | {synthesis.grade} |"
        )
    shared = _shared_wires(involved, sources)
    if shared:
        lines.append("")
        lines.append(
            f"Sources crediting the same wire service count once: {_cell(shared, limit=300)}."
        )
    lines.append("")
    return lines


def _shared_wires(claims: Sequence[Claim], sources: Mapping[str, Source]) -> str:
    """The wire services more than one of these claims' sources credits, with those sources."""
    by_wire: dict[str, set[str]] = {}
    for claim in claims:
        source = sources.get(claim.source)
        for wire in source.wire if source is not None else ():
            by_wire.setdefault(wire.strip().casefold(), set()).add(claim.source)
    parts = []
    for wire, ids in sorted(by_wire.items()):
        if len(ids) > 1:
            names = sorted(source_label(sources.get(i), i) for i in ids)
            parts.append(f"{wire.upper()} ({', '.join(names)})")
    return "; ".join(parts)


def _info_section(findings: Sequence[Finding], labels: Mapping[str, str] | None) -> list[str]:
    infos = [f for f in findings if f.severity == "info"]
    if not infos:
        return []
    lines = [
        "## Other observations",
        "",
        "Updates, scope mismatches and corroborations: nothing here is a contradiction.",
        "",
        "| Code | Figure | Observation | Sources |",
        "|---|---|---|---|",
    ]
    for finding in infos:
        figure = figure_name(finding.metric, finding.subject, labels)
        lines.append(
            f"| {finding.code} {_cell(finding.rule, limit=80)} | {_cell(figure, limit=120)} "
            f"| {_cell(finding.message, limit=500)} | {_cell(', '.join(finding.sources), limit=200)} |"
        )
    lines.append("")
    return lines


def _sources_section(report: Report) -> list[str]:
    if not report.sources:
        return []
    lines = ["## Sources", "", "| Id | Outlet | Title | Published | Wire |", "|---|---|---|---|---|"]
    for source in report.sources:
        published = source.published.isoformat() if source.published else ""
        lines.append(
            f"| {_cell(source.id, limit=80)} | {_cell(source.outlet, limit=120)} | {_cell(source.title, limit=200)} "
            f"| {published} | {_cell(', '.join(source.wire), limit=120)} |"
        )
    lines.append("")
    return lines


def render(
    report: Report,
    *,
    rules=None,
    title: str = "Where the sources disagree",
    metric_labels: Mapping[str, str] | None = None,
    max_bytes: int | None = None,
    **_options,
) -> str:
    """The markdown report: title, summary, one section per disputed figure, observations, notices, sources.

    Every piece of text from articles, claim files or messages goes through for_markdown_cell.
    With max_bytes (GitHub's step summary holds 1 MiB), whole sections are dropped from the end
    and a closing line says so.
    """
    report = ordered(report)
    claims = {c.id: c for c in report.claims}
    sources = {s.id: s for s in report.sources}
    head = [f"# {for_markdown_cell(title, max_length=200)}", "", _summary(report), ""]
    sections: list[list[str]] = []
    for key, findings in group_disputes(report.findings):
        sections.append(_dispute_section(key, findings, claims, sources, metric_labels))
    info = _info_section(report.findings, metric_labels)
    if info:
        sections.append(info)
    if report.notices:
        sections.append(["## Notices", ""] + [f"- {_cell(n, limit=1000)}" for n in report.notices] + [""])
    sources_section = _sources_section(report)
    if sources_section:
        sections.append(sources_section)
    return _join(head, sections, max_bytes)


def _join(head: list[str], sections: list[list[str]], max_bytes: int | None) -> str:
    # GitHub holds at most 1 MiB of step summary; a cut report says so rather than failing the upload.
    text = "\n".join(head + [line for section in sections for line in section]).rstrip("\n") + "\n"
    if max_bytes is None or len(text.encode("utf-8")) <= max_bytes:
        return text
    note = "\n_The report was cut here to fit; the full report is in the markdown or JSON output._\n"
    budget = max_bytes - len(note.encode("utf-8"))
    kept = "\n".join(head).rstrip("\n") + "\n"
    for section in sections:
        piece = "\n" + "\n".join(section).rstrip("\n") + "\n"
        if len((kept + piece).encode("utf-8")) > budget:
            break
        kept += piece
    return kept + note
