"""The speaker token of a cue (step 2 of the fallback order in :mod:`newstrace.extract.claims`).

A cue's subject, else the agent of a passive, else the subject of the reporting verb a
participle or clause hangs off; an inverted or preposed tag ("..., said the ministry").
The token found here is a phrase head; :mod:`.resolver` turns it into a named speaker.
Also the small token tests the later steps share (a pronoun, a speaker phrase's text)
and the speakers both the parse's cues and the resolver read: a document's issuer, a
speech noun's speaker, a passive's agent, a surname the tagger read as a word.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from newstrace.extract import coref
from newstrace.extract.cues import lexicon
from newstrace.extract.parsearrays import ParseArrays, parse_arrays
from newstrace.extract.datelines import DATELINE_CHARS, dateline
from newstrace.extract.syntax import FINITE_TAGS, inherited_subject
from newstrace.extract.claims.context import INHERITING_DEPS, SPEAKER_TYPES, SUBJECT_DEPS, _Context


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
                     and c.ent_type_ in SPEAKER_TYPES and c.i + 1 < len(verb.doc)
                     and verb.doc[c.i + 1].text == ","), None)
        if lead is not None:
            subj = lead
    if subj is not None and _in_dateline(subj):
        # "MOSCOW — Russia's highest court has judged ...", "NAIROBI, Kenya — The ministry
        # said": the place a report is filed from is no subject; the phrase after the dash is
        rest = [s for s in subjects if s.i != subj.i and not _in_dateline(s)]
        after = [c for c in subj.children if c.dep_ == "appos" and not _in_dateline(c)]
        subj = rest[0] if rest else after[-1] if after else None
    if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        # "the man who police say shot ...": the tag's own subject, not the relative pronoun
        own = next((s for s in subjects if s.tag_ not in ("WP", "WDT") and s.lower_ != "that"), None)
        if own is None and _passive_of_telling(subj, verb):
            return None  # "a country that is called the gateway": the noun is what is named or told, not who speaks
        return own if own is not None else verb.head
    if subj is not None and subj.tag_ == "WP" and subj.lower_ == "what":
        # "in what he says is an effort ...": the parser may make "what" a second subject; who says is the other
        subj = next((s for s in subjects if s.tag_ not in ("WP", "WDT")), None)
    if subj is not None and _passive_of_telling(subj, verb):
        return None  # "it was said that" has no speaker in the clause
    return subj


def _passive_of_telling(subj: Token, verb: Token) -> bool:
    """``subj`` is the passive subject of the cue ``verb``: what is told or named, not who
    speaks ("it was said that"); but one "quoted as saying" speaks."""
    return subj.dep_ == "nsubjpass" and verb.lemma_.lower() != "quote"


def _in_dateline(tok: Token) -> bool:
    """A word of the article's dateline: the place (and country) before its dash. The place
    is in capitals ("MOSCOW —"): a name set off by a dash at the text's start ("Senator Anna
    Berg — who has served since 2010 — said") is a subject."""
    if tok.idx > DATELINE_CHARS:
        return False
    line = dateline(tok.doc.text)
    if line is None or not tok.doc.text[line[0]:line[1]].isupper():
        return False
    start, end, _ = line
    dash = next((t.idx for t in tok.doc[:tok.i + 1] if t.is_punct and t.text.strip("—–-") == "" and t.idx >= end), None)
    return start <= tok.idx and (dash is None or tok.idx < dash)


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
    if cue.dep_ == "xcomp" and any(c.dep_ == "dobj" and c.i < cue.i for c in head.children):
        return None  # "urged the crowd to consider ...": the object does what the infinitive says, not the subject
    # ", saying/stating that ...": a speech participle set off by a comma speaks for the
    # subject of whatever verb it hangs off ("met the envoy and apologised, stating that ...");
    # so does one of a verb of speech with an object ("was the first to reject it, calling it
    # exclusionary", "profiled him as a star, calling him a “war reporter”"), but not one hung off
    # what was said ("announced that India will build it, calling it a gift": the announcer's)
    speech_participle = (cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.i > 0
                         and ctx.doc[cue.i - 1].text == ","
                         and (ctx.lex.verb_certainty.get(cue.lemma_.lower()) == "certain"
                              or cue.lemma_.lower() in ctx.lex.object_verbs and not _in_complement(head))
                         and cue.lemma_.lower() not in ctx.lex.inference)
    # "Denying he was a gangster, Gigante would wander ...": a participle of saying or believing
    # that opens the sentence, set off by a comma before its clause, is a free adjunct whose
    # subject is the clause's
    speech_participle = speech_participle or (
        cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.i < head.i and bool(cue.left_edge.is_sent_start)
        and cue.lemma_.lower() in ctx.lex.verb_certainty and cue.lemma_.lower() not in ctx.lex.inference
        and any(t.text == "," for t in ctx.doc[cue.right_edge.i + 1:head.i]))
    if cue.dep_ in ("xcomp", "advcl") and _goes_on_to(head, cue, ctx):
        return head, False  # "Schwartz went on to say he ...": who goes on says
    if not (passed_message or speech_participle or lemma in ctx.lex.comm_verbs or lemma in ctx.lex.verb_certainty):
        return None
    if speech_participle and cue.lemma_.lower() in ctx.lex.going_on_verbs and head.dep_ == "ccomp" \
            and head.head.i < head.i and ctx.lex.is_verb_cue(head.head.lemma_.lower()) and not ctx.in_quote(head.head):
        # "X said the 36 must face charges, adding Iran will ...": hung off what was said, the
        # participle goes on with who said it, not with the complement's subject
        return head.head, False
    if speech_participle and head.dep_ == "ccomp" and head.head.i < head.i \
            and ctx.lex.is_verb_cue(head.head.lemma_.lower()) and not ctx.in_quote(head.head) and _mute_subject(head, ctx):
        # "LaRue believed no such conversation occurred, saying he screened all the calls": hung
        # off what was said, whose subject is a thing that says nothing, the participle goes on
        # with who said it
        return head.head, False
    return head, False


def _mute_subject(verb: Token, ctx: _Context) -> bool:
    """The verb's subject is a common noun for a thing: no person, group, body, title or
    message that could say anything ("no such conversation occurred")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or ctx.entity(subject) is not None:
        return False
    lemma, lex = subject.lemma_.lower(), ctx.lex
    speaking = coref.lists().human | lex.title_words | lex.comm_nouns | lex.documents \
        | {w for words in lex.short_forms.values() for w in words} | {w for _, words in lex.speaker_types for w in words}
    return lemma not in speaking and subject.lower_ not in speaking


def _goes_on_to(head: Token, cue: Token, ctx: _Context) -> bool:
    """``cue`` is the infinitive of a verb of going on to a next act ("went on to say",
    "proceeded to add"; ``[going_on_to]``), whose subject is the cue's."""
    if cue.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children) or head.i > cue.i:
        return False
    particle = next((c.lower_ for c in head.children if c.dep_ == "prt" and c.i < cue.i), None)
    phrase = head.lemma_.lower() if particle is None else f"{head.lemma_.lower()} {particle}"
    return phrase in ctx.lex.going_on_to


def _in_complement(verb: Token) -> bool:
    """Whether the verb's clause (through the verbs joined to it) is a clausal complement."""
    return _first_conjunct(verb).dep_ in ("ccomp", "xcomp")


def _first_conjunct(verb: Token) -> Token:
    """The first of the verbs joined to ``verb`` by "and" / "or", which holds their clause's place."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


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
    if cue.dep_ not in ("conj", "ccomp") or head.i >= cue.i or cue.tag_ not in FINITE_TAGS \
            or head.tag_ not in FINITE_TAGS or (cue.tag_ in _PAST) == (head.tag_ in _PAST) \
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


def _is_pronoun(token: Token) -> bool:
    return token.pos_ == "PRON" or token.tag_ in ("WDT", "WP", "PRP")


def _phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase of ``head`` without its clauses (relative, participial, apposed)."""
    parse = parse_arrays(head.doc)
    return [t for t in head.subtree
            if not (t.dep_ == "case" and t.head.i == head.i)  # the head's own "'s"
            and not _below_one_of(parse, t.i, head.i, ("relcl", "acl", "advcl", "appos", "punct"))
            and not _charge_after_agent(t, head)]


def _charge_after_agent(token: Token, head: Token) -> bool:
    """Whether ``token`` is in a charge the parser hung off a passive verb's agent: "of lying"
    in "X was accused by rivals of lying" is the verb's, not part of who accused."""
    prep = _agent_charge(head) if token.i > head.i else None
    return prep is not None and prep.left_edge.i <= token.i <= prep.right_edge.i


def _agent_charge(head: Token) -> Token | None:
    """The charge's preposition (``charge_preps``) the parser hung off the agent ``head`` of a
    passive verb of charging (``charge_verbs``): "of" in "X was accused by rivals of lying"."""
    if head.dep_ != "pobj" or head.head.dep_ != "agent":
        return None
    lex = lexicon()
    if head.head.head.lemma_.lower() not in lex.charge_verbs:
        return None
    return next((c for c in head.children if c.dep_ == "prep" and c.lower_ in lex.charge_preps), None)


def _below_one_of(parse: ParseArrays, i: int, root: int, deps: tuple[str, ...]) -> bool:
    """Whether word ``i`` or a word above it, below ``root``, hangs off its head by one
    of ``deps`` (walked over the parse's lists, not Token objects)."""
    while i != root and parse.head[i] != i:
        if parse.dep[i] in deps:
            return True
        i = parse.head[i]
    return False


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


def _passive_speaker(cue: Token) -> Token | None:
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


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
        # "an investigation of the scene", "a survey of 1,000 voters": what was examined, not who examined it
        origin = next((p for p in tok.children if p.dep_ == "prep" and (p.lower_ in ("from", "by") or p.lower_ == "of"
                       and tok.lemma_.lower() not in ctx.lex.documents_of_subject)), None)
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


def _name_read_as_word(speaker: Token, ctx: _Context) -> bool:
    """"..., Oh said": a capitalised word inside the sentence, that the parser makes the
    subject, right before its verb, though the tagger reads it as an interjection or an
    adverb, is a name (a surname that is also a word)."""
    head = speaker.head
    return speaker.dep_ == "nsubj" and speaker.text.istitle() and head.i == speaker.i + 1 \
        and speaker.i > ctx.sentence_of(speaker.i).start \
        and not any(c.i != speaker.i and c.i < head.i and c.dep_ in SUBJECT_DEPS for c in head.children)
