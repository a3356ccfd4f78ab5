"""Time a 1 MB adversarial line through extraction and every output format: python -m benchmarks.adversarial."""

from __future__ import annotations

import argparse
import time

# Dense figures, weekday runs, digit groups, markup and workflow-command look-alikes on one line.
PIECES = ("Monday, ", "1,2,1,2,", "$1 ", "at least ", "9" * 40 + " ", "[/]", "-" * 30, "::", "(" * 20)


def adversarial_line(size: int) -> str:
    """A single line of about `size` characters made of PIECES, repeated."""
    unit = "".join(PIECES)
    return (unit * (size // len(unit) + 1))[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1_000_000, help="characters on the line (default 1,000,000)")
    args = parser.parse_args()

    from checker.engine import Options, apply_rules
    from checker.compare import Context
    from checker.extract.pipeline import extract_claims
    from checker.model import Report, Source
    from checker.report import FORMATS, render
    from checker.vocabulary import load_vocabulary

    line = adversarial_line(args.size)
    source = Source(id="adversarial", path="adversarial.txt")
    extract_claims(Source(id="warm", path="warm.txt"), "Russia fired 43 missiles on Tuesday.")  # imports
    started = time.perf_counter()
    claims = extract_claims(source, line)
    extraction = time.perf_counter() - started
    print(f"extraction: {extraction:.2f} s for {len(line):,} characters, {len(claims):,} claims")

    ctx = Context(sources={source.id: source}, texts={source.id: line}, vocabulary=load_vocabulary())
    started = time.perf_counter()
    findings = apply_rules(claims, ctx, Options())
    print(f"rules: {time.perf_counter() - started:.2f} s, {len(findings):,} findings")
    report = Report(sources=(source,), claims=tuple(claims), findings=tuple(findings))
    for fmt in FORMATS:
        started = time.perf_counter()
        out = render(report, fmt, texts={source.id: line})
        print(f"{fmt}: {time.perf_counter() - started:.2f} s, {len(out):,} characters")


if __name__ == "__main__":
    main()
