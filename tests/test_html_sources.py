"""HTML sources: main text through trafilatura, the same claims as the plain text, offsets into that text."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from checker.errors import InputErrors
from checker.extract.pipeline import extract_claims
from checker.inputs.sources import load_sources
from checker.vocabulary import DEFAULT_NAMES, DEFAULT_VOCABULARY, load_vocabulary

pytest.importorskip("trafilatura")
pytest.importorskip("lxml_html_clean")

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_a3d81becfc9faf82.txt"


def _page(paragraphs: list[str], *, head: str = "") -> str:
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    return (
        "<!doctype html><html><head><meta charset=utf-8>" + head + "</head><body>"
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a> | Example Plus offers</nav>"
        f"<article>{body}</article>"
        "<aside><h3>Related</h3><a href='/x'>99 dead in unrelated storm</a></aside>"
        "<footer>© 2026 Example News. All rights reserved.</footer></body></html>"
    )


def _claims(path: Path):
    [loaded] = load_sources([path])
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY, DEFAULT_NAMES)
    return loaded, extract_claims(loaded.source, loaded.text, vocabulary, None)


def _what(claims) -> list[tuple]:
    return sorted(repr((c.kind, c.metric, c.subject, c.value, c.low, c.high, c.qualifier, c.quote, c.as_of,
                        c.attributed_to)) for c in claims)


def test_html_article_gives_the_same_claims_as_its_text(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    (tmp_path / "text").mkdir()
    (tmp_path / "page").mkdir()
    (tmp_path / "text" / "story.txt").write_text(text, encoding="utf-8")
    paragraphs = [p.strip() for p in text.splitlines() if p.strip()]
    (tmp_path / "page" / "story.html").write_text(_page(paragraphs, head="<title>Story</title>"), encoding="utf-8")
    _, from_text = _claims(tmp_path / "text" / "story.txt")
    loaded, from_html = _claims(tmp_path / "page" / "story.html")
    assert from_text and _what(from_html) == _what(from_text)
    # Offsets are into the extracted text; the HTML file is recorded as the original.
    assert all(loaded.text[c.start:c.end] == c.quote for c in from_html)
    assert loaded.source.original == str(tmp_path / "page" / "story.html")
    # Navigation, related links and the footer are not the article.
    assert "Example Plus" not in loaded.text and "unrelated storm" not in loaded.text and "rights reserved" not in loaded.text


def test_html_metadata_defaults_and_sources_yaml_override(tmp_path):
    head = ("<title>Strike on the grid</title><meta property='article:published_time' content='2026-02-04'>"
            "<link rel='canonical' href='https://news.example/strike'>")
    page = _page(["Russia launched 43 ballistic missiles at the grid on Tuesday, officials said. " * 3], head=head)
    (tmp_path / "strike.html").write_text(page, encoding="utf-8")
    [loaded] = load_sources([tmp_path / "strike.html"])
    assert loaded.source.title == "Strike on the grid"
    assert str(loaded.source.published) == "2026-02-04"
    assert loaded.source.url == "https://news.example/strike"
    (tmp_path / "sources.yaml").write_text("strike:\n  published: '2026-02-05'\n  outlet: Example\n", encoding="utf-8")
    [loaded] = load_sources([tmp_path])
    assert str(loaded.source.published) == "2026-02-05" and loaded.source.outlet == "Example"


def test_html_without_article_text_is_a_clear_error(tmp_path):
    (tmp_path / "empty.html").write_text("<html><head><title>T</title></head><body><script>var a = 1;</script>"
                                         "</body></html>", encoding="utf-8")
    with pytest.raises(InputErrors) as caught:
        load_sources([tmp_path / "empty.html"])
    assert "empty.html: no article text extracted from the HTML page" in str(caught.value)


def test_report_over_html_sources_points_at_the_original(tmp_path, monkeypatch, capsys):
    import json

    from checker.cli import main

    a = _page(["Officials said 12 people were killed in the strike on Monday in the city. " * 2])
    b = _page(["The governor said 15 people were killed in the strike on Monday in the city. " * 2])
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.html").write_text(a, encoding="utf-8")
    (tmp_path / "news" / "b.htm").write_text(b, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["report", "news", "--format", "json"]) in (0, 1)
    data = json.loads(capsys.readouterr().out)
    assert {s["original"] for s in data["sources"]} == {"news/a.html", "news/b.htm"}
    assert {c["source"] for c in data["claims"]} == {"a", "b"}
    assert data["findings"] and all(f["location"]["path"] in ("news/a.html", "news/b.htm") for f in data["findings"])


@pytest.mark.parametrize(("head", "outlet"), [
    ("<meta property='og:site_name' content='Kyiv  Independent'>", "Kyiv Independent"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "publisher": '
     '{"@type": "Organization", "name": "The Moscow Times"}}</script>', "The Moscow Times"),
    ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "publisher": {"@id": "#org"}}, '
     '{"@type": "NewsMediaOrganization", "@id": "#org", "name": "Example News"}]}</script>', "Example News"),
    # og:site_name wins over JSON-LD; a broken JSON-LD block is passed over.
    ("<meta property='og:site_name' content='First'><script type='application/ld+json'>{\"publisher\": "
     "{\"name\": \"Second\"}}</script>", "First"),
    ("<script type='application/ld+json'>{not json</script><meta property='og:site_name' content='Kept'>", "Kept"),
    # Nothing is guessed from the address or the title.
    ("<title>Strike | Reuters</title><link rel='canonical' href='https://www.example.com/strike'>", None),
])
def test_html_outlet_comes_from_the_page_metadata(tmp_path, head, outlet):
    page = _page(["Russia launched 43 ballistic missiles at the grid on Tuesday, officials said. " * 3], head=head)
    (tmp_path / "strike.html").write_text(page, encoding="utf-8")
    [loaded] = load_sources([tmp_path / "strike.html"])
    assert loaded.source.outlet == outlet


def test_sources_yaml_outlet_wins_over_the_page(tmp_path):
    head = "<meta property='og:site_name' content='From the page'>"
    page = _page(["Russia launched 43 ballistic missiles at the grid on Tuesday, officials said. " * 3], head=head)
    (tmp_path / "strike.html").write_text(page, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("strike:\n  outlet: From the editor\n", encoding="utf-8")
    [loaded] = load_sources([tmp_path])
    assert loaded.source.outlet == "From the editor"
