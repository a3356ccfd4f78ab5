"""Readings and judgements found on a fifteenth look at the round stories: things counted with nothing said to have
happened to them, a figure's own conversion and a wrong weekday set against other sources, events named by their
verbs, lists of parts, estimates, and reports that date no event."""

from __future__ import annotations

import datetime as dt

from checker.model import day_to_iso
from contexts import claims_by_quote, dated_story
from contexts import flagged as _flagged

PUBLISHED = dt.date(2026, 3, 12)


def _dated_story(tmp_path, name: str, *sources: tuple[str, str]):
    """The report of a small story of (published, text) sources, written into its own folder."""
    return dated_story(tmp_path / name, *sources)


def _story(tmp_path, name: str, *texts: str):
    return _dated_story(tmp_path, name, *(("2026-03-10", text) for text in texts))


def test_things_nothing_is_said_to_have_happened_to_are_what_their_own_noun_says():
    claims = claims_by_quote("A total of 127 miners were working underground. Some 30 construction workers were on "
                             "the bridge. Officials said 5,000 people gathered.", PUBLISHED)
    assert claims["127 miners"].metric == "miners"
    assert claims["Some 30 construction workers"].metric == "workers"
    assert claims["5,000 people gathered"].metric == "people.gathered"


def test_two_tellings_of_one_headcount_are_compared(tmp_path):
    report = _story(tmp_path, "crew", "Some 30 construction workers were on the bridge at the time.",
                    "Eighteen construction workers were on the bridge when it fell.")
    assert [(f.code, f.metric) for f in _flagged(report)] == [("FC101", "workers")]
    agreeing = _story(tmp_path, "same", "Some 30 construction workers were on the bridge at the time.",
                      "About 30 construction workers were on the bridge when it fell.")
    assert not _flagged(agreeing)


def test_headcounts_a_scale_apart_count_different_sets(tmp_path):
    # More than twice the other: some of them, or others ("98,000 Irish customers" among "1.2 million customers")
    apart = _story(tmp_path, "apart", "The chain has 98,000 customers.", "The chain has 1.2 million customers.")
    assert not _flagged(apart)
    near = _story(tmp_path, "near", "The chain has 98,000 customers.", "The chain has 91,000 customers.")
    assert [f.code for f in _flagged(near)] == ["FC101"]


def test_one_person_told_of_is_no_headcount(tmp_path):
    report = _story(tmp_path, "one", "One resident said the blast shook the house.",
                    "Two residents said the blast shook the house.")
    assert not _flagged(report)


def test_a_headcount_only_one_source_tells_is_background_not_a_single_source_figure(tmp_path):
    report = _story(tmp_path, "sides", "The two sides remain far apart on key points.",
                    "Talks resumed on Monday in Geneva.")
    assert not [f for f in report.findings if f.code == "FC111"]


def test_a_figures_bad_conversion_is_set_against_another_sources_figure(tmp_path):
    report = _story(tmp_path, "heat", "Hundreds of runners collapsed in 88F (36C) heat at the marathon.",
                    "Temperatures reached 31C (88F) in the early afternoon.")
    conflicts = _flagged(report, "FC101")
    assert len(conflicts) == 1
    by_quote = {c.id: c.quote for c in report.claims}
    groups = [sorted(by_quote[i] for i in group) for group in conflicts[0].groups]
    assert ["36C"] in groups and any("31C" in group and "88F" in group for group in groups)
    assert [f.code for f in _flagged(report, "FC401")] == ["FC401"]


def test_a_wrong_weekday_is_set_against_the_sources_that_call_its_day_by_its_own(tmp_path):
    report = _dated_story(tmp_path, "runoff",
                          ("2023-03-01", "The runoff will be held on Monday, April 4, the board said."),
                          ("2023-04-05", "The board certified the count on Tuesday."))
    (weekday,) = [f for f in report.findings if f.code == "FC302"]
    by_id = {c.id: c.quote for c in report.claims}
    assert sorted([by_id[i] for i in group] for group in weekday.groups) == [["Monday, April 4"], ["Tuesday"]]
    assert "as Outlet b ('Tuesday') calls it" in weekday.message


def test_an_event_named_by_its_verb_dates_the_event_not_its_end():
    claims = claims_by_quote("The bridge collapsed into the river on Wednesday evening. The ferry capsized on "
                             "Thursday afternoon. The talks collapsed on Friday.", PUBLISHED)
    assert claims["Wednesday evening"].metric == "collapse.date"
    assert claims["Thursday afternoon"].metric == "sinking.date"  # a participle no dictionary knows
    assert claims["Friday"].metric == "talks.end"


def test_a_marathon_is_a_race_whose_day_is_compared():
    claims = claims_by_quote("Thousands lined the streets for Saturday's Chicago Marathon.", PUBLISHED)
    assert claims["Saturday"].metric == "match.date"


def test_the_next_parts_of_one_list_are_parts_of_its_whole(tmp_path):
    report = _dated_story(tmp_path, "hospitals",
                          ("2007-08-03", "Hospitals said 79 people were hurt. Hennepin County Medical Center treated "
                                         "28 of the injured, Fairview took 25 and North Memorial 31."))
    (listed,) = [f for f in report.findings if f.code == "FC103"]
    by_id = {c.id: c.quote for c in report.claims}
    assert sorted(by_id[i] for i in listed.claims) == ["25", "28 of the injured", "31", "79 people were hurt"]


def test_a_toll_given_with_its_noun_is_a_toll():
    claims = claims_by_quote("The government on Monday put the final toll at 227 people.", PUBLISHED)
    assert claims["227 people"].metric == "people.killed"


def test_two_adjectives_of_one_noun_are_read_with_it_and_a_second_count_is_not():
    claims = claims_by_quote("There were 719 sudden and unexpected deaths. Three big and two small boats sank.",
                             PUBLISHED)
    assert claims["719 sudden and unexpected deaths"].metric == "people.killed"
    assert not any(quote.startswith("Three big") for quote in claims)


def test_a_report_that_dates_no_event_speaks_of_its_neighbours_one_event(tmp_path):
    # Three days after the sinking, a report that dates nothing is compared with the wires that dated it
    report = _dated_story(tmp_path, "ferry",
                          ("2018-09-21", "The ferry capsized on Thursday. It was licensed to carry 101 passengers."),
                          ("2018-09-24", "The ferry was licensed to carry 110 passengers, officials said."))
    assert [f.code for f in _flagged(report)] == ["FC106"]


def test_story_days_are_one_events_days_only():
    from types import SimpleNamespace

    from checker.judge.context import Context
    from checker.judge.relations import STORY_DAYS, story_days
    from checker.model import Source

    sources = {sid: Source(id=sid, path=f"{sid}.txt", published=dt.date(2026, 3, day))
               for sid, day in (("a", 10), ("b", 11), ("c", 13))}
    ctx = Context(sources=sources, vocabulary=SimpleNamespace())
    one = {("a", ""): ("2026-03-08", "2026-03-09\uffff"), ("b", ""): ("2026-03-08", "2026-03-09\uffff")}
    assert story_days(one, ctx) == {("c", STORY_DAYS): ("2026-03-08", "2026-03-09\uffff")}
    # strikes told on days a week apart name no one occasion
    spread = {("a", ""): ("2026-03-03", "2026-03-04\uffff"), ("b", ""): ("2026-03-09", "2026-03-10\uffff")}
    assert story_days(spread, ctx) == {}


def test_what_may_have_been_is_an_estimate_and_what_could_have_been_is_not_told():
    claims = claims_by_quote("More than 400 people may have been on board. Up to 300 people could have been killed.",
                             PUBLISHED)
    assert not claims["More than 400 people may have been on board"].hypothetical
    assert claims["Up to 300 people could have been killed"].hypothetical


def test_a_weekday_and_its_part_of_the_day_before_a_date_are_its_weekday():
    claims = claims_by_quote("The volcano first erupted on Monday night, April 16, the agency said.",
                             dt.date(2024, 4, 20))
    found = claims["Monday night, April 16"]
    assert found.weekday == 0 and day_to_iso(found.value) == "2024-04-16"  # a Tuesday: FC302's to judge


def test_a_span_that_names_its_first_days_weekday_sides_with_a_date_called_otherwise(tmp_path):
    report = _dated_story(tmp_path, "walkout",
                          ("2023-10-12", "Doctors walked out from Monday October 2 to Wednesday October 4."),
                          ("2023-10-13", "The walkout began on Tuesday October 2, the union said."))
    (weekday,) = [f for f in report.findings if f.code == "FC302"]
    assert len(weekday.claims) == 2 and len(weekday.groups) == 2


def test_who_the_counted_were_is_a_breakdown_of_them(tmp_path):
    claims = claims_by_quote("In all 125 people died in the crush. The 125 victims were 93 men and 40 women.",
                             PUBLISHED)
    whole = claims["125 victims"]
    assert [(claims[q].metric, claims[q].part_of) for q in ("93 men", "40 women")] == [
        ("men.killed", whole.id), ("women.killed", whole.id)]
    report = _story(tmp_path, "crush", "In all 125 people died in the crush. The 125 victims were 93 men and 40 women.")
    assert [f.code for f in _flagged(report)] == ["FC103"]  # 133 of 125
