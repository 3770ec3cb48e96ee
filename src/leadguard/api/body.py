"""Reading a JSON request body within a size limit, with errors a client can act on."""

from __future__ import annotations

import json
from typing import Any

from flask import request

from leadguard.errors import ApiError, InvalidRequest


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def read_json(limit: int) -> Any:
    if request.mimetype != "application/json":
        raise ApiError("Send the body as JSON with 'Content-Type: application/json'.",
                       status=415, code="unsupported_media_type",
                       details={"content_type": request.content_type or ""})
    too_large = ApiError(f"The request body is larger than {limit} bytes.",
                         status=413, code="payload_too_large", details={"limit_bytes": limit})
    if request.content_length is not None and request.content_length > limit:
        raise too_large
    data = request.get_data(cache=False)
    if len(data) > limit:
        raise too_large
    try:
        return json.loads(data.decode("utf-8"), parse_constant=_reject_constant)
    except UnicodeDecodeError as exc:
        raise InvalidRequest("The request body must be UTF-8 encoded JSON.",
                             details={"position": exc.start}) from exc
    except ValueError as exc:
        raise InvalidRequest(f"The request body is not valid JSON: {exc}.") from exc
    except RecursionError as exc:
        raise InvalidRequest("The request body nests too deeply.") from exc
