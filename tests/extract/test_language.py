"""Language detection (issue 8, item 6): the extractors read English only, and say so."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from newstrace.cli import app
from newstrace.language import detect

ARABIC = ("قال المسؤولون إن الجيش هاجم القرية يوم الاثنين واعتقل الشرطة زعيم المعارضة في العاصمة، "
          "وأضاف المتحدث باسم الحكومة أن التحقيق ما زال جاريا.")
FRENCH = ("Les responsables ont déclaré lundi que l'armée avait attaqué le village et que la police avait "
          "arrêté le chef de l'opposition dans la capitale.")
ENGLISH = "Police arrested the opposition leader in Nairobi on Monday, officials said."


def test_language_detect_tells_common_languages_apart():
    assert detect(ARABIC, min_confidence=0.5) == "ar"
    assert detect(FRENCH, min_confidence=0.5) == "fr"
    assert detect(ENGLISH, min_confidence=0.5) == "en"


def test_language_unsure_on_a_few_names():
    assert detect("Kallaste briefed Okonjo.", min_confidence=0.5) is None


def test_language_arabic_article_is_labelled_and_not_analysed(core):
    rec = core.extract_text(ARABIC)
    assert rec.language == "ar"
    assert rec.entities == [] and rec.events == [] and rec.claims == []
    assert "not analysed" in core.unread_language(rec)


def test_language_english_article_is_read_as_before(core):
    rec = core.extract_text(ENGLISH)
    assert rec.language == "en"
    assert rec.events and core.unread_language(rec) is None


def test_language_cli_says_so_in_one_line_and_keeps_the_record(tmp_path):
    (tmp_path / "ar.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = {r["id"]: r for r in (json.loads(line) for line in result.stdout.splitlines() if line.startswith("{"))}
    assert records["ar"]["language"] == "ar" and records["ar"]["entities"] == []
    assert records["en"]["language"] == "en" and records["en"]["entities"]
    lines = [line for line in result.output.splitlines() if "language 'ar'" in line]
    assert len(lines) == 1 and "ar:" in lines[0]


def test_language_scores_read_the_model_laid_out_row_by_row_and_are_the_same():
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from newstrace.data import load_toml
    from newstrace.language import _identifier

    ours = _identifier()
    assert ours.nb_ptc.flags["C_CONTIGUOUS"]  # each text gathers rows of it
    plain = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    plain.set_languages(load_toml("languages.toml")["candidates"])
    assert not plain.nb_ptc.flags["C_CONTIGUOUS"]  # (what set_languages leaves)
    for text in (ARABIC, FRENCH, ENGLISH, "Kallaste briefed Okonjo."):
        assert np.array_equal(ours._decide(text).view(np.uint32), plain._decide(text).view(np.uint32))
