"""Polite fetching of web pages: one Fetcher, its URL policy, and Articles from pages.

Every request goes through :meth:`Fetcher.fetch`, which in order, for the URL and
for each redirect target:

1. accepts only ``http`` and ``https``;
2. resolves the host and refuses private, loopback, link-local and reserved
   addresses (unless ``allow_private_addresses``), then connects to the address it
   checked, never looking the host up again (DNS rebinding);
3. asks the host's robots.txt (fetched once per host, cached);
4. waits out the per-host delay, then sends the request, retrying 429, 5xx and
   connection errors with exponential backoff;
5. reads at most ``max_bytes`` of the body within ``total_timeout_s``.

Its numbers live in ``data/fetch.toml``. Problems raise :class:`SourceError`
naming the URL asked for.
"""
from __future__ import annotations

import hashlib
import ipaddress
import os
import re
import socket
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from newstrace.record import Article
from newstrace.settings import SettingError
from newstrace.sources.errors import SourceError
from newstrace.sources.build import article_from_fields, article_from_html

HTML_TYPES = {"text/html", "application/xhtml+xml"}
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
URL_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
HTTP_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)

Resolver = Callable[[str, int], Iterable[str]]


@dataclass(frozen=True)
class FetchPolicy:
    """The numbers of ``data/fetch.toml``; see that file for what each one means."""

    user_agent: str
    connect_timeout_s: float
    read_timeout_s: float
    total_timeout_s: float
    max_bytes: int
    robots_max_bytes: int
    max_redirects: int
    retries: int
    backoff_s: float
    max_backoff_s: float
    retry_statuses: tuple[int, ...]
    per_host_delay_s: float
    max_crawl_delay_s: float
    allow_private_addresses: bool
    feed_full_content_words: int

    @classmethod
    def load(cls, **overrides: object) -> "FetchPolicy":
        """Shipped defaults, then ``NEWSTRACE_<KEY>`` environment variables, then ``overrides``."""
        from newstrace.data import load_toml

        values = dict(load_toml("fetch.toml"))
        for f in fields(cls):
            env = os.environ.get(f"NEWSTRACE_{f.name.upper()}")
            if env is not None:
                values[f.name] = _from_env(f"NEWSTRACE_{f.name.upper()}", env, values[f.name])
        values["retry_statuses"] = tuple(values["retry_statuses"])
        values["user_agent"] = str(values["user_agent"]).format(version=_version())
        unknown = set(overrides) - {f.name for f in fields(cls)}
        if unknown:
            raise TypeError(f"unknown fetch setting(s): {', '.join(sorted(unknown))}")
        return replace(cls(**values), **overrides)  # type: ignore[arg-type]

    @property
    def robots_agent(self) -> str:
        """The product token robots.txt rules are matched against."""
        return self.user_agent.split("/", 1)[0].strip()


@dataclass(frozen=True)
class Page:
    """A fetched response: the URL asked for, where it ended after redirects, its body."""

    requested_url: str
    url: str
    status: int
    content_type: str
    body: bytes

    @property
    def media_type(self) -> str:
        return self.content_type.split(";", 1)[0].strip().lower()

    @property
    def text(self) -> str:
        return decode_body(self.body, self.content_type)


class Fetcher:
    """Fetches pages politely; one per batch, so robots.txt and per-host delays are shared.

    ``transport`` swaps the network (``httpx.MockTransport`` in tests); ``resolve``,
    ``sleep`` and ``clock`` swap name resolution and time for the same reason.
    """

    def __init__(self, policy: FetchPolicy | None = None, *, transport: httpx.BaseTransport | None = None,
                 resolve: Resolver | None = None, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic):
        # Loaded on first use, so a batch of local files never reads fetch settings.
        self._policy = policy
        self._transport = transport
        self._resolve = resolve or _resolve
        self._sleep = sleep
        self._clock = clock
        self._client: httpx.Client | None = None
        self._robots: dict[str, RobotFileParser] = {}
        self._robots_problem: dict[str, str] = {}
        self._last_request: dict[str, float] = {}
        self._host_delay: dict[str, float] = {}

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def policy(self) -> FetchPolicy:
        if self._policy is None:
            self._policy = FetchPolicy.load()
        return self._policy

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def fetch(self, url: str) -> Page:
        """The page at ``url`` (status 200, redirects followed); else SourceError naming ``url``."""
        page = self._request(url, check_robots=True, max_bytes=self.policy.max_bytes, truncate=False)
        if page.status != 200:
            where = f"redirected to {page.url}: " if page.url != url else ""
            raise SourceError(url, f"{where}HTTP {page.status}")
        return page

    # -- the steps -------------------------------------------------------------

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            p = self.policy
            # An explicit transport also keeps httpx from routing through proxies named in
            # the environment, which would connect on our behalf past the address check.
            self._client = httpx.Client(
                transport=self._transport or httpx.HTTPTransport(),
                headers={"User-Agent": p.user_agent},
                timeout=httpx.Timeout(p.read_timeout_s, connect=p.connect_timeout_s),
                follow_redirects=False,
            )
        return self._client

    def _request(self, url: str, *, check_robots: bool, max_bytes: int, truncate: bool) -> Page:
        current = url
        for _hop in range(self.policy.max_redirects + 1):
            where = f"redirected to {current}: " if current != url else ""
            try:
                parsed, address = self._check_url(current)
                if check_robots:
                    self._check_robots(parsed)
                status, headers, body = self._send(parsed, max_bytes=max_bytes, truncate=truncate, address=address)
            except SourceError as exc:
                raise SourceError(url, where + exc.problem) from None
            if status in REDIRECT_STATUSES:
                location = headers.get("location")
                if not location:
                    raise SourceError(url, f"{where}HTTP {status} redirect without a Location header")
                current = urljoin(current, location.strip())
                continue
            return Page(url, current, status, headers.get("content-type", ""), body)
        raise SourceError(url, f"more than {self.policy.max_redirects} redirects (the last to {current})")

    def _check_url(self, url: str) -> tuple[httpx.URL, str | None]:
        """The parsed URL and the address checked for it (None when addresses are not
        checked): the request goes to that address, never to a second look-up's."""
        if not URL_SCHEME.match(url) or url.split(":", 1)[0].lower() not in ("http", "https"):
            scheme = url.split("://", 1)[0] if "://" in url else ""
            raise SourceError(url, f"unsupported URL scheme {scheme!r} (only http and https are fetched)")
        try:
            parsed = httpx.URL(url)
        except httpx.InvalidURL as exc:
            raise SourceError(url, f"is not a valid URL ({exc})") from None
        if not parsed.host:
            raise SourceError(url, "is not a valid URL (no host)")
        if not self.policy.allow_private_addresses:
            return parsed, self._check_addresses(parsed)
        return parsed, None

    def _check_addresses(self, url: httpx.URL) -> str:
        host = url.raw_host.decode("ascii")
        try:
            addresses = [ipaddress.ip_address(host)]
        except ValueError:
            try:
                addresses = [ipaddress.ip_address(a) for a in self._resolve(host, url.port or _default_port(url))]
            except (OSError, UnicodeError) as exc:
                raise SourceError(str(url), f"host {host} not found ({exc})") from None
            if not addresses:
                raise SourceError(str(url), f"host {host} not found (no addresses)")
        for address in addresses:
            address = getattr(address, "ipv4_mapped", None) or address  # ::ffff:127.0.0.1 reaches 127.0.0.1
            kind = non_public_kind(address)
            if kind:
                detail = "" if kind == "private" else f" ({kind})"
                raise SourceError(str(url), f"refused: resolves to a private address {address}{detail}")
        return str(addresses[0])

    def _check_robots(self, url: httpx.URL) -> None:
        origin = f"{url.scheme}://{url.netloc.decode('ascii')}"
        rules = self._robots.get(origin)
        if rules is None:
            rules = self._robots[origin] = self._read_robots(origin)
            delay = rules.crawl_delay(self.policy.robots_agent)
            if delay:
                self._host_delay[url.netloc.decode("ascii")] = min(
                    max(float(delay), self.policy.per_host_delay_s), self.policy.max_crawl_delay_s)
        if not rules.can_fetch(self.policy.robots_agent, str(url)):
            why = self._robots_problem.get(origin)
            if why is None:
                raise SourceError(str(url), "blocked by robots.txt")
            if why.startswith("connection failed"):
                # The host is down, not shy: say so rather than blame robots.txt.
                raise SourceError(str(url), f"{why} (fetching robots.txt)")
            raise SourceError(str(url), f"blocked: robots.txt unreachable ({why})")

    def _read_robots(self, origin: str) -> RobotFileParser:
        rules = RobotFileParser(origin + "/robots.txt")
        try:
            page = self._request(origin + "/robots.txt", check_robots=False,
                                 max_bytes=self.policy.robots_max_bytes, truncate=True)
        except SourceError as exc:
            # RFC 9309 §2.3.1.4: an unreachable robots.txt means complete disallow.
            self._robots_problem[origin] = exc.problem
            rules.disallow_all = True  # type: ignore[attr-defined]
            return rules
        if page.status == 200:
            rules.parse(page.body.decode("utf-8", errors="replace").splitlines())
        elif 400 <= page.status < 500:
            # RFC 9309 §2.3.1.3: "unavailable" (401 and 403 included) means no rules.
            rules.allow_all = True  # type: ignore[attr-defined]
        else:
            self._robots_problem[origin] = f"HTTP {page.status}"
            rules.disallow_all = True  # type: ignore[attr-defined]
        return rules

    def _send(self, url: httpx.URL, *, max_bytes: int, truncate: bool,
              address: str | None = None) -> tuple[int, httpx.Headers, bytes]:
        """One request with retries: (status, headers, body) of the last attempt."""
        p = self.policy
        attempts = p.retries + 1
        problem = ""
        for attempt in range(attempts):
            self._wait_for_host(url.netloc.decode("ascii"))
            retry_after = None
            try:
                status, headers, body = self._send_once(url, max_bytes=max_bytes, truncate=truncate, address=address)
            except httpx.TransportError as exc:
                problem = f"connection failed ({type(exc).__name__}{': ' + str(exc) if str(exc) else ''})"
            except httpx.HTTPError as exc:
                raise SourceError(str(url), f"bad response ({type(exc).__name__}: {exc})") from None
            else:
                if status not in p.retry_statuses:
                    return status, headers, body
                problem = f"HTTP {status}"
                retry_after = _retry_after(headers.get("retry-after"))
            if attempt + 1 < attempts:
                wait = retry_after if retry_after is not None else p.backoff_s * 2 ** attempt
                self._sleep(min(wait, p.max_backoff_s))
        raise SourceError(str(url), f"{problem} after {attempts} attempt{'s' if attempts > 1 else ''}")

    def _send_once(self, url: httpx.URL, *, max_bytes: int, truncate: bool,
                   address: str | None = None) -> tuple[int, httpx.Headers, bytes]:
        deadline = self._clock() + self.policy.total_timeout_s
        too_large = f"response larger than {_size(max_bytes)}"
        request = self._pinned_request(url, address)
        response = self.client.send(request, stream=True)
        try:
            if response.status_code != 200:
                # Redirects, errors and retries need only the status and headers.
                return response.status_code, response.headers, b""
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes and not truncate:
                raise SourceError(str(url), too_large)
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > max_bytes:
                    if truncate:
                        del body[max_bytes:]
                        break
                    raise SourceError(str(url), too_large)
                if self._clock() > deadline:
                    raise SourceError(str(url), f"response took longer than {self.policy.total_timeout_s:g} s")
            return response.status_code, response.headers, bytes(body)
        finally:
            response.close()

    def _pinned_request(self, url: httpx.URL, address: str | None) -> httpx.Request:
        """A GET of ``url`` sent to ``address``, the one checked: were the host looked up
        again on connect, a DNS answer that changed in between (rebinding: public for
        the check, 127.0.0.1 for the connection) would reach a private address. The
        Host header and the TLS server name (SNI, and so the certificate check) stay the
        URL's host."""
        if address is None or url.host == address:
            return self.client.build_request("GET", url)
        return self.client.build_request("GET", url.copy_with(host=address), headers={"Host": url.netloc.decode("ascii")},
                                         extensions={"sni_hostname": url.host})

    def _wait_for_host(self, host: str) -> None:
        last = self._last_request.get(host)
        if last is not None:
            wait = last + self._host_delay.get(host, self.policy.per_host_delay_s) - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._last_request[host] = self._clock()


def non_public_kind(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why an address must not be fetched from by default ("loopback", "private", …), or None."""
    mapped = getattr(address, "ipv4_mapped", None)
    if mapped is not None:
        # ::ffff:127.0.0.1 reaches 127.0.0.1.
        address = mapped
    for kind in ("loopback", "link_local", "unspecified", "multicast", "reserved", "private"):
        if getattr(address, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if address.is_global else "not globally routable"


def is_url(text: str) -> bool:
    """Whether an input names something to fetch rather than a local path."""
    return bool(URL_SCHEME.match(text))


def is_http_url(text: str) -> bool:
    return bool(HTTP_URL.match(text.strip()))


def url_article_id(url: str) -> str:
    """A stable, readable id for the page at ``url``: host and last path segment, plus a short hash.

    ``https://www.voanews.com/a/north-korea-tests-missile/8008152.html`` →
    ``voanews.com-north-korea-tests-missile-8008152-<8 hex>``; the hash keeps ids of
    similar URLs apart.
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    segments = [s for s in parts.path.split("/") if s]
    last = re.sub(r"\.(s?html?|php|aspx?|jsp)$", "", segments[-1], flags=re.IGNORECASE) if segments else ""
    if last.isdigit() and len(segments) > 1:
        # A bare numeric id says little; the segment before it is usually the headline slug.
        last = f"{segments[-2]}-{last}"
    slug = _slug(last)[:60].strip("-")
    digest = hashlib.sha1(parts._replace(fragment="").geturl().encode("utf-8")).hexdigest()[:8]
    return "-".join(p for p in (host or "page", slug, digest) if p)


def decode_body(body: bytes, content_type: str = "") -> str:
    """Text of a response body: its declared charset, a <meta charset>, else UTF-8."""
    charset = None
    match = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type, re.IGNORECASE)
    if match:
        charset = match.group(1)
    else:
        meta = META_CHARSET.search(body[:4096])
        if meta:
            charset = meta.group(1).decode("ascii")
    if body.startswith(b"\xef\xbb\xbf"):
        charset = "utf-8-sig"
    try:
        return body.decode(charset or "utf-8", errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


def article_from_page(page: Page, *, name: str, default_id: str | None = None) -> Article:
    """An Article from a fetched HTML (or plain text) page."""
    article_id = default_id or url_article_id(page.url)
    media = page.media_type
    if media in HTML_TYPES or (not media and page.body.lstrip()[:1] == b"<"):
        return article_from_html(page.text, name=name, default_id=article_id, url=page.url)
    if media == "text/plain":
        host = urlsplit(page.url).hostname
        return article_from_fields(name, {"id": article_id, "url": page.url, "source": host, "text": page.text})
    raise SourceError(name, f"unsupported content type {media or 'unknown'} (expected an HTML page or a feed)")


def _slug(text: str) -> str:
    from urllib.parse import unquote

    ascii_text = unicodedata.normalize("NFKD", unquote(text)).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _resolve(host: str, port: int) -> list[str]:
    return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)})


def _default_port(url: httpx.URL) -> int:
    return 443 if url.scheme == "https" else 80


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (seconds or an HTTP date), else None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    from datetime import datetime, timezone

    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _size(n: int) -> str:
    for unit, scale in (("MB", 1_000_000), ("kB", 1_000)):
        if n >= scale:
            return f"{n / scale:g} {unit}"
    return f"{n} bytes"


def _from_env(var: str, text: str, default: Any) -> object:
    if isinstance(default, bool):
        if text.strip().lower() in ("1", "true", "yes", "on"):
            return True
        if text.strip().lower() in ("0", "false", "no", "off", ""):
            return False
        raise SettingError(f"{var}={text!r}: expected true or false (1/0, yes/no, on/off)")
    if isinstance(default, list):
        try:
            return [int(x) for x in text.replace(",", " ").split()]
        except ValueError:
            raise SettingError(f"{var}={text!r}: expected whole numbers separated by commas") from None
    try:
        return type(default)(text)
    except ValueError:
        raise SettingError(f"{var}={text!r}: expected a {type(default).__name__}") from None


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newstrace")
    except PackageNotFoundError:
        return "0+unknown"
