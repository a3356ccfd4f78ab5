"""Durations against dates, and weekdays against the dates beside them."""

from __future__ import annotations

import datetime as dt

from checker.compare import Context, dates_by_day, render_value
from checker.model import Claim, day_to_iso
from checker.rules import Hit, rule

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _day(c: Claim) -> float | None:
    if c.precision not in (None, "day"):
        return None
    if c.low is not None and c.high is not None and c.low != c.high:
        return None
    return c.value if c.value is not None else c.low


@rule("FC301", "duration-disagrees-with-dates", severity="warning", category="contradiction", scope="corpus")
def duration_disagrees_with_dates(claims: list[Claim], ctx: Context):
    """A stated duration does not fit the start and end dates given for the same event.

    Why it matters: "a seven-day truce" that was signed on a Friday and ran until the Sunday lasted
    three days; either the duration or one of the dates is wrong, and the dispute itself may be
    the story.

    Example: 000 speaks of "the seven-day truce"; 004 says it was "signed last Friday" (30 January)
    to pause strikes "until Sunday" (1 February): three days, counting both ends.

    Not flagged: spans that match the duration counting one end or both; events with no
    stated start or end; start and end dates of month or year precision.

    Options: `tolerances.duration` (days) in [tool.checker].
    """
    tolerance = ctx.tolerances.duration
    by_event: dict[str, dict[str, list[Claim]]] = {}
    for c in claims:
        if c.event and (c.kind == "duration" or (c.kind == "date" and _day(c) is not None)):
            role = c.metric.rsplit(".", 1)[-1]
            by_event.setdefault(c.event, {}).setdefault(role, []).append(c)
    for event in sorted(by_event):
        roles = by_event[event]
        by_duration: dict[float, list[Claim]] = {}
        for d in roles.get("duration", []):
            if d.value is not None and d.qualifier in ("exact", "about"):
                by_duration.setdefault(d.value, []).append(d)
        for value, durations in sorted(by_duration.items()):
            spans = {}
            for s in roles.get("start", []):
                for e in roles.get("end", []):
                    span = _day(e) - _day(s)
                    # Counting one end (span) or both ends (span + 1): either reading may be meant.
                    if span >= 0 and min(abs(span - value), abs(span + 1 - value)) > tolerance:
                        spans.setdefault((_day(s), _day(e)), []).extend((s, e))
            if not spans:
                continue
            (start, end), basis = min(spans.items())
            dates = [c for cs in spans.values() for c in cs]
            d = durations[0]
            days = int(end - start + 1)
            yield Hit(
                claims=tuple({c.id: c for c in (*durations, *dates)}.values()),
                template="{event} said to last {duration}, but its dates ({start} to {end}) span {days} days",
                params={"event": event, "duration": render_value(d), "start": day_to_iso(start),
                        "end": day_to_iso(end), "days": days},
                explanation=(
                    f"{', '.join(sorted({c.source for c in durations}))} give the {event} a duration of "
                    f"{render_value(d)}; {', '.join(sorted({c.source for c in basis[::2]}))} date its start to "
                    f"{day_to_iso(start)} and {', '.join(sorted({c.source for c in basis[1::2]}))} its end to "
                    f"{day_to_iso(end)}: {days} days counting both ends."
                ),
                metric=f"{event}.duration",
                subject=d.subject,
            )


@rule("FC302", "weekday-does-not-match-date", severity="error", category="internal-inconsistency", scope="source")
def weekday_does_not_match_date(claims: list[Claim], ctx: Context):
    """A text names a weekday beside a date that falls on another weekday.

    Why it matters: "Wednesday (February 4, 2026)" must be a Wednesday; a mismatch means either
    the weekday or the date is wrong, and relative dates resolved from it inherit the error. The
    finding names the other sources that date the same event (same event, else same metric) to that
    day without calling it another weekday: they side with the date, whatever week they were
    published in.

    Example: 06 says the quake struck "on the night of Thursday, September 8" (2023); 8 September
    2023 was a Friday, as 01 ("struck at 11:11 p.m. Friday") and 05 ("on September 8") date it.

    Not flagged: dates without a stated weekday; month or year dates. A year-less date takes the year
    its source's publication gives, never the year that would fit its weekday.

    Options: none.
    """
    days = ctx.days if ctx.days is not None else dates_by_day(claims)
    for c in claims:
        day = _day(c) if c.kind == "date" else None
        if c.weekday is None or day is None:
            continue
        actual = dt.date.fromisoformat(day_to_iso(day)).weekday()
        if actual != c.weekday:
            yield _mismatch(c, day, actual, _dating_alike(c, day, actual, days))


def _mismatch(c: Claim, day: float, actual: int, alike: list[Claim]) -> Hit:
    """FC302's hit on c, which calls day a weekday other than `actual`, naming the sources that date alike."""
    what = (c.event or c.metric.split(".", 1)[0]).replace("_", " ")
    params = {"source": c.source, "date": day_to_iso(day), "actual": WEEKDAYS[actual], "stated": WEEKDAYS[c.weekday]}
    template = "{source} calls {date} a {stated}; it was a {actual}"
    explanation = f"The text says {WEEKDAYS[c.weekday]} for {day_to_iso(day)}, which fell on a {WEEKDAYS[actual]}."
    if alike:
        params.update(others=_quoted(alike), verb="dates" if len(alike) == 1 else "date", event=what)
        template += ", as {others} {verb} the {event}"
        explanation += (f" {_listed([x.source for x in alike])} {params['verb']} the {what} to that day too: "
                        "the weekday is the likelier error.")
    return Hit(claims=(c, *alike), template=template, params=params, explanation=explanation, metric=c.metric,
               subject=c.subject, at=c, groups=(tuple(alike), (c,)) if alike else ((c,),))


# A widely reported day is dated alike by many sources: the finding holds the first _ALIKE of them and
# its message names the first _NAMED.
_ALIKE = 20
_NAMED = 5


def _dating_alike(c: Claim, day: float, actual: int, days) -> list[Claim]:
    """Other sources' claims dating c's event (its metric without one) to the same day without naming
    another weekday: the first of each source, by source."""
    found: dict[str, Claim] = {}
    for other in days.get((c.event or c.metric, day), ()):
        if other.source != c.source and other.weekday in (None, actual) and other.source not in found:
            found[other.source] = other
    return [found[s] for s in sorted(found)][:_ALIKE]


def _quoted(claims: list[Claim]) -> str:
    """ "01_ap ('Friday') and 05_tass ('September 8')": each source with its words, the first few of many."""
    parts = [f"{c.source} ('{c.quote}')" for c in claims[:_NAMED]]
    if len(claims) > _NAMED:
        parts.append(f"{len(claims) - _NAMED} other sources")
    return _listed(parts)


def _listed(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
