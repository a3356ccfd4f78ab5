"""Workflow: suppressions and baseline entries that no longer match any finding."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from checker.judge.rules import rule

__all__ = ["WorkflowHit", "unused_suppression", "stale_baseline_entry"]


@dataclass(frozen=True)
class WorkflowHit:
    """What a workflow rule reports: a place in a claim or baseline file rather than claims.

    `identity` holds what the finding is about, without positions, for its fingerprint.
    """

    path: str
    line: int | None
    column: int | None
    template: str
    params: dict
    explanation: str
    identity: tuple
    metric: str | None = None
    sources: tuple[str, ...] = ()


@rule("FC901", "unused-suppression", severity="warning", category="workflow", scope="workflow")
def unused_suppression(suppressions: Iterable, ctx=None):
    """A suppression in a claim file matches no finding of this run.

    Why it matters: a suppression records that the desk accepted a dispute. Once the dispute is
    gone (a source corrected its figure, a claim was fixed), the suppression only hides whatever
    comes next under the same code, without anyone having reviewed it. Like ruff's RUF100, the
    check keeps suppressions from outliving their reason.

    Example: `suppressions: [{code: FC101, metric: missiles.ballistic, reason: "counts cover
    different days"}]` in claims/strike.yaml, while no source disagrees on missiles.ballistic any
    more: FC901 points at the suppression's line.

    Not flagged: suppressions of rules left out of the run by --select or --ignore (they could not
    have matched); a suppression that matched at least one finding.

    Options: the severity (warning by default) can be raised in [tool.checker] severity, and the
    rule left out with --ignore FC901.
    """
    for s in suppressions:
        narrowing = []
        if s.metric:
            narrowing.append(f"metric {s.metric}")
        if s.sources:
            narrowing.append("sources " + ", ".join(s.sources))
        scope = f" ({'; '.join(narrowing)})" if narrowing else ""
        yield WorkflowHit(
            path=s.file,
            line=s.line,
            column=s.column,
            template="suppression of {code}{scope} matches no finding: remove it",
            params={"code": s.code, "scope": scope, "reason": s.reason},
            explanation=(
                f"The suppression of {s.code}{scope} was accepted because: {s.reason}. "
                "No finding of this run matches it, so it hides nothing today and would silence the next "
                "finding of that kind unreviewed."
            ),
            identity=(s.file, s.code, s.metric or "", tuple(s.sources), s.reason),
            metric=s.metric,
            sources=tuple(s.sources),
        )


@rule("FC902", "stale-baseline-entry", severity="warning", category="workflow", scope="workflow")
def stale_baseline_entry(entries: Iterable, ctx=None):
    """A baseline entry matches no finding of this run: the dispute it accepted is gone.

    Why it matters: the baseline lists disputes the desk has already seen. An entry whose finding
    no longer occurs (a source corrected its figure, or the figures changed so the finding has a
    new identity) is debt paid off; keeping it makes the baseline lie about what is accepted.
    Rewrite the baseline with `checker baseline write` to drop it.

    Example: the baseline holds FC101 for missiles.ballistic with 43 (000) against 71 (001); after
    a correction both sources say 43, so FC902 points at that entry in the baseline file.

    Not flagged: entries for rules left out of the run by --select or --ignore; entries matched by
    at least one finding (baselined findings are not reported at all).

    Options: the severity (warning by default) can be raised in [tool.checker] severity, and the
    rule left out with --ignore FC902.
    """
    for entry in entries:
        yield WorkflowHit(
            path=entry.file,
            line=entry.line,
            column=entry.column,
            template="baseline entry {fingerprint} ({code} {description}) matches no finding: rewrite the baseline",
            params={"fingerprint": entry.fingerprint, "code": entry.code, "description": entry.message},
            explanation=(
                f"The baseline accepted {entry.code} '{entry.message}', which no longer occurs. "
                "Run `checker baseline write` to record today's findings."
            ),
            identity=(entry.code, entry.fingerprint),
            metric=entry.metric,
            sources=tuple(entry.sources),
        )
