"""API keys, scopes and the caller's name.

LEADGUARD_API_KEYS holds `scope:key` or `scope/name:key` entries, comma-separated.
LEADGUARD_API_KEYS_FILE names a file with one `scope:<sha256 hex>` or `scope/name:<sha256 hex>`
line per key, so the file holds no usable secret. Every key is kept only as its SHA-256 digest
and every digest is compared, in constant time. The name (default "<scope> key #<n>") is who
a moderator's decision is recorded as. With no keys configured the API is open, which
`leadguard serve` only allows on a loopback address.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

from flask import current_app, g, request

from leadguard.config import ConfigError
from leadguard.errors import ApiError

SCOPES = ("screen", "review", "admin")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
_HEX_DIGEST = re.compile(r"[0-9a-fA-F]{64}")
_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="leadguard"'}
F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Caller:
    """Who sent the request: the key's name and its scopes."""

    name: str
    scopes: frozenset[str]

    def may(self, scope: str) -> bool:
        return scope in self.scopes or "admin" in self.scopes


ANONYMOUS = Caller("anonymous (no API keys configured)", frozenset(SCOPES))


def _split(entry: str) -> tuple[str, str | None, str] | None:
    """(scope, name or None, secret) of `scope[/name]:secret`, or None when malformed."""
    label, sep, secret = entry.partition(":")
    scope, slash, name = label.partition("/")
    if not sep or scope not in SCOPES or not secret:
        return None
    if slash and not _NAME.fullmatch(name):
        return None
    return scope, (name if slash else None), secret


class KeyRing:
    def __init__(self, spec: str | None, *, file: str | Path | None = None) -> None:
        # (sha256 digest, scope, name); hashing first makes every comparison the same length
        self._keys: list[tuple[bytes, str, str]] = []
        for number, item in enumerate((part.strip() for part in (spec or "").split(",")), 1):
            if not item:
                continue
            parsed = _split(item)
            if parsed is None:
                # By position, never by content: a malformed entry may be a bare secret.
                raise ConfigError(
                    f"LEADGUARD_API_KEYS entry {number} must be scope:key or scope/name:key "
                    "with scope one of " + ", ".join(SCOPES)
                    + " and a name of letters, digits, '.', '_', '@' or '-'")
            scope, name, key = parsed
            self._keys.append((_digest(key), scope, name or f"{scope} key #{number}"))
        if file:
            self._read_file(Path(file))

    def _read_file(self, path: Path) -> None:
        try:
            lines = path.read_text("utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"LEADGUARD_API_KEYS_FILE {path} cannot be read: {exc}") from exc
        for number, line in enumerate(lines, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parsed = _split(line)
            if parsed is None or not _HEX_DIGEST.fullmatch(parsed[2]):
                raise ConfigError(
                    f"LEADGUARD_API_KEYS_FILE {path} line {number} must be "
                    "scope:<sha256 hex of the key> or scope/name:<sha256 hex of the key>, "
                    "with scope one of " + ", ".join(SCOPES))
            scope, name, digest = parsed
            self._keys.append((bytes.fromhex(digest), scope,
                               name or f"{scope} key on line {number} of {path.name}"))

    @property
    def open(self) -> bool:
        return not self._keys

    def identify(self, key: str) -> Caller | None:
        """The caller holding `key`, or None for a key this service does not know."""
        digest = _digest(key)
        scopes: set[str] = set()
        name: str | None = None
        for known, scope, key_name in self._keys:  # every entry, whether it matches or not
            if hmac.compare_digest(digest, known):
                scopes.add(scope)
                name = name or key_name
        return Caller(name, frozenset(scopes)) if name is not None else None


def keyring(config: Mapping[str, Any]) -> KeyRing:
    """The keys of LEADGUARD_API_KEYS and LEADGUARD_API_KEYS_FILE together."""
    return KeyRing(config["API_KEYS"], file=config.get("API_KEYS_FILE"))


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode()).digest()


def presented_key() -> str | None:
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip() or None
    return request.headers.get("X-API-Key") or None


def current_caller() -> Caller:
    """The caller of a view guarded by require_scope."""
    caller: Caller = g.leadguard_caller
    return caller


def require_scope(scope: str) -> Callable[[F], F]:
    """Refuse the request unless it carries a key with `scope` (admin covers every scope)."""

    def decorate(view: F) -> F:
        @wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            keys: KeyRing = current_app.extensions["leadguard.keys"]
            caller = ANONYMOUS
            if not keys.open:
                key = presented_key()
                if key is None:
                    raise ApiError("Send an API key as 'Authorization: Bearer <key>' or "
                                   "'X-API-Key: <key>'.",
                                   status=401, code="unauthorized", headers=_CHALLENGE)
                known = keys.identify(key)
                if known is None:
                    raise ApiError("The API key is not known to this service.",
                                   status=401, code="unauthorized", headers=_CHALLENGE)
                if not known.may(scope):
                    raise ApiError(f"This API key lacks the '{scope}' scope.",
                                   status=403, code="forbidden",
                                   details={"required_scope": scope})
                caller = known
            g.leadguard_caller = caller
            return view(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorate
