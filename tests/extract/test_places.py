"""Places and countries: the shipped gazetteer, the article's context, event locations."""
import pytest

from newstrace.extract.gazetteer import bare_name, country_of_place, likely_within, places_named, share_area, within

PUBLISHED = "2025-03-13"


@pytest.mark.parametrize("name,expected", [
    ("Kursk region", "RUS"),        # a town's region
    ("Idlib province", "SYR"),      # an ISO 3166-2 region
    ("New South Wales", "AUS"),
    ("Cessnock", "AUS"),            # a small town, one country of that name
    ("northeast Syria", "SYR"),     # a country with words for a part of it
    ("Donetsk", "UKR"),             # the larger of two towns of that name
    ("Ontario", "CAN"),             # a region outranks smaller towns abroad
])
def test_places_gazetteer_gives_towns_and_regions_their_country(name, expected):
    country = country_of_place(name)
    assert country is not None and country.alpha3 == expected, (name, country)


def test_places_article_countries_come_first():
    # two towns of a name: the one in the article's country, unless it is tiny beside the other
    assert country_of_place("Washington").alpha3 == "USA"
    assert country_of_place("Paris", {"USA": 5.0}).alpha3 == "FRA"  # not Paris, Texas


def test_places_unknown_name_has_no_country():
    assert country_of_place("Qqzzxv") is None
    assert bare_name("the Kalat district") == "Kalat"


def test_places_entities_get_their_country_from_the_article(core):
    text = ("Militants attacked a passenger train in Balochistan, Pakistani officials said. "
            "Turkish analyst Soli Ozel said the attack in Quetta showed the army's weakness. "
            "Pakistan's army said it had freed the passengers.")
    rec = core.extract_text(text, published=PUBLISHED)
    by_name = {e.name: e for e in rec.entities}
    assert by_name["Balochistan"].country == "PAK"
    assert by_name["Quetta"].country == "PAK"
    assert by_name["Soli Ozel"].country == "TUR"  # "Turkish analyst", not the article's country


def test_places_a_small_town_of_a_country_the_article_never_names_is_no_evidence(core):
    # the gazetteer knows only the English Banbury; in a story on the United States a
    # town of that name is more likely an American namesake: the article's country
    text = ("A United States federal judge in Banbury sentenced a doctor to 40 years on Wednesday. "
            "The Justice Department said the doctor prescribed opioids in the United States illegally.")
    banbury = next(e for e in core.extract_text(text, published=PUBLISHED).entities if e.name == "Banbury")
    assert banbury.country == "USA"
    # a story that names Britain keeps the English town's country
    text = "Police in Banbury arrested two men on Wednesday, Britain's Home Office said."
    banbury = next(e for e in core.extract_text(text, published=PUBLISHED).entities if e.name == "Banbury")
    assert banbury.country == "GBR"


NIGERIA_STORY = ("Nigeria's government raised fuel prices on Monday. Nigeria's unions called a strike. Lagos and "
                 "Abuja were quiet, Nigeria's police said. ")


@pytest.mark.parametrize("told, expected", [
    ("Gunmen kidnapped 20 farmers in Niger on Tuesday.", "NGA"),  # the Nigerian state of that name
    ("Benin, Mali and Niger condemned the price rise.", "NER"),  # listed with countries: the country
    ("Niger's president condemned the price rise.", "NER"),  # what only a state has
])
def test_places_a_country_named_as_a_country_is_not_its_namesake_region(core, told, expected):
    niger = next(e for e in core.extract_text(NIGERIA_STORY + told, published=PUBLISHED).entities
                 if e.name == "Niger")
    assert niger.country == expected


def test_places_explicit_country_after_a_comma_wins(core):
    rec = core.extract_text("Floods hit Solo, Indonesia, on Monday. Rescuers reached Solo on Tuesday.",
                            published=PUBLISHED)
    solo = next(e for e in rec.entities if e.name == "Solo")
    assert solo.country == "IDN"


def test_places_event_location_is_the_most_specific_place_of_its_phrase(core):
    rec = core.extract_text("Militants attacked a passenger train Tuesday in Pakistan's restive southwest province "
                            "of Balochistan.", published=PUBLISHED)
    attacks = [e for e in rec.events if e.type == "ASSAULT"]
    assert attacks and attacks[0].location == "Balochistan", [(e.type, e.location) for e in rec.events]
    assert attacks[0].date == "2025-03-11"


def test_places_a_visit_happens_at_its_destination(core):
    rec = core.extract_text("Chinese Commerce Minister Wang Wentao visited Brussels last week and met officials.",
                            published=PUBLISHED)
    visits = [e for e in rec.events if e.type == "CONSULT"]
    assert visits and visits[0].location == "Brussels", [(e.type, e.location) for e in rec.events]


def test_places_index_kept_between_runs_reads_back_the_same(tmp_path, monkeypatch):
    """The gazetteer index is built once and kept in the user's cache folder; what is
    read back names the same places for every form."""
    from newstrace.extract import gazetteer

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = gazetteer._build_index()
    assert gazetteer._stored_index() is None  # nothing kept yet
    gazetteer._store_index(built)
    assert gazetteer._index_file().parent == tmp_path / "newstrace"
    stored = gazetteer._stored_index()
    assert stored is not None and len(stored.keys) == len(built)
    assert all(stored.get(form) == places for form, places in built.items())
    assert stored.get("no such place anywhere") is None


def test_places_index_built_anew_removes_the_stale_ones_but_the_latest_few(tmp_path, monkeypatch):
    """Indexes kept for other package versions or settings are deleted when the current
    one is stored, all but the most recently written two (another install on the same
    machine still reads its own), so the cache folder does not grow with every upgrade."""
    import os

    from newstrace.extract import gazetteer

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = tmp_path / "newstrace"
    folder.mkdir(parents=True)
    others = [folder / f"gazetteer-{n:016x}.marshal" for n in range(4)]
    for age, other in enumerate(others):  # others[0] written last
        other.write_bytes(b"old")
        os.utime(other, (1_000_000 - age, 1_000_000 - age))
    unrelated = folder / "notes.txt"
    unrelated.write_text("kept")
    gazetteer._store_index({})
    assert [o.exists() for o in others] == [True, True, False, False]
    assert unrelated.exists() and gazetteer._index_file().exists()


def test_places_regions_of_one_name_go_to_the_larger_country():
    # a US state and a Bulgarian or Uruguayan province of the same name
    assert country_of_place("Montana").alpha3 == "USA"
    assert country_of_place("Florida").alpha3 == "USA"


def test_places_regions_and_districts_by_their_english_names():
    # GeoNames' English names of divisions: a region outranks a small town abroad
    assert places_named("Tuscany")[0].kind == "region" and country_of_place("Tuscany").alpha3 == "ITA"
    assert country_of_place("Bavaria").alpha3 == "DEU"
    # a second-level division, also without its compass word ("North Northamptonshire")
    assert places_named("Northamptonshire")[0].kind == "district"
    assert country_of_place("Northamptonshire").alpha3 == "GBR"
    # names made of words for a part of a country only are left out of the new names
    assert not any(p.kind == "district" for p in places_named("Western Area"))


def test_places_within_a_region_a_district_or_a_country():
    assert within("Florence", "Tuscany") and within("Florence", "Italy") and within("Tuscany", "Italy")
    assert within("Kettering", "Northamptonshire")   # a town in its district
    assert within("Brownsville", "New York") and within("Brownsville", "Texas")  # either namesake
    assert not within("Florence", "Bavaria") and not within("Paris", "Germany")
    assert not within("Italy", "Tuscany") and not within("Tuscany", "Tuscany")
    assert not within("Qqzzxv", "Italy")


def test_places_likely_within_reads_a_name_as_its_largest_place():
    assert within("Manhattan", "California")  # a namesake there
    assert not likely_within("Manhattan", "California") and likely_within("Manhattan", "New York")
    assert likely_within("Kelowna", "British Columbia") and likely_within("Kisumu", "Kenya")
    assert not likely_within("Lyon", "Germany")


def test_places_two_names_of_one_area_do_not_contradict():
    assert share_area("Brownsville", "Brooklyn")     # both in Kings County, New York
    assert share_area("Florence", "Tuscany") and share_area("Tuscany", "Florence")
    assert not share_area("Florence", "Bavaria")


def test_places_well_known_actors_and_organisations_named_for_people(core):
    rec = core.extract_text("President Donald Trump met Ukrainian officials in Kyiv. The Trump administration said "
                            "Ukraine would get more aid. The Pentagon declined to comment. Ukraine welcomed it.",
                            published=PUBLISHED)
    by_name = {e.name: e for e in rec.entities}
    assert by_name["Pentagon"].country == "USA"  # data/actor_countries.tsv, not the article's Ukraine
    assert by_name["Trump administration"].country == "USA"  # its person's country


def test_places_an_organisation_named_for_a_well_known_person_the_article_does_not_name(core):
    rec = core.extract_text("Bosnian Serb leaders met in Banja Luka on Monday. Bosnia's prosecutors charged the "
                            "Serb leader. Bosnian officials said the Trump administration had been told of the "
                            "charges.",
                            published=PUBLISHED)
    by_name = {e.name: e for e in rec.entities}
    assert by_name["Trump administration"].country == "USA"  # the table's Donald Trump, not the article's Bosnia
    from newstrace.extract.countries import known_surname_country
    assert known_surname_country("Department") is None  # the table's people only ("State Department": no one)


def test_places_place_in_an_organisation_name_and_demonyms(core):
    rec = core.extract_text("A Kenyan court blocked the plan on Friday. Kenyan lawmakers said Eric Ogola would "
                            "appeal. Researchers at the University of Nairobi disagreed.", published=PUBLISHED)
    by_name = {e.name: e for e in rec.entities}
    assert by_name["University of Nairobi"].country == "KEN"
    assert by_name["Eric Ogola"].country == "KEN"  # the article's country, said by its demonyms only


def test_places_names_in_a_list_take_the_country_of_the_group(core):
    rec = core.extract_text("Bosnia's parliament met in Sarajevo. Bosnia and Herzegovina faces a crisis, Bosnian "
                            "officials said. Three members of the U.S. Senate — Chuck Grassley, Jeanne Shaheen and "
                            "Jim Risch — urged sanctions against Bosnia's Serb leaders.", published=PUBLISHED)
    by_name = {e.name: e for e in rec.entities}
    assert by_name["Jeanne Shaheen"].country == "USA"  # the group's, not the article's Bosnia
    assert by_name["Jim Risch"].country == "USA"


def test_places_bare_names_several_countries_share(core):
    rec = core.extract_text("Turkey bought Russian missiles. Ankara defended the deal, and Turkish officials said "
                            "Turkey would not back down. The United States objected, and Congress passed sanctions "
                            "on Turkey.", published=PUBLISHED)
    by_name = {e.name: e for e in rec.entities}
    assert by_name["Congress"].country == "USA"  # the one of the countries with a Congress the article names


def test_places_event_location_is_the_innermost_place_of_its_phrase(core):
    rec = core.extract_text("On Wednesday, nine men were jailed for the abuse of two girls at a children's home in "
                            "Bradford, England.", published=PUBLISHED)
    jailed = [e for e in rec.events if e.type == "COERCE"]
    assert jailed and jailed[0].location == "Bradford", [(e.type, e.location) for e in rec.events]


def test_places_a_deportation_happens_where_it_sends_people(core):
    rec = core.extract_text("Last month, the agency deported 177 detainees from Guantanamo Bay to Honduras.",
                            published=PUBLISHED)
    deported = [e for e in rec.events if e.type == "COERCE"]
    assert deported and deported[0].location == "Honduras", [(e.type, e.location) for e in rec.events]


def test_places_a_country_fallback_takes_the_town_the_title_names(core):
    # no place in the arrest's sentence: the article's country, or the town of it the title names
    text = ("Bruce McArthur, a landscaper from Toronto, pleaded guilty on Tuesday. "
            "Canada's police arrested McArthur in 2018 after a long search.")
    titled = core.extract_text(text, published=PUBLISHED, title="Toronto killer pleads guilty")
    untitled = core.extract_text(text, published=PUBLISHED)
    assert {e.location for e in untitled.events if e.type == "COERCE"} == {"Canada"}, untitled.events
    assert {e.location for e in titled.events if e.type == "COERCE"} == {"Toronto"}, titled.events


def test_places_an_organisation_opening_with_a_well_known_actors_name_is_that_actors(core):
    rec = core.extract_text("Albania's parliament met in Tirana on Monday. Albanian officials told VOA Albanian the "
                            "vote would be held. Albania's president signed the law.", published=PUBLISHED)
    by_name = {e.name: e for e in rec.entities}
    assert by_name["VOA Albanian"].country == "USA"  # VOA's service, not Albania's
    from newstrace.extract.places import _known_actor_in_front
    assert _known_actor_in_front("CIA World Factbook") == "USA"
    assert _known_actor_in_front("Facebook Ireland Limited") is None  # a body of the country it names
    assert _known_actor_in_front("National Security Council of Ukraine") is None


HONG_KONG_STORY = ("Hong Kong police arrested 20 protesters in Hong Kong on Monday. Hong Kong's leader said the "
                   "protests in Hong Kong must end. ")


@pytest.mark.parametrize("text, expected", [
    (HONG_KONG_STORY, "HKG"),  # a story about the region itself: its own code
    ("Japan's foreign minister met Chinese officials in Tokyo on Monday. Japan and China discussed trade, Japan's "
     "government said. Japan also criticised the arrests in Hong Kong.", "CHN"),  # in passing: the sovereign's
])
def test_places_a_special_region_in_passing_is_its_sovereigns(core, text, expected):
    hong_kong = next(e for e in core.extract_text(text, published=PUBLISHED).entities if e.name == "Hong Kong")
    assert hong_kong.country == expected


def test_places_continents_and_world_regions_are_no_towns(core):
    rec = core.extract_text("Kenya's president said on Monday that Africa and Asia must trade more. Kenya's "
                            "exports to Europe fell, Kenyan officials said.", published=PUBLISHED)
    by_name = {e.name: e for e in rec.entities}
    assert by_name["Africa"].country is None  # not Mahdia, Tunisia
    assert by_name["Asia"].country is None  # not the Philippine town
    assert by_name["Europe"].country is None  # nor the article's Kenya


def test_places_a_titles_own_nationality_word_says_whose_office_it_is(core):
    rec = core.extract_text("A trial opened in Paris over the bombing in Ivory Coast. France said it would cooperate, "
                            "French officials said. Former French ambassador to Ivory Coast, Jean-Marc Simon, told "
                            "reporters he was not informed.", published=PUBLISHED)
    simon = next(e for e in rec.entities if e.name == "Jean-Marc Simon")
    assert simon.country == "FRA"  # France's envoy, not the Ivory Coast he served in


def test_places_a_name_in_apposition_to_a_demonym_takes_its_country(core):
    rec = core.extract_text("New Zealand police said on Monday that an Australian, Brenton Tarrant, appeared in court "
                            "in Christchurch. New Zealand's prime minister said New Zealand would change its laws.",
                            published=PUBLISHED)
    tarrant = next(e for e in rec.entities if e.name == "Brenton Tarrant")
    assert tarrant.country == "AUS"  # "an Australian", not the article's New Zealand


def test_places_a_word_of_a_facilitys_name_that_is_a_town_abroad_is_no_evidence(core):
    rec = core.extract_text("West Virginia officials said on Monday that the United States would reopen the Upper Big "
                            "Branch Mine. The United States Labor Department agreed.", published=PUBLISHED)
    mine = next(e for e in rec.entities if e.type == "FAC" and "Mine" in e.name)
    assert mine.country == "USA"  # not Mine, a Japanese town


def test_places_a_list_of_states_is_no_place_country_pair(core):
    # "Florida, Georgia": the next item of a list, not the country Florida lies in
    rec = core.extract_text("United States prosecutors charged 20 men on Monday. The men lived in Alabama, Arkansas, "
                            "Florida, Georgia, Kansas and Texas, the Justice Department said.", published=PUBLISHED)
    by_name = {e.name: e for e in rec.entities}
    assert by_name["Florida"].country == "USA"
    assert by_name["Georgia"].country == "USA"


def test_places_an_event_noun_retold_later_takes_the_place_the_retelling_gives(core):
    text = ("A bomb explosion at a bank killed a police officer and a bomb technician, officials said Saturday. "
            "\"That person is dangerous and needs to be found,\" a police lieutenant said. "
            "The explosion occurred Friday afternoon at a bank branch in Woodburn.")
    rec = core.extract_text(text, published="2008-12-13")
    blast = [e for e in rec.events if e.trigger.lower().endswith("explosion")]
    assert blast and blast[0].location == "Woodburn", [(e.type, e.trigger, e.location) for e in rec.events]



def test_places_a_neighbourhood_in_a_town_is_the_place_the_gazetteer_does_not_know(core):
    text = ("Police clashed with protesters during a candlelit vigil in the East Flatbush neighborhood in "
            "Brooklyn, New York, on Monday.")
    rec = core.extract_text(text, published="2013-03-12")
    placed = [e.location for e in rec.events if e.location]
    assert placed and all(p == "East Flatbush" for p in placed), [(e.type, e.trigger, e.location) for e in rec.events]


def test_places_a_paper_named_for_a_small_town_is_of_that_towns_country(core):
    # Timaru (about 28,000 people) is under the size a place inside another name needs;
    # a paper's name ("Herald") says the words before it are its town
    rec = core.extract_text("Two British climbers died in New Zealand on Monday, the British Foreign Office in London "
                            "said. British officials in London and Manchester said a British team would fly out. "
                            "\"It was a lack of experience,\" a guide told the Timaru Herald.", published=PUBLISHED)
    paper = next(e for e in rec.entities if e.name == "Timaru Herald")
    assert paper.country == "NZL"


@pytest.mark.parametrize("second", [
    "A resident of Antioch, Illinois, the suspect is accused of shooting and killing two people.",
    "A federal judge sentenced a doctor based in Martinsville, Virginia to prison for 40 years.",
])
def test_places_a_place_that_says_where_a_person_is_from_is_not_the_events(core, second):
    # where one person lives or works says nothing of where the act took place: the lead's place does
    text = "Thousands of protesters marched in Kenosha, Wisconsin on Tuesday. " + second
    rec = core.extract_text(text, published="2020-08-28")
    later = [e for e in rec.events if e.sentence.startswith(second[:12])]
    assert later and all(e.location not in ("Antioch", "Illinois", "Martinsville", "Virginia") for e in later), \
        [(e.type, e.trigger, e.location) for e in rec.events]


def test_places_a_diplomatic_acts_target_is_not_where_it_took_place(core):
    # "cooperation with Mauritius" is about Mauritius, not where it is done: the lead's place is
    text = ("Indian Prime Minister Narendra Modi arrived in Port Louis on Tuesday. "
            "Officials said India's naval cooperation with Mauritius had grown since 2015.")
    rec = core.extract_text(text, published="2025-03-12")
    coop = [e for e in rec.events if e.trigger == "cooperation"]
    assert coop and coop[0].location != "Mauritius", [(e.type, e.trigger, e.target, e.location) for e in rec.events]


def test_places_a_country_named_in_passing_gives_way_to_the_leads_town(core):
    # the sentence names only the country ("Greece's second city"); the lead's town lies in it
    text = ("A fire-bomb attack on a bank in Athens killed three people on Wednesday. "
            "Protesters also tried to storm the parliament and the rioting spread to Greece's second city.")
    rec = core.extract_text(text, published="2010-05-06")
    later = [e for e in rec.events if e.sentence.startswith("Protesters")]
    assert later and all(e.location == "Athens" for e in later), [(e.type, e.trigger, e.location) for e in rec.events]


def test_places_a_country_that_acts_keeps_its_place(core):
    # a country that is the subject acts where it is: not the lead's town
    text = ("A bomb attack on a market in Quetta killed three people on Wednesday. "
            "Both Pakistan and China reject the claims of the separatists.")
    rec = core.extract_text(text, published="2023-05-06")
    later = [e for e in rec.events if e.sentence.startswith("Both")]
    assert all(e.location != "Quetta" for e in later), [(e.type, e.trigger, e.location) for e in rec.events]


def test_places_an_event_in_a_where_clause_takes_its_antecedents_place(core):
    text = ("Police intervened when hundreds of people joined a protest in the Harlem neighborhood in Manhattan, "
            "New York, where a teenager was shot by police on Saturday.")
    rec = core.extract_text(text, published="2013-03-11")
    shot = [e for e in rec.events if e.trigger.startswith("shot")]
    assert shot and shot[0].location == "Harlem", [(e.type, e.trigger, e.location) for e in rec.events]


def test_places_the_neighborhood_is_the_place_last_named_with_that_noun(core):
    text = ("Police shot a teenager in Manhattan, New York, on Saturday. On Monday, hundreds of people marched in "
            "the East Flatbush neighborhood in Brooklyn. "
            "Witnesses said police searched apartment buildings in the neighborhood without warrants.")
    rec = core.extract_text(text, published="2013-03-11")
    later = [e for e in rec.events if e.sentence.startswith("Witnesses") and e.location]
    assert later and all(e.location == "East Flatbush" for e in later), \
        [(e.type, e.trigger, e.location) for e in rec.events]


def test_places_a_venue_named_for_a_town_in_the_triggers_phrase_is_in_that_town(core):
    text = ("A drunk driver hit and killed a 66-year-old woman in the parking lot of the Bloomington Walmart "
            "on Wednesday night. Shoppers in Bloomington said the driver fled.")
    rec = core.extract_text(text, published="2008-12-12")
    killed = [e for e in rec.events if e.trigger.startswith(("hit", "killed"))]
    assert killed and all(e.location == "Bloomington" for e in killed), \
        [(e.type, e.trigger, e.location) for e in rec.events]


def test_places_a_place_after_a_countrys_possessive_is_in_that_country(core):
    rec = core.extract_text("A British climber died in New Zealand's Aoraki Mount Cook National Park on Saturday, "
                            "British officials in London said. Britain's Foreign Office in London sent help.",
                            published="2013-09-16")
    park = next(e for e in rec.entities if "Aoraki" in e.name)
    assert park.country == "NZL", [(e.name, e.type, e.country) for e in rec.entities]


def test_places_an_article_naming_no_country_takes_its_courts_town(core):
    rec = core.extract_text("A preliminary hearing for John Jenkin, 23, took place at Preston Crown Court this "
                            "morning. Jenkin was due to appear via videolink, said prosecutor Susan Carter.",
                            published="2013-06-12")
    people = [e for e in rec.entities if e.type == "PERSON"]
    assert people and all(e.country == "GBR" for e in people), [(e.name, e.type, e.country) for e in rec.entities]


@pytest.mark.parametrize("text, trigger, expected", [
    # a court named for a town the article names, in the trigger's own phrase: the court itself
    ("Police arrested Gary Gomes in New Bedford on Tuesday. Gomes is expected to be arraigned today in "
     "New Bedford District Court on two counts of murder.", "arraigned", "New Bedford District Court"),
    # a court named for its rank only: the story's town
    ("Police arrested Bruce McArthur in Toronto on Friday. McArthur pleaded guilty to each crime at the "
     "Superior Court.", "pleaded", "Toronto"),
    # a court named for a town of the gazetteer the article names nowhere else: the court itself
    ("Police found the bodies of two women in an apartment on Philip Street on Tuesday. Gomes is expected to be "
     "arraigned today in New Bedford District Court on two counts of murder.", "arraigned",
     "New Bedford District Court"),
])
def test_places_a_court_named_for_its_town_is_the_place_of_the_hearing(core, text, trigger, expected):
    rec = core.extract_text(text, published="2013-06-12")
    event = next(e for e in rec.events if e.trigger.startswith(trigger))
    assert event.location == expected, [(e.type, e.trigger, e.location) for e in rec.events]


def test_places_a_court_named_for_its_rank_is_no_town_of_the_gazetteer():
    from newstrace.extract.events.context import _gazetteer_town

    assert _gazetteer_town(["New", "Bedford", "District", "Court"]) == "New Bedford"
    assert _gazetteer_town(["Preston", "Crown", "Court"]) == "Preston"
    assert _gazetteer_town(["Manhattan", "Federal", "Court"]) == "Manhattan"
    assert _gazetteer_town(["Salt", "Lake", "City", "Justice", "Court"]) == "Salt Lake City"  # "City" is the town's
    # "Superior" (Wisconsin), "Federal" (Argentina) are towns, too small and words of a court's rank
    assert _gazetteer_town(["Superior", "Court"]) is None
    assert _gazetteer_town(["Federal", "District", "Court"]) is None
    assert _gazetteer_town(["U.S.", "District", "Court"]) is None
    assert _gazetteer_town(["Central", "Criminal", "Court"]) is None


def test_places_a_participle_clause_takes_its_verbs_phrase_and_the_court_gives_later_acts_its_town(core):
    text = ("A gunman killed 50 people in Christchurch on Friday. An Australian man, aged 28, appeared in "
            "Christchurch District Court, New Zealand yesterday, charged with one count of murder. "
            "The authorities seized his firearms.")
    rec = core.extract_text(text, published="2019-03-16")
    charged = next(e for e in rec.events if e.trigger.startswith("charged"))
    assert charged.location == "Christchurch District Court", [(e.type, e.trigger, e.location) for e in rec.events]
    seized = [e for e in rec.events if e.trigger.startswith("seized")]
    assert all(e.location != "Christchurch District Court" for e in seized), \
        [(e.type, e.trigger, e.location) for e in rec.events]


def test_places_nationwide_is_the_country_of_the_places_named(core):
    # the article names no country: the country its town lies in
    text = ("The mayor of Gdańsk was stabbed on stage on Sunday. Gdańsk residents donated blood today. "
            "Vigils nationwide this evening were attended by thousands.")
    rec = core.extract_text(text, published="2019-01-14")
    vigils = next(e for e in rec.events if e.trigger.lower().startswith("vigil"))
    assert vigils.location == "Poland", [(e.type, e.trigger, e.location) for e in rec.events]


def test_places_the_continent_is_the_world_region_last_named(core):
    text = ("In Africa, opposition means intimidation and arrest. Ruling parties won again in Botswana and "
            "Namibia. Across the continent, opposition parties have complained of an uneven playing field.")
    rec = core.extract_text(text, published="2019-12-01")
    complained = next(e for e in rec.events if e.trigger.startswith("complained"))
    assert complained.location == "Africa", [(e.type, e.trigger, e.location) for e in rec.events]


def test_places_the_other_side_of_a_border_is_not_the_place(core):
    text = ("Mexico and Canada said they have curbed the flow of fentanyl into the U.S. Sheinbaum sent "
            "10,000 troops to Mexico’s northern border with the U.S. to try to curb the flow of drugs.")
    rec = core.extract_text(text, published="2025-03-10")
    sent = next(e for e in rec.events if e.trigger.startswith("sent"))
    assert sent.location == "Mexico", [(e.type, e.trigger, e.location) for e in rec.events]


def test_places_a_visit_to_an_organisation_is_at_its_premises(core):
    text = ("President Barack Obama signed a memorandum on Tuesday. During a visit to the Interior Department, "
            "Obama said the review process had been undermined by past administrations.")
    rec = core.extract_text(text, published="2009-03-03")
    visit = next(e for e in rec.events if e.trigger.startswith("visit"))
    assert visit.location == "Interior Department", [(e.type, e.trigger, e.location) for e in rec.events]


def test_places_a_blank_line_after_a_title_is_no_sentence_of_the_lead(core):
    # the splitter leaves the line break between a page's title and its lead as a sentence of its
    # own: the lead is still the first sentence a reader reads, and its place the story's
    text = ("Police Release Name Of Woman Killed In Parking Lot\n"
            "According to police, a man hit and killed a woman in the parking lot of a store in Bloomington "
            "on Wednesday night. Holiday shopping turned traumatic for dozens of people. "
            "Witnesses said the driver then took off. Police arrested the driver for drunk driving.")
    rec = core.extract_text(text, title="Police Release Name Of Woman Killed In Parking Lot")
    arrested = [e for e in rec.events if e.trigger == "arrested"]
    assert arrested and arrested[0].location == "Bloomington", \
        [(e.type, e.trigger, e.location) for e in rec.events]


@pytest.mark.parametrize("text,trigger,wrong", [
    # a place named as the modifier of a common noun says what kind of thing the noun is, not
    # where the act took place
    ("The senator criticized a Bush administration regulation on Tuesday.", "criticized", "Bush"),
    ("The man wearing a Santa hat attacked two shoppers, police said.", "attacked", "Santa"),
])
def test_places_a_place_modifying_a_noun_is_not_where_the_act_was(core, text, trigger, wrong):
    rec = core.extract_text(text, published="2025-03-13")
    event = next(e for e in rec.events if e.trigger == trigger)
    assert event.location != wrong, [(e.type, e.trigger, e.location) for e in rec.events]


def test_places_a_place_modifying_an_event_noun_is_its_place(core):
    # guard: "the Jeddah talks" are held in Jeddah
    rec = core.extract_text("Officials met Tuesday for the Jeddah talks.", published="2025-03-13")
    met = next(e for e in rec.events if e.trigger == "met")
    assert met.location == "Jeddah", [(e.type, e.trigger, e.location) for e in rec.events]


def test_places_a_world_region_modifying_a_noun_leaves_the_story_its_place(core):
    # guard (it passes without the rule too: the sentence fallback already gave Charlevoix)
    text = ("Top diplomats from the Group of Seven gathered Thursday in Charlevoix, Quebec. "
            "The ministers also discussed Indo-Pacific stability and maritime security behind closed doors.")
    rec = core.extract_text(text, published="2025-03-14")
    discussed = next(e for e in rec.events if e.trigger == "discussed")
    assert discussed.location != "Indo-Pacific", [(e.type, e.trigger, e.location) for e in rec.events]


@pytest.mark.parametrize("name,expected", [
    ("Portland", "USA"),      # a Jamaican parish of some 80,000 people: not before the city in Oregon
    ("Santa Rosa", "PHL"),    # a Guatemalan department ranked by its own people, not the stand-in size
    ("Birmingham", "GBR"),    # region and town of one country: the stand-in size kept
    ("Ontario", "CAN"),       # a region larger than its namesake town abroad
    ("Bali", "IDN"),
])
def test_places_a_region_below_a_larger_town_abroad_of_its_name_counts_its_own_people(name, expected):
    country = country_of_place(name)
    assert country is not None and country.alpha3 == expected, (name, places_named(name)[:3])


def test_places_a_region_counted_by_its_own_people_lets_the_articles_town_in():
    # the namesake floor is a share of the largest place: no longer the stand-in size
    assert country_of_place("Santa Rosa", {"USA": 1.0}).alpha3 == "USA"


def test_places_a_subdivision_named_only_by_words_for_a_part_is_no_place():
    # "West Coast" (a New Zealand region), "Central" (Uganda, Ghana, ...): the article's country places them
    assert not any(p.kind == "region" for p in places_named("West Coast"))
    assert not any(p.kind == "region" for p in places_named("Central"))
    assert not places_named("Far North")
    # a word for a kind of division keeps a name
    assert country_of_place("Northern Territory").alpha3 == "AUS"


def test_places_a_region_with_its_kind_written_another_way():
    # GeoNames knows "Amur Oblast"; "Amur" alone is a town of India
    assert country_of_place("Amur Region").alpha3 == "RUS"
    assert country_of_place("Kursk region").alpha3 == "RUS"


def test_places_a_region_after_a_comma_before_its_first_word(core):
    # "British" alone is a demonym (GBR): the town lies in British Columbia
    rec = core.extract_text("Police in Kamloops, British Columbia, arrested two men on Sunday, officials said.",
                            published=PUBLISHED)
    kamloops = next(e for e in rec.entities if e.name == "Kamloops")
    assert kamloops.country == "CAN"


def test_places_a_lead_with_no_placed_event_sets_the_scene_by_its_place(core):
    # the lead tells no event, but names where it happened ("at Lake Tarn"): what follows took place there
    text = ("Two hikers were hurt in a rockfall at Lake Tarn on Saturday. "
            "Their guide stayed with them overnight. "
            "The next morning rangers rescued the hikers.")
    rec = core.extract_text(text, published="2021-06-07")
    later = [e for e in rec.events if e.sentence.startswith("The next")]
    assert later and all(e.location == "Lake Tarn" for e in later), [(e.type, e.trigger, e.location) for e in rec.events]


def test_places_a_things_origin_is_not_where_the_event_took_place(core):
    # "a helicopter from Dunedin" came from Dunedin; the rescue took place at the lead's scene
    text = ("Two hikers were hurt in a rockfall at Lake Tarn on Saturday. "
            "Their guide stayed with them overnight. "
            "A rescue helicopter from Dunedin rescued the hikers.")
    rec = core.extract_text(text, published="2021-06-07")
    later = [e for e in rec.events if e.sentence.startswith("A rescue")]
    assert later and all(e.location != "Dunedin" for e in later), [(e.type, e.trigger, e.location) for e in rec.events]


def test_places_a_leads_country_gives_way_to_the_town_its_next_act_took_place_in(core):
    # the lead names the country, its next sentence the town the story happened in: the lead's
    # own acts and the later ones the story places nowhere else took place in that town
    text = ("Car bombs hit in Portugal\n"
            "A car bomb attack on a hotel in Portugal killed four people today. "
            "Masked youths threw stones at police in the centre of the capital, Lisbon. "
            "Firefighters worked through the night. "
            "Later the protesters attacked several shops.")
    rec = core.extract_text(text, published="2011-04-06", title="Car bombs hit in Portugal")
    lead = [e for e in rec.events if e.sentence.startswith("A car bomb")]
    later = [e for e in rec.events if e.sentence.startswith("Later")]
    assert lead and later and all(e.location == "Lisbon" for e in lead + later), \
        [(e.type, e.trigger, e.location) for e in rec.events]


def test_places_a_streets_name_after_on_places_the_act(core):
    # "on Maple Avenue" says where the attack was, as "in" and "at" do: not the rally's town
    text = "After a rally in Leeds, rioters attacked two police officers on Maple Avenue on Tuesday night."
    rec = core.extract_text(text, published="2019-11-13")
    attacked = [e for e in rec.events if e.trigger == "attacked"]
    assert attacked and attacked[0].location == "Maple Avenue", [(e.type, e.trigger, e.location) for e in rec.events]


def test_places_a_street_gone_down_or_along_places_the_act(core):
    # a march "down Euclid Ave." is on that street, as one "on" it is, though the recogniser took
    # the street's name for an organisation and the gazetteer knows no local street
    text = "Crowds marched down Euclid Ave. chanting slogans on Saturday."
    rec = core.extract_text(text, published="2019-11-13")
    marched = [e for e in rec.events if e.trigger.startswith("marched")]
    assert marched and marched[0].location == "Euclid Ave", [(e.type, e.trigger, e.location) for e in rec.events]


def test_places_a_building_singled_out_by_its_name_places_the_act(core):
    # "at the Ekoudou-Nlongkak fish market": a market its own name singles out is the scene, though
    # the recogniser took the name for an organisation and the gazetteer knows no such place
    text = "Dozens of traders held a sit-in on Tuesday at the Ekoudou-Nlongkak fish market to protest the new fees."
    rec = core.extract_text(text, published="2019-11-13")
    sit_in = [e for e in rec.events if e.type == "PROTEST"]
    assert sit_in and sit_in[0].location == "Ekoudou-Nlongkak fish market", \
        [(e.type, e.trigger, e.location) for e in rec.events]


def test_places_a_lead_on_a_street_sets_its_towns_scene(core):
    # the lead names a street and its town ("on Harbour Street, downtown Dublin"): what follows
    # took place in that town, not all of it on the street
    text = ("Two people have died in a fire that broke out at a bakery, on Harbour Street, downtown Dublin. "
            "Firefighters worked for hours. "
            "Later rioters attacked the firefighters with stones.")
    rec = core.extract_text(text, published="2012-02-03")
    later = [e for e in rec.events if e.sentence.startswith("Later")]
    assert later and all(e.location == "Dublin" for e in later), [(e.type, e.trigger, e.location) for e in rec.events]


@pytest.mark.parametrize("lead", [
    "Protesters clashed with police across Portugal on Tuesday.",
    "Protesters clashed with police nationwide in Portugal on Tuesday.",
])
def test_places_a_lead_spread_over_its_country_keeps_the_country(core, lead):
    # the lead's acts spread over the country: the town its next sentence names is one place of many
    text = lead + " In Lisbon, police arrested forty protesters. Later protesters attacked several banks."
    rec = core.extract_text(text, published="2023-05-06")
    first = [e for e in rec.events if e.sentence.startswith("Protesters")]
    later = [e for e in rec.events if e.sentence.startswith("Later")]
    assert first and later and all(e.location == "Portugal" for e in first + later), \
        [(e.type, e.trigger, e.location) for e in rec.events]


@pytest.mark.parametrize("text, place", [
    ("BERLIN -- Police arrested two men on Monday.", "BERLIN"),
    ("WILKES-BARRE -- Police arrested two men on Monday.", "WILKES-BARRE"),
    ("BERLIN - Police arrested two men on Monday.", "BERLIN"),
    ("NAIROBI, Kenya — Police arrested two men on Monday.", "NAIROBI"),
])
def test_a_dateline_place_ends_before_its_dash(text, place):
    # revfix24: the capitals' pattern reads hyphens inside a place; the "--" dash is none of it
    from newstrace.extract.datelines import dateline
    line = dateline(text)
    assert line is not None and text[line[0]:line[1]] == place


@pytest.mark.parametrize("text, first_after", [
    ("HARARE (Reuters) - Police arrested two men on Monday.", "Police"),
    ("Tartu, Estonia — Police arrested two men on Monday.", "Police"),
    ("Tartu (AP) — Police arrested two men on Monday.", "Police"),
    ("Rebels — armed with rifles — seized the town on Monday.", None),
    ("Senator Anna Berg — who has served since 2010 — resigned on Monday.", None),
])
def test_only_a_dateline_set_off_as_one_ends_a_sentence_at_its_dash(text, first_after):
    # revfix27: capitalised words before a dash open many a sentence ("Rebels — armed with
    # rifles — seized"); only a place in capitals, or one with a country or a credit, is a dateline
    import spacy

    from newstrace.nlp import _end_dateline
    doc = spacy.blank("en").make_doc(text)
    _end_dateline(doc, text)
    starts = [t.text for t in doc[1:] if t.is_sent_start]
    assert starts == ([first_after] if first_after else []), starts


def test_capitalised_words_before_a_dash_are_no_datelines_place(core):
    # revfix27: "Witnesses say —" opens a sentence, no dateline: no event falls back on "Witnesses Say"
    rec = core.extract_text("Witnesses say — though police deny it — that soldiers beat two students on Friday.")
    assert rec.events and all(e.location is None for e in rec.events), \
        [(e.type, e.trigger, e.location) for e in rec.events]
