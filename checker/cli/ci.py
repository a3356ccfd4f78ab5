"""`checker ci`: the pull-request gate: validate claim files, report, and fail on new findings."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field, replace
from pathlib import Path

import click

from checker.cli.common import (EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, colour_wanted, config_of, emit_text,
                                protected_inputs, run_options)
from checker.cli.report import write_report
from checker.inputs.paths import DEFAULT_PATHS, split_paths
from checker.report import FORMATS

__all__ = ["ci", "changed_files", "split_ci_paths"]


_FAIL_ON = ("error", "warning", "info", "never")


# GitHub's step summary holds 1 MiB per step; leave room for what other steps append.
_SUMMARY_BYTES = 900_000


_STAGES = ("reading sources", "validating claim files", "checking", "writing")


def split_ci_paths(paths: tuple[str, ...]) -> tuple[list[Path], list[Path]]:
    """Source and claim-file paths; the default folders may be missing or empty without complaint."""
    chosen = list(paths)
    if not chosen:
        for raw in DEFAULT_PATHS:
            path = Path(raw)
            if path.is_dir() and any(not name.startswith(".") for name in os.listdir(path)):
                chosen.append(raw)
    return split_paths(chosen)


def changed_files(ref: str, cwd: str | os.PathLike[str] | None = None) -> set[Path]:
    """Files changed since the point where HEAD branched from `ref` (committed, staged, unstaged or untracked), resolved.

    Raises click.UsageError when git is missing, this is not a repository, or the ref is unknown.
    """
    def git(*args: str) -> str:
        try:
            done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
        except OSError as error:
            raise click.UsageError(f"--changed-only needs git: {error.strerror or error}") from None
        if done.returncode != 0:
            message = (done.stderr.strip().splitlines() or ["git failed"])[-1]
            raise click.UsageError(f"--changed-only {ref}: {message}")
        return done.stdout

    root = Path(git("rev-parse", "--show-toplevel").strip())
    git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    try:
        base = git("merge-base", ref, "HEAD").strip()
    except click.UsageError:
        raise click.UsageError(
            f"--changed-only {ref}: no common history with HEAD (in CI, check out with fetch-depth: 0)"
        ) from None
    names = git("diff", "--name-only", "--no-renames", "-z", base, "--").split("\0")
    names += git("ls-files", "--others", "--exclude-standard", "-z").split("\0")
    return {(root / name).resolve() for name in names if name}


def _is_changed(error, changed: set[Path]) -> bool:
    """Whether a claim-file error concerns a changed file, including a clash with an id first defined in one."""
    if Path(error.path).resolve() in changed:
        return True
    # A duplicate id is reported on the later file in path order; it still concerns the changed one.
    for path in changed:
        if f"(first in {os.path.relpath(path)}:" in error.message or f"(first in {path}:" in error.message:
            return True
    return False


@dataclass
class _Validation:
    sources: list = field(default_factory=list)
    valid_claim_files: list[Path] = field(default_factory=list)
    errors: list = field(default_factory=list)
    skipped: list = field(default_factory=list)
    source_errors: bool = False


def _validate(source_paths, claim_paths, changed: set[Path] | None) -> _Validation:
    from checker.inputs.claimfiles import validate_claim_files
    from checker.inputs.sources import collect_sources

    loaded, source_errors = collect_sources(source_paths) if source_paths else ([], [])
    sources = {ls.source.id: (ls.source, ls.text) for ls in loaded}
    claim_errors = validate_claim_files(claim_paths, sources)
    bad = {os.path.normpath(e.path) for e in claim_errors}
    result = _Validation(sources=loaded, source_errors=bool(source_errors))
    result.valid_claim_files = [p for p in claim_paths if os.path.normpath(p) not in bad]
    result.errors = list(source_errors)
    for error in claim_errors:
        if changed is None or _is_changed(error, changed):
            result.errors.append(error)
        else:
            result.skipped.append(error)
    return result


def _echo_err(text: str) -> None:
    """A message on stderr; in a GitHub Actions log, wrapped so that no file name or quote in it runs a command."""
    from checker.output import guard_workflow_commands

    click.echo(guard_workflow_commands(text).rstrip("\n"), err=True)


def _point_at_claim_files(report, changed: set[Path] | None):
    """The report with each finding placed on its curated claim, where it has one: that is where reviewers look.

    Claims from changed files come first, so an annotation lands on the lines a pull request adds.
    """
    claims = {c.id: c for c in report.claims}
    moved = []
    for finding in report.findings:
        curated = [claims[i] for i in finding.claims if i in claims and claims[i].file and claims[i].line]
        if changed is not None:
            curated.sort(key=lambda c: Path(c.file).resolve() not in changed)
        if curated and not finding.code.startswith("FC9"):
            first = curated[0]
            finding = finding.model_copy(update={"path": first.file, "line": first.line, "column": first.column})
        moved.append(finding)
    return report.model_copy(update={"findings": tuple(moved)})


def _annotation_for_error(error) -> str:
    from checker.report.sanitize import for_github_message, for_github_property
    from checker.report.shared import relative_path

    path, _ = relative_path(error.path)
    properties = [f"file={for_github_property(path)}"]
    if error.line:
        properties.append(f"line={error.line}")
        if error.column:
            properties.append(f"col={error.column}")
    properties.append(f"title={for_github_property('invalid input')}")
    return f"::error {','.join(properties)}::{for_github_message(error.message)}\n"


def _summary_errors(errors) -> str:
    from checker.report.sanitize import for_markdown_cell

    lines = ["## Files that could not be checked", ""]
    lines += [f"- `{for_markdown_cell(str(e), max_length=500)}`".replace("``", "` `") for e in errors]
    return "\n".join(lines) + "\n\n"


def _failing(findings, fail_on: str) -> list:
    from checker.model import SEVERITY_RANK

    if fail_on == "never":
        return []
    return [f for f in findings if SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on]]


@click.command("ci")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report here (atomically).")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False),
              help="Accept the findings recorded in this baseline (default: [tool.checker] baseline, if it exists).")
@click.option("--no-baseline", is_flag=True, help="Ignore the configured baseline.")
@click.option("--fail-on", type=click.Choice(_FAIL_ON), default=None,
              help="Lowest severity of a new finding that fails the run (default: error, or [tool.checker] fail-on).")
@click.option("--changed-only", "changed_ref", metavar="REF",
              help="Report claim-file errors only for files changed since REF (still checked against the whole corpus).")
@click.option("--select", multiple=True, help="Only these rule codes or prefixes (FC1, FC101).")
@click.option("--ignore", multiple=True, help="Skip these rule codes or prefixes.")
@click.option("--sarif", "sarif_output", type=click.Path(dir_okay=False),
              help="Also write SARIF 2.1.0 for code scanning here (atomically).")
@click.option("--summary", "summary_output", type=click.Path(dir_okay=False),
              help="Also append a markdown summary here, e.g. \"$GITHUB_STEP_SUMMARY\".")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even with new findings (2 still means bad input).")
@click.option("--show-info", is_flag=True, help="In the text report, list corroborated and single-source figures too.")
@click.pass_context
def ci(ctx, paths, fmt, output, baseline_path, no_baseline, fail_on, changed_ref, select, ignore,
       sarif_output, summary_output, exit_zero, show_info):
    """Check claim files in CI: validate every claim file, run the report, and fail on new findings.

    PATHS are source files or folders and claim files or folders (default: seeds claims).
    Exit 0: no new finding at or above --fail-on. Exit 1: new findings. Exit 2: a file could not
    be read or parsed (each named as path:line:col), or a usage or configuration error; the
    findings of the files that could be read are still reported.
    """
    from checker.errors import InputError
    from checker.output import append_text
    from checker.progress import StageProgress
    from checker.report import render
    from checker.run import run

    config = config_of(ctx)
    options = run_options(config, select, ignore)
    from checker.judge.baseline import choose_baseline

    baseline = choose_baseline(baseline_path, config.baseline, no_baseline)
    options = replace(options, baseline=baseline)
    changed = changed_files(changed_ref) if changed_ref else None
    source_paths, claim_paths = split_ci_paths(paths)
    protected = protected_inputs(paths) | ({str(Path(baseline.path))} if baseline else set())

    with StageProgress(_STAGES) as progress:
        progress.stage("validating claim files")
        checked = _validate(source_paths, claim_paths, changed)
        if checked.errors:
            _echo_err("\n".join(str(error) for error in checked.errors))
        if checked.skipped:
            click.echo(f"ci: {len(checked.skipped)} error(s) in unchanged claim files not reported; "
                       "those files are left out of the check", err=True)
        progress.stage("checking")
        inputs = ([ls.source.path for ls in checked.sources] if checked.source_errors else list(source_paths))
        try:
            result = run([*inputs, *checked.valid_claim_files], options)
        except InputError as error:
            # Validation read these files a moment ago; a file changed under us is still an input error.
            _echo_err(str(error))
            raise SystemExit(EXIT_ERROR) from None
        result = _point_at_claim_files(result, changed)
        progress.stage("writing")
        color = output is None and colour_wanted()
        if fmt == "github":
            text = "".join(_annotation_for_error(e) for e in checked.errors) + render(result, fmt, color=color)
            # Annotations must reach the runner as commands; any other text is wrapped so none can.
            emit_text(text, output, protected, guard=False)
        else:
            write_report(result, fmt, output, protected, color=color, show_info=show_info)  # json streamed
        if sarif_output:
            emit_text(render(result, "sarif"), sarif_output, protected)
        if summary_output:
            head = _summary_errors(checked.errors) if checked.errors else ""
            body = render(result, "markdown", max_bytes=_SUMMARY_BYTES - len(head.encode("utf-8")))
            # Appended: GitHub's $GITHUB_STEP_SUMMARY is shared by a step's commands.
            append_text(summary_output, body.replace("\n", "\n" + head, 1) if head else body, protected=protected)

    failing = _failing(result.findings, fail_on or config.fail_on)
    stats = result.stats
    accepted = [f"{stats[k]} {k}" for k in ("baselined", "suppressed") if stats.get(k)]
    verdict = f"{len(failing)} new finding(s) at or above {fail_on or config.fail_on}"
    click.echo(f"ci: {verdict}" + (f"; {', '.join(accepted)}" if accepted else ""), err=True)
    if checked.errors:
        raise SystemExit(EXIT_ERROR)
    raise SystemExit(EXIT_FINDINGS if failing and not exit_zero else EXIT_CLEAN)
