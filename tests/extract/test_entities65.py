"""ent65: entities on the 48 ECB+ articles of session 30 (prizes and honours, plural team names,
a law's name after "in"), on sentences written for these tests."""
from __future__ import annotations


def names_of(rec):
    return {e.name: e.type for e in rec.entities}


def test_prize_names_are_no_entities(core):
    # NER types "Academy Awards", "Tony Awards", "Academy Award for Best Visual Effects" and
    # "National Player of the Year" organisations or people: prizes and honours, no actors
    rec = core.extract_text(
        "Marta Kowalczyk hosted the 2005 Tony Awards and will host the 85th Academy Awards in February. "
        "Her last film won the Academy Award for Best Visual Effects. "
        "The reigning National Player of the Year scored 20 points for Duquesne University.")
    names = names_of(rec)
    assert not any("Award" in n or "Player" in n for n in names), names
    assert names.get("Marta Kowalczyk") == "PERSON"


def test_plural_team_name_typed_person_is_an_organisation(core):
    rec = core.extract_text(
        "The Red Sox envision him as a middle-of-the-lineup presence to offset last July's departure "
        "of Manny Ramirez to the Dodgers.")
    assert names_of(rec).get("Dodgers") == "ORG", names_of(rec)


def test_law_named_after_in_is_no_place(core):
    rec = core.extract_text(
        "Congress, in the 2009 Omnibus Appropriations Act, specifically authorized the secretaries "
        "to revoke the regulation.")
    assert "Omnibus Appropriations Act" not in names_of(rec), names_of(rec)


def test_name_after_a_players_noun_is_a_person(core):
    # "pitchers CC Sabathia": NER typed the name an organisation; "CC" is no given name
    rec = core.extract_text(
        "Yankees general manager Brian Cashman also met with Teixeira earlier this month, but that was before "
        "the Yankees committed more than $240 million to sign pitchers CC Sabathia and A. J. Burnett.")
    assert names_of(rec).get("CC Sabathia") == "PERSON", names_of(rec)


def test_state_apposed_to_a_title_stays_a_place(core):
    rec = core.extract_text(
        "USA Today reports that Rep. Nick Rahall (D) of West Virginia, the chairman of the House Natural "
        "Resources Committee, says that he will act.")
    assert names_of(rec).get("West Virginia") == "GPE", names_of(rec)


def test_web_site_written_with_its_domain_is_an_organisation(core):
    rec = core.extract_text(
        "Tony Reagins told MLB.com on Friday. The Web site, BettiePage.com, logs about 20 million hits a month. "
        "A TVGuide.com poll placed her first. Readers can visit www.example.com for more.")
    names = names_of(rec)
    for site in ("MLB.com", "BettiePage.com", "TVGuide.com"):
        assert names.get(site) == "ORG", names
    assert not any("example" in n for n in names), names


def test_british_spelling_of_a_known_organisation(core):
    rec = core.extract_text(
        "Monitors from the Organisation for Security and Co-operation in Europe watched the vote.")
    org = [e for e in rec.entities if e.type == "ORG"]
    assert [e.name for e in org] == ["Organization for Security and Co-operation in Europe"], org
    assert "Organisation for Security and Co-operation in Europe" in org[0].aliases
    assert not any(e.name == "Europe" for e in rec.entities)


def test_place_word_run_into_a_name_is_left_out(core):
    # NER: "Boston WCVB" and "American Hasim Rahman" as organisations
    rec = core.extract_text(
        "Sources say it is less than the $184 million reported by Boston WCVB sportscaster Mike Lynch. "
        "Wladimir Klitschko defended his titles in Germany today with a lopsided victory over the American "
        "Hasim Rahman.")
    names = names_of(rec)
    assert names.get("WCVB") == "ORG" and "Boston WCVB" not in names, names
    assert names.get("Hasim Rahman") == "PERSON" and "American Hasim Rahman" not in names, names


def test_plural_team_name_after_the_is_a_group(core):
    # NER's PERSON "the Tar Heels" took the article in: the name is no surname of that "longer" name
    rec = core.extract_text(
        "Point guard Ty Lawson also chipped in 16 points for the Tar Heels (10-0), though coach Roy Williams "
        "looked frustrated at times.")
    assert names_of(rec).get("Tar Heels") == "ORG", names_of(rec)


def test_station_letters_and_channel_are_an_outlet(core):
    # NER: "NBC10" PERSON (dropped: a number), "NY1" GPE (dropped as a product's code); "IE6" stays no entity
    rec = core.extract_text(
        "\"They had argued,\" Dorsey told NBC10's Rosemary Connors after the shootings. But one woman told NY1 "
        "that Kimani was holding the gun. The flaw affects IE6 users.")
    names = names_of(rec)
    assert names.get("NBC10") == "ORG" and names.get("NY1") == "ORG", names
    assert "IE6" not in names, names


def test_name_before_who_is_a_person(core):
    # NER typed "Saparmurat Niyazov" an organisation; a team before ", who" stays a body
    rec = core.extract_text(
        "Gurbanguli Berdymukhamedov became president in 2006 after the death of Saparmurat Niyazov, who forged "
        "a personality cult. The Indianapolis Colts, who won again, face the Kansas City Chiefs next.")
    names = names_of(rec)
    assert names.get("Saparmurat Niyazov") == "PERSON", names
    assert names.get("Indianapolis Colts") == "ORG", names
