"""The cue lexicon, ``data/cues.toml`` (with the outlet lists of
``data/claims_outlets.toml``), loaded once and shared: claims read its cues, speakers
and hedges; event modality reads its reporting, hedging and denying verbs
(:func:`modality_words`).

Patterns and code. The words are the data; the claims stage starts only from the tokens
carrying one (``claims.parsecues._cue_lemmas``: verb and noun cues, object and phrasal
verbs, estimate and stance verbs, and "according"), found from the Doc's arrays
(:mod:`newstrace.extract.wordindex`, faster than a ``Matcher`` with ``LEMMA IN``
patterns on the same words). The structures read around a cue stay walks of the parse in
the claims package (:mod:`newstrace.extract.claims`): a clausal complement or an object
with a second part, a passive "by" agent, the subject a cue inherits through "and
vowed", "saying that" or "is due to" (:mod:`newstrace.extract.syntax`), hedges anywhere
in the content's own clauses. Each of these tries alternatives in order with negative
conditions and paths of varying length, which a ``DependencyMatcher`` pattern (one fixed
tree shape, no optional nodes, no "not") cannot say in one pattern; written as patterns
they would multiply, not move to data.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property

from newstrace.data import load_toml
from newstrace.extract.names import name_key, title_words as known_title_words

CERTAINTY_RANK = {"certain": 0, "probable": 1, "possible": 2, "doubtful": 3}


def _words(items: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in items)


def _by_certainty(table: dict) -> dict[str, str]:
    return {w.lower(): level for level in CERTAINTY_RANK for w in table.get(level, [])}


@dataclass(frozen=True)
class Lexicon:
    verb_certainty: dict[str, str]
    noun_certainty: dict[str, str]
    object_verbs: frozenset[str]
    phrasal: frozenset[tuple[str, str]]
    needs_complement: frozenset[str]
    when_prepositions: frozenset[str]
    infinitive_verbs: frozenset[str]
    gerund_verbs: frozenset[str]
    addressee_verbs: frozenset[str]
    told_content: frozenset[str]
    inference: frozenset[str]
    citing: frozenset[str]
    verdict_verbs: frozenset[str]
    verdicts: frozenset[str]
    comm_verbs: frozenset[str]
    comm_nouns: frozenset[str]
    message_verbs: frozenset[str]
    partitives: frozenset[str]
    audience: frozenset[str]
    hedges: dict[str, dict[str, frozenset[str]]]
    doubtful_when_negated: frozenset[str]
    perception: frozenset[str]
    past_belief: frozenset[str]
    negators: frozenset[str]
    negation_correlatives: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    quantifiers: frozenset[str]
    free_relatives: frozenset[str]
    going_on_verbs: frozenset[str]
    never: frozenset[str]
    mute_nouns: frozenset[str]
    comment_nouns: frozenset[str]
    clause_only_verbs: frozenset[str]
    clause_object_words: int
    naming_verbs: frozenset[str]
    stated_before_question: int
    group_both: frozenset[str]
    group_pairs: frozenset[str]
    group_quantities: frozenset[str]
    group_numbers: dict[str, int]
    short_forms: dict[str, frozenset[str]]
    state_forces: frozenset[str]
    unnamed_words: frozenset[str]
    younger_words: frozenset[str]
    elder_words: frozenset[str]
    child_nouns: frozenset[str]
    speaker_types: tuple[tuple[str, frozenset[str]], ...]
    person_titles: tuple[tuple[str, frozenset[str]], ...]
    org_name_words: tuple[tuple[str, tuple[str, ...]], ...]
    state_media: frozenset[str]
    media: frozenset[str]
    title_words: frozenset[str]
    max_quote_words: int
    quoted_phrase_words: int
    bare_tag_tokens: int
    have_to_say_objects: frozenset[str] = frozenset()
    unjoined_tag_verbs: frozenset[str] = frozenset()
    estimate_verbs: frozenset[str] = frozenset()
    estimate_nouns: frozenset[str] = frozenset()
    estimate_preps: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    issuing_verbs: frozenset[str] = frozenset()
    document_acts: dict[str, str] = field(default_factory=dict)  # "ruling" -> "rule"
    document_makers: frozenset[str] = frozenset()
    documents_about_owner: frozenset[str] = frozenset()
    documents_of_subject: frozenset[str] = frozenset()
    media_object_verbs: frozenset[str] = frozenset()
    media_nouns: frozenset[str] = frozenset()
    outlet_descriptions: frozenset[str] = frozenset()
    stance_verbs: frozenset[str] = frozenset()
    stance_nouns: frozenset[str] = frozenset()
    stance_preps: frozenset[str] = frozenset()
    denial: frozenset[str] = frozenset()
    state_speakers: frozenset[str] = frozenset()
    person_offices: frozenset[str] = frozenset()
    after_quote: frozenset[str] = frozenset()
    tag_verbs: frozenset[str] = frozenset()
    answer_verbs: frozenset[str] = frozenset()
    title_abbreviations: dict[str, str] = field(default_factory=dict)  # "da" -> "district attorney"
    staff_nouns: frozenset[str] = frozenset()
    main_person_mentions: int = 3
    role_window: int = 2
    main_person_lead: float = 2.0
    staff_preps: frozenset[str] = frozenset()
    asking_verbs: frozenset[str] = frozenset()
    going_on_to: frozenset[str] = frozenset()
    content_marks: frozenset[str] = frozenset()
    report_adverbs: dict[str, str] = field(default_factory=dict)  # adverb -> the unnamed source it names
    passive_reports: frozenset[str] = frozenset()
    raising_passives: frozenset[str] = frozenset()
    report_preps: frozenset[str] = frozenset()
    report_nouns: frozenset[str] = frozenset()
    medium_preps: frozenset[str] = frozenset()
    medium_nouns: frozenset[str] = frozenset()
    plural_reports: frozenset[str] = frozenset()
    existential_preps: frozenset[str] = frozenset()
    negating_dets: frozenset[str] = frozenset()
    existential_source_preps: frozenset[str] = frozenset()
    have_it_verbs: frozenset[str] = frozenset()
    have_it_nouns: frozenset[str] = frozenset()
    spokespeople: frozenset[str] = frozenset()
    onlookers: frozenset[str] = frozenset()
    proposition_verbs: frozenset[str] = frozenset()
    proposition_nouns: frozenset[str] = frozenset()
    reflexive_state_verbs: frozenset[str] = frozenset()
    act_objects: dict[str, frozenset[str]] = field(default_factory=dict)  # "claim" -> {"life", "title", ...}
    charge_verbs: frozenset[str] = frozenset()
    charge_preps: frozenset[str] = frozenset()
    active_only: frozenset[str] = frozenset()

    def is_verb_cue(self, lemma: str) -> bool:
        return lemma in self.verb_certainty or lemma in self.object_verbs or lemma in self._phrasal_verbs

    @cached_property
    def _phrasal_verbs(self) -> frozenset[str]:
        return frozenset(v for v, _ in self.phrasal)

    def source_nouns(self) -> frozenset[str]:
        return self._source_nouns

    @cached_property
    def _source_nouns(self) -> frozenset[str]:  # asked at each step of a speaker walk
        return frozenset(w for _, words in self.speaker_types for w in words if " " not in w)

    @cached_property
    def hedge_words(self) -> frozenset[str]:
        """Every word a hedge level lists as a modal or a word, whatever the level: a word
        outside these and :attr:`hedge_lemmas` hedges nothing."""
        return frozenset(w for kinds in self.hedges.values() for kind in ("modals", "words")
                         for w in kinds.get(kind, ()))

    @cached_property
    def hedge_lemmas(self) -> frozenset[str]:
        return frozenset(w for kinds in self.hedges.values() for kind in ("lemmas", "nouns")
                         for w in kinds.get(kind, ()))


@cache
def lexicon() -> Lexicon:
    data = load_toml("cues.toml")
    outlets = load_toml("claims_outlets.toml")
    hedges = {level: {kind: _words(words) for kind, words in kinds.items()}
              for level, kinds in data["hedges"].items() if level in CERTAINTY_RANK}
    return Lexicon(
        verb_certainty=_by_certainty(data["verbs"]),
        noun_certainty=_by_certainty(data["nouns"]),
        object_verbs=_words(data["object_verbs"]["lemmas"]),
        phrasal=frozenset((verb, prep) for verb, prep in (p.lower().split(maxsplit=1) for p in data["object_verbs"]["phrasal"])),
        needs_complement=_words(data["object_verbs"]["needs_complement"]),
        when_prepositions=_words(data["object_verbs"]["when_prepositions"]),
        infinitive_verbs=_words(data["infinitive_verbs"]["lemmas"]),
        gerund_verbs=_words(data["gerund_verbs"]["lemmas"]),
        addressee_verbs=_words(data["addressee_verbs"]["lemmas"]),
        told_content=_words(data["addressee_verbs"]["not_addressees"]),
        inference=_words(data["inference_verbs"]["lemmas"]),
        citing=_words(data["citing"]["lemmas"]),
        verdict_verbs=_words(data["verdicts"]["verbs"]),
        verdicts=_words(data["verdicts"]["words"]),
        comm_verbs=_words(data["communication"]["verbs"]),
        comm_nouns=_words(data["communication"]["nouns"]),
        message_verbs=_words(data["communication"]["message_verbs"]),
        partitives=_words(data["communication"]["partitives"]),
        audience=_words(data["audience"]["nouns"]),
        hedges=hedges,
        doubtful_when_negated=_words(data["negation"]["doubtful_when_negated"]),
        perception=_words(data["hedges"]["perception"]["lemmas"]),
        past_belief=_words(data["past_belief"]["lemmas"]),
        negators=_words(data["negation"]["words"]),
        negation_correlatives=_words(data["negation"]["correlatives"]),
        person_pronouns=pronouns("person"),
        group_pronouns=pronouns("group"),
        quantifiers=_words(data["pronouns"]["quantifiers"]),
        free_relatives=_words(data["pronouns"].get("free_relatives", [])),
        going_on_verbs=_words(data.get("going_on", {}).get("verbs", [])),
        never=_words(data["pronouns"]["never"]),
        mute_nouns=_words(data["mute_nouns"]["nouns"]),
        comment_nouns=_words(data["writers_comment"]["nouns"]),
        clause_only_verbs=_words(data["clause_only"]["verbs"]),
        clause_object_words=int(data["clause_only"]["min_words"]),
        naming_verbs=_words(data["naming_verbs"]["verbs"]),
        stated_before_question=int(data["questions"]["stated_words"]),
        group_both=_words(data["counted_groups"]["both"]),
        group_pairs=_words(data["counted_groups"].get("pairs", [])),
        group_quantities=_words(data["counted_groups"].get("quantities", [])),
        group_numbers={w.lower(): int(n) for w, n in data["counted_groups"]["numbers"].items()},
        short_forms={label: _words(words) for label, words in data["short_forms"].items() if label != "state_forces"},
        state_forces=_words(data["short_forms"].get("state_forces", [])),
        unnamed_words=_words(data.get("unnamed", {}).get("words", [])),
        younger_words=_words(data["generations"]["younger"]),
        elder_words=_words(data["generations"]["elder"]),
        child_nouns=_words(data["generations"]["child_nouns"]),
        speaker_types=tuple((kind, _words(words)) for kind, words in data["speaker_types"].items()),
        person_titles=tuple((kind, _words(words)) for kind, words in data["person_titles"].items()),
        org_name_words=tuple((kind, tuple(w.lower() for w in words)) for kind, words in data["org_name_words"].items()),
        state_media=frozenset(outlet_key(n) for n in outlets["state_media"]),
        media=frozenset(outlet_key(n) for n in outlets["media"]),
        title_words=known_title_words(),
        max_quote_words=int(data["quotes"]["max_words"]),
        quoted_phrase_words=int(data["quotes"]["phrase_words"]),
        bare_tag_tokens=int(data["quotes"]["bare_tag_tokens"]),
        have_to_say_objects=_words(data.get("have_to_say", {}).get("objects", [])),
        unjoined_tag_verbs=_words(data.get("unjoined_tag", {}).get("verbs", [])),
        estimate_verbs=_words(data["estimates"]["verbs"]),
        estimate_nouns=_words(data["estimates"]["nouns"]),
        estimate_preps=_words(data["estimates"]["preps"]),
        documents=_words(data["documents"]["nouns"]),
        issuing_verbs=_words(data["documents"].get("issuing_verbs", [])),
        document_makers=_words(data["documents"].get("makers", [])),
        documents_about_owner=_words(data["documents"].get("about_owner", [])),
        documents_of_subject=_words(data["documents"].get("of_subject", [])),
        document_acts={k.lower(): v.lower() for k, v in data["documents"].get("acts", {}).items()},
        media_object_verbs=_words(data["object_verbs"].get("media_lemmas", [])),
        media_nouns=_words(data["object_verbs"].get("media_nouns", [])),
        outlet_descriptions=_words(data.get("outlet_descriptions", {}).get("nouns", [])),
        stance_verbs=_words(data["stance"]["verbs"]),
        stance_nouns=_words(data["stance"]["nouns"]),
        stance_preps=_words(data["stance"]["preps"]),
        spokespeople=_words(data.get("spokespeople", {}).get("nouns", [])),
        denial=_words(data["denial"]["lemmas"]),
        state_speakers=_words(data.get("state_speakers", {}).get("nouns", [])),
        person_offices=_words(data.get("person_offices", {}).get("nouns", [])),
        after_quote=_words(data.get("after_quote", {}).get("lemmas", [])),
        tag_verbs=_words(data.get("tag_verbs", {}).get("lemmas", [])),
        answer_verbs=_words(data.get("answers", {}).get("verbs", [])),
        role_window=int(data.get("role_holders", {}).get("sentences", 2)),
        main_person_mentions=int(data.get("main_person", {}).get("mentions", 3)),
        main_person_lead=float(data.get("main_person", {}).get("lead", 2.0)),
        staff_nouns=_words(data.get("staff", {}).get("nouns", [])),
        staff_preps=_words(data.get("staff", {}).get("preps", [])),
        title_abbreviations={k.lower(): v.lower() for k, v in data.get("title_abbreviations", {}).items()},
        asking_verbs=_words(data.get("answers", {}).get("asking", [])),
        going_on_to=_words(data.get("going_on_to", {}).get("verbs", [])),
        content_marks=_words(data.get("content_clauses", {}).get("marks", [])),
        report_adverbs={w.lower(): source for w, source in data.get("report_adverbs", {}).items()},
        passive_reports=_words(data.get("passive_reports", {}).get("lemmas", [])),
        raising_passives=_words(data.get("raising_passives", {}).get("lemmas", [])),
        report_preps=_words(data.get("report_preps", {}).get("preps", [])),
        report_nouns=_words(data.get("report_preps", {}).get("nouns", [])),
        medium_preps=_words(data.get("medium", {}).get("preps", [])),
        medium_nouns=_words(data.get("medium", {}).get("nouns", [])),
        plural_reports=_words(data.get("medium", {}).get("plural_reports", [])),
        existential_preps=_words(data.get("existential_reports", {}).get("preps", [])),
        negating_dets=_words(data.get("existential_reports", {}).get("negating_dets", [])),
        existential_source_preps=_words(data.get("existential_reports", {}).get("source_preps", [])),
        have_it_verbs=_words(data.get("reports_have_it", {}).get("verbs", [])),
        have_it_nouns=_words(data.get("reports_have_it", {}).get("nouns", [])),
        onlookers=_words(data.get("onlookers", {}).get("nouns", [])),
        proposition_verbs=_words(data["object_verbs"].get("proposition_verbs", [])),
        proposition_nouns=_words(data["object_verbs"].get("proposition_nouns", [])),
        reflexive_state_verbs=_words(data.get("reflexive_states", {}).get("verbs", [])),
        act_objects={verb.lower(): _words(nouns) for verb, nouns in data["object_verbs"].get("act_objects", {}).items()},
        charge_verbs=_words(data["object_verbs"].get("charge_verbs", [])),
        charge_preps=_words(data["object_verbs"].get("charge_preps", [])),
        active_only=_words(data["object_verbs"].get("active_only", [])),
    )


def outlet_key(name: str) -> str:
    """An outlet's name for the outlet lists: no leading "the", case folded (acronyms too)."""
    return name_key(name, keeps_case=lambda _: False)


@cache
def modality_words(name: str) -> frozenset[str]:
    """A word list of the ``[modality]`` table: reporting, hedging, denying, reporting_hedges."""
    return frozenset(w.lower() for w in load_toml("cues.toml")["modality"][name])


@cache
def pronouns(kind: str) -> frozenset[str]:
    """A pronoun list of the ``[pronouns]`` table: person, group, speaker, relative."""
    return frozenset(w.lower() for w in load_toml("cues.toml")["pronouns"][kind])
