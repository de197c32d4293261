"""Step 2 of the fallback order, a mention's type: :func:`_label` overrides NER's label
where the gazetteers or the text say more (a title or a person noun in apposition makes
a person, a known place after "in" or before ", <country>" a place, an outlet, a
facility), with the tests it asks of a span.
"""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from newstrace.extract.names import is_acronym, title_words
from newstrace.extract.countries import country_named, country_of, country_of_demonym
from newstrace.extract.cues import lexicon as cue_lexicon, outlet_key
from newstrace.extract.gazetteer import key, places_named, world_regions
from newstrace.extract.entities.context import ENTITY_LABELS, PLACE_LABELS, RESCUED_LABELS, _text, _words, _words_of
from newstrace.extract.entities.lists import _lists, organization_named, us_state_named
from newstrace.extract.entities.namewords import (
    _given_name_first, _in_longer_person_name, _is_given_name, _is_name_word, _is_name_word_at, _large_place, _name_joint,
    _speaks,
)
from newstrace.extract.entities.spans import (
    _ends_a_person_name, _known_name, _opens_eponym, _organization_heads, _person_names, _place_names,
    _romanised_person_name, _stands_for_its_government, _surname_used_alone,
)


def _label(label: str, span: Span) -> str | None:
    """The entity type of a NER span, or None when it is not an entity of ours."""
    text = _text(span)
    if country_named(text):
        return "GPE"
    if organization_named(text):
        return "ORG"
    if label in ("PERSON", "GPE", "LOC", "FAC") and _listed_outlet(span, label):
        return "ORG"  # "told Dawn", "RT reported": a news outlet NER took for a person or a place
    if label in ("PERSON", "GPE", "LOC", "FAC", "ORG", "PRODUCT") and _station_named(span):
        return "ORG"  # "told NY1", "NBC10's Rosemary Connors": a station's letters and channel, no product code
    lists = _lists()
    w = _words_of(span.doc)
    last = w.lower[span.end - 1] if len(span) else ""  # asked below again and again
    if _opens_eponym(span):
        return None  # "Molotov cocktail", "Stockholm syndrome", "a Ponzi scheme": a kind of thing, named after no actor here
    if label == "PERSON" and _plural_name_alone(span):
        return "ORG"  # "the Dodgers", "once the Colts got Reggie involved": a plural proper noun names a team or a group
    if label in ("GPE", "LOC") and _plural_name_alone(span) and not places_named(text) \
            and key(text) not in world_regions():
        return "ORG"  # "the host Jaguars", "the Eagles' practice squad": a plural name no gazetteer holds is a team
    if text.casefold() in lists["abbreviations_no_entity"]:
        return None  # "placed on IR", "the IE vulnerability", "a DLL file": an abbreviation of a common noun or a product
    if label == "PERSON" and not _looks_like_person(span):
        return None
    if label == "PERSON" and len(span) >= 2 and last in title_words() and span.end < w.n \
            and w.pos[span.end] == "PROPN" and w.is_title[span.end] and not _given_name_first(span):
        return None  # "said Brooklyn Councilman Jumaane Williams": a place's or a body's title before the name
    if label == "PERSON" and len(span) >= 2 and span[-1].tag_ == "NNPS" and _plural_group(span):
        return "ORG"  # "Rotten Tomatoes", "McAfee Avert Labs", "Tar Heels": a plural name names a group
    if label == "PERSON" and len(span) >= 2 and last in lists["facility_heads"]:
        return "FAC"  # "John Radcliffe Hospital", "Richard J. Donovan Correctional Facility"
    if label == "PERSON" and len(span) >= 2 and last in lists["organization_last_words"]:
        return "ORG"  # "Wan Guo Jin Liang Company", "Crow Tribe"
    if label == "PERSON" and len(span) >= 2 and _job_plural(last) and not _given_name_first(span):
        return "ORG"  # "Highland Guides", "Coastal Pilots": a name ending in the plural of a job word is a firm
    if label == "PERSON" and _affiliation_of_person(span) and _no_person_named(span) \
            and not (_residence_of_person(span, label) and not _given_name_first(span)):
        return "ORG"  # "Cheng Chung-tai of Civic Passion": what a person is "of", typed a person, is his party
    if label == "PERSON" and len(span) >= 2 and _employer_before_job(span) and _no_person_named(span):
        return "ORG"  # "Helicopter Line pilot Jim Campbell": the name before a job word and a person is the employer
    if label in ("PERSON", "ORG", "FAC", "GPE") and len(span) <= 3 and not is_acronym(text) and _state_follows(span) \
            and not _given_name_first(span) and not _named_person_span(span):
        return "GPE"  # "the Redmond, Wash. company", "Burnsville, Minn.,": a town set before its state
    if label in ("ORG", "PERSON", "GPE") and _state_word(text) and _state_after_town(span):
        return "GPE"  # the "Wash." of "Redmond, Wash.": a state's abbreviation after a town and a comma
    if label in ("PERSON", "GPE") and _named_as_organization(span) \
            and not (label == "PERSON" and _given_name_first(span)):
        return "ORG"  # (not "Eduardo Dutra (Petrobras, government oil company, president)")
    if label in ("ORG", "GPE", "LOC", "PERSON") and _named_as_vehicle(span):
        return "FAC"  # "the cargo ship Jairan", "the Jaffar Express, a cross-country train"
    if label in ("ORG", "GPE", "LOC") and text.casefold() in lists["institution_names"]:
        return "ORG"  # "the Senate", "in Congress": a legislature, never a place
    if label in ("ORG", "PERSON", "FAC", "GPE", "LOC") and key(text) in world_regions() \
            and not (span.start > 0 and w.text[span.start - 1] == "The" and not w.sent_start[span.start - 1]):
        # "peace efforts from Europe to the Caucasus", "the Western Balkans" typed ORG (not
        # "told The Atlantic": a capital "The" inside a sentence starts a title)
        return label if label in PLACE_LABELS else "LOC"
    if label in ("ORG", "GPE", "LOC", "FAC", "PERSON") and len(span) == 1 and w.pos[span.start] == "ADJ" \
            and not (span.end < w.n and w.pos[span.end] in ("NOUN", "PROPN")) \
            and not country_of_demonym(text) and not places_named(text):
        # "the Presidential official residence", "a GREAT and POWERFUL STATE": a lone adjective
        # is no name ("pro-Beijing" is a place; "the Khurais oil field", before a noun, a facility's name)
        return None
    if len(span) == 1 and span.start > 0 and w.text[span.start - 1] == "," \
            and last.strip(".") in lists["post_nominals"]:
        return None  # "Mark Tedeschi, QC," and "Tom Molomby, SC,": a lawyer's rank set off after the name
    if len(span) <= 3 and (text.endswith(tuple(lists["name_adjective_suffixes"]))
                           or text.lower().startswith(tuple(lists["negating_prefixes"]))):
        return None  # "a Warhol-like wig", "Muslim / non-Muslim": words made of a name, no mention of it
    if label in ("GPE", "LOC") and span.start > 0 and w.text[span.start - 1] == "The" \
            and not w.sent_start[span.start - 1] and not places_named(text):
        return "ORG"  # "told The Atlantic": a capital "The" inside a sentence starts a title, no sea's name
    if label in ("ORG", "GPE", "LOC", "FAC", "PERSON") and len(span) >= 2 and last in lists["document_heads"] \
            and not _given_name_first(span):
        return None  # "United States Constitution", "Human Life Protection Act": documents ("Nathan Law" a person)
    if label in ("ORG", "PERSON", "GPE", "LOC") and country_of_demonym(text) and not country_named(text):
        return None  # "Hong Kongers", "Puerto Rican": a demonym makes its country an actor
    if label in ("ORG", "GPE", "LOC", "FAC", "PERSON") and len(span) >= 2 and last in lists["event_heads"] \
            and not any(w.is_lower[i] and w.tag[i] != "POS" for i in range(span.start, span.end)):
        return None  # "Korean War", "International Women's Day": events ("Veterans Against the War" is a group)
    if label in ("ORG", "GPE", "LOC", "FAC", "PERSON") and span.end + 1 < w.n and w.tag[span.end] == "POS" \
            and w.is_title[span.end + 1] and w.lower[span.end + 1] in lists["possessive_event_heads"]:
        return None  # "Valentine's Day", "St. Patrick's Day": the name of a day, no mention of its namesake
    if label in ("ORG", "GPE", "LOC", "FAC", "PERSON") and last in lists["award_nicknames"] \
            and not any(w.is_lower[span.start:span.end]):
        return None  # "the Oscars", "the Tonys": an award or its ceremony
    if label in ("ORG", "FAC", "PERSON") and len(span) >= 2 and last in lists["award_heads"] and _after_article(span):
        return None  # "a 2008 MacArthur Fellowship": one of an award's many ("the Evangelical Fellowship" is a body)
    if label == "PERSON" and len(span) == 1 and f"{last}s" in lists["award_nicknames"] and _award_named(span):
        return None  # "nominated for an Oscar", "Oscar hosting decorum" where the text names the Oscars
    if label in ("ORG", "GPE", "LOC", "FAC", "PERSON") and _prize_named(span):
        return None  # "the 85th Academy Awards", "National Player of the Year": a prize or an honour, no actor
    if label in ("GPE", "LOC", "PERSON") and len(span) == 1 \
            and (last in lists["institution_words"] or last in lists["organization_heads"]):
        return None  # "Council", "Administration" alone: a common noun capitalised
    if label in ("ORG", "GPE", "LOC", "FAC", "PERSON") and len(span) >= 2 and last in lists["street_words"]:
        return "LOC"  # "Castlefrank Road", "Waddell Avenue"
    if label in ("ORG", "FAC", "PERSON") and len(span) >= 2 and (
            last in lists["feature_last_words"]
            or w.lower[span.start] in lists["feature_first_words"] and (label != "ORG" or _feature_and_name(span))
            or len(span) >= 3 and f"{w.lower[span.end - 2]} {last}" in lists["feature_last_phrases"]):
        return "LOC"  # "Whitsun Reef", "Causeway Bay", "Chippewa Falls", "Boni Forest", "Fort Lee"
    # the world list's rarer names only where the name is no modifier of a common noun ("the
    # Dow Jones average": an index, a product or a firm as often as a person)
    if label in ("ORG", "GPE", "LOC", "FAC") and _given_name_first(
            span, titled=True, wide=not (span[-1].dep_ == "compound" and span[-1].head.pos_ == "NOUN")):
        return "PERSON"  # "Dean Kamen", "Florence Ozor", "Peyton Manning" typed as organisations
    if label in ("ORG", "GPE", "LOC") and 3 <= len(span) <= 4 and _romanised_person_name(text):
        return "PERSON"  # "Lam Cheuk-ting", "Moon Jae-in" typed an organisation or a place
    if label in ("ORG", "GPE", "LOC") and _family_name_of_person(span):
        return "PERSON"  # "Tomasz and Marek Sekielski", "Lai's son ... Sebastien Lai" typed ORG
    if label in ("ORG", "GPE", "LOC") and len(span) == 1 and _surname_of_person(span):
        return "PERSON"  # "Berisha said", "Cummings" typed as places, after "Sali Berisha"
    if label in ("PERSON", "ORG", "GPE", "LOC", "FAC") and len(span) == 1 and _given_name_after_person_noun(span):
        return "PERSON"  # "with his brother Paul", "her daughter Georgia": a given name NER took for a place
    if label in ("ORG", "GPE", "LOC", "FAC") and len(span) >= 2 and _after_title(span):
        return "PERSON"  # "spokesperson Amina Yusuf": NER typed a name after a title
    if label in ("ORG", "GPE", "LOC") and 2 <= len(span) <= 4 and _after_age(span):
        return "PERSON"  # "40-year-old Skandaraj Navaratnam" typed an organisation
    if label in ("ORG", "GPE", "LOC") and len(span) >= 2 and _described_as_person(span):
        return "PERSON"  # "Rogier Creemers, assistant professor ...", "Lydia Rosasi, 29,"
    if label in ("ORG", "GPE", "LOC") and 2 <= len(span) <= 3 and _followed_by_who(span):
        return "PERSON"  # "after the death of Saparmurat Niyazov, who forged a personality cult" typed ORG
    if label in ("ORG", "GPE", "LOC") and 2 <= len(span) <= 4 and _listed_with_people(span):
        return "PERSON"  # "Antonio Palocci (Economy), ..., Celso Amorim (Exterior Relations)"
    if label == "ORG" and len(span) >= 2 and last in lists["housing_heads"] and _set_as_building(span):
        return "FAC"  # "a reporter at the White House", "taken to Government House" (not "the White House said")
    if label == "ORG" and last in title_words() and not _place_office(span):
        return None  # "U.N. Resident Coordinator" is a title, not an organisation
    if label in ("GPE", "LOC", "ORG") and len(span) == 2 and last == "district" \
            and w.lower[span.start] in _lists()["court_districts"] and span.end < w.n \
            and w.lower[span.end] == "of":
        return None  # "the Western District of Texas": a court's district, no place of its own
    if label in ("GPE", "LOC") and " and " in text:
        return None  # "North and South Korea": a coordination, not a name
    if label in ("GPE", "LOC") and _CODE_NAME.match(text):
        return None  # "IE9", "STS-134": letters and a number make a product's or a mission's code, no place
    if label == "NORP" and len(span) == 1 and not country_of_demonym(text) \
            and (_after_locative(span) or _after_place_noun(span) or _before_place_noun(span)) and _large_place(span):
        return "GPE"  # "hospitals in Omdurman", "the capital, Tunis,", "Punjab province" typed a nationality
    if label in RESCUED_LABELS and _large_place_standing_alone(span):
        return "GPE"  # "Kursk was shelled", "What is Aleppo?" typed a product, a nationality
    if label == "NORP" and _surname_read_as_nationality(span):
        return "PERSON"  # "Klitschko stopped Thompson", "said Brekelmans": NER took a surname for a nationality
    if label == "NORP":
        # a known demonym only makes its country an actor; a multi-word name NER calls
        # a nationality ("Saudi Telecom") is an organisation
        if country_of_demonym(text) or len(span) == 1 or _modifies_common_noun(span):
            return None  # (not "a Greek Orthodox church", "Central European populists": words of a kind)
        return "ORG"
    if label == "ORG" and _named_as_organization(span):
        return "ORG"  # "Casa, the charity, said": a place's name, set beside a noun for a body, names the body
    if label == "ORG" and len(span) == 1 and not is_acronym(text) and _after_locative(span):
        return "GPE"
    if label == "ORG" and len(span) == 1 and not is_acronym(text) and _large_place(span):
        return "GPE"  # "Herat", "Mogadishu", "Peshawar" typed as organisations
    if label in ("PERSON", "ORG", "FAC") and _known_place_in_place_context(span):
        return "GPE"  # "in Ghazni", "Phalombe, Malawi", "a woman from Aberdare": NER took a town for a person
    if label in ("PERSON", "ORG", "FAC") and _residence_of_person(span, label) and not is_acronym(text) \
            and not _given_name_first(span):
        return "GPE"  # "John Smith, 23, of Millbrook,", "her Millbrook neighbors", "Elm Street, Millbrook,"
    if label == "PERSON" and len(span) <= 2 and not _given_name_first(span) and _end_of_place_range(span) \
            and not _speaks(span) and not _in_longer_person_name(span):
        return "GPE"  # "from Hong Kong south to Borneo": the other end of a range from a place is a place
    if label == "PERSON" and len(span) <= 2 and _object_of_locative(span) and not _speaks(span) \
            and not _in_longer_person_name(span) and not _ends_a_person_name(span.doc, text) \
            and not (len(span) == 1 and _is_given_name(span.text) or _given_name_first(span) and _surname_used_alone(span)):
        # "a runway in Agalega", "the base in Diego Garcia": people are not "in" a name (but "ran
        # into Jean", "the inquiry in Joe Biden ... Biden said": a given name, a surname used alone)
        return "GPE"
    if label == "PERSON" and _after_definite_article(span):
        return "GPE" if places_named(text) else "ORG"  # "the Kantei", "the Oberster Gerichtshof"
    if label == "PERSON" and _large_place_no_person(span):
        return "GPE"  # "Da Nang", "Okinawa" typed PERSON with nothing of a person about them
    if label in ("EVENT", "WORK_OF_ART") and _outlet_named(span):
        return "ORG"  # "according to the Sydney Morning Herald" typed an event
    if label in RESCUED_LABELS | {"PERSON", "ORG"} and _object_of_place_noun(span):
        return "GPE"
    if label in RESCUED_LABELS:
        # (not "in the 2009 Omnibus Appropriations Act": a document's name after "in" is no place)
        return "GPE" if _after_locative(span) and last not in lists["document_heads"] else None
    return label if label in ENTITY_LABELS else None


def _large_place_standing_alone(span: Span) -> bool:
    """One word NER typed a product, a work, a law, an event or a nationality that is no
    demonym and that the gazetteer knows as a large place, standing as a noun of its clause
    (``name_roles``, or the complement of "be") with no article or number: the place, as
    "Kursk was shelled", "troops shelled Kursk" (but "the Kursk submarine", "the Kursk", "a
    Dakar": a thing named after the place)."""
    if len(span) != 1:
        return False
    w, i = _words_of(span.doc), span.start
    return w.tag[i] == "NNP" and not w.text[i].isupper() \
        and (w.dep[i] in _lists()["name_roles"] or w.dep[i] == "attr") \
        and not any(t.dep_ in ("det", "nummod", "predet", "compound", "amod") for t in span[0].children) \
        and not country_of_demonym(w.text[i]) and _large_place(span)


def _surname_read_as_nationality(span: Span) -> bool:
    """One singular proper noun NER typed a nationality that is no demonym, people or faith
    (``peoples``, ``people_word_suffixes``) and stands as a noun of the clause (``name_roles``:
    subject, object, owner), with no article or number of its own and no large place of that
    name: a surname ("Klitschko dumped Thompson", "reacting to Klitschko's feints"), where
    nationalities stand before a noun ("Ukrainian fans") or take an article or a number ("the
    Rohingya", "an American Samoan", "two Emmys"), and a city NER mistyped is the city ("What
    is Aleppo?"), as is a name a place noun or a locative preposition governs ("the town of
    Aungban", "in Omdurman")."""
    if len(span) != 1:
        return False
    w, i = _words_of(span.doc), span.start
    text, lower = w.text[i], w.lower[i]
    lists = _lists()
    return w.tag[i] == "NNP" and text[:1].isupper() and not text.isupper() and text.isalpha() \
        and w.dep[i] in lists["name_roles"] \
        and not any(t.dep_ in ("det", "nummod", "predet") for t in span[0].children) \
        and lower not in lists["peoples"] and not lower.endswith(tuple(lists["people_word_suffixes"])) \
        and not country_of_demonym(text) and not country_named(text) and not _large_place(span) \
        and not _after_locative(span) and not _object_of_place_noun(span) and not _after_place_noun(span)


def _named_as_vehicle(span: Span) -> bool:
    """A name beside a noun for a vehicle (``vehicle_nouns``): in apposition either way, or
    right after the noun ("the cargo ship Jairan"); not a person's name nor a known place."""
    nouns = _lists()["vehicle_nouns"]
    w, root = _words_of(span.doc), span.root.i
    if _given_name_first(span) or places_named(_text(span)):
        return False  # (the ship "Alan Kurdi" is named after a person the article names too; "Tehran")
    if w.dep[root] in ("appos", "nmod") and w.lemma[w.head[root]] in nouns and w.is_lower[w.head[root]]:
        return True
    if any(c.dep_ == "appos" and c.lemma_ in nouns and c.is_lower for c in span.root.children):
        return True
    before = span.start - 1  # (a noun: "to ship Huawei phones", "train Wagner fighters" are verbs)
    return before >= 0 and w.is_lower[before] and w.pos[before] == "NOUN" and w.lemma[before] in nouns


def _modifies_common_noun(span: Span) -> bool:
    """The name describes a lower-case noun right after it (lower-case modifiers between),
    as an adjective does: "a Greek Orthodox church", "Central European populist leaders"."""
    w, root = _words_of(span.doc), span.root.i
    head = w.head[root]
    return w.dep[root] in ("amod", "compound") and head >= span.end and w.pos[head] == "NOUN" \
        and all(w.is_lower[i] for i in range(span.end, head + 1))


def _set_as_building(span: Span) -> bool:
    """The text puts something at, near or into the name, takes someone to it, or names a
    part of it ("the south lawn of the White House", "the White House's South Lawn").
    "At" after a person's post and before a name without "the" names the employer, no
    building ("an editor at Penguin Random House"; "a reporter at the White House" is in it)."""
    lists = _lists()
    w, root = _words_of(span.doc), span.root.i
    head = w.head[root]
    if w.dep[root] == "pobj":
        if w.lower[head] in lists["housing_prepositions"]:
            post = w.head[head]
            return not (w.lower[head] == "at" and post != head and w.pos[post] == "NOUN"
                        and (w.lemma[post] in lists["person_nouns"] or w.lower[post] in title_words())
                        and w.lower[span.start - 1] != "the")
        if w.lower[head] == "to" and w.pos[w.head[head]] == "VERB" and w.lemma[w.head[head]] in lists["motion_verbs"]:
            return True
        return w.lower[head] == "of" and w.lower[w.head[head]] in lists["building_part_nouns"]
    return w.dep[root] == "poss" and w.lower[head] in lists["building_part_nouns"]


def _feature_and_name(span: Span) -> bool:
    """An organisation's span of two words, a word for a feature of the land
    (``feature_first_words``) and one name word that is no organisation's or facility's
    ("on Mount Sefton" typed ORG): the feature's name. ("Mount Sinai Hospital", "Lake
    Forest College" are longer; "Fort Worth Police" ends in an organisation's word.)"""
    if len(span) != 2:
        return False
    lists = _lists()
    last = _words_of(span.doc).lower[span.end - 1]
    return _is_name_word(span[1]) and last not in lists["organization_last_words"] \
        and last not in lists["facility_heads"] and last not in lists["institution_words"]


def _place_office(span: Span) -> bool:
    """"the Hennepin County Attorney": a place's name, then a public office's title
    (``place_led_office_titles``), after "the" and with no name after it, is the office."""
    w = _words_of(span.doc)
    start = span.start + (w.lower[span.start] == "the")
    if w.lower[span.end - 1] not in _lists()["place_led_office_titles"] or start >= span.end - 1 \
            or not (start > span.start or span.start > 0 and w.lower[span.start - 1] == "the"):
        return False
    if span.end < w.n and (w.is_title[span.end] or w.lower[span.end] in ("'s", "’s", "for", "of")):
        return False
    k = span.end - 1
    while k > start and w.is_title[k - 1] and w.lower[k - 1] not in title_words():
        k -= 1  # the place's words: "Hennepin County" of "Hennepin County Attorney"
    place = _text(span.doc[start:span.end - 1])
    return k == start and not country_named(place) and bool(places_named(place))


def _job_plural(word: str) -> bool:
    """``word`` is the plural of a job word (``job_nouns``: "guides", "coaches")."""
    return word in _job_plurals()


@cache
def _job_plurals() -> frozenset[str]:
    return frozenset(job + ending for job in _lists()["job_nouns"] for ending in ("s", "es"))


def _plural_group(span: Span) -> bool:
    """A PERSON span ending in a plural proper noun that is no person's name: no given name
    or title first, no demonym ("Hong Kongers"), a last word the text never uses alone, as it
    does a surname that ends in "s" ("Hope Hicks ... Hicks said"), and not in a list of people."""
    return not _is_given_name(span[0].text) and span[0].lower_ not in title_words() \
        and not country_of_demonym(_text(span)) and not _ends_a_person_name(span.doc, _text(span)) \
        and not _surname_used_alone(span) and not _listed_with_people(span)


def _plural_name_alone(span: Span) -> bool:
    """One capitalised plural proper noun inside a sentence, no demonym and no surname the
    text uses of a person (:func:`_plural_group`): a team's or a group's name, never one
    person's ("Manny Ramirez to the Dodgers"; not "Photographs" opening a sentence, nor "the
    #Oscars", an award)."""
    w, i = _words_of(span.doc), span.start
    # (tagged a common plural only after "the": "the Colts couldn't keep Kansas City")
    plural = w.tag[i] == "NNPS" or w.tag[i] == "NNS" and i > 0 and w.lower[i - 1] == "the"
    return len(span) == 1 and plural and w.is_title[i] and not w.sent_start[i] \
        and w.is_alpha[i] and w.lower[i] not in _lists()["award_nicknames"] and _plural_group(span)


def _looks_like_person(span: Span) -> bool:
    if any(c.isdigit() for c in _text(span)):
        return False
    w = _words_of(span.doc)
    if not any(w.pos[i] == "PROPN" or w.is_title[i] for i in range(span.start, span.end)
               if not w.is_punct[i] and "-" not in w.text[i]):
        return False  # "nonpartisan pan-democrat": descriptors, no name
    # a lone common noun capitalised at the start of a sentence ("Photographs showed")
    return not (len(span) == 1 and w.tag[span.start] in ("NNS", "NNPS", "NN", "JJ", "VBG"))


def _family_name_of_person(span: Span) -> bool:
    """Two to four proper nouns, none a word of an organisation, facility or place, whose
    last word ends a name NER tags PERSON elsewhere in the article (a relative: "Sebastien
    Lai" beside "Jimmy Lai"), or that NER tags PERSON elsewhere itself."""
    if not 2 <= len(span) <= 4 or not all(_is_name_word(t) for t in span):
        return False
    text, people, last = _text(span), _person_names(span.doc), span[-1].text
    if not (text in people or any(p.endswith(" " + last) and p != text for p in people)):
        return False
    lists = _lists()
    if any(t.lower_ in lists["organization_nouns"] or t.lower_ in lists["facility_heads"]
           or t.lower_ in lists["not_person_words"] or t.lower_ in lists["street_words"]
           or t.lower_ in _organization_heads() for t in span):
        return False
    # "Africa Erdogan": a place NER ran into a name
    return not (_known_name(span) or places_named(text) or country_of(span[0].text)
                or span[0].text in _place_names(span.doc))


def _surname_of_person(span: Span) -> bool:
    """One proper noun, no known name or gazetteer place, that ends a name of two or more
    words NER tags PERSON in the article: a surname used alone ("Berisha" after "Sali
    Berisha"), whatever NER typed it."""
    word = span[0]
    if not _is_name_word(word) or is_acronym(word.text) or word.lower_ in _organization_heads():
        return False
    if not _ends_a_person_name(span.doc, word.text):
        return False
    return not (_known_name(span) or places_named(word.text))


def _after_definite_article(span: Span) -> bool:
    """A name NER typed PERSON right after "the" that modifies no noun ("the Kantei said",
    "fighting the Houthis"): people's names take no article; plurals ("the Bidens", a
    family) and titles ("the Queen") aside."""
    w = _words_of(span.doc)
    if span.start == 0 or w.lower[span.start - 1] != "the":
        return False
    root = span.root.i
    if w.dep[root] in ("compound", "amod", "nmod", "poss") or w.tag[root] == "NNPS" or _text(span).endswith("s"):
        return False
    if span.end < w.n and w.pos[span.end] == "NOUN" and w.is_lower[span.end]:
        return False  # "the Warhol exhibit": the name modifies the noun after it, whatever the parse says
    first = w.lower[span.start]
    return first not in title_words() and first not in _lists()["titles_of_rank"] and _is_name_word_at(w, span.start)


def _after_title(span: Span) -> bool:
    """A name of proper nouns right after a title or a noun for a person that modifies it
    ("spokesperson Amina Yusuf", "protester Paris Kyriakides"; not an adjective of the same
    form, "his native New York City")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (before is not None and (before.lower_ in title_words()
                                    or before.lemma_ in _lists()["person_nouns"] and before.pos_ == "NOUN")
            and (before.dep_ in ("compound", "nmod", "amod", "appos") or span.start <= before.head.i < span.end)
            and all(t.pos_ == "PROPN" for t in span))


def _given_name_after_person_noun(span: Span) -> bool:
    """One common given name right after a lower-case noun for a person that the parse joins
    to it ("his brother Paul", "her son Jordan"): no country's name."""
    if span.start == 0 or not _is_given_name(span.text) or country_named(span.text):
        return False
    before, name = span.doc[span.start - 1], span.root
    return before.is_lower and before.pos_ == "NOUN" and before.lemma_ in _lists()["person_nouns"] \
        and (name.head.i == before.i or before.head.i == name.i)


def _after_age(span: Span) -> bool:
    """A name of capitalised proper nouns right after an age ("40-year-old Skandaraj
    Navaratnam"), none a word of an organisation or facility:
    things and bodies have no years of life in news copy ("a 50-year-old company" is no
    name's word)."""
    w = _words_of(span.doc)
    i = span.start
    if i < 3 or w.lower[i - 1] != "old" or w.text[i - 2] != "-" or w.lower[i - 3] not in ("year", "years"):
        return False
    lists = _lists()
    return all(w.pos[k] == "PROPN" and (w.is_title[k] or "-" in w.text[k])
               and w.lower[k] not in lists["organization_nouns"] and w.lower[k] not in lists["facility_heads"]
               and w.lower[k] not in _organization_heads() for k in range(span.start, span.end)) \
        and not _known_name(span)


def _described_as_person(span: Span) -> bool:
    """A name of proper nouns in apposition with a title, a word for a person or an age."""
    if not all(t.pos_ == "PROPN" and (t.is_title or "-" in t.text) for t in span):
        return False
    if any(t.lower_ in _lists()["organization_nouns"] or t.lower_ in _lists()["facility_heads"] for t in span):
        return False
    if span[-1].lower_ in _lists()["organization_last_words"]:
        return False  # "the director general of the media wing, Inter Services Public Relations,"
    if _large_place(span):
        return False  # "Rep. Nick Rahall (D) of West Virginia, the chairman of ...": the parse apposes the title to the state
    root = span.root
    beside = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        beside.append(root.head)
        of = root.head.head
        if root.head.dep_ == "pobj" and of.lower_ == "of" and of.head.i < of.i:
            beside.append(of.head)  # "the president of Namibia, Hage Geingob": the parse apposes the name to Namibia
    people = _lists()["person_nouns"]
    for word in beside:
        if word.ent_type_ in ("ORG", "GPE", "LOC", "FAC"):
            continue
        if word.lower_ in title_words() or word.lemma_.lower() in people:
            return True
        if word.like_num and word.i == span.end + 1 and span.doc[span.end].text == ",":
            return True  # "Lydia Rosasi, 29, works ..."
    return False


def _followed_by_who(span: Span) -> bool:
    """Two or three capitalised proper nouns, none a word of a body, a place or a facility,
    nor a plural (a team: "the Colts, who"), whose relative clause opens with "who": a
    person's name."""
    w, end = _words_of(span.doc), span.end
    if not (end + 1 < w.n and w.text[end] == "," and w.lower[end + 1] == "who"):
        return False
    lists = _lists()
    if any(not (w.pos[i] == "PROPN" and w.is_title[i]) or w.tag[i] == "NNPS"
           or w.lower[i] in lists["organization_nouns"] or w.lower[i] in lists["not_person_words"]
           or w.lower[i] in lists["facility_heads"] or w.lower[i] in lists["place_nouns"]
           or w.lower[i] in lists["street_words"] for i in range(span.start, end)):
        return False
    text = _text(span)
    return not (organization_named(text) or places_named(text) or country_of(text))


def _listed_with_people(span: Span) -> bool:
    """Two to four proper nouns coordinated or apposed with a name NER tags PERSON ("Roger
    Agnelli ... and Eduardo Dutra", a list of ministers), with no word of an organisation,
    facility or place, and no known name or place as a whole: one more person of the list."""
    root = span.root
    linked = [root.head] if root.dep_ in ("conj", "appos") else []
    linked += [c for c in root.children if c.dep_ in ("conj", "appos") and c.i >= span.end]
    if not any(w.ent_type_ == "PERSON" and not span.start <= w.i < span.end and _plain_person(w) for w in linked):
        return False
    # a hyphenated surname's pieces count as its words ("Orlando Mendez-Valdez")
    words = _words_of(span.doc)
    if span[-1].text == "-" or not all(_is_name_word(t) or t.text == "-" and _name_joint(words, t.i) for t in span):
        return False
    lists = _lists()
    if any(t.lower_ in lists["organization_nouns"] or t.lower_ in lists["facility_heads"]
           or t.lower_ in lists["not_person_words"] or t.lower_ in lists["street_words"]
           or t.lower_ in lists["place_nouns"] or t.lower_ in _organization_heads() for t in span):
        return False
    text = _text(span)
    return not (_known_name(span) or places_named(text) or country_of(span[0].text))


def _plain_person(word: Token) -> bool:
    """The PERSON name holding ``word`` starts with no region or large town and holds no
    word of an organisation or place ("Montana Native Vote", "Sioux Tribes": groups NER
    took for people, which list no people)."""
    doc, start, end = word.doc, word.i, word.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    lists = _lists()
    if any(t.lower_ in lists["not_person_words"] or t.lower_ in lists["organization_last_words"]
           or t.lower_ in lists["place_nouns"] for t in doc[start:end]):
        return False
    return not _large_place(doc[start]) and not country_of(doc[start].text)


def _state_follows(span: Span) -> bool:
    """A comma and a US state's name or abbreviation right after the name ("Redmond, Wash.",
    "Burnsville, Minnesota"): datelines and crime reports set a town so."""
    w, end = _words_of(span.doc), span.end
    if end + 1 >= w.n or w.text[end] != ",":
        return False
    after = w.text[end + 1]
    if end + 2 < w.n and w.text[end + 2] == "." and not w.space[end + 1]:
        after += "."  # "Wash ." split by the tokeniser
    return _state_word(after) and w.text[end + 1][:1].isupper()


def _state_word(text: str) -> bool:
    """A US state's abbreviation or postal code as news sets it after a town."""
    return bool(us_state_named(text)) or text.lower() in _lists()["state_words_after_town"]


def _state_after_town(span: Span) -> bool:
    """A state's abbreviation right after a capitalised name and a comma ("Redmond, Wash.")."""
    w, start = _words_of(span.doc), span.start
    return start >= 2 and w.text[start - 1] == "," and w.is_title[start - 2] and w.pos[start - 2] == "PROPN"


def _named_person_span(span: Span) -> bool:
    """Whether the span's text is a person's name NER tags elsewhere in the article."""
    return _text(span) in _person_names(span.doc)


def _affiliation_of_person(span: Span) -> bool:
    """A name after "of" that hangs on a person's name ("Cheng Chung-tai of Civic Passion")."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    owner = root.head.head
    return owner.ent_type_ == "PERSON" and owner.i < span.start


def _employer_before_job(span: Span) -> bool:
    """A name right before a lower-case job word or title and a person's name ("Helicopter
    Line pilot Jim Campbell", "Acme Mining engineer Sam Reid"): English names the employer
    there, the person after the job word."""
    w, end = _words_of(span.doc), span.end
    if end + 2 >= w.n or not w.is_lower[end] or w.lower[end] not in title_words() | _lists()["job_nouns"]:
        return False
    return span.doc[end + 1].ent_type_ == "PERSON" and span.doc[end + 1].ent_iob_ == "B"


def _named_as_organization(span: Span) -> bool:
    """"the militant group al-Harakat", "al-Harakat, the group": a name beside an
    organisation noun is the organisation's, whatever NER typed it."""
    root = span.root
    nouns = _lists()["organization_nouns"]
    kinds = nouns | _lists()["company_nouns"]  # (only beside the name, not after it)
    head = root.head.lemma_.lower()
    if root.dep_ in ("appos", "nmod") and head in kinds:
        return True
    # "al-Harakat militants": a name modifying the noun for an organisation's members
    if root.dep_ == "compound" and root.head.i >= span.end and head in nouns | _lists()["member_nouns"] \
            and not places_named(_text(span)):
        return True  # (not a place's name: "two Brooklyn gangs", "a Texas company")
    if any(c.dep_ == "appos" and c.lemma_.lower() in kinds for c in root.children):
        return True
    # "hiring law firm Sidley Austin", "the street gang Tren de Aragua", "online retailers
    # Pinduoduo and Tmall": the organisation noun right before the name (or before the name
    # it is joined to by "and") is a compound of it
    doc, name_head, start = span.doc, root, span.start
    if root.dep_ == "conj" and root.head.i < span.start and root.head.pos_ == "PROPN":
        name_head, start = root.head, root.head.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == name_head.i:
            start -= 1
    before = doc[start - 1] if start > 0 else None
    # ("oil services firm Halliburton": the noun parsed as its adjective)
    return before is not None and (before.dep_ == "compound" or before.dep_ == "amod" and before.tag_ == "NN") \
        and before.head.i == name_head.i and before.lemma_.lower() in kinds


def _known_place_in_place_context(span: Span) -> bool:
    """A name the place gazetteer knows, where the text uses it as a place: after a
    locative preposition, followed by ", <country>", or as where a person is from."""
    if not (_after_locative(span) or _country_follows(span) or _home_of_person(span)):
        return False
    lower = _words_of(span.doc).lower
    if any(lower[i] in _lists()["organization_nouns"] or lower[i] in _lists()["facility_heads"]
           for i in range(span.start, span.end)):
        return False
    return bool(places_named(_text(span)))


def _home_of_person(span: Span) -> bool:
    """Where a person is from: "a woman from Aberdare", "who is from Aberdare", "an
    Aberdare woman" (a noun for a person after "from" or modified by the name, or "be")."""
    w, root = _words_of(span.doc), span.root.i
    head = w.head[root]
    person_nouns = _lists()["person_nouns"]
    if w.dep[root] in ("compound", "amod") and head == span.end and w.is_lower[head]:
        return w.lemma[head] in person_nouns
    if w.dep[root] != "pobj" or w.lower[head] != "from":
        return False
    return w.lemma[w.head[head]] in person_nouns or w.lemma[w.head[head]] == "be"


def _after_article(span: Span) -> bool:
    """The name follows "a" or "an", a year or a number between ("a 2008 MacArthur Fellowship")."""
    w, k = _words_of(span.doc), span.start - 1
    if k >= 0 and w.like_num[k]:
        k -= 1
    return k >= 0 and w.lower[k] in ("a", "an")


def _prize_named(span: Span) -> bool:
    """A prize's or an honour's name: a capitalised word of ``award_words`` after the name's
    first word ("Tony Awards", "Academy Award for Best Visual Effects"), or words of
    ``honour_title_ends`` closing the name or right after it ("National Player of the Year")."""
    w, start, end = _words_of(span.doc), span.start, span.end
    lists = _lists()
    if any(w.is_title[i] and w.lower[i] in lists["award_words"] for i in range(start + 1, end)):
        return True
    for phrase in lists["honour_title_ends"]:
        n = len(phrase.split())
        for stop in (end, end + n):  # the phrase inside the name, or the words NER left after it
            if start + n < stop <= w.n and " ".join(w.lower[stop - n:stop]) == phrase and w.is_title[stop - 1]:
                return True
    return False


def _award_named(span: Span) -> bool:
    """A singular award's short name ("an Oscar", "Oscar hosting") in a text that names
    the award in the plural ("the Oscars"): the award, not a person who bears the name."""
    w, start, end = _words_of(span.doc), span.start, span.end
    plural = f"{w.lower[start]}s"
    if not any(low == plural for low in w.lower):
        return False
    # the name modifies the noun after it ("Oscar hosting decorum"); "Oscar said" is a person's
    modifies_next = w.dep[start] in ("compound", "nmod", "amod") and w.head[start] >= end
    return start > 0 and w.lower[start - 1] in ("a", "an") or end < w.n and w.is_lower[end] and modifies_next


def _residence_of_person(span: Span, label: str) -> bool:
    """Where people live, as crime and accident reports set it, known to the gazetteer or
    not: "of <town>" set off by commas after a person's name (and age), the town as a
    compound of a noun for those who live there (``resident_nouns``), or the town set off
    after a street's name ("Elm Street, Millbrook,"). With no age, "of <name>" after a
    person is as often where they work ("Tom Reed, of Goldman Sachs,"): a name NER typed an
    organisation there stays one."""
    w, start, end = _words_of(span.doc), span.start, span.end
    lists = _lists()
    if any(not w.text[i][:1].isupper() or w.lower[i] in lists["organization_nouns"]
           or w.lower[i] in lists["organization_last_words"] or w.lower[i] in lists["facility_heads"]
           for i in range(start, end)):
        return False
    closed = end == w.n or w.text[end] in (",", ".", ";")
    if start >= 3 and w.lower[start - 1] == "of" and w.text[start - 2] == "," and closed:
        k = start - 3
        aged = k >= 2 and w.like_num[k] and w.text[k - 1] == ","
        if aged:
            k -= 2  # "John Smith, 23, of Millbrook,"
        first = k
        while first > 0 and w.ent[first - 1] == "PERSON":
            first -= 1
        aged = aged or first > 0 and w.lower[first - 1] in ("old", "year-old")  # "23-year-old John Smith, of"
        if label == "ORG" and not aged:
            return False  # "Jane Porter, of Harvard,": her employer
        return w.ent[k] == "PERSON"
    root = span.root.i
    if w.dep[root] == "compound" and w.head[root] == end and w.is_lower[end]:
        return w.lower[end] in lists["resident_nouns"]  # "her Millbrook neighbors"
    return start >= 3 and w.text[start - 1] == "," and closed and w.lower[start - 2] in lists["street_words"] \
        and w.text[start - 3][:1].isupper()


def _end_of_place_range(span: Span) -> bool:
    """The name is one end of a "from <place> to <name>" (or "from <name> to <place>")
    range: "stretching from Hong Kong to Borneo". The other end is a place NER tagged, at
    most ``range_gap`` words from the name's preposition, in the same sentence."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("to", "from"):
        return False
    doc, prep = span.doc, root.head
    other = "from" if prep.lower_ == "to" else "to"
    gap = int(next(iter(_lists()["range_gap"])))
    if other == "from":  # the place before: "from <place> [south] to <name>"
        window = range(prep.i - 1, max(prep.sent.start, prep.i - gap) - 1, -1)
    else:  # the place after: "from <name> to <place>"
        window = range(span.end, min(prep.sent.end, span.end + gap))
    for k in window:
        if doc[k].lower_ == other:  # its object a place ("from US President Barack Obama" is a person)
            return any(c.dep_ == "pobj" and c.ent_type_ in PLACE_LABELS for c in doc[k].children)
        if doc[k].pos_ == "VERB" or doc[k].text in (";", ".", ":"):
            return False
    return False


def _large_place_no_person(span: Span) -> bool:
    """A name of a region or a large town of the place gazetteer that nothing in the text
    marks as a person's: no title or honorific before it, and no longer person's name in
    the article that holds it ("Allen" of "Greg Allen")."""
    settings = _lists()
    limit = int(next(iter(settings["place_min_population"])))
    if not any(p.kind == "region" or p.population >= limit for p in places_named(_text(span))):
        return False
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in title_words() or before in settings["honorifics"]:
        return False
    if _speaks(span):
        return False  # "Chin said": people speak
    return not _in_longer_person_name(span)


def _country_follows(span: Span) -> bool:
    doc = span.doc
    w = _words_of(doc)
    if span.end + 1 >= w.n or w.text[span.end] != ",":
        return False
    first = span.end + 1
    region = w.ent[first] in PLACE_LABELS  # NER tags the place after the comma
    for n in range(min(w.n, span.end + 4) - first, 0, -1):
        words = w.chars(doc, first, first + n)
        # "Fort Lee, New Jersey", "Chippewa Falls, Wisconsin": a country or a region after it
        if country_named(words) or region and any(p.kind == "region" for p in places_named(words)):
            return True
    return False


def _after_locative(span: Span, prepositions: str = "locative_prepositions") -> bool:
    """The name is the object of one of the ``prepositions`` (a list of ``data/entities.toml``)."""
    w, root = _words_of(span.doc), span.root.i
    return w.dep[root] == "pobj" and w.lower[w.head[root]] in _lists()[prepositions]


def _object_of_locative(span: Span) -> bool:
    """The name is the object of a preposition of place that no adjective governs ("a
    base in Diego Garcia"; not "interested in Smith")."""
    w = _words_of(span.doc)
    return _after_locative(span, "place_object_prepositions") and w.pos[w.head[w.head[span.root.i]]] != "ADJ"


def _after_place_noun(span: Span) -> bool:
    """Set off by a comma right after a noun for a place: "the country's capital, Tunis,"."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].lower_ in _lists()["place_nouns"]


def _before_place_noun(span: Span) -> bool:
    """Right before a noun for a place that it names: "the eastern Punjab province"."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in _lists()["place_nouns"] and doc[span.end].head.i != span.root.i


def _object_of_place_noun(span: Span) -> bool:
    w, root = _words_of(span.doc), span.root.i
    dep, head = w.dep, w.head
    while dep[root] == "conj" and head[root] < root:  # "the towns of A and B"
        root = head[root]
    prep = head[root]
    return dep[root] == "pobj" and w.lower[prep] == "of" and w.lemma[head[prep]] in _lists()["place_nouns"]


def _facility(span: Span, label: str) -> tuple[Span, str]:
    """A name that modifies a head noun of a facility or an organisation is part of a
    longer name: "Khurais" + "oil field" is a FAC, "Biden" + "administration" an ORG."""
    lists = _lists()
    w = _words_of(span.doc)
    lower, dep = w.lower, w.dep
    if label in ("GPE", "LOC", "FAC", "PERSON"):
        outlet = _outlet_name(span, label)
        if outlet is not None:
            return outlet, "ORG"  # "The Hollywood Reporter", "the Sydney Morning Herald": a paper
    court = _bench_court_end(span)
    if label in ("ORG", "GPE", "LOC", "FAC") and court is not None:
        return _words(span.doc, span.start, court), "ORG"  # "Furness District Magistrates" + "court": the court
    if label in ("ORG", "GPE", "LOC", "FAC") and lower[span.end - 1] in lists["facility_heads"]:
        return span, "FAC"
    if label in ("ORG", "GPE", "LOC", "PERSON") and len(span) >= 2 \
            and lower[span.start] in lists["facility_first_words"]:
        return span, "FAC"  # "Stade de Suisse", "Masjid Al-Aqsa": the head first, as other languages write it
    if label in ("ORG", "FAC") and len(span) >= 3 and lower[span.end - 1] in ("center", "centre") \
            and lower[span.end - 2] in lists["facility_centre_words"]:
        return span, "FAC"  # "Hennepin County Medical Center": a hospital, not the body that runs it
    if label not in ("ORG", "GPE", "LOC", "FAC", "PERSON"):
        return span, label
    root = span.root.i
    if dep[root] in ("compound", "amod") and w.head[root] > root:
        head = w.head[root]
        gap = range(span.end, max(span.end, head))
        if head - span.end <= 2 and all(w.is_lower[i] and dep[i] in ("compound", "amod") for i in gap):
            if lower[head] in lists["facility_heads"] and (label != "PERSON" or _no_person_named(span)) \
                    and not (label == "ORG" and lower[head] in lists["owned_facility_heads"]) and not _large_place(span):
                # "the Khurais oil field"; "Incirlik air base", "the Dadaab refugee camp" typed PERSON
                # (not "the Biden camp": a person the article names; not "a Kraft Foods plant",
                # "a CBS station", "a Portland hospital": a company's site or a city's
                # building, no name of its own)
                return _words(span.doc, span.start, head + 1), "FAC"
            if lower[head] in lists["organization_heads"] and head == span.end \
                    and not (lower[head] in lists["government_heads"]
                             and _stands_for_its_government(span, lower[head])) \
                    and not (span.start > 0 and lower[span.start - 1] in ("a", "an")):
                # "a Jorgensen administration": one that may come, no body (the name stays the person's)
                return _words(span.doc, span.start, head + 1), "ORG"
    return span, label


def _bench_court_end(span: Span) -> int | None:
    """Where a court's name ends that NER cut before its common noun: a name ending in the
    bench that sits in it ("Furness District Magistrates court", "Westminster Magistrates'
    court"), the court named after them."""
    w = _words_of(span.doc)
    if not len(span) >= 2 or w.lower[span.end - 1] not in _lists()["court_bench_words"]:
        return None
    end = span.end + 1 if span.end < w.n and w.text[span.end] in ("'", "’") else span.end
    return end + 1 if end < w.n and w.lower[end] == "court" else None


def _outlet_name(span: Span, label: str) -> Span | None:
    """A place's name and, after it, a capitalised word that heads a newspaper's or a
    magazine's name ("Hollywood" + "Reporter", "Sydney" + "Morning Herald", at most one
    capitalised word between), or a place's name that already ends in one ("Edmonton Sun"
    typed a person): the paper, not the place."""
    heads = _lists()["outlet_heads"]
    doc = span.doc
    if len(span) >= 2 and span[-1].is_title and span[-1].lower_ in heads:
        place = _words(doc, span.start, span.end - 1)
        return span if _outlet_place(_text(place)) and not _given_name_first(span) else None
    for end in range(span.end, min(span.end + 2, len(doc))):
        word = doc[end]
        if not word.is_title or word.is_sent_start:
            return None
        if word.lower_ in heads:
            # a place's name ("Falling Star": a person's or a work's, no paper's)
            return _words(doc, span.start, end + 1) if label in ("GPE", "LOC") or places_named(_text(span)) else None
    return None


_CODE_NAME = re.compile(r"^[A-Z]+-?\d+$")  # "IE6", "STS-1": a place's name holds no number


def _station_named(span: Span) -> bool:
    """A broadcaster's letters and channel number in one word (``_CODE_NAME``): the letters
    are a news outlet's ("NBC10", "ABC7"), or the word stands where an outlet does ("told
    NY1", :func:`_in_an_outlets_place`)."""
    text = _text(span)
    if len(span) != 1 or not _CODE_NAME.match(text):
        return False
    lexicon = cue_lexicon()
    letters = outlet_key(text.rstrip("0123456789").rstrip("-"))
    return letters in lexicon.media or letters in lexicon.state_media or _in_an_outlets_place(span[0])


def _outlet_place(text: str) -> bool:
    """What may come before a paper's head word: a place's name, or its people's ("Saudi
    Gazette")."""
    return bool(places_named(text)) or country_of_demonym(text) is not None


def _outlet_named(span: Span) -> bool:
    """"the Sydney Morning Herald" that NER took for an event or a work: a place's name (or
    its people's) and at most one capitalised word before a paper's head word."""
    if not 2 <= len(span) <= 4 or not span[-1].is_title or span[-1].lower_ not in _lists()["outlet_heads"]:
        return False
    start = span.start + 1 if span[0].lower_ == "the" else span.start
    return start < span.end - 1 and any(_outlet_place(_text(_words(span.doc, start, end)))
                                        for end in range(start + 1, min(start + 3, span.end)))


def _listed_outlet(span: Span, label: str) -> bool:
    """A news outlet of ``claims_outlets.toml`` by its whole name, unless one word of it is a
    place the gazetteer knows by that name ("Fars" the province, "Granma"), a longer
    person's name holds it ("Dawn Butler"), or it is a lone given name NER took for a person
    and not in an outlet's place ("Dawn said she was leaving": a person named on second mention)."""
    text = _text(span)
    lexicon = cue_lexicon()
    if outlet_key(text) not in lexicon.media and outlet_key(text) not in lexicon.state_media:
        return False
    if len(span) == 1 and label == "PERSON" and _is_given_name(text) and not _in_an_outlets_place(span[0]):
        return False
    if len(span) == 1 and not is_acronym(text) and any(key(p.name) == key(text) for p in places_named(text)):
        return False
    return not _in_longer_person_name(span)


def _in_an_outlets_place(token: Token) -> bool:
    """"Dawn reported", "told Dawn", "reported by Dawn", "according to Dawn", "in an interview
    with Dawn": where a news outlet stands as the source of a report."""
    lists = _lists()
    head = token.head
    if token.dep_ == "nsubj":
        return head.lemma_ in lists["outlet_source_verbs"]
    if token.dep_ in ("dobj", "dative"):
        return head.lemma_ in lists["outlet_told_verbs"]
    if token.dep_ == "pobj":
        if head.lower_ == "by" and head.dep_ == "agent":
            return head.head.lemma_ in lists["outlet_source_verbs"]
        if head.lower_ == "with":
            return head.head.lemma_.lower() in lists["outlet_interview_nouns"]
        return head.lower_ == "to" and head.head.lower_ == "according"
    return False


def _no_person_named(span: Span) -> bool:
    """A name NER typed PERSON with nothing of a person about it: no given name first, and
    no longer person's name in the article that ends with it."""
    text = _text(span)
    return not _given_name_first(span) and not _ends_a_person_name(span.doc, text)


def _strip_leading_places(span: Span) -> Span:
    """"Kenya John Mwangi" -> "John Mwangi": a country before a name is not part of it, nor
    is a title or a descriptive adjective ("Nonpartisan Paul Tse")."""
    start = span.start
    honorifics = _lists()["honorifics"]
    w = _words_of(span.doc)
    while start < span.end - 1 and (country_of(w.text[start]) or w.lower[start] in title_words()
                                    or w.lower[start] in honorifics
                                    or w.pos[start] == "ADJ" and start < span.end - 2):
        start += 1
    return span if start == span.start else _words(span.doc, start, span.end)
