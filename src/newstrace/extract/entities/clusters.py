"""Step 3 of the fallback order: mentions join clusters, first match wins (same form, a
defined acronym or initials, a person's shorter name, an organisation's head or tail,
plurals, "of" phrases, facilities and places named by a word of a longer name).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection, Hashable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from newstrace.data import load_toml
from newstrace.extract.names import folded, is_acronym
from newstrace.extract.countries import country_named
from newstrace.extract.gazetteer import compass_words, places_named
from newstrace.extract.entities.context import (
    ACRONYM_SKIP_WORDS, Mention, NAME_PARTICLES, PLACE_LABELS, _Cluster, given_name_sexes,
)
from newstrace.extract.entities.occurrences import _Spans
from newstrace.extract.entities.lists import _lists, _organization_after_country, organization_named, us_state_named
from newstrace.extract.entities.namewords import _is_given_name


_INNER_POSSESSIVE = re.compile(r"['’]s(?= )")


def _surface_key(m: Mention) -> str:
    """The key of pass a: the folded name without a possessive inside ("New People's Party"
    and "New People Party" are one party's name written two ways). Every label gets the same
    key, so one name NER typed two ways still joins."""
    if "s " in m.text:
        return folded(_INNER_POSSESSIVE.sub("", m.text))
    return folded(m.text)


def _state_key(m: Mention) -> str | None:
    """"NY" and "New York", "Mo." and "Missouri": a US state's abbreviation that NER typed a
    place names the state; its key is the full name's (``state_abbreviations``)."""
    if m.label not in PLACE_LABELS:
        return None
    state = us_state_named(m.text)
    return folded(state) if state else None


@lru_cache(maxsize=8192)
def _name_words(text: str) -> tuple[str, ...]:
    words: list[str] = []
    for w in re.split(r"[\s]+", folded(text)):
        for prefix in NAME_PARTICLES:
            if w.startswith(prefix) and len(w) > len(prefix):
                w = w[len(prefix):]
        words.extend(p for p in w.split("-") if p)
    return tuple(words)


@lru_cache(maxsize=8192)
def _initials(text: str) -> str:
    # (a lower-case particle too: "HTS", "Hayat Tahrir al-Sham")
    words = [w for w in re.split(r"[\s-]+", text) if w and w.lower() not in ACRONYM_SKIP_WORDS
             and w not in ("al", "el")]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


_DEFINED_ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Za-z.&-]{1,9})\s*\)")


# "the Baloch Liberation Army, or BLA, said": "or" and a short form set off by commas
# name the same body as the parentheses do
_OR_ACRONYM = re.compile(r"\s*,\s*or\s+([A-Z][A-Za-z.&-]{1,9})(?=\s*[,.;:)])")


def _defined_acronyms(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Acronyms defined in parentheses after a name: {"BMOC": "Baltic Maritime Observation Council"};
    and an organisation's short form after ", or": "the Nigeria Center for Disease Control and
    Prevention, or NCDC," (not "NATO" after "the European Union, or": another body's name)."""
    out = {}
    for m in mentions:
        follow = _DEFINED_ACRONYM.match(text, m.end, m.end + 16)  # (no slice of the text per mention)
        if follow and (is_acronym(follow.group(1)) or _mixed_case_acronym(follow.group(1), m.text)):
            out[follow.group(1)] = m.text
        elif m.label == "ORG" and (follow := _OR_ACRONYM.match(text, m.end, m.end + 20)) \
                and _short_form_of(follow.group(1), m.text) \
                and organization_named(follow.group(1)) in (None, organization_named(m.text)):
            out[follow.group(1)] = m.text
    return out


def _short_form_of(short: str, name: str) -> bool:
    """Whether ``short`` may stand for ``name`` by its letters: an acronym whose letters are,
    in order, initials of some of the name's words, not necessarily from the first ("NCDC",
    "Nigeria Center for Disease Control and Prevention"; "MINUSCA", "United Nations
    Multidimensional Integrated Stabilization Mission in the Central African Republic"), or
    the name's first word clipped ("Quad", "Quadrilateral Security Dialogue")."""
    first = name.split()[0]
    if len(short) >= 3 and short[1:].islower() and first.startswith(short) and len(first) > len(short):
        return True
    letters = short.replace(".", "").replace("&", "")
    if not is_acronym(short) or len(letters) < 2:
        return False
    initials = _initials(name)
    at = initials.find(letters[0])
    if at < 0:
        return False
    rest = iter(initials[at + 1:])
    return all(c in rest for c in letters[1:])


def _mixed_case_acronym(short: str, name: str) -> bool:
    """A short form with lower-case letters whose capitals are the name's initials:
    "AfCFTA" for the "African Continental Free Trade Area"."""
    capitals = "".join(c for c in short if c.isupper())
    return len(capitals) >= 2 and short[0].isupper() and capitals == _initials(name)


def _cluster(mentions: list[Mention], text: str) -> list[_Cluster]:
    defined = _defined_acronyms(text, mentions)
    known = _Spans((m.start, m.end) for m in mentions)
    # acronyms defined in the text but missed by NER are still mentions
    for acronym, expansion in defined.items():
        source = next(m for m in mentions if m.text == expansion)
        for hit in re.finditer(rf"\b{re.escape(acronym)}(?!\w)", text):
            if not known.overlap(hit.start(), hit.start() + 1):
                mentions.append(Mention(hit.start(), hit.end(), acronym, source.label, source.span))
    mentions.sort(key=lambda m: m.start)

    # pass a: one cluster per country, gazetteer organisation or surface form
    clusters: dict[str, _Cluster] = {}
    longer = {folded(m.text) for m in mentions if m.label == "ORG" and " " in m.text}
    # "The United Nations High Commission for Refugees (UNHCR)": a name written otherwise
    # than the gazetteer's is the organisation its defined acronym names
    acronym_of = {expansion: acronym for acronym, expansion in defined.items()}
    for m in mentions:
        org = organization_named(m.text) or _organization_after_country(m.text) \
            or (organization_named(acronym_of[m.text]) if m.text in acronym_of else None) \
            if m.label == "ORG" or is_acronym(m.text) else None
        if org and " " not in m.text and any(f.endswith(" " + folded(m.text)) for f in longer):
            org = None  # "Democrats" where "Liberal Democrats" is named: the short form of that name
        state = None if m.country or org else _state_key(m)
        key = m.country.alpha3 if m.country else (f"org:{org}" if org else state or _surface_key(m))
        cluster = clusters.setdefault(key, _Cluster(country=m.country, canonical=org))
        cluster.mentions.append(m)
        if state is not None:  # "Springfield, Mo., ... the governor of Missouri": "Missouri" names it
            cluster.short_forms.add(m.text)
        if is_acronym(m.text) or m.text in defined:
            cluster.acronyms.add(m.text)
    ordered = list(clusters.values())
    # passes b-e fold a cluster into an earlier-listed one it names in short
    people = _full_names(ordered)
    ordered = _split_by_honorific(ordered, people)
    surnames = _people_surnames(ordered, people)
    first_named = _people_first_named(ordered, people)
    # each pass only where two clusters of the article could join by it: a pass that
    # joins none keeps every cluster as it is, and working out every cluster's keys for
    # it was most of the clustering's time (most articles define no acronym, name no facility)
    for join, may_join in ((_joins_defined_acronym(defined), lambda cs: bool(defined) or _any_folds_to_nothing(cs)),
                           (_JOINS_BY_INITIALS, lambda cs: any(c.acronyms for c in cs)),  # the short one has
                           (_joins_person(people, surnames, first_named),
                            lambda cs: _labelled(cs, ("PERSON",)) >= 1),  # the fuller one is
                           (_JOINS_PLURAL, None),
                           (_JOINS_ORG_PART, lambda cs: _labelled(cs, ("ORG",)) >= 2),  # both are
                           (_JOINS_LEGAL_FORM, lambda cs: any(_capitals_only(c) for c in cs)),  # the short one is
                           (_joins_org_head(people), lambda cs: _labelled(cs, ("PERSON",)) >= 1
                            and _labelled(cs, ("ORG",)) >= 1),  # the short one and the fuller one are
                           (_JOINS_GENERIC_SUFFIX, lambda cs: _labelled(cs, ("GPE", "LOC", "ORG")) >= 2),
                           (_JOINS_FACILITY_NAME, lambda cs: _labelled(cs, ("FAC",)) >= 1),  # the fuller one is
                           (_JOINS_PLACE_WORD, lambda cs: _labelled(cs, PLACE_LABELS) >= 2  # both are, and
                            and any(_unknown_place_word(c) for c in cs))):  # the short one is unknown
        if may_join is None or may_join(ordered):
            ordered = _fold(ordered, join)
    if any(" of " in f for c in ordered for f in c.folded_forms()):
        # without a name "X of Y" no cluster has a key of this pass (:func:`_of_parts`): it
        # would keep every cluster as it is (most articles)
        ordered = _fold(ordered, _JOINS_OF_PHRASE)
    return ordered


def _any_folds_to_nothing(clusters: list[_Cluster]) -> bool:
    """Whether a form of a cluster folds to the empty string (the key every form has for
    :func:`_joins_defined_acronym` when the article defines no acronym)."""
    nothing = folded("")
    return any(nothing in c.folded_forms() for c in clusters)


def _labelled(clusters: list[_Cluster], labels: Collection[str]) -> int:
    """How many of ``clusters`` are of one of ``labels``."""
    return sum(1 for c in clusters if c.label in labels)


@dataclass(frozen=True)
class _Join:
    """One way a short name joins a fuller one: ``joins(short, full)``, and keys that
    any two clusters it joins share (``short_keys(short)`` meets ``full_keys(full)``),
    so a cluster is tried only against the clusters that share a key with it, not
    against every cluster of the article. ``retype``: the short form's mentions take
    the fuller name's type."""
    joins: Callable[[_Cluster, _Cluster], bool]
    short_keys: Callable[[_Cluster], Iterable[Hashable]]
    full_keys: Callable[[_Cluster], Iterable[Hashable]]
    retype: bool = False


class _KeyIndex:
    """Positions in a list of clusters by key."""

    def __init__(self) -> None:
        self.positions: dict[Hashable, set[int]] = {}

    def add(self, position: int, keys: Iterable[Hashable]) -> None:
        positions = self.positions
        for key in keys:
            found = positions.get(key)
            if found is None:
                positions[key] = {position}
            else:
                found.add(position)

    def sharing(self, keys: Iterable[Hashable]) -> list[int]:
        """The positions of the clusters with one of ``keys``, in order."""
        positions = self.positions
        found = [positions[key] for key in keys if key in positions]  # most clusters share no key
        if not found:
            return []
        return sorted(found[0].union(*found[1:]))


def _fold(clusters: list[_Cluster], join: _Join) -> list[_Cluster]:
    """Fold each cluster into an earlier one it names in short (:class:`_Join`)."""
    kept: list[_Cluster] = []
    fuller = _KeyIndex()  # kept clusters as the fuller name
    shorter = _KeyIndex()  # kept clusters as the short name
    gone: set[int] = set()  # positions whose cluster another position absorbed

    def put(position: int, cluster: _Cluster, short_keys: Iterable[Hashable], full_keys: Iterable[Hashable]) -> None:
        # the keys come from the forms (or acronyms) one by one, and a merged cluster
        # holds both clusters' forms: the keys of the one merged in are added to those
        # indexed before, instead of working out the merged cluster's keys again
        if position == len(kept):
            kept.append(cluster)
        else:
            kept[position] = cluster
        fuller.add(position, full_keys)
        shorter.add(position, short_keys)

    for c in clusters:
        # a country's or a gazetteer organisation's cluster is never the short name: it
        # keeps its own, and its position never holds another (its short keys go unread)
        named = c.country is not None or c.canonical is not None
        short_keys, full_keys = (() if named else join.short_keys(c)), join.full_keys(c)
        if not named:
            # nearest fuller name first: prefer clusters mentioned just before
            joined = [p for p in fuller.sharing(short_keys) if p not in gone and join.joins(c, kept[p])]
            target = max(joined, key=lambda p: _last_before(kept[p], c)) if joined else None
            if target is None:
                # every earlier cluster that is a short form of it ("Mark" and "Felt" of a
                # headline before "W. Mark Felt"): the later, fuller one absorbs them all
                shorts = [p for p in shorter.sharing(full_keys) if p not in gone
                          and join.joins(kept[p], c) and kept[p].country is None and kept[p].canonical is None]
                if shorts:
                    target, merged = shorts[0], c
                    for p in shorts:
                        merged = _merge(merged, kept[p], retype=join.retype)
                    gone.update(shorts[1:])
                    put(target, merged, short_keys, full_keys)
                    continue
            if target is not None:
                put(target, _merge(kept[target], c, retype=join.retype), short_keys, full_keys)
                continue
        put(len(kept), c, short_keys, full_keys)
    return [k for p, k in enumerate(kept) if p not in gone]


def _last_before(k: _Cluster, c: _Cluster) -> int:
    first = c.mentions[0].start
    before = [m.start for m in k.mentions if m.start < first]
    return max(before) if before else -1


def _merge(into: _Cluster, other: _Cluster, *, retype: bool = False) -> _Cluster:
    if retype:
        label = into.label
        for m in other.mentions:
            m.label = label
    into.mentions = sorted(into.mentions + other.mentions, key=lambda m: m.start)
    into.acronyms |= other.acronyms
    into.short_forms |= other.short_forms
    return into


def _joins_defined_acronym(defined: dict[str, str]) -> _Join:
    def joins(short: _Cluster, full: _Cluster) -> bool:
        return any(folded(defined.get(f, "")) in full.folded_forms() for f in short.forms())

    def short_keys(short: _Cluster) -> set[str]:
        return {folded(defined.get(f, "")) for f in short.forms()}
    return _Join(joins, short_keys, _Cluster.folded_forms)


def _joins_by_initials(short: _Cluster, full: _Cluster) -> bool:
    # a country's initials are its short form only where the text writes them as initials ("C.A.R."):
    # a bare capitalised word of three letters is as often another name
    if full.label not in ("ORG", "GPE") or not short.acronyms or short.forms() != short.acronyms:
        return False
    if full.label == "GPE" and not all("." in a for a in short.acronyms):
        return False
    letters = {a.replace(".", "") for a in short.acronyms}
    return any(_name_initials(f) & letters for f in full.forms() if not is_acronym(f))


@lru_cache(maxsize=8192)
def _name_initials(form: str) -> frozenset[str]:
    """The initials of a name, and of it without the country it starts with: "CPD" for the
    "United States Commission on Presidential Debates" (the country is often left out of
    the acronym)."""
    initials = {_initials(form)}
    words = form.split()
    for n in (3, 2, 1):
        if len(words) > n + 1 and country_named(" ".join(words[:n])):
            initials.add(_initials(" ".join(words[n:])))
            break
    return frozenset(initials)


_JOINS_BY_INITIALS = _Join(_joins_by_initials, lambda short: {a.replace(".", "") for a in short.acronyms},
                           lambda full: set().union(*[_name_initials(f) for f in full.forms() if not is_acronym(f)]))


def _full_names(clusters: list[_Cluster]) -> list[frozenset[str]]:
    """The different people of an article by their fullest names: the word sets of every
    multi-word PERSON form, less those inside a fuller one ("Spike Cohen" in "Jeremy
    Spike Cohen"). A short form that several of them contain could mean any of them."""
    names = {frozenset(_name_words(f)) for c in clusters if c.label == "PERSON" and not c.acronyms
             for f in c.forms() if len(_name_words(f)) > 1}
    return [n for n in names if not any(n < other for other in names)]


def _people_surnames(clusters: list[_Cluster], people: list[frozenset[str]]) -> dict[frozenset[str], set[str]]:
    """The last words of each of :func:`_full_names`' people (their surnames)."""
    out: dict[frozenset[str], set[str]] = {p: set() for p in people}
    for c in clusters:
        if c.label == "PERSON" and not c.acronyms:
            for f in c.forms():
                words = _name_words(f)
                if len(words) > 1 and frozenset(words) in out:
                    out[frozenset(words)].add(words[-1])
    return out


def _people_first_named(clusters: list[_Cluster], people: list[frozenset[str]]) -> dict[frozenset[str], int]:
    """Where each of :func:`_full_names`' people is first named in full (a character offset)."""
    out: dict[frozenset[str], int] = {}
    for c in clusters:
        if c.label == "PERSON" and not c.acronyms:
            for m in c.mentions:
                words = frozenset(_name_words(m.text))
                if len(words) > 1 and words in people and m.start < out.get(words, m.start + 1):
                    out[words] = m.start
    return out


def _conflicting_full_names(a: _Cluster, b: _Cluster) -> bool:
    """Two clusters naming two different people in full ("Donald Trump", "Mary Trump"):
    a multi-word form of each, neither inside the other. Such clusters never merge."""
    full_a = [set(_name_words(f)) for f in a.forms() if len(_name_words(f)) > 1]
    full_b = [set(_name_words(f)) for f in b.forms() if len(_name_words(f)) > 1]
    return any(not (x <= y or y <= x) for x in full_a for y in full_b)


def _joins_person(people: list[frozenset[str]], surnames: dict[frozenset[str], set[str]] | None = None,
                  first_named: dict[frozenset[str], int] | None = None) -> _Join:
    last = surnames or {}  # each person's last words (:func:`_people_surnames`)
    named_at = first_named or {}  # where each person is first named in full

    def only_one_named_yet(short: _Cluster, full: _Cluster, word: str) -> bool:
        """A surname several people share, used alone only while one of them had been
        named in full: every bare "Lopez" after "Andrew Lopez" and before "Kristian Lopez"
        is first named, near the article's end, is Andrew's. Asked only of a name
        :func:`ambiguous` finds shared."""
        holders = [p for p in people if word in p]
        owners = [p for p in holders if any(frozenset(_name_words(g)) == p for g in full.forms())]
        if len(owners) != 1 or owners[0] not in named_at:
            return False
        first, latest = short.mentions[0].start, max(m.start for m in short.mentions)
        return named_at[owners[0]] < first and all(
            named_at.get(p, -1) > latest for p in holders if p != owners[0])

    @cache  # asked for every pair of clusters, with the same few names: once per name and article
    def ambiguous(words: tuple[str, ...]) -> bool:
        # "Biden" when the article names both Joe and Hunter Biden: it joins neither (issue 8);
        # but a word that ends one person's name only is that person's surname ("Warhol" of
        # "Andy Warhol", not of "Warhol Polaroid")
        if len(words) != 1:
            return sum(1 for p in people if set(words) <= p) > 1
        word = words[0]
        several = sum(1 for p in people if word in p) > 1 or len(word) >= 5 and sum(
            1 for p in people if any(_one_edit(word, w) for w in p)) > 1
        return several and surname_of(word) is None

    @cache
    def surname_of(word: str) -> frozenset[str] | None:
        """The one person whose name ends with ``word`` itself, where several names hold it."""
        holders = [p for p in people if word in p or len(word) >= 5 and any(_one_edit(word, w) for w in p)]
        enders = [p for p in holders if word in last.get(p, ())]
        return enders[0] if len(holders) > 1 and len(enders) == 1 else None

    def joins_person(short: _Cluster, full: _Cluster) -> bool:
        if full.label != "PERSON" or short.acronyms:
            return False
        # two different full names never join: asked last, of the few pairs that would
        # ("Miss Jenkin" is no full name: the honorific stands for the given name)
        return names_in_short(short, full) and (by_honorific(short, full) or not _conflicting_full_names(short, full))

    def by_honorific(short: _Cluster, full: _Cluster) -> bool:
        owners = honorific_owners(short)
        return len(owners) == 1 and any(frozenset(_name_words(g)) in owners for g in full.forms())

    @cache
    def holder_by_honorific(words: tuple[str, ...]) -> frozenset[str] | None:
        return _holder_by_honorific(people, words)

    def honorific_owners(short: _Cluster) -> set[frozenset[str]]:
        """The people the short name's honorifics single out: in its forms ("Lady Holt") or
        before its mentions ("Mrs Holt", the name "Holt")."""
        words = [_name_words(f) for f in short.forms()]
        words += [(m.honorific, *_name_words(m.text)) for m in short.mentions if m.honorific]
        return {owner for owner in map(holder_by_honorific, words) if owner is not None}

    def names_in_short(short: _Cluster, full: _Cluster) -> bool:
        if any(frozenset(_name_words(g)) in honorific_owners(short) for g in full.forms()):
            return True
        for f in short.forms():
            words = _name_words(f)
            if ambiguous(words) and not (len(words) == 1 and only_one_named_yet(short, full, words[0])):
                return False
            owner = surname_of(words[0]) if len(words) == 1 else None
            if owner is not None and not any(frozenset(_name_words(g)) == owner for g in full.forms()):
                return False  # "Warhol" is Andy Warhol's, not "Warhol Polaroid"'s
            # NER often types a lone surname as an organisation or place ("Lukaku" as GPE)
            surnames = _name_words(full.name)[1:]
            hyphenated_surname = len(words) > 1 and tuple(surnames[-len(words):]) == words  # "Gal-Or"
            # "Jamal" typed GPE where only Jamal Khashoggi is named: a first name used alone,
            # unless the gazetteer knows it as a place ("Florence")
            if short.label != "PERSON" and not hyphenated_surname and (len(words) != 1 or not any(
                    words[0] == w or (len(w) >= 5 and _one_edit(words[0], w)) for w in surnames)) \
                    and not (len(words) == 1 and words == _name_words(full.name)[:1] and not places_named(f)):
                return False
            for g in full.forms():
                other = _name_words(g)
                if words and other and len(words) < len(other) and set(words) <= set(other):
                    return True
                # one-letter slips in a surname ("Andersen" for "Anderson")
                if len(words) == 1 and len(words[0]) >= 5 and other and _one_edit(words[0], other[-1]):
                    return True
        return False

    def short_keys(short: _Cluster) -> set[tuple[str, str]]:
        return set().union(*map(_person_short_keys, short.forms()))

    def full_keys(full: _Cluster) -> set[tuple[str, str]]:
        return set().union(*map(_person_full_keys, full.forms()))
    return _Join(joins_person, short_keys, full_keys, retype=True)


# per form, not per cluster: a cluster's keys are asked again each time it grows
@lru_cache(maxsize=8192)
def _person_short_keys(form: str) -> frozenset[tuple[str, str]]:
    """A name inside a fuller one shares its first word with it; a one-letter slip in a
    surname shares its first two letters or its last two (:func:`_slip_keys`)."""
    words = _name_words(form)
    keys: set[tuple[str, str]] = set()
    if words:
        keys.add(("word", words[0]))
    if len(words) == 2 and _honorific_sex(words[0]):
        keys.add(("word", words[1]))  # "Miss Jenkin": the surname after the honorific
    if len(words) == 1 and len(words[0]) >= 5:
        keys.update(_slip_keys(words[0]))
    return frozenset(keys)


@lru_cache(maxsize=8192)
def _person_full_keys(form: str) -> frozenset[tuple[str, str]]:
    other = _name_words(form)
    keys = {("word", w) for w in other}
    if other:
        keys.update(_slip_keys(other[-1]))
    return frozenset(keys)


def _holder_by_honorific(people: Collection[frozenset[str]], words: tuple[str, ...]) -> frozenset[str] | None:
    """"Miss Jenkin" where John and Katie Jenkin are named: the one person of the
    surname whose given name is of the honorific's sex."""
    sex = _honorific_sex(words[0]) if len(words) == 2 else None
    if sex is None:
        return None
    sexes = given_name_sexes()
    fits = [p for p in people if words[1] in p and p != frozenset(words)
            and any(sexes.get(w) == sex and _honorific_sex(w) is None for w in p - {words[1]})]  # "Miss" a given name
    return fits[0] if len(fits) == 1 else None


def _split_by_honorific(clusters: list[_Cluster], people: list[frozenset[str]]) -> list[_Cluster]:
    """"Mr. Holt said ... Mrs Holt left", where Daniel and Mary Holt are named: one written
    name, two people. Pass a put both mentions in the cluster of the name "Holt"; each
    honorific that singles out one person makes that person's mentions a cluster of their
    own, apart from the bare "Holt", which joins as it would alone ("Jenkin, who was
    arrested" is not "Miss Jenkin" because she is)."""
    out = []
    for c in clusters:
        if not any(m.honorific for m in c.mentions) or c.country is not None or c.canonical is not None:
            out.append(c)
            continue
        by_owner: dict[frozenset[str] | None, list[Mention]] = {}
        for m in c.mentions:
            owner = _holder_by_honorific(people, (m.honorific, *_name_words(m.text))) if m.honorific else None
            by_owner.setdefault(owner, []).append(m)
        if len(by_owner) < 2:
            out.append(c)
            continue
        out.extend(_Cluster(mentions=ms, acronyms=set(c.acronyms)) for ms in by_owner.values())
    return out


def _honorific_sex(word: str) -> str | None:
    """The sex an honorific marks ("Miss", "Mrs" female; "Mr" male), or None ("Dr")."""
    lists = _lists()
    return "female" if word in lists["female_honorifics"] else "male" if word in lists["male_honorifics"] else None


def _slip_keys(word: str) -> set[tuple[str, str]]:
    """The word's first two letters and its last two: two words one edit apart
    (:func:`_one_edit`), one of five letters or more, share one of them (an edit among the
    first two letters leaves the last two in place, as the other is four letters or more)."""
    return {("slip head", word[:2]), ("slip tail", word[-2:])}


def _joins_plural(short: _Cluster, full: _Cluster) -> bool:
    fuller = full.folded_forms()  # a form is the other's plural: "Democrat" and "Democrats"
    return any(f + "s" in fuller or (f.endswith("s") and f[:-1] in fuller) for f in short.folded_forms())


def _joins_org_part(short: _Cluster, full: _Cluster) -> bool:
    """"Petrobras" and "Brazil Petrobras", "Judiciary Committee" and "House Judiciary
    Committee": a shorter organisation's name that ends (or, one word, begins) a longer
    one. A legislature's bare name begins a longer name only before "of" ("House" of
    "House of Representatives", not of "House Judiciary Committee": there it names the
    House), and a short cluster holding a longer name of its own that is no part of the
    fuller one ("House" already joined to "House Judiciary Committee") joins no other."""
    if short.label != "ORG" or full.label != "ORG" or short.acronyms:
        return False
    fuller = [_name_words(g) for g in full.forms()]
    institutions = _lists()["institution_names"]

    def part(words: tuple[str, ...]) -> bool:
        n = len(words)
        return any(n < len(other) and (other[-n:] == words or (
            n == 1 and other[0] == words[0] and (other[1] == "of" or words[0] not in institutions)))
            for other in fuller)

    found = False
    for f in short.forms():
        words = _name_words(f)
        if part(words):
            found = True
        elif len(words) > 1:
            return False
    return found


def _joins_org_head(people: list[frozenset[str]]) -> _Join:
    """"Xinhua" of "Xinhua News Agency", "Burisma" of "Burisma Holdings": a name NER typed a
    person that opens the name of an organisation of the article is that organisation's
    short name (the short form takes its type), unless it is no name's opening but a
    person's: a given name first ("Johns Hopkins"), words of a person the article names in
    full ("Clinton" with Bill and Hillary Clinton), or a body named after a person ("Nixon"
    and "the Nixon administration": ``organization_heads``, ``eponym_body_heads``)."""
    lists = _lists()
    eponym_heads = lists["organization_heads"] | lists["eponym_body_heads"]

    def joins(short: _Cluster, full: _Cluster) -> bool:
        if short.label != "PERSON" or full.label != "ORG" or short.acronyms:
            return False
        fuller = [_name_words(g) for g in full.forms()]
        own = {frozenset(_name_words(f)) for f in short.forms()}  # (its own name is among the people)
        for f in short.forms():
            words = _name_words(f)
            n = len(words)
            if not any(n < len(other) and other[:n] == words and other[-1] not in eponym_heads for other in fuller) \
                    or _is_given_name(f.split()[0]) or any(set(words) <= person for person in people if person not in own):
                return False
        return True

    def first_words(cluster: _Cluster) -> set[str]:
        return {words[0] for f in cluster.forms() if (words := _name_words(f))}
    return _Join(joins, first_words, first_words, retype=True)


def _singular_keys(cluster: _Cluster) -> set[str]:
    # "Democrats" and "Democrat" share "democrat"
    return {k for f in cluster.folded_forms() for k in (f, f[:-1] if f.endswith("s") else f)}


def _last_words(short: _Cluster) -> set[str]:
    return {words[-1] for f in short.forms() if (words := _name_words(f))}


def _end_words(full: _Cluster) -> set[str]:
    return {w for g in full.forms() if (words := _name_words(g)) for w in (words[0], words[-1])}


@cache
def _place_generic_suffixes() -> frozenset[str]:
    return _lists()["generic_suffixes"] | _lists()["place_suffixes"]


def _without_generic_suffix(cluster: _Cluster) -> set[str]:
    """The forms less a trailing generic word: "zamfara state" -> "zamfara"; of a place's,
    less its abbreviation too: "washington dc" -> "washington" (``place_suffixes``)."""
    suffixes = _place_generic_suffixes() if cluster.label in PLACE_LABELS else _lists()["generic_suffixes"]
    out = set()
    for f in cluster.folded_forms():
        head, _, last = f.rpartition(" ")
        if head and last in suffixes:
            out.add(head)
    return out


def _joins_generic_suffix(short: _Cluster, full: _Cluster) -> bool:
    """"Zamfara" and "Zamfara State", "Nampula" and "Nampula province", "Liberal National"
    and "Liberal National Party", "New York" and "New York City": one place or party, named
    with its generic word or not (``generic_suffixes_of_long_names`` only after a name of two
    words or more that is no country's)."""
    if short.label not in ("GPE", "LOC", "ORG") or full.label not in ("GPE", "LOC", "ORG") or short.acronyms:
        return False
    stems = short.folded_forms() & _without_generic_suffix(full)
    if not stems:
        return False
    suffixes = {f.rpartition(" ")[2] for f in full.folded_forms() if f.rpartition(" ")[0] in stems}
    held = {f.rpartition(" ")[2] for f in short.folded_forms() if f.rpartition(" ")[0]} & _lists()["generic_suffixes"]
    if held and not held & suffixes:
        return False  # "New York" with "New York State" already is not also "New York City"
    if short.country is None and any(" " in stem for stem in stems):
        return True
    # a one-word name, or a country's: only by a suffix that joins any name
    return bool(suffixes - _lists()["generic_suffixes_of_long_names"])


def _of_parts(cluster: _Cluster) -> set[tuple[str, str]]:
    """The forms' parts around their first "of": ("head", "supreme court") of "Supreme Court of
    Puerto Rico", ("place", "virginia") of "State of Virginia" (a place noun before "of")."""
    out = set()
    forms = cluster.folded_forms()
    if cluster.label == "ORG":  # and the name less its demonym: "Supreme Court of Cassation" of "Italian ..."
        forms = forms | {folded(m.alias) for m in cluster.mentions if m.alias and " of " in m.alias}
    for f in forms:
        if " of " not in f:  # most names
            continue
        head, of, tail = f.partition(" of ")
        if head and tail:
            out.add(("head", head))
            if head in _kind_nouns():
                out.add(("place", tail))
    return out


@cache
def _kind_nouns() -> frozenset[str]:
    """The nouns that say what kind of place or body a name is ("state", "party")."""
    return _lists()["generic_suffixes"] | _lists()["place_nouns"]


def _short_of_keys(short: _Cluster) -> set[tuple[str, str]]:
    # only the clusters :func:`_joins_of_phrase` may join as the short name have keys
    if short.label in PLACE_LABELS:
        return {("place", f) for f in short.folded_forms()}
    if short.label == "ORG" and " " in short.name:
        return {("head", folded(short.name))}
    return set()


def _joins_of_phrase(short: _Cluster, full: _Cluster) -> bool:
    """"Supreme Court" after "Supreme Court of Puerto Rico", "Unity Party" beside "Unity Party
    of America": an organisation's name of two words or more, cut before its "of"; "Virginia"
    beside "State of Virginia": a place without its kind."""
    if short.acronyms:
        return False
    parts = _of_parts(full)
    if short.label == "ORG" and full.label == "ORG":
        # the short cluster's fullest form is the cut name ("U.S. Prohibition Party" is not
        # "Prohibition Party of Illinois", though both hold "Prohibition Party")
        name = folded(short.name)
        return " " in name and ("head", name) in parts
    if short.label in PLACE_LABELS and full.label in PLACE_LABELS:
        return any(("place", f) in parts for f in short.folded_forms())
    return False


_JOINS_OF_PHRASE = _Join(_joins_of_phrase, _short_of_keys, _of_parts)
_JOINS_PLURAL = _Join(_joins_plural, _singular_keys, _singular_keys)


def _facility_stems(full: _Cluster) -> set[str]:
    """The names a facility is named after: "incirlik" of "Incirlik air base", "kakuma" of
    "Kakuma refugee camp" (the words before lower-case words ending in a facility's head)."""
    if full.label != "FAC":
        return set()
    heads = _lists()["facility_heads"]
    out = set()
    for g in full.forms():
        words = g.split()
        k = len(words)
        while k > 1 and words[k - 1].islower():
            k -= 1
        if 1 <= k < len(words) and words[-1] in heads:
            out.add(folded(" ".join(words[:k])))
    return out


def _joins_facility_name(short: _Cluster, full: _Cluster) -> bool:
    """"Incirlik" and "Incirlik air base", "Kakuma" and "the Kakuma refugee camp": a name used
    alone that a facility of the article is named after (none a large place's: "Quetta" and
    "Quetta railway station" are two) is that facility."""
    if short.label == "FAC" or short.acronyms or not short.folded_forms() <= _facility_stems(full):
        return False
    return not any(_large_place_name(f) or _land_feature_name(f) for f in short.forms())


def _land_feature_name(text: str) -> bool:
    """A name that says it is a mountain, a lake or another feature of the land ("Mt Cook",
    "Lake Tekapo"): a place of its own beside a facility named after it ("the Mt Cook base")."""
    words = text.casefold().split()
    lists = _lists()
    return len(words) >= 2 and (words[0] in lists["feature_first_words"] or words[-1] in lists["feature_last_words"])


@lru_cache(maxsize=4096)
def _large_place_name(text: str) -> bool:
    limit = int(next(iter(_lists()["place_min_population"])))
    return any(p.kind == "region" or p.population >= limit for p in places_named(text))


def _place_words(full: _Cluster) -> set[str]:
    """The words of a place's names of several words: "herzegovina" of "Bosnia and Herzegovina";
    none of a name a compass word opens ("South Sudan", "West Africa", "North Darfur": gold keeps
    the part and the whole apart)."""
    if full.label not in PLACE_LABELS:
        return set()
    compass = compass_words()
    return {w for f in full.folded_forms() if " " in f and f.split(" ", 1)[0] not in compass for w in f.split()}


def _unknown_place_word(short: _Cluster) -> set[str]:
    """The one-word name of a place cluster that neither the gazetteer nor the country list knows."""
    if short.label not in PLACE_LABELS or short.acronyms or short.country is not None:
        return set()
    forms = short.folded_forms()
    if any(" " in f for f in forms) or any(country_named(f) or places_named(f) for f in short.forms()):
        return set()
    return set(forms)


def _joins_place_word(short: _Cluster, full: _Cluster) -> bool:
    """"Herzegovina" beside "Bosnia and Herzegovina", "Republika" beside "Republika Srpska", "Chagos"
    beside "the Chagos Islands": a one-word place that no gazetteer knows, and that is a word of a
    longer place's name in the same article, is that place named in short (a known place stays
    its own: "Africa" and "South Africa", "Virginia" and "West Virginia")."""
    words = _unknown_place_word(short)
    return bool(words) and words <= _place_words(full)


_JOINS_FACILITY_NAME = _Join(_joins_facility_name, _Cluster.folded_forms, _facility_stems, retype=True)
_JOINS_GENERIC_SUFFIX = _Join(_joins_generic_suffix, _Cluster.folded_forms, _without_generic_suffix)
_JOINS_PLACE_WORD = _Join(_joins_place_word, _unknown_place_word, _place_words)
# a tail shares the last word, a one-word head the first
_JOINS_ORG_PART = _Join(_joins_org_part, _last_words, _end_words)


def _without_legal_form(full: _Cluster) -> set[str]:
    """The organisation's forms less the words of its legal form after the name
    (``legal_form_words``): "abs-cbn corporation" -> "abs-cbn"."""
    if full.label != "ORG":
        return set()
    legal = _lists()["legal_form_words"]
    out = set()
    for f in full.folded_forms():
        words = f.split()
        end = len(words)
        while end > 1 and words[end - 1] in legal:
            end -= 1
        if end < len(words):
            out.add(" ".join(words[:end]))
    return out


def _capitals_only(cluster: _Cluster) -> bool:
    """Every form an acronym, or acronyms joined by hyphens ("ABS-CBN")."""
    return all(is_acronym(p) for f in cluster.forms() for p in f.split("-"))


def _joins_legal_form(short: _Cluster, full: _Cluster) -> bool:
    """"ABS-CBN" and "ABS-CBN Corporation": an acronym is the short name of the company whose
    name is the acronym and its legal form."""
    if short.label != "ORG" or not _capitals_only(short):
        return False
    names = _without_legal_form(full)
    return all(f in names for f in short.folded_forms())


_JOINS_LEGAL_FORM = _Join(_joins_legal_form, _Cluster.folded_forms, _without_legal_form)


def _one_edit(a: str, b: str) -> bool:
    """The same word, or one letter changed, added or dropped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) > len(b):
        a, b = b, a
    i = 0  # the first difference; past it the rest must match (most pairs differ at once)
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i:] == b[i + 1:]
