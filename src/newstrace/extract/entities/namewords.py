"""Word-level tests for step 1 and step 2 of the fallback order: is a word part of a name, a
common given name, a large place of the gazetteer, the subject of a verb of saying; a
name's text cleaned of brackets and runs of spaces; and the length of an article's opening
title-case headline, whose words tell no names (read by step 1 and the filters after step 3).
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from newstrace.data import load_toml
from newstrace.nlp import doc_text
from newstrace.extract.cues import lexicon
from newstrace.extract.names import title_words
from newstrace.extract.countries import country_of
from newstrace.extract.gazetteer import places_named
from newstrace.extract.parsearrays import KeptPerDoc, named_entities, parse_arrays
from newstrace.extract.entities.context import _Words, _text, _words_of, given_names, world_given_names
from newstrace.extract.entities.lists import _lists, organization_named


def _is_name_word(t: Token) -> bool:
    # "LaHood", "McCain", "DeSantis": capitalised names with a capital inside are names too
    return t.pos_ == "PROPN" and (t.is_title or "-" in t.text or t.text[:1].isupper() and t.text[1:2].islower())


def _is_name_word_at(w: _Words, i: int) -> bool:
    """:func:`_is_name_word` of word ``i``, from the Doc's lists."""
    text = w.text[i]
    return w.pos[i] == "PROPN" and (w.is_title[i] or "-" in text or text[:1].isupper() and text[1:2].islower())


def _name_joint(w: _Words, i: int) -> bool:
    """Word ``i`` joins the words of a name: a lower-case particle ("bin", "von"), or a hyphen
    and the lower-case piece after it that the tokenizer split off ("Man" "-" "kei")."""
    if w.lower[i] in _lists()["name_particles"] and w.is_lower[i]:
        return True
    if w.text[i] == "-":
        return not w.space[i - 1] and not w.space[i]
    return i > 1 and w.text[i - 1] == "-" and not w.space[i - 2] and not w.space[i - 1] and w.is_alpha[i]


def _is_given_name(word: str, wide: bool = False) -> bool:
    """A common given name, with or without its accents ("José", "Sébastien"); with ``wide``,
    a given name of the world list too ("Peyton", "Wladimir")."""
    word, names = word.lower(), world_given_names() if wide else given_names()
    return word in names or unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode() in names


def _given_name_first(span: Span, titled: bool = False, wide: bool = False) -> bool:
    """Two to four proper nouns, the first a common given name that is not also a place
    ("Georgia", "Paris"), with no word of an organisation, facility or place and not a
    known organisation or place as a whole: a person's name, whatever NER typed it.
    With ``titled``, a first word that is a title as well as a given name ("Dean Kamen",
    "Prince Charles") counts too, in a name of two words whose second is no title: a
    person either way. With ``wide``, the first word may be a given name of the world list
    (:func:`world_given_names`)."""
    if not 2 <= len(span) <= 4:
        return False
    w = _words_of(span.doc)
    if not all(_is_name_word_at(w, i) for i in range(span.start, span.end)):
        return False
    first, lower = w.text[span.start], w.lower
    lists = _lists()
    titles = title_words()
    title_first = lower[span.start] in titles \
        and not (titled and len(span) == 2 and lower[span.start + 1] not in titles)
    # the first word may name a small town ("Nikki", "Crystal", "Luis" in the gazetteer
    # of towns): only a region or a large town ("Georgia", "Paris") makes it a place's
    if not _is_given_name(first, wide) or lower[span.start] in lists["given_names_not_alone"] \
            or title_first or country_of(first) or _large_place_named(first):
        return False
    if any(lower[i] in lists["organization_nouns"] or lower[i] in lists["facility_heads"]
           or lower[i] in lists["not_person_words"] or lower[i] in lists["street_words"]
           or lower[i] in lists["place_nouns"] for i in range(span.start, span.end)):
        return False
    text = _text(span)
    return not (organization_named(text) or places_named(text) or country_of(text))


def _large_place(span: Span | Token) -> bool:
    """A region or a town of ``place_min_population`` people of the place gazetteer."""
    return _large_place_named(span.text if isinstance(span, Token) else _text(span))


def _large_place_named(text: str) -> bool:
    """:func:`_large_place` of a name's text."""
    limit = int(next(iter(_lists()["place_min_population"])))
    return any(p.kind == "region" or p.population >= limit for p in places_named(text))


def _in_longer_person_name(span: Span) -> bool:
    """Some longer person's name NER found in the article holds the name's words ("Allen"
    of "Greg Allen")."""
    # NER's person names from its offsets (``Doc.ents`` makes a Span, and ``.text`` a
    # Token per word, of each)
    words, ner, text = set(_text(span).split()), named_entities(span.doc), doc_text(span.doc)
    return any(label == "PERSON" and ner.ends[k] - ner.starts[k] > len(span)
               and words <= set(text[ner.start_chars[k]:ner.end_chars[k]].split())
               for k, label in enumerate(ner.labels))


def _speaks(span: Span) -> bool:
    """The name, here or in another mention of it, is the subject of a verb of saying."""
    text = _text(span)
    return any(phrase == text or phrase.endswith(" " + text) or phrase.startswith(text + " ")
               for phrase in _speakers(span.doc))


def _read_speakers(doc: Doc) -> list[str]:
    """The proper-noun subjects of verbs of saying in ``doc``, each as the phrase up to its
    head word ("Ms. Chin" of "Ms. Chin said")."""
    verbs, text = lexicon().verb_certainty, doc_text(doc)
    parse = parse_arrays(doc)  # the subjects found from the parse's lists, not a Token per word
    found = []
    for i in [i for i, (dep, pos) in enumerate(zip(parse.dep, parse.pos)) if dep == "nsubj" and pos == "PROPN"]:
        if parse.lemma[parse.head[i]] in verbs:
            subject = doc[i]
            found.append(text[subject.left_edge.idx:subject.idx + len(subject.text)])
    return found


_speakers = KeptPerDoc(_read_speakers)  # asked for each name that may be a place or a person: read once per Doc


@lru_cache(maxsize=8192)  # a name's text is cleaned again at each of its mentions
def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("[", "").replace("]", "")).strip()


@cache
def _headline_case() -> tuple[int, int]:
    rule = load_toml("entities.toml")["headline_case"]
    return int(rule["min_letters"]), int(rule["min_words"])


def _title_case_headline(doc: Doc, text: str) -> int:
    """The length of the headline a text opens with, when that headline (the article's
    title) is in title case or capitals: its capitals tell no names, and a name found only
    there ("Riot Breaks", "Kraft Foods Rampage") is junk. 0 otherwise."""
    title = (doc.user_data.get("newstrace.title") or "").strip()
    if not title or not text.startswith(title):
        return 0
    min_letters, min_words = _headline_case()
    words = [w for w in title.split() if len(w) >= min_letters and w[0].isalpha()]
    return len(title) if len(words) >= min_words and all(w[0].isupper() for w in words) else 0
