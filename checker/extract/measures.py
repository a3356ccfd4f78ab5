"""Measures in text: percentages, temperatures, lengths, masses, volumes, areas, speeds, money and ages."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from checker.extract.mention import Mention
from checker.extract.numbers import (DEFAULT_POLICY, NUMBER_WORD_PATTERN, NumberPolicy, NumberSpan, interval_for,
                                     matches_from_starts, number_spans, parse_number, prefix_qualifier)
from checker.extract.word_dispatch import trie
from checker.normalize import units as U
from checker.vocabulary import lemma, load_vocabulary

__all__ = ["find_measures"]


# Units read after a number. Single letters and "in" are too ambiguous spaced out ("5 m" is fine,
# "5 in the morning" is not), so they count only when glued to the digits.
_AMBIGUOUS_SPACED = {"c", "f", "k", "in", "t", "g", "gr", "'", '"', "″", "l", "lt", "m", "mi", "pc", "kr", "rs",
                     "rm", "real", "won", "rand", "ha", "kn", "buck", "tk", "crowns", "pen"}
# Currency words that are English words too, read as money only after a sum no count would be: "715 million won",
# "21 billion crowns".
_LARGE_SUM_WORDS = frozenset(("won", "crowns"))
_LARGE_SUM = 1000
# Currency codes written before a number, whatever follows: "Rs 22.66 crore" is rupees, "USD 5 million" dollars.
# Codes before a number written with words ("USD 14 billion", "RM 2.5 million"): every ISO code that is no
# English word ("try", "cad", "gel", "pen" are), and the common letter symbols.
_CODES_BEFORE = frozenset({c.lower() for c in U.CURRENCY_CODES} - {"try", "cad", "gel", "pen"}
                          | set(U.LETTER_CURRENCIES))
_UNIT_WORDS = {k: v for k, v in U.UNIT_TOKENS.items() if v != "kelvin" or k == "kelvin"}
_DEGREE = r"(?:°|º|degrees?|deg\.?)"
_TEMP_WORDS = "celsius|celcius|centigrade|centigrate|fahrenheit|farenheit|fahrenheight"
_TEMP_CUE_RE = re.compile(
    r"(?:temperature|degree|weather|cold|heat|warm|frost|freez|°|celsius|fahrenheit|thermometer|high of|low of|"
    r"highs|lows|hot|chill|mercury|cool|balmy|sweltering|scorching|\bminus[ ][\d.]+$|"
    # "At 3pm, it was 34C", "it's 16C in the city centre": the weather's "it"
    r"\bit(?:'s|’s| was| is| will be)[ ](?:a[ ])?(?:[a-z]+[ ])?[-−]?\d[\d.]*[cf]?$)"
)
_TEMP_RE = re.compile(
    rf"(?P<sp>[ ]{{0,2}})(?:{_DEGREE}[ ]{{0,2}}(?P<scale>{_TEMP_WORDS}|kelvin|c|f|k)?(?![a-z])"
    rf"|(?P<sym>℃|℉)|(?P<word>{_TEMP_WORDS})(?![a-z]))"
    rf"(?P<below>[ ]{{1,2}}below[ ](?:zero|freezing))?"
)
_UNIT_RE = re.compile(rf"(?P<sp>[ ]{{0,2}}|-|[ ]?[(\[{{<])(?P<u>{trie(_UNIT_WORDS)})(?![a-z0-9²³])")
# Spaced short units that are also words or letters ("5 m", "2 g", "7 l", "5 in") count where nothing
# wordy follows: the end, punctuation, another figure, or a joining word of measures ("of", "x", "and", "to").
_SPACED_OK = frozenset({"m", "g", "gr", "l", "lt", "mi", "t", "ha", "kn", "''"})
_AFTER_SPACED_UNIT_RE = re.compile(r"[ ]{0,2}(?:$|[.,;:!?)\]}>/]|[ ](?:of|x|×|and|to|or|by|per)\b|[ ]{1,2}[\d(]|[ ]{1,2}$)")
_AFTER_SPACED_IN_RE = re.compile(r"(?:$|[.,;:!?)\]}>/](?!\d)|[ ]{1,2}$)")
_BRACKET_CLOSE = {"(": ")", "[": "]", "{": "}", "<": ">"}
_CURRENCY_AFTER_RE = re.compile(rf"(?P<sp>[ ]{{0,2}})(?P<u>{trie(U.CURRENCY_TOKENS)})(?![a-z])")
# Cheap test before the search: the character before a number (or one space before) ends a currency token.
_CURRENCY_LAST_CHARS = frozenset(t[-1] for t in U.CURRENCY_TOKENS if t[-1] != " ")
_CURRENCY_BEFORE_RE = re.compile(rf"(?<![a-z])(?P<u>{trie(U.CURRENCY_TOKENS)})[ ]{{0,2}}$")
# "$10m", "£2.3bn": after a currency, m and bn are scales, not metres.
_MONEY_SCALE_RE = re.compile(r"(?P<s>m|mn|mln|bn|b|k|tn|million|billion|trillion|thousand)(?![a-z])", re.I)
# A figure shortly before a bracketed sum: the bracket restates it ("$300m (£236m)", "200,000 rupees ($2,300)").
_DIGIT_RE = re.compile(r"\d")
# The rest of a range of sums written with one currency sign: "-340 million" after "£310".
_MONEY_RANGE_TAIL = re.compile(r"[-–](?P<high>\d+(?:\.\d+)?)(?![\d,])"
                               r"(?:[ ]?(?P<scale>m|mn|bn|million|billion|trillion)(?![a-z]))?")
_MONEY_SCALES = {"m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12,
                 "million": 1e6, "billion": 1e9, "trillion": 1e12, "thousand": 1e3}
_CENTS_RE = re.compile(r"(?:[ ]{1,2}and)?[ ]{1,2}(?P<n>\d{1,2}|[a-z]+(?:[- ][a-z]+)?)[ ]{1,2}(?:cents?|pence|p|kopecks?|kopiykas?|centimes?)(?![a-z])")
_MINOR_UNIT_RE = re.compile(r"(?:[ ]{0,2}|-)(?P<u>cents?|pence|penny|pennies|¢)(?![a-z])")
# Pence written as a "p" glued to the amount ("53.68p per day", "26.35p/kWh"), in a text of pounds and pence
# ("1080p" in a text of no British money is a video's resolution).
_GLUED_PENCE_RE = re.compile(r"(?P<u>p)(?![a-z0-9])")
_BRITISH_MONEY_RE = re.compile(r"£|\bpence\b|\bpounds?\b|\bsterling\b")
_PRECIOUS_METAL = re.compile(r"\b(?:gold|silver|platinum|palladium|bullion)\b")
_MONEY_CUE_RE = re.compile(
    r"(?:cost|price|paid|pay(?!load)|spen[dt]|sold|bought|buy|worth|profit|revenue|income|budget|fund|fine[ds]?\b|fee|"
    r"salary|wage|earn|owe|debt|loan|£|sterling|invest|bid|tax|charge|donat|compensat|turnover|turn(?:s|ed)? over|"
    r"sales)"
)
_POUNDS_RE = re.compile(r"[ ]pounds?(?![a-z])")
# Words of weight: "190 million pounds" is a sum unless its sentence weighs something ("a payload of 1.2 million
# pounds", "weighing 3 million pounds").
_WEIGHT_CUE_RE = re.compile(r"\b(?:weigh|heav|load|cargo|thrust|payload|tons?\b|tonnes?\b|lbs?\b)")
# A verb of weighing right before the figure: "weighed more than 2,500 pounds" is a weight, whatever else is said.
_WEIGHED_BEFORE = re.compile(r"\bweigh(?:s|ed|ing)?\b[^.;,]{0,30}$")
# A weight restated in pounds in brackets: "9,400 tonnes (about 2.1 million pounds)", in a text of sterling sums too.
_MASS_RESTATED_BEFORE = re.compile(r"(?:tonnes?|tons?|kilograms?|kilos?|kg|t)[ ]?\((?:about|roughly|some|around|nearly|"
                                   r"almost|approximately|or|over|more than)?[ ]?$")
_PER_RE = re.compile(r"[ ](?:a|an|per)[ ]")
# An ISO code glued to the amount, as in price lists and tickers: "USD3.14", "GBP3.01", "RM42".
_GLUED_CODES = [c.lower() for c in U.CURRENCY_CODES] + [*U.LETTER_CURRENCIES, "us$", "r$"]
_GLUED_CODE_RE = re.compile(
    rf"(?<![a-z])(?P<c>{trie(_GLUED_CODES)})"
    r"(?P<n>\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,6})?|\d{1,15}(?:\.\d{1,6})?)"
    r"(?:[ ]?(?P<s>mn|mln|bn|tn|m|b|k|million|billion|trillion|thousand)(?![a-z]))?(?![\d.,]\d|[a-z])"
)
# The amount of a glued code starts with a digit right after a letter or "$", two or three characters
# after the code's start: the pattern is tried only there, instead of at every offset of the text.
_DIGIT_AFTER_CODE_RE = re.compile(r"\d(?<=[a-z$]\d)")
_GLUED_CODE_LENGTHS = sorted({len(c) for c in _GLUED_CODES}, reverse=True)
_AGE_RE = re.compile(
    r"[ ]{0,2}-?(?P<u>years?|yrs?|months?|weeks?|days?)(?:-|[ ])(?:old|of[ ]age)(?![a-z])|[ ]?(?P<yo>yo|y\.o\.)(?![a-z])"
)
_AGE_BEFORE_RE = re.compile(r"(?<![a-z])(?:(?:aged|ages)[ ](?:between|from|over|under|above|below)[ ]"
                            r"|(?:aged?|ages)[ ]"
                            # "children under five", "those over 65": the age that bounds a group of people
                            r"|(?:children|child|kids|babies|infants|toddlers|people|those|adults|patients|boys|girls"
                            r"|pupils|youngsters|residents|men|women)[ ](?:under|over|below|above)[ ])$")
# The later ages of a list after "aged": "aged 34 and 39", "aged 19, 23 or 27", "aged between 24 and 51", "aged seven
# and nine".
_AN_AGE = rf"(?:\d{{1,3}}|{NUMBER_WORD_PATTERN})"
_AGE_LIST_BEFORE_RE = re.compile(rf"(?<![a-z])(?:aged?[ ]|ages[ ]|aged[ ]between[ ]|aged[ ]from[ ])"
                                 rf"{_AN_AGE}(?:,[ ]{_AN_AGE}){{0,8}}"
                                 rf"(?:,?[ ](?:and|or|to)|,)[ ]$")
_AGE_UNITS = {"year": 1.0, "yr": 1.0, "month": 1 / 12, "week": 7 / 365.25, "day": 1 / 365.25}
_RANGE_GAP_RE = re.compile(r"[ ]{0,3}(?:-|–|—|to|and|through)[ ]{0,3}(?:about[ ]|around[ ]|~)?")
_RANGE_LEAD_RE = re.compile(r"(?<![a-z])(?:between|from)[ ]{1,2}$")
_SUM_GAP_RE = re.compile(r"(?:,|[ ]and|,[ ]and)?[ ]{0,2}")
_PERCENT_WORDS = (" per cent", " percents", " percent", " pct", " percentage points", " percentage point", "-per cent",
                  " per-cent")
_BASIS_POINT_WORDS = (" basis points", " basis point", "-basis-point", " bps", " bp", "bps", "bp")
# A temperature restated on the other scale in brackets: "1,100C (2,900F)", "35C (95 F)".
_OTHER_SCALE_AFTER_RE = re.compile(r"[ ]?\([ ]?[-−]?\d[\d,.]*[ ]?°?[ ]?[cf]\)")
_OTHER_SCALE_BEFORE_RE = re.compile(r"\d[ ]?°?[ ]?[cf][ ]?\([ ]?[-−]?[\d,.]*\d\Z")
_PERCENT_OF_RE = re.compile(r"(?<![a-z])(?:per[ ]?cents?|percents?)[ ]of[ ]$")


# Words of an angle before bare degrees: "an inclination of 97.6 degrees", "a heading of 270 degrees".
_ANGLE_BEFORE = re.compile(r"\b(?:inclination|angle|latitude|longitude|heading|bearing|tilt|slope|gradient|pitch|"
                           r"turn(?:ed|ing)?|rotat\w*|azimuth)\b(?:[^;!?.]|\.(?=\d)){0,25}$")


# The time a bare degree is summed over: "12 degree heating weeks", "2,100 degree days", "degree-days".
_DEGREE_TIME_AFTER = re.compile(r"[ -](?:(?!for[ ]|of[ ]|in[ ]|on[ ]|over[ ]|per[ ]|a[ ]|the[ ])[a-z]+[ ])?"
                                r"(?:days|weeks|months)\b")


def _unit_after(lower: str, end: int, glued: bool) -> tuple[str, str, int, dict] | None:
    """(kind, pint unit or "degree", end, extra) for a unit right after a number ending at `end`."""
    m = _TEMP_RE.match(lower, end)
    if m and (m.group("scale") or m.group("sym") or m.group("word") or "deg" in m.group() or "°" in m.group() or "º" in m.group()):
        if m.group("word") and m.group("sp") == "" and not glued:
            pass
        token = m.group("scale") or m.group("sym") or m.group("word")
        if token is None and _ANGLE_BEFORE.search(lower, max(0, end - 40), end):
            return None  # "inclination 97.6 degrees", "a 45-degree angle": an angle, no temperature
        if token is None and m.group().endswith("degree") and _DEGREE_TIME_AFTER.match(lower, m.end()):
            return None  # "1,500 heating degree days", "12 degree heating weeks": heat over time, no temperature
        unit = U.unit_for_token({"℃": "°c", "℉": "°f"}.get(token, token)) if token else "degree"
        extra = {"below_zero": bool(m.group("below"))}
        return "temperature", unit or "degree", m.end(), extra
    m = _UNIT_RE.match(lower, end)
    if m:
        token = m.group("u")
        sp = m.group("sp")
        uend = m.end()
        if sp and sp[-1] in _BRACKET_CLOSE:
            # "20 (kg)", "20 [kg]": a unit in brackets, closed right after it
            if lower[uend : uend + 1] != _BRACKET_CLOSE[sp[-1]]:
                return None
            uend += 1
        elif token in _AMBIGUOUS_SPACED and sp and (sp != "-" or len(token) < 2):
            after = _AFTER_SPACED_IN_RE if token == "in" else _AFTER_SPACED_UNIT_RE
            if (token not in _SPACED_OK and token != "in") or sp == "-" or not after.match(lower, uend):
                return None
        if token == '"' and lower.count('"', lower.rfind("\n", 0, end) + 1, end) % 2:
            return None  # 'said "more than 8mn" customers': the mark closes a quotation, no inches
        unit = U.UNIT_TOKENS[token]
        if token in ("c", "f"):
            # A glued "25C" is a temperature only where the text talks about one ("11c" may be cents,
            # "777F" a model name): a cue word close before, a signed value, or the other scale in brackets
            # after it ("1,100C (2,900F)").
            if not _TEMP_CUE_RE.search(lower, max(0, end - 80), end) and lower[end - 2 : end - 1] not in "-−" \
                    and not _OTHER_SCALE_AFTER_RE.match(lower, uend) and not _OTHER_SCALE_BEFORE_RE.search(
                        lower, max(0, end - 30), end):
                return None
            return "temperature", unit, uend, {"below_zero": False}
        if token in U.PER_DAY_TOKENS:
            return U.UNIT_DIMENSION[unit], unit, uend, {"per": "day"}
        rate = _HYPHENATED_RATE.match(lower, uend)
        if rate is not None:  # "a 95,000-barrel-per-day unit", "the 340,000 barrel-a-day refinery"
            return U.UNIT_DIMENSION[unit], unit, rate.end(), {"per": rate["per"]}
        return U.UNIT_DIMENSION[unit], unit, uend, {}
    return None


_WORD_AFTER = re.compile(r"[ ]([a-z]+)")


def _people_after(lower: str, end: int) -> bool:
    """Whether a noun for people follows a figure at once: "1.2m people", "3m voters". People have no length, so
    a glued "m" before them is a million. ("7m homes" stays unread: a bare count of homes, compared with every
    other, would set the homes on fixed deals against those on the cap.)"""
    word = _WORD_AFTER.match(lower, end)
    if word is None:
        return False
    people = load_vocabulary().people
    return (word[1],) in people or (lemma(word[1]),) in people


# A rate's time glued to its unit by hyphens: "95,000-barrel-per-day", "340,000 barrel-a-day".
_HYPHENATED_RATE = re.compile(r"-(?:per|a|an)-(?P<per>second|minute|hour|day|week|month|year)\b")


# What ends a sentence, for the words around a figure that only its own sentence may lend it.
_SENTENCE_STOPS = (". ", "; ", "? ", "! ", "\n")


def _sentence_start(lower: str, pos: int, most: int) -> int:
    """Where the sentence going on at pos starts, looking at most `most` characters back."""
    window = lower[max(0, pos - most) : pos]
    last_stop = max(window.rfind(stop) for stop in _SENTENCE_STOPS)
    return pos - len(window) + last_stop + 1


def _sentence_end(lower: str, pos: int, most: int = 200) -> int:
    """Where the sentence going on at pos ends, looking at most `most` characters on."""
    ends = [k for k in (lower.find(stop, pos, pos + most) for stop in _SENTENCE_STOPS) if k >= 0]
    return min(ends, default=min(len(lower), pos + most))


def _clause_end(lower: str, pos: int, most: int) -> int:
    """Where the clause going on at pos ends (a comma, a stop, a semicolon), looking at most `most` characters on."""
    window = lower[pos : pos + most]
    ends = [k for k in (window.find(","), window.find("."), window.find(";")) if k >= 0]
    return pos + (min(ends) if ends else len(window))


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
    if m.value is None:
        return m
    q = prefix_qualifier(lower, m.start)
    if q is None:
        return m
    qualifier, start = q
    if qualifier == "equal":
        qualifier = "exact"
    low, high, lo_inc, hi_inc = interval_for(m.value, qualifier, policy, m.extra.get("original_value"))
    return Mention(m.kind, start, m.end, m.value, low, high, lo_inc, hi_inc, m.unit, qualifier,
                   m.precision, m.noun, dict(m.extra))


def _read_single(lower: str, spans: list[NumberSpan], idx: int) -> Mention | None:
    span = spans[idx]
    value, start, end = span.value, span.start, span.end
    if start >= 2 and lower[start - 1] == "-" and lower[start - 2].isalnum():
        word = lower[max(0, start - 12) : start - 1].rsplit(None, 1)[-1:]
        if word and not word[0][0].isdigit() and any(ch.isalpha() for ch in word[0]):
            return None  # "SCP-173m", "F-16", "scp2-173m": a model name, not a measure
    if start >= 2 and lower[start - 1] == ":" and lower[start - 2].isdigit():
        return None  # "11:45 PT": the minutes of a clock time, no pints
    # Currency before the number: "$2.3bn", "EUR 20", "US$ 1mm".
    cur = (
        _CURRENCY_BEFORE_RE.search(lower, max(0, start - 8), start)
        if start and lower[start - 1] in _CURRENCY_LAST_CHARS or lower[start - 2 : start - 1] in _CURRENCY_LAST_CHARS
        else None
    )
    if cur and cur.group("u").isalpha() and (len(cur.group("u")) > 3 or cur.group("u") in _AMBIGUOUS_SPACED) \
            and cur.group("u") not in _CODES_BEFORE:
        cur = None  # "won 50,000 votes", "real 5": words, not currencies, before a number
    if cur and (not span.words or not cur.group("u").isalpha() or cur.group("u") in _CODES_BEFORE):
        code = U.CURRENCY_TOKENS[cur.group("u")]
        ranged = _MONEY_RANGE_TAIL.match(lower, end) if not span.words else None
        if ranged is not None and float(ranged["high"]) > value:
            # "£310-340 million", "$4-5 a tonne": both ends of one range of sums, scaled as the last one is
            scale = _MONEY_SCALES[ranged["scale"].lower()] if ranged["scale"] else 1
            low, high = float(f"{value * scale:.12g}"), float(f"{float(ranged['high']) * scale:.12g}")
            return Mention("money", cur.start(), ranged.end(), None, low, high, True, True, code, "range",
                           extra={"original_value": high, "original_unit": code})
        sm = _MONEY_SCALE_RE.match(lower, end + (1 if lower[end : end + 1] == " " else 0))
        if sm and not span.words:
            value *= _MONEY_SCALES[sm.group("s").lower()]
            end = sm.end()
        if lower.startswith("mm", end) and not lower[end + 2 : end + 3].isalpha():
            value *= 1e6
            end += 2
        mstart = cur.start()
        if mstart > 0 and lower[mstart - 1] == "(" and lower[end : end + 1] == ")" and \
                not _DIGIT_RE.search(lower, max(0, mstart - 31), mstart - 1):
            # "($99.99)": an accountant's negative amount; "$300m (£236m)" is the same sum in another currency
            value, mstart, end = -value, mstart - 1, end + 1
        mention = _money_mention(value, mstart, end, code)
        cents = _CENTS_RE.match(lower, end)
        if cents:
            c = parse_number(cents.group("n"))
            if c is not None and c < 100:
                mention = _money_mention(value + c / 100, mstart, cents.end(), code)
        return mention
    glued = lower[end:end + 1].isalpha() or lower[end:end + 1] in "°º%'\"″℃℉"
    if lower.startswith("%", end) or lower.startswith(" %", end):
        e = lower.index("%", end) + 1
        return Mention("percent", start, e, value, value, value, True, True, "percent", "exact",
                       extra={"original_value": value, "original_unit": "percent"})
    before = _PERCENT_OF_RE.search(lower, max(0, start - 20), start) if lower.endswith("of ", 0, start) else None
    if before:
        return Mention("percent", before.start(), end, value, value, value, True, True, "percent", "exact",
                       extra={"original_value": value, "original_unit": "percent"})
    if lower.startswith(_PERCENT_WORDS, end):
        for word in _PERCENT_WORDS:
            if lower.startswith(word, end) and not lower[end + len(word) : end + len(word) + 1].isalpha():
                # A difference of two percentages ("fell 0.2 percentage points to 4.1%") is no percentage
                # of its own: never one end of a range with one (nor are cents with dollars)
                written = "percentage point" if "point" in word else "percent"
                return Mention("percent", start, end + len(word), value, value, value, True, True, "percent", "exact",
                               extra={"original_value": value, "original_unit": written})
    if lower.startswith(_BASIS_POINT_WORDS, end):
        for word in _BASIS_POINT_WORDS:
            if lower.startswith(word, end) and not lower[end + len(word) : end + len(word) + 1].isalpha():
                # "cut by 25 basis points": hundredths of a percentage point
                points = float(f"{value / 100:.12g}")
                return Mention("percent", start, end + len(word), points, points, points, True, True, "percent",
                               "exact", extra={"original_value": value, "original_unit": "basis point"})
    if lower.startswith("m ", end) and not span.words:
        # "8.6m euros": a million before a currency's name, not metres
        scaled = _CURRENCY_AFTER_RE.match(lower, end + 1)
        if scaled and scaled.group("u").isalpha() and scaled.group("u") not in _AMBIGUOUS_SPACED:
            return _money_mention(float(f"{value * 1e6:.12g}"), start, scaled.end(), U.CURRENCY_TOKENS[scaled.group("u")])
        unit = _unit_after(lower, end + 1, False)
        if unit is None and _people_after(lower, end + 1):
            # "the 1.2m people who sheltered": a million of them, no length
            millions = float(f"{value * 1e6:.12g}")
            return Mention("number", start, end + 1, millions, millions, millions)
        if unit is not None and unit[0] != "temperature":
            # "3.31m sq km", "1.2m tonnes": a million before a unit, not metres
            return _measure(unit[0], unit[1], float(f"{value * 1e6:.12g}"), start, unit[2])
    cm = _CURRENCY_AFTER_RE.match(lower, end)
    if cm and lower.startswith(("'t", "’t"), cm.end()):
        cm = None  # "Five million won't buy a house": a verb
    # "3.2 billion won", "55,000 won": a sum no one wins, where "won" after a small number is the verb
    if cm and (not (cm.group("u") in _AMBIGUOUS_SPACED and cm.group("sp"))
               or cm.group("u") in _LARGE_SUM_WORDS and value >= _LARGE_SUM):
        code = U.CURRENCY_TOKENS[cm.group("u")]
        mention = _money_mention(value, start, cm.end(), code)
        cents = _CENTS_RE.match(lower, cm.end())
        if cents:
            c = parse_number(cents.group("n"))
            if c is not None and c < 100:
                mention = _money_mention(value + c / 100, start, cents.end(), code)
        return _vague_sum(lower, start, end, mention)
    minor = _MINOR_UNIT_RE.match(lower, end) or _glued_pence(lower, end)
    if minor:
        # "50 cents", "10¢", "470 pence": pence are British; a bare cent names no currency of its own
        word = minor.group("u")
        code = "GBP" if word.startswith(("p", "penn")) else _cents_currency(lower, start, minor.end())
        amount = value if code == "cent" else float(f"{value / 100:.12g}")  # a bare cent is its own unit
        return Mention("money", start, minor.end(), amount, amount, amount, True, True, code, "exact",
                       extra={"original_value": value, "original_unit": word})
    if lower.startswith("pound", end + 1):
        # "paid ten pounds", "a profit of 361 million pounds", "128 million pounds would be paid": money where
        # the words around it are about money
        pm = _POUNDS_RE.match(lower, end)
        # about money, and a text that writes its sums with "£" means them by "85.3 million pounds" too (not
        # "1,120 kilograms (1,860 pounds)"); "pounds of beef" are a weight whatever the words around
        if pm and not lower.startswith(" of ", pm.end()) and not _WEIGHED_BEFORE.search(
                lower, max(0, start - 40), start) and not _MASS_RESTATED_BEFORE.search(
                lower, max(0, start - 30), start) and (
                _per_weight(lower, pm.end())
                or _MONEY_CUE_RE.search(lower, _sentence_start(lower, start, 60), start)
                or _MONEY_CUE_RE.search(lower, pm.end(), _clause_end(lower, pm.end(), 40))
                or span.words and lower[start:end].endswith(("million", "billion")) and (
                    "£" in lower or not _WEIGHT_CUE_RE.search(lower, _sentence_start(lower, start, 200),
                                                              _sentence_end(lower, pm.end())))):
            return _money_mention(value, start, pm.end(), "GBP")
    if 0 < span.value < 1 and lower.startswith(" a ", end):
        end += 2  # "half a liter"
    got = _unit_after(lower, end, glued)
    if got is not None:
        kind, unit, uend, extra = got
        if unit == "ounce" and _PRECIOUS_METAL.search(lower, _sentence_start(lower, start, 200),
                                                      _sentence_end(lower, uend)):
            unit = "troy_ounce"  # "212,000 ounces (6.6 tonnes) of gold": precious metals are weighed in troy ounces
        if extra.get("below_zero"):
            value = -abs(value)
        vague = _vague_scaled(lower, start, uend, kind, unit, value) if lower[start:end] in _SCALE_WORDS else None
        if vague is not None:
            return vague
        found = _measure(kind, unit, value, start, uend)
        if "per" in extra:
            found.extra["per"] = extra["per"]
        return found
    age = _AGE_RE.match(lower, end)
    aged = lower.endswith(("age ", "aged ", "ages ", " between ", " from ", " over ", " under ", " above ", " below "),
                          0, start)
    before = _AGE_BEFORE_RE.search(lower, max(0, start - 24), start) if aged else None
    listed = before is None and lower.endswith((" and ", " or ", " to ", ", "), 0, start) \
        and _AGE_LIST_BEFORE_RE.search(lower, max(0, start - 50), start)
    if (age or before or listed) and 0 <= value < 1000:
        unit = (age.group("u") or "year").rstrip("s") if age else "year"
        years = float(f"{value * _AGE_UNITS[unit]:.12g}")
        return Mention("age", before.start() if before else start, age.end() if age else end, years, years, years,
                       True, True, "year", "exact", extra={"original_value": value, "original_unit": unit})
    return None


def _glued_pence(lower: str, end: int) -> re.Match | None:
    """A "p" glued to the amount ending at end, in a text of pounds and pence; the glued "p" is tested first,
    as it is rare and the text's test is a search of all of it."""
    pence = _GLUED_PENCE_RE.match(lower, end)
    return pence if pence is not None and _british(lower) else None


@functools.lru_cache(maxsize=4)
def _british(lower: str) -> bool:
    """Whether a text speaks of pounds and pence: once per text, not once per number."""
    return _BRITISH_MONEY_RE.search(lower) is not None


def _per_weight(lower: str, end: int) -> bool:
    """Whether a weight or volume unit follows "a", "an" or "per" at end: "8,650 pounds a tonne", "pounds per
    barrel" are a price, no weight by another."""
    per = _PER_RE.match(lower, end)
    got = _unit_after(lower, per.end() - 1, False) if per else None
    return got is not None and got[0] in ("mass", "volume")


def _cents_currency(lower: str, start: int, end: int) -> str:
    """The currency of cents, by the one money beside them names ("rose 94 cents to $41.20"); "cent" when
    none is named, which names no currency of its own."""
    near = lower[max(0, start - 100) : end + 100]
    if "$" in near or "dollar" in near:
        return "USD"
    if "€" in near or "euro" in near:
        return "EUR"
    return "cent"


def _merge(lower: str, mentions: list[Mention]) -> list[Mention]:
    """Ranges ("between 30 and 40 degrees", "3-5 km") and compound sums ("10 kms, 8 meters and 6 cm")."""
    out: list[Mention] = []
    mentions = list(mentions)
    i = 0
    while i < len(mentions):
        a = mentions[i]
        if i + 1 < len(mentions):
            b = mentions[i + 1]
            # "12 hectares - about 50 acres": one figure in two units, no range
            if a.kind == b.kind and a.unit == b.unit and a.value is not None and b.value is not None and (
                    a.extra.get("original_unit") == b.extra.get("original_unit") if a.kind in ("percent", "money")
                    else a.extra.get("pint_unit") == b.extra.get("pint_unit")):
                gap = _RANGE_GAP_RE.fullmatch(lower, a.end, b.start) if b.start - a.end <= 16 else None
                lead = _RANGE_LEAD_RE.search(lower, max(0, a.start - 10), a.start) if gap else None
                # "from -18 °C to -34 °C" runs downwards; the interval is the same
                descending = a.value > b.value and lead is not None and lead.group().startswith("from")
                # "cut output by 500,000 bpd to 8.5 million bpd", "raised it by $6 to $82": a change and the level
                # it reached, no range
                by = a.kind != "percent" and lower.endswith("by ", 0, a.start)  # "rose by 5% to 7%" is a range
                if gap and (a.value <= b.value or descending) and ("and" not in gap.group() or lead) and (
                    a.qualifier == "exact"
                ) and not (by and "to" in gap.group()):
                    start = lead.start() if lead else a.start
                    extra = dict(b.extra)
                    extra["low_original_value"] = a.extra.get("original_value")
                    if lead is not None and lead.group().startswith("from"):
                        extra["ends"] = (a.start, a.end, a.value, b.start, b.end, b.value)
                    low, high = min(a.value, b.value), max(a.value, b.value)
                    out.append(Mention(a.kind, start, b.end, None, low, high, True, True, a.unit, "range",
                                       extra=extra))
                    i += 2
                    continue
            if (
                a.kind == b.kind and a.kind in ("length", "mass", "volume") and a.qualifier == "exact"
                and b.qualifier == "exact" and b.value is not None and a.value is not None
                and _SUM_GAP_RE.fullmatch(lower, a.end, b.start) and _unit_size(a) > _unit_size(b)
                and not lower.startswith(" of ", b.end)  # not "169.8 kilometres and 5,400 metres of climbing"
            ):
                total = a.value + b.value
                extra = dict(a.extra)
                extra["compound"] = True
                # the sum takes b's place, so "2 yards, 7 feet and 10 inches" keeps adding (linear, no restart)
                mentions[i + 1] = Mention(a.kind, a.start, b.end, total, total, total, True, True, a.unit, "exact",
                                          extra=extra)
                i += 1
                continue
        out.append(a)
        i += 1
    return out


# "a kilogram", "an ml", "thousand liters", "tenth of a gallon": a measure whose number is a word that is
# not a number by itself. Units that are idioms after "a" ("a foot soldier", "a ton of", "a bit") are left out.
_ARTICLE_IDIOMS = {"foot", "feet", "yard", "yards", "ton", "tons", "bit", "bits", "cup", "pint", "kilo", "''"}
_ARTICLE_UNITS = [
    t for t, u in U.UNIT_TOKENS.items()
    if U.UNIT_DIMENSION.get(u) in ("length", "mass", "volume", "area", "speed", "data", "power", "energy")
    and len(t) >= 2 and t not in _AMBIGUOUS_SPACED and t not in _ARTICLE_IDIOMS and t[0].isalpha()
]
_WORD_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "fourth": 0.25, "fifth": 0.2, "tenth": 0.1,
                   "hundredth": 0.01, "thousandth": 0.001,
                   # "three-quarters of an inch (about 1.9 cm)", "two-thirds of a mile"
                   "three-quarters": 0.75, "three quarters": 0.75, "two-thirds": 2 / 3, "two thirds": 2 / 3}
_WORD_SCALES = {"hundred": 100.0, "thousand": 1e3, "million": 1e6}
_ARTICLE_UNIT_RE = re.compile(
    rf"(?<![\w])(?:(?P<art>an?)|(?P<scale>{trie(_WORD_SCALES)})|(?P<frac>{trie(_WORD_FRACTIONS)})[ ]of(?:[ ]an?)?)"
    rf"[ ](?P<u>{trie(_ARTICLE_UNITS)})(?![a-z0-9])"
)
# Every such measure is a lead ("an", "thousand", "tenth of a") right before a space and a unit word: the
# pattern is tried only at the starts the leads can have before such a space, not at every offset.
_SPACED_ARTICLE_UNIT_RE = re.compile(rf"[ ](?=(?:{trie(_ARTICLE_UNITS)})(?![a-z0-9]))")
_ARTICLE_LEAD_LENGTHS = {
    len("a"), len("an"), *map(len, _WORD_SCALES),
    *(len(w) + len(tail) for w in _WORD_FRACTIONS for tail in (" of", " of a", " of an")),
}


def _article_unit_matches(lower: str) -> list[re.Match]:
    """The matches of _ARTICLE_UNIT_RE.finditer(lower)."""
    starts = (space.start() - n for space in _SPACED_ARTICLE_UNIT_RE.finditer(lower) for n in _ARTICLE_LEAD_LENGTHS)
    return matches_from_starts(_ARTICLE_UNIT_RE, lower, (start for start in starts if start >= 0))


def _article_measures(lower: str, taken: list[Mention]) -> list[Mention]:
    """Measures led by "a"/"an", a bare scale word or "tenth of (a)", where no number was read."""
    out = []
    spans = [(m.start, m.end) for m in taken]
    for m in _article_unit_matches(lower):
        if any(a < m.end() and m.start() < b for a, b in spans):
            continue
        before = lower[max(0, m.start() - 12) : m.start()].rsplit(None, 1)[-1:]
        if before and (before[0][-1:].isdigit() or parse_number(before[0]) is not None):
            continue  # "two a kg" is not this shape; the number reader owns it
        if m.group("art"):
            value = 1.0
        elif m.group("scale"):
            value = _WORD_SCALES[m.group("scale")]
        else:
            value = _WORD_FRACTIONS[m.group("frac")]
        unit = U.UNIT_TOKENS[m.group("u")]
        end = m.end()
        if m.group("art") and lower.startswith(" and a half", end):
            value, end = 1.5, end + len(" and a half")  # "a mile and a half"
        vague = _vague_scaled(lower, m.start(), end, U.UNIT_DIMENSION[unit], unit, value) if m.group("scale") else None
        out.append(vague or _measure(U.UNIT_DIMENSION[unit], unit, value, m.start(), end))
    return out


def _vague_scaled(lower: str, start: int, end: int, kind: str, unit: str, scale: float) -> Mention | None:
    """A measure of a vague count of a scale ("a few hundred feet", "several thousand tonnes"), when a vague
    word stands right before the scale word at `start`."""
    found = _vague_lead(lower, start, scale)
    if found is None:
        return None
    lead, low, best, high = found
    vague = _measure(kind, unit, best, lead, end)
    size = vague.value / best if best else 0.0
    return replace(vague, low=low * size, high=high * size, qualifier="vague")


def _vague_lead(lower: str, start: int, scale: float) -> tuple[int, float, float, float] | None:
    """Where a vague word right before `start` begins ("a few", "several"), and the span of values it makes of
    the scale after it (low, best, high), as the number policy's vague table says; None without one."""
    lead = _VAGUE_LEAD.search(lower, max(0, start - 10), start)
    if lead is None:
        return None
    low, best, high = (x * scale for x in DEFAULT_POLICY.vague[lead.group("v")])
    return lead.start(), low, best, high


def _vague_sum(lower: str, start: int, end: int, mention: Mention) -> Mention:
    """A sum of a vague count of scales ("several hundred million euros", "a few billion dollars") as that vague
    count's span of values; any other sum as it is."""
    found = _vague_lead(lower, start, mention.value)
    if found is None or not all(word in _MONEY_SCALE_WORDS for word in lower[start:end].split()):
        return mention
    lead, low, best, high = found
    return replace(mention, start=lead, value=best, low=low, high=high, qualifier="vague")


_MONEY_SCALE_WORDS = frozenset(("hundred", "thousand", "million", "billion", "trillion"))
# Vague counts before a scale word and a unit ("a few hundred feet"), each as many of the scale as the number
# policy's vague table says.
_VAGUE_LEAD = re.compile(r"(?<![\w])(?P<v>a few|several)[ ]\Z")
_SCALE_WORDS = frozenset(("hundred", "thousand", "million"))


def _unit_size(m: Mention) -> float:
    """The size of the unit a measure was written in, on its kind's canonical scale (0 if unknown)."""
    unit = m.extra.get("pint_unit")
    try:
        return U.convert(1.0, unit, U.CANONICAL_UNITS[U.UNIT_DIMENSION[unit]]) if unit else 0.0
    except (KeyError, ValueError):
        return 0.0


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
    if lead is not None and lead.group().startswith("from"):
        extra["ends"] = (low.start, low.end, low_value, high.start, high.end, high.value)
    start = lead.start() if lead else low.start
    return Mention(high.kind, start, high.end, None, low_value, high.value, True, True, high.unit, "range",
                   extra=extra)


# The rand written as South Africa's papers write it, a capital R glued to a sum with a scale word or thousands
# ("R86 million", "R5,000"); a bare "R27" is as often a road or a model.
# It starts by consuming the R and looks behind from there: re then skips ahead to the next R.
_RAND_RE = re.compile(r"R(?<![\w$]R)(?P<n>\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,6})?(?![\d,.]\d)|\d{1,15}(?:\.\d{1,6})?"
                      r"(?=[ ]?(?:mn|bn|tn|m|million|billion|trillion)(?![A-Za-z])))(?:[ ]?(?P<s>mn|bn|tn|m|million|billion"
                      r"|trillion)(?![A-Za-z]))?(?![\d.,]\d|[A-Za-z])")


def _rands(text: str) -> list[Mention]:
    """Sums in rand ("R86 million", "R5,000")."""
    return [_money_mention(float(f"{float(m['n'].replace(',', '')) * _MONEY_SCALES.get(m['s'] or '', 1):.12g}"),
                           m.start(), m.end(), "ZAR") for m in _RAND_RE.finditer(text)]


def _glued_codes(lower: str) -> list[re.Match]:
    """The matches of _GLUED_CODE_RE.finditer(lower)."""
    starts = (digit.start() - n for digit in _DIGIT_AFTER_CODE_RE.finditer(lower) for n in _GLUED_CODE_LENGTHS)
    return matches_from_starts(_GLUED_CODE_RE, lower, (start for start in starts if start >= 0))


def find_measures(text: str, lower: str, policy: NumberPolicy = DEFAULT_POLICY) -> list[Mention]:
    """Measures in text, each converted to its kind's canonical unit (Mention.unit), sorted by position.

    `extra["original_value"]` and `extra["original_unit"]` keep the figure as written, so a rule can
    check in-text conversions such as "-25°C (-11°F)". A bare "5 degrees" has unit "degree": no scale
    is assumed. Ranges carry value None and low/high; bounds ("at least 5 km") carry qualifiers.
    """
    # Offsets are the same in text and lower; the original text only shows capitals ("1.8M dollars").
    spans = number_spans(lower, glued=True, text=text if len(text) == len(lower) else None)
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
    glued_money = [
        _money_mention(float(f"{float(m.group('n').replace(',', '')) * _MONEY_SCALES.get(m.group('s') or '', 1):.12g}"),
                       m.start(), m.end(), U.CURRENCY_TOKENS[m.group("c")])
        for m in _glued_codes(lower)
    ]
    rands = _rands(text) if "R" in text else []
    if rands:  # "R5,000 a gram": the sum, not a stray "000 a gram" read past the glued R
        singles = [m for m in singles if not any(r.start < m.end and m.start < r.end for r in rands)]
        glued_money += rands
    if glued_money:
        taken = [(m.start, m.end) for m in singles]
        glued_money = [g for g in glued_money if not any(a < g.end and g.start < b for a, b in taken)]
        singles = sorted(singles + glued_money, key=lambda m: (m.start, m.end))
    if "a " in lower or "an " in lower or "thousand " in lower or "hundred " in lower or " of " in lower:
        extra = _article_measures(lower, singles)
        if extra:
            singles = sorted(singles + extra, key=lambda m: (m.start, m.end))
    merged = _with_the_texts_scale(lower, _merge(lower, singles))
    measures = [_with_qualifier(m, lower, policy) for m in merged]
    shares = _fraction_shares(lower, measures, policy)
    return sorted(measures + shares, key=lambda m: (m.start, m.end))


_FRACTION_WORDS = {"half": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4, "quarters": 1 / 4,
                   "fifth": 1 / 5, "fifths": 1 / 5, "tenth": 1 / 10, "tenths": 1 / 10}
_SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "eight": 8, "nine": 9, "ten": 10}
_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# A share told as a fraction: "half of the homes", "half its staff", "two-thirds of voters", "a quarter of the
# flights", "one in five adults", "nine out of 10 residents". Not a measure's fraction ("a third of a mile",
# "half an hour"), a year's ("a quarter of 2024") or a number's ("half a million").
_FRACTION_SHARE_RE = re.compile(
    rf"(?<![\w-])(?:(?P<half>half)(?=[ ](?:of[ ])?(?:the|all|its|their|them|those|these|his|her|our|your)\b)"
    rf"|(?P<count>an?|{_SMALL})[ -](?P<part>thirds?|quarters?|fifths?|tenths?)(?=[ ]of[ ](?!an?[ ]|\d{{4}}\b))"
    rf"|(?P<k>{_SMALL}|\d{{1,2}})[ ](?:in|out[ ]of)[ ](?:every[ ])?(?P<n>two|three|four|five|six|seven|eight|nine|ten"
    rf"|\d{{1,3}}(?:,\d{{3}})*)(?![\w,.-]))")
# The time a fraction may be of ("the first half of the year", "a quarter of the season"): a span, no share.
_TIME_AFTER_RE = re.compile(r"[ ](?:of[ ])?(?:the|all|its|their|this|that|last|next)[ ]"
                            r"(?:[a-z]+[ ])?(?:years?|months?|weeks?|days?|hours?|decades?|century|centuries|season"
                            r"|term|night|morning|afternoon|evening|game|match|race|way)\b")
_ORDINAL_BEFORE = ("the ", "first ", "second ", "last ", "latter ", "former ", "other ", "a ", "and ")


def _fraction_shares(lower: str, taken: list[Mention], policy: NumberPolicy) -> list[Mention]:
    """Shares told as fractions, each a percentage with its bound; unbounded, a fraction word is a round
    figure ("half the staff" may be 48 %), so it is read as "about" one."""
    if "half" not in lower and " in " not in lower and " of " not in lower:
        return []
    spans = [(m.start, m.end) for m in taken]
    out = []
    for m in _FRACTION_SHARE_RE.finditer(lower):
        start, end = m.start(), m.end()
        if any(a < end and start < b for a, b in spans) or _TIME_AFTER_RE.match(lower, end):
            continue
        if m.group("half"):
            if lower.endswith(_ORDINAL_BEFORE, 0, start):
                continue  # "the second half of its staff", "one and a half": no share
            written, share = 1.0, 0.5
        elif m.group("part"):
            written = float(_SMALL_NUMBERS[m.group("count")])
            share = written * _FRACTION_WORDS[m.group("part")]
        else:
            written = float(_SMALL_NUMBERS.get(m.group("k")) or int(m.group("k")))
            whole = _SMALL_NUMBERS.get(m.group("n")) or int(m.group("n").replace(",", ""))
            if not 0 < written < whole:
                continue
            share = written / whole
        value = float(f"{share * 100:.12g}")
        qualifier, lead = prefix_qualifier(lower, start) or ("about", start)
        if qualifier in ("exact", "equal"):
            qualifier = "about"
        # A fraction word vouches for no digit: its hedge is the band's share of it, told by the number written
        low, high, lo_inc, hi_inc = interval_for(value, qualifier, policy, written)
        out.append(Mention("percent", lead, end, value, low, high, lo_inc, hi_inc, "percent", qualifier,
                           extra={"original_value": value, "original_unit": "percent", "fraction": True}))
    return out


def _with_the_texts_scale(lower: str, mentions: list[Mention]) -> list[Mention]:
    """Bare degrees read on the one temperature scale the text names elsewhere: "112 degrees" in a text whose
    other temperatures are all Fahrenheit ("104F", "114 degrees Fahrenheit") is 112 °F. In a text of both scales,
    or neither, they stay degrees of no scale, as do degrees restated in brackets ("28 degrees (-6 Celsius)":
    the other scale's)."""
    if not any(m.unit == "degree" for m in mentions):
        return mentions
    scales = {m.extra.get("pint_unit") for m in mentions if m.kind == "temperature" and m.unit != "degree"}
    if len(scales) != 1:
        return mentions
    scale = scales.pop()
    return [_measure(m.kind, scale, m.value, m.start, m.end)
            if m.unit == "degree" and m.value is not None and not _BRACKET_AFTER.match(lower, m.end) else m
            for m in mentions]


_BRACKET_AFTER = re.compile(r"[ ]?\(")
