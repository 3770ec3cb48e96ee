"""Settings, declared as data: name, environment variable, default, meaning.

Layered as the Flask tutorial does: defaults, then the environment, then test overrides.
The README's configuration table is checked against SETTINGS by a test.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from leadguard.ratelimit import RateLimit


class ConfigError(ValueError):
    """A setting has a value the service cannot use."""


def _positive_float(raw: str) -> float:
    value = float(raw)
    if value <= 0:
        raise ValueError("must be greater than 0")
    return value


def _port(raw: str) -> int:
    value = int(raw)
    if not 0 < value < 65536:
        raise ValueError("must be between 1 and 65535")
    return value


def _nameservers(raw: str) -> tuple[tuple[str, int], ...]:
    servers: list[tuple[str, int]] = []
    for item in (part.strip() for part in raw.split(",")):
        if not item:
            continue
        if item.startswith("["):  # [::1]:5353
            host, _, port = item[1:].partition("]")
            port = port.lstrip(":")
        elif item.count(":") == 1:
            host, port = item.split(":")
        else:
            host, port = item, ""
        servers.append((host, _port(port) if port else 53))
    return tuple(servers)


def _positive_int(raw: str) -> int:
    value = int(raw)
    if value <= 0:
        raise ValueError("must be a whole number greater than 0")
    return value


def _text(raw: str) -> str:
    return raw


def _optional_text(raw: str) -> str | None:
    return raw or None


def default_data_dir() -> Path:
    return Path(os.environ.get("LEADGUARD_DATA_DIR", "var")).resolve()


def data_dir(config: Mapping[str, Any]) -> Path:
    """Where the default SQLite file and the spool live."""
    return Path(config["DATA_DIR"]).resolve() if config.get("DATA_DIR") else default_data_dir()


@dataclass(frozen=True)
class Setting:
    key: str
    env: str
    default: Any
    parse: Callable[[str], Any]
    help: str
    default_text: str


SETTINGS: tuple[Setting, ...] = (
    Setting("HOST", "LEADGUARD_HOST", "127.0.0.1", _text,
            "address `leadguard serve` listens on", "127.0.0.1"),
    Setting("PORT", "LEADGUARD_PORT", 8000, _port,
            "port `leadguard serve` listens on", "8000"),
    Setting("DNS_NAMESERVERS", "LEADGUARD_DNS_NAMESERVERS", (), _nameservers,
            "comma-separated `ip[:port]` used for every DNS look-up", "the system resolver"),
    Setting("DNS_TIMEOUT", "LEADGUARD_DNS_TIMEOUT", 1.5, _positive_float,
            "total seconds one screening may spend on DNS; past it the answer is `timeout`",
            "1.5"),
    Setting("DNS_CACHE_MAX_TTL", "LEADGUARD_DNS_CACHE_MAX_TTL", 3600.0, _positive_float,
            "longest time in seconds a DNS answer is cached, whatever its TTL", "3600"),
    Setting("DATA_DIR", "LEADGUARD_DATA_DIR", None, _optional_text,
            "directory for the default SQLite file and local spool", "./var"),
    Setting("DATABASE_URL", "LEADGUARD_DATABASE_URL", None, _optional_text,
            "SQLAlchemy URL of the review store (`sqlite:///...`, `postgresql://...`)",
            "a SQLite file under the data directory"),
    Setting("RETENTION_DAYS", "LEADGUARD_RETENTION_DAYS", 90, _positive_int,
            "days queued leads and feedback are kept; `leadguard purge` deletes older ones",
            "90"),
    Setting("SPOOL_RETRY_SECONDS", "LEADGUARD_SPOOL_RETRY_SECONDS", 5.0, _positive_float,
            "seconds between attempts to write spooled leads while the review store is down",
            "5"),
    Setting("REDIS_URL", "LEADGUARD_REDIS_URL", None, _optional_text,
            "optional shared cache, counters and rate limits for several replicas",
            "unset: in-process"),
    Setting("REDIS_PREFIX", "LEADGUARD_REDIS_PREFIX", "leadguard:", _text,
            "prefix of every Redis key, so several deployments can share one Redis",
            "leadguard:"),
    Setting("RATE_LIMIT", "LEADGUARD_RATE_LIMIT", None, RateLimit.parse,
            "leads screened per API key (per client address while the API is open), as "
            "`<leads>/<seconds>`, e.g. `600/60`; a batch counts its leads; past it: 429 "
            "with Retry-After", "unset: no limit"),
    Setting("SECRET_KEY", "LEADGUARD_SECRET_KEY", None, _optional_text,
            "key signing the moderator page's session cookie; give every replica the same",
            "random, kept in the data directory"),
    Setting("MODEL_DIR", "LEADGUARD_MODEL", None, _optional_text,
            "directory of a classifier written by `leadguard train`", "the bundled model"),
    Setting("POLICY", "LEADGUARD_POLICY", None, _optional_text,
            "path of a TOML policy file overriding points and thresholds", "the bundled policy"),
    Setting("API_KEYS", "LEADGUARD_API_KEYS", None, _optional_text,
            "`scope:key` pairs, comma-separated; scopes `screen`, `review`, `admin`; "
            "`scope/name:key` also names the key (who decided a review)",
            "unset: open, and only on loopback, with a warning"),
    Setting("API_KEYS_FILE", "LEADGUARD_API_KEYS_FILE", None, _optional_text,
            "file of `scope:<sha256 hex>` or `scope/name:<sha256 hex>` lines: keys stored "
            "hashed; added to LEADGUARD_API_KEYS", "unset"),
)


def load_config(
    environ: Mapping[str, str] | None = None, overrides: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Return the effective settings: defaults, then the environment, then overrides."""
    env = os.environ if environ is None else environ
    config: dict[str, Any] = {}
    for setting in SETTINGS:
        raw = env.get(setting.env)
        if raw is None or raw == "":
            config[setting.key] = setting.default
            continue
        try:
            config[setting.key] = setting.parse(raw)
        except ValueError as exc:
            raise ConfigError(f"{setting.env}={raw!r} is not usable: {exc}") from exc
    if overrides:
        config.update(overrides)
    return config
