"""What a figure is about: metric, subject, time, attribution, and the noise that is not a claim."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.extract.pipeline import extract_claims
from checker.model import Source

PUBLISHED = dt.date(2026, 3, 11)  # a Wednesday


def claims(text: str, published: dt.date | None = PUBLISHED):
    return extract_claims(Source(id="t", path="t.txt", published=published), text)


def one(text: str, metric: str, **kw):
    found = [c for c in claims(text, **kw) if c.metric == metric]
    assert len(found) == 1, [(c.metric, c.quote) for c in claims(text, **kw)]
    return found[0]


@pytest.mark.parametrize(("text", "metric", "value", "qualifier"), [
    ("The barrage included 31 cruise missiles.", "missiles.cruise", 31, "exact"),
    ("Officials counted Twelve ballistic missiles overnight.", "missiles.ballistic", 12, "exact"),
    ("Russia launched 212 drones and 9 missiles.", "drones", 212, "exact"),
    ("The shelling killed at least four people in the town.", "people.killed", 4, "at_least"),
    ("Shelling killed three people and wounding 11, officials said.", "people.injured", 11, "exact"),
    ("At least 9 were killed when the shell hit.", "people.killed", 9, "at_least"),
    ("Five soldiers were wounded near the river.", "soldiers.injured", 5, "exact"),
    ("The number of civilians killed since May was put at 1,340.", "civilians.killed", 1340, "exact"),
    ("Two glide bombs damaged four apartment buildings.", "buildings.apartment.damaged", 4, "exact"),
])
def test_counts_attach_to_what_they_count(text, metric, value, qualifier):
    c = one(text, metric)
    assert c.value == value and c.qualifier == qualifier
    assert text[c.start:c.end] == c.quote


def test_numbers_that_count_nothing_known_are_not_claims():
    text = "Oksana, 44, a teacher, said she had lived there for years. Call 555-0142 at 9:30 a.m."
    # Only Oksana's age: a named person's, never a count
    assert [(c.metric, c.scope) for c in claims(text) if c.kind == "quantity"] == [("person.age", "Oksana")]


def test_nationality_names_the_side_a_casualty_figure_is_about():
    assert one("Kyiv says 640 Russian soldiers were killed.", "soldiers.killed").subject == "Russia"


def test_subject_is_a_place_named_as_scope_not_as_actor():
    c = one("Russia fired 14 drones at targets in Odesa.", "drones")
    assert c.subject == "Odesa"


def test_the_province_refers_back_to_the_region_named_before():
    text = "Fighting continued in the Donetsk region. Troops hold about 60% of the province."
    c = one(text, "territory.occupied")
    assert c.subject == "Donetsk region" and c.qualifier == "about"


def test_a_region_after_a_place_no_list_names_is_where_that_place_is():
    text = "Storms hit Arkansas. A 2023 tornado destroyed much of Rolling Fork, Mississippi, killing 17 people."
    assert one(text, "people.killed").subject == "Mississippi"
    # A place named before the comma is the place; a country after a comma that goes on is an actor.
    assert one("Storms hit Arkansas. In Smalltown, Russia fired 40 drones.", "drones").subject is None


def test_a_place_opening_a_contrasting_clause_is_that_clauses_alone():
    found = claims("In Seville, the mercury climbed to 44.5C, while Madrid sweltered at 42 degrees Celsius.")
    assert [(c.value, c.subject) for c in found] == [(44.5, "Sevilla"), (42.0, "Madrid")]


def test_the_county_refers_back_only_to_a_place_named_as_a_county():
    text = "Madison County was hit hardest. In Tennessee, the sheriff said four people died in the county."
    assert one(text, "people.killed").subject == "Madison County"
    # A county never stands for a state named after it; "the state broadcaster" names no place.
    assert one("Storms hit Tennessee. Four people died in the county.", "people.killed").subject is None
    assert one("Storms hit Tennessee. The state broadcaster said four people died.", "people.killed").subject is None
    # A possessive stands for the place too; a plural for none.
    text = "Floods killed 40 people in Punjab. They moved into Sindh. Officials said 12 people died in the province's south."
    assert [c.subject for c in claims(text)] == ["Punjab", "Sindh"]
    found = claims("Floods killed 40 people in Punjab. They moved into Sindh. 12 more died across the provinces.")
    assert found[-1].subject != "Sindh"
    text = "Storms killed 20 people in Kentucky. They later crossed into Tennessee. Four people died in the state."
    assert [c.subject for c in claims(text)] == ["Kentucky", "Tennessee"]


@pytest.mark.parametrize(("text", "metric", "speaker"), [
    ("Russia fired 14 drones, the Ukrainian air force said.", "drones", "Ukrainian air force"),
    ("According to Zelenskyy, Russia fired 14 drones.", "drones", "Volodymyr Zelensky"),
    # "shot down" is its own role, never the launching "shoot" of a projectile
    ("Governor Jane Doe said 14 drones were shot down.", "drones.intercepted", "Governor Jane Doe"),
])
def test_attribution(text, metric, speaker):
    assert one(text, metric).attributed_to == speaker


def test_attribution_does_not_cross_a_semicolon():
    text = "Russia fired 14 drones; the mayor said power was back."
    assert one(text, "drones").attributed_to is None


def test_stated_time_makes_the_figure_hold_then():
    c = one("He cited more than 30,000 soldiers killed in June 2024.", "soldiers.killed")
    assert c.as_of == "2024-06" and c.as_of_stated


def test_unstated_time_is_the_publication_date():
    c = one("The attack killed 6 people.", "people.killed")
    assert c.as_of == PUBLISHED.isoformat() and not c.as_of_stated


def test_rolling_window():
    c = one("1,020 Russian soldiers were killed in the last 24 hours, the general staff said.", "soldiers.killed")
    assert c.window_days == 1.0


def test_provisional_and_revised_tolls():
    early = one("Preliminary figures showed 5 people killed.", "people.killed")
    assert early.provisional
    later = [c for c in claims("Early reports had two dead before the toll rose to 9 dead.") if c.value == 9]
    assert later and not later[0].provisional


def test_relative_dates_follow_the_publication_date():
    c = one("Russia launched the attack on Tuesday, officials said.", "strike.date")
    assert c.value is not None and dt.date(1970, 1, 1) + dt.timedelta(days=c.value) == dt.date(2026, 3, 10)


def test_without_a_publication_date_relative_dates_stay_unresolved():
    found = [c for c in claims("Russia launched the attack on Tuesday.", published=None) if c.kind == "date"]
    assert all(c.value is None and c.low is None for c in found)


def test_start_and_end_of_a_durative_event():
    text = "The ceasefire began on March 2 and ended on March 6."
    metrics = {c.metric for c in claims(text)}
    assert {"truce.start", "truce.end"} <= metrics


def test_duration_names_its_event():
    assert one("A three-day truce was agreed.", "truce.duration").value == 3


def test_figures_in_rhetorical_quotes_are_not_claims():
    text = "He asked whether “a week has 4 days instead of 7” in Moscow."
    assert [c for c in claims(text) if c.kind == "duration"] == []


def test_page_furniture_is_skipped():
    text = ("Strikes killed 4 people in Lviv.\n\nAlso Read / 12 Miners Killed in Drone Strike\n\n"
            "Share\n\nLeave a comment\n")
    found = claims(text)
    assert [c.value for c in found if c.metric == "people.killed"] == [4]


def test_related_articles_trailer_is_skipped():
    body = "Strikes killed 4 people in Lviv. " * 20
    text = body + "\n\nRelated articles\n\nAfter the 44 day war, 300 soldiers died in the region.\n"
    assert all(c.start < len(body) for c in claims(text))


def test_numbers_glued_to_a_word_in_a_scraped_table():
    c = one("Military casualties780 Russian soldiers killed in last 24 hours", "soldiers.killed")
    assert c.value == 780 and c.subject == "Russia"
