"""The model's attribute ruler (tag -> part of speech, morphology, a few lemmas), with
what its one-word rules do remembered per kind of word.

spaCy's ``AttributeRuler`` runs a ``Matcher`` of all its rules (179 in en_core_web_sm)
over every word of every Doc, a Token and Python predicates per word: 3.5 s of CPU per
276-article corpus under load, more than the parser, ~15% of the spaCy pipeline
(``benchmarks/throughput``, the speed25 section). Almost every rule is a one-word rule
whose match depends on a few attributes of that word alone: its tag, dependency label,
whether it is a space, and its lower-case form *only* where a rule names that form or
its expression matches it (any other form reads as 0). What those rules do to a word is
the same for every word that agrees on them, so it is kept per such key for the process
(about 1,050 keys over 550 articles): a key not met before is read off the stock ruler's
own Matcher run on that one word alone. The few rules that span several words ("gon na",
"there is") run through a ``Matcher`` of their own, only on the stretches around a word
with the value the rule names at one place. A word's fields are then those its rules set,
applied in the stock ruler's order (later rules winning), written with ``Doc.from_array``
(the stock ruler's ``Token.set_struct_attr``): the Docs are the same, field for field,
but for the general lemma readings of ``data/lemmas.toml`` ``[general]``
(:class:`LemmaReadings`: "countries" tagged VBZ -> country, not the lemmatizer's "countrie"),
which the memo gives a word no rule gave a lemma, once per kind of word (the forms they may
concern are keyed by their form, as a form a rule names).

Applied only when the reading stages are added (:func:`newstrace.nlp.load`): the model
loaded without them stays spaCy's as shipped (the throughput benchmark's baseline). A
ruler whose one-word rules test anything else (a fuzzy or length test on a form, an
extension attribute, an operator) or set anything else is left to run as it is.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, cast

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

if TYPE_CHECKING:
    from thinc.types import Ints2d

__all__ = ["LemmaReadings", "MemoAttributeRuler", "add_lemma_exceptions", "memoise_attribute_ruler"]

FACTORY = "newstrace_attribute_ruler"
# per-word attributes a one-word rule may test; the forms (open classes) are bucketed:
# a form no rule names reads as 0 in the key
_TESTABLE = {"TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE, "POS": POS, "MORPH": MORPH, "LEMMA": LEMMA,
             "LOWER": LOWER, "ORTH": ORTH, "NORM": NORM}
_FORMS = {LOWER, ORTH, NORM}
# what a window's anchor may be: attributes whose column holds the hash of the string named
_HASHED = {TAG, DEP, LEMMA, LOWER, ORTH, NORM}
_FORM_OPS = {"IN", "NOT_IN", "REGEX"}
# what a rule may set: the word's own fields (the stock ruler sets them with
# Token.set_struct_attr, which is what Doc.from_array does too)
_SETTABLE = (TAG, POS, MORPH, LEMMA, DEP)
_LEMMA_AT = _SETTABLE.index(LEMMA)


class LemmaReadings:
    """General lemma exceptions off the rule lemmatizer's own tables (``data/lemmas.toml``
    ``[general]``), for a word no rule gave a lemma, read by the memo once per kind of word:

    * an "-ies" form whose reading is its "-ie" stem, no word of the index, where the "-y"
      word is one (the tagger's "countries" VBZ -> countrie, "complies" NNS -> complie):
      the "-y" word (country, comply);
    * a plural noun whose reading is no word of the index while the form itself is one
      ("rabies" -> rabie, "diabetes" -> diabete): the form.

    The index is all parts of speech together; the readings are spaCy's ``rule_lemmatize``
    (its rules in order, the last indexed reading first, exceptions in front)."""

    def __init__(self, lookups: Any, parts: Iterable[str]) -> None:
        self.index = {pos: set(lookups.get_table("lemma_index").get(pos, {})) for pos in ("noun", "verb", "adj", "adv")}
        self.words = set().union(*self.index.values())
        self.rules = lookups.get_table("lemma_rules")
        self.exc = lookups.get_table("lemma_exc")
        self.parts = {p.lower() for p in parts}
        self.named_y = self.index["noun"] | self.index["verb"]

    def names(self, form: str) -> bool:
        """Whether the form takes a reading under some part of speech listed (its kind of word
        is then keyed by its form; asked once per form)."""
        return form.endswith("s") and (form.endswith("ies") or form in self.index["noun"]) \
            and any(self.lemma(form, pos) is not None for pos in self.parts)

    # Kept, not spaCy's: its one public reading is ``Lemmatizer.rule_lemmatize(token)`` (spaCy
    # 3.8), on a Token only: it reads the token's morphology (``EnglishLemmatizer.is_base_form``)
    # and caches on the pipe by form, POS and morphology; no call takes a form and a part of
    # speech, and the loop over the rules is inline there, no helper. Its tables are public
    # (``lookups``), so this walks them as that loop does (for ``lemma`` only whether a reading
    # is indexed matters, not which indexed reading comes first).
    def reading(self, form: str, pos: str) -> str:
        found: list[str] = []
        oov: list[str] = []
        for old, new in self.rules.get(pos, []):
            if form.endswith(old) and (f := form[:len(form) - len(old)] + new):
                (found if f in self.index.get(pos, ()) or not f.isalpha() else oov).append(f)
        found = list(dict.fromkeys(found))
        for f in self.exc.get(pos, {}).get(form, []):
            if f not in found:
                found.insert(0, f)
        return (found or oov or [form])[0]

    def lemma(self, form: str, pos: str) -> str | None:
        pos = pos.lower()
        if pos not in self.parts or not form.isalpha() or form in self.exc.get(pos, {}):
            return None
        read = self.reading(form, pos)
        if read in self.words or read == form:
            return None
        if form.endswith("ies") and read == form[:-1] and (y := form[:-3] + "y") in self.named_y:
            return y
        if pos == "noun" and form in self.index["noun"]:
            return form
        return None


class MemoAttributeRuler:
    """Stands in for the pipeline's ``attribute_ruler``: same Docs out, see the module."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.stock: AttributeRuler | None = None
        self.readings: LemmaReadings | None = None

    def use(self, stock: AttributeRuler, readings: LemmaReadings | None = None) -> None:
        self.stock = stock
        self.readings = readings
        self._plan(stock)

    def _plan(self, stock: AttributeRuler) -> None:
        self.ready = False
        one_word: set[int] = set()
        several: list[tuple[int, list]] = []
        reads: set[int] = set()
        named: dict[int, set[int]] = {}  # form attribute -> the forms the one-word rules name
        patterns_of: dict[int, list[re.Pattern]] = {}  # form attribute -> the expressions they test
        for attr_id in range(len(stock.attrs)):
            _, patterns = stock.matcher.get(str(attr_id))
            if not set(stock.attrs[attr_id]) <= set(_SETTABLE):
                return  # an extension attribute or a field of the word's lexeme: left as it is
            if all(len(p) == 1 for p in patterns):
                for (spec,) in patterns:
                    for key, value in spec.items():
                        attr = _TESTABLE.get(key.upper())
                        if attr is None:
                            return  # an operator, an extension, a flag not keyed: left as it is
                        reads.add(attr)
                        if attr in _FORMS:
                            if isinstance(value, str):
                                value = {"IN": [value]}
                            if not isinstance(value, dict) or not set(value) <= _FORM_OPS:
                                return  # a fuzzy or length test on a form: not keyed
                            for op, arg in value.items():
                                if op == "REGEX":
                                    patterns_of.setdefault(attr, []).append(re.compile(arg))
                                elif all(isinstance(v, str) for v in arg):
                                    named.setdefault(attr, set()).update(self.vocab.strings.add(v) for v in arg)
                                else:
                                    return
                one_word.add(attr_id)
            else:
                several.append((attr_id, patterns))
        self.reads = sorted(reads)
        self.named = {attr: set(named.get(attr, ())) for attr in reads if attr in _FORMS}
        self.patterns_of = patterns_of
        self.kept: dict[int, dict[int, bool]] = {attr: {} for attr in self.named}  # form -> named or matched
        self.one_word = one_word
        self.several = Matcher(self.vocab)
        # where a rule of several words can match: next to a word with the value its
        # pattern names at one place (the rarest named there), so the Matcher (a Token per
        # word, 0.3 s per corpus over whole Docs) runs on those few words' windows only
        for attr_id, patterns in several:
            self.several.add(str(attr_id), patterns)
        found = [_anchor(pattern, self.vocab) for _, patterns in several for pattern in patterns]
        # attribute, values, offset, length; None: a pattern with no anchor, so the whole Doc, always
        self.anchors: list[tuple[int, numpy.ndarray, int, int]] | None = \
            None if any(a is None for a in found) else [a for a in found if a is not None]
        # settable fields are in the key too (their values before the rules): a rule
        # that sets one field leaves the others as they were
        anchored = [a for a, *_ in self.anchors or ()]
        self.columns = list(dict.fromkeys(self.reads + list(_SETTABLE) + anchored))
        self.key_width = len(dict.fromkeys(self.reads + list(_SETTABLE)))
        self.anchor_at = {a: self.columns.index(a) for a in anchored}
        self.settable_at = [self.columns.index(a) for a in _SETTABLE]
        self.rules_of: dict[tuple, tuple[int, ...]] = {}  # key -> one-word rules matched, in order
        self.plain: dict[tuple, tuple[int, ...]] = {}  # key -> settable fields after its one-word rules
        self.ready = True

    def __call__(self, doc: Doc) -> Doc:
        stock = self.stock
        assert stock is not None
        if not self.ready or not len(doc):
            return stock(doc)
        array = doc.to_array(self.columns)
        windows = self._windows(array, len(doc))  # (before the forms are bucketed)
        for i, attr in enumerate(self.columns):
            if attr in _FORMS:  # a form no rule names or matches reads as 0
                column = array[:, i]
                kept = self.kept[attr]
                forms = numpy.unique(column).tolist()
                keep = [f for f in forms if kept.get(f, None) or (f not in kept and self._keeps(attr, f))]
                column[~numpy.isin(column, numpy.array(keep, dtype=numpy.uint64))] = 0
        keys = list(map(tuple, array[:, :self.key_width].tolist()))
        try:
            rows = list(map(self.plain.__getitem__, keys))  # the fields after the one-word rules
        except KeyError:
            self._learn(doc, keys)
            rows = list(map(self.plain.__getitem__, keys))
        extra: dict[int, set[int]] = {}
        for a, b in windows:
            for match_id, start, end in self.several(doc[a:b] if b - a < len(doc) else doc, allow_missing=True):
                attr_id = int(self.vocab.strings[match_id])
                extra.setdefault(a + start + _at(stock.indices[attr_id], end - start), set()).add(attr_id)
        for i, more in extra.items():  # a rule of several words, in its place among the word's own
            row = self._apply(keys[i], tuple(sorted(self.rules_of[keys[i]] + tuple(more))))
            if row[_LEMMA_AT] == keys[i][self.settable_at[_LEMMA_AT]]:  # (a general reading stays)
                row = row[:_LEMMA_AT] + rows[i][_LEMMA_AT:_LEMMA_AT + 1] + row[_LEMMA_AT + 1:]
            rows[i] = row
        new = numpy.array(rows, dtype=numpy.uint64).reshape(len(doc), len(_SETTABLE))
        old = array[:, self.settable_at]
        changed = [j for j in range(len(_SETTABLE)) if not numpy.array_equal(new[:, j], old[:, j])]
        if changed:
            doc.from_array([_SETTABLE[j] for j in changed], cast("Ints2d", new[:, changed]))
        return doc

    def _windows(self, array: numpy.ndarray, n: int) -> list[tuple[int, int]]:
        """Stretches of the Doc (start, end), apart, that hold every place a rule of several
        words can match."""
        if self.anchors is None:
            return [(0, n)]
        spans = []
        for attr, values, offset, length in self.anchors:
            column = array[:, self.anchor_at[attr]]
            for i in numpy.flatnonzero(numpy.isin(column, values)).tolist():
                spans.append((max(0, i - offset), min(n, i - offset + length)))
        spans.sort()
        merged: list[tuple[int, int]] = []
        for a, b in spans:
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
            else:
                merged.append((a, b))
        return merged

    def _keeps(self, attr: int, form: int) -> bool:
        text = self.vocab.strings[form]
        keep = form in self.named[attr] or any(p.search(text) for p in self.patterns_of.get(attr, ())) \
            or attr == LOWER and self.readings is not None and self.readings.names(text)
        self.kept[attr][form] = keep
        return keep

    def _apply(self, key: tuple, rules: tuple[int, ...]) -> tuple[int, ...]:
        """The settable fields after ``rules`` (attribute ids, applied in that order, as
        the stock ruler's sorted matches are) from their values in ``key``."""
        values = dict(zip(_SETTABLE, (key[j] for j in self.settable_at)))
        for attr_id in rules:
            values.update(self.stock.attrs[attr_id])  # type: ignore[union-attr]
        return tuple(values[a] for a in _SETTABLE)

    def _learn(self, doc: Doc, keys: list[tuple]) -> None:
        """The one-word rules of each kind of word in ``doc`` not met before, read off the
        stock ruler's Matcher run on one such word alone (a one-word pattern tests the
        word alone; a longer one cannot match there)."""
        stock = self.stock
        assert stock is not None
        strings = self.vocab.strings
        for i, key in enumerate(keys):
            if key in self.plain:
                continue
            matched = {int(strings[m]) for m, _, _ in stock.matcher(doc[i:i + 1], allow_missing=True)}
            rules = tuple(sorted(matched & self.one_word))
            self.rules_of[key] = rules
            self.plain[key] = self._apply(key, rules)
            if self.readings is not None and self.plain[key][_LEMMA_AT] == key[self.settable_at[_LEMMA_AT]] \
                    and self.kept.get(LOWER, {}).get(doc[i].lower):  # (a form read is keyed by itself)
                self._read(key, doc[i].lower_)

    def _read(self, key: tuple, form: str) -> None:
        """A word no rule gave a lemma: the general readings of :class:`LemmaReadings` for
        its form and the part of speech its rules gave it (part of what its key does)."""
        assert self.readings is not None
        row = self.plain[key]
        lemma = self.readings.lemma(form, self.vocab.strings[row[_SETTABLE.index(POS)]])
        if lemma is not None:
            self.plain[key] = row[:_LEMMA_AT] + (self.vocab.strings.add(lemma),) + row[_LEMMA_AT + 1:]

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self(doc)

    # the stock ruler's serialisation and scoring, for whoever asks the component
    def __getattr__(self, name: str) -> Any:
        stock = self.__dict__.get("stock")
        if stock is None:
            raise AttributeError(name)
        return getattr(stock, name)


def _anchor(pattern: list[dict], vocab) -> tuple[int, numpy.ndarray, int, int] | None:
    """(attribute, the values it must have, its offset, the pattern's length) for one
    place of ``pattern`` that names its values (the fewest), or None (an operator, or
    no place names one)."""
    best: tuple[int, list[str], int] | None = None
    for offset, spec in enumerate(pattern):
        if "OP" in spec:
            return None
        for key, value in spec.items():
            attr = _TESTABLE.get(key.upper())
            if attr is None or attr not in _HASHED:
                continue
            if isinstance(value, str):
                values = [value]
            elif isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
                values = value["IN"]
            else:
                continue
            if best is None or len(values) < len(best[1]):
                best = (attr, values, offset)
    if best is None:
        return None
    attr, values, offset = best
    return attr, numpy.array([vocab.strings.add(v) for v in values], dtype=numpy.uint64), offset, len(pattern)


def _at(index: int, length: int) -> int:
    return index if index >= 0 else length + index


@Language.factory(FACTORY, assigns=["token.tag", "token.pos", "token.morph", "token.lemma", "token.dep"])
def make_memo_attribute_ruler(nlp: Language, name: str) -> MemoAttributeRuler:
    return MemoAttributeRuler(nlp, name)


def memoise_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> None:
    """Put a :class:`MemoAttributeRuler` in place of the pipeline's stock ruler ``name``
    (nothing happens where there is none)."""
    if name not in nlp.pipe_names:
        return
    stock = nlp.get_pipe(name)
    if type(stock) is not AttributeRuler:
        return
    readings = None
    if "lemmatizer" in nlp.pipe_names and getattr(lemmatizer := nlp.get_pipe("lemmatizer"), "mode", "") == "rule":
        from newstrace.data import load_toml

        parts = load_toml("lemmas.toml").get("general", {}).get("parts", [])
        if parts:
            readings = LemmaReadings(cast(Any, lemmatizer).lookups, parts)
    memo = cast(MemoAttributeRuler, nlp.replace_pipe(name, FACTORY))
    memo.use(stock, readings)


def add_lemma_exceptions(nlp: Language, name: str = "attribute_ruler") -> None:
    """Add the lemma exceptions of ``data/lemmas.toml`` to the pipeline's ruler ``name`` as
    one-word rules (a form and its tags -> a lemma): "fined" -> fine, not the rule
    lemmatizer's "fin". The lemmatizer after the ruler keeps a lemma already set; the memo
    reads them as any rule that names a form (one key per such form and tag), so no word
    costs more than a look-up. Called before :func:`memoise_attribute_ruler`."""
    from newstrace.data import load_toml

    if name not in nlp.pipe_names or not isinstance(ruler := nlp.get_pipe(name), AttributeRuler):
        return
    table = load_toml("lemmas.toml")
    if variants := table.get("apostrophe", {}).get("variants", []):
        rules = ruler.patterns
        ruler.clear()
        for rule in rules:  # each in its own place: a later rule wins over an earlier one
            patterns = cast(list[list[dict]], rule["patterns"])
            twins = [twin for pattern in patterns for twin in _apostrophe_twins(pattern, variants)]
            ruler.add(patterns + twins, cast(dict, rule["attrs"]), index=cast(int, rule["index"]))
    tags = table.get("tags", {})
    for part, tag_list in tags.items():
        by_lemma: dict[str, list[str]] = {}
        for form, lemma in table.get(part, {}).items():
            by_lemma.setdefault(lemma, []).append(form)
        for lemma, forms in by_lemma.items():
            ruler.add([[{"LOWER": {"IN": sorted(forms)}, "TAG": {"IN": list(tag_list)}}]], {"LEMMA": lemma})


def _apostrophe_twins(pattern: list[dict], variants: list[str]) -> list[list[dict]]:
    """``pattern`` with each form it names written with the keyboard apostrophe ("'s", "'ll",
    "n't") written with each of ``variants`` instead (none where it names no such form)."""
    twins = []
    for variant in variants:
        twin, changed = [], False
        for spec in pattern:
            spec = dict(spec)
            for key in ("LOWER", "ORTH", "NORM"):
                value = spec.get(key)
                if isinstance(value, str) and "'" in value:
                    spec[key] = value.replace("'", variant)
                elif isinstance(value, dict) and isinstance(value.get("IN"), list) \
                        and (named := [v.replace("'", variant) for v in value["IN"] if "'" in v]):
                    spec[key] = {"IN": [v for v in named if v not in value["IN"]]} if set(named) - set(value["IN"]) \
                        else value
                elif isinstance(value, dict) and isinstance(value.get("REGEX"), str) and "'" in value["REGEX"]:
                    spec[key] = {"REGEX": value["REGEX"].replace("'", variant)}
                else:
                    continue
                changed = changed or spec[key] != value
            twin.append(spec)
        if changed:
            twins.append(twin)
    return twins
