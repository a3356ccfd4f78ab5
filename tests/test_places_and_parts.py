"""Places by the gazetteer's full data, a sentence's first word as a place, and counts listed in a total."""

from __future__ import annotations

import datetime as dt

from checker.extract.durations import find_durations
from checker.extract.pipeline import extract_claims
from checker.model import Source
from checker.vocabulary import load_vocabulary

SOURCE = Source(id="t", path="t.txt", published=dt.date(2024, 10, 10))


def _claims(text: str):
    return extract_claims(SOURCE, text)


def test_a_city_opening_a_sentence_is_a_place_unless_its_name_is_an_english_word():
    (rain,) = [c for c in _claims("Tampa received nearly 17 inches of rain.") if c.metric == "rainfall"]
    assert rain.subject == "Tampa"
    (toll,) = _claims("Police said 17 people died.")
    assert toll.subject is None and toll.area is None


def test_a_measure_is_never_owned_by_a_word_of_a_place_name():
    (rain,) = [c for c in _claims("St. Petersburg received nearly 17 inches of rain.") if c.metric == "rainfall"]
    assert rain.subject == "St. Petersburg" and rain.scope is None


def test_us_counties_are_places_inside_their_states():
    (dead,) = _claims("Tornadoes killed four people in St Lucie County on the east coast.")
    assert dead.subject == "St. Lucie County"
    assert load_vocabulary().is_within("St. Lucie County", "Florida")


def test_a_count_listed_in_a_total_is_a_part_of_it():
    text = ("The death toll rose to at least 10 on Thursday, officials said, including four people killed by "
            "tornadoes.")
    toll, part = [c for c in _claims(text) if c.metric == "people.killed"]
    assert (toll.value, part.value) == (10, 4)
    assert part.part_of == toll.id and part.scope == "part" and toll.part_of is None


def test_a_number_with_thousands_separators_is_read_whole_before_a_unit():
    text = "a once-in-1,000-year event"
    (found,) = find_durations(text, text.lower())
    assert text[found.start : found.end] == "1,000-year" and found.value == 1000 * 365.25


def test_outages_are_counted_in_any_wording_as_a_total_that_falls_as_well_as_rises():
    texts = {"Roughly 3.3 million customers had lost power by Thursday.": "customers.without_power",
             "About 3.2 million customers remained without power on Thursday evening.": "customers.without_power",
             "More than three million households were left without electricity.": "households.without_power",
             "More than 3 million homes and businesses were without power.": "houses.private.without_power"}
    for text, metric in texts.items():
        (found,) = [c for c in _claims(text) if c.kind == "quantity"]
        assert found.metric == metric, text
    # Counts of one day at different hours are updates, and a lower later one is news, not a fall to flag
    outage = load_vocabulary().lexicon.role("without power")
    assert outage.running and outage.falling


def test_a_verb_before_the_number_governs_it_over_a_role_after_a_coordinated_noun():
    (drones,) = [c for c in _claims("Russia fired 40 drones and missiles were intercepted.") if c.kind == "quantity"]
    assert drones.metric == "drones"  # launched, the role "fired" gives projectiles


def test_the_place_of_a_listed_part_is_not_its_totals():
    text = ("The death toll from Hurricane Milton rose to at least 10 on Thursday, officials said, including four "
            "people killed by tornadoes in St. Lucie County.")
    toll, part = [c for c in _claims(text) if c.metric == "people.killed"]
    assert toll.subject is None and toll.area is None  # the hurricane is placed nowhere; the tornadoes are
    assert part.part_of == toll.id


def test_a_percentage_is_a_change_or_level_of_the_noun_its_sentence_names_never_a_story_cue_elsewhere():
    found = {c.quote: c.metric for c in _claims(
        "Gasoline prices climbed 1.7% from February. The Federal Reserve has held its benchmark rate at 5.25% "
        "since July. Core inflation held at 3.8%.") if c.unit == "percent"}
    assert found == {"1.7%": "gasoline_price.change", "5.25%": "benchmark_rate", "3.8%": "core_inflation"}
    # The vocabulary's cue words still name a share that names nothing else, in the share's own clause.
    (share,) = [c for c in _claims("Russia occupies about 20% of Ukraine's territory.") if c.unit == "percent"]
    assert share.metric == "territory.occupied"


def test_a_venue_named_after_the_role_is_what_the_figure_belongs_to():
    text = "Seven people were killed at Just-In-Time Recreation and eight at Schemengees Bar and Grille."
    seven, eight = [c for c in _claims(text) if c.metric == "people.killed"]
    assert (seven.scope, eight.scope) == ("Just-In-Time Recreation", "Schemengees Bar")  # two parts, neither a whole
    (dead, _day) = _claims("Five people were killed on Tuesday.")
    assert dead.scope is None


def test_others_are_others_of_what_was_counted_before_people_when_that_was_people():
    found = {c.metric: c.value for c in _claims("The blast killed 5 soldiers and injured 12 others.")}
    assert found == {"soldiers.killed": 5, "people.injured": 12}
    found = {c.metric: c.value for c in _claims("Ten people died. Three others were missing.")}
    assert found == {"people.killed": 10, "people.missing": 3}


def test_a_place_and_its_figure_after_for_or_with_are_paired_in_a_list():
    from checker.extract.pipeline import extract_claims
    from checker.model import Source

    text = ("The Southern Region accounted for 2,904 cases, the Central Region for 1,388 and the Northern Region "
            "for 520.")
    found = {c.quote: c.subject for c in extract_claims(Source(id="t", path="t.txt"), text)}
    assert found["2,904 cases"] == "Southern Region"
    assert found["1,388"].startswith("Central") and found["520"].startswith("Northern")  # never northern Ukraine



def test_a_number_from_a_place_is_that_places_part():
    from checker.extract.pipeline import extract_claims
    from checker.model import Source

    text = ("Of the 41 dead, 17 were from Aurora, 14 from Isabela and 8 from Nueva Ecija in the Philippines. It hit "
            "72 km from Manila.")
    found = {c.quote: (c.subject, c.scope) for c in extract_claims(Source(id="t", path="t.txt"), text)}
    assert (found["17"][0], found["14"][0], found["8"][0]) == ("Aurora", "Isabela", "Nueva Ecija")
    assert found["41 dead"][0] != "Aurora" and found["72 km"] == (None, "Manila")


def _codes(tmp_path, text: str) -> list[str]:
    import json

    from checker.report import render
    from checker.run import run

    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text('a:\n  outlet: "A"\n  published: "2025-06-15T09:00:00+00:00"\n')
    return sorted(f["code"] for f in json.loads(render(run([str(tmp_path)]), "json"))["findings"]
                  if f["severity"] in ("error", "warning"))


def test_parts_add_up_to_their_whole_only_when_one_sentence_lists_them(tmp_path):
    told_apart = ("Seven people are dead and a dozen more wounded after the shooting. Two of the wounded died "
                  "overnight, police said. Four of the 12 wounded remain in critical condition. Mercy General "
                  "treated seven of the wounded and St. Luke's the other five.")
    assert "FC103" not in _codes(tmp_path, told_apart)
    listed = "A dozen people were wounded. Mercy General treated nine of the wounded and St. Luke's the other five."
    assert _codes(tmp_path, listed) == ["FC103"]
