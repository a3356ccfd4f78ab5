"""The news suite: one event told by several outlets, scored claim by claim against gold claims."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from checker.evaluate.base import CaseScore, SuiteScore
from checker.extract.pipeline import extract_claims
from checker.model import Claim, Source, day_to_iso

__all__ = ["suite_scores", "load_story", "ATTRIBUTE_METRICS"]

# The gold files name attributes their own way; these are the metrics that say the same thing.
ATTRIBUTE_METRICS = {
    "killed": ("people.killed", "civilians.killed", "children.killed"),
    "killed_initial_report": ("people.killed", "civilians.killed"),
    "injured": ("people.injured", "civilians.injured", "children.injured"),
    "injured_initial_report": ("people.injured", "civilians.injured"),
    "aerial_bombs": ("bombs.aerial",),
    "apartment_buildings_damaged": ("buildings.apartment", "buildings.apartment.damaged"),
    "private_houses_damaged": ("houses.private", "houses.private.damaged"),
    "event_date": ("strike.date",),
    "talks_start": ("talks.start", "talks.date"),
    "talks_dates": ("talks.date", "talks.start"),
    "treaty_expiry": ("treaty.end",),
}
# Gold qualifiers and the checker's: a bound read wrongly is a wrong claim.
_QUALIFIERS = {"exact": ("exact",), "at_least": ("at_least",), "more_than": ("more_than",),
               "about": ("about",), "nearly": ("nearly",)}


def load_story(folder: Path) -> list[tuple[Source, str]]:
    """The digests of one event: line 1 holds URL, outlet and publication date; the text starts on line 3."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        header, _notice, text = path.read_text(encoding="utf-8").split("\n", 2)
        fields = dict(part.split(": ", 1) for part in header.split(" | ") if ": " in part)
        published = dt.date.fromisoformat(fields["Published"].strip()) if "Published" in fields else None
        source = Source(id=path.stem, path=str(path), outlet=fields.get("Outlet"), url=fields.get("URL"),
                        published=published)
        out.append((source, text))
    return out


def _value_matches(gold: dict, claim: Claim) -> bool:
    value = gold["value"]
    if claim.kind == "date":
        if isinstance(value, str) and "/" in value:
            lo, hi = value.split("/")
            return day_to_iso(claim.low) == lo and day_to_iso(claim.high) == hi
        day = claim.value if claim.value is not None else claim.low
        return isinstance(value, str) and day_to_iso(day) == value and (claim.high in (None, claim.low))
    return isinstance(value, (int, float)) and claim.value == float(value)


def _metric_matches(gold: dict, claim: Claim) -> bool:
    metrics = ATTRIBUTE_METRICS.get(gold["attribute"])
    if gold["attribute"] == "event_date" and gold.get("scope") == "report":
        return claim.kind == "date"
    return metrics is not None and claim.metric in metrics


def _right(gold: dict, claim: Claim) -> bool:
    """Right metric, right value, and for figures the right bound."""
    if not (_metric_matches(gold, claim) and _value_matches(gold, claim)):
        return False
    return claim.kind == "date" or claim.qualifier in _QUALIFIERS.get(gold["qualifier"], (gold["qualifier"],))


def _score_article(golds: list[dict], claims: list[Claim]) -> CaseScore:
    score = CaseScore(case_id=golds[0]["article_file"])
    problems = []
    used: set[str] = set()
    for gold in golds:
        score.values_total += 1
        overlapping = [c for c in claims if c.start < gold["end"] and gold["start"] < c.end and c.id not in used]
        right = [c for c in overlapping if _right(gold, c)]
        if not right:
            # Spans are scored loosely: a gold offset may point at an earlier occurrence of its surface.
            right = [c for c in claims if c.id not in used and gold["surface"] in c.quote and _right(gold, c)]
        if right:
            score.tp += 1
            score.values_right += 1
            used.add(right[0].id)
        else:
            score.fn += 1
            got = "; ".join(f"{c.metric}={c.value} {c.qualifier}" for c in overlapping) or "nothing"
            problems.append(f"{gold['attribute']} {gold['value']} {gold['qualifier']} ({gold['surface']!r}): got {got}")
    # Claims that match no gold claim are counted against precision only when they are casualty or
    # count figures of the kind the gold annotates; the gold does not list every date or duration.
    annotated = {m for ms in ATTRIBUTE_METRICS.values() for m in ms if not m.endswith(".date")}
    score.fp = sum(1 for c in claims if c.id not in used and c.metric in annotated)
    score.problem = " | ".join(problems) or None
    return score


def suite_scores(eval_dir: Path) -> list[SuiteScore]:
    """One SuiteScore per event folder under news/: recall with the right value, bound and metric."""
    out = []
    for folder in sorted((Path(eval_dir) / "news").glob("*/")):
        gold_file = folder / "claims.jsonl"
        if not gold_file.is_file():
            continue
        golds: dict[str, list[dict]] = {}
        for line in gold_file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                golds.setdefault(Path(g["article_file"]).stem, []).append(g)
        suite = SuiteScore(suite=f"news/{folder.name}", system="checker")
        for source, text in load_story(folder):
            if source.id in golds:
                suite.add(_score_article(golds[source.id], extract_claims(source, text)))
        out.append(suite)
    return out
