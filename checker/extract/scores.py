"""Results of games and contests ("beat Borussia Dortmund 2-0", "lost 3-1 to Leeds", "a 2-1 win over Chelsea"),
and the splits of votes ("voted 7-2 for the increase", "ruled 6-3", "a 5-4 decision", "passed 52 to 48").

A result is two figures: the winner's score and the loser's (the higher and the lower, whoever the sentence
puts first), or both sides' in a draw, each scoped by the opponent the sentence names. Only a result written
with its verb or noun is read: a bare "2-0" in a text is as often a vote or a date. A result whose opponent
goes unnamed ("a 2-0 lead in the series") has opponent None: its numbers count nothing, and no figure is made.
A vote's split is two figures too, the majority's and the minority's, whichever the sentence puts first.
"""

from __future__ import annotations

import re

from checker.extract.mention import Mention
from checker.extract.numbers import number_spans

__all__ = ["find_scores"]

_TEAM = r"(?P<team>(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|de|of|del|la))*)"
_SCORE = r"(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})(?![\d,:/%-]|\.\d)"
_WINNING = r"beat|beats|beating|defeated|defeats|defeating|edged|edges|thrashed|routed|hammered|downed|overcame|stunned"
_RESULT_NOUN = r"win|victory|defeat|loss|draw|triumph|thrashing|rout"
_RESULTS = tuple(re.compile(pattern) for pattern in (
    # "beat Borussia Dortmund 2-0", "beating Dortmund 2-0"
    rf"\b(?:{_WINNING})\s+{_TEAM}\s+{_SCORE}",
    # "lost 3-1 to Leeds", "drew 1-1 with Everton", "won 2-0 against Chelsea"
    rf"\b(?:lost|lose|loses|losing|drew|draw|draws|drawing|won|win|wins|winning)\s+{_SCORE}\s+"
    rf"(?:to|with|against|over|at)\s+{_TEAM}",
    # "a 2-1 win over Chelsea", "their 3-0 defeat to Leeds"
    rf"\b{_SCORE}\s+(?:{_RESULT_NOUN})\s+(?:over|against|to|with|at)\s+{_TEAM}",
    # A result whose opponent the sentence does not name: "an unbeatable 2-0 lead in the series", "a 2-1 win",
    # "going down 2-0", "lead the series 2-0", "winning that contest 2-0"
    rf"\b{_SCORE}\s+(?:series\s+)?(?:lead|deficit|scoreline|{_RESULT_NOUN})\b",
    rf"\b(?:lead|leads|led|leading|trail|trails|trailed|trailing|(?:go|goes|going|went|gone)\s+(?:down|up))"
    rf"\s+(?:the\s+(?:series|tie|contest|match|game)\s+)?{_SCORE}",
    rf"\b(?:won|win|wins|winning|lost|lose|loses|losing)\s+(?:the|that|this)\s+(?:series|tie|contest|match|game|final)"
    rf"\s+{_SCORE}",
))
# Splits of a vote, by its verb or its noun: "voted 7-2 for", "ruled 6-3", "passed 52-48", "a 5-4 decision",
# "by a vote of 9 to 2", "split 8-1". A count of votes with its noun ("by 117 votes to 106") is read as counts.
_SPLIT = r"(?P<a>\d{1,3})(?:\s?[-–]\s?|\s+to\s+)(?P<b>\d{1,3})(?![\d,:/%-]|\.\d|\s*(?:percent|per\s+cent))"
_VOTING = r"voted|votes|vote|voting|ruled|rules|ruling|split|splits|passed|approved|rejected|decided|sided"
_VOTE_NOUN = r"vote|votes|decision|ruling|majority|verdict|split"
_VOTES = tuple(re.compile(pattern) for pattern in (
    rf"\b(?:{_VOTING})\s+(?:by\s+)?(?:a\s+(?:vote\s+of\s+)?)?{_SPLIT}",
    rf"\b(?:a|an|the|its|their|by)\s+{_SPLIT}\s+(?:{_VOTE_NOUN})\b",
    rf"\bvote\s+(?:was|of|is|stood\s+at)\s+{_SPLIT}",
))
_NAME_END = re.compile(r"[’']s$|\.$")
# Every result holds two numbers joined by a dash: the patterns run only around such pairs, found among the
# numbers the number grammar has read already.
_DASHES = frozenset(("-", "–", " - ", " – ", "- ", " -", "– ", " –", " to "))
_REACH = 80


def _windows(text: str, lower: str) -> list[tuple[int, int]]:
    """The stretches around each dashed pair of numbers that a result could span, merged."""
    spans = number_spans(lower, text=text)
    windows: list[list[int]] = []
    for a, b in zip(spans, spans[1:]):
        if b.start - a.end > 4 or lower[a.end : b.start] not in _DASHES:
            continue
        low, high = max(0, a.start - _REACH), min(len(text), b.end + _REACH)
        if windows and low <= windows[-1][1]:
            windows[-1][1] = high
        else:
            windows.append([low, high])
    return [(low, high) for low, high in windows]


def find_scores(text: str, lower: str) -> list[Mention]:
    """Each result's two figures, in text order (see the module docstring)."""
    found: list[Mention] = []
    taken: set[int] = set()
    windows = _windows(text, lower)
    for m in _untaken(_RESULTS, text, windows, taken):
        team = m.groupdict().get("team")
        opponent = _NAME_END.sub("", team.removeprefix("the ").strip()) if team else None
        found += _two_sides(m, ("level", "winner", "loser"), {"opponent": opponent})
    for m in _untaken(_VOTES, lower, windows, taken):
        found += _two_sides(m, ("tied", "majority", "minority"), {"opponent": None, "vote": True})
    return sorted(found, key=lambda x: x.start)


def _untaken(patterns, text: str, windows: list[tuple[int, int]], taken: set[int]):
    """The matches of the patterns in the windows whose first number no earlier match took."""
    for pattern, (low, high) in ((p, w) for p in patterns for w in windows):
        for m in pattern.finditer(text, low, high):
            if m.start("a") not in taken:
                taken.add(m.start("a"))
                yield m


def _two_sides(m: re.Match, names: tuple[str, str, str], extra: dict) -> list[Mention]:
    """A result's two figures, each named by its side: (both sides' name when level, the higher's, the lower's)."""
    a, b = int(m["a"]), int(m["b"])
    sides = (names[0], names[0]) if a == b else (names[1], names[2]) if a > b else (names[2], names[1])
    return [Mention("score", m.start(group), m.end(group), float(value), float(value), float(value), unit="count",
                    extra={"side": side, **extra}) for group, value, side in (("a", a, sides[0]), ("b", b, sides[1]))]
