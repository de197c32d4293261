"""The ``[irregular]`` table of src/newstrace/data/lemmas.toml, generated once from
lemminflect's dictionary (PyPI lemminflect 0.2.3, MIT; not a dependency: install it
aside, e.g. ``pip install --target DIR lemminflect`` and put DIR on PYTHONPATH).

Every past tense or past participle its dictionary gives a verb that is not spelt
regularly (-ed, -d, -ied, a doubled consonant + -ed) from that verb, less the forms that
are a verb themselves (found, lay, ground, wound, felt, spat: the tagger's VB / VBP for them
may be right), forms of two verbs, forms spelt regularly from some other verb of the
model's index ("boded": bode, not bide), and a few archaic or stray rows (below).

    PYTHONPATH=src:DIR python benchmarks/events/irregular.py > table.toml
"""
from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

import lemminflect
import spacy

from newstrace.settings import Settings

# archaic, or a row of the dictionary no news text spells so
STRAY = {"betrode", "chidded", "daylit", "landslid", "lassoed", "midwived", "outbroke", "outbroken",
         "puréed", "staid", "stove", "zinked"}


def regular(lemma: str, form: str) -> bool:
    return form in (lemma + "d", lemma + "ed", lemma[:-1] + "ied", lemma + lemma[-1] + "ed", lemma + "ked")


def main() -> int:
    index = set(spacy.load(Settings.load().model).get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])
    rows = [r for r in csv.reader(gzip.open(Path(lemminflect.__file__).parent / "resources" / "infl_lu.csv.gz", "rt"))
            if r[1] == "verb" and r[0].isalpha() and r[0].islower()]
    verbs = {r[0] for r in rows} | index
    forms: dict[str, set[str]] = {}
    for lemma, _, past, participle, *_ in rows:
        for form in (past + "/" + participle).split("/"):
            if form.isalpha() and form != lemma and not regular(lemma, form):
                forms.setdefault(form, set()).add(lemma)

    def spelt_regularly(form: str) -> bool:
        return form.endswith("ed") and bool({form[:-2], form[:-1], form[:-3], form[:-3] + "y"} & index)

    for form, lemmas in sorted(forms.items()):
        if len(lemmas) == 1 and form not in verbs and form not in STRAY and not spelt_regularly(form) \
                and not form.endswith(("ing", "s")):
            print(f'{form} = "{next(iter(lemmas))}"')
    return 0


if __name__ == "__main__":
    sys.exit(main())
