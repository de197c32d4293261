"""The web pages in a real browser: Debian's chromium driven by Playwright, against a
real server on loopback. Screenshots go to out/screenshots/ (git-ignored) as artefacts."""
from __future__ import annotations

import os
import re
from pathlib import Path

import httpx
import pytest

CHROMIUM = "/usr/bin/chromium"
# This machine's network is closed: nothing for the browser to call home to.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM) and not os.environ.get("CI"),
                                reason=f"{CHROMIUM} missing: run bash scripts/browser")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, sqlite_server):
    context = browser.new_context(base_url=sqlite_server.url, viewport={"width": 1280, "height": 900})
    p = context.new_page()
    p.set_default_timeout(15_000)
    errors: list[str] = []
    p.on("pageerror", lambda e: errors.append(str(e)))
    yield p
    context.close()
    assert errors == [], f"script errors on the page: {errors}"


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def test_search_finds_an_article(page):
    page.goto("/")
    page.get_by_label("Search articles").fill("Red Cross tents")
    page.get_by_label("Search articles").press("Enter")
    page.wait_for_url("**/search?q=*")
    result = page.locator(".result").first
    assert "Title of ke-1" in result.inner_text()
    assert "1 event" in result.inner_text() and "1 claim" in result.inner_text()
    result.get_by_role("link").click()
    page.wait_for_url("**/articles/*")
    assert page.locator("h1").inner_text() == "Title of ke-1"
    assert screenshot(page, "search-to-article").stat().st_size > 10_000


def test_search_filters(page):
    page.goto("/search")
    page.get_by_label("Entity").fill("kenya red cross")
    page.get_by_role("button", name="Search").last.click()
    page.wait_for_url("**/search?*entity=*")
    assert page.locator(".result").count() == 1


def test_article_page_shows_highlights(page):
    page.goto("/articles/nk-1")
    text = page.locator("#text")
    # Entities coloured by type, event triggers with type and modality, claims with certainty.
    assert text.locator(".seg.ent-GPE").count() >= 4
    assert text.locator(".label-ev").all_inner_texts() == ["MOBILIZE · REPORTED", "ACCUSE · ASSERTED",
                                                            "REQUEST · ASSERTED"]
    claim_labels = text.locator(".label-claim").all_inner_texts()
    assert claim_labels == ["Russia · certain", "Analysts · probable"]
    assert "probable" in text.locator(".seg.claim.cert-probable").first.get_attribute("title")
    # Hover details: actor, target, offsets.
    assert "actor: United States" in text.locator(".seg.ev").nth(1).get_attribute("title")
    # The text is the article's text: highlighting adds no characters to it.
    labels = "".join(text.locator(".label").all_inner_texts())
    assert len(text.inner_text().replace("\n", "")) >= len(page.evaluate("document.getElementById('text').textContent")) - len(labels) - 10
    # Clicking a label shows its card in the record and marks its text.
    text.locator(".label-ev").nth(1).click()
    assert page.url.endswith("#item-v2")
    card = page.locator("#item-v2")
    assert "ACCUSE" in card.inner_text() and "United States" in card.inner_text()
    assert text.locator(".seg.active").count() >= 1
    screenshot(page, "article")


def test_article_page_is_keyboard_usable(page):
    from playwright.sync_api import expect

    page.goto("/articles/nk-1")
    first_label = page.locator("#text .label").first
    first_label.focus()
    page.keyboard.press("Enter")
    # the link's move to its card reaches page.url a moment after the key: wait for it
    # (asked at once, it failed on a busy machine)
    expect(page).to_have_url(re.compile("#item-"), timeout=15_000)
    # Layers can be hidden from the keyboard.
    box = page.get_by_role("checkbox", name="claims (2)")
    box.focus()
    page.keyboard.press("Space")
    expect(page.locator("#text")).to_have_class(re.compile(r"(^|\s)hide-claim(\s|$)"), timeout=15_000)
    expect(page.locator("#text .label-claim").first).to_be_hidden(timeout=15_000)


def test_html_in_an_article_does_not_run(page):
    page.goto("/articles/xss-1")
    assert page.evaluate("window.__xss") is None
    assert "<script>" in page.locator("h1").inner_text()
    page.goto("/search?q=bridge")
    assert page.evaluate("window.__xss") is None


def test_entity_page_draws_a_chart(page):
    page.goto("/entities/North%20Korea?type=GPE")
    svg = page.locator("svg.chart")
    assert svg.is_visible()
    types = set(svg.locator("rect").evaluate_all("rects => rects.map(r => r.dataset.type)"))
    assert types == {"MOBILIZE", "ACCUSE", "REQUEST"}
    assert page.locator(".timeline li").count() >= 6
    screenshot(page, "entity")


def test_pages_fit_a_narrow_screen(browser, sqlite_server):
    context = browser.new_context(base_url=sqlite_server.url, viewport={"width": 360, "height": 740})
    p = context.new_page()
    try:
        story = httpx.get(sqlite_server.url + "/api/stories?min_sources=2").json()["items"][0]["id"]
        for path in ["/", "/search?q=missile", "/articles/nk-1", "/entities/North%20Korea", "/stories",
                     f"/stories/{story}"]:
            p.goto(path)
            width = p.evaluate("document.documentElement.scrollWidth")
            assert width <= 360, f"{path} scrolls sideways on a narrow screen ({width}px)"
        screenshot(p, "entity-narrow")
    finally:
        context.close()


def test_an_impossible_day_is_a_clear_422_page(page):
    response = page.goto("/search?since=2024-02-30")
    assert response.status == 422 and "not a date" in page.locator(".error").inner_text()


def test_a_missing_article_is_a_page_not_a_trace(page):
    response = page.goto("/articles/nope")
    assert response.status == 404
    assert "no stored article" in page.locator(".error").inner_text()


def test_pages_and_api_docs_load_nothing_from_elsewhere(page, sqlite_server):
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    for path in ["/", "/search?q=missile", "/articles/nk-1", "/entities/Russia", "/docs"]:
        page.goto(path)
    page.get_by_text("/api/events").first.wait_for()  # Swagger UI drew the API from /openapi.json
    elsewhere = [url for url in asked if not url.startswith(sqlite_server.url)]
    assert elsewhere == []
    screenshot(page, "api-docs")


def test_a_story_page_shows_a_contradiction(page):
    page.goto("/stories?min_sources=2")
    page.get_by_role("link", name="Title of strike-a").click()
    page.wait_for_url("**/stories/st-*")
    contradiction = page.locator(".contradiction").first
    assert contradiction.is_visible() and "figure" in contradiction.locator("h3").inner_text()
    sides = contradiction.locator(".side")
    assert sides.count() == 2
    texts = sides.all_inner_texts()
    # Both sources' sentences, side by side, the disputed words marked in each.
    assert any("killed 12" in t and "alpha.example" in t for t in texts)
    assert any("Fifteen civilians died" in t and "beta.example" in t for t in texts)
    assert contradiction.locator("mark").count() == 2
    boxes = [sides.nth(i).bounding_box() for i in range(2)]
    assert abs(boxes[0]["y"] - boxes[1]["y"]) < 2 and boxes[0]["x"] < boxes[1]["x"]  # side by side
    assert "2 independent sources" in page.locator("main").inner_text()
    assert page.locator(".timeline li").count() >= 1
    screenshot(page, "story-contradiction")


def test_a_story_page_puts_copies_under_their_original(page):
    page.goto("/stories")
    page.get_by_role("link", name="Title of nk-1").click()
    origin = page.locator(".sources .origin").first
    reports = origin.locator("li").all_inner_texts()
    assert "independent" in reports[0] and "Title of nk-1" in reports[0]
    assert "copy of nk-1" in reports[1]
    assert "1 independent source" in page.locator("main").inner_text()


def test_an_article_links_to_its_story_and_an_entity_to_its_stories(page):
    page.goto("/articles/strike-b")
    page.locator("header .meta").get_by_role("link", name="Title of strike-a").click()
    page.wait_for_url("**/stories/st-*")
    page.goto("/entities/Norland")
    assert page.locator("#st-h").is_visible()
    assert "2 articles · 2 independent sources · 1 contradiction" in page.locator("main").inner_text()
