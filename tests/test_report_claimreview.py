"""ClaimReview JSON-LD: disputed claims linked to one another, and never a verdict."""

from __future__ import annotations

import json

from checker.report import render
from test_report_support import INJECTION, make_report

VERDICT_KEYS = {"reviewRating", "ratingValue", "bestRating", "worstRating", "alternateName", "ratingExplanation"}


def _reviews(**options) -> list[dict]:
    return json.loads(render(make_report(), "claimreview", **options))


def _keys(value) -> set[str]:
    if isinstance(value, dict):
        return set(value) | set().union(*(_keys(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(set(), *(_keys(v) for v in value))
    return set()


def test_one_review_per_claim_in_a_disputed_finding():
    reviews = _reviews()
    assert [r["itemReviewed"]["@id"] for r in reviews] == [
        "urn:checker:claim:a-1", "urn:checker:claim:a-2", "urn:checker:claim:b-1",
        "urn:checker:claim:c-1", "urn:checker:claim:c-2", "urn:checker:claim:cur-1", "urn:checker:claim:d-2",
    ]
    for review in reviews:
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["author"] == {"@type": "Organization", "name": "checker"}
        assert review["itemReviewed"]["@type"] == "Claim"


def test_no_verdict_anywhere():
    assert not (_keys(_reviews()) & VERDICT_KEYS)


def test_conflicting_claims_cite_each_other():
    reviews = {r["itemReviewed"]["@id"].rsplit(":", 1)[1]: r for r in _reviews()}
    cited = [c["@id"] for c in reviews["a-1"]["citation"]]
    assert cited == ["urn:checker:claim:b-1", "urn:checker:claim:c-1"]
    assert [c["@id"] for c in reviews["c-2"]["citation"]] == ["urn:checker:claim:a-2"]
    appearance = reviews["a-1"]["itemReviewed"]["appearance"]
    assert appearance == {"@type": "CreativeWork", "url": "https://example.org/a", "name": "Strikes",
                          "publisher": {"@type": "Organization", "name": "Kyiv Post"},
                          "datePublished": "2026-02-04"}
    assert reviews["b-1"]["itemReviewed"]["creditText"] == "Officials"


def test_quote_is_kept_and_safe_inside_a_script_element():
    text = render(make_report(), "claimreview")
    assert "<" not in text and "\x1b" not in text and "##[" not in text
    reviews = {r["itemReviewed"]["@id"]: r for r in json.loads(text)}
    assert reviews["urn:checker:claim:c-1"]["claimReviewed"] == INJECTION + " 71 ballistic missiles"


def test_deterministic_ids_and_bytes():
    first = render(make_report(), "claimreview", date_published="2026-02-06")
    assert render(make_report(shuffle=4), "claimreview", date_published="2026-02-06") == first
    assert json.loads(first)[0]["datePublished"] == "2026-02-06"
