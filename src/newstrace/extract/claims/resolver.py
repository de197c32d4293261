"""Speaker resolution: a speaker token to the speaker a claim names.

After the fallback order in :mod:`newstrace.extract.claims` has found each attribution and
its speaker token, :class:`_Resolver` ties the token to an entity, first match wins: the
coreference stage's link (``COREF_RULES``), a named entity under the subject, a person in
apposition, a pronoun or a short form to an antecedent, a title to a delayed lead; else
the subject phrase itself as an unnamed source. :class:`Speaker` is what it returns.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from collections.abc import Callable

from spacy.tokens import Span, Token

from newstrace.extract import coref
from newstrace.extract.cues import outlet_key
from newstrace.extract.doc import coref_genders
from newstrace.extract.parsearrays import sentences
from newstrace.extract.countries import Country, country_named, country_of_demonym
from newstrace.record import Entity
from newstrace.extract.claims.context import SUBJECT_DEPS, _Context
from newstrace.extract.claims.speakers import (_below_one_of, _document_issuer, _first_conjunct, _is_pronoun,
                                               _name_read_as_word, _noun_speaker, _phrase_text, _phrase_tokens,
                                               _state_media_phrases, _subject)


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
        bound_subject = _bound_possessive(head, self.ctx)
        if bound_subject is not None:
            # "He cited his close relationship with Mr Mitchell to back up his claim": the
            # subject's own claim, not the last man named
            found = self.resolve(bound_subject)
            if found is not None:
                return found
        if word in lex.person_pronouns and head.dep_ in SUBJECT_DEPS:
            found = self._addressee_answers(head) or self._unnamed_subject(head) or self._same_speaker(head) \
                or self._continued_speaker(head) or self._unnamed_speaker(head) or self._resolve(head)
            if found is not None and found[1] is not None:
                self.last_pronoun = (ctx_sentence(self.ctx, head), word in coref.lists().male, found)
            return found
        if word in lex.group_pronouns and head.dep_ in SUBJECT_DEPS and "Plur" in head.morph.get("Number", []):
            subject = self._tag_content_subject(head)
            if subject is not None:
                # "Local officials closed the bridge, they said": the plural pronoun of a tag
                # after what was said takes up the people that clause is about, not an earlier speaker
                return self._resolve(subject)
            if self.last_plural is not None and 0 <= ctx_sentence(self.ctx, head) - self.last_plural[0] <= 1 \
                    and not any(self.ctx.parse.dep[i] in SUBJECT_DEPS and not self.ctx.in_quote(self.ctx.doc[i])
                                for i in range(self.last_plural[2] + 1, head.i)):
                # "Nine press freedom and rights groups this week called for ... “We urge ...,”
                # they said": a plural pronoun goes on with the unnamed group that spoke just
                # before, with no other subject between ("DHS officials did not respond, but they
                # have denied")
                return self.last_plural[1], None
        return self._resolve(head)

    def _tag_content_subject(self, pronoun: Token) -> Token | None:
        """The plural noun for people that is the subject of the clause a "they said" tag
        (``pronoun``, plural) follows in its sentence (outside quotes), or None."""
        ctx, verb = self.ctx, pronoun.head
        if ctx.in_quote(pronoun):
            return None
        people = coref.lists().human | ctx.lex.title_words
        for clause in verb.children:
            if clause.dep_ != "ccomp" or clause.right_edge.i >= pronoun.i or ctx.in_quote(clause):
                continue
            for subj in clause.children:
                if subj.dep_ == "nsubj" and subj.tag_ == "NNS" and subj.pos_ == "NOUN" \
                        and subj.lemma_.lower() in people and not ctx.in_quote(subj):
                    return subj
        return None

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
        named and no main clause with another subject after it, is that person; not one that
        only speaks inside what another said ("Mahnefah Gray told the Times that one of the
        witnesses told her ... She added": Gray)."""
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
            elif subject and parse.lower[i] == "one" and parse.dep[parse.head[i]] != "ccomp" and any(
                    parse.dep[c] == "prep" and parse.lower[c] == "of" and any(
                        parse.dep[o] == "pobj" and parse.tag[o] == "NNS" and parse.lemma[o] in human
                        for o in parse.children(c)) for c in parse.children(i)):
                found = i
            elif subject and parse.dep[parse.head[i]] == "ROOT":
                found = None  # a main clause with another subject since
        return (self._from_phrase(ctx.doc[found]), None) if found is not None else None

    def _addressee_answers(self, pronoun: Token) -> tuple[Speaker, Entity | None] | None:
        """"Lynch asked Coleman, “So which is it?” ... He admitted he was lying. ... he then
        answered, “I don't know.”": a person pronoun that replies (``[answers]``) is the person
        last asked a question by name, in its sentence or the two before, not the one who asked."""
        ctx = self.ctx
        if pronoun.head.lemma_.lower() not in ctx.lex.answer_verbs:
            return None
        start = _sentences_back(ctx, ctx.sentence_of(pronoun.i), 2)
        for tok in reversed(ctx.doc[start:pronoun.i]):
            if tok.lemma_.lower() not in ctx.lex.asking_verbs or tok.pos_ != "VERB" or ctx.in_quote(tok) \
                    or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
                continue
            asked = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if asked is None:
                continue  # "When asked again, he answered": the question is the one asked before
            ent = ctx.entity(asked)
            if ent is None or ent.type != "PERSON" or self._other_sex(ent, pronoun):
                return None
            return self._from_entity(ent, pronoun)
        return None

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
        outlet = self._outlet_that_spoke(head)
        if outlet is not None:
            return self._from_entity(outlet, head)
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
        ent = self._owners_part(head) or self._by_generation(head) or self._entity_under(head) \
            or _name_ending_phrase(head, self.ctx)
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
        body = _spokesperson_body(head, self.ctx) or _staff_body(head, self.ctx)
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
        short = self._short_form(head) or self._aged_subject_just_before(head)
        if short is not None:
            return self._from_entity(short, head)
        holder = self._role_named_near(head)
        if holder is not None:
            return self._from_entity(holder, head)
        lead = self._delayed_lead(head)
        if lead is not None:
            return self._from_entity(lead, head)
        return self._message_source(head) or (self._from_phrase(head), None)

    def _outlet_that_spoke(self, head: Token) -> Entity | None:
        """"the newspaper said", "the paper reported": the news organisation that spoke last
        before a bare definite description of a publication (``[outlet_descriptions]``): one
        the outlet lists know, or one that "reported" (a union that "said" is no newspaper)."""
        if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in self.ctx.lex.outlet_descriptions \
                or self.ctx.entity(head) is not None \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children) \
                or any(c.dep_ in ("compound", "appos", "nmod", "poss") for c in head.children):
            return None
        for offset, _, ent in reversed(self.recent):
            if offset >= head.idx or ent is None or ent.type == "PERSON":
                continue
            if self._introduced_as_outlet(ent):
                return ent
            if ent.type != "ORG":
                continue
            cue = self.ctx.token_at(offset)
            if self._org_type(ent) == "media" or cue is not None and self._org_type(ent) == "organization" \
                    and self.ctx.parse.lemma[cue] in self.ctx.lex.media_object_verbs:
                return ent
        return None

    def _introduced_as_outlet(self, ent: Entity) -> bool:
        """"Centre-left daily Eleftherotypia warned ...", "the newspaper Kathimerini said": a
        name written after a noun of publication names a publication, whatever type its name
        was given (a paper named like a place)."""
        ctx = self.ctx
        for start, _ in ent.mentions:
            i = ctx.token_at(start)
            if i is not None and i > 0 and ctx.doc[i - 1].lemma_.lower() in ctx.lex.outlet_descriptions:
                return True
        return False

    def _owners_part(self, head: Token) -> Entity | None:
        """"The U.N. Office for the Coordination of Humanitarian Affairs said A. The United
        Nations agency said B": "the X agency" is a body of X, the one of its kind that spoke
        just before with X in its name (X's name, an alias or X's initials), not X itself."""
        ctx = self.ctx
        lemma = head.lemma_.lower()
        label = next((lb for lb, words in ctx.lex.short_forms.items() if lemma in words), None)
        if label is None or head.pos_ != "NOUN" or ctx.entity(head) is not None \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        owner = next((e for e in (ctx.entity(c) for c in head.children if c.dep_ in ("compound", "amod", "nmod"))
                      if e is not None and e.type != "PERSON"), None)
        if owner is None:
            return None
        forms = {tuple(_squeezed(n).split()) for n in [owner.name, *owner.aliases]}
        initials = "".join(w[0] for w in owner.name.split() if w[:1].isupper()).lower()
        forms |= {(initials,)} if len(initials) >= 2 else set()
        window = ctx.doc[_sentences_back(ctx, ctx.sentence_of(head.i), 2)].idx
        for offset, _, ent in reversed(self.recent):
            if offset < window:
                break
            if offset < head.idx and ent is not None and ent.type == label and ent.id != owner.id:
                words = tuple(_squeezed(ent.name).split())
                if any(f and words[i:i + len(f)] == f for f in forms for i in range(len(words))):
                    return ent
                return None  # another body spoke last
        return None

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
        elif head.pos_ == "NOUN" and head.text.islower() and "media" in coref.lists().kind_words.get(lemma, ()):
            named = self._name_before_kind(head)
            if named is not None:  # "China Newsweek magazine profiled": a medium's noun after its name
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
                if child.dep_ == "prep" and child.lower_ == "in":
                    # "According to a report in the Los Angeles Times": a medium's report is its word
                    # ("a report in Congress" is no medium's)
                    inner = next((c for c in child.children if c.dep_ == "pobj"), None)
                    medium = self._entity_under(inner) if inner is not None else None
                    if medium is not None and medium.type == "ORG" and self._org_type(medium) in ("media", "state_media"):
                        return medium
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
            lemma = head.lemma_.lower()
            if lemma in coref.lists().generic or self._org_type(ent) in ("media", "state_media") \
                    or "media" in coref.lists().kind_words.get(lemma, ()):
                return ent  # (a medium's noun, "China Newsweek magazine": the name before is the medium's)
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
        return subject_hit or best or named or self._last_speaker_entity(pronoun, person=True) \
            or self._main_person_of_sex(pronoun)

    def _main_person_of_sex(self, pronoun: Token) -> Entity | None:
        """"Ms Page had been admitted to hospital ... “...,” her agent, Mark Roesler, said.
        ... “I don't want to be photographed in my old age,” she said in 1998": a "he" / "she"
        with no one of its sex in the sentences just before is the article's main person of
        that sex, when the text named that person clearly more often than anyone else of
        that sex or of unknown sex (an obituary's or profile's subject)."""
        ctx, sexes = self.ctx, coref.lists()
        sex = "m" if pronoun.lower_ in sexes.male else "f" if pronoun.lower_ in sexes.female else None
        if sex is None:
            return None
        words = sexes.male_words if sex == "m" else sexes.female_words
        window = _sentences_back(ctx, ctx.sentence_of(pronoun.i), 3)
        if any(t.pos_ == "NOUN" and t.lemma_.lower() in words and not ctx.in_quote(t)
               for t in ctx.doc[window:pronoun.i]):
            return None  # "after one of their daughters escaped ... She ... said": someone unnamed of her sex
        genders = coref_genders(ctx.doc)
        counts = sorted(((sum(1 for m in ent.mentions if m[0] < pronoun.idx), ent) for ent in ctx.table.entities
                         if ent.type == "PERSON" and genders.get(ent.id) in (sex, None)), key=lambda x: -x[0])
        if not counts or genders.get(counts[0][1].id) != sex or counts[0][0] < ctx.lex.main_person_mentions:
            return None
        if len(counts) > 1 and counts[0][0] < ctx.lex.main_person_lead * counts[1][0]:
            return None
        return counts[0][1]

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
            if ent is not None and ent.type == "PERSON" and ent is not previous[2] and not ctx.in_quote(tok) \
                    and not self._other_sex(ent, pronoun):
                # (a woman named in what he said is no one a "he" can take up: "The prosecutor
                # said Ms. Reyes was stabbed. ... , he said")
                return None
        return previous[2]

    def _antecedent_group(self, pronoun: Token) -> tuple[Speaker, Entity | None] | None:
        ctx = self.ctx
        window_start = ctx.doc[_sentences_back(ctx, ctx.sentence_of(pronoun.i), 2)].idx
        people = self._coordinated_people(pronoun)
        for (offset, speaker, ent), end in zip(reversed(self.recent), reversed(self.recent_ends)):
            # (a long quotation may lie between: "The Department said: “...” They also said ...")
            if window_start <= end and offset < pronoun.idx and (ent is None or ent.type != "PERSON"):
                if people is not None and people[0].idx > offset:
                    break  # named since that body spoke: "Experts said ... X and Y agreed. They said"
                return speaker, ent
        if people is not None:
            return self._from_entity(people[1], people[0])
        subject = self._group_subject(pronoun)
        if subject is not None:
            named = self._introduced_group(subject)
            return (self._from_entity(named, subject) if named is not None else None) or (self._from_phrase(subject), None)
        for tok in reversed(ctx.doc[_sentences_back(ctx, ctx.sentence_of(pronoun.i), 1):pronoun.i]):
            ent = ctx.entity(tok)
            if ent is not None and ent.type in ("ORG", "GPE"):
                return self._from_entity(ent, tok)
        return None

    def _coordinated_people(self, pronoun: Token) -> tuple[Token, Entity] | None:
        """"In a statement, the commerce secretary, Gary Locke, and the interior secretary, Ken
        Salazar, agreed. ... they said": "they" takes up people whose names were coordinated as
        the subject of a main clause in its sentence or the one before; the first speaks (the
        gold lists each as acceptable)."""
        ctx = self.ctx
        if not _main_clause(pronoun.head):
            return None
        for tok in reversed(ctx.doc[_sentences_back(ctx, ctx.sentence_of(pronoun.i), 1):pronoun.i]):
            if tok.dep_ != "nsubj" or not _main_clause(tok.head) or ctx.in_quote(tok):
                continue
            first = ctx.entity(tok)
            if first is None or first.type != "PERSON":
                first = next((ent for t in tok.subtree if t.dep_ == "appos" and (ent := ctx.entity(t)) is not None
                              and ent.type == "PERSON"), None)
            others = [ent for t in tok.subtree if t.dep_ == "conj" and t.head.i in {a.i for a in tok.subtree}
                      and (ent := ctx.entity(t) or next((ctx.entity(a) for a in t.subtree if a.dep_ == "appos"
                                                          and ctx.entity(a) is not None), None)) is not None
                      and ent.type == "PERSON"]
            if first is not None and others and all(o is not first for o in others):
                return tok, first
            return None  # the nearest main-clause subject only
        return None

    def _group_subject(self, pronoun: Token) -> Token | None:
        """"Two officers were jailed on Thursday. They said ...": with no body that spoke just
        before, "they" takes up the nearest plural subject naming people, in its own sentence
        or the one before (a sentence's subject is what a later pronoun means first, before a
        place or a body named inside it: not "Paris" of "were jailed in Paris")."""
        ctx = self.ctx
        if not _main_clause(pronoun.head):
            return None  # "she says they are reluctant because they believe ...": not a source of its own
        human = coref.lists().human | ctx.lex.title_words
        for tok in reversed(ctx.doc[_sentences_back(ctx, ctx.sentence_of(pronoun.i), 1):pronoun.i]):
            if tok.dep_ not in ("nsubj", "nsubjpass") or not _main_clause(tok.head) or ctx.in_quote(tok):
                continue
            # "Hundreds of protesters gathered": the people a quantity counts
            people = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                           for o in c.children if o.dep_ == "pobj"), None) \
                if tok.lower_ in ctx.lex.group_quantities else tok
            # "The guards ..." of "met guards Tom Reyes and Ivan Kolar": people by the names they were said of
            if people is not None and people.tag_ == "NNS" and ctx.entity(people) is None \
                    and (people.lemma_.lower() in human or self._introduced_group(people) is not None):
                return people
        return None

    def _introduced_group(self, head: Token) -> Entity | None:
        """"met officers Antoine Quirin and Nicolas Redouane ... The officers ...": a definite
        plural noun stands for the people it was first said of, a title before coordinated
        names (as "the group" for the name "the militant group" was given); the first speaks."""
        ctx = self.ctx
        if not any(c.dep_ == "det" and c.lower_ in ("the", "these") for c in head.children):
            return None
        lemma = head.lemma_.lower()
        for tok in reversed(ctx.doc[:head.i]):
            if tok.tag_ != "NNS" or tok.lemma_.lower() != lemma:
                continue
            for name in [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "compound" else []):
                ent = ctx.entity(name)
                if ent is not None and ent.type == "PERSON" and any(c.dep_ == "conj" for c in name.children):
                    return ent
        return None

    def _counted_group(self, head: Token) -> Entity | None:
        """"Burkina Faso, Mali and Niger withdrew ... The three military-led nations accused":
        a plural noun counted by "both" or a number stands for the last group of that many
        names the text coordinated before it (people for a human noun, else bodies and
        places); the first of them speaks."""
        ctx, lex = self.ctx, self.ctx.lex
        pair = head.tag_ == "NN" and head.pos_ == "NOUN" and head.lemma_.lower() in lex.group_pairs \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        if head.tag_ != "NNS" and not pair or head.pos_ != "NOUN":
            return None
        count = 2 if pair else None
        for child in head.children:
            word = child.lower_
            if word in lex.group_both and child.dep_ in ("det", "predet", "preconj", "amod", "nummod"):
                count = 2
            elif child.dep_ == "nummod" and word in lex.group_numbers:
                count = lex.group_numbers[word]
        if count is None:
            return None
        lemma = head.lemma_.lower()
        person = pair or lemma in ctx.lex.title_words or lemma in coref.lists().human
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
        if person and count == 2:
            return self._two_people_before(head)
        return None

    def _two_people_before(self, head: Token) -> Entity | None:
        """"Modi ... Following talks with Prime Minister Ramgoolam, both leaders reaffirmed":
        with no pair of names coordinated, "both" + a human noun is the last two people the
        text named, in its sentence and the one before; the nearest of them speaks (the gold
        lists each as acceptable)."""
        ctx = self.ctx
        people: list[Entity] = []
        for tok in reversed(ctx.doc[_sentences_back(ctx, ctx.sentence_of(head.i), 1):head.left_edge.i]):
            ent = ctx.entity(tok)
            if ent is not None and ent.type == "PERSON" and ent not in people:
                people.append(ent)
        return people[0] if len(people) >= 2 else None

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
        if any(c.dep_ == "amod" and c.lower_ in ctx.lex.unnamed_words for c in head.children):
            return None  # "The unnamed NYPD officer told ...": no one named before
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
        abbreviated = ctx.lex.title_abbreviations.get(head.lower_) if head.text.isupper() else None
        if abbreviated is not None:
            # "..., the DA said": the person given the title in full ("District Attorney Richard Brown")
            ent = self._titled_person(head, abbreviated)
        elif lemma in ctx.lex.title_words:
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
                return self._last_speaking(head, label) or self._subject_just_before(head, label)
            if label and label != "PERSON" and _modifiers_fit(head, ent, kind_words=True, demonyms=True):
                return self._subject_just_before(head, label)  # "The US software giant said"
            return None
        return ent

    def _subject_just_before(self, head: Token, label: str) -> Entity | None:
        """"Microsoft was to release an emergency patch ... The US software giant said": a
        description of a body by its kind alone takes up the one body of that type the
        sentence just before made its subject, when its own sentence names none before it."""
        ctx = self.ctx
        sent = ctx.sentence_of(head.i)
        if any((e := ctx.entity(t)) is not None and e.type == label for t in ctx.doc[sent.start:head.i]):
            return None
        start = _sentences_back(ctx, sent, 1)
        heads = [t for t in ctx.doc[start:sent.start] if t.dep_ in SUBJECT_DEPS and t.dep_ != "nsubjpass"
                 and not ctx.in_quote(t)]
        # "Vantrex and Delcor were to release ...": of two subjects, neither is the one described
        subjects = {e.id: e for t in heads for c in (t, *t.conjuncts) if (e := ctx.entity(c)) is not None}
        if len(subjects) != 1:
            return None
        ent = next(iter(subjects.values()))
        if ent.type != label:
            return None
        countries = {c.alpha3 for c in (_country_word(t.text) for t in head.children if t.dep_ in ("amod", "compound"))
                     if c is not None}
        if countries and ent.country is not None and ent.country not in countries:
            return None  # "the Chinese telecoms giant" is no American company
        return ent

    def _aged_subject_just_before(self, head: Token) -> Entity | None:
        """"Trevor Immelman has become ... “...,” said the 29-year-old": an age that stands
        for a person the article gave no age (the coreference stage links those it did) is the
        one person the sentence just before made its subject."""
        if head.lower_ not in coref.lists().age_words or head.tag_ in ("NNS", "NNPS") \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
                or not any(c.lemma_.lower() == "year" for c in head.lefts):
            return None
        return self._subject_just_before(head, "PERSON")

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

    def _role_named_near(self, head: Token) -> Entity | None:
        """"..., according to her agent. “...,” said agent Mark Roesler": an unnamed role noun
        ("her agent", "the lawyer") is the one person the sentences around it name with the
        same noun before or apposed to the name."""
        ctx = self.ctx
        if head.pos_ != "NOUN" or head.tag_ != "NN" or not any(
                c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and _is_pronoun(c) for c in head.children):
            return None
        lemma = head.lemma_.lower()
        sent = ctx.sentence_of(head.i)
        holders: dict[str, Entity] = {}
        for tok in ctx.doc[_sentences_back(ctx, sent, ctx.lex.role_window):_sentences_forward(ctx, sent, ctx.lex.role_window)]:
            if tok.i == head.i or tok.lower_ != head.lower_ and tok.lemma_.lower() != lemma or ctx.in_quote(tok) \
                    or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            named = [tok.head] if tok.dep_ in ("compound", "appos") else []
            named += [c for c in tok.children if c.dep_ == "appos"]
            for name in named:
                ent = ctx.entity(name)
                if ent is not None and ent.type == "PERSON":
                    holders[ent.id] = ent
        return next(iter(holders.values())) if len(holders) == 1 else None

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


def _squeezed(name: str) -> str:
    """A name lower-cased without its dots ("U.N." -> "un")."""
    return name.replace(".", "").lower()


def _main_clause(verb: Token) -> bool:
    """Whether the verb heads its sentence, or is joined to the verb that does."""
    return _first_conjunct(verb).dep_ == "ROOT"


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


def _bound_possessive(pronoun: Token, ctx: _Context) -> Token | None:
    """"He cited his close relationship ... to back up his claim that ...": a "his" / "her"
    owning a noun of the clause whose subject (of its verb or of the verb that verb belongs
    to) is the same pronoun stands for that subject."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in ("his", "her"):
        return None
    same = "he" if pronoun.lower_ == "his" else "she"
    verb = pronoun.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX"):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject if subject.lower_ == same and subject.i < pronoun.i and not ctx.in_quote(subject) else None
            if verb.dep_ not in ("xcomp", "advcl", "conj"):
                return None
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


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


def _staff_body(head: Token, ctx: _Context) -> Entity | None:
    """The named organisation unnamed staff speak for: "Researchers at software security
    firm Trend Micro say ...", "analysts at Goldman Sachs" (the firm's word, as the gold has it)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ctx.lex.staff_nouns:
        return None
    for child in head.children:
        inner = next((c for c in child.children if c.dep_ == "pobj"), None) \
            if child.dep_ == "prep" and child.lower_ in ctx.lex.staff_preps else None
        ent = ctx.entity(inner) if inner is not None else None
        if ent is not None and ent.type == "ORG":
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


def _country_word(text: str) -> Country | None:
    """The country a demonym or a country's name before a noun gives ("American", "US")."""
    return country_of_demonym(text) or country_named(text)


def _modifiers_fit(head: Token, ent: Entity | None, *, kind_words: bool = False, demonyms: bool = False) -> bool:
    """Whether the words of the phrase around ``head`` are words of ``ent``'s name or
    roles; with ``kind_words``, whether they only say what kind of body it is ("the aid
    group", "the banned separatist outfit"): lower case, no demonym, no name (with
    ``demonyms``, a country's word besides: "the US software giant")."""
    words = {w.lower() for form in [ent.name, *ent.aliases, *(r.title for r in ent.roles)]
             for w in re.split(r"[\s-]+", form)} if ent is not None else set()
    modifiers = [t for t in _phrase_tokens(head) if t.i != head.i and t.dep_ not in ("det", "punct", "case")]
    if kind_words:
        return all(t.text.islower() and t.pos_ in ("ADJ", "NOUN", "VERB") and country_of_demonym(t.text) is None
                   or demonyms and _country_word(t.text) is not None for t in modifiers if t.is_alpha)
    return all(t.lower_ in words for t in modifiers if t.is_alpha)


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
