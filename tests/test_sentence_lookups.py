"""A sentence's words, its term scans and a text's quotations agree with plain scans of the text."""

from __future__ import annotations

import random
import re
from pathlib import Path

from checker.extract.document import Document, Sentence
from checker.vocabulary import WORD_PATTERN, lemma, load_vocabulary

ROOT = Path(__file__).resolve().parents[1]

_TRICKY = (
    "Russia's forces fired 43 ballistic missiles at Kyiv’s suburbs; U.S. officials said 1.5 km away.\n"
    "The region's governor, Gen. Ivan Petrov, said the so-called 'pause' ended. Zaporizhzhia oblast was hit.\n"
    "  \n\nTwenty-one people were killed in the town, and 18-year-olds were among them!"
)


def _texts() -> list[str]:
    return [_TRICKY, *(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))]


def test_words_and_their_columns_match_a_scan_of_the_sentence():
    voc = load_vocabulary()
    for text in _texts():
        doc = Document(text, voc)
        for sentence in doc.sentences:
            scanned = [(m.start(), m.end(), m.group(), lemma(m.group()))
                       for m in WORD_PATTERN.finditer(doc.lower, sentence.start, sentence.end)]
            assert [tuple(w) for w in sentence.words] == scanned
            assert [w.start for w in sentence.words] == sentence.starts
            assert [w.end for w in sentence.words] == sentence.ends
            assert [w.text for w in sentence.words] == sentence.texts
            assert [w.lemma for w in sentence.words] == sentence.lemmas


def test_a_sentence_given_its_words_reads_its_columns_from_them():
    voc = load_vocabulary()
    doc = Document("Kyiv was hit.", voc)
    words = doc.sentences[0].words
    given = Sentence(0, 13, list(words), [])
    assert (given.starts, given.ends, given.texts, given.lemmas) == (
        [0, 5, 9], [4, 8, 12], ["kyiv", "was", "hit"], ["kyiv", "was", "hit"])
    empty = Sentence(0, 0, [], [])
    assert (empty.words, empty.starts, empty.lemmas, empty.forms) == ([], [], [], frozenset())


def _longest_first(lemmas: list[str], table: dict, lo: int, hi: int, starts: list[int], ends: list[int]):
    """The reference: at each word inside [lo, hi), the longest term of the table starting there."""
    longest = max((len(k) for k in table), default=0)
    out, i = [], 0
    while i < len(lemmas):
        if starts[i] >= lo and ends[i] <= hi:
            for n in range(min(longest, len(lemmas) - i), 0, -1):
                if tuple(lemmas[i : i + n]) in table:
                    out.append((starts[i], ends[i + n - 1], table[tuple(lemmas[i : i + n])], i, i + n - 1))
                    i += n
                    break
            else:
                i += 1
        else:
            i += 1
    return out


def _fields(m) -> tuple:
    return m.start, m.end, m.value, m.first_word, m.last_word


def test_term_scans_find_what_a_longest_match_scan_finds():
    voc = load_vocabulary()
    rnd = random.Random(11)
    # Words of the terms themselves, so that sentences hold overlapping and adjacent terms.
    pool = sorted({w for table in (voc.places, voc.events) for key in table for w in key})
    pool += ["the", "in", "and", "said", "43", "of"]
    for _ in range(200):
        text = " ".join(rnd.choice(pool) for _ in range(rnd.randint(1, 25))) + "."
        doc = Document(text, voc)
        for sentence in doc.sentences:
            columns = (sentence.starts, sentence.ends)
            for table in (voc.places, voc.events):
                whole = _longest_first(sentence.lemmas, table, sentence.start, sentence.end, *columns)
                assert [_fields(m) for m in doc.matches(sentence, table)] == whole
                lo = rnd.randint(sentence.start, sentence.end)
                hi = rnd.randint(lo, sentence.end)
                part = _longest_first(sentence.lemmas, table, lo, hi, *columns)
                assert [_fields(m) for m in doc.matches(sentence, table, lo, hi)] == part


def test_quotations_are_found_whichever_marks_a_text_uses():
    general = re.compile(r"“[^”\n]{0,400}”|\"[^\"\n]{0,400}\"")
    rnd = random.Random(5)
    pieces = ['"a 1"', "“b 2”", '"', "“", "”", "word ", "\n", "x" * 50]
    voc = load_vocabulary()
    seen = set()
    for _ in range(300):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        seen.add(("“" in text, '"' in text))
        assert Document(text, voc).quotes == [m.span() for m in general.finditer(text)]
    assert len(seen) == 4  # curly only, straight only, both and neither were all tried
