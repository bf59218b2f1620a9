"""Who-met-whom graphs: edges from shared events, bounded size, deterministic layout, SVG."""
from __future__ import annotations

import itertools
import math
import xml.etree.ElementTree as ET

from communique import store
from communique.model import Event
from communique.site.graph import MAX_NODES, Graph, _label_box, _labels, circle_layout, force_layout, people_graph, svg
from communique.site.relations import Countries

SVG = "{http://www.w3.org/2000/svg}"


def _parse(s: str) -> ET.Element:
    return ET.fromstring(s.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1))


def test_people_are_linked_by_the_events_they_shared(tree):
    st = store.load(tree)
    doc = st.documents["s1"]
    again = Event(id="again", type="talks", participants=["karl-brandt", "ana-souza"])
    g = people_graph(st, [(doc, e) for e in doc.events] + [(doc, again)], Countries(st).of_person)
    assert g.labels == {"ana-souza": "Ana Souza", "karl-brandt": "Karl Brandt"}
    assert dict(g.edges) == {("ana-souza", "karl-brandt"): 2}
    assert g.groups == {"ana-souza": "Brazil", "karl-brandt": "Germany"}


def _two_cliques(size: int = 8) -> Graph:
    g = Graph()
    for side in "ab":
        for i in range(size):
            g.labels[f"{side}{i}"] = f"{side.upper()} {i}"
            g.groups[f"{side}{i}"] = side
        for i, j in itertools.combinations(range(size), 2):
            g.add_edge(f"{side}{i}", f"{side}{j}")
    g.add_edge("a0", "b0")
    return g


def test_force_layout_is_deterministic_and_keeps_clusters_apart():
    g = _two_cliques()
    pos = force_layout(g)
    assert pos == force_layout(g)
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in pos.values())
    dist = lambda a, b: math.dist(pos[a], pos[b])  # noqa: E731
    inside = [dist(f"{s}{i}", f"{s}{j}") for s in "ab" for i, j in itertools.combinations(range(8), 2)]
    across = [dist(f"a{i}", f"b{j}") for i in range(8) for j in range(8)]
    assert max(inside) < min(across) * 1.5
    assert sum(inside) / len(inside) < sum(across) / len(across) / 2
    assert min(math.dist(p, q) for p, q in itertools.combinations(pos.values(), 2)) > 0.01


def test_a_large_graph_is_cut_to_its_most_connected_people_with_links_among_them():
    g = Graph()
    for i in range(1000):
        g.labels[f"p{i:04d}"] = f"P {i}"
    for i in range(1000):  # a ring, plus hubs every 10th person linked to the next 30
        g.add_edge(f"p{i:04d}", f"p{(i + 1) % 1000:04d}")
        if i % 10 == 0:
            for j in range(2, 30):
                g.add_edge(f"p{i:04d}", f"p{(i + j) % 1000:04d}")
    top = g.top()
    assert len(top.labels) <= MAX_NODES
    assert {f"p{i:04d}" for i in range(0, 1000, 10)} <= set(top.labels)  # every hub is kept
    assert all(any(n in e for e in top.edges) for n in top.labels)  # nobody is left alone


def test_neighbourhood_is_the_centre_and_its_closest_contacts():
    g = _two_cliques()
    g.add_edge("a0", "b0", 5)
    near = g.neighbourhood("a0", n=3)
    assert set(near.labels) == {"a0", "b0", "a1", "a2"}
    pos = circle_layout(near, "a0")
    assert pos["a0"] == (0.5, 0.5)


def test_svg_draws_every_node_and_edge_links_nodes_and_escapes_labels():
    g = _two_cliques(3)
    g.labels["a1"] = '<script>alert(1)</script> & "x"'
    out = svg(g, force_layout(g), lambda n: f"../{n}/", "Who met whom", labelled=2)
    root = _parse(out)
    assert len(root.findall(f".//{SVG}circle")) == 6
    assert len(root.findall(f".//{SVG}line")) == len(g.edges) == 7
    assert len(root.findall(f".//{SVG}text")) == 2  # only the two most connected are named
    hrefs = sorted(a.get("{http://www.w3.org/1999/xlink}href") for a in root.iter(f"{SVG}a"))
    assert hrefs == sorted(f"../{n}/" for n in g.labels)
    assert "<script>" not in out
    assert any('<script>alert(1)</script> & "x"' in (t.text or "") for t in root.iter(f"{SVG}title"))


def test_backbone_keeps_each_nodes_strongest_links():
    g = Graph({n: n for n in "abcde"})
    for (a, b), w in {("a", "b"): 5, ("a", "c"): 4, ("a", "d"): 1, ("a", "e"): 1, ("b", "c"): 3, ("d", "e"): 2}.items():
        g.add_edge(a, b, w)
    bb = g.backbone(k=1)
    # a keeps a-b, b keeps a-b, c keeps a-c, d keeps d-e, e keeps d-e.
    assert dict(bb.edges) == {("a", "b"): 5, ("a", "c"): 4, ("d", "e"): 2}
    assert set(bb.labels) == set(g.labels)


def test_printed_names_never_overlap():
    g = Graph({f"n{i}": f"A long person name {i}" for i in range(40)})
    for i in range(1, 40):
        g.add_edge("n0", f"n{i}")
    xy = {f"n{i}": (100.0 + (i % 5) * 12, 100.0 + (i // 5) * 6) for i in range(40)}  # crowded on purpose
    radius = {n: 5.0 for n in g.labels}
    shown = _labels(g, xy, radius, 40, None, 960)
    assert "n0" in shown and 1 < len(shown) < 40  # the hub first; most others would collide
    boxes = [_label_box(*xy[n], radius[n], g.labels[n], 960) for n in shown]
    for b1, b2 in itertools.combinations(boxes, 2):
        assert not (b1[0] < b2[2] and b2[0] < b1[2] and b1[1] < b2[3] and b2[1] < b1[3])
