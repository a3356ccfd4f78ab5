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
    letter once instead of trying every word in turn. The words that match at a place are tried longest first,
    as in an alternation sorted longest first, whatever follows; close it with \\b or (?![a-z]) to match only
    whole words."""
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
    return _first_words(_parsed(pattern), pattern)


def _parsed(pattern: str) -> list:
    """The items of pattern as the standard library's parser reads them."""
    return list(_parser.parse(pattern))


def _first_words(items: list, pattern: str) -> frozenset[str]:
    """first_words(pattern), given its parsed items."""
    closed: set[str] = set()
    if _walk(items, {""}, closed):
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
        return _repeat(_walk, av, states, closed, "a repeat that stays inside a word")
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


def _repeat(walk, av, states: set, seen: set, unbounded: str) -> set:
    """The states after a repeat of av's body between its low and high counts, each count read by walk
    (first_words' or follows'); Unbounded with the given message past _MAX_REPEATS."""
    low, high, body = av
    result = set(states) if low == 0 else set()
    current = states
    for count in range(1, _MAX_REPEATS + 1):
        current = walk(body, current, seen)
        if count >= low:
            result |= current
        if not current or count >= high:
            return result
    raise Unbounded(unbounded)


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

    def __init__(self, alternatives: dict[str, str], guard: str = "", checks_after: int = 750_000) -> None:
        """checks_after: how many characters to scan before building the scan that checks next words
        (its construction costs what checking saves on about that much text)."""
        self._guard = guard
        self._alternatives = alternatives
        # Each alternative is parsed once: its first words are read now, what follows them when checks are built.
        self._parsed: dict[str, list] | None = {name: _parsed(pattern) for name, pattern in alternatives.items()}
        self._firsts = {name: _first_words(self._parsed[name], pattern) for name, pattern in alternatives.items()}
        self._heads: dict[str, tuple[str, ...]] = {}
        for name, words in self._firsts.items():
            for word in words:
                self._heads[word] = (*self._heads.get(word, ()), name)
        self._compiled: dict[tuple[str, ...], re.Pattern[str]] = {}
        self._by_word: dict[str, re.Pattern[str]] = {}
        # One scan finds the words that start an alternative; the words between cost no Python step. It
        # starts on the character before a word (a consumed character, so re skips ahead to it); a word at
        # the very start is matched on its own.
        self._letters = sorted(w for w in self._heads if w != DIGITS)
        words = ([trie(self._letters) + "(?![a-z])"] if self._letters else []) + (
            ["[0-9]++"] if DIGITS in self._heads else [])
        self._first_word = re.compile("|".join(words)) if words else None
        self._scan = re.compile(f"[^a-z0-9](?:{'|'.join(words)})") if words else None
        self._unscanned_before_checks = checks_after
        self._checks_built = False

    def _build_checks(self) -> None:
        """The scan that also checks, at each first word, that the words after it can continue an alternative:
        most function words ("the", "of", "to") are then passed over without a Python step."""
        if self._checks_built:
            return
        checks = _follow_checks(self._parsed, self._firsts)
        self._parsed = None  # read for the last time
        letters = [_words_with_tails({w: "(?![a-z])" + checks[w] for w in self._letters})] if self._letters else []
        digits = ["[0-9]++" + checks[DIGITS]] if DIGITS in self._heads else []
        self._scan = re.compile(f"[^a-z0-9](?:{'|'.join(letters + digits)})")
        self._checks_built = True

    def expect(self, chars: int) -> None:
        """Told how much text is about to be searched: a run that will read past checks_after characters
        builds the checking scan first, and reads all of its text with it."""
        if not self._checks_built and chars >= self._unscanned_before_checks and self._scan is not None:
            self._build_checks()

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
        if not self._checks_built:
            self._unscanned_before_checks -= endpos - pos
            if self._unscanned_before_checks <= 0:
                self._build_checks()
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
# Longer second words are checked by their first letters only: as selective, and a smaller scan.
_SECOND_WORD_LIMIT = 4
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

    def key(self) -> tuple:
        """What check() reads: Follows with equal keys make the same check."""
        return (frozenset(self.words), frozenset(self.prefixes), self.digits, self.gap, self.shortest_run, self.free)

    def check(self) -> str:
        """A zero-width test, at the end of the first word, that every match passes ("" when none can be made)."""
        if self.free:
            return ""
        words = {w for w in self.words if not w.startswith(tuple(self.prefixes))}
        prefixes = {p for p in self.prefixes if not p.startswith(tuple(q for q in self.prefixes if q != p))}
        options = ([trie(sorted(words)) + "(?![a-z])"] if words else []) + (
            [trie(sorted(prefixes))] if prefixes else []) + ([r"\d"] if self.digits else [])
        checks = [f"(?=[^a-z0-9]{{0,{self.gap}}}(?:{'|'.join(options)}))"] if options else []
        if self.shortest_run is not None:
            checks.append(f"(?<=[0-9]{{{self.shortest_run}}})")
        if not checks:
            return ""
        return checks[0] if len(checks) == 1 else "(?:" + "|".join(checks) + ")"


def _follow_checks(parsed: dict[str, list], firsts: dict[str, frozenset[str]]) -> dict[str, str]:
    """For each first word of the alternatives (parsed: each one's parsed items; firsts: its first words), the
    check that every match starting with it passes."""
    merged: dict[str, Follow] = {}
    for name, items in parsed.items():
        try:
            known = _follows(items)
        except Unbounded:
            known = {}
        for word in firsts[name]:
            follow = known.get(word)
            if follow is None:
                follow = Follow()
                follow.free = True
            merged.setdefault(word, Follow()).merge(follow)
    made: dict[tuple, str] = {}  # first words that continue alike (most number words) share one check
    checks = {}
    for word, follow in merged.items():
        if (check := made.get(key := follow.key())) is None:
            check = made[key] = follow.check()
        checks[word] = check
    return checks


def follows(pattern: str) -> dict[str, Follow]:
    """For each first word (as first_words gives them) of pattern's matches, what a match holds after it.

    Zero-width assertions other than \\b are read as always true, so the answer errs on the side of more
    continuations, never fewer. Raises Unbounded when the continuations cannot be listed.
    """
    return _follows(_parsed(pattern))


def _follows(items: list) -> dict[str, Follow]:
    """follows(pattern), given its parsed items."""
    found: set[tuple] = set()
    for state in _follow_walk(items, {("word", "", 0)}, found):
        _match_ends(state, found)
    return _records(found)


def _records(found: set[tuple]) -> dict[str, Follow]:
    """Each first word's Follow, from what the walk found: (what, first words, value, gap) tuples."""
    records: dict[str, Follow] = {}
    for what, firsts, value, gap in found:
        for first in firsts:
            if (follow := records.get(first)) is None:
                follow = records[first] = Follow()
            follow.gap = max(follow.gap, gap)
            if what == "word":
                follow.words.add(value)
            elif what == "prefix":
                follow.prefixes.add(value)
            elif what == "digits":
                follow.digits = True
            elif what == "run":
                follow.shortest_run = min(follow.shortest_run or value, value)
            else:
                follow.free = True
    return records


def _follow_walk(items, states: set, found: set) -> set:
    for op, av in items:
        if not states:
            break
        states = _follow_step(op, av, states, found)
        if len(states) > 1:
            states = _merged(states)
        if len(states) > _MAX_STATES:
            raise Unbounded("too many continuations")
    return states


def _merged(states: set) -> set:
    """States that continue alike made one: after the first word, one state per gap length and one per
    second word begun, holding every first word that reaches it (and the longest gap before it); one run
    of digits, the shortest (the checks need only that)."""
    gaps: dict[int, frozenset[str]] = {}
    seconds: dict[str, tuple[frozenset[str], int]] = {}
    shortest_run = None
    kept = set()
    for state in states:
        if state[0] == "gap":
            gaps[state[2]] = gaps.get(state[2], frozenset()) | state[1]
        elif state[0] == "second":
            _, firsts, seen, gap = state
            known_firsts, known_gap = seconds.get(seen, (frozenset(), 0))
            seconds[seen] = (known_firsts | firsts, max(known_gap, gap))
        elif state[1] == DIGITS:
            shortest_run = state[2] if shortest_run is None else min(shortest_run, state[2])
        else:
            kept.add(state)
    kept.update(("gap", firsts, gap) for gap, firsts in gaps.items())
    kept.update(("second", firsts, seen, gap) for seen, (firsts, gap) in seconds.items())
    if shortest_run is not None:
        kept.add(("word", DIGITS, shortest_run))
    return kept


def _follow_step(op, av, states: set, found: set) -> set:
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
        return _repeat(_follow_walk, av, states, found, "a repeat with no end in sight")
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


def _follow_consume(chars: tuple[str, ...], states: set, found: set) -> set:
    out: set = set()
    for state in states:
        for char in chars:
            if (after := _after(state, char, found)) is not None:
                out.add(after)
    return out


def _after(state: tuple, char: str, found: set) -> tuple | None:
    """The state after one more character; None once the second word (or a digit after the gap) is known.

    States: ("word", first word so far, digits in it), ("gap", first words, characters in the gap),
    ("second", first words, second word so far, characters in the gap before it).
    """
    kind = state[0]
    letter, digit = "a" <= char <= "z", "0" <= char <= "9"
    if kind == "word":
        _, first, run = state
        if not first:
            if letter:
                return ("word", char, 0)
            if digit:
                return ("word", DIGITS, 1)
            if char == _OTHER_DIGIT:
                return None  # no scanned word starts here
            raise Unbounded(f"a match can start with {char!r}, which is not a word")
        if first == DIGITS and digit:
            return ("word", DIGITS, min(run + 1, _RUN_LIMIT))
        if first != DIGITS and letter:
            return ("word", first + char, 0)
        return _gap_after(frozenset((first,)), 0, char, found)
    if kind == "gap":
        return _gap_after(state[1], state[2], char, found)
    _, firsts, seen, gap = state
    if letter and len(seen) < _SECOND_WORD_LIMIT:
        return ("second", firsts, seen + char, gap)
    found.add(("prefix" if letter else "word", firsts, seen, gap))
    return None


def _gap_after(firsts: frozenset[str], gap: int, char: str, found: set) -> tuple | None:
    if "a" <= char <= "z":
        return ("second", firsts, char, gap)
    if "0" <= char <= "9" or char == _OTHER_DIGIT:
        found.add(("digits", firsts, None, gap))
        return None
    if gap >= _GAP_LIMIT:
        found.add(("free", firsts, None, gap))
        return None
    return ("gap", firsts, gap + 1)


def _at_boundary(state: tuple, found: set) -> tuple | None:
    """\\b: after a word's characters, the word has ended."""
    if state[0] == "word" and state[1]:
        return ("gap", frozenset((state[1],)), 0)
    if state[0] == "second":
        _, firsts, seen, gap = state
        found.add(("word", firsts, seen, gap))
        return None
    return state


def _match_ends(state: tuple, found: set) -> None:
    if state[0] == "word":
        _, first, run = state
        if not first:
            raise Unbounded("a match can be empty")
        found.add(("run", frozenset((first,)), run, 0) if first == DIGITS else ("free", frozenset((first,)), None, 0))
    elif state[0] == "gap":
        found.add(("free", state[1], None, state[2]))
    else:
        _, firsts, seen, gap = state
        found.add(("prefix", firsts, seen, gap))
