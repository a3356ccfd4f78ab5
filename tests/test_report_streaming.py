"""`checker report -f json` streams into the output's temporary file, caches a copy, and stores Reports piecewise."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

import checker.report.json as json_report
from checker.store.reports import RunCache
from checker.cli import cli
from checker.model import Claim, Finding, Report, Source
from checker.report import render

# The two-article corpus of the replay tests: the same fixture, so both files test the same run.
from test_replay import corpus  # noqa: F401  (a fixture)


def _run(*args: str):
    return CliRunner().invoke(cli, ["report", *args], catch_exceptions=False)


def _stored_renderings(cache: Path) -> list[Path]:
    return sorted((cache / "runs").rglob("*.json")) if (cache / "runs").is_dir() else []


def test_streamed_file_is_the_rendering_and_its_cached_copy(corpus: Path, tmp_path: Path):
    out = tmp_path / "r.json"
    first = _run(str(corpus), "-f", "json", "-o", str(out), "--cache-dir", "cache")
    assert first.exit_code in (0, 1), first.output
    body = out.read_bytes()
    assert json.loads(body)["claims"]
    stdout = _run(str(corpus), "-f", "json", "--no-cache").stdout_bytes
    assert body == stdout  # the file streamed and the text printed are the same bytes
    stored = [p for p in _stored_renderings(tmp_path / "cache") if not p.name.endswith(".report.json")]
    assert len(stored) == 1
    digest, _, copy = stored[0].read_bytes().partition(b"\n")
    assert copy == body
    out.unlink()
    again = _run(str(corpus), "-f", "json", "-o", str(out), "--cache-dir", "cache")
    assert (again.exit_code, out.read_bytes()) == (first.exit_code, body)


def test_a_failure_while_streaming_leaves_the_old_output_and_no_cache(corpus: Path, tmp_path: Path, monkeypatch):
    out = tmp_path / "r.json"
    out.write_text("old report\n", encoding="utf-8")

    def failing_write(report, stream, **options):
        stream.write('{\n  "schema_version": 1')  # part of a report, then the renderer fails
        raise RuntimeError("renderer broke")

    monkeypatch.setattr(json_report, "write", failing_write)
    with pytest.raises(RuntimeError, match="renderer broke"):
        _run(str(corpus), "-f", "json", "-o", str(out), "--cache-dir", "cache")
    assert out.read_text(encoding="utf-8") == "old report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "corpus", "r.json"]  # no temporary file left
    assert not [p for p in _stored_renderings(tmp_path / "cache") if not p.name.endswith(".report.json")]


def test_streamed_stdout_is_wrapped_against_workflow_commands(corpus: Path, monkeypatch):
    plain = _run(str(corpus), "-f", "json", "--no-cache").output
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    wrapped = _run(str(corpus), "-f", "json", "--no-cache").output
    lines = wrapped.splitlines(keepends=True)
    assert lines[0].startswith("::stop-commands::")
    token = lines[0].strip().split("::")[-1]
    assert lines[-1] == f"::{token}::\n"
    assert "".join(lines[1:-1]) == plain


def test_stdout_run_caches_its_rendering_for_the_next(corpus: Path, tmp_path: Path):
    first = _run(str(corpus), "-f", "json", "--cache-dir", "cache")
    stored = [p for p in _stored_renderings(tmp_path / "cache") if not p.name.endswith(".report.json")]
    assert len(stored) == 1 and stored[0].read_bytes().partition(b"\n")[2] == first.stdout_bytes
    assert not [p for p in (tmp_path / "cache" / "runs").iterdir() if p.name.startswith(".tmp-")]
    assert _run(str(corpus), "-f", "json", "--cache-dir", "cache").stdout_bytes == first.stdout_bytes


def _report(count: int, high: float | None = None) -> Report:
    sources = tuple(Source(id=f"s{i}", path=f"s{i}.txt", outlet="Post") for i in range(3))
    claims = tuple(
        Claim(id=f"s{i % 3}:{i}", source=f"s{i % 3}", kind="quantity", metric="killed", value=float(i),
              low=float(i), high=float(i) if high is None else high, unit="count", quote=f"{i} killed",
              start=i, end=i + 3, note="é ##[") for i in range(count))
    findings = tuple(
        Finding(code="FC101", rule="r", severity="warning", category="c", message=f"m{i}", template="t",
                params={"x": float(i) + 0.5, "y": "y"}, claims=(claims[i].id,), sources=("s0",))
        for i in range(0, count, 3))
    return Report(sources=sources, claims=claims, findings=findings, stats={"suppressed": 2}, notices=("n",))


def test_stored_report_is_written_and_read_in_batches(tmp_path: Path, monkeypatch):
    import checker.store.reports as cache

    monkeypatch.setattr(cache, "_REPORT_BATCH", 7)
    runs = RunCache(tmp_path)
    report = _report(50)
    runs.put_report("k" * 64, report)
    path = next((tmp_path / "runs").rglob("*.report.json"))
    lines = path.read_bytes().splitlines(keepends=True)
    assert json.loads(lines[0])["claims"] == [] and json.loads(lines[0])["notices"] == ["n"]
    assert [line.split(b"\t")[0] for line in lines[1:]] == [b"sources"] + [b"claims"] * 8 + [b"findings"] * 3 + [b"end"]
    assert [c for line in lines[1:] if line.startswith(b"claims\t") for c in json.loads(line.split(b"\t", 1)[1])] \
        == json.loads(report.model_dump_json())["claims"]
    assert runs.get_report("k" * 64) == report
    empty = Report(sources=(), claims=(), findings=())
    runs.put_report("e" * 64, empty)
    assert runs.get_report("e" * 64) == empty


def test_a_stored_report_short_of_records_or_torn_is_not_read(tmp_path: Path, monkeypatch):
    import checker.store.reports as cache

    monkeypatch.setattr(cache, "_REPORT_BATCH", 7)
    runs = RunCache(tmp_path)
    runs.put_report("k" * 64, _report(50))
    path = next((tmp_path / "runs").rglob("*.report.json"))
    whole = path.read_bytes()
    lines = whole.splitlines(keepends=True)
    damaged = {
        "a batch left out": b"".join(lines[:3] + lines[4:]),
        "no end line": b"".join(lines[:-1]),
        "torn last line": whole[:-5],
        "torn batch": b"".join(lines[:3]) + lines[3][:40],
        "a line after the end": whole + lines[3],
        "an unknown field": whole.replace(b"claims\t", b"claimz\t", 1),
        "a record edited out of shape": whole.replace(b'"kind":"quantity"', b'"kind":"spoon"', 1),
    }
    for label, data in damaged.items():
        path.write_bytes(data)
        assert runs.get_report("k" * 64) is None, label
    path.write_bytes(whole)
    assert runs.get_report("k" * 64) == _report(50)


def test_a_report_json_cannot_hold_exactly_is_not_stored(tmp_path: Path, monkeypatch):
    import checker.store.reports as cache

    monkeypatch.setattr(cache, "_REPORT_BATCH", 7)
    runs = RunCache(tmp_path)
    runs.put_report("k" * 64, _report(50, high=float("inf")))  # an infinity reads back as null
    assert runs.get_report("k" * 64) is None
    assert not [p for p in (tmp_path / "runs").rglob("*") if p.is_file()]  # nor a temporary file left


def test_storing_a_report_holds_a_batch_not_the_whole_dump(tmp_path: Path, monkeypatch):
    import checker.store.reports as cache

    monkeypatch.setattr(cache, "_REPORT_BATCH", 100)
    report = _report(6000)
    size = len(report.model_dump_json())
    runs = RunCache(tmp_path)
    runs.put_report("w" * 64, _report(10))  # adapters built outside the measure
    tracemalloc.start()
    try:
        runs.put_report("k" * 64, report)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert runs.get_report("k" * 64) == report
    # The whole dump and a Report read back from it would be over twice the dump's size.
    assert peak < size / 2, (peak, size)


def test_streamed_json_matches_render_through_the_sink(tmp_path: Path):
    from checker.output import Utf8Sink, atomic_file

    report = _report(20)
    out = tmp_path / "r.json"
    with atomic_file(out) as handle:
        sink = Utf8Sink(binary=[handle])
        json_report.write(report, sink)
    assert out.read_bytes() == render(report, "json").encode("utf-8")
    assert not sink.replaced


def test_a_spare_copy_that_fails_is_dropped_and_the_output_goes_on():
    import io

    from checker.output import Utf8Sink

    class _Full(io.BytesIO):
        def write(self, data):
            raise OSError(28, "No space left on device")

    shown, kept = io.StringIO(), io.BytesIO()
    sink = Utf8Sink(binary=[kept], text=[shown], spare=[_Full()])
    sink.write("é one\n")
    sink.write("two\n")
    assert (shown.getvalue(), kept.getvalue()) == ("é one\ntwo\n", "é one\ntwo\n".encode())
    assert not sink.spare_kept and not sink.replaced
    import hashlib

    assert sink.hexdigest() == hashlib.sha256("é one\ntwo\n".encode()).hexdigest()


def test_a_lone_surrogate_is_replaced_and_marks_the_output_uncached():
    import io

    from checker.output import Utf8Sink

    kept = io.BytesIO()
    sink = Utf8Sink(binary=[kept])
    sink.write("a\ud800b")
    assert kept.getvalue() == "a\ud800b".encode("utf-8", errors="replace") == b"a?b" and sink.replaced


def test_dash_output_is_stdout_without_the_actions_wrapper(corpus: Path, monkeypatch):
    plain = _run(str(corpus), "-f", "json", "--no-cache").output
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert _run(str(corpus), "-f", "json", "--no-cache", "-o", "-").output == plain


@pytest.mark.parametrize("to_file", [True, False])
def test_a_torn_stored_rendering_is_never_written_and_the_run_happens_again(corpus: Path, tmp_path: Path,
                                                                         to_file: bool):
    out = tmp_path / "r.json"
    target = ["-o", str(out)] if to_file else []
    first = _run(str(corpus), "-f", "json", *target, "--cache-dir", "cache")
    expected = out.read_bytes() if to_file else first.stdout_bytes
    stored = [p for p in _stored_renderings(tmp_path / "cache") if not p.name.endswith(".report.json")]
    assert len(stored) == 1
    whole = stored[0].read_bytes()
    for damaged in (whole[:-3], whole.replace(b'"schema_version": 1', b'"schema_version": 7')):
        stored[0].write_bytes(damaged)
        if to_file:
            out.write_text("old\n", encoding="utf-8")
        again = _run(str(corpus), "-f", "json", *target, "--cache-dir", "cache")
        assert again.exit_code == first.exit_code
        assert (out.read_bytes() if to_file else again.stdout_bytes) == expected  # rendered again, not the damage
        assert stored[0].read_bytes() == whole  # and stored whole once more
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize("articles", [0, 1, 40])
def test_sarif_written_result_by_result_is_the_rendering(articles: int):
    import io

    from benchmarks.corpus import generate
    from benchmarks.run import _loaded
    from checker.extract.batch import read_all
    from checker.judge.context import judging_context
    from checker.judge.rulepass import apply_rules
    from checker.options import Options
    from checker.report import sarif
    from checker.vocabulary import load_vocabulary

    loaded = _loaded(generate(articles)) if articles else []
    voc = load_vocabulary()
    readings = dict(zip((ls.source.id for ls in loaded), read_all(loaded, voc, Options())))
    claims = sorted((c for r in readings.values() for c in r.claims), key=lambda c: (c.source, c.start, c.end, c.id))
    sources = {ls.source.id: ls.source for ls in loaded}
    texts = {ls.source.id: ls.text for ls in loaded}
    findings = apply_rules(claims, judging_context(loaded, readings, voc), Options())
    report = Report(sources=tuple(sources.values()), claims=tuple(claims), findings=tuple(findings), stats={})
    assert bool(findings) == (articles > 0)
    streamed = io.StringIO()
    sarif.write(report, streamed, texts=texts)
    assert streamed.getvalue() == sarif.render(report, texts=texts)
    assert len(json.loads(streamed.getvalue())["runs"][0]["results"]) == len(findings)


def test_report_f_sarif_streams_into_its_output(corpus: Path, tmp_path: Path):
    out = tmp_path / "r.sarif"
    first = _run(str(corpus), "-f", "sarif", "-o", str(out), "--no-cache")
    assert first.exit_code in (0, 1), first.output
    assert out.read_bytes() == _run(str(corpus), "-f", "sarif", "--no-cache").stdout_bytes
    assert json.loads(out.read_bytes())["runs"][0]["results"]
