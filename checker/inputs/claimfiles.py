"""Claim files: the strict YAML format editors write, validated with positions, turned into Claims.

A claim file holds curated claims (each pinned to a verbatim quote in a loaded source), spans an
editor marks as not claims, and suppressions of accepted findings, each with a reason:

    # yaml-language-server: $schema=../checker/schema/claims.schema.json
    story: abu-dhabi-2026-02
    claims:
      - id: strike-ballistic-000
        source: 000_a3d81becfc9faf82
        quote: "Forty-three ballistic missiles"
        kind: quantity
        metric: missiles.ballistic
        value: 43
    not_claims:
      - {source: 000_a3d81becfc9faf82, quote: "12 Miners Killed", reason: related-articles link}
    suppressions:
      - {code: FC101, metric: missiles.ballistic, reason: "the two counts cover different days"}

Types are strict: a quoted "28" or `true` where a number belongs is an error, as are NaN, infinity
and magnitudes beyond MAX_MAGNITUDE. Every problem is an InputError at path:line:col.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from checker.errors import InputError, InputErrors, did_you_mean
from checker.extract.numbers import interval_for
from checker.inputs.textio import line_col, read_claim_text
from checker.inputs.yamlsafe import YamlDocument, YamlPath, parse_yaml
from checker.model import Claim, Kind, Qualifier, Source, iso_to_day
from checker.normalize import units as U

__all__ = [
    "MAX_MAGNITUDE",
    "SCHEMA_ID",
    "ClaimEntry",
    "NotClaimEntry",
    "SuppressionEntry",
    "ClaimFileModel",
    "ClaimFile",
    "NotClaim",
    "Suppression",
    "load_claim_file",
    "load_claim_files",
    "validate_claim_files",
    "claim_file_json_schema",
]

# No figure in the news approaches a quadrillion; a bigger number is a typo or an attack on the maths.
MAX_MAGNITUDE = 1e15
SCHEMA_ID = "urn:checker:schema:claims:v1"
_MAX_QUOTE = 2000

_ISO_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"

Number = Annotated[
    float,
    Field(allow_inf_nan=False, ge=-MAX_MAGNITUDE, le=MAX_MAGNITUDE),
]
DateText = Annotated[str, Field(pattern=rf"^{_ISO_DATE}$")]
NumberOrDate = Annotated[
    Number | DateText | None,
    Field(description="A number, or for a date claim an ISO date 'YYYY-MM-DD' (or 'YYYY-MM', 'YYYY')."),
]
ShortText = Annotated[str, Field(min_length=1, max_length=200)]
LongText = Annotated[str, Field(min_length=1, max_length=_MAX_QUOTE)]
SourceId = Annotated[str, Field(min_length=1, max_length=200, description="A loaded source's id: its file name without extension.")]
MetricName = Annotated[
    str,
    Field(
        pattern=r"^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*$",
        max_length=100,
        description="Dotted lower-case metric name, such as missiles.ballistic.",
    ),
]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class _Reasoned(_Strict):
    @field_validator("reason", check_fields=False)
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value


class ClaimEntry(_Strict):
    """One curated claim: a figure a source states, pinned to a verbatim quote."""

    id: Annotated[
        str,
        Field(
            pattern=r"^[a-z0-9][a-z0-9._-]*$",
            max_length=100,
            description="Unique across all claim files loaded together; lower case, digits, '.', '_' and '-'.",
        ),
    ]
    source: SourceId
    quote: Annotated[LongText, Field(description="Text that occurs verbatim in the source.")]
    occurrence: Annotated[
        int, Field(ge=1, le=100_000, description="Which occurrence of the quote, when it occurs several times.")
    ] = 1
    kind: Kind
    metric: MetricName
    value: NumberOrDate = None
    low: NumberOrDate = None
    high: NumberOrDate = None
    low_inclusive: bool | None = None
    high_inclusive: bool | None = None
    unit: Annotated[
        str,
        Field(
            min_length=1,
            max_length=40,
            description="Quantity: count, a currency code, percent, degree or a unit such as km; duration: day, hour, week...",
        ),
    ] | None = None
    qualifier: Qualifier = "exact"
    subject: ShortText | None = None
    event: ShortText | None = None
    as_of: Annotated[
        str,
        Field(
            pattern=rf"^{_ISO_DATE}(?:/{_ISO_DATE})?$",
            description="When the figure holds: an ISO date, month or year, or a range 'A/B'.",
        ),
    ] | None = None
    window_days: Annotated[float, Field(allow_inf_nan=False, gt=0, le=36525)] | None = None
    provisional: Annotated[
        bool, Field(description="An early figure later revised ('preliminary figures', 'early reports had').")
    ] = False
    attributed_to: ShortText | None = None
    note: LongText | None = None


class NotClaimEntry(_Reasoned):
    """A span an extractor finds that an editor marks as not a claim."""

    source: SourceId
    quote: LongText
    occurrence: Annotated[int, Field(ge=1, le=100_000)] = 1
    reason: ShortText


class SuppressionEntry(_Reasoned):
    """An accepted finding: its rule code, optional narrowing, and a mandatory reason."""

    code: Annotated[str, Field(pattern=r"^FC[0-9]{3}$", description="A rule code such as FC101.")]
    metric: MetricName | None = None
    sources: list[SourceId] | None = None
    reason: LongText


class ClaimFileModel(_Strict):
    """A claim file: one story's curated claims, non-claims and suppressions."""

    story: Annotated[
        str,
        Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=100, description="The story, in kebab-case."),
    ]
    claims: list[ClaimEntry] = Field(default_factory=list)
    not_claims: list[NotClaimEntry] = Field(default_factory=list)
    suppressions: list[SuppressionEntry] = Field(default_factory=list)


@dataclass(frozen=True)
class NotClaim:
    """A source span marked as not a claim, located in its claim file."""

    source: str
    quote: str
    start: int
    end: int
    reason: str
    file: str
    line: int
    column: int


@dataclass(frozen=True)
class Suppression:
    """An accepted finding: matches findings with this code (and metric and sources, when given)."""

    code: str
    metric: str | None
    sources: tuple[str, ...]
    reason: str
    file: str
    line: int
    column: int


@dataclass(frozen=True)
class ClaimFile:
    """A loaded, fully validated claim file."""

    path: str
    story: str
    claims: tuple[Claim, ...]
    not_claims: tuple[NotClaim, ...]
    suppressions: tuple[Suppression, ...]

    def to_claims(self) -> tuple[Claim, ...]:
        """The curated claims as model.Claim records (origin "curated", spans set, file/line/column set)."""
        return self.claims


# ------------------------------------------------------------------------------------------------
# Pydantic errors as one-line messages at the right place
# ------------------------------------------------------------------------------------------------

_EXPECTED = {
    "float_type": "a number",
    "int_type": "a whole number",
    "string_type": "a string",
    "bool_type": "true or false",
    "list_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
}
_FIELD_EXPECTED = {
    "value": "a number, or an ISO date 'YYYY-MM-DD' for a date claim",
    "low": "a number, or an ISO date 'YYYY-MM-DD' for a date claim",
    "high": "a number, or an ISO date 'YYYY-MM-DD' for a date claim",
    "unit": "a unit name",
    "subject": "a string",
    "event": "a string",
    "attributed_to": "a string",
    "note": "a string",
    "as_of": "an ISO date such as '2026-02-03', a month '2026-02' or a year '2026'",
    "metric": "a dotted lower-case name such as missiles.ballistic",
    "window_days": "a number of days",
    "metric_or_null": "a dotted lower-case name",
}
_PATTERN_HELP = {
    "story": "must be kebab-case: lower-case words and digits joined by '-'",
    "id": "must use only lower-case letters, digits, '.', '_' and '-', starting with a letter or digit",
    "metric": "must be a dotted lower-case name such as missiles.ballistic",
    "code": "is not a rule code such as FC101",
    "as_of": "is not an ISO date such as '2026-02-03', a month '2026-02', a year '2026' or a range 'A/B'",
    "value": "is neither a number nor an ISO date 'YYYY-MM-DD'",
    "low": "is neither a number nor an ISO date 'YYYY-MM-DD'",
    "high": "is neither a number nor an ISO date 'YYYY-MM-DD'",
}
_YAML11_BOOLEANS = {"yes", "no", "on", "off", "y", "n"}
_NUMBER_TEXT = re.compile(r"[-+]?(?:\d[\d,_]*)?(?:\.\d+)?(?:[eE][-+]?\d+)?")


def _show(value: Any) -> str:
    """A short, terminal-safe rendering of a user's value for messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:60] + "…"
        return f"the string {shown!r}"
    if isinstance(value, float):
        if math.isnan(value):
            return ".nan"
        if math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
        return f"{value:g}"
    if isinstance(value, int):
        return str(value) if abs(value) < 10**20 else f"{float(value):g}"
    return "a list" if isinstance(value, list) else "a mapping"


def _hint(expected_type: str, value: Any) -> str:
    if isinstance(value, str) and expected_type in ("float_type", "int_type") and value.strip():
        if _NUMBER_TEXT.fullmatch(value.strip()):
            return " (remove the quotes)"
    if isinstance(value, str) and expected_type == "bool_type" and value.strip().lower() in _YAML11_BOOLEANS:
        return " (YAML 1.2 reads yes/no/on/off as text: write true or false)"
    if isinstance(value, (int, float)) and not isinstance(value, bool) and expected_type == "string_type":
        return " (quote it)"
    return ""


def _data_path(doc: YamlDocument, loc: tuple) -> YamlPath:
    """The longest prefix of a pydantic loc that names something written in the document."""
    best: YamlPath = ()
    for size in range(1, len(loc) + 1):
        prefix = tuple(loc[:size])
        if prefix in doc.values or prefix in doc.keys:
            best = prefix
    return best


def _field_name(loc: tuple) -> str:
    for part in reversed(loc):
        if isinstance(part, str):
            return part
    return "entry"


def _pydantic_errors(
    error: ValidationError, prefix: YamlPath, doc: YamlDocument, model: type[BaseModel]
) -> list[InputError]:
    groups: dict[YamlPath, list[dict]] = {}
    for item in error.errors(include_url=False):
        loc = prefix + tuple(item["loc"])
        if item["type"] in ("missing", "extra_forbidden"):
            key = loc
        else:
            key = _data_path(doc, loc)
            if len(key) < len(prefix) + 1 and len(loc) > len(prefix):
                key = loc
        groups.setdefault(key, []).append({**item, "loc": loc})
    problems = []
    for key, items in groups.items():
        # Of a union's branch errors, the one about the value (not about its type) says the most.
        specific = [item for item in items if not item["type"].endswith("_type")]
        item = (specific or items)[0]
        union = len(items) > 1 or len(item["loc"]) > len(key)
        problems.append(_one_error(item, key, union, prefix, doc, model))
    return problems


def _one_error(
    item: dict, key: YamlPath, union: bool, prefix: YamlPath, doc: YamlDocument, model: type[BaseModel]
) -> InputError:
    kind = item["type"]
    value = item.get("input")
    field = _field_name(key)
    if kind == "extra_forbidden":
        allowed = model.model_fields if len(key) == len(prefix) + 1 else ()
        return doc.error(key, f"unknown field '{field}'{did_you_mean(field, allowed)}", key=True)
    if kind == "missing":
        return doc.error(key[:-1], f"missing required field '{field}'")
    ctx = item.get("ctx") or {}
    if kind in _EXPECTED:
        expected = _FIELD_EXPECTED.get(field, _EXPECTED[kind]) if union else _EXPECTED[kind]
        message = f"{field}: expected {expected}, got {_show(value)}{_hint(kind, value)}"
    elif kind == "finite_number":
        message = f"{field}: {_show(value)} is not a finite number"
    elif kind in ("less_than_equal", "greater_than_equal", "less_than", "greater_than"):
        limit = ctx.get("le", ctx.get("ge", ctx.get("lt", ctx.get("gt"))))
        if limit is not None and abs(float(limit)) == MAX_MAGNITUDE:
            message = f"{field}: {_show(value)} is an absurd magnitude (limit ±{MAX_MAGNITUDE:g})"
        else:
            relation = {"less_than_equal": "at most", "greater_than_equal": "at least",
                        "less_than": "below", "greater_than": "above"}[kind]
            message = f"{field}: {_show(value)} is out of range: must be {relation} {limit}"
    elif kind == "literal_error":
        choices = [choice.strip("'") for choice in re.findall(r"'[^']*'", ctx.get("expected", ""))]
        hint = did_you_mean(value, choices) if isinstance(value, str) else ""
        message = f"{field}: {_show(value)} is not one of {', '.join(choices)}{hint}"
    elif kind == "string_pattern_mismatch":
        if field in ("value", "low", "high") and isinstance(value, str) and _NUMBER_TEXT.fullmatch(value.strip() or "x"):
            message = f"{field}: expected a number, got {_show(value)} (remove the quotes)"
        elif field in ("value", "low", "high") and isinstance(value, str) and value.strip().lower() in _YAML11_BOOLEANS:
            message = f"{field}: expected a number, got {_show(value)} (YAML 1.2 reads yes/no/on/off as text)"
        else:
            message = f"{field}: {_show(value)} {_PATTERN_HELP.get(field, 'has the wrong form')}"
    elif kind == "string_too_short":
        message = f"{field}: must not be empty"
    elif kind == "string_too_long":
        message = f"{field}: longer than {ctx.get('max_length')} characters"
    elif kind == "value_error":
        message = f"{field}: {ctx.get('error', 'invalid value')}"
    else:
        message = f"{field}: {item['msg']}"
    return doc.error(key, message)


# ------------------------------------------------------------------------------------------------
# Semantics: quotes, dates, units and intervals
# ------------------------------------------------------------------------------------------------


def _parse_iso(text: str) -> tuple[dt.date, dt.date, str]:
    """(first day, last day, precision) of 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'; ValueError if unreal."""
    parts = text.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    month = int(parts[1])
    if len(parts) == 2:
        if not 1 <= month <= 12:
            raise ValueError(f"{text!r} is not a real month")
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), "month"
    try:
        day = dt.date(year, month, int(parts[2]))
    except ValueError:
        raise ValueError(f"{text!r} is not a real date") from None
    return day, day, "day"


def _find_occurrence(text: str, quote: str, occurrence: int) -> tuple[int, int]:
    """(start, count found so far): start is -1 when the occurrence does not exist."""
    start = -1
    count = 0
    position = 0
    while count < occurrence:
        start = text.find(quote, position)
        if start < 0:
            return -1, count
        count += 1
        position = start + 1
    return start, count


def _near_match(text: str, quote: str) -> int | None:
    """Offset of a match that differs only in case or spacing, for a hint; None if none."""
    words = quote.split()
    if not words or len(words) > 200:
        return None
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words), re.IGNORECASE)
    match = pattern.search(text)
    return match.start() if match else None


_DURATION_DAYS = {
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0,
    "month": 30.4375, "quarter": 91.3125, "year": 365.25, "decade": 3652.5, "century": 36525.0,
}


def _duration_factor(unit: str) -> float:
    word = unit.strip().lower()
    word = {"centuries": "century"}.get(word, word)
    if word not in _DURATION_DAYS and word.endswith("s"):
        word = word[:-1]
    if word not in _DURATION_DAYS:
        raise ValueError(
            f"unknown duration unit {unit!r}{did_you_mean(unit, _DURATION_DAYS)}"
            f" (use one of {', '.join(_DURATION_DAYS)})"
        )
    return _DURATION_DAYS[word]


def _quantity_unit(unit: str):
    """(canonical unit name, converter) for a quantity's unit; ValueError for an unknown unit.

    Only whitelisted names are looked up: the text never reaches pint as an expression.
    """
    name = " ".join(unit.split())
    if name.lower() in ("count", "counts"):
        return "count", None
    if name.lower() in ("degree", "degrees"):
        return "degree", None
    if name.lower() in ("percent", "per cent", "%"):
        return "percent", None
    currency = U.currency_for_token(name)
    if currency is not None and U.unit_for_token(name) is None:
        return currency, None
    pint_name = U.unit_for_token(name)
    if pint_name is None:
        canonical_by_short = {U.short_name(c): c for c in U.CANONICAL_UNITS.values()}
        pint_name = canonical_by_short.get(name)
    if pint_name is None or U.dimension_of(pint_name) is None:
        known = ["count", "percent", "degree", *U.UNIT_TOKENS, *U.CURRENCY_CODES]
        raise ValueError(f"unknown unit {unit!r}{did_you_mean(unit, known, cutoff=80)}")
    canonical = U.CANONICAL_UNITS[U.dimension_of(pint_name)]
    return U.short_name(canonical), (lambda v: U.convert(v, pint_name, canonical))


class _ClaimBuilder:
    """Checks one validated entry against the sources and builds its Claim; gathers problems."""

    def __init__(self, doc: YamlDocument, sources: Mapping[str, tuple[Source, str]], errors: list[InputError]):
        self.doc = doc
        self.sources = sources
        self.errors = errors

    def fail(self, where: YamlPath, message: str) -> None:
        self.errors.append(self.doc.error(where, message))

    def span(self, where: YamlPath, source_id: str, quote: str, occurrence: int) -> tuple[int, int] | None:
        """The quote's (start, end) in its source, or None after recording why not."""
        if source_id not in self.sources:
            self.fail(where + ("source",), f"unknown source '{source_id}'{did_you_mean(source_id, self.sources)}")
            return None
        text = self.sources[source_id][1]
        start, count = _find_occurrence(text, quote, occurrence)
        if start >= 0:
            return start, start + len(quote)
        if count:
            self.fail(
                where + ("occurrence",),
                f"occurrence {occurrence}: the quote occurs only {count} time{'s' if count > 1 else ''} in source '{source_id}'",
            )
            return None
        message = f"quote not found verbatim in source '{source_id}'"
        near = _near_match(text, quote)
        if near is not None:
            line, column = line_col(text, near)
            message += f"; text differing only in case or spacing is at line {line}, column {column} of the source"
        self.fail(where + ("quote",), message)
        return None

    def dates(self, where: YamlPath, entry: ClaimEntry) -> dict[str, Any] | None:
        bounds = {}
        for name in ("value", "low", "high"):
            raw = getattr(entry, name)
            if raw is None:
                continue
            if not isinstance(raw, str):
                self.fail(where + (name,), f"{name}: a date claim takes an ISO date such as '2026-02-03', got {_show(raw)}")
                return None
            try:
                bounds[name] = _parse_iso(raw)
            except ValueError as error:
                self.fail(where + (name,), f"{name}: {error}")
                return None
        if entry.unit is not None:
            self.fail(where + ("unit",), "unit: a date claim has no unit")
            return None
        if not bounds:
            self.fail(where, "a date claim needs value, or low and/or high")
            return None
        precision = min((bounds[name][2] for name in bounds), key=["day", "month", "year"].index)
        value = low = high = None
        low_inclusive = high_inclusive = True
        if "value" in bounds:
            first, last, precision = bounds["value"]
            value = iso_to_day(first) if precision == "day" else None
            q = entry.qualifier
            if q in ("at_least", "more_than"):
                low, low_inclusive = (iso_to_day(first), True) if q == "at_least" else (iso_to_day(last), False)
            elif q in ("at_most", "less_than"):
                high, high_inclusive = (iso_to_day(last), True) if q == "at_most" else (iso_to_day(first), False)
            else:
                low, high = iso_to_day(first), iso_to_day(last)
        if "low" in bounds:
            low = iso_to_day(bounds["low"][0])
        if "high" in bounds:
            high = iso_to_day(bounds["high"][1])
        return self.finish(where, entry, value, low, high, low_inclusive, high_inclusive, None, precision)

    def numbers(self, where: YamlPath, entry: ClaimEntry) -> dict[str, Any] | None:
        raw = {name: getattr(entry, name) for name in ("value", "low", "high")}
        for name, number in raw.items():
            if isinstance(number, str):
                self.fail(where + (name,), f"{name}: a {entry.kind} claim takes a number, got {_show(number)}")
                return None
        if all(number is None for number in raw.values()):
            self.fail(where, f"a {entry.kind} claim needs value, or low and/or high")
            return None
        convert = None
        if entry.kind == "duration":
            try:
                factor = _duration_factor(entry.unit or "day")
            except ValueError as error:
                self.fail(where + ("unit",), f"unit: {error}")
                return None
            unit = "day"
            convert = (lambda v: v * factor) if factor != 1.0 else None
        else:
            try:
                unit, convert = _quantity_unit(entry.unit or "count")
            except ValueError as error:
                self.fail(where + ("unit",), f"unit: {error}")
                return None
        if unit == "count" or entry.kind == "duration":
            what = "a duration" if entry.kind == "duration" else "a count"
            for name, number in raw.items():
                if number is not None and number < 0:
                    self.fail(where + (name,), f"{name}: {what} cannot be negative, got {_show(number)}")
                    return None
        if convert is not None:
            raw = {name: (None if number is None else convert(number)) for name, number in raw.items()}
        value, low, high = raw["value"], raw["low"], raw["high"]
        low_inclusive = high_inclusive = True
        if value is not None and low is None and high is None:
            low, high, low_inclusive, high_inclusive = interval_for(value, entry.qualifier)
        return self.finish(where, entry, value, low, high, low_inclusive, high_inclusive, unit, None)

    def finish(self, where, entry, value, low, high, low_inclusive, high_inclusive, unit, precision):
        if entry.qualifier == "range" and (entry.low is None or entry.high is None):
            self.fail(where + ("qualifier",), "qualifier: a range needs both low and high")
            return None
        if low is not None and high is not None and low > high:
            self.fail(where + ("high",), "high: below low")
            return None
        if value is not None and ((low is not None and value < low) or (high is not None and value > high)):
            self.fail(where + ("value",), "value: outside the interval given by low and high")
            return None
        return {
            "value": value,
            "low": low,
            "high": high,
            "low_inclusive": low_inclusive if entry.low_inclusive is None else entry.low_inclusive,
            "high_inclusive": high_inclusive if entry.high_inclusive is None else entry.high_inclusive,
            "unit": unit,
            "precision": precision,
        }

    def as_of(self, where: YamlPath, text: str | None) -> bool:
        if text is None:
            return True
        parts = text.split("/")
        try:
            spans = [_parse_iso(part) for part in parts]
        except ValueError as error:
            self.fail(where + ("as_of",), f"as_of: {error}")
            return False
        if len(spans) == 2 and spans[0][0] > spans[1][1]:
            self.fail(where + ("as_of",), "as_of: the range ends before it starts")
            return False
        return True

    def claim(self, where: YamlPath, entry: ClaimEntry) -> Claim | None:
        span = self.span(where, entry.source, entry.quote, entry.occurrence)
        if not self.as_of(where, entry.as_of):
            return None
        fields = self.dates(where, entry) if entry.kind == "date" else self.numbers(where, entry)
        if span is None or fields is None:
            return None
        line, column = self.doc.position(where)
        return Claim(
            id=entry.id,
            source=entry.source,
            origin="curated",
            kind=entry.kind,
            metric=entry.metric,
            subject=entry.subject,
            event=entry.event,
            qualifier=entry.qualifier,
            as_of=entry.as_of,
            as_of_stated=entry.as_of is not None,
            provisional=entry.provisional,
            window_days=entry.window_days,
            attributed_to=entry.attributed_to,
            quote=entry.quote,
            start=span[0],
            end=span[1],
            note=entry.note,
            file=self.doc.path,
            line=line,
            column=column,
            **fields,
        )


# ------------------------------------------------------------------------------------------------
# Loading
# ------------------------------------------------------------------------------------------------


def _as_source_map(sources: Any) -> Mapping[str, tuple[Source, str]]:
    if isinstance(sources, Mapping):
        return sources
    return {source.id: (source, text) for source, text in sources}


def _entries(doc: YamlDocument, name: str, model: type[BaseModel], errors: list[InputError]):
    """(path, validated entry) for each valid item of the top-level list `name`."""
    items = doc.data.get(name)
    if not isinstance(items, list):
        return
    for index, item in enumerate(items):
        where = (name, index)
        try:
            yield where, model.model_validate(item)
        except ValidationError as error:
            errors.extend(_pydantic_errors(error, where, doc, model))


def _load(path: str | os.PathLike[str], sources: Mapping[str, tuple[Source, str]]) -> tuple[ClaimFile | None, list[InputError], dict[str, tuple[int, int]]]:
    """A claim file and every problem in it; the ids' positions are kept for cross-file checks."""
    errors: list[InputError] = []
    try:
        doc = parse_yaml(read_claim_text(path), path)
    except InputError as error:
        return None, [error], {}
    if not isinstance(doc.data, dict):
        return None, [doc.error((), f"expected a mapping with 'story' and 'claims', got {_show(doc.data)}")], {}
    header = {key: ([] if key in ("claims", "not_claims", "suppressions") and isinstance(value, list) else value)
              for key, value in doc.data.items()}
    try:
        story = ClaimFileModel.model_validate(header).story
    except ValidationError as error:
        errors.extend(_pydantic_errors(error, (), doc, ClaimFileModel))
        story = header.get("story") if isinstance(header.get("story"), str) else ""

    builder = _ClaimBuilder(doc, sources, errors)
    claims: list[Claim] = []
    ids: dict[str, tuple[int, int]] = {}
    for where, entry in _entries(doc, "claims", ClaimEntry, errors):
        id_position = doc.position(where + ("id",))
        if entry.id in ids:
            first_line, first_column = ids[entry.id]
            builder.fail(where + ("id",), f"duplicate claim id '{entry.id}' (first at line {first_line}, column {first_column})")
            continue
        ids[entry.id] = id_position
        claim = builder.claim(where, entry)
        if claim is not None:
            claims.append(claim)

    not_claims: list[NotClaim] = []
    for where, entry in _entries(doc, "not_claims", NotClaimEntry, errors):
        span = builder.span(where, entry.source, entry.quote, entry.occurrence)
        if span is not None:
            line, column = doc.position(where)
            not_claims.append(NotClaim(entry.source, entry.quote, span[0], span[1], entry.reason, doc.path, line, column))

    suppressions: list[Suppression] = []
    for where, entry in _entries(doc, "suppressions", SuppressionEntry, errors):
        missing = [(index, sid) for index, sid in enumerate(entry.sources or ()) if sid not in sources]
        for index, sid in missing:
            builder.fail(where + ("sources", index), f"unknown source '{sid}'{did_you_mean(sid, sources)}")
        if missing:
            continue
        line, column = doc.position(where)
        suppressions.append(
            Suppression(entry.code, entry.metric, tuple(sorted(set(entry.sources or ()))), entry.reason.strip(), doc.path, line, column)
        )
    if errors:
        return None, errors, ids
    claim_file = ClaimFile(
        path=doc.path,
        story=story,
        claims=tuple(claims),
        not_claims=tuple(not_claims),
        suppressions=tuple(suppressions),
    )
    return claim_file, [], ids


def load_claim_file(path: str | os.PathLike[str], sources: Any) -> ClaimFile:
    """One claim file, validated against the loaded sources ({id: (Source, text)} or LoadedSource list).

    Raises InputErrors listing every problem in the file, each at path:line:col.
    """
    claim_file, errors, _ = _load(path, _as_source_map(sources))
    if errors:
        raise InputErrors(errors)
    assert claim_file is not None
    return claim_file


def _load_many(paths: Iterable[str | os.PathLike[str]], sources: Any) -> tuple[list[ClaimFile], list[InputError]]:
    source_map = _as_source_map(sources)
    files: list[ClaimFile] = []
    errors: list[InputError] = []
    first_seen: dict[str, str] = {}
    for path in sorted({os.fspath(p) for p in paths}):
        claim_file, file_errors, ids = _load(path, source_map)
        errors.extend(file_errors)
        clashes = False
        for claim_id, (line, column) in sorted(ids.items(), key=lambda item: item[1]):
            if claim_id in first_seen:
                errors.append(InputError(path, f"duplicate claim id '{claim_id}' (first in {first_seen[claim_id]})", line=line, column=column))
                clashes = True
            else:
                first_seen[claim_id] = f"{path}:{line}:{column}"
        if claim_file is not None and not clashes:
            files.append(claim_file)
    return files, sorted(set(errors), key=InputError.sort_key)


def load_claim_files(paths: Iterable[str | os.PathLike[str]], sources: Any) -> list[ClaimFile]:
    """Several claim files loaded together (claim ids unique across them), sorted by path.

    Raises InputErrors listing every problem of every file.
    """
    files, errors = _load_many(paths, sources)
    if errors:
        raise InputErrors(errors)
    return files


def validate_claim_files(paths: Iterable[str | os.PathLike[str]], sources: Any) -> list[InputError]:
    """Every problem of every claim file, sorted, each `path:line:col: message`; [] when all are valid."""
    return _load_many(paths, sources)[1]


def claim_file_json_schema() -> dict[str, Any]:
    """The claim-file format as a JSON Schema (draft-07 keywords only), for editors and `checker schema`."""
    schema = ClaimFileModel.model_json_schema(ref_template="#/definitions/{model}")
    definitions = schema.pop("$defs", {})
    result: dict[str, Any] = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": SCHEMA_ID,
        **schema,
        "title": "checker claim file",
    }
    if definitions:
        result["definitions"] = definitions
    return result
