"""Request size limits, enforced before and while a body is read (design: no 500, ever)."""

from __future__ import annotations

import json
from typing import Any

from .errors import ApiError
from .settings import Settings


class BodyLimit:
    """Pure ASGI middleware: a declared length over the limit is refused at once; a body that
    grows past it while streaming (no or false Content-Length) fails with the same 413."""

    def __init__(self, app: Any, settings: Settings) -> None:
        self.app = app
        self.max_json = settings.max_json_bytes
        self.max_upload = settings.max_chunk_bytes

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        upload = scope["method"] == "PUT" and scope["path"].startswith("/blobs/")
        limit = self.max_upload if upload else self.max_json
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await _reply(send, 400, "Content-Length is not a number", "bad_length")
                return
            if int(declared) > limit:
                await _reply(send, 413, f"the request body may have at most {limit} bytes",
                             "too_large")
                return
        received = 0

        async def counted() -> dict:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise ApiError(413, f"the request body may have at most {limit} bytes",
                                   "too_large")
            return message

        await self.app(scope, counted, send)


async def _reply(send: Any, status: int, message: str, code: str) -> None:
    body = json.dumps({"message": message, "code": code}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
