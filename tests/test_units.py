"""Unit tests for checker.normalize.units: the token table, conversions and currencies."""

from __future__ import annotations

import pytest

from checker.normalize import units


def test_registry_is_lazy_and_shared():
    assert units.registry() is units.registry()


@pytest.mark.parametrize(
    ("token", "unit"),
    [("°C", "degC"), ("centigrade", "degC"), ("degrees fahrenheit", "degF"), ("Kilometres", "kilometer"),
     ("mi", "mile"), ("feet", "foot"), ("lbs", "pound"), ("tonnes", "metric_ton"), ("litres", "liter"),
     ("mph", "mile / hour"), ("sq km", "kilometer ** 2"), ("per cent", "percent"), ("%", "percent")],
)
def test_unit_tokens(token, unit):
    assert units.unit_for_token(token) == unit


def test_unknown_tokens_never_reach_pint():
    assert units.unit_for_token("9^9^7") is None
    with pytest.raises(ValueError):
        units.convert(1.0, "9^9^7", "meter")
    with pytest.raises(ValueError):
        units.convert(1.0, "kilogram", "meter")


@pytest.mark.parametrize(
    ("value", "src", "dst", "expected"),
    [(-40, "degF", "degC", -40), (212, "degF", "degC", 100), (0, "degC", "degF", 32), (5, "mile", "kilometer", 8.04672),
     (3, "foot", "meter", 0.9144), (2, "pound", "kilogram", 0.90718474), (500, "milliliter", "liter", 0.5),
     (250, "hectare", "kilometer ** 2", 2.5), (60, "mile / hour", "kilometer / hour", 96.56064), (300, "kelvin", "degC", 26.85)],
)
def test_convert(value, src, dst, expected):
    assert units.convert(value, src, dst) == pytest.approx(expected, rel=1e-9, abs=1e-9)


def test_exact_factors_agree_with_pint():
    ureg = units.registry()
    for unit, dimension in units.UNIT_DIMENSION.items():
        if unit in ("acre", "degC", "degF", "kelvin"):
            continue  # pint's acre is the US survey acre; temperatures have offsets
        target = units.CANONICAL_UNITS[dimension]
        assert units.convert(1.0, unit, target) == pytest.approx(ureg.Quantity(1.0, unit).to(target).magnitude, rel=1e-9)


@pytest.mark.parametrize(
    ("token", "code"),
    [("$", "USD"), ("dollars", "USD"), ("€", "EUR"), ("euros", "EUR"), ("£", "GBP"), ("pounds sterling", "GBP"),
     ("hryvnias", "UAH"), ("roubles", "RUB"), ("rubles", "RUB"), ("chf", "CHF")],
)
def test_currencies(token, code):
    assert units.currency_for_token(token) == code


def test_a_conversion_rounded_as_news_rounds_it_converts():
    from checker.judge.relations import rounding_step as _rounding_step

    assert _rounding_step("20,500 acres") == 500 and _rounding_step("12,300 acres") == 100
    assert _rounding_step("195 km/h") == 5 and _rounding_step("98.6") == 0.1 and _rounding_step("-11") == 1


def test_crowns_pounds_and_us_gallons_are_read_as_their_units():
    from checker.extract.pipeline import extract_claims
    from tests.test_news_reading import SOURCE
    found = {c.quote: c.unit for c in extract_claims(SOURCE, (
        "Damage could reach 21 billion Czech crowns, or 63 billion crowns in all. The painting made £52 million; "
        "Klimt's made 85.3 million pounds. It recalled 1.5 million pounds of beef. They pumped 1.2 million US "
        "gallons."))}
    assert found["21 billion Czech crowns"] == "CZK" and found["63 billion crowns"] in ("SEK", "CZK")
    assert found["85.3 million pounds"] == "GBP" and found["1.5 million pounds"] == "kg"
    assert found["1.2 million US gallons"] == "L"


def test_a_currency_named_by_its_country_people_is_that_country_currency():
    from checker.extract.pipeline import extract_claims
    from tests.test_news_reading import SOURCE
    found = {c.quote: c.unit for c in extract_claims(SOURCE, (
        "The court fined him 5,000 Moroccan dirhams. A ticket costs 300 Egyptian pounds, a meal 1,200 Kenyan "
        "shillings. He paid 40 Jordanian dinars. The jockey weighs 120 pounds."))}
    assert found["5,000 Moroccan dirhams"] == "MAD" and found["300 Egyptian pounds"] == "EGP"
    assert found["1,200 Kenyan shillings"] == "KES" and found["40 Jordanian dinars"] == "JOD"
    assert found["120 pounds"] == "kg"  # the word of money in the sentence before says nothing of this one
