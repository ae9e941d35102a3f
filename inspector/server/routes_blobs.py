"""Photo bytes: which are missing, resumable upload, download for those who may see them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import FileResponse
from sqlalchemy import insert, select
from starlette.concurrency import run_in_threadpool

from ..sync.protocol import SHA256_PATTERN, ErrorBody, HashList, MissingResponse, UploadStatus
from . import db
from .auth import now
from .deps import Caller, State, check_protocol
from .errors import ApiError, forbidden, not_found
from .tables import blobs, records

router = APIRouter(prefix="/blobs", tags=["blobs"], dependencies=[Depends(check_protocol)],
                   responses={400: {"model": ErrorBody}, 401: {"model": ErrorBody},
                              403: {"model": ErrorBody}, 404: {"model": ErrorBody},
                              409: {"model": ErrorBody}, 413: {"model": ErrorBody},
                              422: {"model": ErrorBody}, 426: {"model": ErrorBody}})
Sha = Annotated[str, Path(pattern=SHA256_PATTERN, description="SHA-256 of the bytes, lowercase hex")]


def _stored(app, sha256: str) -> bool:  # type: ignore[no-untyped-def]
    with db.read(app.engine) as conn:
        row = conn.execute(select(blobs.c.sha256).where(blobs.c.sha256 == sha256)).first()
    return row is not None and app.blobs.has(sha256)


def _member(who) -> None:  # type: ignore[no-untyped-def]
    if not who.teams:
        raise forbidden("you are not a member of any team")


@router.post("/missing", response_model=MissingResponse)
def missing(body: HashList, who: Caller, app: State) -> MissingResponse:
    """Which of these photos the server lacks: only those need uploading."""
    _member(who)
    wanted = sorted({h for h in body.hashes})
    for h in wanted:
        if len(h) != 64 or any(c not in "0123456789abcdef" for c in h):
            raise ApiError(400, f"{h[:80]!r} is not a SHA-256 in lowercase hex", "bad_hash")
    with db.read(app.engine) as conn:
        have = {r[0] for r in conn.execute(select(blobs.c.sha256).where(blobs.c.sha256.in_(wanted)))}
    lacking = [h for h in wanted if h not in have or not app.blobs.has(h)]
    # Where each upload of this device stands, so the client resumes without asking per photo.
    offsets = {h: n for h in lacking if (n := app.blobs.offset(h, who.device_id))}
    return MissingResponse(missing=lacking, offsets=offsets)


@router.get("/{sha256}/upload", response_model=UploadStatus)
def upload_status(sha256: Sha, size: Annotated[int, Query(ge=1)], who: Caller,
                  app: State) -> UploadStatus:
    """How many bytes of this upload the server holds (for this device): resume from there."""
    _member(who)
    if _stored(app, sha256):
        return UploadStatus(sha256=sha256, size=size, offset=size, complete=True)
    return UploadStatus(sha256=sha256, size=size, offset=app.blobs.offset(sha256, who.device_id),
                        complete=False)


@router.put("/{sha256}", response_model=UploadStatus,
            openapi_extra={"requestBody": {"required": True, "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}})
async def upload_chunk(sha256: Sha, request: Request, who: Caller, app: State,
                       size: Annotated[int, Query(ge=1, description="whole photo, bytes")],
                       offset: Annotated[int, Query(ge=0, description="where this chunk starts")] = 0,
                       ) -> UploadStatus:
    """Append the body at `offset`. At `size` bytes the SHA-256 is checked and the photo kept."""
    _member(who)
    if size > app.settings.max_photo_bytes:
        raise ApiError(413, f"a photo may have at most {app.settings.max_photo_bytes} bytes",
                       "too_large")
    if app.blobs.has(sha256):  # a stat, no database: another device may have sent it meanwhile
        await run_in_threadpool(lambda: _record_blob(app, sha256, size, fresh=False))
        return UploadStatus(sha256=sha256, size=size, offset=size, complete=True)
    if offset > size:
        raise ApiError(400, "offset beyond the announced size", "bad_offset")
    length = request.headers.get("content-length", "")
    reached = await app.blobs.append(sha256, who.device_id, size, offset, request.stream(),
                                     app.settings.max_chunk_bytes,
                                     int(length) if length.isdigit() else None,
                                     on_publish=lambda: _record_blob(app, sha256, size))
    return UploadStatus(sha256=sha256, size=size, offset=reached, complete=reached == size)


def _record_blob(app, sha256: str, size: int, *, fresh: bool = True) -> None:  # type: ignore[no-untyped-def]
    """The blob's row, once its file is in place (a fresh one: no need to look first)."""
    if not fresh:
        size = app.blobs.path(sha256).stat().st_size  # what was verified, not what was announced
        with db.read(app.engine) as conn:
            if conn.execute(select(blobs.c.sha256).where(blobs.c.sha256 == sha256)).first():
                return
    with db.write(app.engine) as conn:
        if conn.execute(select(blobs.c.sha256).where(blobs.c.sha256 == sha256)).first() is None:
            conn.execute(insert(blobs).values(sha256=sha256, size=size, created_at=now()))


@router.get("/{sha256}", response_class=FileResponse,
            responses={200: {"content": {"application/octet-stream": {}}}})
def download(sha256: Sha, who: Caller, app: State) -> FileResponse:
    """The photo's bytes, to a caller who sees a photo record referencing them."""
    with db.read(app.engine) as conn:
        visible = conn.execute(select(records.c.id).where(
            records.c.entity == "photo", records.c.blob_sha == sha256,
            records.c.deleted.is_(False), records.c.team.in_(who.teams or ("",)))).first()
    if visible is None or not app.blobs.has(sha256):
        raise not_found("photo")  # also for hashes that exist elsewhere: knowing one is no key
    return FileResponse(app.blobs.path(sha256), media_type="application/octet-stream")
