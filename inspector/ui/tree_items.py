"""The items of a QTreeWidget, walked without the None that Qt's item-by-index calls may return."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem


def children(item: QTreeWidgetItem) -> Iterator[QTreeWidgetItem]:
    """The direct children of `item`, in order (the tree's invisible root gives the top level)."""
    for i in range(item.childCount()):
        child = item.child(i)
        # Qt answers None only for an index outside 0..childCount-1, which this range never asks.
        assert child is not None, "an index below childCount always has an item"
        yield child


def walk(tree: QTreeWidget) -> Iterator[QTreeWidgetItem]:
    """Every item of the tree, depth first in the order a reader sees them."""
    stack = list(children(tree.invisibleRootItem()))[::-1]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(list(children(item))[::-1])
