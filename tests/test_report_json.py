"""The JSON report keeps its contract: fields, scales, order and exact text."""

from __future__ import annotations

import json

from checker.model import Report
from checker.report import render
from test_report_support import INJECTION, make_report, make_texts

SOURCE_FIELDS = ["id", "path", "outlet", "title", "published"]
CLAIM_FIELDS = ["id", "source", "origin", "kind", "metric", "subject", "value", "low", "high", "unit",
                "qualifier", "as_of", "attributed_to", "quote", "start", "end"]
FINDING_FIELDS = ["code", "rule", "severity", "message", "metric", "claims", "sources", "explanation",
                  "fingerprint"]


def _data(report=None) -> dict:
    return json.loads(render(report or make_report(), "json", texts=make_texts()))


def test_contract_fields_are_all_there_in_order():
    data = _data()
    assert list(data)[:4] == ["schema_version", "sources", "claims", "findings"]
    assert data["schema_version"] == 1
    for key, fields in (("sources", SOURCE_FIELDS), ("claims", CLAIM_FIELDS), ("findings", FINDING_FIELDS)):
        assert data[key], key
        for record in data[key]:
            assert list(record)[: len(fields)] == fields
    for extra in ("low_inclusive", "high_inclusive", "event", "precision", "window_days", "note", "location"):
        assert extra in data["claims"][0]
    for extra in ("category", "subject", "params", "template", "location"):
        assert extra in data["findings"][0]
    assert {"stats", "notices"} <= set(data)


def test_values_on_their_canonical_scales():
    claims = {c["id"]: c for c in _data()["claims"]}
    assert claims["a-1"]["value"] == 43 and isinstance(claims["a-1"]["value"], int)
    assert claims["cur-1"]["value"] == 9.5
    assert claims["a-2"]["value"] == "2026-02-03" and claims["a-2"]["low"] == "2026-02-03"
    assert claims["a-3"]["value"] == 7 and claims["a-3"]["unit"] == "day"
    displaced = claims["d-1"]
    assert (displaced["low"], displaced["high"], displaced["low_inclusive"]) == (46000, None, False)
    assert claims["b-2"]["unit"] == "percent" and claims["b-2"]["qualifier"] == "about"


def test_numbers_whole_as_integers_everywhere():
    text = render(make_report(), "json", texts=make_texts())
    assert ".0," not in text and ".0\n" not in text
    params = {f["code"]: f["params"] for f in _data()["findings"]}
    assert params["FC101"] == {"a": 43, "b": 71, "metric": "missiles.ballistic"}
    assert params["FC201"] == {"x": None}


def test_source_text_is_read_from_its_path_when_not_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    for source_id, text in make_texts().items():
        (tmp_path / "seeds" / f"{source_id}.txt").write_bytes(text.encode("utf-8"))
    assert render(make_report(), "json") == render(make_report(), "json", texts=make_texts())


def test_locations_extracted_by_offset_curated_by_claim_file():
    claims = {c["id"]: c for c in _data()["claims"]}
    assert claims["a-2"]["location"] == {"path": "seeds/a.txt", "line": 2, "column": 20}
    # CRLF counts as one line end.
    assert claims["b-2"]["location"] == {"path": "seeds/b.txt", "line": 2, "column": 1}
    assert claims["cur-1"]["location"] == {"path": "claims/event.yaml", "line": 12, "column": 5}
    findings = {f["code"]: f for f in _data()["findings"]}
    assert findings["FC101"]["location"] == {"path": "seeds/a.txt", "line": 1, "column": 1}


def test_a_source_that_cannot_be_read_gives_a_location_without_a_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no texts given, and seeds/a.txt does not exist here
    data = json.loads(render(make_report(), "json"))
    claim = next(c for c in data["claims"] if c["id"] == "a-1")
    assert claim["location"] == {"path": "seeds/a.txt", "line": None, "column": None}


def test_findings_sorted_by_severity_then_code():
    codes = [f["code"] for f in _data()["findings"]]
    assert codes == ["FC101", "FC103", "FC201", "FC501"]


def test_same_bytes_for_the_same_content_in_any_order():
    first = render(make_report(), "json", texts=make_texts())
    assert render(make_report(), "json", texts=make_texts()) == first
    for seed in range(5):
        assert render(make_report(shuffle=seed), "json", texts=make_texts()) == first
    assert first.endswith("}\n") and not first.endswith("\n\n")


def test_quotes_survive_exactly_and_print_harmlessly():
    text = render(make_report(), "json", texts=make_texts())
    data = json.loads(text)
    quote = next(c["quote"] for c in data["claims"] if c["id"] == "c-1")
    assert quote == INJECTION + " 71 ballistic missiles"
    texts = make_texts()
    claim = next(c for c in data["claims"] if c["id"] == "c-1")
    assert texts["c"][claim["start"]:claim["end"]] == quote
    for raw in ("\x1b", "\u202e", "##["):
        assert raw not in text


def test_stats_count_what_the_report_holds_and_keep_the_engines():
    report = make_report().model_copy(update={"stats": {"suppressed": 2, "sources": 4}})
    stats = _data(report)["stats"]
    assert stats["suppressed"] == 2
    assert (stats["error"], stats["warning"], stats["info"], stats["findings"]) == (1, 2, 1, 4)


def test_empty_report():
    data = json.loads(render(Report(sources=(), claims=(), findings=()), "json"))
    assert data["findings"] == [] and data["stats"]["findings"] == 0
