"""Every entity's country, and the article's own places: dateline and main country.

Country of an entity (ISO alpha-3), the first of these that gives one:

- places (GPE, LOC, FAC):
  1. the name is a country, or a country with words for a part of it ("northern Syria");
  2. the article says which: "Cessnock, New South Wales", "Solo, Indonesia" (the words
     after the comma are a country or a place whose country is known);
  3. the gazetteer (``extract/gazetteer.py``): towns and regions of that name, the one
     in a country the article is about first, then the largest;
  4. for a facility, a place named inside its name ("Incirlik air base", "U.S. embassy");
- people and organisations:
  1. a well-known actor's home (``data/actor_countries.tsv``: news agencies,
     broadcasters, platforms, national institutions, heads of state and government by
     full name), else a country or demonym in the name ("U.S. Senate", "Iraqi
     parliament"), else for an organisation a region or large town in its name
     ("University of Nairobi");
  2. a role "of" a country or of an entity whose country is known ("President of Turkey",
     "envoy of the U.S. embassy");
  2a. for an organisation, a bare name bodies of several countries share ("Congress",
     "Senate", "Democratic Party"; ``shared_names`` in ``data/places.toml``): the one of
     the listed countries the article names most;
  3. a country, demonym or place in front of or beside a mention ("Turkish analyst Soli
     Ozel", "Russia's foreign minister", "Soli Ozel, a Turkish analyst"), or beside the
     noun a list of names stands for ("members of the U.S. Senate — A, B and C",
     "U.S. senators led by A and B"); a well-known organisation there gives its home
     ("X, a Brookings Institution senior fellow");
- an organisation named for a person ("Trump administration") is of the person's country;
- a country's name that is also a region of the article's main country ("Georgia" in a
  story about the United States) is that region;
- anything still without a country, except organisations whose name says they are
  international (``data/places.toml``), takes the article's country when one dominates:
  the country mentioned most (a dateline place counting ``dateline_weight`` times, each
  mention of a person or organisation placed above ``actor_country_weight`` times), with
  at least ``article_country_share`` of the article's country mentions.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping
from functools import cache

from spacy.tokens import Doc, Span

from newstrace.data import load_toml
from newstrace.extract.datelines import dateline
from newstrace.extract.countries import (country_named, country_of, country_of_demonym, known_actor_country,
                                         known_surname_country)
from newstrace.extract.gazetteer import country_of_place, generic_prefixes, key, places_named, world_regions
from newstrace.extract.parsearrays import named_entities, sentences
from newstrace.nlp import doc_text
from newstrace.record import Entity

PLACE_TYPES = {"GPE", "LOC", "FAC"}

# a country's name and "'s" just before a place's mention: "New Zealand's Aoraki Mount Cook National Park"
POSSESSOR_BEFORE = re.compile(r"((?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*) ?['’] ?s\s+(?:the\s+)?$")


@cache
def _settings() -> dict:
    return load_toml("places.toml")


def article_countries(entities: list[Entity], text: str) -> Counter:
    """How often each country is named in the article, by name or through a place with a
    single country, the dateline counting ``dateline_weight`` times."""
    weights: Counter = Counter()
    for ent in entities:
        if ent.type in ("GPE", "LOC"):
            country = country_named(ent.name)
            if country is not None:
                weights[country.alpha3] += max(1, len(ent.mentions))
    line = dateline(text)
    if line is not None:
        start, end, after = line
        country = country_of_place(after) if after else None
        country = country or country_of_place(text[start:end].title(), weights)  # type: ignore[arg-type]
        if country is not None:
            weights[country.alpha3] += int(_settings()["dateline_weight"])
    return weights


def main_country(weights: Mapping[str, float]) -> str | None:
    """The country the article is about, when one dominates its country mentions."""
    total = sum(weights.values())
    if not total:
        return None
    code, n = max(weights.items(), key=lambda item: item[1])  # the first of a tie, as Counter.most_common
    return code if n / total >= float(_settings()["article_country_share"]) else None


def assign_countries(doc: Doc, entities: list[Entity]) -> None:
    """Fill ``country`` on every entity the article or the gazetteer places (in place)."""
    text = doc_text(doc)
    weights = article_countries(entities, text)
    preferred = {k: float(v) for k, v in weights.items()}
    # "a Kenyan court", "Kenyan lawmakers": demonyms say what the article is about too,
    # though no entity names the country (they count for the article's country only)
    ner = named_entities(doc)  # read once per Doc for every stage, not a Span each here
    for k, label in enumerate(ner.labels):
        if label == "NORP":
            country = country_of_demonym(text[ner.start_chars[k]:ner.end_chars[k]])
            if country is not None:
                weights[country.alpha3] += 1
    by_name = {e.name: e for e in entities}
    named_countries = []
    for ent in entities:
        if ent.country is None and ent.type in PLACE_TYPES:
            ent.country = _place_country(ent, text, preferred)
        elif ent.type in ("GPE", "LOC") and ent.country:
            named_countries.append(ent)
    # the places just placed make the article's country clearer
    for ent in entities:
        if ent.type in ("GPE", "LOC") and ent.country and country_named(ent.name) is None:
            weights[ent.country] += max(1, len(ent.mentions))
    # ... and so which country's name is a region of it ("the Northern District of Georgia"
    # among Texas and Illinois); a person "of" that region then is of its country too
    moved: dict[str, tuple[str, str]] = {}
    for ent in named_countries:
        region = _region_namesake(ent, weights, doc)
        if region and region != ent.country:
            moved[ent.name] = (ent.country or "", region)
            ent.country = region
    for ent in entities:
        if ent.type in ("PERSON", "ORG") and ent.country and any(
                r.of in moved and moved[r.of][0] == ent.country for r in ent.roles):
            ent.country = next(moved[r.of][1] for r in ent.roles if r.of in moved)
    # organisations first: a person's role "of" one then gives its country
    for kinds in (("ORG", "FAC", "NORP"), ("PERSON",)):
        for ent in entities:
            if ent.country is None and ent.type in kinds:
                ent.country = _actor_country(ent, doc, by_name, preferred)
    people: dict[str, list[Entity]] = {}
    for person in (e for e in entities if e.type == "PERSON"):
        # by every form, and by the surname alone: "Trump administration" of "Donald Trump"
        for form in {person.name, *person.aliases, person.name.split()[-1]}:
            people.setdefault(form.casefold(), []).append(person)
    for ent in entities:
        if ent.country is None and ent.type == "ORG":
            ent.country = _person_owner(ent, people)
    # the actors the text ties to a country say what the article is about too: a story on
    # British politics that lists asylum seekers' countries has British ministers
    actor_weight = float(_settings()["actor_country_weight"])
    with_actors: dict[str, float] = dict(weights)
    for ent in entities:
        if ent.country and ent.type in ("PERSON", "ORG"):
            with_actors[ent.country] = with_actors.get(ent.country, 0.0) + actor_weight * len(ent.mentions)
    if not any(with_actors.values()) and _settings().get("unnamed_country_min_town"):
        # an article that names no country, place, people or known actor ("... took place at Preston Crown
        # Court this morning", "The Hollywood Reporter says ..."): the towns its organisations
        # are named for tell where it is
        floor = int(_settings()["unnamed_country_min_town"])
        for ent in entities:
            if ent.type in ("ORG", "FAC") and not _international(ent):
                found = _place_in_name(ent.name, {}, floor=floor)
                if found:
                    with_actors[found] = with_actors.get(found, 0.0) + max(1, len(ent.mentions))
    fallback = main_country(with_actors)
    for ent in entities:
        if ent.country is None and fallback and ent.type in ("PERSON", "ORG", "GPE", "LOC", "FAC") \
                and not _international(ent) and not _world_region(ent):
            ent.country = fallback
    if fallback is None:
        _countries_of_sentences(doc, entities)
    _special_regions(entities, fallback)


def _special_regions(entities: list[Entity], main: str | None) -> None:
    """A special administrative region with a code of its own ("Hong Kong": HKG) is its
    sovereign's (CHN) in a story about something else; in a story about the region itself
    its own code stays (``special_regions`` of ``data/places.toml``)."""
    table = _settings()["special_regions"]
    for ent in entities:
        if ent.country in table and ent.country != main:
            ent.country = table[ent.country]


def _countries_of_sentences(doc: Doc, entities: list[Entity]) -> None:
    """In an article no country dominates (a story of several countries), a person or
    organisation still without a country takes the one country named in the sentence of
    its first mention, by a place's name or a demonym ("Kabiru Adamu, a security analyst
    ... in Nigeria"); none or several named there: none."""
    table = sentences(doc)
    named: dict[int, set[str]] = {}
    for ent in entities:
        if ent.type in ("GPE", "LOC") and ent.country:
            for start, _ in ent.mentions:
                named.setdefault(bisect_right(table.start_chars, start) - 1, set()).add(ent.country)
    ner, text = named_entities(doc), doc_text(doc)
    for k, label in enumerate(ner.labels):
        if label == "NORP":
            country = country_of_demonym(text[ner.start_chars[k]:ner.end_chars[k]])
            if country is not None:
                named.setdefault(bisect_right(table.start_chars, ner.start_chars[k]) - 1, set()).add(country.alpha3)
    for ent in entities:
        if ent.country is None and ent.type in ("PERSON", "ORG") and ent.mentions and not _international(ent):
            found = named.get(bisect_right(table.start_chars, ent.mentions[0][0]) - 1, set())
            if len(found) == 1:
                ent.country = next(iter(found))


def _region_namesake(ent: Entity, weights: Counter, doc: Doc | None = None) -> str | None:
    """"Georgia" in a story about the United States is the state: a country's name that
    is also a region of the country the article is about, when that country is named
    more often than the one the name would be; not when the text treats it as a country
    (``_told_as_country``)."""
    own = country_named(ent.name)
    if own is None or (doc is not None and _told_as_country(ent, doc)):
        return None
    others = Counter({k: v for k, v in weights.items() if k != own.alpha3})
    if not others:
        return None
    main, n = others.most_common(1)[0]
    if n <= weights.get(own.alpha3, 0):
        return None
    region = next((p for p in places_named(ent.name) if p.kind == "region" and p.alpha3 == main), None)
    return region.alpha3 if region else None


def _told_as_country(ent: Entity, doc: Doc) -> bool:
    """A mention listed with other countries ("Burkina Faso, Mali and Niger withdrew from
    ECOWAS") or the possessor of what only a state has ("Niger's president";
    ``country_only_heads`` of places.toml) names the country, not its namesake region."""
    heads = set(_settings()["country_only_heads"])
    own = country_named(ent.name)
    for start, end in ent.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        if root.dep_ == "poss" and root.head.lower_ in heads:
            return True
        listed = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
        for t in listed:
            other = country_named(t.text) if not span.start <= t.i < span.end else None
            if other is not None and (own is None or other.alpha3 != own.alpha3):
                return True
    return False


def _place_country(ent: Entity, text: str, preferred: dict[str, float]) -> str | None:
    if _world_region(ent):
        return None
    for form in [ent.name, *ent.aliases]:
        country = country_of_place(form, preferred) if ent.type != "FAC" else None
        if country is not None and ent.type == "GPE" and _small_town_abroad(form, country.alpha3, preferred):
            # a small town of a country the article never names is more likely a namesake the
            # gazetteer does not know (an English town's name in a US story); the main
            # country's fallback then places it
            continue
        if country is not None:
            return country.alpha3
    for start, end in ent.mentions:
        # "Cessnock, New South Wales", "Solo, Indonesia"
        m = re.match(r",\s+((?:[A-Z][\w.'’-]*\s?){1,4})", text[end:end + 50])
        if m:
            country = country_of_place(m.group(1).strip(), preferred)
            if country is not None:
                return country.alpha3
        # "New Zealand's Aoraki Mount Cook National Park": a country's own place
        m = POSSESSOR_BEFORE.search(text[max(0, start - 40):start])
        if m:
            country = country_named(m.group(1))
            if country is not None:
                return country.alpha3
    if ent.type == "FAC":
        return _country_in_name(ent.name, preferred)
    return None


def _small_town_abroad(form: str, alpha3: str, preferred: dict[str, float]) -> bool:
    """A town (no country, no region) of a country the article does not name, smaller than
    ``min_foreign_population``, in an article that names some country."""
    if not preferred or preferred.get(alpha3) or country_named(form) is not None:
        return False
    hits = places_named(form)
    return bool(hits) and all(p.kind == "town" for p in hits) and \
        max(p.population for p in hits) < int(_settings()["min_foreign_population"])


def _country_in_name(name: str, preferred: dict[str, float] | None = None) -> str | None:
    """A country, demonym (or, with ``preferred``, a place) named by some words of a name."""
    words = name.replace("’s", "").replace("'s", "").split()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            part = " ".join(words[i:i + size]).strip(",.()")
            if not part or not part[0].isupper():
                continue
            country = country_of(part)
            if country is None and preferred is not None:
                country = country_of_place(part, preferred, own_names_only=True)
                if country is not None and preferred and not preferred.get(country.alpha3):
                    # a word of a facility's name that is a town abroad ("George Washington
                    # Bridge", "Upper Big Branch Mine") is no evidence in an article naming
                    # other countries: the word names something else
                    country = None
            if country is not None:
                return country.alpha3
    return None


def _actor_country(ent: Entity, doc: Doc, by_name: dict[str, Entity], preferred: dict[str, float]) -> str | None:
    for form in [ent.name, *ent.aliases]:
        known = known_actor_country(form)
        if known:
            return known
    if ent.type in ("ORG", "FAC", "NORP"):
        # the owner first: "VOA's Russian Service" is VOA's, not Russia's; so is "VOA Albanian"
        found = _possessor_country(ent.name, by_name) or _known_actor_in_front(ent.name) \
            or _country_in_name(ent.name) \
            or _place_in_name(ent.name, preferred)
        if found:
            return found
    if ent.type == "ORG":
        found = _shared_name_country(ent, preferred)
        if found:
            return found
    for role in ent.roles:
        if role.of:
            other = by_name.get(role.of)
            if other is not None and other is not ent and other.country:
                return other.country
            country = country_of(role.of)
            if country is not None:
                return country.alpha3
    for start, end in ent.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        found = _country_beside(span)
        if found:
            return found
    return None


def _shared_name_country(ent: Entity, weights: dict[str, float]) -> str | None:
    """"Congress", "the Senate", "Democratic Party": a bare name that bodies of several
    countries share (``shared_names`` in ``data/places.toml``) is the body of the one of
    those countries the article names most; None when it names none of them."""
    table = _settings()["shared_names"]
    for form in [ent.name, *ent.aliases]:
        candidates = table.get(form.casefold().removeprefix("the "))
        if candidates:
            named = [c for c in candidates if weights.get(c)]
            return max(named, key=lambda c: weights[c]) if named else None
    return None


def _place_in_name(name: str, preferred: dict[str, float], floor: int | None = None) -> str | None:
    """A town or region of the gazetteer named inside an organisation's name
    ("University of Nairobi", "Tokyo International University", "Abu Dhabi TV"), by its
    own name: a region or a town of ``place_in_name_min_town`` people in a country the
    article names, or else a city of ``place_in_name_min_population`` people (small towns
    share their names with words of other names: "University", "Alliance", "Moro").
    A paper's name ("the Timaru Herald": a place's name and a word that heads papers' names,
    ``outlet_heads`` in ``data/entities.toml``) names its town: any town of the gazetteer in
    a country the article names."""
    floor = int(_settings()["place_in_name_min_population"]) if floor is None else floor
    min_town = int(_settings()["place_in_name_min_town"])
    if len(name.split()) > 1 and name.split()[-1].casefold() in load_toml("entities.toml")["outlet_heads"]:
        min_town = 0
    directions = {w.lower() for w in generic_prefixes()}
    words = name.replace("’s", "").replace("'s", "").split()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            part = " ".join(words[i:i + size]).strip(",.()")
            if not part or not part[0].isupper() or part.isupper() or part.lower() in directions:
                continue
            named = [p for p in places_named(part) if key(p.name) == key(part)]
            if not named:
                continue
            # as for a place's own name: the article's namesake unless dwarfed by the largest
            share = float(_settings()["preferred_min_share"])
            liked = [p for p in named if preferred.get(p.alpha3) and p.population >= named[0].population * share]
            # a region outside the article's countries gives none: its largest town may
            # ("Abu Dhabi": an emirate and its capital)
            place = liked[0] if liked else next((p for p in named if p.kind == "town"), named[0])
            if place.kind == "town" and place.population >= (min_town if liked else floor) \
                    or place.kind == "region" and liked:
                return place.alpha3
    return None


def _possessor_country(name: str, by_name: dict[str, Entity]) -> str | None:
    """"VOA's Urdu Service", "Cornell University's Emerging Markets Institute": a part of
    an organisation is of the organisation's country, when that is known."""
    for mark in ("'s ", "’s "):
        if mark in name:
            owner = name.split(mark, 1)[0].removeprefix("the ").removeprefix("The ")
            known = known_actor_country(owner)
            if known:
                return known
            other = by_name.get(owner)
            if other is not None and other.country:
                return other.country
    return None


def _known_actor_in_front(name: str) -> str | None:
    """"VOA Albanian", "CNN International", "CIA World Factbook": an organisation whose
    name opens with a well-known actor's name (``data/actor_countries.tsv``) is a part or
    a product of that actor, of its home country, whatever country the rest names."""
    words = name.removeprefix("the ").removeprefix("The ").split()
    for n in range(min(3, len(words) - 1), 0, -1):
        known = known_actor_country(" ".join(words[:n]))
        # not "National Security Council of Ukraine", "Facebook Ireland Limited": a body of that country
        if known and "of" not in words[n:] and not any(country_named(w) for w in words[n:]):
            return known
    return None


def _person_owner(ent: Entity, people: dict[str, list[Entity]]) -> str | None:
    """"Trump administration", "Morrison government": an organisation named for a person
    (one person of the article by that name or surname, else the well-known people of
    ``data/actor_countries.tsv`` of that surname) is of that person's country."""
    words = ent.name.split()
    if len(words) >= 2 and words[-1].lower() in _settings()["person_led_heads"]:
        owner = " ".join(words[:-1])
        owners = {id(p): p for p in people.get(owner.casefold(), [])}
        if len(owners) == 1:
            return next(iter(owners.values())).country
        if not owners and len(words) == 2:
            # no one of that name in the article: a well-known person's surname
            return known_surname_country(owner)
    return None


def _country_beside(span: Span) -> str | None:
    """A country or demonym in the words that qualify a mention: its modifiers in front
    ("Turkish analyst X", "Russia's foreign minister X") or an apposition ("X, a Turkish
    analyst")."""
    root = span.root
    heads = [root]
    # "analyst" in "Turkish analyst Soli Ozel" may be parsed as the head, the name its compound
    if root.dep_ in ("compound", "appos") and root.head.i >= span.start - 4:
        heads.append(root.head)
    heads.extend(_group_of_names(root))
    for head in heads[1:]:
        # "An Australian, Brenton Tarrant, ...": the name stands in apposition to a demonym
        if head.dep_ != "compound" and head.text[:1].isupper() and not span.start <= head.i < span.end:
            country = country_of_demonym(head.text)
            if country is not None:
                return country.alpha3
    for head in heads:
        for child in head.children:
            if span.start <= child.i < span.end:
                continue
            if child.dep_ in ("amod", "compound", "poss", "nmod", "appos") or (child.dep_ == "prep" and child.lower_ == "of"):
                for t in child.subtree:
                    if t.i >= span.start and t.i < span.end:
                        continue
                    country = country_of(t.text) if t.text[:1].isupper() else None
                    if country is not None:
                        return country.alpha3
                    if t.ent_iob_ == "B" and t.ent_type_ == "ORG":
                        # "X, a Brookings Institution senior fellow": a well-known organisation's home
                        end = t.i + 1
                        while end < len(t.doc) and t.doc[end].ent_iob_ == "I":
                            end += 1
                        known = known_actor_country(t.doc[t.i:end].text.removeprefix("the ").removeprefix("The "))
                        if known:
                            return known
    return None


def _group_of_names(root) -> list:
    """The noun a list of names stands for, whose words then qualify every name of the
    list: "members of the U.S. Senate — A, B and C", "Republican U.S. senators led by A
    and B" (the list's later names are conjuncts of its first)."""
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    out = [first] if first is not root else []
    head = first.head
    if first.dep_ == "appos" and head.pos_ == "NOUN" and head.i < first.i:
        out.append(head)
    elif first.dep_ == "pobj" and head.lower_ == "by" and head.head.dep_ == "acl" and head.head.head.pos_ == "NOUN":
        out.append(head.head.head)
    elif first is not root and first.dep_ in ("compound", "appos") and head.i >= first.i - 4:
        out.append(head)
    return out


def _world_region(ent: Entity) -> bool:
    """A continent, world region or ocean ("Africa", "sub-Saharan Africa", "the Middle East",
    "South China Sea"; ``world_regions`` of places.toml) lies in no one country: never a
    town of its name (the gazetteer's "Asia" in the Philippines), never the article's country."""
    if ent.type not in ("GPE", "LOC"):
        return False
    regions = world_regions()
    return any(key(form.removeprefix("the ").removeprefix("The ")) in regions for form in [ent.name, *ent.aliases])


@cache
def _international_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _settings()["international_words"])


def _international(ent: Entity) -> bool:
    words = set(re.findall(r"[\w.]+", ent.name.lower()))
    name = ent.name.lower()
    return bool(words & _international_words()) or any(" " in w and w in name for w in _international_words())
