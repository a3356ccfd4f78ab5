"""SARIF 2.1.0: valid against the OASIS schema, with what GitHub code scanning needs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.report import render
from test_report_support import make_report, make_rules, make_texts

SCHEMA = Path(__file__).resolve().parents[1].parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"


def _log(report=None, **options) -> dict:
    text = render(report or make_report(), "sarif", rules=make_rules(), texts=make_texts(), **options)
    return json.loads(text)


def test_valid_against_the_sarif_schema():
    if not SCHEMA.is_file():
        pytest.skip("SARIF schema not present beside the repository")
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(_log())


def test_driver_and_rules_from_the_registry():
    log = _log()
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "checker" and driver["version"]
    rules = driver["rules"]
    assert [r["id"] for r in rules][:3] == ["FC101", "FC201", "FC501"]
    first = rules[0]
    assert first["name"] == "quantity-mismatch"
    assert first["shortDescription"]["text"] == "Sources give values for one figure that cannot all be true."
    assert "Why it matters" in first["fullDescription"]["text"] and "Why it matters" in first["help"]["text"]
    assert [r["defaultConfiguration"]["level"] for r in rules[:3]] == ["error", "warning", "note"]
    assert rules[0]["properties"]["tags"] == ["contradiction"]
    # FC103 is not in the given registry: it still gets a rule entry, so ruleIndex stays valid.
    assert rules[3]["id"] == "FC103"


def test_results_point_at_claims():
    log = _log()
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    results = {r["ruleId"]: r for r in log["runs"][0]["results"]}
    for result in results.values():
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    mismatch = results["FC101"]
    assert mismatch["level"] == "error"
    assert mismatch["partialFingerprints"] == {"checkerFingerprint/v1": "fp-101"}
    primary = mismatch["locations"][0]["physicalLocation"]
    assert primary["artifactLocation"] == {"uri": "seeds/a.txt", "uriBaseId": "%SRCROOT%"}
    assert primary["region"] == {"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 31}
    related = mismatch["relatedLocations"]
    assert [r["physicalLocation"]["artifactLocation"]["uri"] for r in related] == ["seeds/b.txt", "seeds/c.txt"]
    assert related[1]["physicalLocation"]["region"]["startLine"] == 2
    assert results["FC501"]["level"] == "note"
    curated = results["FC103"]["relatedLocations"][0]["physicalLocation"]
    assert curated["artifactLocation"]["uri"] == "claims/event.yaml"
    assert curated["region"] == {"startLine": 12, "startColumn": 5}


def test_absolute_paths_are_made_relative_to_the_root(tmp_path):
    report = make_report()
    sources = tuple(s.model_copy(update={"path": str(tmp_path / s.path)}) for s in report.sources)
    log = _log(report.model_copy(update={"sources": sources}), root=tmp_path)
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri == {"uri": "seeds/a.txt", "uriBaseId": "%SRCROOT%"}
    outside = _log(report.model_copy(update={"sources": sources}), root=tmp_path / "elsewhere")
    uri = outside["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri["uri"].startswith("file:///") and "uriBaseId" not in uri


def test_deterministic_and_order_independent():
    first = render(make_report(), "sarif", rules=make_rules(), texts=make_texts())
    for seed in range(3):
        assert render(make_report(shuffle=seed), "sarif", rules=make_rules(), texts=make_texts()) == first


def test_each_rule_links_to_its_documentation_and_the_tool_to_its_home():
    import re

    from checker import REPOSITORY_URL

    from checker.report.shared import rule_list

    log = json.loads(render(make_report(), "sarif"))  # the real registry's rules
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == REPOSITORY_URL
    docs = (Path(__file__).resolve().parents[1] / "docs" / "rules.md").read_text(encoding="utf-8")
    headings = {re.sub(r"[^a-z0-9 _-]", "", h.lower()).replace(" ", "-")
                for h in re.findall(r"^## (FC\d{3} [a-z-]+)$", docs, re.M)}
    for rule in driver["rules"]:
        base, _, anchor = rule["helpUri"].partition("#")
        assert base == f"{REPOSITORY_URL}/blob/main/docs/rules.md"
        if rule["id"] in {r.code for r in rule_list(None)}:
            assert anchor in headings, rule["helpUri"]


def test_the_repository_url_is_the_one_pyproject_names():
    import tomllib

    from checker import REPOSITORY_URL

    project = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["urls"]["Repository"] == REPOSITORY_URL
