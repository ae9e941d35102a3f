"""Photo bytes: which are missing, resumable upload, download for those who may see them.

Every answer about a hash is walled per team (holders.py): for a team that never sent a
photo's bytes, the photo is missing, its upload starts from byte 0 and it cannot be
downloaded, whether or not another team stored it.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import FileResponse
from sqlalchemy import and_, select
from starlette.concurrency import run_in_threadpool

from ..sync.protocol import (
    BLOB_FIELDS,
    SHA256_PATTERN,
    HashList,
    MissingResponse,
    UploadStatus,
)
from . import db, holders
from .deps import Caller, Member, State, check_protocol
from .errors import WRITE_ERRORS, ApiError, error_responses, not_found
from .tables import blob_holders, records

router = APIRouter(prefix="/blobs", tags=["blobs"], dependencies=[Depends(check_protocol)],
                   responses=error_responses(WRITE_ERRORS))
Sha = Annotated[str, Path(pattern=SHA256_PATTERN, description="SHA-256 of the bytes, lowercase hex")]


def _held(app, sha256: str, who) -> bool:  # type: ignore[no-untyped-def]
    """Stored, and sent by every team of the caller (else: as good as absent for them)."""
    if not app.blobs.has(sha256):  # a stat first: a fresh upload needs no database read
        return False
    with db.read(app.engine) as conn:
        return sha256 in holders.held_by_all(conn, [sha256], who.teams)


@router.post("/missing", response_model=MissingResponse)
def missing(body: HashList, who: Member, app: State) -> MissingResponse:
    """Which of these photos the server lacks: only those need uploading."""
    wanted = sorted({h for h in body.hashes})
    for h in wanted:
        if len(h) != 64 or any(c not in "0123456789abcdef" for c in h):
            raise ApiError(400, f"{h[:80]!r} is not a SHA-256 in lowercase hex", "bad_hash")
    with db.read(app.engine) as conn:
        have = holders.held_by_all(conn, wanted, who.teams)
    lacking = [h for h in wanted if h not in have or not app.blobs.has(h)]
    # Where each upload of this device stands, so the client resumes without asking per photo.
    offsets = {h: n for h in lacking if (n := app.blobs.offset(h, who.device_id))}
    return MissingResponse(missing=lacking, offsets=offsets)


@router.get("/{sha256}/upload", response_model=UploadStatus)
def upload_status(sha256: Sha, size: Annotated[int, Query(ge=1)], who: Member,
                  app: State) -> UploadStatus:
    """How many bytes of this upload the server holds (for this device): resume from there."""
    if _held(app, sha256, who):
        return UploadStatus(sha256=sha256, size=size, offset=size, complete=True)
    return UploadStatus(sha256=sha256, size=size, offset=app.blobs.offset(sha256, who.device_id),
                        complete=False)


@router.put("/{sha256}", response_model=UploadStatus,
            openapi_extra={"requestBody": {"required": True, "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}})
async def upload_chunk(sha256: Sha, request: Request, who: Member, app: State,
                       size: Annotated[int, Query(ge=1, description="whole photo, bytes")],
                       offset: Annotated[int, Query(ge=0, description="where this chunk starts")] = 0,
                       ) -> UploadStatus:
    """Append the body at `offset`. At `size` bytes the SHA-256 is checked and the photo kept."""
    if size > app.settings.max_photo_bytes:
        raise ApiError(413, f"a photo may have at most {app.settings.max_photo_bytes} bytes",
                       "too_large")
    # Another device of the team may have sent it meanwhile. Stored for other teams only, it
    # is uploaded in full like a new photo: the bytes, checked against the hash, are the proof.
    if app.blobs.has(sha256) and await run_in_threadpool(_held, app, sha256, who):
        return UploadStatus(sha256=sha256, size=size, offset=size, complete=True)
    if offset > size:
        raise ApiError(400, "offset beyond the announced size", "bad_offset")
    length = request.headers.get("content-length", "")
    reached = await app.blobs.append(sha256, who.device_id, size, offset, request.stream(),
                                     app.settings.max_chunk_bytes,
                                     int(length) if length.isdigit() else None,
                                     on_publish=lambda: _record_blob(app, sha256, size, who))
    return UploadStatus(sha256=sha256, size=size, offset=reached, complete=reached == size)


def _record_blob(app, sha256: str, size: int, who) -> None:  # type: ignore[no-untyped-def]
    """The blob's row and its holders, once its file is in place and its hash checked."""
    with db.write(app.engine) as conn:
        holders.grant(conn, sha256, size, who.teams)


@router.get("/{sha256}", response_class=FileResponse,
            responses={200: {"content": {"application/octet-stream": {}}}})
def download(sha256: Sha, who: Caller, app: State) -> FileResponse:
    """The photo's bytes, to a caller who sees a photo record referencing them, of a team that
    sent those bytes itself (a record naming a hash is no key to another team's photo)."""
    with db.read(app.engine) as conn:
        visible = conn.execute(select(records.c.id).join(blob_holders, and_(
            blob_holders.c.sha256 == records.c.blob_sha,
            blob_holders.c.team == records.c.team)).where(
            records.c.entity.in_(BLOB_FIELDS), records.c.blob_sha == sha256,
            records.c.deleted.is_(False), records.c.team.in_(who.teams or ("",)))).first()
    if visible is None or not app.blobs.has(sha256):
        raise not_found("photo")  # also for hashes that exist elsewhere: knowing one is no key
    return FileResponse(app.blobs.path(sha256), media_type="application/octet-stream")
