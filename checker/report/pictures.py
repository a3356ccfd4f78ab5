"""Range and timeline pictures as static inline SVG, drawn here: no library, no script, every text escaped."""

from __future__ import annotations

import calendar
import datetime as dt
import math
from typing import Callable, NamedTuple, Sequence

from checker.model import iso_to_day
from checker.report.sanitize import for_html

__all__ = ["RangeRow", "TimePoint", "range_picture", "timeline_picture", "as_of_days", "PALETTE"]

# Okabe and Ito's palette, told apart with colour blindness too; shapes tell sources apart as well.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
_SHAPES = ("circle", "square", "triangle", "diamond")
_WIDTH = 680
_LABEL_WIDTH = 210
_RIGHT = 90
_ROW = 24
_TOP = 12
_AXIS = 34
_LABEL_CHARS = 30
_OUTLIER = "#C0392B"
_NEUTRAL = "#34495E"


class RangeRow(NamedTuple):
    """One source's reading of a figure: bounds (None where unbounded), best point, words, and whether it is an outlier."""

    label: str
    low: float | None
    best: float | None
    high: float | None
    text: str
    outlier: bool


class TimePoint(NamedTuple):
    """One reading of a figure at a time: who, when (first and last day), the value's bounds and best point."""

    label: str
    series: int
    first_day: float
    last_day: float
    low: float | None
    best: float | None
    high: float | None
    text: str


def _num(x: float) -> str:
    """A coordinate with one decimal, the same bytes on every machine."""
    text = f"{x:.1f}"
    return "0.0" if text == "-0.0" else text


def _attrs(attributes: dict[str, object]) -> str:
    return "".join(f' {name}="{for_html(str(value))}"' for name, value in attributes.items())


def _el(tag: str, attributes: dict[str, object], *children: str) -> str:
    return f"<{tag}{_attrs(attributes)}>{''.join(children)}</{tag}>"


def _text(content: str, limit: int | None = None) -> str:
    return for_html(content, max_length=limit)


def _nice_step(span: float, count: int) -> float:
    raw = span / max(count, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude


_DAY_STEPS = (1, 2, 7, 14, 30.4375, 91.3125, 182.625, 365.25, 730.5, 1826.25, 3652.5)


def _ticks(low: float, high: float, dates: bool, count: int = 5) -> list[float]:
    span = high - low
    if dates:
        step = next((s for s in _DAY_STEPS if span / s <= count), _nice_step(span, count))
        if step >= 28:
            return _month_ticks(low, high, max(1, round(step / 30.4375)))
    else:
        step = _nice_step(span, count)
    first = math.ceil(low / step) * step
    ticks = []
    x = first
    while x <= high + step * 1e-9 and len(ticks) < 20:
        ticks.append(round(x, 10))
        x += step
    return ticks


def _month_ticks(low: float, high: float, months: int) -> list[float]:
    """The first days of every `months`-th month between low and high (days since 1970)."""
    start = _EPOCH + dt.timedelta(days=math.ceil(low))
    year, month = start.year, start.month + (start.day > 1)
    ticks = []
    while len(ticks) < 40:
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        day = iso_to_day(dt.date(year, month, 1))
        if day > high:
            break
        if (year * 12 + month - 1) % months == 0:
            ticks.append(day)
        month += 1
    return ticks


_EPOCH = dt.date(1970, 1, 1)


def _date_tick(day: float, ticks: Sequence[float]) -> str:
    """A date tick's words: the month alone when every tick falls on a month's first day."""
    iso = (_EPOCH + dt.timedelta(days=int(day))).isoformat()
    monthly = len(ticks) > 1 and all((_EPOCH + dt.timedelta(days=int(t))).day == 1 for t in ticks)
    return iso[:7] if monthly else iso


def _domain(values: Sequence[float], dates: bool = False) -> tuple[float, float]:
    low, high = min(values), max(values)
    if high == low:
        # Days since 1970 are large numbers: a date alone is shown within a few days, not a tenth of its number.
        pad = 3.0 if dates else abs(low) * 0.1 or 1.0
    else:
        pad = max((high - low) * 0.08, 1.0 if dates else 0.0)
    return low - pad, high + pad


class _Scale:
    """A linear map from a domain to pixels."""

    def __init__(self, low: float, high: float, start: float, end: float) -> None:
        self.low, self.high, self.start, self.end = low, high, start, end

    def __call__(self, x: float) -> float:
        if self.high == self.low:
            return (self.start + self.end) / 2
        return self.start + (x - self.low) / (self.high - self.low) * (self.end - self.start)


def _marker(shape: str, x: float, y: float, colour: str, size: float = 5.0) -> str:
    if shape == "square":
        return _el("rect", {"x": _num(x - size), "y": _num(y - size), "width": _num(2 * size),
                            "height": _num(2 * size), "fill": colour})
    if shape == "triangle":
        points = f"{_num(x)},{_num(y - size - 1)} {_num(x - size - 1)},{_num(y + size)} {_num(x + size + 1)},{_num(y + size)}"
        return _el("polygon", {"points": points, "fill": colour})
    if shape == "diamond":
        points = f"{_num(x)},{_num(y - size - 1)} {_num(x + size + 1)},{_num(y)} {_num(x)},{_num(y + size + 1)} {_num(x - size - 1)},{_num(y)}"
        return _el("polygon", {"points": points, "fill": colour})
    return _el("circle", {"cx": _num(x), "cy": _num(y), "r": _num(size), "fill": colour})


def _arrow(x: float, y: float, direction: int, colour: str, vertical: bool = False) -> str:
    """A small arrowhead at (x, y) pointing along +/- x (or y): the reading is unbounded that way."""
    if vertical:
        points = f"{_num(x)},{_num(y)} {_num(x - 5)},{_num(y - 7 * direction)} {_num(x + 5)},{_num(y - 7 * direction)}"
    else:
        points = f"{_num(x)},{_num(y)} {_num(x - 7 * direction)},{_num(y - 5)} {_num(x - 7 * direction)},{_num(y + 5)}"
    return _el("polygon", {"points": points, "fill": colour})


def _svg(width: int, height: int, title: str, body: list[str], css_class: str) -> str:
    return _el(
        "svg",
        {"xmlns": "http://www.w3.org/2000/svg", "class": css_class, "role": "img",
         "viewBox": f"0 0 {width} {height}", "width": width, "height": height},
        _el("title", {}, _text(title, 300)),
        *body,
    )


def _x_axis(scale: _Scale, ticks: list[float], top: float, bottom: float, label: Callable[[float], str] | None) -> list[str]:
    """Grid lines and tick words; label None means the ticks are days, named as dates."""
    parts = []
    for t in ticks:
        x = scale(t)
        parts.append(_el("line", {"x1": _num(x), "y1": _num(top), "x2": _num(x), "y2": _num(bottom),
                                  "class": "grid"}))
        parts.append(_el("text", {"x": _num(x), "y": _num(bottom + 16), "text-anchor": "middle",
                                  "class": "tick"}, _text(label(t) if label else _date_tick(t, ticks), 20)))
    parts.append(_el("line", {"x1": _num(scale.start), "y1": _num(bottom), "x2": _num(scale.end),
                              "y2": _num(bottom), "class": "axis"}))
    return parts


def range_picture(
    rows: Sequence[RangeRow],
    band: tuple[float, float] | None,
    *,
    title: str,
    label: Callable[[float], str],
    dates: bool = False,
) -> str:
    """Each source's low / best / high on one axis, the consensus band shaded, outliers in red with a ring."""
    finite = [x for r in rows for x in (r.low, r.best, r.high) if x is not None and math.isfinite(x)]
    if band is not None:
        finite += [band[0], band[1]]
    if not finite:
        finite = [0.0]
    low, high = _domain(finite, dates)
    height = _TOP + _ROW * len(rows) + _AXIS
    scale = _Scale(low, high, _LABEL_WIDTH, _WIDTH - _RIGHT)
    bottom = _TOP + _ROW * len(rows)
    body = []
    if band is not None:
        x0, x1 = scale(band[0]), scale(band[1])
        if x1 - x0 < 6:
            x0, x1 = (x0 + x1) / 2 - 3, (x0 + x1) / 2 + 3
        body.append(_el("rect", {"x": _num(x0), "y": _num(_TOP - 4), "width": _num(x1 - x0),
                                 "height": _num(bottom - _TOP + 4), "class": "band"},
                        _el("title", {}, "consensus: the value most independent sources give")))
    body += _x_axis(scale, _ticks(low, high, dates), _TOP - 4, bottom, None if dates else label)
    for i, row in enumerate(rows):
        y = _TOP + _ROW * i + _ROW / 2
        colour = _OUTLIER if row.outlier else _NEUTRAL
        parts = [_el("title", {}, _text(f"{row.label}: {row.text}" + (" (outlier)" if row.outlier else ""), 400)),
                 _el("text", {"x": _num(_LABEL_WIDTH - 10), "y": _num(y + 4), "text-anchor": "end",
                              "class": "label"}, _text(row.label, _LABEL_CHARS))]
        left = scale(row.low) if row.low is not None else scale.start
        right = scale(row.high) if row.high is not None else scale.end
        parts.append(_el("line", {"x1": _num(left), "y1": _num(y), "x2": _num(right), "y2": _num(y),
                                  "stroke": colour, "class": "span"}))
        if row.low is None:
            parts.append(_arrow(scale.start, y, -1, colour))
        if row.high is None:
            parts.append(_arrow(scale.end, y, 1, colour))
        if row.best is not None:
            x = scale(row.best)
            if row.outlier:
                parts.append(_el("circle", {"cx": _num(x), "cy": _num(y), "r": "9", "class": "ring"}))
            parts.append(_marker("circle", x, y, colour))
        parts.append(_el("text", {"x": _num(_WIDTH - _RIGHT + 8), "y": _num(y + 4), "class": "value"},
                         _text(row.text, 16)))
        body.append(_el("g", {"class": "outlier" if row.outlier else "reading"}, *parts))
    return _svg(_WIDTH, height, title, body, "range")


def as_of_days(as_of: str | None) -> tuple[float, float] | None:
    """The first and last day an as_of holds for ("2025-02" is the whole month; "a/b" a range), or None."""
    if not as_of:
        return None
    first, _, last = as_of.partition("/")
    try:
        return _bounds(first)[0], _bounds(last or first)[1]
    except ValueError:
        return None


def _bounds(text: str) -> tuple[float, float]:
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        day = iso_to_day(dt.date(*parts))
        return day, day
    if len(parts) == 2:
        year, month = parts
        return iso_to_day(dt.date(year, month, 1)), iso_to_day(dt.date(year, month, calendar.monthrange(year, month)[1]))
    if len(parts) == 1:
        return iso_to_day(dt.date(parts[0], 1, 1)), iso_to_day(dt.date(parts[0], 12, 31))
    raise ValueError(text)


def timeline_picture(
    points: Sequence[TimePoint],
    series: Sequence[str],
    *,
    title: str,
    label: Callable[[float], str],
    day_label: Callable[[float], str],
) -> str:
    """The figure across times and sources: one mark per reading (bounds as whiskers), a line per source."""
    legend_height = 20
    height, top, bottom = 240, _TOP + legend_height, 240 - _AXIS
    days = [d for p in points for d in (p.first_day, p.last_day)]
    values = [v for p in points for v in (p.low, p.best, p.high) if v is not None and math.isfinite(v)] or [0.0]
    x_low, x_high = _domain(days or [0.0], True)
    y_low, y_high = _domain(values)
    left = 70
    right = _WIDTH - _RIGHT
    xs = _Scale(x_low, x_high, left, right)
    ys = _Scale(y_low, y_high, bottom, top + 6)
    body = _x_axis(xs, _ticks(x_low, x_high, True, 4), top, bottom, None)
    for t in _ticks(y_low, y_high, False, 4):
        y = ys(t)
        body.append(_el("line", {"x1": _num(left), "y1": _num(y), "x2": _num(right), "y2": _num(y),
                                 "class": "grid"}))
        body.append(_el("text", {"x": _num(left - 6), "y": _num(y + 4), "text-anchor": "end", "class": "tick"},
                        _text(label(t), 14)))
    x = left
    for i, name in enumerate(series):
        colour = PALETTE[i % len(PALETTE)]
        body.append(_el("g", {"class": "legend"}, _marker(_SHAPES[i % len(_SHAPES)], x + 5, _TOP + 6, colour, 4.5),
                        _el("text", {"x": _num(x + 14), "y": _num(_TOP + 10), "class": "label"},
                            _text(name, _LABEL_CHARS))))
        x += 24 + 7 * min(len(name), _LABEL_CHARS)
    by_series: dict[int, list[TimePoint]] = {}
    for p in points:
        by_series.setdefault(p.series, []).append(p)
    for s, members in sorted(by_series.items()):
        colour = PALETTE[s % len(PALETTE)]
        members = sorted(members, key=lambda p: ((p.first_day + p.last_day) / 2, p.best or 0.0))
        line = [(xs((p.first_day + p.last_day) / 2), ys(p.best)) for p in members if p.best is not None]
        if len(line) > 1:
            body.append(_el("polyline", {"points": " ".join(f"{_num(a)},{_num(b)}" for a, b in line),
                                         "stroke": colour, "class": "trend"}))
        for p in members:
            cx = xs((p.first_day + p.last_day) / 2)
            parts = [_el("title", {}, _text(f"{series[s]}: {p.text} ({day_label(p.first_day)}"
                                            + (f" to {day_label(p.last_day)}" if p.last_day != p.first_day else "")
                                            + ")", 400))]
            if p.last_day != p.first_day:
                parts.append(_el("line", {"x1": _num(xs(p.first_day)), "x2": _num(xs(p.last_day)),
                                          "y1": _num(ys(p.best if p.best is not None else y_low)),
                                          "y2": _num(ys(p.best if p.best is not None else y_low)),
                                          "stroke": colour, "class": "whisker"}))
            y_top = ys(p.high) if p.high is not None else top + 6
            y_bottom = ys(p.low) if p.low is not None else bottom
            parts.append(_el("line", {"x1": _num(cx), "x2": _num(cx), "y1": _num(y_top), "y2": _num(y_bottom),
                                      "stroke": colour, "class": "whisker"}))
            if p.high is None:
                parts.append(_arrow(cx, top + 6, -1, colour, vertical=True))
            if p.best is not None:
                parts.append(_marker(_SHAPES[s % len(_SHAPES)], cx, ys(p.best), colour))
                parts.append(_el("text", {"x": _num(cx + 9), "y": _num(ys(p.best) - 8), "class": "value"},
                                 _text(p.text, 16)))
            body.append(_el("g", {"class": "reading"}, *parts))
    return _svg(_WIDTH, height, title, body, "timeline")
