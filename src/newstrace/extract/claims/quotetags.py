"""Quotations without a parsed cue (steps 3 and 4 of the fallback order in :mod:`newstrace.extract.claims`).

A speaker tag right after a quote ("“A,” he said") or right before one ("He said: “A”"),
read from the words around the quote when the parse gave no cue; and an untagged quote
that goes on from a claimed one with nothing but its tag between (same speaker).
"""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from newstrace.extract import coref
from newstrace.extract.quotes import Quote
from newstrace.extract.claims.context import (Attribution, MAX_CONNECTIVE_WORDS, MAX_TAG_TOKENS, SENTENCE_END, _Context,
                                              _quote_content)
from newstrace.extract.claims.speakers import _document_issuer, _is_pronoun, _speaker_of_verb, _subject_outside_quotes
from newstrace.extract.claims.parsecues import _cue_text, _may_speak


def _tag_after(quote: Quote, ctx: _Context) -> Attribution | None:
    """"“A,” X said." or "“A,” said X.": a short tag right after a quote ending in a comma."""
    text = ctx.text
    inner_end = quote.inner[1]
    region = _region_after(quote, ctx)
    inverted = _inverted_tag_without_comma(quote, region, ctx)
    inner = text[quote.inner[0]:inner_end].rstrip()  # "..., bullet, '": a mark set apart by a space
    # "“... each other[,]” Baloch wrote": the editor's comma, in brackets
    inner_last = "," if inner.endswith("[,]") else inner[-1:]
    if not (inner_last in (",", "!", "?", "—", ";") or text[quote.end:quote.end + 1] == ","
            or _bare_tag_sentence(quote, region, ctx) or inverted):
        return None
    for tok in region[:MAX_TAG_TOKENS]:
        message = _message_tag(tok, region, ctx)
        if message is not None:  # "“A,” read the statement."
            return Attribution(tok, f"{tok.text} {ctx.doc[message.left_edge.i:message.i + 1].text}", message,
                               _quote_content(quote, ctx), "certain", quote=quote)
        level = _tag_level(tok, ctx)
        if tok.pos_ in ("VERB", "AUX") and level is not None:
            speaker = _quoted_as_saying(tok, ctx) or _subject_outside_quotes(tok, ctx) \
                or (inverted and _person_in(region, ctx)) \
                or _inverted_person_noun(tok, quote, ctx) or _nearest_name(region, tok, ctx)
            if speaker is not None and _may_speak(speaker, ctx, inference=False) and not _has_own_content(tok, quote, ctx):
                return Attribution(tok, _cue_text(tok, ctx), speaker, _quote_content(quote, ctx), level, quote=quote)
    return None


def _quoted_as_saying(verb: Token, ctx: _Context) -> Token | None:
    """"“...,” the New York Daily News quoted witness Devonte Brown as saying": the object of
    a citing verb followed by "as saying" is who spoke; the paper only passed it on."""
    if verb.lemma_.lower() not in ctx.lex.citing:
        return None
    quoted = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if quoted is None:
        return None
    for tok in verb.subtree:
        if tok.i > quoted.i and tok.lower_ == "as" and any(c.tag_ == "VBG" and ctx.lex.is_verb_cue(c.lemma_.lower())
                                                          for c in tok.children):
            return quoted
    return None


def _tag_after_clause(quote: Quote, ctx: _Context) -> Attribution | None:
    """"The families “heard some answers for the first time,” Devine said.": a quote that
    ends a clause it does not open, right before a tag that ends the sentence. The clause,
    its own words before the quote with it, is what was said (a mixed claim); a clause with
    a verb of saying or a quote of its own before this one is read the other ways, and the
    tag is a short one: a speaker and its verb, nothing else the clause goes on with."""
    region = _region_after(quote, ctx)
    after = region[-1].i + 1 if region else 0
    if not region or after < len(ctx.doc) and ctx.doc[after].text not in SENTENCE_END:
        return None  # (the text's end ends the sentence too: a last line with no stop)
    words = [t for t in region if not t.is_punct]
    if len(words) > ctx.lex.bare_tag_tokens or sum(t.pos_ in ("VERB", "AUX") for t in words) != 1:
        return None  # "nicknamed “X,” had 750,000 followers and wrote ...": the clause goes on
    first = bisect_left(ctx.starts, quote.start)
    if first >= len(ctx.doc):
        return None
    lead = [t for t in ctx.sentence_of(first) if t.idx < quote.start]
    if not any(t.is_alpha for t in lead) or any(t.text in ctx.marks or "\n" in t.text for t in lead) \
            or any(t.pos_ in ("VERB", "AUX") and ctx.lex.is_verb_cue(t.lemma_.lower()) for t in lead):
        return None
    tag = _tag_after(quote, ctx)
    if tag is None or tag.cue.i < region[0].i or tag.speaker is None:
        return None
    speaker: Token | None = tag.speaker
    if tag.speaker.i < region[0].i:
        # the parser gave the cue the clause's subject too ("the families ... said"): the
        # tag's own name speaks
        speaker = _nearest_name(region, tag.cue, ctx)
    if speaker is None:
        return None
    start = next(t.idx for t in lead if t.is_alpha or t.is_digit)
    return Attribution(tag.cue, tag.cue_text, speaker, (start, _quote_content(quote, ctx)[1]), tag.level)


def _tag_level(verb: Token, ctx: _Context) -> str | None:
    """The certainty a verb in a quotation's tag gives its speaker: a verb of saying's own, or
    a verb of voicing that reports speech only in a tag ("“Is it over?” she asked")."""
    lemma = verb.lemma_.lower()
    level = ctx.lex.verb_certainty.get(lemma)
    if level is not None or lemma not in ctx.lex.tag_verbs:
        return level
    # "He was asked: “...?”": the subject of the passive is who was asked, not who speaks
    return None if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) else "certain"


def _person_in(region: list[Token], ctx: _Context) -> Token | None:
    """The first token of a person's name in a tag the parser misread ("tweeted Mayor of
    London Sadiq Khan": the person, not the place in the title)."""
    return next((t for t in region if (ent := ctx.entity(t)) is not None and ent.type == "PERSON"), None)


def _inverted_tag_without_comma(quote: Quote, region: list[Token], ctx: _Context) -> bool:
    """"“I am in awe of the people who ran towards danger” tweeted Mayor Sadiq Khan.": a
    quote that opens its sentence, closed with no comma, right before an inverted verb of
    saying in the past or present (the writer's comma left out; the tagger may read the verb
    as a participle)."""
    if not region or region[0].idx != quote.end + 1 or ctx.text[quote.end:region[0].idx] != " ":
        return False
    end = region[-1].i + 1
    if end >= len(ctx.doc) or ctx.doc[end].text not in SENTENCE_END:
        return False  # "“We stand ready” tweeted Johnson “to provide ...”": the quote goes on
    verb = region[0]
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBN") and ctx.lex.verb_certainty.get(verb.lemma_.lower()) == "certain" \
        and len(ctx.text[quote.inner[0]:quote.inner[1]].split()) >= 3


def _bare_tag_sentence(quote: Quote, region: list[Token], ctx: _Context) -> bool:
    """"“... was already dead.” Roesler said.": a quote closed with a full stop, then a
    sentence of nothing but a speaker and a verb of saying (the writer's stop for a comma)."""
    inner = ctx.text[quote.inner[0]:quote.inner[1]].rstrip()
    if not inner.endswith(".") or not region or len(region) > ctx.lex.bare_tag_tokens:
        return False
    end = region[-1].i + 1
    if end >= len(ctx.doc) or ctx.doc[end].text not in SENTENCE_END:
        return False
    return region[-1].pos_ == "VERB" and region[-1].lemma_.lower() in ctx.lex.verb_certainty


def _message_tag(tok: Token, region: list[Token], ctx: _Context) -> Token | None:
    """"read the statement", "the letter reads": a verb that introduces a text with the
    text itself as its subject, inverted or not."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ctx.lex.message_verbs:
        return None
    inside = {t.i for t in region}
    return next((c for c in tok.children if c.dep_ in ("nsubj", "dobj") and c.i in inside
                 and c.lemma_.lower() in ctx.lex.comm_nouns), None)


def _region_after(quote: Quote, ctx: _Context) -> list[Token]:
    region = []
    for tok in ctx.doc[bisect_left(ctx.starts, quote.end):]:
        if tok.text in SENTENCE_END or "\n" in tok.text or tok.text in ctx.marks and _opens_quote(tok, ctx):
            break
        region.append(tok)
    return region


def _opens_quote(tok: Token, ctx: _Context) -> bool:
    return any(q.start == tok.idx for q in ctx.quotes)


def _tag_before(quote: Quote, ctx: _Context) -> Attribution | None:
    """"X said: “A”" or "X added, “A”": a cue ending right at the opening mark."""
    text = ctx.text
    lead = text[:quote.start].rstrip()
    if not lead:
        return None
    region: list[Token] = []
    for tok in ctx.tokens_back_from(len(lead)):
        if tok.text in SENTENCE_END or "\n" in tok.text or tok.text in ctx.marks:
            break
        region.insert(0, tok)
    message = _message_read(region, ctx)
    if message is not None:  # "The letter reads “A”", "It read: “A”"
        # "a statement released by X", "the decree signed by X": X's; "their statement" is left
        # to the resolver, which knows whose statements came before
        issuer = _document_issuer(message[0], ctx)
        source = issuer if issuer is not None and not _is_pronoun(issuer) else message[0]
        return Attribution(message[1], message[1].text, source, _quote_content(quote, ctx), "certain", quote=quote)
    if lead[-1] not in ":," and not _speech_verb_opens(region, quote, ctx):
        return None
    for tok in reversed(region[-MAX_TAG_TOKENS:]):
        level = _tag_level(tok, ctx)
        if tok.pos_ in ("VERB", "AUX") and level is not None and not _has_own_content(tok, quote, ctx):
            speaker = _speaker_of_verb(tok, ctx) or _nearest_name(region, tok, ctx)
            if speaker is not None and _may_speak(speaker, ctx, inference=False):
                return Attribution(tok, _cue_text(tok, ctx), speaker, _quote_content(quote, ctx), level, quote=quote)
    if lead[-1] == ":":
        return _colon_clause_tag(region, quote, ctx) or _label_tag(region, quote, ctx)
    return None


def _label_tag(region: list[Token], quote: Quote, ctx: _Context) -> Attribution | None:
    """"Secretary of the Air Force James Roche: “No, Sir, ...”", "Jane Doe/County Attorney:
    “...”": a person's name, with a title at most and no verb, as a sentence of its own before
    a colon labels the quote that follows it as that person's words (a transcript's or an
    exchange's speaker label)."""
    if not region or not ctx.text[quote.start + 1:quote.start + 2].isupper() \
            or any(t.pos_ in ("VERB", "AUX") or t.pos_ == "PRON" for t in region) \
            or not all(t.pos_ in ("PROPN", "NOUN", "ADJ", "ADP", "DET", "CCONJ", "PUNCT", "SYM") for t in region):
        return None
    person = next((t for t in region if (ent := ctx.entity(t)) is not None and ent.type == "PERSON"), None)
    if person is None:
        return None
    return Attribution(region[-1], ":", person, _quote_content(quote, ctx), "certain", quote=quote)


def _colon_clause_tag(region: list[Token], quote: Quote, ctx: _Context) -> Attribution | None:
    """"Legislator X spoke to the press after the speech: “Please go.”", "Trump took a parting
    shot on Twitter: “...”": a colon after a clause with no verb of saying opens a quote that
    fills the rest of the sentence; what the colon announces is the clause's subject's words.
    Only an active verb whose subject is a person, a body or a pronoun for one ("He was asked:
    “...”" quotes the one who asked)."""
    if not ctx.text[quote.start + 1:quote.start + 2].isupper() \
            or any(not t.is_punct for t in _region_after(quote, ctx)) \
            or any(_cue_of_its_own(t, ctx) for t in region if t.pos_ in ("VERB", "AUX")):
        return None  # a cue in the clause ("praised X on Twitter:", "ruled ..., finding ...:") is read the other ways
    verbs = [t for t in region if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "relcl", "amod")
             and not any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)]
    for verb in verbs:
        speaker = _subject_outside_quotes(verb, ctx)
        if speaker is None or speaker.i < region[0].i or not _names_a_speaker(speaker, ctx):
            continue
        return Attribution(verb, _cue_text(verb, ctx), speaker, _quote_content(quote, ctx), "certain", quote=quote)
    return None


def _cue_of_its_own(verb: Token, ctx: _Context) -> bool:
    """A verb of saying, or a cue with content of its own ("praised X"); not a verb that only
    puts out a message ("spoke to the press", "gave a statement")."""
    lemma = verb.lemma_.lower()
    return lemma in ctx.lex.verb_certainty or ctx.lex.is_verb_cue(lemma) and lemma not in ctx.lex.comm_verbs


def _names_a_speaker(tok: Token, ctx: _Context) -> bool:
    """A person or a body, by name, pronoun or noun: who can be quoted."""
    ent = ctx.entity(tok)
    if ent is not None:
        return ent.type in ("PERSON", "ORG", "GPE", "NORP")
    return tok.lower_ in ctx.lex.person_pronouns | ctx.lex.group_pronouns \
        or tok.lemma_.lower() in coref.lists().human | ctx.lex.title_words


def _speech_verb_opens(region: list[Token], quote: Quote, ctx: _Context) -> bool:
    """"Donald Tusk wrote “Let's all pray ...”": a verb of speech right before a quote that
    opens a sentence of its own (a capital first letter), with no comma or colon between;
    a quoted phrase after a verb ("called it “a disgrace”") is the verb's object instead."""
    if not region:
        return False
    verb = region[-1]
    lemma = verb.lemma_.lower()
    first = ctx.text[quote.start + 1:quote.start + 2]
    return verb.pos_ == "VERB" and ctx.lex.verb_certainty.get(lemma) == "certain" and lemma not in ctx.lex.inference \
        and lemma not in ctx.lex.object_verbs and first.isupper()


def _message_read(region: list[Token], ctx: _Context) -> tuple[Token, Token] | None:
    """"The Home Office letter reads “...”", "It read, “...”", "a statement which read, in
    part, “...”": a message verb right before the quote (a comma or colon between at most,
    or a phrase of the verb's own), whose subject is the message or stands for it; the
    message speaks for its issuer. Its subject and the verb."""
    verb = next((t for t in reversed(region[-5:]) if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in ctx.lex.message_verbs \
            or not all(t.text in ",:" or t.head.i == verb.i and t.dep_ == "prep" or t.head.head.i == verb.i
                       for t in region[verb.i - region[0].i + 1:]):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head  # "a statement which read": the statement
    if subject is not None and subject.lemma_.lower() in ctx.lex.partitives:
        # "Part of the judge's ruling reads": the ruling
        subject = next((o for p in subject.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                        for o in p.children if o.dep_ == "pobj"), subject)
    if subject is None or not (subject.lemma_.lower() in ctx.lex.comm_nouns | ctx.lex.documents
                               or subject.lower_ in ctx.lex.group_pronouns):
        return None
    return subject, verb


def _inverted_person_noun(cue: Token, quote: Quote, ctx: _Context) -> Token | None:
    """"“...,” wrote another user from Beijing": a person noun the parser made the object of
    a cue right after the quote is the inverted speaker (a name in apposition to it speaks
    for it: "said a protester using the pseudonym Katya")."""
    if ctx.text[quote.end:cue.idx].strip(" ,"):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                and c.lemma_.lower() in coref.lists().human | ctx.lex.title_words), None)
    if obj is None:
        return None
    named = next((t for t in obj.subtree if t.dep_ == "appos" and (ent := ctx.entity(t)) is not None
                  and ent.type == "PERSON"), None)
    return named or obj


def _has_own_content(cue: Token, quote: Quote, ctx: _Context) -> bool:
    """A cue with a complement of its own after it says something else ("said that ...");
    a "complement" between the quote and the cue is the parse losing its way in the tag."""
    for child in cue.children:
        if child.i < cue.i:
            continue
        # an object that is a name is the inverted speaker ("added the ministry"), not content
        own = child.dep_ == "ccomp" or child.dep_ == "dobj" and child.pos_ == "NOUN" and \
            child.lemma_.lower() not in ctx.lex.audience
        if own and child.dep_ == "dobj" and not ctx.text[quote.end:cue.idx].strip(" ,") \
                and child.lemma_.lower() in coref.lists().human | ctx.lex.title_words:
            # "“...,” said a protester using the pseudonym Katya": a person noun right after a
            # cue that follows the quote is the inverted speaker, not what was said
            own = False
        if own and child.dep_ == "dobj" and cue.lemma_.lower() in ctx.lex.tag_verbs | ctx.lex.addressee_verbs \
                and child.lemma_.lower() in coref.lists().human | ctx.lex.title_words:
            own = False  # "“...?” X asked the witness": who was asked
        if own and not quote.contains(child.idx, child.idx + len(child.text)):
            return True
    return False


def _nearest_name(region: list[Token], cue: Token, ctx: _Context) -> Token | None:
    """When the parse gives the tag no subject: the nearest name or pronoun next to the cue."""
    # not who was told ("told VOA"); the object of another cue may be the inverted
    # speaker the parser misread ("“...,” added KCNA")
    objects = {t.i for c in cue.children if c.dep_ in ("dobj", "dative") for t in c.subtree} \
        if cue.lemma_.lower() in ctx.lex.addressee_verbs else set()
    objects |= _medium_of(cue, ctx)
    candidates = [t for t in region if t.i != cue.i and t.i not in objects and (ctx.entity(t) is not None or t.tag_ == "PRP")]
    return min(candidates, key=lambda t: abs(t.i - cue.i), default=None)


def _medium_of(cue: Token, ctx: _Context) -> set[int]:
    """The words of who a cue's speaker spoke to or through, never the speaker: a "to",
    "for" or "with" phrase of the cue ("described for news agency PA Media how ...", "said to
    Reuters") or of an exchange noun in the cue's phrase ("in an interview with X")."""
    lex = ctx.lex
    out: set[int] = set()
    for child in cue.children:
        if child.dep_ != "prep":
            continue
        if child.lower_ in lex.medium_preps:
            out.update(t.i for t in child.subtree)
            continue
        for obj in child.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in lex.medium_nouns:
                out.update(t.i for p in obj.children if p.dep_ == "prep" and p.lower_ in lex.medium_preps
                           for t in p.subtree)
    return out


def _follows_claimed_quote(quote: Quote, previous: Attribution, ctx: _Context) -> bool:
    """Only the previous quote's tag and a few connectives lie between the two quotes."""
    if previous.quote is None or previous.quote.end > quote.start:
        return False
    gap = ctx.text[previous.quote.end:quote.start]
    if gap.count("\n") > 1:
        return False
    if previous.cue.idx < previous.quote.start and _own_tag_between(quote, previous, ctx):
        return True
    tag_end = previous.quote.end
    if previous.cue.idx >= previous.quote.end:
        # the tag runs from the quote to the end of its clause: "..., said X, the envoy."
        tag_end = next((t.idx for t in ctx.doc[previous.cue.i:] if t.text in SENTENCE_END or "\n" in t.text),
                       len(ctx.text))
    between = ctx.tokens_between(previous.quote.end, quote.start)
    extra = [t for t in between if t.idx >= tag_end and t.is_alpha]
    return len(extra) <= MAX_CONNECTIVE_WORDS and not any(t.pos_ == "VERB" for t in extra)


def _own_tag_between(quote: Quote, previous: Attribution, ctx: _Context) -> bool:
    """"He said he expects a recovery. “It was diagnosed early,” said Amoss. “We anticipate
    ...”": between the two quotes only a closing tag of the same speaker (a verb of saying
    and the speaker's name or a pronoun, ``bare_tag_tokens`` at most) ending the sentence,
    where the previous quote's claim took its cue from before the quote."""
    if previous.quote is None or previous.speaker is None:
        return False
    gap = ctx.text[previous.quote.end:quote.start]
    if gap.count("\n") > 1 or not any(c in gap for c in SENTENCE_END):
        return False
    words = [t for t in ctx.tokens_between(previous.quote.end, quote.start) if not t.is_punct and not t.is_space]
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
    if not words or len(words) > ctx.lex.bare_tag_tokens or len(verbs) != 1 \
            or not ctx.lex.is_verb_cue(verbs[0].lemma_.lower()):
        return False
    named = ctx.entity(previous.speaker)
    return any(t.text == previous.speaker.text or t.lower_ in ctx.lex.person_pronouns
               or named is not None and ctx.entity(t) is named for t in words if t is not verbs[0])
