"""Readings found on a sixth round of stories: exam results, an exchange's collapse, a burst water main, a
helicopter crash, waiting lists, port queues, peak power demand and an algae bloom."""

from __future__ import annotations

import datetime as dt

from checker.extract.pipeline import extract_claims
from checker.model import Source
from contexts import story_report

SOURCE = Source(id="t", path="t.txt", published=dt.date(2026, 7, 22))  # a Wednesday


def _claims(text: str, source: Source = SOURCE) -> dict:
    return {c.quote: c for c in extract_claims(source, text)}


def test_a_typeset_minus_sign_is_a_minus():
    claims = _claims("It was \u22129°C (16°F) this morning in Brantwood.")
    assert claims["\u22129°C"].value == -9.0
    assert claims["16°F"].value < -8


def test_one_after_a_quoted_demonstrative_is_a_pronoun():
    claims = _claims('"This one hurts," the mayor said of the crash that killed five people.')
    assert [c.quote for c in claims.values()] == ["five people"]


def test_a_year_earlier_dates_its_figure_a_year_back():
    claims = _claims("A year earlier the trust's list stood at 41,200.")
    assert claims["41,200"].as_of == "2025-07-22"
    assert _claims("The list stood at 7.43 million a year earlier.")["7.43 million"].as_of == "2025-07-22"
    # back from a year the paragraph states, not from the telling: no date of its own
    claims = _claims("In 2019 the plant opened; two years earlier it had 40 workers.")
    assert claims["40 workers"].as_of == "2026-07-22"


def test_will_in_a_name_tells_no_future():
    claims = _claims("Temperatures at Will Rogers World Airport reached 109 degrees Fahrenheit on Tuesday.")
    assert claims["109 degrees Fahrenheit"].as_of == "2026-07-21"
    claims = _claims("Temperatures will reach 109 degrees Fahrenheit on Tuesday.")
    assert claims["109 degrees Fahrenheit"].as_of == "2026-07-28"


def test_a_name_opening_a_sentence_scopes_its_figures():
    claims = _claims("At Hall Cross Academy, 41 per cent of entries were graded A or A*, and 214 students between "
                     "them sat 602 exams.")
    assert claims["41 per cent"].scope == "Hall Cross Academy"
    assert claims["602 exams"].scope == "Hall Cross Academy"
    # a place is the figure's place, a time names nothing
    assert _claims("In Texas, 40 people died.")["40 people died"].scope is None
    assert _claims("In March, 40 people died.")["40 people died"].scope is None
    assert _claims("At least 5 people died.")["At least 5 people died"].scope is None


def test_a_figure_in_a_relative_clause_of_a_listed_part_is_no_part():
    claims = _claims("Kestrel raised $1.1bn over four funding rounds, including a $400m round in 2024 that valued "
                     "it at $12bn.")
    assert claims["$400m"].part_of is not None
    assert claims["$12bn"].part_of is None


def test_a_country_named_once_in_passing_sets_no_currency():
    text = ("Kestrel filed for bankruptcy, disclosing a $3.4bn shortfall. The largest creditor, a Singapore "
            "trading firm, is owed $214m.")
    assert {c.unit for c in extract_claims(SOURCE, text) if c.kind == "quantity"} == {"USD"}


def test_a_toll_told_for_a_period_holding_the_others_day_did_not_fall(tmp_path):
    report = story_report(tmp_path,
                          ("2026-03-15T10:00:00+00:00", "Four killed in helicopter crash."),
                          ("2026-03-16T21:00:00+00:00", "Investigators on Monday began recovering the wreckage of a "
                                                        "helicopter that crashed on a glacier over the weekend, "
                                                        "killing five people."))
    # the weekend dates the crash (named by its verb); its toll, a running count, is told as of the telling
    assert [c.as_of for c in report.claims if c.metric == "people.killed"] == ["2026-03-15", "2026-03-16"]
    assert "FC202" not in [f.code for f in report.findings]


def test_what_a_share_is_made_of_scopes_it():
    claims = _claims("A* grades made up 9.6 per cent of entries. The share of entries graded A rose to 28.4 per cent.")
    assert claims["9.6 per cent"].scope == "grades"
    assert claims["28.4 per cent"].scope is None
    assert _claims("Electronics account for more than 40% of exports.")["more than 40%"].scope == "Electronics"
    # a pronoun names nothing, and "made" with no "up" composes nothing
    assert _claims("They made up 30% of staff.")["30%"].scope is None
    assert _claims("The company made 5% more profit.")["5%"].scope is None


def test_a_measure_a_verb_of_passing_tells_is_a_lower_bound():
    assert _claims("Demand topped 87 gigawatts.")["87 gigawatts"].qualifier == "more_than"
    assert _claims("The heat pushed temperatures past 100 degrees.")["100 degrees"].qualifier == "more_than"
    assert _claims("Demand reached 87 gigawatts.")["87 gigawatts"].qualifier == "exact"
    # a fare's label is no verb ("- Monthly pass: $116", "- Monthly passes: $116")
    assert _claims("- Monthly pass: $116, up from $100")["$116"].qualifier == "exact"
    assert _claims("- Monthly passes: $116, up from $100")["$116"].qualifier == "exact"


def test_the_date_of_a_record_beaten_is_the_records():
    claims = _claims("Demand peaked at 87.4 GW at 5:15 p.m., beating the August 2024 record of 85.9 GW.")
    assert claims["87.4 GW"].as_of == "2026-07-22"
    assert claims["85.9 GW"].as_of == "2024-08"


def test_more_with_a_verb_of_its_own_takes_no_verb_of_the_clause_before():
    claims = _claims("Four people died on Saturday and three more remain in critical condition.")
    assert [c.metric for c in claims.values() if c.kind == "quantity"] == ["people.killed"]
    claims = _claims("Four people died on Saturday and three more died on Sunday.")
    assert (claims["three more died"].metric, claims["three more died"].scope) == ("people.killed", "additional")


def test_a_progressive_verb_with_no_object_is_what_they_were_doing():
    claims = _claims("Thirty-eight container ships were waiting at anchor off Rotterdam.")
    assert claims["Thirty-eight container ships were waiting"].metric == "ships.waited"
    # what they were doing to others is no role of theirs
    assert _claims("Firefighters said 40 people were evacuating residents.")["40 people"].metric == "people"


def test_a_subjects_head_is_read_past_a_phrase_that_modifies_it():
    claims = _claims("The waiting list for hospital treatment fell to 7.32 million.")
    assert claims["7.32 million"].metric == "list"
    assert _claims("Deaths at the camp rose to 40.")["40"].metric == "people.killed"
    claims = _claims("Unemployment in Spain rose to 40,000.")
    assert (claims["40,000"].metric, claims["40,000"].subject) == ("unemployment", "Spain")


def test_a_place_opening_a_sentence_is_no_name_that_scopes_its_figures():
    text = ("Overnight strike in Kyiv on March 9\n\nOn March 9, Russian forces fired 7 ballistic missiles at targets "
            "in Kyiv.\n\nIn Kyiv, 5 people were killed and 50 people were injured, authorities said.")
    claims = _claims(text)
    assert claims["5 people were killed"].scope is None
    assert claims["50 people were injured"].scope is None


def test_a_time_of_day_after_a_weekday_is_no_speaker():
    claims = _claims("The nine schools that closed on Monday and reopened on Friday morning reported attendance close "
                     "to normal.")
    assert claims["nine schools that closed"].attributed_to is None
    assert _claims("The CGT union claimed 40,000 marched.")["40,000 marched"].attributed_to == "CGT union"


def test_a_price_is_scoped_by_what_it_is_the_price_of():
    claims = _claims("The emergency repair will cost $4.5 million. A ticket still costs $50.")
    assert (claims["$4.5 million"].metric, claims["$4.5 million"].scope) == ("price", "repair")
    assert claims["$50"].scope == "ticket"
    # an event's cost stays a loss
    assert _claims("The strike cost Ford $1.7 billion.")["$1.7 billion"].scope is None
