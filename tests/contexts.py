"""The judging context of hand-made sources and texts, as a run would make it: each text read by extraction."""

from __future__ import annotations

from checker.judge.context import Context, Tolerances
from checker.judge.context import judging_context
from checker.extract.pipeline import read_source
from checker.model import Source
from checker.inputs.sources import LoadedSource
from checker.vocabulary import load_vocabulary


def context_for(sources: dict[str, Source], texts: dict[str, str] | None = None, vocabulary=None,
                tolerances: Tolerances | None = None) -> Context:
    """Sources by id, with the texts given (an empty text for the rest), read as a run would read them."""
    voc = vocabulary or load_vocabulary()
    loaded = [LoadedSource(source, (texts or {}).get(sid, "")) for sid, source in sources.items()]
    readings = {ls.source.id: read_source(ls.source, ls.text, voc) for ls in loaded}
    return judging_context(loaded, readings, voc, tolerances)


def story_report(folder, *sources: tuple[str, str]):
    """The report of a small story written into folder, its sources given as (published, text), one file each."""
    from checker.options import Options
    from checker.run import run

    names = "abcdefgh"
    (folder / "sources.yaml").write_text("".join(f'{n}: {{outlet: Outlet {n}, published: "{published}"}}\n'
                                                 for n, (published, _) in zip(names, sources)), encoding="utf-8")
    for n, (_, text) in zip(names, sources):
        (folder / f"{n}.txt").write_text(text + "\n", encoding="utf-8")
    return run([folder], Options(cache=False))


def dated_story(folder, *sources: tuple[str, str]):
    """story_report of sources given as (published, text), written into folder, made if need be."""
    folder.mkdir(parents=True, exist_ok=True)
    return story_report(folder, *sources)


def flagged(report, code: str | None = None) -> list:
    """A report's error and warning findings, of one code when given."""
    return [f for f in report.findings if f.severity in ("error", "warning") and (code is None or f.code == code)]


def claims_by_quote(text: str, published) -> dict:
    """The claims extraction reads from one text published on a day, by their quotes."""
    from checker.extract.pipeline import extract_claims

    source = Source(id="t", path="t.txt", published=published)
    return {c.quote: c for c in extract_claims(source, text)}
