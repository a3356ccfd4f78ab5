"""The JSON report's record-by-record writer gives the bytes of the whole-document encoder on awkward records."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.model import Claim, Finding, Report, Source
from checker.report import render
from checker.report.json import dumps_indented, to_data
from checker.report.sanitize import escape_json_text

# Text that exercises every escape: C0, DEL, C1, bidi and zero-width characters, "##[", lone surrogates,
# non-ASCII letters and astral characters.
_AWKWARD = st.sampled_from(["\x00", "\x1b", "\x7f", "\x85", "\u202e", "\u200b", "\u2028", "##[", "#", "[", "é",
                            "°C", "\ud800", "\udfff", "\U0001f600", '"', "\\", "\n", "\r", "\t", "a", " "])
_TEXT = st.lists(_AWKWARD, max_size=6).map("".join)
_NUMBER = st.one_of(
    st.none(),
    st.sampled_from([0.0, -0.0, 1.0, 43.0, 2.0**53, -(2.0**53), 2.0**53 - 1, 1e300, 0.1, -2.5, float("inf"),
                     float("-inf")]),
    st.floats(allow_nan=False, allow_infinity=True, width=64),
)
_DAY = st.one_of(st.none(), st.sampled_from([float("inf"), float("-inf")]),
                 st.integers(-30_000, 30_000).map(float), st.floats(-30_000, 30_000))
_SOURCES = ("a", "b", "é")
_TEXTS = {"a": "line one\nline two\r\nthree", "b": "x" * 40}


@st.composite
def _claim(draw, index: int) -> Claim:
    kind = draw(st.sampled_from(["quantity", "date", "duration"]))
    start = draw(st.integers(0, 50))
    # Dates are days since 1970 within the calendar: either writer fails alike on a day outside it.
    number = _DAY if kind == "date" else _NUMBER
    value = draw(number)
    curated = draw(st.booleans())
    return Claim(
        id=draw(st.sampled_from([f"c{index}", "dup", f"é{index}"])),
        source=draw(st.sampled_from([*_SOURCES, "unknown"])),
        kind=kind,
        metric=draw(st.sampled_from(["killed", "m\u202e", "##[x"])),
        subject=draw(st.one_of(st.none(), _TEXT)),
        value=value,
        low=value if draw(st.booleans()) else draw(number),
        high=draw(number),
        unit=draw(st.sampled_from([None, "", "count", "degC"])),
        stated_value=draw(_NUMBER),
        quote=draw(_TEXT),
        start=start,
        end=start + draw(st.integers(0, 20)),
        weekday=draw(st.one_of(st.none(), st.integers(0, 6))),
        note=draw(st.one_of(st.none(), _TEXT)),
        file="claims/x.yaml" if curated else None,
        line=draw(st.one_of(st.none(), st.integers(1, 400))) if curated else None,
        column=draw(st.one_of(st.none(), st.integers(1, 400))) if curated else None,
    )


@st.composite
def _report(draw) -> Report:
    sources = (
        Source(id="a", path="a.txt", outlet=draw(_TEXT), published=dt.date(2026, 2, 4), wire=("Reuters", "é")),
        Source(id="b", path="b.txt", published=dt.datetime(2026, 2, 4, 10, 30)),
        Source(id="é", path="c.html", original="c.html", title=draw(_TEXT)),
    )
    claims = [draw(_claim(i)) for i in range(draw(st.integers(0, 8)))]
    ids = [c.id for c in claims] + ["missing"]
    findings = []
    for i in range(draw(st.integers(0, 5))):
        located = draw(st.booleans())
        findings.append(Finding(
            code=draw(st.sampled_from(["FC101", "FC2"])), rule="r", severity=draw(st.sampled_from(["error", "info"])),
            category="c", message=draw(_TEXT), template="t{i}",
            params=draw(st.dictionaries(st.sampled_from(["x", "y", "é", "##["]),
                                        st.one_of(_TEXT, _NUMBER, st.integers(-5, 5)), max_size=3)),
            claims=tuple(draw(st.lists(st.sampled_from(ids), max_size=3))),
            sources=tuple(draw(st.lists(st.sampled_from([*_SOURCES, "gone"]), max_size=2))),
            fingerprint=f"f{i}",
            path="claims/x.yaml" if located else None, line=draw(st.one_of(st.none(), st.integers(1, 9))),
        ))
    return Report(sources=sources, claims=tuple(claims), findings=tuple(findings), stats={"suppressed": 1},
                  notices=("note \u202e",))


def _whole_document(report: Report) -> str:
    data = to_data(report, texts=_TEXTS)
    try:
        text = dumps_indented(data)
    except (TypeError, ValueError):
        text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
    return escape_json_text(text) + "\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_report())
def test_record_writer_matches_the_whole_document_encoder(report):
    text = render(report, "json", texts=_TEXTS)
    assert text == _whole_document(report)
    json.loads(text)  # and it is valid JSON


def test_awkward_values_come_out_as_the_contract_says():
    claim = Claim(id="c1", source="a", kind="duration", metric="m", value=2.0**53, low=-0.0, high=float("inf"),
                  quote="x\x7fy ##[z", start=5, end=99)  # an end past the text: the path, no line
    report = Report(sources=(Source(id="a", path="a.txt"),), claims=(claim,), findings=())
    text = render(report, "json", texts=_TEXTS)
    assert text == _whole_document(report)
    data = json.loads(text)["claims"][0]
    assert data["value"] == 2**53 and isinstance(data["value"], float)
    assert data["low"] == 0 and isinstance(data["low"], int)
    assert data["high"] is None and data["unit"] == "day"
    assert data["location"] == {"path": "a.txt", "line": None, "column": None}
    assert "\\u007f" in text and "##\\u005b" in text


_PLAIN = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False), _TEXT),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_TEXT, inner, max_size=4)),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(_PLAIN)
def test_escaping_string_by_string_is_escaping_the_whole_text(value):
    from checker.report.json import dumps_escaped

    assert dumps_escaped(value) == escape_json_text(dumps_indented(value))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_report())
def test_sarif_text_is_json_dumps_of_its_data_escaped(report):
    from checker.report.sarif import to_data as sarif_data

    expected = escape_json_text(json.dumps(sarif_data(report, texts=_TEXTS, root="/"), ensure_ascii=False,
                                           indent=2, allow_nan=False)) + "\n"
    assert render(report, "sarif", texts=_TEXTS, root="/") == expected
