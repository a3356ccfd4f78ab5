"""Time from the text first: the whole run on small articles whose dates their own sentences state."""

from __future__ import annotations

from pathlib import Path

from checker.engine import Options, run


def _corpus(tmp_path: Path, articles: dict[str, str], published: dict[str, str]) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    meta = "".join(f"{name}:\n  published: '{day}'\n" for name, day in published.items())
    (folder / "sources.yaml").write_text(meta, encoding="utf-8")
    return folder


def test_a_wrong_weekday_is_an_error_naming_the_sources_that_date_the_event(tmp_path):
    # 8 September 2023 was a Friday; the last source, published two weeks later, calls it a Thursday.
    folder = _corpus(tmp_path, {
        "a": "RABAT — The quake struck at 11:11 p.m. Friday near Marrakech, officials said.\n",
        "b": "The quake struck at 11:11 p.m. local time on September 8, the institute said.\n",
        "c": "The death toll from the earthquake that struck on the night of Thursday, September 8 has risen.\n",
    }, {"a": "2023-09-09", "b": "2023-09-14", "c": "2023-09-21"})
    report = run([folder], Options(select=("FC302",)))
    (finding,) = report.findings
    claims = {c.id: c for c in report.claims}
    assert [claims[i].source for i in finding.claims] == ["a", "b", "c"]
    assert "c calls 2023-09-08 a Thursday; it was a Friday, as a ('Friday') and b ('September 8')" in finding.message
    assert finding.path.endswith("c.txt")
