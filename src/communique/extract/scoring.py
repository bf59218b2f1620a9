"""Precision, recall and F1 of extraction against hand-checked expected records.

Expected files (tests/extraction/expected/<doc>.yml) name people by name, so the
scores do not depend on generated ids. How a prediction matches:
- people: the expected name is the person's name or one of their aliases;
- titles: a (person, title) pair;
- quotes: the same words (ignoring a trailing comma) and the same speaker (or both none);
- events: the same type and date, and every expected participant among the predicted ones;
- figures: the same low and high values, currency or unit, and period;
- dates: the same calendar date.
"""
from __future__ import annotations

import re

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..store import split_front_matter
from .kb import KnowledgeBase
from .people import fold
from .pipeline import extract

KINDS = ("people", "titles", "quotes", "events", "figures", "dates")


@dataclass
class Tally:
    tp: int = 0
    predicted: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    misses: list[str] = field(default_factory=list)


def _norm_text(s: str) -> str:
    return " ".join(s.strip().rstrip(",").replace("\u2019", "'").split()).casefold()


def _match(pred: list, exp: list, same) -> tuple[int, list, list]:
    """Greedy one-to-one matching; returns (matches, unmatched predicted, unmatched expected)."""
    left = list(pred)
    missing = []
    tp = 0
    for e in exp:
        hit = next((p for p in left if same(p, e)), None)
        if hit is None:
            missing.append(e)
        else:
            left.remove(hit)
            tp += 1
    return tp, left, missing


_TITLE_STOP = {"of", "the", "and", "for", "to", "us", "u.s.", "union"}


def same_title(expected: str, predicted: str) -> bool:
    """The shared benchmark's rule: the expected title's words are among the predicted ones
    ("Prime Minister" in "Prime Minister of Japan"), or a predicted title of two or more
    words lies within the expected one."""
    words = lambda t: {w for w in re.findall(r"[a-z.]+", t.lower()) if w not in _TITLE_STOP}  # noqa: E731
    g, p = words(expected), words(predicted)
    return bool(g and p) and (g <= p or (len(p) >= 2 and p <= g))


def score_document(raw: str, title: str | None, published: dt.date | None, expected: dict,
                   kb: KnowledgeBase, name: str, report: Report) -> None:
    ex = extract(raw, "doc", kb, title=title, published=published)
    people = ex.people
    forms = {p["id"]: {fold(p["name"]), *(fold(a) for a in p["aliases"])} for p in people}

    def who(pid) -> set:
        return forms.get(pid, set()) if pid else set()

    def is_person(pid, exp_name) -> bool:
        return (pid is None and exp_name is None) or (exp_name is not None and fold(exp_name) in who(pid))

    def add(kind: str, pred: list, exp: list, same, show) -> None:
        tp, fp, fn = _match(pred, exp, same)
        t = report.tallies[kind]
        t.tp += tp
        t.predicted += len(pred)
        t.expected += len(exp)
        report.misses += [f"{name}: {kind} extra {show(x)}" for x in fp]
        report.misses += [f"{name}: {kind} missed {show(x)}" for x in fn]

    exp_people = expected.get("people", [])
    add("people", [p["id"] for p in people], [p["name"] for p in exp_people],
        lambda pid, n: fold(n) in who(pid), str)
    add("titles", [(p["id"], t) for p in people for t in p["titles"]],
        [(p["name"], t) for p in exp_people for t in p.get("titles", [])],
        lambda pr, e: is_person(pr[0], e[0]) and same_title(e[1], pr[1]), str)
    d = ex.document
    add("quotes", list(d.quotes), expected.get("quotes", []),
        lambda q, e: _norm_text(q.text) == _norm_text(e["text"]) and is_person(q.speaker, e.get("speaker")),
        lambda x: (x.text[:50], x.speaker) if hasattr(x, "text") else (x["text"][:50], x.get("speaker")))
    add("events", list(d.events), expected.get("events", []),
        lambda ev, e: ev.type == e["type"] and ev.date == e.get("date")
        and all(any(is_person(p, n) for p in ev.participants) for n in e.get("participants", [])),
        lambda x: (x.type, str(x.date), x.participants) if hasattr(x, "type") else (x["type"], str(x.get("date")), x.get("participants")))

    def same_fig(f, e) -> bool:
        close = lambda a, b: abs(a - b) <= 1e-6 * max(1.0, abs(b))  # noqa: E731
        return (close(f.value_low, e["value_low"]) and close(f.value_high, e["value_high"])
                and f.currency == e.get("currency") and f.unit == e.get("unit")
                and f.period == (str(e["period"]) if e.get("period") is not None else None))

    add("figures", list(d.figures), expected.get("figures", []), same_fig,
        lambda x: (x.value_low, x.value_high, x.currency or x.unit, x.period) if hasattr(x, "metric") else tuple(x.values()))
    add("dates", list(d.dates), list(expected.get("dates", [])), lambda a, b: a == b, str)
    if "published" in expected and d.published != expected["published"]:
        report.misses.append(f"{name}: published {d.published} expected {expected['published']}")


def score_folder(docs: Path, expected_dir: Path, kb: KnowledgeBase) -> Report:
    report = Report()
    for path in sorted(docs.iterdir()):
        if path.suffix not in (".md", ".txt"):
            continue
        exp_path = expected_dir / f"{path.stem}.yml"
        if not exp_path.exists():
            continue
        fm, body, _ = split_front_matter(path.read_text(encoding="utf-8"))
        meta = yaml.safe_load(fm) if fm else {}
        expected = yaml.safe_load(exp_path.read_text(encoding="utf-8")) or {}
        score_document(body, meta.get("title"), meta.get("published"), expected, kb, path.stem, report)
    return report


def table(report: Report) -> str:
    rows = ["| kind | precision | recall | F1 | predicted | expected |", "|---|---|---|---|---|---|"]
    for k, t in report.tallies.items():
        rows.append(f"| {k} | {t.precision:.2f} | {t.recall:.2f} | {t.f1:.2f} | {t.predicted} | {t.expected} |")
    return "\n".join(rows)
