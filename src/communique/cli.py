"""The `communique` command: check, schema, extract, add, pages, review."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import store as store_mod
from .model.kinds import all_schemas
from .store import yamlio


def cmd_check(args: argparse.Namespace) -> int:
    st = store_mod.load(args.data)
    for problem in st.problems:
        print(problem)
    if st.problems:
        n = len(st.problems)
        print(f"{n} problem{'s' if n != 1 else ''} found", file=sys.stderr)
        return 1
    counts = ", ".join(f"{v} {k}" for k, v in st.counts().items())
    print(f"ok: checked {counts} in {args.data}")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    out = Path(args.out)
    for name, schema in all_schemas().items():
        yamlio.write_atomic(out / name, json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
        print(out / name)
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from .extract.run import run_cli  # imported late: check and schema stay fast

    return run_cli(args)


def cmd_add(args: argparse.Namespace) -> int:
    from .ingest.add import run_add  # imported late: trafilatura takes a while to load

    return run_add(args)


def cmd_pages(args: argparse.Namespace) -> int:
    from .site import files, generate  # imported late: check and schema stay fast
    from .site.render import TemplateProblem

    st = store_mod.load(args.data)
    for problem in st.problems:
        print(problem)
    if st.problems:
        return 1
    try:
        pages = generate(st, directory_urls=not args.no_directory_urls,
                         template_dirs=[args.templates] if args.templates else [], links_from_source=args.engine == "zensical")
        written = files.write(pages, Path(args.out))
    except (files.OutputConflict, TemplateProblem) as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print(f"wrote {len(written)} files to {args.out} (add `extra_css: [{files.CSS}]` and "
          f"`extra_javascript: [{files.JS}]` to the site's config)")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from .review import coverage, queue

    st = store_mod.load(args.data)
    if st.problems:
        for problem in st.problems:
            print(problem, file=sys.stderr)
        print(f"{args.data}: fix these {len(st.problems)} problems first (communique check)", file=sys.stderr)
        return 1
    todo = queue(st, tuple(args.kind) if args.kind else ("document", "event", "quote", "figure"))
    for item in todo[: args.limit] if args.limit else todo:
        print(item)
    done, total = coverage(st)["all"]
    shown = f", showing {args.limit}" if args.limit and args.limit < len(todo) else ""
    print(f"{done} of {total} records reviewed; {len(todo)} to check{shown}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="communique", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("check", help="validate every record under DATA_DIR")
    p.add_argument("data", nargs="?", default="data", metavar="DATA_DIR")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("schema", help="write JSON Schema files for each record kind")
    p.add_argument("--out", default=store_mod.store.SCHEMA_DIR, help="folder (default: schema)")
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("pages", help="write the generated pages as files, to build the site without the plugin")
    p.add_argument("--out", required=True, help="folder to write into (usually a copy of docs/)")
    p.add_argument("--data", default="data", help="the knowledge base folder (default: data)")
    p.add_argument("--templates", help="folder of template overrides (the theme's custom_dir)")
    p.add_argument("--no-directory-urls", action="store_true", help="links for use_directory_urls: false")
    p.add_argument("--engine", choices=["mkdocs", "zensical"], default="mkdocs",
                   help="the engine that will build the pages: MkDocs keeps links in HTML as they are, "
                        "Zensical reads them relative to the page's file (default: mkdocs)")
    p.set_defaults(func=cmd_pages)

    p = sub.add_parser("extract", help="turn press releases into records")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of .md/.txt releases")
    p.add_argument("--data", default="data", help="the knowledge base folder (default: data)")
    p.add_argument("--published", help="publication date (YYYY-MM-DD) when the file has none")
    p.add_argument("--json", action="store_true", help="print the records as JSON and write nothing")
    p.add_argument("--update", action="store_true",
                   help="add newly found records to existing documents (never changes existing ones)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("add", help="fetch releases (web pages, feeds) or read saved .html/.pdf, then extract")
    p.add_argument("inputs", nargs="*", metavar="URL|FILE", help="http(s) addresses or .html/.htm/.pdf files")
    p.add_argument("--feed", action="append", metavar="URL", help="an RSS or Atom feed: add its new items")
    p.add_argument("--data", default="data", help="the knowledge base folder (default: data)")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for a server (default: 20)")
    p.add_argument("--delay", type=float, default=1.0,
                   help="seconds between requests to one host (default: 1; robots.txt may ask more)")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("review", help="list records no one has checked yet, most doubtful first")
    p.add_argument("data", nargs="?", default="data", metavar="DATA_DIR")
    p.add_argument("--kind", action="append", choices=("document", "event", "quote", "figure"),
                   help="only this kind of record (repeatable)")
    p.add_argument("--limit", type=int, default=0, metavar="N", help="show the first N only")
    p.set_defaults(func=cmd_review)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
