"""Part and whole: a part given as the total, and parts that do not add up to their whole."""

from __future__ import annotations

import re

from checker.judge.context import Context
from checker.judge.grouping import comparable_figure
from checker.judge.relations import (ADDED, CAPACITY, EARLIER, PART, apart_by_years, comparable, is_money, one_occasion,
                                     relation, times_apart)
from checker.judge.rules import Hit, rule
from checker.model import Claim
from checker.spelling import render_value


def _exact(c: Claim) -> float | None:
    return c.value if c.qualifier == "exact" and c.value is not None else None


def _source_totals(claims: list[Claim], ctx: Context) -> dict[tuple[str, str], tuple[float, list[Claim]]]:
    """Per (source, whole metric): the total it states, or the sum of every part it gives."""
    voc = ctx.vocabulary
    by_source: dict[str, dict[str, list[Claim]]] = {}
    for c in claims:
        if c.kind == "quantity" and _exact(c) is not None:
            by_source.setdefault(c.source, {}).setdefault(c.metric, []).append(c)
    totals = {}
    for source, metrics in by_source.items():
        for whole, parts in voc.hierarchy.items():
            if whole in metrics:
                stated = metrics[whole][0]
                totals[(source, whole)] = (stated.value, [stated])
            elif all(p in metrics for p in parts):
                used = [metrics[p][0] for p in parts]
                totals[(source, whole)] = (sum(c.value for c in used), used)
    return totals


@rule("FC102", "part-reported-as-whole", severity="error", category="probable-mislabel", scope="corpus",
      supersedes=("FC101",))
def part_reported_as_whole(claims: list[Claim], ctx: Context):
    """One source's figure for a part equals another source's whole: probably a mislabelled total.

    Why it matters: when a part ("ballistic missiles") in one source carries exactly the total
    that another source gives for the whole ("cruise plus ballistic missiles"), the likeliest
    story is that the first source labelled the total as the part. The two figures still cannot
    both be true, so this stays an error, but the editor learns which figure to doubt.

    Example: 001 says "71 ballistic missiles"; 000 says "28 cruise missiles and 43 ballistic
    missiles", 71 in all. 001's 71 is probably the total, mislabelled as ballistic.

    Not flagged: a part that matches the whole within the same source; parts whose values agree;
    a part of another subject, event or occasion than the source's own part (see FC101).

    Options: the hierarchy of metrics lives in vocabulary.yaml (`hierarchy`).
    """
    voc = ctx.vocabulary
    totals = _source_totals(claims, ctx)
    # Indexes in claim order, so each total meets only the parts that carry its value.
    by_source_metric: dict[tuple[str, str], list[Claim]] = {}
    by_metric_value: dict[tuple[str, float], list[Claim]] = {}
    for c in claims:
        by_source_metric.setdefault((c.source, c.metric), []).append(c)
        if _exact(c) is not None:
            by_metric_value.setdefault((c.metric, c.value), []).append(c)
    for (source, whole), (total, basis) in sorted(totals.items()):
        parts_text = None
        for part in voc.parts_of(whole):
            own = by_source_metric.get((source, part))
            if not own:
                continue
            own_values = {_exact(o) for o in own}
            own_text = own_subject = None
            for c in by_metric_value.get((part, total), ()):
                if c.source == source or c.value in own_values:
                    continue
                # Another place's or another day's strike may carry the same number by chance.
                if not any(comparable(c, o, voc) and one_occasion(c, o, ctx) for o in own):
                    continue
                # What every hit of this source's total and part shares, spelled once.
                if parts_text is None:
                    parts_text = " + ".join(f"{render_value(b)} {b.metric}" for b in basis)
                if own_text is None:
                    own_text = " or ".join(sorted({render_value(o) for o in own}))
                    own_subject = next((o.subject for o in own if o.subject), None)
                value = render_value(c)
                yield Hit(
                    claims=tuple(sorted({x.id: x for x in [c, *own, *basis]}.values(), key=lambda x: (x.source, x.start))),
                    template="{part_source} gives {value} for {part}, which is {whole_source}'s total for {whole} ({basis})",
                    params={"part_source": c.source, "value": value, "part": part,
                            "whole_source": source, "whole": whole, "basis": parts_text},
                    explanation=(
                        f"{ctx.label(c.source)} reports {value} {voc.describe(part)}, but {ctx.label(source)} gives "
                        f"{own_text} for that part and {value} for all "
                        f"{voc.describe(whole)} ({parts_text}). {ctx.label(c.source)}'s figure is probably the total, "
                        f"mislabelled as {voc.describe(part)}."
                    ),
                    metric=part,
                    subject=c.subject or own_subject,
                )


@rule("FC105", "part-exceeds-whole", severity="error", category="contradiction", scope="corpus")
def part_exceeds_whole(claims: list[Claim], ctx: Context):
    """A figure for a part is larger than a figure for the whole it belongs to.

    Why it matters: civilians are among the people killed, so "7 civilians killed" in one source and
    "5 people killed" in another cannot both be true of one strike; one figure is wrong, or the two
    count different events. A part may be named by what it counts (civilians among people, by the
    vocabulary's hierarchy), by where (a province's toll within its country's: "Al Haouz alone has
    buried more than 3,000 of the victims" against a national toll of 2,960), or by what it belongs to
    ("Rs 28 crore of the amount disbursed" against "disbursed Rs 22.66 crore"; one train's passengers
    among both trains'). Such pairs are never rivals in one group, so FC101 cannot see them; a part
    named by where or by what it belongs to is checked within one source too.

    Example: 000 says "7 civilians were killed" in Kyiv, 001 says "5 people were killed" there.

    Not flagged: a whole at least as large as the part ("22 people", "15 civilians"), or short of it by no more
    than its tolerance ("$4.2 billion" for a deal put at "$4.18 billion" elsewhere); a part whose own
    source gives a whole it fits in (another source's smaller whole disagrees with that whole: FC101); a whole or part
    without a bound on that side ("at least 5 people"); figures of different places, events or
    occasions; a running total whose whole is the earlier count (an update, see FC201), as is a count of a
    role the lexicon calls running ("3,200 appointments had been postponed" two days into a strike), or a
    running total's part told on another day than its whole ("27 were out of contact" on Tuesday, "two are
    still missing" on Friday); an earlier value
    or an addition as the whole ("up from 789 cases the week before" holds no population; nor does "21,000
    people" in a place, which may be anyone there, unlike its residents or workers), one more thing of
    its kind ("a second boat carrying 120 people" is no part of the boat that sank), nor a count
    whose place is an adjective of its thing ("612,000 U.S. vehicles" are which ones, not all there); "some of them"
    told at a time apart from the whole's stated one ("fewer than 2,500 were left" by the mid-1990s, "today ...
    roughly 6,400 of them"); one thing told as the whole ("a single ticket bought in Ireland" against "2.3 million
    tickets were sold in Ireland"). Within one
    source, FC103 checks parts named by the hierarchy against their whole.

    Options: the hierarchy of metrics lives in vocabulary.yaml (`hierarchy`); places' containment comes
    from the gazetteer and names.yaml.
    """
    voc = ctx.vocabulary
    by_metric: dict[str, list[Claim]] = {}
    for c in claims:
        if c.kind == "quantity":
            by_metric.setdefault(c.metric, []).append(c)
    yield from _named_parts_exceed(by_metric, ctx)
    yield from _populations_exceeded(by_metric, ctx)
    for whole, parts in sorted(voc.wholes(by_metric).items()):
        wholes = _by_subject(c for c in by_metric.get(whole, ()) if _highest(c) is not None)
        if not wholes:
            continue
        for part in parts:
            for p in by_metric.get(part, ()):
                lowest = _lowest(p)
                if lowest is None or _held_by_its_own_whole(p, lowest, _candidates(wholes, p.subject)):
                    continue
                for w in _candidates(wholes, p.subject):
                    if (w.source == p.source or w.unit != p.unit or not _exceeds(lowest, w, ctx)
                            or not comparable(p, w, voc) or not one_occasion(p, w, ctx) or _earlier_total(w, p, voc)):
                        continue
                    yield Hit(
                        claims=(p, w),
                        template="{part_source} gives {part_value} for {part}, more than {whole_source}'s "
                                 "{whole_value} for {whole}",
                        params={"part_source": p.source, "part_value": render_value(p), "part": part,
                                "whole_source": w.source, "whole_value": render_value(w), "whole": whole},
                        explanation=(
                            f"{voc.describe(part)} are among {voc.describe(whole)}: {render_value(p)} ({ctx.label(p.source)}) "
                            f"cannot exceed {render_value(w)} ({ctx.label(w.source)}). One figure is wrong, or they count "
                            f"different events."
                        ),
                        metric=whole,
                        subject=p.subject or w.subject,
                    )


# The words of a quote, as vocabulary.adjectives keys them ("u.s" for "U.S.").
_WORDS = re.compile(r"[a-z]+(?:\.[a-z]+)*")
# Figures named only by their unit: what they are a part or a whole of is unknown.
_UNNAMED = frozenset(("money", "percent"))
# Scopes that say how a figure stands to another (an earlier value, an addition, a capacity), not whose it is:
# "up from 789 cases the week before" holds no population.
# A part ("11 of 67 cases") is no population of its own either: all of them there is the whole it is of.
_NO_HOLDER = frozenset((EARLIER, ADDED, CAPACITY, PART))


# Words of a figure's name that make it a level, not an amount: a town's average price may top its country's.
_LEVELS = frozenset("average median mean typical price wage salary rent rate per".split())


def _adds_up(c: Claim) -> bool:
    """Whether a figure's parts add up to it: a count or a sum of money, not an average, a price or a rate."""
    return (c.unit == "count" or is_money(c.unit)) and _LEVELS.isdisjoint(c.metric.replace("_", ".").split("."))


def _named_parts_exceed(by_metric: dict[str, list[Claim]], ctx: Context):
    """FC105's hits for parts named by where or by what they belong to, within a figure (one metric)."""
    voc = ctx.vocabulary
    by_id = {c.id: c for cs in by_metric.values() for c in cs}
    for metric in sorted(by_metric):
        if metric in _UNNAMED:
            continue  # a sum that says nothing of what it is ("about $120") is no whole of any line of a budget
        # Only what adds up has parts that cannot exceed their whole: counts and money, not a share of a
        # province against a share of its country, nor a city's temperature.
        # A figure too generic to compare ("121 seats" won by nobody named) is no part or whole of another.
        adding = [c for c in by_metric[metric] if _adds_up(c)]
        group = [c for c in adding if comparable_figure(c, voc)]
        # A part its text ties to its whole ("380 patients ..., 412 of them in the treatment arm") is checked
        # against it however generic the figure
        parts = [c for c in adding if _lowest(c) is not None and (c.scope or c.subject)
                 and (c.part_of in by_id or comparable_figure(c, voc))]
        # A part is no one's whole, nor is an earlier value, an addition or a capacity ("four more deaths")
        wholes = [c for c in group if _highest(c) is not None and c.scope not in _NO_HOLDER]
        for p in parts:
            lowest = _lowest(p)
            # A part its text ties to one whole ("Rs 28 crore of the amount disbursed") is that whole's alone.
            named = by_id.get(p.part_of) if p.part_of else None
            # "31 people have now tested positive. Thirty-four of them have been hospitalized": those of the whole
            # something else happened to are still some of it
            own_whole = named is not None and (named.metric == metric or _same_things(named, p))
            if not p.part_of and _held_by_its_own_whole(p, lowest, [w for w in wholes if w.subject == p.subject]):
                continue  # "Men accounted for 4,020 of the deaths" after its source's 5,912: that whole's part
            for w in ([named] if own_whole else [] if p.part_of else wholes):
                if w is p or w.unit != p.unit or not _exceeds(lowest, w, ctx) or not (
                        named is w or _is_part_of(p, w, voc)):
                    continue  # a sum in euros is no part of one in pounds, however the numbers compare
                if named is not w and not one_occasion(p, w, ctx) or _earlier_total(w, p, voc):
                    continue  # another occasion: "all 144 on board died" in the 1989 crash is no whole of today's;
                    # a part its text ties to its whole ("Thirty-four of them") is of the whole's occasion
                if named is not w and metric in voc.cumulative and times_apart(p, w):
                    continue  # a running total's part on Tuesday ("27 were out of contact") and its whole on Friday
                    # ("two are still missing"): counts of two days, the later one as likely lower
                if named is w and w.as_of_stated and p.as_of_stated and times_apart(p, w):
                    continue  # "by the mid-1990s, fewer than 2,500 were left. Today the continent has roughly 6,400
                    # of them": of the kind, told at another time, no part of that count
                what = (p.scope if p.scope and not w.scope else p.subject) or PART
                yield Hit(
                    claims=(p, w),
                    groups=((p,), (w,)),
                    template="{part_source} gives {part_value} for {part} of {figure}, more than {whole_source}'s "
                             "{whole_value} for all of it",
                    params={"part_source": p.source, "part_value": render_value(p), "part": what, "figure": w.metric,
                            "whole_source": w.source, "whole_value": render_value(w)},
                    explanation=(
                        f"{render_value(p)} ({ctx.label(p.source)}) counts {voc.describe(metric)} for {what} alone, yet it is "
                        f"more than {render_value(w)} ({ctx.label(w.source)}) for the whole. One figure is wrong, or they "
                        f"count different events."
                    ),
                    metric=metric,
                    subject=p.subject or w.subject,
                )


def _same_things(whole: Claim, part: Claim) -> bool:
    """Whether a part and the whole its text ties it to count the same things ("people.hospitalized" among
    "people.infected"), in one unit, both adding up."""
    return whole.unit == part.unit and whole.metric.partition(".")[0] == part.metric.partition(".")[0] \
        and _adds_up(whole) and whole.scope != PART


def _populations_exceeded(by_metric: dict[str, list[Claim]], ctx: Context):
    """FC105's hits for things something happened to, more than all of them a place is said to hold: "8,700
    workers at the plant" ordered to walk out, where "about 7,800 members" work. A count that says nothing
    happened to what it counts, tied to a place or what it belongs to, is all of them there."""
    wholes: dict[tuple, list[Claim]] = {}
    for metric, cs in by_metric.items():
        if "." in metric:
            continue
        for c in cs:
            # One thing told ("A single ticket bought in Ireland scooped the jackpot") is no population of its kind
            if c.unit == "count" and (c.subject or c.scope) and not c.hypothetical and _highest(c) is not None \
                    and _highest(c) > 1 and c.scope not in _NO_HOLDER and not _kind_of_its_place(c, ctx.vocabulary) \
                    and not _anyone(c):
                wholes.setdefault((_population_of(metric, ctx.vocabulary), c.subject, c.scope), []).append(c)
    if not wholes:
        return
    for metric in sorted(by_metric):
        thing = metric.split(".", 1)[0]
        if "." not in metric:
            continue
        whole_thing = _population_of(thing, ctx.vocabulary)
        for p in by_metric[metric]:
            lowest = _lowest(p)
            if lowest is None or p.unit != "count" or p.hypothetical:
                continue
            for w in wholes.get((whole_thing, p.subject, p.scope), ()):
                if not _exceeds(lowest, w, ctx) or w.source == p.source and w.start < p.end and p.start < w.end:
                    continue
                if apart_by_years(p, w) or w.as_of_stated and times_apart(p, w):
                    continue  # the dead of a 2012 fire are no part of those in hospital today; nor this year's
                    # cases of "610 cases ... in all of last year"
                where = p.scope or p.subject
                yield Hit(
                    claims=(p, w),
                    groups=((p,), (w,)),
                    template="{part_source} gives {part_value} for {figure} in {where}, more than {whole_source}'s "
                             "{whole_value} {thing} there in all",
                    params={"part_source": p.source, "part_value": render_value(p), "figure": metric, "where": where,
                            "whole_source": w.source, "whole_value": render_value(w), "thing": w.metric},
                    explanation=(
                        f"{render_value(p)} ({ctx.label(p.source)}) counts {ctx.vocabulary.describe(metric)} in {where}, yet "
                        f"{ctx.label(w.source)} puts all the {w.metric} there at {render_value(w)}. One figure is "
                        f"wrong, or they count different groups."
                    ),
                    metric=metric,
                    subject=p.subject or w.subject,
                )


def _population_of(thing: str, voc) -> str:
    """The population a thing belongs to: people for a thing named by a noun of people ("about 7,800 UAW members"
    are all the people there that a count of people on strike may be of), else the thing itself."""
    return "people" if voc.counts_people(thing) else thing


def _anyone(c: Claim) -> bool:
    """Whether a count is of people told by no group ("21,000 people had gone to shelters in Iwate", "including
    13,400 who have been waiting"): some people there, never all of them, unlike its residents, workers or
    members."""
    words = _WORDS.findall(c.quote.lower())
    return c.metric == "people" or bool(words) and words[-1] in ("people", "persons")


def _kind_of_its_place(c: Claim, voc) -> bool:
    """Whether a count names its place by an adjective of it, as a kind of what it counts ("612,000 U.S. vehicles",
    "3,000 American troops"): which ones, not all there are."""
    adjectives = getattr(voc, "adjectives", None)
    if not adjectives or not c.subject:
        return False
    return any(adjectives.get(word) == c.subject for word in _WORDS.findall(c.quote.lower()))


def _is_part_of(part: Claim, whole: Claim, voc) -> bool:
    """Whether `part` counts a part of what `whole` counts, all else the same: a scope the whole lacks ("1,257
    on the Coromandel Express" among the passengers), or a place within the whole's when both name one (a
    figure placed nowhere may have been read without its place, so it is no whole for a city's)."""
    if relation(part, whole, voc) != "part":
        return False
    if part.scope and not whole.scope:
        return part.subject == whole.subject or not whole.subject
    whole_place = whole.subject or whole.area
    return part.scope == whole.scope and bool(part.subject and whole_place) and voc.is_within(part.subject,
                                                                                              whole_place)


def _lowest(c: Claim) -> float | None:
    """The least a figure can be: its value, or its lower bound (None when it has none)."""
    if c.low is not None:
        return c.low if c.low_inclusive else c.low + 1e-9
    return c.value if c.qualifier == "exact" else None


def _exceeds(lowest: float, whole: Claim, ctx: Context) -> bool:
    """Whether a part's least value is more than its whole's most, past the whole's tolerance: "$4.2 billion"
    for a deal another source puts at "$4.18 billion" is that sum rounded."""
    highest = _highest(whole)
    return highest is not None and lowest > highest + ctx.tolerances.margin(whole, highest)


def _highest(c: Claim) -> float | None:
    """The most a figure can be: its value, or its upper bound (None when it has none)."""
    if c.high is not None:
        return c.high
    return c.value if c.qualifier == "exact" else None


def _by_subject(claims) -> dict[str | None, list[Claim]]:
    out: dict[str | None, list[Claim]] = {}
    for c in claims:
        out.setdefault(c.subject or None, []).append(c)
    return out


def _candidates(wholes: dict[str | None, list[Claim]], subject: str | None) -> list[Claim]:
    """The wholes a part of this subject may be compared with: of its subject or of none. A part of no place is
    the story's: it may well exceed a whole told of one place within it ("men accounted for 4,020 of the deaths"
    nationwide, "571 deaths" in the North East)."""
    if not subject:
        return list(wholes.get(None, ()))
    return [*wholes.get(subject, ()), *wholes.get(None, ())]


def _held_by_its_own_whole(part: Claim, lowest: float, wholes) -> bool:
    """Whether the part's own source gives, among the wholes it may be compared with, one it fits in ("5,912
    deaths", then "men accounted for 4,020 of the deaths"): another source's smaller whole then disagrees with
    that whole, which FC101 judges, not with the part."""
    return any(w.source == part.source and w is not part and (_highest(w) or 0) >= lowest for w in wholes)


def _earlier_total(whole: Claim, part: Claim, voc) -> bool:
    """Whether the whole is a running total that may have been counted before the part: told before it, or
    before the end of the span the part is told for ("the nine killed on Everest this week" against Wednesday's
    seven), or over a span that starts before the part ("nine deaths so far this year"): it may have grown since.
    A count of a role the lexicon calls running ("3,200 appointments had been postponed" in the first two days
    of a strike) grows so too."""
    lexicon = getattr(voc, "lexicon", None)
    running = lexicon is not None and "." in whole.metric and lexicon.running_role(whole.metric.rsplit(".", 1)[-1])
    if whole.metric not in voc.cumulative and not running:
        return False
    whole_start, part_end = (whole.as_of or "").split("/")[0], (part.as_of or "").split("/")[-1]
    return (whole_start, not whole.provisional) < (part_end, not part.provisional)


@rule("FC103", "parts-do-not-sum", severity="warning", category="internal-inconsistency", scope="source")
def parts_do_not_sum(claims: list[Claim], ctx: Context):
    """A source gives a whole and its parts, and the parts do not add up to the whole.

    Why it matters: a total that disagrees with its own breakdown in one article means one of the
    numbers was mistyped or one part is missing.

    Example: "70 missiles: 28 cruise missiles and 43 ballistic missiles" (28 + 43 = 71); "cost $5.5 billion
    so far ... The latest total includes a $2.6 billion hit to the automakers, more than $1.2 billion for
    dealers and customers, a $1.6 billion hit to suppliers and nearly $580 million in lost wages" (at least
    $5.92 billion).

    Not flagged: a whole without all of its parts in the vocabulary's hierarchy; parts with bounds or vague
    values there; a breakdown whose parts add up to less than its total (it may list the largest only); parts
    of one whole told in sentences of their own ("Two of the wounded died overnight. Four of the 12 wounded
    remain in critical condition"), which may overlap.

    Options: the hierarchy of metrics lives in vocabulary.yaml (`hierarchy`).
    """
    voc = ctx.vocabulary
    yield from _listed_parts_exceed(claims, ctx)
    metrics: dict[str, list[Claim]] = {}
    for c in claims:
        if c.kind == "quantity" and _exact(c) is not None:
            metrics.setdefault(c.metric, []).append(c)
    for whole, parts in sorted(voc.hierarchy.items()):
        if whole not in metrics or not all(p in metrics for p in parts):
            continue
        used = [metrics[p][0] for p in parts]
        total = sum(c.value for c in used)
        for w in metrics[whole]:
            if w.value != total and comparable_subjects(w, used):
                yield Hit(
                    claims=(w, *used),
                    template="{whole} given as {value} but its parts add up to {total}",
                    params={"whole": whole, "value": render_value(w), "total": total},
                    explanation=(
                        f"The source gives {render_value(w)} {ctx.vocabulary.describe(whole)}, but its parts "
                        f"({' + '.join(render_value(u) for u in used)}) add up to {total:g}."
                    ),
                    metric=whole,
                    subject=w.subject,
                )


def _listed_parts_exceed(claims: list[Claim], ctx: Context):
    """FC103's hits for a total its text breaks down in one sentence ("the latest total includes a $2.6 billion
    hit to the automakers, more than $1.2 billion for dealers, ..."): the least the parts can add up to is more
    than the most the total can be."""
    by_id = {c.id: c for c in claims}
    listed: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        if c.part_of in by_id and c.unit == by_id[c.part_of].unit:
            # Parts told in sentences of their own may overlap ("Two of the wounded died. Four of the 12 wounded
            # remain in critical condition"): only those one sentence lists add up (-1: no sentence known)
            sentence = ctx.sentences.get(c.source, {}).get(c.start, -1)
            listed.setdefault((c.part_of, sentence), []).append(c)
    absolute, relative = 0.0, ctx.tolerances.relative
    for whole_id, sentence in sorted(listed):
        whole, parts = by_id[whole_id], sorted(listed[whole_id, sentence], key=lambda c: c.start)
        least = [_lowest(p) for p in parts]
        most = _highest(whole)
        if len(parts) < 2 or most is None or any(x is None for x in least):
            continue
        total = sum(least)
        if total <= most + max(absolute, relative * most):
            continue
        shown = " + ".join(render_value(p) for p in parts)
        # "put the final toll at 227 people. Of the 227 dead, 126 were women ...": the total as told just before
        # its breakdown is that total too
        told = tuple(c for c in claims if c.source == whole.source and c.id != whole.id and c.part_of is None
                     and 0 < whole.start - c.end <= _RESTATED_REACH and c.metric == whole.metric
                     and (c.low, c.high, c.subject, c.scope) == (whole.low, whole.high, whole.subject, whole.scope))
        yield Hit(
            claims=(whole, *told, *parts),
            groups=((whole, *told), tuple(parts)),
            template="{whole} given as {value} but the parts it lists add up to at least {total}",
            params={"whole": whole.metric, "value": render_value(whole), "total": render_value(
                whole.model_copy(update={"value": total, "low": total, "high": total, "qualifier": "exact"}))},
            explanation=(
                f"The source gives {render_value(whole)} and lists its parts as {shown}: even their lowest values add "
                f"up to more than the total."
            ),
            metric=whole.metric,
            subject=whole.subject,
        )


# How far before a breakdown's total the same total may be told and belong to the finding.
_RESTATED_REACH = 200


def comparable_subjects(whole: Claim, parts: list[Claim]) -> bool:
    return all(not (whole.subject and p.subject and p.subject != whole.subject) for p in parts)
