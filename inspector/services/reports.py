"""Use cases for reports: what the command line and the desktop app call.

Each function reads what it needs from the profile first, then renders. `on_progress(done, total)`
is called as the work advances and `is_cancelled()` is polled between photos and between laid-out
blocks; a cancel raises ReportCancelled and leaves no file behind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from ..domain.text import check_language
from ..report.document import ReportCancelled
from ..report.layout import layout_names, load_layout
from ..report.model import load_visit
from ..report.summary import SummarySelection, load_summary, render_summary
from ..report.visit_report import render_visit_report
from ..store.profile import Profile
from .signing import SigningKey, sign_with

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

__all__ = ["ReportCancelled", "available_layouts", "write_summary", "write_visit_report"]


def write_visit_report(profile: Profile, visit_id: str, target: Path | str, *, lang: str = "ru",
                       layout: str | None = None, with_faces: bool = False,
                       on_progress: Progress | None = None,
                       is_cancelled: Cancelled | None = None,
                       sign: SigningKey | None = None) -> Path:
    """The PDF report on one visit. Photos showing faces are left out unless `with_faces`.
    With `sign`, the finished PDF (manifest embedded) is signed (services/signing.py)."""
    check_language(lang)
    chosen = load_layout(layout, profile.data_dir)
    data = load_visit(profile, visit_id)
    path = render_visit_report(data, Path(target), lang=lang, layout=chosen,
                               with_faces=with_faces, on_progress=on_progress,
                               is_cancelled=is_cancelled)
    return sign_with(path, sign)


def write_summary(profile: Profile, target: Path | str, *, kind: str | None = None,
                  region: str | None = None, date_from: str | None = None,
                  date_to: str | None = None, visit_ids: Iterable[str] | None = None,
                  lang: str = "ru", layout: str | None = None, include_drafts: bool = False,
                  on_progress: Progress | None = None,
                  is_cancelled: Cancelled | None = None,
                  sign: SigningKey | None = None) -> Path:
    """The summary across the visits chosen by kind, region and dates (or by a list of ids).

    Completed visits only, unless `include_drafts`: then each draft is marked as one.
    """
    check_language(lang)
    chosen = load_layout(layout, profile.data_dir)
    selection = SummarySelection(kind=kind, region=region, date_from=date_from, date_to=date_to,
                                 visit_ids=tuple(visit_ids) if visit_ids is not None else None,
                                 include_drafts=include_drafts)
    data = load_summary(profile, selection, on_progress=on_progress, is_cancelled=is_cancelled)
    path = render_summary(data, Path(target), lang=lang, layout=chosen,
                          on_progress=on_progress, is_cancelled=is_cancelled)
    return sign_with(path, sign)


def available_layouts(profile: Profile) -> list[str]:
    """Layout names to offer: shipped ones and the profile's own copies."""
    return layout_names(profile.data_dir)
