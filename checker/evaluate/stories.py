"""Real multi-outlet stories: the whole run scored against gold conflicts, compatible pairs and figures."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from checker.model import Claim, Finding, Report, day_to_iso
from checker.normalize.units import (DENSITY_AREA, DENSITY_PER, UNIT_DIMENSION, convert, short_name, to_canonical,
                                     unit_for_token)
from checker.options import Options
from checker.run import execute

__all__ = ["StoryScore", "story_scores", "score_story", "pair_flagged", "figure_read"]

# Findings an editor must act on: a pair set against each other by one of these counts as flagged.
_FLAGGING = frozenset({"error", "warning"})
# Gold units of time spans, in days (the checker's scale for durations).
_DURATION_DAYS = {"hours": 1 / 24, "hour": 1 / 24, "days": 1.0, "day": 1.0, "weeks": 7.0, "week": 7.0,
                  "months": 30.4375, "month": 30.4375, "years": 365.25, "year": 365.25}
# Gold units of measure, as the checker's surface tokens ("km", "mph").
_RATE_SUFFIX = "/hour"


@dataclass
class StoryScore:
    """One story's scores: conflicts found, compatible pairs flagged, figures read; with what went wrong."""

    story: str
    conflicts_found: int = 0
    conflicts: int = 0
    compatible_flagged: int = 0
    compatible: int = 0
    figures_read: int = 0
    figures: int = 0
    furniture_flagged: int = 0
    furniture: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: "StoryScore") -> None:
        for name in ("conflicts_found", "conflicts", "compatible_flagged", "compatible", "figures_read", "figures",
                     "furniture_flagged", "furniture"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict:
        return {"story": self.story, "conflicts_found": self.conflicts_found, "conflicts": self.conflicts,
                "compatible_flagged": self.compatible_flagged, "compatible": self.compatible,
                "figures_read": self.figures_read, "figures": self.figures,
                "furniture_flagged": self.furniture_flagged, "furniture": self.furniture}


def _span(text: str, quote: str) -> tuple[int, int] | None:
    at = text.find(quote)
    return None if at < 0 else (at, at + len(quote))


def _on(claims_by_source: dict[str, list[Claim]], texts: dict[str, str], side: dict) -> set[str]:
    """The ids of the claims overlapping one side's quote."""
    span = _span(texts.get(side["source"], ""), side["quote"])
    if span is None:
        return set()
    lo, hi = span
    return {c.id for c in claims_by_source.get(side["source"], ()) if c.start < hi and lo < c.end}


def _groups(finding: Finding) -> tuple[tuple[str, ...], ...]:
    return tuple(getattr(finding, "groups", ()) or ())


def pair_flagged(findings: list[Finding], a: set[str], b: set[str]) -> Finding | None:
    """The first error or warning finding holding a claim of each side that no group of it holds together."""
    for f in findings:
        if f.severity not in _FLAGGING:
            continue
        held = set(f.claims)
        groups = _groups(f)
        for x in a & held:
            for y in b & held:
                if x != y and not any(x in g and y in g for g in groups):
                    return f
    return None


def _close(x: float | None, y: float, rel: float = 1e-6) -> bool:
    return x is not None and math.isclose(x, y, rel_tol=rel, abs_tol=1e-9)


def _gold_measure(value: float, unit: str) -> tuple[float, str] | None:
    """A gold value in a unit of measure on the checker's canonical scale: (value, canonical short unit)."""
    name = unit_for_token(unit)
    if name is None:
        return None
    converted, canonical = to_canonical(float(value), name)
    return converted, short_name(canonical)


def figure_read(gold: dict, claim: Claim) -> bool:
    """Whether a claim carries a gold figure's value (in the gold's unit, converted where the checker converts)."""
    unit, value = str(gold.get("unit") or ""), gold.get("value")
    if unit == "date":
        if claim.kind != "date":
            return False
        day = day_to_iso(claim.value if claim.value is not None else claim.low)
        return day is not None and (day == str(value) or (len(str(value)) < 10 and day.startswith(str(value))
                                                           and claim.precision != "day"))
    if not isinstance(value, (int, float)):
        return False
    high = gold.get("value_max")
    if unit in _DURATION_DAYS:
        return claim.kind == "duration" and _close(claim.value, value * _DURATION_DAYS[unit], rel=0.01)
    if claim.kind != "quantity":
        return False
    area = unit_for_token(unit.partition("/")[2])
    if UNIT_DIMENSION.get(area or "") == "area":  # "people/sq mi": a density, which the checker reads per km2
        return claim.metric.endswith(f".per_{DENSITY_PER}") and _close(
            claim.value, value / convert(1.0, area, DENSITY_AREA), rel=0.005)
    if unit.endswith(_RATE_SUFFIX):
        unit = unit[: -len(_RATE_SUFFIX)]
    measure = _gold_measure(value, unit) if unit not in ("percent",) else None
    if measure is not None:
        expected, canonical = measure
        return claim.unit == canonical and _close(claim.value, expected, rel=0.005)
    if high is not None:
        return _close(claim.low, value) and _close(claim.high, float(high))
    return _close(claim.value, value) or (claim.qualifier != "exact" and _close(claim.low, value)
                                          and claim.high is None)


def score_story(folder: Path, gold: dict, report: Report, texts: dict[str, str]) -> StoryScore:
    """One story's scores from its report (the whole run: extraction, rules, findings and their groups)."""
    score = StoryScore(story=gold.get("story") or folder.name)
    by_source: dict[str, list[Claim]] = {}
    for c in report.claims:
        by_source.setdefault(c.source, []).append(c)
    findings = list(report.findings)
    for kind, entries in (("conflict", gold.get("conflicts") or []), ("compatible", gold.get("compatible") or [])):
        for entry in entries:
            a, b = _on(by_source, texts, entry["a"]), _on(by_source, texts, entry["b"])
            hit = pair_flagged(findings, a, b)
            if kind == "conflict":
                score.conflicts += 1
                score.conflicts_found += hit is not None
                if hit is None:
                    score.misses.append(f"conflict {entry['id']} ({entry.get('kind')}) not found: "
                                        f"{entry['a']['quote']!r} / {entry['b']['quote']!r}"
                                        f"{'' if a and b else ' [a side has no claim]'}")
            else:
                score.compatible += 1
                score.compatible_flagged += hit is not None
                if hit is not None:
                    score.misses.append(f"compatible {entry['id']} ({entry.get('kind')}) flagged by {hit.code}: "
                                        f"{entry['a']['quote']!r} / {entry['b']['quote']!r}")
    for gold_claim in gold.get("claims") or []:
        score.figures += 1
        span = _span(texts.get(gold_claim["source"], ""), gold_claim["quote"])
        near = [c for c in by_source.get(gold_claim["source"], ()) if span and c.start < span[1] and span[0] < c.end]
        if any(figure_read(gold_claim, c) for c in near):
            score.figures_read += 1
        else:
            got = "; ".join(f"{c.metric}={c.value if c.value is not None else (c.low, c.high)} {c.unit}"
                            for c in near) or "nothing"
            score.misses.append(f"figure not read: {gold_claim['source']} {gold_claim['quote']!r} "
                                f"= {gold_claim['value']} {gold_claim['unit']}: got {got}")
    for piece in gold.get("furniture") or []:
        score.furniture += 1
        ids = _on(by_source, texts, piece)
        if any(f.severity in _FLAGGING and ids & set(f.claims) for f in findings):
            score.furniture_flagged += 1
            score.misses.append(f"furniture flagged: {piece['source']} {piece['quote']!r}")
    return score


def story_scores(eval_dir: Path) -> list[StoryScore]:
    """Every story under eval_dir/stories with a gold.json, run through the whole checker and scored."""
    out = []
    for folder in sorted((Path(eval_dir) / "stories").glob("*/")):
        gold_file = folder / "gold.json"
        if not gold_file.is_file():
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        report, texts = execute([folder], Options())
        out.append(score_story(folder, gold, report, texts))
    return out
