"""Datelines, the place and day a story was filed from ("LONDON, March 3 (Reuters) -", "ROME, May 3 - ")."""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["DATELINE", "dateline_day", "ends_dateline_day", "opening_dateline"]

# A place in capitals, its state or country, and a day: "ROME, May 3", "AUSTIN, Texas, Jan. 5".
_PLACE_AND_DAY = r"[A-Z][A-Z .'’-]{1,40}(?:,[ ][A-Z][\w.]*)*,[ ][A-Z][a-z]{2,8}\.?[ ]\d{1,2}"
_LINE_OPENING_DAY = re.compile(rf"[ \t]*{_PLACE_AND_DAY}")
# How many lines from its top a text's dateline may open (below a headline and a byline).
_DATELINE_LINES = 4

# A dateline: capitalised words (a place, a date) and an agency in brackets before a dash, or a wire's name in
# brackets ("Nellore (Andhra Pradesh), Jan 17 (PTI) "); a place in capitals and a dash ("KYIV - "), or its day
# and a dash ("ROME, May 3 - ", "AUSTIN, Texas, Jan. 5 - "); a short stretch and a long dash ("RABAT, Morocco — ").
_DATELINE_WORDS = r"[A-Z][\w.'’-]*(?:[ ,]+(?:[A-Z][\w.'’-]*|\d{1,4}|\([A-Z][\w .'’-]{0,30}\)))*"
_WIRES = r"Reuters|AP|AFP|PTI|IANS|ANI|UNI|Xinhua|dpa|DPA|Bloomberg|EFE|ANSA|Kyodo|Yonhap|TASS|Anadolu|AA|UPI|Bernama|CNA"
DATELINE = re.compile(rf"{_DATELINE_WORDS}[ ]?\((?:[A-Z][\w .&-]{{0,30}}\)[ \t]*[-\u2014\u2013]{{1,2}}|(?:{_WIRES})\)[ \t]*"
                      rf"[-\u2014\u2013:]{{0,2}})[ \t]*"
                      r"|[A-Z][A-Z .,'’()-]{2,60}[ \t][-\u2014\u2013]{1,2}[ \t]"
                      rf"|{_PLACE_AND_DAY}[ \t][-\u2014\u2013]{{1,2}}[ \t]"
                      r"|[^\n\u2014\u2013]{1,40}\s[\u2014\u2013]\s")


def ends_dateline_day(text: str, end: int) -> bool:
    """Whether the day ending at end closes a dateline that opens its line ("ROME, May 3" in "ROME, May 3 - 12
    divers were ..."): the dash after it ends the dateline, no range of days or of numbers."""
    return _LINE_OPENING_DAY.fullmatch(text, text.rfind("\n", 0, end) + 1, end) is not None


def opening_dateline(text: str) -> re.Match | None:
    """The dateline opening a text ("LONDON, March 3 (Reuters) -", "PORTLAND, Ore. (AP) —"), below a headline or a
    byline if any; None without one."""
    start = 0
    for _ in range(_DATELINE_LINES):
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        line = text[start:stop]
        found = DATELINE.match(text, start + len(line) - len(line.lstrip()), stop) if line.strip() else None
        if found is not None or stop >= len(text):
            return found
        start = stop + 1
    return None


def dateline_day(text: str, published: dt.date) -> dt.date | None:
    """The day the dateline opening a text states ("LONDON, March 3 (Reuters) -", "Nellore (Andhra Pradesh), Jan 17
    (PTI)"), when it lies within a day of the publication date; None without such a dateline. It is the story's own
    day where it was filed, whatever the zone and hour of publication."""
    from checker.extract.dates import find_dates  # dates reads this module's patterns: imported when needed

    found = opening_dateline(text)
    if found is None:
        return None
    span = text[found.start() : found.end()]
    day = next((m for m in find_dates(span, span.lower(), published) if m.precision == "day" and m.value is not None),
               None)
    if day is None:
        return None  # "KYIV (Reuters) -": a dateline of no day
    filed = dt.date(1970, 1, 1) + dt.timedelta(days=int(day.value))
    return filed if abs((filed - published).days) <= 1 else None
