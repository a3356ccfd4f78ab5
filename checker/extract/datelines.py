"""Datelines, the place and day a story was filed from ("LONDON, March 3 (Reuters) -", "ROME, May 3 - ")."""

from __future__ import annotations

import datetime as dt
import re

from checker.normalize.dates import MONTHS

__all__ = ["DATELINE", "dateline_day", "ends_dateline_day"]

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


def dateline_day(text: str, published: dt.date) -> dt.date | None:
    """The day the dateline opening a text states ("WELLINGTON, Feb 11 (Reuters) -"), in the year that puts it
    within a day of its publication date; None without such a dateline. It is the story's own day where it was
    filed, whatever the hour of publication in another zone."""
    start = len(text) - len(text.lstrip())
    for _ in range(_DATELINE_LINES):  # below a headline or a byline, if any
        m = _LINE_OPENING_DAY.match(text, start)
        if m is not None and DATELINE.match(text, start) is not None:
            break
        start = text.find("\n", start) + 1
        if not start:
            return None
    else:
        return None
    day_at = re.search(r"(?P<month>[A-Z][a-z]{2,8})\.?[ ](?P<day>\d{1,2})$", m.group())
    month = MONTHS.get(day_at["month"].lower())
    if month is None:
        return None
    for year in (published.year, published.year - 1, published.year + 1):
        try:
            day = dt.date(year, month, int(day_at["day"]))
        except ValueError:
            continue
        if abs((day - published).days) <= 1:
            return day
    return None
