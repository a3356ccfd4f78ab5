"""From one source text to its claims: find figures, resolve overlaps, attach what each is about."""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import functools
import gc
import math
import re
from collections import Counter
from dataclasses import replace
from typing import get_args

from pydantic import TypeAdapter

from checker.extract.currency import bare_family, local_currency, names_kinds
from checker.extract.datelines import dateline_day, opening_dateline
from checker.extract.dates import WILL_IN_A_NAME, find_dates, find_time_anchors, stated_date
from checker.extract.density import DENSE_FIGURES, DENSE_WINDOW, blank_dense, dense_stretches
from checker.extract.document import Document, Sentence
from checker.extract.durations import find_durations
from checker.extract.frames import (ANOTHER, EARLIER_VALUE, ORDINAL_WORDS, PART, SINCE, TALLIES, UNNAMED_MEASURES,
                                    changed_from, changed_object, duration_event_of, duration_noun_of, event_of,
                                    event_place_of, hypothetical, lasting_event_of, read_count, read_measure,
                                    read_unitless, reported_event_of, slug, story_place)
from checker.extract.measures import find_measures
from checker.extract.mention import Mention
from checker.extract.numbers import DEFAULT_POLICY, NUMBER_WORD_PATTERN, find_none, find_numbers, parse_number
from checker.extract.scores import find_scores
from checker.extract.words import (AUXILIARIES, CALENDAR_WORDS, DETERMINERS, FUNCTION_WORDS, NOUN, PREPOSITIONS,
                                   PRONOUNS, SUBORDINATORS, VERB, classes, superlative_before, verb_lemma)
from checker.model import Claim, Extraction, Qualifier, Source, day_to_iso, iso_to_day
from checker.normalize.dates import MONTH_RE, WEEKDAYS
from checker.normalize.places import gazetteer
from checker.normalize.units import DENSITY_AREA, DENSITY_PER, UNIT_DIMENSION, convert, unit_for_token
from checker.vocabulary import Vocabulary, lemma, load_vocabulary

__all__ = ["read_source", "extract_claims", "find_mentions"]

# When spans overlap, the more specific reading wins: a date over a duration over a measure over a bare number.
_PRIORITY = {"date": 0, "duration": 1}
_ROLE_WINDOW = 8


def find_mentions(text: str, lower: str, published: dt.date | None, policy=None) -> list[Mention]:
    """Every figure in a text, overlaps resolved, in text order."""
    found = [
        *find_dates(text, lower, published),
        *find_durations(text, lower),
        *find_measures(text, lower),
        *find_numbers(lower, policy or DEFAULT_POLICY, text=text),
        *find_none(lower),
        *find_scores(text, lower),
    ]
    found.sort(key=lambda m: (_PRIORITY.get(m.kind, 2 if m.kind != "number" else 3), -(m.end - m.start), m.start))
    # One byte per character marks what a kept mention covers: overlap checks stay linear.
    covered = bytearray(len(text) + 1)
    kept = []
    for m in found:
        if 1 in covered[m.start : m.end]:
            continue
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        kept.append(m)
    kept.sort(key=lambda m: (m.start, m.end))
    return kept


def read_source(source: Source, text: str, vocabulary: Vocabulary | None = None, policy=None) -> Extraction:
    """Everything judging needs from one source's text, read in one pass: its claims, each tied to its exact
    span, and the places, stand-in date, conversions and notices that go with them."""
    with _collector_paused():
        return _read(source, text, vocabulary or load_vocabulary(), policy)


def _read(source: Source, text: str, voc: Vocabulary, policy) -> Extraction:
    stretches = dense_stretches(text)
    doc = Document(blank_dense(text, stretches), voc)
    claims = _extract_claims(doc, source, policy)
    unplaced = any(c.subject is None and c.area is None for c in claims)
    conversions = _conversions(doc.text, claims)
    return Extraction(
        claims=_bounds_converted(claims, conversions),
        places=_places_named(doc) if unplaced else None,
        stated=stated_date(doc.lower) if source.published is None else None,
        conversions=conversions,
        sentences=tuple((c.start, doc.sentence_at(c.start).start) for c in claims),
        notices=_dense_notice(source, text, stretches),
    )


def extract_claims(source: Source, text: str, vocabulary: Vocabulary | None = None, policy=None) -> list[Claim]:
    """The claims one source makes, each tied to its exact span of the text."""
    return read_source(source, text, vocabulary, policy).claims


@contextlib.contextmanager
def _collector_paused():
    """The cyclic garbage collector off while one text is read: extraction makes hundreds of thousands
    of short-lived, acyclic objects on a long text, and each full collection walks every live object
    (a third of the time on a megabyte). Whatever is garbage is collected after, as usual: the reading's
    frame is gone by then, so the first collection walks only what the reading returned."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _places_named(doc: Document) -> tuple[str, ...]:
    """Every place the text names, sorted."""
    if not doc.vocabulary.places:
        return ()
    return tuple(sorted({m.value.name for sentence in doc.sentences for m in doc.places_named(sentence)}))


# What may stand between a figure and its restatement in another unit: "-25°C (-11°F)", "20 km, or 12
# miles,", "5 mi / 8 km".
_CONVERSION_GAP = 40
# What stands between a figure and its conversion: a bracket, "or", a slash; after what it is of, if it says
# ("1.5 terabytes of data (about 150 gigabytes)"), and what it is per ("5,600 people per square kilometre, or about
# 2,200 per square mile").
_BETWEEN = re.compile(r"\s*(?:of\s+[a-z]+(?:\s+[a-z]+)?\s*)?(?:(?:per|an?)\s+(?:square\s+|sq\s+)?[a-z]+\s*)?"
                      r"(?:\(|,\s*or\s+|/|\bor\b|\s[-–—]|—)\s*"
                      r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$")


def _conversions(text: str, claims: list[Claim]) -> tuple[tuple[int, int], ...]:
    """(end, start) of each figure and the one right after it that restates it in another unit."""
    found = []
    ordered = sorted((c for c in claims if c.kind in ("quantity", "duration")), key=lambda c: c.start)
    for a, b in zip(ordered, ordered[1:]):
        if a.kind == b.kind and 0 <= b.start - a.end <= _CONVERSION_GAP and _BETWEEN.match(text, a.end, b.start) \
                and _per(a.metric) == _per(b.metric):
            found.append((a.end, b.start))  # "£3.4bn, or 245p a share": a total and its rate, no conversion
    return tuple(found)


def _bounds_converted(claims: list[Claim], conversions: tuple[tuple[int, int], ...]) -> list[Claim]:
    """Claims where a restatement in another unit takes the bound of the figure it restates: "rises above 40C
    (104F)" is above 104F too, "less than 50 metres (164ft)" less than 164ft; its scope: "The largest single
    fine, £1.4 million ($1.8 million)" is one of the fines in dollars too; and its place: "Seattle 42.2C (108F)"."""
    if not conversions:
        return claims
    by_end = {c.end: c for c in claims if c.kind == "quantity"}
    restated = {start: by_end.get(end) for end, start in conversions}
    out = []
    for c in claims:
        first = restated.get(c.start) if c.kind == "quantity" else None
        if first is not None and first.scope is not None and c.scope is None:
            c = c.model_copy(update={"scope": first.scope})
        if first is not None and (c.subject, c.area) != (first.subject, first.area):
            c = c.model_copy(update={"subject": first.subject, "area": first.area})
        if first is not None and c.qualifier == "exact" and first.qualifier != "exact" and None not in (
                c.value, first.value):
            shift = c.value - first.value  # the same figure: its interval moves by the conversion's rounding
            c = c.model_copy(update={
                "qualifier": first.qualifier, "low_inclusive": first.low_inclusive,
                "high_inclusive": first.high_inclusive,
                "low": None if first.low is None else float(f"{first.low + shift:.12g}"),
                "high": None if first.high is None else float(f"{first.high + shift:.12g}")})
        out.append(c)
    return out


def _per(metric: str) -> str:
    """What a rate's metric is per ("money.per_share": "share"); "" for no rate."""
    return metric.partition(".per_")[2]


def _dense_notice(source: Source, text: str, stretches: list[tuple[int, int]]) -> tuple[str, ...]:
    """What the reader is told of stretches too dense with figures to be prose, which were not read."""
    if not stretches:
        return ()
    line = text.count("\n", 0, stretches[0][0]) + 1
    size = sum(end - begin for begin, end in stretches)
    return (f"{source.id}: {size:,} characters from line {line} were not read ({len(stretches)} "
            f"stretch{'es' if len(stretches) > 1 else ''} with {DENSE_FIGURES} figures or more in "
            f"{DENSE_WINDOW:,} characters: a table or junk, not prose)",)


def _extract_claims(doc: Document, source: Source, policy) -> list[Claim]:
    text = doc.text
    published = source.published_date
    filed = source.filed or (dateline_day(text, published) if published is not None else None)
    if filed is not None and filed != published:
        # "NUKU'ALOFA, Dec 4 (Reuters) -" at 15:00 UTC on December 3: the day the story was filed on where it
        # was written is its day; its weekdays and undated figures are read from there
        source, published = source.model_copy(update={"published": filed}), filed
    mentions = _changes_apart(doc, find_mentions(text, doc.lower, published, policy))
    mentions = _with_event_years(doc, mentions)
    mentions = _with_years_referred_back(doc, mentions, source.news_day)
    mentions = _with_fronted_years(doc, mentions)
    mentions = _with_past_years_owning(doc, mentions, source.news_day)
    if published is not None:
        mentions = [_ahead(doc, m, published) if m.kind == "date" and m.extra.get("relative") else m for m in mentions]
    # What may date a figure: a time anchor ("as of", "by", "in the last 24 hours") or a date that
    # belongs to no event ("in February 2025"); a date of an event ("Tuesday's assault") dates the event.
    dates_by_sentence = _Times(text)
    news_day = source.news_day
    # An event dated more than a year before the story is another occasion ("the 1987 collision of the Dona
    # Paz killed more than 4,300"): it dates the figures of its own clause.
    dates_by_sentence.background_before = iso_to_day(news_day - dt.timedelta(days=366)) if news_day else None
    # Each date's metric by id(mention), read here once and again by its claim.
    date_metrics: dict[int, str | None] = {}
    # How many dates each sentence states: a statement's date is its event's only in a sentence with no other.
    dated = {id(m) for m in mentions if m.kind == "date"}
    dates_in = Counter(doc.sentence_at(m.start).start for m in mentions if m.kind == "date")
    # "at 18:05 local time on Wednesday (00:05 BST on Thursday)": the same moment told in another zone, a date of
    # no event that dates no figure
    restated = {id(m) for m in mentions if m.kind == "date" and _zone_aside(text, m)}
    date_metrics.update(dict.fromkeys(restated, "date"))
    mentions_dating = [m for m in mentions if id(m) not in restated] if restated else mentions
    anchors = [_anchor_ahead(a, mentions_dating) for a in find_time_anchors(text, doc.lower, published)]
    for m in [*mentions_dating, *anchors]:
        if m.kind != "date" or (m.value is None and m.low is None) or _year_as_modifier(text, m):
            continue
        sentence = doc.sentence_at(m.start)
        if not m.extra.get("as_of"):
            alone = dates_in[sentence.start] - (id(m) in dated) == 0
            metric = date_metrics[id(m)] = _date_metric(doc, sentence, m, alone)
            compares = _comparison_term(sentence, m, doc.vocabulary.lexicon.changes)
            if metric not in ("date", None) and not _before_when(sentence, m) and not compares \
                    and event_of(doc, sentence, m)[1] != ANOTHER:
                dates_by_sentence.events.setdefault(sentence.start, []).append(m)
                continue  # an event's date dates the event, unless a "when" clause follows it ("1992, when 167 died"),
                # or the event is one more of its kind ("A storm on May 5 grounded 11 flights"), whose figures it dates
            if compares and not _before_when(sentence, m):
                i = sentence.word_index(m.start)
                if sentence.texts[i - 1] == "since":
                    dates_by_sentence.since[sentence.words[i - 1].start] = m
                owned = _OWNED_FIGURE.match(doc.text, m.end)
                if owned is not None:
                    dates_by_sentence.owned[owned.end()] = m  # "surpassing last year's 4.3 million": that one's
                continue  # "the highest turnout since 2008", "up 7% from a year earlier": not when a figure holds
            compared = _date_of_compared(sentence, m)
            if compared is not None:
                dates_by_sentence.compared[compared] = m  # "up from 38,000 in 2024": the 38,000's date only
                continue
        if not dates_by_sentence.long_before(m) and _in_since_clause(sentence, m):
            # "Four miners have died since the roof collapsed early Tuesday": a span's start, not a time; a
            # background event's year dates its own figures ("since the complex collapsed in 2013, killing 1,100")
            continue
        dates_by_sentence.add(sentence.start, m, _opens_clause(doc, sentence, m))
    fields = []
    # The claim of the earlier value of a change taken apart (or of by how much it changed), until its reached
    # figure is read.
    earlier, by = None, False
    for m in mentions:
        # An official's quoted words carry figures ("the toll has been fixed at 275," Jena said), read like
        # any other; quoted dates and spans of time are as often rhetoric ("a week has 4 days instead of 7").
        if doc.is_boilerplate(m.start) or (m.kind in ("date", "duration") and doc.in_quotation(m.start, m.end)):
            continue
        claim = _claim(doc, source, m, dates_by_sentence, date_metrics)
        if claim is None:
            continue
        if m.extra.get("earlier_value") or m.extra.get("change_by"):
            earlier, by = claim, bool(m.extra.get("change_by"))
        elif m.extra.get("reached") and earlier is not None:
            _name_change(earlier, claim, by)
            earlier = None
        fields.append(claim)
    _first_told_values(doc, fields)
    _days_of_one_sentence(doc, fields)
    _local_money(doc, fields)
    _local_degrees(doc, fields)
    _densities_per_km2(fields)
    _restated_places(fields)
    # Validated together, as a list: one call into pydantic per text instead of one per claim.
    return _claims_adapter().validate_python(fields)


# Words that say a figure was the first one told ("first measured the quake at magnitude 7.4"), and verbs that
# revise it ("later upgraded it to 7.6").
_FIRST_TOLD = frozenset("first initially originally earlier previously".split())
_REVISING = frozenset("revise upgrade downgrade raise lower correct update adjust amend increase cut".split())


def _first_told_values(doc: Document, fields: list[dict]) -> None:
    """A figure its clause calls the first told, before one of its figure that a verb of revising gives "to":
    "first measured the quake at magnitude 7.4, later upgraded it to 7.6" makes the 7.4 the earlier value; in
    place."""
    for a, b in zip(fields, fields[1:]):
        if a["kind"] != "quantity" or a["metric"] != b["metric"] or a["scope"] is not None or b["scope"] is not None:
            continue
        sentence = doc.sentence_at(a["start"])
        if sentence is not doc.sentence_at(b["start"]):
            continue
        texts = sentence.texts
        i, j = sentence.word_index(a["start"]), sentence.word_index(b["start"])
        lo = sentence.word_index(sentence.clause_of(a["start"])[0])
        if _FIRST_TOLD.isdisjoint(texts[lo:i]) or j < 2 or texts[j - 1] != "to":
            continue
        if any(verb_lemma(t) in _REVISING for t in texts[max(i + 1, j - 5) : j - 1]):
            a["scope"] = EARLIER_VALUE


def _days_of_one_sentence(doc: Document, fields: list[dict]) -> None:
    """Counts of one figure that one sentence gives for different days ("610 flights would be cancelled on Thursday
    and 530 on Friday") are each counted over its own day, not readings of a running total; in place."""
    by_figure: dict[tuple, list[dict]] = {}
    for f in fields:
        if f["kind"] == "quantity" and f["unit"] == "count" and f["scope"] is None and f["as_of_stated"] \
                and f["as_of"] and len(f["as_of"]) == 10:
            by_figure.setdefault((doc.sentence_at(f["start"]).start, f["metric"]), []).append(f)
    for told in by_figure.values():
        # not "the toll rose from 12 on Monday to 20 on Tuesday": a running total's readings
        changed = any(doc.lower.endswith(("from ", "to "), 0, f["start"]) for f in told)
        if len({f["as_of"] for f in told}) == len(told) > 1 and not changed:
            for f in told:
                f["window_days"] = f["window_days"] or 1.0


def _story_country(doc: Document) -> str | None:
    """The country a text's story happens in: its story place's, else the one most of its places lie in, named
    twice at least (a place told once in passing, "a Singapore trading firm owed $214m", sets no currency)."""
    story = story_place(doc)
    names = [story] if story else [m.value.name for s in doc.sentences for m in doc.places_named(s)]
    gaz = gazetteer()
    countries = Counter(place.country for name in names if (place := gaz.place(name)) is not None and place.country)
    top = countries.most_common(1)
    return top[0][0] if top and top[0][1] * 2 > sum(countries.values()) and (story or top[0][1] > 1) else None


def _restated_places(fields: list[dict]) -> None:
    """A figure told with no place takes the place its own text gives the same figure elsewhere: a headline's
    "recalls 2.14 million vehicles" is the body's "about 2.14 million vehicles worldwide", no figure of any place
    the text names; in place. A figure the text places two ways keeps none."""
    placed: dict[tuple, set[str]] = {}
    for f in fields:
        if f["kind"] == "quantity" and f["subject"] is not None:
            placed.setdefault((f["metric"], f["unit"], f["value"]), set()).add(f["subject"])
    for f in fields:
        if f["kind"] == "quantity" and f["subject"] is None and f.get("area") is None:
            places = placed.get((f["metric"], f["unit"], f["value"]))
            if places is not None and len(places) == 1:
                f["subject"] = next(iter(places))


def _local_money(doc: Document, fields: list[dict]) -> None:
    """Sums written with a bare "$", "pesos", "Rs" or "£" in the currency of the story's own country, when the text
    names no kind of it (a local paper's "$61.5 billion" in a Canberra story); in place."""
    country: list[str | None] = []  # the story's country, looked up on the first bare sum
    named: dict[str, bool] = {}  # whether the text names kinds of a family, searched once per family
    for f in fields:
        if f["kind"] != "quantity" or not f["unit"] or len(f["unit"]) != 3:
            continue
        family = bare_family(f["quote"], f["unit"])
        if family is None:
            continue
        if family not in named:
            named[family] = names_kinds(doc.text, family)
        if named[family]:
            continue  # a text that names kinds of dollar ("A$", "US$") means the international one by "$"
        if not country:
            country.append(_story_country(doc))
        local = local_currency(country[0], family)
        if local is not None:
            f["unit"] = local


def _densities_per_km2(fields: list[dict]) -> None:
    """Densities told per square mile, metre or foot ("per_square_mile"), as per square kilometre: "14,500 people per
    square mile" is another source's "5,600 people per square kilometre"; in place."""
    for f in fields:
        base, _, per = f["metric"].partition(".per_")
        area = unit_for_token(per.replace("_", " ")) if per.startswith(("square_", "sq_")) else None
        if f["kind"] != "quantity" or area is None or UNIT_DIMENSION.get(area) != "area":
            continue
        f["metric"] = f"{base}.per_{DENSITY_PER}"
        square_km = convert(1.0, area, DENSITY_AREA)
        for key in ("value", "low", "high"):
            if f.get(key) is not None and math.isfinite(f[key]):
                f[key] = float(f"{f[key] / square_km:.12g}")


# Countries whose weather is told in degrees Fahrenheit.
_FAHRENHEIT_COUNTRIES = frozenset("US LR BS BZ KY PW FM MH".split())


def _local_degrees(doc: Document, fields: list[dict]) -> None:
    """Bare degrees on the scale of the story's own country, when the text names none of its own ("Salem was even
    hotter at 117 degrees" in a story of Oregon is 117 °F; "40 degrees" in Seville is 40 °C); in place. Degrees of a
    story whose country is unknown stay of no scale."""
    bare = [f for f in fields if f["kind"] == "quantity" and f["unit"] == "degree"]
    country = _weather_country(doc) if bare else None
    if country is None:
        return
    fahrenheit = country in _FAHRENHEIT_COUNTRIES
    for f in bare:
        # A difference of degrees has no offset between the scales: 9 °F warmer is 5 °C warmer
        offset = 0.0 if f["metric"] and f["metric"].endswith(".change") else 32.0
        for key in ("value", "low", "high"):
            if fahrenheit and f[key] is not None:
                f[key] = float(f"{(f[key] - offset) * 5 / 9:.12g}")
        f["unit"], f["stated_unit"] = "degC", "degF" if fahrenheit else "degC"


# The names a dateline is written with, between its commas and brackets.
_DATELINE_NAMES = re.compile(r"[A-Z][A-Za-z'’. -]*[A-Za-z]")


def _weather_country(doc: Document) -> str | None:
    """The country whose weather a text tells: its dateline's ("CHICAGO (AP) —"), else its story's (_story_country),
    else the one more of its places lie in than any other, named twice at least."""
    gaz = gazetteer()
    found = opening_dateline(doc.text)
    # "PORTLAND, Ore. (AP) —", "SEVILLE, Spain (Reuters) -": its first name the gazetteer knows
    for name in _DATELINE_NAMES.findall(doc.text, found.start(), found.end()) if found is not None else ():
        place = gaz.place(name.title())
        if place is not None and place.country:
            return place.country
    story = _story_country(doc)
    if story is not None:
        return story
    countries = Counter(place.country for s in doc.sentences for m in doc.places_named(s)
                        if (place := gaz.place(m.value.name)) is not None and place.country)
    (top, n), *rest = countries.most_common(2) or [(None, 0)]
    return top if n >= 2 and (not rest or rest[0][1] < n) else None


# A sum restated at another year's prices: "£1.6bn in today's money", "$3bn in 2024 dollars", "adjusted for inflation".
_AT_ANOTHER_PRICE_LEVEL = re.compile(
    r"\s*,?\s*(?:(?:in|at)\s+(?:today[’']s|current|\d{4}|real)\s+(?:money|terms|prices|dollars|pounds|euros)\b"
    r"|(?:once\s+|when\s+|after\s+)?adjust(?:ed|ing)\s+for\s+inflation)", re.IGNORECASE)
# A time restated in another zone, in brackets: "at around 4:45 a.m. (2315 GMT Friday)", "at 18:05 local time on
# Wednesday (00:05 BST on Thursday)", "(7:05 p.m. local time Wednesday)".
_ZONES = (r"GMT|UTC|BST|CES?T|EES?T|[ECMP][SD]T|AK[SD]T|HST|IST|JST|KST|SGT|HKT|AE[SD]T|AC[SD]T|AWST|NZ[SD]T|MSK|WIB"
          r"|PHT|SAST|EAT|WAT|CAT")
_ZONE_ASIDE = re.compile(rf"\([^()\n]{{0,40}}(?:\b(?:{_ZONES})\b|\blocal time\b)[^()\n]{{0,40}}\)")


def _zone_aside(text: str, m: Mention) -> bool:
    """Whether a date stands in a bracket that restates a time in another zone: the same moment, whose day
    there may be another ("4:45 a.m. (2315 GMT Friday)" is Saturday's 4:45)."""
    opening = text.rfind("(", max(0, m.start - 40), m.start)
    if opening < 0 or ")" in text[opening:m.start]:
        return False
    return _ZONE_ASIDE.match(text, opening) is not None


# A year that modifies a noun: "the 1987 sinking", "a 2018 breach", "the 1996-built vessel".
# It starts with the year's digits and looks behind from there, so re skips from digit to digit.
_YEAR_BEFORE_NOUN = re.compile(r"(1[89]\d\d|20\d\d)(?<=[ ]\d{4})(?:-built)?[ ](?:(?P<nouns>[a-z]+(?:[ ][a-z]+){0,2})"
                               r"|(?P<name>[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,3})(?:[ ](?P<tail>[a-z]+))?)")
# "Its ballot that year drew a turnout of 53.3%", "later the same year": the year of the date before it. Each
# alternative starts with its word and looks behind from there, so re skips from "t" to "t".
_YEAR_REFERRED_BACK = re.compile(r"that(?<!\wthat) year\b|the same(?<!\wthe same) year\b|then(?<=[.!?] then)(?=,)"
                                 r"|then(?<=[a-z] then)(?<!since then)(?<!until then)(?<!and then)(?<!from then)"
                                 r"(?<!till then)(?=[,.])")


def _with_years_referred_back(doc: Document, mentions: list[Mention], news_day: dt.date | None) -> list[Mention]:
    """Mentions, with "that year" or "the same year" read as the year of the last date before it, which dates the
    figures of its clause as that date's year would ("since 2023, when ... . Its ballot that year drew a turnout
    of 53.3%"); so is a sentence's opening "Then," after a date of an earlier year ("in 2019, when six prisoners
    escaped. Then, three guards were suspended"), or a "then" ending a clause ("Cumbria was the worst-hit county
    then, with 893 of the 2,026 infected premises"), which after a date of this story tells what came next."""
    lower = doc.lower
    found = list(_YEAR_REFERRED_BACK.finditer(lower)) if "year" in lower or "then" in lower else []
    if not found:
        return mentions
    dates = [m for m in mentions if m.kind == "date" and (m.value if m.value is not None else m.low) is not None]
    added, moved = [], {}
    for ref in found:
        before = [m for m in dates if m.end <= ref.start()]
        if not before:
            continue
        told = before[-1]
        if ref.group() != "then" and lower.endswith(" of ", 0, ref.start()) and told.end == ref.start() - 4 \
                and told.extra.get("relative") and told.precision == "day" and len(before) > 1:
            # "The 2020 storm, which struck on June 13 of that year", "from May 14 to June 6 of that year": the
            # days of the year told before them
            year = int(day_to_iso(before[-2].value if before[-2].value is not None else before[-2].low)[:4])
            moved[id(told)] = _in_year(told, year) or told
            continue
        day = day_to_iso(told.value if told.value is not None else told.low)
        year = day[:4]
        if ref.group() == "then" and (news_day is None or int(year) >= news_day.year):
            continue
        added.append(Mention("date", ref.start(), ref.end(), None, iso_to_day(f"{year}-01-01"),
                             iso_to_day(f"{year}-12-31"), precision="year"))
    if moved:
        mentions = [moved.get(id(m), m) for m in mentions]
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end)) if added else mentions


# A year a sentence opens with, after a label if any: "(Flashback:) In 2019, Lightfoot beat Toni Preckwinkle in
# the April 2 runoff".
_FRONTED_YEAR = re.compile(r"(?:[a-z]+:[ ])?(?:in|by|during)[ ](?P<year>1[89]\d\d|20\d\d),[ ]")


def _with_fronted_years(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Mentions, with a day told without its year in a sentence that opens with a year ("In 2019, Lightfoot beat
    Toni Preckwinkle in the April 2 runoff") moved to that year: the sentence tells of then, not of this year."""
    moved = {}
    for m in mentions:
        if m.kind != "date" or not m.extra.get("relative") or m.precision not in ("day", "month"):
            continue
        sentence = doc.sentence_at(m.start)
        fronted = _FRONTED_YEAR.match(doc.lower, sentence.start)
        if fronted is not None and fronted.end() <= m.start:
            moved[id(m)] = _in_year(m, int(fronted["year"])) or m
    return [moved.get(id(m), m) for m in mentions] if moved else mentions


def _in_year(m: Mention, year: int) -> Mention | None:
    """A day or a range of days moved to a year, keeping its span's length; None for a day no year has."""
    def moved(day: float | None) -> float | None:
        if day is None:
            return None
        date = dt.date(1970, 1, 1) + dt.timedelta(days=int(day))
        return iso_to_day(date.replace(year=year))

    try:
        if m.value is not None:
            return replace(m, value=moved(m.value), low=moved(m.value), high=moved(m.value))
        low = moved(m.low)
        high = None if m.high is None else low + (m.high - m.low)
        return replace(m, low=low, high=high)
    except ValueError:
        return None


_YEAR_DETERMINERS = frozenset("the a an its their this that".split())


# Nouns of many that no plural ending marks: "the 2000 people who marched" counts them.
_COLLECTIVES = frozenset("people police staff personnel crew cattle livestock".split())


def _with_past_years_owning(doc: Document, mentions: list[Mention], news_day: dt.date | None) -> list[Mention]:
    """Mentions, with a date of an earlier year that owns a noun ("Last year's final in Berlin drew 12,500 fans")
    marked as that occasion's: it dates the figures of its clause, as a year before its noun does."""
    if news_day is None or "'s " not in doc.lower and "’s " not in doc.lower:
        return mentions
    first_day = iso_to_day(dt.date(news_day.year, 1, 1))
    out = []
    for m in mentions:
        high = m.high if m.high is not None else m.value
        if m.kind == "date" and high is not None and high < first_day and _OWNS_NOUN.match(doc.lower, m.end):
            m = replace(m, extra={**m.extra, "modifier": True, "past_owner": True})
        out.append(m)
    return out


# A possessive mark and the noun it goes with: "last year's final", "2019's edition".
_OWNS_NOUN = re.compile(r"['’]s\s+[a-z]")


def _occasion(match: re.Match) -> bool:
    """Whether the words after a year name one thing of that year, which no list need know: a singular noun ("the
    2019 festival", "the 2023 edition") or a name ("the 2024 U.S. Open"); "the 2000 people" counts."""
    if match["name"]:
        return True
    first = match["nouns"].split()[0]
    return first not in FUNCTION_WORDS and first not in _COLLECTIVES and bool(classes(first) & NOUN) \
        and lemma(first) == first


def _with_event_years(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Mentions, with the year of an event named as its noun's modifier ("the 1987 sinking of the Dona Paz
    killed more than 4,300") read as that event's date: it dates the event's figures as any date does."""
    events = doc.vocabulary.lexicon.events
    found = []
    lower, text = doc.lower, doc.text
    for match in _YEAR_BEFORE_NOUN.finditer(text):
        # The event's noun, after modifiers of its own ("a 2019 methane explosion", "the 2013 fertilizer plant
        # explosion"), or a named event's
        nouns = match["nouns"].split() if match["nouns"] else [match["tail"], match["name"].rsplit(" ", 1)[-1].lower()]
        before = (lower[max(0, match.start() - 12) : match.start()].split() or [""])[-1].lstrip("\"“‘'(")
        # "the 1987 sinking", "British Airways' 2017 outage", "Britain's 2016 referendum"
        if (before not in _YEAR_DETERMINERS and not before.endswith(("'s", "’s", "s'", "s’"))) \
                or not any(noun and events.get((lemma(noun),)) for noun in nouns) and not _occasion(match):
            continue
        year = int(match[1])
        low, high = iso_to_day(dt.date(year, 1, 1)), iso_to_day(dt.date(year, 12, 31))
        found.append(Mention("date", match.start(1), match.end(1), None, low, high, precision="year",
                             extra={"modifier": True}))
    if not found:
        return mentions
    years = {(m.start, m.end) for m in found}
    # The year's bare number gives way to it; any other reading of its span stands.
    kept = [m for m in mentions if m.kind != "number" or (m.start, m.end) not in years]
    taken = {(m.start, m.end) for m in kept}
    return sorted([*kept, *(m for m in found if (m.start, m.end) not in taken)], key=lambda m: (m.start, m.end))


# What a time told as a gap is a gap to: "4.312 seconds ahead of Tomas Okafor", "11.8 seconds behind the winner".
_GAP_TO = re.compile(r"[ ](?:ahead[ ]of|clear[ ]of|in[ ]front[ ]of|adrift[ ]of|behind)[ ](?:the[ ])?"
                     r"(?P<who>[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)*|[a-z]+)")
# "since" right after a time: the time runs from the day its clause names to the telling.
_SINCE_AFTER = re.compile(r"[ ]since[ ]")
# A named contestant, a verb of finishing and, past a few words of what was run ("the women's race"), "in" right
# before a time: "Berhane Adere won the women's race in", "Pirtea finished in", "Ivuti clocked".
_FINISHED_IN = re.compile(r"(?P<who>[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)*)[ ](?:won|finished|clocked|crossed "
                          r"the line|came home)(?:[ ](?:the|a|an|his|her|their)[ ][\w'’ -]{1,30}?)?[ ](?:in[ ]"
                          r"(?:a[ ]time[ ]of[ ])?)?\Z")
_POSSESSOR = re.compile(r"^[A-Z][\w-]*['’]s[ ]")


def _finisher(text: str, lo: int, at: int) -> str | None:
    """The contestant a time right after a verb of finishing is of: "Ethiopia's Berhane Adere won the women's race
    in 2:33:49" -> "Berhane Adere"; None where no name stands right before the verb ("He finished in 2:10")."""
    found = _FINISHED_IN.search(text, max(lo, at - 120), at)
    if found is None or found["who"].lower() in PRONOUNS or found["who"].lower() in DETERMINERS:
        return None  # "He finished in 2:10": whose time, another sentence says
    return _POSSESSOR.sub("", found["who"]) or None


# Words that put what follows them in their clause ahead of the telling: "the search would resume on Sunday".
_FUTURE = frozenset("will would shall 'll scheduled".split())
# Words of expecting in the present, which look ahead as "will" does: "expects to confirm more tornadoes on
# Wednesday", "storms are possible on Friday", "the ruling is expected on Thursday" ("was expected" looks back).
_EXPECTING = frozenset("expects expect possible likely upcoming".split())
# Verbs of expecting that look ahead only with their own "to": "expects to confirm ... on Wednesday", not
# "expects the walkout on Friday to be more costly" (a Friday gone).
_EXPECTING_TO = frozenset("expects expect".split())
# Words that speak ahead only where the word after them says so: "could make his debut on Saturday" (not "could
# not be reached"), "results are due on Tuesday" (not "due to the storm").
_SCHEDULING = frozenset({"could", "due"})
_WEEKDAYS = frozenset(name for name in WEEKDAYS if name.endswith("day"))
_NOT_AHEAD_AFTER = {"could": frozenset({"not", "n't", "have", "be"}), "due": frozenset({"to"})}
# Verbs of a scheduled happening in the present tense, right before "on" and a weekday: "the strike continues on
# Tuesday", "the festival opens on Friday". Only verbs that are no nouns ("talks on Tuesday" may be past ones).
_SCHEDULED_PRESENT = frozenset("continues opens begins reopens starts resumes closes ends continue begin reopen "
                               "resume runs lasts".split())


def _expects_ahead(texts: list[str], k: int) -> bool:
    """Whether word k is a word of expecting that looks ahead ("possible", "expects to", "is expected")."""
    if texts[k] == "expected":
        return k > 0 and texts[k - 1] in ("is", "are", "'s")  # "the ruling is expected on Thursday"
    return texts[k] in _EXPECTING and (texts[k] not in _EXPECTING_TO or texts[k + 1 : k + 2] == ["to"])


def _speaks_ahead(texts: list[str]) -> bool:
    """Whether the words of a clause before its weekday speak of what is to come."""
    if not _FUTURE.isdisjoint(texts) or any(_expects_ahead(texts, k) for k in range(len(texts))):
        return True
    if len(texts) >= 2 and texts[-1] in ("on", "until", "till", "through") and texts[-2] in _SCHEDULED_PRESENT \
            and texts[-3:-2] != ["the"]:
        return True  # "fares begin on Monday", "free rides continue until Sunday night"
    # "bonds due 2027 rose on Thursday": a maturity, no time ahead of the telling
    return any(word in _SCHEDULING and (k + 1 == len(texts) or texts[k + 1] not in _NOT_AHEAD_AFTER[word]
                                        and not texts[k + 1][0].isdigit())
               for k, word in enumerate(texts))


def _told_in_past(texts: list[str]) -> bool:
    """Whether a clause after the last word of the future speaks of the past right before its weekday: "will
    eliminate 7,000 jobs, up from the 6,200 it estimated when it filed on Tuesday"."""
    ahead = max((k for k, t in enumerate(texts) if t in _FUTURE or t in _SCHEDULING), default=-1)
    return any(t in _PAST_CLAUSE_OPENERS and any(w in _PAST_FORMS or w.endswith("ed") for w in texts[k + 1 : k + 3])
               for k, t in enumerate(texts) if k > ahead)


_WILL_IN_A_NAME = re.compile(WILL_IN_A_NAME)


def _ahead(doc: Document, m: Mention, published: dt.date) -> Mention:
    """A weekday read as the last one up to publication, moved to the next one when its clause speaks of what
    is to come ("the search would resume at 5 a.m. on Sunday", told on a Saturday)."""
    today = iso_to_day(published)
    if m.precision != "day" or m.value is None or m.value >= today:
        return m  # a weekday that is the day of publication is today ("would be cancelled on Saturday")
    if any(char.isdigit() for char in doc.text[m.start : m.end]):
        return m  # "will pay ... the closing price on Friday, March 13": its day is written out
    sentence = doc.sentence_at(m.start)
    if _FUTURE.isdisjoint(sentence.forms) and _SCHEDULING.isdisjoint(sentence.forms) \
            and _SCHEDULED_PRESENT.isdisjoint(sentence.forms) and _EXPECTING.isdisjoint(sentence.forms) \
            and "expected" not in sentence.forms:
        return m  # most sentences tell nothing to come
    lo, _ = doc.strong_clause(sentence, m.start)
    a, b = sentence.word_index(lo), sentence.word_index(m.start)
    texts = [text for word, text in zip(sentence.words[a:b], sentence.texts[a:b])
             if not _WILL_IN_A_NAME.match(doc.text, word.start)]  # "at Will Rogers World Airport": a name
    while len(texts) > 2 and texts[-1] in ("and", "or") and texts[-2] in _WEEKDAYS:
        texts = texts[:-2]  # "continues on Tuesday and Wednesday": the second day as the first
    said = max((k for k, t in enumerate(texts) if t in _SAYING and texts[k - 1 : k] not in (["be"], ["been"])),
               default=-1)
    texts = texts[said + 1 :]  # "the consortium that will run the line said 185,000 rode it on Saturday": what was said
    if not texts or texts[-1] not in ("on", "by", "until", "till", "through") or not _speaks_ahead(texts) \
            or _after_reporting_verb(sentence, m) or _told_in_past(texts):
        return m  # "after Tuesday's strike", "said on Friday": days gone
    later = m.value + 7
    if later <= today:
        return m  # a date a week or more back is no weekday of the coming days
    return replace(m, value=later, low=later, high=later)


def _year_as_modifier(text: str, m: Mention) -> bool:
    """Whether a date is a year joined to a word that makes it a kind of thing ("the 2009-built tanker", "its
    1970s-era reactors"): it dates no figure of its sentence."""
    return text[m.end : m.end + 1] == "-" and text[m.end + 1 : m.end + 2].isalpha() and m.precision == "year"


def _anchor_ahead(anchor: Mention, mentions: list[Mention]) -> Mention:
    """A time anchor around a weekday is the day its date reads in its sentence, which knows whether the day is
    one to come ("8 km more will be laid by Friday"); the anchor's own phrase, read alone, looks back."""
    inner = next((d for d in mentions if d.kind == "date" and d.extra.get("relative") and d.precision == "day"
                  and anchor.start <= d.start and d.end <= anchor.end), None)
    if inner is None or anchor.precision != "day" or inner.value is None:
        return anchor
    return replace(anchor, value=inner.value, low=inner.low, high=inner.high)


def _name_change(earlier: dict, reached: dict, by: bool) -> None:
    """One name for a change's two figures: the reached figure's, unless only the earlier one's says what it
    is ("revenue grew from $2 billion to $3 billion"); the earlier one is the figure's earlier value, or by
    how much it changed ("rose 3% to 14.2%")."""
    change = ".decrease.change" if by and (earlier["metric"] or "").endswith(".decrease.change") else ".change"
    named = earlier["metric"].removesuffix(change) if by and earlier["metric"] else earlier["metric"]
    metric = reached["metric"]
    if metric in UNNAMED_MEASURES and named not in UNNAMED_MEASURES:
        metric = named
    reached["metric"] = metric
    if by:
        earlier["metric"] = f"{metric}{change}"
    else:
        earlier["metric"], earlier["scope"] = metric, EARLIER_VALUE


def _changes_apart(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Mentions, with each "from A to B" that follows a word of change ("the toll rose from 200 to 300",
    "unemployment fell from 4.1% to 3.9%") taken apart: B is the figure reached, A its earlier value,
    not the ends of a range."""
    out = []
    for m in mentions:
        ends = m.extra.get("ends")
        if ends is None or not changed_from(doc, doc.sentence_at(m.start), m.start):
            out.extend(_change_and_level(doc, m) or (m,))
            continue
        a_start, a_end, a_value, b_start, b_end, b_value = ends
        extra = {k: v for k, v in m.extra.items() if k not in ("ends", "low_original_value", "low_text", "high_text")}
        changed = changed_object(doc, doc.sentence_at(m.start), m.start)
        if changed is not None:
            extra["changed"] = changed  # "raised the retirement age from 62 to 64": both are the age's
        earlier = dict(extra, earlier_value=True)
        if "original_value" in extra:
            earlier["original_value"] = m.extra.get("low_original_value", a_value)
        out.append(Mention(m.kind, a_start, a_end, a_value, a_value, a_value, True, True, m.unit, "exact",
                           m.precision, m.noun, earlier))
        out.append(Mention(m.kind, b_start, b_end, b_value, b_value, b_value, True, True, m.unit, "exact",
                           m.precision, m.noun, dict(extra, reached=True)))
    return out


_BARE_NUMBER = re.compile(r"[\d.,]+")


def _change_and_level(doc: Document, m: Mention) -> tuple[Mention, Mention] | None:
    """ "rose 3% to 14.2%", "fell $3 to $14.20": by how much a figure changed and the level it reached, not
    a range, where both ends are written with their unit right after a word of change ("fell 2 to 3 percent"
    stays a range)."""
    if m.value is not None or m.low is None or m.high is None or m.kind not in ("percent", "money") \
            or not changed_from(doc, doc.sentence_at(m.start), m.start):
        return None
    quote = doc.text[m.start : m.end]
    k = quote.find(" to ")
    if k <= 0 or quote.find(" to ", k + 1) >= 0 or _BARE_NUMBER.fullmatch(quote[:k]):
        return None
    extra = {key: v for key, v in m.extra.items() if key not in ("low_original_value", "low_text", "high_text")}
    by = dict(extra, original_value=m.extra.get("low_original_value", m.low), change_by=True)
    return (Mention(m.kind, m.start, m.start + k, m.low, m.low, m.low, True, True, m.unit, "exact", m.precision,
                    m.noun, by),
            Mention(m.kind, m.start + k + 4, m.end, m.high, m.high, m.high, True, True, m.unit, "exact", m.precision,
                    m.noun, dict(extra, reached=True)))


@functools.cache
def _claims_adapter() -> TypeAdapter:
    return TypeAdapter(list[Claim])


def _claim(doc: Document, source: Source, m: Mention, dates_by_sentence, date_metrics) -> dict | None:
    """The fields of the claim a mention makes, or None."""
    sentence = doc.sentence_at(m.start)
    start, end, side, metric, frame, scope, event = m.start, m.end, None, None, None, None, None
    unit = m.unit
    sign = _NOT_A_MINUS.match(doc.lower, m.start)
    if m.kind in ("number", "percent") and m.qualifier == "exact" and m.value is not None and m.value < 0 and sign \
            and (sign["dash"] and not doc.text[max(0, m.start - 1) : m.start].isalnum()
                 or sign["word"] and doc.lower.endswith("plus or ", 0, m.start)):
        # "232 people - 204 passengers and 28 crew", "over 65 - 21.4 percent": a dash between phrases, not a minus;
        # "plus or minus 2.2 points": a margin either way
        extra = dict(m.extra, original_value=-m.value) if "original_value" in m.extra else m.extra
        m = Mention(m.kind, sign.end(), m.end, -m.value, -m.value, -m.value, True, True, m.unit, m.qualifier,
                    extra=extra)
        start = m.start
    holder = _person_of_age(doc, sentence, m) if m.kind in ("number", "age") else None
    if holder is not None:
        # "Tyler Brandt, 19,", "the 19-year-old Tyler Brandt": a named person's age, one figure per person
        kind, metric, scope, unit = "quantity", "person.age", holder, "count"
    elif m.kind == "number":
        frame = read_unitless(doc, sentence, m)
        if frame is None:
            frame = read_count(doc, sentence, m, doc.frames_in(sentence))
            if frame is None:
                return None
            if m.value is not None and 0 < m.value < 1:
                return None  # "a fourth victim" is the fourth one, "a third of the homes" a share: no count
            info = doc.vocabulary.lexicon.measure_info.get(frame.metric)
            unit = None if info is not None and info.unitless else "count"  # "later upgraded it to 7.6": a magnitude
            if frame.end <= m.end:  # a number with no noun of its own
                frame = _of_changed(doc, sentence, m, frame)
        if not frame.size:
            doc.add_frame(sentence, frame)
        start, end, side, metric, scope = frame.start, frame.end, frame.side, frame.metric, frame.scope
        kind = "quantity"
    elif m.kind == "date":
        kind = "date"
        metric = date_metrics[id(m)] if id(m) in date_metrics else _date_metric(doc, sentence, m)
        if metric is None:
            return None
        event, scope = _event_and_scope(doc, sentence, m, metric)
    elif m.kind == "duration":
        if m.extra.get("window") or m.extra.get("age") or _per_unit_of_time(doc.text, m) \
                or _RATE_AFTER.match(doc.text, m.end) or _time_back(doc, m):
            return None  # "$42 an hour", "six days a week": the terms of a rate; "from a year earlier": a time
        kind = "duration"
        event, scope = duration_event_of(doc, sentence, m)
        named = None if event else duration_noun_of(doc, sentence, m)
        metric = f"{event or named}.duration" if event or named else "duration"
        gap = _GAP_TO.match(doc.text, m.end)
        if gap is not None:
            # "finished 4.312 seconds ahead of Tomas Okafor": a margin over that rival, no time anything took
            metric, event, scope = "margin", None, gap["who"]
        elif scope is None and _SINCE_AFTER.match(doc.text, m.end):
            scope = SINCE  # "In the nine days since it first erupted on April 16": up to the telling, from that day
        elif m.high is not None and m.high < 1:  # a race is run in hours, minutes and seconds; a job done in days
            finisher = _finisher(doc.text, sentence.start, m.start)
            if finisher is not None:
                # "Ethiopia's Berhane Adere won the women's race in 2:33:49", "Pirtea finished in 2:33:52": the time
                # that one contestant took, compared with what other sources give for that contestant
                metric, event, scope = "finish_time", None, finisher
    elif m.kind == "age":
        return None  # ages of people no name is given for ("a 19-year-old man", "aged 43")
    elif m.kind == "score" and m.extra.get("vote"):
        # "voted 7-2 for the increase": the split of the story's vote, the majority's 7 and the minority's 2
        kind, metric, scope = "quantity", f"vote.{m.extra['side']}", None
    elif m.kind == "score" and m.extra["opponent"] is None:
        return None  # "take a 2-0 lead in the series": a result of no named game
    elif m.kind == "score":
        # "beat Borussia Dortmund 2-0": the winner's 2 and the loser's 0, of the game against its opponent
        kind, metric, scope = "quantity", f"score.{m.extra['side']}", m.extra["opponent"]
    else:
        if _per_unit_of_time(doc.text, m):
            return None  # "rose 6.2 cents a gallon": the unit of a rate, no measure
        if m.kind == "money" and _AT_ANOTHER_PRICE_LEVEL.match(doc.text, m.end):
            return None  # "built at a cost of £535m - roughly £1.6bn in today's money": that sum restated
        kind = "quantity"
        frame = _of_changed(doc, sentence, m, read_measure(doc, sentence, m, doc.frames_in(sentence)))
        doc.add_frame(sentence, replace(_placed(frame, m), measure=True))
        metric, scope = frame.metric, frame.scope
    if kind == "quantity" and scope is None and _lists_by_kind(doc, sentence):
        scope = PART  # "By county, Lancaster has 41 cases, Chester 12": each figure one part of a breakdown
    speaker, speaker_span = doc.speaker(sentence, start)
    attached = None  # a place written with a count ("and 2 in London")
    if frame is not None and frame.placeless:
        subject = None
    elif kind in ("date", "duration"):
        # A date or duration is its event's: the place tied to the event noun, not every place its sentence names.
        subject = event_place_of(doc, sentence, m) if event else None
    else:
        attached = doc.place_from(sentence, end) if unit == "count" else None
        subject = (frame.place if frame is not None and frame.place else None) or side or attached or doc.subject(
            sentence, start, end, speaker_span)
        if subject and not side and _is_story_place(doc, subject):
            subject = None  # "the Balasore accident site in Odisha, where 288 were killed": the story's whole
        elif subject and scope and not side and subject != scope and _placed_as(doc.text, end, scope):
            # "the families of the nine people killed on Everest have begun to gather in Kathmandu": the figure's
            # own place, which no gazetteer knows, not another clause's
            subject = None
    if subject is None and kind == "quantity" and not side and sentence.texts[:1] in (["its"], ["their"]):
        subject = _place_opening_the_last(doc, sentence)  # "London remains ... . Its population rose 7.7%"
    if kind == "quantity" and not side and not (frame is not None and frame.place) and not attached \
            and not _placed_right_after(doc, sentence, end) and _worldwide(doc, sentence, start):
        subject = WORLD  # "Heart disease kills about 18 million people worldwide": no country's figure
    elif subject and kind == "quantity" and not side and not attached \
            and doc.vocabulary.place_kind(subject) != "country" and _worldwide(doc, sentence, start, _NATION_WORDS):
        subject = None  # "on Victorian roads ..., as the national toll climbed to 78": the nation's, no state's
    if kind == "quantity" and scope is None and not subject and (unit == "count" or m.kind == "money") \
            and (_singled_out(doc, sentence, start) or _the_extreme_one(sentence, start)):
        scope = PART  # "On Korean platforms alone, the final peaked at 1.2 million": a share of the whole audience
    if kind == "quantity" and scope is None:
        scope = _numbered_occasion(doc, sentence, start)  # "In the fifth set, Salcedo saved four break points"
    if kind == "quantity" and (scope is None or scope[:1].isupper()) and not subject and (
            m.kind in ("percent", "money") or m.kind == "number" and frame is not None and "." in frame.metric
            and not frame.whole):
        # counts of something done and shares; not a whole ("At Gatwick, 420 of the airline's 1,410 cancelled
        # flights"), a bare count, whose noun alone would make it all of its kind, nor a measure
        named = _named_frame(doc, sentence, start) or _where_frame(doc, sentence, start)
        # "In the 19th Ward, Vallas won 76% of the vote": his share there, no rival of his share citywide
        if named is not None:
            scope = named if scope is None or named == scope else f"{scope} ({named})"
    area = story_place(doc) if not subject and not (frame and frame.placeless) else None
    if event is None and kind == "quantity" and frame is not None:
        event = frame.event
    as_of, stated, dating = _as_of(doc, sentence, m, dates_by_sentence, source,
                                   event if kind == "duration" and scope is None else None)
    if dating is not None and dating.extra.get("modifier") and kind == "quantity" and scope is None:
        # "The 2018 Camp Fire killed 85 people", "the 2018 Carr Fire killed eight": each named event's own toll
        scope = event_of(doc, doc.sentence_at(dating.start), dating)[1]
    if metric and metric.endswith(".change") and dates_by_sentence.since:
        as_of, stated = _change_since(doc, end, dates_by_sentence, source) or (as_of, stated)
    elif kind == "quantity" and unit == "count" and dates_by_sentence.since:
        as_of, stated = _counted_since(doc, sentence, end, dates_by_sentence, source) or (as_of, stated)
    provisional = kind == "quantity" and ((frame is not None and frame.earlier) or _provisional(doc, sentence, start))
    value, low, high, low_inclusive, qualifier = m.value, m.low, m.high, m.low_inclusive, m.qualifier
    if metric and metric.endswith(".change") and m.kind == "temperature" and m.extra.get("pint_unit") == "degF":
        # "risen by about 1.1C (2F)": a difference of degrees, which has no offset between the scales (2F is
        # 1.1C, not the -16.7C that 2F reads as a temperature)
        value, low, high = (None if x is None else float(f"{x + _FAHRENHEIT_OFFSET:.12g}") for x in (value, low, high))
    if frame is not None and frame.bound == "more_than" and qualifier == "exact" and value is not None:
        low, high, low_inclusive, qualifier = value, None, False, "more_than"  # "the toll passed 2,000"
    elif unit == "count" and qualifier == "exact" and value is not None and not _runs(doc, frame) \
            and _told_by_hour(doc, sentence, start, dates_by_sentence):
        # "By 9am, 3,100 services had been cancelled": the day's count so far, which can only grow (a running
        # total's, a toll's, is an update already)
        low, high, qualifier = value, None, "at_least"
    if qualifier == "less_than" and m.kind == "money" and _BURDEN.match(doc.lower, m.end) \
            and doc.lower.startswith("under", m.start):
        # "struggles under $1.34 billion in debt": the weight of it, no bound
        value = low = high = m.high
        qualifier = "exact"
    return dict(
        id=f"{source.id}:{start}-{end}",
        source=source.id,
        origin="extracted",
        kind=kind,
        metric=metric,
        subject=subject,
        event=event,
        value=value,
        low=low,
        high=high,
        low_inclusive=low_inclusive,
        high_inclusive=m.high_inclusive,
        unit=unit,
        qualifier=qualifier if qualifier in _QUALIFIERS else "exact",
        stated_value=m.extra.get("original_value"),
        stated_unit=m.extra.get("original_unit") or _largest_unit(m),
        as_of=as_of,
        as_of_stated=stated,
        provisional=provisional,
        revised=frame is not None and frame.revised,
        hypothetical=hypothetical(doc, sentence, m),
        window_days=_window(doc, sentence, start, dates_by_sentence) if kind == "quantity" else None,
        attributed_to=speaker,
        area=area,
        part_of=f"{source.id}:{frame.of[0]}-{frame.of[1]}" if frame is not None and frame.of else None,
        scope=scope,
        quote=doc.text[start:end],
        start=start,
        end=end,
        precision=m.precision if kind == "date" else None,
        weekday=m.extra.get("weekday") if kind == "date" else None,
        note=_note(m),
    )


_UNIT_ORDER = ("year", "month", "week", "day", "hour", "minute", "second")
# A Fahrenheit reading in degrees Celsius is (F - 32) * 5/9; a Fahrenheit difference is F * 5/9: this much more.
_FAHRENHEIT_OFFSET = 32 * 5 / 9


# A figure right before "a"/"an"/"per" and a unit of time: "$42 an hour", "60 km per hour", "three times a day".
# A figure and up to three words of what it counts, right before "a"/"per" and a unit: "$42 an hour", "1.1 million
# containers a year", "six days a week", "twice a day".
# A span that points to a time instead of lasting: "rose 2.5% from a year earlier", "than a month ago".
_BACK_AFTER = re.compile(r"[ ](?:earlier|ago|before)\b", re.IGNORECASE)
_BACK_BEFORE = re.compile(r"\b(?:from|than|since|with|to|on|over)[ ]\Z", re.IGNORECASE)
_COMPARED_BACK = re.compile(r"(?:less|more|fewer|higher|lower|greater)[ ]than[ ]", re.IGNORECASE)
_BACK_CLOSING = re.compile(r"[ ](?:earlier|ago|before)(?:[.,;:!?)\"”]|\Z)", re.IGNORECASE)


def _time_back(doc: Document, m: Mention) -> bool:
    """Whether a duration names a time back from now after a preposition ("from a year earlier")."""
    if not _BACK_AFTER.match(doc.text, m.end):
        return False
    # "18% less than a year earlier.": the bound's "than" is inside the mention (not "raged for more than four hours
    # before firefighters ...": a span, then the clause it ran until)
    return _BACK_BEFORE.search(doc.text, max(0, m.start - 10), m.start) is not None \
        or _COMPARED_BACK.match(doc.text, m.start) is not None and _BACK_CLOSING.match(doc.text, m.end) is not None


# A span of time that is so many per unit of time: "six days a week", "24 hours a day".
_RATE_AFTER = re.compile(r"[ ](?:a|an|per)[ ](?:day|week|month|year|hour)\b", re.IGNORECASE)
_RATE_BEFORE = re.compile(
    rf"(?:\d(?:mn|bn|m|k)?|%|\b(?:{NUMBER_WORD_PATTERN}|million|billion|thousand|times|twice|once|cents?))"
    # "1.2mn barrels a day": a scale glued to its digits; "200,000 litres of bottled water a day": the stuff between
    rf"(?:[ ][a-z][a-z-]*){{0,3}}(?:[ ]of(?:[ ][a-z][a-z-]*){{1,2}})?[ ]?\Z")


# The youngest or oldest one of a group, told as the subject of the copula before their age: "the youngest victim
# was", "the oldest was".
_EXTREME_OF_AGE = re.compile(r"\b(?P<who>(?:youngest|oldest)(?:[ ][a-z]+)?)[ ](?:was|is)[ ](?:just[ ]|only[ ])?\Z")


def _person_of_age(doc: Document, sentence, m: Mention) -> str | None:
    """The named person a number or an age is the age of: "Tyler Brandt, 19,", "Vell, 52, was sentenced",
    "the 19-year-old Tyler Brandt", "Tyler Brandt, a 19-year-old student", "the youngest victim was five"."""
    text = doc.text
    if m.kind == "number":
        if m.qualifier != "exact" or m.value is None or not (1 <= m.value <= 110) or m.value != int(m.value):
            return None
        extreme = _EXTREME_OF_AGE.search(doc.lower, max(sentence.start, m.start - 40), m.start)
        if extreme is not None:
            return extreme["who"]  # "the youngest victim was five": the youngest's age, no count of victims
        if not text.startswith(", ", m.start - 2) or text[m.end : m.end + 1] not in (",", ")", ".", ";"):
            return None
        return _name_ending(doc, sentence, sentence.word_index(m.start) - 1)
    words = sentence.words
    i, j = sentence.word_index(m.start), sentence.word_index(m.end)
    if j < len(words) and text[words[j].start].isupper() and not text[m.end : words[j].start].strip():
        k = j
        while k + 1 < len(words) and text[words[k + 1].start].isupper() and not text[words[k].end : words[k + 1].start].strip():
            k += 1
        return _person_name(doc, sentence, j, k)
    k = i - 1 if i > 0 and sentence.texts[i - 1] in ("a", "an") else i
    if k > 0 and text[words[k - 1].end : words[k].start].strip() == ",":
        return _name_ending(doc, sentence, k - 1)
    return None


def _name_ending(doc: Document, sentence, last: int) -> str | None:
    """The capitalised name whose last word is word `last` ("Tyler Brandt" before ", 19,")."""
    words, text = sentence.words, doc.text
    if last < 0 or not text[words[last].start].isupper():
        return None
    first = last
    while first > 0 and text[words[first - 1].start].isupper() and not text[words[first - 1].end : words[first].start].strip():
        first -= 1
    return _person_name(doc, sentence, first, last)


def _person_name(doc: Document, sentence, first: int, last: int) -> str | None:
    """Words first..last as a person's name: no place, no day or month, no function word ("However, 19")."""
    words, texts = sentence.words, sentence.texts
    if any(texts[k] in CALENDAR_WORDS or texts[k] in _NOT_NAMES or texts[k] in FUNCTION_WORDS
           for k in range(first, last + 1)):
        return None
    if any(p.first_word <= last and first <= p.last_word for p in doc.places(sentence)):
        return None
    return doc.text[words[first].start : words[last].end]


# Capitalised nouns that open a sentence and name no person ("Police, 19 ..."), besides function words.
_NOT_NAMES = frozenset(("police", "officials"))


def _of_changed(doc: Document, sentence, m: Mention, frame):
    """The frame named by the thing a verb of change changed, when the figure is one of its levels ("raised the
    retirement age from 62 to 64", "widened the exclusion zone to 8 km")."""
    changed = m.extra.get("changed") or _changed_to(doc, sentence, m)
    if changed is None:
        return frame
    # A sum's thing by the lexicon's name when it has one: "lifting its market capitalisation to about €8.5 billion"
    named = doc.vocabulary.lexicon.money.get(tuple(map(lemma, changed.split()))) if m.kind == "money" else None
    if frame.metric.startswith(f"{named or slug(changed)}."):
        return frame  # "lifted temperatures to 14C": already named so, with the high it reached
    return replace(frame, metric=named or slug(changed))


def _changed_to(doc: Document, sentence, m: Mention) -> str | None:
    """The thing a verb of change brought to the figure m ("widened the exclusion zone to 8 km", "raised its
    key rate to 4.5%"), when "to" stands right before it."""
    i = sentence.word_index(m.start)
    if i == 0 or sentence.texts[i - 1] != "to" or doc.text[sentence.words[i - 1].end : m.start].strip():
        return None
    return changed_object(doc, sentence, sentence.words[i - 1].start)


def _per_unit_of_time(text: str, m: Mention) -> bool:
    """Whether a duration or a measure is the unit of a rate ("$42 an hour", "6.2 cents a gallon"), not a span of
    time or an amount."""
    lead = text[m.start : m.start + 4].lower()
    if not lead.startswith(("a ", "an ", "per ")):
        return False
    before = text[max(0, m.start - 50) : m.start].lower()
    last = before.rsplit(None, 1)[-1] if before.strip() else ""
    # "jailed for a year", "6 died in a day": a span after its preposition
    return last not in FUNCTION_WORDS and _RATE_BEFORE.search(before) is not None


def _largest_unit(m: Mention) -> str | None:
    """A duration's largest unit as written ("six-week": week): how precisely it is told."""
    units = m.extra.get("units") if m.kind == "duration" else None
    return next((u for u in _UNIT_ORDER if units and u in units), None)


# Times of day after an opening "By" ("By evening, 40 had died"): a time, no breakdown.
_TIMES_OF_DAY = frozenset("morning afternoon evening night noon midday midnight dawn dusk nightfall then now".split())


def _lists_by_kind(doc: Document, sentence: Sentence) -> bool:
    """Whether a sentence opens by naming what it breaks its figures down by: "By county, ...", "By destination,
    ...", "By age group, ..."; not a time ("By Tuesday,", "By evening,")."""
    words, texts = sentence.words, sentence.texts
    if len(words) < 3 or texts[0] != "by":
        return False
    k = 1 if doc.text.startswith(",", words[1].end) else 2 if doc.text.startswith(",", words[2].end) else None
    return k is not None and all(
        doc.text[w.start].islower() and w.text.isalpha() and w.text not in _TIMES_OF_DAY and w.text not in CALENDAR_WORDS
        for w in words[1 : k + 1]) and bool(classes(texts[k]) & NOUN)


def _singled_out(doc: Document, sentence: Sentence, start: int) -> bool:
    """Whether the figure's clause singles out a part by "alone" after a noun before it ("On Korean platforms
    alone, ...", "Its European arm alone employs 4,000"); "left alone", "not alone" single out nothing, and a
    name alone ("Norland alone had revenue of $9.8 billion") is that name's figure, no part of an unnamed whole."""
    texts = sentence.texts
    if "alone" not in texts:
        return False  # most sentences
    lo, hi = doc.strong_clause(sentence, start)
    first = sentence.word_index(lo)
    words = sentence.words
    # "rescued 23 people from the ninth floor alone": after the figure, in its comma clause
    last = sentence.word_index(min(hi, sentence.clause_of(start)[1]))
    return any(texts[k] == "alone" and k > 0 and texts[k - 1] not in ("not", "leave", "left", "leaves", "be")
               and classes(texts[k - 1]) & NOUN and not doc.text[words[k - 1].start].isupper()
               for k in range(max(first, 1), last))


# Words that, after a superlative, make a figure one thing of its kind: "The largest single fine, £1.4 million".
_ONE_OF_KIND = frozenset(("single", "individual"))
_SUPERLATIVES = frozenset("largest biggest smallest highest lowest heaviest".split())


def _the_extreme_one(sentence: Sentence, start: int) -> bool:
    """Whether a figure is told of the largest or smallest single one of its kind, just before it: "The largest
    single fine, £1.4 million, went to TixHub" is one of the fines, no total of them."""
    texts = sentence.texts
    if _ONE_OF_KIND.isdisjoint(texts):
        return False  # most sentences
    at = sentence.word_index(start)
    return any(texts[k] in _ONE_OF_KIND and texts[k - 1] in _SUPERLATIVES for k in range(max(1, at - 3), at))


# Prepositions that open a sentence with what its figures are of: "At Hall Cross Academy, 41 per cent ...".
_FRAMING_PREPOSITIONS = frozenset({"at", "for", "in"})


# A name a "where" clause refers back to: "in the Midwest, where".
_WHERE_FRAME = re.compile(r"\b(?:in|at|among|for)[ ](?:the[ ])?(?P<name>[A-Z][\w'’&-]*(?:[ ][A-Z][\w'’&-]*)*)"
                          r",[ ]where[ ]")
# A later clause opening with a frame of its own: ", while in the West", "; in the Midwest".
_CONTRAST_FRAME = re.compile(r"(?:,|;)[ ](?:while[ ]|whereas[ ]|but[ ]|and[ ])?(?:in|at|among|for)[ ](?:the[ ])?"
                             r"(?P<name>[A-Z][\w'’&-]*(?:[ ][A-Z][\w'’&-]*)*)")


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _named_frame(doc: Document, sentence: Sentence, start: int) -> str | None:
    """The name a sentence opens with, before a comma and its figure, whose figures are its own, not the whole
    story's: "At Hall Cross Academy, 41 per cent of entries were graded A" (Hall Cross Academy). A place is read
    as a place, not here, and a time ("In March,") names nothing."""
    texts, words = sentence.texts, sentence.words
    if len(texts) < 4 or texts[0] not in _FRAMING_PREPOSITIONS:
        return None  # most sentences
    later = None
    for later in _CONTRAST_FRAME.finditer(doc.text, sentence.start, start):
        pass
    if later is not None:
        # "In the Northeast, the median blew past $500,000, while in the West it topped $630,000": the West's
        name = later["name"]
        return None if _calendar(name.split()[0].lower()) or doc.is_place_at(
            sentence, sentence.word_index(later.start("name"))) else name
    k = 2 if texts[1] == "the" else 1
    first = k
    # "In the 19th Ward on the Far Southwest Side,": a numbered name, and the words placing it
    while k < len(words) and words[k].end <= start and (doc.text[words[k].start].isupper() or (
            texts[k] in ("of", "and", "&", "on", "the") and k > first) or k == first and _ORDINAL.fullmatch(texts[k])):
        if doc.text.startswith(",", words[k].end):
            name = words[first:k + 1]
            dated = any(_calendar(w.text) for w in name if not _ORDINAL.fullmatch(w.text))  # "the 19th Ward" is none
            if texts[k] in ("of", "and", "&") or dated \
                    or doc.is_place_at(sentence, first):
                return None  # "In Kyiv, 5 people were killed, authorities said": a place, read as places are
            return doc.text[name[0].start : name[-1].end]
        k += 1
    return None


def _where_frame(doc: Document, sentence: Sentence, start: int) -> str | None:
    """The name a "where" clause holding the figure refers to, when it is no place of the gazetteer's: "Prices were
    lowest in the Midwest, where the median was $331,800" (Midwest); a place is read as places are."""
    found = None
    for found in _WHERE_FRAME.finditer(doc.text, sentence.start, start):
        pass
    if found is None or "," in doc.text[found.end() : start]:
        return None
    return None if doc.is_place_at(sentence, sentence.word_index(found.start("name"))) else found["name"]


def _numbered_occasion(doc: Document, sentence: Sentence, start: int) -> str | None:
    """The numbered occasion a sentence opens with, whose figures are its own, not the whole event's: "In the
    fifth set, Salcedo saved four break points" (set 5), "In the second round, 40 people voted" (round 2)."""
    texts = sentence.texts
    if len(texts) < 5 or texts[0] != "in" or texts[1] != "the" or texts[2] not in ORDINAL_WORDS:
        return None  # most sentences
    noun = sentence.words[3]
    if not doc.text.startswith(",", noun.end) or not classes(noun.text) & NOUN or noun.end > start \
            or doc.text[noun.start].isupper() or noun.text in _SPANS_OF_TIME:
        return None  # "In the first quarter, revenue rose 5%": a time, which dates it
    return f"{noun.lemma} {ORDINAL_WORDS[texts[2]]}"


# A place named right after a figure's words: "killed on Everest", "stranded at Camp Two".
_PLACED_AFTER = re.compile(r"[ ](?:on|in|at|near)[ ](?:the[ ])?(?P<name>[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)*)")


def _placed_as(text: str, end: int, scope: str) -> bool:
    """Whether the words right after a figure place it at its scope ("nine people killed on Everest")."""
    placed = _PLACED_AFTER.match(text, end)
    return placed is not None and placed["name"] == scope


def _is_story_place(doc: Document, place: str) -> bool:
    """Whether a place is where the text's story happens, or contains it (Odisha, for "the Balasore accident";
    not Al Haouz, for "the earthquake that struck the Al Haouz region of Morocco")."""
    story = story_place(doc)
    if story is None:
        return False
    known = doc.story_places_seen
    if place not in known:
        known[place] = place == story or doc.vocabulary.is_within(story, place)
    return known[place]


def _placed(frame, m: Mention):
    """A measure's frame placed at its mention, so a conversion after it ("(11.5 miles)") reads back to it."""
    return replace(frame, start=m.start, end=m.end)


def _event_and_scope(doc: Document, sentence: Sentence, m: Mention, metric: str) -> tuple[str | None, str | None]:
    head = metric.split(".", 1)[0] if "." in metric else None
    event, scope = event_of(doc, sentence, m)
    return (head or event), scope


_QUALIFIERS = frozenset(get_args(Qualifier))


def _note(m: Mention) -> str | None:
    if m.extra.get("unresolved"):
        return "relative date unresolved: the source has no publication date"
    return None


def _date_metric(doc: Document, sentence: Sentence, m: Mention, alone: bool = True) -> str | None:
    """A date's figure: the start, end or date of the event its sentence names ("strike.start", "earthquake.date"),
    or "date" for a date of no event, or of a statement ("Ford said on Thursday"). A statement's date is its
    event's only when the sentence names no other date (`alone`): "the volcano erupted on Tuesday, officials
    said on Wednesday" dates the eruption to Tuesday."""
    if _after_reporting_verb(sentence, m):
        event = reported_event_of(doc, sentence, m) if alone else None
        return f"{event}.date" if event else "date"
    if _earlier_occurrence(sentence, m) or _subject_of_copula(sentence, m) or _in_telling(sentence, m):
        return "date"
    role, lasting_only = _role(doc, sentence, m)
    if lasting_only:
        # "The search, launched on Wednesday": a word that starts only a lasting event, when every event its own
        # sentence names is one; "launched the largest missile barrage on Tuesday" starts no strike, nor a cold
        # wave of the sentence before
        lexicon = doc.vocabulary.lexicon
        found = doc.matches(sentence, lexicon.events)
        lo, hi = sentence.clause_of(m.start)
        # the events of the date's own clause, when it names any: "lifted the evacuation order on Saturday, March
        # 16, four days after an explosion" ends the order, whatever the next clause names
        named = {str(f.value) for f in found if lo <= f.start < hi} or {str(f.value) for f in found}
        event = lasting_event_of(doc, sentence, m) if named and named <= lexicon.durative else None
        if event is None:
            role = None
    else:
        event = lasting_event_of(doc, sentence, m) if role else None
    event = event or event_of(doc, sentence, m)[0]
    if event is None:
        return "date"
    if role is not None and _happening_verb(doc, sentence, m, event):
        role = None  # "the bridge collapsed on Wednesday": the collapse itself, not the end of something
    if _dated_by_a_later_verb(doc, sentence, m, event):
        return "date"  # "Families of the workers killed in the fire began receiving compensation on Wednesday"
    if _dates_finding_out(sentence, m):
        return "date"  # "Marston announced the breach on Tuesday", "discovering the breach on June 5": the telling's
    if _coordinated_day(sentence, m):
        return "date"  # "the strike continues on Tuesday and Wednesday", "strikes on Monday and Friday": days of
        # it or of several, no one date of it
    if _dates_the_verb_after(doc, sentence, m, event):
        return "date"  # "investigators on Monday began examining the jet that crashed on Sunday": the examining's
    if _event_in_a_later_clause(doc, sentence, m, event):
        return "date"  # "its stock closed up 14.6 percent Tuesday after its pill passed a clinical trial": the close's
    if role is None and (_dated_by_its_noun(doc, sentence, m, event) or (
            _after_until(sentence, m) and event not in doc.vocabulary.lexicon.durative)):
        # "prosecutors on Monday opened an inquiry into Sunday's shipwreck": the shipwreck's date is Sunday;
        # "the search ran from the collapse on Tuesday until Thursday": Thursday ends the search, not the collapse
        return "date"
    return f"{event}.{role or 'date'}"


# Words a clock time is written with between "until" and its day ("until 6:30 p.m. on Thursday").
_DAY_NAMES = CALENDAR_WORDS | frozenset("yesterday today tonight tomorrow".split())
_CLOCK_WORDS = frozenset("about around at on the p.m a.m pm am noon midnight early late".split())


# Verbs of finding an event out or making it known, whose date is theirs, not the event's.
_FINDING_OUT = frozenset("announce disclose reveal discover detect uncover notice notify learn publicize publicise "
                         "acknowledge admit".split())
# How many words back from a date the verb it dates may stand ("announced the data breach on Tuesday").
_FINDING_OUT_REACH = 6


def _dates_finding_out(sentence: Sentence, m: Mention) -> bool:
    """Whether the nearest verb before a date in its clause finds out or makes known what the date would date:
    "Marston announced the breach on Tuesday", "between discovering the breach on June 5 and telling the public"."""
    texts, i = sentence.texts, sentence.word_index(m.start)
    for k in range(i - 1, max(-1, i - _FINDING_OUT_REACH), -1):
        if texts[k] in SUBORDINATORS or texts[k] in ("and", "but"):
            return False  # "the breach, which began on June 1 and was announced ...": another clause's verb
        if verb_lemma(texts[k]) in _FINDING_OUT and texts[k] != verb_lemma(texts[k]):
            return True  # an inflected verb: "announced", "discovering", not a noun ("the disclosure")
        if classes(texts[k]) & VERB and not classes(texts[k]) & NOUN:
            return False  # another verb first: "the attack began on June 1"
    return False


def _in_telling(sentence: Sentence, m: Mention) -> bool:
    """Whether a date is when the news is told, right after "we" and a verb: "We begin tonight with the Pine Hollow
    Fire", "I spoke this morning to the mayor"."""
    texts, i = sentence.texts, sentence.word_index(m.start)
    return i >= 2 and texts[i - 2] in _TELLERS and bool(classes(texts[i - 1]) & VERB)


def _after_until(sentence: Sentence, m: Mention) -> bool:
    """Whether a date ends a span said with "until" or "till", a clock time aside ("until 6:30 p.m. on Thursday")."""
    texts, i = sentence.texts, sentence.word_index(m.start)
    for k in range(i - 1, max(-1, i - 8), -1):
        if texts[k] in ("until", "till", "untill"):
            return True
        if texts[k] not in _CLOCK_WORDS and not texts[k].isdigit():
            return False
    return False


def _dated_by_a_later_verb(doc: Document, sentence: Sentence, m: Mention, event: str) -> bool:
    """Whether the event's noun stands in a phrase after a preposition and a verb of something else stands
    between it and the date: "Families of the workers killed in the factory fire began receiving compensation on
    Wednesday" dates the payments, not the fire."""
    at = sentence.word_index(m.start)
    texts = sentence.texts
    lexicon = doc.vocabulary.lexicon
    before = [found for found in doc.matches(sentence, lexicon.events)
              if str(found.value) == event and found.first_word < at]
    for found in before[-1:]:  # its last naming before the date ("battled the blaze on Tuesday")
        k = found.first_word - 1
        while k >= 0 and texts[k] not in FUNCTION_WORDS:
            k -= 1  # "in the Ashulia factory fire": past the noun's modifiers
        while k >= 0 and texts[k] in ("the", "a", "an", "this", "that", "its", "their"):
            k -= 1
        if k < 0 or texts[k] not in _NOUN_PREPOSITIONS:
            return False
        last = sentence.word_index(found.end)
        if last < at and texts[last] in ("that", "which", "who", "when", "where"):
            return False  # "a walkout that ran from Tuesday": its own verb
        return any(classes(w) & VERB and not classes(w) & NOUN and (verb_lemma(w),) not in lexicon.roles
                   and (verb_lemma(w),) not in lexicon.event_verbs for w in texts[last:at])
    return False


def _event_in_a_later_clause(doc: Document, sentence: Sentence, m: Mention, event: str) -> bool:
    """Whether the event is named only after the date, in a clause a subordinator opens after it ("closed two bays
    on Monday after the outbreak spread"): the date is the main clause's."""
    texts, at = sentence.texts, sentence.word_index(m.end)
    nouns = [found.first_word for found in doc.matches(sentence, doc.vocabulary.lexicon.events)
             if str(found.value) == event]
    if not nouns or min(nouns) < at:
        return False
    return any(texts[k] in _LATER_CLAUSE_OPENERS for k in range(at, min(nouns)))


# Words that open a clause of something else after a date: "... on Monday after the outbreak spread".
_LATER_CLAUSE_OPENERS = frozenset(("after", "before", "because", "following"))


def _dates_the_verb_after(doc: Document, sentence: Sentence, m: Mention, event: str) -> bool:
    """Whether a date stands between a subject and its verb, which is of something other than the event named
    after it: "investigators on Monday began examining the remains of a jet that crashed" dates the examining."""
    texts, j = sentence.texts, sentence.word_index(m.end)
    i = sentence.word_index(m.start)
    # "investigators on Monday began", "investigators will today begin": a day between an auxiliary and its verb
    if j >= len(texts) or i < 1 or texts[i - 1] != "on" and not (texts[i - 1] in AUXILIARIES and j == i + 1):
        return False
    verb = texts[j]
    lexicon = doc.vocabulary.lexicon
    if not classes(verb) & VERB or classes(verb) & NOUN or verb in AUXILIARIES or (verb_lemma(verb),) in lexicon.roles \
            or (verb_lemma(verb),) in lexicon.event_verbs:
        return False
    return any(str(found.value) == event and found.first_word > j for found in doc.matches(sentence, lexicon.events))


def _coordinated_day(sentence: Sentence, m: Mention) -> bool:
    """Whether a weekday or a year is joined to another by "and" ("on Tuesday and Wednesday", "apart from 2020
    and 2021, when it was cancelled")."""
    texts, i = sentence.texts, sentence.word_index(m.start)
    j = sentence.word_index(m.end)
    return (i >= 2 and texts[i - 1] == "and" and _day_or_year(texts[i - 2])) or (
        j + 1 < len(texts) and texts[j] == "and" and _day_or_year(texts[j + 1]))


def _day_or_year(text: str) -> bool:
    return text in _WEEKDAYS or (len(text) == 4 and text.isdigit() and text[:2] in ("19", "20"))


# Prepositions whose phrase modifies a noun before it ("the workers killed in the fire").
_NOUN_PREPOSITIONS = frozenset("in of by from".split())


def _dated_by_its_noun(doc: Document, sentence: Sentence, m: Mention, event: str) -> bool:
    """Whether the event's noun carries another date of its own in a possessive ("Sunday's shipwreck") or before
    it ("the results of the Nov. 3 election, certified on Friday")."""
    at = sentence.word_index(m.start)
    texts = sentence.texts
    nouns = [found for found in doc.matches(sentence, doc.vocabulary.lexicon.events) if str(found.value) == event]
    for found in nouns:
        k = found.first_word - 1
        if k < 0 or k == at or m.start <= sentence.words[k].start < m.end:
            continue
        if texts[k].endswith(("'s", "’s")) and texts[k][:-2] in _DAY_NAMES:
            return True
    # "the results of the Nov. 3 election, certified on Friday": the noun nearest the date, dated before it
    # ("the February 4 strike ... placed the strike on Tuesday" dates the second noun by the day after it)
    nearest = min(nouns, key=lambda found: abs(found.first_word - at), default=None)
    k = nearest.first_word - 1 if nearest is not None else -1
    return k >= 0 and not m.start <= sentence.words[k].start < m.end \
        and _DAY_BEFORE_NOUN.search(doc.lower, max(0, sentence.words[k].start - 12), sentence.words[k].end) is not None


# A day of the month written as a noun's modifier: "the Nov. 3 election", "the March 14th vote".
_DAY_BEFORE_NOUN = re.compile(rf"\b{MONTH_RE}[ ]\d{{1,2}}(?:st|nd|rd|th)?\Z")


_REPORTING = frozenset("said says say told tells announced announces reported reports added confirmed stated "
                       "noted estimated".split())


_OCCURRENCE_WORDS = frozenset(("last", "previously", "first"))
_COPULAS = frozenset(("was", "is", "were", "will", "has", "had"))


def _subject_of_copula(sentence: Sentence, m: Mention) -> bool:
    """Whether a date is what its clause says something of ("June 2025 was the third-warmest June", "2024 has
    been the deadliest year"): a period described, not when an event happened."""
    i = sentence.word_index(m.end)
    texts = sentence.texts
    if i >= len(texts) or texts[i] not in _COPULAS or m.precision not in ("month", "year"):
        return False
    return i + 1 < len(texts) and texts[i + 1] in ("the", "a", "been", "be", "its", "one")


def _earlier_occurrence(sentence: Sentence, m: Mention) -> bool:
    """Whether a date is of another occurrence of an event than the story's: "the volcano last erupted in
    January", "first struck in 1999"."""
    texts = sentence.texts
    i = sentence.word_index(m.start)
    return any(texts[k] in _OCCURRENCE_WORDS and classes(texts[k + 1]) & VERB and (
        texts[k + 1].endswith("ed") or verb_lemma(texts[k + 1]) not in (None, texts[k + 1]))  # "first held"
               for k in range(max(0, i - 6), i - 1))


def _comparison_term(sentence: Sentence, m: Mention, changes) -> bool:
    """Whether a date is the term of a comparison, not when a figure holds: after "since" or "than", "compared
    with", "versus", or "from" right after a figure or a change ("up 7% from a year earlier", "rose 3% from
    February"); unless a "when" clause follows it, which says what happened then."""
    i = sentence.word_index(m.start)
    if i == 0 or _before_when(sentence, m):
        return False
    texts = sentence.texts
    if texts[i - 1] in ("early", "late", "mid") and i > 1:
        i -= 1  # "the lowest since early 2022"
    if texts[i - 1] in ("the", "its", "their", "last") and i > 1 and m.extra.get("modifier"):
        i -= 1  # "the highest since the 2009 state election": an event of its own, compared with
    before = texts[i - 1]
    if before in ("since", "than", "versus", "vs") or (i > 1 and texts[i - 2] == "compared" and before in ("with", "to")):
        return True
    if verb_lemma(before) in _SURPASSING:
        return True  # "surpassing last year's 4.3 million", "beating the 2019 record": the other's time
    if m.extra.get("relative") and m.low is not None and m.high is not None and m.low < m.high \
            and superlative_before(sentence.texts, sentence.word_index(m.start),
                                   sentence.word_index(sentence.clause_of(m.start)[0])):
        # "the most valuable company to list in New York this year": the ranking's field, which holds the story's
        # day; a past year's ("the highest in 2019") is when the figure holds
        return True
    if before != "from" or i < 2:
        return False
    previous = texts[i - 2]
    return previous[0].isdigit() or previous in ("percent", "cent", "points") or lemma(previous) in changes \
        or previous in TALLIES  # "equalling its total from 2022": the date of the total it is compared with


_COMPARING = frozenset(("from", "than", "versus", "vs"))
# What may stand between a compared figure and its date's preposition: its rate ("0.6 metres a year in 1995").
_RATE_BETWEEN = re.compile(r"\s+(?:a|an|per)\s+(?:year|month|week|day|hour)\s+")
# A possessive mark and the start of the figure it owns: "last year's 4.3 million", "2019's $1.2 billion".
_OWNED_FIGURE = re.compile(r"['’]s\s+(?:record\s+of\s+|total\s+of\s+)?(?=[$£€\d])")
# Verbs that set a figure against another time's: its date is that figure's, no date of the first.
_SURPASSING = frozenset("surpass exceed beat top eclipse overtake outstrip dwarf".split())
# How many words a compared figure may take before its date: "compared with about 0.6 metres a year in 1995".
_COMPARED_REACH = 8
_CLAUSE_WORDS = frozenset("and but or which that who when while where as".split())


def _date_of_compared(sentence: Sentence, m: Mention) -> int | None:
    """Where the preposition before a date starts, when the date is that of a figure something is compared
    with ("up from 38,000 in 2024", "compared with $3.1 billion in 2025"), which it dates alone."""
    i = sentence.word_index(m.start)
    texts = sentence.texts
    if i >= 2 and _compared_figure_before(texts, i):
        return sentence.words[i].start  # "compared with 64.4% last year"
    if i < 3 or texts[i - 1] not in ("in", "on", "at", "for") or not (
            _compared_figure_before(texts, i - 1) or _compared_measure_before(texts, i - 1)):
        return None
    return sentence.words[i - 1].start


def _compared_figure_before(texts, i: int) -> bool:
    """Whether the words before index i end in a figure something is compared with, or a list of them: "from
    38,000", "than $2 billion", "compared with 3.1%", "up from £22 and £15.50"."""
    k = i - 1
    # past the figures, and those joined to them ("up from £22 and £15.50 last year")
    while k >= 0 and k > i - 6 and (texts[k][0].isdigit() or not texts[k].isalpha() or texts[k] in _FIGURE_WORDS
                                    or texts[k] == "and" and texts[k + 1][0].isdigit()):
        k -= 1
    if k == i - 1 or k < 0 or not any(t[0].isdigit() for t in texts[k + 1 : i]):
        return False
    return texts[k] in _COMPARING or (texts[k] in ("with", "to") and k > 0 and texts[k - 1] == "compared") or (
        texts[k].endswith("ing") and k > 0 and texts[k - 1] == "after")  # "rose 0.3% after gaining 0.2% in February"


def _compared_measure_before(texts, i: int) -> bool:
    """Whether the words before index i, back to "compared with" or "from", hold a figure with its qualifier and
    unit: "compared with about 0.6 metres a year", "up from some 30 tonnes"."""
    for k in range(i - 1, max(0, i - _COMPARED_REACH), -1):
        if texts[k] in _CLAUSE_WORDS:
            return False
        if texts[k] in ("versus", "vs") or texts[k] in ("with", "to") and texts[k - 1] == "compared" or (
                texts[k] == "from" and texts[k - 1] in ("up", "down")):
            return any(t[0].isdigit() for t in texts[k + 1 : i])
    return False


# Words a figure may be written with: "38,000", "3.1 percent", "$2 billion".
_FIGURE_WORDS = frozenset("percent per cent points million billion trillion thousand".split())


# The place of a figure told for the whole world.
WORLD = "World"
_WORLD_WORDS = frozenset(("worldwide", "globally"))
# Words that tell a figure for the whole nation, no place of its sentence: "the national toll climbed to 78".
_NATION_WORDS = frozenset(("national", "nationwide", "nationally", "countrywide"))
# The nouns of "around the world", "across the globe".
_GLOBE_WORDS = frozenset(("world", "globe"))


def _place_opening_the_last(doc: Document, sentence: Sentence) -> str | None:
    """The place the sentence before opens with, in the same paragraph: what a sentence opening "Its" or "Their"
    speaks of ("London remains the most densely populated region. Its population rose 7.7%")."""
    before = next((s for s in doc.neighbours(sentence) if s.start < sentence.start), None)
    places = doc.places(before) if before is not None else []
    return places[0].value.name if places and places[0].first_word == 0 else None


def _placed_right_after(doc: Document, sentence: Sentence, end: int) -> bool:
    """Whether a place follows a figure's words at once: "killing 3 people worldwide and 2 in London"."""
    i = sentence.word_index(end)
    if i >= len(sentence.words) or sentence.texts[i] not in ("in", "at", "from"):
        return False
    i += 1 + (i + 1 < len(sentence.words) and sentence.texts[i + 1] == "the")
    return any(p.first_word == i for p in doc.places(sentence))


def _worldwide(doc: Document, sentence: Sentence, start: int, words: frozenset[str] = _WORLD_WORDS) -> bool:
    """Whether a figure's comma clause tells it for the whole world: "worldwide", "globally", "around the
    world", "across the globe" (with `words` the nation's words: "as the national toll climbed to 78")."""
    a, b = sentence.word_range(*sentence.clause_of(start))
    texts = sentence.texts
    if 0 < a < len(texts) and (texts[a].endswith("ing") or texts[a] in ("which", "that")):
        # "grounded airlines worldwide, leading to more than 5,000 cancellations": the participle goes on with
        # the clause before; "the worldwide recall, which covers roughly 1.4 million vehicles": so does a relative
        # clause, of its noun
        a = sentence.word_range(*sentence.clause_of(sentence.words[a - 1].start))[0]
    elif 0 < a < len(texts) and classes(texts[a]) & VERB and (not classes(texts[a]) & NOUN
                                                               or verb_lemma(texts[a]) != texts[a]):
        # "The total worldwide recall, announced on Wednesday, covers about 1.42 million vehicles": a verb whose
        # subject stands before an aside
        a = sentence.word_index(doc.strong_clause(sentence, start)[0])
    clause = texts[a:b]
    if not words.isdisjoint(clause):
        return True
    return words is _WORLD_WORDS and not _GLOBE_WORDS.isdisjoint(clause) and any(
        texts[k] in _GLOBE_WORDS and k > 1 and texts[k - 1] == "the"
        and texts[k - 2] in ("around", "across", "throughout") for k in range(a, b))


def _in_since_clause(sentence: Sentence, m: Mention) -> bool:
    """Whether a date ends a clause that "since" opens a few words before it, in its comma clause ("have died
    since the roof of a gallery collapsed early Tuesday"): when a span began; a figure told over it holds
    as of the telling."""
    lo, _ = sentence.clause_of(m.start)
    i = sentence.word_index(m.start)
    texts = sentence.texts
    while i > 1 and texts[i - 1] in ("early", "late", "mid"):
        i -= 1  # "since early 2024, when cocoa traded at about $4,200": "since" right before its date
    return any(texts[k] == "since" for k in range(max(sentence.word_index(lo), i - 9), i - 1))


def _begins_a_span_after(sentence: Sentence, d: Mention, m: Mention) -> bool:
    """Whether date d, after figure m, is when a "since" clause's span or record began ("peaked at 6.4 metres, the
    highest since records began in 1870"): no time of the figure."""
    return d.start > m.start and _in_since_clause(sentence, d)


def _dates_an_aside(doc: Document, sentence: Sentence, d: Mention, m: Mention) -> bool:
    """Whether date d is told in a participle's aside set off by commas ("The tower, built in 1971, had") that
    figure m stands outside of."""
    if not _ASIDE_PARTICIPLE.search(doc.lower, max(sentence.start, d.start - 40), d.start):
        return False
    return sentence.clause_of(d.start) != sentence.clause_of(m.start) and doc.text.startswith(",", d.end)


def _since_when(sentence: Sentence, m: Mention) -> bool:
    """Whether a date is what a record is held since and a "when" clause tells of it ("since 2008, when")."""
    i = sentence.word_index(m.start)
    while i > 1 and sentence.texts[i - 1] in ("early", "late", "mid"):
        i -= 1
    return i > 0 and sentence.texts[i - 1] == "since" and _before_when(sentence, m)


def _before_when(sentence: Sentence, m: Mention) -> bool:
    """Whether a "when" clause follows a date: "since 1992, when 167 people died" dates the 167."""
    j = sentence.word_index(m.end)
    return j < len(sentence.words) and sentence.words[j].text == "when"


def _after_reporting_verb(sentence: Sentence, m: Mention) -> bool:
    """Whether a date is the day of a statement: right after its verb ("said Monday", "said on Thursday")."""
    i = sentence.word_index(m.start)
    words = sentence.words
    j = i - 1
    if j >= 0 and words[j].text in ("on", "late", "early", "last"):
        j -= 1
    return j >= 0 and words[j].text in _REPORTING


def _derived(voc: Vocabulary, name: str, tables: tuple, build):
    """A lookup built once per vocabulary from some of its tables (built again if one is replaced): one
    object per vocabulary, so lookups cached by table stay valid."""
    sizes = tuple(len(t) for t in tables)
    cached = voc.__dict__.get(name)
    # The tables themselves are kept, so an identity test cannot be fooled by a reused id.
    if cached is None or cached[1] != sizes or any(a is not b for a, b in zip(cached[0], tables)):
        cached = voc.__dict__[name] = (tables, sizes, build())
    return cached[2]


def _role_last_words(voc: Vocabulary) -> frozenset[str]:
    """The last words of the role terms: a word that ends none starts no look-up."""
    return _derived(voc, "_role_last_words", (voc.roles, voc.lasting_roles),
                    lambda: frozenset(key[-1] for key in (*voc.roles, *voc.lasting_roles)))


def _role(doc: Document, sentence: Sentence, m: Mention) -> tuple[str | None, bool]:
    """The part of its event a date is of (its start, its end), by the role word before it in its clause, and
    whether that word starts or ends only a lasting event; none when that word's own verb is a change
    ("temperatures would begin to fall on Saturday": when the fall starts, not the heatwave)."""
    ends = _span_end(sentence, m)
    if ends is not None:
        return ends, False
    lo, _ = sentence.clause_of(m.start)
    a, b = sentence.word_range(lo, m.start)
    first = max(a, b - _ROLE_WINDOW)
    words = sentence.words[first:b]
    last_words = _role_last_words(doc.vocabulary)
    for i in range(len(words) - 1, -1, -1):
        if words[i].lemma not in last_words and words[i].text not in last_words:
            continue
        for n in (3, 2, 1):
            if i - n + 1 < 0:
                continue
            keys = (tuple(w.lemma for w in words[i - n + 1 : i + 1]), tuple(w.text for w in words[i - n + 1 : i + 1]))
            voc = doc.vocabulary
            role = voc.roles.get(keys[0]) or voc.roles.get(keys[1])
            lasting = voc.lasting_roles.get(keys[0]) or voc.lasting_roles.get(keys[1]) if not role else None
            if (role or lasting) and words[i].text == "through" and first + i > 0 \
                    and verb_lemma(sentence.words[first + i - 1].text) in _MOTION:
                continue  # "storms that rolled through Monday night": when they passed, not an end
            if role or lasting:
                changes = voc.lexicon.changes
                after = words[i + 1 : i + 3]
                if after and (after[0].text == "to" and len(after) > 1 and verb_lemma(after[1].text) in changes
                              or after[0].text.endswith("ing") and verb_lemma(after[0].text) in changes):
                    return None, False
                return str(role or lasting), not role
    return None, False


def _happening_verb(doc: Document, sentence: Sentence, m: Mention, event: str) -> bool:
    """Whether a verb before a date in its clause is the verb by which its event happens ("the bridge collapsed
    on Wednesday": the collapse), though it could end another event ("talks collapsed on Friday")."""
    lo, _ = sentence.clause_of(m.start)
    a, b = sentence.word_range(lo, m.start)
    verbs, roles = doc.vocabulary.lexicon.event_verbs, doc.vocabulary.roles
    return any((verbs.get((verb_lemma(w.text),)) == event or verbs.get((w.text,)) == event)
               and ((w.lemma,) in roles or (w.text,) in roles) for w in sentence.words[max(a, b - _ROLE_WINDOW) : b])


# Who tells the news in the first person: what they begin or end is the telling ("we begin tonight with").
_TELLERS = frozenset({"we", "i", "let's"})
# Verbs of passing through, after which "through" a time is during it ("storms swept through Monday night").
_MOTION = frozenset("roll sweep move pass tear blow rip race plow plough barrel cut march travel drive fly".split())


def _span_end(sentence: Sentence, m: Mention) -> str | None:
    """Which end of a span a date is, written "from <date> to <date>" with its own words between ("ran from
    Tuesday, February 3, to Thursday, February 5"): "start" after "from", "end" after "to"; else None."""
    texts, i = sentence.texts, sentence.word_index(m.start)
    j = sentence.word_index(m.end)
    # A clock time may come first: "from 00:01 on Thursday 10 September to 23:59 on Friday 11 September"
    i = _before_clock(texts, i)
    if i > 0 and texts[i - 1] == "from":
        return "start" if j + 1 < len(texts) and texts[j] in ("to", "until", "through") \
            and _calendar(texts[_past_clock(texts, j + 1)]) else None
    if i > 0 and texts[i - 1] == "to":
        return "end" if any(texts[k] == "from" and _calendar(texts[_past_clock(texts, k + 1)])
                            for k in range(max(0, i - 9), i - 2)) else None
    return None


def _before_clock(texts: list[str], i: int) -> int:
    """The index of the first word of the clock time and "on" right before word i ("00:01 on"), else i."""
    k = i
    while k > 0 and i - k < 4 and _clock_word(texts[k - 1]):
        k -= 1
    return k


def _past_clock(texts: list[str], i: int) -> int:
    """The index of the first word after the clock time and "on" from word i on ("23:59 on Friday"), else i."""
    k = i
    while k < len(texts) - 1 and k - i < 4 and _clock_word(texts[k]):
        k += 1
    return k


def _clock_word(text: str) -> bool:
    """Whether a word is one of a clock time's ("00", "59", "on", "p.m")."""
    return text in _CLOCK_WORDS or text.isdigit() and len(text) <= 2


def _calendar(word: str) -> bool:
    return word in CALENDAR_WORDS or word[:1].isdigit()


def _as_of(doc: Document, sentence: Sentence, m: Mention, dates_by_sentence,
           source: Source, event: str | None = None) -> tuple[str | None, bool, Mention | None]:
    """When a figure holds: the date its text states for it (see _dating), else its source's publication; and
    that stated date. A duration of an event is dated by that event's date in its clause ("a two-day strike last
    month", "the seven-day walkout, which runs from November 3 to November 7")."""
    d = None
    if event is not None:
        lo, hi = doc.strong_clause(sentence, m.start)
        d = next((e for e in dates_by_sentence.events.get(sentence.start, ()) if lo <= e.start < hi
                  and _date_metric(doc, sentence, e) == f"{event}.date"), None)
    if m.kind != "date" and d is None:
        d = dates_by_sentence.owned.get(m.start)
        compared = dates_by_sentence.compared
        if compared:
            after = m.end + len(doc.text[m.end : m.end + 4]) - len(doc.text[m.end : m.end + 4].lstrip())
            rate = _RATE_BETWEEN.match(doc.text, m.end)  # "0.6 metres a year in 1995": past the rate's unit
            d = d or compared.get(after) or (compared.get(rate.end()) if rate is not None else None)
        d = d or _dating(doc, sentence, m, dates_by_sentence)
    if d is not None:
        return _iso_span(d), True, d
    day = source.news_day
    return (day.isoformat() if day else None), False, None


def _dating(doc: Document, sentence: Sentence, m: Mention, times: "_Times") -> Mention | None:
    """The stated date that dates a figure: the nearest in its own strong clause; else the last date that
    opens a clause before it in its sentence or paragraph ("On Tuesday, ...", "As of 2 p.m., ..."), unless
    its sentence speaks of its own time ("previously", "now"). A date inside a clause ("the strike in
    2019", "runs to April 30, 2028") dates that clause's figures only, and a rolling window ("in the
    last 24 hours") only its own sentence's (see _window)."""
    own = times.get(sentence.start, ())
    lo, hi = doc.strong_clause(sentence, m.start)
    inside = [d for d in own if lo <= d.start < hi and not (d.start >= m.start and d.end <= m.end)]
    if inside and not _OWN_TIME.isdisjoint(sentence.texts):
        # "130 people have now been struck down in an outbreak at a chain that was fined three years ago": a
        # sentence of its own time leaves a later relative clause's date to that clause
        # "Nineteen people are now confirmed dead after Flight 722 crashed on Friday night": the crash's day
        texts = sentence.texts
        inside = [d for d in inside if d.start < m.end or (_RELATIVE_WORDS | _AFTER_WORDS).isdisjoint(
            texts[sentence.word_index(m.end) : sentence.word_index(d.start)])]

        clo, chi = sentence.clause_of(m.start)
        own_clause = texts[sentence.word_index(clo) : sentence.word_index(chi)]
        if not _PRESENT.isdisjoint(own_clause):
            # "Alto Quilen, designed in 1995 for 800 inmates, now holds about 1,140": the present, in its clause
            inside = [d for d in inside if clo <= d.start < chi or not times.long_before(d)]
        if not _OWN_TIME.isdisjoint(own_clause):
            # "The plunge of a coach on Monday, which has now claimed 27 lives": now's toll, not Monday's
            inside = [d for d in inside if clo <= d.start < chi]
    if inside and not (_OWN_TIME.isdisjoint(sentence.texts) and _PERFECT.isdisjoint(sentence.texts)):
        # "Runners in Sunday's marathon have now raised £4.6 million", "the toll after Saturday's capsizing has risen
        # to 17": the day names the event; the figure, told in the present or the perfect, is the telling's
        inside = [d for d in inside if not doc.text.startswith(("'s", "’s"), d.end)]
    if _SINCE_AFTER.match(doc.lower, m.end):
        return None  # "penalties of $1.54 million since 2018, including a $1.2 million fine in 2021": a total to date
    # "peaked at 6.4 metres, the highest since records began in 1870", "have been affected since the epidemic began
    # in 2022": when a span or a record began, no time of the figure before it; "The tower, built in 1971, had 420
    # residents": the date of an aside about its noun
    inside = [d for d in inside
              if not _begins_a_span_after(sentence, d, m) and not _dates_an_aside(doc, sentence, d, m)]
    # "taking the death toll to three from the two reported on Tuesday": the date of the earlier report
    inside = [d for d in inside if d.start < m.end or not _EARLIER_REPORT.fullmatch(doc.lower, m.end, d.start)]
    # "drew 243,114 spectators, well short of the record 373,691 who attended ... in 2024", "two fewer than the 18
    # who died a year ago": a date after the figure a comparison sets beside it is that figure's
    inside = [d for d in inside if not _of_compared(doc, m, d)]
    # "287, the state's highest since 2008, when 303 people died": the year the record stood, told of the when's 303
    inside = [d for d in inside if d.start < m.end or not _since_when(sentence, d)]
    told_of = _relative_to_event(doc, m, lo, times.events.get(sentence.start, ()))
    if told_of is not None and _begins_a_span_after(sentence, told_of, m):
        told_of = None  # "have been affected since the epidemic began in 2022": when the count began
    if told_of is not None and not [d for d in inside if told_of.end < d.start < m.start]:
        return told_of  # "after Thursday's protests, in which police counted 84,000 marchers": Thursday's figure
    during = _during_event(doc, m, hi, times.events.get(sentence.start, ()))
    if during is not None and times.gone_by(during):
        # "postponed about 2,900 appointments during the July strike last year": that strike's, an occasion gone
        # by (a toll "during Saturday's storm" is still told as of the telling)
        return during
    if inside:
        clause = sentence.clause_of(m.start)[0]
        when = [d for d in inside if d.end == clause and _before_when(sentence, d)]
        # "since 2019, when a methane blast killed 21 workers, before edging up on Wednesday": the when's year
        if when:
            return when[0]
        # "62,000 attended on Friday, 71,000 on Saturday": a date told right after the figure is its own
        right_after = [d for d in inside if _DATE_LEAD.fullmatch(doc.lower, m.end, d.start)]
        if right_after:
            return right_after[0]
        # "passed the halfway mark over the weekend, with 5.4 million children vaccinated as of Monday, October 13":
        # the date its comma clause says it holds as of
        clo, chi = sentence.clause_of(m.start)
        stated = [d for d in inside if clo <= d.start < chi and d.start > m.start and (
            doc.lower.startswith("as of ", d.start) or doc.lower.endswith("as of ", 0, d.start))]
        if stated:
            return max(stated, key=lambda d: d.end - d.start)
        nearest = min(inside, key=lambda d: abs(d.start - m.start))
        if nearest.low == nearest.high and not clause <= nearest.start < sentence.clause_of(m.start)[1] \
                and _told_as_total(sentence, m):
            # "62,000 on Friday, ... 68,000 on Sunday, a cumulative attendance of 201,000": the total over the days
            days = [d for d in inside if d.low is not None and d.low == d.high]
            if len(days) < 2:
                return None
            first, last = min(days, key=lambda d: d.low), max(days, key=lambda d: d.low)
            return Mention("date", first.start, last.end, None, first.low, last.high, precision="day")
        return nearest
    # A past event's date dates the figures of its own comma clause, and those after it: "Boston received about 18
    # inches, well short of its record of 26.7 inches set in February 2003" dates the 26.7 alone
    clo, chi = sentence.clause_of(m.start)
    past = [d for d in times.events.get(sentence.start, ()) if lo <= d.start < hi
            and (times.long_before(d) or d.extra.get("past_owner")) and (d.start < m.start or clo <= d.start < chi)
            and not _begins_a_span_after(sentence, d, m) and not _of_compared(doc, m, d)]
    if past:
        return min(past, key=lambda d: abs(d.start - m.start))
    if _speaks_of_own_time(sentence, lo, hi, m):
        frame = times.frame_before(lo)
        if frame is not None and times.long_before(frame) and _only_later(sentence, lo, m):
            return frame  # "In August 2013, ...; regulators later fined the company $45,000": after then, not now
        return None
    return times.frame_before(lo)


def _of_compared(doc: Document, m: Mention, d: Mention) -> bool:
    """Whether a date after a figure is that of another figure a comparison sets beside it: "two fewer than the 18
    who died a year ago", "0.08 per cent, below the 0.16 per cent seen during the 2023 epidemic"."""
    return d.start >= m.end and _COMPARED_FIGURE.search(doc.lower, m.end, d.start) is not None


def _told_as_total(sentence: Sentence, m: Mention) -> bool:
    """Whether a word of a total stands in the few words before a figure: "a cumulative attendance of 201,000", "a
    total of 508", "combined sales of"."""
    i = sentence.word_index(m.start)
    return not _TOTAL_WORDS.isdisjoint(sentence.texts[max(0, i - 4) : i])


def _only_later(sentence: Sentence, lo: int, m: Mention) -> bool:
    """Whether the one word of its own time before a figure is "later": after the time set before it, not now."""
    words = set(sentence.texts[sentence.word_index(lo) : sentence.word_index(m.end) + _OWN_TIME_REACH]) & _OWN_TIME
    return words == {"later"}


def _speaks_of_own_time(sentence: Sentence, lo: int, hi: int, m: Mention) -> bool:
    """Whether a figure's strong clause dates it apart from the time set before it, by a word before the figure or
    right after it ("had previously put the toll at 275", "300 are now missing"); not by another verb's ("six
    workers were hospitalised and regulators later fined the company")."""
    first = sentence.word_index(lo)
    last = min(sentence.word_index(m.end) + _OWN_TIME_REACH, sentence.word_index(hi))
    return not _OWN_TIME.isdisjoint(sentence.texts[first:last])


# Words that tell a figure as the sum over a span: no one day of it dates the figure.
_TOTAL_WORDS = frozenset("cumulative total combined overall aggregate altogether".split())
# What joins a figure to the date told right after it: "71,000 on Saturday".
_DATE_LEAD = re.compile(r"\s+(?:on|in|at|during|by)\s+(?:the\s+)?")
# A debt a sum "under" weighs on its holder with: "struggles under $1.34 billion in debt".
_BURDEN = re.compile(r"[ ](?:in|of)[ ](?:\w+[ ])?(?:debts?|liabilities|losses|borrowings?)\b")
# Spans of time a sentence may open with, numbered ("In the first quarter"): dates, no occasions of their own.
_SPANS_OF_TIME = frozenset("quarter half week month year day hour minute period season term".split())
# Verbs of saying that open what was said, in its own tense.
_SAYING = frozenset("said says told".split())
# Words that open a clause of its own time, and past forms that put it in the past ("when it filed").
_PAST_CLAUSE_OPENERS = frozenset("when after since that which who".split())
_PAST_FORMS = frozenset("was were had did began ran ended took made said saw".split())
# The words between a figure and the date of an earlier figure it is set against, told by words of its own ("from
# the two reported on Tuesday", "up from the 6,200 it estimated when it filed on Tuesday"); "rose to 12 from nine on
# Monday" rose on Monday.
_EARLIER_REPORT = re.compile(r"(?: [a-z]+)?[ ,]+(?:(?:up|down) )?from (?:the |an? )?(?:[a-z]+ )?[\w,.]+ "
                             r"(?!(?:on|in|at|by)\b)[a-z]+(?: [a-z]+){0,5}? (?:on|in|at|late|early|earlier)[ ,]*")
# A figure set beside another for comparison, the other's number after it: "than the 18", "short of the record 373,691",
# "below the 0.16 per cent", "up on the $98.1M"; or a multiple of another told by its noun: "double the tally", "three
# times the number a month ago"; or a record it beat: "beating the August 2024 record of 85.9 GW".
_COMPARED_FIGURE = re.compile(r"\b(?:than|short of|compared (?:with|to)|versus|ahead of|behind|below|above|"
                              r"(?:up|down) on)\b[^.;:]*?\d"
                              r"|\b(?:than|double|twice|triple|treble|times|beating|surpassing|breaking|eclipsing"
                              r"|exceeding|topping) (?:the|that|those|its|their)\b")
# A total told to date from a start: "$1.54 million since 2018".
_SINCE_AFTER = re.compile(r"\s+since\b")
# How many words after a figure a word of its own time may stand ("300 people are now missing").
_OWN_TIME_REACH = 3
_RELATIVE_WORDS = frozenset(("that", "which", "who"))
# A relative clause that tells what happened in or at an event named before it.
_EVENT_RELATIVE = re.compile(r",\s+(?:in|during|at)\s+which\b|,\s+where\b")


def _relative_to_event(doc: Document, m: Mention, lo: int, event_dates) -> Mention | None:
    """The date of the event a figure's relative clause tells of ("Thursday's protests, in which police counted
    84,000 marchers"): the last event date before the clause's opener, with no other opener between."""
    if not event_dates:
        return None  # most sentences date no event
    openers = list(_EVENT_RELATIVE.finditer(doc.lower, lo, m.start))
    if not openers:
        return None
    opener = openers[-1].start()
    before = [d for d in event_dates if d.end <= opener and "," not in doc.text[d.end : opener]]
    return max(before, key=lambda d: d.start) if before else None


def _during_event(doc: Document, m: Mention, hi: int, event_dates) -> Mention | None:
    """The date of the event a figure is told as happening during, right after it in its clause ("about 2,900
    appointments during the July strike last year")."""
    if not event_dates:
        return None  # most sentences date no event
    found = _DURING.match(doc.lower, m.end, min(hi, m.end + _DURING_REACH))
    if found is None:
        return None
    after = [d for d in event_dates if found.end() <= d.start < hi
             and not any(mark in doc.text[found.end() : d.start] for mark in ",;")]
    return min(after, key=lambda d: d.start) if after else None


# "during" right after a figure's words, a few words on: "2,900 appointments during the July strike".
_DURING = re.compile(r"[^,;.]*?\b(?:during|throughout)\s")
_DURING_REACH = 40
# A participle's aside about a noun, right before its date: ", built in 1971,", ", commissioned in 1988,".
_ASIDE_PARTICIPLE = re.compile(r",[ ](?:[a-z]+ed|built|born|set[ ]up)[ ](?:in|on)[ ](?:early[ ]|late[ ]|mid-?)?\Z")
# What may open a negative number that is none: a dash between phrases, or "minus" after "plus or".
_NOT_A_MINUS = re.compile(r"(?P<dash>- )|(?P<word>minus )")
# Words that put a figure's own comma clause in the present ("now holds about 1,140").
_PRESENT = frozenset(("now", "currently"))
# Words that open a clause of what came before the telling: "now confirmed dead after the plane crashed on Friday".
_AFTER_WORDS = frozenset(("after", "following", "since"))
# Words by which a sentence dates its figures apart from the time set before it ("had previously put").
_PERFECT = frozenset(("has", "have"))
_OWN_TIME = frozenset("previously earlier initially originally formerly later now currently".split())
# What may stand before a date that opens its clause: punctuation, prepositions, "the", a part of the day.
_FRAME_LEAD = re.compile(r"[\W_]*(?:(?:on|in|at|by|as|of|since|during|throughout|from|early|late|the|night|morning"
                         r"|afternoon|evening)[\W_]+)*")


def _opens_clause(doc: Document, sentence: Sentence, d: Mention) -> bool:
    """Whether a date opens its strong clause (after a dateline, for the first clause): a frame for the
    figures after it."""
    if d.extra.get("modifier"):
        return False  # "The 1987 sinking of the Dona Paz killed ...": the year of a noun, no frame for what follows
    lo, _ = doc.strong_clause(sentence, d.start)
    if lo == sentence.start:
        lo = max(lo, doc.dateline_end(sentence))
    return _FRAME_LEAD.fullmatch(doc.lower, lo, d.start) is not None


class _Times(dict):
    """The dates that may date a text's figures, by the start of their sentence (a time anchor, or a date
    of no event); and those that open a clause, which date the figures after them in their paragraph.
    Blank lines part paragraphs, or line breaks in a text without blank lines between its lines."""

    __slots__ = ("_text", "_paragraphs", "_frames", "_starts", "compared", "owned", "since", "events",
                 "background_before")

    def __init__(self, text: str):
        super().__init__()
        self._text = text
        # The dates of figures something is compared with, by where their preposition starts.
        self.compared: dict[int, Mention] = {}
        # The dates whose figure follows their possessive mark, by where the figure starts ("surpassing last year's
        # 4.3 million"): the date of that figure alone.
        self.owned: dict[int, Mention] = {}
        # The dates after "since", by where "since" starts: the start of the span a change right before it is over.
        self.since: dict[int, Mention] = {}
        # The dates of events, by the start of their sentence; and the day before which an event is background.
        self.events: dict[int, list[Mention]] = {}
        self.background_before: float | None = None
        self._paragraphs: list[int] | None = None  # read on the first frame asked for: most texts have none
        self._frames: list[Mention] = []
        self._starts: list[int] | None = None

    def gone_by(self, d: Mention) -> bool:
        """Whether a date ends more than a month before the story's news day (335 days after the background
        line): an occasion of its own."""
        return self._ends_before(d, 335)

    def long_before(self, d: Mention) -> bool:
        """Whether a date ends before the story's background line (a year before its news day)."""
        return self._ends_before(d, 0)

    def _ends_before(self, d: Mention, days_after_line: int) -> bool:
        last = d.high if d.high is not None else d.value
        return self.background_before is not None and last is not None \
            and last < self.background_before + days_after_line

    def add(self, sentence: int, d: Mention, opens: bool) -> None:
        self.setdefault(sentence, []).append(d)
        if opens and not d.extra.get("window"):
            self._frames.append(d)
            self._starts = None

    def frame_before(self, pos: int) -> Mention | None:
        """The last date opening a clause before pos in pos's paragraph."""
        if self._starts is None:
            self._frames.sort(key=lambda d: d.start)
            self._starts = [d.start for d in self._frames]
        k = bisect.bisect_left(self._starts, pos) - 1
        if k < 0:
            return None
        if self._paragraphs is None:
            self._paragraphs = _paragraph_starts(self._text)
        first = self._paragraphs[bisect.bisect_right(self._paragraphs, pos) - 1]
        return self._frames[k] if self._starts[k] >= first else None


_LINE_BREAK = r"(?:\r\n|\r|\n)"
_BLANK_LINE = re.compile(rf"{_LINE_BREAK}[ \t\f\v]*{_LINE_BREAK}")
_LINE = re.compile(_LINE_BREAK)


def _paragraph_starts(text: str) -> list[int]:
    """Where a text's paragraphs start (0 first): after blank lines, or after every line break when no
    blank line stands between two of its lines (a text with one paragraph per line)."""
    inner = _BLANK_LINE.search(text, len(text) - len(text.lstrip()), len(text.rstrip())) is not None
    return [0, *(m.end() for m in (_BLANK_LINE if inner else _LINE).finditer(text))]


def _change_since(doc: Document, end: int, times: _Times, source: Source) -> tuple[str, bool] | None:
    """The span a change is over when "since" and a date follow it ("has risen about 14 per cent since
    January"): from that date to the news day. A change over another span is no rival of it."""
    rest = doc.text[end : end + 12]
    since = times.since.get(end + len(rest) - len(rest.lstrip()))
    day = source.news_day
    if since is None or day is None:
        return None
    first = _iso_span(since).partition("/")[0]
    return (f"{first}/{day.isoformat()}", True) if first and first <= day.isoformat() else None


# A relative clause opening between a count and its "since": "including the reading room that has served the town
# since 1887" dates the reading room's service, not the count.
_RELATIVE_BETWEEN = re.compile(r"\b(?:that|which|who|where)\b")


def _counted_since(doc: Document, sentence: Sentence, end: int, times: _Times,
                   source: Source) -> tuple[str, bool] | None:
    """The span a count is a total over when its clause says "since" a date long before ("at least 1,680
    students have been kidnapped in the region since 2014"): from that date to the news day, no rival of a count
    of the story's own day."""
    hi = doc.strong_clause(sentence, end)[1]
    day = source.news_day
    # "since 2014" after the count in its clause, or opening its sentence ("Since February 2022, European
    # governments have expelled more than 600 Russian diplomats")
    since = next((at for at, d in times.since.items() if (end <= at < hi and not _RELATIVE_BETWEEN.search(
        doc.lower, end, at) or at == sentence.words[0].start < end) and times.long_before(d)), None)
    if since is None or day is None or superlative_before(sentence.texts, sentence.word_index(since),
                                                          sentence.word_index(end)):
        return None  # "31 people died in the worst festival disaster since 1987": a record's term, no span
    since = times.since[since]
    first = _iso_span(since).partition("/")[0]
    return (f"{first}/{day.isoformat()}", True) if first else None


def _iso_span(d: Mention) -> str:
    lo = day_to_iso(d.low if d.low is not None else d.value)
    hi = day_to_iso(d.high if d.high is not None else d.value)
    if d.precision == "month" and lo:
        return lo[:7]
    if d.precision == "year" and lo:
        return lo[:4]
    return lo if lo == hi or hi is None else f"{lo}/{hi}"


def _window(doc: Document, sentence: Sentence, start: int, dates_by_sentence) -> float | None:
    """The rolling window a figure covers: one its comma clause names ("286 mm of rain in the 24 hours to
    8.30am, and 612mm over 72 hours"), else its sentence's only one ("in the last 24 hours, 12 died and 30
    were hurt"), in days."""
    cache = doc.window_cache
    if sentence.start not in cache:
        cache[sentence.start] = _find_windows(sentence, dates_by_sentence)
    windows = cache[sentence.start]
    if len(windows) < 2:
        return windows[0][1] if windows else None
    lo, hi = sentence.clause_of(start)
    own = [(at, days) for at, days in windows if lo <= at < hi]
    return min(own, key=lambda w: abs(w[0] - start))[1] if own else None


# Words that open a window of time a figure covers: "in the 24 hours to 8.30am", "over 72 hours", "in the last day",
# "across the three days of the meeting".
_WINDOW_OPENERS = frozenset("in over during within across".split())
# Words that name one day of an event that runs longer: "the first day", "its final day".
_ONE_DAY_OF = frozenset("first second third fourth fifth opening final closing".split())
_ONE_DAY_LEADS = frozenset("on during over in across for watched attended".split())
_WINDOW_UNITS = {"hour": 1 / 24, "day": 1.0, "week": 7.0}


def _find_windows(sentence: Sentence, dates_by_sentence) -> list[tuple[int, float]]:
    """(where, days) of each rolling window a sentence names."""
    found = [(d.start, float(d.extra["window_days"])) for d in dates_by_sentence.get(sentence.start, ())
             if d.extra.get("window_days")]
    words, texts = sentence.words, sentence.texts
    for i in range(2, len(words)):
        if words[i].lemma not in _WINDOW_UNITS:
            continue
        if texts[i] == "day" and texts[i - 1] in _ONE_DAY_OF and texts[i - 2] in ("the", "its", "their") \
                and i >= 3 and texts[i - 3] in _ONE_DAY_LEADS \
                and not any(words[i - 2].start <= at <= words[i].end for at, _ in found):
            # "A crowd of 18,350 watched the first day", "on the final day": one day's figure, not the whole event's
            # (a notice that "entered its second day" is no figure of that day)
            found.append((words[i - 2].start, 1.0))
            continue
        n = parse_number(texts[i - 1])
        if n is None or texts[i - 1] in ("a", "an"):
            continue
        k = i - 2
        while k >= 0 and i - k <= 4 and texts[k] in ("the", "last", "past", "previous"):
            k -= 1
        if k > 0 and texts[k] == "over" and texts[k - 1] == "for":
            continue  # "trapped for over 72 hours": how long, not a window
        if k >= 0 and (texts[k] in _WINDOW_OPENERS or texts[k + 1] in ("last", "past", "previous")) \
                and not any(words[k].start <= at <= words[i].end for at, _ in found):
            found.append((words[k].start, n * _WINDOW_UNITS[words[i].lemma]))
    return sorted(found)


# A figure of an event's opening stretch ("$200 million in its first two weeks", "18,000 affected on the first
# day alone"): an earlier reading of a total.
_OPENING_STRETCH = re.compile(r"\b(?:in|over|during|for|within|on)\s+(?:its|the|their)\s+first\s+(?:\w+\s+)?"
                              r"(?:hours?|days?|weeks?|months?)\b")


def _told_by_hour(doc: Document, sentence: Sentence, start: int, times: "_Times") -> bool:
    """Whether the figure's clause tells it by a time of day, a time anchor's "by 9am" (find_time_anchors)."""
    lo, hi = doc.strong_clause(sentence, start)
    return any(d.extra.get("by") and d.extra.get("time") and lo <= d.start < hi for d in times.get(sentence.start, ()))


def _runs(doc: Document, frame) -> bool:
    """Whether the figure is a running total (a toll, the missing), whose counts through a day are updates."""
    return frame is not None and doc.vocabulary.lexicon.running_role(frame.role)


# Words that open a phrase fronted before a sentence's subject: "So far, ...", "With 62 per cent counted, ...".
_FRONTING = PREPOSITIONS | frozenset(("so", "initially", "previously", "earlier", "originally"))


def _provisional(doc: Document, sentence: Sentence, start: int) -> bool:
    voc = doc.vocabulary
    lo, hi = doc.strong_clause(sentence, start)
    if "first" in sentence.forms and _OPENING_STRETCH.search(doc.lower, lo, hi):  # the pattern's one fixed word
        return True
    # A cue marks the figures of its own comma clause ("revising an earlier figure of two" is not the new three).
    clause_lo, clause_hi = sentence.clause_of(start)
    if not doc.has_cue(sentence, voc.provisional, clause_lo, clause_hi):
        # A phrase fronted before the sentence's subject holds for all of it: "So far, 1,200 people have been
        # evacuated", "With 62 per cent of ballots counted, the measure had 48,310 votes"; not a main clause
        # before a comma ("Engineers had so far removed sand from the bow, which is buried 12 to 16 metres deep")
        lead_lo, lead_hi = sentence.clause_of(sentence.start)
        if lead_hi > start or sentence.texts[0] not in _FRONTING \
                or not doc.has_cue(sentence, voc.provisional, lead_lo, lead_hi):
            return False
    near_before = [w for w in sentence.words if w.end <= start][-3:]
    return not (near_before and doc.has_cue(sentence, voc.revised, near_before[0].start, start))
