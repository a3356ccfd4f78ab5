"""Readings found on a seventeenth look at the round stories: a runoff apart from the first round, a date's own verb
of happening before a noun after it, generic nouns of the story's event ("the tragedy"), "it happened" dated by the
event told beside it, rules dated by when they take effect, and times restated in another zone."""

from __future__ import annotations

import datetime as dt

from contexts import claims_by_quote, dated_story
from contexts import flagged as _flagged


def test_a_runoff_is_no_first_rounds_date():
    claims = claims_by_quote("Mayor Lori Lightfoot lost her bid for a second term after finishing third in the city's "
                             "mayoral election on Tuesday. Vallas and Johnson will face each other in the April 4 "
                             "runoff.", dt.date(2023, 3, 1))
    assert claims["Tuesday"].metric == "election.date"
    assert claims["April 4"].metric == "runoff.date"


def test_a_dates_own_verb_of_happening_names_its_event_before_a_noun_after_it():
    claims = claims_by_quote("At least 127 people were killed when panicked fans stampeded at a football stadium on "
                             "Saturday night after police fired tear gas to break up a pitch invasion.",
                             dt.date(2022, 10, 2))
    assert claims["Saturday night"].metric == "crush.date"


def test_a_generic_noun_names_the_storys_own_event():
    claims = claims_by_quote("Youngsters were among the 125 people killed when fans were crushed in a stampede. At "
                             "least 32 children died in Friday night's tragedy at the stadium.", dt.date(2022, 10, 3))
    assert claims["Friday night"].metric == "crush.date"


def test_a_generic_noun_names_its_own_sentences_event_first():
    claims = claims_by_quote("Level 6B water restrictions are in force since February 10. The national government "
                             "declared the drought a national disaster on February 13.", dt.date(2018, 2, 20))
    assert claims["February 13"].metric == "drought.date"


def test_a_generic_noun_with_no_other_event_told_keeps_its_own_name():
    claims = claims_by_quote("At least 32 children died in Friday night's tragedy at the stadium.",
                             dt.date(2022, 10, 3))
    assert claims["Friday night"].metric == "disaster.date"


def test_it_happened_is_dated_as_the_event_the_next_sentence_tells():
    claims = claims_by_quote("It happened on Tuesday evening, at the height of rush hour. The I-35W bridge across the "
                             "Mississippi suddenly gave way, dragging cars into the river.", dt.date(2007, 8, 3))
    assert claims["Tuesday evening"].metric == "collapse.date"


def test_it_happened_beside_two_events_dates_neither():
    claims = claims_by_quote("A storm hit the coast and a ferry sank. It happened on Tuesday.", dt.date(2007, 8, 3))
    assert claims["Tuesday"].metric == "date"


def test_a_time_restated_in_another_zone_is_no_second_date_of_its_event():
    claims = claims_by_quote("Dozens of vehicles fell into the water when the bridge gave way at 18:05 local time on "
                             "Wednesday (00:05 BST on Thursday). At least four people were killed.",
                             dt.date(2007, 8, 2))
    assert claims["Wednesday"].metric == "collapse.date"
    assert claims["Thursday"].metric == "date"
    assert claims["At least four people were killed"].as_of == "2007-08-02"  # dated by no zone's aside


def test_rules_are_dated_by_when_they_take_effect_and_are_lifted():
    claims = claims_by_quote("Strict new water restrictions come into force in Cape Town on Thursday. Level 6B "
                             "restrictions, in force since February 10, limit residents to 50 litres a day. Officials "
                             "lifted the evacuation order on March 15.", dt.date(2018, 2, 20))
    assert claims["Thursday"].metric == "restriction.start"
    assert claims["February 10"].metric == "restriction.start"
    assert claims["March 15"].metric == "restriction.end"


def test_two_outlets_days_a_rule_took_effect_conflict(tmp_path):
    report = dated_story(tmp_path / "rules",
                         ("2018-02-01", "Strict new water restrictions come into force in Cape Town today, Thursday, "
                                        "1 February, limiting residents to 50 litres a day each."),
                         ("2018-02-02", "Residents of Cape Town must live on just 50 litres of water a day each under "
                                        "draconian rules which started on Wednesday."))
    (finding,) = _flagged(report, "FC101")
    assert finding.metric.startswith("restriction.")


def test_a_count_changed_by_an_amount_to_a_level_gives_both():
    claims = claims_by_quote("Sales grew by 400 to 3,100. The toll rose by 12 to 300. Prices fell by 3 to 5,000.",
                             dt.date(2022, 6, 28))
    assert (claims["400"].metric, claims["3,100"].metric) == ("sales.change", "sales")
    assert (claims["12"].metric, claims["300"].metric) == ("people.killed.change", "people.killed")
    assert claims["3"].metric == "prices.decrease.change"


def test_a_subject_qualified_by_its_place_is_the_changed_count():
    claims = claims_by_quote("The population of Wales grew by 44,000 to 3,107,500. The population of England and "
                             "Wales has grown by more than 3.5 million in the past 10 years to 59,597,300.",
                             dt.date(2022, 6, 28))
    assert claims["44,000"].metric == "population.change" and claims["44,000"].subject == "Wales"
    assert claims["3,107,500"].metric == "population" and claims["3,107,500"].subject == "Wales"
    assert claims["more than 3.5 million"].metric == "population.change"
    assert claims["59,597,300"].metric == "population"


def test_a_span_of_years_before_to_is_no_side_of_a_score():
    claims = claims_by_quote("Arsenal led the series three games to one. Membership grew by 1,000 in 10 years to "
                             "5,000.",
                             dt.date(2022, 6, 28))
    assert "three" not in claims and "one" not in claims
    assert claims["5,000"].metric == "membership"


def test_bare_degrees_take_the_scale_of_the_storys_country():
    us = claims_by_quote("CHICAGO (AP) — Temperatures hit 88 degrees at Midway Airport on Sunday.",
                         dt.date(2007, 10, 7))
    assert us["88 degrees"].unit == "degC" and abs(us["88 degrees"].value - 31.111) < 0.01
    assert us["88 degrees"].stated_unit == "degF"
    spain = claims_by_quote("SEVILLE, Spain (Reuters) - Temperatures hit 44 degrees in Seville on Sunday.",
                            dt.date(2023, 7, 9))
    assert spain["44 degrees"].unit == "degC" and spain["44 degrees"].value == 44


def test_bare_degrees_of_no_known_country_keep_no_scale():
    claims = claims_by_quote("Temperatures hit 88 degrees on Sunday.", dt.date(2007, 10, 7))
    assert claims["88 degrees"].unit == "degree"


def test_degrees_by_which_a_record_is_beaten_are_a_difference():
    claims = claims_by_quote("PORTLAND, Ore. (AP) — Salem was even hotter at 117 degrees Monday afternoon, breaking "
                             "its all-time high by 9 degrees.", dt.date(2021, 6, 29))
    assert claims["9 degrees"].metric.endswith(".change") and claims["9 degrees"].value == 5


def test_a_lasting_events_end_is_read_from_its_own_clause():
    claims = claims_by_quote("Residents were allowed back after authorities lifted the evacuation order on Saturday, "
                             "March 16, four days after an explosion at a butadiene plant killed three workers.",
                             dt.date(2024, 3, 16))
    assert claims["Saturday, March 16"].metric == "restriction.end"
    claims = claims_by_quote("Russia launched the largest missile barrage on Tuesday.", dt.date(2024, 3, 16))
    assert claims["Tuesday"].metric != "strike.start"


def test_places_in_a_list_of_figures_told_with_asides_and_conversions():
    claims = claims_by_quote("The heat broke records. Portland, Oregon, reached 46.7C (116F), Seattle 42.2C (108F), "
                             "and Salem, Oregon's capital, 48.3C (119F).", dt.date(2021, 7, 2))
    assert [claims[q].subject for q in ("46.7C", "116F", "42.2C", "108F", "48.3C", "119F")] == \
        ["Portland", "Portland", "Seattle", "Seattle", "Salem", "Salem"]


def test_a_us_state_is_no_small_namesake_city_elsewhere():
    from checker.normalize.places import load

    gaz = load(cache=False)
    assert gaz.place("Oregon").kind == "region" and gaz.is_within("Portland", "Oregon")
    assert gaz.place("Delaware").kind == "region"
    assert gaz.place("Washington").kind == "city"  # the capital keeps its name
    assert gaz.place("Donetsk").kind == "city"  # a city in the region named after it keeps the bare name


def test_an_event_said_to_be_on_a_day_is_dated_by_it():
    claims = claims_by_quote("Census day was March 27, 2021. The census took place on 21 March 2021. The crash was on "
                             "Friday.", dt.date(2022, 6, 28))
    assert claims["March 27, 2021"].metric == "census.date"
    assert claims["21 March 2021"].metric == "census.date"
    assert claims["Friday"].metric == "accident.date"


def test_two_hyphenated_modifiers_of_one_noun():
    claims = claims_by_quote("The company cut 300 full-time and part-time jobs.", dt.date(2024, 9, 10))
    assert claims["300 full-time and part-time jobs"].metric == "jobs.cut"


def test_its_figures_are_of_the_place_the_sentence_before_opens_with():
    claims = claims_by_quote("London remains the most densely populated region, with about 5,600 people per square "
                             "kilometre. Its population rose 7.7% to 8.8 million.", dt.date(2022, 6, 28))
    assert claims["7.7%"].subject == "London" and claims["8.8 million"].subject == "London"


def test_people_told_by_no_group_are_no_population_a_part_may_exceed(tmp_path):
    report = dated_story(tmp_path / "lists",
                         ("2023-10-12", "The waiting list in England fell to 7.75 million treatments, NHS England "
                                        "said."),
                         ("2023-10-12", "Nationally, the overall list in England stands at 7.75 million. The trust had "
                                        "the region's longest list, with 173,000 people waiting, including 13,400 who "
                                        "have been waiting more than a year."))
    assert not _flagged(report, "FC105")


def test_sources_that_convert_one_figure_differently_are_set_against_each_other(tmp_path):
    report = dated_story(tmp_path / "conversions",
                         ("2018-09-21", "Divers searched the wreck some 50 metres (165 feet) from the shore."),
                         ("2018-09-22", "The ferry sank 50 metres (550ft) from the shore."),
                         ("2018-09-22", "The ferry capsized about 50 metres (164 feet) from the jetty."))
    (finding,) = _flagged(report, "FC402")
    assert [len(group) for group in finding.groups] == [4, 2]  # the two right conversions, then the wrong one
    assert _flagged(report, "FC401")  # the wrong one, checked against its own figure too


def test_sums_converted_at_close_rates_agree_and_far_ones_do_not(tmp_path):
    close = dated_story(tmp_path / "close",
                        ("2018-06-13", "The regulator fined the retailer 400,000 pounds ($535,000)."),
                        ("2018-06-13", "The retailer was fined £400,000 (about $560,000)."))
    assert not _flagged(close, "FC402")
    far = dated_story(tmp_path / "far",
                      ("2018-06-13", "The regulator fined the retailer 400,000 pounds ($535,000)."),
                      ("2018-06-13", "The retailer was fined £400,000 (roughly $850,000)."))
    assert len(_flagged(far, "FC402")) == 1
