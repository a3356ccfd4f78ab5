"""Readings found on a thirteenth round of stories: an air-show crash, a measles outbreak, a flood barrier, a ferry
fare rise, a refugee camp, a ticket resale row, an airline merger, a congestion ranking and a lithium find."""

from __future__ import annotations

import datetime as dt

from contexts import claims_by_quote, story_report

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday


def _claims(text: str, published: dt.date = PUBLISHED) -> dict:
    return claims_by_quote(text, published)


def test_a_verb_of_harm_before_a_bare_number_counts_what_it_did_not_the_crowd_before():
    claims = _claims("A jet crashed into a crowd, killing three. The death toll hit 288 on Monday.")
    assert claims["three"].metric == "people.killed"
    assert claims["288"].metric == "people.killed"


def test_confirmed_and_suspected_counts_are_running_totals():
    from checker.vocabulary import load_vocabulary

    running = load_vocabulary().cumulative
    assert "cases.confirmed" in running and "cases.suspected" in running
    assert running.falls("cases.suspected") and not running.falls("cases.confirmed")


def test_a_figure_said_to_be_needed_is_a_requirement_not_a_reading():
    claims = _claims("Experts say about 95 percent coverage is needed to stop the disease. At least 60 percent "
                     "turnout is required for the result to stand. Statewide, coverage fell to about 89 percent. "
                     "The 30 staff were required to stay.")
    assert claims["about 95 percent"].hypothetical
    assert claims["At least 60 percent"].hypothetical
    assert not claims["about 89 percent"].hypothetical
    assert not claims["30 staff were required"].hypothetical  # what befell them


def test_a_sum_restated_at_another_years_prices_is_not_read_again():
    claims = _claims("Built at a cost of £535m - roughly £1.6bn in today's money - the barrier has ten gates.")
    assert "£535m" in claims
    assert not any("1.6bn" in quote for quote in claims)


def test_the_from_of_a_change_told_past_its_noun_or_after_it_is_the_earlier_value():
    claims = _claims("The service will drop from 28 sailings a week to 21. The other route drops to 14 sailings "
                     "a week, from 20. Police arrested 40 people, from 12 countries.")
    assert claims["28 sailings"].scope == "earlier value"
    assert claims["20"].scope == "earlier value"
    assert claims["14 sailings"].scope is None
    assert claims["12 countries"].scope is None  # where they came from, after no change


def test_a_sum_of_a_deal_the_speaker_makes_is_not_the_speakers_own():
    claims = _claims("Northwind Airways said on Monday it will buy Celeste Air in a deal worth $4.2 billion. "
                     "Ford said the strike had cost it $1.3 billion.")
    assert claims["$4.2 billion"].scope is None
    assert claims["$1.3 billion"].scope == "Ford"


def test_the_largest_single_one_of_a_kind_is_one_of_them_in_either_currency():
    claims = _claims("The largest single fine, £1.4 million ($1.8 million), went to TixHub.")
    assert claims["£1.4 million"].scope == "part"
    assert claims["$1.8 million"].scope == "part"


def test_of_them_is_of_the_whole_not_of_a_smaller_count_a_preposition_names():
    claims = _claims("In all, 640,000 tickets were sold for the eight dates, 360,000 of them for four nights at "
                     "Wembley. All 21 crew, 23 of them Indian nationals, were rescued.")
    assert claims["360,000 of them"].metric == "tickets.sold"
    assert claims["23 of them"].metric == "crew"  # a whole no part can exceed, which FC105 tells


def test_a_place_after_the_figure_told_another_way_is_that_ones():
    claims = _claims("Congestion cost the UK economy £7.7 billion last year, or about £894 for every driver in "
                     "Bristol.")
    assert claims["£7.7 billion"].subject is None
    assert claims["about £894"].subject == "Bristol"


def test_a_compound_adjective_before_a_noun_names_no_speaker():
    claims = _claims("The Perth-based explorer said the deposit holds 286 million tonnes of ore. The CGT union "
                     "claimed 150,000 marched.")
    assert claims["286 million tonnes"].attributed_to is None
    assert claims["150,000 marched"].attributed_to == "CGT union"


def test_two_days_in_one_sentence_are_two_occasions_not_one_date_told_two_ways(tmp_path):
    report = story_report(tmp_path, ("2026-01-16", "The barrier was closed Thursday and again early Friday as a "
                                                   "storm surge pushed the river up."))
    assert not [f for f in report.findings if f.code == "FC104"]


def test_then_ending_a_clause_dates_it_by_the_earlier_year_told_before():
    claims = _claims("The 2001 epidemic saw six million animals culled. Cumbria was the worst-hit county then, "
                     "with 893 of the 2,026 infected premises nationwide. The fire started on Monday. Since then, "
                     "40 homes have burned.", dt.date(2026, 3, 6))
    assert claims["2,026 infected premises"].as_of == "2001"
    assert claims["40 homes have burned"].as_of == "2026-03-06"


def test_a_count_a_total_passed_is_more_than_it():
    claims = _claims("By Friday the tally had passed 100 suspected cases. The ship passed 3 islands.")
    assert claims["100 suspected cases"].qualifier == "more_than"
    assert claims["3 islands"].qualifier == "exact"


def test_some_of_a_whole_a_clause_of_its_own_subject_names_are_a_part_of_it():
    claims = _claims("Eleven of the 27 tornadoes the National Weather Service has confirmed in the outbreak touched "
                     "down in Alabama. 189 of the 240 people aboard had been rescued.")
    assert claims["Eleven of the 27 tornadoes the National Weather Service has confirmed"].scope == "part"
    assert claims["189 of the 240 people aboard had been rescued"].metric == "people.rescued"


def test_a_count_after_a_verbs_particle_is_the_whole_of_them_however_small():
    claims = _claims("The slide swept up 11 skiers, 13 of them members of a guided tour group from Munich.")
    assert claims["13 of them"].metric == "skiers"  # a part too big for its whole, which FC105 tells
