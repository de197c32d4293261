"""Short cuts the reading stages take for speed, checked against the plain rule they
stand for (no model needed): the whole-word search for names missed by NER, the hedge
words asked first, texts and sub-spans made from offsets, the certainty walk over the
parse's lists."""
from __future__ import annotations

import random
import re

import spacy
from spacy.tokens import Doc

from newstrace.extract.claims.certainty import _certainty, hedge_level
from newstrace.extract.claims.context import OUT_OF_SCOPE_DEPS, _Context
from newstrace.extract.cues import CERTAINTY_RANK, lexicon
from newstrace.extract.entities.context import EntityTable, _text, _words
from newstrace.extract.entities.lists import _organization_forms
from newstrace.extract.entities.mentions import _PLURAL_NAME, _TWO_NAME_WORDS
from newstrace.extract.entities.occurrences import whole_word_occurrences, whole_word_pattern


def _spaced_doc() -> Doc:
    """Words with and without spaces after them, a whitespace token among them."""
    words = ["“", "We", "may", "possibly", "leave", ",", "”", "he", "said", "\n\n", "It", "ended", "."]
    spaces = [False, True, True, True, False, False, True, True, False, False, True, False, False]
    sent_starts = [i in (0, 10) for i in range(len(words))]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, sent_starts=sent_starts)


def test_whole_word_occurrences_are_what_one_alternation_finds():
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice("ab- _.é1") for _ in range(rng.randint(0, 30)))
        forms = sorted(dict.fromkeys("".join(rng.choice("ab-é. ") for _ in range(rng.randint(1, 4)))
                                     for _ in range(rng.randint(1, 5))), key=len, reverse=True)
        pattern = "|".join(re.escape(f) for f in forms)
        regex = [m.span() for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", text)]
        assert whole_word_occurrences(text, forms) == regex, (text, forms)
    assert whole_word_occurrences("Kallaste met Kallas. Kallas-Li", ["Kallaste", "Kallas"]) == [(0, 8), (13, 19)]


def test_whole_word_pattern_finds_the_whole_word_occurrences():
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice("ab- _.é1") for _ in range(rng.randint(0, 30)))
        forms = sorted(dict.fromkeys("".join(rng.choice("ab-é. ") for _ in range(rng.randint(1, 4)))
                                     for _ in range(rng.randint(1, 5))), key=len, reverse=True)
        found = [m.span() for m in whole_word_pattern(forms).finditer(text)]
        assert found == whole_word_occurrences(text, forms), (text, forms)
    forms = list(_organization_forms())
    text = " ".join(f"{rng.choice(forms)}{rng.choice(['', 's', '-', ',', ' of'])}" for _ in range(400))
    assert [m.span() for m in whole_word_pattern(forms).finditer(text)] == whole_word_occurrences(text, forms)


def test_name_scans_find_what_their_plain_patterns_find():
    """The two-name and plural-name scans ask their word boundary after the capital (faster):
    the same matches and groups as the plain patterns, "\\b" or "(?<=\\w )" first."""
    two = re.compile(r"\b([A-Z][a-z]+) (?=([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’-]))")
    plural = re.compile(r"(?<=\w )[A-Z][a-z]*[a-rt-z]s\b")
    rng = random.Random(5)
    texts = ["John Smith met Ann Lee-Park.", "éJohn Smith", "-Ann Lee", "3Bob Ray", "The Colts beat the Jets",
             "x Bobcats", "Ann  Lee", "Mr Ann Lee's"]
    texts += ["".join(rng.choice("AJSab -'é1ts") for _ in range(rng.randint(0, 30))) for _ in range(4000)]
    # each opens with its capital (a character class the regex engine skips to), not a boundary test
    assert _TWO_NAME_WORDS.pattern.startswith("([A-Z]") and _PLURAL_NAME.pattern.startswith("[A-Z]")
    assert whole_word_pattern(["Nato", "UN"]).pattern.startswith("(?:N")
    for text in texts:
        assert [(m.span(), m.groups()) for m in _TWO_NAME_WORDS.finditer(text)] == \
            [(m.span(), m.groups()) for m in two.finditer(text)], text
        assert [m.span() for m in _PLURAL_NAME.finditer(text)] == [m.span() for m in plural.finditer(text)], text


def test_hedge_level_asks_only_listed_words():
    lex = lexicon()
    for level in ("doubtful", "possible", "probable"):
        table = lex.hedges.get(level, {})
        assert set(table.get("modals", ())) | set(table.get("words", ())) <= lex.hedge_words
        assert set(table.get("lemmas", ())) | set(table.get("nouns", ())) <= lex.hedge_lemmas
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["It", "probably", "rained", "maybe"], lemmas=["it", "probably", "rain", "maybe"],
              pos=["PRON", "ADV", "VERB", "ADV"], tags=["PRP", "RB", "VBD", "RB"],
              deps=["nsubj", "advmod", "ROOT", "advmod"], heads=[2, 2, 2, 2])
    assert [hedge_level(t, lex) for t in doc] == ["certain", "probable", "certain", "possible"]


def test_text_and_words_are_span_text_and_slices():
    doc = _spaced_doc()
    for start in range(len(doc) + 1):
        for end in range(len(doc) + 3):
            sliced, made = doc[start:end], _words(doc, start, end)
            assert (made.start, made.end) == (sliced.start, sliced.end)
            assert _text(made) == sliced.text


def test_token_at_is_where_an_expanded_char_span_starts():
    doc = _spaced_doc()
    ctx = _Context(doc, EntityTable([]))
    for char in range(len(doc.text) + 2):
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        assert ctx.token_at(char) == (span.start if span is not None else None), char


def _certainty_by_tokens(level, span, ctx):
    """The walk over Token objects that ``_certainty`` stands for."""
    tokens = ctx.tokens_between(*span)
    inside = {t.i for t in tokens}
    stack = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    seen = set()
    while stack:
        tok = stack.pop()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        hedge = hedge_level(tok, ctx.lex)
        if CERTAINTY_RANK[hedge] > CERTAINTY_RANK[level]:
            level = hedge
        stack.extend(c for c in tok.children if c.i in inside and c.dep_ not in OUT_OF_SCOPE_DEPS)
    return level


def test_certainty_walk_over_the_lists_is_the_walk_over_tokens():
    vocab = spacy.blank("en").vocab
    # "officials said the attack may have killed dozens, which probably angered locals"
    doc = Doc(vocab, words=["Officials", "said", "the", "attack", "may", "have", "killed", "dozens", ",", "which",
                            "probably", "angered", "locals"],
              spaces=[True, True, True, True, True, True, True, False, True, True, True, True, False],
              lemmas=["official", "say", "the", "attack", "may", "have", "kill", "dozen", ",", "which", "probably",
                      "anger", "local"],
              pos=["NOUN", "VERB", "DET", "NOUN", "AUX", "AUX", "VERB", "NOUN", "PUNCT", "PRON", "ADV", "VERB", "NOUN"],
              tags=["NNS", "VBD", "DT", "NN", "MD", "VB", "VBN", "NNS", ",", "WDT", "RB", "VBD", "NNS"],
              deps=["nsubj", "ROOT", "det", "nsubj", "aux", "aux", "ccomp", "dobj", "punct", "nsubj", "advmod", "relcl",
                    "dobj"],
              heads=[1, 1, 3, 6, 6, 6, 1, 6, 7, 11, 11, 7, 11])
    ctx = _Context(doc, EntityTable([]))
    text = doc.text
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            for level in ("certain", "probable"):
                assert _certainty(level, (start, end), ctx) == _certainty_by_tokens(level, (start, end), ctx)
    # the complement's "may" hedges; the relative clause's "probably" is out of scope
    assert _certainty("certain", (text.index("the"), len(text)), ctx) == "possible"
    assert _certainty("certain", (text.index("which"), len(text)), ctx) == "probable"


def test_entity_at_is_the_widest_overlap_of_all_mentions():
    from newstrace.record import Entity

    rng = random.Random(3)
    for _ in range(300):
        entities = []
        for n in range(rng.randint(0, 6)):
            spans = set()
            for _ in range(rng.randint(1, 4)):
                start = rng.randint(0, 60)
                spans.add((start, start + rng.randint(1, 12)))
            entities.append(Entity(id=f"e{n + 1}", name=f"Name {n}", type="ORG", mentions=sorted(spans)))
        table = EntityTable(entities)
        mentions = sorted(((s, e, ent) for ent in entities for s, e in ent.mentions), key=lambda m: (m[0], m[1]))
        for start in range(0, 75):
            for end in range(start, start + 8):
                best, widest = None, 0
                for s, e, ent in mentions:  # every mention, in order: the first of the widest overlaps
                    if min(e, end) - max(s, start) > widest:
                        best, widest = ent, min(e, end) - max(s, start)
                assert table.at(start, end) is best, (start, end, mentions)


def test_one_edit_is_an_edit_distance_of_at_most_one():
    import random

    from newstrace.extract.entities.clusters import _one_edit

    def distance(a: str, b: str) -> int:  # Levenshtein, the textbook table
        row = list(range(len(b) + 1))
        for i, x in enumerate(a, 1):
            prev, row[0] = row[0], i
            for j, y in enumerate(b, 1):
                prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
        return row[-1]

    rng = random.Random(7)
    words = ["".join(rng.choice("abc") for _ in range(rng.randint(0, 5))) for _ in range(150)]
    for a in words:
        for b in words:
            assert _one_edit(a, b) == (distance(a, b) <= 1), (a, b)
    assert _one_edit("andersen", "anderson") and _one_edit("gaddafi", "gadafi") and not _one_edit("biden", "bidet s")


def _trim_marks_searching_always(text, start, end):
    """``claims.context._trim_marks`` before the dangling-word search was skipped where it cannot match."""
    from newstrace.extract.quotes import QUOTE_MARKS

    for _ in range(4):
        while start < end and text[start] in " \n\t,;:—–-":
            start += 1
        while end > start and text[end - 1] in " \n\t,;:—–-":
            end -= 1
        if end > start and text[end - 1] == "." and not re.search(r"\.\w+\.$", text[start:end]):
            end -= 1
        dangling = re.search(r"\s+(?:and|but|or|while|as|with)$", text[start:end])
        if dangling:
            end = start + dangling.start()
        inner = text[start:end]
        marks = sum(inner.count(m) for m in QUOTE_MARKS)
        if marks % 2 and inner and inner[-1] in QUOTE_MARKS:
            end -= 1
        elif marks % 2 and inner and inner[0] in QUOTE_MARKS:
            start += 1
        else:
            break
    return (start, end) if end > start else None


def test_trimming_a_content_skips_only_searches_that_cannot_match():
    from newstrace.extract.claims.context import _trim_marks

    pieces = ["and", "but", "or", "while", "as", "with", " ", "\n", ".", ",", '"', "“", "”", "x", "U.S.", "band", "—"]
    rng = random.Random(13)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert _trim_marks(text, start, end) == _trim_marks_searching_always(text, start, end), (text, start, end)
    assert _trim_marks("they met and\n.", 0, 14) == (0, 8)  # "$" matches before a final newline


def test_a_headline_run_into_the_text_is_told_from_the_text_handed_over_not_doc_text():
    # (make_doc hands over the article's text, which the Doc was tokenised from: Doc.text
    # would join it again from every token)
    from newstrace.nlp import _end_headline

    text = "Rebels seize border town Rebels seized the town on Monday."
    doc = spacy.blank("en").make_doc(text)
    _end_headline(doc, "Rebels seize border town", text)
    assert doc[4].is_sent_start and doc[4].text == "Rebels"
    other = spacy.blank("en").make_doc(text)
    _end_headline(other, "Rebels seize border town", "Something else entirely.")
    assert not other[4].is_sent_start
