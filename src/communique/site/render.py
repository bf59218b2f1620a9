"""Page contexts -> HTML through Jinja2 templates a site can override.

Templates are looked up first in the given folders (the theme's `custom_dir` under
MkDocs), then in the package (`templates/communique/*.html`): a site replaces
`person.html` by saving its own as `<custom_dir>/communique/person.html`.

Escaping happens here and only here: autoescape is on, and every value a template
prints goes through `html.esc`, which also turns the characters Markdown and Jinja act
on into entities, so the pages stay inert even when a Markdown engine reads them.
"""
from __future__ import annotations

import hashlib
import pickle
import re
from pathlib import Path

import jinja2
from jinja2.compiler import CodeGenerator
from markupsafe import Markup, escape

from .html import esc

PACKAGE_TEMPLATES = Path(__file__).parent / "templates"
_H2 = re.compile(r'<h2 id="([^"]+)">(.*?)</h2>', re.S)


_new_str = str.__new__


def _finalize(value):
    if hasattr(value, "__html__"):
        return value
    # esc made the text safe: a Markup made directly, without Markup() asking again.
    return _new_str(Markup, esc(value))


def link(item: dict | None) -> Markup:
    """{"href", "text", "cls", "em"} as <a>, or as text when the target has no page."""
    if not item:
        return _new_str(Markup, "")
    text, cls = esc(item["text"]), item.get("cls")
    # "note": a quiet word after the link, such as a participant's title that day.
    note = f' <span class="cq-note">{esc(item["note"])}</span>' if item.get("note") else ""
    # Made by the hundred thousand: Markups made directly, the text being escaped here.
    if item.get("href"):
        c = f' class="{esc(cls)}"' if cls else ""
        return _new_str(Markup, f'<a href="{esc(item["href"])}"{c}>{text}</a>{note}')
    if item.get("em"):
        return _new_str(Markup, f"<em>{text}</em>{note}")
    return _new_str(Markup, (f'<span class="{esc(cls)}">{text}</span>' if cls else text) + note)


def joined(items, sep: str = ", ") -> Markup:
    parts = [link(i) for i in items if i]
    return _new_str(Markup, esc(sep).join(parts)) if parts else _new_str(Markup, "<em>none</em>")


def _out(value):
    """What escape(_finalize(value)) prints, without making a Markup twice per printed value."""
    if type(value) is Markup:
        return value
    if hasattr(value, "__html__"):
        return escape(value)
    return esc(value)


class _CodeGenerator(CodeGenerator):
    """Where autoescape is on for good, a printed value becomes `environment.out(value)`
    instead of `escape(environment.finalize(value))`: the same text (a third of a million
    values in a 300-release build)."""

    def _fast(self, frame, finalize) -> bool:
        return not frame.eval_ctx.volatile and frame.eval_ctx.autoescape and finalize.src == "environment.finalize("

    def _output_child_pre(self, node, frame, finalize) -> None:
        if self._fast(frame, finalize):
            self.write("environment.out(")
        else:
            super()._output_child_pre(node, frame, finalize)

    def _output_child_post(self, node, frame, finalize) -> None:
        if self._fast(frame, finalize):
            self.write(")")
        else:
            super()._output_child_post(node, frame, finalize)


_DICT_ATTRIBUTES = frozenset(dir(dict))


class _Environment(jinja2.Environment):
    code_generator_class = _CodeGenerator
    out = staticmethod(_out)

    def getattr(self, obj, attribute):
        # Page data is dicts: `row.href` is row["href"] (as Jinja finds it after getattr() fails,
        # raising an exception each time); a dict method's name still gives the method.
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


def environment(template_dirs=()) -> jinja2.Environment:
    loaders = [jinja2.FileSystemLoader(str(d)) for d in template_dirs if d and Path(d).is_dir()]
    loaders.append(jinja2.FileSystemLoader(str(PACKAGE_TEMPLATES)))
    # No auto_reload: Renderer.refresh makes a new environment when a template changes, so
    # Jinja need not stat each template (and the macros it imports) at every page.
    env = _Environment(loader=jinja2.ChoiceLoader(loaders), autoescape=True, finalize=_finalize,
                             undefined=jinja2.ChainableUndefined, trim_blocks=True, lstrip_blocks=True,
                             auto_reload=False)
    env.filters.update(link=link, joined=joined)
    return env


class TemplateProblem(Exception):
    """A template that cannot be compiled or rendered, with its file and line."""


class Renderer:
    """Renders page contexts. keep: keep each page's HTML keyed by a hash of its template and
    context, so rendering the same store again (a rebuild under `mkdocs serve`) only
    renders the pages whose data changed; a single build renders each page once and has
    no use for the hash."""

    def __init__(self, template_dirs=(), keep: bool = True):
        self.keep = keep
        self.template_dirs = [Path(d) for d in template_dirs if d]
        self.env = environment(self.template_dirs)
        self.templates_state = self._templates_state()
        self._html: dict[str, tuple[str, str]] = {}
        self.rendered = 0

    def _templates_state(self) -> tuple:
        """Names and modification times of every template: an edited template empties the cache."""
        return tuple(sorted((str(p), p.stat().st_mtime_ns) for d in [*self.template_dirs, PACKAGE_TEMPLATES]
                            if d.is_dir() for p in d.rglob("*.html")))

    def refresh(self) -> None:
        state = self._templates_state()
        if state != self.templates_state:
            self.env = environment(self.template_dirs)
            self.templates_state = state
            self._html.clear()

    def render(self, template: str, path: str, ctx: dict) -> str:
        key = _fingerprint(template, ctx) if self.keep else b""
        hit = self._html.get(path)
        if hit and hit[0] == key:
            return hit[1]
        try:
            html = self.env.get_template(template).render(ctx)
        except jinja2.TemplateSyntaxError as e:
            raise TemplateProblem(f"{e.filename or e.name}:{e.lineno}: {e.message}") from e
        except jinja2.TemplateNotFound as e:
            raise TemplateProblem(f"template not found: {e.name} (needed by {template})") from e
        except Exception as e:  # a runtime error inside a template: name it and the page
            line = _template_line(e)
            raise TemplateProblem(f"{line or template}: {type(e).__name__}: {e} (rendering {path})") from e
        if self.keep:
            self._html[path] = (key, html)
        self.rendered += 1
        return html


def _fingerprint(template: str, ctx: dict) -> bytes:
    """Changes whenever the context does. Pickle keeps types apart (1, 1.0, True; str and
    Markup print differently) and is twice as fast as repr(); repr() for what cannot pickle."""
    try:
        data = pickle.dumps((template, ctx), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001  (any object a custom template context may hold)
        data = repr((template, ctx)).encode()
    return hashlib.blake2b(data, digest_size=16).digest()


def _template_line(exc: BaseException) -> str:
    """file:line of the innermost template frame in the traceback (Jinja maps its frames)."""
    tb, found = exc.__traceback__, ""
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith(".html"):
            found = f"{name}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found


def toc(html: str) -> list[dict]:
    """The page's h2 headings as MkDocs toc tokens (names are HTML, already escaped)."""
    return [{"level": 2, "id": i, "name": name, "children": []} for i, name in _H2.findall(html)]
