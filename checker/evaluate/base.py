"""Per-case and per-suite scores shared by every suite's scorer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

__all__ = ["CaseScore", "SuiteScore", "Scorer"]


@dataclass(slots=True)
class CaseScore:
    """What one case contributed: entities matched, spurious and missed, and values right among matched."""

    case_id: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    values_right: int = 0
    values_total: int = 0
    # Short reason when the case is not fully right, for the closing notes and `--failures`.
    problem: str | None = None


@dataclass(slots=True)
class SuiteScore:
    """Totals over one suite: precision, recall and value accuracy."""

    suite: str
    system: str
    cases: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    values_right: int = 0
    values_total: int = 0
    failures: list[CaseScore] = field(default_factory=list)

    def add(self, score: CaseScore) -> None:
        self.cases += 1
        self.tp += score.tp
        self.fp += score.fp
        self.fn += score.fn
        self.values_right += score.values_right
        self.values_total += score.values_total
        if score.problem:
            self.failures.append(score)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def value_accuracy(self) -> float:
        """Cases' expected values got right, over all expected values (missed ones count as wrong)."""
        return self.values_right / self.values_total if self.values_total else 1.0


# A scorer takes one JSONL case (a dict) and returns its CaseScore.
Scorer = Callable[[dict], CaseScore]
