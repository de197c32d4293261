from newstrace.extract.summary import summarize

ARTICLE = (
    "Flooding in the river delta forced 20,000 people from their homes on Sunday, officials said. "
    "The delta's flooding followed three days of heavy rain across the region. "
    "A local bakery reopened after renovations. "
    "Rescue teams from the army evacuated people from flooded villages in the delta by boat. "
    "The weather office expects more rain and further flooding in the delta this week. "
    "Tickets for a concert went on sale."
)


def test_summary_picks_sentences_about_the_main_story_in_article_order(nlp):
    doc = nlp(ARTICLE)
    summary = summarize(doc, 2)
    sentences = [s.text.strip() for s in doc.sents]
    picked = [s for s in sentences if s in summary]
    assert len(picked) == 2
    assert picked == sorted(picked, key=sentences.index)
    assert "bakery" not in summary and "concert" not in summary
    assert picked[0] == sentences[0]


def test_summary_of_a_short_text_is_the_text(nlp):
    doc = nlp("Talks resumed in Oslo on Monday between the two delegations.")
    assert summarize(doc, 3) == "Talks resumed in Oslo on Monday between the two delegations."
