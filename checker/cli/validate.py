"""`checker validate`: claim files checked against the schema and their sources."""

from __future__ import annotations

import click

from checker.cli.common import fail
from checker.errors import InputErrors
from checker.inputs.paths import split_paths

__all__ = ["validate"]


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--sources", "source_paths", multiple=True, type=click.Path(),
              help="Source files or folders the claims quote (default: seeds).")
def validate(files, source_paths):
    """Check claim files: schema, quotes found verbatim in their sources, unique ids, known sources."""
    from checker.inputs.claimfiles import validate_claim_files
    from checker.inputs.sources import collect_sources

    srcs, claim_files = split_paths(files)
    if not claim_files:
        named = ", ".join(str(p) for p in srcs)
        metadata = [p for p in srcs if p.name == "sources.yaml"]
        what = ("sources.yaml describes source articles (outlet, title, published), it holds no claims"
                if metadata else "these are sources, not claim files")
        fail(f"checker validate: no claim file among {named}: {what}. Claim files are YAML files with "
              "`story` and `claims` (see `checker schema`); name them, e.g. `checker validate claims/story.yaml`")
    loaded, errors = collect_sources([*(source_paths or ("seeds",)), *srcs])
    sources = {ls.source.id: (ls.source, ls.text) for ls in loaded}
    errors = [*errors, *validate_claim_files(claim_files, sources)]
    if errors:
        raise InputErrors(errors)
    click.echo(f"{len(claim_files)} claim file(s) valid", err=True)
