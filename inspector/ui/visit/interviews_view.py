"""The interviews tab: a list, and a form generated from the interview template.

Consent comes first, by law: until the staff member agrees to be recorded, every field but the
consent question is disabled, and the service refuses to store anything else (ConsentMissing).
Interviewees are anonymous unless they also agree to be named.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.checklist import ChecklistTemplate, Question
from ...domain.interview import (
    CONSENT_NAMED,
    CONSENT_RECORD,
    INTERVIEWEE_NAME,
    ConsentMissing,
    Interview,
)
from ...domain.ordering import interview_numbers
from ...domain.plausibility import implausible
from ...domain.text import pick
from ...services.interviews import delete_interview, save_interview
from ...services.profiles import Profile
from .question_widgets import AnswerInput, make_input
from .record_pane import ID_ROLE, RecordsView, list_and_form, open_first
from .session import VisitSession


class InterviewForm(QWidget):
    """The questions of the interview template, with the same answer widgets as the checklist."""

    edited = Signal(str, object)  # question id, value

    def __init__(self, form: ChecklistTemplate, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.lang = lang
        self.inputs: dict[str, AnswerInput] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.warnings: dict[str, QLabel] = {}  # soft checks across answers (take-home > accrued)
        self.headers: list[tuple[QLabel, Any]] = []
        self.questions: dict[str, Question] = {}
        self._enter_moves_on: dict[QObject, str] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        for section in form.sections:
            header = QLabel(self)
            header.setObjectName("formSection")
            self.headers.append((header, section))
            column.addWidget(header)
            for question in section.questions:
                label = QLabel(self)
                label.setWordWrap(True)
                widget = make_input(question, lang, self)
                widget.edited.connect(lambda v, qid=question.id: self.edited.emit(qid, v))
                error = QLabel(self)
                error.setProperty("role", "error")
                error.setWordWrap(True)
                error.hide()
                # The same explanation as in the checklist: what was typed is not kept.
                widget.invalid.connect(lambda m, e=error: (e.setText(m), e.setVisible(bool(m))))
                warning = QLabel(self)
                warning.setProperty("role", "warning")
                warning.setWordWrap(True)
                warning.hide()
                self.questions[question.id] = question
                self.labels[question.id] = label
                self.inputs[question.id] = widget
                self.errors[question.id] = error
                self.warnings[question.id] = warning
                for child in [widget, *widget.findChildren(QWidget)]:
                    # Enter goes on to the next question, as in the checklist; a text of
                    # several lines keeps Enter for its new lines.
                    if not isinstance(child, QPlainTextEdit):
                        self._enter_moves_on[child] = question.id
                        child.installEventFilter(self)
                column.addWidget(label)
                column.addWidget(widget)
                column.addWidget(error)
                column.addWidget(warning)
        self._answers: dict[str, Any] = {}
        self.set_language(lang)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and watched in self._enter_moves_on):
            if isinstance(watched, QLineEdit):
                watched.editingFinished.emit()  # the number is tidied before the focus leaves
            self.focus_after(self._enter_moves_on[watched])
            return True
        return super().eventFilter(watched, event)

    def focus_after(self, question_id: str) -> bool:
        """The cursor in the next question that is shown and open; False after the last.
        Enter used to stay on the consent buttons, so the digit meant for the next
        question changed the consent instead."""
        order = list(self.inputs)
        for qid in order[order.index(question_id) + 1:]:
            widget = self.inputs[qid]
            if widget.isVisibleTo(self) and widget.isEnabled():
                widget.focus_widget().setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False

    def set_language(self, lang: str) -> None:
        self.lang = lang
        for header, section in self.headers:
            header.setText(pick(section.title, lang))
        for qid, label in self.labels.items():
            q = self.questions[qid]
            label.setText(pick(q.text, lang) + (" *" if q.required else ""))
            label.setToolTip(pick(q.help, lang))
            self.inputs[qid].set_language(lang)
        self._show_warnings()

    def show_answers(self, answers: dict[str, Any]) -> None:
        for qid, widget in self.inputs.items():
            widget.set_value(answers.get(qid))
            self.errors[qid].hide()
        self.apply_rules(answers, editable=True)

    def apply_rules(self, answers: dict[str, Any], *, editable: bool) -> None:
        """Show the questions that apply; before consent, only the consent question is enabled."""
        consent = answers.get(CONSENT_RECORD) == "yes"
        for qid, widget in self.inputs.items():
            shown = self.form.is_visible(self.questions[qid], answers)
            widget.setVisible(shown)
            self.labels[qid].setVisible(shown)
            if not shown:
                self.errors[qid].hide()
            # Before consent the questions are truly unavailable (disabled, label greyed too);
            # on a completed visit they are read-only, in full contrast.
            available = consent or qid == CONSENT_RECORD
            widget.setEnabled(available)
            self.labels[qid].setEnabled(available)
            widget.set_read_only(not editable)
        self._answers = dict(answers)
        self._show_warnings()

    def _show_warnings(self) -> None:
        found = implausible(self.form, self.form.applicable(self._answers))
        for qid, label in self.warnings.items():
            label.setText(" ".join(i.message(self.form, self.lang) for i in found.get(qid, [])))
            label.setVisible(qid in found)


class InterviewsView(RecordsView[Interview]):
    kind = "interview"

    def __init__(self, session: VisitSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        form = session.data.interview_form

        self.new_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left_column.addLayout(buttons)

        self.banner = QLabel(self)
        self.banner.setObjectName("consentBanner")
        self.banner.setWordWrap(True)
        self.form = InterviewForm(form, session.lang, self) if form else None
        self.notes_label = QLabel(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        body = QWidget()
        body_column = QVBoxLayout(body)
        body_column.setContentsMargins(20, 16, 20, 20)
        body_column.addWidget(self.banner)
        body_column.addWidget(self.message)
        if self.form:
            body_column.addWidget(self.form)
        body_column.addWidget(self.notes_label)
        body_column.addWidget(self.notes)
        body_column.addStretch(1)
        self.form_area, self.placeholder = list_and_form(self, left, body)

        self.new_button.clicked.connect(self.new_interview)
        self.delete_button.clicked.connect(self.delete_current)
        if self.form:
            self.form.edited.connect(self.set_answer)
        self.notes.textChanged.connect(self._notes_edited)
        self.retranslate()
        self._fill_list()
        open_first(self.list, self._select)

    # --- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("Ne&w interview"))
        self.delete_button.setText(self.tr("Delete"))
        self.notes_label.setText(self.tr("Notes"))
        self.placeholder.setText(
            self.tr("Interviews with staff are anonymous unless the person agrees to be named."
                    "\n\nPress “New interview” to start one.") if self.form else
            self.tr("The interview form is not installed."))
        self._show_banner()
        self._fill_list()

    def set_language(self, lang: str) -> None:
        if self.form:
            self.form.set_language(lang)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _title(self, interview: Interview, n: int | None) -> str:
        who = (interview.answers.get(INTERVIEWEE_NAME) if interview.may_be_named else None)
        state = who or self.tr("anonymous")
        if not interview.consent_given:
            state = self.tr("no consent yet")
        # The number the report gives it; an interview without consent is not printed, so it
        # has none (shown as «Интервью – — …» it read as a typo).
        if not n:
            return self.tr("Interview — %1").replace("%1", state)
        return self.tr("Interview %1 — %2").replace("%1", str(n)).replace("%2", state)

    def records(self) -> list[Interview]:
        return self.session.data.interviews

    def set_records(self, records: list[Interview]) -> None:
        self.session.data.interviews = records

    def item_text(self, interview: Interview, n: int) -> str:
        return self._title(interview, interview_numbers(self.records()).get(interview.id))

    def save(self, profile: Profile, interview: Interview) -> Interview:
        return save_interview(profile, interview)

    def delete(self, profile: Profile, interview_id: str) -> str:
        return delete_interview(profile, interview_id)

    def changed(self) -> None:
        self.session.interviews_changed.emit()

    def delete_question(self) -> tuple[str, str]:
        return self.tr("Delete interview"), self.tr("Delete this interview?")

    def is_worth_saving(self, interview: Interview) -> bool:
        return bool(interview.answers or interview.notes.strip())

    def saved(self, stored: Interview) -> None:
        for known in self.session.data.interviews:
            if known.id == stored.id:
                known.version, known.updated_at = stored.version, stored.updated_at
        self._fill_list()

    def _fill_list_labels(self) -> None:
        """Retitle the list's items in place: consent and the name change what each one says."""
        numbers = interview_numbers(self.session.data.interviews)
        by_id = {i.id: i for i in self.session.data.interviews}
        for row in range(self.list.count()):
            item = self.list.item(row)
            interview = by_id.get(item.data(ID_ROLE))
            if interview is not None:
                item.setText(self._title(interview, numbers.get(interview.id)))

    def _show_banner(self) -> None:
        interview = self.current
        if interview is None:
            return
        if not interview.consent_given:
            self.banner.setText(self.tr("First ask for consent to record the conversation. "
                                        "Until the answer is “Yes”, nothing else can be "
                                        "entered or saved."))
            self.banner.setProperty("state", "waiting")
        elif interview.may_be_named:
            self.banner.setText(self.tr("Consent given. The person agreed to be named in "
                                        "reports."))
            self.banner.setProperty("state", "named")
        else:
            self.banner.setText(self.tr("Consent given. Anonymous: the name is not recorded "
                                        "and reports do not identify the person."))
            self.banner.setProperty("state", "anonymous")
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)

    # --- editing --------------------------------------------------------------------------

    def new_interview(self) -> None:
        form = self.session.data.interview_form
        if form is None or self.session.read_only:
            return
        # Same record services.interviews.new_interview makes; nothing is stored until an answer.
        self.add(Interview(visit_id=self.session.visit_id, template_id=form.id,
                           template_version=form.version))
        if self.form:
            self.form.inputs[CONSENT_RECORD].focus_widget().setFocus()

    def show_record(self, interview: Interview) -> None:
        if self.form:
            self.form.show_answers(interview.answers)
        self.notes.blockSignals(True)
        self.notes.setPlainText(interview.notes)
        self.notes.blockSignals(False)
        self._show_banner()

    def _update_enabled(self) -> None:
        editable = not self.session.read_only
        self.new_button.setVisible(editable)
        self.delete_button.setVisible(editable)
        self.new_button.setEnabled(self.form is not None)
        self.delete_button.setEnabled(self.current is not None)
        if self.current is not None and self.form:
            self.form.apply_rules(self.current.answers, editable=editable)
        self.notes.setEnabled(self.current is not None and self.current.consent_given)
        self.notes.setReadOnly(not editable)

    def set_answer(self, question_id: str, value: Any) -> None:
        interview, form = self.current, self.form
        if interview is None or form is None:  # answers come from the form, so none without one
            return
        was_given = interview.consent_given
        if question_id == CONSENT_RECORD and was_given and value != "yes" and (
                len(interview.answers) > 1 or interview.notes.strip()):
            if not self._confirm_withdrawal():
                form.inputs[CONSENT_RECORD].set_value("yes")
                return
            interview.answers = {}
            interview.notes = ""
            self._show(interview)
        if (question_id == CONSENT_NAMED and value != "yes"
                and interview.answers.get(INTERVIEWEE_NAME)):
            if not self._confirm_name_erased():
                form.inputs[CONSENT_NAMED].set_value("yes")
                return
            # Erased, not hidden: the banner then says "the name is not recorded", and it is not.
            interview.answers.pop(INTERVIEWEE_NAME, None)
            form.inputs[INTERVIEWEE_NAME].set_value(None)
        if value is None:
            interview.answers.pop(question_id, None)
        else:
            interview.answers[question_id] = value
        form.apply_rules(interview.answers, editable=not self.session.read_only)
        self.notes.setEnabled(interview.consent_given)
        self._fill_list_labels()
        self._show_banner()
        self._schedule_save()

    def _confirm_withdrawal(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Consent withdrawn"),
            self.tr("Without consent the other answers and notes of this interview cannot be "
                    "kept. Erase them?"))
        return answer == QMessageBox.StandardButton.Yes

    def _confirm_name_erased(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Name withdrawn"),
            self.tr("The person no longer agrees to be named. The name will be erased from this "
                    "laptop now and from the server at the next sync. Erase it?"))
        return answer == QMessageBox.StandardButton.Yes

    def _notes_edited(self) -> None:
        if self.current is not None:
            self.current.notes = self.notes.toPlainText()
            self._schedule_save()

    def _refused(self, exc: BaseException) -> None:
        super()._refused(exc)
        if isinstance(exc, ConsentMissing) and self.form and self.current is not None:
            self.form.apply_rules(self.current.answers, editable=not self.session.read_only)
