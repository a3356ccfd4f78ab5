"""Counts of things: a number attached to what it counts ("43 ballistic missiles", "wounding 15")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.extract.document import Document, Match, Sentence
from checker.extract.mention import Mention

__all__ = ["Count", "attach_count"]

# "18-year-olds" and "teenagers" count people even though no vocabulary term names them.
_AGE_NOUN = re.compile(r"\d+-year-olds?$|(?:[a-z]+-)+year-olds?$")
# Cues after which a figure refers back to a noun named earlier ("the number of X ... was estimated at N").
_BACK_CUES = frozenset("at to was is were are reached totalled totaled totals stood stands of".split())
# Words that may stand between a number and its noun ("28 new cruise missiles", "780 Russian soldiers").
_MODIFIERS = frozenset(
    "more other additional new further separate large massive heavy long-range short-range guided "
    "attack combat armed enemy hostile crowded innocent unarmed local foreign military civilian "
    "multi-story multi-storey high-rise residential".split()
)
_MAX_SKIP = 2


@dataclass(frozen=True, slots=True)
class Count:
    """A number resolved to a metric, with the span of its wording and who it is about."""

    mention: Mention
    metric: str
    start: int
    end: int
    side: str | None


def _outcome_near(doc: Document, sentence: Sentence, last: int, before: int) -> tuple[str, int] | None:
    """An outcome word just after word `last` (skipping auxiliaries) or just before the number."""
    words, voc = sentence.words, doc.vocabulary
    j = last + 1
    while j < len(words) and j - last <= 4 and doc.auxiliary(words[j]):
        j += 1
    if j < len(words) and j - last <= 4:
        m = doc.match_at(sentence, j, voc.outcomes)
        if m is not None:
            return str(m.value), m.end
    k = before - 1
    while k >= 0 and before - k <= 3 and words[k].text in ("a", "total", "of", "an", "estimated", "some"):
        k -= 1
    if k >= 0 and before - k <= 3:
        for n in range(min(3, k + 1), 0, -1):
            m = doc.match_at(sentence, k - n + 1, voc.outcomes)
            if m is not None and m.last_word == k:
                return str(m.value), -1
    return None


def _group_metric(group: str, outcome: str) -> str:
    return f"{group}.{outcome}"


def attach_count(doc: Document, mention: Mention, sentence: Sentence | None = None) -> Count | None:
    """What a number counts, from the words around it (in `sentence`, the one holding it, when the
    caller has it at hand); None when it counts nothing we know."""
    if sentence is None:
        sentence = doc.sentence_at(mention.start)
    words, voc = sentence.words, doc.vocabulary
    after = sentence.word_index(mention.end)
    before = sentence.word_index(mention.start)
    side = None
    # Forward: "N [modifiers] TERM".
    for skip in range(_MAX_SKIP + 1):
        i = after + skip
        if i >= len(words) or words[i].start - (words[i - 1].end if i > after else mention.end) > 3:
            break
        # Another number is not what a number counts ("1, 2, 3"), unless it names people ("two 18-year-olds").
        if words[i].text[0].isdigit() and not _AGE_NOUN.match(words[i].text):
            break
        if skip:
            prev = words[i - 1]
            adj = doc.side(prev)
            if adj is None and prev.text not in _MODIFIERS:
                break
            side = side or adj
        thing = doc.match_at(sentence, i, voc.counts)
        people = doc.match_at(sentence, i, voc.people)
        if people is None and _AGE_NOUN.match(words[i].text):
            people = Match(words[i].start, words[i].end, "people", i, i)
        if people is not None and (thing is None or people.last_word >= thing.last_word):
            outcome = _outcome_near(doc, sentence, people.last_word, before)
            if outcome is None:
                return None
            end = max(people.end, outcome[1])
            return Count(mention, _group_metric(str(people.value), outcome[0]), mention.start, end, side)
        if thing is not None:
            return Count(mention, str(thing.value), mention.start, thing.end, side)
        outcome = doc.match_at(sentence, i, voc.outcomes)
        if outcome is not None:
            return Count(mention, _group_metric("people", str(outcome.value)), mention.start, outcome.end, side)
    # "N were killed", "N had been injured": the noun left out, the outcome after auxiliaries.
    outcome = _outcome_near(doc, sentence, after - 1, -1) if after < len(words) and doc.auxiliary(words[after]) else None
    if outcome is not None and outcome[1] != -1:
        return Count(mention, _group_metric("people", outcome[0]), mention.start, outcome[1], side)
    # Backward: "killing N", "wounding N" with the noun left out.
    # Only a word can be the outcome before a number ("killing 7"); skip the look-up after digits or at a start.
    outcome = (_outcome_near(doc, sentence, before - 1, before)
               if before and words[before - 1].text[0].isalpha() else None)
    if outcome is not None and outcome[1] == -1:
        return Count(mention, _group_metric("people", outcome[0]), mention.start, mention.end, side)
    # Back-reference: "the number of Ukrainian soldiers killed ... was estimated at 55,000".
    if before and words[before - 1].text in _BACK_CUES:
        return _back_reference(doc, sentence, mention, before)
    return None


def _back_reference(doc: Document, sentence: Sentence, mention: Mention, before: int) -> Count | None:
    voc = doc.vocabulary
    for i in range(before - 1, -1, -1):
        people = doc.match_at(sentence, i, voc.people)
        if people is not None:
            outcome = _outcome_near(doc, sentence, people.last_word, i)
            if outcome is not None:
                side = doc.side(sentence.words[i - 1]) if i else None
                return Count(mention, _group_metric(str(people.value), outcome[0]), mention.start, mention.end, side)
        thing = doc.match_at(sentence, i, voc.counts)
        if thing is not None and i and sentence.words[i - 1].text == "of":
            return Count(mention, str(thing.value), mention.start, mention.end, None)
    return None
