"""Load, validate and save the data/ tree."""
from .loader import FileCache, Problem, Source, Tree, load_tree, split_front_matter  # noqa: F401
from .store import Store, StoreError, load, schema_line, write_record  # noqa: F401
