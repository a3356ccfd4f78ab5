"""Every rule against its case file of flagged and clean examples, and every rule documented."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from checker.judge.context import Context
from checker.judge.rulepass import apply_rules
from checker.options import Options
from checker.extract.numbers import interval_for
from checker.model import Claim, Source, iso_to_day
from checker.judge.rules import all_rules
from checker.inputs.yamlsafe import load_yaml
from contexts import context_for

CASES = Path(__file__).with_name("rules")
PUBLISHED = dt.date(2026, 2, 4)


def _case_files():
    return sorted(CASES.glob("FC*.yaml"))


def _claim(i: int, spec: dict, published: dict | None = None) -> Claim:
    spec = dict(spec)
    kind = spec.pop("kind", "quantity")
    qualifier = spec.pop("qualifier", "exact")
    value = spec.pop("value", None)
    fields = {"low_inclusive": True, "high_inclusive": True}
    if kind == "date":
        value = iso_to_day(value) if value is not None else None
        low = iso_to_day(spec.pop("low")) if "low" in spec else value
        high = iso_to_day(spec.pop("high")) if "high" in spec else value
        fields.update(low=low, high=high, precision=spec.pop("precision", "day"))
    elif "low" in spec or "high" in spec:
        fields.update(low=spec.pop("low", None), high=spec.pop("high", None))
    else:
        low, high, li, hi = interval_for(value, qualifier)
        fields.update(low=low, high=high, low_inclusive=li, high_inclusive=hi)
    if kind != "date":
        spec.setdefault("unit", "count" if kind == "quantity" else "day")
    day = (published or {}).get(spec["source"], PUBLISHED)
    spec.setdefault("as_of", (day.date() if isinstance(day, dt.datetime) else day).isoformat())
    quote = spec.pop("quote", f"figure {i}")
    start = spec.pop("start", i * 10)
    end = spec.pop("end", start + len(quote))
    return Claim(id=f"{spec['source']}:{i}", kind=kind, qualifier=qualifier, value=value, quote=quote,
                 start=start, end=end, **fields, **spec)


def _published(value) -> dt.date | dt.datetime:
    """A case's publication: a day, or an hour with its offset."""
    text = str(value)
    return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)


def _context(doc: dict, claims: list[Claim], published: dict | None = None) -> Context:
    meta = doc.get("sources") or {}
    sources, texts = {}, {}
    for sid in sorted({c.source for c in claims}):
        m = meta.get(sid, {})
        sources[sid] = Source(id=sid, path=f"{sid}.txt", published=(published or {}).get(sid, PUBLISHED),
                              wire=tuple(m.get("wire", ())))
        texts[sid] = m.get("text", "")
    return context_for(sources, texts)


def _cases():
    for path in _case_files():
        doc = load_yaml(path).data
        for case in doc["cases"]:
            yield pytest.param(doc, case, id=f"{doc['rule']}-{case['name']}")


@pytest.mark.parametrize(("doc", "case"), list(_cases()))
def test_rule_case(doc, case):
    # A case may date its sources ("published: {a: 2026-02-02}", or to the hour: "2026-02-02T09:00:00+00:00"); the
    # rest are published on PUBLISHED.
    published = {sid: _published(day) for sid, day in (case.get("published") or {}).items()}
    claims = [_claim(i, spec, published) for i, spec in enumerate(case["claims"])]
    findings = apply_rules(claims, _context(doc, claims, published), Options(select=(doc["rule"],)))
    codes = [f.code for f in findings]
    if case["flagged"]:
        assert doc["rule"] in codes, f"{doc['rule']} should flag: {case['name']}"
        finding = next(f for f in findings if f.code == doc["rule"])
        assert finding.explanation and finding.message and finding.fingerprint
        assert set(finding.claims) <= {c.id for c in claims}
        if "findings" in case:  # how many findings the rule gives, where a figure could be told more than once
            assert codes.count(doc["rule"]) == case["findings"], findings
    else:
        assert doc["rule"] not in codes, f"{doc['rule']} should not flag: {case['name']}: {findings}"


def test_every_rule_has_a_case_file_with_both_outcomes():
    files = {p.stem: load_yaml(p).data for p in _case_files()}
    for r in all_rules():
        if r.code.startswith("FC9"):
            continue  # workflow rules are tested through suppressions and baselines
        assert r.code in files, f"{r.code} has no case file in tests/rules/"
        outcomes = {case["flagged"] for case in files[r.code]["cases"]}
        assert outcomes == {True, False}, f"{r.code} needs flagged and clean cases"


@pytest.mark.parametrize("r", all_rules(), ids=lambda r: r.code)
def test_every_rule_is_documented(r):
    assert r.summary and r.summary.endswith("."), r.code
    for section in ("Why it matters:", "Example:", "Not flagged:", "Options:"):
        assert section in r.doc, f"{r.code} docstring lacks {section!r}"
    assert r.name == r.name.lower() and " " not in r.name and "_" not in r.name


def test_codes_are_unique_and_names_unique():
    rules = all_rules()
    assert len({r.code for r in rules}) == len(rules)
    assert len({r.name for r in rules}) == len(rules)


def test_docs_rules_md_is_current():
    from checker.cli.rules import rules_markdown

    committed = (Path(__file__).resolve().parents[1] / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == rules_markdown(), "docs/rules.md is stale: python -m checker rules --format markdown > docs/rules.md"


def test_weekday_mismatch_names_the_sources_that_date_the_event_alike_in_any_week():
    # A quake of Friday 8 September 2023, which the last source, published two weeks later, calls a Thursday.
    published = {"a": dt.date(2023, 9, 9), "b": dt.date(2023, 9, 14), "c": dt.date(2023, 9, 21), "d": dt.date(2023, 9, 9)}
    specs = [
        {"source": "c", "kind": "date", "metric": "strike.date", "event": "strike", "value": "2023-09-08",
         "weekday": 3, "quote": "Thursday, September 8"},
        {"source": "a", "kind": "date", "metric": "strike.date", "event": "strike", "value": "2023-09-08",
         "quote": "Friday"},
        {"source": "b", "kind": "date", "metric": "strike.date", "event": "strike", "value": "2023-09-08",
         "quote": "September 8"},
        # Another event that day, and a bare date of nothing known: neither dates the quake.
        {"source": "d", "kind": "date", "metric": "talks.date", "event": "talks", "value": "2023-09-08"},
        {"source": "d", "kind": "date", "metric": "date", "value": "2023-09-08"},
    ]
    claims = [_claim(i, spec, published) for i, spec in enumerate(specs)]
    (finding,) = apply_rules(claims, _context({}, claims, published), Options(select=("FC302",)))
    assert finding.message == ("c calls 2023-09-08 a Thursday; it was a Friday, as a ('Friday') and b "
                               "('September 8') date the strike")
    assert set(finding.claims) == {"c:0", "a:1", "b:2"} and finding.sources == ("a", "b", "c")
    assert finding.path == "c.txt"  # placed at the mismatched date, not at the first source
