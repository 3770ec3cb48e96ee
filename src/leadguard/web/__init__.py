"""The moderator page at /review: the queue, one lead with every reason, decisions, a dashboard.

HTML for people, over the same review store as the JSON API. Lead content is hostile input:
templates rely on Jinja's autoescaping, and every response carries a strict
Content-Security-Policy (see docs/review-page.md).
"""

from __future__ import annotations

from flask import Flask

from leadguard.web.sessions import configure_sessions
from leadguard.web.views import bp


def init_app(app: Flask) -> None:
    """Sessions for moderators (secret key, cookie settings) and the /review blueprint."""
    configure_sessions(app)
    app.register_blueprint(bp)
