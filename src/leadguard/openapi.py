"""The contract as an OpenAPI 3.1 document. Placeholder for its work package."""

from __future__ import annotations

from typing import Any

from leadguard import __version__


def openapi_document() -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "leadguard", "version": __version__},
            "paths": {}}
