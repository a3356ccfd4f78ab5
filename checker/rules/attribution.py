"""Attribution: the same statement credited to different speakers."""

from __future__ import annotations

from checker.compare import Context, Group, different_speakers, pairs, render_value
from checker.rules import Hit, rule


@rule("FC701", "attribution-differs", severity="warning", category="attribution-conflict")
def attribution_differs(group: Group, ctx: Context):
    """Sources agree on a figure but credit it to different speakers.

    Why it matters: "Moscow says the truce ended on February 1" and "President Trump stated the
    truce ended Feb 1" agree on the date but not on who said it; quoting the wrong speaker is an
    error of its own, apart from any conflict over the value.

    Example: 000 credits the 1 February end of the truce to Moscow, 001 to President Trump.

    Not flagged: figures without a stated speaker; speakers that are aliases of one another
    (names.yaml) or one name within the other ("Ford", "Ford Motor"; "AEG", "Anderson Economic Group");
    figures whose values differ at all, even within each other's bounds ("more than 800" and "about 900"
    from two officials are two counts, not one figure credited twice; FC101 judges conflicts); vague figures.

    Options: speaker aliases live in names.yaml.
    """
    if sum(1 for c in group.claims if c.attributed_to) < 2:
        return
    table = pairs(group, ctx)
    claims = table.claims
    found = {}
    for i, j, overlap in table.related:
        a, b = claims[i], claims[j]
        if not overlap or a.source == b.source or not different_speakers(a, b):
            continue
        if "vague" in (a.qualifier, b.qualifier) or render_value(a) != render_value(b):
            continue
        key = (a.metric, *sorted((a.attributed_to, b.attributed_to)))
        found.setdefault(key, (a, b))
    for key, (a, b) in sorted(found.items()):
        yield Hit(
            claims=(a, b),
            groups=((a,), (b,)),
            template="{value} is credited to {speaker_a} in {source_a} and to {speaker_b} in {source_b}",
            params={"value": render_value(a), "speaker_a": a.attributed_to, "source_a": a.source,
                    "speaker_b": b.attributed_to, "source_b": b.source},
            explanation=(
                f"Both sources give {ctx.vocabulary.describe(group.metric)} as {render_value(a)}, but {a.source} "
                f"credits it to {a.attributed_to} and {b.source} to {b.attributed_to}."
            ),
            metric=group.metric,
            subject=a.subject or b.subject,
        )
