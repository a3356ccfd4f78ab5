"""Duration extraction: parts, fractions, adjectival forms with head nouns, ages and windows."""

from __future__ import annotations

import pytest

from checker.extract.durations import find_durations
from timing import fastest_seconds

HOUR = 1 / 24


def _found(text):
    return [(text[m.start:m.end], m.value, m.noun, m.extra) for m in find_durations(text, text.lower())]


@pytest.mark.parametrize("text, span, days, noun", [
    ("The seven-day truce ended early.", "seven-day", 7.0, "truce"),
    ("a potential 20-year moratorium on membership", "20-year", 20 * 365.25, "moratorium"),
    ("the two-day talks began", "two-day", 2.0, "talks"),
    ("The two-day trilateral meetings come after", "two-day", 2.0, "meetings"),
    ("millions with 20-hour blackouts", "20-hour", 20 * HOUR, "blackouts"),
    ("to end a four-year war", "four-year", 4 * 365.25, "war"),
    ("to end the four-year-old war", "four-year", 4 * 365.25, "war"),
    ("The scheduled two days of meetings follow", "two days", 2.0, "meetings"),
    ("The talks are scheduled for two days.", "two days", 2.0, None),
    ("alliances for two decades, accept", "two decades", 2 * 3652.5, None),
    ("within a fortnight", "a fortnight", 14.0, None),
    ("the 44 day war", "44 day", 44.0, "war"),
])
def test_news_forms(text, span, days, noun):
    (found_span, value, found_noun, _extra), = _found(text)
    assert (found_span, found_noun) == (span, noun)
    assert value == pytest.approx(days)


@pytest.mark.parametrize("text, days", [
    ("48 hours", 2.0),
    ("1 hour and thirty", 1.5 * HOUR),
    ("2 hours ten", (2 + 10 / 60) * HOUR),
    ("one and three quarters hour", 1.75 * HOUR),
    ("an hour and a half", 1.5 * HOUR),
    ("half an hour", 0.5 * HOUR),
    ("2 years, 3 months", 2 * 365.25 + 3 * 30.4375),
    ("1 year, 2 days, 3 hours and 4 seconds", 365.25 + 2 + 3 * HOUR + 4 / 86400),
    ("a month and a half", 1.5 * 30.4375),
    ("15.5 mins", 15.5 / 1440),
])
def test_compound_values(text, days):
    (found,) = _found(text)
    assert found[0] == text
    assert found[1] == pytest.approx(days)


@pytest.mark.parametrize("text", [
    "Serhii, 38, a taxi driver", "18-year-olds were drafted", "when she was five years old",
    "a 38-year-old man", "for months", "in days", "the secretary", "minutes of the meeting",
    "I second that", "three quarters of the population",
])
def test_not_durations(text):
    assert _found(text) == []


def test_rolling_window_is_marked():
    (found,) = _found("780 soldiers killed in the last 24 hours")
    assert found[1] == pytest.approx(1.0) and found[3]["window"] is True
    (plain,) = _found("a 24 hours strike")
    assert "window" not in plain[3]


def test_adversarial_megabyte_is_fast():
    for junk in ("2 hours and " * 95325, "1 2 3 4 5 6 7 8 " * 65536, "seven-" * 174763):
        assert fastest_seconds(lambda: find_durations(junk, junk.lower()), 3.0) < 3.0, junk[:12]  # ~1 s measured


@pytest.mark.parametrize("text", [
    "a second round of talks opened",
    "they met for a second time",
    "a second-hand car",
    "an hour and a second round",
    "then a second, more powerful explosion shook the plant",
])
def test_second_as_ordinal_is_not_a_duration(text):
    found = find_durations(text, text.lower())
    assert all("second" not in text[m.start:m.end] for m in found)


@pytest.mark.parametrize("text", ["wait a second.", "a second later the roof fell", "within a second of each other",
                                  "wait a second, then go"])
def test_second_as_unit_stays_a_duration(text):
    (found,) = find_durations(text, text.lower())
    assert text[found.start:found.end] == "a second"
    assert found.value == pytest.approx(1 / 86400)


def test_hours_then_minutes_are_one_duration_and_a_clock_time_of_a_race_is_read():
    assert [(span, days * 24) for span, days, _, _ in _found("He finished in 4 hours 52 minutes.")] == [
        ("4 hours 52 minutes", pytest.approx(4 + 52 / 60))]
    assert [(span, days * 24) for span, days, _, _ in _found("She won in 2:18:45, a course record.")] == [
        ("2:18:45", pytest.approx(2 + 18 / 60 + 45 / 3600))]
    # A time of day names its zone or half of the day: no duration.
    assert _found("The polls closed at 20:00:00 GMT.") == []


@pytest.mark.parametrize("text, span, low, high", [
    ("He faces three to five years in jail.", "three to five years", 3 * 365.25, 5 * 365.25),
    ("The works take 2-3 weeks.", "2-3 weeks", 14.0, 21.0),
    ("It lasted two or three days.", "two or three days", 2.0, 3.0),
    ("The strike lasted between 6 and 8 weeks.", "between 6 and 8 weeks", 42.0, 56.0),
])
def test_a_number_before_to_or_or_is_the_lower_end_of_a_range_in_the_same_unit(text, span, low, high):
    (found,) = find_durations(text, text.lower())
    assert (text[found.start:found.end], found.low, found.high, found.qualifier) == (span, low, high, "range")


def test_no_range_where_the_number_before_is_no_lower_end():
    (found,) = find_durations("They won 3-1 two days later.", "they won 3-1 two days later.")
    assert (found.value, found.qualifier) == (2.0, "exact")
    assert find_durations("6 and 8 weeks", "6 and 8 weeks")[0].qualifier == "exact"  # "and" needs its "between"


def test_a_hyphenated_mixed_number_of_years():
    (found,) = _found("The four-and-a-half-year investigation ended.")
    assert found[:2] == ("four-and-a-half-year", 4.5 * 365.25)


def test_a_race_time_of_minutes_and_seconds_with_a_fraction():
    found = _found("Ellis won in 3:29.84; the marathon took 2:06:12.5; the meeting opens at 10:30.")
    assert [(span, round(days * 86400, 2)) for span, days, _, _ in found] == [("3:29.84", 209.84), ("2:06:12.5", 7572.5)]
