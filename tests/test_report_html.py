"""The editors' HTML report: one valid, self-contained page; quotes in their sentences; pictures; nothing runs."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import html5lib
import pytest

from checker.run import execute
from checker.model import Claim, Finding, Report, Source
from checker.report import render
from checker.report.shared import comparable_groups, group_disputes
from test_report_support import INJECTION, make_report, make_rules, make_texts

ROOT = Path(__file__).resolve().parents[1]
EVENT_HANDLER = re.compile(r"^on", re.I)


def parse(text: str):
    """The page as html5lib builds it; the test fails on any parse error."""
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    document = parser.parse(text)
    assert parser.errors == [], parser.errors[:5]
    return document


def svgs(element) -> list:
    """The SVG pictures inside element (html5lib puts them in the SVG namespace)."""
    return list(element.iter("{http://www.w3.org/2000/svg}svg"))


def _external(document) -> list[str]:
    """Every way the page could reach beyond itself: scripts, links, images, frames, styles, fonts, forms."""
    found = []
    for element in document.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        local = tag.rsplit("}", 1)[-1]
        if local in ("script", "link", "img", "iframe", "object", "embed", "form", "base", "image", "use", "video",
                     "audio", "source"):
            found.append(local)
        for name, value in element.attrib.items():
            name = name.rsplit("}", 1)[-1]
            if EVENT_HANDLER.match(name):
                found.append(f"{local}@{name}")
            if name in ("src", "srcset", "action", "formaction", "xlink:href", "poster", "style"):
                found.append(f"{local}@{name}={value}")
            if name == "href" and not value.startswith("#"):
                assert value.startswith(("https://", "http://")), value
                assert element.get("rel") == "noopener noreferrer", value
    for style in document.iter("style"):
        assert "url(" not in style.text and "@import" not in style.text and "@font-face" not in style.text
    return found


@pytest.fixture(scope="module")
def seeds_html(tmp_path_factory):
    import os

    here = os.getcwd()
    os.chdir(ROOT)
    try:
        report, texts = execute(["seeds", "claims"])
    finally:
        os.chdir(here)
    return report, render(report, "html", texts=texts)


def test_seeds_report_parses_cleanly_and_stands_alone(seeds_html):
    report, page = seeds_html
    document = parse(page)
    assert _external(document) == []
    csp = document.find(".//meta[@http-equiv='Content-Security-Policy']").get("content")
    assert "default-src 'none'" in csp and "script-src 'none'" in csp
    assert page.startswith("<!DOCTYPE html>")


def test_each_disputed_figure_has_its_quotes_highlighted_and_a_picture(seeds_html):
    report, page = seeds_html
    document = parse(page)
    claims = {c.id: c for c in report.claims}
    sections = {s.get("id"): s for s in document.iter("section")}
    disputed = [f for _, findings in group_disputes(report.findings) for f in findings]
    assert len(disputed) == 4 and len(sections) >= 4
    for finding in disputed:
        section = next(s for s in sections.values()
                       if s.find("./p/span[@class='code']").text == f"{finding.code} {finding.rule}")
        marks = {"".join(m.itertext()) for m in section.iter("mark")}
        for claim_id in finding.claims:
            assert claims[claim_id].quote in marks, (finding.code, claims[claim_id].quote)
        figures = comparable_groups([claims[i] for i in finding.claims])
        assert len(svgs(section)) >= len(figures) >= 1


def test_summary_links_reach_every_detailed_finding(seeds_html):
    _, page = seeds_html
    document = parse(page)
    ids = {e.get("id") for e in document.iter() if e.get("id")}
    targets = [a.get("href")[1:] for a in document.iter("a") if a.get("href", "").startswith("#")]
    assert targets and all(t in ids for t in targets)
    summary = document.find(".//nav")
    assert [e.tag for e in summary if e.tag in ("h2", "details")] == [
        "h2", "h2", "h2", "details"]  # disputes, other observations, corroborated, single-source (collapsed)
    assert "16 single-source figures" in "".join(summary.find("details/summary").itertext())


def test_running_totals_get_a_timeline(seeds_html):
    _, page = seeds_html
    document = parse(page)
    updated = next(s for s in document.iter("section")
                   if "FC201" in s.find("./p/span[@class='code']").text)
    assert [svg.get("class") for svg in svgs(updated)] == ["timeline"]


def test_quote_is_shown_within_its_sentence():
    report = make_report()
    page = render(report, "html", texts=make_texts())
    document = parse(page)
    figure = next(f for f in document.iter("figure") if f.get("data-claim") == "b-1")
    assert "".join(figure.find("blockquote").itertext()) == "Officials said 43 ballistic missiles were fired."
    assert figure.find("blockquote/mark").text == "43 ballistic missiles"


def test_hostile_text_shows_as_text_and_nothing_can_run():
    page = render(make_report(), "html", rules=make_rules(), texts=make_texts())
    document = parse(page)
    assert _external(document) == []
    assert "<script>alert(1)</script>" in "".join(document.find("body").itertext())
    assert "\x1b" not in page and "\u202e" not in page


def test_links_only_to_web_addresses():
    def report_with(url: str) -> Report:
        source = Source(id="a", path="a.txt", outlet="A", title="T", url=url, published=dt.date(2026, 2, 4))
        claim = Claim(id="1", source="a", kind="quantity", metric="m", value=1, quote="1", start=0, end=1)
        finding = Finding(code="FC101", rule="r", severity="error", category="contradiction", message="m",
                          template="m", metric="m", claims=("1",), sources=("a",))
        return Report(sources=(source,), claims=(claim,), findings=(finding,))

    links = lambda url: [a.get("href") for a in parse(render(report_with(url), "html")).iter("a")  # noqa: E731
                         if not a.get("href", "").startswith("#")]
    assert links("https://example.org/a?b=1&c=2") == ["https://example.org/a?b=1&c=2"] * 2
    for bad in ("javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "//evil.example/x",
                "https://example.org/\"onmouseover=\"x", "vbscript:x"):
        assert links(bad) == [], bad


def test_long_runs_detail_the_first_findings_and_say_so():
    report = make_report()
    page = render(report, "html", detailed=1)
    document = parse(page)
    assert len(list(document.iter("section"))) == 1
    assert "2 more findings are left out of this page" in "".join(document.find("body").itertext())


def test_byte_identical_for_the_same_content():
    first = render(make_report(), "html", texts=make_texts())
    assert render(make_report(shuffle=3), "html", texts=make_texts()) == first
    assert INJECTION  # the shared report carries the injection string in every text field
