"""Conversions inside one source: "-25°C (-11°F)" must convert."""

from __future__ import annotations

import math

from checker.judge.context import Context
from checker.judge.relations import canonical_per_stated, last_digit_step, rounding_step
from checker.judge.rules import Hit, rule
from checker.model import Claim


def _stated(c: Claim) -> str:
    value = c.stated_value if c.stated_value is not None else c.value
    unit = c.stated_unit or c.unit or ""
    if " " in unit and value != 1:
        unit += "s"  # a unit named in words: "25 basis points"
    return f"{value:g} {unit}".strip()


@rule("FC401", "conversion-does-not-match", severity="warning", category="internal-inconsistency", scope="source")
def conversion_does_not_match(claims: list[Claim], ctx: Context):
    """A figure and its conversion in the same sentence do not convert into each other.

    Why it matters: "-25°C (-11°F)" is wrong: -25 °C is -13 °F. One of the two figures was
    mistyped or converted badly, and readers in the other unit get the wrong number.

    Example: "temperatures of -25°C (-11°F)"; "cut by 25 basis points, or 0.5 percentage points".

    Not flagged: conversions rounded as written (the first figure to its last digit, as metric outlets
    write "20m (64ft)"): to their last digit, or to the nearest 5 or 10 when
    they end in 5 or 0 ("120 mph (195 km/h)", as weather services round wind speeds), to their trailing
    zeros ("8,300 hectares (20,500 acres)") or to their scale word ("412,000 hectares (about 1 million
    acres)"), or within 1% of the figure ("200 metres (650 feet)"), as
    news rounds conversions; figures of different dimensions; figures not written side by side.

    Options: none.
    """
    conversions = ctx.conversions.get(claims[0].source, frozenset()) if claims else frozenset()
    ordered = sorted((c for c in claims if c.kind == "quantity" and c.stated_unit and c.value is not None),
                     key=lambda c: c.start)
    for a, b in zip(ordered, ordered[1:]):
        if a.unit != b.unit or a.stated_unit == b.stated_unit or (a.end, b.start) not in conversions or (
                a.unit == "percent" and "basis point" not in (a.stated_unit, b.stated_unit)):
            continue  # a share and its change in points are no conversion; basis points and points are
        # Either may be the rounded one, the first to its last digit: "20m (64ft)" rounds 19.5 m to its metre, as
        # metric outlets write
        slack = 0.5 * max(canonical_per_stated(b) * rounding_step(b.quote, b.stated_value),
                          canonical_per_stated(a) * last_digit_step(a.quote)) + 1e-9
        if b.stated_unit not in ("degF", "degree_Fahrenheit", "degC", "degree_Celsius"):
            slack = max(slack, _CONVERSION_SHARE * abs(a.value))  # "200 metres (650 feet)": two figures kept
        if _apart(a, b, slack):
            yield Hit(
                claims=(a, b),
                template="{first} is given as {second}, which does not convert",
                params={"first": _stated(a), "second": _stated(b), "difference": round(abs(a.value - b.value), 2),
                        "unit": a.unit},
                explanation=(
                    f"{_stated(a)} and {_stated(b)} stand side by side as one figure, but {_stated(b)} is "
                    f"{_in_stated_unit(b.value, a)} once converted."
                ),
                metric=a.metric,
                subject=a.subject or b.subject,
            )


def _apart(a: Claim, b: Claim, slack: float) -> bool:
    """Whether a figure and its conversion differ by more than slack, where a bound on either one leaves room:
    "more than 18,000 acres (roughly 7,450 hectares)" agree, 7,450 hectares being 18,409 acres."""
    (a_low, a_high), (b_low, b_high) = _reach(a), _reach(b)
    return a_low - b_high > slack or b_low - a_high > slack


def _reach(c: Claim) -> tuple[float, float]:
    """The values a figure allows: its value, or all above or below it for a bound."""
    if c.qualifier in ("at_least", "more_than"):
        return c.value, float("inf")
    if c.qualifier in ("at_most", "less_than"):
        return float("-inf"), c.value
    if c.low is not None and c.high is not None:
        return c.low, c.high  # "about 20m", "20 to 25 miles": all it allows
    return c.value, c.value


def _in_stated_unit(value: float, c: Claim) -> str:
    """A canonical value written in the unit c was stated in: 4.88 m as "16 ft" beside "3 m", 43 °C as
    "109 degF" beside "104F"."""
    if c.stated_unit in ("degF", "degree_Fahrenheit"):
        return f"{_three_figures(value * 9 / 5 + 32)} {c.stated_unit}"
    if c.stated_value and c.value and c.stated_unit:
        return f"{_three_figures(value * c.stated_value / c.value)} {c.stated_unit}"
    return f"{_three_figures(value)} {c.unit}"


def _three_figures(x: float) -> str:
    """x to three significant figures, with thousands separated: 18,400; 1.84; 0.00312."""
    if x == 0 or not math.isfinite(x):
        return f"{x:g}"
    decimals = 2 - math.floor(math.log10(abs(x)))
    return f"{round(x, decimals):,.{max(decimals, 0)}f}"


# How far a conversion may stray from its figure once rounded to two or three significant figures, as news
# rounds them: 1% ("656 feet" written 650, "20,510 acres" written 20,500).
_CONVERSION_SHARE = 0.01


