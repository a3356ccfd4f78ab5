"""The run: load sources and claim files, extract, group, apply rules, then selection and suppressions."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from checker.bulletins import find_bulletins, notice as bulletin_notice, redate
from checker.compare import Context, Group, Tolerances, agreement_groups, dates_by_day, event_days, render_value
from checker.model import SEVERITY_RANK, Claim, Extraction, Finding, Report, Source
from checker.textio import LineIndex

__all__ = ["Options", "Acceptance", "run", "execute", "execute_keyed", "split_paths", "group_claims", "apply_rules", "accept", "fingerprint",
           "read_all", "judging_context", "DEFAULT_PATHS"]

DEFAULT_PATHS = ("seeds", "claims")
CLAIM_SUFFIXES = (".yaml", ".yml")
METADATA_FILE = "sources.yaml"
# Metrics too generic to compare across sources: a date or share whose subject matter is unknown, and a
# headcount that says nothing happened to the people it counts ("43,000 employees", "146,000 members").
_UNGROUPED = frozenset({"date", "duration", "percent", "people", "money"})


@dataclass(frozen=True)
class Options:
    """What the engine applies after the rules: selection, severity overrides, tolerances, suppressions."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severities: dict[str, str] = field(default_factory=dict)
    tolerances: Tolerances = field(default_factory=Tolerances)
    vocabulary: Path | None = None
    names: Path | None = None
    # How hedged and vague numbers become intervals (extract.numbers.NumberPolicy); None is the default.
    number_policy: object | None = None
    # Findings accepted earlier: a baseline file's path, or a loaded checker.baseline.Baseline.
    baseline: object | None = None
    # Worker processes for extraction (1: in this process), or "dask" with a scheduler address.
    jobs: int = 1
    engine: str = "local"
    scheduler: str | None = None
    # Extracted claims kept per source between runs; None means $CHECKER_CACHE_DIR or .checker-cache.
    cache: bool = False
    cache_dir: Path | None = None


def split_paths(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Path]]:
    """Source paths and claim-file paths: YAML files (other than sources.yaml) are claim files."""
    sources, claim_files = [], []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yaml_files = sorted(p for p in path.iterdir() if p.suffix in CLAIM_SUFFIXES and p.name != METADATA_FILE
                                and not p.name.startswith("."))
            texts = [p for p in path.iterdir() if p.suffix not in CLAIM_SUFFIXES and not p.name.startswith(".")]
            if yaml_files and not texts:
                claim_files.extend(yaml_files)
            else:
                sources.append(path)
        elif path.suffix in CLAIM_SUFFIXES and path.name != METADATA_FILE:
            claim_files.append(path)
        else:
            sources.append(path)
    return sources, claim_files


def _group_key(c: Claim, counted: frozenset[str] = frozenset()) -> tuple[str, ...] | None:
    """The group a claim is compared in; None for figures too generic to compare (see _UNGROUPED), and for a
    count of things nothing is said to have happened to ("two passenger trains", "about 100,000 vehicles")
    unless the vocabulary counts them as they are (missiles, drones)."""
    if c.metric in _UNGROUPED and not (c.metric == "money" and c.scope and c.scope != "part"):
        return None  # a sum is compared once the text says what it is for ("$410 million for schools")
    if c.kind == "quantity" and c.unit == "count" and "." not in c.metric and c.metric not in counted:
        return None
    if c.kind == "date":
        # All dates of one event meet in one group; roles (start, end, date) are compared inside.
        return ("date", c.event or c.metric.split(".", 1)[0])
    return (c.kind, c.metric, c.unit or "")


def _weeks(ctx: Context | None) -> dict[str, str]:
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
    # containers and parts (compare.relation), so it is blocked by it.
    subjects = {c.subject or c.area for c in claims if c.subject or c.area}
    if len(subjects) < 2 or any(c.unit == "percent" for c in claims):
        return [claims]
    within = getattr(vocabulary, "is_within", None)
    names = sorted(subjects)
    parent = {s: s for s in names}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if within is None or within(a, b) or within(b, a):
                join(a, b)
    unplaced: dict[str, str] = {}  # a subjectless claim's id -> a place of its block
    for c in claims:
        if c.subject or c.area:
            continue
        named = sorted(subjects & places.get(c.source)) if places is not None else []
        if not named:
            return [claims]  # about any place: every place may meet it
        for other in named[1:]:
            join(named[0], other)
        unplaced[c.id] = named[0]
    blocks: dict[str, list[Claim]] = {}
    for c in claims:
        blocks.setdefault(find(c.subject or c.area or unplaced[c.id]), []).append(c)
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
    return _groups(claims, _weeks(ctx), ctx)


def _groups(claims: Iterable[Claim], weeks: dict[str, str], ctx: Context | None, period: str | None = None,
            guests: frozenset[str] = frozenset()) -> list[Group]:
    """Groups keyed by each claim's week, or all by `period` (one week's claims and its guests)."""
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
        for block in _subject_blocks(sorted(cs, key=_claim_order), vocabulary, places):
            if guests and key[1] in cumulative:
                # A running total is compared across any days of its week, not by occasion: from the
                # week before, it would meet the next strike's toll, not an update of its own.
                block = [c for c in block if c.id not in guests]
            if not block or (guests and all(c.id in guests for c in block)):
                continue  # the week before judged these among themselves
            bounded = _bounded(block)
            if len(bounded) < len(block) and ctx is not None:
                ctx.notices.append(
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


def _claim_order(c: Claim):
    return (c.source, c.start, c.end, c.id)


# json.dumps(..., ensure_ascii=False) makes this encoder anew at every call; a run fingerprints every finding.
_FINGERPRINT_JSON = json.JSONEncoder(ensure_ascii=False)


def fingerprint(code: str, metric: str | None, subject: str | None, claims: list[Claim]) -> str:
    """A finding's identity for baselines: code, figure, subject, sources and values, never positions."""
    values = sorted({(c.source, render_value(c)) for c in claims})
    payload = _FINGERPRINT_JSON.encode([code, metric or "", subject or "", values])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:20]


def apply_rules(claims: list[Claim], ctx: Context, options: Options) -> list[Finding]:
    """Run the selected rules over groups, sources and the corpus; return findings, sorted.

    One news week at a time (see _weeks): every group, every source and every corpus pass lies
    inside one week and its guests (see _guests), so a week's rule hits and groups are made into
    findings and dropped before the next week's are made. Over 100,000 articles, holding every
    week's at once cost hundreds of MB.
    """
    # The rules make millions of small tuples, lists and records beside a heap of long-lived claims and
    # texts, and the collections those allocations set off rescan that heap: a fifth of the rules' time
    # over 10,000 articles, more over 100,000. The pass makes no reference cycles, so collection waits.
    enabled = gc.isenabled()
    gc.disable()
    given = ctx.anchors, ctx.days
    # For this pass only: the context may serve other claims later.
    if given[0] is None:
        ctx.anchors = event_days(claims)
    if given[1] is None:
        ctx.days = dates_by_day(claims)
    try:
        return _apply_rules(claims, ctx, options)
    finally:
        ctx.anchors, ctx.days = given
        if enabled:
            gc.enable()


def _apply_rules(claims: list[Claim], ctx: Context, options: Options) -> list[Finding]:
    from checker.rules import all_rules, select

    # Workflow rules judge suppressions and the baseline: accept() runs them, after this pass.
    rules = [r for r in select(all_rules(), options.select, options.ignore) if r.scope != "workflow"]
    # A story's reports span weeks, and its dates, distances and contract terms are compared across them; only
    # a corpus too large to compare whole is judged one news week at a time.
    weeks = _weeks(ctx) if len(claims) > MAX_UNBLOCKED else {}
    by_period: dict[str, list[Claim]] = {}
    for c in claims:
        by_period.setdefault(weeks.get(c.source, ""), []).append(c)
    findings: list[Finding] = []
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
        for r, hit in _drop_superseded(_week_hits(rules, by_period[period], guests, period, ctx)):
            if visiting and all(c.id in visiting for c in hit.claims):
                continue  # the guests' own week made this finding
            if visiting and r.category != "single-source":
                met.update(c.id for c in hit.claims if c.id in visiting)
            ordered = sorted(hit.claims, key=_claim_order)
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
    return findings


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


def _week_hits(rules, claims: list[Claim], guests: list[Claim], period: str,
               ctx: Context) -> list[tuple[object, object]]:
    """Every rule's hits on one week's claims and its guests: its groups, its sources, then the week as a
    whole. The guests' own sources were judged in their week: they are not judged again."""
    everything = claims + guests if guests else claims
    groups = _groups(everything, {}, ctx, period, frozenset(c.id for c in guests))
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


def _dated(c: Claim, sources: dict[str, Source]) -> Claim:
    """A curated claim with no stated time holds as of its source's publication, like an extracted one."""
    source = sources.get(c.source)
    if c.as_of is not None or source is None or source.published_date is None:
        return c
    return c.model_copy(update={"as_of": source.published_date.isoformat()})


def _merge(extracted: list[Claim], curated: list[Claim], not_claims: list[tuple[str, int, int]]) -> list[Claim]:
    """Curated claims replace extracted ones on the same span; not-claims remove extracted spans."""
    def hit(c: Claim, spans) -> bool:
        return any(c.source == s and c.start < e and b < c.end for s, b, e in spans)

    curated_spans = [(c.source, c.start, c.end) for c in curated]
    kept = [c for c in extracted if not hit(c, curated_spans) and not hit(c, not_claims)]
    return sorted([*kept, *curated], key=_claim_order)


def _paths(options: Options) -> tuple[Path, Path]:
    from checker.vocabulary import DEFAULT_NAMES, DEFAULT_VOCABULARY

    return Path(options.vocabulary or DEFAULT_VOCABULARY), Path(options.names or DEFAULT_NAMES)


def _cache_keys(loaded, options: Options) -> tuple[str, list[str]]:
    """The extraction settings digest and each source's claim-cache key."""
    from checker.cache import settings_digest, source_key

    settings = settings_digest(*_paths(options), options.number_policy)
    return settings, [source_key(ls.source, ls.text, settings) for ls in loaded]


def read_all(loaded, vocabulary, options: Options, keys: list[str] | None = None) -> list[Extraction]:
    """Every source's extraction, in source order: from the cache where the source is unchanged, else read
    here, by worker processes (options.jobs) or on a Dask cluster (options.engine). `keys` are the
    sources' cache keys when the caller has them already."""
    vocabulary_path, names_path = _paths(options)
    items = [(ls.source, ls.text) for ls in loaded]
    found: list[Extraction | None] = [None] * len(items)
    cache = None
    if options.cache:
        from checker.cache import ExtractionCache, default_cache_dir

        cache = ExtractionCache(options.cache_dir or default_cache_dir())
        keys = keys if keys is not None else _cache_keys(loaded, options)[1]
        found = [cache.get(k) for k in keys]
    todo = [i for i, reading in enumerate(found) if reading is None]
    from checker.progress import current

    progress = current()
    if progress is not None:
        progress.stage("extracting figures", total=len(items))
        progress.advance(len(items) - len(todo))
    for i, reading in zip(todo, _extract(
            [items[i] for i in todo], vocabulary, vocabulary_path, names_path, options)):
        found[i] = reading
        if cache is not None:
            cache.put(keys[i], reading)
        if progress is not None:
            progress.advance()
    if progress is not None:
        progress.stage("checking")
    return found


def _extract(items, vocabulary, vocabulary_path: Path, names_path: Path, options: Options) -> Iterator[Extraction]:
    """The extraction of each item, in item order, by the engine the options name, made as the workers deliver them."""
    if options.engine == "dask":
        from checker.cache import load_extraction
        from checker.parallel import extract_dask

        return (load_extraction(d) for d in extract_dask(items, options.scheduler or "", vocabulary_path, names_path,
                                                     options.number_policy))
    if options.jobs > 1 and len(items) > 1:
        from checker.cache import load_extraction
        from checker.parallel import extract_parallel

        return (load_extraction(d) for d in extract_parallel(items, options.jobs, vocabulary_path, names_path,
                                                         options.number_policy))
    from checker.extract.dates import expect_text
    from checker.extract.pipeline import read_source

    expect_text(sum(len(text) for _, text in items))
    return (read_source(source, text, vocabulary, options.number_policy) for source, text in items)


@dataclass(frozen=True)
class Acceptance:
    """The findings left after suppressions and the baseline, with counts and notices saying what was accepted."""

    findings: list[Finding]
    stats: dict[str, int]
    notices: tuple[str, ...]


def accept(findings: list[Finding], claim_files, options: Options) -> Acceptance:
    """Suppressions from claim files and the baseline, applied once, here, for every rule.

    Suppressed and baselined findings leave the report; Report.stats counts them ("suppressed",
    "baselined") and a notice per suppression gives its place, count and reason. Suppressions that
    matched nothing become FC901 findings, baseline entries that matched nothing FC902 findings,
    each only for rules selected in this run.
    """
    from checker.baseline import Baseline, apply_baseline, load_baseline
    from checker.rules import all_rules, select
    from checker.suppressions import apply_suppressions

    selected = select(all_rules(), options.select, options.ignore)
    active = {r.code for r in selected}
    workflow = {r.code: r for r in selected if r.scope == "workflow"}
    outcome = apply_suppressions(findings, claim_files, active)
    kept = outcome.kept
    notices = []
    for s, count in outcome.uses.items():
        if count:
            what = f"{s.code}{f' ({s.metric})' if s.metric else ''}"
            notices.append(f"{s.file}:{s.line}:{s.column}: {what} accepted for {count} finding"
                           f"{'s' if count > 1 else ''}: {s.reason}")
    hits = [(workflow["FC901"], hit) for hit in workflow["FC901"].func(outcome.unused)] if "FC901" in workflow else []
    baselined = 0
    if options.baseline is not None:
        baseline = options.baseline if isinstance(options.baseline, Baseline) else load_baseline(options.baseline)
        accepted = apply_baseline(kept, baseline, active)
        kept, baselined = accepted.kept, len(accepted.baselined)
        if baselined:
            notices.append(f"{baselined} known finding{'s' if baselined > 1 else ''} accepted by the baseline "
                           f"{baseline.path}")
        if "FC902" in workflow:
            hits += [(workflow["FC902"], hit) for hit in workflow["FC902"].func(accepted.stale)]
    kept = kept + [_workflow_finding(r, hit, options) for r, hit in hits]
    kept.sort(key=lambda f: (-SEVERITY_RANK[f.severity], f.code, f.metric or "", f.claims, f.path or "", f.line or 0))
    stats = {"suppressed": len(outcome.suppressed), "baselined": baselined}
    return Acceptance(kept, stats, tuple(sorted(notices)))


def _workflow_finding(r, hit, options: Options) -> Finding:
    params = {k: v for k, v in sorted(hit.params.items())}
    payload = json.dumps([r.code, *hit.identity], ensure_ascii=False, default=list)
    return Finding(
        code=r.code,
        rule=r.name,
        severity=options.severities.get(r.code, r.severity),
        category=r.category,
        message=hit.template.format(**params),
        template=hit.template,
        params=params,
        metric=hit.metric,
        sources=tuple(sorted(hit.sources)),
        explanation=hit.explanation,
        fingerprint=hashlib.sha256(payload.encode("utf-8")).hexdigest()[:20],
        path=hit.path,
        line=hit.line,
        column=hit.column,
    )


def run(paths: Iterable[str | os.PathLike[str]] = DEFAULT_PATHS, options: Options | None = None) -> Report:
    """Everything from paths to a sorted Report. Raises InputError(s) on unreadable input."""
    return execute(paths, options)[0]


def execute(paths: Iterable[str | os.PathLike[str]] = DEFAULT_PATHS,
            options: Options | None = None) -> tuple[Report, dict[str, str]]:
    """The Report and the source texts it was made from (reporters turn offsets into lines with them)."""
    report, texts, _ = execute_keyed(paths, options)
    return report, texts


def _finding_options(options: Options) -> tuple:
    """What besides inputs and code decides a run's findings (jobs and engine never do)."""
    return (options.select, options.ignore, sorted(options.severities.items()), options.tolerances,
            options.baseline)


def execute_keyed(paths: Iterable[str | os.PathLike[str]] = DEFAULT_PATHS,
                  options: Options | None = None) -> tuple[Report, dict[str, str], str | None]:
    """execute(), plus the run's cache key (None without the cache): with the cache, an unchanged run
    (sources, claim files, options, checker) gives its stored Report without extraction, grouping or rules."""
    from checker.sources import load_sources

    options = options or Options()
    source_paths, claim_paths = split_paths(paths)
    loaded = load_sources(source_paths) if source_paths else []
    texts = {ls.source.id: ls.text for ls in loaded}
    keys = key = runs = None
    if options.cache:
        from checker.cache import RunCache, default_cache_dir, run_key

        settings, keys = _cache_keys(loaded, options)
        key = run_key(keys, [ls.source for ls in loaded], claim_paths, settings, _finding_options(options))
        runs = RunCache(options.cache_dir or default_cache_dir())
        stored = runs.get_report(key) if key is not None else None
        if stored is not None:
            return stored, texts, key
    report = _report(loaded, texts, claim_paths, options, keys)
    if runs is not None and key is not None:
        runs.put_report(key, report)
    return report, texts, key


def _undated_notices(sources: dict[str, Source], stated: dict[str, dt.date]) -> tuple[str, ...]:
    """A notice per source without a publication date: what its relative dates were read against."""
    notices = []
    for sid in sorted(sources):
        if sources[sid].published is not None:
            continue
        day = stated.get(sid)
        notices.append(f"{sid} has no publication date: relative dates in it stay unresolved" if day is None else
                       f"{sid} has no publication date: its relative dates are read from {day.isoformat()}, the "
                       f"latest date it states, and it is compared with the sources of that week")
    return tuple(notices)


def judging_context(loaded, readings: dict[str, Extraction], vocabulary,
                    tolerances: Tolerances | None = None) -> Context:
    """What the rules judge the claims of `loaded` sources in: the sources, what extraction read of their
    texts besides the claims (`readings`, by source id), the vocabulary and the tolerances."""
    ctx = Context(sources={ls.source.id: ls.source for ls in loaded}, vocabulary=vocabulary,
                  tolerances=tolerances or Tolerances(), lines=_LineIndexes({ls.source.id: ls.text for ls in loaded}))
    ctx.read(readings)
    return ctx


def _report(loaded, texts: dict[str, str], claim_paths: list[Path], options: Options,
            keys: list[str] | None) -> Report:
    from checker.claimfiles import load_claim_files
    from checker.vocabulary import load_vocabulary

    sources = {ls.source.id: ls.source for ls in loaded}
    vocabulary = load_vocabulary(*_paths(options))
    claim_files = load_claim_files(claim_paths, {sid: (sources[sid], texts[sid]) for sid in sources})
    readings = dict(zip(sources, read_all(loaded, vocabulary, options, keys)))
    extracted = [c for reading in readings.values() for c in reading.claims]
    curated = [_dated(c, sources) for cf in claim_files for c in cf.claims]
    not_claims = [(nc.source, nc.start, nc.end) for cf in claim_files for nc in cf.not_claims]
    claims = _merge(extracted, curated, not_claims)
    ctx = judging_context(loaded, readings, vocabulary, options.tolerances)
    ctx.bulletins = find_bulletins(claims, ctx)
    claims = redate(claims, ctx.bulletins, ctx)
    ctx.notices.extend(bulletin_notice(b) for b in ctx.bulletins.values())
    findings = apply_rules(claims, ctx, options)
    accepted = accept(findings, claim_files, options)
    findings = accepted.findings
    unread = tuple(n for sid in sorted(readings) for n in readings[sid].notices)
    notices = _undated_notices(sources, ctx.stated) + unread + tuple(sorted(set(ctx.notices))) \
        + accepted.notices
    stats = {"sources": len(sources), "claims": len(claims), "claim_files": len(claim_files),
             **{sev: sum(f.severity == sev for f in findings) for sev in ("error", "warning", "info")},
             **accepted.stats}
    report = Report(
        sources=tuple(sorted(sources.values(), key=lambda s: s.id)),
        claims=tuple(claims),
        findings=tuple(findings),
        stats=stats,
        notices=notices,
    )
    return report


class _LineIndexes(dict):
    """Each source's LineIndex, made when a finding first needs it."""

    def __init__(self, texts: dict[str, str]) -> None:
        super().__init__()
        self._texts = texts

    def get(self, source: str, default=None):
        found = super().get(source)
        if found is None and source in self._texts:
            found = self[source] = LineIndex(self._texts[source])
        return found if found is not None else default
