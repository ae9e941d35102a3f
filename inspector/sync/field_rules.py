"""What each field of each record may hold: the one rule book of the server's door and the client.

The server refuses a pushed value that breaks a rule (design/sync.md point 18: "every pushed op is
checked"), because whatever it stores is sent to every laptop of the team: a photo size SQLite
cannot hold, an answer nested deeper than a JSON parser goes or a list of numbers where names
belong would stop those laptops' sync, or their reports, on every run. The client checks its own
ops with the same rules before sending them, and the pulled records before storing them.

A rule answers None (fine) or a Problem with a stable code, which the client turns into a
sentence in the reader's language. Bounds are chosen to fit both stores: SQLite's 64-bit
integers, PostgreSQL text (no NUL), UTF-8 (no lone surrogates), and JSON numbers a float reads
exactly.

Imports only the domain, so the server may use it through sync.protocol.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..domain.answer_values import NO_DATA_KEY, is_no_data
from ..domain.finding import THEMES, Severity
from ..domain.inquiry import LANGUAGES as INQUIRY_LANGUAGES
from ..domain.inquiry import MAX_ANSWER_TERM_DAYS, AnswerRating, InquiryStatus
from ..domain.kinds import INSTITUTION_KINDS
from ..domain.photo import EXIF_ABSENT, EXIF_PRESENT, MAX_BOXES
from ..domain.recommendation import CheckResult, RecommendationStatus
from ..domain.visit import VisitStatus


@dataclass(frozen=True)
class Problem:
    """Why a value cannot be stored. `code` is stable (the client translates it); `detail` is
    the English explanation the server's message carries."""

    code: str
    detail: str


Rule = Callable[[Any], Problem | None]

# Problem codes; sync_messages gives each a sentence in ru, kk and en.
WRONG_TYPE = "wrong_type"
TOO_LONG = "too_long"
OUT_OF_RANGE = "out_of_range"
NOT_A_DATE = "not_a_date"
UNKNOWN_VALUE = "unknown_value"
BAD_TEXT = "bad_text"
BAD_LINK = "bad_link"
BAD_BOX = "bad_box"
NO_DATA_MIXED = "no_data_mixed"

SHORT_TEXT = 2_000  # names, captions, addressees, ids of questions
LONG_TEXT = 100_000  # notes, findings, comments, text answers
MAX_ITEMS = 500  # entries of a list (deputies, evidence, options chosen) or of interview answers
MAX_WHOLE = 10**15  # |numbers| in answers: more than any wage or count, exact in a float
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                     r"[0-9a-fA-F]{12}")
CODE_RE = re.compile(r"[A-Za-z0-9_.\-]{1,200}")  # template and question ids
SHA256_RE = re.compile(r"[0-9a-f]{64}")
EXT_RE = re.compile(r"\.[A-Za-z0-9]{1,10}")
EVIDENCE_KINDS = ("answer", "photo", "interview")


def _type_name(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", str: "a text", list: "a list",
            dict: "an object", type(None): "null"}.get(type(value), type(value).__name__)


def _wrong(value: Any, wanted: str) -> Problem:
    return Problem(WRONG_TYPE, f"must be {wanted}, not {_type_name(value)}")


def _text_problem(value: str, limit: int) -> Problem | None:
    if len(value) > limit:
        return Problem(TOO_LONG, f"is longer than {limit} characters")
    if "\x00" in value:
        return Problem(BAD_TEXT, "contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return Problem(BAD_TEXT, "is not well-formed Unicode (a lone surrogate)")
    return None


# --- rule makers -----------------------------------------------------------------------------

def text(limit: int = SHORT_TEXT) -> Rule:
    def rule(value: Any) -> Problem | None:
        return _text_problem(value, limit) if isinstance(value, str) else _wrong(value, "a text")
    return rule


def matching(pattern: re.Pattern[str], what: str, *, empty: bool = False) -> Rule:
    def rule(value: Any) -> Problem | None:
        if not isinstance(value, str):
            return _wrong(value, "a text")
        if (empty and value == "") or pattern.fullmatch(value):
            return None
        return Problem(UNKNOWN_VALUE if len(value) <= SHORT_TEXT else TOO_LONG,
                       f"must be {what}{' or empty' if empty else ''}")
    return rule


def one_of(choices: tuple[str, ...] | list[str]) -> Rule:
    allowed = frozenset(choices)

    def rule(value: Any) -> Problem | None:
        if not isinstance(value, str):
            return _wrong(value, "a text")
        if value in allowed:
            return None
        return Problem(UNKNOWN_VALUE, "must be one of " + ", ".join(sorted(allowed)))
    return rule


def iso_day(*, empty: bool) -> Rule:
    def rule(value: Any) -> Problem | None:
        if not isinstance(value, str):
            return _wrong(value, "a date text")
        if empty and value == "":
            return None
        try:
            if len(value) == 10:
                date.fromisoformat(value)
                return None
        except ValueError:
            pass
        return Problem(NOT_A_DATE, "must be a date YYYY-MM-DD" + (" or empty" if empty else ""))
    return rule


def iso_moment(value: Any) -> Problem | None:
    if not isinstance(value, str):
        return _wrong(value, "a date-time text")
    if value == "":
        return None
    try:
        if len(value) <= 40:
            datetime.fromisoformat(value)
            return None
    except ValueError:
        pass
    return Problem(NOT_A_DATE, "must be an ISO 8601 date-time or empty")


def whole(low: int, high: int) -> Rule:
    def rule(value: Any) -> Problem | None:
        # bool is an int in Python; a boolean must not pass for a number.
        if isinstance(value, bool) or not isinstance(value, int):
            return _wrong(value, "a whole number")
        if low <= value <= high:
            return None
        return Problem(OUT_OF_RANGE, f"must be between {low} and {high}")
    return rule


def degrees(limit: float) -> Rule:
    def rule(value: Any) -> Problem | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            return _wrong(value, "a number or null")
        if isinstance(value, int) and abs(value) > limit:
            return Problem(OUT_OF_RANGE, f"must be between {-limit:g} and {limit:g}")
        if math.isfinite(value) and -limit <= value <= limit:
            return None
        return Problem(OUT_OF_RANGE, f"must be between {-limit:g} and {limit:g}")
    return rule


def boolean(value: Any) -> Problem | None:
    return None if isinstance(value, bool) else _wrong(value, "true or false")


def _list_of(item: Rule, wanted: str, *, distinct: bool = False) -> Rule:
    """A list of at most MAX_ITEMS entries, each passing `item` (and none twice if `distinct`)."""
    def rule(value: Any) -> Problem | None:
        if not isinstance(value, list):
            return _wrong(value, wanted)
        if len(value) > MAX_ITEMS:
            return Problem(TOO_LONG, f"has more than {MAX_ITEMS} entries")
        for n, entry in enumerate(value):
            problem = item(entry)
            if problem is not None:
                return Problem(problem.code, f"entry {n + 1} {problem.detail}")
        if distinct and len(set(value)) != len(value):
            return Problem(UNKNOWN_VALUE, "names the same entry twice")
        return None
    return rule


def texts(limit: int = SHORT_TEXT) -> Rule:
    return _list_of(text(limit), "a list of texts")


def evidence(value: Any) -> Problem | None:
    """Links of a finding to what supports it: [{"kind": answer|photo|interview, "id": uuid}].

    A link to an answer may also carry "quoted": the answer's value as the finding's text quotes
    it, so a later edit of the answer shows the finding as out of date (domain/finding_checks.py).
    """
    if not isinstance(value, list):
        return _wrong(value, "a list of links")
    if len(value) > MAX_ITEMS:
        return Problem(TOO_LONG, f"has more than {MAX_ITEMS} links")
    for n, link in enumerate(value):
        keys = set(link) if isinstance(link, dict) else set()
        if not (isinstance(link, dict) and keys in ({"kind", "id"}, {"kind", "id", "quoted"})
                and link["kind"] in EVIDENCE_KINDS and isinstance(link["id"], str)
                and UUID_RE.fullmatch(link["id"])
                and ("quoted" not in keys or link["kind"] == "answer")):
            return Problem(BAD_LINK, f"link {n + 1} must be {{kind: answer|photo|interview, "
                                     "id: record id} (an answer's may add the value quoted)")
        if "quoted" in keys:
            problem = answer_value(link["quoted"])
            if problem is not None:
                return Problem(problem.code, f"link {n + 1} quoted value {problem.detail}")
    return None


def record_ids(value: Any) -> Problem | None:
    """A list of distinct record ids (the findings an inquiry rests on)."""
    if not isinstance(value, list):
        return _wrong(value, "a list of record ids")
    if len(value) > MAX_ITEMS:
        return Problem(TOO_LONG, f"has more than {MAX_ITEMS} entries")
    for n, entry in enumerate(value):
        if not (isinstance(entry, str) and UUID_RE.fullmatch(entry)):
            return Problem(BAD_LINK, f"entry {n + 1} must be a record id")
    if len(set(value)) != len(value):
        return Problem(UNKNOWN_VALUE, "names the same record twice")
    return None


def signatories(value: Any) -> Problem | None:
    """Who signs an inquiry: [{"name": text, "faction": text}]."""
    if not isinstance(value, list):
        return _wrong(value, "a list of signatories")
    if len(value) > MAX_ITEMS:
        return Problem(TOO_LONG, f"has more than {MAX_ITEMS} entries")
    line = text()
    for n, person in enumerate(value):
        if not (isinstance(person, dict) and set(person) == {"name", "faction"}):
            return Problem(UNKNOWN_VALUE, f"entry {n + 1} must be {{name, faction}}")
        for key in ("name", "faction"):
            problem = line(person[key])
            if problem is not None:
                return Problem(problem.code, f"entry {n + 1} {key} {problem.detail}")
    return None


_RATINGS = frozenset(r.value for r in AnswerRating)


def ratings(value: Any) -> Problem | None:
    """How the answer met each request: [{"request": n, "rating": …, "note": text}], one per
    request (numbered from 1)."""
    if not isinstance(value, list):
        return _wrong(value, "a list of ratings")
    if len(value) > MAX_ITEMS:
        return Problem(TOO_LONG, f"has more than {MAX_ITEMS} entries")
    note = text(LONG_TEXT)
    seen = set()
    for n, entry in enumerate(value):
        if not (isinstance(entry, dict) and set(entry) == {"request", "rating", "note"}
                and isinstance(entry["request"], int) and not isinstance(entry["request"], bool)
                and 1 <= entry["request"] <= MAX_ITEMS and entry["rating"] in _RATINGS):
            return Problem(UNKNOWN_VALUE, f"entry {n + 1} must be {{request: 1.., rating: "
                                          f"{'|'.join(sorted(_RATINGS))}, note}}")
        if entry["request"] in seen:
            return Problem(UNKNOWN_VALUE, f"rates request {entry['request']} twice")
        seen.add(entry["request"])
        problem = note(entry["note"])
        if problem is not None:
            return Problem(problem.code, f"entry {n + 1} note {problem.detail}")
    return None


def codes(what: str) -> Rule:
    """A list of distinct ids such as question ids."""
    return _list_of(matching(CODE_RE, what), f"a list of {what}s", distinct=True)


def records_of(keys: dict[str, Rule]) -> Rule:
    """A list of small objects with exactly `keys`, each checked by its rule: a visit's seals
    {"seal", "at", "by"} and amendments {"at", "by", "reason", "seal"}."""
    def rule(value: Any) -> Problem | None:
        if not isinstance(value, list):
            return _wrong(value, "a list of entries")
        if len(value) > MAX_ITEMS:
            return Problem(TOO_LONG, f"has more than {MAX_ITEMS} entries")
        for n, entry in enumerate(value):
            if not isinstance(entry, dict) or set(entry) != set(keys):
                return Problem(WRONG_TYPE, f"entry {n + 1} must have exactly "
                                           f"{', '.join(sorted(keys))}")
            for key, check in keys.items():
                problem = check(entry[key])
                if problem is not None:
                    return Problem(problem.code, f"entry {n + 1} {key} {problem.detail}")
        return None
    return rule


def face_boxes(value: Any) -> Problem | None:
    """Boxes over faces: [[x, y, width, height], ...], fractions of the photo inside it."""
    if not isinstance(value, list):
        return _wrong(value, "a list of boxes")
    if len(value) > MAX_BOXES:
        return Problem(TOO_LONG, f"has more than {MAX_BOXES} boxes")
    for n, box in enumerate(value):
        if not (isinstance(box, list) and len(box) == 4 and all(
                isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)
                for v in box)):
            return Problem(BAD_BOX, f"box {n + 1} must be [x, y, width, height]")
        x, y, w, h = box
        # A rounding's worth of slack: boxes are stored to four decimals.
        if not (0 <= x <= 1 and 0 <= y <= 1 and w > 0 and h > 0
                and x + w <= 1.0001 and y + h <= 1.0001):
            return Problem(BAD_BOX, f"box {n + 1} must lie inside the photo (fractions 0 to 1)")
    return None


def _answer_number(value: int | float) -> Problem | None:
    if isinstance(value, float) and not math.isfinite(value):
        return Problem(OUT_OF_RANGE, "must be a finite number")
    if abs(value) > MAX_WHOLE:
        return Problem(OUT_OF_RANGE, f"must be between {-MAX_WHOLE} and {MAX_WHOLE}")
    return None


def answer_value(value: Any) -> Problem | None:
    """An answer in its stored form (checklist._validate_value): null, a text, a number, the
    option ids of a multiple choice, or «нет данных» ({"no_data": true}, answer_values.py).
    Never another object, a boolean or anything nested: a figure and «нет данных» at once, or
    «нет данных» set to false, is a state no form can produce."""
    if value is None or is_no_data(value):
        return None
    if isinstance(value, dict) and NO_DATA_KEY in value:
        return Problem(NO_DATA_MIXED, "is either a figure or «no data» ({\"no_data\": true}), "
                                      "never both and never «no data» set to anything else")
    if isinstance(value, bool):
        return _wrong(value, "a text, a number, a list of options or null")
    if isinstance(value, int | float):
        return _answer_number(value)
    if isinstance(value, str):
        return _text_problem(value, LONG_TEXT)
    if isinstance(value, list):
        return texts()(value)
    return _wrong(value, "a text, a number, a list of options or null")


def interview_answers(value: Any) -> Problem | None:
    if not isinstance(value, dict):
        return _wrong(value, "an object of answers by question id")
    if len(value) > MAX_ITEMS:
        return Problem(TOO_LONG, f"has more than {MAX_ITEMS} answers")
    for key, answer in value.items():
        if not CODE_RE.fullmatch(key):
            return Problem(UNKNOWN_VALUE, "has an answer to a question id that is not a code")
        problem = answer_value(answer)
        if problem is not None:
            return Problem(problem.code, f"answer {key} {problem.detail}")
    return None


_ID = matching(UUID_RE, "a record id")
_ID_OR_EMPTY = matching(UUID_RE, "a record id", empty=True)
_TEMPLATE = matching(CODE_RE, "a template id", empty=True)
_TEMPLATE_VERSION = whole(0, 1_000_000)
_SHA256 = matching(SHA256_RE, "64 lowercase hex digits")
_SEAL = matching(SHA256_RE, "64 lowercase hex digits", empty=True)

# created_at travels for photos, interviews and findings: lists of them are numbered in that order
# on every laptop (domain/ordering.py).
FIELD_RULES: dict[str, dict[str, Rule]] = {
    "facility": {
        "kind": one_of(INSTITUTION_KINDS), "name": text(), "region": text(),
        "district": text(), "address": text(), "latitude": degrees(90),
        "longitude": degrees(180),
    },
    "visit": {
        "facility_id": _ID, "started_on": iso_day(empty=False), "ended_on": iso_day(empty=True),
        "deputies": texts(), "participants": texts(), "announced": boolean,
        "status": one_of([s.value for s in VisitStatus]), "template_id": _TEMPLATE,
        "template_version": _TEMPLATE_VERSION, "notes": text(LONG_TEXT),
        "completed_at": iso_moment, "dismissed_proposals": texts(), "seal": _SEAL,
        "seals": records_of({"seal": _SHA256, "at": iso_moment, "by": text()}),
        "amendments": records_of({"at": iso_moment, "by": text(), "reason": text(LONG_TEXT),
                                  "seal": _SEAL}),
        "reopened_at": iso_moment, "reopened_by": text(),
    },
    "answer": {
        "visit_id": _ID, "question_id": matching(CODE_RE, "a question id"),
        "value": answer_value, "comment": text(LONG_TEXT), "flagged": boolean,
    },
    "photo": {
        "visit_id": _ID, "sha256": _SHA256,
        "ext": matching(EXT_RE, "a file extension such as .jpg"),
        "size": whole(0, 2**40), "width": whole(0, 1_000_000), "height": whole(0, 1_000_000),
        "caption": text(), "taken_at": iso_moment, "latitude": degrees(90),
        "longitude": degrees(180), "question_ids": codes("question id"),
        "shows_faces": boolean, "face_boxes": face_boxes, "rotation": whole(0, 359),
        "original_name": text(), "created_at": iso_moment, "camera_make": text(),
        "camera_model": text(), "exif": one_of(["", EXIF_PRESENT, EXIF_ABSENT]),
        "imported_at": iso_moment, "imported_device": text(), "imported_by": text(),
    },
    "interview": {
        "visit_id": _ID, "template_id": _TEMPLATE, "template_version": _TEMPLATE_VERSION,
        "answers": interview_answers, "notes": text(LONG_TEXT), "created_at": iso_moment,
    },
    "finding": {
        "visit_id": _ID, "severity": one_of([s.value for s in Severity]),
        "theme": one_of(list(THEMES)), "text": text(LONG_TEXT),
        "recommendation": text(LONG_TEXT), "addressee": text(), "due_date": iso_day(empty=True),
        "evidence": evidence, "position": whole(-10**9, 10**9), "created_at": iso_moment,
        "recommendation_status": one_of([s.value for s in RecommendationStatus]),
        "status_on": iso_day(empty=True), "status_by": text(), "status_visit_id": _ID_OR_EMPTY,
    },
    "recommendation_check": {
        "visit_id": _ID, "finding_id": _ID, "result": one_of(["", *(r.value for r in CheckResult)]),
        "comment": text(LONG_TEXT), "photo_ids": record_ids, "position": whole(-10**9, 10**9),
        "created_at": iso_moment,
    },
    "inquiry": {
        "title": text(), "subject": text(), "addressee_position": text(),
        "addressee_name": text(), "salutation": text(), "signatories": signatories,
        "executor": text(), "executor_phone": text(),
        "language": one_of(list(INQUIRY_LANGUAGES)), "finding_ids": record_ids,
        "requests": texts(LONG_TEXT), "status": one_of([s.value for s in InquiryStatus]),
        "announced_on": iso_day(empty=True), "term_days": whole(0, MAX_ANSWER_TERM_DAYS),
        "answered_on": iso_day(empty=True), "answer_from": text(),
        "answer_sha256": matching(SHA256_RE, "64 lowercase hex digits", empty=True),
        "answer_ext": matching(EXT_RE, "a file extension such as .pdf", empty=True),
        "ratings": ratings, "notes": text(LONG_TEXT),
    },
}


def field_problem(entity: str, name: str, value: Any) -> Problem | None:
    """Why `value` cannot be stored in `entity.name`, or None when it can."""
    rules = FIELD_RULES.get(entity)
    if rules is None:
        return Problem(UNKNOWN_VALUE, f"there is no kind of record {entity!r}")
    rule = rules.get(name)
    if rule is None:
        return Problem(UNKNOWN_VALUE, f"{entity} has no field {name!r}")
    return rule(value)


def first_problem(entity: str, values: Mapping[str, Any]) -> tuple[str, Problem] | None:
    """The first field of `values` that cannot be stored, with why; None when all can."""
    for name, value in values.items():
        problem = field_problem(entity, name, value)
        if problem is not None:
            return name, problem
    return None


# Fields of free text: a value of another kind stored there is shown as its JSON text.
TEXT_FIELDS = frozenset(name for rules in FIELD_RULES.values() for name, rule in rules.items()
                        if getattr(rule, "__qualname__", "").startswith("text."))


def readable(entity: str, name: str, value: Any, fallback: Any) -> Any:
    """`value` if a report, an export or a screen can show it, else what to show instead: its
    text for a free-text field, `fallback` (the field's empty value) for any other.

    For what is already stored (an older version, a bug, a restored backup), so more lenient
    than the door: a text longer than the limit is still shown in full."""
    problem = field_problem(entity, name, value)
    if problem is None or problem.code == TOO_LONG:
        return value
    if name in TEXT_FIELDS and not isinstance(value, str):
        shown = _as_text(value)
        if shown is not None:
            return shown
    return fallback


def _as_text(value: Any) -> str | None:
    try:
        shown = json.dumps(value, ensure_ascii=False, allow_nan=True)
    except (ValueError, TypeError, RecursionError):  # a number too long to write, say
        return None
    return shown if _text_problem(shown, LONG_TEXT) is None else None
