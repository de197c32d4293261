"""Forms the model's rule lemmatizer reads as another, shorter word, off its own tables
(the lemma29 section of README.md; the exceptions are src/newstrace/data/lemmas.toml).

The rule lemmatizer tries its suffix rules in order and keeps the last reading that is a
word of its index: a verb in -e whose -ed / -ing / -s form also reads as a shorter word of
the index got that word ("fined" -> fin, "hopes" -> hop, "raped" -> rap). Listed are the
forms whose reading the shorter word could not spell so (a one-syllable word ending
consonant-vowel-consonant doubles it: hop -> hopped; -es follows only s, x, z, ch, sh, o),
with whether lemmas.toml has them; ``--nouns`` lists the plurals read as another noun
(to judge by hand: most are spelling variants).

    PYTHONPATH=src python benchmarks/events/lemmas.py [--nouns]
"""
from __future__ import annotations

import re
import sys

import spacy

from newstrace.data import load_toml
from newstrace.settings import Settings


def main() -> int:
    lemmatizer = spacy.load(Settings.load().model).get_pipe("lemmatizer")
    tables = {name: lemmatizer.lookups.get_table(name) for name in ("lemma_index", "lemma_exc", "lemma_rules")}
    index, exc, rules = tables["lemma_index"], tables["lemma_exc"], tables["lemma_rules"]
    table = load_toml("lemmas.toml")

    def pick(form: str, pos: str) -> str:  # spaCy's rule_lemmatize, first reading
        found: list[str] = []
        oov: list[str] = []
        for old, new in rules.get(pos, []):
            if form.endswith(old) and (f := form[:len(form) - len(old)] + new):
                if f in index.get(pos, {}):
                    found.insert(0, f)
                else:
                    oov.append(f)
        found = list(dict.fromkeys(found))
        for f in exc.get(pos, {}).get(form, []):
            if f not in found:
                found.insert(0, f)
        return (found or oov or [form])[0]

    def spells(word: str, form: str, suffix: str) -> bool:
        if suffix == "s":
            return form == word + "s" or form == word + "es" and bool(re.search(r"(s|x|z|ch|sh|o)$", word))
        if re.fullmatch(r"[^aeiou]*[aeiou][b-df-hj-np-tvz]", word):  # one syllable, consonant-vowel-consonant
            return form == word + word[-1] + suffix
        return form in (word + suffix, word.rstrip("e") + suffix)

    if "--nouns" in sys.argv[1:]:
        for lemma in sorted(index.get("noun", {})):
            if lemma.isalpha() and len(lemma) > 2:
                form = lemma + ("es" if re.search(r"(s|x|z|ch|sh)$", lemma) else "s")
                if form not in exc.get("noun", {}) and (read := pick(form, "noun")) != lemma:
                    print(form, lemma, read, "listed" if form in table.get("nouns", {}) else "-", sep="\t")
        return 0
    for lemma in sorted(index.get("verb", {})):
        if not re.fullmatch(r"[a-z]+e", lemma) or len(lemma) < 3:
            continue
        for form, suffix in ((lemma + "d", "ed"), (lemma[:-1] + "ing", "ing"), (lemma + "s", "s")):
            if form not in exc.get("verb", {}) and (read := pick(form, "verb")) != lemma \
                    and not spells(read, form, suffix):
                print(form, lemma, read, "listed" if table.get("verbs", {}).get(form) == lemma else "MISSING", sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
