"""The packaged app's self-test: proves on a laptop that every part it needs is in the bundle.

Runs on a temporary profile: every template in every language, a generated photo through intake,
a visit created and completed, a visit report written and checked. Raises SelfTestFailed naming
the step that failed.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..domain.errors import InspectorError
from ..domain.templates import all_templates
from ..domain.text import LANGUAGES, N_, pick
from ..store.profile import Profile
from . import visits as visit_service
from .demo import example_value
from .photos import IMPORTED, import_photos


class SelfTestFailed(InspectorError):
    texts = N_("Self-test failed at step '{step}': {detail}")


def run_self_test(log: Callable[[str], None] = print) -> None:
    with tempfile.TemporaryDirectory(prefix="inspector-selftest-") as scratch:
        folder = Path(scratch)
        steps = [("templates", lambda: _templates()),
                 ("catalogues", lambda: _catalogues()),
                 ("visit", lambda: _visit(folder))]
        for name, step in steps:
            try:
                detail = step()
            except SelfTestFailed:
                raise
            except Exception as exc:  # any failure is the answer the self-test exists to give
                raise SelfTestFailed(step=name, detail=f"{type(exc).__name__}: {exc}") from exc
            log(f"ok  {name}: {detail}")


def _templates() -> str:
    templates = all_templates()
    for template in templates.values():
        for question in template.questions():
            for lang in LANGUAGES:
                if not pick(question.text, lang):
                    raise SelfTestFailed(step="templates", detail=f"{question.id} {lang}")
    return f"{len(templates)} templates × {len(LANGUAGES)} languages"


def _catalogues() -> str:
    """The compiled gettext catalogues are in the bundle: without them reports and messages
    would silently come out in English."""
    sample = SelfTestFailed.texts
    for lang in LANGUAGES:
        if lang != "en" and pick(sample, lang) == sample:
            raise SelfTestFailed(step="catalogues", detail=f"no {lang} catalogue (make i18n)")
    return f"{len(LANGUAGES) - 1} gettext catalogues"


def _visit(folder: Path) -> str:
    from ..photos.fixtures import make_jpeg

    rng = random.Random(7)
    with Profile(folder / "profile") as profile:
        facility = visit_service.add_facility(profile, kind="elderly_home", name="Самопроверка",
                                              region="astana")
        visit = visit_service.start_visit(profile, facility.id, "2026-11-25")
        photo = make_jpeg(folder / "photo.jpg", size=(640, 480), seed=1)
        if [r.status for r in import_photos(profile, visit.id, [photo])] != [IMPORTED]:
            raise SelfTestFailed(step="photo", detail="the generated photo was not imported")
        while missing := visit_service.missing_answers(profile, visit.id):
            for question in missing:
                visit_service.answer_question(profile, visit.id, question.id,
                                              example_value(question, rng))
        visit_service.complete_visit(profile, visit.id)
        pdf = _report(profile, visit.id, folder / "report.pdf")
    return f"visit completed, report {pdf.stat().st_size // 1024} KB"


def _report(profile: Profile, visit_id: str, target: Path) -> Path:
    from .reports import write_visit_report

    write_visit_report(profile, visit_id, target, lang="kk")
    if not target.read_bytes().startswith(b"%PDF"):
        raise SelfTestFailed(step="report", detail="not a PDF")
    return target
