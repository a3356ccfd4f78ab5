"""The JSON reporter's own indented encoder writes exactly what json.dumps(indent=2) writes."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.report.json import dumps_indented


def _reference(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)


_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
_data = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(_data)
def test_same_text_as_json_dumps(value):
    assert dumps_indented(value) == _reference(value)


def test_nesting_empty_containers_and_awkward_text():
    value = {"a": [], "b": {}, "c": [[{}], {"d": [1, 2.5, -0.0, 1e300, True, None]}],
             "quote \" and \\ and \n and \u2028": "tab\there \x00 \x7f é 漢 \U0001f600", "": ""}
    assert dumps_indented(value) == _reference(value)
    assert dumps_indented((1, (2,))) == _reference((1, (2,)))


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_non_finite_numbers_are_refused_like_json(bad):
    with pytest.raises(ValueError):
        dumps_indented({"x": [bad]})
    with pytest.raises(ValueError):
        _reference({"x": [bad]})


@pytest.mark.parametrize("odd", [{1: "int key"}, {"set": {1, 2}}, [object()]])
def test_anything_but_plain_data_is_a_type_error(odd):
    with pytest.raises(TypeError):
        dumps_indented(odd)
