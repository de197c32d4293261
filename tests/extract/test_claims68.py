"""Claims round 68 (written on the 37 ECB+ articles of session 31): quote tags of temper, a
team as a short form, "the N-year-old" as the subject just before, a medium's report, an
unnamed description, one of a group speaking inside another's claim, "discount", a speech
participle hung off a thing's clause, and spaced contraction apostrophes in single-quoted text."""
from __future__ import annotations

from newstrace.extract.quotes import find_quotes


def _claims(core, text):
    return [(c.speaker, c.content) for c in core.extract_text(text).claims]


def _speakers_of(claims, words):
    return {s for s, c in claims if c and words in c}


def test_a_quote_tag_of_temper_names_its_speaker(core):
    claims = _claims(core, "“It never seems to end,” said Frank Moreno, the boy’s father. “Please stay out of "
                           "our neighbourhood,” Councilman Dale Hastings fumed on Twitter.")
    assert _speakers_of(claims, "Please stay out of our neighbourhood") == {"Dale Hastings"}


def test_the_team_is_the_club_named_in_its_sentence(core):
    claims = _claims(core, "New Orleans Saints running back Reggie Bush has been placed on injured reserve and "
                           "will miss the final two games of the season, the team said Wednesday.")
    assert _speakers_of(claims, "placed on injured reserve") == {"New Orleans Saints"}


def test_the_n_year_old_is_the_person_the_sentence_before_made_its_subject(core):
    claims = _claims(core, "U.S. Open champion Martin Kessler has become the fifth player to win the title three times. "
                           "\"I actually have goosebumps just thinking about this,\" said the 31-year-old after "
                           "the final round.")
    assert _speakers_of(claims, "goosebumps") == {"Martin Kessler"}


def test_a_report_in_a_newspaper_is_the_newspaper_s(core):
    claims = _claims(core, "According to a report in the Los Angeles Times, the club has made an offer to the "
                           "free agent pitcher.")
    assert _speakers_of(claims, "made an offer") == {"Los Angeles Times"}


def test_an_unnamed_officer_is_no_person_named_before(core):
    claims = _claims(core, "Dana Roberts, 19, was arrested on Tuesday after the march. The unnamed officer told "
                           "the Daily News that they saw teens throwing bottles at police.")
    speakers = _speakers_of(claims, "throwing bottles")
    assert speakers and "Dana Roberts" not in speakers


def test_one_of_a_group_speaking_inside_a_claim_is_no_antecedent(core):
    claims = _claims(core, "Lisa Moran, 19, told the New York Times that one of the witnesses told her that her "
                           "brother was only fixing his belt. She added that her brother had never owned a gun.")
    speakers = _speakers_of(claims, "never owned a gun")
    assert speakers and all("Moran" in s for s in speakers)


def test_discounting_rumors_is_a_doubtful_claim(core):
    readings = core.extract_text("Fred Hollis discounted rumors that he was the newspaper's secret source.").claims
    found = [c for c in readings if c.content and "secret source" in c.content]
    assert [(c.speaker, c.certainty) for c in found] == [("Fred Hollis", "doubtful")]


def test_discounting_a_price_is_no_claim(core):
    assert not core.extract_text("The store discounted its winter coats by half on Monday.").claims


def test_a_speech_participle_after_a_thing_s_clause_goes_on_with_the_believer(core):
    claims = _claims(core, "Fred Hollis believed no such conversation occurred, saying he screened all the "
                           "telephone calls that week.")
    assert _speakers_of(claims, "he screened all the telephone calls") == {"Fred Hollis"}


def test_a_speech_participle_after_a_person_s_clause_stays_with_that_person(core):
    claims = _claims(core, "Police said the man attacked the guards, saying he wanted revenge for his brother.")
    assert "no such" not in " ".join(s or "" for s, _ in claims)
    assert _speakers_of(claims, "he wanted revenge") != {"Police"}


def test_a_spaced_contraction_apostrophe_is_no_single_quote():
    text = ("A neighbour told the Times that the boy was calling out: ‘ Please don ’ t let me die! ’ and said the "
            "officers yelled back: ‘ Stay down, or we ’ ll shoot. ’ Gray ’ s family was not told.")
    quotes = [text[q.start:q.end] for q in find_quotes(text, 200)]
    assert quotes == ["‘ Please don ’ t let me die! ’", "‘ Stay down, or we ’ ll shoot. ’"]


def test_recommending_that_is_a_claim(core):
    claims = _claims(core, "Security experts at Delcor strongly recommend that users apply the latest patch as "
                           "soon as possible.")
    assert any(c and "users apply the latest patch" in c for _, c in claims)


def test_a_description_after_an_inverted_tag_is_no_content(core):
    claims = _claims(core, "\"The administration has repackaged the same old lump of coal,\" said Kassie Siegel, "
                           "climate program director at the Center for Biological Diversity and lead author of the "
                           "2005 petition to list polar bears.")
    assert _speakers_of(claims, "the same old lump of coal") == {"Kassie Siegel"}
    assert not _speakers_of(claims, "lead author of the 2005 petition")


def test_a_name_given_by_a_participle_is_no_claim(core):
    claims = _claims(core, "She found herself in the spotlight again, thanks to a movie called The Rocketeer. "
                           "First implemented by President Reagan and called the \"Mexico City\" rule, the policy "
                           "is reversed whenever the White House changes hands.")
    assert not [c for _, c in claims if c and ("Rocketeer" in c or "Mexico City" in c)]


def test_a_perfect_s_conjunct_of_calling_stays_a_claim(core):
    claims = _claims(core, "The minister has condemned the attack and called it a cowardly act.")
    assert any(c and "cowardly act" in c for _, c in claims)


def test_calling_an_object_something_stays_a_claim_when_misparsed(core):
    claims = _claims(core, "With the added duty, residential bills in the three states would increase by about $69 "
                           "a month, Ford said. Leavitt called Ford’s comments “egregious and insulting.”")
    assert any(c and "egregious and insulting" in c for _, c in claims)


def test_a_clause_of_calling_for_with_its_subject_stays_a_claim(core):
    claims = _claims(core, "Russian troops attacked positions near the border, killing 12 soldiers, officials said, "
                           "while China called for talks.")
    assert any(c and "talks" in c for _, c in claims)
