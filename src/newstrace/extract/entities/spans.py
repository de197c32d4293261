"""Step 1 of the fallback order, a span's extent: NER's spans joined where NER cut a name
(particles, hyphens, "X and Y" bodies), cut where it padded one (a trailing preposition or
descriptor, a country's possessive in front, titles and post-nominals, names set off by
commas or coordinated), "the U.S. government" read as the country, and the words that
are no names (:func:`_not_a_name`). Also NER's spans of the Doc being read (:func:`_ner`).
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from newstrace.nlp import doc_text
from newstrace.extract.names import is_acronym, title_words
from newstrace.extract.countries import country_named, country_of, country_of_demonym, known_actor_country
from newstrace.extract.gazetteer import places_named
from newstrace.extract.parsearrays import KeptPerDoc, named_entities
from newstrace.extract.entities.context import PLACE_LABELS, _Words, _text, _words, _words_of
from newstrace.extract.entities.lists import _lists, organization_named
from newstrace.extract.entities.namewords import (
    _clean, _given_name_first, _in_longer_person_name, _is_given_name, _is_name_word, _is_name_word_at, _large_place,
    _large_place_named, _name_joint, _speaks,
)


def _country_initials(ent: Span, w: _Words) -> Span | None:
    """The country's initials that open an organisation's name ("U.S. Supreme Court", "U. S.
    Surgeon General", as texts tokenised and joined again write them), when a capitalised
    word follows them inside the name."""
    start = k = ent.start + (w.lower[ent.start] == "the")
    while k < ent.end and k - start < 3 and len(w.text[k]) <= 4 and w.text[k].endswith(".") \
            and w.text[k][:-1].replace(".", "").isupper():
        k += 1
    if k == start or k >= ent.end or not w.is_title[k] or w.lower[start] in ("st.", "mt.", "ft."):
        return None
    span = ent.doc[start:k]
    return span if country_named(_text(span).replace(" ", "")) else None


def _without_trailing_descriptor(span: Span) -> Span:
    """"Associated Press news agency", "Indian National Congress (INC) party", "U.S. Senate
    committee": lower-case words for what the organisation is (``name_descriptors``) after
    its capitalised name are no part of the name."""
    descriptors = _lists()["name_descriptors"]
    end = span.end
    while end - span.start > 1 and span.doc[end - 1].is_lower:
        end -= 1
    if end == span.end or span.doc[end - 1].is_lower or span.doc[end - 1].is_punct and span.doc[end - 1].text != ")":
        return span
    words = " ".join(t.lower_ for t in span.doc[end:span.end])
    return _words(span.doc, span.start, end) if words in descriptors else span


def _opens_eponym(span: Span) -> bool:
    """The name opens a fixed compound named after a person or a place (``eponym_compounds``:
    "Molotov cocktail", "Stockholm syndrome", "a Ponzi scheme"): a kind of thing, no mention
    of an actor or a place of the text."""
    w = _words_of(span.doc)
    return len(span) > 0 and span.end < w.n \
        and f"{w.lower[span.end - 1]} {w.lower[span.end]}" in _lists()["eponym_compounds"]


def _without_leading_place_word(span: Span) -> Span:
    """An organisation's span that opens with a place's or a nationality's word NER ran into
    the name after it: "Boston WCVB" (a large town before an acronym: the station), "the
    American Hasim Rahman" (a demonym before a person's name: NER typed it a body). The name
    after the word is the mention (not "AMERICAN PIE": capitals throughout write a title)."""
    if len(span) < 2:
        return span
    first, rest = span[0], _words(span.doc, span.start + 1, span.end)
    if len(span) == 2 and is_acronym(rest.text) and rest.text.isupper() and not organization_named(_text(span)) \
            and first.is_title and (country_of(first.text) or _large_place(first)):
        return rest
    if 3 <= len(span) <= 4 and country_of_demonym(first.text) and _given_name_first(rest, wide=True):
        return rest
    return span


def _without_member_noun(span: Span) -> Span:
    """"a MacArthur Foundation Fellow", "a Royal Society Fellow": a capitalised noun for one
    who belongs to a body (``member_nouns_of_bodies``) after the body's last word
    (``organization_last_words``) names the member, not the body; the body is named before it."""
    lists = _lists()
    if len(span) >= 3 and span[-1].is_title and span[-1].lower_ in lists["member_nouns_of_bodies"] \
            and span[-2].lower_ in lists["organization_last_words"]:
        return _words(span.doc, span.start, span.end - 1)
    return span


def _trailing_place(span: Span, label: str) -> tuple[Span, Span] | None:
    """"Omsk in Siberia", "Noroeste Farm in Cabixi", "Auckland, New Zealand", "Patrice
    Talon of Benin": a name NER ran on into the place after it. The place is a country or
    a place of the gazetteer; the name before it keeps its own type."""
    doc = span.doc
    w = _words_of(doc)
    lower, text = w.lower, w.text
    for i in range(span.start + 1, span.end - 1):
        word = lower[i]
        if not (word == "in" and w.is_lower[i] or text[i] == ","
                or word == "of" and w.is_lower[i] and _given_name_first(doc[span.start:i])):
            continue
        if not all(_is_name_word_at(w, k) or text[k] == "." for k in range(i + 1, span.end)):
            continue
        rest_text = w.chars(doc, i + 1, span.end)
        if country_named(rest_text) or (word != "of" and places_named(rest_text)):
            return doc[span.start:i], doc[i + 1:span.end]
        # "Omsk in Siberia": a town the gazetteer knows, in a region it may not
        if word == "in" and i - span.start == 1 and _large_place(doc[span.start:i]):
            return doc[span.start:i], doc[i + 1:span.end]
    return None


def _known_name(span: Span) -> bool:
    """A country, a well-known organisation or a legislature's bare name."""
    text = span.text
    return bool(country_named(text) or organization_named(text) or text.casefold() in _lists()["institution_names"]
                or known_actor_country(text) is not None)


def _with_title(span: Span) -> str | None:
    """"Pope Francis", "Queen Elizabeth II": a name with a title of rank that names the
    person as much as the name does is a form the text uses too (an alias; the name
    stays without it). Office titles ("President") are not: they change hands."""
    if span.start > 0:
        w, k = _words_of(span.doc), span.start - 1
        if w.is_title[k] and w.lower[k] in _lists()["titles_of_rank"]:
            return _clean(f"{w.text[k]} {_text(span)}")
    return None


def _strip_post_nominals(span: Span) -> Span:
    """"Kama Melly QC" -> "Kama Melly"."""
    end = span.end
    lower = _words_of(span.doc).lower
    while end > span.start + 1 and lower[end - 1].strip(".") in _lists()["post_nominals"]:
        end -= 1
    return span if end == span.end else _words(span.doc, span.start, end)


def _joined_ents(doc: Doc) -> list[Span]:
    """NER's spans, with names it cut in two joined again: a person's name through its
    particles ("Ursula von der" + "Leyen"), and an organisation's name that NER ended on
    "of" ("Clinical Research Unit of" + "Nanoro")."""
    particles = _lists()["name_particles"]
    out: list[Span] = []
    skip_to = 0
    w = _words_of(doc)
    n, lower, is_lower, is_title = w.n, w.lower, w.is_lower, w.is_title
    for ent in _split_at_article(_ner(doc)[0]):
        if ent.start < skip_to:
            continue
        end = ent.end
        if len(ent) == 1 and ent.label_ in ("PERSON", "GPE", "LOC") \
                and _letter_given_name_before(doc, ent.start, out[-1].end if out else 0):
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")  # "A" + "Qiang"
        if ent.label_ == "PERSON":
            # particles inside the span or right after it, then the rest of the surname
            while end < n and lower[end] in particles and is_lower[end]:
                end += 1
            if lower[end - 1] in particles and is_lower[end - 1] and end < n \
                    and is_title[end] and not w.sent_start[end]:
                end += 1
            elif end > ent.end and not (end < n and is_title[end]):
                end = ent.end  # particles not followed by a name: leave the span as it was
            end = _person_head_after(doc, end)  # "Paulo Brizola" + "Nunes"
            end = _surname_typed_date(doc, end)  # "Tony" + "Weeks"
            start = _given_name_before(doc, ent.start, end, out[-1].end if out else 0)  # "Barend" + "Leyts"
            if start == ent.start:
                start = _hyphenated_given_name_before(doc, ent.start, out[-1].end if out else 0)  # "Ji-won" + "Lee"
            if start == ent.start and out and _given_name_typed_place(doc, out[-1], ent):
                start = out.pop().start  # "Dallas" + "Clark"
            if start != ent.start:
                ent = Span(doc, start, ent.end, label=ent.label_)
        elif len(ent) == 1 and ent.label_ in ("ORG", "GPE", "LOC") and is_title[ent.start]:
            # "Siyoka" + "Simasiku" (ORG), "Allah" + "Ditta" (GPE): a lone word NER typed a
            # place or body, after a proper noun the parse makes its compound, is a person's
            # surname with the given name NER left out, unless a gazetteer knows the word
            start = _given_name_before(doc, ent.start, end, out[-1].end if out else 0, opening=True)
            if start != ent.start and _may_be_surname(ent[0]):
                ent = Span(doc, start, ent.end, label="PERSON")
        label = ent.label_
        if label == "ORG" and len(ent) >= 2:
            and_start = _and_name_before(doc, ent, out[-1].end if out else 0)
            if and_start is not None:  # "Heart and" + "Soul Television", "Confederated Salish and" + "Kootenai Tribes"
                ent = Span(doc, and_start, ent.end, label=label)
        if label == "ORG" and lower[end - 1] == "of" and end < n and is_title[end]:
            k = end
            while k < n and (is_title[k] or w.is_upper[k]) and not w.is_punct[k]:
                k += 1
            end = k
        elif label == "ORG" and len(ent) >= 2 and end + 1 < n and lower[end] in ("for", "on") \
                and not w.sent_start[end] and lower[ent.end - 1] not in title_words():
            end = _name_run_on(doc, end) or end
        elif label == "ORG" and lower[ent.end - 1] in _lists()["institution_words"]:
            if not _place_led(ent):  # "Colorado State University" + "of the US": its place is named
                end = _of_country(doc, end) or end  # "Parliament" + "of Botswana"
        elif label == "ORG" and len(ent) >= 3 and lower[ent.end - 2] == "of":
            end = _and_country(doc, end - 1, end) or _and_name(doc, ent) or end  # "Court of Bosnia" + "and Herzegovina"
        elif ent.label_ == "ORG" and len(ent) >= 2:
            end = _and_name(doc, ent) or end
        elif ent.label_ == "FAC" and len(ent) >= 3 and lower[end - 1] == "and":
            # "the U. S. Fish and" + "Wildlife Service" typed a facility: a span NER ended on
            # "and" is cut, and the body's head word after it makes the whole an organisation
            name_end = _and_name(doc, ent)
            if name_end is not None and lower[name_end - 1] in _lists()["organization_last_words"]:
                end, label = name_end, "ORG"
        elif ent.label_ == "GPE":
            end = _and_country(doc, ent.start, end) or end  # "Bosnia" + "and Herzegovina"
            body_end = _body_after_place(doc, end, _office_title_may_follow(doc, ent)) if end == ent.end else None
            if body_end is not None:
                end, label = body_end, "ORG"  # "New Bedford" + "District Court"
        if end == ent.end and end < n and is_title[end] and lower[end] in _lists()["street_words"] \
                and lower[end - 1] not in _lists()["street_words"]:
            end, label = end + 1, "LOC"  # "in Newton" + "Street": a capitalised street word after a name is its last
        if end == ent.end and end + 1 < n and w.text[end] == "." and not doc[end - 1].whitespace_ \
                and w.is_lower[end + 1] and lower[end + 1] in _lists()["web_domains"]:
            end, label = end + 2, "ORG"  # "FoxSports" + ". com": a web site
        if end != ent.end:
            skip_to = end
            ent = Span(doc, ent.start, end, label=label)
        out.extend(_coordinated_names(ent))
    return out


# the roles a noun phrase takes in its clause: a name there heads a phrase of its own
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _split_at_article(ents: Sequence[Span]) -> Iterator[Span]:
    """NER's spans, an organisation's span run across a lower-case "the" into a second name
    that is a clause's subject or object cut in two ("In Parliament the Communist Party of
    Greece has accused": "Parliament" and "Communist Party", each a name of its own). The
    two parts must not depend on each other in the parse ("Stop the Steal" is one name),
    and the second must be an argument, not a modifier ("making Ferraro the Democratic
    Party's first candidate" keeps the cut of :func:`trim._trim`, the first part alone)."""
    for ent in ents:
        cut = _article_between_names(ent) if ent.label_ == "ORG" else None
        if cut is None:
            yield ent
            continue
        yield Span(ent.doc, ent.start, cut, label=ent.label_)
        yield Span(ent.doc, cut + 1, ent.end, label=ent.label_)


def _article_between_names(ent: Span) -> int | None:
    articles = [t.i for t in ent[1:-1] if t.text == "the"]
    if len(articles) != 1:
        return None
    at = articles[0]
    doc = ent.doc
    if not (doc[at - 1].is_title and doc[at + 1].is_title):
        return None
    roots = [t for t in doc[at + 1:ent.end] if not at < t.head.i < ent.end]
    if len(roots) != 1 or roots[0].dep_ not in _ARGUMENT_DEPS:
        return None
    if any(ent.start <= t.head.i < ent.end and (t.i < at) != (t.head.i < at) for t in ent if t.i != at):
        return None
    return at


def _office_title_may_follow(doc: Doc, ent: Span) -> bool:
    """A place other than a country, after "the": "the Hennepin County" + "Attorney" names
    the county's office (a country's "Attorney General" is a person's title)."""
    before = ent.start - 1
    return before >= 0 and doc[before].lower_ == "the" and not country_named(_text(ent))


def _body_after_place(doc: Doc, at: int, office: bool = False) -> int | None:
    """Where a place NER ended right before the capitalised words of a body the place
    names ("New Bedford" + "District Court", "New Zealand" + "Police", "U.S." +
    "District Court for the Northern District of California"): the end of the body's
    name, or None. The last capitalised word is a body's head (``place_led_body_heads``);
    a capitalised word after it ("Police Commissioner", "Supreme Court Justice") leaves
    the place alone. NER's own organisation span right after the place counts whole.
    With ``office`` (:func:`_office_title_may_follow`) a public office's title is a head
    too (``place_led_office_titles``: "the Hennepin County" + "Attorney"), unless a name,
    a possessive or "for/of" follows it ("County Attorney Mike Freeman")."""
    w = _words_of(doc)
    heads = _lists()["place_led_body_heads"]
    if office:
        heads = heads | _lists()["place_led_office_titles"]
    n, k = w.n, at
    org = at < n and doc[at].ent_iob_ == "B" and doc[at].ent_type_ == "ORG"
    while k < n and k - at < 4 and w.is_title[k] and not w.sent_start[k] \
            and (doc[k].ent_iob_ == "O" or org and (k == at or doc[k].ent_iob_ == "I")):
        k += 1
    if k == at or w.lower[k - 1] not in heads:
        return None
    if org:  # the rest of NER's span: "District Court" + "for the Northern District of California"
        while k < n and doc[k].ent_iob_ == "I":
            k += 1
    elif k < n and (w.is_title[k] or w.is_upper[k] and w.is_alpha[k]):
        return None
    elif k + 1 < n and w.lower[k] in ("for", "of") and w.is_lower[k] and _name_run_on(doc, k):
        return None  # "District Court for the Western District of Virginia": its short forms would not join it
    if office and w.lower[k - 1] in _lists()["place_led_office_titles"] \
            and k < n and w.lower[k] in ("'s", "’s", "for", "of", "general"):
        return None  # "the Los Angeles Sheriff's office", "Attorney for the Western District"
    return k


def _names_set_off_by_comma(ent: Span) -> list[Span]:
    """"Ministry of Information and Culture, Zia-ul Haq Haqmal", "Fort Peck, Blackfeet Nation":
    an organisation's span with one comma, each side two words or more that start and end
    with a capitalised word, is two names (not "Hungarian National Asset Management, Inc.")."""
    doc = ent.doc
    commas = [t.i for t in ent if t.text == ","]
    if len(commas) != 1:
        return [ent]
    start = ent.start + 1 if doc[ent.start].tag_ == "DT" else ent.start
    first, second = _words(doc, start, commas[0]), _words(doc, commas[0] + 1, ent.end)
    if len(first) < 2 or len(second) < 2 or not all(
            p[0].text[:1].isupper() and p[-1].text[:1].isupper() and p[-1].is_alpha for p in (first, second)):
        return [ent]
    lists = _lists()
    body_words = lists["organization_last_words"] | lists["organization_nouns"] | lists["not_person_words"] \
        | lists["institution_words"] | lists["facility_heads"]
    person = len(second) <= 4 and not any(t.lower_ in body_words for t in second) \
        and not places_named(second.text) and not organization_named(second.text) and not country_named(second.text)
    return [Span(doc, first.start, first.end, label="ORG"),
            Span(doc, second.start, second.end, label="PERSON" if person else "ORG")]


def _coordinated_names(ent: Span) -> list[Span]:
    """"the towns of Bocaranga and Bazoum", "the religious schools Santo Spirito and
    Immacolata", "Kelly and Baroni's convictions": a NER span of two names joined by "and",
    after a plural noun or each the end of a person's name of the article, is two names
    (not one the gazetteers know as a whole: "Bosnia and Herzegovina"); so is a span of two
    acronyms joined by "&" ("EU & IMF")."""
    if ent.label_ == "ORG" and len(ent) >= 5 and ", " in _text(ent):
        return _names_set_off_by_comma(ent)
    if len(ent) == 3 and ent[1].text == "&" and is_acronym(ent[0].text) and is_acronym(ent[2].text) \
            and not organization_named(_text(ent)):
        # "the WBA & IBO titles", "EU & IMF lenders": two bodies' letters ("AT&T", "S&P" are one word)
        return [Span(ent.doc, ent.start, ent.start + 1, label=ent.label_),
                Span(ent.doc, ent.end - 1, ent.end, label=ent.label_)]
    if len(ent) < 3 or " and " not in _text(ent) or ent.label_ not in ("ORG", "GPE", "LOC", "FAC", "PERSON"):
        return [ent]
    doc = ent.doc
    ands = [t.i for t in ent if t.lower_ == "and"]
    if len(ands) != 1 or ands[0] in (ent.start, ent.end - 1):
        return [ent]
    end = ent.end - 1 if doc[ent.end - 1].lower_ in ("'s", "’s") else ent.end  # "Kelly and Baroni's"
    first, second = _words(doc, ent.start, ands[0]), _words(doc, ands[0] + 1, end)
    if ent.label_ == "ORG" and _two_bodies(first, second) and not organization_named(_text(ent)):
        start = second.start + 1 if second[0].lower_ == "the" else second.start
        return [Span(doc, first.start, first.end, label="ORG"), Span(doc, start, second.end, label="ORG")]
    # "the Nationals and Orioles": teams take "the" ("high Crimes and Misdemeanors" none)
    team = first[1:] if len(first) == 2 and first[0].lower_ == "the" else first
    if ent.label_ == "ORG" and len(team) == 1 and len(second) == 1 and team.start > 0 \
            and doc[team.start - 1].lower_ == "the" and _team_plural(team[0]) \
            and _team_plural(second[0]) and not organization_named(_text(ent)):
        return [Span(doc, team.start, team.end, label="ORG"), Span(doc, second.start, second.end, label="ORG")]
    if not (len(first) <= 3 and len(second) <= 3 and all(_is_name_word(t) for t in first)
            and all(_is_name_word(t) for t in second)):
        return [ent]
    text = _text(ent)
    if country_named(text) or organization_named(text) or places_named(text):
        return [ent]
    before = ent.start - 1
    if before >= 0 and doc[before].lower_ == "of":
        before -= 1
    after_plural = before >= 0 and doc[before].tag_ == "NNS"
    people = _ends_a_person_name(doc, first.text) and _ends_a_person_name(doc, second.text)
    if not (after_plural or people):
        return [ent]
    return [Span(doc, first.start, first.end, label=ent.label_), Span(doc, second.start, second.end, label=ent.label_)]


def _team_plural(t: Token) -> bool:
    """"the Nationals and Orioles": a capitalised plural proper noun that may name a team (as
    :func:`_teams` reads one), not party members, a people or the land's plural."""
    lists = _lists()
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.endswith("s") and not t.text.endswith("ss") \
        and t.lower_ not in lists["team_not_plurals"] and t.lower_ not in lists["feature_last_words"] \
        and not country_of_demonym(t.text)


def _two_bodies(first: Span, second: Span) -> bool:
    """"Massachusetts Institute of Technology and Colorado State University": both sides of
    an organisation's "and" two words or more, each starting with a capital (or "the") and
    each holding the head noun of a body of its own (``coordinated_body_heads``), are two
    names ("Department of Health and Human Services" is one: "Human Services" holds none)."""
    heads = _lists()["coordinated_body_heads"]
    sides = [side[1:] if len(side) and side[0].lower_ == "the" else side for side in (first, second)]
    return all(len(side) >= 2 and side[0].text[:1].isupper() and any(t.lower_ in heads for t in side)
               for side in sides)


_NAME_WORD = re.compile(r"^(?:[a-z]{1,2}['’])?[A-Z]")  # "Nunes", "d'Estaing"


def _plain_name_word(words: _Words, i: int) -> bool:
    """A proper noun outside any NER entity that may end or begin a person's name: not a
    title, an honorific, a country or a word of an organisation or facility's name (word
    ``i``)."""
    lists = _lists()
    w, text = words.lower[i], words.text[i]
    return (words.pos[i] == "PROPN" and words.outside[i] and bool(_NAME_WORD.match(text)) and not words.is_upper[i]
            and w not in title_words() and w not in lists["honorifics"] and w not in lists["titles_of_rank"]
            and w not in _organization_heads() and w not in lists["facility_heads"]
            and w not in lists["organization_nouns"] and not country_of(text))


def _may_be_surname(t: Token) -> bool:
    """A word NER typed a place or body that may still be a surname: no word of an
    organisation's, facility's or street's name ("Congress", "Parliament"), no title, no
    name a gazetteer knows."""
    lists, w = _lists(), t.lower_
    return not (w in title_words() or w in _organization_heads() or w in lists["organization_nouns"]
                or w in lists["facility_heads"] or w in lists["institution_words"] or w in lists["not_person_words"]
                or w in lists["street_words"] or places_named(t.text) or country_of(t.text)
                or organization_named(t.text))


def _person_head_after(doc: Doc, end: int) -> int:
    """Where a person's name NER stopped before its last proper noun ends: "Paulo Brizola"
    + "Nunes", "Amy Berman" + "Jackson", "Valéry Giscard" + "d'Estaing". The parse makes
    the words NER kept modifiers (compounds) of that noun, so it is the name's head."""
    w = _words_of(doc)
    k = end
    while k < w.n and w.dep[k - 1] == "compound" and w.head[k - 1] >= k \
            and not w.sent_start[k] and _plain_name_word(w, k):
        k += 1
    return k


def _given_name_typed_place(doc: Doc, place: Span, person: Span) -> bool:
    """"the Colts' Dallas Clark", "Virginia Woolf": one word NER typed a place, a common given
    name, right before a person's name NER found, that the parse makes a compound of a word
    of that name, is the person's given name (the gazetteer's town of that name is not meant)."""
    w = _words_of(doc)
    k = place.start
    return place.label_ in PLACE_LABELS and len(place) == 1 and place.end == person.start \
        and w.space[k] and w.dep[k] == "compound" and person.start <= w.head[k] < person.end \
        and not w.sent_start[person.start] and _is_given_name(w.text[k]) and w.is_title[k] \
        and not country_named(w.text[k])


def _surname_typed_date(doc: Doc, end: int) -> int:
    """"referee Tony" + "Weeks": one capitalised proper noun NER typed a date or a time right
    after a person's name, the parse making the name's last word its compound, is the
    surname (not a day's or a month's name: "Trump Tuesday")."""
    w = _words_of(doc)
    if end < w.n and w.ent[end] in ("DATE", "TIME") and w.pos[end] == "PROPN" and w.is_title[end] \
            and not w.sent_start[end] and w.dep[end - 1] == "compound" and w.head[end - 1] == end \
            and (end + 1 >= w.n or doc[end + 1].ent_iob_ != "I") \
            and w.lower[end][:3] not in _lists()["dateline_abbreviations"] \
            and w.lower[end][:4] not in _lists()["dateline_abbreviations"]:
        return end + 1
    return end


def _given_name_before(doc: Doc, start: int, end: int, previous_end: int, opening: bool = False) -> int:
    """Where a person's name NER started after its first word begins: "Barend" + "Leyts",
    "Yolanda" + "Yu Hoi-kwan": one proper noun right before the name that the parse makes
    a compound of a word of it, and that is no title, honorific, country or organisation.
    Not before a name that starts with a given name or a title: the word before it is then
    a role NER rightly left out ("Legislator Tanya Chan", "Grand Ayatollah ...").
    ``opening``: the word before may open a sentence though no known given name ("Mahad
    Wasuge is ..."; person nouns such as "Engineer" are still no names)."""
    w = _words_of(doc)
    k = start - 1
    if k < previous_end or k < 0 or w.dep[k] != "compound" or w.tag[k] != "NNP" \
            or not start <= w.head[k] < end \
            or w.sent_start[k] and not opening and not _is_given_name(w.text[k]):
        return start  # most names: the word before is no part of them ("Engineer" opening a sentence)
    first = w.lower[start]
    if _is_given_name(first) and not (end - start == 1 and _is_given_name(w.text[k])) \
            or first in title_words() or first in _lists()["titles_of_rank"] or first in _lists()["honorifics"]:
        return start  # (a lone given name may be a surname: "Carly" + "Simon")
    if w.lemma[k] not in _lists()["person_nouns"] and _plain_name_word(w, k) \
            and not organization_named(w.text[k]):
        return k
    return start


def _letter_given_name_before(doc: Doc, start: int, previous_end: int) -> bool:
    """"Despite that, A Qiang, who used to work ...": a lone capital letter (no stop, not
    "I") right before a one-word name, inside a sentence and after no determiner, is no
    article (English writes "a" there) but the name's first word, a given name or initial,
    and the two a person's name. Not where the name modifies a noun after it ("a Chicago
    man" written in capitals), nor after a capitalised word or an opening quote (a title or
    a quoted sentence: "Plan A", "“A Texas ...")."""
    w, k = _words_of(doc), start - 1
    if k < max(previous_end, 1) or len(w.text[k]) != 1 or not w.text[k].isupper() or w.text[k] == "I" \
            or w.sent_start[k] or w.tag[start] != "NNP" or not w.is_title[start]:
        return False
    before = w.text[k - 1]
    if not (w.is_lower[k - 1] and w.is_alpha[k - 1] and w.pos[k - 1] != "DET" or before in (",", ";", "(")):
        return False
    return not (start + 1 < w.n and w.pos[start + 1] in ("NOUN", "PROPN", "NUM"))


def _hyphenated_given_name_before(doc: Doc, start: int, previous_end: int) -> int:
    """Where a person's name begins when NER left out a hyphenated given name right before
    it ("Ji-won" + "Lee", "Man-kei" + "Tam"): a capitalised proper noun, a hyphen and a
    lower-case piece written as one word, no title, honorific, country, organisation or
    prefix ("Pro-democracy")."""
    w, k = _words_of(doc), start - 3
    if k < previous_end or k < 0 or not _hyphen_piece(doc[start - 1]) or not w.is_lower[start - 1] \
            or w.tag[k] != "NNP" or not _plain_name_word(w, k) or w.lower[k] in _lists()["compound_prefixes"] \
            or organization_named(w.text[k]):
        return start
    return k


# lower-case words inside a long organisation's name: "Joint Council for the Welfare of Immigrants"
_NAME_CONNECTORS = {"for", "of", "the", "and", "on", "in", "de", "et", "d'", "to"}
_NOT_NAME_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def _country_tail(span: Span) -> Span | None:
    """The country that ends an institution's name after "of" ("Parliament of Botswana")."""
    for i in range(span.start + 1, span.end - 1):
        if span.doc[i].lower_ == "of" and span.doc[i - 1].lower_ in _lists()["institution_words"]:
            tail = span.doc[i + 1:span.end]
            if tail[0].lower_ == "the" and len(tail) > 1:
                tail = tail[1:]
            return tail if country_named(tail.text) else None
    return None


_ROMANISED_NAME = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+-([a-z]+)$")  # "Lam Cheuk-ting", "Kim Jong-un"


def _romanised_person_name(text: str) -> bool:
    """A family name and a hyphenated two-syllable given name, the second syllable in lower
    case, as Chinese and Korean names are romanised ("Lam Cheuk-ting", "Moon Jae-in"), not a
    compound such as "Kong-based" (``hyphen_compound_ends``)."""
    m = _ROMANISED_NAME.match(text)
    return m is not None and len(m.group(1)) <= 5 and m.group(1) not in _lists()["hyphen_compound_ends"] \
        and not m.group(1).endswith("ed")


def _place_led(ent: Span) -> bool:
    """An institution's name that opens with a place's name ("Colorado State University",
    "the Kenya National Assembly"): it holds its place already, and "of <country>" after it
    is no part of it."""
    first = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    if first >= ent.end - 1 or ent.doc[first].lower_ in _lists()["court_districts"]:
        return False  # "Central Bank of Nigeria": a direction or a centre is no place's name here
    return country_named(ent.doc[first].text) is not None or _large_place_named(ent.doc[first].text)


def _of_country(doc: Doc, at: int) -> int | None:
    """The end of "of <country>" right after an institution's name ("the Constitutional
    Court" + "of Bosnia and Herzegovina", "Parliament" + "of Botswana"): the country is
    part of the institution's name (it is named on its own too)."""
    if at + 1 >= len(doc) or doc[at].lower_ != "of":
        return None
    first = at + 1
    if doc[first].lower_ == "the" and doc[first].ent_iob_ != "B" and first + 1 < len(doc):
        first += 1  # "of the United Kingdom", "the" outside the country's span
    if doc[first].ent_type_ != "GPE" or doc[first].ent_iob_ != "B":
        return None
    end = first + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    end = _and_country(doc, first, end) or end
    return end if country_named(doc[first:end].text) else None


def _and_country(doc: Doc, start: int, end: int) -> int | None:
    """"Bosnia" + "and" + "Herzegovina": a country whose name NER cut at its "and"."""
    if end + 1 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].is_title:
        k = end + 1
        while k < len(doc) and doc[k].is_title:
            k += 1
        if country_named(doc[start:k].text):
            return k
    return None


def _and_name_before(doc: Doc, ent: Span, floor: int) -> int | None:
    """Where an organisation's name starts that NER began after its "and": one to three
    capitalised words NER tagged nothing (or a people: "Salish"), then "and", then NER's
    span ending in an organisation's head word ("Heart and" + "Soul Television", "the
    Confederated Salish and" + "Kootenai Tribes"). None where the words before "and" are a
    name of their own (NER tagged them), hold a title or a body's head ("the Ministry of
    Defence and Interior Ministry"), or go on after "of" or "for" (a longer name: left)."""
    w = _words_of(doc)
    lists = _lists()
    last_words = lists["organization_last_words"] | lists["institution_words"] | lists["outlet_nouns"]
    if w.lower[ent.end - 1] not in last_words or ent.start < floor + 2 \
            or w.lower[ent.start - 1] != "and" or w.sent_start[ent.start - 1] or w.sent_start[ent.start]:
        return None
    heads = lists["institution_words"] | lists["organization_nouns"] | lists["organization_last_words"] \
        | lists["facility_heads"] | title_words()
    k = ent.start - 1
    while k > floor and k > ent.start - 5 and (w.is_title[k - 1] or w.is_upper[k - 1] and w.is_alpha[k - 1]) \
            and doc[k - 1].ent_type_ in ("", "NORP") and w.lower[k - 1] not in heads:
        k -= 1
        if w.sent_start[k]:
            break
    if k == ent.start - 1 or k > floor and w.lower[k - 1] in ("of", "for", "'s", "’s", "&") \
            or w.sent_start[k] and w.lower[k] in lists["sentence_openers"]:
        return None
    return k


def _and_name(doc: Doc, ent: Span) -> int | None:
    """Where an organisation's name NER cut at its "and" ends: after the place that follows
    "<name> of <place>" ("Islamic State of Iraq" + "and the Levant", "High Court of England"
    + "and Wales"), or after capitalised words ending in an organisation's or facility's
    head word when the name cut ends in none ("Bureau of European" + "and Eurasian Affairs",
    "Army's Research" + "and Referral Hospital"). None when nothing of the kind follows."""
    end = ent.end - 1 if ent[-1].lower_ == "and" and len(ent) > 2 else ent.end  # NER's span may hold the "and"
    ent = doc[ent.start:end]
    if end + 2 >= len(doc) or doc[end].lower_ != "and" or doc[end + 1].is_sent_start:
        return None
    the = doc[end + 1].lower_ == "the"
    first = end + 2 if the else end + 1
    k = first
    while k < len(doc) and (doc[k].is_title or doc[k].is_upper and doc[k].is_alpha) and not doc[k].is_sent_start \
            and doc[k].ent_type_ not in _NOT_NAME_ENTS:
        k += 1
    if k == first or k - first > 3:
        return None
    run = doc[first:k]
    if not the and any(t.ent_type_ == "PERSON" for t in run):  # NER's person: only a second object of "of"
        return k if _second_object_of_name(ent, run) else None
    lists = _lists()
    heads = lists["institution_words"] | lists["organization_nouns"] | lists["organization_last_words"] \
        | lists["facility_heads"]
    if any(t.lower_ in heads for t in run[:-1]):
        return None  # "the Ministry of Defence and Interior Ministry officials": two bodies
    if len(run) >= 2 and _two_bodies(ent, run):
        return None  # "Massachusetts Institute of Technology and Colorado State University"
    words = [t.lower_ for t in ent]
    place_run = run[0].ent_type_ in ("GPE", "LOC") or country_named(run.text) or places_named(run.text) \
        or the and len(run) == 1 and run[0].ent_type_ != "ORG" and not organization_named(run.text)
    if words[-2] == "of" and run[-1].lower_ not in heads and place_run \
            and (country_named(ent[-1].text) or places_named(ent[-1].text)):
        return k
    if ent[-1].lower_ not in heads and run[-1].lower_ in heads \
            and (any(w in ("of", "for", "on", "'s", "’s") for w in words[1:-1])
                 or _country_initials(ent, _words_of(doc)) is not None):  # "U.S. Fish" + "and Wildlife Service"
        return k
    if not the and _second_object_of_name(ent, run):
        return k  # "Union of Rationalist Atheists" + "and Agnostics"
    return None


def _second_object_of_name(ent: Span, run: Span) -> bool:
    """The capitalised words after "and" are, in the parse, joined to the last word of the
    name, the object of its own "of" or "for" ("Union of Rationalist Atheists" + "and
    Agnostics", "Kurdish Center for Studies" + "and Legal Consultancy", NER's person): a
    second object of the name's preposition. Not a person's name or title ("the Ministry of
    Defence and John Smith", "... Security and Secretary Kristi Noem"), nor a place or a
    body NER tagged."""
    last = ent[-1]
    prep = last.head
    if last.dep_ != "pobj" or prep.lower_ not in ("of", "for") or not ent.start < prep.i < ent.end - 1:
        return False
    roots = [t for t in run if not run.start <= t.head.i < run.end]
    if len(roots) != 1 or roots[0].dep_ != "conj" or roots[0].head.i != last.i:
        return False
    if any(t.ent_type_ not in ("", "PERSON") or t.is_upper or t.lower_ in title_words() or _is_given_name(t.text)
           for t in run):
        return False  # "the Department of Homeland Security and Secretary Kristi Noem"
    return not _in_longer_person_name(run) and not _speaks(run)


def _name_run_on(doc: Doc, at: int) -> int | None:
    """Where a name NER stopped before "for" or "on" ends, when capitalised words follow
    ("Joint Council" + "for the Welfare of Immigrants", "Commission" + "on the Limits of
    the Continental Shelf"): the end of the last capitalised word, or None."""
    k, last = at, None
    while k < len(doc) and (k == at or not doc[k].is_sent_start):
        t = doc[k]
        if t.ent_type_ in _NOT_NAME_ENTS or t.ent_type_ == "PERSON":
            break  # "the Board on February 3", "on Thursday", "Coordinator for Myanmar Andrew Kirkwood"
        if t.is_title or t.is_upper and t.is_alpha:
            last = k + 1
        elif not (t.lower_ in _NAME_CONNECTORS and t.is_lower):
            break
        k += 1
    # at least one capitalised word right after the connector (and an optional "the")
    if last is None or not (doc[at + 1].is_title or doc[at + 1].lower_ == "the" and at + 2 < len(doc) and doc[at + 2].is_title):
        return None
    return last


def _titled_person(span: Span) -> Span | None:
    """"Detective Constable Daniel Dube", "Presidential Spokesperson Harry Roque" typed
    ORG: a title, then a name of two or more proper nouns, is the person of that name;
    so is "Vermont Bernie Sanders" where NER finds the name alone elsewhere as a person."""
    titles, honorifics = title_words(), _lists()["honorifics"]
    w = _words_of(span.doc)
    lower = w.lower
    start = span.start
    for i in range(span.start, span.end - 2):  # after the last title word, with at least two words left
        if lower[i] in titles or lower[i] in honorifics:
            start = i + 1
    rest: Span | None = _words(span.doc, start, span.end) if start > span.start else _named_person_tail(span)
    if rest is None:
        rest = _name_after_title_of(span)
    if rest is None:
        return None
    if len(rest) < 2 or not _is_name_word_at(w, rest.start) or not _is_name_word_at(w, rest.end - 1) \
            or not all(_is_name_word_at(w, i) or _name_joint(w, i) for i in range(rest.start + 1, rest.end - 1)):
        return None  # "Darin LaHood", "Hamza bin Laden", "Man-kei Tam"
    lists = _lists()
    if any(lower[i] in lists["organization_nouns"] or lower[i] in lists["facility_heads"]
           for i in range(rest.start, rest.end)):
        return None
    if lower[rest.end - 1] in lists["organization_last_words"]:
        return None  # "General Statistics Office": a title word begins the organisation's name
    return rest


def _name_after_title_of(span: Span) -> Span | None:
    """"director of Amnesty International Man-kei Tam", "Prime Minister of India Narendra
    Modi", "director of the Dallas chapter of the Council on American-Islamic Relations Alia
    Salem": after "<title> of (the)" (through more "of" phrases), a known organisation, a
    large place or a name, then a name of two or more proper nouns run together in one span;
    the last name is the title's holder (the organisation or place before it is named too)."""
    w, doc = _words_of(span.doc), span.doc
    k = span.start - 1
    if k > 0 and w.lower[k] == "the":
        k -= 1
    if k < 1 or w.lower[k] != "of":
        return None
    titles, noun = title_words(), doc[k].head
    for _ in range(3):  # "director of the Dallas chapter of ..."
        if noun.lower_ in titles:
            break
        if noun.dep_ != "pobj" or noun.head.lower_ != "of":
            return None
        noun = noun.head.head
    else:
        return None
    for i in range(span.end - 2, span.start, -1):  # the longest name before it ("Amnesty International", not "Amnesty")
        before, rest = _words(doc, span.start, i), _words(doc, i, span.end)
        if not _is_name_word_at(w, i) \
                or not all(_is_name_word_at(w, j) or _name_joint(w, j) for j in range(i + 1, span.end)):
            continue
        if _known_name(before) or _large_place(before) or _given_name_first(rest):
            return rest
    return None


_NER: list[tuple[Doc, Sequence[Span], frozenset[str]]] = []  # the Doc being read: one article at a time


def _ner(doc: Doc) -> tuple[Sequence[Span], frozenset[str]]:
    """NER's spans of ``doc`` and the texts it tags PERSON, read once per Doc:
    ``Doc.ents`` builds a Span for every entity on each access, and the names are asked
    about for each mention."""
    if not _NER or _NER[0][0] is not doc:
        ner, text = named_entities(doc), doc_text(doc)
        people = frozenset(text[ner.start_chars[k]:ner.end_chars[k]] for k, label in enumerate(ner.labels)
                           if label == "PERSON")
        # the Spans made from NamedEntities' offsets: ``Doc.ents`` walks the Doc again
        spans = tuple(Span(doc, s, e, label=label) for s, e, label in zip(ner.starts, ner.ends, ner.labels))
        _NER[:] = [(doc, spans, people)]
    return _NER[0][1], _NER[0][2]


def _read_place_names(doc: Doc) -> frozenset[str]:
    """The texts NER tags GPE or LOC in ``doc``."""
    ner, text = named_entities(doc), doc_text(doc)
    return frozenset(text[ner.start_chars[k]:ner.end_chars[k]] for k, label in enumerate(ner.labels)
                     if label in PLACE_LABELS)


_place_names = KeptPerDoc(_read_place_names)  # asked for each name that may be a relative's


def _person_names(doc: Doc) -> frozenset[str]:
    """The texts NER tags PERSON in ``doc``."""
    return _ner(doc)[1]


def _ends_a_person_name(doc: Doc, text: str) -> bool:
    """Whether ``text`` ends a longer name NER tags PERSON in ``doc`` ("Berisha" of "Sali
    Berisha"). Not the same name after an article NER took in ("the Tar Heels")."""
    tail = " " + text
    return any(p.endswith(tail) and p[:-len(tail)].lower() not in ("the", "a", "an") for p in _person_names(doc))


def _named_person_tail(span: Span) -> Span | None:
    """The last words of a span that NER tags as a person elsewhere in the article."""
    people = _person_names(span.doc)
    text = doc_text(span.doc)
    w = _words_of(span.doc)
    end_char = span.end_char
    for i in range(span.start + 1, span.end - 1):
        if text[w.idx[i]:end_char] in people and w.lower[i - 1] != "and":  # (not "... for Studies and Legal Consultancy")
            return _words(span.doc, i, span.end)
    # "Vermont Bernie Sanders", "Scotland Nicola Sturgeon": a given name starts the tail
    for i in range(span.start + 1, span.end - 1):
        if _is_given_name(w.text[i]) and w.lower[i - 1] not in ("of", "for", "and", "the") \
                and _given_name_first(span.doc[i:span.end]):
            return span.doc[i:span.end]
    # "Civil House José Dirceu", "NPR Hamza bin Laden": a known name or one that ends in an
    # organisation's head word, then a name starting with a given name or whose last word
    # the text uses alone
    for i in range(span.start + 1, span.end - 1):
        before = _words(span.doc, span.start, i)
        if before[-1].text == ",":
            before = _words(span.doc, span.start, i - 1)
        if len(before) and (_known_name(before) or before[-1].lower_ in _organization_heads()) \
                and (_surname_used_alone(span.doc[i:span.end]) or _given_name_first(span.doc[i:span.end])):
            return span.doc[i:span.end]
    return None


@cache
def _organization_heads() -> frozenset[str]:
    lists = _lists()
    return lists["institution_words"] | lists["organization_nouns"] | lists["organization_last_words"] \
        | lists["institution_names"]


def _surname_used_alone(name: Span) -> bool:
    """Two to four proper nouns, none a word of an organisation, facility or place, whose
    last word the text uses without the word before it ("... Tam said")."""
    if not 2 <= len(name) <= 4 or name[-1].text == "-" \
            or not all(_is_name_word(t) or t.text == "-" or _hyphen_piece(t) for t in name):
        return False
    lists = _lists()
    if any(t.lower_ in lists["organization_nouns"] or t.lower_ in lists["facility_heads"]
           or t.lower_ in lists["not_person_words"] or t.lower_ in lists["street_words"] for t in name):
        return False
    last, before = name[-1].text, name[-2].text
    text = doc_text(name.doc)
    return any(not text[:m.start()].rstrip().endswith(before)
               for m in re.finditer(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text))


def _hyphen_piece(t: Token) -> bool:
    """The lower-case second part of a hyphenated given name the tokenizer split ("Man" "-"
    "kei" of "Man-kei Tam")."""
    return t.is_alpha and t.i > 1 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 2].whitespace_ \
        and not t.doc[t.i - 1].whitespace_


def _owner_named(doc: Doc, text: str) -> bool:
    """Whether ``text``, the possessor at the front of a NER span, is a country or a person
    the article names (the whole of a name NER tags PERSON, or its last words, in any case:
    "Al-Sharaa’s HTS" after "Ahmed al-Sharaa")."""
    if country_named(text):
        return True
    folded_text = text.casefold()
    tail = " " + folded_text
    return any(p.casefold() == folded_text or p.casefold().endswith(tail)
               for p in _person_names(doc) if "'" not in p and "’" not in p)


def _country_owner(ent: Span, span: Span) -> Span | None:
    """The country or person _trim cut from the front of a name as its possessor, if any."""
    doc = span.doc
    if span.start - ent.start >= 2 and doc[span.start - 1].lower_ in ("'s", "’s"):
        owner = _words(doc, ent.start, span.start - 1)
        if owner[0].tag_ in ("DT", "PRP$"):
            owner = _words(doc, owner.start + 1, owner.end)
        if len(owner) and _owner_named(doc, _text(owner)):
            return owner
    return None


def _government_of_country(span: Span) -> Span:
    """"the U.S. government", "the UK government": a country stands for its government
    (RECORD.md), so the mention is the country's (:func:`_stands_for_its_government`)."""
    if len(span) >= 2:
        last = _words_of(span.doc).lower[span.end - 1]
        if last in _lists()["government_heads"]:
            rest = _words(span.doc, span.start, span.end - 1)
            if _stands_for_its_government(rest, last):
                return rest
    return span


def _stands_for_its_government(name: Span, head: str) -> bool:
    """A name before a government's head noun that is the actor itself: a country (RECORD.md),
    or a person NER names elsewhere, before "government" or "regime" ("the Morrison
    government"; "the Trump administration" stays an organisation, as does a city's
    government: "The Seoul government said")."""
    text = _text(name)
    if country_named(text):
        return True
    return head != "administration" and all(_is_name_word(t) for t in name) \
        and (text in _person_names(name.doc) or _ends_a_person_name(name.doc, text))


def _latin_letter(char: str) -> bool:
    """A letter of the Latin script (with its accented and extended forms)."""
    return char.isalpha() and (ord(char) < 0x250 or 0x1E00 <= ord(char) <= 0x1EFF)


_FUNCTION_POS = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART"})


def _not_a_name(span: Span) -> bool:
    """Words NER takes for names that are not: a ministry's portfolio cut from a title
    ("Defense" of "Defense Secretary"), a demonym, adjectives of pairs or stances
    ("Turkish-American", "anti-Pakistan", "Sino-Russian"), a pair of people's names
    ("Jorgensen-Cohen"), a number, a title or a function word alone. (Named storms are
    left out in :func:`_mentions`, with their names used alone.)"""
    lists = _lists()
    table = _words_of(span.doc)
    lower, punct = table.lower, table.is_punct
    words = [lower[i] for i in range(span.start, span.end) if not punct[i]]
    if words and all(w in lists["portfolios"] for w in words):
        return True
    if " ".join(words) in lists["peoples"]:
        return True  # "Southeast Asian", "Uyghurs": a group, no entity
    if "and" in words and all(w in lists["peoples"] for w in words if w not in ("and", "&")):
        return True  # "the Yazidis and Druze", "Punjabi and Saraiki": groups or languages, no entity
    if len(span) == 1 and country_of_demonym(_text(span)) and not country_named(_text(span)) \
            and span.root.dep_ in ("amod", "compound", "nmod") and span.root.head.i > span.root.i:
        # "Ukrainian officials": a demonym before a noun makes its country an actor but is
        # no entity (RECORD.md); "the British relinquished control" stands for the country
        return True
    if len(words) == 1 and (words[0] in title_words() or words[0] in lists["honorifics"]
                            or words[0] in lists["titles_of_rank"]):
        return True  # "the long-serving Sultan of Oman", "Her Majesty", "Cde": a title, no name
    if len(span) == 1 and table.pos[span.start] in _FUNCTION_POS:
        return True  # "It", "A", "Le": a function word NER took for a name
    text = _text(span)
    if not (any(c.isalpha() for c in text) if text.isascii() else any(_latin_letter(c) for c in text)):
        return True  # "104", "مردم شریف": a number, or words of another script quoted in the text
    if "-" in text and " " not in text:
        parts = [p for p in text.split("-")]
        if all(not p or p.lower() in lists["compound_prefixes"] or country_of_demonym(p) or country_named(p)
               for p in parts) and not country_named(text):
            return True
        if len(parts) >= 2 and all(p[:1].isupper() for p in parts):
            # "the Jorgensen-Cohen ticket", "the Ruto-Gachagua partnership": a pair of people
            # the article names in full, no name of its own
            if all(_ends_a_person_name(span.doc, p) for p in parts):
                return True
    return False


def _without_demonym(span: Span) -> str | None:
    """"the Libyan Government of National Accord" is also "Government of National Accord":
    an organisation named after a demonym is known by the rest of its name too."""
    if len(span) >= 3 and country_of_demonym(span[0].text) and all(t.is_title or t.is_stop or t.is_upper for t in span[1:]) \
            and span[1].is_title:
        return _clean(_text(_words(span.doc, span.start + 1, span.end)))
    return None
