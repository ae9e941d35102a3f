"""HTTP client of the sync server (requests; no Qt). One method per endpoint, typed replies.

Connection failures, and replies that arrive cut short or garbled, are retried a few times:
every request of the protocol may be repeated safely (pushes are idempotent by op id, uploads
resume at the server's offset, the rest read). Whatever the reply, the caller gets a typed
answer or a SyncError, never a parser's exception.
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
from typing import Any, TypeVar

import requests
from pydantic import ValidationError

from .protocol import (
    HISTORY_CHANGED,
    HISTORY_HEADER,
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
    StatesRequest,
    StatesResponse,
    SummaryResponse,
    TemplateList,
    TemplateVersion,
    UploadStatus,
)

CHUNK_BYTES = 8 * 1024 * 1024
T = TypeVar("T")
# Failures after which the same request, sent again, may well succeed.
_BROKEN_REPLY = (requests.exceptions.ChunkedEncodingError,
                 requests.exceptions.ContentDecodingError)
_RETRIED = (requests.ConnectionError, requests.Timeout, *_BROKEN_REPLY)


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


class HistoryChanged(SyncError):
    """The server no longer holds the history this device synced with (restored from a backup,
    or a new server at the same address): what it lost must be sent again."""


class ServerUnreachable(SyncError):
    """The network or the server is down; nothing is lost, sync again later."""


class ConnectionBroken(ServerUnreachable):
    """A reply arrived cut short, garbled or not in the protocol's shape; nothing is lost, and
    the next sync repeats what this one could not finish."""


class SignInLimited(SyncError):
    """Too many failed sign-ins (429): the server checks no password for `retry_after` s."""

    def __init__(self, message: str, status: int = 429, code: str = "",
                 retry_after: int = 60) -> None:
        super().__init__(message, status, code)
        self.retry_after = retry_after


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
            except _RETRIED as exc:
                last = exc
                time.sleep(min(0.2 * 2 ** attempt, 2))
            except requests.RequestException as exc:  # a bad address, say: sending again won't help
                raise SyncError(f"the request to {self.base_url} failed: {exc}") from exc
        else:
            if isinstance(last, _BROKEN_REPLY):
                raise ConnectionBroken(f"the answer of {self.base_url} to {method} {path} broke "
                                       f"off: {last}")
            raise ServerUnreachable(f"the server {self.base_url} cannot be reached: {last}")
        if response.status_code >= 400:
            self._raise(response)
        return response

    @staticmethod
    def _raise(response: requests.Response) -> None:
        problems: list[FieldProblem] = []
        try:
            body = response.json()
            if not isinstance(body, dict):
                raise ValueError("not an error body")
            message, code = str(body.get("message", body))[:1000], str(body.get("code", ""))[:100]
        except ValueError:
            text = response.content[:300].decode("utf-8", errors="replace")
            message, code = text or str(response.reason), ""
        if code == "invalid_value":
            try:
                problems = ErrorBody.model_validate(body).problems
            except ValueError:  # an answer of another shape: the message still says why
                problems = []
        status = response.status_code
        if status == 401:
            raise AuthRequired(message, status, code)
        if status == 429:
            wait = response.headers.get("Retry-After", "")
            raise SignInLimited(message, status, code,
                                int(wait) if wait.isdecimal() and len(wait) < 6 else 60)
        if status == 426 or code == "protocol":
            raise ProtocolMismatch(message, status, code)
        if status == 409 and code == HISTORY_CHANGED:
            raise HistoryChanged(message, status, code)
        if status >= 500:
            raise ServerUnreachable(f"server error {status}: {message}", status, code)
        raise SyncError(message, status, code, problems)

    def _call(self, method: str, path: str, parse: Callable[[bytes], T], **kwargs: Any) -> T:
        """The reply parsed, or ConnectionBroken once it kept arriving in no usable shape: a
        reply cut inside its headers, for one, looks like a complete reply with no body."""
        problem: Exception | None = None
        for attempt in range(self.retries + 1):
            response = self._request(method, path, **kwargs)
            self.bytes_down += len(response.content)
            try:
                return parse(response.content)
            except ValueError as exc:  # bad JSON and pydantic's ValidationError alike
                problem = exc
                time.sleep(min(0.2 * 2 ** attempt, 2))
        detail = str(problem).splitlines()[0][:200] if problem else ""
        raise ConnectionBroken(f"the answer of {self.base_url} to {method} {path} arrived "
                               f"broken: {detail}")

    def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        return self._call(method, path, json.loads, **kwargs)

    def _raw(self, method: str, path: str, **kwargs: Any) -> bytes:
        response = self._request(method, path, **kwargs)
        self.bytes_down += len(response.content)
        return response.content

    # --- endpoints ------------------------------------------------------------------------

    def login(self, user: str, password: str, device_id: str, device_name: str = "") -> LoginResponse:
        reply = self._call("POST", "/auth/token", LoginResponse.model_validate_json, json={
            "user": user, "password": password, "device_id": device_id,
            "device_name": device_name})
        self.token = reply.token
        return reply

    def logout(self) -> None:
        self._request("DELETE", "/auth/token")
        self.token = None

    def me(self) -> Me:
        return self._call("GET", "/auth/me", Me.model_validate_json)

    def push(self, ops: list[Op], team: str | None = None, history: str = "") -> PushResponse:
        """`history`: the newest "<seq>.<tag>" this device saw; a server that lost it refuses
        with HistoryChanged instead of merging against numbers that mean other edits now."""
        body = PushRequest.model_construct(team=team, ops=ops).model_dump_json()
        headers = {"Content-Type": "application/json"}
        if history:
            headers[HISTORY_HEADER] = history
        return self._call("POST", "/sync/push", PushResponse.model_validate_json,
                          data=body.encode(), headers=headers)

    def pull(self, cursor: str, limit: int = 500, skip_own: bool = False,
             history: str = "") -> PullResponse:
        params: dict[str, Any] = {"cursor": cursor, "limit": limit}
        if skip_own:
            params["skip_own"] = "true"
        headers = {HISTORY_HEADER: history} if history else {}
        return self._call("GET", "/sync/pull", self._page, params=params, headers=headers)

    def states(self, points: list[str]) -> StatesResponse:
        return self._call("POST", "/sync/states", StatesResponse.model_validate_json,
                          data=StatesRequest(points=points).model_dump_json().encode(),
                          headers={"Content-Type": "application/json"})

    def _page(self, body: bytes) -> PullResponse:
        """The page; when it does not parse as a whole (a value nested deeper than pydantic's
        JSON parser goes, stored before the server checked values), each change on its own:
        the ones that cannot be read are left out and listed in `unreadable`. A reply that is
        no JSON page at all raises ValueError, which _call treats as a broken connection."""
        try:
            return PullResponse.model_validate_json(body)
        except ValidationError:
            try:
                raw = json.loads(body)
            except RecursionError as exc:
                raise SyncError(f"the server's answer could not be read: {exc}") from exc
            if not isinstance(raw, dict) or not isinstance(raw.get("changes"), list):
                raise
            changes = raw.pop("changes")
            page = PullResponse.model_validate(raw | {"changes": []})
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
        return self._call("GET", "/sync/summary", SummaryResponse.model_validate_json)

    def visit(self, visit_id: str) -> list[Change]:
        return self._call("GET", f"/sync/visits/{visit_id}",
                          lambda body: self._changes(json.loads(body)))

    def clone(self) -> SyncClient:
        """The same client on its own connection (a Session is not for several threads)."""
        other = copy.copy(self)
        other.session = requests.Session()
        other.session.headers.update(self.session.headers)
        other.bytes_up = other.bytes_down = 0
        return other

    def templates(self) -> list[TemplateVersion]:
        return self._call("GET", "/templates", TemplateList.model_validate_json).templates

    def register_template(self, template_id: str, version: int,
                          content: dict[str, Any]) -> TemplateVersion:
        return self._call("PUT", f"/templates/{template_id}/{version}",
                          TemplateVersion.model_validate_json, json={"content": content})

    def missing(self, hashes: list[str]) -> list[str]:
        return list(self.missing_offsets(hashes))

    def missing_offsets(self, hashes: list[str]) -> dict[str, int]:
        """The photos the server lacks, each with the bytes it holds of this device's upload."""
        found: dict[str, int] = {}
        for start in range(0, len(hashes), 1000):
            reply = self._call("POST", "/blobs/missing", MissingResponse.model_validate_json,
                               json={"hashes": hashes[start:start + 1000]})
            found.update((h, reply.offsets.get(h, 0)) for h in reply.missing)
        return found

    def upload_status(self, sha256: str, size: int) -> UploadStatus:
        return self._call("GET", f"/blobs/{sha256}/upload", UploadStatus.model_validate_json,
                          params={"size": size})

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
                    status = self._call(
                        "PUT", f"/blobs/{sha256}", UploadStatus.model_validate_json,
                        params={"size": size, "offset": status.offset},
                        data=data, headers={"Content-Type": "application/octet-stream"})
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
                raise ConnectionBroken(f"photo {sha256[:12]} arrived damaged; it will be "
                                       "fetched again")
            os.replace(tmp, target)
        except requests.RequestException as exc:
            Path(tmp).unlink(missing_ok=True)
            raise ConnectionBroken(f"the download of photo {sha256[:12]} broke off: {exc}") from exc
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        finally:
            response.close()
        self.bytes_down += size
        return size
