"""Options: what a run applies besides its inputs (selection, severities, tolerances, extraction settings)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from checker.judge.context import Tolerances

__all__ = ["Options"]


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
    # Findings accepted earlier: a baseline file's path, or a loaded checker.judge.baseline.Baseline.
    baseline: object | None = None
    # Worker processes for extraction (1: in this process), or "dask" with a scheduler address.
    jobs: int = 1
    engine: str = "local"
    scheduler: str | None = None
    # Extracted claims kept per source between runs; None means $CHECKER_CACHE_DIR or .checker-cache.
    cache: bool = False
    cache_dir: Path | None = None
