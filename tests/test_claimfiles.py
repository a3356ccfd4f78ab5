"""Claim files: strict values, located errors, quote spans, units, dates, intervals and the JSON schema."""

from __future__ import annotations

import tempfile
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.inputs.claimfiles import (
    MAX_MAGNITUDE,
    claim_file_json_schema,
    load_claim_file,
    load_claim_files,
    validate_claim_files,
)
from checker.errors import InputError, InputErrors
from checker.model import Source, iso_to_day
from checker.inputs.sources import LoadedSource
from checker.inputs.yamlsafe import parse_yaml

TEXT_A = (
    "On Tuesday at least 28 people were killed, officials said.\n"
    "Later, at least 28 people were killed, the ministry repeated.\n"
    "The truce lasted 2 weeks. Talks opened on Feb 4 and it was 5 °F in Kyiv.\n"
    "The damage was put at $1.2 million over 12 miles.\n"
)
TEXT_B = "Rescuers said 30 people died. REUTERS\n"


@pytest.fixture
def sources():
    return {
        "alpha": (Source(id="alpha", path="alpha.txt"), TEXT_A),
        "beta": (Source(id="beta", path="beta.txt"), TEXT_B),
    }


def _file(tmp_path, text: str, name="claims.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _one_claim(**fields) -> str:
    entry = {
        "id": "c1",
        "source": "alpha",
        "quote": '"at least 28 people were killed"',
        "kind": "quantity",
        "metric": "people.killed",
        "value": "28",
    }
    entry.update(fields)
    lines = [f"    {key}: {value}" for key, value in entry.items() if value is not None]
    lines[0] = "  - " + lines[0].strip()
    return "story: test-story\nclaims:\n" + "\n".join(lines) + "\n"


def _claim(tmp_path, sources, **fields):
    return load_claim_file(_file(tmp_path, _one_claim(**fields)), sources).to_claims()[0]


def _errors(tmp_path, sources, text) -> list[InputError]:
    return validate_claim_files([_file(tmp_path, text)], sources)


def test_a_claim_becomes_a_curated_claim_pinned_to_its_quote(tmp_path, sources):
    claim = _claim(tmp_path, sources, qualifier="at_least", occurrence="2", as_of="2026-02-03",
                   subject="Ukraine", attributed_to='"officials"', note='"second telling"')
    assert claim.origin == "curated"
    assert TEXT_A[claim.start:claim.end] == "at least 28 people were killed"
    assert claim.start == TEXT_A.index("at least 28", 20)  # the second occurrence
    assert (claim.value, claim.low, claim.high) == (28, 28, None)
    assert claim.low_inclusive and claim.unit == "count" and claim.qualifier == "at_least"
    assert (claim.as_of, claim.subject, claim.attributed_to, claim.note) == (
        "2026-02-03", "Ukraine", "officials", "second telling")
    assert (claim.file, claim.line, claim.column) == (str(tmp_path / "claims.yaml"), 3, 5)


def test_qualifiers_give_the_same_intervals_as_extraction(tmp_path, sources):
    from checker.extract.numbers import interval_for

    for qualifier in ("exact", "more_than", "at_most", "less_than", "about", "nearly", "just_over"):
        claim = _claim(tmp_path, sources, qualifier=qualifier)
        assert (claim.low, claim.high, claim.low_inclusive, claim.high_inclusive) == interval_for(28.0, qualifier)


def test_explicit_bounds(tmp_path, sources):
    claim = _claim(tmp_path, sources, value=None, low="20", high="30", qualifier="range",
                   high_inclusive="false")
    assert (claim.value, claim.low, claim.high, claim.high_inclusive) == (None, 20, 30, False)


@pytest.mark.parametrize(
    "fields, fragment",
    [
        ({"value": None, "low": "30", "high": "20"}, "high: below low"),
        ({"low": "30", "high": "40"}, "value: outside the interval"),
        ({"qualifier": "range"}, "qualifier: a range needs both low and high"),
        ({"value": None}, "a quantity claim needs value, or low and/or high"),
        ({"value": "-1"}, "value: a count cannot be negative"),
        ({"value": "2026-02-03"}, "value: a quantity claim takes a number, got the string '2026-02-03'"),
        ({"as_of": "2026-13"}, "as_of: '2026-13' is not a real month"),
        ({"as_of": "2026-02-05/2026-02-01"}, "as_of: the range ends before it starts"),
        ({"as_of": "Feb 2026"}, "as_of: the string 'Feb 2026' is not an ISO date"),
    ],
)
def test_semantic_errors(tmp_path, sources, fields, fragment):
    errors = _errors(tmp_path, sources, _one_claim(**fields))
    assert any(fragment in error.message for error in errors), [str(e) for e in errors]


def test_date_claims(tmp_path, sources):
    day = _claim(tmp_path, sources, kind="date", quote='"Feb 4"', metric="talks.start", value="2026-02-04")
    assert (day.value, day.low, day.high, day.precision, day.unit) == (
        iso_to_day("2026-02-04"), iso_to_day("2026-02-04"), iso_to_day("2026-02-04"), "day", None)
    month = _claim(tmp_path, sources, kind="date", quote='"Feb 4"', metric="talks.start", value="2026-02")
    assert (month.value, month.low, month.high, month.precision) == (
        None, iso_to_day("2026-02-01"), iso_to_day("2026-02-28"), "month")
    before = _claim(tmp_path, sources, kind="date", quote='"Feb 4"', metric="talks.start", value="2026-02-04",
                    qualifier="less_than")
    assert (before.low, before.high, before.high_inclusive) == (None, iso_to_day("2026-02-04"), False)
    errors = _errors(tmp_path, sources, _one_claim(kind="date", value="43"))
    assert any("a date claim takes an ISO date such as '2026-02-03', got 43" in e.message for e in errors)
    errors = _errors(tmp_path, sources, _one_claim(kind="date", value="2026-02-04", unit="day"))
    assert any("unit: a date claim has no unit" in e.message for e in errors)


def test_durations_are_in_days(tmp_path, sources):
    claim = _claim(tmp_path, sources, kind="duration", quote='"2 weeks"', metric="truce.length", value="2",
                   unit="weeks")
    assert (claim.value, claim.low, claim.high, claim.unit) == (14, 14, 14, "day")
    errors = _errors(tmp_path, sources, _one_claim(kind="duration", value="2", unit="fortnite"))
    assert any("unknown duration unit 'fortnite': did you mean 'fortnight'?" in e.message for e in errors)


def test_quantity_units_are_converted_to_the_canonical_scale(tmp_path, sources):
    miles = _claim(tmp_path, sources, quote='"12 miles"', metric="damage.distance", value="12", unit="miles")
    assert miles.unit == "km" and miles.value == pytest.approx(12 * 1.609344)
    fahrenheit = _claim(tmp_path, sources, quote='"5 °F"', metric="weather.temperature", value="5", unit='"°F"')
    assert fahrenheit.unit == "degC" and fahrenheit.value == pytest.approx(-15.0)
    money = _claim(tmp_path, sources, quote='"$1.2 million"', metric="damage.cost", value="1200000", unit="USD")
    assert money.unit == "USD" and money.value == 1_200_000
    percent = _claim(tmp_path, sources, value="28", unit="percent")
    assert percent.unit == "percent"
    km = _claim(tmp_path, sources, value="28", unit="km")
    assert km.unit == "km" and km.value == 28


@pytest.mark.parametrize(
    "value, fragment",
    [
        ('"28"', "value: expected a number, got the string '28' (remove the quotes)"),
        ("true", "value: expected a number, or an ISO date 'YYYY-MM-DD' for a date claim, got true"),
        ("yes", "value: expected a number, got the string 'yes'"),
        (".nan", "value: .nan is not a finite number"),
        (".inf", "value: .inf is not a finite number"),
        ("1e16", "value: 1e+16 is an absurd magnitude"),
        ("-1e16", "value: -1e+16 is an absurd magnitude"),
        ("10000000000000001", "is an absurd magnitude"),
        ("[28]", "value: expected a number, or an ISO date 'YYYY-MM-DD' for a date claim, got a list"),
    ],
)
def test_numbers_are_strict(tmp_path, sources, value, fragment):
    errors = _errors(tmp_path, sources, _one_claim(value=value))
    assert [fragment in e.message for e in errors] == [True], [str(e) for e in errors]
    assert (errors[0].line, errors[0].column) == (8, 12)


def test_the_magnitude_limit_itself_is_accepted(tmp_path, sources):
    assert _claim(tmp_path, sources, value=f"{MAX_MAGNITUDE:.0f}").value == MAX_MAGNITUDE


@pytest.mark.parametrize(
    "fields, fragment, key",
    [
        ({"occurrence": "1.0"}, "occurrence: expected a whole number, got 1", "occurrence"),
        ({"occurrence": '"2"'}, "occurrence: expected a whole number, got the string '2' (remove the quotes)", "occurrence"),
        ({"occurrence": "0"}, "occurrence: 0 is out of range: must be at least 1", "occurrence"),
        ({"low_inclusive": "on"}, "YAML 1.2 reads yes/no/on/off as text: write true or false", "low_inclusive"),
        ({"subject": "28"}, "subject: expected a string, got 28 (quote it)", "subject"),
        ({"kind": "amount"}, "kind: the string 'amount' is not one of quantity, date, duration", "kind"),
        ({"metric": "People Killed"}, "metric: the string 'People Killed' must be a dotted lower-case name", "metric"),
        ({"id": "C 1"}, "id: the string 'C 1' must use only lower-case letters", "id"),
        ({"quote": '""'}, "quote: must not be empty", "quote"),
    ],
)
def test_schema_errors_point_at_the_value(tmp_path, sources, fields, fragment, key):
    text = _one_claim(**fields)
    errors = _errors(tmp_path, sources, text)
    assert len(errors) == 1 and fragment in errors[0].message, [str(e) for e in errors]
    doc = parse_yaml(text)
    assert (errors[0].line, errors[0].column) == doc.values[("claims", 0, key)]


def test_unknown_fields_get_a_suggestion_at_every_level(tmp_path, sources):
    text = (
        "story: test-story\n"
        "claim:\n"
        "  - id: c1\n"
        "not_claims:\n"
        "  - source: beta\n"
        "    quote: \"30 people\"\n"
        "    reasn: heading\n"
        "suppressions:\n"
        "  - code: FC101\n"
        "    reason: ok\n"
        "    metrc: people.killed\n"
    )
    errors = _errors(tmp_path, sources, text)
    assert [(e.line, e.column, e.message) for e in errors] == [
        (2, 1, "unknown field 'claim': did you mean 'claims'?"),
        (5, 5, "missing required field 'reason'"),
        (7, 5, "unknown field 'reasn': did you mean 'reason'?"),
        (11, 5, "unknown field 'metrc': did you mean 'metric'?"),
    ]


def test_all_problems_of_a_file_are_reported_sorted(tmp_path, sources):
    text = _one_claim(value='"28"') + (
        "  - id: c2\n    source: gamma\n    quote: x\n    kind: quantity\n    metric: m\n    value: 1\n"
        "  - id: c3\n    source: beta\n    quote: \"31 people\"\n    kind: quantity\n    metric: m\n    value: 1\n"
    )
    path = _file(tmp_path, text)
    with pytest.raises(InputErrors) as caught:
        load_claim_file(path, sources)
    messages = [e.message for e in caught.value.errors]
    assert len(messages) == 3
    assert "remove the quotes" in messages[0]
    assert messages[1] == "unknown source 'gamma'"
    assert messages[2].startswith("quote not found verbatim in source 'beta'")
    assert [e.line for e in caught.value.errors] == sorted(e.line for e in caught.value.errors)
    assert str(caught.value).count("\n") == 2


def test_not_claims_and_suppressions(tmp_path, sources):
    text = (
        "story: test-story\n"
        "not_claims:\n"
        "  - {source: beta, quote: \"30 people\", reason: a quote of a quote}\n"
        "suppressions:\n"
        "  - code: FC101\n"
        "    metric: people.killed\n"
        "    sources: [beta, alpha, beta]\n"
        "    reason: \" different days \"\n"
        "  - {code: FC102, sources: [betta], reason: x}\n"
    )
    errors = _errors(tmp_path, sources, text)
    assert [(e.line, e.column, e.message) for e in errors] == [(9, 29, "unknown source 'betta': did you mean 'beta'?")]
    claim_file = load_claim_file(_file(tmp_path, text.rsplit("  - {code: FC102", 1)[0]), sources)
    [not_claim] = claim_file.not_claims
    assert TEXT_B[not_claim.start:not_claim.end] == "30 people"
    assert (not_claim.line, not_claim.column, not_claim.reason) == (3, 5, "a quote of a quote")
    [suppression] = claim_file.suppressions
    assert suppression.sources == ("alpha", "beta")
    assert suppression.reason == "different days"
    assert claim_file.claims == () and claim_file.story == "test-story"


def test_claim_ids_are_unique_within_and_across_files(tmp_path, sources):
    one = _file(tmp_path, _one_claim(), "one.yaml")
    two = _file(tmp_path, _one_claim(), "two.yaml")
    errors = validate_claim_files([two, one], sources)
    assert [str(e) for e in errors] == [f"{two}:3:9: duplicate claim id 'c1' (first in {one}:3:9)"]
    with pytest.raises(InputErrors):
        load_claim_files([one, two], sources)
    inside = _one_claim() + "  - id: c1\n    source: beta\n    quote: x\n    kind: date\n    metric: m\n"
    errors = _errors(tmp_path, sources, inside)
    assert [e.message for e in errors] == ["duplicate claim id 'c1' (first at line 3, column 9)"]


def test_sources_may_be_given_as_loaded_sources(tmp_path, sources):
    loaded = [LoadedSource(source, text) for source, text in sources.values()]
    [claim_file] = load_claim_files([_file(tmp_path, _one_claim())], loaded)
    assert claim_file.to_claims()[0].source == "alpha"


def test_the_json_schema_is_draft_07_and_agrees_with_the_loader(tmp_path, sources):
    schema = claim_file_json_schema()
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert schema["$id"]
    assert "$defs" not in schema and "prefixItems" not in str(schema) and "unevaluated" not in str(schema)
    jsonschema.Draft7Validator.check_schema(schema)
    good = parse_yaml(_one_claim(qualifier="at_least", unit="count", as_of="2026-02")).data
    for validator in (jsonschema.Draft7Validator(schema), jsonschema.Draft202012Validator(schema)):
        assert list(validator.iter_errors(good)) == []
        for bad in ('"28"', "true"):
            assert list(validator.iter_errors(parse_yaml(_one_claim(value=bad)).data))
        assert list(validator.iter_errors(parse_yaml(_one_claim(qualifer="exact")).data))
        assert list(validator.iter_errors({"claims": []}))  # story is required


_JUNK = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=12),
    st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(["id", "source", "quote", "occurrence", "kind", "metric", "value", "low", "high",
                              "low_inclusive", "unit", "qualifier", "as_of", "window_days", "note", "zzz"]),
       junk=_JUNK)
def test_any_value_in_any_field_gives_input_errors_only(sources, field, junk):
    import json

    text = _one_claim(**{field: json.dumps(junk, allow_nan=True).replace("NaN", ".nan").replace("Infinity", ".inf")})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "c.yaml"
        path.write_text(text, encoding="utf-8")
        errors = validate_claim_files([path], sources)
    for error in errors:
        assert isinstance(error, InputError) and error.line is not None
        assert "\n" not in str(error)
