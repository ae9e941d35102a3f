"""The FastAPI application: routers, JSON errors for everything, request size limits."""

from __future__ import annotations

import gc
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..sync.protocol import PROTOCOL_VERSION
from . import db
from .blobs import BlobStore
from .deps import AppState
from .errors import ApiError
from .limits import BodyLimit
from .routes_admin import router as admin_router
from .routes_auth import router as auth_router
from .routes_blobs import router as blobs_router
from .routes_sync import router as sync_router
from .routes_templates import router as templates_router
from .settings import Settings

log = logging.getLogger(__name__)


def _error(status: int, message: str, code: str, headers: dict[str, str] | None = None,
           extra: dict[str, Any] | None = None) -> JSONResponse:
    return JSONResponse({"message": message, "code": code, **(extra or {})}, status_code=status,
                        headers=headers)


def _log_to_stderr() -> None:
    """The server's own warnings (failed sign-ins, lockouts, unexpected errors) with their time,
    next to uvicorn's lines, where the admin reads them."""
    server_log = logging.getLogger("inspector.server")
    if not server_log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        server_log.addHandler(handler)


def create_app(settings: Settings, *, migrate: bool = True) -> FastAPI:
    _log_to_stderr()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = db.make_engine(settings.database)
    if migrate:
        db.upgrade(engine)
    app = FastAPI(title="Inspector sync server", version=str(PROTOCOL_VERSION),
                  description="Sync API of Inspector. Every request carries the "
                              "X-Inspector-Protocol header; errors are JSON {message, code}.")
    blobs = BlobStore(settings.blob_dir)
    files, size = blobs.remove_abandoned(settings.abandoned_upload_hours * 3600)
    if files:
        log.warning("removed %d abandoned partial uploads (%d bytes) untouched for %g hours",
                    files, size, settings.abandoned_upload_hours)
    app.state.inspector = AppState(settings=settings, engine=engine, blobs=blobs)
    for router in (auth_router, sync_router, templates_router, blobs_router, admin_router):
        app.include_router(router)

    @app.get("/health", tags=["health"])
    def health() -> dict[str, int | str]:
        """Liveness, without the protocol header: for load balancers and test harnesses."""
        return {"status": "ok", "protocol": PROTOCOL_VERSION}

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.message, exc.code, exc.headers, exc.extra)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail), "http")

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _error(422, f"invalid request: {where}: {first.get('msg', 'invalid')}"[:500],
                      "invalid")

    @app.exception_handler(DataError)
    async def _bad_data(_: Request, exc: DataError) -> JSONResponse:
        # e.g. a NUL character PostgreSQL cannot store: the input is at fault, not the server.
        return _error(400, "the request contains values the database cannot store", "bad_data")

    @app.exception_handler(IntegrityError)
    async def _race(_: Request, exc: IntegrityError) -> JSONResponse:
        # Two requests raced to create the same row (another server process, a retry): retry.
        return _error(409, "a concurrent request changed the same data; try again", "retry")

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return _error(500, "internal server error; the administrator can find it in the log",
                      "internal")

    app.add_middleware(BodyLimit, settings=settings)
    return app


def app_from_env() -> FastAPI:
    """For `uvicorn --factory inspector.server.app:app_from_env` (settings from the environment).

    `inspector-server serve --workers N` starts its workers through here once it has upgraded
    the database itself, so their own upgrade finds nothing left to do.
    """
    gc.freeze()  # as in `serve`: start-up objects live as long as the worker
    gc.set_threshold(20_000, 20, 20)
    return create_app(Settings.from_env())
