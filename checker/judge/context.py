"""What rules judge claims in: the groups they compare, the tolerances, and the context of sources and readings."""

from __future__ import annotations

import math
import re

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from checker.figures import kind_of
from checker.inputs.textio import LineIndex
from checker.model import Claim, Extraction, Source

__all__ = ["Tolerances", "Group", "Context", "judging_context", "WRITTEN_DIGITS", "written_figure"]


@dataclass(frozen=True)
class Tolerances:
    """How far apart two values may be and still agree, per kind of figure.

    Absolute tolerances are in the canonical unit (percentage points, degrees Celsius, days);
    `relative` applies to everything else (counts, money, distances) as a share of the larger value.
    `days_apart` bounds how far apart two sources may be published for their figures of unstated time
    to speak of one occasion.
    """

    count: float = 0.0
    percent: float = 0.5
    temperature: float = 1.0
    date: float = 0.0
    duration: float = 0.0
    relative: float = 0.01
    # A figure whose time the text does not state is taken to hold in the days up to its publication:
    # two such figures from sources published further apart than this are about different occasions
    # (Monday's strike and Thursday's), not rivals. Running totals are compared across time anyway.
    days_apart: float = 2.0

    def for_claim(self, claim: Claim) -> tuple[float, float]:
        """(absolute, relative) tolerance for a claim's values."""
        kind = kind_of(claim.kind, claim.unit)
        field_name = kind.tolerance if kind is not None else "relative"  # money: a share of the larger value
        if field_name == "relative":
            return _scale_word_half(claim), self.relative
        if field_name == "count":
            return max(self.count, _scale_word_half(claim)), 0.0
        if field_name == "percent" and not claim.metric.endswith(".change"):
            # A level or a share is told to its last digit; a change moves through the day ("slipped 0.4%" at
            # noon, "closed 0.5% lower"), so it keeps the whole tolerance
            return min(self.percent, _last_digit_half(claim)), 0.0
        return getattr(self, field_name), 0.0

    def margin(self, claim: Claim, x: float) -> float:
        """How far from x a claim's value may lie and still agree with it: its absolute tolerance, or its relative
        one as a share of x, whichever is larger."""
        absolute, relative = self.for_claim(claim)
        return max(absolute, relative * abs(x))


# A figure's written digits and their decimals: "24.8" of "24.8 million", "12,300".
WRITTEN_DIGITS = re.compile(r"(\d[\d,]*)(?:\.(\d+))?")
# How far a figure told with a scale word may be rounded, by its share of it ("2 million" is no 2.1 million).
_SCALED_ROUNDING_SHARE = 0.025


def written_figure(quote: str, stated: float | None) -> tuple[re.Match[str] | None, float]:
    """A quote's first written figure, and the factor of the scale word told with it when its stated value is a
    thousand times its digits or more: a million for "24.8 million", 1 for digits written out ("24,782,800")."""
    m = WRITTEN_DIGITS.search(quote)
    written = float(m.group().replace(",", "")) if m is not None else 0.0
    return m, abs(stated / written) if stated and written and abs(stated / written) >= 1000 else 1.0


def _scale_word_half(claim: Claim) -> float:
    """Half the last digit of a count or sum told with a scale word, which vouches for no more: "24.8 million" is
    24.75 to 24.85 million, so 24,782,800 agrees with it; never more than a fortieth of the figure, and nothing
    for a figure written out in digits ("24,782,800", "288") or for a bound or range."""
    stated = claim.stated_value if claim.stated_value is not None else claim.value
    if stated is None or claim.qualifier != "exact" or claim.value != stated:
        return 0.0  # a bound or range, or a figure converted from the unit it was told in
    m, scale = written_figure(claim.quote or "", stated)
    if m is None or scale == 1.0:
        return 0.0
    step = 10.0 ** -len(m.group(2) or "") * scale
    return min(0.5 * step, _SCALED_ROUNDING_SHARE * abs(stated))


def _last_digit_half(claim: Claim) -> float:
    """Just under half the last digit a percentage is told to: "4.1%" vouches for its tenth (0.049), "20%"
    for its unit (0.49), so 4.1% and 4.2% disagree while 20% and 20.4% agree."""
    value = claim.stated_value if claim.stated_value is not None else claim.value
    if value is None:
        return math.inf
    written = f"{abs(value):.6f}".rstrip("0").rstrip(".")
    decimals = len(written.split(".")[1]) if "." in written else 0
    return 0.49 * 10.0 ** -decimals


@dataclass
class Group:
    """Claims that measure one figure: same kind, metric family and unit."""

    key: tuple[str, ...]
    metric: str
    claims: list[Claim]
    # Ids of claims visiting from the end of the week before (see rulepass._guests): compared with the
    # week's own claims, never with each other, since their own week compared them already.
    guests: frozenset[str] = frozenset()
    # The group's Pairs, made by the first rule that asks (see pairs()) and shared by the rest.
    memo: dict = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class Context:
    """What rules may consult besides the claims: sources, what extraction read of their texts besides the
    claims, the vocabulary and options. Made once per run (judging_context) and never changed: a pass that
    needs more makes a copy (dataclasses.replace)."""

    sources: dict[str, Source]
    vocabulary: object
    tolerances: Tolerances = field(default_factory=Tolerances)
    # The days each source dates its events to, by (source, event) and (source, "") for all of them
    # (see event_days); None when unknown, and then figures are dated by publication alone.
    anchors: dict[tuple[str, str], tuple[str, str]] | None = None
    # Every source's one-day date claims by what they date and the day (see dates_by_day), whatever week
    # each source falls in; None when unknown, and then a rule sees only the claims it is given.
    days: dict[tuple[str, float], list[Claim]] | None = None
    # The latest date each source without a publication date states (Extraction.stated), standing in for it.
    stated: dict[str, dt.date] = field(default_factory=dict)
    # Every place each source's text names, for the figures with no place of their own (Extraction.places).
    places: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Where a figure is restated in another unit right after it, by source (Extraction.conversions).
    conversions: dict[str, frozenset[tuple[int, int]]] = field(default_factory=dict)
    # Where the sentence of each figure starts, by source and the figure's start (Extraction.sentences).
    sentences: dict[str, dict[int, int]] = field(default_factory=dict)
    # Each source's line starts, to turn a figure's offset into a line and column.
    lines: Mapping[str, LineIndex] = field(default_factory=dict)
    # The earlier bulletin each source repeats (bulletins.find_bulletins): its running totals are that day's.
    bulletins: dict = field(default_factory=dict)

    def label(self, source_id: str) -> str:
        """How a finding's message names a source: its outlet, else its title in quotes (a headline read in a
        sentence), else its id (Source.label)."""
        source = self.sources.get(source_id)
        if source is None:
            return source_id
        label = source.label
        return label if label in (source.outlet, source.id) else f"“{label}”"

    def published(self, source_id: str):
        """A source's publication date, else the latest date its text states, else None."""
        source = self.sources.get(source_id)
        day = source.published_date if source else None
        return day if day is not None else self.stated.get(source_id)


def judging_context(loaded, readings: dict[str, Extraction], vocabulary,
                    tolerances: Tolerances | None = None) -> Context:
    """What the rules judge the claims of `loaded` sources in: the sources, what extraction read of their
    texts besides the claims (`readings`, by source id), the vocabulary and the tolerances."""
    return Context(
        sources={ls.source.id: ls.source for ls in loaded},
        vocabulary=vocabulary,
        tolerances=tolerances or Tolerances(),
        stated={sid: r.stated for sid, r in readings.items() if r.stated is not None},
        places={sid: r.places for sid, r in readings.items() if r.places is not None},
        conversions={sid: frozenset(r.conversions) for sid, r in readings.items() if r.conversions},
        sentences={sid: dict(r.sentences) for sid, r in readings.items() if r.sentences},
        lines=_LineIndexes({ls.source.id: ls.text for ls in loaded}),
    )


class _LineIndexes(Mapping):
    """Each source's LineIndex by source id, made when a finding first needs it."""

    def __init__(self, texts: dict[str, str]) -> None:
        self._texts = texts
        self._made: dict[str, LineIndex] = {}

    def __getitem__(self, source: str) -> LineIndex:
        found = self._made.get(source)
        if found is None:
            found = self._made[source] = LineIndex(self._texts[source])
        return found

    def __iter__(self):
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)
