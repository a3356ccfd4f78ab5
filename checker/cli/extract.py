"""`checker extract`: a draft claim file from sources, for an editor to curate."""

from __future__ import annotations

from pathlib import Path

import click

from checker.cli.common import config_of, emit_text, protected_inputs

__all__ = ["extract"]


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write the draft claim file here (never over an existing file without --force).")
@click.option("--force", is_flag=True, help="Replace the --output file if it exists.")
@click.option("--story", default=None, help="Story name for the draft (default: from the first source's folder).")
@click.pass_context
def extract(ctx, sources, output, force, story):
    """Write a draft claim file of the figures found in SOURCES, for an editor to curate."""
    from checker.extract.pipeline import extract_claims
    from checker.inputs.sources import load_sources
    from checker.report.drafts import draft_claim_file
    from checker.vocabulary import DEFAULT_NAMES, DEFAULT_VOCABULARY, load_vocabulary

    config = config_of(ctx)
    if output and output != "-":
        from checker.output import check_output

        check_output(output, protected=protected_inputs(sources), overwrite=force)
    loaded = load_sources(sources)
    vocabulary = load_vocabulary(config.vocabulary or DEFAULT_VOCABULARY, config.names or DEFAULT_NAMES)
    claims = [c for ls in loaded for c in extract_claims(ls.source, ls.text, vocabulary, config.number_policy())]
    name = story or _story_name(sources[0])
    texts = {ls.source.id: ls.text for ls in loaded}
    emit_text(draft_claim_file(name, claims, texts), output, protected_inputs(sources), overwrite=force)


def _story_name(path: str) -> str:
    import re

    stem = Path(path).resolve()
    stem = stem.name if stem.is_dir() else stem.parent.name
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    return slug or "story"
