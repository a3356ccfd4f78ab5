"""Claims grouped by what they measure, their news week and their place: never all against all."""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from checker.judge.context import Context, Group
from checker.judge.unionfind import Partition
from checker.normalize.units import DENSITY_PER
from checker.model import Claim

__all__ = ["group_claims", "groups_of", "news_weeks", "claim_order", "comparable_figure", "headcount", "MAX_GROUP"]


# Metrics too generic to compare across sources: a date or share whose subject matter is unknown, and people of
# no kind that nothing is said to have happened to ("43,000 people").
_UNGROUPED = frozenset({"date", "duration", "percent", "people", "money"})
# Measures named only by their dimension: "8 km" of what, or from where? An ash column's height and an exclusion
# zone's radius are both lengths. Compared once the text says whose or from where (a scope).
_DIMENSIONS_ONLY = frozenset({"distance", "area", "mass", "volume", "data", "power", "energy"})


def headcount(c: Claim, counted: frozenset[str] = frozenset()) -> bool:
    """Whether a claim counts things its text says nothing happened to ("127 miners", "24.8 million households",
    "43 fires in the United States"), outside the vocabulary's things counted as they are (missiles, drones)."""
    return c.kind == "quantity" and c.unit == "count" and "." not in c.metric and c.metric not in counted


def comparable_figure(c: Claim, vocabulary=None) -> bool:
    """Whether a claim says enough of what it is to be compared at all (see _group_key): the rules that set
    figures against each other outside groups (parts and wholes) ask this too."""
    return _group_key(c, getattr(vocabulary, "counted_things", frozenset())) is not None


def _group_key(c: Claim, counted: frozenset[str] = frozenset()) -> tuple[str, ...] | None:
    """The group a claim is compared in; None for figures too generic to compare (see _UNGROUPED), and for a
    headcount of one (someone the story tells of)."""
    # A rate of something unnamed is as unnamed ("$1,064 a year" and "$24 million a year": a student's and a
    # college's)
    base, _, per = c.metric.partition(".per_")
    if base in _UNGROUPED and not (base == "money" and c.scope and c.scope != "part") and per != DENSITY_PER:
        # a sum is compared once the text says what it is for ("$410 million for schools"); people per square
        # kilometre are a place's density, a figure of its own
        return None
    if headcount(c, counted) and c.value == 1 and c.qualifier == "exact":
        return None  # "One survivor", "one British runner": someone the story tells of, no figure
    if base in _DIMENSIONS_ONLY and not c.scope:
        return None  # a rate of a bare dimension too: "more than 10,500 litres a month" of what?
    if c.kind == "date":
        # All dates of one event meet in one group; roles (start, end, date) are compared inside.
        return ("date", c.event or c.metric.split(".", 1)[0])
    return (c.kind, c.metric, c.unit or "")


def news_weeks(ctx: Context | None) -> dict[str, str]:
    """The news week each source was published in (Monday's date): for a source without a publication
    date, the week of the latest date its text states (Context.published); "" when it states none.

    Sources published weeks apart report different events even when they name the same figure:
    comparing them would make every pair of a war's reports a candidate, billions at 100,000 sources.
    A claim's week is its source's: weeks.get(claim.source, "").
    """
    if ctx is None:
        return {}
    weeks = {}
    for sid in ctx.sources:
        day = ctx.published(sid)
        weeks[sid] = "" if day is None else (day - dt.timedelta(days=day.weekday())).isoformat()
    return weeks


def _subject_blocks(claims: list[Claim], vocabulary, places=None) -> list[list[Claim]]:
    """Claims split where no pair across the split could be compared: different places, none within another.

    A claim without a subject may be about any place its source names (`places.get(source)`), and
    about any place at all when its source names none of the group's: it joins the blocks of those
    places, merging them. Shares of a whole (percent) stay together because FC601 compares shares of
    different wholes.
    """
    # A figure with no place of its own stands for its story's place (its area): it meets only that place's
    # containers and parts (relations.relation), so it is blocked by it.
    subjects = {c.subject or c.area for c in claims if c.subject or c.area}
    if len(subjects) < 2 or any(c.unit == "percent" for c in claims):
        return [claims]
    within = getattr(vocabulary, "is_within", None)
    names = sorted(subjects)
    meeting = Partition(names)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if within is None or within(a, b) or within(b, a):
                meeting.join(a, b)
    unplaced: dict[str, str] = {}  # a subjectless claim's id -> a place of its block
    for c in claims:
        if c.subject or c.area:
            continue
        named = sorted(subjects & places.get(c.source)) if places is not None else []
        if not named:
            return [claims]  # about any place: every place may meet it
        for other in named[1:]:
            meeting.join(named[0], other)
        unplaced[c.id] = named[0]
    blocks: dict[str, list[Claim]] = {}
    for c in claims:
        blocks.setdefault(meeting.find(c.subject or c.area or unplaced[c.id]), []).append(c)
    return [blocks[k] for k in sorted(blocks)]


class _SourcePlaces:
    """The places each source names: the subjects of its figures and every place its text names
    ("after cluster munitions hit the Druzhkivka market"), as extraction read them."""

    def __init__(self, claims: list[Claim], ctx: Context | None) -> None:
        self._subjects: dict[str, set[str]] = {}
        for c in claims:
            if c.subject:
                self._subjects.setdefault(c.source, set()).add(c.subject)
        self._named = ctx.places if ctx is not None else {}

    def get(self, source: str) -> set[str]:
        return self._subjects.get(source, set()).union(self._named.get(source, ()))


def group_claims(claims: Iterable[Claim], ctx: Context | None = None) -> list[Group]:
    """Claims grouped by what they measure, the week of their source and their place; never all against all."""
    return groups_of(claims, news_weeks(ctx), ctx)


def groups_of(claims: Iterable[Claim], weeks: dict[str, str], ctx: Context | None, period: str | None = None,
              guests: frozenset[str] = frozenset(), notices: list[str] | None = None) -> list[Group]:
    """Groups keyed by each claim's week, or all by `period` (one week's claims and its guests). What the
    reader must be told (a figure told too many times to compare in full) is added to `notices`."""
    vocabulary = ctx.vocabulary if ctx is not None else None
    cumulative = getattr(vocabulary, "cumulative", ()) if guests else ()
    groups: dict[tuple[str, ...], list[Claim]] = {}
    claims = claims if isinstance(claims, list) else list(claims)
    places = _SourcePlaces(claims, ctx)
    counted = getattr(vocabulary, "counted_things", frozenset())
    for c in claims:
        key = _group_key(c, counted)
        if key is not None:
            groups.setdefault((*key, weeks.get(c.source, "") if period is None else period), []).append(c)
    out = []
    for key, cs in sorted(groups.items()):
        metric = key[1] if key[0] != "date" else f"{key[1]}.date"
        for block in _subject_blocks(sorted(cs, key=claim_order), vocabulary, places):
            if guests and key[1] in cumulative:
                # A running total is compared across any days of its week, not by occasion: from the
                # week before, it would meet the next strike's toll, not an update of its own.
                block = [c for c in block if c.id not in guests]
            if not block or (guests and all(c.id in guests for c in block)):
                continue  # the week before judged these among themselves
            bounded = _bounded(block)
            if len(bounded) < len(block) and notices is not None:
                notices.append(
                    f"{metric}: {len(block):,} claims of one figure; {len(bounded):,} distinct readings compared")
            out.append(Group(key, metric, bounded, guests))
    return out


# Real groups hold a few dozen claims at most (16 in the 100,000-article benchmark); pairwise rules are
# quadratic in a group, so a text that repeats one figure thousands of times must not make them so.
MAX_GROUP = 400


def _bounded(claims: list[Claim]) -> list[Claim]:
    """A group as the rules see it: past MAX_GROUP claims, exact repeats of a reading are compared once
    and at most MAX_GROUP distinct readings are kept (the engine says so in a notice)."""
    if len(claims) <= MAX_GROUP:
        return claims
    seen: set[tuple] = set()
    distinct = []
    for c in claims:
        reading = (c.source, c.metric, c.subject, c.event, c.unit, c.value, c.low, c.high, c.low_inclusive,
                   c.high_inclusive, c.qualifier, c.as_of, c.provisional, c.window_days, c.attributed_to)
        if reading not in seen:
            seen.add(reading)
            distinct.append(c)
    return distinct[:MAX_GROUP]


def claim_order(c: Claim):
    return (c.source, c.start, c.end, c.id)
