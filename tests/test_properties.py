"""Properties that hold for any text: extraction never raises, quotes are their spans, order does not matter."""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from checker.run import run
from checker.extract.pipeline import extract_claims
from checker.model import Source
from checker.report import render

ROOT = Path(__file__).resolve().parents[1]
SOURCE = Source(id="s", path="s.txt", published=dt.date(2026, 2, 4))
UNDATED = Source(id="u", path="u.txt")

# Text that looks like news often enough to reach deep into the grammars.
_WORDS = st.sampled_from([
    "at least", "seven", "Twenty-eight", "cruise missiles", "43", "ballistic", "killed", "wounding", "15",
    "on Tuesday", "Feb 1", "Jan. 23-24", "Wednesday (February 4, 2026)", "-25°C", "(-11°F)", "about 20%",
    "per cent", "seven-day truce", "two days", "said", "Zelensky", "according to", "Kyiv", "in", "of",
    "the province", "more than 46,000", "dozens", "hundreds of thousands", "$2.3bn", ",", ".", "\n",
    "“", "”", "|", "[link=x]", "\x1b[31m", "\u202e", "::error::", "Also Read", "Related articles",
])
NEWSY = st.lists(_WORDS, max_size=60).map(" ".join)
ANY_TEXT = st.text(max_size=400)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(ANY_TEXT, NEWSY))
@example("0$:OF")  # a sum, then "of" ending the text: no noun after it to read
def test_extraction_never_raises_and_quotes_are_spans(text):
    for source in (SOURCE, UNDATED):
        for claim in extract_claims(source, text):
            assert text[claim.start:claim.end] == claim.quote
            assert claim.start < claim.end


def test_report_is_the_same_whatever_the_order_of_the_files(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for folder in (a, b):
        folder.mkdir()
    names = sorted(p.name for p in (ROOT / "seeds").iterdir())
    shuffled = names[:]
    random.Random(7).shuffle(shuffled)
    for name in names:
        shutil.copy(ROOT / "seeds" / name, a / name)
    for name in shuffled:  # a different creation order on disk
        shutil.copy(ROOT / "seeds" / name, b / name)
    claims = ROOT / "claims" / "abu-dhabi-2026-02.yaml"
    first = render(run([str(a), str(claims)]), "json").replace(str(a), "X")
    second = render(run([str(claims), str(b)]), "json").replace(str(b), "X")
    files = [str(b / n) for n in shuffled if n.endswith(".txt")]
    third = render(run([*files, str(claims)]), "json").replace(str(b), "X")
    assert first == second == third
