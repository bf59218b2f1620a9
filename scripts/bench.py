#!/usr/bin/env python3
"""How cost grows with the knowledge base, against plain MkDocs.

    python scripts/bench.py                 # the full run (a few minutes); writes docs/performance.md
    python scripts/bench.py --quick         # tiny sizes, to check the script works; writes nothing
    python scripts/bench.py --builds 10 100 --extract 100 --serve 100 --out FILE

Measures, each in a fresh process so memory figures are the process's own peak:
- extraction: documents/second and peak memory (scripts/make_corpus.py releases);
- site build with the communique plugin for N sources: seconds, pages, bytes, peak memory;
- the same pages written out by `communique pages` and built by MkDocs without the plugin;
- the floor: MkDocs with the same theme and plugins (search, tags) building as many
  one-paragraph Markdown pages, at the same paths, none of them in the nav;
- the edit loop under `mkdocs serve` and `mkdocs serve --dirty`: seconds from saving one
  record to the changed page being served;
- one rebuild after that edit driven in one process, as the server drives it: CPU seconds,
  steadier than the edit loop on a shared machine.

--compare-src DIR also builds with the plugin from another checkout's src/ (say, main
before a change), in the same run, so both figures share the machine's load.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}

BUILD_CODE = """
import json, logging, resource, sys, time
logging.basicConfig(level=logging.WARNING)
from mkdocs.commands.build import build
from mkdocs.config import load_config
t = time.perf_counter()
cfg = load_config(sys.argv[1], site_dir=sys.argv[2], strict=True)
build(cfg)
secs = time.perf_counter() - t
use = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": secs, "cpu": use.ru_utime + use.ru_stime, "rss_mb": use.ru_maxrss / 1024}))
"""

REBUILD_CODE = """
import cProfile, gc, json, logging, pstats, resource, sys, time
from pathlib import Path
logging.basicConfig(level=logging.WARNING)
from mkdocs.commands.build import build
from mkdocs.config import load_config
cfg_file, site, person, tries, dirty, profile = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]), sys.argv[5] == "dirty", sys.argv[6]
url = "http://127.0.0.1:8000/"
def rebuild(config=None):
    # As `mkdocs serve` does: a new config each time, the same plugin instances.
    config = config or load_config(cfg_file, site_dir=site)
    config.site_url = url
    build(config, serve_url=url, dirty=dirty)
    return config
config = load_config(cfg_file, site_dir=site)
config.plugins.on_startup(command="serve", dirty=dirty)
rebuild(config)
original, out = person.read_text(), []
prof = cProfile.Profile() if profile else None
try:
    for i in range(tries):
        time.sleep(1.0)  # what the server does in the pause after a build (a full collection) is done by now
        token = f"rebuild-edit-{i}-{time.time_ns()}"
        person.write_text(original.rstrip("\\n") + f"\\nbio: {token}\\n")
        gc_secs, started = [0.0], [0.0]
        def timer(phase, info):
            if phase == "start":
                started[0] = time.perf_counter()
            else:
                gc_secs[0] += time.perf_counter() - started[0]
        gc.callbacks.append(timer)
        cpu, wall = time.process_time(), time.perf_counter()
        if prof:
            prof.enable()
        rebuild()
        if prof:
            prof.disable()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        gc.callbacks.remove(timer)
        shown = token in (Path(site) / "people" / person.stem / "index.html").read_text()
        out.append({"cpu": cpu, "wall": wall, "gc": gc_secs[0], "shown": shown,
                    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024})
finally:
    person.write_text(original)
    config.plugins.on_shutdown()
if prof:
    pstats.Stats(prof, stream=sys.stderr).sort_stats(profile).print_stats(45)
print(json.dumps(out))
"""

EXTRACT_CODE = """
import json, resource, sys, time
from communique.cli import main
t = time.perf_counter()
code = main(["extract", sys.argv[1], "--data", sys.argv[2]])
secs = time.perf_counter() - t
print(json.dumps({"code": code, "seconds": secs, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_json(args: list[str], env: dict | None = None) -> dict:
    res = subprocess.run(args, capture_output=True, text=True, env=env or ENV)
    if res.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args[:3])}...\n{res.stderr[-2000:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def knowledge_base(n: int, work: Path) -> tuple[Path, dict]:
    """data/ with the project's taxonomy and n synthetic releases extracted into it."""
    data = work / f"data-{n}"
    if data.exists():
        return data, {}
    for folder in ("places", "organizations", "topics"):
        shutil.copytree(ROOT / "data" / folder, data / folder)
    corpus = work / f"corpus-{n}"
    subprocess.run([PY, str(ROOT / "scripts" / "make_corpus.py"), str(n), str(corpus)], check=True, capture_output=True)
    stats = run_json([PY, "-c", EXTRACT_CODE, str(corpus), str(data)])
    stats["n"] = n
    return data, stats


def project(work: Path, data: Path, kind: str, name: str) -> Path:
    """kind: "plugin", "plain" (the pages written as files) or "floor" (one paragraph each)."""
    proj = work / name
    if proj.exists():
        shutil.rmtree(proj)
    shutil.copytree(ROOT / "docs", proj / "docs")
    cfg = (ROOT / "mkdocs.yml").read_text().replace("data_dir: data", f"data_dir: {data}")
    if kind != "plugin":
        sys.path.insert(0, str(ROOT / "src"))
        from communique import store
        from communique.site import files, generate

        pages = generate(store.load(data))
        if kind == "plain":
            files.write(pages, proj / "docs")
        else:
            for page in pages:
                dest = proj / "docs" / page.path
                dest.parent.mkdir(parents=True, exist_ok=True)
                text = FLOOR_PAGE.format(title=page.title.replace('"', "")) if page.data is None else page.data
                dest.write_text(text, encoding="utf-8")
            (proj / "docs" / files.CSS).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(files.ASSETS / "communique.css", proj / "docs" / files.CSS)
        cfg = cfg.replace("  - communique:\n      data_dir: " + str(data) + "\n", "")
        cfg += f"\nextra_css:\n  - {files.CSS}\n"
    (proj / "mkdocs.yml").write_text(cfg)
    return proj


FLOOR_PAGE = ('---\ntitle: "{title}"\n---\n\nA page of one paragraph, to measure what MkDocs and the theme cost for '
              "each page whatever it holds: reading, Markdown, templates, search index, writing.\n")


def measure_build(proj: Path, site: Path, src: Path | None = None) -> dict:
    return finish_build(start_build(proj, site, src))


def start_build(proj: Path, site: Path, src: Path | None = None) -> tuple:
    """A build started in a process of its own; finish_build waits for its figures."""
    if site.exists():
        shutil.rmtree(site)
    env = {**ENV, "PYTHONPATH": str(src)} if src else ENV
    args = [PY, "-c", BUILD_CODE, str(proj / "mkdocs.yml"), str(site)]
    return args, site, subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def finish_build(started: tuple) -> dict:
    args, site, proc = started
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args[:3])}...\n{err[-2000:]}")
    stats = json.loads(out.strip().splitlines()[-1])
    files = [p for p in site.rglob("*") if p.is_file()]
    stats["pages"] = sum(1 for p in files if p.name.endswith(".html"))
    stats["mb"] = sum(p.stat().st_size for p in files) / 1e6
    return stats


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def edit_loop(work: Path, data: Path, dirty: bool, tries: int = 3, src: Path | None = None) -> list[float]:
    """Seconds from saving one record to `mkdocs serve` serving the changed page."""
    proj = project(work, data, "plugin", "serve-project")
    port = free_port()
    proc = subprocess.Popen([PY, "-m", "mkdocs", "serve", "-f", str(proj / "mkdocs.yml"), "-a", f"127.0.0.1:{port}"]
                            + (["--dirty"] if dirty else []),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**ENV, "PYTHONPATH": str(src)} if src else ENV)
    try:
        person = sorted((data / "people").glob("*.yml"))[0]
        url = f"http://127.0.0.1:{port}/people/{person.stem}/"
        deadline = time.time() + 600
        while not _get(url):
            if time.time() > deadline or proc.poll() is not None:
                raise SystemExit("mkdocs serve did not start")
            time.sleep(0.2)
        original = person.read_text()
        out = []
        for i in range(tries):
            token = f"benchmark-edit-{i}-{int(time.time())}"
            t0 = time.perf_counter()
            person.write_text(original.rstrip("\n") + f"\nbio: {token}\n")
            while token not in (_get(url) or ""):
                if time.perf_counter() - t0 > 300:
                    raise SystemExit("the edit never appeared")
                time.sleep(0.05)
            out.append(time.perf_counter() - t0)
            time.sleep(1.0)
        person.write_text(original)
        return out
    finally:
        proc.terminate()
        try:  # a rebuild under way finishes first (a minute at 1,000 releases)
            proc.wait(timeout=300)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def rebuild_cpu(work: Path, data: Path, dirty: bool, tries: int = 4, src: Path | None = None,
                profile: str = "") -> list[dict]:
    """CPU and wall seconds of rebuilds after a person edit, driven in one process as `mkdocs
    serve` drives them (the server's file watcher and HTTP left out): steadier than the edit
    loop on a shared machine. profile: a cProfile sort key, printed to stderr."""
    proj = project(work, data, "plugin", "rebuild-project")
    person = sorted((data / "people").glob("*.yml"))[0]
    env = {**ENV, "PYTHONPATH": str(src)} if src else ENV
    res = subprocess.run([PY, "-c", REBUILD_CODE, str(proj / "mkdocs.yml"), str(work / "rebuild-site"), str(person),
                          str(tries), "dirty" if dirty else "plain", profile], capture_output=True, text=True, env=env)
    if res.returncode != 0:
        raise SystemExit(f"rebuild failed:\n{res.stderr[-3000:]}")
    if profile:
        print(res.stderr, file=sys.stderr)
    runs = json.loads(res.stdout.strip().splitlines()[-1])
    if not all(r["shown"] for r in runs):
        raise SystemExit("a rebuild did not show the edit")
    return runs


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8", "replace")
    except OSError:
        return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="tiny sizes; write nothing")
    ap.add_argument("--extract", type=int, nargs="*", default=[100, 1000])
    ap.add_argument("--builds", type=int, nargs="*", default=[10, 100, 1000])
    ap.add_argument("--serve", type=int, nargs="*", default=[100])
    ap.add_argument("--rebuild", type=int, nargs="*", default=[100],
                    help="CPU seconds of rebuilds after an edit, driven in one process")
    ap.add_argument("--compare-src", type=Path, help="also build with the plugin from this src/ folder")
    ap.add_argument("--rounds", type=int, default=1,
                    help="build each size this many times, the builds taking turns in alternating order")
    ap.add_argument("--no-plain", action="store_true", help="leave out the written pages built without the plugin")
    ap.add_argument("--side-by-side", action="store_true",
                    help="in each round, run the builds at the same time, so that they share the machine's load "
                         "(compare their CPU seconds; wall seconds then include waiting for each other)")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "performance.md")
    args = ap.parse_args()
    tries = 3
    if args.quick:
        args.extract, args.builds, args.serve, args.rebuild, args.out, tries = [2], [1, 2], [1], [2], None, 1
    lines = []

    def emit(s: str = "") -> None:
        print(s, flush=True)
        lines.append(s)

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        emit("## Extraction (`communique extract`, one process, one core)\n")
        emit("| releases | seconds | releases/second | peak memory (MB) |")
        emit("|---|---|---|---|")
        for n in args.extract:
            _, st = knowledge_base(n, work)
            emit(f"| {n:,} | {st['seconds']:.2f} | {n / st['seconds']:,.0f} | {st['rss_mb']:.0f} |")
        emit("\nIncludes reading and writing every file and the final `check` of the tree.\n")
        emit("## Site build (`mkdocs build --strict`): plugin, written pages, floor\n")
        cmp_head = " before (s) |" if args.compare_src else ""
        emit("| releases | pages | site MB | plugin (s) |" + cmp_head + " plugin peak MB | written pages, no plugin (s) | "
             "floor (s) | ms/page plugin | ms/page floor | ratio to floor | CPU plugin / floor (s) | ratio, CPU |"
             + (" CPU before (s) | ratio before, CPU |" if args.compare_src else "") + " load average |")
        emit("|---|---|---|---|" + ("---|" if args.compare_src else "") + "---|---|---|---|---|---|---|---|"
             + ("---|---|" if args.compare_src else "") + "---|")
        results = {}
        for n, rnd in [(n, r) for n in args.builds for r in range(args.rounds)]:
            data, _ = knowledge_base(n, work)
            builds = {
                "plug": lambda: (project(work, data, "plugin", f"plug-{n}"), work / f"site-plug-{n}", None),
                "before": lambda: (project(work, data, "plugin", f"cmp-{n}"), work / f"site-cmp-{n}",
                                   args.compare_src) if args.compare_src else None,
                "plain": lambda: None if args.no_plain else
                (project(work, data, "plain", f"plain-{n}"), work / f"site-plain-{n}", None),
                "floor": lambda: (project(work, data, "floor", f"floor-{n}"), work / f"site-floor-{n}", None),
            }
            # Every other round the other way round, so no build always runs first on a warm machine.
            order = list(builds) if rnd % 2 == 0 else list(builds)[::-1]
            if args.side_by_side:  # all projects first, then every build at once
                made = {k: builds[k]() for k in order}
                load_before = os.getloadavg()[0]
                started = {k: start_build(*made[k]) for k in order if made[k]}
                got = {k: finish_build(started[k]) if k in started else None for k in order}
            else:
                load_before = os.getloadavg()[0]
                got = {k: measure_build(*b) if (b := builds[k]()) else None for k in order}
            load = f" {load_before:.1f}-{os.getloadavg()[0]:.1f} |"
            plug, before, plain, floor = got["plug"], got["before"], got["plain"], got["floor"]
            results[n] = plug
            per, per_floor = plug["seconds"] / plug["pages"] * 1000, floor["seconds"] / floor["pages"] * 1000
            emit(f"| {n:,} | {plug['pages']:,} | {plug['mb']:.1f} | {plug['seconds']:.2f} |"
                 + (f" {before['seconds']:.2f} ({before['pages']:,} pages) |" if before else "")
                 + f" {plug['rss_mb']:.0f} | " + (f"{plain['seconds']:.2f}" if plain else "not measured")
                 + f" | {floor['seconds']:.2f} | {per:.1f} | {per_floor:.1f} | "
                 f"{per / per_floor:.2f} | {plug['cpu']:.1f} / {floor['cpu']:.1f} | "
                 f"{plug['cpu'] / plug['pages'] / (floor['cpu'] / floor['pages']):.2f} |"
                 + (f" {before['cpu']:.1f} | {before['cpu'] / before['pages'] / (floor['cpu'] / floor['pages']):.2f} |"
                    if before else "") + load)
        ns = sorted(results)
        if len(ns) >= 2:
            a, b = ns[-2], ns[-1]
            emit(f"\nGrowth from {a:,} to {b:,} releases ({b / a:.0f}x): time {results[b]['seconds'] / results[a]['seconds']:.1f}x, "
                 f"pages {results[b]['pages'] / results[a]['pages']:.1f}x, bytes {results[b]['mb'] / results[a]['mb']:.1f}x, "
                 f"memory {results[b]['rss_mb'] / results[a]['rss_mb']:.1f}x.\n")
        emit("## Edit loop (`mkdocs serve`)\n")
        emit("| command | releases | seconds from save to changed page | median | load average |")
        emit("|---|---|---|---|---|")
        for n in args.serve:
            data, _ = knowledge_base(n, work)
            for dirty in (False, True):
                for label, src in [("", None)] + ([(" (before)", args.compare_src)] if args.compare_src else []):
                    load_before = os.getloadavg()[0]
                    times = edit_loop(work, data, dirty, tries, src)
                    emit(f"| `mkdocs serve{' --dirty' if dirty else ''}`{label} | {n:,} | "
                         + ", ".join(f"{t:.2f}" for t in times) + f" | {sorted(times)[len(times) // 2]:.2f} | "
                         f"{load_before:.1f}-{os.getloadavg()[0]:.1f} |")
        emit("\n## One rebuild after a person edit, in one process (`mkdocs serve`'s rebuild without its watcher)\n")
        emit("| command | releases | code | CPU seconds | wall seconds | of which cycle collector |")
        emit("|---|---|---|---|---|---|")
        for n in args.rebuild:
            data, _ = knowledge_base(n, work)
            for dirty in (True, False):
                for label, src in [("this", None)] + ([("before", args.compare_src)] if args.compare_src else []):
                    runs = rebuild_cpu(work, data, dirty, 4, src)
                    emit(f"| `mkdocs serve{' --dirty' if dirty else ''}` | {n:,} | {label} | "
                         + ", ".join(f"{r['cpu']:.2f}" for r in runs) + " | "
                         + ", ".join(f"{r['wall']:.2f}" for r in runs) + " | "
                         + ", ".join(f"{r['gc']:.2f}" for r in runs) + " |")
    if args.out:
        head = ("# Performance (generated)\n\nMeasured by `python scripts/bench.py` on the development machine "
                "(2 cores, shared; figures vary by 20% or so between runs). Synthetic releases from "
                "`scripts/make_corpus.py` (about 4 KB each, seed 7).\n\n")
        args.out.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
