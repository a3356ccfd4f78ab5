"""Source, Claim and Finding: the frozen records that cross module lines."""

from __future__ import annotations

import datetime as dt
import math
import sys
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = [
    "Source",
    "Claim",
    "Finding",
    "Report",
    "Extraction",
    "Kind",
    "Origin",
    "Severity",
    "Qualifier",
    "SEVERITY_RANK",
    "day_to_iso",
    "iso_to_day",
]

Kind = Literal["quantity", "date", "duration"]
Origin = Literal["extracted", "curated"]
Severity = Literal["error", "warning", "info"]
Qualifier = Literal[
    "exact",
    "at_least",
    "more_than",
    "at_most",
    "less_than",
    "about",
    "nearly",
    "just_over",
    "range",
    "vague",
]

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}

_EPOCH = dt.date(1970, 1, 1)


def iso_to_day(value: str | dt.date) -> float:
    """An ISO date as days since 1970-01-01, the internal scale of date intervals."""
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
    return float((day - _EPOCH).days)


def day_to_iso(day: float | None) -> str | None:
    """Days since 1970-01-01 back to an ISO date."""
    if day is None or math.isinf(day):
        return None
    return (_EPOCH + dt.timedelta(days=int(math.floor(day)))).isoformat()


class _FieldsSet(set):
    """One record type's set of explicitly given field names, shared by every record that gave the same ones.

    pydantic keeps such a set per instance (2.3 KB for a claim's 30 names, more than the claim's own values),
    and never changes it but on a copy (model_copy copies it first), so equal sets can be one object.
    """

    __slots__ = ()

    def _frozen(self, *args, **kwargs):
        raise TypeError("a shared fields set is read-only: copy it first")

    add = discard = remove = pop = clear = update = _frozen
    difference_update = intersection_update = symmetric_difference_update = _frozen
    __ior__ = __iand__ = __isub__ = __ixor__ = _frozen

    def __copy__(self) -> set:
        return set(self)

    def __reduce__(self):
        return set, (list(self),)


_FIELDS_SETS: dict[tuple[type, frozenset], _FieldsSet] = {}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    # Text fields whose values repeat across records (ids of sources, metric names, units): interned at
    # validation, so 100,000 sources' claims hold one copy of each instead of one per claim.
    _interned: ClassVar[tuple[str, ...]] = ()

    @model_validator(mode="after")
    def _compact(self):
        # Memory only: the values stay equal, so validation, copies, dumps and equality are unchanged.
        given = self.__pydantic_fields_set__
        if type(given) is _FieldsSet:
            # Compacted already, and frozen since (a copy gets a set of its own): a claim validated again as
            # part of its Extraction.
            return self
        key = (type(self), frozenset(given))
        shared = _FIELDS_SETS.get(key)
        if shared is None:
            shared = _FIELDS_SETS.setdefault(key, _FieldsSet(given))
        object.__setattr__(self, "__pydantic_fields_set__", shared)
        values = self.__dict__
        intern = sys.intern
        for name in self._interned:
            value = values[name]
            if type(value) is str:
                values[name] = intern(value)
        return self


# Reports published before this hour tell the figures of the evening before.
_SMALL_HOURS_END = 6
# A title standing in for an outlet is cut here, at a word: it labels a row, it is not read.
_TITLE_LABEL_LIMIT = 48


class Source(_Frozen):
    """One article: where it is, who published it and when."""

    id: str
    path: str
    outlet: str | None = None
    title: str | None = None
    published: dt.date | dt.datetime | None = None
    url: str | None = None
    # Wire services or partners the text credits ("REUTERS"): sources sharing one are not independent.
    wire: tuple[str, ...] = ()
    # For HTML sources: the original file the text was extracted from.
    original: str | None = None
    # The UTC offset, in minutes, most of the run's timed sources publish in (inputs.sources.story_zone), which
    # dates this source's undated figures (news_day); None when they share none. Not part of reports.
    news_zone: int | None = Field(default=None, exclude=True)
    # The day its dateline states (extract.datelines.dateline_day): its own day where it was filed, which dates
    # its undated figures whatever the zone and hour of its publication. Not part of reports.
    filed: dt.date | None = Field(default=None, exclude=True)

    _interned: ClassVar[tuple[str, ...]] = ("id", "outlet")

    @property
    def label(self) -> str:
        """How a reader knows the source: its outlet, else its title (cut at a word to a label's length), else
        its id. Findings' messages and every reporter name sources through it."""
        if self.outlet and self.outlet.strip():
            return self.outlet.strip()
        if self.title and self.title.strip():
            title = " ".join(self.title.split())
            if len(title) <= _TITLE_LABEL_LIMIT:
                return title
            cut = title.rfind(" ", 0, _TITLE_LABEL_LIMIT)
            return title[: cut if cut > _TITLE_LABEL_LIMIT // 2 else _TITLE_LABEL_LIMIT - 1].rstrip(" ,:;") + "…"
        return self.id

    @property
    def published_date(self) -> dt.date | None:
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published

    @property
    def news_day(self) -> dt.date | None:
        """The day an undated figure of this source holds for, when its publication's time and offset are known:
        its day in the zone the story's sources publish in (news_zone), a report of the small hours telling the
        evening before's figures (a Delhi paper at 00:30); else, when the sources publish from zones apart, its
        day in UTC, so they speak of one day alike (Tokyo at 08:30 tells the previous evening's figures of a
        story in Europe). Else the date its publication states. A day its dateline states comes first."""
        if self.filed is not None:
            return self.filed
        published = self.published
        if isinstance(published, dt.datetime) and published.tzinfo is not None:
            if self.news_zone is None:
                return published.astimezone(dt.timezone.utc).date()
            local = published.astimezone(dt.timezone(dt.timedelta(minutes=self.news_zone)))
            return local.date() - dt.timedelta(days=1) if local.hour < _SMALL_HOURS_END else local.date()
        return self.published_date


class Claim(_Frozen):
    """One figure a source states: what it measures, its value as an interval, and where it stands.

    Numbers live on one scale per kind: quantities in the canonical unit named by `unit`,
    dates as days since 1970-01-01 (rendered as ISO dates), durations in days.
    `low`/`high` are None where unbounded; the `*_inclusive` flags say whether the bound belongs.
    """

    id: str
    source: str
    origin: Origin = "extracted"
    kind: Kind
    metric: str
    subject: str | None = None
    event: str | None = None
    value: float | None = None
    low: float | None = None
    high: float | None = None
    low_inclusive: bool = True
    high_inclusive: bool = True
    unit: str | None = None
    # The value and unit as the text wrote them, before conversion ("-11", "degF").
    stated_value: float | None = None
    stated_unit: str | None = None
    qualifier: Qualifier = "exact"
    # The time the figure holds for, as an ISO date or date range ("2025-02", "2026-02-04").
    as_of: str | None = None
    # Whether as_of was stated in the text; otherwise it is the source's publication date.
    as_of_stated: bool = False
    # An early or preliminary figure ("in preliminary figures", "early reports had"), superseded later.
    provisional: bool = False
    # The text says the figure was revised from an earlier one ("revised the toll to 275 from 288").
    revised: bool = False
    # The text gives the figure as a possibility or a projection ("a full 10-day strike could cost more than
    # $5 billion", "is expected to reach"), not as what happened: never a rival of what did.
    hypothetical: bool = False
    # A rolling window the figure covers, in days ("in the last 24 hours" is 1.0).
    window_days: float | None = None
    attributed_to: str | None = None
    # The id of the claim this figure is a part of, in the same source ("1,400 of them" in serious condition,
    # "$1.6 billion of it" in the fourth quarter, a sum a total's breakdown lists).
    part_of: str | None = None
    # The place the figure's story happens in, as its text ties its event to a place ("the Balasore accident",
    # "the quake in Morocco"), when the figure names no narrower place of its own: figures of stories in
    # different places are not compared.
    area: str | None = None
    # What the figure belongs to when that is not a place ("Kentucky Truck Plant", "Coromandel Express"), or
    # the part of a whole it counts ("in serious condition"); None for the whole itself.
    scope: str | None = None
    quote: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    # The weekday the text states beside a date (0 = Monday), kept so a rule can check it.
    weekday: int | None = Field(default=None, ge=0, le=6)
    # A date's precision: day, month or year. None for other kinds.
    precision: Literal["day", "month", "year"] | None = None
    # Free text for the reader ("summary", "converted from °F").
    note: str | None = None
    # Where a curated claim stands in its claim file (1-based), for locations in reports.
    file: str | None = None
    line: int | None = None
    column: int | None = None

    _interned: ClassVar[tuple[str, ...]] = ("source", "origin", "kind", "metric", "subject", "event", "unit",
                                            "stated_unit", "qualifier", "as_of", "attributed_to", "area", "scope", "precision",
                                            "note", "file")

    @model_validator(mode="after")
    def _share_bounds(self):
        # An exact figure's bounds equal its value: one float object serves the three (never for zero,
        # whose sign a shared object could change).
        values = self.__dict__
        value = values["value"]
        if value is not None and value != 0.0:
            if values["low"] == value:
                values["low"] = value
            if values["high"] == value:
                values["high"] = value
        return self

    @field_validator("value", "low", "high")
    @classmethod
    def _finite_or_none(cls, v: float | None) -> float | None:
        if v is not None and math.isnan(v):
            raise ValueError("NaN is not a value")
        return v

    def contains(self, x: float, tolerance: float = 0.0) -> bool:
        """Whether x lies in this claim's interval, widened by tolerance on both sides."""
        lo, hi = self.low, self.high
        if lo is not None:
            if x < lo - tolerance or (x == lo and not self.low_inclusive and tolerance == 0):
                return False
        if hi is not None:
            if x > hi + tolerance or (x == hi and not self.high_inclusive and tolerance == 0):
                return False
        return True


class Finding(_Frozen):
    """One thing a rule found about a group of claims: plain data, rendered only by reporters."""

    _interned: ClassVar[tuple[str, ...]] = ("code", "rule", "severity", "category", "template", "metric",
                                            "subject", "path")

    code: str
    rule: str
    severity: Severity
    category: str
    message: str
    template: str
    params: dict[str, str | float | int | None] = Field(default_factory=dict)
    metric: str | None = None
    subject: str | None = None
    claims: tuple[str, ...] = ()
    # The finding's claims split into groups that agree among themselves, largest first (claim ids); every
    # claim is in at least one group, and two claims in no common group are set against each other.
    groups: tuple[tuple[str, ...], ...] = ()
    sources: tuple[str, ...] = ()
    explanation: str = ""
    fingerprint: str = ""
    # Where to point a reader: a claim file or source path with a 1-based line and column.
    path: str | None = None
    line: int | None = None
    column: int | None = None

    @model_validator(mode="after")
    def _intern_params(self):
        # Parameter texts repeat across findings (figure names, value lists: 2,211 distinct in 21,935 over
        # 1,000 articles); the dict is this finding's own, made by validation, so its values can be swapped.
        params = self.__dict__["params"]
        for key, value in params.items():
            if type(value) is str:
                params[key] = sys.intern(value)
        return self


class Extraction(_Frozen):
    """What extraction read from one source: its claims, and all that judging needs of its text besides them."""

    claims: list[Claim]
    # Every place the text names, when a figure of it has neither a place nor a story place of its own (such a
    # figure may be about any of them); None when no figure needs them.
    places: tuple[str, ...] | None = None
    # For a source without a publication date: the latest full date its text states, which stands in for it.
    stated: dt.date | None = None
    # Where a figure is restated in another unit right after it ("-25°C (-11°F)"): (end of the first figure,
    # start of the second).
    conversions: tuple[tuple[int, int], ...] = ()
    # Where each figure's sentence starts: (the figure's start, its sentence's start). Parts one sentence lists
    # add up to their whole, while parts told in sentences of their own may overlap; two values a sentence gives
    # of one figure are two things it tells apart ("air 24C, track 41C"), no contradiction.
    sentences: tuple[tuple[int, int], ...] = ()
    # What the reader should be told about the reading ("3,000 characters from line 12 were not read").
    notices: tuple[str, ...] = ()


class Report(_Frozen):
    """The outcome of one run: sources, claims and findings, each sorted, ready for any reporter."""

    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    # Plain counts for summaries: {"sources": 5, "claims": 80, "error": 1, ...}.
    stats: dict[str, int] = Field(default_factory=dict)
    # Notes the reader should see, such as "source 004 has no publication date: relative dates unresolved".
    notices: tuple[str, ...] = ()
