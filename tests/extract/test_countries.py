from newstrace.extract.countries import country_named, country_of, country_of_demonym


def test_countries_abbreviations_are_case_sensitive():
    assert country_named("US").alpha3 == "USA"
    assert country_named("U.S.").name == "United States"
    assert country_named("us") is None


def test_countries_leading_the_and_possessive_are_ignored():
    assert country_named("the United States").alpha3 == "USA"
    assert country_named("Ukraine’s").alpha3 == "UKR"


def test_countries_pycountry_names_map_to_common_short_names():
    assert country_named("Korea, Democratic People's Republic of").name == "North Korea"
    assert country_named("Iran, Islamic Republic of").name == "Iran"
    assert country_named("Bolivia").alpha3 == "BOL"


def test_countries_demonyms():
    assert country_of_demonym("North Korean").name == "North Korea"
    assert country_of_demonym("Filipinos").alpha3 == "PHL"
    assert country_of_demonym("Korea") is None
    assert country_of("Iraqi").alpha3 == "IRQ"


def test_countries_direction_words_name_a_country_only_with_the_article():
    assert country_named("the North").alpha3 == "PRK"
    assert country_named("North") is None
    assert country_named("the mainland").alpha3 == "CHN"
