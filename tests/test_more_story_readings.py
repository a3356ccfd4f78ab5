"""Readings found on a third round of stories: recalls, floods, strikes, heat, outbreaks, mergers, mines."""

from __future__ import annotations

import datetime as dt

from checker.extract.pipeline import extract_claims
from checker.model import Source, day_to_iso
from contexts import story_report

SOURCE = Source(id="t", path="t.txt", published=dt.date(2026, 3, 16))  # a Monday


def _claims(text: str, source: Source = SOURCE) -> dict:
    return {c.quote: c for c in extract_claims(source, text)}


def _metrics(text: str) -> dict[str, str]:
    return {quote: c.metric for quote, c in _claims(text).items()}


def _alarms(report) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in report.findings if f.severity in ("error", "warning")]


def test_a_repeated_bulletin_beside_a_newer_running_total_dates_nothing_back(tmp_path):
    report = story_report(tmp_path,
                     ("2026-03-09T18:00:00+00:00", "The agency said that 23 people had died. The ministry says 12,400 "
                                                   "people have been displaced."),
                     ("2026-03-11T18:00:00+00:00", "The death toll has risen to 31, the agency said. The ministry "
                                                   "says 12,400 people are displaced."))
    assert not report.notices or not any("repeats" in n for n in report.notices)
    assert _alarms(report) == []  # 23 then 31 two days later: an update, no same-day revision


def test_the_same_bulletin_repeated_a_day_later_still_dates_its_source_back(tmp_path):
    report = story_report(tmp_path,
                     ("2026-03-09T18:00:00+00:00", "The ministry says 2,012 people have been killed."),
                     ("2026-03-10T09:00:00+00:00", "The death toll has risen to 2,012, the ministry says."))
    assert any("repeats people.killed = 2,012" in n for n in report.notices)


def test_rates_of_unnamed_sums_are_not_compared(tmp_path):
    report = story_report(tmp_path,
                     ("2026-03-16", "Ellison said the higher rates would bring in about $24 million a year."),
                     ("2026-03-16", "Students will pay an extra $1,064 a year."))
    assert _alarms(report) == []


def test_a_conversion_of_a_bound_may_be_anywhere_the_bound_allows(tmp_path):
    report = story_report(tmp_path, ("2026-08-11", "The fire has burned more than 18,000 acres (roughly 7,450 hectares). "
                                              "Crews cleared 20,000 acres (7,450 hectares) of brush."))
    alarms = _alarms(report)
    assert [code for code, _ in alarms] == ["FC401"]
    assert "20000 acre is given as 7450 ha" in alarms[0][1]
    hit = next(f for f in report.findings if f.code == "FC401")
    assert "7450 ha is 18,400 acre once converted" in hit.explanation


def test_a_bad_fahrenheit_conversion_is_explained_in_fahrenheit(tmp_path):
    report = story_report(tmp_path, ("2026-07-14", "It was 104F (43C) in Dallas on Monday."))
    hit = next(f for f in report.findings if f.code == "FC401")
    assert "43 degC is 109 degF once converted" in hit.explanation


def test_a_total_and_its_rate_per_share_are_no_conversion(tmp_path):
    report = story_report(tmp_path, ("2026-03-16", "Northmoor Bank has agreed to buy Castlegate for £3.4bn, or 245p a "
                                              "share."))
    assert _alarms(report) == []


def test_a_weekday_written_with_its_date_is_not_moved_a_week_ahead():
    found = _claims("Northmoor will pay 245 pence a share, a premium of 38% to the closing price of 177.5p on "
                    "Friday, March 13.")
    assert day_to_iso(found["Friday, March 13"].value) == "2026-03-13"
    assert found["38%"].as_of == "2026-03-13"


def test_a_day_word_inside_a_name_is_no_date():
    found = _claims("The Brookfield Today live blog said 78 schools closed. Tyrol Today reported the slide.")
    assert "Today" not in found
    assert "today" in _claims("The strike began today.")


def test_a_clock_time_names_nothing_a_measure_is_of():
    assert _metrics("The slide broke at 11:40 a.m. at an altitude of 2,900 meters.")["2,900 meters"] == "height"


def test_the_last_or_final_few_are_the_rest_of_a_whole():
    found = _claims("Rescuers brought the last two surviving miners out. The final 30 passengers were evacuated.")
    assert found["two surviving miners"].scope == "part"
    assert found["30 passengers were evacuated"].scope == "part"


def test_a_count_after_another_with_its_own_verb_takes_no_role_from_it():
    found = _metrics("Nine of the 12 men were saved and three died.")
    assert found["Nine of the 12 men were saved"] == "men.rescued" and found["three died"] == "people.killed"


def test_a_total_reached_after_an_addition_is_the_total(tmp_path):
    found = _claims("Dallas County's medical examiner has confirmed four more heat deaths, bringing the county's "
                    "total to 13.")
    assert found["four more heat deaths"].scope == "additional" and found["13"].scope is None
    report = story_report(tmp_path, ("2026-07-15", "3:40 p.m. - Dallas County confirms four more deaths\n\nDallas "
                                              "County's medical examiner has confirmed four more heat deaths, "
                                              "bringing the county's total to 13. Houston reported two deaths."))
    assert not [code for code, _ in _alarms(report) if code == "FC105"]  # an addition is no whole


def test_a_level_of_power_is_named_by_its_subject_past_its_place():
    found = _metrics("ERCOT said electricity demand in Texas peaked at 87,412 megawatts.")
    assert found["87,412 megawatts"] == "demand"


def test_things_that_closed_or_departed_name_what_they_did():
    found = _metrics("By Monday, 78 schools closed. Twelve flights departed overnight. 40 homes needed repairs.")
    assert found["78 schools closed"] == "schools.closed"
    assert found["Twelve flights departed"] == "flights.departed"
    assert not found["40 homes"].endswith("needed")  # a verb with an object says nothing done to them


def test_closing_and_flooding_are_one_role_whatever_the_verb():
    found = _metrics("Nine villages were inundated. 78 schools were shut. Some 300 homes were close to the fire.")
    assert found["Nine villages were inundated"] == "villages.flooded"
    assert found["78 schools were shut"] == "schools.closed"
    assert not found["Some 300 homes"].endswith("closed")  # close to: near


def test_reported_symptoms_are_illness():
    found = _metrics("By Tuesday, 187 passengers and 24 crew members had reported symptoms.")
    assert found["24 crew members had reported symptoms"] == "crew.ill"


def test_a_happenings_noun_names_the_role_of_what_it_covers_or_includes():
    found = _metrics("The recall covers 640,000 vehicles. About 460,000 vehicles in the United States are included "
                     "in the recall. The layoffs affect 2,300 workers. The strike affected 300 flights.")
    assert found["640,000 vehicles"] == "vehicles.recalled"
    assert found["About 460,000 vehicles in the United States are included in the recall"] == "vehicles.recalled"
    assert found["2,300 workers"] == "people.dismissed"
    assert found["300 flights"] == "flights.affected"  # a strike is people's: no flight went on strike


def test_a_place_after_neighbouring_is_where():
    found = _claims("In neighbouring Oristo province, three people were killed in landslides on Sunday.")
    assert found["three people were killed"].subject == "Oristo"


def test_forecasts_through_a_weekday_look_ahead_and_storms_that_rolled_through_a_night_ended_nothing():
    summer = Source(id="t", path="t.txt", published=dt.date(2026, 7, 14))  # a Tuesday
    found = _claims("Forecasters expect highs of 102 to 104 degrees through Saturday. Oncor said 3,100 customers "
                    "lost power during storms that rolled through Monday night.", summer)
    assert day_to_iso(found["Saturday"].value) == "2026-07-18"
    assert not found["Monday night"].metric.endswith(".end")
    assert day_to_iso(_claims("The strike runs through Friday.", summer)["Friday"].value) == "2026-07-17"


def test_a_named_events_toll_is_no_part_of_another_toll(tmp_path):
    report = story_report(tmp_path,
                     ("2026-08-11", "The Carr Fire, back in 2018, scorched some 229,000 acres and killed eight "
                                    "people."),
                     ("2026-08-11", "The 2018 Camp Fire killed 85 people and destroyed nearly 14,000 homes."))
    assert not [code for code, _ in _alarms(report) if code == "FC105"]


def test_what_we_begin_tonight_is_the_telling_not_the_event():
    fire = Source(id="t", path="t.txt", published=dt.date(2026, 8, 11))
    found = _claims("We begin tonight with the Pine Hollow Fire, which broke out on Sunday.", fire)
    assert found["tonight"].metric == "date" and found["Sunday"].metric == "fire.start"


def test_a_figure_told_now_is_not_dated_by_its_events_possessive_day():
    race = Source(id="t", path="t.txt", published=dt.date(2026, 4, 22))
    found = _claims("Runners in Sunday's Leeds City Marathon have now raised £4.6 million for charity, up from the "
                    "£4.2 million announced on race day.", race)
    assert found["£4.6 million"].as_of == "2026-04-22"
    assert found["£4.2 million"].scope == "earlier value"  # an unnamed sum's earlier value all the same
    ferry = Source(id="t", path="t.txt", published=dt.date(2026, 6, 15))
    toll = _claims("The number of people confirmed dead after Saturday's ferry capsizing has risen to 17, the agency "
                   "said.", ferry)["17"]
    assert toll.as_of == "2026-06-15"


def test_readings_at_different_hours_of_a_day_are_no_contradiction(tmp_path):
    found = _claims("The temperature was 11C (52F) at the 9 a.m. start and reached 19C by midday.")
    assert (found["11C"].scope, found["52F"].scope, found["19C"].scope) == ("9a.m.", "9a.m.", "midday")
    report = story_report(tmp_path, ("2026-04-19", "The temperature was 11C (52F) at the 9 a.m. start and reached 19C by "
                                              "midday."))
    assert _alarms(report) == []


def test_the_weathers_it_tells_a_temperature_and_owns_nothing():
    found = _claims("At 3pm, it was 34C in Kumasi. It's 16C in the city centre.")
    assert found["34C"].metric == "temperature" and found["34C"].scope == "3pm"
    assert found["16C"].metric == "temperature" and found["16C"].scope is None


def test_bare_degrees_take_the_one_scale_their_text_names():
    found = _claims("Dallas hit 112 degrees on Tuesday, one degree short of the record of 114 degrees Fahrenheit.")
    assert found["112 degrees"].unit == "degC" and abs(found["112 degrees"].value - 44.444) < 0.01
    assert found["one degree"].metric == "temperature.change"  # a difference, no reading
    assert _claims("It reached 30 degrees in Rome.")["30 degrees"].unit == "degree"  # no scale named: none assumed


def test_equal_durations_written_two_ways_agree(tmp_path):
    report = story_report(tmp_path, ("2026-07-13", "The final lasted 4 hours, 37 minutes on Sunday."),
                     ("2026-07-13", "The final itself lasted 277 minutes on Sunday."))
    assert _alarms(report) == []


def test_a_vague_headline_amount_is_no_running_total(tmp_path):
    report = story_report(tmp_path, ("2026-02-10T08:00:00+00:00", "Pipeline blast: thousands evacuated\n\nThe blast shook "
                                                            "the town."),
                     ("2026-02-10T08:30:00+00:00", "Nearly 2,000 residents were evacuated."))
    assert not [code for code, _ in _alarms(report) if code in ("FC202", "FC203")]


def test_parts_of_a_whole_are_no_running_totals_of_their_own(tmp_path):
    report = story_report(tmp_path,
                     ("2026-03-11", "Rescuers pulled 27 people alive from the rubble. 31 of them were taken to "
                                    "hospital."),
                     ("2026-03-12", "Rescuers pulled 27 people alive. Twelve of them remain in hospital, two in "
                                    "intensive care."))
    assert not [code for code, _ in _alarms(report) if code == "FC202"]


def test_an_age_that_picks_people_out_weights_and_angles_and_wont_are_no_counts_money_or_heat():
    found = _claims("Of the 29 people hospitalized, 31 were over the age of 65. The combined payload weighed more "
                    "than 2,500 pounds. Orbit: 550 km, inclination 97.6 degrees. Five million won't buy a house.")
    assert "65" not in found
    assert found["more than 2,500 pounds"].unit == "kg"
    assert found["97.6 degrees"].metric != "temperature"
    assert all(c.unit != "KRW" for c in found.values())


def test_net_changes_are_named_and_each_sectors_is_its_own():
    found = _claims("Employers added 143,000 jobs in January. Health care added 44,000 jobs, retail 34,000 and "
                    "government 32,000. Private employers added 111,000 jobs. The party gained 12 seats.")
    assert found["143,000 jobs"].metric == "jobs.added" and found["143,000 jobs"].scope is None
    assert [found[q].scope for q in ("44,000 jobs", "34,000", "32,000", "111,000 jobs")] == [
        "health care", "retail", "government", "private employers"]
    assert found["12 seats"].metric == "seats.gained"


def test_what_another_verb_says_of_the_rest_is_no_addition():
    found = _claims("Another 34 people are still missing, and 87 have now been rescued.")
    assert found["87 have now been rescued"].scope is None


def test_a_rate_after_a_list_of_counts_is_each_ones():
    found = _claims("Salmonella causes about 1.35 million infections, 26,500 hospitalizations and 420 deaths in the "
                    "United States every year.")
    assert [found[q].metric for q in ("about 1.35 million infections", "26,500 hospitalizations", "420 deaths")] == [
        "people.infected.per_year", "people.hospitalized.per_year", "people.killed.per_year"]


def test_places_counted_are_where_the_figures_are():
    found = _claims("One person has died and 73 people in 14 states have now been sickened. The headline numbers: "
                    "73 people sick in 14 states, 29 of them hospitalized.")
    assert found["73 people"].metric == "people.ill" and found["14 states"].metric == "states"
    assert found["29 of them hospitalized"].metric == "people.hospitalized"
    found = _claims("The dead were in three provinces: 38 in Malatya, 17 in Adiyaman.")
    assert not any(c.metric.startswith("provinces") and c.value in (38, 17) for c in found.values())


def test_additions_are_no_running_total(tmp_path):
    report = story_report(tmp_path, ("2026-06-11", "Divers recovered nine more bodies overnight."),
                     ("2026-06-12", "Divers recovered eight more bodies on Friday."))
    assert not [code for code, _ in _alarms(report) if code == "FC202"]


def test_a_town_said_after_the_is_no_town():
    found = _claims("Nationally, the Commonwealth's deficit will blow out to $42.3 billion.")
    assert found["$42.3 billion"].subject is None


def test_fractions_of_a_unit_and_a_count_after_a_dateline_are_read():
    found = _claims("Up to three-quarters of an inch (about 1.9 cm) of ice fell.\n\nLOUISVILLE - About 1,200 Guard "
                    "soldiers have been activated.")
    quarter = found["Up to three-quarters of an inch"]
    assert abs(quarter.value - 1.905e-05) < 1e-9
    assert found["About 1,200 Guard soldiers have been activated"].metric == "soldiers.activated"


def test_a_weekday_opening_a_title_is_no_date():
    found = _claims("He told Sunday Politics the strike had cost money. The strike began on Tuesday March 10.")
    assert "Sunday" not in found and found["Tuesday March 10"].metric == "strike.start"


def test_lives_claimed_are_deaths_and_a_toll_told_now_is_nows():
    found = _claims("The plunge of a coach into a ravine on Monday, which has now claimed 27 lives, renewed calls. "
                    "Crews saved 40 lives.")
    assert found["27 lives"].metric == "people.killed" and found["27 lives"].as_of == "2026-03-16"
    assert found["40 lives"].metric == "people.rescued"


def test_a_bare_count_goes_on_no_measures_list_and_a_group_of_its_own_is_sized():
    found = _claims("The Dow fell 1,412 points, or 3.4%, to 40,412. Cases jumped 9% to 3,925. The firm will cut "
                    "1,200 jobs, roughly 4% of its workforce of 31,000.")
    assert found["40,412"].metric != "percent"
    assert found["3,925"].metric == "case"  # the level a change reached keeps its name
    assert found["31,000"].metric == "workforces"
