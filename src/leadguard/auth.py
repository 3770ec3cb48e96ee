"""API keys and scopes (LEADGUARD_API_KEYS = "scope:key,scope:key").

Keys are compared in constant time. With no keys configured the API is open, which
`leadguard serve` only allows on a loopback address.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from flask import current_app, request

from leadguard.config import ConfigError
from leadguard.errors import ApiError

SCOPES = ("screen", "review", "admin")
_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="leadguard"'}
F = TypeVar("F", bound=Callable[..., Any])


class KeyRing:
    def __init__(self, spec: str | None) -> None:
        # scope -> sha256 digests; hashing first makes every comparison the same length
        self._keys: list[tuple[str, bytes]] = []
        for number, item in enumerate((part.strip() for part in (spec or "").split(",")), 1):
            if not item:
                continue
            scope, sep, key = item.partition(":")
            if not sep or scope not in SCOPES or not key:
                # By position, never by content: a malformed entry may be a bare secret.
                raise ConfigError(
                    f"LEADGUARD_API_KEYS entry {number} must be scope:key with scope one of "
                    + ", ".join(SCOPES))
            self._keys.append((scope, _digest(key)))

    @property
    def open(self) -> bool:
        return not self._keys

    def scopes_of(self, key: str) -> set[str]:
        digest = _digest(key)
        scopes = set()
        for scope, known in self._keys:
            if hmac.compare_digest(digest, known):
                scopes.add(scope)
        return scopes


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode()).digest()


def presented_key() -> str | None:
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip() or None
    return request.headers.get("X-API-Key") or None


def require_scope(scope: str) -> Callable[[F], F]:
    """Refuse the request unless it carries a key with `scope` (admin covers every scope)."""

    def decorate(view: F) -> F:
        @wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            keys: KeyRing = current_app.extensions["leadguard.keys"]
            if not keys.open:
                key = presented_key()
                if key is None:
                    raise ApiError("Send an API key as 'Authorization: Bearer <key>' or "
                                   "'X-API-Key: <key>'.",
                                   status=401, code="unauthorized", headers=_CHALLENGE)
                scopes = keys.scopes_of(key)
                if not scopes:
                    raise ApiError("The API key is not known to this service.",
                                   status=401, code="unauthorized", headers=_CHALLENGE)
                if scope not in scopes and "admin" not in scopes:
                    raise ApiError(f"This API key lacks the '{scope}' scope.",
                                   status=403, code="forbidden",
                                   details={"required_scope": scope})
            return view(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorate
