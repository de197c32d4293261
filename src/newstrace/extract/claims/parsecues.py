"""Attributions read from the parse (step 2 of the fallback order in :mod:`newstrace.extract.claims`).

For each cue outside quotation marks: a reporting verb with a clausal complement, a
verb with a subject after its content, a verb of speech with an object, "according to
X", a report adverb, "by ... reports", a noun of speech with a "that" clause; and the
content each governs (complement, object, preposed or parenthetical clause). The speaker
token comes from :mod:`.speakers`; whether a token may speak is checked here
(:func:`_may_speak`).
"""
from __future__ import annotations

from spacy.tokens import Token

from newstrace.extract import coref
from newstrace.extract.cues import Lexicon
from newstrace.extract.syntax import FINITE_TAGS, is_negated
from newstrace.extract.triggerwords import noun_lemmas as event_noun_lemmas
from newstrace.extract.claims.context import (Attribution, Content, SUBJECT_DEPS, _Context, _content_span, _is_question,
                                              _opens_with_quoted_phrase, _subtree)
from newstrace.extract.claims.speakers import (_PAST, _agent_charge, _document_issuer, _goes_on_to, _is_pronoun,
                                               _name_read_as_word,
                                               _noun_speaker, _passive_speaker, _phrase_text, _reported_as_saying,
                                               _speaker_of_verb, _state_media_phrases, _subject)

# a finite verb or a modal: a clause with one of them needs a subject
_FINITE = frozenset(FINITE_TAGS) | {"MD"}


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
    if lemma in lex.past_belief and cue.tag_ == "VBD":
        return None  # "she thought they were poisoning her": a belief narrated, nothing said
    found = _free_relative_content(cue, ctx) or _clausal_content(cue, ctx) or _object_content(cue, ctx) \
        or _preposed_content(cue, ctx) or _misread_clause(cue, ctx)
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


def _reflexive_state(cue: Token, comp: Token, ctx: _Context) -> bool:
    """"Suddenly she finds herself drawn into the world of the werewolves": a verb of finding
    whose small clause has a reflexive subject and a participle or adjective tells what befell
    its subject, not what anyone found out."""
    return cue.lemma_.lower() in ctx.lex.reflexive_state_verbs and comp.dep_ == "ccomp" and comp.tag_ in ("VBN", "JJ") \
        and not any(c.dep_ in ("mark", "aux", "auxpass") for c in comp.children) \
        and any(c.dep_ in SUBJECT_DEPS and c.tag_ == "PRP" and c.lower_.endswith(("self", "selves")) for c in comp.children)


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
    # the object of the preposition, a noun or a gerund ("took credit for attacking a convoy")
    pobj = next((c for c in prep.children if c.dep_ == "pobj" or c.dep_ == "pcomp" and c.tag_ == "VBG"),
                None) if prep is not None else None
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


def _free_relative_content(cue: Token, ctx: _Context) -> Content | None:
    """"a fight in what he says is an effort to stanch the flow": "what" the cue says is
    something; the claim is that something, the copula's complement, not the clause that
    holds "what". Only where the whole names a thing in a larger clause (after a preposition
    or a verb): "What the minister said was a lie" is the writer's word on what was said."""
    if cue.lemma_.lower() not in ctx.lex.verb_certainty:
        return None
    copula: Token | None = None
    if cue.dep_ == "csubj" and cue.head.lemma_ == "be" and any(
            c.dep_ in ("dobj", "nsubj") and c.tag_ == "WP" and c.lower_ == "what" and c.i < cue.i for c in cue.children):
        copula = cue.head  # the parser reads "what he says" as the copula's subject
        whole = copula
    else:
        copula = next((c for c in cue.children if c.dep_ == "ccomp" and c.lemma_ == "be" and c.i > cue.i and any(
            s.dep_ == "nsubj" and s.tag_ == "WP" and s.lower_ == "what" and s.i < cue.i for s in c.children)), None)
        whole = cue
    if copula is None or not _names_a_thing(whole):
        return None
    attr = next((c for c in copula.children if c.dep_ in ("attr", "acomp") and c.i > copula.i), None)
    if attr is None:
        return None
    tokens = list(attr.subtree)
    before = cue.doc[attr.left_edge.i - 1]
    if before.i > copula.i and before.is_quote:
        tokens.insert(0, before)  # was “a nasty tariff”: the opening quote mark the parser hung on the copula
    return Content(tokens, _cue_text(cue, ctx))


def _names_a_thing(clause: Token) -> bool:
    """The clause of a free relative ("what he says is X") stands where a noun would: the
    object of a preposition or of a verb, with no "that" of a clause of its own."""
    return clause.dep_ in ("pcomp", "pobj", "dobj", "ccomp") and not any(c.dep_ == "mark" for c in clause.children)


def _past_inverted_subject(cue: Token, comp: Token) -> bool:
    """A "complement" after the subject of an inverted tag, with no subject of its own: the
    parser's reading of the subject's description ("“...,” said Kassie Siegel, director at
    the Center and lead author of the petition": "lead" read as a verb), not what was said."""
    return any(c.dep_ == "nsubj" and cue.i < c.i < comp.i for c in cue.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in comp.children)


def _clausal_content(cue: Token, ctx: _Context) -> Content | None:
    lemma = cue.lemma_.lower()
    if lemma not in ctx.lex.verb_certainty:
        return None
    # the complement after the cue before one before it ("X said A; Y reported he received
    # surgery": the parser hangs the clause before the semicolon off "reported" too)
    # (nor one before a semicolon ahead of the cue: "..., said X; he described the attacks as
    # ...": a semicolon joins two sentences, and what the first says is not the second's)
    comp = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i and not _past_inverted_subject(cue, c)),
                None) \
        or next((c for c in cue.children if c.dep_ == "ccomp" and not any(
            t.text == ";" for t in cue.doc[c.right_edge.i + 1:cue.i])), None)
    if comp is None:
        comp = _addressee_clause(cue, ctx) or _statement_clause(cue, ctx) or _comma_clause(cue)
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
    passive = False
    if comp is None and lemma in ctx.lex.raising_passives and _passive_form(cue):
        # "X is reported to be in critical condition", "were projected by the networks to have
        # won": what is said of the passive subject; the "by" agent says it (the parser may make
        # the infinitive after an agent an adverbial clause)
        comp = next((c for c in cue.children if c.dep_ in ("xcomp", "advcl") and c.i > cue.i and c.pos_ in ("VERB", "AUX")
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        passive = comp is not None
    if comp is None and lemma in ctx.lex.gerund_verbs and not any(c.dep_ == "dobj" for c in cue.children):
        # a fact asserted or denied with a gerund: "routinely deny providing sanctuary"
        comp = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i and c.tag_ == "VBG"), None)
    if comp is None and cue.dep_ == "relcl":
        comp = _relative_tag_clause(cue)
    if comp is None or _reflexive_state(cue, comp, ctx):
        return None
    tokens = _subtree(comp)
    if cue.dep_ == "relcl" and comp.i > cue.i:
        # "proclamations which analysts say could have ...": the relative pronoun the clause
        # opens with stands for the noun; what was said runs from after the tag
        tokens = [t for t in tokens if t.i > cue.i]
    if comp.dep_ in ("relcl", "acl") and tokens and tokens[0].lower_ == "that":
        tokens = tokens[1:]  # the complementiser the parser took for a relative pronoun
    if comp.dep_ == "ccomp" and comp.i > cue.i:
        tokens = _object_read_for_subject(cue, comp, ctx) + tokens
        tokens += _coordinated_clause(cue, comp, ctx) or _clause_after_semicolon(cue, comp, ctx)
        tokens += _misattached_apposition(cue, comp, tokens, ctx)
        tokens += _going_on_tail(cue, comp, ctx)
        tokens = _without_writers_comment(tokens, ctx)
    elif comp.dep_ == "ccomp":
        last = max((t for t in comp.subtree if not (t.is_punct or t.is_space)), key=lambda t: t.i, default=comp)
        gap = (last.idx + len(last.text), cue.idx)
        if any(gap[0] <= q.start and q.end <= gap[1] and ctx.text[gap[0]:q.start].strip() == ":"
               for q in ctx.quotes_overlapping(gap, inner=False)):
            return None  # "... withdrawal:\n“A,” wrote Y": the tag is the quote's, not the clause's before it
        tokens += _second_preposed_clause(cue, comp, ctx)
        tokens = _first_preposed_conjunct(cue, comp, ctx) + tokens
    return Content(tokens, _cue_text(cue, ctx), passive=passive)


def _going_on_tail(cue: Token, comp: Token, ctx: _Context) -> list[Token]:
    """"went on to say he was not giving them the longest sentence because they had ...": a
    clause right after the complement that the parser hangs on the verb of going on is the
    rest of what was said (going on to say something has no reason of its own)."""
    head = cue.head
    if cue.dep_ not in ("xcomp", "advcl") or not _goes_on_to(head, cue, ctx):
        return []
    end = comp.right_edge.i
    tail = next((c for c in head.children if c.dep_ == "advcl" and c.i > end
                 and all(t.is_punct for t in cue.doc[end + 1:c.left_edge.i])), None)
    return list(tail.subtree) if tail is not None else []


def _passive_form(cue: Token) -> bool:
    """A passive verb: with its auxiliary ("is reported"), or a past participle after a noun
    with its "by" agent ("a rule claimed by officials to ...")."""
    return any(c.dep_ == "auxpass" for c in cue.children) \
        or cue.tag_ == "VBN" and cue.dep_ == "acl" and any(c.dep_ == "agent" for c in cue.children)


def _relative_tag_clause(cue: Token) -> Token | None:
    """The verb of a relative clause a tag sits inside: "the man who police say shot two
    people", "a woman they say stole a car". The parser hangs the tag off the noun as the
    relative clause and the clause's verb off the tag as an open complement. Only with a
    subject of the tag's own (police, they) and a verb that is no to-infinitive ("the plan
    they promised to deliver") or participle."""
    if not any(s.dep_ in SUBJECT_DEPS and s.tag_ not in ("WP", "WDT") and s.lower_ != "that"
               for s in cue.children):
        return None
    return next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i and c.pos_ in ("VERB", "AUX")
                 and (c.tag_ not in ("VBG", "VBN") or any(a.dep_ == "auxpass" for a in c.children))
                 and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


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


def _object_read_for_subject(cue: Token, comp: Token, ctx: _Context) -> list[Token]:
    """"indicated a “major breakthrough” was likely at the hearing": a finite complement
    clause has a subject of its own; one the parser read without any, right after a noun it
    hung off the cue as its object, has that noun for its subject, and what was said
    begins with it (not after a verb whose object is the addressee: "told LA Weekly ...")."""
    if cue.lemma_.lower() in ctx.lex.addressee_verbs or comp.left_edge.dep_ == "mark" \
            or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in comp.children):
        return []
    if comp.tag_ not in _FINITE and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in comp.children):
        return []
    obj = next((c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < comp.i), None)
    if obj is None or obj.right_edge.i + 1 != comp.left_edge.i:
        return []
    # "said that type 2 diabetes could ...": the complementiser read as a determiner
    return [t for t in obj.subtree if not (t.i == obj.left_edge.i and t.lower_ == "that" and t.i != obj.i)]


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
            finite = verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in verb.children)
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


def _comma_clause(cue: Token) -> Token | None:
    """"He also argues, revenue from hunting does not benefit ...": a clause with a subject of
    its own right after the cue and a comma, no conjunction between, that the parser joined to
    the cue as a second verb, is what was said."""
    doc = cue.doc
    if cue.i + 2 >= len(doc) or doc[cue.i + 1].text != "," or any(c.dep_ in ("dobj", "ccomp", "cc") for c in cue.children):
        return None
    verb = next((c for c in cue.children if c.dep_ == "conj" and c.left_edge.i == cue.i + 2), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return verb


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
    if lemma in lex.active_only and (any(c.dep_ == "auxpass" for c in cue.children) or cue.dep_ == "acl"
                                     or any(c.dep_ == "dobj" and _is_pronoun(c) for c in cue.children)):
        return None  # a passive ("a man identified only as X") or a pronoun object leaves only a label
    if lemma in lex.naming_verbs and _naming_participle(cue):
        return None  # "a movie called The Rocketeer", "first implemented by Reagan and called the X rule": a name given
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
            has_complement = has_complement or child.dep_ == "oprd" or _quoted_complement(child, ctx) \
                or (lemma, "as") in lex.phrasal and any(c.dep_ == "prep" and c.lower_ == "as" for c in child.children)
            # "identified the suspect as X": the parser may hang the "as" phrase off the object
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
    if not parts and passive_subject is not None and lemma in lex.charge_verbs:
        charge = _passive_charge(cue, ctx)
        if charge is not None:
            return Content(list(charge.subtree), cue.text, passive=True)  # "was accused by X of lying"
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
    if len(cue_words) == 1 and not has_complement and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.act_objects.get(lemma, ()) for c in cue.children):
        return None  # "a shooting that claimed the life of a mother": a death, no statement
    for child in cue.children:
        if child.dep_ == "xcomp" and child.i > max(t.i for t in parts) and not any(t.i == child.i for t in parts):
            parts.extend(child.subtree)
    tail = _misattached_tail(cue, parts, ctx, gerund=len(cue_words) > 1)
    if tail is not None:
        parts.extend(tail.subtree)
    parts.extend(t for child in _object_sequel(cue, parts, ctx) for t in child.subtree)
    return Content(parts, " ".join(cue_words))


def _naming_participle(cue: Token) -> bool:
    """A past participle of naming with no auxiliary, agent or object of its own: "a movie
    called The Rocketeer", "a biography by Richard Foster called The Real Bettie Page" (a
    noun's modifier, which the tagger may read as a past tense), "First implemented by
    President Reagan and called the “Mexico City” rule" (joined to a participle, neither with
    a subject)."""
    if cue.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass", "agent", "dobj") for c in cue.children):
        # "groups calling for his release" speak; an object is what was called something
        # ("Leavitt called Ford's comments “egregious”", misparsed as a noun's modifier)
        return False
    if cue.dep_ == "acl":
        return True
    # not "while China called for talks" (a clause with its subject), nor "has condemned the
    # attack and called it cowardly" (a perfect's conjunct)
    return cue.dep_ == "conj" and cue.head.tag_ == "VBN" \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children) \
        and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in cue.head.children)


def _passive_charge(cue: Token, ctx: _Context) -> Token | None:
    """The charge of a passive verb of charging with an agent: "lying" in "X was accused by
    rivals of lying", whether the parser hangs the "of" phrase off the verb (before or after the
    agent: "was accused of corruption by the opposition") or off the agent."""
    speaker = _passive_speaker(cue)
    if speaker is None:
        return None
    preps = [p for p in cue.children if p.dep_ == "prep" and p.lower_ in ctx.lex.charge_preps]
    for prep in preps + [_agent_charge(speaker)]:
        comp = next((c for c in prep.children if c.dep_ in ("pcomp", "pobj")), None) if prep is not None else None
        if comp is not None:
            return comp
    return None


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
    is implemented", "called for G7 action to correct ..."), a "that" clause joined to it."""
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
        elif child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children) \
                and all(t.dep_ == "cc" or t.is_punct for t in ctx.doc[last + 1:child.left_edge.i]):
            # "demand lower prices and that those responsible resign": a clause opening with
            # "that" is no verb joined to the cue but a second thing demanded
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
    if not (doc[right].text == "," or right + 1 < len(doc) and doc[right + 1].text == ","):
        return None
    subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
    if left == cue.sent.start and subject is not None and subject.i > right and head.i > right:
        # "He also argues, revenue from hunting does not help": a tag that opens the sentence,
        # set off by a comma, sources the clause after it
        own = {t.i for t in cue.subtree} | ({right + 1} if doc[right].text != "," else set())
        return Content([t for t in head.subtree if t.i not in own], _cue_text(cue, ctx))
    if left == 0 or doc[left - 1].text != "," and doc[left].text != ",":
        return None
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
    existential = _existential_reports(noun, ctx)
    if clause is None and existential:
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ctx.lex.existential_preps), None)
        clause = next((c for c in prep.children if c.dep_ == "pobj" and _names_an_act(c)), None) \
            if prep is not None else None
    if clause is None:
        return None
    speaker = None if existential else _noun_speaker(noun, ctx)
    if not existential and (speaker is None or not _may_speak(speaker, ctx, inference=False)):
        return None
    tokens = _subtree(clause) + _rest_of_subject(noun, clause, ctx)
    span = _content_span(ctx, tokens)
    if span is None or _is_question(ctx.doc, tokens):
        return None
    return Attribution(noun, noun.text, speaker, span, ctx.lex.noun_certainty[lemma],
                       unnamed=noun.lower_ if existential else None)


def _names_an_act(noun: Token) -> bool:
    """Whether a noun phrase tells of an act, so that reports "about" it say something: an event
    noun ("fire at the ministry"), a gerund, or a noun with a participle or clause of its own
    ("looted shops"), not a mere topic ("reports about the death toll")."""
    return noun.lemma_.lower() in event_noun_lemmas() or noun.tag_ == "VBG" or any(
        c.dep_ in ("acl", "relcl") or c.dep_ == "amod" and c.tag_ in ("VBN", "VBG") for c in noun.children)


def _existential_reports(noun: Token, ctx: _Context) -> bool:
    """"There are reports that ...": plural reports said to exist, with no source of their own
    (no possessor, no "by"/"from" phrase) and not denied ("there are no reports that ...",
    "there are few reports that ...")."""
    verb = noun.head
    return (noun.dep_ == "attr" and noun.tag_ == "NNS" and noun.lemma_.lower() in ctx.lex.plural_reports
            and any(c.dep_ == "expl" for c in verb.children)
            and not any(c.dep_ == "neg" for c in verb.children)
            and not any(c.dep_ == "poss" or c.dep_ in ("det", "amod") and c.lower_ in ctx.lex.negating_dets
                        or c.dep_ == "prep" and c.lower_ in ctx.lex.existential_source_preps for c in noun.children))


def _have_it_attribution(verb: Token, ctx: _Context) -> Attribution | None:
    """"Reports have it that ...", "Rumour has it that ...": the idiom's subject says the
    clause."""
    if verb.lemma_.lower() not in ctx.lex.have_it_verbs:
        return None
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    clause = next((c for c in children if c.dep_ == "ccomp" and c.i > verb.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    it = next((c for c in children if c.dep_ == "dobj" and c.lower_ == "it"), None)
    if subject is None or clause is None or subject.lemma_.lower() not in ctx.lex.have_it_nouns \
            or it is None or it.i > clause.i \
            or any(c.dep_ == "neg" for c in children) or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
        return None
    tokens = _subtree(clause)
    span = _content_span(ctx, tokens)
    if span is None or _is_question(ctx.doc, tokens):
        return None
    # the reports at large, no one speaker, as "there are reports that" and "reportedly" name them
    return Attribution(verb, ctx.doc[verb.i:it.i + 1].text, None, span,
                       ctx.lex.noun_certainty.get(subject.lemma_.lower(), "certain"), unnamed=subject.lower_)


def _rest_of_subject(noun: Token, clause: Token, ctx: _Context) -> list[Token]:
    """The words the parser cut from a noun's "that" clause when the noun is its verb's subject
    ("X's insistence that the measures are vital for the nation's survival failed to ...", with
    "for ... survival" hung off "failed"): a subject runs unbroken up to its verb, so every word
    between the clause's end and the verb (or the verb's auxiliaries and adverbs) is the clause's,
    unless punctuation sets it apart. Only the words hung on the verb: those the parser gave the
    noun itself, and a phrase naming the noun's medium or day ("the claim that ... in a statement
    on Tuesday"), tell where and when it was made, not what was claimed."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.i <= noun.i:
        return []
    doc, last = noun.doc, clause.right_edge.i
    stop = min([t.i for t in verb.lefts if t.i > last and t.dep_ in ("aux", "auxpass", "neg", "advmod")] + [verb.i])
    own = {t.i for t in noun.subtree}
    rest = []
    for t in (doc[i] for i in range(last + 1, stop)):
        if t.i in own or t.dep_ == "prep" and any(
                c.dep_ == "pobj" and (c.lemma_.lower() in ctx.lex.medium_nouns or c.ent_type_ == "DATE") for c in t.children):
            break
        rest.append(t)
    return [] if any(t.is_punct for t in rest) else rest


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
