#!/usr/bin/env python3
"""Add the countries of ISO 3166 (from pycountry) that data/places lacks.

    python scripts/import_places.py [--data data] [--dry-run]

Extraction finds places by the names in data/places; a country missing there is
invisible to it (its name can even be read as a person's). Existing records are never
changed: a country already present under any of its names is skipped, so editors'
aliases and corrections stay. New records are written atomically and checked after.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from communique import store
from communique.extract.countries import missing_countries
from communique.store.store import write_record

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=ROOT / "data", type=Path)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    st = store.load(args.data)
    new = missing_countries(st.places)
    for place in new:
        if args.dry_run:
            print(f"would add {args.data / 'places' / place.id}.yml")
        else:
            print(f"add {write_record(args.data, place)}")
    print(f"{len(new)} countries {'missing' if args.dry_run else 'added'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
