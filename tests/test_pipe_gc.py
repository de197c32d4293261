"""The pipeline freezes what it loaded (gc.freeze) once per process, after its first batch."""
import pytest

from newstrace.record import Article


@pytest.mark.model
def test_pipe_freezes_what_is_loaded_once_after_its_first_batch(core, monkeypatch):
    from newstrace import nlp

    frozen: list[bool] = []
    monkeypatch.setattr(nlp, "_frozen", False)
    monkeypatch.setattr(nlp.gc, "freeze", lambda: frozen.append(True))
    articles = [Article(id=f"a{i}", text=f"Rebels attacked base {i} on Monday.") for i in range(5)]
    read = list(nlp.pipe(articles, model=core.settings.model, batch_size=2))
    assert [a.id for a, _ in read] == [a.id for a in articles]
    assert frozen == [True]  # after the first batch of two, not again
    list(nlp.pipe(articles, model=core.settings.model, batch_size=2))
    assert frozen == [True]  # once per process
