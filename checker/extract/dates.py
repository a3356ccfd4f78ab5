"""Dates in text: absolute, year-less, relative and weekday-anchored dates, and the times figures hold for.

Decisions, so that rules can rely on them:
- Bare weekdays ("on Tuesday") are the most recent such day up to and including the publication date,
  unless the clause before them speaks of the future ("will", "is scheduled to", "are set to", "next"),
  then the next such day (publication date included). "last Friday" is strictly before the publication
  date; "next Monday" is the Monday of the following week; "this Friday" the Friday of the current week.
- Without a publication date, absolute dates still resolve, and the latest full date the text states
  (stated_date: "Tuesday, February 3, 2026", not one in a clause about the future) stands in for the
  publication date: bare weekdays and year-less dates resolve against it as above (extra["anchor"] =
  "text"). "Today", "yesterday", "last week" and counted days stay unresolved (value None,
  extra["unresolved"]): they speak from the unknown day of writing. A text that states no full date
  leaves every relative date unresolved.
- A stated weekday next to a full date ("Thursday, February 5th") gives one mention with
  extra["weekday"] (0 = Monday) exactly as written, even if it does not match the date. A year-less
  date takes its year from the base date as any other does (the nearest such day, or the one before when
  the nearest lies more than two months ahead: news tells what happened): the weekday never
  moves it ("Thursday, September 8" written in September 2023 is 8 September 2023, a Friday), so a
  wrong weekday stays a finding (FC302).
- A year alone is a date only after a preposition ("in 2022", "since early 2024", "by 2030"): "the 2022
  invasion" names an event and "labelled 2025 the deadliest year" is not a date of a figure.
- Year-less numeric dates ("4/2") need a preposition before them ("on 4/2", "and 5/2") and take the
  order of day and month that puts them nearest the base date; "24/7" is an idiom, never a date.
- Times of day, phone numbers, scores and version numbers are not dates.
- The times figures hold for ("As of 2:00 p.m.", "by Wednesday morning", "in the last 24 hours") come
  from find_time_anchors, as date mentions with extra["as_of"] = True and, for rolling windows,
  extra["window_days"]. Plain dates ("in February 2025") stay with find_dates; a claim builder takes the
  nearest date in the sentence as the figure's time.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache

from checker.extract.datelines import ends_dateline_day
from checker.extract.mention import Mention
from checker.extract.words import verb_lemma
from checker.extract.word_dispatch import WordDispatch
from checker.model import iso_to_day
from checker.normalize.dates import (DAY_NUM_RE, MONTH_RE, MONTHS, NEWS, ORDINAL_DAY_RE, ORDINAL_DAYS, WEEKDAYS,
                                     YEAR_RE, Conventions, DateValue, Direction, day_value, month_value, nearest_year,
                                     numeric_date, parse_date, year_value)

__all__ = ["find_dates", "find_time_anchors", "stated_date", "DATE_PATTERN"]

_SP = r"[ \u00a0]{1,3}"
_OSP = r"[ \u00a0]{0,3}"
_WD_FULL = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|thurs)\b"
# Short forms a weekday only before a full stop or comma or at a clause's end: "sat" and "sun" are words.
_WD_SHORT = r"(?:mon|tue|wed|thu|thur|fri)\b\.?(?![ \u00a0]{0,3}[a-z0-9])"
_WD_ANY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|thurs|mon|tue|wed|thu|thur|fri|sat|sun)\b\.?"
_DAY = rf"(?:{DAY_NUM_RE}|{ORDINAL_DAY_RE})"
_DAY_DIGITS = DAY_NUM_RE
_YEAR = rf"(?:{YEAR_RE}|'\d\d)"
_MONTH = MONTH_RE
_DASH = r"[-\u2013\u2014]"
# "May" and "March" are verbs too: spelled-out days ("first") only follow other months.
_MONTH_NOT_VERB = r"(?!may\b|march\b)" + _MONTH

_YEAR_AFTER = rf"(?:,?{_SP}{_YEAR}\b|{_OSP},{_OSP}{_YEAR}\b|{_SP}(?:of|in){_SP}{YEAR_RE}\b)"
_MD = (
    rf"(?:{_MONTH}(?:{_OSP}(?:the{_SP})?+|[-/]){_DAY_DIGITS}|{_MONTH_NOT_VERB}{_SP}(?:the{_SP})?+{ORDINAL_DAY_RE}"
    # October, 1st (a suffix is required after the comma: "in October, 21 people died")
    rf"|{_MONTH_NOT_VERB},{_OSP}(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b)"
    rf"(?:{_YEAR_AFTER}|-{YEAR_RE}\b)?"
)
_DM = (
    rf"(?:the{_SP})?+(?:{_DAY_DIGITS}(?:{_SP}of{_SP}|{_OSP})|{ORDINAL_DAY_RE}(?:{_SP}of)?{_SP}){_MONTH}"
    rf"(?:{_SP}of{_SP}{YEAR_RE}\b)?(?:{_YEAR_AFTER})?"
    rf"|{_DAY_DIGITS}[-/]{_MONTH}(?:[-/](?:{YEAR_RE}|\d\d)\b)?"
)
_FULL_DAY = rf"(?:{_MD}|{_DM})"
_RANGE_CONNECT = rf"(?:{_OSP}{_DASH}{_OSP}|{_SP}(?:to|through|thru|until|till|and){_SP})"
_LEAD_VERBS = r"was|is|will|saw|has|had|brought|began|ended|marked|remains|remained|became"
_PART_OF_DAY = rf"(?:{_SP}(?:morning|afternoon|evening|night)\b)"
_WEEKDAY_TAIL = (
    rf"(?:{_WD_FULL}|{_WD_SHORT})(?:{_SP}after{_SP}next\b|{_PART_OF_DAY})?"
    rf"(?:{_SP}(?:of|from){_SP}(?:this|next|last|the{_SP}following|previous){_SP}week\b)?"
)
_NTH_X = r"(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)"
_REL_X = r"(?:this|current|next|coming|following|upcoming|last|previous|past)"
_REL_UNIT_X = rf"(?:(?:the{_SP})?+{_REL_X}|the)(?:{_SP}calendar)?{_SP}"
_MONTH_REF_X = rf"(?:{_MONTH}(?:,?{_SP}{YEAR_RE})?|{_REL_UNIT_X}month\b)"
_YEAR_REF_X = rf"(?:{YEAR_RE}|{_REL_UNIT_X}year\b)"
_WEEK_REF_X = rf"(?:(?:the{_SP})?+(?:around{_SP})?{_REL_X}{_SP}week|the{_SP}week)\b"
_COUNT_X = (
    rf"(?:\d{{1,3}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a{_SP}few|few"
    rf"|a{_SP}couple{_SP}of|couple{_SP}of|several)"
)

_ALTERNATIVES = {
    # the first Monday of October / the 5th last day of May / the last week of 2016 / 20th of next month
    "nth_weekday_of": rf"\b(?:the{_SP})?+(?:{_NTH_X}(?:{_SP}last)?|last){_SP}{_WD_ANY}{_SP}(?:of|in){_SP}{_MONTH_REF_X}",
    "nth_day_of": rf"\b(?:the{_SP})?+(?:{_DAY}(?:{_SP}last)?|last){_SP}day{_SP}(?:of|in){_SP}{_MONTH_REF_X}",
    "nth_week_of": (
        rf"\b(?:the{_SP})?+(?:{_NTH_X}(?:{_SP}last)?|last){_SP}week{_SP}(?:of|in){_SP}(?:{_MONTH_REF_X}|{_YEAR_REF_X})"
    ),
    "day_of_rel_month": rf"\b(?:the{_SP})?+{_DAY}(?:{_SP}day)?{_SP}of{_SP}{_REL_UNIT_X}month\b",
    "week_of": rf"\b(?:the{_SP})?+(?:week{_SP}(?:of|beginning|starting(?:{_SP}on)?|commencing)|w/c){_SP}{_FULL_DAY}",
    "part_of": (
        rf"\b(?:the{_SP})?+(?:beginning|start|end|middle|rest|remainder|remaining)(?:{_SP}of|{_SP}in){_SP}"
        rf"(?:{_MONTH_REF_X}|{_YEAR_REF_X}|{_WEEK_REF_X})"
    ),
    # "the fourth quarter of 2021", "the first half of this year", "the final three months of 2022", "Q3 2023"
    "part_of_year": (
        rf"\b(?:the{_SP})?+(?:(?:{_NTH_X}|final|last){_SP}quarter|(?:first|second|last|final|latter){_SP}half"
        rf"|(?:first|last|final|opening|closing){_SP}{_COUNT_X}{_SP}months){_SP}(?:of|in){_SP}{_YEAR_REF_X}"
        rf"|\bq[1-4]{_SP}{YEAR_RE}\b"
    ),
    "counted": rf"\b(?:the{_SP})?+{_REL_X}{_SP}{_COUNT_X}{_SP}(?:days|weeks|months)\b",
    "weekday_count": (
        rf"\b{_COUNT_X}{_SP}(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays){_SP}"
        rf"(?:from{_SP}now|hence|ago|back)\b"
    ),
    "ymd_named": rf"\b{YEAR_RE}[-/]{_MONTH}[-/]{_DAY_DIGITS}",
    # Thursday, February 5th / Wednesday (February 4, 2026) / Tues 9th Aug, 2015
    # ... / Monday night, April 16 (a part of the day between)
    "anchored": rf"\b{_WD_ANY}{_PART_OF_DAY}?{_OSP}(?:,{_OSP}|\({_OSP}|{_SP}){_FULL_DAY}(?:{_OSP}\))?",
    # Jul 18, Fri (the weekday after a year-less date)
    "anchored_after": rf"\b{_MONTH}{_OSP}{_DAY_DIGITS}{_OSP},{_OSP}{_WD_ANY}",
    # Tuesday the 19th / Thursday 15th (a suffix is required: "On Tuesday 28 people died")
    "weekday_nth": (
        rf"\b{_WD_ANY}{_SP}(?:(?:the{_SP})?+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b|the{_SP}{ORDINAL_DAY_RE})"
    ),
    # Jan. 23-24, 2026 / January 23 to 25
    # A bare weekday: only the two patterns above can also start with a weekday's name, so it comes
    # early (re tries alternatives in order: fewer attempts per weekday in long texts).
    "weekday": rf"\b{_WEEKDAY_TAIL}",
    "md_range": rf"\b{_MONTH}{_OSP}{_DAY_DIGITS}{_RANGE_CONNECT}{_DAY_DIGITS}(?:,?{_SP}{_YEAR}\b)?",
    # 23-24 January 2026 / between 3 and 12 of sept
    "dm_range": (
        rf"\b(?:the{_SP})?+{_DAY_DIGITS}{_RANGE_CONNECT}(?:the{_SP})?+{_DAY_DIGITS}(?:{_SP}of)?{_SP}{_MONTH}"
        rf"(?:,?{_SP}{_YEAR}\b)?"
    ),
    # 10/1-11/7, 5/1-5/7, 2020, 10/1/2018-10/7/2018 (month first, as "/" dates are read)
    "numeric_range": (
        rf"(?<![\d/.])(?:0?[1-9]|1[0-2])/(?:[12]\d|3[01]|0?[1-9])(?:/(?:\d{{4}}|\d\d))?{_OSP}{_DASH}{_OSP}"
        rf"(?:0?[1-9]|1[0-2])/(?:[12]\d|3[01]|0?[1-9])(?:(?:/|,{_SP})(?:\d{{4}}|\d\d))?(?![\d/]|\.\d)"
    ),
    "iso": r"(?<![\d/.])(?<!\d-)\d{4}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2})(?![\d/]|[.-]\d|:\d)",
    # 20161016: eight digits only when they form a valid date of 1900-2099 (checked when resolved), not
    # after a currency or number sign and not before a decimal part, a percent sign or more digits.
    "compact_iso": (
        r"(?<![#\u00a3\u20ac])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\d%]|[.,]\d)"
    ),
    "numeric": r"(?<![\d/.,:-])\d{1,2}(?:/\d{1,2}/|-\d{1,2}-|\.\d{1,2}\.)(?:\d{4}|\d{2})(?![\d/.-]\d|\d|:\d)",
    "full": rf"\b{_FULL_DAY}",
    # Jan-Feb 2017 / June-August 1992 (the first month takes the year that puts it before the second)
    "month_range": rf"\b{_MONTH}{_OSP}{_DASH}{_OSP}{_MONTH}(?:,?{_SP}|{_SP}(?:of|in){_SP}){YEAR_RE}",
    "month_year": rf"\b{_MONTH}(?:,?{_SP}|{_OSP}[-/]{_OSP}|{_SP}(?:of|in){_SP}){YEAR_RE}",
    "iso_month": r"(?<![\d/.-])\d{4}[-/](?:0[1-9]|1[0-2]|[1-9])(?![\d/-]|[.:]\d)",
    # 2022-23, 2025–26, 2019-2020: a season or fiscal year, two years running (at a sentence's end too: "in 2025-26.")
    "year_span": r"(?<![\d/.-])(?:19|20)\d\d[-\u2013/](?:(?:19|20)\d\d|\d\d)(?![\d/-]|[.:]\d)",
    # "between 2006 and 2012": all the years from one to the other
    "years_between": rf"\bbetween{_SP}(?:1[89]|20)\d\d{_SP}and{_SP}(?:1[89]|20)\d\d"
                     rf"(?=[.,;:)!?]|{_SP}(?:in|on|at|when|as|while|before|after|across|the|and|but)\b|\Z)",
    # "in the 1990s", "the 2010s": a decade, all of it ("the late 1990s" too: how late is the writer's guess)
    "decade": rf"\bthe{_SP}(?:(?:early|mid|late)[ -])?(?:1[89]|20)\d0['\u2019]?s\b(?!-)",
    # 12-2015, 3/2014
    "month_slash_year": r"(?<![\d/.-])(?:0?[1-9]|1[0-2])[-/](?:1[89]|20)\d\d(?![\d/-]|[.:]\d)",
    "slash_yearless": (
        r"(?:\b(?:on|from|since|until|till|by|before|after|between|and|to|of|or)[ ]|(?<=\d/\d,[ ])|(?<=\d/\d\d,[ ]))"
        r"(?<![\d/])(?!24/7\b)(?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])"
        r"(?![\d/]|\.\d|[ ]?[-\u2013\u2014][ ]?\d)"
    ),
    "now": r"(?<=between )now\b|(?<= and )now\b",
    "named_day": r"\b(?:(?:the{_SP})?+day{_SP}(?:before{_SP}yesterday|after{_SP}tomorrow)|today|yesterday|tomorrow|tonight|till{_SP}date)\b".replace("{_SP}", _SP),
    "overnight": rf"\b(?:overnight|(?:the{_SP})?+night){_SP}(?:into|to){_SP}{_WD_FULL}",
    "weekday_of_week": (
        rf"\b(?:next|last|this|previous){_SP}week(?:'s)?(?:{_SP}on|{_OSP}[-,])?{_SP}{_WD_ANY}"
    ),
    # ISO week numbers: "week 31" of the base year
    "week_number": rf"\bweek{_SP}(?:[1-9]|[1-4]\d|5[0-3])\b(?![.,:]\d)",
    # "following Tuesday's pile-up" is after Tuesday's: a preposition before a possessive, not the next Tuesday
    "weekday_rel": rf"\b(?:(?:last|next|this|previous|coming|upcoming){_SP}{_WEEKDAY_TAIL}"
                   rf"|following{_SP}{_WEEKDAY_TAIL}(?!['\u2019]s\b))",
    # "on the 15th." (a day of the nearest month; only before punctuation or a joining word)
    "the_nth": (
        rf"\bon{_SP}(?:the{_SP})?+(?:(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)|(?<=the ){ORDINAL_DAY_RE})"
        rf"(?={_OSP}(?:[.,;:!?)\-\u2013\u2014]|\Z)|{_SP}(?:at|and|or|to|through|until|till|when)\b)"
    ),
    "all_period": rf"\ball{_SP}(?:(?:this|the){_SP})?(?:week|month)\b(?!{_SP}(?:of|long)\b)",
    "ides": rf"\b(?:the{_SP})?+ides{_SP}of{_SP}{_MONTH_REF_X}",
    "the_weekend": rf"\bthe{_SP}weekend\b(?!{_SP}of)",
    "season": (
        rf"\b(?:the{_SP})?+(?:{_REL_X}{_SP}(?:spring|summer|autumn|fall|winter)\b(?!{_SP}of)"
        rf"|(?:spring|summer|autumn|fall|winter)(?:{_SP}of)?{_SP}{YEAR_RE}\b)"
    ),
    "period": (
        r"(?<!the )\b" rf"(?:this|current|last|previous|next|coming|upcoming|the{_SP}following"
        rf"|earlier{_SP}this|later{_SP}this|(?:earlier|later){_SP}in{_SP}the){_SP}(?:week|weekend|month|year|decade)\b"
    ),
    "ago": (
        rf"\b(?:\d{{1,3}}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a{_SP}couple{_SP}of"
        rf"|a{_SP}few){_SP}(?:(?:days?|weeks?|months?|years?|decades?){_SP}"
        rf"(?:ago|from{_SP}(?:now|today)|(?:after|before){_SP}today|hence)"
        # "The list stood at 7.43 million a year earlier": a year back from the telling, as "a year ago" is (a
        # day or a week earlier is as often back from the last event told)
        rf"|years?{_SP}earlier)\b"
    ),
    # "in two weeks" is a date only after future wording ("will resume in two weeks"), checked below.
    "in_delta": (
        rf"\bin{_SP}(?:\d{{1,3}}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
        rf"{_SP}(?:days?|weeks?|months?|years?)\b(?!{_SP}(?:of|and|to)\b)"
    ),
    "month_only": (
        r"\b(?:in|since|until|till|by|during|from|of|through|throughout|before|after|early|mid|late|last"
        r"|next|this)[ -]"
        # Not when a day or year follows: "from February 2025" and "February, the fifth" are left to the patterns
        # for those ("in February, the department said" is the month).
        # After a comma, only a number that can be a day is one: "In January, 1,050 objections" is the month.
        rf"(?!may\b(?![ \u00a0]{{0,3}}(?:[.!?;]|\Z))){_MONTH}(?!\.?(?:[\w-]|[ \u00a0]{{0,3}}(?:the[ \u00a0]+)?(?:\d|"
        rf"{ORDINAL_DAY_RE})|[ \u00a0]{{0,3}},[ \u00a0]{{0,3}}(?:the[ \u00a0]+)?"
        rf"(?:{ORDINAL_DAY_RE}|(?:[12]\d|3[01]|0?[1-9])(?!\d|,\d))))"
    ),
    # "surpassing 2016, when 190 runners were treated": a year that a "when" clause tells of
    "year_when": rf"{YEAR_RE}(?=,?{_SP}when\b)",
    # A year or month opening a sentence as its subject: "2014 was good." / "October was excellent!"
    "lead_year": rf"{YEAR_RE}(?=[.!?;:]|,(?!\d)|{_SP}(?:{_LEAD_VERBS})\b)",
    "lead_month": rf"\b{_MONTH_NOT_VERB}(?={_SP}(?:{_LEAD_VERBS})\b)",
    "year_only": (
        r"\b(?:in|since|until|till|by|during|from|of|throughout|before|after|early|mid|late|year)[ -]"
        rf"{YEAR_RE}(?![\w%.,/-]\d|[\w%]|[-/][a-z])"
        # "the toll for 2025 was 287": after "for" only a year that ends its phrase, not "for 2000 metres"
        rf"|for{_SP}{YEAR_RE}(?=[.,;:!?)]|{_SP}(?:was|were|is|are|has|had|will|stood)\b|\Z)"
    ),
}
# Every alternative starts at a word start (the guard below): a leading \b is dropped, as re then checks
# each branch's first character before entering it.
_DATES = {name: pattern[2:] if pattern.startswith(chr(92) + "b") else pattern for name, pattern in _ALTERNATIVES.items()}
DATE_PATTERN = "|".join(f"(?P<{name}>{pattern})" for name, pattern in _DATES.items())
# Not after "$": "$12 December 27" is a price, then a date.
# After a hyphen only a word starts a date: "Nov 18-Dec 19", not the "07" of "2020-07".
# After a lone hyphen only an ISO date starts: "-2020-07-01-", "-20200701-" (a list mark, a file name).
_DATE_GUARD = (
    r"(?=[a-z0-9])(?:(?<![\w/.$-])|(?<=[a-z0-9]-)(?=[a-z])|(?<=[a-z]-)(?=\d)"
    r"|(?<=(?<![\w.-])-)(?=\d{4}(?:-\d{1,2}-\d{1,2}|\d{4})(?!\d)))(?<!\$ )"
)
# Each word tries only the alternatives that can begin with it: one pass over the words, no per-position
# attempt of forty alternatives.
_DATE_SEARCH = WordDispatch(_DATES, _DATE_GUARD)


def _date_matches(lower: str):
    """Date matches in lower, left to right (as re.finditer of the guard and DATE_PATTERN would give them)."""
    return _DATE_SEARCH.finditer(lower)


_WEEKDAY_HEAD = re.compile(rf"{_WD_ANY}{_PART_OF_DAY}?[\s,(]*")
_WEEKDAY_WORD = re.compile(_WD_ANY)
_RANGE_PARTS = re.compile(
    rf"(?:(?P<m1>{_MONTH}){_OSP}(?P<a1>\d{{1,2}})(?:st|nd|rd|th)?{_RANGE_CONNECT}(?P<b1>\d{{1,2}})"
    rf"|(?:the{_SP})?+(?P<a2>\d{{1,2}})(?:st|nd|rd|th)?{_RANGE_CONNECT}(?:the{_SP})?+(?P<b2>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:{_SP}of)?{_SP}"
    rf"(?P<m2>{_MONTH}))(?:st|nd|rd|th)?(?:,?{_SP}(?P<y>{_YEAR}))?"
)
_PART_OF_DAY = re.compile(r"\b(morning|afternoon|evening|night|overnight)\b")
# Future wording in the clause before a bare weekday.
_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|'ll|is|are|was|were)\s+(?:scheduled|set|due|expected|slated|planned|going)\b"
    r"|\b(?:will|shall|'ll|plans?\s+to|planning\s+to|intends?\s+to|wants?\s+to|would\s+like\s+to)\b"
    # "the last customers should be back on by Wednesday night": what is expected, not what happened
    r"|\bshould\s+(?!have\b)"
    # "said the cuts would be completed by June 30", "a 60% chance of a cut in May"; not a question's rhetorical
    # "would" ("why would Ukraine trust that after Tuesday?"), and not "expects", whose object may be past ("AEG
    # expects the walkout at a second plant on Friday to be costly")
    r"|(?<!why )(?<!how )(?<!who )(?<!what )\bwould\s+(?!have\b)[a-z]+\b|\bchance\s+of\b"
    r"|\bodds\s+of\b"
    # "forecasters expected 12 to 24 inches by Monday morning"; not "more than expected" nor "as expected", nor
    # what "had" been expected of a day now gone ("had expected an even hotter Wednesday")
    r"|(?<!than )(?<!as )(?<!had )\bexpected\b"
    # "forecasters expect highs of 104 through Saturday", "gusts were possible through Wednesday evening": what is
    # expected until a day is expected until a day to come
    r"|\b(?:expects?|possible|likely)\b[^,;]*\b(?:through|until|till)\s*$"
    # "is forecast to ease by Wednesday", "likely to end on Friday", "said it would last until Wednesday"
    r"|\b(?:forecast|predicted|projected|likely)\s+to\b"
    # "due to be sentenced on Friday", "results due on Tuesday"; not "cancelled due to the storm on Sunday"
    r"|\bdue\s+(?:to\s+(?:be|resume|start|begin|meet|end|open|close|return|arrive|vote|report)|on|by|out)\b"
    # "next" speaks of the future before a time, not before a noun ("chose Santos as their next mayor on Tuesday")
    r"|\bnext\s+(?:week|weekend|month|year|round|session)\b|\bupcoming\b|\bschedul(?:ed?|ing)\b"
)
# Words before a weekday that make it any such day, not a date.
# Plain "a" only where the weekday is no modifier of a noun after it ("in a Tuesday evening address" was Tuesday's).
_INDEFINITE_BEFORE = re.compile(r"\b(?:(a single|every|each|any)|a|an)\s+\Z")
_WORD_NEXT = re.compile(r"[ ]+[a-z]")
_PAST_RELATIVE = re.compile(r"\b(?:that|which|who|when|after|since)\s+(?:\w+\s+)?"
                            r"(?:was|were|had|did|ran|began|ended|\w+ed)\b")
# A mark that ends a clause: not a decimal point or a thousands comma inside a number.
_CLAUSE_MARK = re.compile(r"[;:!?\n]|(?<!\d)[.,]|[.,](?!\d)")
# Verbs of telling in the past: what a clause after them says is the teller's, the day before them the telling's.
_TELLING = "said|told|announced|reported|confirmed|stated"
# Not a passive "will be told by Thursday", which tells no one's words.
_CLAUSE_VERB = re.compile(rf".*(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\b(?:says|{_TELLING})\b", re.S)
_TOLD = re.compile(rf"\b(?:{_TELLING})\b")
_RANGE_JOINERS = frozenset({"-", "\u2013", "\u2014", "to", "through", "thru", "until", "till"})
_BACKWARD = ("last", "past", "previous", "the last", "the past", "the previous")
_WINDOW_LEAD = re.compile(rf"\b(?:in|over|during|within|for)(?:{_SP}the)?{_SP}\Z")
_RANGE_LEAD = re.compile(rf"(?:\bfrom|\bbetween){_SP}\Z")


# What may stand before a date that opens its sentence: a quotation mark, a preposition.
_SENTENCE_LEAD = re.compile(r"[\s\"'“]*(?:(?:from|on|in|by|starting|beginning|until|as of)\s+)?")


def _opens_future_sentence(lower: str, start: int, end: int) -> bool:
    """Whether a date opens its sentence ("From January 1, the minimum wage will rise") and the clause after it
    speaks of the future."""
    lead = lower[max(0, start - 16) : start]
    cut = max(lead.rfind(c) for c in ".!?\n")
    if (cut < 0 and start > 16) or not _SENTENCE_LEAD.fullmatch(lead[cut + 1 :]):
        return False
    after = lower[end : end + 80]
    stop = min((i for i in (after.find(". "), after.find(".\n")) if i >= 0), default=len(after))
    cue = _FUTURE_CUE.search(after, 0, stop)
    # "On Friday, the chief executive announced that each family would receive ...": the day of the telling
    return cue is not None and _TOLD.search(after, 0, cue.start()) is None


@lru_cache(maxsize=4096)
def _future_wording(before: str) -> bool:
    """Whether the clause ending the text before a weekday speaks of the future."""
    marks = [m.start() for m in _CLAUSE_MARK.finditer(before)]  # not the point of "3.9 per cent"
    cut = marks[-1] if marks else -1
    if cut > 0 and before[cut] == "," and len(before[cut + 1 :].split()) <= 2:
        # "would be completed within five months, by June 30", "expect two more cuts, in May": a phrase of time
        # after a comma goes on with the clause before it
        cut = marks[-2] if len(marks) > 1 else -1
    clause = before[cut + 1:]
    if (verb := _CLAUSE_VERB.match(clause)) is not None:
        clause = clause[verb.end():]
    cues = list(_FUTURE_CUE.finditer(clause))
    # "will return on Friday after a walkout that ran from Tuesday", "will eliminate 7,000 jobs, up from the 6,200 it
    # estimated when it filed on Tuesday": a relative or time clause in the past after the future's verb tells
    # what happened
    return bool(cues) and not _PAST_RELATIVE.search(clause, cues[-1].end())


# Patterns that match their preposition too ("in January"): the mention starts after it.
_PREPOSITION_LED = frozenset({"slash_yearless", "month_only", "year_only"})
_YEARLESS_KINDS = frozenset({"full", "md_range", "dm_range", "month_only", "slash_yearless", "anchored",
                             "anchored_after", "lead_month"})
_SENTENCE_LED = frozenset({"lead_year", "lead_month"})
_FULL_MONTH_DOT = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november"
                             r"|december)\.\Z")


def _mention(start: int, end: int, value: DateValue | None, **extra) -> Mention:
    if value is None:
        return Mention("date", start, end, None, extra={"unresolved": True, **extra})
    if value.relative:
        extra["relative"] = True
    single = value.low_day == value.high_day
    qualifier = "range" if value.precision == "day" and not single else "exact"
    return Mention(
        "date", start, end, value.low_day if single else None, value.low_day, value.high_day,
        qualifier=qualifier, precision=value.precision, extra=extra,
    )


_ORDINAL_TAIL = re.compile(rf"{ORDINAL_DAY_RE}\Z".replace("\\b\\Z", "\\Z"))


def _weekday_nth(span: str, base: dt.date | None, direction: Direction) -> tuple[DateValue | None, int]:
    weekday = WEEKDAYS[_WEEKDAY_WORD.match(span)[0].rstrip(".")]
    digits = re.search(r"\d+", span)
    if digits is not None:
        day = int(digits[0])
    else:
        words = _ORDINAL_TAIL.search(span)
        if words is None:
            return None, weekday
        day = ORDINAL_DAYS[words[0]]
    if base is None:
        return None, weekday
    candidates = []
    for shift in range(-12, 13):
        total = base.year * 12 + base.month - 1 + shift
        try:
            candidates.append(dt.date(total // 12, total % 12 + 1, day))
        except ValueError:
            continue
    if not candidates:
        return None, weekday
    if direction != "past":
        candidates = [d for d in candidates if d >= base] or candidates
    best = min(candidates, key=lambda d: (d.weekday() != weekday, abs((d - base).days)))
    return day_value(best, relative=True), weekday


def _range_value(span: str, base: dt.date | None, direction: Direction) -> DateValue | None:
    m = _RANGE_PARTS.fullmatch(span.replace("\u00a0", " "))
    if m is None:
        return None
    month = MONTHS[(m["m1"] or m["m2"]).rstrip(".")]
    first, last = int(m["a1"] or m["a2"]), int(m["b1"] or m["b2"])
    if last <= first:
        return None
    if m["y"]:
        year = int(m["y"].lstrip("'"))
        year += 2000 if year < 100 else 0
        relative = False
    elif base is not None:
        anchor = nearest_year(month, first, base, direction)
        if anchor is None:
            return None
        year, relative = anchor.year, True
    else:
        return None
    try:
        low, high = dt.date(year, month, first), dt.date(year, month, last)
    except ValueError:
        return None
    return DateValue(iso_to_day(low), iso_to_day(high), "day", relative)


# The patterns that can state a full date (day, month and year).
_FULL_DATE_KINDS = frozenset({"anchored", "full", "iso", "ymd_named", "numeric"})


def stated_date(lower: str, matches=None) -> dt.date | None:
    """The latest full date a text states, outside clauses that speak of the future ("talks are set for
    March 5, 2026"): what stands in for a missing publication date. `matches` are the text's date
    matches when the caller has them already."""
    latest = None
    for m in _date_matches(lower) if matches is None else matches:
        if m.lastgroup not in _FULL_DATE_KINDS:
            continue
        span = lower[m.start():m.end()]
        if m.lastgroup == "anchored":
            span = span[_WEEKDAY_HEAD.match(span).end():].rstrip(") ")
        value = parse_date(span, None, fallback=False)
        if value is None or value.precision != "day" or value.relative or not value.single:
            continue
        day = dt.date(1970, 1, 1) + dt.timedelta(days=int(value.low_day))
        if (latest is None or day > latest) and not _future_wording(lower[max(0, m.start() - 80):m.start()]):
            latest = day
    return latest


# Words that only look like date words: short weekday names that are English words too, written in lower case
# ("sat at the terminal", "the sun"), and "Will" in a name, not the future ("at Will Rogers World Airport"). Each
# is read first and looked behind from its end ("\b" before a weekday: no word character four back), so re skips
# ahead to each "s", "w" or "W" instead of trying every offset (one flat alternation: re finds the first letters
# of its alternatives, not those of a group nested in one).
WILL_IN_A_NAME = r"Will(?<=[a-z,] Will)(?= [A-Z])"
_LOOK_ALIKES = re.compile("|".join(rf"{day}(?<!\w...)\b" for day in ("sat", "sun", "wed")) + f"|{WILL_IN_A_NAME}")


def _look_alikes_masked(text: str, lower: str) -> str:
    """lower with the words that only look like date words blanked out: "opened on March 17, sat at the
    terminal" names no Saturday ("Sat, March 21" still does), and "reached 109 degrees at Will Rogers World
    Airport on Tuesday" tells no future."""
    if len(text) != len(lower):
        return lower
    pieces, last = [], 0
    for m in _LOOK_ALIKES.finditer(text):
        pieces += [lower[last : m.start()], "_" * (m.end() - m.start())]
        last = m.end()
    return "".join(pieces) + lower[last:] if pieces else lower


def find_dates(
    text: str,
    lower: str,
    published: dt.date | None,
    *,
    weekday_direction: Direction | None = None,
    conventions: Conventions = NEWS,
) -> list[Mention]:
    """Date mentions in text (lower is text.lower(), same offsets), resolved against published.

    weekday_direction overrides the news reading of bare weekdays (see the module docstring), and
    conventions the readings of "last Friday", "later this week", "the weekend" and "the last week of"
    (checker.normalize.dates.Conventions), for corpora with other conventions.
    """
    base, anchored_by_text = published, False
    # One pass of the date pattern serves both the anchor search and the mentions.
    masked = _look_alikes_masked(text, lower)
    matches = list(_date_matches(masked))
    if base is None:
        base = stated_date(lower, matches)
        anchored_by_text = base is not None
    mentions: list[Mention] = []
    last_full: dt.date | None = None
    # The last date that states its year, and where it ends: a day of its month told after it in its sentence is
    # of its year.
    told_year: tuple[int, dt.date] | None = None
    # Resolution depends only on these keys, so repeated mentions cost one dictionary look-up.
    cache: dict[tuple, object] = {}
    for m in matches:
        kind, start, end = m.lastgroup, m.start(), m.end()
        if kind == "weekday_rel":
            kind = "weekday"
        if kind == "month_only" and lower.startswith(("early", "mid", "late"), start):
            pass  # "early March" is the month's first ten days, kept whole
        elif kind in _PREPOSITION_LED and lower[start].isalpha():
            start = lower.index(" " if lower[start:end].find(" ") >= 0 else "-", start) + 1
            if kind != "slash_yearless" and lower[start - 1] == "-" and not lower[m.start():start].startswith("mid"):
                start = lower.index("-", start - 1) + 1
        if kind in _SENTENCE_LED and not _sentence_start(lower, start):
            continue
        if kind == "named_day" and _in_name(text, start, end):
            continue  # "the Brookfield Today live blog", "USA Today reported": a name
        if kind == "weekday" and _names_a_title(text, start, end):
            continue  # "He told Sunday Politics", "the Sunday Times reported": a programme's or paper's name
        if kind == "counted" and lower.startswith(_BACKWARD, start) and _WINDOW_LEAD.search(
                lower, max(0, start - 12), start):
            continue  # "in the past two weeks" is a rolling window: find_time_anchors' phrase
        if kind == "weekday" and (indefinite := _INDEFINITE_BEFORE.search(lower, max(0, start - 12), start)) and (
                indefinite[1] or not _WORD_NEXT.match(lower, end)):
            continue  # "on a single Friday", "every Friday", "on a Friday.": no day in particular
        if kind == "md_range" and (day := _dateline_day(text, start, end)):
            kind, end = "full", day  # "ROME, May 3 - 12 divers": the dash ends the dateline, no range
        span = lower[start:end]
        if kind == "ago" and span.endswith("earlier") and told_year is not None \
                and "\n" not in lower[told_year[0] : start]:
            continue  # "In 2019 the plant opened. Two years earlier it had 40 workers": back from 2019, not today
        item_base = base
        by_text = anchored_by_text
        if published is None and not anchored_by_text and last_full is not None and kind in _YEARLESS_KINDS:
            # Without a publication date, "July 13th" after "July 12th, 2014" takes the year nearest that date.
            item_base, by_text = last_full, True
        elif told_year is not None and kind in _YEARLESS_KINDS and base is not None \
                and told_year[1].year != base.year and not _SENTENCE_BREAK.search(lower, told_year[0], start) \
                and (month := _MONTH_IN.search(span)) and MONTHS[month[0].rstrip(".")] == told_year[1].month:
            # "in December 2023, when snow closed both runways from Friday, December 1": that December's first
            item_base, by_text = told_year[1], True
        future = False
        if kind in _FUTURE_SENSITIVE and weekday_direction is None and (
                not lower.startswith(("'s", "’s"), end) or lower.endswith(_TIME_PREPOSITIONS, 0, start)):
            # "Tuesday's earthquake is expected to produce losses": a day named as an event's is a day gone, unless
            # a time is told by it ("will be refloated on Wednesday morning's high tide")
            future = _future_wording(masked[max(0, start - 80):start]) or _opens_future_sentence(lower, m.start(), end)
        key = (kind, span, item_base, by_text, future)
        if (resolved := cache.get(key)) is None:
            resolved = _resolve(kind, span, item_base, by_text, anchored_by_text, future, weekday_direction,
                                conventions)
            if resolved is not _SKIP:
                resolved = (resolved[0], _mention(0, 0, resolved[0], **resolved[1]))
            cache[key] = resolved
        if resolved is _SKIP:
            continue
        value, template = resolved
        if value is not None and value.relative and value.single and kind in _DAY_OF_MONTH_KINDS \
                and item_base is not None and value.low_day > iso_to_day(item_base) + _TOLD_AHEAD_DAYS \
                and weekday_direction is None \
                and not future and _told_in_past(lower[max(0, m.start() - 40) : m.start()]):
            # "the limits that came into force on Friday, February 7", told on January 8: last year's
            value = _year_before(value)
            template = _mention(0, 0, value, **template.extra)
        if published is None and value is not None and not value.relative:
            # Without a publication date, a stated date or year sets the year of later year-less dates:
            # "2014. July 13th" is July 13th, 2014.
            last_full = _context_date(value)
        if value is not None and not value.relative and kind not in _YEARLESS_KINDS:
            told_year = (end, _context_date(value))
        if span[-1] == "." and _FULL_MONTH_DOT.search(span):
            end -= 1  # the full stop of the sentence, not an abbreviation's
        mentions.append(Mention("date", start, end, template.value, template.low, template.high, True, True, None,
                                template.qualifier, template.precision, None, dict(template.extra)))
    mentions = [m for m in _merge_ranges(_with_relative_year(mentions, lower), lower, base) if not m.extra.get("now")]
    if conventions.weekday_comma_day:
        mentions = _weekday_comma_days(mentions, lower, base)
    mentions = _weekdays_in_order(mentions, lower)
    stripped = lower.strip(" \t\r\n.,;:!?")
    if stripped and len(stripped) <= 64 and not any(m.end - m.start >= len(stripped) for m in mentions):
        # A text that is one expression ("2/15", "fri", "end of the month") is read whole.
        whole = parse_date(stripped, base, weekday_direction or "past", fallback=False, conventions=conventions)
        if whole is not None and (base is not None or not whole.relative):
            start = lower.index(stripped)
            return [_mention(start, start + len(stripped), whole)]
    return mentions


_SKIP = object()
_DAY_OF_MONTH_KINDS = frozenset({"full", "anchored", "anchored_after"})
# How far past the publication day a day told in the past tense may lie and still be this year's: the same day where
# the story was written ("said on Tuesday, 13 May", filed late on the 12th in another time zone).
_TOLD_AHEAD_DAYS = 7
# Words of planning that look like verbs in the past: "the hearing scheduled on March 3" is still to come.
_PLANNED = frozenset({"scheduled", "set", "due", "expected", "slated", "planned", "booked", "fixed"})


def _told_in_past(before: str) -> bool:
    """Whether a verb in the past governs the "on" that ends the text before a date ("came into force on",
    "died on", "was signed on"), with no "to" between them ("agreed to meet on" looks ahead)."""
    words = before.split()
    if not words or words[-1] != "on":
        return False
    for word in reversed(words[-4:-1]):
        if word == "to" or not word.isalpha() or word in _PLANNED:
            return False
        lemma = verb_lemma(word)
        if lemma is not None and lemma != word and not word.endswith(("ing", "s")):
            return True
    return False


def _year_before(value: DateValue) -> DateValue:
    """A year-less day moved to the year before (February 29 to the 28th)."""
    day = dt.date(1970, 1, 1) + dt.timedelta(days=int(value.low_day))
    try:
        earlier = day.replace(year=day.year - 1)
    except ValueError:  # February 29
        earlier = day.replace(year=day.year - 1, day=28)
    return day_value(earlier, relative=True)


# What joins two weekdays told in the order they come: "Wednesday and Thursday", "Monday through Friday".
_WEEKDAY_JOINERS = frozenset((" and ", " or ", " through ", " to ", " and on ", "-", "–", " – ", " - "))


def _weekdays_in_order(mentions: list[Mention], lower: str) -> list[Mention]:
    """Two bare weekdays joined by "and", "or" or "through" as the days they follow in: "canceled classes
    Wednesday and Thursday", told on a Wednesday, is this Thursday, not the last one."""
    result = list(mentions)
    for k in range(1, len(result)):
        first, second = result[k - 1], result[k]
        if first.value is None or second.value is None or second.value >= first.value \
                or lower[first.end : second.start] not in _WEEKDAY_JOINERS \
                or lower[first.start : first.end].rstrip(".") not in WEEKDAYS \
                or lower[second.start : second.end].rstrip(".") not in WEEKDAYS:
            continue
        later = second.value + 7
        result[k] = Mention(second.kind, second.start, second.end, later, later, later, True, True, None,
                            second.qualifier, second.precision, None, dict(second.extra))
    return result
_WEEKDAY_COMMA_DAY = re.compile(rf"\b{_WD_ANY}{_OSP},{_OSP}(?P<day>[12]\d|3[01]|0?[1-9])(?![\w%]|[.,:]\d)")


def _weekday_comma_days(mentions: list[Mention], lower: str, base: dt.date | None) -> list[Mention]:
    """ "Friday, 21" as the 21st of the month named last before it (Conventions.weekday_comma_day)."""
    by_start = {m.start: i for i, m in enumerate(mentions)}
    result = list(mentions)
    for found in _WEEKDAY_COMMA_DAY.finditer(lower):
        index = by_start.get(found.start())
        if index is None or mentions[index].end > found.end():
            continue
        context = next((m for m in reversed(mentions[:index]) if m.low is not None
                        and m.precision in ("day", "month")), None)
        month = (dt.date(1970, 1, 1) + dt.timedelta(days=int(context.low))) if context is not None else base
        if month is None:
            continue
        try:
            day = month.replace(day=int(found["day"]))
        except ValueError:
            continue
        weekday = WEEKDAYS[_WEEKDAY_WORD.match(lower, found.start())[0].rstrip(".")]
        template = _mention(found.start(), found.end(), day_value(day, relative=True), weekday=weekday)
        result[index] = template
    return result
# Kinds whose reading depends on whether their clause speaks of the future: weekdays, and year-less dates
# ("will be held on March 12", written in October, is next March).
# Words that tell a time by the day after them: "on Wednesday morning's high tide".
_TIME_PREPOSITIONS = ("on ", "by ", "until ")
_FUTURE_SENSITIVE = frozenset({"weekday", "overnight", "weekday_of_week", "in_delta", "full", "anchored",
                               "anchored_after", "md_range", "dm_range", "month_only", "part_of"})


def _resolve(kind: str, span: str, item_base: dt.date | None, by_text: bool, anchored_by_text: bool,
             future: bool, weekday_direction: Direction | None, conventions: Conventions = NEWS):
    """One match's (value, extra), or _SKIP when the match is not a date after all."""
    extra: dict = {}
    if by_text:
        extra["anchor"] = "text"
    value: DateValue | None
    if anchored_by_text and kind in ("named_day", "period", "ago", "in_delta", "overnight", "weekday_of_week"):
        # A date stated in the text anchors weekdays and year-less dates, not "today" or "last week".
        return None, extra
    if kind == "in_delta" and not future:
        return _SKIP
    if kind == "now":
        # Only an end of "between now and ...": dropped unless merged into that range.
        extra["now"] = True
        value = parse_date("today", item_base, fallback=False) if item_base is not None else None
        return (value, extra) if value is not None else _SKIP
    if kind in ("anchored", "anchored_after"):
        if kind == "anchored":
            head = _WEEKDAY_HEAD.match(span)
            extra["weekday"] = WEEKDAYS[_WEEKDAY_WORD.match(span)[0].rstrip(".")]
            rest = span[head.end():].rstrip(") ")
        else:
            rest, _, weekday = span.rpartition(",")
            extra["weekday"] = WEEKDAYS[weekday.strip(" \u00a0.")]
            rest = rest.rstrip(" \u00a0")
        # In the news reading the year comes from the base date alone: a weekday that contradicts it is
        # FC302's finding, never a reason to move the year.
        value = parse_date(rest, _ahead_of(item_base, future and not weekday_direction),
                           weekday_direction or ("future" if future else "past"), fallback=False)
        if conventions.weekday_sets_year and value is not None and value.relative and value.single:
            value = _matching_weekday_year(value, extra["weekday"], item_base)
    elif kind == "weekday_nth":
        value, extra["weekday"] = _weekday_nth(span, item_base, weekday_direction or "past")
    elif kind in ("md_range", "dm_range"):
        value = _range_value(span, item_base, weekday_direction or ("future" if future else "past"))
    elif kind == "numeric" or kind == "slash_yearless":
        value = _numeric(span, item_base, extra)
    elif kind == "compact_iso":
        value = parse_date(f"{span[:4]}-{span[4:6]}-{span[6:]}", None, fallback=False)
        if value is None:
            return _SKIP
    elif kind == "iso_month":
        year, month = (int(x) for x in re.split(r"[-/]", span))
        # "2010-12" reads as the years 2010 to 2012, "2014-10" as October 2014.
        if month > year % 100:
            return _SKIP
        value = month_value(year, month)
    elif kind == "year_span":
        first, second = int(span[:4]), int(span[-2:])
        if second != (first + 1) % 100:
            return _SKIP  # "2010-12" is no season; "1990-91" and "2023-24" are
        value = DateValue(iso_to_day(dt.date(first, 1, 1)), iso_to_day(dt.date(first + 1, 12, 31)), "day", False)
    elif kind == "years_between":
        first, second = (int(year) for year in re.findall(r"\d{4}", span))
        if second <= first:
            return _SKIP
        value = DateValue(iso_to_day(dt.date(first, 1, 1)), iso_to_day(dt.date(second, 12, 31)), "day", False)
    elif kind == "decade":
        first = int(re.search(r"\d{4}", span).group())
        value = DateValue(iso_to_day(dt.date(first, 1, 1)), iso_to_day(dt.date(first + 9, 12, 31)), "day", False)
    elif kind == "numeric_range":
        value = _numeric_range(span, item_base)
        if value is None:
            return _SKIP
    elif kind == "month_range":
        first, rest = re.split(r"[-\u2013\u2014]", span, maxsplit=1)
        second = parse_date(rest.strip(), None, fallback=False)
        first_month = MONTHS.get(first.strip(" \u00a0.").rstrip("."))
        if second is None or first_month is None or second.precision != "month":
            return _SKIP
        end = dt.date(1970, 1, 1) + dt.timedelta(days=int(second.low_day))
        low = dt.date(end.year if first_month <= end.month else end.year - 1, first_month, 1)
        value = DateValue(iso_to_day(low), second.high_day, "month", False)
    elif kind in ("year_only", "lead_year", "year_when"):
        value = year_value(int(span))
    elif kind in ("weekday", "overnight", "weekday_of_week"):
        if (part := _PART_OF_DAY.search(span)) and kind == "weekday":
            extra["part_of_day"] = part[1]
        if item_base is None:
            value = None
        else:
            direction = weekday_direction or ("future" if future else "past")
            value = parse_date(span, item_base, direction, fallback=False, conventions=conventions)
    else:
        ahead = future and kind in _FUTURE_SENSITIVE
        direction = weekday_direction or ("future" if ahead else "past")
        value = parse_date(span, _ahead_of(item_base, ahead and not weekday_direction and kind != "in_delta"),
                           direction, fallback=False, conventions=conventions)
        if ahead and value is not None and value.precision == "month" and item_base is not None \
                and value.high_day < iso_to_day(item_base):
            # "will be held in October", written in November: a month that is over is next year's
            first = dt.date(1970, 1, 1) + dt.timedelta(days=int(value.low_day))
            value = month_value(first.year + 1, first.month, value.relative)
    if value is None and item_base is not None and kind not in ("weekday", "overnight", "weekday_of_week"):
        if kind not in ("named_day", "period", "ago", "in_delta"):
            return _SKIP  # a pattern that looked like a date but is not one ("February 30")
    return value, extra


# How long before publication a year-less date in a clause about the future may lie and still be this year's:
# "will run for 10 weeks, from March 5 to April 30", written on March 7, began two days before.
_BEGUN_DAYS = 31


def _ahead_of(base: dt.date | None, future: bool) -> dt.date | None:
    """The date a year-less date of a clause about the future is read on or after."""
    return base - dt.timedelta(days=_BEGUN_DAYS) if future and base is not None else base


_SPACED_DASH = re.compile(rf"[ ]{_DASH}[ ]")
_SENTENCE_BREAK = re.compile(r"[.!?;](?:\s|$)|\n")
_MONTH_IN = re.compile(rf"\b{MONTH_RE}")


def _dateline_day(text: str, start: int, end: int) -> int | None:
    """Where a dateline's day ends, when the range found at start is that day and the dateline's dash ("ROME,
    May 3 - 12 divers were ..."); None for any other range."""
    dash = _SPACED_DASH.search(text, start, end)
    return dash.start() if dash is not None and ends_dateline_day(text, dash.start()) else None


# A capitalised word right before, and a lower-case word right after: a name in running text, not a title-case
# headline ("Strike Begins Tomorrow").
_CAPITAL_BEFORE = re.compile(r"[A-Z][A-Za-z&.'’-]*[ ]$")
_LOWER_AFTER = re.compile(r"[ ][a-z]")
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether a day's name written with a capital inside a sentence is part of a name ("Tyrol Today said", a
    masthead's line "Clinical Trials Today")."""
    return text[start].isupper() and not _sentence_start(text, start) \
        and _CAPITAL_BEFORE.search(text, max(0, start - 40), start) is not None \
        and (_LOWER_AFTER.match(text, end) is not None or _LINE_END.match(text, end) is not None)


# A capitalised word after a weekday that is no part of a date: "Sunday Politics", "Sunday Times".
_TITLE_AFTER = re.compile(r"[ ](?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z][a-z]+")


def _names_a_title(text: str, start: int, end: int) -> bool:
    """Whether a weekday opens a title in running text: a capitalised word follows, and the word before is in
    lower case or "the" (not a title-case headline, "Strike Ends Monday Night")."""
    if not text[start].isupper() or _TITLE_AFTER.match(text, end) is None:
        return False
    before = text[max(0, start - 20) : start].split()
    return bool(before) and (before[-1].islower() or before[-1] == "The")


def _sentence_start(lower: str, start: int) -> bool:
    k = start
    while k > 0 and lower[k - 1] in " \t\r\n\u00a0":
        k -= 1
    return k == 0 or lower[k - 1] in ".!?"


def _context_date(value: DateValue) -> dt.date:
    """The date a stated date, month or year lends year-less dates after it."""
    low = dt.date(1970, 1, 1) + dt.timedelta(days=int(value.low_day))
    if value.precision == "year":
        return low.replace(month=7, day=2)
    if value.precision == "month":
        return low.replace(day=15)
    return low


_NUMERIC_RANGE_PARTS = re.compile(
    r"(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?[ \u00a0]*[-\u2013\u2014][ \u00a0]*(\d{1,2})/(\d{1,2})(?:(?:/|,[ \u00a0]+)(\d{2,4}))?"
)


def _numeric_range(span: str, base: dt.date | None) -> DateValue | None:
    m = _NUMERIC_RANGE_PARTS.fullmatch(span)
    if m is None:
        return None
    years = [int(y) + (0 if len(y) == 4 else 2000 if int(y) < 50 else 1900) if y else None for y in (m[3], m[6])]
    end_year = years[1]
    if end_year is None:
        if base is None:
            return None
        end = nearest_year(int(m[4]), int(m[5]), base, lean_past=False)
        if end is None:
            return None
        end_year = end.year
    try:
        high = dt.date(end_year, int(m[4]), int(m[5]))
        low = dt.date(years[0] or end_year, int(m[1]), int(m[2]))
        if low > high and years[0] is None:
            low = low.replace(year=end_year - 1)
    except ValueError:
        return None
    if low > high or (high - low).days > 3653:
        return None
    return DateValue(iso_to_day(low), iso_to_day(high), "day", years[1] is None)


def _matching_weekday_year(value: DateValue, weekday: int, base: dt.date) -> DateValue:
    """A year-less date stated with its weekday in the nearest year where they agree
    (Conventions.weekday_sets_year)."""
    day = dt.date(1970, 1, 1) + dt.timedelta(days=int(value.low_day))
    options = []
    for year in range(base.year - 6, base.year + 7):
        try:
            candidate = day.replace(year=year)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            options.append(candidate)
    if day.weekday() == weekday or not options:
        return value
    return day_value(min(options, key=lambda d: abs((d - base).days)), relative=True)


def _numeric(span: str, base: dt.date | None, extra: dict) -> DateValue | None:
    m = re.fullmatch(r"(\d{1,2})([/.-])(\d{1,2})(?:[/.-](\d{2,4}))?", span)
    if m is None:
        return None
    year = None
    if m[4]:
        year = int(m[4]) + (0 if len(m[4]) == 4 else (1900 if int(m[4]) >= 50 else 2000))
    date, ambiguous = numeric_date(int(m[1]), int(m[3]), year, m[2], base)
    if ambiguous:
        extra["ambiguous_order"] = True
    if date is None:
        return None
    return day_value(date, relative=year is None)


def _days_later(mention: Mention, days: int) -> Mention:
    value = mention.value + days
    return Mention("date", mention.start, mention.end, value, value, value, qualifier=mention.qualifier,
                   precision="day", extra=dict(mention.extra))


def _years_later(mention: Mention, years: int) -> Mention | None:
    """A day date moved by whole years (back when `years` is negative); None for a 29 February with no twin."""
    day = dt.date(1970, 1, 1) + dt.timedelta(days=int(mention.value))
    try:
        value = iso_to_day(day.replace(year=day.year + years))
    except ValueError:
        return None
    return Mention("date", mention.start, mention.end, value, value, value, qualifier=mention.qualifier,
                   precision="day", extra=dict(mention.extra))


def _next_year(mention: Mention) -> Mention:
    day = dt.date(1970, 1, 1) + dt.timedelta(days=int(mention.value))
    try:
        value = iso_to_day(day.replace(year=day.year + 1))
    except ValueError:
        return mention
    return Mention("date", mention.start, mention.end, value, value, value, qualifier=mention.qualifier,
                   precision="day", extra=dict(mention.extra))


def _year_from_range_end(cur: Mention, nxt: Mention) -> Mention:
    """ "Nov 18 - Dec 19, 2015": a year-less start takes the year that puts it just before the stated end."""
    if not cur.extra.get("relative") or nxt.extra.get("relative") or cur.precision != "day":
        return cur
    start = dt.date(1970, 1, 1) + dt.timedelta(days=int(cur.value))
    end = dt.date(1970, 1, 1) + dt.timedelta(days=int(nxt.value))
    for year in (end.year, end.year - 1):
        try:
            candidate = start.replace(year=year)
        except ValueError:
            continue
        if candidate <= end:
            day = iso_to_day(candidate)
            extra = {k: v for k, v in cur.extra.items() if k != "relative"}
            return Mention("date", cur.start, cur.end, day, day, day, qualifier=cur.qualifier,
                           precision="day", extra=extra)
    return cur


_RELATIVE_YEAR = re.compile(r"(?:this|last|next)[ ]year\Z")
_EPOCH = dt.date(1970, 1, 1)


def _with_relative_year(mentions: list[Mention], lower: str) -> list[Mention]:
    """A day or a month told without its year and then "this year", "last year" or "next year" ("on March 3
    last year", "in May this year"): one date, in that year."""
    out: list[Mention] = []
    skip = False
    for cur, nxt in zip(mentions, [*mentions[1:], None]):
        if skip:
            skip = False
            continue
        if nxt is not None and cur.precision in ("day", "month") and cur.low is not None and cur.high is not None \
                and lower[cur.end : nxt.start] == " " and _RELATIVE_YEAR.match(lower, nxt.start, nxt.end) \
                and nxt.low is not None and not re.search(r"\d{4}", lower[cur.start : cur.end]):
            year = (_EPOCH + dt.timedelta(days=int(nxt.low))).year
            try:
                low = _EPOCH + dt.timedelta(days=int(cur.low))
                high = _EPOCH + dt.timedelta(days=int(cur.high))
                low, high = low.replace(year=year), high.replace(year=year if high.year == low.year else year + 1)
            except ValueError:  # a 29 February in another year: leave both as read
                out.append(cur)
                continue
            lo, hi = float(iso_to_day(low)), float(iso_to_day(high))
            value = lo if cur.value is not None else None
            out.append(Mention("date", cur.start, nxt.end, value, lo, hi, True, True, None, cur.qualifier,
                               cur.precision, None, dict(cur.extra)))
            skip = True
            continue
        out.append(cur)
    return out


# How far after the telling a year-less range may start and still run on into the next months: "closing sales run
# from March 13 to May 31", told on March 10.
_STARTS_SOON_DAYS = 14


def _merge_ranges(mentions: list[Mention], lower: str, base: dt.date | None = None) -> list[Mention]:
    """Two day dates joined by "-", "to", "until" or "between ... and" become one range."""
    today = iso_to_day(base) if base is not None else None
    merged: list[Mention] = []
    i = 0
    while i < len(mentions):
        cur = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and cur.extra.get("now") and nxt.extra.get("relative") and nxt.value is not None \
                and cur.value is not None and nxt.value < cur.value:
            nxt = _next_year(nxt)  # "between now and November 15th" looks ahead
        if (
            nxt is not None and cur.precision == "day" and nxt.precision == "day"
            and cur.value is not None and nxt.value is not None and nxt.start - cur.end <= 12
        ):
            gap = lower[cur.end:nxt.start]
            lead = lower[max(0, cur.start - 9):cur.start]
            joiner = gap.strip(" \u00a0")
            joined = joiner in _RANGE_JOINERS or (joiner == "and" and lead.rstrip().endswith("between"))
            if joined and nxt.value < cur.value and _WEEKDAY_WORD.fullmatch(lower, cur.start, cur.end) \
                    and _WEEKDAY_WORD.fullmatch(lower, nxt.start, nxt.end):
                nxt = _days_later(nxt, 7)  # "from Monday to Wednesday": the Wednesday after that Monday
            elif joined and nxt.value < cur.value and cur.extra.get("relative") and nxt.extra.get("relative"):
                # Each year-less day took the year nearest the telling on its own: "a consultation running from 8
                # July to 16 September", told on 9 July, runs to the September after, as "closing sales run from
                # March 13 to May 31", told on March 10, do; "ran from Friday, March 14 to Sunday, September 28",
                # told in January, ran from the March before
                later, earlier = _years_later(nxt, 1), _years_later(cur, -1)
                if later is not None and today is not None and cur.value <= today + _STARTS_SOON_DAYS \
                        and today <= later.value:
                    nxt = later
                elif earlier is not None and earlier.value <= nxt.value:
                    cur = earlier
            if joined or gap.strip(" \u00a0,") in _RANGE_JOINERS:
                # "from Friday, June 19, to Sunday, June 21, 2026": the end's year is the start's too, each a date
                # of its own when commas set them apart (a start and an end)
                cur = _year_from_range_end(cur, nxt)
            # Stated years on both ends allow long spans ("Nov 18 2014 - Dec 19 2015").
            longest = 366 if cur.extra.get("relative") or nxt.extra.get("relative") else 3653
            if joined and cur.value < nxt.value and nxt.value - cur.value <= longest:
                start = cur.start
                if (lead_m := _RANGE_LEAD.search(lead)) is not None:
                    start = cur.start - (len(lead) - lead_m.start())
                extra = {**cur.extra, **{k: v for k, v in nxt.extra.items() if k != "weekday"}}
                extra.pop("now", None)
                merged.append(Mention(
                    "date", start, nxt.end, None, cur.low, nxt.high, qualifier="range", precision="day",
                    extra=extra,
                ))
                i += 2
                continue
        if nxt is not None and (months := _month_range(cur, nxt, lower)) is not None:
            merged.append(months)
            i += 2
            continue
        merged.append(cur)
        i += 1
    return merged


def _month_range(cur: Mention, nxt: Mention, lower: str) -> Mention | None:
    """ "from January to April 2015": two months joined by "to", "-" or "between ... and", one range."""
    if cur.precision != "month" or nxt.precision != "month" or cur.low is None or nxt.low is None:
        return None
    if nxt.start - cur.end > 12:
        return None
    joiner = lower[cur.end:nxt.start].strip(" \u00a0")
    lead = lower[max(0, cur.start - 9):cur.start]
    if not (joiner in _RANGE_JOINERS or (joiner == "and" and lead.rstrip().endswith("between"))):
        return None
    low = dt.date(1970, 1, 1) + dt.timedelta(days=int(cur.low))
    end = dt.date(1970, 1, 1) + dt.timedelta(days=int(nxt.low))
    if cur.extra.get("relative") and not nxt.extra.get("relative"):
        low = low.replace(year=end.year if low.month <= end.month else end.year - 1)
    if not low < end or (end - low).days > 3653:
        return None
    start = cur.start
    if (lead_m := _RANGE_LEAD.search(lead)) is not None:
        start = cur.start - (len(lead) - lead_m.start())
    extra = {**cur.extra, **nxt.extra}
    if not nxt.extra.get("relative"):
        extra.pop("relative", None)
    return Mention("date", start, nxt.end, None, iso_to_day(low), nxt.high, qualifier="range", precision="month",
                   extra=extra)


# ---------------------------------------------------------------------------------------------
# Time anchors: the time a figure holds for.
# ---------------------------------------------------------------------------------------------

_CLOCK = r"\d{1,2}(?:[:.]\d{2})?[ ]?(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}|noon|midnight"
_WINDOW_UNITS = {"hour": 1 / 24, "hours": 1 / 24, "day": 1.0, "days": 1.0, "week": 7.0, "weeks": 7.0,
                 "month": 30.4375, "months": 30.4375, "year": 365.25, "years": 365.25}
_SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                  "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "twenty-four": 24,
                  "forty-eight": 48, "seventy-two": 72}
_ANCHORS = {
    "asof": (
        rf"as{_SP}(?:of|at){_SP}(?P<asof_what>(?:{_CLOCK})(?:{_SP}(?:local{_SP}time|kyiv{_SP}time|"
        rf"gmt|utc))?(?:,?{_SP}(?:on{_SP})?(?:{_WD_FULL}|today|yesterday|{_FULL_DAY}))?|{_FULL_DAY}|"
        rf"{_WD_FULL}(?:{_SP}(?:morning|afternoon|evening|night))?|today|yesterday|this{_SP}morning|"
        rf"{_MONTH}{_SP}{YEAR_RE}|{_MONTH}|{YEAR_RE})"
    ),
    "by": (
        rf"by{_SP}(?P<by_what>{_WD_FULL}(?:{_SP}(?:morning|afternoon|evening|night))?|"
        rf"(?:this|tomorrow|yesterday){_SP}(?:morning|afternoon|evening)|tonight|{_CLOCK})"
    ),
    "win": (
        rf"(?:in|over|during|within|for){_SP}(?:the{_SP})?+(?:last|past|previous){_SP}"
        rf"(?P<win_n>\d{{1,3}}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty-four|forty-eight"
        rf"|seventy-two)?{_OSP}(?P<win_unit>hours?|days?|weeks?|months?|years?)\b"
    ),
}
# Like the dates, each word tries only the phrases that can begin with it (re would try every offset).
_ANCHOR_SEARCH = WordDispatch(_ANCHORS, r"\b")


def expect_text(chars: int) -> None:
    """Told how much text a run will read: date searches that will pass their build point build it first."""
    _DATE_SEARCH.expect(chars)
    _ANCHOR_SEARCH.expect(chars)


def find_time_anchors(text: str, lower: str, published: dt.date | None) -> list[Mention]:
    """Phrases that fix the time a figure holds for: "as of 2:00 p.m.", "by Wednesday morning",
    "in the last 24 hours" (a rolling window ending at the publication date, extra["window_days"])."""
    found: list[Mention] = []
    for m in _ANCHOR_SEARCH.finditer(lower):
        extra: dict = {"as_of": True}
        phrase = m.lastgroup  # each word's pattern holds only the groups of its own phrases
        if phrase == "win":
            unit = m["win_unit"]
            n_text = m["win_n"]
            n = 1 if n_text is None else (int(n_text) if n_text.isdigit() else _SMALL_NUMBERS[n_text])
            extra["window_days"] = n * _WINDOW_UNITS[unit]
            extra["window"] = True
            value = None
            if published is not None:
                # The window ends at publication: "the last 24 hours" covers that day and the one before.
                high = iso_to_day(published)
                value = DateValue(high - math.ceil(extra["window_days"]), high, "day", True)
            found.append(_mention(m.start(), m.end(), value, **extra))
            continue
        what = m["asof_what"] if phrase == "asof" else m["by_what"]
        clock = re.match(_CLOCK, what)
        if clock:
            extra["time"] = clock[0]
            rest = what[clock.end():].lstrip(" ,")
            rest = re.sub(rf"^(?:local{_SP}time|kyiv{_SP}time|gmt|utc),?{_OSP}", "", rest)
            rest = re.sub(rf"^on{_SP}", "", rest)
            what = rest or "today"
        if phrase == "by":
            extra["by"] = True
        part = _PART_OF_DAY.search(what)
        if part:
            extra["part_of_day"] = part[1]
            what = _PART_OF_DAY.sub("", what).strip() or "today"
            if what == "this":
                what = "today"
        dates = find_dates(what, what, published) if what not in ("today", "tonight") else []
        if what in ("today", "tonight"):
            value = parse_date("today", published) if published else None
        elif dates and dates[0].low is not None:
            d = dates[0]
            value = DateValue(d.low, d.high, d.precision or "day", bool(d.extra.get("relative")))
        else:
            value = parse_date(what, published, fallback=False)
        found.append(_mention(m.start(), m.end(), value, **extra))
    return found
