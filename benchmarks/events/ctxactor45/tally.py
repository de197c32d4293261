"""ctxactor45: where the gold actor of a word dropped for no actor is told (reads a trace_drop.py trace).

    [GOLD=GOLD_DIR] python3 benchmarks/events/ctxactor45/tally.py TRACE.jsonl [N_EXAMPLES [CATEGORY_SUBSTRING]]
    (dev9trace.py and the traces need drop43's trace_drop.py, kept in /work/scratch/ctxactor45/, on PYTHONPATH.)
"""
import json, re, sys, collections
T = [json.loads(l) for l in open(sys.argv[1])]
T = [t for t in T if t['kind'] in ('none', 'other type') and '_candidate' in t['step'] and 'if actor is None' in t['step']]
G = {}
def gold(i):
    if i not in G:
        G[i] = json.load(open(f"{__import__('os').environ.get('GOLD', '/work/wt/ctxactor45/corpus/events/gold')}/{i}.json"))
    return G[i]
def sentences(text):
    out = []; pos = 0
    for para_i, para in enumerate(text.split('\n')):
        for m in re.finditer(r'[^.!?]+(?:[.!?]+["\u201d\']?|$)', para):
            s, e = pos + m.start(), pos + m.end()
            if text[s:e].strip():
                out.append((s, e, para_i))
        pos += len(para) + 1
    return out
def acc_none(a):
    a = a if isinstance(a, list) else [a]
    return any(x in (None, '*') for x in a)
C = collections.Counter(); types = collections.defaultdict(collections.Counter); retold = collections.Counter(); ex = collections.defaultdict(list)
for t in T:
    d = gold(t['id']); text = d['text']
    ev = next((e for e in d['events'] if e['sentence'] == t['sentence'] and e['type'] == t['gold_type']
               and t['head'] in e.get('trigger', '')), None)
    if ev is None:
        C['(gold event not found)'] += 1; continue
    actors = ev['actor'] if isinstance(ev['actor'], list) else [ev['actor']]
    if acc_none(actors):
        cat = 'gold accepts no actor'
    else:
        ents = [e for e in d['entities'] if e['name'] in actors]
        names = set(actors) | {a for e in ents for a in e.get('aliases') or []}
        ments = sorted({tuple(m) for e in ents for m in e.get('mentions') or []} |
                       {(m.start(), m.end()) for n in names if n for m in re.finditer(r'\b' + re.escape(n) + r'\b', text)})
        S = sentences(text)
        ss, se = ev.get('sentence_span') or (text.find(ev['sentence']), text.find(ev['sentence']) + len(ev['sentence']))
        si = next((k for k, (a, b, p) in enumerate(S) if a <= ss < b), None)
        ts = (ev.get('trigger_span') or [ss + max(0, ev['sentence'].find(t['head']))])[0]
        spk = [c for c in d['claims'] if c['speaker'] in actors and c.get('content_span') and c['content_span'][0] <= ts < c['content_span'][1]]
        def in_sent(k):
            a, b, _ = S[k]; return any(a <= m[0] < b for m in ments)
        para = S[si][2] if si is not None else None
        if not ments:
            cat = 'nowhere in the text (no mention of the gold actor)'
        elif spk:
            cat = 'speaker of the claim the trigger is in'
        elif any(ss <= m[0] < se for m in ments):
            inm = [m for m in ments if ss <= m[0] < se]
            def how(m):
                after, before = text[m[1]:m[1] + 3], text[max(0, m[0] - 4):m[0]]
                near = text[max(ss, m[0] - 40):min(se, m[1] + 40)]
                if after[:2] in ("'s", "’s"): return 'possessive'
                if before.endswith('by '): return 'passive by-agent'
                if re.search(r'\b(said|says|say|told|tells|according to|noted|announced|spoke|added|stated)\b', near): return 'speaker of the sentence'
                return 'other position'
            cat = 'named in the same sentence: ' + sorted(how(m) for m in inm)[0]
        elif si and in_sent(si - 1):
            cat = 'named in the previous sentence'
        elif si and any(S[k][2] == para and in_sent(k) for k in range(si)):
            cat = 'named earlier in the same paragraph'
        elif ments[0][0] < 400 or (si and any(in_sent(k) for k in range(min(2, len(S))))):
            cat = "the article's lead actor (title/first sentences), not nearer"
        elif ments[0][0] < ss:
            cat = 'named earlier in the article (further back)'
        else:
            cat = 'named only later in the article'
        if any(e2['type'] == ev['type'] and text.find(e2['sentence']) < ss and
               set(e2['actor'] if isinstance(e2['actor'], list) else [e2['actor']]) & set(actors) for e2 in d['events']):
            retold[cat] += 1
    C[cat] += 1; types[cat][ev['type']] += 1
    ex[cat].append(f"{t['id']} | {ev['type']} {t['head']} ({t['pos']}) | actor {actors} | {t['sentence'][:150]}")
tot = sum(C.values())
print(f"{tot} gold events whose trigger head became a candidate dropped for no actor (_candidate: no actor read)")
print('| where the gold actor is told | n | of which an earlier sentence tells a gold event of the same type by that actor | types |')
print('|---|---|---|---|')
for k, n in C.most_common():
    print(f"| {k} | {n} | {retold[k]} | {', '.join(f'{a} {b}' for a, b in types[k].most_common(5))} |")
if len(sys.argv) > 2:
    for k in ex:
        print('=====', k)
        for x in [y for y in ex[k][:int(sys.argv[2])] if not (len(sys.argv) > 3 and sys.argv[3] not in k)]: print('  ', x)
