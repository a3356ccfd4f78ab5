"""Measures in text: percentages, temperatures, lengths, masses, volumes, areas, speeds, money and ages."""

from __future__ import annotations

import re

from checker.extract.mention import Mention
from checker.extract.numbers import DEFAULT_POLICY, NumberPolicy, NumberSpan, interval_for, number_spans
from checker.normalize import units as U

__all__ = ["find_measures"]


def _alt(words) -> str:
    return "|".join(sorted({re.escape(w) for w in words}, key=lambda w: (-len(w), w)))


# Units read after a number. Single letters and "in" are too ambiguous spaced out ("5 m" is fine,
# "5 in the morning" is not), so they count only when glued to the digits.
_AMBIGUOUS_SPACED = {"c", "f", "k", "in", "t", "g", "gr", "'", '"', "″", "l", "lt", "m", "mi", "pc", "kr", "rs",
                     "rm", "real", "won", "rand", "ha", "kn", "buck"}
_UNIT_WORDS = {k: v for k, v in U.UNIT_TOKENS.items() if v != "kelvin" or k == "kelvin"}
_DEGREE = r"(?:°|º|degrees?|deg\.?)"
_TEMP_WORDS = "celsius|celcius|centigrade|centigrate|fahrenheit|farenheit|fahrenheight"
_TEMP_CUE_RE = re.compile(
    r"(?:temperature|degree|weather|cold|heat|warm|frost|freez|°|celsius|fahrenheit|thermometer|high of|low of|"
    r"highs|lows|hot|chill|mercury)"
)
_TEMP_RE = re.compile(
    rf"(?P<sp>[ ]{{0,2}})(?:{_DEGREE}[ ]{{0,2}}(?P<scale>{_TEMP_WORDS}|kelvin|c|f|k)?(?![a-z])"
    rf"|(?P<sym>℃|℉)|(?P<word>{_TEMP_WORDS})(?![a-z]))"
    rf"(?P<below>[ ]{{1,2}}below[ ](?:zero|freezing))?"
)
_UNIT_RE = re.compile(rf"(?P<sp>[ ]{{0,2}}|-)(?P<u>{_alt(_UNIT_WORDS)})(?![a-z0-9²³])")
_CURRENCY_AFTER_RE = re.compile(rf"(?P<sp>[ ]{{0,2}})(?P<u>{_alt(U.CURRENCY_TOKENS)})(?![a-z])")
_CURRENCY_BEFORE_RE = re.compile(rf"(?<![a-z])(?P<u>{_alt(U.CURRENCY_TOKENS)})[ ]{{0,2}}$")
# "$10m", "£2.3bn": after a currency, m and bn are scales, not metres.
_MONEY_SCALE_RE = re.compile(r"(?P<s>m|mn|mln|bn|b|k|tn|million|billion|trillion|thousand)(?![a-z])", re.I)
_MONEY_SCALES = {"m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12,
                 "million": 1e6, "billion": 1e9, "trillion": 1e12, "thousand": 1e3}
_CENTS_RE = re.compile(r"(?:[ ]{1,2}and)?[ ]{1,2}(?P<n>\d{1,2}|[a-z]+(?:[- ][a-z]+)?)[ ]{1,2}(?:cents?|pence|p|kopecks?|kopiykas?|centimes?)(?![a-z])")
_AGE_RE = re.compile(
    r"[ ]{0,2}-?(?P<u>years?|yrs?|months?|weeks?|days?)(?:-|[ ])(?:old|of[ ]age)(?![a-z])|[ ]?(?P<yo>yo|y\.o\.)(?![a-z])"
)
_AGE_BEFORE_RE = re.compile(r"(?<![a-z])(?:aged?)[ ]$")
_AGE_UNITS = {"year": 1.0, "yr": 1.0, "month": 1 / 12, "week": 7 / 365.25, "day": 1 / 365.25}
_RANGE_GAP_RE = re.compile(r"[ ]{0,3}(?:-|–|—|to|and|through)[ ]{0,3}(?:about[ ]|around[ ]|~)?")
_RANGE_LEAD_RE = re.compile(r"(?<![a-z])(?:between|from)[ ]{1,2}$")
_SUM_GAP_RE = re.compile(r"(?:,|[ ]and|,[ ]and)?[ ]{0,2}")
_PERCENT_OF_RE = re.compile(r"(?<![a-z])(?:per[ ]?cents?|percents?)[ ]of[ ]$")


def _unit_after(lower: str, end: int, glued: bool) -> tuple[str, str, int, dict] | None:
    """(kind, pint unit or "degree", end, extra) for a unit right after a number ending at `end`."""
    m = _TEMP_RE.match(lower, end)
    if m and (m.group("scale") or m.group("sym") or m.group("word") or "deg" in m.group() or "°" in m.group() or "º" in m.group()):
        if m.group("word") and m.group("sp") == "" and not glued:
            pass
        token = m.group("scale") or m.group("sym") or m.group("word")
        unit = U.unit_for_token({"℃": "°c", "℉": "°f"}.get(token, token)) if token else "degree"
        extra = {"below_zero": bool(m.group("below"))}
        return "temperature", unit or "degree", m.end(), extra
    m = _UNIT_RE.match(lower, end)
    if m:
        token = m.group("u")
        if token in _AMBIGUOUS_SPACED and m.group("sp") and (m.group("sp") != "-" or len(token) < 2):
            return None
        unit = U.UNIT_TOKENS[token]
        if token in ("c", "f"):
            # A glued "25C" is a temperature only where the text talks about one ("11c" may be cents,
            # "777F" a model name): a cue word close before, or a signed value.
            if not _TEMP_CUE_RE.search(lower, max(0, end - 80), end) and lower[end - 2 : end - 1] not in "-−":
                return None
            return "temperature", unit, m.end(), {"below_zero": False}
        return U.UNIT_DIMENSION[unit], unit, m.end(), {}
    return None


def _money_mention(value: float, start: int, end: int, code: str) -> Mention:
    return Mention("money", start, end, value, value, value, True, True, code, "exact",
                   extra={"original_value": value, "original_unit": code})


def _measure(kind: str, unit: str, value: float, start: int, end: int) -> Mention:
    extra = {"original_value": value, "original_unit": U.short_name(unit) if unit != "degree" else "degree",
             "pint_unit": unit}
    if unit == "degree":
        # "5 degrees" names no scale: keep the number as written, unit "degree", and let rules compare it
        # only with other unknown-scale degrees or flag it; guessing Celsius would invent a conversion.
        return Mention(kind, start, end, value, value, value, True, True, "degree", "exact", extra=extra)
    canonical_value, canonical = U.to_canonical(value, unit)
    canonical_value = float(f"{canonical_value:.12g}")  # drop float noise such as 36.99999999999879
    return Mention(kind, start, end, canonical_value, canonical_value, canonical_value, True, True,
                   U.short_name(canonical), "exact", extra=extra)


def _with_qualifier(m: Mention, lower: str, policy: NumberPolicy) -> Mention:
    from checker.extract.numbers import _PREFIX_QUALIFIERS, _PREFIX_RE

    window = lower[max(0, m.start - 24) : m.start]
    q = _PREFIX_RE.search(window)
    if not q or m.value is None:
        return m
    qualifier = _PREFIX_QUALIFIERS[q.group("q")]
    if m.kind == "temperature" and q.group("q") in ("below", "under", "above", "over"):
        pass
    low, high, lo_inc, hi_inc = interval_for(m.value, qualifier, policy)
    start = m.start - (len(window) - q.start())
    return Mention(m.kind, start, m.end, m.value, low, high, lo_inc, hi_inc, m.unit, qualifier,
                   m.precision, m.noun, dict(m.extra))


def _read_single(lower: str, spans: list[NumberSpan], idx: int) -> Mention | None:
    span = spans[idx]
    value, start, end = span.value, span.start, span.end
    if start >= 2 and lower[start - 1] == "-" and lower[start - 2].isalpha():
        return None  # "SCP-173m", "F-16": a model name, not a measure
    # Currency before the number: "$2.3bn", "EUR 20", "US$ 1mm".
    cur = _CURRENCY_BEFORE_RE.search(lower, max(0, start - 8), start)
    if cur and not span.words or (cur and cur.group("u") in ("$", "€", "£", "usd", "eur", "gbp")):
        code = U.CURRENCY_TOKENS[cur.group("u")]
        sm = _MONEY_SCALE_RE.match(lower, end + (1 if lower[end : end + 1] == " " else 0))
        if sm and not span.words:
            value *= _MONEY_SCALES[sm.group("s").lower()]
            end = sm.end()
        if lower.startswith("mm", end) and not lower[end + 2 : end + 3].isalpha():
            value *= 1e6
            end += 2
        mstart = cur.start()
        mention = _money_mention(value, mstart, end, code)
        cents = _CENTS_RE.match(lower, end)
        if cents:
            from checker.extract.numbers import parse_number

            c = parse_number(cents.group("n"))
            if c is not None and c < 100:
                mention = _money_mention(value + c / 100, mstart, cents.end(), code)
        return mention
    glued = lower[end:end + 1].isalpha() or lower[end:end + 1] in "°º%'\"″℃℉"
    if lower.startswith("%", end) or lower.startswith(" %", end):
        e = lower.index("%", end) + 1
        return Mention("percent", start, e, value, value, value, True, True, "percent", "exact",
                       extra={"original_value": value, "original_unit": "percent"})
    before = _PERCENT_OF_RE.search(lower, max(0, start - 20), start)
    if before:
        return Mention("percent", before.start(), end, value, value, value, True, True, "percent", "exact",
                       extra={"original_value": value, "original_unit": "percent"})
    for word in (" per cent", " percents", " percent", " pct", " percentage points", "-per cent", " per-cent"):
        if lower.startswith(word, end) and not lower[end + len(word) : end + len(word) + 1].isalpha():
            return Mention("percent", start, end + len(word), value, value, value, True, True, "percent", "exact",
                           extra={"original_value": value, "original_unit": "percent"})
    cm = _CURRENCY_AFTER_RE.match(lower, end)
    if cm and not (cm.group("u") in _AMBIGUOUS_SPACED and cm.group("sp")):
        code = U.CURRENCY_TOKENS[cm.group("u")]
        mention = _money_mention(value, start, cm.end(), code)
        cents = _CENTS_RE.match(lower, cm.end())
        if cents:
            from checker.extract.numbers import parse_number

            c = parse_number(cents.group("n"))
            if c is not None and c < 100:
                mention = _money_mention(value + c / 100, start, cents.end(), code)
        return mention
    if span.value < 1 and lower.startswith(" a ", end):
        end += 2  # "half a liter"
    got = _unit_after(lower, end, glued)
    if got is not None:
        kind, unit, uend, extra = got
        if extra.get("below_zero"):
            value = -abs(value)
        return _measure(kind, unit, value, start, uend)
    age = _AGE_RE.match(lower, end)
    before = _AGE_BEFORE_RE.search(lower, max(0, start - 5), start)
    if (age or before) and 0 <= value < 1000:
        unit = (age.group("u") or "year").rstrip("s") if age else "year"
        years = float(f"{value * _AGE_UNITS[unit]:.12g}")
        return Mention("age", before.start() if before else start, age.end() if age else end, years, years, years,
                       True, True, "year", "exact", extra={"original_value": value, "original_unit": unit})
    return None


def _merge(lower: str, mentions: list[Mention]) -> list[Mention]:
    """Ranges ("between 30 and 40 degrees", "3-5 km") and compound sums ("10 kms, 8 meters and 6 cm")."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        if i + 1 < len(mentions):
            b = mentions[i + 1]
            if a.kind == b.kind and a.unit == b.unit and a.value is not None and b.value is not None:
                gap = _RANGE_GAP_RE.fullmatch(lower, a.end, b.start)
                lead = _RANGE_LEAD_RE.search(lower, max(0, a.start - 10), a.start)
                if gap and a.value <= b.value and ("and" not in gap.group() or lead) and (
                    "to" not in gap.group() or not lead or lead.group().startswith("from")
                ) and a.qualifier == "exact":
                    start = lead.start() if lead else a.start
                    extra = dict(b.extra)
                    extra["low_original_value"] = a.extra.get("original_value")
                    out.append(Mention(a.kind, start, b.end, None, a.value, b.value, True, True, a.unit, "range",
                                       extra=extra))
                    i += 2
                    continue
            if (
                a.kind == b.kind and a.kind in ("length", "mass", "volume") and a.qualifier == "exact"
                and _SUM_GAP_RE.fullmatch(lower, a.end, b.start) and b.value is not None and a.value is not None
                and b.value < a.value and a.extra.get("original_unit") != b.extra.get("original_unit")
            ):
                total = a.value + b.value
                extra = dict(a.extra)
                extra["compound"] = True
                out.append(Mention(a.kind, a.start, b.end, total, total, total, True, True, a.unit, "exact",
                                   extra=extra))
                i += 2
                mentions = out[-1:] + mentions[i:]
                out = out[:-1]
                i = 0
                continue
        out.append(a)
        i += 1
    return out


def _bare_range(lower: str, low: NumberSpan, high: Mention) -> Mention | None:
    """ "between 30 and 40 degrees celsius", "3-5 kilometers": the unit is written once, after the range."""
    gap = _RANGE_GAP_RE.fullmatch(lower, low.end, high.start)
    if not gap:
        return None
    lead = _RANGE_LEAD_RE.search(lower, max(0, low.start - 10), low.start)
    if "and" in gap.group() and not lead:
        return None
    unit = high.extra.get("pint_unit")
    if high.kind == "money" or high.kind == "percent" or high.kind == "age":
        low_value = low.value
    elif unit and unit != "degree":
        low_value = float(f"{U.to_canonical(low.value, unit)[0]:.12g}")
    else:
        low_value = low.value
    if low_value > high.value:
        return None
    extra = dict(high.extra)
    extra["low_original_value"] = low.value
    start = lead.start() if lead else low.start
    return Mention(high.kind, start, high.end, None, low_value, high.value, True, True, high.unit, "range",
                   extra=extra)


def find_measures(text: str, lower: str, policy: NumberPolicy = DEFAULT_POLICY) -> list[Mention]:
    """Measures in text, each converted to its kind's canonical unit (Mention.unit), sorted by position.

    `extra["original_value"]` and `extra["original_unit"]` keep the figure as written, so a rule can
    check in-text conversions such as "-25°C (-11°F)". A bare "5 degrees" has unit "degree": no scale
    is assumed. Ranges carry value None and low/high; bounds ("at least 5 km") carry qualifiers.
    """
    del text  # offsets are the same in text and lower; lower-cased text is what the grammar reads
    spans = number_spans(lower, glued=True)
    singles: list[Mention] = []
    pending: NumberSpan | None = None
    for idx in range(len(spans)):
        if singles and spans[idx].start < singles[-1].end:
            continue
        m = _read_single(lower, spans, idx)
        if m is None:
            pending = spans[idx]
            continue
        if pending is not None and m.value is not None:
            ranged = _bare_range(lower, pending, m)
            if ranged is not None:
                m = ranged
        pending = None
        singles.append(m)
    merged = _merge(lower, singles)
    return sorted((_with_qualifier(m, lower, policy) for m in merged), key=lambda m: (m.start, m.end))
