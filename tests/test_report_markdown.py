"""The editors' markdown report: sections per disputed figure, tables that parse, text shown literally."""

from __future__ import annotations

import datetime as dt

from markdown_it import MarkdownIt

from checker.model import Claim, Finding, Report, Source, iso_to_day
from checker.report import render
from checker.report.markdown import synthesize
from test_report_support import INJECTION, make_report


def _parse(text: str):
    return MarkdownIt("commonmark").enable("table").enable("strikethrough").parse(text)


def _tables(text: str) -> list[list[list[str]]]:
    """Each table as rows of cell texts, from markdown-it-py's own parse."""
    tables, rows, row = [], None, None
    for token in _parse(text):
        if token.type == "table_open":
            rows = []
        elif token.type == "tr_open":
            row = []
        elif token.type == "inline" and row is not None:
            row.append("".join(child.content for child in token.children or []))
        elif token.type == "tr_close":
            rows.append(row)
            row = None
        elif token.type == "table_close":
            tables.append(rows)
    return tables


def _headings(text: str) -> list[str]:
    tokens = _parse(text)
    return [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2"]


def test_sections_in_order_disputes_first():
    text = render(make_report(), "markdown", title="Abu Dhabi talks")
    assert text.startswith("# Abu Dhabi talks\n\n4 sources gave 10 figures; 4 findings: 1 error, 2 warnings, 1 info.")
    assert _headings(text) == ["Missiles: ballistic", "People: killed", "Talks: start", "Corroborated figures",
                               "Notices", "Sources"]


def test_every_table_row_has_its_columns_despite_hostile_text():
    tables = _tables(render(make_report(), "markdown"))
    assert len(tables) == 5  # one per disputed figure, the corroborated figures, the sources
    for table in tables:
        widths = {len(row) for row in table}
        assert len(widths) == 1, widths


def test_dispute_table_rows_values_marks_and_synthesis():
    missiles = _tables(render(make_report(), "markdown"))[0]
    header, *rows, synthesis = missiles
    assert header == ["", "Source", "Wording", "Value", "Attributed to", "Independent sources"]
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("", "Kyiv Post", "43"),
        ("", "Wire | Daily", "43"),
        ("⚠", "<b>Evil</b> " + INJECTION[:67].replace("\x1b", "\\x1b").replace("\u202e", "\\u202e") + "…", "71"),
    ]
    # Kyiv Post and Wire | Daily both credit Reuters: one independent source behind 43.
    assert [r[5] for r in rows] == ["1", "1", "1"]
    assert synthesis == ["", "Synthesis", "low / best / high", "43 / 43 / 71", "", "contested"]


def test_agreeing_groups_are_named_by_outlet_largest_first():
    text = render(make_report(), "markdown")
    line = next(line for line in text.splitlines() if line.startswith("- **FC101"))
    groups = line.split("Agreeing groups, largest first: ", 1)[1]
    assert groups.startswith("**43** (Kyiv Post, Wire \\| Daily); **71** ⚠ (")
    assert " a, " not in groups and "(a" not in groups  # never the file id where an outlet exists


def test_groups_given_on_the_finding_are_used_as_they_are():
    report = make_report()
    findings = list(report.findings)
    first = findings[0]
    # The engine's groups (a later field): claims that agree among themselves, largest first.
    with_groups = type("WithGroups", (), {"__getattr__": lambda self, name: getattr(first, name),
                                          "groups": (("c-1",), ("a-1", "b-1"))})()
    from checker.report.editors import finding_groups

    claims = {c.id: c for c in report.claims}
    assert [[c.id for c in g] for g in finding_groups(with_groups, claims)] == [["c-1"], ["a-1", "b-1"]]
    assert [[c.id for c in g] for g in finding_groups(first, claims)] == [["a-1", "b-1"], ["c-1"]]


def test_single_source_figures_are_one_short_list_and_sources_are_labelled():
    sources = (_source("a"), Source(id="t", path="t.txt", title="A title that stands in for the outlet"),
               Source(id="n", path="n.txt"))
    claims = (_count("1", "a", 28), _count("2", "t", 30).model_copy(update={"metric": "drones"}),
              _count("3", "n", 5).model_copy(update={"metric": "missiles"}))
    findings = tuple(
        Finding(code="FC111", rule="single-source-figure", severity="info", category="single-source",
                message=f"only {c.source} gives it", template="m", metric=c.metric, claims=(c.id,),
                sources=(c.source,))
        for c in claims
    )
    text = render(Report(sources=sources, claims=claims, findings=findings), "markdown")
    assert "## Single-source figures\n\n3 figures rest on one source each:\n\n" in text
    items = [line for line in text.splitlines() if line.startswith("- ")]
    assert items == ["- Drones: 30 (A title that stands in for the outlet)", "- Missiles: 5 (n)",
                     "- People: killed: 28 (A)"]
    assert len(_tables(text)) == 1  # the sources table alone: no row per single-source figure


def test_hostile_quote_is_shown_literally():
    missiles = _tables(render(make_report(), "markdown"))[0]
    wording = missiles[3][2]
    expected = INJECTION.replace("\x1b", "\\x1b").replace("\u202e", "\\u202e") + " 71 ballistic missiles"
    assert wording == expected
    html = MarkdownIt("commonmark").enable("table").render(render(make_report(), "markdown"))
    assert "<script" not in html and "<a " not in html and "<b>" not in html
    assert html.count("<h1>") == 1


def test_no_line_of_the_report_can_be_a_workflow_command():
    for line in render(make_report(), "markdown").splitlines():
        assert not line.lstrip().startswith("::")
        assert "##[" not in line


def _source(sid, wire=()):
    return Source(id=sid, path=f"{sid}.txt", outlet=sid.upper(), published=dt.date(2026, 2, 4), wire=wire)


def _count(cid, source, value, qualifier="exact", high=...):
    high = value if high is ... else high
    return Claim(id=cid, source=source, kind="quantity", metric="people.killed", value=value, low=value,
                 high=high, qualifier=qualifier, unit="count", quote=f"{value} dead", start=0, end=7)


def test_synthesis_grades():
    sources = {s.id: s for s in (_source("a", ("AP",)), _source("b", ("ap",)), _source("c"), _source("d"))}
    agree = [_count("1", "a", 28), _count("2", "c", 28)]
    assert synthesize(agree, sources).grade == "corroborated"
    wire_only = [_count("1", "a", 28), _count("2", "b", 28)]
    assert synthesize(wire_only, sources).grade == "single-source"
    assert synthesize(wire_only, sources).backing == {"28": 1}
    contested = [_count("1", "a", 28), _count("2", "c", 28), _count("3", "d", 43)]
    result = synthesize(contested, sources)
    assert (result.grade, result.low, result.best, result.high) == ("contested", "28", "28", "43")
    assert result.backing == {"28": 2, "43": 1}
    bounded = [_count("1", "a", 28, "at_least", high=None), _count("2", "c", 30)]
    result = synthesize(bounded, sources)
    assert result.grade == "corroborated" and result.high == "≥ 30"


def test_value_rendering_in_the_table():
    sources = (_source("a"),)
    claims = (
        _count("1", "a", 46000, "more_than", high=None).model_copy(update={"low_inclusive": False}),
        Claim(id="2", source="a", kind="quantity", metric="people.killed", value=20.0, low=18.0, high=22.0,
              qualifier="about", unit="percent", quote="about 20%", start=0, end=9),
        Claim(id="3", source="a", kind="duration", metric="people.killed", value=7.0, low=7.0, high=7.0,
              unit="day", quote="seven days", start=0, end=10),
        Claim(id="4", source="a", kind="quantity", metric="people.killed", value=None, low=12, high=13,
              qualifier="range", unit="count", quote="12-13", start=0, end=5),
    )
    finding = Finding(code="FC101", rule="r", severity="error", category="contradiction", message="m",
                      template="m", metric="people.killed", claims=tuple(c.id for c in claims), sources=("a",))
    tables = _tables(render(Report(sources=sources, claims=claims, findings=(finding,)), "markdown"))[:-1]
    values = [[row[3] for row in table[1:] if not row[1].startswith("Synthesis")] for table in tables]
    # One table per figure: counts, shares and durations are never ranked in one table.
    assert values == [["> 46,000", "12 – 13"], ["≈ 20 %"], ["7 days"]]


def test_each_figure_of_a_finding_gets_its_own_synthesis():
    """A duration checked against its dates: days and dates are never ranked against each other."""
    sources = (_source("a"), _source("b"))

    def date(cid, source, metric, iso):
        day = iso_to_day(iso)
        return Claim(id=cid, source=source, kind="date", metric=metric, value=day, low=day, high=day,
                     quote=iso, start=0, end=10)

    claims = (
        Claim(id="d", source="a", kind="duration", metric="truce.duration", value=7.0, low=7.0, high=7.0,
              unit="day", quote="seven-day truce", start=0, end=15),
        date("s", "b", "truce.start", "2026-01-30"),
        date("e1", "a", "truce.end", "2026-02-01"),
        date("e2", "b", "truce.end", "2026-02-01"),
    )
    finding = Finding(code="FC301", rule="duration-disagrees-with-dates", severity="warning",
                      category="contradiction", message="m", template="m", metric="truce.duration",
                      claims=("d", "s", "e1", "e2"), sources=("a", "b"))
    text = render(Report(sources=sources, claims=claims, findings=(finding,)), "markdown")
    tables = _tables(text)[:-1]
    rows = [[(r[0], r[1], r[3], r[5]) for r in table[1:]] for table in tables]
    assert rows == [
        [("", "A", "7 days", "1"), ("", "Synthesis", "7 days / 7 days / 7 days", "single-source")],
        [("", "B", "2026-01-30", "1"), ("", "Synthesis", "2026-01-30 / 2026-01-30 / 2026-01-30", "single-source")],
        [("", "A", "2026-02-01", "2"), ("", "B", "2026-02-01", "2"),
         ("", "Synthesis", "2026-02-01 / 2026-02-01 / 2026-02-01", "corroborated")],
    ]
    tokens = _parse(text)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h3"]
    assert headings == ["Truce: duration", "Truce: start", "Truce: end"]


def test_max_bytes_cuts_whole_sections_and_says_so():
    full = render(make_report(), "markdown")
    cut = render(make_report(), "markdown", max_bytes=len(full.encode()) // 2)
    assert len(cut.encode()) <= len(full.encode()) // 2
    assert cut.rstrip().endswith("_The report was cut here to fit; the full report is in the markdown or JSON output._")
    assert all(len({len(r) for r in table}) == 1 for table in _tables(cut))


def test_deterministic_and_order_independent():
    first = render(make_report(), "markdown")
    for seed in range(5):
        assert render(make_report(shuffle=seed), "markdown") == first


def test_no_disputes():
    report = Report(sources=(_source("a"),), claims=(), findings=())
    text = render(report, "markdown")
    assert "No figure is disputed." in text
