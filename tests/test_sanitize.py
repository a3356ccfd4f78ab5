"""The sanitiser: each target's escaping holds for any text, hostile or not."""

from __future__ import annotations

import json
import re
import sys
import time
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.report import sanitize
from checker.report.sanitize import (
    escape_github_data,
    escape_github_property,
    escape_json_text,
    escape_markup,
    for_github_message,
    for_github_property,
    for_json,
    for_markdown_cell,
    for_terminal,
    plain,
)
from timing import fastest_seconds

UNSAFE_CATEGORIES = {"Cc", "Cf", "Cs", "Zl", "Zp"}


def _unsafe(char: str) -> bool:
    return unicodedata.category(char) in UNSAFE_CATEGORIES


# Text with plenty of what matters: controls, bidi, zero-width, markup, markdown and command syntax.
HOSTILE_ALPHABET = st.sampled_from(
    list("\x00\x07\x08\t\n\r\x0b\x0c\x1b\x7f\x85\x9b\u00ad\u200b\u200d\u200e\u2028\u2029\u202a\u202e\u2066\u2069\ufeff")
    + list("[]/\\|<>&`*_~$#-+=:.,%!()@ aZ09é語")
    + ["\U000e0041", "\ud800", "\U0001f600"]
)
hostile_text = st.one_of(st.text(), st.text(alphabet=HOSTILE_ALPHABET, max_size=60))


def test_unsafe_ranges_cover_every_control_format_and_separator_character():
    pattern = re.compile(
        "[" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in sanitize.UNSAFE_RANGES) + "]"
    )
    missing = [hex(c) for c in range(sys.maxunicode + 1) if _unsafe(chr(c)) and not pattern.match(chr(c))]
    assert missing == [], f"add to UNSAFE_RANGES (Unicode {unicodedata.unidata_version}): {missing[:20]}"
    # The list may run ahead of this Python's Unicode database, but only over unassigned code points.
    extra = {
        unicodedata.category(chr(c))
        for lo, hi in sanitize.UNSAFE_RANGES
        for c in range(lo, hi + 1)
        if not _unsafe(chr(c))
    }
    assert extra <= {"Cn"}


# ---- terminal ----------------------------------------------------------------------------------


@given(hostile_text, st.booleans())
def test_terminal_text_has_no_control_or_invisible_character(text, newlines):
    out = for_terminal(text, newlines=newlines, markup=False)
    assert [c for c in out if _unsafe(c) and not (newlines and c == "\n")] == []


@given(hostile_text)
def test_terminal_markup_escape_prints_the_text_literally_inside_our_own_tags(text):
    from rich.text import Text

    raw = for_terminal(text, markup=False)
    rendered = Text.from_markup(f"[bold]{for_terminal(text)}[/bold]", emoji=False)
    assert rendered.plain == raw
    # Nothing of the text became a style or a link: one span, ours.
    assert [str(span.style) for span in rendered.spans] in ([], ["bold"])


def test_terminal_makes_escapes_and_bidi_visible():
    assert for_terminal("\x1b[31mred\x1b]0;title\x07") == "\\x1b[31mred\\x1b]0;title\\x07"
    assert for_terminal("a\u202eb\u2066c\u200bd", markup=False) == "a\\u202eb\\u2066c\\u200bd"
    assert for_terminal("csi\x9b2J", markup=False) == "csi\\x9b2J"
    assert for_terminal("tag\U000e0041", markup=False) == "tag\\U000e0041"


def test_terminal_line_ends():
    assert for_terminal("a\r\nb\rc\nd", markup=False) == "a b c d"
    assert for_terminal("a\r\nb\rc\nd", newlines=True, markup=False) == "a\nb\nc\nd"
    assert for_terminal("a\tb", markup=False) == "a b"


def test_rich_markup_cannot_link_style_or_crash():
    import io

    from rich.console import Console

    hostile = "[link=http://evil.example]click[/link] [bold red]FAKE[/] [/]"
    buffer = io.StringIO()
    console = Console(file=buffer, width=200, force_terminal=True, color_system="truecolor", highlight=False)
    console.print(f"[dim]{for_terminal(hostile)}[/dim]")
    assert "\x1b]8;" not in buffer.getvalue()  # no OSC 8 hyperlink
    assert "\x1b[1;31m" not in buffer.getvalue()  # no bold red
    plain_console = Console(file=io.StringIO(), width=200, color_system=None)
    plain_console.print(f"[dim]{for_terminal(hostile)}[/dim]")
    assert plain_console.file.getvalue() == hostile + "\n"


def test_markup_escape_is_linear_on_backslash_runs():
    # rich.markup.escape itself takes seconds here (its pattern backtracks on the run).
    text = "\\" * 200_000 + "[b]" + "\\" * 200_000
    assert fastest_seconds(lambda: escape_markup(text), 3.0) < 3.0  # generous: the quadratic escaper takes far longer
    escaped = escape_markup(text)
    assert escaped.count("[b]") == 1


def test_markup_escape_leaves_plain_text_alone():
    assert escape_markup("43 missiles or [1] [A]") == "43 missiles or [1] [A]"
    assert escape_markup("43 missiles [sic]") == "43 missiles \\[sic]"
    assert escape_markup("[sic]") == "\\[sic]"


# ---- markdown ----------------------------------------------------------------------------------


def _markdown_cells(cell: str) -> list[list[tuple[str, str]]]:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    tokens = md.parse(f"| a | b |\n|---|---|\n| {cell} | tail |\n")
    return [[(c.type, c.content) for c in t.children or []] for t in tokens if t.type == "inline"]


def _expected_cell_text(text: str) -> str:
    return for_terminal(text, markup=False).strip()


def _has_unescaped(out: str, char: str) -> bool:
    for match in re.finditer(re.escape(char), out):
        backslashes = len(out[: match.start()]) - len(out[: match.start()].rstrip("\\"))
        if backslashes % 2 == 0:
            return True
    return False


@given(hostile_text)
def test_markdown_cell_never_holds_an_unescaped_pipe_or_a_line_end(text):
    out = for_markdown_cell(text, max_length=None)
    assert "\n" not in out and "\r" not in out
    assert not _has_unescaped(out, "|")
    assert [c for c in out if _unsafe(c)] == []


@settings(max_examples=300)
@given(hostile_text)
def test_markdown_cell_parses_back_to_the_literal_text_in_its_own_column(text):
    cells = _markdown_cells(for_markdown_cell(text, max_length=None))
    assert len(cells) == 4, "header a, b, then our cell and the tail: columns did not shift"
    ours, tail = cells[2], cells[3]
    assert tail == [("text", "tail")]
    expected = _expected_cell_text(text)
    assert all(kind == "text" for kind, _ in ours), ours  # no link, image, code, html, emphasis
    assert "".join(content for _, content in ours) == expected


@pytest.mark.parametrize(
    "text",
    ["<script>alert(1)</script>", "[x](http://evil)", "![i](http://evil/p.png)", "`a | b`", "a\nb", "**b**",
     "~~s~~", "$x$", "&#124;", "<http://evil>", "# heading", "- item", "1. item", "> quote", "---"],
)
def test_markdown_cell_neutralises_known_syntax(text):
    from markdown_it import MarkdownIt

    html_out = MarkdownIt("commonmark").enable("table").render(f"- {for_markdown_cell(text)}\n")
    for tag in ("<script", "<a ", "<img", "<code", "<strong", "<em", "<h1", "<ol", "<blockquote", "<hr", "<br"):
        assert tag not in html_out
    assert html_out.count("<li>") == 1


def test_markdown_cell_is_cut_before_escaping():
    out = for_markdown_cell("<" * 1000, max_length=10)
    assert out == "&lt;" * 9 + "…"


def test_markdown_leading_block_markers_only_at_start():
    assert for_markdown_cell("-20°C and 2.5 million #tag") == "-20°C and 2.5 million #tag"
    assert for_markdown_cell("::error::x").startswith("\\::")


# ---- GitHub ------------------------------------------------------------------------------------


def test_github_escaping_matches_the_toolkit():
    assert escape_github_data("50% a\r\nb: c, d") == "50%25 a%0D%0Ab: c, d"
    assert escape_github_property("50% a\r\nb: c, d") == "50%25 a%0D%0Ab%3A c%2C d"
    assert escape_github_data("%0A") == "%250A"


def _runner_unescape(escaped: str, *, prop: bool) -> str:
    # actions/runner ActionCommand.UnescapeData / UnescapeProperty, in the runner's order.
    pairs = [("%0D", "\r"), ("%0A", "\n")] + ([("%3A", ":"), ("%2C", ",")] if prop else []) + [("%25", "%")]
    for replacement, token in pairs:
        escaped = escaped.replace(replacement, token)
    return escaped


@given(hostile_text)
def test_github_escaping_round_trips_through_the_runner_and_stays_on_one_line(text):
    message = for_github_message(text, max_length=None)
    prop = for_github_property(text, max_length=None)
    for out in (message, prop):
        assert len(out.splitlines()) <= 1
        assert [c for c in out if _unsafe(c) and c != "\t"] == []
    assert "," not in prop and ":" not in prop
    # What the runner shows is the text with only invisibles made visible.
    shown = sanitize._github_visible(text)
    assert _runner_unescape(message, prop=False) == shown
    assert _runner_unescape(prop, prop=True) == shown


# ---- JSON and plain ----------------------------------------------------------------------------


@given(st.recursive(hostile_text | st.integers(), lambda inner: st.lists(inner, max_size=4), max_leaves=8))
def test_json_escaping_keeps_the_data_and_leaves_nothing_raw(value):
    def clean(v):
        return for_json(v) if isinstance(v, str) else [clean(x) for x in v] if isinstance(v, list) else v

    value = clean(value)
    text = escape_json_text(json.dumps(value, ensure_ascii=False, indent=2), html_safe=True)
    assert json.loads(text) == value
    assert [c for c in text if _unsafe(c) and c != "\n"] == []
    assert "##[" not in text and "<" not in text
    text.encode("utf-8")  # no lone surrogate left to crash the write


def test_for_json_keeps_text_but_lone_surrogates():
    assert for_json("a\x00\x1b\u202e") == "a\x00\x1b\u202e"
    assert for_json("a\ud800b") == "a\ufffdb"


@given(hostile_text)
def test_plain_removes_every_unsafe_character(text):
    out = plain(text)
    assert [c for c in out if _unsafe(c)] == []
    assert "\n" in plain("a\r\nb", newlines=True)


def test_a_megabyte_of_hostile_text_is_fast_through_every_escaper():
    junk = ("\x1b[31m\u202e|<a>[/]`*_%\n::" * 70_000)[:1_000_000]
    started = time.perf_counter()
    for_terminal(junk)
    for_markdown_cell(junk, max_length=None)
    for_github_message(junk, max_length=None)
    for_github_property(junk, max_length=None)
    escape_json_text(json.dumps(for_json(junk), ensure_ascii=False), html_safe=True)
    plain(junk)
    assert time.perf_counter() - started < 8  # the bar is 2 s idle; generous so a loaded CI does not flake


def test_for_html_escapes_markup_and_shows_invisibles():
    from checker.report.sanitize import for_html, html_visible

    assert for_html("<img src=x onerror=\"a\">'&") == "&lt;img src=x onerror=&quot;a&quot;&gt;&#x27;&amp;"
    assert html_visible("a\x1b[31mb\u202ec\r\nd\te") == "a\\x1b[31mb\\u202ec d e"
    assert "<" in html_visible("<b>")  # the template escapes; this only makes controls visible


def test_safe_url_links_only_to_plain_web_addresses():
    from checker.report.sanitize import safe_url

    assert safe_url(" https://example.org/a?b=1&c=%22 ") == "https://example.org/a?b=1&c=%22"
    assert safe_url("HTTP://EXAMPLE.ORG") == "HTTP://EXAMPLE.ORG"
    for bad in (None, "", "javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "vbscript:x",
                "//evil.example", "/relative", "http:/x", "https://example.org/\u202e", "https://a.org/\"x",
                "https://a.org/<x>", "https://a.org/ x", "https:\\\\evil.example"):
        assert safe_url(bad) is None, bad
