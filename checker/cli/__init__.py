"""The command line: arguments to the run to a reporter to an exit code; nothing else.

One module per command. A command's module is imported when the command is named or the commands are
listed, and the modules import the run, the models and the reporters inside their commands: `checker
--help` and a run replayed from the cache load none of them.
"""

from __future__ import annotations

import importlib
import os
import sys

import click

from checker import __version__
from checker.cli.common import EXIT_CLEAN, EXIT_ERROR, Notes
from checker.errors import InputError, noting, one_line
from checker.output import guard_workflow_commands

__all__ = ["main", "cli", "COMMANDS"]

# Each command by name: the module that defines it, and its name there.
COMMANDS = {
    "report": ("checker.cli.report", "report"),
    "extract": ("checker.cli.extract", "extract"),
    "validate": ("checker.cli.validate", "validate"),
    "rules": ("checker.cli.rules", "rules"),
    "ci": ("checker.cli.ci", "ci"),
    "baseline": ("checker.cli.baseline", "baseline"),
    "schema": ("checker.cli.schema", "schema"),
    "eval": ("checker.evaluate.command", "eval_command"),
}


class _Commands(click.Group):
    """The command group, whose commands are imported from their modules when named or listed."""

    def get_command(self, ctx: click.Context, cmd_name: str):
        found = COMMANDS.get(cmd_name)
        if found is None:
            return super().get_command(ctx, cmd_name)
        module, name = found
        return getattr(importlib.import_module(module), name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version=__version__, prog_name="checker")
@click.option("--config", type=click.Path(dir_okay=False), help="pyproject.toml to read [tool.checker] from.")
@click.option("-v", "--verbose", is_flag=True, help="Show tracebacks of internal errors.")
@click.pass_context
def cli(ctx, config, verbose):
    """Find where news sources disagree on hard facts: counts, dates, casualty figures, durations."""
    ctx.obj = Notes()
    ctx.with_resource(noting(ctx.obj))


def main(argv: list[str] | None = None) -> int:
    """Run the command line; never let a traceback reach the user unless -v asks for one."""
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args or "--verbose" in args
    try:
        cli.main(args=args, prog_name="checker", standalone_mode=False)
    except SystemExit as e:
        return int(e.code or 0) if not isinstance(e.code, str) else EXIT_ERROR
    except click.exceptions.Abort:
        return 130
    except click.ClickException as e:
        e.show()
        return EXIT_ERROR
    except InputError as e:
        click.echo(guard_workflow_commands(str(e)), err=True)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_CLEAN
    except Exception as e:  # noqa: BLE001 - the last line of defence: one line, no traceback
        if verbose:
            raise
        click.echo(f"checker: internal error: {one_line(type(e).__name__ + ': ' + str(e))} "
                   "(re-run with -v for details)", err=True)
        return EXIT_ERROR
    return EXIT_CLEAN


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so the interpreter's final flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
