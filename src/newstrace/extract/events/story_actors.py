"""Actors read from the rest of the article: acts told with nobody named to do them.

Step 7 of the fallback order in :mod:`newstrace.extract.events` (and, before merging, the
credit a claim of responsibility gives: ``_credit_responsibility``): an arrest, ban or
sentence is the state body's that tells of it (``_speaking_body``), an arrest the police
force's the article names (``_police_force``), or the state's where it took place
(``_state_actors``); violence is the one attacker's the article names
(``_lone_attacker``).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from newstrace.extract.events.article import ArticleView
from newstrace.extract.events.context import state_of
from newstrace.extract.events.lexicon import governing_verb, types, words
from newstrace.extract.events.merge import Candidate
from newstrace.extract.events.roles import nobody, party, speaker_of
from newstrace.extract.parsearrays import parse_arrays
from newstrace.nlp import doc_text


def _credit_responsibility(candidates: list[Candidate], doc: Doc, view: ArticleView) -> list[Candidate]:
    """"X claimed responsibility for the attacks" makes X the actor of attacks told
    without one."""
    if "responsib" not in doc_text(doc).lower():
        return candidates  # most articles: no need to walk every token
    for i in [i for i, lemma_ in enumerate(parse_arrays(doc).lemma) if lemma_ == "responsibility"]:
        token = doc[i]
        verb = governing_verb(token)
        if verb is None or verb.lemma_.lower() not in words("responsibility"):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if nobody(subject) or any(c.dep_ == "neg" for c in verb.children):
            continue  # "No one has claimed responsibility", "the group did not claim responsibility"
        claimer = party(subject, view)
        if claimer is None:
            continue
        candidates = [replace(c, actor=claimer.name, credited=True) if c.actor is None and c.type == "ASSAULT" else c
                      for c in candidates]
    return candidates


def _state_actors(events: list[Candidate], view: ArticleView) -> list[Candidate]:
    """An arrest, a ban or a sentence told with nobody named to do it is the state's where
    it happened ("the PKK is banned in Turkey", "he was jailed"): the country of its
    place, as the article names it, becomes its actor (types ``[types] state_acts``; the
    corpus codes these so, RECORD.md: a country stands for its government). Not when
    that country is the target, nor when the sentence tells it already."""
    acts, charges = types("state_acts"), words("state_charge_lemmas")
    told = {(e.sentence_index, e.type, e.actor, e.target) for e in events}
    out = []
    for event in events:
        if event.actor is None and (event.type in acts or event.type == "ACCUSE" and event.lemma in charges) \
                and event.lemma not in words("removal_lemmas"):
            state = _speaking_body(event, view)
            if state is None:
                place = state_of(event.location, view)
                state = _police_force(event, place, view) or place or _police(event, view)
            if state and state != event.target and (event.sentence_index, event.type, state, event.target) not in told:
                told.add((event.sentence_index, event.type, state, event.target))
                event = replace(event, actor=state)
        out.append(event)
    return out


def _lone_attacker(events: list[Candidate], view: ArticleView) -> list[Candidate]:
    """Violence told with nobody named to do it ("three others were injured", "the woman
    was killed in a stairwell", "the second attack, killing eight") or done by a word for
    an attacker ("the attacker continued to attack others", ``[words] attacker_nouns``) in
    an article whose violence one person is named doing is that person's: the report of
    one attacker's deeds tells each victim's harm without naming him again (types ``[types]
    lone_attacker``). A plural attacker word ("militants", "the terrorists") is likewise
    the one organisation an article names doing violence. Not when the attacker is the
    one harmed, nor when the article names two, nor where his act is told already."""
    acts, described = types("lone_attacker"), types("attacker_described")
    people: set[str] = set()
    groups: set[str] = set()
    for e in events:
        ent = view.table.named(e.actor) if e.type in acts and e.actor else None
        if ent is not None and ent.type == "PERSON":
            people.add(ent.name)
        elif ent is not None and ent.type == "ORG":
            groups.add(ent.name)
    if len(people) != 1 and len(groups) != 1:
        return events
    person = next(iter(people)) if len(people) == 1 else None
    group = next(iter(groups)) if len(groups) == 1 else None
    singular, plural = words("attacker_nouns"), words("attacker_plurals")
    told = {(e.sentence_index, e.type, e.actor, e.target) for e in events}
    out = []
    for event in events:
        if event.type in described and view.table.named(event.actor or "") is None:
            last = (event.actor or "").lower().split()[-1:] or [""]
            attacker = person if event.actor is None and event.type in acts or last[0] in singular else (
                group if last[0] in plural else None)
            if attacker is not None and event.target != attacker \
                    and (event.sentence_index, event.type, attacker, event.target) not in told:
                told.add((event.sentence_index, event.type, attacker, event.target))
                event = replace(event, actor=attacker)
        out.append(event)
    return out


def _named_police(events: list[Candidate], view: ArticleView) -> list[Candidate]:
    """An act done by an unnamed word for the police ("the crowd is being dispersed by
    police", "the cops opened fire", "two plainclothes officers": ``[words]
    police_member_words``, the last word of the actor) is the one police force the article
    names ("NYPD", "Bloomington Police"), as an arrest told without its doer is
    (``_police_force``): the gold of both corpora names the force where the article does.
    Not where the article names none or several, nor when the force is the target."""
    members = words("police_member_words")
    if not any(_last_word(e.actor) in members for e in events):
        return events
    forces = _police_forces(view)
    if len(forces) != 1:
        return events
    force = forces[0].name
    told = {(e.sentence_index, e.type, e.actor, e.target) for e in events}
    out = []
    for event in events:
        if _last_word(event.actor) in members and view.table.named(event.actor or "") is None and event.target != force \
                and (event.sentence_index, event.type, force, event.target) not in told:
            told.add((event.sentence_index, event.type, force, event.target))
            event = replace(event, actor=force)
        out.append(event)
    return out


def _last_word(actor: str | None) -> str:
    """An actor's last word, lower-cased ("" for none): "police" of "two plainclothes police"."""
    named = (actor or "").lower().split()
    return named[-1] if named else ""


def _police_forces(view: ArticleView) -> list:
    """The police forces the article names: an organisation whose name holds a word of
    ``[words] police_force_words``, or a police department's acronym ("NYPD")."""
    force_words = words("police_force_words")
    return [ent for ent in view.table.entities if ent.type == "ORG" and any(
        any(w in force_words for w in form.lower().split()) or _department_acronym(form)
        for form in (ent.name, *ent.aliases))]


def _police_force(event: Candidate, place: str | None, view: ArticleView) -> str | None:
    """An arrest or detention told with nobody named to do it ("he was arrested on
    Tuesday", "was taken into custody") is the police's: the one police force the article
    names (a name holding a word of ``[words] police_force_words``, or a police
    department's acronym, "NYPD", "LAPD"; ``[words] police_acts``). Not a force of another
    country than the one the arrest took place in."""
    if event.lemma not in words("police_acts"):
        return None
    forces = _police_forces(view)
    if len(forces) != 1 or forces[0].name == event.target:
        return None
    here = view.table.named(place) if place else None
    if here is not None and forces[0].country and here.country and forces[0].country != here.country:
        return None  # "South Korea's National Police Agency" makes no arrest in Britain
    return forces[0].name


def _police(event: Candidate, view: ArticleView) -> str | None:
    """Else, with no place to give the state, an arrest in an article that speaks of
    police is theirs ("police" stands for the unnamed force, as RECORD.md lets an unnamed
    actor be a short noun phrase)."""
    if event.lemma not in words("police_acts"):
        return None
    force_words = words("police_force_words")
    return "police" if any(lemma_ in force_words for lemma_ in parse_arrays(view.doc).lemma) else None


def _department_acronym(name: str) -> bool:
    """"NYPD", "LAPD", "SFPD": a city's police department by its initials."""
    return 3 <= len(name) <= 5 and name.isupper() and name.isalpha() and name.endswith("PD")


def _speaking_body(event: Candidate, view: ArticleView) -> str | None:
    """The state body that tells of an arrest or ban it made no one named for: the police,
    a ministry or the army as speaker, or the one a spokesperson speaks for ("a
    spokesperson for the Indonesian National Police confirmed that two suspects were
    arrested"; ``[words] state_body_words``)."""
    if event.attributed_to is None:
        return None
    speaker = speaker_of(view.doc[event.token_index], view)
    ent = view.table.named(speaker) if speaker else None
    if ent is None:
        return None
    bodies = words("state_body_words")
    if ent.type == "PERSON":
        ent = next((view.table.named(r.of) for r in ent.roles if r.of and view.table.named(r.of) is not None), None)
    if ent is None or ent.type != "ORG" or not any(w in bodies for w in ent.name.lower().split()):
        return None
    return None if ent.name == event.target else ent.name
