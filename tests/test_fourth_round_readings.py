"""Readings found on a fourth round of stories: tornadoes, tsunamis, blasts, strikes, elections, prices, sinkholes."""

from __future__ import annotations

import datetime as dt

from checker.extract.pipeline import extract_claims
from checker.model import Source, day_to_iso
from contexts import story_report

SOURCE = Source(id="t", path="t.txt", published=dt.date(2026, 4, 14))  # a Tuesday


def _claims(text: str, source: Source = SOURCE) -> dict:
    return {c.quote: c for c in extract_claims(source, text)}


def _alarms(report) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in report.findings if f.severity in ("error", "warning")]


def test_a_total_broken_down_place_by_place_after_a_comma_takes_no_place_of_its_parts():
    claims = _claims("The death toll has risen to 12, eight in Mississippi and four in Alabama.")
    total, first, second = claims["12"], claims["eight"], claims["four"]
    assert total.subject is None and total.scope is None
    assert (first.subject, first.part_of) == ("Mississippi", total.id)
    assert (second.subject, second.part_of) == ("Alabama", total.id)


def test_a_list_of_each_places_own_count_is_no_breakdown():
    claims = _claims("Four people died in Texas, two in Oklahoma.")
    assert claims["Four people died"].subject == "Texas"
    assert claims["two"].part_of is None


def test_ages_listed_in_words_after_aged_are_no_count():
    claims = _claims("Among the dead are two children, a brother and sister aged seven and nine.")
    assert [c.metric for c in claims.values()] == ["children"]


def test_a_time_after_a_toll_is_no_noun_it_counts():
    claims = _claims("The death toll from the explosion rose to six last night.")
    assert claims["six"].metric == "people.killed"


def test_a_place_described_by_its_size_holds_no_figure_of_the_story():
    assert _claims("Kuji, a fishing port of about 32,000 people, was hit hard.") == {}
    # a figure's word names a figure: "a total of"
    assert "12 people" in _claims("In Kuji, a total of 12 people, most of them children, died.")


def test_a_measurement_revised_up_is_read_with_its_earlier_value():
    claims = _claims("Its magnitude has been revised up to 7.6 from 7.2.")
    assert (claims["7.6"].metric, claims["7.6"].scope) == ("magnitude", None)
    assert (claims["7.2"].metric, claims["7.2"].scope) == ("magnitude", "earlier value")


def test_a_preliminary_measurement_and_its_revision_are_no_rivals(tmp_path):
    report = story_report(tmp_path,
                          ("2026-11-12T03:00:00+00:00", "The quake had a preliminary magnitude of 7.2."),
                          ("2026-11-12T09:00:00+00:00", "The quake had a magnitude of 7.6, the agency said."))
    assert _alarms(report) == []


def test_a_clock_time_in_words_is_no_count():
    claims = _claims("The road gave way just before twenty to six yesterday morning, and four vehicles plunged "
                     "into the hole. Five to ten people were hurt.")
    assert [c.value for c in claims.values() if c.kind == "quantity"] == [4.0, None]
    assert claims["Five to ten people were hurt"].qualifier == "range"


def test_a_weekday_someone_expects_to_act_on_is_ahead():
    text = ("The weather service expects to confirm more tornadoes on Wednesday. Storms are possible in the region "
            "on Friday. AEG expects the walkout at a second plant on Friday to be costly.")
    wednesday, friday, gone = (c for c in extract_claims(SOURCE, text) if c.kind == "date")
    assert day_to_iso(wednesday.value) == "2026-04-15" and day_to_iso(friday.value) == "2026-04-17"
    assert day_to_iso(gone.value) == "2026-04-10"


def test_a_unit_after_a_number_is_no_verb_a_date_dates():
    claims = _claims("In January annual growth was 3.4% and the average price was 272,700 pounds.")
    assert claims["January"].metric == "date"  # "pounds" bombards nothing
    assert claims["3.4%"].as_of == claims["272,700 pounds"].as_of == "2026-01"


def test_counts_one_sentence_gives_for_different_days_are_each_days_count(tmp_path):
    claims = _claims("The airline said 610 flights would be cancelled on Thursday and 530 on Friday.")
    assert {c.window_days for c in claims.values() if c.kind == "quantity"} == {1.0}
    report = story_report(tmp_path,
                          ("2026-09-09", "The strike will ground 1,140 flights over two days."),
                          ("2026-09-09", "The airline said 610 flights would be cancelled on Thursday and 530 "
                                         "on Friday."))
    assert _alarms(report) == []


def test_a_toll_rising_from_one_day_to_the_next_stays_a_running_total():
    claims = _claims("The toll rose from 12 on Monday to 20 on Tuesday.")
    assert {c.window_days for c in claims.values() if c.kind == "quantity"} == {None}


def test_a_span_from_clock_times_on_two_days_starts_and_ends_its_event():
    claims = _claims("The strike runs from 00:01 on Thursday 10 September to 23:59 on Friday 11 September.")
    assert [c.metric for c in claims.values()] == ["strike.start", "strike.end"]


def test_seats_broken_down_after_a_colon_are_parts_of_the_seats_not_of_the_parties():
    claims = _claims("The four parties behind Andersson won 183 seats: 118 for the Social Democrats and 28 for "
                     "the Left Party.")
    seats = claims["183 seats"]
    assert {(c.metric, c.part_of) for q, c in claims.items() if q in ("118", "28")} == {("seats", seats.id)}


def test_a_bare_count_after_a_rate_takes_no_rate_of_its_own():
    claims = _claims("A factory built to make 350,000 cars a year made 214,000 last year.")
    assert claims["350,000 cars"].metric == "cars.per_year"
    assert claims["214,000"].metric == "cars"


def test_a_workforce_with_an_adjective_is_the_size_of_the_workforce():
    claims = _claims("It means 6,000 job cuts, about 15 per cent of its worldwide workforce of 41,000.")
    assert claims["41,000"].metric == "workforces"


def test_a_count_its_subject_singles_out_is_a_part_of_the_whole(tmp_path):
    report = story_report(tmp_path,
                          ("2026-04-14", "Claims have reached 41,500, the bureau said."),
                          ("2026-04-14", "Auto claims alone have reached 44,300, the bureau said."))
    assert [code for code, _ in _alarms(report)] == ["FC105"]


def test_people_an_event_for_the_dead_draws_are_no_dead():
    claims = _claims("A vigil for the victims drew an estimated 2,000 people to Riverside Park. Protests drew "
                     "10,000 people.")
    assert claims["an estimated 2,000 people"].metric == "people"
    assert claims["10,000 people"].metric == "people.protested"


def test_a_toll_told_now_is_not_dated_by_the_day_of_what_came_before_it():
    claims = _claims("Nineteen people are now confirmed dead after Flight 722 crashed while landing on Friday night.")
    assert claims["Nineteen people are now confirmed dead"].as_of == "2026-04-14"


def test_years_between_two_years_date_a_figure_over_all_of_them():
    claims = _claims("More than 400 workers died in factory fires between 2006 and 2012.")
    assert claims["More than 400 workers died"].as_of == "2006-01-01/2012-12-31"


def test_a_toll_of_an_earlier_event_named_after_since_is_that_events():
    claims = _claims("The fire is the deadliest in the industry since the Tazreen Fashions blaze, in which 112 "
                     "people died.")
    assert claims["112 people died"].scope == "another occurrence"


def test_a_sum_pledged_by_someone_is_theirs(tmp_path):
    claims = _claims("The government has promised Tk 500,000 to each bereaved family, on top of the Tk 200,000 "
                     "pledged by the BGMEA.")
    assert (claims["Tk 500,000"].scope, claims["Tk 200,000"].scope) == (None, "BGMEA")


def test_numbers_listed_after_a_count_of_them_are_the_items_not_counts():
    claims = _claims("One ticket matched all six numbers: 7, 19, 33, 41, 58 and the red Powerball 14. Ten people "
                     "remain in two hospitals: 6 at Fairhaven General and 4 at St Mary.")
    assert [c.value for c in claims.values()] == [1.0, 6.0, 10.0, 2.0, 6.0, 4.0]


def test_a_fact_box_line_names_its_figure_by_its_label():
    claims = _claims("Latest figures\nDeaths: 58, 85 of them in children under five.\nDistricts affected: 9\n"
                     "Case-fatality rate: 2.8%\n- Weekly pass: $37, up from $32\nUpdate: 15 have died.")
    assert claims["58"].metric == "people.killed" and claims["85 of them"].part_of == claims["58"].id
    assert claims["9"].metric == "districts.affected"
    assert claims["2.8%"].metric == "case_fatality_rate"
    assert (claims["$37"].metric, claims["$32"].metric, claims["$32"].scope) == (
        "weekly_pass", "weekly_pass", "earlier value")
    assert claims["15 have died"].metric == "people.killed"


def test_treated_for_injuries_is_injured():
    claims = _claims("Fourteen people were treated for injuries. Doctors treated 12 people for burns.")
    assert claims["Fourteen people were treated for injuries"].metric == "people.injured"
    assert claims["12 people"].metric == "people.treated"


def test_a_change_by_an_amount_to_a_level_is_no_range():
    claims = _claims("She raised her Brent forecast by $6 to $82. Prices rose by 5% to 7% in most cities.")
    assert claims["$6"].qualifier == claims["$82"].qualifier == "exact"
    assert "5% to 7%" in " ".join(claims)  # a range of rises


def test_a_part_told_with_of_which_belongs_to_the_count_before_it():
    claims = _claims("Only 318 stool samples have been tested, of which 241 were positive.")
    whole = claims["318 stool samples have been tested"]
    assert (claims["241"].scope, claims["241"].part_of) == ("part", whole.id)


def test_a_size_after_a_measure_noun_in_a_relative_clause_is_that_measure():
    claims = _claims("A fleet of 11 tugboats was working to free the vessel, which has a gross tonnage of 220,940.")
    assert claims["220,940"].metric == "tonnages"


def test_a_place_across_a_semicolon_or_set_beside_a_figure_is_not_its_place():
    claims = _claims("Scotland is up 4.8% to an average of £201,000; Wales is up 2.7% at £219,000. The United "
                     "States finished with 122 medals, comfortably clear of China.")
    assert claims["£201,000"].subject == "Scotland"
    assert claims["£219,000"].subject != "Scotland"
    assert claims["122 medals"].subject is None


def test_a_count_of_exchanges_counts_the_exchanges_not_the_people():
    claims = _claims("The Emirates have now brokered 17 swaps. Police made 3,000 arrests.")
    assert claims["17 swaps"].metric == "swaps"
    assert claims["3,000 arrests"].metric == "people.arrested"


def test_the_bodies_of_people_count_their_dead():
    assert _claims("Ukraine received the bodies of 909 soldiers.")["909 soldiers"].metric == "soldiers.killed"


def test_the_figures_of_an_earlier_event_years_before_are_that_events():
    claims = _claims("The disaster comes almost nine years after Grenfell, in which 72 people died in a 24-storey "
                     "tower in west London.")
    assert claims["72 people died"].scope == claims["24-storey tower"].scope == "another occurrence"


def test_plus_or_minus_is_no_minus_sign():
    claims = _claims("The margin of error is plus or minus 2.2 percentage points. It was minus 4C overnight.")
    assert claims["2.2 percentage points"].value == 2.2
    assert claims["minus 4C"].value == -4.0


def test_thousands_in_a_headline_does_not_contradict_tens_of_thousands(tmp_path):
    report = story_report(tmp_path,
                          ("2026-03-07", "Thousands of hens were culled at the farm on Friday."),
                          ("2026-03-07", "All 68,000 hens at the farm were culled on Friday."))
    assert _alarms(report) == []


def test_two_measures_joined_by_and_are_a_compound_only_below_the_larger_unit():
    claims = _claims("After a stage of 169.8 kilometres and 5,400 metres of climbing, he won. He is 5 feet 3 inches "
                     "tall.")
    assert claims["169.8 kilometres"].value == 169.8 and claims["5,400 metres"].value == 5.4
    assert "5 feet 3 inches" in claims


def test_a_date_where_a_span_or_a_record_began_or_of_an_aside_does_not_date_the_figure_before_it():
    claims = _claims("The river peaked at 6.4 metres, the highest level since records began in 1870. More than 160 "
                     "million birds have been affected since the epidemic began in 2022. The tower, built in 1971, "
                     "had about 420 residents. Since the complex collapsed in 2013, killing 1,100, rules changed.")
    assert claims["6.4 metres"].as_of == "2026-04-14"
    assert claims["More than 160 million birds have been affected"].as_of == "2026-04-14"
    assert claims["about 420 residents"].as_of == "2026-04-14"
    assert claims["1,100"].as_of == "2013"
