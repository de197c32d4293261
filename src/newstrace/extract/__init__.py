"""Extractors: one module per part of the record, each reading a spaCy Doc.

Order matters and is fixed in :mod:`newstrace.pipeline`: entities first (everyone
names actors through them), then claims, then events (which point at claims).
"""
