"""GitHub annotations: one command line per finding, escaped like the toolkit, never a command of the text's."""

from __future__ import annotations

from checker.report import render
from checker.report.github import summary_markdown
from test_report_support import INJECTION, make_report, make_texts


def _lines() -> list[str]:
    text = render(make_report(), "github", texts=make_texts())
    assert text.endswith("\n")
    return text.splitlines()


def test_one_line_per_finding_each_starting_with_our_command():
    lines = _lines()
    assert len(lines) == 4
    assert [line.split(" ", 1)[0] for line in lines] == ["::error", "::warning", "::warning", "::notice"]
    # Python's splitlines also splits on VT, FF, NEL, U+2028: none survived either.
    assert all(line.count("\n") == 0 and "\r" not in line for line in lines)


def test_properties_and_title():
    first = _lines()[0]
    properties, message = first[len("::error ") :].split("::", 1)
    assert properties == "file=seeds/a.txt,line=1,col=1,title=FC101 quantity-mismatch"
    assert message.startswith("ballistic missiles: 43 (a, b) vs 71 (c)%0A%0ASources give 43")


def test_hostile_message_survives_escaped():
    line = _lines()[1]
    properties, message = line[len("::warning ") :].split("::", 1)
    assert "%250A" in message  # the text's own "%0A" is not a line break
    assert "::error::boom" in message  # harmless: it is data after our command's "::"
    assert "\x1b" not in line and "\\x1b" in line and "\\u202e" in line
    # Unescaped as the runner does, the message is the text (with invisibles made visible).
    shown = message.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")
    assert shown.endswith(INJECTION.replace("\x1b", "\\x1b").replace("\u202e", "\\u202e"))


def test_path_with_commas_and_colons_is_escaped():
    report = make_report()
    sources = tuple(s.model_copy(update={"path": "odd,dir/a:b%.txt"}) if s.id == "a" else s for s in report.sources)
    text = render(report.model_copy(update={"sources": sources}), "github", texts=make_texts())
    assert "file=odd%2Cdir/a%3Ab%25.txt,line=1" in text.splitlines()[0]


def test_summary_markdown_is_the_markdown_report_within_github_limits():
    summary = summary_markdown(make_report(), max_bytes=2000)
    assert summary.startswith("# Where the sources disagree")
    assert len(summary.encode()) <= 2000
