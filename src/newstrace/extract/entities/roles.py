"""Step 4 of the fallback order: people's roles from the parse (titles before a name,
titles in apposition, affiliations) and the country of each entity.
"""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from newstrace.data import load_toml
from newstrace.extract.names import is_acronym, title_words
from newstrace.extract.countries import country_named, country_of, country_of_demonym
from newstrace.extract.gazetteer import country_of_place, within
from newstrace.record import Entity, Role
from newstrace.extract.entities.context import ENTITY_LABELS, EntityTable, PLACE_LABELS
from newstrace.extract.entities.lists import _lists, organization_named, us_state_named


def _add_roles(doc: Doc, text: str, table: EntityTable) -> None:
    for ent in table.entities:
        if ent.type == "PERSON":
            roles: list[Role] = []
            for start, end in ent.mentions:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is None:
                    continue
                for role in _roles_of(span, table):
                    if role not in roles and role.of != ent.name:
                        roles.append(role)
            ent.roles = _fold_roles(roles)
        elif ent.type in ("ORG", "FAC") and ent.country is None:
            ent.country = _country_of_org(doc, ent, table)
        elif ent.type in PLACE_LABELS and ent.country is None:
            ent.country = _country_of_place(doc, text, ent)
    for ent in table.entities:
        if ent.type == "PERSON" and ent.country is None:
            ent.country = _country_of_person(ent, table)


def _fold_roles(roles: list[Role]) -> list[Role]:
    """Drop a role whose title is contained in a fuller one with the same or no `of`."""
    kept = []
    for r in roles:
        if any(o is not r and r.title.lower() in o.title.lower() and (r.of in (None, o.of)) and (o.title != r.title or (r.of is None and o.of))
               for o in roles):
            continue
        kept.append(r)
    return kept


def _roles_of(name: Span, table: EntityTable) -> list[Role]:
    roles = []
    root = name.root
    # 1. title words before the name in the same noun phrase
    pre = [t for t in root.lefts if t.i < name.start and t.dep_ in ("compound", "amod", "nmod", "poss", "nn")]
    if pre:
        role = _title_phrase(pre, name, table)
        if role:
            roles.append(role)
    # 2. apposition: "TITLE, NAME" or "NAME, TITLE of ORG"
    heads = []
    if root.dep_ == "appos":
        heads.append(root.head)
    heads.extend(c for c in root.children if c.dep_ == "appos")
    for head in heads:
        if head.i in range(name.start, name.end):
            continue
        role = _appositive_role(head, table)
        if role:
            roles.append(role)
    # 3. affiliation: "NAME from/of/at ORG"
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "at", "with"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    org = table.at(obj.idx, obj.idx + len(obj.text))
                    if org is not None and org.type == "ORG":
                        roles.append(Role(title=_affiliation_title(org.name), of=org.name))
    # 4. one of a group: "Russian officials, including Deputy Foreign Minister NAME"
    group_country = _country_of_group(root)
    if group_country:
        roles = [Role(title=r.title, of=group_country) if r.of is None else r for r in roles]
    return roles


def _country_of_group(member: Token) -> str | None:
    """The country of the group a name is listed in: "Russian officials, including X",
    "among them X" under "Iranian diplomats"."""
    if member.dep_ != "pobj" or member.head.lower_ not in ("including", "among"):
        return None
    group = member.head.head
    for t in group.lefts:
        if t.dep_ == "amod":
            country = country_of_demonym(t.text)
            if country:
                return country.name
    return None


def _title_phrase(tokens: list[Token], name: Span, table: EntityTable) -> Role | None:
    doc = name.doc
    start = min(t.left_edge.i for t in tokens)
    return _role_from_tokens([t for t in doc[start:name.start] if not t.is_punct], table)


def _role_from_tokens(words: list[Token], table: EntityTable, *, owner: Entity | None = None) -> Role | None:
    """A role from the words of a title phrase: organisations and countries in it give
    `of` ("Russia's ... Secretary"), unless another owner is named, in which case an
    organisation is part of the title ("Security Council Secretary")."""
    of: str | None = None
    title_tokens: list[Token] = []
    org_tokens: list[Token] = []
    org_name: str | None = None
    for t in words:
        ent = table.at(t.idx, t.idx + len(t.text))
        if ent is not None and ent is not owner and ent.type == "ORG":
            org_tokens.append(t)
            org_name = org_name or ent.name
        elif ent is not None and ent is not owner:
            of = of or ent.name
        elif country_of_demonym(t.text) and not title_tokens:
            of = of or country_of_demonym(t.text).name  # type: ignore[union-attr]
        elif t.tag_ in ("POS", "DT", "PRP$") or t.lower_ in ("'s", "’s") or t.is_punct:
            continue
        elif ent is None:
            title_tokens.append(t)
    if not title_tokens or not any(t.lower_ in title_words() for t in title_tokens):
        return None
    # an organisation named inside a title is part of it ("Security Council Secretary",
    # "Defence Minister"), unless it is an owner in its own right ("U.N. envoy", and a
    # one-word name, no body's word, before a lower-case job: "Scientology attorney")
    owner_like = org_name is not None and (organization_named(org_name) or is_acronym(org_tokens[0].text)
                                           or _employer_name(org_tokens))
    if org_tokens and not owner_like and org_tokens[-1].i < title_tokens[-1].i:
        title_tokens = sorted(org_tokens + title_tokens, key=lambda t: t.i)
    elif org_name and of is None:
        of = org_name
    return Role(title=" ".join(t.text for t in title_tokens), of=of)


def _employer_name(org_tokens: list[Token]) -> bool:
    """One word naming an organisation that is not a body's word ("Senate", "Police",
    "Cabinet"), right before a job written in lower case: a company's, a church's or an
    outlet's own name, its employee's job ("Iberdrola spokesman", "Baidu chief"). A
    capitalised title goes on with the name ("Supreme Leader"), and a name cut before
    "of" is no whole name ("House of Representatives Speaker")."""
    if len(org_tokens) != 1:
        return False
    token = org_tokens[0]
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    if after is None or not after.is_lower or after.pos_ in ("ADP", "CCONJ", "DET"):
        return False
    lists, word = _lists(), token.lower_
    return not any(word in lists[kind] for kind in ("organization_last_words", "institution_words", "organization_heads"))


def _appositive_role(head: Token, table: EntityTable) -> Role | None:
    if head.ent_type_ in ENTITY_LABELS or head.pos_ == "PROPN" and head.lower_ not in title_words():
        return None
    # the title's own words: the head and the names and title words right before it
    words = [head]
    for t in reversed(list(head.lefts)):
        if t.dep_ in ("compound", "poss", "nmod") or (t.dep_ == "amod" and (t.is_title or t.lower_ in title_words())):
            words = list(t.subtree) + words
        elif t.dep_ not in ("det", "punct", "case"):
            break
    role = _role_from_tokens(sorted(set(words), key=lambda t: t.i), table)
    if role is None or role.of is not None:
        return role
    # "spokesman for the Secretary-General", "envoy to Syria", "head of the agency"
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "at", "to", "from"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    ent = table.at(obj.left_edge.idx, obj.idx + len(obj.text))
                    if ent is not None:
                        return Role(title=role.title, of=ent.name)
    return role


@cache
def _affiliation_rules() -> tuple[str, list[tuple[str, list[str]]]]:
    data = load_toml("affiliations.toml")
    return data["default"], [(g["title"], g["words"]) for g in data["title_by_org_word"]]


def _affiliation_title(org_name: str) -> str:
    default, rules = _affiliation_rules()
    lowered = f" {org_name.lower()} "
    for title, words in rules:
        if any(f" {w} " in lowered or lowered.strip().endswith(w) for w in words):
            return title
    return default


def _country_of_org(doc: Doc, ent: Entity, table: EntityTable) -> str | None:
    # the first word(s) of the name: "Saudi Press Agency", "Syrian Democratic Forces"
    words = ent.name.split()
    for n in (2, 1):
        country = country_of(" ".join(words[:n])) if len(words) > n else None
        if country:
            return country.alpha3
    # a possessor: "Russia's Security Council"
    for start, end in ent.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        for t in span.root.lefts:
            if t.dep_ == "poss":
                owner = table.at(t.idx, t.idx + len(t.text))
                if owner is not None and owner.country:
                    return owner.country
    return None


def _country_of_place(doc: Doc, text: str, ent: Entity) -> str | None:
    """A town's country from "Kharbota, Syria", "Pinevale, Ga." or "the Somali city of Baidoa";
    a US state's ("Ga.", ``state_abbreviations``) the US."""
    if any(us_state_named(f) for f in (ent.name, *ent.aliases)):
        return _us()
    for start, end in ent.mentions:
        after = re.match(r",\s*((?:[A-Z][\w.'’-]*\s?){1,4})", text[end:end + 40])
        # not in a list of places ("Connecticut, Florida, Georgia, Kansas"): the next name is
        # the list's next item, not the country the place lies in
        if after and not re.match(r"\s*(?:,\s*[A-Z]|and\s)", text[end + after.end():end + after.end() + 8]):
            words = after.group(1).split()
            for n in range(len(words), 0, -1):
                if us_state_named(" ".join(words[:n])):  # "Ga." is no Georgia (the country)
                    return _us()
                country = country_named(" ".join(words[:n]))
                if country:
                    return country.alpha3
                # "Kamloops, British Columbia": a region the place lies in, read before its
                # first word alone (a demonym: "British")
                if within(ent.name, " ".join(words[:n])):
                    region = country_of_place(" ".join(words[:n]))
                    if region:
                        return region.alpha3
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ == "of":
            noun = span.root.head.head
            if noun.lemma_.lower() in _lists()["place_nouns"]:
                for t in noun.lefts:
                    country = country_of(t.text)
                    if country:
                        return country.alpha3
    return None


@cache
def _us() -> str | None:
    """The country of the states of ``state_abbreviations``."""
    us = country_named("United States")
    return us.alpha3 if us else None


def _country_in_title(title: str) -> str | None:
    """A country or demonym among a title's capitalised words ("Former French ambassador",
    "South Korean envoy", "U.S. ambassador")."""
    words = title.split()
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            part = " ".join(words[i:i + n])
            if part[:1].isupper():
                country = country_of(part)
                if country:
                    return country.alpha3
    return None


def _country_of_person(ent: Entity, table: EntityTable) -> str | None:
    for role in ent.roles:
        # "Former French ambassador" to Ivory Coast: the title's own nationality word
        # says whose office it is, before the place the office serves
        own = _country_in_title(role.title)
        if own:
            return own
        if role.of:
            owner = table.named(role.of)
            if owner is not None and owner.country:
                return owner.country
            country = country_named(role.of)
            if country:
                return country.alpha3
    return None
