"""The pieces pages are drawn from: highlighted text, the activity chart, the serve command's errors."""
from __future__ import annotations

import re
import subprocess
import sys

from newstrace.store.browse import week_of
from newstrace.web import chart, highlight
from tests.serve.conftest import XSS_TEXT, xss_record
from tests.store.conftest import MISSILE, missile_record


def plain(markup: str) -> str:
    """The text a reader sees, labels left out."""
    without_labels = re.sub(r'<a class="label[^>]*>.*?</a>', "", markup)
    text = re.sub(r"<[^>]+>", "", without_labels)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", '"').replace("&#39;", "'").replace("&amp;", "&")


def test_highlighting_keeps_the_text_whole():
    assert plain(highlight.render(missile_record())) == MISSILE
    assert plain(highlight.render(xss_record())) == XSS_TEXT


def test_overlapping_spans_carry_every_class():
    html = str(highlight.render(missile_record()))
    # "Pyongyang" is a GPE mention inside Russia's claim: one piece, both classes.
    assert re.search(r'class="seg cert-certain claim ent ent-GPE" data-items="c1 e4"[^>]*>Pyongyang<', html)
    assert html.count('class="label label-ev') == 3 and html.count('class="label label-claim') == 2
    assert 'id="t-v2"' in html and 'href="#item-c2"' in html


def test_html_in_the_text_is_escaped():
    html = str(highlight.render(xss_record()))
    assert "<script>" not in html and "<img" not in html and "&lt;script&gt;" in html


def test_spans_outside_the_text_are_dropped():
    record = missile_record()
    record.claims[0].content_span = (5, 10_000)
    assert all(s.item != "c1" for s in highlight.spans(record))


def test_weeks_start_on_monday():
    assert week_of("2024-11-28") == "2024-11-25" and week_of("2024-11-25") == "2024-11-25"
    assert week_of(None) is None and week_of("2024-13-01") is None


def test_chart_draws_a_bar_per_type_and_week():
    activity = [{"week": "2024-01-01", "type": "ASSAULT", "events": 3}, {"week": "2024-01-15", "type": "AID", "events": 1},
                {"week": "2024-01-15", "type": "ASSAULT", "events": 2}]
    svg, types = chart.activity_svg(activity, [{"week": "2024-01-08", "claims": 4}], max_weeks=104)
    assert types == ["AID", "ASSAULT"]
    assert str(svg).count("<rect") == 3 and "<polyline" in str(svg)
    assert "6 events by week from 2024-01-01 to 2024-01-15" in str(svg)
    recent, _ = chart.activity_svg(activity, [], max_weeks=1)
    assert str(recent).count("<rect") == 2  # only the last week
    assert chart.activity_svg([], [], max_weeks=10) == ("", [])


def test_serve_refuses_a_store_that_is_not_there(tmp_path):
    missing = tmp_path / "nothing.sqlite"
    run = subprocess.run([sys.executable, "-c", "from newstrace.cli import main; main()", "serve", "--db", str(missing)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode != 0 and "no store there yet" in run.stderr and not missing.exists()


def test_serve_with_several_workers(tmp_path):
    import httpx

    from tests.serve.conftest import fill
    from tests.serve.server import Server

    db = str(tmp_path / "s.sqlite")
    fill(db)
    server = Server(db, args=("--workers", "2"))
    try:
        answers = {httpx.get(server.url + "/api/articles/nk-1").json()["id"] for _ in range(6)}
    finally:
        server.stop()
    assert answers == {"nk-1"}
