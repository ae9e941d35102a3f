"""The check before a visit's report leaves the laptop: what a ministry reader would object to.

Nothing here blocks an export (the deputy decides), but every warning is shown before the file
is written: by the window before it asks for a file name, by `inspector report visit` on stderr.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..domain.facility import Facility
from ..domain.finding_checks import FindingWarning
from ..domain.ordering import in_order
from ..domain.report_checks import ReportWarning
from ..domain.text import N_, Message, pick, pick_all
from ..domain.visit import Visit
from ..store.profile import Profile
from .findings import findings_of
from .proposals import finding_warnings, proposals_of
from .visits import answer_values, visit_template

TEXTS: dict[str, Message] = {
    "finding": N_("Finding {n}: {message}"),
    "red_line_open": N_("An urgent matter with no finding: {text}"),
}


@dataclass(frozen=True)
class ExportWarning:
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    finding: FindingWarning | None = None

    def message(self, lang: str) -> str:
        if self.finding is not None:
            return pick(TEXTS["finding"], lang).format(n=self.params["n"],
                                                       message=self.finding.message(lang))
        return pick(TEXTS[self.code], lang).format(**pick_all(self.params, lang))


def before_export(profile: Profile, visit_id: str) -> list[ExportWarning | ReportWarning]:
    """Every warning of the visit's findings (numbered as the report numbers them), the red
    lines no finding speaks of, then recommendations without a deadline or addressee and free
    text that seems to name someone (domain/report_checks.py)."""
    visit = profile.records.get(Visit, visit_id)
    facility = profile.records.get(Facility, visit.facility_id)
    findings = in_order(findings_of(profile, visit_id))
    checks = finding_warnings(visit_template(visit), facility.kind,
                              answer_values(profile, visit_id), findings)
    out = [ExportWarning(w.code, {"n": n}, w)
           for n, f in enumerate(findings, 1) for w in checks.get(f.id, [])]
    out += [ExportWarning("red_line_open", {"text": p.text})
            for p in proposals_of(profile, visit_id) if p.red_line]
    from .report_data import load_visit
    from .reports import visit_report_warnings

    return [*out, *visit_report_warnings(load_visit(profile, visit_id, with_photos=False,
                                                    previous=False))]
