"""The kinds of figure in one table: each one's dimension, canonical unit, spelling and tolerance."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FigureKind:
    """One kind of figure. Every value of a kind is compared in its canonical unit."""

    dimension: str
    # The canonical unit, as pint names it ("kilometer / hour").
    unit: str
    # The unit as a claim records it ("km/h").
    short: str
    # The unit as a reader sees it after a value ("km/h", "°C"); "" for a count.
    symbol: str
    # The Tolerances field that applies to the kind's values ("relative" for measures without a natural step).
    tolerance: str


KINDS: tuple[FigureKind, ...] = (
    FigureKind("count", "count", "count", "", "count"),
    FigureKind("percent", "percent", "percent", "%", "percent"),
    FigureKind("temperature", "degC", "degC", "°C", "temperature"),
    FigureKind("length", "kilometer", "km", "km", "relative"),
    FigureKind("mass", "kilogram", "kg", "kg", "relative"),
    FigureKind("volume", "liter", "L", "L", "relative"),
    FigureKind("area", "kilometer ** 2", "km**2", "km²", "relative"),
    FigureKind("speed", "kilometer / hour", "km/h", "km/h", "relative"),
    FigureKind("data", "byte", "B", "B", "relative"),
    FigureKind("power", "megawatt", "MW", "MW", "relative"),
    FigureKind("energy", "megawatt_hour", "MWh", "MWh", "relative"),
    # Dates and durations are told in days; a claim's kind, not its unit, says which it is.
    FigureKind("date", "day", "", "", "date"),
    FigureKind("duration", "day", "day", "days", "duration"),
)

BY_DIMENSION: dict[str, FigureKind] = {k.dimension: k for k in KINDS}
_BY_UNIT: dict[str, FigureKind] = {
    **{k.short: k for k in KINDS if k.short and k.dimension not in ("date", "duration")},
    **{k.unit: k for k in KINDS if k.dimension not in ("date", "duration")},
    "dimensionless": BY_DIMENSION["count"],
}
# Units a claim may keep that are not their kind's canonical one, as readers see them.
_OTHER_SYMBOLS = {"degF": "°F", "kelvin": "K", "K": "K", "meter": "m", "m": "m", "km**2": "km²"}


def kind_of(kind: str, unit: str | None) -> FigureKind | None:
    """The kind of a claim's figure from its kind ("date", "duration", "quantity") and unit; None for money and
    for units of no kind here."""
    if kind in ("date", "duration"):
        return BY_DIMENSION[kind]
    return _BY_UNIT.get(unit or "")


def symbol(unit: str | None) -> str:
    """How a reader sees a unit after a value: "km", "°C", "" for a count, a currency's code as it is."""
    if not unit:
        return ""
    found = _BY_UNIT.get(unit)
    if found is not None:
        return found.symbol
    return _OTHER_SYMBOLS.get(unit, unit.replace("**2", "²").replace("**3", "³").replace("_", " "))
