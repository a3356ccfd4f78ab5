"""The evaluation harness: find every JSONL suite under an eval folder and score it with its registered scorer."""

from __future__ import annotations

import importlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from checker.evaluate.base import CaseScore, Scorer, SuiteScore

__all__ = [
    "SCORER_MODULES",
    "EvalRun",
    "SuiteRow",
    "default_eval_dir",
    "discover",
    "load_scorers",
    "run_eval",
]

# Modules that may define SCORERS (per JSONL file) and/or suite_scores(eval_dir) (whole-folder suites).
SCORER_MODULES = ("checker.evaluate.quantities", "checker.evaluate.dates", "checker.evaluate.news")


@dataclass(slots=True)
class SuiteRow:
    """One line of the report: a suite scored by one system, or why it could not be."""

    suite: str
    system: str
    score: SuiteScore | None
    note: str | None = None


@dataclass(slots=True)
class EvalRun:
    eval_dir: Path
    rows: list[SuiteRow] = field(default_factory=list)
    # Suites nobody scores, with their case counts: listed, never silently dropped.
    not_scored: list[tuple[str, int]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def default_eval_dir() -> Path:
    """$CHECKER_EVAL_DIR, else ../shared/eval relative to the current directory."""
    env = os.environ.get("CHECKER_EVAL_DIR")
    return Path(env) if env else Path.cwd().parent / "shared" / "eval"


def discover(eval_dir: Path) -> dict[str, Path]:
    """Every *.jsonl under eval_dir keyed by its relative path without ".jsonl", sorted."""
    found = {}
    for path in sorted(eval_dir.rglob("*.jsonl")):
        key = path.relative_to(eval_dir).with_suffix("").as_posix()
        found[key] = path
    return found


def read_cases(path: Path) -> Iterable[dict]:
    """The cases of one JSONL file; blank lines skipped, a broken line reported as a case of its own."""
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                case = json.loads(line)
            except json.JSONDecodeError as exc:
                yield {"id": f"{path.name}:{number}", "_broken": f"line {number}: {exc.msg}"}
                continue
            if isinstance(case, dict):
                case.setdefault("id", f"{path.name}:{number}")
                yield case


def load_scorers(modules: Iterable[str] = SCORER_MODULES):
    """(scorers by suite key, whole-folder suite functions, notices about modules that failed to import)."""
    scorers: dict[str, Scorer] = {}
    folder_suites: list[Callable] = []
    notices: list[str] = []
    for name in modules:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                notices.append(f"{name}: cannot import ({exc})")
            continue
        except Exception as exc:  # noqa: BLE001 - one broken scorer module must not hide the others
            notices.append(f"{name}: cannot import ({type(exc).__name__}: {exc})")
            continue
        scorers.update(getattr(module, "SCORERS", {}) or {})
        suite_scores = getattr(module, "suite_scores", None)
        if callable(suite_scores):
            folder_suites.append(suite_scores)
    return scorers, folder_suites, notices


def _score_file(key: str, system: str, scorer: Scorer, cases: list[dict]) -> SuiteScore:
    total = SuiteScore(suite=key, system=system)
    for case in cases:
        if "_broken" in case:
            total.add(CaseScore(case_id=case["id"], problem=f"unreadable case: {case['_broken']}"))
            continue
        try:
            score = scorer(case)
        except Exception as exc:  # noqa: BLE001 - a crash on one case is a failure of that case
            expected = case.get("expected")
            n = len(expected) if isinstance(expected, list) else 0
            score = CaseScore(case_id=str(case.get("id")), fn=n, values_total=n, problem=f"crash: {exc!r}")
        total.add(score)
    return total


def run_eval(
    eval_dir: Path,
    suite_filter: str | None = None,
    quantulum: bool = True,
    modules: Iterable[str] = SCORER_MODULES,
) -> EvalRun:
    """Score every suite under eval_dir (those whose key contains suite_filter, if given)."""
    run = EvalRun(eval_dir=eval_dir)
    scorers, folder_suites, run.notices = load_scorers(modules)
    quantulum_scorers = None
    quantulum_note = None
    if quantulum:
        from checker.evaluate import quantities

        if quantities.quantulum_available():
            quantulum_scorers = quantities.QUANTULUM_SCORERS
        else:
            quantulum_note = "quantulum3 is not installed"
    quantity_keys = _quantity_keys()
    for key, path in discover(eval_dir).items():
        if suite_filter and suite_filter not in key:
            continue
        cases = list(read_cases(path))
        scorer = scorers.get(key)
        if scorer is None:
            run.not_scored.append((key, len(cases)))
            continue
        run.rows.append(SuiteRow(key, "checker", _score_file(key, "checker", scorer, cases)))
        if quantulum and key in quantity_keys:
            if quantulum_scorers is not None and key in quantulum_scorers:
                run.rows.append(SuiteRow(key, "quantulum3", _score_file(key, "quantulum3", quantulum_scorers[key], cases)))
            else:
                run.rows.append(SuiteRow(key, "quantulum3", None, quantulum_note or "no quantulum3 scorer"))
    for suite_scores in folder_suites:
        try:
            results = suite_scores(eval_dir)
        except Exception as exc:  # noqa: BLE001
            run.notices.append(f"{getattr(suite_scores, '__module__', '?')}: suite_scores failed ({exc!r})")
            continue
        for result in results:
            if suite_filter and suite_filter not in result.suite:
                continue
            run.rows.append(SuiteRow(result.suite, result.system, result))
    # A folder suite (news/<event>) scores the JSONL files inside its folder: they are not unscored.
    folders = {row.suite + "/" for row in run.rows}
    run.not_scored = [(k, n) for k, n in run.not_scored if not any(k.startswith(f) for f in folders)]
    run.rows.sort(key=lambda r: (r.suite, r.system != "checker", r.system))
    run.not_scored.sort()
    return run


def _quantity_keys() -> frozenset[str]:
    from checker.evaluate import quantities

    return frozenset(quantities.SCORERS)
