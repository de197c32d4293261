"""Near-duplicate articles (wire copies, syndicated rewrites) by MinHash LSH.

Signatures come from datasketch's MinHash over word shingles; the LSH bands of every
first copy are stored in ``article_bands`` (one bucket hash per band), so finding
candidates is one indexed query inside the writing transaction. That keeps dedup
consistent with what is committed: an interrupted ingest leaves no in-memory index
to rebuild, and articles earlier in the same batch are already visible.
Banding (how many bands of how many rows) is datasketch's optimum for
``lsh_threshold``; each candidate is then checked against ``threshold`` by the
estimated Jaccard similarity of the two signatures.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from functools import cache

import numpy as np
import sqlalchemy as sa
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from newstrace.store.config import DedupConfig
from newstrace.store.dbapi import insert_rows
from newstrace.store.schema import article_bands, articles

_WORD = re.compile(r"\w+")
SIGNATURE_DTYPE = np.uint32


@dataclass(frozen=True)
class Match:
    article_pk: int
    similarity: float


@cache
def _bands(num_perm: int, lsh_threshold: float) -> tuple[int, int]:
    # Equal weight to false positives and false negatives, as datasketch's MinHashLSH does.
    return _optimal_param(lsh_threshold, num_perm, 0.5, 0.5)


def signature(text: str, cfg: DedupConfig) -> np.ndarray | None:
    """MinHash of the text's word shingles; None for texts too short to judge."""
    words = _WORD.findall(text.lower())
    if len(words) < cfg.min_words:
        return None
    n = cfg.shingle_words
    shingles = {" ".join(words[i:i + n]).encode("utf-8") for i in range(len(words) - n + 1)}
    template = _template(cfg.num_perm)
    mh = MinHash(num_perm=cfg.num_perm, hashfunc=_crc32, permutations=template.permutations, scheme=template.scheme)
    mh.update_batch(shingles)
    return mh.hashvalues.astype(SIGNATURE_DTYPE)


@cache
def _template(num_perm: int) -> MinHash:
    # The permutations are drawn from a seeded generator at every MinHash made without
    # them (a third of a signature's CPU): drawn once, shared (read only) by all.
    return MinHash(num_perm=num_perm, hashfunc=_crc32)


def _crc32(data: bytes) -> int:
    # The shingle hash fed to the permutations: CRC-32 is stable across processes (as
    # stored signatures must be) and several times faster than datasketch's default
    # SHA-1, which dominated storage time; MinHash needs only well-spread 32-bit values.
    return zlib.crc32(data)


def buckets(sig: np.ndarray, cfg: DedupConfig) -> list[int]:
    """One signed 64-bit bucket per band: band number and band values hashed together."""
    b, r = _bands(cfg.num_perm, cfg.lsh_threshold)
    out = []
    for band in range(b):
        digest = hashlib.blake2b(sig[band * r:(band + 1) * r].tobytes(), digest_size=8,
                                 person=band.to_bytes(2, "little").ljust(16, b"\0")).digest()
        out.append(int.from_bytes(digest, "little", signed=True))
    return out


def find_first_copy(conn: sa.Connection, sig: np.ndarray, bucket_ids: list[int], cfg: DedupConfig) -> Match | None:
    """The earliest stored first copy this signature nearly duplicates, if any."""
    candidates = conn.execute(_CANDIDATES, {"buckets": bucket_ids}).all()
    for pk, stored in candidates:
        similarity = float(np.mean(np.frombuffer(stored, dtype=SIGNATURE_DTYPE) == sig))
        if similarity >= cfg.threshold:
            return Match(pk, similarity)
    return None


# Built once: building them per article cost more CPU than running them.
_CANDIDATES = (sa.select(articles.c.pk, articles.c.signature)
               .where(articles.c.pk.in_(sa.select(article_bands.c.article_pk)
                                        .where(article_bands.c.bucket.in_(sa.bindparam("buckets", expanding=True)))))
               .order_by(articles.c.pk))


def add_buckets(conn: sa.Connection, article_pk: int, bucket_ids: list[int]) -> None:
    insert_rows(conn, article_bands, [{"bucket": b, "article_pk": article_pk} for b in set(bucket_ids)])
