"""schema.org ClaimReview JSON-LD for disputed figures: which sources disagree, never which is true.

One ClaimReview per claim involved in an error or warning finding. `claimReviewed` is the quote,
`itemReviewed` a schema.org Claim whose `appearance` is the article (a CreativeWork with its url,
name, publisher and datePublished), and `author` the tool, an Organization. The conflicting claims
are linked through the review's `citation` (a CreativeWork property whose range is CreativeWork,
which Claim is): each review cites the other claims of its disputes by their @id. There is
deliberately no `reviewRating` and no verdict of any kind: this tool finds disagreement, not truth.
"""

from __future__ import annotations

import json
from typing import Mapping
from urllib.parse import quote

from checker.model import Claim, Finding, Report, Source
from checker.report.sanitize import escape_json_text, for_json
from checker.report.shared import claim_key, claims_of, figure_name, is_disputed, ordered

__all__ = ["render", "to_data"]

_CONTEXT = "https://schema.org"


def _iri(base: str, kind: str, identifier: str) -> str:
    return f"{base}{kind}:{quote(identifier, safe='')}"


def _appearance(source: Source | None, source_id: str) -> dict:
    work: dict = {"@type": "CreativeWork"}
    if source is None:
        work["name"] = source_id
        return work
    if source.url:
        work["url"] = source.url
    work["name"] = source.title or source.outlet or source.id
    if source.outlet:
        work["publisher"] = {"@type": "Organization", "name": source.outlet}
    if source.published is not None:
        work["datePublished"] = source.published.isoformat()
    return work


def _review(
    claim: Claim,
    findings: list[Finding],
    others: list[Claim],
    sources: Mapping[str, Source],
    base: str,
    author: str,
    date_published: str | None,
    labels: Mapping[str, str] | None,
) -> dict:
    item: dict = {
        "@type": "Claim",
        "@id": _iri(base, "claim", claim.id),
        "appearance": _appearance(sources.get(claim.source), claim.source),
    }
    if claim.attributed_to:
        item["creditText"] = claim.attributed_to
    names = sorted({figure_name(f.metric, f.subject, labels) for f in findings})
    review: dict = {
        "@context": _CONTEXT,
        "@type": "ClaimReview",
        "@id": _iri(base, "review", claim.id),
        "name": f"Sources disagree on {'; '.join(names)}",
        "claimReviewed": claim.quote,
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": author},
        "reviewBody": " ".join(f.explanation or f.message for f in findings),
        "keywords": ", ".join(sorted({f.category for f in findings} | {f.code for f in findings})),
    }
    if date_published:
        review["datePublished"] = date_published
    if others:
        review["citation"] = [
            {
                "@type": "Claim",
                "@id": _iri(base, "claim", other.id),
                "text": other.quote,
                "appearance": _appearance(sources.get(other.source), other.source),
            }
            for other in others
        ]
    return review


def _clean(value):
    if isinstance(value, str):
        return for_json(value)
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def to_data(
    report: Report,
    *,
    base_iri: str = "urn:checker:",
    author: str = "checker",
    date_published: str | None = None,
    metric_labels: Mapping[str, str] | None = None,
) -> list[dict]:
    """The ClaimReview nodes, one per claim in a disputed finding, in claim order."""
    report = ordered(report)
    claims = {c.id: c for c in report.claims}
    sources = {s.id: s for s in report.sources}
    findings_of: dict[str, list[Finding]] = {}
    others_of: dict[str, dict[str, Claim]] = {}
    for finding in report.findings:
        if not is_disputed(finding):
            continue
        involved = claims_of(finding, claims)
        for claim in involved:
            findings_of.setdefault(claim.id, []).append(finding)
            others = others_of.setdefault(claim.id, {})
            for other in involved:
                if other.id != claim.id:
                    others[other.id] = other
    reviews = []
    for claim in sorted((claims[i] for i in findings_of), key=claim_key):
        others = sorted(others_of[claim.id].values(), key=claim_key)
        reviews.append(
            _review(claim, findings_of[claim.id], others, sources, base_iri, author, date_published,
                    metric_labels)
        )
    return _clean(reviews)


def render(
    report: Report,
    *,
    rules=None,
    base_iri: str = "urn:checker:",
    author: str = "checker",
    date_published: str | None = None,
    metric_labels: Mapping[str, str] | None = None,
    **_options,
) -> str:
    """The JSON-LD list, safe to embed in a <script type="application/ld+json"> element."""
    data = to_data(report, base_iri=base_iri, author=author, date_published=date_published,
                   metric_labels=metric_labels)
    text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
    return escape_json_text(text, html_safe=True) + "\n"
