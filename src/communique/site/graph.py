"""Who met whom: graphs of people (or countries) linked by shared events, laid out at
build time and drawn as SVG, so pages need no script and no CDN.

Layout cost is bounded: a force-directed layout runs a fixed number of rounds over at
most `MAX_NODES` nodes (the most connected ones), so a base of any size costs the same.
"""
from __future__ import annotations

import functools
import itertools
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from .html import esc

MAX_NODES = 120  # the whole-base graph keeps this many people, the most connected
LABELLED = 40  # and names the most connected of those; the rest are named on hover
NEIGHBOURS = 16  # a person's or a country's page shows this many closest neighbours
BACKBONE = 4  # the whole-base graph draws each node's strongest links only
PALETTE = ("#3f51b5", "#e65100", "#2e7d32", "#c2185b", "#00838f", "#6d4c41", "#7b1fa2", "#9e9d24", "#d32f2f")
OTHER = "#9e9e9e"


@dataclass
class Graph:
    labels: dict[str, str] = field(default_factory=dict)  # node id -> label
    groups: dict[str, str] = field(default_factory=dict)  # node id -> group label (a country)
    edges: Counter = field(default_factory=Counter)  # (a, b) with a < b -> weight

    def add_edge(self, a: str, b: str, w: int = 1) -> None:
        if a != b:
            self.edges[(a, b) if a < b else (b, a)] += w

    def degree(self) -> Counter:
        """Weighted degree: shared events with everyone."""
        deg: Counter = Counter({n: 0 for n in self.labels})
        for (a, b), w in self.edges.items():
            deg[a] += w
            deg[b] += w
        return deg

    def contacts(self) -> Counter:
        """How many distinct neighbours each node has."""
        c: Counter = Counter({n: 0 for n in self.labels})
        for a, b in self.edges:
            c[a] += 1
            c[b] += 1
        return c

    def ranked(self) -> list[str]:
        """Nodes, most connected first (distinct contacts, then shared events, then id)."""
        c, d = self.contacts(), self.degree()
        return sorted(self.labels, key=lambda n: (-c[n], -d[n], n))

    def subgraph(self, keep) -> "Graph":
        keep = set(keep)
        g = Graph({n: self.labels[n] for n in self.labels if n in keep},
                  {n: g for n, g in self.groups.items() if n in keep})
        g.edges = Counter({e: w for e, w in self.edges.items() if e[0] in keep and e[1] in keep})
        return g

    def top(self, n: int = MAX_NODES) -> "Graph":
        """The n most connected nodes, less any left with no link among them."""
        g = self.subgraph(self.ranked()[:n])
        return g.subgraph({x for e in g.edges for x in e})

    def backbone(self, k: int = BACKBONE) -> "Graph":
        """Only each node's k strongest links (an edge stays if either end keeps it): in a
        dense base everyone met everyone, and all the lines together are one grey blot."""
        best: dict[str, list] = {n: [] for n in self.labels}
        for (a, b), w in self.edges.items():
            best[a].append((-w, b, (a, b)))
            best[b].append((-w, a, (a, b)))
        keep = {e for lst in best.values() for _, _, e in sorted(lst)[:k]}
        g = self.subgraph(self.labels)
        g.edges = Counter({e: w for e, w in self.edges.items() if e in keep})
        return g

    def neighbourhood(self, centre: str, n: int = NEIGHBOURS) -> "Graph":
        near: Counter = Counter()
        for (a, b), w in self.edges.items():
            if a == centre:
                near[b] += w
            elif b == centre:
                near[a] += w
        keep = [centre] + [x for x, _ in sorted(near.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]
        return self.subgraph(keep)


def people_graph(st, events, person_countries: Callable[[str], frozenset]) -> Graph:
    """People linked by the events they shared; events: (document, event) pairs."""
    g = Graph()
    for _, e in events:
        ps = sorted(set(p for p in e.participants if p in st.people))
        for p in ps:
            g.labels[p] = st.people[p].name
        for a, b in itertools.combinations(ps, 2):
            g.add_edge(a, b)
    for p in g.labels:
        cs = sorted(person_countries(p))
        if cs and cs[0] in st.places:
            g.groups[p] = st.places[cs[0]].name
    return g


def country_graph(st, rels) -> Graph:
    """Countries linked by the events between them (their relationships)."""
    g = Graph()
    for (a, b), r in rels.items():
        if not r.events:
            continue
        for c in (a, b):
            g.labels[c] = st.places[c].name if c in st.places else c
            g.groups[c] = g.labels[c]
        g.add_edge(a, b, len(r.events))
    return g


# ---- layout -------------------------------------------------------------------------

def _start(g: Graph, order: list[str]) -> dict[str, list[float]]:
    # Members of a group start side by side on the circle, so clusters settle near each other.
    order = sorted(order, key=lambda n: (g.groups.get(n, "\uffff"), n))
    k = len(order)
    return {n: [math.cos(2 * math.pi * i / k), math.sin(2 * math.pi * i / k)] for i, n in enumerate(order)}


def force_layout(g: Graph, rounds: int = 60) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold with gravity, deterministic; positions in [0, 1]^2. The layout
    depends on nodes, groups and edges only (not labels): kept for rebuilds under `mkdocs serve`."""
    return dict(_force_layout((tuple(sorted(g.labels)), tuple(sorted(g.groups.items())),
                               tuple(sorted(g.edges.items())), rounds)))


@functools.lru_cache(maxsize=8)
def _force_layout(key: tuple) -> tuple:
    nodes, groups, edges, rounds = key
    g = Graph({n: n for n in nodes}, dict(groups), Counter(dict(edges)))
    return tuple(_layout(g, rounds).items())


def _layout(g: Graph, rounds: int) -> dict[str, tuple[float, float]]:
    nodes = sorted(g.labels)
    if len(nodes) <= 2:
        return circle_layout(g, nodes[0] if len(nodes) == 1 else None)
    pos = _start(g, nodes)
    k = 2.0 / math.sqrt(len(nodes))  # ideal edge length in a [-1, 1] square
    adj = [(a, b, 1 + math.log(w)) for (a, b), w in sorted(g.edges.items())]
    temp = 0.25
    for _ in range(rounds):
        disp = {n: [0.0, 0.0] for n in nodes}
        items = [(n, pos[n]) for n in nodes]
        for i, (a, pa) in enumerate(items):
            dxa = dya = 0.0
            for b, pb in items[i + 1:]:
                dx, dy = pa[0] - pb[0], pa[1] - pb[1]
                d2 = dx * dx + dy * dy or 1e-9
                f = k * k / d2  # repulsion k^2 / d, along the unit vector (dx, dy) / d
                dxa += dx * f
                dya += dy * f
                db = disp[b]
                db[0] -= dx * f
                db[1] -= dy * f
            disp[a][0] += dxa
            disp[a][1] += dya
        for a, b, w in adj:
            pa, pb = pos[a], pos[b]
            dx, dy = pa[0] - pb[0], pa[1] - pb[1]
            d = math.sqrt(dx * dx + dy * dy) or 1e-9
            f = w * d / k  # attraction d^2 / k
            disp[a][0] -= dx * f
            disp[a][1] -= dy * f
            disp[b][0] += dx * f
            disp[b][1] += dy * f
        for n in nodes:
            p, dv = pos[n], disp[n]
            dv[0] -= p[0] * 0.6  # gravity keeps loose components on the page
            dv[1] -= p[1] * 0.6
            length = math.sqrt(dv[0] ** 2 + dv[1] ** 2) or 1e-9
            step = min(length, temp)
            p[0] += dv[0] / length * step
            p[1] += dv[1] / length * step
        temp *= 0.94
    return _normalise(pos)


def circle_layout(g: Graph, centre: str | None = None) -> dict[str, tuple[float, float]]:
    """The centre in the middle, the others round it grouped by country."""
    others = sorted((n for n in g.labels if n != centre), key=lambda n: (g.groups.get(n, "\uffff"), n))
    pos = {centre: (0.5, 0.5)} if centre else {}
    k = len(others)
    for i, n in enumerate(others):
        a = 2 * math.pi * i / max(k, 1) - math.pi / 2
        pos[n] = (0.5 + 0.5 * math.cos(a), 0.5 + 0.5 * math.sin(a))
    return pos


def _normalise(pos) -> dict[str, tuple[float, float]]:
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    x0, y0 = min(xs), min(ys)
    sx, sy = (max(xs) - x0) or 1.0, (max(ys) - y0) or 1.0
    return {n: ((p[0] - x0) / sx, (p[1] - y0) / sy) for n, p in pos.items()}


# ---- drawing --------------------------------------------------------------------------

def group_colours(g: Graph) -> dict[str, str]:
    """The largest groups get a colour each; the rest share grey."""
    sizes = Counter(g.groups.values())
    ranked = sorted(sizes, key=lambda x: (-sizes[x], x))
    return {grp: (PALETTE[i] if i < len(PALETTE) else OTHER) for i, grp in enumerate(ranked)}


def svg(g: Graph, pos, href: Callable[[str], str], title: str, *, centre: str | None = None,
        labelled: int = LABELLED, width: int = 960, height: int = 640) -> str:
    """The graph as an <svg>; nodes link to their pages, every node has a <title>."""
    if not g.labels:
        return ""
    colours = group_colours(g)
    deg, contacts = g.degree(), g.contacts()
    m = 40  # margin for labels
    xy = {n: (m + x * (width - 2 * m), m + y * (height - 2 * m)) for n, (x, y) in pos.items()}
    top_w = max(g.edges.values(), default=1)
    top_d = max(deg.values(), default=1) or 1
    radius = {n: 4 + 8 * math.sqrt(deg[n] / top_d) + (4 if n == centre else 0) for n in g.labels}
    show = _labels(g, xy, radius, labelled, centre, width)
    out = [f'<svg class="cq-graph" xmlns:xlink="http://www.w3.org/1999/xlink" role="img" viewBox="0 0 {width} {height}" width="100%" '
           f'aria-label="{esc(title)}" data-nodes="{len(g.labels)}" data-edges="{len(g.edges)}">',
           f"<title>{esc(title)}</title><g class=\"cq-edges\">"]
    for (a, b), w in sorted(g.edges.items()):
        (x1, y1), (x2, y2) = xy[a], xy[b]
        sw = 0.8 + 3.2 * (w / top_w)
        out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke-width="{sw:.1f}">'
                   f"<title>{esc(g.labels[a])} \u2013 {esc(g.labels[b])}: {w} shared</title></line>")
    out.append('</g><g class="cq-nodes">')
    for n in sorted(g.labels, key=lambda n: (n in show, deg[n], n)):  # labelled ones drawn last, on top
        x, y = xy[n]
        r = radius[n]
        fill = colours.get(g.groups.get(n, ""), OTHER)
        grp = g.groups.get(n, "no country")
        tip = f"{g.labels[n]} ({grp}): {contacts[n]} contacts, {deg[n]} shared"
        # xlink:href: Material's instant navigation assigns el.href on every [href], which
        # throws on an SVG <a> (its href is read-only) and stops the page's scripts.
        out.append(f'<a xlink:href="{esc(href(n))}" data-node="{esc(n)}"><title>{esc(tip)}</title>'
                   f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{fill}"'
                   + (' class="cq-centre"' if n == centre else "") + "/>")
        if n in show:
            anchor = show[n]
            dx = r + 3 if anchor == "start" else -(r + 3)
            out.append(f'<text x="{x + dx:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}">{esc(g.labels[n])}</text>')
        out.append("</a>")
    out.append("</g></svg>")
    return "".join(out)


def _label_box(x: float, y: float, r: float, text: str, width: int) -> tuple[float, float, float, float, str]:
    w = 8.2 * len(text)  # about 15px sans-serif
    if x < width * 0.8:
        return x + r + 3, y - 11, x + r + 3 + w, y + 6, "start"
    return x - r - 3 - w, y - 11, x - r - 3, y + 6, "end"


def _labels(g: Graph, xy, radius, limit: int, centre: str | None, width: int) -> dict[str, str]:
    """Which nodes get a printed name (node -> text-anchor): the most connected first, each
    only if its name overlaps no name already placed. The rest are named on hover."""
    placed: list[tuple] = []
    out: dict[str, str] = {}
    order = ([centre] if centre else []) + [n for n in g.ranked() if n != centre]
    for n in order:
        if len(out) >= limit:
            break
        x, y = xy[n]
        box = _label_box(x, y, radius[n], g.labels[n], width)
        if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
            continue
        placed.append(box)
        out[n] = box[4]
    return out


def legend(g: Graph) -> list[tuple[str, str, int]]:
    """(group, colour, how many nodes) for the legend beside a graph, largest first."""
    sizes = Counter(g.groups.values())
    colours = group_colours(g)
    rows = [(grp, colours[grp], sizes[grp]) for grp in sorted(sizes, key=lambda x: (-sizes[x], x))]
    named = [r for r in rows if r[1] != OTHER]
    rest = sum(r[2] for r in rows if r[1] == OTHER) + sum(1 for n in g.labels if n not in g.groups)
    return named + ([("other or unknown country", OTHER, rest)] if rest else [])


def strongest_links(g: Graph, n: int = 30) -> list[tuple[str, str, int]]:
    """The pairs with most shared events, for the table beside a graph."""
    return [(a, b, w) for (a, b), w in sorted(g.edges.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]
