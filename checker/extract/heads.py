"""Patterns dispatched by a text's words: each word start tries only the alternatives that can begin with that word."""

from __future__ import annotations

import re
from collections.abc import Iterator

# The parser of the standard library's regular expressions: the only way to read what a pattern can start with.
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

__all__ = ["DIGITS", "Follow", "WordDispatch", "first_words", "follows", "trie"]

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
        # One scan finds the words that start an alternative and whose next words can continue one; the
        # words between cost no Python step. It starts on the character before a word (a consumed
        # character, so re skips ahead to it); a word at the very start is matched on its own.
        checks = _follow_checks(alternatives)
        tails = {w: "(?![a-z])" + checks.get(w, "") for w in self._heads if w != DIGITS}
        options = ([_words_with_tails(tails)] if tails else []) + (
            ["[0-9]++" + checks.get(DIGITS, "")] if DIGITS in self._heads else [])
        words = f"(?:{'|'.join(options)})"
        self._first_word = re.compile(words) if options else None
        self._scan = re.compile(f"[^a-z0-9]{words}") if options else None

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
        for start, stop in self._word_spans(text, pos, endpos):
            if start < end:
                continue
            key = text[start:stop]
            if key[0] <= "9":
                key = DIGITS
            pattern = by_word.get(key)
            if pattern is None:
                pattern = by_word[key] = self._pattern(key)
            found = pattern.match(text, start, endpos)
            if found is not None:
                end = found.end()
                yield found

    def _word_spans(self, text: str, pos: int, endpos: int) -> Iterator[tuple[int, int]]:
        """(start, end) of each word in text[pos:endpos] at which an alternative may match, in order."""
        if pos < endpos and (pos == 0 or not _is_word_char(text[pos - 1])):
            if (first := self._first_word.match(text, pos, endpos)) is not None:
                yield pos, first.end()
        for word in self._scan.finditer(text, pos, endpos):
            yield word.start() + 1, word.end()


def _is_word_char(char: str) -> bool:
    return "a" <= char <= "z" or "0" <= char <= "9"


def _words_with_tails(tails: dict[str, str]) -> str:
    """An alternation of words factored by common prefixes like trie(), each word followed by its own tail."""
    root: dict = {}
    for word, tail in tails.items():
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = tail

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if "" in node:
            branches.append(node[""])
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(root)


# ---------------------------------------------------------------------------------------------
# What follows a first word: a check the scan makes before any alternative is tried at that word.
# ---------------------------------------------------------------------------------------------

_GAP_LIMIT = 8
_SECOND_WORD_LIMIT = 24
_RUN_LIMIT = 8
_OTHER_DIGIT = "\u0660"


class Follow:
    """What a match holds after its first word: the second words it can hold whole (words) or end inside
    (prefixes), whether digits can come next, the longest run of other characters between, and, for a
    first word of digits, the fewest digits a match can end after. free: a match can end in or right after
    the first word, or its continuation could not be read; nothing can be checked."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.prefixes: set[str] = set()
        self.digits = False
        self.gap = 0
        self.shortest_run: int | None = None
        self.free = False

    def merge(self, other: Follow) -> None:
        self.words |= other.words
        self.prefixes |= other.prefixes
        self.digits |= other.digits
        self.gap = max(self.gap, other.gap)
        if other.shortest_run is not None:
            self.shortest_run = min(self.shortest_run or other.shortest_run, other.shortest_run)
        self.free |= other.free

    def check(self) -> str:
        """A zero-width test, at the end of the first word, that every match passes ("" when none can be made)."""
        if self.free:
            return ""
        options = ([trie(sorted(self.words)) + "(?![a-z])"] if self.words else []) + (
            [trie(sorted(self.prefixes))] if self.prefixes else []) + ([r"\d"] if self.digits else [])
        checks = [f"(?=[^a-z0-9]{{0,{self.gap}}}(?:{'|'.join(options)}))"] if options else []
        if self.shortest_run is not None:
            checks.append(f"(?<=[0-9]{{{self.shortest_run}}})")
        if not checks:
            return ""
        return checks[0] if len(checks) == 1 else "(?:" + "|".join(checks) + ")"


def _follow_checks(alternatives: dict[str, str]) -> dict[str, str]:
    """For each first word of the alternatives, the check that every match starting with it passes."""
    merged: dict[str, Follow] = {}
    for pattern in alternatives.values():
        try:
            known = follows(pattern)
        except Unbounded:
            known = {}
        for word in first_words(pattern):
            follow = known.get(word)
            if follow is None:
                follow = Follow()
                follow.free = True
            merged.setdefault(word, Follow()).merge(follow)
    return {word: follow.check() for word, follow in merged.items()}


def follows(pattern: str) -> dict[str, Follow]:
    """For each first word (as first_words gives them) of pattern's matches, what a match holds after it.

    Zero-width assertions other than \\b are read as always true, so the answer errs on the side of more
    continuations, never fewer. Raises Unbounded when the continuations cannot be listed.
    """
    found: dict[str, Follow] = {}
    for state in _follow_walk(list(_parser.parse(pattern)), {("word", "", 0)}, found):
        _match_ends(state, found)
    return found


def _follow_walk(items, states: set, found: dict) -> set:
    for op, av in items:
        if not states:
            break
        states = _follow_step(op, av, states, found)
        if len(states) > _MAX_STATES:
            raise Unbounded("too many continuations")
    return states


def _follow_step(op, av, states: set, found: dict) -> set:
    if op is sre.LITERAL:
        return _follow_consume((chr(av),), states, found)
    if op is sre.IN:
        return _follow_consume(_follow_members(av), states, found)
    if op is sre.BRANCH:
        out: set = set()
        for branch in av[1]:
            out |= _follow_walk(branch, states, found)
        return out
    if op is sre.SUBPATTERN:
        if av[1] or av[2]:
            raise Unbounded("flags inside a pattern")
        return _follow_walk(av[3], states, found)
    if op is sre.ATOMIC_GROUP:
        return _follow_walk(av, states, found)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        result = set(states) if low == 0 else set()
        current = states
        for count in range(1, _MAX_REPEATS + 1):
            current = _follow_walk(body, current, found)
            if count >= low:
                result |= current
            if not current or count >= high:
                return result
        raise Unbounded("a repeat with no end in sight")
    if op is sre.AT:
        return {s for s in (_at_boundary(state, found) if av is sre.AT_BOUNDARY else state for state in states) if s}
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return states
    raise Unbounded(f"cannot read {op} after a first word")


def _follow_members(items) -> tuple[str, ...]:
    """The characters of a set, every character that is no letter or digit standing as a space."""
    chars: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            chars.append(chr(av))
        elif op is sre.RANGE:
            chars.extend(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            chars.extend(("0", _OTHER_DIGIT))
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            chars.append(" ")
        else:
            raise Unbounded(f"cannot list the characters of {op}")
    return tuple(dict.fromkeys(_follow_class(c) for c in chars))


def _follow_class(char: str) -> str:
    """A letter or digit of the scan's words as itself, a digit of another script (\\d matches those, the
    scan's words do not) as _OTHER_DIGIT, any other character as a space."""
    if _is_word_char(char):
        return char
    return _OTHER_DIGIT if char.isdecimal() else " "


def _follow_of(word: str, found: dict) -> Follow:
    return found.setdefault(word, Follow())


def _follow_consume(chars: tuple[str, ...], states: set, found: dict) -> set:
    out: set = set()
    for state in states:
        for char in chars:
            if (after := _after(state, char, found)) is not None:
                out.add(after)
    return out


def _after(state: tuple, char: str, found: dict) -> tuple | None:
    """The state after one more character; None once the second word (or a digit after the gap) is known."""
    kind, first, seen = state
    letter, digit = "a" <= char <= "z", "0" <= char <= "9"
    if kind == "word":
        if not first:
            if letter:
                return ("word", char, 0)
            if digit:
                return ("word", DIGITS, 1)
            if char == _OTHER_DIGIT:
                return None  # no scanned word starts here
            raise Unbounded(f"a match can start with {char!r}, which is not a word")
        if first == DIGITS and digit:
            return ("word", DIGITS, min(seen + 1, _RUN_LIMIT))
        if first != DIGITS and letter:
            return ("word", first + char, 0)
        return _gap_after(first, 0, char, found)
    if kind == "gap":
        return _gap_after(first, seen, char, found)
    if letter and len(seen) < _SECOND_WORD_LIMIT:
        return ("second", first, seen + char)
    follow = _follow_of(first, found)
    (follow.prefixes if letter else follow.words).add(seen)
    return None


def _gap_after(first: str, gap: int, char: str, found: dict) -> tuple | None:
    follow = _follow_of(first, found)
    follow.gap = max(follow.gap, gap)
    if "a" <= char <= "z":
        return ("second", first, char)
    if "0" <= char <= "9" or char == _OTHER_DIGIT:
        follow.digits = True
        return None
    if gap >= _GAP_LIMIT:
        follow.free = True
        return None
    return ("gap", first, gap + 1)


def _at_boundary(state: tuple, found: dict) -> tuple | None:
    """\\b: after a word's characters, the word has ended."""
    kind, first, seen = state
    if kind == "word" and first:
        _follow_of(first, found)
        return ("gap", first, 0)
    if kind == "second":
        _follow_of(first, found).words.add(seen)
        return None
    return state


def _match_ends(state: tuple, found: dict) -> None:
    kind, first, seen = state
    if kind == "word" and not first:
        raise Unbounded("a match can be empty")
    follow = _follow_of(first, found)
    if kind == "word" and first == DIGITS:
        follow.shortest_run = min(follow.shortest_run or seen, seen)
    elif kind == "second":
        follow.prefixes.add(seen)
    else:
        follow.free = True
