"""The `checker eval` command: score the extractors on the outside suites and print a table or JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

__all__ = ["eval_command"]


def _row_dict(row) -> dict:
    s = row.score
    if s is None:
        return {"suite": row.suite, "system": row.system, "note": row.note}
    return {
        "suite": row.suite,
        "system": row.system,
        "cases": s.cases,
        "tp": s.tp,
        "fp": s.fp,
        "fn": s.fn,
        "precision": round(s.precision, 4),
        "recall": round(s.recall, 4),
        "value_accuracy": round(s.value_accuracy, 4),
        "values_right": s.values_right,
        "values_total": s.values_total,
        "failing_cases": len(s.failures),
    }


@click.command("eval")
@click.argument("eval_dir", required=False, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--suite", "suite_filter", default=None, help="Only suites whose key contains this substring.")
@click.option("--failures", "failures", type=click.IntRange(min=0), default=0,
              help="Print the first N failing cases per suite.")
@click.option("--no-quantulum", "no_quantulum", is_flag=True, help="Skip the quantulum3 comparison rows.")
def eval_command(eval_dir: Path | None, fmt: str, suite_filter: str | None, failures: int, no_quantulum: bool) -> None:
    """Score the extractors on the evaluation suites in EVAL_DIR (default: $CHECKER_EVAL_DIR or ../shared/eval)."""
    from checker.evaluate.harness import default_eval_dir, run_eval

    eval_dir = eval_dir or default_eval_dir()
    if not eval_dir.is_dir():
        click.echo(f"checker eval: error: evaluation folder not found: {eval_dir}", err=True)
        sys.exit(2)
    run = run_eval(eval_dir, suite_filter=suite_filter, quantulum=not no_quantulum)
    stories = _stories(eval_dir, suite_filter)
    if fmt == "json":
        payload = {
            "eval_dir": str(eval_dir),
            "suites": [_row_dict(r) for r in run.rows],
            "stories": [s.as_dict() for s in stories],
            "not_scored": [{"suite": k, "cases": n} for k, n in run.not_scored],
            "notices": sorted(run.notices),
        }
        if failures:
            payload["failures"] = {
                f"{r.suite} [{r.system}]": [{"id": f.case_id, "problem": f.problem} for f in r.score.failures[:failures]]
                for r in run.rows if r.score is not None and r.score.failures
            }
        if failures:
            payload["story_misses"] = {s.story: s.misses[:failures] for s in stories if s.misses}
        click.echo(json.dumps(payload, indent=2, sort_keys=True, ensure_ascii=False))
        return
    _print_text(run, failures)
    _print_stories(stories, failures)


def _stories(eval_dir: Path, suite_filter: str | None) -> list:
    """The stories scored, then their total; none when the filter names no story."""
    from checker.evaluate.stories import StoryScore, story_scores

    if suite_filter and suite_filter not in "stories/" and not suite_filter.startswith("stories/"):
        return []
    scores = [s for s in story_scores(eval_dir) if not suite_filter or suite_filter in f"stories/{s.story}"]
    if len(scores) > 1:
        total = StoryScore(story="total")
        for s in scores:
            total.add(s)
        scores.append(total)
    return scores


def _ratio(n: int, total: int) -> str:
    return f"{n}/{total} ({100 * n / total:.0f} %)" if total else "–"


def _print_stories(stories: list, failures: int) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    if not stories:
        return
    console = Console(highlight=False, width=None if sys.stdout.isatty() else 140)
    table = Table(title="Stories: the whole run against gold conflicts, compatible pairs and figures")
    for name in ("story", "conflicts found", "compatible flagged", "figures read", "furniture flagged"):
        table.add_column(name, justify="left" if name == "story" else "right", no_wrap=True)
    for s in stories:
        table.add_row(escape(s.story), _ratio(s.conflicts_found, s.conflicts),
                      _ratio(s.compatible_flagged, s.compatible), _ratio(s.figures_read, s.figures),
                      _ratio(s.furniture_flagged, s.furniture))
    console.print(table)
    if failures:
        for s in stories:
            for miss in s.misses[:failures]:
                console.print(f"  {escape(s.story)}: {escape(miss)}")


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def _print_text(run, failures: int) -> None:
    import sys

    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    # Piped output has no terminal width to go by; a narrow default would squeeze the numbers away.
    console = Console(highlight=False, width=None if sys.stdout.isatty() else 140)
    table = Table(title=f"Evaluation: {escape(str(run.eval_dir))}")
    for name, justify in (("suite", "left"), ("system", "left"), ("cases", "right"), ("precision %", "right"),
                          ("recall %", "right"), ("value acc. %", "right"), ("values", "right")):
        table.add_column(name, justify=justify, no_wrap=True)
    for row in run.rows:
        s = row.score
        if s is None:
            table.add_row(escape(row.suite), escape(row.system), "", "", "", "", escape(row.note or ""))
            continue
        table.add_row(escape(row.suite), escape(row.system), str(s.cases), _pct(s.precision), _pct(s.recall),
                      _pct(s.value_accuracy), f"{s.values_right}/{s.values_total}")
    console.print(table)
    if run.not_scored:
        console.print("Not scored: " + ", ".join(f"{escape(k)} ({n} cases)" for k, n in run.not_scored))
    for notice in run.notices:
        console.print(f"Notice: {escape(notice)}")
    if failures:
        for row in run.rows:
            if row.score is None or not row.score.failures:
                continue
            console.print(f"\n[bold]{escape(row.suite)} [{escape(row.system)}][/bold] first failing cases:")
            for f in row.score.failures[:failures]:
                console.print(f"  {escape(f.case_id)}: {escape(f.problem or '')}")
