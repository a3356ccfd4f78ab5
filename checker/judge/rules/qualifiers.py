"""Qualifier loss: "at least seven" retold as "seven"."""

from __future__ import annotations

import datetime as dt

from checker.judge.agreement import linked
from checker.judge.context import Context, Group
from checker.judge.relations import comparable, first_subject
from checker.judge.rules import Hit, rule
from checker.spelling import render_value

_LOWER_BOUNDS = ("at_least", "more_than")
_UPPER_BOUNDS = ("at_most", "less_than")
_BOUNDS = _LOWER_BOUNDS + _UPPER_BOUNDS


@rule("FC501", "qualifier-dropped", severity="warning", category="qualifier-loss")
def qualifier_dropped(group: Group, ctx: Context):
    """A figure given with a bound ("at least seven") appears elsewhere as an exact number ("seven").

    Why it matters: dropping "at least" turns a floor into a count and hides that the toll may
    rise; in a summary of the same article it misstates the article's own body.

    Example: 002's summary says "killing seven", its body "killing at least seven people".

    Not flagged: different numbers (FC101 or FC201 apply); both tellings exact or both bounded; an upper
    bound of a measure, which names its peak ("winds of up to 170 mph", "fevers that can reach 104F"); a
    bound that a telling published later adds to an exact figure ("five injured" at 14:30, "at least five"
    at 17:10: more care, nothing dropped); a running total told exactly on a later day than its bound ("at
    least 41 missing" on Sunday, "41 missing" in Monday's bulletin: the count made since), or told exactly for a
    time it states, in a telling published later ("the toll stood at 27 on Monday evening"), or in the
    same telling, for its time or as an update ("By Friday morning the toll had risen to 86" below "At least 86
    people died").
    Every source that drops the bound of one figure is named in one finding.

    Options: none.
    """
    # The pairs of permutations(group.claims, 2) with a bound first and an exact figure second, in that order.
    bounds = [c for c in group.claims if c.qualifier in _BOUNDS]
    if not bounds:
        return
    exacts = [c for c in group.claims if c.qualifier == "exact"]
    running = group.metric in ctx.vocabulary.cumulative
    losses = [(b, e) for b in bounds for e in exacts if b.metric == e.metric and b.value == e.value
              and comparable(b, e, ctx.vocabulary) and _drops(b, e, ctx, running)]
    # One finding per figure whose bound was dropped, however many sources retold it: eight outlets
    # retelling "at least seven" as "seven" are one problem for the editor, not sixteen.
    for found in linked(losses):
        bounded = [c for c in found if c.qualifier in _BOUNDS]
        exact = [c for c in found if c.qualifier == "exact"]
        if len(found) == 2:
            yield _one_loss(group, bounded[0], exact[0], ctx)
            continue
        exact_sources = _sources(exact)
        bounded_sources = _sources(bounded)
        stated = " or ".join(sorted({render_value(c) for c in bounded}))
        one_exact, one_bounded = "," not in exact_sources, "," not in bounded_sources
        labels = lambda ids: ", ".join(ctx.label(i) for i in ids.split(", "))
        yield Hit(
            claims=tuple(found),
            template=(f"{{exact_sources}} give{'s' if one_exact else ''} {{exact}} where {{bounded_sources}} "
                      f"say{'s' if one_bounded else ''} {{bounded}}"),
            params={"exact_sources": exact_sources, "exact": render_value(exact[0]),
                    "bounded_sources": bounded_sources, "bounded": stated},
            explanation=(
                f"{labels(exact_sources)} state{'s' if one_exact else ''} {render_value(exact[0])} as an exact "
                f"figure, dropping the bound that {labels(bounded_sources)} give{'s' if one_bounded else ''} "
                f"({stated}), as in \"{bounded[0].quote}\"."
            ),
            metric=group.metric,
            subject=first_subject(found),
        )


def _drops(bounded, exact, ctx: Context, running: bool = False) -> bool:
    """Whether an exact telling drops a bound rather than tells a peak, or tells what a later source bounded, or
    gives a running total as counted on a later day."""
    if bounded.qualifier in _UPPER_BOUNDS and bounded.unit != "count":
        return False
    if bounded.source == exact.source:
        # "At least 86 people died ..." in a lede, "By Friday morning the toll had risen to 86" below: the count
        # itself, told as of its time or as an update, which the lede hedges; a summary's bare "86" drops it
        return not (running and (exact.as_of_stated or exact.revised))
    if running and _later_day(exact.source, bounded.source, ctx):
        return False  # "at least 41 missing" on Sunday, "41 missing" in Monday's bulletin: the count since made
    if running and exact.as_of_stated and _published_before(bounded.source, exact.source, ctx):
        return False  # "at least 27" that morning, then "The state toll stood at 27 on Monday evening": the count
        # of the time it states, made since
    return not _published_before(exact.source, bounded.source, ctx)


def _later_day(then: str, first: str, ctx: Context) -> bool:
    """Whether source `then` was published on a later day than source `first`."""
    day_then, day_first = ctx.published(then), ctx.published(first)
    return day_then is not None and day_first is not None and day_then > day_first


def _published_before(first: str, then: str, ctx: Context) -> bool:
    """Whether source `first` was published before source `then`: by the hour when both give theirs."""
    a, b = (getattr(ctx.sources.get(sid), "published", None) for sid in (first, then))
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime) and (a.tzinfo is None) == (b.tzinfo is None):
        return a < b
    day_a, day_b = ctx.published(first), ctx.published(then)
    return day_a is not None and day_b is not None and day_a < day_b


def _sources(claims) -> str:
    return ", ".join(sorted({c.source for c in claims}))


def _one_loss(group: Group, bounded, exact, ctx: Context) -> Hit:
    where = "its own" if bounded.source == exact.source else f"{ctx.label(bounded.source)}'s"
    return Hit(
        claims=(bounded, exact),
        template=("{exact_source} gives {exact} where it also says {bounded}" if bounded.source == exact.source
                  else "{exact_source} gives {exact} where {bounded_source} says {bounded}"),
        params={"exact_source": exact.source, "exact": render_value(exact),
                "bounded_source": bounded.source, "bounded": render_value(bounded)},
        explanation=(
            f"{ctx.label(exact.source)} states {render_value(exact)} as an exact figure, dropping the bound in "
            f"{where} \"{bounded.quote}\" ({render_value(bounded)})."
        ),
        metric=group.metric,
        subject=bounded.subject or exact.subject,
    )
