"""Qualifier loss: "at least seven" retold as "seven"."""

from __future__ import annotations

from checker.compare import Context, Group, comparable, render_value
from checker.rules import Hit, rule

_LOWER_BOUNDS = ("at_least", "more_than")
_UPPER_BOUNDS = ("at_most", "less_than")
_BOUNDS = _LOWER_BOUNDS + _UPPER_BOUNDS


@rule("FC501", "qualifier-dropped", severity="warning", category="qualifier-loss")
def qualifier_dropped(group: Group, ctx: Context):
    """A figure given with a bound ("at least seven") appears elsewhere as an exact number ("seven").

    Why it matters: dropping "at least" turns a floor into a count and hides that the toll may
    rise; in a summary of the same article it misstates the article's own body.

    Example: 002's summary says "killing seven", its body "killing at least seven people".

    Not flagged: different numbers (FC101 or FC201 apply); both tellings exact or both bounded.

    Options: none.
    """
    # The pairs of permutations(group.claims, 2) with a bound first and an exact figure second, in that order.
    bounds = [c for c in group.claims if c.qualifier in _BOUNDS]
    if not bounds:
        return
    exacts = [c for c in group.claims if c.qualifier == "exact"]
    seen = set()
    for bounded, exact in ((b, e) for b in bounds for e in exacts):
        if bounded.metric != exact.metric or bounded.value != exact.value or not comparable(bounded, exact):
            continue
        if (bounded.id, exact.id) in seen:
            continue
        seen.add((bounded.id, exact.id))
        where = "its own" if bounded.source == exact.source else f"{bounded.source}'s"
        yield Hit(
            claims=(bounded, exact),
            template="{exact_source} gives {exact} where {bounded_source} says {bounded}",
            params={"exact_source": exact.source, "exact": render_value(exact),
                    "bounded_source": bounded.source, "bounded": render_value(bounded)},
            explanation=(
                f"{exact.source} states {render_value(exact)} as an exact figure, dropping the bound in "
                f"{where} \"{bounded.quote}\" ({render_value(bounded)})."
            ),
            metric=group.metric,
            subject=bounded.subject or exact.subject,
        )
