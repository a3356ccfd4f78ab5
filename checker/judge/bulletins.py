"""Running totals dated by the bulletin they repeat: a later report of an earlier count holds as of that count."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from checker.model import Claim


@dataclass(frozen=True)
class Bulletin:
    """The earlier report a source repeats: its running totals of unstated time hold as of `day`."""

    source: str
    day: str
    # The moment the first teller published it, when its hour is known (UTC); else None.
    moment: dt.datetime | None
    teller: str
    metric: str
    value: float


# A count this precise is one bulletin's, not a round figure two reports reach apart ("more than 2,000").
_MIN_SIGNIFICANT = 3


def find_bulletins(claims: list[Claim], ctx) -> dict[str, Bulletin]:
    """For each source whose highest running total of a figure is, exactly, a value another source gave on an
    earlier day: that earlier report. News agencies repeat a ministry's count a day later ("the death toll has
    risen to 2,012"); the count, and the others its source gives without a time, are that bulletin's."""
    cumulative = ctx.vocabulary.cumulative
    running = [c for c in claims if c.kind == "quantity" and c.metric in cumulative and c.value is not None]
    first: dict[tuple, tuple[str, str]] = {}  # (metric, subject, scope, value) -> (day, source) of its first telling
    told: dict[tuple, list[tuple[str, str, float]]] = {}  # (metric, subject, scope) -> (day, source, value) tellings
    for c in sorted(running, key=lambda c: (c.as_of or "", c.source)):
        if c.qualifier == "exact" and c.as_of and len(c.as_of) == 10 and not c.provisional:
            first.setdefault(_key(c), (c.as_of, c.source))
            told.setdefault(_key(c)[:3], []).append((c.as_of, c.source, c.value))
    found: dict[str, Bulletin] = {}
    by_source: dict[str, list[Claim]] = {}
    for c in running:
        by_source.setdefault(c.source, []).append(c)
    for sid in sorted(by_source):
        tops = {}
        for c in by_source[sid]:
            if c.subject is None and c.scope is None and (c.metric not in tops or c.value > tops[c.metric].value):
                tops[c.metric] = c
        matches, news_day = [], _news_day(ctx, sid)
        for metric, top in sorted(tops.items()):
            if not _repeatable(top) or top.as_of != news_day:
                continue
            teller = first.get(_key(top))
            if teller is not None and teller[1] != sid and teller[0] < top.as_of:
                matches.append((teller[0], teller[1], metric, top.value))
        news = bool(matches) and any(
            c.as_of == news_day and not c.as_of_stated and not c.provisional and c.qualifier == "exact"
            and _beyond_earlier(c, told.get(_key(c)[:3], ()), sid) for c in by_source[sid])
        days = {day for day, *_ in matches}
        if len(days) != 1 or news:
            # No earlier count repeated, counts of different days, or a count beyond every earlier report's
            # beside the repeated one ("the toll has risen to 31" while 12,400 are still displaced): the
            # source's own day stands
            continue
        day, teller, metric, value = min(matches)
        found[sid] = Bulletin(sid, day, _moment(ctx, teller, day), teller, metric, value)
    return found


def redate(claims: list[Claim], bulletins: dict[str, Bulletin], ctx) -> list[Claim]:
    """Claims with each re-dated source's running totals of unstated time moved to its bulletin's day."""
    if not bulletins:
        return claims
    cumulative = ctx.vocabulary.cumulative
    out = []
    for c in claims:
        b = bulletins.get(c.source)
        if (b is not None and c.kind == "quantity" and c.metric in cumulative and not c.as_of_stated
                and not c.provisional and c.as_of == _news_day(ctx, c.source)):
            c = c.model_copy(update={"as_of": b.day})
        out.append(c)
    return out


def notice(b: Bulletin) -> str:
    return (f"{b.source} repeats {b.metric} = {b.value:,.0f}, which {b.teller} gave on {b.day}: its running totals "
            f"that state no time are dated {b.day}")


def _beyond_earlier(top: Claim, tellings, sid: str) -> bool:
    """Whether a source's running total is higher than every other source's telling of it on an earlier day,
    where there is one: a count no earlier bulletin held."""
    earlier = [value for day, source, value in tellings if source != sid and day < top.as_of]
    return bool(earlier) and top.value > max(earlier)


def _key(c: Claim) -> tuple:
    return (c.metric, c.subject, c.scope, c.value)


def _repeatable(c: Claim) -> bool:
    """An exact count precise enough to name one bulletin, stated with no time of its own."""
    if c.qualifier != "exact" or c.as_of_stated or c.provisional or c.value is None or c.value != int(c.value):
        return False
    digits = str(int(abs(c.value))).rstrip("0")
    return len(digits) >= _MIN_SIGNIFICANT


def _news_day(ctx, sid: str) -> str | None:
    source = ctx.sources.get(sid)
    day = source.news_day if source is not None else None
    return day.isoformat() if day is not None else None


def _moment(ctx, sid: str, day: str) -> dt.datetime | None:
    source = ctx.sources.get(sid)
    published = getattr(source, "published", None)
    if isinstance(published, dt.datetime) and published.tzinfo is not None and _news_day(ctx, sid) == day:
        return published.astimezone(dt.timezone.utc)
    return None
