"""The word lists of ``data/entities.toml`` and the gazetteer of known organisations: step 1
of the fallback order adds the mentions of known organisations NER missed; step 2 and the
joins of step 3 ask :func:`organization_named` for an organisation's canonical name.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from spacy.tokens import Doc, Span

from newstrace.data import load_toml, load_tsv
from newstrace.extract.names import name_key
from newstrace.extract.countries import country_named
from newstrace.extract.entities.context import Mention
from newstrace.extract.entities.occurrences import whole_word_pattern


@cache
def _lists() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_toml("entities.toml").items()}


def us_state_named(text: str) -> str | None:
    """The US state an abbreviation names ("Mo.", "NY": "Missouri", "New York";
    ``state_abbreviations``), or None."""
    return _state_abbreviations().get(" ".join(text.lower().split()))


@cache
def _state_abbreviations() -> dict[str, str]:
    return dict(load_toml("entities.toml")["state_abbreviations"])


@cache
def _organizations() -> dict[str, str]:
    """Every form of a well-known organisation -> its canonical name."""
    out = {}
    for row in load_tsv("organizations.tsv"):
        forms = [row[0]] + ([f.strip() for f in row[1].split(";") if f.strip()] if len(row) > 1 else [])
        for form in (spelt for f in forms for spelt in _spellings(f)):
            out[_gazetteer_key(form)] = row[0]
    return out


def _spellings(form: str) -> set[str]:
    """A name of the gazetteer as written and in the other spelling of "Organization" ("the
    Organisation for Security and Co-operation in Europe" of British copy)."""
    return {form, form.replace("Organization", "Organisation"), form.replace("Organisation", "Organization")}


@cache
def _organization_forms() -> tuple[str, ...]:
    """The capitalised forms of the well-known organisations, longest first, as written."""
    forms = {spelt for row in load_tsv("organizations.tsv")
             for f in [row[0], *(row[1].split(";") if len(row) > 1 else [])] for spelt in _spellings(f.strip())}
    return tuple(sorted((f for f in forms if len(f) >= 3 and (f[0].isupper() or f[0].isdigit())
                         and not f.lower().startswith("the ")),
                        key=len, reverse=True))


@cache
def _organization_pattern() -> re.Pattern[str]:
    """What :func:`whole_word_occurrences` finds of the well-known organisations' forms,
    as one pattern, compiled once (:func:`whole_word_pattern`)."""
    return whole_word_pattern(_organization_forms())


def _add_known_organizations(doc: Doc, text: str, mentions: list[Mention]) -> None:
    """Well-known organisations NER did not find or did not keep ("on Twitter" tagged a
    product, "Democrats" a nationality): every whole-word occurrence of a form of
    ``data/organizations.tsv``, as written, that no mention covers."""
    added = []
    for start, end in (m.span() for m in _organization_pattern().finditer(text)):
        span = doc.char_span(start, end)
        if span is None or (span[0].ent_iob_ == "I" and not _after_leading_article(span)) \
                or (span.end < len(doc) and doc[span.end].ent_iob_ == "I"):
            continue  # part of a longer name NER found ("Social Democratic Party")
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in inside):
            continue  # a longer mention holds it
        for m in inside:  # NER's part of the name ("Without Borders")
            mentions.remove(m)
        added.append(Mention(start, end, span.text, "ORG", span))
    mentions.extend(added)
    mentions.sort(key=lambda m: m.start)


def _after_leading_article(span: Span) -> bool:
    """Whether the NER name ``span`` starts inside began with the "the" right before it: the
    gazetteer's form is then the name NER cut short ("the Organization for Security and
    Cooperation" + "in Europe"), not a part of a longer one."""
    at = span.start - 1
    return at >= 0 and span.doc[at].ent_iob_ == "B" and span.doc[at].lower_ == "the"


def _gazetteer_key(text: str) -> str:
    return name_key(text)


def organization_named(text: str) -> str | None:
    return _organizations().get(_gazetteer_key(text))


@lru_cache(maxsize=8192)  # asked of every organisation's mention
def _organization_after_country(text: str) -> str | None:
    """"United States Democratic Party": a well-known organisation named after its
    country's name is that organisation (after a demonym it may be another: "British Red
    Cross", "Afghan Taliban")."""
    words = text.split()
    for n in (1, 2, 3):
        if len(words) > n and country_named(" ".join(words[:n])):
            return organization_named(" ".join(words[n:]))
    return None
