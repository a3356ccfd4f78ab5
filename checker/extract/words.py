"""What a word can be: its parts of speech and lemmas (lemminflect's lexicon), and the closed word classes."""

from __future__ import annotations

import functools

__all__ = ["NOUN", "VERB", "ADJ", "ADV", "classes", "is_word", "verb_lemma", "noun_lemma", "participle", "base", "FUNCTION_WORDS", "DETERMINERS",
           "PREPOSITIONS", "PRONOUNS", "AUXILIARIES", "CONJUNCTIONS", "REPORTING_VERBS", "superlative_before"]

NOUN, VERB, ADJ, ADV = 1, 2, 4, 8
_CLASS = {"NOUN": NOUN, "PROPN": NOUN, "VERB": VERB, "AUX": VERB, "ADJ": ADJ, "ADV": ADV}

# Closed classes: lemminflect lists open-class words only (and files pronouns as nouns).
DETERMINERS = frozenset("the a an this that these those its their his her our your my whose each every any "
                        "some no another such both all either neither".split())
PREPOSITIONS = frozenset("of in on at to from by for with without into onto over under across through during "
                         "after before since until till near around among between against about above below "
                         "beneath beside behind beyond per via within outside inside toward towards upon amid "
                         "amongst despite including like off out up down as than versus vs".split())
PRONOUNS = frozenset("i you he she it we they me him us them who whom which what whose itself themselves "
                     "himself herself one ones".split())
AUXILIARIES = frozenset("be am is are was were been being have has had having do does did will would shall "
                        "should can could may might must".split())
CONJUNCTIONS = frozenset("and or but nor while whereas although though because if when where so yet".split())
# Words that open a clause of their own inside a sentence ("drowned when the ship sank", "as the mercury climbed").
SUBORDINATORS = frozenset("when after before because while since until although though whereas if once as".split())
FUNCTION_WORDS = DETERMINERS | PREPOSITIONS | PRONOUNS | AUXILIARIES | CONJUNCTIONS
# Verbs that report a figure rather than say what happened to what it counts ("said 2,095 people were injured").
REPORTING_VERBS = frozenset("say tell report announce confirm claim add note state estimate put give cite quote "
                            "show suggest indicate reveal warn write believe expect fear mention count".split())

_IRREGULAR_PAST = {"shot": "shoot", "rose": "rise", "fell": "fall", "hit": "hit", "struck": "strike", "laid": "lay",
                   "led": "lead", "left": "leave", "lost": "lose", "held": "hold", "hurt": "hurt", "put": "put",
                   "cut": "cut", "set": "set", "won": "win", "fled": "flee", "brought": "bring", "took": "take",
                   "taken": "take", "came": "come", "went": "go", "gone": "go", "ran": "run", "stood": "stand"}


@functools.lru_cache(maxsize=1)
def _lexicon():
    from lemminflect import getAllLemmas

    return getAllLemmas


@functools.lru_cache(maxsize=65536)
def _lemmas(word: str) -> dict:
    if not word or not word[0].isalpha() or word in FUNCTION_WORDS:
        return {}
    found = _lexicon()(word)
    if not found and "-" in word:
        found = _lexicon()(word.rsplit("-", 1)[1])  # "short-terminated": read by its last part
    return found


def is_word(word: str) -> bool:
    """Whether a lower-case word is in the English lexicon ("police", "split"; not "tampa" or "mosul")."""
    return bool(_lemmas(word))


# The marks of a clock time ("11:40 a.m."): no noun a figure could be of.
_CLOCK_MARKS = frozenset({"a.m", "p.m"})


@functools.lru_cache(maxsize=65536)
def classes(word: str) -> int:
    """The parts of speech a lower-case word can have, as a bit set of NOUN, VERB, ADJ and ADV (0 for
    function words and numbers). A word the lexicon lacks is guessed from its ending: a noun, or a
    verb for -ed and -ing."""
    if word in FUNCTION_WORDS or not word or not word[0].isalpha() or word in _CLOCK_MARKS:
        return 0
    found = _lemmas(word)
    if found:
        bits = 0
        for tag in found:
            bits |= _CLASS.get(tag, 0)
        if "-" in word and word.endswith(("ed", "wn")):
            bits |= ADJ  # "long-finned", "armour-plated", "well-known": a compound adjective, whatever its last verb
        return bits
    if word.endswith(("ed", "ing")) and len(word) > 4:
        return VERB | ADJ
    return NOUN


@functools.lru_cache(maxsize=65536)
def verb_lemma(word: str) -> str | None:
    """The verb a word is a form of ("derailed" -> "derail", "shot" -> "shoot"), None when it is none."""
    if word in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[word]
    found = _lemmas(word)
    for tag in ("VERB", "AUX"):
        if tag in found:
            lemma = found[tag][0]
            return lemma if "-" not in word or "-" in lemma else f"{word.rsplit('-', 1)[0]}-{lemma}"
    if not found and word.endswith("ed") and len(word) > 4:
        return word  # a participle the lexicon lacks stands for its verb as written
    return None


@functools.lru_cache(maxsize=4096)
def participle(lemma: str) -> str:
    """A verb's past participle ("lay" -> "laid", "derail" -> "derailed"): how a role is named."""
    if lemma.endswith("ed"):
        return lemma
    from lemminflect import getInflection

    head, _, last = lemma.rpartition("-")
    found = getInflection(last, tag="VBN")
    form = found[0] if found else last + ("d" if last.endswith("e") else "ed")
    return f"{head}-{form}" if head else form


@functools.lru_cache(maxsize=65536)
def noun_lemma(word: str) -> str | None:
    """The noun a word is a form of ("coaches" -> "coach"), None when it cannot be a noun."""
    found = _lemmas(word)
    if "NOUN" in found:
        return found["NOUN"][0]
    if "PROPN" in found:
        return found["PROPN"][0]
    if not found and classes(word) & NOUN:
        from checker.vocabulary import singular

        return singular(word)
    return None


@functools.lru_cache(maxsize=65536)
def base(word: str) -> str:
    """The one form a lower-case word is looked up by: a plural noun's singular ("coaches" -> "coach"), an
    inflected verb's lemma ("killed" -> "kill", "rose" -> "rise"), else the word itself ("dead", "people",
    and nouns in -ing such as "meeting"). A hyphenated word keeps its first parts ("high-rises" -> "high-rise")."""
    if "-" in word:
        head, _, last = word.rpartition("-")
        return f"{head}-{base(last)}" if head and last else word
    found = _lemmas(word)
    if not found:
        from checker.vocabulary import singular

        return singular(word)
    noun = found.get("NOUN") or found.get("PROPN")
    if noun and noun[0] != word:
        return noun[0]
    verb = found.get("VERB")
    if verb and verb[0] != word and not (noun and word.endswith("ing")):
        return verb[0]
    return word


# The names of months and weekdays, lower-case: a capitalised word that names a time, never a speaker or a place.
CALENDAR_WORDS = frozenset("january february march april may june july august september october november december "
                           "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
                           "saturday sunday".split())


def superlative_before(texts: list[str], i: int, lo: int, reach: int = 10) -> bool:
    """Whether a superlative ("the most", "the biggest", "the deadliest") opens the phrase that word i ends, within
    `reach` words back to word lo, with no figure between: "the most valuable company to list in New York this
    year"."""
    for k in range(i - 1, max(lo, i - reach) - 1, -1):
        word = texts[k]
        if word[0].isdigit():
            return False
        if k > 0 and texts[k - 1] == "the" and (word in _SUPERLATIVES or word.endswith("est") and classes(word) & ADJ):
            return True
    return False


_SUPERLATIVES = frozenset("most least best worst first last".split())
