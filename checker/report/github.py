"""GitHub Actions annotations: one workflow command per finding, escaped as GitHub's own toolkit does."""

from __future__ import annotations

import os
from typing import Mapping

from checker.model import Finding, Report
from checker.report.markdown import render as render_markdown
from checker.report.sanitize import for_github_message, for_github_property
from checker.report.shared import Location, Locator, ordered, relative_path

__all__ = ["render", "annotation", "summary_markdown"]

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def annotation(finding: Finding, location: Location | None, root=None) -> str:
    """One line: `::error file=PATH,line=N,col=M,title=CODE rule-name::message`.

    Property values are escaped with escapeProperty (%, CR, LF, ':' and ','), the message with
    escapeData (%, CR, LF), so nothing in them can end the line or the property list. The line
    begins with our own "::", and the runner reads one command per line, so no text of the
    article can start a command of its own.
    """
    properties = []
    if location is not None:
        path, _ = relative_path(location.path, root)
        properties.append(f"file={for_github_property(path)}")
        # No endLine/endColumn: GitHub does not say whether its end column is inclusive.
        if location.line:
            properties.append(f"line={location.line}")
            if location.column:
                properties.append(f"col={location.column}")
    properties.append(f"title={for_github_property(f'{finding.code} {finding.rule}')}")
    message = finding.message or finding.rule
    if finding.explanation:
        message += "\n\n" + finding.explanation
    return f"::{_COMMANDS[finding.severity]} {','.join(properties)}::{for_github_message(message)}"


def render(
    report: Report,
    *,
    rules=None,
    root: str | os.PathLike[str] | None = None,
    texts: Mapping[str, str] | None = None,
    **_options,
) -> str:
    """Every finding as one annotation line, errors first.

    GitHub shows only 10 errors and 10 warnings per step (50 per job): the full list belongs in
    the step summary (summary_markdown) or a JSON/SARIF file as well.
    """
    report = ordered(report)
    locator = Locator(report, texts)
    lines = [annotation(f, locator.finding(f), root) for f in report.findings]
    return "".join(line + "\n" for line in lines)


def summary_markdown(report: Report, *, max_bytes: int = 1_000_000, **options) -> str:
    """The markdown report for $GITHUB_STEP_SUMMARY, cut to fit GitHub's 1 MiB limit."""
    return render_markdown(report, max_bytes=max_bytes, **options)
