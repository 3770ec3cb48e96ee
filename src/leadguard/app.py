"""The Flask app factory: nothing is created at import time."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from flask import Flask, jsonify
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException

from leadguard.auth import keyring
from leadguard.checks import default_checks
from leadguard.checks.velocity import Velocity
from leadguard.config import data_dir, load_config
from leadguard.counters import window_counters
from leadguard.dns import MxResolver
from leadguard.errors import ERROR_CODES, ApiError
from leadguard.gibberish import bundled_detector
from leadguard.hangul import load_hangul
from leadguard.message_model import shared_message_model
from leadguard.metrics import Metrics
from leadguard.model.predictor import shared_model
from leadguard.policy import load_policy
from leadguard.ratelimit import RateLimiter
from leadguard.screener import Screener
from leadguard.shared import RedisLink, mx_cache
from leadguard.store import Intake, ReviewStore
from leadguard.wordlists import load_wordlists

log = logging.getLogger("leadguard")


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    app = Flask("leadguard")
    app.config.update(load_config(overrides=test_config))
    # The screening endpoints enforce their own, smaller limits; this caps everything else.
    app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
    app.json.sort_keys = False  # type: ignore[attr-defined]

    # Everything that can refuse a setting comes before the resolver, which holds threads.
    keys = keyring(app.config)
    policy = load_policy(app.config["POLICY"])
    wordlists = load_wordlists(app.config.get("WORDLISTS_DIR"))
    store = ReviewStore.from_settings(app.config["DATABASE_URL"], data_dir(app.config))
    # Several replicas share DNS answers, velocity counts and rate limits through Redis.
    link = (RedisLink.from_url(app.config["REDIS_URL"], prefix=app.config["REDIS_PREFIX"])
            if app.config["REDIS_URL"] else None)
    counters = window_counters(link)
    velocity = Velocity.from_policy(policy, counters)
    resolver = MxResolver(nameservers=app.config["DNS_NAMESERVERS"],
                          timeout=app.config["DNS_TIMEOUT"],
                          max_ttl=app.config["DNS_CACHE_MAX_TTL"],
                          cache=mx_cache(link))
    checks = default_checks(policy, wordlists)
    model = shared_model(app.config["MODEL_DIR"])
    # Load the models now (once per process), so no form waits ~2 s on a worker's first lead.
    model.load()
    bundled_detector()
    load_hangul()
    shared_message_model().load()
    mismatch = model.check_mismatch(checks)
    if mismatch:
        log.warning(mismatch)
    app.extensions["leadguard.screener"] = Screener(
        policy=policy, wordlists=wordlists, resolver=resolver, checks=checks,
        dns_timeout=app.config["DNS_TIMEOUT"], model=model)
    # Live submissions also count toward velocity; backfills and `leadguard screen` do not.
    app.extensions["leadguard.live_screener"] = (
        app.extensions["leadguard.screener"].with_checks(velocity) if velocity
        else app.extensions["leadguard.screener"])
    app.extensions["leadguard.redis"] = link
    app.extensions["leadguard.counters"] = counters
    app.extensions["leadguard.rate_limiter"] = RateLimiter(app.config["RATE_LIMIT"], counters)
    app.extensions["leadguard.keys"] = keys
    # Migrates the store now; a store that is down only sends flagged leads to the spool.
    intake = Intake.open(store, data_dir(app.config) / "spool",
                         retry_interval=app.config["SPOOL_RETRY_SECONDS"])
    app.extensions["leadguard.intake"] = intake
    app.extensions["leadguard.metrics"] = Metrics(resolver, intake)

    from leadguard import web
    from leadguard.api import ops, reviews, screen

    app.register_blueprint(screen.bp)
    app.register_blueprint(reviews.bp)
    app.register_blueprint(ops.bp)
    web.init_app(app)  # the moderator page at /review
    _register_errors(app)
    return app


def close_app(app: Flask) -> None:
    """Release what create_app holds: DNS threads, the spool drainer, database connections."""
    app.extensions["leadguard.screener"].resolver.close()
    app.extensions["leadguard.intake"].close()
    if app.extensions["leadguard.redis"] is not None:
        app.extensions["leadguard.redis"].close()


def _register_errors(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def api_error(error: ApiError) -> ResponseReturnValue:
        return jsonify(error.to_dict()), error.status, error.headers

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> ResponseReturnValue:
        status = error.code or 500
        headers = {}
        if status == 405 and error.valid_methods:  # type: ignore[attr-defined]
            headers["Allow"] = ", ".join(error.valid_methods)  # type: ignore[attr-defined]
        body = ApiError(error.description or error.name, status=status,
                        code=ERROR_CODES.get(status, "http_error")).to_dict()
        return jsonify(body), status, headers

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> ResponseReturnValue:
        # The one boundary where any failure becomes the contract's error shape.
        log.exception("unhandled error while serving a request")
        body = ApiError("The service failed on this request; it has been logged.",
                        status=500, code="internal_error").to_dict()
        return jsonify(body), 500
