"""The site: pages generated from the store, and a thin MkDocs plugin adapter.

`generate(store)` is a plain function returning pages; it knows nothing of MkDocs,
so it is tested on its own and could feed another static-site engine.
"""
from .generate import Page, generate  # noqa: F401
