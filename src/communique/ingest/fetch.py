"""Polite, bounded HTTP(S) fetching with the standard library.

The policy (docs/ingest.md): a user agent naming the project; robots.txt honoured
(with its Crawl-delay); at most one request per `delay` seconds to a host; a timeout on
every socket operation; retries with exponential backoff on timeouts, connection
errors, 429 and 5xx; redirects followed by hand, at most `max_redirects`, and only to
http(s); the body streamed and dropped once it passes `max_bytes`. A fetch either
returns the whole body or raises FetchError: nothing half-read ever leaves here.
"""
from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
import urllib.robotparser
import zlib
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urljoin, urlsplit

from .. import __version__

AGENT = "communique"
USER_AGENT = f"{AGENT}/{__version__} (press-release archiver; +https://pypi.org/project/communique/)"
SCHEMES = ("http", "https")
RETRY_STATUS = {429, 500, 502, 503, 504}
CHUNK = 64 * 1024


class FetchError(Exception):
    """A fetch that gave no usable body; the message says why, for a person."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Policy:
    timeout: float = 20.0          # seconds, per connect and per read
    max_seconds: float = 120.0     # for a whole body: a server dripping bytes is cut off
    retries: int = 2               # extra attempts after the first
    backoff: float = 1.0           # first wait; doubled each retry
    delay: float = 1.0             # minimum seconds between requests to one host
    max_bytes: int = 20 * 1024 * 1024
    max_redirects: int = 5
    max_crawl_delay: float = 30.0  # a robots.txt asking more is capped here


@dataclass
class Response:
    url: str                       # after redirects
    status: int
    content_type: str              # lowercased media type, no parameters
    charset: str | None
    body: bytes


@dataclass
class Fetcher:
    policy: Policy = field(default_factory=Policy)
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)

    def get(self, url: str, accept: str = "*/*") -> Response:
        """GET `url` under the policy; FetchError when it cannot give the whole body."""
        check_scheme(url)
        seen = [url]
        for _ in range(self.policy.max_redirects + 1):
            self._check_robots(url)
            resp, location = self._get_once(url, accept)
            if location is None:
                return resp
            nxt = urljoin(url, location)
            if urlsplit(nxt).scheme.lower() not in SCHEMES:
                raise FetchError(f"redirected to {nxt[:200]!r}: only http(s) is followed")
            check_scheme(nxt)
            if nxt in seen:
                raise FetchError(f"redirect loop: {' -> '.join(seen + [nxt])}")
            seen.append(nxt)
            url = nxt
        raise FetchError(f"more than {self.policy.max_redirects} redirects")

    # -- one request, with retries -------------------------------------------------

    def _get_once(self, url: str, accept: str) -> tuple[Response, str | None]:
        wait = self.policy.backoff
        for attempt in range(self.policy.retries + 1):
            last = attempt == self.policy.retries
            try:
                return self._request(url, accept)
            except _Retryable as exc:
                if last:
                    raise FetchError(str(exc)) from None
                time.sleep(min(max(wait, exc.retry_after or 0), 60))
                wait *= 2
        raise AssertionError("unreachable")

    def _request(self, url: str, accept: str) -> tuple[Response, str | None]:
        self._pace(url)
        req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": accept,
                                                   "Accept-Encoding": "identity"})
        try:
            raw = _OPENER.open(req, timeout=self.policy.timeout)
        except urllib.error.HTTPError as exc:
            with exc:
                if 300 <= exc.code < 400 and exc.headers.get("Location"):
                    return Response(url, exc.code, "", None, b""), exc.headers["Location"]
                reason = f"HTTP {exc.code} {exc.reason}"
                if exc.code in RETRY_STATUS:
                    raise _Retryable(reason, _retry_after(exc.headers)) from None
                raise FetchError(reason, exc.code) from None
        except (TimeoutError, socket.timeout):
            raise _Retryable(f"no answer within {self.policy.timeout:g} s") from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, (TimeoutError, socket.timeout)):
                raise _Retryable(f"no answer within {self.policy.timeout:g} s") from None
            raise _Retryable(f"cannot connect: {exc.reason}") from None
        except (http.client.HTTPException, OSError) as exc:
            raise _Retryable(f"connection failed: {exc}") from None
        with raw:
            body = self._read_bounded(raw)
            headers: Message = raw.headers
            body = self._decoded(body, (headers.get("Content-Encoding") or "identity").strip().lower())
            return Response(raw.geturl(), raw.status, headers.get_content_type().lower(),
                            headers.get_content_charset(), body), None

    def _read_bounded(self, raw) -> bytes:
        limit = self.policy.max_bytes
        declared = raw.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise FetchError(f"too large: {int(declared):,} bytes declared (limit {limit:,})")
        chunks, size = [], 0
        deadline = time.monotonic() + self.policy.max_seconds
        try:
            while chunk := raw.read1(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise FetchError(f"too large: stopped after {limit:,} bytes")
                if time.monotonic() > deadline:
                    raise FetchError(f"too slow: body not complete after {self.policy.max_seconds:g} s")
                chunks.append(chunk)
        except (TimeoutError, socket.timeout):
            raise _Retryable(f"body stalled for {self.policy.timeout:g} s") from None
        except (http.client.HTTPException, OSError) as exc:
            raise _Retryable(f"connection broke while reading: {exc}") from None
        return b"".join(chunks)

    def _decoded(self, body: bytes, encoding: str) -> bytes:
        # We ask for identity; a server that compresses anyway is undone here, within the
        # same size limit (a small gzip can hide a huge body).
        if encoding in ("identity", ""):
            return body
        if encoding not in ("gzip", "x-gzip", "deflate"):
            raise FetchError(f"unsupported Content-Encoding {encoding!r}")
        wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
        try:
            d = zlib.decompressobj(wbits)
            out = d.decompress(body, self.policy.max_bytes + 1)
        except zlib.error as exc:
            raise FetchError(f"broken {encoding} body: {exc}") from None
        if len(out) > self.policy.max_bytes or d.unconsumed_tail:
            raise FetchError(f"too large: over {self.policy.max_bytes:,} bytes once decompressed")
        return out

    # -- politeness ------------------------------------------------------------------

    def _pace(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        gap = self.policy.delay
        rp = self._robots.get(host)
        if rp is not None and (cd := rp.crawl_delay(AGENT)):
            gap = max(gap, min(float(cd), self.policy.max_crawl_delay))
        if host in self._last:
            time.sleep(max(0.0, self._last[host] + gap - time.monotonic()))
        self._last[host] = time.monotonic()

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        host = parts.netloc.lower()
        if host not in self._robots:
            self._robots[host] = None  # while fetching robots.txt itself
            self._robots[host] = self._load_robots(f"{parts.scheme}://{parts.netloc}/robots.txt")
        rp = self._robots[host]
        if rp is not None and not rp.can_fetch(AGENT, url):
            raise FetchError(f"robots.txt of {host} disallows {parts.path or '/'}")

    def _load_robots(self, robots_url: str) -> urllib.robotparser.RobotFileParser:
        rp = urllib.robotparser.RobotFileParser(robots_url)
        small = Fetcher(Policy(timeout=self.policy.timeout, retries=self.policy.retries,
                               backoff=self.policy.backoff, delay=0, max_bytes=512 * 1024),
                        _robots={urlsplit(robots_url).netloc.lower(): None})
        try:
            resp = small.get(robots_url, accept="text/plain")
        except FetchError as exc:
            # RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one
            # (5xx, network) means we may not know the rules, so nothing is fetched.
            if exc.status is not None and 400 <= exc.status < 500:
                rp.allow_all = True
                return rp
            raise FetchError(f"cannot read {robots_url} ({exc}); not fetching from this host") from None
        rp.parse(resp.body.decode(resp.charset or "utf-8", "replace").splitlines())
        self._last[urlsplit(robots_url).netloc.lower()] = time.monotonic()
        return rp


class _Retryable(Exception):
    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # Redirects come back as HTTPError so get() can check and count them itself.
    def redirect_request(self, *args, **kwargs):
        return None


# Only http and https handlers: no file://, ftp:// or data: even if a check were missed.
_OPENER = urllib.request.OpenerDirector()
for _h in (urllib.request.HTTPHandler(), urllib.request.HTTPSHandler(), _NoRedirect(),
           urllib.request.HTTPDefaultErrorHandler(), urllib.request.HTTPErrorProcessor()):
    _OPENER.add_handler(_h)


def check_scheme(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES or not parts.netloc:
        raise FetchError(f"{url[:200]!r}: only http:// and https:// addresses are fetched")
    try:
        parts.port
    except ValueError:
        raise FetchError(f"{url[:200]!r}: the port is not a number") from None
    if any(c.isspace() or ord(c) < 32 for c in url):
        raise FetchError(f"{url[:200]!r}: spaces or control characters in the address")


def _retry_after(headers) -> float | None:
    value = (headers.get("Retry-After") or "").strip()
    return float(value) if value.isdigit() else None
