"""Entities: one per real-world person, organisation or place, with every mention.

Fallback order for deciding what a mention is and which entity it joins:

1. spaCy's NER proposes mentions (PERSON, ORG, GPE, LOC, FAC); a leading "the" and a
   trailing possessive are trimmed so offsets cover the name only.
2. The country gazetteer overrides the label: any form of a country name is the GPE of
   that country, under its common short name ("the U.S." -> United States).
3. Mentions join an existing entity, first match wins:
   a. same normalised surface form (any type; the type is then decided by vote);
   b. an acronym defined in the text, "Korean Central News Agency (KCNA)", or whose
      letters are the initials of an organisation's name;
   c. for people, a name whose words are a subset of a fuller name, the nearest
      preceding such name first ("Kim" -> Kim Jong Un, "Assad" -> Bashar al-Assad);
   d. for organisations, a shorter name that is the tail or head of a longer one
      ("Aramco" -> Saudi Aramco).
4. Roles come from the parse: titles before a name ("Deputy Foreign Minister Andrey
   Rudenko"), titles in apposition ("Russia's Security Council Secretary, Sergei
   Shoigu"), and affiliations ("Shin Seung-ki from the Korea Institute ...").
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from newstrace.data import load_toml, read_text
from newstrace.extract.countries import Country, country_named, country_of, country_of_demonym
from newstrace.record import Entity, Role

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
PLACE_LABELS = {"GPE", "LOC"}
# Labels spaCy's small model sometimes gives to places; taken only when the
# gazetteer knows the name.
RESCUED_LABELS = {"NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}
ACRONYM_SKIP_WORDS = {"of", "for", "the", "and", "on", "in", "de", "&"}
NAME_PARTICLES = ("al-", "el-", "bin-", "ibn-")
_APOS = str.maketrans({"’": "'", "‘": "'"})


@cache
def title_words() -> frozenset[str]:
    return frozenset(
        w.strip().lower() for w in read_text("titles.txt").splitlines() if w.strip() and not w.startswith("#")
    )


@dataclass
class Mention:
    start: int  # character offsets into doc.text
    end: int
    text: str
    label: str
    span: Span
    country: Country | None = None


@dataclass
class _Cluster:
    mentions: list[Mention] = field(default_factory=list)
    country: Country | None = None
    acronyms: set[str] = field(default_factory=set)

    @property
    def label(self) -> str:
        if self.country:
            return "GPE"
        votes = Counter(m.label for m in self.mentions)
        return votes.most_common(1)[0][0]

    @property
    def name(self) -> str:
        if self.country:
            return self.country.name
        forms = [m.text for m in self.mentions if m.text not in self.acronyms]
        forms = forms or [m.text for m in self.mentions]
        # the fullest form: most words, then most frequent, then first used
        counts = Counter(forms)
        return max(forms, key=lambda f: (len(f.split()), counts[f], -forms.index(f)))

    def forms(self) -> set[str]:
        return {m.text for m in self.mentions}


class EntityTable:
    """The entities of one article, with lookups from text positions to entities."""

    def __init__(self, entities: list[Entity]):
        self.entities = entities
        self._by_start: list[tuple[int, int, Entity]] = sorted(
            (s, e, ent) for ent in entities for s, e in ent.mentions
        )
        self._by_name = {ent.name: ent for ent in entities}

    def at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping ``[start, end)``, the widest overlap first."""
        best, best_overlap = None, 0
        for s, e, ent in self._by_start:
            if s >= end:
                break
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = ent, overlap
        return best

    def within(self, start: int, end: int) -> list[Entity]:
        """Entities with a mention inside ``[start, end)``, in order of first mention there."""
        seen: dict[str, Entity] = {}
        for s, e, ent in self._by_start:
            if s >= start and e <= end:
                seen.setdefault(ent.id, ent)
        return list(seen.values())

    def named(self, name: str) -> Entity | None:
        return self._by_name.get(name)

    def actor_of(self, span: Span | Token) -> str | None:
        """Canonical actor name for a phrase: an entity in it, else a country its words name or
        describe ("North Korean soldiers" -> North Korea), else None."""
        start = span.idx if isinstance(span, Token) else span.start_char
        end = start + len(span.text) if isinstance(span, Token) else span.end_char
        ent = self.at(start, end)
        if ent is not None:
            return ent.name
        tokens = [span] if isinstance(span, Token) else list(span)
        for i in range(len(tokens)):
            for j in (2, 1):
                words = " ".join(t.text for t in tokens[i:i + j])
                country = country_of(words) if j == 1 or len(tokens[i:i + j]) == 2 else None
                if country:
                    return country.name
        return None


def extract_entities(doc: Doc) -> EntityTable:
    mentions = _mentions(doc)
    clusters = _cluster(mentions, doc.text)
    entities = _entities(clusters)
    table = EntityTable(entities)
    _add_roles(doc, table)
    return table


# -- mentions -----------------------------------------------------------------


def _mentions(doc: Doc) -> list[Mention]:
    out = []
    for ent in doc.ents:
        span = _trim(ent)
        if span is None:
            continue
        text = span.text
        country = country_named(text)
        label = ent.label_
        if country:
            label = "GPE"
        elif label not in ENTITY_LABELS:
            continue
        out.append(Mention(span.start_char, span.end_char, text, label, span, country))
    return out


def _trim(ent: Span) -> Span | None:
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].text in ("'s", "’s")):
        end -= 1
    if start >= end:
        return None
    span = doc[start:end]
    # "North Korea’s" tokenised as one token keeps its possessive: cut it off by characters
    m = re.search(r"['’]s?$", span.text)
    if m and len(span) == 1:
        return doc.char_span(span.start_char, span.start_char + m.start(), alignment_mode="contract") or span
    return span


# -- clustering ---------------------------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"[^\w\s-]", "", text.translate(_APOS).casefold()).strip()


def _name_words(text: str) -> list[str]:
    words = []
    for w in re.split(r"[\s]+", _norm(text)):
        for prefix in NAME_PARTICLES:
            if w.startswith(prefix) and len(w) > len(prefix):
                w = w[len(prefix):]
        words.extend(p for p in w.split("-") if p)
    return words


def _initials(text: str) -> str:
    words = [w for w in re.split(r"[\s-]+", text) if w and w.lower() not in ACRONYM_SKIP_WORDS]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def _defined_acronyms(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Acronyms defined in parentheses after a name: {"KCNA": "Korean Central News Agency"}."""
    out = {}
    for m in mentions:
        follow = re.match(r"\s*\(\s*([A-Z][A-Za-z.&-]{1,9})\s*\)", text[m.end:m.end + 16])
        if follow and _is_acronym(follow.group(1)):
            out[follow.group(1)] = m.text
    return out


def _cluster(mentions: list[Mention], text: str) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    by_form: dict[str, _Cluster] = {}
    defined = _defined_acronyms(text, mentions)
    # acronyms defined in the text but not recognised by NER are still mentions
    known = {(m.start, m.end) for m in mentions}
    for acronym, expansion in defined.items():
        for hit in re.finditer(rf"\b{re.escape(acronym)}\b", text):
            if not any(s <= hit.start() < e for s, e in known):
                source = next(m for m in mentions if m.text == expansion)
                mentions.append(Mention(hit.start(), hit.end(), acronym, source.label, source.span))
    mentions.sort(key=lambda m: m.start)

    for m in mentions:
        key = m.country.alpha3 if m.country else _norm(m.text)
        cluster = by_form.get(key) or _join(m, clusters, defined)
        if cluster is None:
            cluster = _Cluster(country=m.country)
            clusters.append(cluster)
        cluster.mentions.append(m)
        if _is_acronym(m.text):
            cluster.acronyms.add(m.text)
        by_form[key] = cluster
    return clusters


def _join(m: Mention, clusters: list[_Cluster], defined: dict[str, str]) -> _Cluster | None:
    if m.country:
        return None
    if m.text in defined:
        target = _norm(defined[m.text])
        for c in clusters:
            if any(_norm(f) == target for f in c.forms()):
                return c
    if m.label == "ORG" and _is_acronym(m.text):
        letters = m.text.replace(".", "")
        for c in reversed(clusters):
            if c.label == "ORG" and any(_initials(f) == letters for f in c.forms()):
                return c
    if m.label == "PERSON":
        words = _name_words(m.text)
        for c in reversed(clusters):
            if c.label != "PERSON" or not words:
                continue
            for f in c.forms():
                other = _name_words(f)
                if set(words) <= set(other) or set(other) <= set(words):
                    return c
    if m.label == "ORG":
        words = _name_words(m.text)
        for c in reversed(clusters):
            if c.label != "ORG":
                continue
            for f in c.forms():
                other = _name_words(f)
                if len(other) != len(words) and other and words and (
                    other[-len(words):] == words or words[-len(other):] == other
                    or (len(words) == 1 and other[0] == words[0]) or (len(other) == 1 and words[0] == other[0])
                ):
                    return c
    return None


def _entities(clusters: list[_Cluster]) -> list[Entity]:
    entities = []
    for i, c in enumerate(clusters, 1):
        name = c.name
        aliases = sorted({f for f in c.forms() if f != name}, key=lambda f: (-len(f), f))
        entities.append(Entity(
            id=f"e{i}", name=name, type=c.label, aliases=aliases,  # type: ignore[arg-type]
            mentions=sorted({(m.start, m.end) for m in c.mentions}),
            country=c.country.alpha3 if c.country else None,
        ))
    return entities


# -- roles --------------------------------------------------------------------


def _add_roles(doc: Doc, table: EntityTable) -> None:
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
    return roles


def _title_phrase(tokens: list[Token], name: Span, table: EntityTable) -> Role | None:
    doc = name.doc
    start = min(t.left_edge.i for t in tokens)
    words = [t for t in doc[start:name.start] if not t.is_punct]
    of = None
    title_tokens = []
    for t in words:
        ent = table.at(t.idx, t.idx + len(t.text))
        if ent is not None and ent.type != "PERSON":
            of = of or ent.name
        elif country_of_demonym(t.text) and not title_tokens:
            of = of or country_of_demonym(t.text).name  # type: ignore[union-attr]
        elif t.tag_ in ("POS", "DT") or t.lower_ in ("'s", "’s"):
            continue
        else:
            title_tokens.append(t)
    if not title_tokens or not any(t.lower_ in title_words() for t in title_tokens):
        return None
    title = " ".join(t.text for t in title_tokens)
    return Role(title=title, of=of)


def _appositive_role(head: Token, table: EntityTable) -> Role | None:
    if head.ent_type_ in ENTITY_LABELS or head.pos_ == "PROPN" and head.lower_ not in title_words():
        return None
    phrase = [head] + [t for t in head.lefts if t.dep_ in ("compound", "amod", "nmod", "poss")]
    phrase_tokens = sorted({t2 for t in phrase for t2 in t.subtree} if len(phrase) > 1 else {head}, key=lambda t: t.i)
    phrase_tokens = [t for t in phrase_tokens if t.i <= head.i]
    of = None
    title_tokens = []
    for t in phrase_tokens:
        ent = table.at(t.idx, t.idx + len(t.text))
        if ent is not None and ent.type != "PERSON":
            of = of or ent.name
        elif t.tag_ in ("POS", "DT", "PRP$") or t.is_punct:
            continue
        else:
            title_tokens.append(t)
    if not any(t.lower_ in title_words() for t in title_tokens):
        return None
    # "spokesman for the Secretary-General", "envoy to Syria", "head of the agency"
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "at", "to", "from") and of is None:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    ent = table.at(obj.left_edge.idx, obj.idx + len(obj.text))
                    if ent is not None:
                        of = ent.name
    return Role(title=" ".join(t.text for t in title_tokens), of=of)


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


def _country_of_person(ent: Entity, table: EntityTable) -> str | None:
    for role in ent.roles:
        if role.of:
            owner = table.named(role.of)
            if owner is not None and owner.country:
                return owner.country
            country = country_named(role.of)
            if country:
                return country.alpha3
    return None
