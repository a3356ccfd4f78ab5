"""The editors' report in GitHub-flavoured markdown: one section and table per disputed figure."""

from __future__ import annotations

from typing import Mapping, Sequence

from checker.model import Claim, Finding, Report, Source
from checker.report.editors import Synthesis, finding_groups, outliers, sections, synthesize
from checker.report.sanitize import for_markdown_cell
from checker.report.shared import (claims_of, comparable_groups, figure_name, format_value, group_disputes,
                                   independent_count, ordered, source_label)

__all__ = ["render", "Synthesis", "synthesize"]

_QUOTE_LIMIT = 300
_SEVERITY_WORD = {"error": "error", "warning": "warning", "info": "info"}
# Marks a stated value that excludes the best estimate.
_CONFLICT_MARK = "⚠"


def _cell(text: str | None, *, limit: int | None = _QUOTE_LIMIT) -> str:
    return for_markdown_cell(text, max_length=limit) if text else ""


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


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
    parts_ = sections(report.findings)
    quiet = [f"{_plural(len(parts_.corroborated), 'figure is', 'figures are')} corroborated"] if parts_.corroborated else []
    if parts_.single_source:
        quiet.append(f"{_plural(len(parts_.single_source), 'figure rests', 'figures rest')} on a single source")
    if quiet:
        text += f" {' and '.join(quiet)} (listed last)."
    return text


def _label(claim: Claim, sources: Mapping[str, Source]) -> str:
    label = _cell(source_label(sources.get(claim.source), claim.source), limit=80)
    return label + " (curated)" if claim.origin == "curated" else label


def _groups_line(finding: Finding, claims: Mapping[str, Claim], sources: Mapping[str, Source],
                 marked: set[str]) -> str:
    """The finding's agreeing groups on one line, largest first: each group's values and who gives them."""
    groups = finding_groups(finding, claims)
    if len(groups) < 2:
        return ""
    parts = []
    for group in groups:
        values = list(dict.fromkeys(format_value(c) for c in group))
        names = sorted(set(_cell(source_label(sources.get(c.source), c.source), limit=80) for c in group))
        outlier = " " + _CONFLICT_MARK if all(c.id in marked for c in group) else ""
        parts.append(f"**{_cell(' / '.join(values), limit=120)}**{outlier} ({', '.join(names)})")
    return "  Agreeing groups, largest first: " + "; ".join(parts) + "."


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
    marked = outliers(involved, sources)
    name = figure_name(metric or None, subject or None, labels)
    lines = [f"## {for_markdown_cell(name[:1].upper() + name[1:], max_length=200)}", ""]
    for finding in findings:
        text = finding.explanation or finding.message
        lines.append(
            f"- **{finding.code} {for_markdown_cell(finding.rule, max_length=80)}** "
            f"({_SEVERITY_WORD[finding.severity]}): {_cell(text, limit=1000)}"
            + _groups_line(finding, claims, sources, marked)
        )
    lines.append("")
    figures = comparable_groups(involved)
    for figure in figures:
        synthesis = synthesize(figure, sources)
        if len(figures) > 1:
            heading = figure_name(figure[0].metric, None, labels)
            lines += [f"### {_cell(heading[:1].upper() + heading[1:], limit=200)}", ""]
        lines.append("| | Source | Wording | Value | Attributed to | Independent sources |")
        lines.append("|---|---|---|---|---|---|")
        for claim in figure:
            value = format_value(claim)
            mark = _CONFLICT_MARK if claim.id in marked else ""
            lines.append(
                f"| {mark} | {_label(claim, sources)} | {_cell(claim.quote)} | {_cell(value, limit=80)} "
                f"| {_cell(claim.attributed_to, limit=120)} | {synthesis.backing.get(value, 0)} |"
            )
        lines.append(
            f"| | **Synthesis** | low / best / high | {_cell(synthesis.low, limit=80)} / "
            f"**{_cell(synthesis.best, limit=80)}** / {_cell(synthesis.high, limit=80)} | | {synthesis.grade} |"
        )
        lines.append("")
    shared = _shared_wires(involved, sources)
    if shared:
        lines.append(f"Sources crediting the same wire service count once: {_cell(shared, limit=300)}.")
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


def _source_names(finding: Finding, sources: Mapping[str, Source]) -> str:
    return ", ".join(sorted({source_label(sources.get(i), i) for i in finding.sources}))


def _values(finding: Finding, claims: Mapping[str, Claim]) -> str:
    return ", ".join(dict.fromkeys(format_value(c) for c in claims_of(finding, claims)))


def _lines(findings: Sequence[Finding], labels: Mapping[str, str] | None, line) -> list[str]:
    """One line per finding, made by line(finding, figure name)."""
    return [line(f, figure_name(f.metric, f.subject, labels)) for f in findings]


def _info_sections(
    findings: Sequence[Finding],
    claims: Mapping[str, Claim],
    sources: Mapping[str, Source],
    labels: Mapping[str, str] | None,
) -> list[list[str]]:
    """Other observations and corroborated figures as tables, single-source figures as one short list."""
    parts = sections(findings)
    out: list[list[str]] = []
    if parts.observations:
        out.append(["## Other observations", "",
                    "Updates, scope mismatches and figures too vague to compare: nothing here is a contradiction.",
                    "", "| Code | Figure | Observation | Sources |", "|---|---|---|---|"]
                   + _lines(parts.observations, labels, lambda f, figure: (
                       f"| {f.code} {_cell(f.rule, limit=80)} | {_cell(figure, limit=120)} "
                       f"| {_cell(f.message, limit=500)} | {_cell(_source_names(f, sources), limit=300)} |"))
                   + [""])
    if parts.corroborated:
        out.append(["## Corroborated figures", "", "| Figure | Value | Sources | Independent sources |",
                    "|---|---|---|---|"]
                   + _lines(parts.corroborated, labels, lambda f, figure: (
                       f"| {_cell(figure, limit=120)} | {_cell(_values(f, claims), limit=200)} "
                       f"| {_cell(_source_names(f, sources), limit=300)} | {independent_count(f.sources, sources)} |"))
                   + [""])
    if parts.single_source:
        count = _plural(len(parts.single_source), "figure rests", "figures rest")
        out.append(["## Single-source figures", "", f"{count} on one source each:", ""]
                   + _lines(parts.single_source, labels, lambda f, figure: (
                       f"- {_cell(figure[:1].upper() + figure[1:], limit=120)}: {_cell(_values(f, claims), limit=200)}"
                       f" ({_cell(_source_names(f, sources), limit=200)})"))
                   + [""])
    return out


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
    parts: list[list[str]] = []
    for key, findings in group_disputes(report.findings):
        parts.append(_dispute_section(key, findings, claims, sources, metric_labels))
    parts += _info_sections(report.findings, claims, sources, metric_labels)
    if report.notices:
        parts.append(["## Notices", ""] + [f"- {_cell(n, limit=1000)}" for n in report.notices] + [""])
    sources_section = _sources_section(report)
    if sources_section:
        parts.append(sources_section)
    return _join(head, parts, max_bytes)


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
