"""Readings found on a fourteenth round of stories: a bridge collapse, a rate decision, a ferry capsizing, a data
breach, a heatwave, a marathon, a mine collapse, a census, a chemical blast, a car recall, waiting lists, a mayoral
election, a volcano, house prices, a crowd crush and a drought."""

from __future__ import annotations

import datetime as dt

from contexts import claims_by_quote

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday


def _claims(text: str, published: dt.date = PUBLISHED) -> dict:
    return claims_by_quote(text, published)


def test_a_clause_that_leaves_out_its_verb_names_its_own_holder():
    claims = _claims("Lopez received 212,400 votes and Baker 166,600. Labour won 412 seats and the Conservatives "
                     "121.")
    assert claims["212,400 votes"].scope == "Lopez"
    assert (claims["166,600"].metric, claims["166,600"].scope) == (claims["212,400 votes"].metric, "Baker")
    assert claims["121"].scope == "Conservatives"


def test_each_sum_of_a_gapped_list_is_its_holders_own():
    claims = _claims("GM lost $1.1 billion, Ford $1.7 billion and Stellantis $775 million during the strike. "
                     "The regulator fined TixHub £1.4m, SeatSwap £950,000 and GigBay £600,000.")
    assert [(claims[q].metric, claims[q].scope) for q in ("$1.1 billion", "$1.7 billion", "$775 million")] == [
        ("loss", "GM"), ("loss", "Ford"), ("loss", "Stellantis")]
    assert [(claims[q].metric, claims[q].scope) for q in ("£1.4m", "£950,000", "£600,000")] == [
        ("fine", "TixHub"), ("fine", "SeatSwap"), ("fine", "GigBay")]


def test_a_road_after_and_is_still_a_name_not_a_gapped_count():
    claims = _claims("Twelve people died on Route 9 and Route 66.")
    assert not any(quote.strip() in ("9", "66") for quote in claims)
