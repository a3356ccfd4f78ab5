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
                             "Wednesday (00:05 BST on Thursday). At least four people were killed.", dt.date(2007, 8, 2))
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
