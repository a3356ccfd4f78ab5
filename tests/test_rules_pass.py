"""The rule pass as a whole: it holds the garbage collector off, so it must leave no cycles and restore it."""

from __future__ import annotations

import gc

import pytest

from benchmarks.corpus import generate
from benchmarks.run import _loaded
from checker.extract.batch import read_all
from checker.judge.context import judging_context
from checker.judge.rulepass import apply_rules
from checker.options import Options
from checker.vocabulary import load_vocabulary


@pytest.fixture(scope="module")
def corpus():
    loaded = _loaded(generate(40))
    voc = load_vocabulary()
    readings = dict(zip((ls.source.id for ls in loaded), read_all(loaded, voc, Options())))
    claims = sorted((c for r in readings.values() for c in r.claims), key=lambda c: (c.source, c.start, c.end, c.id))
    return judging_context(loaded, readings, voc), claims


def _run(corpus):
    ctx, claims = corpus
    return apply_rules(claims, ctx, Options())


def test_the_pass_leaves_no_reference_cycles(corpus):
    _run(corpus)  # first use: rule modules, vocabulary caches
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        findings = _run(corpus)
        assert findings, "the generated corpus has conflicts and corroborations to find"
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()


def test_the_collector_is_left_as_it_was(corpus):
    assert gc.isenabled()
    _run(corpus)
    assert gc.isenabled()
    gc.disable()
    try:
        _run(corpus)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_pass_is_deterministic(corpus):
    first = [f.model_dump() for f in _run(corpus)]
    assert first == [f.model_dump() for f in _run(corpus)]
