"""Unit tests for checker.extract.measures: kinds, canonical units, conversions, ranges and sums."""

from __future__ import annotations

import pytest

from checker.extract.measures import find_measures


def measures(text):
    return find_measures(text, text.lower())


def one(text):
    found = measures(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("inflation hit 12 per cent", "percent", 12, "percent"),
        ("turnout was 48%", "percent", 48, "percent"),
        ("a rise of 3 percent", "percent", 3, "percent"),
        ("it fell to -18°C overnight", "temperature", -18, "degC"),
        ("a fever of 101.3 degrees F", "temperature", 38.5, "degC"),
        ("4 degrees below zero", "temperature", -4, "degree"),
        ("minus 7 degrees", "temperature", -7, "degree"),
        ("a 12 km convoy", "length", 12, "km"),
        ("about 400 metres away", "length", 0.4, "km"),
        ("a 3-mile queue", "length", 4.828032, "km"),
        ("it weighs 200 kg", "mass", 200, "kg"),
        ("15,000 tonnes of grain", "mass", 15_000_000, "kg"),
        ("750 ml of water", "volume", 0.75, "L"),
        ("600 hectares burned", "area", 6, "km**2"),
        ("winds of 90 km/h", "speed", 90, "km/h"),
        ("a $4.5bn loan", "money", 4.5e9, "USD"),
        ("3.1 billion dollars", "money", 3.1e9, "USD"),
        ("EUR 35 each", "money", 35, "EUR"),
        ("£12m in damages", "money", 12e6, "GBP"),
        ("paid 900 hryvnias", "money", 900, "UAH"),
        ("a 67-year-old man", "age", 67, "year"),
    ],
)
def test_single_measures(text, kind, value, unit):
    m = one(text)
    assert (m.kind, m.unit) == (kind, unit)
    assert m.value == pytest.approx(value)


def test_in_text_conversion_keeps_both_originals():
    a, b = measures("lows of -31°C (-24°F) in the north")
    assert (a.extra["original_value"], a.extra["original_unit"]) == (-31, "degC")
    assert (b.extra["original_value"], b.extra["original_unit"]) == (-24, "degF")
    assert b.value == pytest.approx(-31.11, abs=0.01)
    assert b.start - a.end == 2


def test_money_with_cents():
    assert one("4 CHF 25 cents").value == pytest.approx(4.25)


@pytest.mark.parametrize(
    ("text", "kind", "low", "high"),
    [("between 25 and 28 degrees celsius", "temperature", 25, 28), ("6-9 kilometers", "length", 6, 9),
     ("from 10 to 15%", "percent", 10, 15), ("between 5 euros and 8 euros", "money", 5, 8)],
)
def test_ranges(text, kind, low, high):
    m = one(text)
    assert (m.kind, m.qualifier, m.value) == (kind, "range", None)
    assert (m.low, m.high) == (pytest.approx(low), pytest.approx(high))


def test_compound_length_is_summed():
    m = one("4 km, 20 meters and 5 centimeters")
    assert m.value == pytest.approx(4.02005)


def test_bounds_on_measures():
    m = one("at least 30 km")
    assert (m.qualifier, m.low, m.high) == ("at_least", 30, None)


@pytest.mark.parametrize("text", ["the F-16C jets", "SCP-220m", "flight 11c to 17c", "5 in the morning"])
def test_not_measures(text):
    assert measures(text) == []
