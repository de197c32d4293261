"""ent68: entities on the 37 ECB+ articles of session 31 (abbreviations of common nouns, team
plurals NER typed places, a town before its state, where a person is from, a coroner's title,
well-known firms and trade outlets), on sentences written for these tests."""
from __future__ import annotations


def names_of(rec):
    return {e.name: e.type for e in rec.entities}


def test_abbreviations_of_common_nouns_are_no_entities(core):
    # NER types "IR" (injured reserve), "DLL", "SQL" organisations
    rec = core.extract_text(
        "The Rams placed linebacker Tomas Reyes on IR, coach Dana Whitfield said. "
        "The attack loads a DLL file through a SQL injection, researchers at Sophos said.")
    names = names_of(rec)
    for word in ("IR", "DLL", "SQL"):
        assert word not in names, names


def test_team_plural_typed_a_place_is_an_organisation(core):
    rec = core.extract_text(
        "Quarterback Lamar Brooks threw three touchdown passes as the Falcons beat the host Jaguars, "
        "31-24, on Sunday night.")
    names = names_of(rec)
    assert names.get("Jaguars") == "ORG", names
    assert "Lamar Brooks" in names, names


def test_team_plural_tagged_a_common_plural_after_the_is_an_organisation(core):
    # (the spaced contraction as the copy writes it: the tagger reads "Colts" a common plural)
    rec = core.extract_text(
        "Given the lack of threat posed by Quinn, it ’ s pretty damning that the Colts couldn ’ t keep "
        "Kansas City from scoring.")
    assert names_of(rec).get("Colts") == "ORG", names_of(rec)


def test_town_before_a_state_abbreviation_is_a_place(core):
    # "the Redmond, Wash. company": the parse makes the town a modifier of "company"
    rec = core.extract_text(
        "Because the next update is three weeks away, it's possible the Redmond, Wash. company will ship "
        "an emergency fix, said Andrew Storms, a security analyst.")
    names = names_of(rec)
    assert names.get("Redmond") == "GPE", names
    assert not any(t == "ORG" and n in ("Redmond", "Wash.") for n, t in names.items()), names


def test_town_a_person_is_from_is_a_place(core):
    # "Carla Jean Morris, of Shakopee,": where she lives, not an organisation she belongs to
    rec = core.extract_text(
        "Police said 52-year-old Carla Jean Morris, of Shakopee, was walking with her husband when she "
        "was hit.")
    names = names_of(rec)
    assert names.get("Shakopee") == "GPE", names


def test_coroner_is_a_title_not_a_name(core):
    rec = core.extract_text(
        "His body was discovered Tuesday by a maid who entered his hotel room, Coroner Gary Hartwell said.")
    names = names_of(rec)
    assert "Gary Hartwell" in names and names["Gary Hartwell"] == "PERSON", names
    assert not any(n.startswith("Coroner") for n in names), names


def test_major_league_is_no_rank_before_a_name(core):
    rec = core.extract_text(
        "There are teams in Major League Baseball that are willing to spend money this winter, "
        "Tim Mead said.")
    names = names_of(rec)
    assert "League Baseball" not in names, names


def test_well_known_firms_typed_people_or_places_are_organisations(core):
    rec = core.extract_text(
        "Users can switch to another browser, such as Google's Chrome or Mozilla's Firefox, "
        "until a patch arrives. Three groups, the Center for Biological Diversity, Greenpeace and "
        "Defenders of Wildlife, filed suit in San Francisco.")
    names = names_of(rec)
    for firm in ("Google", "Mozilla", "Greenpeace"):
        assert names.get(firm) == "ORG", names


def test_nickname_in_brackets_inside_a_name(core):
    # NER tags the given name alone; the surname after the bracket is the same person's
    rec = core.extract_text(
        "She says she is certain that slain Kimani (Kiki) Gray did not have anything in his hands. "
        "Gray was 16.")
    names = names_of(rec)
    assert names.get("Kimani (Kiki) Gray") == "PERSON", names
    assert "Kimani" not in names and "Gray" not in names, names


def test_party_letter_in_brackets_is_no_nickname(core):
    rec = core.extract_text("Rep. Nick Rahall (D) of West Virginia spoke on Tuesday.")
    names = names_of(rec)
    assert names.get("Nick Rahall") == "PERSON", names


def test_given_name_after_a_kinship_noun_is_a_person(core):
    # "Paul" alone is a large place to the gazetteer; after "his brother" it is a person
    rec = core.extract_text(
        "Marek Lindqvist co-directed two comedies with his brother Paul. Last year he helmed a fantasy epic.")
    names = names_of(rec)
    assert names.get("Paul") == "PERSON", names


def test_trade_outlet_typed_a_person_is_an_organisation(core):
    rec = core.extract_text(
        "On Friday, Indiewire's blog reported that the director had stepped away from negotiations "
        "with the studio.")
    assert names_of(rec).get("Indiewire") == "ORG", names_of(rec)
