"""Values spelled for readers: lengths under a kilometre in metres or centimetres, never in fractions of a km."""

from __future__ import annotations

from checker.model import Claim
from checker.spelling import format_value


def _length(km: float, qualifier: str = "exact") -> Claim:
    return Claim(id="a:0-1", source="a", kind="quantity", metric="rainfall", value=km, low=km, high=km,
                 unit="km", qualifier=qualifier, quote="x", start=0, end=1)


def test_short_lengths_are_spelled_in_metres_or_centimetres():
    assert format_value(_length(0.0004064, "more_than")) == "> 40.64 cm"  # "more than 16 inches" of rain
    assert format_value(_length(0.0031)) == "3.1 m"  # a storm surge
    assert format_value(_length(18.5)) == "18.5 km"  # a quake's depth
