"""The spaCy pipeline: the model's components, then newstrace's reading stages
(:mod:`newstrace.extract.components`), loaded once per model and set of stages, fed
articles in batches. Before the parser, ``newstrace_line_breaks`` starts a sentence
after each paragraph's line break and ``newstrace_long_runs`` cuts runs of text
without a sentence end; a text too long to parse at once is parsed in chunks and joined
(offsets unchanged) before the reading stages run on it."""
from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, NamedTuple, cast

import numpy
from spacy.attrs import IDX, IS_LOWER, IS_SPACE, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from newstrace.errors import ModelNotFound

__all__ = ["ModelNotFound", "doc_text", "load", "make_doc", "pipe", "readable", "readable_ranges"]

if TYPE_CHECKING:
    from thinc.types import Ints2d

    from newstrace.record import Article


RUNS_KEY = "newstrace.runs"
TERMINAL = {".", "!", "?", ";", "…"}
# a quotation mark right before a line break closes its quote (the corpus: 129 of 129)
CLOSING_QUOTES = {'"', "”", "’", "'", "»"}
PARAGRAPH_END = TERMINAL | CLOSING_QUOTES


@Language.component("newstrace_line_breaks")
def mark_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a line break that ends a paragraph: one whose text before it
    ends with a terminal mark or a closing quotation mark (``PARAGRAPH_END``). News text
    breaks lines at paragraph ends, and the parser ran sentences on across them
    ('... to say the least."\\n"We are treating it ...," said Bash.' read as one sentence:
    "said" took the first quote and the second was lost; events borrowed actors across
    paragraphs). A line break after anything else (a headline, a colon or comma before a
    quotation, a line wrapped inside a sentence) is left to the parser. Only the space
    tokens are visited (found in the Doc's array, as ``_sentence_end_positions`` does), and
    the starts are written back as one array."""
    flags = doc.to_array([IS_SPACE, IS_LOWER, LOWER])
    spaces = numpy.flatnonzero(flags[:, 0]).tolist()
    # not doc_text: a text kept in user_data this early rides into Doc.from_docs, which warns on it
    text = doc.user_data.get("newstrace.text") or doc.text
    inside = _inside_sentence(doc, text)
    by_words = _inside_by_words(flags, text != text.lower())
    is_space = set(spaces)
    n = len(doc)
    starts: list[int] = []
    for i in spaces:
        if "\n" not in doc[i].text:
            continue
        k = i - 1
        while k >= 0 and k in is_space:
            k -= 1
        if k < 0 or doc[k].text not in PARAGRAPH_END:
            continue
        j = i + 1
        while j < n and j in is_space:
            j += 1
        if j < n:
            starts.append(j)
    if by_words is not None and not by_words.any():
        by_words = None
    if starts or inside or by_words is not None:  # through the array: each Token.is_sent_start set scans the Doc
        sent_starts = doc.to_array(SENT_START).astype(numpy.int64)  # -1: starts no sentence
        if by_words is not None:
            sent_starts[by_words] = -1
        sent_starts[inside] = -1
        sent_starts[starts] = 1
        doc.from_array([SENT_START], cast("Ints2d", sent_starts.view(numpy.uint64).reshape(-1, 1)))
    return doc


def _inside_sentence(doc: Doc, text: str) -> list[int]:
    """The tokens after a stop that start no sentence (``data/sentences.toml``): a word
    in lower case after a stop and spaces ("walking down Pitkin Ave. brandishing a gun",
    "until Christmas." she said"), and the digits of a number written with a space after
    its stop ("at around 9. 35am", "$1. 29", "0. 07 percent"), a bracketed cut in a
    quotation ("[...]": the word after it is left to its case), a quotation mark right after
    a stop ('the perpetrators."'). The parser cut there, and an act fell in one sentence and
    its actor in the next. The stops are found by one
    regular expression over the text (no pass over the tokens; a literal first, so it
    skips ahead to the next stop), each hit's token by its offset."""
    rules = _sentence_rules()
    hits = []
    for m in rules.stops.finditer(text):
        end = m.end()
        if text[end].isdigit():
            if not rules.numbers or m.group() != ". ":
                continue
            start = i = m.start()
            while i > 0 and text[i - 1].isdigit():
                i -= 1
            if i == start or i > 0 and text[i - 1] == ".":
                continue
            sign = text[max(0, i - 2):i].strip()[-1:]
            if not (start - i <= 2 and rules.clock.match(text, end) or rules.unit.match(text, end)
                    or sign and sign in rules.currency):
                continue
        elif not rules.lower_case:
            continue
        hits.append(end)
    if rules.brackets:  # "officer [...] The man was shot": a cut goes on the sentence before it
        for m in rules.bracket.finditer(text):
            if m.group()[1:-1].strip() in rules.ellipses:  # the word after it starts one or not by its case
                hits.append(m.start())
                hits.extend(range(m.start() + 1, m.end()))  # offsets that start no token are dropped below
    if rules.closing_quotes:  # 'the perpetrators."' : the quotation mark closes the sentence before it
        hits.extend(m.start() + 1 for m in rules.closing.finditer(text))
    if not hits:
        return []
    offsets = doc.to_array(IDX)
    at = numpy.searchsorted(offsets, hits).tolist()
    return [k for k, pos in zip(at, hits) if 0 < k < len(doc) and offsets[k] == pos]


def _inside_by_words(flags: numpy.ndarray, capitals: bool) -> numpy.ndarray | None:
    """The tokens that start no sentence by their own word or the word before them
    (``data/sentences.toml``): a word in lower case ("four days | and I got a bill", the
    parser's cut mid-clause), unless the text has no capital at all; a word after a
    function word or determiner ("iteration had | AAA RHP Nick Adenhart"). Read from the
    columns the line-break rule already takes from the Doc (no pass over Token objects)."""
    rules = _sentence_rules()
    if len(flags) < 2 or not rules.lower_words and rules.function_ids is None:
        return None
    out = numpy.zeros(len(flags), dtype=bool)  # a mask: True starts no sentence
    if rules.lower_words and capitals:
        out |= flags[:, 1] == 1
    ids = rules.function_ids
    if ids is not None:  # one sorted search, not a comparison per listed word
        words = flags[:-1, 2]
        at = numpy.minimum(numpy.searchsorted(ids, words), len(ids) - 1)
        out[1:] |= (ids[at] == words) & (flags[1:, 0] == 0)
    out[0] = False
    return out


class _SentenceRules(NamedTuple):
    stops: re.Pattern[str]  # a stop, closing quotation marks, spaces, before a lower-case letter or a digit
    lower_case: bool
    numbers: bool
    clock: re.Pattern[str]  # the digits after a number's stop, then a clock mark ("35am", "25 a. m.")
    unit: re.Pattern[str]  # the digits after a number's stop, then a unit ("07 percent", "1-magnitude")
    currency: frozenset[str]
    brackets: bool
    ellipses: frozenset[str]  # what a bracketed cut holds ("...", "…")
    bracket: re.Pattern[str]  # something in brackets in a quotation, on one line
    closing_quotes: bool
    closing: re.Pattern[str]  # a stop, then quotation marks with no space between
    lower_words: bool
    function_ids: numpy.ndarray | None  # the LOWER ids (sorted) of the words no sentence starts after


@cache
def _sentence_rules() -> _SentenceRules:
    from newstrace.data import load_toml

    data = load_toml("sentences.toml")

    def words(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(data.get(key, []), key=len, reverse=True)) or "(?!)"

    return _SentenceRules(
        stops=re.compile("[.!?\u2026][\"\u201d\u2019'\u00bb]* +(?=[a-z0-9])"),
        lower_case=bool(data.get("lower_case_continues")),
        numbers=bool(data.get("clock_marks") or data.get("number_units") or data.get("currency_signs")),
        clock=re.compile(rf"\d\d ?(?i:{words('clock_marks')})(?![a-zA-Z])"),
        unit=re.compile(rf"\d+[ -]?(?i:{words('number_units')})(?![a-zA-Z])"),
        currency=frozenset(data.get("currency_signs", [])),
        brackets=bool(data.get("brackets_continue")),
        ellipses=frozenset(data.get("bracket_ellipses", [])),
        bracket=re.compile(r"\[[^\[\]\n]{1,%d}\]" % int(data.get("bracket_chars", 80))),
        closing_quotes=bool(data.get("closing_quote_continues")),
        closing=re.compile("[.!?\u2026][\"\u201d\u2019\u00bb]"),
        lower_words=bool(data.get("lower_case_word_continues")),
        function_ids=numpy.array(sorted(get_string_id(w) for w in data["no_start_after"]), dtype=numpy.uint64)
        if data.get("no_start_after") else None)


@Language.component("newstrace_long_runs")
def mark_long_runs(doc: Doc) -> Doc:
    """Cut runs of text without a sentence end ("word word word ..." for pages) into
    pieces of ``max_sentence_tokens`` before the parser sees them, and note where they
    are so the extractors skip them. The parser's time grows with a sentence's length
    faster than linearly: one 30,000-token run took it 16 s."""
    limit = max_sentence_tokens()
    if limit <= 0 or len(doc) <= limit:
        return doc
    runs = []
    start = 0
    for end in _sentence_end_positions(doc):
        if end + 1 - start > limit:
            runs.append((start, end + 1))
        start = end + 1
    if len(doc) - start > limit:
        runs.append((start, len(doc)))
    for run_start, run_end in runs:
        for i in range(run_start, run_end, limit):
            doc[i].is_sent_start = True
        if run_end < len(doc):
            doc[run_end].is_sent_start = True
    if runs:
        doc.user_data[RUNS_KEY] = runs
    return doc


@Language.component("newstrace_spaced_contractions")
def join_spaced_contractions(doc: Doc) -> Doc:
    """Read a contraction or possessive whose apostrophe the text spaced apart ("Teixeira ’ s
    agent", "it doesn ’ t matter", "they ’ re": ECB+ articles, scraped and pre-tokenised news)
    as the tokenizer splits "Teixeira's" and "doesn't": "’ re" one token (its text holds the
    space), "doesn ’ t" "does" + "n ’ t", "’ s" where listed (``data/sentences.toml``
    ``[spaced_contractions]``: left out, see benchmarks/events/README.md, rejoin66).
    Left in three tokens, the tagger and parser read "t" as a subject and "s" as part of a
    name ("Karamanlis ' New Democracy"). The joined token takes the straight form's norm,
    and its kind of word the straight form's lexical attributes (:func:`_contraction_lexeme`),
    so the model and the reading stages see "’s" / "n’t". The text and every offset stay
    as written; the stretches are found by one regular expression over the text."""
    text = doc.user_data.get("newstrace.text") or doc.text
    rules = _contraction_rules()
    found = [m for m in rules.pattern.finditer(text) if m.group(2).lower() in rules.endings]
    if not found:
        return doc
    offsets = doc.to_array(IDX)
    hosts: list[int] = []
    spans: list[tuple[int, int]] = []
    for m in found:
        k = int(numpy.searchsorted(offsets, m.start(1)))
        if not 0 < k < len(doc) - 1 or offsets[k] != m.start(1) or offsets[k + 1] != m.start(2) \
                or len(doc[k]) != 1 or len(doc[k + 1]) != len(m.group(2)):
            continue
        host = doc[k - 1]
        if host.idx + len(host) + 1 != m.start(1):
            continue
        if m.group(2).lower() == "t":
            word = host.lower_
            if len(word) < 2 or word[-1] != "n" or word[:-1] not in rules.negated:
                continue
            hosts.append(k - 1)
            spans.append((m.start(1) - 2, m.end(2)))
        else:
            spans.append((m.start(1), m.end(2)))
    if not spans:
        return doc
    if hosts:
        with doc.retokenize() as retokenizer:
            for i in hosts:
                host = doc[i]
                retokenizer.split(host, [host.text[:-1], host.text[-1]], heads=[(host, 1), (host, 1)],
                                  attrs={"NORM": [_negated_word_norm(host.text[:-1]), host.text[-1].lower()]})
    with doc.retokenize() as retokenizer:
        for start, end in spans:
            span = doc.char_span(start, end)
            if span is None:
                continue
            form = span.text.replace(" ", "")
            # the lemma the lemmatizer would keep for the form ("’s"), where no rule gives one ("be", "not")
            retokenizer.merge(span, attrs={"NORM": _contraction_lexeme(doc.vocab, span.text, form), "LEMMA": form})
    return doc


def _has_spaced_contraction(text: str) -> bool:
    rules = _contraction_rules()
    return any(m.group(2).lower() in rules.endings for m in rules.pattern.finditer(text))


@Language.factory("newstrace_spaced_entities")
def make_spaced_entities(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The names of a text with spaced contractions as the model's NER reads the text as
    written, its apostrophes apart (``newstrace_spaced_contractions`` joined them for the
    tagger and parser). Joined, "the Bronx ’ s Soundview neighborhood" was one place and
    "Aria Health ’ s Torresdale campus" one organisation, as NER reads "the Bronx’s Soundview"
    (the NER has a token-to-vector layer of its own): over the ECB+ development articles
    (gecb, new48) two owners were lost so and none gained. Only a text with such a stretch is
    read twice; each name keeps its offsets (a name that ended on the apostrophe ends
    before it)."""

    def read_as_written(doc: Doc) -> Doc:
        text = doc.user_data.get("newstrace.text") or doc.text
        if not _has_spaced_contraction(text):
            return doc
        plain = nlp.make_doc(text)
        # the sentences the parser read (NER reads no name across a sentence start)
        starts = numpy.full(len(plain), -1, dtype=numpy.int64)
        offsets = plain.to_array(IDX)
        sent_offsets = doc.to_array(IDX)[doc.to_array(SENT_START) == 1]
        at = numpy.searchsorted(offsets, sent_offsets)
        inside = at < len(plain)
        at, sent_offsets = at[inside], sent_offsets[inside]
        starts[at[offsets[at] == sent_offsets]] = 1
        starts[0] = 1
        plain.from_array([SENT_START], cast("Ints2d", starts.view(numpy.uint64).reshape(-1, 1)))
        plain = nlp.get_pipe("ner")(plain)
        names = [doc.char_span(e.start_char, e.end_char, label=e.label, alignment_mode="contract")
                 for e in plain.ents]
        doc.set_ents([n for n in names if n is not None and len(n)], default="outside")
        return doc

    return read_as_written


class _ContractionRules(NamedTuple):
    pattern: re.Pattern[str]  # a word, a space, an apostrophe, a space, a short ending
    endings: frozenset[str]  # "s", "re", ... and "t" (after a negated word's "n")
    negated: frozenset[str]  # the words before "n ’ t", without their "n"


@cache
def _contraction_rules() -> _ContractionRules:
    from newstrace.data import load_toml

    data = load_toml("sentences.toml").get("spaced_contractions", {})
    return _ContractionRules(
        pattern=re.compile(r"(?<=\w) (['’]) ([A-Za-z]{1,2})(?![\w'’])"),
        endings=frozenset([*data.get("endings", []), "t"] if data.get("negated") else data.get("endings", [])),
        negated=frozenset(data.get("negated", [])))


_prepared_lexemes: set[tuple[int, str]] = set()


def _contraction_lexeme(vocab: object, spaced: str, form: str) -> str:
    """The norm of the contraction ``form`` ("’s", "n’t") as the tokenizer gives it
    ("'s", "not"); the kind of word ``spaced`` ("’ s", "n ’ t") takes, once per vocabulary,
    ``form``'s lower case, norm, prefix, suffix, shape and stop-word flag: what the
    model's embedding reads (NORM, PREFIX, SUFFIX, SHAPE) and what the attribute ruler and
    the reading stages key on (the lower-case form)."""
    from spacy.vocab import Vocab

    assert isinstance(vocab, Vocab)
    norm = _contraction_norm(form)
    key = (id(vocab), spaced)
    if key not in _prepared_lexemes:
        _prepared_lexemes.add(key)
        lexeme, straight = vocab[spaced], vocab[form]
        lexeme.lower_ = straight.lower_
        lexeme.norm_ = norm
        lexeme.prefix_ = straight.prefix_
        lexeme.suffix_ = straight.suffix_
        lexeme.shape_ = straight.shape_
        lexeme.is_stop = straight.is_stop
    return norm


@cache
def _english() -> Language:
    from spacy.lang.en import English

    return English()


@cache
def _negated_word_norm(word: str) -> str:
    """The norm the tokenizer gives ``word`` before "n’t" ("ca" -> "can", "wo" -> "will")."""
    tokens = _english()(word + "n’t")
    return tokens[0].norm_ if len(tokens) == 2 else word.lower()


@cache
def _contraction_norm(form: str) -> str:
    """The norm spaCy's English tokenizer exceptions give ``form`` written onto a word
    ("they’re" -> "are", "I’m" -> "am", "doesn’t" -> "not", "they’s" -> "'s")."""
    host = "does" if form.lower().startswith("n") else "I" if form.lower().endswith("m") else "they"
    if form.isupper():
        host = host.upper()
    tokens = _english()(host + form)
    return tokens[-1].norm_ if len(tokens) == 2 else form.lower()


def _sentence_end_positions(doc: Doc) -> list[int]:
    """The tokens that end a run for :func:`mark_long_runs`, in order: a terminal mark
    (``TERMINAL``) or a line break (a space token holding one). Read from the Doc's
    arrays: most articles are longer than ``max_sentence_tokens``, and a Token object
    per word cost 0.047 s over the 276-article corpus, against 0.012 s
    (``benchmarks/throughput``, the speedI section)."""
    orth, space = doc.to_array([ORTH, IS_SPACE]).T
    ends = space.astype(bool)
    strings = doc.vocab.strings
    for i in numpy.flatnonzero(ends).tolist():
        ends[i] = "\n" in strings[int(orth[i])]  # a space token is never a terminal mark
    for mark in _terminal_ids():
        ends |= orth == mark
    return numpy.flatnonzero(ends).tolist()


@cache
def _terminal_ids() -> tuple[numpy.uint64, ...]:
    # as NumPy integers of the column's type: compared exactly, whatever the NumPy version
    return tuple(numpy.uint64(get_string_id(mark)) for mark in TERMINAL)


@cache
def _load(model: str, stages: tuple[tuple[str, str], ...], summary_sentences: int | None) -> Language:
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {model!r} is not installed: install it (e.g. `pip install {model}`) "
            f"or set NEWSTRACE_MODEL to one that is ({exc})"
        ) from None
    _add_abbreviations(nlp)
    nlp.add_pipe("newstrace_long_runs", first=True)
    nlp.add_pipe("newstrace_line_breaks", first=True)
    nlp.add_pipe("newstrace_spaced_contractions", first=True)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("newstrace_spaced_entities", after="ner")
    if stages:
        from newstrace.attribute_rules import add_lemma_exceptions, memoise_attribute_ruler
        from newstrace.extract.components import add_stages

        add_lemma_exceptions(nlp)  # data/lemmas.toml: "fined" -> fine, not the rule lemmatizer's "fin"
        memoise_attribute_ruler(nlp)  # the same Docs, 3.6 s less per corpus (without stages: spaCy's own)

        add_stages(nlp, dict(stages), summary_sentences=summary_sentences)
    return nlp


def _add_abbreviations(nlp: Language) -> None:
    """Abbreviated ranks ("Sgt.", "Lt.") as one token each, as written and in capitals:
    split at the stop, they end a sentence before the name they title."""
    from spacy.tokenizer import Tokenizer

    from newstrace.data import load_toml

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):  # a custom tokenizer keeps its own rules
        return
    for word in load_toml("entities.toml").get("title_abbreviations", []):
        for form in (word, word.upper()):
            tokenizer.add_special_case(form, [{ORTH: form}])


def load(model: str, stages: Mapping[str, str] | None = None, *, summary_sentences: int | None = None) -> Language:
    """The model ``model`` (no reading stages when ``stages`` is empty), with the reading
    stages ``stages`` maps to their factories (see :mod:`newstrace.extract.components`).
    With stages, the model's attribute ruler is replaced by one that remembers what its
    rules do per kind of word (:mod:`newstrace.attribute_rules`: the same Docs); without,
    the model is spaCy's as shipped."""
    return _load(model, tuple(sorted((stages or {}).items())), summary_sentences)


def _end_headline(doc: Doc, title: str, text: str) -> None:
    """A text that opens with its own headline, with no stop after it ("Gary Ross in
    negotiations to direct ... 'Catching Fire' April 4, 2012 Despite ..."): the headline is
    a sentence of its own, so the parser does not join it to the text after it (a
    headline noun as the subject of the first sentence's verb). ``text`` is the Doc's
    text, the string it was tokenised from (``Doc.text`` joins it again from every token:
    0.07 s of CPU per corpus, for a test of its first characters)."""
    title = title.strip()
    if not title or title[-1] in TERMINAL or not text.startswith(title):
        return
    i = doc.char_span(0, len(title), alignment_mode="expand")
    if i is not None and i.end < len(doc) and i.end_char == len(title):
        doc[i.end].is_sent_start = True


def _end_dateline(doc: Doc, text: str) -> None:
    """A text that opens with a dateline ("KYIV, Ukraine (AP) — Russian forces shelled ..."):
    the words after its dash begin a sentence, so the parser does not join the dateline's
    place to the first sentence (its subject, and so an event's actor)."""
    from newstrace.extract.datelines import dateline_body_start

    after = dateline_body_start(text)
    if after is None:
        return
    span = doc.char_span(after, after + 1, alignment_mode="expand")
    if span is not None and span.start > 0 and span.start_char == after:
        doc[span.start].is_sent_start = True


def make_doc(nlp: Language, article: Article, time_limit_s: float = 0.0, doc: Doc | None = None) -> Doc:
    """A tokenised Doc for ``article`` (or ``doc``, already parsed), with what the stages
    need to know about it."""
    from newstrace.extract import doc as _doc  # noqa: F401  (declares the Doc attributes)

    if doc is None:
        doc = nlp.make_doc(article.text)
        _end_headline(doc, article.title or "", article.text)
        _end_dateline(doc, article.text)
    doc._.published = article.published
    doc._.time_limit_s = time_limit_s
    doc.user_data["newstrace.text"] = article.text
    doc.user_data["newstrace.title"] = article.title or ""  # the places it names (events' places)
    return doc


def pipe(articles: Iterable[Article], *, model: str, batch_size: int, stages: Mapping[str, str] | None = None,
         time_limit_s: float = 0.0, summary_sentences: int | None = None,
         chunk_chars: int = 100_000) -> Iterator[tuple[Article, Doc]]:
    """(article, Doc) for each article, in order. A text longer than ``chunk_chars`` (or
    than spaCy's ``max_length``, which it refuses outright) is parsed a chunk at a time
    and the chunks joined, so the Doc's text and every offset are the article's."""
    nlp = load(model, stages, summary_sentences=summary_sentences)
    limit = max(1, min(chunk_chars, nlp.max_length))
    batch: list[Article] = []

    def run_batch() -> Iterator[tuple[Article, Doc]]:
        pairs = ((make_doc(nlp, a, time_limit_s), a) for a in batch)
        for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield article, doc
        batch.clear()

    for article in articles:
        if len(article.text) > limit:
            yield from run_batch()
            yield article, parse_in_chunks(nlp, article, limit, time_limit_s)
            continue
        batch.append(article)
        if len(batch) >= batch_size:
            yield from run_batch()
            freeze_long_lived()
    yield from run_batch()


_frozen = False


def freeze_long_lived() -> None:
    """Once per process, after its first batch: hand every object alive then to
    ``gc.freeze``. By then the model and what the reading stages load on first use
    (lexicons, the gazetteer, dateparser's locales: about 150,000 objects) are in
    memory for good, and each full collection of the cyclic garbage collector walked
    all of them again: 0.07-0.15 s each, three per run over the 276-article corpus
    (``benchmarks/throughput``). Frozen objects are still freed when nothing refers to
    them; only a reference cycle among them would stay (the articles read so far
    leave almost none: Docs and records are freed by reference counting).

    Then the youngest generation is collected after :data:`YOUNG_COLLECTION_AFTER` new
    objects instead of Python's 700. A batch's Docs, and what the stages make of each,
    live until the batch is done: every collection found them still alive, moved them
    on, and each 100th collection was a full one walking them all again. Over the
    corpus that was 470-650 young and 4-5 full collections, 0.28-0.29 s of CPU; at
    10,000, 11-23 young collections, 0.08-0.09 s (each still finding the batch alive);
    at 25,000, one or none, 0.006 s (``benchmarks/throughput``, the speedH and speedI
    sections): what a batch of 32 articles keeps alive stays below it, and collections
    still run every 25,000 objects kept. Reference cycles wait a little longer to be
    freed. A threshold set higher already is kept."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()
        young, *older = gc.get_threshold()
        if young and young < YOUNG_COLLECTION_AFTER:  # 0: collection is off, left so
            gc.set_threshold(YOUNG_COLLECTION_AFTER, *older)


YOUNG_COLLECTION_AFTER = 25_000


def chunks(text: str, limit: int) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters that join back to it,
    each cut after a paragraph break, else a line break, else a sentence end, else a space."""
    pieces, start = [], 0
    while len(text) - start > limit:
        end = start + limit
        for mark in ("\n\n", "\n", ". ", " "):
            at = text.rfind(mark, start + limit // 2, end)
            if at != -1:
                end = at + len(mark)
                break
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def parse_in_chunks(nlp: Language, article: Article, limit: int, time_limit_s: float = 0.0) -> Doc:
    """The model's parse of each chunk, joined; then the reading stages on the whole."""
    from newstrace.extract.components import stage_pipes

    text = article.text
    stages = stage_pipes(nlp)
    pieces = chunks(text, limit)
    # one at a time: the parser's memory follows its input
    docs = list(nlp.pipe(pieces, batch_size=1, disable=stages))
    runs, offset = [], 0
    for doc in docs:
        # popped: from_docs merges only spaCy's own user data, and warns about the rest
        runs += [(s + offset, e + offset) for s, e in doc.user_data.pop(RUNS_KEY, ())]
        offset += len(doc)
    joined = Doc.from_docs(docs, ensure_whitespace=False)
    if runs:
        joined.user_data[RUNS_KEY] = runs
    if joined.text != text:  # never expected: the offsets of every record depend on it
        raise ValueError("text changed when parsed in chunks")
    joined = make_doc(nlp, article, time_limit_s, doc=joined)
    for name in stages:
        try:
            joined = nlp.get_pipe(name)(joined)
        except Exception as exc:  # a component that is not a Stage: as the pipeline's handler does
            nlp.default_error_handler(name, nlp.get_pipe(name), [joined], exc)
    return joined


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy rebuilds the string from every token on
    each access, and every extractor needs it."""
    text = doc.user_data.get("newstrace.text")
    if text is None:
        text = doc.user_data["newstrace.text"] = doc.text
    return text


@cache
def max_sentence_tokens() -> int:
    from newstrace.settings import Settings

    return Settings.load().max_sentence_tokens


def readable(sentence: Span) -> bool:
    """Whether the extractors read this sentence (``max_sentence_tokens``): a sentence
    of thousands of tokens is a run of text without punctuation, not prose."""
    return readable_ranges(sentence.doc, [sentence.start], [sentence.end])[0]


def readable_ranges(doc: Doc, starts: list[int], ends: list[int]) -> list[bool]:
    """:func:`readable` for each sentence over ``doc``'s tokens ``[starts[k], ends[k])``."""
    limit = max_sentence_tokens()
    if limit <= 0:
        return [True] * len(starts)
    runs = doc.user_data.get(RUNS_KEY, ())
    return [end - start <= limit and not any(s <= start < e for s, e in runs) for start, end in zip(starts, ends)]
