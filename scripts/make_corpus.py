#!/usr/bin/env python3
"""Write N synthetic, varied press releases for benchmarks (deterministic for a seed).

    python scripts/make_corpus.py N OUT_DIR [--seed 7] [--size 4000]

Each release has a visit, meetings or calls, quotes with the speaker before or after,
figures in several currencies and units, and dates in several styles, between many
country pairs. The people are invented from name pools.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

COUNTRIES = [
    ("India", "Indian", "New Delhi", "INR"), ("Japan", "Japanese", "Tokyo", "JPY"),
    ("Germany", "German", "Berlin", "EUR"), ("France", "French", "Paris", "EUR"),
    ("Brazil", "Brazilian", "Brasília", "BRL"), ("Kenya", "Kenyan", "Nairobi", "USD"),
    ("Vietnam", "Vietnamese", "Hanoi", "USD"), ("Egypt", "Egyptian", "Cairo", "USD"),
    ("Australia", "Australian", "Canberra", "AUD"), ("Indonesia", "Indonesian", "Jakarta", "USD"),
    ("Canada", "Canadian", "Ottawa", "CAD"), ("Mexico", "Mexican", "Mexico City", "USD"),
    ("Nigeria", "Nigerian", "Abuja", "USD"), ("Turkey", "Turkish", "Ankara", "USD"),
    ("Spain", "Spanish", "Madrid", "EUR"), ("Italy", "Italian", "Rome", "EUR"),
    ("United Kingdom", "British", "London", "GBP"), ("Singapore", "Singaporean", "Singapore", "SGD"),
    ("South Africa", "South African", "Pretoria", "ZAR"), ("Norway", "Norwegian", "Oslo", "USD"),
]
FIRST = ["Ana", "Karl", "Priya", "Kenji", "Amara", "José", "Léa", "Omar", "Sara", "Ivan", "Mei", "Tomás",
         "Chidi", "Astrid", "Raúl", "Noor", "Hana", "Jörg", "Zeynep", "Arjun", "Thabo", "Ngozi", "Élodie", "Dmitri"]
LAST = ["Souza", "Brandt", "Nair", "Sato", "Okafor", "García", "Moreau", "Haddad", "Lindqvist", "Petrov",
        "Wang", "Silva", "Kowalski", "Demir", "Mensah", "Takeda", "Ferreira", "Öztürk", "Iyer", "Dlamini"]
TITLES = ["Foreign Minister", "Prime Minister", "President", "Trade Minister", "Deputy Prime Minister",
          "Finance Minister", "Defence Minister", "Commerce Minister"]
SYMBOL = {"INR": "Rs", "JPY": "JPY", "EUR": "EUR", "BRL": "BRL", "USD": "USD", "AUD": "A$", "CAD": "CAD",
          "GBP": "£", "SGD": "SGD", "ZAR": "ZAR"}
THEMES = ["trade", "energy", "connectivity", "defence", "climate change", "education", "health",
          "critical minerals", "digital payments", "maritime security", "tourism", "agriculture", "space"]
FILLER = [
    "The two sides reviewed the full range of bilateral relations, including {a} and {b}.",
    "Officials said the {a} agenda would be taken forward by a joint working group.",
    "Both countries agreed to deepen cooperation in {a}, {b} and people-to-people ties.",
    "The leaders exchanged views on regional and global issues of mutual interest, including {a}.",
    "Business delegations from both countries explored new opportunities in {a} and {b}.",
]


def read_corpus(folder: Path) -> list:
    """The releases a run of this script wrote to folder, read back: (body, SourceMeta), in file order
    (the benchmarks' input; communique is imported here, so that a benchmark's child process reads
    them with the source tree it measures)."""
    import yaml

    from communique.model import SourceMeta
    from communique.store import split_front_matter

    out = []
    for p in sorted(folder.iterdir()):
        fm, body, _ = split_front_matter(p.read_text(encoding="utf-8"))
        out.append((body, SourceMeta.model_validate(yaml.safe_load(fm))))
    return out


def date_styles(d: dt.date, rng: random.Random) -> str:
    return rng.choice([
        d.strftime("%B %-d, %Y"), d.strftime("%-d %B %Y"), d.strftime("%d/%m/%Y"),
        d.strftime("%b. %-d"), d.isoformat(),
    ])


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def release(i: int, rng: random.Random, size: int) -> str:
    (home, home_adj, home_cap, _), (host, host_adj, host_cap, cur) = rng.sample(COUNTRIES, 2)
    guest, hostp, third = person(rng), person(rng), person(rng)
    gt, ht = rng.choice(TITLES), rng.choice(TITLES)
    start = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 5))
    days = rng.randint(2, 5)
    published = start + dt.timedelta(days=days)
    a, b = rng.sample(THEMES, 2)
    low = rng.randint(2, 60)
    sym = SYMBOL[cur]
    scale = rng.choice(["billion", "million", "bn"]) if cur != "INR" else rng.choice(["crore", "lakh crore", "billion"])
    scale = "crore" if scale == "lakh crore" else scale
    lines = [
        f"{home_adj} {gt} {guest} pays {days}-day visit to {host}",
        "",
        f"{home_adj} {gt} {guest} paid an official visit to {host} from {start.strftime('%-d')}-"
        f"{(start + dt.timedelta(days=days - 1)).strftime('%-d %B %Y')}.",
        "",
        f"On {date_styles(start, rng)}, {gt} {guest.split()[1]} held talks with {host_adj} {ht} {hostp} "
        f"in {host_cap}, focusing on {a} and {b}.",
        "",
        rng.choice([
            f"\u201cOur partnership in {a} has never been stronger,\u201d {guest.split()[1]} said after the talks.",
            f"{guest.split()[1]} said: \"We will open a new chapter in {b}.\"",
            f"\u201cWe agreed to do more on {a},\u201d {hostp} said, \u201cand to meet again next year.\u201d",
        ]),
        "",
        f"Bilateral trade between {home} and {host} reached {sym} {low}-{low + rng.randint(1, 9)} {scale} "
        f"last year, and grew by {rng.randint(2, 30)} per cent in {published.year - 2}.",
        "",
        f"The following day, {guest.split()[1]} met {host_adj} Ambassador {third} and addressed a business forum.",
        "",
    ]
    text = "\n".join(lines)
    while len(text) < size:
        text += rng.choice(FILLER).format(a=rng.choice(THEMES), b=rng.choice(THEMES)) + "\n\n"
    return f"---\ntitle: \"{home} and {host}: visit of {gt} {guest}\"\npublished: {published.isoformat()}\nlanguage: en\n---\n{text}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--size", type=int, default=4000, help="approximate characters per release")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    for i in range(args.n):
        (args.out / f"release-{i:05d}.md").write_text(release(i, rng, args.size), encoding="utf-8")
    print(f"wrote {args.n} releases to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
