"""A small ministry website on 127.0.0.1 for the ingest tests: release pages shaped like
real ones (menus, share widgets, related releases, footers, dates in several formats, a
release laid out in a table, one in an iframe, one behind "read more"), RSS and Atom
feeds, a PDF, and the ways a server goes wrong (redirect loop, slow, 404, huge, not
HTML, robots.txt)."""
from __future__ import annotations

import http.server
import threading
import time
from dataclasses import dataclass, field

NAV = """<header><a class="logo" href="/">Ministry of Foreign Affairs</a>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/about">About the Ministry</a></li>
<li><a href="/press">Press releases</a></li><li><a href="/consular">Consular services</a></li>
<li><a href="/contact">Contact us</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/press">Media Centre</a> &gt; Press releases</div>
<form class="search"><input name="q" placeholder="Search the Ministry website"></form></header>"""
SHARE = """<div class="share-widget"><span>Share this:</span> <a href="https://twitter.com/intent/tweet">Tweet</a>
<a href="https://www.facebook.com/sharer.php">Share on Facebook</a> <a href="https://wa.me/">WhatsApp</a>
<a href="javascript:window.print()">Print this page</a></div>"""
RELATED = """<aside class="related"><h3>Related releases</h3><ul>
<li><a href="/press/old-1.html">Foreign Secretary holds consultations with Chile</a></li>
<li><a href="/press/old-2.html">Minister of State visits Ghana and Togo</a></li>
<li><a href="/press/old-3.html">Statement on the situation in the Sahel</a></li></ul></aside>"""
FOOTER = """<footer><ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li>
<li><a href="/sitemap">Sitemap</a></li></ul><p>Content owned by the Ministry of Foreign Affairs. Copyright 2021.
Website designed and maintained by the National Informatics Unit. Last updated on 01/01/2021.</p>
<p>Follow us on social media for the latest updates</p></footer>"""


def page(title: str, body: str, head: str = "", lang: str = "en") -> bytes:
    return (f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Ministry of Foreign Affairs</title>
<meta property="og:site_name" content="Ministry of Foreign Affairs">{head}
<script>window.dataLayer=[];function gtag(){{}}</script><style>.menu{{display:flex}}</style></head>
<body>{NAV}<div id="content" class="container">{body}</div>{FOOTER}</body></html>""").encode()


VISIT = [
    "Foreign Minister Ana Souza of Brazil paid an official visit to New Delhi from 10 to 12 March 2024 at the invitation of the External Affairs Minister.",
    "The two ministers held delegation-level talks on 11 March 2024 and reviewed the full range of bilateral relations, including trade, energy, defence and people-to-people ties.",
    "\u201cOur two countries will double bilateral trade by 2030,\u201d Foreign Minister Souza said at the joint press conference after the talks.",
    "Bilateral trade between the two countries reached USD 12 billion in 2023, and both sides agreed to expand cooperation in renewable energy and agriculture.",
    "The visit concluded with the signing of three agreements on culture, education and space research.",
]
CALL = [
    "Foreign Minister Karl Brandt of Germany spoke by telephone with the Minister on 13 March 2024 about the situation in the Middle East and the preparations for the next ministerial meeting.",
    "The two ministers agreed that the humanitarian situation required urgent attention, and that their officials would remain in close contact over the coming weeks.",
    "\u201cWe are committed to working together for peace and stability in the region,\u201d Foreign Minister Brandt said after the call.",
    "They also discussed the economic partnership between the two countries, which has grown steadily over the past decade.",
]
TABLE_RELEASE = [
    "Chancellor Karl Brandt of Germany met the Prime Minister in Berlin on 15 March 2024 for the annual intergovernmental consultations between the two governments.",
    "The leaders welcomed the growth of investment between the two countries and announced a new partnership on green hydrogen and skills for young people.",
    "\u201cThis partnership will create jobs in both our countries,\u201d Chancellor Brandt said at the press conference that followed the consultations.",
]
IFRAME_RELEASE = [
    "Foreign Minister Ana Souza of Brazil and Foreign Minister Karl Brandt of Germany met in Geneva on 16 March 2024 on the margins of the Human Rights Council.",
    "The ministers discussed the reform of the United Nations Security Council and the fight against climate change, and they agreed to hold regular consultations between their ministries.",
    "\u201cMultilateralism remains the best answer to the challenges we share,\u201d Foreign Minister Souza said after the meeting in Geneva.",
    "The two ministers also reviewed cooperation in science and technology and agreed to meet again later this year.",
]
JOINT = [
    "The Foreign Ministers of Brazil and Germany met in Brasilia on 18 March 2024 and adopted the following joint statement on their strategic partnership.",
    "The ministers reaffirmed their commitment to a rules-based international order and to the goals of the Paris Agreement on climate change.",
    "\u201cOur partnership is stronger than ever,\u201d Foreign Minister Ana Souza said at the signing of the joint statement in Brasilia.",
    "Both sides welcomed the growth of bilateral trade, which reached EUR 20 billion in 2023, and agreed to deepen cooperation on critical minerals.",
]
PDF_RELEASE = [
    "Joint Statement on the Partnership for Clean Energy",
    "The Governments of Brazil and Germany met in Berlin on 20 March 2024 and agreed to launch a partnership for clean energy. The partnership will support investment in wind, solar and green hydrogen projects in both countries over the next five years.",
    '"Clean energy is the future of our economies," Foreign Minister Ana Souza said at the launch of the partnership in Berlin. Both governments will report on progress at the next annual consultations.',
]
FRENCH = [
    "Le ministre des Affaires \u00e9trang\u00e8res s'est entretenu le 14 mars 2024 avec son homologue allemand au sujet de la situation au Moyen-Orient et de la pr\u00e9paration de la prochaine r\u00e9union minist\u00e9rielle.",
    "Les deux ministres sont convenus que la situation humanitaire exigeait une attention urgente et que leurs services resteraient en contact \u00e9troit au cours des prochaines semaines.",
    "\u00ab Nous sommes d\u00e9termin\u00e9s \u00e0 travailler ensemble pour la paix et la stabilit\u00e9 dans la r\u00e9gion \u00bb, a d\u00e9clar\u00e9 le ministre apr\u00e8s l'entretien.",
]
DROPPED = ["About the Ministry", "Consular services", "Share on Facebook", "Tweet", "WhatsApp",
           "Print this page", "Related releases", "Foreign Secretary holds consultations with Chile",
           "Statement on the situation in the Sahel", "Privacy policy", "Terms of use",
           "National Informatics Unit", "Follow us on social media", "Search the Ministry website",
           "Media Centre", "dataLayer"]


def paras(ps: list[str]) -> str:
    return "".join(f"<p>{p}</p>\n" for p in ps)


def article(title: str, date_html: str, ps: list[str]) -> str:
    return (f'<main><article><h1>{title}</h1><div class="meta">{date_html}</div>{SHARE}'
            f'<div class="field-body">{paras(ps)}</div></article>{RELATED}</main>')


def make_pdf(lines: list[str]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title(lines[0])
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)  # a core font, so nothing to install (Latin-1 only)
    for ln in lines:
        pdf.multi_cell(0, 6, ln)
        pdf.ln(4)
    return bytes(pdf.output())


def rss(base: str) -> bytes:
    items = [
        ("Visit of the Foreign Minister of Brazil", "/press/visit-brazil.html", "Tue, 12 Mar 2024 10:00:00 +0530"),
        ("Telephone call with the Foreign Minister of Germany", "/press/call-germany.html", "Wed, 13 Mar 2024 18:30:00 +0530"),
        ("Meeting of the Foreign Ministers in Geneva", "/press/geneva-meeting.html", "Sat, 16 Mar 2024 09:00:00 +0100"),
        ("Hostile item", "file:///etc/passwd", "Sun, 17 Mar 2024 09:00:00 +0100"),
    ]
    xml = "".join(f"<item><title>{t}</title><link>{u if u.startswith('file') else base + u}</link>"
                  f"<pubDate>{d}</pubDate><description>Summary of {t}</description></item>" for t, u, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Ministry of Foreign Affairs: press releases</title>'
            f'<link>{base}/press</link><language>en-gb</language><description>Releases</description>{xml}</channel></rss>').encode()


def atom(base: str) -> bytes:
    entries = [
        ("Intergovernmental consultations in Berlin", "/press/consultations.html", "2024-03-15T12:00:00Z", "en"),
        ("Joint statement on the strategic partnership", "/press/teaser.html", "2024-03-18T12:00:00Z", "en"),
        ("Joint Statement on the Partnership for Clean Energy", "/docs/clean-energy.pdf", "2024-03-20T12:00:00Z", "en"),
        ("Entretien t\u00e9l\u00e9phonique avec le ministre allemand", "/fr/entretien.html", "2024-03-14T12:00:00Z", "fr"),
    ]
    xml = "".join(f'<entry xml:lang="{lang}"><title>{t}</title><link rel="alternate" href="{base}{u}"/><id>{base}{u}</id>'
                  f"<updated>{d}</updated><summary>{t}</summary></entry>" for t, u, d, lang in entries)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Ministry press releases (Atom)</title>'
            f'<id>{base}/atom</id><updated>2024-03-20T12:00:00Z</updated>{xml}</feed>').encode()


def site_pages() -> dict[str, tuple[int, dict, bytes]]:
    html = {"Content-Type": "text/html; charset=utf-8"}
    pages = {
        # Date in a meta tag and in words.
        "/press/visit-brazil.html": page("Visit of the Foreign Minister of Brazil", article(
            "Visit of the Foreign Minister of Brazil", "Posted on: 12 March 2024", VISIT),
            head='<meta property="article:published_time" content="2024-03-12T10:00:00+05:30">'
                 '<link rel="canonical" href="https://mfa.example.org/press/visit-brazil.html">'),
        # Date only as "March 13, 2024" in the page.
        "/press/call-germany.html": page("Telephone call with the Foreign Minister of Germany", article(
            "Telephone call with the Foreign Minister of Germany", '<span class="date">March 13, 2024</span>', CALL)),
        # The main text laid out in a table, as older government sites do.
        "/press/consultations.html": page("Intergovernmental consultations in Berlin", (
            '<table class="layout" width="100%"><tr><td class="left-menu"><a href="/press">Press releases</a><br>'
            '<a href="/speeches">Speeches</a></td><td class="content"><h1>Intergovernmental consultations in Berlin</h1>'
            '<p><b>Date:</b> 15/03/2024</p>' + paras(TABLE_RELEASE) +
            '<table class="figures"><tr><th>Agreement</th><th>Value</th></tr>'
            '<tr><td>Green hydrogen partnership</td><td>EUR 3 billion</td></tr></table></td></tr></table>' + RELATED)),
        # The release in an iframe; the outer page holds only the frame and its chrome.
        "/press/geneva-meeting.html": page("Meeting of the Foreign Ministers in Geneva", (
            '<main><h1>Meeting of the Foreign Ministers in Geneva</h1><time datetime="2024-03-16">16.03.2024</time>'
            + SHARE + '<iframe src="/embed/geneva.html" width="100%" height="800"></iframe></main>' + RELATED)),
        "/embed/geneva.html": (200, html, ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Statement</title></head><body>"
                                           + paras(IFRAME_RELEASE) + "</body></html>").encode()),
        # Nothing but the frame.
        "/press/frame-only.html": (200, html, b"<!DOCTYPE html><html lang='en'><head><title>Statement</title></head>"
                                              b"<body><iframe src='/embed/geneva.html'></iframe></body></html>"),
        # A frame that is gone, then a link to the full text.
        "/press/two-ways.html": page("Joint statement", article("Joint statement", "18 March 2024", ["Summary only."])
                                     .replace("</article>", '<iframe src="/missing.html"></iframe>'
                                              '<a href="/press/full/joint-statement.html">Read the full text</a></article>')),
        # A teaser with a "Read more" link to the full statement.
        "/press/teaser.html": page("Joint statement on the strategic partnership", article(
            "Joint statement on the strategic partnership", "18 Mar 2024",
            ["The Foreign Ministers of Brazil and Germany adopted a joint statement in Brasilia."])
            .replace("</article>", '<p><a href="/press/full/joint-statement.html">Read more</a></p></article>')),
        "/press/full/joint-statement.html": page("Joint statement on the strategic partnership (full text)", article(
            "Joint statement on the strategic partnership", "2024-03-18", JOINT)),
        "/fr/entretien.html": page("Entretien t\u00e9l\u00e9phonique", article(
            "Entretien t\u00e9l\u00e9phonique avec le ministre allemand", "14 mars 2024", FRENCH), lang="fr"),
        # The same release as /press/visit-brazil.html under another address and other chrome.
        "/mirror/brazil-visit.html": page("Brazil: visit of the Foreign Minister", (
            '<div class="post"><h2>Visit of the Foreign Minister of Brazil</h2>' + paras(VISIT) + "</div>")),
        "/private/secret.html": page("Private", article("Internal note", "1 March 2024", VISIT)),
        "/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n"),
        "/missing.html": (404, html, b"<html><body><h1>Not found</h1></body></html>"),
        "/image.png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + b"\x00" * 2000),
        "/plain.txt": (200, {"Content-Type": "text/plain"}, b"Just some text, not a page."),
        "/loop/a": (302, {"Location": "/loop/b"}, b""),
        "/loop/b": (302, {"Location": "/loop/a"}, b""),
        "/to-file": (302, {"Location": "file:///etc/passwd"}, b""),
        "/moved": (301, {"Location": "/press/visit-brazil.html"}, b""),
    }
    out = {}
    for path, v in pages.items():
        out[path] = v if isinstance(v, tuple) else (200, html, v)
    out["/docs/clean-energy.pdf"] = (200, {"Content-Type": "application/pdf"}, make_pdf(PDF_RELEASE))
    return out


@dataclass
class Site:
    base: str = ""
    pages: dict = field(default_factory=dict)
    log: list = field(default_factory=list)        # (path, user agent, time)
    flaky_left: int = 1                            # /flaky answers 503 this many times
    slow_seconds: float = 3.0


def serve() -> tuple[Site, http.server.ThreadingHTTPServer]:
    site = Site()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def _send(self, status, headers, body):
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)

        def do_GET(self):
            path = self.path.split("?")[0]
            site.log.append((path, self.headers.get("User-Agent", ""), time.monotonic()))
            base = site.base
            if path == "/feeds/rss.xml":
                return self._send(200, {"Content-Type": "application/rss+xml"}, rss(base))
            if path == "/feeds/atom.xml":
                return self._send(200, {"Content-Type": "application/atom+xml"}, atom(base))
            if path == "/slow":
                time.sleep(site.slow_seconds)
                return self._send(200, {"Content-Type": "text/html"}, b"<html><body>late</body></html>")
            if path == "/flaky":
                if site.flaky_left > 0:
                    site.flaky_left -= 1
                    return self._send(503, {"Retry-After": "0"}, b"busy")
                return self._send(*site.pages["/press/call-germany.html"])
            if path == "/gzip-bomb":
                import gzip
                body = gzip.compress(b"<html><body>" + b" " * 5_000_000 + b"</body></html>")
                return self._send(200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, body)
            if path == "/gzipped":
                import gzip
                return self._send(200, {"Content-Type": "text/html", "Content-Encoding": "gzip"},
                                  gzip.compress(site.pages["/press/call-germany.html"][2]))
            if path == "/drip":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Connection", "close")
                self.end_headers()
                try:
                    for _ in range(50):  # a byte every 0.1 s: each read is quick, the body never ends
                        self.wfile.write(b" ")
                        self.wfile.flush()
                        time.sleep(0.1)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                self.close_connection = True
                return
            if path == "/huge":
                # No Content-Length: the client must count and stop by itself.
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Connection", "close")
                self.end_headers()
                chunk = b"<p>" + b"padding " * 8000 + b"</p>\n"
                try:
                    self.wfile.write(b"<html><body>")
                    for _ in range(400):  # ~25 MB
                        self.wfile.write(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                self.close_connection = True
                return
            if path in site.pages:
                return self._send(*site.pages[path])
            return self._send(404, {"Content-Type": "text/html"}, b"<html><body>Not found</body></html>")

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    site.pages = site_pages()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return site, server
