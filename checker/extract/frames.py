"""What a count counts, read from its own sentence: the thing, what happened to it, and what it belongs to.

A small grammar over the sentence's words and their parts of speech (extract.words): the noun phrase
after the number ("43 ballistic missiles"), a role said after it ("were shot down") or before it
("killing 7"), a total it is the value of ("the death toll rose to 288"), a whole it is a part of ("19 of
the drones", "1,257 on the Coromandel Express"), or the figure before it in a list ("three trains were
cancelled and nine diverted"). The lexicon (lexicon.yaml) says which wordings mean the same role; the
vocabulary (vocabulary.yaml) which things are the same; neither gates the reading.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, replace

from checker.extract.document import LISTING, Document, Sentence
from checker.extract.mention import Mention
from checker.extract.numbers import NUMBER_WORD_PATTERN, parse_number
from checker.extract.word_dispatch import trie
from checker.extract.words import (ADJ, ADV, AUXILIARIES, CALENDAR_WORDS, DETERMINERS, FUNCTION_WORDS, NOUN, PREPOSITIONS, PRONOUNS,
                                   REPORTING_VERBS, SUBORDINATORS, VERB, classes, is_word, noun_lemma, participle,
                                   verb_lemma)
from checker.normalize.units import LETTER_CURRENCIES, UNIT_DIMENSION, unit_for_token
from checker.vocabulary import lemma, plural, term_key

__all__ = ["THEIRS", "EARLIER_VALUE", "TALLIES", "UNNAMED_MEASURES", "Frame", "read_count", "read_measure", "read_unitless", "event_of", "event_place_of", "event_places", "story_place", "duration_event_of", "hypothetical", "changed_from", "lasting_event_of", "reported_event_of", "metric_name"]


# A live blog entry's time opening its line, in the British style: "14.10 NATS says", "09.15 Good morning".
_ENTRY_TIME = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d[ ]+(?:[-–—][ ]+)?[A-Z\"“‘']")
# Prepositions of where things went or are: "taken to seven hospitals", "spread across 14 states".
_WHERE_PREPOSITIONS = frozenset("to into in at across from between inside outside near throughout".split())
# Prepositions whose object is no whole the part after it is of ("taken to seven hospitals, 41 of them critical"); a
# verb's particle is none ("swept up 11 skiers, 13 of them members of a tour group": a part too big for its whole).
_OBJECT_PREPOSITIONS = PREPOSITIONS - {"of", "including", "as", "like", "than", "about", "around", "over", "under",
                                       "up", "down", "out", "off"}
# Words that call a level reached a record: "rose to a record 5,912", "hit a new record 1,640".
_RECORD_WORDS = frozenset(("record", "new", "fresh"))
# Prepositions that go on a participle's phrase after a noun ("oil bound for", "residents trapped in").
_PARTICIPLE_LINKS = frozenset("for to from by in at into with on under".split())
# The verb an auxiliary's own form stands for ("1 in 5 adults has diabetes": have diabetes, as "have" says).
_AUXILIARY_VERBS = {"has": "have", "had": "have", "does": "do", "did": "do", "is": "be", "are": "be", "was": "be",
                    "were": "be"}


@dataclass(frozen=True, slots=True)
class Frame:
    """What a number counts: its figure's name (thing, then role), the wording that says it, and its scope."""

    metric: str
    start: int
    end: int
    thing: str
    role: str | None = None
    # The country an adjective names ("Russian soldiers").
    side: str | None = None
    # What the figure belongs to when that is not a place the gazetteer knows ("Kentucky Truck Plant"), or
    # the state that makes it a part ("in serious condition").
    scope: str | None = None
    # A place the wording itself ties the figure to ("Taroudant (452)").
    place: str | None = None
    # The figure is a part of a whole named beside it ("19 of the drones", "1,400 of them").
    part: bool = False
    # The figure is the earlier value of a change ("revised the toll to 275 from 288").
    earlier: bool = False
    # A bound the wording puts on a plain number ("the toll passed 2,000": more than 2,000).
    bound: str | None = None
    # The event the wording itself names ("a magnitude 5.2 aftershock").
    event: str | None = None
    # The wording says the figure was revised from an earlier one ("revised the toll to 275 from 288").
    revised: bool = False
    # A measurement of an event or a thing (a magnitude, a train's speed), not of the places its sentence names.
    placeless: bool = False
    # The span of the figure this one is a part of ("1,400 of them", "$1.6 billion of it", a total's breakdown).
    of: tuple[int, int] | None = None
    # The figure is the whole a part before it is of ("the 25" of "19 of the 25 drones").
    whole: bool = False
    # The figure is a size of the noun after it ("a nine-storey building"): no count a later figure continues.
    size: bool = False
    # The figure is a measure or a sum, no count: "of those" after it takes the count before it instead.
    measure: bool = False


# Words that may stand between a number and its noun without being the noun ("28 new cruise missiles").
_MODIFIERS = frozenset("more other additional new further extra own fresh total separate".split())
# Words skipped before a role said after the figure ("have been", "are still", "reportedly").
_BEFORE_ROLE = AUXILIARIES | frozenset("who that which "
                                       "more other additional further reportedly also still now already allegedly so far later since then "
                                       "all both each officially said believed feared thought known to "
                                       "later".split())
# Verbs whose object says what happened to their subject ("suffered minor injuries").
_LIGHT_VERBS = frozenset(("suffer", "sustain", "require", "need"))
# Words skipped between a verb and the number it governs ("furloughing an additional 500").
_BEFORE_NUMBER = frozenset("a an the additional estimated some another total of further extra".split())
# A total's verb and the word before its value ("rose to", "stood at", "put ... at", "passed").
_TOTAL_LINKS = frozenset("to at from past reached passed exceeded topped surpassed hit was is stood stands of "
                         "crossed neared approached totalled totaled".split())
# Verbs that say a figure was changed on purpose: a lower later value is a correction, not a fall.
_REVISING = frozenset("revise correct lower downgrade cut reduce amend adjust fix".split())
# A total that "passed" or "exceeded" a number is more than it.
_PASSING = frozenset("pass exceed top surpass cross past".split())
# Their forms that are no nouns' singulars: "demand topped 87 gigawatts", not "Monthly pass: $116" (a plural is set
# off from its figure by a mark: "Monthly passes: $116").
_PASSING_WORDS = frozenset("passed passes passing exceeded exceeds exceeding exceed topped tops topping surpassed "
                           "surpasses surpassing surpass crossed crosses crossing past".split())
_PARTICLES = frozenset("down off out up over away back".split())
_PARTICLES_OR_FOR = _PARTICLES | {"for"}
_BE = frozenset("be am is are was were been being get got gets".split())
# Verbs that tell how a figure is known, not what happened: skipped before a role ("reported injured").
_STATUS = frozenset("report reported confirm confirmed fear feared believe believed presume presumed list listed "
                    "register registered record recorded count counted say said know known think thought "
                    "declare declared find found "
                    # A state kept or left in: "remained without power", "were left homeless", "stay missing".
                    "remain remains remained stay stays stayed left".split())
# Verbs that give a level, not a change, before "at": "core inflation held at 3.8%", "the rate stood at 5%".
_LEVEL_VERBS = frozenset("hold stand remain stay be sit come settle run".split())
# How many words an object may hold between a verb of change and the "from" of its earlier value.
_OBJECT_REACH = 8
# Words that tell a sum leaves items out, and how far after the sum they may stand ("$2.58 on an adjusted basis").
_ADJUSTED_WORDS = frozenset("adjusted excluding exclude excludes underlying non-gaap".split())
_ADJUSTED_REACH = 5
# How many words after "among" the role of the whole may stand ("among the 31 people killed").
_AMONG_REACH = 5
# Words between a count and its role that say the state goes on ("remained in hospital", "are still in hospital").
_STILL_WORDS = frozenset("remain remains remained stay stays stayed still".split())
# Words by which a figure is called a part of a larger one ("cut 120 jobs locally", "as part of a 4,500-job cut").
_PART_CUES = frozenset(("locally", "as"))
# The state of people a clause tells after counting them: a part of them ("remained in critical condition").
_CONDITION = re.compile(r"\b(?:remain(?:ed|s)?|are|were|is|was|stay(?:ed|s)?)\s+(?:still\s+)?in\s+(?:a\s+)?"
                        r"(?P<state>critical|serious|stable|grave|fair|good|life-threatening)\s+condition\b")
# How many words after a measure the place it was measured at may stand ("74 mph (119 km/h) was recorded in").
_MEASURED_AT_REACH = 9
# Words between a verb and the level it reaches ("hit a record 17,500", "struck a new high"), and levels.
# What opens a sentence that lists the parts of the figure before it: "That includes 512,000 in Greater Manchester".
_INCLUDING_SUBJECTS = frozenset("that this it these those".split())
_INCLUDING_VERBS = frozenset("include comprise".split())
_LEVEL_LEADS = frozenset("a an the new record all-time about around nearly almost some roughly between".split())
_LEVELS = frozenset("high low record peak level mark".split())


def _level_lead(text: str) -> bool:
    """Whether a word may stand between a verb of reaching and its level: "hit a record 17,500", "hit a
    jaw-dropping $427K", "topped a whopping 90%"; an adjective or a participle, never a noun it struck."""
    return text in _LEVEL_LEADS or bool(classes(text) & ADJ and not classes(text) & NOUN) \
        or text.endswith("ing") and not classes(text) & NOUN

# Verbs that say a level was reached, with the level right after them ("turnout reached 60%", "inflation hit 9%").
_REACHING = frozenset("reach hit top touch".split())
# Verbs that say a level held, with "at" before it ("net migration stood at 782,000", "remained at 40").
_STANDING = frozenset("stand remain hold settle peak".split())
# Adverbs between a subject and its verb of level ("cases have now reached 1,640").
_LEVEL_ADVERBS = frozenset(("now", "already", "since"))
# Nouns of a figure that stand for another named before or elsewhere ("its total from 2022", "February's tally was
# cut to 107,000"): no thing of their own.
TALLIES = frozenset("total tally figure count level record haul mark result score".split())
# How many words from a share the story's cue words for it may stand ("Russia occupies about 20% of Ukraine's
# territory", "61% now favor peace talks").
_STORY_CUE_REACH = 4
# The number a name is written with: short, plain digits ("Line 12", "Boeing 737"), never a grouped count.
_LABEL_DIGITS = re.compile(r"\d{1,4}")
# A clause that leaves out the verb of the sum before it, right after that sum: ", GM $1.1 billion", " and Baker 166,600".
_GAPPED_CLAUSE_AFTER = re.compile(r"(?:,| and) (?:the )?(?:[A-Z][\w&'’.-]*[ ]){1,4}[$£€¥₹]?\d")
# A threshold of time right after what befell the counted, which picks out some of them: "waited more than 12 hours",
# "delayed by over three hours", "waiting longer than 18 weeks".
_THRESHOLD_AFTER = re.compile(r"[ ](?:by[ ]|for[ ])?(?P<threshold>(?:(?:more|longer|fewer|less)[ ]than|over|at[ ]least"
                              r"|under|beyond)[ ](?:a|an|[\d.,]+|[a-z]+)[ ](?:hours?|days?|weeks?|months?|years?"
                              r"|minutes?))\b")
# How many words may stand between a figure and the holder of the gapped clause after it (", and the").
_GAP_WORDS = 3
# What ends a clause right after its number: a mark, a joining word, or the text's end.
_ENDS_ITS_CLAUSE = re.compile(r"[ ]?(?:[,.;:)]|$)|[ ](?:and|or|while|but)\b")
# Digits grouped in thousands ("166,600"), as no name's number is written.
_GROUPED_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
# What stands between a sum and the change set after it: a comma, after the sum's own name ("in revenue").
_AFTER_FIGURE_CHANGED = re.compile(r"(?:[ ]in[ ][a-z][a-z -]{0,30})?,[ ]*")
# The parts an organisation reports its sums by ("the devices segment", "its cloud unit").
_ORGANISATION_PARTS = frozenset("segment segments unit units division divisions business businesses arm subsidiary "
                                "branch".split())
# What a sum's name is said with when it is the plain figure ("net income", "total spending").
# Verbs whose object clause may tell what a thing costs ("that means a ticket will cost £211 more").
_MEANING_VERBS = frozenset("mean say show estimate expect".split())
# Words of what is usual: a figure they stand before is a baseline, no rival of the occasion's.
_USUAL = frozenset("usual normal typical ordinary".split())
# Verbs that tell a sum as the value of their subject: "the cash option is $987.6 million".
_MONEY_COPULAS = frozenset("is was are were stood stands came comes totalled totaled totals".split())
_PLAIN_MONEY = frozenset("net total overall headline reported annual quarterly full-year combined economic financial "
                         "estimated direct additional extra new".split())
_COMPARING_WORDS = frozenset(("vs", "versus", "than", "more", "less", "worth"))
# Nouns of time that stand after a sum without naming it ("$5 billion a year", "$2 billion last quarter").
_TIME_NOUNS = frozenset("year years month months week weeks day days quarter quarters hour hours ago "
                        "earlier later year-on-year month-on-month quarter-on-quarter".split())
_CHANGE_BASES = (".month_on_month", ".quarter_on_quarter", ".year_on_year")
_RELATIVES = frozenset(("which", "that", "who"))
# Adjectives that make a figure a rate over their span ("daily throughput", "annual output").
_RATE_ADJECTIVES = {"daily": "day", "weekly": "week", "monthly": "month", "annual": "year", "yearly": "year"}
# How many words before a figure its rate's adjective may stand, across the subject it opens ("Average daily
# throughput at Rotterdam's container terminals is about 36,700 TEU").
_RATE_ADJECTIVE_REACH = 10
# Adverbs between a verb of change and "to": "fell sharply to".
_CHANGE_ADVERBS = frozenset("sharply slightly steeply further again only just roughly about nearly".split())
# Words between a verb and the sum it governs ("now costs about £271,000", "costs an estimated $2 million").
_MONEY_LEADS = frozenset("now about around roughly some nearly almost only just an estimated a an the".split())
_DIGIT = re.compile(r"\d")
# What a change is measured against, said after it: "rose 0.4% on the month", "2.5% from a year earlier". A change
# on the month and one on the year are figures of other spans.
_CHANGE_BASE = re.compile(
    r"(?P<month_on_month>\bmonth[- ]on[- ]month\b|\bm/m\b|\b(?:on|over) the month\b|\b(?:a|the previous|the prior) month"
    r"(?: (?:earlier|before|ago))?\b)"
    r"|(?P<quarter_on_quarter>\bquarter[- ]on[- ]quarter\b|\bq/q\b|\b(?:on|over) the quarter\b"
    r"|\b(?:a|the previous|the prior) quarter(?: (?:earlier|before|ago))?\b)"
    r"|(?P<year_on_year>\byear[- ]on[- ]year\b|\by/y\b|\b(?:on|over) the year\b|\b(?:a|the previous|the prior) year"
    r"(?: (?:earlier|before|ago))?\b|\bthe same (?:month|period|quarter) (?:a|last) year\b"
    r"|\b(?:over|in) the (?:past|last) (?:year|12 months|twelve months)\b|\bin the (?:year|12 months|twelve months) to\b)")
# The base of a change told between it and the level it reached: "rose 4.1% from a year earlier to $426,900".
_BASE_BETWEEN = re.compile(rf"(?:from |over |on |since )?(?:{_CHANGE_BASE.pattern}|(?:last )?(?:year|month|quarter)"
                           r"|(?:january|february|march|april|may|june|july|august|september|october|november"
                           r"|december))")
# A change told in a month with no other base ("rose 0.6% in March", "in March alone"): over that month.
_IN_MONTH = re.compile(r"[ ,]{1,2}in (?:january|february|march|april|may|june|july|august|september|october|november"
                       r"|december)\b")
# The extremes a level is told as ("at a 16-year high of 5.25%", "at a record low of 0.1%").
_EXTREMES = frozenset("high low peak record level".split())
# Superlatives that make a price the lowest or the highest of its kind ("the cheapest ticket costs €640").
_CHEAPEST = frozenset("cheapest lowest least-expensive".split())
_DEAREST = frozenset("dearest priciest costliest".split())
# Verbs that bring a temperature to its low or its high: "fell to -6C", "peaked at 46C".
_TEMPERATURE_TURNS = {**dict.fromkeys("fall drop dip plunge sink slump plummet bottom".split(), "low"),
                      **dict.fromkeys("rise climb soar lift push peak top".split(), "high")}
_TURNS_AT = frozenset(("bottom", "peak", "top"))  # "bottomed out at", "peaked at", "topped out at"


def _labels(word: str) -> bool:
    """Whether a word is a noun of rank or place in a sequence, or its plural ("junctions 14 and 15")."""
    return word in _LABEL_NOUNS or word.endswith("s") and word[:-1] in _LABEL_NOUNS


def _marks_aside(gap: str) -> bool:
    """Whether the text between two words sets off an aside: a comma or a dash."""
    return "," in gap or "\u2014" in gap or "\u2013" in gap or " - " in gap


# The longest aside passed over between a subject and its verb, in words.
_ASIDE_WORDS = 24
# The words an aside between a subject and its verb opens with: a relative pronoun, or an apposition's article.
_ASIDE_OPENERS = frozenset(("which", "who", "whose", "the", "a", "an"))
_RELATIVE_PRONOUNS = frozenset(("which", "who", "that"))
# Prepositions of a phrase that modifies a subject's head: "the waiting list for hospital treatment", "in England".
_MODIFYING_PREPOSITIONS = frozenset(("for", "in", "at", "on", "across", "among"))
# How many words back from a level's "to" the verb of its change may stand, past the change's amount and its span
# ("has grown by more than 3.5 million in the past 10 years to 59,597,300").
_BY_PHRASE_WORDS = 12
# Verbs that set a figure equal to its subject: "turnout was 60%".
_COPULAS = frozenset("was is were are".split())
# Verbs that say how long an event went on: "lasted seven days", "ran for five days".
_LASTING_VERBS = frozenset(("last", "run", "continue", "burn", "rage", "smoulder", "smolder", "persist", "drag"))
# Verbs whose "up" is their own particle, no rise: "electronics make up more than 40% of exports".
_UP_PARTICLE_VERBS = frozenset(("make", "take"))
# Verbs that say what a share is made of ("A* grades made up 9.6 per cent of entries", "account for", "represent").
# Each with the particle it needs, if any.
_COMPOSING_VERBS = {"make": "up", "account": "for", "represent": None, "comprise": None, "constitute": None,
                    # what a holder yields of a whole: "the two units supply around 7% of Spain's power"
                    "supply": None, "produce": None, "generate": None, "provide": None}
# How a share of what follows "of" is named: "Labour's share of the vote was 33.7%".
_SHARE_OF = tuple(f"{noun} of " for noun in ("share", "percentage", "proportion", "portion"))
# Sizes that are a thing's own (a volcano's height, an ash cloud's): named after the thing when its clause says.
_MEASURES_OF_THINGS = frozenset(("height", "length", "width"))
# Names of measures that say only their kind: a change set after one is no change of a named thing.
UNNAMED_MEASURES = frozenset(("money", "percent", "count"))
# The scope of a figure given as the earlier value of another ("up from 3.2% in February"): judge.relations.EARLIER.
EARLIER_VALUE = "earlier value"
# The scope of a count of what something may hold ("licensed to carry 180 passengers").
CAPACITY = "capacity"
# The scope of an average a figure is set beside ("the EU average of 44"): judge.relations.AVERAGE.
AVERAGE = "average"
# The scope of a count that adds to a figure ("two more bodies"): judge.relations.ADDED.
ADDED = "additional"
# The scope of a figure that is a part of a whole and names no state of its own ("11 of them"): judge.relations.PART.
PART = "part"
# The scope of those of a running total still in its state ("Twelve remained in hospital"): judge.relations.STILL.
STILL = "still"
# The scope of a time told up to the telling from a day after it ("In the nine days since it first erupted on April
# 16"): judge.relations.SINCE.
SINCE = "since"
# A sum starts with a sign or a currency's code ("$", "EUR 5", "Rs 10"); a three-letter word ("one", "six") is none.
_MONEY_START = re.compile(
    rf"[^\w\s]|(?-i:[A-Z]{{3}})(?![a-z])|(?:{'|'.join(('inr', 'usd', 'eur', *LETTER_CURRENCIES))})(?![a-z])", re.I)
_PERCENT_END = re.compile(r"(?:%|\bper ?cent|\bpct\.?|\bpercentage points?)$", re.I)
# Verbs that put a figure on something: "put the crowd at 1.7 million", "estimated the damage at".
_ESTIMATING = frozenset("put estimate place peg fix assess reckon calculate gauge".split())
# Words before a year-like number that make it a year: "a 2018 breach", "fiscal 2026", "for 2025".
_YEAR_LEADS = frozenset("a an the its their his her our in for since fiscal by until from of during".split())
# Nouns after a name that make it a place's: "San Fernando town", "Romblon province".
_PLACE_NOUNS = frozenset("town city village province district region county state port island harbour harbor "
                         "airport station hospital camp".split())
# Words that make a count what something may hold: "licensed to carry", "designed to hold", "can seat".
_PERMITTING = frozenset("licensed certified designed built allowed permitted rated approved authorised authorized "
                        "able equipped".split())
_HOLDING = frozenset("hold carry seat accommodate take house fit handle process produce store".split())
_CAPACITY_CUES = _PERMITTING | frozenset(("capacity", "room", "can", "could"))
# How many words after a count the relative clause that makes it a capacity may reach ("it was licensed to carry").
_CAPACITY_REACH = 7
# Adverbs that stand where a noun might ("dozens still missing"): never the thing counted.
_ADVERBS = frozenset("still yet now also already only even just".split())
# A number glued by a hyphen to a unit word, before its noun: "nine-storey building", "four-lane road".
_SIZED = re.compile(r"-(?P<unit>[a-z]{3,})[ ](?:(?:residential|apartment|office|commercial|old|new)[ ])?"
                    r"(?P<noun>[a-z]{3,})\b")
_MEASURE_ADJECTIVE = re.compile(r"^[ ](?:long|wide|high|deep|tall|thick|across)\b")
_COMPARATIVES = frozenset("warmer cooler hotter colder higher lower above below more less short shy".split())
# A figure's conversion right after it, in brackets or as a comma aside ("2.1C (3.8F) ", "6C, or almost 11F, "); and
# the opening of such an aside before a figure (", or almost ").
_RESTATED_AFTER = re.compile(r"[ ]?(?:\([^()\n]*\d[^()\n]*\)|,[ ]or[ ][^,;()\n]*\d[^,;()\n]*,)[ ]")
_RESTATING_BEFORE = re.compile(r",[ ]or[ ](?:[a-z]+[ ])?\Z")
_PERSONAL_POSSESSIVES = frozenset("his her my your".split())
_SCALE_WORDS = frozenset("hundred thousand million billion trillion".split())
_ANAPHORS = frozenset("them these those which whom".split())
# Verbs whose subject is an event and whose object its participants ("strikes involved 45,000 workers").
_PARTICIPATION = frozenset("involve draw mobilize mobilise attract bring".split())
# Words that make a count an addition to a figure: "two more bodies", "another 40", "an additional 500".
_ADDED_AFTER = frozenset(("more", "additional", "further", "extra", "new"))
_ADDED_BEFORE = frozenset(("another", "additional", "further", "extra"))
# Verbs and words of winning or leading, whose "by" tells a margin ("won by 212 votes", "ahead by 5 points").
_LEADING = frozenset("win lose beat defeat lead hold trail edge decide ahead behind outpoll outvote narrowly comfortably"
                     .split())
# What a contest is won by: "by 212 votes", "by two goals", "by three lengths".
_MARGIN_UNITS = frozenset("votes vote goals goal runs run strokes stroke lengths length seats seat".split())
_MARGIN_ADVERBS = frozenset("just only barely a mere some nearly almost".split())
# What stands between two parts of one breakdown: "seven employees and three contractors", "12 in Kyiv, 3 in Lviv".
# A dash or a bracket between closes the breakdown ("40 divers - 25 from the navy and 15 from the fire service - and
# 20 boats": the boats are no part of the divers).
_NEXT_PART = re.compile(r"[^,;.:\n\-–—)]{0,40}(?:[ ](?:and|plus)[ ]|,[ ])")
# Nouns of rank or place in a sequence that a number right after names: "a phase 3 trial", "type 2 diabetes".
_LABEL_NOUNS = frozenset("phase type stage grade level tier class step round day week game leg chapter section "
                         "article page gate terminal platform ward block junction exit runway pier berth bay lane "
                         "route lap hole inning episode floor category row".split())
# Words that make a noun of time the time of the clause, not a noun a number names ("last week", "each day").
_TIME_DEIXIS = frozenset("last this next that each every per same previous following".split())
# How far a bracketed conversion after a measure may run ("210 mm (8.3 inches)").
_CONVERSION_REACH = 40
# Nouns that make what they are "of" a whole, the figure a part of it ("its share of the fee").
_SHARE_NOUNS = frozenset("share portion part cut slice proportion fraction".split())
# "times" and what a multiple is of, right after a number (or after the other end of its range): "two or three times
# that number", "three times its capacity", "ten times higher".
_MULTIPLE_AFTER = re.compile(r"(?:[ ](?:or|to)[ ][a-z0-9.-]+)?[ ]times[ ](?:the|that|those|its|their|this|these|as|what"
                             r"|more|less|[a-z]+er)\b"
                             r"(?![ ](?:night|day|morning|afternoon|evening|week|month|year|season)s?\b)")
# A record a verb breaks, up to the "of" before its figure: "broke the record for Oct. 7 of", "smashing the previous
# all-time record of".
_BEATEN_RECORD = re.compile(r"\b(?:br(?:oke|eaking|eaks)|beat(?:ing|s)?|smash(?:ed|ing|es)?|shatter(?:ed|ing|s)?"
                            r"|surpass(?:ed|ing|es)?|eclips(?:ed|ing|es)?|exceed(?:ed|ing|s)?|top(?:ped|ping|s)?)"
                            r"[ ](?:the|a|its|their|his|her)[ ](?:[\w-]+[ ]){0,2}record\b[^,;:]{0,30}?[ ]of[ ]\Z")
# How far before a figure the breaking of its record may be told.
_RECORD_REACH = 90
# An age written as one word: "47-year-old".
_AGED_WORD = re.compile(r"\d{1,3}-year-old\b")
# Nouns that name how many there are of what follows "of": a change of "the number of households" is the households'.
_NUMBER_NOUNS = frozenset("number count total tally amount".split())
# Ordinals and cardinals that number one event of a series ("the fourth game", "game four", "Stage 12").
ORDINAL_WORDS = {w: str(n) for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), start=1)}
_SMALL_CARDINALS = {w: str(n) for n, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve".split(), start=1)}
_ORDINAL_DIGITS = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
# Words before an event noun that make it one more of its kind ("another quake", "a separate attack").
_ANOTHER = frozenset(("another", "further", "separate", "rival"))
ANOTHER = "another occurrence"  # judge.relations.ANOTHER
# How many words before a count the words of one more thing may stand ("a second boat carrying 47 people").
_ANOTHER_REACH = 5
# Possessives of people, whose own body's count is theirs alone ("his firm fitted 148"); not "its" or "their", which
# often stand for the story's own company or country.
_PERSONS_OWN = frozenset(("his", "her", "my", "our"))
# A sum's other thing may be its clause's subject, past a verb and a day: "A rival house's sale on Monday raised $289m".
_ANOTHER_SUM_REACH = 9
_ANOTHER_ORDINALS = frozenset(("second", "third", "fourth"))
_ANOTHER_CUES = _ANOTHER | _ANOTHER_ORDINALS
# Words around an "N to M" that make it a tally of sides, not a range or a change.
_TALLY_CUES = frozenset("vote voted votes voting ballot score beat defeat win won lose lost margin tally verdict split "
                        "seats".split())
_TALLY_DASH = re.compile(r"[-\u2013]\d")
_TALLY_DASH_BEFORE = re.compile(r"\d[-\u2013]\Z")
# Roles whose counts belong to someone named beside them: votes to a candidate.
# An age group: "aged 65 and over", "aged 15 to 64", "aged 18-24", "aged under 5".
_AGE_GROUP = re.compile(r"\baged\s+(?:(?:over|under|above|below)\s+)?\d{1,3}"
                        r"(?:\s*(?:-|–|to)\s*\d{1,3}|\s+(?:and|or)\s+(?:over|older|above|up|under|younger|below))?")
# How many words a line's label may have before its colon ("Reduced-fare monthly pass: $55"), and the marks that may
# open its line ("- ", "• ").
_LABEL_WORDS = 6
_BULLETS = " -*•\t"
# The dead named by what is left of them: "the bodies of 909 soldiers", "the remains of 12 victims".
_REMAINS_BEFORE = re.compile(r"\b(?:bodies|remains)[ ]of[ ](?:the[ ])?\Z")
# A count right before a colon ("all six numbers:"), and the numbers a list after it names.
_COUNT_BEFORE_COLON = re.compile(r"\b(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                                 r"(?:[ ][a-z-]+){1,2}:\Z")
_ITEM_NUMBER = re.compile(r"(?<![\w.,])\d+(?:\.\d+)?(?![\w.,]\d)(?P<end>(?=[ ]?(?:[,;.)]|and\b|or\b|\Z)))?")
# A named place or body described by its size, set off by commas: "Kuji, a fishing port of about 32,000 people,".
# The mention may hold the "of" ("of about 32,000").
_SIZE_OF_NAMED = re.compile(r"[A-Z][\w.'’-]*,[ ]an?[ ](?:[a-z-]+[ ]){0,3}(?P<noun>[a-z-]+)[ ]"
                            r"(?P<of>of[ ](?:(?:about|around|some|roughly|nearly|almost|more[ ]than|over|under)[ ])?)?"
                            r"\Z")
_SET_OFF_AFTER = re.compile(r"(?:[ ](?:people|residents|inhabitants|souls|members|employees|staff|students))?[,)]")
# An earlier event a "since" or "years after" names, and the clause that tells its figures: "since the Tazreen
# Fashions blaze, in which", "nine years after Grenfell, in which", "two years after a collapse at a mine left".
_SINCE_EVENT = re.compile(r"\b(?:since[ ]the|(?:years|decades|months)[ ]after)[ ][^,.;:]{1,60}?,?[ ]"
                          r"(?:in[ ]which|when|which[ ][a-z]+|that[ ][a-z]+)[ ]"
                          r"|\b(?:years|decades|months)[ ]after[ ](?:a|an|the)[ ]")
_TIME_UNITS = frozenset("hour day night week month year quarter season".split())
_DAY_PARTS = frozenset("morning afternoon evening weekend".split())
# Places counted ("in 14 states", "across 12 countries"): where the people counted are, never them.
_PLACES_LEADS = ("in ", "across ", "in the ", "across the ", "in all ", "across all ")
_PLACE_KINDS = frozenset("states countries provinces counties cities towns villages regions districts "
                         "municipalities communities territories prefectures".split())
# A span a list of counts is told per, after it: "every year", "each month", "annually", "in a typical year".
_RATE_AFTER_LIST = re.compile(r"\b(?:(?:every|each|per)[ ]|in[ ]an?[ ](?:typical|normal|average|ordinary)[ ])"
                              r"(?P<unit>day|week|month|year)\b|\bannually\b")
_RATE_REACH = 120
# The verb "average" right before a sum: "salaries average $62,300", "prices averaged $410,000".
_AVERAGING = frozenset(("average", "averaged", "averages", "averaging"))
# Nouns that name a figure, not a group, before "of" and a number: "an average of 3,000", "a rise of 12".
_FIGURE_NOUNS = frozenset("""average maximum minimum total sum rate figure number count tally estimate increase rise
    decrease drop fall record high low peak majority minority share margin score value level depth height length width
    distance speed magnitude depth temperature population budget cost price fee fine loss profit revenue sale gain
    cut jump surge deficit surplus debt turnout lead range capacity""".split())
# Words that name a part of the whole after "of" without a number: "none of the eight missing pieces has been
# found", "most of the 40 buses were damaged". "all" and "both" name the whole itself.
_PART_PRONOUNS = frozenset({"none", "one", "neither", "some", "many", "most", "several", "few", "half", "majority",
                            "minority", "rest", "remainder", "part", "dozens", "hundreds", "thousands"})
# Verbs whose object belongs to their subject: "Santos won 54% of the vote", "Hale, who took 43%".
_WINNING = frozenset("win take receive get secure carry garner earn capture poll collect score".split())
# Verbs and places of a finish told with its count: "finished third with 10,050 votes", "ended with 12 seats".
_FINISHING = frozenset("finish end come close trail lead".split())
_FINISHING_PLACES = frozenset("first second third fourth fifth last".split())
# Verbs by which a held count is had, not won: "Whitfield had 88,412 votes".
_HAVING = frozenset("hold gain amass".split())
# Verbs of making or mending something, whose cost is its price ("will cost £1.2 billion to replace").
_MAKING = frozenset("build construct rebuild repair replace restore complete develop install upgrade renovate fix "
                    "clean demolish decommission".split())
# Verbs that tell people to do what follows "to" ("ordered 8,700 workers ... to walk off the job").
_DIRECTING = frozenset("order tell ask instruct urge direct force call summon".split())
_MAX_ORDERED_DISTANCE = 16
_CLAUSE_ENDS = frozenset("and but or while whereas after before because since said says".split())
_MAX_TOTAL_DISTANCE = 24
# "at its peak", "at the height of", "peaked at": a figure of an event's highest point.
_PEAKS = frozenset(("peak", "height", "highest"))
_PEAK_OWNERS = frozenset(("its", "their", "the"))
_PEAK_VERBS = frozenset(("peaked", "peaking"))
_PEAK_WORDS = _PEAKS | _PEAK_VERBS
# Words between a verb and its object's event noun: "followed with its own deal".
_PREPOSITIONS_TO_OBJECT = frozenset(("with", "to", "on", "in"))
# Words only a noun follows ("the strike", "its walkout"): unlike "that", never before a verb.
_ARTICLES = frozenset("the a an its their his her our my your".split())


def metric_name(thing: str, role: str | None, lexicon) -> str:
    """A figure's name: its thing, then its role unless the role is the one a count says by default; each
    part a dotted lower-case name ("people.on_strike", "trains.cancelled_or_diverted")."""
    info = lexicon.role(role)
    if role is None or (info is not None and info.implicit):
        return ".".join(slug(part) for part in thing.split("."))
    return f"{'.'.join(slug(part) for part in thing.split('.'))}.{slug(role.replace('/', ' or '))}"


# A rate's base after the counted words: "per 100,000 inhabitants", "for every 1,000 live births".
_PER_POPULATION = re.compile(r"[ ](?:per|for every|for each|in every|out of every)[ ](?P<n>1(?:0|,000|00|,000,000)*"
                             r"(?:,000)*)(?![\d,.])")
# An age after "the age of": "over the age of 65", "under the age of five".
_AGE_OF_BEFORE = re.compile(r"\bage[ ]of[ ]$")
# A count of people, then a bound of how old they were: "of whom nine were over 70", "two are under 18".
_COUNT_THEN_AGE = re.compile(rf"(?:\d[\d,]*|{NUMBER_WORD_PATTERN})(?:[ ]of[ ](?:them|(?:the[ ])?[a-z]+))?"
                             r"[ ](?:were|are)[ ]"
                             r"(?=(?:over|under|above|below|older than|younger than)[ ]\d)")
_PER_POPULATION_BEFORE = re.compile(r"\b(?:per|for every|for each|in every|out of every)[ ]\Z")


@functools.lru_cache(maxsize=4096)
def slug(text: str) -> str:
    """A word or phrase as one part of a figure's name: lower-case letters, digits and underscores."""
    name = _NOT_NAME.sub("_", text.lower()).strip("_")
    return name if name[:1].isalpha() else f"n_{name}"


def _named_by_number(doc: Document, sentence: Sentence, m: Mention) -> bool:
    """Whether a number of digits stands between "a" and a singular noun, which it names rather than counts: "a
    1695 report", "a 737 jet"."""
    if m.value is None or m.value < 2 or not doc.lower.endswith(("a ", "an "), 0, m.start) \
            or not doc.text[m.start : m.end].isdigit():
        return False
    i = sentence.word_index(m.end)
    if i >= len(sentence.words) or sentence.words[i].start != m.end + 1:
        return False
    word = sentence.words[i].text
    return bool(classes(word) & NOUN) and word not in FUNCTION_WORDS and not _plural(word) and lemma(word) == word


def read_count(doc: Document, sentence: Sentence, m: Mention, earlier: list[Frame] = ()) -> Frame | None:
    """What the number m counts, from the words around it; `earlier` holds the frames of the figures before
    it in its sentence (a list: "1,257 on the Coromandel Express and 1,039 on the ..."). None when the
    sentence does not say what it counts."""
    reader = _Reader(doc, sentence, m, earlier)
    if _PER_POPULATION_BEFORE.search(doc.lower, max(0, m.start - 16), m.start):
        return None  # the 100,000 of "32.8 cases per 100,000 inhabitants": a rate's base, no count
    if _AGE_OF_BEFORE.search(doc.lower, max(0, m.start - 16), m.start):
        return None  # "31 were over the age of 65": an age that picks them out, no count
    if _COUNT_THEN_AGE.search(doc.lower, max(0, m.start - 24), m.end):
        return None  # "of whom nine were over 70": how old they were, no count
    if _named_by_number(doc, sentence, m):
        return None  # "a 1695 report", "a 737 jet": a year or a model that names one thing, no count
    if doc.lower.endswith("all but ", 0, m.start):
        return None  # "all but one have been released": the rest, whose count the text does not give
    if _lists_the_items(doc, sentence, m):
        return None  # "matched all six numbers: 7, 19, 33, 41, 58 and 14": the numbers themselves, no counts
    sized = _SIZE_OF_NAMED.search(doc.text, max(0, m.start - 60), m.start)
    if sized and (sized["of"] or doc.text.startswith("of ", m.start)) and sized["noun"] not in _FIGURE_NOUNS \
            and _SET_OFF_AFTER.match(doc.text, m.end):
        return None  # "Kuji, a fishing port of about 32,000 people, was hit": the place's size, nothing that happened
    frame = reader.read()
    if frame is None:
        base = _PER_POPULATION.match(doc.lower, m.end)
        thing = reader._changed_thing() if base is not None else None
        if thing is None:
            return None
        # "The murder rate fell to 5.2 per 100,000 people": the rate its clause names
        return Frame(f"{slug(thing)}.per_{base['n'].replace(',', '')}", m.start, m.end, thing)
    base = _PER_POPULATION.match(doc.lower, frame.end) or _PER_POPULATION.match(doc.lower, m.end)
    if base is not None:
        # "32.8 confirmed cases per 100,000 inhabitants", "114.8 cases for every 100,000": a rate, no count
        frame = replace(frame, metric=f"{frame.metric}.per_{base['n'].replace(',', '')}")
    per = reader._rate_adjective() if ".per_" not in frame.metric else None
    if per is not None:
        frame = replace(frame, metric=f"{frame.metric}.per_{per}")  # "the daily death toll rose to 50": a day's
    if frame.role is None and _REMAINS_BEFORE.search(doc.lower, max(0, m.start - 20), m.start):
        # "received the bodies of 909 soldiers": the soldiers are dead
        frame = replace(frame, metric=metric_name(frame.thing, "killed", reader.lex), role="killed")
    if reader._whole_of_part():
        # "Four of the 12 wounded": the 12 are all of them, no part of a whole told before
        frame = replace(frame, whole=True, part=False, of=None, scope=None if frame.scope == PART else frame.scope)
    info = reader.lex.role(frame.role)
    degree = reader._degree(reader.first, frame.end) if frame.scope is None and info is not None and info.person \
        else None
    if degree is not None:
        frame = replace(frame, scope=degree, part=True)  # "Two were seriously hurt": some of the hurt, that badly
    if frame.scope is None and (reader._superseded_level() or reader._changed_from_to(frame.end)):
        # "The toll had stood at three on Sunday evening", "will drop from 28 sailings a week to 21": before now
        frame = replace(frame, scope=EARLIER_VALUE)
    if frame.scope is None and reader._usual_level():
        frame = replace(frame, scope=EARLIER_VALUE)  # "against a usual three or four a day": a baseline compared
    elif frame.scope is None and reader._the_rest():
        frame = replace(frame, scope=PART, part=True)  # "the other 13 rescued miners": the rest of a whole, no total
    if frame.scope is None and (reader._increment() or reader._cause_of_rise(frame)):
        frame = replace(frame, scope=ADDED)  # "two more bodies": what was added, not the running total
    elif frame.scope is None and reader._change_told():
        # "grew to 74 cases on Friday, up seven since Tuesday": by how much it changed, not the count
        frame = replace(frame, metric=f"{frame.metric}.{reader._change_name(reader.first - 1)}")
    whole = reader._listed_in(frame.thing) if frame.of is None else None
    if whole is None and frame.of is None and frame.role is None and frame.scope is None:
        whole = reader._listed_kind_in()
    if whole is not None and frame.role is None and whole.role is not None and frame.thing != whole.thing:
        # "The blast killed 40 people, including 12 children": some of the killed, of a kind of their own
        frame = replace(frame, metric=metric_name(frame.thing, whole.role, reader.lex), role=whole.role)
    if whole is not None:
        # A scope shared with the whole ("aboard the MV Dona Carmela") makes no part of it: "part" does
        scope = frame.scope if frame.scope and frame.scope != whole.scope else PART
        frame = replace(frame, scope=scope, part=True, of=(whole.start, whole.end))
    if frame.scope is None and reader._capacity():
        # "licensed to carry 180 passengers", "a capacity of 5,000": what it may hold, not what it held; whatever
        # its verb ("to carry 101 passengers", "for 110 passengers"), a capacity is a count of the things alone
        frame = replace(frame, scope=CAPACITY, role=None, metric=metric_name(frame.thing, None, reader.lex))
    elif frame.scope is None and reader._another_thing():
        frame = replace(frame, scope=ANOTHER)  # "a second boat carrying 47 people": not the boat that sank
    elif frame.scope is None and reader._an_average():
        frame = replace(frame, scope=AVERAGE)  # "well below the EU average of 44": others' average, not this count
    elif frame.scope is None and reader._a_persons_own():
        frame = replace(frame, scope=THEIRS)  # "his firm fitted 148 heat pumps last year": one firm's, not all of them
    elif frame.scope is None and _of_earlier_event(doc, sentence, m):
        # "the deadliest since the Tazreen Fashions blaze, in which 112 people died": that earlier event's
        frame = replace(frame, scope=ANOTHER)
    compared = reader._compared_count()
    # "41,000 runners finished, up from 38,000 in 2024": the earlier value of the figure it is set against; a scope
    # taken over from that figure ("a lead of 212" after "won by 187 votes") is that one's, not this one's
    if compared is not None and (frame.scope in (None, ADDED) or frame.scope == compared.scope):
        own_noun = reader._noun_phrase(reader.after) is not None
        frame = replace(frame, metric=frame.metric if own_noun else compared.metric, scope=EARLIER_VALUE)
    if reader._margin():
        frame = replace(frame, metric=f"{frame.metric}.margin")  # "held the seat by 212 votes": the lead only
    per = reader._per_unit(sentence.word_index(frame.end)) or reader._rate_ending_list(frame.end)
    if per is not None and per != "each":
        # "300 flights a day": a rate; its own unit, not that of a figure it takes its name from ("1.1 million
        # containers a year, about 3,000 on an average day")
        frame = replace(frame, metric=f"{frame.metric.partition('.per_')[0]}.per_{slug(per)}")
    kind = reader._kind_after(frame.end) if reader._counts_people(frame.thing) else None
    if kind is not None:
        # "94 of the passengers were Portuguese, 43 were German": a part of them by who they are
        frame = replace(frame, scope=kind, part=True)
    if frame.role == "killed" and "victim" in doc.lower[frame.start : frame.end] and not doc.tells_deaths():
        # "Six victims spoke in court" in a fraud story: the harmed, alive, not the dead
        frame = replace(frame, metric="victims", thing="victims", role=None)
    held = frame.role is not None and reader.lex.role(frame.role) is not None and reader.lex.role(frame.role).held
    # A scope a bare number took over from the figure before it is no holder of its own ("the Greens six and
    # independents five": the independents')
    inherited = bool(reader.earlier) and frame.scope is not None and frame.scope == reader.earlier[-1].scope
    holder = reader._holder() if held else (
        # "the party had won 31 seats, the Greens six and independents five": each gapped clause's own holder
        (reader.earlier and frame.start == m.start and frame.end == m.end and reader._gapped_holder())
        or reader._winner() if frame.role is None and (frame.scope is None or inherited) else None)
    if holder is not None and frame.scope != EARLIER_VALUE and not frame.metric.endswith(".margin"):
        # "Santos received 128,400 votes to Hale's 102,300": each candidate's votes are a figure of their own;
        # "the Civic Alliance won 96 seats": the party's seats; a margin is the race's ("Menon won by 187 votes")
        frame = replace(frame, scope=holder)
    if frame.thing == "lives":
        # "the flood claimed 27 lives", "cost 12 lives": people killed; "saved 40 lives": people rescued
        role = "killed" if reader._verb_before() in _LIFE_TAKING or frame.role == "lost" else frame.role
        frame = replace(frame, metric=f"people.{slug(role)}" if role else "people", thing="people", role=role)
    if frame.role in _NET_CHANGED and (frame.scope is None or inherited):
        # "Health care added 44,000 jobs, retail 34,000": each sector's gain is its own, not the economy's
        owner = reader._net_change_owner() or (
            reader.earlier and frame.start == m.start and frame.end == m.end and reader._gapped_owner())
        if owner:
            frame = replace(frame, scope=owner)
    if frame.role is not None and frame.role not in _NET_CHANGED and not frame.metric.endswith(".change") \
            and reader._added_to():
        # "Johnson gained nearly 18,200 votes from late-counted mail ballots": what the count grew by, no tally
        frame = replace(frame, metric=f"{frame.metric}.change")
    if frame.scope is None and reader._counts_people(frame.thing):
        aged = _AGE_GROUP.match(doc.lower, frame.end + 1) if doc.text[frame.end : frame.end + 1] == " " else None
        if aged is not None:
            frame = replace(frame, scope=" ".join(aged.group().split()), part=True)  # "11.1 million people aged 65
            # or over": that age group, some of all the people
    if frame.role is not None and frame.scope is None:
        threshold = _THRESHOLD_AFTER.match(doc.lower, frame.end)
        if threshold is not None:
            # "32,776 people waited more than 12 hours": those past a threshold, some of all who waited
            frame = replace(frame, scope=" ".join(threshold["threshold"].split()), part=True)
    if frame.scope is None and _beaten_record(doc, sentence, m):
        frame = replace(frame, scope=EARLIER_VALUE)  # "beat the course record of 2,100 runners": the old mark
    if frame.bound is None and reader._total_passed():
        frame = replace(frame, bound="more_than")  # "the tally had passed 100 suspected cases": beyond it
    return _at_peak(doc, sentence, m, frame)


def _figure_word(text: str) -> bool:
    """Whether a word is part of a figure: digits or a scale word ("$1.2 billion and suppliers ...")."""
    return text[:1].isdigit() or text in _SCALE_WORDS


def _beaten_record(doc: Document, sentence: Sentence, m: Mention) -> bool:
    """Whether a figure is a record that the sentence says was broken, the old mark and not the new one: "broke the
    record for Oct. 7 of 87 degrees, set in 1963", "smashing the previous record of 41.2C"."""
    return _BEATEN_RECORD.search(doc.lower, max(sentence.start, m.start - _RECORD_REACH), m.start) is not None


def _of_earlier_event(doc: Document, sentence: Sentence, m: Mention) -> bool:
    """Whether a number is told in the clause about an earlier event that a "since" or "years after" names: "since
    the Tazreen Fashions blaze, in which 112 people died", "nine years after Grenfell, in which 72 people died in a
    24-storey tower"."""
    found = _SINCE_EVENT.search(doc.text, max(sentence.start, m.start - 160), m.start)
    return found is not None and _CLAUSE_MARKS.isdisjoint(doc.text[found.end() : m.start])


def _lists_the_items(doc: Document, sentence: Sentence, m: Mention) -> bool:
    """Whether a number is one of a list after a colon that names as many numbers as the count before the colon,
    which do not add up to it: the items counted ("all six numbers: 7, 19, 33, 41, 58 and the red Powerball 14"),
    not a breakdown ("Three died: one in Leeds and two in York")."""
    colon = doc.text.rfind(":", sentence.start, m.start)
    if colon < 0 or ":" in doc.text[colon + 1 : m.start] or doc.text[colon + 1 : colon + 2] != " ":
        return False
    counted = _COUNT_BEFORE_COLON.search(doc.lower, max(sentence.start, colon - 40), colon + 1)
    size = parse_number(counted["n"]) if counted else None
    if not size or size < 2:
        return False
    items = list(_ITEM_NUMBER.finditer(doc.text, colon, sentence.end))
    bare = all(found["end"] is not None for found in items)  # "7, 19 and 33", not "6 at Fairhaven General"
    return bare and len(items) == size and sum(float(found[0]) for found in items) != size


def _counts_where(doc: Document, f: Frame) -> bool:
    """Whether a frame counts the places the figures around it are in: "in 14 states", "across 12 countries", "in
    three provinces: 38 in Malatya"."""
    return f.thing in _PLACE_KINDS and (doc.lower.endswith(_PLACES_LEADS, 0, f.start) or doc.text.startswith(":", f.end))


def _at_peak(doc: Document, sentence: Sentence, m: Mention, frame: Frame) -> Frame:
    """A figure told as its event's peak ("at its peak, 46,000 workers were on strike", "strikes that at their
    height involved 45,000", "the crowd peaked at 10,000") is a figure of its own, `.peak`, that holds for
    the whole event whenever it is told."""
    if _PEAK_WORDS.isdisjoint(sentence.forms):
        return frame  # most sentences tell no peak
    lo, hi = doc.strong_clause(sentence, m.start)
    a, b = sentence.word_range(lo, hi)
    texts = sentence.texts
    first, after = sentence.word_index(m.start), sentence.word_index(m.end)
    for i in range(a, b):
        text = texts[i]
        if text in _PEAK_VERBS or (text in _PEAKS and i >= 2 and texts[i - 2] == "at" and texts[i - 1] in _PEAK_OWNERS):
            between = texts[i + 1 : first] if i < first else texts[after:i]
            if any(w[0].isdigit() for w in between):
                continue  # the peak is the nearer number's ("45,000 of the union's 146,000 members")
            return replace(frame, metric=f"{frame.metric}.peak")
    return frame


def _measure_cues(voc) -> frozenset[str]:
    """The content words of every measurement's cue ("depth" of "a depth of"), once per vocabulary."""
    cached = voc.__dict__.get("_measure_cues")
    if cached is None:
        lex = voc.lexicon
        keys = (*lex.measures_before, *lex.measures_after)
        cached = voc.__dict__["_measure_cues"] = frozenset(w for key in keys for w in key if w not in FUNCTION_WORDS)
    return cached


def read_measure(doc: Document, sentence: Sentence, m: Mention, earlier: list[Frame] = ()) -> Frame:
    """What a measurement measures ("a depth of 18.5 km", "72 km southwest of Marrakech"), what a sum of
    money is ("$3.2 billion in lost revenue"), or what a percentage is a share or change of ("a 25% increase
    in base wages"); its dimension's name when the sentence says no more. A rate's name says its unit
    ("475,000 barrels per day": volume.per_day)."""
    reader = _Reader(doc, sentence, m, earlier)
    frame = reader.measure()
    label = reader.label_name() if frame.scope != EARLIER_VALUE else None
    base = frame.metric.partition(".per_")[0]
    if label is not None and (base in UNNAMED_MEASURES or base == _DIMENSION_NAMES.get(m.kind, m.kind)
                              or base in label.split("_")[:-1]):
        # "- Weekly pass: $37", "Reduced-fare monthly pass: $55": the line's label names what the text did not, or
        # better than a word of it ("Earnings per share: $1.55 adjusted" is read already)
        frame = replace(frame, metric=label, thing=label)
    if m.kind not in ("money", "percent", "temperature") and not frame.metric.endswith(".change") and reader._by_change():
        # "the typhoon strengthened by 75 km/h": by how much
        frame = replace(frame, metric=f"{frame.metric}.{reader._change_name(reader.first - 2)}")
    if m.kind not in ("money", "percent", "temperature", "speed") and not frame.metric.split(".")[-1].startswith("per_"):
        per = reader._per_unit() or m.extra.get("per") or reader._rate_adjective() or reader._per_time_after_stuff()
        # "475,000 bpd", "daily output", "200,000 litres of bottled water a day"
        if per is not None:
            frame = replace(frame, metric=f"{frame.metric}.per_{slug(per)}")
    if m.kind == "money" and frame.scope is None and reader._another_thing(_ANOTHER_SUM_REACH):
        frame = replace(frame, scope=ANOTHER)  # "A rival house's evening sale raised $289m": not the story's sale
    elif m.kind == "money" and frame.scope is None and reader._after_fronted_of():
        frame = replace(frame, scope=PART, part=True)  # "Of the overall fine, £2.1 million relates to one site"
    if m.kind == "money" and ".per_" not in frame.metric:
        per = reader._per_modifier()
        if per is not None:
            frame = replace(frame, metric=f"{frame.metric}.per_{slug(per)}")  # "per-visitor spending averaged ¥220,000"
    if m.kind == "percent" and not frame.metric.endswith(".margin") and reader._margin():
        frame = replace(frame, metric=f"{frame.metric}.margin")  # "leads by 5%": the lead, not a share
    if m.kind in ("money", "percent") and frame.scope is None and ("to" in sentence.texts or "from" in sentence.texts):
        partner = reader._partner(frame.thing)
        if partner is not None:
            frame = replace(frame, scope=partner)  # "exports to Japan fell 4.1%": that flow's, not all exports'
    if m.kind == "percent" and frame.scope is None and "among" in sentence.texts:
        group = reader._among()
        if group is not None:
            frame = replace(frame, scope=group)  # "turnout among voters aged 18 to 24 was 54%": that group's
    if m.kind == "percent" and ".change" in frame.metric and frame.scope != EARLIER_VALUE \
            and not frame.metric.endswith(_CHANGE_BASES):
        base = reader._change_base()
        if base is not None:
            frame = replace(frame, metric=f"{frame.metric}.{base}")  # "rose 0.4% on the month": over a month
    if m.kind in _EXTENTS and frame.scope is None and reader._capacity():
        # "the unit can handle 95,000 barrels a day", "a refining capacity of 570,000 barrels a day": what it may
        # hold or process, not what it did
        frame = replace(frame, scope=CAPACITY)
    if m.kind == "percent" and frame.scope is None and "aged" in sentence.texts:
        group = reader._age_group()
        if group is not None:
            frame = replace(frame, scope=group)  # "people aged 65 and over made up 8.9%": that age group's
    if reader.first > 0 and reader.words[reader.first - 1].text in _PASSING_WORDS \
            and doc.text[reader.words[reader.first - 1].end : m.start].isspace():
        frame = replace(frame, bound="more_than")  # "demand topped 87 gigawatts", "temperatures past 100 degrees"
    if m.kind == "percent" and frame.scope is None and not sentence.forms.isdisjoint(_COMPOSING_VERBS):
        maker = reader._share_maker()
        if maker is not None:
            frame = replace(frame, scope=maker)  # "A* grades made up 9.6 per cent of entries": the A* grades' share
    if frame.scope is None and _beaten_record(doc, sentence, m):
        frame = replace(frame, scope=EARLIER_VALUE)  # "broke the record for Oct. 7 of 87 degrees, set in 1963"
    return frame


def read_unitless(doc: Document, sentence: Sentence, m: Mention) -> Frame | None:
    """A bare number that measures a scale the lexicon knows ("magnitude 6.8", "a 6.8-magnitude quake")."""
    cues = _measure_cues(doc.vocabulary)
    a = sentence.word_index(m.start)
    near = sentence.lemmas[max(0, a - 6) : a + 2]
    glued = doc.text[max(0, m.start - 1) : m.start] == "-"
    if cues.isdisjoint(near) and not glued:
        return None  # most numbers stand far from any scale's name: no reading needed
    return _Reader(doc, sentence, m, ()).unitless()


def event_of(doc: Document, sentence: Sentence, m: Mention) -> tuple[str | None, str | None]:
    """The event a date or duration belongs to (the nearest event noun, "the quake", "a 41-day strike") and
    who it is of ("against Ford", "General Motors reached a deal"): (event, scope)."""
    found = _events_read(doc, sentence, m)
    return found[0], found[1]


def _events_read(doc: Document, sentence: Sentence, m: Mention) -> tuple[str | None, str | None, str | None]:
    """A mention's event, scope and event place, read once (a date's metric and its claim both ask)."""
    key = (m.start, m.end)
    found = doc.events_read.get(key)
    if found is None:
        found = doc.events_read[key] = _Reader(doc, sentence, m, ())._event()
    return found


def duration_event_of(doc: Document, sentence: Sentence, m: Mention) -> tuple[str | None, str | None]:
    """The event a duration is the length of, and whose it is: the noun it is written with ("a 41-day strike
    against Ford", "three days of national mourning", "the truce lasted seven days"); "its 44-day strike" is
    its owner's. A part of an event ("its first two weeks", "two consecutive weeks") is no event's length."""
    return _Reader(doc, sentence, m, ()).duration_event()


# How many words past a figure the "will" of its clause may stand ("20,000 people will be evacuated").
_WILL_REACH = 3


def _will_after_comma(doc: Document, sentence: Sentence, until: int) -> bool:
    """Whether the main clause after a sentence's opening clause, up to word `until`, says what will be: "When Day
    Zero arrives, each resident will get"."""
    comma = doc.text.find(",", sentence.start, sentence.end)
    return comma >= 0 and "will" in (w.text for w in sentence.words[sentence.word_index(comma) : until])


def _when_it_comes(doc: Document, sentence: Sentence, m: Mention) -> bool:
    """Whether a sentence opens with a "when" clause in the present ("When Day Zero arrives,") and the figure's
    clause after it says what will be then."""
    comma = doc.text.find(",", sentence.start, m.start)
    if comma < 0:
        return False
    present = any(w.text.endswith("s") and classes(w.text) & VERB and not w.text.endswith("ss")
                  for w in sentence.words[1 : sentence.word_index(comma)])
    return present and _will_after_comma(doc, sentence, sentence.word_index(m.end) + _WILL_REACH)


def _condition_goes_on(doc: Document, sentence: Sentence, m: Mention) -> bool:
    """Whether a figure told with "will" follows, in the same paragraph, a sentence that opens with a condition and
    says what will be then ("When dam levels fall to 13.5%, the city will cut off supplies. Residents will have to
    collect 25 litres a day")."""
    told = sentence.words[: sentence.word_index(m.end) + _WILL_REACH]
    if sentence.start == 0 or "will" not in (w.text for w in told):
        return False
    before = doc.sentence_at(sentence.start - 1)
    if before is sentence or not before.words or "\n\n" in doc.text[before.end : sentence.start] \
            or before.words[0].text not in ("if", "when", "unless"):
        return False
    return _will_after_comma(doc, before, len(before.words))


def hypothetical(doc: Document, sentence: Sentence, m: Mention) -> bool:
    """Whether the figure's clause puts it as a possibility, a projection or an expectation: "could", "might",
    "may", "is expected to", "is projected to", "is forecast to", "is likely to" near it; "had expected",
    "forecast", "guidance" before it."""
    words = sentence.words
    if "will" in sentence.forms and (words[0].text == "when" and _when_it_comes(doc, sentence, m)
                                     or _condition_goes_on(doc, sentence, m)):
        # "When Day Zero arrives, ... each resident will get 25 litres a day": on that condition; and in the sentence
        # after it, still told in the future ("Residents will have to collect 25 litres a day")
        return True
    if _HYPOTHETICAL_WORDS.isdisjoint(sentence.forms):
        return False  # most sentences hold no modal at all
    if len(words) > 1 and words[0].text in ("if", "unless") and words[1].text not in ("anything", "so") \
            and "," in doc.text[words[0].end : m.start]:
        return True  # "If losses stay near this level, $220 is realistic next season": on that condition
    lo, _ = doc.strong_clause(sentence, m.start)
    a, b = sentence.word_index(lo), sentence.word_index(m.start)
    after = words[b : b + 8]
    joined = next((k for k, w in enumerate(after) if w.text in ("and", "but") and k), None)
    if joined is not None:
        after = after[:joined]  # "began on July 5 and is expected to last until Friday": another verb's modal
    near = [w for w in (*words[a:b], *after) if not doc.text[w.start].isupper()]  # "on May 2" is a month
    texts = [w.text for w in near]
    if any(t in _MODALS and not (t in _ESTIMATING_MODALS and texts[i + 1 : i + 2] == ["have"])
           for i, t in enumerate(texts)):
        return True  # "may have been on board", "might have been accessed": an estimate of what was, no possibility
    if any(t == "would" and i + 1 < len(texts) and texts[i + 1] == "have" for i, t in enumerate(texts)):
        return True  # "would have been about 4C cooler in a world without warming": a counterfactual
    if any(t in _PROJECTING and i + 1 < len(texts) and texts[i + 1] == "to" for i, t in enumerate(texts)):
        return True
    if any(t == "under" and i + 1 < len(texts) and texts[i + 1] in _DELIBERATING for i, t in enumerate(texts)):
        return True  # "a cut of at least 1 million bpd was under discussion": a proposal, no decision
    # What was expected, forecast or guided, before the figure: "analysts had expected revenue of $4.35
    # billion", "its full-year forecast of $17.2 billion", "a projected 2.5%"; a date so told ("expects the
    # walkout on Friday to be short") is still when the event is
    before = [w.text for w in words[a:b]]
    following = sentence.word_index(m.end)
    if m.kind not in ("date", "duration") and any(t in _SIZING and i + 1 < len(before) and before[i + 1] in _SIZING[t]
                                                 for i, t in enumerate(before)):
        return True  # "enough to power two million homes", "the equivalent of 3 Olympic pools": a size, no count
    if following + 1 < len(words) and words[following + 1].text in _EXPECTED_AFTER and _plural(words[following].text):
        following += 1  # "the 76 votes needed": past the figure's noun
    if m.kind not in ("date", "duration") and following < len(words) and words[following].text in _EXPECTED_AFTER \
            and doc.text[words[following - 1].end : words[following].start] == " ":
        return True  # "$2.47 vs. $2.39 expected", "$18.45 billion forecast", "the 76 votes needed": not what was
    if m.kind not in ("date", "duration") and _required(words, following):
        return True  # "about 95 percent coverage is needed to stop the disease": what would have to be, no reading
    return m.kind not in ("date", "duration") and (
        not _EXPECTING.isdisjoint(before) or m.kind in ("money", "percent") and not _GUIDING.isdisjoint(before)
        or any(t in ("call", "calls", "called") and i + 1 < len(before) and before[i + 1] == "for"
               for i, t in enumerate(before)))  # "called for revenue between $19.1 billion and $19.6 billion"


def changed_from(doc: Document, sentence: Sentence, start: int) -> bool:
    """Whether the "from" at `start` follows a word of change, adverbs aside: "rose from 200 to 300", "was
    cut sharply from 5% to 4.5%" tell a figure and its earlier value, where "ranged from" tells a range."""
    i = sentence.word_index(start) - 1
    words = sentence.words
    while i >= 0 and words[i].text.endswith("ly") and i > sentence.word_index(start) - 3:
        i -= 1
    if i < 0:
        return False
    text = words[i].text
    return lemma(text) in doc.vocabulary.lexicon.changes or verb_lemma(text) in _REVISING or \
        changed_object(doc, sentence, start) is not None


def changed_object(doc: Document, sentence: Sentence, start: int) -> str | None:
    """The thing a verb of change names as its object before the "from" at `start`: "raised the retirement age
    from 62 to 64" (retirement age), "widened the exclusion zone around the crater from three to seven
    kilometres" (exclusion zone); its head noun with the nouns before it, as lemmas."""
    words, end = sentence.words, sentence.word_index(start)
    changes = doc.vocabulary.lexicon.changes
    head = None
    for k in range(end - 1, max(-1, end - 1 - _OBJECT_REACH), -1):
        text = words[k].text
        if verb_lemma(text) in changes and classes(text) & VERB and head is not None:
            if (lemma(words[head].text),) in doc.vocabulary.lexicon.totals:
                return None  # "raised its count of affected members to 14.6 million": a total's, read as one
            first = head
            while first - 1 > k and classes(words[first - 1].text) & NOUN and words[first - 1].text not in FUNCTION_WORDS:
                first -= 1
            return " ".join(lemma(w.text) for w in words[first : head + 1])
        if text in PREPOSITIONS:
            head = None  # "around the crater": the object's head stands before its preposition
        elif _YEAR.fullmatch(text) and head is not None:
            continue  # "cut the 2025 harvest to 1.05mn hectolitres": the year of the object
        elif classes(text) & NOUN and text not in FUNCTION_WORDS and not doc.text[words[k].start].isupper():
            head = k if head is None else head
        elif not (classes(text) & ADJ or text in DETERMINERS) or text in AUXILIARIES:
            return None
    return None


def event_place_of(doc: Document, sentence: Sentence, m: Mention) -> str | None:
    """The place the event of a date or duration is tied to in its sentence ("the crash near Balasore")."""
    return _events_read(doc, sentence, m)[2]


def event_places(doc: Document) -> frozenset[str]:
    """The places a text's headline and lede tie its events to: "the Balasore accident", "the quake in Morocco",
    "the earthquake that struck the Al Haouz region". A figure given for one of them is the story's whole, not
    a part. Only the opening sentences are read: news says where its story happens first, and a later place
    beside an event is as often another event's (the 1960 Agadir earthquake)."""
    cached = getattr(doc, "_event_places", None)
    if cached is not None:
        return cached
    found: set[str] = set()
    seen: set[str] = set()  # the events the first sentence naming any names, and those the lede ties to a place
    placed: set[str] = set()
    lex = doc.vocabulary.lexicon
    mentioned = _event_words(doc.vocabulary).search
    for sentence in doc.sentences[:_LEDE_SENTENCES]:
        if not mentioned(doc.lower, sentence.start, sentence.end):
            continue  # most sentences name no event: their words are never read
        words = sentence.words
        matches = [m for m in doc.matches(sentence, lex.events) if classes(words[m.last_word].text) & NOUN]
        if not matches:
            continue
        places = doc.places(sentence)
        first = not seen
        for m in matches:
            if first:
                seen.add(str(m.value))
            for place in places:
                gap = place.first_word - m.last_word
                before = m.first_word - place.last_word
                if 0 < before <= 2 and getattr(place.value, "kind", None) == "country":
                    continue  # "Russia's attack", "Russian strikes": a country before an event is its actor
                if 0 < before <= 2 or (0 < gap <= 3 and words[m.last_word + 1].text in _EVENT_PLACE_LINKS) or (
                        0 < gap <= 5 and any(verb_lemma(w.text) in _HAPPENING for w in words[m.last_word + 1 : place.first_word])) \
                        or _site_between(doc, sentence, m.last_word, place.first_word):
                    found.add(place.value.name)
                    found.update(_container(places, place, words))  # "the Al Haouz region of Morocco"
                    placed.add(str(m.value))
    doc._event_places = frozenset(found)
    doc._lede_unplaced = frozenset(seen - placed)
    return doc._event_places


def _site_between(doc: Document, sentence: Sentence, event: int, place: int) -> bool:
    """Whether an event's site stands between it and a place, in one phrase with no verb and no comma: "roof
    collapse at coal mine in north China's Shanxi", "the fire at a warehouse near Leeds"."""
    words = sentence.words
    between = words[event + 1 : place]
    return 3 < len(between) <= _SITE_WORDS and between[0].text in ("at", "on", "aboard") \
        and any(w.text in ("in", "near", "outside") for w in between[1:]) \
        and all(w.text in FUNCTION_WORDS or classes(w.text) & (NOUN | ADJ) or w.text.endswith(("'s", "’s"))
                for w in between) \
        and not _CLAUSE_OR_BRACKET_MARKS.intersection(doc.text[words[event].end : words[place].start])


# How many words an event's site may take between the event and its place: "at coal mine in north China's".
_SITE_WORDS = 8

_KIND_RANK = {"country": 0, "region": 1, "city": 2}
# How many opening sentences (a headline counts as one) say where a story happens.
_LEDE_SENTENCES = 4


def _event_words(voc):
    """A pattern for the words event terms start with, in any form ("strike", "strikes"): a sentence it does not
    match names no event. Built once per vocabulary, its stems as a trie (a flat alternation of a hundred
    stems tries each one at every word)."""
    cached = voc.__dict__.get("_event_words")
    if cached is None:
        import re

        stems = {key[0][:-1] if len(key[0]) > 4 else key[0] for key in voc.lexicon.events}
        cached = voc.__dict__["_event_words"] = re.compile(r"\b(?:" + trie(stems) + r")")
    return cached


def story_place(doc: Document) -> str | None:
    """Where the text's story happens: the widest place it ties its events to, when they all lie in it; None
    for a text whose events happen in places apart (talks in Abu Dhabi, strikes on Ukraine), or whose first
    sentence naming events names one the lede ties to no place."""
    if doc._story is None:
        places = sorted(event_places(doc))
        if doc._lede_unplaced:
            # A headline's "Peace Talks Resume Under the Shadow of Record Missile Strikes", the talks placed in Abu
            # Dhabi and the strikes nowhere: the story has more than one place
            doc._story = (None,)
            return None
        voc = doc.vocabulary
        widest = min(places, key=lambda name: (_KIND_RANK.get(voc.place_kind(name) or "", 3), name), default=None)
        fits = widest is not None and all(p == widest or voc.is_within(p, widest) for p in places)
        doc._story = (widest if fits else None,)
    return doc._story[0]


def story_event(doc: Document) -> str | None:
    """The event a text's story is about: the one its event nouns name most often, the first named of those told
    as often; never a generic noun's ("the tragedy") nor another of the story's kind (an aftershock)."""
    if doc._story_event is None:
        lex = doc.vocabulary.lexicon
        told: Counter = Counter()
        for sentence in doc.sentences:
            told.update(str(found.value) for found in doc.matches(sentence, lex.events)
                        if found.value not in lex.generic and found.value not in lex.secondary
                        and classes(sentence.words[found.last_word].text) & NOUN)
        doc._story_event = (max(told, key=told.__getitem__) if told else None,)  # ties: the first told
    return doc._story_event[0]


def _container(places, place, words) -> list[str]:
    """The place written as containing another right after it: "the Al Haouz region of Morocco", "Balasore,
    Odisha"."""
    for other in places:
        gap = other.first_word - place.last_word
        if 0 < gap <= 3 and all(w.text in ("of", "in", "region", "province", "district", "state", "the")
                                for w in words[place.last_word + 1 : other.first_word]):
            return [other.value.name]
    return []


def reported_event_of(doc: Document, sentence: Sentence, m: Mention) -> str | None:
    """For a date of a statement ("..., Filashkin said on Wednesday"): the event its sentence reports by a verb
    ("bombs hit the market"), when it names no other date; news reports an event on the day it is said."""
    return _Reader(doc, sentence, m, ()).reported_event()


def lasting_event_of(doc: Document, sentence: Sentence, m: Mention) -> str | None:
    """The lasting event (a truce, talks, a war) a start or end date belongs to, in its sentence or the one before."""
    return _Reader(doc, sentence, m, ()).durative_event()


def duration_noun_of(doc: Document, sentence: Sentence, m: Mention) -> str | None:
    """What a length told right before its noun is the length of, when no event names it: "a 4.1-month supply",
    "3.5 months' supply", "a 90-minute delay", "a 10-year prison sentence" (the compound's head)."""
    return _Reader(doc, sentence, m, ()).duration_noun()


# Nouns a length stands before that say how a figure compares ("a 40-year high") or that it is a stretch of time,
# no thing's own length ("a three-month period").
_NO_THINGS_LENGTH = frozenset("high low record peak best worst period span stretch spell window interval time "
                              "timeframe history mark anniversary".split())


class _Reader:
    """One number's reading: its sentence's words, where the number stands, and what came before it."""

    def __init__(self, doc: Document, sentence: Sentence, m: Mention, earlier) -> None:
        self.doc, self.sentence, self.m = doc, sentence, m
        self.words = sentence.words
        self.lex = doc.vocabulary.lexicon
        self.voc = doc.vocabulary
        self.first = sentence.word_index(m.start)
        self.after = sentence.word_index(m.end)
        # Places counted ("in 14 states", "three provinces:") are where the figures after them are, never what they
        # go on counting
        self.earlier = [f for f in earlier if not _counts_where(doc, f)]
        # The wording says the number counts something no reading here can name ("41 of them", them no figure told)
        self.unread = False

    # -- the reading -------------------------------------------------------------------------------

    def read(self) -> Frame | None:
        sized = _SIZED.match(self.doc.lower, self.m.end) if self.doc.text[self.m.end : self.m.end + 1] == "-" \
            and self.doc.lower[self.m.start : self.m.end] != "single" else None  # "single-family homes": a kind
        if sized is not None:
            # "a nine-storey building", "a 12-lane highway": a size of the noun after it, named by both
            noun, unit, end = sized["noun"], sized["unit"], sized.end()
            k = self.sentence.word_index(sized.start("noun"))
            if k < len(self.words) and self._capital(k):
                # "the 240-seat National Assembly": a name's last word is its noun
                while k + 1 < len(self.words) and self._capital(k + 1) and self._adjacent(k, k + 1):
                    k += 1
                noun, end = self.words[k].text, self.words[k].end
            if _plural(unit) or not classes(noun) & NOUN or noun in FUNCTION_WORDS:
                return None
            return Frame(f"{slug(noun_lemma(noun))}.{slug(unit)}", self.m.start, end, noun_lemma(noun),
                         placeless=True, size=True)
        glued = self.doc.text[self.m.end : self.m.end + 2]
        if glued[:1] == "-" and glued[1:].isalpha():
            return None  # "three 345-kV circuits": a word glued to the number makes a modifier, no count
        if self._is_identifier() or self._in_tally() or self._difference():
            return None
        if self._age_of_someone():
            return None  # "My mom is 81 and she's been sick", "he was 67": someone's age, no count
        if self.first > 0 and self.words[self.first - 1].text in _PERSONAL_POSSESSIVES:
            return None  # "my brother and his three children": someone's family, no figure of the story
        k = self.first - 1
        if k > 0 and self.words[k].text in ("a", "an"):
            k -= 1
        if k >= 0 and self.words[k].text in _NEGATIONS and self.m.qualifier == "exact":
            return None  # "the problem is not one building", "not a single bomb": no count
        if k >= 1 and classes(self.words[k].text) & VERB and self.m.qualifier == "exact" and (
                self.words[k - 1].text in _NEGATIONS or self.words[k - 1].text.endswith(("n't", "n’t"))):
            return None  # "we have not lost 300 lives": what did not happen
        found = self._parenthetical() or self._partitive() or self._included_part()
        if found is not None or self.unread:
            return found
        if self.m.qualifier == "vague" and self.after < len(self.words) and self.words[self.after].text == "of":
            return None  # "tens of thousands of pilgrims gathered": the noun's count, read by _partitive, or none
        phrase = self._noun_phrase(self.after)
        if phrase is not None and phrase[0] == phrase[1] == self.first + 1 and self._counts_places(self.first - 1):
            # "73 people in 14 states have been sickened": where they are, nothing that happened to the states
            noun = self.words[phrase[1]].text
            return Frame(noun, self.m.start, self.words[phrase[1]].end, noun)
        if phrase is None:
            named = self._number_of_after()
            if named is not None:
                # "bringing to 33 the number of people confirmed dead": the count the phrase after it names
                counted = self._counted(named)
                if counted is not None:
                    return replace(counted, start=self.m.start, end=self.m.end)
            label = self._label()
            labelled = self._noun_phrase(label[0], detached=True) if label is not None else None
            if labelled is not None and labelled[1] <= label[1] and _plural(self.words[labelled[1]].text):
                # "Deaths: 58", "Districts affected: 9": a fact box's line, its label the noun the number counts
                counted = self._counted(labelled)
                if counted is not None:
                    return replace(counted, start=self.m.start, end=self.m.end)
        own = self._counted(phrase) if phrase is not None else self._nounless()
        fronted = self._fronted_partitive()
        if fronted is None or own is not None and (own.role != fronted.role or own.thing != fronted.thing or own.part) \
                and (own.role is None or self._lexicon_role(own.role) or own.thing != fronted.thing):
            return own  # "Of the injured, 739 have been discharged": its own figure, read from its own words
        return fronted  # "Of the 57 deaths, 41 occurred in health facilities": a verb of no role keeps the whole's

    def _number_of_after(self) -> tuple[int, int] | None:
        """The noun phrase named by "the number of" right after a total a change brought or took something to:
        "bringing to 33 the number of people confirmed dead", "took to 12 the number of bodies recovered"."""
        words, a, i = self.words, self.first, self.after
        if a < 2 or words[a - 1].text != "to" or verb_lemma(words[a - 2].text) not in ("bring", "take", "raise", "push"):
            return None
        if i + 3 >= len(words) or [w.text for w in words[i : i + 3]] != ["the", "number", "of"]:
            return None
        return self._noun_phrase(i + 3)

    def _counted(self, phrase: tuple[int, int]) -> Frame | None:
        """A number before its noun phrase: "43 ballistic missiles", "900 injured passengers were treated"."""
        first, head = phrase
        thing, person = self._thing(first, head)
        noun_role = self._role_at(head, head + 1)
        role_after, end_after = self._role_after(head + 1, person, thing)
        if role_after is None:
            past = self._past_scope(head + 1)
            if past is not None:
                role_after, end_after = self._role_after(past, person, thing)
        if role_after is not None and self._whole_of_part():
            # "19 of the 25 drones were shot down": the verb is the part's; "of the 240 people aboard" keeps its own
            own = self._phrase_at(head + 1, self.lex.roles) if head + 1 < len(self.words) else None
            if own is not None and classes(self.words[head + 1].text) & (VERB | ADJ) and not self._verb_after(own[1] + 1):
                own = None  # "38 of the train's 141 cars derailed", "32 of its 1,150 crew sick": the part's predicate
            role_after, end_after = (own[0], self.words[own[1]].end) if own is not None else (None, None)
        # A modifier says what happened to them when it is a participle or an adjective ("injured passengers",
        # "missing miners"); a noun before the head names their kind ("rescue workers", "aid workers").
        modifier_role = next((r for r in (self._role_at(i, i + 1) for i in range(first, head)
                                          if self._describes(i)) if r), None)
        if person and modifier_role and self.lex.role(modifier_role) and self.lex.role(modifier_role).person \
                and role_after != "killed":
            role = modifier_role  # "injured passengers are being treated": injured is what they are; but "two
            # injured pilgrims died" were killed
        elif modifier_role and role_after and self._whole_of_part():
            role = modifier_role  # "5.3 million of the 7.84 million registered voters casting ballots": the whole's
        elif noun_role and role_after and (not self._lexicon_role(role_after) and " " not in role_after
                                           or role_after in _KNOWN_ROLES and self.lex.role(noun_role) is not None
                                           and self.lex.role(noun_role).person):
            role = noun_role  # "400 deaths had been recorded": the noun says more than an unknown verb; "187 deaths
            # are confirmed": confirmed deaths are the deaths
        else:
            role = role_after or modifier_role or noun_role or self._role_before(person, thing) \
                or self._coordinated_role() or self._done_to(phrase) or (self._toll_before() if person else None)
        if noun_role and self._phrase_at(head, self.lex.events) is not None:
            role = None if role == noun_role else role  # "brokered 17 swaps": swaps, an event, not the people freed
        elif noun_role and self.lex.role(noun_role) and self.lex.role(noun_role).person:
            # "87 deaths", "2,000 casualties", "the victims"; "35 pedestrian deaths", "22 deaths among motorcyclists"
            # are the pedestrians' and the motorcyclists'
            thing, person = self._whose(first, head) or "people", True
        elif noun_role and role == noun_role and not (self.lex.role(role) and self.lex.role(role).implicit):
            # "320 cancellations", "3,000 job cuts": the noun says what happened, and the thing it happened to is
            # the noun before it ("job cuts" are jobs cut), else what an earlier figure with that role counted
            thing = self._deverbal_object(first, head, role)
            if thing is None:
                # unnamed here: the judge compares it with the one thing its story says this happened to
                return Frame(slug(role), self.m.start, self.words[head].end, slug(role), role,
                             scope=self._scope_after(head + 1))
        if role is None and not person and not self.voc.is_projectile(thing) and self._is_unit_like(head):
            return None
        info = self.lex.role(role)
        # The quote ends at what is counted unless the role words say something the name keeps.
        end = self.words[head].end if info is not None and info.implicit else max(self.words[head].end, end_after or 0)
        if role is None and self.m.qualifier == "vague" and not self.voc.is_projectile(thing):
            return None  # "several buildings", "a few more words": nothing happened to them worth comparing
        scope = self._scope_after(head + 1)
        if scope is None and role_after is not None and end_after:
            # "Seven people were killed at Just-In-Time Recreation": what the figure belongs to, after its role
            scope = self._scope_after(self.sentence.word_index(end_after))
        among = self._among_whole(head + 1)
        if among is not None and not role_after:
            # "Nine Indian nationals were among the 31 people killed", "three children were among the dead": a part
            # of the whole the clause names, whoever they are
            info = self.lex.role(among)
            return self._frame("people" if info and info.person else thing, among, end, side=self._side(first, head),
                               scope=PART, part=True)
        if scope is None and self._said_a_part(head + 1):
            # "cut about 120 jobs locally as part of a 4,500-person reduction": a part of a larger figure
            return self._frame(thing, role, end, side=self._side(first, head), scope=PART, part=True)
        # "Three people wounded in the attack remained in critical condition", "three critically injured
        # passengers were flown to Leeds": those of them in that state, or hurt that badly
        condition = (self._condition_after() or (self._degree(first, end) if role else None)) if person else None
        if condition is not None:
            return self._frame(thing, role, end, side=self._side(first, head), scope=condition, part=True)
        if scope is None and role_after and self._still(role, head + 1, end_after):
            # "23 people remained in hospital", "five are still in hospital": those of the running total in that
            # state now, a part of it that falls as they leave
            return self._frame(thing, role, end, side=self._side(first, head), scope=STILL, part=True)
        if role is None and person and thing == "people" and self.words[head].text not in ("people", "persons"):
            thing = plural(lemma(self.words[head].text))  # "127 miners were underground": miners, whoever they are
        return self._frame(thing, role, end, side=self._side(first, head), scope=scope)

    def _degree(self, first: int, end: int | None) -> str | None:
        """How badly the people counted were hurt, said between the number and the end of its role ("nine were
        seriously injured", "12 suffered minor injuries", "three critically wounded passengers"): those of them
        hurt that badly, a part of all the hurt."""
        if not end:
            return None
        words = self.words
        for k in range(first, min(self.sentence.word_index(end - 1) + 1, len(words))):
            degree = _DEGREE_OF_HARM.get(words[k].text)
            if degree is not None and k + 1 < len(words) and self._role_at(k + 1, k + 2) is not None:
                return degree
        return None

    def _still(self, role: str | None, lo: int, end: int | None) -> bool:
        """Whether the words from word lo to offset end, between a count and its role, say a running total's
        state goes on ("remained in hospital", "are still in hospital"); a falling one's always does ("remain
        missing")."""
        info = self.lex.role(role)
        if info is None or not info.running or info.falling or not end:
            return False
        return any(text in _STILL_WORDS for text in self.sentence.texts[lo : self.sentence.word_index(end - 1)])

    def _said_a_part(self, i: int) -> bool:
        """Whether the words from i to the end of the figure's comma clause call it a part of a larger figure:
        "locally", "as part of" one."""
        if _PART_CUES.isdisjoint(self.sentence.forms):
            return False  # most sentences say neither
        texts = self.sentence.texts
        hi = self.sentence.word_index(self.sentence.clause_of(self.m.start)[1])
        for k in range(i, min(hi, i + 8, len(texts))):
            if texts[k] == "locally":
                return True
            if texts[k] == "as" and texts[k + 1 : k + 3] == ["part", "of"]:
                # of a figure, not of a plan: "as part of a 4,500-person reduction"
                return any(t[0].isdigit() or parse_number(t) is not None for t in texts[k + 3 : k + 7])
        return False

    def _among_whole(self, i: int) -> str | None:
        """The role of the whole a count is said to be among, from word i ("were among the 31 people killed")."""
        words = self.words
        if i + 1 >= len(words) or words[i].text not in ("were", "are", "was", "is"):
            return None
        i += 1
        while i < len(words) and (classes(words[i].text) == ADV or words[i].text in _STILL_WORDS):
            i += 1  # "Four police officers were also among the dead"
        if i >= len(words) or words[i].text != "among":
            return None
        for k in range(i + 1, min(len(words), i + 1 + _AMONG_REACH)):
            role = self._role_at(k, k + 1)
            if role is not None:
                return role
        return None

    def _condition_after(self) -> str | None:
        """The state a clause puts the people counted in, after them ("remained in critical condition", "were in
        serious condition"), with no other figure between."""
        lo, hi = self.sentence.clause_of(self.m.start)
        found = _CONDITION.search(self.doc.lower, self.m.end, hi)
        if found is None or any(w.text[0].isdigit() or parse_number(w.text) is not None for w in self.words
                                if self.m.end <= w.start < found.start()):
            return None  # "40 were injured and nine of them were in a serious condition": the nine's state
        return f"in {found['state']} condition"

    def _governed(self, frame: Frame) -> bool:
        """Whether an earlier figure of the sentence stands in a phrase of a figure before it ("from nine villages"
        after "5,800 people")."""
        k = self.sentence.word_index(frame.start)
        return k > 1 and self.words[k - 1].text in ("from", "in", "across", "at") and any(
            f.start < frame.start and f is not frame for f in self.earlier)

    def _deverbal_object(self, first: int, head: int, role: str) -> str | None:
        """What a noun of happening counts (head: "cancellations", "cuts"): the noun before it ("flight
        cancellations", "job cuts"), else the thing of the document's last earlier figure with that role."""
        if first < head and self._plain_noun(head - 1) and self._adjacent(head - 1, head):
            return plural(lemma(self.words[head - 1].text))
        return next((f.thing for f in reversed(self.doc.frames) if f.role == role and f.thing != slug(role)), None)

    def _group_noun(self) -> str | None:
        """The thing a number is the size of when "a"/"an" and a plain noun and "of" stand before it: "a crew of 22",
        "a group of seven"; not a figure's word ("an average of", "a total of", "a height of")."""
        words, a = self.words, self.first
        k = a - 3
        if k >= 1 and classes(words[k].text) & ADJ and words[k].text not in FUNCTION_WORDS:
            k -= 1  # "its worldwide workforce of 41,000", "a gross tonnage of 220,940"
        if a < 3 or words[a - 1].text != "of" or not self._plain_noun(a - 2) or not (
                words[k].text in ("a", "an", "its", "their") or words[k].text.endswith(("'s", "’s"))):
            return None  # "a crew of 22", "its workforce of 31,000", "the firm's staff of 400"
        noun = words[a - 2].text
        if noun in _FIGURE_NOUNS or self._phrase_at(a - 2, self.lex.totals) or self._role_at(a - 2, a - 1):
            return None
        return plural(noun)  # singular after "a"; lemmas may read a noun as a verb ("crew" as "crow")

    def _nounless(self) -> Frame | None:
        """A number without a noun: "50 dead", "600 were hurt", "the toll rose to 288", "and nine diverted"."""
        # "Floods kill 19, affect 1.3 million": after a comma, the verb before the number is its own
        governed = self.doc.text.startswith(",", self.m.end) and self._role_before(True) is not None
        # A role word right after the number, with nothing between ("50 dead"), not past a semicolon ("5B; death")
        adjacent = self.after < len(self.words) and self._adjacent(self.after - 1, self.after)
        role = None if governed or not adjacent else self._role_at(self.after, self.after + 1)
        end = self.words[self.after].end if role else None
        if role is None and not governed and not self.doc.text.startswith(";", self.m.end):
            role, end = self._role_after(self.after, True)
        total = self._total() or self._estimated_at()
        if total is not None:
            return total
        group = self._group_noun()
        if group is not None and role is None:
            return self._frame(group, None, None)  # "had a crew of 22", "from a group of seven": that group's size
        scope = self._scope_after(self.after)
        if role is None:
            before = self._role_before(True)
            if before is not None:  # "killing three people and wounding 11"
                info = self.lex.role(before)
                thing = self.earlier[-1].thing if self.earlier and not (info and info.person) else "people"
                return self._frame(thing, before, None, scope=scope)
        if role is None:
            subject = self._linked_subject()
            if subject is not None:  # "as cases top 1,600", "infections reached 1,640"
                return subject
        if role is None and self._the_rest() and self.after < len(self.words) \
                and self.words[self.after].text in AUXILIARIES:
            return None  # "joining three others treated for hypothermia; the remaining five were unhurt": the rest
            # of the group, told with a state of its own, none of the three nor anything that befell them
        info = self.lex.role(role)
        # "fell 1,412 points, or 3.4%, to 40,412": a bare count goes on no measure's list (a share, a sum, a length)
        reached = self.first > 0 and self.words[self.first - 1].text == "to"
        counts = [f for f in self.earlier if not f.measure or reached and f.metric.endswith(".change")]
        if counts and not (info is not None and info.person and not self._counts_people(counts[-1].thing)):
            # "1,257 on the Coromandel Express and 1,039 on the ...": the list's thing; not for what only people
            # suffer after a count of things ("one aggregated outlet said at least seven were killed")
            # "Seven of the nine members voted, with two preferring to hold": the parts' list, not their whole
            # not a count inside another's phrase ("5,800 people from nine villages ..., including 6,300"): its head's
            before = next((f for f in reversed(counts) if not f.whole and not self._governed(f)),
                          next((f for f in reversed(counts) if not f.whole), counts[-1]))
            if self._opens_breakdown() and self._object_of_preposition(self.sentence.word_index(before.start)):
                # "Ten people remain in two hospitals: six at Fairhaven General": a breakdown of the clause's
                # first count, not of the last one named where they are ("the four parties won 183 seats: 118
                # for the Social Democrats" break down the seats)
                before = next((f for f in counts if not f.part and not f.whole), before)
            if scope is None and before.scope not in (None, PART) and role is None and self._winner() is not None:
                before = replace(before, scope=None)  # "the Alliance won 96 seats and the Greens took 25": theirs
            side = self.words[self.after].text if adjacent and before.role in _VOTE_SIDES.values() else None
            if role is None and side in _VOTE_SIDES:
                # "drew 61 votes in favour and 85 against": the division's other side, told by its word alone
                return self._frame(before.thing, _VOTE_SIDES[side], self.words[self.after].end, side=before.side)
            if role is None and before.role is not None and self._own_verb():
                named = self._past_verb_role(self._past_more())
                if named is None:
                    return None  # "25 treated in hospital, and two remain in intensive care": not what the 25 were
                # "88 bodies have been identified and 78 handed over to families": the 78 handed over
                return self._frame(before.thing, named[0], named[1], side=before.side, scope=scope or before.scope)
            if role is None and re.match(r":\d", self.doc.text[self.m.end : self.m.end + 2]):
                return None  # "randomized 4,218 patients 1:1": one side of a ratio, no patients
            done = self._done_to(None) if role is None and before.role is not None else None
            if done is not None and done != before.role:
                # "Brenner created 19 chances and converted five": what its own verb did to them, no more created
                return self._frame(before.thing, done, None, side=before.side, scope=scope)
            if role is None and self._reason_after(self.after) and not self._reason_after(
                    self.sentence.word_index(before.end)) and before.start > self.sentence.start:
                # "treated 112 people by 10 p.m., most for minor falls, and four for eye damage": one reason's
                # share of the count before, which gives none
                return replace(before, start=self.m.start, end=self.m.end, scope=PART, part=True,
                               of=(before.start, before.end))
            if role is None or role == before.role:
                metric = before.metric
                if ".per_" in metric:
                    # "about 14 sorties a day, more than 40 in total", "built to make 350,000 cars a year made 214,000
                    # last year": a rate only when its own words say so (read after)
                    metric = metric.partition(".per_")[0]
                if metric.endswith(".change") and self.first and self.words[self.first - 1].text == "to":
                    # "cases jumped 9% to 3,925": the level the change reached, no change
                    metric = metric.removesuffix(".change").removesuffix(".decrease")
                # "sells 1,200 tickets on a normal week, sold more than 9,000 in the last three days": a baseline's
                # scope is its own, the figure set against it is the news
                inherited = before.scope if before.scope != EARLIER_VALUE else None
                if inherited == ADDED and self.first > 0 and self.words[self.first - 1].text == "to":
                    inherited = None  # "four more heat deaths, bringing the county's total to 13": the total reached
                # "treated seven of the wounded and St. Luke's the other five": the rest of the same whole; "treated 28
                # of the injured, Fairview took 25 and North Memorial 31": the next parts of one list of it
                other = self.first > 0 and self.words[self.first - 1].text == "other"
                listed = before.part and (scope is None or other)
                return Frame(metric, self.m.start, end or self.m.end, before.thing, before.role, before.side,
                             scope or inherited, None, part=bool(scope) or before.part,
                             of=before.of if listed else None)
            # "Twelve remained in hospital after 11 were sent home": those still there are no scope of another role
            # "Another 34 people are still missing, and 87 have now been rescued": what another verb says of them
            # is no addition, nor still in the other's state
            return self._frame(before.thing, role, end, side=before.side,
                               scope=scope or (before.scope if before.scope not in (STILL, ADDED) else None))
        if info is not None and info.person:
            if scope is None and self._still(role, self.after, end):
                return self._frame(self._antecedent_thing() or "people", role, end, scope=STILL, part=True)
            return self._frame(self._antecedent_thing() or "people", role, end, scope=scope)
        if role is not None and self._sentence_partitive() is not None:
            return self._frame(self._sentence_partitive(), role, end, scope=scope)
        if role is None:
            whole = self._sentence_partitive_whole()
            if whole is not None:
                # "Of the trains cancelled on Tuesday, 4,700 were regional services": some of the trains cancelled
                return self._frame(whole[0], whole[1], self.m.end, scope=PART, part=True)
        return None

    def _gapped_clause(self) -> bool:
        """Whether the number ends a clause that leaves out the verb of the figure before it, the object of that
        verb, and names its own holder: "Lopez received 212,400 votes and Baker 166,600", "Ford lost $1.7 billion,
        GM $1.1 billion"."""
        if not self.earlier or self.m.kind != "money" and not _ENDS_ITS_CLAUSE.match(self.doc.text, self.m.end):
            return False  # a bare number must end its clause: "and Route 66 was closed" names a road
        words, text = self.words, self.doc.text
        holder = self._gapped_holder()
        opened = text.rfind(holder, self.earlier[-1].end, self.m.start) if holder is not None else -1
        between = text[self.earlier[-1].end : opened]
        if opened < 0 or _DIGIT.search(between) or len(between.split()) > _GAP_WORDS:
            return False  # the figure before must end right before the clause: "died on Route 9 and Route 66" names
        for before in reversed(self.earlier):  # back along the list to the sum its verb governs
            v = self.sentence.word_index(before.start) - 1
            if v >= 1 and self._capital(v):
                v = self._name_start(v) - 1  # "fined TixHub £1.4m, SeatSwap £950,000": past the first one's name
            if v < 0:
                return False
            if classes(words[v].text) & VERB:
                return True
            if not (words[v].text == "and" or "," in text[words[v].end : words[v + 1].start]):
                return False
        return False

    def _first_of_gapped(self) -> str | None:
        """Whose the first sum of a gapped list is: the name between its verb and it ("fined TixHub £1.4m,
        SeatSwap £950,000"), else the verb's subject ("GM lost $1.1 billion, Ford $1.7 billion")."""
        words, a = self.words, self.first
        if a >= 2 and self._capital(a - 1) and not self.doc.text[words[a - 1].end : self.m.start].strip() \
                and words[a - 1].text not in FUNCTION_WORDS:
            j = self._name_start(a - 1)
            if j >= 1 and classes(words[j - 1].text) & VERB:
                return _name_text(self.doc.text[words[j].start : words[a - 1].end])
        return self._subject_before(lambda v: bool(classes(words[v].text) & VERB))

    def _gapped_holder(self) -> str | None:
        """Whose a number is when its clause leaves out the verb of the one before: the words between a comma or
        "and" and the number ("the Greens six", "and independents five")."""
        words, text, a = self.words, self.doc.text, min(self.first, len(self.words))
        starts = [w.start for w in words[:a]] + [self.m.start]
        k = a - 1
        while k >= 0 and k > a - 5 and words[k].text not in ("and", "the") \
                and not text[words[k].end : starts[k + 1]].strip() and words[k].text not in FUNCTION_WORDS \
                and (self._capital(k) or not classes(words[k].text) & VERB):
            k -= 1
        if k == a - 1 or k < 0:
            return None
        first = k + 1
        if words[k].text == "the":
            k -= 1
        if k < 0 or not (words[k].text == "and" or text[words[k].end : starts[k + 1]].strip() == ","):
            return None
        return text[words[first].start : words[a - 1].end]

    def _head_before_modifier(self, n: int) -> int:
        """The noun a subject is headed by, past a phrase that modifies it and ends at word n: "The waiting list
        for hospital treatment fell to 7.32 million" and "The waiting list in England fell" are the list's."""
        words = self.words
        for p in range(n - 1, max(0, n - 4), -1):
            if words[p].text in _MODIFYING_PREPOSITIONS and p >= 1 and classes(words[p - 1].text) & NOUN \
                    and words[p - 1].text not in FUNCTION_WORDS and (not self._capital(p - 1) or p == 1) \
                    and all(self._adjacent(q, q + 1) for q in range(p - 1, n)):
                return p - 1
            if not self._adjacent(p, p + 1) or words[p].text in FUNCTION_WORDS and words[p].text not in DETERMINERS:
                break
        return n

    def _estimated_at(self) -> Frame | None:
        """A number a verb of estimating puts a noun at: "organisers put the crowd at 1.7 million", "police
        estimated the protesters at 50,000". The noun is what is counted."""
        words, a = self.words, self.first
        if a < 3 or words[a - 1].text != "at":
            return None
        head = a - 2
        if not classes(words[head].text) & NOUN or words[head].text in FUNCTION_WORDS or not self._adjacent(head, a - 1):
            return None
        first = head
        while first > 0 and head - first < 2 and classes(words[first - 1].text) & (NOUN | ADJ) \
                and words[first - 1].text not in FUNCTION_WORDS:
            first -= 1
        k = first - 1
        while k >= 0 and (words[k].text in DETERMINERS or words[k].text.endswith(("'s", "’s"))):
            k -= 1
        if k < 0 or verb_lemma(words[k].text) not in _ESTIMATING:
            return None
        thing, person = self._thing(first, head)
        role = self._role_at(head, head + 1)
        if role and self.lex.role(role) and self.lex.role(role).person:
            thing = "people"
        return self._frame(thing, role, None)

    def _linked_subject(self) -> Frame | None:
        """A number that a verb of reaching ties to its subject: "cases top 1,600", "infections reached 1,640",
        "cases rose to 1,640", "net migration stood at 782,000"; "the number of cases rose to 90" is _total's. The
        subject is what is counted, and the level it reached is its count ("cases", as "1,700 cases" is)."""
        words, a = self.words, self.first
        k = a - 1
        while k >= 1 and words[k].text in _RECORD_WORDS:
            k -= 1
        if k < a - 1 and words[k].text not in ("a", "an"):
            k = a - 1
        elif k < a - 1:
            k -= 1  # "deaths rose to a record 5,912", "reached a new record 1,640": the level all the same
        link = words[k].text if k >= 1 and words[k].text in ("to", "at", "by") else None
        if link is not None:
            k -= 1
        if link == "to" and k >= 1 and self.doc.text[words[k].end : words[k + 1].start].strip() == ",":
            # "fell sharply, to 22", "fell by more than a third, to 22": the verb before the change's aside
            k = next((j for j in range(k, max(0, k - 6), -1) if self._changing_verb(j)), k)
        elif link == "to" and k >= 1 and not self._changing_verb(k):
            # "grew by 44,000 to 3,107,500", "has grown by more than 3.5 million in the past 10 years to 59,597,300":
            # the verb of the change whose amount stands between
            k = next((j for j in range(k - 1, max(0, k - _BY_PHRASE_WORDS), -1)
                      if self._changing_verb(j) and words[j + 1].text == "by"), k)
        if k < 1:
            return None
        verb = verb_lemma(words[k].text)
        changing = lemma(words[k].text) in self.lex.changes
        if not (verb in _REACHING and link not in ("at", "by") or link == "at" and verb in _STANDING
                or link in ("to", "by") and changing):
            return None
        n = k - 1
        alone = False
        while n > 0 and (words[n].text in AUXILIARIES or words[n].text in _LEVEL_ADVERBS or words[n].text == "alone"):
            alone = alone or words[n].text == "alone"
            n -= 1
        n = self._head_before_modifier(n)
        if self._capital(n) and n > 0:
            # "The population of England and Wales grew": the noun the place's phrase qualifies
            first = n
            while first > 1 and (self._capital(first - 1)
                                 or words[first - 1].text == "and" and self._capital(first - 2)):
                first -= 1
            head = self._head_before_preposition(first)
            n = head if head is not None and words[head + 1].text in ("of", "in") else n
        text = words[n].text
        if not (classes(text) & NOUN) or text in FUNCTION_WORDS or text in _TIME_NOUNS or text in TALLIES \
                or not self._adjacent(n, n + 1) \
                or self._proper(n):
            return None
        if not _plural(text) and verb not in _REACHING and link is None \
                or (noun_lemma(text) or text) in self.lex.measure_info:
            return None  # "temperatures rose to 40": a measure with no unit, no count
        thing, person = self._thing(n, n)
        if not _plural(text):
            # A mass noun and its modifier: "net migration stood at 782,000", "youth unemployment rose to 40,000"
            modified = n >= 1 and words[n - 1].text not in FUNCTION_WORDS and self._adjacent(n - 1, n) \
                and classes(words[n - 1].text) & (ADJ | NOUN) and (not self._capital(n - 1) or n == 1)
            thing = f"{words[n - 1].text} {text}" if modified else text
        # A level reached is the figure itself: "cases rose to 1,640" and "1,700 cases" are one figure told twice
        noun_role = self._role_at(n, n + 1)
        # "Auto claims alone have reached 44,300": some of them, a part of all the claims
        if noun_role and self.lex.role(noun_role) and self.lex.role(noun_role).person:
            thing = self._whose(self._modifiers_start(n), n) or "people"  # "Pedestrian deaths rose to 35"
        frame = self._frame(thing, noun_role, None, scope=PART if alone else None, part=alone)
        if link == "by":
            # "The population of Wales grew by 44,000": by how much the count changed, not the count
            return replace(frame, metric=f"{frame.metric}.{self._change_name(k)}")
        if verb_lemma(words[k].text) in _PASSING:
            frame = replace(frame, bound="more_than")
        return frame

    def _changing_verb(self, j: int) -> bool:
        """Whether word j is a verb of reaching or of change ("reached", "fell", "rose")."""
        text = self.words[j].text
        return verb_lemma(text) in _REACHING or bool(classes(text) & VERB) and lemma(text) in self.lex.changes

    def _frame(self, thing: str, role: str | None, end: int | None, *, side=None, scope=None, place=None,
               part=False, earlier=False) -> Frame:
        return Frame(metric_name(thing, role, self.lex), self.m.start, max(end or 0, self.m.end), thing, role, side,
                     scope, place, part, earlier)

    # -- measurements, money and shares ---------------------------------------------------------------

    def unitless(self) -> Frame | None:
        lex, words = self.lex, self.words
        name = self._measure_cue_before() or self._measure_cue_after(unitless_only=True)
        if name is None or not lex.measure_info[name].unitless:
            return None
        i = self.after
        event = lex.events.get((lemma(words[i].text),)) if i < len(words) and self._adjacent(i - 1, i) else None
        if event is None and i < len(words) and self._adjacent(i - 1, i) and self._plain_noun(i) \
                and self.first and self.lex.measures_before.get((lemma(words[self.first - 1].text),)) == name:
            return None  # "category 4 seats", "a category 1 ticket": a label of the seats, no storm's measure
        scope = self._another(i) if event is not None else None
        if event is None:
            # "Another quake, of magnitude 3.9, shook the area": the event named just before the measure's name;
            # "recorded 43 aftershocks by noon, the strongest of magnitude 6.1": one of them
            before = self.doc.nearest(self.sentence, lex.events, self.m.start, self.m.start, max_words=8,
                                      keep=lambda found: found.end <= self.m.start)
            if before is not None and (self._another(before.first_word) or str(before.value) in lex.secondary):
                event, scope = str(before.value), ANOTHER
        elif event in lex.secondary:
            scope = ANOTHER  # "a magnitude 6.1 aftershock": another quake's magnitude
        return Frame(name, self.m.start, self.m.end, name, event=event, placeless=True, scope=scope)

    def measure(self) -> Frame:
        kind = self.m.kind
        if kind == "money":
            return self._money()
        if kind == "percent":
            return self._share()
        source = self._conversion_of()
        if source is not None:
            return Frame(source.metric, self.m.start, self.m.end, source.thing, scope=source.scope,
                         placeless=source.placeless)
        if kind == "temperature" and self._temperature_change():
            # "has risen by about 1.7C", "4C cooler", "5C above normal": by how much, no reading; of what, when
            # the clause names it ("Spain's average temperature has risen by 1.7C")
            thing = self._changed_thing()
            name = slug(thing) if thing and thing not in ("temperature", "temperatures", "degree", "degrees") \
                else "temperature"
            return Frame(f"{name}.change", self.m.start, self.m.end, "temperature")
        name = self._measure_cue_before() or self._measure_cue_after()
        if name in self.lex.measure_info and self.lex.measure_info[name].kind not in (None, kind):
            name = None  # "cut 1.2 million barrels from January": no distance
        default = _DIMENSION_NAMES.get(kind, kind)
        if name is None and kind in ("length", "area", "volume", "mass"):
            stretch = self._stretch_of()
            if stretch is not None:
                # "21 km of coastline", "130 square km of sea": the extent of that thing, no distance between places;
                # "5 million cubic metres of ice and rock", "2 tonnes of cocaine": how much of that stuff
                extent = kind
                metric = f"{slug(stretch)}.{extent}"
                role = self._role_before(False, extent) or ("covered" if self._verb_before() == "reach" else None)
                if role is not None and self._lexicon_role(role):
                    # "oil had reached 21 km of coastline" on Wednesday, "has fouled more than 40km" by Saturday:
                    # what a spreading thing has covered so far, a running total
                    metric = f"{metric}.{slug(role)}"
                return Frame(metric, self.m.start, self.m.end, extent, scope=self._owner())
        if name is None and kind in _EXTENTS:
            listed = self._listed_place_measure(default)
            if listed is not None:
                return listed  # "Iraq will cut 140,000 b/d, the UAE 120,000 b/d": the UAE's cut
        if name is None and kind in _LEVELLED:
            valued = self._noun_of_extent()
            if valued is not None and valued not in (default, "weight"):  # "a volume of 3 million m3" is the volume
                # "a total refining capacity of 570,000 barrels a day", "exports of 2.1 million barrels a day"
                return Frame(f"{slug(valued)}.{default}", self.m.start, self.m.end, valued)
            level = self._extent_level_of()
            if level is not None:
                # "put the 2025 crop at 1.15 million hectolitres": the crop's level, named as a level a verb of
                # change brings a thing to is ("cut the harvest to 1.05mn hectolitres": pipeline._of_changed)
                return Frame(slug(level), self.m.start, self.m.end, level)
        if name is None and kind == "length":
            stretch = self._noun_of_extent()
            if stretch is not None:
                # "a stretch of about 18km", "a queue of 10 km": that thing's length, as "an 18km stretch" is
                return Frame(f"{slug(stretch)}.length", self.m.start, self.m.end, stretch)
        if name is None and kind in _SIZES:
            sized = self._sized_thing()
            if sized is not None:
                # "the 340,000 bpd plant", "the plant's 110,000 b/d fluid catalytic cracker": that thing's size, of
                # the place the thing stands in ("on a 14-mile path near Tupelo")
                # A thing's size in length is its length ("a 48-metre tunnel", as "the tunnel was 42 metres long")
                size = "length" if kind == "length" else default
                return Frame(f"{slug(sized)}.{size}", self.m.start, self.m.end, sized)
        if name is None or name not in self.lex.measure_info:
            name = default
            role = self._role_before(False, default) if kind in _EXTENTS else None
            if role is not None and self._lexicon_role(role):
                # "burned more than 12,000 acres", "flooded 300 km²": what happened over the extent names it,
                # unless it is what such a figure says when it says nothing ("leaked 5,000 barrels")
                implicit = self.lex.role(role) is not None and self.lex.role(role).implicit
                # "Saudi Arabia will cut 400,000 barrels a day": the cut of the place that does it
                return Frame(default if implicit else f"{default}.{slug(role)}", self.m.start, self.m.end, default,
                             role, scope=self._owner(), place=self._owner_place(), placeless=False)
        scope = self._reference() if name == "distance" or (name in self.lex.measure_info
                                                             and self.lex.measure_info[name].reference) else None
        scope = scope or self._owner()
        if scope is None and kind in _HOURLY:
            scope = self._time_of_day()  # "11C at the 9 a.m. start and 19C by midday": two readings of a day
        elif scope is None and kind == "length":
            scope = self._time_of_day(by_only=True)  # "By 7 p.m., 16 inches had fallen": what fell until then
        info = self.lex.measure_info.get(name)
        if scope is None and (info is None or not info.reference):
            # "a gust of 74 mph was recorded in Provincetown": where it was measured, a place no list names or, for
            # a measure of no place's own (a speed), any place
            scope = self._measured_at(placed=info is not None and info.placed)
        metric = name
        if name == "speed":
            mover = self._moving_thing()
            metric = f"{slug(mover)}.speed" if mover else name  # "gusts up to 55 mph", "winds of 40 mph"
        elif name in _MEASURES_OF_THINGS:
            owner = self._measured_thing(name)
            metric = f"{slug(owner)}.{name}" if owner else name  # "the volcano, 1,584 metres high": volcano.height
        elif name == "temperature":
            medium = self._temperature_of()
            metric = f"{slug(medium)}.temperature" if medium else name  # "water temperatures of 19C"
            extreme = self._extreme_before() or self._temperature_turn()
            if extreme is not None:
                metric = f"{metric}.{extreme}"  # "a low of -6C", "bottomed out at -4C": the night's low, not the day's
        return Frame(metric, self.m.start, self.m.end, name, scope=scope, placeless=not (info is None or info.placed))

    def _temperature_of(self) -> str | None:
        """What a temperature is of, when its clause names it beside the word "temperature": "water temperatures
        of around 19C", "the track temperature 41C", "the temperature on the beach hit 27C"; None for the air's
        told plainly ("temperatures hit 40C") or by an adjective ("the maximum temperature")."""
        words = self.words
        lo, _ = self.sentence.word_range(*self.sentence.clause_of(self.m.start))
        k = next((k for k in range(self.first - 1, max(lo, self.first - 9) - 1, -1)
                  if words[k].text in ("temperature", "temperatures")), None)
        if k is None:
            return None
        first = k
        while first > lo and k - first < 2 and self._adjacent(first - 1, first) and self._plain_noun(first - 1) \
                and not classes(words[first - 1].text) & ADJ and not self._proper(first - 1):
            first -= 1
        if first < k:
            return " ".join(lemma(w.text) for w in words[first:k])
        j = k + 1
        if j + 1 < self.first and words[j].text in ("of", "on", "at") and self._adjacent(k, j):
            j += 1
            while j < self.first and words[j].text in DETERMINERS:
                j += 1
            if j < self.first and self._plain_noun(j) and not self._proper(j) and words[j].text not in _TIME_NOUNS:
                return lemma(words[j].text)  # "the temperature of the water", "on the beach"
        return None

    def _time_of_day(self, by_only: bool = False) -> str | None:
        """The hour a reading is told for, right after it or opening its clause: "at the 9 a.m. start", "by
        midday", "At 3pm, it was 34C"; None when no other figure stands between. With by_only, only an hour told
        "by" (an amount so far: "By 7 p.m., 16 inches of snow had fallen"), not the hour of some event ("made
        landfall at 2 a.m. and dumped 18 inches of rain")."""
        text, lower = self.doc.text, self.doc.lower
        stop = min(self.sentence.end, self.m.end + _HOUR_REACH)
        after = _CONVERSION_AFTER.match(text, self.m.end)
        begin = after.end() if after else self.m.end
        found = _HOUR.search(lower, begin, stop)
        if found is not None and not _ANOTHER_FIGURE.search(lower, begin, found.start()) \
                and (not by_only or lower.endswith("by ", 0, found.start("hour"))):
            return found["hour"].replace(" ", "")
        lo = self.sentence.clause_of(self.m.start)[0]
        found = _HOUR.search(lower, self.sentence.start, self.m.start)
        if found is not None and not _ANOTHER_FIGURE.search(lower, found.end(), self.m.start) \
                and (found.start() >= lo or text[found.end() : found.end() + 1] == ",") \
                and (not by_only or lower.endswith("by ", 0, found.start("hour"))):
            return found["hour"].replace(" ", "")
        return None

    def _measured_at(self, placed: bool) -> str | None:
        """The name after "in" or "at" in a measure's clause, past its conversion ("74 mph (119 km/h) in
        Provincetown"); a place the gazetteer knows only for a measure that is no place's own (not `placed`)."""
        words, text = self.words, self.doc.text
        for k in range(self.after, min(self.after + _MEASURED_AT_REACH, len(words) - 1)):
            if k > self.after + 2 and parse_number(words[k].text) is not None or k >= self.after \
                    and not _CLAUSE_MARKS.isdisjoint(text[words[k - 1].end : words[k].start]):
                return None  # another figure's place, or another clause's
            if words[k].text in ("in", "at") and self._capital(k + 1) and not _is_calendar(words[k + 1].text):
                if placed and self.doc.is_place_at(self.sentence, k + 1):
                    return None  # "24 inches in Worcester": the place is the figure's subject
                j = k + 1
                while j + 1 < len(words) and self._capital(j + 1) and self._adjacent(j, j + 1):
                    j += 1
                return self.doc.text[words[k + 1].start : words[j].end]
        return None

    def _level_at(self) -> int | None:
        """The "at" a level is told after, right before the figure or before "a 16-year high of", when a noun
        stands before it: a name of a rate or an index ("Bank Rate") as much as a plain noun."""
        words, a = self.words, self.first
        at = a - 1
        if at > 0 and words[at].text == "of" and words[at - 1].text in _EXTREMES:
            at -= 2
            while at > 0 and a - at <= 5 and words[at].text != "at":
                at -= 1
        if at < 1 or words[at].text != "at":
            return None
        noun = at - 1
        text = words[noun].text
        if self._plain_noun(noun):
            return at
        named = noun > 0 and self._capital(noun) and bool(classes(text) & NOUN) and text not in FUNCTION_WORDS
        return at if named and not self.doc.in_place_name(self.sentence, noun) else None

    def _own_head_before(self) -> bool:
        """Whether a sum is told as the value of a plain noun right before it, "of" between, that no name of the
        lexicon is ("an opening bid of £28 million"): that noun names it, not a name further back."""
        words, a = self.words, self.first
        if a < 2 or words[a - 1].text != "of" or not self._plain_noun(a - 2):
            return False
        text = words[a - 2].text
        return text not in _FIGURE_NOUNS and text not in _TIME_NOUNS and not _plural(text) \
            and self.doc.phrase_at(self.sentence, a - 2, self.lex.money) is None \
            and not any(self.doc.phrase_at(self.sentence, k, self.lex.money) for k in (a - 3, a - 4) if k >= 0)

    def _share_of_before(self, k: int) -> bool:
        """Whether a sum's name at word k is told after "share of", "portion of", "cut of": a part of that sum."""
        words = self.words
        j = k - 1
        while j >= 0 and k - j <= 3 and (words[j].text in DETERMINERS or words[j].text.endswith(("'s", "’s"))
                                          or words[j].text not in FUNCTION_WORDS and classes(words[j].text) & ADJ):
            j -= 1  # "its share of the fixed fee": past the determiner and the sum's kind
        return j >= 1 and words[j].text == "of" and words[j - 1].text in _SHARE_NOUNS

    def _extreme_before(self) -> str | None:
        """The extreme a figure is told as, right before it: "an intraday high of $43.10", "a record low of $12"."""
        words, a = self.words, self.first
        if a >= 2 and words[a - 1].text == "of" and words[a - 2].text in _EXTREMES and words[a - 2].text != "level":
            return "low" if words[a - 2].text == "low" else "high"
        return None

    def _temperature_turn(self) -> str | None:
        """The extreme a verb of movement makes a temperature right after it: "fell to -6C", "bottomed out at -4C"
        (the low), "peaked at 46C", "lifted temperatures to 14C" (the high); None for "hit 40C" or "was 12C"."""
        words, a = self.words, self.first
        if a < 2 or words[a - 1].text not in ("to", "at"):
            return None
        k = a - 2
        # past the particle, the object and where ("bottomed out at", "lifted temperatures in the town to 14C")
        while k > 0 and a - k <= 6 and not _TEMPERATURE_TURNS.get(verb_lemma(words[k].text) or "") \
                and (words[k].text in FUNCTION_WORDS or words[k].text == "out" or classes(words[k].text) == NOUN) \
                and self._adjacent(k - 1, k):
            k -= 1
        verb = verb_lemma(words[k].text)
        turn = _TEMPERATURE_TURNS.get(verb or "")
        if turn is None or (words[a - 1].text == "at") != (verb in _TURNS_AT):
            return None
        return turn

    def _by_change(self) -> bool:
        """Whether the figure follows "by" after a word of change: "strengthened by 75 km/h", "rose by 2 metres",
        "reducing its output by 500,000 bpd"."""
        words, a = self.words, self.first
        if a < 2 or words[a - 1].text != "by":
            return False
        k = a - 2
        while k > 0 and a - k <= 4 and not lemma(words[k].text) in self.lex.changes \
                and (words[k].text in DETERMINERS or classes(words[k].text) & NOUN):
            k -= 1  # past the changed thing: "its output"
        return lemma(words[k].text) in self.lex.changes or verb_lemma(words[k].text) in self.lex.changes

    def _margin(self) -> bool:
        """Whether the figure is a winner's margin, after "by" and a verb of winning or leading: "held the seat
        by just 212 votes", "beat Hale by 3,000 votes", "leads by five points"."""
        texts, a = self.sentence.texts, self._past_own_of() - 1  # "a margin of about 6,600 votes"
        short = self.after + (self.after < len(texts) and _plural(texts[self.after]))  # past the figure's noun
        if texts[short : short + 2] == ["short", "of"] \
                and all(self._adjacent(k, k + 1) for k in range(self.first, short)):
            return True  # "fell four votes short of the 76 required", "two seats short of a majority": how far off
        while a > 0 and texts[a] in _MARGIN_ADVERBS:
            a -= 1
        if a >= 1 and texts[a] == "of" and texts[a - 1] in ("margin", "lead"):
            return True  # "a margin of 6,625 votes", "a lead of 212"
        if a >= 2 and texts[a] in ("at", "to", "was", "is", "were", "are") and any(
                texts[k] in ("margin", "lead") and k > 0 and (texts[k - 1] in DETERMINERS or texts[k - 1].endswith("'s")
                                                              or texts[k - 1] in ("her", "his", "their", "its"))
                for k in range(max(1, a - 4), a)):
            return True  # "Whitfield's lead stood at about 6,500 votes", "her margin narrowed to 212", "the margin
            # of victory was close to 290,000 votes"
        if a < 1 or texts[a] != "by":
            return False
        if self.after < len(texts) and texts[self.after] in _MARGIN_UNITS:
            return True  # "went to National Renewal rather than the Social Democrats by just 212 votes"
        return any(verb_lemma(texts[k]) in _LEADING or texts[k] in _LEADING for k in range(max(0, a - 5), a))

    def _temperature_change(self) -> bool:
        """Whether a temperature is a difference: after "by" ("risen by 1.7C", "beat the record by 9 degrees"), or
        before a comparative ("4C cooler", "5C above normal", "warmer than")."""
        words, i, a = self.words, self.after, self.first
        if self._by_change() or a >= 1 and words[a - 1].text == "by":
            return True  # "breaking its all-time high by 9 degrees": a margin is a difference too
        if a >= 2 and words[a - 1].text == "of" and lemma(words[a - 2].text) in self.lex.changes:
            return True  # "a drop of 8°C (14°F)": the size of a change
        text = self.doc.text
        restated = _RESTATED_AFTER.match(text, self.m.end)
        if restated and restated.end() - self.m.end <= _CONVERSION_REACH:
            # "2.1C (3.8F) above the 1991-2020 average", "6 degrees Celsius, or almost 11 degrees Fahrenheit, above
            # normal": the comparative after the figure's conversion
            i = next((k for k in range(i, len(words)) if words[k].start >= restated.end()), len(words))
            return i < len(words) and words[i].text in _COMPARATIVES and words[i].start == restated.end()
        if _RESTATING_BEFORE.search(text, max(0, self.m.start - 20), self.m.start) and i < len(words) \
                and words[i].text in _COMPARATIVES and text[self.m.end : words[i].start].strip() == ",":
            return True  # the conversion itself: "..., or almost 11 degrees Fahrenheit, above normal"
        return i < len(words) and words[i].text in _COMPARATIVES and self._adjacent(i - 1, i)

    def _per_modifier(self) -> str | None:
        """What a "per" modifier of the noun before a sum puts it over: "per-visitor spending averaged ¥220,000",
        "per capita income of $2,100"."""
        words, a = self.words, self.first
        lo = self.sentence.word_index(self.doc.strong_clause(self.sentence, self.m.start)[0])
        for k in range(max(lo, a - _RATE_ADJECTIVE_REACH), a):
            text = words[k].text
            if text.startswith("per-") and text[4:].isalpha():
                return noun_lemma(text[4:]) or text[4:]
            if text == "per" and k + 1 < a and words[k + 1].text in ("capita", "head", "person"):
                return "person" if words[k + 1].text == "capita" else words[k + 1].text
        return None

    def _rate_adjective(self) -> str | None:
        """The span an adjective of rate in the figure's clause, before it, puts the figure over: "average daily
        throughput is about 36,700 TEU", "the daily death toll rose to 50", "annual output of 2 million tonnes"."""
        if self.sentence.forms.isdisjoint(_RATE_ADJECTIVES):
            return None  # most sentences name no rate
        words, a = self.words, self.first
        lo = self.sentence.word_index(self.doc.strong_clause(self.sentence, self.m.start)[0])
        for k in range(max(lo, a - _RATE_ADJECTIVE_REACH), a):
            span = _RATE_ADJECTIVES.get(words[k].text)
            # A capital is a name's ("the Daily Mail"), unless it opens the sentence before a plain word
            written = not self._capital(k) or k == 0 and k + 1 < a and not self._capital(k + 1)
            # "daily refining capacity": an -ing word names the noun's kind
            if span is not None and written and k + 1 < a and (
                    classes(words[k + 1].text) & NOUN or words[k + 1].text.endswith("ing")):
                return span
        return None

    def _past_own_of(self) -> int:
        """The figure's first word, past an "of" read with it ("a stretch of about 18km", "a margin of about 6,600
        votes": its "of about" opens the mention): the word right after the noun's "of"."""
        words, a = self.words, self.first
        return a + 1 if a < len(words) and words[a].text == "of" and words[a].start == self.m.start else a

    def _noun_of_extent(self) -> str | None:
        """The noun phrase an extent is told as the value of, before "of": "refining capacity of 570,000 barrels a
        day", "exports of 2.1 million barrels"; not a noun that names the figure itself ("a total of", "an
        average of")."""
        words, a = self.words, self._past_own_of()  # "a stretch of about 18km"
        if a < 2 or words[a - 1].text != "of" or not self._plain_noun(a - 2) or words[a - 2].text in _TIME_NOUNS \
                or words[a - 2].text in _FIGURE_NOUNS and words[a - 2].text != "capacity" \
                or not self._adjacent(a - 2, a - 1):
            return None
        first = a - 2
        while first > 0 and a - 2 - first < 2 and self._adjacent(first - 1, first) \
                and words[first - 1].text not in _FIGURE_NOUNS and words[first - 1].text not in _RATE_ADJECTIVES \
                and self._plain_noun(first - 1, ADJ | VERB):
            first -= 1  # "refining capacity"; "total" names no kind of capacity, "annual" its span (a rate's)
        return " ".join([*(words[k].text for k in range(first, a - 2)), noun_lemma(words[a - 2].text)])

    def _extent_level_of(self) -> str | None:
        """The noun an extent is the level of, told before "at" or "to" after a verb: "cut the 2025 harvest to
        1.05mn hectolitres", "put the crop at 1.15 million hectolitres", "output fell to 9 million barrels"."""
        words, a = self.words, self.first
        if a < 3 or words[a - 1].text not in ("at", "to") or not self._adjacent(a - 1, a):
            return None
        k = a - 2
        while k >= max(0, a - 9):
            text = words[k].text
            if not _CLAUSE_MARKS.isdisjoint(self.doc.text[words[k].end : words[k + 1].start]):
                return None
            place = self._place_phrase_before(k)
            if place is not None:
                k = place - 1  # "demand in Texas peaked at 87,412 megawatts": past where
                continue
            if text[0].isdigit() or text in DETERMINERS or text in _CHANGE_ADVERBS or text in AUXILIARIES or (
                    classes(text) & VERB and (not classes(text) & NOUN or verb_lemma(text) != text
                                              or k > 0 and words[k - 1].text in AUXILIARIES)):
                # "the 2025 harvest", "fell sharply to", "units were cut to"; the verb ("cut", "fell", "were cut"):
                # its object comes before "to", its subject before it
                k -= 1
                continue
            if self._plain_noun(k) and text not in _TIME_NOUNS and text not in _FIGURE_NOUNS:
                return noun_lemma(text)
            return None
        return None

    def _place_phrase_before(self, k: int) -> int | None:
        """Where a place told after "in" or "across" starts, when word k ends it: the index of that preposition."""
        words = self.words
        if not self._capital(k):
            return None
        j = k
        while j > 0 and self._capital(j - 1) and self._adjacent(j - 1, j) and k - j < 3:
            j -= 1
        return j - 1 if j > 0 and words[j - 1].text in ("in", "across") else None

    def _listed_place_measure(self, default: str) -> Frame | None:
        """The figure of a place listed right before the number, after a comma or "and", that goes on a list of
        the same figure for other places: "Iraq will cut 140,000 b/d, the UAE 120,000 b/d and Kuwait 80,000 b/d"."""
        if not self.earlier or self.first < 2:
            return None
        before = self.earlier[-1]
        if not before.metric.split(".")[0] == default or before.place is None:
            return None
        place = next((m for m in self.doc.places(self.sentence) if m.last_word == self.first - 1), None)
        if place is None or not self._adjacent(place.last_word, self.first):
            return None
        k = place.first_word - 1
        if k >= 0 and self.words[k].text == "the":
            k -= 1
        if k < 0 or not (self.words[k].text == "and" or self.doc.text[self.words[k].end : self.words[k + 1].start]
                         .startswith(",")):
            return None
        return Frame(before.metric, self.m.start, self.m.end, before.thing, before.role, place=place.value.name)

    def _sized_thing(self) -> str | None:
        """The thing a measure written between its determiner and its noun is the size of: "the 340,000 bpd
        plant", "a 95,000-barrel-per-day cracking unit", "the plant's 110,000 b/d cracker", the noun after a name
        ("the 340,000 barrel-a-day Sabine Crossing refinery"); none for a name alone ("the 400-metre Ever
        Given")."""
        words, a = self.words, self.first
        if a < 1 or not (words[a - 1].text in DETERMINERS or words[a - 1].text.endswith(("'s", "’s"))):
            return None
        converted = _CONVERSION_AFTER.match(self.doc.text, self.m.end)
        if converted is not None:
            # "a 42-metre (98-foot) tunnel": the noun after the size's conversion
            phrase = self._noun_phrase(self.sentence.word_index(converted.end()), detached=True)
        elif self.after < len(words) and self._adjacent(self.after - 1, self.after):
            phrase = self._noun_phrase(self.after)
        else:
            return None
        if phrase is None:
            return None
        named = [k for k in range(phrase[0], phrase[1] + 1) if self._capital(k)]
        if named:
            # "the 340,000 barrel-a-day Sabine Crossing refinery": the noun after the name, if one follows it
            first = named[-1] + 1
            if first > phrase[1] or named != list(range(phrase[0], first)):
                return None
            phrase = (first, phrase[1])
        if phrase[1] > phrase[0] and _plural(words[phrase[1]].text) and not _plural(words[phrase[1] - 1].text) \
                and classes(words[phrase[1] - 1].text) & NOUN:
            phrase = (phrase[0], phrase[1] - 1)  # "the refinery accounts for": a verb after one thing's noun
        head = k = phrase[1]
        # "fluid catalytic cracking unit": modifiers and nouns up to the last noun before a verb or a function word
        while k + 1 < len(words) and k + 1 - phrase[1] <= 3 and self._adjacent(k, k + 1):
            k += 1
            text, kinds = words[k].text, classes(words[k].text)
            if text in FUNCTION_WORDS or not text.isalpha() or self._capital(k):
                break
            if text.endswith("ing") and k + 1 < len(words):
                continue  # "cracking unit": a gerund names the kind of the noun after it
            if kinds & VERB and not kinds & NOUN or _plural(text) and not _plural(words[head].text):
                break  # "the plant would", "the refinery accounts for": its verb
            if kinds & NOUN:
                head = k
            elif kinds and not kinds & ADJ:
                break
        # "a 3 km protection zone and a 10 km surveillance zone": two zones, each named by all its words
        return " ".join([*(words[k].text for k in range(phrase[0], head)), noun_lemma(words[head].text)])

    def _stretch_of(self) -> str | None:
        """The thing a length or an area is a stretch of, named after "of": "21 km of coastline", "85 square km
        of sea"; not a place ("within 5 km of Kyiv") nor what it is measured from ("within 5 km of the plant")."""
        words, i = self.words, self.after
        converted = _CONVERSION_AFTER.match(self.doc.text, self.m.end)
        if converted is not None:  # "42 kilometres (26 miles) of coastline"
            i = self.sentence.word_index(converted.end())
            if i >= len(words) or words[i].text != "of":
                return None
        elif i + 1 >= len(words) or words[i].text != "of" or not self._adjacent(i - 1, i):
            return None
        if self.first > 0 and words[self.first - 1].text in ("within", "from", "off", "to"):
            return None
        j = i + 1
        while j < len(words) and words[j].text in ("the", "a", "an"):
            j += 1
        phrase = self._noun_phrase(j) if j < len(words) else None
        if phrase is None or j > i + 1 or any(self._capital(k) for k in range(phrase[0], phrase[1] + 1)):
            return None  # "of the plant" measures from it; "of Esmeraldas" is a place
        return " ".join(lemma(w.text) for w in words[phrase[0] : phrase[1] + 1])

    def _moving_thing(self) -> str | None:
        """What a speed is of: the nearest noun before it in its clause, past its verb and qualifiers ("sustained
        winds of 40 mph", "gusts topped 50 mph", "the train was travelling at 128 km/h")."""
        words = self.words
        lo = self.sentence.word_index(self.sentence.clause_of(self.m.start)[0])
        for k in range(self.first - 1, max(lo, self.first - 7) - 1, -1):
            text = words[k].text
            kinds = classes(text)
            previous = words[k - 1].text if k > 0 else ""
            if text in FUNCTION_WORDS or text in _BEFORE_NUMBER or text == "speed" or kinds & VERB and (
                    not kinds & NOUN or previous in PRONOUNS or previous in AUXILIARIES or previous == "to"
                    or classes(previous) & NOUN and previous not in FUNCTION_WORDS):
                continue  # "as gusts topped", "the fire spread at", "it hit": the verb, not the mover
            if not kinds & NOUN or self._proper(k) or _is_calendar(text) or not text.isalpha():
                return None
            return noun_lemma(text) or text
        return None

    def _measured_thing(self, name: str) -> str | None:
        """The thing a size is of, when the measure's clause names one as its subject ("the ash cloud reached a
        height of 2 km", "the volcano, which is 1,584 metres high"); None for an event's measure (a quake's
        depth: its story's own) or a place's."""
        words = self.words
        cues = _measure_cues(self.voc) | {name}
        k, steps = self.first - 1, 0
        while k >= 0 and steps < 8:
            text = words[k].text
            if text in cues or lemma(text) in cues or text in FUNCTION_WORDS or classes(text) & VERB \
                    and not classes(text) & NOUN:
                k, steps = k - 1, steps + 1
                continue
            if self._proper(k) or not classes(text) & NOUN or self.lex.events.get((lemma(text),)):
                return None
            first = k
            while first > 0 and classes(words[first - 1].text) & (NOUN | ADJ) and not self._proper(first - 1) \
                    and words[first - 1].text not in FUNCTION_WORDS and k - first < 2:
                first -= 1
            return " ".join(lemma(w.text) for w in words[first : k + 1])
        return None

    def _conversion_of(self) -> Frame | None:
        """A figure given again in another unit right after the first ("18.5 kilometers (11.5 miles)")."""
        if not self.earlier:
            return None
        before = self.earlier[-1]
        # "138 feet long - 42 metres": the measure's adjective, then its restatement
        gap = _MEASURE_ADJECTIVE.sub("", self.doc.text[before.end : self.m.start], count=1)
        words = gap.strip(" ,(").split()
        if before.end <= self.m.start and len(gap) <= 30 and (gap.strip(" ,") in ("(", "/", "-", "–", "—") or (
                words and words[0] in ("or", "equivalent", "equal", "about", "roughly", "some", "around")
                and all(w in _CONVERSION_WORDS for w in words))):
            return before
        return None

    def _measure_cue_before(self) -> str | None:
        """A measurement named before its value: "magnitude 6.8", "a depth of 18.5 km", "put the magnitude at 6.8",
        "magnitude-6.8"."""
        a = self.first
        text = self.doc.text
        glued = _GLUED_WORD.search(text, max(0, self.m.start - 30), self.m.start)
        if glued is not None:  # "magnitude-6.8": one word of the text
            found = self.lex.measures_before.get((lemma(glued.group(1).lower()),))
            if found is not None:
                return found
        for k in range(a - 1, max(-1, a - 10), -1):
            hit = self.doc.phrase_at(self.sentence, k, self.lex.measures_before)
            if hit is not None and hit[1] < a and self._measure_links(hit[1] + 1, a):
                return hit[0]
        return None

    def _measure_links(self, lo: int, hi: int) -> bool:
        """Whether words lo..hi join a measurement's name to its value: links ("a depth of", "put the magnitude
        at"), or the name as its clause's subject, with what it is of or where, and its verb of being or change
        ("the depth of the quake was", "visibility at the airport fell to")."""
        words = self.words
        if all(w.text in _MEASURE_LINKS or w.text in DETERMINERS or w.text in _REVISION_LINKS for w in words[lo:hi]):
            return True  # "the magnitude has been revised up to 7.6"
        if hi - lo > 8 or lo >= hi or words[lo].text not in _MEASURE_PLACES:
            return False
        verbs = 0
        for k in range(lo + 1, hi):
            text = words[k].text
            if not self._adjacent(k - 1, k):
                return False  # a comma or a bracket: another clause
            if text in DETERMINERS or text in _MEASURE_PLACES or self._capital(k):
                continue
            if text in _BE or lemma(text) in self.lex.changes or verb_lemma(text) in self.lex.changes \
                    or verb_lemma(text) in _MEASURE_LEVEL_VERBS:
                verbs += 1
                continue
            if verbs and (text in _MEASURE_LINKS or text in ("out", "up")):  # "bottomed out at", "ended up at"
                continue
            if verbs or not classes(text) & NOUN or classes(text) & VERB and not classes(text) & ADJ \
                    and verb_lemma(text) not in (None, text):
                return False
        return verbs == 1


    def _measure_cue_after(self, unitless_only: bool = False) -> str | None:
        """A measurement named after its value: "18.5 km deep", "11.5 km below the surface", "6.8-magnitude",
        "72 km southwest of Marrakech", "6.8 on the Richter scale"."""
        i = self.after
        hit = self.doc.phrase_at(self.sentence, i, self.lex.measures_after)
        if hit is None and i < len(self.words) and self.words[i].text in ("away",):
            return "distance"
        if hit is None and (past := self._past_conversion()) != self.after and past < len(self.words):
            # "210 mm (8.3 inches) of rain": named past its conversion
            hit = self.doc.phrase_at(self.sentence, past, self.lex.measures_after)
        if hit is None:
            return None
        name = hit[0]
        if unitless_only and not self.lex.measure_info[name].unitless:
            return None
        return name

    def _reference(self) -> str | None:
        """The place a distance is measured from: "from Marrakech", "southwest of Marrakech", "south of Kolkata"."""
        words, i = self.words, self.after
        j = i
        while j < len(words) and j - i < 4 and words[j].text not in ("from", "of", "off", "outside"):
            j += 1
        if j >= len(words) or words[j].text not in ("from", "of", "off", "outside"):
            return None
        for place in self.doc.places(self.sentence):
            if place.first_word > j and place.first_word - j <= 5:
                return place.value.name
        k = j + 1
        while k < len(words) and (words[k].text in DETERMINERS or not self._capital(k)) and k - j < 5:
            k += 1
        if k < len(words) and self._capital(k):
            end = k
            while end + 1 < len(words) and self._capital(end + 1) and self._adjacent(end, end + 1):
                end += 1
            return self.doc.text[words[k].start : words[end].end]
        return None

    def _owner(self) -> str | None:
        """Whose measurement it is, named as the subject that governs it: "the Bengaluru-Howrah Express was
        travelling at 116 km/h", "the Coromandel Express, which was doing close to 80 mph"; not a place (see
        _owner_place)."""
        words, i = self.words, self._governing_subject()
        # "Salcedo's best was 224 km/h", "Brenner's fastest serve was clocked at 231 km/h": a name's own
        subject = i is not None
        i = i if subject else self._possessor_before()
        if i is None or self.doc.in_place_name(self.sentence, i):
            return None
        j = i
        while subject and j > 0 and self._capital(j - 1) and self._adjacent(j - 1, j) \
                and words[j - 1].text not in DETERMINERS:  # "The Morava crested": the Morava's
            j -= 1
        possessive = words[i].text.endswith(("'s", "’s"))
        if j == 0 and i == 0 and not possessive:
            return None  # "Partners pledged ...": a sentence's first word is capitalised whatever it is
        name = self.doc.text[words[j].start : words[i].end - (2 if possessive else 0)]
        # "It's 16C in the city centre", "That's 40 km": "it is", no owner
        return None if _is_calendar(name) or name.lower() in ("today", "yesterday", "tonight", "it", "that", "there",
                                                                   "here", "what", "who") else name

    def _possessor_before(self) -> int | None:
        """The capitalised possessive ("Salcedo's") that opens the clause's subject before a figure's verb, a few
        words back past the measured noun and its verb."""
        words = self.words
        lo = self.sentence.word_index(self.sentence.clause_of(self.m.start)[0])
        for k in range(self.first - 1, max(lo, self.first - _POSSESSOR_REACH) - 1, -1):
            text = words[k].text
            if text.endswith(("'s", "’s")):
                return k if self._capital(k) and k > lo or k == lo == 0 and self._capital(k) else None
            if text[0].isdigit() or text in ("and", "or", "but", "while", "which", "who", "that"):
                return None
        return None

    def _owner_place(self) -> str | None:
        """The place whose measurement it is, named as the subject that governs it: "Saudi Arabia will cut 400,000
        barrels a day" is Saudi Arabia's cut."""
        i = self._governing_subject()
        if i is None:
            return None
        return next((m.value.name for m in self.doc.places(self.sentence) if m.first_word <= i <= m.last_word), None)

    def _governing_subject(self) -> int | None:
        """The last word of the capitalised subject of the verb right before the figure ("the Bengaluru-Howrah
        Express was travelling at", "Saudi Arabia will cut"), past auxiliaries and a relative pronoun."""
        words = self.words
        i = self.first - 1
        while i >= 0 and words[i].text in _MEASURE_LINKS:
            i -= 1
        if i >= 0 and classes(words[i].text) & VERB and verb_lemma(words[i].text) not in REPORTING_VERBS | _MEASURING_VERBS:
            i -= 1
        else:
            return None
        while i >= 0 and words[i].text in AUXILIARIES | {"which", "that", "who"}:
            i -= 1
        return i if i >= 0 and self._capital(i) else None

    def _money(self) -> Frame:
        """What a sum of money is, from the words around it, with the lexicon's name for it."""
        part = self._money_part()
        if part is not None:
            return part
        source = self._conversion_of()
        if source is not None:  # "under 750 million euros, or roughly $1.75 billion"
            per = self._per_unit()
            if per is not None and per != "each" and not source.metric.rsplit(".", 1)[-1].startswith("per_"):
                # "$3.21 billion, or $2.47 per share": the same figure per unit, a figure of its own
                return Frame(f"{source.metric}.per_{slug(per)}", self.m.start, self.m.end, source.thing,
                             scope=source.scope)
            return Frame(source.metric, self.m.start, self.m.end, source.thing, scope=source.scope, of=source.of)
        compared = self._compared_money()
        if compared is not None:
            # "net income fell to $310 million from $402 million", "the surplus widened to RM21.3 billion from
            # RM15.1 billion a year earlier": the same figure's earlier value, whatever words follow it
            return Frame(compared.metric, self.m.start, self.m.end, compared.thing, scope=EARLIER_VALUE)
        words, lex = self.words, self.lex
        name, lost, scope = None, False, None
        i = self.after
        # "$3.2 billion in lost revenue", "$1.6 billion hit to suppliers", "$48 billion revenue"
        j = i + 1 if i < len(words) and words[i].text in ("in", "of") else i
        while j < len(words) and words[j].text in ("lost", "total", "direct", "additional", "annual") :
            lost = lost or words[j].text == "lost"
            j += 1
        if j < len(words) and self._adjacent(j - 1, j):
            hit = self.doc.phrase_at(self.sentence, j, lex.money)
            head = self.doc.phrase_at(self.sentence, hit[1] + 1, lex.money) if hit and hit[1] + 1 < len(words) else None
            if head is not None and self._adjacent(hit[1], hit[1] + 1):
                hit = head  # "$1.34 billion in funded debt": the noun's name, not its modifier's
            if hit is not None:
                name = hit[0]
                scope = self._scope_after(hit[1] + 1) if words[hit[1] + 1 : hit[1] + 2] and \
                    words[hit[1] + 1].text in ("to", "for") else None
        own = self._own_noun_after() if name is None and j == i else None
        if name is None and j == i + 1 < len(words) and words[i].text == "of" and self._plain_noun(j) \
                and not _plural(words[j].text) and words[j].text not in _FIGURE_NOUNS:
            own = words[j].text  # "$19 million of cash on hand": the stuff it is
        if own is not None:
            name = slug(own)  # "a $15 billion stock buyback", "a $2 million fine": named by its own noun
        purpose = self._purpose()
        # "losses of $1.3 billion", "compensation of ₹10 lakh", "put Ford's losses at $888 million"
        modifier = None
        if name is None:
            named, scope_before, modifier = self._money_named_before()
            if purpose is None or named in ("compensation", "aid") and self._named_right_before(named):
                name, scope = named, scope or scope_before
        if name is None and purpose is None:
            name = self._money_noun_before()
        if name is None:
            name = self._money_reached()
        if name is None and self.earlier and self.earlier[-1].role == "compensated":
            name = "compensation"
        if name is None and purpose is None:
            name = self._named_in_after()
        if name is not None and scope is None and self._cost_verb_before():
            scope = self._own_speaker() or self._loser()
        elif name == "loss" and scope is None:
            scope = self._loser()
        # Money for the dead or the injured ("Rs 2 lakh for the kin of each deceased") is paid to them.
        name = name or ("compensation" if purpose else "money")
        extreme = self._extreme_before()
        if extreme is not None and "." not in name:
            name = f"{name}.{extreme}"  # "touched an intraday high of $43.10": the price's high, not its price
        if name in ("revenue", "profit", "wage") and (lost or self._cost_verb_before()):
            name = f"{name}.lost"
        elif name == "money" and self._cost_verb_before():
            name = "loss"
        place = None
        costing = self._thing_costing() if name == "loss" else None
        if costing is not None:
            # "the typical property now costs £271,450": what it sells for, no loss; "the average London home now
            # costs £528,300": the price of a home there
            name = "price"
            place = next((m.value.name for m in self.doc.places(self.sentence)
                          if costing[0] <= m.first_word < costing[1]), None)
            # "the emergency repair will cost $4.5 million": the repair's price, no rival of a ticket's or a project's
            scope = scope or self._costed_head(*costing)
            texts = self.sentence.texts[costing[0] : costing[1]]
            if not _CHEAPEST.isdisjoint(texts):
                name = "price.low"  # "The cheapest ticket for the final costs €640": the lowest of its prices
            elif not _DEAREST.isdisjoint(texts) or "most expensive" in " ".join(texts):
                name = "price.high"
        elif name == "loss" and self._cost_to_make():
            name = "price"  # "It is expected to cost £280 million to build": what making something costs, no loss
        if modifier is not None and name not in ("compensation", "money"):
            # "operating income", "health spending", "gross profit": a figure of its own, beside the plain one
            base, dot, rest = name.partition(".")
            name = f"{slug(modifier)}_{base}{dot}{rest}"
        if name not in ("compensation", "money") and not name.startswith("average") \
                and self.first and words[self.first - 1].text in _AVERAGING:
            name = f"average_{name}"  # "Public-sector salaries average $62,300": each one's, no rival of the wage bill
        if "." not in name and self._by_change():
            name = f"{name}.{self._change_name(self.first - 2)}"  # "outlays would rise by more than A$36 billion"
        elif "." not in name and self._more_after():
            name = f"{name}.change"  # "a season ticket will cost £211 more": by how much, no price
        per = self._per_unit() if not name.rsplit(".", 1)[-1].startswith("per_") else None
        if per is not None:
            # "$1.21 per share", "$3.50 a gallon", "$15 an hour": a rate, never a rival of a total
            name = f"{'price' if name == 'loss' else name}.per_{slug(per)}"  # "costs $3.50 a gallon": a price
        if not name.startswith("adjusted") and self._adjusted_basis():
            name = f"adjusted_{name}"  # "$2.58 per share on an adjusted basis": no rival of the reported $2.41
        metric = f"{name}.{purpose}" if purpose else name
        if scope is None and name in self.lex.given_money:
            # "the United States pledged $500 million, Saudi Arabia $300 million": each giver's sum is its own
            scope = self._subject_before(lambda v: self.lex.money.get((verb_lemma(words[v].text),)) == name
                                         and bool(classes(words[v].text) & VERB)) or self._given_by()
        if scope is None and purpose is None:
            scope = self._spent_on() or self._organisation_part()
        if scope is None and self._gapped_clause():
            # "Ford lost $1.7 billion, GM $1.1 billion and Stellantis $775 million": each maker's own loss
            scope = self._gapped_holder()
            if name == "money":
                metric = name = self.earlier[-1].metric
        elif scope is None and _GAPPED_CLAUSE_AFTER.match(self.doc.text, self.m.end):
            scope = self._first_of_gapped()
        whole = self._breakdown_of()
        if whole is not None:  # one line of a total's breakdown: a part, whoever it names
            scope = scope or self._recipient() or PART
        return Frame(metric, self.m.start, self.m.end, name, scope=scope, place=place, of=whole)

    def _given_by(self) -> str | None:
        """The giver a participle names with "by" right after a sum: "Tk 200,000 pledged by the BGMEA"."""
        words, i = self.words, self.after
        if i + 2 >= len(words) or not words[i].text.endswith("ed") or words[i + 1].text != "by" \
                or not self._adjacent(i - 1, i):
            return None
        k = i + 2 + (words[i + 2].text == "the")
        j = k
        while j < len(words) and self._capital(j) and (j == k or self._adjacent(j - 1, j)):
            j += 1
        return self.doc.text[words[k].start : words[j - 1].end] if j > k else None

    def _adjusted_basis(self) -> bool:
        """Whether a sum is told on an adjusted basis, its clause leaving items out ("Excluding restructuring
        costs, Corvana earned $2.58 per share", "adjusted earnings of $2.58", "$2.58 on an adjusted basis")."""
        texts = self.sentence.texts
        lo = self.sentence.word_index(self.doc.strong_clause(self.sentence, self.m.start)[0])
        return not _ADJUSTED_WORDS.isdisjoint(texts[lo : min(len(texts), self.after + _ADJUSTED_REACH)])

    def _kind_after(self, end: int) -> str | None:
        """Who the people counted are, said after them by a copula and a capitalised word: "94 of the passengers
        were Portuguese", "eight were British"."""
        words = self.words
        i = self.sentence.word_index(end)
        if i + 1 < len(words) and words[i].text in ("were", "was", "are", "is") and self._capital(i + 1) \
                and self._adjacent(i, i + 1) and not _is_calendar(words[i + 1].text):
            return self.doc.text[words[i + 1].start : words[i + 1].end]
        return None

    def _organisation_part(self) -> str | None:
        """The part of an organisation whose sum it is, named as its clause's subject: "The devices segment, long
        its weak spot, booked $5.87 billion in revenue", "the cloud unit posted revenue of $9.62 billion"."""
        words = self.words
        lo = self.sentence.word_index(self.doc.strong_clause(self.sentence, self.m.start)[0])
        for k in range(lo, self.first):
            if words[k].text in _ORGANISATION_PARTS and (k + 1 == len(words) or words[k + 1].text != "of"):
                first = k
                while first > lo and first > k - 3 and words[first - 1].text not in FUNCTION_WORDS \
                        and not words[first - 1].text.endswith(("'s", "’s")) \
                        and classes(words[first - 1].text) & (NOUN | ADJ) and self._adjacent(first - 1, first):
                    first -= 1
                if first == k:
                    return None  # "The segment brought in $19.6 billion": which one, the words before said
                return " ".join(noun_lemma(w.text) or w.text for w in words[first : k + 1])
        return None

    def _per_unit(self, i: int | None = None) -> str | None:
        """The unit a figure is a rate of, right after it (or after word i - 1, its noun): "per share", "a
        gallon", "an hour", "/barrel"; "each" for a sum per item. Not "a year earlier" or "a week ago", which
        date it."""
        words = self.words
        i = self.after if i is None else i
        if i >= len(words) or not self._adjacent(i - 1, i):
            return None
        if words[i].text in ("each", "every") and i + 1 < len(words) and words[i + 1].text in _TIME_UNITS:
            return words[i + 1].text  # "11,500 were postponed each day"
        if words[i].text == "on" and i + 3 < len(words) and words[i + 1].text in ("a", "an") \
                and words[i + 2].text in ("average", "typical", "normal", "ordinary", "busy") \
                and words[i + 3].text in _TIME_UNITS:
            return words[i + 3].text  # "about 3,000 on an average day"
        if words[i].text in ("each", "apiece") or words[i].text in ("to", "for") and i + 4 < len(words) \
                and [w.text for w in words[i + 1 : i + 4]] == ["each", "of", "the"] \
                and parse_number(words[i + 4].text) is not None:
            # "$212 each", "awards of $15,000 to each of the five plaintiffs" (but "EGP 25,000 to each of the injured"
            # is what the injured get, as "to the family of each person killed" is)
            return "each"
        if words[i].text not in ("per", "a", "an", "/") or i + 1 >= len(words) or not self._adjacent(i, i + 1):
            return None
        unit = words[i + 1].text
        if words[i].text == "per" and i + 2 < len(words) and not classes(unit) & NOUN and classes(unit) & (ADJ | VERB) \
                and self._adjacent(i + 1, i + 2):
            unit = words[i + 2].text  # "$2.47 per diluted share"
        if unit in ("square", "sq") and words[i].text == "per" and i + 2 < len(words) \
                and UNIT_DIMENSION.get(unit_for_token(f"{unit} {words[i + 2].text}") or "") == "area" \
                and self._adjacent(i + 1, i + 2):
            return f"{unit} {words[i + 2].text}"  # "5,600 people per square kilometre", "per sq mile"
        if not unit.isalpha() or not classes(unit) & NOUN or unit in FUNCTION_WORDS:
            return None
        if words[i].text in ("a", "an") and i + 2 < len(words) and (words[i + 2].text in (
                "ago", "earlier", "later", "before", "after") or words[i + 2].text == "from" and i + 3 < len(words)
                and words[i + 3].text in ("now", "today", "then")):
            return None  # "a year earlier", "a week from now" date it; "barrels a day from January" is a rate
        return noun_lemma(unit)

    def _rate_ending_list(self, end: int) -> str | None:
        """The span a list of counts is told per, after its last one: "about 1.35 million infections, 26,500
        hospitalizations and 420 deaths in the United States every year"; only nouns, numbers, places and
        joining words between (no verb of another clause)."""
        lower = self.doc.lower
        found = _RATE_AFTER_LIST.search(lower, end, min(self.sentence.end, end + _RATE_REACH))
        if found is None:
            return None
        for k in range(self.sentence.word_index(end), self.sentence.word_index(found.start())):
            text = self.words[k].text
            if (classes(text) & VERB and not classes(text) & NOUN or text in AUXILIARIES) and not self._capital(k):
                return None  # "420 deaths were recorded every year" is read by its own verb's clause
        return found["unit"] or "year"

    def _per_time_after_stuff(self) -> str | None:
        """The span a measure is a rate over, after what it measures: "200,000 litres of bottled water a day"."""
        words, i = self.words, self.after
        if i >= len(words) or words[i].text != "of" or not self._adjacent(i - 1, i):
            return None
        for j in range(i + 2, min(len(words), i + 4)):
            if not self._adjacent(j - 1, j) or words[j - 1].text in FUNCTION_WORDS:
                return None
            if words[j].text in ("a", "an", "per"):
                per = self._per_unit(j)
                return per if per in _TIME_UNITS else None
        return None

    def _money_reached(self) -> str | None:
        """The name of a sum a change reached: "revenue rose 12% to $4.21 billion" is revenue, by the lexicon's
        name for the changed thing when it has one ("net income slid 23% to $310 million": profit)."""
        thing = self._change_reached()
        # The lexicon's name only for the very words it knows: "the cloud unit's revenue" is no company's revenue
        return None if thing is None else self.lex.money.get(tuple(thing.split())) or slug(thing)

    def _change_reached(self) -> str | None:
        """The thing of the change right before "to" and this figure, which is the level it reached: "revenue
        rose 12% to $4.21 billion", "unemployment fell 0.2 percentage points to 4.1%"."""
        words, a = self.words, self.first
        if a < 1 or words[a - 1].text != "to" or not self.earlier:
            return None
        change = self.earlier[-1]
        between = self.doc.lower[change.end : words[a - 1].start].strip(" ,")
        # "rose 4.1% from a year earlier to $426,900": what the change is measured against may stand between
        if not change.metric.rsplit(".", 1)[-1].endswith("change") and ".change." not in change.metric \
                or between and not _BASE_BETWEEN.fullmatch(between):
            return None
        return change.thing

    def _compared_count(self) -> Frame | None:
        """The count before this one in its sentence that this one is the earlier value of: "up from 38,000",
        "compared with 1,200", "versus 80", "rose to 300 from 288", "fell from 40"; None otherwise ("300
        passengers from 12 countries" compares nothing)."""
        words, a = self.words, self.first
        if a < 2:
            return None
        before, previous = words[a - 1].text, words[a - 2].text
        b = self._past_own_of()
        if b >= 3 and words[b - 1].text == "of" and words[b - 2].text in _TALLY_NOUNS \
                and words[b - 3].text in _FIRST_TOLD:
            before, previous = "from", "up"  # "12,400 homes lost power, revising an early estimate of about 8,000"
        elif before == "of" and a >= 5 and words[a - 3].text in ("a", "an", "the") and words[a - 4].text == "from":
            before, previous = "from", words[a - 5].text  # "down from a lead of 212"
        elif before == "the" and a >= 3 and words[a - 2].text == "from":
            before, previous = "from", words[a - 3].text  # "up from the 11.2 million it disclosed on Monday"
        text = self.doc.text
        if not (before in ("versus", "vs") or before in ("with", "to") and previous == "compared" or before == "from" and (
                previous in ("up", "down") or not previous.isalpha() or previous in _SCALE_WORDS
                or lemma(previous) in self.lex.changes or self._reached_aside(a - 1))):
            return None
        return next((f for f in reversed(self.earlier) if f.start < self.m.start and f.scope != EARLIER_VALUE
                     and not _MONEY_START.match(text, f.start) and not _PERCENT_END.search(text, f.start, f.end)), None)

    def _reached_aside(self, k: int) -> bool:
        """Whether the "from" at word k opens an aside after a level a change reached: "drops to 21 sailings a
        week, from 28" (where "arrested 40 people, from 12 countries" reached nothing), its figure with no noun of
        its own."""
        words = self.words
        if k < 1 or "," not in self.doc.text[words[k - 1].end : words[k].start] or self._noun_phrase(self.after):
            return False
        reached = next((f for f in reversed(self.earlier) if f.start < words[k].start), None)
        if reached is None:
            return False
        j = self.sentence.word_index(reached.start)
        return j >= 2 and words[j - 1].text == "to" and self._changing_verb(j - 2)

    def _compared_money(self) -> Frame | None:
        """The sum before this one in its sentence that this one is the earlier value of ("fell to $310 million
        from $402 million"), named by the text; None otherwise."""
        words, a = self.words, self.first
        if a > 2 and words[a - 1].text == "the" and words[a - 2].text == "from":
            a -= 1  # "up from the £4.2 million announced on race day"
        if a < 1 or words[a - 1].text not in ("from", "versus", "vs") and not (
                a > 1 and words[a - 1].text in ("with", "to") and words[a - 2].text == "compared"):
            return None
        # "raised £4.6 million, up from £4.2 million": a change's words say it is the earlier value, even of a sum
        # the text does not name
        changed = a > 1 and words[a - 1].text == "from" and words[a - 2].text in ("up", "down")
        rate = self._per_unit() is not None
        # A total is compared with a total, a sum per share with one per share ("$3.21 billion, or $2.47 per
        # share, from $2.86 billion")
        return next((f for f in reversed(self.earlier) if f.start < self.m.start
                     and (changed or f.metric not in UNNAMED_MEASURES)
                     and f.scope != EARLIER_VALUE and _MONEY_START.match(self.doc.text, f.start)
                     and (".per_" in f.metric) == rate), None)

    def _spent_on(self) -> str | None:
        """What a sum is for, named right after it: "$640 million for public safety", "$95 million for parks":
        one line of a budget, not the budget."""
        words, i = self.words, self.after
        if i >= len(words) or words[i].text != "for" or not self._adjacent(i - 1, i):
            return None
        j = i + 1
        while j < len(words) and words[j].text in DETERMINERS:
            j += 1
        k = j
        while k < len(words) and k - j < 4 and self._adjacent(k - 1, k) and words[k].text not in FUNCTION_WORDS \
                and not words[k].text[0].isdigit() and (classes(words[k].text) & (NOUN | ADJ) or self._capital(k)):
            k += 1
        if k == j or self._role_at(j, k):
            return None  # "for the injured" is compensation (see _purpose)
        if words[k - 1].text in _TIME_NOUNS or _is_calendar(words[k - 1].text):
            return None  # "$31.7 million for the year", "for the quarter": a time, no line of a budget
        return self.doc.text[words[j].start : words[k - 1].end]

    def _recipient(self) -> str | None:
        """Who a sum goes to or falls on, named after it: "a $1.6 billion hit to suppliers", "losses for dealers
        and customers"."""
        words, i = self.words, self.after
        j = next((k for k in range(i, min(len(words), i + 5)) if words[k].text in ("to", "for")), None)
        if j is None:
            return None
        k = j + 1
        while k < len(words) and k - j <= 5 and words[k].text not in ("and", "while", "but") \
                and self.doc.text[words[k - 1].end : words[k].start].strip() == "":
            k += 1
        return self.doc.text[words[j + 1].start : words[k - 1].end] if k > j + 1 else None

    def _named_right_before(self, name: str) -> bool:
        """Whether money's name stands just before it ("compensation of ₹10 lakh")."""
        words, a = self.words, self.first
        return any(self.lex.money.get((lemma(w.text),)) == name for w in words[max(0, a - 3) : a])

    def _money_part(self) -> Frame | None:
        """A part of a sum named after "of": "Rs 28 crore of the amount disbursed", "$1.6 billion of it in the
        fourth quarter"."""
        words, i = self.words, self.after
        if i + 1 >= len(words) or words[i].text != "of" or not self._adjacent(i - 1, i):
            return None
        j = i + 1
        if words[j].text in ("it", "this", "that", "which", "them"):
            source = next((f for f in reversed(self.earlier) if f.thing not in ("percent",)), None)
            if source is None:
                return None
            scope = self._scope_after(j + 1, any_words=True) or PART
            return Frame(source.metric, self.m.start, words[j].end, source.thing, scope=scope, part=True,
                         of=(source.start, source.end))
        while j < len(words) and words[j].text in DETERMINERS | {"amount", "sum", "total", "money"}:
            j += 1
        hit = self.doc.phrase_at(self.sentence, j, self.lex.money) if j < len(words) else None
        if hit is None or j - i > 4:
            return None
        whole = next((f for f in reversed(self.doc.frames) if f.metric == hit[0] and f.end <= self.m.start), None)
        return Frame(hit[0], self.m.start, words[hit[1]].end, hit[0], scope=PART, part=True,
                     of=(whole.start, whole.end) if whole else None)

    def _breakdown_of(self) -> tuple[int, int] | None:
        """The total a sum is listed as a part of: a sentence that "includes" or breaks down a total ("The latest
        total includes a $2.6 billion hit to ..., a $1.6 billion hit to suppliers and ...") lists its parts; the
        total is the last sum before the cue, in this sentence or the one before."""
        words = self.words
        cue = next((i for i, w in enumerate(words[: self.first]) if w.text in _BREAKDOWN_CUES), None)
        if cue is None or len(_MONEY_MARK.findall(self.doc.text, words[cue].end, self.sentence.end)) < 2:
            return None  # a breakdown lists two parts or more
        if _LIST_ENDS.search(self.doc.lower, words[cue].end, self.m.start):
            return None  # "$58.2M on Friday, including $19.7M from previews, followed by $47.9M Saturday": the next
        first = _MONEY_MARK.search(self.doc.text, words[cue].end, self.sentence.end)
        if "," in self.doc.text[words[cue].end : first.start()]:
            return None  # "the direct cost, including the clean-up, could reach £4 million": no sum listed
        before = self.doc.text[: words[cue].start]
        totals = [f for f in self.doc.frames if f.end <= words[cue].start and f.thing not in ("percent",)
                  and f.start >= self._previous_sentence_start() and _is_money_text(before[f.start : f.end])
                  and "\n\n" not in before[f.end :]]  # a sum of another paragraph is no total listed here
        if not totals:
            return None

        # The total is the largest sum before the list: "$5.5 billion so far, $1 billion more than ..."
        total = max(totals, key=lambda f: (_amount(before[f.start : f.end]), -f.start))
        return total.start, total.end

    def _previous_sentence_start(self) -> int:
        start = self.sentence.start
        return self.doc.sentence_at(start - 1).start if start else 0

    def _money_head_of(self, k: int, lo: int) -> tuple[tuple[str, int], int] | None:
        """The name of a sum whose "of" phrase holds word k, with where it starts: "the cost of the minimum wage
        rise" is a cost; the wage is what it is the cost of."""
        words = self.words
        j = k - 1
        while j > lo and k - j <= 3 and words[j].text != "of" and (
                words[j].text in DETERMINERS or classes(words[j].text) & (ADJ | NOUN)):
            j -= 1  # past "the minimum" of "the cost of the minimum wage rise"
        if j <= lo or words[j].text != "of":
            return None
        for start in (j - 1, j - 2):
            found = self.doc.phrase_at(self.sentence, start, self.lex.money) if start >= lo else None
            if found is not None and found[1] in (j - 1, j):  # "the cost of", as the lexicon may spell it
                return found, start
        return None

    def _money_named_before(self) -> tuple[str | None, str | None, str | None]:
        """The lexicon's name of a sum named before it, whose sum it is, and the words that make it a figure of
        its own ("operating income", "health spending")."""
        words, a = self.words, self.first
        lo = max(0, a - 10)
        if self._own_head_before():
            return None, None, None  # "climbing from an opening bid of £28 million": the bid's, not the price's
        for k in range(a - 1, lo - 1, -1):
            hit = self.doc.phrase_at(self.sentence, k, self.lex.money)
            if hit is None or hit[1] >= a or self._reaching_verb(k, a):
                continue  # "Revenue hit $5 billion": the level revenue reached, no loss
            for j in (k - 1, k - 2):
                # "a market value of $10 billion": the longest name ending where this one does
                longer = self.doc.phrase_at(self.sentence, j, self.lex.money) if j >= lo else None
                if longer is not None and longer[1] == hit[1]:
                    hit, k = longer, j
            head = self._money_head_of(k, lo)
            if head is not None:
                hit, k = head  # "the combined cost of the minimum wage rise will be £2bn": a cost, of the rise
            between = words[hit[1] + 1 : a]
            if any(w.text[0].isdigit() for w in between):
                return None, None, None
            if hit[0] == "wage" and (k > 0 and (words[k - 1].text == "to" or words[k - 1].text in AUXILIARIES)
                                     or hit[1] == k and not classes(words[k].text) & NOUN):
                continue  # "ordered to pay $600 million", "will pay", "paid $12 million": a payment, no wage
            owner = None
            for w in words[max(0, k - 2) : k]:
                if w.text.endswith(("'s", "’s")) and self._capital(words.index(w)):
                    owner = self.doc.text[w.start : w.end - 2]
            if owner is None and words[hit[1]].text == "of":
                owner = self._costed_object(hit[1] + 1, a)  # "the cost of fixing local roads": the roads'
            name = hit[0]
            if words[k].text == "worth" and k > 0:
                if words[k - 1].text in _BE:
                    continue  # "the lump-sum option ... is worth $987.6 million": its subject's, whatever it is
                # "fines worth 2.8 billion reais": what the sum before is worth is that sum
                other = self.lex.money.get((lemma(words[k - 1].text),))
                if other is not None:
                    name = other
            if name == "loss" and k + 1 < len(words):
                # "the profit hit", "the hit to profit": a loss of what it names
                for w in (*words[max(0, k - 1) : k], *words[hit[1] + 1 : hit[1] + 3]):
                    other = self.lex.money.get((lemma(w.text),))
                    if other and other != "loss":
                        name = f"{other}.lost"
            elif name in ("revenue", "profit", "wage") and any(
                    self.lex.money.get((lemma(w.text),)) == "loss" for w in words[max(0, k - 2) : k]):
                name = f"{name}.lost"  # "the hit to profit"
            per = self._per_unit(hit[1] + 1)
            if per is not None and per != "each":
                name = f"{name}.per_{slug(per)}"  # "Earnings per share came to $2.44"
            if self._share_of_before(k):
                # "the club's share of the fixed fee is 104 million euros": a part of the fixed fee
                return name, PART, self._money_modifier(k)
            # A name that is a noun may have its kind before it ("operating income"); before a verb ("dealers
            # lost $1.2 billion", "the strike cost it $200 million") stands its subject
            last = hit[1] - (hit[1] > k and words[hit[1]].text == "of")  # "the average cost of": its noun, cost
            noun = bool(classes(words[last].text) & NOUN or words[last].text.endswith("ing")) \
                and not words[last].text.endswith("ed") and last + 1 < a \
                and words[last + 1].text not in PRONOUNS  # "the strike cost it $200 million": a verb
            return name, owner or self._own_speaker(), self._money_modifier(k) if noun else None
        return None, None, None

    def _reaching_verb(self, k: int, a: int) -> bool:
        """Whether word k is a verb of reaching whose level is the sum at word a, past a few words of its level
        ("hit a record $427,000", "topped $5 billion"); not the noun of a loss ("a $1.6 billion hit", "the
        profit hit") nor a verb with an object between ("hit suppliers with $2 billion in costs")."""
        words = self.words
        if verb_lemma(words[k].text) not in _REACHING or not classes(words[k].text) & VERB \
                or k > 0 and (words[k - 1].text in DETERMINERS or words[k - 1].text[0].isdigit()):
            return False
        return a - k <= 4 and all(_level_lead(w.text) for w in words[k + 1 : a])

    def _costed_object(self, j: int, limit: int) -> str | None:
        """The thing a cost is "of", from word j on: "filling a pothole" (pothole), "fixing local roads" (road)."""
        words, head = self.words, None
        while j < limit and self._adjacent(j - 1, j) and words[j].text not in PREPOSITIONS \
                and words[j].text not in AUXILIARIES and words[j].text.isalpha():
            if classes(words[j].text) & NOUN and not words[j].text.endswith("ing") \
                    and words[j].text not in FUNCTION_WORDS:
                head = j
            j += 1
        return (noun_lemma(words[head].text) or words[head].text) if head is not None else None

    def _money_modifier(self, k: int) -> str | None:
        """The words right before a sum's name at word k that make it a figure of its own: "operating income",
        "health spending", "gross profit"; not its owner, a determiner, a figure, a change, nor the words that
        say the plain figure ("net income", "total spending")."""
        words = self.words
        first = k
        while first > 0 and k - first < 2:
            text = words[first - 1].text
            if (text in FUNCTION_WORDS or text in _PLAIN_MONEY or text.endswith(("'s", "’s")) or not text.isalpha()
                    or not (classes(text) & (NOUN | ADJ) or text.endswith("ing")) or lemma(text) in self.lex.changes
                    or classes(text) & (ADV | NOUN) == ADV  # "so far disbursed": an adverb, no kind of sum
                    or self.lex.money.get((lemma(text),)) or (self._capital(first - 1) and first - 1 > 0)
                    or not self._adjacent(first - 1, first) or self._verb_after_subject(first - 1)):
                break
            first -= 1
        return " ".join(noun_lemma(w.text) or w.text for w in words[first:k]) if first < k else None

    def _verb_after_subject(self, j: int) -> bool:
        """Whether word j is a verb in -s right after the noun that is its subject: "the company faces fines", "the
        firm risks fines"; no kind of fine."""
        words = self.words
        text = words[j].text
        return j > 0 and text.endswith("s") and not text.endswith("ss") and bool(classes(text) & VERB) \
            and bool(classes(words[j - 1].text) & NOUN) and words[j - 1].text not in FUNCTION_WORDS

    def _named_in_after(self) -> str | None:
        """What a sum is, told after it with "in" when nothing else names it: "$100,000 (about Sh6.6 million) in
        prize money", "$2 million in back pay", "$40,000 in donations"; a single singular noun may be an adverb's
        ("in part", "in total")."""
        words, k = self.words, self._past_conversion()
        if k + 1 >= len(words) or words[k].text != "in" or not self._adjacent(k, k + 1):
            return None
        told = self._own_noun_after(k + 1)
        if told and (" " in told or _plural(words[k + 1].text)):
            return slug(told)
        return None

    def _past_conversion(self) -> int:
        """The word after the figure, past its conversion in brackets right after it ("$100,000 (about Sh6.6
        million) in prize money": the "in")."""
        text, end = self.doc.text, self.m.end
        opening = end + (text[end : end + 1] == " ")
        if text[opening : opening + 1] == "(":
            close = text.find(")", opening, opening + _CONVERSION_REACH)
            if close > 0 and any(ch.isdigit() for ch in text[opening:close]):
                return self.sentence.word_index(close + 1)
        return self.after

    def _own_noun_after(self, i: int | None = None) -> str | None:
        """The noun a sum is written with, right after it (or from word i on): "a $15 billion stock buyback", "a $2
        million fine"; not a unit of time ("$5 billion a year", "$2 billion last quarter") nor a word of the grammar."""
        words = self.words
        i = self.after if i is None else i
        j = i
        while j < len(words) and j - i < 3 and self._adjacent(j - 1, j) and words[j].text.isalpha() \
                and words[j].text not in FUNCTION_WORDS and words[j].text not in _TIME_NOUNS \
                and words[j].text not in _COMPARING_WORDS and not words[j].text.endswith("ed") \
                and not self._capital(j) and classes(words[j].text) & NOUN:
            j += 1
        if j < len(words) and words[j].text in _TIME_NOUNS:
            return None  # "$9.8 billion last year", "$2 billion next quarter": words of time, not the sum's noun
        while j > i and not classes(words[j - 1].text) & NOUN:
            j -= 1
        return " ".join(lemma(w.text) for w in words[i:j]) if j > i else None

    def _added_to(self) -> bool:
        """Whether a count follows a verb of adding to a tally: "gained nearly 18,200 votes", "added 40 cases"."""
        i = self._before_qualifiers()
        return i >= 0 and self.words[i].text in _ADDING

    def _loser(self) -> str | None:
        """Who lost a sum, named as the subject right before "lost" or "took a ... hit": "the automakers collectively
        lost $1.12 billion", "dealers and customers lost $1.2 billion"; one part of a loss, told by who bore it."""
        words, text = self.words, self.doc.text
        i = self._before_qualifiers()
        taken = verb_lemma(words[i].text) == "take" and words[self.after : self.after + 1] \
            and words[self.after].text == "hit"  # "suppliers took a $1.29 billion hit"
        if i < 1 or verb_lemma(words[i].text) != "lose" and not taken:
            return None
        end = i - 1
        while end >= 0 and classes(words[end].text) == ADV:
            end -= 1  # "collectively", "together"
        k = end
        while k >= 0 and end - k < 4 and (words[k].text == "and" and k > 0 and not _figure_word(words[k - 1].text)
                                          or classes(words[k].text) & (NOUN | ADJ)
                                          and words[k].text not in FUNCTION_WORDS and not _figure_word(words[k].text)) \
                and not text[words[k].end : words[k + 1].start].strip():
            k -= 1
        opened = k < 0 or words[k].text in DETERMINERS or words[k].text == "and" \
            or text[words[k].end : words[k + 1].start].strip() == ","
        if k == end or words[k + 1].text == "and" or not opened:
            return None  # no subject, or one that goes on before ("the strike's costs lost ...")
        return text[words[k + 1].start : words[end].end]

    def _own_speaker(self) -> str | None:
        """An organisation that speaks of its own money ("Ford said ... the strike had cost it $1.3 billion",
        "GM said its losses totaled $800 million"): the sum is its own."""
        words = self.words
        lo, _ = self.doc.strong_clause(self.sentence, self.m.start)
        before = words[self.sentence.word_index(lo) : self.first]
        # "its losses", "cost it", "said it lost", "it put the profit hit at": not "said it will buy Celeste Air in a
        # deal worth $4.2 billion", whose sum is the deal's, past a preposition
        if not any(w.text == "its" or w.text == "it" and len(before) - k <= _OWN_SUM_REACH
                   and _SUM_PHRASE_PREPOSITIONS.isdisjoint(t.text for t in before[k + 1 :])
                   for k, w in enumerate(before)):
            return None
        name, span = self.doc.speaker(self.sentence, self.m.start)
        if not name or span is None:
            return None
        before = self.doc.text[max(0, span[0] - 40) : span[0]].lower().split()
        if before and before[-1] in _TITLES:
            return None  # "chief financial officer Natalie Knight": a person, not the company
        return name

    def _money_noun_before(self) -> str | None:
        """The noun a sum is told as the value of, when no word of the lexicon names it: "the cash option is $987.6
        million", "a reward of 25 million pesos", "the jackpot stood at $1.2 billion"; not a word that names the
        figure itself ("a total of"), a time, or a name."""
        words, k = self.words, self.first - 1
        while k >= 0 and words[k].text in _MONEY_LEADS and words[k].text not in ("a", "an", "the"):
            k -= 1
        if k >= 1 and words[k].text in ("at", "to") and words[k - 1].text in ("stood", "stands", "came", "comes"):
            k -= 1
        if k < 1 or not (words[k].text == "of" or words[k].text in _MONEY_COPULAS) or not self._adjacent(k - 1, k):
            return None
        head = k - 1
        text = words[head].text
        if not self._plain_noun(head) or text in _FIGURE_NOUNS or text in _TIME_NOUNS or self._capital(head) \
                or text.endswith(("'s", "’s")) or _plural(text) and words[k].text == "of":
            return None  # "thousands of dollars", "Tuesday's $5": no thing of its own
        first = head
        if head > 0 and self._adjacent(head - 1, head) and self._plain_noun(head - 1, ADJ) \
                and words[head - 1].text not in _PLAIN_MONEY and not self._capital(head - 1):
            first = head - 1  # "the cash option", "a retailer bonus"
        return slug(" ".join([*(words[j].text for j in range(first, head)), noun_lemma(text) or text]))

    def _a_persons_own(self) -> bool:
        """Whether the count's clause opens with someone's own body as its subject, right before its verb: "his
        firm fitted 148 heat pumps", "her clinic has treated 40 patients"."""
        words, k = self.words, self.first - 1
        if k < 2 or not classes(words[k].text) & VERB:
            return False
        k -= 1
        while k >= 2 and words[k].text in AUXILIARIES:
            k -= 1
        return bool(classes(words[k].text) & NOUN) and words[k].text not in FUNCTION_WORDS \
            and words[k - 1].text in _PERSONS_OWN and self._adjacent(k - 1, k)

    def _the_rest(self) -> bool:
        """Whether the figure counts the rest of a whole: "the other 13 rescued miners", "the remaining 40", "the
        last two surviving miners"."""
        words, a = self.words, self.first
        return a >= 2 and words[a - 1].text in ("other", "remaining", "last", "final") and words[a - 2].text == "the"

    def _usual_level(self) -> bool:
        """Whether a figure is what is usual, the baseline its occasion is set against: "against a usual three or
        four a day", "a normal 1,200 tickets", "on a typical week"."""
        words, a, i = self.words, self.first, self.after
        if a >= 1 and words[a - 1].text in _USUAL:
            return True
        if i < len(words) and words[i].text in _USUALLY and self._adjacent(i - 1, i):
            return True  # "out of the 2,300 normally scheduled": what runs on a usual day
        k = i
        while k < len(words) and k - i < 4 and words[k].text not in ("on", "in", "during"):
            k += 1
        return k + 2 < len(words) and words[k + 1].text in ("a", "an") and words[k + 2].text in _USUAL

    def _more_after(self) -> bool:
        """Whether "more" or "less" right after a sum makes it a difference: "will cost £211 more"; not "£211 more
        than" (a bound) nor "£211 more in fees" (an addition named by its noun)."""
        words, i = self.words, self.after
        return i < len(words) and words[i].text in ("more", "less") and self._adjacent(i - 1, i) and (
            i + 1 >= len(words) or not self._adjacent(i, i + 1))

    def _thing_costing(self) -> tuple[int, int] | None:
        """The words of the subject whose cost the money is, said right after "costs" by a subject that names no
        event and no span of time ("the average home now costs £221,900", "a ticket costs $50"); not "the strike
        cost Ford $1.7 billion" nor "every day of downtime costs $2 million"."""
        words, k = self.words, self.first - 1
        while k >= 0 and (words[k].text in _MONEY_LEADS):
            k -= 1
        if k < 1 or words[k].text not in ("costs", "cost"):
            return None
        lo = self.sentence.word_index(self.sentence.clause_of(self.m.start)[0])
        # "that means an annual season ticket will cost £211 more": the subject after the clause's verb
        lo = next((j + 1 for j in range(k - 1, lo - 1, -1) if verb_lemma(words[j].text) in _MEANING_VERBS), lo)
        # The subject's own words, before what they are of or for: "the cheapest ticket for the final costs €640" is
        # a ticket's price, whatever event it is for
        head_end = next((j for j in range(lo, k) if self._of_or_for(j)), k)
        if lo >= k or any(w.text in _RELATIVES for w in words[lo:k]) or any(
                self.lex.events.get((lemma(words[j].text),))
                or words[j].text[0].isdigit() and not (j > lo and _labels(words[j - 1].text))
                for j in range(lo, head_end)):
            return None  # "Silicon Valley Bank, which cost about $16 billion": a failure's cost, told of its name
        # A common noun, which may open the sentence ("Tickets cost £24.50")
        nouns = [j for j in range(lo, k) if classes(words[j].text) & NOUN and (not self._capital(j) or j == 0
                                                                                and is_word(words[j].text))]
        if not nouns:
            return None
        # A span of time is the subject's head or what it is of ("every day of downtime costs $2 million"); as a
        # modifier it names a kind ("an adult day ticket now costs £24.50")
        if any((w := words[j].text) in _TIME_NOUNS or w in _DAY_NAMES for j in range(lo, k)
               if j == nouns[-1] or words[j + 1].text == "of"):
            return None
        return lo, k

    def _of_or_for(self, j: int) -> bool:
        """Whether word j is a preposition of what a thing is of or for, not of where it stands ("the ticket for the
        final", not "the average home in the region")."""
        text = self.words[j].text
        return text in PREPOSITIONS and text not in _WHERE_PREPOSITIONS

    def _costed_head(self, lo: int, k: int) -> str | None:
        """The head noun of the subject whose price a sum is, in words lo to k ("the average home now costs": home;
        "Tickets cost": ticket)."""
        words = self.words
        # "the cheapest ticket for the final": a ticket; "the average home in the region": where it stands names it
        k = next((j for j in range(lo, k) if self._of_or_for(j)), k)
        nouns = [j for j in range(lo, k) if classes(words[j].text) & NOUN and words[j].text not in FUNCTION_WORDS
                 and words[j].text not in _LEVEL_ADVERBS and words[j].text not in _STILL_WORDS
                 and (not self._capital(j) or j == 0 and is_word(words[j].text))]
        if not nouns:
            return None
        at = nouns[-1]
        head = noun_lemma(words[at].text) or words[at].text
        if at >= lo + 2 and words[at - 1].text[0].isdigit() and _labels(words[at - 2].text):
            return f"{words[at - 2].text} {words[at - 1].text} {head}"  # "a category 1 ticket": that kind's price
        return head

    def _cost_to_make(self) -> bool:
        """Whether a verb of costing's sum is followed by the making or mending it pays for: "cost £280 million to
        build", "will cost $1.2 billion to replace"."""
        words, i = self.words, self.after
        return self._cost_verb_before() and i + 1 < len(words) and words[i].text == "to" \
            and words[i + 1].text in _MAKING

    def _cost_verb_before(self) -> bool:
        words = self.words
        for w in words[max(0, self.first - 4) : self.first]:
            if verb_lemma(w.text) in ("cost", "lose"):
                return True
        return False

    def _purpose(self) -> str | None:
        """Who money is for: "for the families of those killed", "for those with grievous injuries"."""
        words, i = self.words, self.after
        j = i
        while j < len(words) and j - i < 8 and words[j].text not in ("for", "to") and not words[j].text[0].isdigit():
            j += 1
        if j >= len(words) or words[j].text not in ("for", "to"):
            return None
        for k in range(j + 1, min(len(words), j + 9)):
            role = self._role_at(k, k + 1)
            if role and self.lex.role(role) and self.lex.role(role).person:
                # "for those with grievous injuries", "for minor injuries": how badly is part of whom it is for
                degree = words[k - 1].text if k > j + 1 and words[k - 1].text in _DEGREES else None
                return slug(f"{role} {degree}") if degree else slug(role)
        return None

    def _share(self) -> Frame:
        """What a percentage is a share or change of: "a 25% increase in base wages", "about 30% of auto
        suppliers", "revenue ... up 7%", "turnout of 64%"."""
        words, lex = self.words, self.lex
        i, a = self.after, self.first
        state = self._state_after()
        if state is not None:
            # "the fire was 5% contained", "the vote was 98% counted": the share of the thing in that state
            # "crews had it 5% contained": what "it" is, the sentence does not say
            thing = None if self.first and self.words[self.first - 1].text in PRONOUNS else self._changed_thing()
            if thing is not None and tuple(thing.split()) in lex.events:
                thing = None  # "the blaze was 50% contained": the story's event, as "50% contained" is
            metric = f"{slug(thing)}.{slug(state)}" if thing else slug(state)
            return Frame(metric, self.m.start, self.m.end, thing or state, scope=self._holder())
        compared = self._compared_share()
        if compared is not None:
            # "rose 3.5% in March, up from 3.2% in February": the same figure's value at an earlier time, a
            # figure of its own beside the one it is compared with
            return Frame(compared.metric, self.m.start, self.m.end, compared.thing, scope=EARLIER_VALUE)
        change, change_after, changed_noun = None, False, None
        if i < len(words) and self._adjacent(i - 1, i) and lemma(words[i].text) in lex.changes:
            change, change_after, i = self._change_name(i), True, i + 1
        elif i + 1 < len(words) and self._adjacent(i - 1, i) and self._adjacent(i, i + 1) and self._plain_noun(i) \
                and words[i].text not in _TIME_NOUNS and lemma(words[i + 1].text) in lex.changes \
                and classes(words[i + 1].text) & NOUN:
            # "a 15 percent pay rise", "a 4% rent increase": a change of the noun between
            change, change_after, changed_noun = self._change_name(i + 1), True, lemma(words[i].text)
            i += 2
        elif a > 0 and lemma(words[a - 1].text) in lex.changes and not (
                a > 1 and words[a - 1].text == "up" and verb_lemma(words[a - 2].text) in _UP_PARTICLE_VERBS):
            change = self._change_name(a - 1)
        elif a > 1 and words[a - 1].text == "by" and lemma(words[a - 2].text) in lex.changes:
            change = self._change_name(a - 2)
        elif a > 1 and words[a - 1].text in ("cumulative", "a") and lemma(words[a - 2].text) in ("by",):
            change = self._change_name(a - 3)
        reached = self._change_reached()
        if reached is not None:
            # "fell 0.2 percentage points to 4.1%": the level the changed thing reached
            return Frame(slug(reached), self.m.start, self.m.end, reached, scope=self._holder())
        # "held at 3.8%", and "fell to 3.9%" (or "from 4.1% to 3.9%"): the level a thing stands at or reached,
        # not by how much it changed
        level = change is None and (self.m.extra.get("reached") or a > 1 and (
            words[a - 1].text == "at" and verb_lemma(words[a - 2].text) in _LEVEL_VERBS
            or words[a - 1].text == "to" and lemma(words[a - 2].text) in lex.changes
            or words[a - 1].text in _COPULAS  # "turnout was 60%"
            or verb_lemma(words[a - 1].text) in _REACHING))  # "containment reached 60%"
        thing, group_end = changed_noun, None
        at = self._level_at() if change is None and not level else None
        if at is not None:
            # "held its benchmark rate at 5.25%", "unemployment at 3.9%", "held Bank Rate at 3.75%", "held rates
            # at a 16-year high of 5.25%": the level of the noun before "at"
            level, first = True, at - 1
            named = self._capital(first)
            while first > 0 and first > at - 3 and (self._plain_noun(first - 1, ADJ) if not named else (
                    self._capital(first - 1) and self._adjacent(first - 1, first))):
                first -= 1
            thing = " ".join(lemma(w.text) for w in words[first:at])
        if level and thing is None and i < len(words) and words[i].text == "of":
            # "Turnout reached 48.6% of registered voters": the level of turnout, told as a share of them
            subject = self._changed_thing()
            if subject is not None and not subject.startswith(_SHARE_OF):
                thing = subject
        # "a 25% increase in base wages" is a change in them; "43 percent in results published" is no share of
        # results, and "sales rose 7% in the quarter" no change in the quarter
        # "half the staff", "one in five adults": a fraction's group follows it with no "of"
        group_follows = self.m.extra.get("fraction") and i < len(words) and self._adjacent(i - 1, i)
        if thing is None and i < len(words) and (words[i].text in ("of", "among")
                                                 or words[i].text == "in" and change_after or group_follows):
            j = i if group_follows and words[i].text not in ("of", "among") else i + 1
            ends = {p.first_word: p.last_word for p in self.doc.places(self.sentence)}
            while j < len(words) and (words[j].text in DETERMINERS or words[j].text[0].isdigit()
                                      and j > i + 1) and j not in ends:
                j += 1  # "of the 300 workers": the workers, whose count is a figure of its own
            while j < len(words) and (words[j].text.endswith(("'s", "’s")) or j in ends):
                # "of Ukraine's territory", "of the province": the place is the whole, the subject
                j = ends.get(j, j) + 1
            phrase = self._noun_phrase(j)
            if phrase is not None:
                thing = " ".join(lemma(w.text) for w in words[phrase[0] : phrase[1] + 1] if not self._capital(
                    words.index(w)))
                thing = thing or None
                group_end = phrase[1]
        if thing is None and change is None and not level:
            named = self._share_noun()
            if named is not None:
                # "a 37% premium", "a premium of 27%", "a 25% tariff": the percentage is what its noun measures
                thing, level = named, True
        changed = None
        if thing is None and change is not None and not change_after:
            changed = self._figure_changed()  # "revenue reached $4.21 billion, up 12%": revenue's change
            thing = changed.thing if changed is not None else None
        if thing is None and (change is not None or level):
            thing = self._changed_thing()  # "gasoline prices climbed 1.7%", "core inflation held at 3.8%"
        holder = self._holder()
        if holder is None and changed is not None and changed.scope not in (None, EARLIER_VALUE, ADDED):
            holder = changed.scope  # "the devices segment booked $5.87 billion, down 2%": the segment's change
        if thing is None and holder is not None:
            # "54% of the vote to Hale's 43 percent": a holder's bare share is of what the sentence's last share was
            earlier = next((f for f in reversed(self.earlier) if f.metric.endswith(".share")), None)
            if earlier is not None:
                return Frame(earlier.metric, self.m.start, self.m.end, earlier.thing, scope=holder)
        if thing is None and change is None and not level and i < len(words) and words[i].text == "of":
            said = self._predicate_after(i + 1)
            if said is not None:
                # "96 per cent of those voting backed the strike": the share that did so, no turnout
                return Frame(f"{slug(said)}.share", self.m.start, self.m.end, said, scope=holder)
        if thing is None and change is None and not level:
            coordinated = self._coordinated_change()
            if coordinated is not None:
                return coordinated
        story = self._story_measure()
        # A change or a level of something unnamed ("prices rose 1.7%") is no share the story's cue words name
        if story is not None and ((thing is None and change is None and not level)
                                  or (thing is not None and story.split(".", 1)[0] == slug(thing))):
            # The story's own measure, by its cue words, where the share names no other thing ("Russia occupies
            # about 20% of Ukraine's territory": territory.occupied; "54% of the vote" is no turnout)
            return Frame(story, self.m.start, self.m.end, story, scope=holder)
        if thing is None:
            return Frame("percent", self.m.start, self.m.end, "percent", scope=holder)
        if level and thing.startswith(_SHARE_OF):
            # "Labour's share of the vote was 33.7%": a share of the vote, as "34% of the vote" is
            thing, level = thing.split(" of ", 1)[1], False
        # A state written as its lexicon word, not inflected: "dam levels fell to 25.5%" are no "level" (razed)
        state = self.lex.roles.get((thing,)) if level and change is None and thing in self.sentence.texts else None
        if state is not None and not self.lex.role(state).person:
            # "containment stood at 45%": the share in that state, the figure "45% contained" gives
            return Frame(slug(state), self.m.start, self.m.end, state, scope=holder)
        metric = f"{slug(thing)}.{change}" if change else slug(thing) if level else f"{slug(thing)}.share"
        if changed_noun is not None:
            done = self._done_to(None)
            if done is not None:
                metric = f"{metric}.{slug(done)}"  # "demanding a 15% pay rise", "offered a 5.5% pay increase": two
        said = self._said_of_share(group_end) if metric.endswith(".share") and group_end is not None else None
        if said is not None:
            # "7.9% of patients had a major event", "4.6% of patients stopped treatment", "nausea was reported by
            # 11.2% of patients": shares of one group that say different things of it are different figures
            metric = f"{slug(thing)}.{slug(said)}.share"
        return Frame(metric, self.m.start, self.m.end, thing, scope=holder)

    def _coordinated_change(self) -> Frame | None:
        """The change a bare percentage after "and" goes on with over another span: "rose 0.6% month-on-month and
        2.3% year-on-year". Only a span of its own tells it apart: in "fell 2% in Europe and 4% in Asia" the
        second figure would take the first's name with nothing to say where it is."""
        a = self.first
        if a < 1 or self.words[a - 1].text != "and" or not self.earlier:
            return None
        before = self.earlier[-1]
        name = before.metric
        for base in _CHANGE_BASES:
            name = name.removesuffix(base)
        between = self.doc.text[before.end : self.words[a - 1].start]
        if not name.endswith("change") or before.end > self.m.start or len(between) > 40 \
                or any(ch.isdigit() or ch in ".;:" for ch in between):
            return None
        base = self._change_base()
        if base is None or before.metric.endswith(f".{base}"):
            return None
        return Frame(name, self.m.start, self.m.end, before.thing, scope=before.scope)

    def _share_noun(self) -> str | None:
        """The noun a percentage is the value of, right after it ("a 37% premium", "a 12% stake") or before "of"
        ("a premium of 27%", "market share of 18%"); not a change, a time, or a name."""
        words, i, a = self.words, self.after, self.first
        if i < len(words) and self._adjacent(i - 1, i) and self._plain_noun(i) and words[i].text not in _TIME_NOUNS:
            phrase = self._noun_phrase(i)
            if phrase is not None and phrase[1] == i:
                return lemma(words[i].text)
            if phrase is not None and phrase[1] == i + 1 and self._plain_noun(i + 1):
                return f"{lemma(words[i].text)} {lemma(words[i + 1].text)}"  # "a 4.5% pay offer"
        if a > 1 and words[a - 1].text == "of" and self._plain_noun(a - 2) and words[a - 2].text not in _TIME_NOUNS \
                and lemma(words[a - 2].text) not in self.lex.changes and words[a - 2].text not in _SHARE_NOUNS:
            first = a - 2
            if first > 0 and self._plain_noun(first - 1) and self._adjacent(first - 1, first):
                first -= 1  # "market share of 18%"
            return " ".join(lemma(w.text) for w in words[first : a - 1])
        return None

    def _change_name(self, k: int) -> str:
        """The name of a change said by word k: "decrease.change" for a word of falling ("fell 4.1%", "a 3% drop",
        "down 2%"), else "change"."""
        text = self.words[k].text if k >= 0 else ""
        return "decrease.change" if text in self.lex.falls or lemma(text) in self.lex.falls else "change"

    def _finite(self, k: int) -> bool:
        """Whether word k may be a clause's own verb: an auxiliary, a past form, or a word only a verb."""
        text = self.sentence.texts[k]
        kinds = classes(text)
        return text in AUXILIARIES or text.endswith("ed") and bool(kinds & VERB) or (
            bool(kinds & VERB) and not kinds & NOUN and not text.endswith("ing") and text not in FUNCTION_WORDS)

    def _said_of_share(self, group_end: int) -> str | None:
        """What a sentence says of the share of a group, the group's noun ending at word group_end: the verb its
        clause goes on with and that verb's object ("had a major cardiovascular event": have event), a state
        after a copula ("are obese": obese), else what does something to the share, named before it ("nausea was
        reported by 11.2% of patients", "serious events occurred in 14.8% of patients": nausea, event); None
        when the clause says nothing more."""
        return self._predicate_after(group_end + 1) or self._subject_before_share()

    def _predicate_after(self, k: int) -> str | None:
        """The verb of the clause going on at word k, with its object, or a state after a copula."""
        texts = self.sentence.texts
        _, hi = self.sentence.word_range(*self.sentence.clause_of(self.m.start))
        while k < hi and not self._finite(k):
            k += 1  # "of patients taking the drug had": the clause's own verb, past what names the group
        if k >= hi or not self._adjacent(k - 1, k):
            return None
        if texts[k] in AUXILIARIES and k + 1 < hi:
            if self._finite(k + 1) or texts[k + 1].endswith("ed"):
                k += 1  # "were destroyed", "have died"
            elif texts[k] in _COPULAS and texts[k + 1].isalpha() and texts[k + 1] not in FUNCTION_WORDS:
                return texts[k + 1]  # "are obese"
        verb = _AUXILIARY_VERBS.get(texts[k]) or verb_lemma(texts[k]) or lemma(texts[k])
        obj = next((j for j in range(k + 1, min(k + 5, hi)) if classes(texts[j]) & NOUN
                    and texts[j] not in FUNCTION_WORDS and not (j + 1 < hi and classes(texts[j + 1]) & NOUN
                                                                 and texts[j + 1] not in FUNCTION_WORDS)), None)
        return f"{verb} {noun_lemma(texts[obj]) or texts[obj]}" if obj is not None else verb

    def _subject_before_share(self) -> str | None:
        """The subject of a verb that governs the share from before it, "by" or "in" aside; not a winner's
        ("the party won 34% of the vote") nor a speaker's ("officials said 40%")."""
        texts = self.sentence.texts
        k = self.first - 1
        while k > 1 and texts[k] in ("and", "or") and texts[k - 1][0].isdigit():
            k -= 2  # "occurred in 14.8% and 15.3% of patients": the verb of both
        if k > 0 and texts[k] in ("by", "in"):
            k -= 1
        # "was reported by 11.2%", "was reported in 11.2% of patients": a report of theirs, not a speaker's
        passive = k > 0 and texts[k].endswith("ed") and texts[k - 1] in AUXILIARIES
        if k < 1 or not classes(texts[k]) & VERB or texts[k] in AUXILIARIES or not self._finite(k) \
                or verb_lemma(texts[k]) in _WINNING or not passive and (
                    texts[k] in REPORTING_VERBS or verb_lemma(texts[k]) in REPORTING_VERBS):
            return None
        k -= 1
        while k > 0 and texts[k] in AUXILIARIES:
            k -= 1
        return noun_lemma(texts[k]) or texts[k] if classes(texts[k]) & NOUN and texts[k] not in FUNCTION_WORDS else None

    def _state_after(self) -> str | None:
        """A participle right after a percentage that says what state that share of its subject is in
        ("5% contained", "98% counted"), or None."""
        words, i = self.words, self.after
        if i >= len(words) or not self._adjacent(i - 1, i):
            return None
        text = words[i].text
        if not text.endswith("ed") or lemma(text) in self.lex.changes or (
                i + 1 < len(words) and words[i + 1].text in ("with", "to", "for", "against")):
            return None  # "rose 5% compared with last year": a comparison, no state
        return text

    def _figure_changed(self) -> Frame | None:
        """The figure a change is set after, between commas: "$48 billion, up 7% from a year earlier" is the
        change of the $48 billion's thing, when the text names it (revenue, not money)."""
        words, a, text = self.words, self.first, self.doc.text
        if a < 1 or not self.earlier:
            return None
        before = self.earlier[-1]
        # "$48 billion, up 7%", "$5.87 billion in revenue, down 2%"
        if words[a - 1].text not in ("up", "down") or not _AFTER_FIGURE_CHANGED.fullmatch(text, before.end, words[a - 1].start) \
                or before.metric in UNNAMED_MEASURES:
            return None
        return before

    def _compared_share(self) -> Frame | None:
        """The percentage before this one in its sentence that this one is the earlier value of, as in "up from",
        "down from", "compared with", "versus" or "from" right before it; None otherwise."""
        words, a = self.words, self.first
        before = tuple(w.text for w in words[max(0, a - 2) : a])
        if not before or not (before[-1] in ("from", "versus", "vs") or before in (("compared", "with"),
                                                                              ("compared", "to"))
                              or len(before) == 2 and before[0] == "after" and before[1].endswith("ing")
                              and lemma(before[1]) in self.lex.changes):  # "rose 0.3% after gaining 0.2%"
            return None
        text = self.doc.text
        return next((f for f in reversed(self.earlier) if f.start < self.m.start and _PERCENT_END.search(
            text, f.start, f.end)), None)

    def _holder(self) -> str | None:
        """Who holds a share or a count won, named beside it: "Hale's 43 percent", "45 percent for Tom Hale",
        "Santos won 54% of the vote", "incumbent Tom Hale, who took 43%". Two candidates' shares of one vote
        are two figures, not rivals."""
        words, text = self.words, self.doc.text
        a = self.first
        if a > 0 and words[a - 1].text.endswith(("'s", "’s")) and self._capital(a - 1):
            return _name_text(text[words[self._name_start(a - 1)].start : words[a - 1].end])
        gapped = self._gapped_holder() if self.earlier else None
        if gapped is not None and self._capital(a - 1):
            return gapped  # "Lopez received 212,400 votes and Baker 166,600": Baker's, not the verb's subject's
        i = self.after
        while i < len(words) and i - self.after < 5 and words[i].text in ("of", "the", "vote", "votes", "ballots",
                                                                         "support", "cast"):
            i += 1
        if i + 1 < len(words) and words[i].text == "for":
            # "45 percent for Tom Hale", "36.5 per cent for the opposition National Reform Party", "81,905 for
            # businessman Marcus Ortega": past an article and a word or two of who they are
            k = i + 1
            while k < min(len(words), i + 4) and not self._capital(k) and self._adjacent(k - 1, k) \
                    and (words[k].text in ("the", "a", "an") or classes(words[k].text) & (NOUN | ADJ)):
                k += 1
            if k < len(words) and self._capital(k) and self._adjacent(k - 1, k):
                j = k
                while j + 1 < len(words) and self._capital(j + 1) and self._adjacent(j, j + 1):
                    j += 1
                return text[words[k].start : words[j].end]
        holder = self._winner(held=True) or self._stock_of()
        if holder is None and not _VOTE_WORDS.isdisjoint(w.text for w in words[self.after : i]):
            # "Lightfoot scraped just 17% of the vote": a share of the vote is its clause's subject's, whatever the verb
            holder = self._subject_before(lambda v: bool(classes(words[v].text) & VERB)
                                          and verb_lemma(words[v].text) not in REPORTING_VERBS)
        return holder

    def _stock_of(self) -> str | None:
        """Whose shares a change before the figure is of, named right before "shares" or after "shares of": "AMC
        Entertainment shares rose 4%", "Shares of Norvane fell 3.1%". Two companies' moves are two figures."""
        words = self.words
        lo = self.sentence.word_index(self.sentence.clause_of(self.m.start)[0])
        for k in range(self.first - 1, lo - 1, -1):
            if words[k].text not in ("shares", "stock"):
                continue
            if k + 2 < self.first and words[k + 1].text == "of" and self._capital(k + 2):
                j = k + 2
                while j + 1 < self.first and self._capital(j + 1) and self._adjacent(j, j + 1):
                    j += 1
                return _name_text(self.doc.text[words[k + 2].start : words[j].end])
            if k and self._capital(k - 1) and self._adjacent(k - 1, k) and words[k - 1].text not in FUNCTION_WORDS \
                    and words[k - 1].text not in CALENDAR_WORDS:
                i = self._name_start(k - 1)
                while i < k - 1 and words[i].text in FUNCTION_WORDS:
                    i += 1  # "The Norvane shares": the company's name
                name = _name_text(self.doc.text[words[i].start : words[k - 1].end])
                if not any(p.first_word <= k - 1 <= p.last_word for p in self.doc.places(self.sentence)):
                    return name  # "Norvane shares", not "European shares"
            return None
        return None

    def _partner(self, thing: str | None) -> str | None:
        """The place a flow is to or from, named right after the flow's noun before the figure in its clause:
        "exports to Japan fell 4.1%", "imports from China rose to $40 billion" ("to Japan", "from China")."""
        if not thing:
            return None
        head = slug(thing.split()[-1])
        words, texts = self.words, self.sentence.texts
        lo = self.sentence.word_index(self.doc.strong_clause(self.sentence, self.m.start)[0])
        places = {p.first_word: p for p in self.doc.places(self.sentence)}
        for k in range(self.first - 1, lo - 1, -1):
            if k + 2 < len(words) and texts[k + 1] in ("to", "from") and slug(noun_lemma(texts[k]) or texts[k]) == head:
                place = places.get(k + 2 + (texts[k + 2] == "the"))
                return f"{texts[k + 1]} {place.value.name}" if place is not None else None
        return None

    def _among(self) -> str | None:
        """The group a share is of, named by "among" right after it or before it in its clause, with no other
        share between: "turnout among voters aged 18 to 24 was about 54%", "61% among women and 44% among men"."""
        texts = self.sentence.texts
        after = next((i for i in range(self.after, min(self.after + 4, len(texts))) if texts[i] == "among"), None)
        if after is not None:
            return self._group_from(after)
        lo = self.sentence.word_index(self.doc.strong_clause(self.sentence, self.m.start)[0])
        for i in range(self.first - 1, lo - 1, -1):
            if texts[i] in ("%", "percent", "per") or self.doc.text[self.words[i].end : self.words[i].end + 1] == "%":
                return None  # another share stands between
            if texts[i] == "among":
                return self._group_from(i)
        return None

    def _change_base(self) -> str | None:
        """What a change is measured against, named in the words right after it in its comma clause:
        "month_on_month", "quarter_on_quarter" or "year_on_year"."""
        end = min(self.sentence.clause_of(self.m.start)[1], self.m.end + 60)
        figure = _DIGIT.search(self.doc.lower, self.m.end, end)
        # "rose 4.1% compared with 3.8% a year earlier": the time of the figure after it, not this one's base
        found = _CHANGE_BASE.search(self.doc.lower, self.m.end, end)
        if found is not None and figure is not None and found.start() > figure.start():
            found = None
        if found is None and _IN_MONTH.match(self.doc.lower, self.m.end):
            return "month_on_month"
        return found.lastgroup if found else None

    def _share_maker(self) -> str | None:
        """What a share is made of, named as the subject of a verb of composing right before it: "A* grades made up
        9.6 per cent of entries" -> "A* grades", "Electronics account for 40% of exports" -> "Electronics"; one
        to four words with no figure, no pronoun, and no other verb between."""
        words, texts = self.words, self.sentence.texts
        lo = self.sentence.word_index(self.doc.strong_clause(self.sentence, self.m.start)[0])
        verb = next((k for k in range(self.first - 1, lo, -1) if lemma(texts[k]) in _COMPOSING_VERBS and (
            _COMPOSING_VERBS[lemma(texts[k])] in (None, *texts[k + 1 : k + 2]))), None)
        if verb is None or self.first - verb > 4:
            return None
        while lo < verb and classes(texts[lo]) == ADV:
            lo += 1  # "Together the two units supply around 7%": how, not who
        subject = [k for k in range(lo, verb) if texts[k] not in DETERMINERS]
        if not 1 <= len(subject) <= 4 or subject[0] != verb - len(subject) or any(
                texts[k][0].isdigit() or texts[k] in PRONOUNS or classes(texts[k]) & (VERB | NOUN) == VERB
                for k in subject):
            return None
        return self.doc.text[words[subject[0]].start : words[verb - 1].end]

    def _age_group(self) -> str | None:
        """The ages a share's clause names before it: "People aged 65 and over made up 8.9%" -> "aged 65 and over",
        "those aged 15 to 64 make up 64%" -> "aged 15 to 64"."""
        lo = self.doc.strong_clause(self.sentence, self.m.start)[0]
        found = None
        for found in _AGE_GROUP.finditer(self.doc.lower, lo, self.m.start):
            pass
        if found is None or re.search(r"%|per ?cent", self.doc.lower[found.end() : self.m.start]):
            return None  # "among voters aged 18 to 24 was 54%, against 68.4% overall": another share between
        return " ".join(found.group().split())

    def _group_from(self, i: int) -> str | None:
        """ "among" at word i and the words of its group after it, up to a verb, a number or a joining word."""
        words, texts, text = self.words, self.sentence.texts, self.doc.text
        j = i + 1
        while j < len(words) and j - i <= 6 and j != self.first and not texts[j][0].isdigit() \
                and texts[j] not in AUXILIARIES and texts[j] not in ("and", "or", "but") \
                and lemma(texts[j]) not in self.lex.changes and text[words[j - 1].end : words[j].start] == " ":
            j += 1
        return text[words[i].start : words[j - 1].end] if j > i + 1 else None

    def _winner(self, held: bool = False) -> str | None:
        """Who won a count or a share, named as the subject of a verb of winning before it: "Santos won 54% of
        the vote", "the Civic Alliance took 96 seats", "incumbent Tom Hale, who took 43%"; or with "with" right
        before it: "Whitfield with 91,240 votes and Marcus Ortega with 86,415", "Lena Park finished third with
        10,050 votes". A count that is held (votes, seats) may be had too: "Whitfield had 88,412 votes"; and an
        aside may stand between the name and its verb: "Whitfield, 47, won the election with 91,240 votes"."""
        words, text = self.words, self.doc.text
        a = self.first
        winning = _WINNING | _HAVING if held else _WINNING
        if a >= 2 and words[a - 1].text == "with":
            k = a - 2
            if k >= 1 and words[k].text in _FINISHING_PLACES:
                k -= 1  # "finished third with"
                if k >= 1 and words[k].text in ("was", "were", "is", "are"):
                    k = self._before_aside(k) - 1  # "Italy was third with 389 points"
            if k >= 1 and verb_lemma(words[k].text) in _FINISHING:
                k = self._before_aside(k) - 1
            if k >= 0 and self._capital(k) and not self.doc.in_place_name(self.sentence, k) \
                    and words[k].text not in FUNCTION_WORDS \
                    and not (k == 0 and is_word(words[0].text) and not self.doc.is_name(words[0].text)):
                return _name_text(text[words[self._name_start(k)].start : words[k].end])
        return self._subject_before(lambda v: verb_lemma(words[v].text) in winning
                                    or held and words[v].text in ("has", "have", "had"))

    def _subject_before(self, is_verb) -> str | None:
        """The proper name that is the subject of the nearest verb before the figure in its clause for which
        is_verb(word index) holds: "Santos won", "Britain has promised", "Whitfield, 47, won"."""
        words, text = self.words, self.doc.text
        a = self.first
        lo = self.sentence.word_index(self.doc.strong_clause(self.sentence, self.m.start)[0])
        for v in range(a - 1, max(lo, a - 8) - 1, -1):
            if is_verb(v):
                k = self._before_aside(v) - 1
                if words[v].text.endswith("ing") and k >= 0 and text[words[k].end : words[v].start].strip() == ",":
                    k = self._name_end_at(0)  # "Santos was elected mayor on Tuesday, taking 52 percent": hers
                while k is not None and k >= 0 and (words[k].text in AUXILIARIES or words[k].text in ("who", "which", "that")):
                    k -= 1
                if k is None or k < 0 or not self._capital(k) or words[k].text in FUNCTION_WORDS:
                    return None  # a holder may be a place too ("Santos won", "Brazil's share"); "By" is no one
                j = self._name_start(k)
                if j < k and words[j].text in DETERMINERS:
                    j += 1  # "The Civic Alliance took 96 seats": the party is the Civic Alliance
                if j == 0 and k == 0 and is_word(words[0].text) and not self.doc.is_name(words[0].text):
                    return None  # a sentence's capitalised first word that is a dictionary word ("Voters took ...")
                name = _name_text(text[words[j].start : words[k].end])
                return None if _is_calendar(name) else name
        return None

    def _before_aside(self, v: int) -> int:
        """Word v, or the first word of the comma aside that ends right before it ("Whitfield, 47, won", "Lena Park,
        a school board member, finished"), so the name before the aside is the verb's subject."""
        words, text = self.words, self.doc.text
        if v < 2 or text[words[v - 1].end : words[v].start].strip() != ",":
            return v
        for j in range(v - 1, max(0, v - _ASIDE_WORDS) - 1, -1):
            if j >= 1 and text[words[j - 1].end : words[j].start].strip() == ",":
                return j if self._capital(j - 1) else v
        return v

    def _name_start(self, k: int) -> int:
        """The first word of the run of capitalised words that ends at word k."""
        j = k
        while j > 0 and self._capital(j - 1) and self._adjacent(j - 1, j):
            j -= 1
        return j

    def _name_end_at(self, i: int) -> int | None:
        """The last word of the proper name starting at word i (a sentence's subject), or None."""
        words = self.words
        if i >= len(words) or not self._capital(i) or (i == 0 and classes(words[0].text) and not (
                i + 1 < len(words) and self._capital(i + 1)) and not self.doc.is_name(words[0].text)):
            return None
        j = i
        while j + 1 < len(words) and self._capital(j + 1) and self._adjacent(j, j + 1):
            j += 1
        return j

    def _story_measure(self) -> str | None:
        """A share the story's own vocabulary names by its cue words in the share's own clause ("Russia occupies
        about 20% of Ukraine's territory": territory.occupied); a cue elsewhere in the sentence speaks of
        another figure."""
        sentence, words = self.sentence, self.words
        lo, hi = sentence.clause_of(self.m.start)
        # Near the share only: a verb further off in a long clause governs another phrase ("voted by six to three
        # for the quarter-point cut, which took rates to 3.5%" is no turnout)
        lo = max(lo, words[max(0, self.first - _STORY_CUE_REACH)].start)
        hi = min(hi, words[min(len(words), self.after + _STORY_CUE_REACH) - 1].end)
        for metric, cues in self.voc.measures:
            if metric not in ("temperature", "distance") and self.doc.has_cue(sentence, cues, lo, hi) \
                    and self._names_thing_of(metric, hi):
                return metric
        return None

    def _names_thing_of(self, metric: str, hi: int) -> bool:
        """Whether a share's clause names the thing a story's measure is of, or a place as its whole after it: a
        cue word alone is no thing ("20% of Ukraine's territory" and "20% of Ukraine" are territory held; "a
        fund holds 20 percent", "controls 35% of the market" are not)."""
        thing = metric.partition(".")[0] if "." in metric else None
        if thing is None:
            return True
        sentence = self.sentence
        if thing in sentence.lemmas:
            return True
        return any(self.m.end <= self.words[place.first_word].start < hi for place in self.doc.places(sentence))

    def _proper(self, k: int) -> bool:
        """Whether word k is written as a name: capitalised, and not only because it opens the sentence (a place
        that opens it is a name all the same: "Wales grew by 1.4%", "Turkey rose to 85 million")."""
        return self._capital(k) and (k > 0 or not is_word(self.words[k].text)
                                     or self.doc.is_place_at(self.sentence, k))

    def _plain_noun(self, k: int, also: int = 0) -> bool:
        """Whether word k is a lower-case noun (or a word of the classes in `also`), not a function word."""
        text = self.words[k].text
        return bool(classes(text) & (NOUN | also)) and text not in FUNCTION_WORDS and not self._proper(k)

    def _changed_thing(self) -> str | None:
        """The noun a change or level is of, before it: "top assembly pay would rise about 33%", "revenue rose ...
        up 7%", "consumer prices in the United States increased 3.5%". An aside between the noun and its verb is
        passed over ("core inflation, which excludes food and energy, held at 3.8%"; "shelter costs, the largest
        component, rose 5.7%")."""
        words = self.words
        k, following, steps = self.first - 1, self.first, 0
        verb_passed = False
        while k >= 0 and steps < 7:
            aside = self._aside_ending_at(k, following)
            if aside is not None:
                k = aside - 1
                continue
            text = words[k].text
            if text in ("and", "but", "or") and following < self.first and (
                    words[following].text in AUXILIARIES or classes(words[following].text) & VERB):
                return None  # "had burned 12,000 acres ... and was 5% contained": a subject left unsaid
            after = words[following].text if following < self.first else ""
            # A noun that may be a verb too is the subject when its verb follows it ("gasoline prices climbed",
            # "prices rose by 3%", "pay would rise"), or a preposition does once the clause's verb is passed ("prices in the
            # United States increased"), or a relative pronoun ("shares, which had gained 40%")
            if text[0].isdigit() or text in _SCALE_WORDS:
                following, k, steps = k, k - 1, steps + 1  # "Devices: $5.87 billion, down 2%": a figure, no noun
                continue
            if classes(text) & ADV and k > 0 and words[k - 1].text in AUXILIARIES:
                following, k, steps = k, k - 1, steps + 1  # "the blaze is now 65% contained": no noun
                continue
            if text in _PROJECTING and after == "to":
                following, k, steps = k, k - 1, steps + 1  # "Defence spending is set to rise 6.4%": no noun
                continue
            at_number = all(w.text in FUNCTION_WORDS for w in words[following + 1 : self.first])
            subject = bool(classes(after) & VERB) and (at_number or not classes(after) & NOUN) or (
                verb_passed and after in PREPOSITIONS) or after in _RELATIVE_PRONOUNS or after in AUXILIARIES
            if classes(text) & NOUN and (subject or not classes(text) & VERB) and text not in FUNCTION_WORDS \
                    and not self._proper(k):
                first = k
                while first > 0 and classes(words[first - 1].text) & (NOUN | ADJ) and \
                        words[first - 1].text not in FUNCTION_WORDS and k - first < 2 and not self._proper(first - 1):
                    first -= 1
                head = self._head_before_preposition(first)
                if head is not None and words[head].text in _SHARE_NOUNS and words[head + 1].text == "of":
                    # "the share of the vote": of the vote
                    return f"{words[head].text} of " + " ".join(lemma(w.text) for w in words[first : k + 1])
                if head is not None and words[head].text in _NUMBER_NOUNS and words[head + 1].text == "of":
                    return " ".join(lemma(w.text) for w in words[first : k + 1])  # "the number of households rose"
                if head is not None:
                    following, k = head + 1, head  # "sales at the company rose 7%": sales, not the company
                    continue
                return " ".join(lemma(w.text) for w in words[first : k + 1])
            # A copula is the clause's verb too: "Dam levels on Monday were 27.6%"
            verb_passed = verb_passed or bool(classes(text) & VERB) and text not in FUNCTION_WORDS or text in _BE
            following, k, steps = k, k - 1, steps + 1
        return None

    def _head_before_preposition(self, first: int) -> int | None:
        """The noun a prepositional phrase starting before word `first` qualifies ("sales" of "sales at the
        company", "exports" of "exports of grain"), or None."""
        words = self.words
        p = first - 1
        while p >= 0 and words[p].text in DETERMINERS:
            p -= 1
        if p < 1 or words[p].text not in PREPOSITIONS or not self._adjacent(p - 1, p):
            return None
        head = p - 1
        return head if self._plain_noun(head) else None

    def _aside_ending_at(self, k: int, following: int) -> int | None:
        """The first word of an aside set off by commas that ends at word k, right before the word at
        `following`: a relative clause ("which excludes food and energy"), an apposition ("the largest
        component") or an attribution ("fire officials said"). None when no comma follows word k, or the
        words before it are no aside."""
        words, text = self.words, self.doc.text
        if following >= len(words) or not _marks_aside(text[words[k].end : words[following].start]):
            return None
        said = verb_lemma(words[k].text) in REPORTING_VERBS
        # The aside opens at a comma or a dash before a relative pronoun or an article; commas of a list inside
        # it are passed ("Core inflation, which excludes food, energy, alcohol and tobacco prices, eased")
        for j in range(k, max(0, k - _ASIDE_WORDS), -1):
            if _marks_aside(text[words[j - 1].end : words[j].start]):
                if words[j].text in _ASIDE_OPENERS or said:
                    return j  # a relative clause, an apposition, or who said it (", fire officials said,")
                if ";" in text[words[j - 1].end : words[j].start]:
                    return None
        return None

    def duration_event(self) -> tuple[str | None, str | None]:
        words = self.words
        a, i = self.first, self.after
        before = words[a - 1].text if a else ""
        after = words[i].text if i < len(words) else ""
        if before in _PART_OF_SPAN or after in ("consecutive", "straight", "running"):
            return None, None  # "its first two weeks", "two consecutive weeks": a stretch of an event
        owner = THEIRS if before in ("its", "their") else None
        events = self.lex.events
        right_after = self.doc.phrase_at(self.sentence, i, events) if i < len(words) else None
        if right_after is not None:  # "a 41-day strike", "the 51-day work stoppage"
            return right_after[0], self._event_scope_after(right_after[1] + 1) or owner
        if self.m.noun:
            named = events.get(term_key(self.m.noun))
            if named is not None:
                return named, self._event_scope_after(i) or owner
        hit = None
        if after == "of":  # "three days of national mourning"
            j = i + 1
            while j < len(words) and (words[j].text in DETERMINERS or classes(words[j].text) & ADJ) and j - i < 4:
                j += 1
            hit = self.doc.phrase_at(self.sentence, j, events) if j < len(words) else None
        if hit is None and before == "of" and a >= 2:  # "a closure of 13 days"
            hit = next((h for h in (self.doc.phrase_at(self.sentence, k, events) for k in range(max(0, a - 4), a - 1))
                        if h is not None and h[1] == a - 2), None)
        verb = a - 2 if before == "for" else a - 1
        if hit is None and verb >= 1 and verb_lemma(words[verb].text) in _LASTING_VERBS:
            # "the truce lasted seven days", "the search, launched on Wednesday and suspended on Saturday, ran for
            # five days": the event the verb's clause opens with
            lo = self.sentence.word_index(self.doc.strong_clause(self.sentence, self.m.start)[0])
            for k in (*range(verb - 1, lo - 1, -1), *range(min(lo, 3))):  # else the sentence's opening subject
                hit = self.doc.phrase_at(self.sentence, k, events)
                if hit is not None:
                    break
        if hit is None:
            return None, None
        return self._numbered(hit[1], str(hit[0])) or hit[0], owner

    def duration_noun(self) -> str | None:
        words, i = self.words, self.after
        told = self.doc.text[self.m.start : self.m.end]
        if i >= len(words):
            return None
        gap = self.doc.text[self.m.end : words[i].start]
        if not (gap == " " and "-" in told and not told.endswith("s")) and gap not in ("' ", "’ "):
            return None  # "a 4.1-month supply", "3.5 months' supply"; not "for 14 weeks patients waited"
        head = None
        for j in range(i, min(len(words), i + 3)):
            if j > i and not self._adjacent(j - 1, j):
                break
            text = words[j].text
            if not classes(text) & NOUN or text in FUNCTION_WORDS or text in _TIME_NOUNS or self._capital(j):
                break
            head = text
        if head is None or head in _NO_THINGS_LENGTH:
            return None
        return lemma(head)

    def _numbered(self, last: int, event: str) -> str | None:
        """The instance a numbered event noun ending at word `last` names ("a marathon fourth game": match_4,
        "game four", "Stage 12"): an event of its own, one of a series, whose length is not the whole series'
        ("a series that lasted nearly four hours"). Only the words next to the noun are read: "the first two
        weeks of the strike" is a stretch."""
        words = self.words
        k = last + 1
        if k < len(words) and (words[k].text.isdigit() or words[k].text in _SMALL_CARDINALS):
            return f"{event}_{_SMALL_CARDINALS.get(words[k].text, words[k].text)}"
        k = last - 1
        while k >= 0 and classes(words[k].text) & ADJ and words[k].text not in ORDINAL_WORDS and last - k < 3:
            k -= 1  # "the fourth deciding game": past two adjectives at most
        ordinal = words[k].text if k >= 0 else ""
        number = ORDINAL_WORDS.get(ordinal) or (ordinal[:-2] if _ORDINAL_DIGITS.fullmatch(ordinal) else None)
        return f"{event}_{number}" if number else None

    def reported_event(self) -> str | None:
        doc, sentence, words = self.doc, self.sentence, self.words
        if doc.matches(sentence, self.lex.events):
            return None
        for i, w in enumerate(words):
            if i < self.first and classes(w.text) & VERB and w.text.endswith(("ed", "t")):
                named = self.lex.event_verbs.get((verb_lemma(w.text),))
                if named and not self._reaches_level(i):
                    return named
        return None

    def durative_event(self) -> str | None:
        """The lasting event a start or end date belongs to ("the agreement only lasted until February 1st", after
        a sentence on the energy ceasefire): named in its sentence, else in the sentence before."""
        doc, lex = self.doc, self.lex
        before = self.sentence.start and not self._own_subject_before()
        for sentence in (self.sentence, doc.sentence_at(self.sentence.start - 1) if before else None):
            if sentence is None:
                continue
            found = [m for m in doc.matches(sentence, lex.events) if m.value in lex.durative
                     and classes(sentence.words[m.last_word].text) & NOUN]
            if found:
                return str(min(found, key=lambda m: abs(m.start - self.m.start)).value)
        return None

    def _own_subject_before(self) -> bool:
        """Whether the words before a date in its sentence name a thing other than an event: then what starts
        or ends there is that thing ("A red flag warning for the region expired Thursday night", "winds were
        expected through Wednesday"), not the event of the sentence before; a pronoun or an event's noun ("It
        ends on Friday", "the agreement only lasted until February 1st") speaks of that event."""
        events, roles, words = self.lex.events, self.voc.roles, self.words
        # What was said starts after its verb: "The Kremlin insists the agreement only lasted until February 1st"
        said = max((k + 1 for k in range(self.first) if verb_lemma(words[k].text) in REPORTING_VERBS), default=0)
        for k in range(said, self.first):
            text = words[k].text
            if text in FUNCTION_WORDS or not classes(text) & NOUN or _is_calendar(text) or events.get((lemma(text),)) \
                    or (text,) in roles or (words[k].lemma,) in roles or self._capital(k):
                continue  # "It ends on Friday": the role's own word is no subject, nor a name who acts
            return True
        return False

    def event(self) -> tuple[str | None, str | None]:
        """The event noun nearest the figure in its clause, else in its sentence, and the name it is of."""
        found = self._event()
        return found[0], found[1]

    def event_place(self) -> str | None:
        """The place the event noun is tied to ("the strike on Kyiv", "the crash near Balasore", "Kyiv's
        blackout"), not the other places its sentence names (a distance's reference, a speaker's city)."""
        return self._event()[2]

    def _event(self) -> tuple[str | None, str | None, str | None]:
        doc, sentence = self.doc, self.sentence
        events = self.lex.events
        if self.m.noun:
            named = events.get(term_key(self.m.noun))
            if named is not None:
                return named, self._event_scope_after(self.after), self._place_of_event(self.after, self.after)
        # "The quake struck": an event is named by a noun, never by a verb; a date is an event's own only
        # when nothing but the event's happening stands between them ("the quake struck at 11:11 p.m.
        # Friday"), not when it dates another verb ("the toll in the collision rose to 288 on Saturday").
        attached = self.m.kind == "date"
        keep = lambda found: bool(classes(self.words[found.last_word].text) & NOUN) and (
            not attached or self._attached(found)) and not self._counted_events(found.first_word, found.last_word)
        near = None
        if attached:  # the event that is the subject of the date's verb: "its strike, which began on Sept. 15"
            before = doc.nearest(sentence, events, self.m.start, self.m.end, max_words=30,
                                 keep=lambda found: found.end <= self.m.start and keep(found))
            near = before
        near = near or doc.nearest(sentence, events, self.m.start, self.m.end, max_words=18, keep=keep)
        verb = self._date_verb if attached and (near is None or near.end > self.m.start) else None
        named = self.lex.event_verbs.get(tuple(verb.split())) if verb else None
        if named and near is not None and str(near.value) != named:
            # "fans stampeded at a stadium on Saturday night after police fired tear gas to break up a pitch
            # invasion": the date is the time of its own verb's event, not of a noun after it
            return named, None, None
        if near is None:
            # "The bridge collapsed on Wednesday": the verb's own form matches the event's noun, but names no noun
            nouns = [f for f in doc.matches(sentence, events) if classes(self.words[f.last_word].text) & NOUN]
            if not named and not nouns and attached and self._it_happened():
                named = self._event_told_beside()  # "It happened on Tuesday evening. The bridge gave way"
            return (named, None, None) if named and not nouns else (None, None, None)
        scope = (self._another(near.first_word) or self._event_scope_after(near.last_word + 1)
                 or self._event_scope_before(near.first_word) or self._event_agent(near.first_word))
        event = str(near.value)
        if event in self.lex.generic:
            # "declared the drought a national disaster": the drought; "Friday night's tragedy" in a story of a
            # crush: the crush
            own = {str(f.value) for f in doc.matches(sentence, events) if f.value not in self.lex.generic}
            event = own.pop() if len(own) == 1 else story_event(doc) or event
        return event, scope, self._place_of_event(near.first_word, near.last_word)

    def _it_happened(self) -> bool:
        """Whether a date is the time of a pronoun's happening: "It happened on Tuesday evening", "This occurred
        at 6 p.m.", "That took place on Friday"."""
        texts = self.sentence.texts
        lo = self.sentence.word_index(self.doc.strong_clause(self.sentence, self.m.start)[0])
        k = lo + 1  # the verb, past an auxiliary or an adverb ("It had happened", "This first occurred")
        if k + 1 < len(texts) and texts[k] in _BETWEEN_PRONOUN_AND_VERB:
            k += 1
        return k < self.first and texts[lo] in ("it", "this", "that") and verb_lemma(texts[k]) in _OCCURRING \
            and (verb_lemma(texts[k]) != "take" or texts[k + 1 : k + 2] == ["place"])

    def _event_told_beside(self) -> str | None:
        """The one event the sentences beside this one name, by a noun or a verb, the next sentence first."""
        lex = self.lex
        for other in self.doc.neighbours(self.sentence):
            named = {str(f.value) for table in (lex.events, lex.event_verbs) for f in self.doc.matches(other, table)
                     if f.value not in lex.generic}
            if len(named) == 1:
                return named.pop()
        return None

    def _counted_events(self, first: int, last: int) -> bool:
        """Whether an event noun from word `first` to `last` is counted, a plural with its number before it and its
        modifiers: "1,078 reported bird strikes in 2025", "17 swaps". Many events are no one event whose date the
        sentence gives ("a magnitude 4.6 earthquake" is one)."""
        words = self.words
        if not _plural(words[last].text):
            return False
        k = first - 1
        while k >= 0 and first - k <= 3 and words[k].text not in FUNCTION_WORDS and not words[k].text[0].isdigit() \
                and parse_number(words[k].text) is None and classes(words[k].text) & (NOUN | ADJ | VERB):
            k -= 1
        # "a 41-day strike", "a seven-day strike": one strike, sized; "a 2018 breach": one breach, dated
        return k >= 0 and (words[k].text[0].isdigit() or parse_number(words[k].text) is not None) \
            and "-" not in words[k].text and self.doc.text[words[k].end : words[k].end + 1] != "-" \
            and not _YEAR.fullmatch(words[k].text)

    def _another(self, first: int) -> str | None:
        """ANOTHER where an event noun at word `first` is one more of its kind: "another quake", "a separate
        attack"; its date and measures are its own, not the first one's. ("A second round of talks" is as
        often the story's own event, a round of a series.)"""
        texts = self.sentence.texts
        k = first - 1
        if k >= 0 and texts[k] in _ANOTHER:
            return ANOTHER
        # "A storm on May 5 this year grounded 11 flights", told after the text's "the storm": one more of its kind
        while k > 0 and k > first - 3 and classes(texts[k]) & ADJ and not classes(texts[k]) & NOUN:
            k -= 1
        if k >= 0 and texts[k] in ("a", "an") and re.search(rf"\b(?:the|this) {re.escape(texts[first])}\b",
                                                            self.doc.lower[: self.sentence.start]):
            return ANOTHER
        return None

    def _place_of_event(self, first: int, last: int) -> str | None:
        """A place written right after an event noun ("in", "near", "on", "at", "off", "across"), or as its
        possessive or modifier right before it."""
        words = self.words
        places = self.doc.places(self.sentence)
        j = last + 1
        if j < len(words) and words[j].text in _EVENT_PLACE_LINKS:
            j += 1
            while j < len(words) and words[j].text in DETERMINERS:
                j += 1
            for place in places:
                if place.first_word == j:
                    return place.value.name
        for place in places:
            if place.last_word in (first - 1, first - 2) and place.last_word < first:
                return place.value.name
        return None

    def _attached(self, found) -> bool:
        """Whether a date is the event's own: written "Friday's crash", or the time of the verb by which the
        event happens ("the quake struck at 11:11 p.m. Friday", "the accident took place on Friday, June 2",
        "reached a tentative agreement late Wednesday"), not of another verb ("the toll in the collision rose
        to 288 on Saturday", "the government on Sunday revised the toll")."""
        text, words = self.doc.text, self.words
        if text[self.m.end : self.m.end + 2] in ("'s", "’s") and 0 <= found.first_word - self.after <= 2:
            return True  # "Friday's crash", "Tuesday's missile barrage"
        if self.first and (words[self.first - 1].text == "by" or self.first > 1 and words[self.first - 1].text == "of"
                           and words[self.first - 2].text == "as"):
            return False  # "had burned 12,000 acres by Wednesday morning": the time of a count, not of the fire
        between = words[found.last_word + 1 : self.first] if found.last_word < self.first else None
        if between is not None and all(w.text in ("on", "late", "early", "last", "this", "next", "of") for w in between):
            return True  # "peace talks Wednesday", "a truce last week", "talks on Feb 5"
        if between and between[0].text in ("was", "is", "will") and all(w.text in _EVENT_IS_ON for w in between):
            return True  # "Census day was March 27, 2021", "the crash was on Friday", "the vote will be on May 3"
        if found.first_word >= self.after and found.first_word - self.after <= 1 and \
                text[self.m.end : words[found.first_word].start].strip(" -") in ("", "'s", "’s"):
            return True  # "the Feb 4 talks", "the June 2 crash"
        if self.m.precision == "year" and self.after < found.first_word <= self.after + 3 and all(
                self._capital(k) and self._adjacent(k, k + 1) for k in range(self.after, found.first_word)):
            return True  # "the 2018 Camp Fire", "the 2004 Indian Ocean tsunami": a named event's year
        verb = self._date_verb
        return verb is not None and verb in _HAPPENING

    @functools.cached_property
    def _date_verb(self) -> str | None:
        """The verb a date is the time of: the nearest before it in its clause, else the first after it. Read
        once per date: every event noun its sentence names is tested against it (`_attached`)."""
        words = self.words
        lo, hi = self.doc.strong_clause(self.sentence, self.m.start)
        first, last = self.sentence.word_index(lo), self.sentence.word_index(hi)
        for i in (*range(self.first - 1, first - 1, -1), *range(self.after, last)):
            text = words[i].text
            if i > 0 and (words[i - 1].text in _ARTICLES or words[i - 1].text.endswith(("'s", "’s"))):
                continue  # "during the strike": a noun, however verb-like
            verb = verb_lemma(text)
            kinds = classes(text)
            if i > 0 and kinds & NOUN and (words[i - 1].text[0].isdigit() or parse_number(words[i - 1].text)):
                continue  # "the average price was 272,700 pounds": what a number counts or measures, no verb
            if verb in _HAPPENING and not (text == verb and i > 0 and classes(words[i - 1].text) & NOUN
                                           and not classes(words[i - 1].text) & VERB):
                return self._verb_or_reach(verb, i)  # not "the plane crash": a noun after a noun is a compound
            if kinds & ADJ and i + 1 < len(words) and classes(words[i + 1].text) & NOUN:
                continue  # "its own deal", "a devastating quake": a modifier, not the verb
            # A verb form of its own ("rose", "reached") is a verb even where it could be a noun ("a rose").
            after_modal = i > 0 and words[i - 1].text in _BEFORE_BASE_VERB
            if verb and kinds & VERB and (not kinds & NOUN or text != verb or after_modal) \
                    and text not in AUXILIARIES and verb not in _LINKS:
                # "will return on Friday": a base form after a modal is a verb; "rain totals hit 50 mm on Monday"
                # reached a level and struck nothing
                return self._verb_or_reach(verb, i)
        return None

    def _verb_or_reach(self, verb: str, i: int) -> str:
        """A verb of an event, as "reach" where it reaches a level instead ("hit 50 mm"), with its particle where the
        two name an event ("tipped over": "tip over")."""
        if (verb,) in self.lex.event_verbs and self._reaches_level(i):
            return "reach"
        particle = self.words[i + 1].text if i + 1 < len(self.words) else ""
        if (verb, particle) not in self.lex.event_verbs:
            return verb
        return "reach" if self._reaches_level(i + 1) else f"{verb} {particle}"  # "prices tipped over $400,000"

    def _reaches_level(self, i: int) -> bool:
        """Whether the verb at word i reaches a level, a figure or a record right after it ("hit 50 mm", "hit a
        record 17,500", "struck a new high"), rather than striking something."""
        words = self.words
        k = i + 1
        while k < len(words) and k - i <= 3 and _level_lead(words[k].text):
            k += 1
        return k < len(words) and (words[k].text[0].isdigit() or words[k].text in _LEVELS) and (
            k == i + 1 or _level_lead(words[i + 1].text))

    def _event_scope_after(self, i: int) -> str | None:
        """Who an event is of, named right after it: "strike against Ford", "walkout at General Motors"."""
        words = self.words
        j = i
        while j < len(words) and j - i < 3 and words[j].text not in ("against", "at", "with", "by"):
            j += 1
        if j >= len(words) or words[j].text not in ("against", "at", "with", "by"):
            return None
        k = j + 1
        while k < len(words) and words[k].text in DETERMINERS:
            k += 1
        end = k
        while end < len(words) and self._capital(end) and (end == k or self._adjacent(end - 1, end)):
            end += 1
        if end > k and not self.doc.is_place_at(self.sentence, k) and not words[end - 1].text.endswith(("'s", "’s")):
            return self.doc.text[words[k].start : words[end - 1].end]
        return None

    def _event_scope_before(self, first: int) -> str | None:
        """Who an event is of, named as its modifier: "the General Motors strike"; a place there is where it
        happens (`_place_of_event`), a sentence's opening capital only a capital."""
        words = self.words
        k = first
        while k > 0 and self._capital(k - 1) and self._adjacent(k - 1, k) and not words[k - 1].text.endswith(("'s", "’s")):
            k -= 1
        if k == first:
            return None
        if self._capital(first):
            # A named event, its noun capitalised too: "last year's Dixon Fire", "the 2024 Dixon Fire", "the Chicago
            # Marathon" (a place in its name is part of the name)
            return self.doc.text[words[k].start : words[first].end]
        if self.doc.is_place_at(self.sentence, k):
            return None
        if k == 0 or words[k - 1].text not in DETERMINERS:
            return None
        return self.doc.text[words[k].start : words[first - 1].end]

    def _event_agent(self, first: int) -> str | None:
        """Who an event is of, named as the subject of the verb that has it as object: "Ford reached a tentative
        agreement Thursday", "Stellantis followed with its own deal on Saturday", "UAW leadership and General
        Motors reached a tentative agreement" (the last name before the verb)."""
        words = self.words
        j = first - 1
        while j >= 0 and first - j <= 4 and (words[j].text in DETERMINERS or words[j].text in _PREPOSITIONS_TO_OBJECT
                                            or words[j].text == "own"
                                            or classes(words[j].text) & ADJ and not classes(words[j].text) & VERB):
            j -= 1
        if j < 1 or first - j > 4 or not classes(words[j].text) & VERB or words[j].text in AUXILIARIES:
            return None
        end = j
        k = self._name_start(end - 1) if end > 0 and self._capital(end - 1) and self._adjacent(end - 1, end) else end
        if k == end or self.doc.is_place_at(self.sentence, k) or words[end - 1].text.endswith(("'s", "’s")) \
                or words[end - 1].text in DETERMINERS:
            return None  # "A dust storm hit": an article before a compound noun, no one's name
        if k == 0 and end == 1 and classes(words[0].text) and not self.doc.is_name(words[0].text):
            return None  # a sentence's capitalised first word that is a dictionary word ("Workers reached ...")
        return self.doc.text[words[k].start : words[end - 1].end]

    # -- shapes around the number --------------------------------------------------------------------

    def _opens_breakdown(self) -> bool:
        """Whether the number opens a breakdown: right after a colon or a dash."""
        a = self.first
        gap = self.doc.text[self.words[a - 1].end : self.m.start] if a >= 1 else ""
        return ":" in gap or " - " in gap or "\u2014" in gap

    def _listed_in(self, thing: str) -> Frame | None:
        """The count of the same things, earlier in the sentence, that a count is listed in: "the toll rose to
        at least 10, including four killed by tornadoes", "30 people were hurt, among them 12 children"."""
        listed = self._listing_cue()
        opened = not listed and self._opens_breakdown()
        if opened:
            listed = True  # "Nine people were killed - seven employees and three contractors": its breakdown
        elif not listed and self._one_places_share():
            # "the toll has risen to 12, eight in Mississippi and four in Alabama": the count before, place by place
            whole = next((f for f in reversed(self.earlier) if f.thing == thing and not f.part), None)
            places = self.doc.places(self.sentence)
            if whole is not None and not any(whole.end <= p.start < self.m.start for p in places):
                return whole  # not "Four died in Texas, two in Oklahoma": each place's own count
            return None
        elif not listed and self.earlier:
            # "... - seven employees and three contractors": the next part of a breakdown under way (", and 40
            # homes were destroyed" starts a clause of its own)
            last = self.earlier[-1]
            if last.part and last.of is not None and _NEXT_PART.fullmatch(self.doc.text, last.end, self.m.start):
                return next((f for f in reversed(self.earlier) if (f.start, f.end) == last.of), None)
        if not listed:
            return None
        # A dash or a colon opens the breakdown of the count its own clause ends on, not one a comma set apart
        # ("with 231 points, but a landslide in the televote - 281 points": no part of the 231), nor a smaller
        # count of where they went ("freed in two family groups: eight in the Glen Ardair pack and six ...")
        return next((f for f in reversed(self.earlier) if f.thing == thing and not f.part
                     and not (opened and "," in self.doc.text[f.end : self.m.start])
                     and not (self._fewer_than_this(f) and self._after_preposition(f))), None)

    def _listing_cue(self) -> bool:
        """Whether words right before the number list it in a count before: "including", "among them", "of whom"."""
        words, a = self.words, self.first
        return (a >= 1 and words[a - 1].text in LISTING) or (
            a >= 2 and words[a - 2].text in ("among", "of") and words[a - 1].text in ("them", "whom", "which"))

    def _listed_kind_in(self) -> Frame | None:
        """The count something happened to that a count of another kind of thing, listed in it and nothing said of
        it, is some of: "killed 40 people, including 12 children"."""
        if self._copula_breakdown():
            return self.earlier[-1]  # "The 125 victims were 93 men and 40 women": who they were, some of them each
        if not self._listing_cue():
            return None
        return next((f for f in reversed(self.earlier) if not f.part and f.role is not None and not f.measure), None)

    def _copula_breakdown(self) -> bool:
        """Whether a count follows "were" or "are" right after a count something happened to, its clause's subject:
        "The 125 victims were 93 men and 40 women"."""
        if not self.earlier:
            return False
        last = self.earlier[-1]
        return not last.part and last.role is not None and not last.measure and last.start > self.sentence.start \
            and self.doc.text[last.end : self.m.start].strip() in ("were", "are")

    def _label(self) -> tuple[int, int] | None:
        """The words of a line's label that a number right after its colon is the value of: "Deaths: 58",
        "- Case-fatality rate: 2.8%" (first and last word)."""
        words, a, text = self.words, self.first, self.doc.text
        if a < 1 or text[words[a - 1].end : self.m.start].strip() != ":":
            return None
        line = text.rfind("\n", 0, self.m.start) + 1
        k = a - 1
        while k > 0 and a - k < _LABEL_WORDS and words[k - 1].start >= line \
                and text[words[k - 1].end : words[k].start] in (" ", "-"):
            k -= 1
        if words[k].start < line or text[line : words[k].start].strip(_BULLETS) \
                or not words[k].text.replace("-", "").isalpha():
            return None
        return k, a - 1

    def label_name(self) -> str | None:
        """A measure's name from the label its line gives it ("Case-fatality rate: 2.8%": case_fatality_rate)."""
        label = self._label()
        if label is None:
            return None
        return slug(" ".join(lemma(w.text) for w in self.words[label[0] : label[1] + 1]))

    def _one_places_share(self) -> bool:
        """Whether the number, right after a comma and with no noun of its own, has a place of its own right after
        it: "12, eight in Mississippi", "in the storms, two in Marion County", "12, with eight in Mississippi"."""
        words, a, i = self.words, self.first, self.after
        opening = a - 1 if a >= 2 and words[a - 1].text == "with" else a  # the word that opens the part
        opens_at = words[opening].start if opening < a else self.m.start
        after_comma = opening >= 1 and self.doc.text[words[opening - 1].end : opens_at].strip() == ","
        return after_comma and i + 1 < len(words) and words[i].text == "in" and self._adjacent(i - 1, i) \
            and self.doc.is_place_at(self.sentence, i + 1)

    def _label_before(self) -> bool:
        """Whether one or two digits follow a noun of rank or place in a sequence, which they number: "phase 3",
        "type 2", "stage 4", "day 3 of the strike", "gate 12"; not "in the region 5 more died"."""
        text, m, k = self.doc.text, self.m, self.first - 1
        written = text[m.start : m.end]
        if k >= 0 and self.words[k].text in ("no", "nos") and text[self.words[k].start].isupper() \
                and text[self.words[k].end : m.start] == ". " and written.isdigit():
            return True  # "the world No. 2", "No. 10 Downing Street": a rank or an address
        words = self.words
        if k >= 2 and words[k].text in ("and", "to", "or") and words[k - 1].text.isdigit() \
                and len(words[k - 1].text) <= 2 and _labels(words[k - 2].text) and written.isdigit():
            return len(written) <= 2  # "between junctions 14 and 15": both number a junction
        if k < 0 or text[words[k].end : m.start] != " ":
            return False
        if not _labels(words[k].text):
            return written.isdigit() and len(written) <= 2 and self._names_one(k)
        if k >= 1 and words[k - 1].text in _TIME_DEIXIS and words[k].text in _TIME_NOUNS:
            return False  # "Last week 45 people died", "Each day 300 trains run": a time, no week number
        if written.isdigit():
            return len(written) <= 2
        if len(written) <= 3 and written[:-1].isdigit() and written[-1].isalpha():
            return True  # "Level 6B restrictions", "Gate 12C": a label's number and letter, no 6 billion
        # "day three of the cyberattack", "phase two.": a number in words, with no noun of its own after it
        after = text[m.end : m.end + 4]
        return written.isalpha() and (after.startswith(" of ") or after[:1] in ("", ",", ".", ";", ":", ")"))

    def _names_one(self, k: int) -> bool:
        """Whether the capitalised common noun at word k and the figure after it name one thing, counting
        nothing: "Reactor 2 produces 1.2 gigawatts", "Unit 4 tripped"; not "In Kherson 3 died" (a place) nor
        "Police 3, army 5" (a noun counted after)."""
        words, text, i = self.words, self.doc.text, self.after
        word = words[k].text
        if not text[words[k].start].isupper() or word in CALENDAR_WORDS or not is_word(word) \
                or not classes(word) & NOUN:
            return False
        if i < len(words) and self._adjacent(i - 1, i) and (classes(words[i].text) & (NOUN | ADJ)
                                                           or words[i].text[0].isdigit()):
            return False  # "Reactor 2 output", or a count of the noun after
        return not any(p.first_word <= k <= p.last_word for p in self.doc.places(self.sentence))

    def _describes(self, i: int) -> bool:
        """Whether word i, before a noun, says what its thing is or underwent: a participle or an adjective, not
        a noun used as a modifier ("rescue" in "rescue workers")."""
        text, kinds = self.words[i].text, classes(self.words[i].text)
        if text.endswith("ing"):
            return bool(kinds & ADJ)  # "missing miners"; "polling stations", "rescuing teams" name a kind
        return text != lemma(text) or bool(kinds & ADJ) or not kinds & NOUN

    def _whole_of_part(self) -> bool:
        """Whether the number is the whole of a part named before it: "19 of the 25 drones", "189 of 240", "14
        reactors back in operation out of 33"."""
        words, a = self.words, self.first
        if a >= 2 and words[a - 1].text == "of" and words[a - 2].text == "out" and self.earlier:
            return True
        k = a - 1
        while k >= 0 and (words[k].text in DETERMINERS or words[k].text.endswith(("'s", "’s"))):
            k -= 1  # "Twelve of the state's 35 districts"
        if k < 1 or words[k].text != "of":
            return False
        part = words[k - 1]
        return (part.text[0].isdigit() or part.text in _PART_PRONOUNS
                or any(f.start <= part.start < f.end for f in self.earlier))

    def _capacity(self) -> bool:
        """Whether a count or an extent is what something may hold: "licensed to carry 180 passengers", "built to
        hold 5,000", "can seat 300", "a capacity of 40,000", "room for 200", "can handle 95,000 barrels a day"."""
        if _CAPACITY_CUES.isdisjoint(self.sentence.forms):
            return False  # most sentences speak of no capacity
        words, a = self.words, self.first
        lo = max(0, a - 5)
        for k in range(a - 1, lo - 1, -1):
            text = words[k].text
            if text in ("capacity", "room") and k >= a - 3:
                return True
            if text in ("to", "for") and k > 0 and words[k - 1].text in _PERMITTING:
                return True
            if text in ("can", "could") and k + 1 < a and verb_lemma(words[k + 1].text) in _HOLDING:
                return True
        # "the 120 passengers it was licensed to carry": the count is the object a relative clause after it leaves out
        for k in range(self.after, min(len(words) - 1, self.after + _CAPACITY_REACH)):
            text = words[k].text
            if text[0].isdigit() or not _CLAUSE_MARKS.isdisjoint(self.doc.text[words[k - 1].end : words[k].start]):
                return False
            holding = k + 2 if text in _PERMITTING and words[k + 1].text == "to" else k + 1 if text in ("can", "could") \
                else None
            if holding is not None and holding < len(words) and verb_lemma(words[holding].text) in _HOLDING:
                rest = words[holding + 1 : holding + 2]
                return not rest or not (rest[0].text[0].isdigit() or classes(rest[0].text) & NOUN)
        return False

    def _difference(self) -> bool:
        """Whether a count is by how much one figure exceeds another: "212 passengers, 32 more than allowed",
        "40 fewer than last year". It counts no thing of its own."""
        words, i = self.words, self.after
        return i + 1 < len(words) and words[i].text in ("more", "fewer", "less") and words[i + 1].text == "than" \
            and self._adjacent(i - 1, i) and not (i + 2 < len(words) and words[i + 2].text[0].isdigit())

    def _increment(self) -> bool:
        """Whether a count is what was added to a figure: "two more bodies", "an additional 500 workers",
        "another 40 people"."""
        words, a, i = self.words, self.first, self.after
        if i + 1 < len(words) and words[i].text in _ADDED_AFTER and self._adjacent(i - 1, i) \
                and self._noun_phrase(i + 1) is not None:
            return True  # not "killed 17 civilians and wounded 75 more": those are others, not an addition
        if i + 1 < len(words) and words[i].text == "more" and self._adjacent(i - 1, i) \
                and (words[i + 1].text in AUXILIARIES or classes(words[i + 1].text) == VERB):
            return True  # "Two more were arrested", "three more died": the subject added to the count
        return a > 0 and words[a - 1].text in _ADDED_BEFORE

    def _cause_of_rise(self, frame: Frame) -> bool:
        """Whether a count after "after" tells why a running total its sentence gave before it rose: "the toll rose
        to 31 on Monday after two injured pilgrims died in hospital"."""
        a = self.first
        k = a - 1
        while k > 0 and self.words[k].text in DETERMINERS:
            k -= 1
        return k >= 0 and self.words[k].text == "after" and self.lex.running_role(frame.role) and any(
            f.metric == frame.metric and f.scope is None for f in self.earlier)

    def _age_of_someone(self) -> bool:
        """Whether a bare number says one person's age: after "is", "was" or "turned" whose subject is "he",
        "she" or a noun after "my", "his", "her", "your" ("My mom is 81"); or people's ages, after "they are"
        ending their sentence ("They are 14 and 16")."""
        words, a = self.words, self.first
        if a >= 4 and words[a - 1].text == "and" and parse_number(words[a - 2].text) is not None:
            a -= 2  # "They are 14 and 16": the second age of a pair
        if a < 2 or words[a - 1].text not in ("is", "was", "turned", "are", "were") or (
                self.after < len(words) and self._adjacent(self.after - 1, self.after)
                and classes(words[self.after].text) & NOUN and words[self.after].text not in FUNCTION_WORDS):
            return False
        if words[a - 1].text in ("are", "were"):
            # "Two daughters were taken. They are 14 and 16": their ages, the sentence saying nothing more
            rest = self.doc.text[self.m.end : self.sentence.end]
            return words[a - 2].text == "they" and re.fullmatch(r"(?: and \d{1,2})?\s*\.?\s*", rest) is not None
        return words[a - 2].text in ("he", "she") or (a >= 3 and words[a - 3].text in _PERSONAL_POSSESSIVES)

    def _past_verb_role(self, j: int) -> tuple[str, int] | None:
        """A verb's past participle at word j, with its particle, as a role's name and its end ("handed over")."""
        words = self.words
        verb = verb_lemma(words[j].text)
        if not verb or verb in REPORTING_VERBS or not words[j].text.endswith(("ed", "en", "wn")):
            return None
        last = j + 1 if j + 1 < len(words) and words[j + 1].text in _PARTICLES and self._adjacent(j, j + 1) else j
        return participle(verb) + (f" {words[last].text}" if last > j else ""), words[last].end

    def _own_verb(self) -> bool:
        """Whether a verb of its own, no auxiliary, follows the number right after it ("two remain ..."), or a
        denied one ("four did not take part"), or an -ing verb in a clause opened by "with" ("voted for the cut,
        with two preferring to hold rates")."""
        i, words = self._past_more(), self.words
        if i >= len(words) or not self._adjacent(i - 1, i):
            return False
        if words[i].text in AUXILIARIES:
            # "four did not take part": a verb of its own, denied
            return i + 1 < len(words) and words[i + 1].text in ("not", "n't", "never")
        absolute = self.first > 0 and words[self.first - 1].text == "with" and words[i].text.endswith("ing") \
            and bool(classes(words[i].text) & VERB)
        return absolute or self._finite(i)

    def _past_more(self) -> int:
        """The index of the word after the number, past a "more" right after it: "three more remain in critical
        condition" has a verb of its own."""
        i = self.after
        return i + 1 if i < len(self.words) and self.words[i].text == "more" and self._adjacent(i - 1, i) else i

    def _in_relative_clause(self) -> bool:
        """Whether the number stands in a relative clause set off by a comma before it: ", which is home to some
        13,000 refugees,"."""
        words, a = self.words, self.first
        for k in range(a - 1, max(-1, a - 8), -1):
            if words[k].text in ("which", "who", "whose") and k and self._comma_before(k):
                return True
            if k and self._comma_before(k):
                return False
        return False

    def _superseded_level(self) -> bool:
        """Whether a level is told in the past perfect by the text itself, no one's words: "The toll had stood at
        three on Sunday evening" was the level before the one now told ("Officials said the toll had risen to 17"
        tells their words, in the tense of telling)."""
        words, a = self.words, self.first
        if a < 3 or words[a - 1].text not in ("at", "to") or words[a - 3].text != "had":
            return False
        verb = verb_lemma(words[a - 2].text)
        if verb not in _LEVEL_OR_REACHING and verb not in self.lex.changes:
            return False
        return REPORTING_VERBS.isdisjoint(verb_lemma(t) or t for t in self.sentence.texts)

    def _total_passed(self) -> bool:
        """Whether a count with a noun of its own is what a total passed: "the tally had passed 100 suspected
        cases", "the number of cases has topped 500" (where "the ship passed 3 islands" passed no total)."""
        words, a = self.words, self.first
        if a < 2 or words[a - 1].text not in _PASSING_WORDS or not self._adjacent(a - 1, a):
            return False
        return any(self._phrase_at(k, self.lex.totals) for k in range(max(0, a - 6), a - 1))

    def _changed_from_to(self, end: int) -> bool:
        """Whether a count is the "from" of a change whose "to" follows its noun: "will drop from 28 sailings a
        week to 21", "cut from 12 trains an hour to eight" (a plain range, "from 28 to 31", is one mention)."""
        words, a = self.words, self.first
        if a < 2 or words[a - 1].text != "from" or not changed_from(self.doc, self.sentence, words[a - 1].start):
            return False
        k = self.sentence.word_index(end)
        return any(words[j].text == "to" and (words[j + 1].text[0].isdigit() or words[j + 1].text in _SMALL_CARDINALS)
                   for j in range(k, min(k + _CHANGE_TO_REACH, len(words) - 1)))

    def _aside_end(self, i: int) -> int | None:
        """The word after an aside set off by dashes that opens at word i ("Three people — two engineers and a
        driver — are held"), None when no dash opens there or none closes it within a few words."""
        words, text = self.words, self.doc.text
        if not i or text[words[i - 1].end : words[i].start].strip() not in _DASHES:
            return None
        for k in range(i + 1, min(len(words), i + 12)):
            if text[words[k - 1].end : words[k].start].strip() in _DASHES:
                return k
        return None

    def _comma_before(self, k: int) -> bool:
        """Whether a comma and a space stand right before word k (not the comma inside "2,874")."""
        gap = self.doc.text[self.words[k - 1].end : self.words[k].start]
        return gap.startswith(",") and gap[1:2].isspace()

    def _coordinated_role(self) -> str | None:
        """The role of the count this one is coordinated with, right before "and": "the ship carries 2,874
        passengers and 1,150 crew", "killing 12 soldiers and 3 civilians"."""
        words, a = self.words, self.first
        if a < 2 or words[a - 1].text != "and" or not self.earlier:
            return None
        before = self.earlier[-1]
        if before.end != words[a - 2].end or before.scope is not None or self._verb_after(self.after):
            return None  # "killed two people, and about 1,000 residents ... were forced to flee": a clause of its own
        return before.role

    def _verb_after(self, k: int) -> bool:
        """Whether a finite verb follows word k in its clause: "19 of the 25 people injured were children" (the
        whole's own "injured", then the part's verb)."""
        hi = min(self.sentence.word_index(self.doc.strong_clause(self.sentence, self.m.start)[1]), len(self.words))
        for j in range(k, hi):
            if self.words[j].text in SUBORDINATORS:
                return False  # "79 of the 112 crew drowned when the ship sank": the verb of another clause
            if self._finite(j):
                return True
        return False

    def _change_told(self) -> bool:
        """Whether a count is told as a change by "up" or "down" before it, opening its phrase: ", up seven since
        Tuesday", "the toll is down 3"; not a verb's particle ("picked up 5 survivors")."""
        words, a = self.words, self.first
        if a < 1 or words[a - 1].text not in ("up", "down") or not self._adjacent(a - 1, a):
            return False
        return a == 1 or words[a - 2].text in _COPULAS or self.doc.text[words[a - 2].end : words[a - 1].start].strip() in (
            ",", "-", "–", "—", "(")

    def _in_tally(self) -> bool:
        """A side of a tally or a score: "voted 9 to 2", "the vote was 9-2", "won 3 to 1". Its numbers count
        different sides (for and against), never one figure told two ways."""
        words, text = self.words, self.doc.text
        a, i = self.first, self.after
        if self._score_in_noun(a, i):
            return True
        if _TALLY_CUES.isdisjoint(self.sentence.forms):
            return False  # no vote, score or tally in the sentence
        if i + 1 < len(words) and words[i].text == "to" and words[i + 1].text[0].isdigit() and \
                (a == 0 or words[a - 1].text != "from"):
            return self._tally_cue()
        if a >= 2 and words[a - 1].text == "to" and words[a - 2].text[0].isdigit() and \
                (a < 3 or words[a - 3].text != "from"):
            return self._tally_cue()
        # "voting 6-3", "a 7-2 split": two sides joined by a dash
        if _TALLY_DASH.match(text, self.m.end) or _TALLY_DASH_BEFORE.search(text, max(0, self.m.start - 6), self.m.start):
            return self._tally_cue()
        # "by 117 votes to 106": a side named by its noun, then the other; unless a candidate's name follows the
        # other ("91,240 votes to 84,615 for Marcus Ortega": each candidate's votes)
        if i + 2 < len(words) and words[i + 1].text == "to" and words[i + 2].text[0].isdigit() \
                and words[i].text in _TALLY_CUES:
            return not self._for_a_name(i + 2)
        if a >= 3 and words[a - 1].text == "to" and words[a - 2].text in _TALLY_CUES and words[a - 3].text[0].isdigit():
            return not self._for_a_name(i)
        return False

    def _score_in_noun(self, a: int, i: int) -> bool:
        """Whether the number is a side of "N things to M", the other side told bare: "led the series three games
        to one", "won by two sets to love" (not "from 3 games to 5", nor "moved 20 patients to 3 hospitals")."""
        words = self.words
        # Not units of time: "has grown by 3.5 million in 10 years to 59,597,300" is a span and a level
        if i + 2 < len(words) and words[i + 1].text == "to" and (a == 0 or words[a - 1].text != "from") \
                and _plural(words[i].text) and words[i].text not in _TIME_NOUNS and self._bare_number(i + 2) \
                and not self._for_a_name(i + 2):
            return True  # (not "91,240 votes to 84,615 for Marcus Ortega": each candidate's votes)
        return a >= 3 and words[a - 1].text == "to" and _plural(words[a - 2].text) \
            and words[a - 2].text not in _TIME_NOUNS and parse_number(words[a - 3].text) is not None \
            and (a < 4 or words[a - 4].text != "from") and self._bare_number(a) and not self._for_a_name(a)

    def _bare_number(self, k: int) -> bool:
        """Whether word k is a number with no noun of its own after it."""
        words = self.words
        if parse_number(words[k].text) is None:
            return False
        nxt = words[k + 1].text if k + 1 < len(words) and self._adjacent(k, k + 1) else ""
        return not nxt or nxt in FUNCTION_WORDS or not classes(nxt) & NOUN

    def _for_a_name(self, k: int) -> bool:
        """Whether words k and on, past the digits of a number, say "for" and a capitalised name: "for Marcus
        Ortega"."""
        words = self.words
        while k < len(words) and words[k].text.isdigit():
            k += 1
        return k + 1 < len(words) and words[k].text == "for" and self._capital(k + 1)

    def _tally_cue(self) -> bool:
        forms = self.sentence.forms
        return not _TALLY_CUES.isdisjoint(forms)

    def _is_identifier(self) -> bool:
        """A number that names rather than counts: a clock time ("11:11 p.m."), part of a name ("the Big
        Three"), a year or number before a proper name ("the 1999 Gaisal collision", "the 12841 Coromandel
        Express"), or a fraction that is no share ("the fourth quarter")."""
        text, m = self.doc.text, self.m
        if _CLOCK.match(text, m.end) or _CLOCK_BEFORE.search(text, max(0, m.start - 3), m.start):
            return True
        if (m.start == 0 or text[m.start - 1] == "\n") and _ENTRY_TIME.match(text, m.start):
            return True  # "14.10 NATS says ...": a live blog entry's time
        if any(c.start() <= m.start and m.end <= c.end() and _no_range(c)
               for c in _CLOCK_IN_WORDS.finditer(self.doc.lower, max(0, m.start - 16), m.end + 16)):
            return True  # "just before twenty to six", "at half past seven": a time of day
        if _ADDRESS_BLOCK.match(text, m.end):
            return True  # "the 900 block of Hamilton Street": an address
        if _DIALLED.search(text, max(0, m.start - 12), m.start) and not self._noun_phrase(self.after):
            return True  # "a resident called 911 to report cracks": a number to call
        written = text[m.start : m.end]
        if written[:1].isupper() and self.first > 0 and not written[:1].isdigit() and self._capital(self.first - 1) \
                and self._adjacent(self.first - 1, self.first):
            return True
        words, i = self.words, self.after
        if written[:1].isupper() and self.first > 0 and not written[:1].isdigit() and i < len(words) \
                and self._capital(i) and self._adjacent(i - 1, i) and not self._capital(self.first - 1) \
                and self._adjacent(self.first - 1, self.first):
            return True  # "nurses at Three Rivers hospitals": a name's first word, in a sentence not in title case
        if self._after_name_without_noun() or self._age_after_name():
            return True
        if written.lower() in _FRACTIONS and (i >= len(words) or words[i].text != "of"):
            return True
        if written.lower() in ("one", "1") and i < len(words) and words[i].text == "of":
            return True  # "one of the sources": an individual, not a count
        if _MULTIPLE_AFTER.match(self.doc.lower, m.end):
            return True  # "carried two or three times that number", "three times its capacity": a multiple, no count
        if written.lower() == "one" and self._named_after(i):
            return True  # "One survivor, 47-year-old Wang Jun, told state TV": someone, named, not a count
        before = words[self.first - 1].text if self.first > 0 else None
        if written.lower() == "one" and before == "of" and i < len(words) and not _plural(words[i].text):
            return True  # "the sister of one survivor": someone picked out, not a count
        if written.lower() == "single" and (before not in ("a", "one") or i < len(words) and words[i].text in _TIME_NOUNS):
            return True  # "every single vote", "single-family homes", "in a single day": emphasis or a kind, not one thing
        if text[max(0, m.start - 1) : m.start] == "-" and text[max(0, m.start - 2) : m.start - 1].isalpha():
            return True  # "sub-zero", "post-2022"
        if self._label_before() and not self._gapped_clause():
            return True  # "a phase 3 trial", "type 2 diabetes", "day 3 of the strike": a rank's number
        if _YEAR.fullmatch(written) and i < len(words) and self.lex.events.get((lemma(words[i].text),)):
            return True  # "the 2022 invasion": a year
        years = _YEAR.fullmatch(written) or self.m.value is None and _YEAR_RANGE.search(written)
        if years and (i >= len(words) or not self._adjacent(i - 1, i) or not (
                _plural(words[i].text) or noun_lemma(words[i].text) not in (None, words[i].text)
                or words[i].text == "people") or self.first > 0 and words[self.first - 1].text in _YEAR_LEADS):
            # "over a 2018 breach", "revenue for 2025", "the 2019 floods", "the 1991-2020 average", "between 1960
            # and 1990": years; "2025 passengers", "between 1500 and 2000 people" count
            return True
        if i >= len(words) or not self._adjacent(i - 1, i) or not self.m.kind == "number":
            return False
        if _YEAR.fullmatch(written) and self._capital(i):
            return True
        j = i
        while j < len(words) and self._capital(j) and not self._acronym_plural(j) \
                and not (_plural(words[j].text) and self.doc.side(words[j])) and (j == i or self._adjacent(j - 1, j)) \
                and self.doc.match_at(self.sentence, j, self.voc.counts) is None:
            j += 1  # a name's words, not a people's ("Three Britons were among the dead") nor a thing's ("78,000 TEU")
        k = j  # "412,000 Aster EX electric SUVs": a name's modifiers, then the noun counted
        while k < len(words) and self._adjacent(k - 1, k) and classes(words[k].text) & ADJ \
                and not classes(words[k].text) & NOUN:
            k += 1
        noun = k < len(words) and (classes(words[k].text) & NOUN or self._acronym_plural(k)
                                   or words[k].text == "ones" and self.doc.side(words[k - 1]) is not None)
        if j == i + 1 and (k == j or not noun) and _plural(words[i].text.lower()) and self.m.value != 1:
            return False  # "killed 16 Sherpas", "three Democrats voted": a people or a group, counted
        return j > i and (not noun or not self._adjacent(k - 1, k))

    def _named_after(self, i: int) -> bool:
        """Whether the noun phrase starting at word i is followed by a name or an age set off by a comma: "survivor,
        47-year-old Wang Jun,", "injured passenger, Ana Silva,"."""
        words, text = self.words, self.doc.text
        j = i
        while j < len(words) and j - i < 3 and classes(words[j].text) & (NOUN | ADJ) \
                and words[j].text not in FUNCTION_WORDS and self._adjacent(j - 1, j):
            j += 1
        if j == i or j >= len(words) or text[words[j - 1].end : words[j].start] != ", ":
            return False
        return self._capital(j) and words[j].text not in FUNCTION_WORDS or _AGED_WORD.match(words[j].text) is not None

    def _acronym_plural(self, i: int) -> bool:
        """A plural of capitals: "SUVs", "MPs", "NGOs", a common noun like any other."""
        return _ACRONYM_PLURAL.fullmatch(self.doc.text, self.words[i].start, self.words[i].end) is not None

    def _age_after_name(self) -> bool:
        """A person's age set off after their name: "Dennis Okafor, 54, of Oak Run", "Harold and June Pruitt, 81
        and 78;", "Travis Lund, 33, who was found"; not "In Kyiv, 20 died" nor "On Tuesday, 20 people"."""
        text, m, words = self.doc.text, self.m, self.words
        after = text[m.end : m.end + 6]
        if not (after[:1] in (",", ";", ")") or after.startswith(" and ") and after[5:6].isdigit()):
            return False
        written = text[m.start : m.end]
        if not written.isdigit() or not 0 < int(written) < 120:
            return False
        k = self.first - 1
        if k >= 1 and words[k].text == "and" and words[k - 1].text[0].isdigit():
            k -= 1  # "81 and 78": the second age of a pair
            while k >= 0 and words[k].text[0].isdigit():
                k -= 1
        if k < 0 or text[words[k].end : words[k + 1].start if k + 1 < len(words) else m.start].strip() not in (",", "") \
                or not self._capital(k) or _is_calendar(words[k].text) or self.doc.in_place_name(self.sentence, k):
            return False
        return k > 0 or not is_word(words[k].text)

    def _after_name_without_noun(self) -> bool:
        """Digits written right after a name, with no noun after them to count: part of the name ("the S&P 500
        dropped 0.9%", "Boeing 737", "Apollo 11"), unless the name is a day, a month or a place ("on Tuesday 20
        died", "in Kyiv 20 were hurt"), or owns them ("Hale's 102,300")."""
        text, m, words, k = self.doc.text, self.m, self.words, self.first - 1
        if k < 0 or not text[m.start : m.start + 1].isdigit() or text[words[k].end : m.start] != " ":
            return False
        if _GROUPED_DIGITS.fullmatch(text, m.start, m.end) or self._gapped_clause():
            # "Baker 166,600": a name's own number is never written in thousands; "Labour won 412 seats and the
            # Conservatives 121": a clause that leaves out the verb of the figure before it
            return False
        if not self._proper(k) or words[k].text in FUNCTION_WORDS or words[k].text.endswith(("'s", "’s")) \
                or _is_calendar(words[k].text) \
                or self.doc.in_place_name(self.sentence, k) and not is_word(words[k].text):
            return False  # "Hale's 102,300" are Hale's; "in Kyiv 20 were hurt", but "near Mile 8" is a label
        i = self.after
        if _LABEL_DIGITS.fullmatch(text, m.start, m.end):
            return True  # "the Line 12 metro", "Boeing 737 jets", "near Mile 8": a name's number, whatever follows
        return i >= len(words) or not self._adjacent(i - 1, i) or not classes(words[i].text) & NOUN or (
            words[i].text in ("last", "next", "this") or _is_calendar(words[i].text))  # "on Interstate 44 last spring"

    def _parenthetical(self) -> Frame | None:
        """A number in brackets after what it counts: "the number of deaths (1,293)", "Taroudant (452)"."""
        text, m = self.doc.text, self.m
        if not (text[max(0, m.start - 1) : m.start] == "(" and text[m.end : m.end + 1] == ")"):
            return None
        i = self.first - 1
        if i < 0:
            return None
        if self._capital(i):
            j = i
            while j > 0 and self._capital(j - 1) and self._adjacent(j - 1, j):
                j -= 1
            name = text[self.words[j].start : self.words[i].end]
            source = self.earlier[-1] if self.earlier else None
            thing, role = (source.thing, source.role) if source else (self._antecedent_thing(), None)
            if thing is None:
                return None
            if role is None and thing == "people":
                role = self._sentence_role()
            return self._frame(thing, role, m.end + 1, place=name, side=source.side if source else None)
        phrase = self._phrase_ending_at(i)
        if phrase is None:
            return None
        frame = self._counted(phrase)
        return None if frame is None else Frame(frame.metric, m.start, m.end + 1, frame.thing, frame.role,
                                                frame.side, frame.scope)

    def _included_part(self) -> Frame | None:
        """A bare count placed by "in", in a sentence that says the figure before it includes it: "1.08 million
        patients were on waiting lists in the region. That includes 512,000 in Greater Manchester, 348,000 in Cheshire
        and Merseyside and 291,000 in Lancashire": each place's part of the patients."""
        words, i = self.words, self.after
        texts = self.sentence.texts
        if i >= len(words) or words[i].text != "in" or len(texts) < 3 or texts[0] not in _INCLUDING_SUBJECTS \
                or verb_lemma(texts[1]) not in _INCLUDING_VERBS:
            return None
        place = self._name_at(i + 1)
        if place is None:
            return None
        if self.sentence.word_index(self.m.start) == 2:
            source = self.doc.last_frame_before(self.sentence)
        else:  # "..., 348,000 in Cheshire and Merseyside": the next part of the same whole
            before = self.earlier[-1] if self.earlier else None
            if before is None or not before.part:
                return None
            source = next((f for f in self.doc.frames if (f.start, f.end) == before.of), None)
        if source is None:
            return None
        return replace(self._frame(source.thing, source.role, place[1], place=place[0], scope=PART, part=True),
                       of=(source.start, source.end))

    def _name_at(self, k: int) -> tuple[str, int] | None:
        """The place named from word k on, and where its name ends: the capitalised words there, past "the", joined
        by "and" within one name ("Greater Manchester", "the North West", "Cheshire and Merseyside")."""
        words = self.words
        if k < len(words) and words[k].text == "the":
            k += 1
        end = self._name_end_at(k)
        if end is None:
            return None
        while end + 2 < len(words) and words[end + 1].text == "and" and self._adjacent(end, end + 1) \
                and self._adjacent(end + 1, end + 2) and self._capital(end + 2):
            end = self._name_end_at(end + 2)
        return self.doc.text[words[k].start : words[end].end], words[end].end

    def _past_plural_possessive(self, j: int) -> int:
        """The word after a capitalised name starting at word j that ends in a plural's possessive mark ("Three
        Rivers' hospitals"), else j."""
        words, end = self.words, self._name_end_at(j)
        if end is not None and end + 1 < len(words) and self.doc.text[words[end].end : words[end].end + 1] in ("'", "’"):
            return end + 1
        return j

    def _partitive(self) -> Frame | None:
        """A part of a whole named after "of": "19 of the drones were shot down", "1,400 of them"."""
        words, i = self.words, self.after
        if i >= len(words) or words[i].text != "of" or not self._adjacent(i - 1, i):
            return None
        j = i + 1
        if j < len(words) and words[j].text in _ANAPHORS:
            # "carrying 15 people when it fell 2,350 metres. Fourteen of those aboard": the count before, no measure
            # "73 people sick in 14 states, 29 of them hospitalized": the people, not the places they are in
            # "... administered across 11 countries. Congo has given about 620,000 of them": the doses, not the
            # countries they went to
            counts = [f for f in reversed(self.earlier) if not f.measure]
            # "The injured were taken to seven hospitals, and 41 of them were in critical condition": no part of 7
            # things a preposition names as where they went, and them no figure the sentence counts ("All 21 crew,
            # 23 of them Indian nationals" is a part too big for its whole, which FC105 tells)
            source = next((f for f in counts if not (self._fewer_than_this(f) and self._after_preposition(f))), None)
            if source is None and counts:
                self.unread = True
                return None
            source = source or self.doc.last_frame_before(self.sentence, skip=lambda f: _counts_where(self.doc, f))
            if source is not None and source.part and source.of is not None:
                # "31 people have tested positive, and two of them have died. Thirty-four of them ...": the whole
                # the part before was of, as the part was
                source = next((f for f in (*self.earlier, *self.doc.frames) if (f.start, f.end) == source.of), source)
            role, end = self._role_after(j + 1, True)
            scope = self._scope_after(j + 1, any_words=True)
            named = self._noun_before_comma()
            if named is not None and (source is None or named != source.thing
                                      and source.end < words[self.first - 1].start):
                # "killed five ski tourers, ... on avalanche blasting towers, 14 of which are installed": some of the
                # towers named right before, no part of the tourers
                return self._frame(named, role, end or words[j].end, scope=scope or PART, part=True)
            if source is None or _ONE.match(self.doc.text, source.start):
                return None  # "one bottle of water between three of them": a plural's part, not one thing's
            return replace(self._frame(source.thing, role or source.role, end or words[j].end, side=source.side,
                                       scope=scope or PART, part=True), of=(source.start, source.end))
        owner, owner_place, counted_whole, some_of_role = None, None, False, False
        while j < len(words) and (words[j].text in DETERMINERS or words[j].text.endswith(("'s", "’s"))
                                  or words[j].text in ("own",) or self._whole_number(j)):
            if words[j].text in ("its", "their") :
                owner = self._subject_name()
                if owner is not None and self._is_place_name(owner):
                    # "Pakistan says 17 of its pilgrims died": Pakistan's dead, a place's count
                    owner_place, owner = owner, None
            counted_whole = counted_whole or self._whole_number(j)
            j += 1
        name_end = self._past_plural_possessive(j)  # "eight of Three Rivers' hospitals": the hospitals
        phrase = self._noun_phrase(name_end, detached=name_end > j)
        j = name_end
        if self.m.qualifier == "vague" and j == i + 1:
            # "tens of thousands of pilgrims", "dozens of homes": the count of the noun itself, no part of it
            return self._counted(phrase) if phrase is not None else None
        if phrase is None:
            return self._part_of_role(j, j + 1, words[j].end if j < len(words) else self.m.end)
        frame = self._counted(phrase)
        if frame is None:
            return None
        if counted_whole:
            # "189 of the 240 people aboard had been rescued": the whole's role is its own ("aboard"); the part's
            # is what the clause goes on to say of it, or the verb before it ("identified 112 of the 171 killed")
            after = self.sentence.word_index(frame.end)
            person = self._thing(*phrase)[1]
            role, end = self._role_after(after, person, frame.thing)
            if role is None and any(self._role_at(k, k + 1) for k in range(phrase[0], phrase[1])):
                # "5.3 million of the 7.84 million registered voters casting ballots": the whole is named by its
                # modifier, so what follows its noun is the part's
                role, end = self._role_after(phrase[1] + 1, person, frame.thing)
            verb = next((k for k in range(after, min(after + 5, len(words))) if words[k].text in AUXILIARIES), None)
            if role is None and verb is not None and self.doc.text[frame.end : words[verb].start].count(",") == 0:
                # "20 of the 29 miners trapped on Tuesday have now been rescued": the part's verb, past what
                # the whole's phrase says of the whole
                role, end = self._role_after(verb, person, frame.thing)
            before = self._role_before(person, frame.thing) if role is None else None
            if before is not None:
                role, end = before, None
            if role is not None and end is not None and after < len(words) and after + 1 < self.sentence.word_index(
                    end - 1) and (words[after].text in ("the", "a", "an") or self._capital(after)):
                # "Eleven of the 27 tornadoes the National Weather Service has confirmed touched down in Alabama":
                # the whole's role, told by a clause of its own subject; the part is some of them
                return self._frame(frame.thing, role, end, side=frame.side, scope=owner or PART, part=True,
                                   place=owner_place)
            if role is not None:
                return self._frame(frame.thing, role, end, side=frame.side, scope=owner,
                                       part=owner is None and owner_place is None, place=owner_place)
        elif frame.role is not None and frame.end > words[phrase[1]].end:
            # "96,300 of the SUVs being recalled were sold in the United States": the role is the whole's, said
            # by its participle; the part's is what the finite verb after it says
            after = self.sentence.word_index(frame.end)
            verb = next((k for k in range(after, min(after + 5, len(words))) if words[k].text in AUXILIARIES), None)
            if verb is not None and "," not in self.doc.text[frame.end : words[verb].start]:
                role, end = self._role_after(verb, self._thing(*phrase)[1], frame.thing)
                if role is not None:
                    return self._frame(frame.thing, role, end, side=frame.side, scope=owner,
                                       part=owner is None and owner_place is None, place=owner_place)
                # "1,300 of the jobs being eliminated are in the United States": some of the jobs cut, the
                # verb after them saying where they are
                some_of_role = True
        scope = owner or frame.scope or (PART if some_of_role else None)
        if scope is None and frame.end <= words[phrase[1]].end:
            scope = PART  # "7,900 of the evacuees were staying in shelters": some of them, not their count
        elif scope is None and frame.role is not None and any(
                self._role_at(k, k + 1) == frame.role for k in range(phrase[0], phrase[1] + 1)):
            # "Three of the victims were found on the ninth floor", "Nine of the infected patients are being treated
            # in intensive care": the whole's role, some of them
            scope = PART
        elif scope is None and counted_whole and frame.role and self._whole_role_at(phrase[1] + 1, frame.role):
            # "two of the three people who died were drivers", "named two of the three people killed": the role is
            # the counted whole's, said of it by a participle or a relative clause; the part is some of them
            scope = PART
        return Frame(frame.metric, frame.start, frame.end, frame.thing, frame.role, frame.side,
                     scope, owner_place or frame.place, part=owner is None and owner_place is None,
                     earlier=frame.earlier)

    def _after_preposition(self, frame: Frame) -> bool:
        """Whether an earlier figure of the sentence is the object of a preposition, where things went or are or what
        they were for ("taken to seven hospitals", "sold for the eight dates"), not what a group is of ("a crew of
        21")."""
        k = self.sentence.word_index(frame.start)
        while k > 0 and self.words[k - 1].text in ("the", "its", "their", "these", "those"):
            k -= 1
        return k > 0 and self.words[k - 1].text in _OBJECT_PREPOSITIONS

    def _fewer_than_this(self, frame: Frame) -> bool:
        """Whether an earlier figure of the sentence counts fewer than this one, as its plain number says (a whole
        no part of it can exceed)."""
        k = self.sentence.word_index(frame.start)
        words = self.words
        if k >= len(words) or words[k].start != frame.start or self.m.value is None:
            return False
        if k + 1 < len(words) and words[k + 1].text in _SCALE_WORDS:
            return False  # "1.2 million": its first word is no count
        value = parse_number(words[k].text)
        return value is not None and value < self.m.value

    def _reason_after(self, i: int) -> bool:
        """Whether word i opens the reason people were counted for: "for eye damage", "for minor falls"."""
        words = self.words
        return i + 1 < len(words) and words[i].text == "for" and not self._capital(i + 1) \
            and not _is_calendar(words[i + 1].text) and words[i + 1].text not in DETERMINERS | {"a", "an"} \
            and parse_number(words[i + 1].text) is None

    def _another_thing(self, reach: int = _ANOTHER_REACH) -> bool:
        """Whether the figure is said of one more thing of a kind, a few words before it: "a second boat carrying
        47 people", "another lorry with 12 on board"; not "another 20 people" (more of them) nor "the second day"."""
        if _ANOTHER_CUES.isdisjoint(self.sentence.forms):
            return False  # most sentences name no other thing
        words = self.words
        lo = self.sentence.word_index(self.sentence.clause_of(self.m.start)[0])
        for k in range(self.first - 2, max(lo, self.first - reach) - 1, -1):
            text = words[k].text
            ordinal = text in _ANOTHER_ORDINALS and k > 0 and words[k - 1].text in ("a", "an")
            if text in _ANOTHER or ordinal:
                noun = words[k + 1].text.removesuffix("'s").removesuffix("’s")  # "a rival house's sale"
                return bool(classes(noun) & NOUN) and noun not in _TIME_NOUNS and noun not in FUNCTION_WORDS
        return False

    def _whole_number(self, j: int) -> bool:
        """Whether word j of a partitive's whole is its number: "of the 240 people", "of the three people"."""
        text = self.words[j].text
        return text[0].isdigit() or text in _SMALL_CARDINALS and not self._capital(j)  # "of Three Rivers' hospitals"

    def _whole_role_at(self, k: int, role: str) -> bool:
        """Whether a role is said at word k, right after a counted whole, by a participle or a relative clause
        ("the three people killed", "the three people who died"), not by a verb of the part's own."""
        words = self.words
        if k < len(words) and words[k].text in _RELATIVES:
            k += 1
            while k + 1 < len(words) and words[k].text in AUXILIARIES:
                k += 1  # "the six people who have fallen ill"
            return self._role_at(k, k + 1) == role
        # A bare participle is the whole's when the partitive is a verb's object ("police named two of the three
        # people killed"); after a subject it is the part's own verb ("38 of the train's 141 cars derailed")
        return k < len(words) and words[k].text not in AUXILIARIES and self._role_at(k, k + 1) == role \
            and self._object_of_verb()

    def _object_of_verb(self) -> bool:
        """Whether a verb other than one of saying stands before the figure in its clause ("police named two")."""
        words = self.words
        lo = self.sentence.word_index(self.doc.strong_clause(self.sentence, self.m.start)[0])
        for k in range(self.first - 1, lo - 1, -1):
            text = words[k].text
            if verb_lemma(text) in REPORTING_VERBS or text in ("that", ","):
                return False
            if classes(text) & VERB and text not in AUXILIARIES and not classes(text) & NOUN:
                return True
        return False

    def _an_average(self) -> bool:
        """Whether the figure is the average it is set beside: "the EU average of 44", "the national mean of 12";
        not its own ("An average of 40 people died")."""
        words, a = self.words, self.first
        return a >= 3 and words[a - 1].text == "of" and words[a - 2].text in ("average", "mean", "median") \
            and words[a - 3].text not in ("a", "an")

    def _after_fronted_of(self) -> bool:
        """Whether the figure opens the clause after a fronted "of" phrase: "Of the overall fine, £2.1 million"."""
        words, a = self.words, self.first
        return a >= 2 and words[0].text == "of" and self.doc.text[words[a - 1].end : self.m.start].strip() == ","

    def _fronted_partitive(self) -> Frame | None:
        """A part of a whole named before it, opening the sentence: "Of the injured, 20 were in serious
        condition", "Of those, 20 were children"."""
        words, a = self.words, self.first
        if not self._after_fronted_of():
            return None
        j = 1
        while j < a - 1 and words[j].text in DETERMINERS:
            j += 1
        if j == a - 1 and words[j].text in _ANAPHORS | {"those", "these"}:
            source = self.doc.last_frame_before(self.sentence)
            if source is None:
                return None
            _, end = self._role_after(self.after, True)
            return replace(self._frame(source.thing, source.role, end, side=source.side,
                                       scope=self._scope_after(self.after, any_words=True) or PART, part=True),
                           of=(source.start, source.end))
        whole = next((f for f in self.earlier if f.start <= words[j].start < f.end), None) if j < a - 1 else None
        if whole is not None and parse_number(words[j].text) is not None:
            # "Of the 92 survivors, 41 are from Bangladesh": a part of the figure named first
            _, end = self._role_after(self.after, True)
            return replace(self._frame(whole.thing, whole.role, end, side=whole.side,
                                       scope=self._scope_after(self.after, any_words=True) or PART, part=True),
                           of=(whole.start, whole.end))
        return self._part_of_role(j, a, self.m.end, state_from=self.after)

    def _part_of_role(self, j: int, limit: int, end: int, state_from: int | None = None) -> Frame | None:
        """The people a role word at word j names as a whole ("of the injured", "of the dead"), this figure a part
        of them, with the state that makes it a part ("in serious condition") from word `state_from` on (or
        after the role word)."""
        role = self._role_at(j, limit)
        info = self.lex.role(role)
        if role is None or info is None or not info.person:
            return None
        # The whole is a total, not an addition to one, an earlier value nor a part ("two more people died. Nine
        # of the dead were women": nine of all the dead; "21 were injured, eight of them seriously. Fourteen of the
        # injured ...": fourteen of the 21)
        whole = next((f for f in reversed(self.doc.frames) if f.role == role and f.start < self.m.start
                      and f.scope not in (ADDED, EARLIER_VALUE) and not f.part), None)
        scope = self._scope_after(j + 1 if state_from is None else state_from, any_words=True)
        own, own_end = self._role_after(limit, True) if state_from is None else (None, None)
        if own is not None and own != role and self._lexicon_role(own) and self.lex.role(own).person:
            role, end, scope = own, own_end, None  # "two of the injured died overnight": they died, of the injured
        frame = self._frame("people", role, end, scope=scope or PART, part=True)
        return replace(frame, of=(whole.start, whole.end)) if whole is not None else frame

    def _total(self) -> Frame | None:
        """The value of a total named before it: "the death toll rose to 288", "put the number of injured at 1,175"."""
        words, a = self.words, self.first
        if not a or words[a - 1].text not in _TOTAL_LINKS and not (classes(words[a - 1].text) & VERB):
            return None
        if words[a - 1].text not in _TOTAL_LINKS and self._role_at(a - 1, a):
            return None  # "a jet crashed into a crowd, killing three": what its own verb did to them, no crowd's size
        if words[a - 1].text not in _TOTAL_LINKS and verb_lemma(words[a - 1].text) in REPORTING_VERBS:
            return None  # "the toll rose to 5, and police said 8 were missing": what is said is a clause of its own
        lo = max(0, a - _MAX_TOTAL_DISTANCE)
        for k in range(a - 1, lo - 1, -1):
            hit = self._phrase_at(k, self.lex.totals)
            if hit is None or hit[0] and hit[1] + 1 < a and self._plain_noun(hit[1] + 1) \
                    and verb_lemma(words[hit[1] + 1].text) in (None, words[hit[1] + 1].text) \
                    and self._adjacent(hit[1], hit[1] + 1):
                continue  # "the death toll from a crowd crush": a total's word that modifies another noun
            (own_role, last) = hit
            role = own_role or None
            thing = "people" if role else None
            for i in range(max(0, k - 2), k):  # "injury toll", "death toll"
                found = self._role_at(i, i + 1)
                if found:
                    role, thing = found, "people"
            if last + 1 < len(words) and words[last + 1].text == "of" and last + 2 < a:
                j = last + 2
                while j < a and words[j].text in DETERMINERS:
                    j += 1
                named = self._role_at(j, j + 1)
                phrase = self._noun_phrase(j)
                if named and (phrase is None or phrase[1] == j):
                    role, thing = named, "people"
                elif phrase is not None:
                    thing, person = self._thing(*phrase)
                    after, _ = self._role_after(phrase[1] + 1, person, thing)
                    noun_role = self._role_at(phrase[1], phrase[1] + 1)
                    # "its count of affected members": what the modifier says happened to them
                    modifier = next((r for r in (self._role_at(i, i + 1) for i in range(phrase[0], phrase[1])) if r),
                                    None)
                    role = after or noun_role or modifier or role
                    if noun_role and self.lex.role(noun_role) and self.lex.role(noun_role).person:
                        thing = "people"
            if thing is None and last + 1 < a and words[last + 1].text != "of":
                named = self._role_at(last + 1, last + 2)
                info = self.lex.role(named)
                if info is not None and info.person:
                    role, thing = named, "people"  # "bringing the number rescued to 40", "the total killed"
            if thing is None:
                return None
            # "rose to 131 from 125", "has risen from 125": the value it changed from
            earlier = words[a - 1].text == "from" and (any(w.text == "to" for w in words[last:a - 1]) or a >= 2 and (
                verb_lemma(words[a - 2].text) or words[a - 2].text) in self.lex.changes)
            # "the number of arrivals stood at 782,000": nothing said to have happened to them, their number
            frame = self._frame(thing, role, None, earlier=earlier)
            aged = _AGE_GROUP.match(self.doc.lower, words[last].end + 1, self.m.start) if last + 1 < a else None
            if aged is None and last + 1 < a and words[last + 1].text == "of":
                aged = next(_AGE_GROUP.finditer(self.doc.lower, words[last + 1].end, self.m.start), None)
            if aged is not None:
                # "The number of people aged 90 or above has reached 527,900": that age group's, no population
                frame = replace(frame, scope=" ".join(aged.group().split()), part=True)
            if not earlier and self._revision(k):
                frame = replace(frame, revised=True)
            link = verb_lemma(words[a - 1].text) or words[a - 1].text
            if link in _PASSING:
                frame = replace(frame, bound="more_than")
            return frame
        return None

    def _revision(self, total: int) -> bool:
        """Whether a total's value is a revision: a revising verb before it ("revised the death toll to 275"),
        or an earlier value after it ("to 275 from 288")."""
        words = self.words
        if any(verb_lemma(w.text) in _REVISING for w in words[max(0, total - 4) : self.first]):
            return True
        i = self.after
        return i + 1 < len(words) and words[i].text == "from" and words[i + 1].text[0].isdigit()

    # -- pieces --------------------------------------------------------------------------------------

    def _noun_phrase(self, i: int, detached: bool = False) -> tuple[int, int] | None:
        """(first, head) of the noun phrase starting at word i, its head the last noun before a stop; `detached`
        when a mark stands before it ("Three Rivers' hospitals")."""
        words = self.words
        head, j = None, i
        while j < len(words) and j - i < 5:
            if j > i and not self._adjacent(j - 1, j) or (j == i and not detached and not self._adjacent(j - 1, j)):
                break
            text = words[j].text
            if text == "ones" and j > i:
                head = j  # "80,000 Canadian ones": the things named before (_thing)
                break
            if self._adverb_of_modifier(j):
                j += 2  # "three critically injured passengers", "two heavily armed men": the modifier and how it holds
                continue
            if _SIZE_MODIFIER.match(text) and words[j].start >= self.m.end and j + 1 < len(words) \
                    and classes(words[j + 1].text) & NOUN:
                j += 1  # "55.7 million 60-kg bags": the size of each, a modifier of the noun counted
                continue
            if text in ("and", "or") and j > i and head in (None, j - 1) and j + 2 < len(words) \
                    and self._modifier(j - 1) and parse_number(words[j + 1].text) is None \
                    and self._modifier(j + 1) and classes(words[j + 2].text) & NOUN \
                    and self._adjacent(j, j + 1) and self._adjacent(j + 1, j + 2):
                j += 1  # "6.9 million current and former customers", "719 sudden and unexpected deaths", "300 full-time
                # and part-time jobs": two modifiers of one noun
                continue
            if text in FUNCTION_WORDS and not self._initials(j) or text[0].isdigit() or text in _ADVERBS \
                    or text == "worth" or (
                    head is not None and text in _DAY_NAMES) or self._time_at(j):
                break  # "arrested 20 people yesterday", "housed 340 people Tuesday night": a time, no noun of theirs
            kinds = classes(text)
            if head is not None and kinds & VERB and j + 1 < len(words) and words[j + 1].text in _PARTICIPLE_LINKS \
                    and verb_lemma(text) not in (None, text) and not _plural(text):
                break  # "140,000 tonnes of crude oil bound for Rotterdam": a participle's phrase after the noun
            if text in _MODIFIERS:
                pass  # "8 more injured": a modifier, never the thing counted
            elif kinds & NOUN or self._capital(j) or j == i and self._verb_form_as_noun(j):
                head = j
                if _plural(text) and j + 1 < len(words) and not _plural(words[j + 1].text):
                    break  # "drones hit targets": a plural noun ends its phrase
            elif not (kinds & ADJ or text in _MODIFIERS or self._participle_before_noun(j) or self._gerund_before_noun(j)):
                break
            j += 1
        return None if head is None else (i, head)

    def _modifier(self, k: int) -> bool:
        """Whether word k may modify a noun after it: an adjective or a hyphenated word ("full-time")."""
        text = self.words[k].text
        return bool(classes(text) & ADJ) or "-" in text.strip("-")

    def _adverb_of_modifier(self, j: int) -> bool:
        """Whether word j is an adverb in -ly bound to the adjective or participle right after it, before a noun:
        "critically injured passengers", "newly built homes"."""
        words = self.words
        if not words[j].text.endswith("ly") or classes(words[j].text) != ADV or j + 2 >= len(words) \
                or not self._adjacent(j, j + 1):
            return False
        return bool(classes(words[j + 1].text) & (ADJ | VERB)) and bool(classes(words[j + 2].text) & NOUN) \
            and words[j + 2].text not in FUNCTION_WORDS

    def _time_at(self, j: int) -> bool:
        """Whether words j and j + 1 tell a time: "rose to six last night", "48 this morning"."""
        words = self.words
        return words[j].text in ("last", "this", "next", "early", "late") and j + 1 < len(words) \
            and (words[j + 1].text in _TIME_UNITS or words[j + 1].text in _DAY_PARTS)

    def _verb_form_as_noun(self, j: int) -> bool:
        """A word in -s right after a number above one, which no verb agrees with: a plural noun the word list
        knows only as a verb ("31 aces", "12 lobs")."""
        text = self.words[j].text
        return self.m.value is not None and self.m.value > 1 and text.endswith("s") and not text.endswith("ss") \
            and text not in _ADVERBS and bool(classes(text) & VERB)

    def _gerund_before_noun(self, j: int) -> bool:
        """An -ing word naming the kind of the plural noun right after it: "63 polling stations", "parking spaces"."""
        words = self.words
        return (words[j].text.endswith("ing") and j + 1 < len(words) and self._adjacent(j, j + 1)
                and _plural(words[j + 1].text) and bool(classes(words[j + 1].text) & NOUN))

    def _counts_people(self, thing: str) -> bool:
        people = self.voc.__dict__.get("_people_things")
        if people is None:
            people = self.voc.__dict__["_people_things"] = frozenset(map(str, self.voc.people.values())) | {"people"}
        return thing in people

    def _participle_before_noun(self, j: int) -> bool:
        """A past participle used as an adjective: "one aggregated outlet", "two parked cars", "393,000 sponsored
        study visas"; the noun agrees with the number ("49 trapped underground" were trapped, underground)."""
        words = self.words
        if not (words[j].text.endswith("ed") and j + 1 < len(words) and self._adjacent(j, j + 1)):
            return False
        noun = words[j + 1].text
        # "393,000 sponsored study visas": the plural may come one noun later
        compound = j + 2 < len(words) and self._adjacent(j + 1, j + 2) and _plural(words[j + 2].text) \
            and bool(classes(words[j + 2].text) & NOUN)
        agrees = self.m.value in (None, 1) or _plural(noun) or noun in _PLURAL_FORMS or compound
        return agrees and bool(classes(noun) & NOUN) and noun not in FUNCTION_WORDS

    def _phrase_ending_at(self, i: int) -> tuple[int, int] | None:
        """The noun phrase whose head is word i, back to its first modifier."""
        words = self.words
        if i < 0 or not classes(words[i].text) & NOUN or words[i].text in FUNCTION_WORDS:
            return None
        first = i
        while first > 0 and self._adjacent(first - 1, first) and words[first - 1].text not in FUNCTION_WORDS \
                and classes(words[first - 1].text) & (ADJ | NOUN) and i - first < 3:
            first -= 1
        return first, i

    def _thing(self, first: int, head: int) -> tuple[str, bool]:
        """The counted thing's name and whether it is people: the vocabulary's name for the phrase's longest
        known ending ("new cruise missiles" -> missiles.cruise), else the head noun's plural."""
        voc, sentence = self.voc, self.sentence
        if first == head and self.words[head].text == "others" or self.words[head].text == "ones":
            # "killing 18 people and wounding 13 others": others of what the figure before counted, people when
            # it counted people of any kind ("killed 5 soldiers and injured 12 others" need not be soldiers); "ones"
            # are the things before ("612,000 U.S. vehicles and 80,000 Canadian ones")
            before = self.earlier[-1] if self.earlier else self.doc.last_frame_before(sentence)
            if before is not None:
                person = before.thing == "people" or before.thing in voc.people.values()
                return ("people" if person else before.thing), person
        for start in range(first, head + 1):
            for table, person in ((voc.counts, False), (voc.people, True)):
                match = self.doc.match_at(sentence, start, table)
                if match is not None and match.last_word == head:
                    return str(match.value), person

        if self._acronym_plural(head):
            return self.words[head].text, False  # "MPs": no English word to take the lemma of
        return plural(lemma(self.words[head].text)), False

    def _whose(self, first: int, head: int) -> str | None:
        """The people a noun of what befell people belongs to, named before it or after "among" ("pedestrian
        deaths", "child casualties", "deaths among motorcyclists"), or None."""
        voc, sentence, words = self.voc, self.sentence, self.words
        for k in range(first, head):
            match = self.doc.match_at(sentence, k, voc.people)
            if match is not None and match.last_word < head:
                return str(match.value)
        k = head + 1
        if k + 1 < len(words) and words[k].text == "among" and self._adjacent(head, k):
            k += 1 + (words[k + 1].text == "the")
            match = self.doc.match_at(sentence, k, voc.people) if k < len(words) else None
            if match is not None:
                return str(match.value)
        return None

    def _modifiers_start(self, head: int) -> int:
        """The first of the words written right before a noun that describe it ("motorcyclist" in "motorcyclist
        deaths")."""
        words, k = self.words, head
        while k > 0 and self._adjacent(k - 1, k) and words[k - 1].text not in FUNCTION_WORDS \
                and classes(words[k - 1].text) & (ADJ | NOUN) and parse_number(words[k - 1].text) is None:
            k -= 1
        return k

    def _role_at(self, i: int, limit: int) -> str | None:
        """The role a lexicon phrase starting at word i names, if it starts before `limit`."""
        if i >= limit:
            return None
        hit = self._phrase_at(i, self.lex.roles)
        return hit[0] if hit else None

    def _role_after(self, i: int, person: bool, thing: str | None = None) -> tuple[str | None, int | None]:
        """A role said after the counted words ("were killed", "have been discharged", "walked out",
        "were cancelled, diverted or short-terminated"): (role, end offset)."""
        words = self.words
        passive = False
        shared = False  # the role is said after another count too, or past an aside: the quote keeps to its words
        own_end = words[i - 1].end if i else 0
        j = i
        if i + 1 < len(words) and words[i].text in _COUNT_ASIDE_OPENERS and self._comma_before(i):
            # "241 passengers, or 12% of the 2,874 on board, had fallen ill": past a restatement between commas;
            # "Twelve people, including three children, were killed": past the parts named between them
            close = next((k for k in range(i + 1, min(len(words), i + 12)) if self._comma_before(k)), None)
            if close is not None:
                i = j = close
                shared = True
        aside = self._aside_end(i) if i < len(words) else None
        if aside is not None:
            # "Three people — two Chinese engineers and a driver — are still being held": past the aside
            i = j = aside
            shared = True
        while j < len(words) and j - i < (9 if shared else 6):
            text = words[j].text
            if j and self._comma_before(j) and self._in_relative_clause():
                break  # "Camp 9, which is home to some 13,000 refugees, was badly hit": the camp's verb
            if text == "who" and (j == i or shared) and self._adjacent(j - 1, j):
                j += 1  # "187 passengers and 24 crew members who have reported symptoms": what they did
                continue
            if j == i and self._counts_places(j):
                i = j = j + 3  # "73 people in 14 states have now been sickened": past where they are
                shared = True
                continue
            if j == i and text == "and" and j + 2 < len(words) and parse_number(words[j + 1].text) is not None \
                    and not (self.first and classes(words[self.first - 1].text) & VERB
                             and words[self.first - 1].text not in _BE
                             and verb_lemma(words[self.first - 1].text) not in REPORTING_VERBS):
                other = self._noun_phrase(j + 2)
                if other is not None:
                    # "12 soldiers and 3 civilians were killed", "263 passengers and 35 crew members fell ill": the
                    # verb after both counts is the role of each
                    j, shared = other[1] + 1, True
                    continue
            if j == i and text in ("and", "or") and j + 1 < len(words) and parse_number(words[j + 1].text) is None \
                    and classes(words[j + 1].text) & NOUN and words[j + 1].text not in FUNCTION_WORDS \
                    and not (self.first and classes(words[self.first - 1].text) & VERB
                             and verb_lemma(words[self.first - 1].text) not in REPORTING_VERBS):
                # "homes and businesses were without power": the role of both, unless a verb before the
                # number governs it ("fired 40 drones and missiles were intercepted")
                j += 2
                continue
            if text in _STATUS and j + 1 < len(words) and self._phrase_at(j + 1, self.lex.roles) is not None:
                # "have been reported injured", "were confirmed dead", "remained without power": a state of theirs
                j += 1
                passive = True
                continue
            if text in ("up", "down") and j + 1 < len(words) and words[j + 1].text in ("from", "to", "by", "on"):
                break  # "187 votes, down from a lead of 212": a change, never a role
            hit = self._phrase_at(j, self.lex.roles) if not self._near(j) else None
            # "were evacuating residents" is what they did; "were still missing" is what they are
            progressive = text.endswith("ing") and hit is not None and hit[1] == j and passive and not classes(text) & ADJ
            # "the two hostages still in captivity": a state said right after them, past "still"
            still = j > i and all(w.text in _STILL_WORDS for w in words[i:j])
            if hit is not None and not progressive and (j == i or passive or still or classes(text) & VERB):
                if not passive and self._has_object(hit[1] + 1) and not self._agentive(hit[0]):
                    return None, None  # "two glide bombs damaged four buildings": the bombs did it
                roles, last = [self._sense(hit[0], j, person, thing)], hit[1]
                last = self._more_roles(last, roles, person)
                return "/".join(sorted(set(roles))), own_end if shared else words[last].end
            if j == i and hit is None and classes(text) == ADJ and self._adjacent(j - 1, j) \
                    and (verb := self._verb_before()) is not None and verb not in REPORTING_VERBS:
                # "ruled 38,412 ballots informal", "declared 40 votes invalid": the verb and its complement
                return f"{participle(verb)} {text}", own_end if shared else words[j].end
            if text in _BEFORE_ROLE or (classes(text) == 8 and j - i < 2):
                passive = passive or text in _BE
                j += 1
                continue
            if verb_lemma(text) in _LIGHT_VERBS:
                said = self._role_in_object(j + 1, person, thing)
                if said is not None:
                    return said[0], own_end if shared else said[1]
            break
        if j < len(words) and passive:
            verb = verb_lemma(words[j].text)
            participle_form = words[j].text.endswith(("ed", "en", "wn", "t")) or (
                words[j].text != verb and not words[j].text.endswith(("ing", "s")))  # "sold", "held", "paid"
            if words[j].text == verb and j + 1 < len(words) and words[j + 1].text == "of":
                participle_form = False  # "are part of the recall": a noun, no participle
            named = self._role_of_noun_after(j + 1, person) if verb in _CONTAINING and participle_form else None
            if named is not None:
                # "460,000 vehicles are included in the recall": they are recalled
                return named[0], own_end if shared else named[1]
            if verb and verb not in REPORTING_VERBS and verb != "age" and participle_form:
                # "were aged over 65" says how old, nothing that happened to them
                last = j
                if j + 1 < len(words) and self._adjacent(j, j + 1) and (
                        words[j + 1].text in _PARTICLES
                        or classes(words[j + 1].text) == ADJ and not words[j + 1].text.endswith("wide")):
                    last = j + 1  # "were taken over", "had been ruled informal"; "recorded nationwide" is where
                name = participle(verb) + (f" {words[last].text}" if last > j else "")
                roles = [name]
                last = self._more_roles(last, roles, person)
                return "/".join(sorted(set(roles))), own_end if shared else words[last].end
        if j < len(words) and passive and words[j].text.endswith("ing") and words[j - 1].text in _BE \
                and (verb := verb_lemma(words[j].text)) and verb not in REPORTING_VERBS \
                and not classes(words[j].text) & ADJ and not self._has_object(j + 1):
            # "38 container ships were waiting at anchor": what they were doing, with no object, a role of its own
            # ("were evacuating residents" is what they did to others)
            return participle(verb), own_end if shared else words[j].end
        if j == i < len(words) and not passive and (self._did_alone(j) if person else self._thing_did_alone(j)):
            # "52,230 patients waited more than 12 hours", "5,000 people gathered", "78 schools closed on Monday":
            # what they did, a role of its own
            return participle(verb_lemma(words[j].text)), own_end if shared else words[j].end
        return None, None

    def _did_alone(self, j: int) -> bool:
        """Whether word j is a verb in the past that its subject did alone, with no object and no verb after it
        ("waited more than 12 hours", "gathered in the square"; not "built the bridge", "tried to flee")."""
        words = self.words
        text = words[j].text
        verb = verb_lemma(text)
        if not verb or verb in REPORTING_VERBS or verb in _BEING_VERBS or not text.endswith("ed") \
                or not classes(text) & VERB or classes(text) & ADJ or not self._adjacent(j - 1, j):
            return False
        following = words[j + 1].text if j + 1 < len(words) else ""
        then = words[j + 2].text if j + 2 < len(words) else ""
        if following in _AMOUNT_LEADS and (following not in _PARTICLES or then[:1].isdigit() or then in ("a", "an")):
            return True  # "waited more than 12 hours", "waited over 12 hours": how long ("handed over" takes an object)
        return following not in ("to", "by", "that") and following not in _PARTICLES and not self._has_object(j + 1)

    def _near(self, j: int) -> bool:
        """Whether word j says near, not shut: "were close to the fire line"."""
        words = self.words
        return words[j].text == "close" and j + 1 < len(words) and words[j + 1].text == "to"

    def _thing_did_alone(self, j: int) -> bool:
        """Whether word j, right after counted things, is a verb in the past they did alone, its clause ending or
        going on to when or where: "78 schools closed on Monday", "12 flights departed." (not "40 homes needed
        repairs": an object; not "6 planes parked at the gate were": no clause of its own)."""
        words = self.words
        text = words[j].text
        verb = verb_lemma(text)
        if not verb or verb in REPORTING_VERBS or verb in _BEING_VERBS or not text.endswith("ed") \
                or not classes(text) & VERB or not self._adjacent(j - 1, j) or verb in _FIGURE_VERBS:
            return False
        if j + 1 >= len(words) or not self._adjacent(j, j + 1):
            return True  # "78 schools closed." or "78 schools closed, and": the clause ends with it
        following = words[j + 1].text
        return following in _WHEN_OR_WHERE_AFTER or following in _CALENDAR

    def _role_in_object(self, k: int, person: bool, thing: str | None) -> tuple[str, int] | None:
        """The role a light verb's object names ("suffered minor injuries", "sustained serious burns"): (role,
        end offset)."""
        words = self.words
        for j in range(k, min(len(words), k + 3)):
            hit = self._phrase_at(j, self.lex.roles)
            if hit is not None:
                return self._sense(hit[0], j, person, thing), words[hit[1]].end
            if words[j].text not in ("a", "an") and not classes(words[j].text) & (ADJ | ADV):
                return None
        return None

    def _has_object(self, i: int) -> bool:
        """Whether an active verb ending before word i takes an object: a determiner, number or noun follows."""
        words = self.words
        if i >= len(words) or not self._adjacent(i - 1, i):
            return False
        text = words[i].text
        if classes(text) & VERB and not text.endswith("s") and verb_lemma(text) not in (None, text):
            return False  # "the number of homes destroyed rose to 1,300": a verb in the past, no object
        return text in DETERMINERS or text[0].isdigit() or bool(classes(text) & NOUN) and text not in FUNCTION_WORDS

    def _agentive(self, role: str) -> bool:
        info = self.lex.role(role)
        return bool(info and info.agent)

    def _lexicon_role(self, role: str) -> bool:
        return all(part in self.lex.role_info for part in role.split("/"))

    def _past_scope(self, i: int) -> int | None:
        """The word after a scope phrase ("of the Shalimar-Chennai Coromandel Express", "from across the UK"),
        where a role may follow."""
        words = self.words
        if i >= len(words) or words[i].text not in ("of", "at", "on", "in", "from", "aboard", "across"):
            return None
        j = i + 1 + (words[i].text == "from" and i + 1 < len(words) and words[i + 1].text == "across")
        while j < len(words) and (words[j].text in DETERMINERS or words[j].text.endswith(("'s", "’s"))):
            j += 1
        k = j
        while k < len(words) and k - j < 6 and (self._capital(k) or classes(words[k].text) & NOUN) \
                and words[k].text not in FUNCTION_WORDS and self._adjacent(k - 1, k):
            k += 1
        return k if k > j else None

    def _more_roles(self, last: int, roles: list[str], person: bool) -> int:
        """Roles joined to the first by commas, "and" or "or" ("cancelled, diverted or short-terminated")."""
        words = self.words
        j = last + 1
        while j + 1 < len(words) and words[j].text in ("and", "or") or (
                j < len(words) and self.doc.text[words[j - 1].end : words[j].start].strip() == ","):
            k = j + 1 if words[j].text in ("and", "or") else j
            if k >= len(words):
                break
            hit = self._phrase_at(k, self.lex.roles)
            if hit is not None and self._has_object(hit[1] + 1):
                break  # "26 crew aboard, struck the bulk carrier", "missing and spilling fuel oil": a verb of its own
            if hit is not None:
                roles.append(self._sense(hit[0], k, person))
                last, j = hit[1], hit[1] + 1
                continue
            verb = verb_lemma(words[k].text)
            if verb and words[k].text.endswith(("ed", "en")) and verb not in REPORTING_VERBS:
                roles.append(participle(verb))
                last, j = k, k + 1
                continue
            break
        return last

    def _before_qualifiers(self) -> int:
        """The index of the word before the figure, past the words that qualify it ("reached an estimated 21 km"):
        -1 at the sentence's start."""
        words, i = self.words, self.first - 1
        while i >= 0 and words[i].text in _BEFORE_NUMBER:
            i -= 1
        return i

    def _toll_before(self) -> str | None:
        """The role of a total that the figure is given as, with its noun ("put the final toll at 227 people", "a
        death toll of 31 people"): the total's role (killed), told of the people the noun counts."""
        words, i = self.words, self.first - 1
        while i >= 0 and words[i].text in _BEFORE_NUMBER and words[i].text != "of":
            i -= 1  # "put the toll at an estimated 227", "a toll of some 31": past the figure's qualifiers
        if i < 1 or words[i].text not in ("at", "of"):
            return None
        for n in (2, 1):
            if i - n >= 0:
                role = self.lex.totals.get(tuple(lemma(w.text) for w in words[i - n : i]))
                if role:
                    return role
        return None

    def _verb_before(self) -> str | None:
        """The lemma of the verb right before the figure, its qualifiers passed over ("reached about 21 km")."""
        words, i = self.words, self._before_qualifiers()
        return verb_lemma(words[i].text) if i >= 0 and classes(words[i].text) & VERB else None

    def _role_before(self, person: bool, thing: str | None = None) -> str | None:
        """A verb that governs the number ("killing 7", "derailed 21 coaches", "laying off 68 workers")."""
        words = self.words
        i = self._before_qualifiers()
        if i < 0 or not _CLAUSE_OR_BRACKET_MARKS.isdisjoint(self.doc.text[words[i].end : self.m.start]):
            return None  # "On day 3 of the strike, 40 schools closed": no verb of the number's
        # "laying off 68 workers", "searching for three people": a verb's particle or preposition, as the lexicon
        # has the phrase
        particle = words[i].text in _PARTICLES_OR_FOR and i >= 1 and classes(words[i - 1].text) & VERB
        if not particle and not classes(words[i].text) & VERB:
            return None
        if self.m.kind == "number" and verb_lemma(words[i].text) in _CONTAINING:
            named = self._role_of_noun_before(i)
            info = self.lex.role(named) if named is not None else None
            if info is not None and info.person == person:
                # "the recall covers 640,000 vehicles": they are recalled; "the layoffs affect 2,300 workers": they
                # are laid off (not "the strike affected 300 flights": a strike is people's)
                return named
        # Only the lexicon's verbs: "the barrage included 31 missiles" says nothing happened to them.
        for start in range(max(0, i - 2), i + 1):
            hit = self._phrase_at(start, self.lex.roles)
            if hit is not None and hit[1] == i:  # "laying off 68 workers": the phrase ends at its particle
                if start == i and verb_lemma(words[i].text) == "hit" and self._level_reached(i - 1):
                    return None  # "peak demand hit 41,300 megawatts": a level reached, nothing damaged
                return self._sense(hit[0], start, person, thing)
        verb = verb_lemma(words[i].text)
        if person and verb in _PARTICIPATION:
            return self._event_role_before(i)
        if person and verb in _DIRECTING:
            return self._role_ordered(thing)
        return None

    def _role_of_noun_before(self, verb: int) -> str | None:
        """The role a noun of happening names as the subject right before a verb of containing ("the recall covers",
        "the strike involves", "the layoffs affect"): what happened to what the verb's object counts."""
        words = self.words
        k = verb - 1
        while k >= 0 and words[k].text in AUXILIARIES:
            k -= 1
        if k > 0 and words[k].text in ("which", "that"):
            k -= 1  # "the worldwide recall, which covers roughly 1.4 million vehicles"
        elif k < 0 or not self._adjacent(k, k + 1):
            return None
        if k < 0 or not classes(words[k].text) & NOUN:
            return None
        for start in range(max(0, k - 1), k + 1):
            hit = self._phrase_at(start, self.lex.roles)
            if hit is not None and hit[1] == k:
                return hit[0]
        return None

    def _role_of_noun_after(self, k: int, person: bool) -> tuple[str, int] | None:
        """The role a noun of happening names after "in" or "by" at word k ("included in the recall", "affected by
        the strike"), where it happens to things of the counted kind: (role, its end offset)."""
        words = self.words
        if k >= len(words) or words[k].text not in ("in", "by"):
            return None
        k += 1
        while k < len(words) and (words[k].text in DETERMINERS or words[k].text.endswith(("'s", "’s"))):
            k += 1
        for start in (k, k + 1):  # "the recall", "the Canadian recall"
            hit = self._phrase_at(start, self.lex.roles) if start < len(words) else None
            info = self.lex.role(hit[0]) if hit is not None else None
            if info is not None and info.person == person and classes(words[hit[1]].text) & NOUN:
                return hit[0], words[hit[1]].end
        return None

    def _noun_before_comma(self) -> str | None:
        """The plural noun a comma right before the number follows ("blasting towers, 14 of which"), as its thing's
        name; None when no such noun stands there."""
        words, a = self.words, self.first
        if a < 1 or self.doc.text[words[a - 1].end : self.m.start].strip() != ",":
            return None
        text = words[a - 1].text
        if not _plural(text) or not classes(text) & NOUN or self._capital(a - 1) or text in _TIME_NOUNS \
                or text in _PLACE_KINDS \
                or a > 1 and parse_number(words[a - 2].text) is not None:
            return None  # "over three years, about 900 of them": a figure's unit, no things of their own
        return self._thing(a - 1, a - 1)[0]

    def _done_to(self, phrase: tuple[int, int] | None) -> str | None:
        """What a verb the lexicon does not list did to the things its object counts, right before them:
        "refloated 95 whales", "will create 1,900 jobs", "inspected 1,200 containers", "converted five" (of
        the chances before); not a verb that only has, totals, shows or changes a figure ("included 31
        missiles", "recorded 24", "reached 1,000"), nor a noun ("a team of 18 divers")."""
        words = self.words
        i = self.first - 1
        while i >= 0 and words[i].text in _BEFORE_NUMBER and words[i].text != "of":
            i -= 1
        text = words[i].text if i >= 0 else ""
        if i < 0 or not self._adjacent(i, i + 1) or not classes(text) & VERB \
                or classes(text) & ADJ and not text.endswith(("ed", "ing")):
            return None  # "the latest 40 cases"; "grounded 40 planes", "demanding a 15% rise": a verb's forms
        if i > 0 and (words[i - 1].text in DETERMINERS or words[i - 1].text.endswith(("'s", "’s"))):
            return None  # "a team of 18", "the group's 40": a noun
        verb = verb_lemma(text)
        if text != verb and text.endswith("s") and not text.endswith("ss"):
            return None  # "the port handles 1.1 million containers a year": what it does as a rule, no event
        if text == verb and i > 0 and (words[i - 1].text == "and" or self.doc.text[words[i - 1].end : words[i].start]
                                        .startswith(",")) and phrase is None:
            return None  # "added 44,000 jobs, retail 34,000 and government 32,000": a gapped clause's subject
        if verb in _NET_CHANGES and phrase is not None and not (
                phrase[1] + 1 < len(words) and words[phrase[1] + 1].text in AUXILIARIES):
            # "employers added 143,000 jobs", "the party gained 12 seats"; not "he added 40 people were hurt"
            return participle(verb)
        if not verb or verb in REPORTING_VERBS or verb in _BEING_VERBS or verb in _BE or verb in _FIGURE_VERBS \
                or verb in _WINNING or verb in _HAVING or verb in _PARTICIPATION or verb in _DIRECTING \
                or verb in self.lex.changes or self.lex.money.get((verb,)) is not None:
            return None
        if self._whole_of_part() or phrase is not None and phrase[1] + 1 < len(words) \
                and words[phrase[1] + 1].text == "of":
            return None  # "seized 12 of the 40 boats", "inspected 40 of them": the part's verb is said elsewhere
        if phrase is not None and len(words[phrase[1]].text) < 2:
            return None  # "measured 28 3/4 x 36 1/4 inches": a size's sides, no things
        return participle(verb)

    def _net_change_owner(self) -> str | None:
        """Whose net change a figure is, named as the subject right before its verb ("Health care added 44,000
        jobs", "Private employers added 111,000"); None for the economy as a whole ("employers", "the economy")."""
        words = self.words
        i = self._before_qualifiers()
        if i < 1 or verb_lemma(words[i].text) not in _NET_CHANGES or not self._adjacent(i - 1, i):
            return None
        k = i - 1
        while k >= 0 and i - k <= 3 and classes(words[k].text) & (NOUN | ADJ) and words[k].text not in FUNCTION_WORDS \
                and not words[k].text.endswith(("'s", "’s")) and not self._proper(k):
            k -= 1
        if k == i - 1 or k == i - 2 and noun_lemma(words[i - 1].text) in _WHOLE_ECONOMY:
            return None  # "employers", "the economy": all of them ("private employers" are some)
        if k >= 0 and words[k].text not in DETERMINERS and self.doc.text[words[k].end : words[k + 1].start] != ", ":
            return None  # the phrase goes on before: not the subject's first word
        return " ".join(w.text for w in words[k + 1 : i])

    def _gapped_owner(self) -> str | None:
        """The noun a gapped clause names right before its number, after a comma or "and": "retail 34,000",
        "and government 32,000"."""
        words, a = self.words, self.first
        k = a - 1
        while k >= 0 and a - k <= 2 and classes(words[k].text) & NOUN and words[k].text not in FUNCTION_WORDS \
                and not words[k].text[0].isdigit() and self._adjacent(k, k + 1):
            k -= 1
        if k == a - 1 or k < 0:
            return None
        if not (words[k].text == "and" or self.doc.text[words[k].end : words[k + 1].start].startswith(",")):
            return None
        return " ".join(w.text for w in words[k + 1 : a])

    def _level_reached(self, k: int) -> bool:
        """Whether the word before "hit" names a quantity that reaches a level ("demand", "trading volume"),
        not what strikes (a projectile, an event, a named actor: "missiles", "the storm", "Russia")."""
        while k > 0 and (self.words[k].text in AUXILIARIES or classes(self.words[k].text) == ADV):
            k -= 1  # "the list could hit 8 million", "demand finally hit": the subject before its modal
        if k < 0:
            return False
        text = self.words[k].text
        if self._capital(k) or not classes(text) & NOUN or text in FUNCTION_WORDS:
            return False
        return not self.voc.is_projectile(plural(lemma(text))) and self._phrase_at(k, self.lex.events) is None

    def _role_ordered(self, thing: str | None) -> str | None:
        """The role of people told to do something, said by "to" and its verb after them: "ordered 8,700 workers
        at Ford's Kentucky Truck Plant, its most profitable factory, to walk off the job", "told 5,000 residents
        to evacuate"."""
        words = self.words
        lo, hi = self.doc.strong_clause(self.sentence, self.m.start)
        last = min(self.sentence.word_index(hi), self.after + _MAX_ORDERED_DISTANCE)
        for j in range(self.after, last - 1):
            if words[j].text == "to":
                hit = self._phrase_at(j + 1, self.lex.roles)
                if hit is not None:
                    return self._sense(hit[0], j + 1, True, thing)
                return None
            if classes(words[j].text) & VERB and not classes(words[j].text) & NOUN and words[j].text not in _BE:
                return None  # another verb first: "ordered 500 workers who had struck ..."
        return None

    def _event_role_before(self, verb: int) -> str | None:
        """The role of the people an event takes part in, from the event's noun before its verb: "strikes that
        at their height involved 45,000 members" were on strike, "protests drew 10,000 people" protested."""
        words = self.words
        lo = max(0, verb - 8)
        for k in range(verb - 1, lo - 1, -1):
            if words[k].text in _CLAUSE_ENDS or not self._adjacent(k, k + 1):
                return None
            if classes(words[k].text) & NOUN and not self._object_of_preposition(k):
                # not "a vigil for the victims drew 2,000 people": the vigil drew them
                hit = self._phrase_at(k, self.lex.roles)
                if hit is not None and hit[1] == k:
                    return self._sense(hit[0], k, True)
        return None

    def _object_of_preposition(self, k: int) -> bool:
        """Whether word k follows a preposition, past its determiners ("for the victims", "in two hospitals"), not
        a verb's object."""
        words = self.words
        j = k - 1
        while j >= 0 and words[j].text in DETERMINERS:
            j -= 1
        return j >= 0 and words[j].text in PREPOSITIONS

    def _sense(self, role: str, i: int, person: bool, thing: str | None = None) -> str:
        """A role word read by what is counted ("destroyed 20 drones" intercepted them, "hit" buildings are damaged)."""
        kind = "person" if person else "projectile" if thing is None or self.voc.is_projectile(thing) else "other"
        word = verb_lemma(self.words[i].text) or lemma(self.words[i].text)
        if self.lex.roles.get((word,)) != role:
            return role  # a phrase says its own role: "shot down" is no "shoot"
        return self.lex.senses.get(kind, {}).get(word, role)

    def _scope_after(self, i: int, any_words: bool = False) -> str | None:
        """What the figure belongs to, named after it: "at Ford's Kentucky Truck Plant", "on the Coromandel
        Express", where it was taken ("11 to San Fernando town"); with any_words, a state too ("in serious
        condition")."""
        words, text = self.words, self.doc.text
        if i >= len(words) or words[i].text not in ("at", "on", "of", "in", "aboard", "inside", "to", "for"):
            return None
        j = i + 1
        while j < len(words) and (words[j].text in ("the", "a", "an") or words[j].text.endswith(("'s", "’s"))):
            j += 1
        k = j
        while k < len(words) and self._capital(k) and (k == j or self._adjacent(k - 1, k)):
            k += 1
        if k > j:
            name = text[words[j].start : words[k - 1].end]
            if self._another_name_joined(k, words[i].text):
                return None  # "at Haji Darmawan Airport and at Lombok International Airport": both's, no one's
            if k < len(words) and self._adjacent(k - 1, k) and classes(words[k].text) & NOUN \
                    and words[k].text not in FUNCTION_WORDS and words[k].text not in _PLACE_NOUNS:
                return None  # "by Russian cluster munitions": a name modifying a noun, not what it belongs to
            if words[i].text == "to" and not _is_calendar(words[j].text.rstrip(".")):
                return name  # where they were taken, a known place or not
            if not self.doc.is_place_at(self.sentence, j) and not self.doc.side(words[j]) and not _is_calendar(
                    words[j].text.rstrip(".")):
                return name
            return None
        if any_words and j < len(words) and words[i].text != "for":
            k = j
            while k < len(words) and k - j < 3 and words[k].text not in FUNCTION_WORDS and self._adjacent(k - 1, k):
                k += 1
            if k > j:
                return text[words[j].start : words[k - 1].end].lower()
        return None

    def _another_name_joined(self, k: int, preposition: str) -> bool:
        """Whether word k joins another name to the one before it by the same preposition ("and at Lombok
        International Airport"); "Schemengees Bar and Grille" is one name."""
        words = self.words
        if k + 1 >= len(words) or words[k].text not in ("and", "or") or words[k + 1].text != preposition:
            return False
        k += 2
        while k < len(words) and (words[k].text in ("the", "a", "an") or words[k].text.endswith(("'s", "’s"))):
            k += 1
        return k < len(words) and self._capital(k)

    def _side(self, first: int, head: int) -> str | None:
        for i in range(first, head + 1):
            side = self.doc.side(self.words[i])
            if side:
                return side
        return None

    def _antecedent_thing(self) -> str | None:
        """The thing of the last counted noun before the number in its sentence ("Most of the victims were
        recorded in ... Al Haouz (1,684)")."""
        for i in range(self.first - 1, -1, -1):
            if self._role_at(i, i + 1) and classes(self.words[i].text) & NOUN:
                info = self.lex.role(self._role_at(i, i + 1))
                if info and info.person:
                    return "people"
            if self.doc.match_at(self.sentence, i, self.voc.people) is not None:
                return str(self.doc.match_at(self.sentence, i, self.voc.people).value)
        return None

    def _sentence_role(self) -> str | None:
        """The first role a noun of the sentence names before the number ("Most of the victims")."""
        for i in range(0, self.first):
            role = self._role_at(i, i + 1)
            if role:
                return role
        return None

    def _sentence_partitive(self) -> str | None:
        """The thing a sentence's opening "Of the X," names ("Of these, 88 bodies ...")."""
        words = self.words
        if len(words) > 2 and words[0].text == "of":
            j = 2 if words[1].text in DETERMINERS else 1
            if j < self.first and parse_number(words[j].text) is not None:
                j += 1  # "Of the nine stolen pieces, five were listed": pieces
            phrase = self._noun_phrase(j)
            if phrase is not None:
                return self._thing(*phrase)[0]
        return None

    def _sentence_partitive_whole(self) -> tuple[str, str] | None:
        """The thing and the role of the whole a sentence's opening "Of the X <role>," names, when its role is said
        of it by a participle ("Of the trains cancelled on Tuesday,"), and the number opens the next clause."""
        words = self.words
        if len(words) < 4 or words[0].text != "of" or words[1].text not in DETERMINERS or not self.first \
                or not self._comma_before(self.first):
            return None
        phrase = self._noun_phrase(2)
        if phrase is None or phrase[1] + 1 >= self.first:
            return None
        thing, person = self._thing(*phrase)
        role = self._role_at(phrase[1] + 1, phrase[1] + 2)
        return (thing, self._sense(role, phrase[1] + 1, person, thing)) if role is not None else None

    def _is_place_name(self, name: str) -> bool:
        """Whether a name of the sentence is a place's, as the gazetteer or names.yaml know it."""
        return any(self.doc.text[m.start : m.end] == name for m in self.doc.places(self.sentence))

    def _subject_name(self) -> str | None:
        """The proper name a sentence's "its" or "their" stands for: the last name before the number (the first
        word only when it opens a place's name: "Pakistan says 17 of its pilgrims died")."""
        words, text = self.words, self.doc.text
        best = None
        i = 0
        while i < self.first:
            if self._capital(i) and (i > 0 or any(m.first_word == 0 for m in self.doc.places(self.sentence))):
                j = i
                while j + 1 < self.first and self._capital(j + 1) and self._adjacent(j, j + 1):
                    j += 1
                name = _name_text(text[words[i].start : words[j].end])
                best = best if _is_calendar(name) else name  # "the CDC's update on Thursday, 32 of its crew": no day's
                i = j + 1
                continue
            if best is not None and words[i].text in ("it", "they"):
                best = None  # "It filed for Chapter 11 and said it would close 147 of its stores": what "it" is
            i += 1
        return best

    def _is_unit_like(self, head: int) -> bool:
        """A head noun that is a unit of time or money, read by other finders ("20 years", "5 lakh")."""
        return lemma(self.words[head].text) in _NOT_COUNTED

    # -- words ---------------------------------------------------------------------------------------

    def _phrase_at(self, i: int, table: dict) -> tuple[str, int] | None:
        """The longest phrase of a lexicon table starting at word i, matched on each word's forms: (value, last); a
        particle after a verb is no verb of its own ("sent down 27 aces" is no "downed"), nor is a preposition
        that leads another count."""
        hit = self.doc.phrase_at(self.sentence, i, table)
        if hit is not None and hit[1] == i and self.words[i].text in _PARTICLES and i > 0 \
                and classes(self.words[i - 1].text) & VERB and self.words[i - 1].text not in FUNCTION_WORDS:
            return None
        after = hit[1] + 1 if hit is not None else 0
        if hit is not None and hit[1] > i and self.words[hit[1]].text in PREPOSITIONS and after < len(self.words) \
                and after != self.first and self._adjacent(hit[1], after) \
                and parse_number(self.words[after].text) is not None:
            # "won 1,046,900 votes against 758,100 for No": the preposition leads the other count, no "vote against"
            return self.doc.phrase_at(self.sentence, i, table, upto=hit[1] - 1)
        return hit

    def _counts_places(self, k: int) -> bool:
        """Whether the words from k on count the places figures are in: "in 14 states", "across 12 countries"."""
        words = self.words
        return 0 <= k and k + 2 < len(words) and words[k].text in ("in", "across") \
            and parse_number(words[k + 1].text) is not None and words[k + 2].text in _PLACE_KINDS

    def _adjacent(self, i: int, j: int) -> bool:
        if i < 0:
            return True
        gap = self.doc.text[self.words[i].end : self.words[j].start] if i >= 0 else ""
        if i == self.after - 1 and j == self.after:
            gap = self.doc.text[self.m.end : self.words[j].start]
        if gap.strip() == "&":
            return self._capital(i) and self._capital(j)  # "Saguaro Power & Light customers": one name
        if gap == ". " and "." in self.words[i].text:
            return True  # "612,000 U.S. vehicles": an abbreviation's own full stop, no break in the phrase
        return len(gap) <= 2 and gap.strip(" -") == ""

    def _capital(self, i: int) -> bool:
        return self.doc.text[self.words[i].start].isupper()

    def _initials(self, i: int) -> bool:
        """Whether word i is written in capitals, as initials are ("612,000 US vehicles": no pronoun "us")."""
        word = self.words[i]
        return word.end - word.start > 1 and self.doc.text[word.start : word.end].isupper()


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_HOURS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9]"
_CLOCK_IN_WORDS = re.compile(rf"\b(?P<minutes>five|ten|twenty|twenty-five|quarter|half)[ ](?P<way>to|past)[ ]"
                             rf"(?P<hour>{_HOURS})\b")
def _no_range(clock: re.Match) -> bool:
    """Whether a clock time in words cannot be a range: "twenty to six", "half past seven"; not "five to ten"."""
    minutes, hour = parse_number(clock["minutes"]), parse_number(clock["hour"])
    return clock["way"] == "past" or minutes is None or hour is None or minutes > hour


_CLOCK = re.compile(r":\d\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|GMT|IST|UTC|BST|CES?T|[ECMP][SD]T|[ECMP]T\b|hrs?\b"
                    r"|o'clock)")
_CLOCK_BEFORE = re.compile(r"\d:$")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
# A count of one thing, no plural a later "of them" can take a part of.
_ONE = re.compile(r"(?:one|a|an|1|single)\b(?![,.]\d)", re.IGNORECASE)
# A range of two years: "1991-2020", "between 1960 and 1990", "from 2010 to 2020".
_YEAR_RANGE = re.compile(r"(?<![\d,.])(?:1[89]\d\d|20\d\d)\D{1,7}(?:1[89]\d\d|20\d\d)$")
_FRACTIONS = frozenset("half quarter third fifth a half a quarter a third".split())

# Verbs by which an event happens: a date beside them is the event's own.
_HAPPENING = frozenset("strike hit shake rock jolt devastate happen occur take begin start end erupt break "
                       "launch reach sign come follow open close hold stage kick run last expire collide crash "
                       "derail explode sink burn flood observe mark continue resume convene meet tear rip sweep "
                       "engulf capsize overturn topple collapse stampede".split())
_LINKS = frozenset("be have do".split())
# The words between an event and its date that say it is on that day: "Census day was March 27".
_EVENT_IS_ON = frozenset("was is will be on".split())
# Verbs by which what a pronoun stands for happens ("It happened on Tuesday", "This took place"), and the words
# that may stand between the two.
_OCCURRING = frozenset("happen occur take".split())
_BETWEEN_PRONOUN_AND_VERB = frozenset("had has have all also first".split())
_DAY_NAMES = CALENDAR_WORDS | frozenset("yesterday today tonight tomorrow overnight".split())
_BEFORE_BASE_VERB = frozenset("will would can could may might shall should must to".split())
_DASHES = frozenset(("—", "–", "-", "--"))
# Marks that end a clause between two words (tested on the gap between them as a set of characters).
_CLAUSE_MARKS = frozenset(",;:")
_CLAUSE_OR_BRACKET_MARKS = _CLAUSE_MARKS | frozenset("()")
_NEGATIONS = frozenset(("not", "never"))
# A number glued by a hyphen to its unit, before a noun: the size of each thing counted ("60-kg bags").
_SIZE_MODIFIER = re.compile(r"\d[\d.,]*-[a-z]+$")
# Words that open an aside between commas after a count, its verb after the aside: ", or 12% of them,", ", including
# three children,".
_COUNT_ASIDE_OPENERS = frozenset(("or", "including", "among"))
_LEVEL_OR_REACHING = _LEVEL_VERBS | _REACHING
# Verbs by which a measurement reaches a level: "the wind chill bottomed out at", "the river peaked at".
_MEASURE_LEVEL_VERBS = _LEVEL_OR_REACHING | frozenset("peak bottom register record read".split())
_MEASURING_VERBS = frozenset("locate measure record register calculate assess detect place".split())
_GLUED_WORD = re.compile(r"([A-Za-z]+)-$")
# How badly people were hurt, in one word for each way of saying it ("serious injuries" are those seriously injured).
_DEGREE_OF_HARM = {**dict.fromkeys("serious seriously severe severely grievous grievously grave gravely badly".split(),
                                   "seriously"),
                   **dict.fromkeys("critical critically".split(), "critically"),
                   **dict.fromkeys("minor light lightly slight slightly".split(), "slightly")}
_DEGREES = frozenset("grievous grievously minor serious seriously critical critically severe severely light "
                     "slight slightly".split())
# Words that end a list of parts and go on to figures of their own: "including $19.7M from previews, followed by
# $47.9M Saturday"; a relative clause tells of a part, no other part ("including a $400m round in 2024 that valued
# it at $12bn").
_LIST_ENDS = re.compile(r"\b(?:followed by|then|before|after|while|whereas|but|that|which|whose)\b")
# Words by which a sentence lists a total's parts ("the total includes", "the breakdown shows").
_BREAKDOWN_CUES = frozenset("includes include including breakdown comprising comprises consisting".split())
_MONEY_MARK = re.compile(rf"[$€£¥₹]|\b(?:{'|'.join(('usd', 'eur', 'gbp', 'inr', *LETTER_CURRENCIES))})(?![a-z])"
                         r"|\b(?:dollars?|euros?|pounds?|rupees?)\b", re.I)


def _name_text(name: str) -> str:
    """A name as written, without its possessive ending."""
    return name[:-2] if name.endswith(("'s", "’s")) else name


def _amount(text: str) -> float:
    """The size of a sum as written ("$5.5 billion"), for choosing a total among sums."""
    scale = 1e9 if "billion" in text or "bn" in text else 1e6 if "million" in text or "mn" in text else 1.0
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return float(digits.group().replace(",", "")) * scale if digits else 0.0


def _is_money_text(text: str) -> bool:
    return bool(_MONEY_MARK.search(text))


# The scope of an event its text gives an owner it does not name ("its 44-day strike"): no other scope's.
THEIRS = "its"
# Words before a span of time that make it a stretch of an event, not its length.
_PART_OF_SPAN = frozenset("first last past next initial final opening closing another".split())
_MODALS = frozenset("could might may".split())
# Modals that, before "have", estimate what was ("may have been on board"); "could have" is as often what did not
# happen ("could have been killed").
_ESTIMATING_MODALS = frozenset(("may", "might"))
# Words before "to" that put what follows as an expectation ("is expected to", "is set to double"); a promise
# ("promised to cut the deficit to 4.5%") is its maker's plan, told as "will" tells it.
_PROJECTING = frozenset("expected projected forecast likely set poised".split())
# Words that make the figure after them in their clause an expectation: a verb of expecting, its noun.
_EXPECTING = frozenset("expect expects expected forecast forecasts forecasted predict predicts predicted projected "
                       "anticipate anticipates anticipated projection projections prediction predictions expectation "
                       "expectations consensus".split())
# Words of a company's guidance, which make a sum or a share after them an expectation ("guided for revenue of $5
# billion", "sees margins of 12%"); before a count they are words of their own ("hit energy targets, killing 12",
# "divers guided each caver").
_GUIDING = frozenset("guidance outlook guide guided guides analyst analysts analysts' sees target targets targeting "
                     "aim aims aiming".split())
# Participles that make the figure right before them an expectation or a requirement ("$2.39 expected", "the 76
# votes needed").
_EXPECTED_AFTER = frozenset("expected forecast estimated projected anticipated needed required".split())
# What a proposal is "under" until it is decided, and a case until it is confirmed ("64 deaths under investigation").
_DELIBERATING = frozenset("discussion consideration review negotiation debate investigation".split())
# Roles that say only how a figure is known: "187 deaths are confirmed" counts deaths.
_KNOWN_ROLES = frozenset(("confirmed", "reported", "recorded", "registered"))
# Verbs of happening or being somewhere, which say nothing of what befell the people counted ("41 occurred in health
# facilities", "20 remained in the town").
# Verbs that have, hold, total, show, see, expect or set a figure, which nothing happened to: "the barrage included
# 31 missiles", "the county recorded 24 deaths", "air defences tracked 97 drones", "the company employs 50,000".
_FIGURE_VERBS = frozenset("last span have include contain comprise total number reach exceed top surpass pass see "
                          "show record report register count list mark represent make involve need require estimate "
                          "expect put set cite keep leave average equal match outnumber account add bring give cost "
                          "tell say feature publish post log announce predict forecast project target employ house "
                          "host serve accommodate seat manage achieve notch track detect spot observe monitor".split())
# Verbs of a net change to what their object counts: "added 143,000 jobs", "gained 12 seats", "lost 40 members".
_NET_CHANGES = frozenset(("add", "gain", "lose"))
_NET_CHANGED = frozenset(("added", "gained", "lost"))
# Nouns of a vote a share is of: "17% of the vote", "41% of ballots cast".
_VOTE_WORDS = frozenset("vote votes ballots".split())
# Verbs, as written, that add a count to a tally: "gained nearly 18,200 votes", "added 40 new cases".
_ADDING = frozenset("gained gains gain added adds add".split())
# Verbs by which a happening takes lives: "claimed 27 lives", "cost 12 lives", "took the lives of".
_LIFE_TAKING = frozenset(("claim", "cost", "take"))
# Subjects that are the whole of a net change: "employers added 143,000 jobs" is the economy's figure.
_WHOLE_ECONOMY = frozenset("employer economy company firm business country nation market industry".split())
# Verbs by which a happening holds the things it happened to ("the recall covers 640,000 vehicles").
_CONTAINING = frozenset("cover include involve affect concern span encompass".split())
_BEING_VERBS = frozenset("occur happen remain stay exist live seem appear become continue follow result stand".split())
# Words that open an amount after a verb, no object of it: "waited more than 12 hours", "stayed nearly a week".
_AMOUNT_LEADS = frozenset("more less longer over under about around nearly almost up".split())
# A street address by its block ("the 900 block of Hamilton Street"), and a verb of calling before a number to call.
_ADDRESS_BLOCK = re.compile(r"[ ]block[ ]of[ ][A-Z]")
_DIALLED = re.compile(r"\b(?:call(?:ed|ing|s)?|dial(?:led|ed|ing|s)?|phon(?:ed|ing|es)?)[ ]\Z", re.IGNORECASE)
# Adverbs that make the figure right before them a usual level: "the 2,300 normally scheduled".
_USUALLY = frozenset("normally usually typically ordinarily".split())
# The sides of a division, as a count with no noun of its own tells them after another side's count.
_VOTE_SIDES = {"against": "voted against", "for": "voted for"}
# Words of a figure told before a later one ("an early estimate of 8,000", "the initial count of 40").
_FIRST_TOLD = frozenset("early earlier initial first previous preliminary original provisional".split())
_TALLY_NOUNS = frozenset("estimate estimates figure figures count tally toll reading total number".split())
# Words that tell a size by what it equals or could do, with the word after them: "enough to power", "the
# equivalent of".
_SIZING = {"enough": frozenset(("to", "for")), "equivalent": frozenset(("of", "to"))}
_HYPOTHETICAL_WORDS = _MODALS | _PROJECTING | _EXPECTING | _GUIDING | _EXPECTED_AFTER | _SIZING.keys() | {
    "would", "call", "calls", "called", "under", "if", "unless"}
_EVENT_PLACE_LINKS = frozenset("in near at on off across over outside around of".split())
# Words before a name that make it a person's: "chief financial officer Natalie Knight".
_TITLES = frozenset("officer minister president chief spokesperson spokesman spokeswoman director ceo cfo head "
                    "chairman chairwoman secretary governor mayor official analyst economist".split())
# What may stand between a figure and the same figure in another unit ("750 million euros, or roughly $1.75
# billion", "equivalent to around $800 million", "18.5 kilometers (11.5 miles)").
_CONVERSION_WORDS = frozenset("or equivalent to equal about roughly some around nearly approximately".split())
# How many words before a figure the possessive naming its owner may stand ("Brenner's top serve of the night
# reached 143 mph").
_POSSESSOR_REACH = 8
# Words that tie a measurement's name, as a clause's subject, to what it is of or where ("the depth of the quake").
_MEASURE_PLACES = frozenset("of at in on near off across over along".split())
_MEASURE_LINKS = frozenset("of at to was is put measured measuring registered register estimated a an the about "
                            "around some roughly nearly reached hit topped totalled totaled totals total record "
                            "new".split())
# Words of a verb of revising between a measurement's name and its value: "its magnitude has been revised up to".
_REVISION_LINKS = frozenset("has have had been being up down later since then revised upgraded downgraded raised "
                            "lowered corrected updated adjusted amended".split())
# Each dimension's name for a measurement the sentence says nothing more of.
# Measures of an extent that something can happen over ("12,000 acres burned", "300 km² flooded").
_EXTENTS = frozenset(("area", "volume", "mass"))
# Kinds of measure that may be the level a thing is told at ("demand peaked at 87,412 megawatts").
_LEVELLED = _EXTENTS | {"power", "energy"}
# Kinds of measure that may be a thing's size, written before its noun ("a 10-tonne truck", "a 3 km queue").
_SIZES = _EXTENTS | {"length", "mass", "power"}
# Kinds of measure read at an hour of the day: a temperature or a wind at 9 a.m. is not the one at noon.
_HOURLY = frozenset(("temperature", "speed"))
# An hour a reading is told for: "at the 9 a.m. start", "by midday", "at 3pm".
_HOUR = re.compile(r"\b(?:at|by|around|before|after|until|from)\s+(?:the\s+|about\s+)?(?P<hour>\d{1,2}(?:[:.]\d\d)?"
                   r"\s?(?:a\.?m\b\.?|p\.?m\b\.?)|noon|midday|midnight|dawn|dusk|sunrise|sunset|lunchtime)")
_HOUR_REACH = 60
# Another figure between a reading and an hour: the hour is that figure's.
_ANOTHER_FIGURE = re.compile(r"\d(?![\d,.:]*\s?(?:a\.?m|p\.?m)\b)")
# A figure restated in brackets right after another: "42 kilometres (26 miles)".
_CONVERSION_AFTER = re.compile(r"[ ]?\([^()\n]{1,30}\)[ ]?")
_DIMENSION_NAMES = {"length": "distance", "temperature": "temperature", "mass": "mass", "volume": "volume",
                    "area": "area", "speed": "speed", "data": "data", "power": "power", "energy": "energy"}
_CALENDAR = CALENDAR_WORDS
# Words that open a when or a where right after a verb ("closed on Monday", "collapsed overnight").
_WHEN_OR_WHERE_AFTER = frozenset("on in at across after during overnight today yesterday early late last this "
                                 "nationwide statewide citywide from into onto off".split())


def _is_calendar(name: str) -> bool:
    return name.lower().rstrip(".") in _CALENDAR


_NOT_NAME = re.compile(r"[^a-z0-9]+")

# Nouns the number finders read as units, or that never are counted things.
_NOT_COUNTED = frozenset("year month week day hour minute second time percent per cent lakh crore million billion "
                         "thousand hundred dozen score km mile".split())


# Plural nouns without a plural ending.
_PLURAL_FORMS = frozenset("people police staff crew personnel cattle livestock aircraft children men women".split())


# What a figure and its noun "are needed" or "required" for is a requirement, no reading of what is; "were
# required to stay" told what befell them.
_REQUIRED = frozenset(("needed", "required"))
_BEING = frozenset(("is", "are", "be"))


# How many words after "it" a sum it speaks of as its own may stand ("it put the profit hit at under 750 million
# euros"), and the prepositions that open a phrase of another thing's sum between them ("in a deal worth").
_OWN_SUM_REACH = 6
_SUM_PHRASE_PREPOSITIONS = PREPOSITIONS - {"at", "to", "about", "around", "over", "under", "up"}
# How many words after a change's "from" figure and its noun its "to" may stand ("from 28 sailings a week to 21").
_CHANGE_TO_REACH = 4


def _required(words, following: int) -> bool:
    """Whether the words after a figure say it is required: its noun, then "is needed" or "are required"."""
    i = following + 1 if following < len(words) and words[following].text not in FUNCTION_WORDS else following
    return i + 1 < len(words) and words[i].text in _BEING and words[i + 1].text in _REQUIRED


def _plural(word: str) -> bool:
    if word in _PLURAL_FORMS:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s")) and lemma(word) != word
