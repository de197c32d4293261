"""Places of one event that contradict each other (``gazetteer.place_relation``):
only places the gazetteer shows apart; nested places and unknown relations are not."""
from __future__ import annotations

import pytest

from newstrace.extract.gazetteer import DISJOINT, NESTED, SAME, UNKNOWN, place_relation


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
    ("Osaka", "Hokkaido", DISJOINT),            # two prefectures: Osaka the town lies in Osaka
    ("Mt Cook", "New Zealand", UNKNOWN),        # not in the gazetteer
    ("Springfield Heights", "Tokyo", UNKNOWN),  # not in the gazetteer
    ("Brooklyn", "Manhattan", UNKNOWN),         # Manhattan is New York City's other name, not Manhattan, Kansas
    ("Canterbury", "Kent", NESTED),             # a town in its district
    ("Wales", "London", DISJOINT),              # a region and a town of another region
])
def test_place_relation(a, b, expected):
    assert place_relation(a, b) == expected
    assert place_relation(b, a) == expected


@pytest.mark.parametrize("a, b, expected", [
    ("Crimea", "Russia", NESTED),               # GeoNames: Ukraine; Russia claims it
    ("Crimea", "Ukraine", NESTED),
    ("Simferopol", "Russia", NESTED),           # a town of the territory, by its region
    ("Sevastopol", "Russia", NESTED),
    ("Crimea", "Moscow", UNKNOWN),              # a place of the other claimant: divisions do not compare
    ("Crimea", "Kyiv", DISJOINT),               # two places of the gazetteer's country, apart
    ("Crimea", "Germany", DISJOINT),            # no claimant
    ("Srinagar", "Pakistan", NESTED),           # Jammu and Kashmir
    ("Taipei", "China", NESTED),
    ("Kowloon", "China", NESTED),               # a town of HKG: the territory's own code
    ("Hong Kong", "Tokyo", DISJOINT),
    ("Gaza", "Israel", DISJOINT),               # listed territories only
])
def test_place_relation_territories_of_several_countries(a, b, expected):
    assert place_relation(a, b) == expected
    assert place_relation(b, a) == expected
