"""`checker schema`: the JSON Schema of claim files, written or checked against the models."""

from __future__ import annotations

from pathlib import Path

import click

from checker.cli.common import EXIT_FINDINGS
from checker.output import emit

__all__ = ["schema", "schema_text", "SCHEMA_PATH"]


SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schema" / "claims.schema.json"


@click.command("schema")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the schema here (atomically).")
@click.option("--check", is_flag=True, help="Exit 1 if the committed schema differs from the models.")
def schema(output, check):
    """Print the JSON Schema of claim files, generated from the pydantic models.

    Editors use it for completion and validation: put
    `# yaml-language-server: $schema=<path to claims.schema.json>` at the top of a claim file.
    """
    text = schema_text()
    if check:
        target = Path(output) if output else SCHEMA_PATH
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != text:
            click.echo(f"{target}: out of date: run `checker schema -o {target}`", err=True)
            raise SystemExit(EXIT_FINDINGS)
        click.echo(f"{target}: up to date", err=True)
        return
    emit(text, Path(output) if output else None)


def schema_text() -> str:
    """The claim-file JSON Schema as committed: indented by 2, keys in model order, a trailing newline."""
    import json

    from checker.inputs.claimfiles import claim_file_json_schema

    return json.dumps(claim_file_json_schema(), indent=2, ensure_ascii=False) + "\n"
