"""Scope: shares of different wholes are not comparable."""

from __future__ import annotations

from itertools import combinations

from checker.judge.context import Context, Group
from checker.judge.relations import pairs
from checker.judge.rules import Hit, rule
from checker.spelling import render_value


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


@rule("FC602", "too-vague-to-compare", severity="info", category="not-comparable")
def too_vague_to_compare(group: Group, ctx: Context):
    """A vague figure ("dozens", "hundreds") stands beside a precise one from another source.

    Why it matters: "dozens injured" neither confirms nor contradicts "38 injured"; counting it as
    corroboration would overstate the evidence, and calling it a conflict would be a false alarm.
    The editor sees that only one source actually gives a number.

    Example: one source says "dozens injured in Kharkiv", another "38 people were injured".

    Not flagged: vague figures whose interval excludes the precise one (FC101 reports those);
    two precise figures; figures of different subjects, events or times.

    Options: the vague-quantity policy (`vague` in [tool.checker]) sets each word's interval.
    """
    if not any(c.qualifier == "vague" for c in group.claims):
        return
    table = pairs(group, ctx)
    claims = table.claims
    seen = set()
    for i, j, overlap in table.related:
        a, b = claims[i], claims[j]
        if not overlap or a.source == b.source:
            continue
        vague, precise = (a, b) if a.qualifier == "vague" else (b, a)
        if vague.qualifier != "vague" or precise.qualifier == "vague":
            continue
        if (vague.id, precise.id) in seen:
            continue
        seen.add((vague.id, precise.id))
        yield Hit(
            claims=(vague, precise),
            template="{vague} ({vague_source}) is too vague to confirm {precise} ({precise_source})",
            params={"vague": render_value(vague), "vague_source": vague.source,
                    "precise": render_value(precise), "precise_source": precise.source},
            explanation=(
                f"\"{vague.quote}\" in {ctx.label(vague.source)} allows {render_value(vague)}, so it neither confirms "
                f"nor contradicts {render_value(precise)} in {ctx.label(precise.source)}."
            ),
            metric=group.metric,
            subject=vague.subject or precise.subject,
        )
