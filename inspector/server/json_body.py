"""Request bodies read so that an absurd number still reaches the field rules, which name it.

Python's json module refuses an integer of more than 4,300 digits outright ("error parsing the
body", naming nothing) and reads any shorter one exactly, however far past what SQLite or a
report can hold. Here an integer too long for any field is read as a float instead (infinite
when huge): the push's field rules then refuse it naming the record and the field.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.routing import APIRoute

LONGEST_INT = 30  # digits; every integer field is far below this


def _number(text: str) -> int | float:
    return int(text) if len(text) <= LONGEST_INT else float(text)


class _Request(Request):
    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            self._json = json.loads(await self.body(), parse_int=_number)
        return self._json


class CheckedJsonRoute(APIRoute):
    """A route whose JSON body is read by _Request (FastAPI's documented custom-request hook)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            return await handler(_Request(request.scope, request.receive))

        return route
