"""Readings and judgments found on a ninth round of stories: a chemical fire, a wolf release, a snowstorm."""

from __future__ import annotations

import datetime as dt

from checker.judge.relations import overlaps
from checker.model import Claim
from contexts import claims_by_quote

PUBLISHED = dt.date(2026, 3, 10)  # a Tuesday


def _length(value_km: float, stated: float, unit: str, quote: str) -> Claim:
    return Claim(id=quote, source=quote, kind="quantity", metric="exclusion_zone.length", value=value_km, unit="km",
                 stated_value=stated, stated_unit=unit, quote=quote, start=0, end=len(quote))


def test_a_breakdown_is_no_part_of_a_smaller_count_of_where_it_went():
    claims = claims_by_quote("The animals were freed in two family groups: eight in the Glen Ardair pack and six in "
                             "the smaller Loch Sheil pack.", PUBLISHED)
    assert claims["eight"].part_of is None and claims["six"].part_of is None


def test_figures_in_two_units_agree_within_what_each_was_rounded_to():
    miles = _length(1.2 * 1.609344, 1.2, "mile", "1.2-mile")
    assert overlaps(miles, _length(2.0, 2.0, "kilometer", "2km"))  # 1.2 miles is 1.85 to 2.01 km
    # a round figure vouches for no less than a fortieth of itself: 100 km is no 112.7 km
    assert not overlaps(_length(100.0, 100.0, "kilometer", "100 km"), _length(70 * 1.609344, 70.0, "mile", "70 miles"))
    # in one unit, figures are as exact as written
    assert not overlaps(_length(2.0, 2.0, "kilometer", "2km"), _length(1.9, 1.9, "kilometer", "1.9km"))


def test_snow_fallen_by_an_hour_is_that_hours_reading():
    claims = claims_by_quote("By 7 p.m., 16 inches of snow had fallen in Worcester. Worcester got 22 inches of snow.",
                             PUBLISHED)
    assert claims["16 inches"].scope == "7p.m." and claims["22 inches"].scope is None
