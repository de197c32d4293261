"""Claims: who said what, how, and how sure.

A claim is found from a *cue* (a reporting verb, a noun of speech, "according to")
or from a quotation; the structure always comes from the dependency parse, the word
lists from the cue lexicon (``data/cues.toml``, :mod:`newstrace.extract.cues`) and
``data/claims_outlets.toml``.

Fallback order:

1. Quotations. Double quotation marks (straight or curly) are paired by their
   context (an opening mark follows a space, a closing mark precedes one). A quote
   may run over paragraphs only where each new paragraph reopens it; an opening mark
   never closed, or a "quote" over ``max_words`` long, is dropped as unbalanced.
2. Parse-based attribution, for each cue outside quotation marks:
   a. a reporting verb with a clausal complement ("X said (that) ...", "X told
      reporters ...", inverted "..., said the ministry");
   b. a verb whose subject follows the content it governs ("..., officials said");
   c. a verb of speech with an object ("condemned the raids", "called for calm",
      passive "was condemned by X");
   d. "according to X, ...": the clause it hangs off;
   e. a noun of speech with a "that" clause ("X's statement that ...").
   The speaker is the cue's subject, else the agent of a passive, else (for a
   participle such as "..., saying ...", "posted a message ... blaming ...") the
   subject of the reporting or communication verb it hangs off. Cues of inference
   ("suggest", "indicate") count only with a source as subject ("experts suggest").
3. Quotations no cue covered: a speaker tag right after a quote that ends in a comma
   ("“A,” he said"), or right before one after a colon or comma ("He said: “A”").
4. An untagged quote that follows a claimed quote with nothing but that quote's tag
   and connectives between ("“A,” he said. “B.”") has the same speaker.

quote_type: content all inside quotation marks is ``direct``; content with a quoted
part is ``mixed``; otherwise ``indirect``. A question is never a claim.

Speaker resolution, first match wins: the entity the coreference stage tied the
subject's head word to (:mod:`newstrace.extract.coref`; its pronoun, definite
description, title, apposition, capital and person-description links only: ``COREF_RULES``); a named entity under the subject (PERSON, ORG,
GPE: the canonical name from ``entities``); a person in apposition ("the minister's
spokesman, Jan Novak"); a pronoun to the nearest fitting antecedent (he/she:
the nearest person named as a subject, then any person; it/they: the last non-person
speaker, then the nearest organisation or place); a quantifier ("some") to a human
group just named; a definite short form ("the agency", "the minister") to the
nearest entity whose name or role title has that word, a title with no antecedent to
the next untitled person named (a delayed lead); else the subject phrase itself as
an unnamed source ("South Korean military officials").

Certainty: the cue's own class (``say`` certain, ``believe`` probable, ``suggest``
possible, ``deny`` doubtful) and the hedges of the content's own clauses, whichever
is less sure. Relative and adverbial clauses and noun modifiers are out of scope.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from functools import cache
from collections.abc import Callable, Iterator
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from newstrace.extract import coref
from newstrace.extract.cues import CERTAINTY_RANK, Lexicon, lexicon, outlet_key
from newstrace.extract.doc import QUOTES, ClaimReading, coref_genders, span_group
from newstrace.extract.parsearrays import ParseArrays, parse_arrays, sentences
from newstrace.extract.syntax import inherited_subject, is_negated
from newstrace.extract.quotes import QUOTE_MARKS, SINGLE_MARKS, Quote, find_quotes, quote_marks
from newstrace.nlp import doc_text
from newstrace.extract.countries import country_named, country_of_demonym
from newstrace.extract.entities import EntityTable
from newstrace.record import Claim, Entity

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# Clauses and modifiers about something other than the claim itself: hedges there do
# not make the source less sure ("if the enemy's possible counteractions ...").
OUT_OF_SCOPE_DEPS = frozenset({"relcl", "acl", "advcl", "amod", "nmod", "compound", "poss", "appos",
                               "npadvmod", "parataxis", "prep"})
# A participle or clause can take the speaker of the verb it hangs off.
INHERITING_DEPS = ("advcl", "conj", "xcomp", "acl", "ccomp")
SENTENCE_END = ".!?;"
MAX_TAG_TOKENS = 16
MAX_CONNECTIVE_WORDS = 3


# -- attributions -----------------------------------------------------------------


class Content(NamedTuple):
    """What a cue governs that was said, the cue's words, and whether the content is the
    passive subject of an object verb ("the raid was condemned by X": the speaker is the
    "by" agent)."""

    tokens: list[Token]
    cue_text: str
    passive: bool = False


@dataclass
class Attribution:
    """A cue, its speaker and its content, before the speaker is resolved."""

    cue: Token
    cue_text: str
    speaker: Token | None
    content: tuple[int, int]
    level: str  # certainty the cue lends
    quote: Quote | None = None  # the quotation that is the content, for direct quotes
    inherited_from: Attribution | None = None
    negated: bool = False  # "did not believe": a negated cue that still attributes, doubtfully
    passive: bool = False  # "was condemned by X": the speaker is the "by" agent
    unnamed: str | None = None  # the phrase of an unnamed source without a token ("reportedly": reports)


class _Context:
    """One document's tokens, quotes and entities, with the lookups every step needs."""

    def __init__(self, doc: Doc, table: EntityTable):
        self.doc, self.table, self.lex = doc, table, lexicon()
        self.text = doc_text(doc)
        # the quotes stage's spans; found here only when that stage was left out
        self.quotes = [span._.quote for span in span_group(doc, QUOTES)] if QUOTES in doc.spans \
            else find_quotes(self.text, self.lex.max_quote_words)
        # the Doc's sentences as offsets, shared with the other stages (iterating a span
        # makes a Token object per word)
        self.sentences = sentences(doc)
        # the marks that quote here: single ones too in a text with no double mark (British style)
        self.marks = quote_marks(self.text)
        self.starts = doc.to_array("IDX").tolist()  # token offsets, without a Token object each
        self.lengths = doc.to_array("LENGTH").tolist()
        # the parse as lists (shared with the other stages): walks over many words make a
        # Token only of the words that matter
        self.parse = parse_arrays(doc)
        # the quotes stage finds quotations in order, none inside another: then the ones
        # at a place are found by bisection (looking at each made long articles quadratic)
        self._quotes_in_order = all(a.end <= b.start for a, b in zip(self.quotes, self.quotes[1:]))
        self._quote_bounds = [q.start for q in self.quotes], [q.end for q in self.quotes]
        self._entity_of: dict[int, Entity | None] = {}  # token index -> entity(token)

    def sentence_number(self, i: int) -> int:
        """The number of the sentence holding token ``i`` (by bisection: a table of every
        token's sentence, built per article, cost more than the few look-ups made)."""
        return self.sentences.number(i)

    def sentence_of(self, i: int) -> Span:
        return self.sentences.span(self.doc, self.sentence_number(i))

    def tokens_between(self, start: int, end: int) -> list[Token]:
        return [self.doc[i] for i in self.indices_between(start, end)]

    def indices_between(self, start: int, end: int) -> list[int]:
        """The indices of the tokens inside the characters ``[start, end)``."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [i for i in range(lo, hi) if self.starts[i] + self.lengths[i] <= end]

    def token_at(self, char: int) -> int | None:
        """The index of the token at character ``char`` (the next one when ``char`` is the
        space after a token), as ``doc.char_span(char, char + 1, alignment_mode="expand")``
        starts; None past the text."""
        if not 0 <= char < len(self.text):
            return None
        i = bisect_right(self.starts, char) - 1
        return i + 1 if char == self.starts[i] + self.lengths[i] else i

    def tokens_back_from(self, end: int) -> Iterator[Token]:
        """``tokens_between(0, end)`` from the last one back, made one at a time: a walk
        back to the sentence's start need not make a Token of every word before it."""
        doc = self.doc
        for i in range(bisect_left(self.starts, end) - 1, -1, -1):
            tok = doc[i]
            if tok.idx + len(tok.text) <= end:
                yield tok

    def quote_around(self, start: int, end: int) -> Quote | None:
        if not self._quotes_in_order or start > end:
            return next((q for q in self.quotes if q.inner[0] <= start and end <= q.inner[1] + 1), None)
        # the quote opening last before ``start`` is the only one that can hold the span
        k = bisect_right(self._quote_bounds[0], start - 1) - 1
        return self.quotes[k] if k >= 0 and end <= self.quotes[k].inner[1] + 1 else None

    def quotes_overlapping(self, span: tuple[int, int], inner: bool = True) -> list[Quote]:
        """The quotations whose words (``inner``) or whole stretch, marks included,
        overlap ``span``, in order."""
        cut = 1 if inner else 0
        if not self._quotes_in_order:
            return [q for q in self.quotes if _overlaps(span, (q.start + cut, q.end - cut))]
        starts, ends = self._quote_bounds
        lo = bisect_right(ends, span[0] + cut)  # those ending (words or marks) at or before the span's start
        hi = bisect_left(starts, span[1] - cut)
        return [q for q in self.quotes[lo:hi] if _overlaps(span, (q.start + cut, q.end - cut))]

    def quotes_opening_within(self, start: int, end: int) -> list[Quote]:
        """The quotations whose opening mark is in ``[start, end)``, in order."""
        if not self._quotes_in_order:
            return [q for q in self.quotes if start <= q.start < end]
        starts = self._quote_bounds[0]
        return self.quotes[bisect_left(starts, start):bisect_left(starts, end)]

    def in_quote(self, token: Token) -> bool:
        if not hasattr(self, "_quoted"):
            # tokens_between's tokens, from the offsets and lengths alone (no Token objects)
            ends = [start + length for start, length in zip(self.starts, self.lengths)]
            self._quoted = {i for q in self.quotes
                            for i in range(bisect_left(self.starts, q.inner[0]), bisect_left(self.starts, q.inner[1]))
                            if ends[i] <= q.inner[1]}
        return token.i in self._quoted

    def entity(self, token: Token) -> Entity | None:
        if token.i in self._entity_of:  # the same words are asked about again and again
            return self._entity_of[token.i]
        found = self.table.at(token.idx, token.idx + len(token.text))
        if found is None and (token.pos_ == "PROPN" or coref.tagged_person_word(token)):
            found = self._surnames().get(token.text)
        if found is None and token.dep_ in SUBJECT_DEPS and token.pos_ != "PROPN" and token.text.istitle():
            # "..., Oh said" (Oh Joon, read as an interjection), "Rice said" (a noun): a surname
            # the tagger reads as another word is still, as a subject, the one person of that
            # name (two-letter surnames too: "Oh", "Xi", "Wu")
            found = self._surnames(short=True).get(token.text)
        self._entity_of[token.i] = found
        return found

    def written_name(self, start: int, end: int) -> Entity | None:
        """The entity whose name or alias is written exactly at ``[start, end)``, whether
        or not the tagger marked this mention ("The charity Doctors Without Borders says")."""
        if not hasattr(self, "_names"):
            self._names = {form: ent for ent in self.table.entities if ent.type in ("PERSON", "ORG", "GPE")
                           for form in [ent.name, *ent.aliases] if len(form) > 3}
        return self._names.get(self.text[start:end])

    def _surnames(self, short: bool = False) -> dict[str, Entity]:
        """Words of persons' names, where one person alone has them: the tagger misses
        many repeated surnames ("Novak briefed ...") that still name that person. ``short``:
        two-letter words too ("Oh", "Xi"), for a subject only."""
        if not hasattr(self, "_surname_index"):
            owners: dict[str, set[str]] = {}
            by_id = {}
            for ent in self.table.entities:
                if ent.type != "PERSON":
                    continue
                by_id[ent.id] = ent
                for form in [ent.name, *ent.aliases]:
                    for word in form.split():
                        if len(word) > 1 and word[0].isupper() and (len(word) > 2 or word[1].islower()):
                            owners.setdefault(word, set()).add(ent.id)
            self._short_surname_index = {w: by_id[next(iter(ids))] for w, ids in owners.items() if len(ids) == 1}
            self._surname_index = {w: e for w, e in self._short_surname_index.items() if len(w) > 2}
        return self._short_surname_index if short else self._surname_index


def _content_span(ctx: _Context, tokens: list[Token]) -> tuple[int, int] | None:
    doc = ctx.doc
    if not tokens:
        return None
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    while start < end and (doc[start].is_punct and doc[start].text not in ctx.marks or
                           doc[start].dep_ == "mark" and doc[start].lower_ == "that" or doc[start].dep_ == "cc"):
        start += 1
    while end > start and doc[end - 1].is_punct and doc[end - 1].text not in ctx.marks \
            and not _keeps_closing(doc, start, end):
        end -= 1
    if start >= end:
        return None
    return _trim_marks(ctx.text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), ctx.marks)


def _keeps_closing(doc: Doc, start: int, end: int) -> bool:
    """A last token that belongs to the content: "5%", "(PKK)"."""
    last = doc[end - 1].text
    if last == "%":
        return True
    opener = {")": "(", "]": "["}.get(last)
    return opener is not None and any(doc[i].text == opener for i in range(start, end - 1))


_SINGLE_QUOTING = re.compile(f"(?<!\\w)[{SINGLE_MARKS}]|[{SINGLE_MARKS}](?!\\w)")
_DANGLING_WORDS = ("and", "but", "or", "while", "as", "with")  # a content cut before its last clause
_DANGLING_END = re.compile(r"\s+(?:%s)$" % "|".join(_DANGLING_WORDS))


def _trim_marks(text: str, start: int, end: int, marks: str = QUOTE_MARKS) -> tuple[int, int] | None:
    """Strip edge punctuation and any quotation mark left unpaired by the cut (``marks``: the
    marks that quote in the text; a single mark inside a word is an apostrophe, not counted)."""
    for _ in range(4):
        while start < end and text[start] in " \n\t,;:—–-":
            start += 1
        while end > start and text[end - 1] in " \n\t,;:—–-":
            end -= 1
        if end > start and text[end - 1] == "." and not re.search(r"\.\w+\.$", text[start:end]):
            end -= 1
        if text.endswith(_DANGLING_WORDS, start, end) or text.endswith("\n", start, end):
            # (searched only where it can match: "$" matches before a final newline too)
            dangling = _DANGLING_END.search(text[start:end])
            if dangling:
                end = start + dangling.start()
        inner = text[start:end]
        count = sum(inner.count(m) for m in QUOTE_MARKS)
        if marks != QUOTE_MARKS:  # single marks quote: those not inside a word
            count += len(_SINGLE_QUOTING.findall(inner))
        if count % 2 and inner and inner[-1] in marks:
            end -= 1
        elif count % 2 and inner and inner[0] in marks:
            start += 1
        else:
            break
    return (start, end) if end > start else None


def _subtree(token: Token, exclude: set[int] = frozenset()) -> list[Token]:  # type: ignore[assignment]
    return [t for t in token.subtree if t.i not in exclude]


def _is_question(doc: Doc, tokens: list[Token]) -> bool:
    if any(t.dep_ == "mark" and t.lower_ in ("if", "whether") and (t.lower_ == "whether" or t.head.dep_ != "advcl")
           for t in tokens[:2]):
        return True  # "asked if the talks would resume"; not a condition ("if the plan fails, it will ...")
    last = max(tokens, key=lambda t: t.i)
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return last.text == "?" or (following is not None and following.text == "?")


# -- speakers of cues ---------------------------------------------------------------


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    subj = subjects[0] if subjects else None
    if len(subjects) > 1 and subjects[1].pos_ == "PROPN" and (
            subjects[1].left_edge.i == subjects[0].right_edge.i + 1
            or subjects[1].left_edge.i == subjects[0].right_edge.i + 2 and verb.doc[subjects[0].right_edge.i + 1].text == ","):
        # "the news agency AFP said", "A member of the Tunisian Parliament, Samir Dilou said":
        # the parser splits the description and the name
        subj = subjects[1]
    elif len(subjects) > 1 and subjects[-1].right_edge.i == verb.i - 1 and subjects[-1].left_edge.i > 0 \
            and verb.doc[subjects[-1].left_edge.i - 1].text == "," and subjects[-1].pos_ in ("NOUN", "PROPN"):
        # "Despite the impact of ..., the rising cost of housing ..., and the rivalry between
        # Tokyo and Beijing, Chinese migrants say": the parser takes the opening phrase's
        # nouns for a first subject; the one set off by a comma right before the verb speaks
        subj = subjects[-1]
    if subj is not None:
        # "Trump, in a taped interview with Fox News' show, dodged ...": the parser takes the
        # name set off by a comma for an interjection and a later noun for the subject
        lead = next((c for c in verb.children if c.dep_ in ("intj", "dep", "npadvmod") and c.i < subj.left_edge.i
                     and c.ent_type_ in ("PERSON", "ORG", "GPE") and c.i + 1 < len(verb.doc)
                     and verb.doc[c.i + 1].text == ","), None)
        if lead is not None:
            subj = lead
    if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        return verb.head
    if subj is not None and subj.dep_ == "nsubjpass" and verb.lemma_.lower() not in ("quote",):
        return None  # "it was said that" has no speaker in the clause
    return subj


def _speaker_step(cue: Token, ctx: _Context) -> tuple[Token, bool] | None:
    """One step of a cue's walk to its speaker (see syntax.inherited_subject): to the
    verb a participle or conjoined cue hangs off, when that verb says or communicates."""
    if cue.dep_ not in INHERITING_DEPS or cue.head.i == cue.i:
        return None
    head, passed_message = cue.head, False
    if cue.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        # coordinated verbs share their subject whatever the first verb is:
        # "he had met the generals and vowed to ..." -> "he" vowed
        certainty = ctx.lex.verb_certainty
        if head.dep_ == "ccomp" and head.head.lemma_.lower() in certainty and cue.lemma_.lower() in certainty \
                and any(c.dep_ == "ccomp" for c in cue.children):
            # "He pointed out that Indonesia does not recognize ..., and added that ...": a
            # verb of saying the parser joins to what was said goes on with who says it
            return head.head, False
        return head, False
    while head.pos_ in ("NOUN", "PROPN", "ADP", "PRON") and head.head.i != head.i:
        if head.lemma_.lower() in ctx.lex.comm_nouns:
            passed_message = True
        if head.pos_ == "NOUN" and head.lemma_.lower() in ctx.lex.source_nouns() and cue.dep_ == "acl":
            return head, True  # "reports suggesting ...": the source noun speaks
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    lemma = head.lemma_.lower()
    if cue.dep_ == "xcomp" and lemma == "have" and any(
            c.dep_ == "dobj" and c.lower_ in ctx.lex.have_to_say_objects and c.i < cue.i for c in head.children):
        return head, False  # "producers had this to say: “...”": who has it to say speaks
    # ", saying/stating that ...": a speech participle set off by a comma speaks for the
    # subject of whatever verb it hangs off ("met the envoy and apologised, stating that ...")
    speech_participle = (cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.i > 0
                         and ctx.doc[cue.i - 1].text == "," and cue.lemma_.lower() in ctx.lex.verb_certainty
                         and ctx.lex.verb_certainty[cue.lemma_.lower()] == "certain"
                         and cue.lemma_.lower() not in ctx.lex.inference)
    if not (passed_message or speech_participle or lemma in ctx.lex.comm_verbs or lemma in ctx.lex.verb_certainty):
        return None
    if speech_participle and cue.lemma_.lower() in ctx.lex.going_on_verbs and head.dep_ == "ccomp" \
            and head.head.i < head.i and ctx.lex.is_verb_cue(head.head.lemma_.lower()) and not ctx.in_quote(head.head):
        # "X said the 36 must face charges, adding Iran will ...": hung off what was said, the
        # participle goes on with who said it, not with the complement's subject
        return head.head, False
    return head, False


def _subject_outside_quotes(verb: Token, ctx: _Context) -> Token | None:
    """The verb's subject, but never one inside a quotation when the verb is outside it:
    the parser may run a quote's last sentence into its tag ("“... dead bodies at the
    site,” spokesman X tweeted"), and who speaks is not inside what was said."""
    subj = _subject(verb)
    if subj is not None and ctx.in_quote(subj) and not ctx.in_quote(verb):
        return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i != subj.i and not ctx.in_quote(c)), None)
    return subj


def _speaker_of_verb(cue: Token, ctx: _Context) -> Token | None:
    if cue.dep_ == "acl" and cue.tag_ in ("VBD", "VBZ") and cue.head.i == cue.i - 1 and cue.head.pos_ == "PROPN" \
            and cue.head.dep_ == "ROOT":
        return cue.head  # "Leavitt called Ford's comments ...": the parser made the name the root, the verb its modifier
    if cue.dep_ == "acl" and cue.tag_ in ("VBD", "VBN") and cue.head.i == cue.i - 1 and cue.head.dep_ == "ROOT" \
            and cue.head.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ == "agent" for c in cue.children) and any(c.dep_ == "prep" and c.lower_ in ctx.lex.medium_preps for c in cue.children):
        # "An eyewitness described for news agency PA Media how ...": the parser made the
        # subject the root and the verb its modifier; told to or for a medium, it is the
        # subject's own telling (not "a man described as ...", "described by police")
        return cue.head
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as":
        # "Politico quoted Tim Manning, a former FEMA official, as saying ...": who is quoted
        # speaks (the parser may hang "as" elsewhere: the object comes right before it)
        quoted = next((c for c in cue.head.head.children if c.dep_ == "dobj"), None) \
            if cue.head.head.lemma_.lower() in ctx.lex.citing else None
        if quoted is None and cue.head.i > 0:
            before = ctx.doc[cue.head.i - 1]
            before = ctx.doc[before.i - 1] if before.is_punct and before.i > 0 else before
            for _ in range(4):
                if before.dep_ == "dobj" and before.head.lemma_.lower() in ctx.lex.citing:
                    quoted = before
                    break
                if before.head.i == before.i:
                    break
                before = before.head
        if quoted is not None:
            return quoted
        as_saying = _reported_as_saying(cue.head.head, ctx)
        if as_saying is not None and as_saying[1].i == cue.i:
            return as_saying[0]  # "The actor was quoted as saying that ...": who was quoted speaks
    subj = _subject_outside_quotes(cue, ctx)
    if subj is not None and subj.dep_ in ("csubj", "nsubj") and subj.pos_ == "VERB" and cue.i > 0:
        # "NCDC lead Dr. Olajide Idris said": a title the parser took for a verb, whose
        # "object" is the name right before the cue
        name = ctx.doc[cue.i - 1]
        ent = ctx.entity(name)
        if name.pos_ == "PROPN" and subj.left_edge.i <= name.i <= subj.right_edge.i and ent is not None \
                and ent.type == "PERSON":
            subj = name
    if subj is None and not any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        # the speaker of a participle or conjoined cue: the verb it hangs off
        subj = _complement_subject_goes_on(cue, ctx) or _tag_right_before(cue, ctx) or \
            inherited_subject(cue, lambda t: _speaker_step(t, ctx), lambda head, _below: _subject(head)) or \
            _outer_cue_speaker(cue, ctx)
    if subj is None and cue.dep_ == "ROOT":
        subj = _name_after_opening_phrase(cue, ctx)
    if subj is not None and subj.i > cue.i:
        subj = _person_before_subject(cue, subj, ctx)
    return subj


_PAST = ("VBD", "VBN")


def _complement_subject_goes_on(cue: Token, ctx: _Context) -> Token | None:
    """"Witnesses say Hiller had complained of abuse, claimed they were poisoning her": the
    parser joins the second verb to the tag (or makes it a second complement), but it follows the tag's complement with only a
    comma and is in another tense than the tag: it goes on with the complement, whose subject
    speaks. A verb in the tag's tense ("said A, added B") is the tag's own."""
    head = cue.head
    if cue.dep_ not in ("conj", "ccomp") or head.i >= cue.i or cue.tag_ not in ("VBD", "VBZ", "VBP") \
            or head.tag_ not in ("VBD", "VBZ", "VBP") or (cue.tag_ in _PAST) == (head.tag_ in _PAST) \
            or not ctx.lex.is_verb_cue(head.lemma_.lower()):
        return None
    comp = next((c for c in head.children if c.dep_ == "ccomp" and head.i < c.i < cue.i), None)
    if comp is None or not all(t.text == "," for t in ctx.doc[comp.right_edge.i + 1:cue.left_edge.i]) \
            or comp.right_edge.i + 1 >= cue.left_edge.i:
        return None
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and not _is_pronoun(subj) and not ctx.in_quote(subj) else None


def _name_after_opening_phrase(cue: Token, ctx: _Context) -> Token | None:
    """"In Abidjan, Willy Neth, coordinator for ..., says ...": the parser takes the name
    after an opening place phrase for a second object of its preposition, and leaves the
    cue without a subject; the name (a person or organisation) is the subject."""
    for prep in cue.children:
        if prep.i > cue.i:
            break
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            for name in obj.children:
                if name.dep_ == "conj" and name.pos_ == "PROPN" and ctx.doc[name.left_edge.i - 1].text == ",":
                    ent = ctx.entity(name)
                    if ent is not None and ent.type in ("PERSON", "ORG"):
                        return name
        # "In an interview with VOA's Bosnian Service, Dodik's lawyer, Anto Nobilo, said ...": the
        # name right before the cue, set off by commas, hung inside the opening phrase
        k = cue.i - 1
        if ctx.doc[k].text == ",":
            k -= 1
        name = ctx.doc[k]
        if name.pos_ == "PROPN" and name.dep_ in ("appos", "conj") and prep.left_edge.i < name.i <= prep.right_edge.i \
                and ctx.doc[name.left_edge.i - 1].text == ",":
            ent = ctx.entity(name)
            if ent is not None and ent.type == "PERSON":
                return name
    return None


def _outer_cue_speaker(cue: Token, ctx: _Context) -> Token | None:
    """"Modi announced that India will build a new parliament, calling it a gift ...": a
    participle of speech set off by a comma at the end of a reported clause goes on with
    the speaker of the cue that reports the clause."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.i == 0 or ctx.doc[cue.i - 1].text != "," \
            or cue.lemma_.lower() in ctx.lex.inference:
        return None  # "..., indicating an increasing cooperation": an inference, the outer claim's own words
    head = cue.head
    for _ in range(4):
        if head.dep_ not in ("conj", "ccomp") or head.head.i == head.i:
            return None
        head = head.head
        if head.pos_ == "VERB" and ctx.lex.is_verb_cue(head.lemma_.lower()):
            subj = _subject_outside_quotes(head, ctx)
            return subj if subj is not None and subj.i < head.i else None
    return None


def _tag_right_before(cue: Token, ctx: _Context) -> Token | None:
    """"“...,” Rubio said, adding that ...": a participle cue right after a tag speaks for
    the tag's speaker, wherever the parser hung it (a quote's last sentence run into the
    tag takes the participle for its own)."""
    doc = ctx.doc
    if cue.tag_ != "VBG" or cue.i < 3 or doc[cue.i - 1].text != "," or not ctx.in_quote(cue.head) or ctx.in_quote(cue):
        return None
    last = doc[cue.i - 2]  # "Rubio said ," or "said Rubio ,"
    if last.pos_ == "VERB" and ctx.lex.is_verb_cue(last.lemma_.lower()):
        return _subject_outside_quotes(last, ctx)
    if last.dep_ in SUBJECT_DEPS and ctx.lex.is_verb_cue(last.head.lemma_.lower()) and not ctx.in_quote(last):
        return last
    return None


def _person_before_subject(cue: Token, subj: Token, ctx: _Context) -> Token:
    """"..., said lecturer Soli Ozel of Istanbul's Kadir Has University": the parser may
    make a word of the organisation the subject of an inverted tag; the person named
    first after the cue, inside that subject phrase, is the speaker."""
    found = ctx.entity(subj)
    if found is not None and found.type == "PERSON":
        return subj
    phrase = {t.i for t in subj.subtree}
    for tok in ctx.doc[cue.i + 1:subj.i]:
        ent = ctx.entity(tok) if tok.i in phrase else None
        if ent is not None and ent.type == "PERSON":
            return tok
    return subj


# -- cues from the parse ----------------------------------------------------------------


def _verb_attribution(cue: Token, ctx: _Context) -> Attribution | None:
    lex = ctx.lex
    lemma = cue.lemma_.lower()
    if cue.pos_ == "VERB" and lemma in lex.estimate_verbs:
        estimate = _estimate_attribution(cue, ctx)
        if estimate is not None or not lex.is_verb_cue(lemma):
            return estimate
    if cue.pos_ == "VERB" and lemma in lex.stance_verbs:
        stance = _stance_attribution(cue, ctx)
        if stance is not None or not lex.is_verb_cue(lemma):
            return stance
    if cue.pos_ not in ("VERB", "AUX") or not lex.is_verb_cue(lemma):
        return None
    if lemma in lex.citing and _cited_as_saying(cue, ctx) is not None:
        return None  # "The BBC cited X as saying ...": X's claim, under "saying", is the one
    negated = is_negated(cue)
    if negated and lemma not in lex.doubtful_when_negated:
        return None
    found = _clausal_content(cue, ctx) or _object_content(cue, ctx) or _preposed_content(cue, ctx) \
        or _misread_clause(cue, ctx)
    if found is None:
        return None
    tokens, cue_text, passive = found
    if _is_question(ctx.doc, tokens) or _is_verdict(cue, ctx) or _is_sensed(cue, ctx):
        return None
    speaker = _passive_speaker(cue) if passive else _speaker_of_verb(cue, ctx)
    as_saying = _reported_as_saying(cue, ctx) if speaker is None else None
    if as_saying is not None:
        if any(c.dep_ in ("ccomp", "dobj") for c in as_saying[1].children):
            return None  # the participle has its own content: its claim is the one
        speaker = as_saying[0]  # "X was reported as saying: “...”" (the quote hangs off the verb)
    if speaker is None and lemma in lex.passive_reports and any(c.dep_ == "auxpass" for c in cue.children) \
            and not any(c.dep_ == "agent" for c in cue.children):
        span = _content_span(ctx, tokens)  # "It was reported he was in a coma": unnamed reports
        return Attribution(cue, cue_text, None, span, lex.verb_certainty.get(lemma, "certain"), unnamed="reports") \
            if span is not None else None
    if speaker is None or not _may_speak(speaker, ctx, inference=lemma in lex.inference):
        return None
    speaker = _document_issuer(speaker, ctx) or speaker  # "its research found that ..." -> its
    span = _content_span(ctx, tokens)
    if span is None or lemma in lex.after_quote and span[0] > cue.idx:
        return None
    level = "doubtful" if negated else lex.verb_certainty.get(lemma, "certain")
    return Attribution(cue, cue_text, speaker, span, level, negated=negated,
                       passive=passive)


def _is_sensed(cue: Token, ctx: _Context) -> bool:
    """"he felt his tires drive over someone": a verb of perception with a bare infinitive
    after it tells what was sensed, no belief ("felt that the plan would fail" is one). The
    tagger may read the infinitive as a present tense: after a past-tense cue that is one too."""
    return cue.lemma_.lower() in ctx.lex.perception and any(
        c.dep_ == "ccomp" and c.i > cue.i and (c.tag_ == "VB" or c.tag_ == "VBP" and cue.tag_ in _PAST)
        and not any(a.dep_ in ("aux", "auxpass", "mark") for a in c.children)
        for c in cue.children)


def _is_verdict(cue: Token, ctx: _Context) -> bool:
    """"found Hiller guilty of murder": a verdict word as the complement of "find", whether the
    parser makes it a clause of its own ("Hiller" its subject), an object's complement or a
    modifier right after the object."""
    if cue.lemma_.lower() not in ctx.lex.verdict_verbs:
        return False
    verdicts = ctx.lex.verdicts
    objects = []
    for child in cue.children:
        if child.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and child.lower_ in verdicts:
            return True
        if child.dep_ == "dobj":
            objects.append(child)
        elif child.dep_ == "ccomp":  # "found [an employee guilty of murder ... and a third wounded]"
            objects.extend(c for c in child.children if c.dep_ in SUBJECT_DEPS)
    return any(c.dep_ in ("amod", "oprd") and c.i > obj.i and c.lower_ in verdicts
               for obj in objects for c in obj.children)


def _cited_as_saying(cue: Token, ctx: _Context) -> Token | None:
    """The "saying" of "cited/quoted X as saying ...", found by position after the
    object (the parser hangs "as" on whatever verb follows as often as on the cue)."""
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    i = obj.right_edge.i + 1
    doc = ctx.doc
    if i < len(doc) and doc[i].is_punct:
        i += 1
    if i + 1 < len(doc) and doc[i].lower_ == "as" and doc[i + 1].tag_ == "VBG" \
            and doc[i + 1].lemma_.lower() in ctx.lex.verb_certainty:
        return doc[i + 1]
    return None


def _reported_as_saying(verb: Token, ctx: _Context) -> tuple[Token, Token] | None:
    """"Hugh Hefner was reported as saying ...", "The actor was quoted as saying that ...": the
    passive subject of a verb of reporting or citing, with "as" and a speech participle after
    it, is the one who spoke; returns that subject and the participle."""
    lex = ctx.lex
    if verb.lemma_.lower() not in lex.citing and verb.lemma_.lower() not in lex.passive_reports:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and not ctx.in_quote(c)]
    subj = subjects[0] if subjects else None
    if len(subjects) > 1 and subjects[1].pos_ == "PROPN" and subjects[1].left_edge.i - subjects[0].right_edge.i in (1, 2):
        subj = subjects[1]  # "The publisher Oren Vale was reported ...": the parser splits title and name
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i > verb.i:
            saying = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"
                           and c.lemma_.lower() in lex.verb_certainty), None)
            if saying is not None:
                return subj, saying
    return None


def _estimate_attribution(cue: Token, ctx: _Context) -> Attribution | None:
    """"X put the death toll at 40", "X has placed the count in the hundreds": the figure
    with its value is what X said."""
    lex = ctx.lex
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.lemma_.lower() not in lex.estimate_nouns or is_negated(cue):
        return None
    value = next((c for c in cue.children if c.dep_ == "prep" and c.i > obj.i and c.lower_ in lex.estimate_preps), None)
    if value is None:
        value = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in lex.estimate_preps
                      and any(t.like_num or t.lower_ in ("hundreds", "thousands", "dozens", "millions")
                              for t in c.subtree)), None)
    if value is None or not any(c.dep_ == "pobj" for c in value.children):
        return None
    speaker = _speaker_of_verb(cue, ctx)
    if speaker is None or not _may_speak(speaker, ctx, inference=False):
        return None
    tokens = sorted({t.i: t for t in list(obj.subtree) + list(value.subtree)}.values(), key=lambda t: t.i)
    span = _content_span(ctx, tokens)
    if span is None:
        return None
    return Attribution(cue, cue.text, speaker, span, "certain")  # a figure given, "estimated" too (corpus gold)


def _stance_attribution(cue: Token, ctx: _Context) -> Attribution | None:
    """"X voiced concern over Y", "expressed support for Y": Y is what X's stance is about."""
    lex = ctx.lex
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.lemma_.lower() not in lex.stance_nouns or is_negated(cue):
        return None
    preps = [c for c in obj.children if c.dep_ == "prep"] + [c for c in cue.children if c.dep_ == "prep" and c.i > obj.i]
    prep = next((p for p in preps if p.lower_ in lex.stance_preps and p.i in (obj.i + 1, obj.right_edge.i + 1)), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    # "expressed hope that cooperation could resume": a "that" clause says what the stance holds
    clause = next((c for c in [*obj.children, *cue.children] if c.dep_ in ("acl", "ccomp") and c.i > obj.i
                   and c.left_edge.i == obj.i + 1 and c.left_edge.lower_ == "that"), None) if pobj is None else None
    if (pobj is None or prep is None or _is_pronoun(pobj)) and clause is None:
        return None
    speaker = _speaker_of_verb(cue, ctx)
    if speaker is None or not _may_speak(speaker, ctx, inference=False):
        return None
    if clause is not None:
        span = _content_span(ctx, [t for t in clause.subtree if t.i > obj.i + 1])
        return Attribution(cue, f"{cue.text} {obj.text}", speaker, span, "certain") if span is not None else None
    if pobj is None or prep is None:
        return None
    span = _content_span(ctx, list(pobj.subtree))
    if span is None:
        return None
    cue_text = f"{cue.text} {obj.text} {prep.text}"
    return Attribution(cue, cue_text, speaker, span, "certain")


def _document_issuer(tok: Token, ctx: _Context) -> Token | None:
    """Who a document or figure comes from: "its research", "figures from the UN",
    "a report by Amnesty"; None where it names no issuer."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in ctx.lex.documents | ctx.lex.comm_nouns:
        return None  # a PROPN: the last word of a titled document ("the “2024 ... Report” released by X")
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ctx.lex.issuing_verbs:
        subject = _subject(tok.head)  # "They released a statement which said ...": theirs
        if subject is not None and (subject.pos_ == "PROPN" or _is_pronoun(subject) or ctx.entity(subject) is not None):
            return subject
    issuer = next((c for c in tok.children if c.dep_ == "poss"), None)
    if issuer is not None and tok.lemma_.lower() in ctx.lex.documents_about_owner:
        return None  # "according to his police record": kept about him, not issued by him
    if issuer is None:
        origin = next((p for p in tok.children if p.dep_ == "prep" and p.lower_ in ("from", "by", "of")), None)
        issuer = next((c for c in origin.children if c.dep_ == "pobj"), None) if origin is not None else None
    if issuer is None:
        # "the report, released on Monday by Human Rights Watch, ..."
        issuer = next((_passive_speaker(c) for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       and _passive_speaker(c) is not None), None)
    if issuer is None or issuer.lower_ in ctx.lex.never or issuer.ent_type_ in ("DATE", "TIME"):
        return None  # "posts from Friday" are dated, not issued, by it
    if issuer.pos_ == "PROPN" or _is_pronoun(issuer) or ctx.entity(issuer) is not None:
        return issuer
    lemma = issuer.lemma_.lower()
    if issuer.pos_ == "NOUN" and lemma not in ctx.lex.documents | ctx.lex.comm_nouns:
        return issuer  # "a statement released by her family"
    return None


def _clausal_content(cue: Token, ctx: _Context) -> Content | None:
    lemma = cue.lemma_.lower()
    if lemma not in ctx.lex.verb_certainty:
        return None
    # the complement after the cue before one before it ("X said A; Y reported he received
    # surgery": the parser hangs the clause before the semicolon off "reported" too)
    comp = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None) \
        or next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if comp is None:
        comp = _addressee_clause(cue, ctx) or _statement_clause(cue, ctx)
    if comp is None:
        split = _split_complement(cue, ctx)
        if split is not None:
            return Content(split, _cue_text(cue, ctx))
    if comp is None:
        comp = _preposed_adverbial(cue, ctx)
    if comp is None and lemma in ctx.lex.infinitive_verbs:
        # a promise or threat with a to-infinitive: "vowed to restore order"
        comp = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i and c.pos_ in ("VERB", "AUX")
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if comp is not None and any(c.dep_ == "dobj" for c in cue.children):
            comp = None  # "urged Russia to ..." is an object verb's content
    if comp is None and lemma in ctx.lex.gerund_verbs and not any(c.dep_ == "dobj" for c in cue.children):
        # a fact asserted or denied with a gerund: "routinely deny providing sanctuary"
        comp = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i and c.tag_ == "VBG"), None)
    if comp is None:
        return None
    tokens = _subtree(comp)
    if comp.dep_ in ("relcl", "acl") and tokens and tokens[0].lower_ == "that":
        tokens = tokens[1:]  # the complementiser the parser took for a relative pronoun
    if comp.dep_ == "ccomp" and comp.i > cue.i:
        tokens += _coordinated_clause(cue, comp, ctx) or _clause_after_semicolon(cue, comp, ctx)
        tokens += _misattached_apposition(cue, comp, tokens, ctx)
        tokens = _without_writers_comment(tokens, ctx)
    elif comp.dep_ == "ccomp":
        last = max((t for t in comp.subtree if not (t.is_punct or t.is_space)), key=lambda t: t.i, default=comp)
        gap = (last.idx + len(last.text), cue.idx)
        if any(gap[0] <= q.start and q.end <= gap[1] and ctx.text[gap[0]:q.start].strip() == ":"
               for q in ctx.quotes_overlapping(gap, inner=False)):
            return None  # "... withdrawal:\n“A,” wrote Y": the tag is the quote's, not the clause's before it
        tokens += _second_preposed_clause(cue, comp, ctx)
        tokens = _first_preposed_conjunct(cue, comp, ctx) + tokens
    return Content(tokens, _cue_text(cue, ctx))


def _preposed_adverbial(cue: Token, ctx: _Context) -> Token | None:
    """"Felt suffered from heart failure but the cause was not known, said the Press Democrat":
    a whole clause that opens the sentence and ends at the comma before the tag, with a
    subject of its own and no conjunction or participle that makes it a circumstance ("When
    he arrived, ...", "Speaking to reporters, ..."), is what was said, though the parser
    hung it off the cue as an adverbial clause."""
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    for child in cue.children:
        if child.dep_ != "advcl" or child.right_edge.i != cue.i - 2 \
                or child.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "MD"):
            continue
        if child.left_edge.i != ctx.sentence_of(cue.i).start:
            return None
        if any(c.dep_ in ("mark", "advmod") and c.i < child.i and c.tag_ in ("IN", "WRB") for c in child.children) \
                or not any(c.dep_ in SUBJECT_DEPS for c in child.children):
            return None
        return child
    return None


def _misattached_apposition(cue: Token, comp: Token, tokens: list[Token], ctx: _Context) -> list[Token]:
    """"telling journalists that he would ask Russia to veto ... the presence of EUFOR, the
    European Union's peacekeeping force in Bosnia": a noun phrase set off by a comma right
    after what was said, that the parser hung off the cue as a second object, names the
    content's last noun again and is part of it."""
    last = max(t.i for t in tokens)
    doc = ctx.doc
    if last + 2 >= len(doc) or doc[last + 1].text != "," or doc[last].pos_ not in ("NOUN", "PROPN"):
        return []
    for child in cue.children:
        if child.dep_ in ("dobj", "appos", "npadvmod") and child.i > comp.i and child.left_edge.i == last + 2 \
                and child.pos_ in ("NOUN", "PROPN") and child.lemma_.lower() not in ctx.lex.comment_nouns \
                and not any(t.pos_ in ("VERB", "AUX") or ctx.in_quote(t) for t in child.subtree):
            return [t for t in child.subtree]
    return []


def _without_writers_comment(tokens: list[Token], ctx: _Context) -> list[Token]:
    """"said it had killed 30 militants, a claim that could not be verified" / "said the vote
    was rigged, a charge the party denies": a noun of saying set off by a comma at the end of
    what was said is the writer's word on it, not the source's."""
    last = max(t.i for t in tokens)
    inside = {t.i for t in tokens}
    t = ctx.doc[last]
    while t.i in inside and t.head.i != t.i:  # only the phrases the content's last word closes
        if t.dep_ == "appos" and t.right_edge.i == last and t.left_edge.i > 0 \
                and t.lemma_.lower() in ctx.lex.comment_nouns and ctx.doc[t.left_edge.i - 1].text == "," \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            cut = t.left_edge.i - 1
            return [x for x in tokens if x.i < cut]
        t = t.head
    return tokens


def _clause_after_semicolon(cue: Token, comp: Token, ctx: _Context) -> list[Token]:
    """"He says people are subject to attacks; women and girls are victims of rape": the
    parser takes the clause after the semicolon for the sentence's main clause and the tag
    for its complement; when the tag opens the sentence, that clause goes on with what was said."""
    head, doc = cue.head, ctx.doc
    after = comp.right_edge.i + 1
    if cue.dep_ != "ccomp" or head.i <= after or after >= len(doc) or doc[after].text != ";" \
            or cue.left_edge.i != ctx.sentence_of(cue.i).start or head.pos_ not in ("VERB", "AUX") \
            or not any(c.dep_ in SUBJECT_DEPS and c.i > after for c in head.children):
        return []
    tail = doc[after:head.right_edge.i + 1]
    cues = _cue_lemmas(ctx.lex)
    if any(t.lemma_.lower() in cues or t.lower_ in _ACCORDING for t in tail):
        return []  # "...; according to prosecutors, he owed ...": a claim of its own
    return list(tail)


def _misread_clause(cue: Token, ctx: _Context) -> Content | None:
    """What was said, parsed as something else after a verb that takes only clauses: "said a
    law allowing the termination of a life marked a “sad day”" (the clause's subject taken for
    an object, its verb hung inside it), "saying the Taliban respect women's rights" ("respect"
    taken for a noun), "said creating such a body would demonstrate resolve" (a gerund subject
    taken for the cue's complement). The object, or the gerund, is a clause of several words."""
    if cue.lemma_.lower() not in ctx.lex.clause_only_verbs:
        return None
    before = [t.text for t in ctx.doc[max(0, cue.i - 2):cue.i]]
    if before and (before[-1] in ctx.marks or before[-1] == "," and len(before) == 2 and before[0] in ctx.marks):
        return None  # an inverted tag: "“...,” said a protester using the pseudonym Katya"
    for child in cue.children:
        if child.i < cue.i or child.left_edge.i > cue.i + 2:
            continue  # right after the cue ("that" may come between)
        words = [t for t in child.subtree if not t.is_punct]
        if len(words) < ctx.lex.clause_object_words:
            continue
        if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN") and not _is_pronoun(child) \
                and not ctx.in_quote(child) and child.lemma_.lower() not in ctx.lex.source_nouns() \
                and not coref.tagged_person_word(child) and ((named := ctx.entity(child)) is None or named.type != "PERSON"):
            return Content(list(child.subtree), _cue_text(cue, ctx))
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and any(
                c.dep_ == "ccomp" and any(a.tag_ == "MD" or a.dep_ == "aux" for a in c.children) for c in child.children):
            return Content(list(child.subtree), _cue_text(cue, ctx))
    return None


def _second_preposed_clause(cue: Token, comp: Token, ctx: _Context) -> list[Token]:
    """"“A,” and “B” ..., X said": two clauses before the tag, joined by "and", that the
    parser hangs off the cue each as a complement; both are what was said."""
    for other in cue.children:
        if other.dep_ != "ccomp" or other.i <= comp.right_edge.i or other.right_edge.i >= cue.i:
            continue
        k = comp.right_edge.i + 1
        while k > comp.i + 1 and (ctx.doc[k - 1].dep_ == "cc" or ctx.doc[k - 1].is_punct):
            k -= 1  # the parser may hang the comma, the mark and the "and" on the first clause
        between = ctx.doc[k:other.left_edge.i]
        if 0 < len(between) <= 4 and all(t.dep_ == "cc" or t.is_punct for t in between) \
                and any(t.dep_ == "cc" for t in between) \
                and (_opens_with_quoted_phrase(other.left_edge.idx, other.right_edge.idx + len(other.right_edge), ctx)
                     or _own_clause(comp, ctx) and _own_clause(other, ctx)):
            # "A, and B, officials said": two clauses, each with its subject, that the parser
            # hangs off the tag each as a complement; both are what was said
            return list(ctx.doc[comp.right_edge.i + 1:other.right_edge.i + 1])
    return []


def _own_clause(verb: Token, ctx: _Context) -> bool:
    """A verb with a subject of its own, not itself a cue: a clause that can be said."""
    return verb.pos_ in ("VERB", "AUX") and not ctx.lex.is_verb_cue(verb.lemma_.lower()) \
        and any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _first_preposed_conjunct(cue: Token, comp: Token, ctx: _Context) -> list[Token]:
    """"A bomb killed two officers, and police have no suspects, officials said": the parser
    makes the first clause the sentence's root and the tag a verb joined to it by "and", with
    only the last clause for its complement. The tag closes the sentence and governs both: the
    first clause, up to the "and" before the complement, goes with what was said."""
    head, doc = cue.head, ctx.doc
    if cue.dep_ != "conj" or head.dep_ != "ROOT" or head.i >= comp.left_edge.i or not _own_clause(head, ctx) \
            or not _own_clause(comp, ctx) or head.left_edge.i != ctx.sentence_of(head.i).start:
        return []
    k = comp.left_edge.i
    while k > head.i + 1 and (doc[k - 1].dep_ == "cc" or doc[k - 1].is_punct):
        k -= 1
    between = doc[k:comp.left_edge.i]
    if not 0 < len(between) <= 3 or not any(t.dep_ == "cc" and t.head.i == head.i for t in between):
        return []
    if any(c.dep_ == "conj" and c.i > cue.i for c in head.children) \
            or any(c.dep_ not in ("nsubj", "npadvmod", "advmod", "punct", "aux", "ccomp")
                   and not (c.dep_ == "prep" and c.lower_ in ctx.lex.when_prepositions) for c in cue.children if c.i > comp.i):
        return []  # the tag ends the sentence: only when and where it was said follows it
    first = list(doc[head.left_edge.i:comp.left_edge.i])
    cues = _cue_lemmas(ctx.lex)
    if any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in cues or t.lower_ in _ACCORDING or ctx.in_quote(t)
           for t in first):
        return []  # a claim of its own, or a quotation with its own tag
    return first


def _coordinated_clause(cue: Token, comp: Token, ctx: _Context) -> list[Token]:
    """"says she tried to duck but the bullet hit her": the parser hangs a clause
    coordinated with the complement off the cue; with its own subject, right after the
    complement, it goes on with what was said."""
    for verb in cue.children:
        if verb.dep_ == "ccomp" and verb.i > comp.right_edge.i and verb.tag_ == "VB" \
                and all(t.is_punct for t in ctx.doc[comp.right_edge.i + 1:verb.left_edge.i]) \
                and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
                and any(t.dep_ == "xcomp" and t.tag_ == "VB" for t in comp.subtree):
            # "say they were able to free them, disarm the woman, and take her into custody": a
            # bare verb the parser hangs off the cue goes on with the infinitives of the complement
            return [t for t in ctx.doc[comp.right_edge.i + 1:verb.right_edge.i + 1]]
        if verb.dep_ not in ("conj", "advcl") or verb.i <= comp.right_edge.i or verb.pos_ not in ("VERB", "AUX"):
            continue
        between = ctx.doc[comp.right_edge.i + 1:verb.left_edge.i]
        own_subject = any(c.dep_ in SUBJECT_DEPS and not c.lower_ in ctx.lex.never or c.dep_ == "expl"
                          for c in verb.children)  # "but there is an increased demand"
        if verb.dep_ == "conj" and own_subject and len(between) <= 2 and all(t.dep_ == "cc" or t.is_punct for t in between) \
                and any(t.dep_ == "cc" for t in between) and not ctx.lex.is_verb_cue(verb.lemma_.lower()):
            return [t for t in ctx.doc[comp.right_edge.i + 1:verb.right_edge.i + 1]]
        if verb.dep_ == "conj" and not own_subject and len(between) <= 4 \
                and all(t.dep_ == "cc" or t.is_punct for t in between) and any(t.dep_ == "cc" for t in between) \
                and _opens_with_quoted_phrase(verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge), ctx):
            # "added that “Ukraine was ready ...,” and “welcomed” the proposal": the speaker's own
            # words, quoted, go on with what was said
            return [t for t in ctx.doc[comp.right_edge.i + 1:verb.right_edge.i + 1]]
        if verb.dep_ == "conj" and not own_subject and verb.tag_ != cue.tag_ and len(between) <= 2 \
                and any(t.dep_ == "cc" for t in between) and not ctx.lex.is_verb_cue(verb.lemma_.lower()):
            # "told governments they shouldn't close borders or stop the free movement": a verb
            # of another form than the cue's, without a subject, goes on with the complement
            return [t for t in ctx.doc[comp.right_edge.i + 1:verb.right_edge.i + 1]]
        if verb.dep_ == "advcl" and own_subject and all(t.is_punct for t in between) \
                and any(c.dep_ == "mark" and c.lower_ in ctx.lex.content_marks for c in verb.children):
            # "stated the purchase was financed by a loan, so it is not a burden": a reason or
            # a consequence the parser hangs off the cue, not off the complement
            return [t for t in ctx.doc[comp.right_edge.i + 1:verb.right_edge.i + 1]]
    return []


def _split_complement(cue: Token, ctx: _Context) -> list[Token] | None:
    """"claimed Iran, above all, is meddling" / "a statement saying an attack ... produced no
    casualties": the parser takes the complement's subject for the cue's object and its verb
    for a verb coordinated with the cue (or with the verb the cue's message hangs off). The
    tell-tale: a finite verb with no subject of its own and no "and" before it."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.lemma_.lower() in ctx.lex.audience \
            or _is_pronoun(obj):
        return None
    hosts = [cue]
    if cue.dep_ == "acl" and cue.head.dep_ == "dobj":
        hosts.append(cue.head.head)  # "released a statement saying ..."
    for host in hosts:
        for verb in host.children:
            if verb.dep_ not in ("conj", "advcl") or verb.i <= obj.right_edge.i or verb.pos_ not in ("VERB", "AUX"):
                continue
            if any(c.dep_ in SUBJECT_DEPS + ("expl", "mark") for c in verb.children):
                continue
            finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in verb.children)
            between = ctx.doc[obj.right_edge.i + 1:verb.left_edge.i]
            if not finite or any(t.dep_ == "cc" or t.lower_ in ("and", "but", "or", "then") for t in between):
                continue
            return list(ctx.doc[obj.left_edge.i:verb.right_edge.i + 1])
    return None


def _addressee_clause(cue: Token, ctx: _Context) -> Token | None:
    """"told a cabinet meeting that he had met ...": the parser takes the "that" clause
    for a relative clause on the addressee; after "tell" it is what was said."""
    if cue.lemma_.lower() not in ctx.lex.addressee_verbs:
        return None
    for obj in cue.children:
        if obj.dep_ not in ("dobj", "dative") or obj.pos_ not in ("NOUN", "PROPN") \
                or obj.lemma_.lower() in ctx.lex.told_content:
            continue
        for clause in obj.children:
            if clause.dep_ != "relcl" or clause.left_edge.lower_ != "that":
                continue
            # a real relative "that" stands for the addressee; here the clause has its own subject
            if any(c.dep_ in SUBJECT_DEPS and c.lower_ != "that" for c in clause.children):
                return clause
    return None


def _statement_clause(cue: Token, ctx: _Context) -> Token | None:
    """"the Taliban said in a statement that the plane went down": the parser hangs the
    "that" clause off the message noun the cue was said in; it is what was said."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.i < cue.i:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.lemma_.lower() not in ctx.lex.comm_nouns:
                continue
            for clause in obj.children:
                if clause.dep_ in ("acl", "relcl") and clause.left_edge.lower_ == "that" \
                        and any(c.dep_ in SUBJECT_DEPS and c.lower_ != "that" for c in clause.children):
                    return clause
    return None


def _cue_text(cue: Token, ctx: _Context) -> str:
    audience = next((c for c in cue.children if c.dep_ in ("dobj", "dative")
                     and c.lemma_.lower() in ctx.lex.audience), None)
    particle = next((c for c in cue.children if c.dep_ == "prt"), None)
    words = [cue.text] + ([particle.text] if particle is not None else [])
    if audience is not None:
        words.append(ctx.doc[audience.left_edge.i:audience.i + 1].text)
    return " ".join(words)


def _media_subject(cue: Token, ctx: _Context) -> bool:
    """Whether a news organisation is the cue's subject: an organisation's name or a noun
    that names such bodies ("the Associated Press reported", "news outlets reported")."""
    subject = _subject(cue)
    if subject is None:
        return False
    ent = ctx.entity(subject)
    return ent.type == "ORG" if ent is not None else subject.lemma_.lower() in ctx.lex.media_nouns


def _object_content(cue: Token, ctx: _Context) -> Content | None:
    lex, lemma = ctx.lex, cue.lemma_.lower()
    object_verb = lemma in lex.object_verbs or lemma in lex.media_object_verbs and _media_subject(cue, ctx)
    parts: list[Token] = []
    cue_words = [cue.text]
    has_complement = False
    for child in cue.children:
        prep = child.lower_ if child.dep_ in ("prep", "dative") else None
        if prep and (lemma, prep) in lex.phrasal:
            objects = [t for t in child.subtree if t.i != child.i]
            parts.extend(objects)
            cue_words.append(child.text) if prep != "as" else None
            has_complement = has_complement or prep == "as" or bool(objects)
        elif not object_verb:
            continue
        elif child.dep_ in ("dobj", "oprd") and not _is_pronoun(child):
            parts.extend(child.subtree)
            has_complement = has_complement or child.dep_ == "oprd" or _quoted_complement(child, ctx)
        elif child.dep_ == "xcomp" and parts:
            parts.extend(child.subtree)  # "urged Russia to accept the ceasefire"
        elif prep and child.i > cue.i and any(c.dep_ == "dobj" and c.i < child.i for c in cue.children) \
                and not _is_circumstance(child, ctx):
            obj = next(c for c in cue.children if c.dep_ == "dobj" and c.i < child.i)
            if obj.tag_ in ("WDT", "WP"):
                continue  # "the policy that critics blame for ...": the object is outside the clause
            if _is_pronoun(obj) and any(c.dep_ == "pcomp" for c in child.children):
                parts.extend(obj.subtree)  # "accused them of stealing": who is charged is part of it
            parts.extend(child.subtree)  # the object's complement: "blamed Iran for the attack"
    passive_subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    if not parts and passive_subject is not None and object_verb and lemma not in lex.needs_complement \
            and _passive_speaker(cue) is not None:  # not "relations have been characterized by rivalry"
        return Content(list(passive_subject.subtree), cue.text, passive=True)  # "was condemned by X"
    if not parts or (lemma in lex.needs_complement and not has_complement):
        return None
    if all(_is_pronoun(t) or t.is_punct for t in parts):
        return None  # "called on him": who was addressed, not what was said
    if len(cue_words) == 1 and not has_complement and _is_bare_name(parts):
        return None  # "denounced Israel": whom it was aimed at, no statement
    if len(cue_words) == 1 and not has_complement and lemma in lex.proposition_verbs and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.proposition_nouns for c in cue.children):
        return None  # "rejected the budget": an act; "rejected the accusations" is a statement
    for child in cue.children:
        if child.dep_ == "xcomp" and child.i > max(t.i for t in parts) and not any(t.i == child.i for t in parts):
            parts.extend(child.subtree)
    tail = _misattached_tail(cue, parts, ctx, gerund=len(cue_words) > 1)
    if tail is not None:
        parts.extend(tail.subtree)
    parts.extend(t for child in _object_sequel(cue, parts, ctx) for t in child.subtree)
    return Content(parts, " ".join(cue_words))


def _quoted_complement(obj: Token, ctx: _Context) -> bool:
    """'called the deal "lousy"', 'called the investigation "Soviet-style"': a word in
    quotation marks right after the object, that the parser hung off it as a modifier or an
    apposition, is the object's complement."""
    doc = obj.doc
    for child in obj.children:
        if child.i <= obj.i or child.dep_ not in ("amod", "appos"):
            continue
        left = child.left_edge.i
        if doc[left].text in ctx.marks or left > 0 and doc[left - 1].text in ctx.marks:
            return True
    return False


def _object_sequel(cue: Token, parts: list[Token], ctx: _Context) -> list[Token]:
    """What the object goes on with, hung off the cue after it: a reason or a description
    ("praising ECOWAS ... for activating its force", "pointed to the measures ... as a case
    in point"), a condition or a purpose ("underscored the need for monitors if a ceasefire
    is implemented", "called for G7 action to correct ...")."""
    last = max(t.i for t in parts)
    out = []
    for child in cue.children:
        if child.i <= last:
            continue
        if child.dep_ == "prep" and child.lower_ in ("for", "as") and not _is_circumstance(child, ctx):
            out.append(child)
        elif child.dep_ == "advcl" and child.lemma_.lower() not in _cue_lemmas(ctx.lex) and any(
                c.dep_ == "mark" and c.lower_ in ctx.lex.content_marks | {"if"} or c.dep_ == "aux" and c.lower_ == "to"
                for c in child.children):
            out.append(child)
    return out


def _is_bare_name(parts: list[Token]) -> bool:
    """An object that is only a name: "Israel", "the European Union"."""
    words = [t for t in parts if not t.is_punct]
    return bool(words) and all(t.pos_ == "PROPN" or t.dep_ == "det" or t.tag_ == "POS" for t in words) \
        and any(t.pos_ == "PROPN" for t in words)


def _misattached_tail(cue: Token, parts: list[Token], ctx: _Context, *, gerund: bool) -> Token | None:
    """A participle clause right after the content, with no comma between, that the parser
    hung off the cue: it modifies the content's last noun ("announced a withdrawal first
    announced last week", "spoke of Turkey assuming the duty ...")."""
    last = max(t.i for t in parts)
    for child in cue.children:
        if child.dep_ not in ("advcl", "acl") or child.left_edge.i != last + 1:
            continue
        # VBD too: the tagger often takes a bare participle ("first announced") for a past tense
        if child.tag_ in ("VBN", "VBD") or gerund and child.tag_ == "VBG":
            if any(c.dep_ in SUBJECT_DEPS + ("mark",) for c in child.children):
                continue
            if child.lemma_.lower() in ctx.lex.citing:
                continue
            return child
    return None


def _is_circumstance(prep: Token, ctx: _Context) -> bool:
    """"on Monday", "in a statement": when and how it was said, not what ("over the next
    two decades", "by 2050" are part of what was said)."""
    if any(c.dep_ == "pcomp" for c in prep.children):
        return False  # a gerund is what was said: "accused Kyiv of shelling the plant"
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is None or obj.ent_type_ in ("DATE", "TIME") and prep.lower_ in ctx.lex.when_prepositions \
        or obj.lemma_.lower() in ctx.lex.comm_nouns


def _passive_speaker(cue: Token) -> Token | None:
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _preposed_content(cue: Token, ctx: _Context) -> Content | None:
    """"The talks will go on, officials said": the content governs the cue."""
    if cue.lemma_.lower() not in ctx.lex.verb_certainty or cue.dep_ not in ("ccomp", "parataxis") \
            and not _unjoined_tag(cue, ctx):
        return None
    head, doc = cue.head, cue.doc
    if not any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    if ctx.lex.is_verb_cue(head.lemma_.lower()) and not (head.i > cue.i and head.lemma_.lower() in ctx.lex.after_quote):
        return None  # (a verb that is a cue only after a quote is none before it: "The strike, X said, would continue")
    if head.i > cue.i:
        return _parenthetical_content(cue, ctx)
    # the tag is set off from the content: "..., officials said" / "...,” he said"
    # (the parser may hang the comma on the tag itself: then it is the tag's first word)
    before = doc[cue.left_edge.i - 1] if cue.left_edge.i > 0 else None
    if before is None or not (before.text in ("," , "—", "–") or before.text in ctx.marks
                              or doc[cue.left_edge.i].text in (",", "—", "–")):
        return None
    own = {t.i for t in cue.subtree}
    right = cue.right_edge.i
    closing = right if doc[right].text == "," else right + 1 if right + 1 < len(doc) and doc[right + 1].text == "," else None
    opening = cue.left_edge.i - 1 if doc[cue.left_edge.i].text != "," else cue.left_edge.i
    if closing is not None and opening > 0 and doc[opening - 1].pos_ in ("ADP", "SCONJ", "DET", "AUX", "PART") \
            and any(t.i > closing and not t.is_punct for t in head.subtree):
        # "... was shot after, police say, pointing a gun at approaching cops": a tag set off
        # by commas inside a phrase the words before it leave unfinished (a preposition, a
        # conjunction, a determiner) sources all of the clause, what follows the tag too (not
        # "..., Brennan said, but now ...": the clause before the tag is whole)
        own.add(closing)
        return Content([t for t in head.subtree if t.i not in own], _cue_text(cue, ctx))
    return Content([t for t in head.subtree if t.i not in own and t.i < cue.left_edge.i], _cue_text(cue, ctx))


def _unjoined_tag(cue: Token, ctx: _Context) -> bool:
    """"Hugh Jackman will be host of the Oscars, the Academy of Motion Picture Arts and
    Sciences announced on Friday": a closing tag the parser joined to the clause before as a
    second verb, though no "and" or "but" joins them and nothing follows the cue but when and
    where it spoke."""
    head = cue.head
    if cue.dep_ != "conj" or head.i >= cue.i or head.dep_ != "ROOT" or head.pos_ not in ("VERB", "AUX") \
            or cue.lemma_.lower() not in ctx.lex.unjoined_tag_verbs:
        return False
    if any(c.dep_ in ("cc", "preconj") and head.i < c.i < cue.i for c in head.children) \
            or any(c.dep_ == "cc" for c in cue.children):
        return False
    return all(c.dep_ in ("nsubj", "npadvmod", "advmod", "punct", "aux")
               or c.dep_ == "prep" and c.lower_ in ctx.lex.when_prepositions for c in cue.children) \
        and not any(c.dep_ == "conj" and c.i > cue.i for c in head.children)


def _parenthetical_content(cue: Token, ctx: _Context) -> Content | None:
    """"The strategy, analysts say, appears aimed at ...": a tag set off by commas between
    the content's subject and its predicate. The content is the whole clause, tag and all,
    so that it keeps both subject and predicate."""
    head, doc = cue.head, cue.doc
    if cue.dep_ != "parataxis":
        return None
    if head.dep_ in ("aux", "auxpass") and head.head.i > head.i:
        head = head.head  # the parser hung the tag off an auxiliary: "..., analysts say, appears designed"
    left, right = cue.left_edge.i, cue.right_edge.i
    if left == 0 or doc[left - 1].text != "," and doc[left].text != ",":
        return None
    if not (doc[right].text == "," or right + 1 < len(doc) and doc[right + 1].text == ","):
        return None
    subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or head.i < right:
        return None
    if subject.i > cue.i and not (subject.i > right and any(
            c.dep_ in ("advcl", "prep", "advmod", "npadvmod", "cc") and c.i < left for c in head.children)):
        # "At 2:45 a.m., his office said, he died at ...": the tag may also follow an
        # opening phrase or clause of the content, before its subject, or the conjunction
        # that opens it ("But, the witness says, she returned ...")
        return None
    return Content(list(head.subtree), _cue_text(cue, ctx))


def _according_attribution(token: Token, ctx: _Context) -> Attribution | None:
    """"According to X, ...": X is the speaker, the clause the phrase hangs off the content."""
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None or to is None:
        return None
    source = _document_issuer(source, ctx) or source  # "according to figures from the UN"
    head = token.head if token.head.i != token.i else None
    if head is None:
        return None
    while head.dep_ == "ccomp" and head.head.i > head.i and token.i < head.i:
        # "According to reports, X was polling so low, he was in danger of ...": the parser
        # makes the first clause the complement of the second; the phrase opens both
        head = head.head
    sent = ctx.sentence_of(token.i)
    if head.i != sent.root.i and sent.root.pos_ in ("VERB", "AUX") and sent.root.i < token.i \
            and token.i > 0 and not ctx.doc[token.i - 1].is_punct \
            and all(t.is_punct for t in ctx.doc[token.right_edge.i + 1:sent.end]):
        # "Police arrested the accused ..., 36 minutes after the mass shooting in Al Noor Mosque
        # according to police.": a phrase closing the sentence with no comma before it, that
        # the parser hung off the word before it, sources the whole sentence
        head = sent.root
    if token.i > head.i and all(t.is_punct for t in ctx.doc[token.right_edge.i + 1:sent.end]):
        while head.dep_ == "advcl" and head.head.i < head.i:
            # "His body was recovered on Sunday after attempts on Saturday were unsuccessful,
            # according to local media reports.": a phrase closing the sentence sources all of
            # it, not only the adverbial clause the parser hung it off
            head = head.head
        while head.dep_ == "conj" and head.head.i < head.i and head.head.pos_ in ("VERB", "AUX") \
                and ctx.doc[token.i - 1].text == "," and not ctx.lex.is_verb_cue(head.head.lemma_.lower()) \
                and not ctx.in_quote(head.head):
            # "Gomes ran into Jean ... and he attacked his sister, according to court
            # records.": set off by a comma, it sources every clause joined by "and" before
            # it, not only the last (not a first clause that is a tag of its own)
            head = head.head
    skip = {t.i for t in token.subtree}
    named = _name_set_off_after(token, source, ctx)
    if named is not None:  # "According to the El Paso mayor, Dee Margo, during the weekend, police were ..."
        source = named[0]
        skip.update(named[1])
    for child in head.children:
        if child.dep_ == "advcl" and child.lemma_.lower() in ctx.lex.citing:
            skip.update(t.i for t in child.subtree)
    tokens = [t for t in head.subtree if t.i not in skip]
    if token.i > head.i and ctx.lex.is_verb_cue(head.lemma_.lower()) and not ctx.in_quote(head) \
            and any(ctx.in_quote(t) for t in tokens if t.i < head.i):
        # the phrase hangs off the tag of a quotation: where it closes a description of the
        # speaker ("'...,' said Unique Armstead, who was shot ... nearby according to the
        # Post"), that description is what the outlet reports, not the quotation and its tag
        # (after the tag itself, "'...,' police said, according to the Times", the outlet
        # reports the whole)
        subj = _subject(head)
        if subj is not None and subj.left_edge.i <= token.i <= subj.right_edge.i + 1 \
                and any(c.dep_ in ("relcl", "acl", "appos") and c.i < token.i for c in subj.children):
            tokens = [t for t in subj.subtree if t.i not in skip]
    last = max(skip)
    if all(t.is_punct for t in tokens if t.i > last):
        # a trailing "..., according to X." : the content ends before the phrase
        tokens = [t for t in tokens if t.i < token.left_edge.i]
    span = _content_span(ctx, tokens)
    if span is None or _is_question(ctx.doc, tokens):
        return None
    return Attribution(token, f"{token.text} to", source, span, "certain")


def _name_set_off_after(token: Token, source: Token, ctx: _Context) -> tuple[Token, set[int]] | None:
    """"According to the El Paso mayor, Dee Margo, police were ...": a title as the source,
    then a person's name set off by commas that the parser took for the clause's subject: the
    name is who speaks (its last token, and the indices of the name and its commas)."""
    if source.pos_ != "NOUN" or source.lemma_.lower() not in ctx.lex.title_words:
        return None
    i = token.right_edge.i + 1
    doc = ctx.doc
    if i >= len(doc) or doc[i].text != ",":
        return None
    person = ctx.entity(doc[i + 1]) if i + 1 < len(doc) else None
    if person is None or person.type != "PERSON":
        return None
    j = i + 1
    while j < len(doc) and ctx.entity(doc[j]) is person:
        j += 1
    if j >= len(doc) or doc[j].text != ",":
        return None
    return doc[j - 1], set(range(i, j + 1))


def _adverb_attribution(adverb: Token, ctx: _Context) -> Attribution | None:
    """"The base also reportedly houses U.S. nuclear weapons": the clause of a main verb
    that a reporting adverb modifies is a claim of unnamed reports (the clause of a cue,
    "UNESCO reportedly said", is the cue's own claim)."""
    source = ctx.lex.report_adverbs.get(adverb.lower_)
    if source is None or adverb.dep_ != "advmod":
        return None
    verb = adverb.head
    if verb.pos_ not in ("VERB", "AUX") or not (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT") \
            or verb.lemma_.lower() in _cue_lemmas(ctx.lex):
        return None
    tokens = [t for t in verb.subtree if t.i != adverb.i]
    span = _content_span(ctx, tokens)
    if span is None or _is_question(ctx.doc, tokens):
        return None
    return Attribution(adverb, adverb.text, None, span, "certain", unnamed=source)


def _by_reports_attribution(prep: Token, ctx: _Context) -> Attribution | None:
    """"By reports, Joe Biden won all three elections": a phrase opening the clause that
    names reports as the source; the clause is what they say."""
    if prep.lower_ not in ctx.lex.report_preps or prep.dep_ != "prep":
        return None
    source = next((c for c in prep.children if c.dep_ == "pobj"), None)
    verb = prep.head
    if source is None or source.lemma_.lower() not in ctx.lex.report_nouns or verb.pos_ not in ("VERB", "AUX") \
            or prep.i > verb.i or not any(c.dep_ in SUBJECT_DEPS and c.i > prep.i for c in verb.children):
        return None
    skip = {t.i for t in prep.subtree}
    tokens = [t for t in verb.subtree if t.i not in skip and t.i > prep.i]
    span = _content_span(ctx, tokens)
    if span is None or _is_question(ctx.doc, tokens):
        return None
    return Attribution(prep, f"{prep.text} {source.text}", source, span, "certain")


def _noun_attribution(noun: Token, ctx: _Context) -> Attribution | None:
    """"X's statement that ...", "a warning from X that ..."."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in ctx.lex.noun_certainty:
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "appos")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    speaker = _noun_speaker(noun, ctx)
    if speaker is None or not _may_speak(speaker, ctx, inference=False):
        return None
    tokens = _subtree(clause)
    span = _content_span(ctx, tokens)
    if span is None or _is_question(ctx.doc, tokens):
        return None
    return Attribution(noun, noun.text, speaker, span, ctx.lex.noun_certainty[lemma])


def _noun_speaker(noun: Token, ctx: _Context) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in ctx.lex.comm_verbs | {"make", "repeat", "reiterate"}:
        return _subject(head)
    return None


def _is_pronoun(token: Token) -> bool:
    return token.pos_ == "PRON" or token.tag_ in ("WDT", "WP", "PRP")


def _name_read_as_word(speaker: Token, ctx: _Context) -> bool:
    """"..., Oh said": a capitalised word inside the sentence, that the parser makes the
    subject, right before its verb, though the tagger reads it as an interjection or an
    adverb, is a name (a surname that is also a word)."""
    head = speaker.head
    return speaker.dep_ == "nsubj" and speaker.text.istitle() and head.i == speaker.i + 1 \
        and speaker.i > ctx.sentence_of(speaker.i).start \
        and not any(c.i != speaker.i and c.i < head.i and c.dep_ in SUBJECT_DEPS for c in head.children)


def _may_speak(speaker: Token, ctx: _Context, *, inference: bool) -> bool:
    word = speaker.lower_
    if word in ctx.lex.never or speaker.dep_ == "expl":
        return False
    if speaker.pos_ not in ("NOUN", "PROPN", "PRON", "DET", "NUM", "ADJ") and not coref.tagged_person_word(speaker) \
            and ctx.entity(speaker) is None and not _name_read_as_word(speaker, ctx):
        return False
    if speaker.pos_ == "NOUN" and speaker.lemma_.lower() in ctx.lex.mute_nouns and ctx.entity(speaker) is None:
        return False  # "the attack", "the rising cost of housing": no source
    if not inference:
        return True
    if ctx.entity(speaker) is not None or _is_pronoun(speaker):
        return True
    if speaker.lemma_.lower() in ctx.lex.documents:
        return True  # "the report found that ...", "a study showed that ..."
    return speaker.lemma_.lower() in ctx.lex.source_nouns() or _phrase_text(speaker).lower() in _state_media_phrases()


# -- quotations without a parsed cue ---------------------------------------------------


def _tag_after(quote: Quote, ctx: _Context) -> Attribution | None:
    """"“A,” X said." or "“A,” said X.": a short tag right after a quote ending in a comma."""
    text = ctx.text
    inner_end = quote.inner[1]
    region = _region_after(quote, ctx)
    inverted = _inverted_tag_without_comma(quote, region, ctx)
    inner = text[quote.inner[0]:inner_end].rstrip()  # "..., bullet, '": a mark set apart by a space
    # "“... each other[,]” Baloch wrote": the editor's comma, in brackets
    inner_last = "," if inner.endswith("[,]") else inner[-1:]
    if not (inner_last in (",", "!", "—", ";") or text[quote.end:quote.end + 1] == ","
            or _bare_tag_sentence(quote, region, ctx) or inverted):
        return None
    for tok in region[:MAX_TAG_TOKENS]:
        message = _message_tag(tok, region, ctx)
        if message is not None:  # "“A,” read the statement."
            return Attribution(tok, f"{tok.text} {ctx.doc[message.left_edge.i:message.i + 1].text}", message,
                               _quote_content(quote, ctx), "certain", quote=quote)
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in ctx.lex.verb_certainty:
            speaker = _subject_outside_quotes(tok, ctx) or (inverted and _person_in(region, ctx)) \
                or _inverted_person_noun(tok, quote, ctx) or _nearest_name(region, tok, ctx)
            if speaker is not None and _may_speak(speaker, ctx, inference=False) and not _has_own_content(tok, quote, ctx):
                return Attribution(tok, _cue_text(tok, ctx), speaker, _quote_content(quote, ctx),
                                   ctx.lex.verb_certainty[tok.lemma_.lower()], quote=quote)
    return None


def _person_in(region: list[Token], ctx: _Context) -> Token | None:
    """The first token of a person's name in a tag the parser misread ("tweeted Mayor of
    London Sadiq Khan": the person, not the place in the title)."""
    return next((t for t in region if (ent := ctx.entity(t)) is not None and ent.type == "PERSON"), None)


def _inverted_tag_without_comma(quote: Quote, region: list[Token], ctx: _Context) -> bool:
    """"“I am in awe of the people who ran towards danger” tweeted Mayor Sadiq Khan.": a
    quote that opens its sentence, closed with no comma, right before an inverted verb of
    saying in the past or present (the writer's comma left out; the tagger may read the verb
    as a participle)."""
    if not region or region[0].idx != quote.end + 1 or ctx.text[quote.end:region[0].idx] != " ":
        return False
    end = region[-1].i + 1
    if end >= len(ctx.doc) or ctx.doc[end].text not in SENTENCE_END:
        return False  # "“We stand ready” tweeted Johnson “to provide ...”": the quote goes on
    verb = region[0]
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBN") and ctx.lex.verb_certainty.get(verb.lemma_.lower()) == "certain" \
        and len(ctx.text[quote.inner[0]:quote.inner[1]].split()) >= 3


def _bare_tag_sentence(quote: Quote, region: list[Token], ctx: _Context) -> bool:
    """"“... was already dead.” Roesler said.": a quote closed with a full stop, then a
    sentence of nothing but a speaker and a verb of saying (the writer's stop for a comma)."""
    inner = ctx.text[quote.inner[0]:quote.inner[1]].rstrip()
    if not inner.endswith(".") or not region or len(region) > ctx.lex.bare_tag_tokens:
        return False
    end = region[-1].i + 1
    if end >= len(ctx.doc) or ctx.doc[end].text not in SENTENCE_END:
        return False
    return region[-1].pos_ == "VERB" and region[-1].lemma_.lower() in ctx.lex.verb_certainty


def _message_tag(tok: Token, region: list[Token], ctx: _Context) -> Token | None:
    """"read the statement", "the letter reads": a verb that introduces a text with the
    text itself as its subject, inverted or not."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ctx.lex.message_verbs:
        return None
    inside = {t.i for t in region}
    return next((c for c in tok.children if c.dep_ in ("nsubj", "dobj") and c.i in inside
                 and c.lemma_.lower() in ctx.lex.comm_nouns), None)


def _region_after(quote: Quote, ctx: _Context) -> list[Token]:
    region = []
    for tok in ctx.doc[bisect_left(ctx.starts, quote.end):]:
        if tok.text in SENTENCE_END or "\n" in tok.text or tok.text in ctx.marks and _opens_quote(tok, ctx):
            break
        region.append(tok)
    return region


def _opens_quote(tok: Token, ctx: _Context) -> bool:
    return any(q.start == tok.idx for q in ctx.quotes)


def _tag_before(quote: Quote, ctx: _Context) -> Attribution | None:
    """"X said: “A”" or "X added, “A”": a cue ending right at the opening mark."""
    text = ctx.text
    lead = text[:quote.start].rstrip()
    if not lead:
        return None
    region: list[Token] = []
    for tok in ctx.tokens_back_from(len(lead)):
        if tok.text in SENTENCE_END or "\n" in tok.text or tok.text in ctx.marks:
            break
        region.insert(0, tok)
    message = _message_read(region, ctx)
    if message is not None:  # "The letter reads “A”", "It read: “A”"
        return Attribution(region[-1] if region[-1].pos_ == "VERB" else region[-2], message[1], message[0],
                           _quote_content(quote, ctx), "certain", quote=quote)
    if lead[-1] not in ":," and not _speech_verb_opens(region, quote, ctx):
        return None
    for tok in reversed(region[-MAX_TAG_TOKENS:]):
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in ctx.lex.verb_certainty and not _has_own_content(tok, quote, ctx):
            speaker = _speaker_of_verb(tok, ctx) or _nearest_name(region, tok, ctx)
            if speaker is not None and _may_speak(speaker, ctx, inference=False):
                return Attribution(tok, _cue_text(tok, ctx), speaker, _quote_content(quote, ctx),
                                   ctx.lex.verb_certainty[tok.lemma_.lower()], quote=quote)
    return None


def _speech_verb_opens(region: list[Token], quote: Quote, ctx: _Context) -> bool:
    """"Donald Tusk wrote “Let's all pray ...”": a verb of speech right before a quote that
    opens a sentence of its own (a capital first letter), with no comma or colon between;
    a quoted phrase after a verb ("called it “a disgrace”") is the verb's object instead."""
    if not region:
        return False
    verb = region[-1]
    lemma = verb.lemma_.lower()
    first = ctx.text[quote.start + 1:quote.start + 2]
    return verb.pos_ == "VERB" and ctx.lex.verb_certainty.get(lemma) == "certain" and lemma not in ctx.lex.inference \
        and lemma not in ctx.lex.object_verbs and first.isupper()


def _message_read(region: list[Token], ctx: _Context) -> tuple[Token, str] | None:
    """"The Home Office letter reads “...”", "It read, “...”": a message verb right before
    the quote (a comma or colon between at most), whose subject is the message or stands
    for it; the message speaks for its issuer. Its subject and the cue's text."""
    if not region:
        return None
    verb = region[-1] if region[-1].pos_ == "VERB" else region[-2] if len(region) > 1 and region[-1].text in ",:" else None
    if verb is None or verb.lemma_.lower() not in ctx.lex.message_verbs:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.lemma_.lower() in ctx.lex.comm_nouns | ctx.lex.documents
                               or subject.lower_ in ctx.lex.group_pronouns):
        return None
    return subject, verb.text


def _inverted_person_noun(cue: Token, quote: Quote, ctx: _Context) -> Token | None:
    """"“...,” wrote another user from Beijing": a person noun the parser made the object of
    a cue right after the quote is the inverted speaker (a name in apposition to it speaks
    for it: "said a protester using the pseudonym Katya")."""
    if ctx.text[quote.end:cue.idx].strip(" ,"):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                and c.lemma_.lower() in coref.lists().human | ctx.lex.title_words), None)
    if obj is None:
        return None
    named = next((t for t in obj.subtree if t.dep_ == "appos" and (ent := ctx.entity(t)) is not None
                  and ent.type == "PERSON"), None)
    return named or obj


def _has_own_content(cue: Token, quote: Quote, ctx: _Context) -> bool:
    """A cue with a complement of its own after it says something else ("said that ...");
    a "complement" between the quote and the cue is the parse losing its way in the tag."""
    for child in cue.children:
        if child.i < cue.i:
            continue
        # an object that is a name is the inverted speaker ("added the ministry"), not content
        own = child.dep_ == "ccomp" or child.dep_ == "dobj" and child.pos_ == "NOUN" and \
            child.lemma_.lower() not in ctx.lex.audience
        if own and child.dep_ == "dobj" and not ctx.text[quote.end:cue.idx].strip(" ,") \
                and child.lemma_.lower() in coref.lists().human | ctx.lex.title_words:
            # "“...,” said a protester using the pseudonym Katya": a person noun right after a
            # cue that follows the quote is the inverted speaker, not what was said
            own = False
        if own and not quote.contains(child.idx, child.idx + len(child.text)):
            return True
    return False


def _nearest_name(region: list[Token], cue: Token, ctx: _Context) -> Token | None:
    """When the parse gives the tag no subject: the nearest name or pronoun next to the cue."""
    # not who was told ("told VOA"); the object of another cue may be the inverted
    # speaker the parser misread ("“...,” added KCNA")
    objects = {t.i for c in cue.children if c.dep_ in ("dobj", "dative") for t in c.subtree} \
        if cue.lemma_.lower() in ctx.lex.addressee_verbs else set()
    objects |= _medium_of(cue, ctx)
    candidates = [t for t in region if t.i != cue.i and t.i not in objects and (ctx.entity(t) is not None or t.tag_ == "PRP")]
    return min(candidates, key=lambda t: abs(t.i - cue.i), default=None)


def _medium_of(cue: Token, ctx: _Context) -> set[int]:
    """The words of who a cue's speaker spoke to or through, never the speaker: a "to",
    "for" or "with" phrase of the cue ("described for news agency PA Media how ...", "said to
    Reuters") or of an exchange noun in the cue's phrase ("in an interview with X")."""
    lex = ctx.lex
    out: set[int] = set()
    for child in cue.children:
        if child.dep_ != "prep":
            continue
        if child.lower_ in lex.medium_preps:
            out.update(t.i for t in child.subtree)
            continue
        for obj in child.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in lex.medium_nouns:
                out.update(t.i for p in obj.children if p.dep_ == "prep" and p.lower_ in lex.medium_preps
                           for t in p.subtree)
    return out


def _follows_claimed_quote(quote: Quote, previous: Attribution, ctx: _Context) -> bool:
    """Only the previous quote's tag and a few connectives lie between the two quotes."""
    if previous.quote is None or previous.quote.end > quote.start:
        return False
    gap = ctx.text[previous.quote.end:quote.start]
    if gap.count("\n") > 1:
        return False
    if previous.cue.idx < previous.quote.start and _own_tag_between(quote, previous, ctx):
        return True
    tag_end = previous.quote.end
    if previous.cue.idx >= previous.quote.end:
        # the tag runs from the quote to the end of its clause: "..., said X, the envoy."
        tag_end = next((t.idx for t in ctx.doc[previous.cue.i:] if t.text in SENTENCE_END or "\n" in t.text),
                       len(ctx.text))
    between = ctx.tokens_between(previous.quote.end, quote.start)
    extra = [t for t in between if t.idx >= tag_end and t.is_alpha]
    return len(extra) <= MAX_CONNECTIVE_WORDS and not any(t.pos_ == "VERB" for t in extra)


def _own_tag_between(quote: Quote, previous: Attribution, ctx: _Context) -> bool:
    """"He said he expects a recovery. “It was diagnosed early,” said Amoss. “We anticipate
    ...”": between the two quotes only a closing tag of the same speaker (a verb of saying
    and the speaker's name or a pronoun, ``bare_tag_tokens`` at most) ending the sentence,
    where the previous quote's claim took its cue from before the quote."""
    if previous.quote is None or previous.speaker is None:
        return False
    gap = ctx.text[previous.quote.end:quote.start]
    if gap.count("\n") > 1 or not any(c in gap for c in SENTENCE_END):
        return False
    words = [t for t in ctx.tokens_between(previous.quote.end, quote.start) if not t.is_punct and not t.is_space]
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
    if not words or len(words) > ctx.lex.bare_tag_tokens or len(verbs) != 1 \
            or not ctx.lex.is_verb_cue(verbs[0].lemma_.lower()):
        return False
    named = ctx.entity(previous.speaker)
    return any(t.text == previous.speaker.text or t.lower_ in ctx.lex.person_pronouns
               or named is not None and ctx.entity(t) is named for t in words if t is not verbs[0])


# -- speaker resolution ---------------------------------------------------------------


@dataclass(frozen=True)
class Speaker:
    name: str
    type: str
    affiliation: str | None = None


# A delayed lead: the opening sentence's unnamed source, named in one of the sentences
# just after it.
LEAD_SENTENCES = 2
DELAYED_LEAD_SENTENCES = 4


# The coreference stage's links a speaker takes, before the rules below (which stay
# as the fallback). Group members ("officials from X") and state nouns ("police",
# "authorities") keep their own phrase, which is what a claim's speaker names; a capital
# that speaks ("Beijing has hinted") is its country, as the corpus gold names it. A person
# description ("the comedian added", "the gunman said") is the person coreference's
# ``person`` rule ties it to (one introduced with a noun of the same role).
COREF_RULES = ("pronoun", "definite", "title", "apposition", "capital", "person")


class _Resolver:
    """Subject phrases to speakers, with pronouns and short forms tied to entities."""

    def __init__(self, ctx: _Context):
        self.ctx = ctx
        self.recent: list[tuple[int, Speaker, Entity | None]] = []  # (char offset, speaker, entity)
        self.recent_ends: list[int] = []
        self.unnamed: list[tuple[int, str, Speaker]] = []  # (char offset, head lemma, speaker)
        # unnamed spokespeople of a named body: (char offset, head lemma, speaker, body)
        self.spokespeople: list[tuple[int, str, Speaker, Entity]] = []
        # the last person pronoun that spoke: (sentence index, male?, what it resolved to)
        self.last_pronoun: tuple[int, bool, tuple[Speaker, Entity | None]] | None = None
        # the last speaker if it was an unnamed plural phrase: (sentence index, speaker)
        self.last_plural: tuple[int, Speaker, int] | None = None
        # the last speaker if it was an unnamed person: (sentence index, speaker, head index)
        self.last_unnamed: tuple[int, Speaker, int] | None = None

    def remember(self, offset: int, speaker: Speaker, ent: Entity | None, head: Token | None = None,
                 end: int = -1) -> None:
        self.recent.append((offset, speaker, ent))
        self.last_plural = self.last_unnamed = None
        if head is not None and ent is None and head.tag_ == "NNS" and head.pos_ == "NOUN":
            self.last_plural = (ctx_sentence(self.ctx, head), speaker, head.i)
        if head is not None and ent is None and head.tag_ == "NN" and head.pos_ == "NOUN" \
                and head.lemma_.lower() in coref.lists().human | self.ctx.lex.title_words:
            self.last_unnamed = (ctx_sentence(self.ctx, head), speaker, head.i)
        if head is not None and ent is None and speaker.type in ("person", "anonymous") and head.text.istitle() \
                and (head.pos_ == "PROPN" and head.ent_type_ in ("", "PERSON") or _name_read_as_word(head, self.ctx)):
            # "..., Oh said. “...,” he said": a person's name the entity table missed speaks
            # on through a pronoun as an unnamed person does
            self.last_unnamed = (ctx_sentence(self.ctx, head), speaker, head.i)
        self.recent_ends.append(max(offset, end))  # where what was said ends
        # a government that spoke as its country: a later bare "the government" is it too
        if head is not None and head.pos_ == "NOUN" and (ent is None or head.lemma_.lower() in self.ctx.lex.state_speakers):
            self.unnamed.append((offset, head.lemma_.lower(), speaker))
        if head is not None and ent is not None and head.pos_ == "NOUN" and head.lower_ in self.ctx.lex.spokespeople:
            self.spokespeople.append((offset, head.lower_, speaker, ent))

    def resolve(self, head: Token) -> tuple[Speaker, Entity | None] | None:
        lex = self.ctx.lex
        word = head.lower_
        bound = _free_relative_subject(head, self.ctx)
        if bound is not None:
            # "Demonstrators celebrated what they called a new victory": the outer subject
            found = self._resolve(bound)
            if found is not None:
                return found
        if word in lex.person_pronouns and head.dep_ in SUBJECT_DEPS:
            found = self._unnamed_subject(head) or self._same_speaker(head) or self._continued_speaker(head) \
                or self._unnamed_speaker(head) or self._resolve(head)
            if found is not None and found[1] is not None:
                self.last_pronoun = (ctx_sentence(self.ctx, head), word in coref.lists().male, found)
            return found
        if word in lex.group_pronouns and head.dep_ in SUBJECT_DEPS and "Plur" in head.morph.get("Number", []) \
                and self.last_plural is not None and 0 <= ctx_sentence(self.ctx, head) - self.last_plural[0] <= 1 \
                and not any(self.ctx.parse.dep[i] in SUBJECT_DEPS and not self.ctx.in_quote(self.ctx.doc[i])
                            for i in range(self.last_plural[2] + 1, head.i)):
            # "Nine press freedom and rights groups this week called for ... “We urge ...,”
            # they said": a plural pronoun goes on with the unnamed group that spoke just
            # before, with no other subject between ("DHS officials did not respond, but they
            # have denied")
            return self.last_plural[1], None
        return self._resolve(head)

    def _unnamed_speaker(self, pronoun: Token) -> tuple[Speaker, Entity | None] | None:
        """"“...,” said the business owner. The owner said that ... “...,” he said.": a
        person pronoun that speaks right after an unnamed person spoke, in that sentence or
        the one before, with no person named (outside quotes) between, is that person."""
        if self.last_unnamed is None:
            return None
        ctx = self.ctx
        sentence, speaker, start = self.last_unnamed
        if not 0 <= ctx_sentence(ctx, pronoun) - sentence <= 1 or start >= pronoun.i:
            return None
        parse = ctx.parse
        for i in range(start, pronoun.i):
            if parse.pos[i] != "PROPN" and parse.ent[i] != "PERSON":
                continue
            ent = ctx.entity(ctx.doc[i])
            if ent is not None and ent.type == "PERSON" and not ctx.in_quote(ctx.doc[i]):
                return None
        return speaker, None

    def _unnamed_subject(self, pronoun: Token) -> tuple[Speaker, Entity | None] | None:
        """"One of the victims decided to allow her name to be made public. She said ...":
        a person pronoun whose sentence, or the one before, has as a subject (outside quotes)
        one person of a group ("one of the victims", "one of their daughters"), with no person
        named and no main clause with another subject after it, is that person."""
        ctx, parse = self.ctx, self.ctx.parse
        human = coref.lists().human
        found: int | None = None
        for i in range(_sentences_back(ctx, ctx.sentence_of(pronoun.i), 1), pronoun.i):
            subject, name = parse.dep[i] in SUBJECT_DEPS, parse.pos[i] == "PROPN" or parse.ent[i] == "PERSON"
            if not (subject or name) or ctx.in_quote(ctx.doc[i]):
                continue
            ent = ctx.entity(ctx.doc[i]) if name else None
            if ent is not None and ent.type == "PERSON":
                found = None
            elif subject and parse.lower[i] == "one" and any(
                    parse.dep[c] == "prep" and parse.lower[c] == "of" and any(
                        parse.dep[o] == "pobj" and parse.tag[o] == "NNS" and parse.lemma[o] in human
                        for o in parse.children(c)) for c in parse.children(i)):
                found = i
            elif subject and parse.dep[parse.head[i]] == "ROOT":
                found = None  # a main clause with another subject since
        return (self._from_phrase(ctx.doc[found]), None) if found is not None else None

    def _same_speaker(self, pronoun: Token) -> tuple[Speaker, Entity | None] | None:
        """"He said A. “B,” he said.": a person pronoun that speaks right after one of its
        gender that spoke, with no other speaker between, goes on with that speaker."""
        if self.last_pronoun is None or not self.recent:
            return None
        sentence, male, found = self.last_pronoun
        if male != (pronoun.lower_ in coref.lists().male) or not 0 <= ctx_sentence(self.ctx, pronoun) - sentence <= 1:
            return None
        return found if self.recent[-1][2] is found[1] else None

    def _resolve(self, head: Token) -> tuple[Speaker, Entity | None] | None:
        lex = self.ctx.lex
        word = head.lower_
        linked = coref.link_of(head)
        if linked is not None and linked[1] == "pronoun" and (word in lex.person_pronouns or word in lex.group_pronouns) \
                and not self._named_outside_quotes(linked[0], head):
            # "“... President Putin ...,” he added": the person quoted about is not the speaker;
            # "“We urge Guatemalan authorities ...,” they said": nor the country a quote names
            linked = None
        if linked is not None and linked[1] == "pronoun" and word in lex.person_pronouns:
            # "Lai's plight ..., according to Caoilfhionn Gallagher, the attorney leading Lai's
            # legal team. She told VOA ...": the person who spoke just before, not one named
            # since only as an owner
            speaker = self._speaker_over_owner(head, linked[0])
            if speaker is not None:
                return self._from_entity(speaker, head)
        if linked is not None and linked[1] in COREF_RULES and (linked[1] in ("pronoun", "capital") or self._entity_under(head) is None):
            return self._from_entity(linked[0], head)
        if word in lex.person_pronouns:
            return self._from_entity(self._antecedent_person(head), head)
        if word in lex.group_pronouns:
            return self._antecedent_group(head)
        if head.pos_ == "NOUN" and head.lemma_.lower() in lex.document_makers:
            # "According to the report's authors": they speak as the report's issuer
            written = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"
                            and c.lemma_.lower() in lex.documents | lex.comm_nouns), None)
            found = self._resolve(written) if written is not None else None
            if found is not None:
                return found
        if head.pos_ == "NOUN" and head.lemma_.lower() in lex.comm_nouns | lex.documents:
            # "According to its polling", "Their statement also read": whose message it is
            owner = next((c for c in head.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
            if head.lemma_.lower() in lex.documents_about_owner:
                owner = None  # "his police record": kept about him, not his word
            if owner is not None and (owner.lower_ in lex.person_pronouns or owner.lower_ in lex.group_pronouns):
                found = self._message_source(head, owned=True)
                person = owner.lower_ in lex.person_pronouns
                if found is None or found[1] is None or (found[1].type == "PERSON") != person:
                    found = self._resolve(owner)  # "her statement" is a person's, "its data" a body's
                if found is not None:
                    return found
        ent = self._by_generation(head) or self._entity_under(head) or _name_ending_phrase(head, self.ctx)
        if ent is not None and ent.type != "PERSON" and " " not in ent.name and head.text == ent.name \
                and any(ent.name.lower() in words for words in lex.short_forms.values()):
            # "The Department said": a generic word the tagger took for a name of its own
            # stands for the body named before ("the California Department of Corrections")
            ent = self._short_form(head) or ent
        if ent is not None and ent.type != "PERSON" and head.pos_ == "PROPN" and ent.name.endswith(head.text) \
                and any(c.dep_ in ("poss", "nmod") and any(k.dep_ == "case" for k in c.children) for c in head.children):
            # "Cornell's Casanova said": a surname after a possessive, taken with it for a
            # body's name, is the one person of the article with that surname
            bearer = self.ctx._surnames().get(head.text)
            if bearer is not None:
                ent = bearer
        if ent is not None and ent.type != "PERSON" and head.pos_ == "NOUN" and head.lemma_.lower() in lex.title_words \
                and self.ctx.entity(head) is None and any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                                                          for c in head.children):
            # "The head of the U.N. children's program, UNICEF, said ... Catherine Russell,
            # UNICEF's executive director": the one person the text gives a role in the body
            # the title is of (not "television broadcaster PBS": a kind noun before a name)
            holders = {p.id: p for p in self.ctx.table.entities if p.type == "PERSON"
                       and any(r.of and r.of == ent.name for r in p.roles)}
            if len(holders) == 1:
                ent = next(iter(holders.values()))
        if ent is not None:
            return self._from_entity(ent, head)
        body = _spokesperson_body(head, self.ctx)
        if body is not None:
            return self._from_entity(body, head)
        earlier_body = self._earlier_spokesperson(head)
        if earlier_body is not None:
            return earlier_body
        if word in lex.quantifiers and head.pos_ in ("DET", "PRON", "NOUN", "ADJ", "NUM"):
            group = self._antecedent_group_phrase(head)
            if group is not None:
                return self._from_phrase(group), None
        member = self._counted_group(head)
        if member is not None:
            return self._from_entity(member, head)
        earlier = self._earlier_unnamed(head)
        if earlier is not None:
            return earlier, None
        short = self._short_form(head)
        if short is not None:
            return self._from_entity(short, head)
        lead = self._delayed_lead(head)
        if lead is not None:
            return self._from_entity(lead, head)
        return self._message_source(head) or (self._from_phrase(head), None)

    def _speaker_over_owner(self, pronoun: Token, linked: Entity) -> Entity | None:
        ctx = self.ctx
        if not self.recent or linked.type != "PERSON":
            return None
        offset, _, ent = self.recent[-1]
        window = ctx.doc[_sentences_back(ctx, ctx.sentence_of(pronoun.i), 1)].idx
        if ent is None or ent.type != "PERSON" or ent.id == linked.id or not window <= offset < pronoun.idx:
            return None
        owner = False
        for start, _ in linked.mentions:
            if window <= start < pronoun.idx:
                i = ctx.token_at(start)
                if i is None:
                    return None
                tok = ctx.doc[i]
                while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
                    tok = tok.head
                if not _is_owner(tok):
                    return None
                owner = True
        return ent if owner else None

    # entities and phrases

    def _by_generation(self, head: Token) -> Entity | None:
        """"Lai's son Sebastien ... “...,” the younger Lai said": of the two people named in
        full with the surname, the one the text introduced as a child; "the elder Lai", the other."""
        lex, ctx = self.ctx.lex, self.ctx
        if head.pos_ != "PROPN":
            return None
        ages = lex.younger_words | lex.elder_words
        age = next((c.lower_ for c in head.children if c.dep_ == "amod" and c.lower_ in ages), None)
        if age is None:
            return None
        bearers = [p for p in ctx.table.entities if p.type == "PERSON" and " " in p.name
                   and p.name.split()[-1] == head.text and p.mentions]
        if len(bearers) != 2:
            return None
        def as_child(person: Entity) -> bool:
            i = ctx.token_at(person.mentions[0][0])
            if i is None:
                return False
            tok = ctx.doc[i]
            while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
                tok = tok.head
            return tok.dep_ in ("appos", "compound") and tok.head.lemma_.lower() in lex.child_nouns \
                or any(c.dep_ == "appos" and c.lemma_.lower() in lex.child_nouns for c in tok.children)
        children = [p for p in bearers if as_child(p)]
        if len(children) != 1:
            return None
        if age in lex.younger_words:
            return children[0]
        return next(p for p in bearers if p is not children[0])

    def _entity_under(self, head: Token) -> Entity | None:
        ctx = self.ctx
        ent = ctx.entity(head)
        if ent is not None:
            if ent.type != "PERSON":  # "African Export-Import Bank president Okey Oramah said"
                return _person_after_title(head, ctx) or _apposed_name(head, ctx, "PERSON") or ent
            return ent
        for child in head.children:
            if child.dep_ == "appos":  # "the charity, Doctors Without Borders"
                ent = ctx.entity(child)
                if ent is None and child.lower_ in ctx.lex.title_words:
                    ent = _apposed_person(child, ctx)  # "news source Daily Xtra's editorial director, Rachel Giese,"
                if ent is not None:
                    return ent
            if child.dep_ == "acl" and child.lemma_.lower() in ctx.lex.naming_verbs and child.tag_ == "VBN":
                # "A university student named Wong said", "The aid group, known by its French
                # acronym MSF, reports": the name given speaks
                named = next((ctx.entity(c) for c in child.children if c.dep_ in ("oprd", "dobj", "attr")), None)
                if named is None:
                    named = next((ctx.entity(o) for p in child.children if p.dep_ in ("prep", "agent") and p.lower_ in ("as", "by")
                                  for o in p.children if o.dep_ == "pobj" and ctx.entity(o) is not None), None)
                if named is not None:
                    return named
        if head.lemma_.lower() in ctx.lex.person_offices:
            # "a statement released by Erdogan's office": a named person's office speaks as
            # the person ("the mayor's office" keeps its phrase: no person is named)
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            ent = ctx.entity(owner) if owner is not None and owner.pos_ == "PROPN" else None
            if ent is not None and ent.type == "PERSON":
                return ent
        if head.lower_ in ctx.lex.title_words:
            # "Resident Coordinator for Kenya John Mwangi": the parse may hang the name anywhere
            for tok in _phrase_tokens(head):
                ent = ctx.entity(tok)
                if ent is not None and ent.type == "PERSON":
                    return ent
        if head.dep_ == "appos":
            ent = ctx.entity(head.head)
            if ent is not None and ent.type == "PERSON":
                return ent
        if head.pos_ == "NOUN" and head.lower_ in ctx.lex.title_words:
            named = _apposed_person(head, ctx)  # "The mayor of Paris, Anne Hidalgo, wrote"
            if named is not None:
                return named
        lemma = head.lemma_.lower()
        if head.pos_ == "NOUN" and lemma in ctx.lex.short_forms.get("ORG", ()):
            named = _name_right_after(head, ctx) or self._name_before_kind(head)
            if named is not None:  # "The charity Doctors Without Borders says", "the AP news agency"
                return named
        if lemma in ctx.lex.state_speakers:
            state = _country_of_phrase(head, ctx)  # "the Philippine government" speaks as the Philippines
            if state is not None:
                return state
        if head.lemma_.lower() in ctx.lex.comm_nouns or head.lemma_.lower() in ctx.lex.documents:
            # "recent U.N. figures", "the ministry's data": a document speaks for its issuer
            for child in head.children:
                if child.dep_ == "compound" and child.pos_ == "PROPN":  # "the US statement"
                    ent = ctx.entity(child)
                    if ent is not None:
                        return ent
                country = country_of_demonym(child.text) if child.dep_ == "amod" else None
                if country is not None:  # "the Canadian statement", where Canada is named
                    ent = ctx.table.named(country.name)
                    if ent is not None:
                        return ent
            for child in head.children:
                if child.dep_ == "poss" or child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                    inner = child if child.dep_ == "poss" else next((c for c in child.children if c.dep_ == "pobj"), None)
                    if inner is not None:
                        return self._entity_under(inner)
        return None

    def _name_before_kind(self, head: Token) -> Entity | None:
        """An organisation named before the noun that says what kind of body it is:
        "the Associated Press news agency", "the Wagner mercenary group". Only a medium's
        name, or a generic noun ("group", "movement"): in "the U.N. refugee agency" the name
        before is not the agency's own."""
        ctx = self.ctx
        for child in head.children:
            if child.dep_ != "compound" or child.pos_ != "PROPN":
                continue
            ent = ctx.entity(child)
            if ent is None or ent.type != "ORG" or any(
                    not t.text.islower() for t in ctx.doc[child.i + 1:head.i] if t.is_alpha):
                return None
            if head.lemma_.lower() in coref.lists().generic or self._org_type(ent) in ("media", "state_media"):
                return ent
        return None

    def _from_entity(self, ent: Entity | None, head: Token) -> tuple[Speaker, Entity | None] | None:
        if ent is None:
            return None
        lemma = head.lemma_.lower()
        if ent.type == "PERSON" and lemma in self.ctx.lex.short_forms.get("ORG", ()) and lemma not in self.ctx.lex.title_words:
            kind, affiliation = self._org_type(ent), None  # "the group": a name the tagger took for a person's
        elif ent.type == "PERSON":
            kind, affiliation = self._person_type(ent, head)
        elif ent.type == "ORG" and (titled := self._title_before(ent)):
            # "spokesperson Amina Yusuf" tagged ORG: a title makes it a person
            kind, affiliation = titled, None
        else:
            kind, affiliation = self._org_type(ent), None
        return Speaker(ent.name, kind, affiliation), ent

    def _title_before(self, ent: Entity) -> str | None:
        """The speaker type a person's title right before one of the name's mentions gives."""
        ctx = self.ctx
        for start, _ in ent.mentions:
            i = bisect_left(ctx.starts, start)
            if 0 < i < len(ctx.doc) and ctx.doc[i].idx == start:
                before = ctx.doc[i - 1]
                if before.lower_ in ctx.lex.title_words:
                    kind = next((k for k, words in ctx.lex.person_titles if before.lower_ in words), None)
                    if kind is not None:
                        return kind
        return None

    def _from_phrase(self, head: Token) -> Speaker:
        text = _phrase_text(head)
        described = None
        if head.pos_ == "PROPN" or head.pos_ == "NOUN" and not head.text.islower() and not head.is_sent_start:
            described = _name_after_description(head)  # the tagger takes "CamboJA" for a noun
        if described is not None:
            text, kind_word = described
        lowered = text.lower()
        kind = "anonymous"
        if described is not None and head.pos_ == "NOUN":
            lemma = kind_word.lemma_.lower()
            kind = "person" if lemma in self.ctx.lex.title_words or lemma in coref.lists().human else "organization"
        elif any(p in lowered for p in _state_media_phrases()):
            kind = "state_media"
        elif head.pos_ == "PROPN":
            # a name the entity table missed: trust the tagger's label, else take it for a person
            kind = {"ORG": "organization", "GPE": "government", "NORP": "government"}.get(head.ent_type_, "person")
        else:
            lemma = head.lemma_.lower()
            kind = next((k for k, words in self.ctx.lex.speaker_types if lemma in words or head.lower_ in words), kind)
        affiliation = None
        for tok in head.subtree:
            ent = self.ctx.entity(tok)
            if ent is not None and ent.type != "PERSON" and tok.i != head.i:
                affiliation = ent.name
                break
        return Speaker(text, kind, affiliation)

    # types

    def _org_type(self, ent: Entity) -> str:
        lex = self.ctx.lex
        forms = {outlet_key(f) for f in [ent.name, *ent.aliases]}
        if forms & lex.state_media:
            return "state_media"
        if forms & lex.media:
            return "media"
        if ent.type in ("GPE", "LOC"):
            return "government"
        lowered = f" {ent.name.lower()} "
        for kind, words in lex.org_name_words:
            if any(f" {w} " in lowered for w in words):
                return kind
        return "organization"

    def _person_type(self, ent: Entity, head: Token) -> tuple[str, str | None]:
        titles, orgs = self._person_context(ent, head)
        lex = self.ctx.lex
        affiliation = orgs[0].name if orgs else None
        for org in orgs:
            kind = self._org_type(org)
            if kind in ("media", "state_media"):
                return "media", org.name
        words = {w.lower() for title in titles for w in re.split(r"[\s-]+", title)}
        for kind, title_words in lex.person_titles:
            if words & title_words:
                return kind, affiliation
        for org in orgs:
            if org.type in ("GPE", "LOC") or self._org_type(org) == "government":
                return "official", affiliation
        return "person", affiliation

    def _person_context(self, ent: Entity, head: Token) -> tuple[list[str], list[Entity]]:
        """Titles and organisations the text ties to a person: entity roles and the
        words around this mention ("U.N. Resident Coordinator for Myanmar X")."""
        titles = [r.title for r in ent.roles]
        orgs: list[Entity] = []
        for role in ent.roles:
            org = self.ctx.table.named(role.of) if role.of else None
            if org is not None and org.type != "PERSON" and org not in orgs:
                orgs.append(org)
        for tok in self._mention_phrase(head):
            other = self.ctx.entity(tok)
            if other is not None and other.type != "PERSON" and other not in orgs:
                orgs.append(other)
            elif other is None and tok.lower_ in self.ctx.lex.title_words:
                titles.append(tok.text)
        return titles, orgs

    def _mention_phrase(self, head: Token) -> list[Token]:
        """The person's noun phrase without clauses: pre-modifiers, apposition, "from X"."""
        root = head
        if head.dep_ == "appos":
            root = head.head
        parse = self.ctx.parse
        return [tok for tok in root.subtree if not _below_one_of(parse, tok.i, root.i, ("relcl", "acl", "advcl"))]

    # antecedents

    def _named_outside_quotes(self, ent: Entity, pronoun: Token) -> bool:
        """Whether the last mention of ``ent`` before a speaking pronoun is outside
        quotation marks (a name inside the quote the pronoun tags is talked about)."""
        before = [(s, e) for s, e in ent.mentions if e <= pronoun.idx]
        return not before or self.ctx.quote_around(*max(before)) is None

    def _antecedent_person(self, pronoun: Token) -> Entity | None:
        ctx = self.ctx
        sent = ctx.sentence_of(pronoun.i)
        speaker = self._previous_speaker(pronoun, sent)
        if speaker is not None:
            return speaker
        window_start = _sentences_back(ctx, sent, 3)
        best: Entity | None = None
        subject_hit: Entity | None = None
        named: Entity | None = None
        for tok in ctx.doc[window_start:pronoun.i]:
            ent = ctx.entity(tok)
            if ent is None or ent.type != "PERSON" or ctx.in_quote(tok) or self._other_sex(ent, pronoun):
                continue
            if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
                # "the Schengen system", "Trump tariffs": a name modifying a thing is no one who
                # speaks, unless the pronoun's sex is known to be that person's and no one
                # else fits ("something that Benson echoes", the verb parsed as a noun)
                if self._same_sex(ent, pronoun):
                    named = ent
                continue
            best = ent
            if tok.dep_ in SUBJECT_DEPS or tok.head.dep_ in SUBJECT_DEPS and tok.dep_ in ("appos", "compound"):
                subject_hit = ent
        return subject_hit or best or named or self._last_speaker_entity(pronoun, person=True)

    def _other_sex(self, ent: Entity, pronoun: Token) -> bool:
        """"Michael Gallagher ... “...,” she said": a person the coreference stage knows to
        be of the other sex than a "he" / "she" (a title, a given name) is not its antecedent."""
        sex = coref_genders(self.ctx.doc).get(ent.id)
        if sex is None:
            return False
        return sex != ("m" if pronoun.lower_ in coref.lists().male else "f") if pronoun.lower_ in coref.lists().male \
            or pronoun.lower_ in coref.lists().female else False

    def _same_sex(self, ent: Entity, pronoun: Token) -> bool:
        sex = coref.lists()
        return coref_genders(self.ctx.doc).get(ent.id) == ("m" if pronoun.lower_ in sex.male else
                                                            "f" if pronoun.lower_ in sex.female else None)

    def _continued_speaker(self, pronoun: Token) -> tuple[Speaker, Entity | None] | None:
        """"“We launched a drug war,” he said. “We hope ...” ... “It is a big problem,” he
        said.": a speaking pronoun goes on with the person who spoke last, within two
        sentences, when no person is named (outside quotes) between, whatever a name
        inside what was said or further back suggests."""
        ctx = self.ctx
        ent = self._previous_speaker(pronoun, ctx.sentence_of(pronoun.i), sentences=2)
        if ent is None:
            return None
        linked = coref.link_of(pronoun)
        if linked is not None and linked[0] is not ent:
            # the coreference stage's choice stands when it is named (outside quotes) in the
            # sentence the last speaker spoke in, or since: "Like Lutnick, Kevin Hassett ...
            # emphasized ... He said"
            since = ctx.sentence_of(ctx.token_at(self.recent[-1][0]) or 0).start_char
            if any(since <= start < pronoun.idx and ctx.quote_around(start, end) is None
                   for start, end in linked[0].mentions):
                return None
        if self.last_pronoun is not None and self.last_pronoun[2][1] is ent \
                and self.last_pronoun[1] != (pronoun.lower_ in coref.lists().male):
            return None  # that person was "she", this is "he"
        return self.recent[-1][1], ent

    def _previous_speaker(self, pronoun: Token, sent: Span, sentences: int = 1) -> Entity | None:
        """"The former French foreign minister told France Television, “...” He added: ...":
        a person who spoke in the sentence before, or earlier in this one, however named
        (a description, a pronoun), goes on speaking when no person is named between."""
        ctx = self.ctx
        previous = self.recent[-1] if self.recent else None
        if previous is None or previous[2] is None or previous[2].type != "PERSON" or previous[0] >= pronoun.idx \
                or self._other_sex(previous[2], pronoun):
            return None
        if previous[0] < ctx.doc[_sentences_back(ctx, sent, sentences)].idx:
            return None
        for tok in ctx.doc[ctx.token_at(previous[0]) or 0:pronoun.i]:
            ent = ctx.entity(tok)
            if ent is not None and ent.type == "PERSON" and ent is not previous[2] and not ctx.in_quote(tok):
                return None
        return previous[2]

    def _antecedent_group(self, pronoun: Token) -> tuple[Speaker, Entity | None] | None:
        ctx = self.ctx
        window_start = ctx.doc[_sentences_back(ctx, ctx.sentence_of(pronoun.i), 2)].idx
        for (offset, speaker, ent), end in zip(reversed(self.recent), reversed(self.recent_ends)):
            # (a long quotation may lie between: "The Department said: “...” They also said ...")
            if window_start <= end and offset < pronoun.idx and (ent is None or ent.type != "PERSON"):
                return speaker, ent
        for tok in reversed(ctx.doc[_sentences_back(ctx, ctx.sentence_of(pronoun.i), 1):pronoun.i]):
            ent = ctx.entity(tok)
            if ent is not None and ent.type in ("ORG", "GPE"):
                return self._from_entity(ent, tok)
        return None

    def _counted_group(self, head: Token) -> Entity | None:
        """"Burkina Faso, Mali and Niger withdrew ... The three military-led nations accused":
        a plural noun counted by "both" or a number stands for the last group of that many
        names the text coordinated before it (people for a human noun, else bodies and
        places); the first of them speaks."""
        ctx, lex = self.ctx, self.ctx.lex
        if head.tag_ != "NNS" or head.pos_ != "NOUN":
            return None
        count = None
        for child in head.children:
            word = child.lower_
            if word in lex.group_both and child.dep_ in ("det", "predet", "preconj", "amod", "nummod"):
                count = 2
            elif child.dep_ == "nummod" and word in lex.group_numbers:
                count = lex.group_numbers[word]
        if count is None:
            return None
        lemma = head.lemma_.lower()
        person = lemma in ctx.lex.title_words or lemma in coref.lists().human
        for tok in reversed(ctx.doc[:head.left_edge.i]):
            if tok.dep_ == "conj" or not any(c.dep_ == "conj" for c in tok.children):
                continue
            # the first conjunct of a coordination: its names, in order
            members: list[Entity] = []
            for part in [tok] + [t for t in tok.subtree if t.dep_ == "conj" and t.i != tok.i]:
                ent = ctx.entity(part)
                if ent is None or (ent.type == "PERSON") != person or ent in members:
                    members = []
                    break
                members.append(ent)
            if len(members) == count:
                # "both Afghan rivals" are no group of other countries' names
                wanted = {c.alpha3 for c in (country_of_demonym(t.text) for t in head.children
                                             if t.dep_ in ("amod", "compound")) if c is not None}
                if wanted and not any(wanted & (_person_countries(m) if m.type == "PERSON" else
                                                {c.alpha3 for c in [country_named(m.name)] if c is not None})
                                      for m in members):
                    return None
                return members[0]
        return None

    def _antecedent_group_phrase(self, quantifier: Token) -> Token | None:
        """"Some said ...": the plural human group named in the sentences just before; first a
        group a quantifier already took from ("Some of the protesters said A. One interviewee said
        people changed their minds and several said B": the protesters, not the people spoken
        of; "some commenters praised X ... Some noted"), else the nearest."""
        ctx = self.ctx
        human = {w for kind, words in ctx.lex.speaker_types if kind in ("anonymous", "expert", "official") for w in words}
        start = _sentences_back(ctx, ctx.sentence_of(quantifier.i), 1)
        for tok in reversed(ctx.doc[start:quantifier.i]):
            if tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in human and (
                    any(c.dep_ in ("det", "amod") and c.lower_ in ctx.lex.quantifiers for c in tok.children)
                    or tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ctx.lex.quantifiers):
                return tok
        for tok in reversed(ctx.doc[start:quantifier.i]):
            if tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in human:
                return tok
        return None

    def _last_speaker_entity(self, before: Token, *, person: bool) -> Entity | None:
        for offset, _, ent in reversed(self.recent):
            if offset < before.idx and ent is not None and (ent.type == "PERSON") == person \
                    and not (person and self._other_sex(ent, before)):
                return ent
        return None

    def _short_form(self, head: Token) -> Entity | None:
        """"the agency" / "the minister": back to the entity the generic word stands for."""
        ctx = self.ctx
        lemma = head.lemma_.lower()
        # "the minister", and "Malaysia's prime minister" for a title: both name one person
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this") or _is_owner(c) and lemma in ctx.lex.title_words
                   and not _is_pronoun(c) and head.tag_ != "NNS" for c in head.children):
            return None
        ent, label = None, None
        if lemma in ctx.lex.state_speakers and head.tag_ == "NN" \
                and all(c.dep_ in ("det", "punct") for c in head.children):
            # "..., the government announced": a bare state noun is the country the
            # coreference stage took it for (a country stands for its government), not the
            # last organisation named
            linked = coref.link_of(head)
            if linked is not None and linked[1] == "state" and linked[0].type == "GPE" \
                    and country_named(linked[0].name) is not None:
                return linked[0]
        if lemma in ctx.lex.title_words:
            # "According to the officers involved in the shooting": a plural title is no one person
            ent = None if head.tag_ == "NNS" else self._titled_person(head, lemma) or self._described_person(head)
        elif lemma in coref.lists().human and head.tag_ == "NN":
            ent = self._described_person(head)
        else:
            label = next((lb for lb, words in ctx.lex.short_forms.items() if lemma in words), None)
            ent = self._introduced_as(head) if label else None
            if ent is not None:
                return ent
            if lemma in ctx.lex.state_forces:
                return self._own_country(head)
            ent = self._nearest_named(head, label, lemma) if label else None
        # "the Nigerian military" is not "the Saudi Press Agency": its modifiers must fit the name
        if ent is None or ent.type != "PERSON" and not _modifiers_fit(head, ent):
            # "The charity X says ... The aid group ... reports": words that only say what
            # kind of body it is go with the body that spoke just before
            if label and label != "PERSON" and _modifiers_fit(head, ent, kind_words=True):
                return self._last_speaking(head, label)
            return None
        return ent

    def _last_speaking(self, head: Token, label: str) -> Entity | None:
        """The entity of type ``label`` that spoke last in the sentences just before."""
        window = self.ctx.doc[_sentences_back(self.ctx, self.ctx.sentence_of(head.i), 2)].idx
        for offset, _, ent in reversed(self.recent):
            if offset < window:
                break
            if offset < head.idx and ent is not None and ent.type == label:
                return ent
        return None

    def _own_country(self, head: Token) -> Entity | None:
        """"The military said ...": the forces of the country a demonym names ("the
        Nigerian military"), else of the country the article is about (clearly the most
        mentioned); no other organisation, whatever its name ("... Liberation Army")."""
        ctx = self.ctx
        for mod in head.children:
            country = country_of_demonym(mod.text) if mod.dep_ in ("amod", "compound") else None
            if country is not None:
                return ctx.table.named(country.name)
        if any(c.dep_ in ("amod", "compound", "poss") for c in head.children):
            return None
        counts = sorted(((len(e.mentions), e) for e in ctx.table.entities
                         if e.type == "GPE" and country_named(e.name) is not None), key=lambda x: -x[0])
        if counts and (len(counts) == 1 or counts[0][0] > counts[1][0]):
            return counts[0][1]
        return None

    def _introduced_as(self, head: Token) -> Entity | None:
        """"The militant group Al-Qalam ... the group said": the name the same generic
        noun was given when it was first used, apposed or as part of the name."""
        ctx = self.ctx
        lemma = head.lemma_.lower()
        for tok in reversed(ctx.doc[:head.i]):
            if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN":
                continue
            for other in [c for c in tok.children if c.dep_ in ("appos", "compound")] + \
                    ([tok.head] if tok.dep_ == "compound" else []):
                ent = ctx.entity(other)
                if ent is not None and ent.type not in ("GPE", "LOC"):
                    return ent
        return None

    def _message_source(self, head: Token, *, owned: bool = False) -> tuple[Speaker, Entity | None] | None:
        """"The statement said ...": the statement of the source quoted just before (with
        ``owned``, "their statement", whatever its determiner)."""
        ctx = self.ctx
        if head.lemma_.lower() not in ctx.lex.comm_nouns | ctx.lex.documents \
                or not owned and not any(c.lower_ in ("the", "this") for c in head.children):
            return None
        if head.pos_ == "PROPN" and head.is_title and not head.is_sent_start:
            return None  # "the Post reported": a paper's name, no message of the last speaker
        start = _sentences_back(ctx, ctx.sentence_of(head.i), 3)
        # the same message mentioned before, with its issuer: "X released a statement ...",
        # "World Bank data", "Ford said in a filing" (a long quote can lie between, so look
        # further back than for other anaphora; a mention that names no issuer is passed)
        lemma = head.lemma_.lower()
        act = ctx.lex.document_acts.get(lemma)
        for tok in reversed(ctx.doc[_sentences_back(ctx, ctx.sentence_of(head.i), 10):head.left_edge.i]):
            if act is not None and tok.pos_ == "VERB" and tok.lemma_.lower() == act and tok.tag_ != "VBN":
                # "the European Court of Justice ruled ... According to the ruling, ...": the
                # one who did the act that made the document
                issuer = _subject(tok)
                if issuer is not None and issuer.dep_ != "nsubjpass" and not ctx.in_quote(issuer) \
                        and (found := self.resolve(issuer)) is not None:
                    return found
                continue
            if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN" or tok.tag_ == "NNS" and head.tag_ == "NN":
                continue  # "the ruling" is not one of the "rulings from a court" named before
            issuer = _noun_speaker(tok, ctx) or _document_issuer(tok, ctx) or _message_issuer(tok, ctx)
            if issuer is not None and issuer.lemma_.lower() not in ctx.lex.comm_nouns:
                found = self.resolve(issuer)
                if found is not None:
                    return found
        if any(c.dep_ == "acl" and c.tag_ == "VBN" for c in head.children):
            return None  # "The new study, published in The Lancet, suggested": described, not the last speaker's
        if head.tag_ == "NNS" and lemma in ctx.lex.plural_reports:
            return None  # "according to the reports": the press at large, not the last speaker's message
        window = ctx.doc[start].idx
        for offset, speaker, ent in reversed(self.recent):
            if window <= offset < head.idx:
                return speaker, ent
        return None

    def _titled_person(self, head: Token, title: str) -> Entity | None:
        ctx = self.ctx
        # "The head of Doctors Without Borders told ...": a title that names its body is no
        # one the text ties to another body
        body = _title_body(head, ctx)
        def fits(person: Entity) -> bool:
            return body is None or all(r.of is None or r.of == body.name for r in person.roles)
        earlier = [ent for ent in _entities_before(ctx, head) if ent.type == "PERSON"]
        for person in reversed(earlier):
            if any(title in r.title.lower() for r in person.roles) and fits(person):
                return person
        kind = next((k for k, words in ctx.lex.person_titles if title in words), None)
        ent = self._recent_official(head) if kind == "official" else None
        if ent is not None and fits(ent):
            return ent
        # a delayed lead: "The envoy is calling for ... Jane Doe issued her appeal"; "The head
        # of Doctors Without Borders told the council ... said Secretary General Christopher
        # Lockyear" (a title of no other body)
        end = _sentences_forward(ctx, ctx.sentence_of(head.i), 2)
        owners = _owner_countries(head)
        for tok in ctx.doc[head.i:end]:
            ent = ctx.entity(tok)
            if ent is not None and ent.type == "PERSON" and tok.i not in {t.i for t in head.subtree} \
                    and not (owners and _person_countries(ent) and not owners & _person_countries(ent)):
                if not ent.roles or any(title in r.title.lower() for r in ent.roles) or body is not None and fits(ent) and _speaks_as_subject(tok) \
                        or kind is not None and head.tag_ == "NN" and fits(ent) and _speaks_as_subject(tok) \
                        and any(_title_kind(r.title, ctx) == kind for r in ent.roles):
                    # "The military spokesperson said ... “...,” Chaudhry said": one who speaks
                    # next with a title of that kind ("director general")
                    return ent
        return self._later_title_holder(head, title, fits)

    def _later_title_holder(self, head: Token, title: str, fits: Callable[[Entity], bool]) -> Entity | None:
        """"Canada's Ontario provincial leader said ... (paragraphs on) ... Doug Ford, Ontario's
        provincial leader, said": the one person the article names later with the title,
        in a sentence that has every word the phrase qualifies the title with."""
        ctx = self.ctx
        qualifiers = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN")}
        if not qualifiers:
            return None
        holders = [p for p in ctx.table.entities if p.type == "PERSON" and fits(p)
                   and any(title in r.title.lower() for r in p.roles)]
        if len(holders) != 1 or not holders[0].mentions or holders[0].mentions[0][0] <= head.idx:
            return None
        first = ctx.token_at(holders[0].mentions[0][0])
        if first is None:
            return None
        words = {t.lower_ for t in ctx.sentence_of(first)}
        return holders[0] if qualifiers <= words else None

    def _described_person(self, head: Token) -> Entity | None:
        """"Michel Barnier says ... The French politician says ...": a definite description
        of a person (title or human noun) takes up the last person named (outside quotes) in
        the sentences just before, when that name is a subject and the description's
        country or organisation ("the French ...", "the head of MSF") does not contradict
        what the text ties to that person."""
        ctx, parse, lists = self.ctx, self.ctx.parse, coref.lists()
        if head.lemma_.lower() in lists.male_words | lists.female_words:
            return None  # "the mother", "the father": someone's kin, not another name for the last person
        for child in head.children:
            inner = child if child.dep_ == "poss" else next(
                (c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "prep" and child.lower_ == "of" else None
            if inner is not None and not _is_pronoun(inner) and inner.pos_ != "PROPN" and ctx.entity(inner) is None:
                return None  # "the head of the police's investigators": someone new, described
        window = _sentences_back(ctx, ctx.sentence_of(head.i), lists.definite_sentences)
        humans = lists.human | ctx.lex.title_words
        person = None
        for i in range(head.left_edge.i - 1, window - 1, -1):
            if parse.dep[i] in SUBJECT_DEPS and parse.tag[i] in ("NN", "CD", "PRP") \
                    and (parse.lemma[i] in humans or any(parse.lower[p] == "of" and any(
                        parse.lemma[o] in humans for o in parse.children(p)) for p in parse.children(i))):
                return None  # "The mother said ... One of the children said ...": an unnamed person acted between
            misread = parse.dep[i] in SUBJECT_DEPS and parse.pos[i] != "PROPN" and ctx.doc[i].is_title
            if parse.ent[i] != "PERSON" and parse.pos[i] != "PROPN" and not misread:
                continue
            ent = ctx.table.at(ctx.starts[i], ctx.starts[i] + ctx.lengths[i])
            if ent is None and misread:
                # "Lopez, who was 18, confessed ...": a surname the tagger read as another word
                ent = ctx._surnames().get(ctx.doc[i].text)
            if ent is None or ent.type != "PERSON" or ctx.in_quote(ctx.doc[i]):
                continue
            # the last person named before the description, named as a subject
            j = i
            while parse.dep[j] in ("compound", "flat") and parse.head[j] != j:
                j = parse.head[j]
            if parse.pos[j] == "NOUN":
                continue  # "the Schengen system": a name modifying a thing names no person here
            if parse.dep[j] not in SUBJECT_DEPS:
                return None
            if head.lemma_.lower() in ctx.lex.onlookers and not ctx.lex.is_verb_cue(parse.lemma[parse.head[j]]):
                return None  # "Hiller went berserk ... But, the witness says, ...": a witness is no one who acted
            person = ent
            break
        if person is None:
            return None
        countries = {c.alpha3 for c in (country_of_demonym(t.text) for t in head.children if t.dep_ in ("amod", "compound"))
                     if c is not None} | _owner_countries(head)
        known = _person_countries(person)
        if countries and known and not countries & known:
            return None
        owners = {r.of for r in person.roles if r.of}
        for child in head.children:
            inner = child if child.dep_ == "poss" else next(
                (c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "prep" and child.lower_ == "of" else None
            owner = ctx.entity(inner) if inner is not None else None
            if owner is not None and owners and owner.name not in owners:
                return None
        return person

    def _delayed_lead(self, head: Token) -> Entity | None:
        """A delayed lead: "A self-described member of a crime group told a court ... Khalid
        Mehdiyev told jurors ...": an unnamed source ("a"/"an" with a person or organisation
        noun) in the article's opening sentence is the person or body that a sentence just
        after names as the subject of a verb the lead used."""
        ctx, parse = self.ctx, self.ctx.parse
        if head.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            return None
        lemma = head.lemma_.lower()
        if lemma in ctx.lex.title_words or lemma in coref.lists().human:
            wanted = ("PERSON",)
        elif lemma in ctx.lex.short_forms.get("ORG", ()):
            wanted = ("ORG",)
        else:
            return None
        number = ctx.sentence_number(head.i)
        if number > LEAD_SENTENCES - 1:
            return None
        starts, ends = ctx.sentences.starts, ctx.sentences.ends
        verbs = {parse.lemma[i] for i in range(starts[number], ends[number]) if parse.pos[i] == "VERB"}
        for i in range(ends[number], ends[min(len(ctx.sentences) - 1, number + DELAYED_LEAD_SENTENCES)]):
            if parse.dep[i] != "nsubj" or parse.pos[i] != "PROPN" or parse.lemma[parse.head[i]] not in verbs:
                continue
            ent = ctx.table.at(ctx.starts[i], ctx.starts[i] + ctx.lengths[i])
            if ent is not None and ent.type in wanted:
                return ent
        return None

    def _earlier_spokesperson(self, head: Token) -> tuple[Speaker, Entity | None] | None:
        """"A State Department spokesperson reaffirmed ... “...,” the spokesperson added": the
        definite noun takes up the body whose spokesperson spoke in the sentences just before."""
        ctx = self.ctx
        if head.pos_ != "NOUN" or head.lower_ not in ctx.lex.spokespeople \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
            return None
        window = ctx.doc[_sentences_back(ctx, ctx.sentence_of(head.i), 3)].idx
        for offset, word, speaker, ent in reversed(self.spokespeople):
            if window <= offset < head.idx and word == head.lower_:
                return speaker, ent
        return None

    def _earlier_unnamed(self, head: Token) -> Speaker | None:
        """"A local reporter said ... The reporter said ...": a definite noun takes up an
        unnamed source just quoted with the same head noun."""
        ctx = self.ctx
        if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
            return None
        window = ctx.doc[_sentences_back(ctx, ctx.sentence_of(head.i), 3)].idx
        lemma = head.lemma_.lower()
        for offset, earlier, speaker in reversed(self.unnamed):
            if window <= offset < head.idx and earlier == lemma:
                return speaker
        if lemma in ("person", "individual"):
            # "One of the children said ... this person also said": the unnamed source
            # that spoke last, unless a named one spoke since
            for offset, speaker, ent in reversed(self.recent):
                if offset >= head.idx:
                    continue
                if offset < window or ent is not None:
                    return None
                return speaker
        return None

    def _recent_official(self, head: Token) -> Entity | None:
        """"The Israeli leader told ...": an official who spoke in the sentences just
        before, of the country the title's demonym names, if it names one."""
        ctx = self.ctx
        window = ctx.doc[_sentences_back(ctx, ctx.sentence_of(head.i), 2)].idx
        demonyms = [country_of_demonym(t.text) for t in head.children if t.dep_ in ("amod", "compound")]
        wanted = {c.alpha3 for c in demonyms if c is not None} | _owner_countries(head)
        for offset, speaker, ent in reversed(self.recent):
            if offset < window:
                break
            if offset >= head.idx or ent is None or ent.type != "PERSON" or speaker.type != "official":
                continue
            if wanted and not wanted & _person_countries(ent):
                return None
            return ent
        return None

    def _nearest_named(self, head: Token, label: str, word: str) -> Entity | None:
        ctx = self.ctx
        earlier = [ent for ent in _entities_before(ctx, head) if ent.type == label or label == "GPE" and ent.type == "LOC"]
        for ent in reversed(earlier):
            if word in ent.name.lower().split():
                return ent
        window = ctx.doc[_sentences_back(ctx, ctx.sentence_of(head.i), 2)].idx
        recent = [ent for ent in _entities_before(ctx, head, since=window) if ent.type == label]
        return recent[-1] if recent else None


def _free_relative_subject(pronoun: Token, ctx: _Context) -> Token | None:
    """"Demonstrators celebrated what they called a new victory", "Smith denounced what he
    described as a witch hunt": the pronoun subject of a free relative ("what they called")
    that is the object of an outer verb stands for that verb's subject, when the subject is
    a noun or name agreeing with it (plural for "they", a person for "he"/"she", a body for
    "it"); the name said last before it is no antecedent here."""
    lex = ctx.lex
    word = pronoun.lower_
    if pronoun.dep_ != "nsubj" or not (word in lex.person_pronouns or word in lex.group_pronouns):
        return None
    verb = pronoun.head
    if verb.dep_ not in ("ccomp", "dobj", "pobj", "xcomp", "oprd") or not any(
            c.lower_ in lex.free_relatives and c.i < pronoun.i and c.dep_ in ("dobj", "oprd", "attr", "pobj")
            for c in verb.children):
        return None
    outer = verb.head
    while outer.dep_ == "prep" and outer.head.i != outer.i:  # "protested against what they called"
        outer = outer.head
    subj = next((c for c in outer.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i), None)
    if subj is None or subj.pos_ == "PRON" or ctx.in_quote(subj):
        return None
    ent = ctx.entity(subj)
    plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
    if word in lex.person_pronouns:
        fits = not plural and (ent is not None and ent.type == "PERSON" if ent is not None
                               else subj.lemma_.lower() in lex.title_words | coref.lists().human)
    elif word in ("they", "them"):
        fits = plural
    else:
        fits = not plural and (ent is None or ent.type != "PERSON") and subj.lemma_.lower() not in coref.lists().human
    return subj if fits else None


def _owner_countries(head: Token) -> set[str]:
    """Countries a title's phrase names as its owner ("Canada's Ontario provincial leader")."""
    found = set()
    for tok in head.subtree:
        if tok.i < head.i and tok.pos_ == "PROPN" and tok.dep_ in ("poss", "nmod") and _is_owner(tok):
            country = country_named(tok.text)
            if country is not None:
                found.add(country.alpha3)
    return found


def _is_owner(tok: Token) -> bool:
    """A possessive: "Malaysia's", or one the parser hung on as a modifier, or on a name that
    modifies the noun ("Canada's Ontario provincial leader")."""
    return tok.dep_ == "poss" or tok.dep_ == "nmod" and any(
        k.dep_ == "case" or k.dep_ in ("nmod", "poss") and tok.pos_ == "PROPN" and _is_owner(k) for k in tok.children)


def _speaks_as_subject(tok: Token) -> bool:
    """Whether a name's word is (in) the subject of a verb."""
    return tok.dep_ in SUBJECT_DEPS or tok.dep_ in ("compound", "flat") and tok.head.dep_ in SUBJECT_DEPS


def _title_kind(title: str, ctx: _Context) -> str | None:
    """The kind of person a role title names ("director general": official)."""
    words = title.lower().split()
    return next((k for k, titles in ctx.lex.person_titles if any(w in titles for w in words)), None)


def _spokesperson_body(head: Token, ctx: _Context) -> Entity | None:
    """The named body an unnamed spokesperson speaks for: "a DHS spokesperson", "Sam's Club's
    spokesperson", "a spokeswoman for the Foreign Office" (an organisation or a country)."""
    if head.pos_ != "NOUN" or head.lower_ not in ctx.lex.spokespeople:
        return None
    for child in head.children:
        inner = child if child.dep_ in ("compound", "poss", "nmod") else next(
            (c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "prep" and child.lower_ in ("for", "of", "at") else None
        ent = ctx.entity(inner) if inner is not None else None
        if ent is not None and ent.type in ("ORG", "GPE"):
            return ent
    return None


def _title_body(head: Token, ctx: _Context) -> Entity | None:
    """The body a title names: "the head of Doctors Without Borders", "UNICEF's chief"."""
    for child in head.children:
        inner = child if child.dep_ == "poss" else next(
            (c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "prep" and child.lower_ == "of" else None
        ent = ctx.entity(inner) if inner is not None else None
        if ent is not None and ent.type == "ORG":
            return ent
    return None


def _message_issuer(message: Token, ctx: _Context) -> Token | None:
    """Who issued a message or document named without "of"/"by": a name before it
    ("World Bank data", "China's Foreign Ministry website"), or the subject of the
    verb of saying it was said in ("Ford said in a filing")."""
    for child in message.children:
        if child.dep_ == "compound" and child.pos_ == "PROPN" and ctx.entity(child) is not None:
            return child
    prep = message.head if message.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in ("in", "on", "via") and prep.head.pos_ == "VERB" \
            and prep.head.lemma_.lower() in ctx.lex.verb_certainty:
        return _subject(prep.head)
    return None


def _apposed_person(head: Token, ctx: _Context) -> Entity | None:
    """The person apposed to a title phrase, to the title or to the object of its
    preposition, wherever the parser hung the name: "the mayor of Paris, Anne Hidalgo"."""
    for tok in _phrase_tokens(head) + [c for c in head.children if c.dep_ == "appos"]:
        for child in tok.children:
            if child.dep_ == "appos" and (tok.i == head.i or tok.dep_ == "pobj"):
                ent = ctx.entity(child)
                if ent is not None and ent.type == "PERSON":
                    return ent
    return None


def _apposed_name(head: Token, ctx: _Context, label: str) -> Entity | None:
    """An entity of type ``label`` apposed to the head: "a Republican, Mark Amodei, said"
    (the party's member, named, speaks)."""
    for child in head.children:
        if child.dep_ == "appos":
            ent = ctx.entity(child)
            if ent is not None and ent.type == label:
                return ent
    return None


def _person_after_title(head: Token, ctx: _Context) -> Entity | None:
    """A person named right after a title inside the subject phrase: the organisation
    before the title is the person's, not the speaker ("X Bank president Y said")."""
    # the person may hang off the organisation's name as its apposition ("African
    # Export-Import Bank president Okey Oramah": "Oramah" apposed to "Export")
    parse = ctx.parse
    phrase = [t for t in head.subtree if not _below_one_of(parse, t.i, head.i, ("relcl", "acl", "advcl", "punct"))]
    for tok in phrase:
        if tok.lower_ in ctx.lex.title_words and tok.i + 1 < len(ctx.doc):
            nxt = ctx.doc[tok.i + 1]
            ent = ctx.entity(nxt)
            if ent is not None and ent.type == "PERSON" and nxt.i in {t.i for t in phrase}:
                return ent
    return None


def _name_ending_phrase(head: Token, ctx: _Context) -> Entity | None:
    """A known name that ends the subject phrase and holds its head word, where the
    tagger missed this mention: "The media watchdog Reporters Without Borders said"
    (not "a student in Beijing": the name must be the phrase's own)."""
    tokens = [t for t in _phrase_tokens(head) if not t.is_punct]
    if not tokens:
        return None
    end = tokens[-1].idx + len(tokens[-1].text)
    for tok in tokens:
        if tok.i > head.i:
            break
        if tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN"):
            ent = ctx.written_name(tok.idx, end)
            if ent is not None:
                return ent
    return None


def _name_right_after(head: Token, ctx: _Context) -> Entity | None:
    """An organisation named right after its generic noun: "the charity Doctors Without Borders"."""
    if head.i + 1 >= len(ctx.doc):
        return None
    nxt = ctx.doc[head.i + 1]
    ent = ctx.entity(nxt)
    if ent is None and nxt.dep_ in SUBJECT_DEPS and nxt.head.i == head.head.i:
        # the parser split the phrase into two subjects and the tagger missed the name
        return ctx.written_name(nxt.idx, nxt.right_edge.idx + len(nxt.right_edge.text))
    if ent is None or ent.type in ("PERSON", "GPE", "LOC") or not any(s == nxt.idx for s, _ in ent.mentions):
        return None
    return ent


def _country_of_phrase(head: Token, ctx: _Context) -> Entity | None:
    """The named country a state noun belongs to: "the Philippine government", "Kenya's
    government", "the government of Oman", "the U.S. administration"."""
    for child in head.children:
        if child.dep_ == "amod":
            country = country_of_demonym(child.text)
            if country is not None:
                return ctx.table.named(country.name)
        elif child.dep_ in ("compound", "poss") or child.dep_ == "prep" and child.lower_ == "of":
            tok = child if child.dep_ != "prep" else next((c for c in child.children if c.dep_ == "pobj"), None)
            ent = ctx.entity(tok) if tok is not None else None
            if ent is not None and ent.type == "GPE" and country_named(ent.name) is not None:
                return ent
    return None


def ctx_sentence(ctx: _Context, tok: Token) -> int:
    return ctx.sentence_number(tok.i)


def _person_countries(ent: Entity) -> set[str]:
    found = {ent.country} if ent.country else set()
    for role in ent.roles:
        country = country_named(role.of) if role.of else None
        if country is None and role.of:
            country = country_of_demonym(role.of)
        if country is not None:
            found.add(country.alpha3)
    return found


def _phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase of ``head`` without its clauses (relative, participial, apposed)."""
    parse = parse_arrays(head.doc)
    return [t for t in head.subtree
            if not (t.dep_ == "case" and t.head.i == head.i)  # the head's own "'s"
            and not _below_one_of(parse, t.i, head.i, ("relcl", "acl", "advcl", "appos", "punct"))]


def _modifiers_fit(head: Token, ent: Entity | None, *, kind_words: bool = False) -> bool:
    """Whether the words of the phrase around ``head`` are words of ``ent``'s name or
    roles; with ``kind_words``, whether they only say what kind of body it is ("the aid
    group", "the banned separatist outfit"): lower case, no demonym, no name."""
    words = {w.lower() for form in [ent.name, *ent.aliases, *(r.title for r in ent.roles)]
             for w in re.split(r"[\s-]+", form)} if ent is not None else set()
    modifiers = [t for t in _phrase_tokens(head) if t.i != head.i and t.dep_ not in ("det", "punct", "case")]
    if kind_words:
        return all(t.text.islower() and t.pos_ in ("ADJ", "NOUN", "VERB") and country_of_demonym(t.text) is None
                   for t in modifiers if t.is_alpha)
    return all(t.lower_ in words for t in modifiers if t.is_alpha)


def _below_one_of(parse: ParseArrays, i: int, root: int, deps: tuple[str, ...]) -> bool:
    """Whether word ``i`` or a word above it, below ``root``, hangs off its head by one
    of ``deps`` (walked over the parse's lists, not Token objects)."""
    while i != root and parse.head[i] != i:
        if parse.dep[i] in deps:
            return True
        i = parse.head[i]
    return False


def _entities_before(ctx: _Context, head: Token, since: int = 0) -> list[Entity]:
    """Entities by their last mention before ``head``, oldest first."""
    last: dict[str, tuple[int, Entity]] = {}
    for ent in ctx.table.entities:
        for s, e in ent.mentions:
            if since <= s and e <= head.idx:
                if ent.id not in last or s > last[ent.id][0]:
                    last[ent.id] = (s, ent)
    return [ent for _, ent in sorted(last.values(), key=lambda x: x[0])]


def _sentences_back(ctx: _Context, sent: Span, n: int) -> int:
    index = ctx.sentence_number(sent.start)
    return ctx.sentences.starts[max(0, index - n)]


def _sentences_forward(ctx: _Context, sent: Span, n: int) -> int:
    index = ctx.sentence_number(sent.start)
    return ctx.sentences.ends[min(len(ctx.sentences) - 1, index + n)]


def _name_after_description(head: Token) -> tuple[str, Token] | None:
    """The name alone, when a description in lower case leads up to it ("Independent
    Cambodian media association CamboJA"): a named source's speaker is its name."""
    doc, start = head.doc, head.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == head.i:
        start -= 1
    before = doc[start - 1] if start > 0 else None
    if before is None or before.head.i != head.i or before.dep_ != "compound" or before.pos_ != "NOUN" \
            or not before.text.islower():
        return None
    return doc[start:head.i + 1].text, before


def _phrase_text(head: Token) -> str:
    keep = [t for t in _phrase_tokens(head) if not t.is_punct or t.text in ("-", "’", "'")]
    while keep and keep[0].dep_ in ("det", "predet") and keep[0].lower_ in ("the", "a", "an", "this", "these"):
        keep = keep[1:]
    if not keep:
        return head.text
    doc = head.doc
    return doc[keep[0].i:keep[-1].i + 1].text


@cache
def _state_media_phrases() -> tuple[str, ...]:
    return tuple(w for kind, words in lexicon().speaker_types if kind == "state_media" for w in words)


# -- certainty --------------------------------------------------------------------------


def _hedge_level(tok: Token, lex: Lexicon) -> str:
    word, lemma = tok.lower_, tok.lemma_.lower()
    if word not in lex.hedge_words and lemma not in lex.hedge_lemmas:
        return "certain"  # most words: no need to ask each level
    for level in ("doubtful", "possible", "probable"):
        table = lex.hedges.get(level, {})
        if tok.tag_ == "MD" and word in table.get("modals", ()) and not _ability_to_perceive(tok, lex):
            return level
        if word in table.get("words", ()) and tok.pos_ in ("ADJ", "ADV"):
            return level
        if lemma in table.get("lemmas", ()) and tok.pos_ == "VERB":
            return level
        if lemma in table.get("nouns", ()) and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass", "attr", "ROOT"):
            return level
    return "certain"


def _ability_to_perceive(modal: Token, lex: Lexicon) -> bool:
    """"could be seen surrounding the hotel": what could be seen was there, no hedge."""
    verb = modal.head
    return verb.lemma_.lower() in lex.perception and any(c.dep_ == "auxpass" for c in verb.children)


def _certainty(level: str, span: tuple[int, int], ctx: _Context, cue: int = -1) -> str:
    # walked over the parse's lists: a Token is made only of a word some hedge level lists
    parse, lex = ctx.parse, ctx.lex
    heads, deps, lowers, lemmas = parse.head, parse.dep, parse.lower, parse.lemma
    by_head, first, last = parse.by_head, parse.first, parse.last  # ParseArrays.children, inline below
    hedge_words, hedge_lemmas = lex.hedge_words, lex.hedge_lemmas
    words = ctx.indices_between(*span)
    inside = set(words)
    stack = [i for i in words if heads[i] not in inside or heads[i] == i]  # the content's roots
    seen: set[int] = set()
    while stack:
        i = stack.pop()
        if i in seen:
            continue
        seen.add(i)
        if i != cue and lowers[i] in hedge_words or lemmas[i] in hedge_lemmas:
            hedge = _hedge_level(ctx.doc[i], lex)
            if CERTAINTY_RANK[hedge] > CERTAINTY_RANK[level]:
                level = hedge
        for c in by_head[first[i]:last[i]]:  # a loop, not a list and a generator per word
            if c != i and c in inside and deps[c] not in OUT_OF_SCOPE_DEPS:
                stack.append(c)
    return level


# -- assembly ------------------------------------------------------------------------------


_CUE_LEMMAS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _cue_lemmas(lex: Lexicon) -> frozenset[str]:
    """Every word an attribution starts from (:func:`_according_attribution`,
    :func:`_verb_attribution`, :func:`_noun_attribution`): a new kind of cue adds its
    words here, or its reader never sees a token. Built once per lexicon."""
    entry = _CUE_LEMMAS.get(id(lex))
    if entry is None or entry[0] is not lex:
        entry = _CUE_LEMMAS[id(lex)] = (lex, _collect_cue_lemmas(lex))
    return entry[1]


def _collect_cue_lemmas(lex: Lexicon) -> frozenset[str]:
    return (frozenset(lex.verb_certainty) | lex.object_verbs | {verb for verb, _ in lex.phrasal} | lex.estimate_verbs
            | lex.stance_verbs | frozenset(lex.noun_certainty) | frozenset(lex.report_adverbs))


_ACCORDING = frozenset({"according"})


def _parse_attributions(ctx: _Context) -> list[Attribution]:
    found = []
    table = ctx.sentences
    skipped = {i for k, read in enumerate(table.readable) if not read for i in range(table.starts[k], table.ends[k])}
    # only the tokens carrying a cue word, found from the parse's lists: the readers turn
    # every other token down at their first test
    cue_lemmas, parse = _cue_lemmas(ctx.lex), ctx.parse
    openers = _ACCORDING | ctx.lex.report_preps
    for i in [i for i, lemma in enumerate(parse.lemma) if lemma in cue_lemmas or parse.lower[i] in openers]:
        tok = ctx.doc[i]
        if ctx.in_quote(tok) or tok.i in skipped:
            continue  # a cue inside a quotation belongs to the quoted speaker's words
        att = _according_attribution(tok, ctx) or _verb_attribution(tok, ctx) or _noun_attribution(tok, ctx) \
            or _adverb_attribution(tok, ctx) or _by_reports_attribution(tok, ctx)
        if att is not None:
            found.append(att)
    return found


def _attach_quotes(attributions: list[Attribution], ctx: _Context) -> None:
    """Content that lies inside a quotation is the whole quotation (the parse sees only
    the quote's last sentence)."""
    for att in attributions:
        quote = ctx.quote_around(*att.content) or _quote_beside_cue(att, ctx)
        if quote is not None:
            att.content, att.quote = _quote_content(quote, ctx), quote
        else:
            att.content = _extend_to_quote_end(att.content, ctx)


def _quote_content(quote: Quote, ctx: _Context) -> tuple[int, int]:
    """The words inside the marks, without the comma or stop that ends the quote."""
    return _trim_marks(ctx.text, *quote.inner, ctx.marks) or quote.inner


def _quote_beside_cue(att: Attribution, ctx: _Context) -> Quote | None:
    """A quote right next to the cue whose content spills out on the far side only: the
    parse ran past the quotation marks ("Subhead “A,” X said"), the marks win."""
    for quote in ctx.quotes_overlapping(att.content):
        if _quote_is_name(quote, ctx):
            continue  # "said “Moon,” which is expected to ..., has been ...": a title, the clause goes on
        if att.cue.idx >= quote.end and att.content[1] <= quote.end:
            if not _words_lead_into(quote, att, ctx):
                return quote
        if att.cue.idx < quote.start and att.content[0] >= quote.start:
            if not _clause_goes_on(quote, att, ctx) and not _quote_coordinated(quote, att, ctx):
                return quote
    return None


def _words_lead_into(quote: Quote, att: Attribution, ctx: _Context) -> bool:
    """"... stems from uncertainty in relying “solely on the alliance,” said X": the
    content's own words, on the quote's line, with no other quotation and no cue of
    their own, run into the quotation, which is only a part of what was said."""
    start = att.content[0]
    before = ctx.text[start:quote.start]
    return bool(before.strip()) and before.rstrip()[-1] not in ".!?:;" \
        and not any(c in before for c in "\n;" + QUOTE_MARKS) and not _holds_source(start, quote.start, att, ctx)


def _clause_goes_on(quote: Quote, att: Attribution, ctx: _Context) -> bool:
    """"X says “illegal” government is confiscating ...": the clause goes on after a
    quoted word or phrase that ends no sentence; what was said is the clause."""
    end = att.content[1]
    inner = ctx.text[quote.inner[0]:quote.inner[1]].rstrip()
    after = ctx.text[quote.end:end]
    return bool(inner) and inner[-1] not in ".!?,;:" and after.lstrip()[:1].isalnum() and len(after.split()) >= 2 \
        and not any(c in after for c in "\n;" + QUOTE_MARKS) and not _holds_source(quote.end, end, att, ctx)


def _opens_with_quoted_phrase(start: int, end: int, ctx: _Context) -> bool:
    """``[start, end)`` opens with a quoted word or short phrase that the clause goes on after
    (“welcomed” the proposal, “significant amounts” of money have gone): the speaker's words
    inside a clause of what was said, not a quotation of its own."""
    quote = next(iter(ctx.quotes_opening_within(start, end)), None)
    if quote is None or ctx.text[start:quote.start].strip() or quote.end > end:
        return False
    inner = ctx.text[quote.inner[0]:quote.inner[1]]
    return len(inner.split()) <= ctx.lex.quoted_phrase_words and inner.rstrip()[-1:] not in ".!?,;:" \
        and len(ctx.text[quote.end:end].split()) >= 2


def _quote_coordinated(quote: Quote, att: Attribution, ctx: _Context) -> bool:
    """"added that “Ukraine was ready ...,” and “welcomed” the proposal": what was said goes
    on after the quote with "and" and words of the same sentence."""
    end = att.content[1]
    after = ctx.text[quote.end:end].lstrip(" ,")
    if after[:4] != "and " or any(c in after for c in "\n;!?") \
            or not _opens_with_quoted_phrase(end - len(after) + 4, end, ctx):
        return False
    if quote.end <= att.cue.idx < end or (att.speaker is not None and quote.end <= att.speaker.idx < end):
        return False
    cues, lemma = _cue_lemmas(ctx.lex), ctx.parse.lemma
    # a cue word the speaker is quoted using ("“welcomed”") is no other claim's
    return not any(lemma[i] in cues and not ctx.in_quote(ctx.doc[i]) for i in ctx.indices_between(quote.end, end))


def _holds_source(start: int, end: int, att: Attribution, ctx: _Context) -> bool:
    """The cue or speaker of this claim, or a cue word of another, lies in ``[start, end)``."""
    if start <= att.cue.idx < end or (att.speaker is not None and start <= att.speaker.idx < end):
        return True
    cues, lemma = _cue_lemmas(ctx.lex), ctx.parse.lemma
    return any(lemma[i] in cues for i in ctx.indices_between(start, end))


def _extend_to_quote_end(span: tuple[int, int], ctx: _Context) -> tuple[int, int]:
    """Content that opens a quotation and stops inside it ends where the quotation does."""
    for quote in ctx.quotes_opening_within(span[0], span[1]):
        if span[1] < quote.end:
            return span[0], quote.end
    return span


def _quote_attributions(claimed: list[Attribution], ctx: _Context) -> list[Attribution]:
    covered = {att.quote for att in claimed if att.quote is not None}
    covered |= {q for att in claimed for q in ctx.quotes_overlapping(att.content, inner=False)}
    out: list[Attribution] = []
    for quote in ctx.quotes:
        if quote in covered or _quote_is_question(quote, ctx) or _quote_is_name(quote, ctx):
            continue
        att = (_tag_after(quote, ctx) if _starts_sentence(quote, ctx) else None) or _tag_before(quote, ctx)
        if att is None:
            previous = _previous_direct(quote, claimed + out)
            if previous is None or not _follows_claimed_quote(quote, previous, ctx):
                previous = _previous_indirect(quote, claimed + out, ctx)
            if previous is not None:
                att = Attribution(previous.cue, previous.cue_text, previous.speaker, _quote_content(quote, ctx), previous.level,
                                  quote=quote, inherited_from=previous)
        if att is not None and _inside_speaker(quote, att, ctx):
            continue  # "X, co-author of “The Life of a Legend,” said": a title in the speaker's phrase
        if att is not None:
            out.append(att)
    return out


def _inside_speaker(quote: Quote, att: Attribution, ctx: _Context) -> bool:
    speaker = att.speaker
    if speaker is None:
        return False
    last = speaker.right_edge
    if not (speaker.left_edge.idx <= quote.start and quote.end <= last.idx + len(last.text) + 2):
        return False
    if quote.end <= att.cue.idx:
        return True
    # after the cue ("said Ron Howard, director of “A Beautiful Mind”"), only a quote with no
    # verb: "said X, who added: “...”" quotes what X said
    span = ctx.doc.char_span(quote.inner[0], quote.inner[1], alignment_mode="contract")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


def _previous_indirect(quote: Quote, attributions: list[Attribution], ctx: _Context) -> Attribution | None:
    """"X said Ankara was close to a deal. "We have many values in common ..."": an
    untagged quote that opens the sentence right after a reported statement, in the same
    paragraph, goes on with that statement's speaker."""
    if not _starts_sentence(quote, ctx):
        return None
    before = [a for a in attributions if a.quote is None and max(a.content[1], a.cue.idx) <= quote.start]
    if not before:
        return None
    previous = max(before, key=lambda a: _sentence_span(a, ctx)[1])
    gap = ctx.text[_sentence_span(previous, ctx)[1]:quote.start]
    return previous if not gap.strip() and gap.count("\n") <= 1 else None


def _previous_direct(quote: Quote, attributions: list[Attribution]) -> Attribution | None:
    earlier = [a for a in attributions if a.quote is not None and a.quote.end <= quote.start]
    return max(earlier, key=lambda a: a.quote.end, default=None)  # type: ignore[union-attr]


def _starts_sentence(quote: Quote, ctx: _Context) -> bool:
    before = ctx.text[:quote.start].rstrip(" \t")
    return not before or before[-1] in ".!?:;\n" + ctx.marks


def _quote_is_name(quote: Quote, ctx: _Context) -> bool:
    """A short quotation of capitalised words with no verb ("“Moon,” like “Twilight,” is based
    on the book", "he told “Meet the Press”") names a title, a show or a nickname: nothing said."""
    span = ctx.doc.char_span(quote.inner[0], quote.inner[1], alignment_mode="contract")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct]
    if not words or len(words) > ctx.lex.quoted_phrase_words:
        return False
    return any(t.pos_ == "PROPN" for t in words) and all(
        t.text[:1].isupper() or t.pos_ in ("DET", "ADP", "CCONJ") and t.i > words[0].i for t in words) \
        and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _quote_is_question(quote: Quote, ctx: _Context) -> bool:
    """A quotation that only asks. One that first states something and ends in a question
    ("We have said for years that priests should follow strict rules, so why should the
    bishops be exempt?", "... the prime minister, the president. What are their positions
    going to be?") says what it states: a claim."""
    inner = ctx.text[quote.inner[0]:quote.inner[1]].rstrip(" ,")
    if not inner.endswith("?"):
        return False
    before = re.split(r"[.!?:;]\s|,\s+(?:so|but|and)\s", inner[:-1])
    return len(before) < 2 or len(" ".join(before[:-1]).split()) < ctx.lex.stated_before_question


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _quote_type(span: tuple[int, int], ctx: _Context) -> str:
    if ctx.quote_around(*span) is not None:
        return "direct"
    if ctx.quotes_overlapping(span):
        return "mixed"
    return "indirect"


def _sentence_span(att: Attribution, ctx: _Context) -> tuple[int, int]:
    start = min(att.content[0], att.cue.idx)
    end = max(att.content[1], att.cue.idx + len(att.cue.text))
    first, last = ctx.token_at(start), ctx.token_at(end - 1)
    s = ctx.sentences.start_chars[ctx.sentence_number(first)] if first is not None else start
    e = ctx.sentences.end_chars[ctx.sentence_number(last)] if last is not None else end
    return s, e


def _deduplicate(attributions: list[Attribution]) -> list[Attribution]:
    """One claim per cue and per content; a claim nested in another's content with a
    cue of its own ("X said Y denied Z") stays."""
    kept: list[Attribution] = []
    kept_starts: list[int] = []  # in order: attributions are kept by start
    own_cues: dict[int, Attribution] = {}  # cues of kept claims that inherit from none
    for att in sorted(attributions, key=lambda a: (a.content[0], -a.content[1])):
        start, length = att.content[0], att.content[1] - att.content[0]
        if att.inherited_from is None and att.cue.i in own_cues \
                and not _quote_resumed_after_tag(own_cues[att.cue.i], att):
            continue
        # a kept span sharing over 80% with this one starts less than a quarter of this
        # one's length before it (and not after): only those are compared, not all kept
        near = kept[bisect_left(kept_starts, start - length):]
        if any(_overlap_share(k.content, att.content) > 0.8 for k in near):
            continue
        kept.append(att)
        kept_starts.append(start)
        if att.inherited_from is None:
            own_cues.setdefault(att.cue.i, att)
    return kept


def _quote_resumed_after_tag(first: Attribution, att: Attribution) -> bool:
    """"“A,” Sastre added, “and B.”": the quote the tag interrupts goes on after it; what
    follows the tag is said apart from what came before it (a claim of its own)."""
    return att.quote is not None and first.quote is not None and first.content[1] <= att.cue.idx < att.content[0]


def _restates_outer(att: Attribution, speaker: Speaker, claims: list[ClaimReading], ctx: _Context) -> bool:
    """"Bro told reporters she considered the deal acceptable": a cue inside a claim's
    content whose pronoun subject is that claim's speaker only says how the speaker
    said it; the outer claim holds it."""
    if att.speaker is None or att.inherited_from is not None or not _is_pronoun(att.speaker) or att.cue.tag_ == "VBG" \
            or att.speaker.head.i != att.cue.i \
            or att.speaker.lower_ not in ctx.lex.person_pronouns | ctx.lex.group_pronouns:
        return False
    start, end = att.content
    head = att.cue.head
    for reading in reversed(claims):
        outer = reading.claim
        if outer.content_span[0] <= att.cue.idx and end <= outer.content_span[1]:
            if outer.speaker == speaker.name:
                return True
            # "Police said they believe ...": the pronoun subject of the very complement of
            # the outer cue is the outer speaker, whatever the pronoun was resolved to
            sentence = outer.sentence_span or (0, 0)
            if att.cue.dep_ == "ccomp" and head.i != att.cue.i and outer.cue.split()[0] == head.text \
                    and sentence[0] <= head.idx < sentence[1] and not outer.content_span[0] <= head.idx < outer.content_span[1]:
                return True
    return False


def _relative_cue(cue: Token) -> bool:
    """A cue whose object is a free relative inside a noun phrase: "the release of
    prisoners and what it called resistance workers", "what Beijing considers sanctions".
    ("which he said would ..." is left alone: the corpus gold counts it as a claim of its own.)"""
    return any(c.tag_ == "WP" and c.lower_ == "what" and c.dep_ == "dobj" for c in cue.children)


def _overlap_share(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared length over the longer span's length: near 1 only for near-identical spans."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    longer = max(a[1] - a[0], b[1] - b[0])
    return inter / longer if longer > 0 and inter > 0 else 0.0


def _cut_trailing_sources(attributions: list[Attribution], ctx: _Context) -> None:
    """"X indicate A, with recent reports suggesting B": B's source and cue close A's
    content but belong to B's claim, not to A's."""
    # Each outer claim looks only at the inner ones whose content ends where its own does
    # (within one character), by an index of content ends kept up to date as claims are
    # cut, in the order of the list as before: comparing every pair made reading
    # quadratic in an article's length.
    sources: dict[int, int] = {}  # position -> where the inner claim's source and cue begin
    for n, inner in enumerate(attributions):
        if inner.speaker is None or inner.quote is not None or ctx.in_quote(inner.speaker):
            continue  # a "speaker" inside a quotation is the parser's misreading, no source
        if inner.cue.dep_ == "conj" and inner.speaker.head.i != inner.cue.i:
            continue  # "... that he had met X and vowed Y": a subject shared by coordination
        if _relative_cue(inner.cue):
            continue  # "... and what it called resistance workers": inside a noun phrase of the content
        if _is_pronoun(inner.speaker) and inner.cue.dep_ in ("ccomp", "advcl") and inner.speaker.head.i == inner.cue.i:
            # "Police said on Monday they believe ...": the complement itself, not a source
            # after it; so is a reason clause ("... reluctant to return because they believe ...")
            continue
        lead = inner.speaker.left_edge
        if lead.i > 0 and ctx.doc[lead.i - 1].dep_ == "prep":
            lead = ctx.doc[lead.i - 1]  # "with recent reports suggesting ..."
        sources[n] = min(lead.idx, inner.cue.idx)
    by_end: dict[int, list[int]] = {}
    for n in sources:
        by_end.setdefault(attributions[n].content[1], []).append(n)
    for o, outer in enumerate(attributions):
        first_end = outer.content[1]
        after = -1  # inner claims are tried in list order; after a cut, the rest against the new end
        while True:
            begin, end = outer.content
            found = min((n for e in (end - 1, end, end + 1) for n in by_end.get(e, ())
                         if n > after and n != o and begin < sources[n] < end), default=None)
            if found is None:
                break
            after = found
            cut = _trim_marks(ctx.text, begin, sources[found], ctx.marks)
            if cut is not None:
                outer.content = cut
        if o in sources and outer.content[1] != first_end:
            by_end[first_end].remove(o)
            insort(by_end.setdefault(outer.content[1], []), o)


def read_claims(doc: Doc, entities: EntityTable) -> list[ClaimReading]:
    """The claims of ``doc``, each with how its cue was read (negated, passive, denial)."""
    ctx = _Context(doc, entities)
    attributions = _parse_attributions(ctx)
    _attach_quotes(attributions, ctx)
    attributions += _quote_attributions(attributions, ctx)
    attributions = _deduplicate(attributions)
    _cut_trailing_sources(attributions, ctx)
    attributions.sort(key=lambda a: min(a.content[0], a.cue.idx))
    resolver = _Resolver(ctx)
    claims: list[ClaimReading] = []
    resolved: dict[int, tuple[Speaker, Entity | None]] = {}
    for att in attributions:
        source = att.inherited_from
        found = resolved.get(id(source)) if source is not None else None
        if found is None and att.speaker is not None:
            found = resolver.resolve(att.speaker)
        if found is None and att.unnamed is not None:
            found = Speaker(att.unnamed, "anonymous"), None
        if found is None:
            continue
        speaker, ent = found
        if _restates_outer(att, speaker, claims, ctx):
            continue
        resolved[id(att)] = found
        resolver.remember(att.cue.idx, speaker, ent, att.speaker if source is None else None, att.content[1])
        start, end = att.content
        claim = Claim(
            id=f"c{len(claims) + 1}", speaker=speaker.name, speaker_type=speaker.type,  # type: ignore[arg-type]
            speaker_affiliation=speaker.affiliation, cue=att.cue_text,
            quote_type=_quote_type(att.content, ctx),  # type: ignore[arg-type]
            content=ctx.text[start:end], content_span=(start, end),
            certainty=_certainty(att.level, att.content, ctx, att.cue.i),  # type: ignore[arg-type]
            sentence_span=_sentence_span(att, ctx),
        )
        claims.append(ClaimReading(claim, negated=att.negated, passive=att.passive,
                                   denial=att.cue.lemma_.lower() in ctx.lex.denial))
    return claims
