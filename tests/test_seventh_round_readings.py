"""Readings found on a seventh round of stories: a retailer's bankruptcy, a whale stranding, a grand prix, an
overdose report, a class action, a meningitis outbreak, a tanker collision and coral bleaching."""

from __future__ import annotations

import datetime as dt

from checker.extract.measures import find_measures
from contexts import claims_by_quote, story_report

PUBLISHED = dt.date(2026, 3, 11)  # a Wednesday


def _claims(text: str, published: dt.date = PUBLISHED) -> dict:
    return claims_by_quote(text, published)


def test_a_share_told_as_a_fraction_is_a_hedged_percentage():
    claims = _claims("About two-thirds of the homes were destroyed. Nearly a third of voters stayed home. "
                     "Half the staff were furloughed. One in five adults has diabetes.")
    assert claims["About two-thirds"].metric == "home.destroy.share"
    assert round(claims["About two-thirds"].value, 2) == 66.67
    assert claims["Nearly a third"].qualifier == "nearly"
    assert claims["Half"].metric == "staff.furlough.share"
    assert claims["Half"].qualifier == "about" and claims["Half"].low == 45 and claims["Half"].high == 55
    assert claims["One in five"].value == 20 and claims["One in five"].metric == "adult.have_diabetes.share"
    third = _claims("About a third of voters stayed home.")["About a third"]
    assert round(third.low, 6) == 30 and round(third.high, 6) == 36.666667  # a tenth either way, as "about" gives
    bound = _claims("The injured number 2,059, more than half of them in critical condition.")["more than half"]
    assert bound.qualifier == "more_than" and bound.low == 50


def test_a_fraction_of_a_measure_a_number_or_a_time_is_no_share():
    lower = ("a quarter of a million people fled. it took half an hour. in the first half of the year sales rose. "
             "a third of a mile of road washed away. one and a half million people voted.")
    assert [m for m in find_measures(lower, lower) if m.kind == "percent"] == []


def test_a_year_joined_to_a_word_dates_no_figure():
    claims = _claims("The 2009-built Aegean Wave was laden with some 140,000 tonnes of crude.")
    assert claims["some 140,000 tonnes"].as_of == "2026-03-11"


def test_by_a_weekday_to_come_dates_its_figure_ahead():
    claims = _claims("A further 8 km of boom will be deployed by Friday. Crews had laid 12 km by Monday.")
    assert claims["8 km"].as_of == "2026-03-13"
    assert claims["12 km"].as_of == "2026-03-09"


def test_degrees_summed_over_time_are_no_temperature():
    claims = _claims("Heat stress peaked at 12 degree heating weeks. The city logged 2,100 degree days. "
                     "It was a 40 degree day.")
    assert [c.quote for c in claims.values() if c.unit in ("degC", "degF", "degree")] == ["40 degree"]


def test_a_participle_after_the_noun_is_no_part_of_its_name():
    claims = _claims("The tanker was loaded with 140,000 tonnes of crude oil bound for Rotterdam.")
    assert claims["140,000 tonnes"].metric == "crude_oil.mass"


def test_a_temperature_is_named_by_what_it_is_of():
    claims = _claims("The temperature on the beach hit 27C. Water temperatures of around 19C made the rescue "
                     "harder. The air temperature was 24C and the track temperature 41C. The maximum temperature "
                     "was 44C.")
    assert claims["27C"].metric == "beach.temperature"
    assert claims["of around 19C"].metric == "water.temperature"
    assert claims["24C"].metric == "air.temperature" and claims["41C"].metric == "track.temperature"
    assert claims["44C"].metric == "temperature"  # an adjective tells which reading, not of what


def test_a_place_before_the_noun_counted_is_the_figures_place():
    claims = _claims("The company will close 22 of its 28 Ohio stores. Some 300 California homes were destroyed.")
    assert claims["22"].subject == "Ohio" and claims["28 Ohio stores"].subject == "Ohio"
    assert claims["Some 300 California homes were destroyed"].subject == "California"
    assert _claims("The 5 New York Times reporters left.")["5 New York Times reporters"].subject is None


def test_its_after_it_is_what_it_stands_for_not_the_last_name():
    claims = _claims("It filed for Chapter 11 bankruptcy protection on Monday and said it would close 147 of its "
                     "412 stores.")
    assert claims["147"].scope is None


def test_lap_numbers_count_nothing():
    claims = _claims("The 308km race, run over 44 laps, was neutralised between laps 12 and 16. He pitted on lap 35.")
    assert [c.quote for c in claims.values() if c.unit == "count"] == ["over 44 laps, was neutralised"]


def test_a_holders_share_is_scoped_by_its_holder():
    claims = _claims("Together the two units supply around 7% of Spain's power.")
    assert claims["around 7%"].scope == "two units"


def test_a_count_told_as_none_is_zero():
    claims = _claims("No one was killed in the collision, officials said. No flights were cancelled. "
                     "There were no casualties. There are no plans to reopen. No more than 5 people were hurt.")
    assert claims["No one was killed"].metric == "people.killed" and claims["No one was killed"].value == 0
    assert claims["No flights were cancelled"].value == 0
    assert claims["no casualties"].value == 0
    assert claims["No more than 5 people were hurt"].value == 5
    assert len(claims) == 4


def test_a_yearless_range_starting_soon_runs_into_the_months_ahead():
    claims = _claims("Closing sales run from March 13 to May 31.", dt.date(2026, 3, 10))
    assert (claims["from March 13 to May 31"].low, claims["from March 13 to May 31"].high) == (20525.0, 20604.0)


def test_a_weekday_told_by_on_before_its_possessive_may_be_ahead():
    claims = _claims("The remaining 108 whales will be refloated on Wednesday morning's high tide.",
                     dt.date(2026, 2, 10))
    assert claims["108 whales will be refloated"].as_of == "2026-02-11"


def test_a_firms_name_with_an_ampersand_is_no_place():
    claims = _claims("US homeware chain Harlow & Finch collapses with debts\n\nSome 13,000 shops closed across the "
                     "UK last year. Harlow & Finch said it would close 36 more stores.")
    assert claims["Some 13,000 shops closed"].subject == "United Kingdom"
    assert all(c.area is None for c in claims.values())
    assert claims["36 more stores"].attributed_to == "Harlow & Finch"


def test_an_amount_to_each_of_a_number_is_per_each():
    claims = _claims("It sets aside service awards of $15,000 to each of the five named plaintiffs. They were paid "
                     "$500 apiece.")
    assert claims["$15,000"].metric == "money.per_each" and claims["$500"].metric == "money.per_each"


def test_some_of_a_whole_a_relative_clause_names_is_a_part():
    claims = _claims("Bramley Hall is now home to four of the six people who have fallen ill.")
    assert claims["four of the six people who have fallen ill"].scope == "part"


def test_a_level_reached_may_be_called_a_record():
    claims = _claims("Drug poisoning deaths rose to a record 5,912 last year.")
    assert claims["5,912"].metric == "people.killed"


def test_coordinated_adjectives_describe_one_noun():
    claims = _claims("The class comprises about 6.9 million current and former customers.")
    assert claims["about 6.9 million current and former customers"].metric == "customers"


def test_an_earlier_statement_this_week_is_provisional():
    claims = _claims("Earlier this week the company said it would close 147 stores.")
    assert claims["147 stores"].provisional


def test_two_values_one_sentence_gives_are_no_contradiction(tmp_path):
    report = story_report(tmp_path, ("2026-07-26T12:00:00+00:00", "Air temperature is 24C, track 41C. "
                                                                  "About 41 million shares traded, nearly three "
                                                                  "times the 30-day average of 14.5 million."))
    assert "FC104" not in [f.code for f in report.findings]


def test_a_part_within_its_own_sources_whole_is_not_set_against_a_smaller_one(tmp_path):
    report = story_report(tmp_path,
                          ("2026-10-14T09:00:00+00:00", "Drug deaths rose to 5,912. Men accounted for 4,020 of "
                                                        "the deaths."),
                          ("2026-10-14T10:00:00+00:00", "Drug deaths rose to 3,000."))
    assert "FC105" not in [f.code for f in report.findings]


def test_a_value_a_source_tells_as_its_earlier_word_is_no_rival_of_its_later_one(tmp_path):
    report = story_report(tmp_path,
                          ("2026-03-09T09:00:00+00:00", "The chain said on Monday it would close 147 stores."),
                          ("2026-03-12T09:00:00+00:00", "The chain said on Thursday it would close 36 more stores "
                                                        "than first planned, bringing the total to 183. Earlier this "
                                                        "week the chain said it would close 147 stores."))
    assert [f.code for f in report.findings if f.severity != "info"] == []
