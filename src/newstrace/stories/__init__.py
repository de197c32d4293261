"""Stories: one real-world story across many sources (docs/STORIES.md).

Articles in the store are clustered into stories incrementally (``update``), their
events and claims linked across articles, independent sources counted, contradictions
and timelines built; ``list_stories``, ``get_story`` and ``entity_timeline`` read the
result. Every function takes an open :class:`newstrace.store.Store`.
"""
from newstrace.stories.service import (StoryStats, entity_timeline, get_story, list_stories, update)

__all__ = ["StoryStats", "entity_timeline", "get_story", "list_stories", "update"]
