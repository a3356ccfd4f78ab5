"""Acceptance: suppressions from claim files and the baseline, applied once, for every rule."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from checker.judge.baseline import Baseline, apply_baseline, load_baseline
from checker.judge.rules import all_rules, select
from checker.judge.suppressions import apply_suppressions
from checker.model import SEVERITY_RANK, Finding
from checker.options import Options

__all__ = ["Acceptance", "accept"]


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
