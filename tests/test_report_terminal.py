"""The terminal report: discrepancies first with their quotes, bounded, and nothing raw reaches the screen."""

from __future__ import annotations

import io

from checker.model import Claim, Finding, Report, Source
from checker.report import render
from checker.report.terminal import print_report
from test_report_support import make_report, make_texts


def _text(report=None, **options) -> str:
    return render(report or make_report(), "text", texts=make_texts(), **options)


def test_discrepancies_first_with_quotes_sources_and_explanation():
    text = _text()
    lines = text.splitlines()
    heads = [line.split()[0:2] for line in lines if line[:1] not in (" ", "") and not line.startswith("note")]
    assert heads[:3] == [["error", "FC101"], ["warning", "FC103"], ["warning", "FC201"]]
    assert "seeds/a.txt:1:1" in lines[0]
    assert "Kyiv Post  43  “Forty-three ballistic missiles”" in text
    assert "Wire | Daily  43  “43 ballistic missiles” — according to Officials" in text
    assert "Why: The start of the talks differs by one day." in text
    assert "4 findings: 1 error, 2 warnings, 1 info in 10 figures from 4 sources." in text


def test_corroborated_and_single_source_figures_are_one_line_unless_asked_for():
    text = _text()
    assert "FC501" not in text
    assert "1 info finding not shown (1 corroborated figure): --show-info shows them." in text
    shown = _text(show_info=True)
    assert ["info", "FC501"] in [line.split()[0:2] for line in shown.splitlines()]
    assert "not shown" not in shown
    # The summary still counts every finding: collapsing is display only.
    assert "4 findings: 1 error, 2 warnings, 1 info" in text and "4 findings: 1 error, 2 warnings, 1 info" in shown


def test_colour_follows_no_color_force_color_and_the_terminal():
    from checker.report.terminal import colour_wanted

    class Tty(io.StringIO):
        def isatty(self):
            return True

    assert colour_wanted(Tty(), {}) and not colour_wanted(io.StringIO(), {})
    assert colour_wanted(io.StringIO(), {"FORCE_COLOR": "1"})
    assert not colour_wanted(Tty(), {"NO_COLOR": "1"}) and not colour_wanted(Tty(), {"NO_COLOR": "1", "FORCE_COLOR": "1"})
    assert colour_wanted(Tty(), {"NO_COLOR": "", "FORCE_COLOR": ""})  # empty means unset


def test_the_value_in_conflict_is_marked():
    conflict = [line for line in _text().splitlines() if line.lstrip().startswith("≠")]
    assert len(conflict) == 2 and "71" in conflict[0] and "2026-02-02" in conflict[1]


def test_plain_text_has_no_escape_sequence_and_no_live_markup():
    text = _text(width=80)
    assert "\x1b" not in text and "\x9b" not in text and "\u202e" not in text
    assert "[link=http://x]click[/link]" in text and "\\x1b[31mred" in text and "\\u202eevil" in text
    assert all(line == line.rstrip() for line in text.splitlines())


def test_colour_when_asked_and_never_under_no_color(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    coloured = _text(color=True)
    assert "\x1b[" in coloured
    # The only escape sequences are SGR colours of ours: no hyperlink, title or cursor movement.
    assert "\x1b]" not in coloured
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b" not in _text(color=True)


def test_print_report_to_a_console():
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=100, color_system=None)
    print_report(make_report(), console, texts=make_texts())
    assert buffer.getvalue().rstrip().splitlines()[-1].startswith("note:")
    assert "[link=http://x]click[/link]" in buffer.getvalue()


def _many(n: int) -> Report:
    source = Source(id="s", path="s.txt")
    claims, findings = [], []
    for i in range(n):
        claims.append(Claim(id=f"c{i:04d}", source="s", kind="quantity", metric=f"m{i:04d}", value=i,
                            quote="x" * 500, start=0, end=1))
        findings.append(Finding(code="FC101", rule="r", severity="warning", category="contradiction",
                                message=f"finding {i:04d}", template="t", metric=f"m{i:04d}",
                                claims=(f"c{i:04d}",), sources=("s",)))
    return Report(sources=(source,), claims=tuple(claims), findings=tuple(findings))


def test_top_findings_only_and_the_rest_pointed_to():
    report = _many(1000)
    text = render(report, "text", texts={"s": "x"}, top=50)
    assert "finding 0049" in text and "finding 0050" not in text
    assert "Showing the first 50 of 1000 findings; --format json has them all." in text
    assert len(render(report, "text", texts={"s": "x"}, top=5).splitlines()) < 40


def test_deterministic_and_order_independent():
    first = _text()
    for seed in range(3):
        assert render(make_report(shuffle=seed), "text", texts=make_texts()) == first


def test_no_findings():
    text = render(Report(sources=(), claims=(), findings=()), "text")
    assert text == "No findings in 0 figures from 0 sources.\n"
