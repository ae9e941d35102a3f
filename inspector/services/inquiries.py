"""Deputy inquiries: made from the team's findings, drafted as a letter, answered and rated.

What the command line and the desktop app call. An inquiry is saved only when it holds
together (findings that exist, an addressee, signatories, dates in order); the Government's
answer document is stored content-addressed beside the photos.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import NotFound
from ..domain.facility import Facility
from ..domain.finding import Finding
from ..domain.inquiry import (
    DEFAULT_ANSWER_TERM_DAYS,
    LANGUAGES,
    MAX_ANSWER_TERM_DAYS,
    STATUS_NAMES,
    AnswerRating,
    Inquiry,
    InquiryInvalid,
    InquiryStatus,
    parse_day,
)
from ..domain.visit import Visit
from ..report.inquiry_documents import template_path, write_docx, write_pdf
from ..report.inquiry_letter import ChosenFinding, Letter, draft_letter, recommendations_of
from ..report.inquiry_table import RegisterLine, register_table
from ..report.model import VisitData
from ..store.media import file_sha256
from ..store.profile import Profile
from .report_data import load_visit

if TYPE_CHECKING:
    from .signing import SigningKey

TERM_SETTING = "inquiry.answer_term_days"
DRAFT_FORMATS = (".docx", ".pdf")


# --- the answer term -------------------------------------------------------------------------

def answer_term_days(profile: Profile) -> int:
    """The term new inquiries get (calendar days from the announcement to the written answer).

    The default of 15 days is the commonly cited one, not verified here against the
    Constitutional Law «О Парламенте Республики Казахстан и статусе его депутатов»; check it
    and change the setting if the law says otherwise. Each inquiry keeps the term it was made
    with, so changing the setting moves no due date of an inquiry already made.
    """
    stored = profile.database.meta(TERM_SETTING)
    try:
        days = int(stored) if stored else DEFAULT_ANSWER_TERM_DAYS
    except ValueError:
        days = DEFAULT_ANSWER_TERM_DAYS
    return days if 1 <= days <= MAX_ANSWER_TERM_DAYS else DEFAULT_ANSWER_TERM_DAYS


def set_answer_term_days(profile: Profile, days: int) -> None:
    _check_term(days)
    profile.database.set_meta(TERM_SETTING, str(days))


def _check_term(days: int) -> None:
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_ANSWER_TERM_DAYS:
        raise InquiryInvalid("term", max=MAX_ANSWER_TERM_DAYS)


# --- the record ------------------------------------------------------------------------------

def new_inquiry(profile: Profile, **values: object) -> Inquiry:
    """A draft inquiry with the profile's answer term, saved once it holds together.

    Without requests of its own it asks what its findings recommend; they are stored, so each
    can be edited and, once answered, rated."""
    inquiry = Inquiry(term_days=answer_term_days(profile))
    for name, value in values.items():
        if name not in Inquiry.content_fields():
            raise TypeError(f"an inquiry has no field {name!r}")
        setattr(inquiry, name, value)
    if not [r for r in inquiry.requests if r.strip()]:
        found = [profile.records.find(Finding, i) for i in inquiry.finding_ids]
        inquiry.requests = recommendations_of([f for f in found if f is not None])
    return save_inquiry(profile, inquiry)


def save_inquiry(profile: Profile, inquiry: Inquiry, *, today: date | None = None) -> Inquiry:
    check_inquiry(profile, inquiry, today=today or date.today())
    return profile.records.save(inquiry)


def check_inquiry(profile: Profile, inquiry: Inquiry, *, today: date) -> None:
    """Raise InquiryInvalid with the first thing that keeps the inquiry from holding together."""
    if inquiry.language not in LANGUAGES:
        raise InquiryInvalid("language")
    if not inquiry.finding_ids:
        raise InquiryInvalid("no_findings")
    for finding_id in inquiry.finding_ids:
        if profile.records.find(Finding, finding_id) is None:
            raise InquiryInvalid("unknown_finding", id=finding_id)
    if not (inquiry.addressee_position.strip() or inquiry.addressee_name.strip()):
        raise InquiryInvalid("no_addressee")
    if not any(str(s.get("name", "")).strip() for s in inquiry.signatories):
        raise InquiryInvalid("no_signatory")
    _check_term(inquiry.term_days)
    _check_dates(inquiry, today)
    _check_ratings(inquiry)


def _check_dates(inquiry: Inquiry, today: date) -> None:
    announced, answered = parse_day(inquiry.announced_on), parse_day(inquiry.answered_on)
    if inquiry.status != InquiryStatus.DRAFT and announced is None:
        raise InquiryInvalid("announce_date")
    if inquiry.status == InquiryStatus.ANSWERED and answered is None:
        raise InquiryInvalid("answer_date")
    for day in (announced, answered):
        if day is not None and day > today:
            raise InquiryInvalid("future", day=day.strftime("%d.%m.%Y"))
    if announced and answered and answered < announced:
        raise InquiryInvalid("answer_before", day=announced.strftime("%d.%m.%Y"))


def _check_ratings(inquiry: Inquiry) -> None:
    known = {r.value for r in AnswerRating}
    for rating in inquiry.ratings:
        if rating.get("rating") not in known:
            raise InquiryInvalid("rating", rating=rating.get("rating"))
        if not 1 <= int(rating.get("request", 0)) <= len(inquiry.requests):
            raise InquiryInvalid("request_number", n=rating.get("request"))


def get_inquiry(profile: Profile, inquiry_id: str) -> Inquiry:
    found = profile.records.find(Inquiry, inquiry_id)
    if found is None:
        raise NotFound(what="inquiry", id=inquiry_id)
    return found


def list_inquiries(profile: Profile) -> list[Inquiry]:
    """Every inquiry of the profile, oldest first (the same order on every laptop)."""
    return profile.records.list(Inquiry, order="created_at, id")


def announce(profile: Profile, inquiry_id: str, on: str, *, today: date | None = None) -> Inquiry:
    inquiry = get_inquiry(profile, inquiry_id)
    inquiry.status, inquiry.announced_on = InquiryStatus.ANNOUNCED.value, on
    return save_inquiry(profile, inquiry, today=today)


def record_answer(profile: Profile, inquiry_id: str, *, received_on: str, answer_from: str,
                  document: Path | None = None, ratings: Iterable[dict] = (),
                  today: date | None = None) -> Inquiry:
    """The Government's answer: when it came, from whom, the document, and a rating per request.

    The document is copied into the profile under its SHA-256 (as photos are), so it travels
    with backups and the record names exactly the bytes that were received.
    """
    inquiry = get_inquiry(profile, inquiry_id)
    inquiry.status = InquiryStatus.ANSWERED.value
    inquiry.answered_on, inquiry.answer_from = received_on, answer_from
    inquiry.ratings = [{"request": int(r["request"]), "rating": str(r["rating"]),
                        "note": str(r.get("note", ""))} for r in ratings]
    if document is not None:
        document = Path(document)
        try:
            sha = file_sha256(document)
            profile.media.add_file(document, sha)
        except OSError as exc:
            raise InquiryInvalid("document", detail=exc.strerror or str(exc)) from exc
        inquiry.answer_sha256, inquiry.answer_ext = sha, document.suffix.lower()[:10]
    from .recommendations import apply_answer

    with profile.database.transaction():
        saved = save_inquiry(profile, inquiry, today=today)
        apply_answer(profile, saved)
    return saved


def answer_document(profile: Profile, inquiry: Inquiry) -> Path | None:
    """The stored answer document, when this laptop holds it."""
    if not inquiry.answer_sha256:
        return None
    path = profile.media.path(inquiry.answer_sha256)
    return path if path.is_file() else None


# --- choosing findings -----------------------------------------------------------------------

@dataclass(frozen=True)
class FindingChoice:
    """A finding offered for an inquiry, with where and when it was made."""

    finding: Finding
    visit: Visit
    facility: Facility


def findings_to_choose(profile: Profile, *, theme: str | None = None, kind: str | None = None,
                       region: str | None = None, date_from: str | None = None,
                       date_to: str | None = None) -> list[FindingChoice]:
    """The team's findings across visits, filtered as the summary filters visits; by visit
    date, then the finding's place in its visit."""
    visits = {v.id: v for v in profile.records.list(Visit)}
    facilities = {f.id: f for f in profile.records.list(Facility)}
    found = []
    for finding in profile.records.list(Finding, order="position, created_at, id"):
        visit = visits.get(finding.visit_id)
        facility = facilities.get(visit.facility_id) if visit else None
        if visit is None or facility is None:
            continue
        if (theme and finding.theme != theme) or (kind and facility.kind != kind) \
                or (region and facility.region != region) \
                or (date_from and visit.started_on < date_from) \
                or (date_to and visit.started_on > date_to):
            continue
        found.append(FindingChoice(finding, visit, facility))
    found.sort(key=lambda c: (c.visit.started_on, c.facility.name, c.visit.id,
                              c.finding.position, c.finding.created_at, c.finding.id))
    return found


# --- the draft -------------------------------------------------------------------------------

@dataclass(frozen=True)
class InquiryDraftJob:
    """A drafted letter, ready to be written as .docx or .pdf (on any thread)."""

    inquiry: Inquiry
    letter: Letter
    template: Path

    def render(self, target: Path | str, *, sign: SigningKey | None = None) -> Path:
        """The letter as .docx or .pdf; a PDF is signed (PAdES) with `sign` when given."""
        target = Path(target)
        suffix = target.suffix.lower()
        if suffix == ".docx":
            if sign is not None:
                raise InquiryInvalid("document", detail="a Word draft is finished, then "
                                     "signed as a PDF: use .pdf to sign")
            return write_docx(self.letter, target, self.template)
        if suffix == ".pdf":
            author = ", ".join(n for _, names in self.letter.signatures for n in names)
            written = write_pdf(self.letter, target,
                                title=self.inquiry.title or self.letter.heading, author=author)
            from .signing import sign_with

            return sign_with(written, sign)
        raise InquiryInvalid("document", detail=f"{suffix or target.name}: .docx or .pdf")


def load_inquiry_draft(profile: Profile, inquiry_id: str) -> InquiryDraftJob:
    """Read the inquiry and the visits of its findings (short); the job renders the letter."""
    inquiry = get_inquiry(profile, inquiry_id)
    return InquiryDraftJob(inquiry, draft_letter(inquiry, chosen_findings(profile, inquiry)),
                           template_path(profile.data_dir))


def chosen_findings(profile: Profile, inquiry: Inquiry) -> list[ChosenFinding]:
    """The inquiry's findings that still exist, in the order the inquiry lists them."""
    visits: dict[str, VisitData] = {}
    chosen = []
    for finding_id in inquiry.finding_ids:
        finding = profile.records.find(Finding, finding_id)
        if finding is None:
            continue  # deleted since: the letter rests on what is left
        if finding.visit_id not in visits:
            visits[finding.visit_id] = load_visit(profile, finding.visit_id, with_photos=False,
                                                  previous=False)
        chosen.append(ChosenFinding(finding, visits[finding.visit_id]))
    return chosen


def write_draft(profile: Profile, inquiry_id: str, target: Path | str, *,
                sign: SigningKey | None = None) -> Path:
    return load_inquiry_draft(profile, inquiry_id).render(target, sign=sign)


def annex_visit_ids(profile: Profile, inquiry: Inquiry) -> list[str]:
    """The visits the inquiry's findings come from: the evidence annex summarises them."""
    return list(dict.fromkeys(c.visit.visit.id for c in chosen_findings(profile, inquiry)))


# --- the register ----------------------------------------------------------------------------

@dataclass(frozen=True)
class RegisterRow(RegisterLine):
    """An inquiry as the register shows it today: state (draft, announced, answered, overdue,
    closed), due date, days left (negative: days overdue)."""

    def state_name(self, lang: str) -> str:
        from ..domain.text import pick

        return pick(STATUS_NAMES[self.state], lang)


def register(profile: Profile, *, today: date | None = None,
             state: str | None = None) -> list[RegisterRow]:
    """The inquiries as the register shows them today: overdue ones first, then by due date."""
    today = today or date.today()
    rows = [RegisterRow(i, i.state(today), i.due_date(), i.days_left(today))
            for i in list_inquiries(profile)]
    if state:
        rows = [r for r in rows if r.state == state]
    rows.sort(key=lambda r: (r.state != "overdue", r.due or date.max, r.inquiry.created_at))
    return rows


def write_register(rows: list[RegisterRow], target: Path | str, *, lang: str = "ru") -> Path:
    """The register as an XLSX workbook, written to a temporary name and renamed when whole."""
    from ..report.files import written_whole
    from ..report.spreadsheet import write_xlsx

    target = Path(target)
    with written_whole(target, prefix=".register-", suffix=".xlsx") as tmp:
        write_xlsx([register_table(list(rows), lang)], tmp)
    return target
