"""Scorers for the quantity suites (numbers, percentages, temperatures, dimensions, money), for checker and quantulum3."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from typing import Callable, Iterable

from checker.evaluate.base import CaseScore, Scorer
from checker.extract.measures import find_measures
from checker.extract.numbers import find_numbers, number_spans
from checker.normalize.units import CANONICAL_UNITS, UNIT_DIMENSION, convert

__all__ = ["SCORERS", "QUANTULUM_SCORERS", "Prediction", "quantulum_available"]


@dataclass(frozen=True, slots=True)
class Prediction:
    """One figure a system found: where, and every value it may fairly be compared on."""

    start: int
    end: int
    values: tuple[float, ...]  # the value as stated, canonical, and converted to the gold unit when known
    low: float | None = None
    high: float | None = None
    unit: str | None = None  # pint name of the unit as written, when known
    low_inclusive: bool | None = None  # None: the system does not say
    high_inclusive: bool | None = None


# Gold unit names (Recognizers-Text, Duckling, quantulum3) -> pint names from our own whitelist.
_GOLD_UNITS = {
    "c": "degC", "celsius": "degC", "degree celsius": "degC", "f": "degF", "fahrenheit": "degF",
    "degree fahrenheit": "degF", "kelvin": "kelvin", "k": "kelvin",
    "metre": "meter", "meter": "meter", "m": "meter", "kilometre": "kilometer", "kilometer": "kilometer",
    "centimetre": "centimeter", "centimeter": "centimeter", "millimetre": "millimeter", "millimeter": "millimeter",
    "mile": "mile", "foot": "foot", "inch": "inch", "yard": "yard",
    "gram": "gram", "kilogram": "kilogram", "milligram": "milligram", "microgram": "microgram", "pound": "pound", "pound-mass": "pound",
    "ounce": "ounce", "metric ton": "metric_ton", "tonne": "metric_ton", "ton": "metric_ton",
    "litre": "liter", "liter": "liter", "millilitre": "milliliter", "milliliter": "milliliter",
    "centilitre": "centiliter", "hectolitre": "hectoliter", "gallon": "gallon", "barrel": "oil_barrel",
    "square kilometre": "kilometer ** 2", "square kilometer": "kilometer ** 2", "square meter": "meter ** 2",
    "square mile": "mile ** 2", "acre": "acre",
    "kilometer per hour": "kilometer / hour", "kilometre per hour": "kilometer / hour", "mile per hour": "mile / hour",
    "percentage": "percent", "decimetre": "decimeter", "decimeter": "decimeter", "picometer": "picometer",
    "picometre": "picometer", "cup": "cup", "pint": "pint", "quart": "quart", "tablespoon": "tablespoon",
    "teaspoon": "teaspoon", "fluid ounce": "fluid_ounce", "cubic foot": "foot ** 3", "cubic feet": "foot ** 3",
    "cubic meter": "meter ** 3", "cubic metre": "meter ** 3", "bit": "bit", "byte": "byte", "kilobyte": "kilobyte",
    "megabyte": "megabyte", "gigabyte": "gigabyte", "terabyte": "terabyte", "megabit": "megabit",
    "gigabit": "gigabit", "kibibyte": "kibibyte", "hectoliter": "hectoliter",
    "centiliter": "centiliter",
}


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= max(1e-6, 1e-4 * max(abs(a), abs(b)))


def _gold_value(entity: dict):
    """(value, low, high) of a gold entity; value None for an interval."""
    if "range" in entity and isinstance(entity["range"], dict):
        r = entity["range"]
        return None, r.get("min"), r.get("max")
    if entity.get("type") == "interval":
        return None, entity.get("from"), entity.get("to")
    value = entity.get("value_num", entity.get("value"))
    if isinstance(value, str):
        try:
            value = float(value.rstrip("%"))
        except ValueError:
            return None, None, None
    if isinstance(value, (int, float)):
        unc = entity.get("uncertainty")
        if isinstance(unc, (int, float)) and unc:
            return float(value), float(value) - unc, float(value) + unc
        return float(value), None, None
    return None, None, None


def _inclusivity_right(entity: dict, pred: Prediction) -> bool:
    """Recognizers-Text ranges say which ends are open ("(20,35]"): a system that states it must agree."""
    r = entity.get("range")
    if not isinstance(r, dict):
        return True
    for end, flag, said in (("min", "min_inclusive", pred.low_inclusive), ("max", "max_inclusive", pred.high_inclusive)):
        if r.get(end) is not None and said is not None and bool(r.get(flag)) != said:
            return False
    return True


def _value_right(entity: dict, pred: Prediction) -> bool:
    if not _inclusivity_right(entity, pred):
        return False
    value, low, high = _gold_value(entity)
    gold_unit = _GOLD_UNITS.get(str(entity.get("unit", "")).lower())
    candidates = list(pred.values)
    lows, highs = [pred.low], [pred.high]
    if gold_unit and pred.unit and pred.unit != gold_unit:
        if UNIT_DIMENSION.get(gold_unit) == UNIT_DIMENSION.get(pred.unit):
            conv = lambda x: None if x is None else convert(x, pred.unit, gold_unit)  # noqa: E731
            candidates += [conv(v) for v in pred.values]
            lows.append(conv(pred.low))
            highs.append(conv(pred.high))
    if value is not None and low is None:
        return any(_close(value, c) for c in candidates)
    if value is not None:
        # quantulum3's "between 44 mg and 50 mg" is 47 +- 3: the midpoint or the ends both count.
        return any(_close(value, c) for c in candidates) or (
            any(_close(low, lo) for lo in lows) and any(_close(high, hi) for hi in highs)
        )
    if low is None and high is None:
        return False
    ok_low = low is None or any(_close(float(low), lo) for lo in lows if lo is not None) or (
        len(candidates) == 1 and high is None and _close(float(low), candidates[0])
    )
    ok_high = high is None or any(_close(float(high), hi) for hi in highs if hi is not None) or (
        len(candidates) == 1 and low is None and _close(float(high), candidates[0])
    )
    return ok_low and ok_high


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def score_case(case: dict, predictions: list[Prediction]) -> CaseScore:
    """Match gold entities to predictions by overlapping span (or in order when gold has no span); values first."""
    score = CaseScore(case_id=str(case.get("id", "?")))
    expected = case.get("expected") or []
    text = case.get("input", "")
    unused = list(predictions)
    problems = []
    # A gold entity with no value at all (a bare unit word such as "fahrenheit" in "convert 10 celsius to
    # fahrenheit") is not a figure: it is neither required nor held against a system that finds it.
    valueless = [e for e in expected if _gold_value(e) == (None, None, None) and e.get("start") is not None]
    expected = [e for e in expected if not any(e is v for v in valueless)]
    unused = [p for p in unused if not any(_overlaps(p.start, p.end, v["start"], v["end"]) for v in valueless)]
    for entity in expected:
        start, end = entity.get("start"), entity.get("end")
        if start is None and entity.get("text"):
            pos = text.lower().find(str(entity["text"]).lower())
            if pos >= 0:
                start, end = pos, pos + len(entity["text"])
        if start is None:
            pool = unused
        else:
            pool = [p for p in unused if _overlaps(p.start, p.end, start, end)]
        score.values_total += 1
        if not pool:
            score.fn += 1
            problems.append(f"missed {entity.get('text', entity.get('value'))!r}")
            continue
        right = [p for p in pool if _value_right(entity, p)]
        chosen = right[0] if right else pool[0]
        unused.remove(chosen)
        score.tp += 1
        if right:
            score.values_right += 1
        else:
            problems.append(
                f"value of {text[chosen.start:chosen.end]!r}: got {chosen.values[0] if chosen.values else (chosen.low, chosen.high)},"
                f" expected {_gold_value(entity)}"
            )
    for p in unused:
        score.fp += 1
        problems.append(f"spurious {text[p.start:p.end]!r}")
    if problems:
        score.problem = "; ".join(problems)
    return score


# ----------------------------------------------------------------------------------------------
# The checker's predictions, per suite family.
# ----------------------------------------------------------------------------------------------


def _mention_prediction(m) -> Prediction:
    values = [v for v in (m.value, m.extra.get("original_value")) if v is not None]
    if m.extra.get("fraction") and m.value is not None:
        values.append(m.value / 100)  # "two thirds" is 66.67 percent, and the 0.667 it says
    unit = m.extra.get("pint_unit")
    canonical_unit = None
    if unit and unit != "degree":
        canonical_unit = CANONICAL_UNITS[UNIT_DIMENSION[unit]]
    return Prediction(m.start, m.end, tuple(values), m.low, m.high, canonical_unit)


def _checker_numbers(text: str) -> list[Prediction]:
    return [Prediction(s.start, s.end, (s.value,)) for s in number_spans(text.lower(), text=text)]


def _checker_ranges(text: str) -> list[Prediction]:
    out = []
    for m in find_numbers(text.lower(), text=text):
        if m.qualifier == "vague" or (m.qualifier == "exact" and not m.extra.get("stated_equal")):
            continue
        values = () if m.value is None else (m.value,)
        # A bound states one end; the other is open and unstated, so only the stated end's inclusivity counts.
        lo_inc = m.low_inclusive if m.low is not None else None
        hi_inc = m.high_inclusive if m.high is not None else None
        if m.qualifier == "range" and not m.extra.get("joined_bounds"):
            # "between 20 and 30" does not say whether 30 is in; Recognizers-Text's [20,30) is its convention.
            lo_inc = hi_inc = None
        out.append(Prediction(m.start, m.end, values, m.low, m.high, None, lo_inc, hi_inc))
    return out


def _checker_measures(kinds: Iterable[str], with_numbers: bool = False) -> Callable[[str], list[Prediction]]:
    kinds = frozenset(kinds)

    def predict(text: str) -> list[Prediction]:
        lower = text.lower()
        found = [m for m in find_measures(text, lower) if m.kind in kinds]
        preds = [_mention_prediction(m) for m in found]
        if with_numbers:
            for n in find_numbers(lower, text=text):
                if n.qualifier != "vague" and not any(_overlaps(n.start, n.end, m.start, m.end) for m in found):
                    values = () if n.value is None else (n.value,)
                    preds.append(Prediction(n.start, n.end, values, n.low, n.high))
        return sorted(preds, key=lambda p: (p.start, p.end))

    return predict


def _scorer(predict: Callable[[str], list[Prediction]], latent: Callable[[str], list[Prediction]] | None = None) -> Scorer:
    def score(case: dict) -> CaseScore:
        text = case.get("input", "")
        if not isinstance(text, str):
            return CaseScore(case_id=str(case.get("id", "?")), problem="input is not text")
        # Duckling's latent cases ("five" in the money corpus) are bare numbers out of context.
        chooser = latent if (case.get("needs_latent") and latent is not None) else predict
        return score_case(case, chooser(text))

    return score


def _robustness_scorer(predict: Callable[[str], list[Prediction]]) -> Scorer:
    def score(case: dict) -> CaseScore:
        try:
            predict(str(case.get("input", "")))
        except Exception as exc:  # noqa: BLE001 - a crash is exactly what this suite measures
            return CaseScore(case_id=str(case.get("id", "?")), fn=1, values_total=1, problem=f"crash: {exc!r}")
        return CaseScore(case_id=str(case.get("id", "?")), tp=1, values_right=1, values_total=1)

    return score


_MEASURE_KINDS = ("length", "mass", "volume", "area", "speed", "data")
_ALL_MEASURES = ("percent", "temperature", "money", "age", *_MEASURE_KINDS)

# suite key -> (kinds of predictions). "numbers" / "ranges" name the number extractors.
_SUITES: dict[str, tuple[str, ...]] = {
    "recognizers_text/number": ("numbers",),
    "recognizers_text/excluded_not_python/number": ("numbers",),
    "recognizers_text/excluded_not_python/number_range": ("ranges",),
    "recognizers_text/percent": ("percent",),
    "recognizers_text/excluded_not_python/percent": ("percent",),
    "recognizers_text/temperature": ("temperature",),
    "recognizers_text/excluded_not_python/temperature": ("temperature",),
    "recognizers_text/dimension": _MEASURE_KINDS,
    "recognizers_text/excluded_not_python/dimension": _MEASURE_KINDS,
    "recognizers_text/currency": ("money",),
    "recognizers_text/excluded_not_python/currency": ("money",),
    "recognizers_text/age": ("age",),
    "duckling/numeral_en": ("numbers",),
    "duckling/temperature_en": ("temperature",),
    "duckling/distance_en": ("length",),
    "duckling/volume_en": ("volume",),
    "duckling/quantity_en": ("mass", "volume"),
    "duckling/amount_of_money_en": ("money",),
    "duckling/amount_of_money_en_negative": ("money",),
    "quantulum3/quantities": _ALL_MEASURES + ("numbers",),
    "quantulum3/quantities_ambiguity": _ALL_MEASURES + ("numbers",),
    "quantulum3/spellout_numbers": ("numbers",),
    "quantulum3/errors": _ALL_MEASURES + ("numbers",),
}


def _checker_predictor(kinds: tuple[str, ...]) -> Callable[[str], list[Prediction]]:
    if kinds == ("numbers",):
        return _checker_numbers
    if kinds == ("ranges",):
        return _checker_ranges
    measure_kinds = tuple(k for k in kinds if k != "numbers")
    return _checker_measures(measure_kinds, with_numbers="numbers" in kinds)


def _build(predictor_for: Callable[[tuple[str, ...]], Callable[[str], list[Prediction]]]) -> dict[str, Scorer]:
    scorers: dict[str, Scorer] = {}
    for key, kinds in _SUITES.items():
        predict = predictor_for(kinds)
        if key == "quantulum3/errors":
            scorers[key] = _robustness_scorer(predict)
        else:
            latent = predictor_for(("numbers",)) if key.startswith("duckling/") else None
            scorers[key] = _scorer(predict, latent)
    return scorers


SCORERS: dict[str, Scorer] = _build(_checker_predictor)

# ----------------------------------------------------------------------------------------------
# quantulum3, side by side: a development dependency, imported only when its row is asked for.
# ----------------------------------------------------------------------------------------------

_QUANTULUM_ENTITY = {
    "temperature": "temperature", "length": "length", "mass": "mass", "volume": "volume", "area": "area",
    "speed": "speed", "currency": "money", "dimensionless": "numbers",
}


@cache
def quantulum_available() -> bool:
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # its optional-classifier warning is noise here
            import quantulum3.parser  # noqa: F401
    except Exception:  # noqa: BLE001 - missing or broken, the row just says it is unavailable
        return False
    return True


def _quantulum_predictor(kinds: tuple[str, ...]) -> Callable[[str], list[Prediction]]:
    wanted = set(kinds)
    if "ranges" in wanted:
        wanted.add("numbers")

    def predict(text: str) -> list[Prediction]:
        from quantulum3 import parser

        out = []
        for q in parser.parse(text):
            entity = getattr(getattr(q.unit, "entity", None), "name", "") or ""
            kind = _QUANTULUM_ENTITY.get(entity, entity)
            if q.unit.name == "percentage":
                kind = "percent"
            keep_all = "numbers" in wanted and len(wanted) > 1
            if not keep_all and kind not in wanted:
                continue
            unit = _GOLD_UNITS.get(str(q.unit.name).lower())
            unc = q.uncertainty
            low = high = None
            if unc:
                low, high = q.value - unc, q.value + unc
            start, end = q.span
            out.append(Prediction(start, end, (float(q.value),), low, high, unit))
        return out

    return predict


def _quantulum_scorers() -> dict[str, Scorer]:
    return _build(_quantulum_predictor)


class _LazyScorers(dict):
    """Built on first access, so importing this module never imports quantulum3."""

    def _fill(self) -> None:
        if not super().__len__():
            super().update(_quantulum_scorers())

    def __getitem__(self, key):
        self._fill()
        return super().__getitem__(key)

    def __contains__(self, key):
        self._fill()
        return super().__contains__(key)

    def keys(self):
        self._fill()
        return super().keys()

    def items(self):
        self._fill()
        return super().items()

    def get(self, key, default=None):
        self._fill()
        return super().get(key, default)

    def __iter__(self):
        self._fill()
        return super().__iter__()

    def __len__(self):
        self._fill()
        return super().__len__()


QUANTULUM_SCORERS: dict[str, Scorer] = _LazyScorers()
