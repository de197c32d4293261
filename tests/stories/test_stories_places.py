"""Places of one event that contradict each other (``stories.places.place_relation``):
only places the gazetteer shows apart; nested places and unknown relations are not."""
from __future__ import annotations

import pytest

from newstrace.stories.places import DISJOINT, NESTED, SAME, UNKNOWN, place_relation


@pytest.mark.parametrize("a, b, expected", [
    ("Manila", "Tokyo", DISJOINT),              # different countries
    ("Boston", "Chicago", DISJOINT),            # towns in different US states
    ("California", "Texas", DISJOINT),          # two first-level regions of one country
    ("Brooklyn", "California", DISJOINT),       # a town outside a region (US towns carry state codes)
    ("Zurich", "Geneva", DISJOINT),             # towns of two Swiss cantons
    ("Jakarta", "Indonesia", NESTED),
    ("Georgia", "Atlanta", NESTED),             # the US state, not the country, beside Atlanta
    ("Georgia", "United States", NESTED),           # a town in its country
    ("Brooklyn", "brooklyn", SAME),
    ("Brownsville", "Brooklyn", UNKNOWN),       # a Brownsville lies in New York State too
    ("Brooklyn", "New York", NESTED),           # the state (the gazetteer names the city "New York City")
    ("London", "Manchester", UNKNOWN),          # two towns of one first-level region (England)
    ("Richmond", "Queens", UNKNOWN),            # Richmonds in several US states
    ("Sam", "Bloomington", UNKNOWN),            # only a translated name of Damascus
    ("Osaka", "Hokkaido", UNKNOWN),             # Osaka the town: GeoNames numbers its region, not by ISO code
    ("Mt Cook", "New Zealand", UNKNOWN),        # not in the gazetteer
    ("Springfield Heights", "Tokyo", UNKNOWN),  # not in the gazetteer
])
def test_place_relation(a, b, expected):
    assert place_relation(a, b) == expected
    assert place_relation(b, a) == expected
