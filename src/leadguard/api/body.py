"""Reading a JSON request body within a size limit, with errors a client can act on."""

from __future__ import annotations

import json
from typing import Any

from flask import request

from leadguard.errors import ApiError, InvalidRequest

_CHUNK = 64 * 1024


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _read_at_most(limit: int) -> bytes:
    """The body, reading no more than `limit` + 1 bytes: a chunked body has no length to check."""
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = request.stream.read(min(_CHUNK, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def read_json(limit: int) -> Any:
    if request.mimetype != "application/json":
        raise ApiError("Send the body as JSON with 'Content-Type: application/json'.",
                       status=415, code="unsupported_media_type",
                       details={"content_type": request.content_type or ""})
    too_large = ApiError(f"The request body is larger than {limit} bytes; send less.",
                         status=413, code="payload_too_large", details={"limit_bytes": limit})
    if request.content_length is not None and request.content_length > limit:
        raise too_large
    data = _read_at_most(limit)
    if len(data) > limit:
        raise too_large
    if not data.strip():
        raise InvalidRequest("The request body is empty; send a JSON object.")
    try:
        # RFC 8259 lets a parser ignore a byte order mark; some clients still send one.
        return json.loads(data.decode("utf-8-sig"), parse_constant=_reject_constant)
    except UnicodeDecodeError as exc:
        raise InvalidRequest("The request body must be UTF-8 encoded JSON.",
                             details={"position": exc.start}) from exc
    except ValueError as exc:
        raise InvalidRequest(f"The request body is not valid JSON: {exc}.") from exc
    except RecursionError as exc:
        raise InvalidRequest("The request body nests too deeply.") from exc
