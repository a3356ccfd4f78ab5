"""Readings found on a fifth round of stories: outbreaks, box offices, ship fires, bailouts, cold snaps, fines,
hostages, pile-ups, surges, layoffs, camp fires, export bans, wrecks and reactors."""

from __future__ import annotations

import datetime as dt

from checker.extract.pipeline import extract_claims
from checker.model import Source, day_to_iso
from contexts import story_report

SOURCE = Source(id="t", path="t.txt", published=dt.date(2026, 3, 11))  # a Wednesday


def _claims(text: str, source: Source = SOURCE) -> dict:
    return {c.quote: c for c in extract_claims(source, text)}


def _day(claim) -> str:
    return day_to_iso(int(claim.value))


def test_the_whole_of_a_part_takes_no_verb_of_a_later_clause():
    claims = _claims("Officials said 79 of the 112 crew drowned when the ship sank.")
    assert claims["79 of the 112 crew drowned"].metric == "crew.killed"
    assert claims["112 crew"].metric == "crew"
    # the whole's own role stays its own when the part's verb follows
    claims = _claims("19 of the 25 people injured were children.")
    assert claims["25 people injured"].metric == "people.injured"


def test_one_of_a_whole_makes_the_number_after_of_a_whole():
    claims = _claims("One of the plant's two reactors shut itself down.")
    assert claims["two reactors"].metric == "reactors"


def test_a_date_after_a_comparison_dates_the_figure_compared_with():
    claims = _claims("Peru has logged 48,312 dengue cases since January, more than double the tally at the same "
                     "point last year.")
    assert claims["48,312 dengue cases"].as_of == "2026-03-11"
    claims = _claims("The case fatality rate of 0.08 per cent is below the 0.16 per cent seen during the 2023 "
                     "epidemic.")
    assert claims["0.08 per cent"].as_of == "2026-03-11"
    assert claims["0.16 per cent"].as_of.startswith("2023")
    claims = _claims("Iquitos has registered 2,300 cases, three times the number a month ago.")
    assert claims["2,300 cases"].as_of == "2026-03-11"
    # a date after the figure with no comparison between is still the figure's
    claims = _claims("The film took $98.1M in 2022.")
    assert claims["$98.1M"].as_of.startswith("2022")


def test_how_badly_people_were_hurt_makes_them_a_part_of_the_hurt():
    claims = _claims("Nine people were seriously injured.")
    assert (claims["Nine people were seriously injured"].metric, claims["Nine people were seriously injured"].scope) \
        == ("people.injured", "seriously")
    assert _claims("Twelve people suffered minor injuries.")["Twelve people suffered minor injuries"].scope \
        == "slightly"
    assert _claims("Forty people were hurt.")["Forty people were hurt"].scope is None
    # a degree after the role is no degree of the people counted
    assert _claims("Five people were killed in a serious crash.")["Five people were killed"].scope is None


def test_an_adverb_of_a_modifier_stays_inside_the_noun_phrase():
    claims = _claims("Three critically injured passengers were flown to Leeds.")
    quote = "Three critically injured passengers were flown"
    assert (claims[quote].metric, claims[quote].scope) == ("passengers.injured", "critically")
    assert _claims("Fire destroyed 40 newly built homes.")["40 newly built homes"].metric.startswith("houses")


def test_captives_freed_and_held_are_read_as_people():
    assert _claims("The government released 27 prisoners on Sunday.")["27 prisoners"].metric == "prisoners.freed"
    quote = "Eleven hostages have now been released"
    assert _claims("Eleven hostages have now been released by militants.")[quote].metric == "hostages.freed"
    quote = "Two hostages remain in captivity"
    assert _claims("Two hostages remain in captivity.")[quote].metric == "hostages.held"
    quote = "four hostages have landed"
    assert _claims("The four hostages have landed at Ciampino airport.")[quote].metric == "hostages.arrived"
    # things that land still hit
    assert _claims("Two drones landed on the roof.")["Two drones landed"].metric == "drones.hit"


def test_a_glued_m_before_people_is_a_million():
    claims = _claims("The 1.2m people who sheltered on Sunday night returned home.")
    assert (claims["1.2m people"].value, claims["1.2m people"].unit) == (1_200_000, "count")
    claims = _claims("The 4m waves hit the coast.")
    assert claims["4m"].unit == "km"


def test_the_minutes_of_a_clock_time_are_no_measure():
    claims = _claims("11:45 PT - Studio numbers are in! The film took $58.2M on Friday.")
    assert [c.quote for c in claims.values() if c.kind == "quantity"] == ["$58.2M"]


def test_weekdays_joined_by_and_come_in_order():
    claims = _claims("Schools canceled classes Wednesday and Thursday for 300,000 students.")
    assert (_day(claims["Wednesday"]), _day(claims["Thursday"])) == ("2026-03-11", "2026-03-12")
    claims = _claims("Schools closed on Monday and Tuesday.")
    assert (_day(claims["Monday"]), _day(claims["Tuesday"])) == ("2026-03-09", "2026-03-10")


def test_a_passive_verb_of_telling_tells_no_ones_words():
    claims = _claims("The company said 400 staff had been told and the rest will be told by Thursday.")
    assert _day(claims["Thursday"]) == "2026-03-12"


def test_a_maturity_looks_no_weekday_ahead():
    claims = _claims("Tunisia's dollar bonds due 2027 rose more than 3 cents on the dollar on Thursday.")
    assert _day(claims["Thursday"]) == "2026-03-05"
    claims = _claims("Results are due on Thursday.")
    assert _day(claims["Thursday"]) == "2026-03-12"


def test_one_figure_in_two_units_across_dashes_is_no_range_but_a_conversion(tmp_path):
    claims = _claims("The fire burned roughly 12 hectares - about 50 acres - of the camp.")
    assert claims["roughly 12 hectares"].qualifier == "about"
    assert claims["about 50 acres"].qualifier == "about"
    assert _claims("The lake rose 10 - 12 metres.")["10 - 12 metres"].qualifier == "range"
    report = story_report(tmp_path, ("2026-03-11T09:00:00+00:00",
                                     "The fire burned roughly 12 hectares - about 50 acres - of the camp."))
    assert [f.code for f in report.findings if f.severity == "warning"] == ["FC401"]


def test_how_cold_it_feels_is_no_temperature_of_the_air():
    claims = _claims("The wind chill at O'Hare bottomed out at minus 52F on Wednesday.")
    assert claims["minus 52F"].metric == "apparent_temperature"
    assert _claims("A wind chill of -45F was recorded.")["-45F"].metric == "apparent_temperature"
    # the air's own, at the low it dropped to
    assert _claims("The temperature at O'Hare dropped to minus 29F.")["minus 29F"].metric == "temperature.low"


def test_a_glued_c_after_minus_is_a_temperature():
    assert _claims("Franca registered minus 1.5C on Tuesday.")["minus 1.5C"].unit == "degC"


def test_a_place_framing_what_officials_counted_is_the_counts_place():
    claims = _claims("In Texas, officials have confirmed nine deaths.")
    assert claims["nine deaths"].subject == "Texas"
    # a place framing what was said of somewhere else is not
    assert _claims("In Paris, diplomatic sources said 40 people met.")["40 people"].subject is None


def test_a_sentences_first_word_alone_is_no_speaker():
    quote = "15.2 million tonnes"
    claims = _claims("Some warned that the harvest forecast of 15.2 million tonnes was too high.")
    assert claims[quote].attributed_to is None
    assert _claims("Local officials said 40 people died.")["40 people died"].attributed_to == "Local officials"


def test_a_count_set_off_by_dashes_takes_the_verb_after_them():
    claims = _claims("Three people — two Chinese engineers and a Nigerien driver — are still being held.")
    assert claims["Three people"].metric == "people.held"
    claims = _claims("The families of the two hostages still in captivity were told.")
    assert claims["two hostages still in captivity"].metric == "hostages.held"
    claims = _claims("Five other captives remain in the hands of their kidnappers.")
    assert claims["Five other captives remain in the hands of"].metric == "hostages.held"


def test_captives_freed_on_a_later_day_are_an_update(tmp_path):
    report = story_report(tmp_path,
                          ("2026-03-15T18:00:00+00:00", "Nine foreign hostages were freed on Sunday."),
                          ("2026-03-16T12:00:00+00:00", "Eleven hostages have now been released by militants."))
    assert not [f.code for f in report.findings if f.severity in ("error", "warning")]


def test_a_restatement_in_another_unit_keeps_the_bound_of_what_it_restates():
    claims = _claims("Visibility was less than 50 metres (164ft).")
    assert (claims["164ft"].qualifier, claims["164ft"].low) == ("less_than", None)
    claims = _claims("The body temperature rises above 40C (104F).")
    assert claims["104F"].qualifier == "more_than"
    assert _claims("The plant is 12 miles (19 km) south of the city.")["19 km"].qualifier == "exact"


def test_what_had_been_expected_of_a_weekday_looks_back():
    claims = _claims("Forecasters had expected an even hotter Wednesday, with highs of 50C.",
                     Source(id="t", path="t.txt", published=dt.date(2026, 5, 29)))
    assert _day(claims["Wednesday"]) == "2026-05-27"


def test_a_promise_is_told_as_will_tells_it():
    claims = _claims("The government has promised to cut the budget deficit to 4.5% of GDP by 2028.")
    assert not claims["4.5%"].hypothetical
    assert _claims("The deficit is expected to fall to 4.5% by 2028.")["4.5%"].hypothetical


def test_some_of_a_whole_named_by_its_participle_are_a_part():
    claims = _claims("About 1,300 of the jobs being eliminated are in the United States.")
    quote = "About 1,300 of the jobs being eliminated"
    assert (claims[quote].metric, claims[quote].scope) == ("jobs.cut", "part")


def test_a_number_after_a_scale_joins_it_only_before_another_scale():
    claims = _claims("Brazil will harvest 55.7 million 60-kg bags this year.")
    assert (claims["55.7 million 60-kg bags"].value, claims["55.7 million 60-kg bags"].metric) \
        == (55_700_000, "bags.harvested")
    assert _claims("Exports reached 2 million 300 thousand tonnes.")["2 million 300 thousand tonnes"].value \
        == 2_300_000_000


def test_how_old_counted_people_were_is_no_count():
    claims = _claims("Pakistan says 17 of its pilgrims died, of whom nine were over 70.")
    assert sorted(c.quote for c in claims.values()) == ["17 of its pilgrims died", "nine"]
    assert "under 18" not in _claims("Two of the victims are under 18.")


def test_a_count_in_a_relative_clause_takes_no_verb_of_the_main_clause():
    claims = _claims("Camp 9, which is home to some 13,000 refugees, was badly hit.")
    assert claims["some 13,000 refugees"].metric == "refugees"
    assert _claims("The crash, which killed 12 people, was the worst in years.")["12 people"].metric \
        == "people.killed"


def test_a_count_takes_its_verb_past_the_parts_it_includes():
    claims = _claims("Twelve people, including three children, were killed.")
    assert claims["Twelve people"].metric == "people.killed"


def test_a_state_told_of_a_later_count_is_none_of_the_first():
    claims = _claims("Forty people were injured and nine of them were in a serious condition.")
    assert claims["Forty people were injured"].scope is None
    assert _claims("Three people remained in critical condition.")["Three people"].scope == "in critical condition"


def test_people_who_lost_their_homes_are_displaced():
    quote = "Nearly 15,000 people have lost their homes"
    assert _claims("Nearly 15,000 people have lost their homes.")[quote].metric == "people.displaced"


def test_a_running_total_told_exactly_a_day_after_its_bound_drops_nothing(tmp_path):
    report = story_report(tmp_path,
                          ("2026-05-18T12:00:00+00:00", "At least 41 people are still missing."),
                          ("2026-05-19T09:00:00+00:00", "The bulletin lists 41 people missing."))
    assert "FC501" not in [f.code for f in report.findings]
    (tmp_path / "same").mkdir()
    report = story_report(tmp_path / "same",
                          ("2026-05-18T12:00:00+00:00", "At least 41 people are still missing."),
                          ("2026-05-18T15:00:00+00:00", "The bulletin lists 41 people missing."))
    assert "FC501" in [f.code for f in report.findings]


def test_a_number_between_a_and_a_singular_noun_names_it():
    assert _claims("A 1695 report described the wreck.") == {}
    assert _claims("The 2019 report found 12 faults.")["12 faults"].as_of.startswith("2019")


def test_people_is_a_plural_that_ends_a_noun_phrase():
    assert _claims("The plant has 41,000 people living within 30 km.")["41,000 people"].metric == "people"


def test_a_level_the_text_tells_in_the_past_perfect_is_an_earlier_value():
    claims = _claims("Police confirm a fifth death. The toll had stood at three on Sunday evening.")
    assert claims["three"].scope == "earlier value"
    # someone's words in the tense of telling are their current figure
    assert _claims("Officials said the toll had risen to 17.")["17"].scope is None


def test_a_fire_that_raged_or_burned_for_a_time_lasted_that_long():
    assert _claims("The fire raged for more than four hours.")["more than four hours"].metric == "fire.duration"
    assert _claims("The blaze burned for nearly three hours.")["nearly three hours"].metric == "fire.duration"


def test_its_after_a_place_makes_the_count_that_places():
    claims = _claims("Pakistan says 17 of its pilgrims died.")
    assert (claims["17 of its pilgrims died"].metric, claims["17 of its pilgrims died"].subject) \
        == ("people.killed", "Pakistan")
    assert _claims("Indonesia said 49 of its citizens had died.")["49 of its citizens had died"].subject == "Indonesia"


def test_a_list_of_parts_ends_where_the_figures_go_on_in_sequence():
    claims = {c.quote: c for c in extract_claims(SOURCE, (
        "It grossed $58.2M on Friday, including $19.7M from Thursday previews, followed by $47.9M Saturday and an "
        "estimated $36.5M Sunday."))}
    assert claims["$19.7M"].part_of == claims["$58.2M"].id
    assert claims["$47.9M"].part_of is None and claims["an estimated $36.5M"].part_of is None


def test_each_companys_shares_move_on_their_own():
    claims = _claims("AMC Entertainment shares rose 4%. IMAX Corp shares rose 2.4%. Shares of Norvane fell 3.1%.")
    assert [claims[q].scope for q in ("4%", "2.4%", "3.1%")] == ["AMC Entertainment", "IMAX Corp", "Norvane"]
    assert _claims("Shares fell 2% on Monday.")["2%"].scope is None


def test_a_number_glued_to_a_word_by_a_hyphen_is_no_count_of_the_noun_after():
    claims = _claims("The fire tripped three 345-kV circuits.")
    assert list(claims) == ["three 345-kV circuits"]


def test_a_speaker_is_named_past_an_aside_or_in_lower_case_after_according_to():
    claims = _claims("The CGT, the largest union at the rail operator, claimed a turnout of 44 per cent.")
    assert claims["44 per cent"].attributed_to == "CGT"
    assert _claims("According to management, 28.4% of staff were on strike.")["28.4%"].attributed_to == "management"
    assert _claims("According to the figures, 40 people died.")["40 people died"].attributed_to is None


def test_a_range_of_sums_with_one_sign_is_scaled_at_both_ends():
    claims = _claims("The airline expects profit of £310-340 million.")
    assert (claims["£310-340 million"].low, claims["£310-340 million"].high) == (310_000_000, 340_000_000)


def test_how_badly_a_count_without_a_noun_was_hurt_makes_it_a_part():
    claims = _claims("Eleven people were injured. Two were seriously hurt and remain in hospital.")
    assert claims["Two were seriously hurt"].scope == "seriously"


def test_words_that_look_like_short_weekdays_are_no_dates():
    claims = _claims("The containers were opened on March 17, sat at the terminal, officials said.")
    assert "March 17" in claims and not [q for q in claims if "sat" in q]
    assert _day(_claims("The meeting is on Sat, March 21.")["Sat, March 21"]) == "2026-03-21"


def test_counted_events_have_no_one_date():
    claims = _claims("There were 1,078 reported bird strikes in Irish airspace in 2025, up from 954 in 2024.")
    assert claims["2025"].metric == claims["2024"].metric == "date"
    assert _claims("A 41-day strike ended on Friday.")["Friday"].metric == "strike.end"


def test_two_years_running_date_the_event_they_name():
    claims = _claims("The 2019-2020 strike against pension reform, which lasted 47 days, cost 1 billion euros.")
    assert claims["2019-2020"].metric == "strike.date"
    assert claims["47 days"].as_of == "2019-01-01/2020-12-31"


def test_lower_case_us_is_no_country():
    assert _claims('"It is like a bomb fell on us," said Anna Rieder, 71.')["71"].subject is None


def test_what_did_not_happen_is_no_count():
    assert _claims('"We have not lost 300 lives," he said.') == {}
    assert _claims("The army has lost 300 soldiers.")["300 soldiers"].value == 300


def test_vessels_that_join_a_rescue_are_no_people_carried():
    assert _claims("Two passing ferries joined the rescue.")["Two passing ferries"].metric == "ferries"


def test_the_place_a_distance_is_measured_from_is_no_place_of_other_figures():
    claims = _claims("About 600 guests attended the reception at a hall in Ardhapur, some 12 miles from the town of "
                     "Nanded.")
    assert claims["About 600 guests attended"].subject is None
    assert claims["some 12 miles"].scope == "Nanded"


def test_according_to_credits_its_own_clauses_not_a_later_one():
    claims = _claims("More than 400 people were treated, according to fire officials, as the mercury climbed to 112F.")
    assert claims["More than 400 people were treated"].attributed_to == "fire officials"
    assert claims["112F"].attributed_to is None
    assert _claims("The storm, according to officials, killed 12 people.")["12 people"].attributed_to == "officials"
    assert _claims("40,000 people marched, according to police.")["40,000 people marched"].attributed_to == "police"


def test_some_of_the_whole_a_sentence_opens_with_are_a_part_of_it():
    claims = _claims("Of the trains cancelled on Tuesday, 4,700 were regional services.")
    assert (claims["4,700"].metric, claims["4,700"].scope) == ("trains.cancelled", "part")


def test_them_after_a_count_of_places_stands_for_what_went_there():
    claims = _claims("More than one million doses have been administered across 11 countries. Congo has given about "
                     "620,000 of them.")
    assert claims["about 620,000 of them"].metric == "doses.administered"


def test_a_bound_told_in_market_slang_is_a_bound():
    assert _claims("The rate is north of 7%.")["north of 7%"].qualifier == "more_than"
    assert _claims("The village lies 12 km north of Kyiv.")["12 km"].qualifier == "exact"


def test_less_than_a_year_earlier_is_a_comparison_not_a_duration():
    claims = _claims("Exports were 18% less than a year earlier.")
    assert "duration" not in [c.kind for c in claims.values()]
    assert claims["18%"].as_of == "2026-03-11"
    assert _claims("The strike lasted less than a year.")["less than a year"].kind == "duration"
    claims = _claims("The fire raged for more than four hours before firefighters brought it under control.")
    assert claims["more than four hours"].metric == "fire.duration"


def test_more_after_a_count_that_is_a_subject_is_an_addition():
    assert _claims("Two more were arrested on Monday.")["Two more were arrested"].scope == "additional"
    assert _claims("The attack killed 17 civilians and wounded 75 more.")["75"].scope is None


def test_a_place_that_reports_a_count_is_its_place():
    assert _claims("The Philippines reported 14 deaths.")["14 deaths"].subject == "Philippines"


def test_a_place_that_ends_a_bodys_name_is_no_place():
    assert _claims("The Church of England has 12,000 parishes.")["12,000 parishes"].subject is None


def test_a_sum_that_is_the_cost_of_something_is_named_by_the_cost():
    claims = _claims("The CBI says the combined cost of the minimum wage rise will be £2bn for businesses next year.")
    assert claims["£2bn"].metric == "price"
    assert _claims("Workers will earn a minimum wage of £12.21.")["£12.21"].metric == "minimum_wage"


def test_a_figure_aimed_for_or_named_a_target_is_no_reading():
    assert _claims("With the Bank of England aiming for 2% inflation, rates will hold.")["2%"].hypothetical
    assert _claims("Inflation is still above the 2% target.")["2%"].metric == "target"
    assert not _claims("Inflation rose to 3.4%.")["3.4%"].hypothetical
