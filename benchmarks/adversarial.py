"""Time 1 MB adversarial lines through extraction, the rules and every output format: python -m benchmarks.adversarial."""

from __future__ import annotations

import argparse
import time

# Each is repeated to fill one line. The first ones are denser with figures than any prose (read as a
# table and skipped); the last ones are prose-like, sparse enough to be read figure by figure.
LINES = {
    "junk": "Monday, 1,2,1,2,$1 at least " + "9" * 40 + " [/]" + "-" * 30 + "::" + "(" * 20,
    "digits": "1 ",
    "percent ranges": "5-10% ",
    "conversions": "-5°C (23°F) ",
    "dates": "March 1, 2020 ",
    "articles": "a ",
    "quotations": '"a" 1 and a few more words go here ',
    "prose, places": "Russia fired 43 missiles at Kyiv near the town, said [/] officials::(( ",
    "prose, bounds": "at least 5 km away from the town ",
    "prose, speakers": "killed at least 12 people in Kyiv, said Zelensky; ",
}


def adversarial_line(unit: str, size: int) -> str:
    """One line of `size` characters: unit, repeated."""
    return (unit * (size // len(unit) + 1))[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1_000_000, help="characters on each line (default 1,000,000)")
    args = parser.parse_args()

    from checker.judge.context import judging_context
    from checker.judge.rulepass import apply_rules
    from checker.options import Options
    from checker.extract.pipeline import read_source
    from checker.model import Report, Source
    from checker.inputs.sources import LoadedSource
    from checker.report import FORMATS, render
    from checker.vocabulary import load_vocabulary

    read_source(Source(id="warm", path="warm.txt"), "Russia fired 43 missiles on Tuesday.")  # imports
    print(f"| line ({args.size:,} characters) | claims | extraction | rules | slowest format |")
    print("|---|---:|---:|---:|---:|")
    for name, unit in LINES.items():
        line = adversarial_line(unit, args.size)
        source = Source(id="adversarial", path="adversarial.txt")
        started = time.perf_counter()
        reading = read_source(source, line)
        claims = reading.claims
        extraction = time.perf_counter() - started
        ctx = judging_context([LoadedSource(source, line)], {source.id: reading}, load_vocabulary())
        started = time.perf_counter()
        findings = apply_rules(claims, ctx, Options())
        rules = time.perf_counter() - started
        report = Report(sources=(source,), claims=tuple(claims), findings=tuple(findings))
        formats = {}
        for fmt in FORMATS:
            started = time.perf_counter()
            render(report, fmt, texts={source.id: line})
            formats[fmt] = time.perf_counter() - started
        slowest = max(formats, key=formats.get)
        print(f"| {name}: `{unit[:40]}` | {len(claims):,} | {extraction:.2f} s | {rules:.2f} s | "
              f"{slowest} {formats[slowest]:.2f} s |", flush=True)


if __name__ == "__main__":
    main()
