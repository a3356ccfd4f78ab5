"""Time from the text first: the whole run on small articles whose dates their own sentences state."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from checker.options import Options
from checker.run import run
from checker.extract.pipeline import extract_claims
from checker.model import Source


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


LATE_WIRE = (
    "KYIV — Russia fired 90 ballistic missiles at Ukraine's power grid on Tuesday, February 3, 2026, officials "
    "said.\n\nThe barrage came a day before negotiators were due to meet in Abu Dhabi. Ukraine's air force said "
    "most of the missiles targeted energy facilities in the east and in the capital.\n\nEmergency crews worked "
    "through the night on Tuesday to restore heat to apartment blocks as temperatures fell well below freezing.\n"
)


def test_a_new_wire_without_metadata_is_dated_by_its_text_and_fails_ci(tmp_path, monkeypatch, capsys):
    from ci_helpers import ROOT, findings, make_repo, run_cli

    claims = {"abu-dhabi-2026-02.yaml": (ROOT / "claims" / "abu-dhabi-2026-02.yaml").read_text(encoding="utf-8")}
    repo = make_repo(tmp_path / "desk", claims)
    monkeypatch.chdir(repo)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    assert run_cli(capsys, "baseline", "write")[0] == 0
    assert run_cli(capsys, "ci", "seeds", "claims", "--baseline", "checker-baseline.json")[0] == 0

    (repo / "seeds" / "005_late_wire.txt").write_text(LATE_WIRE, encoding="utf-8")
    code, out, err = run_cli(capsys, "ci", "seeds", "claims", "--baseline", "checker-baseline.json",
                             "--format", "json")
    assert code == 1, err
    report = json.loads(out)
    claims_by_id = {c["id"]: c for c in report["claims"]}
    (wire,) = [c for c in report["claims"] if c["source"] == "005_late_wire" and c["metric"] == "missiles.ballistic"]
    assert wire["value"] == 90
    failing = [f for f in findings(out) if f["severity"] == "error" and wire["id"] in f["claims"]]
    assert failing and all(f["metric"].startswith("missiles") for f in failing)
    assert any(claims_by_id[c]["source"] != "005_late_wire" for f in failing for c in f["claims"])
    assert ("005_late_wire has no publication date: its relative dates are read from 2026-02-03, the latest date "
            "it states, and it is compared with the sources of that week") in report["notices"]


PUBLISHED = dt.date(2026, 3, 11)  # a Wednesday


def _times(text: str, published=PUBLISHED) -> list[tuple[str, float, str | None, bool]]:
    found = extract_claims(Source(id="t", path="t.txt", published=published), text)
    return [(c.metric, c.value, c.as_of, c.as_of_stated) for c in found if c.kind == "quantity"]


@pytest.mark.parametrize(("text", "expected"), [
    # A time that opens a sentence dates the figures of the sentences after it in its paragraph.
    ("As of 9 a.m. on Tuesday, rescuers were still searching the rubble. Officials said 12 people were killed "
     "and 30 injured.", [("people.killed", 12, "2026-03-10", True), ("people.injured", 30, "2026-03-10", True)]),
    ("KYIV — On March 3, rescuers searched the rubble. 30 people were injured.",
     [("people.injured", 30, "2026-03-03", True)]),
    # ... and of the clauses after it in its sentence.
    ("In February 2025, Zelensky cited 46,000 soldiers killed; the army said 12 people were injured.",
     [("soldiers.killed", 46000, "2025-02", True), ("people.injured", 12, "2025-02", True)]),
])
def test_a_date_opening_a_clause_dates_the_figures_after_it_in_its_paragraph(text, expected):
    assert _times(text) == expected


@pytest.mark.parametrize("text", [
    # A date inside a clause dates that clause, not the next one or the next sentence.
    "Dozens injured in Kharkiv; total civilian toll from 2025 being called highest on record.",
    "The walkout cost more than the strike in 2019. The latest total includes 300 people injured.",
    # Another paragraph: blank lines part them, or line breaks where no blank line stands between lines.
    "As of Tuesday, rescuers searched the rubble.\n\n30 people were injured.\n",
    "As of Tuesday, rescuers searched the rubble.\n30 people were injured.\nThe governor said so.\n",
    # An update keeps its own time: an earlier report is not dated by the later bulletin before it.
    "On March 3, the toll rose to 2,960 dead. The authorities had previously announced 24 people injured.",
])
def test_a_date_inside_a_clause_or_another_paragraph_does_not_date_a_figure(text):
    assert all(not stated or value in (2960,) for _, value, _, stated in _times(text))


def test_a_date_of_an_event_does_not_date_figures():
    # "Tuesday's attack" dates the attack: the figure holds as of publication, as before.
    assert _times("On Tuesday, Russia launched an attack on Kyiv. 30 people were injured.") == [
        ("people.injured", 30, "2026-03-11", False)]
