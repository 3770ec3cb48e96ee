"""The one error type of the API and its JSON shape.

Every non-2xx answer is {"error": {"code", "message", "details"}}; tests pin the shape.
"""

from __future__ import annotations

from typing import Any

# The statuses a client can cause, and the error code each answers with.
ERROR_CODES: dict[int, str] = {
    400: "invalid_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    429: "rate_limited",
}


# Statuses the service causes, not the client: try again later.
SERVICE_ERROR_CODES: dict[int, str] = {
    503: "store_unavailable",
}


class ApiError(Exception):
    """An error a client can act on, rendered as the contract's error shape."""

    status = 400
    code = "invalid_request"

    def __init__(
        self,
        message: str,
        *,
        details: dict[str, Any] | None = None,
        status: int | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}
        if status is not None:
            self.status = status
        if code is not None:
            self.code = code
        self.headers = headers or {}

    def to_dict(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "details": self.details}}


class InvalidRequest(ApiError):
    status = 400
    code = "invalid_request"
