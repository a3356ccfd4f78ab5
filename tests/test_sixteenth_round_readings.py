"""Readings found on a sixteenth look at the round stories: levels a verb of reaching names, a level after a
change's base, the split of a vote, a part among the dead past an adverb, a level whose subject has a phrase
before its copula, capacities whatever verb says them, contestants' finish times, times told since a day, and
events dated by the verbs they happen by."""

from __future__ import annotations

import datetime as dt

from contexts import claims_by_quote, dated_story
from contexts import flagged as _flagged

PUBLISHED = dt.date(2024, 7, 23)


def _story(tmp_path, name: str, *texts: str):
    return dated_story(tmp_path / name, *(("2024-07-23", text) for text in texts))


def test_a_sum_a_verb_of_reaching_names_is_the_level_of_its_subject_not_a_loss():
    claims = claims_by_quote("Revenue hit $5 billion in the quarter. The median price of a previously owned home hit a "
                             "jaw-dropping $427,000 in June. Home prices hit a record $430,000.", PUBLISHED)
    assert claims["$5 billion"].metric == "revenue"
    assert claims["$427,000"].metric == "median_price"
    assert claims["$430,000"].metric == "home_price"
    # No strike is dated by prices that hit a level
    assert claims["June"].metric == "date"


def test_a_hit_that_is_a_noun_is_still_a_loss():
    claims = claims_by_quote("Suppliers took a $1.29 billion hit. The strike was a $1.6 billion hit to dealers.",
                             PUBLISHED)
    assert claims["$1.29 billion"].metric == "loss"
    assert claims["$1.6 billion"].metric == "loss"


def test_the_level_a_change_reached_past_its_base_is_the_changed_things():
    claims = claims_by_quote("The national median sales price rose 4.1% from a year earlier to $426,900.", PUBLISHED)
    assert claims["4.1%"].metric == "median_sale_price.change.year_on_year"
    assert claims["$426,900"].metric == "median_sale_price"


def test_the_split_of_a_vote_is_its_majority_and_its_minority():
    claims = claims_by_quote("The Monetary Policy Committee voted 7-2 for the increase. The court ruled 6-3. The "
                             "council approved the plan by a 5-4 vote. The vote was 9 to 2.", PUBLISHED)
    assert (claims["7"].metric, claims["2"].metric) == ("vote.majority", "vote.minority")
    assert (claims["6"].metric, claims["3"].metric) == ("vote.majority", "vote.minority")
    assert (claims["5"].metric, claims["4"].metric) == ("vote.majority", "vote.minority")
    assert claims["9"].value == 9 and claims["9"].metric == "vote.majority"


def test_a_range_or_a_share_with_to_is_no_vote():
    claims = claims_by_quote("The board voted to raise fares from 2 to 3 dollars. Turnout rose from 40 to 45 percent.",
                             PUBLISHED)
    assert not any(c.metric.startswith("vote.") for c in claims.values())


def test_two_outlets_splits_of_one_vote_conflict(tmp_path):
    report = _story(tmp_path, "vote", "The Monetary Policy Committee voted 7-2 for the increase.",
                    "Nine rate-setters voted 8-1 for the bumper rise.")
    assert {f.metric for f in _flagged(report, "FC101")} == {"vote.majority", "vote.minority"}


def test_a_count_also_among_the_dead_is_a_part_of_the_dead():
    claims = claims_by_quote("At least 32 children died. Four police officers were also among the dead. Three Britons "
                             "are still among the missing.", PUBLISHED)
    assert (claims["Four police officers"].metric, claims["Four police officers"].scope) == ("people.killed", "part")
    assert (claims["Three Britons"].metric, claims["Three Britons"].scope) == ("people.missing", "part")


def test_a_level_whose_subject_has_a_phrase_before_its_copula_is_the_subjects():
    claims = claims_by_quote("Reservoir levels on Monday were 27.6%, according to the city.", PUBLISHED)
    assert claims["27.6%"].metric == "reservoir_level"


def test_a_capacity_is_a_count_of_the_things_whatever_its_verb(tmp_path):
    report = _story(tmp_path, "ferry", "The ferry was licensed to carry 101 passengers.",
                    "The ferry was licensed for 110 passengers.")
    assert {c.metric for c in report.claims} == {"passengers"}
    assert [f.code for f in _flagged(report) if f.metric == "passengers"]


def test_a_time_after_a_verb_of_finishing_is_that_contestants_finish_time():
    claims = claims_by_quote("Ethiopia's Berhane Adere won the women's race in 2:33:49. Pirtea finished in 2:33:52. "
                             "He finished in 2:10:11. The Senate finished its work in two weeks.", PUBLISHED)
    assert (claims["2:33:49"].metric, claims["2:33:49"].scope) == ("finish_time", "Berhane Adere")
    assert (claims["2:33:52"].metric, claims["2:33:52"].scope) == ("finish_time", "Pirtea")
    assert claims["2:10:11"].metric == "duration"  # whose time, another sentence says
    assert claims["two weeks"].metric == "duration"  # a job done in days is no race


def test_two_outlets_finish_times_of_one_runner_conflict_and_read_to_the_second(tmp_path):
    report = _story(tmp_path, "race", "Ethiopia's Berhane Adere won the women's race in 2:33:49.",
                    "In the women's race, Ethiopia's Berhane Adere won in 2:33:39, overtaking Pirtea.")
    (finding,) = _flagged(report, "FC101")
    assert "2 h 33 min 49 s" in finding.message and "2 h 33 min 39 s" in finding.message


def test_a_time_since_a_day_runs_to_the_telling():
    claims = claims_by_quote("In the nine days since it first erupted on April 16, the volcano has blown five times.",
                             PUBLISHED)
    assert claims["nine days"].scope == "since"


def test_a_time_since_a_day_that_misses_the_days_to_the_telling_is_flagged(tmp_path):
    report = dated_story(tmp_path / "since", ("2024-04-21", "In the nine days since it first erupted on April 16, "
                                                            "the volcano has blown at least five times."))
    (finding,) = _flagged(report, "FC301")
    assert "9 days since 2024-04-16" in finding.message
    fitting = dated_story(tmp_path / "fits", ("2024-04-21", "In the five days since it first erupted on April 16, the "
                                                           "volcano has blown twice."))
    assert not _flagged(fitting, "FC301")


def test_an_event_is_dated_by_the_verb_it_happens_by_with_its_particle():
    claims = claims_by_quote("A massive explosion tore through a chemical plant shortly after 1 a.m. Tuesday, killing "
                             "one worker. The MV Nyerere overturned on Wednesday afternoon. The ferry tipped over on "
                             "Thursday, September 20. The roof caved in on Friday. Fans stampeded at the stadium on "
                             "Saturday night.", PUBLISHED)
    assert claims["Tuesday"].metric == "explosion.date"
    assert claims["Wednesday afternoon"].metric == "sinking.date"
    assert claims["Thursday, September 20"].metric == "sinking.date"
    assert claims["Friday"].metric == "collapse.date"
    assert claims["Saturday night"].metric == "crush.date"


def test_a_verb_of_happening_with_a_level_after_it_dates_no_event():
    claims = claims_by_quote("Prices tipped over $400,000 on Monday.", PUBLISHED)
    assert claims["Monday"].metric == "date"


def test_a_count_a_modal_verb_of_reaching_names_is_a_level_not_a_hit():
    claims = claims_by_quote("The Health Foundation warned that the list could hit between 8.5 million and 9 million "
                             "next year. The missiles could hit 40 buildings.", PUBLISHED)
    assert claims["between 8.5 million and 9 million"].metric == "list"
    assert claims["next year"].metric == "date"
    assert claims["40 buildings"].metric == "buildings.damaged"


def test_the_parts_a_sentence_says_the_figure_before_includes_are_its_places_parts(tmp_path):
    text = ("NHS England data shows 1.08 million patients were on waiting lists in the North West at the end of "
            "August. That includes 512,000 in Greater Manchester, 348,000 in Cheshire and Merseyside and 291,000 in "
            "Lancashire and South Cumbria.")
    claims = claims_by_quote(text, PUBLISHED)
    part = claims["348,000 in Cheshire and Merseyside"]
    assert (part.metric, part.scope, part.subject) == ("patients", "part", "Cheshire and Merseyside")
    assert part.part_of == claims["1.08 million patients"].id
    report = _story(tmp_path, "lists", text)
    assert [f.code for f in _flagged(report)] == ["FC103"]  # 1.151 million in parts of 1.08 million


def test_a_bare_count_in_a_place_that_nothing_includes_is_no_part():
    claims = claims_by_quote("1.08 million patients were waiting. Officials counted 512,000 in Greater Manchester.",
                             PUBLISHED)
    assert not any(c.scope == "part" for c in claims.values())


def test_a_breakdown_that_exceeds_its_total_names_the_total_as_told_just_before_it(tmp_path):
    report = _story(tmp_path, "toll", "The government on Monday put the final toll at 227 people. Of the 227 dead, 126 "
                    "were women, 71 were men and 38 were children.")
    (finding,) = _flagged(report, "FC103")
    quotes = {c.quote for c in report.claims if c.id in finding.claims}
    assert {"227 people", "227 dead"} <= quotes


def test_an_event_at_a_site_in_a_place_is_that_places_story():
    claims = claims_by_quote("29 miners trapped after roof collapse at coal mine in north China's Shanxi\n\nA total of "
                             "127 miners were working underground.", PUBLISHED)
    assert claims["127 miners"].area == "China"
    apart = claims_by_quote("Fire at the warehouse, as rain fell in Leeds\n\nA total of 40 workers were inside.",
                            PUBLISHED)
    assert apart["40 workers"].area is None


def test_people_out_of_contact_are_missing_and_people_cut_off_are_trapped():
    claims = claims_by_quote("Twenty-nine miners were trapped. The remaining 27 were out of contact. Of the miners, 29 "
                             "were cut off by the collapse.", PUBLISHED)
    assert claims["27 were out of contact"].metric == "people.missing"
    assert claims["29 were cut off"].metric == "people.trapped"


def test_a_running_totals_part_on_one_day_is_no_rival_of_its_whole_days_later(tmp_path):
    report = dated_story(tmp_path / "pair",
                         ("2025-03-04", "Twenty-nine miners were trapped after the roof collapsed on Tuesday "
                                        "afternoon. The remaining 27 were out of contact."),
                         ("2025-03-07", "The roof collapsed on Tuesday afternoon. Rescuers have freed 21 miners; two "
                                        "are still missing."))
    assert not _flagged(report, "FC105")
