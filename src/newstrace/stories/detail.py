"""A story as the contract of docs/STORIES.md: reports with their dependencies, story
events and claims with their sources, contradictions, timeline. Built from the stored
records of the story's articles whenever one joins, and cached in ``stories.detail``.
"""
from __future__ import annotations

import hashlib
import json
import math
from array import array
from collections import Counter, OrderedDict
from dataclasses import dataclass

import sqlalchemy as sa

from newstrace.extract import gazetteer
from newstrace.record import Record
from newstrace.store import query
from newstrace.store.schema import articles, stories, story_articles, story_entities, story_facts
from newstrace.stories import link
from newstrace.stories.cluster import store_name
from newstrace.stories.config import StoriesConfig
from newstrace.stories.corroboration import ArticleInfo, Report, TextFacts, text_facts
from newstrace.stories.corroboration import reports as make_reports


@dataclass(frozen=True)
class ArticleFacts:
    text: TextFacts
    figures: dict[str, link.Figure]


# What detail reads off each article alone (shingles, wire credit, credited outlets,
# figures) is read once per article and kept in ``story_facts`` under its content key
# and a digest of the settings it depends on (a changed text or setting reads it again):
# refreshing a story then costs its cross-article work, not a re-read of every member's
# text at each refresh, in this process or any later one.

_CONFIG_DIGESTS: dict[int, tuple[StoriesConfig, str]] = {}


def _facts_config(cfg: StoriesConfig) -> str:
    """A digest of the settings the facts depend on (kept per config object)."""
    known = _CONFIG_DIGESTS.get(id(cfg))
    if known is None or known[0] is not cfg:
        settings = {"shingle_words": cfg.links["passage_shingle_words"], "wires": cfg.wires, "figures": cfg.figures}
        known = _CONFIG_DIGESTS[id(cfg)] = (cfg, hashlib.sha256(json.dumps(settings, sort_keys=True).encode())
                                            .hexdigest()[:16])
    return known[1]


def _facts_row(pk: int, key: str, config: str, f: ArticleFacts) -> dict:
    figures = {kind: [g.low, None if g.high == math.inf else g.high, g.text, list(g.span), list(g.sentence_span)]
               for kind, g in f.figures.items()}
    return {"article_pk": pk, "key": key, "config": config,
            "shingles": array("I", sorted(f.text.shingles)).tobytes(),  # crc32: unsigned 32-bit
            "facts": {"wire": f.text.wire, "credited": sorted(f.text.credited), "figures": figures}}


def _facts_of_row(shingles: bytes, facts: dict) -> ArticleFacts:
    words = array("I")
    words.frombytes(shingles)
    figures = {kind: link.Figure(kind, low, math.inf if high is None else high, text, (span[0], span[1]),
                                 (sentence[0], sentence[1]))
               for kind, (low, high, text, span, sentence) in facts["figures"].items()}
    return ArticleFacts(TextFacts(frozenset(words), facts["wire"], frozenset(facts["credited"])), figures)


def _member_facts(conn: sa.Connection, keys: dict[int, str], records: dict[int, Record],
                  cfg: StoriesConfig) -> dict[int, ArticleFacts]:
    """The facts of these articles: read from ``story_facts``, or off the text (and kept)
    for those not read yet or read under another text or setting."""
    config = _facts_config(cfg)
    found: dict[int, ArticleFacts] = {}
    stale: list[int] = []  # rows read under another text or setting
    pks = sorted(keys)
    for i in range(0, len(pks), 500):
        for pk, key, conf, shingles, facts in conn.execute(_FACTS, {"pks": pks[i:i + 500]}):
            if key == keys[pk] and conf == config:
                found[pk] = _facts_of_row(shingles, facts)
            else:
                stale.append(pk)
    missing = [pk for pk in pks if pk not in found]
    if missing:
        rows = []
        for pk in missing:
            record = records[pk]
            found[pk] = ArticleFacts(text_facts(record.text, cfg),
                                     link.figures(record, link.sentence_spans(record.text), cfg))
            rows.append(_facts_row(pk, keys[pk], config, found[pk]))
        if stale:
            conn.execute(sa.delete(story_facts).where(story_facts.c.article_pk.in_(stale)))
        conn.execute(_ADD_FACTS, rows)
    return found


def _sources(origins_by_outlet: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    return sorted({o for o, _ in origins_by_outlet}), sorted({g for _, g in origins_by_outlet})


# The records of the members read last, as ``query.load_articles`` read them: a story's
# detail is rebuilt from all its members whenever one joins, and reading and decoding
# every member's record again (five statements and the Record objects) was most of a
# rebuild's cost for stories of more than a few articles. An entry is used only while
# the store and the article's stored row (key, stored_at, extractor version) are the ones
# it was read from. Bounded (a Record with its events and claims is tens of kB).
_RECORD_CACHE_SIZE = 1024
_record_cache: OrderedDict[int, tuple[tuple, Record]] = OrderedDict()

# The statements of a rebuild, built once.
_STORY_ID = sa.select(stories.c.id).where(stories.c.pk == sa.bindparam("story_pk"))
_MEMBERS = (sa.select(articles.c.pk, articles.c.id, articles.c.duplicate_of, articles.c.similarity, articles.c.key,
                      articles.c.stored_at, articles.c.extractor_version)
            .select_from(story_articles.join(articles, articles.c.pk == story_articles.c.article_pk))
            .where(story_articles.c.story_pk == sa.bindparam("story_pk")).order_by(story_articles.c.article_pk))
_FACTS = (sa.select(story_facts.c.article_pk, story_facts.c.key, story_facts.c.config, story_facts.c.shingles,
                    story_facts.c.facts).where(story_facts.c.article_pk.in_(sa.bindparam("pks", expanding=True))))
_ADD_FACTS = sa.insert(story_facts)
# The names of the story's entities (``link.link_events``: which arguments are names),
# the most widely named first and bounded (``max_argument_names``): the parties of its
# events are among them, and a story's refresh costs the same however many names it
# gathered.
_ENTITY_NAMES = (sa.select(story_entities.c.name, story_entities.c.type)
                 .where(story_entities.c.story_pk == sa.bindparam("story_pk"),
                        story_entities.c.type.in_(sorted(link.NAMED_TYPES)))
                 .order_by(story_entities.c.articles.desc(), story_entities.c.key).limit(sa.bindparam("most")))
_ENTITIES = (sa.select(story_entities.c.name, story_entities.c.type, story_entities.c.articles)
             .where(story_entities.c.story_pk == sa.bindparam("story_pk"))
             .order_by(story_entities.c.articles.desc(), story_entities.c.key).limit(25))


def _records(conn: sa.Connection, meta: dict[int, sa.Row]) -> dict[int, Record]:
    """The records of these members (pk order), from the cache where it is current."""
    url = store_name(conn)
    stamps = {pk: (url, m.key, m.stored_at, m.extractor_version) for pk, m in meta.items()}
    found = {pk: _record_cache[pk][1] for pk in meta if pk in _record_cache and _record_cache[pk][0] == stamps[pk]}
    missing = [pk for pk in meta if pk not in found]
    if missing:
        # Entities are not read: the story's come from story_entities, and linking reads events and claims.
        for pk, stored in zip(missing, query.load_articles(conn, missing, with_entities=False)):
            found[pk] = stored.record
            _record_cache[pk] = (stamps[pk], stored.record)
    for pk in meta:
        _record_cache.move_to_end(pk)
    while len(_record_cache) > _RECORD_CACHE_SIZE:
        _record_cache.popitem(last=False)
    return {pk: found[pk] for pk in meta}


def build(conn: sa.Connection, story_pk: int, cfg: StoriesConfig) -> dict:
    story_id = conn.execute(_STORY_ID, {"story_pk": story_pk}).scalar_one()
    limit = int(cfg.links["max_detail_articles"])
    members = conn.execute(_MEMBERS, {"story_pk": story_pk}).all()
    all_ids = {m.pk: m.id for m in members}
    meta = {m.pk: m for m in members[:limit]}
    records = _records(conn, meta)
    infos = [ArticleInfo(pk, r.id, meta[pk].key, r.title, r.url, r.source, r.published, r.text,
                         meta[pk].duplicate_of, meta[pk].similarity) for pk, r in records.items()]
    facts = _member_facts(conn, {pk: meta[pk].key for pk in records}, records, cfg)
    reps = make_reports(infos, cfg, {pk: f.text for pk, f in facts.items()})
    by_pk: dict[int, Report] = {r.article.pk: r for r in reps}
    order = [r.article.pk for r in reps]

    # Story events: mentions in report order (earliest reports first).
    mentions = [link.Mention(records[pk], v, by_pk[pk].outlet, by_pk[pk].origin)
                for pk in order for v in records[pk].events]
    names = link.name_parts(list(conn.execute(_ENTITY_NAMES, {"story_pk": story_pk, "most": int(
        cfg.links["max_argument_names"])}).scalars()))
    story_events = link.link_events(mentions, cfg, names)
    events_out = []
    for i, se in enumerate(story_events, 1):
        outlets, origins = _sources([(m.outlet, m.origin) for m in se.mentions])
        events_out.append({
            "id": f"{story_id}.e{i}", "type": se.first.type, "actor": se.value("actor"), "target": se.value("target"),
            "date": se.value("date"), "location": se.value("location"), "modality": se.value("modality"),
            "quantity": se.value("quantity"), "sources": outlets, "independent_sources": origins,
            "mentions": [m.as_dict() for m in se.mentions]})

    claim_reports = [link.ClaimReport(records[pk], c, by_pk[pk].outlet, by_pk[pk].origin)
                     for pk in order for c in records[pk].claims]
    story_claims = link.link_claims(claim_reports, cfg)
    claims_out = []
    for i, sc in enumerate(story_claims, 1):
        outlets, origins = _sources([(r.outlet, r.origin) for r in sc.reports])
        first = sc.reports[0].claim
        claims_out.append({"id": f"{story_id}.c{i}", "speaker": first.speaker, "content": first.content,
                           "certainty": first.certainty, "sources": outlets, "independent_sources": origins,
                           "reports": [r.as_dict() for r in sc.reports]})

    contradictions = (_event_contradictions(story_events, events_out, cfg)
                      + _figure_contradictions(order, {pk: f.figures for pk, f in facts.items()}, by_pk)
                      + _claim_contradictions(story_claims, claims_out, cfg))
    outlets, origins = _sources([(r.outlet, r.origin) for r in reps])
    days = [r.article.day for r in reps if r.article.day]
    title = next((r.article.title for r in reps if r.article.title and r.dependency != "copy"), None) \
        or next((r.article.title for r in reps if r.article.title), None) or _first_sentence(reps)
    ents = [{"name": n, "type": t, "articles": k} for n, t, k in conn.execute(_ENTITIES, {"story_pk": story_pk})]
    return {
        "id": story_id, "title": title,
        "articles": [all_ids[pk] for pk in sorted(all_ids)],
        "first_seen": min(days) if days else None, "last_seen": max(days) if days else None,
        "sources": outlets, "independent_sources": origins, "entities": ents,
        "events": events_out, "claims": claims_out, "contradictions": contradictions,
        "timeline": _timeline(events_out, records, by_pk),
        "reports": [r.as_dict() for r in reps],
    }


def _first_sentence(reps: list[Report]) -> str | None:
    if not reps:
        return None
    text = reps[0].article.text.strip()
    return text.split("\n", 1)[0][:200]


def _side(m: link.Mention, value: str | None, span: list[int] | None = None) -> dict:
    return {"value": value, "reports": [{"article": m.record.id, "outlet": m.outlet, "published": (
        m.record.published or "")[:10] or None, "sentence": m.event.sentence, "sentence_span": list(m.event.sentence_span),
        "span": span or (list(m.event.trigger_span) if m.event.trigger_span else list(m.event.sentence_span))}]}


def _grouped(sides: list[dict]) -> list[dict]:
    """Sides with the same value merged: one side per value, all its reports."""
    merged: dict[str, dict] = {}
    for s in sides:
        if s["value"] in merged:
            merged[s["value"]]["reports"] += s["reports"]
        else:
            merged[s["value"]] = {"value": s["value"], "reports": list(s["reports"])}
    return list(merged.values())


def _across_reports(sides: list[dict]) -> bool:
    """Whether two sides (values) come from different articles: a value only one report
    gives against another value of that same report is its own inconsistency, not a
    contradiction between sources."""
    arts = [{r["article"] for r in side["reports"]} for side in sides]
    return any(a != b or len(a) > 1 for i, a in enumerate(arts) for b in arts[i + 1:])


def _disjoint_places(sides: list[dict]) -> list[dict]:
    """The sides (places) that lie apart from another side given by another report:
    nested places ("Brownsville" / "Brooklyn", "Mt Cook" / "New Zealand") and places whose
    relation the gazetteer cannot tell are no contradiction (``gazetteer.place_relation``)."""
    apart: set[int] = set()
    for i, a in enumerate(sides):
        for j in range(i + 1, len(sides)):
            b = sides[j]
            if link.same_name(a["value"], b["value"]) or not _across_reports([a, b]):
                continue
            if gazetteer.place_relation(a["value"], b["value"]) == gazetteer.DISJOINT:
                apart |= {i, j}
    return [s for i, s in enumerate(sides) if i in apart]


def _event_contradictions(story_events: list[link.StoryEvent], events_out: list[dict],
                          cfg: StoriesConfig) -> list[dict]:
    out = []
    for se, ev in zip(story_events, events_out):
        # Conflicting facts are a contradiction between reports: one report naming its
        # event twice ("in Paris", "in France") is not one.
        if len({m.record.id for m in se.mentions}) < 2:
            continue
        # Dates: full dates that differ (a month and a day in it agree).
        dated = [m for m in se.mentions if m.event.date]
        sides = _grouped([_side(m, m.event.date) for m in dated])
        if len(sides) > 1 and _across_reports(sides) and any(
                not link.dates_compatible(a["value"], b["value"]) for a in sides for b in sides if a is not b):
            out.append({"kind": "date", "subject": ev["id"], "about": ev["type"], "sides": sides})
        # Places: only places the gazetteer shows apart (different countries, regions).
        placed = [m for m in se.mentions if m.event.location]
        sides = _disjoint_places(_grouped([_side(m, m.event.location) for m in placed]))
        if sides:
            out.append({"kind": "place", "subject": ev["id"], "about": ev["type"], "sides": sides})
        # Asserted (or reported) in one report, negated in another.
        modal = _grouped([_side(m, "negated" if m.event.modality == "negated" else "affirmed")
                          for m in se.mentions if m.event.modality in ("asserted", "reported", "negated")])
        if len(modal) > 1 and _across_reports(modal):
            out.append({"kind": "modality", "subject": ev["id"], "about": ev["type"], "sides": modal})
    # Who did it: one act (type, target, trigger word) with actors that are not one entity.
    acts: dict[tuple, list[tuple[link.Mention, str]]] = {}
    types = set(cfg.links["actor_contradiction_types"])
    for se, ev in zip(story_events, events_out):
        for m in se.mentions:
            v = m.event
            if v.type in types and v.actor and v.target:
                acts.setdefault((v.type, link.entity_key(v.target), link.trigger_stem(v)), []).append((m, ev["id"]))
    for (type_, target, _), found in acts.items():
        sides = _grouped([_side(m, m.event.actor) for m, _ in found])
        if len({m.record.id for m, _ in found}) > 1 and len(sides) > 1 and any(
                not link.same_name(a["value"], b["value"]) for a in sides for b in sides if a is not b):
            out.append({"kind": "actor", "subject": found[0][1], "about": f"{type_} against {found[0][0].event.target}",
                        "sides": sides})
    return out


def _figure_contradictions(order: list[int], figures: dict[int, dict[str, link.Figure]],
                           by_pk: dict[int, Report]) -> list[dict]:
    per_kind: dict[str, list[tuple[Report, link.Figure]]] = {}
    for pk in order:
        for kind, fig in figures[pk].items():
            per_kind.setdefault(kind, []).append((by_pk[pk], fig))
    out = []
    for kind, found in per_kind.items():
        if len({rep.article.pk for rep, _ in found}) < 2:
            continue
        if all(a.agrees(b) for _, a in found for _, b in found):
            continue
        sides: dict[str, dict] = {}
        for rep, fig in found:
            text = rep.article.text
            side = sides.setdefault(fig.text.lower(), {"value": fig.text, "reports": []})
            side["reports"].append({"article": rep.article.id, "outlet": rep.outlet, "published": rep.article.day,
                                    "sentence": text[fig.sentence_span[0]:fig.sentence_span[1]],
                                    "sentence_span": list(fig.sentence_span), "span": list(fig.span)})
        if len(sides) > 1:
            out.append({"kind": "figure", "subject": None, "about": kind, "sides": list(sides.values())})
    return out


def _claim_contradictions(story_claims: list[link.StoryClaim], claims_out: list[dict], cfg: StoriesConfig) -> list[dict]:
    """A claim and one that denies it: largely the same content words, opposite polarity."""
    out = []
    need = float(cfg.links["claim_overlap"])
    for i, a in enumerate(story_claims):
        for j in range(i + 1, len(story_claims)):
            b = story_claims[j]
            ca, cb = a.reports[0].claim, b.reports[0].claim
            if min(len(a.words), len(b.words)) < int(cfg.links["claim_min_words"]):
                continue
            if link.overlap(a.words, b.words) >= need and link._negated(ca, cfg) != link._negated(cb, cfg):
                sides = []
                for sc in (a, b):
                    reps = [{"article": r.record.id, "outlet": r.outlet, "published": (r.record.published or "")[:10]
                             or None, "speaker": r.claim.speaker,
                             "sentence": r.record.text[slice(*(r.claim.sentence_span or r.claim.content_span))],
                             "sentence_span": list(r.claim.sentence_span or r.claim.content_span),
                             "span": list(r.claim.content_span)} for r in sc.reports]
                    sides.append({"value": sc.reports[0].claim.content, "reports": reps})
                out.append({"kind": "claim", "subject": claims_out[i]["id"], "about": claims_out[j]["id"],
                            "sides": sides})
    return out


def _timeline(events_out: list[dict], records: dict, by_pk: dict[int, Report]) -> list[dict]:
    published = {r.article.id: r.article.day for r in by_pk.values()}
    entries = []
    for ev in events_out:
        date: str | None
        source: str | None
        dates = [m["date"] for m in ev["mentions"] if m["date"]]
        if dates:
            date, source = Counter(dates).most_common(1)[0][0], "event"
        else:
            days = [d for d in (published.get(m["article"]) for m in ev["mentions"]) if d]
            date, source = (min(days), "published") if days else (None, None)
        first = ev["mentions"][0]
        entries.append({"date": date, "date_from": source, "event": ev["id"], "type": ev["type"],
                        "actor": ev["actor"], "target": ev["target"], "sentence": first["sentence"],
                        "article": first["article"], "sources": ev["sources"]})
    entries.sort(key=lambda e: (e["date"] is None, e["date"] or "", e["event"]))
    return entries
