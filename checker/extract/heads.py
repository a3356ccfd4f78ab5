"""Patterns dispatched by a text's words: each word start tries only the alternatives that can begin with that word."""

from __future__ import annotations

import re
from collections.abc import Iterator

# The parser of the standard library's regular expressions: the only way to read what a pattern can start with.
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

__all__ = ["DIGITS", "WordDispatch", "first_words", "trie"]

DIGITS = "#"  # the key of a word that is a run of digits
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_MAX_STATES = 20_000
_MAX_REPEATS = 64


class Unbounded(ValueError):
    """A pattern whose first words cannot be listed (a letter class, a negated set, a match ending inside a word)."""


def trie(words) -> str:
    """An alternation of words factored by common prefixes ("seven(?:t(?:een|y))?"): the engine reads each
    letter once instead of trying every word in turn. Close it with \\b or (?![a-z]), so the one word that
    ends at a boundary matches, whatever the order of the branches."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def first_words(pattern: str) -> frozenset[str]:
    """Every lowercase word (or DIGITS) a match of pattern can begin with; may list a few impossible ones too.

    Zero-width assertions are read as always true, so the answer errs on the side of more words,
    never fewer. Raises Unbounded when the words cannot be listed.
    """
    closed: set[str] = set()
    if _walk(list(_parser.parse(pattern)), {""}, closed):
        raise Unbounded(f"a match of {pattern[:60]!r} can end inside its first word")
    return frozenset(closed)


def _walk(items, states: set[str], closed: set[str]) -> set[str]:
    for op, av in items:
        if not states:
            break
        states = _step(op, av, states, closed)
    return states


def _step(op, av, states: set[str], closed: set[str]) -> set[str]:
    if op is sre.LITERAL:
        return _consume((chr(av),), states, closed)
    if op is sre.IN:
        return _consume(_members(av), states, closed)
    if op is sre.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            out |= _walk(branch, states, closed)
        return out
    if op is sre.SUBPATTERN:
        return _walk(av[3], states, closed)
    if op is sre.ATOMIC_GROUP:
        return _walk(av, states, closed)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        result = set(states) if low == 0 else set()
        current = states
        for count in range(1, _MAX_REPEATS + 1):
            current = _walk(body, current, closed)
            if count >= low:
                result |= current
            if not current or count >= high:
                return result
        raise Unbounded("a repeat that stays inside a word")
    if op is sre.AT:
        if av is sre.AT_BOUNDARY:
            # \b after letters ends the word; at the start it changes nothing.
            closed.update(s for s in states if s)
            return {""} if "" in states else set()
        return states
    if op is sre.ASSERT and av[0] == 1:
        return _look_ahead(av[1], states, closed)
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return states
    raise Unbounded(f"cannot read {op} at a pattern's start")


def _look_ahead(body, states: set[str], closed: set[str]) -> set[str]:
    """A lookahead that must see a non-letter ends the word; any other is read as always true."""
    kept: set[str] = set()
    for state in states:
        seen: set[str] = set()
        try:
            ahead = _walk(list(body), {state}, seen)
        except Unbounded:
            ahead = {state}
        if state and not ahead and state in seen:
            closed.add(state)
        else:
            kept.add(state)
    return kept


def _members(items) -> tuple[str, ...]:
    chars: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            chars.append(chr(av))
        elif op is sre.RANGE:
            low, high = av
            if any(chr(c) in _LETTERS for c in range(low, high + 1)) and high - low > 4:
                raise Unbounded("a range of letters")
            chars.extend(chr(c) for c in range(low, high + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            chars.append("0")
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            chars.append(" ")
        else:
            raise Unbounded(f"cannot list the characters of {op}")
    return tuple(dict.fromkeys(chars))


def _consume(chars: tuple[str, ...], states: set[str], closed: set[str]) -> set[str]:
    out: set[str] = set()
    for state in states:
        for char in chars:
            if char in _LETTERS:
                out.add(state + char)
            elif state:
                closed.add(state)
            elif char.isdigit():
                closed.add(DIGITS)
            else:
                raise Unbounded(f"a match can start with {char!r}, which is not a word")
    if len(out) > _MAX_STATES:
        raise Unbounded("too many first words")
    return out


class WordDispatch:
    """A regular expression of named alternatives, searched word by word.

    finditer gives the same matches as re.finditer over guard + (?:alternatives) where every match
    starts at a word's start (guard must ensure that): at each word, only the alternatives that can
    start with it are tried, in their order. A text's words are runs of a-z or of 0-9; a word starts
    where no letter or digit comes before it.
    """

    def __init__(self, alternatives: dict[str, str], guard: str = "") -> None:
        self._guard = guard
        self._alternatives = alternatives
        self._heads: dict[str, tuple[str, ...]] = {}
        for name, pattern in alternatives.items():
            for word in first_words(pattern):
                self._heads[word] = (*self._heads.get(word, ()), name)
        self._compiled: dict[tuple[str, ...], re.Pattern[str]] = {}
        self._by_word: dict[str, re.Pattern[str]] = {}
        # One scan finds the words that start an alternative; the words between cost no Python step.
        letters = sorted(w for w in self._heads if w != DIGITS)
        firsts = "".join(sorted({w[0] for w in letters} | ({"0-9"} if DIGITS in self._heads else set())))
        options = ([trie(letters) + "(?![a-z])"] if letters else []) + (["[0-9]+"] if DIGITS in self._heads else [])
        self._scan = re.compile(f"(?<![a-z0-9])(?=[{firsts}])(?:{'|'.join(options)})") if options else None

    def words(self) -> frozenset[str]:
        """The words at which some alternative is tried."""
        return frozenset(self._heads)

    def _pattern(self, word: str) -> re.Pattern[str] | None:
        names = self._heads.get(word)
        if names is None:
            return None
        if (compiled := self._compiled.get(names)) is None:
            body = "|".join(f"(?P<{name}>{self._alternatives[name]})" for name in names)
            compiled = self._compiled[names] = re.compile(f"{self._guard}(?:{body})")
        return compiled

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """Matches in text[pos:endpos], left to right, never overlapping."""
        if self._scan is None:
            return
        end = pos
        endpos = len(text) if endpos is None else endpos
        by_word = self._by_word
        for word in self._scan.finditer(text, pos, endpos):
            start = word.start()
            if start < end:
                continue
            key = word.group()
            if key[0] <= "9":
                key = DIGITS
            pattern = by_word.get(key)
            if pattern is None:
                pattern = by_word[key] = self._pattern(key)
            found = pattern.match(text, start, endpos)
            if found is not None:
                end = found.end()
                yield found
