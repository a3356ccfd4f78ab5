"""The finders' shortcut scans find exactly what a plain scan of the whole text finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract import durations, measures, numbers

# Pieces that put the patterns' edges next to each other: codes and units glued or spaced, leads, digit groups,
# dots and slashes, word starts and word middles.
_PIECES = [
    "usd", "eur", "rs", "rm", "us$", "r$", "$", "x", "ab", "12", "3,000", "1.5", ".5", "7", "0", "/", ".", ",",
    " ", " ", "  ", "-", "(", ")", "\n", "é", "½", "¾", "1.2.3", "192.168", "usd1", "rs5", "--", "- 5", "x-",
    "a", "an", "a ", "an ", "the", "km", " km", "kg", "kilogram", " kilogram", "square mile", "miles per hour",
    " miles per hour", "k.g.", "ml", "tenth", "thousandth", "tenth of a ", "half", "hundred", "thousand", " of",
    " of a", " of an", "one", "two", "five", "twenty", "seven-", "days", "day", "hours", "h", "week", " 3 days",
    "fortnight", "a couple of", "half an", "tens of ", "hundreds of ", "hundreds of thousands", "tens of millions",
    "thousands", "millions", "billions", "a few", "few", "a handful", "several", "dozens", "scores",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _spans(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_glued_codes_are_the_whole_text_scan(text: str) -> None:
    assert _spans(measures._glued_codes(text)) == _spans(measures._GLUED_CODE_RE.finditer(text))


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_article_units_are_the_whole_text_scan(text: str) -> None:
    assert _spans(measures._article_unit_matches(text)) == _spans(measures._ARTICLE_UNIT_RE.finditer(text))


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_duration_parts_by_first_word_match_the_whole_text_scan(text: str) -> None:
    plain = re.compile(durations.DURATION_PATTERN)

    def read(matches):  # a word's pattern holds only the groups of the parts it can begin
        return [(m.span(), {k: v for k, v in m.groupdict().items() if v is not None}) for m in matches]

    assert read(durations._item_matches(text)) == read(plain.finditer(text))


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_digit_led_patterns_match_their_look_behind_first_forms(text: str) -> None:
    dotted = re.compile(r"(?<![\d.])\d{1,6}(?:\.\d{1,6}){2,12}(?![\w]|[.,]\d)")
    slash = re.compile(r"(?<![\w./])(\d{1,6})/(\d{1,6})(?![/\d])")
    assert [m.span() for m in numbers._DOTTED_RE.finditer(text)] == [m.span() for m in dotted.finditer(text)]
    assert [(m.span(), m.groups()) for m in numbers._SLASH_RE.finditer(text)] == [
        (m.span(), m.groups()) for m in slash.finditer(text)
    ]
    # The cheap search that gates the dotted scan finds something wherever that scan would.
    assert numbers._TWO_DOTS_RE.search(text) or not dotted.search(text)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_number_tokens_are_the_plain_one_pattern_scan(text: str) -> None:
    # The token pattern as first written: no guard before the digits, the minus sign's look-behind first.
    plain = numbers._TOKEN_RE.pattern.replace("(?=[\\d.])(?<!\\d\\.)(?P<digits>", "(?<!\\d\\.)(?P<digits>")
    plain = plain.replace("(?P<minus>-(?<![\\w\\-%]-)", "(?P<minus>(?<![\\w\\-%])-")
    assert plain.count("(?<![\\w\\-%])-") == 1 and "(?=[\\d.])" not in plain
    one_pattern = re.compile(f"{numbers._UNICODE_FRACTION_RE.pattern}|{plain}")

    def read(matches):
        return [(m.span(), m.lastgroup, {k: v for k, v in m.groupdict().items() if v is not None}) for m in matches]

    assert read(numbers._token_matches(text)) == read(one_pattern.finditer(text))


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_vague_phrases_are_the_whole_text_scan(text: str) -> None:
    assert _spans(numbers._vague_matches(text)) == _spans(numbers._VAGUE_RE.finditer(text))


def test_matches_from_starts_skips_overlaps_and_unlisted_starts() -> None:
    pattern = re.compile(r"ab+")
    text = "abbb ab xab"
    # Offset 2 lies inside the first match; offset 9 is a real start the caller did not list.
    assert [m.span() for m in numbers.matches_from_starts(pattern, text, [5, 2, 0, 5])] == [(0, 4), (5, 7)]


def test_glue_points_follow_the_text_asked_about() -> None:
    first, second = "casualties780 Russian", "no glue here, casualtiesDozens"
    assert numbers._text_glue_points(first) == numbers.glue_points(first) == [10]
    assert numbers._text_glue_points(second) == numbers.glue_points(second) == [24]
    assert numbers._text_glue_points(first) == [10]


def test_shortcut_scans_find_what_they_look_for() -> None:
    # The equivalence tests above could pass with both sides empty: these cases must be found.
    assert [m.group() for m in measures._glued_codes("price usd3.14, then rm42 and us$1,200")] == [
        "usd3.14", "rm42", "us$1,200",
    ]
    assert [m.group() for m in measures._article_unit_matches("a kilogram, a tenth of a mile and thousand ml")] == [
        "a kilogram", "tenth of a mile", "thousand ml",
    ]
    assert [m.group() for m in durations._item_matches("a fortnight, 48h and twenty-one days")] == [
        "a fortnight", "48h", "twenty-one days",
    ]
    assert [m.group("v") for m in numbers._vague_matches("tens of thousands fled, hundreds stayed; a few, several")] == [
        "tens of thousands", "hundreds", "a few", "several",
    ]
    assert [m.group() for m in numbers._token_matches("2½ and a half, 3¾-5")] == ["2", "½", "a ", "half", "3", "¾", "5"]
