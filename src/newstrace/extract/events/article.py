"""What every event stage needs to know about the article: entities, claims, quotes,
dates, all read from what the stages before events wrote on the Doc."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from newstrace.extract.countries import country_named, country_of_demonym
from newstrace.extract.doc import CLAIMS, DATES, QUOTES, ClaimReading, item_of, span_group
from newstrace.extract.entities import EntityTable
from newstrace.nlp import doc_text
from newstrace.record import Entity


@dataclass
class ArticleView:
    doc: Doc
    table: EntityTable = field(init=False)
    claims: list[ClaimReading] = field(init=False)
    published: str | None = field(init=False)
    _mentions: list[tuple[int, int, Entity]] = field(init=False)

    def __post_init__(self) -> None:
        self.table = self.doc._.entities
        self.claims = [item_of(span, CLAIMS) for span in span_group(self.doc, CLAIMS)]
        self.published = self.doc._.published
        self._mentions = sorted((s, e, ent) for ent in self.table.entities for s, e in ent.mentions)

    @cached_property
    def text(self) -> str:
        return doc_text(self.doc)

    @cached_property
    def time_expressions(self) -> list[Span]:
        """The dates stage's DATE and TIME spans (``span._.date`` resolves each)."""
        return span_group(self.doc, DATES)

    def entity_at(self, token: Token) -> Entity | None:
        return self.table.at(token.idx, token.idx + len(token.text))

    def entities_before(self, char: int) -> list[tuple[int, int, Entity]]:
        """Entity mentions ending before ``char``, nearest last."""
        i = bisect.bisect_left(self._mentions, (char, -1))
        return [m for m in self._mentions[:i] if m[1] <= char]

    def countries_before(self, char: int, parties_only: bool = False) -> list[str]:
        """Countries named, or described by a demonym, before ``char``: nearest first, distinct.
        ``parties_only`` passes over a country named as a place ("for use in Ukraine")."""
        out: list[str] = []
        for token in reversed(self.doc[: self._token_at(char)]):
            if parties_only and _as_place(token):
                continue
            ent = self.entity_at(token)
            name = None
            if ent is not None:
                name = ent.name if ent.type == "GPE" and country_named(ent.name) else None
            elif token.ent_type_ == "NORP":
                country = country_of_demonym(token.text)
                name = country.name if country else None
            if name and name not in out:
                out.append(name)
            if len(out) >= 3:
                break
        return out

    def _token_at(self, char: int) -> int:
        return bisect.bisect_left(self._token_starts, char)

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.idx for t in self.doc]

    def claim_at(self, char: int) -> ClaimReading | None:
        for reading in self.claims:
            start, end = reading.claim.content_span
            if start <= char < end:
                return reading
        return None

    @cached_property
    def _quote_regions(self) -> list[tuple[int, int]]:
        """Character ranges of the quotes stage's quotations."""
        return [(q.start, q.end) for q in (span._.quote for span in span_group(self.doc, QUOTES))]

    def quoted(self, char: int) -> bool:
        return any(s < char < e for s, e in self._quote_regions)


_PLACE_PREPS = {"in", "at", "near", "inside", "across", "throughout", "into"}


def _as_place(token: Token) -> bool:
    """The head of an "in X" phrase, or a word of its name: a place, not a party."""
    t = token
    while t.dep_ in ("compound", "amod", "det") and t.head != t:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS
