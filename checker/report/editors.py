"""What editors read, shared by the markdown and HTML reports: syntheses, agreeing groups, sections, quotes in context."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, NamedTuple, Sequence

from checker.model import Claim, Finding, Source
from checker.report.shared import (claims_of, comparable_groups, format_value, independent_count, is_disputed, point,
                                   value_key)

__all__ = [
    "Synthesis",
    "synthesize",
    "finding_groups",
    "outliers",
    "Sections",
    "sections",
    "is_collapsed_info",
    "in_sentence",
    "COLLAPSED_CATEGORIES",
]

# Info findings an editor needs only as a list: they say that nothing is wrong with a figure.
COLLAPSED_CATEGORIES = ("corroboration", "single-source")


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


def finding_groups(finding: Finding, claims: Mapping[str, Claim]) -> list[list[Claim]]:
    """The finding's claims in groups that agree among themselves, largest first.

    The engine's `groups` (claim ids) when the finding carries them; otherwise one group per
    distinct stated value, in order of size, then of first appearance. A claim the groups leave
    out still appears, alone, so that no claim of the finding is ever hidden.
    """
    involved = claims_of(finding, claims)
    given = [[claims[i] for i in group if i in claims] for group in getattr(finding, "groups", ()) or ()]
    groups = [group for group in given if group]
    if not groups:
        by_value = _value_groups(involved)
        groups = sorted(by_value.values(), key=len, reverse=True)  # stable: ties keep first appearance
    placed = {c.id for group in groups for c in group}
    groups += [[c] for c in involved if c.id not in placed]
    return groups


def outliers(claims: Sequence[Claim], sources: Mapping[str, Source]) -> set[str]:
    """Ids of the claims whose value excludes the best estimate of their own figure (metric, kind, unit)."""
    found: set[str] = set()
    for group in comparable_groups(claims):
        best = synthesize(group, sources).best_point
        if best is not None:
            found.update(c.id for c in group if not c.contains(best))
    return found


def is_collapsed_info(finding: Finding) -> bool:
    """An info finding that only says a figure is corroborated or rests on one source."""
    return finding.severity == "info" and finding.category in COLLAPSED_CATEGORIES


class Sections(NamedTuple):
    """A report's findings as an editor reads them, each part in report order."""

    disputes: list[Finding]
    observations: list[Finding]
    corroborated: list[Finding]
    single_source: list[Finding]


def sections(findings: Sequence[Finding]) -> Sections:
    """Disputes (errors, then warnings), other observations (updates, scope), corroborated, single-source."""
    parts = Sections([], [], [], [])
    for finding in findings:
        if is_disputed(finding):
            parts.disputes.append(finding)
        elif finding.category == "corroboration":
            parts.corroborated.append(finding)
        elif finding.category == "single-source":
            parts.single_source.append(finding)
        else:
            parts.observations.append(finding)
    return parts


# The end of a sentence: a full stop, "!" or "?" (with closing quotes or brackets) before a space, or a line end.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s)|\n")


def in_sentence(text: str | None, claim: Claim, *, limit: int = 240) -> tuple[str, str, str]:
    """The claim's quote with the rest of its sentence in the source text: (before, quote, after).

    At most `limit` characters are kept on each side, cut at a space and marked with an ellipsis.
    Without the text, or where the offsets do not hold the quote, the sides are empty.
    """
    start, end, quote = claim.start, claim.end, claim.quote
    if text is None or text[start:end] != quote:
        return "", quote, ""
    window_start = max(0, start - limit - 1)
    before = text[window_start:start]
    last = None
    for last in _SENTENCE_END.finditer(before):
        pass
    if last is not None:
        before = before[last.end():]
    elif window_start > 0:
        cut = before.find(" ")
        before = "…" + before[cut + 1:] if cut >= 0 else "…" + before
    after = text[end:end + limit + 1]
    stop = _SENTENCE_END.search(after)
    if stop is not None:
        after = after[:stop.end()] if after[stop.start()] != "\n" else after[:stop.start()]
    elif end + limit + 1 < len(text):
        cut = after.rfind(" ")
        after = (after[:cut] if cut > 0 else after) + "…"
    return before.lstrip(), quote, after.rstrip()
