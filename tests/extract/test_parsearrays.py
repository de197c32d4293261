"""parsearrays: a Doc's parse as lists and its sentences as offsets, read once per Doc;
and the trigger rules' argument walk over them, which must find what a walk over Token
objects finds (no model needed: the Docs are built from words, lemmas, heads and labels)."""
from __future__ import annotations

import gc
import json

import pytest
from spacy.tokens import Doc, Token

from newstrace.extract.cues import modality_words
from newstrace.extract.events import candidate_fields, context, lexicon, modality, not_events, roles
from newstrace.extract.parsearrays import KeptPerDoc, named_entities, parse_arrays, sentences
from newstrace.nlp import RUNS_KEY, readable
from tests.extract.lexicon_sentences import CASES, VOCAB, Sentence

CASE_DOCS = [Sentence.from_json(case["tokens"]).doc() for case in json.loads(CASES.read_text())]


def _doc() -> Doc:
    # "Rebels in the North attacked the base on Monday, officials said ."
    words = ["Rebels", "in", "the", "North", "attacked", "the", "base", "on", "Monday", ",", "officials", "said", "."]
    heads = [4, 0, 3, 1, 11, 6, 4, 4, 7, 11, 11, 11, 11]
    deps = ["nsubj", "prep", "det", "pobj", "ccomp", "det", "dobj", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"]
    pos = ["NOUN", "ADP", "DET", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"]
    lemmas = ["Rebel", "in", "the", "North", "attack", "the", "base", "on", "Monday", ",", "official", "say", "."]
    ents = ["O", "O", "O", "B-LOC", "O", "O", "O", "O", "B-DATE", "O", "O", "O", "O"]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents,
               tags=["NN"] * len(words))


def test_parse_arrays_hold_what_the_tokens_say():
    doc = _doc()
    parse = parse_arrays(doc)
    for token in doc:
        i = token.i
        assert parse.lemma[i] == token.lemma_.lower()
        assert (parse.lower[i], parse.pos[i], parse.tag[i]) == (token.lower_, token.pos_, token.tag_)
        assert (parse.dep[i], parse.ent[i], parse.head[i]) == (token.dep_, token.ent_type_, token.head.i)
        assert parse.children(i) == [c.i for c in token.children]


def test_a_words_dependants_are_a_new_list_each_call_and_a_root_is_not_its_own():
    parse = parse_arrays(_doc())
    kids = parse.children(11)  # the root "say": its own governor
    assert kids == [4, 9, 10, 12]
    kids.clear()  # a caller's list: the table keeps its own
    assert parse.children(11) == [4, 9, 10, 12] and parse.children(4) == [0, 6, 7]


@pytest.mark.parametrize("reading", [parse_arrays, sentences, named_entities], ids=lambda r: r.read.__name__)
def test_per_doc_readings_are_made_once_per_doc_and_go_with_it(reading):
    doc = _doc()
    assert reading(doc) is reading(doc)
    assert reading(_doc()) is not reading(doc)
    kept = len(reading.kept)
    del doc
    gc.collect()
    assert len(reading.kept) < kept  # no reference back to the Doc keeps it alive


def _walked(token: Token) -> set[str]:
    """argument_lemmas as a walk over Token objects (the code before the arrays)."""
    def phrase(t: Token) -> set[str]:
        out, stack = set(), [t]
        while stack:
            t = stack.pop()
            out |= {t.lemma_.lower(), t.lower_}
            stack.extend(c for c in t.children if c.dep_ not in lexicon._CLAUSE_EDGES)
        return out

    def time_phrase(t: Token) -> bool:
        return t.ent_type_ in ("DATE", "TIME") or t.dep_ == "prep" and any(
            c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in t.children)

    out: set[str] = set()
    for child in token.children:
        if child.dep_ == "advcl" and lexicon.is_infinitive(child):
            out.add(child.lemma_.lower())
            continue
        if child.dep_ in lexicon._NOT_ARGUMENTS or time_phrase(child) or (child.dep_ == "aux" and child.lower_ == "to"):
            continue  # (an infinitive's own "to" is no argument of it: lexicon._own_infinitive_mark)
        out |= phrase(child)
    if token.pos_ in lexicon._NOUNLIKE:  # PROPN among them
        head = _token_governing_verb(token)
        if head is not None:
            out.add(head.lemma_.lower())
            for c in head.children:
                if c.dep_ in ("nsubj", "nsubjpass", "prt") and c != token:
                    out |= phrase(c)
        if token.dep_ == "pobj":
            out.add(token.head.lower_)
            out.add(token.head.head.lemma_.lower())
    elif token.dep_ in ("relcl", "acl") and token.head.pos_ in lexicon._NOUNLIKE and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that", "whom") or c.dep_ == "mark"
            for c in token.children):
        out |= {token.head.lemma_.lower(), token.head.lower_}
    return out


def test_argument_lemmas_over_arrays_find_what_the_token_walk_finds():
    docs = [_doc(), *CASE_DOCS]
    assert sum(len(d) for d in docs) > 1000
    for doc in docs:
        for token in doc:
            assert lexicon.argument_lemmas(token) == _walked(token), (doc.text, token.i)
    # the time phrase is left out, the object's phrase kept
    attacked = _doc()[4]
    assert lexicon.argument_lemmas(attacked) == {"rebel", "rebels", "in", "the", "north", "base"}


def _subject_walked(token: Token) -> set[str]:
    """lexicon.subject_lemmas as a walk over Token objects."""
    out, stack = set(), [c for c in token.children if c.dep_ in lexicon._SUBJECTS]
    while stack:
        t = stack.pop()
        out |= {t.lemma_.lower(), t.lower_}
        stack.extend(c for c in t.children if c.dep_ not in lexicon._CLAUSE_EDGES)
    return out


def _matched(token: Token) -> lexicon.Rule | None:
    """lexicon.match as a walk over Token objects (the code before the arrays)."""
    by_lemma = lexicon._by_lemma()
    candidates = by_lemma.get(token.lemma_.lower()) or by_lemma.get(token.lower_)
    pos = "NOUN" if token.pos_ == "PROPN" else token.pos_
    for rule in candidates or ():
        if pos not in rule.pos:
            continue
        args = _walked(token)
        if rule.args_any and not (args & rule.args_any) or args & rule.args_none:
            continue
        subject = lexicon.subject_lemmas(parse_arrays(token.doc), token.i)
        if subject & rule.subject_none or rule.subject_any and not (subject & rule.subject_any):
            continue
        if rule.head_any and not (lexicon.governors(token) & rule.head_any):
            continue
        if rule.prep_any and not lexicon._has_particle(token, rule.prep_any):
            continue
        if rule.negated and not any(c.dep_ == "neg" or c.lower_ == "never" or c.lower_ == "longer" and any(
                g.lower_ == "no" for g in c.children) for c in token.children):
            continue
        return rule
    return None


def _token_governing_verb(token: Token) -> Token | None:
    """lexicon.governing_verb as a walk over Token objects (the code before the arrays)."""
    t = token
    for _ in range(4):
        if t.head == t:
            return None
        dep, t = t.dep_, t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.pos_ == "ADP" or dep in ("conj", "appos", "compound") or dep == "prep" and t.pos_ == "NOUN":
            continue
        return None
    return None


def test_match_and_governing_verb_over_arrays_agree_with_the_token_walks():
    for doc in [_doc(), *CASE_DOCS]:
        parse = parse_arrays(doc)
        for token in doc:
            verb = _token_governing_verb(token)
            assert lexicon.governing_verb_at(parse, token.i) == (verb.i if verb is not None else None)
            assert lexicon.governing_verb(token) == verb
            assert lexicon.match_at(doc, token.i) == _matched(token), (doc.text, token.i)



def test_a_rule_that_names_no_argument_matches_without_reading_the_arguments():
    # "Rebels in the North condemned the base ...": "condemn" is named only by rules with no
    # argument condition, so matching it reads no argument phrase; "attack" is named by
    # rules with one, and matching it does
    doc = _doc()
    words = [t.text for t in doc]
    words[4] = "condemned"
    lemmas = [t.lemma_ for t in doc]
    lemmas[4] = "condemn"
    condemned = Doc(VOCAB, words=words, heads=[t.head.i for t in doc], deps=[t.dep_ for t in doc],
                    pos=[t.pos_ for t in doc], lemmas=lemmas,
                    ents=[t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") for t in doc],
                    tags=["NN"] * len(doc))
    assert all(not (r.args_any or r.args_none) for r in lexicon._by_lemma()["condemn"])
    assert lexicon.match_at(condemned, 4) is not None
    assert 4 not in lexicon._ARGUMENTS(condemned)
    assert any(r.args_any or r.args_none for r in lexicon._by_lemma()["attack"])
    attacked = _doc()
    assert lexicon.match_at(attacked, 4) is not None
    assert 4 in lexicon._ARGUMENTS(attacked)


# The events stage's walks over the Doc's arrays, against the Token walks they replaced.

def _token_adjunct_clause(verb: Token) -> bool:
    if any(c.dep_ == "mark" and c.lower_ != "that" or c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    return verb.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _token_reporting_verb(token: Token) -> Token | None:
    saying = roles._reporting_or_hedging()
    t, below = token, None
    for _ in range(12):
        if t.head == t:
            break
        below, t = t, t.head
        if t.lemma_.lower() in saying and (below.dep_ in ("ccomp", "parataxis", "xcomp")
                                           or below.dep_ == "advcl" and not _token_adjunct_clause(below)):
            return t
    root = token.sent.root
    outside = below is not None and (below.dep_ in roles._NOT_CONTENT
                                     or below.dep_ == "advcl" and _token_adjunct_clause(below))
    if root != token and root.lemma_.lower() in modality_words("reporting") and root.i > token.i \
            and t == root and not outside and any(c.dep_ in roles.SUBJECTS for c in root.children):
        return root
    return None


def _token_chain(trigger: Token) -> list[int]:
    out, t = [trigger.i], trigger
    for _ in range(8):
        if t.head == t or t.dep_ in ("ccomp", "parataxis", "relcl", "advcl") \
                and t.head.lemma_.lower() in modality_words("reporting"):
            break
        t = t.head
        out.append(t.i)
        if t.dep_ == "ROOT":
            break
    return out


def _token_in_clause(token: Token, clause: Token) -> bool:
    t = token
    for _ in range(12):
        if t == clause:
            return True
        if t.head == t or t.dep_ in ("ccomp", "advcl", "relcl", "parataxis") and t.head == clause and t != token:
            return t.head == clause and t.dep_ not in ("ccomp", "advcl", "relcl", "parataxis")
        t = t.head
    return False


def _token_requested(token: Token) -> bool:
    t = token
    for _ in range(4):
        if t.head == t or t.dep_ not in ("xcomp", "advcl", "ccomp", "pobj", "dobj", "prep", "pcomp"):
            return False
        t = t.head
        rule = lexicon.match(t) if t.pos_ == "VERB" else None
        if rule is not None and rule.type == "REQUEST":
            return True
    return False


def _token_newsroom_exchange(token: Token) -> bool:
    asked = lexicon.words("newsroom_objects")
    return any(c.dep_ in ("xcomp", "dobj", "advcl") and c.lemma_.lower() in asked or c.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in asked for g in c.children) for c in token.children)


def test_event_walks_over_arrays_agree_with_the_token_walks():
    preps = tuple(lexicon.default_target_preps()) + ("of", "by", "with")
    for doc in [_doc(), *CASE_DOCS]:
        parse = parse_arrays(doc)
        for token in doc:
            i = token.i
            assert context._subtree(parse, i) == [t.i for t in token.subtree]
            clause = token
            while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
                clause = clause.head
            assert context._clause_at(parse, i) == clause.i
            for other in doc:
                assert context._in_clause(parse, i, other.i) == _token_in_clause(token, other), (doc.text, i, other.i)
            verb = _token_reporting_verb(token)
            assert roles._reporting_verb_at(doc, i) == (verb.i if verb is not None else None), (doc.text, i)
            assert modality._chain(parse, i) == _token_chain(token)
            for deps in (roles.SUBJECTS, ("dobj", "nsubjpass", "dative"), ("agent",), ("pobj",)):
                child = next((c for c in token.children if c.dep_ in deps), None)
                assert roles._child(token, deps) == child
            obj = next((o for c in token.children if c.dep_ in ("prep", "dative", "agent") and c.lower_ in preps
                        for o in [next((g for g in c.children if g.dep_ == "pobj"), None)]
                        if o is not None and o.ent_type_ not in ("DATE", "TIME")), None)
            assert roles._prep_object(token, preps) == obj
            assert not_events._requested(doc, parse, i) == _token_requested(token)
            assert not_events._newsroom_exchange(parse, i) == _token_newsroom_exchange(token)
            assert candidate_fields._ancestors(token) == frozenset(a.i for a in token.ancestors)
            words_ = [t for t in doc[token.left_edge.i: i + 1] if t.dep_ != "det"]
            assert roles._undetermined_start(token) == (words_[0].i if words_ else None)
            assert roles._compound_phrase(token) == " ".join(
                t.lower_ for t in doc[token.left_edge.i: i + 1] if t.dep_ in ("compound",) or t == token)


def _token_negated(token: Token, by_subject: bool) -> bool:
    """syntax.is_negated as a walk over Token objects (the code before the arrays)."""
    from newstrace.extract.cues import lexicon as cue_lexicon

    negators = cue_lexicon().negators
    if any(c.dep_ == "neg" or c.lower_ in negators for c in token.children):
        return True
    if any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in token.children):
        return True
    if not by_subject:
        return False
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    inner = ("relcl", "acl", "ccomp", "advcl", "prep")  # a clause or phrase of the subject negates only itself
    return subject is not None and any(
        t.lower_ in negators for t in subject.subtree if t.dep_ in ("det", "preconj", "cc")
        and not any(a.dep_ in inner for a in [t, *t.ancestors][:[t, *t.ancestors].index(subject)]))


def _negations() -> list[Doc]:
    # "No officials confirmed the attack , and police did not say ." /
    # "Neither Syria nor Iran confirmed it ." / "The talks never took place ." /
    # "Iran will no longer recognize it ."
    return [Doc(VOCAB, words=words, heads=heads, deps=deps) for words, heads, deps in (
        (["No", "officials", "confirmed", "the", "attack", ",", "and", "police", "did", "not", "say", "."],
         [1, 2, 2, 4, 2, 2, 2, 10, 10, 10, 2, 2],
         ["det", "nsubj", "ROOT", "det", "dobj", "punct", "cc", "nsubj", "aux", "neg", "conj", "punct"]),
        (["Neither", "Syria", "nor", "Iran", "confirmed", "it", "."], [1, 4, 1, 1, 4, 4, 4],
         ["preconj", "nsubj", "cc", "conj", "ROOT", "dobj", "punct"]),
        (["The", "talks", "never", "took", "place", "."], [1, 3, 3, 3, 3, 3],
         ["det", "nsubj", "neg", "ROOT", "dobj", "punct"]),
        (["Iran", "will", "no", "longer", "recognize", "it", "."], [4, 4, 3, 4, 4, 4, 4],
         ["nsubj", "aux", "advmod", "advmod", "ROOT", "dobj", "punct"]))]


def test_negation_over_arrays_agrees_with_the_token_walk():
    from newstrace.extract.syntax import is_negated

    negated = 0
    for doc in [_doc(), *_negations(), *CASE_DOCS]:
        for token in doc:
            for by_subject in (True, False):
                expected = _token_negated(token, by_subject)
                assert is_negated(token, by_subject=by_subject) == expected, (doc.text, token.i, by_subject)
                negated += expected
    assert negated >= 5  # "confirmed" by its subject, "say" and "took" by "not"/"never", "confirmed" by
    # "Neither", "recognize" by "no longer"


def _two_sentences() -> Doc:
    # "Rebels attacked the base . Officials said so ." : two parse trees, two sentences
    words = ["Rebels", "attacked", "the", "base", ".", "Officials", "said", "so", "."]
    heads = [1, 1, 3, 1, 1, 6, 6, 6, 6]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "ROOT", "advmod", "punct"]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, spaces=[True] * 8 + [False])


def _marked_sentences() -> Doc:
    # sentence starts set by hand (as the long-runs cutter sets them), with a run marked
    words = ["One", "two", "three", "four", "five", "six", "seven"]
    doc = Doc(VOCAB, words=words, sent_starts=[True, False, True, False, False, True, False])
    doc.user_data[RUNS_KEY] = [(2, 5)]
    return doc


def test_sentence_table_holds_what_doc_sents_gives():
    docs = [_doc(), _two_sentences(), _marked_sentences(), *CASE_DOCS]
    assert sum(len(list(d.sents)) for d in docs) > len(docs)  # some Docs have several sentences
    for doc in docs:
        table, sents = sentences(doc), list(doc.sents)
        assert len(table) == len(sents)
        assert table.starts == [s.start for s in sents] and table.ends == [s.end for s in sents]
        assert table.start_chars == [s.start_char for s in sents]
        assert table.end_chars == [s.end_char for s in sents]
        assert table.readable == [readable(s) for s in sents]
        assert [table.span(doc, k) for k in range(len(table))] == sents
        assert [table.number(t.i) for t in doc] == [sents.index(t.sent) for t in doc]
    assert sentences(_two_sentences()).starts == [0, 5]
    assert sentences(_marked_sentences()).readable == [True, False, True]


def test_sentence_table_of_an_empty_doc_is_empty():
    table = sentences(Doc(VOCAB, words=[]))
    assert len(table) == 0 and table.starts == table.ends == table.start_chars == table.end_chars == []


def test_named_entities_hold_what_doc_ents_gives():
    docs = [_doc(), *CASE_DOCS]
    assert sum(len(d.ents) for d in docs) >= 2
    for doc in docs:
        ner, ents = named_entities(doc), doc.ents
        assert len(ner) == len(ents)
        assert list(zip(ner.starts, ner.ends, ner.labels)) == [(e.start, e.end, e.label_) for e in ents]
        assert list(zip(ner.start_chars, ner.end_chars)) == [(e.start_char, e.end_char) for e in ents]
    assert named_entities(_doc()).labels == ["LOC", "DATE"]


def test_kept_per_doc_answers_each_doc_its_own_read():
    # the last Doc's answer is kept apart from the weak table: asked of Docs in turn, of a
    # Doc made after another died (its id may be the dead one's), each gets its own read
    reads: list[int] = []

    def read(doc: Doc) -> int:
        reads.append(len(doc))
        return len(doc)

    kept = KeptPerDoc(read)
    one, two = _doc(), Doc(VOCAB, words=["a", "b"])
    assert [kept(one), kept(one), kept(two), kept(one), kept(two)] == [13, 13, 2, 13, 2]
    assert reads == [13, 2]  # read once per Doc
    del one, two
    gc.collect()
    for n in range(1, 6):
        assert kept(Doc(VOCAB, words=["w"] * n)) == n
    assert reads == [13, 2, 1, 2, 3, 4, 5]
