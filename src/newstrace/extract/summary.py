"""Extractive summary: the sentences that best cover the article's content words.

Sentences are scored by the mean document frequency of their content lemmas, with the
lead favoured because news puts the essentials first; the best ones are returned in
the article's order.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter

import numpy
from spacy.tokens import Doc

from newstrace.data import load_toml
from newstrace.extract.parsearrays import named_entities, parse_arrays, sentences
from newstrace.nlp import doc_text


def summarize(doc: Doc, n_sentences: int) -> str:
    weights = load_toml("summary.toml")
    # the words' columns read once from the Doc's arrays, not a Token object per word per pass
    columns = doc.to_array(["IS_ALPHA", "IS_STOP"])
    alpha = columns[:, 0].astype(bool)
    alpha_before = numpy.concatenate(([0], numpy.cumsum(alpha))).tolist()  # alphabetic words before each token
    # the sentences as (start, end) token and character offsets, shared with the other stages
    table, text = sentences(doc), doc_text(doc)
    sents = [(start, end, table.start_chars[k], table.end_chars[k])
             for k, (start, end) in enumerate(zip(table.starts, table.ends))
             if table.readable[k] and alpha_before[end] - alpha_before[start] >= weights["min_words"]]
    if len(sents) <= n_sentences:
        return " ".join(text[s[2]:s[3]].strip() for s in sents)
    content_at = numpy.flatnonzero(alpha & ~columns[:, 1].astype(bool)).tolist()  # content words, in order
    lemmas = parse_arrays(doc).lemma  # lower-cased, read once per Doc for every stage
    content_lemmas = [lemmas[k] for k in content_at]
    freq = Counter(content_lemmas)
    top = max(freq.values(), default=1)
    # entities per sentence from one pass over NER's entities (Span.ents scans them all each time)
    entity_starts = sorted(named_entities(doc).starts)

    def score(i: int, sent: tuple[int, int, int, int]) -> float:
        start, end = sent[0], sent[1]
        content = content_lemmas[bisect_left(content_at, start):bisect_left(content_at, end)]
        if not content:
            return 0.0
        distinct = set(content)
        coverage = sum(map(freq.__getitem__, distinct)) / (top * len(distinct))  # whole counts: summed exactly in any order
        n_entities = bisect_left(entity_starts, end) - bisect_left(entity_starts, start)
        entities = n_entities / max(1, len(content))
        return coverage + weights["entity_weight"] * entities + weights["lead_weight"] / (1 + i)

    ranked = sorted(range(len(sents)), key=lambda i: score(i, sents[i]), reverse=True)[:n_sentences]
    return " ".join(text[sents[i][2]:sents[i][3]].strip() for i in sorted(ranked))
