"""`communique extract`: files in, records written (or printed as JSON).

Safety rules:
- a release from outside data/ is copied to data/sources/<slug>.md, never over a
  different file of the same name;
- a document file that exists is the editors' work: it is never rewritten. With
  --update, records found at passages no existing record covers are appended;
  existing records, people, places and topics are never changed; a document an
  editor marked reviewed keeps its lists of people, places, organisations and topics;
  a record the extractor once wrote and an editor deleted is listed under `rejected:`
  and never added again (see memory.py);
- every file is written atomically, and the tree is checked after the run.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import frontmatter
import yaml

from .. import store as store_mod
from ..model import Document, Rejection, SourceMeta
from ..review import is_reviewed
from ..store import split_front_matter, yamlio
from ..store.lock import writer_lock
from . import memory
from .kb import KnowledgeBase
from .people import slugify
from .pipeline import Extraction, extract

INPUT_SUFFIXES = (".md", ".txt", ".markdown")


def discover(paths: list[str]) -> tuple[list[Path], list[str]]:
    files, errors = [], []
    for p in map(Path, paths):
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.suffix in INPUT_SUFFIXES and f.is_file()
                            and not any(part.startswith(".") for part in f.relative_to(p).parts))
        elif p.is_file():
            files.append(p)
        else:
            errors.append(f"{p}: no such file or folder")
    return list(dict.fromkeys(files)), errors


def read_release(path: Path, data: Path) -> tuple[str, SourceMeta, str, bool]:
    """(source id, metadata, body, is it already in data/sources)."""
    raw = path.read_bytes()
    if b"\x00" in raw:
        raise ValueError("binary file (NUL byte)")
    text = raw.decode("utf-8").lstrip("\ufeff")
    in_store = path.resolve().parent == (data / "sources").resolve()
    if in_store:
        fm, body, _ = split_front_matter(text)
        meta = SourceMeta.model_validate(yamlio.load("\n" + fm)[0] or {}) if fm else SourceMeta()
        return path.stem, meta, body, True
    handler = _BoundedYAML()
    post = frontmatter.loads(text, handler=handler) if handler.detect(text) else frontmatter.Post(text.strip())
    known = {k: v for k, v in post.metadata.items() if k in SourceMeta.model_fields}
    if isinstance(known.get("published"), dt.datetime):
        known["published"] = known["published"].date()
    meta = SourceMeta.model_validate(known)
    return slugify(path.stem), meta, post.content + "\n", False


class _BoundedYAML(frontmatter.YAMLHandler):
    """Front matter read like a record file: no aliases, bounded size (a release is untrusted input)."""

    def load(self, fm: str, **kwargs):
        return yamlio.load(fm)[0]  # fm starts after the fence, with its newline: lines are the file's


def source_file_text(meta: SourceMeta, body: str) -> str:
    fm = meta.model_dump(mode="python", exclude_none=True)
    return "---\n" + yamlio.dump(fm) + "---\n" + body


def merge_new_records(old: Document, new: Document,
                      once_written: list[Rejection] | None = None) -> tuple[Document, int, list[Rejection]]:
    """Append records of `new` at passages that no record of `old` covers and no editor rejected.

    Returns (merged, how many added, passages newly rejected). `once_written` is the ledger of
    what the extractor wrote before; without one, what it finds now stands in for it."""
    merged = old.model_copy(deep=True)
    rejected = memory.reject_deleted(merged, memory.spans_of(new) if once_written is None else once_written)
    added = 0
    blocked = memory.spans_of(merged) + merged.rejected
    for key, kind in memory.KIND_OF.items():
        have = getattr(merged, key)
        ids = {r.id for r in have}
        for rec in getattr(new, key):
            ev = rec.evidence
            if ev is None:
                continue  # a record without a passage cannot be placed, nor remembered
            if memory.covered(Rejection(kind=kind, **ev.model_dump()), blocked):
                continue
            if rec.id in ids:
                rec = rec.model_copy(update={"id": _free_id(rec.id, ids)})
            if key == "quotes" and rec.event and rec.event not in {e.id for e in merged.events}:
                rec = rec.model_copy(update={"event": None})
            have.append(rec)
            ids.add(rec.id)
            added += 1
    if is_reviewed(old):
        return merged, added, rejected  # its lists were checked by a person: leave them as they are
    for key in ("people", "places", "organizations", "topics"):
        cur = getattr(merged, key)
        extra = [x for x in getattr(new, key) if x not in cur]
        cur.extend(extra)
        added += len(extra)
    return merged, added, rejected


def _free_id(base: str, ids: set[str]) -> str:
    n = 2
    while f"{base}-{n}" in ids:
        n += 1
    return f"{base}-{n}"


def _stored_source(data: Path, sid: str) -> tuple[Path, str] | None:
    for suffix in (".md", ".txt"):
        p = data / "sources" / f"{sid}{suffix}"
        if p.is_file():
            return p, split_front_matter(p.read_text(encoding="utf-8"))[1]
    return None


def run_cli(args: argparse.Namespace) -> int:
    if args.json:  # writes nothing: no lock
        return _run(args)
    with writer_lock(Path(args.data)):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    data = Path(args.data)
    published = None
    if args.published:
        try:
            published = dt.date.fromisoformat(args.published)
        except ValueError:
            print(f"--published {args.published!r}: expected YYYY-MM-DD", file=sys.stderr)
            return 2
    st = store_mod.load(data)
    if st.problems and not args.json:
        for p in st.problems:
            print(p, file=sys.stderr)
        print(f"{data}: fix these {len(st.problems)} problems first (communique check)", file=sys.stderr)
        return 1
    kb = KnowledgeBase.from_store(st)
    files, errors = discover(args.paths)
    for e in errors:
        print(e, file=sys.stderr)
    outputs = []
    status = 1 if errors else 0
    for path in files:
        try:
            sid, meta, body, in_store = read_release(path, data)
        except yamlio.YamlError as exc:
            print(f"{path}:{exc.line}: cannot read release: {exc.message}", file=sys.stderr)
            status = 1
            continue
        except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as exc:
            print(f"{path}:1: cannot read release: {exc}", file=sys.stderr)
            status = 1
            continue
        if not body.strip():
            print(f"{path}:1: release has no text", file=sys.stderr)
            status = 1
            continue
        if not in_store:
            stored = _stored_source(data, sid)
            if stored is not None:
                if stored[1].strip() != body.strip():
                    print(f"{path}: {stored[0]} exists with other text; rename the file to add it", file=sys.stderr)
                    status = 1
                    continue
                # Evidence must count from the text as it is stored.
                body, in_store = stored[1], True
        if meta.language.split("-")[0] != "en":
            # The extractors' patterns are English: on other text they find nonsense.
            print(f"{path}: language {meta.language}: skipped extraction (it reads English only)")
            continue
        ex = extract(body, sid, kb, title=meta.title, published=meta.published or published)
        kb.add_people(ex.new_people)
        if args.json:
            outputs.append(ex.as_json(kb, meta.title or ex.document.title))
            continue
        try:
            write_used_places(data, ex, kb)
            status |= write_extraction(data, path, sid, meta, body, in_store, ex, st, args.update)
        except OSError as exc:
            # Disk full, read-only folder...: this release is not (fully) written; every file
            # is either as it was or complete, since each write is atomic.
            print(f"{path}: cannot write its records: {exc.strerror or exc}", file=sys.stderr)
            status = 1
    if args.json:
        obj = outputs[0] if len(outputs) == 1 else {"documents": outputs}
        json.dump(obj, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
        sys.stdout.write("\n")
        return status
    after = store_mod.load(data)
    for p in after.problems:
        print(p, file=sys.stderr)
    return 1 if after.problems else status


def write_used_places(data: Path, ex: Extraction, kb: KnowledgeBase) -> None:
    """Countries the store lacked but this release names become place records, so the
    records' references resolve (`communique check` stays clean)."""
    doc = ex.document
    used = (set(doc.places) | {e.place for e in doc.events if e.place} | {p for f in doc.figures for p in f.parties}
            | {p.country for p in ex.new_people if p.country} | {r.country for p in ex.new_people for r in p.roles if r.country})
    for pid in sorted(used & set(kb.builtin_places)):
        path = data / "places" / f"{pid}.yml"
        if not path.exists():
            store_mod.write_record(data, kb.builtin_places[pid])
            print(f"added {path}")
        del kb.builtin_places[pid]


def write_extraction(data: Path, path: Path, sid: str, meta: SourceMeta, body: str, in_store: bool,
                     ex: Extraction, st, update: bool) -> int:
    src_path = data / "sources" / f"{sid}.md"
    if not in_store:
        yamlio.write_atomic(src_path, source_file_text(meta, body))
        print(f"added {src_path}")
    for person in ex.new_people:
        p = data / "people" / f"{person.id}.yml"
        if not p.exists():
            store_mod.write_record(data, person)
            print(f"added {p}")
    doc_path = data / "documents" / f"{sid}.yml"
    if sid in st.documents or doc_path.exists():
        if not update:
            print(f"kept {doc_path} as it is (edited records are never overwritten; --update adds new ones)")
            return 0
        old = st.documents.get(sid)
        if old is None:
            print(f"{doc_path}: cannot update a document that does not load; fix it first", file=sys.stderr)
            return 1
        ledger = memory.read_ledger(data, sid, body)
        merged, added, rejected = merge_new_records(old, ex.document, ledger)
        if added or rejected:
            store_mod.write_record(data, merged)
        # After the document: a ledger ahead of its document would reject what was never kept.
        # A rejected passage leaves the ledger: if an editor deletes the rejection, it is new again.
        written = (memory.spans_of(ex.document) if ledger is None else ledger) + [
            s for s in memory.spans_of(merged) if not memory.covered(s, memory.spans_of(old))]
        memory.write_ledger(data, sid, [s for s in written if not memory.covered(s, merged.rejected)])
        for r in rejected:
            print(f"{doc_path}: the {r.kind} at {r.start}-{r.end} was deleted; listed under rejected: "
                  "and never added again")
        print(f"updated {doc_path}: {added} new records" if added else f"kept {doc_path}: nothing new")
        return 0
    store_mod.write_record(data, ex.document)
    memory.write_ledger(data, sid, memory.spans_of(ex.document))
    d = ex.document
    print(f"wrote {doc_path}: {len(d.events)} events, {len(d.quotes)} quotes, {len(d.figures)} figures, "
          f"{len(d.people)} people")
    return 0
