"""A deterministic generator of news-like corpora about a war, with conflicts planted between sources."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass

__all__ = ["Article", "generate", "corpus_sha256", "PLANTABLE"]

# Places the shipped names.yaml knows, so figures get subjects as they would in real reports.
PLACES = ("Kyiv", "Kharkiv", "Odesa", "Dnipro", "Lviv", "Kherson", "Zaporizhzhia", "Druzhkivka", "Belgorod",
          "Crimea", "Donbas")
OUTLETS = ("Kyiv Independent", "Reuters", "AP", "BBC", "Ukrainska Pravda", "Meduza", "Al Jazeera", "DW",
           "Le Monde", "The Guardian", "Interfax", "TASS", "Euronews", "France 24", "NHK")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
                9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 14: "fourteen", 15: "fifteen", 20: "twenty",
                21: "twenty-one", 28: "twenty-eight", 30: "thirty", 43: "forty-three"}
DOCS_PER_EVENT = 8
CONFLICT_RATE = 0.15
# The figures a planted conflict may change.
PLANTABLE = ("cruise", "ballistic", "drones", "killed", "injured")
START = dt.date(2022, 3, 7)

_FILLER = (
    "Residents described a night of explosions and sirens, and many spent hours in shelters and metro stations.",
    "Officials urged people to heed air-raid alerts and to follow updates from local authorities.",
    "The strikes come as diplomats continue to discuss a possible framework for ending the fighting.",
    "Emergency crews worked through the morning to clear rubble and restore power to affected districts.",
    "Analysts said the pattern of the attacks suggested an effort to exhaust air-defence stocks.",
    "The government has repeatedly called on its partners to speed up deliveries of air-defence systems.",
    "Schools in the area switched to remote lessons, and several hospitals moved patients to basements.",
    "Independent verification of the figures was not immediately possible, the outlet noted.",
    "Energy companies warned of scheduled outages while repairs to the grid continue.",
    "A spokesperson said the assessment of the damage was continuing and further details would follow.",
    "Volunteers handed out food, water and blankets at points set up near the damaged buildings overnight.",
    "The foreign ministry summoned diplomats to protest what it called a deliberate campaign against civilians.",
    "Prosecutors opened an investigation into the attack as a possible violation of the laws and customs of war.",
    "Rail services were delayed on several routes after power to the lines was cut, the operator said.",
    "Military analysts noted that the timing of the strikes coincided with a diplomatic visit to the capital.",
    "Local authorities announced a day of mourning and asked residents to avoid the cordoned-off streets.",
    "International organisations called for restraint and for the protection of critical infrastructure.",
    "Repair teams said it could take weeks to bring the damaged substations fully back into service.",
    "Several embassies advised their citizens to remain in shelters until the all-clear was given.",
    "Footage shared on social media showed plumes of smoke rising over residential neighbourhoods at dawn.",
    "Aid agencies said they were scaling up deliveries of generators and heaters to the hardest-hit areas.",
    "The mayor said the city would open additional warming centres for residents left without heating.",
    "Officials in the region said they were still assessing damage to homes, schools and a medical clinic.",
    "Neighbouring countries scrambled aircraft as a precaution while the attack was under way.",
    "Insurance experts said the cost of rebuilding energy facilities was rising with every new wave of strikes.",
)
_BOILER = ("Share", "Read more: live updates", "Subscribe to our newsletter", "Advertisement")


@dataclass(frozen=True)
class Article:
    """One generated article: id, outlet, publication date and text."""

    id: str
    outlet: str
    published: dt.date
    text: str
    # The figures this article tells differently from every other article on its event ("drones"): the
    # conflicts the benchmark expects the rules to find.
    planted: tuple[str, ...] = ()


def _num(rng: random.Random, n: int) -> str:
    """A number as digits, digits with separators, or words, the way reporters vary it."""
    if n in NUMBER_WORDS and rng.random() < 0.3:
        return NUMBER_WORDS[n]
    if n >= 1000 and rng.random() < 0.7:
        return f"{n:,}"
    return str(n)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _event(rng: random.Random, index: int) -> dict:
    # One event per place per week: events scale with the corpus, so a group of comparable claims does not.
    week, slot = divmod(index, len(PLACES))
    day = START + dt.timedelta(weeks=week, days=rng.randrange(0, 4))
    return {
        "place": PLACES[slot],
        "day": day,
        "cruise": rng.randrange(4, 40),
        "ballistic": rng.randrange(2, 30),
        "drones": rng.randrange(20, 500),
        "killed": rng.randrange(1, 30),
        "injured": rng.randrange(3, 90),
        "temp": -rng.randrange(2, 25),
        "truce_days": rng.choice((3, 5, 7, 10, 14, 30)),
        "aid": rng.randrange(2, 90) * 10,
    }


def _facts(rng: random.Random, ev: dict) -> tuple[dict, tuple[str, ...]]:
    """The event's figures as one source tells them, with a planted conflict now and then, and which."""
    facts = dict(ev)
    if rng.random() < CONFLICT_RATE:
        key = rng.choice(PLANTABLE)
        facts[key] = ev[key] + rng.choice((-1, 1)) * rng.randrange(2, 9)
        facts[key] = max(facts[key], 1)
        return facts, ((key,) if facts[key] != ev[key] else ())
    return facts, ()


def _date_phrase(rng: random.Random, day: dt.date, published: dt.date) -> str:
    r = rng.random()
    if day == published and r < 0.3:
        return "on " + WEEKDAYS[day.weekday()]
    if r < 0.55:
        return f"on {MONTHS[day.month - 1]} {day.day}"
    if r < 0.75:
        return f"on {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"
    if r < 0.9:
        return f"on {day.day} {MONTHS[day.month - 1]}"
    return "overnight into " + WEEKDAYS[day.weekday()]


def _sentences(rng: random.Random, f: dict, published: dt.date) -> list[str]:
    place, when = f["place"], _date_phrase(rng, f["day"], published)
    c, b, d = _num(rng, f["cruise"]), _num(rng, f["ballistic"]), _num(rng, f["drones"])
    k, i = _num(rng, f["killed"]), _num(rng, f["injured"])
    out = [
        rng.choice((
            f"Russia launched {c} cruise missiles and {b} ballistic missiles at {place} {when}, officials said.",
            f"{_cap(when)}, Russian forces fired {b} ballistic missiles and {c} cruise missiles at targets in {place}.",
            f"The air force said {c} cruise missiles and {b} ballistic missiles were used in the attack on {place} {when}.",
        )),
        rng.choice((
            f"The barrage on {place} also involved {d} drones, according to the air force.",
            f"Air defences over {place} tracked {d} attack drones during the night.",
            f"In {place}, {d} drones were launched alongside the missiles.",
        )),
        rng.choice((
            f"At least {k} civilians were killed and {i} injured in {place}, the regional governor said.",
            f"The strike in {place} killed {k} civilians and wounded {i} more, emergency services reported.",
            f"In {place}, {k} people were killed and {i} people were injured, authorities said.",
        )),
    ]
    if rng.random() < 0.5:
        out.append(f"Temperatures in {place} fell to {f['temp']}°C as heating failed in thousands of homes.")
    if rng.random() < 0.4:
        n = _num(rng, f["truce_days"])
        out.append(rng.choice((
            f"A {n}-day truce on energy strikes in {place} had been discussed before the attack.",
            f"Negotiators had proposed a truce of {n} days covering energy infrastructure in {place}.",
        )))
    if rng.random() < 0.3:
        out.append(f"Partners pledged ${f['aid']} million for reconstruction in {place}.")
    rng.shuffle(out)
    return out


def _article(rng: random.Random, number: int, ev: dict) -> Article:
    published = ev["day"] + dt.timedelta(days=rng.randrange(0, 3))
    f, planted = _facts(rng, ev)
    body = _sentences(rng, f, published)
    filler = rng.sample(_FILLER, rng.randrange(9, 16))
    paragraphs, pending = [], body + filler
    rng.shuffle(pending)
    while pending:
        take = rng.randrange(1, 4)
        paragraphs.append(" ".join(pending[:take]))
        pending = pending[take:]
    title = f"Overnight strike in {ev['place']} on {MONTHS[ev['day'].month - 1]} {ev['day'].day}"
    text = "\n\n".join([title, rng.choice(_BOILER), *paragraphs]) + "\n"
    outlet = OUTLETS[rng.randrange(len(OUTLETS))]
    return Article(f"{number:06d}_{rng.getrandbits(32):08x}", outlet, published, text, planted)


def generate(n_docs: int, seed: int = 20260204) -> list[Article]:
    """n_docs articles, the same for the same (n_docs, seed); about DOCS_PER_EVENT per event."""
    rng = random.Random(f"{seed}:{n_docs}")
    articles, number, index = [], 0, 0
    while number < n_docs:
        ev = _event(rng, index)
        index += 1
        for _ in range(min(DOCS_PER_EVENT, n_docs - number)):
            articles.append(_article(rng, number, ev))
            number += 1
    return articles


def corpus_sha256(articles: list[Article]) -> str:
    """A fingerprint of a corpus: ids, dates and texts."""
    h = hashlib.sha256()
    for a in articles:
        h.update(f"{a.id}\0{a.published.isoformat()}\0{a.outlet}\0".encode())
        h.update(a.text.encode())
    return h.hexdigest()
