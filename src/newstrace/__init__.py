"""newstrace: news reports in, a sourced, structured record out."""
from newstrace.app import ExtractionError, Newstrace
from newstrace.record import Article, Claim, Entity, Event, Record, Role
from newstrace.settings import Settings
from newstrace.sources import SourceError

__version__ = "0.1.0"

__all__ = [
    "Article", "Claim", "Entity", "Event", "ExtractionError", "Newstrace", "Record", "Role", "Settings",
    "SourceError", "__version__",
]
