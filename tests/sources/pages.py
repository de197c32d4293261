"""Pages the source tests serve and archive: news articles trafilatura can read."""
from __future__ import annotations

# (status, headers, body) of one HTTP response.
Reply = tuple[int, dict[str, str], bytes]

PARAGRAPHS = (
    "The foreign minister said on Tuesday that talks with the neighbouring government would resume next week "
    "in Geneva, after three rounds of negotiations ended without an agreement on the disputed border region.",
    "Officials familiar with the preparations said both delegations had agreed to a limited agenda, focused on "
    "prisoner exchanges and the reopening of two crossings that have been closed since the spring.",
    "Opposition leaders criticised the decision, arguing that the government had conceded too much before the "
    "negotiations had even begun, and called for a vote in parliament on any final settlement.",
)


def article_html(title: str, *, paragraphs: tuple[str, ...] = PARAGRAPHS, date: str | None = None) -> bytes:
    """A news page trafilatura reads: a headline and a few paragraphs of prose."""
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><title>{title}</title>{meta}</head><body><nav>Home | World</nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>Copyright</footer></body></html>").encode("utf-8")


def html_reply(title: str, **kwargs) -> Reply:
    return 200, {"Content-Type": "text/html; charset=utf-8"}, article_html(title, **kwargs)
