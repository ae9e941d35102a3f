"""The visit editor: everything a deputy fills in about one visit, saved as they type."""

from .editor import VisitEditor

__all__ = ["VisitEditor"]
