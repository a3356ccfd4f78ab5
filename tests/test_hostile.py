"""Hostile article text end to end: it shows literally and harmlessly in every format, and fast."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from checker.run import execute, run
from checker.extract.pipeline import extract_claims
from checker.model import Source
from checker.report import FORMATS, render
from contexts import context_for

HOSTILE = ("[link=https://evil.example]click[/link] [/] \x1b[31mred\x1b[0m \u202egnp.exe | <script>alert(1)</script> "
           "::error::pwned %0A")


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "a.txt").write_text(
        f"Officials said Russia launched 43 ballistic missiles on Tuesday, {HOSTILE} the air force reported.\n",
        encoding="utf-8")
    (folder / "b.txt").write_text(
        f"Ukraine reported 71 ballistic missiles {HOSTILE} were launched on Tuesday.\n", encoding="utf-8")
    (folder / "sources.yaml").write_text(
        f"a:\n  outlet: {json.dumps('Evil ' + HOSTILE)}\n  published: 2026-02-04\n"
        "b:\n  outlet: Plain\n  published: 2026-02-04\n", encoding="utf-8")
    claims = folder.parent / "hostile-claims.yaml"
    claims.write_text(
        "story: hostile\nclaims:\n"
        f"  - id: h1\n    source: b\n    quote: {json.dumps('71 ballistic missiles ' + HOSTILE)}\n"
        "    kind: quantity\n    metric: missiles.ballistic\n    value: 71\n", encoding="utf-8")
    return execute([str(folder), str(claims)])


@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_text_is_harmless_in_every_format(hostile_run, fmt):
    report, texts = hostile_run
    assert any(f.code == "FC101" for f in report.findings)
    out = render(report, fmt, texts=texts)
    assert "\x1b" not in out and "\u202e" not in out
    if fmt == "text":
        assert "[link=https://evil.example]" in out  # printed literally, not turned into a link
    if fmt in ("markdown", "html"):
        assert "<script>" not in out
    if fmt == "html":
        from test_report_html import parse

        document = parse(out)
        assert not [e for e in document.iter() if e.tag in ("script", "a") and e.get("href", "#").startswith("java")]
        assert not [name for e in document.iter() for name in e.attrib if name.lower().startswith("on")]
        assert "<script>alert(1)</script>" in "".join(document.find("body").itertext())
        for line in out.splitlines():
            if line.startswith("|") and "71" in line and "pwned" in line:
                assert line.count("|") - line.count("\\|") == 7 or line.count("|") - line.count("\\|") >= 3
    if fmt == "github":
        for line in out.splitlines():
            # A workflow command starts a line: hostile text inside an annotation's escaped message is only text.
            assert line.startswith(("::error ", "::warning ", "::notice ")), line
            assert not line.startswith("::error::pwned")
    else:
        assert not any(line.lstrip().startswith("::") for line in out.splitlines())
    if fmt in ("json", "sarif", "claimreview"):
        json.loads(out)


@pytest.mark.parametrize(("unit", "least_claims"), [
    # Junk dense with figures: read as a table and skipped.
    ("Monday, 1,2,1,2,$1 at least " + "9" * 40 + " [/]" + "-" * 30 + "::" + "(" * 20, 0),
    # Prose-like, just sparse enough to be read: a figure, a place and "the town" in every sentence.
    ("Russia fired 43 missiles at Kyiv near the town, said [/] officials::(( ", 10_000),
])
def test_one_megabyte_adversarial_line_through_extraction(unit, least_claims):
    line = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    source = Source(id="adv", path="adv.txt")
    started = time.perf_counter()
    claims = extract_claims(source, line)
    elapsed = time.perf_counter() - started
    # The bar is 2 s (measured by benchmarks/adversarial.py); this bound only proves the time is not
    # quadratic (that would take many minutes) without flaking on a busy CI machine.
    assert elapsed < 30, f"extraction took {elapsed:.2f} s"
    assert len(claims) >= least_claims
    for c in claims[:: max(1, len(claims) // 1000)]:
        assert line[c.start:c.end] == c.quote


def test_one_megabyte_source_with_a_long_hostile_quote_in_every_format(tmp_path):
    text = "Kyiv said 43 ballistic missiles " + ("[/]\x1b|<b>::x " * 80_000) + "hit.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Ukraine reported 71 ballistic missiles.\n", encoding="utf-8")
    claims = tmp_path.parent / f"{tmp_path.name}-claims.yaml"
    claims.write_text("story: big\nclaims:\n  - id: big\n    source: a\n    quote: "
                      + json.dumps("43 ballistic missiles " + "[/]\x1b|<b>::x " * 100)
                      + "\n    kind: quantity\n    metric: missiles.ballistic\n    value: 43\n", encoding="utf-8")
    report = run([str(tmp_path), str(claims)])
    for fmt in FORMATS:
        started = time.perf_counter()
        out = render(report, fmt)
        assert time.perf_counter() - started < 10, fmt
        assert "\x1b" not in out
        assert not re.search(r"(?m)^\s*::(?!error |warning |notice )", out) or fmt != "github"


def _catalogue():
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(
        "bad_inputs_catalogue_html", Path(__file__).resolve().parent / "bad_inputs" / "catalogue.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


_CATALOGUE = _catalogue()
_ACCEPTED_SOURCES = [c for c in _CATALOGUE.load_cases() if c.reader == "source" and c.expect == "ok"]


@pytest.mark.parametrize("case", _ACCEPTED_SOURCES, ids=[c.id for c in _ACCEPTED_SOURCES])
def test_catalogue_sources_pass_through_the_html_report_inert(case, tmp_path):
    """Every source the bad-input catalogue accepts, its hostile markup among them, renders as text in HTML."""
    from test_report_html import parse

    report, texts = execute(_CATALOGUE.materialize(case, tmp_path))
    out = render(report, "html", texts=texts)
    document = parse(out)
    assert [e.tag for e in document.iter() if e.tag in ("script", "img", "iframe", "object", "embed")] == []
    assert [name for e in document.iter() for name in e.attrib if name.lower().startswith("on")] == []
    assert all(e.get("href").startswith(("#", "http://", "https://")) for e in document.iter("a"))
    if case.id == "source-hostile-markup":
        body = "".join(document.find("body").itertext())
        assert "</style><script>document.title='pwned'</script>Evil Outlet" in body
        assert "<a href=\"javascript:document.title='pwned'\">Plain</a> & <b>Co</b>" in body
        assert "<style>" in out and out.count("</style>") == 1  # only our own style sheet's end tag


def test_rules_stay_bounded_when_a_text_repeats_one_figure_thousands_of_times():
    from checker.judge.grouping import MAX_GROUP
    from checker.judge.rulepass import judge
    from checker.options import Options
    from checker.model import Claim

    def claim(i: int, value: float) -> Claim:
        return Claim(id=f"s:{i}", source="s", kind="quantity", metric="drones", value=value, low=value,
                     high=value, unit="count", quote="x", start=i, end=i + 1, as_of="2026-02-04")

    claims = [claim(i, 5.0) for i in range(6000)] + [claim(6000 + i, float(i)) for i in range(2 * MAX_GROUP)]
    source = Source(id="s", path="s.txt")
    ctx = context_for({"s": source}, {"s": ""})
    started = time.perf_counter()
    findings, notices = judge(claims, ctx, Options())
    # Quadratic rules over 6,800 claims would take minutes; bounded groups take well under a second.
    assert time.perf_counter() - started < 30
    assert any(f.code == "FC104" for f in findings)  # distinct readings of one figure in one source still meet
    assert any("distinct readings compared" in n for n in notices)
