"""The triggers and events stages' word selections and read-back, old way against new,
in one process, alternately (speedev16).

    .venv/bin/python benchmarks/throughput/stages_only.py --parse /tmp/parsed.spacy
    .venv/bin/python benchmarks/throughput/word_table_alternate.py /tmp/parsed.spacy

Old (main b62bac4, copied here): five Python walks over every word (the detector's
candidates, its per-word "repeated" table and lemma dict, the quotation marks, the events
stage's rules' words and demand words, its "must"/"should"), and the events stage reading
the triggers group back a Span per word. New: ``detector.WordTable`` (three ``map`` calls
in C per Doc over lemmas, forms and parts of speech) and ``detector.written_triggers``.
Checks both give the same on every Doc first, then times each over the corpus, 7 times
in turn (ABBA), the collector off; CPU seconds, medians.
"""
from __future__ import annotations

import gc
import os
import statistics
import sys
import time

from spacy.tokens import DocBin

from newstrace import Newstrace, nlp
from newstrace.extract.components import stage_pipes
from newstrace.extract.events import detections_read
from newstrace.extract.events.detector import (CANDIDATE_POS, _types_by_lemma, _QUOTE_MARKS, WordTable,
                                                written_triggers)
from newstrace.extract.events.detector_use import _Learned
from newstrace.extract.events.lexicon import lexicon_keys
from newstrace.extract.events.speech_acts import _NEED, _OBLIGATION
from newstrace.extract.parsearrays import parse_arrays
from newstrace.extract.doc import TRIGGERS

core = Newstrace(); s = core.settings
language = nlp.load(s.model, s.stage_factories(), summary_sentences=s.summary_sentences)
trig = [language.get_pipe(n) for n in stage_pipes(language) if "triggers" in n][0]
docs = [trig(d) for d in DocBin().from_disk(sys.argv[1]).get_docs(language.vocab)]
keys, read_pos = detections_read(); named = _types_by_lemma()

def detected(doc, fast):
    group = doc.spans[TRIGGERS]; attrs = group.attrs; labels = attrs.get("labels") or []
    n = len(group); seen = attrs.get("seen") or [0] * n; types = attrs.get("types") or [[]] * n
    if fast:
        w = written_triggers(doc)
        return {i: _Learned(l, sc, c, labels, d) for i, l, sc, c, d in zip(*w, attrs["scores"], seen, types)}
    return {span.start: _Learned(span.label_, sc, c, labels, d) for span, sc, c, d in zip(group, attrs["scores"], seen, types)}

def old(doc):
    p = parse_arrays(doc); n = len(p.lemma)
    cand = [i for i, (pos, lemma) in enumerate(zip(p.pos, p.lemma)) if pos in CANDIDATE_POS or lemma in named]
    first = {}
    for i in cand: first.setdefault(p.lemma[i], i)
    repeated = [first.get(l, n) < i for i, l in enumerate(p.lemma)]
    lemmas = {i: p.lemma[i] for i in cand}
    marks = [i for i, l in enumerate(p.lower) if l in _QUOTE_MARKS]
    words = [i for i in cand if p.lemma[i] in keys or p.lower[i] in keys or p.pos[i] in read_pos]
    rep = [repeated[i] for i in words]
    found = {i for i, (l, lo) in enumerate(zip(p.lemma, p.lower)) if l in keys or lo in keys or l in _NEED}
    found.update(p.head[i] for i, lo in enumerate(p.lower) if lo in _OBLIGATION and p.dep[i] == "aux")
    return cand, marks, words, rep, sorted(found)

def new(doc):
    p = parse_arrays(doc); n = len(p.lemma)
    wt = WordTable(doc); cand = wt.candidates
    first = {}
    for i in cand: first.setdefault(p.lemma[i], i)
    marks = wt.marks
    keyed = wt.keyed[cand].tolist() if cand else []
    pos = p.pos
    words = [i for i, k in zip(cand, keyed) if k or pos[i] in read_pos]
    rep = [first.get(p.lemma[i], n) < i for i in words]
    found = set(wt.keyed_or_demand)
    found.update(p.head[i] for i in wt.obligations if p.dep[i] == "aux")
    return cand, marks, words, rep, sorted(found)

for d in docs:
    assert old(d) == new(d) and detected(d, True) == detected(d, False)
res = {"walks old": [], "walks new": [], "read-back old": [], "read-back new": []}
for r in range(7):
    for kind in (("old", "new") if r % 2 == 0 else ("new", "old")):
        gc.disable()
        f = old if kind == "old" else new
        t = time.process_time()
        for d in docs: f(d)
        res["walks " + kind].append(time.process_time() - t)
        t = time.process_time()
        for d in docs: detected(d, kind == "new")
        res["read-back " + kind].append(time.process_time() - t)
        gc.enable()
print("load", os.getloadavg()[0])
for k, v in res.items():
    print(f"{k}: median {statistics.median(v):.4f} s (range {min(v):.4f}-{max(v):.4f})")
