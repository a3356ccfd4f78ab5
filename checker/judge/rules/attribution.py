"""Attribution: the same statement credited to different speakers."""

from __future__ import annotations

from itertools import combinations

from checker.judge.context import Context, Group
from checker.judge.relations import different_speakers, relation
from checker.judge.rules import Hit, rule
from checker.spelling import render_value


def _digits(c) -> int:
    """How many significant digits a figure is told with: 3 for 888 million, 2 for 1.3 billion."""
    value = c.stated_value if c.stated_value is not None else c.value
    if value is None:
        return 0
    text = repr(abs(float(value))).replace(".", "").rstrip("0").lstrip("0")
    return len(text.rstrip("0"))


@rule("FC701", "attribution-differs", severity="warning", category="attribution-conflict")
def attribution_differs(group: Group, ctx: Context):
    """Sources agree on a figure but credit it to different speakers.

    Why it matters: "Moscow says the truce ended on February 1" and "President Trump stated the
    truce ended Feb 1" agree on the date but not on who said it; quoting the wrong speaker is an
    error of its own, apart from any conflict over the value.

    Example: 000 credits the 1 February end of the truce to Moscow, 001 to President Trump.

    Not flagged: figures told with fewer than three significant digits ("$1.3 billion" from two companies is a
    coincidence, "$888 million" twice is one figure); figures without a stated speaker; speakers that are
    aliases of one another
    (names.yaml) or one name within the other ("Ford", "Ford Motor"; "AEG", "Anderson Economic Group");
    figures whose values differ at all, even within each other's bounds ("more than 800" and "about 900"
    from two officials are two counts, not one figure credited twice; FC101 judges conflicts); vague figures.

    Options: speaker aliases live in names.yaml.
    """
    if sum(1 for c in group.claims if c.attributed_to) < 2:
        return
    found = {}
    # A figure credited to a party in one source ("Ford's losses") and to no one's in another ("the hit") may
    # be one figure: parts are paired too, as long as the two speak of one thing at all.
    for a, b in combinations(group.claims, 2):
        if a.source == b.source or not different_speakers(a, b) or relation(a, b, ctx.vocabulary) == "other":
            continue
        if "vague" in (a.qualifier, b.qualifier) or render_value(a) != render_value(b):
            continue
        if a.kind == "quantity" and _digits(a) < 3:
            continue  # two companies' "$1.3 billion" agree by chance; "$888 million" twice is one figure
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
                f"Both sources give {ctx.vocabulary.describe(group.metric)} as {render_value(a)}, but {ctx.label(a.source)} "
                f"credits it to {a.attributed_to} and {ctx.label(b.source)} to {b.attributed_to}."
            ),
            metric=group.metric,
            subject=a.subject or b.subject,
        )
