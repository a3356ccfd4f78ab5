"""Mention: a raw figure found in text, before context turns it into a Claim."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Mention"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A figure found at text[start:end], with its value as an interval on its kind's canonical scale.

    kind: number, percent, temperature, length, mass, volume, area, speed, money, count, date, duration.
    Dates are days since 1970-01-01 (see model.iso_to_day); durations are days; the rest use `unit`.
    A plain slotted dataclass, not pydantic: mentions are made per token, claims at the boundary.
    """

    kind: str
    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    low_inclusive: bool = True
    high_inclusive: bool = True
    unit: str | None = None
    qualifier: str = "exact"
    precision: str | None = None
    # The noun the figure is about, when the grammar saw one ("truce" in "seven-day truce").
    noun: str | None = None
    extra: dict = field(default_factory=dict)
