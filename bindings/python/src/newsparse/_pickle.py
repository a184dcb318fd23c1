"""Unpickling (kept for pickles made before restore() moved to _nodes.py,
which name newsparse._pickle.restore).  Nothing here is public API.
"""

from ._nodes import restore

__all__ = ["restore"]
