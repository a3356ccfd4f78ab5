"""Readings any news story needs: whose date a statement's is, sizes of things, and parts named before a figure."""

from __future__ import annotations

import datetime as dt

from checker.extract.pipeline import extract_claims
from checker.judge.grouping import _group_key
from checker.model import Source, iso_to_day

SOURCE = Source(id="t", path="t.txt", published=dt.date(2024, 11, 7))


def _read(text: str) -> dict[str, tuple]:
    return {c.quote: (c.metric, c.scope) for c in extract_claims(SOURCE, text)}


def test_a_statements_date_is_its_events_only_when_the_sentence_names_no_other():
    found = _read("The volcano erupted on Tuesday night, officials said on Wednesday.")
    assert found == {"Tuesday night": ("eruption.date", None), "Wednesday": ("date", None)}
    assert _read("The volcano erupted, officials said on Wednesday.")["Wednesday"][0] == "eruption.date"


def test_a_date_of_another_occurrence_is_not_the_storys_event():
    assert _read("The volcano last erupted in January.")["January"][0] == "date"
    assert _read("The volcano erupted in January.")["January"][0] == "eruption.date"
    assert _read("The marathon was first held in 1977.")["1977"][0] == "date"  # "held": a past form not in -ed


def test_jobs_cut_or_eliminated_are_one_figure():
    assert _read("The company will cut 3,000 jobs.")["3,000 jobs"][0] == "jobs.cut"
    assert _read("The bank said 3,000 jobs would be eliminated.")["3,000 jobs would be eliminated"][0] == "jobs.cut"


def test_a_size_is_named_after_the_thing_its_clause_makes_it_of():
    assert _read("The volcano, which is 1,584 metres high, erupted.")["1,584 metres"][0] == "volcano.height"
    assert _read("The ash cloud reached a height of 2 km.")["2 km"][0] == "ash_cloud.height"
    # An event's measure is its story's own.
    assert _read("The quake struck at a depth of 18.5 km.")["18.5 km"][0] == "depth"


def test_a_length_of_nothing_named_is_not_compared():
    claims = {c.quote: c for c in extract_claims(SOURCE, "Ash rose 8 km. The zone was widened to 7 kilometres.")}
    assert {c.metric for c in claims.values()} == {"distance"}
    assert all(_group_key(c) is None for c in claims.values())
    (away,) = extract_claims(SOURCE, "The epicentre was 72 km southwest of Marrakech.")
    assert _group_key(away) is not None  # a distance from a place says from where


def test_a_part_named_before_the_figure_is_a_part_of_its_whole():
    found = _read("The blast injured 63 people. Of the injured, 20 were in serious condition.")
    assert found["20"] == ("people.injured", "part")
    assert _read("The blast injured 63 people. Of those, 20 were children.")["20"] == ("people.injured", "part")
    assert _read("The blast injured 63 people. 20 of the injured died.")["20 of the injured died"] == (
        "people.killed", "part")
    # A figure with its own role keeps it.
    found = _read("Around 1,175 were injured. Of the injured, 739 have been discharged.")
    assert found["739 have been discharged"][0] == "people.discharged"


def test_a_headcount_is_no_hiring_and_parts_of_unnamed_wholes_are_not_rivals():
    (staff,) = extract_claims(SOURCE, "The company employs about 50,000 people worldwide.")
    assert staff.metric == "people"
    from checker.judge.relations import relation

    claims = {c.quote: c for c in extract_claims(SOURCE, "Rescuers brought 58 miners out, 11 of them injured. Of "
                                                         "the 28 injured, five of them were in serious condition.")}
    eleven, five = claims["11 of them injured"], claims["five of them"]
    assert (eleven.scope, five.scope) == ("part", "part") and eleven.part_of != five.part_of
    assert relation(eleven, five) == "other"


def test_weather_and_shutdowns_are_events_and_a_forecast_end_is_ahead():
    source = Source(id="t", path="t.txt", published=dt.date(2022, 7, 17))  # a Sunday
    found = {c.quote: (c.metric, c.low) for c in extract_claims(
        source, "A heatwave that began on Thursday gripped Spain. The agency said the heatwave would last until "
                "Wednesday.")}
    from checker.model import day_to_iso

    assert found["Thursday"][0] == "heatwave.start" and day_to_iso(found["Thursday"][1]) == "2022-07-14"
    assert found["Wednesday"][0] == "heatwave.end" and day_to_iso(found["Wednesday"][1]) == "2022-07-20"
    # A rhetorical "would" says nothing of the future.
    (tuesday,) = [c for c in extract_claims(source, "But why would Ukraine trust that after Tuesday?")]
    assert day_to_iso(tuesday.low) == "2022-07-12"


def test_people_who_lost_their_lives_were_killed():
    (lost,) = extract_claims(SOURCE, "14 people lost their lives in the fire.")
    assert lost.metric == "people.killed"


def test_a_crowd_is_counted_as_attending_whatever_gathers_it():
    found = {c.quote: c.metric for c in extract_claims(SOURCE, (
        "Madrid won in front of a crowd of 86,212. About 10,000 people attended the protest. "
        "The final was watched by 90,000 spectators."))}
    assert found == {"86,212": "people.attended", "About 10,000 people attended": "people.attended",
                     "90,000 spectators": "people.attended"}


def test_a_result_is_the_winners_and_the_losers_score_against_the_opponent_named():
    found = [(c.quote, c.metric, c.scope) for c in extract_claims(SOURCE, "Madrid beat Borussia Dortmund 2-0 at "
                                                                          "Wembley. Leeds lost 3-1 to Chelsea.")
             if c.metric.startswith("score")]
    assert found == [("2", "score.winner", "Borussia Dortmund"), ("0", "score.loser", "Borussia Dortmund"),
                     ("3", "score.winner", "Chelsea"), ("1", "score.loser", "Chelsea")]
    # A draw is level; a tally with no game's wording is no result.
    assert {c.metric for c in extract_claims(SOURCE, "Everton drew 1-1 with Spurs.")} == {"score.level"}
    assert not [c for c in extract_claims(SOURCE, "The bill passed 52-48.") if c.metric.startswith("score")]


def test_a_participle_is_an_adjective_only_before_a_noun_that_agrees_with_the_number():
    found = {c.quote: c.metric for c in extract_claims(SOURCE, "The blast killed 22 miners and left 49 trapped "
                                                               "underground. Two parked cars were hit.")}
    assert found["49 trapped"] == "people.trapped"
    assert found["Two parked cars were hit"] == "cars.damaged"


def test_a_division_no_gazetteer_lists_is_a_place_of_its_own_when_named_as_one():
    found = {c.quote: c.subject for c in extract_claims(SOURCE, "In Swat district, 12 people died. Six were killed "
                                                                "in Hokeng village.")}
    assert found == {"12 people died": "Swat", "Six were killed": "Hokeng"}
    # A sentence's first capitalised word may be any word; "the region" is the last region named.
    assert [c.subject for c in extract_claims(SOURCE, "Officials in the region said 5 died.")] == [None]
    assert [c.subject for c in extract_claims(SOURCE, "In Swat district, 12 died. In the region 5 more died.")] == [
        "Swat", "Swat"]


def _claims(text: str, published=SOURCE.published) -> dict:
    source = SOURCE.model_copy(update={"published": published})
    return {c.quote: c for c in extract_claims(source, text)}


def test_a_vague_magnitude_of_a_noun_counts_that_noun_or_nothing():
    found = _read("At least 12 people were killed and 48 injured when tens of thousands of pilgrims gathered.")
    assert "tens of thousands" not in found  # never the injured of the list before it
    assert _read("Dozens of homes were destroyed.")["Dozens of homes were destroyed"][0] == "houses.private.destroyed"


def test_a_bracketed_sum_after_a_figure_restates_it():
    assert _claims("The state will pay 200,000 rupees ($2,300) to each family.")["$2,300"].value == 2300


def test_a_dash_between_phrases_is_no_minus():
    assert _claims("The ferry carried 232 people - 204 passengers and 28 crew.")["204 passengers"].value == 204


def test_a_year_before_a_noun_or_after_a_preposition_is_no_count():
    # the year of an event named as its modifier is that event's date
    assert _read("The company was fined over a 2018 breach. It reported revenue of $9.6 billion for 2025.") == {
        "2018": ("cyberattack.date", None), "$9.6 billion": ("revenue", None), "2025": ("date", None)}
    assert _read("Police arrested 1990 people.")["1990 people"][0] == "people.arrested"


def test_a_dateline_place_is_where_the_story_was_filed_not_the_figures_place():
    claims = _claims("MANILA, March 14 (Reuters) - A passenger ferry carrying 240 people sank off Sibuyan island.")
    assert claims["240 people"].subject is None
    pti = _claims("Nellore (Andhra Pradesh), Jan 17 (PTI) Seven devotees were killed in a crush in Kerala.")
    assert pti["Seven devotees were killed"].subject != "Nellore"


def test_a_date_restated_in_another_zone_is_no_date_of_the_event():
    found = _read("The crush happened at around 4:45 a.m. (2315 GMT Friday) at the temple on Saturday.")
    # the same moment told in GMT: a date read, of no event
    assert found["Friday"][0] == "date" and found["Saturday"][0] == "crush.date"


def test_the_whole_of_the_dead_is_the_toll_not_the_latest_deaths():
    claims = _claims("The toll rose to 14 after two more people died. Nine of the dead were women.")
    assert claims["Nine of the dead"].part_of == claims["14"].id


def test_a_capacity_and_an_excess_are_no_head_count():
    # What it may hold is a count of the things, whatever verb says it: "to carry 180", "for 180"
    assert _read("The vessel was licensed to carry 180 passengers.")["180 passengers"] == ("passengers", "capacity")
    assert _read("The vessel was licensed for 180 passengers.")["180 passengers"] == ("passengers", "capacity")
    found = _read("The ferry had 212 passengers on its manifest, 32 more than allowed.")
    assert found == {"212 passengers": ("passengers", None)}


def test_the_part_takes_the_verb_and_the_counted_whole_its_own_role():
    found = _read("Officials said 189 of the 240 people aboard had been rescued.")
    assert found["189 of the 240 people aboard had been rescued"][0] == "people.rescued"
    assert found["240 people aboard"][0] == "people.carried"
    assert _read("19 of the 25 drones were shot down.")["25 drones"][0] == "drones"


def test_a_count_taken_somewhere_is_of_that_place():
    found = _read("Twelve bodies had been taken to Magdiwang and 11 to San Fernando town.")
    assert found["Twelve bodies had been taken"] == ("bodies.taken", "Magdiwang")
    assert found["11"] == ("bodies.taken", "San Fernando")


def test_a_weekday_is_when_a_body_spoke_never_its_name():
    claims = _claims("The Ministry of Environment on Friday put the volume of the spill at 9,400 barrels.")
    assert claims["9,400 barrels"].attributed_to == "Ministry of Environment"


def test_a_length_or_an_area_of_a_thing_is_its_extent_not_a_distance():
    found = _read("Oil reached 42 kilometres (26 miles) of coastline and covered 85 square km of sea. "
                  "The mooring lies 6 km off the port. The boom held back 3 km of shoreline.")
    # what a spreading slick has reached or covered so far: a running total of its extent
    assert found["42 kilometres"][0] == found["26 miles"][0] == "coastline.length.covered"
    assert found["85 square km"][0] == "sea.area.covered" and found["6 km"][0] == "distance"
    assert found["3 km"][0] == "shoreline.length"
    from checker.vocabulary import load_vocabulary

    assert "coastline.length.covered" in load_vocabulary().cumulative


def test_the_year_of_an_event_long_past_dates_its_figures_and_a_later_count_of_the_day_is_earlier():
    claims = _claims("The 1987 sinking of the Dona Paz, which killed more than 4,300 people, was the worst.")
    assert claims["more than 4,300 people"].as_of == "1987"
    claims = _claims("Earlier in the day the coast guard had put the death toll at nine.")
    assert claims["nine"].provisional


def test_running_totals_a_year_and_more_apart_are_other_events_not_updates():
    from checker.judge.relations import _times_within_a_year

    assert _times_within_a_year(("2025-02", "2025-02\uffff"), ("2026-02-04", "2026-02-04\uffff"))
    assert not _times_within_a_year(("2008", "2008\uffff"), ("2026-03-14", "2026-03-14\uffff"))


def test_who_is_still_missing_and_how_much_at_most():
    assert _read("Rescuers searched for dozens still missing.")["dozens still missing"][0] == "people.missing"
    assert _read("Officials said 28 people who are still missing were feared dead.")[
        "28 people who are still missing"][0] == "people.missing"
    assert _claims("It put the cost at as much as $220 million.")["as much as $220 million"].qualifier == "at_most"


def test_paying_a_sum_is_no_wage_and_the_hour_of_a_rate_is_no_duration():
    found = _read("The firm paid $12 million in 2021 to settle. Pay will rise to $42 an hour.")
    assert found["$12 million"][0] == "money" and found["$42"][0] == "wage.per_hour"
    assert "an hour" not in found


def test_a_figure_of_a_list_of_places_is_no_one_places_but_a_city_in_its_state_is_the_citys():
    assert _claims("Hackers stole data on 41.2 million accounts in the United States, Canada and Britain.")[
        "41.2 million accounts"].subject is None
    assert _claims("About 400,000 customers in Britain were hit.")[
        "About 400,000 customers in Britain were hit"].subject == "United Kingdom"


def test_a_weekday_of_what_will_happen_is_the_coming_one():
    claims = _claims("The search would resume at 5 a.m. on Sunday. The ferry sank on Saturday.",
                     published=dt.date(2026, 3, 14))
    from checker.model import day_to_iso

    assert day_to_iso(claims["Sunday"].value) == "2026-03-15" and day_to_iso(claims["Saturday"].value) == "2026-03-14"
    # The day of publication is today, and a day of the month never moves by a week (2026-03-14 is a Saturday).
    claims = _claims("More flights would be cancelled on Saturday. The alert would be lifted on Saturday, March 14.",
                     published=dt.date(2026, 3, 14))
    assert day_to_iso(claims["Saturday"].value) == "2026-03-14"
    assert day_to_iso(claims["Saturday, March 14"].value) == "2026-03-14"
    # A day after a modal's verb is that verb's, not the day of the event after it.
    claims = _claims("Teachers will return on Friday after a walkout that ran from Tuesday, March 10, to Thursday, "
                     "March 12.", published=dt.date(2026, 3, 14))
    assert claims["Friday"].metric == "date" and claims["Tuesday, March 10"].metric == "strike.start"


def test_a_place_opening_the_next_coordinated_clause_is_its_figures_not_the_one_before():
    found = _claims("In Kyiv, 5 people died and in Kharkiv 3 died.")
    assert (found["5 people died"].subject, found["3 died"].subject) == ("Kyiv", "Kharkiv")


def test_rates_are_named_by_their_unit_and_an_implicit_role_is_left_out():
    found = _read("The terminal handles about 475,000 barrels per day. The well leaked 5,000 barrels. "
                  "Airlines cancelled 300 flights a day.")
    assert found["about 475,000 barrels"][0] == "volume.per_day" and found["5,000 barrels"][0] == "volume"
    assert found["300 flights"][0] == "flights.cancelled.per_day" and "a day" not in found


def test_a_possessive_place_before_a_body_names_who_speaks_not_where():
    assert _claims("Ecuador's government said the spill amounted to 7,400 barrels.")["7,400 barrels"].subject is None


def test_a_tally_by_a_dash_or_by_its_noun_counts_sides_and_someones_family_no_figure():
    # A vote's split is its majority and its minority, never a count of committees or rates
    found = _read("The committee voted 6-3 to cut rates. The government lost a confidence vote by 117 votes to 106. "
                  "My brother and his three children are gone.")
    assert found == {"6": ("vote.majority", None), "3": ("vote.minority", None)}


def test_compensation_to_the_family_of_the_dead_is_for_the_dead():
    found = _read("The state will pay EGP 100,000 to the family of each person killed and EGP 25,000 to each of "
                  "the injured.")
    assert found["EGP 100,000"][0] == "compensation.killed" and found["EGP 25,000"][0] == "compensation.injured"


def test_a_number_glued_to_a_unit_word_sizes_the_noun_after_it():
    found = _read("At least 23 people were injured when a nine-storey residential building collapsed.")
    assert found["nine-storey residential building"][0] == "building.storey"
    assert found["At least 23 people were injured"][0] == "people.injured"


def test_a_sector_adding_jobs_is_no_speaker_and_a_temperature_by_which_it_rose_is_a_change():
    assert _claims("Healthcare added 54,000 jobs, the report showed.")["54,000 jobs"].attributed_to is None
    found = _read("Spain's average temperature has risen by about 1.7C. Temperatures were 5C above normal. "
                  "Temperatures hit 47.9C.")
    assert found["about 1.7C"][0] == "average_temperature.change"  # of what, when its clause says
    assert found["5C"][0] == "temperature.change" and found["47.9C"][0] == "temperature"


def test_a_negated_number_is_no_count():
    assert _read('"The problem is not one building," he said. Not a single bomb fell.') == {}


def test_a_level_held_at_a_named_rate_is_that_rate_not_a_story_share():
    found = _read("Three members voted to hold Bank Rate at 3.75%. The Bank held rates at a 16-year high of "
                  "5.25 per cent for a year. The committee voted by six to three for the cut, which left the "
                  "rate of borrowing at 3.5%.")
    assert found["3.75%"][0] == "bank_rate" and found["5.25 per cent"][0] == "rate"
    assert "turnout" not in {metric for metric, *_ in found.values()}


def test_a_change_begun_is_no_start_of_the_event_and_a_counterfactual_is_hypothetical():
    claims = _claims("The heat wave began on July 5 and is expected to last until Friday. AEMET said temperatures "
                     "would begin to fall on Saturday, July 18. A heatwave of this intensity would have been about "
                     "4C cooler without warming. Spain's average temperature has risen by about 1.7C.")
    assert claims["July 5"].metric == "heatwave.start" and not claims["July 5"].hypothetical
    assert claims["Saturday, July 18"].metric == "date"
    assert claims["about 4C"].hypothetical
    assert claims["about 1.7C"].metric == "average_temperature.change"


def test_a_names_number_is_no_count_whatever_follows_it():
    found = _read("Thousands packed the stretch near Mile 8 and the party near Mile 20. The Line 12 metro collapsed. "
                  "Boeing 737 jets were grounded. A crash on Interstate 44 last spring killed two.")
    assert not {"8", "20", "12 metro collapsed", "737 jets were grounded", "44 last spring"} & set(found)
    assert _read("In Kyiv 20 people were hurt.")["20 people were hurt"][0] == "people.injured"
    assert _read("While 110 bodies were kept at the hospital, others were moved.")["110 bodies were kept"]


def test_a_speed_is_named_by_what_moves():
    found = _read("Forecasters said sustained winds of 40 miles per hour were expected, with gusts up to 55 mph "
                  "(89 km/h) on exposed ridges. The train was travelling at 128 km/h. It hit 100 km/h.")
    assert found["40 miles per hour"][0] == "wind.speed"
    assert found["up to 55 mph"][0] == found["89 km/h"][0] == "gust.speed"
    assert found["128 km/h"][0] == "train.speed" and found["100 km/h"][0] == "speed"


def test_ordinals_fractions_and_ages_are_no_counts():
    found = _read("The body of a fourth victim was found. A third of the homes burned. The victims were Harold "
                  "and June Pruitt, 81 and 78; Dennis Okafor, 54, of Oak Run; and Travis Lund, 33, who was found "
                  "in his truck. In Kyiv, 20 died.")
    assert not {"a fourth victim", "A third of the homes burned", "81", "78"} & set(found)
    # A named person's age is that person's, one figure per name, never a count
    assert found["54"] == ("person.age", "Dennis Okafor") and found["33"] == ("person.age", "Travis Lund")
    assert found["20 died"][0] == "people.killed"


def test_a_named_persons_age_is_read_beside_the_name():
    found = _read("Police named the gunman as Tyler Brandt, 19, of Milford Heights. The 19-year-old Tyler Brandt was "
                  "arrested. Vell, 52, was sentenced. Marcus Vell, a 53-year-old banker, appealed. A 19-year-old man "
                  "was arrested. In Texas, 19 people died. However, 20 died.")
    assert found["19"] == found["19-year-old"] == ("person.age", "Tyler Brandt")
    assert found["52"] == ("person.age", "Vell") and found["53-year-old"] == ("person.age", "Marcus Vell")
    assert found["19 people died"][0] == found["20 died"][0] == "people.killed"
    assert len([q for q in found if q.endswith("year-old")]) == 2  # "a 19-year-old man": nobody named


def test_a_verb_before_a_number_governs_it_across_a_comma_and_a_partitives_whole_keeps_no_verb():
    found = _read("Floods kill 19, affect 1.3 million in Assam. Twelve of the state's 35 districts are flooded.")
    assert found["19"][0] == "people.killed" and found["1.3 million"][0] == "people.affected"
    assert found["35 districts"][0] == "districts"


def test_a_named_events_year_dates_its_clause_and_no_later_sentence():
    claims = _claims("The 2018 Camp Fire killed 85 people. Officials said 12 people died this week. The 1987 "
                     "sinking of the Dona Paz killed more than 4,300. Rescuers found 30 survivors.")
    assert claims["85 people"].as_of == "2018" and claims["more than 4,300"].as_of == "1987"
    assert claims["30 survivors"].as_of != "1987" and claims["2018"].metric == "fire.date"


def test_a_fahrenheit_difference_converts_without_the_offset_and_a_fire_that_broke_out_starts():
    claims = _claims("Average temperatures have risen by about 1.1C (2F). The fire, which broke out Monday, "
                     "Aug. 9, near Oak Run, has burned 52,300 acres.", published=dt.date(2026, 8, 13))
    assert round(claims["2F"].value, 2) == 1.11
    assert claims["Monday, Aug. 9"].metric == "fire.start"


def test_what_another_subject_ends_is_not_the_event_of_the_sentence_before():
    found = _read("The fire grew on Tuesday. A red flag warning for the region expired Thursday night.\n\n"
                  "The truce was agreed on Monday. It ends on Friday.")
    assert found["Thursday night"][0] == "date" and found["Friday"][0] == "truce.end"


def test_a_named_events_toll_is_that_events_and_a_partitives_parts_are_listed_without_their_whole():
    claims = _claims("The 2018 Camp Fire killed 85 people. The 2018 Carr Fire killed eight people. Seven of the "
                     "nine members of the Bank's Monetary Policy Committee voted for the cut, with two preferring to "
                     "hold rates.")
    assert claims["85 people"].scope == "Camp Fire" and claims["eight people"].scope == "Carr Fire"
    # the parts' list, not their whole; "with two preferring to hold" tells no side of the vote
    assert claims["nine members"].metric == "members" and "two" not in claims
    later = _claims("Markets price one further cut by the end of the year, down from two before the decision.")
    assert later["two"].scope == "earlier value"


def test_a_measure_after_by_and_a_change_is_by_how_much():
    found = _read("The typhoon strengthened by 75km/h in a day. The river rose by 2 metres. Winds of 40 mph blew.")
    assert found["75km/h"][0] == "typhoon.speed.change" and found["2 metres"][0] == "distance.change"
    assert found["40 mph"][0] == "wind.speed"


def test_no_role_reaches_a_number_past_a_semicolon():
    found = _read("Damage at 8.5B; death toll at 41. Officials said 50 dead, 600 injured.")
    assert all(";" not in quote for quote in found)  # "8.5B; death toll" is no toll of 8.5 billion
    assert found["41"][0] == found["50 dead"][0] == "people.killed" and found["600 injured"][0] == "people.injured"


def test_a_size_before_a_name_is_the_names_and_continues_no_count():
    found = _read("The Civic Alliance won 96 seats in the 240-seat National Assembly and 70 went to the Social Democrats.")
    assert found["240-seat National Assembly"][0] == "assembly.seat"
    assert found["70"][0] == "seats"  # the list goes on from the 96 seats, not from the assembly's size


def test_a_count_won_is_its_winners():
    found = _read("The Civic Alliance won 96 seats, while the Social Democrats took 70.")
    assert found == {"96 seats": ("seats", "Civic Alliance"), "70": ("seats", "Social Democrats")}
    assert _read("Rescuers took 14 people to hospital.")["14 people"][1] is None  # a dictionary word opens it


def test_a_share_among_a_group_is_that_groups():
    found = _read("Turnout among voters aged 18 to 24 was about 54%, against 68.4% overall.")
    assert found["about 54%"] == ("turnout", "among voters aged")
    assert found["68.4%"][1] is None  # another share stands between
    found = _read("Support reached 61% among women and 44% among men.")
    assert found["61%"][1] == "among women" and found["44%"][1] == "among men"


def test_a_change_by_an_amount_to_a_level_is_two_figures():
    found = {c.quote: (c.metric, c.value) for c in extract_claims(SOURCE, "Unemployment rose 3% to 14.2%.")}
    assert found == {"3%": ("unemployment.change", 3.0), "14.2%": ("unemployment", 14.2)}
    found = {c.quote: c.metric for c in extract_claims(SOURCE, "Sales fell $3 million to $14 million.")}
    assert found == {"$3 million": "revenue.change", "$14 million": "revenue"}
    # Without a unit on both ends it stays a range of change.
    assert [c.quote for c in extract_claims(SOURCE, "Stocks fell 2 to 3 percent.")] == ["2 to 3 percent"]


def test_a_part_of_a_group_named_without_its_number_is_a_part():
    assert _read("About 7,900 of the evacuees were staying in temporary shelters.")[
        "About 7,900 of the evacuees were staying"] == ("people.evacuated", "part")
    # What the clause says of the part names it: it is then a count of its own.
    assert _read("Some 12,000 of the residents were evacuated.")["Some 12,000 of the residents were evacuated"] == (
        "people.evacuated", None)


def test_another_event_of_a_kind_has_its_own_date_and_measures():
    found = _read("A magnitude 4.6 earthquake struck on Saturday. Another quake, of magnitude 3.9, shook the area "
                  "on Sunday afternoon.")
    assert found["4.6"] == ("magnitude", None) and found["Saturday"] == ("earthquake.date", None)
    assert found["3.9"] == ("magnitude", "another occurrence")
    assert found["Sunday afternoon"] == ("earthquake.date", "another occurrence")


def test_a_margin_is_not_the_votes():
    assert _read("The incumbent held the seat by just 212 votes.")["212 votes"][0] == "people.voted.margin"
    assert _read("The Alliance leads by 5% in the latest poll.")["5%"][0].endswith(".margin")
    assert _read("Prices were cut by 5%.")["5%"][0] == "price.decrease.change"


def test_pounds_are_money_when_the_clause_after_them_speaks_of_money():
    found = {c.quote: c.unit for c in extract_claims(SOURCE, "About 128 million pounds would be paid to victims.")}
    assert found == {"About 128 million pounds": "GBP"}
    found = {c.quote: c.unit for c in extract_claims(SOURCE, "He lost 20 pounds before the fight, which cost him.")}
    assert found == {"20 pounds": "kg"}


def test_a_quotation_mark_after_a_number_is_no_inch_and_a_bracketed_scale_makes_a_temperature():
    assert not [c for c in extract_claims(SOURCE, 'Officials said "more than 8mn" customers were hit.') if c.unit == "km"]
    assert [c.unit for c in extract_claims(SOURCE, 'The screen measures 15" across.')] == ["km"]
    found = [(c.quote, round(c.value)) for c in extract_claims(SOURCE, "The lava reached 1,100C (2,012F).")]
    assert found == [("1,100C", 1100), ("2,012F", 1100)]


def test_found_dead_is_killed_and_a_parts_verb_may_follow_what_the_whole_says():
    found = _read("Eleven have now been rescued and three found dead, leaving 18 still trapped.")
    assert found["three found dead"][0] == "people.killed"
    found = _read("In total, 20 of the 29 miners trapped on Tuesday have now been rescued alive.")
    assert found["20 of the 29 miners trapped on Tuesday have now been rescued"][0] == "people.rescued"
    assert found["29 miners trapped"][0] == "people.trapped"


def test_a_duration_keeps_its_bound():
    claims = {c.quote: (c.qualifier, c.low, c.high) for c in extract_claims(
        SOURCE, "They were underground for more than three days, almost three days without food.")}
    assert claims == {"more than three days": ("more_than", 3.0, None), "almost three days": ("nearly", 2.7, 3.0)}


def test_registered_voters_are_no_votes_cast():
    found = _read("Turnout was 68.4%, with more than 5.3 million of the country's 7.84 million registered voters "
                  "casting ballots.")
    # the whole's quote stops at its noun: "casting ballots" is what the part did
    assert found["7.84 million registered voters"][0] == "people.registered"
    assert found["more than 5.3 million of the country's 7.84 million registered voters casting ballots"][0] == (
        "people.voted")
    assert _read("The Social Democrats lost the seat by just 212 votes.")["212 votes"][0] == "people.voted.margin"


def test_a_recent_date_after_since_starts_a_span_and_a_background_one_dates_its_clause():
    source = Source(id="t", path="t.txt", published=dt.date(2026, 5, 21))
    died = {c.quote: c.as_of for c in extract_claims(source, "Four miners have died since the roof collapsed early Tuesday.")}
    assert died["Four miners have died"] == "2026-05-21"
    text = "Safety has been scrutinised since the Rana Plaza complex collapsed in 2013, killing more than 1,100 people."
    assert {c.quote: c.as_of for c in extract_claims(source, text)}["more than 1,100 people"] == "2013"


def test_a_when_clause_is_dated_by_the_year_before_it_and_a_modified_events_year_dates_its_toll():
    source = Source(id="t", path="t.txt", published=dt.date(2026, 5, 20))
    text = ("It tumbled 14% on Tuesday, its biggest drop since 2019, when a methane blast at the mine killed 21 "
            "workers, before edging up 0.8% on Wednesday.")
    assert {c.quote: c.as_of for c in extract_claims(source, text)}["21 workers"] == "2019"
    text = "It was the site of a 2019 methane explosion that killed 12 miners."
    assert {c.quote: c.as_of for c in extract_claims(source, text)}["12 miners"] == "2019"


def test_a_million_before_a_currencys_name_is_money_not_metres():
    found = {c.quote: (c.value, c.unit) for c in extract_claims(SOURCE, "The winners receive 8.6m euros; the pitch is 105m long.")}
    assert found["8.6m euros"] == (8600000.0, "EUR") and found["105m"][1] == "km"


def test_a_noun_before_people_names_their_kind_not_what_befell_them():
    assert _read("More than 500 rescue workers were deployed.")["More than 500 rescue workers"][0] == "people"
    assert _read("Rescuers found 12 dead miners.")["12 dead miners"][0] == "people.killed"


def test_a_figure_over_a_window_of_time_is_that_windows():
    claims = extract_claims(SOURCE, "The district recorded 286 mm of rain in the 24 hours to 8.30am, and 612mm over "
                                    "72 hours.")
    assert {c.quote: c.window_days for c in claims if c.kind == "quantity"} == {"286 mm": 1.0, "612mm": 3.0}
    durations = {c.quote: c.qualifier for c in extract_claims(SOURCE, "They were trapped for over 72 hours.")}
    assert durations == {"over 72 hours": "more_than"}


def test_a_number_after_a_noun_of_rank_names_it():
    assert _read("The phase 3 trial enrolled patients with type 2 diabetes.") == {}
    assert _read("In Swat district, 12 died. In the region 5 more died.")["5 more died"][0] == "people.killed"


def test_shares_of_one_group_that_say_different_things_of_it_are_different_figures():
    found = _read("Some 7.9% of patients taking the drug had a major cardiovascular event. Some 4.6% of patients "
                  "stopped treatment. Nausea was reported by 11.2% of patients. About 30% of adults are obese.")
    assert found["Some 7.9%"][0] == "patient.have_event.share"
    assert found["Some 4.6%"][0] == "patient.stop_treatment.share"
    assert found["11.2%"][0] == "patient.nausea.share"
    assert found["About 30%"][0] == "adult.obese.share"
    assert _read("The party won 34% of the vote.")["34%"][0] == "vote.share"  # nothing more said of it


def test_a_figure_told_for_the_whole_world_is_no_countrys():
    found = {c.quote: c.subject for c in extract_claims(SOURCE, "Heart disease kills about 18 million people "
                                                                 "worldwide and is the leading killer in the United "
                                                                 "States, where about 805,000 people have a heart attack "
                                                                 "every year.")}
    assert found == {"about 18 million people": "World", "about 805,000 people": "United States"}


def test_a_share_done_by_something_named_before_it_is_named_by_it():
    found = _read("Nausea was reported by 11.2% of patients. Serious adverse events occurred in 14.8% of patients. "
                  "Officials said 40% of the homes were destroyed.")
    assert found["11.2%"][0] == "patient.nausea.share" and found["14.8%"][0] == "patient.event.share"
    assert found["40%"][0] == "home.destroy.share"


def test_a_gerund_before_a_plural_noun_names_its_kind():
    found = _read("All 41,380 ballots cast at 63 polling stations will be counted again.")
    assert found["63 polling stations"][0] == "stations"
    assert _read("Rescuers found 30 missing people.")["30 missing people"][0] == "people.missing"


def test_a_breakdown_after_a_colon_keeps_its_places_and_a_place_right_after_a_figure_is_its_own():
    found = {c.quote: c.subject for c in extract_claims(SOURCE, "The data of 9.2mn customers had been taken: 6.1mn in "
                                                                 "the UK, 1.8mn in Ireland and 1.3mn in the Netherlands.")}
    assert found == {"9.2mn customers had been taken": None, "6.1mn": "United Kingdom", "1.8mn": "Ireland",
                     "1.3mn": "The Netherlands"}
    assert [c.subject for c in extract_claims(SOURCE, "Twelve people were killed at 10:30 in Kyiv.")] == ["Kyiv"]


def test_a_contests_margin_is_named_by_what_it_is_won_by_and_coordinated_shares_share_their_verb():
    found = _read("The seat went to National Renewal rather than the Social Democrats by just 212 votes.")
    assert found["212 votes"][0] == "people.voted.margin"
    found = _read("Serious adverse events occurred in 14.8% and 15.3% of patients. Nausea was reported in 11.2% of "
                  "patients.")
    assert found["15.3%"][0] == "patient.event.share" and found["11.2%"][0] == "patient.nausea.share"


def test_hospitals_are_counted_as_hospitals_and_those_in_hospital_as_hospitalized():
    found = _read("Sixteen people were shot; six died and 10 are still in the hospital. They were taken to two hospitals.")
    assert found["10 are still in the hospital"][0] == "people.hospitalized"
    assert found["two hospitals"][0] == "hospitals"


def test_a_dash_between_phrases_is_no_minus_on_a_share():
    claims = extract_claims(SOURCE, "Residents aged 65 or older - 21.4 percent of the population - number 3.2 million.")
    assert [(c.quote, c.value) for c in claims if c.unit == "percent"] == [("21.4 percent", 21.4)]


def test_a_breakdown_after_a_dash_or_colon_lists_parts_of_the_count_before_it():
    claims = {c.quote: c for c in extract_claims(SOURCE, "Nine people were killed - seven employees and three "
                                                          "contractors. At least 10 people died, including four killed "
                                                          "by tornadoes and two in floods, and 40 homes were destroyed.")}
    whole = claims["Nine people were killed"].id
    assert claims["seven employees"].part_of == whole and claims["three contractors"].part_of == whole
    assert claims["two"].part_of == claims["At least 10 people died"].id
    assert claims["40 homes were destroyed"].part_of is None  # a clause of its own after ", and"


def test_a_share_of_those_who_did_something_is_named_by_what_they_did_and_a_first_days_figure_is_early():
    found = _read("The union said 96 per cent of those voting backed the strike, on a turnout of 91 per cent.")
    assert found["96 per cent"][0] == "back_strike.share" and found["91 per cent"][0] == "turnout"
    early = extract_claims(SOURCE, "About 18,000 passengers were affected on the first day alone.")
    assert [c.provisional for c in early] == [True]


def test_a_breakdown_after_a_colon_is_of_its_clauses_first_count():
    claims = {c.quote: c for c in extract_claims(SOURCE, "Ten people with gunshot wounds remain in two hospitals: six "
                                                          "at Fairhaven General and four at St. Brendan's.")}
    assert claims["six"].part_of == claims["Ten people"].id and claims["six"].metric == "people"


def test_a_fall_and_a_rise_of_the_same_size_are_two_figures():
    assert _read("Exports to Japan fell 4.1%.")["4.1%"][0] == "export.decrease.change"
    assert _read("Exports to Japan rose 4.1%.")["4.1%"][0] == "export.change"
    assert _read("Sales were down 4% on the year.")["4%"][0] == "sale.decrease.change.year_on_year"
    assert _read("The water level dropped by 1.5 metres.")["1.5 metres"][0] == "distance.decrease.change"


def test_a_count_told_as_up_or_down_is_its_change():
    found = _read("The outbreak grew to 74 confirmed cases on Friday, up seven since Tuesday.")
    assert found["74 confirmed cases"][0] == "cases.confirmed" and found["seven"][0] == "cases.confirmed.change"
    assert _read("Rescuers picked up 5 survivors.")["5 survivors"][0] == "people.survived"  # a verb's particle


def test_a_percentage_is_what_its_own_noun_measures():
    assert _read("The offer is a 37% premium over the closing price.")["37%"][0] == "premium"
    assert _read("The offer represents a premium of 27% to the closing price.")["27%"][0] == "premium"
    assert _read("Washington imposed a 25% tariff on imported steel.")["25%"][0] == "tariff"
    assert _read("The fund bought a 12% stake in the airline.")["12%"][0] == "stake"


def test_a_sum_is_not_named_by_the_time_after_it():
    assert _read("Norland alone had revenue of $9.8 billion last year.")["$9.8 billion"][0] == "revenue"


def test_letter_currencies_keep_their_scale():
    claims = {c.quote: (c.value, c.unit) for c in extract_claims(SOURCE, (
        "Exports rose to RM142.6 billion in October. Imports were RM 121.3 billion. "
        "The deficit reached Rp 350 trillion. The plant cost Ksh 2.5 billion."))}
    assert claims["RM142.6 billion"] == (142.6e9, "MYR") and claims["RM 121.3 billion"] == (121.3e9, "MYR")
    assert claims["Rp 350 trillion"] == (350e12, "IDR") and claims["Ksh 2.5 billion"] == (2.5e9, "KES")


def test_a_flow_to_or_from_a_place_is_that_flows_figure():
    found = _read("Exports to Japan fell 4.1% to $8.6 billion, while exports rose 8.4% in all.")
    assert found["4.1%"] == ("export.decrease.change", "to Japan") and found["$8.6 billion"] == ("export", "to Japan")
    assert found["8.4%"] == ("export.change", None)


def test_a_named_sum_after_from_is_the_earlier_value():
    found = _read("The trade surplus widened to RM21.3 billion in October from RM15.1 billion a year earlier.")
    assert found["RM21.3 billion"] == ("trade_surplus", None)
    assert found["RM15.1 billion"] == ("trade_surplus", "earlier value")


def test_a_sentence_that_opens_by_a_kind_lists_parts():
    found = _read("By county, Lancaster has 41 confirmed cases, Lebanon nine and Berks five.")
    assert found["41 confirmed cases"] == ("cases.confirmed", "part") and found["five"] == ("cases.confirmed", "part")
    assert _read("By evening, 12 people had died.")["12 people had died"] == ("people.killed", None)
    assert _read("By Tuesday, 40 people had died.")["40 people had died"] == ("people.killed", None)


def test_a_particle_up_is_no_rise():
    assert _read("Electronics make up more than 40 per cent of all exports.")["more than 40 per cent"][0] == "export.share"


def test_pounds_said_of_turnover_or_compensation_are_money():
    claims = {c.quote: c.unit for c in extract_claims(SOURCE, (
        "Each of the closed sites turns over about 12,000 pounds a day. "
        "Claims for compensation typically reach 9,000 pounds. The plant recalled 2 million pounds of beef."))}
    assert claims["about 12,000 pounds"] == "GBP" and claims["9,000 pounds"] == "GBP"
    assert claims["2 million pounds"] == "kg"  # a weight where nothing says money


def test_a_lasting_events_start_end_and_length_are_read_from_their_own_verbs():
    found = _read("The search, launched on Wednesday, September 10, and suspended on Saturday, September 13, "
                  "ran for five days.")
    assert found["Wednesday, September 10"][0] == "search.start" and found["Saturday, September 13"][0] == "search.end"
    assert found["five days"][0] == "search.duration"
    found = _read("The restaurants, shut on Tuesday 10 June, will reopen on Monday 16 June, ending a closure of 13 days.")
    assert (found["Tuesday 10 June"][0], found["Monday 16 June"][0], found["13 days"][0]) == (
        "shutdown.start", "shutdown.end", "shutdown.duration")
    # A lasting event's start word starts nothing else: "launched" missiles are no start of a strike
    assert _read("Russia launched 90 missiles on Tuesday.")["Tuesday"][0] == "date"


def test_every_event_name_makes_a_valid_figure_name():
    from checker.extract.frames import slug
    from checker.extract.lexicon import load_lexicon

    names = set(load_lexicon().events.values())
    assert names and all(slug(name) == name for name in names)  # "cold wave.start" fails the claim schema


def test_the_whole_of_a_part_does_not_take_the_parts_predicate():
    found = _read("Officials said 38 of the train's 141 cars derailed.")
    assert found["38 of the train's 141 cars derailed"][0] == "cars.derailed" and found["141 cars"][0] == "cars"
    found = _read("The ship reported 32 of its 1,150 crew members sick on Thursday.")
    assert found["32 of its 1,150 crew members sick"][0] == "crew.ill" and found["1,150 crew members"][0] == "crew"
    # a role of the whole's own, before the part's verb, stays: "the 25 people injured were children"
    assert _read("19 of the 25 people injured were children.")["25 people injured"][0] == "people.injured"


def test_falling_ill_is_a_figure_of_its_own():
    assert _read("Some 241 passengers fell ill during the voyage.")["Some 241 passengers fell ill"][0] == "passengers.ill"
    assert _read("More than 130 people have now been struck down.")[
        "More than 130 people have now been struck down"][0] == "people.ill"
    assert _read("Seventeen people had been treated in hospital.")[
        "Seventeen people had been treated in hospital"][0] == "people.hospitalized"


def test_a_past_relative_clause_after_a_future_verb_keeps_its_dates_in_the_past():
    source = Source(id="t", path="t.txt", published=dt.date(2026, 2, 6))
    text = "Teachers will return on Friday after a walkout that ran from Tuesday, February 3, to Thursday, February 5."
    dated = {c.quote: c.value for c in extract_claims(source, text) if c.kind == "date"}
    assert dated["Tuesday, February 3"] == iso_to_day("2026-02-03")
    assert {c.quote: c.value for c in extract_claims(source, "Talks will resume on Monday.")}["Monday"] == iso_to_day(
        "2026-02-09")


def test_from_one_date_to_another_are_a_spans_start_and_end():
    found = _read("The walkout ran from Tuesday, November 5, to Thursday, November 7, the union said.")
    assert (found["Tuesday, November 5"][0], found["Thursday, November 7"][0]) == ("strike.start", "strike.end")


def test_a_verb_after_two_coordinated_counts_is_the_role_of_each():
    found = _read("Five soldiers and three civilians were killed.")
    assert found == {"Five soldiers": ("soldiers.killed", None), "three civilians were killed": ("civilians.killed", None)}
    found = _read("263 passengers and 35 crew members fell ill during the voyage.")
    assert found["263 passengers"][0] == "passengers.ill" and found["35 crew members fell ill"][0] == "crew.ill"
    # a verb before the first count governs it: the later verb is the second count's only
    assert _read("The army killed 12 soldiers and 3 civilians were injured.")["3 civilians were injured"][0] == (
        "civilians.injured")


def test_a_count_coordinated_after_another_shares_its_role():
    found = _read("The ship carries 2,874 passengers and 1,150 crew.")
    assert found["2,874 passengers"][0] == "passengers.carried" and found["1,150 crew"][0] == "crew.carried"


def test_its_stands_for_a_name_never_for_a_day():
    found = _read("According to the update on Thursday, 32 of its 1,150 crew members had fallen ill.")
    assert found["32 of its 1,150 crew members had fallen ill"] == ("crew.ill", None)  # was "Thursday"'s


def test_a_role_said_past_a_restatement_between_commas():
    found = _read("241 passengers, or 12% of the 2,874 on board, had fallen ill.")
    assert found["241 passengers"][0] == "passengers.ill"
    assert _read("284 passengers had come down with norovirus.")["284 passengers had come down with"][0] == (
        "passengers.ill")


def test_a_persons_age_is_no_count():
    assert "81" not in _read("\"My mom is 81 and she's been sick since Tuesday,\" said a resident.")
    assert _read("The death toll was 45.")["45"][0] == "people.killed"


def test_that_year_is_the_year_of_the_date_before_it():
    source = Source(id="t", path="t.txt", published=dt.date(2026, 2, 2))
    text = ("It is the first national strike since 2023, when the union staged eight days of walkouts. "
            "Its ballot that year drew a turnout of 53.3%.")
    assert {c.quote: c.as_of for c in extract_claims(source, text)}["53.3%"] == "2023"


def test_a_count_with_a_verb_of_its_own_is_no_continuation_of_the_last():
    found = _read("Twenty-five people have been treated in hospital, and two remain in intensive care.")
    assert "two" not in found and found["Twenty-five people have been treated in hospital"][0] == "people.hospitalized"


def test_a_sentence_of_its_own_time_leaves_a_later_relative_clauses_date_to_it():
    source = Source(id="t", path="t.txt", published=dt.date(2025, 6, 12))
    text = ("More than 130 people have now been struck down in an outbreak at a restaurant chain that was fined "
            "for hygiene failings three years ago.")
    assert {c.quote: c.as_of for c in extract_claims(source, text)}[
        "More than 130 people have now been struck down"] == "2025-06-12"


def test_a_count_with_a_past_verb_of_its_own_is_named_by_it():
    found = _read("Of these, 88 bodies have been identified and 78 handed over to families.")
    assert found["78 handed over"][0] == "bodies.handed_over" and found[
        "88 bodies have been identified"][0] == "bodies.identified"


def test_a_plural_of_capitals_is_a_noun_and_a_light_verbs_object_says_what_happened():
    found = _read("The carmaker will recall 412,000 Aster EX electric SUVs. Some 40 MPs voted against it. "
                  "Four people have suffered minor injuries. 12 homes sustained serious damage.")
    assert found["412,000 Aster EX electric SUVs"][0] == "suvs.recalled"
    assert found["Some 40 MPs voted against"][0] == "mps.voted_against"
    assert found["Four people have suffered minor injuries"][0] == "people.injured"
    assert found["12 homes sustained serious damage"][0].endswith(".damaged")
    # A number before a name that ends in no noun names it: no count.
    assert _read("Passengers boarded the 12841 Coromandel Express in Howrah.") == {}


def test_a_part_of_a_whole_named_by_its_participle_takes_the_verb_after_it():
    found = _read("About 96,300 of the SUVs being recalled worldwide were sold in the United States. "
                  "400 tickets were sold.")
    assert found["About 96,300 of the SUVs being recalled worldwide were sold"][0] == "suvs.sold"
    assert found["400 tickets were sold"][0] == "tickets.sold"  # an irregular participle is a role too


def test_someone_picked_out_and_single_for_emphasis_are_no_counts():
    found = _read('"We had water," said the sister of one survivor. "We respect every single vote." '
                  "Single-family homes were spared. Of the seven survivors, two are in hospital.")
    assert "one survivor" not in found and "single vote" not in found and "Single-family homes" not in found
    assert found["seven survivors"][0] == "people.survived"


def test_a_background_year_dates_its_own_clause_after_a_possessive_or_before_when():
    found = _claims("The nearest case is British Airways' 2017 outage, which cost IAG around £58 million. "
                    "The heat surpassed 2016, when 190 runners were treated. Medics said 412 runners were treated.")
    assert found["around £58 million"].as_of == "2017"
    assert found["190 runners were treated"].as_of == "2016"
    assert found["412 runners were treated"].as_of == SOURCE.published.isoformat()


def test_a_month_a_clause_describes_is_no_date_of_its_event():
    found = _read("Copernicus said June 2025 was the third-warmest June, with exceptional heatwaves in Europe. "
                  "The heatwave began in July 2025.")
    assert found["June 2025"][0] == "date" and found["July 2025"][0] == "heatwave.start"


def test_the_date_of_a_figure_compared_with_is_that_figures_alone():
    found = _claims("Turnout was 71.4 per cent, up from 66.2 per cent in 2021. Turnout reached 74.1 per cent, the "
                    "highest since the 2009 state election.")
    assert found["66.2 per cent"].as_of == "2021"
    assert found["71.4 per cent"].as_of == found["74.1 per cent"].as_of == SOURCE.published.isoformat()


def test_a_complement_makes_a_figure_of_its_own_and_a_time_ends_a_noun_phrase():
    found = _read("The commission ruled 38,412 ballots informal. Later 2,100 ballots had been ruled informal. "
                  "Some 3,002,417 votes were cast. Police arrested 20 people yesterday. "
                  "Results confirmed 47 seats for the Alliance and 33 for the National Reform Party.")
    assert found["38,412 ballots informal"][0] == found["2,100 ballots had been ruled informal"][0] == \
        "people.ruled_informal"
    assert found["Some 3,002,417 votes were cast"][0] == "people.voted"
    assert found["20 people"][0] == "people.arrested"
    assert found["47 seats"] == ("seats.confirmed", "Alliance") and found["33"][1] == "National Reform Party"


def test_an_earlier_value_may_be_named_by_its_noun():
    found = _read("Menon won Harlow by 187 votes, down from a lead of 212 on election night. "
                  "The toll rose to 40, up from an estimate of 30.")
    assert found["212"][1] == found["30"][1] == "earlier value"
    assert found["187 votes"] == ("people.voted.margin", None)  # "votes, down from": a change, no role "down"


def test_a_number_closing_a_sentence_after_a_list_of_figures_is_read_without_error():
    # "27" of "2026-27" stands past the sentence's last word: the gapped-holder reading once indexed past it.
    found = _read("The deficit was C$61.9 billion for 2025-26, equal to 2.4% of GDP, before narrowing to "
                  "C$52.1 billion in 2026-27.")
    assert found["C$61.9 billion"][0] == "deficit"


def test_a_quantity_that_hits_a_level_damages_nothing():
    found = _read("Peak demand hit 41,300 megawatts. Trading volume hit 24.6 billion shares. Missiles hit 40 buildings. "
                  "The storm hit 40 towns.")
    assert found["41,300 megawatts"][0] == "power" and found["24.6 billion shares"][0] == "shares"
    assert found["40 buildings"][0] == "buildings.damaged" and found["40 towns"][0] == "towns.damaged"


def test_a_noun_of_happening_counts_what_it_happened_to():
    found = _read("The carrier scrapped 300 flights. There were 320 cancellations at Heathrow. The firm announced "
                  "3,000 job cuts. Officials reported 40 train delays. Two recalls were announced.")
    assert found["320 cancellations"][0] == "flights.cancelled"  # the document's earlier flights cancelled
    assert found["3,000 job cuts"][0] == "jobs.cut" and found["40 train delays"][0] == "trains.delayed"
    assert found["Two recalls"][0] == "recalled"  # of what, the text does not say: see named_by_role


def test_a_state_named_by_its_noun_is_the_share_in_that_state():
    found = _read("Containment of the Oak Fire stood at 45% on Monday. The fire was 50% contained. Crews had "
                  "achieved 55% containment. Containment reached 60% by Tuesday. The blaze is now 65 percent "
                  "contained. Turnout reached 64%.")
    assert {found[q][0] for q in ("45%", "50%", "55%", "60%", "65 percent")} == {"contained"}
    assert found["64%"][0] == "turnout"


def test_the_levels_of_a_thing_a_verb_of_change_names_are_that_things():
    found = _read("Thousands marched against the plan to raise the legal retirement age from 64 to 65. Authorities "
                  "widened the exclusion zone around the crater from three to seven kilometres. On Monday they widened "
                  "the exclusion zone to 8 kilometers (5 miles). The bank cut its key rate from 4 per cent to 3.75 per cent.")
    assert found["64"] == ("retirement_age", "earlier value") and found["65"] == ("retirement_age", None)
    assert found["seven kilometres"][0] == found["8 kilometers"][0] == found["5 miles"][0] == "exclusion_zone"
    assert found["3.75 per cent"] == ("key_rate", None)
    # A range is still a range, and a toll's rise its own.
    assert _read("Temperatures ranged from 30C to 35C.")["from 30C to 35C"][0] == "temperature"
    assert _read("The toll rose from 20 to 25.")["25"][0] == "people.killed"


def test_a_year_before_an_event_noun_dates_its_clause_in_a_quotation_and_past_modifiers():
    found = _claims('"The 1968 eruption killed 13 people," he said. The 2013 fertilizer plant explosion in West, '
                    'Texas, which killed 15 people, prompted new rules.')
    assert found["13 people"].as_of == "1968" and found["15 people"].as_of == "2013"


def test_a_date_is_not_an_events_when_its_noun_has_its_own_or_the_date_ends_a_span_of_something_else():
    found = _read("Prosecutors on Monday opened an investigation after 96 survivors of Sunday's shipwreck were brought "
                  "ashore. The search lasted 52 hours, from the collapse at about 2:30 p.m. on Tuesday until 6:30 p.m. "
                  "on Thursday.")
    assert found["Monday"][0] == "date" and found["Sunday"][0].startswith("sinking.")
    assert found["Tuesday"][0] == "collapse.date" and found["Thursday"][0] == "date"


def test_a_weekday_after_an_indefinite_word_is_no_date_and_should_speaks_of_the_future():
    found = _claims("In July 2024, a faulty update grounded airlines, leading to more than 5,000 flight cancellations "
                    "on a single Friday. The last customers should be back on by Wednesday night.",
                    published=dt.datetime(2025, 7, 15, 12, tzinfo=dt.timezone.utc))
    assert "Friday" not in found and found["more than 5,000 flight cancellations"].as_of == "2024-07"
    assert found["Wednesday night"].value == (dt.date(2025, 7, 16) - dt.date(1970, 1, 1)).days


def test_a_relative_clause_of_a_dated_event_dates_its_figures_by_the_event():
    found = _claims("Unions vowed on Friday to keep up pressure after Thursday's nationwide protests, in which police "
                    "counted 84,000 marchers in Paris alone.",
                    published=dt.datetime(2025, 3, 7, 11, tzinfo=dt.timezone.utc))
    assert found["84,000 marchers"].as_of == "2025-03-06"


def test_a_participle_clause_goes_on_with_the_clause_before_and_a_place_after_a_figure_is_its_own():
    found = _claims("A faulty update grounded airlines worldwide, leading to more than 5,000 flight cancellations. "
                    "Storms hit airports, killing 3 people worldwide and 2 in London.")
    assert found["more than 5,000 flight cancellations"].subject == found["3 people"].subject == "World"
    assert found["2"].subject == "London"


def test_a_figure_is_credited_to_the_speaker_of_its_own_comma_clause():
    found = _claims("Police said 48,000 people marched in Paris, while the CGT union claimed 150,000. Nationwide, the "
                    "Interior Ministry counted 368,000 demonstrators. The ministry said 40 people died.")
    assert found["48,000 people marched"].attributed_to == "Police"
    assert found["150,000"].attributed_to == "CGT union"
    assert found["368,000 demonstrators"].attributed_to == "Interior Ministry"
    assert found["40 people died"].attributed_to is None  # "the ministry": no name to credit
    # "Paris police said": where the figure is, not who said it
    assert _claims("Paris police said 14 officers were injured.")["14 officers were injured"].subject == "Paris"


def test_a_sum_on_an_adjusted_basis_is_a_figure_of_its_own():
    found = _read("Net income climbed to $12.3 billion, or $2.41 per share. Excluding restructuring and other items, "
                  "Corvana earned $2.58 per share. Earnings per share on an adjusted basis were $2.59. Adjusted "
                  "earnings were $2.60 a share.")
    assert found["$2.41"][0] == "profit.per_share"
    assert found["$2.58"][0].startswith("adjusted_") and found["$2.59"][0] == found["$2.60"][0] == \
        "adjusted_profit.per_share"


def test_a_name_joined_by_an_ampersand_is_one_name_before_the_counted_noun():
    found = _read("About 95,000 Saguaro Power & Light customers were still without electricity on Tuesday.")
    assert found["About 95,000 Saguaro Power & Light customers were still without electricity"][0] == \
        "customers.without_power"


def test_basis_points_are_hundredths_of_a_percentage_point():
    found = _claims("The bank cut its rate by 25 basis points. It has cut by 175 bps since August.")
    assert found["25 basis points"].value == 0.25 and found["25 basis points"].stated_unit == "basis point"
    assert found["175 bps"].value == 1.75


def test_a_month_or_day_in_a_clause_about_the_future_is_ahead():
    found = _claims("The job cuts will be completed by the end of June. It said the reductions would be completed "
                    "within about five months, by June 30.",
                    published=dt.datetime(2026, 1, 28, 12, tzinfo=dt.timezone.utc))
    day = lambda d: (d - dt.date(1970, 1, 1)).days  # noqa: E731
    assert found["the end of June"].low >= day(dt.date(2026, 6, 1)) and found["June 30"].value == day(dt.date(2026, 6, 30))
    source = SOURCE.model_copy(update={"published": dt.datetime(2026, 1, 28, 12, tzinfo=dt.timezone.utc)})
    mays = [c.low for c in extract_claims(source, "Traders see a 60% chance of another cut in May. Unemployment "
                                                  "rose more than expected in May.") if c.quote == "May"]
    assert mays == [day(dt.date(2026, 5, 1)), day(dt.date(2025, 5, 1))]  # "more than expected": data of the past


def test_a_count_inside_another_counts_phrase_is_no_head_of_a_list_after_it():
    found = _read("A total of 5,800 people from nine villages have now been evacuated, including 6,300 from the "
                  "village of Wae Rana alone.")
    assert found["6,300"] == ("people.evacuated", "part")


def test_what_was_expected_or_would_happen_is_ahead_but_not_what_came_as_expected():
    source = SOURCE.model_copy(update={"published": dt.datetime(2025, 2, 16, 15, tzinfo=dt.timezone.utc)})
    days = [c.value for c in extract_claims(source, "Forecasters expected 24 inches of snow by Monday morning. The "
                                                    "schools would reopen Wednesday. As expected, the bank cut rates "
                                                    "on Thursday. Sales rose more than expected on Friday.")
            if c.kind == "date"]
    assert days == [(dt.date(2025, 2, d) - dt.date(1970, 1, 1)).days for d in (17, 19, 13, 14)]


def test_people_counted_in_a_condition_are_a_part_and_the_injured_who_died_were_killed():
    found = _read("Three people wounded in the attack remained in critical condition on Monday. Five wounded people "
                  "were in serious condition. Twelve people were injured. Two injured pilgrims died in hospital.")
    assert found["Three people wounded"] == ("people.injured", "in critical condition")
    assert found["Five wounded people"] == ("people.injured", "in serious condition")
    assert found["Twelve people were injured"] == ("people.injured", None)
    assert found["Two injured pilgrims died"][0] == "people.killed"


def test_a_measure_is_of_the_place_it_was_measured_at_and_snowfall_is_a_measure():
    found = _claims("A gust of 74 mph (119 km/h) was recorded in Provincetown. Winds reached 62 mph at Block Island. "
                    "Snowfall reached 24 inches in Worcester. The quake struck at a depth of 10 km, officials in "
                    "Rabat said.")
    assert found["74 mph"].scope == found["119 km/h"].scope == "Provincetown"
    assert found["62 mph"].scope == "Block Island"
    assert found["24 inches"].metric == "snowfall" and found["24 inches"].subject == "Worcester"
    assert found["10 km"].scope is None  # where the officials are is no place of the quake's depth


def test_a_count_after_after_that_tells_why_a_toll_rose_is_what_was_added():
    found = _read("The death toll from a crowd crush rose to 31 on Monday after two injured pilgrims died in "
                  "hospital, officials said.")
    assert found["31"] == ("people.killed", None)
    assert found["two injured pilgrims died"] == ("people.killed", "additional")


def test_a_year_less_date_of_a_span_about_the_future_may_have_begun():
    found = _claims("The council says its cleanup will run for 10 weeks, from Wednesday March 5 to April 30.",
                    published=dt.datetime(2025, 3, 7, 9, tzinfo=dt.timezone.utc))
    span = found["from Wednesday March 5 to April 30"]
    assert (span.low, span.high) == (iso_to_day("2025-03-05"), iso_to_day("2025-04-30"))


def test_a_verb_that_reaches_a_level_dates_no_attack():
    found = _read("Rain totals hit 50 mm in Kent on Monday. Registration had hit a record 17,500 this year, organisers "
                  "said on Tuesday. The storm hit the coast on Wednesday.")
    assert found["Monday"][0] == found["this year"][0] == "date"
    assert found["Wednesday"][0] == "storm.date"
    # Only a verb of an event reaches a level: "paid a $22 million ransom" is no level, and its year stays a date
    last_year = _claims("Last year the unit paid a $22 million ransom after an attack that affected about 190 million "
                        "people.")
    assert last_year["Last year"].metric == "date" and last_year["about 190 million people"].as_of.startswith("2023")


def test_a_total_raised_is_read_as_the_total_and_its_earlier_value_may_follow_the():
    found = _read("Meridian raised its count of affected members to 14.6 million, up from the 11.2 million it "
                  "disclosed on Monday.")
    assert found["14.6 million"] == ("people.affected", None)
    assert found["11.2 million"] == ("people.affected", "earlier value")


def test_a_past_events_date_dates_its_own_comma_clause_and_what_follows_it_only():
    found = _claims("Boston received about 18 inches, well short of its record of 26.7 inches set in the storm of "
                    "February 2003. In 2021, a landslide in the same district killed 17 people.")
    assert found["about 18 inches"].as_of == SOURCE.published.isoformat()
    assert found["26.7 inches"].as_of == "2003-02" and found["17 people"].as_of == "2021"


def test_a_count_among_a_whole_is_a_part_of_it():
    found = _read("Nine Indian nationals were among the 31 people killed in the crush. Three children were among the "
                  "dead. Five hospitals were among the buildings.")
    assert found["Nine Indian nationals"] == found["Three children"] == ("people.killed", "part")
    assert found["31 people killed"] == ("people.killed", None) and found["Five hospitals"][0] == "hospitals"


def test_a_countrys_people_name_the_side_a_figure_is_of():
    found = _claims("Nine Indian nationals were among the 31 people killed. Twelve Filipino sailors were rescued.")
    assert found["Nine Indian nationals"].subject == "India" and found["Nine Indian nationals"].scope == "part"
    assert found["Twelve Filipino sailors were rescued"].subject == "Philippines"


def test_up_after_a_verb_of_rising_is_the_level_reached_not_a_bound():
    claims = {c.quote: c for c in extract_claims(SOURCE, "The jobless rate edged up to 4.2% in March.")}
    assert (claims["4.2%"].low, claims["4.2%"].high) == (4.2, 4.2)
    claims = {c.quote: c for c in extract_claims(SOURCE, "Inflation picked up to 2.3 percent.")}
    assert claims["2.3 percent"].qualifier == "exact"
    (bound,) = extract_claims(SOURCE, "The storm could displace up to 40,000 people.")
    assert (bound.low, bound.high) == (None, 40000)  # a bound where no verb rises


def test_the_later_ages_of_a_list_after_aged_are_ages_not_counts():
    found = _read("Both men, aged 34 and 39, had been arrested on Wednesday.")
    assert not [q for q, (metric, _) in found.items() if metric.startswith("people")]
    found = _read("The victims, aged 19, 23 and 27, were students. Police arrested 39 people.")
    assert [metric for metric, _ in found.values() if metric.startswith("people")] == ["people.arrested"]


def test_a_whole_after_none_or_most_of_keeps_its_own_role():
    found = _read("None of the eight missing pieces has been found.")
    assert found == {"eight missing pieces": ("pieces.missing", None)}
    assert _read("Most of the 300 passengers were injured.")["300 passengers"][0] == "passengers"
    assert _read("All of the 17 hostages were freed.")["17 hostages were freed"][0] == "hostages.freed"


def test_parts_after_a_fronted_whole_with_a_verb_of_no_role_are_its_parts():
    found = _read("Of the 57 deaths, 41 occurred in health facilities and 16 in the community.")
    assert found["41"] == ("people.killed", "part") and found["16"] == ("people.killed", "part")
    # A number of the fronted whole is no thing: no count of "nines"
    found = _read("Of the nine stolen pieces, five were listed on the register; the remaining four were added.")
    assert not [m for m, _ in found.values() if m.startswith("nine")]


def test_the_terms_of_a_rate_are_no_span_and_no_amount():
    found = _read("Miners worked six days a week. The port handles 1.1 million containers a year.")
    assert set(found) == {"1.1 million containers"}
    found = _read("Gasoline rose 6.2 cents a gallon and diesel 4 cents a litre.")
    assert {m for m, _ in found.values()} == {"money.per_gallon", "money.per_litre"}
    # A span after its preposition, or with no figure before it, is a span.
    assert _read("He was jailed for a year.") == {"a year": ("duration", None)}
    assert _read("The strike lasted a year.")["a year"][0] == "strike.duration"


def test_cents_of_no_named_currency_are_counted_in_cents():
    (claim,) = extract_claims(SOURCE, "Gasoline futures rose 6.2 cents a gallon.")
    assert (claim.value, claim.unit) == (6.2, "cent")


def test_a_datelines_day_beside_the_publications_is_the_storys_day():
    wire = Source(id="w", path="w.txt", published=dt.datetime(2025, 12, 3, 15, 0, tzinfo=dt.timezone.utc))
    text = "NUKU'ALOFA, Dec 4 (Reuters) - A strong earthquake struck off Tonga on Thursday. Six people were killed."
    claims = {c.quote: c for c in extract_claims(wire, text)}
    assert claims["Thursday"].value == iso_to_day("2025-12-04")  # not the Thursday of the week before
    assert claims["Six people were killed"].as_of == "2025-12-04"
    # A dateline's day far from the publication is no filing day.
    claims = {c.quote: c for c in extract_claims(wire, text.replace("Dec 4", "Nov 20"))}
    assert claims["Thursday"].value == iso_to_day("2025-11-27")


def test_a_weekday_after_a_verb_of_a_scheduled_happening_is_ahead():
    monday = Source(id="m", path="m.txt", published=dt.date(2026, 2, 9))

    def day(text: str, quote: str) -> float:
        return next(c.value for c in extract_claims(monday, text) if c.quote == quote)
    assert day("The strike continues on Tuesday and Wednesday.", "Wednesday") == iso_to_day("2026-02-11")
    assert day("He could make his debut on Saturday.", "Saturday") == iso_to_day("2026-02-14")
    assert day("Results are due on Tuesday.", "Tuesday") == iso_to_day("2026-02-10")
    # Days gone: a noun before the day, a cause, a past "could not"
    assert day("Strikes on Tuesday killed five.", "Tuesday") == iso_to_day("2026-02-03")
    assert day("Flights were cancelled due to the storm on Sunday.", "Sunday") == iso_to_day("2026-02-08")
    assert day("Rescuers could not reach the village on Sunday.", "Sunday") == iso_to_day("2026-02-08")


def test_a_share_of_an_age_group_is_that_groups():
    found = _read("People aged 65 and over made up 8.9% of the population.")
    assert found["8.9%"][1] == "aged 65 and over"
    found = _read("People aged 15 to 64 make up 64% of the population.")
    assert found["64%"][1] == "aged 15 to 64"


def test_a_place_in_an_according_to_phrase_is_who_counted_not_where():
    claims = {c.quote: c for c in extract_claims(SOURCE, "Sicily is hot. Of the 92 survivors, 41 are from Bangladesh, "
                                                         "according to a count by the prefecture of Agrigento.")}
    assert claims["92 survivors"].subject is None
    claims = {c.quote: c for c in extract_claims(SOURCE, "Five people were killed in Lviv, according to the governor.")}
    assert claims["Five people were killed"].subject == "Lviv"


def test_a_count_said_to_be_local_or_part_of_a_larger_figure_is_a_part():
    found = _read("Norvexa cut about 120 jobs locally as part of a 4,500-person reduction worldwide.")
    assert found["about 120 jobs"] == ("jobs.cut", "part")
    assert _read("The firm will cut 300 jobs as part of its plan.")["300 jobs"] == ("jobs.cut", None)


def test_a_date_after_the_verb_of_something_else_is_not_the_event_in_a_phrase_before_it():
    found = _read("Families of the 24 workers killed in the factory fire began receiving compensation on Wednesday.")
    assert found["Wednesday"][0] == "date"
    assert _read("The death toll from the earthquake rose to 300 on Tuesday.")["Tuesday"][0] == "date"
    # The event's own verb, or its noun named again after the verb, keeps the date.
    assert _read("Firefighters from the fire service battled the blaze on Tuesday.")["Tuesday"][0] == "fire.date"
    assert _read("The fire broke out on Monday.")["Monday"][0] == "fire.start"


def test_days_joined_by_and_are_no_one_date_of_the_event():
    found = _read("The strike continues on Tuesday and Wednesday.")
    assert found["Tuesday"][0] == found["Wednesday"][0] == "date"
    assert _read("The strike began on Tuesday.")["Tuesday"][0] == "strike.start"


def test_a_number_after_a_group_noun_and_of_is_that_groups_size():
    found = _read("The ship was carrying 4,700 containers and had a crew of 22.")
    assert found["22"][0] == "crews"
    assert _read("The avalanche killed five ski tourers from a group of seven.")["seven"][0] == "groups"
    # A figure's own word before "of" is no group.
    assert _read("Police arrested a total of 12 people.")["12 people"][0] == "people.arrested"


def test_a_rate_per_day_said_with_each_or_on_an_average_day_is_per_day():
    found = _read("The port handles 1.1 million containers a year, about 3,000 on an average day.")
    assert found["1.1 million containers"][0] == "containers.per_year"
    assert found["about 3,000"][0] == "containers.per_day"
    assert _read("About 11,500 operations were postponed each day.")["About 11,500 operations were postponed"][0] \
        == "operations.delayed.per_day"


def test_a_figure_first_told_then_revised_to_another_is_its_earlier_value():
    claims = list(extract_claims(SOURCE, "The USGS, which first measured the quake at magnitude 7.4, later upgraded "
                                         "it to 7.6."))
    assert [(c.value, c.scope, c.unit) for c in claims] == [(7.4, "earlier value", None), (7.6, None, None)]
    found = _read("Officials initially said 12 people died but later revised the toll to 15.")
    assert found["12 people died"] == ("people.killed", "earlier value") and found["15"] == ("people.killed", None)


def test_an_aftershocks_magnitude_is_another_quakes():
    found = _read("A magnitude 6.1 aftershock struck on Friday.")
    assert found["6.1"] == ("magnitude", "another occurrence")
    found = _read("Geologists recorded 43 aftershocks by noon, the strongest of magnitude 6.1.")
    assert found["6.1"] == ("magnitude", "another occurrence")
    assert _read("A magnitude 7.6 earthquake struck Tonga.")["7.6"] == ("magnitude", None)


def test_ages_after_aged_are_no_spans_of_time():
    assert _read("Vaccines are offered to everyone aged one year and older.") == {}
    assert _read("Children aged six months to five years were vaccinated.") == {}
    assert _read("The strike lasted one year.") == {"one year": ("strike.duration", None)}


def test_a_change_on_the_month_and_one_on_the_year_are_figures_of_other_spans():
    found = _read("Consumer prices rose 0.4 percent on the month.")
    assert found["0.4 percent"][0].endswith(".change.month_on_month")
    found = _read("The consumer price index rose 2.5 percent from a year earlier.")
    assert found["2.5 percent"][0].endswith(".change.year_on_year")
    assert "a year" not in found  # a time back from now, no span
    assert _read("Shares rose 4.2% on Tuesday.")["4.2%"][0] == "share.change"


def test_a_change_coordinated_over_another_span_keeps_its_name():
    found = _read("Consumer prices rose 0.6 percent month-on-month and 2.3 percent year-on-year.")
    assert found["0.6 percent"][0] == "consumer_price.change.month_on_month"
    assert found["2.3 percent"][0] == "consumer_price.change.year_on_year"
    # Without a span of its own, the second figure would take the first's name and nothing to say where it is.
    assert _read("Sales fell 2% in Europe and 4% in Asia.")["4%"][0] != "sale.decrease.change"


def test_barrels_a_day_abbreviated_are_a_rate_and_no_billions():
    found = _read("Iraq will cut 140,000 b/d and Kuwait 80,000 bpd.")
    assert found["140,000 b/d"][0] == "volume.cut.per_day"
    assert found["80,000 bpd"][0] == "volume.cut.per_day"  # Kuwait's cut, on the list
    (claim,) = [c for c in extract_claims(SOURCE, "Iraq will cut 140,000 b/d.")]
    assert round(claim.value) == round(140_000 * 158.987294928)  # litres, not 140,000 billion


def test_a_measure_names_only_figures_of_its_kind():
    assert _read("The group will cut 1.2 million barrels from January.")["1.2 million barrels"][0] == "volume.cut"
    assert _read("The quake struck 72 km southwest of Marrakech.")["72 km"][0] == "distance"


def test_those_still_in_a_running_totals_state_are_a_part_of_it():
    assert _read("Twenty-three people remained in hospital.")["Twenty-three people remained in hospital"] == (
        "people.hospitalized", "still")
    found = _read("Twelve remained in hospital on Thursday after 11 were sent home.")
    assert found["Twelve remained in hospital"] == ("people.hospitalized", "still")
    assert found["11 were sent"][1] is None
    assert _read("Twenty people were hospitalised.")["Twenty people were hospitalised"][1] is None
    assert _read("Three miners remain missing.")["Three miners remain missing"] == ("people.missing", None)


def test_a_measure_between_a_determiner_and_its_noun_is_that_things_size():
    assert _read("The 340,000 bpd plant would keep running.")["340,000 bpd"][0] == "plant.volume.per_day"
    found = _read("The fire hit the 95,000-barrel-per-day fluid catalytic cracking unit.")
    assert found["95,000-barrel-per-day"][0] == "fluid_catalytic_cracking_unit.volume.per_day"
    found = _read("A 3 km protection zone and a 10 km surveillance zone were set up.")
    assert (found["3 km"][0], found["10 km"][0]) == ("protection_zone.length", "surveillance_zone.length")
    assert _read("A 10-tonne truck overturned on the bridge.")["10-tonne"][0] == "truck.mass"
    assert _read("Residents within a 10 km radius were evacuated.")["10 km"][0] == "radius.length"
    # The noun after a name, not the name's last word nor the verb after it; a figure after no determiner is none
    assert _read("The 340,000 barrel-a-day Sabine Crossing refinery accounts for 60%.")["340,000 barrel-a-day"][0] \
        == "refinery.volume.per_day"
    assert _read("The 400-metre Ever Given ran aground.")["400-metre"][0] == "distance"
    assert _read("The quake struck 72 km southwest of Marrakech.")["72 km"][0] == "distance"


def test_a_change_told_in_a_month_is_over_that_month_and_one_over_the_past_year_over_the_year():
    assert _read("Prices rose by 0.6 per cent in March alone.")["0.6 per cent"][0] == "price.change.month_on_month"
    assert _read("Prices rose 3.9 per cent in March from a year earlier.")["3.9 per cent"][0] == \
        "price.change.year_on_year"
    assert _read("House prices climbed by 4.9% over the past year.")["4.9%"][0] == "house_price.change.year_on_year"
    assert _read("Prices rose 3.9% in the 12 months to March.")["3.9%"][0] == "price.change.year_on_year"


def test_an_extent_a_place_does_something_to_is_that_places():
    claims = extract_claims(SOURCE, "Russia will cut 300,000 bpd, while Iraq will cut 140,000 bpd.")
    assert [(c.quote, c.metric, c.subject) for c in claims] == [
        ("300,000 bpd", "volume.cut.per_day", "Russia"), ("140,000 bpd", "volume.cut.per_day", "Iraq")]


def test_a_capitalised_number_word_inside_a_name_counts_nothing():
    assert _read("Nurses at Three Rivers hospitals were told to use paper.") == {}
    assert _read("The attack hit eight of Three Rivers' hospitals.") == {
        "eight of Three Rivers' hospitals": ("hospitals.damaged", "part")}
    assert _read("Three people were killed.")["Three people were killed"][0] == "people.killed"


def test_a_number_in_words_after_a_noun_of_rank_numbers_it():
    assert _read("Day three of the cyberattack brought more delays.") == {}
    assert _read("In a single day three people died.") == {"three people died": ("people.killed", None)}


def test_a_word_of_another_verbs_time_leaves_a_figure_to_the_date_that_opens_its_sentence():
    text = ("In August 2013, a cracked hose released ammonia; six workers were hospitalised and regulators later "
            "fined the company $45,000.")
    found = {c.quote: c.as_of for c in extract_claims(SOURCE, text)}
    assert found["six workers were hospitalised"] == "2013-08"


def test_a_rate_over_a_day_from_a_date_is_a_rate():
    found = _read("The group will cut 1.2mn barrels a day from January.")
    assert found["1.2mn barrels"][0] == "volume.cut.per_day" and "a day" not in found
    assert _read("Output will fall by 1.4 million barrels a day from next year.")["1.4 million barrels"][0] \
        .endswith("per_day")


def test_what_a_thing_costs_is_its_price_and_what_an_event_costs_a_loss():
    assert _read("The typical property now costs £271,450.")["£271,450"][0] == "price"
    assert _read("A ticket costs $50.")["$50"][0] == "price"
    assert _read("The storm cost $5 billion.")["$5 billion"][0] == "loss"
    assert _read("Every day of downtime costs an estimated $2 million.")["an estimated $2 million"][0] == "loss"
    (claim,) = extract_claims(SOURCE, "The average London home now costs £528,300.")
    assert (claim.metric, claim.subject) == ("price", "London")  # a place in the subject is the price's


def test_a_list_of_places_and_figures_goes_on_with_the_first_figures_name():
    claims = extract_claims(SOURCE, "Iraq will cut 140,000 b/d, the UAE 120,000 b/d and Kuwait 80,000 b/d.")
    assert [(c.metric, c.subject) for c in claims] == [
        ("volume.cut.per_day", "Iraq"), ("volume.cut.per_day", "United Arab Emirates"),
        ("volume.cut.per_day", "Kuwait")]


def test_an_extent_told_as_the_value_of_a_noun_is_that_nouns():
    assert _read("Its total refining capacity of 570,000 barrels a day is the largest.")["570,000 barrels"] == (
        "refining_capacity.volume.per_day", "capacity")
    assert _read("Exports of 2.1 million barrels a day resumed.")["2.1 million barrels"][0] == "export.volume.per_day"
    assert _read("The dam holds a volume of 3 million cubic metres.")["3 million cubic metres"][0] == "volume"
    # What something can handle is its capacity, no reading of what it did
    assert _read("The unit can handle 95,000 barrels a day.")["95,000 barrels"] == ("volume.per_day", "capacity")


def test_a_figure_under_discussion_is_a_proposal():
    (claim,) = extract_claims(SOURCE, "A cut of at least 1 million bpd was under discussion.")
    assert claim.hypothetical
    (claim,) = extract_claims(SOURCE, "The group agreed a cut of 1.2 million bpd.")
    assert not claim.hypothetical


def test_a_plural_demonym_after_a_number_is_counted_not_a_name():
    # Their own figure, no share of a country's: "three Germans" among the dead are no part of Germany's toll
    assert _read("Three Britons were among the dead.") == {"Three Britons": ("people.killed", "part")}


def test_the_year_of_a_total_a_figure_is_compared_with_dates_that_total_alone():
    text = "Canada finished the championships with seven medals, equalling its total from 2022 in Eugene."
    found = {c.quote: c.as_of for c in extract_claims(SOURCE, text)}
    assert found["seven medals"] == "2024-11-07"


def test_a_count_per_100000_is_a_rate_and_its_base_no_count():
    assert _read("The incidence stood at 32.8 confirmed cases per 100,000 inhabitants.") == {
        "32.8 confirmed cases": ("cases.confirmed.per_100000", None)}
    assert _read("The murder rate fell to 5.2 per 100,000 people.") == {"5.2": ("murder_rate.per_100000", None)}
    assert _read("Officials confirmed 48,320 cases.")["48,320 cases"][0] == "cases.confirmed"


def test_a_count_a_relative_clause_says_something_may_hold_is_a_capacity():
    found = _read("The ferry was carrying more than the 120 passengers it was licensed to carry.")
    assert found["120 passengers"][1] == "capacity"
    assert _read("The ferry carried 200 passengers but was licensed to carry 120.")["200 passengers"][1] is None


def test_a_date_between_a_subject_and_its_verb_dates_that_verb():
    text = ("Air accident investigators on Monday began examining the remains of a jet that crashed at an air show on "
            "Sunday, August 16, killing six people.")
    source = Source(id="t", path="t.txt", published=dt.date(2025, 8, 18))
    found = {c.quote: c.metric for c in extract_claims(source, text)}
    assert found["Monday"] == "date" and found["Sunday, August 16"] == "accident.date"


def test_years_joined_by_and_are_no_one_date_of_an_event():
    found = _read("The show has run every summer apart from 2020 and 2021, when it was cancelled because of the pandemic.")
    assert found["2020"][0] == found["2021"][0] == "date"


def test_a_dash_that_closes_a_breakdown_ends_its_parts():
    found = _read("Officials said 40 divers - 25 from the navy and 15 from the fire service - and 20 boats were deployed.")
    assert found["25"] == found["15"] == ("divers", "part")
    assert found["20 boats"][1] is None


def test_each_candidates_votes_are_their_own_and_a_margin_is_a_margin():
    found = _read("Mayor Dana Whitfield spoke. Whitfield finished with 91,240 votes to 84,615 for Marcus Ortega, "
                  "a margin of 6,625 votes.")
    assert found["91,240 votes"] == ("people.voted", "Whitfield")
    assert found["84,615"] == ("people.voted", "Marcus Ortega")
    assert found["6,625 votes"][0] == "people.voted.margin"
    found = _read("Final numbers show Whitfield with 91,240 votes and Marcus Ortega with 86,415.")
    assert (found["91,240 votes"][1], found["86,415"][1]) == ("Whitfield", "Marcus Ortega")
    assert _read("Lena Park finished third with 10,050 votes.")["10,050 votes"][1] == "Lena Park"
    assert _read("The motion passed by 117 votes to 106.") == {}  # a tally's sides, no holders


def test_a_level_told_as_a_share_of_a_population_is_the_levels():
    assert _read("Turnout reached 48.6% of registered voters.")["48.6%"][0] == "turnout"
    assert _read("About 30% of auto suppliers were hit.")["About 30%"][0] == "auto_supplier.hit.share"


def test_a_relative_clause_of_a_worldwide_noun_tells_a_worlds_figure():
    claims = extract_claims(SOURCE, "Brandt says 621,000 vehicles in the United States are part of the worldwide "
                                    "recall, which covers roughly 1.4 million vehicles in all.")
    found = {c.quote: (c.metric, c.subject) for c in claims}
    assert found["roughly 1.4 million vehicles"] == ("vehicles.recalled", "World")
    assert "parted" not in " ".join(metric for metric, _ in found.values())  # "are part of": no verb "part"


def test_confirmed_deaths_are_deaths_and_deaths_under_investigation_unconfirmed():
    claims = {c.quote: c for c in extract_claims(
        SOURCE, "Some 64 deaths remain under investigation, while 187 deaths are confirmed.")}
    assert claims["187 deaths are confirmed"].metric == "people.killed"
    assert not claims["187 deaths are confirmed"].hypothetical
    assert claims["Some 64 deaths"].hypothetical


def test_a_total_brought_to_the_number_of_a_phrase_after_it_is_that_phrases_count():
    found = _read("The navy recovered two more bodies, bringing to 33 the number of people confirmed dead.")
    assert found["33"] == ("people.killed", None)


def test_a_lead_told_at_a_level_is_a_margin_and_a_vague_count_of_a_scale_is_that_many():
    assert _read("Whitfield's lead stood at about 6,500 votes.")["about 6,500 votes"][0] == "people.voted.margin"
    assert _read("The company will lead 300 workers to 5 sites.")["5 sites"][0] == "sites"
    (claim,) = extract_claims(SOURCE, "Several thousand mail ballots were uncounted.")
    assert (claim.low, claim.high, claim.qualifier) == (3000, 9000, "vague")
    (claim,) = extract_claims(SOURCE, "The jet flew a few hundred feet above the crowd.")
    assert claim.quote == "a few hundred feet" and claim.qualifier == "vague"


def test_an_extent_a_verb_brings_a_noun_to_is_that_nouns_level():
    assert _read("Frost and hail cut the 2025 harvest to 1.05mn hectolitres.")["1.05mn hectolitres"][0] == "harvest"
    assert _read("Frost cut the harvest to 1.05mn hectolitres.")["1.05mn hectolitres"][0] == "harvest"
    assert _read("The board put the 2025 crop at 1.15 million hectolitres.")["1.15 million hectolitres"][0] == "crop"
    assert _read("Output fell sharply to 9 million barrels.")["9 million barrels"][0] == "output"


def test_a_rate_adjective_before_a_figure_makes_it_a_rate_and_worldwide_reaches_past_an_aside():
    assert _read("Average daily throughput at the terminals is about 36,700 TEU.")["about 36,700 TEU"][0] == \
        "containers.teu.per_day"
    assert _read("The daily death toll rose to 50.")["50"][0] == "people.killed.per_day"
    found = _read("Average daily throughput at Rotterdam's container terminals is about 36,700 TEU, based on last "
                  "year's 13.4 million TEU.")
    assert (found["about 36,700 TEU"][0], found["13.4 million TEU"][0]) == ("containers.teu.per_day", "containers.teu")
    assert _read("The death toll rose to 50.")["50"][0] == "people.killed"
    (claim,) = [c for c in extract_claims(SOURCE, "The total worldwide recall, announced on Wednesday, covers about "
                                                  "1.42 million vehicles.") if c.kind == "quantity"]
    assert claim.subject == "World"


def test_a_countrys_initials_before_a_noun_name_its_place_not_a_pronoun_or_a_sentence_end():
    def subjects(text: str) -> dict[str, tuple]:
        return {c.quote: (c.metric, c.subject) for c in extract_claims(SOURCE, text)}

    assert subjects("The recall covers 612,000 U.S. vehicles.") == \
        {"612,000 U.S. vehicles": ("vehicles.recalled", "United States")}
    assert subjects("The recall covers 612,000 US vehicles.") == \
        {"612,000 US vehicles": ("vehicles.recalled", "United States")}
    assert subjects("About 3,000 U.S. troops were deployed.")["About 3,000 U.S. troops"][1] == "United States"
    assert subjects("He told us 40 people died.") == {"40 people died": ("people.killed", None)}
    assert subjects("Ford is recalling 612,000 U.S. vehicles and 80,000 Canadian ones.")["80,000 Canadian ones"] == \
        ("vehicles.recalled", "Canada")  # "ones": the things named before


def test_a_mass_is_an_extent_named_by_its_noun_and_a_rate_by_its_adjective():
    assert _read("Annual output of 2 million tonnes is expected.")["2 million tonnes"][0] == "output.mass.per_year"
    assert _read("Exports of 2.1 million tonnes fell.")["2.1 million tonnes"][0] == "export.mass"
    assert _read("The bridge has a weight of 300 tonnes.")["300 tonnes"][0] == "mass"
    assert _read("The silo can hold 5,000 tonnes.")["5,000 tonnes"] == ("mass", "capacity")
    # A capital opening the sentence is the adjective's, unless a name goes on after it.
    assert _read("Daily Mail readers gave 5 tonnes of food.")["5 tonnes"][0] == "food.mass"
    assert _read("The refinery has a daily refining capacity of 570,000 barrels.")["570,000 barrels"][0] == \
        "refining_capacity.volume.per_day"
    assert _read("Crews handed out about 200,000 litres of bottled water a day.")["about 200,000 litres"][0] == \
        "volume.per_day"


def test_a_temperature_above_an_average_is_a_difference_past_its_conversion():
    claims = {c.quote: c for c in extract_claims(SOURCE, "May was 2.1C (3.8F) above the 1991-2020 average.")}
    assert set(claims) == {"2.1C", "3.8F"}  # the years of the average count nothing
    assert claims["2.1C"].metric == claims["3.8F"].metric == "temperature.change"
    assert abs(claims["3.8F"].value - 2.11) < 0.01  # a difference of 3.8 F degrees, no -15.7 C reading


def test_years_a_range_joins_are_no_count():
    # the years are a date, all of them, which dates the share
    assert _read("Glaciers lost 10 per cent of their volume between 1960 and 1990.")["between 1960 and 1990"][0] \
        == "date"
    assert "2022" not in _read("Glaciers lost 10 per cent of their volume in two years, 2022 and 2023.")
    assert _read("Between 1500 and 2000 people marched.")["Between 1500 and 2000 people marched"][0] == \
        "people.protested"


def test_a_decade_dates_its_figures_and_a_compared_rate_keeps_its_date_to_itself():
    claims = {c.quote: c for c in extract_claims(
        SOURCE, "It thinned 1.8 metres a year over the past decade, compared with about 0.6 metres a year in the "
                "1990s.")}
    assert claims["1.8 metres"].as_of == "2024-11-07"
    assert claims["about 0.6 metres"].as_of == "1990-01-01/1999-12-31"
    claims = {c.quote: c for c in extract_claims(
        SOURCE, "Alto Quilen, designed in 1995 for 800 inmates, now holds about 1,140.")}
    assert (claims["800 inmates"].as_of, claims["about 1,140"].as_of) == ("1995", "2024-11-07")
    (claim,) = [c for c in extract_claims(SOURCE, "He cited more than 30,000 soldiers killed in June 2024.")
                if c.kind == "quantity"]
    assert claim.as_of == "2024-06"  # "more than" bounds a figure; it compares it with nothing


def test_a_year_before_a_noun_or_a_name_dates_that_occasions_figures():
    found = {c.quote: c.as_of for c in extract_claims(SOURCE, "Forty-seven arrests were made at the 2019 festival.")}
    assert found["Forty-seven arrests were made"] == "2019"
    found = {c.quote: c.as_of for c in extract_claims(SOURCE, "He struck 29 aces at the 2024 U.S. Open.")}
    assert found["29 aces"] == "2024"
    assert not [c for c in extract_claims(SOURCE, "The 2000 people who marched were arrested.") if c.kind == "date"]


def test_a_figure_dated_right_after_it_takes_that_date_in_a_list():
    found = {c.quote: c.as_of for c in extract_claims(
        SOURCE, "Organisers said 62,000 people attended on Friday, 71,000 on Saturday and 68,000 on Sunday.")}
    assert (found["62,000 people attended"], found["71,000"], found["68,000"]) == \
        ("2024-11-01", "2024-11-02", "2024-11-03")


def test_later_after_a_past_date_stays_in_the_past_and_a_total_since_a_year_is_to_date():
    found = {c.quote: c.as_of for c in extract_claims(
        SOURCE, "In August 2013, a hose released ammonia; six workers were hospitalised and regulators later fined "
                "the company $45,000.")}
    assert found["$45,000"] == "2013-08"
    found = {c.quote: c for c in extract_claims(
        SOURCE, "Harlan has paid penalties of $1.54 million since 2018, including a $1.2 million fine in 2021.")}
    assert (found["$1.54 million"].as_of, found["$1.2 million"].as_of) == ("2024-11-07", "2021")
    assert found["$1.2 million"].metric == "fine"


def test_a_valuation_and_a_fine_are_named_by_their_verbs_and_a_sum_more_is_a_difference():
    assert _read("The pricing values Nuvora at about $7.4 billion.")["about $7.4 billion"][0] == "valuation"
    found = _read("Nuvora priced its shares at $31, valuing the company at $7.4 billion (€6.3 billion).")
    assert (found["$31"][0], found["$7.4 billion"][0], found["€6.3 billion"][0]) == \
        ("price", "valuation", "valuation")
    found = _read("The shares rose, lifting its market capitalisation to about €8.5 billion.")
    assert found["about €8.5 billion"][0] == "market_value"  # what the shares trade at, no price-set valuation
    assert _read("Shares jumped, giving the company a market value of roughly $10 billion.")[
        "roughly $10 billion"][0] == "market_value"  # the longest name, not its last word
    assert _read("The regulator fined the water authority $4.2 million.")["$4.2 million"][0] == "fine"
    assert _read("That means an annual season ticket will cost £211 more.")["£211"][0] == "price.change"
    assert _read("Extending the freeze would cost about £250 million.")["about £250 million"][0] == "loss"


def test_a_hedged_duration_is_hedged_in_its_own_unit_and_a_plural_after_a_number_is_a_noun():
    (claim,) = extract_claims(SOURCE, "Brenner won after a final of nearly five hours.")
    assert abs(claim.low - 4.5 / 24) < 1e-9 and abs(claim.high - 5 / 24) < 1e-9
    assert _read("He served 31 aces.")["31 aces"][0] == "aces"


def test_a_start_set_apart_by_commas_takes_its_ends_year():
    dates = {c.quote: c.value for c in extract_claims(
        SOURCE, "Next year's festival will run from Friday, June 19, to Sunday, June 21, 2026.") if c.kind == "date"}
    assert dates["Friday, June 19"] == iso_to_day("2026-06-19")
    assert dates["Sunday, June 21, 2026"] == iso_to_day("2026-06-21")


def test_a_rank_after_no_counts_nothing_and_a_decimal_point_ends_no_clause():
    found = _read("Brenner sent down 27 aces, while Salcedo, the world No. 2, managed 18 aces.")
    assert "2" not in found and found["18 aces"][0] == "aces"
    dates = {c.quote: c.value for c in extract_claims(
        Source(id="t", path="t.txt", published=dt.date(2026, 11, 18)),
        "Passengers will see fares go up by as much as 3.9 per cent from Monday, March 7.") if c.kind == "date"}
    assert dates["Monday, March 7"] == iso_to_day("2027-03-07")  # what will happen is next March's


def test_then_after_a_past_years_date_refers_back_to_it():
    found = {c.quote: c.as_of for c in extract_claims(
        SOURCE, "The response mirrors its reaction in 2019, when six prisoners escaped. Then, three guards were "
                "suspended.") if c.kind == "quantity"}
    assert found["three guards were suspended"] == "2019"
    found = {c.quote: c.as_of for c in extract_claims(
        SOURCE, "On Monday 12 died at the site. Then, 40 more died.") if c.kind == "quantity"}
    assert found["40 more died"] != "2024"  # a date of the story's own: "Then" tells what came next


def test_a_level_a_passive_verb_brings_a_noun_to_is_that_nouns():
    found = _read("The refinery's crude units were cut to about 250,000 b/d from their 340,000 b/d capacity.")
    assert found["about 250,000 b/d"][0] == "unit.per_day"


def test_a_volume_or_a_mass_of_a_stuff_is_named_by_it():
    assert _read("Roughly 5 million cubic metres of ice and rock poured from the glacier.")[
        "Roughly 5 million cubic metres"][0] == "ice.volume"
    assert _read("Police seized 2 tonnes of cocaine.")["2 tonnes"][0] == "cocaine.mass"
    assert _read("The tanker spilled 5,000 barrels of the oil.")["5,000 barrels"][0] == "volume"  # "the oil": known


def test_a_things_length_is_one_figure_however_it_is_told():
    assert _read("Thirteen inmates slipped out through a 48-metre tunnel.")["48-metre"][0] == "tunnel.length"
    found = _read("The inmates crawled out through a 42-metre (98-foot) tunnel.")
    assert found["42-metre"][0] == found["98-foot"][0] == "tunnel.length"
    assert _read("Officials said the tunnel was 42 metres long.")["42 metres"][0] == "tunnel.length"
    found = {c.quote: c for c in extract_claims(
        SOURCE, "They crawled through a tunnel about 138 feet long - 42 metres - that ran from a laundry.")}
    assert found["42 metres"].metric == "tunnel.length" and found["42 metres"].value > 0  # a dash, no minus sign


def test_a_particle_after_a_verb_is_no_role_of_its_own():
    assert _read("Brenner sent down 27 aces.")["27 aces"][0] == "aces"
    assert _read("Air defences downed 20 drones.")["20 drones"][0] == "drones.intercepted"
    assert _read("Forces shot down 20 drones.")["20 drones"][0] == "drones.intercepted"


def test_a_total_is_dated_by_the_days_it_sums_not_by_one_of_them():
    found = {c.quote: c for c in extract_claims(
        SOURCE, "Organisers said 71,000 attended on Saturday and 68,000 on Sunday, a cumulative attendance of "
                "201,000.")}
    assert found["68,000"].as_of == "2024-11-03" and found["201,000"].as_of == "2024-11-02/2024-11-03"
    found = {c.quote: c for c in extract_claims(
        SOURCE, "68,000 fans came on Sunday, a cumulative attendance of 201,000.")}
    assert found["201,000"].as_of_stated is False  # one day told: the total is not that day's


def test_the_size_of_a_change_of_temperature_is_a_difference():
    claims = {c.quote: c for c in extract_claims(
        SOURCE, "Temperatures fell from 29°C to 21°C, a drop of 8°C (14°F).")}
    assert claims["8°C"].metric == claims["14°F"].metric == "temperature.change"
    assert abs(claims["14°F"].value - 7.78) < 0.01


def test_a_breakdown_lists_sums_right_after_its_cue_and_its_total_stands_in_its_paragraph():
    text = ("In 2021 it was fined £400,000 after a smaller discharge.\n\nAnalysts said the direct cost of the "
            "incident, including the clean-up, could reach £4 million to £5 million, less than a tenth of the "
            "group's annual operating profit of £62 million.")
    assert not [c for c in extract_claims(SOURCE, text) if c.part_of]
    found = {c.quote: c for c in extract_claims(
        SOURCE, "The latest total of $5.5 billion includes a $2.6 billion hit to dealers and a $1.6 billion hit to "
                "suppliers.")}
    assert found["$2.6 billion"].part_of == found["$5.5 billion"].id


def test_a_date_opening_a_sentence_of_the_future_is_the_coming_one():
    later = Source(id="t", path="t.txt", published=dt.date(2026, 9, 15))
    found = {c.quote: c for c in extract_claims(
        later, "From January 1, the minimum hourly wage will rise to 15.30 euros.")}
    assert found["January 1"].value == iso_to_day("2027-01-01") and found["15.30 euros"].as_of == "2027-01-01"
    found = {c.quote: c for c in extract_claims(later, "On January 1, the wage rose to 14.40 euros.")}
    assert found["January 1"].value == iso_to_day("2026-01-01")


def test_of_them_takes_no_part_of_a_single_thing():
    found = {c.quote: c for c in extract_claims(SOURCE, "They shared one bottle of water between three of them.")}
    assert not [c for c in found.values() if c.part_of]


def test_a_month_of_the_future_that_is_over_is_next_years():
    later = Source(id="t", path="t.txt", published=dt.date(2025, 11, 3))
    dates = {c.quote: c.low for c in extract_claims(later, "The next championship will be held in October.")
             if c.kind == "date"}
    assert dates["October"] == iso_to_day("2026-10-01")
    dates = {c.quote: c.low for c in extract_claims(later, "Prices rose in October.") if c.kind == "date"}
    assert dates["October"] == iso_to_day("2025-10-01")


def test_a_past_years_own_figure_is_that_years():
    later = Source(id="t", path="t.txt", published=dt.date(2025, 11, 3))
    found = {c.quote: c.as_of for c in extract_claims(
        later, "A peak of 6.4 million people watched online, surpassing last year's 4.3 million.")
        if c.kind == "quantity"}
    assert found == {"6.4 million people watched": "2025-11-03", "4.3 million": "2024-01-01/2024-12-31"}
    found = {c.quote: c.as_of for c in extract_claims(later, "Last year's final in Berlin drew 12,500 fans.")
             if c.kind == "quantity"}
    assert found["12,500 fans"] == "2024-01-01/2024-12-31"
    found = {c.quote: c.as_of for c in extract_claims(later, "This year's final drew 18,000 fans.")
             if c.kind == "quantity"}
    assert found["18,000 fans"] == "2025-11-03"


def test_won_after_a_large_sum_is_money_and_after_a_small_one_a_verb():
    (claim,) = [c for c in extract_claims(SOURCE, "The winners took home 3.2 billion won.") if c.kind == "quantity"]
    assert (claim.unit, claim.value) == ("KRW", 3.2e9)
    assert not [c for c in extract_claims(SOURCE, "The team 3 won the cup.") if c.unit == "KRW"]


def test_power_and_energy_are_measures_in_one_unit_each():
    claims = {c.quote: c for c in extract_claims(
        SOURCE, "The campus will draw 1.1 gigawatts, with the first phase alone drawing 1,300 MW.")}
    assert (claims["1.1 gigawatts"].unit, claims["1.1 gigawatts"].value) == ("MW", 1100)
    assert claims["1,300 MW"].value == 1300
    (claim,) = [c for c in extract_claims(SOURCE, "The plant generated 2.3 terawatt-hours.") if c.kind == "quantity"]
    assert (claim.unit, claim.value) == ("MWh", 2.3e6)
    assert _read("A 150-megawatt site opened.")["150-megawatt"][0] == "site.power"


def test_a_sum_told_as_a_nouns_value_is_named_by_it():
    assert _read("The cash option is $996.4 million.")["$996.4 million"][0] == "cash_option"
    assert _read("A reward of 25 million pesos was offered.")["25 million pesos"][0] == "reward"
    assert _read("The jackpot stood at $1.2 billion.")["$1.2 billion"][0] == "jackpot"
    assert _read("The total was $5 billion.")["$5 billion"][0] == "money"  # a word of a figure names no thing


def test_a_usual_figure_is_a_baseline_and_a_day_of_that_year_is_that_years():
    found = _read("Some 62 private jets landed on Wednesday, against a usual three or four a day.")
    assert found["three"][1] == "earlier value" and found["Some 62 private jets landed"][1] is None
    assert _read("An average of 40 people died.")["40 people died"][1] is None
    found = {c.quote: c for c in extract_claims(
        SOURCE, "The 2020 storm, which struck on June 13 of that year, caused C$1.2 billion in damage.")}
    assert found["June 13"].value == iso_to_day("2020-06-13") and found["C$1.2 billion"].as_of == "2020-06-13"


def test_a_range_of_that_year_is_that_years():
    found = {c.quote: c for c in extract_claims(
        SOURCE, "Six inmates escaped in 2019, and a manhunt for them lasted 23 days, from May 14 to June 6 of that year.")}
    span = found["from May 14 to June 6"]
    assert (span.low, span.high) == (iso_to_day("2019-05-14"), iso_to_day("2019-06-06"))


def test_a_numbered_game_is_one_of_its_series_not_the_series():
    found = _read("Kraken closed it out with a marathon fourth game that lasted 52 minutes. "
                  "Game two lasted 41 minutes. The final lasted nearly four hours.")
    assert found == {"52 minutes": ("match_4.duration", None), "41 minutes": ("match_2.duration", None),
                     "nearly four hours": ("match.duration", None)}
    # "a second round of talks" is as often the story's own talks: only a number next to its noun numbers it
    assert _read("The second round of talks lasted three days.")["three days"] == ("talks.duration", None)


def test_an_audience_on_screens_is_no_crowd_at_the_venue():
    found = _read("A crowd of 18,200 packed the arena. Organisers said 6.4 million people watched online.")
    assert found["18,200"][0] == "people.attended" and found["6.4 million people watched"][0] == "people.watched"


def test_a_figure_singled_out_by_alone_is_a_part():
    found = _read("On Korean platforms alone, the final peaked at around 1.2 million viewers. "
                  "The final peaked at 6.4 million viewers. Its European arm alone employs 4,000 people.")
    assert found["around 1.2 million viewers"][1] == "part" and found["6.4 million viewers"][1] is None
    assert found["4,000 people"][1] == "part"
    assert _read("Left alone, 40 patients waited.")["40 patients waited"][1] is None
    assert _read("Norland alone had revenue of $9.8 billion.")["$9.8 billion"][1] is None  # a name's own figure


def test_a_season_or_fiscal_year_ending_a_sentence_is_a_date_not_a_count():
    found = _read("Corbett drew 3.8 lakh tourists in 2025-26. Sales peaked in 2024-11.")
    assert found == {"3.8 lakh tourists": ("tourists", None), "2025-26": ("date", None), "2024-11": ("date", None)}


def test_a_sums_extreme_is_no_rival_of_the_sum():
    found = _read("The stock opened at $38.50, well above its $31 IPO price, touched an intraday high of $43.10.")
    assert found["$43.10"][0] == "price.high"


def test_a_share_of_a_sum_is_a_part_of_it():
    found = _read("Benfica's share of the fixed fee is 104 million euros. The fixed fee is 130 million euros.")
    assert found == {"104 million euros": ("fixed_price", "part"), "130 million euros": ("fixed_price", None)}


def test_a_share_held_is_no_territory_unless_its_clause_names_territory_or_a_place():
    assert _read("Russia occupies about 20% of Ukraine's territory.")["about 20%"][0] == "territory.occupied"
    assert _read("Russia controls roughly 19% of Ukraine.")["roughly 19%"][0] == "territory.occupied"
    assert _read("20 percent is held by an investment fund.")["20 percent"][0] == "percent"


def test_a_vote_share_is_no_turnout():
    found = _read("Turnout was 52.3 percent, while the country as a whole voted 66.4 per cent Yes.")
    assert found["52.3 percent"][0] == "turnout" and found["66.4 per cent"][0] != "turnout"


def test_a_part_of_a_whole_its_role_is_said_of_is_a_part():
    found = {c.quote: (c.metric, c.scope) for c in extract_claims(SOURCE, (
        "Two of the three people who died were professional drivers. Police named two of the three people killed. "
        "Twelve of the 40 buses were damaged."))}
    assert found["Two of the three people who died"] == ("people.killed", "part")
    assert found["two of the three people killed"] == ("people.killed", "part")
    assert found["Twelve of the 40 buses were damaged"] == ("buses.damaged", None)  # the part's own verb
    found = _read("Northern Tier said 38 of the train's 141 cars derailed.")
    assert found["38 of the train's 141 cars derailed"] == ("cars.derailed", None)


def test_following_a_weekdays_event_is_after_it_not_the_next_weekday():
    found = {c.quote: c for c in extract_claims(SOURCE, (
        "A third person has died following Tuesday's pile-up. The talks resume the following Tuesday."))}
    assert found["Tuesday"].low == iso_to_day("2024-11-05")
    assert found["following Tuesday"].low == iso_to_day("2024-11-12")


def test_the_date_of_an_earlier_report_a_toll_is_set_against_is_not_the_tolls():
    found = {c.quote: c for c in extract_claims(SOURCE, (
        "A woman died overnight, taking the death toll to three from the two reported on Tuesday. "
        "The toll rose to 12 from nine on Monday."))}
    assert found["three"].as_of == "2024-11-07" and found["12"].as_of == "2024-11-04"


def test_a_past_clause_after_a_future_verb_keeps_its_weekday_past():
    claims = extract_claims(SOURCE, (
        "The closures will eliminate about 7,000 jobs, up from the 6,200 it estimated when it filed on Tuesday. "
        "The union will meet on Tuesday when talks resume."))
    found = {c.quote: c for c in claims}
    tuesdays = sorted(c.low for c in claims if c.kind == "date")
    assert tuesdays == [iso_to_day("2024-11-05"), iso_to_day("2024-11-12")]
    assert found["about 7,000 jobs"].as_of == "2024-11-07" and found["6,200"].as_of == "2024-11-05"


def test_a_name_with_letters_outside_ascii_is_one_word_and_its_place():
    # a small town is a place where its text names its country
    for text, place in (("Forty people died in Kroměříž, Czech Republic.", "Kroměříž"),
                        ("In Vsetín, Czech Republic, 210 mm of rain fell.", "Vsetín"),
                        ("Twelve people died in São Paulo.", "São Paulo")):
        (claim,) = extract_claims(SOURCE, text)
        assert claim.subject == place


def test_rain_is_named_past_its_conversion_and_a_crest_is_a_water_level():
    found = _read("The service said 210 mm (8.3 inches) of rain fell at its station. "
                  "The Morava crested at a record 6.9 metres on Saturday.")
    assert found["210 mm"][0] == found["8.3 inches"][0] == "rainfall"
    assert found["6.9 metres"] == ("level", "Morava")  # the river's, without the sentence's "The"


def test_a_margin_told_by_a_copula_is_a_margin():
    found = _read("The margin of victory was close to 290,000 votes. Her lead is 212 votes.")
    assert found["close to 290,000 votes"][0] == found["212 votes"][0] == "people.voted.margin"


def test_people_searched_for_are_missing():
    found = _read("Rescuers were still searching for three people. Police were looking for 12 people.")
    assert found["three people"][0] == found["12 people"][0] == "people.missing"
    assert _read("The company paid for 20 tickets.")["20 tickets"][0] == "tickets"


def test_words_of_guidance_make_only_sums_and_shares_expectations():
    assert not [c for c in extract_claims(SOURCE, "Russian missiles hit energy targets, killing 12 people.")
                if c.hypothetical]
    assert not extract_claims(SOURCE, "Divers guided each caver 1.8 kilometres from the entrance.")[0].hypothetical
    assert extract_claims(SOURCE, "The firm guided for revenue of $5 billion.")[0].hypothetical
    assert extract_claims(SOURCE, "Analysts had expected 180,000 jobs.")[0].hypothetical


def test_a_count_a_change_reached_is_the_level_not_the_change():
    found = _read("The population jumped 9% to 3,925 from 3,682.")
    assert found == {"9%": ("population.change", None), "3,925": ("population", None),
                     "3,682": ("population", "earlier value")}


def test_a_sum_is_named_by_its_noun_after_in_or_of_and_a_debt_under_is_no_bound():
    claims = {c.quote: c for c in extract_claims(SOURCE, (
        "The company listed $1.34 billion in funded debt and just $19 million of cash on hand. "
        "It struggles under $2.5 billion in debt. The bill came in under $5 million."))}
    assert claims["$1.34 billion"].metric == "debt" and claims["$19 million"].metric == "cash"
    burden = claims["under $2.5 billion"]
    assert (burden.metric, burden.low, burden.high, burden.qualifier) == ("debt", 2.5e9, 2.5e9, "exact")
    assert claims["under $5 million"].qualifier == "less_than"


def test_numbers_of_junctions_count_nothing_and_a_stretch_of_a_length_is_its_length():
    found = _read("Both carriageways between junctions 14 and 15, a stretch of about 18km (11 miles), reopened.")
    assert found == {"of about 18km": ("stretch.length", None), "11 miles": ("stretch.length", None)}


def test_spoiled_ballots_are_no_votes_for_anyone():
    found = _read("Some 15,151 ballots were spoiled, leaving 1,805,000 valid votes. There were 12,400 invalid votes.")
    assert found["Some 15,151 ballots were spoiled"][0] == found["12,400 invalid votes"][0] == "people.spoiled"
    assert found["1,805,000 valid votes"][0] == "people.voted"


def test_a_figure_listed_after_a_usual_level_is_no_baseline():
    found = _read("The store, which sells between 1,200 and 1,500 lottery tickets on a normal week, sold more "
                  "than 9,000 in the last three days.")
    assert found["between 1,200 and 1,500 lottery tickets"][1] == "earlier value"
    assert found["more than 9,000"][1] is None


def test_a_count_given_for_one_reason_after_a_count_given_for_none_is_its_part():
    claims = {c.quote: c for c in extract_claims(SOURCE, (
        "Emergency services had treated 112 people by 10 p.m., most for minor falls, and four for eye damage. "
        "Police arrested 20 people for looting and 5 for arson."))}
    assert (claims["four"].scope, claims["four"].part_of) == ("part", claims["112 people"].id)
    assert claims["5"].scope is None  # each group has its reason: neither is the other's part


def test_a_sentence_opened_by_a_numbered_occasion_gives_that_occasions_figures():
    found = _read("In the fifth set, which lasted 71 minutes, Salcedo saved four break points. "
                  "Salcedo saved 14 of the 19 break points he faced. In the first quarter, revenue rose to $2 billion.")
    assert found["four break points"] == ("points.rescued", "set 5") and found["14"][1] is None
    assert found["$2 billion"][1] is None  # a quarter is a time, no occasion


def test_a_count_said_of_one_more_thing_of_its_kind_is_another_occurrences():
    found = _read("A second boat carrying 47 people reached the pier. Another 20 people were injured. "
                  "About 95 people were on board.")
    assert found["47 people"][1] == "another occurrence" and found["About 95 people were on board"][1] is None
    assert found["20 people were injured"][1] == "additional"


def test_a_margin_told_with_its_of_about_is_a_margin():
    assert _read("That's a margin of about 6,600 votes.")["of about 6,600 votes"][0] == "people.voted.margin"


def test_a_scheduled_present_speaks_ahead_and_what_was_said_keeps_its_own_tense():
    claims = extract_claims(SOURCE, (  # published Thursday 7 November 2024
        "Fares begin on Monday. Free rides continue until Sunday night. The firm that will run the line said "
        "185,000 passengers rode it on Tuesday."))
    days = {c.quote: c.low for c in claims if c.kind == "date"}
    assert days == {"Monday": iso_to_day("2024-11-11"), "Sunday night": iso_to_day("2024-11-10"),
                    "Tuesday": iso_to_day("2024-11-05")}


def test_soles_and_cedis_are_money():
    units = {c.quote: c.unit
             for c in extract_claims(SOURCE, "The line cost 18.6 billion soles. It cost GH¢150 million.")}
    assert units == {"18.6 billion soles": "PEN", "GH¢150 million": "GHS"}
    assert not [c for c in extract_claims(SOURCE, "He has lost his pen 7 times.") if c.unit == "PEN"]  # a word


def test_a_figure_holds_as_of_the_date_its_clause_says():
    claims = {c.quote: c for c in extract_claims(SOURCE, (
        "The drive passed the halfway mark over the weekend, with 5.4 million children vaccinated as of Monday, "
        "November 4, the health service said."))}
    assert claims["5.4 million children vaccinated"].as_of == "2024-11-04"


def test_a_fare_is_no_price_of_what_carries_it():
    found = _read("Fares of 2.50 soles begin on Monday. "
                  "Its final cost of 18.6 billion soles was 44 percent above budget.")
    assert found["2.50 soles"][0] == "fare" and found["18.6 billion soles"][0] != "fare"


def test_a_datelines_dash_is_no_range_of_days_or_numbers():
    found = {c.quote: c for c in extract_claims(SOURCE, "ROME, Nov 6 - 12 divers joined the search on Wednesday.\n")}
    assert found["Nov 6"].value == iso_to_day("2024-11-06") and found["12 divers"].value == 12
    found = {c.quote: c for c in extract_claims(SOURCE, "AUSTIN, Texas, Nov. 6 - Twelve divers joined the search.")}
    assert found["Twelve divers"].value == 12
    assert _read("The festival runs Nov 16 - 20 in Rome.")["Nov 16 - 20"][0] == "date"  # a range in a sentence


def test_of_the_injured_is_all_of_them_not_a_part_told_before():
    found = {c.quote: c for c in extract_claims(SOURCE, (
        "Twenty-one people were injured, eight of them seriously, the ambulance service said. Fourteen of the "
        "injured were taken to hospital."))}
    whole = found["Twenty-one people were injured"]
    assert found["eight of them"].part_of == whole.id
    # What the part's own verb says of it is its role, a part of the whole still
    fourteen = found["Fourteen of the injured were taken to hospital"]
    assert (fourteen.metric, fourteen.part_of) == ("people.hospitalized", whole.id)


def test_a_temperature_restated_in_an_aside_before_its_comparative_is_a_difference():
    found = _read("Air temperatures ran as much as 6 degrees Celsius, or almost 11 degrees Fahrenheit, above normal.")
    assert found["as much as 6 degrees Celsius"][0].endswith(".change")
    assert found["almost 11 degrees Fahrenheit"][0].endswith(".change")
    assert not _read("Temperatures reached 40C (104F) in Seville.")["104F"][0].endswith(".change")


def test_that_year_after_a_paragraph_break_is_the_year_of_the_event_named_in_its_paragraph():
    found = {c.quote: c for c in extract_claims(SOURCE, (
        "It is the first outage since August 2016.\n\nThe 2014 avalanche, which killed 16 Sherpas, led to a strike "
        "that ended that year's season."))}
    assert found["that year"].low == iso_to_day("2014-01-01")
    assert found["16 Sherpas"].value == 16  # a people named with a capital, counted


def test_a_division_s_sides_and_abstentions_are_figures_of_their_own():
    found = _read("Seventy-one deputies voted against, 72 voted for the motion and three abstained. There were three "
                  "abstentions. About 3 million people voted.")
    assert found["Seventy-one deputies voted against"][0] == "deputies.voted_against"
    assert found["72 voted"][0] == "people.voted_for"
    assert found["three abstained"][0] == found["three abstentions"][0] == "people.abstained"
    assert found["About 3 million people voted"][0] == "people.voted"


def test_a_size_told_by_what_it_could_do_is_no_count():
    claims = {c.quote: c for c in extract_claims(SOURCE, (
        "Reactor 2 produces 1.2 gigawatts, enough to power around two million homes. The leak would fill the "
        "equivalent of 3 Olympic swimming pools. 12,400 homes lost power."))}
    assert claims["around two million homes"].hypothetical and claims["3 Olympic swimming pools"].hypothetical
    assert not claims["12,400 homes lost power"].hypothetical
    assert "2 produces" not in claims  # "Reactor 2": a name's number


def test_an_early_estimate_is_the_earlier_value_of_the_figure_before_it():
    found = _read("Officials said 12,400 homes lost power, revising an early estimate of about 8,000.")
    assert found["of about 8,000"] == (found["12,400 homes lost power"][0], "earlier value")


def test_a_place_named_right_after_a_figure_is_its_own_not_another_clauses():
    found = {c.quote: c for c in extract_claims(SOURCE, (
        "The families of the nine people killed on Everest this week have begun to gather in Kathmandu."))}
    assert found["nine people killed"].scope == "Everest" and found["nine people killed"].subject is None


def test_a_division_told_by_its_sides_words_alone():
    found = _read("The motion drew 61 votes in favour and 85 against. The Yes side won 1,046,900 votes against 758,100 "
                  "for No. Three members abstained and four did not take part in the vote.")
    assert found["61 votes"][0] == "people.voted_for" and found["85 against"][0] == "people.voted_against"
    assert found["1,046,900 votes"][0] == "people.voted"  # "against" leads the other side's count
    assert "four" not in found  # a verb of their own, denied: no abstention


def test_how_far_short_and_what_is_needed_are_no_count_of_what_happened():
    claims = {c.quote: c for c in extract_claims(SOURCE, (
        "The motion fell four votes short of the 76 votes needed. A crowd of 61,482 - just short of capacity - rose."))}
    assert claims["four votes"].metric == "people.voted.margin" and claims["76 votes"].hypothetical
    assert claims["61,482"].metric == "people.attended"


def test_a_million_before_a_unit_is_no_metre():
    found = {c.quote: c for c in extract_claims(SOURCE, "Ice covered 3.31m sq km, or 1.28m sq miles. A 10m wall fell.")}
    assert found["3.31m sq km"].value == 3_310_000 and round(found["1.28m sq miles"].value, -4) == 3_320_000
    assert found["10m"].value == 0.01  # a wall ten metres high


def test_a_number_to_call_and_a_street_block_count_nothing():
    found = _read("The ground gave way in the 900 block of Hamilton Street, shortly after a resident called 911 to "
                  "report cracks. The army called 100 reservists.")
    assert "900 block" not in found and "911" not in found and "100 reservists" in found


def test_precious_metals_are_weighed_in_troy_ounces():
    found = {c.quote: c for c in extract_claims(SOURCE, "The mine produced 212,000 ounces (6.6 tonnes) of gold in "
                                                        "2023. The steak weighed 12 ounces.")}
    assert round(found["212,000 ounces"].value) == 6594 and round(found["12 ounces"].value, 3) == 0.34


def test_a_day_of_the_month_a_sentence_dated_with_its_year_is_of_that_year():
    found = {c.quote: c for c in extract_claims(SOURCE, (
        "The last shutdown came in December 2023, when snow closed both runways from Friday, December 1. "
        "Prices have risen since June 2019, and on Monday, March 4, the bank acted."))}
    assert found["Friday, December 1"].value == iso_to_day("2023-12-01")
    assert found["Monday, March 4"].value == iso_to_day("2024-03-04")  # another month: the story's year


def test_what_people_did_alone_is_their_figures_role():
    found = _read("52,230 patients waited more than 12 hours. 5,000 people gathered in the square. 300 workers built "
                  "the bridge. 40 people tried to flee.")
    assert found["52,230 patients waited"][0] == "people.waited"
    assert found["5,000 people gathered"][0] == "people.gathered"
    # nothing said to have happened to them: they are what their own noun says, whatever people they are
    assert found["300 workers"][0] == "workers" and found["40 people"][0] == "people"


def test_what_usually_runs_and_the_rest_of_a_whole_are_no_totals():
    found = _read("About 1,400 trains a day will not run out of the 2,300 normally scheduled. Twenty-four miners were "
                  "rescued. The other 13 rescued miners were treated at the scene.")
    assert found["2,300"][1] == "earlier value"
    assert found["13 rescued miners were treated"] == ("people.rescued", "part")


def test_a_count_told_by_a_time_of_day_is_the_days_count_so_far(tmp_path):
    import json

    from checker.report import render
    from checker.run import run

    (tmp_path / "a.txt").write_text("By 9am on Thursday, 3,100 services had been cancelled across the network.\n")
    (tmp_path / "b.txt").write_text("A total of 6,200 services were cancelled on Thursday, the operator said.\n")
    (tmp_path / "sources.yaml").write_text('a:\n  outlet: "A"\n  published: "2025-03-20T10:00:00+00:00"\n'
                                           'b:\n  outlet: "B"\n  published: "2025-03-20T22:00:00+00:00"\n')
    findings = json.loads(render(run([str(tmp_path)]), "json"))["findings"]
    assert not [f for f in findings if f["severity"] == "error"]  # a count rising through the day, no conflict


def test_what_a_thing_costs_is_its_price_whatever_kind_of_thing_it_is():
    found = _read("Tickets cost £24.50 for adults. An adult day ticket now costs £26.50. Every day of downtime costs "
                  "$2 million.")
    assert found["£24.50"][0] == found["£26.50"][0] == "price"
    assert found["$2 million"][0] != "price"  # a span of time's cost: a loss


def test_a_day_opening_a_sentence_told_in_the_past_is_the_tellings_whatever_the_telling_says_ahead():
    found = {c.quote: c for c in extract_claims(SOURCE, (
        "On Tuesday, the chief executive announced that each family would receive $5,000.\n\n"
        "From Monday, the minimum wage will rise to $15."))}
    assert found["Tuesday"].value == iso_to_day("2024-11-05") and found["Monday"].value == iso_to_day("2024-11-11")


def test_the_date_of_figures_compared_in_a_list_is_theirs_alone():
    found = {c.quote: c for c in extract_claims(SOURCE, (
        "An adult ticket now costs £24.50 and a child ticket £17, up from £22 and £15.50 last year."))}
    assert found["£24.50"].as_of == "2024-11-07" and found["£15.50"].as_of.startswith("2023")


def test_a_part_of_a_grouped_or_decimal_count_is_a_part_of_it():
    found = _claims("Officials said 1,210 personnel are now assigned to the fire, 1,450 of them from other states.")
    assert found["1,450 of them"].part_of == found["1,210 personnel are now assigned"].id
    found = _claims("About 1.5 million people fled, 400,000 of them children.")
    assert found["400,000 of them"].part_of == found["About 1.5 million people fled"].id


def test_a_noun_of_time_after_last_or_each_is_the_time_of_its_clause_not_a_number_it_names():
    assert _read("Last week 45 people died of heat.")["45 people died"][0] == "people.killed"
    assert "3" not in _read("On day 3 of the strike, 40 schools closed.")  # a day of the strike, still


def test_a_verb_across_a_comma_does_not_govern_the_number_after_it():
    # "strike" ends an opening phrase; it is no verb of the schools, which closed
    assert _read("On day 3 of the strike, 40 schools closed.")["40 schools closed"][0] == "schools.closed"


def test_ages_listed_after_a_count_are_no_counts():
    found = _read("The four survivors include the two children, ages 9 and 12.")
    assert "9" not in found and "12" not in found and found["two children"][0] == "children.survived"


def test_a_place_told_right_before_its_figure_is_its_own_in_a_breakdown():
    text = ("New South Wales recorded 24 deaths, Victoria 19, Queensland 16 and Tasmania three.\n\n"
            "New South Wales has recorded the highest toll, with 15 deaths, followed by Victoria with 11 and "
            "Queensland on 10.")
    subjects = {q: c.subject for q, c in _claims(text, dt.date(2026, 1, 5)).items()}
    assert subjects == {"24 deaths": "New South Wales", "19": "Victoria", "16": "Queensland", "three": "Tasmania",
                        "15 deaths": "New South Wales", "11": "Victoria", "10": "Queensland"}


def test_a_date_told_of_a_compared_figure_does_not_date_the_figure_before_it():
    found = _claims("Sixteen people were killed on the roads over the holidays, two fewer than the 18 who died over "
                    "the same stretch a year ago.", dt.date(2025, 12, 30))
    assert found["Sixteen people were killed"].as_of == "2025-12-30"
    assert found["18 who died"].as_of == "2024-12-30"


def test_a_month_before_a_comma_and_a_count_is_the_counts_month():
    found = _claims("In January, 1,050 objections had been lodged.", dt.date(2026, 3, 10))
    assert found["1,050 objections had been lodged"].as_of == "2026-01"


def test_a_result_with_no_opponent_named_counts_nothing():
    found = _read("Australia won by 185 runs to take an unbeatable 2-0 lead in the series. They lead the series 2-0.")
    assert set(found) == {"185 runs"}


def test_pounds_a_tonne_are_a_price_and_kilometres_per_second_a_speed():
    found = _claims("In London, cocoa traded at 8,650 pounds a tonne. The rock moved at 21.4 km/s.")
    assert (found["8,650 pounds"].unit, found["8,650 pounds"].metric) == ("GBP", "money.per_tonne")
    assert (found["21.4 km/s"].unit, found["21.4 km/s"].value) == ("km/h", 77040.0)
    assert _claims("The bag weighed 50 pounds.")["50 pounds"].unit == "kg"


def test_a_count_told_as_the_level_its_subject_stood_at_or_reached_is_that_count():
    # "Cases rose to 1,640" and another outlet's "1,700 cases" are one figure told twice
    assert _read("Net migration stood at 782,000 in the year to June.")["782,000"][0] == "net_migration"
    assert _read("Cases rose to 1,640.")["1,640"][0] == "cases"
    assert _read("The number of cases rose to 1,640.")["1,640"][0] == "cases"
    assert _read("Officials counted 1,700 cases.")["1,700 cases"][0] == "cases"
    assert _read("The death toll rose to 288.")["288"][0] == "people.killed"  # a total says its own role
    assert _read("Temperatures rose to 40 on Friday.") == {"Friday": ("date", None)}  # a measure with no unit


def test_a_participle_before_a_compound_noun_modifies_it():
    assert _read("393,000 sponsored study visas were granted.") == {
        "393,000 sponsored study visas were granted": ("visas.granted", None)}
    found = _read("Rescuers refloated 95 long-finned pilot whales.")
    assert found["95 long-finned pilot whales"][0] == "whales.refloated"


def test_what_making_something_costs_is_its_price_and_a_past_year_after_since_early_dates_its_when_clause():
    assert _read("It is expected to cost £280 million to build.")["£280 million"][0] == "price"
    assert _read("The strike cost the company $40 million.")["$40 million"][0] != "price"
    found = _claims("Prices have soared since early 2024, when cocoa traded at $4,200 a tonne.", dt.date(2025, 3, 4))
    assert found["$4,200"].as_of == "2024"


def test_of_those_takes_the_count_before_not_a_measure_between():
    found = _claims("The cabin was carrying 15 people when it fell 2,350 metres. Fourteen of those aboard were "
                    "passengers.")
    assert found["Fourteen of those aboard"].metric == "people.carried"
    assert found["Fourteen of those aboard"].part_of == found["15 people"].id


def test_a_candidates_votes_are_theirs_when_had_or_told_past_an_aside_or_a_name_opening_the_sentence():
    found = _read("Whitfield had 88,412 votes. Santos received 128,400 votes. Whitfield, 47, won the race with 91,240 "
                  "votes. Lena Park, a school board member, finished with just over 10,000 votes.")
    assert found["88,412 votes"] == ("people.voted", "Whitfield")
    assert found["128,400 votes"] == ("people.voted", "Santos")
    assert found["91,240 votes"] == ("people.voted", "Whitfield")
    assert found["just over 10,000 votes"] == ("people.voted", "Lena Park")
    assert _read("The party has 31 seats.")["31 seats"][1] is None  # a dictionary word opening the sentence


def test_a_total_since_a_year_long_before_is_over_that_span_not_the_storys_day():
    found = _claims("At least 1,680 students have been kidnapped in the region since 2014. Gunmen abducted 113 pupils "
                    "on Tuesday. Four miners have died since Tuesday.", dt.date(2025, 11, 19))
    assert found["At least 1,680 students have been kidnapped"].as_of == "2014/2025-11-19"
    assert found["Four miners have died"].as_of == "2025-11-19"  # a span of the story's own days: as of the telling


def test_ages_after_they_are_are_no_counts():
    assert set(_read("Two daughters were taken. They are 14 and 16.")) == {"Two daughters were taken"}


def test_sums_of_several_hundred_million_and_pence_and_scaled_pounds_are_money():
    found = _claims("Damage would run into several hundred million euros. The standing charge is 53.68p a day, "
                    "against £1,755 a year. Visitors brought an estimated 190 million pounds into the economy.")
    vague = found["several hundred million euros"]
    assert (vague.low, vague.high, vague.qualifier) == (3e8, 9e8, "vague")
    assert (found["53.68p"].unit, found["53.68p"].value) == ("GBP", 0.5368)
    assert found["an estimated 190 million pounds"].unit == "GBP"
    assert _claims("The rocket produces 1.6 million pounds of thrust.")["1.6 million pounds"].unit == "kg"
    assert _claims("About 4.1 million households will be affected.")[
        "About 4.1 million households will be affected"].value == 4_100_000


def test_a_country_that_only_counts_what_happened_in_it_is_its_figures_place():
    found = _claims("The Democratic Republic of Congo has now confirmed 8,310 cases. Kenya recorded seven deaths. "
                    "Russia launched 16 cruise missiles.")
    assert found["8,310 cases"].subject == "Democratic Republic of the Congo"
    assert found["seven deaths"].subject == "Kenya"
    assert found["16 cruise missiles"].subject is None  # a country that acts is no place of its figure


def test_a_share_for_a_party_named_past_its_article_and_kind_is_its():
    found = _read("The Alliance held 41.8 per cent of first-preference votes, against 36.5 per cent for the "
                  "opposition National Reform Party.")
    assert found["41.8 per cent"][1] == "Alliance" and found["36.5 per cent"][1] == "National Reform Party"


def test_a_dash_opens_the_breakdown_of_the_count_its_own_clause_ends_on():
    found = _claims("She was fifth after the jury vote, with 231 points, but a landslide in the televote - 281 points, "
                    "the highest of the night - carried her past Sweden. Nine people were killed - seven employees "
                    "and three contractors.")
    assert found["281 points"].part_of is None
    assert found["seven employees"].part_of == found["Nine people were killed"].id
