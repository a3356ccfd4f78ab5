"""Quotation and page-furniture lookups answer like a scan of every span, in logarithmic time."""

from __future__ import annotations

import random

from checker.extract.document import Document
from checker.extract.pipeline import extract_claims
from checker.model import Source
from checker.vocabulary import load_vocabulary
from timing import fastest_seconds


def test_lookups_agree_with_a_scan_of_every_span():
    rnd = random.Random(7)
    pieces = ['"she said 12"', "“43 drones”", "Share\n", "Read more: live updates\n", "5 killed. ", "x ", "\n"]
    voc = load_vocabulary()
    for _ in range(40):
        doc = Document("".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 60))), voc)
        n = len(doc.text)
        for _ in range(200):
            a = rnd.randint(0, n)
            b = rnd.randint(a, n)
            assert doc.in_quotation(a, b) == any(lo < a and b < hi for lo, hi in doc.quotes)
            assert doc.is_boilerplate(a) == any(lo <= a < hi for lo, hi in doc.boilerplate)


def test_many_short_quotations_stay_linear():
    # 300 KB of tiny quotations each followed by a number: a scan of every quotation per number
    # took minutes on a megabyte. Words between keep the figures sparse enough to be read as prose.
    text = '"a" 1 and a few more words go here ' * 8_000
    source = Source(id="q", path="q.txt")
    assert fastest_seconds(lambda: extract_claims(source, text), 6.0) < 6.0
