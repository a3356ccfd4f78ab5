"""The run, top to bottom: inputs, extraction, judging, acceptance, the report."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from pathlib import Path
from typing import Iterable

from checker.extract.batch import cache_keys, read_all, vocabulary_paths
from checker.inputs.claimfiles import load_claim_files
from checker.inputs.paths import DEFAULT_PATHS, split_paths
from checker.inputs.sources import load_sources
from checker.judge.acceptance import accept
from checker.judge.bulletins import find_bulletins, redate
from checker.judge.bulletins import notice as bulletin_notice
from checker.judge.context import judging_context
from checker.judge.grouping import claim_order
from checker.judge.naming import named_by_role, one_name_per_figure
from checker.judge.rulepass import judge
from checker.model import Claim, Report, Source
from checker.options import Options
from checker.store.files import default_cache_dir
from checker.store.keys import run_key
from checker.store.reports import RunCache
from checker.vocabulary import load_vocabulary

__all__ = ["run", "execute", "execute_keyed"]


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
    options = options or Options()
    source_paths, claim_paths = split_paths(paths)
    loaded = load_sources(source_paths) if source_paths else []
    texts = {ls.source.id: ls.text for ls in loaded}
    keys = key = runs = None
    if options.cache:
        settings, keys = cache_keys(loaded, options)
        key = run_key(keys, [ls.source for ls in loaded], claim_paths, settings, _finding_options(options))
        runs = RunCache(options.cache_dir or default_cache_dir())
        stored = runs.get_report(key) if key is not None else None
        if stored is not None:
            return stored, texts, key
    report = _report(loaded, texts, claim_paths, options, keys)
    if runs is not None and key is not None:
        runs.put_report(key, report)
    return report, texts, key


def _report(loaded, texts: dict[str, str], claim_paths: list[Path], options: Options,
            keys: list[str] | None) -> Report:
    # Inputs
    sources = {ls.source.id: ls.source for ls in loaded}
    vocabulary = load_vocabulary(*vocabulary_paths(options))
    claim_files = load_claim_files(claim_paths, {sid: (sources[sid], texts[sid]) for sid in sources})
    # Extraction
    readings = dict(zip(sources, read_all(loaded, vocabulary, options, keys)))
    extracted = [c for reading in readings.values() for c in reading.claims]
    curated = [_dated(c, sources) for cf in claim_files for c in cf.claims]
    not_claims = [(nc.source, nc.start, nc.end) for cf in claim_files for nc in cf.not_claims]
    claims = one_name_per_figure(_merge(extracted, curated, not_claims))
    claims = named_by_role(claims, vocabulary.lexicon.role_info)
    # Judging
    ctx = judging_context(loaded, readings, vocabulary, options.tolerances)
    ctx = replace(ctx, bulletins=find_bulletins(claims, ctx))
    claims = redate(claims, ctx.bulletins, ctx)
    judged = judge(claims, ctx, options)
    accepted = accept(judged.findings, claim_files, options)
    findings = accepted.findings
    # The report
    unread = tuple(n for sid in sorted(readings) for n in readings[sid].notices)
    told = {bulletin_notice(b) for b in ctx.bulletins.values()} | set(judged.notices)
    notices = _undated_notices(sources, ctx.stated) + unread + tuple(sorted(told)) + accepted.notices
    stats = {"sources": len(sources), "claims": len(claims), "claim_files": len(claim_files),
             **{sev: sum(f.severity == sev for f in findings) for sev in ("error", "warning", "info")},
             **accepted.stats}
    return Report(
        sources=tuple(sorted(sources.values(), key=lambda s: s.id)),
        claims=tuple(claims),
        findings=tuple(findings),
        stats=stats,
        notices=notices,
    )


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
    return sorted([*kept, *curated], key=claim_order)
