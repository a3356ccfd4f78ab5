"""Conversions: inside one source "-25°C (-11°F)" must convert, and sources that convert one figure must agree."""

from __future__ import annotations

import math

from checker.judge.context import Context
from checker.judge.relations import canonical_per_stated, is_money, last_digit_step, rounding_step
from checker.judge.rules import Hit, rule
from checker.model import Claim
from checker.spelling import render_value


# The words a bound is told with, before the figure it bounds ("more than four months").
_BOUND_WORDS = {"at_least": "at least ", "more_than": "more than ", "at_most": "at most ", "less_than": "less than "}


def _stated(c: Claim) -> str:
    """A figure as its text states it, with its bound: "14.5 weeks", "more than 18000 acre"."""
    return _BOUND_WORDS.get(c.qualifier, "") + _stated_amount(c)


def _stated_amount(c: Claim) -> str:
    value = c.stated_value if c.stated_value is not None else c.value
    unit = c.stated_unit or c.unit or ""
    if c.kind == "duration" and value is not None:
        return _in_duration_unit(f"{value / canonical_per_stated(c):.6g}", c)  # "14.5 weeks", kept in days
    if " " in unit and value != 1:
        unit += "s"  # a unit named in words: "25 basis points"
    return f"{value:g} {unit}".strip()


@rule("FC401", "conversion-does-not-match", severity="warning", category="internal-inconsistency", scope="source")
def conversion_does_not_match(claims: list[Claim], ctx: Context):
    """A figure and its conversion in the same sentence do not convert into each other.

    Why it matters: "-25°C (-11°F)" is wrong: -25 °C is -13 °F. One of the two figures was
    mistyped or converted badly, and readers in the other unit get the wrong number.

    Example: "temperatures of -25°C (-11°F)"; "cut by 25 basis points, or 0.5 percentage points"; "a median of
    14.5 weeks, or more than four months" (a duration restated in another unit).

    Not flagged: conversions rounded as written (the first figure to its last digit, as metric outlets
    write "20m (64ft)"): to their last digit, or to the nearest 5 or 10 when
    they end in 5 or 0 ("120 mph (195 km/h)", as weather services round wind speeds), to their trailing
    zeros ("8,300 hectares (20,500 acres)") or to their scale word ("412,000 hectares (about 1 million
    acres)"), or within 1% of the figure ("200 metres (650 feet)"), as
    news rounds conversions; figures of different dimensions; figures not written side by side.

    Options: none.
    """
    for a, b in _conversions(claims, ctx):
        if a.unit != b.unit or (a.unit == "percent" and "basis point" not in (a.stated_unit, b.stated_unit)):
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
                    f"{_stated(a)} and {_stated(b)} stand side by side as one figure, but {_stated_amount(b)} is "
                    f"{_in_stated_unit(b.value, a)} once converted."
                ),
                metric=a.metric,
                subject=a.subject or b.subject,
            )


def _conversions(claims: list[Claim], ctx: Context):
    """One source's figures and their conversions right after them ("50 metres (165 feet)"), as (figure, conversion)
    pairs in text order."""
    conversions = ctx.conversions.get(claims[0].source, frozenset()) if claims else frozenset()
    ordered = sorted((c for c in claims if c.kind in ("quantity", "duration") and c.stated_unit
                      and c.value is not None), key=lambda c: c.start)
    for a, b in zip(ordered, ordered[1:]):
        if a.kind == b.kind and a.stated_unit != b.stated_unit and (a.end, b.start) in conversions:
            yield a, b


@rule("FC402", "conversions-disagree", severity="warning", category="contradiction", scope="corpus")
def conversions_disagree(claims: list[Claim], ctx: Context):
    """Sources convert one figure into one unit and get different values.

    Why it matters: "50 metres (165 feet)" in one source and "50 metres (550ft)" in another cannot both be
    right, nor can "£400,000 ($535,000)" and "£400,000 (roughly $850,000)": one outlet converted badly, and
    the editor should know which sources agree. For sums this is the only check of a conversion, as checker
    keeps no exchange rates.

    Example: 01 writes "some 50 metres (165 feet)", 04 "50 metres (550ft)".

    Not flagged: conversions that agree once rounded as written (to the last digit of either, or within 1%);
    sums converted within 10% of each other, as rates move and outlets round; one source's conversions alone
    (FC401 checks each against its figure, and says so beside this finding); figures converted into different
    units.

    Options: none.
    """
    by_source: dict[str, list[Claim]] = {}
    for c in claims:
        by_source.setdefault(c.source, []).append(c)
    by_figure: dict[tuple, list[tuple[Claim, Claim]]] = {}
    for source in sorted(by_source):
        for a, b in _conversions(by_source[source], ctx):
            by_figure.setdefault((a.unit, a.stated_unit, round(a.value, 9), b.stated_unit), []).append((a, b))
    for key, pairs in sorted(by_figure.items(), key=lambda kv: str(kv[0])):
        readings: list[list[tuple[Claim, Claim]]] = []  # conversions that agree, each list one reading
        for pair in pairs:
            same = next((r for r in readings if not _apart(r[0][1], pair[1], _agreement(r[0][1], pair[1]))), None)
            if same is None:
                readings.append([pair])
            else:
                same.append(pair)
        if len(readings) < 2 or len({a.source for a, _ in pairs}) < 2:
            continue
        readings.sort(key=len, reverse=True)
        told = "; ".join(f"{_told(r[0][1])} ({', '.join(sorted({ctx.label(a.source) for a, _ in r}))})"
                         for r in readings)
        first = pairs[0][0]
        right = "" if is_money(first.unit) else \
            f" {_stated_amount(first)} is {_in_stated_unit(first.value, pairs[0][1])}."
        yield Hit(
            claims=tuple(c for r in readings for pair in r for c in pair),
            groups=tuple(tuple(c for pair in r for c in pair) for r in readings),
            template="{figure} is converted to {told}",
            params={"figure": _told(first), "told": told},
            explanation=f"The sources convert {_told(first)} into one unit and get different values: {told}.{right}",
            metric=first.metric,
            subject=first.subject,
        )


# How far apart two outlets' conversions of one sum may be: exchange rates move, and outlets round.
_RATE_SHARE = 0.10


def _agreement(x: Claim, y: Claim) -> float:
    """How far two conversions of one figure may stand apart and agree: each rounded as written, or within 1%
    (10% for sums)."""
    rounded = 0.5 * max(canonical_per_stated(c) * rounding_step(c.quote, c.stated_value) for c in (x, y))
    share = _RATE_SHARE if is_money(x.unit) else _CONVERSION_SHARE
    return max(rounded, share * max(abs(x.value), abs(y.value))) + 1e-9


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
    if c.kind == "duration":
        return _in_duration_unit(_three_figures(value / canonical_per_stated(c)), c)
    if c.stated_value and c.value and c.stated_unit:
        return f"{_three_figures(value * c.stated_value / c.value)} {c.stated_unit}"
    return f"{_three_figures(value)} {c.unit}"


def _told(c: Claim) -> str:
    """A figure as a reader is told it: a sum in words of its currency ("480 billion KRW"), a measure in its unit."""
    return render_value(c) if is_money(c.unit) else _stated(c)


def _in_duration_unit(told: str, c: Claim) -> str:
    """A number of a duration's stated unit, the unit named as a reader writes it: "14.5 weeks", "1 month"."""
    return f"{told} {c.stated_unit}{'' if told == '1' else 's'}"


def _three_figures(x: float) -> str:
    """x to three significant figures, with thousands separated: 18,400; 1.84; 0.00312."""
    if x == 0 or not math.isfinite(x):
        return f"{x:g}"
    decimals = 2 - math.floor(math.log10(abs(x)))
    return f"{round(x, decimals):,.{max(decimals, 0)}f}"


# How far a conversion may stray from its figure once rounded to two or three significant figures, as news
# rounds them: 1% ("656 feet" written 650, "20,510 acres" written 20,500).
_CONVERSION_SHARE = 0.01


