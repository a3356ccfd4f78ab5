"""The bad-input catalogue: cases.yaml as records, and the generators for files too big to commit.

Import it by path (tests/ is not a package):

    spec = importlib.util.spec_from_file_location("bad_inputs_catalogue", "tests/bad_inputs/catalogue.py")
    catalogue = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = catalogue
    spec.loader.exec_module(catalogue)

then `load_cases()` gives the cases and `materialize(case, tmp_dir)` the paths to hand to a reader
or to the CLI (generated files are written under tmp_dir; committed ones are returned as they are).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CATALOGUE", "SOURCES", "Case", "load_cases", "materialize", "GENERATORS"]

CATALOGUE = Path(__file__).resolve().parent
# The sources every claim-file case is validated against.
SOURCES = CATALOGUE / "sources"


@dataclass(frozen=True)
class Case:
    id: str
    reader: str  # "claims" or "source"
    paths: tuple[str, ...]
    expect: str  # "error" or "ok"
    message: str | None = None
    line: int | None = None
    column: int | None = None
    checklist: str = ""
    generate: str | None = None


def load_cases() -> list[Case]:
    """Every case of cases.yaml, read with the project's own strict YAML loader."""
    from checker.yamlsafe import load_yaml

    rows = load_yaml(CATALOGUE / "cases.yaml").data
    cases = [Case(**{**row, "paths": tuple(row["paths"])}) for row in rows]
    ids = [case.id for case in cases]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate case ids in cases.yaml")
    return cases


def _big_claim_file(path: Path) -> None:
    # A sparse file: its size is over the limit, its blocks are never written.
    with path.open("wb") as handle:
        handle.truncate(1024 * 1024 + 1)


def _long_line_claim_file(path: Path) -> None:
    path.write_text("story: test-story\n# " + "x" * 20_000 + "\n", encoding="utf-8")


def _big_source(path: Path) -> None:
    with path.open("wb") as handle:
        handle.truncate(10 * 1024 * 1024 + 1)


def _long_line_source(path: Path) -> None:
    # 1 MB on one line: junk words, digits and punctuation, no line break until the end.
    chunk = "Officials said 28 people, (at least) 43.5% of 1,000 — REUTERS said. "
    path.write_text(chunk * (1_000_000 // len(chunk) + 1) + "\n", encoding="utf-8")


def _fifo(path: Path) -> None:
    os.mkfifo(path)


GENERATORS = {
    "big_claim_file": _big_claim_file,
    "long_line_claim_file": _long_line_claim_file,
    "big_source": _big_source,
    "long_line_source": _long_line_source,
    "fifo": _fifo,
}


def materialize(case: Case, tmp_dir: str | os.PathLike[str]) -> list[Path]:
    """The paths of a case, generating its file under tmp_dir when the case says `generate`."""
    if case.generate is None:
        return [CATALOGUE / path for path in case.paths]
    target = Path(tmp_dir) / case.paths[0]
    GENERATORS[case.generate](target)
    return [target]
