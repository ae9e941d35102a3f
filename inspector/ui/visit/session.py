"""The open visit in memory, and every write the editor makes, through the store lane.

Views read from the session and call its methods; they never talk to the runner themselves for
answers. Each change is applied in memory at once (so conditions, counts and flags react while the
person types) and written shortly after by the debounced autosave.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from ...domain.answer import Answer
from ...domain.answer_values import is_no_data
from ...domain.checklist import Question, _is_blank
from ...domain.evaluation import Evaluation, depends_on
from ...domain.finding import Finding
from ...domain.interview import Interview
from ...domain.ordering import in_order
from ...domain.photo import Photo
from ...domain.regional_wages import references_for
from ...domain.text import pick
from ...services.editing import VisitData
from ...services.photos import delete_photo, update_photo
from ...services.visits import answer_question, complete_visit, reopen_visit
from ..ops import Job, Op, error_text, store_op
from ..tasks import TaskRunner
from .autosave import Debouncer

Work = Callable[[Job], Any]


@dataclass(frozen=True)
class CompletionSummary:
    answered: int
    unanswered: int
    in_error: int
    problems_without_photo: int
    findings_without_deadline: int
    # Answered «нет данных»: counted as answered, and named, «4.2 Штатных единиц…»
    no_data: tuple[str, ...] = ()


class VisitSession(QObject):
    answer_changed = Signal(str)  # question id: value, comment or flag changed in memory
    photos_changed = Signal()  # photos added or removed
    photo_changed = Signal(str)  # one photo's caption, rotation, link or faces mark
    interviews_changed = Signal()
    findings_changed = Signal()
    status_changed = Signal()  # completed / reopened
    incomplete = Signal(list)  # questions missing when completing
    saved = Signal(str)  # time of the last write, "14:32:05"
    busy_changed = Signal(bool)  # writes in flight
    failed = Signal(str)  # a message for the person

    def __init__(self, runner: TaskRunner, data: VisitData, lang: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.data = data
        self.lang = lang
        self.autosave = Debouncer(parent=self)
        self._values = {qid: a.value for qid, a in data.answers.items()}
        self._pending: dict[str, dict[str, Any]] = {}
        self._flag_set_by_person: set[str] = set()
        self._invalid: dict[str, str] = {}  # question id -> why what its field shows is wrong
        self._in_flight = 0

    # --- reading ------------------------------------------------------------------------

    @property
    def visit_id(self) -> str:
        return self.data.visit.id

    @property
    def read_only(self) -> bool:
        return self.data.visit.is_completed

    def values(self) -> dict[str, Any]:
        return self._values

    def applicable_values(self) -> dict[str, Any]:
        """Answers that count: of questions that apply, and not shown as wrong in their field."""
        applicable = self.data.template.applicable(self._values)
        return {qid: v for qid, v in applicable.items() if qid not in self._invalid}

    def is_answered(self, question_id: str) -> bool:
        return not _is_blank(self.applicable_values().get(question_id))

    def invalid(self) -> dict[str, str]:
        """Questions whose field holds something that is not an answer, with the reason."""
        return dict(self._invalid)

    def set_invalid(self, question_id: str, message: str) -> None:
        """The field shows an error (message) or no longer does (empty message)."""
        before = question_id in self._invalid
        if message:
            self._invalid[question_id] = message
        else:
            self._invalid.pop(question_id, None)
        if before != bool(message):
            self.answer_changed.emit(question_id)

    def blocking(self) -> list[Question]:
        """What stops completing, in the template's order: required questions that apply and
        have no answer, and every field that holds something that is not an answer."""
        template = self.data.template
        missing = {q.id for q in template.missing_required(self._values)}
        return [q for q in template.questions() if q.id in missing or q.id in self._invalid]

    def completion_summary(self) -> CompletionSummary:
        """What a person should know before completing: shown, then confirmed."""
        template, values = self.data.template, self._values
        counted = self.applicable_values()
        visible = [q for q in template.questions() if template.is_visible(q, values)]
        answered = [q for q in visible if not _is_blank(counted.get(q.id))]
        flagged = [q for q in answered if (a := self.answer(q.id)) is not None and a.flagged]
        return CompletionSummary(
            answered=len(answered), unanswered=len(visible) - len(answered),
            in_error=len(self._invalid),
            problems_without_photo=sum(not self.photos_of(q.id) for q in flagged),
            findings_without_deadline=sum(bool(f.text.strip()) and not f.due_date
                                          for f in self.data.findings),
            no_data=tuple(f"{template.number(q.id)} {pick(q.text, self.lang)}"
                          for q in answered if is_no_data(counted.get(q.id))))

    def answer(self, question_id: str) -> Answer | None:
        return self.data.answers.get(question_id)

    def question(self, question_id: str) -> Question | None:
        return self.data.template.question(question_id)

    def photos_of(self, question_id: str) -> list[Photo]:
        return [p for p in self.data.photos if p.supports(question_id)]

    def photo(self, photo_id: str) -> Photo | None:
        return next((p for p in self.data.photos if p.id == photo_id), None)

    # --- answers ------------------------------------------------------------------------

    def _answer_for_edit(self, question_id: str) -> Answer:
        answer = self.data.answers.get(question_id)
        if answer is None:
            answer = Answer(visit_id=self.visit_id, question_id=question_id)
            self.data.answers[question_id] = answer
        return answer

    def references(self) -> dict[str, Any]:
        """Figures from data the evaluator compares with (the published regional wage for the
        institution's region at the visit's date), as the report and the store use them."""
        return references_for(self.data.facility.region, self.data.visit.started_on)

    def set_value(self, question_id: str, value: Any) -> None:
        """A valid value (widgets refuse invalid input before it gets here)."""
        question = self.question(question_id)
        answer = self._answer_for_edit(question_id)
        answer.value = value
        self._values[question_id] = value
        verdict = Evaluation(self.data.template, self._values, references=self.references())
        if question is not None and question_id not in self._flag_set_by_person:
            answer.flagged = verdict.rule_says_problem(question)  # what answer_question stores
        # The answers measured against this one are re-judged too, as the store does.
        changed = [question_id]
        for other in depends_on(self.data.template, question_id):
            measured = self.data.answers.get(other.id)
            if measured is not None and other.id not in self._flag_set_by_person \
                    and measured.flagged != verdict.rule_says_problem(other):
                measured.flagged = not measured.flagged
                changed.append(other.id)
        self._queue(question_id, value=value)
        for qid in changed:
            self.answer_changed.emit(qid)

    def set_comment(self, question_id: str, comment: str) -> None:
        self._answer_for_edit(question_id).comment = comment
        self._queue(question_id, comment=comment)
        self.answer_changed.emit(question_id)

    def set_flag(self, question_id: str, flagged: bool) -> None:
        """A person's verdict wins over the template's rule for the rest of this session."""
        self._flag_set_by_person.add(question_id)
        self._answer_for_edit(question_id).flagged = flagged
        self._queue(question_id, flagged=flagged)
        self.answer_changed.emit(question_id)

    def _queue(self, question_id: str, **change: Any) -> None:
        pending = self._pending.setdefault(question_id, {})
        pending.update(change)
        if question_id in self._flag_set_by_person:
            pending["flagged"] = self.data.answers[question_id].flagged
        self.autosave.schedule(("answer", question_id), lambda: self._write_answer(question_id))

    def _write_answer(self, question_id: str) -> None:
        change = self._pending.pop(question_id, {})
        if not change:
            return
        visit_id = self.visit_id
        self.write(lambda job: answer_question(
            job.profile, visit_id, question_id, change.get("value", ...),
            comment=change.get("comment"), flagged=change.get("flagged")))

    # --- generic writes -------------------------------------------------------------------

    def write(self, work: Work, *, on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None) -> Op:
        """A store op whose end the header shows: `saved` when written, else `failed` with the
        message (or on_error). A failure after the editor closed is still shown (ops.py)."""
        self._in_flight += 1
        if self._in_flight == 1:
            self.busy_changed.emit(True)
        return store_op(self.runner, work, parent=self) \
            .success(lambda result: self._written(result, on_done)) \
            .failure(lambda exc: self._write_failed(exc, on_error)).run()

    def schedule(self, key: Hashable, work: Work, *,
                 on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None) -> None:
        """Like write(), debounced per key: only the latest call for the key is written."""
        def write() -> None:
            self.write(work, on_done=on_done, on_error=on_error)

        self.autosave.schedule(key, write)

    def _written(self, result: Any, on_done: Callable[[Any], None] | None) -> None:
        self._settle()
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))
        if on_done is not None:
            on_done(result)

    def _write_failed(self, exc: BaseException,
                      on_error: Callable[[BaseException], None] | None) -> None:
        self._settle()
        if on_error is not None:
            on_error(exc)
        else:
            self.failed.emit(error_text(exc, self.lang))

    def _settle(self) -> None:
        self._in_flight -= 1
        if self._in_flight == 0:
            self.busy_changed.emit(False)

    def flush(self) -> None:
        """Send every pending edit to the store lane now, without waiting for it.

        The lane runs in order, so whatever is submitted afterwards (the list's reload, a sync's
        first step) sees these edits; the GUI never waits on the disk. A write that fails after
        the editor has gone is still shown (ops.py), never dropped.
        """
        self.autosave.flush()

    # --- photos -------------------------------------------------------------------------

    def add_photos(self, photos: list[Photo]) -> None:
        # In the order the report numbers them (by time taken), not the order they came in.
        self.data.photos = in_order([*self.data.photos, *photos])
        self.photos_changed.emit()

    def update_photo(self, photo: Photo) -> None:
        """Change a photo in memory now and store it (rotation, caption, link, faces)."""
        for i, known in enumerate(self.data.photos):
            if known.id == photo.id:
                self.data.photos[i] = photo
        self.photo_changed.emit(photo.id)
        self.schedule(("photo", photo.id), lambda job: update_photo(job.profile, photo))

    def delete_photo(self, photo_id: str) -> None:
        self.autosave.cancel(("photo", photo_id))
        self.data.photos = [p for p in self.data.photos if p.id != photo_id]
        for finding in self.data.findings:  # evidence pointing at it would no longer save
            finding.evidence = [e for e in finding.evidence if e["id"] != photo_id]
        self.photos_changed.emit()
        self.write(lambda job: delete_photo(job.profile, photo_id))

    # --- interviews and findings ----------------------------------------------------------

    def put_interview(self, interview: Interview) -> None:
        if not any(i.id == interview.id for i in self.data.interviews):
            self.data.interviews.append(interview)
        self.interviews_changed.emit()

    def put_finding(self, finding: Finding) -> None:
        if not any(f.id == finding.id for f in self.data.findings):
            self.data.findings.append(finding)
        self.findings_changed.emit()

    # --- completing -----------------------------------------------------------------------

    def complete(self) -> None:
        """Write what is pending, then ask the store to complete; `incomplete` lists what blocks it."""
        if self._invalid:  # the store holds the old value there: the person must see the field
            self.incomplete.emit(self.blocking())
            return
        self.autosave.flush()
        visit_id = self.visit_id
        self.write(lambda job: complete_visit(job.profile, visit_id),
                   on_done=self._status_stored, on_error=self._complete_refused)

    def reopen(self, reason: str = "", *, by: str = "") -> None:
        """`reason`: why a sealed visit is corrected (kept as an amendment, services/seal.py);
        `by`: who reopens it (recorded on the visit)."""
        visit_id = self.visit_id
        self.write(lambda job: reopen_visit(job.profile, visit_id, reason, by=by or None),
                   on_done=self._status_stored, on_error=self._complete_refused)

    def _status_stored(self, visit: Any) -> None:
        self.data.visit = visit
        self.status_changed.emit()

    def _complete_refused(self, exc: BaseException) -> None:
        missing = getattr(exc, "missing", None)
        if missing is not None:
            self.incomplete.emit(list(missing))
        else:
            self.failed.emit(error_text(exc, self.lang))
