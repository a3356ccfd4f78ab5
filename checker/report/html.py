"""The editors' report as one self-contained HTML page: summary, quotes in their sentences, pictures; nothing runs."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path
from typing import Mapping, Sequence

from checker import __version__
from checker.model import Claim, Finding, Report, Source, day_to_iso, iso_to_day
from checker.report.editors import finding_groups, in_sentence, outliers, sections, synthesize
from checker.report.pictures import RangeRow, TimePoint, as_of_days, range_picture, timeline_picture
from checker.report.sanitize import html_visible, safe_url
from checker.report.shared import (claims_of, comparable_groups, figure_name, format_amount, format_value,
                                   independent_count, ordered, point, read_quietly, source_label, value_key)

__all__ = ["render", "DEFAULT_DETAILED"]

_TEMPLATES = Path(__file__).resolve().parent / "templates"
# Findings shown in full; a larger run's page would be too long to read, and JSON holds them all.
DEFAULT_DETAILED = 500
_QUOTES_PER_GROUP = 12
_CONTEXT = 240
_TEXT_LIMIT = 2000
_ENVIRONMENT = None


def _environment():
    """One jinja2 environment, made on first use: autoescape on, every value made visible before escaping."""
    global _ENVIRONMENT
    if _ENVIRONMENT is None:
        import jinja2

        def finalize(value):
            # Markup (our own SVG and CSS) is already safe; any other text is shown, never obeyed.
            if isinstance(value, str) and not hasattr(value, "__html__"):
                return html_visible(value, max_length=_TEXT_LIMIT)
            return "" if value is None else value

        _ENVIRONMENT = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(_TEMPLATES)),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            finalize=finalize,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
    return _ENVIRONMENT


def _csp(css: str) -> str:
    """No network, no script, no plugin: only our own style sheet, allowed by its hash."""
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; style-src 'sha256-{digest}'; img-src 'none'; script-src 'none'; "
            "object-src 'none'; base-uri 'none'; form-action 'none'")


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _counts(report: Report) -> str:
    by = {s: sum(f.severity == s for f in report.findings) for s in ("error", "warning", "info")}
    return (f"{_plural(len(report.sources), 'source')} gave {_plural(len(report.claims), 'figure')}; "
            f"{_plural(len(report.findings), 'finding')}: {_plural(by['error'], 'error')}, "
            f"{_plural(by['warning'], 'warning')}, {by['info']:,} info.")


def _figure(finding: Finding, labels: Mapping[str, str] | None) -> str:
    name = figure_name(finding.metric, finding.subject, labels)
    return name[:1].upper() + name[1:]


def _published(source: Source | None) -> str:
    return source.published.isoformat() if source is not None and source.published is not None else ""


class _Texts:
    """Source texts for quotes in context: those given, else read again from plain-text sources once."""

    def __init__(self, sources: Mapping[str, Source], given: Mapping[str, str] | None) -> None:
        self._sources, self._texts = sources, dict(given or {})

    def get(self, source_id: str) -> str | None:
        if source_id not in self._texts:
            source = self._sources.get(source_id)
            # An HTML source's offsets index its extracted text, not the page: without it, no context.
            readable = source is not None and not source.original
            self._texts[source_id] = read_quietly(source.path) if readable else None
        return self._texts[source_id]


def _quote(claim: Claim, sources: Mapping[str, Source], texts: _Texts, marked: set[str]) -> dict:
    source = sources.get(claim.source)
    before, quote, after = in_sentence(texts.get(claim.source), claim, limit=_CONTEXT)
    outlet = source.outlet if source is not None and source.outlet else None
    title = source.title if source is not None and source.title else None
    return {
        "id": claim.id,
        "before": before,
        "quote": quote,
        "after": after,
        # Named by outlet, else by the full title alone, else by the file's id.
        "outlet": outlet or (None if title else claim.source),
        "title": title,
        "url": safe_url(source.url) if source is not None else None,
        "published": _published(source),
        "speaker": claim.attributed_to,
        "curated": claim.origin == "curated",
        "value": format_value(claim),
        "outlier": claim.id in marked,
    }


def _groups(finding: Finding, claims: Mapping[str, Claim], sources: Mapping[str, Source], texts: _Texts,
            marked: set[str]) -> list[dict]:
    out = []
    for group in finding_groups(finding, claims):
        backing = independent_count((c.source for c in group), sources)
        shown = group[:_QUOTES_PER_GROUP]
        out.append({
            "heading": " / ".join(dict.fromkeys(format_value(c) for c in group)),
            "backing": f"{_plural(backing, 'independent source')}",
            "outlier": all(c.id in marked for c in group),
            "quotes": [_quote(c, sources, texts, marked) for c in shown],
            "more": len(group) - len(shown),
        })
    return out


def _range_rows(group: Sequence[Claim], sources: Mapping[str, Source], marked: set[str]):
    """One row per source and stated value: a source's extracted and curated readings of one value are one row."""
    rows, seen = [], set()
    for claim in group:
        key = (claim.source, value_key(claim))
        if key in seen:
            continue
        seen.add(key)
        rows.append(RangeRow(source_label(sources.get(claim.source), claim.source), claim.low, point(claim),
                             claim.high, format_value(claim), claim.id in marked))
    return rows


def _band(group: Sequence[Claim], best: float | None) -> tuple[float, float] | None:
    """The consensus band: where every reading that holds the best estimate overlaps."""
    if best is None:
        return None
    holding = [c for c in group if c.contains(best)]
    lows = [c.low for c in holding if c.low is not None]
    highs = [c.high for c in holding if c.high is not None]
    low = max(lows) if lows else best
    high = min(highs) if highs else best
    return (low, high) if low <= high else (best, best)


def _range_pictures(involved: Sequence[Claim], sources, marked, labels) -> list[dict]:
    pictures = []
    for group in comparable_groups(involved):
        best = synthesize(group, sources).best_point
        name = figure_name(group[0].metric, None, labels)
        sample = group[0]
        pictures.append({
            "caption": f"Range of {name}: each source's low, best and high; the shaded band is the consensus.",
            "svg": _safe(range_picture(_range_rows(group, sources, marked), _band(group, best),
                                       title=f"Range of {name} across sources",
                                       label=lambda x, c=sample: format_amount(c, x), dates=sample.kind == "date")),
        })
    return pictures


def _timeline(involved: Sequence[Claim], sources: Mapping[str, Source], labels) -> list[dict]:
    """For running totals and updates: the figure across sources and the times it holds for."""
    figures = [g for g in comparable_groups(involved) if g[0].kind != "date"]
    if not figures:
        return []
    group = max(figures, key=len)
    names = sorted({source_label(sources.get(c.source), c.source) for c in group})
    points = []
    for claim in group:
        days = as_of_days(claim.as_of)
        if days is None:
            source = sources.get(claim.source)
            published = source.published_date if source is not None else None
            if published is None:
                continue
            days = (iso_to_day(published), iso_to_day(published))
        label = source_label(sources.get(claim.source), claim.source)
        points.append(TimePoint(label, names.index(label), days[0], days[1], claim.low, point(claim), claim.high,
                                format_value(claim)))
    if not points:
        return []
    name = figure_name(group[0].metric, None, labels)
    sample = group[0]
    svg = timeline_picture(points, names, title=f"Timeline of {name}",
                           label=lambda x: format_amount(sample, x), day_label=lambda d: day_to_iso(d) or "")
    return [{"caption": f"Timeline of {name}: each reading at the time it holds for, a line per source.",
             "svg": _safe(svg)}]


def _safe(svg: str):
    """Our own drawing, every text in it escaped already: marked safe so the template does not escape it again."""
    from markupsafe import Markup

    return Markup(svg)


def _detail(index: int, finding: Finding, claims, sources, texts: _Texts, labels) -> dict:
    involved = claims_of(finding, claims)
    marked = outliers(involved, sources) if finding.severity != "info" else set()
    pictures = []
    if finding.severity != "info" and involved:
        pictures += _range_pictures(involved, sources, marked, labels)
    if finding.code.startswith("FC2"):
        pictures += _timeline(involved, sources, labels)
    return {
        "anchor": f"finding-{index}",
        "severity": finding.severity,
        "code": finding.code,
        "rule": finding.rule,
        "figure": _figure(finding, labels),
        "message": finding.message,
        "explanation": finding.explanation,
        "groups": _groups(finding, claims, sources, texts, marked),
        "pictures": pictures,
    }


def _listed(findings: Sequence[Finding], claims, sources, labels) -> list[dict]:
    rows = []
    for finding in findings:
        names = sorted({source_label(sources.get(i), i) for i in finding.sources})
        rows.append({
            "figure": _figure(finding, labels),
            "value_text": ", ".join(dict.fromkeys(format_value(c) for c in claims_of(finding, claims))),
            "sources": ", ".join(names),
            "independent": independent_count(finding.sources, sources),
        })
    return rows


def render(
    report: Report,
    *,
    rules=None,
    texts: Mapping[str, str] | None = None,
    title: str = "Where the sources disagree",
    metric_labels: Mapping[str, str] | None = None,
    detailed: int = DEFAULT_DETAILED,
    **_options,
) -> str:
    """The HTML report: one file with its style sheet and pictures inline, no script, no external resource.

    Disputes come first, by severity, then other observations (updates, scope), each in full with
    its agreeing groups, quotes in their sentences and pictures; corroborated figures form a table
    and single-source figures one collapsed list. Every text from sources, claim files and messages
    is escaped by the template; the same report always gives the same bytes.
    """
    report = ordered(report)
    claims = {c.id: c for c in report.claims}
    sources = {s.id: s for s in report.sources}
    source_texts = _Texts(sources, texts)
    parts = sections(report.findings)
    worth = [*parts.disputes, *parts.observations]
    shown = worth[: max(detailed, 0)]
    details = [_detail(i + 1, f, claims, sources, source_texts, metric_labels) for i, f in enumerate(shown)]
    summary = {id(f): d for f, d in zip(shown, details)}
    environment = _environment()
    css = (_TEMPLATES / "report.css").read_text(encoding="utf-8")
    from markupsafe import Markup

    return environment.get_template("report.html.jinja").render(
        title=title,
        version=__version__,
        csp=_csp(css),
        css=Markup(css),
        counts=_counts(report),
        disputes=[summary[id(f)] for f in parts.disputes if id(f) in summary],
        observations=[summary[id(f)] for f in parts.observations if id(f) in summary],
        corroborated=_listed(parts.corroborated, claims, sources, metric_labels),
        single_source=_listed(parts.single_source, claims, sources, metric_labels),
        details=details,
        omitted=len(worth) - len(shown),
        notices=list(report.notices),
        sources=[{"id": s.id, "outlet": s.outlet, "title": s.title, "url": safe_url(s.url),
                  "published": _published(s), "wire": ", ".join(s.wire)} for s in report.sources],
    )
