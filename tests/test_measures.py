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


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("it holds an ml", "volume", 0.001, "L"),
        ("a kilogram of rice", "mass", 1, "kg"),
        ("thousand litres", "volume", 1000, "L"),
        ("a tenth of a gallon", "volume", 0.3785411784, "L"),
        ("4 gs", "mass", 0.004, "kg"),
        ("3 k.g. of flour", "mass", 3, "kg"),
        ("two cups of milk", "volume", 0.473176473, "L"),
        ("add 3 tablespoons", "volume", 0.04436029434375, "L"),
        ("a 64 MB card", "data", 64e6, "B"),
        ("an 8-bit chip", "data", 1, "B"),
        ("weighed 30 (kg)", "mass", 30, "kg"),
        ("weighed 30 [kg]", "mass", 30, "kg"),
        ("poured 7 l", "volume", 7, "L"),
        ("a 6 m x 4 m room", "length", 0.006, "km"),
        ("1.2 trillion cubic feet", "volume", 1.2e12 * 28.316846592, "L"),
        ("raised 1.8M dollars", "money", 1.8e6, "USD"),
        ("revenue was ($12.50)", "money", -12.5, "USD"),
    ],
)
def test_more_units_and_shapes(text, kind, value, unit):
    m = measures(text)[0]
    assert (m.kind, m.unit) == (kind, unit)
    assert m.value == pytest.approx(value)


def test_compound_sums_need_descending_units():
    assert one("6 yards, 2 feet and 3 inches").value == pytest.approx((6 * 36 + 24 + 3) * 0.0000254)
    assert one("1 ft 1 in").extra["compound"] is True
    assert len(measures("2 m 2 m")) == 2  # same unit twice: two measures, no sum
    assert len(measures("3 km and 2 miles")) == 2  # a larger unit after a smaller one is not a compound


@pytest.mark.parametrize("text", ["5 in the morning", "won 50,000 in 2020", "size 12 t-shirts", "part 24703 L-202",
                                  "the SCP2-173m file", "a bit of luck", "a foot soldier", "a ton of work",
                                  "2 g-forces", "3 m people"])
def test_spaced_letters_and_idioms_are_not_units(text):
    assert measures(text) == []


def test_ranges_with_qualifiers_and_directions():
    m = one("about 3km-5km")
    assert (m.low, m.high) == (3, 5)
    m = one("from -18 °C to -34 °C")
    assert (m.qualifier, m.low, m.high) == ("range", -34, -18)
    m = one("between 44 mg to 50 mg")
    assert (m.low, m.high) == (pytest.approx(44e-6), pytest.approx(50e-6))


def test_cents_take_the_currency_beside_them_and_are_no_end_of_a_range_with_dollars():
    got = [(m.value, m.unit, m.qualifier) for m in measures("The stock rose 94 cents to $41.20.")]
    assert got == [(0.94, "USD", "exact"), (41.2, "USD", "exact")]
    assert [(m.value, m.unit) for m in measures("Each stamp costs 50 cents.")] == [(50, "cent")]  # counted in cents


def test_every_iso_currency_named_by_its_own_word_is_money():
    got = [(m.value, m.unit) for m in measures("It cost 210 billion guaranis, 2.5 million pa’anga and 230 takas.")]
    assert got == [(210e9, "PYG"), (2.5e6, "TOP"), (230, "BDT")]
    assert [(m.value, m.unit) for m in measures("Each family gets Tk 2 lakh.")] == [(200000, "BDT")]
    # Words that several currencies or other things share name none: "the 1,000 mark", "2 silver", "500 dinars"
    assert not [m for m in measures("The index passed the 1,000 mark; she won 2 silver; 500 dinars.") if m.kind == "money"]
    # Nor do words of English or a nationality that end a currency's name ("Zimbabwe Gold", "Rial Omani")
    assert not [m for m in measures("Kenya won six golds; 3 real threats; 2 Omani sailors.") if m.kind == "money"]


def test_a_unit_and_a_half():
    assert [(m.value, m.unit) for m in measures("a kilometre and a half away")] == [(1.5, "km")]


def test_the_rand_as_south_african_papers_write_it():
    got = [(m.value, m.unit) for m in measures("It cost R86 million; each horn fetched R5,000.")]
    assert got == [(86e6, "ZAR"), (5000, "ZAR")]
    assert not [m for m in measures("Take the R27 road with R2-D2.") if m.kind == "money"]
