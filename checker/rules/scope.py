"""Scope: shares of different wholes are not comparable."""

from __future__ import annotations

from itertools import combinations

from checker.compare import Context, Group, render_value
from checker.rules import Hit, rule


@rule("FC601", "different-denominators", severity="info", category="scope-mismatch")
def different_denominators(group: Group, ctx: Context):
    """Percentages of one measure are taken of different wholes, so they cannot be compared.

    Why it matters: "about 20 % of Ukraine" and "just over 70 % of Donetsk province" look like a
    conflict but measure different denominators; saying so keeps an editor from a false alarm
    and from comparing them in print.

    Example: 001 "about 20% of Ukraine's territory" against 004 "just over 70% of the province".

    Not flagged: percentages of the same whole (FC101 compares those); counts, whose subjects
    simply make different figures.

    Options: none.
    """
    shares = [c for c in group.claims if c.unit == "percent" and c.subject]
    pairs = {}
    for a, b in combinations(shares, 2):
        if a.source == b.source or a.subject == b.subject or a.metric != b.metric:
            continue
        key = tuple(sorted((a.subject, b.subject)))
        pairs.setdefault(key, (a, b))
    for (s1, s2), (a, b) in sorted(pairs.items()):
        yield Hit(
            claims=(a, b),
            template="{a} of {sa} and {b} of {sb} are shares of different wholes",
            params={"a": render_value(a), "sa": a.subject, "b": render_value(b), "sb": b.subject},
            explanation=(
                f"{render_value(a)} is a share of {a.subject} and {render_value(b)} a share of {b.subject}: "
                f"different denominators, so the figures are not comparable and do not conflict."
            ),
            metric=group.metric,
            subject=None,
        )
