#!/usr/bin/env python3
"""Choose the 12 articles of held-out 5 from the ECB+ articles (see README.md)."""
import json
import random
import re

SRC = "/work/shared/data/stories/ecbplus/articles.jsonl"
arts = [json.loads(line) for line in open(SRC, encoding="utf-8")]
pool = [a for a in arts if a.get("published") and 150 <= len(a["text"].split()) <= 900]
rng = random.Random(20261205)
rng.shuffle(pool)
chosen, topics = [], set()
for a in pool:
    topic = re.match(r"ecb-(\d+)_", a["id"]).group(1)
    if topic in topics:
        continue
    topics.add(topic)
    chosen.append(a)
    if len(chosen) == 12:
        break
for a in chosen:
    print(a["id"], a["published"], len(a["text"].split()), a["title"][:70], sep="\t")
