"""Claims: who said what, how, and how sure.

A claim is found from a *cue* (a reporting verb, a noun of speech, "according to")
or from a quotation; the structure always comes from the dependency parse, the word
lists from the cue lexicon (``data/cues.toml``, :mod:`newstrace.extract.cues`) and
``data/claims_outlets.toml``.

The package, bottom to top (each module imports only those above it in this list):
:mod:`.context` (the document's lookups, the attribution types, content spans),
:mod:`.speakers` (the speaker token of a cue), :mod:`.parsecues` (attributions read
from the parse), :mod:`.quotetags` (quotations no parsed cue covers),
:mod:`.resolver` (speaker phrases to named speakers), :mod:`.certainty`, and here
the assembly that runs the steps below in order (:func:`read_claims`).

Fallback order:

1. Quotations. Double quotation marks (straight or curly) are paired by their
   context (an opening mark follows a space, a closing mark precedes one). A quote
   may run over paragraphs only where each new paragraph reopens it; an opening mark
   never closed, or a "quote" over ``max_words`` long, is dropped as unbalanced.
   (:mod:`newstrace.extract.quotes`; read here in :class:`.context._Context`.)
2. Parse-based attribution, for each cue outside quotation marks (:mod:`.parsecues`),
   tried in this order for each cue word:
   a. "according to X, ...": the clause it hangs off (``_according_attribution``);
   b. a reporting verb with a clausal complement ("X said (that) ...", "X told
      reporters ...", inverted "..., said the ministry"), a verb whose subject follows
      the content it governs ("..., officials said"; a clause before ", said X" that the
      parser made adverbial is what was said), a verb of speech with an object
      ("condemned the raids", "called for calm", passive "was condemned by X"; "reject"
      and "dismiss" only with a noun of what was said or believed), "estimated X at Y",
      "credited X with Y", "X identified Y as Z" (active only, with a noun object), a
      passive of charging with its agent ("was accused by X of Y", "was accused of Y by
      X": X said it, the charge Y is the content), a tag inside a relative clause ("the
      man who police say shot ...": the tag's own subject speaks, the clause without
      its relative pronoun is the content) (``_verb_attribution``);
   c. a noun of speech with a "that" clause ("X's statement that ...", ``_noun_attribution``);
   d. a report adverb ("reportedly", ``_adverb_attribution``), then "By reports, ..."
      (``_by_reports_attribution``).
   The speaker is the cue's subject, else the agent of a passive, else (for a
   participle such as "..., saying ...", "posted a message ... blaming ...") the
   subject of the reporting or communication verb it hangs off (:mod:`.speakers`).
   Cues of inference ("suggest", "indicate") count only with a source as subject
   ("experts suggest").
3. Quotations no cue covered: a speaker tag right after a quote that ends in a comma
   ("“A,” he said"; a tag right after a quote that follows a colon is that quote's, not
   the clause's before the colon), or right before one after a colon or comma ("He
   said: “A”"); a quote that ends a clause it does not open, before a short tag that
   ends the sentence ("The families “heard ...,” Devine said."): the clause is the
   content, a mixed claim (:mod:`.quotetags`).
4. An untagged quote that follows a claimed quote with nothing but that quote's tag
   and connectives between ("“A,” he said. “B.”") has the same speaker
   (:func:`.quotetags._follows_claimed_quote`); one that opens the sentence right after
   a reported statement goes on with the nearest such statement (``_previous_indirect``).

quote_type: content all inside quotation marks is ``direct``; content with a quoted
part is ``mixed``; otherwise ``indirect``. A question is never a claim (here).

Speaker resolution (:mod:`.resolver`), first match wins: the entity the coreference stage tied the
subject's head word to (:mod:`newstrace.extract.coref`; its pronoun, definite
description, title, apposition, capital and person-description links only: ``resolver.COREF_RULES``); a named entity under the subject (PERSON, ORG,
GPE: the canonical name from ``entities``); a person in apposition ("the minister's
spokesman, Jan Novak"); a pronoun to the nearest fitting antecedent (he/she:
the nearest person named as a subject, then any person; it/they: the last non-person
speaker, then the nearest organisation or place); a quantifier ("some") to a human
group just named; a definite short form ("the agency", "the minister") to the
nearest entity whose name or role title has that word, a title with no antecedent to
the next untitled person named (a delayed lead); else the subject phrase itself as
an unnamed source ("South Korean military officials").

Certainty (:mod:`.certainty`): the cue's own class (``say`` certain, ``believe`` probable, ``suggest``
possible, ``deny`` doubtful) and the hedges of the content's own clauses, whichever
is less sure. Relative and adverbial clauses and noun modifiers are out of scope.
"""
from __future__ import annotations

import re
from bisect import bisect_left, insort

from spacy.tokens import Doc, Token

from newstrace.extract.cues import lexicon
from newstrace.extract.doc import ClaimReading
from newstrace.extract.quotes import QUOTE_MARKS, Quote
from newstrace.extract.entities import EntityTable
from newstrace.record import Claim, Entity
from newstrace.extract.claims.context import (Attribution, _Context, _opens_with_quoted_phrase, _quote_content,
                                              _trim_marks)
from newstrace.extract.claims.speakers import _is_pronoun
from newstrace.extract.claims.parsecues import (_ACCORDING, _according_attribution, _adverb_attribution,
                                                _by_reports_attribution, _cue_lemmas, _have_it_attribution, _noun_attribution,
                                                _verb_attribution)
from newstrace.extract.claims.quotetags import _follows_claimed_quote, _tag_after, _tag_after_clause, _tag_before
from newstrace.extract.claims.resolver import Speaker, _Resolver
from newstrace.extract.claims.certainty import _certainty

# The package's public surface: what other stages read from ``newstrace.extract.claims``
# (the components call ``read_claims`` and ``lexicon``).
__all__ = ["lexicon", "read_claims"]


def _parse_attributions(ctx: _Context) -> list[Attribution]:
    found = []
    table = ctx.sentences
    skipped = {i for k, read in enumerate(table.readable) if not read for i in range(table.starts[k], table.ends[k])}
    # only the tokens carrying a cue word, found from the parse's lists: the readers turn
    # every other token down at their first test
    cue_lemmas, parse = _cue_lemmas(ctx.lex), ctx.parse
    openers = _ACCORDING | ctx.lex.report_preps
    # "have" opens only its idiom ("reports have it that"): no cue word of the lexicon, which
    # other steps read as a source's mark
    have_it = ctx.lex.have_it_verbs
    for i in [i for i, lemma in enumerate(parse.lemma)
              if lemma in cue_lemmas or parse.lower[i] in openers or lemma in have_it]:
        tok = ctx.doc[i]
        if ctx.in_quote(tok) or tok.i in skipped:
            continue  # a cue inside a quotation belongs to the quoted speaker's words
        if parse.lemma[i] in have_it:
            att = _have_it_attribution(tok, ctx)
        else:
            att = _according_attribution(tok, ctx) or _verb_attribution(tok, ctx) or _noun_attribution(tok, ctx) \
                or _adverb_attribution(tok, ctx) or _by_reports_attribution(tok, ctx)
        if att is not None:
            found.append(att)
    return found


def _attach_quotes(attributions: list[Attribution], ctx: _Context) -> None:
    """Content that lies inside a quotation is the whole quotation (the parse sees only
    the quote's last sentence)."""
    for att in attributions:
        quote = ctx.quote_around(*att.content) or _quote_beside_cue(att, ctx)
        if quote is not None:
            att.content, att.quote = _quote_content(quote, ctx), quote
        else:
            att.content = _extend_to_quote_end(att.content, ctx)


def _quote_beside_cue(att: Attribution, ctx: _Context) -> Quote | None:
    """A quote right next to the cue whose content spills out on the far side only: the
    parse ran past the quotation marks ("Subhead “A,” X said"), the marks win."""
    for quote in ctx.quotes_overlapping(att.content):
        if _quote_is_name(quote, ctx):
            continue  # "said “Moon,” which is expected to ..., has been ...": a title, the clause goes on
        if att.cue.idx >= quote.end and att.content[1] <= quote.end:
            if not _words_lead_into(quote, att, ctx):
                return quote
        if att.cue.idx < quote.start and att.content[0] >= quote.start:
            if not _clause_goes_on(quote, att, ctx) and not _quote_coordinated(quote, att, ctx):
                return quote
    return None


def _words_lead_into(quote: Quote, att: Attribution, ctx: _Context) -> bool:
    """"... stems from uncertainty in relying “solely on the alliance,” said X": the
    content's own words, on the quote's line, with no other quotation and no cue of
    their own, run into the quotation, which is only a part of what was said."""
    start = att.content[0]
    before = ctx.text[start:quote.start]
    return bool(before.strip()) and before.rstrip()[-1] not in ".!?:;" \
        and not any(c in before for c in "\n;" + QUOTE_MARKS) and not _holds_source(start, quote.start, att, ctx)


def _clause_goes_on(quote: Quote, att: Attribution, ctx: _Context) -> bool:
    """"X says “illegal” government is confiscating ...": the clause goes on after a
    quoted word or phrase that ends no sentence; what was said is the clause."""
    end = att.content[1]
    inner = ctx.text[quote.inner[0]:quote.inner[1]].rstrip()
    after = ctx.text[quote.end:end]
    return bool(inner) and inner[-1] not in ".!?,;:" and after.lstrip()[:1].isalnum() and len(after.split()) >= 2 \
        and not any(c in after for c in "\n;" + QUOTE_MARKS) and not _holds_source(quote.end, end, att, ctx)


def _quote_coordinated(quote: Quote, att: Attribution, ctx: _Context) -> bool:
    """"added that “Ukraine was ready ...,” and “welcomed” the proposal": what was said goes
    on after the quote with "and" and words of the same sentence."""
    end = att.content[1]
    after = ctx.text[quote.end:end].lstrip(" ,")
    if after[:4] != "and " or any(c in after for c in "\n;!?") \
            or not _opens_with_quoted_phrase(end - len(after) + 4, end, ctx):
        return False
    if quote.end <= att.cue.idx < end or (att.speaker is not None and quote.end <= att.speaker.idx < end):
        return False
    cues, lemma = _cue_lemmas(ctx.lex), ctx.parse.lemma
    # a cue word the speaker is quoted using ("“welcomed”") is no other claim's
    return not any(lemma[i] in cues and not ctx.in_quote(ctx.doc[i]) for i in ctx.indices_between(quote.end, end))


def _holds_source(start: int, end: int, att: Attribution, ctx: _Context) -> bool:
    """The cue or speaker of this claim, or a cue word of another, lies in ``[start, end)``."""
    if start <= att.cue.idx < end or (att.speaker is not None and start <= att.speaker.idx < end):
        return True
    cues, lemma = _cue_lemmas(ctx.lex), ctx.parse.lemma
    return any(lemma[i] in cues for i in ctx.indices_between(start, end))


def _extend_to_quote_end(span: tuple[int, int], ctx: _Context) -> tuple[int, int]:
    """Content that opens a quotation and stops inside it ends where the quotation does."""
    for quote in ctx.quotes_opening_within(span[0], span[1]):
        if span[1] < quote.end:
            return span[0], quote.end
    return span


def _quote_attributions(claimed: list[Attribution], ctx: _Context) -> list[Attribution]:
    covered = {att.quote for att in claimed if att.quote is not None}
    covered |= {q for att in claimed for q in ctx.quotes_overlapping(att.content, inner=False)}
    out: list[Attribution] = []
    for quote in ctx.quotes:
        if quote in covered or _quote_is_name(quote, ctx):
            continue
        att = (_tag_after(quote, ctx) if _starts_sentence(quote, ctx) else _tag_after_clause(quote, ctx)) \
            or _tag_before(quote, ctx)
        if _quote_is_question(quote, ctx) and (att is None or att.cue.lemma_.lower() not in ctx.lex.tag_verbs):
            continue  # a question tagged as asked or cried ("“Is it over?” she asked") is her words
        if att is None:
            previous = _previous_direct(quote, claimed + out)
            if previous is None or not _follows_claimed_quote(quote, previous, ctx):
                previous = _previous_indirect(quote, claimed + out, ctx)
            if previous is not None:
                att = Attribution(previous.cue, previous.cue_text, previous.speaker, _quote_content(quote, ctx), previous.level,
                                  quote=quote, inherited_from=previous)
        if att is not None and _inside_speaker(quote, att, ctx):
            continue  # "X, co-author of “The Life of a Legend,” said": a title in the speaker's phrase
        if att is not None:
            out.append(att)
    return out


def _inside_speaker(quote: Quote, att: Attribution, ctx: _Context) -> bool:
    speaker = att.speaker
    if speaker is None:
        return False
    last = speaker.right_edge
    if not (speaker.left_edge.idx <= quote.start and quote.end <= last.idx + len(last.text) + 2):
        return False
    if quote.end <= att.cue.idx:
        return True
    # after the cue ("said Ron Howard, director of “A Beautiful Mind”"), only a quote with no
    # verb: "said X, who added: “...”" quotes what X said
    span = ctx.doc.char_span(quote.inner[0], quote.inner[1], alignment_mode="contract")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


def _previous_indirect(quote: Quote, attributions: list[Attribution], ctx: _Context) -> Attribution | None:
    """"X said Ankara was close to a deal. "We have many values in common ..."": an
    untagged quote that opens the sentence right after a reported statement, in the same
    paragraph, goes on with that statement's speaker."""
    if not _starts_sentence(quote, ctx):
        return None
    before = [a for a in attributions if a.quote is None and max(a.content[1], a.cue.idx) <= quote.start]
    if not before:
        return None
    # the statement nearest the quote: "condemned the violence, saying the country had ...":
    # the quote goes on with what "saying" reports
    previous = max(before, key=lambda a: (_sentence_span(a, ctx)[1], a.content[1]))
    gap = ctx.text[_sentence_span(previous, ctx)[1]:quote.start]
    return previous if not gap.strip() and gap.count("\n") <= 1 else None


def _previous_direct(quote: Quote, attributions: list[Attribution]) -> Attribution | None:
    earlier = [a for a in attributions if a.quote is not None and a.quote.end <= quote.start]
    return max(earlier, key=lambda a: a.quote.end, default=None)  # type: ignore[union-attr]


def _starts_sentence(quote: Quote, ctx: _Context) -> bool:
    before = ctx.text[:quote.start].rstrip(" \t")
    return not before or before[-1] in ".!?:;\n" + ctx.marks


def _quote_is_name(quote: Quote, ctx: _Context) -> bool:
    """A short quotation of capitalised words with no verb ("“Moon,” like “Twilight,” is based
    on the book", "he told “Meet the Press”") names a title, a show or a nickname: nothing said."""
    span = ctx.doc.char_span(quote.inner[0], quote.inner[1], alignment_mode="contract")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct]
    if not words or len(words) > ctx.lex.quoted_phrase_words:
        return False
    return any(t.pos_ == "PROPN" for t in words) and all(
        t.text[:1].isupper() or t.pos_ in ("DET", "ADP", "CCONJ") and t.i > words[0].i for t in words) \
        and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _quote_is_question(quote: Quote, ctx: _Context) -> bool:
    """A quotation that only asks. One that first states something and ends in a question
    ("We have said for years that priests should follow strict rules, so why should the
    bishops be exempt?", "... the prime minister, the president. What are their positions
    going to be?") says what it states: a claim."""
    inner = ctx.text[quote.inner[0]:quote.inner[1]].rstrip(" ,")
    if not inner.endswith("?"):
        return False
    before = re.split(r"[.!?:;]\s|,\s+(?:so|but|and)\s", inner[:-1])
    return len(before) < 2 or len(" ".join(before[:-1]).split()) < ctx.lex.stated_before_question


def _quote_type(span: tuple[int, int], ctx: _Context) -> str:
    if ctx.quote_around(*span) is not None:
        return "direct"
    if ctx.quotes_overlapping(span):
        return "mixed"
    return "indirect"


def _sentence_span(att: Attribution, ctx: _Context) -> tuple[int, int]:
    start = min(att.content[0], att.cue.idx)
    end = max(att.content[1], att.cue.idx + len(att.cue.text))
    first, last = ctx.token_at(start), ctx.token_at(end - 1)
    s = ctx.sentences.start_chars[ctx.sentence_number(first)] if first is not None else start
    e = ctx.sentences.end_chars[ctx.sentence_number(last)] if last is not None else end
    return s, e


def _deduplicate(attributions: list[Attribution]) -> list[Attribution]:
    """One claim per cue and per content; a claim nested in another's content with a
    cue of its own ("X said Y denied Z") stays."""
    kept: list[Attribution] = []
    kept_starts: list[int] = []  # in order: attributions are kept by start
    own_cues: dict[int, Attribution] = {}  # cues of kept claims that inherit from none
    for att in sorted(attributions, key=lambda a: (a.content[0], -a.content[1])):
        start, length = att.content[0], att.content[1] - att.content[0]
        if att.inherited_from is None and att.cue.i in own_cues \
                and not _quote_resumed_after_tag(own_cues[att.cue.i], att):
            continue
        # a kept span sharing over 80% with this one starts less than a quarter of this
        # one's length before it (and not after): only those are compared, not all kept
        near = kept[bisect_left(kept_starts, start - length):]
        if any(_overlap_share(k.content, att.content) > 0.8 for k in near):
            continue
        kept.append(att)
        kept_starts.append(start)
        if att.inherited_from is None:
            own_cues.setdefault(att.cue.i, att)
    return kept


def _quote_resumed_after_tag(first: Attribution, att: Attribution) -> bool:
    """"“A,” Sastre added, “and B.”": the quote the tag interrupts goes on after it; what
    follows the tag is said apart from what came before it (a claim of its own)."""
    return att.quote is not None and first.quote is not None and first.content[1] <= att.cue.idx < att.content[0]


def _restates_outer(att: Attribution, speaker: Speaker, claims: list[ClaimReading], ctx: _Context) -> bool:
    """"Bro told reporters she considered the deal acceptable": a cue inside a claim's
    content whose pronoun subject is that claim's speaker only says how the speaker
    said it; the outer claim holds it."""
    if att.speaker is None or att.inherited_from is not None or not _is_pronoun(att.speaker) or att.cue.tag_ == "VBG" \
            or att.speaker.head.i != att.cue.i \
            or att.speaker.lower_ not in ctx.lex.person_pronouns | ctx.lex.group_pronouns:
        return False
    start, end = att.content
    head = att.cue.head
    for reading in reversed(claims):
        outer = reading.claim
        if outer.content_span[0] <= att.cue.idx and end <= outer.content_span[1]:
            if outer.speaker == speaker.name:
                return True
            # "Police said they believe ...": the pronoun subject of the very complement of
            # the outer cue is the outer speaker, whatever the pronoun was resolved to
            sentence = outer.sentence_span or (0, 0)
            if att.cue.dep_ == "ccomp" and head.i != att.cue.i and outer.cue.split()[0] == head.text \
                    and sentence[0] <= head.idx < sentence[1] and not outer.content_span[0] <= head.idx < outer.content_span[1]:
                return True
    return False


def _relative_cue(cue: Token) -> bool:
    """A cue whose object is a free relative inside a noun phrase: "the release of
    prisoners and what it called resistance workers", "what Beijing considers sanctions".
    ("which he said would ..." is left alone: the corpus gold counts it as a claim of its own.)"""
    return any(c.tag_ == "WP" and c.lower_ == "what" and c.dep_ == "dobj" for c in cue.children)


def _overlap_share(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared length over the longer span's length: near 1 only for near-identical spans."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    longer = max(a[1] - a[0], b[1] - b[0])
    return inter / longer if longer > 0 and inter > 0 else 0.0


def _cut_trailing_sources(attributions: list[Attribution], ctx: _Context) -> None:
    """"X indicate A, with recent reports suggesting B": B's source and cue close A's
    content but belong to B's claim, not to A's."""
    # Each outer claim looks only at the inner ones whose content ends where its own does
    # (within one character), by an index of content ends kept up to date as claims are
    # cut, in the order of the list as before: comparing every pair made reading
    # quadratic in an article's length.
    sources: dict[int, int] = {}  # position -> where the inner claim's source and cue begin
    for n, inner in enumerate(attributions):
        if inner.speaker is None or inner.quote is not None or ctx.in_quote(inner.speaker):
            continue  # a "speaker" inside a quotation is the parser's misreading, no source
        if inner.cue.dep_ == "conj" and inner.speaker.head.i != inner.cue.i:
            continue  # "... that he had met X and vowed Y": a subject shared by coordination
        if _relative_cue(inner.cue):
            continue  # "... and what it called resistance workers": inside a noun phrase of the content
        if _is_pronoun(inner.speaker) and inner.cue.dep_ in ("ccomp", "advcl") and inner.speaker.head.i == inner.cue.i:
            # "Police said on Monday they believe ...": the complement itself, not a source
            # after it; so is a reason clause ("... reluctant to return because they believe ...")
            continue
        lead = inner.speaker.left_edge
        if lead.i > 0 and ctx.doc[lead.i - 1].dep_ == "prep":
            lead = ctx.doc[lead.i - 1]  # "with recent reports suggesting ..."
        sources[n] = min(lead.idx, inner.cue.idx)
    by_end: dict[int, list[int]] = {}
    for n in sources:
        by_end.setdefault(attributions[n].content[1], []).append(n)
    for o, outer in enumerate(attributions):
        first_end = outer.content[1]
        after = -1  # inner claims are tried in list order; after a cut, the rest against the new end
        while True:
            begin, end = outer.content
            found = min((n for e in (end - 1, end, end + 1) for n in by_end.get(e, ())
                         if n > after and n != o and begin < sources[n] < end), default=None)
            if found is None:
                break
            after = found
            cut = _trim_marks(ctx.text, begin, sources[found], ctx.marks)
            if cut is not None:
                outer.content = cut
        if o in sources and outer.content[1] != first_end:
            by_end[first_end].remove(o)
            insort(by_end.setdefault(outer.content[1], []), o)


def read_claims(doc: Doc, entities: EntityTable) -> list[ClaimReading]:
    """The claims of ``doc``, each with how its cue was read (negated, passive, denial)."""
    ctx = _Context(doc, entities)
    attributions = _parse_attributions(ctx)
    _attach_quotes(attributions, ctx)
    attributions += _quote_attributions(attributions, ctx)
    attributions = _deduplicate(attributions)
    _cut_trailing_sources(attributions, ctx)
    attributions.sort(key=lambda a: min(a.content[0], a.cue.idx))
    resolver = _Resolver(ctx)
    claims: list[ClaimReading] = []
    resolved: dict[int, tuple[Speaker, Entity | None]] = {}
    for att in attributions:
        source = att.inherited_from
        found = resolved.get(id(source)) if source is not None else None
        if found is None and att.speaker is not None:
            found = resolver.resolve(att.speaker)
        if found is None and att.unnamed is not None:
            found = Speaker(att.unnamed, "anonymous"), None
        if found is None:
            continue
        speaker, ent = found
        if _restates_outer(att, speaker, claims, ctx):
            continue
        resolved[id(att)] = found
        resolver.remember(att.cue.idx, speaker, ent, att.speaker if source is None else None, att.content[1])
        start, end = att.content
        claim = Claim(
            id=f"c{len(claims) + 1}", speaker=speaker.name, speaker_type=speaker.type,  # type: ignore[arg-type]
            speaker_affiliation=speaker.affiliation, cue=att.cue_text,
            quote_type=_quote_type(att.content, ctx),  # type: ignore[arg-type]
            content=ctx.text[start:end], content_span=(start, end),
            certainty=_certainty(att.level, att.content, ctx, att.cue.i),  # type: ignore[arg-type]
            sentence_span=_sentence_span(att, ctx),
        )
        claims.append(ClaimReading(claim, negated=att.negated, passive=att.passive,
                                   denial=att.cue.lemma_.lower() in ctx.lex.denial))
    return claims
