"""HTTP client of the sync server (requests; no Qt). One method per endpoint, typed replies.

Connection failures are retried a few times: every request of the protocol may be repeated
safely (pushes are idempotent by op id, uploads resume at the server's offset, the rest read).
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import requests
from pydantic import ValidationError

from .protocol import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    Change,
    ErrorBody,
    FieldProblem,
    LoginResponse,
    Me,
    MissingResponse,
    Op,
    PullResponse,
    PushRequest,
    PushResponse,
    SummaryResponse,
    TemplateList,
    TemplateVersion,
    UploadStatus,
)

CHUNK_BYTES = 8 * 1024 * 1024


class SyncError(Exception):
    """A sync failure with a message for a person; the next sync continues where it stopped."""

    def __init__(self, message: str, status: int = 0, code: str = "",
                 problems: list[FieldProblem] | None = None) -> None:
        super().__init__(message)
        self.message, self.status, self.code = message, status, code
        self.problems = problems or []  # ops refused for their values (code "invalid_value")


class AuthRequired(SyncError):
    """No valid token and no password to get one."""


class ProtocolMismatch(SyncError):
    """Client and server speak different protocol versions; one of them must be updated."""


class ServerUnreachable(SyncError):
    """The network or the server is down; nothing is lost, sync again later."""


class SyncClient:
    def __init__(self, base_url: str, token: str | None = None, *, timeout: float = 60,
                 retries: int = 3, session: requests.Session | None = None,
                 chunk_bytes: int = CHUNK_BYTES) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.retries = retries
        self.session = session or requests.Session()
        self.bytes_up = 0
        self.bytes_down = 0
        self.chunk_bytes = chunk_bytes
        self.unreadable: list[dict[str, str]] = []  # pulled changes that could not be read

    # --- plumbing -------------------------------------------------------------------------

    def _request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        headers.update(kwargs.pop("headers", {}))
        last: Exception | None = None
        for attempt in range(self.retries + 1):
            try:
                response = self.session.request(method, self.base_url + path, headers=headers,
                                                timeout=self.timeout, **kwargs)
                break
            except (requests.ConnectionError, requests.Timeout,
                    requests.exceptions.ChunkedEncodingError) as exc:
                last = exc
                time.sleep(min(0.2 * 2 ** attempt, 2))
        else:
            raise ServerUnreachable(f"the server {self.base_url} cannot be reached: {last}")
        if response.status_code >= 400:
            self._raise(response)
        return response

    @staticmethod
    def _raise(response: requests.Response) -> None:
        problems: list[FieldProblem] = []
        try:
            body = response.json()
            message, code = str(body.get("message", body)), str(body.get("code", ""))
            if code == "invalid_value":
                problems = ErrorBody.model_validate(body).problems
        except (ValueError, AttributeError):  # not JSON, not an object, or not an ErrorBody
            message, code = response.text[:300] or response.reason, ""
        status = response.status_code
        if status == 401:
            raise AuthRequired(message, status, code)
        if status == 426 or code == "protocol":
            raise ProtocolMismatch(message, status, code)
        if status >= 500:
            raise ServerUnreachable(f"server error {status}: {message}", status, code)
        raise SyncError(message, status, code, problems)

    def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self._request(method, path, **kwargs)
        self.bytes_down += len(response.content)
        return response.json()

    # --- endpoints ------------------------------------------------------------------------

    def login(self, user: str, password: str, device_id: str, device_name: str = "") -> LoginResponse:
        reply = LoginResponse.model_validate(self._json("POST", "/auth/token", json={
            "user": user, "password": password, "device_id": device_id,
            "device_name": device_name}))
        self.token = reply.token
        return reply

    def logout(self) -> None:
        self._request("DELETE", "/auth/token")
        self.token = None

    def me(self) -> Me:
        return Me.model_validate(self._json("GET", "/auth/me"))

    def _raw(self, method: str, path: str, **kwargs: Any) -> bytes:
        response = self._request(method, path, **kwargs)
        self.bytes_down += len(response.content)
        return response.content

    def push(self, ops: list[Op], team: str | None = None) -> PushResponse:
        body = PushRequest.model_construct(team=team, ops=ops).model_dump_json()
        return PushResponse.model_validate_json(self._raw(
            "POST", "/sync/push", data=body.encode(),
            headers={"Content-Type": "application/json"}))

    def pull(self, cursor: str, limit: int = 500, skip_own: bool = False) -> PullResponse:
        params: dict[str, Any] = {"cursor": cursor, "limit": limit}
        if skip_own:
            params["skip_own"] = "true"
        return self._page(self._raw("GET", "/sync/pull", params=params))

    def _page(self, body: bytes) -> PullResponse:
        """The page; when it does not parse as a whole (a value nested deeper than pydantic's
        JSON parser goes, stored before the server checked values), each change on its own:
        the ones that cannot be read are left out and listed in `unreadable`."""
        try:
            return PullResponse.model_validate_json(body)
        except ValidationError:
            try:
                raw = json.loads(body)
                changes = raw.pop("changes")
                page = PullResponse.model_validate(raw | {"changes": []})
            except (ValueError, RecursionError, TypeError, KeyError, AttributeError) as exc:
                raise SyncError(f"the server's answer could not be read: {exc}") from exc
        page.changes = self._changes(changes)
        return page

    def _changes(self, raw: Any) -> list[Change]:
        found = []
        for change in raw if isinstance(raw, list) else []:
            try:
                found.append(Change.model_validate(change))
            except ValidationError as exc:
                who = change if isinstance(change, dict) else {}
                self.unreadable.append({
                    "entity": str(who.get("entity", "")),
                    "record_id": str(who.get("record_id", "")), "field": "",
                    "code": "unreadable", "message": str(exc)[:300]})
        return found

    def summary(self) -> SummaryResponse:
        return SummaryResponse.model_validate(self._json("GET", "/sync/summary"))

    def visit(self, visit_id: str) -> list[Change]:
        return self._changes(self._json("GET", f"/sync/visits/{visit_id}"))

    def clone(self) -> SyncClient:
        """The same client on its own connection (a Session is not for several threads)."""
        other = copy.copy(self)
        other.session = requests.Session()
        other.session.headers.update(self.session.headers)
        other.bytes_up = other.bytes_down = 0
        return other

    def templates(self) -> list[TemplateVersion]:
        return TemplateList.model_validate_json(self._raw("GET", "/templates")).templates

    def register_template(self, template_id: str, version: int,
                          content: dict[str, Any]) -> TemplateVersion:
        return TemplateVersion.model_validate(self._json(
            "PUT", f"/templates/{template_id}/{version}", json={"content": content}))

    def missing(self, hashes: list[str]) -> list[str]:
        return list(self.missing_offsets(hashes))

    def missing_offsets(self, hashes: list[str]) -> dict[str, int]:
        """The photos the server lacks, each with the bytes it holds of this device's upload."""
        found: dict[str, int] = {}
        for start in range(0, len(hashes), 1000):
            reply = MissingResponse.model_validate(self._json(
                "POST", "/blobs/missing", json={"hashes": hashes[start:start + 1000]}))
            found.update((h, reply.offsets.get(h, 0)) for h in reply.missing)
        return found

    def upload_status(self, sha256: str, size: int) -> UploadStatus:
        return UploadStatus.model_validate(self._json("GET", f"/blobs/{sha256}/upload",
                                                      params={"size": size}))

    def upload(self, sha256: str, path: Path, *, chunk: int | None = None,
               on_bytes: Callable[[int], None] | None = None, offset: int | None = None) -> int:
        """Send a photo's bytes, resuming at the server's offset; returns the bytes sent.

        `offset`: where the server said it stands (from missing_offsets), which saves asking.
        The body is the file's bytes as they are (no multipart), at most `chunk` per request.
        """
        size = path.stat().st_size
        chunk = chunk or self.chunk_bytes
        if offset is None or not 0 <= offset < size:
            status = self.upload_status(sha256, size)
        else:
            status = UploadStatus(sha256=sha256, size=size, offset=offset, complete=False)
        sent = 0
        restarts = 0
        with open(path, "rb") as f:
            while not status.complete:
                f.seek(status.offset)
                data = f.read(min(chunk, size - status.offset))
                try:
                    status = UploadStatus.model_validate(self._json(
                        "PUT", f"/blobs/{sha256}", params={"size": size, "offset": status.offset},
                        data=data, headers={"Content-Type": "application/octet-stream"}))
                except (SyncError, ServerUnreachable) as exc:
                    # A lost answer, a racing retry or a corrupted partial: ask where we are.
                    if exc.status not in (0, 409, 422) or restarts >= 5:
                        raise
                    restarts += 1
                    status = self.upload_status(sha256, size)
                    continue
                sent += len(data)
                self.bytes_up += len(data)
                if on_bytes:
                    on_bytes(len(data))
        return sent

    def download(self, sha256: str, target: Path) -> int:
        """Fetch a photo into `target` (atomically), verifying its hash; returns its size."""
        response = self._request("GET", f"/blobs/{sha256}", stream=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        size = 0
        try:
            with os.fdopen(fd, "wb") as out:
                for block in response.iter_content(1 << 20):
                    digest.update(block)
                    out.write(block)
                    size += len(block)
                out.flush()
                os.fsync(out.fileno())
            if digest.hexdigest() != sha256:
                raise SyncError(f"photo {sha256[:12]} arrived damaged; it will be fetched again")
            os.replace(tmp, target)
        except requests.RequestException as exc:
            Path(tmp).unlink(missing_ok=True)
            raise ServerUnreachable(f"the download of photo {sha256[:12]} broke off: {exc}") from exc
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        finally:
            response.close()
        self.bytes_down += size
        return size
