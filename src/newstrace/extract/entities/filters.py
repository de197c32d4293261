"""Checks on the clusters after step 3 of the fallback order: names that are titles of
works (quoted, after a work's noun), a title-case headline's words, compass points, and
places named as people's given names. (The title-case headline test itself is in
:mod:`.namewords`: step 1's finders of missed names skip such a headline too.)
"""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from newstrace.extract.countries import country_named
from newstrace.extract.gazetteer import compass_points, places_named
from newstrace.extract.entities.context import PLACE_LABELS, _Cluster, _words_of
from newstrace.extract.entities.occurrences import _Spans
from newstrace.extract.entities.lists import _lists, organization_named
from newstrace.extract.entities.namewords import _is_given_name
from newstrace.extract.entities.spans import _ner
from newstrace.extract.entities.labels import _after_locative
from newstrace.extract.entities.clusters import _merge


_WORK_QUOTES = frozenset({"'", "’", '"', "”"})


def _named_as_work(doc: Doc, cluster: _Cluster) -> bool:
    """An organisation, person or facility NER found (or a place no gazetteer knows) that
    the text names as a work or a product: one of its names stands right before a noun of
    ``work_nouns`` or ``product_nouns`` ("the X-Men movies", "'The Hunger Games' sequel",
    "Ritz crackers", "a Santa hat"), and none of them is the subject of a verb other than
    "be" (a studio acts: "the Lionsgate franchise" is kept where "Lionsgate refused"). A
    well-known organisation before a product noun owns the thing, no brand: "a UN aid truck"."""
    if cluster.label not in ("ORG", "PERSON", "FAC") and not (
            cluster.label == "GPE" and not any(country_named(f) or places_named(f) for f in cluster.forms())):
        return False  # (a place the gazetteer knows names where a thing is from: "a Paris hat")
    w = _words_of(doc)
    lists = _lists()
    known = cluster.label == "ORG" and any(organization_named(f) for f in cluster.forms())
    nouns = lists["work_nouns"] | (frozenset() if known else lists["product_nouns"])
    for m in cluster.mentions:
        end = m.span.end
        if end < w.n and w.text[end] in _WORK_QUOTES:
            end += 1
        if end < w.n and w.lower[end] in nouns and w.tag[end].startswith("NN"):
            break
        # "Microsoft's IE Web browser": the name opens a run of nouns that ends in one
        root = m.span.root.i
        head = w.head[root]
        if w.dep[root] == "compound" and end < head <= end + 2 and w.lower[head] in nouns \
                and all(w.dep[j] == "compound" and w.head[j] == head for j in range(end, head)):
            break
    else:
        return False
    for m in cluster.mentions:
        root = m.span.root.i
        if w.dep[root] == "nsubj" and w.lemma[w.head[root]] != "be":
            return False
    return True


def _given_name_places_to_people(clusters: list[_Cluster]) -> list[_Cluster]:
    """"... compared in the same breath with Tyler" after "Tyler Hansbrough": a one-word place
    that is a common given name (no country), never after a locative preposition ("in
    Florence"), whose word opens the name of exactly one person in the article, is that
    person called by the given name (NER typed the town of that name)."""
    places = [c for c in clusters if " " not in c.mentions[0].text and _is_given_name(c.mentions[0].text)
              and c.label in PLACE_LABELS and len(c.forms()) == 1]
    if not places:
        return clusters
    firsts: dict[str, list[_Cluster]] = {}
    for c in clusters:
        if c.label == "PERSON" and " " in c.name:
            firsts.setdefault(c.name.split(" ", 1)[0], []).append(c)
    gone = []
    for place in places:
        name = place.name
        people = firsts.get(name)
        if not people or len(people) != 1 or " " in name or not _is_given_name(name) or country_named(name) \
                or any(_after_locative(m.span) for m in place.mentions):
            continue
        _merge(people[0], place, retype=True)
        gone.append(place)
    return [c for c in clusters if not any(c is g for g in gone)] if gone else clusters


_QUOTED = re.compile(r"[\"“][^\"“”\n]{1,80}[\"”]")
_TITLE_LIST_LINKS = frozenset({" and ", " or ", ", ", ", and ", ", or "})


@cache
def _work_noun_before_pattern() -> re.Pattern[str]:
    lists = _lists()
    nouns = "|".join(sorted(lists["work_nouns"], key=len, reverse=True))
    links = "|".join(sorted(lists["work_title_links"], key=len, reverse=True))
    return re.compile(rf"\b(?i:{nouns})(?: (?:{links}))?,? $")


def _quoted_work_titles(text: str) -> _Spans:
    """The character ranges of quoted titles right after a noun for a work (``work_nouns``,
    perhaps with "like", "such as", "called" ... between), and of those listed after them:
    'the movie "Dreamgirls"', 'films like "The Prestige" and "Kate and Leopold"'. Names
    found only inside them are the work's, no actors. (From the quotes, which are few, back.)"""
    before = _work_noun_before_pattern()
    found = []
    last = -1
    for m in _QUOTED.finditer(text):
        start = m.start()
        listed = last >= 0 and text[last:start] in _TITLE_LIST_LINKS  # '"The Prestige" and "..."'
        if listed or before.search(text, max(0, start - 40), start):
            found.append(m.span())
            last = m.end()
        else:
            last = -1
    return _Spans(found)


def _work_key(text: str) -> str:
    text = text.strip(" '\"‘’“”").removesuffix("'s").removesuffix("’s").strip(" '\"‘’“”")
    return text[4:].casefold() if text[:4].lower() == "the " else text.casefold()


def _titles_of_works(doc: Doc) -> frozenset[str]:
    """What NER tags a work's title (a film, a book, a show) somewhere in the article:
    the same words typed a person or a place elsewhere ("Catching Fire" said, "Boy from
    Oz" a place) are that title, no actor."""
    ents, _ = _ner(doc)
    return frozenset(_work_key(e.text) for e in ents if e.label_ == "WORK_OF_ART")


def _compass_point_only(cluster: _Cluster) -> bool:
    """A country named only as "the North" or "the South" (the gazetteer's short forms of the
    Koreas): in an article that never names the country, a direction ("in the South and East
    China seas", "the Blue Eyed Arabs of the North"), no entity."""
    return cluster.country is not None and all(f.casefold() in compass_points() for f in cluster.forms())
