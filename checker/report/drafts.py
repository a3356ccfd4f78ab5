"""Draft claim files: extracted claims written as YAML an editor curates and `checker validate` accepts."""

from __future__ import annotations

import json

from checker.model import Claim, day_to_iso

__all__ = ["draft_claim_file", "SCHEMA_COMMENT"]

SCHEMA_COMMENT = "# yaml-language-server: $schema=../checker/schema/claims.schema.json"


def _scalar(value) -> str:
    """A YAML scalar that reads back as the same value: JSON strings and numbers are valid YAML."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return json.dumps(value, ensure_ascii=False)


def _value_fields(c: Claim) -> list[tuple[str, object]]:
    if c.kind == "date":
        conv = day_to_iso
    else:
        def conv(x):
            return x
    out: list[tuple[str, object]] = []
    if c.value is not None:
        out.append(("value", conv(c.value)))
    if c.low is not None and c.low != c.value:
        out.append(("low", conv(c.low)))
    if c.high is not None and c.high != c.value:
        out.append(("high", conv(c.high)))
    if c.kind != "date" and c.value is None and c.low is None and c.high is None:
        out.append(("value", None))
    if not c.low_inclusive:
        out.append(("low_inclusive", False))
    if not c.high_inclusive:
        out.append(("high_inclusive", False))
    return out


def _occurrence(texts: dict[str, str], c: Claim) -> int:
    text = texts.get(c.source)
    if text is None:
        return 1
    n, pos = 0, 0
    while True:
        i = text.find(c.quote, pos)
        if i < 0 or i > c.start:
            return max(n, 1)
        n += 1
        if i == c.start:
            return n
        pos = i + 1


def draft_claim_file(story: str, claims: list[Claim], texts: dict[str, str] | None = None) -> str:
    """A claim file listing each claim with its normalized fields, ready for an editor to curate."""
    lines = [SCHEMA_COMMENT, "# Draft claims extracted by checker: keep, correct or delete each one.",
             f"story: {_scalar(story)}", "claims:"]
    if not claims:
        lines[-1] = "claims: []"
    used: set[str] = set()
    for c in sorted(claims, key=lambda c: (c.source, c.start, c.end)):
        base = f"{c.source.split('_', 1)[0]}-{c.metric.replace('.', '-')}-{c.start}".lower()
        cid, n = base, 2
        while cid in used:
            cid, n = f"{base}-{n}", n + 1
        used.add(cid)
        fields: list[tuple[str, object]] = [("id", cid), ("source", c.source), ("quote", c.quote)]
        occurrence = _occurrence(texts or {}, c)
        if occurrence > 1:
            fields.append(("occurrence", occurrence))
        fields += [("kind", c.kind), ("metric", c.metric), *_value_fields(c)]
        for name in ("unit", "qualifier", "subject", "event", "as_of", "attributed_to"):
            value = getattr(c, name)
            if value is not None and not (name == "qualifier" and value == "exact"):
                fields.append((name, value))
        lines.append(f"  - {fields[0][0]}: {_scalar(fields[0][1])}")
        lines.extend(f"    {k}: {_scalar(v)}" for k, v in fields[1:])
    return "\n".join(lines) + "\n"
