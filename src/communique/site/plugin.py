"""The MkDocs adapter: load the store, add the generated pages, watch data/ when serving.

All page content comes from `generate`; this file only speaks MkDocs. Generated pages
reach MkDocs already rendered (`GeneratedPage`): Python-Markdown never parses them.
Under `mkdocs serve`, broken records give error pages instead of a stopped server (errors.py).
"""
from __future__ import annotations

import functools
import gc
import hashlib
import logging
import shutil
import signal
import threading
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import jinja2
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page as MkPage
from mkdocs.structure.toc import get_toc

from .. import store as store_mod
from . import errors
from .files import ASSETS
from .generate import Kept, Page, generate
from .html import json_for_script
from .render import Renderer, TemplateProblem
from .serving import IdleWork, MemoryBytecodeCache, ThemeListing, share_compiled_templates, watch_with_file_events

log = logging.getLogger("mkdocs.plugins.communique")
THEMED = "communique/themed.html"  # a theme template that prints a page's kept output


def load_or_fail(data_dir: Path, st=None):
    """The store, or a build error carrying the same path:line lines as `communique check`."""
    st = st or store_mod.load(data_dir)
    if st.problems:
        raise PluginError("the knowledge base has problems:\n" + "\n".join(str(p) for p in st.problems))
    return st


class GeneratedPage(MkPage):
    """A page whose HTML is already made: no file to read, no Markdown to convert.
    Search indexes the page's lean text; the theme renders the whole HTML."""

    def __init__(self, page: Page, file: File, config):
        super().__init__(None, file, config)
        self.generated = page
        self.themed: str | None = None  # the theme's output from an earlier rebuild, still valid

    def _set_canonical_url(self, base: str | None) -> None:
        # As MkDocs' own, without urljoin (a fifth of a --dirty rebuild's MkDocs time over
        # a thousand pages): a generated page's URL is a plain relative path.
        url = self.url
        if not base or url.startswith("/") or "." in url or ":" in url:
            return super()._set_canonical_url(base)
        base = base if base.endswith("/") else base + "/"
        self.canonical_url = base + url
        self.abs_url = _url_path(base) + url

    @property
    def stamp(self) -> str:
        """Changes when anything the theme shows of the page changes (made only when serving)."""
        return self.generated.stamp

    def read_source(self, config) -> None:
        self.markdown, self.meta = "", dict(self.generated.meta)

    def render(self, config, files) -> None:
        g = self.generated
        self.content = g.search_html if g.search_html is not None else g.html
        self.toc = get_toc(g.toc)
        self.present_anchor_ids = None


@functools.lru_cache(maxsize=8)
def _url_path(base: str) -> str:
    return urlsplit(base).path


class CommuniqueConfig(Config):
    data_dir = c.Type(str, default="data")
    # Under `mkdocs serve`, folders are watched through the system's file events (inotify):
    # false keeps MkDocs' polling, for folders whose changes raise no events (some network
    # or host-mounted file systems).
    file_events = c.Type(bool, default=True)


def _stop_on_sigterm() -> None:
    """`kill`, `docker stop` and service managers send SIGTERM: stop the server as Ctrl-C does,
    so on_shutdown removes the stub folder instead of leaving it in the temp folder."""
    if threading.current_thread() is not threading.main_thread():
        return
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        def stop(signum, frame):
            raise KeyboardInterrupt
        signal.signal(signal.SIGTERM, stop)


class CommuniquePlugin(BasePlugin[CommuniqueConfig]):
    _cache: Path | None = None  # set under `mkdocs serve` only
    _renderer: Renderer | None = None
    _serving = False
    _problems: list = []  # the store's problems while serving; a build stops on them instead
    _error_uris: set[str] = set()

    def on_startup(self, *, command, dirty):
        # Under `mkdocs serve` this instance lives across rebuilds. The renderer keeps each
        # page's HTML; the theme's output for each generated page is kept too, and used again
        # while the page, the navigation and the config are unchanged. With --dirty, a stub
        # file per page, rewritten only when the page changes, makes MkDocs skip the others.
        self._cache = Path(tempfile.mkdtemp(prefix="communique-pages-")) if command == "serve" else None
        if command == "serve":
            _stop_on_sigterm()
        self._renderer = None
        self._themed: dict[str, tuple[str, str]] = {}
        self._stamps: dict[str, str] = {}
        self._site_key = ""
        self._bytecode = MemoryBytecodeCache()
        self._theme_files = ThemeListing()
        self._kept = Kept() if command == "serve" else None  # each page's data and what it read
        self._serving = command == "serve"
        self._records = store_mod.FileCache()  # records unchanged since the last rebuild are not parsed again
        self._idle = IdleWork() if command == "serve" else None
        self._clean_rebuilds = command == "serve" and not dirty

    @event_priority(100)  # before the search plugin compiles its language template
    def on_config(self, config):
        if getattr(self, "_idle", None):
            self._idle.before_build()  # no full collection or removal in the middle of a rebuild
        if self._serving:
            share_compiled_templates(config.theme, self._bytecode, self._theme_files)
        base = Path(config.config_file_path or ".").resolve().parent
        self.data_dir = (base / self.config.data_dir).resolve()
        config.extra_css = list(config.extra_css) + ["assets/communique.css"]
        config.extra_javascript = list(config.extra_javascript) + ["assets/filter.js"]
        dirs = [config.theme.custom_dir] if config.theme.custom_dir else []
        if self._renderer is None or self._renderer.template_dirs != [Path(d) for d in dirs]:
            self._renderer = Renderer(dirs, keep=self._cache is not None)  # HTML kept only when serving
        self._renderer.refresh()
        self._jsonld: dict[str, list[dict]] = {}
        self._served = getattr(self, "_served", set())  # pages of the last good build, kept while serving
        return config

    def on_files(self, files: Files, config) -> Files:
        # As in generate(): nearly all that is made here (records, pages, MkDocs' File and Page
        # objects) lives until the site is written, so the cycle collector would walk it again
        # and again for nothing while it is made. It resumes, unchanged, afterwards.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self._add_pages(files, config)
        finally:
            if was_enabled:
                gc.enable()

    def _add_pages(self, files: Files, config) -> Files:
        st = store_mod.load(self.data_dir, getattr(self, "_records", None))
        self._problems = st.problems if self._serving else []
        if self._problems:  # serving: show the problems in every page instead of stopping
            return self._error_pages(files, config)
        self._error_uris = set()
        load_or_fail(self.data_dir, st)
        self._jsonld = {}
        # One set up front: Files rebuilds its path index after every append.
        existing = {f.src_uri for f in files}
        try:
            pages = generate(st, directory_urls=config.use_directory_urls, renderer=self._renderer,
                             site_name=config.site_name, site_url=config.site_url, kept=getattr(self, "_kept", None))
        except TemplateProblem as e:
            raise PluginError(f"a page template is broken: {e}") from e
        for page in pages:
            if page.path in existing:
                raise PluginError(f"docs/{page.path} would hide a generated page; rename or remove it")
            if page.data is not None:
                files.append(File.generated(config, page.path, content=page.data))
                continue
            f = self._file(config, page)
            f.inclusion = InclusionLevel.NOT_IN_NAV  # no "not in nav" message for each of them
            GeneratedPage(page, f, config)
            files.append(f)
            self._served.add(page.path)
            if page.jsonld:
                self._jsonld[page.path] = page.jsonld
        for asset in ("communique.css", "filter.js"):
            files.append(File.generated(config, f"assets/{asset}", abs_src_path=str(ASSETS / asset)))
        return files

    def _error_pages(self, files: Files, config) -> Files:
        base = self.data_dir.parent
        errors.log_problems(self._problems, base)
        existing = {f.src_uri for f in files}
        self._error_uris = set(errors.pages_to_replace(self._served, config.nav, existing))
        content = errors.error_page(self._problems, base)
        for path in sorted(self._error_uris):
            # Forget the stub's stamp so that, once fixed, `--dirty` renders the real page again.
            self._stamps.pop(path, None)
            f = File.generated(config, path, content=content)
            f.inclusion = InclusionLevel.NOT_IN_NAV  # as the generated pages they stand in for
            files.append(f)
        return files

    def _file(self, config, page: Page) -> File:
        path = page.path
        if self._cache is None:
            return File.generated(config, path, content="")
        # The stub's modification time tells `--dirty` whether the page changed.
        # The table of contents comes from the HTML: page and meta say all.
        stamp = page.stamp
        dest = self._cache / path
        if self._stamps.get(path) != stamp:
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(stamp, encoding="utf-8")
            self._stamps[path] = stamp
        return File(path, str(self._cache), config.site_dir, config.use_directory_urls)

    def on_nav(self, nav, config, files):
        self._nav = nav
        return nav

    def on_env(self, env, config, files):
        if self._cache is None:
            return env
        # A page's themed output depends on the page, the navigation (titles are read by now)
        # and the config: while all three are unchanged, the theme need not run again.
        env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({THEMED: "{{ communique_themed }}"}), env.loader])
        cfg = Path(config.config_file_path).read_bytes() if config.config_file_path else b""
        self._site_key = hashlib.blake2b(repr((cfg, [(p.title, p.url) for p in self._nav.pages],
                                               self._renderer.templates_state)).encode()).hexdigest()
        kept = 0
        for f in files.documentation_pages():
            page = f.page
            if isinstance(page, GeneratedPage) and self._themed.get(f.src_uri, ("",))[0] == self._key(page):
                page.themed = self._themed[f.src_uri][1]
                page.meta["template"] = THEMED
                kept += 1
        log.info(f"communique: {kept:,} generated pages unchanged since the last build, kept as they were")
        return env

    def _key(self, page: GeneratedPage) -> str:
        return self._site_key + page.stamp

    @event_priority(-100)  # after the search plugin has indexed the lean text
    def on_page_context(self, context, *, page, config, nav):
        if isinstance(page, GeneratedPage):
            page.content = page.generated.html
            if page.themed is not None:
                context["communique_themed"] = page.themed
        return context

    @event_priority(100)  # the theme's output, before any plugin changes it
    def on_post_page(self, output: str, page, config) -> str:
        if self._problems:  # hand-written pages keep their text, under the list of problems
            if page.file.src_uri in self._error_uris:
                return output
            return errors.with_overlay(output, self._problems, self.data_dir.parent)
        if self._cache is not None and isinstance(page, GeneratedPage) and page.themed is None:
            self._themed[page.file.src_uri] = (self._key(page), output)
        return self._add_jsonld(output, page)

    @event_priority(-100)  # the last thing before MkDocs empties the site folder
    def on_pre_build(self, config):
        if getattr(self, "_clean_rebuilds", False):
            self._idle.set_aside(Path(config.site_dir))

    def on_post_build(self, config):
        if getattr(self, "_idle", None):
            self._idle.after_build()

    def on_shutdown(self):
        if getattr(self, "_idle", None):
            self._idle.stop()
        if self._cache is not None:
            shutil.rmtree(self._cache, ignore_errors=True)

    def _add_jsonld(self, output: str, page) -> str:
        # No <link rel="alternate"> for the feed here: Material reads every such link as a
        # language version and fetches a sitemap beside it (a 404 on every page).
        items = self._jsonld.get(page.file.src_uri)
        if not items:
            return output
        scripts = "".join(f'<script type="application/ld+json">{json_for_script(i)}</script>' for i in items)
        return output.replace("</head>", scripts + "</head>", 1)

    def on_serve(self, server, config, builder):
        # Edits to records rebuild the site like edits to docs/ do.
        self._serving = True  # also under `serve --clean`, which starts up as a build
        if self.config.file_events and not watch_with_file_events(
                server, [config.docs_dir, config.config_file_path, *config.theme.dirs]):
            log.info("communique: no file events on this system; MkDocs polls for changes")
        server.watch(str(self.data_dir))
        return server
