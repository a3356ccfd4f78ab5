"""Baselines: today's findings recorded by fingerprint, so that CI fails only on new ones.

A baseline is a JSON file the desk commits. Each entry is keyed by the finding's fingerprint
(engine.fingerprint: code, metric, subject, sources and normalized values, never line numbers or
claim ids), and carries a readable description for reviewers of the diff. Entries are sorted and
the file has no timestamp, so writing it twice over the same corpus gives the same bytes, and
reordering a claim file changes nothing.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from checker.errors import InputError
from checker.model import Finding

__all__ = [
    "BASELINE_VERSION",
    "DEFAULT_BASELINE",
    "BaselineEntry",
    "Baseline",
    "BaselineOutcome",
    "baseline_text",
    "write_baseline",
    "load_baseline",
    "apply_baseline",
    "recordable",
    "choose_baseline",
]

BASELINE_VERSION = 1
DEFAULT_BASELINE = "checker-baseline.json"
# Findings about suppressions and the baseline itself (FC9xx) are never recorded: accepting an
# unused suppression or a stale entry would hide exactly what they report.
_WORKFLOW_PREFIX = "FC9"
_MAX_BYTES = 20 * 1024 * 1024
_FINGERPRINT = re.compile(r"^[0-9a-f]{8,64}$")
_CODE = re.compile(r"^FC[0-9]{3}$")
_ENTRY_FIELDS = ("fingerprint", "code", "rule", "metric", "subject", "sources", "message")


@dataclass(frozen=True)
class BaselineEntry:
    """One accepted finding, and where its entry stands in the baseline file (1-based)."""

    fingerprint: str
    code: str
    rule: str
    metric: str | None
    subject: str | None
    sources: tuple[str, ...]
    message: str
    file: str = ""
    line: int | None = None
    column: int | None = None


@dataclass(frozen=True)
class Baseline:
    """A loaded baseline file."""

    path: str
    entries: tuple[BaselineEntry, ...]

    @property
    def fingerprints(self) -> frozenset[str]:
        return frozenset(e.fingerprint for e in self.entries)


@dataclass
class BaselineOutcome:
    """Findings kept (new), findings the baseline accepted, and entries that matched nothing."""

    kept: list[Finding]
    baselined: list[Finding]
    stale: list[BaselineEntry]


def recordable(finding: Finding) -> bool:
    """Whether a finding belongs in a baseline: every finding but those about suppressions and baselines."""
    return not finding.code.startswith(_WORKFLOW_PREFIX)


def _entry_data(finding: Finding) -> dict[str, Any]:
    return {
        "fingerprint": finding.fingerprint,
        "code": finding.code,
        "rule": finding.rule,
        "metric": finding.metric,
        "subject": finding.subject,
        "sources": sorted(finding.sources),
        "message": finding.message,
    }


def baseline_text(findings: Iterable[Finding]) -> str:
    """The baseline file for these findings: sorted, one entry per fingerprint, deterministic bytes."""
    from checker.report.sanitize import escape_json_text

    entries: dict[str, dict[str, Any]] = {}
    for finding in findings:
        if recordable(finding) and finding.fingerprint:
            entry = _entry_data(finding)
            # Two findings with one fingerprint: keep the one that sorts first, so order never matters.
            current = entries.get(finding.fingerprint)
            if current is None or json.dumps(entry, sort_keys=True) < json.dumps(current, sort_keys=True):
                entries[finding.fingerprint] = entry
    ordered = sorted(entries.values(), key=lambda e: (e["code"], e["metric"] or "", e["subject"] or "", e["fingerprint"]))
    data = {"tool": "checker", "version": BASELINE_VERSION, "entries": ordered}
    return escape_json_text(json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)) + "\n"


def write_baseline(
    path: str | os.PathLike[str], findings: Iterable[Finding], *, protected: Iterable[str | os.PathLike[str]] = ()
) -> int:
    """Write the baseline atomically; returns how many entries it holds."""
    from checker.output import write_atomic

    text = baseline_text(findings)
    write_atomic(path, text, protected=protected)
    return len(json.loads(text)["entries"])


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"duplicate key '{key}'")
        seen[key] = value
    return seen


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _positions(text: str) -> dict[str, tuple[int, int]]:
    """Where each entry's fingerprint stands in the text, as (line, column)."""
    found: dict[str, tuple[int, int]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = re.search(r'"fingerprint"\s*:\s*"([^"\\]{1,64})"', line)
        if match and match.group(1) not in found:
            found[match.group(1)] = (number, match.start() + 1)
    return found


def load_baseline(path: str | os.PathLike[str]) -> Baseline:
    """A baseline file, checked; InputError (path:line:col) when missing, not JSON or malformed."""
    from checker.inputs.textio import line_col, read_text

    path = Path(path)
    text = read_text(path, max_bytes=_MAX_BYTES, what="baseline")
    try:
        data = json.loads(text, object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        line, column = line_col(text, min(error.pos, len(text)))
        raise InputError(path, f"not valid JSON: {error.msg}", line=line, column=column) from None
    except (ValueError, RecursionError) as error:
        raise InputError(path, f"not a valid baseline: {error}") from None
    if not isinstance(data, dict) or data.get("tool") != "checker" or not isinstance(data.get("entries"), list):
        raise InputError(path, "not a checker baseline: expected {\"tool\": \"checker\", \"version\": 1, \"entries\": [...]}",
                         line=1, column=1)
    if data.get("version") != BASELINE_VERSION:
        raise InputError(path, f"baseline version {data.get('version')!r} is not supported (expected {BASELINE_VERSION}): "
                         "rewrite it with `checker baseline write`", line=1, column=1)
    positions = _positions(text)
    entries = []
    for index, raw in enumerate(data["entries"]):
        entries.append(_entry(path, index, raw, positions))
    return Baseline(str(path), tuple(entries))


def _entry(path: Path, index: int, raw: Any, positions: dict[str, tuple[int, int]]) -> BaselineEntry:
    where = f"entry {index + 1}"
    if not isinstance(raw, dict):
        raise InputError(path, f"{where}: expected an object")
    unknown = sorted(set(raw) - set(_ENTRY_FIELDS))
    if unknown:
        raise InputError(path, f"{where}: unknown field '{unknown[0]}'")
    fingerprint, code = raw.get("fingerprint"), raw.get("code")
    line, column = positions.get(fingerprint, (None, None)) if isinstance(fingerprint, str) else (None, None)
    if not isinstance(fingerprint, str) or not _FINGERPRINT.match(fingerprint):
        raise InputError(path, f"{where}: 'fingerprint' must be a hexadecimal string", line=line, column=column)
    if not isinstance(code, str) or not _CODE.match(code):
        raise InputError(path, f"{where}: 'code' must be a rule code such as FC101", line=line, column=column)
    texts = {}
    for name in ("rule", "metric", "subject", "message"):
        value = raw.get(name)
        if value is not None and not isinstance(value, str):
            raise InputError(path, f"{where}: '{name}' must be a string", line=line, column=column)
        texts[name] = value
    sources = raw.get("sources") or []
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        raise InputError(path, f"{where}: 'sources' must be a list of source ids", line=line, column=column)
    return BaselineEntry(
        fingerprint=fingerprint,
        code=code,
        rule=texts["rule"] or "",
        metric=texts["metric"],
        subject=texts["subject"],
        sources=tuple(sources),
        message=texts["message"] or "",
        file=str(path),
        line=line,
        column=column,
    )


def apply_baseline(
    findings: Sequence[Finding], baseline: Baseline, active_codes: Iterable[str] | None = None
) -> BaselineOutcome:
    """Split findings into new ones and those the baseline accepts; entries of active rules left unmatched are stale.

    Findings about suppressions and baselines (FC9xx) are always new: a baseline cannot accept them.
    """
    active = None if active_codes is None else set(active_codes)
    accepted = baseline.fingerprints
    kept, baselined, seen = [], [], set()
    for finding in findings:
        if recordable(finding) and finding.fingerprint in accepted:
            baselined.append(finding)
            seen.add(finding.fingerprint)
        else:
            kept.append(finding)
    stale = [
        e for e in baseline.entries
        if e.fingerprint not in seen and (active is None or e.code in active)
    ]
    return BaselineOutcome(kept, baselined, stale)


def choose_baseline(
    explicit: str | os.PathLike[str] | None, configured: str | os.PathLike[str] | None, disabled: bool = False
) -> Baseline | None:
    """The baseline a run applies: the one given (which must exist), else the configured one if it exists."""
    if disabled:
        return None
    if explicit:
        return load_baseline(explicit)
    if configured is not None and Path(configured).exists():
        return load_baseline(configured)
    return None
