"""A release's text from a PDF, with pypdf (pure Python, maintained, no system libraries).

A PDF has no paragraphs, only positioned lines: the lines of one paragraph are joined
(and a word hyphenated across a line break is rejoined), so that a sentence or a name
is not cut by the page layout. Words, punctuation and their order are kept as pypdf
reads them.
"""
from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.errors import PdfReadError

MAX_PAGES = 200
_END = re.compile(r"[.!?:;\"'\u201d\u2019)]$")


class PdfError(Exception):
    pass


@dataclass
class PdfText:
    text: str
    title: str | None
    declared_language: str | None


def parse_pdf(data: bytes) -> PdfText:
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings are about layout, not us
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfError("PDF is encrypted")
        if len(reader.pages) > MAX_PAGES:
            raise PdfError(f"PDF has {len(reader.pages)} pages (limit {MAX_PAGES}); not a press release?")
        pages = [p.extract_text() or "" for p in reader.pages]
        info = reader.metadata
        title = str(info.title).strip() if info and info.title else None
        lang = reader.trailer["/Root"].get("/Lang")
    except PdfError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise PdfError(f"cannot read PDF: {exc}") from None
    text = reflow("\n\n".join(pages))
    if not text.strip():
        raise PdfError("PDF has no text layer (a scan?); OCR is not supported")
    return PdfText(text, title or None, str(lang) if lang else None)


def reflow(text: str) -> str:
    """Join the lines of each paragraph. A blank line or a short line ends a paragraph
    (full lines are the middle of one)."""
    lines = [ln.rstrip() for ln in text.replace("\r", "").split("\n")]
    width = max((len(ln) for ln in lines), default=0)
    paras: list[str] = []
    cur = ""
    for ln in lines:
        s = ln.strip()
        if not s:
            if cur:
                paras.append(cur)
            cur = ""
            continue
        if not cur:
            cur = s
        elif cur.endswith("-"):
            cur = (cur[:-1] if s[:1].islower() else cur) + s
        else:
            cur += " " + s
        if not s.endswith("-") and (len(ln) < 0.7 * width or (_END.search(s) and len(ln) < 0.9 * width)):
            paras.append(cur)
            cur = ""
    if cur:
        paras.append(cur)
    return "\n\n".join(" ".join(p.split()) for p in paras) + "\n"
