"""One name per figure across sources: "gasoline rose 1.7%" and "gasoline prices rose 1.7%" are one figure."""

from __future__ import annotations

from collections import Counter

from checker.extract.frames import slug
from checker.model import Claim

__all__ = ["one_name_per_figure", "named_by_role", "MEASURE_HEADS"]

# Nouns that name how a thing is measured rather than a thing of its own: a change in "gasoline prices" is the
# change in "gasoline" another outlet writes of, "the unemployment rate" is "unemployment".
MEASURE_HEADS = frozenset("price cost rate level index figure".split())


def one_name_per_figure(claims: list[Claim]) -> list[Claim]:
    """Claims with the percentages that sources name in different words of one thing (see MEASURE_HEADS) under
    the name most of them use (then the shortest, then the first in alphabetical order). Only extracted figures are renamed:
    a claim file's names are its author's."""
    names = Counter(c.metric for c in claims if _renamable(c))
    by_key: dict[tuple[frozenset[str], str], list[str]] = {}
    for name in sorted(names):
        by_key.setdefault(_key(name), []).append(name)
    chosen: dict[str, str] = {}
    for same in by_key.values():
        if len(same) > 1:
            best = min(same, key=lambda n: (-names[n], len(n), n))
            chosen.update((name, best) for name in same if name != best)
    if not chosen:
        return claims
    return [c.model_copy(update={"metric": chosen[c.metric]}) if _renamable(c) and c.metric in chosen else c
            for c in claims]


def _renamable(c: Claim) -> bool:
    return c.origin == "extracted" and c.unit == "percent" and c.metric != "percent"


def _key(name: str) -> tuple[frozenset[str], str]:
    """A name's thing words without the measure heads (unless nothing else is left) and its suffix
    ("gasoline_price.change" -> ({"gasoline"}, "change"))."""
    thing, _, suffix = name.partition(".")
    words = frozenset(thing.split("_"))
    kept = words - MEASURE_HEADS
    return (kept or words), suffix


def named_by_role(claims: list[Claim], roles) -> list[Claim]:
    """Counts named only by what happened ("320 cancellations": `cancelled`, where the text does not say of what)
    under the name of the one thing the other figures say that happened to ("flights.cancelled"); left as they
    are when those name none or several things. roles: the lexicon's role names."""
    names = {slug(r) for r in roles}
    things: dict[str, set[str]] = {}
    for c in claims:
        thing, _, role = c.metric.rpartition(".")
        if thing and role in names and c.unit == "count":
            things.setdefault(role, set()).add(c.metric)
    chosen = {role: next(iter(names)) for role, names in things.items() if len(names) == 1}
    if not chosen:
        return claims
    return [c.model_copy(update={"metric": chosen[c.metric]})
            if c.origin == "extracted" and c.unit == "count" and c.metric in chosen else c for c in claims]
