"""The vocabulary: metric terms, events, roles and names, loaded once from the editable YAML files."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from checker.extract.words import base
from checker.normalize.demonyms import demonyms

__all__ = ["Vocabulary", "load_vocabulary", "singular", "plural", "term_key", "lemma", "WORD_PATTERN", "DEFAULT_VOCABULARY", "DEFAULT_NAMES"]

DEFAULT_VOCABULARY = Path(__file__).with_name("vocabulary.yaml")
DEFAULT_NAMES = Path(__file__).with_name("names.yaml")

_IRREGULAR = {
    "people": "people",
    "children": "child",
    "servicemen": "serviceman",
    "men": "man",
    "women": "woman",
    "casualties": "casualty",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "halves": "half",
    "shelves": "shelf",
    "thieves": "thief",
    "fatalities": "fatality",
    "injuries": "injury",
    "talks": "talks",
    "news": "news",
    "series": "series",
    "species": "species",
    "troops": "troop",
    "negotiations": "negotiations",
}
# _IRREGULAR the other way round, its singulars to their plurals ("child": "children").
_IRREGULAR_PLURALS = {v: k for k, v in _IRREGULAR.items() if k != v}
_INVARIANT_ENDINGS = ("ss", "us", "is", "ics")


@functools.lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """A lower-case word's singular by simple English rules (missiles -> missile, houses -> house)."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or word.endswith(_INVARIANT_ENDINGS) or not word.endswith("s"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    return word[:-1]


# Letters of any script ("Vsetín", "Kroměříž", "São Paulo" are one word each) and ASCII digits ("km²" is "km").
# Runs of letters and runs of digits, each possessive: re then reads a run in one step, not a character at a time.
WORD_PATTERN = re.compile(r"(?:[^\W\d_¹²³]++|[0-9]++)++(?:[.'’-](?:[^\W\d_¹²³]++|[0-9]++)++)*+")


def lemma(word: str) -> str:
    """The form a lower-case word is looked up by: possessive dropped, then its base form (extract.words.base:
    plural nouns singular, verb forms their verb), the irregular plurals of news first ("talks" stays "talks")."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    return base(word)


def plural(word: str) -> str:
    """The plural of a singular term's last word (missile -> missiles, drone -> drones)."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def term_key(term: str) -> tuple[str, ...]:
    """A term as the tuple of its words' lemmas, the key of every lookup table."""
    return tuple(lemma(w) for w in WORD_PATTERN.findall(term.lower()))


@dataclass(frozen=True)
class Place:
    """A place a figure can be about."""

    name: str
    kind: str
    within: str | None


@dataclass
class Vocabulary:
    """Lookup tables built from vocabulary.yaml and names.yaml; see those files for the meaning of each."""

    counts: dict[tuple[str, ...], str] = field(default_factory=dict)
    people: dict[tuple[str, ...], str] = field(default_factory=dict)
    outcomes: dict[tuple[str, ...], str] = field(default_factory=dict)
    hierarchy: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Things that are kinds of another (people: civilians, passengers, ...), for every role alike.
    kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    cumulative: frozenset[str] = frozenset()
    measures: list[tuple[str, tuple[tuple[str, ...], ...]]] = field(default_factory=list)
    events: dict[tuple[str, ...], str] = field(default_factory=dict)
    durative: frozenset[str] = frozenset()
    roles: dict[tuple[str, ...], str] = field(default_factory=dict)
    # Role words of lasting events only (a search "launched", a closure "lifted"): vocabulary.yaml's lasting_roles.
    lasting_roles: dict[tuple[str, ...], str] = field(default_factory=dict)
    provisional: tuple[tuple[str, ...], ...] = ()
    revised: tuple[tuple[str, ...], ...] = ()
    places: dict[tuple[str, ...], Place] = field(default_factory=dict)
    adjectives: dict[str, str] = field(default_factory=dict)
    speakers: dict[tuple[str, ...], str] = field(default_factory=dict)
    place_by_name: dict[str, Place] = field(default_factory=dict)
    # Each lookup table's first-word index, by the table's id, holding the table so its id is never reused.
    _first_word_indexes: dict[int, tuple[dict, dict[str, int]]] = field(default_factory=dict, repr=False)
    _prefixes: dict[int, tuple[dict, frozenset]] = field(default_factory=dict, repr=False)
    # The lexicon of news (extract/lexicon.yaml), with this vocabulary's events merged in.
    lexicon: object = None
    # Things that are fired, launched and intercepted (missiles, drones, shells).
    projectiles: frozenset[str] = frozenset()
    # Each counted metric's first phrasing in vocabulary.yaml, its name in plain words.
    labels: dict[str, str] = field(default_factory=dict)
    _names: dict[str, str] = field(default_factory=dict, repr=False)
    # Whether places are also looked up in the gazetteer (checker/normalize/places.py), beyond names.yaml's.
    gazetteer: bool = True
    _yaml_by_code: dict | None = field(default=None, repr=False)
    _speaker_words: frozenset | None = field(default=None, repr=False)
    _alias_countries: dict[str, str] | None = field(default=None, repr=False)

    def describe(self, metric: str | None) -> str:
        """A metric in plain words: "missiles.ballistic" -> "ballistic missiles", "people.killed" -> "people killed"."""
        if not metric:
            return "figure"
        term = self._names.get(metric)
        if term is None:
            term = self._names[metric] = self._describe(metric)
        return term

    def _describe(self, metric: str) -> str:
        label = self.labels.get(metric)
        if label:
            words = label.split()
            return " ".join([*words[:-1], plural(words[-1])])
        return metric.replace(".", " ").replace("_", " ")

    def first_word_index(self, table: dict) -> dict[str, int]:
        """For a lookup table: each term's first lemma mapped to the most words a term starting with it has."""
        entry = self._first_word_indexes.get(id(table))
        if entry is None or entry[0] is not table:
            index: dict[str, int] = {}
            for key in table:
                if key:
                    index[key[0]] = max(index.get(key[0], 0), len(key))
            entry = self._first_word_indexes[id(table)] = (table, index)
        return entry[1]

    def first_words(self, table: dict) -> frozenset[str]:
        """The first words of a lookup table's keys."""
        return frozenset(self.first_word_index(table))

    def prefixes(self, table: dict) -> frozenset:
        """Every prefix of a lookup table's keys: what a phrase matcher may extend."""
        entry = self._prefixes.get(id(table))
        if entry is None or entry[0] is not table:
            found = frozenset(key[:n] for key in table for n in range(1, len(key) + 1))
            entry = self._prefixes[id(table)] = (table, found)
        return entry[1]

    @property
    def counted_things(self) -> frozenset[str]:
        """The things the vocabulary counts as they are, whatever happened to them ("drones", "missiles.cruise")."""
        return frozenset(self.counts.values()) | frozenset(self.people.values())

    def counts_people(self, thing: str) -> bool:
        """Whether a thing named by its own noun ("members", "miners") is people of no kind of their own."""
        return self.people.get((singular(thing),)) == "people"

    def is_projectile(self, thing: str) -> bool:
        return thing.split(".", 1)[0] in self.projectiles

    def parts_of(self, metric: str) -> tuple[str, ...]:
        return self.hierarchy.get(metric, ())

    def wholes(self, metrics) -> dict[str, tuple[str, ...]]:
        """The hierarchy, with each given metric of a kind of thing under its thing's whole for the same role
        ("passengers.carried" under "people.carried")."""
        found = {whole: set(parts) for whole, parts in self.hierarchy.items()}
        for metric in metrics:
            thing, dot, role = metric.partition(".")
            if not role:
                continue  # "15 of the passengers": nothing happened to them, so they are no part of a figure
            for whole_thing, kinds in self.kinds.items():
                if thing in kinds:
                    found.setdefault(f"{whole_thing}{dot}{role}", set()).add(metric)
        return {whole: tuple(sorted(parts)) for whole, parts in found.items()}

    def whole_of(self, metric: str) -> str | None:
        for whole, parts in self.hierarchy.items():
            if metric in parts:
                return whole
        return None

    # -- places: names.yaml's, then the gazetteer's (checker/normalize/places.py) ----------------

    def is_within(self, inner: str, outer: str) -> bool:
        """Whether place `inner` lies inside place `outer` (a place is not within itself).

        names.yaml's `within` chain is followed first; where it reaches a name names.yaml does not
        have ("Louisville", or "Morocco" above "High Atlas"), the gazetteer's hierarchy goes on from
        there (city in province in region in country). A chain that ends inside names.yaml (at a
        country) never loads the gazetteer.
        """
        if inner == outer:
            return False
        seen, name = {inner}, inner
        while (place := self.place_by_name.get(name)) is not None:
            if not place.within or place.within in seen:
                return False
            if place.within == outer:
                return True
            seen.add(place.within)
            name = place.within
        return self.gazetteer and self._gazetteer().is_within(name, outer)

    def place_kind(self, name: str) -> str | None:
        """A place's kind (country, region, city, place): names.yaml's, else the gazetteer's; None if unknown."""
        mine = self.place_by_name.get(name)
        if mine is not None:
            return mine.kind
        found = self._gazetteer().place(name) if self.gazetteer else None
        return found.kind if found is not None else None

    def _gazetteer(self):
        from checker.normalize.places import gazetteer

        return gazetteer()

    def known_place(self, place):
        """A place the gazetteer found, as names.yaml's place when names.yaml has the same one (its name
        and its `within` win: "Zaporizhzhya" is names.yaml's "Zaporizhzhia"), else as it is; None for a
        name names.yaml gives a speaker and no place ("Moscow", "Washington": a government, not a scope)."""
        if self._speaker_words is None:
            self._speaker_words = frozenset(k for k in self.speakers if k not in self.places)
        if term_key(place.name) in self._speaker_words:
            return None
        if self._yaml_by_code is None:
            self._yaml_by_code = {}
            gaz = self._gazetteer()
            for name, mine in self.place_by_name.items():
                found = gaz.place(name)
                if found is not None and found.kind == mine.kind and self._same_country(mine, found):
                    self._yaml_by_code.setdefault(found.code, mine)
        return self._yaml_by_code.get(place.code, place)

    def _same_country(self, mine: Place, found) -> bool:
        top = self._top(mine)
        return found.kind == "country" or top is None or top == found.name or top in found.within

    def _top(self, place: Place) -> str | None:
        """The outermost place of a names.yaml place's chain ("Druzhkivka" -> "Ukraine"), None for itself."""
        seen, top = set(), None
        while place is not None and place.within and place.within not in seen:
            seen.add(place.within)
            top = place.within
            place = self.place_by_name.get(top)
        return top

    def place_countries(self) -> dict[str, str]:
        """names.yaml's place aliases, as lower-case words joined by " ", -> the ISO code of their country
        ("u.s" -> "US", "kyiv" -> "UA"): what tells the gazetteer a text's countries."""
        if self._alias_countries is None:
            self._alias_countries = {}
            for key, place in self.places.items():
                code = self.country_code(place)
                if code:
                    self._alias_countries[" ".join(key)] = code
        return self._alias_countries

    def country_code(self, place) -> str | None:
        """The ISO 3166-1 alpha-2 code of the country a place (names.yaml's or the gazetteer's) lies in."""
        code = getattr(place, "country", None)
        if code:
            return code
        name = self._top(place) or place.name
        found = self._gazetteer().place(name)
        return found.country if found is not None else None


def _read_yaml(path: Path):
    from checker.inputs.yamlsafe import load_yaml

    return load_yaml(path).data


def _terms(table: dict[str, list[str]]) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for name in sorted(table):
        for term in table[name] or []:
            out.setdefault(term_key(str(term)), name)
    return out


@functools.lru_cache(maxsize=8)
def load_vocabulary(vocabulary: Path = DEFAULT_VOCABULARY, names: Path = DEFAULT_NAMES) -> Vocabulary:
    """Build the lookup tables once per pair of files."""
    v = _read_yaml(Path(vocabulary)) or {}
    n = _read_yaml(Path(names)) or {}
    voc = Vocabulary()
    voc.counts = _terms(v.get("counts", {}))
    voc.labels = {metric: str(terms[0]).lower() for metric, terms in (v.get("counts") or {}).items() if terms}
    voc.people = _terms(v.get("people", {}))
    voc.outcomes = _terms(v.get("outcomes", {}))
    voc.hierarchy = {k: tuple(p) for k, p in (v.get("hierarchy") or {}).items()}
    voc.kinds = {k: tuple(p) for k, p in (v.get("kinds") or {}).items()}
    voc.cumulative = frozenset(v.get("cumulative") or ())  # running-role metrics join it once the lexicon loads
    voc.measures = [(k, tuple(term_key(t) for t in cues)) for k, cues in (v.get("measures") or {}).items()]
    events = v.get("events") or {}
    voc.events = _terms({k: e["terms"] for k, e in events.items()})
    voc.durative = frozenset(k for k, e in events.items() if e.get("durative"))
    voc.roles = _terms(v.get("roles", {}))
    voc.lasting_roles = _terms(v.get("lasting_roles", {}))
    voc.provisional = tuple(term_key(t) for t in v.get("provisional") or ())
    voc.revised = tuple(term_key(t) for t in v.get("revised") or ())
    for name, spec in sorted((n.get("places") or {}).items()):
        place = Place(name, spec.get("kind", "place"), spec.get("within"))
        voc.place_by_name[name] = place
        for alias in spec.get("aliases") or ():
            voc.places.setdefault(term_key(alias), place)
        for adj in spec.get("adjectives") or ():
            # Keyed as a text's words are read: "u.s." is the word "u.s" and its full stop.
            voc.adjectives.setdefault(str(adj).lower().rstrip("."), name)
    for word, country in demonyms().items():
        voc.adjectives.setdefault(word, country)  # names.yaml's own words first
    voc.speakers = _terms(n.get("speakers", {}))
    voc.projectiles = frozenset(v.get("projectiles") or ())
    voc.lexicon = _lexicon_with(voc)
    voc.cumulative = RunningTotals(voc.cumulative, voc.lexicon)
    return voc


_MARGIN = ".margin"


class RunningTotals(frozenset):
    """The figures that are running totals: those vocabulary.yaml names, and any whose role the lexicon calls
    running ("people.killed", "bodies.identified", "people.discharged")."""

    def __new__(cls, names, lexicon):
        made = super().__new__(cls, names)
        from checker.extract.frames import slug

        made._roles = frozenset(slug(name) for name, role in lexicon.role_info.items() if role.running)
        made._falling = frozenset(slug(name) for name, role in lexicon.role_info.items() if role.falling)
        return made

    def falls(self, metric: str) -> bool:
        """Whether a running total may fall as well as rise ("people.missing", or the margin between two running
        totals, "people.voted.margin"): a lower later figure is news."""
        return metric.rsplit(".", 1)[-1] in self._falling or metric.endswith(_MARGIN) and metric in self

    def __contains__(self, metric) -> bool:
        if frozenset.__contains__(self, metric):
            return True
        if not isinstance(metric, str):
            return False
        if metric.endswith(_MARGIN):
            # "a lead of about 6,500 votes" on election night and "6,625" once all are counted: the margin between
            # running totals runs with them
            return metric.removesuffix(_MARGIN) in self
        # Losses and costs add up as reports come in ("cost $5.5 billion so far"), like tolls.
        if metric == "loss" or metric.startswith("loss.") or metric.endswith(".lost"):
            return True
        return metric.rsplit(".", 1)[-1] in self._roles  # "contained": a share in a state of the story's own


def _lexicon_with(voc: Vocabulary):
    """The lexicon of news with this vocabulary's own event words added (a story's "barrage" is its strike)."""
    import copy

    from checker.extract.lexicon import load_lexicon

    lex = copy.copy(load_lexicon())
    lex.events = {**lex.events, **voc.events}
    lex.durative = lex.durative | voc.durative
    return lex
