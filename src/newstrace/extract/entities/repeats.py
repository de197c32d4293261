"""After step 3 of the fallback order: repeats of a cluster's name that NER missed join
it, clusters whose every form is a common lower-case word go, and the clusters become
the :class:`~newstrace.record.Entity` records.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from newstrace.record import Entity
from newstrace.extract.entities.context import Mention, _Cluster
from newstrace.extract.entities.occurrences import _Spans, whole_word_occurrences
from newstrace.extract.entities.lists import _lists


def _add_missed_repeats(doc: Doc, text: str, clusters: list[_Cluster]) -> None:
    """NER tags a name once and misses it later ("Kallaste briefed ..."): every other
    occurrence of a form already known, or of a person's surname when only one person
    bears it, becomes a mention too."""
    taken = _Spans((m.start, m.end) for c in clusters for m in c.mentions)
    surname_owners: dict[str, list[_Cluster]] = {}
    for c in clusters:
        if c.label == "PERSON":
            words = c.name.split()
            if len(words) > 1 and len(words[-1]) >= 3 and words[-1][0].isupper():
                surname_owners.setdefault(words[-1], []).append(c)
    wanted: dict[str, _Cluster] = {}
    for name, owners in surname_owners.items():
        if len(owners) == 1:
            wanted[name] = owners[0]
    holders: dict[str, list[_Cluster]] = {}
    for c in clusters:
        for f in c.forms():
            if len(f) >= 3:
                holders.setdefault(f, []).append(c)
    # known forms win over surnames; a form two clusters hold is neither's ("Holt" of
    # "Mr. Holt" and of "Mrs Holt", two people)
    for f, cs in holders.items():
        if len(cs) == 1:
            wanted[f] = cs[0]
        else:
            wanted.pop(f, None)
    if not wanted:
        return
    for start, end in whole_word_occurrences(text, sorted(wanted, key=len, reverse=True)):
        form = text[start:end]
        cluster = wanted[form]
        if taken.overlap(start, end):
            continue
        span = doc.char_span(start, end)
        if span is None or (form not in cluster.forms() and span[0].is_sent_start):
            continue  # a surname at a sentence start may be an ordinary word
        if any(t.ent_iob_ != "O" for t in span):
            continue  # inside another name NER found ("North" in "North Korean")
        cluster.mentions.append(Mention(start, end, form, cluster.label, span, cluster.country))
        taken.add(start, end)
    for c in clusters:
        c.mentions.sort(key=lambda m: m.start)


@lru_cache(maxsize=1024)
def _lower_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])")


def _without_common_words(clusters: list[_Cluster], text: str) -> list[_Cluster]:
    """A one-word name NER found that the article also writes in lower case ("Presidential",
    "Lunch", "We", "Homeopathy" beside "homeopathy") is a common word capitalised, not a
    name: the text's own spelling says so. Clusters with a fuller form, an acronym, a
    country, a gazetteer organisation, a type the text gave (apposition, title) or a
    legislature's bare name ("Senate") stay."""
    candidates = [c for c in clusters if c.country is None and c.canonical is None and not c.acronyms
                  and all(" " not in f and f[:1].isupper() and not f.isupper() for f in c.forms())]
    if not candidates:
        return clusters
    institutions = _lists()["institution_names"]
    dropped = set()
    for c in candidates:
        if any(m.certain_type or m.alias for m in c.mentions) or any(f.casefold() in institutions for f in c.forms()):
            continue
        # a search per form of the few candidates: cheaper than listing the text's words
        if all(f.lower() in text and _lower_word(f.lower()).search(text) for f in c.forms()):
            dropped.add(id(c))
    return [c for c in clusters if id(c) not in dropped] if dropped else clusters


def _entities(clusters: list[_Cluster]) -> list[Entity]:
    entities = []
    for i, c in enumerate(clusters, 1):
        name = c.name
        forms = set(c.forms()) | {m.alias for m in c.mentions if m.alias}
        aliases = sorted({f for f in forms if f != name}, key=lambda f: (-len(f), f))
        entities.append(Entity(
            id=f"e{i}", name=name, type=c.label, aliases=aliases,  # type: ignore[arg-type]
            mentions=sorted({(m.start, m.end) for m in c.mentions}),
            country=c.country.alpha3 if c.country else None,
        ))
    return entities
