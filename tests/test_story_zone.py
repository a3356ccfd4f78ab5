"""Undated figures hold for their source's news day, read in the zone the story's sources publish in."""

from __future__ import annotations

import datetime as dt

from checker.inputs.sources import load_sources, story_zone
from checker.model import Source
from checker.options import Options
from checker.run import run


def _source(sid: str, published: str) -> Source:
    return Source(id=sid, path=f"{sid}.txt", published=dt.datetime.fromisoformat(published))


def test_most_sources_sharing_an_offset_give_the_story_its_zone():
    pacific = [_source("a", "2025-08-13T09:00:00-07:00"), _source("b", "2025-08-13T20:00:00-07:00"),
               _source("c", "2025-08-13T21:30:00+00:00")]
    assert story_zone(pacific) == -7 * 60
    apart = [_source("a", "2023-09-09T12:30:00+01:00"), _source("b", "2023-09-10T08:30:00+09:00"),
             _source("c", "2023-09-14T09:00:00+03:00")]
    assert story_zone(apart) is None
    assert story_zone([pacific[0]]) is None  # one timed source says nothing of the story's zone
    assert story_zone([Source(id="d", path="d.txt", published=dt.date(2025, 8, 13)), pacific[0]]) is None


def test_an_evening_report_tells_its_own_day_in_the_story_zone_and_the_small_hours_the_day_before():
    evening = _source("b", "2025-08-13T20:00:00-07:00")
    assert evening.news_day == dt.date(2025, 8, 14)  # alone, in UTC: already the next day
    assert evening.model_copy(update={"news_zone": -420}).news_day == dt.date(2025, 8, 13)
    small_hours = _source("d", "2023-06-05T00:30:00+05:30").model_copy(update={"news_zone": 330})
    assert small_hours.news_day == dt.date(2023, 6, 4)


def test_evening_reports_of_a_local_story_are_not_read_as_the_next_day(tmp_path):
    (tmp_path / "sources.yaml").write_text(
        'a: {outlet: Morning Paper, published: "2025-08-13T09:00:00-07:00"}\n'
        'b: {outlet: Evening Wire, published: "2025-08-13T20:00:00-07:00"}\n'
        'c: {outlet: Late News, published: "2025-08-13T21:30:00-07:00"}\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Two people died in the fire, the sheriff said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Three people were killed in the fire, the sheriff said.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Two people were killed in the fire, officials said.\n", encoding="utf-8")
    assert {ls.source.news_day for ls in load_sources([tmp_path])} == {dt.date(2025, 8, 13)}
    report = run([tmp_path], Options())
    assert {c.as_of for c in report.claims if c.metric == "people.killed"} == {"2025-08-13"}
    # One day's tolls told three times: a revision or a conflict of that day, never a toll that fell overnight.
    assert not [f for f in report.findings if f.code == "FC202"]
    assert any(f.code in ("FC101", "FC203") for f in report.findings)



def _two_sources(folder, a: tuple[str, str], b: tuple[str, str]) -> None:
    """A story of two sources, each given as (published, text)."""
    (folder / "sources.yaml").write_text(f'a: {{outlet: Wire, published: "{a[0]}"}}\n'
                                         f'b: {{outlet: Paper, published: "{b[0]}"}}\n', encoding="utf-8")
    (folder / "a.txt").write_text(a[1] + "\n", encoding="utf-8")
    (folder / "b.txt").write_text(b[1] + "\n", encoding="utf-8")


def test_tolls_told_for_their_own_day_are_read_in_the_order_they_came_out(tmp_path):
    _two_sources(tmp_path,
                 ("2026-07-08T04:00:00+00:00", "The death toll from the landslide rose to 22 on Wednesday."),
                 ("2026-07-08T10:00:00+00:00", "The landslide's death toll climbed to 24 on Wednesday."))
    report = run([tmp_path], Options())
    assert sorted(c.value for c in report.claims if c.metric == "people.killed") == [22.0, 24.0]
    assert not [f for f in report.findings if f.code in ("FC101", "FC203")]  # a rising count: an update
    # A later, lower toll stays a question for the editor.
    (tmp_path / "b.txt").write_text("The landslide's death toll stood at 20 on Wednesday.\n", encoding="utf-8")
    assert [f.code for f in run([tmp_path], Options()).findings if f.code == "FC203"] == ["FC203"]
    # A later toll written with the earlier one's digits in another order is as likely a misprint.
    (tmp_path / "a.txt").write_text("The death toll from the landslide rose to 23 on Wednesday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The landslide's death toll stood at 32 on Wednesday.\n", encoding="utf-8")
    assert [f.code for f in run([tmp_path], Options()).findings if f.code == "FC203"] == ["FC203"]


def test_a_dateline_day_is_the_sources_own_day_whatever_the_hour_it_was_published(tmp_path):
    _two_sources(tmp_path,
                 ("2025-02-11T01:30:00+00:00", "WELLINGTON, Feb 11 (Wire) - About 40 whales had died, officials said."),
                 ("2025-02-12T02:00:00+00:00", "About 70 whales had died, officials said."))
    loaded = {ls.source.id: ls.source for ls in load_sources([tmp_path])}
    # The small hours tell the evening before, unless a dateline states the day; the story's zone, UTC, is kept
    # for every source, a zone of offset 0 included.
    assert loaded["a"].filed == dt.date(2025, 2, 11) and loaded["a"].news_day == dt.date(2025, 2, 11)
    assert loaded["b"].filed is None and loaded["b"].news_zone == 0 and loaded["b"].news_day == dt.date(2025, 2, 11)


def test_a_dateline_day_is_read_below_a_headline_in_the_year_nearest_publication():
    from checker.extract.datelines import dateline_day

    assert dateline_day("Whales die\n\nWELLINGTON, Feb 10 (AP) - Rescuers", dt.date(2025, 2, 11)) == \
        dt.date(2025, 2, 10)
    assert dateline_day("MELBOURNE, Dec 31 (AAP) - Play resumed", dt.date(2026, 1, 1)) == dt.date(2025, 12, 31)
    assert dateline_day("ROME, May 3 - 12 divers joined the search", dt.date(2025, 5, 3)) == dt.date(2025, 5, 3)
    # A day far from publication is no dateline of its own day; prose is no dateline.
    assert dateline_day("ROME, May 9 (Reuters) - x", dt.date(2025, 5, 3)) is None
    assert dateline_day("The Feb 11 meeting was cancelled.", dt.date(2025, 2, 11)) is None
