"""Step 1 of the fallback order: the mentions of an article, from NER's spans (repaired by
:mod:`.spans`, typed by :mod:`.labels`, trimmed by :mod:`.trim`) and from the finders of
names NER missed (titled names, given names, acronyms, places, teams, outlets, bodies
named after their noun or sharing a head).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from spacy.tokens import Doc, Span

from newstrace.nlp import doc_text
from newstrace.data import load_toml
from newstrace.extract.names import title_words
from newstrace.extract.syntax import counted_name
from newstrace.extract.countries import country_named, country_of_demonym
from newstrace.extract.datelines import dateline
from newstrace.extract.gazetteer import key, places_named, world_regions
from newstrace.extract.parsearrays import parse_arrays
from newstrace.extract.entities.context import (
    Mention, PLACE_LABELS, RESCUED_LABELS, _Words, _text, _words, _words_of, given_names,
)
from newstrace.extract.entities.occurrences import _Spans
from newstrace.extract.entities.lists import _lists, organization_named
from newstrace.extract.entities.namewords import (
    _clean, _given_name_first, _is_given_name, _is_name_word, _large_place, _large_place_named, _title_case_headline,
)
from newstrace.extract.entities.spans import (
    _country_initials, _country_owner, _country_tail, _government_of_country, _joined_ents, _known_name, _not_a_name,
    _opens_eponym, _organization_heads, _strip_post_nominals, _titled_person, _trailing_place, _with_title, _without_demonym,
    _without_leading_place_word, _without_member_noun, _without_trailing_descriptor,
)
from newstrace.extract.entities.labels import (
    _facility, _label, _large_place_no_person, _named_as_vehicle, _strip_leading_places,
)
from newstrace.extract.entities.trim import _trim


def _mentions(doc: Doc) -> list[Mention]:
    out = []
    lists = _lists()
    storms: set[str] = set()
    prefixes: set[int] = set()
    w = _words_of(doc)
    lower = w.lower
    for ent in _joined_ents(doc):
        prefix = _country_initials(ent, w) if ent.label_ == "ORG" else None
        if prefix is not None and prefix.start_char not in prefixes:
            prefixes.add(prefix.start_char)
            # "the U.S. Securities and Exchange Commission": the country is named too
            out.append(Mention(prefix.start_char, prefix.end_char, _clean(_text(prefix)), "GPE", prefix,
                               country_named(_text(prefix).replace(" ", ""))))
        span = _trim(ent)
        if span is None or _text(span).casefold() in lists["not_names"] or _text(span).islower():
            continue  # a name has a capital somewhere ("al-Qaida"); "restraint" is no name
        span = _government_of_country(span)
        storm_first = len(span) >= 2 and lower[span.start] in lists["storm_words"]
        if storm_first or (span.start > 0 and lower[span.start - 1] in lists["storm_words"]):
            # "Cyclone Jude" is no actor or place, nor is "Jude" alone later ("Jude is the third
            # cyclone"), nor the storms named with it ("Cyclones Chido ... and Dikeledi")
            storms.add(_clean(_text(_words(span.doc, span.start + storm_first, span.end))))
            storms.update(t.text for t in span.root.conjuncts if t.i >= span.end and t.pos_ == "PROPN")
            continue
        if _not_a_name(span):
            continue
        if ent.label_ == "PERSON" and counted_name(span[0], span.root):
            continue  # "a .357 Magnum": a model, no person
        if len(span) == 1 and span.start >= 2 and w.text[span.start - 1] == "," and w.ent[span.start - 2] == "PERSON" \
                and w.lower[span.start].strip(".") in lists["post_nominals"]:
            continue  # "Dr. Regina Benjamin, MD": a degree after a name, not Maryland
        if ent.label_ == "PERSON" and len(span) >= 2 and w.is_lower[span.end - 1] and w.is_alpha[span.end - 1] \
                and w.text[span.end - 2] != "-":
            continue  # "Si el Senado ...": a person's name ends in a capitalised word; this is a foreign sentence
        owner = _country_owner(ent, span)
        if owner is not None:  # "Kenya's Department of Water Resources": Kenya is named too
            owner_country = country_named(_text(owner))
            out.append(Mention(owner.start_char, owner.end_char, _clean(_text(owner)),
                               "GPE" if owner_country else "PERSON", owner, owner_country))
            if not owner_country and ent.label_ == "PERSON" and not _given_name_first(span):
                # "Al-Sharaa’s HTS": what a person owns is no person
                ent = Span(doc, ent.start, ent.end, label="ORG")
        country_tail = _country_tail(span) if ent.label_ == "ORG" else None
        if country_tail is not None:  # "Parliament of Botswana": Botswana is named too
            out.append(Mention(country_tail.start_char, country_tail.end_char, _clean(country_tail.text), "GPE",
                               country_tail, country_named(country_tail.text)))
        split = _trailing_place(span, ent.label_)
        if split is not None:  # "Omsk in Siberia", "Auckland, New Zealand": two names
            span, place = split
            ent = Span(span.doc, span.start, span.end, label=ent.label_)
            out.append(Mention(place.start_char, place.end_char, _clean(place.text), "GPE", place,
                               country_named(place.text)))
        titled = _titled_person(span) if ent.label_ in ("ORG", "GPE", "LOC", "FAC") else None
        if titled is not None:
            before = span.doc[span.start:titled.start]
            if len(before) and before[-1].text == ",":
                before = _words(span.doc, before.start, before.end - 1)
            before_is_place = len(before) > 0 and not _known_name(before) and _large_place(before)
            if len(before) and (_known_name(before) or before[-1].lower_ in _organization_heads() or before_is_place):
                # "NPR Hamza bin Laden", "Civil House José Dirceu", "Vermont Bernie Sanders":
                # the first is named too
                before_label = "GPE" if country_named(before.text) or before_is_place else "ORG"
                out.append(Mention(before.start_char, before.end_char, _clean(before.text), before_label, before,
                                   country_named(before.text)))
            ent, span = Span(span.doc, titled.start, titled.end, label="PERSON"), titled
        if ent.label_ == "ORG":
            span = _without_leading_place_word(_without_member_noun(_without_trailing_descriptor(span)))
        label = _label(ent.label_, span)
        if label is None:
            continue
        span, label = _facility(span, label)
        text = _clean(_text(span))
        with_article = f"the {text}" if span.start > 0 and lower[span.start - 1] == "the" else text
        country = country_named(with_article) if label in PLACE_LABELS | {"NORP"} or ent.label_ in RESCUED_LABELS else None
        if country:
            label = "GPE"
        elif label == "NORP":
            continue
        alias = _without_demonym(span) if label == "ORG" else None
        if label == "PERSON":
            span = _strip_post_nominals(_strip_leading_places(span))
            text = _clean(_text(span))
            alias = _with_title(span)
        certain = label != ent.label_ and (label in ("ORG", "PERSON") and ent.label_ in ("ORG", "PERSON", "GPE")
                                           or label == "GPE" and ent.label_ in ("ORG", "PERSON") and country is None
                                           or label == "FAC" and ent.label_ != "FAC" and _named_as_vehicle(span))
        out.append(Mention(span.start_char, span.end_char, text, label, span, country, certain_type=certain,
                           alias=alias))
    if storms:
        out = [m for m in out if m.text not in storms]
    out.extend(_titled_names_missed(doc))
    out.extend(_given_names_missed(doc))
    out.extend(_described_names_missed(doc))
    out.extend(_acronyms_missed(doc))
    out = _hyphenated_acronyms(doc, out)
    out.extend(_places_missed(doc))
    out = _found_over(out, _places_before_their_noun(doc))
    out = _teams(doc, out)
    out = _places_playing(doc, out)
    out = _outlets_by_noun(doc, out)
    out = _crime_groups(doc, out)
    out = _names_around_a_link(doc, out)
    out = _web_sites_missed(doc, out)
    out = _organizations_after_their_noun(doc, out)
    out = _outlets_by_head(doc, out)
    out = _bodies_sharing_a_head(doc, out)
    out.extend(_offices_of_places(doc, out))
    out = _dateline_place(doc, out)
    out.sort(key=lambda m: m.start)
    _mark_honorifics(out, w)
    return _with_place_suffixes(out, doc_text(doc))


def _mark_honorifics(mentions: list[Mention], w: _Words) -> None:
    """The honorific that marks a sex right before a person's name ("Mrs" of "Mrs Holt"):
    no part of the name, but the clustering reads it to tell Mary Holt from Daniel Holt."""
    lists = _lists()
    marking = set(lists["female_honorifics"]) | set(lists["male_honorifics"])
    for m in mentions:
        k = m.span.start - 1
        if m.label == "PERSON" and k >= 0 and m.span.start_char == m.start and w.lower[k] in marking:
            m.honorific = w.lower[k]


def _titled_names_missed(doc: Doc) -> list[Mention]:
    """"U.S. Representative Tulsi Gabbard of Hawaii", "Defense Minister Rustem Umerov",
    "Cardinal Marc Ouellet": two or three proper nouns right after a title, which NER left
    out of every name, are a person's name (not a word of an organisation, a facility, a
    street or a place among them: "King Charles Street")."""
    parse = parse_arrays(doc)
    titles, lists = title_words(), _lists()
    # a player's position reads as a title ("Quarterback Peyton Manning was nearly perfect")
    before_name = titles | lists["person_nouns"]
    found = []
    n = len(doc)
    for i in [i for i, lemma in enumerate(parse.lemma) if lemma in before_name and not parse.ent[i]]:
        if i + 2 >= n or parse.lemma[i + 1] in titles or parse.ent[i + 1] or parse.pos[i + 1] != "PROPN":
            continue
        end = i + 1
        while end < n and end - i <= 4 and parse.pos[end] == "PROPN" and not parse.ent[end]:
            end += 1
        if not 2 <= end - i - 1 <= 3 or (end < n and parse.pos[end] == "PROPN"):
            continue
        name = doc[i + 1:end]
        if name[0].is_sent_start or not all(_is_name_word(t) for t in name) or _names_no_person(name, titles, lists):
            continue
        found.append(Mention(name.start_char, name.end_char, _clean(name.text), "PERSON", name))
    return found


def _names_no_person(name: Span, titles: frozenset[str], lists: dict) -> bool:
    """Capitalised words that cannot be a person's name left out by NER: a word of an
    organisation, a facility, a street, a title or a non-person among them, or the whole
    a known country, organisation or place."""
    return any(t.lower_ in lists["not_person_words"] or t.lower_ in lists["organization_last_words"]
               or t.lower_ in lists["facility_heads"] or t.lower_ in lists["street_words"]
               or t.lower_ in titles for t in name) \
        or bool(country_named(name.text) or organization_named(name.text) or places_named(name.text))


def _described_names_missed(doc: Doc) -> list[Mention]:
    """"Nop Vy, the association's executive director, told VOA ...": two or three capitalised
    proper nouns NER left out of every name, with a title or a word for a person set after
    them in apposition, are a person's name (also opening a sentence: the apposition says
    what they name). Not a word of an organisation, a facility, a street or a place among
    them, nor a known country, organisation or place."""
    w = _words_of(doc)
    titles, lists = title_words(), _lists()
    people = lists["person_nouns"]
    found = []
    for k in range(w.n):
        if w.dep[k] != "appos" or not (w.lemma[k] in titles or w.lemma[k] in people) or not w.is_lower[k]:
            continue
        head = w.head[k]
        if not 0 < head + 1 < k or w.text[head + 1] != "," or w.pos[head] != "PROPN" or w.ent[head]:
            continue
        start = head
        while start > 0 and w.pos[start - 1] == "PROPN" and not w.ent[start - 1] and w.head[start - 1] == head \
                and not w.sent_start[start]:
            start -= 1
        if not 2 <= head + 1 - start <= 3 or (start > 0 and w.pos[start - 1] == "PROPN"):
            continue
        name = doc[start:head + 1]
        if not all(_is_name_word(t) and t.is_title for t in name) or _names_no_person(name, titles, lists):
            continue
        found.append(Mention(name.start_char, name.end_char, _clean(name.text), "PERSON", name))
    return found


# two capitalised words, the second perhaps hyphenated, that no word continues: candidates
# for :func:`_given_names_missed`, found by the regex engine (a lookahead, so that "The
# Jaguars Maurice Jones-Drew" tries "Maurice" after "Jaguars")
# (the word boundary is asked after the capital, "(?<!\w[A-Z])": a pattern that opens with a
# character class lets the regex engine skip to the next capital; one that opens with "\b"
# tries every position of the text, twice the time)
_TWO_NAME_WORDS = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+) (?=([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’-]))")


def _given_names_missed(doc: Doc) -> list[Mention]:
    """"Angels GM Tony Reagins", "The Jaguars Maurice Jones-Drew got 20 carries": a common
    given name (the census lists: not "Peyton") and one more proper noun, both left out of every name by
    NER and with no proper noun after them, are a person's name (:func:`_given_name_first`:
    not a place's or an organisation's words), also where they open a sentence (the small
    model misses names at the start of a text that follows a title-case headline). Not
    inside a title-case headline (its capitals tell no names), nor after another proper
    noun NER left out (the name is longer: "Luiz Fernando Furlan"; a plural before it is
    the person's team or group: "The Jaguars Maurice Jones-Drew"), nor after an article (a
    band's or a work's name: "the Velvet Underground"), nor a date's abbreviations ("Sun Sep 16")."""
    text = doc_text(doc)
    w = _words_of(doc)
    headline = _title_case_headline(doc, text)
    dates = _lists()["dateline_abbreviations"]
    found = []
    given = given_names()
    for match in _TWO_NAME_WORDS.finditer(text):
        # (the words matched are ASCII: no accents to fold, as _is_given_name does)
        if match.start() < headline or match.group(1).lower() not in given \
                or (match.start() > 0 and text[match.start() - 1] in "'’.-"):
            continue
        i = bisect_left(w.idx, match.start())
        j = bisect_left(w.idx, match.end(2))  # the word after the name
        if i >= w.n or w.idx[i] != match.start() or w.ent[i] or any(w.ent[k] for k in range(i, j)) \
                or j - i not in (2, 4) or (j < w.n and w.pos[j] == "PROPN" and w.text[j][:1].isupper()) \
                or (i > 0 and w.pos[i - 1] == "PROPN" and w.tag[i - 1] == "NNP" and w.is_title[i - 1]
                    and not w.ent[i - 1] and not w.sent_start[i - 1]
                    and (not w.lower[i - 1].endswith("s") or _is_given_name(w.text[i - 1]))) \
                or w.lower[i] in dates or w.lower[i + 1] in dates \
                or (i > 0 and w.lower[i - 1] in ("the", "a", "an")):
            continue  # a longer name's last words ("Luiz Fernando Furlan"); a date ("Sun Sep 16")
        span = doc[i:j]
        if not _given_name_first(doc[i:i + 2]) or not all(w.pos[k] == "PROPN" for k in range(i, j)
                                                          if not w.is_punct[k]):
            continue
        if w.lower[i] in _lists()["honorifics"]:
            span = doc[i + 1:j]  # "Miss Holt" ("Miss" is a given name too): the honorific is no part of the name
        found.append(Mention(span.start_char, span.end_char, _clean(_text(span)), "PERSON", span))
    return found


# three to six capitals: a candidate for :func:`_acronyms_missed` where no letter or digit
# is next to them (checked on the match: cheaper than asking the regex engine for \b)
_CAPITALS_WORD = re.compile(r"[A-Z]{3,6}")
_HYPHENATED_CAPITALS = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{2,6})+")
_MODIFIER_ROLES = ("compound", "amod", "nmod")
_ROMAN_NUMERAL = re.compile(r"[IVXLCDM]+")


def _acronyms_missed(doc: Doc) -> list[Mention]:
    """"investigated by police and OSHA", "Neither ICE nor its parent agency", "the news
    network RTHK withdrew": a word of three to six capitals that NER left out of every name,
    standing alone (no proper noun or word of capitals next to it: not a longer name's word
    nor a headline in capitals, no hyphen or stop joining it to a word) as the subject,
    object or conjunct of a clause (``acronym_roles``), is an organisation's short name (a
    country's, where it is one: "USA"). Not a common noun written in capitals
    (``common_acronyms``: "CEO", "GDP"), a time zone or other word of ``not_names``, a
    degree after a name, a date's abbreviation or a Roman numeral."""
    text = doc_text(doc)
    found: list[Mention] = []
    matches = [m for m in _CAPITALS_WORD.finditer(text)
               if not (m.start() > 0 and text[m.start() - 1].isalnum()) and not text[m.end():m.end() + 1].isalnum()]
    if not matches:
        return found
    w = _words_of(doc)
    lists = _lists()
    roles = lists["acronym_roles"]
    headline = _title_case_headline(doc, text)
    for match in matches:
        start, word = match.start(), match.group()
        lower = word.lower()
        if start < headline or lower in lists["common_acronyms"] or lower in lists["not_names"] \
                or lower in lists["post_nominals"] or lower in lists["dateline_abbreviations"] \
                or _ROMAN_NUMERAL.fullmatch(word) or (start > 0 and text[start - 1] in "-'’.&/") \
                or text[match.end():match.end() + 1] in ("-", "&", "/", "'", "’"):
            continue
        i = bisect_left(w.idx, start)
        if i >= w.n or w.idx[i] != start or w.text[i] != word or w.ent[i] or w.dep[i] not in roles \
                or w.pos[i] not in ("PROPN", "NOUN"):
            continue
        if any(0 <= k < w.n and (w.pos[k] == "PROPN" or (w.is_upper[k] and w.is_alpha[k]))
               for k in (i - 1, i + 1)):
            continue  # a longer name's word ("NBC News", "Peace Foundation USA") or capitals throughout
        span = doc[i:i + 1]
        country = country_named(word)
        found.append(Mention(span.start_char, span.end_char, word, "GPE" if country else "ORG", span, country))
    return found


def _hyphenated_acronyms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the network ABS-CBN's franchise", "CNDD-FDD won": words of capitals joined by hyphens,
    which the tokenizer splits, are one organisation's short name in any role but a
    modifier's, where NER left them out or tagged only a part ("KTV" of "KTV-ONE"). Not where
    a part is a country ("US-UK talks") or a common acronym, nor beside another proper noun
    or word of capitals (a longer name: "ABS-CBN News Channel"; a headline in capitals)."""
    text = doc_text(doc)
    if "-" not in text:
        return mentions
    lists = _lists()
    w = _words_of(doc)
    headline = _title_case_headline(doc, text)
    found: list[Mention] = []
    for match in _HYPHENATED_CAPITALS.finditer(text):
        start, end, word = match.start(), match.end(), match.group()
        if start < headline or (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’.&/")) \
                or text[end:end + 1].isalnum() or text[end:end + 1] in ("-", "&", "/") \
                or any(country_named(p) or p.lower() in lists["common_acronyms"] or p.lower() in lists["not_names"]
                       for p in word.split("-")):
            continue
        first, last = bisect_left(w.idx, start), bisect_left(w.idx, end) - 1
        if first >= w.n or w.idx[first] != start or w.idx[last] + len(w.text[last]) != end:
            continue
        if any(m.start <= start and end <= m.end or m.start < start < m.end or m.start < end < m.end
               for m in mentions):
            continue  # inside a name found, or across one's edge (a name of a part of it is replaced)
        if any(w.dep[k] in _MODIFIER_ROLES for k in range(first, last + 1) if not first <= w.head[k] <= last):
            continue  # modifies a noun after it ("the ABS-CBN franchise"; the parse may hang each part apart)
        if any(0 <= k < w.n and (w.pos[k] == "PROPN" or (w.is_upper[k] and w.is_alpha[k])) for k in (first - 1, last + 1)):
            continue
        span = doc[first:last + 1]
        found.append(Mention(span.start_char, span.end_char, word, "ORG", span))
    return _found_over(mentions, found) if found else mentions


def _places_missed(doc: Doc) -> list[Mention]:
    """"aid for Kyiv", "to Peshawar from Quetta", "between Washington and Kyiv": a lone
    proper noun NER left out of every name, after a word of ``untagged_place_before`` ("and"
    only after a place NER tagged), that the gazetteer knows as a country, a region or a
    large town, and that nothing marks as a person's, is that place."""
    parse = parse_arrays(doc)
    before = _lists()["untagged_place_before"]
    n = len(doc)
    found = []
    for i in [i for i, lower in enumerate(parse.lower) if lower in before and i + 1 < n]:
        j = i + 1
        if parse.pos[j] != "PROPN" or parse.ent[j] or (j + 1 < n and parse.pos[j + 1] == "PROPN") \
                or (j + 1 < n and doc[j + 1].text == "-") \
                or parse.lower[i] == "and" and (i == 0 or parse.ent[i - 1] not in PLACE_LABELS):
            continue
        span = doc[j:j + 1]
        if not _is_name_word(span[0]) or span[0].is_sent_start or _opens_eponym(span):
            continue
        country = country_named(span.text)
        if country is None and not _large_place_no_person(span):
            continue
        found.append(Mention(span.start_char, span.end_char, _clean(span.text), "GPE", span, country))
    return found


# what NER may call a proper noun before a division's noun that the noun outvotes ("Dashoguz
# province" PERSON, "Lebap province" EVENT, "Deh Yak district" with "Yak" a PERSON)
_PLACE_NOUN_OVERRIDES = {"PERSON", "EVENT", "PRODUCT", "WORK_OF_ART"}


@cache
def _division_noun_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(re.escape(x) for x in _lists()["division_nouns"]))
    return re.compile(rf" ({nouns})\b")


# one or two capitalised words ending right before a division noun (asked of the text before each noun)
_NAMES_BEFORE_NOUN = re.compile(r"(?<![\w-])((?:[A-Z][\w'’]*[a-z][\w'’]* ){1,2})\Z")


def _places_before_their_noun(doc: Doc) -> list[Mention]:
    """"Akhal province", "Dashoguz province": one or two proper nouns NER left out of every
    name, or that NER took for a person's or an event's, before a lower-case noun for a
    division of a country (``division_nouns``), are that division's name ("Akhal" another
    form of it). Not a demonym ("the Pakistani province"), nor a word the parse takes for
    something else than a proper noun. (One search for the nouns; the names are looked for
    only in the 60 characters before each.)"""
    text = doc_text(doc)
    found: list[Mention] = []
    w = None
    for noun in _division_noun_pattern().finditer(text):
        window = max(0, noun.start() - 60)
        before = text.rfind(" ", window, noun.start())  # the word before the noun: most are lower-case
        if not text[before + 1 if before >= 0 else window].isupper():
            continue
        match = _NAMES_BEFORE_NOUN.search(text, window, noun.start() + 1)
        if match is None or match.start() == window and window > 0 and (text[window - 1].isalnum() or text[window - 1] == "-"):
            continue
        w = w or _words_of(doc)
        name = match.group(1).rstrip()
        span = doc.char_span(match.start(1), match.start(1) + len(name))
        if span is None or not all(w.pos[i] == "PROPN" and (w.outside[i] or w.ent[i] in _PLACE_NOUN_OVERRIDES)
                                   for i in range(span.start, span.end)) \
                or country_of_demonym(name) or name.casefold() in _lists()["not_names"]:
            continue
        found.append(Mention(match.start(1), noun.end(), text[match.start(1):noun.end()], "GPE",
                             _words(doc, span.start, span.end), alias=name))
    return found


@cache
def _place_office_pattern() -> re.Pattern[str]:
    phrases = "|".join(sorted((re.escape(p).replace("'", "['’]") for p in _lists()["place_office_phrases"]),
                              key=len, reverse=True))
    return re.compile(rf" (?i:{phrases})\b")


@cache
def _place_force_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted((re.escape(p) for p in _lists()["place_force_nouns"]), key=len, reverse=True))
    return re.compile(rf" (?:{nouns})\b")


def _offices_of_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the Bristol district attorney's office", "the Los Angeles Sheriff's office": a place
    right before a lower-case phrase for a public office (``place_office_phrases``) names that
    office too, an organisation (the place stays named). So does a place, or an organisation
    ("Amtrak police"), right before a lower-case noun for its force that heads its phrase
    ("Northamptonshire police said", ``place_force_nouns``), unless it is the second of an
    "and" ("Twizel and Fairlie police"); an organisation the gazetteer knows as a place is
    that place."""
    text = doc_text(doc)
    pattern = _place_office_pattern()
    force = _place_force_pattern()
    found = []
    for m in mentions:
        if m.label not in ("GPE", "ORG") or m.end >= len(text) or text[m.end] != " ":
            continue
        match = pattern.match(text, m.end) if m.label == "GPE" else None
        if match is None:
            match = force.match(text, m.end)
            if match is None or not _heads_its_phrase(doc, match.end()) or " and " in m.text \
                    or m.span.start > 0 and doc[m.span.start - 1].lower_ in ("and", "or", "&"):
                continue
            if _place_named(m):
                m.label = "GPE"  # the place of its force, whatever NER made of the two words
        span = doc.char_span(m.start, match.end(), alignment_mode="expand")
        if span is not None:
            found.append(Mention(m.start, match.end(), text[m.start:match.end()], "ORG", span, certain_type=True))
    return found


def _heads_its_phrase(doc: Doc, end: int) -> bool:
    """Whether the word ending at ``end`` is no modifier of a noun after it ("police" of
    "the police said", not of "police chiefs")."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None:
        return False
    word = doc[span.end - 1]
    nxt = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return word.dep_ != "compound" and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN"))


def _place_named(m: Mention) -> bool:
    """A mention NER typed a place, or one the gazetteer knows as a place (NER may read
    "Cumbria police" as one organisation's name and type the county ORG)."""
    return m.label == "GPE" or country_named(m.text) is not None or bool(places_named(m.text))


def _dateline_place(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The place of a dateline ("KYIV, Ukraine (AP) —") is a place, whatever NER made of a
    word in capitals standing before a dash (an organisation's acronym, or nothing)."""
    text = doc_text(doc)
    line = dateline(text)
    if line is None:
        return mentions
    start, end, _ = line
    if any(m.start <= start < m.end for m in mentions if m.label in ("GPE", "LOC")):
        return mentions
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not (country_named(text[start:end]) or places_named(text[start:end])):
        return mentions
    kept = [m for m in mentions if not (m.start < end and start < m.end)]
    return kept + [Mention(start, end, text[start:end], "GPE", span, country_named(text[start:end]),
                           certain_type=True)]


# a capitalised word that may be a plural ("Colts", "Panthers"), after a word: candidates for
# :func:`_teams`, found by the regex engine rather than a walk over every word
_PLURAL_NAME = re.compile(r"[A-Z](?<=\w [A-Z])[a-z]*[a-rt-z]s\b")  # "(?<=\w )" asked after the capital: as above


def _teams(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the Indianapolis Colts", "Carolina Panthers", "Charlotte Bobcats": a region's or a
    large town's name followed by a capitalised plural that ends the name is a team (or
    another body named after its town), not the place, whether NER left it out, tagged the
    place alone ("Indianapolis" GPE) or a person. The plural alone is its short form
    ("the Colts"). Party members, peoples and the land's plurals (``team_not_plurals``,
    ``feature_last_words``) are no team; nor a name the gazetteer knows as a place, nor
    one whose first word is a given name, or that NER read as a person's, unless "the" or an
    owner comes before it ("the Carolina Panthers", "the NBA's Charlotte Bobcats", but
    "referee Sam Williams"), nor a people ("South Koreans") or a work's title NER found ("The
    Ontario Ghostbusters", a fan club named after a film)."""
    text = doc_text(doc)
    w = _words_of(doc)
    lists = _lists()
    found: list[Mention] = []
    towns: dict[str, str] = {}  # a team's town -> the team's name
    for match in _PLURAL_NAME.finditer(text):
        i = bisect_left(w.idx, match.start())
        if i >= w.n or w.idx[i] != match.start() or w.text[i] != match.group() or w.pos[i] != "PROPN" \
                or (i + 1 < w.n and w.pos[i + 1] == "PROPN") or w.lower[i] in lists["team_not_plurals"] \
                or w.lower[i] in lists["feature_last_words"] or country_of_demonym(w.text[i]):
            continue
        for k in range(max(0, i - 3), i):
            if any(w.pos[j] != "PROPN" or not w.is_title[j] for j in range(k, i)) \
                    or (k > 0 and w.pos[k - 1] == "PROPN"):
                continue
            place = w.chars(doc, k, i)
            if not _large_place_named(place) or country_named(place):
                continue
            if (_is_given_name(w.text[k]) or w.ent[k] == "PERSON" or w.ent[i] == "PERSON") \
                    and (k == 0 or w.lower[k - 1] not in ("the", "'s", "’s")):
                break  # "referee Sam Williams", "chief Kaja Kallas": a team takes "the" or an owner
            if w.ent[i] in ("NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW") \
                    or country_of_demonym(w.chars(doc, k, i + 1)) or country_of_demonym(w.text[i][:-1]):
                break  # "South Koreans", "Central Africans": a people
            name = w.chars(doc, k, i + 1)
            if places_named(name) or country_named(name) or key(name) in world_regions():
                break  # ("the Western Balkans": a world region, no team of a "Western" province)
            span = doc[k:i + 1]
            found.append(Mention(span.start_char, span.end_char, _clean(name), "ORG", span, certain_type=True,
                                 alias=w.text[i]))
            towns[place] = _clean(name)
            break
    if not found:
        return mentions
    # a longer name NER found around it stays ("Los Angeles Angels GM Tony Reagins" is left
    # to the name rules); names inside it go
    return _towns_as_teams(_found_over(mentions, found), towns)


def _towns_as_teams(mentions: list[Mention], towns: dict[str, str]) -> list[Mention]:
    """"The Colts could clinch a berth with a win over the Kansas City Chiefs ... Kansas City
    emerged from the locker room", "New Orleans coach Sean Payton": where the text names a team
    after its town, the town's name alone that acts, owns or is met is the team's short form,
    not the place; after a preposition of place ("at home in Indianapolis",
    ``place_not_team_prepositions``) it stays the town."""
    if not towns:
        return mentions
    prepositions = _lists()["place_not_team_prepositions"]
    out = []
    for m in mentions:
        team = towns.get(m.text) if m.label in PLACE_LABELS and m.country is None else None
        if team is not None:
            root = m.span.root
            if not (root.dep_ == "pobj" and root.head.lower_ in prepositions):
                m = Mention(m.start, m.end, team, "ORG", m.span, certain_type=True, alias=m.text)
        out.append(m)
    return out


_RECORD_AFTER = re.compile(r" ?\(\d{1,2}-\d{1,2}(?:-\d{1,2})?\)")  # a team's won-lost record: "(10-0)"


def _places_playing(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the top-ranked Tar Heels' 91-73 victory against Evansville", "nine rebounds for North
    Carolina (10-0)", "the loss to Chicago": a town's or a region's name (no country's: a
    country's team is left to its country) that is met in a game (right after a preposition of
    ``game_opponent_prepositions`` that hangs off a word of ``game_result_words``) or that a
    won-lost record follows is the team or the school that plays, an organisation. Once the
    article has one such game, a town after "against" is met in a game whatever the word before
    ("a knee injury against Carolina", "returned to action against Tampa Bay"), names joined to
    a team by "and" are teams too ("games against San Diego, Atlanta and Green Bay"), and the
    town's name elsewhere is the team's, except after a preposition of place
    (``place_not_team_prepositions``: "his third season in New Orleans")."""
    text = doc_text(doc)
    w = _words_of(doc)
    lists = _lists()
    results = lists["game_result_words"]
    opponents = lists["game_opponent_prepositions"]
    places = lists["place_not_team_prepositions"]

    def preposition(m: Mention) -> int:
        before = m.span.start - 1
        if before > 0 and w.lower[before] == "the":
            before -= 1
        return before

    def playing(m: Mention, any_head: bool) -> bool:
        before = preposition(m)
        if before < 0:
            return False
        if w.lower[before] in opponents and (w.lemma[w.head[before]] in results
                                             or (before > 0 and w.lemma[before - 1] in results)):
            return True  # (or right after the word: the parse may hang "to" off the verb)
        return any_head and w.lower[before] == "against"

    candidates = [i for i, m in enumerate(mentions) if m.label in PLACE_LABELS and m.country is None]
    teams = {i for i in candidates if playing(mentions[i], False)
             or (text.startswith(" (", mentions[i].end) and _RECORD_AFTER.match(text, mentions[i].end) is not None)}
    if teams:
        teams |= {i for i in candidates if playing(mentions[i], True)}
        # conjuncts of a team met in a game: "against San Diego, Atlanta and Green Bay" (the
        # parse may take a list's second name for an apposition, but not "Evansville, Indiana"),
        # also after a school or a club
        # NER found ("victories from Vanderbilt and Tennessee")
        met = {m.span.root.i for m in mentions if m.label == "ORG" and playing(m, True)}
        met |= {mentions[i].span.root.i for i in teams}
        grew = True
        while grew:
            grew = False
            for i in candidates:
                tok = mentions[i].span.root
                listed = tok.dep_ == "conj" or (tok.dep_ == "appos" and any(c.dep_ == "conj" for c in tok.children))
                if i not in teams and listed and tok.head.i in met:
                    teams.add(i)
                    met.add(tok.i)
                    grew = True
        named = {mentions[i].text for i in teams}
        for i in candidates:
            before = preposition(mentions[i])
            if mentions[i].text in named and not (before >= 0 and w.lower[before] in places):
                teams.add(i)
    out = []
    for i, m in enumerate(mentions):
        if i in teams:
            m = Mention(m.start, m.end, m.text, "ORG", m.span, certain_type=True, alias=m.alias)
        out.append(m)
    return out


def _found_over(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """The mentions with ``found`` in place of those it overlaps; a found name that a longer
    NER name runs past is dropped instead (the name rules decide those)."""
    found = [f for f in found if not _runs_past(mentions, f)]
    taken = _Spans((m.start, m.end) for m in found)
    return [m for m in mentions if not taken.overlap(m.start, m.end)] + found


@cache
def _outlet_noun_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(_lists()["outlet_nouns"], key=len, reverse=True))
    return re.compile(rf"\b[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*){{0,2}}\s(?i:{nouns})\b")


@cache
def _outlet_noun_present() -> re.Pattern[str]:
    """The tail every match of :func:`_outlet_noun_pattern` ends with (a space and an outlet
    noun): most articles have none (30 of 276), and one search for it costs less than the
    full pattern, which tries up to three capitalised words at every capital."""
    nouns = "|".join(sorted(_lists()["outlet_nouns"], key=len, reverse=True))
    return re.compile(rf"\s(?i:{nouns})\b")


def _outlets_by_noun(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"an opinion poll published by Ethnos newspaper", "said WCCO TV Managing Editor ...",
    "told People magazine": the capitalised words before a common noun for an outlet
    (``outlet_nouns``) name it, an organisation, where NER left them out or cut them ("Press"
    + "Democrat"); not after a demonym ("French television", "Russian State TV"), nor "The"
    alone, nor one word opening a sentence that NER did not tag, nor inside a longer name NER
    found."""
    text = doc_text(doc)
    if _outlet_noun_present().search(text) is None:
        return mentions  # no outlet noun after a space: the full pattern cannot match
    w = _words_of(doc)
    found: list[Mention] = []
    for match in _outlet_noun_pattern().finditer(text):
        first = bisect_left(w.idx, match.start())
        if first >= w.n or w.idx[first] != match.start():
            continue
        noun = bisect_left(w.idx, match.end() - 1) - 1
        while noun + 1 < w.n and w.idx[noun + 1] < match.end():
            noun += 1
        start = first + (w.lower[first] == "the")
        if start >= noun or (w.sent_start[start] and noun - start == 1 and not w.ent[start]) \
                or any(not (w.is_title[j] or w.is_upper[j]) for j in range(start, noun)):
            continue
        end = noun + 1 if w.text[noun][0].isupper() else noun  # "PC Magazine", "WCCO TV": the noun is the name's
        name = w.chars(doc, start, noun)
        if country_of_demonym(name) or country_of_demonym(w.text[start]) or country_named(name) \
                or w.lower[start] in ("the", "a", "an"):
            continue
        span = doc[start:end]
        # (no alias without the noun: "Abu Dhabi TV" is no "Abu Dhabi")
        found.append(Mention(span.start_char, span.end_char, _clean(_text(span)), "ORG", span, certain_type=True))
    if not found:
        return mentions
    return _found_over(mentions, found)


@cache
def _crime_group_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(_lists()["crime_group_nouns"], key=len, reverse=True))
    return re.compile(rf"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? (?i:{nouns})\b")


def _crime_groups(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the Genovese crime family", "the Kray crime syndicate": capitalised words before a
    lower-case noun for an organised-crime group (``crime_group_nouns``) name the group with
    the noun, an organisation, whatever NER made of the words (a nationality, a person). Not
    a demonym or a country ("Italian crime families", "Albanian mafia family": a kind); a
    capital "The" before the name is no part of it."""
    text = doc_text(doc)
    found: list[Mention] = []
    for match in _crime_group_pattern().finditer(text):
        start = match.start()
        if match.group().split()[0] in ("The", "A", "An"):
            start = match.start() + len(match.group().split()[0]) + 1  # "The Lucchese crime family lost ..."
        span = doc.char_span(start, match.end())
        if span is None or not span[0].text[0].isupper() or country_of_demonym(span[0].text) \
                or country_named(span[0].text):
            continue
        found.append(Mention(span.start_char, span.end_char, _clean(_text(span)), "ORG", span, certain_type=True))
    return _found_over(mentions, found) if found else mentions


@cache
def _link_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = r"((?:[A-Z][\w&-]* ){1,3})"
    links = "|".join(w.capitalize() for w in sorted(_lists()["name_link_words"]))
    campaigns = "|".join(w.capitalize() for w in sorted(_lists()["campaign_link_words"]))
    return (re.compile(rf"\b{words}(?:{links}) [A-Z][\w&-]*\b"),
            re.compile(rf"\b{words}(?:{campaigns}) ([A-Z][\w-]*(?: [A-Z][\w-]*)?)\b"))


def _names_around_a_link(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Reporters Without Borders", "Dog Meat Free Indonesia": a word English writes in lower
    case (``name_link_words``), capitalised between capitalised words, joins them into one
    organisation's name, whatever NER made of the parts (nothing, "Borders", the place); so does
    ``campaign_link_words`` before a place. Not in a title-case headline, nor with a word that
    only opens the sentence ("The", "Following")."""
    text = doc_text(doc)
    headline = _title_case_headline(doc, text)
    linked, campaign = _link_patterns()
    openers = _lists()["sentence_openers"] | {"the", "a", "an"}
    found: list[Mention] = []
    for pattern in (linked, campaign):
        for match in pattern.finditer(text):
            if match.start() < headline:
                continue
            if pattern is campaign:
                place = match.group(2)
                if not (country_named(place) or places_named(place)):
                    continue
            span = doc.char_span(match.start(), match.end())
            if span is None:
                continue
            start = span.start
            while start < span.end - 2 and span.doc[start].lower_ in openers:
                start += 1
            span = _words(doc, start, span.end)
            found.append(Mention(span.start_char, span.end_char, _clean(_text(span)), "ORG", span,
                                 certain_type=True))
    return _found_over(mentions, found) if found else mentions


@cache
def _web_site_pattern() -> re.Pattern[str]:
    domains = "|".join(sorted(_lists()["web_domains"]))
    # a capitalised name, a dot and a top-level domain (a country's code may follow: "UOL.com.br");
    # not part of an address or a path ("www.cnn.com", "site.com/page", "info@X.org")
    return re.compile(rf"(?<![\w./@:-])[A-Z][\w-]*\.(?:{domains})(?:\.[a-z]{{2}})?(?![\w/@-]|\.\w)")


def _web_sites_missed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"told MLB.com", "A TVGuide.com poll", "The Web site, BettiePage.com,": a capitalised
    name written with a top-level domain of ``web_domains`` (one token: NER mostly passes it
    over) is a web site, an organisation."""
    text = doc_text(doc)
    if "." not in text:
        return mentions
    found = []
    for match in _web_site_pattern().finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is not None:
            found.append(Mention(span.start_char, span.end_char, span.text, "ORG", span, certain_type=True))
    return _found_over(mentions, found) if found else mentions


@cache
def _noun_then_name_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(_lists()["organization_nouns"] | _lists()["outlet_nouns"]
                            | _lists()["nouns_before_organization_names"], key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns}) ((?:The )?[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){{0,2}})")


def _organizations_after_their_noun(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Trade publication Variety saw ...", "ride-hailing startup Go-Jek", "Afghan broadcaster
    TOLOnews", "news agency PA Media", "social media platform X": proper nouns NER left
    untagged right after a lower-case noun for an organisation (``organization_nouns``,
    ``outlet_nouns``, ``nouns_before_organization_names``) name that organisation. Not where
    the words run on into a name NER found ("the party Secretary General Ana Lopez"), hold a
    title word, or start a sentence."""
    text = doc_text(doc)
    w = None
    titles = title_words()
    found: list[Mention] = []
    for match in _noun_then_name_pattern().finditer(text):
        w = w or _words_of(doc)
        start = bisect_left(w.idx, match.start(1))
        if start >= w.n or w.idx[start] != match.start(1) or start == 0 or w.pos[start - 1] != "NOUN":
            continue
        end = start
        while end < w.n and w.idx[end] < match.end(1) and w.outside[end] and not (end > start and w.sent_start[end]):
            end += 1
        if end == start or w.idx[end - 1] + len(w.text[end - 1]) != match.end(1) and end < w.n \
                and w.idx[end] < match.end(1):
            continue  # a word of the run is in a name NER found, or opens a sentence
        if end < w.n and not w.outside[end] and w.idx[end] == w.idx[end - 1] + len(w.text[end - 1]) + 1:
            continue  # runs on into a name NER found ("group Hamas" + "Gaza")
        if w.lower[start] == "the":
            start += 1
        if start >= end or w.sent_start[start] or any(w.lower[j] in titles for j in range(start, end)) \
                or not all(w.pos[j] == "PROPN" or _inner_capital(w.text[j]) for j in range(start, end)):
            continue  # (a word with a capital inside is a name whatever its tag: "CamboJA")
        span = _words(doc, start, end)
        name = _clean(_text(span))
        if country_of_demonym(name) or country_named(name) or name.casefold() in _lists()["not_names"]:
            continue
        found.append(Mention(span.start_char, span.end_char, name, "ORG", span, certain_type=True))
    if not found:
        return mentions
    return _found_over(mentions, found)


def _inner_capital(word: str) -> bool:
    """A capital after a lower-case letter ("CamboJA", "eBay"): a name's spelling, no common word's."""
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


@cache
def _outlet_head_pattern() -> re.Pattern[str]:
    heads = "|".join(sorted((h.title() for h in _lists()["outlet_heads"]), key=len, reverse=True))
    return re.compile(rf"the ([A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}} (?:{heads}))\b")  # (a literal first: fast)


def _outlets_by_head(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"he told the Timaru Herald": "the", a place's name (at most one more capitalised word
    after it: "the Sydney Morning Herald") and a capitalised word that heads a paper's name
    (``outlet_heads``), all left out by NER, are the paper (:func:`_outlet_name` does the same
    where NER tagged the place)."""
    text = doc_text(doc)
    w = _words_of(doc)
    found: list[Mention] = []
    for match in _outlet_head_pattern().finditer(text):
        if match.start() > 0 and (text[match.start() - 1].isalnum() or text[match.start() - 1] == "_"):
            continue  # "...the" inside a word ("breathe")
        first = bisect_left(w.idx, match.start(1))
        end = bisect_left(w.idx, match.end(1))
        if first >= w.n or w.idx[first] != match.start(1) or any(w.ent[k] for k in range(first, end)) \
                or (end < w.n and w.pos[end] == "PROPN" and w.text[end][:1].isupper()):
            continue
        if not any(places_named(w.chars(doc, first, k)) for k in range(first + 1, min(first + 3, end))):
            continue
        span = doc[first:end]
        found.append(Mention(span.start_char, span.end_char, _clean(_text(span)), "ORG", span, certain_type=True))
    if not found:
        return mentions
    taken = _Spans((m.start, m.end) for m in found)
    return [m for m in mentions if not taken.overlap(m.start, m.end)] + found


@cache
def _shared_heads() -> dict[str, str]:
    return dict(load_toml("entities.toml")["shared_heads"])


@cache
def _shared_head_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    heads = "|".join(sorted(_shared_heads(), key=len, reverse=True))
    word = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    return (re.compile(rf" and [^.,;]{{3,60}} (?i:{heads})\b"),  # where a match can end (most texts: nowhere)
            re.compile(rf"(?<![\w.-])({word}(?: {word}){{0,2}}),? and ({word}(?: {word}){{0,2}}) (?i:({heads}))\b$"))


def _bodies_sharing_a_head(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"until the Interior and Commerce departments complete a review", "the House Foreign
    Affairs and Intelligence committees": two names joined by "and" before one plural head
    noun of a body (``[shared_heads]``) are two bodies, each named with the head ("Commerce
    Department", "House Foreign Affairs Committee"; the bare name is an alias). Not a people's
    or a country's ("the French and German ministries": each country's), nor a first word that
    only opens the sentence ("The Democratic and ..." is "Democratic")."""
    text = doc_text(doc)
    present, pattern = _shared_head_patterns()
    w = None
    heads = _shared_heads()
    found: list[Mention] = []
    for hit in present.finditer(text):
        # (the names end where the head begins: the full pattern is asked only of the 120
        # characters before the head's end)
        window_start = max(0, hit.end() - 120)
        match = pattern.search(text[window_start:hit.end()])
        if match is None:
            continue
        w = w or _words_of(doc)
        names = []
        for group in (1, 2):
            start_char, end_char = window_start + match.start(group), window_start + match.end(group)
            first, end = bisect_left(w.idx, start_char), bisect_left(w.idx, end_char)
            if first < w.n and w.idx[first] == start_char and w.lower[first] == "the":
                first += 1
            if first >= end or first >= w.n:
                break
            name = w.chars(doc, first, end)
            if country_of_demonym(w.text[first]) or country_named(name) or country_of_demonym(name):
                break
            names.append((first, end, name))
        if len(names) != 2:
            continue
        head = heads[match.group(3).lower()]
        for first, end, name in names:
            span = doc[first:end]
            found.append(Mention(span.start_char, span.end_char, f"{name} {head}", "ORG", span, certain_type=True,
                                 alias=name))
    if not found:
        return mentions
    taken = _Spans((m.start, m.end) for m in found)
    return [m for m in mentions if not taken.overlap(m.start, m.end)] + found


def _runs_past(mentions: list[Mention], team: Mention) -> bool:
    return any(m.start < team.end and team.start < m.end and (m.start < team.start or m.end > team.end)
               for m in mentions)


def _with_place_suffixes(mentions: list[Mention], text: str) -> list[Mention]:
    """"Washington, D.C.": an abbreviation that belongs to the place before it
    (``place_suffixes``) is no place of its own; the whole is a form of that place."""
    suffixes = _lists()["place_suffixes"]
    out: list[Mention] = []
    for m in mentions:
        before = out[-1] if out else None
        if before is not None and m.text.casefold() in suffixes and before.label == "GPE" \
                and text[before.end:m.start].strip() in ("", ","):
            before.alias = text[before.start:m.end]
            continue
        out.append(m)
    return out
