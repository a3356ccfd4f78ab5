"""The rule pass: every selected rule over its groups, sources and weeks, made into findings."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import math
from dataclasses import replace
from typing import NamedTuple

from checker.judge.agreement import agreement_groups
from checker.judge.context import Context
from checker.judge.grouping import claim_order, groups_of, news_weeks
from checker.judge.relations import dates_by_day, event_days, story_days
from checker.judge.rules import all_rules, select
from checker.model import SEVERITY_RANK, Claim, Finding
from checker.options import Options
from checker.spelling import render_value

__all__ = ["judge", "Judgement", "apply_rules", "fingerprint", "MAX_UNBLOCKED"]


class Judgement(NamedTuple):
    """What the rule pass made: the findings, sorted, and what the reader must be told about the pass."""

    findings: list[Finding]
    notices: list[str]


def apply_rules(claims: list[Claim], ctx: Context, options: Options) -> list[Finding]:
    """The findings of the selected rules over the claims, sorted (judge(), without its notices)."""
    return judge(claims, ctx, options).findings


def judge(claims: list[Claim], ctx: Context, options: Options) -> Judgement:
    """Run the selected rules over groups, sources and the corpus; return findings, sorted, and notices.

    One news week at a time (see news_weeks): every group, every source and every corpus pass lies
    inside one week and its guests (see _guests), so a week's rule hits and groups are made into
    findings and dropped before the next week's are made. Over 100,000 articles, holding every
    week's at once cost hundreds of MB.
    """
    # The rules make millions of small tuples, lists and records beside a heap of long-lived claims and
    # texts, and the collections those allocations set off rescan that heap: a fifth of the rules' time
    # over 10,000 articles, more over 100,000. The pass makes no reference cycles, so collection waits.
    enabled = gc.isenabled()
    gc.disable()
    # The days these claims date their events to, for this pass only: the context may serve other claims.
    if ctx.anchors is None:
        anchors = event_days(claims)
        ctx = replace(ctx, anchors={**anchors, **story_days(anchors, ctx)})
    ctx = replace(ctx, days=dates_by_day(claims) if ctx.days is None else ctx.days)
    try:
        return _judge(claims, ctx, options)
    finally:
        if enabled:
            gc.enable()


def _judge(claims: list[Claim], ctx: Context, options: Options) -> Judgement:
    # Workflow rules judge suppressions and the baseline: accept() runs them, after this pass.
    rules = [r for r in select(all_rules(), options.select, options.ignore) if r.scope != "workflow"]
    # A story's reports span weeks, and its dates, distances and contract terms are compared across them; only
    # a corpus too large to compare whole is judged one news week at a time.
    weeks = news_weeks(ctx) if len(claims) > MAX_UNBLOCKED else {}
    by_period: dict[str, list[Claim]] = {}
    for c in claims:
        by_period.setdefault(weeks.get(c.source, ""), []).append(c)
    findings: list[Finding] = []
    notices: list[str] = []
    # Positions in `findings` of the last week's single-source findings, and those withdrawn since: a
    # figure only one source gave in its week may be met by a source of the next week's first days.
    alone: list[int] = []
    withdrawn: set[int] = set()
    for period in sorted(by_period):
        made: set[tuple] = set()
        guests = _guests(period, by_period, ctx)
        visiting = frozenset(c.id for c in guests)
        met: set[str] = set()
        first = len(findings)
        for r, hit in _drop_superseded(_week_hits(rules, by_period[period], guests, period, ctx, notices)):
            if visiting and all(c.id in visiting for c in hit.claims):
                continue  # the guests' own week made this finding
            if visiting and r.category != "single-source":
                met.update(c.id for c in hit.claims if c.id in visiting)
            ordered = sorted(hit.claims, key=claim_order)
            ids = tuple(c.id for c in ordered)
            identity = fingerprint(r.code, hit.metric, hit.subject, ordered)
            # Equal findings (code, fingerprint, claims) are made once, the first kept: a Finding is costly.
            # Within a week, hits come rule by rule as they did over the whole corpus, and equal findings
            # (same claims) always share a week: one week's set suffices, and the first-kept order and the
            # stable sort below are unchanged.
            if (r.code, identity, ids) in made:
                continue
            made.add((r.code, identity, ids))
            findings.append(_finding(r, hit, ordered, ids, identity, ctx, options))
        if met:
            withdrawn.update(i for i in alone if not met.isdisjoint(findings[i].claims))
        alone = [i for i in range(first, len(findings)) if findings[i].category == "single-source"]
    if withdrawn:
        findings = [f for i, f in enumerate(findings) if i not in withdrawn]
    findings.sort(key=lambda f: (-SEVERITY_RANK[f.severity], f.code, f.metric or "", f.claims))
    return Judgement(findings, notices)


# The most claims judged together whatever their sources' weeks: beyond it, pairs are bounded by news week.
MAX_UNBLOCKED = 5_000


# A week's guests come from at most this many days before its Monday: the rest of the week before
# lies further from every one of the week's own days than any days_apart a week-long block can honour.
MAX_REACH = 6


def _guests(period: str, by_period: dict[str, list[Claim]], ctx: Context) -> list[Claim]:
    """The claims of sources published in the last days_apart days before the week's Monday.

    Blocks are calendar weeks, but two reports of one overnight strike may be published on a Sunday
    and a Monday: a figure whose time is unstated is compared with any published within days_apart
    days of it, so those sources visit the next week and are compared with its own.
    """
    reach = min(MAX_REACH, math.floor(ctx.tolerances.days_apart))
    if not period or reach < 1:
        return []
    monday = dt.date.fromisoformat(period)
    before = by_period.get((monday - dt.timedelta(days=7)).isoformat())
    if not before:
        return []
    first = monday - dt.timedelta(days=reach)
    published = {}
    out = []
    for c in before:
        day = published.get(c.source)
        if day is None:
            day = published[c.source] = ctx.published(c.source)
        if day >= first:
            out.append(c)
    return out


def _week_hits(rules, claims: list[Claim], guests: list[Claim], period: str, ctx: Context,
               notices: list[str]) -> list[tuple[object, object]]:
    """Every rule's hits on one week's claims and its guests: its groups, its sources, then the week as a
    whole. The guests' own sources were judged in their week: they are not judged again."""
    everything = claims + guests if guests else claims
    groups = groups_of(everything, {}, ctx, period, frozenset(c.id for c in guests), notices)
    by_source: dict[str, list[Claim]] = {}
    for c in claims:
        by_source.setdefault(c.source, []).append(c)
    found: list[tuple[object, object]] = []
    for r in rules:
        if r.scope == "group":
            for g in groups:
                found.extend((r, hit) for hit in r.func(g, ctx))
        elif r.scope == "source":
            for sid in sorted(by_source):
                found.extend((r, hit) for hit in r.func(by_source[sid], ctx))
        else:
            found.extend((r, hit) for hit in r.func(everything, ctx))
    return found


def _drop_superseded(found):
    """The hits no other rule's hit replaces: a hit of a code another rule supersedes is dropped when one
    of that rule's hits shares two of its claims and gives every value it gives. A conflict with one more
    value than the explained pair stays ("14 (a) is b's total" does not explain c's 15)."""
    covered: dict[str, list[tuple[set[str], set[str]]]] = {}
    for r, hit in found:
        for code in r.supersedes:
            covered.setdefault(code, []).append(({c.id for c in hit.claims}, {render_value(c) for c in hit.claims}))
    # Per code, claim id -> the covering sets holding it: a hit is checked only against sets it touches.
    index: dict[str, dict[str, list[int]]] = {}
    for code, sets in covered.items():
        by_id = index.setdefault(code, {})
        for n, (ids, _) in enumerate(sets):
            for cid in ids:
                by_id.setdefault(cid, []).append(n)
    kept = []
    for r, hit in found:
        ids = {c.id for c in hit.claims}
        by_id = index.get(r.code)
        if by_id:
            near = {n for cid in ids for n in by_id.get(cid, ())}
            if near:
                values = {render_value(c) for c in hit.claims}
                if any(len(ids & covered[r.code][n][0]) >= 2 and values <= covered[r.code][n][1] for n in near):
                    continue
        kept.append((r, hit))
    return kept


def _finding(r, hit, claims: list[Claim], ids: tuple[str, ...], identity: str, ctx: Context,
             options: Options) -> Finding:
    """The Finding of a rule's hit on `claims` (the hit's claims in claim order, `ids` theirs), whose
    fingerprint is `identity`."""
    path, line, column = _location(hit.at or claims[0], ctx)
    severity = options.severities.get(r.code, r.severity)
    params = {k: v for k, v in sorted(hit.params.items())}
    order = {c.id: n for n, c in enumerate(claims)}
    groups = hit.groups or agreement_groups(claims, ctx.tolerances)
    group_ids = sorted((tuple(sorted((c.id for c in g), key=order.__getitem__)) for g in groups),
                       key=lambda g: (-len(g), order[g[0]]))
    return Finding(
        code=r.code,
        rule=r.name,
        severity=severity,
        category=r.category,
        message=hit.template.format(**_labelled(params, ctx)),
        template=hit.template,
        params=params,
        metric=hit.metric,
        subject=hit.subject,
        claims=ids,
        groups=tuple(group_ids),
        sources=tuple(sorted({c.source for c in claims})),
        explanation=hit.explanation,
        fingerprint=identity,
        path=path,
        line=line,
        column=column,
    )


def _labelled(params: dict, ctx: Context) -> dict:
    """A finding's parameters as its message shows them: sources by their outlets (Source.label), not their ids.
    The parameters themselves keep the ids: they are the finding's data."""
    out = {}
    for key, value in params.items():
        if isinstance(value, str) and (key.endswith("source") or key.startswith("source_")):
            value = ctx.label(value)
        elif isinstance(value, str) and key.endswith("sources"):
            value = ", ".join(ctx.label(v) for v in value.split(", "))
        out[key] = value
    return out


def _location(c: Claim, ctx: Context) -> tuple[str | None, int | None, int | None]:
    if c.file:
        return c.file, c.line, c.column
    source = ctx.sources.get(c.source)
    lines = ctx.lines.get(c.source)
    if source is None or lines is None:
        return None, None, None
    if source.original:
        # Offsets index the text extracted from an HTML page, not the page: name the page only.
        return source.original, None, None
    line, col = lines.line_col(c.start)
    return source.path, line, col


# json.dumps(..., ensure_ascii=False) makes this encoder anew at every call; a run fingerprints every finding.
_FINGERPRINT_JSON = json.JSONEncoder(ensure_ascii=False)


def fingerprint(code: str, metric: str | None, subject: str | None, claims: list[Claim]) -> str:
    """A finding's identity for baselines: code, figure, subject, sources and values, never positions."""
    values = sorted({(c.source, render_value(c)) for c in claims})
    payload = _FINGERPRINT_JSON.encode([code, metric or "", subject or "", values])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:20]
