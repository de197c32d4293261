"""Extractive summary: the sentences that best cover the article's content words.

Sentences are scored by the mean document frequency of their content lemmas, with the
lead favoured because news puts the essentials first; the best ones are returned in
the article's order.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from spacy.tokens import Doc

from newstrace.data import load_toml
from newstrace.nlp import readable


def summarize(doc: Doc, n_sentences: int) -> str:
    weights = load_toml("summary.toml")
    sents = [s for s in doc.sents if readable(s) and len([t for t in s if t.is_alpha]) >= weights["min_words"]]
    if len(sents) <= n_sentences:
        return " ".join(s.text.strip() for s in sents)
    freq = Counter(t.lemma_.lower() for t in doc if t.is_alpha and not t.is_stop)
    top = max(freq.values(), default=1)
    # entities per sentence from one pass over doc.ents (Span.ents scans them all each time)
    entity_starts = sorted(e.start for e in doc.ents)

    def score(i: int, sent) -> float:
        content = [t.lemma_.lower() for t in sent if t.is_alpha and not t.is_stop]
        if not content:
            return 0.0
        coverage = sum(freq[w] for w in set(content)) / (top * len(set(content)))
        n_entities = bisect_left(entity_starts, sent.end) - bisect_left(entity_starts, sent.start)
        entities = n_entities / max(1, len(content))
        return coverage + weights["entity_weight"] * entities + weights["lead_weight"] / (1 + i)

    ranked = sorted(range(len(sents)), key=lambda i: score(i, sents[i]), reverse=True)[:n_sentences]
    return " ".join(sents[i].text.strip() for i in sorted(ranked))
