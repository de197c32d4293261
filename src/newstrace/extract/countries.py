"""Country names, abbreviations and demonyms -> (common short name, ISO alpha-3).

pycountry gives every ISO 3166 country; ``data/countries.tsv`` adds the forms news
uses. All-caps abbreviations match case-sensitively ("US" is the country, "us" is
not); other forms match case-insensitively, ignoring a leading "the".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import pycountry

from newstrace.data import load_tsv, read_text
from newstrace.extract.names import is_abbreviation, name_key


@dataclass(frozen=True)
class Country:
    alpha3: str
    name: str




def _key(text: str, *, keep_article: bool = False) -> str:
    return name_key(text, keep_article=keep_article, drop_possessive=True, keeps_case=is_abbreviation)


@cache
def _tables() -> tuple[dict[str, Country], dict[str, Country]]:
    names: dict[str, Country] = {}
    demonyms: dict[str, Country] = {}
    overrides = {row[0]: row for row in load_tsv("countries.tsv")}
    for c in pycountry.countries:
        row = overrides.get(c.alpha_3)
        short = row[1] if row else getattr(c, "common_name", None) or c.name
        country = Country(c.alpha_3, short)
        for form in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None), short):
            if form:
                names.setdefault(_key(form), country)
    for row in overrides.values():
        alpha3, short = row[0], row[1]
        country = Country(alpha3, short)
        names[_key(short)] = country
        for form in _split(row, 2):
            # "the North", "the mainland": a single common word names the country only
            # with its article, so it is stored with it
            names[_key(form, keep_article=_is_definite_only(form))] = country
        for form in _split(row, 3):
            demonyms[_key(form)] = country
    return names, demonyms


def _split(row: tuple[str, ...], i: int) -> list[str]:
    return [x.strip() for x in row[i].split(";") if x.strip()] if len(row) > i else []


def _is_definite_only(form: str) -> bool:
    words = form.split()
    return len(words) == 2 and words[0].lower() == "the" and words[1].lower() in DEFINITE_ONLY


# Words that name a country only after "the", and only in some stories: "the North"
# (North Korea), "the South", "the mainland" (China). Without the article they are
# directions or ordinary nouns ("further North").
DEFINITE_ONLY = {"north", "south", "mainland"}


@lru_cache(maxsize=65536)  # asked of the same few names again and again by every stage
def country_named(text: str) -> Country | None:
    """The country this name, abbreviation or alias stands for ("U.S.", "DPRK", "Russia").
    Forms like "the North" match only with their article."""
    names = _tables()[0]
    found = names.get(_key(text))
    if found is None and text.lower().startswith("the "):
        found = names.get(_key(text, keep_article=True))
    if found is None and _DOTTED_UNFINISHED.search(text):
        found = names.get(_key(text + "."))  # "the U.S military": the last dot left out
    return found


_DOTTED_UNFINISHED = re.compile(r"(?:^|\s)(?:[A-Z]\.)+[A-Z]$")


@lru_cache(maxsize=65536)
def country_of_demonym(text: str) -> Country | None:
    """The country of a demonym or adjective ("North Korean", "Russians")."""
    return _tables()[1].get(_key(text))


def country_of(text: str) -> Country | None:
    """A country by name first, then by demonym."""
    return country_named(text) or country_of_demonym(text)


@cache
def country_by_code(alpha3: str) -> Country | None:
    """The country of an ISO alpha-3 code, under its common short name."""
    overrides = {row[0]: row[1] for row in load_tsv("countries.tsv")}
    found = pycountry.countries.get(alpha_3=alpha3)
    if found is None:
        return None
    return Country(found.alpha_3, overrides.get(alpha3) or getattr(found, "common_name", None) or found.name)


def known_actor_country(name: str) -> str | None:
    """The home country (ISO alpha-3) of a well-known actor by this name: agencies,
    platforms, national institutions, heads of state and government (``data/actor_countries.tsv``)."""
    return _known_actors().get(name.casefold())


def known_surname_country(surname: str) -> str | None:
    """The home country of the well-known people of ``data/actor_countries.tsv`` whose
    name ends in ``surname`` ("Trump" of "Trump administration"), when they share one."""
    return _known_surnames().get(surname.casefold())


@cache
def _known_surnames() -> dict[str, str]:
    """Surnames of the table's people (its rows after the ``# people`` line)."""
    countries: dict[str, set[str]] = {}
    text = read_text("actor_countries.tsv")
    for line in text[text.index("\n# people"):].splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        alpha3, names = (cell.strip() for cell in line.split("\t")[:2])
        for name in names.split(";"):
            words = name.split()
            if len(words) >= 2:
                countries.setdefault(words[-1].casefold(), set()).add(alpha3)
    return {surname: next(iter(c)) for surname, c in countries.items() if len(c) == 1}


@cache
def _known_actors() -> dict[str, str]:
    return {name.strip().casefold(): row[0] for row in load_tsv("actor_countries.tsv") for name in row[1].split(";")
            if name.strip()}
