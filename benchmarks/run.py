"""Run the benchmark: python -m benchmarks.run --sizes 10,1000,100000 --jobs 2 (prints a Markdown table)."""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The reference tools read a sample of the corpus: at 1-3 ms a sentence, all of 100,000 articles would take hours.
REFERENCE_DOCS = 30


def write_corpus(articles, folder: Path) -> None:
    """Articles as <id>.txt files plus the sources.yaml that dates them."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for a in articles:
        (folder / f"{a.id}.txt").write_text(a.text, encoding="utf-8")
        lines.append(f'{a.id}:\n  outlet: "{a.outlet}"\n  published: "{a.published.isoformat()}"\n')
    (folder / "sources.yaml").write_text("".join(lines), encoding="utf-8")


def _loaded(articles):
    from checker.model import Source
    from checker.inputs.sources import LoadedSource

    return [LoadedSource(Source(id=a.id, path=f"{a.id}.txt", outlet=a.outlet, published=a.published), a.text)
            for a in articles]


# A planted conflict, by the word its figure's metric holds ("missiles.cruise", "civilians.killed").
_PLANTED_WORDS = {"cruise": "cruise", "ballistic": "ballistic", "drones": "drone", "killed": "killed",
                  "injured": "injured"}
# Findings that say figures differ: a conflict, a mislabel, or a change over time.
_DIFFERENCES = ("contradiction", "probable-mislabel", "update")


def _planted_scores(planted: dict[str, tuple[str, ...]], findings) -> dict:
    """How many planted conflicts a finding names (recall), and how many error findings name a planted
    conflict (precision): an error finding naming none is a false alarm on this corpus, where every
    article of an event tells the same figures but for the planted ones."""
    found: set[tuple[str, str]] = set()
    errors = true_errors = 0
    for f in findings:
        if f.category not in _DIFFERENCES:
            continue
        named = {(s, key) for s in f.sources for key in planted.get(s, ())
                 if _PLANTED_WORDS[key] in (f.metric or "")}
        found |= named
        if f.severity == "error":
            errors += 1
            true_errors += bool(named)
    total = sum(len(keys) for keys in planted.values())
    return {"planted": total, "planted_found": len(found), "error_findings": errors,
            "error_findings_planted": true_errors}


def _pairs(groups) -> tuple[int, int]:
    return sum(len(g.claims) * (len(g.claims) - 1) // 2 for g in groups), max((len(g.claims) for g in groups), default=0)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(n: int, jobs: int) -> dict:
    """One size, in this (fresh) process: single-core extraction, then the whole report with `jobs` workers.

    The report is written to a file as the CLI writes it, piece by piece; the peak resident memory
    after each stage (extraction, rules, rendering) is recorded beside the total.
    """
    from benchmarks.corpus import corpus_sha256, generate
    from checker.extract.batch import expect_text, read_all
    from checker.judge.context import judging_context
    from checker.judge.grouping import group_claims
    from checker.judge.rulepass import apply_rules
    from checker.options import Options
    from checker.model import Report
    from checker.report import json as json_report
    from checker.vocabulary import load_vocabulary

    articles = generate(n)
    loaded = _loaded(articles)
    size = sum(len(a.text.encode("utf-8")) for a in articles)
    voc = load_vocabulary()
    # Warm-up: imports, patterns, first dates; and the word searches this run's size builds, as read_all would
    # at its start (a one-off cost, like compiling a pattern, that a longer corpus spreads thinner).
    expect_text(sum(len(ls.text) for ls in loaded))
    read_all(_loaded(generate(3, seed=1)), voc, Options())
    row = {"docs": n, "mb": size / 1e6, "sha256": corpus_sha256(articles)[:12]}
    sample = articles[:REFERENCE_DOCS]
    planted = {a.id: a.planted for a in articles if a.planted}
    del articles  # the generator's records are the benchmark's, not checker's: the texts live on in `loaded`
    if n <= 10_000 or jobs == 1:
        t = time.perf_counter()
        read_all(loaded, voc, Options())  # dropped at once: the report run below must not sit beside it
        row["extract_1core_s"] = time.perf_counter() - t
    peaks = {"generated": _peak_mb()}
    t0 = time.perf_counter()
    readings = dict(zip((ls.source.id for ls in loaded), read_all(loaded, voc, Options(jobs=jobs))))
    t1 = time.perf_counter()
    peaks["extracted"] = _peak_mb()
    sources = {ls.source.id: ls.source for ls in loaded}
    ctx = judging_context(loaded, readings, voc)
    claims = [c for reading in readings.values() for c in reading.claims]
    del readings
    claims.sort(key=lambda c: (c.source, c.start, c.end, c.id))
    findings = apply_rules(claims, ctx, Options())
    t2 = time.perf_counter()
    peaks["rules"] = _peak_mb()
    report = Report(sources=tuple(sources.values()), claims=tuple(claims), findings=tuple(findings), stats={})
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        with out.open("w", encoding="utf-8") as stream:
            json_report.write(report, stream)
        json_bytes = out.stat().st_size
    t3 = time.perf_counter()
    peaks["rendered"] = _peak_mb()
    pairs, largest = _pairs(group_claims(claims, ctx))
    row.update(_planted_scores(planted, findings))
    row.update(claims=len(claims), findings=len(findings), pairs=pairs, largest_group=largest,
               extract_s=t1 - t0, rules_s=t2 - t1, render_s=t3 - t2, total_s=t3 - t0, json_bytes=json_bytes,
               peak_rss_mb=_peak_mb(), peak_rss_by_stage_mb=peaks)
    if n <= 1000:
        row.update(_references(sample, voc))
    return row


def _references(articles, voc) -> dict:
    """quantulum3 and dateparser's search_dates on the same sample, against checker's extraction of it."""
    from checker.extract.batch import read_all
    from checker.options import Options

    texts = [a.text for a in articles]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    loaded = _loaded(articles)
    t = time.perf_counter()
    for _ in range(5):
        read_all(loaded, voc, Options())
    ours = (time.perf_counter() - t) / 5
    out = {"sample_docs": len(articles), "sample_mb": size, "checker_sample_mbps": size / ours}
    try:
        from quantulum3 import parser

        parser.parse("warm up with 3 km")
        t = time.perf_counter()
        for text in texts:
            parser.parse(text)
        out["quantulum3_mbps"] = size / (time.perf_counter() - t)
    except ImportError:
        pass
    try:
        from dateparser.search import search_dates

        search_dates("on February 4, 2026", languages=["en"])
        t = time.perf_counter()
        for text in texts:
            search_dates(text, languages=["en"])
        out["search_dates_mbps"] = size / (time.perf_counter() - t)
    except ImportError:
        pass
    return out


def _cache_rows(jobs: int) -> dict:
    """Cold and warm `checker report` over 1,000 generated articles on disk, with the cache."""
    from benchmarks.corpus import generate

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        write_corpus(generate(1000), folder)
        cmd = [sys.executable, "-m", "checker", "report", str(folder), "-f", "json", "-o", str(Path(tmp) / "r.json"),
               "--cache-dir", str(Path(tmp) / "cache"), "--jobs", str(jobs)]
        times = []
        for _ in range(2):
            t = time.perf_counter()
            subprocess.run(cmd, cwd=ROOT, env=_env(), capture_output=True)
            times.append(time.perf_counter() - t)
    return {"cold_s": times[0], "warm_s": times[1]}


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _wall(cmd: list[str], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, env=_env(), capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def table(rows: list[dict], extra: dict, jobs: int) -> str:
    lines = ["| docs | MB | claims | pairs compared | largest group | extract, 1 core | MB/s per core | "
             f"report, {jobs} jobs | docs/s | MB/s | claims/s | peak RSS |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        one = r.get("extract_1core_s")
        lines.append(
            f"| {r['docs']:,} | {r['mb']:.1f} | {r['claims']:,} | {r['pairs']:,} | {r['largest_group']} | "
            f"{f'{one:.2f} s' if one else '–'} | {f'{r[chr(109)+chr(98)] / one:.2f}' if one else '–'} | "
            f"{r['total_s']:.2f} s | {r['docs'] / r['total_s']:,.0f} | {r['mb'] / r['total_s']:.2f} | "
            f"{r['claims'] / r['total_s']:,.0f} | {r['peak_rss_mb']:,.0f} MB |")
    out = ["\n".join(lines), ""]
    for r in rows:
        if "planted" in r:
            out.append(f"{r['docs']:,} articles: {r['planted_found']:,} of {r['planted']:,} planted conflicts named by "
                       f"a finding; {r['error_findings_planted']:,} of {r['error_findings']:,} error findings name one.")
    by = {r["docs"]: r for r in rows}
    if 1000 in by and max(by) > 1000:
        hi = max(by)
        k = math.log(by[hi]["total_s"] / by[1000]["total_s"]) / math.log(hi / 1000)
        kp = math.log(max(by[hi]["pairs"], 1) / max(by[1000]["pairs"], 1)) / math.log(hi / 1000)
        out.append(f"Scaling exponent 1,000 → {hi:,}: time {k:.2f}, pairs {kp:.2f}.")
    # The largest sample measured: a corpus of 10 articles gives a sample of 10.
    ref = max((r for r in rows if "quantulum3_mbps" in r or "search_dates_mbps" in r),
              key=lambda r: r["sample_mb"], default=None)
    if ref:
        docs = ref.get("sample_docs", REFERENCE_DOCS)
        out.append(f"\nReference rows, the same {docs} articles ({ref['sample_mb'] * 1000:.0f} KB), one core:\n")
        out.append("| tool | MB/s | checker's speed over it |\n|---|---:|---:|")
        out.append(f"| checker extraction | {ref['checker_sample_mbps']:.3f} | 1 |")
        for name, key in (("quantulum3 `parser.parse`", "quantulum3_mbps"),
                          ("dateparser `search_dates(languages=['en'])`", "search_dates_mbps")):
            if key in ref:
                out.append(f"| {name} | {ref[key]:.3f} | {ref['checker_sample_mbps'] / ref[key]:.1f}× |")
    for label, value in extra.items():
        out.append(f"\n{label}: {value}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    ap.add_argument("--sizes", default="10,1000,100000", help="corpus sizes in documents (comma-separated)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes for the report runs")
    ap.add_argument("--json", type=Path, help="also write the raw figures here")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one is not None:
        print(json.dumps(measure(args.one, args.jobs)))
        return 0
    rows = []
    for n in (int(s) for s in args.sizes.split(",") if s):
        # A fresh process per size: peak memory and warm-up belong to that size alone.
        done = subprocess.run([sys.executable, "-m", "benchmarks.run", "--one", str(n), "--jobs", str(args.jobs)],
                              cwd=ROOT, env=_env(), capture_output=True, text=True)
        if done.returncode:
            print(done.stderr, file=sys.stderr)
            return 1
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(f"measured {n:,} documents", file=sys.stderr)
    cache = _cache_rows(args.jobs)
    extra = {
        "`checker --help`, median of 11": f"{_wall([sys.executable, '-m', 'checker', '--help'], 11) * 1000:.0f} ms",
        "`checker report seeds`, median of 5": f"{_wall([sys.executable, '-m', 'checker', 'report', 'seeds', '--no-cache'], 5):.2f} s",
        "`checker report` on 1,000 articles, cold cache then warm":
            f"{cache['cold_s']:.2f} s then {cache['warm_s']:.2f} s ({cache['cold_s'] / cache['warm_s']:.1f}× faster)",
    }
    print(table(rows, extra, args.jobs))
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "extra": extra}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
