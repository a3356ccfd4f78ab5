"""Records stay small and reports stream: shared field sets, interned text, piecewise JSON, bounded caches."""

from __future__ import annotations

import copy
import io
import json
import pickle
import tracemalloc

import pytest

from checker.store.extractions import dump_extraction, load_extraction
from checker.model import Claim, Extraction, Finding, Report, Source
from checker.report import render
from checker.report.shared import Locator
from checker.report.json import dumps_indented, iter_render, to_data, write
from checker.report.sanitize import escape_json_text
from test_report_support import make_report, make_texts


def _claims(count: int, sources: int = 50) -> list[Claim]:
    return [
        Claim(id=f"src{i % sources:03d}:{i}-{i + 4}", source=f"src{i % sources:03d}", kind="quantity",
              metric="killed", subject="Kyiv", value=float(i + 1), low=float(i + 1), high=float(i + 1),
              unit="count", quote=f"{i + 1} people", start=i, end=i + 4, as_of="2026-02-04")
        for i in range(count)
    ]


def _whole_document(report: Report, texts=None) -> str:
    """The JSON report as it was made before streaming: all data, then one string, then escaped."""
    return escape_json_text(dumps_indented(to_data(report, texts=texts))) + "\n"


def test_claims_read_back_share_one_fields_set_and_their_repeated_text():
    claims = load_extraction(dump_extraction(Extraction(claims=_claims(20)))).claims
    assert len({id(c.__pydantic_fields_set__) for c in claims}) == 1
    same_source = [c for c in claims if c.source == "src001"]
    assert len({id(c.source) for c in claims if c.source == "src001"}) == 1 and same_source
    assert len({id(c.metric) for c in claims}) == 1 and len({id(c.as_of) for c in claims}) == 1
    # An exact figure's bounds are its value: one object, the same number.
    assert claims[3].low is claims[3].value and claims[3].high is claims[3].value


def test_shared_fields_set_cannot_be_changed_but_copies_can():
    a, b = _claims(2)
    shared = a.__pydantic_fields_set__
    assert shared is b.__pydantic_fields_set__
    with pytest.raises(TypeError):
        shared.add("note")
    moved = a.model_copy(update={"note": "moved"})
    assert moved.note == "moved" and "note" in moved.__pydantic_fields_set__
    assert "note" not in shared and "note" not in b.__pydantic_fields_set__
    assert copy.copy(a) == a and copy.deepcopy(a) == a
    again = pickle.loads(pickle.dumps(a))
    assert again == a and again.model_dump() == a.model_dump()
    assert a.model_dump(exclude_unset=True) == {k: v for k, v in a.model_dump().items() if k in shared}


def test_zero_bounds_keep_their_own_sign():
    c = Claim(id="z", source="s", kind="quantity", metric="m", value=0.0, low=-0.0, high=0.0, quote="0",
              start=0, end=1)
    assert str(c.low) == "-0.0" and str(c.high) == "0.0"


def test_a_validated_claim_costs_about_a_kilobyte():
    data = dump_extraction(Extraction(claims=_claims(3000)))
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        claims = load_extraction(data).claims
        per_claim = (tracemalloc.get_traced_memory()[0] - before) / len(claims)
    finally:
        tracemalloc.stop()
    # 3.4 KB before the fields set was shared (2.3 KB of it the set); the 30-field __dict__ alone is 832 B.
    assert per_claim < 1300, per_claim


def test_findings_and_sources_share_their_fields_sets_too():
    kwargs = dict(code="FC101", rule="r", severity="error", category="c", message="m", template="t")
    assert Finding(**kwargs).__pydantic_fields_set__ is Finding(**kwargs).__pydantic_fields_set__
    assert Source(id="a", path="a").__pydantic_fields_set__ is Source(id="b", path="b").__pydantic_fields_set__
    assert Source(id="a", path="a").__pydantic_fields_set__ is not Finding(**kwargs).__pydantic_fields_set__


def test_streamed_json_is_the_whole_document_byte_for_byte():
    report, texts = make_report(), make_texts()
    expected = _whole_document(report, texts)
    assert render(report, "json", texts=texts) == expected
    assert "".join(iter_render(report, texts=texts)) == expected
    stream = io.StringIO()
    write(report, stream, texts=texts)
    assert stream.getvalue() == expected


def test_streamed_json_of_an_empty_report():
    empty = Report(sources=(), claims=(), findings=(), stats={})
    assert render(empty, "json") == _whole_document(empty)
    assert json.loads(render(empty, "json"))["claims"] == []


def test_streamed_json_escapes_hostile_quotes_as_the_whole_document_did():
    report = make_report()
    hostile = report.claims[0].model_copy(update={"quote": "##[error] \u202e\x1b[31m\u2028 <b>&</b> \ud800"})
    report = report.model_copy(update={"claims": (hostile, *report.claims[1:])})
    text = render(report, "json", texts=make_texts())
    assert text == _whole_document(report, make_texts())
    assert "##[" not in text and "\u202e" not in text and "\x1b" not in text
    assert json.loads(text)["claims"]


class _Count(int):
    """An int subclass: plain JSON to json.dumps, not to the fast writer, which hands the record back."""


def test_streamed_json_falls_back_to_json_dumps_per_record():
    report = make_report()
    odd = report.findings[0].model_copy(update={"params": {"x": _Count(3), "y": "\u2029##["}})
    report = report.model_copy(update={"findings": (odd, *report.findings[1:])})
    data = to_data(report, texts=make_texts())
    with pytest.raises(TypeError):
        dumps_indented(data)
    expected = escape_json_text(json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)) + "\n"
    assert render(report, "json", texts=make_texts()) == expected


def test_locator_keeps_few_line_indexes_and_the_same_answers():
    texts = {f"s{i:04d}": "line one\nline two\n" * (i % 7 + 1) for i in range(600)}
    sources = tuple(Source(id=sid, path=f"{sid}.txt") for sid in texts)
    claims = tuple(Claim(id=f"{sid}:9-12", source=sid, kind="quantity", metric="m", quote="two", start=9,
                         end=12) for sid in texts)
    locator = Locator(Report(sources=sources, claims=claims, findings=()), texts)
    first = [locator.claim(c) for c in claims]
    assert len(locator._indexes) <= Locator._KEPT_INDEXES
    assert [locator.claim(c) for c in reversed(claims)] == first[::-1]
    assert all((loc.line, loc.column, loc.end_line, loc.end_column) == (2, 1, 2, 4) for loc in first)


def test_finding_parameter_texts_are_shared_and_unchanged():
    kwargs = dict(code="FC101", rule="r", severity="error", category="c", message="m", template="t")
    values = "".join(["131 (a); ", "134 (b)"])
    first = Finding(**kwargs, params={"values": values, "n": 2})
    second = Finding(**kwargs, params={"values": "".join(["131 (a); ", "134 (b)"]), "n": 2})
    assert first.params["values"] is second.params["values"]
    assert first.params == {"values": "131 (a); 134 (b)", "n": 2} and first == second
    original = {"values": values}
    assert Finding(**kwargs, params=original).params is not original  # validation made its own dict
    assert original == {"values": values}
