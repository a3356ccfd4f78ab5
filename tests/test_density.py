"""Figure-dense stretches (tables flattened into a line, junk) are skipped; prose never is; lookups stay linear."""

from __future__ import annotations

from pathlib import Path

from checker.extract import document
from checker.extract.density import DENSE_FIGURES, DENSE_WINDOW, blank_dense, dense_stretches
from checker.extract.pipeline import extract_claims
from checker.model import Source

ROOT = Path(__file__).resolve().parents[1]


def test_news_prose_has_no_dense_stretch():
    from benchmarks.corpus import generate

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [a.text for a in generate(200, seed=3)]
    assert all(dense_stretches(t) == [] for t in texts)


def test_the_threshold_counts_figures_within_the_window():
    gap = " " * (DENSE_WINDOW // DENSE_FIGURES - 3)  # figures 2 characters wide, one per window/DENSE_FIGURES
    below = ("12" + gap) * (DENSE_FIGURES - 1)
    assert dense_stretches(below) == []
    at = ("12" + gap) * DENSE_FIGURES
    assert dense_stretches(at) == [(0, len(at.rstrip()))]
    spread = ("12" + " " * (DENSE_WINDOW // (DENSE_FIGURES - 1))) * 200
    assert dense_stretches(spread) == []


def test_number_words_and_dates_count_but_prose_words_do_not():
    assert dense_stretches("Monday, March 3, twenty-one thousand. " * 40)
    assert dense_stretches("a single pair may march on the second sun. " * 200) == []


def test_a_table_line_inside_an_article_is_skipped_and_the_prose_around_it_is_read():
    before = "Russia launched 43 ballistic missiles at Kyiv on Tuesday, officials said.\n"
    table = "Region " + " ".join(str(n) for n in range(1000, 1400)) + "\n"
    after = "Ukraine said 71 ballistic missiles were launched.\n"
    text = before + table + after
    stretches = dense_stretches(text)
    assert len(stretches) == 1
    start, end = stretches[0]
    assert len(before) < start < end < len(before) + len(table)
    blanked = blank_dense(text, stretches)
    assert len(blanked) == len(text) and blanked[:start] == text[:start] and blanked[end:] == text[end:]
    claims = extract_claims(Source(id="a", path="a.txt"), text)
    assert sorted(c.quote for c in claims if c.kind == "quantity") == ["43 ballistic missiles", "71 ballistic missiles"]
    assert all(text[c.start:c.end] == c.quote for c in claims)
    assert not any(start <= c.start < end for c in claims)


def test_context_lookups_per_figure_do_not_rescan_the_text(monkeypatch):
    # A sparse, repeated sentence with a place and "the town": each figure's subject and anaphora used to
    # walk every earlier sentence (or every place of its sentence), quadratic on a long text.
    calls = {"matches": 0, "locative": 0}
    matches, locative = document.Document.matches, document.Document._locative

    def counting_matches(self, *args, **kwargs):
        calls["matches"] += 1
        return matches(self, *args, **kwargs)

    def counting_locative(self, *args, **kwargs):
        calls["locative"] += 1
        return locative(self, *args, **kwargs)

    monkeypatch.setattr(document.Document, "matches", counting_matches)
    monkeypatch.setattr(document.Document, "_locative", counting_locative)
    # Separate sentences (each "the town" looked back over all before it) and one long sentence (each
    # figure tested every place of it).
    for unit in ("Russia fired 43 missiles at Kyiv near the town. ", "Russia fired 43 missiles at Kyiv near the town, "):
        repeats = 800
        calls.update(matches=0, locative=0)
        claims = extract_claims(Source(id="a", path="a.txt"), unit * repeats)
        assert len(claims) > 0.9 * repeats
        assert calls["matches"] < 10 * repeats and calls["locative"] < 10 * repeats, calls


def test_the_report_says_which_source_had_a_stretch_skipped(tmp_path):
    from checker.options import Options
    from checker.run import run

    (tmp_path / "a.txt").write_text("Russia launched 43 ballistic missiles at Kyiv.\nScores: "
                                    + " ".join(str(n) for n in range(100, 300)) + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Ukraine said 71 ballistic missiles were launched.\n", encoding="utf-8")
    report = run([str(tmp_path)], Options())
    dense = [n for n in report.notices if "not read" in n]
    assert len(dense) == 1 and dense[0].startswith("a: ") and "from line 2" in dense[0], report.notices
    assert {c.quote for c in report.claims} >= {"43 ballistic missiles", "71 ballistic missiles"}
