"""The HTML report in a real browser (headless Chromium): quotes highlighted, pictures drawn, hostile input inert."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import html5lib
import pytest

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "bad_inputs" / "source_dirs" / "hostile"
SVG = "{http://www.w3.org/2000/svg}svg"
CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser") if shutil.which(name)), None)

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium not found: apt-get install chromium to run the browser tests")

# Debian's chromium as root, on a machine with no network: no sandbox, no GPU, and none of the
# background connections it would otherwise try (and be refused) at every start.
_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync")


def _checker(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)


def dump_dom(page: Path, profile: Path):
    """The page's DOM after Chromium loaded it and ran whatever it would run (a second of virtual time)."""
    done = subprocess.run([CHROMIUM, *_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=1000",
                           "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=90)
    assert done.returncode == 0 and "<html" in done.stdout, done.stderr[-2000:]
    parser = html5lib.HTMLParser(namespaceHTMLElements=False)
    return parser.parse(done.stdout), done.stdout


def _text(element) -> str:
    return "".join(element.itertext())


def test_seeds_report_in_chromium_highlights_every_error_quote_and_draws_each_disputed_figure(tmp_path):
    page = tmp_path / "report.html"
    done = _checker("report", "seeds", "claims", "--no-cache", "-f", "html", "-o", str(page))
    assert done.returncode == 1, done.stderr
    report = json.loads(_checker("report", "seeds", "claims", "--no-cache", "-f", "json").stdout)
    claims = {c["id"]: c for c in report["claims"]}
    document, _ = dump_dom(page, tmp_path / "profile")
    sections = list(document.iter("section"))
    errors = [f for f in report["findings"] if f["severity"] == "error"]
    assert errors
    for finding in errors:
        section = next(s for s in sections if f"{finding['code']} {finding['rule']}" in _text(s.find("p")))
        marks = [_text(m) for m in section.iter("mark")]
        for claim_id in finding["claims"]:
            assert claims[claim_id]["quote"] in marks, claims[claim_id]["quote"]
    disputed = {(f["metric"], f["subject"]) for f in report["findings"] if f["severity"] in ("error", "warning")}
    drawn = {}
    for finding in (f for f in report["findings"] if f["severity"] in ("error", "warning")):
        section = next(s for s in sections if f"{finding['code']} {finding['rule']}" in _text(s.find("p")))
        drawn[(finding["metric"], finding["subject"])] = drawn.get((finding["metric"], finding["subject"]), 0) + \
            len(list(section.iter(SVG)))
    assert set(drawn) == disputed and all(count >= 1 for count in drawn.values()), drawn
    # Chromium laid the pictures out: each SVG keeps its marks (circles for readings) after parsing.
    assert all(list(svg.iter("{http://www.w3.org/2000/svg}circle")) or list(svg.iter("{http://www.w3.org/2000/svg}rect"))
               for s in sections for svg in s.iter(SVG))


def test_hostile_sources_and_claims_run_nothing_in_chromium(tmp_path):
    quote = "71 ballistic missiles </style><script>document.title='pwned'</script>"
    claims = tmp_path / "hostile-claims.yaml"
    claims.write_text(
        "story: hostile\nclaims:\n"
        f"  - id: h1\n    source: b\n    quote: {json.dumps(quote)}\n    kind: quantity\n"
        "    metric: missiles.ballistic\n    value: 71\n    subject: Kyiv\n"
        f"    attributed_to: {json.dumps('<img src=x onerror=document.title=1>')}\n", encoding="utf-8")
    page = tmp_path / "hostile.html"
    done = _checker("report", str(HOSTILE), str(claims), "--no-cache", "-f", "html", "-o", str(page))
    assert done.returncode in (0, 1), done.stderr
    document, dom = dump_dom(page, tmp_path / "profile")
    assert _text(document.find(".//title")) == "Where the sources disagree"  # no script retitled the page
    assert list(document.iter("pwned-marker")) == [] and "<pwned-marker" not in dom  # no onerror handler ran
    assert list(document.iter("script")) == [] and list(document.iter("img")) == []
    for element in document.iter():
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name)
            assert not value.strip().lower().startswith("javascript:"), (element.tag, value)
    body = _text(document.find("body"))
    # The markup shows as text, where an editor can read it.
    assert "</style><script>document.title='pwned'</script>Evil Outlet" in body
    assert "<img src=x onerror=\"document.body.appendChild(document.createElement('pwned-marker'))\">" in body
    assert quote in [_text(m) for m in document.iter("mark")]
    assert "<img src=x onerror=document.title=1>" in body
