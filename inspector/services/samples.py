"""Sample reports from the demo data, so a reader sees the output without running the app.

    python -m inspector.services.samples reports/samples     (what `make samples` runs)

Writes a visit report and a summary in Russian and in Kazakh. The demo data is deterministic for
a seed; the photos are embedded at a reduced size to keep the committed files small.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from importlib.resources import files
from pathlib import Path

from ..domain.errors import InspectorError
from ..domain.visit import VisitStatus
from ..store.profile import Profile
from .demo import generate_demo
from .inquiries import annex_visit_ids, new_inquiry, register, write_draft
from .recommendations import checks_of
from .reports import write_summary, write_visit_report
from .visit_list import visit_summaries

SAMPLE_VISITS = 12
SEEDS = range(2, 40)


def _demo_profile(folder: Path) -> tuple[Profile, int]:
    """A profile filled with demo data. Some seeds make a visit the demo cannot complete (a
    required question left blank at random), so the first seed that works is used."""
    for seed in SEEDS:
        profile = Profile(folder / f"seed-{seed}")
        try:
            generate_demo(profile, visits=SAMPLE_VISITS, seed=seed, photos_per_visit=4)
            return profile, seed
        except InspectorError:
            profile.close()
    raise SystemExit("no demo seed produced a complete data set")


def write_samples(target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as scratch:
        profile, seed = _demo_profile(Path(scratch))
        with profile:
            # A sample shows a finished report: completed visits only (the summary, too,
            # takes completed visits by default).
            rows = [r for r in visit_summaries(profile) if r.status == VisitStatus.COMPLETED]
            # The most telling sample: one with an urgent matter (the box on page 1 shows), then
            # the most problems, then the most photos.
            from .report_data import load_visit

            def urgent(visit_id: str) -> bool:
                return bool(load_visit(profile, visit_id, with_photos=False)
                            .evaluation.red_lines())

            best = max(rows, key=lambda r: (urgent(r.id), r.flagged, r.photos, r.started_on))
            own = profile.data_dir / "reports"
            own.mkdir(exist_ok=True)
            # Samples are committed to git: smaller photos keep each file well under 1 MB.
            (own / "sample.json").write_text(
                files("inspector.report").joinpath("sample_layout.json").read_text("utf-8"), "utf-8")
            for lang in ("ru", "kk"):
                written.append(write_visit_report(profile, best.id, target / f"visit-{lang}.pdf",
                                                  lang=lang, layout="sample"))
                written.append(write_summary(profile, target / f"summary-{lang}.pdf",
                                             lang=lang, layout="sample"))
            written += _inquiry_samples(profile, target)
        print(f"demo seed {seed}, visit {best.id}", file=sys.stderr)
    return written


def _inquiry_samples(profile: Profile, target: Path) -> list[Path]:
    """The demo's answered inquiry as the aide drafts it (Word and PDF), and the same letter in
    Kazakh, with the evidence annex it refers to."""
    rows = register(profile)
    if not rows:
        return []
    chosen = next((r.inquiry for r in rows if r.state == "answered"), rows[0].inquiry)
    kazakh = new_inquiry(
        profile, title="ХҚКО мен әлеуметтік мекемелер қызметкерлерінің әлеуметтік кепілдіктері "
        "туралы", addressee_position="Қазақстан Республикасының\nПремьер-Министрі",
        addressee_name="А.К. Сәрсенбаевқа", salutation="Құрметті Асқар Қайратұлы!",
        signatories=chosen.signatories, executor=chosen.executor,
        executor_phone=chosen.executor_phone, language="kk", finding_ids=chosen.finding_ids)
    written = []
    for inquiry, lang in ((chosen, "ru"), (kazakh, "kk")):
        for suffix in (".docx", ".pdf"):
            written.append(write_draft(profile, inquiry.id, target / f"inquiry-{lang}{suffix}"))
    written.append(write_summary(profile, target / "inquiry-annex-ru.pdf", lang="ru",
                                 layout="sample", include_drafts=True,
                                 visit_ids=annex_visit_ids(profile, chosen)))
    # A revisit's report in brief: what changed since the last visit, each recommendation checked.
    revisits = [r for r in visit_summaries(profile) if checks_of(profile, r.id)]
    if revisits:
        written.append(write_visit_report(profile, revisits[0].id, target / "revisit-ru.pdf",
                                          lang="ru", layout="brief"))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", type=Path, nargs="?", default=Path("reports/samples"))
    args = parser.parse_args(argv)
    for path in write_samples(args.target):
        print(f"{path}  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
