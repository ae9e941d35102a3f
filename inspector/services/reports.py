"""Use cases for reports: what the command line and the desktop app call.

Each report is made in two steps, so the desktop app can run them where they belong:
`load_…` reads everything from the profile (short: the store's thread) and returns a job of plain
objects; `job.render(target, …)` lays it out and writes the file (long: the background pool; it
never touches the store). `write_visit_report`, `write_summary` and `export` do both in one call
for the command line and scripts.

`on_progress(done, total)` is called as the work advances and `is_cancelled()` is polled between
photos and between laid-out blocks; a cancel raises ReportCancelled and leaves no file behind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..domain.report_checks import ReportWarning, name_warnings, recommendation_warnings
from ..domain.text import check_language
from ..report.document import ReportCancelled
from ..report.export import FORMATS, render_export
from ..report.interviews_section import interview_form
from ..report.layout import Layout, layout_names, load_layout
from ..report.model import VisitData
from ..report.summary import SummaryData, SummarySelection, render_summary
from ..report.visit_report import render_visit_report
from ..store.profile import Profile
from .report_data import load_summary, load_visit, load_visits
from .signing import SigningKey, sign_with

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

__all__ = ["ExportJob", "ReportCancelled", "SummaryJob", "VisitReportJob", "available_layouts",
           "export", "load_export", "load_summary_report", "load_visit_report", "visit_report_warnings",
           "write_summary", "write_visit_report"]


@dataclass(frozen=True)
class VisitReportJob:
    """One visit's report, loaded and ready to render off the store's thread."""

    data: VisitData
    layout: Layout
    lang: str
    with_faces: bool = False

    def warnings(self) -> list[ReportWarning]:
        """What to show the deputy before the file is written (nothing here blocks it)."""
        return visit_report_warnings(self.data)

    def render(self, target: Path | str, *, on_progress: Progress | None = None,
               is_cancelled: Cancelled | None = None, sign: SigningKey | None = None) -> Path:
        """With `sign`, the finished PDF (its manifest embedded) is signed (services/signing)."""
        path = render_visit_report(self.data, Path(target), lang=self.lang, layout=self.layout,
                                   with_faces=self.with_faces, on_progress=on_progress,
                                   is_cancelled=is_cancelled)
        return sign_with(path, sign)


@dataclass(frozen=True)
class SummaryJob:
    data: SummaryData
    layout: Layout
    lang: str

    def render(self, target: Path | str, *, on_progress: Progress | None = None,
               is_cancelled: Cancelled | None = None, sign: SigningKey | None = None) -> Path:
        path = render_summary(self.data, Path(target), lang=self.lang, layout=self.layout,
                              on_progress=on_progress, is_cancelled=is_cancelled)
        return sign_with(path, sign)


@dataclass(frozen=True)
class ExportJob:
    visits: list[VisitData]
    fmt: str
    lang: str

    def render(self, target: Path | str, *, on_progress: Progress | None = None,
               is_cancelled: Cancelled | None = None) -> list[Path]:
        if on_progress is not None:
            on_progress(0, 0)  # one step whose length is unknown
        return render_export(self.visits, self.fmt, Path(target), lang=self.lang)


def visit_report_warnings(data: VisitData) -> list[ReportWarning]:
    """Recommendations without a deadline or addressee; free text that seems to name someone."""
    return [*recommendation_warnings(data.findings),
            *name_warnings(data.visit, data.template, data.answers, data.interviews,
                           data.findings, interview_form=interview_form)]


def load_visit_report(profile: Profile, visit_id: str, *, lang: str = "ru",
                      layout: str | None = None, with_faces: bool = False) -> VisitReportJob:
    """Read one visit for its report. Photos showing faces are left out unless `with_faces`."""
    check_language(lang)
    return VisitReportJob(load_visit(profile, visit_id), load_layout(layout, profile.data_dir),
                          lang, with_faces)


def load_summary_report(profile: Profile, *, kind: str | None = None,
                        region: str | None = None, date_from: str | None = None,
                        date_to: str | None = None, visit_ids: Iterable[str] | None = None,
                        lang: str = "ru", layout: str | None = None,
                        include_drafts: bool = False, on_progress: Progress | None = None,
                        is_cancelled: Cancelled | None = None) -> SummaryJob:
    """Read the visits chosen by kind, region and dates (or by a list of ids) for a summary.

    Completed visits only, unless `include_drafts`: then each draft is marked as one.
    """
    check_language(lang)
    chosen = load_layout(layout, profile.data_dir)
    selection = SummarySelection(kind=kind, region=region, date_from=date_from, date_to=date_to,
                                 visit_ids=tuple(visit_ids) if visit_ids is not None else None,
                                 include_drafts=include_drafts)
    data = load_summary(profile, selection, on_progress=on_progress, is_cancelled=is_cancelled)
    return SummaryJob(data, chosen, lang)


def load_export(profile: Profile, fmt: str, *, lang: str = "ru",
                visit_ids: Iterable[str] | None = None) -> ExportJob:
    """Read the visits an export flattens (every visit by date, or the given ones)."""
    check_language(lang)
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    return ExportJob(load_visits(profile, visit_ids), fmt, lang)


def write_visit_report(profile: Profile, visit_id: str, target: Path | str, *, lang: str = "ru",
                       layout: str | None = None, with_faces: bool = False,
                       on_progress: Progress | None = None,
                       is_cancelled: Cancelled | None = None,
                       sign: SigningKey | None = None) -> Path:
    """The PDF report on one visit, loaded and rendered (and signed with `sign`) in one call."""
    job = load_visit_report(profile, visit_id, lang=lang, layout=layout, with_faces=with_faces)
    return job.render(target, on_progress=on_progress, is_cancelled=is_cancelled, sign=sign)


def write_summary(profile: Profile, target: Path | str, *, kind: str | None = None,
                  region: str | None = None, date_from: str | None = None,
                  date_to: str | None = None, visit_ids: Iterable[str] | None = None,
                  lang: str = "ru", layout: str | None = None, include_drafts: bool = False,
                  on_progress: Progress | None = None,
                  is_cancelled: Cancelled | None = None,
                  sign: SigningKey | None = None) -> Path:
    """The summary across visits (see load_summary_report), loaded and rendered in one call."""
    job = load_summary_report(profile, kind=kind, region=region, date_from=date_from,
                              date_to=date_to, visit_ids=visit_ids, lang=lang, layout=layout,
                              include_drafts=include_drafts, on_progress=on_progress,
                              is_cancelled=is_cancelled)
    return job.render(target, on_progress=on_progress, is_cancelled=is_cancelled, sign=sign)


def export(profile: Profile, fmt: str, target: Path | str, *, lang: str = "ru",
           visit_ids: Iterable[str] | None = None) -> list[Path]:
    """Answers, interviews and findings as CSV (a folder of three files), JSON or XLSX."""
    return load_export(profile, fmt, lang=lang, visit_ids=visit_ids).render(target)


def available_layouts(profile: Profile) -> list[str]:
    """Layout names to offer: shipped ones and the profile's own copies."""
    return layout_names(profile.data_dir)
