"""The MkDocs adapter: load the store, add the generated pages, watch data/ when serving.

All page content comes from `generate`; this file only speaks MkDocs.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from .. import store as store_mod
from . import errors
from .generate import generate
from .html import json_for_script

ASSETS = Path(__file__).parent / "assets"


def load_or_fail(data_dir: Path, st=None):
    """The store, or a build error carrying the same path:line lines as `communique check`."""
    st = st or store_mod.load(data_dir)
    if st.problems:
        raise PluginError("the knowledge base has problems:\n" + "\n".join(str(p) for p in st.problems))
    return st


class CommuniqueConfig(Config):
    data_dir = c.Type(str, default="data")


class CommuniquePlugin(BasePlugin[CommuniqueConfig]):
    def on_startup(self, *, command, dirty):
        # Under `mkdocs serve`, generated pages are kept as files in a folder of the
        # session, rewritten only when their content changes: with --dirty, MkDocs then
        # renders again only the pages an edit touched.
        self._cache = Path(tempfile.mkdtemp(prefix="communique-pages-")) if command == "serve" else None
        self._serving = command == "serve"

    def on_config(self, config):
        base = Path(config.config_file_path or ".").resolve().parent
        self.data_dir = (base / self.config.data_dir).resolve()
        config.extra_css = list(config.extra_css) + ["assets/communique.css"]
        self._jsonld: dict[str, list[dict]] = {}
        self._served = getattr(self, "_served", set())  # pages of the last good build, kept while serving
        return config

    def on_files(self, files: Files, config) -> Files:
        st = store_mod.load(self.data_dir)
        self._problems = st.problems if getattr(self, "_serving", False) else []
        if self._problems:  # serving: show the problems in every page instead of stopping
            return self._error_pages(files, config)
        load_or_fail(self.data_dir, st)
        self._jsonld = {}
        # One set up front: Files rebuilds its path index after every append.
        existing = {f.src_uri for f in files}
        for page in generate(st, directory_urls=config.use_directory_urls):
            if page.path in existing:
                raise PluginError(f"docs/{page.path} would hide a generated page; rename or remove it")
            files.append(self._file(config, page.path, page.content))
            self._served.add(page.path)
            if page.jsonld:
                self._jsonld[page.path] = page.jsonld
        files.append(File.generated(config, "assets/communique.css", abs_src_path=str(ASSETS / "communique.css")))
        return files

    def _error_pages(self, files: Files, config) -> Files:
        base = self.data_dir.parent
        errors.log_problems(self._problems, base)
        existing = {f.src_uri for f in files}
        self._error_uris = set(errors.pages_to_replace(self._served, config.nav, existing))
        for path in sorted(self._error_uris):
            files.append(self._file(config, path, errors.error_page(self._problems, base)))
        return files

    def _file(self, config, path: str, content: str) -> File:
        if getattr(self, "_cache", None) is None:
            return File.generated(config, path, content=content)
        dest = self._cache / path
        if not dest.is_file() or dest.read_text(encoding="utf-8") != content:
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(content, encoding="utf-8")
        return File(path, str(self._cache), config.site_dir, config.use_directory_urls)

    def on_shutdown(self):
        if getattr(self, "_cache", None) is not None:
            shutil.rmtree(self._cache, ignore_errors=True)

    def on_post_page(self, output: str, page, config) -> str:
        if getattr(self, "_problems", None) and page.file.src_uri not in self._error_uris:
            return errors.with_overlay(output, self._problems, self.data_dir.parent)
        items = self._jsonld.get(page.file.src_uri)
        if not items:
            return output
        scripts = "".join(f'<script type="application/ld+json">{json_for_script(i)}</script>' for i in items)
        return output.replace("</head>", scripts + "</head>", 1)

    def on_serve(self, server, config, builder):
        # Edits to records rebuild the site like edits to docs/ do.
        self._serving = True  # also under `serve --clean`, which starts up as a build
        server.watch(str(self.data_dir))
        return server
