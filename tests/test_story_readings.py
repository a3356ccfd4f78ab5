"""Readings found on stories of new domains: what a verb did, who gave money, ages, places by adjective, years."""

from __future__ import annotations

import datetime as dt

from checker.extract.dates import find_dates
from checker.extract.pipeline import extract_claims
from checker.judge.relations import relation
from checker.model import Source, day_to_iso
from checker.vocabulary import load_vocabulary
from contexts import story_report

SOURCE = Source(id="t", path="t.txt", published=dt.date(2025, 6, 10))


def _claims(text: str) -> dict:
    return {c.quote: c for c in extract_claims(SOURCE, text)}


def _metrics(text: str) -> dict[str, str]:
    return {quote: c.metric for quote, c in _claims(text).items()}


def _findings(folder, *sources: tuple[str, str]) -> list:
    """The findings of a story whose sources are given as (published, text), one file each."""
    return story_report(folder, *sources).findings


def test_what_an_unlisted_verb_did_to_its_object_names_the_figure():
    assert _metrics("The project will create 1,900 permanent jobs.")["1,900 permanent jobs"] == "jobs.created"
    assert _metrics("The airline grounded 40 planes.")["40 planes"] == "planes.grounded"
    assert _metrics("Customs officers inspected 1,200 containers.")["1,200 containers"] == "containers.inspected"
    # A bare number after it with a verb of its own is what that verb did to the same things.
    found = _metrics("Brenner created 19 chances and converted five.")
    assert (found["19 chances"], found["five"]) == ("chances.created", "chances.converted")


def test_verbs_that_hold_total_or_last_and_nouns_before_a_number_name_nothing_done():
    found = _metrics("The barrage included 31 missiles. The county recorded 24 deaths. A team of 18 cave divers "
                     "went in. The port handles 1.1 million containers. The Proteas lasted 71.4 overs.")
    assert found["31 missiles"] == "missiles" and found["24 deaths"] == "people.killed"
    assert found["18 cave divers"] == "divers" and found["71.4 overs"] == "overs"
    assert "handle" not in found["1.1 million containers"]


def test_a_givers_sum_is_its_own_and_a_sum_of_no_giver_is_the_total():
    found = _claims("The United States pledged $500 million and Saudi Arabia promised $300 million. Donors "
                    "pledged $1.8 billion in all.")
    us, saudi, total = found["$500 million"], found["$300 million"], found["$1.8 billion"]
    assert {us.metric, saudi.metric, total.metric} == {"pledged"}
    assert (us.scope, saudi.scope, total.scope) == ("United States", "Saudi Arabia", None)
    assert relation(us, total, load_vocabulary()) == "other"  # a donor's pledge is no rival of the total
    assert _metrics("The firm will invest $12 billion in the plant.")["$12 billion"] == "investment"


def test_ages_after_aged_are_no_count_and_no_role():
    assert _metrics("The five men, aged between 24 and 51, were arrested.") == {"five men": "men"}
    assert _metrics("Between 24 and 51 people were arrested.") == {
        "Between 24 and 51 people were arrested": "people.arrested"}
    assert "over 65" not in _metrics("All three fatal cases were aged over 65.")
    assert "The median age of cases is 62 years." and not _metrics("The median age of cases is 62 years.")


def test_a_point_of_a_range_is_no_decimal_point():
    (share,) = extract_claims(SOURCE, "Scientists warn of a tipping point of 20 to 25%.")
    assert (share.low, share.high) == (20.0, 25.0)


def test_a_place_named_by_its_adjective_before_ground_is_where():
    assert _claims("Nineteen people died on American roads.")["Nineteen people died"].subject == "United States"
    found = _claims("Nineteen people died on Victorian roads, while New South Wales recorded 24 deaths.")
    assert found["Nineteen people died"].subject == "Victoria"
    # An adjective of a division counts only where the text names its country.
    assert _claims("Nineteen people died on Victorian roads.")["Nineteen people died"].subject is None
    assert _claims("Twelve people were killed in Russian attacks.")["Twelve people were killed"].subject is None


def test_a_year_after_for_ends_its_phrase_and_a_records_since_year_is_the_whens():
    found = _claims("Victoria's annual road toll for 2025 was 287. Police searched for 2000 metres.")
    assert found["287"].as_of == "2025" and "2000" not in found
    found = _claims("The toll was 287, the state's highest since 2008, when 303 people died.")
    assert found["287"].as_of == "2025-06-10" and found["303 people died"].as_of == "2008"


def test_a_day_told_with_this_or_last_year_is_of_that_year():
    (day,) = find_dates("The flood on March 3 last year killed 4.", "the flood on march 3 last year killed 4.",
                        dt.date(2025, 5, 13))
    assert day_to_iso(day.low) == "2024-03-03" and day.end == len("The flood on March 3 last year")


def test_a_storm_told_after_the_storm_is_another_and_dates_its_own_figures():
    found = _claims("A dust storm hit Baghdad on Monday, June 9, grounding 40 flights. The storm closed schools. "
                    "A storm on May 5 this year grounded 11 flights.")
    assert found["May 5 this year"].scope == "another occurrence" and found["11 flights"].as_of == "2025-05-05"
    assert found["Monday, June 9"].metric == "storm.date" and found["Monday, June 9"].scope is None


def test_measures_named_as_their_clauses_subject_and_new_measures():
    found = _metrics("Visibility at Baghdad International Airport fell to 300 metres. The depth of the quake was "
                     "10 km. The search covered 500 square nautical miles.")
    assert found["300 metres"] == "visibility" and found["10 km"] == "depth"
    (area,) = [c for c in extract_claims(SOURCE, "The search covered 500 square nautical miles.")]
    assert abs(area.value - 1714.952) < 0.01 and area.unit == "km**2"


def test_roles_said_by_a_light_verb_or_with_where_after_them():
    assert _metrics("Thirty-three cases have required hospitalisation.")[
        "Thirty-three cases have required hospitalisation"] == "cases.hospitalized"
    assert _metrics("By Monday, 1,340 cases had been recorded nationwide.")[
        "1,340 cases had been recorded"] == "cases.recorded"


def test_each_gapped_clause_has_its_own_holder():
    found = _claims("The party won 31 seats, the Greens six and independents five.")
    assert (found["six"].scope, found["five"].scope) == ("Greens", "independents")


def test_a_duration_against_its_events_own_start_and_end(tmp_path):
    found = [f for f in _findings(
        tmp_path,
        ("2025-05-13T09:00:00+00:00", "The ministry said the four-day school closure, from Monday, May 12, to "
                                      "Tuesday, May 13, would end as planned."),
        ("2025-03-14T09:00:00+00:00", "The search, which ran from Tuesday, March 11, until it was scaled back on "
                                      "Thursday, March 13, lasted five days.")) if f.code == "FC301"]
    assert sorted(f.params["days"] for f in found) == [2, 3]


def test_a_national_figure_is_no_states_and_a_size_is_no_count():
    found = _claims("In Australia, nineteen people died on Victorian roads, as the national toll climbed to 78.")
    assert (found["nineteen people died"].subject, found["78"].subject) == ("Victoria", None)
    assert "measured" not in _metrics("The canvas measured 28 3/4 x 36 1/4 inches.")["28 3/4 x"]  # a size's side


def test_a_span_of_days_inside_a_longer_time_is_a_figure_of_its_own():
    from checker.judge.relations import _day_in_span
    from checker.model import Claim

    def claim(as_of: str) -> Claim:
        return Claim(id=as_of, source="s", kind="quantity", metric="people.welcomed", value=1.0, low=1.0, high=1.0,
                     unit="count", qualifier="exact", as_of=as_of, as_of_stated=True, quote="x", start=0, end=1)

    assert _day_in_span(claim("2025-03-14/2025-09-28"), claim("2025"))  # the season's visitors, the year's
    assert _day_in_span(claim("2025-06-07"), claim("2025-06-06/2025-06-08"))  # a day's crowd, the weekend's
    assert not _day_in_span(claim("2023-02-06"), claim("2023-02"))  # a day and its month: one toll told twice


def test_a_regions_own_people_doing_something_place_their_figure():
    assert _claims("Ohio retailers sold 7.3 million tickets.")["7.3 million tickets"].subject == "Ohio"
    assert _claims("Texas officials said 40 people died in Mexico.")["40 people died"].subject == "Mexico"


def test_what_a_thing_is_worth_is_its_value_and_a_fortune_is_no_value_of_it():
    found = _metrics("Police seized 8.2 tonnes of cocaine worth about 610 million euros. The cocaine had a street "
                     "value of 710 million euros. His net worth is $3 billion.")
    assert found["8.2 tonnes"] == "cocaine.mass"
    assert (found["about 610 million euros"], found["710 million euros"]) == ("valuation", "valuation")
    assert found["$3 billion"] == "net_worth"


def test_a_total_after_a_rate_is_no_rate():
    found = _metrics("Rescue aircraft flew about 14 sorties a day, more than 40 in total.")
    assert (found["about 14 sorties"], found["more than 40"]) == ("sorties.flown.per_day", "sorties.flown")


def test_a_part_in_the_next_paragraph_is_of_the_whole_and_may_not_exceed_it(tmp_path):
    text = ("Officials on Thursday said 31 people have now tested positive, and that two of them have died.\n\n"
            "Thirty-four of them have been hospitalized, according to the health department.\n")
    found = _claims(text)
    whole, part = found["31 people have now tested positive"], found["Thirty-four of them have been hospitalized"]
    assert part.part_of == whole.id and found["two of them have died"].part_of == whole.id
    hits = [f for f in _findings(tmp_path, ("2025-08-14T12:00:00+00:00", text + "It announced the outbreak on "
                                                                            "Monday, Aug. 11."))
            if f.code == "FC105"]
    assert len(hits) == 1 and hits[0].params["part_value"] == "34"


def test_an_events_duration_is_dated_by_its_events_date_and_checked_against_its_own_time(tmp_path):
    found = _claims("In Manchester, drivers at a different operator staged a two-day strike last month.")
    assert found["two-day"].as_of == "2025-05-01/2025-05-31" and found["two-day"].as_of_stated
    found = [f for f in _findings(tmp_path, (
        "2025-11-05T09:00:00+00:00",
        "The seven-day strike, which runs from November 3 to November 7, was called by the union. In Manchester, "
        "drivers at a different operator staged a two-day strike last month. The last strike at the company ran "
        "from Monday, June 13 to Wednesday, June 22, 2022.")) if f.code == "FC301"]
    assert [(f.params["duration"], f.params["days"]) for f in found] == [("7 days", 5)]


def test_a_day_between_an_auxiliary_and_its_verb_dates_the_verb():
    found = _metrics("The fire broke out on Tuesday. Fire investigators will today begin finding out what caused "
                     "the fire.")
    assert found["Tuesday"] == "fire.start" and found["today"] == "date"


def test_a_pay_rise_is_a_change_of_pay_and_who_proposed_it_names_it():
    found = _metrics("The union is demanding a 15 percent pay rise. Management offered a 5.5% pay increase. The "
                     "company made a 4.5% pay offer.")
    assert (found["15 percent"], found["5.5%"], found["4.5%"]) == (
        "pay.change.demanded", "pay.change.offered", "pay_offer")


def test_an_age_bounding_a_group_of_people_is_no_count():
    assert "under five" not in _metrics("Most of the dead were children under five.")


def test_a_whole_told_for_last_year_holds_no_part_of_this_years(tmp_path):
    assert not [f for f in _findings(tmp_path, (
        "2025-03-14T09:00:00+00:00",
        "LUSAKA, March 14 (Wire) - Zambia's measles outbreak has continued to spread, with suspected cases rising "
        "to 2,480, the health ministry said on Friday.\n\nZambia recorded 610 cases and nine deaths from measles in "
        "all of last year.")) if f.code == "FC105"]


def test_a_bound_opening_a_line_bounds_its_number():
    found = _claims("The fire was put out.\nAbout 120 firefighters attended.\n\nNearly 300 people were evacuated.")
    assert found["About 120 firefighters attended"].qualifier == "about"
    assert found["Nearly 300 people were evacuated"].qualifier == "nearly"


def test_a_verb_with_an_object_of_its_own_is_no_second_role_and_a_total_may_name_its_role_after_it():
    found = _metrics("A container ship with 26 crew aboard, struck the bulk carrier.")
    assert found["26 crew aboard"] == "crew.carried"
    assert _metrics("At least 40 people were killed, injured or missing.")[
        "At least 40 people were killed, injured or missing"] == "people.injured_or_killed_or_missing"
    found = _metrics("Rescuers pulled three more sailors from the water, bringing the number rescued to 40.")
    assert found["40"] == "people.rescued"


def test_bare_kroner_are_the_story_countrys_crowns():
    found = _claims("OSLO, June 14 - Norway opened the bridge, which cost 9.4 billion kroner.")
    assert found["9.4 billion kroner"].unit == "NOK"


def test_a_part_singled_out_after_its_figure_and_some_of_a_wholes_role_are_parts():
    assert _claims("Firefighters rescued 23 people from the ninth floor alone.")["23 people"].scope == "part"
    found = _claims("Two people died. Three of the victims were found on the ninth floor and one on the tenth.")
    assert (found["Three of the victims were found"].scope, found["one"].scope) == ("part", "part")
    assert _claims("19 of the drones were shot down.")["19 of the drones were shot down"].scope is None


def test_cancellations_mount_as_a_running_total(tmp_path):
    codes = [f.code for f in _findings(
        tmp_path,
        ("2025-10-08T20:00:00+00:00", "By Wednesday evening, 1,280 flights had been cancelled at the airport."),
        ("2025-10-10T09:00:00+00:00", "Nearly 2,000 flights were cancelled at the airport during the strike."))]
    assert "FC101" not in codes and "FC201" in codes  # an update, not a conflict


def test_a_place_in_a_later_clause_of_its_own_is_no_earlier_figures():
    found = _claims("The carmaker will close its plant in Ohio, cutting about 2,400 jobs as the carmaker shifts its "
                    "output to a newer factory in Kentucky.")
    assert found["about 2,400 jobs"].subject == "Ohio"


def test_what_a_sum_is_worth_and_some_of_the_noun_before_a_comma():
    found = _metrics("IBAMA issued fines worth 2.8 billion reais. The lump-sum option, which most winners choose, is "
                     "worth $987.6 million.")
    assert found["2.8 billion reais"] == "fine" and found["$987.6 million"] == "money"
    found = _claims("The 2021 slide killed five ski tourers, and the commune spent CHF 2.4 million on blasting towers, "
                    "14 of which are installed on the ridge.")
    assert found["14 of which are installed"].metric == "towers.installed"
    assert found["14 of which are installed"].part_of is None


def test_two_parts_of_one_whole_are_no_rivals():
    found = _claims("Prosecutors said about 48,000 people invested with the firm, including about 31,000 in the United "
                    "States. Around 2,400 of them have joined a class action.")
    us, joined = found["about 31,000"], found["Around 2,400 of them"]
    assert us.scope == joined.scope == "part" and relation(us, joined, load_vocabulary()) == "other"


def test_a_place_after_a_part_is_the_parts_and_a_units_noun_names_no_part():
    found = _claims("The group will cut about 2,300 jobs over three years, about 900 of them in the United States.")
    assert found["about 2,300 jobs"].subject is None
    part = found["about 900 of them"]
    assert (part.metric, part.subject, part.part_of) == ("jobs.cut", "United States", found["about 2,300 jobs"].id)
    found = _claims("Police laid 612 drink-driving charges, 683 of them for high-range readings.")
    assert found["683 of them"].part_of == found["612 drink-driving charges"].id



def test_a_verb_of_seeing_does_nothing_to_what_it_counts():
    assert _metrics("Air defences tracked 97 attack drones during the night.")["97 attack drones"] == "drones"
