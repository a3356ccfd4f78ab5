"""Every format: chosen by name, imported lazily, fast on a megabyte of hostile text, never crashing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.model import Claim, Finding, Report, Source
from checker.report import FORMATS, render
from test_report_support import make_report, make_rules, make_texts

REPO = Path(__file__).resolve().parents[1]


def test_formats_and_unknown_format():
    assert FORMATS == ("text", "markdown", "html", "json", "sarif", "github", "claimreview")
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        render(make_report(), "xml")


def test_machine_formats_do_not_import_rich():
    script = (
        "import sys\n"
        "sys.path.insert(0, 'tests')\n"
        "from test_report_support import make_report, make_rules, make_texts\n"
        "from checker.report import render\n"
        "for fmt in ('json', 'sarif', 'github', 'markdown', 'html', 'claimreview'):\n"
        "    render(make_report(), fmt, rules=make_rules(), texts=make_texts())\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'pint', 'dateparser', 'rapidfuzz')))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def _huge_report(quote: str) -> Report:
    text = quote + "\n"
    source = Source(id="s", path="s.txt", outlet=quote[:5000], title=quote)
    claims = tuple(
        Claim(id=f"c{i}", source="s", kind="quantity", metric="people.killed", value=v, low=v, high=v,
              unit="count", quote=quote, start=0, end=len(quote), attributed_to=quote)
        for i, v in enumerate((28.0, 43.0))
    )
    finding = Finding(code="FC101", rule="quantity-mismatch", severity="error", category="contradiction",
                      message=quote, template="{q}", params={"q": quote}, metric="people.killed",
                      claims=("c0", "c1"), sources=("s",), explanation=quote, fingerprint="f")
    return Report(sources=(source,), claims=claims, findings=(finding,), notices=(quote,)), {"s": text}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_megabyte_hostile_quote_is_fast_in_every_format(fmt):
    unit = "[link=http://x]a[/link]\x1b[31m\u202e|<script>`*_%0A::error::b\n\r##[x]\\"
    quote = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    report, texts = _huge_report(quote)
    render(report, fmt, rules=make_rules(), texts={"s": "warm up"})  # imports are not what is measured
    started = time.perf_counter()
    out = render(report, fmt, rules=make_rules(), texts=texts)
    elapsed = time.perf_counter() - started
    # The bar is 2 s on an idle machine; a quadratic escaper would take minutes, so 8 s proves linearity
    # without flaking on a loaded CI machine.
    assert elapsed < 8, f"{fmt} took {elapsed:.2f} s"
    assert "\x1b" not in out and "\u202e" not in out
    if fmt in ("json", "sarif", "claimreview"):
        json.loads(out)
    if fmt == "github":
        assert len(out.splitlines()) == 1


text_strategy = st.text(max_size=80)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quote=text_strategy, outlet=text_strategy, message=text_strategy)
def test_any_text_renders_in_every_format(quote, outlet, message):
    source = Source(id="s", path="seeds/s.txt", outlet=outlet or None)
    claims = (
        Claim(id="1", source="s", kind="quantity", metric="m", value=1, quote=quote, start=0, end=0),
        Claim(id="2", source="s", kind="date", metric="m", value=20000, quote=quote, start=0, end=0),
    )
    finding = Finding(code="FC101", rule="r", severity="warning", category="contradiction", message=message,
                      template="t", claims=("1", "2"), sources=("s",), explanation=message)
    report = Report(sources=(source,), claims=claims, findings=(finding,), notices=(message,))
    for fmt in FORMATS:
        out = render(report, fmt, rules=make_rules(), texts={"s": quote or "x"})
        out.encode("utf-8")
        assert "\x1b" not in out
        if fmt == "github":
            assert len(out.splitlines()) == 1 and out.startswith("::warning ")
        if fmt in ("json", "sarif", "claimreview"):
            json.loads(out)


def test_every_format_is_byte_identical_for_the_same_content():
    for fmt in FORMATS:
        first = render(make_report(), fmt, rules=make_rules(), texts=make_texts())
        again = render(make_report(shuffle=7), fmt, rules=make_rules(), texts=make_texts())
        assert first == again, fmt
