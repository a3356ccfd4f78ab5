"""A percentage's change, level or earlier value, of the noun its clause makes it of."""

from __future__ import annotations

import datetime as dt

from checker.extract.pipeline import extract_claims
from checker.model import Source

SOURCE = Source(id="t", path="t.txt", published=dt.date(2024, 4, 10))


def _shares(text: str) -> dict[str, tuple[str, str | None]]:
    return {c.quote: (c.metric, c.scope) for c in extract_claims(SOURCE, text) if c.unit == "percent"}


def test_an_aside_between_the_noun_and_its_verb_is_passed_over():
    assert _shares("Core inflation, which excludes food and energy, held at 3.8%.") == {
        "3.8%": ("core_inflation", None)}
    assert _shares("Shelter costs, the largest component, rose 5.7% over the past year.") == {
        "5.7%": ("shelter_cost.change", None)}


def test_the_noun_of_a_change_is_read_past_its_qualifiers():
    assert _shares("Consumer prices in the United States increased 3.5 percent.") == {
        "3.5 percent": ("consumer_price.change", None)}
    assert _shares("Sales at the company rose 7% in the quarter.") == {"7%": ("sale.change", None)}
    assert _shares("Prices rose by 3% last year.") == {"3%": ("price.change", None)}
    assert _shares("Top assembly pay would rise about 33%.") == {"about 33%": ("top_assembly_pay.change", None)}


def test_rising_to_a_figure_is_a_level_and_rising_by_it_a_change():
    assert _shares("Unemployment fell to 3.9%.") == {"3.9%": ("unemployment", None)}
    assert _shares("Unemployment fell by 0.2%.") == {"0.2%": ("unemployment.change", None)}


def test_a_value_compared_with_is_the_same_figure_at_an_earlier_time():
    claims = {c.quote: c for c in extract_claims(SOURCE, (
        "Consumer prices rose 3.5% in March from a year earlier, up from 3.2% in February, the department said."))
        if c.unit == "percent"}
    now, before = claims["3.5%"], claims["3.2%"]
    assert now.metric == before.metric == "consumer_price.change"
    assert (now.scope, now.as_of) == (None, "2024-03")
    # A figure of its own: never a rival of the value it is compared with.
    assert (before.scope, before.as_of) == ("earlier value", "2024-02")
    assert _shares("Wages rose 4.1% compared with 3.8% a year earlier.")["3.8%"] == ("wage.change", "earlier value")
