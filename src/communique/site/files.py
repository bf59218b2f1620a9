"""The generated pages written as files, for building the site without the plugin.

A manifest in the output folder lists what the last run wrote: those files may be
rewritten or removed by the next run; any other file already there is never touched
(writing stops with its name), so pointing --out at hand-written docs loses nothing.
"""
from __future__ import annotations

import os
from pathlib import Path

ASSETS = Path(__file__).parent / "assets"
MANIFEST = ".communique-pages"
CSS = "assets/communique.css"
JS = "assets/filter.js"  # list filters; without it the lists are plain and complete


class OutputConflict(Exception):
    pass


def write(pages, out: Path) -> list[str]:
    """Write every page (Markdown with one HTML block, or a data file), the stylesheet and the filter script
    under out; returns the paths written. Files of the previous run that are gone are removed."""
    out = Path(out)
    previous = set((out / MANIFEST).read_text(encoding="utf-8").split("\n")) - {""} if (out / MANIFEST).is_file() else set()
    files = {p.path: p.content for p in pages}
    files[CSS] = (ASSETS / "communique.css").read_text(encoding="utf-8")
    files[JS] = (ASSETS / "filter.js").read_text(encoding="utf-8")
    clash = sorted(p for p in files if (out / p).exists() and p not in previous)
    if clash:
        raise OutputConflict(f"{out / clash[0]}: exists and was not written by `communique pages`; "
                             f"move it or choose another --out ({len(clash)} such file{'s' * (len(clash) > 1)})")
    for rel, text in files.items():
        dest = out / rel
        if not dest.is_file() or dest.read_text(encoding="utf-8") != text:
            _replace(dest, text)
    for rel in sorted(previous - set(files)):
        (out / rel).unlink(missing_ok=True)
    _replace(out / MANIFEST, "\n".join(sorted(files)) + "\n")
    return sorted(files)


def _replace(path: Path, text: str) -> None:
    """Whole file or none (rename), without fsync: these files are rebuilt from the records."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
