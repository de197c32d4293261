"""Quotations: double-quoted stretches of a text, found once for every stage.

Marks (straight or curly; single marks only in a text with no double mark) are paired by
their context: an opening mark follows a space, a closing mark precedes one; curly marks
that only open or only close say so themselves. A straight mark set apart by spaces (text
tokenised and joined again) faces the way the marks after it call for: it closes an open
quote, opens one, or closes one and reopens it where a paragraph break was lost. A quote
may run over paragraphs only where each new paragraph reopens it; an opening mark never
closed, or a "quote" over ``max_words`` long, is dropped as unbalanced.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

QUOTE_MARKS = '"“”„«»'
OPENING_ONLY, CLOSING_ONLY = "“„«", "”»"
_DETACHED_CLOSE_AFTER = ".,!?'’"
_MARK = re.compile(f"[{re.escape(QUOTE_MARKS)}]")  # found by the regex engine, not a Python loop per character
SINGLE_MARKS = "'‘’"
_SINGLE_MARK = re.compile(f"[{re.escape(SINGLE_MARKS)}]")
# Two apostrophes (or two backquotes) for one double mark, as typewriter and treebank text
# writes it: ``''Would we ...? "Arians asked``. Not three or more in a row.
_PAIRED_MARKS = re.compile(r"(?<!['`])(?:''|``)(?!['`])")
# What may stand just before a mark that opens a quote, and just after one that closes it
_BEFORE_OPENING = "([{—–-/"
_AFTER_CLOSING = ".,;:!?)]}—–-"


def quote_marks(text: str) -> str:
    """The marks that quote in ``text``: the double ones, or the single ones where the text
    has no double mark (as :func:`find_quotes` pairs them)."""
    return QUOTE_MARKS if _MARK.search(text) else QUOTE_MARKS + SINGLE_MARKS


@dataclass(frozen=True)
class Quote:
    start: int  # the opening mark
    end: int  # just after the closing mark

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def find_quotes(text: str, max_words: int) -> list[Quote]:
    """Balanced double-quoted stretches, paragraph continuations included."""
    events: list[tuple[int, str]] = [(m.start(), "break") for m in re.finditer(r"\n+", text)]
    text = _paired_marks_as_double(text)
    marks = list(_MARK.finditer(text))
    if not marks:
        # no double mark in the whole text: single marks quote (British style, "'There was
        # blood,' said ..."); an apostrophe inside a word faces neither way, nor one a
        # tokenised text set apart by spaces in a contraction ("don ’ t", "Gray ’ s")
        spaced = _spaced_apostrophes(text)
        marks = [m for m in _SINGLE_MARK.finditer(text) if m.start() not in spaced]
    for mark in marks:
        kind = _mark_direction(text, mark.start())
        if kind:
            events.append((mark.start(), kind))
    events.sort()
    quotes: list[Quote] = []
    open_at: int | None = None
    crossed_paragraph = False
    opened_detached = False  # the open quote began at a mark set apart by spaces
    for n, (pos, kind) in enumerate(events):
        if kind == "either":  # ', "said': closes a quote that is open, else opens one
            kind = "close" if open_at is not None else "open"
        if kind == "detached":
            kind = _detached_direction(text, events, n, open_at is not None)
            if kind == "reopen" and open_at is not None:  # a paragraph break lost inside a quote: close it, open anew
                quotes.append(Quote(open_at, pos))
                open_at, crossed_paragraph, opened_detached = pos, False, True
                continue
            if kind == "open":
                open_at, crossed_paragraph, opened_detached = pos, False, True
                continue
        if kind == "break":
            crossed_paragraph = open_at is not None
        elif kind == "open":
            # a paragraph that reopens the quote continues it (news style for long quotes)
            if open_at is not None and crossed_paragraph and _starts_paragraph(text, pos):
                crossed_paragraph = False
                continue
            if open_at is not None and not crossed_paragraph and (
                    _reopens_flattened(text, pos, open_at) or opened_detached and _after_sentence_end(text, pos)):
                # the paragraph break was lost ("... to the West. “Part of ..."): the quote
                # open before ran to the end of its paragraph, the sentence before this mark
                quotes.append(Quote(open_at, pos))
            open_at, crossed_paragraph, opened_detached = pos, False, False
        elif open_at is not None:
            if not crossed_paragraph:
                quotes.append(Quote(open_at, pos + 1))
            open_at, crossed_paragraph, opened_detached = None, False, False
    return [q for q in quotes if len(re.findall(r"\w+", text[q.start:q.end])) <= max_words]


def _spaced_apostrophes(text: str) -> set[int]:
    """Where an apostrophe stands apart by spaces between a word and a contraction's or a
    possessive's ending ("don ’ t", "we ’ ll", "Gray ’ s": ``data/sentences.toml``
    ``[spaced_contractions]``, with "t" and "s"): no quotation mark."""
    return {m.start(1) for m in _SPACED_CONTRACTION.finditer(text) if m.group(2).lower() in _contraction_endings()}


_SPACED_CONTRACTION = re.compile(r"(?<=\w) (['’]) ([A-Za-z]{1,2})(?![\w'’])")


@cache
def _contraction_endings() -> frozenset[str]:
    from newstrace.data import load_toml

    return frozenset([*load_toml("sentences.toml").get("spaced_contractions", {}).get("endings", []), "t", "s"])


def _paired_marks_as_double(text: str) -> str:
    """``text`` with each pair of apostrophes or backquotes that opens (before a word) or
    closes (after one) written as a double mark on the word's side and a space on the
    other, so that offsets stay those of ``text``."""
    if "''" not in text and "``" not in text:
        return text
    chars = list(text)
    for m in _PAIRED_MARKS.finditer(text):
        i = m.start()
        before = text[i - 1] if i > 0 else " "
        after = text[i + 2] if i + 2 < len(text) else " "
        if (before.isspace() or before in _BEFORE_OPENING) and not after.isspace():
            chars[i], chars[i + 1] = " ", '"'
        elif not before.isspace() and (after.isspace() or after in _AFTER_CLOSING):
            chars[i], chars[i + 1] = '"', " "
    return "".join(chars)


def _mark_direction(text: str, i: int) -> str | None:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = (before.isspace() or before in _BEFORE_OPENING) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in _AFTER_CLOSING or after in QUOTE_MARKS)
    straight = text[i] in "\"'"
    if straight and before.isspace() and i >= 2 and text[i - 2] in ",?!'’" and not after.isspace():
        # '... I'm satisfied, "said the champion', "... 'Mortal Kombat, ' "Frasor said",
        # '"... without him? "Arians asked': a mark after a comma, a question or exclamation
        # mark (or a closing single quote) and a space, joined
        # to the word after it, closes the quote open before it (tokenised text) or opens one
        return "either"
    if opens != closes:
        return "open" if opens else "close"
    if straight and before.isspace() and after.isspace() and i >= 2 and text[i - 2] in _DETACHED_CLOSE_AFTER:
        # a straight mark set apart by spaces after a sentence's or clause's end ("... all
        # night. " A cagey ...", text tokenised and joined again): it closes an open quote,
        # or opens one, as the marks after it say (``_detached_direction``)
        return "detached"
    if text[i] in OPENING_ONLY + "‘":
        return "open"
    if text[i] in CLOSING_ONLY + "’":
        return "close"
    return None


def _starts_paragraph(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip()


def _reopens_flattened(text: str, pos: int, open_at: int) -> bool:
    """Whether an opening mark, met while a quote is open, reopens it after a lost paragraph
    break: a curly opening mark right after a sentence's end and a space ("West. “Part"), in
    a quote a curly mark opened too, or a straight one so placed and joined to a capital, in
    a quote a straight mark opened. A
    paragraph reopens its quote with the mark that opened it: a straight mark left open
    before a curly one ("... 'very spiritual' ..." closed by a single mark) is a stray."""
    if pos >= 2 and text[pos - 1] == " " and text[pos - 2] in ".!?" and text[pos] == '"' == text[open_at] \
            and text[pos + 1:pos + 2].isupper() and _opens_sentence(text, open_at):
        # a straight mark joined to a capital after a sentence's end faces forward: a new
        # paragraph of the quote a straight mark opened at a sentence's start ('... he said.
        # "There were ... burned down. "Otherwise, ...'); one opened inside a sentence and
        # never closed ('the EU "was ruled by ..., Sisci said. "Both') is a stray
        return True
    return (pos >= 2 and text[pos - 1] == " " and text[pos - 2] in ".!?" and text[pos] == "“"
            and text[open_at] == "“")


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the mark at ``pos`` starts a sentence of what it quotes: a capital after it,
    and before it the text's or a paragraph's start, or a sentence's end or a colon and a space."""
    before = text[:pos].rstrip(" ")
    return text[pos + 1:pos + 2].isupper() and (not before or before[-1] in "\n.!?:")


def _after_sentence_end(text: str, pos: int) -> bool:
    return pos >= 2 and text[pos - 1] == " " and text[pos - 2] in ".!?"


def _detached_direction(text: str, events: list[tuple[int, str]], n: int, is_open: bool) -> str:
    """Which way a straight mark set apart by spaces faces, in text tokenised and joined
    again (paragraph breaks lost): "open", "close", "reopen" (closes the open quote and
    opens a new one: a lost paragraph that reopens a quote) or "ignore". The marks after
    it decide: the run of such marks up to the next mark that faces a way must leave a quote
    open before a closing mark and none open before an opening one; each mark of the run
    turns the state over, so where the count does not fit, a mark after a sentence's end
    inside a quote reopens it, and one outside any quote before a reopening mark opens."""
    run, nxt = 0, None
    for _pos, kind in events[n:]:
        if kind == "break":
            break
        if kind != "detached":
            nxt = kind
            break
        run += 1
    if nxt is None and events[n + run:] and events[n + run][1] == "break":
        return "close" if is_open else "ignore"  # the paragraph ends the run: as before
    want_open = nxt in ("close", "either")
    fits = (is_open != (run % 2 == 1)) == want_open
    if fits:
        return "close" if is_open else "open"
    if is_open:
        return "reopen" if _after_sentence_end(text, events[n][0]) else "close"
    if nxt == "open" and _after_sentence_end(text, events[n + run][0]):
        return "open"
    return "ignore"
