"""Word dispatch: the first words of patterns, and matches identical to one search with every alternative."""

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.extract import dates
from checker.extract.word_dispatch import DIGITS, Unbounded, WordDispatch, first_words, follows

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("pattern", "words"), [
    (r"(?:the[ ]{1,3})?+jan(?:uary)?\b", {"the", "jan", "january"}),
    (r"\d{1,2}(?:st|nd)", {DIGITS}),
    (r"(?<=between )now\b", {"now"}),
    (r"w/c[ ]\d", {"w"}),
    (r"mid-(?:may|june)", {"mid"}),
    (r"(?:feb|mar)(?=\d)", {"feb", "mar"}),  # the lookahead ends the word
    (r"(?:in|by)[ ](?:19|20)\d\d", {"in", "by"}),
    (r"(?:a[ ]few|few|\d+)[ ]days", {"a", "few", DIGITS}),
])
def test_first_words(pattern, words):
    assert first_words(pattern) == words


@pytest.mark.parametrize("pattern", [
    r"[a-z]+day",        # a class of letters: the words cannot be listed
    r"[^ ]+",            # a negated set
    r"mon",              # a match may end inside a longer word ("monitor")
    r"(?:ab)+c\b",       # a repeat that never leaves the word
    r"-\d",              # a match that starts with a character of no word
])
def test_unlistable_patterns_are_refused(pattern):
    with pytest.raises(Unbounded):
        first_words(pattern)


_GUARD = r"(?<![\w-])(?=[a-z0-9])"
_TOY = {"year": r"(?:in|by)[ ](?:19|20)\d\d\b", "day": r"(?:the[ ])?\d{1,2}(?:st|th)\b", "named": r"today\b"}


def test_dispatch_keeps_order_and_never_overlaps():
    toy = WordDispatch(_TOY, _GUARD)
    reference = re.compile(_GUARD + "(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _TOY.items()) + ")")
    text = "by 2020 the 4th, in 1999 today; todays the 31st and 4th-in 2001 x-today"
    expected = [(m.lastgroup, m.span()) for m in reference.finditer(text)]
    assert [(m.lastgroup, m.span()) for m in toy.finditer(text)] == expected
    assert [m.lastgroup for m in toy.finditer(text)] == ["year", "day", "year", "named", "day", "day"]


def _reference_dates():
    return re.compile(dates._DATE_GUARD + "(?:" + dates.DATE_PATTERN + ")")


# The scan that checks next words is built once enough text has been read; these read it from the start.
_CHECKED_DATES = WordDispatch(dates._DATES, dates._DATE_GUARD, checks_after=0)
_CHECKED_ANCHORS = WordDispatch(dates._ANCHORS, r"\b", checks_after=0)


def _same_as_reference(text: str, reference) -> None:
    lower = text.lower()
    expected = [(m.lastgroup, m.span()) for m in reference.finditer(lower)]
    assert [(m.lastgroup, m.span()) for m in dates._date_matches(lower)] == expected
    assert [(m.lastgroup, m.span()) for m in _CHECKED_DATES.finditer(lower)] == expected


def test_date_dispatch_matches_the_single_pattern_on_the_seeds_and_the_benchmark_corpus():
    from benchmarks.corpus import generate

    reference = _reference_dates()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [a.text for a in generate(40, seed=7)]
    assert sum(len(list(dates._date_matches(t.lower()))) for t in texts) > 100
    for text in texts:
        _same_as_reference(text, reference)


_PIECES = ["on ", "the ", "in ", "last ", "next ", "monday", "tues.", "feb", "march ", "may ", "sept.", "4", "21st",
           "2026", "20260204", "-", "/", ", ", " ", "(", ")", "week ", "of ", "mid-", "early ", "ago", "days ",
           "today", "w/c ", "$", "1,2", "3.5", "twenty-first", "between now", "24/7", "x", "\u00e9"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_date_dispatch_matches_the_single_pattern_on_date_like_junk(pieces):
    _same_as_reference("".join(pieces), _reference_dates())


def test_date_dispatch_matches_the_single_pattern_on_every_text_of_the_outside_suites(shared_eval):
    import json

    reference = _reference_dates()
    texts = 0
    for path in sorted(shared_eval.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else {}
            for value in record.values() if isinstance(record, dict) else ():
                if isinstance(value, str) and len(value) > 3:
                    _same_as_reference(value, reference)
                    texts += 1
    assert texts > 1000


def test_follows_lists_the_second_words_and_the_gap_before_them():
    after = follows(r"(?:the[ ]{1,3})?+(?:jan(?:uary)?\b|\d{1,2}(?:st|nd)\b)")
    # "january" is longer than a second word is read: its first letters stand for it.
    assert after["the"].words == {"jan"} and after["the"].prefixes == {"janu"}
    assert after["the"].digits and after["the"].gap == 3
    assert after["jan"].free and after["january"].free  # a match may end right after them
    assert after[DIGITS].words == {"st", "nd"} and after[DIGITS].gap == 0 and not after[DIGITS].free


def test_follows_of_digits_counts_the_digits_a_match_can_end_after():
    after = follows(r"(?:19|20)\d\d(?=[.,])|\d{1,2}/\d")
    assert after[DIGITS].shortest_run == 4 and after[DIGITS].digits and not after[DIGITS].free


def test_follows_reads_a_digit_of_another_script_as_what_ends_a_run_of_digits():
    # \d matches "\u0663": "12\u0663" is a run of two scanned digits, then a digit the scan's words do not hold.
    after = follows(r"\d\d\d[ ]days")
    assert after[DIGITS].digits and not after[DIGITS].free


_CHECKED = {
    "day": r"(?:the[ \u00a0]{1,3})?+\d{1,2}(?:st|th)?[ ]?(?:of[ ])?(?:jan|feb)(?:uary)?\b",
    "year": r"(?:in|by)[ -](?:19|20)\d\d\b",
    "lead": r"20\d\d(?=[.;])",
    "ago": r"(?:a[ ]few|\d{1,3}|an?)[ ]{1,2}days?[ ]ago\b",
    "named": r"to(?:day|night)\b",
    "numbered": r"(?:no|nr)\.?[ ]\d{1,3}\b",
}
_CHECKED_GUARD = r"(?=[a-z0-9])(?<![\w/.$-])"
_CHECKED_PIECES = ["the", "in", "by", "a", "an", "few", "to", "today", "tonight", "jan", "february", "of", "st",
                   "th", "day", "days", "ago", "2020", "1999", "4", "21", "123", "\u0663", "\u00a0", " ", "  ",
                   "-", ".", ";", "/", "$", "x", "_", "\u00e9", "no", "nr."]


def _same_as_checked_reference(text: str) -> None:
    dispatch = WordDispatch(_CHECKED, _CHECKED_GUARD, checks_after=0)
    reference = re.compile(_CHECKED_GUARD + "(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _CHECKED.items()) + ")")
    assert [(m.lastgroup, m.span()) for m in dispatch.finditer(text)] == \
        [(m.lastgroup, m.span()) for m in reference.finditer(text)]
    for start in range(1, len(text), 7):
        assert [m.span() for m in dispatch.finditer(text, start, len(text) - 1)] == \
            [m.span() for m in reference.finditer(text, start, len(text) - 1)]


@pytest.mark.parametrize("text", [
    "1\u0663 days ago",            # a digit of another script ends the scanned run of digits
    "no \u0663",                   # ... or follows a word
    "the\u00a0\u00a0 4th of feb",  # the longest gap after "the"
    "2020; in 1999",               # a match that ends inside its run of digits
    "x-today, a few days ago",
])
def test_scan_checks_keep_the_matches_at_their_edges(text):
    assert list(WordDispatch(_CHECKED, _CHECKED_GUARD).finditer(text))
    _same_as_checked_reference(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_CHECKED_PIECES), max_size=30))
def test_scan_checks_on_the_next_words_drop_no_match(pieces):
    _same_as_checked_reference("".join(pieces))


_DATE_FOLLOW_PIECES = ["to ", "and ", "of ", "on ", "the ", "a few ", "an ", "in ", "several ", "all ", "night ",
                       "day ", "after ", "1", "21", "2026", "\u0663", "\u00a0", "  ", "st ", "nd", "th", "days ",
                       "weeks ", "ago", "into ", "before ", "yesterday", "first ", "last ", "week", "month", "march",
                       "-", "/", ".", ","]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_DATE_FOLLOW_PIECES), max_size=40))
def test_date_dispatch_matches_the_single_pattern_after_function_words(pieces):
    _same_as_reference("".join(pieces), _reference_dates())


_ANCHOR_PIECES = ["as ", "as of ", "as at ", "by ", "in ", "in the last ", "over the past ", "for ", "within ", "the ",
                  "last ", "previous ", "24 ", "twenty-four ", "hours", "days", "week", "2 p.m.", "10:30 ", "noon",
                  "monday", " morning", "tonight", "yesterday", "feb 4", ", 2026", "march ", "2026", "_", "\u00e9",
                  "x", " ", "\u00a0", ".", ","]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_ANCHOR_PIECES), max_size=30))
def test_anchor_dispatch_matches_the_single_pattern(pieces):
    text = "".join(pieces)
    reference = re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in dates._ANCHORS.items()) + ")")
    expected = [(m.lastgroup, m.span()) for m in reference.finditer(text)]
    assert [(m.lastgroup, m.span()) for m in dates._ANCHOR_SEARCH.finditer(text)] == expected
    assert [(m.lastgroup, m.span()) for m in _CHECKED_ANCHORS.finditer(text)] == expected


def test_dispatch_gives_the_same_matches_before_and_after_it_builds_its_checks():
    text = "by 2020 the 4th, in 1999 today; no \u0663 and 12 feb " * 4
    reference = re.compile(_CHECKED_GUARD + "(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _CHECKED.items()) + ")")
    dispatch = WordDispatch(_CHECKED, _CHECKED_GUARD, checks_after=len(text) * 2)
    for _ in range(4):  # the checks are built during the third reading
        assert [(m.lastgroup, m.span()) for m in dispatch.finditer(text)] == \
            [(m.lastgroup, m.span()) for m in reference.finditer(text)]
    assert dispatch._checks_built
