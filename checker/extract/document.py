"""What a figure is about: sentences, boilerplate, subjects, speakers, events, roles and time cues."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Set
from dataclasses import dataclass, field
from itertools import repeat
from typing import NamedTuple

from checker.extract.datelines import DATELINE
from checker.extract.numbers import NUMBER_WORD_PATTERN, parse_number
from checker.extract.words import (ADJ, AUXILIARIES, CALENDAR_WORDS, FUNCTION_WORDS, NOUN, REPORTING_VERBS,
                                   SUBORDINATORS, VERB, classes, is_word, noun_lemma, superlative_before, verb_lemma)
from checker.normalize.places import gazetteer
from checker.vocabulary import WORD_PATTERN, Place, Vocabulary, lemma

__all__ = ["Document", "Sentence", "Word", "LISTING"]

# Sentence ends: ., ! or ? before whitespace, unless the word is a known abbreviation; and line ends.
# Each branch starts with its own literal, so the engine skips ahead to the next . ! ? or line break.
_END_TAIL = r"[.!?]*[\"'”’)]*(?=\s)"
_NEXT_NOT_LOWER = r"(?![ \t\r\n]*[a-z])"
_SENTENCE_END = re.compile(
    rf"\.{_END_TAIL}|!{_END_TAIL}|\?{_END_TAIL}|\r\n{_NEXT_NOT_LOWER}|\r{_NEXT_NOT_LOWER}|\n{_NEXT_NOT_LOWER}"
)
# The longest stretch treated as one sentence; real sentences in news are far shorter.
MAX_SENTENCE = 2000
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st no vs jan feb mar apr jun jul aug sep sept oct nov dec gen col lt sgt gov sen rep "
    "u.s u.k u.n p.m a.m e.g i.e etc inc ltd co corp jr sr prof".split()
)
_WORD = WORD_PATTERN
# Comma clauses: the unit a figure's nearest cues are looked for in first.
# A comma inside a number ("71,000") breaks nothing.
# Each alternative starts with its own character (the comma's look-behind comes after it), so re skips ahead to the
# next mark instead of trying every offset.
_CLAUSE_BREAK = re.compile(r",(?<!\d,)|,(?!\d{3}(?!\d))|;|:|\(|\)|\u2014|\u2013| - ")
_BLANK = re.compile(r"\s*")
# The word a full stop ends, to tell an abbreviation ("Gen.", "U.S.") from a sentence's end.
_LAST_TOKEN = re.compile(r"[\s(]")
_CURLY_QUOTE = r"“[^”\n]{0,400}”"
_STRAIGHT_QUOTE = r"\"[^\"\n]{0,400}\""
_QUOTE_PAIRS = re.compile(f"{_CURLY_QUOTE}|{_STRAIGHT_QUOTE}")
# A text with one kind of quotation mark is searched for that one alone: a pattern that starts with
# one literal is found by a fast scan, and many texts have no quotation marks at all.
_QUOTES_BY_MARKS = {(True, True): _QUOTE_PAIRS, (True, False): re.compile(_CURLY_QUOTE),
                    (False, True): re.compile(_STRAIGHT_QUOTE), (False, False): None}

# A line that is page furniture around an article, not its text.
_BOILERPLATE_LINE = re.compile(
    r"^\s*(?:also read\b|read more\b|read also\b|related\b|see also\b|see more\b|sign up\b|subscribe\b"
    r"|share\b|leave a (?:comment|reply)\b|your email address\b|photo:|advertisement\b|popular\s*$"
    r"|editor'?s choice\b|most read\b|recommended\b|you may also like\b|more from\b|comments?\s*$"
    r"|follow us\b|newsletter\b|\u2022?\s*ai generated\s*$|google preferred source)",
    re.I,
)
# A short line that sells a newsletter, an app or alerts, wherever the pitch stands in it. Only offsets where
# a pitch's first letter stands are tried further: IGNORECASE makes each tried offset costly.
_PITCHES = ("sign up", "subscribe", "newsletter", "in your inbox", "breaking news alerts", "download (?:our|the) app",
            "follow us on", r"join \S+ readers", "click here")
_PITCH = re.compile(rf"\b(?=[{''.join(sorted({p[0] for p in _PITCHES}))}])(?:{'|'.join(_PITCHES)})\b", re.I)
_PITCH_LINE = 220


def _is_furniture(line: str) -> bool:
    """Whether a stripped line is page furniture: a link list's or a pitch's wording, a row of a table of
    tickers or scores (three cells or more between bars), or another story's headline in capitals."""
    if _BOILERPLATE_LINE.match(line):
        return True
    if len(line) <= _PITCH_LINE and _PITCH.search(line):
        return True
    if line.count("|") >= 3:
        return True
    return line.isupper() and len(line.split()) >= 4


# A heading after which the rest of the page is related links, teasers and comments.
_TRAILER_HEADING = re.compile(
    r"^\s*(?:related articles?|related stories|related news|related|popular|editor'?s choice|most read|"
    r"more stories|you may also like|recommended|leave a reply|leave a comment|comments|also read|read more|"
    r"see more|see also|more on this story)\s*:?\s*$",
    re.I,
)
_RELATIVES = frozenset(("that", "which", "who", "whom"))
# Verbs a place records its own figures by ("Al Haouz recorded 1,293 deaths").
_RECORDING = frozenset("recorded records registered registers reported reports counted counts saw sees".split())
# Words between "has" and the number of what it holds: "has an estimated 270,000", "has about 40", "has some 12".
_HELD_LEADS = frozenset("a an the estimated about around roughly some nearly almost more than over at least "
                        "fewer less just under".split())
# Verbs by which a place counts what happened in it, not what it did ("Kenya has confirmed 495 cases").
_CONFIRMING = frozenset("confirmed confirms recorded records registered registers reported reports logged".split())
# Heads of a body's name that ends in a place ("the Bank of England", "the University of Texas"): the body, not the
# place.
_INSTITUTIONS = frozenset("bank church university college museum institute academy society federation association "
                          "chamber council court school hospital library party".split())
# Nouns of a document or a count after "according to", which name no one who speaks.
_DOCUMENT_NOUNS = frozenset("figures figure data report survey count estimate estimates statistics census tally "
                            "study analysis records".split())
# A distance's reference right before a place: "12 miles from the district town of", "600 km off".
_DISTANCE_WORDS = frozenset("km kilometres kilometers kilometre kilometer miles mile metres meters feet".split())
_DISTANCE_REFERENCE = re.compile(r"\d[\d,.]*[ -]?(?:km|kilometres?|kilometers?|miles?|metres?|meters?|feet)"
                                 r"(?:[ ][a-z]+){0,2}[ ](?:from|of|off|outside)[ ](?:the[ ])?(?:[a-z]+[ ]){0,3}\Z")
# Words that open a clause of its own, which an "according to" before it does not credit.
_CLAUSE_OPENERS = SUBORDINATORS | {"but"}
# How many words an aside between a speaker and its verb may take, and the words it opens with.
_APPOSITIVE_WORDS = 12
_APPOSITIVE_OPENERS = frozenset(("the", "a", "an", "which", "who", "whose"))
# Verbs of counting whose object is the figure: the place of the count is the figure's ("In Texas, officials have
# reported nine deaths").
_COUNTING_VERBS = _RECORDING | _CONFIRMING
_ATTRIBUTION_VERB = frozenset(
    "said says say stated reported reports claimed claims insists insisted told announced announces "
    "confirmed confirms added wrote noted warned according put puts estimated estimates estimate measured "
    "recorded citing cited counted".split()
)
_BETWEEN_NAME_AND_VERB = frozenset("had has have also earlier previously later separately initially".split())
# Verbs that are nouns as often ("early reports had six dead"): only a known speaker before them counts.
_NOUN_LIKE_VERBS = frozenset("reports claims".split())
# Where a speaker's reach ends: a figure after a semicolon is not credited to the speaker before it.
# Each alternative starts with its own literal character, so re skips ahead to the next of them.
_STRONG_BREAK = re.compile(r";|\u2014|:(?!\d)| - |, (?:and|but|while|whereas|although) ")
# Prepositions that make a following place the scope of a figure ("in Kyiv", "across Ukraine", "of the province").
# Bodies a place's possessive names as speakers or actors: "Ecuador's government", "Morocco's interior ministry".
_BODIES = frozenset("government ministry president prime minister officials authorities army military police navy "
                    "coast guard agency interior health foreign defence defense embassy leader parliament "
                    "cabinet".split())
_LOCATIVE = frozenset("in across on at of over into near throughout around inside within outside".split())
# Words that open a list of a figure's parts ("10 dead, including four in St. Lucie County").
LISTING = frozenset(("including", "includes"))
# Words a place's name may be followed by before its sentence's verb ("Al Haouz province alone has ...").
_PLACE_HEADS = frozenset("province region district state county city town alone itself also".split())
# Words for the divisions and settlements news names places by ("Swat district", "the village of Hokeng").
# Words for the ground of a place, which a place's adjective before them names ("on Victorian roads").
_GROUND = frozenset("road street highway motorway soil territory land airspace water sea coast coastline border "
                    "city town village region province state county district".split())
_DIVISIONS = frozenset("district province region county prefecture governorate oblast municipality department "
                       "village town".split())
# A place named before a figure pointed at after it: "5 hospitalized here".
_PLACE_POINTED_AT = re.compile(r"(?:[ ][a-z]+){0,2}[ ](?:here|there)\b")
# Words that set a figure beside another's holder with "of": "clear of China", "ahead of Kenya", "short of".
_SET_BESIDE = frozenset("clear ahead short shy instead".split())
_DIRECTIONS = frozenset("north south east west northeast northwest southeast southwest north-east north-west "
                        "south-east south-west away".split())
_AUXILIARY = frozenset("were was had have has been are is being reportedly also more other additional".split())
# "the province", "the county": the last place of that kind named before. A division that is also a kind of
# name ("Madison County", "Swat district") stands only for a place named with that word.
_ANAPHORA = {"province": "region", "region": "region", "oblast": "region", "state": "region", "county": "region",
             "district": "region", "prefecture": "region", "governorate": "region", "city": "city", "town": "city",
             "village": "city", "country": "country"}
_NAMED_WITH = frozenset("county district prefecture governorate".split())
# Marks between two words that end a phrase: a comma, a colon, a bracket, a quotation mark.
_PHRASE_BREAK = re.compile(r"[,;:()\[\]\"“”]")


# Words that tell deaths ("regulatory bodies" and road tolls aside).
_DEATH_WORDS = re.compile(r"\b(?:kill(?:s|ed|ing)?|di(?:e|es|ed)|dead|deaths?|fatalit(?:y|ies)|perish(?:ed)?|drown(?:ed)?"
                          r"|death toll)\b")
# A colon that opens a breakdown, not a clock's ("10:30").
_COLON = re.compile(r":(?!\d)")
# What stands between a figure and its own place: "1.3mn in the Netherlands".
_PLACE_RIGHT_AFTER = re.compile(r"[ ](?:in|at|across|throughout|inside)[ ](?:the[ ])?")
# A place told right before its own figure in a breakdown: "Victoria 19, Queensland 16", "followed by Victoria
# with 11", "ahead of Victoria on 19".
# A figure's number (and the whole it is part of) before a place that modifies the noun it counts: "28 Ohio stores",
# "22 of its 28 Ohio stores".
_SCALED = r"(?:[ ](?:million|thousand))?"
_COUNTED_BEFORE_PLACE = re.compile(rf"(?:[a-z]+[ ]){{0,2}}(?:[\d,.]+|{NUMBER_WORD_PATTERN}){_SCALED}"
                                   rf"(?:[ ]of[ ](?:its|the|their|his|her|our|all)[ ][\d,.]+{_SCALED})?[ ]")
_NOUN_AFTER_PLACE = re.compile(r"[ ][a-z]")
# A name joined to another by an ampersand is a firm's: "Harlow & Finch", "Procter & Gamble".
_FIRM_AMPERSAND_AFTER = re.compile(r"[ ]?&[ ]?[A-Z]")
_FIRM_AMPERSAND_BEFORE = re.compile(r"[A-Z][\w.'-]*[ ]?&[ ]?\Z")
# A place told right before a figure, past "with", "on" or "at", or an aside between commas ("and Salem, Oregon's
# capital, 48.3C").
_PLACE_RIGHT_BEFORE = re.compile(r"(?:[ ](?:with|on|at)|,[ ][^,;()\n]{1,30},)?[ ]")
_FIGURE_AFTER_PLACE = re.compile(rf"(?:[ ](?:with|on|at))?[ ](?:\d|{NUMBER_WORD_PATTERN})")
# A coordinated clause's opening place, after a figure: "and in Kharkiv", "while in Odesa".
_NEXT_CLAUSE_PLACE = re.compile(r"\b(?:and|while|but|whereas)[ ]+(?:(?:in|at)[ ]+(?:the[ ]+)?)?\Z")
# A part of a figure between it and a place after it: the place is the part's ("..., about 900 of them in the US",
# "the toll has risen to 12, eight in Mississippi"), or the figure told another way, after "or" (", or about £894 for
# every driver in Bristol").
_FIGURE_BETWEEN = re.compile(rf"(?<![\w.,])(?:\d[\d,.]*|{NUMBER_WORD_PATTERN})[ ]+of[ ]+(?:them|whom|which)\b"
                             rf"|,[ ]+(?:with[ ]+)?(?:\d[\d,.]*|{NUMBER_WORD_PATTERN})[ ]+in[ ]"
                             r"|,[ ]+or[ ]+(?:(?:about|around|roughly|some|nearly|almost)[ ]+)?[£$€¥]?\d")
# A clause of its own opening after a figure: "cutting about 2,400 jobs as the carmaker shifts its output to a
# factory in Kentucky" (the place is the clause's, not the jobs').
_LATER_CLAUSE = re.compile(r"\b(?:as|while|whereas|because|although|though)[ ]+(?:the|it|its|they|their|he|she)[ ]")
# What stands between two places of one list: "the United States, Canada and Britain".
_PLACE_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+(?:the\s+)?")


class Word(NamedTuple):
    """A lower-case word of the text and where it stands (a tuple: a text makes thousands of them)."""

    start: int
    end: int
    text: str
    lemma: str


# Lemmas of the words seen so far: a text repeats its words, and a corpus its vocabulary.
_LEMMAS: dict[str, str] = {}
_LEMMAS_MAX = 200_000
# A capitalised word after a lower-case word or a comma: a name. It starts by consuming the capital and looks
# behind from there: re then skips ahead to the next capital instead of trying the look-behind at every offset.
_MID_SENTENCE_CAPITAL = re.compile(r"[A-Z](?<=[a-z0-9,;] [A-Z])[A-Za-z'’-]*")


_MATCH_TEXT, _MATCH_START, _MATCH_END = re.Match.group, re.Match.start, re.Match.end


def _new_lemma(word: str) -> str:
    base = _LEMMAS[word] = lemma(word)
    return base


class Sentence:
    """A sentence (or a line of a table); its words and clause breaks are read on first use.

    Most sentences of an article hold no figure, so their words are never needed: building them
    lazily keeps the cost of a text close to the cost of splitting it.
    """

    __slots__ = ("start", "end", "_lower", "_words", "_breaks", "_starts", "_ends", "_lemmas", "_texts", "_forms",
                 "_word_forms")

    def __init__(self, start: int, end: int, words: list[Word] | None = None,
                 clause_breaks: list[int] | None = None, lower: str | None = None) -> None:
        self.start, self.end, self._lower = start, end, lower
        self._words, self._breaks = words, clause_breaks
        self._starts = self._ends = self._lemmas = self._texts = self._forms = self._word_forms = None
        if words is not None:
            # The given words' columns, as _read_words would have built them.
            self._starts, self._ends, self._texts, self._lemmas = ([w[k] for w in words] for k in range(4))

    @property
    def words(self) -> list[Word]:
        if self._words is None:
            self._read_words()
        return self._words

    def _read_words(self) -> None:
        """The words and, in parallel lists, their offsets, forms and lemmas: each built in one C-level
        pass (map over the matches), as every sentence holding a figure needs them all."""
        found = list(_WORD.finditer(self._lower, self.start, self.end))
        self._texts = texts = list(map(_MATCH_TEXT, found))
        self._starts = starts = list(map(_MATCH_START, found))
        self._ends = ends = list(map(_MATCH_END, found))
        if len(_LEMMAS) >= _LEMMAS_MAX:
            _LEMMAS.clear()
        known = _LEMMAS.get
        self._lemmas = bases = [known(text) or _new_lemma(text) for text in texts]
        # A Word without its __new__ call: a text makes thousands of them.
        self._words = list(map(tuple.__new__, repeat(Word), zip(starts, ends, texts, bases)))

    @property
    def clause_breaks(self) -> list[int]:
        if self._breaks is None:
            self._breaks = [m.start() for m in _CLAUSE_BREAK.finditer(self._lower, self.start, self.end)]
        return self._breaks

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._read_words()
        return self._starts

    @property
    def ends(self) -> list[int]:
        if self._ends is None:
            self._read_words()
        return self._ends

    @property
    def lemmas(self) -> list[str]:
        if self._lemmas is None:
            self._read_words()
        return self._lemmas

    @property
    def texts(self) -> list[str]:
        if self._texts is None:
            self._read_words()
        return self._texts

    @property
    def forms(self) -> frozenset[str]:
        """Every word of the sentence as written and as lemma: what a cue is looked up in."""
        if self._forms is None:
            self._forms = frozenset(self.lemmas).union(self.texts)
        return self._forms

    @property
    def word_forms(self) -> list[tuple[str, ...]]:
        """Each word's forms a phrase may be written in: its lemma, its verb's and its noun's lemmas, as written."""
        if self._word_forms is None:
            self._word_forms = list(map(_forms, self.texts, self.lemmas))
        return self._word_forms

    def clause_of(self, pos: int) -> tuple[int, int]:
        """The comma clause around an offset."""
        breaks = self.clause_breaks
        i = bisect.bisect_right(breaks, pos)
        return (breaks[i - 1] if i else self.start), (breaks[i] if i < len(breaks) else self.end)

    def word_index(self, pos: int) -> int:
        """Index of the first word starting at or after pos."""
        return bisect.bisect_left(self.starts, pos)

    def word_range(self, lo: int, hi: int) -> tuple[int, int]:
        """Indexes [a, b) of the words lying wholly inside [lo, hi)."""
        return bisect.bisect_left(self.starts, lo), bisect.bisect_right(self.ends, hi)


class Match(NamedTuple):
    """A vocabulary term found in a sentence (a tuple: one is made per term found)."""

    start: int
    end: int
    value: object
    first_word: int
    last_word: int


# Words between a preposition and the place it introduces ("in the whole of", "in neighbouring Oristo province").
_BEFORE_PLACE = frozenset("the eastern western northern southern central all entire whole neighbouring neighboring "
                          "nearby adjacent".split())


@dataclass
class Document:
    """One source text prepared for context lookups: lower-cased once, split once."""

    text: str
    vocabulary: Vocabulary
    lower: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list)
    _place_cache: dict[int, list[Match]] = field(default_factory=dict)
    _named_cache: dict[int, list[Match]] = field(default_factory=dict)
    _cue_cache: dict[tuple[int, int], bool] = field(default_factory=dict)
    _speaker_cache: dict[tuple[int, int], tuple] = field(default_factory=dict)
    _break_cache: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    # The rolling window of each sentence's figures, filled by the pipeline (sentence start -> days).
    window_cache: dict[int, list[tuple[int, float]]] = field(default_factory=dict)
    _match_cache: dict[tuple[int, int], list[Match]] = field(default_factory=dict)
    _quote_starts: list[int] = field(default_factory=list)
    _boilerplate_union: tuple[int, list[tuple[int, int]]] = (0, [])
    _scope_cache: dict[int, list[Match]] = field(default_factory=dict)
    _dateline_cache: dict[int, int] = field(default_factory=dict)
    _places_by_kind: dict[str, tuple[list[int], list[tuple[Match, Place]]]] | None = None
    # The frames read so far (what each count counts), in text order: a later "1,400 of them" reads back.
    frames: list = field(default_factory=list)
    # The same frames by the start of their sentence: a list ("... and nine diverted") reads its own sentence's.
    frames_by_sentence: dict[int, list] = field(default_factory=dict)
    # The places the text ties its events to and the one its story happens in (extract.frames.event_places and
    # story_place), read on first need; the story's place as a one-tuple once read.
    _event_places: frozenset | None = None
    _story: tuple | None = None
    # The event the story is about (extract.frames.story_event), as a one-tuple once read.
    _story_event: tuple | None = None
    _lede_unplaced: frozenset = frozenset()
    _names: frozenset | None = None
    # Each date's or duration's event, scope and event place, by its span (extract.frames._events_read).
    events_read: dict[tuple[int, int], tuple] = field(default_factory=dict)
    # Places already judged as the story's own or not (extract.pipeline._is_story_place).
    story_places_seen: dict[str, bool] = field(default_factory=dict)
    # The gazetteer's matcher for this text (normalize/places.py), made on the first place lookup.
    _place_finder: object | None = None
    _tells_deaths: bool | None = None

    def __post_init__(self) -> None:
        # The minus sign (U+2212) of typeset figures ("−9°C") is read as the hyphen-minus it stands for.
        self.lower = self.text.lower().replace("\u2212", "-")
        self._split()
        self._find_boilerplate()
        self.quotes = _quotations(self.text)

    # -- structure ---------------------------------------------------------------------------

    def _split(self) -> None:
        text, lower, start = self.text, self.lower, 0
        for m in _SENTENCE_END.finditer(text):
            end = m.end()
            if end - m.start() == 1 and text[m.start()] == ".":
                last = _LAST_TOKEN.split(lower[max(start, end - 7) : end - 1])[-1]
                if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                    continue
            self._add_sentence(start, end)
            start = end
        self._add_sentence(start, len(lower))

    def _add_sentence(self, start: int, end: int) -> None:
        # A "sentence" longer than any real one (a table flattened into one line, or junk) is cut at
        # whitespace into bounded pieces, so the context lookups around each figure stay local.
        while end - start > MAX_SENTENCE:
            cut = self.lower.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            cut = cut + 1 if cut > start else start + MAX_SENTENCE
            self._add_piece(start, cut)
            start = cut
        self._add_piece(start, end)

    def _add_piece(self, start: int, end: int) -> None:
        if _BLANK.fullmatch(self.lower, start, end):
            return
        self.sentences.append(Sentence(start, end, lower=self.lower))
        self._sentence_starts.append(start)

    def _find_boilerplate(self) -> None:
        pos, trailer_from, first_third = 0, None, len(self.text) // 3
        for line in self.text.splitlines(keepends=True):
            end = pos + len(line)
            stripped = line.strip()
            if trailer_from is None and pos > first_third and _TRAILER_HEADING.match(stripped):
                trailer_from = pos
            elif stripped and _is_furniture(stripped):
                self.boilerplate.append((pos, end))
            pos = end
        if trailer_from is not None:
            self.boilerplate.append((trailer_from, len(self.text)))

    def is_boilerplate(self, pos: int) -> bool:
        # A binary search over the spans' union: a scan per figure is quadratic on a page of furniture.
        if self._boilerplate_union[0] != len(self.boilerplate):
            self._boilerplate_union = (len(self.boilerplate), _union(self.boilerplate))
        spans = self._boilerplate_union[1]
        k = bisect.bisect_right(spans, (pos, math.inf)) - 1
        return k >= 0 and spans[k][0] <= pos < spans[k][1]

    def in_quotation(self, start: int, end: int) -> bool:
        """Whether a span sits inside a direct quotation (rhetorical figures are not claims)."""
        # Quotations come from one finditer: sorted and disjoint, so only the last one opening
        # before the span can hold it (a scan per figure is quadratic on a text of short quotes).
        if len(self._quote_starts) != len(self.quotes):
            self._quote_starts = [lo for lo, _ in self.quotes]
        k = bisect.bisect_left(self._quote_starts, start) - 1
        return k >= 0 and end < self.quotes[k][1]

    def tells_deaths(self) -> bool:
        """Whether the text tells of deaths in words other than "victims": fraud, crime and data-breach stories
        have victims who are alive."""
        if self._tells_deaths is None:
            self._tells_deaths = _DEATH_WORDS.search(self.lower) is not None
        return self._tells_deaths

    def sentence_at(self, pos: int) -> Sentence:
        i = max(0, bisect.bisect_right(self._sentence_starts, pos) - 1)
        return self.sentences[i] if self.sentences else Sentence(0, len(self.text), [], [])

    def neighbours(self, sentence: Sentence) -> list[Sentence]:
        """The sentences right after and right before one, in that order, within its paragraph."""
        i = bisect.bisect_left(self._sentence_starts, sentence.start)
        near = [self.sentences[k] for k in (i + 1, i - 1) if 0 <= k < len(self.sentences)]
        return [s for s in near if "\n\n" not in self.text[min(s.end, sentence.end) : max(s.start, sentence.start)]]

    # -- term matching -----------------------------------------------------------------------

    def match_at(self, sentence: Sentence, i: int, table: dict) -> Match | None:
        """The longest term of `table` starting at word i."""
        lemmas = sentence.lemmas
        if i < 0 or i >= len(lemmas):
            return None
        # Only terms that begin with this word's lemma can match here: most words begin none.
        longest = self.vocabulary.first_word_index(table).get(lemmas[i])
        return None if longest is None else self._longest_term(sentence, i, table, longest)

    def _longest_term(self, sentence: Sentence, i: int, table: dict, longest: int) -> Match | None:
        """The longest term of `table` of at most `longest` words starting at word i."""
        lemmas = sentence.lemmas
        for n in range(min(longest, len(lemmas) - i), 0, -1):
            value = table.get(tuple(lemmas[i : i + n]))
            if value is not None:
                words = sentence.words
                # A Match without its __new__ call, as for Word.
                return tuple.__new__(Match, (words[i].start, words[i + n - 1].end, value, i, i + n - 1))
        return None

    def matches(self, sentence: Sentence, table: dict, lo: int | None = None, hi: int | None = None) -> list[Match]:
        """Every non-overlapping term of `table` in a sentence, or in [lo, hi) of it."""
        if lo is None and hi is None:
            return list(self._sentence_matches(sentence, table))
        return self._scan(sentence, table, lo, hi)

    def _sentence_matches(self, sentence: Sentence, table: dict) -> list[Match]:
        """The terms of `table` in a whole sentence, read once: the caller must not change the list."""
        key = (sentence.start, id(table))
        cached = self._match_cache.get(key)
        if cached is None:
            cached = self._match_cache[key] = self._scan(sentence, table, None, None)
        return cached

    def _scan(self, sentence: Sentence, table: dict, lo: int | None, hi: int | None) -> list[Match]:
        first = self.vocabulary.first_word_index(table)
        out, words, free = [], sentence.words, 0
        # Only the words that begin some term are tried.
        lemmas = sentence.lemmas
        for i in _indexes_of(lemmas, first.keys()):
            w = words[i]
            if i < free or (lo is not None and w.start < lo) or (hi is not None and w.end > hi):
                continue
            m = self._longest_term(sentence, i, table, first[lemmas[i]])
            if m is not None:
                out.append(m)
                free = m.last_word + 1
        return out

    def word_forms(self, sentence: Sentence) -> list[tuple[str, ...]]:
        """Each word's forms a phrase may be written in: its lemma, its verb's and its noun's lemmas, as written."""
        return sentence.word_forms

    def phrase_at(self, sentence: Sentence, i: int, table: dict, upto: int | None = None) -> tuple[object, int] | None:
        """The longest phrase of `table` (keyed by lemma tuples) starting at word i and ending at word `upto` at
        the latest, each word matched on any of its forms: (the phrase's value, the index of its last word), or
        None."""
        forms = sentence.word_forms
        if i < 0 or i >= len(forms):
            return None
        firsts = self.vocabulary.first_word_index(table)
        heads = [f for f in forms[i] if f in firsts]
        if not heads:
            return None  # most words start no phrase
        prefixes = self.vocabulary.prefixes(table)
        words, text = sentence.words, self.text
        best = None
        frontier = [((f,), i) for f in heads]
        while frontier:
            grown = []
            for key, last in frontier:
                value = table.get(key)
                if value is not None and (best is None or last > best[1]):
                    best = (value, last)
                # A phrase runs on within its clause only: "mustered 72 votes, against 71" says no "vote against"
                if last + 1 < len(forms) and (upto is None or last < upto) \
                        and not _PHRASE_BREAK.search(text, words[last].end, words[last + 1].start):
                    grown.extend((key + (f,), last + 1) for f in forms[last + 1] if key + (f,) in prefixes)
            frontier = grown
        return best

    def is_name(self, word: str) -> bool:
        """Whether the text writes a word capitalised mid-sentence: a name, even where it opens a sentence
        ("Santos won 54 percent", after "Maria Santos"), unlike an opening capital ("Voters chose ...")."""
        if self._names is None:
            self._names = frozenset(m.group().lower() for m in _MID_SENTENCE_CAPITAL.finditer(self.text))
        return word in self._names

    def is_place_at(self, sentence: Sentence, i: int) -> bool:
        """Whether a place name starts at word i."""
        return any(m.first_word == i for m in self.places(sentence))

    def in_place_name(self, sentence: Sentence, i: int) -> bool:
        """Whether word i is a word of a place's name ("Petersburg" in "St. Petersburg")."""
        return any(m.first_word <= i <= m.last_word for m in self.places(sentence))

    def add_frame(self, sentence: Sentence, frame) -> None:
        self.frames.append(frame)
        self.frames_by_sentence.setdefault(sentence.start, []).append(frame)

    def frames_in(self, sentence: Sentence) -> list:
        """The frames read so far in a sentence."""
        return self.frames_by_sentence.get(sentence.start, [])

    def last_frame_before(self, sentence: Sentence, skip=None):
        """The frame of the last count read before a sentence, within its paragraph, or in the paragraph right
        before one it opens (wire copy gives each sentence a paragraph: "31 people have now tested positive.
        ¶ Thirty-four of them have been hospitalized"); past the frames `skip` says no."""
        for frame in reversed(self.frames):
            if frame.start < sentence.start and not frame.measure and not (skip and skip(frame)):
                between = self.text[frame.end : sentence.start]
                breaks = between.count("\n\n")
                return frame if breaks == 0 or breaks == 1 and not between.rstrip("\n \t").count("\n") \
                    and not between.rstrip().endswith(":") and _ends_sentence(between) else None
        return None

    # -- what a figure is about --------------------------------------------------------------

    def speaker(self, sentence: Sentence, pos: int) -> tuple[str | None, tuple[int, int] | None]:
        """Who a figure at pos is credited to within its sentence, and where that name stands: the speaker of its
        own comma clause ("Police said 48,000 marched, while the CGT union claimed 150,000"), else of its strong
        clause."""
        own = self._speaker_in(sentence, *sentence.clause_of(pos))
        if own[0] is not None:
            return own
        found = self._speaker_in(sentence, *self.strong_clause(sentence, pos))
        if found[1] is not None and found[1][1] < pos and self._credits_before(sentence, found[1][0]) \
                and sentence.texts[sentence.word_index(sentence.clause_of(pos)[0])] in _CLAUSE_OPENERS:
            return None, None  # "400 were treated, according to fire officials, as the mercury climbed to 112F"
        return found

    def _credits_before(self, sentence: Sentence, start: int) -> bool:
        """Whether an "according to" phrase at `start` closes the clause before it, inside its sentence: it credits
        what was said before it ("400 were treated, according to fire officials,"), not a later clause's figures
        (as "According to police, 40,000 marched" credits what follows)."""
        lead = self.lower[sentence.start : start]
        return lead.endswith("according to ") and bool(lead[: -len("according to ")].strip(" \"'“‘"))

    def _speaker_in(self, sentence: Sentence, lo: int, hi: int) -> tuple[str | None, tuple[int, int] | None]:
        key = (lo, hi)
        found = self._speaker_cache.get(key)
        if found is None:
            found = self._find_speaker(sentence, lo, hi)
            if found[0] is not None and found[1] is not None and self._is_place_name(sentence, found[1]):
                found = (None, None)  # "Authorities in Morocco say": a place is where, not who
            self._speaker_cache[key] = found
        return found

    def _in_attribution(self, sentence: Sentence, pos: int) -> bool:
        """Whether pos stands in an "according to" phrase: after it in the same comma clause."""
        lo, _ = sentence.clause_of(pos)
        return "according to " in self.lower[lo:pos]

    def _is_place_name(self, sentence: Sentence, span: tuple[int, int]) -> bool:
        """Whether a speaker's name is no more than a place ("Morocco", "Kyiv")."""
        return any(m.start == span[0] and m.end == span[1] for m in self.places(sentence))

    def _find_speaker(self, sentence: Sentence, lo: int, hi: int) -> tuple[str | None, tuple[int, int] | None]:
        words = sentence.words
        a, b = sentence.word_index(lo), sentence.word_index(hi)
        for i in _indexes_of(sentence.texts, _ATTRIBUTION_VERB):
            if not a <= i < b:
                continue
            w = words[i]
            if w.text in ("added", "adds") and i + 1 < len(words) and (
                    words[i + 1].text[0].isdigit() or words[i + 1].text in ("a", "an", "another", "about", "some")):
                continue  # "Healthcare added 54,000 jobs": a gain, no speech
            if w.text == "according":
                if i + 1 < len(words) and words[i + 1].text == "to":
                    name = self._name_after(sentence, i + 2) or self._common_name_after(sentence, i + 2)
                    if name:
                        return name
                continue
            # "X said": the name ends just before the verb; ", said X": it starts right after.
            name = self._name_before(sentence, i, known_only=w.text in _NOUN_LIKE_VERBS)
            if name[0]:
                return name
            opened = self._appositive_before(sentence, i) if w.text not in _NOUN_LIKE_VERBS else None
            if opened is not None:
                # "The CGT, the largest union at the rail operator, claimed": the name before the aside
                name = self._capitalised_before(sentence, opened - 1)
                if name[0]:
                    return name
            if i and self.text[words[i - 1].end : w.start].strip() == ",":
                name = self._name_after(sentence, i + 1)
                if name and name[0]:
                    return name
        return None, None

    def _common_name_after(self, sentence: Sentence, i: int):
        """Who a figure is credited to after "according to" when no capital names them, up to the comma or the end
        of the sentence that closes the phrase: "According to management,", "according to local officials."."""
        words, text = sentence.words, self.text
        while i < len(words) and words[i].text in ("the", "a", "an"):
            i += 1
        for j in range(i, min(len(words), i + 3)):
            if not classes(words[j].text) & NOUN or words[j].text in FUNCTION_WORDS:
                return None
            if text[words[j].end : words[j].end + 1] == "," or j == len(words) - 1:
                if words[j].text in _DOCUMENT_NOUNS:
                    return None  # "according to the figures": what was counted, no one who says it
                span = (words[i].start, words[j].end)
                return text[span[0] : span[1]], span
        return None

    def _capitalised_before(self, sentence: Sentence, last: int) -> tuple[str | None, tuple[int, int] | None]:
        """The run of capitalised words ending at word `last`, past a leading "the" ("The CGT"), with its span."""
        words, text = sentence.words, self.text
        if last < 0 or not text[words[last].start].isupper() or words[last].text in CALENDAR_WORDS:
            return None, None
        first = last
        while first > 0 and last - first < 5 and text[words[first - 1].start].isupper() \
                and not text[words[first - 1].end : words[first].start].strip():
            first -= 1
        if words[first].text == "the" and first < last:
            first += 1
        if first == last == 0 and _capital_of_the_start(words[0].text):
            return None, None
        span = (words[first].start, words[last].end)
        return text[span[0] : span[1]], span

    def _appositive_before(self, sentence: Sentence, verb: int) -> int | None:
        """The first word of an aside between commas that ends right before a verb and opens with an article or
        a relative pronoun ("The CGT, the largest union at the rail operator, claimed"), None when there is none."""
        words, text = sentence.words, self.text
        if not verb or text[words[verb - 1].end : words[verb].start].strip() != ",":
            return None
        for k in range(verb - 1, max(0, verb - _APPOSITIVE_WORDS) - 1, -1):
            if k and text[words[k - 1].end : words[k].start].strip() == ",":
                return k if words[k].text in _APPOSITIVE_OPENERS else None
        return None

    def strong_clause(self, sentence: Sentence, pos: int) -> tuple[int, int]:
        """The stretch of a sentence between strong breaks (";", " - ", ", and") around pos."""
        breaks = self._break_cache.get(sentence.start)
        if breaks is None:
            breaks = self._break_cache[sentence.start] = [
                (m.start(), m.end()) for m in _STRONG_BREAK.finditer(self.lower, sentence.start, sentence.end)]
        i = bisect.bisect_left(breaks, (pos, pos))
        lo = breaks[i - 1][1] if i else sentence.start
        hi = breaks[i][0] if i < len(breaks) else sentence.end
        return lo, hi

    def _name_before(self, sentence: Sentence, verb: int, known_only: bool = False) -> tuple[str | None, tuple[int, int] | None]:
        words = sentence.words
        # "Deutsche Bank had earlier estimated": auxiliaries and adverbs may stand between a name and its verb.
        while verb > 1 and words[verb - 1].text in _BETWEEN_NAME_AND_VERB:
            verb -= 1
        if verb > 2 and words[verb - 1].text in CALENDAR_WORDS and words[verb - 2].text in ("on", "last", "this"):
            verb -= 2  # "The ministry on Friday put": the day is when it spoke
        if not verb or self.text[words[verb - 1].end : words[verb].start].strip():
            return None, None
        speakers = self.vocabulary.speakers
        longest, lemmas = self.vocabulary.first_word_index(speakers), sentence.lemmas
        for n in range(min(8, verb), 0, -1):
            if longest.get(lemmas[verb - n], 0) < n:
                continue  # no name starting here reaches the verb
            m = self.match_at(sentence, verb - n, speakers)
            if m is not None and m.last_word == verb - 1:
                return str(m.value), (m.start, m.end)
        if known_only:
            return None, None
        # An unknown speaker: the capitalised words just before the verb ("Governor Jane Doe said"), with the
        # common noun they name ("the CGT union claimed"; "Paris police said" is where, not who; "on Friday morning
        # reported" is when)
        j, first = verb - 1, None
        if verb > 1 and not self.text[words[verb - 1].start].isupper() and self.text[words[verb - 2].start].isupper() \
                and classes(words[verb - 1].text) & NOUN and words[verb - 1].text not in FUNCTION_WORDS \
                and words[verb - 2].text not in FUNCTION_WORDS and words[verb - 2].text not in CALENDAR_WORDS \
                and not self.in_place_name(sentence, verb - 2) \
                and not self.text[words[verb - 2].end : words[verb - 1].start].strip() \
                and not _described_by(self.text[words[verb - 2].start : words[verb - 2].end]):
            first, j = verb - 1, verb - 2
        while j >= 0 and verb - j <= 6 and self.text[words[j].start].isupper() and words[j].text not in CALENDAR_WORDS:
            first, j = j, j - 1
            if j >= 0 and self.text[words[j].end : words[j + 1].start].strip() == "&" \
                    and self.text[words[j].start].isupper():
                continue  # "Harlow & Finch said": one firm's name
            if j >= 0 and self.text[words[j].end : words[j + 1].start].strip():
                break
            if j >= 1 and words[j].text in ("of", "for") and self.text[words[j - 1].start].isupper():
                j -= 1  # "the Ministry of Environment", "Centers for Disease Control"
        if first is not None and words[first].text == "the" and first < verb - 1:
            first += 1  # "The Ministry of Environment": the ministry's name
        if first == 0 and verb == 1 and _capital_of_the_start(words[0].text):
            first = None  # "Some warned", "Initial estimates put": a capital of the sentence's start, no name
        if first is not None and not (first == 0 and verb - first == 1 and words[first].text in ("it", "he", "she", "they")):
            span = (words[first].start, words[verb - 1].end)
            return self.text[span[0] : span[1]], span
        return None, None

    def _name_after(self, sentence: Sentence, i: int):
        words = sentence.words
        while i < len(words) and words[i].text in ("the", "a", "an"):
            i += 1
        if i >= len(words):
            return None
        m = self.match_at(sentence, i, self.vocabulary.speakers)
        if m is not None:
            return str(m.value), (m.start, m.end)
        j = i
        while j < len(words) and j - i < 4 and self.text[words[j].start].isupper():
            j += 1
        if j > i:
            span = (words[i].start, words[j - 1].end)
            return self.text[span[0] : span[1]], span
        return None

    def places(self, sentence: Sentence) -> list[Match]:
        """Places named in a sentence, with "the province" read as the last region named before it."""
        cached = self._place_cache.get(sentence.start)
        if cached is not None:
            return cached
        found = list(self.places_named(sentence))
        words = sentence.words
        for i in _indexes_of(sentence.lemmas, _ANAPHORA.keys()):
            w = words[i]
            possessive = w.text.endswith(("'s", "’s"))
            if (w.text[:-2] if possessive else w.text) != w.lemma:
                continue  # "the provinces": more than one
            if i and words[i - 1].text == "the" and (possessive or not self._modifies_noun(sentence, i)):
                antecedent = self._last_place_before(w.start, w.lemma)
                if antecedent is not None:
                    found.append(Match(words[i - 1].start, w.end, antecedent, i - 1, i))
        found.sort(key=lambda m: m.start)
        self._place_cache[sentence.start] = found
        return found

    def places_named(self, sentence: Sentence) -> list[Match]:
        """The places a sentence names: names.yaml's (its aliases win), then the gazetteer's in the words left,
        then divisions no gazetteer lists, named by what they are ("Swat district", "Hokeng village").
        Read once per sentence: the caller must not change the list."""
        cached = self._named_cache.get(sentence.start)
        if cached is None:
            cached = self._named_cache[sentence.start] = self._read_places_named(sentence)
        return cached

    def _read_places_named(self, sentence: Sentence) -> list[Match]:
        # "a bomb fell on us": a name that is also a word of the grammar names a place only in capitals ("US")
        found = [m for m in self.matches(sentence, self.vocabulary.places)
                 if m.first_word != m.last_word or sentence.texts[m.first_word] not in FUNCTION_WORDS
                 or not self.text[m.start : m.end].islower()]
        if self.vocabulary.gazetteer:
            found.extend(self._gazetteer_places(sentence, found))
        found.extend(self._named_divisions(sentence, found))
        found.extend(self._adjective_places(sentence, found))
        if "&" in self.text[sentence.start : sentence.end]:
            # "Harlow & Finch", "Marks & Spencer": a firm's name, no town
            found = [m for m in found if not _FIRM_AMPERSAND_AFTER.match(self.text, m.end)
                     and not _FIRM_AMPERSAND_BEFORE.search(self.text, max(0, m.start - 40), m.start)]
        if len(found) > 1:
            found.sort(key=lambda m: m.start)
        return found

    def _named_divisions(self, sentence: Sentence, known: list[Match]) -> list[Match]:
        """Capitalised names right before a word for a division or a settlement ("in Swat district"), that no
        other reading has taken: places of their own, inside nothing known."""
        texts = sentence.texts
        heads = _indexes_of(texts, _DIVISIONS)
        if not heads:
            return []
        words, text = sentence.words, self.text
        taken = {k for m in known for k in range(m.first_word, m.last_word + 1)}
        out = []
        for h in heads:
            i = h
            while i > 0 and i - 1 not in taken and text[words[i - 1].start].isupper() and h - i < 3 \
                    and texts[i - 1] not in FUNCTION_WORDS and text[words[i - 1].end : words[i].start] == " ":
                i -= 1
            if i == h or (i == 0 and is_word(texts[0])):
                continue  # no name, or a sentence's first word that may be any word ("Officials said")
            name = text[words[i].start : words[h - 1].end]
            kind = "city" if texts[h] in ("village", "town") else "region"
            out.append(Match(words[i].start, words[h - 1].end, Place(name, kind, None), i, h - 1))
        return out

    def _adjective_places(self, sentence: Sentence, known: list[Match]) -> list[Match]:
        """Places named by their adjective before a word for ground, after a word of place ("on Victorian roads",
        "in British waters", "across Ukrainian cities"): where, as "in Victoria" would say. An adjective of
        a first-level division ("Victorian", "Californian") counts where the text names its country."""
        heads = _indexes_of(sentence.lemmas, _GROUND)
        if not heads:
            return []
        words, texts, text = sentence.words, sentence.texts, self.text
        taken = {k for m in known for k in range(m.first_word, m.last_word + 1)}
        out = []
        for h in heads:
            k = h - 1
            if k < 1 or k in taken or not text[words[k].start].isupper() or text[words[k].end : words[h].start] != " ":
                continue
            before = k - 1 if texts[k - 1] != "the" else k - 2
            if before < 0 or texts[before] not in _LOCATIVE or texts[before] == "of":
                continue
            place = self._adjective_place(texts[k])
            if place is not None:
                out.append(Match(words[k].start, words[k].end, place, k, k))
        return out

    def _adjective_place(self, word: str):
        """The place an adjective names: a country's ("British"), else a first-level division's ("Victorian")."""
        name = self.vocabulary.adjectives.get(word)
        if name is not None:
            mine = self.vocabulary.place_by_name.get(name)
            if mine is not None:
                return mine
            found = gazetteer().place(name) if self.vocabulary.gazetteer else None
        elif self.vocabulary.gazetteer:
            found = self._finder().division_of_adjective(word)
        else:
            return None
        return self.vocabulary.known_place(found) if found is not None else None

    def _finder(self):
        if self._place_finder is None:
            self._place_finder = gazetteer().finder(self.text, aliases=self.vocabulary.place_countries(), is_word=is_word)
        return self._place_finder

    def _gazetteer_places(self, sentence: Sentence, known: list[Match]) -> list[Match]:
        self._finder()
        out = []
        words = sentence.words
        for m in self._place_finder.find(words, sentence.texts, [(k.first_word, k.last_word) for k in known]):
            place = self.vocabulary.known_place(m.place)
            if place is not None:
                out.append(Match(words[m.first].start, words[m.last].end, place, m.first, m.last))
        return out

    def _modifies_noun(self, sentence: Sentence, i: int) -> bool:
        """Whether the word at i stands before a noun it qualifies ("the state broadcaster", "the city council"):
        then it names no place."""
        if i + 1 >= len(sentence.words) or self.text[sentence.words[i].end] != " ":
            return False
        following = classes(sentence.texts[i + 1])
        return bool(following & NOUN) and not following & VERB

    def _last_place_before(self, pos: int, word: str) -> Place | None:
        """The place "the <word>" stands for: the last one of its kind named before pos (for a county or a
        district, the last one named with that word)."""
        # Every place of the text, by kind, read once on the first "the province": a scan of the
        # sentences before each one is quadratic on a text that repeats it.
        if self._places_by_kind is None:
            self._places_by_kind = {}
            for s in self.sentences:
                for m in self.places_named(s):
                    starts, values = self._places_by_kind.setdefault(m.value.kind, ([], []))
                    starts.append(m.start)
                    values.append((m, m.value))
        starts, values = self._places_by_kind.get(_ANAPHORA[word], ((), ()))
        k = bisect.bisect_left(starts, pos) - 1
        if word not in _NAMED_WITH:
            return values[k][1] if k >= 0 else None
        while k >= 0:
            m, place = values[k]
            if word in self.lower[m.start : m.end + len(word) + 1].split():
                return place
            k -= 1
        return None

    def subject(self, sentence: Sentence, start: int, end: int, exclude: tuple[int, int] | None) -> str | None:
        """The place a figure is about: the nearest place in its clause, else in its sentence; none when that
        place is one of a list ("in the United States, Canada and Britain": a figure of them all)."""
        best = self._nearest_place(sentence, start, end, exclude)
        return None if best is None or self._listed_with_others(sentence, best) else best.value.name

    def place_from(self, sentence: Sentence, end: int) -> str | None:
        """The place the people a number counts come from, said right after it: "17 were from Aurora, 14 from
        Isabela"; not a distance's reference ("72 km from Manila" is no count)."""
        words = sentence.words
        i = sentence.word_index(end)
        if i < len(words) and words[i].text in ("were", "was", "are", "is"):
            i += 1
        if i + 1 >= len(words) or words[i].text != "from":
            return None
        return next((m.value.name for m in self.places(sentence) if m.first_word == i + 1), None)

    def _nearest_place(self, sentence: Sentence, start: int, end: int, exclude: tuple[int, int] | None) -> Match | None:
        scopes = self._scope_cache.get(sentence.start)
        if scopes is None:
            scopes = self._scope_cache[sentence.start] = [m for m in self.places(sentence) if self._locative(sentence, m)]
        # "New South Wales recorded 24 deaths, Victoria 19": a place told right before a figure is its own
        right_before = next((m for m in self.places(sentence) if m.end <= start
                             and _PLACE_RIGHT_BEFORE.fullmatch(self.lower, m.end, start)
                             and self.text[m.start].isupper() and m.start >= self.dateline_end(sentence)), None)
        if right_before is not None:
            return right_before
        # "28 Ohio stores", "22 of its 28 Ohio stores", "300 California homes": a place naming the kind of thing counted
        modifying = next((m for m in self.places(sentence) if start < m.start and _COUNTED_BEFORE_PLACE.fullmatch(
            self.lower, start, m.start) and _NOUN_AFTER_PLACE.match(self.text, m.end)), None)
        if modifying is not None:
            return modifying
        candidates = [m for m in scopes if not exclude[0] <= m.start < exclude[1]] if exclude else scopes
        if candidates and not _DISTANCE_WORDS.isdisjoint(sentence.texts):
            # "a hall in Ardhapur, some 12 miles from the district town of Nanded": what a distance is measured
            # from, no place of the other figures
            candidates = [m for m in candidates if not _DISTANCE_REFERENCE.search(self.lower, max(0, m.start - 60),
                                                                                  m.start)]
        if candidates and ";" in self.text[sentence.start : sentence.end] \
                and not _PLACE_POINTED_AT.match(self.lower, end):
            # "The Americans set seven of those marks; Australia's relay squads set three": each clause its own place
            # (but "Ohio leads nation in cases; 5 hospitalized here" points back at it)
            candidates = [m for m in candidates if ";" not in self.text[min(m.end, start) : max(m.start, end)]]
        if candidates and "according" in sentence.forms:
            # "according to a first count by the prefecture of Agrigento": who counted, not where
            candidates = [m for m in candidates if not self._in_attribution(sentence, m.start)]
        if candidates and not LISTING.isdisjoint(sentence.forms):
            # "the toll rose to 10, including four killed in St. Lucie County": the listed part's place, not the total's
            texts, figure = sentence.texts, sentence.word_index(end - 1)
            cue = next((k for k in range(figure + 1, len(texts)) if texts[k] in LISTING), None)
            if cue is not None:
                cut = sentence.words[cue].start
                candidates = [m for m in candidates if m.start < cut]
        colon = _COLON.search(self.text, end, sentence.end) if candidates else None
        if colon is not None:
            # "9.2mn customers had been taken: 6.1mn in the UK, 1.8mn in Ireland": the breakdown's places
            candidates = [m for m in candidates if m.start < colon.start()]
        if candidates and "the" in sentence.forms:
            # "making it the most valuable company to list in New York this year": the ranking's field, no place of
            # the figures before it
            texts = sentence.texts
            candidates = [m for m in candidates if m.start < end or not superlative_before(
                texts, m.first_word, sentence.word_index(sentence.clause_of(m.start)[0]))]
        if not candidates:
            return None
        # "with 15 deaths, followed by Victoria with 11": a place told with a figure of its own after this one
        candidates = [m for m in candidates if m.start < end or not _FIGURE_AFTER_PLACE.match(self.lower, m.end)]
        if not candidates:
            return None
        # "1.8mn in Ireland and 1.3mn in the Netherlands": a place right after the figure is its own
        right_after = next((m for m in candidates if m.start >= end and _PLACE_RIGHT_AFTER.fullmatch(self.lower, end, m.start)), None)
        if right_after is not None:
            return right_after
        # "In Kyiv, 5 people died and in Kharkiv 3 died": a place opening the next coordinated clause is its own
        # "cut about 2,300 jobs ..., about 900 of them in the United States": a place after another figure is that one's
        # "..., while Madrid sweltered at 42 degrees": a place opening a later clause is none of the figures before it
        candidates = [m for m in candidates if m.start < end or not _NEXT_CLAUSE_PLACE.search(self.lower, end, m.start)
                      and not _LATER_CLAUSE.search(self.lower, end, m.start)
                      and not _FIGURE_BETWEEN.search(self.lower, end, m.start)]
        lo, hi = sentence.clause_of(start)
        if end - 1 < hi:
            in_clause = [m for m in candidates if lo <= m.start < hi]
        else:  # a figure across a clause break ("1,200") is in the clauses of both its ends
            lo2, hi2 = sentence.clause_of(end - 1)
            in_clause = [m for m in candidates if lo <= m.start < hi or lo2 <= m.start < hi2]
        outside = self._outside_relative_clause(sentence, in_clause, start)
        if outside:
            candidates = [m for m in candidates if m not in outside]
            in_clause = [m for m in in_clause if m not in outside]
        pool = in_clause or [m for m in candidates if not self._frames_speech(sentence, m, start)]
        if not pool:
            return None
        # A place in a neighbouring comma clause after the figure ("..., targeting facilities across Ukraine").
        return pool[0] if len(pool) == 1 else min(
            pool, key=lambda m: (m.start - end if m.start >= end else start - m.end, m.start))

    def _listed_with_others(self, sentence: Sentence, place: Match) -> bool:
        """Whether a place is one of a list of places ("the United States, Canada and Britain"); not one
        placed in another ("Louisville, Kentucky")."""
        within = self.vocabulary.is_within
        name = place.value.name
        for m in self.places(sentence):
            if m is place:
                continue
            gap = (_PLACE_LIST_GAP.fullmatch(self.text, place.end, m.start) if m.start >= place.end
                   else _PLACE_LIST_GAP.fullmatch(self.text, m.end, place.start) if m.end <= place.start else None)
            if gap is not None and not within(name, m.value.name) and not within(m.value.name, name):
                return True
        return False

    @staticmethod
    def _outside_relative_clause(sentence: Sentence, places: list[Match], pos: int) -> list[Match]:
        """The places before a relative clause that holds the figure, other than its antecedent: the clause
        says what its antecedent did ("the first of Detroit's Big Three automakers to settle strikes that
        involved 45,000 workers"), not what holds in the places around it ("Kharkiv, which was hit by 12 drones"
        keeps Kharkiv)."""
        before = [m for m in places if m.start < pos]
        if not before or _RELATIVES.isdisjoint(sentence.forms):
            return []
        texts = sentence.texts
        figure = sentence.word_index(pos)
        out = []
        for m in before:
            for k in range(m.last_word + 2, figure):
                if texts[k] in _RELATIVES and classes(texts[k - 1]) & NOUN \
                        and verb_lemma(texts[k - 1]) not in REPORTING_VERBS:
                    out.append(m)
                    break
        return out

    def _frames_speech(self, sentence: Sentence, m: Match, pos: int) -> bool:
        """Whether a gazetteer's place outside a figure's clause sets the scene of a report rather than of the
        figure: a reporting verb stands between them ("In Paris, diplomatic sources said ... met in the
        Kremlin on Feb 3"). names.yaml's places, curated for their stories, keep the sentence-wide reading."""
        if m.start > pos or isinstance(m.value, Place):
            return False
        texts = sentence.texts
        after = m.last_word + 1
        while after < len(texts) and texts[after] in _PLACE_HEADS:
            after += 1
        if after < len(texts) and texts[after] in ("has", "have", "had"):
            after += 1
        if after < len(texts) and texts[after] in _RECORDING:
            after += 1  # "Al Haouz (has) recorded 1,293 deaths": the place's own verb, not a report of it
        figure = sentence.word_index(pos)
        between = texts[after:figure]
        if between and between[-1] in _COUNTING_VERBS or len(between) > 1 and between[-2] in _COUNTING_VERBS \
                and between[-1] in ("a", "the", "another") or len(between) > 2 and between[-3] in _COUNTING_VERBS \
                and between[-1] == "of":
            # "In Texas, officials have confirmed nine deaths", "In Minnesota, the Twin Cities Marathon recorded
            # temperatures of 84 degrees": what they counted there
            return False
        return not _ATTRIBUTION_VERB.isdisjoint(between)

    def _locative(self, sentence: Sentence, m: Match) -> bool:
        """Whether a place is named as a scope ("in Kyiv", "Ukraine's territory"), not as an actor, nor as
        where the story was filed from (a dateline: "MANILA, March 14 (Reuters) -")."""
        if m.start < self.dateline_end(sentence):
            return False
        words = sentence.words
        if words[m.last_word].text.endswith(("'s", "’s")):
            # "Ukraine's territory" is where; "Ecuador's government said" is who
            after = m.last_word + 1
            return after >= len(words) or words[after].text not in _BODIES
        j = m.last_word + 1
        if j + 1 < len(words) and words[j].text in ("for", "with") and words[j + 1].text[0].isdigit():
            return True  # "the Central Region for 1,388 and the Northern Region for 520", "Nsanje with 402"
        if m.last_word + 1 < len(words) and words[m.last_word + 1].text == "where" \
                and self.text[m.end : words[m.last_word + 1].start].strip() == ",":
            return True  # "Neighbouring Taroudant, where fewer than 400 deaths had been recorded"
        i = m.first_word - 1
        if i >= 1 and self.text[words[i].end : m.start] == ", " and self.text[words[i].start].isupper() \
                and self.text[m.end : m.end + 1] in (",", ".", ";", ")", "") \
                and not any(p.last_word == i for p in self.places(sentence)):
            # "in Rolling Fork, Mississippi,": the region a place no list names lies in is where that place is
            k = i
            while k > 0 and i - k < 3 and self.text[words[k - 1].start].isupper() \
                    and self.text[words[k - 1].end : words[k].start] == " ":
                k -= 1
            if k >= 1 and words[k - 1].text in _LOCATIVE:
                return True
        while i >= 0 and words[i].text in _BEFORE_PLACE:
            i -= 1
        if i >= 1 and words[i].text in ("of", "from") and words[i - 1].text in _DIRECTIONS:
            return False  # "both south of Marrakesh", "70 km north of Bhubaneswar": a landmark, not a scope
        if i >= 1 and words[i].text == "of" and words[i - 1].text in _SET_BESIDE:
            return False  # "a total of 122, comfortably clear of China": who it is set beside, not where
        if i >= 1 and words[i].text == "of" and self.text[words[i - 1].start].isupper() \
                and words[i - 1].text in _INSTITUTIONS:
            return False  # "the Bank of England had projected", "the Church of England": a body's name, no place
        if i >= 1 and words[i].text in ("on", "around", "in") and words[i - 1].text in ("centred", "centered"):
            return False  # "67 cases in an outbreak centred on Lancaster County": its centre, not its extent
        # "..., while Madrid sweltered at 42 degrees": a place opening a contrasting clause is that clause's scope
        opens = i < 0 or words[i].text in _ATTRIBUTION_VERB or words[i].text in ("while", "whereas") or (
            words[i].text == "that" and i >= 1 and words[i - 1].text in _ATTRIBUTION_VERB)
        if opens and getattr(m.value, "kind", None) != "country" and self._opens_with_verb(sentence, m.last_word + 1):
            # "Al Haouz province alone has buried ...", "the ministry said Al Haouz recorded ..."; a country that
            # opens a clause is its actor ("Russia launched 16 cruise missiles"), not where the figure holds,
            # unless it only counts what happened in it ("Kenya has confirmed 495 cases", "Uganda recorded ...")
            return True
        if opens and self._records_after(sentence, m.last_word + 1):
            return True
        return i >= 0 and words[i].text in _LOCATIVE

    def dateline_end(self, sentence: Sentence) -> int:
        """Where the dateline that opens a sentence at the start of a line ends ("KYIV (Reuters) - ",
        "RABAT, Morocco (AP) — ", "Nellore (Andhra Pradesh), Jan 17 (PTI) "), else the sentence's start."""
        start = sentence.start
        if start and self.text[start - 1] not in "\r\n":
            return start
        end = self._dateline_cache.get(start)
        if end is None:
            found = DATELINE.match(self.text, start, sentence.end)
            end = self._dateline_cache[start] = found.end() if found else start
        return end

    def _records_after(self, sentence: Sentence, j: int) -> bool:
        """Whether the verb after a clause's opening place only counts what happened there: "Kenya has now
        confirmed 495 cases", "Uganda recorded 12 deaths"."""
        words = sentence.words
        if j + 1 < len(words) and words[j].text in ("has", "have", "had") and self._holds(sentence, j + 1):
            return True  # "The UK has an estimated 270,000 managed colonies": what is there
        while j < len(words) and (words[j].text in AUXILIARIES or words[j].text in ("now", "so", "far", "already")):
            j += 1
        return j < len(words) and words[j].text in _CONFIRMING

    def _holds(self, sentence: Sentence, j: int) -> bool:
        """Whether the words from j on, after "has", say how many it holds: a number, maybe after an article
        and a bound ("has 300", "has an estimated 270,000", "has about 40"), not a verb ("has fired")."""
        words = sentence.words
        while j < len(words) and words[j].text in _HELD_LEADS:
            j += 1
        return j < len(words) and (words[j].text[0].isdigit() or parse_number(words[j].text) is not None)

    def _opens_with_verb(self, sentence: Sentence, j: int) -> bool:
        """Whether the words after a sentence's opening place go on to its verb: the place is what the sentence
        is about ("Al Haouz province alone has buried", "Kyiv recorded")."""
        words = sentence.words
        while j < len(words) and words[j].text in _PLACE_HEADS:
            j += 1
        k = j
        while 0 < k < len(words) and self.text[words[k].start].isupper() and k - j < 3:
            k += 1
        if j < k < len(words) and self.text[words[j - 1].end : words[j].start] == ", " \
                and self.text[words[k - 1].end : words[k].start] == ", ":
            j = k  # "Portland, Oregon, reached 46.7C": past the region the place lies in
        if j + 1 < len(words) and words[j].text.endswith("s") and classes(words[j].text) == NOUN \
                and not self.text[words[j].start].isupper():
            j += 1  # "Ohio retailers sold 7.3 million tickets", "Texas hospitals treated 40": its own people's deeds
        return j < len(words) and (bool(classes(words[j].text) & VERB) or words[j].text in AUXILIARIES) \
            and words[j].text not in ("said", "says", "say")

    def nearest(self, sentence: Sentence, table: dict, start: int, end: int, max_words: int | None = None,
                keep=None) -> Match | None:
        """The term of `table` nearest to a span, preferring its own comma clause; `keep` may pass over some."""
        found = [m for m in self._sentence_matches(sentence, table) if m.end <= start or m.start >= end]
        if not found:
            return None
        lo, hi = sentence.clause_of(start)
        # Nearest first, those of the figure's own clause before the rest; `keep` is asked only until one passes.
        found.sort(key=lambda m: (not lo <= m.start < hi, min(abs(m.end - start), abs(m.start - end)), m.start))
        best = next((m for m in found if keep is None or keep(m)), None)
        if best is None:
            return None
        if max_words is not None:
            between = self.lower[min(best.end, start) : max(best.start, end)]
            if len(_WORD.findall(between)) > max_words:
                return None
        return best

    def has_cue(self, sentence: Sentence, cues: tuple[tuple[str, ...], ...], lo: int, hi: int) -> bool:
        """Whether any cue phrase occurs among the words in [lo, hi)."""
        key = (sentence.start, id(cues))
        anywhere = self._cue_cache.get(key)
        if anywhere is None:
            anywhere = self._cue_cache[key] = self._has_cue(sentence, cues, sentence.start, sentence.end)
        if not anywhere or (lo <= sentence.start and hi >= sentence.end):
            return anywhere  # a stretch holds a cue only where its sentence does, and most sentences hold none
        return self._has_cue(sentence, cues, lo, hi)

    def _has_cue(self, sentence: Sentence, cues: tuple[tuple[str, ...], ...], lo: int, hi: int) -> bool:
        a, b = sentence.word_range(lo, hi)
        if a >= b:
            return False
        singles, by_first = _cue_split(cues)
        if a == 0 and b == len(sentence.words):
            present = sentence.forms
        else:
            present = set(sentence.lemmas[a:b])
            present.update(sentence.texts[a:b])
        if not singles.isdisjoint(present):
            return True
        if by_first.keys().isdisjoint(present):
            return False  # no phrase can start here
        # Each word tries only the phrases it starts: one pass over the words, not one per phrase.
        for seq in (sentence.lemmas[a:b], sentence.texts[a:b]):
            for i, word in enumerate(seq):
                for cue in by_first.get(word, ()):
                    if tuple(seq[i : i + len(cue)]) == cue:
                        return True
        return False

    def side(self, word: Word) -> str | None:
        """The country an adjective names ("Russian" -> Russia)."""
        return self.vocabulary.adjectives.get(word.text)

    def auxiliary(self, word: Word) -> bool:
        return word.text in _AUXILIARY


def _ends_sentence(between: str) -> bool:
    """Whether the text between a figure and the next paragraph closes the figure's sentence and nothing more:
    the paragraph after it follows straight on."""
    head = between.split("\n\n", 1)[0]
    return head.count(".") + head.count("!") + head.count("?") <= 1


_FORMS: dict[str, tuple[str, ...]] = {}


def _forms(text: str, base: str) -> tuple[str, ...]:
    """A word's lemma, its verb's and noun's lemmas and itself: once per word, a corpus repeats its words."""
    found = _FORMS.get(text)
    if found is None:
        forms = [base]
        for form in (verb_lemma(text), noun_lemma(text), text):
            if form and form not in forms:
                forms.append(form)
        if len(_FORMS) >= _LEMMAS_MAX:
            _FORMS.clear()
        found = _FORMS[text] = tuple(forms)
    return found


def _quotations(text: str) -> list[tuple[int, int]]:
    """The spans of the direct quotations of a text."""
    pattern = _QUOTES_BY_MARKS["“" in text, '"' in text]
    return [] if pattern is None else [(m.start(), m.end()) for m in pattern.finditer(text)]


def _described_by(word: str) -> bool:
    """Whether a capitalised word is a compound adjective ending in a lower-case word ("Perth-based", "ASX-listed"):
    "The Perth-based explorer said" names no one, but describes a speaker named elsewhere."""
    head, _, last = word.rpartition("-")
    return bool(head) and last.isalpha() and last.islower()


def _capital_of_the_start(word: str) -> bool:
    """Whether a sentence's first word, alone, is capitalised only for opening it: a word of the grammar or an
    adjective ("Some warned", "Initial estimates put"), no name."""
    return word in FUNCTION_WORDS or bool(classes(word) & ADJ)


def _indexes_of(words: list[str], wanted: Set[str]) -> list[int]:
    """Where the words in `wanted` stand, in order: a set test first, as most sentences hold none."""
    if wanted.isdisjoint(words):
        return []
    return [i for i, word in enumerate(words) if word in wanted]


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Half-open spans merged into sorted, disjoint ones covering the same offsets."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        elif lo < hi:
            out.append((lo, hi))
    return out


_CUE_SPLITS: dict[int, tuple] = {}


def _cue_split(cues: tuple[tuple[str, ...], ...]) -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """A cue table as its one-word cues (a set, tested against a sentence's words at once) and its
    phrases by first word. Kept per table, holding the table so its id is never reused."""
    entry = _CUE_SPLITS.get(id(cues))
    if entry is None or entry[0] is not cues:
        by_first: dict[str, tuple[tuple[str, ...], ...]] = {}
        for cue in cues:
            if len(cue) > 1:
                by_first[cue[0]] = (*by_first.get(cue[0], ()), cue)
        entry = (cues, frozenset(c[0] for c in cues if len(c) == 1), by_first)
        _CUE_SPLITS[id(cues)] = entry
    return entry[1], entry[2]
