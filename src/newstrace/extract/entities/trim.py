"""Step 1 of the fallback order, the last cut of a span: :func:`_trim` drops a leading
"the", a trailing possessive and the words around a name that are no part of it, so a
mention's offsets cover the name only; and a nickname in quotes inside a name.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newstrace.extract.countries import country_named
from newstrace.extract.entities.context import _Words, _text, _words, _words_of
from newstrace.extract.entities.lists import _lists
from newstrace.extract.entities.namewords import _is_name_word
from newstrace.extract.entities.spans import _letter_given_name_before, _owner_named


_MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod", "advmod", "acomp"}
_CAMP_PREFIX = re.compile(r"^(?i:pro|anti|pan|non|ex)-")
_POSSESSIVE_END = re.compile(r"['’](?: ?s)?$")  # "’ s": a possessive whose apostrophe the text spaced


def _trailing_non_name(w: _Words, last: int, length: int) -> bool:
    """A possessive, a punctuation mark or (in a span of two words or more) a lower-case
    preposition or conjunction that ends a NER span (``last``: the word)."""
    return (w.tag[last] == "POS" or w.is_punct[last] or w.lower[last] in ("'s", "’s")
            or (length > 1 and w.is_lower[last] and w.pos[last] in ("ADP", "CCONJ")))


def _trim(ent: Span) -> Span | None:
    start, end = ent.start, ent.end
    doc = ent.doc
    # the words' attributes from the Doc's lists (:class:`_Words`), not a Token each
    w = _words_of(doc)
    text, lower = w.text, w.lower
    # a span NER ran across a sentence end ("... on X. The Taliban"): keep the last part
    article = None  # a lower-case "the" inside the span (:func:`_second_name_after_article`)
    for i in range(start + 1, end):
        if w.sent_start[i] or (text[i] in ("The", "A", "An") and text[i - 1].endswith(".")):
            start = i
            article = None  # a "the" of the part dropped: look for one in the part kept
        elif text[i] == "the" and article is None:
            article = i
        elif text[i] == "(" and i > start:
            # "Movement for Democratic Change (MDC": NER ran into the acronym (or other aside) in
            # parentheses after the name; a name holds no parenthesis, the acronym is its own mention
            end = i
            break
    while start < end and (w.tag[start] in ("DT", "PRP$") or w.is_punct[start]):
        if start + 1 < end and ent.label_ == "PERSON" and _letter_given_name_before(doc, start + 1, 0):
            break  # "A Qiang": the letter is the name's first word, no article
        start += 1
    if end - start >= 2 and w.sent_start[start] and lower[start] in _lists()["sentence_openers"] \
            and w.is_title[start + 1]:
        start += 1  # "Following Gigante's conviction": a preposition that opens the sentence, capitalised
    while end > start and _trailing_non_name(w, end - 1, end - start):
        end -= 1  # "Patrice Talon of": NER took the preposition after the name
    if end - start >= 2 and w.is_lower[end - 1] and w.like_num[end - 1]:
        end -= 1  # "hitting Gray eleven times": a count in words after the name
    if end - start >= 3:
        end = _before_lower_of_phrase(w, start, end)  # "Associated Press of bank robberies"
    if article is not None and start < article < end - 1 and ent.label_ != "PERSON" \
            and _second_name_after_article(w, start, article, end):
        end = article  # "making Ferraro the Democratic Party's first candidate": the name before "the"
    if end - start >= 4 and lower[end - 2] == "in" and w.like_num[end - 1]:
        end -= 2  # "Rally for the Republic in 2008": NER took the year after the name
    if end - start >= 2 and w.like_num[end - 1]:  # a count or a score after the name
        if end - start >= 3 and text[end - 2] in ("-", "–", "—"):
            end -= 2  # "Conservative Party - 365" (seats)
        elif country_named(" ".join(text[start:end - 1])):
            end -= 1  # "Sweden 1 – 0 Korea Republic"
    if ent.label_ == "PERSON":
        end = _before_trailing_figures(w, start, end)  # "Joe Louis 26-1": a fighter's record after the name
    if end < w.n and w.like_num[end]:  # a dateline after a headline: "Regina Benjamin Jul 13", "Fri Aug 2"
        dateline = _lists()["dateline_abbreviations"]
        while end > start and lower[end - 1].rstrip(".") in dateline:
            end -= 1
    # "Malawi's Department of ...", "Russia's Sergei Lavrov", "Al-Sharaa’s HTS": the owner,
    # a country or a person the article names, is a name of its own
    for i in range(start + 1, end - 1):
        if lower[i] in ("'s", "’s") and _owner_named(doc, w.chars(doc, start, i)):
            start = i + 1
            break
    # a stance or creed glued to the front of a name: "Islamist Hayat Tahrir al-Sham"
    lists = _lists()
    if end - start >= 2 and lower[start] in lists["stance_adjectives"] and w.is_title[start + 1] \
            and lower[start + 1] not in lists["organization_last_words"] | lists["organization_nouns"]:
        start += 1  # (not "Maoist Party": the word names the party)
    # political-camp descriptors glued to a name: "Pro-Beijing", "Pan-democrat"
    while start < end - 1 and _CAMP_PREFIX.match(text[start]):
        start += 1
    # the same split by the tokenizer ("pro" "-" "Beijing", "Pan" "-" "democrat"): a
    # lower-case prefix, or a lower-case word after it ("Pan-American" is a name's own)
    prefixes = lists["compound_prefixes"]
    while start + 2 < end and text[start + 1] == "-" and not w.space[start] \
            and not w.space[start + 1] and lower[start] in prefixes \
            and (w.is_lower[start] or w.is_lower[start + 2]):
        if start + 3 == end and ent.root.dep_ not in _MODIFIER_DEPS:
            break  # "the anti-Balaka fought back": a group named for its stance
        start += 3  # "anti-Sisi protests", "pro-Beijing" alone: a stance, no name (start reaches end)
    # a hyphenated given name the tokenizer split: "Wong Yeung" + "-" + "tat"
    if ent.label_ == "PERSON":
        while end + 1 < w.n and text[end] == "-" and not w.space[end - 1] \
                and not w.space[end] and w.is_alpha[end + 1] and lower[end + 1] not in lists["dash_words"]:
            end += 2
        if end < len(doc) and doc[end].text in _NICKNAME_OPENERS:
            end = _after_nickname(doc, end)
        elif end + 3 < len(doc) and doc[end].text == "(" and _bracketed_nickname(doc, end):
            end = _after_nickname(doc, end, _BRACKET_CLOSERS)
    if start >= end:
        return None
    span = _words(doc, start, end)
    # "North Korea’s" tokenised as one token keeps its possessive: cut it off by characters
    name = _text(span)
    m = _POSSESSIVE_END.search(name) if name[-1:] in ("s", "'", "’") else None  # (most names end otherwise)
    if m:
        cut = doc.char_span(span.start_char, span.start_char + m.start(), alignment_mode="contract")
        if cut is not None and len(cut):
            return cut
    return span


def _before_trailing_figures(w: _Words, start: int, end: int) -> int:
    """Where a person's name ends that NER ran into the figures after it (a record, a score:
    "Joe Louis 26-1", "Muhammad Ali 22-"): a person's name holds no digits."""
    cut = end
    while cut > start + 1 and (w.text[cut - 1][:1].isdigit() and w.like_num[cut - 1]
                               or w.text[cut - 1] in ("-", "–", "—")):
        cut -= 1
    return cut if cut < end and w.is_title[cut - 1] else end


def _before_lower_of_phrase(w: _Words, start: int, end: int) -> int:
    """Where a name ends that NER ran into an "of" phrase of lower-case words after it
    ("Associated Press of bank robberies": "of bank"): before the "of", where every word
    after it is lower case and no particle of a name ("Republic of the Congo" keeps its
    capitalised last word). ``end`` where the span ends otherwise."""
    if not w.is_lower[end - 1] or w.lower[end - 1] in _lists()["name_particles"]:
        return end  # (most spans end in a capitalised word: one test)
    i = end - 1
    while i > start + 1 and w.is_lower[i - 1] and w.lower[i - 1] != "of":
        i -= 1
    if w.lower[i - 1] == "of" and i - 1 > start and all(
            w.is_alpha[j] and w.lower[j] not in _lists()["name_particles"] for j in range(i, end)):
        return i - 1
    return end


def _second_name_after_article(w: _Words, start: int, article: int, end: int) -> bool:
    """Two names NER ran together across a lower-case "the" ("making Ferraro the Democratic
    Party's first female candidate", "according to Rathbun the Scientology property"): a
    capitalised word on each side of the article, and no word of the one part depends on a
    word of the other in the parse ("Stop the Steal", "Unite the Right", "Winnie the Pooh"
    are one phrase each: the words after "the" hang on the one before it). The span keeps
    the first part, a whole noun phrase; the name after "the" opens a longer phrase of its
    own ("the Scientology property"), where it is a modifier, found again where NER tags it
    alone."""
    if not (w.is_title[article - 1] and w.is_title[article + 1]):
        return False
    for i in range(start, end):
        head = w.head[i]
        if head != i and start <= head < end and (i < article) != (head < article):
            return False
    return True


_NICKNAME_OPENERS = frozenset({'"', "“", "‘", "'"})
_NICKNAME_CLOSERS = frozenset({'"', "”", "’", "'"})
_BRACKET_CLOSERS = frozenset({")"})


def _bracketed_nickname(doc: Doc, at: int) -> bool:
    """"Kimani (Kiki) Gray", "Adam (Pacman) Jones": one capitalised word in brackets right after
    a given name (not a party's letter or an agency's, "(D)", "(AP)", all capitals)."""
    inside = doc[at + 1]
    return doc[at + 2].text == ")" and inside.is_alpha and inside.is_title and len(inside) > 1


def _after_nickname(doc: Doc, at: int, closers: frozenset[str] = _NICKNAME_CLOSERS) -> int:
    """Where a name ends that a quoted nickname splits: 'Salvatore "Sammy the Bull" Gravano'
    (NER tags "Salvatore" alone): a capitalised nickname of one to four words in quotes (or
    one in brackets, ``closers`` ")") right after a given name, then one or two capitalised
    name words. ``at``, the opening quote, is returned when the name does not go on."""
    for close in range(at + 2, min(at + 6, len(doc))):
        if doc[close].text in closers:
            break
    else:
        return at
    if not doc[at + 1].is_title or doc[at - 1].whitespace_ == "" or doc[close - 1].whitespace_:
        return at
    end = close + 1
    # (the parser may open a sentence after a closing bracket: "(Kiki)" + "Gray")
    while end < len(doc) and end - close <= 2 and _is_name_word(doc[end]) \
            and not (doc[end].is_sent_start and (end > close + 1 or closers is not _BRACKET_CLOSERS)) \
            and doc[end].lower_ not in _lists()["not_person_words"]:
        end += 1
    return end if end > close + 1 else at
