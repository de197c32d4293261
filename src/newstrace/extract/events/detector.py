"""The learned trigger detector: for each content word, how likely it tells an event
of each PLOVER type, from the word and the parse around it.

A linear model over sparse features (below), trained on the annotated corpus by
``scripts/train-events`` and shipped as ``data/models/event_detector.npz``: the
feature names, the labels (the 16 types and ``NONE``), one weight per pair, and how
often each lemma was a candidate in training (the events stage vetoes a rule trigger
only where that is often enough). Run time needs only NumPy; scikit-learn is used to
train it, not to run it.

The sparse features keep what the lexicon knows (the types whose rules name this
lemma, and the rule that fires with its constraints) beside what it can't see: the
word's neighbours, its arguments' lemmas and entity types, its governor, whether it is
negated or inside quotation marks, and where it stands in the article.

A model may also weigh dense features: the contextual vectors the spaCy pipeline's
tok2vec leaves in ``doc.tensor`` (the word's row and its governor's). The shipped one
does not: with the small English model they added nothing in cross-validation
(``training/README.md``). A Doc without that tensor scores as if its vectors were the
training average.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Callable, Container, NamedTuple

import numpy as np
from spacy.tokens import Doc, SpanGroup, Token

from newstrace.extract.events.lexicon import Rule, lexicon_keys, match_at, rules, words
from newstrace.extract.parsearrays import KeptPerDoc, parse_arrays, sentences

NONE = "NONE"
CANDIDATE_POS = frozenset({"VERB", "NOUN", "ADJ", "PROPN"})
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "agent", "attr", "dative", "obj", "compound", "amod", "prep"}


@cache
def _types_by_lemma() -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for rule in rules():
        if not rule.detector_feature:
            continue  # a narrow sense of a common word: only where the rule holds ("rule=") does it tell
        for lemma in rule.lemmas:
            index.setdefault(lemma, set()).add(rule.type)
    return {k: frozenset(v) for k, v in index.items()}


@cache
def _types_in_order() -> dict[str, tuple[str, ...]]:
    """:func:`_types_by_lemma` with each lemma's types sorted: the order its ``lex=``
    features are summed in (a set's order changes with the hash seed, and so would the
    last bits of a score)."""
    return {k: tuple(sorted(v)) for k, v in _types_by_lemma().items()}


def lexicon_lemma(token: Token) -> bool:
    """Whether some trigger rule names this word's lemma."""
    return token.lemma_.lower() in _types_by_lemma()


def lexicon_types(token: Token) -> frozenset[str]:
    """The types of the trigger rules that name this word's lemma (none: no rule names it)."""
    return _types_by_lemma().get(token.lemma_.lower(), frozenset())


def is_candidate(token: Token) -> bool:
    return token.pos_ in CANDIDATE_POS or token.lemma_.lower() in _types_by_lemma()


_QUOTE_MARKS = frozenset({'"', "“", "”"})
_MAX_KEPT = 500_000  # feature rows kept: a long-running process reading many articles starts afresh past this


def _position_bucket(sentence_no: int) -> str:
    for bound, name in ((0, "0"), (1, "1"), (2, "2"), (3, "3"), (6, "4-6"), (10, "7-10")):
        if sentence_no <= bound:
            return name
    return "11+"


class StringBits(dict):
    """Per string, the bit mask of the word sets it belongs to (bit ``k``: set ``k``),
    filled as met and kept for the process: a Doc's column of strings becomes an array
    of masks in one ``map`` in C (:meth:`of`), instead of a Python step per word with a
    set look-up per set."""

    def __init__(self, *sets: Container[str]):
        super().__init__()
        self.sets = sets

    def __missing__(self, text: str) -> int:
        if len(self) > _MAX_KEPT:
            self.clear()
        bits = 0
        for k, words in enumerate(self.sets):
            if text in words:
                bits |= 1 << k
        self[text] = bits
        return bits

    def of(self, texts: list[str]) -> np.ndarray:
        """The masks of ``texts``, in order."""
        return np.fromiter(map(self.__getitem__, texts), dtype=np.uint8, count=len(texts))


# the words of a demand the events stage looks for ("they need to", "Syria must"): by
# lemma, by form (:func:`newstrace.extract.events.speech_acts._reported_demand`)
DEMAND_LEMMAS = frozenset({"need"})
OBLIGATIONS = frozenset({"must", "should"})
# bits of WordTable's masks: a rule's word (lemma or form); a lemma the detector's
# types name, a quotation mark (form); a demand's lemma, an obligation (form); a word
# of judgement (lemma: :func:`newstrace.extract.events.speech_acts._reported_judgement`)
_KEY, _NAMED, _QUOTE, _DEMAND, _JUDGE = 1, 2, 2, 4, 8


@cache
def judgement_lemmas() -> frozenset[str]:
    """Words a speaker judges a party's act by ("is unacceptable", "was a mistake", "is
    right", "was a dictator", "a great man"): ``[words] judgements_against``,
    ``judgement_nouns``, ``judgements_for``, ``person_pejoratives``, ``praise_words``,
    ``blame_words`` and ``blame_modifiers``."""
    return words("judgements_against") | words("judgement_nouns") | words("judgements_for") \
        | words("person_pejoratives") | words("praise_words") | words("blame_words") | words("blame_modifiers")


class WordTable:
    """The word classes the triggers and events stages select words by, for every
    word of a Doc at once (five whole-Doc walks in Python before, now three ``map``
    calls in C over its lemmas, forms and parts of speech): ``keyed`` (a mask: its
    lemma or form is a word some rule names, :func:`lexicon_keys`), and as lists of
    indices ``candidates`` (the detector's, :func:`is_candidate`), ``marks`` (quotation
    marks), ``keyed_or_demand`` (keyed, or of a demand's or a judgement's lemma) and ``obligations``
    ("must", "should"). Kept per Doc (:func:`word_table`)."""

    def __init__(self, doc: Doc):
        parse = parse_arrays(doc)
        lemma_bits, form_bits, pos_bits = _string_bits()
        lemmas = lemma_bits.of(parse.lemma)
        forms = form_bits.of(parse.lower)
        keyed = (lemmas | forms) & _KEY
        self.keyed: np.ndarray = keyed.astype(bool)
        self.candidates: list[int] = np.flatnonzero(pos_bits.of(parse.pos) | (lemmas & _NAMED)).tolist()
        self.marks: list[int] = np.flatnonzero(forms & _QUOTE).tolist()
        self.keyed_or_demand: list[int] = np.flatnonzero(keyed | (lemmas & (_DEMAND | _JUDGE))).tolist()
        self.obligations: list[int] = np.flatnonzero(forms & _DEMAND).tolist()


_BITS: list[tuple[object, object, tuple[StringBits, StringBits, StringBits]]] = []


def _string_bits() -> tuple[StringBits, StringBits, StringBits]:
    """The tables of lemmas, forms and parts of speech for :class:`WordTable` (made
    afresh should the lexicon's word sets be other objects than they were)."""
    keys, named = lexicon_keys(), _types_by_lemma()
    if not _BITS or _BITS[0][0] is not keys or _BITS[0][1] is not named:
        _BITS[:] = [(keys, named, (StringBits(keys, named, DEMAND_LEMMAS, judgement_lemmas()),
                                   StringBits(keys, _QUOTE_MARKS, OBLIGATIONS),
                                   StringBits(CANDIDATE_POS)))]
    return _BITS[0][2]


word_table: KeptPerDoc[WordTable] = KeptPerDoc(WordTable)  # a Doc's WordTable
_QUOTE_BITS = StringBits(_QUOTE_MARKS)


def quote_parity(doc: Doc) -> list[bool]:
    """For each token, whether an odd number of quotation marks precede it in its
    sentence (it is inside a quotation)."""
    return _sentences_and_quotes(doc, parse_arrays(doc).lower)[1]


def _sentences_and_quotes(doc: Doc, lowers: list[str]) -> tuple[list[int], list[bool]]:
    """For each token, its sentence's ordinal and whether it is inside a quotation (an
    odd number of quotation marks before it in its sentence): built sentence by
    sentence from the Doc's sentence table and the marks' positions, as runs of
    values (a step per word in Python cost more than the features of a short article)."""
    table = sentences(doc)
    # the marks from the Doc's word table (one map in C, not a step per word)
    marks = word_table(doc).marks if lowers is parse_arrays(doc).lower else \
        np.flatnonzero(_QUOTE_BITS.of(lowers)).tolist()
    sentence_no: list[int] = []
    quoted = [False] * len(lowers)
    k = 0  # the next mark to look at
    for number, (start, end) in enumerate(zip(table.starts, table.ends)):
        sentence_no += [number] * (end - start)
        opened = None  # the mark that opened a quotation in this sentence
        while k < len(marks) and marks[k] < end:
            if opened is None:
                opened = marks[k]
            else:  # the words after the opening mark, the closing one among them
                quoted[opened + 1:marks[k] + 1] = [True] * (marks[k] - opened)
                opened = None
            k += 1
        if opened is not None:  # left open: to the sentence's end
            quoted[opened + 1:end] = [True] * (end - opened - 1)
    return sentence_no, quoted


def dense(doc: Doc, words: list[int], width: int) -> np.ndarray | None:
    """The dense features of ``words``: each word's row of ``doc.tensor`` and its
    governor's, side by side (``width`` columns); None when the Doc has no tensor of
    the width the detector was trained on."""
    tensor = doc.tensor
    if width == 0 or tensor is None or getattr(tensor, "ndim", 0) != 2 or tensor.shape[0] != len(doc) \
            or 2 * tensor.shape[1] != width:
        return None
    tensor = np.asarray(tensor, dtype=np.float32)
    heads = [doc[i].head.i for i in words]
    return np.hstack([tensor[words], tensor[heads]])


class Context:
    """What the features of a Doc's words read, taken from the Doc's arrays in one pass
    (making a ``Token`` per word and asking its attributes cost more than the features
    themselves): per token its lower-cased lemma, lower-case form, part of speech, tag,
    dependency, entity type, governor and dependants; whether it is inside a quotation,
    its sentence's ordinal, and whether its lemma was a candidate earlier in the
    article; and the candidate words with their lemmas."""

    def __init__(self, doc: Doc):
        self.doc = doc
        parse = parse_arrays(doc)  # shared with the trigger rules' argument walks
        self.lemma, self.lower, self.pos, self.tag, self.dep, self.ent = \
            parse.lemma, parse.lower, parse.pos, parse.tag, parse.dep, parse.ent
        self.head: list[int] = parse.head
        self._parse = parse
        self.sentence_no, self.quoted = _sentences_and_quotes(doc, self.lower)
        # candidates: a content word, or a word some rule names
        self.words = word_table(doc)
        self.candidates: list[int] = self.words.candidates
        # repeated: a candidate with the same lemma comes before (each lemma's first
        # candidate, by lemma; the per-word table only where asked: the features read
        # the words scored, not every word)
        first: dict[str, int] = {}
        lemmas = self.lemma
        for i in self.candidates:
            first.setdefault(lemmas[i], i)
        self.first_candidate = first

    @cached_property
    def repeated(self) -> list[bool]:
        """Per token, whether a candidate with the same lemma comes before it."""
        first, n = self.first_candidate, len(self.lemma)
        return [first.get(lemma, n) < i for i, lemma in enumerate(self.lemma)]

    def repeated_at(self, words: list[int]) -> list[bool]:
        """``[self.repeated[i] for i in words]``, without the table of every word."""
        first, lemmas, n = self.first_candidate, self.lemma, len(self.lemma)
        return [first.get(lemmas[i], n) < i for i in words]

    @cached_property
    def lemmas(self) -> dict[int, str]:
        """Candidate -> its lower-cased lemma."""
        return {i: self.lemma[i] for i in self.candidates}

    def rule_at(self, i: int) -> "Rule | None":
        """:func:`~newstrace.extract.events.lexicon.match` of word ``i``, or None when
        neither its lemma nor its form is a word some rule names."""
        keys = lexicon_keys()
        return match_at(self.doc, i) if self.lemma[i] in keys or self.lower[i] in keys else None

    def children(self, i: int) -> list[int]:
        """Word ``i``'s dependants, in order (``Token.children``)."""
        return self._parse.children(i)

    @classmethod
    def of(cls, doc: Doc) -> "Context":
        return cls(doc)

    def features(self, token: Token) -> list[str]:
        return self.features_at(token.i)

    def features_at(self, i: int) -> list[str]:
        """The sparse features of word ``i``, as the model names them ("lemma=attack",
        "arg=dobj|base"). Its sentence's ordinal and whether its lemma was a candidate
        earlier in the article are there because an article tells its news first and
        then tells it again: the annotation, like the reader, keeps a happening where it
        is first told."""
        return [_feature_name(key) for key in self.feature_keys(i)]

    def feature_keys(self, i: int) -> list[tuple[str, ...]]:
        """The features of word ``i`` as tuples: the feature's kind and its values
        (``("arg=", "dobj", "base")`` is "arg=dobj|base"). Scoring looks the tuples up,
        which costs less than building each feature's name."""
        lemmas, lower, pos, dep, ent = self.lemma, self.lower, self.pos, self.dep, self.ent
        lemma, head, word_pos, word_dep = lemmas[i], self.head[i], pos[i], dep[i]
        head_lemma = lemmas[head]
        out: list[tuple[str, ...]] = [
            ("lemma=", lemma), ("pos=", word_pos), ("tag=", self.tag[i]), ("dep=", word_dep),
            ("lemma_pos=", lemma, word_pos), ("head=", head_lemma), ("head_pos=", pos[head]),
            ("dep_head=", word_dep, head_lemma), ("ent=", ent[i] or "-"), ("suffix=", lower[i][-3:])]
        for lexical_type in _types_in_order().get(lemma, ()):
            out.append(("lex=", lexical_type))
        rule = self.rule_at(i)  # match needs the lemma or the form among the rules' words
        out.append(("rule=", rule.type if rule else "-"))
        if rule is not None:
            out.append(("rule_mode=", str(rule.mode)))
        if i > 0:
            out.append(("prev=", lemmas[i - 1]))
        if i + 1 < len(lemmas):
            out.append(("next=", lemmas[i + 1]))
        for child in self.children(i):
            child_dep = dep[child]
            out.append(("child_dep=", child_dep))
            if child_dep in _ARGUMENT_DEPS:
                out.append(("arg=", child_dep, lemmas[child]))
                if ent[child]:
                    out.append(("arg_ent=", child_dep, ent[child]))
            if child_dep == "prep":
                for grandchild in self.children(child):
                    if dep[grandchild] == "pobj":
                        out.append(("prep_obj=", lower[child], lemmas[grandchild]))
                        if ent[grandchild]:
                            out.append(("prep_ent=", lower[child], ent[grandchild]))
            if child_dep == "neg":
                out.append(_NEGATED)
        repeated = "1" if self.repeated[i] else "0"
        out.extend((_IN_QUOTE[self.quoted[i]], _SENTENCE[min(self.sentence_no[i], 11)],
                    _REPEATED[repeated], ("repeated_pos=", repeated, word_pos)))
        return out


_NEGATED = ("negated",)
_IN_QUOTE = {False: ("in_quote=", "0"), True: ("in_quote=", "1")}
_SENTENCE = [("sentence=", _position_bucket(n)) for n in range(12)]  # 11 and after share a bucket
_REPEATED = {"0": ("repeated=", "0"), "1": ("repeated=", "1")}


def _feature_name(key: tuple[str, ...]) -> str:
    return key[0] + "|".join(key[1:])


class _KindRows(dict):
    """The weights' rows of one kind of feature (``"lemma="``), by its value, or its
    values as a tuple, filled as met: a string key is cheaper to look up than the
    feature's whole tuple."""

    def __init__(self, kind: str, row: Callable[[tuple[str, ...]], int], value: Callable[[str], str] | None = None):
        super().__init__()
        self.kind, self.row, self.value = kind, row, value

    def __missing__(self, key: str | tuple[str, ...]) -> int:
        if isinstance(key, tuple):
            found = self.row((self.kind, *key))
        else:
            found = self.row((self.kind, self.value(key) if self.value else key))
        self[key] = found
        return found


class _FeatureRows:
    """The weights' rows of words' features, in the order of
    :meth:`Context.feature_keys` (the sums must come out the same to the last bit),
    looked up per kind of feature by value without building each feature's tuple."""

    def __init__(self, detector: TriggerDetector, context: Context):
        self.context, self.row = context, detector.row
        kinds = detector.kind_rows
        self.lemma, self.pos, self.tag, self.dep = kinds("lemma="), kinds("pos="), kinds("tag="), kinds("dep=")
        self.lemma_pos, self.head, self.head_pos = kinds("lemma_pos="), kinds("head="), kinds("head_pos=")
        self.dep_head, self.ent = kinds("dep_head="), kinds("ent=", _or_dash)
        self.suffix, self.prev, self.next = kinds("suffix="), kinds("prev="), kinds("next=")
        self.child_dep, self.arg, self.arg_ent = kinds("child_dep="), kinds("arg="), kinds("arg_ent=")
        self.prep_obj, self.prep_ent, self.repeated_pos = kinds("prep_obj="), kinds("prep_ent="), kinds("repeated_pos=")
        self.lex, self.rule, self.rule_mode = kinds("lex="), kinds("rule="), kinds("rule_mode=")
        row = detector.row
        self.negated = row(_NEGATED)
        self.in_quote = {flag: row(key) for flag, key in _IN_QUOTE.items()}
        self.sentence = [row(key) for key in _SENTENCE]
        self.repeated = {flag: row(key) for flag, key in _REPEATED.items()}

    def of(self, words: list[int]) -> tuple[list[int], list[int]]:
        """The rows of ``words``' features, all in one list, and where each word's start."""
        c = self.context
        named = _types_in_order()
        lemmas, pos, tag, dep, ent, lower, heads = c.lemma, c.pos, c.tag, c.dep, c.ent, c.lower, c.head
        prev_rows, next_rows, child_dep_rows, arg_rows, arg_ent_rows = \
            self.prev, self.next, self.child_dep, self.arg, self.arg_ent
        prep_obj_rows, prep_ent_rows, negated = self.prep_obj, self.prep_ent, self.negated
        lex_rows, rule_rows, rule_mode_rows = self.lex, self.rule, self.rule_mode
        no_rule = self.rule["-"]
        n = len(lemmas)
        doc, keys = c.doc, lexicon_keys()
        by_head, first, last = c._parse.by_head, c._parse.first, c._parse.last
        # The features of a word's own attributes (the first ten) and of where it stands
        # (the last four) come as one tuple per word, their look-ups done column by
        # column in C (``map`` over the words), not one by one in the loop below.
        word_lemmas = list(map(lemmas.__getitem__, words))
        word_pos = list(map(pos.__getitem__, words))
        word_deps = list(map(dep.__getitem__, words))
        word_heads = list(map(heads.__getitem__, words))
        head_lemmas = list(map(lemmas.__getitem__, word_heads))
        own = zip(map(self.lemma.__getitem__, word_lemmas), map(self.pos.__getitem__, word_pos),
                  map(self.tag.__getitem__, map(tag.__getitem__, words)), map(self.dep.__getitem__, word_deps),
                  map(self.lemma_pos.__getitem__, zip(word_lemmas, word_pos)),
                  map(self.head.__getitem__, head_lemmas), map(self.head_pos.__getitem__, map(pos.__getitem__, word_heads)),
                  map(self.dep_head.__getitem__, zip(word_deps, head_lemmas)),
                  map(self.ent.__getitem__, map(ent.__getitem__, words)),
                  map(self.suffix.__getitem__, [lower[i][-3:] for i in words]))
        repeated = ["1" if flag else "0" for flag in c.repeated_at(words)]
        sentence_rows = self.sentence
        where = zip(map(self.in_quote.__getitem__, map(c.quoted.__getitem__, words)),
                    [sentence_rows[min(c.sentence_no[i], 11)] for i in words],
                    map(self.repeated.__getitem__, repeated),
                    map(self.repeated_pos.__getitem__, zip(repeated, word_pos)))
        found: list[int] = []
        starts: list[int] = []
        append, extend = found.append, found.extend
        for i, lemma, own_rows, where_rows in zip(words, word_lemmas, own, where):
            starts.append(len(found))
            extend(own_rows)
            if lemma in named:
                for lexical_type in named[lemma]:
                    append(lex_rows[lexical_type])
            rule = match_at(doc, i) if lemma in keys or lower[i] in keys else None  # as Context.rule_at
            if rule is None:
                append(no_rule)
            else:
                append(rule_rows[rule.type])
                append(rule_mode_rows[str(rule.mode)])
            if i > 0:
                append(prev_rows[lemmas[i - 1]])
            if i + 1 < n:
                append(next_rows[lemmas[i + 1]])
            for child in by_head[first[i]:last[i]]:  # Context.children, inline
                if child == i:
                    continue
                child_dep = dep[child]
                append(child_dep_rows[child_dep])
                if child_dep in _ARGUMENT_DEPS:
                    append(arg_rows[child_dep, lemmas[child]])
                    if ent[child]:
                        append(arg_ent_rows[child_dep, ent[child]])
                if child_dep == "prep":
                    # its dependants (it has a governor, so it is not among them itself)
                    for grandchild in by_head[first[child]:last[child]]:
                        if dep[grandchild] == "pobj":
                            append(prep_obj_rows[lower[child], lemmas[grandchild]])
                            if ent[grandchild]:
                                append(prep_ent_rows[lower[child], ent[grandchild]])
                elif child_dep == "neg":
                    append(negated)
            extend(where_rows)
        return found, starts


def _or_dash(text: str) -> str:
    return text or "-"


@dataclass(frozen=True)
class Detection:
    """What the detector says of one word: its likeliest type, how likely it tells an
    event at all, the probability of each type given that it does (in ``labels``
    order, ``NONE`` at 0), and how often its lemma was a candidate in training."""
    type: str
    score: float
    types: np.ndarray
    seen: int


@dataclass(frozen=True)
class TriggerDetector:
    labels: tuple[str, ...]
    index: dict[str, int]
    weights: np.ndarray  # features x labels
    bias: np.ndarray
    dense_weights: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))  # dense x labels
    dense_mean: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))  # training average
    seen: dict[str, int] = field(default_factory=dict)  # lemma -> times a candidate in training
    # feature key (Context.feature_keys) -> its row, or len(index) when unknown; filled as met
    _rows: dict[tuple[str, ...], int] = field(default_factory=dict, compare=False, repr=False)
    # per feature kind of one or two values (``"lemma="``), the values' rows: a cheaper key
    _kind_rows: dict[str, "_KindRows"] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, path: str | Path) -> "TriggerDetector":
        with np.load(path, allow_pickle=False) as data:
            names = [str(x) for x in data["features"]]
            labels = tuple(str(x) for x in data["labels"])
            has_dense = "dense_weights" in data.files
            seen = dict(zip((str(x) for x in data["seen_lemmas"]), data["seen_counts"].tolist())) \
                if "seen_lemmas" in data.files else {}
            return cls(labels, {n: i for i, n in enumerate(names)},
                       data["weights"].astype(np.float32), data["bias"].astype(np.float32),
                       data["dense_weights"].astype(np.float32) if has_dense
                       else np.zeros((0, len(labels)), dtype=np.float32),
                       data["dense_mean"].astype(np.float32) if has_dense else np.zeros(0, dtype=np.float32),
                       seen)

    def save(self, path: str | Path) -> None:
        names = sorted(self.index, key=lambda name: self.index[name])
        lemmas = sorted(self.seen)
        np.savez_compressed(path, labels=np.array(self.labels), features=np.array(names),
                            weights=self.weights.astype(np.float16), bias=self.bias,
                            dense_weights=self.dense_weights.astype(np.float32),
                            dense_mean=self.dense_mean.astype(np.float32),
                            seen_lemmas=np.array(lemmas, dtype=str),
                            seen_counts=np.array([self.seen[x] for x in lemmas], dtype=np.int32))

    @cached_property
    def _padded_weights(self) -> np.ndarray:
        """The weights with a row of zeros after them (row ``len(index)``)."""
        return np.vstack([self.weights, np.zeros((1, len(self.labels)), dtype=np.float32)])

    def kind_rows(self, kind: str, value: Callable[[str], str] | None = None) -> "_KindRows":
        """The rows of the features of ``kind`` met so far, by their value(s) (made
        into the feature's value by ``value``, if given)."""
        known = self._kind_rows.get(kind)
        if known is None:
            known = self._kind_rows[kind] = _KindRows(kind, self.row, value)
        return known

    def row(self, key: tuple[str, ...]) -> int:
        """The weights' row of the feature ``key`` (:meth:`Context.feature_keys`), or
        ``len(index)`` when the model does not know it."""
        row = self._rows.get(key)
        if row is None:
            row = self._rows[key] = self.index.get(_feature_name(key), len(self.index))
        return row

    def probabilities(self, token: Token, context: Context | None = None) -> dict[str, float]:
        context = context or Context.of(token.doc)
        scores = self.scores(token.doc, [token.i], context)[0]
        return dict(zip(self.labels, scores.tolist()))

    def scores(self, doc: Doc, words: list[int], context: Context) -> np.ndarray:
        """The probability of each label (rows: ``words``; columns: ``labels``). All
        words are scored in one matrix operation: per-word NumPy calls would cost more
        than the features."""
        unknown = len(self.index)  # a feature the model does not know
        if len(self._rows) > _MAX_KEPT:
            self._rows.clear()
            self._kind_rows.clear()
        found, starts = _FeatureRows(self, context).of(words)
        # the known features' rows, each word's summed (in order: the sums must not
        # hang on how many unknown features a word has)
        rows = np.fromiter(found, dtype=np.int64, count=len(found))  # half np.asarray's time for a list
        known = rows != unknown
        before = np.concatenate([[0], np.cumsum(known)])  # known rows before each feature
        bounds = before[np.asarray(starts + [len(found)], dtype=np.int64)]
        # (a zero row after them: a word with no known feature at the end starts past them)
        gathered = self._padded_weights[np.append(rows[known], unknown)]
        sums = np.add.reduceat(gathered, bounds[:-1], axis=0)
        sums[bounds[:-1] == bounds[1:]] = 0.0  # a word with no known feature scores the bias alone
        scores = sums + self.bias
        if self.dense_weights.shape[0]:
            vectors = dense(doc, words, self.dense_weights.shape[0])
            if vectors is None:  # no tensor: the training average, whose weights the bias holds
                vectors = np.broadcast_to(self.dense_mean, (len(words), len(self.dense_mean)))
            scores = scores + (vectors - self.dense_mean) @ self.dense_weights
        scores = np.exp(scores - scores.max(axis=1, keepdims=True))
        scores /= scores.sum(axis=1, keepdims=True)
        return scores

    def detections(self, doc: Doc, floor: float = 0.0) -> dict[int, Detection]:
        """For each candidate word, what the detector says of it (:class:`Detection`);
        below ``floor`` (how likely an event at all), only the words a rule names."""
        found = self._kept(doc, floor)
        if found is None:
            return {}
        words, likely, types, best, lemmas = found
        labels, seen = self.labels, self.seen
        return {i: Detection(labels[b], p, t, seen.get(lemmas[i], 0))
                for i, b, p, t in zip(words, best, likely, types)}

    def _kept(self, doc: Doc, floor: float, read: tuple[frozenset[str], frozenset[str]] | None = None,
              ) -> tuple[list[int], list[float], np.ndarray, list[int], list[str]] | None:
        """The candidate words :meth:`detections` keeps, in order, with how likely each
        tells an event, the probability of each type given that it does (a row each),
        the likeliest type's column, and the Doc's lemmas (by word); None when it keeps
        none. With ``read`` (words, parts of speech), only the candidates whose lemma or
        form is among those words or whose part of speech is among those are scored (a
        word's scores do not hang on which others are scored)."""
        context = Context.of(doc)
        words = context.candidates
        if read is not None:
            keys, read_pos = read
            lemmas, lowers, pos = context.lemma, context.lower, context.pos
            if keys is lexicon_keys() and words:  # the rules' words: the Doc's table has them
                keyed = context.words.keyed[words].tolist()
                words = [i for i, known in zip(words, keyed) if known or pos[i] in read_pos]
            else:
                words = [i for i in words if lemmas[i] in keys or lowers[i] in keys or pos[i] in read_pos]
        if not words:
            return None
        scores = self.scores(doc, words, context)
        none = self.labels.index(NONE)
        events = 1.0 - scores[:, none]
        named, lemmas = _types_by_lemma(), context.lemma
        kept = events >= floor  # compared as float32, as each score is
        if not kept.all():  # or a rule names its lemma (a look-up per word in C, not a loop)
            kept |= np.fromiter(map(named.__contains__, map(lemmas.__getitem__, words)), dtype=bool, count=len(words))
        at = np.flatnonzero(kept)
        if not len(at):
            return None
        types = scores[at]
        types[:, none] = 0.0
        types /= np.maximum(types.sum(axis=1, keepdims=True), 1e-12)
        best = types.argmax(axis=1).tolist()
        return [words[j] for j in at.tolist()], events[at].tolist(), types, best, lemmas

    def detect(self, doc: Doc) -> dict[int, tuple[str, float]]:
        """For each candidate word: its likeliest event type and how likely it tells an
        event at all (one minus the probability of no event)."""
        return {i: (d.type, d.score) for i, d in self.detections(doc).items()}


def write_triggers(doc: Doc, detections: dict[int, Detection], labels: tuple[str, ...], floor: float) -> None:
    """Write ``detections`` to ``doc.spans["triggers"]``, one one-word span per word
    labelled with its likeliest type; the group's attrs hold, per span, ``scores`` (how
    likely an event at all), ``seen`` (how often its lemma was a candidate in
    training) and ``types`` (the probability of each type in ``labels`` order, given
    an event). Words less likely than ``floor`` are left out, except those a rule
    names: the events stage may veto them, and a word left out is one the detector
    says nothing of."""
    from spacy.tokens import Span

    from newstrace.extract.doc import TRIGGERS

    spans, scores, seen, types = [], [], [], []
    lemmas, named = parse_arrays(doc).lemma, _types_by_lemma()  # lexicon_lemma(doc[i]), without a Token
    for i, d in sorted(detections.items()):
        if d.score >= floor or lemmas[i] in named:
            spans.append(Span(doc, i, i + 1, label=d.type))
            scores.append(d.score)
            seen.append(d.seen)
            types.append(d.types)
    if types:  # one conversion for all: per-row tolist() costs more than the features
        types = np.vstack(types).tolist()
    doc.spans[TRIGGERS] = spans
    attrs = doc.spans[TRIGGERS].attrs
    attrs["scores"], attrs["seen"], attrs["labels"], attrs["types"] = scores, seen, list(labels), types


def write_detected(doc: Doc, detector: TriggerDetector, floor: float,
                   read: tuple[frozenset[str], frozenset[str]] | None = None) -> None:
    """``write_triggers(doc, detector.detections(doc, floor), detector.labels, floor)``,
    as the triggers stage runs it: the kept words' spans and attributes written straight
    from the detector's arrays (no :class:`Detection` per word; each span's label as
    its string id, added once). With ``read`` (words, parts of speech: what the events
    stage reads, :func:`newstrace.extract.events.detections_read`), only the candidates
    whose lemma or form is one of those words or whose part of speech is one of those
    are scored and written: of the others (most adjectives and proper nouns, 40% of the
    candidates) nothing after this stage reads a word."""
    from spacy.tokens import Span

    from newstrace.extract.doc import TRIGGERS

    spans, scores, seen, rows = [], [], [], []
    types: list[list[float]] = []
    kept_words: list[int] = []
    kept_labels: list[str] = []
    found = detector._kept(doc, floor, read)
    if found is not None:
        words, likely, distributions, best, lemmas = found
        named, seen_in_training = _types_by_lemma(), detector.seen
        label_ids = [doc.vocab.strings.add(label) for label in detector.labels]
        for row, (i, b, p) in enumerate(zip(words, best, likely)):
            if p >= floor or lemmas[i] in named:  # as write_triggers (in float64: not quite the float32 test above)
                spans.append(Span(doc, i, i + 1, label=label_ids[b]))
                scores.append(p)
                seen.append(seen_in_training.get(lemmas[i], 0))
                rows.append(row)
        if rows:
            types = distributions[rows].tolist()
            labels = detector.labels
            kept_words, kept_labels = [words[row] for row in rows], [labels[best[row]] for row in rows]
    doc.spans[TRIGGERS] = spans
    group = doc.spans[TRIGGERS]
    attrs = group.attrs
    attrs["scores"], attrs["seen"], attrs["labels"], attrs["types"] = scores, seen, list(detector.labels), types
    _WRITTEN(doc)[0] = _Written(group, scores, kept_words, kept_labels)


class _Written(NamedTuple):
    """What :func:`write_detected` wrote to a Doc's triggers group: the group, its
    ``scores`` list, and each span's word and label, in order."""
    group: SpanGroup
    scores: list[float]
    words: list[int]
    labels: list[str]


# per Doc, what write_detected wrote (one slot): the events stage reads the words and
# labels from here instead of making a Span of each of the group's ~80 words back
_WRITTEN: KeptPerDoc[list[_Written | None]] = KeptPerDoc(lambda doc: [None])


def written_triggers(doc: Doc) -> tuple[list[int], list[str]] | None:
    """The words and labels of ``doc.spans["triggers"]``, in order, as
    :func:`write_detected` wrote them; None when it wrote none on this Doc or the group
    is no longer the one it wrote (replaced, grown or shrunk, or its scores replaced)."""
    from newstrace.extract.doc import TRIGGERS

    kept = _WRITTEN(doc)[0]
    if kept is None:
        return None
    group = doc.spans.get(TRIGGERS)
    if group is not kept.group or len(group) != len(kept.words) or group.attrs.get("scores") is not kept.scores:
        return None
    return kept.words, kept.labels


@cache
def shipped() -> TriggerDetector:
    """The detector in the package, or the file NEWSTRACE_EVENT_DETECTOR names (a
    detector trained on part of the corpus, as cross-validation does)."""
    path = os.environ.get("NEWSTRACE_EVENT_DETECTOR") or str(
        resources.files("newstrace").joinpath("data/models/event_detector.npz"))
    if not Path(path).is_file():
        raise FileNotFoundError(f"event detector {path}: no such file (train one with scripts/train-events)")
    return TriggerDetector.load(path)
