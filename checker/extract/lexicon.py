"""The lexicon of news (lexicon.yaml): roles, totals, measures, money, shares and events, as lookup tables."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from checker.extract.words import participle

__all__ = ["Role", "Measure", "Lexicon", "load_lexicon", "DEFAULT_LEXICON"]

DEFAULT_LEXICON = Path(__file__).with_name("lexicon.yaml")


@dataclass(frozen=True)
class Role:
    """What happened to what a figure counts ("killed"), and how its figures behave."""

    name: str
    person: bool = False
    running: bool = False
    implicit: bool = False
    agent: bool = False
    # A running total that falls as well as rises: the missing are found, the trapped freed.
    falling: bool = False
    # Each body tells its own estimate (a crowd's size by the police and by the organisers): not rivals.
    estimated: bool = False
    # Each holder has its own figure (a candidate's votes), no part of one told of no holder.
    held: bool = False


@dataclass(frozen=True)
class Measure:
    """A kind of measurement ("depth") and how it is read."""

    name: str
    unitless: bool = False
    reference: bool = False
    placed: bool = False
    # The one kind of figure it measures ("length" for a depth), None for any.
    kind: str | None = None


@dataclass
class Lexicon:
    """lexicon.yaml as tables keyed by lemma tuples (vocabulary.term_key), each with its first-word index."""

    roles: dict[tuple[str, ...], str] = field(default_factory=dict)
    role_info: dict[str, Role] = field(default_factory=dict)
    # Word senses by what is counted: "projectile" or "person" -> base word -> role name.
    senses: dict[str, dict[str, str]] = field(default_factory=dict)
    totals: dict[tuple[str, ...], str] = field(default_factory=dict)
    measures_before: dict[tuple[str, ...], str] = field(default_factory=dict)
    measures_after: dict[tuple[str, ...], str] = field(default_factory=dict)
    measure_info: dict[str, Measure] = field(default_factory=dict)
    money: dict[tuple[str, ...], str] = field(default_factory=dict)
    # Money a giver gives ("pledged"): each giver's sum is its own, like a candidate's votes.
    given_money: frozenset[str] = frozenset()
    changes: frozenset[str] = frozenset()
    falls: frozenset[str] = frozenset()
    events: dict[tuple[str, ...], str] = field(default_factory=dict)
    event_verbs: dict[tuple[str, ...], str] = field(default_factory=dict)
    durative: frozenset[str] = frozenset()
    recurring: frozenset[str] = frozenset()
    # Events that are others of the story's kind by their very name (an aftershock is another quake): their
    # measures are their own, never the story's event's.
    secondary: frozenset[str] = frozenset()
    # Events named by nouns that name whatever a story is about ("the tragedy"): the story's own event.
    generic: frozenset[str] = frozenset()

    def role(self, name: str | None) -> Role | None:
        return self.role_info.get(name) if name else None

    def timeless(self, metric: str) -> bool:
        """Whether a figure holds whatever day it is told: a quake's magnitude, a distance, a volcano's height, or
        the date of an event that happens once in a story (its quake, its crash), or an event's peak."""
        if metric.endswith(".peak"):
            return True  # an event has one peak, however late it is told
        event, _, role = metric.rpartition(".")
        # A measure of a thing is named after it ("volcano.height"): the measure's own entry says.
        info = self.measure_info.get(metric) or self.measure_info.get(role)
        if info is not None:
            return not info.placed
        return role in ("date", "start", "end") and event in set(self.events.values()) and event not in self.recurring

    def estimated(self, metric: str) -> bool:
        """Whether a figure is each body's own estimate (a crowd's size: "people.protested")."""
        info = self.role_info.get(metric.rpartition(".")[2])
        return info is not None and info.estimated

    def held(self, metric: str) -> bool:
        """Whether each holder has its own figure of this kind (a candidate's votes: "people.voted", a donor's
        pledge: "pledged")."""
        info = self.role_info.get(metric.rpartition(".")[2])
        return info is not None and info.held or metric.partition(".")[0] in self.given_money

    def running_role(self, name: str | None) -> bool:
        info = self.role(name)
        return bool(info and info.running)


def _key(term: str) -> tuple[str, ...]:
    from checker.vocabulary import term_key

    return term_key(term)


def _table(entries, value) -> dict[tuple[str, ...], str]:
    """Each term keyed by its words' lemmas and, since the lexicon writes lemmas, by its words as written: a
    lemma that is another verb's past ("lay", lemmatised "lie") still meets "laying" and "laid"."""
    from checker.vocabulary import WORD_PATTERN

    out: dict[tuple[str, ...], str] = {}
    for term in entries or ():
        key = _key(str(term))
        if key:
            out.setdefault(key, value)
            out.setdefault(tuple(WORD_PATTERN.findall(str(term).lower())), value)
    return out


@functools.lru_cache(maxsize=4)
def load_lexicon(path: Path = DEFAULT_LEXICON) -> Lexicon:
    """The lexicon's tables, built once per file."""
    from checker.inputs.yamlsafe import load_yaml

    data = load_yaml(Path(path)).data or {}
    lex = Lexicon()
    roles = dict(data.get("roles") or {})
    for sense, words in (roles.pop("things", None) or {}).items():
        lex.senses[sense] = {_key(w)[0]: role for w, role in (words or {}).items()}
    for name in sorted(roles):
        spec = roles[name] or {}
        role = Role(spec.get("name") or name, bool(spec.get("person")), bool(spec.get("running")),
                    bool(spec.get("implicit")), bool(spec.get("agent")), bool(spec.get("falling")),
                    bool(spec.get("estimated")), bool(spec.get("held")))
        lex.role_info.setdefault(role.name, role)
        for key, value in _table(spec.get("words"), role.name).items():
            lex.roles.setdefault(key, value)
    for name, spec in sorted((data.get("totals") or {}).items()):
        lex.totals[_key(name)] = (spec or {}).get("role") or ""
    for name, spec in sorted((data.get("measures") or {}).items()):
        spec = spec or {}
        lex.measure_info[name] = Measure(name, bool(spec.get("unitless")), bool(spec.get("reference")),
                                         bool(spec.get("placed")), spec.get("kind"))
        for key, value in _table(spec.get("before"), name).items():
            lex.measures_before.setdefault(key, value)
        for key, value in _table(spec.get("after"), name).items():
            lex.measures_after.setdefault(key, value)
    for name, words in sorted((data.get("money") or {}).items()):
        for key, value in _table(words, name).items():
            lex.money.setdefault(key, value)
    lex.given_money = frozenset(data.get("given_money") or ())
    shares = data.get("shares") or {}
    lex.falls = frozenset(k[0] for k in _table(shares.get("fall"), "").keys() if len(k) == 1)
    lex.changes = frozenset(k[0] for k in _table(shares.get("change"), "").keys() if len(k) == 1) | lex.falls
    events = data.get("events") or {}
    durative, recurring, secondary, generic = set(), set(), set(), set()
    for name, spec in sorted(events.items()):
        spec = spec if isinstance(spec, dict) else {"words": spec}
        words = spec.get("words") or []
        if spec.get("durative"):
            durative.add(name)
        if spec.get("recurring"):
            recurring.add(name)
        if spec.get("secondary"):
            secondary.add(name)
        if spec.get("generic"):
            generic.add(name)
        for key, value in _table([name, *words], name).items():
            lex.events.setdefault(key, value)
    lex.durative = frozenset(durative)
    lex.recurring = frozenset(recurring)
    lex.secondary = frozenset(secondary)
    lex.generic = frozenset(generic)
    for name, words in sorted((data.get("event_verbs") or {}).items()):
        for key, value in _table(words, name).items():
            lex.event_verbs.setdefault(key, value)
            if len(key) == 1:
                # A participle no dictionary knows ("capsized") stands for itself as written (words.verb_lemma)
                lex.event_verbs.setdefault((participle(key[0]),), value)
    return lex
