"""Entities: one per real-world person, organisation or place, with every mention.

Fallback order for deciding what a mention is and which entity it joins (the module
that holds each step in brackets; :func:`extract_entities` below runs them in turn):

1. spaCy's NER proposes mentions (PERSON, ORG, GPE, LOC, FAC); a leading "the" and a
   trailing possessive are trimmed so offsets cover the name only. Names NER cut or
   padded are repaired first: particles ("Ursula von der" + "Leyen"), a trailing
   preposition, a count in words after a name ("hitting Gray eleven times"), a lower-case
   "of" phrase after it ("Associated Press of bank robberies"), the second of two names
   NER ran together across a lower-case "the" ("making Ferraro the Democratic Party's
   first candidate": the span keeps "Ferraro"), a country's possessive in front (kept as
   a mention of its own), titles and honorifics, and "the U.S. government" is the
   country. Words that are no names (portfolios cut from titles, stance adjectives,
   demonyms before a noun, storms) go.
   [:mod:`.mentions` reads NER's spans and finds the names it missed;
   :mod:`.spans` repairs a span's extent; :mod:`.trim` trims it; :mod:`.namewords`
   holds the word tests they share; :mod:`.lists` the word lists and known organisations]
2. The country gazetteer overrides the label: any form of a country name is the GPE of
   that country, under its common short name ("the U.S." -> United States). The text
   overrides NER's type where it says more: a title or a person noun in apposition makes
   a person, and so does a title that is also a given name opening a two-word name NER
   typed an organisation ("Dean Kamen"); a known place after "in" or before ", <country>"
   is a place, and so is a name NER typed a person after "in", "near", "outside" or
   "around" ("a base in Diego Garcia"; not a lone given name, nor a person whose surname
   the text uses alone). A world region (``world_regions``: "Africa", "the Middle East")
   NER typed an organisation, person or facility is a place, and so is a feature word and
   one name word NER typed an organisation ("on Mount Sefton"). A news outlet of
   ``claims_outlets.toml`` named whole is an organisation ("told Dawn", "RT reported").
   A building's name NER typed an organisation (``housing_heads``: "the White House") is
   the FAC where the text puts something at it or names a part of it ("a reporter at the
   White House", "the White House's South Lawn"); a known town is a place where a person
   is from ("a woman from Aberdare"); nationality words before a lower-case noun ("a
   Greek Orthodox church") are no name; two acronyms joined by "&" are two ("EU & IMF").
   [:mod:`.labels`]
3. Mentions join an existing entity, first match wins:
   a. same normalised surface form, a possessive inside left out ("New People's Party" is
      "New People Party"; any type; the type is then decided by vote);
   b. an acronym defined in the text, "Baltic Maritime Observation Council (BMOC)", or whose
      letters are the initials of an organisation's name;
   c. for people (the short form then takes the person's type), a name whose words are
      a subset of a fuller name, the nearest
      preceding such name first ("Okafor" -> Romelu Okafor, "Assad" -> Hafez al-Assad),
      but only when one person of the article has such a name ("Trump" joins nobody when
      Donald and Mary Trump are both named), and two different full names never merge;
   d. for organisations, a shorter name that is the tail or head of a longer one
      ("Petrobras" -> Brazil Petrobras), and a name NER typed a person that opens an
      organisation's name ("Xinhua" -> Xinhua News Agency; not "Nixon" -> the Nixon
      administration, nor a surname of a person named in full);
   e. then the narrower passes of ``_cluster``, each on names of the labels it names: a
      plural and its singular, an organisation's part, a generic suffix ("Ministry" /
      "Ministry of Defence"), a facility's name, and a one-word place the gazetteer
      lacks inside a longer place's name ("Herzegovina" -> Bosnia and Herzegovina; not
      into a name that opens with a compass word, ``compass_words``); last, a name cut
      before its "of" ("Supreme Court" -> Supreme Court of Puerto Rico).
   [:mod:`.clusters`; then :mod:`.repeats` adds repeats NER missed, drops names that are
   common words and makes the entity records, and :mod:`.filters` drops or retypes
   clusters that are titles of works, a headline's words or compass points]
4. Roles come from the parse: titles before a name ("Deputy Foreign Minister Andrey
   Rudenko"), titles in apposition ("Chile's Interior Minister, Pavel
   Sorokin"), and affiliations ("Lee Min-jun from the Asan Institute ...").
   [:mod:`.roles`]

The types and per-Doc word tables every step reads are in :mod:`.context`, the whole-word
search in text in :mod:`.occurrences`. The modules, bottom to top (each imports only
those listed before it): context, occurrences, lists, namewords, spans, labels, trim,
clusters, filters, mentions, repeats, roles, and this one on top.
"""
from __future__ import annotations

from spacy.tokens import Doc

from newstrace.nlp import doc_text
from newstrace.extract.entities.context import EntityTable, _WORDS
from newstrace.extract.entities.lists import _add_known_organizations, us_state_named
from newstrace.extract.entities.occurrences import whole_word_occurrences
from newstrace.extract.entities.namewords import _title_case_headline
from newstrace.extract.entities.spans import _NER
from newstrace.extract.entities.clusters import _cluster
from newstrace.extract.entities.filters import (
    _compass_point_only, _given_name_places_to_people, _named_as_work, _quoted_work_titles,
    _titles_of_works, _work_key,
)
from newstrace.extract.entities.mentions import _mentions
from newstrace.extract.entities.repeats import _add_missed_repeats, _entities, _without_common_words
from newstrace.extract.entities.roles import _add_roles

__all__ = ["EntityTable", "extract_entities", "us_state_named"]  # what the other stages read; the rest lives in the modules below


def extract_entities(doc: Doc) -> EntityTable:
    _NER.clear()  # read afresh for each article
    _WORDS.clear()
    mentions = _mentions(doc)
    text = doc_text(doc)
    headline = _title_case_headline(doc, text)
    if headline:
        # a title-case headline's capitals tell no name's extent ("Outside Bloomington Sam's
        # Club", "Microsoft Patches IE"): a name there counts only as the body writes it
        body = text[headline:]
        mentions = [m for m in mentions if m.start >= headline or whole_word_occurrences(body, [m.text])]
    _add_known_organizations(doc, text, mentions)
    clusters = [c for c in _without_common_words(_cluster(mentions, text), text) if not _compass_point_only(c)]
    clusters = _given_name_places_to_people(clusters)
    _add_missed_repeats(doc, text, clusters)
    if headline:
        clusters = [c for c in clusters if any(m.end > headline for m in c.mentions)]
    works = _titles_of_works(doc)
    if works:
        # (not an organisation: a magazine or a studio goes by the title it publishes, "Playboy")
        clusters = [c for c in clusters if c.label == "ORG" or not all(_work_key(f) in works for f in c.forms())]
    clusters = [c for c in clusters if not _named_as_work(doc, c)]
    quoted_titles = _quoted_work_titles(text)
    if quoted_titles.spans:
        clusters = [c for c in clusters if not all(quoted_titles.overlap(m.start, m.end) for m in c.mentions)]
    entities = _entities(clusters)
    table = EntityTable(entities)
    _add_roles(doc, text, table)
    return table
