"""Readings found on an eighteenth look at the round stories: parts of a year (quarters, halves, its first or last
months) as the times their figures hold for."""

from __future__ import annotations

import datetime as dt

import pytest

from contexts import claims_by_quote, dated_story, flagged


@pytest.mark.parametrize("words, held", [
    ("in the final three months of 2022", "2022-10-01/2022-12-31"),
    ("in the fourth quarter of 2021", "2021-10-01/2021-12-31"),
    ("in the first half of 2023", "2023-01-01/2023-06-30"),
    ("in the second half of last year", "2021-07-01/2021-12-31"),
    ("in the first six months of the year", "2022-01-01/2022-06-30"),
    ("in Q3 2023", "2023-07-01/2023-09-30"),
])
def test_a_part_of_a_year_is_the_time_its_figure_holds_for(words, held):
    claims = claims_by_quote(f"Sales rose 4% {words}.", dt.date(2022, 11, 3))
    assert claims["4%"].as_of == held
    assert not any(c.metric == "duration" for c in claims.values())  # "six months" of a year is no duration told


def test_a_quarter_without_its_year_is_a_games_as_often_as_a_years():
    claims = claims_by_quote("The Bears scored 20 points in the third quarter.", dt.date(2022, 11, 3))
    assert claims["20 points"].as_of == "2022-11-03"


@pytest.mark.parametrize("text, quote, metric", [
    ("At June's sales pace that represents a 4.1-month supply.", "4.1-month", "supply.duration"),
    ("Homes on the market equal between 3 and 3.5 months' supply.", "between 3 and 3.5 months", "supply.duration"),
    ("Passengers faced a 90-minute delay.", "90-minute", "delay.duration"),
    ("He was handed a 10-year prison sentence.", "10-year", "sentence.duration"),
])
def test_a_length_told_before_its_noun_is_that_things_length(text, quote, metric):
    assert claims_by_quote(text, dt.date(2024, 7, 23))[quote].metric == metric


@pytest.mark.parametrize("text, quote", [
    ("Inflation hit a 40-year high.", "40-year"),  # how it compares, no thing's length
    ("It was a three-month period of calm.", "three-month"),
    ("For 14 weeks patients waited.", "14 weeks"),  # no noun the length is written before
])
def test_a_length_before_no_things_noun_names_nothing(text, quote):
    assert claims_by_quote(text, dt.date(2024, 7, 23))[quote].metric == "duration"


def test_two_sources_lengths_of_one_named_thing_are_compared(tmp_path):
    report = dated_story(tmp_path / "supply", ("2024-07-23", "At June's sales pace that represents a 4.1-month supply."),
                         ("2024-07-23", "Homes on the market equal between 3 and 3.5 months' supply."))
    assert [f.code for f in flagged(report)] == ["FC101"]


def test_a_dash_spaced_on_both_sides_is_no_minus_sign():
    claims = claims_by_quote("There are now 11.1 million people aged 65 or over - 21.6 per cent of the population.",
                             dt.date(2022, 6, 29))
    share = next(c for c in claims.values() if c.unit == "percent")
    assert (share.value, share.qualifier) == (21.6, "exact")


def test_a_spaced_dash_before_a_temperature_is_still_its_minus():
    claims = claims_by_quote("Overnight the temperature fell to - 5C in the capital.", dt.date(2022, 1, 29))
    assert claims["- 5C"].value == -5.0


def test_a_density_per_square_mile_is_read_per_square_kilometre():
    claims = claims_by_quote("London's density is about 14,500 people per square mile.", dt.date(2022, 6, 28))
    density = claims["about 14,500 people"]
    assert density.metric == "people.per_km2"
    assert round(density.value) == 5598


def test_densities_of_one_place_in_two_units_are_compared(tmp_path):
    report = dated_story(tmp_path / "density",
                         ("2022-06-28", "London has about 5,600 people per square kilometre."),
                         ("2022-06-28", "London's density is about 14,500 people per square mile."),
                         ("2022-06-28", "London has about 2,200 people per square mile."))
    found = flagged(report)
    assert [f.code for f in found] == ["FC101"]
    assert [len(g) for g in found[0].groups] == [2, 1]  # 5,600 per km2 and 14,500 per sq mi agree; 2,200 does not


def test_a_conversion_after_what_its_figure_is_per_is_still_its_conversion():
    from checker.extract.pipeline import read_source
    from checker.model import Source

    text = "London has about 5,600 people per square kilometre, or about 2,200 per square mile."
    reading = read_source(Source(id="t", path="t.txt", published=dt.date(2022, 6, 28)), text)
    assert reading.conversions == ((text.index(" per square kilometre"), text.index("about 2,200")),)


def test_a_named_event_keeps_the_place_in_its_name():
    claims = claims_by_quote("Patrick Ivuti of Kenya outleaned Jaouad Gharib at the tape to win the Chicago Marathon "
                             "on Sunday.", dt.date(2007, 10, 7))
    assert claims["Sunday"].scope == "Chicago Marathon"


def test_a_named_events_date_under_a_dateline_meets_its_date_told_without_a_place(tmp_path):
    report = dated_story(tmp_path / "named",
                         ("2007-10-07", "CHICAGO — Patrick Ivuti of Kenya outleaned Jaouad Gharib at the tape to win "
                                        "the Chicago Marathon on Sunday."),
                         ("2007-10-07", "Sunday's Chicago Marathon will be remembered less for its photo finish than "
                                        "for the heat."),
                         ("2007-10-08", "Patrick Ivuti survived scorching heat to win Saturday's Chicago Marathon."))
    found = flagged(report, "FC101")
    assert len(found) == 1
    assert [len(g) for g in found[0].groups] == [2, 1]  # both Sundays against the Saturday


def test_a_labels_number_and_letter_is_no_figure():
    claims = claims_by_quote("Level 6B water restrictions are in force since February 10.", dt.date(2018, 2, 20))
    assert not any(c.kind == "quantity" for c in claims.values())  # not 6 billion restrictions


@pytest.mark.parametrize("text, quote", [
    ("The company faces fines of up to $5 million.", "up to $5 million"),
    ("The firm risks fines of $10,000.", "$10,000"),
])
def test_a_verb_after_its_subject_is_no_kind_of_sum(text, quote):
    assert claims_by_quote(text, dt.date(2018, 2, 20))[quote].metric == "fine"


@pytest.mark.parametrize("text, quote, metric", [
    ("The victory earned Ivuti $100,000 (about Sh6.6 million) in prize money.", "$100,000", "prize_money"),
    ("The firm paid $3 million in back pay.", "$3 million", "back_pay"),
    ("The storm caused $5 billion in total.", "$5 billion", "money"),  # an adverb's noun, no kind of sum
    ("Mary Peters promised $5 million in emergency aid.", "$5 million", "pledged"),  # its verb names it first
])
def test_a_sum_is_named_by_what_it_is_in_when_nothing_else_names_it(text, quote, metric):
    assert claims_by_quote(text, dt.date(2007, 10, 8))[quote].metric == metric


def test_a_duration_restated_in_another_unit_must_convert(tmp_path):
    report = dated_story(tmp_path / "waits",
                         ("2023-10-12", "The typical patient had been waiting a median of 14.5 weeks, or more than "
                                        "four months. The ceasefire lasted 72 hours, or three days. The trial ran "
                                        "four months (17 weeks)."))
    found = flagged(report, "FC401")
    assert [f.message for f in found] == ["14.5 weeks is given as more than 4 months, which does not convert"]


def test_a_place_that_opens_its_sentence_is_no_thing_counted():
    claims = claims_by_quote("Wales grew by 1.4% to 3,107,500.", dt.date(2022, 6, 28))
    assert not any(c.metric.startswith(("wale", "wales")) for c in claims.values())  # no "wale.change"
    assert claims_by_quote("Cases rose to 1,640.", dt.date(2022, 6, 28))["1,640"].metric == "cases"


def test_a_rate_of_a_bare_dimension_is_never_compared(tmp_path):
    report = dated_story(tmp_path / "litres",
                         ("2018-01-30", "In Cape Town, households using more than 10,500 litres a month face "
                                        "fines."),
                         ("2018-01-30", "In Cape Town, households pay nothing for the first 6,000 litres a month."))
    assert not flagged(report, "FC101")  # a fine's threshold and a free allowance: litres of what, for what?
