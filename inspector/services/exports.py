"""Files the desktop app writes for people: a visit's PDF, the summary, the Excel workbook, CSV.

Each is written under a temporary name beside the target and renamed when complete, so an
export that is cancelled, fails or is killed half-way never leaves a broken file where the
person will look (an Excel file of 2 KB that does not open), nor replaces a good earlier one.
All of them read the profile and then render: the window runs them on the pool with a
connection of their own, so the store thread stays free for the edits typed meanwhile.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..domain.errors import ExportCancelled
from ..domain.facility import Facility
from ..domain.text import day
from ..domain.visit import Visit
from ..store.profile import Profile
from . import reports
from .signing import SigningKey

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

__all__ = ["ExportCancelled", "layouts", "visit_report_choices", "write_csv", "write_export",
           "write_summary", "write_visit_report", "write_workbook"]




@contextmanager
def written_whole(target: Path, *, folder: bool = False) -> Iterator[Path]:
    """A temporary path beside `target` (same folder, so the rename is atomic); renamed onto
    `target` when the block ends normally, removed when it raises."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if folder:
        partial = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial",
                                        dir=target.parent))
    else:
        # The target's suffix kept last: renderers that look at it see what they expect.
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=f".partial"
                                        f"{target.suffix}", dir=target.parent)
        os.close(handle)
        partial = Path(name)
    try:
        yield partial
    except BaseException:
        if partial.is_dir():
            shutil.rmtree(partial, ignore_errors=True)
        else:
            partial.unlink(missing_ok=True)
        raise
    if folder and target.is_dir():
        # A folder cannot be renamed over another: the old one goes only once the new is whole.
        old = target.with_name(f".{target.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        os.replace(target, old)
        os.replace(partial, target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(partial, target)


def _check(is_cancelled: Cancelled | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise ExportCancelled()


def visit_report_choices(profile: Profile, visit_id: str) -> tuple[list[str], str, str]:
    """Layouts to offer, the visit as a person names it, and a file name for it."""
    visit = profile.records.get(Visit, visit_id)
    facility = profile.records.get(Facility, visit.facility_id)
    return (reports.available_layouts(profile), f"{facility.name}, {day(visit.started_on)}",
            f"{facility.name} {visit.started_on}")


def layouts(profile: Profile) -> list[str]:
    return reports.available_layouts(profile)


def write_visit_report(profile: Profile, visit_id: str, target: Path, *, lang: str,
                       layout: str | None = None, with_faces: bool = False,
                       on_progress: Progress | None = None,
                       is_cancelled: Cancelled | None = None,
                       sign: SigningKey | None = None) -> Path:
    job = reports.load_visit_report(profile, visit_id, lang=lang, layout=layout,
                                    with_faces=with_faces)
    with written_whole(target) as partial:  # signed before it takes the name: never half
        job.render(partial, on_progress=on_progress, is_cancelled=is_cancelled, sign=sign)
    return Path(target)


def write_summary(profile: Profile, target: Path, *, lang: str, kind: str | None = None,
                  region: str | None = None, date_from: str | None = None,
                  date_to: str | None = None, layout: str | None = None,
                  include_drafts: bool = False, on_progress: Progress | None = None,
                  is_cancelled: Cancelled | None = None,
                  sign: SigningKey | None = None) -> Path:
    job = reports.load_summary_report(profile, kind=kind, region=region, date_from=date_from,
                                      date_to=date_to, lang=lang, layout=layout,
                                      include_drafts=include_drafts, on_progress=on_progress,
                                      is_cancelled=is_cancelled)
    with written_whole(target) as partial:
        job.render(partial, on_progress=on_progress, is_cancelled=is_cancelled, sign=sign)
    return Path(target)


def write_workbook(profile: Profile, target: Path, *, lang: str,
                   on_progress: Progress | None = None,
                   is_cancelled: Cancelled | None = None) -> Path:
    """Answers, interviews and findings of all visits as one Excel workbook."""
    from ..report.spreadsheet import Cancelled, write_xlsx  # openpyxl: only when asked for
    from ..report.tables import all_tables
    from .report_data import load_visits

    if on_progress is not None:
        on_progress(0, 0)  # reading the visits: a busy bar until the rows are counted
    tables = all_tables(load_visits(profile), lang)  # report/ renders what it is given
    _check(is_cancelled)
    try:
        with written_whole(target) as partial:
            write_xlsx(tables, partial, on_progress=on_progress, is_cancelled=is_cancelled)
            _check(is_cancelled)
    except Cancelled as exc:
        raise ExportCancelled() from exc
    return Path(target)


def write_csv(profile: Profile, target: Path, *, lang: str,
              is_cancelled: Cancelled | None = None) -> list[Path]:
    """A folder of three CSV files (answers, interviews, findings), replaced only when whole."""
    with written_whole(target, folder=True) as partial:
        written = reports.export(profile, "csv", partial, lang=lang)
        _check(is_cancelled)
    return [Path(target) / p.name for p in written]


def write_export(profile: Profile, fmt: str, target: Path, *, lang: str) -> list[Path]:
    """`inspector export`: CSV (a folder), JSON or XLSX, each whole or not at all."""
    if fmt == "csv":
        return write_csv(profile, target, lang=lang)
    if fmt == "xlsx":
        return [write_workbook(profile, target, lang=lang)]
    with written_whole(target) as partial:
        reports.export(profile, fmt, partial, lang=lang)
    return [Path(target)]
