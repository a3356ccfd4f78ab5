"""A small hand-built Report, with hostile text in it, shared by the reporter tests."""

from __future__ import annotations

import datetime as dt
import random

from checker.model import Claim, Finding, Report, Source, iso_to_day
from checker.judge.rules import Rule

# Everything a quote can do to an output format, in one string.
INJECTION = (
    "[link=http://x]click[/link] \x1b[31mred \u202eevil | <script>alert(1)</script> "
    "::error::boom %0A [/] ##[warning]legacy"
)

TEXT_A = "Forty-three ballistic missiles hit.\nThe talks began on Tuesday, Feb 3.\nA seven-day truce.\n"
TEXT_B = "Officials said 43 ballistic missiles were fired.\r\nAbout 20% of the grid is down.\r\n"
TEXT_C = "Intro line.\n" + INJECTION + " 71 ballistic missiles. Talks started Feb 2.\n"
TEXT_D = "More than 46,000 people have left, and at least 7 died.\n"


def _claim(cid, source, text, quote, **fields) -> Claim:
    start = text.index(quote)
    return Claim(id=cid, source=source, quote=quote, start=start, end=start + len(quote), **fields)


def make_texts() -> dict[str, str]:
    return {"a": TEXT_A, "b": TEXT_B, "c": TEXT_C, "d": TEXT_D}


def make_report(shuffle: int | None = None) -> Report:
    sources = [
        Source(id="a", path="seeds/a.txt", outlet="Kyiv Post", title="Strikes", published=dt.date(2026, 2, 4),
               wire=("Reuters",), url="https://example.org/a"),
        Source(id="b", path="seeds/b.txt", outlet="Wire | Daily", published=dt.date(2026, 2, 4), wire=("REUTERS",)),
        Source(id="c", path="seeds/c.txt", outlet="<b>Evil</b> " + INJECTION, published=dt.date(2026, 2, 5)),
        Source(id="d", path="seeds/d.txt"),
    ]
    quote_c = INJECTION + " 71 ballistic missiles"
    claims = [
        _claim("a-1", "a", TEXT_A, "Forty-three ballistic missiles", kind="quantity", metric="missiles.ballistic",
               value=43, low=43, high=43, unit="count"),
        _claim("b-1", "b", TEXT_B, "43 ballistic missiles", kind="quantity", metric="missiles.ballistic",
               value=43, low=43, high=43, unit="count", attributed_to="Officials"),
        _claim("c-1", "c", TEXT_C, quote_c, kind="quantity", metric="missiles.ballistic",
               value=71, low=71, high=71, unit="count", attributed_to=INJECTION),
        _claim("a-2", "a", TEXT_A, "Tuesday, Feb 3", kind="date", metric="talks.start",
               value=iso_to_day("2026-02-03"), low=iso_to_day("2026-02-03"), high=iso_to_day("2026-02-03"),
               precision="day"),
        _claim("c-2", "c", TEXT_C, "Feb 2", kind="date", metric="talks.start",
               value=iso_to_day("2026-02-02"), low=iso_to_day("2026-02-02"), high=iso_to_day("2026-02-02"),
               precision="day"),
        _claim("a-3", "a", TEXT_A, "seven-day truce", kind="duration", metric="truce.length",
               value=7.0, low=7.0, high=7.0, unit="day"),
        _claim("b-2", "b", TEXT_B, "About 20%", kind="quantity", metric="grid.down", qualifier="about",
               value=20.0, low=18.0, high=22.0, unit="percent"),
        _claim("d-1", "d", TEXT_D, "More than 46,000 people", kind="quantity", metric="people.displaced",
               qualifier="more_than", value=46000, low=46000, high=None, low_inclusive=False, unit="count"),
        _claim("d-2", "d", TEXT_D, "at least 7 died", kind="quantity", metric="people.killed",
               qualifier="at_least", value=7, low=7, high=None, unit="count"),
        Claim(id="cur-1", source="d", origin="curated", kind="quantity", metric="people.killed", value=9.5,
              low=9.5, high=9.5, unit="count", quote="9.5 died", start=0, end=8,
              file="claims/event.yaml", line=12, column=5),
    ]
    findings = [
        Finding(code="FC101", rule="quantity-mismatch", severity="error", category="contradiction",
                message="ballistic missiles: 43 (a, b) vs 71 (c)", template="{metric}: {a} vs {b}",
                params={"metric": "missiles.ballistic", "a": 43.0, "b": 71.0},
                metric="missiles.ballistic", claims=("a-1", "b-1", "c-1"), sources=("a", "b", "c"),
                explanation="Sources give 43 and 71 ballistic missiles; " + INJECTION,
                fingerprint="fp-101"),
        Finding(code="FC201", rule="date-mismatch", severity="warning", category="contradiction",
                message="talks started 2026-02-03 (a) vs 2026-02-02 (c)", template="{x}", params={"x": None},
                metric="talks.start", claims=("a-2", "c-2"), sources=("a", "c"),
                explanation="The start of the talks differs by one day.", fingerprint="fp-201"),
        Finding(code="FC501", rule="corroborated", severity="info", category="corroboration",
                message="truce length given once: 7 days", template="{m}", params={"m": "truce"},
                metric="truce.length", claims=("a-3",), sources=("a",), fingerprint="fp-501"),
        Finding(code="FC103", rule="value-differs", severity="warning", category="contradiction",
                message="killed: at least 7 vs 9.5 " + INJECTION, template="{m}", params={"m": 9.5},
                metric="people.killed", claims=("d-2", "cur-1"), sources=("d",), fingerprint="fp-103"),
    ]
    notices = ("source d has no publication date: relative dates unresolved", "notice with | pipe " + INJECTION)
    if shuffle is not None:
        rng = random.Random(shuffle)
        for items in (sources, claims, findings):
            rng.shuffle(items)
        notices = tuple(reversed(notices))
    return Report(sources=tuple(sources), claims=tuple(claims), findings=tuple(findings),
                  stats={"sources": 4, "claims": len(claims)}, notices=notices)


def _doc_quantity():
    """Sources give values for one figure that cannot all be true.

    Why it matters: a reader cannot trust the figure.
    """


def _doc_date():
    """Sources give different dates for one event."""


def _doc_corroborated():
    """Independent sources agree on a figure."""


def make_rules() -> list[Rule]:
    """A fake registry: the reporters take the rule list as an argument."""
    return [
        Rule("FC101", "quantity-mismatch", "error", "contradiction", _doc_quantity, "group"),
        Rule("FC201", "date-mismatch", "warning", "contradiction", _doc_date, "group"),
        Rule("FC501", "corroborated", "info", "corroboration", _doc_corroborated, "group"),
    ]
