"""Readings found on an eighth round of stories: a nightclub fire, severe turbulence, electric-car sales, tourist
arrivals, an air-traffic-control outage, food bank use, a solar eclipse's crowds and transit ridership."""

from __future__ import annotations

import datetime as dt

from contexts import claims_by_quote, story_report

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday


def _claims(text: str, published: dt.date = PUBLISHED) -> dict:
    return claims_by_quote(text, published)


def test_a_crowd_or_an_attendance_told_by_a_copula_is_who_attended():
    claims = _claims("Police said the Sunday crowd alone was 412,000. Attendance was 86,000. The death toll from a "
                     "crowd crush rose to 31.")
    assert claims["412,000"].metric == "people.attended" and claims["412,000"].scope == "part"
    assert claims["86,000"].metric == "people.attended"
    assert claims["31"].metric == "people.killed"


def test_a_time_ahead_of_a_rival_is_a_margin_over_that_rival():
    claims = _claims("He finished 4.312 seconds ahead of Tomas Okafor. Smith was 11.8 seconds behind the winner.")
    assert (claims["4.312 seconds"].metric, claims["4.312 seconds"].scope) == ("margin", "Tomas Okafor")
    assert claims["11.8 seconds"].scope == "winner"


def test_a_gap_of_seconds_is_told_in_seconds(tmp_path):
    report = story_report(tmp_path,
                          ("2026-07-26T18:00:00+00:00", "Verstappen won on Sunday, finishing 4.312 seconds ahead of "
                                                        "Tomas Okafor."),
                          ("2026-07-26T19:00:00+00:00", "Verstappen crossed the line on Sunday 2.9 seconds clear of "
                                                        "Tomas Okafor."))
    finding = next(f for f in report.findings if f.code == "FC101")
    assert "4.31 seconds" in finding.message and "2.9 seconds" in finding.message


def test_some_of_them_is_no_part_of_a_smaller_count_of_where_they_went():
    claims = _claims("The injured were taken to seven hospitals, and the ministry said 41 of them were in critical "
                     "condition. All 21 crew of the Baltic Star, 23 of them Indian nationals, were brought ashore.")
    assert "41 of them" not in claims and "41" not in claims
    assert claims["23 of them"].part_of is not None  # a part too big for its whole, which FC105 tells


def test_counts_joined_after_a_reporting_verb_share_their_verb():
    claims = _claims("The airline says seven passengers and 31 crew members were hurt.")
    assert claims["seven passengers"].metric == "passengers.injured"


def test_a_per_modifier_makes_a_sum_a_rate():
    claims = _claims("Per-visitor spending averaged about 220,000 yen. Visitors spent about 9.4 trillion yen.")
    assert claims["about 220,000 yen"].metric.endswith(".per_visitor")
    assert not claims["about 9.4 trillion yen"].metric.endswith(".per_visitor")


def test_a_kind_listed_after_including_is_some_of_what_happened():
    claims = _claims("The blast killed 40 people, including 12 children. The fire destroyed 300 buildings, "
                     "including 40 schools and 12 churches.")
    assert claims["12 children"].metric == "children.killed" and claims["12 children"].part_of is not None
    assert claims["12 churches"].metric == "churches.destroyed"


def test_a_quarter_or_half_of_a_year_or_a_game_is_no_number():
    claims = _claims("Registrations rose 24.6% in the first quarter to 512,400 units. A quarter of a million "
                     "people fled.")
    assert claims["512,400 units"].value == 512400
    assert claims["A quarter of a million people fled"].value == 250000


def test_pounds_restating_tonnes_are_a_weight_in_a_text_of_sterling():
    claims = _claims("The charity spent £4.2m. Food banks distributed 9,400 tonnes (about 2.1 million pounds) of food.")
    assert claims["about 2.1 million pounds"].unit == "kg"


def test_a_live_blog_entrys_time_is_no_figure():
    claims = _claims("09.15 Good morning and welcome.\n14.10 NATS says 1,240 flights were cancelled.")
    assert list(claims) == ["1,240 flights were cancelled"]


def test_for_the_year_is_a_time_not_a_line_of_a_budget():
    claims = _claims("Fare revenue was $31.7 million for the year. The budget sets aside $640 million for public "
                     "safety.")
    assert claims["$31.7 million"].scope is None
    assert claims["$640 million"].scope == "public safety"


def test_a_figure_during_an_event_gone_by_takes_its_date():
    claims = _claims("The hospitals had postponed about 2,900 appointments during the July strike last year. "
                     "About 40 people were hurt during the protest on Tuesday.")
    assert claims["about 2,900 appointments"].as_of == "2025-01-01/2025-12-31"
    assert claims["About 40 people were hurt"].as_of == "2026-03-12"  # a toll is told as of the telling
