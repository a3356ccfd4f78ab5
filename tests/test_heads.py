"""Word dispatch: the first words of patterns, and matches identical to one search with every alternative."""

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.extract import dates
from checker.extract.heads import DIGITS, Unbounded, WordDispatch, first_words

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


def _same_as_reference(text: str, reference) -> None:
    lower = text.lower()
    assert [(m.lastgroup, m.span()) for m in dates._date_matches(lower)] == \
        [(m.lastgroup, m.span()) for m in reference.finditer(lower)]


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
