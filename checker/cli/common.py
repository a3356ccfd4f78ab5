"""What the commands share: exit codes, settings into Options, protected inputs, writing output, notes."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from checker.inputs.paths import DEFAULT_PATHS

__all__ = ["EXIT_CLEAN", "EXIT_FINDINGS", "EXIT_ERROR", "fail", "config_of", "codes", "check_selection", "run_options",
           "protected_inputs", "emit_text", "colour_wanted", "Notes", "notes_of"]

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def fail(message: str) -> None:
    click.echo(message, err=True)
    raise SystemExit(EXIT_ERROR)


def config_of(ctx: click.Context):
    from checker.inputs.config import load_config

    path = ctx.find_root().params.get("config")
    return load_config(Path(path) if path else None)


def codes(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(code for value in values for code in (part.strip() for part in value.split(",")) if code)


def check_selection(codes: tuple[str, ...], where: str) -> None:
    """Exit 2 on a code or prefix that names no rule: in CI a typo in --select would otherwise pass every run."""
    from checker.judge.rules import all_rules

    rules = all_rules()
    unknown = [c for c in codes if not any(r.code.startswith(c) or r.name == c for r in rules)]
    if unknown:
        prefixes = ", ".join(sorted({r.code[:3] for r in rules}))
        fail(f"checker: {where}: unknown rule code or prefix {', '.join(repr(c) for c in unknown)}; "
              f"known prefixes are {prefixes} (`checker rules` lists every code and name)")


def run_options(config, select: tuple[str, ...], ignore: tuple[str, ...]):
    from checker.options import Options

    select, ignore = codes(select), codes(ignore)
    source = f"{config.path}: [tool.checker]" if config.path else "[tool.checker]"
    for chosen, given, name in ((select, config.select, "select"), (ignore, config.ignore, "ignore")):
        check_selection(chosen, f"--{name}")
        check_selection(tuple(given), f"{source} {name}")
    return Options(
        select=select or config.select,
        ignore=ignore or config.ignore,
        severities=config.severity,
        tolerances=config.tolerances,
        vocabulary=config.vocabulary,
        names=config.names,
        number_policy=config.number_policy(),
    )


def protected_inputs(paths) -> set[str]:
    """Every input file a report must never be written over."""
    out = set()
    for raw in paths or DEFAULT_PATHS:
        p = Path(raw)
        if p.is_dir():
            out.update(str(q) for q in p.iterdir())
        out.add(str(p))
    return out


def emit_text(text: str, output: str | None, protected: set[str], guard: bool = True, overwrite: bool = True) -> None:
    """Write to the output file atomically, or to stdout; in a GitHub Actions log no line of an
    untrusted quote may run a workflow command. overwrite=False refuses an existing file."""
    from checker.output import emit, guard_workflow_commands, quiet_broken_pipe

    if output is None and guard:
        text = guard_workflow_commands(text)
    with quiet_broken_pipe():
        emit(text, Path(output) if output else None, protected=protected, guard=guard, overwrite=overwrite)


def colour_wanted() -> bool:
    """Colour for a report on stdout: NO_COLOR and FORCE_COLOR honoured, else only on a terminal."""
    from checker.report.terminal import colour_wanted as wanted_on

    return wanted_on(sys.stdout)


class Notes:
    """Notes on inputs passed over (a named pipe in a source folder): each printed once on stderr, and kept
    so that a replayed run prints them again."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def __call__(self, line: str) -> None:
        if line in self.lines:
            return
        self.lines.append(line)
        from checker.output import guard_workflow_commands

        click.echo(guard_workflow_commands(line).rstrip("\n"), err=True)


def notes_of(ctx: click.Context) -> Notes:
    """The notes of this invocation (a command run on its own, outside the group, starts its own)."""
    root = ctx.find_root()
    if not isinstance(root.obj, Notes):
        root.obj = Notes()
    return root.obj
