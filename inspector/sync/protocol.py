"""The sync wire format, shared by the desktop client and the server (see design/sync.md).

Everything that crosses the network is declared here once, as pydantic models, so the server's
OpenAPI schema and the client agree by construction. This module imports only the domain: the
server may import it without pulling in the desktop side.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import MISSING, fields
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, model_validator

from ..domain.answer import Answer
from ..domain.facility import Facility
from ..domain.finding import Finding
from ..domain.inquiry import Inquiry
from ..domain.interview import Interview
from ..domain.photo import Photo
from ..domain.recommendation import RecommendationCheck
from ..domain.record import Record
from ..domain.visit import Visit
from .field_rules import first_problem

# Bumped whenever a change would make an older peer misread a message. Every request carries it
# in PROTOCOL_HEADER; a server answers a different version with 426 and a message saying who
# must update, instead of guessing.
PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Inspector-Protocol"
# "<seq>.<tag>" of the newest server transaction a client has seen. Every transaction gets a
# random tag, so a server restored from an older backup, or a new one at the same address,
# cannot hold that pair: it answers 409 "history_changed" instead of pulling or pushing
# against numbers that now mean something else (design/sync.md point 19).
HISTORY_HEADER = "X-Inspector-History"
HISTORY_CHANGED = "history_changed"
MAX_HISTORY_POINTS = 64

ENTITY_CLASSES: dict[str, type[Record]] = {
    cls.entity: cls for cls in (Facility, Visit, Answer, Photo, Interview, Finding,
                               RecommendationCheck, Inquiry)
}
EntityName = Literal["facility", "visit", "answer", "photo", "interview", "finding",
                     "recommendation_check", "inquiry"]
# Parents before children: a page or a push applies in this order within one version.
ENTITY_ORDER = ("facility", "visit", "answer", "photo", "interview", "finding",
                "recommendation_check", "inquiry")
VISIT_CHILDREN = ("answer", "photo", "interview", "finding", "recommendation_check")
# The field of a record that names bytes stored beside it by their SHA-256 (a photo; the answer
# document of an inquiry): those bytes travel as blobs, behind the same wall (design/sync.md
# point 15).
BLOB_FIELDS = {"photo": "sha256", "inquiry": "answer_sha256"}
# Pseudo-field naming an edit that raced a delete; conflicts on it are settled like any other.
DELETED_FIELD = "_deleted"
# The record a part belongs to (entity, field naming it): a visit's parts, a facility's visits.
# A part's delete op that names its parent in `fields` was made by deleting the parent
# (design/sync.md point 11: the parent's delete must not hide work it never saw).
PARENTS = {**{child: ("visit", "visit_id") for child in VISIT_CHILDREN},
           "visit": ("facility", "facility_id")}

UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
MAX_OPS_PER_PUSH = 500
MAX_PULL_PAGE = 5000  # changes per pull page a client may ask for
MAX_HASHES_PER_QUERY = 2000
MAX_JSON_DEPTH = 32  # the deepest a message goes is about 6 levels


# --- field validation shared by both sides -------------------------------------------------

def field_defaults(entity: str) -> tuple[dict[str, Any], set[str]]:
    """(defaults of content fields, fields that have no default and must be sent on create)."""
    defaults: dict[str, Any] = {}
    required: set[str] = set()
    cls = ENTITY_CLASSES[entity]
    content = set(cls.content_fields())
    for f in fields(cls):
        if f.name not in content:
            continue
        if f.default is not MISSING:
            defaults[f.name] = f.default
        elif f.default_factory is not MISSING:
            defaults[f.name] = f.default_factory()
        else:
            required.add(f.name)
    return defaults, required


def clean_fields(entity: str, values: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """(values as they are stored, why they cannot be stored or None)."""
    found = first_problem(entity, values)
    if found is not None:
        name, problem = found
        return {}, f"{entity}.{name} {problem.detail}"
    return dict(values), None


def op_problems(ops: list[Op]) -> list[FieldProblem]:
    """Every op whose fields break the rules of field_rules.py, with the first field at fault."""
    problems = []
    for op in ops:
        found = first_problem(op.entity, op.fields)
        if found is not None:
            name, problem = found
            problems.append(FieldProblem(op_id=op.op_id, entity=op.entity,
                                         record_id=op.record_id, field=name, code=problem.code,
                                         message=f"{op.entity}.{name} {problem.detail}"))
    return problems


def well_formed(value: Any, *, max_depth: int = MAX_JSON_DEPTH) -> str | None:
    """Why a parsed JSON body cannot be taken in (a lone surrogate or NUL in a text, nesting
    deeper than any message needs), naming where; None when it can. Without a stack of calls,
    so a deep body costs no recursion."""
    stack: list[tuple[Any, str, int]] = [(value, "", 0)]
    while stack:
        item, where, depth = stack.pop()
        if depth > max_depth:
            return f"{where or 'the body'} is nested deeper than {max_depth} levels"
        if isinstance(item, str):
            if _bad_text(item):
                return f"the text at {where or 'the body'} is not well-formed Unicode or has NUL"
        elif isinstance(item, dict):
            for key, child in item.items():
                if isinstance(key, str) and _bad_text(key):
                    return f"a key in {where or 'the body'} is not well-formed Unicode or has NUL"
                stack.append((child, f"{where}.{key}" if where else str(key), depth + 1))
        elif isinstance(item, list):
            stack.extend((child, f"{where}[{n}]", depth + 1) for n, child in enumerate(item))
    return None


def _bad_text(text: str) -> bool:
    if "\x00" in text:
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def canonical_json(value: Any) -> str:
    """One spelling per value, so equal values compare and hash equal on both sides."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def visit_checksum(rows: list[tuple[str, str, int, bool]]) -> str:
    """Digest of (entity, id, version, deleted) of a visit and its children, order-independent."""
    digest = hashlib.sha256()
    for entity, record_id, version, deleted in sorted(rows):
        digest.update(f"{entity}:{record_id}:{version}:{int(deleted)};".encode())
    return digest.hexdigest()


def _plain(value: Any) -> Any:
    """Whole floats as ints: SQLite hands 5 back as 5.0, which must not look like a change."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def state_digest(fields: dict[str, Any], deleted: bool) -> str:
    """Digest of a record's content and tombstone, independent of its version: both sides
    compute it from the same field values, so equal states compare equal whatever their
    version numbers (which a restored server hands out anew)."""
    text = canonical_json({"f": _plain(fields), "d": bool(deleted)})
    return hashlib.sha256(text.encode()).hexdigest()[:32]


# --- messages ------------------------------------------------------------------------------

class Message(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _well_formed(cls, data: Any) -> Any:
        # FastAPI parses bodies with the json module, which lets lone surrogates through;
        # refused here, once per request body, before any of it reaches a database.
        if cls is not Op:
            problem = well_formed(data)
            if problem is not None:
                raise ValueError(problem)
        return data


class FieldProblem(BaseModel):
    """One pushed op refused at the door: which record, which field, why (code: field_rules)."""

    op_id: str
    entity: str
    record_id: str
    field: str
    code: str
    message: str


class ErrorBody(BaseModel):
    """Every 4xx answer: a sentence a person can read, and a stable code for programs."""

    message: str
    code: str = "error"
    # A push refused for values it may not store (422, code "invalid_value"): every op at fault.
    problems: list[FieldProblem] = Field(default_factory=list)


class LoginRequest(Message):
    user: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1000)
    device_id: str = Field(pattern=UUID_PATTERN)
    device_name: str = Field(default="", max_length=200)


class LoginResponse(BaseModel):
    token: str
    expires_at: str
    user: str
    role: str
    teams: list[str]


class Me(BaseModel):
    user: str
    role: str
    teams: list[str]
    device_id: str


class Op(Message):
    """One local edit: the changed fields and the server version the edit started from."""

    op_id: str = Field(pattern=UUID_PATTERN)
    entity: EntityName
    record_id: str = Field(pattern=UUID_PATTERN)
    fields: dict[str, Any] = Field(default_factory=dict)
    deleted: StrictBool = False  # "yes" is not a delete
    base_version: StrictInt = Field(default=0, ge=0, le=2**62)


class PushRequest(Message):
    team: str | None = Field(default=None, max_length=200,
                             description="team a new visit or facility goes to; default: the "
                                         "user's first team")
    ops: list[Op] = Field(max_length=MAX_OPS_PER_PUSH)


OpStatus = Literal["applied", "conflict", "rejected"]


class FieldConflict(BaseModel):
    field: str
    mine: Any = None  # what this op wanted
    theirs: Any = None  # what the server kept
    # Set when the conflict is on another record than the op's: an answer added to a visit
    # deleted elsewhere flags the visit, which a person keeps or deletes as a whole.
    entity: str | None = None
    record_id: str | None = None


class OpResult(BaseModel):
    op_id: str
    status: OpStatus
    version: int = 0
    conflicts: list[FieldConflict] = Field(default_factory=list)
    message: str = ""
    replayed: bool = False  # this op id had been applied before; the recorded result is returned
    # After this op every field of the record was last set by the pushing device and nothing
    # awaits review: the device holds the record's state as of `version` and may note that
    # version at once (a pull with skip_own leaves such records out).
    own: bool = False


class PushResponse(BaseModel):
    results: list[OpResult]
    history: str = ""  # "<seq>.<tag>" of this push's transaction (see HISTORY_HEADER)


class ConflictValue(BaseModel):
    """A value that lost a same-field race and is kept for a person to choose."""

    field: str
    value: Any = None
    device_id: str
    user: str = ""
    seq: int


class Change(BaseModel):
    """The full current state of one record, as of `version`."""

    entity: EntityName
    record_id: str
    version: int
    deleted: bool
    needs_review: bool
    fields: dict[str, Any]
    field_devices: dict[str, str] = Field(default_factory=dict)  # who set each field last
    conflicts: list[ConflictValue] = Field(default_factory=list)
    team: str


class Digest(BaseModel):
    """Cheap whole-scope check: how many records the user sees and the sum of their versions."""

    count: int
    version_sum: int


class PullResponse(BaseModel):
    changes: list[Change]
    cursor: str
    more: bool
    digest: Digest | None = None  # on the last page only
    history: str = ""  # "<seq>.<tag>" of the transaction the cursor stands at


class VisitSummary(BaseModel):
    visit_id: str
    count: int
    checksum: str


class SummaryResponse(BaseModel):
    visits: list[VisitSummary]


class StatesRequest(Message):
    """History points a client has seen, newest first, to find where the server's history and
    the client's part."""

    points: list[str] = Field(default_factory=list, max_length=MAX_HISTORY_POINTS)


class StatesResponse(BaseModel):
    """After a restore: the newest of the client's points the server still holds (0: none),
    and every record the caller may see as [entity, id, version, state_digest]."""

    fork: int
    records: list[tuple[str, str, int, str]]


class HashList(Message):
    hashes: list[str] = Field(max_length=MAX_HASHES_PER_QUERY)


class MissingResponse(BaseModel):
    missing: list[str]
    # Bytes of a missing photo the server already holds from the caller's device (absent: 0):
    # the upload resumes there without a status request per photo.
    offsets: dict[str, int] = Field(default_factory=dict)


class UploadStatus(BaseModel):
    sha256: str
    size: int
    offset: int  # bytes the server holds; the client continues from here
    complete: bool


class TemplateVersion(BaseModel):
    template_id: str
    version: int
    sha256: str = ""


class TemplateList(BaseModel):
    templates: list[TemplateVersion]


class TemplateUpload(Message):
    content: dict[str, Any]


class UserInfo(BaseModel):
    name: str
    role: str
    disabled: bool
    teams: list[str]


class TeamInfo(BaseModel):
    name: str
    members: list[str]


class RevokeRequest(Message):
    user: str = Field(min_length=1, max_length=200)
    device_id: str | None = Field(default=None, pattern=UUID_PATTERN)


class Revoked(BaseModel):
    revoked: int


class VisitLogCheck(BaseModel):
    """The server's check of its hash-chained visit log (server/visit_log.py)."""

    entries: int
    problems: list[str]
