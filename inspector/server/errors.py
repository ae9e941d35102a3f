"""The one exception routes raise: always answered as JSON {message, code} with a 4xx status."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    def __init__(self, status: int, message: str, code: str = "error",
                 headers: dict[str, str] | None = None,
                 extra: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.headers = headers or {}
        self.extra = extra or {}  # more members of the JSON answer (ErrorBody), e.g. problems


def forbidden(message: str = "you may not see or change this") -> ApiError:
    return ApiError(403, message, "forbidden")


def not_found(what: str) -> ApiError:
    # Also answered for records of other teams: their existence is none of the caller's business.
    return ApiError(404, f"{what} not found", "not_found")


# The error answers each kind of route documents in the OpenAPI description (all are ErrorBody):
# one table instead of a dict per router.
SIGNED_IN_ERRORS = (400, 401, 426)
MEMBER_ERRORS = (*SIGNED_IN_ERRORS, 403, 404)
WRITE_ERRORS = (*MEMBER_ERRORS, 409, 413, 422)


def error_responses(statuses: tuple[int, ...]) -> dict[int | str, dict[str, Any]]:
    """A router's `responses`: each status answered with an ErrorBody."""
    from ..sync.protocol import ErrorBody

    return {status: {"model": ErrorBody} for status in statuses}
