"""Readings found on a tenth round of stories: road deaths, a drug trial, a superbug, a wine frost, a pay offer, a
rent vote, a horse race, a telethon, World Cup tickets, a sewage fine, bee losses, a hockey final, a Channel swim
and a diplomatic expulsion."""

from __future__ import annotations

import datetime as dt

from checker.model import iso_to_day
from checker.normalize.dates import parse_date
from checker.spelling import format_value
from contexts import claims_by_quote

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday


def _claims(text: str, published: dt.date = PUBLISHED) -> dict:
    return claims_by_quote(text, published)


def test_a_day_of_the_month_told_in_the_past_tense_is_before_the_telling():
    claims = _claims("The lower limits, which came into force on Friday, February 7, had played a part. "
                     "The union agreed to meet on February 9.", dt.date(2026, 1, 8))
    assert claims["Friday, February 7"].value == iso_to_day("2025-02-07")  # a Friday, in 2025
    assert claims["February 9"].value == iso_to_day("2026-02-09")  # a meeting still to come


def test_some_of_a_whole_named_by_what_befell_them_is_a_part():
    claims = _claims("Nine of the infected patients are being treated in intensive care.")
    assert claims["Nine of the infected patients are being treated"].scope == "part"


def test_deaths_are_of_the_people_their_noun_names():
    claims = _claims("There were 12 child deaths. Pedestrian deaths rose to 35. There were 22 deaths among "
                     "motorcyclists. The attack caused 87 deaths.")
    assert claims["12 child deaths"].metric == "children.killed"
    assert claims["35"].metric == "pedestrians.killed"
    assert claims["22 deaths"].metric == "motorcyclists.killed"
    assert claims["87 deaths"].metric == "people.killed"


def test_one_day_of_a_longer_event_and_days_across_it_are_windows_of_their_own():
    claims = _claims("A sell-out crowd of 18,350 watched the first day. Across the three days of the meeting, "
                     "attendance was 150,000. Some 70,000 people attended on Saturday.")
    assert claims["18,350"].window_days == 1.0
    assert claims["150,000"].window_days == 3.0
    assert claims["Some 70,000 people attended"].window_days is None
    claims = _claims("Al Haouz alone has buried more than 3,000 of the victims, most of them in villages that could "
                     "only be reached on foot in the first days after the disaster.")
    assert claims["more than 3,000 of the victims"].window_days is None  # the first days: no one day's figure


def test_a_count_still_going_on_is_provisional_as_a_phrase_opening_the_sentence_says():
    claims = _claims("With about 62 per cent of ballots counted, the measure had 48,310 votes in favour. "
                     "Initially, 12 people were reported dead, but the toll rose to 20. Engineers had initially "
                     "removed the sand, and the bow is buried to a depth of 16 metres.")
    assert claims["48,310 votes"].provisional
    assert claims["12 people were reported dead"].provisional and not claims["20"].provisional
    assert not claims["16 metres"].provisional  # a main clause before the comma fronts nothing


def test_a_day_in_a_mastheads_name_is_no_date():
    claims = _claims("SUMMIT-1: oral drug delivers weight loss\n\nClinical Trials Today\n\nResults were presented "
                     "on Wednesday.")
    assert "Today" not in claims and "Wednesday" in claims


def test_versus_names_nothing_counted():
    claims = _claims("Nausea 41% vs 12% placebo; vomiting 18% vs 4%.")
    assert {c.metric for c in claims.values()} == {"percent"}


def test_a_dose_is_spelled_in_milligrams():
    claims = _claims("Participants were given a 12 mg dose.")
    assert format_value(claims["12 mg"]) == "12 mg"


def test_a_sum_a_verb_averages_is_an_average():
    claims = _claims("Pay offer adds $1.87bn to the provincial wage bill. Public-sector salaries average $62,300.")
    assert claims["$62,300"].metric == "average_wage" and claims["$1.87bn"].metric == "wage"


def test_a_rivals_sum_is_another_occurrence():
    claims = _claims("A rival house's evening sale on Monday raised $289m.")
    assert claims["$289m"].scope == "another occurrence"


def test_a_bound_said_never_to_be_crossed_bounds_the_other_way():
    claims = _claims("She never dropped below 70 strokes a minute. Pay will not exceed 3%. More than 40 people died.")
    assert claims["below 70 strokes"].qualifier == "at_least"
    assert claims["exceed 3%"].qualifier == "at_most"
    assert claims["More than 40 people died"].qualifier == "more_than"


def test_a_score_told_in_its_noun_is_no_count():
    claims = _claims("Carolina had led the series three games to one. The club went from 3 games to 5 games.")
    assert "three games" not in claims and "one" not in claims
    assert "3 games" in claims and "5 games" in claims


def test_a_place_that_has_a_number_of_things_is_where_they_are():
    claims = _claims("The UK has an estimated 270,000 managed colonies, about a tenth of the US total. "
                     "Russia has fired 100 missiles.")
    assert claims["an estimated 270,000 managed colonies"].subject == "United Kingdom"
    assert claims["100 missiles"].subject is None


def test_a_figure_after_an_if_clause_is_hypothetical():
    claims = _claims('"If losses stay near this level, $220 is realistic next season," he said. If anything, 40 people '
                     'died.')
    assert claims["$220"].hypothetical
    assert not claims["40 people died"].hypothetical


def test_a_temperature_a_verb_brings_down_or_up_is_a_low_or_a_high():
    claims = _claims("Temperatures bottomed out at -4C. By mid-afternoon the sun had lifted temperatures in the town "
                     "to 14C. The mercury hit 16C.")
    assert claims["-4C"].metric == "temperature.low"
    assert claims["14C"].metric == "temperature.high"
    assert claims["16C"].metric == "temperature"


def test_a_category_names_a_kind_of_ticket_and_the_cheapest_is_the_lowest_price():
    claims = _claims("A category 1 ticket for the final costs 1,950 euros. The cheapest ticket for the final costs "
                     "640 euros. Tickets cost 60 euros. The storm strengthened to a Category 4 hurricane.")
    assert (claims["1,950 euros"].metric, claims["1,950 euros"].scope) == ("price", "category 1 ticket")
    assert (claims["640 euros"].metric, claims["640 euros"].scope) == ("price.low", "ticket")
    assert claims["60 euros"].metric == "price"
    assert "1" not in claims and claims["4"].metric == "category"


def test_an_event_dated_by_its_modifier_is_not_dated_by_the_verb():
    claims = _claims("The county certified the results of the Nov. 3 election on Friday.", dt.date(2026, 11, 14))
    assert claims["Nov. 3"].metric == "election.date" and claims["Friday"].metric == "date"


def test_a_count_since_a_date_opening_its_sentence_runs_from_that_date():
    claims = _claims("Since February 2022, European governments have expelled more than 600 Russian diplomats.")
    assert claims["more than 600 Russian diplomats"].as_of == "2022-02/2026-03-12"


def test_a_sum_after_a_fronted_of_is_a_part():
    claims = _claims("Of the overall fine, 2.1 million pounds relates to the Bridgwater site.")
    assert claims["2.1 million pounds"].scope == "part"


def test_a_date_before_a_clause_of_another_event_is_the_main_clauses():
    claims = _claims("Maker Corp saw its stock close up 14.6 percent Tuesday after its pill passed a clinical trial. "
                     "On Monday, as the strike began, 300 flights were cancelled.")
    assert claims["Tuesday"].metric == "date"
    assert claims["Monday"].metric == "strike.date"


def test_a_level_reached_past_an_aside_is_of_the_subject_before_it():
    claims = _claims("Pedestrian deaths rose to 35, the highest in a decade, while fatalities among motorcyclists fell "
                     "by more than a third, to 22.")
    assert claims["35"].metric == "pedestrians.killed" and claims["22"].metric == "motorcyclists.killed"


def test_the_average_a_figure_is_set_beside_is_none_of_it():
    claims = _claims("Ireland recorded 29 deaths per million people, well below the EU average of 44. An average of "
                     "40 people died.")
    assert claims["44"].scope == "average" and claims["40 people died"].scope is None


def test_this_season_just_gone_is_this_years_and_a_far_one_is_still_to_come():
    told = dt.date(2026, 9, 27)
    assert parse_date("this summer", told).low_day == iso_to_day("2026-06-21")  # ended four days before
    assert parse_date("this winter", dt.date(2026, 8, 1)).low_day == iso_to_day("2026-12-21")  # the coming one
    assert parse_date("this spring", dt.date(2026, 6, 23)).low_day == iso_to_day("2026-03-20")


def test_the_rest_of_a_group_is_no_part_of_the_count_before_it():
    claims = _claims("Nine hikers were rescued. One was flown to hospital, joining three others treated for "
                     "hypothermia; the remaining five were unhurt.")
    assert "five" not in claims and claims["three others treated"].metric == "hikers.treated"


def test_a_hyphenated_wind_chill_is_how_cold_it_feels():
    claims = _claims("Wind-chill on the plateau that night was estimated at minus 22C.")
    assert claims["estimated at minus 22C"].metric == "apparent_temperature"


def test_a_cost_is_of_the_thing_it_pays_for_and_an_average_cost_is_an_average():
    claims = _claims("The average cost of filling a pothole is 62 pounds. The survey put the one-off cost of fixing "
                     "local roads at 16.8 billion pounds.")
    assert (claims["62 pounds"].metric, claims["62 pounds"].scope) == ("average_price", "pothole")
    assert (claims["16.8 billion pounds"].metric, claims["16.8 billion pounds"].scope) == ("price", "road")


def test_a_count_of_someones_own_body_is_theirs_alone():
    claims = _claims("Dave Rowe said his firm fitted 148 heat pumps last year. The company said its plants built 300 "
                     "cars.")
    assert claims["148 heat pumps"].scope == "its" and claims["300 cars"].scope is None


def test_a_since_in_a_relative_clause_dates_its_own_noun():
    claims = _claims("The council voted to shut eleven of the county's libraries, including the reading room that has "
                     "served Oldbridge since 1887. At least 1,680 students have been kidnapped in the region since "
                     "2014.")
    assert claims["eleven of the county's libraries"].as_of == "2026-03-12"
    assert claims["At least 1,680 students have been kidnapped"].as_of == "2014/2026-03-12"
