"""The closed vocabularies of a record (entity, event and speaker types, modality,
certainty), as plain ``Literal`` types: the record models use them, and so do the query
commands' choices, which must not pay for importing the models."""
from __future__ import annotations

from typing import Literal, get_args

EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "FAC"]
Modality = Literal["asserted", "reported", "possible", "planned", "negated"]
Certainty = Literal["certain", "probable", "possible", "doubtful"]
QuoteType = Literal["direct", "indirect", "mixed"]
SpeakerType = Literal[
    "person", "official", "expert", "government", "state_media", "media", "organization", "anonymous"
]
EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
EVENT_TYPES: tuple[str, ...] = get_args(EventType)
