"""The bottom of the claims package: what every step shares.

The dependency labels and limits the steps read, the attribution types (:class:`Content`,
:class:`Attribution`), one document's lookups (:class:`_Context`: tokens, quotes, parse
arrays, entities) and the helpers that cut a content span to its words and marks. No
step of the fallback order lives here; every one (:mod:`newstrace.extract.claims`)
builds on it. Imports nothing from the package.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from collections.abc import Iterator
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from newstrace.extract import coref
from newstrace.extract.cues import lexicon
from newstrace.extract.doc import QUOTES, span_group
from newstrace.extract.parsearrays import parse_arrays, sentences
from newstrace.extract.quotes import QUOTE_MARKS, SINGLE_MARKS, Quote, find_quotes, quote_marks
from newstrace.nlp import doc_text
from newstrace.extract.entities import EntityTable
from newstrace.record import Entity


SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# The kinds of entity that can speak: a person, an organisation, or a state by its place's name.
SPEAKER_TYPES = ("PERSON", "ORG", "GPE")
# Clauses and modifiers about something other than the claim itself: hedges there do
# not make the source less sure ("if the enemy's possible counteractions ...").
OUT_OF_SCOPE_DEPS = frozenset({"relcl", "acl", "advcl", "amod", "nmod", "compound", "poss", "appos",
                               "npadvmod", "parataxis", "prep"})
# A participle or clause can take the speaker of the verb it hangs off.
INHERITING_DEPS = ("advcl", "conj", "xcomp", "acl", "ccomp")
SENTENCE_END = ".!?;"
MAX_TAG_TOKENS = 16
MAX_CONNECTIVE_WORDS = 3


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
            self._names = {form: ent for ent in self.table.entities if ent.type in SPEAKER_TYPES
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


def _quote_content(quote: Quote, ctx: _Context) -> tuple[int, int]:
    """The words inside the marks, without the comma or stop that ends the quote."""
    return _trim_marks(ctx.text, *quote.inner, ctx.marks) or quote.inner


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


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
