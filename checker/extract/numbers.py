"""Numbers in text: digits, number words, scales and fractions, with bounds and vague magnitudes as intervals."""

from __future__ import annotations

import bisect
import heapq
import math
import re
from dataclasses import dataclass, field
from functools import cache

from checker.extract.datelines import ends_dateline_day
from checker.extract.mention import Mention
from checker.extract.word_dispatch import trie

__all__ = [
    "NUMBER_PATTERN",
    "NUMBER_WORD_PATTERN",
    "DIGITS_PATTERN",
    "NumberPolicy",
    "DEFAULT_POLICY",
    "NumberSpan",
    "interval_for",
    "parse_number",
    "number_spans",
    "find_numbers",
    "matches_from_starts",
    "prefix_qualifier",
    "WORD_TOKENS",
]

# ----------------------------------------------------------------------------------------------
# Vocabulary: the value of each word the grammar knows.
# ----------------------------------------------------------------------------------------------

_UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Multipliers that close a group of three digits, with Indian and plural spellings.
_SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "lkh": 1e5, "lkhs": 1e5,
    "crore": 1e7, "crores": 1e7, "cr": 1e7, "koti": 1e7, "krore": 1e7, "krores": 1e7, "kr": 1e7,
}
# Abbreviated scales, accepted only right after digits ("5k", "2.3bn", "10 bln").
_DIGIT_SCALES = {
    "k": 1e3, "bn": 1e9, "b": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mio": 1e6,
    "tn": 1e12, "tln": 1e12, "trn": 1e12,
}
_DOZENS = {"dozen": 12, "dozens": 12, "dz": 12, "dzs": 12, "doz": 12, "dozs": 12}
# Ordinals as fraction denominators ("two thirds", "a twenty-first", "five hundredths").
_ORDINALS = {
    "first": 1, "firsts": 1, "second": 2, "seconds": 2, "third": 3, "thirds": 3, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8,
    "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "eleventh": 11, "elevenths": 11,
    "twelfth": 12, "twelfths": 12, "thirteenth": 13, "thirteenths": 13, "fourteenth": 14,
    "fourteenths": 14, "fifteenth": 15, "fifteenths": 15, "sixteenth": 16, "sixteenths": 16,
    "seventeenth": 17, "seventeenths": 17, "eighteenth": 18, "eighteenths": 18, "nineteenth": 19,
    "nineteenths": 19, "twentieth": 20, "twentieths": 20, "thirtieth": 30, "thirtieths": 30,
    "fortieth": 40, "fortieths": 40, "fiftieth": 50, "fiftieths": 50, "sixtieth": 60, "sixtieths": 60,
    "seventieth": 70, "seventieths": 70, "eightieth": 80, "eightieths": 80, "ninetieth": 90,
    "ninetieths": 90, "hundredth": 100, "hundredths": 100, "thousandth": 1e3, "thousandths": 1e3,
    "millionth": 1e6, "millionths": 1e6, "billionth": 1e9, "billionths": 1e9, "trillionth": 1e12,
    "trillionths": 1e12,
}
_HALVES = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
_UNICODE_FRACTIONS = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
    "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
}
# Words that stand for one number on their own.
_COUNT_WORDS = {"single": 1, "pair": 2, "couple": 2}


_CARDINAL = trie([*_UNITS, *_TENS])
_HYPHENATED = rf"(?:{trie(_TENS)})-(?:{trie([w for w, v in _UNITS.items() if 0 < v < 10])})"

#: Number words only (lower-cased text, no capturing groups): "seven", "twenty-eight", "seventy one",
#: "a hundred and twelve", "two dozen". Embed it with your own boundaries around it if needed.
NUMBER_WORD_PATTERN = (
    rf"(?:\b(?:an?[ ](?=(?:hundred|thousand|million|billion|dozen)\b))?"
    rf"(?:{_HYPHENATED}|{_CARDINAL}|hundred|thousand|million|billion|trillion|dozen)\b"
    rf"(?:(?:[ ]{{1,2}}|[ ]{{1,2}}and[ ]{{1,2}}|-)"
    rf"(?:{_HYPHENATED}|{_CARDINAL}|hundred|thousand|million|billion|trillion|dozen)\b){{0,12}})"
)

#: A number in digits (no capturing groups): "1,234,567.89", "1 234 567", "12,34,567", "1.5", ".77",
#: "1e10", "1.111,11". A bare comma group ("5,00", "1,3") is read as a decimal comma.
DIGITS_PATTERN = (
    r"(?:"
    r"\d{1,2}(?:,\d\d){1,6},\d{3}(?:\.\d+)?(?![\d,]\d)"  # Indian grouping 12,34,567
    r"|\d{1,3}(?:,\d{3}){1,7}(?:\.\d+)?(?![\d,]\d)"
    r"|\d{1,3}(?:\.\d{3}){1,7},\d{1,2}(?![\d.,]\d)"  # European 1.111,11
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}){1,7}(?:\.\d+)?(?![\d.,]\d)"
    r"|(?<![\d,])\d{1,3},\d{1,2}(?![\d,]\d|\d)"  # decimal comma 5,00 (not a list 22,24,26)
    r"|\d+(?:\.\d+(?!\d|\.\d))?|\.\d+(?!\d|\.\d)"
    r")"
    r"(?:e[+-]?\d{1,3}\b|x10\^[+-]?\d{1,3}|\^[+-]{0,2}\d{1,3})?"
)

# "1 k.g." is a kilogram: a scale letter followed by a dot and a letter is an abbreviation of something else.
_DIGIT_SCALE_SUFFIX = rf"(?:[ ]{{0,2}}(?:{trie(_DIGIT_SCALES)})\b(?![./][a-z]))"  # not "140,000 b/d"

#: One number expression in lower-cased text (no capturing groups): digits with an optional scale
#: ("1.2 million", "5k"), or number words ("one hundred and twelve", "twenty-eight"), signed.
NUMBER_PATTERN = (
    rf"(?:(?:\bminus[ ]|\bnegative[ ]|-[ ]?)?"
    rf"(?:(?<![\w.]){DIGITS_PATTERN}"
    rf"(?:[ ]{{0,2}}(?:hundred|thousand|million|billion|trillion|{trie(_DIGIT_SCALES)})\b)?"
    rf"|{NUMBER_WORD_PATTERN}))"
)

def matches_from_starts(pattern: re.Pattern[str], text: str, starts) -> list[re.Match[str]]:
    """What pattern.finditer(text) finds, given every offset where a match of it can start (in any order,
    repeats allowed) and a pattern that never matches the empty string: it is tried only there, left to
    right, never overlapping. For patterns whose possible starts a cheap scan finds."""
    found: list[re.Match[str]] = []
    end = 0
    for start in sorted(set(starts)):
        if start < end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            found.append(m)
            end = m.end()
    return found


# ----------------------------------------------------------------------------------------------
# Tokenizer: number tokens in lower-cased text, and the short gaps between them.
# ----------------------------------------------------------------------------------------------

WORD_TOKENS = {
    **{w: "card" for w in _UNITS}, **{w: "tens" for w in _TENS}, **{w: "scale" for w in _SCALES},
    **{w: "dozen" for w in _DOZENS}, **{w: "ord" for w in _ORDINALS}, **{w: "half" for w in _HALVES},
    "hundred": "hundred", "hundreds": "hundred", "point": "point", "minus": "neg", "negative": "neg",
    **{w: "count" for w in _COUNT_WORDS},
}
_ARTICLE_FOLLOWERS = (
    "hundred|thousand|million|billion|trillion|dozen|half|quarter|couple|pair|lakh|crore|"
    + trie(w for w in _ORDINALS if not w.startswith(("first", "second")))
    + "|(?:" + trie(_TENS) + ")-"
)


# Every token but a Unicode fraction starts a word: one look behind and one character class reject
# the other positions before any branch is tried. At a word's start, the digits' many alternatives are
# entered only before a digit or a dot, and the minus sign is read before its look-behind. Fractions
# are searched apart, and only in texts that are not plain ASCII: a branch for them cost every offset
# of every text a character-set test.
_UNICODE_FRACTION_RE = re.compile(rf"(?P<ufrac>[{''.join(_UNICODE_FRACTIONS)}])")
_TOKEN_FIRST = "".join(sorted({re.escape(w[0]) for w in (*WORD_TOKENS, "a")})) + r"\d.\-"
_TOKEN_RE = re.compile(
    rf"(?<!\w)(?=[{_TOKEN_FIRST}])(?:"
    rf"(?=[\d.])(?<!\d\.)(?P<digits>{DIGITS_PATTERN}(?:(?P<dscale>{_DIGIT_SCALE_SUFFIX}))?(?!\d))"
    rf"|(?P<article>an?)[ ](?=(?:{_ARTICLE_FOLLOWERS}))"
    rf"|(?P<word>{trie(WORD_TOKENS)})\b"
    # A dash with spaces on both sides is punctuation ("aged 65 or over - 21.6 per cent of the population", "138 feet
    # long - 42 metres - that ran"), except before a temperature, the one figure news tells below zero ("- 20 degrees")
    rf"|(?P<minus>-(?<![\w\-%]-)(?=[ ]{{0,2}}[.\d])"
    rf"(?!(?<=[ ]-)[ ]{{1,2}}(?![\d.,]{{1,12}}[ ]?(?:°|º|degrees?\b|[cf]\b))))"
    rf")"
)
# What may stand between two tokens of one number: spaces, a hyphen, "and", "of", "a", "over".
_GAP_RE = re.compile(
    r"[ \u00a0]{0,3}(?:(?P<op>-|and|and a|and an|of|of a|of an|a|an|over|out of|in|,)[ \u00a0]{0,3})?",
)
_MAX_GAP = 12


@dataclass(slots=True)  # not frozen: made once per number in the text, and frozen __init__ is slow
class _Token:
    kind: str
    text: str
    start: int
    end: int
    value: float
    digit_scale: float = 1.0


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """One number the grammar read: its value and where it stands (end exclusive)."""

    value: float
    start: int
    end: int
    words: bool  # written with number words rather than digits only
    dotted: bool = False  # one part of a dotted sequence such as "192.168.1.2" or "3.10.4"


_EUROPEAN_RE = re.compile(r"\d{1,3}(?:\.\d{3})+,\d{1,2}")
_DECIMAL_COMMA_RE = re.compile(r"\d{1,3},\d{1,2}")


def _digits_value(text: str) -> float | None:
    if text.isdigit():
        return float(text)
    t = text.replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "").replace(" ", "")
    power = None
    if "x10^" in t:
        t, _, exp = t.partition("x10^")
        try:
            return float(t) * 10.0 ** int(exp)
        except ValueError:
            return None
    if "^" in t:
        t, _, exp = t.partition("^")
        sign = -1 if exp.count("-") % 2 else 1
        power = sign * int(exp.lstrip("+-"))
    if "," not in t:
        pass
    elif _EUROPEAN_RE.fullmatch(t):
        t = t.replace(".", "").replace(",", ".")
    elif _DECIMAL_COMMA_RE.fullmatch(t):
        t = t.replace(",", ".")
    else:
        t = t.replace(",", "")
    try:
        value = float(t)
    except ValueError:
        return None
    if power is not None:
        try:
            value = value**power
        except (OverflowError, ZeroDivisionError):
            return None
    return value


def _word_value(word: str, kind: str) -> float:
    value = (
        _UNITS.get(word) if kind == "card" else _TENS.get(word) if kind == "tens"
        else _SCALES.get(word) if kind == "scale" else _DOZENS.get(word) if kind == "dozen"
        else _ORDINALS.get(word) if kind == "ord" else _HALVES.get(word) if kind == "half"
        else _COUNT_WORDS.get(word) if kind == "count" else 100.0 if kind == "hundred" else 0.0
    )
    return float(value)


_WORD_VALUES = {w: (kind, _word_value(w, kind)) for w, kind in WORD_TOKENS.items()}


def _token_matches(lower: str):
    """The token matches of lower in text order, Unicode fractions among them."""
    matches = _TOKEN_RE.finditer(lower)
    if lower.isascii():
        return matches
    fractions = list(_UNICODE_FRACTION_RE.finditer(lower))
    if not fractions:
        return matches
    # No other token holds or starts with a fraction character, so merging the two scans by start is exact.
    return heapq.merge(matches, fractions, key=lambda m: m.start())


def _tokens(lower: str):
    for m in _token_matches(lower):
        group = m.lastgroup  # the outermost named group that matched: digits closes after dscale
        start, end = m.span()
        if group == "digits":
            scale_text = m.group("dscale")
            body = lower[start : end - len(scale_text)] if scale_text else m.group()
            value = _digits_value(body)
            if value is None:
                continue
            yield _Token("digits", body, start, end, value,
                         _DIGIT_SCALES.get(scale_text.strip(), 1.0) if scale_text else 1.0)
        elif group == "word":
            word = m.group()
            kind, value = _WORD_VALUES[word]
            yield _Token(kind, word, start, end, value)
        elif group == "ufrac":
            yield _Token("ufrac", m.group(), start, end, _UNICODE_FRACTIONS[m.group()])
        elif group == "article":
            article = m.group("article")
            yield _Token("article", article, start, start + len(article), 1.0)
        else:
            yield _Token("neg", "-", start, end, -1.0)


# Patterns that start by consuming a digit and look behind from there: re then skips ahead to the next
# digit instead of trying a look-behind at every offset of the text.
_SLASH_RE = re.compile(r"(\d(?<![\w./]\d)\d{0,5})/(\d{1,6})(?![/\d])")


_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"]{1,4000}")


# Three or more dot-joined digit groups: an address or a version, read part by part ("192.168.1.2").
_DOTTED_RE = re.compile(r"\d(?<![\d.]\d)\d{0,5}(?:\.\d{1,6}){2,12}(?![\w]|[.,]\d)")
# Any such sequence holds a digit, a dot, digits, a dot and a digit: one search led by the dot spares the
# digit-by-digit scan in the many texts that have none.
_TWO_DOTS_RE = re.compile(r"\.(?<=\d\.)\d{1,6}\.\d")
# A scale written in capitals right after digits in the original text: "10M", "1,674.5 G", "US$ 1MM".
_UPPER_SCALE_RE = re.compile(r"[ ]?(MM|K|M|G|T|B|BN)(?![A-Za-z0-9])")
_UPPER_SCALES = {"MM": 1e6, "K": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "B": 1e9, "BN": 1e9}


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether pos falls in one of the sorted, disjoint (start, end) spans."""
    k = bisect.bisect_right(spans, (pos, math.inf)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _upper_scaled(tokens: list[_Token], text: str) -> list[_Token]:
    out = []
    for t in tokens:
        if t.kind == "digits" and t.digit_scale == 1.0 and text[t.end : t.end + 1] in (" ", "K", "M", "G", "T", "B"):
            m = _UPPER_SCALE_RE.match(text, t.end)
            # "4G" and "5G" are network generations, not four or five billion.
            if m and not (m.group(1) == "G" and m.start(1) == t.end and len(t.text) == 1):
                t = _Token("digits", t.text, t.start, m.end(), t.value, _UPPER_SCALES[m.group(1)])
        out.append(t)
    return out


# Words glued by scraping, visible only in the original case: "casualties780 Russian", "casualtiesDozens".
# A lower-case word of four letters or more, then three digits or more (or a grouped number) standing alone,
# or then a capitalised word. "covid19", "MH17", "kh-101", "SCP-173C", "A320" do not qualify.
# Each starts by consuming the digit or capital and looks behind from there: re then skips ahead to the next
# digit or capital instead of trying the look-behind at every offset.
_GLUED_DIGITS_RE = re.compile(r"\d(?<=[a-z]{4}\d)(?:\d{0,2}(?:,\d{3})+|\d{2,})(?![\w.,])")
_GLUED_WORD_RE = re.compile(r"[A-Z](?<=[a-z]{3}[A-Z])(?=[a-z])")


def glue_points(text: str) -> list[int]:
    """Offsets in the original text where scraping glued two words together (see _GLUED_DIGITS_RE)."""
    return sorted([m.start() for m in _GLUED_DIGITS_RE.finditer(text)] + [m.start() for m in _GLUED_WORD_RE.finditer(text)])


# The glue points of the last text: its tokens and its vague words both need them. Swapped in whole.
_LAST_GLUE: tuple[str, list[int]] = ("", [])


def _text_glue_points(text: str) -> list[int]:
    """glue_points(text), computed once per text; callers must not change the list."""
    global _LAST_GLUE
    last_text, points = _LAST_GLUE
    if last_text is not text:
        points = glue_points(text)
        _LAST_GLUE = (text, points)
    return points


def _glued_tokens(lower: str, points: list[int]) -> list[_Token]:
    out = []
    for p in points:
        piece = lower[p : p + 80]
        for t in _tokens(piece):
            if t.start != 0:
                break
            out.append(_Token(t.kind, t.text, t.start + p, t.end + p, t.value, t.digit_scale))
            break
    return out


def _all_tokens(lower: str, text: str | None = None) -> list[_Token]:
    tokens = list(_tokens(lower))
    if text is not None and len(text) == len(lower):
        points = _text_glue_points(text)
        if points:
            glued = _glued_tokens(lower, points)
            if glued:
                # a glued word's tail continues the number ("casualtiesTwenty five"): re-read after each point
                covered = [(g.start, g.end) for g in glued]
                tail = [t for t in tokens if not _inside(covered, t.start)]
                tokens = sorted(tail + glued, key=lambda t: t.start)
    if "http" in lower or "www." in lower:
        # Digits inside a link ("issn%280024") are not figures.
        urls = [(m.start(), m.end()) for m in _URL_RE.finditer(lower)]
        tokens = [t for t in tokens if not _inside(urls, t.start)]
    if text is not None and len(text) == len(lower):
        tokens = _upper_scaled(tokens, text)
    if _TWO_DOTS_RE.search(lower):
        dotted = [(m.start(), m.end()) for m in _DOTTED_RE.finditer(lower)]
        if dotted:
            kept = [t for t in tokens if not _inside(dotted, t.start)]
            parts = [
                _Token("dotted", m.group(), a + m.start(), a + m.end(), float(m.group()))
                for a, b in dotted for m in re.finditer(r"\d+", lower[a:b])
            ]
            tokens = sorted(kept + parts, key=lambda t: t.start)
    slashes = []
    for m in _SLASH_RE.finditer(lower) if "/" in lower else ():
        num, den = int(m.group(1)), int(m.group(2))
        # Only a proper fraction is a fraction: "4/2" in news is a date, "20/2030" junk.
        if 0 < den and num < den:
            slashes.append(_Token("slash", m.group(), m.start(), m.end(), num / den))
    if not slashes:
        return tokens
    covered = [(s.start, s.end) for s in slashes]
    kept = [t for t in tokens if not _inside(covered, t.start)]
    return sorted(kept + slashes, key=lambda t: t.start)


def _gap_op(gap: str) -> str | None:
    """The joining word between two tokens ("", "-", "and", "and a", "of a", ...), or None if they do not join."""
    if len(gap) > _MAX_GAP:
        return None
    m = _GAP_RE.fullmatch(gap)
    if m is None:
        return None
    return m.group("op") or ""


def _chains(lower: str, tokens: list[_Token]) -> list[list[tuple[_Token, str]]]:
    """Runs of tokens joined by short gaps; each item carries the joining op before it."""
    chains: list[list[tuple[_Token, str]]] = []
    current: list[tuple[_Token, str]] = []
    for tok in tokens:
        if current:
            prev_end = current[-1][0].end
            op = None if tok.start - prev_end > _MAX_GAP else _gap_op(lower[prev_end : tok.start])
            if op is not None:
                current.append((tok, op))
                continue
            chains.append(current)
        current = [(tok, "")]
    if current:
        chains.append(current)
    return chains


_CONTINUE_OPS = {"", "-"}


class _Cardinal:
    """A whole number read from words and digits: the state of the grammar while it reads."""

    __slots__ = ("total", "hundreds", "small", "last", "closed_scale", "words", "last_scale", "tens_index", "spoken")

    def __init__(self) -> None:
        self.total = 0.0
        self.hundreds = 0.0
        self.small: float | None = None
        self.last: str | None = None
        self.closed_scale = math.inf
        self.last_scale = 1.0
        self.words = False
        self.tens_index = -1
        self.spoken = False  # "one twenty two": a hundreds group said as two numbers

    @property
    def group(self) -> float:
        return self.hundreds + (self.small or 0.0)

    def copy(self) -> _Cardinal:
        twin = _Cardinal()
        for name in self.__slots__:
            setattr(twin, name, getattr(self, name))
        return twin

    @property
    def value(self) -> float:
        return self.total + self.group


def _read_cardinal(items, i: int) -> tuple[float, int, _Cardinal] | None:
    """Read the longest whole number starting at items[i]; returns (value, next index, state)."""
    st = _Cardinal()
    k = i
    n = len(items)
    # The number as read before an "and", and where the "and" stands: "40 million and 80 million" is two numbers,
    # found only when a scale as large as the one before "and" comes after it.
    before_and: tuple[int, _Cardinal] | None = None
    while k < n:
        tok, op = items[k]
        first = k == i
        if not first and op not in _CONTINUE_OPS and op != "and":
            break
        if op == "and" and not first:
            # "one hundred and twelve", "two thousand and two hundred": "and" only after hundred or a scale,
            # and not before a fraction ("one hundred and three quarters" is mixed, read by the caller).
            if st.last not in ("hundred", "scale") or tok.kind not in ("card", "tens", "digits"):
                break
            if _and_starts_new_part(items, k, st.last):
                break
            before_and = (k, st.copy())
        kind = tok.kind
        if before_and is not None and max(tok.value if kind == "scale" else 1.0, tok.digit_scale) \
                >= before_and[1].closed_scale:
            k, st = before_and
            break
        if kind == "digits":
            if first:
                st.small = tok.value
            elif (
                st.last == "scale" and items[k - 1][0].kind == "scale" and tok.value < st.closed_scale
                and st.small is None and st.hundreds == 0
                # "2 million 300 thousand", "4 thousand 3 hundred"; not "55.7 million 60-kg bags", two numbers
                and k + 1 < n and items[k + 1][0].kind in ("scale", "hundred") and items[k + 1][1] in _CONTINUE_OPS
            ):
                st.small = tok.value
            elif st.last == "hundred" and op == "and" and tok.value < 100 and st.small is None and tok.text.isdigit():
                st.small = tok.value
            else:
                break
            st.last = "digits"
            if tok.digit_scale != 1.0:
                st.total += st.group * tok.digit_scale
                st.hundreds, st.small = 0.0, None
                st.closed_scale = tok.digit_scale
                st.last_scale = tok.digit_scale
                st.last = "scale"
        elif kind == "card":
            if first or st.last in ("hundred", "scale"):
                if st.small is not None:
                    break
                st.small = tok.value
            elif st.last == "tens" and 1 <= tok.value <= 9 and (st.small or 0) % 10 == 0 and op in _CONTINUE_OPS:
                st.small = (st.small or 0.0) + tok.value
            else:
                break
            if tok.value == 0 and not first:
                break
            st.last = "card"
            st.words = True
        elif kind == "tens":
            if first or (st.last in ("hundred", "scale") and st.small is None):
                st.small = tok.value
                st.tens_index = k
            elif (
                st.last == "card" and k == i + 1 and op == "" and st.small is not None and 1 <= st.small <= 19
            ):
                # "one twenty two" is 122, "nineteen eighty" 1980: a spoken hundreds group.
                st.hundreds, st.small = st.small * 100, tok.value
                st.tens_index = k
                st.spoken = True
            else:
                break
            st.last = "tens"
            st.words = True
        elif kind == "hundred":
            if st.last in ("card", "tens", "digits", "article") and st.small is not None and st.hundreds == 0:
                st.hundreds, st.small = st.small * 100, None
            elif first and tok.text == "hundred":
                st.hundreds = 100.0
            else:
                break
            st.last = "hundred"
            st.words = True
        elif kind == "scale":
            group = st.group
            if st.last not in ("card", "tens", "digits", "hundred", "article", "scale") and not first:
                break
            if first:
                break  # a bare "million" is not a number; "millions" is vague, read elsewhere
            if st.last == "scale":
                if tok.value <= st.closed_scale:
                    break
                st.total *= tok.value  # "three lakh crore", "three thousand millions"
            elif tok.value < st.closed_scale:
                st.total += group * tok.value
            else:
                st.total = (st.total + group) * tok.value
            st.hundreds, st.small = 0.0, None
            st.closed_scale = tok.value
            st.last_scale = tok.value
            st.last = "scale"
            st.words = True
        elif kind == "dozen":
            if st.last not in ("card", "tens", "digits", "hundred", "article") or first:
                break
            if st.small is not None:
                st.small *= 12
            else:
                st.hundreds *= 12
            st.last = "dozen"
            st.words = True
            k += 1
            break
        elif kind == "article":
            if not first:
                break
            st.small = 1.0
            st.last = "article"
        elif kind == "count":
            if first or st.last == "article":
                if tok.text in ("pair", "couple") and st.last != "article":
                    break
                st.small = tok.value
                st.last = "count"
                st.words = True
                k += 1
                break
            break
        elif kind == "point":
            if st.last not in ("card", "tens", "digits", "hundred", None) or (
                st.small is not None and st.small != int(st.small)
            ):
                break
            decimals, k2 = _read_decimals(items, k + 1)
            if not decimals:
                break
            st.small = (st.small or 0.0) + float("0." + decimals)
            st.last = "point"
            st.words = True
            k = k2
            # "two point two million"
            if k < n and items[k][0].kind == "scale" and items[k][1] == "":
                st.total += st.group * items[k][0].value
                st.hundreds, st.small = 0.0, None
                st.closed_scale = st.last_scale = items[k][0].value
                st.last = "scale"
                k += 1
            break
        else:
            break
        k += 1
    if k == i or st.last == "article":
        return None
    return st.value, k, st


def _and_starts_new_part(items, k: int, last: str | None) -> bool:
    """Whether "and" before items[k] opens a new part rather than continuing the whole number.

    A mixed number's fraction is proper: "one hundred and three quarters" is 100 3/4 and "two hundred
    and fifty-four hundredths" 200.54, but "one hundred and thirty fifths" is 130 fifths, since 30/5 is no
    fraction part. After "hundred and" in digits comes a group below one hundred: "3 hundred and 2 hundred"
    is two numbers, while "two thousand and two hundred" is one. (Spelled out, quantulum3 reads "hundred and
    five hundred and six" as 105 and 106, so words keep the older reading.)
    """
    n = len(items)
    tok = items[k][0]
    numer, d = tok.value, k + 1
    if tok.kind == "tens" and d < n and items[d][0].kind == "card" and items[d][1] in _CONTINUE_OPS and 1 <= items[d][0].value <= 9:
        numer, d = numer + items[d][0].value, d + 1
    if d >= n or items[d][1] not in _CONTINUE_OPS:
        return False
    nxt = items[d][0]
    if nxt.kind in ("ord", "half"):
        return numer < nxt.value
    return last == "hundred" and nxt.kind == "hundred" and tok.kind == "digits"


def _compound_denominator(items, j: int, numer: float) -> tuple[float, int] | None:
    """ "twenty twenty fifths" (20/25), "one one hundred fifth" (1/105): a number, then an ordinal number.

    Read only where the two numbers cannot be one ("twenty twenty", "one one"), the ordinal is compound
    (tens or hundreds plus a smaller ordinal) and agrees in number with the numerator.
    """
    n = len(items)
    read = _read_cardinal(items, j)
    if read is None:
        return None
    base, k, st = read
    if k >= n or items[k][0].kind != "ord" or st.words is False:
        return None
    ord_tok, op = items[k]
    if st.last == "tens" and op in _CONTINUE_OPS and ord_tok.value < 10:
        pass
    elif st.last in ("hundred", "scale") and op in ("", "and") and ord_tok.value < 100:
        pass
    else:
        return None
    if (numer == 1) == ord_tok.text.endswith("s"):
        return None
    return numer / (base + ord_tok.value), k + 1


def _read_decimals(items, k: int) -> tuple[str, int]:
    """Digits after "point": "zero three", "seventy-one", "eleven", "77"."""
    out = ""
    n = len(items)
    while k < n:
        tok, op = items[k]
        if op not in _CONTINUE_OPS:
            break  # "a tipping point of 20 to 25%": no decimals of "point"
        if tok.kind == "digits" and not out and tok.text.isdigit():
            return tok.text, k + 1
        if tok.kind == "card":
            out += str(int(tok.value))
        elif tok.kind == "tens":
            if k + 1 < n and items[k + 1][0].kind == "card" and 1 <= items[k + 1][0].value <= 9 and items[k + 1][1] in _CONTINUE_OPS:
                out += str(int(tok.value + items[k + 1][0].value))
                k += 2
                continue
            out += str(int(tok.value))
        else:
            break
        k += 1
    return out, k


_MULTIPLIER_OPS = {"", "a", "an", "of a", "of an", "of"}
_MIXED_OPS = {"and", "and a", "and an"}
_RATIO_OPS = {"over", "out of", "in"}


def _trailing_multiplier(items, j: int) -> tuple[float, int]:
    """ "half a dozen", "three quarters million", "two thirds of a million": a scale after a fraction."""
    n = len(items)
    if j < n and items[j][1] in _MULTIPLIER_OPS and items[j][0].kind in ("dozen", "scale", "hundred"):
        return items[j][0].value, j + 1
    if (
        j + 1 < n and items[j][0].kind == "article" and items[j][1] in ("", "of")
        and items[j + 1][1] == "" and items[j + 1][0].kind in ("dozen", "scale", "hundred")
    ):
        return items[j + 1][0].value, j + 2
    return 1.0, j


def _read_fraction_word(items, i: int) -> tuple[float, int] | None:
    """A fraction that starts with "a", "half", "quarter", a unicode fraction or a proper a/b."""
    n = len(items)
    tok = items[i][0]
    if tok.kind in ("ufrac", "slash"):
        return tok.value, i + 1
    if tok.kind == "half" and tok.text in ("half", "quarter"):
        return 1.0 / tok.value, i + 1
    if tok.kind == "article" and i + 1 < n and items[i + 1][1] == "":
        nxt = items[i + 1][0]
        if nxt.kind in ("half", "ord") and nxt.text not in ("halves", "quarters"):
            return 1.0 / nxt.value, i + 2
        # "a twenty-first"
        if nxt.kind == "tens" and i + 2 < n and items[i + 2][1] == "-" and items[i + 2][0].kind == "ord":
            if items[i + 2][0].value < 10:
                return 1.0 / (nxt.value + items[i + 2][0].value), i + 3
    return None


def _read_unsigned(items, i: int) -> tuple[float, int, bool] | None:
    """One unsigned number at items[i]: (value, next index, written in words)."""
    n = len(items)
    frac = _read_fraction_word(items, i)
    if frac is not None:
        value, j = frac
        mult, j = _trailing_multiplier(items, j)
        return value * mult, j, items[i][0].kind not in ("ufrac", "slash")
    read = _read_cardinal(items, i)
    if read is None:
        return None
    value, j, st = read
    words = st.words
    if j < n and items[j][1] in _CONTINUE_OPS and items[j][0].kind in ("ord", "half") and st.last in (
        "card", "tens", "digits", "hundred", "scale", "article",
    ):
        den_tok, den_op = items[j]
        if den_tok.kind == "ord" and den_tok.text.startswith(("first", "second")) and st.tens_index != j - 1:
            return value, j, words
        if den_tok.value >= 100 and (not st.words or (st.value != 1 and not den_tok.text.endswith("s"))):
            # "100 millionths", "two millionth": an ordinal, not a fraction (but "five hundredths" is one)
            return value, j, words
        den = den_tok.value
        numer = value
        if den_tok.kind == "ord" and den < 10 and st.tens_index == j - 1 and st.tens_index > i:
            prev_op = items[st.tens_index][1]
            if den_op == "-" or prev_op == "":
                # "one hundred thirty-fifths" is 100/35, "three twenty firsts" 3/21.
                tens = items[st.tens_index][0].value
                den, numer = tens + den, (st.hundreds / 100 if st.spoken else value - tens)
        elif den_tok.kind == "ord" and den_op == "-" and st.tens_index == j - 1 and st.tens_index == i:
            return None  # "twenty-first" alone is an ordinal, not a fraction
        if numer == 0 and den_tok.kind == "ord":
            return value, j, words
        value, j = numer / den, j + 1
        mult, j = _trailing_multiplier(items, j)
        return value * mult, j, True
    if j < n and items[j][1] == "" and items[j][0].kind in ("card", "tens") and st.words:
        compound = _compound_denominator(items, j, value)
        if compound is not None:
            return compound[0], compound[1], True
    if j < n and items[j][1] == "" and items[j][0].kind == "slash" and st.last == "digits" and not st.words:
        return value + items[j][0].value, j + 1, False  # "2 1/4"
    if j < n and items[j][1] in _MIXED_OPS:
        # "one and a half", "twenty and three fifths", "3 million and a quarter", "five and a half million"
        start = j
        if items[j][1] != "and" and items[j][0].kind in ("half", "ord"):
            frac = (1.0 / items[j][0].value, j + 1) if items[j][0].text not in ("halves", "quarters") else None
        else:
            sub = _read_unsigned_fraction(items, j)
            frac = sub
        if frac is not None:
            fvalue, k = frac
            if k < n and items[k][1] == "" and items[k][0].kind in ("scale",):
                scale = items[k][0].value
                if st.last_scale >= scale:
                    return value + fvalue * scale, k + 1, True
                return (value + fvalue) * scale, k + 1, True
            return value + fvalue * st.last_scale, k, True
        del start
    if j < n and items[j][1] in _RATIO_OPS:
        den_read = _read_cardinal(items, j)
        if den_read is not None:
            den, k, _ = den_read
            # "1 in 2005" names a year, not a ratio of one in two thousand and five
            year = items[j][1] == "in" and items[j][0].kind == "digits" and 1000 <= den <= 2100 and k == j + 1
            if den and value < den and not year:
                return value / den, k, True
    return value, j, words


def _read_unsigned_fraction(items, j: int) -> tuple[float, int] | None:
    """The fraction after "and" in a mixed number: "three fifths", "a third", "one half", "fifty-four hundredths"."""
    frac = _read_fraction_word(items, j)
    if frac is not None:
        return frac
    read = _read_cardinal(items, j)
    if read is None:
        return None
    value, k, st = read
    if k < len(items) and items[k][1] in _CONTINUE_OPS and items[k][0].kind in ("ord", "half"):
        return value / items[k][0].value, k + 1
    return None


def _read_signed(items, i: int) -> tuple[float, int, bool] | None:
    tok = items[i][0]
    if tok.kind == "neg":
        if i + 1 >= len(items) or items[i + 1][1] != "":
            return None
        if tok.text == "-" and i > 0 and items[i - 1][0].kind not in ("neg",):
            return None  # "20 - 30" is a range, not minus thirty
        read = _read_unsigned(items, i + 1)
        if read is None:
            return None
        value, j, words = read
        return -value, j, words or tok.text != "-"
    return _read_unsigned(items, i)


# "that one mile": a unit noun after "one" makes it a number, not a pronoun (for measures only).
_UNIT_NOUN_AFTER_RE = re.compile(r"[ ](?:mile|kilomet|metre|meter|foot|inch|yard|kilo|gram|pound|ounce|lit|gallon|ton|"
                                 r"acre|hectare|cup|pint|quart|degree|dollar|euro|cent)")
_PRONOUN_WORDS = frozenset({"the", "this", "that", "which", "each", "every", "any", "no", "another", "someone"})


# The numbers of the last text read: find_numbers and find_measures both read every text (one
# without, one with numbers glued to a unit), and reading its tokens twice was a fifth of extraction.
# Keyed by the string objects and their values; a tuple is swapped in whole, so threads never see half.
_LAST_READ: tuple = ("", None, [])


def _candidates(lower: str, text: str | None) -> list[tuple[NumberSpan, bool, bool]]:
    """Every number the grammar reads, with whether to drop it for plain and for glued reading."""
    global _LAST_READ
    last = _LAST_READ
    if (last[0] is lower or last[0] == lower) and (last[1] is text or last[1] == text):
        return last[2]
    found = _read_candidates(lower, text)
    _LAST_READ = (lower, text, found)
    return found


# Words before "quarter" or "half" that make it a period: "in the first quarter", "the second half".
_PERIOD_LEADS = frozenset("first second third fourth final last this next previous same fiscal opening".split())


def _read_candidates(lower: str, text: str | None) -> list[tuple[NumberSpan, bool, bool]]:
    out: list[tuple[NumberSpan, bool, bool]] = []
    append = out.append
    for items in _chains(lower, _all_tokens(lower, text)):
        if len(items) == 1:
            tok = items[0][0]
            if tok.kind == "dotted":
                append((NumberSpan(tok.value, tok.start, tok.end, False, True), False, False))
                continue
            if tok.kind == "digits":
                # The common case, kept cheap: one number in digits on its own.
                end = tok.end
                value = _tidy(tok.value * tok.digit_scale)
                if math.isfinite(value):
                    letter_after = lower[end : end + 1].isalpha() and not lower[end - 1 : end].isalpha()
                    append((NumberSpan(value, tok.start, end, False), letter_after, False))
                continue
        i = 0
        while i < len(items):
            if items[i][0].kind == "dotted":
                tok = items[i][0]
                append((NumberSpan(tok.value, tok.start, tok.end, False, True), False, False))
                i += 1
                continue
            read = _read_signed(items, i)
            if read is None:
                i += 1
                continue
            value, j, words = read
            value = _tidy(value)
            start, end = items[i][0].start, items[j - 1][0].end
            i = j
            if not math.isfinite(value):
                continue
            letter_after = lower[end : end + 1].isalpha() and not lower[end - 1 : end].isalpha()
            before = lower[max(0, start - 12) : start].rsplit(None, 1)[-1:]
            # "the one you mentioned" is a pronoun; "one km" read with its unit is a number.
            # ('"This one hurts," the mayor said': the word after an opening quote or bracket)
            pronoun = (lower[start:end] == "one" and bool(before) and before[0].lstrip("\"“‘'(") in _PRONOUN_WORDS
                       and lower[start - 1 : start].isspace())
            # "in the first quarter", "the second half": a part of a year or a game, no number
            pronoun = pronoun or lower[start:end] in ("quarter", "half") and bool(before) and before[0] in _PERIOD_LEADS
            append((NumberSpan(value, start, end, words), letter_after or pronoun,
                    pronoun and not _UNIT_NOUN_AFTER_RE.match(lower, end)))
    return out


def _tidy(value: float) -> float:
    """A value as written, past the float error of its scaling: "4.1 million" is 4,100,000, not 4,099,999.9999999995."""
    return float(f"{value:.15g}") if math.isfinite(value) else value


def number_spans(lower: str, glued: bool = False, text: str | None = None) -> list[NumberSpan]:
    """Every number the grammar reads in lower-cased text, in order; no bounds or qualifiers.

    With glued=False a number written in digits and followed directly by a letter ("29km", "5th")
    is not a bare number; measures.py passes glued=True to read "29km" as 29 then a unit. Given the
    original `text` (same offsets), capital scale letters count: "10M" is ten million, "10m" is not.
    The parts of a dotted sequence ("192.168.1.2") are read one by one and flagged `dotted`.
    """
    if glued:
        return [span for span, _, drop in _candidates(lower, text) if not drop]
    return [span for span, drop, _ in _candidates(lower, text) if not drop]


@cache
def _parse_number_cached(text: str) -> float | None:
    # Read directly, not through the last-text memo: a short phrase must not evict the article's numbers.
    spans = [span for span, drop, _ in _read_candidates(text, None) if not drop]
    if len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(text):
        return spans[0].value
    return None


def parse_number(span: str) -> float | None:
    """The value of one number expression in any case ("Twenty-eight", "1,200", "a dozen", "-12e-1"), else None."""
    text = " ".join(span.lower().split())
    if not text or len(text) > 200:
        return None
    return _parse_number_cached(text.rstrip(" .,;:!?)").lstrip(" ("))


# ----------------------------------------------------------------------------------------------
# Bounds, qualifiers and vague magnitudes: a number as an interval.
# ----------------------------------------------------------------------------------------------

_DEFAULT_VAGUE: dict[str, tuple[float, float, float]] = {
    # phrase: (low, best, high). Plural magnitudes start at two of the unit ("dozens" >= 24).
    "a few": (2, 3, 5),
    "few": (2, 3, 5),
    "a handful": (2, 4, 6),
    "several": (3, 5, 9),
    "dozens": (24, 24, 99),
    "scores": (40, 40, 99),
    "hundreds": (200, 200, 9_999),
    "thousands": (2_000, 2_000, 99_999),
    "tens of thousands": (20_000, 20_000, 99_999),
    "hundreds of thousands": (200_000, 200_000, 999_999),
    "millions": (2_000_000, 2_000_000, 99_999_999),
    "tens of millions": (20_000_000, 20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 200_000_000, 999_999_999),
    "billions": (2e9, 2e9, 99.999e9),
}


@dataclass(frozen=True)
class NumberPolicy:
    """How hedged and vague numbers become intervals.

    Bands are relative half-widths: "about 100" with about_band 0.1 is [90, 110]; "nearly 100" is
    [90, 100); "just over 100" is (100, 110]. Ten per cent is what news rounding usually hides: a
    reporter writes "about 100" for 93 or 108, rarely for 80.

    `vague` maps a phrase to (low, best, high), UCDP style: UCDP keeps low, best and high estimates
    apart, ACLED codes a bare "dozens" as 12 when it must pick one number. We keep the interval, and
    take as best its conservative low end read literally: a plural of a unit means at least two of it
    ("dozens" >= 24, "hundreds" >= 200), and it stays below the next order of magnitude ("dozens" < 100,
    else the writer would say "hundreds"). So two sources saying "dozens" and "40" agree, "dozens" and
    "150" do not. A plural of a scale word is looser: headlines say "thousands of hens culled" of 68,000,
    so "hundreds", "thousands", "millions" and "billions" reach two orders of magnitude up ("thousands" <
    100,000). "several" is 3 to 9 (best 5), "a few" 2 to 5 (best 3).
    """

    about_band: float = 0.1
    nearly_band: float = 0.1
    just_over_band: float = 0.1
    vague: dict[str, tuple[float, float, float]] = field(default_factory=lambda: dict(_DEFAULT_VAGUE))

    def __hash__(self) -> int:
        return hash((self.about_band, self.nearly_band, self.just_over_band, tuple(sorted(self.vague.items()))))


DEFAULT_POLICY = NumberPolicy()

# Phrase before a number -> qualifier. Longest phrases first, so "just over" wins over "over".
_PREFIX_QUALIFIERS = {
    "at least": "at_least", "no less than": "at_least", "not less than": "at_least", "a minimum of": "at_least",
    "no fewer than": "at_least", "not fewer than": "at_least", "as many as": "at_most", "as much as": "at_most",
    "as high as": "at_most", "as large as": "at_most",
    "more than": "more_than", "over": "more_than", "above": "more_than", "in excess of": "more_than",
    "upwards of": "more_than", "upward of": "more_than", "greater than": "more_than", "exceeding": "more_than",
    # market slang: "north of $1 billion", "south of 5%"
    "north of": "more_than", "south of": "less_than",
    "just over": "just_over", "slightly more than": "just_over", "just above": "just_over",
    "a little over": "just_over", "a little more than": "just_over", "slightly over": "just_over",
    "up to": "at_most", "at most": "at_most", "no more than": "at_most", "a maximum of": "at_most",
    "not more than": "at_most", "a max of": "at_most",
    # "the legal maximum of 10%", "a statutory minimum of 20 days": a cap or a floor, whatever words lead it
    "maximum of": "at_most", "minimum of": "at_least",
    "fewer than": "less_than", "less than": "less_than", "under": "less_than", "below": "less_than",
    "nearly": "nearly", "almost": "nearly", "just under": "nearly", "close to": "nearly",
    "just below": "nearly", "slightly less than": "nearly", "slightly under": "nearly", "just shy of": "nearly",
    # on the way to it: "temperatures were climbing toward 90 degrees", "a toll approaching 2,000"
    "approaching": "nearly", "nearing": "nearly", "toward": "nearly", "towards": "nearly",
    "about": "about", "around": "about", "roughly": "about", "approximately": "about", "some": "about",
    "an estimated": "about", "estimated at": "about", "~": "about", "approx.": "about", "approx": "about",
    "circa": "about", "c.": "about", "an approximate": "about", "in the region of": "about",
    "of about": "about", "of around": "about", "of some": "about",
    # comparisons, as in specifications and queries ("larger than 20", "less than or equal to 30", ">= 5")
    "larger than": "more_than", "bigger than": "more_than", "higher than": "more_than", "exceed": "more_than",
    "exceeds": "more_than", "surpass": "more_than", "surpasses": "more_than", "surpassing": "more_than",
    "smaller than": "less_than", "lower than": "less_than",
    "greater than or equal to": "at_least", "more than or equal to": "at_least", "larger than or equal to": "at_least",
    "bigger than or equal to": "at_least", "higher than or equal to": "at_least", "at least or equal to": "at_least",
    "greater or equal than": "at_least", "more or equal than": "at_least", "larger or equal than": "at_least",
    "bigger or equal than": "at_least", "higher or equal than": "at_least", "greater or equal to": "at_least",
    "less than or equal to": "at_most", "smaller than or equal to": "at_most", "lower than or equal to": "at_most",
    "fewer than or equal to": "at_most", "less or equal than": "at_most", "smaller or equal than": "at_most",
    "lower or equal than": "at_most", "less or equal to": "at_most", "at most or equal to": "at_most",
    "equal to": "equal", "equals": "equal", "equals to": "equal", "equaling": "equal", "equaling to": "equal",
    "equalling": "equal", "equalling to": "equal", "is equal to": "equal",
    "equal to or less than": "at_most", "equal to or fewer than": "at_most", "equal to or lower than": "at_most",
    "equal to or smaller than": "at_most", "equal to or more than": "at_least", "equal to or greater than": "at_least",
    "equal to or higher than": "at_least", "equal to or larger than": "at_least",
}
# "less than 5000 or equal (to it)": the bound becomes inclusive.
_OR_EQUAL_RE = re.compile(
    rf"[ ]{{0,2}}or[ ]equal(?:[ ]to)?(?:[ ]it)?(?![\w])(?![ ]{{1,2}}(?:to\b|[-+]?[\d.]|{NUMBER_WORD_PATTERN}))"
)
_INCLUSIVE = {"more_than": "at_least", "less_than": "at_most"}
# Comparison signs stand before a number without a word boundary: "x>10", "<= -30", "< = 100".
_PREFIX_SIGNS = {">": "more_than", "<": "less_than", ">=": "at_least", "<=": "at_most", "> =": "at_least",
                 "< =": "at_most", "≥": "at_least", "≤": "at_most"}
_PREFIX_RE = re.compile(
    rf"(?:(?<![\w])(?P<q>{trie(_PREFIX_QUALIFIERS)})|(?<![<>=])(?P<sign>{trie(_PREFIX_SIGNS)}))[ ]{{0,2}}$"
)
# Last character of any prefix phrase: a number preceded by anything else has no prefix (checked first, cheaply).
_PREFIX_LAST_CHARS = frozenset(w[-1] for w in [*_PREFIX_QUALIFIERS, *_PREFIX_SIGNS])
_PREFIX_LAST_WORDS = frozenset(w.split()[-1] for w in _PREFIX_QUALIFIERS if w[-1].isalpha())


# The prefixes read in the last text: numbers and measures both ask for the same positions. Swapped whole.
_PREFIX_MEMO: tuple = ("", {})


def prefix_qualifier(lower: str, start: int) -> tuple[str, int] | None:
    """(qualifier, start of its phrase) for a bound written before the number starting at `start`."""
    global _PREFIX_MEMO
    text, memo = _PREFIX_MEMO
    if text is not lower:
        memo = {}
        _PREFIX_MEMO = (lower, memo)
    if start in memo:
        return memo[start]
    found = memo[start] = _read_prefix(lower, start)
    return found


def _read_prefix(lower: str, start: int) -> tuple[str, int] | None:
    k = start - 1
    while k >= 0 and k >= start - 3 and lower[k] == " ":
        k -= 1
    if k < 0 or lower[k] not in _PREFIX_LAST_CHARS:
        return None
    if lower[k].isalpha():
        # Cheap test first: the word before the number must end some phrase ("than", "least", "about"). Words
        # end at any space, a line's start too ("...\nNearly 300 people died").
        word = lower[max(0, k - 12) : k + 1].rsplit(None, 1)[-1]
        if word.lstrip("(\"'") not in _PREFIX_LAST_WORDS:
            return None
    window_start = max(0, start - 30)
    m = _PREFIX_RE.search(lower[window_start:start])
    if m is None:
        return None
    if m.group("sign"):
        return _PREFIX_SIGNS[m.group("sign")], window_start + m.start()
    if m.group("q") == "up to" and _rising_particle_verb(lower, window_start + m.start()):
        return None
    qualifier, at = _PREFIX_QUALIFIERS[m.group("q")], window_start + m.start()
    if qualifier in _DENIED and _DENIAL.search(lower, max(0, at - 24), at):
        qualifier = _DENIED[qualifier]  # "never dropped below 70 strokes a minute": at least 70
    return qualifier, at


# A strict bound said not to be crossed is the other side's bound, the figure itself within it.
_DENIED = {"less_than": "at_least", "more_than": "at_most"}
# "never dropped below", "did not fall below", "didn't exceed": a denial and at most one verb before the bound.
_DENIAL = re.compile(r"\b(?:never|not|n[’']t)[ ]+(?:[a-z]+[ ]+)?\Z")


# Verbs whose particle "up" means a rise: in "edged up to 4.2%" the "up to" is the level reached, no bound.
_RISING_UP_VERBS = frozenset("""
    edge edges edged edging tick ticks ticked ticking pick picks picked picking move moves moved moving
    inched inching jump jumps jumped jumping push pushes pushed pushing nudge nudges nudged nudging
    ramp ramps ramped ramping bump bumps bumped bumping climb climbs climbed climbing revise revises revised
    revising creeps crept creeping shoots shot shooting goes went gone going steps stepped stepping
""".split())


def _rising_particle_verb(lower: str, up_at: int) -> bool:
    """Whether the word before the "up" at `up_at` is a verb that "up" turns into a rise."""
    before = lower[max(0, up_at - 20) : up_at].split()
    return bool(before) and before[-1] in _RISING_UP_VERBS
_SUFFIX_QUALIFIERS = {
    "or more": "at_least", "or over": "at_least", "and more": "at_least", "and above": "at_least",
    "or above": "at_least", "plus": "at_least", "+": "at_least",
    "or so": "about", "odd": "about", "-odd": "about", "or thereabouts": "about",
    "or fewer": "at_most", "or less": "at_most", "or below": "at_most", "at most": "at_most",
    "or greater": "at_least", "or higher": "at_least", "or larger": "at_least", "or bigger": "at_least",
    "or smaller": "at_most", "or lower": "at_most",
}
# "5000 or less than 6000" is no bound on 5000.
_SUFFIX_RE = re.compile(rf"[ ]{{0,2}}(?P<q>{trie(_SUFFIX_QUALIFIERS)})(?![\w])(?![ ]than[ ]{{1,2}}[\d\w])")
_RANGE_GAP_RE = re.compile(r"[ ]{0,3}(?P<op>-|–|—|~|to|and|or|through)[ ]{0,3}~?[ ]{0,2}")
# Two bounds joined into one interval: "more than 100 and less than 300", "at most 100 and at least 20".
_BOUND_JOIN_RE = re.compile(r"[ ]{0,2}(?:,|and|but|,[ ]and|,[ ]but)?[ ]{0,2}")
_HYPHEN_CHAIN_RE = re.compile(r"[-/]\d")
_LOWER_BOUNDS = frozenset({"at_least", "more_than"})
_UPPER_BOUNDS = frozenset({"at_most", "less_than"})
_RANGE_LEAD_RE = re.compile(r"(?<![\w])(?P<lead>between|from)[ ]{1,2}$")
_VAGUE_PHRASES = (
    "tens of thousands", "tens of millions", "hundreds of thousands", "hundreds of millions", "a few", "a handful",
    "several", "dozens", "scores", "hundreds", "thousands", "millions", "billions",
)
_VAGUE_RE = re.compile(rf"(?<![\w])(?P<v>{'|'.join(p.replace(' ', '[ ]') for p in _VAGUE_PHRASES)})(?![\w])")
# Vague counts that a scale word after multiplies: "several thousand", "a few dozen", "a handful of hundred".
_COUNTING_VAGUE = frozenset(("a few", "few", "a handful", "several"))
_VAGUE_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_VAGUE_SCALE_RE = re.compile(r"[ ](?P<s>dozen|hundred|thousand|million|billion)(?:[ ](?P<s2>thousand|million|billion))?"
                             r"(?![\w])")


def _last_word_offsets(phrases) -> dict[str, set[int]]:
    """Each phrase's last word, with how far before it the phrase starts ("tens of thousands": 8)."""
    offsets: dict[str, set[int]] = {}
    for phrase in phrases:
        last = phrase.rsplit(" ", 1)[-1]
        offsets.setdefault(last, set()).add(len(phrase) - len(last))
    return offsets


# A vague phrase starts a fixed distance before its last word: the pattern is tried only there, after one
# scan for those words, instead of at every offset of the text.
_VAGUE_LAST_WORD_OFFSETS = _last_word_offsets(_VAGUE_PHRASES)
_VAGUE_LAST_WORD_RE = re.compile(trie(_VAGUE_LAST_WORD_OFFSETS))


def _vague_matches(lower: str) -> list[re.Match]:
    """The matches of _VAGUE_RE.finditer(lower)."""
    starts = (
        word.start() - n for word in _VAGUE_LAST_WORD_RE.finditer(lower)
        for n in _VAGUE_LAST_WORD_OFFSETS[word.group()] if word.start() >= n
    )
    return matches_from_starts(_VAGUE_RE, lower, starts)


def interval_for(
    value: float, qualifier: str, policy: NumberPolicy = DEFAULT_POLICY, written: float | None = None
) -> tuple[float | None, float | None, bool, bool]:
    """(low, high, low_inclusive, high_inclusive) for a number stated with a qualifier. `written` is the
    number as the text wrote it, before any conversion (45 for "roughly 45 miles", held as 72.4 km)."""
    if qualifier == "at_least":
        return value, None, True, True
    if qualifier == "more_than":
        return value, None, False, True
    if qualifier == "at_most":
        return None, value, True, True
    if qualifier == "less_than":
        return None, value, True, False
    band = {"just_over": policy.just_over_band, "nearly": policy.nearly_band, "about": policy.about_band}.get(qualifier)
    if band is None:
        return value, value, True, True
    half = hedge_width(value, band, written)
    if qualifier == "just_over":
        return value, value + half, False, True
    if qualifier == "nearly":
        return value - half, value, True, False
    return value - half, value + half, True, True


def hedge_width(value: float, band: float, written: float | None = None) -> float:
    """How far a hedged number ("about", "nearly", "just over") may be from the truth: the band's share of it,
    but never more than its last written digit is worth. "About 900" may be 810 to 990, "about 2,000" 1,800
    to 2,200, but "about 126 km/h" is 125 to 127: a writer who gives three digits vouches for the third."""
    written = value if written is None else written
    place = _last_digit_place(written)
    scale = abs(value / written) if written else 1.0
    relative = abs(value) * band
    return min(relative, place * scale) if place > 0 else relative


def _last_digit_place(number: float) -> float:
    """The place value of a number's last nonzero digit: 1 for 126, 10 for 90, 0.1 for 11.5, 1e8 for 3.2e9."""
    if number == 0 or not math.isfinite(number):
        return 0.0
    text = repr(abs(float(number)))
    if "e" in text:
        return 0.0
    whole, _, decimals = text.partition(".")
    decimals = decimals.rstrip("0")
    if decimals:
        return 10.0 ** -len(decimals)
    stripped = whole.rstrip("0")
    return 10.0 ** (len(whole) - len(stripped))


def _qualified(
    lower: str, start: int, end: int, value: float, kind: str, policy: NumberPolicy, extra: dict | None = None
) -> Mention:
    qualifier = "exact"
    prefix = prefix_qualifier(lower, start)
    if prefix and not (prefix[0] == "about" and lower.startswith("some", prefix[1]) and lower[end : end + 1] == "%"):
        qualifier, start = prefix
        if qualifier in _INCLUSIVE:
            inclusive = _OR_EQUAL_RE.match(lower, end)
            if inclusive:
                qualifier, end = _INCLUSIVE[qualifier], inclusive.end()
        if qualifier == "equal":
            # "equal to 20" states the number exactly; the phrase is kept in the span.
            qualifier = "exact"
            extra = {**(extra or {}), "stated_equal": True}
    else:
        s = _SUFFIX_RE.match(lower, end)
        if s:
            qualifier = _SUFFIX_QUALIFIERS[s.group("q")]
            end = s.end()
    low, high, lo_inc, hi_inc = interval_for(value, qualifier, policy)
    return Mention(
        kind, start, end, value, low, high, lo_inc, hi_inc, None, qualifier, extra=dict(extra or {}),
    )


def _join_bounds(lower: str, mentions: list[Mention]) -> list[Mention]:
    """A lower and an upper bound joined by "and"/"but"/"," make one interval, each end keeping its inclusivity."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        if i + 1 < len(mentions):
            b = mentions[i + 1]
            pair = {a.qualifier, b.qualifier}
            if (
                len(pair) == 2 and pair & _LOWER_BOUNDS and pair & _UPPER_BOUNDS and a.value is not None
                and b.value is not None and b.start - a.end <= 8 and _BOUND_JOIN_RE.fullmatch(lower, a.end, b.start)
            ):
                lo, hi = (a, b) if a.qualifier in _LOWER_BOUNDS else (b, a)
                closed = lo.low_inclusive and hi.high_inclusive
                if lo.value < hi.value or (closed and lo.value == hi.value):
                    out.append(Mention("number", a.start, b.end, None, lo.low, hi.high, lo.low_inclusive,
                                       hi.high_inclusive, None, "range",
                                       extra={"joined_bounds": True, "low_text": lower[lo.start:lo.end], "high_text": lower[hi.start:hi.end]}))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _inside_last(spans, starts: list[int], x) -> bool:
    """Whether x lies inside the last of the sorted, disjoint spans that starts at or before it."""
    k = bisect.bisect_right(starts, x.start) - 1
    return k >= 0 and spans[k].start <= x.start and x.end <= spans[k].end


def _range_extra(lower: str, a, b, lead) -> dict:
    """The ends of a range as written; and where a "from" leads it, their spans (`ends`): "rose from 200 to
    300" is a change, not a range, which the reader of the words before it tells apart."""
    extra = {"low_text": lower[a.start:a.end], "high_text": lower[b.start:b.end]}
    if lead is not None and lead.group("lead") == "from":
        extra["ends"] = (a.start, a.end, a.value, b.start, b.end, b.value)
    return extra


class _Shifted:
    """A match found in a slice, with offsets moved back onto the whole text."""

    __slots__ = ("_m", "_offset")

    def __init__(self, m, offset: int) -> None:
        self._m, self._offset = m, offset

    def start(self) -> int:
        return self._m.start() + self._offset

    def end(self) -> int:
        return self._m.end() + self._offset

    def group(self, name):
        return self._m.group(name)


def find_numbers(lower: str, policy: NumberPolicy = DEFAULT_POLICY, text: str | None = None) -> list[Mention]:
    """Numbers in lower-cased text as interval mentions (kind "number"), with ranges, bounds and vague words.

    A range ("20-30", "between 20 and 30", "from 12 to 15") becomes one mention with qualifier "range",
    low/high its ends and value None: a range states no single best figure, and a midpoint would
    invent one. So do two joined bounds ("more than 100 and at most 300"), with open or closed ends.
    Vague magnitudes ("dozens") carry the policy's best as value, qualifier "vague". Parts of dotted
    sequences (addresses, versions: "192.168.1.2") are not figures and give no mention. Pass the original
    `text` (same offsets) to read capital scale letters ("10M") and words glued by scraping.
    """
    spans = [s for s in number_spans(lower, text=text) if not s.dotted]
    mentions: list[Mention] = []
    i = 0
    while i < len(spans):
        a = spans[i]
        if i + 1 < len(spans):
            b = spans[i + 1]
            gap = _RANGE_GAP_RE.fullmatch(lower, a.end, b.start) if b.start - a.end <= 12 else None
            if gap:
                lead = _RANGE_LEAD_RE.search(lower, max(0, a.start - 10), a.start)
                op = gap.group("op")
                ok = (
                    op in ("-", "–", "—", "~")
                    or (op == "to" and (lead is None or lead.group("lead") == "from"))
                    or (op in ("and",) and lead is not None and lead.group("lead") == "between")
                    or (op == "through")
                )
                if op in ("-", "–", "—", "to", "through") and lead is not None and lead.group("lead") == "between":
                    ok = True
                if op == "to" and lower.endswith("by ", 0, a.start):
                    ok = False  # "cut jobs by 200 to 1,800": a change and the level it reached, no range
                if op == "-" and (lower[a.start - 1 : a.start] in ("+", "-", "/") or _HYPHEN_CHAIN_RE.match(lower, b.end)):
                    ok = False  # "+1-222-2222", "2222-2222-2222": a phone number or a code, not a range
                if ok and op != "to" and text is not None and lower[a.end] == " " and ends_dateline_day(text, a.end):
                    ok = False  # "ROME, May 3 - 12 divers": the dateline's dash, no range
                if ok and a.value <= b.value:
                    start = lead.start() if lead else a.start
                    mentions.append(
                        Mention("number", start, b.end, None, a.value, b.value, True, True, None, "range",
                                extra=_range_extra(lower, a, b, lead))
                    )
                    i += 2
                    continue
        mentions.append(_qualified(lower, a.start, a.end, a.value, "number", policy))
        i += 1
    mentions = _join_bounds(lower, mentions)
    starts = [m.start for m in mentions]
    ends = [m.end for m in mentions]
    vague = []
    found = _vague_matches(lower)
    if text is not None and len(text) == len(lower):
        for p in _text_glue_points(text):
            glued = _VAGUE_RE.match(lower[p : p + 40])
            if glued:
                found.append(_VAGUE_RE.match(lower, p, p + glued.end()) or _Shifted(glued, p))
        found.sort(key=lambda g: g.start())
    for m in found:
        k = bisect.bisect_left(starts, m.end()) - 1  # the last mention starting before this phrase ends
        if (k >= 0 and ends[k] > m.start()) or (vague and vague[-1].end > m.start()):
            continue
        low, best, high = policy.vague[m.group("v").replace("  ", " ")]
        end = m.end()
        scaled = _VAGUE_SCALE_RE.match(lower, end) if m.group("v") in _COUNTING_VAGUE else None
        if scaled is not None:
            # "several thousand mail ballots", "a few dozen votes": that many of the scale
            # "several hundred million euros": the scales multiply
            size = _VAGUE_SCALES[scaled.group("s")] * (_VAGUE_SCALES[scaled.group("s2")] if scaled.group("s2") else 1)
            low, best, high, end = low * size, best * size, high * size, scaled.end()
        vague.append(
            Mention("number", m.start(), end, float(best), float(low), float(high), True, True, None, "vague")
        )
    if vague:
        # "a few hundred feet": the scale a vague count took is no number of its own ("hundred" is 100 alone).
        # The vague counts come from one finditer, sorted and apart: only the last one starting at or before a
        # number can hold it (a scan of all per number is quadratic on a text of many).
        starts = [v.start for v in vague]
        mentions = [x for x in mentions if not _inside_last(vague, starts, x)]
        mentions = sorted(mentions + vague, key=lambda x: (x.start, x.end))
    return mentions


# A count told as none: "No one was killed", "nobody was hurt", "No flights were cancelled", "there were no
# casualties". Only where a verb or "there were" makes it a statement of the count: "no plans to", "no more than
# 5" and "no longer" say no figure. (The pattern opens with its letters, then looks behind them, so that the
# engine only stops where "no" is written.)
_NONE_RE = re.compile(
    r"no(?<![\w-]no)(?:(?:body|[ -]one)(?=[ ](?:else[ ])?(?:was|were|has|had|is)[ ])"
    r"|(?=[ ](?!more[ ]|less[ ]|fewer[ ]|longer[ ]|other[ ])[a-z]+s[ ](?:were|have|had|are)[ ])"
    r"|(?<=there[ ]were[ ]no)(?=[ ](?!more[ ]|other[ ])[a-z]+s(?:[.,;]|[ ](?:reported|recorded|among)\b)))")


def find_none(lower: str) -> list[Mention]:
    """Counts told as none, each a number of value 0 (kind "number")."""
    return [Mention("number", m.start(), m.end(), 0.0, 0.0, 0.0) for m in _NONE_RE.finditer(lower)]
