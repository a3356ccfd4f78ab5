"""`checker baseline write`: record today's findings, so that only new ones fail a run."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import click

from checker.cli.ci import split_ci_paths
from checker.cli.common import config_of, protected_inputs, run_options

__all__ = ["baseline"]


@click.group("baseline")
def baseline():
    """Record today's findings so that CI fails only on new ones."""


@baseline.command("write")
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@click.option("-i", "--input", "paths", multiple=True, type=click.Path(),
              help="Source and claim files or folders to check (default: seeds claims). Repeatable.")
@click.option("--select", multiple=True, help="Only these rule codes or prefixes.")
@click.option("--ignore", multiple=True, help="Skip these rule codes or prefixes.")
@click.pass_context
def baseline_write(ctx, file, paths, select, ignore):
    """Write FILE (default: [tool.checker] baseline, else checker-baseline.json) from today's findings.

    Entries are keyed by fingerprint (code, metric, subject, sources and values, never line
    numbers), sorted, and written atomically. Suppressed findings are not recorded.
    """
    from checker.judge.baseline import DEFAULT_BASELINE, write_baseline
    from checker.progress import StageProgress
    from checker.run import run

    config = config_of(ctx)
    target = Path(file) if file else (config.baseline or Path(DEFAULT_BASELINE))
    source_paths, claim_paths = split_ci_paths(paths)
    with StageProgress(("checking", "writing")) as progress:
        result = run([*source_paths, *claim_paths], replace(run_options(config, select, ignore), baseline=None))
        progress.stage("writing")
        count = write_baseline(target, result.findings, protected=protected_inputs(paths))
    click.echo(f"baseline: {count} finding(s) recorded in {target}", err=True)
