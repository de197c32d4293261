"""Imported by the forkserver that forks the worker processes (of ``--workers N``, and
of ``--cluster local:N``), before it forks any: it loads the spaCy pipeline and warms
up the extractors once, with the settings the writer passed in the environment, so
that every worker starts as a copy of a warm process (pages shared until written)
instead of each loading its own: the start-up cost (about 4 s of CPU) is paid once
rather than once per worker, and a worker that replaces a killed one is ready at once.

Why this is safe: the forkserver is a fresh, single-threaded Python process that does
nothing but this and fork; nothing it loads holds a lock, a thread or a connection that
a fork would leave in a bad state. If the load fails (a model that is not installed),
the server carries on without it, and each worker loads the pipeline itself and reports
the failure to the writer as it always did.
"""
from __future__ import annotations

import base64
import os
import pickle

from newstrace.parallel.work import SETTINGS_ENV, core_for


def _preload() -> None:
    blob = os.environ.pop(SETTINGS_ENV, None)
    if not blob:
        return
    try:
        core_for(pickle.loads(base64.b64decode(blob)))
    except Exception:  # noqa: BLE001 (the forkserver must live: each worker loads and reports instead)
        pass


_preload()
