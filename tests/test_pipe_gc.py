"""The pipeline freezes what it loaded (gc.freeze) once per process, after its first batch,
and then collects the youngest generation less often."""
import pytest

from newstrace.record import Article


@pytest.mark.model
def test_pipe_freezes_what_is_loaded_once_after_its_first_batch(core, monkeypatch):
    from newstrace import nlp

    frozen: list[bool] = []
    monkeypatch.setattr(nlp, "_frozen", False)
    monkeypatch.setattr(nlp.gc, "freeze", lambda: frozen.append(True))
    thresholds: list[tuple[int, ...]] = []
    monkeypatch.setattr(nlp.gc, "get_threshold", lambda: (700, 10, 10))
    monkeypatch.setattr(nlp.gc, "set_threshold", lambda *t: thresholds.append(t))
    articles = [Article(id=f"a{i}", text=f"Rebels attacked base {i} on Monday.") for i in range(5)]
    read = list(nlp.pipe(articles, model=core.settings.model, batch_size=2))
    assert [a.id for a, _ in read] == [a.id for a in articles]
    assert frozen == [True]  # after the first batch of two, not again
    assert thresholds == [(nlp.YOUNG_COLLECTION_AFTER, 10, 10)]  # the older generations' as they were
    list(nlp.pipe(articles, model=core.settings.model, batch_size=2))
    assert frozen == [True]  # once per process
    assert len(thresholds) == 1


def test_a_higher_threshold_or_collection_off_is_kept(monkeypatch):
    from newstrace import nlp

    for before in ((50_000, 10, 10), (0, 10, 10)):
        set_to: list[tuple[int, ...]] = []
        monkeypatch.setattr(nlp, "_frozen", False)
        monkeypatch.setattr(nlp.gc, "freeze", lambda: None)
        monkeypatch.setattr(nlp.gc, "get_threshold", lambda before=before: before)
        monkeypatch.setattr(nlp.gc, "set_threshold", lambda *t, set_to=set_to: set_to.append(t))
        nlp.freeze_long_lived()
        assert set_to == []
