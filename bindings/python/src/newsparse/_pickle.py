"""Unpickling: a node travels as the compact JSON of its subtree (rendered
in C for a Node, so it is also smaller than a pickled object graph) and
comes back as a NodeSnapshot tree.  Nothing here is public API.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional

from ._nodes import NodeSnapshot, NodeType

# The members NodeSnapshot keeps as attributes; any other member of the JSON
# (one a newer library adds) is kept as it was and written back in place.
_KNOWN = frozenset(("type", "line", "text", "replaced", "kind", "source", "src", "children"))


class _Restored(NodeSnapshot):
    """A NodeSnapshot that also keeps the JSON members it has no attribute
    for, and the order of the members, so that to_dict() and to_json() give
    back exactly what was pickled."""

    __slots__ = ("_extra", "_order")
    _extra: Dict[str, Any]
    _order: List[str]

    def _dict(self) -> Dict[str, Any]:
        d = super()._dict()
        d.update(self._extra)
        return {k: d[k] for k in self._order if k in d}


def _build(d: Dict[str, Any], parent: Optional[NodeSnapshot]) -> NodeSnapshot:
    node = _Restored(NodeType(d["type"]), d.get("text", ""), d.get("line", 0), d.get("kind"),
                     d.get("source"), bool(d.get("replaced", False)), parent, d.get("src"))
    node._extra = {k: v for k, v in d.items() if k not in _KNOWN}
    node._order = list(d)
    kids: List[NodeSnapshot] = node._children
    for c in d.get("children", ()):
        kids.append(_build(c, node))
    return node


def restore(text: str) -> NodeSnapshot:
    """The snapshot tree of a pickled node (its compact JSON)."""
    return _build(json.loads(text), None)
