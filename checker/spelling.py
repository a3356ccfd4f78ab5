"""How values are spelled for readers: one spelling that judging and every reporter share."""

from __future__ import annotations

import math

from checker.figures import symbol
from checker.model import Claim, day_to_iso


def number(x: float | int | None) -> float | int | None:
    """A number for JSON: whole values as integers (43, not 43.0), infinities as None."""
    if x is None or isinstance(x, bool):
        return x
    if isinstance(x, int):
        return x
    if not math.isfinite(x):
        return None
    if x.is_integer() and abs(x) < 2**53:
        return int(x)
    return x


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def format_number(x: float) -> str:
    """A number for readers: 43, 46,000, 2.5 million, 0.35, -20."""
    if not math.isfinite(x):
        return "∞" if x > 0 else "-∞"
    magnitude = abs(x)
    for scale, word in _SCALES:
        if magnitude >= scale:
            scaled = x / scale
            if abs(scaled - round(scaled, 2)) < 1e-9 * max(1.0, abs(scaled)):
                return f"{_trim(f'{round(scaled, 2):,.2f}')} {word}"
            break
    if float(x).is_integer():
        return f"{int(x):,}"
    if 0 < magnitude < 1e-4:
        return f"{x:.3g}"  # too small for four decimals to show: its first three digits
    digits = 2 if magnitude >= 1 else 4
    return _trim(f"{x:,.{digits}f}")


def _trim(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


def _unit_text(unit: str | None) -> str:
    shown = symbol(unit)
    return f" {shown}" if shown else ""


# Days in each unit a duration may be told in, largest first.
_DAYS_IN = {"year": 365.25, "month": 30.4375, "week": 7.0}


def _duration_text(days: float, told_in: str | None = None) -> str:
    """A duration in the unit it was told in when that is weeks or more ("4.5 years", "6 weeks"), else in days,
    hours, minutes or seconds."""
    size = _DAYS_IN.get(told_in or "")
    if size is not None and days >= size:
        amount = round(days / size, 2)
        return f"{format_number(amount)} {told_in}{'' if amount == 1 else 's'}"
    if days < 1:
        clock = _clock_text(days)
        if clock is not None:
            return clock
        hours = days * 24
        if hours < 1:
            minutes = hours * 60
            if minutes < 1:
                seconds = round(minutes * 60, 3)  # "4.312 seconds ahead": a gap timed to the thousandth
                return f"{format_number(seconds)} second{'' if seconds == 1 else 's'}"
            return f"{format_number(round(minutes, 1))} minute{'' if round(minutes, 1) == 1 else 's'}"
        return f"{format_number(round(hours, 1))} hour{'' if round(hours, 1) == 1 else 's'}"
    years = days / 365.25
    if years >= 1 and abs(years - round(years)) < 0.01:
        return f"{round(years):,} year{'' if round(years) == 1 else 's'}"
    return f"{format_number(round(days, 2))} day{'' if days == 1 else 's'}"


def _clock_text(days: float) -> str | None:
    """A time told to the second that no tenth of an hour or of a minute writes ("2:33:49" is "2 h 33 min 49 s",
    never "2.6 hours" beside "2:33:39"); None for the others ("2.5 hours", "90 seconds")."""
    seconds = days * 86400
    whole = round(seconds)
    if whole < 60 or abs(seconds - whole) > 1e-3 or whole % (360 if whole >= 3600 else 6) == 0:
        return None
    hours, rest = divmod(whole, 3600)
    minutes, seconds_left = divmod(rest, 60)
    parts = [f"{hours} h"] if hours else []
    return " ".join([*parts, f"{minutes} min", f"{seconds_left} s"])


def _date_text(day: float, precision: str | None) -> str:
    iso = day_to_iso(day) or "?"
    if precision == "month":
        return iso[:7]
    if precision == "year":
        return iso[:4]
    return iso


def format_amount(claim: Claim, x: float) -> str:
    """One bound or value of a claim in its kind's words: a date, a duration or a quantity with unit."""
    if claim.kind == "date":
        return _date_text(x, claim.precision)
    if claim.kind == "duration":
        return _duration_text(x, claim.stated_unit)
    if claim.unit == "km" and 0 < abs(x) < 1:
        return _short_length_text(x)
    if claim.unit == "kg" and 0 < abs(x) < 1:
        return _small_mass_text(x)
    return format_number(x) + _unit_text(claim.unit)


def _small_mass_text(kg: float) -> str:
    """A mass under a kilogram in grams, or under a gram in milligrams (a dose, a sample)."""
    grams = kg * 1000
    if abs(grams) >= 1:
        return f"{format_number(round(grams, 2))} g"
    return f"{format_number(round(grams * 1000, 3))} mg"


def _short_length_text(km: float) -> str:
    """A length under a kilometre in metres, or under a metre in centimetres (rain, snow, a storm surge)."""
    metres = km * 1000
    if abs(metres) >= 1:
        return f"{format_number(round(metres, 2))} m"
    return f"{format_number(round(metres * 100, 2))} cm"


_QUALIFIER_SIGNS = {
    "at_least": "≥ ",
    "more_than": "> ",
    "at_most": "≤ ",
    "less_than": "< ",
    "about": "≈ ",
    "nearly": "nearly ",
    "just_over": "just over ",
}


def _span(claim: Claim, low: float, high: float | None) -> str:
    """An interval in words; one figure when both ends read the same ("2026-02" for a whole month)."""
    first = format_amount(claim, low)
    if high is None:
        return f"≥ {first}"
    last = format_amount(claim, high)
    return first if first == last else f"{first} – {last}"


def format_value(claim: Claim) -> str:
    """A claim's value as a reader says it: "43", "≥ 7", "> 46,000", "≈ 20 %", "2026-02-03", "7 days"."""
    qualifier = claim.qualifier
    low, high, value = claim.low, claim.high, claim.value
    if qualifier == "vague" and low is not None:
        return f"{_span(claim, low, high)} (vague)"
    if qualifier == "range" or (value is None and low is not None and high is not None):
        if low is not None and high is not None:
            return _span(claim, low, high)
    if qualifier in _QUALIFIER_SIGNS:
        anchor = value
        if anchor is None:
            anchor = low if qualifier in ("at_least", "more_than", "just_over") else high
        if anchor is None:
            anchor = low if low is not None else high
        if anchor is not None:
            return _QUALIFIER_SIGNS[qualifier] + format_amount(claim, anchor)
    if value is not None:
        text = format_amount(claim, value)
        return f"vague, ≈ {text}" if qualifier == "vague" else text
    if low is not None and high is not None:
        return f"{format_amount(claim, low)} – {format_amount(claim, high)}"
    if low is not None:
        return ("≥ " if claim.low_inclusive else "> ") + format_amount(claim, low)
    if high is not None:
        return ("≤ " if claim.high_inclusive else "< ") + format_amount(claim, high)
    return "unknown"


def value_key(claim: Claim) -> tuple:
    """What a claim states, for grouping agreeing claims: the interval and its bounds' inclusiveness."""
    return (claim.kind, claim.unit, claim.value, claim.low, claim.high, claim.low_inclusive,
            claim.high_inclusive)


def point(claim: Claim) -> float | None:
    """A single number standing for a claim: its value, else its interval's middle, else its bound."""
    if claim.value is not None:
        return claim.value
    if claim.low is not None and claim.high is not None:
        return (claim.low + claim.high) / 2
    return claim.low if claim.low is not None else claim.high


# Spellings by what format_value reads of a claim; a run renders the same few thousand values again and again.
_RENDERED: dict[tuple, str] = {}
_RENDERED_MAX = 200_000


def render_value(c: Claim) -> str:
    """A claim's value as a reader writes it ("43", "≥ 7", "≈ 20 %", "2026-02-03"): one spelling everywhere."""
    # Every field format_value reads, and the value types (an int and a float of one value are kept apart).
    key = (c.kind, c.unit, c.precision, c.qualifier, c.value, c.low, c.high, c.low_inclusive, c.high_inclusive,
           c.stated_unit if c.kind == "duration" else None,
           type(c.value), type(c.low), type(c.high))
    text = _RENDERED.get(key)
    if text is None:

        if len(_RENDERED) >= _RENDERED_MAX:
            _RENDERED.clear()
        text = _RENDERED[key] = format_value(c)
    return text
