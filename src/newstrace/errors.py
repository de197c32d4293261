"""The exceptions newstrace raises, for callers to catch (all are :class:`NewstraceError`)::

    NewstraceError
     +-- SettingsError       a setting (environment or argument) that cannot be used
     +-- ModelNotFound       the spaCy pipeline named in the settings is not installed
     +-- StoreError          a store that cannot be opened or used
          +-- StoreNotFound  no store at that path yet (queries never create one)

An article that cannot be read or analysed is not an exception of the batch: it is a
value the batch yields and goes on (:class:`~newstrace.sources.SourceError`,
:class:`~newstrace.failures.ExtractionError`, :class:`~newstrace.failures.WriteError`).
"""
from __future__ import annotations


class NewstraceError(Exception):
    """Base of the exceptions newstrace raises."""


class SettingsError(NewstraceError, ValueError):
    """A setting (from the environment or a caller) that cannot be used."""


class ModelNotFound(NewstraceError, RuntimeError):
    """The spaCy pipeline named in the settings is not installed."""


class StoreError(NewstraceError, RuntimeError):
    """A database that cannot be opened or used: names the database and the problem."""


class StoreNotFound(StoreError):
    """No store at that path yet; queries never create one (``newstrace ingest`` does)."""
