"""The strict YAML loader: 1.2 core typing, positions, and every refusal as a located one-line error."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.errors import InputError
from checker.inputs.yamlsafe import MAX_DEPTH, load_yaml, parse_yaml


@pytest.mark.parametrize(
    "scalar, expected",
    [
        ("NO", "NO"),
        ("yes", "yes"),
        ("on", "on"),
        ("Off", "Off"),
        ("y", "y"),
        ("true", True),
        ("FALSE", False),
        ("2026-02-04", "2026-02-04"),
        ("1.10", 1.1),
        ("43", 43),
        ("+12", 12),
        ("-0", 0),
        ("0", 0),
        ("0x1F", 31),
        ("0o17", 15),
        ("1e3", 1000.0),
        (".5", 0.5),
        ("1_000", "1_000"),
        ("1,000", "1,000"),
        ("~", None),
        ("null", None),
        ("", None),
        ("-.inf", -math.inf),
    ],
)
def test_plain_scalars_follow_the_yaml_1_2_core_schema(scalar, expected):
    value = parse_yaml(f"k: {scalar}\n").data["k"]
    assert value == expected and type(value) is type(expected)


def test_nan_is_a_float_for_the_schema_to_refuse():
    assert math.isnan(parse_yaml("k: .NaN\n").data["k"])


def test_quoted_and_block_scalars_stay_strings():
    data = parse_yaml("a: \"28\"\nb: 'true'\nc: |\n  010\nd: \"010\"\n").data
    assert data == {"a": "28", "b": "true", "c": "010\n", "d": "010"}


def test_keys_are_strings_as_written():
    assert parse_yaml("001: a\ntrue: b\n1.0: c\n").data == {"001": "a", "true": "b", "1.0": "c"}


def test_positions_of_keys_values_and_items():
    text = "story: s\nclaims:\n  - id: a\n    value: 43\n  - [1, 2]\n"
    doc = parse_yaml(text, "f.yaml")
    assert doc.keys[("claims",)] == (2, 1)
    assert doc.values[("claims", 0)] == (3, 5)
    assert doc.keys[("claims", 0, "value")] == (4, 5)
    assert doc.values[("claims", 0, "value")] == (4, 12)
    assert doc.values[("claims", 1, 1)] == (5, 9)
    # A path that is not in the document falls back to its nearest ancestor.
    assert doc.position(("claims", 0, "missing")) == (3, 5)
    assert doc.position(("claims", 0, "value"), key=True) == (4, 5)
    assert str(doc.error(("claims", 0, "value"), "bad")) == "f.yaml:4:12: bad"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_positions_agree_with_line_col_for_every_line_end(newline):
    text = newline.join(["a: 1", "b:", "  c: [x, y]", "d: \"é\"", ""])
    doc = parse_yaml(text)
    expected_text = {("a",): "1", ("b", "c"): "[", ("b", "c", 0): "x", ("b", "c", 1): "y", ("d",): '"'}
    for path, first in expected_text.items():
        line, column = doc.values[path]
        assert text[_offset_of(text, line, column)] == first, path
    assert doc.values[("b", "c", 1)] == (3, 10)
    assert doc.values[("d",)] == (4, 4)


def _offset_of(text: str, line: int, column: int) -> int:
    current, offset = 1, 0
    while current < line:
        if text[offset] == "\r" and text[offset + 1 : offset + 2] == "\n":
            offset += 1
        if text[offset] in "\r\n":
            current += 1
        offset += 1
    return offset + column - 1


@pytest.mark.parametrize(
    "text, fragment, position",
    [
        ("a: 1\nb: 2\na: 3\n", "duplicate key 'a' (first at line 1, column 1)", (3, 1)),
        ("x:\n  a: 1\n  a: 1\n", "duplicate key 'a'", (3, 3)),
        ("a: &x 1\n", "anchor '&x'", (1, 4)),
        ("a: [1]\nb: *x\n", "alias '*x'", (2, 4)),
        ("a: !!python/object/apply:os.system [ls]\n", "unsupported tag '!!python/object/apply:os.system'", (1, 4)),
        ("a: !!str 28\n", "unsupported tag '!!str'", (1, 4)),
        ("a: !custom {b: 1}\n", "unsupported tag '!custom'", (1, 4)),
        ("a: 1\n---\nb: 2\n", "only one YAML document", (2, 1)),
        ("%YAML 1.1\n---\na: 1\n", "only YAML 1.2 is supported", (2, 1)),
        ("# only a comment\n", "empty document", (1, 1)),
        ("a:\n\tb: 1\n", "tab character: YAML indentation must use spaces", (2, 1)),
        ("a: \"open\nb: 2\n", "unclosed quote", (1, 4)),
        ("a: 'open\n", "unclosed quote", (1, 4)),
        ("a:\n  b: 1\n c: 2\n", "bad indentation", (3, 2)),
        ("a: b: c\n", "mapping values are not allowed here", (1, 5)),
        ("a: [1, 2\n", "invalid YAML", (2, 1)),
        ("? [a]\n: 1\n", "a mapping key must be a plain string", (1, 3)),
        ("\"\": 1\n", "empty mapping key", (1, 1)),
        ("a: 010\n", "'010' has a leading zero", (1, 4)),
        ("a: -007\n", "'-007' has a leading zero", (1, 4)),
        ("a: " + "9" * 5000 + "\n", "integer of 5000 characters is too long", (1, 4)),
        ("a: \"\x1b[31m\"\n", "character U+001B is not allowed", (1, 5)),
    ],
)
def test_refusals_are_one_located_line(text, fragment, position):
    with pytest.raises(InputError) as caught:
        parse_yaml(text, "f.yaml")
    error = caught.value
    assert fragment in error.message, error.message
    assert (error.line, error.column) == position
    assert "\n" not in str(error)


def test_billion_laughs_is_refused_at_the_first_anchor():
    text = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    with pytest.raises(InputError, match="anchors and aliases are not allowed") as caught:
        parse_yaml(text)
    assert caught.value.line == 1


@pytest.mark.parametrize("opening", ["[", "{a: "])
def test_deep_flow_nesting_stops_at_the_limit(opening):
    with pytest.raises(InputError, match=f"nesting deeper than {MAX_DEPTH} levels"):
        parse_yaml(opening * 10_000)


def test_deep_block_nesting_stops_at_the_limit():
    text = "".join("  " * depth + f"k{depth}:\n" for depth in range(MAX_DEPTH + 5))
    with pytest.raises(InputError, match="nesting deeper") as caught:
        parse_yaml(text)
    assert caught.value.line == MAX_DEPTH + 1


def test_nesting_at_the_limit_is_accepted():
    data = parse_yaml("[" * MAX_DEPTH + "]" * MAX_DEPTH).data
    for _ in range(MAX_DEPTH - 1):
        data = data[0]
    assert data == []


def test_load_yaml_reads_with_claim_file_limits(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_bytes(b"\xef\xbb\xbfa: 1\r\n")
    doc = load_yaml(path)
    assert doc.data == {"a": 1} and doc.path == str(path)
    (tmp_path / "bad.yaml").write_bytes(b"a: caf\xe9\n")
    with pytest.raises(InputError, match="not valid UTF-8"):
        load_yaml(tmp_path / "bad.yaml")


@settings(max_examples=200, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("ab: -[]{}&*!'\"#\n\t\r|>?,%@`0.~\x00é")), max_size=60))
def test_any_text_either_parses_or_raises_input_error(text):
    try:
        doc = parse_yaml(text, "fuzz.yaml")
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert doc.values.get(()) is not None or doc.data is None
