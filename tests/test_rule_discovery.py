"""Rules are found by walking their package: a new rule module runs without editing any registry."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import checker.judge.rules as rules
from checker.options import Options
from checker.run import run

PROBE = textwrap.dedent('''
    """A throwaway rule family for the discovery test."""

    from checker.judge.rules import Hit, rule


    @rule("FC990", "probe-finding", severity="warning", category="contradiction", scope="corpus")
    def probe_finding(claims, ctx):
        """One finding on the first claim of the corpus."""
        if claims:
            yield Hit(claims=(claims[0],), template="probe over {count} claims", params={"count": len(claims)},
                      explanation="a probe", metric=claims[0].metric)
''')


ROOT = Path(__file__).resolve().parents[1]


def test_a_rule_module_dropped_into_the_package_path_runs(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    (tmp_path / "probe_rules.py").write_text(PROBE, encoding="utf-8")
    monkeypatch.setattr(rules, "__path__", [*rules.__path__, str(tmp_path)])
    try:
        assert "checker.judge.rules.probe_rules" in rules.rule_modules()
        report = run(options=Options(select=("FC990",)))
        (finding,) = report.findings
        assert finding.code == "FC990" and finding.rule == "probe-finding"
        assert finding.message == f"probe over {len(report.claims)} claims"
        assert rules.get_rule("probe-finding").summary == "One finding on the first claim of the corpus."
    finally:
        monkeypatch.undo()
        rules._REGISTRY.pop("FC990", None)
        sys.modules.pop("checker.judge.rules.probe_rules", None)
    assert rules.get_rule("FC990") is None


def test_every_module_of_the_package_registers_rules():
    found = {r.func.__module__ for r in rules.all_rules()}
    assert found == set(rules.rule_modules())
