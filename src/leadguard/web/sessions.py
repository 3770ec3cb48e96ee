"""Moderator sessions: the signing key, the cookie, who is logged in, and CSRF tokens.

A session is Flask's signed cookie, confined to /review. It holds the moderator's display
name, the name of the key they logged in with, when, a CSRF token, and a fingerprint of the
configured keys, so changing LEADGUARD_API_KEYS (or its file) logs every moderator out.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Flask, current_app, request, session
from flask.sessions import SecureCookieSessionInterface

from leadguard.config import ConfigError, data_dir

URL_PREFIX = "/review"
SESSION_COOKIE = "leadguard_review"
# A login lasts a working day; the cookie itself ends when the browser closes.
SESSION_MAX_SECONDS = 12 * 3600
# Under DATA_DIR when no SECRET_KEY is configured, so sessions survive a restart.
SECRET_FILE = "review-session.key"
DISPLAY_NAME_MAX = 64
_EPOCH = "leadguard.web.keys_epoch"


class ModeratorSessions(SecureCookieSessionInterface):
    """Flask's signed cookie: only sent to /review, HttpOnly, SameSite=Lax, Secure over https."""

    def get_cookie_name(self, app: Flask) -> str:
        return SESSION_COOKIE

    def get_cookie_path(self, app: Flask) -> str:
        return request.script_root + URL_PREFIX

    def get_cookie_httponly(self, app: Flask) -> bool:
        return True

    def get_cookie_samesite(self, app: Flask) -> str:
        # Lax rather than Strict: a link to a lead pasted in chat opens logged in; every
        # state-changing request is a POST, which Lax keeps same-site, and carries a token.
        return "Lax"

    def get_cookie_secure(self, app: Flask) -> bool:
        # X-Forwarded-Proto is trusted from anyone here: it can only add Secure, and a client
        # that forges it merely keeps its own cookie off plain http.
        forwarded = request.headers.get("X-Forwarded-Proto", "").split(",")[0].strip().lower()
        return (request.is_secure or forwarded == "https"
                or bool(app.config.get("SESSION_COOKIE_SECURE")))


def configure_sessions(app: Flask) -> None:
    """Give the app a session signing key and the moderator cookie settings."""
    secret = app.config.get("SECRET_KEY") or persisted_secret(data_dir(app.config) / SECRET_FILE)
    app.config["SECRET_KEY"] = secret
    app.session_interface = ModeratorSessions()
    app.extensions[_EPOCH] = _keys_epoch(app.config, secret)


def persisted_secret(path: Path) -> str:
    """The key in `path`, created (0600) on first use; workers starting together agree on one."""
    try:
        try:
            existing = path.read_text("ascii").strip()
        except FileNotFoundError:
            existing = ""
        if existing:
            return existing
        path.parent.mkdir(parents=True, exist_ok=True)
        staged = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
        descriptor = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as file:
            file.write(secrets.token_hex(32) + "\n")
            file.flush()
            os.fsync(file.fileno())
        try:
            os.link(staged, path)  # never replaces: the first worker's key wins
        except FileExistsError:
            pass
        finally:
            staged.unlink()
        return path.read_text("ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"the moderator page's session key {path} cannot be read or created "
                          f"({exc}); make the data directory writable") from exc


def _keys_epoch(config: Any, secret: str) -> str:
    """A fingerprint of the configured keys. Keyed with the secret: the cookie is readable, and
    a plain hash of LEADGUARD_API_KEYS would let its holder test guesses offline."""
    material = [(config.get("API_KEYS") or "").encode()]
    if config.get("API_KEYS_FILE"):
        try:
            material.append(Path(config["API_KEYS_FILE"]).read_bytes())
        except OSError:
            material.append(b"unreadable")  # create_app has refused such a file already
    return hmac.new(secret.encode(), b"\0".join(material), hashlib.sha256).hexdigest()[:32]


@dataclass(frozen=True)
class Moderator:
    """Who is logged in: the name they typed, and the key's name (None in open mode)."""

    display_name: str
    key_name: str | None

    @property
    def recorded_as(self) -> str:
        """How decisions are signed: the person, and the key that vouches for them."""
        if self.key_name is None:
            return self.display_name
        return f"{self.display_name} ({self.key_name})"


def clean_display_name(raw: str) -> str | None:
    """The name with its whitespace collapsed, or None when empty, too long or unprintable."""
    name = " ".join(raw.split())
    if not 1 <= len(name) <= DISPLAY_NAME_MAX:
        return None
    if any(unicodedata.category(char).startswith("C") for char in name):
        return None
    return name


def log_in(moderator: Moderator) -> None:
    """Start a fresh session: nothing from before the login (a planted token) carries over."""
    session.clear()
    session["moderator"] = {"name": moderator.display_name, "key": moderator.key_name,
                            "since": int(time.time()), "keys": current_app.extensions[_EPOCH]}
    session["csrf"] = secrets.token_urlsafe(32)


def log_out() -> None:
    session.clear()


def current_moderator() -> Moderator | None:
    """The logged-in moderator, or None: no login, an expired one, or the keys have changed."""
    data = session.get("moderator")
    if not isinstance(data, dict) or data.get("keys") != current_app.extensions[_EPOCH]:
        return None
    since = data.get("since")
    if not isinstance(since, int) or not 0 <= time.time() - since <= SESSION_MAX_SECONDS:
        return None
    name, key = data.get("name"), data.get("key")
    if not isinstance(name, str) or not (key is None or isinstance(key, str)):
        return None
    return Moderator(name, key)


def csrf_token() -> str:
    """This session's CSRF token, for a hidden field of every form."""
    token = session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        session["csrf"] = token
    return token


def csrf_valid(sent: str | None) -> bool:
    """Whether a submitted token is this session's, compared in constant time."""
    token = session.get("csrf")
    if not isinstance(token, str) or not isinstance(sent, str):
        return False
    return hmac.compare_digest(token.encode(), sent.encode())
