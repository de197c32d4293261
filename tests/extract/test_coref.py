"""The coreference stage on Docs built by hand (words, heads, labels, entities; no
model), one rule at a time, and what claims and events read from it; one test on the
installed model."""
from __future__ import annotations


import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newstrace.extract import coref
from newstrace.extract.components import PIPE_PREFIX, add_stages, stage_pipes
from newstrace.extract.doc import CLAIMS, COREF, EVENTS
from newstrace.settings import Settings

# (word, head, dep, pos, tag, lemma, entity IOB label); heads are absolute token indices
Row = tuple[str, int, str, str, str, str, str]


@pytest.fixture(scope="module")
def blank() -> Language:
    """Every rule stage on a blank English pipeline (the parse is hand-made)."""
    return add_stages(spacy.blank("en"), Settings.load().stage_factories())


def read(nlp: Language, rows: list[Row], *, until: str | None = None) -> Doc:
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][2] not in ("punct", "case") for i in range(len(rows))]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], tags=[r[4] for r in rows], lemmas=[r[5] for r in rows],
              ents=[r[6] for r in rows])
    doc._.published = "2024-03-15"
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if until and name == PIPE_PREFIX + until:
            break
    assert doc._.failure is None
    return doc


def linked(doc: Doc, i: int) -> tuple[str, str] | None:
    found = coref.link_of(doc[i])
    return (found[0].name, found[1]) if found else None


OFFICIALS = [  # Officials from Kenya condemned the attack.
    ("Officials", 3, "nsubj", "NOUN", "NNS", "official", "O"),
    ("from", 0, "prep", "ADP", "IN", "from", "O"),
    ("Kenya", 1, "pobj", "PROPN", "NNP", "Kenya", "B-GPE"),
    ("condemned", 3, "ROOT", "VERB", "VBD", "condemn", "O"),
    ("the", 5, "det", "DET", "DT", "the", "O"),
    ("attack", 3, "dobj", "NOUN", "NN", "attack", "O"),
    (".", 3, "punct", "PUNCT", ".", ".", "O"),
]


def test_coref_is_a_stage_between_quotes_and_claims(blank):
    pipes = stage_pipes(blank)
    assert pipes.index(PIPE_PREFIX + "coref") == pipes.index(PIPE_PREFIX + "quotes") + 1
    assert pipes.index(PIPE_PREFIX + "coref") < pipes.index(PIPE_PREFIX + "claims")
    meta = blank.get_pipe_meta(PIPE_PREFIX + "coref")
    assert "token._.coref" in meta.assigns and "doc._.entities" in meta.requires


def test_coref_group_members_stand_for_their_group(blank):
    doc = read(blank, OFFICIALS)
    assert linked(doc, 0) == ("Kenya", "member")
    span = doc.spans[COREF][0]
    assert span.text == "Officials" and span.kb_id_ == doc._.entities.named("Kenya").id
    assert doc[0]._.coref == span.kb_id_
    # the event is Kenya's; the claim keeps its own phrase
    event = doc.spans[EVENTS][0]._.event
    assert (event.type, event.actor) == ("ACCUSE", "Kenya")


def test_coref_apposition_gives_the_named_person(blank):
    rows = [  # Iran's envoy, Ali Bagheri, met Lavrov.
        ("Iran", 2, "poss", "PROPN", "NNP", "Iran", "B-GPE"),
        ("'s", 0, "case", "PART", "POS", "'s", "O"),
        ("envoy", 7, "nsubj", "NOUN", "NN", "envoy", "O"),
        (",", 2, "punct", "PUNCT", ",", ",", "O"),
        ("Ali", 5, "compound", "PROPN", "NNP", "Ali", "B-PERSON"),
        ("Bagheri", 2, "appos", "PROPN", "NNP", "Bagheri", "I-PERSON"),
        (",", 2, "punct", "PUNCT", ",", ",", "O"),
        ("met", 7, "ROOT", "VERB", "VBD", "meet", "O"),
        ("Lavrov", 7, "dobj", "PROPN", "NNP", "Lavrov", "B-PERSON"),
        (".", 7, "punct", "PUNCT", ".", ".", "O"),
    ]
    doc = read(blank, rows)
    assert linked(doc, 2) == ("Ali Bagheri", "apposition")
    event = doc.spans[EVENTS][0]._.event
    assert (event.type, event.actor, event.target) == ("CONSULT", "Ali Bagheri", "Lavrov")


PEOPLE = [  # Mr. John Mwangi met Mary Okafor. She said it is likely that he will return.
    ("Mr.", 2, "compound", "PROPN", "NNP", "Mr.", "O"),
    ("John", 2, "compound", "PROPN", "NNP", "John", "B-PERSON"),
    ("Mwangi", 3, "nsubj", "PROPN", "NNP", "Mwangi", "I-PERSON"),
    ("met", 3, "ROOT", "VERB", "VBD", "meet", "O"),
    ("Mary", 5, "compound", "PROPN", "NNP", "Mary", "B-PERSON"),
    ("Okafor", 3, "dobj", "PROPN", "NNP", "Okafor", "I-PERSON"),
    (".", 3, "punct", "PUNCT", ".", ".", "O"),
    ("She", 8, "nsubj", "PRON", "PRP", "she", "O"),
    ("said", 8, "ROOT", "VERB", "VBD", "say", "O"),
    ("it", 10, "nsubj", "PRON", "PRP", "it", "O"),
    ("is", 8, "ccomp", "AUX", "VBZ", "be", "O"),
    ("likely", 10, "acomp", "ADJ", "JJ", "likely", "O"),
    ("that", 15, "mark", "SCONJ", "IN", "that", "O"),
    ("he", 15, "nsubj", "PRON", "PRP", "he", "O"),
    ("will", 15, "aux", "AUX", "MD", "will", "O"),
    ("return", 10, "ccomp", "VERB", "VB", "return", "O"),
    (".", 8, "punct", "PUNCT", ".", ".", "O"),
]


def test_coref_pronouns_agree_in_gender_and_prefer_subjects(blank):
    doc = read(blank, PEOPLE)
    # "Mr." makes John Mwangi male, so "she" passes over the subject to Mary Okafor
    assert linked(doc, 7) == ("Mary Okafor", "pronoun")
    assert linked(doc, 13) == ("John Mwangi", "pronoun")
    assert linked(doc, 9) is None  # "it is likely that": no one
    # the claims stage reads the link: Mary Okafor speaks
    speakers = {span._.claim.speaker for span in doc.spans[CLAIMS]}
    assert "Mary Okafor" in speakers


def _deal(subject_first: bool) -> list[Row]:
    if subject_first:  # Kenya signed the deal. It was praised.
        return [
            ("Kenya", 1, "nsubj", "PROPN", "NNP", "Kenya", "B-GPE"),
            ("signed", 1, "ROOT", "VERB", "VBD", "sign", "O"),
            ("the", 3, "det", "DET", "DT", "the", "O"),
            ("deal", 1, "dobj", "NOUN", "NN", "deal", "O"),
            (".", 1, "punct", "PUNCT", ".", ".", "O"),
            ("It", 7, "nsubjpass", "PRON", "PRP", "it", "O"),
            ("was", 7, "auxpass", "AUX", "VBD", "be", "O"),
            ("praised", 7, "ROOT", "VERB", "VBN", "praise", "O"),
            (".", 7, "punct", "PUNCT", ".", ".", "O"),
        ]
    return [  # The deal was signed by Kenya. It was praised.
        ("The", 1, "det", "DET", "DT", "the", "O"),
        ("deal", 3, "nsubjpass", "NOUN", "NN", "deal", "O"),
        ("was", 3, "auxpass", "AUX", "VBD", "be", "O"),
        ("signed", 3, "ROOT", "VERB", "VBN", "sign", "O"),
        ("by", 3, "agent", "ADP", "IN", "by", "O"),
        ("Kenya", 4, "pobj", "PROPN", "NNP", "Kenya", "B-GPE"),
        (".", 3, "punct", "PUNCT", ".", ".", "O"),
        ("It", 9, "nsubjpass", "PRON", "PRP", "it", "O"),
        ("was", 9, "auxpass", "AUX", "VBD", "be", "O"),
        ("praised", 9, "ROOT", "VERB", "VBN", "praise", "O"),
        (".", 9, "punct", "PUNCT", ".", ".", "O"),
    ]


def test_coref_an_unnamed_phrase_nearer_in_rank_keeps_it_from_an_entity(blank):
    doc = read(blank, _deal(subject_first=True), until="coref")
    assert linked(doc, 5) == ("Kenya", "pronoun")  # the subject outranks the object
    doc = read(blank, _deal(subject_first=False), until="coref")
    # both subjects, "the deal" nearer: "it" is the deal, no entity; the deal is kept as its antecedent
    assert linked(doc, 7) is None
    assert coref.antecedent_of(doc[7]).text == "deal"


GROUP = [  # The militant group al-Shabab attacked Kismayo. The group said it would fight.
    ("The", 2, "det", "DET", "DT", "the", "O"),
    ("militant", 2, "amod", "ADJ", "JJ", "militant", "O"),
    ("group", 4, "nsubj", "NOUN", "NN", "group", "O"),
    ("al-Shabab", 2, "appos", "PROPN", "NNP", "al-Shabab", "B-ORG"),
    ("attacked", 4, "ROOT", "VERB", "VBD", "attack", "O"),
    ("Kismayo", 4, "dobj", "PROPN", "NNP", "Kismayo", "B-GPE"),
    (".", 4, "punct", "PUNCT", ".", ".", "O"),
    ("The", 8, "det", "DET", "DT", "the", "O"),
    ("group", 9, "nsubj", "NOUN", "NN", "group", "O"),
    ("said", 9, "ROOT", "VERB", "VBD", "say", "O"),
    ("it", 12, "nsubj", "PRON", "PRP", "it", "O"),
    ("would", 12, "aux", "AUX", "MD", "would", "O"),
    ("fight", 9, "ccomp", "VERB", "VB", "fight", "O"),
    (".", 9, "punct", "PUNCT", ".", ".", "O"),
]


def test_coref_definite_description_takes_the_name_its_noun_was_given(blank):
    doc = read(blank, GROUP)
    assert linked(doc, 8) == ("al-Shabab", "definite")
    assert linked(doc, 10) == ("al-Shabab", "pronoun")  # through "the group"
    claim = doc.spans[CLAIMS][0]._.claim
    assert claim.speaker == "al-Shabab"


def test_coref_state_noun_is_the_country(blank):
    rows = [  # Kenya said the government would act.
        ("Kenya", 1, "nsubj", "PROPN", "NNP", "Kenya", "B-GPE"),
        ("said", 1, "ROOT", "VERB", "VBD", "say", "O"),
        ("the", 3, "det", "DET", "DT", "the", "O"),
        ("government", 5, "nsubj", "NOUN", "NN", "government", "O"),
        ("would", 5, "aux", "AUX", "MD", "would", "O"),
        ("act", 1, "ccomp", "VERB", "VB", "act", "O"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ]
    doc = read(blank, rows, until="coref")
    assert linked(doc, 3) == ("Kenya", "state")


def test_coref_capital_as_subject_is_its_country_when_the_article_names_it(blank):
    rows = [  # Kenya hosted talks. Nairobi said the talks went well.
        ("Kenya", 1, "nsubj", "PROPN", "NNP", "Kenya", "B-GPE"),
        ("hosted", 1, "ROOT", "VERB", "VBD", "host", "O"),
        ("talks", 1, "dobj", "NOUN", "NNS", "talk", "O"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
        ("Nairobi", 5, "nsubj", "PROPN", "NNP", "Nairobi", "B-GPE"),
        ("said", 5, "ROOT", "VERB", "VBD", "say", "O"),
        ("the", 7, "det", "DET", "DT", "the", "O"),
        ("talks", 8, "nsubj", "NOUN", "NNS", "talk", "O"),
        ("went", 5, "ccomp", "VERB", "VBD", "go", "O"),
        ("well", 8, "advmod", "ADV", "RB", "well", "O"),
        (".", 5, "punct", "PUNCT", ".", ".", "O"),
    ]
    doc = read(blank, rows, until="coref")
    assert linked(doc, 4) == ("Kenya", "capital")
    assert linked(doc, 0) is None  # a name stands for itself


def test_coref_left_out_by_the_settings_gives_the_old_pronoun_rules(monkeypatch):
    factories = {s: f for s, f in Settings.load().stage_factories().items() if s != "coref"}
    nlp = add_stages(spacy.blank("en"), factories)
    doc = read(nlp, GROUP)
    assert COREF not in doc.spans and not coref.ran(doc)
    assert doc[10]._.coref is None


@pytest.mark.model
def test_coref_on_the_model(core):
    from newstrace import nlp as nlp_module
    from newstrace.record import Article

    text = ("The militant group al-Shabab attacked a hotel in Mogadishu on Monday. The group said it would "
            "continue. Officials from Kenya condemned the attack.")
    article = Article(id="t", title="t", url=None, source="test", published="2024-03-15", text=text)
    settings = core.settings
    _, doc = next(nlp_module.pipe([article], model=settings.model, batch_size=1, stages=settings.stage_factories()))
    links = {span.text: (coref.entity_of(span[-1]).name, span.label_) for span in doc.spans[COREF]}
    assert links["The group"] == ("al-Shabab", "definite")
    assert links["it"] == ("al-Shabab", "pronoun")
    assert links["Officials"] == ("Kenya", "member")


def test_coref_candidates_come_in_the_order_of_their_ranks(blank):
    """A pronoun's candidates, made as asked and best first, are those the stage ranked
    before: every noun phrase head of the window with (sentence distance, role rank,
    nearness), sorted; checked on every word of the hand-made Docs as if it were a pronoun."""
    for rows in (OFFICIALS, PEOPLE, GROUP, _deal(True), _deal(False)):
        doc = read(blank, rows, until="quotes")
        resolver = coref._Resolver(doc)
        head, dep = resolver.parse.head, resolver.parse.dep
        for token in doc:
            for back in (0, 1, 2):
                own = resolver._sent_index(token)
                ranked = []
                for index in range(max(0, own - back), own + 1):
                    distance = own - index
                    for cand in sorted(resolver._sentence_candidates(index), key=lambda t: t.i):
                        if distance == 0:
                            if cand.i >= token.i:
                                break
                            if token.dep_ != "poss" and head[cand.i] == head[token.i] \
                                    and dep[cand.i] in coref.SUBJECTS + ("dobj",) \
                                    and token.dep_ in ("dobj", "pobj", "dative"):
                                continue
                            if resolver._inside(token, cand):
                                continue
                        ranked.append((cand, (distance, resolver._role_rank(cand.i), token.i - cand.i)))
                want = [cand.i for cand, _ in sorted(ranked, key=lambda found: found[1])]
                assert [cand.i for cand in resolver._candidates(token, back)] == want, (token.i, back)


def _two_people(middle: list[Row], last: str) -> list[Row]:
    """Alexander Okoro met Wanjiru Achieng. <middle> <last> left."""
    first = [
        ("Alexander", 1, "compound", "PROPN", "NNP", "Alexander", "B-PERSON"),
        ("Okoro", 2, "nsubj", "PROPN", "NNP", "Okoro", "I-PERSON"),
        ("met", 2, "ROOT", "VERB", "VBD", "meet", "O"),
        ("Wanjiru", 4, "compound", "PROPN", "NNP", "Wanjiru", "B-PERSON"),
        ("Achieng", 2, "dobj", "PROPN", "NNP", "Achieng", "I-PERSON"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
    ]
    n = len(first) + len(middle)
    shifted = [(w, h + len(first), d, p, t, lem, e) for w, h, d, p, t, lem, e in middle]
    end = [(last, n + 1, "nsubj", "PRON", "PRP", last.lower(), "O"),
           ("left", n + 1, "ROOT", "VERB", "VBD", "leave", "O"),
           (".", n + 1, "punct", "PUNCT", ".", ".", "O")]
    return first + shifted + end


def test_coref_gender_from_a_given_name(blank):
    # "Alexander" is a man's name in the census lists: "she" passes over the subject
    doc = read(blank, _two_people([], "She"))
    assert linked(doc, 6) == ("Wanjiru Achieng", "pronoun")
    assert coref.given_name_genders().get("alexander") == "m"
    assert coref.given_name_genders().get("kim") is None  # "Kim Jong Un": a family name first


def test_coref_gender_from_a_possessive_bound_to_the_name(blank):
    # Alexander Okoro met Wanjiru Achieng. Achieng praised her husband. He left.
    middle = [
        ("Achieng", 1, "nsubj", "PROPN", "NNP", "Achieng", "B-PERSON"),
        ("praised", 1, "ROOT", "VERB", "VBD", "praise", "O"),
        ("her", 3, "poss", "PRON", "PRP$", "her", "O"),
        ("husband", 1, "dobj", "NOUN", "NN", "husband", "O"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ]
    doc = read(blank, _two_people(middle, "He"))
    assert linked(doc, 8) == ("Wanjiru Achieng", "pronoun")
    # "her" bound to Achieng, the subject of its clause, makes her a woman; "her husband"
    # is a man but names no one: "he" stands for him, not for Achieng or the earlier subject
    assert linked(doc, 11) is None
    assert coref.antecedent_of(doc[11]).text == "husband"



def test_coref_genders_kept_for_claims_and_a_verb_is_no_title(blank):
    from newstrace.extract.doc import coref_genders

    rows = [  # You cannot miss Kofi Mensah . Mrs. Ama Owusu spoke .
        ("You", 2, "nsubj", "PRON", "PRP", "you", "O"),
        ("cannot", 2, "aux", "AUX", "MD", "can", "O"),
        ("miss", 2, "ROOT", "VERB", "VB", "miss", "O"),
        ("Kofi", 4, "compound", "PROPN", "NNP", "Kofi", "B-PERSON"),
        ("Mensah", 2, "dobj", "PROPN", "NNP", "Mensah", "I-PERSON"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
        ("Mrs.", 8, "compound", "PROPN", "NNP", "Mrs.", "O"),
        ("Ama", 8, "compound", "PROPN", "NNP", "Ama", "B-PERSON"),
        ("Owusu", 9, "nsubj", "PROPN", "NNP", "Owusu", "I-PERSON"),
        ("spoke", 9, "ROOT", "VERB", "VBD", "speak", "O"),
        (".", 9, "punct", "PUNCT", ".", ".", "O"),
    ]
    doc = read(blank, rows)
    ids = {e.name: e.id for e in doc._.entities.entities}
    genders = coref_genders(doc)
    assert genders.get(ids["Ama Owusu"]) == "f", ids  # the title "Mrs." before her name
    assert ids["Kofi Mensah"] not in genders  # the verb "miss" before his is no title


def _president(title_words: list[str]) -> list[Row]:
    """President Ama Owusu met <title> Kofi Mensah. The president spoke."""
    n = len(title_words)
    rows: list[Row] = [
        ("President", 2, "compound", "PROPN", "NNP", "President", "O"),
        ("Ama", 2, "compound", "PROPN", "NNP", "Ama", "B-PERSON"),
        ("Owusu", 3, "nsubj", "PROPN", "NNP", "Owusu", "I-PERSON"),
        ("met", 3, "ROOT", "VERB", "VBD", "meet", "O"),
    ]
    head = 4 + n + 1  # Mensah
    rows += [(w, head, "compound", "PROPN", "NNP", w, "O") for w in title_words]
    rows += [
        ("Kofi", head, "compound", "PROPN", "NNP", "Kofi", "B-PERSON"),
        ("Mensah", 3, "dobj", "PROPN", "NNP", "Mensah", "I-PERSON"),
        (".", 3, "punct", "PUNCT", ".", ".", "O"),
    ]
    k = len(rows)
    rows += [
        ("The", k + 1, "det", "DET", "DT", "the", "O"),
        ("president", k + 2, "nsubj", "NOUN", "NN", "president", "O"),
        ("spoke", k + 2, "ROOT", "VERB", "VBD", "speak", "O"),
        (".", k + 2, "punct", "PUNCT", ".", ".", "O"),
    ]
    return rows


def test_coref_the_president_is_no_vice_president(blank):
    # the nearer person is a "Vice President" (or a "President elect"): "the president" is Owusu
    for title in (["Vice", "President"], ["President", "elect"]):
        rows = _president(title)
        doc = read(blank, rows, until="coref")
        roles = {e.name: [r.title for r in e.roles] for e in doc._.entities.entities}
        assert roles.get("Kofi Mensah"), roles
        assert linked(doc, len(rows) - 3) == ("Ama Owusu", "title"), roles
    # a second President nearer still takes it
    rows = _president(["President"])
    assert linked(read(blank, rows, until="coref"), len(rows) - 3) == ("Kofi Mensah", "title")


def test_coref_a_capital_read_under_a_longer_name_is_still_its_country(blank):
    # the entity of "Washington" is "Washington D.C." here; its other name is the capital
    rows = [  # The United States hosted talks in Washington, D.C. . Washington said the talks went well.
        ("The", 2, "det", "DET", "DT", "the", "O"),
        ("United", 2, "compound", "PROPN", "NNP", "United", "B-GPE"),
        ("States", 3, "nsubj", "PROPN", "NNP", "States", "I-GPE"),
        ("hosted", 3, "ROOT", "VERB", "VBD", "host", "O"),
        ("talks", 3, "dobj", "NOUN", "NNS", "talk", "O"),
        ("in", 3, "prep", "ADP", "IN", "in", "O"),
        ("Washington", 5, "pobj", "PROPN", "NNP", "Washington", "B-GPE"),
        (",", 6, "punct", "PUNCT", ",", ",", "I-GPE"),
        ("D.C.", 6, "appos", "PROPN", "NNP", "D.C.", "I-GPE"),
        (".", 3, "punct", "PUNCT", ".", ".", "O"),
        ("Washington", 11, "nsubj", "PROPN", "NNP", "Washington", "B-GPE"),
        ("said", 11, "ROOT", "VERB", "VBD", "say", "O"),
        ("the", 13, "det", "DET", "DT", "the", "O"),
        ("talks", 14, "nsubj", "NOUN", "NNS", "talk", "O"),
        ("went", 11, "ccomp", "VERB", "VBD", "go", "O"),
        ("well", 14, "advmod", "ADV", "RB", "well", "O"),
        (".", 11, "punct", "PUNCT", ".", ".", "O"),
    ]
    doc = read(blank, rows, until="coref")
    ents = {e.name: e.aliases for e in doc._.entities.entities}
    assert linked(doc, 10) == ("United States", "capital"), ents


def test_coref_a_description_takes_an_entity_of_its_kind(blank):
    rows = [  # Boko Haram attacked Maiduguri. Doctors Without Borders said Boko Haram killed civilians.
        # The aid group said it would stay.
        ("Boko", 1, "compound", "PROPN", "NNP", "Boko", "B-ORG"),
        ("Haram", 2, "nsubj", "PROPN", "NNP", "Haram", "I-ORG"),
        ("attacked", 2, "ROOT", "VERB", "VBD", "attack", "O"),
        ("Maiduguri", 2, "dobj", "PROPN", "NNP", "Maiduguri", "B-GPE"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
        ("Doctors", 8, "nsubj", "PROPN", "NNPS", "Doctors", "B-ORG"),
        ("Without", 5, "prep", "ADP", "IN", "without", "I-ORG"),
        ("Borders", 6, "pobj", "PROPN", "NNPS", "Borders", "I-ORG"),
        ("said", 8, "ROOT", "VERB", "VBD", "say", "O"),
        ("Boko", 10, "compound", "PROPN", "NNP", "Boko", "B-ORG"),
        ("Haram", 11, "nsubj", "PROPN", "NNP", "Haram", "I-ORG"),
        ("killed", 8, "ccomp", "VERB", "VBD", "kill", "O"),
        ("civilians", 11, "dobj", "NOUN", "NNS", "civilian", "O"),
        (".", 8, "punct", "PUNCT", ".", ".", "O"),
        ("The", 16, "det", "DET", "DT", "the", "O"),
        ("aid", 16, "compound", "NOUN", "NN", "aid", "O"),
        ("group", 17, "nsubj", "NOUN", "NN", "group", "O"),
        ("said", 17, "ROOT", "VERB", "VBD", "say", "O"),
        ("it", 20, "nsubj", "PRON", "PRP", "it", "O"),
        ("would", 20, "aux", "AUX", "MD", "would", "O"),
        ("stay", 17, "ccomp", "VERB", "VB", "stay", "O"),
        (".", 17, "punct", "PUNCT", ".", ".", "O"),
    ]
    doc = read(blank, rows, until="coref")
    # Boko Haram is named more often nearby, but an aid group is the one whose name says aid
    assert linked(doc, 16) == ("Doctors Without Borders", "definite")
    rows = [  # The U.N. court heard Kenya. The court ruled.
        ("The", 2, "det", "DET", "DT", "the", "O"),
        ("U.N.", 2, "compound", "PROPN", "NNP", "U.N.", "B-ORG"),
        ("court", 3, "nsubj", "NOUN", "NN", "court", "O"),
        ("heard", 3, "ROOT", "VERB", "VBD", "hear", "O"),
        ("Kenya", 3, "dobj", "PROPN", "NNP", "Kenya", "B-GPE"),
        (".", 3, "punct", "PUNCT", ".", ".", "O"),
        ("The", 7, "det", "DET", "DT", "the", "O"),
        ("court", 8, "nsubj", "NOUN", "NN", "court", "O"),
        ("ruled", 8, "ROOT", "VERB", "VBD", "rule", "O"),
        (".", 8, "punct", "PUNCT", ".", ".", "O"),
    ]
    doc = read(blank, rows, until="coref")
    # the court the U.N. introduced is the U.N.'s court, not the United Nations
    assert doc._.entities.entities and linked(doc, 7) is None, [e.name for e in doc._.entities.entities]


def test_coref_a_description_is_not_a_party_of_its_own_clause(blank):
    rows = [  # Amnesty International criticized Kenya. Amnesty International accused the group.
        ("Amnesty", 1, "compound", "PROPN", "NNP", "Amnesty", "B-ORG"),
        ("International", 2, "nsubj", "PROPN", "NNP", "International", "I-ORG"),
        ("criticized", 2, "ROOT", "VERB", "VBD", "criticize", "O"),
        ("Kenya", 2, "dobj", "PROPN", "NNP", "Kenya", "B-GPE"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
        ("Amnesty", 6, "compound", "PROPN", "NNP", "Amnesty", "B-ORG"),
        ("International", 7, "nsubj", "PROPN", "NNP", "International", "I-ORG"),
        ("accused", 7, "ROOT", "VERB", "VBD", "accuse", "O"),
        ("the", 9, "det", "DET", "DT", "the", "O"),
        ("group", 7, "dobj", "NOUN", "NN", "group", "O"),
        (".", 7, "punct", "PUNCT", ".", ".", "O"),
    ]
    doc = read(blank, rows, until="coref")
    # the only organisation nearby is the accuser: the group it accuses is another one ("itself" else)
    assert [e.name for e in doc._.entities.entities if e.type == "ORG"] == ["Amnesty International"]
    assert linked(doc, 9) is None


DRIVER = [  # Anthony LaSalle, a driver, hit a woman. The driver fled. The man left.
    ("Anthony", 1, "compound", "PROPN", "NNP", "Anthony", "B-PERSON"),
    ("LaSalle", 6, "nsubj", "PROPN", "NNP", "LaSalle", "I-PERSON"),
    (",", 1, "punct", "PUNCT", ",", ",", "O"),
    ("a", 4, "det", "DET", "DT", "a", "O"),
    ("driver", 1, "appos", "NOUN", "NN", "driver", "O"),
    (",", 1, "punct", "PUNCT", ",", ",", "O"),
    ("hit", 6, "ROOT", "VERB", "VBD", "hit", "O"),
    ("a", 8, "det", "DET", "DT", "a", "O"),
    ("woman", 6, "dobj", "NOUN", "NN", "woman", "O"),
    (".", 6, "punct", "PUNCT", ".", ".", "O"),
    ("The", 11, "det", "DET", "DT", "the", "O"),
    ("driver", 12, "nsubj", "NOUN", "NN", "driver", "O"),
    ("fled", 12, "ROOT", "VERB", "VBD", "flee", "O"),
    (".", 12, "punct", "PUNCT", ".", ".", "O"),
    ("The", 15, "det", "DET", "DT", "the", "O"),
    ("man", 16, "nsubj", "NOUN", "NN", "man", "O"),
    ("left", 16, "ROOT", "VERB", "VBD", "leave", "O"),
    (".", 16, "punct", "PUNCT", ".", ".", "O"),
]

IDENTIFIED = [  # The gunman fled. Police identified the suspect as John Smith.
    ("The", 1, "det", "DET", "DT", "the", "O"),
    ("gunman", 2, "nsubj", "NOUN", "NN", "gunman", "O"),
    ("fled", 2, "ROOT", "VERB", "VBD", "flee", "O"),
    (".", 2, "punct", "PUNCT", ".", ".", "O"),
    ("Police", 5, "nsubj", "NOUN", "NNS", "police", "O"),
    ("identified", 5, "ROOT", "VERB", "VBD", "identify", "O"),
    ("the", 7, "det", "DET", "DT", "the", "O"),
    ("suspect", 5, "dobj", "NOUN", "NN", "suspect", "O"),
    ("as", 5, "prep", "ADP", "IN", "as", "O"),
    ("John", 10, "compound", "PROPN", "NNP", "John", "B-PERSON"),
    ("Smith", 8, "pobj", "PROPN", "NNP", "Smith", "I-PERSON"),
    (".", 5, "punct", "PUNCT", ".", ".", "O"),
]


def test_a_person_description_is_the_person_introduced_with_it(blank):
    """"Anthony LaSalle, a driver, ... The driver fled": the driver is LaSalle; "the man" was
    introduced with no one, and an article names many men: no link."""
    doc = read(blank, DRIVER)
    assert linked(doc, 11) == ("Anthony LaSalle", "person")
    assert linked(doc, 15) is None


def test_a_description_of_a_role_is_the_one_identified_in_it(blank):
    """"The gunman fled. Police identified the suspect as John Smith": a gunman and a suspect
    are one role of a crime, and the identification names who it is, after as before."""
    doc = read(blank, IDENTIFIED)
    assert linked(doc, 1) == ("John Smith", "person")
    assert linked(doc, 7) == ("John Smith", "person")


def _filler(start: int, n: int) -> list[Row]:
    """``n`` sentences "Rain fell ." from word ``start`` on (to push a name out of the window)."""
    rows: list[Row] = []
    for k in range(n):
        i = start + 3 * k
        rows += [("Rain", i + 1, "nsubj", "NOUN", "NN", "rain", "O"), ("fell", i + 1, "ROOT", "VERB", "VBD", "fall", "O"),
                 (".", i + 1, "punct", "PUNCT", ".", ".", "O")]
    return rows


def _governors(names: list[tuple[str, str]]) -> list[Row]:
    # Governor Kay Ivey signed the bill . [Governor Tom Wolf signed the bill .] Rain fell . (x6)
    # The governor defended it .
    rows: list[Row] = []
    for first, last in names:
        i = len(rows)
        rows += [("Governor", i + 2, "compound", "PROPN", "NNP", "Governor", "O"),
                 (first, i + 2, "compound", "PROPN", "NNP", first, "B-PERSON"),
                 (last, i + 3, "nsubj", "PROPN", "NNP", last, "I-PERSON"),
                 ("signed", i + 3, "ROOT", "VERB", "VBD", "sign", "O"),
                 ("the", i + 5, "det", "DET", "DT", "the", "O"),
                 ("bill", i + 3, "dobj", "NOUN", "NN", "bill", "O"),
                 (".", i + 3, "punct", "PUNCT", ".", ".", "O")]
    rows += _filler(len(rows), 6)
    i = len(rows)
    rows += [("The", i + 1, "det", "DET", "DT", "the", "O"), ("governor", i + 2, "nsubj", "NOUN", "NN", "governor", "O"),
             ("defended", i + 2, "ROOT", "VERB", "VBD", "defend", "O"), ("it", i + 2, "dobj", "PRON", "PRP", "it", "O"),
             (".", i + 2, "punct", "PUNCT", ".", ".", "O")]
    return rows


def test_coref_a_title_named_far_back_is_its_one_holder(blank):
    # six sentences between the name and "the governor": past the window, the one governor
    rows = _governors([("Kay", "Ivey")])
    doc = read(blank, rows, until="coref")
    roles = {e.name: [r.title for r in e.roles] for e in doc._.entities.entities}
    assert linked(doc, len(rows) - 4) == ("Kay Ivey", "title"), roles
    # two governors named far back: no link
    rows = _governors([("Kay", "Ivey"), ("Tom", "Wolf")])
    doc = read(blank, rows, until="coref")
    assert linked(doc, len(rows) - 4) is None


def test_coref_an_abbreviated_title_and_a_title_in_the_name(blank):
    # Gen. Augusto Pinochet was arrested . The general denied it .
    rows = [
        ("Gen.", 2, "compound", "PROPN", "NNP", "Gen.", "O"),
        ("Augusto", 2, "compound", "PROPN", "NNP", "Augusto", "B-PERSON"),
        ("Pinochet", 4, "nsubjpass", "PROPN", "NNP", "Pinochet", "I-PERSON"),
        ("was", 4, "auxpass", "AUX", "VBD", "be", "O"),
        ("arrested", 4, "ROOT", "VERB", "VBN", "arrest", "O"),
        (".", 4, "punct", "PUNCT", ".", ".", "O"),
        ("The", 7, "det", "DET", "DT", "the", "O"),
        ("general", 8, "nsubj", "NOUN", "NN", "general", "O"),
        ("denied", 8, "ROOT", "VERB", "VBD", "deny", "O"),
        ("it", 8, "dobj", "PRON", "PRP", "it", "O"),
        (".", 8, "punct", "PUNCT", ".", ".", "O"),
    ]
    doc = read(blank, rows, until="coref")
    roles = {e.name: [r.title for r in e.roles] for e in doc._.entities.entities}
    assert linked(doc, 7) == ("Augusto Pinochet", "title"), roles
    # Crown Prince Mohammad bin Salman met Biden . The prince denied it .
    rows = [
        ("Crown", 1, "compound", "PROPN", "NNP", "Crown", "B-PERSON"),
        ("Prince", 4, "compound", "PROPN", "NNP", "Prince", "I-PERSON"),
        ("Mohammad", 4, "compound", "PROPN", "NNP", "Mohammad", "I-PERSON"),
        ("bin", 4, "compound", "PROPN", "NNP", "bin", "I-PERSON"),
        ("Salman", 5, "nsubj", "PROPN", "NNP", "Salman", "I-PERSON"),
        ("met", 5, "ROOT", "VERB", "VBD", "meet", "O"),
        ("Biden", 5, "dobj", "PROPN", "NNP", "Biden", "B-PERSON"),
        (".", 5, "punct", "PUNCT", ".", ".", "O"),
        ("The", 9, "det", "DET", "DT", "the", "O"),
        ("prince", 10, "nsubj", "NOUN", "NN", "prince", "O"),
        ("denied", 10, "ROOT", "VERB", "VBD", "deny", "O"),
        ("it", 10, "dobj", "PRON", "PRP", "it", "O"),
        (".", 10, "punct", "PUNCT", ".", ".", "O"),
    ]
    doc = read(blank, rows, until="coref")
    names = {e.name: [r.title for r in e.roles] for e in doc._.entities.entities}
    found = linked(doc, 9)
    assert found is not None and "Salman" in found[0], names


def _ages(age: str) -> list[Row]:
    # Amirov , 45 , and Omarov , 40 , hired Smith . The <age>-year-old denied it .
    return [
        ("Amirov", 9, "nsubj", "PROPN", "NNP", "Amirov", "B-PERSON"),
        (",", 0, "punct", "PUNCT", ",", ",", "O"),
        ("45", 0, "appos", "NUM", "CD", "45", "O"),
        (",", 0, "punct", "PUNCT", ",", ",", "O"),
        ("and", 0, "cc", "CCONJ", "CC", "and", "O"),
        ("Omarov", 0, "conj", "PROPN", "NNP", "Omarov", "B-PERSON"),
        (",", 5, "punct", "PUNCT", ",", ",", "O"),
        ("40", 5, "appos", "NUM", "CD", "40", "O"),
        (",", 5, "punct", "PUNCT", ",", ",", "O"),
        ("hired", 9, "ROOT", "VERB", "VBD", "hire", "O"),
        ("Smith", 9, "dobj", "PROPN", "NNP", "Smith", "B-PERSON"),
        (".", 9, "punct", "PUNCT", ".", ".", "O"),
        ("The", 17, "det", "DET", "DT", "the", "O"),
        (age, 15, "nummod", "NUM", "CD", age, "O"),
        ("-", 15, "punct", "PUNCT", "HYPH", "-", "O"),
        ("year", 17, "npadvmod", "NOUN", "NN", "year", "O"),
        ("-", 17, "punct", "PUNCT", "HYPH", "-", "O"),
        ("old", 18, "nsubj", "ADJ", "JJ", "old", "O"),
        ("denied", 18, "ROOT", "VERB", "VBD", "deny", "O"),
        ("it", 18, "dobj", "PRON", "PRP", "it", "O"),
        (".", 18, "punct", "PUNCT", ".", ".", "O"),
    ]


def test_coref_the_n_year_old_is_the_one_person_of_that_age(blank):
    doc = read(blank, _ages("40"), until="coref")
    assert linked(doc, 17) == ("Omarov", "age")
    doc = read(blank, _ages("45"), until="coref")
    assert linked(doc, 17) == ("Amirov", "age")
    # an age no one was given: no link (not the nearest person)
    assert linked(read(blank, _ages("30"), until="coref"), 17) is None


# -- merge30: "A man ..." is the one a later "The man, X" names --

def _a_man(first: str) -> list[Row]:
    # <first> man stabbed his mother . The man , Gary Gomes , was arrested .
    return [
        (first, 1, "det", "DET", "DT", first.lower(), "O"),
        ("man", 2, "nsubj", "NOUN", "NN", "man", "O"),
        ("stabbed", 2, "ROOT", "VERB", "VBD", "stab", "O"),
        ("his", 4, "poss", "PRON", "PRP$", "his", "O"),
        ("mother", 2, "dobj", "NOUN", "NN", "mother", "O"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
        ("The", 7, "det", "DET", "DT", "the", "O"),
        ("man", 13, "nsubjpass", "NOUN", "NN", "man", "O"),
        (",", 7, "punct", "PUNCT", ",", ",", "O"),
        ("Gary", 10, "compound", "PROPN", "NNP", "Gary", "B-PERSON"),
        ("Gomes", 7, "appos", "PROPN", "NNP", "Gomes", "I-PERSON"),
        (",", 7, "punct", "PUNCT", ",", ",", "O"),
        ("was", 13, "auxpass", "AUX", "VBD", "be", "O"),
        ("arrested", 13, "ROOT", "VERB", "VBN", "arrest", "O"),
        (".", 13, "punct", "PUNCT", ".", ".", "O"),
    ]


def test_a_man_is_not_the_one_the_man_apposed_to_a_name_is(blank):
    """"A man stabbed his mother. The man, Gary Gomes, was arrested": a later apposition does
    not name the indefinite first mention (merge rule 4 would fold the legal steps: coref32)."""
    assert linked(read(blank, _a_man("A")), 1) is None


# -- coref32: an indefinite first mention named later by an identification --

def _a_man_identified(second_name: str | None = None) -> list[Row]:
    # A man attacked them . Police detained the man , later identified as John Ward .
    # [+ The man , identified as <second_name> , was charged .]
    rows: list[Row] = [
        ("A", 1, "det", "DET", "DT", "a", "O"),
        ("man", 2, "nsubj", "NOUN", "NN", "man", "O"),
        ("attacked", 2, "ROOT", "VERB", "VBD", "attack", "O"),
        ("them", 2, "dobj", "PRON", "PRP", "they", "O"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
        ("Police", 6, "nsubj", "NOUN", "NNS", "police", "O"),
        ("detained", 6, "ROOT", "VERB", "VBD", "detain", "O"),
        ("the", 8, "det", "DET", "DT", "the", "O"),
        ("man", 6, "dobj", "NOUN", "NN", "man", "O"),
        (",", 8, "punct", "PUNCT", ",", ",", "O"),
        ("later", 11, "advmod", "ADV", "RB", "later", "O"),
        ("identified", 8, "acl", "VERB", "VBN", "identify", "O"),
        ("as", 11, "prep", "ADP", "IN", "as", "O"),
        ("John", 14, "compound", "PROPN", "NNP", "John", "B-PERSON"),
        ("Ward", 12, "pobj", "PROPN", "NNP", "Ward", "I-PERSON"),
        (".", 6, "punct", "PUNCT", ".", ".", "O"),
    ]
    if second_name is not None:
        first, last = second_name.split()
        rows += [  # The man , identified as <second_name> , was charged .
            ("The", 17, "det", "DET", "DT", "the", "O"),
            ("man", 25, "nsubjpass", "NOUN", "NN", "man", "O"),
            (",", 17, "punct", "PUNCT", ",", ",", "O"),
            ("identified", 17, "acl", "VERB", "VBN", "identify", "O"),
            ("as", 19, "prep", "ADP", "IN", "as", "O"),
            (first, 22, "compound", "PROPN", "NNP", first, "B-PERSON"),
            (last, 20, "pobj", "PROPN", "NNP", last, "I-PERSON"),
            (",", 17, "punct", "PUNCT", ",", ",", "O"),
            ("was", 25, "auxpass", "AUX", "VBD", "be", "O"),
            ("charged", 25, "ROOT", "VERB", "VBN", "charge", "O"),
            (".", 25, "punct", "PUNCT", ".", ".", "O"),
        ]
    return rows


def test_a_man_is_the_one_a_later_identification_names(blank):
    """"A man attacked them. Police detained the man, later identified as John Ward": the
    indefinite first mention is the person the later identification of its role names; when
    a second person is identified for the role later ("The man, identified as Paul Reed,"), which one
    "a man" was is not told: no link."""
    assert linked(read(blank, _a_man_identified()), 1) == ("John Ward", "person")
    assert linked(read(blank, _a_man_identified("Paul Reed")), 1) is None


def _hung_on_the_verb(rows: list[Row]) -> list[Row]:
    # the parser's other reading: "identified" hung on "detained" (dep), not on "man" (acl)
    return [(w, 6, "dep", *rest[1:]) if w == "identified" else (w, h, *rest) for w, h, *rest in rows]


def test_an_identification_set_off_after_the_noun_names_it(blank):
    """"detained the man, later identified as John Ward" with the participle hung on the verb:
    the noun before the comma is the one identified (the indefinite "A man" before too)."""
    doc = read(blank, _hung_on_the_verb(_a_man_identified()))
    assert linked(doc, 8) == ("John Ward", "person")
    assert linked(doc, 1) == ("John Ward", "person")



WARD_LEFT = [  # Ward left.
    ("Ward", 1, "nsubj", "PROPN", "NNP", "Ward", "B-PERSON"),
    ("left", 1, "ROOT", "VERB", "VBD", "leave", "O"),
    (".", 1, "punct", "PUNCT", ".", ".", "O"),
]


def _then_he_resigned(rows: list[Row]) -> list[Row]:
    """"Ward left." + ``rows`` (their heads counted from their own start) + "He resigned."."""
    a = len(WARD_LEFT)
    mid = [(w, h + a, *rest) for w, h, *rest in rows]
    n = a + len(mid)
    return WARD_LEFT + mid + [
        ("He", n + 1, "nsubj", "PRON", "PRP", "he", "O"),
        ("resigned", n + 1, "ROOT", "VERB", "VBD", "resign", "O"),
        (".", n + 1, "punct", "PUNCT", ".", ".", "O"),
    ]


KNOWN_AS = [  # He was known as a friend to all.
    ("He", 2, "nsubjpass", "PRON", "PRP", "he", "O"),
    ("was", 2, "auxpass", "AUX", "VBD", "be", "O"),
    ("known", 2, "ROOT", "VERB", "VBN", "know", "O"),
    ("as", 2, "prep", "ADP", "IN", "as", "O"),
    ("a", 5, "det", "DET", "DT", "a", "O"),
    ("friend", 3, "pobj", "NOUN", "NN", "friend", "O"),
    ("to", 5, "prep", "ADP", "IN", "to", "O"),
    ("all", 6, "pobj", "PRON", "DT", "all", "O"),
    (".", 2, "punct", "PUNCT", ".", ".", "O"),
]

WAS_A = [  # He was a quiet man.
    ("He", 1, "nsubj", "PRON", "PRP", "he", "O"),
    ("was", 1, "ROOT", "AUX", "VBD", "be", "O"),
    ("a", 4, "det", "DET", "DT", "a", "O"),
    ("quiet", 4, "amod", "ADJ", "JJ", "quiet", "O"),
    ("man", 1, "attr", "NOUN", "NN", "man", "O"),
    (".", 1, "punct", "PUNCT", ".", ".", "O"),
]

RAN_THE = [  # Police said he ran the family.
    ("Police", 1, "nsubj", "NOUN", "NNS", "police", "O"),
    ("said", 1, "ROOT", "VERB", "VBD", "say", "O"),
    ("he", 3, "nsubj", "PRON", "PRP", "he", "O"),
    ("ran", 1, "ccomp", "VERB", "VBD", "run", "O"),
    ("the", 5, "det", "DET", "DT", "the", "O"),
    ("family", 3, "dobj", "NOUN", "NN", "family", "O"),
    (".", 1, "punct", "PUNCT", ".", ".", "O"),
]


@pytest.mark.parametrize("said", [KNOWN_AS, WAS_A], ids=["known as", "was a"])
def test_he_is_not_the_noun_said_of_someone(blank, said):
    """"Ward left. He was known as a friend to all. He resigned.": the noun said of the first
    "he" is no other man for the second to mean; the search goes on back to Ward."""
    rows = _then_he_resigned(said)
    doc = read(blank, rows, until="coref")
    he = len(rows) - 3
    assert coref.antecedent_of(doc[he]) is None
    assert linked(doc, he) == ("Ward", "pronoun")


def test_he_is_not_a_body_of_people(blank):
    """"Ward left. Police said he ran the family. He resigned.": a body of people is never
    "he"; a man in its place is ("... he ran over the man. He ...": control)."""
    doc = read(blank, _then_he_resigned(RAN_THE), until="coref")
    assert coref.antecedent_of(doc[10]) is None
    assert linked(doc, 10) == ("Ward", "pronoun")
    man = [("man",) + r[1:5] + ("man", "O") if r[0] == "family" else r for r in RAN_THE]
    doc = read(blank, _then_he_resigned(man), until="coref")
    assert coref.antecedent_of(doc[10]).text == "man"


def test_they_are_the_veterans_named_before(blank):
    """"Kenya seized farms. The veterans attacked. They killed farmers.": veterans are people,
    so "they" stands for them (before: passed over for the country)."""
    rows = [
        ("Kenya", 1, "nsubj", "PROPN", "NNP", "Kenya", "B-GPE"),
        ("seized", 1, "ROOT", "VERB", "VBD", "seize", "O"),
        ("farms", 1, "dobj", "NOUN", "NNS", "farm", "O"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
        ("The", 5, "det", "DET", "DT", "the", "O"),
        ("veterans", 6, "nsubj", "NOUN", "NNS", "veteran", "O"),
        ("attacked", 6, "ROOT", "VERB", "VBD", "attack", "O"),
        (".", 6, "punct", "PUNCT", ".", ".", "O"),
        ("They", 9, "nsubj", "PRON", "PRP", "they", "O"),
        ("killed", 9, "ROOT", "VERB", "VBD", "kill", "O"),
        ("farmers", 9, "dobj", "NOUN", "NNS", "farmer", "O"),
        (".", 9, "punct", "PUNCT", ".", ".", "O"),
    ]
    doc = read(blank, rows, until="coref")
    assert coref.antecedent_of(doc[8]).text == "veterans"
    assert linked(doc, 8) is None


def test_she_is_not_the_other_side_of_an_interview_told_before(blank):
    """"Mary Okafor left. In an interview with Dawn, she said it. She also said it.": the one
    interviewed speaks on; the other side of the interview (a noun's "with") is no speaker of
    the next sentence either."""
    rows = [
        ("Mary", 1, "compound", "PROPN", "NNP", "Mary", "B-PERSON"),
        ("Okafor", 2, "nsubj", "PROPN", "NNP", "Okafor", "I-PERSON"),
        ("left", 2, "ROOT", "VERB", "VBD", "leave", "O"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
        ("In", 11, "prep", "ADP", "IN", "in", "O"),
        ("an", 6, "det", "DET", "DT", "an", "O"),
        ("interview", 4, "pobj", "NOUN", "NN", "interview", "O"),
        ("with", 6, "prep", "ADP", "IN", "with", "O"),
        ("Dawn", 7, "pobj", "PROPN", "NNP", "Dawn", "B-PERSON"),
        (",", 11, "punct", "PUNCT", ",", ",", "O"),
        ("she", 11, "nsubj", "PRON", "PRP", "she", "O"),
        ("said", 11, "ROOT", "VERB", "VBD", "say", "O"),
        ("it", 11, "dobj", "PRON", "PRP", "it", "O"),
        (".", 11, "punct", "PUNCT", ".", ".", "O"),
        ("She", 16, "nsubj", "PRON", "PRP", "she", "O"),
        ("also", 16, "advmod", "ADV", "RB", "also", "O"),
        ("said", 16, "ROOT", "VERB", "VBD", "say", "O"),
        ("it", 16, "dobj", "PRON", "PRP", "it", "O"),
        (".", 16, "punct", "PUNCT", ".", ".", "O"),
    ]
    doc = read(blank, rows, until="coref")
    assert linked(doc, 10) == ("Mary Okafor", "pronoun")
    assert linked(doc, 14) == ("Mary Okafor", "pronoun")


def test_she_is_not_the_apposed_other_side_of_an_interview_told_before(blank):
    """"Mary Okafor left. In an interview with Dawn, Kate, she said it. She also said it.": a
    second name the parser hangs in apposition on the other side of the interview (a candidate
    of its own, as two people's names in apposition are) is that side too, no speaker of the
    next sentence (before: the check read the head of the apposed name, not of the climbed one)."""
    rows = [
        ("Mary", 1, "compound", "PROPN", "NNP", "Mary", "B-PERSON"),
        ("Okafor", 2, "nsubj", "PROPN", "NNP", "Okafor", "I-PERSON"),
        ("left", 2, "ROOT", "VERB", "VBD", "leave", "O"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
        ("In", 13, "prep", "ADP", "IN", "in", "O"),
        ("an", 6, "det", "DET", "DT", "an", "O"),
        ("interview", 4, "pobj", "NOUN", "NN", "interview", "O"),
        ("with", 6, "prep", "ADP", "IN", "with", "O"),
        ("Dawn", 7, "pobj", "PROPN", "NNP", "Dawn", "B-PERSON"),
        (",", 8, "punct", "PUNCT", ",", ",", "O"),
        ("Kate", 8, "appos", "PROPN", "NNP", "Kate", "B-PERSON"),
        (",", 13, "punct", "PUNCT", ",", ",", "O"),
        ("she", 13, "nsubj", "PRON", "PRP", "she", "O"),
        ("said", 13, "ROOT", "VERB", "VBD", "say", "O"),
        ("it", 13, "dobj", "PRON", "PRP", "it", "O"),
        (".", 13, "punct", "PUNCT", ".", ".", "O"),
        ("She", 18, "nsubj", "PRON", "PRP", "she", "O"),
        ("also", 18, "advmod", "ADV", "RB", "also", "O"),
        ("said", 18, "ROOT", "VERB", "VBD", "say", "O"),
        ("it", 18, "dobj", "PRON", "PRP", "it", "O"),
        (".", 18, "punct", "PUNCT", ".", ".", "O"),
    ]
    doc = read(blank, rows, until="coref")
    assert linked(doc, 12) == ("Mary Okafor", "pronoun")
    assert linked(doc, 16) == ("Mary Okafor", "pronoun")


@pytest.mark.parametrize("date_ents, apposed", [
    (["B-DATE", "I-DATE", "I-DATE", "I-DATE"], False),  # a dateline before the name: no name is a date
    (["O", "O", "O", "O"], True),                        # a name apposed to a noun stays the noun's
])
def test_a_name_the_parser_apposes_to_a_date_is_no_apposition(blank, date_ents, apposed):
    # "Posted December 08, 2010 Ann Lee was sure. She left.", with "Lee" hung on the date as its
    # apposition: a name apposed to a noun is no antecedent of its own (the noun is), one "apposed"
    # to a dateline is
    words = [("Posted", 0, "ROOT", "VERB", "VBN", "post"), ("December", 7, "npadvmod", "PROPN", "NNP", "December"),
             ("08", 1, "nummod", "NUM", "CD", "08"), (",", 1, "punct", "PUNCT", ",", ","),
             ("2010", 1, "nummod", "NUM", "CD", "2010"), ("Ann", 6, "compound", "PROPN", "NNP", "Ann"),
             ("Lee", 1, "appos", "PROPN", "NNP", "Lee"), ("was", 0, "ccomp", "AUX", "VBD", "be"),
             ("sure", 7, "acomp", "ADJ", "JJ", "sure"), (".", 7, "punct", "PUNCT", ".", "."),
             ("She", 11, "nsubj", "PRON", "PRP", "she"), ("left", 11, "ROOT", "VERB", "VBD", "leave"),
             (".", 11, "punct", "PUNCT", ".", ".")]
    ents = ["O"] + date_ents + ["B-PERSON", "I-PERSON"] + ["O"] * 6
    doc = read(blank, [w + (e,) for w, e in zip(words, ents)], until="coref")
    assert (linked(doc, 10) is None) is apposed


def _coref_links(core, text: str, title: str = "t") -> dict[str, tuple[str, str]]:
    from newstrace import nlp as nlp_module
    from newstrace.record import Article

    article = Article(id="t", title=title, url=None, source="test", published="2024-03-15", text=text)
    settings = core.settings
    _, doc = next(nlp_module.pipe([article], model=settings.model, batch_size=1, stages=settings.stage_factories()))
    return {span.text: (coref.entity_of(span[-1]).name, span.label_) for span in doc.spans[COREF]}


@pytest.mark.model
def test_coref_they_in_one_officials_report_is_their_body(core):
    # coref51: a singular speaker is not "they"; the body the speaker's phrase names is
    links = _coref_links(core, "The clinic plan was announced in March. Health Ministry official John Smith says "
                               "they will open new clinics in May.")
    assert links["they"] == ("Health Ministry", "pronoun")
    # in a quotation the speaker's own body would be "we"
    links = _coref_links(core, "Reporters waited outside. “They are wrong,” a Pentagon spokesman said of the critics.")
    assert "They" not in links


@pytest.mark.model
def test_coref_a_persons_possessive_organisation_noun_is_the_one_they_hold_a_role_in(core):
    links = _coref_links(core, "Acme Corporation shares fell on Monday. Jane Doe, the chief executive of Acme "
                               "Corporation, said her company would recover.")
    assert links["her company"] == ("Acme Corporation", "definite")


@pytest.mark.model
def test_coref_the_ledes_unnamed_person_is_the_next_sentences_named_subject(core):
    text = ("Judge blocks voting law\nA federal judge in Ohio blocked a new voting law on Monday. "
            "U.S. District Judge Mary Stone wrote that the law was unfair.")
    assert _coref_links(core, text, "Judge blocks voting law")["A federal judge"] == ("Mary Stone", "lede")
    # the next sentence's subject is no person: no link, not the person named further on
    links = _coref_links(core, "A woman was hit by a car on Main Street on Friday. Police said John Brown, 40, was driving.")
    assert "A woman" not in links


@pytest.mark.model
def test_coref_the_ledes_unnamed_person_is_not_an_untitled_speaker_after_it(core):
    # revfix26b: the one who tells of it next is as often a witness as the lede's person
    links = _coref_links(core, "A man was stabbed to death in central London on Friday. John Smith told reporters "
                               "he saw the attack from his window.")
    assert "A man" not in links
    # a title word ("leader") still takes the speaker who quotes next
    links = _coref_links(core, "The leader of the rebel movement praised the peace deal on Sunday. "
                               "“It is a good step,” said Ali Hassan.")
    assert links.get("The leader") == ("Ali Hassan", "lede")
