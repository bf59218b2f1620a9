"""What `mkdocs serve` shows while a record is broken: the problems, in the page being read.

The site cannot be generated from a broken knowledge base, so under `serve` every page the
last good build had (and every page of the nav) is replaced by one error page listing each
problem as file, line and message; hand-written pages keep their text under an overlay with
the same list. The dev server's live reload then brings the real pages back on the save that
fixes the last problem. `mkdocs build` never gets here: it fails on the first problem.
"""
from __future__ import annotations

import html
import logging
from pathlib import Path

log = logging.getLogger("mkdocs.plugins.communique")

TITLE = "The knowledge base has problems"
_BOX = ("border:2px solid #c62828;border-radius:4px;padding:.8em 1em;background:#fff5f5;color:#3b0a0a;"
        "font-size:.8rem;line-height:1.5")


def display_path(path: str, base: Path) -> str:
    """The file as the editor opened it: relative to the project folder when inside it."""
    try:
        return str(Path(path).resolve().relative_to(base))
    except (ValueError, OSError):
        return path


def problem_rows(problems, base: Path) -> str:
    rows = []
    for p in problems:
        where = f"{display_path(p.path, base)}:{p.line}"
        message = " ".join(str(p.message).split())  # one line each: the block is one HTML block
        rows.append(f'<tr><td style="white-space:nowrap;padding-right:1em"><code class="cq-error-where">{html.escape(where)}</code></td>'
                    f'<td class="cq-error-message">{html.escape(message)}</td></tr>')
    return "".join(rows)


def log_problems(problems, base: Path) -> None:
    # INFO, not WARNING: `serve --strict` would otherwise abort the build this page replaces.
    log.info("the knowledge base has problems; every page shows them until they are fixed:\n" + "\n".join(
        f"{display_path(p.path, base)}:{p.line}: {p.message}" for p in problems))


def error_box(problems, base: Path) -> str:
    n = len(problems)
    return (f'<div class="cq-errors" role="alert" style="{_BOX}"><p><strong>{n} problem{"s" if n != 1 else ""}'
            " in the records.</strong> The site is shown again on the save that fixes them"
            " (<code>communique check</code> gives the same list).</p>"
            f'<table class="cq-errors-table"><tbody>{problem_rows(problems, base)}</tbody></table></div>')


def error_page(problems, base: Path) -> str:
    """A Markdown page (front matter and one HTML block) in place of a generated page."""
    return f"---\ntitle: {TITLE}\nsearch:\n  exclude: true\n---\n\n<h1>{TITLE}</h1>\n{error_box(problems, base)}\n"


def nav_paths(nav) -> set[str]:
    """Every Markdown page named in mkdocs.yml's nav."""
    out: set[str] = set()
    items = nav if isinstance(nav, list) else [nav]
    for item in items:
        if isinstance(item, str) and item.endswith(".md"):
            out.add(item)
        elif isinstance(item, dict):
            for value in item.values():
                out |= nav_paths(value)
        elif isinstance(item, list):
            out |= nav_paths(item)
    return out


def pages_to_replace(last_good: set[str], nav, existing: set[str]) -> list[str]:
    """The generated pages the editor may be looking at: all of the last good build, the nav's."""
    wanted = {p for p in last_good if p.endswith(".md")} | nav_paths(nav) | {"index.md"}
    return sorted(wanted - existing)


def with_overlay(output: str, problems, base: Path) -> str:
    """A hand-written page keeps its text; the problems are shown above it."""
    box = (f'<div style="position:fixed;z-index:1000;left:1em;right:1em;bottom:1em;max-height:45vh;overflow:auto;'
           f'box-shadow:0 2px 12px rgba(0,0,0,.3)">{error_box(problems, base)}</div>')
    at = output.rfind("</body>")
    return output + box if at < 0 else output[:at] + box + output[at:]
