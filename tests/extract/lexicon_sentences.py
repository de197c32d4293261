"""Hand-built sentences, one per event trigger and claim cue of the lexicons, for
tests/extract/test_lexicon.py. No model: each sentence is a Doc made from words,
lemmas, parts of speech, heads and dependency labels.

    .venv/bin/python tests/extract/lexicon_sentences.py   # write lexicon_cases.json

The cases file is written once from today's lexicons and then kept: a trigger or cue
dropped from a lexicon makes its sentence fail; a new one without a sentence fails
the coverage test until this script is run again (it keeps every existing case).
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc

CASES = Path(__file__).with_name("lexicon_cases.json")
VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case, punctuation), no model


@dataclass
class Sentence:
    """Tokens as (word, lemma, pos, dep, head index); the head of the root is itself."""

    tokens: list[tuple[str, str, str, str, int]] = field(default_factory=list)

    def add(self, word: str, pos: str, dep: str, head: int | None, lemma: str | None = None) -> int:
        i = len(self.tokens)
        self.tokens.append((word, lemma or word.lower(), pos, dep, i if head is None else head))
        return i

    def doc(self) -> Doc:
        words, lemmas, pos, deps, heads = zip(*self.tokens)
        return Doc(VOCAB, words=list(words), lemmas=list(lemmas), pos=list(pos), deps=list(deps),
                   heads=list(heads), sent_starts=[True] + [False] * (len(words) - 1))

    def as_json(self) -> list[list]:
        return [list(t) for t in self.tokens]

    @classmethod
    def from_json(cls, tokens: list[list]) -> Sentence:
        return cls([tuple(t) for t in tokens])  # type: ignore[misc]


# -- event triggers -------------------------------------------------------------------


def trigger_sentence(rule, lemma: str, pos: str) -> tuple[Sentence, int]:
    """A sentence in which ``lemma`` (as ``pos``) meets the rule's constraints; returns
    it and the trigger's index. Verb: "Ruritania <verb> [not] [particle] [object]."; noun or
    adjective: "[Ruritania <governor> at] the <noun> [particle] [of <argument>]."."""
    s = Sentence()
    arg = sorted(rule.args_any)[0] if rule.args_any else None
    head_word = sorted(rule.head_any)[0] if rule.head_any else None
    if pos == "VERB":
        if head_word:
            subject = s.add("Ruritania", "PROPN", "nsubj", 1)
            root = s.add(head_word, "VERB", "ROOT", None)
            trigger = s.add(lemma, "VERB", "xcomp", root)
        else:
            subject = s.add("Ruritania", "PROPN", "nsubj", 1)
            trigger = s.add(lemma, "VERB", "ROOT", None)
        del subject
    else:
        if head_word:
            s.add("Ruritania", "PROPN", "nsubj", 1)
            root = s.add(head_word, "VERB", "ROOT", None)
            prep = s.add("at", "ADP", "prep", root)
            s.add("the", "DET", "det", 4)
            trigger = s.add(lemma, pos, "pobj", prep)
        else:
            s.add("the", "DET", "det", 1)
            trigger = s.add(lemma, pos, "ROOT", None)
    if rule.negated:
        s.add("not", "PART", "neg", trigger)  # "Ruritania accept not ...": a rule that means its negation
    if rule.prep_any:
        s.add(sorted(rule.prep_any)[0], "ADP", "prep", trigger)
    if rule.party_infinitive:  # "Ruritania <verb> Freedonia to talk": another party is to do it
        s.add("Freedonia", "PROPN", "dobj", trigger)
        s.add("to", "PART", "aux", len(s.tokens) + 1)
        s.add("talk", "VERB", "xcomp", trigger)
    if rule.party_object:  # "Ruritania <verb> Freedonia": a party is the object
        s.add("Freedonia", "PROPN", "dobj", trigger)
    if arg:
        if pos == "VERB" and rule.intransitive:  # "Ruritania <verb> over <argument>.": no object
            over = s.add("over", "ADP", "prep", trigger)
            s.add(arg, "NOUN", "pobj", over)
        elif pos == "VERB":
            s.add(arg, "NOUN", "dobj", trigger)
        else:
            of = s.add("of", "ADP", "prep", trigger)
            s.add(arg, "NOUN", "pobj", of)
    s.add(".", "PUNCT", "punct", trigger)
    return s, trigger


def trigger_cases() -> list[dict]:
    from newstrace.extract.events.lexicon import match, rules

    out = []
    for rule in rules():
        for lemma in sorted(rule.lemmas):
            for pos in sorted(rule.pos):
                sentence, i = trigger_sentence(rule, lemma, pos)
                found = match(sentence.doc()[i])
                if found is None:
                    continue  # the rule cannot fire on a plain sentence; reported by main()
                out.append({"kind": "trigger", "lemma": lemma, "pos": pos, "tokens": sentence.as_json(),
                            "index": i, "type": found.type, "mode": found.mode})
    return out


# -- claim cues -----------------------------------------------------------------------


def verb_cue_sentence(lemma: str) -> Sentence:
    """"Officials <cue> that the army left ."""
    s = Sentence()
    s.add("Officials", "NOUN", "nsubj", 1, "official")
    s.add(lemma, "VERB", "ROOT", None)
    s.add("that", "SCONJ", "mark", 5)
    s.add("the", "DET", "det", 4)
    s.add("army", "NOUN", "nsubj", 5)
    s.add("left", "VERB", "ccomp", 1, "leave")
    s.add(".", "PUNCT", "punct", 1)
    return s


def verb_cue_after_sentence(lemma: str) -> Sentence:
    """"The army left , officials <cue> .": for cues that only tag what came before."""
    s = Sentence()
    s.add("The", "DET", "det", 1, "the")
    s.add("army", "NOUN", "nsubj", 2)
    s.add("left", "VERB", "ccomp", 5, "leave")
    s.add(",", "PUNCT", "punct", 5)
    s.add("officials", "NOUN", "nsubj", 5, "official")
    s.add(lemma, "VERB", "ROOT", None)
    s.add(".", "PUNCT", "punct", 5)
    return s


def object_cue_sentence(lemma: str, prep: str | None, complement: bool,
                        noun: tuple[str, str] = ("raids", "raid")) -> Sentence:
    """"Officials <cue> the raids [a crime] ." or "Officials <cue> <prep> the raids ."; a verb
    of refusal takes a proposition ("Officials reject the claims .")."""
    word, noun_lemma = noun
    s = Sentence()
    s.add("Officials", "NOUN", "nsubj", 1, "official")
    cue = s.add(lemma, "VERB", "ROOT", None)
    if prep is not None:
        p = s.add(prep, "ADP", "prep", cue)
        s.add("the", "DET", "det", p + 2)
        s.add(word, "NOUN", "pobj", p, noun_lemma)
    else:
        s.add("the", "DET", "det", 3)
        s.add(word, "NOUN", "dobj", cue, noun_lemma)
        if complement:
            s.add("a", "DET", "det", 5)
            s.add("crime", "NOUN", "oprd", cue)
    s.add(".", "PUNCT", "punct", cue)
    return s


def noun_cue_sentence(lemma: str) -> Sentence:
    """"The ministry made a <cue> that the army left ."""
    s = Sentence()
    s.add("The", "DET", "det", 1)
    s.add("ministry", "NOUN", "nsubj", 2)
    s.add("made", "VERB", "ROOT", None, "make")
    s.add("a", "DET", "det", 4)
    cue = s.add(lemma, "NOUN", "dobj", 2)
    s.add("that", "SCONJ", "mark", 8)
    s.add("the", "DET", "det", 7)
    s.add("army", "NOUN", "nsubj", 8)
    s.add("left", "VERB", "acl", cue, "leave")
    s.add(".", "PUNCT", "punct", 2)
    return s


def read_cue(sentence: Sentence) -> dict | None:
    """What the claims stage reads in ``sentence``: its first claim, or None."""
    from newstrace.extract.claims import read_claims
    from newstrace.extract.entities import EntityTable

    readings = read_claims(sentence.doc(), EntityTable([]))
    if not readings:
        return None
    c = readings[0].claim
    return {"content": c.content, "certainty": c.certainty, "speaker": c.speaker}


def cue_cases() -> list[dict]:
    from newstrace.extract.claims import lexicon

    lex = lexicon()
    out = []

    def add(kind: str, lemma: str, sentence: Sentence) -> None:
        found = read_cue(sentence)
        if found is not None:
            out.append({"kind": kind, "lemma": lemma, "tokens": sentence.as_json(), **found})

    for lemma in sorted(lex.verb_certainty):
        add("verb_cue", lemma, verb_cue_after_sentence(lemma) if lemma in lex.after_quote else verb_cue_sentence(lemma))
    for lemma in sorted(lex.object_verbs):
        noun = ("claims", "claim") if lemma in lex.proposition_verbs else ("raids", "raid")
        add("object_cue", lemma, object_cue_sentence(lemma, None, lemma in lex.needs_complement, noun))
    for verb, prep in sorted(lex.phrasal):
        add("phrasal_cue", f"{verb} {prep}", object_cue_sentence(verb, prep, False))
    for lemma in sorted(lex.noun_certainty):
        add("noun_cue", lemma, noun_cue_sentence(lemma))
    return out


def lexicon_entries() -> dict[str, set[str]]:
    """Every trigger (lemma/pos) and cue of today's lexicons, by kind."""
    from newstrace.extract.claims import lexicon
    from newstrace.extract.events.lexicon import rules

    lex = lexicon()
    return {
        "trigger": {f"{lemma}/{pos}" for r in rules() for lemma in r.lemmas for pos in r.pos},
        "verb_cue": set(lex.verb_certainty),
        "object_cue": set(lex.object_verbs),
        "phrasal_cue": {f"{v} {p}" for v, p in lex.phrasal},
        "noun_cue": set(lex.noun_certainty),
    }


def case_key(case: dict) -> str:
    return f"{case['lemma']}/{case['pos']}" if case["kind"] == "trigger" else case["lemma"]


def main() -> int:
    old = json.loads(CASES.read_text()) if CASES.exists() else []
    new = trigger_cases() + cue_cases()
    have = {(c["kind"], case_key(c)) for c in new}
    kept = [c for c in old if (c["kind"], case_key(c)) not in have]  # never drop a case
    cases = new + kept
    CASES.write_text(json.dumps(cases, indent=0, ensure_ascii=False) + "\n")
    covered = {(c["kind"], case_key(c)) for c in cases}
    for kind, entries in lexicon_entries().items():
        missing = sorted(e for e in entries if (kind, e) not in covered)
        print(f"{kind}: {len(entries) - len(missing)}/{len(entries)} with a sentence"
              + (f"; none for {missing}" if missing else ""))
    print(f"wrote {len(cases)} cases to {CASES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
