"""Claim-file suppressions: which findings each accepts, and which accept nothing at all.

A suppression names a rule code, optionally a metric and sources, and always a reason. It matches
a finding with that code, that exact metric (when given) and all those sources among the finding's
(when given). It applies to the story of its claim file: findings that involve at least one source
the file refers to (in its claims, not-claims or suppressions). A file that refers to no source at
all, a file of suppressions only, applies to the whole corpus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

from checker.model import Finding

__all__ = ["SuppressionOutcome", "apply_suppressions", "matches", "story_sources"]


@dataclass
class SuppressionOutcome:
    """Findings kept, findings suppressed (each with the first suppression that matched), unused suppressions."""

    kept: list[Finding] = field(default_factory=list)
    suppressed: list[tuple[Finding, object]] = field(default_factory=list)
    unused: list[object] = field(default_factory=list)
    # How many findings each suppression accepted, in claim-file order.
    uses: dict[object, int] = field(default_factory=dict)


def story_sources(claim_file) -> frozenset[str]:
    """The sources a claim file refers to; empty when it refers to none."""
    ids = {c.source for c in claim_file.claims}
    ids.update(nc.source for nc in claim_file.not_claims)
    for s in claim_file.suppressions:
        ids.update(s.sources)
    return frozenset(ids)


def matches(suppression, finding: Finding, scope: frozenset[str] = frozenset()) -> bool:
    """Whether a suppression accepts a finding; `scope` is its claim file's sources (empty: everywhere)."""
    if suppression.code != finding.code:
        return False
    if suppression.metric and suppression.metric != finding.metric:
        return False
    found_in = set(finding.sources)
    if suppression.sources and not set(suppression.sources) <= found_in:
        return False
    return not scope or bool(scope & found_in)


def apply_suppressions(
    findings: Sequence[Finding], claim_files: Iterable, active_codes: Iterable[str] | None = None
) -> SuppressionOutcome:
    """Split findings into kept and suppressed; suppressions of active rules that matched nothing are unused.

    `active_codes` are the codes the run could have reported (the selected rules); a suppression of
    any other code is neither applied to anything nor reported unused. None means every code.
    """
    active = None if active_codes is None else set(active_codes)
    rules = []
    for claim_file in sorted(claim_files, key=lambda cf: cf.path):
        scope = story_sources(claim_file)
        for s in sorted(claim_file.suppressions, key=lambda s: (s.line, s.column)):
            rules.append((s, scope))
    outcome = SuppressionOutcome(uses={s: 0 for s, _ in rules})
    for finding in findings:
        hit = next((s for s, scope in rules if matches(s, finding, scope)), None)
        if hit is None:
            outcome.kept.append(finding)
        else:
            outcome.suppressed.append((finding, hit))
            outcome.uses[hit] += 1
    outcome.unused = [s for s, _ in rules if outcome.uses[s] == 0 and (active is None or s.code in active)]
    return outcome
