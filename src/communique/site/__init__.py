"""The site: pages generated from the store, and a thin MkDocs plugin adapter.

`generate(store)` is a plain function returning pages (context.py -> templates/ via
render.py); it knows nothing of MkDocs, so it is tested on its own and feeds
`communique pages` for other engines.
"""
from .generate import Page, generate  # noqa: F401
