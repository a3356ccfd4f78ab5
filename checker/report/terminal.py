"""The terminal report: discrepancies first, each with its quotes and sources, then one summary line."""

from __future__ import annotations

import io
import os
from typing import TYPE_CHECKING, Iterable, Mapping

from checker.model import Claim, Finding, Report, Source
from checker.report.editors import is_collapsed_info
from checker.report.sanitize import for_terminal
from checker.report.shared import (Locator, claims_of, comparable_groups, figure_name, format_value, ordered, point,
                                   source_label)

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

__all__ = ["render", "print_report", "colour_wanted", "DEFAULT_TOP"]

# rich needs about 0.3 s for a 1,000-row table; a terminal shows the top findings, files hold the rest.
DEFAULT_TOP = 50
_CLAIMS_PER_FINDING = 8
_QUOTE_LIMIT = 200
_LABEL_LIMIT = 40
_MESSAGE_LIMIT = 500
_EXPLANATION_LIMIT = 1000
_STYLES = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}


def _safe(text: str | None, limit: int) -> str:
    # Text objects are never parsed as markup, so only controls and invisibles need escaping here.
    return for_terminal(text or "", markup=False, max_length=limit)


def _claim_line(claim: Claim, source: Source | None, best: float | None):
    from rich.text import Text

    conflict = best is not None and not claim.contains(best)
    label = _safe(source_label(source, claim.source), _LABEL_LIMIT)
    if claim.origin == "curated":
        label += " (curated)"
    line = Text()
    line.append("≠ " if conflict else "  ", style="bold red" if conflict else "")
    line.append(label, style="bold")
    line.append("  ")
    line.append(_safe(format_value(claim), 60), style="bold magenta" if conflict else "bold")
    line.append("  “")
    line.append(_safe(claim.quote, _QUOTE_LIMIT), style="italic")
    line.append("”")
    if claim.attributed_to:
        line.append(" — according to ", style="dim")
        line.append(_safe(claim.attributed_to, _LABEL_LIMIT * 2), style="dim")
    return _indent(line, 4)


def _indent(text, left: int):
    """Text whose wrapped lines stay indented under its first."""
    from rich.padding import Padding

    return Padding(text, (0, 0, 0, left), expand=False)


def _best_point(claims: list[Claim]) -> float | None:
    """The value most claims contain: what the others are marked against."""
    points = sorted({p for p in (point(c) for c in claims) if p is not None})
    if not points:
        return None
    return max(points, key=lambda p: (sum(c.contains(p) for c in claims), -abs(p - points[len(points) // 2])))


def _finding_block(
    finding: Finding,
    claims: Mapping[str, Claim],
    sources: Mapping[str, Source],
    locator: Locator,
    labels: Mapping[str, str] | None,
) -> list[RenderableType]:
    from rich.text import Text

    head = Text()
    head.append(f"{finding.severity:<7}", style=_STYLES[finding.severity])
    head.append(f" {_safe(finding.code, 20)} {_safe(finding.rule, 60)}", style="bold")
    head.append("  " + _safe(figure_name(finding.metric, finding.subject, labels), 120))
    location = locator.finding(finding)
    if location is not None:
        where = location.path
        if location.line:
            where += f":{location.line}" + (f":{location.column}" if location.column else "")
        head.append("  " + _safe(where, 200), style="dim")
    blocks: list[RenderableType] = [head, _indent(Text(_safe(finding.message, _MESSAGE_LIMIT)), 2)]
    involved = claims_of(finding, claims)
    best: dict[str, float | None] = {}
    if finding.severity != "info":
        for group in comparable_groups(involved):
            group_best = _best_point(group)
            best.update((c.id, group_best) for c in group)
    for claim in involved[:_CLAIMS_PER_FINDING]:
        blocks.append(_claim_line(claim, sources.get(claim.source), best.get(claim.id)))
    if len(involved) > _CLAIMS_PER_FINDING:
        more = len(involved) - _CLAIMS_PER_FINDING
        blocks.append(_indent(Text(f"… and {more} more claims", style="dim"), 6))
    if finding.explanation:
        why = Text("Why: ", style="dim")
        why.append(_safe(finding.explanation, _EXPLANATION_LIMIT))
        blocks.append(_indent(why, 2))
    blocks.append(Text(""))
    return blocks


def _summary(report: Report, shown: int, collapsed: list[Finding]) -> list[RenderableType]:
    from rich.text import Text

    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in report.findings:
        counts[finding.severity] += 1
    total = len(report.findings)
    line = Text()
    if total == 0:
        line.append("No findings", style="bold green")
    else:
        line.append(f"{total} finding{'' if total == 1 else 's'}", style="bold")
        line.append(": ")
        parts = []
        for severity, word in (("error", "error"), ("warning", "warning"), ("info", "info")):
            n = counts[severity]
            parts.append((f"{n} {word}{'s' if n != 1 and severity != 'info' else ''}", _STYLES[severity] if n else "dim"))
        for i, (text, style) in enumerate(parts):
            if i:
                line.append(", ")
            line.append(text, style=style)
    line.append(
        f" in {len(report.claims)} figure{'' if len(report.claims) == 1 else 's'}"
        f" from {len(report.sources)} source{'' if len(report.sources) == 1 else 's'}."
    )
    lines: list[RenderableType] = [line]
    if collapsed:
        corroborated = sum(f.category == "corroboration" for f in collapsed)
        parts = [f"{corroborated} corroborated"] if corroborated else []
        if len(collapsed) > corroborated:
            parts.append(f"{len(collapsed) - corroborated} single-source")
        lines.append(Text(f"{len(collapsed)} info finding{'' if len(collapsed) == 1 else 's'} not shown "
                          f"({' and '.join(parts)} figure{'' if len(collapsed) == 1 else 's'}): "
                          "--show-info shows them.", style="dim"))
    listed = total - len(collapsed)
    if shown < listed:
        lines.append(
            Text(f"Showing the first {shown} of {listed} findings; --format json has them all.", style="dim")
        )
    for notice in report.notices:
        lines.append(Text("note: " + _safe(notice, _MESSAGE_LIMIT), style="dim"))
    return lines


def _renderables(
    report: Report,
    *,
    top: int = DEFAULT_TOP,
    texts: Mapping[str, str] | None = None,
    metric_labels: Mapping[str, str] | None = None,
    show_info: bool = False,
) -> Iterable[RenderableType]:
    report = ordered(report)
    claims = {c.id: c for c in report.claims}
    sources = {s.id: s for s in report.sources}
    locator = Locator(report, texts)
    collapsed = [] if show_info else [f for f in report.findings if is_collapsed_info(f)]
    listed = [f for f in report.findings if show_info or not is_collapsed_info(f)]
    shown = listed[: max(top, 0)]
    for finding in shown:
        yield from _finding_block(finding, claims, sources, locator, metric_labels)
    yield from _summary(report, len(shown), collapsed)


def _colour_allowed(color: bool) -> bool:
    # https://no-color.org: a set, non-empty NO_COLOR turns colour off whatever else asks for it.
    return color and not os.environ.get("NO_COLOR")


def colour_wanted(stream, environ: Mapping[str, str] | None = None) -> bool:
    """Whether a report printed to stream gets colour: NO_COLOR turns it off, FORCE_COLOR on, else a terminal does.

    Both count when set and not empty (no-color.org, force-color.org); NO_COLOR wins when both are,
    as in Python's own interpreter.
    """
    environ = os.environ if environ is None else environ
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR"):
        return True
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def render(
    report: Report,
    *,
    rules=None,
    color: bool = False,
    width: int = 100,
    top: int = DEFAULT_TOP,
    texts: Mapping[str, str] | None = None,
    metric_labels: Mapping[str, str] | None = None,
    show_info: bool = False,
    **_options,
) -> str:
    """The terminal report as text: plain, with no escape sequence at all, unless color is asked for.

    Corroborated and single-source figures are one summary line unless show_info asks for each.
    """
    from rich.console import Console

    color = _colour_allowed(color)
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        no_color=not color,
        highlight=False,
        markup=False,
        emoji=False,
        legacy_windows=False,
        _environ={},
    )
    for renderable in _renderables(report, top=top, texts=texts, metric_labels=metric_labels, show_info=show_info):
        console.print(renderable)
    text = buffer.getvalue()
    if not color:
        # rich pads wrapped lines to the width; plain text is compared and diffed, so drop the padding.
        text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text


def print_report(
    report: Report,
    console: Console,
    *,
    top: int = DEFAULT_TOP,
    texts: Mapping[str, str] | None = None,
    metric_labels: Mapping[str, str] | None = None,
    show_info: bool = False,
) -> None:
    """Print the report live to a rich Console (which decides colour, honouring NO_COLOR itself)."""
    for renderable in _renderables(report, top=top, texts=texts, metric_labels=metric_labels, show_info=show_info):
        console.print(renderable, markup=False, emoji=False, highlight=False)
