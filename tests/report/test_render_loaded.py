"""Reports render what they were given: loading reads the store, rendering never does.

The desktop app loads on the store's thread and renders on the background pool; a renderer that
reached back into the store would run SQLite on a thread that did not open the connection (or
wait behind autosave). Rendering after the profile is closed proves that it does not.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from pdfcheck import all_text, embedded_jpegs, issued_text

from inspector.services.reports import (
    load_export,
    load_summary_report,
    load_visit_report,
    write_visit_report,
)


def test_a_visit_report_renders_on_another_thread_after_the_store_is_closed(profile, tmp_path,
                                                                             make_visit):
    visit = make_visit(answers={"staff_posts_total": 60, "repairs_needed": "Кровля течёт"},
                       photos=2)
    direct = write_visit_report(profile, visit, tmp_path / "direct.pdf")
    job = load_visit_report(profile, visit, lang="ru")
    summary = load_summary_report(profile, lang="kk", include_drafts=True)
    spreadsheet = load_export(profile, "xlsx", lang="ru")
    profile.database.close()
    with ThreadPoolExecutor(1) as pool:  # the store's connection belonged to this thread
        pdf = pool.submit(job.render, tmp_path / "loaded.pdf").result()
        summary_pdf = pool.submit(summary.render, tmp_path / "summary.pdf").result()
        (xlsx,) = pool.submit(spreadsheet.render, tmp_path / "all.xlsx").result()
    assert "Кровля течёт" in all_text(pdf)
    assert len(embedded_jpegs(pdf)) == 2  # the photos' files are read by path, not by query
    # The two-step report says what the one-call report says (the generation stamp and the
    # manifest's report id, new for every report issued, aside).
    assert issued_text(pdf) == issued_text(direct)
    assert all_text(summary_pdf) and xlsx.stat().st_size > 0

