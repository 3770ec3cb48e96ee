"""The /review blueprint: login, the queue, one lead, decisions, the dashboard."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    url_for,
)
from flask.typing import ResponseReturnValue
from werkzeug.wrappers import Response

from leadguard.api.reviews import NOTE_MAX_CHARS
from leadguard.auth import KeyRing
from leadguard.screener import Screener
from leadguard.store import (
    LABELS,
    MAX_LIMIT,
    ORDERS,
    Conflict,
    Intake,
    InvalidQuery,
    ReviewNotFound,
    ReviewStore,
    StoreUnavailable,
)
from leadguard.web import charts, present
from leadguard.web.sessions import (
    DISPLAY_NAME_MAX,
    URL_PREFIX,
    Moderator,
    clean_display_name,
    csrf_token,
    csrf_valid,
    current_moderator,
    log_in,
    log_out,
)

PAGE_SIZE = 25
DASHBOARD_DAYS = (7, 30, 90)
# Longer than any id the store hands out: not found without asking the database.
REVIEW_ID_MAX = 64
CODE_MAX = 100
CURSOR_MAX = 512
FLASHED_CONFLICTS_MAX = 3
EMAIL_SHOWN_MAX = 80
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
                               "img-src 'self' data:; form-action 'self'; "
                               "frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
_PUBLIC_ENDPOINTS = {"review.login", "review.static"}

bp = Blueprint("review", __name__, url_prefix=URL_PREFIX, template_folder="templates",
               static_folder="static")


@dataclass(frozen=True)
class QueueView:
    """Which slice of the pending queue a moderator is working through; lead pages keep it so
    next / previous and "after deciding" follow the same order and filter."""

    order: str = "newest"
    code: str | None = None
    cursor: str | None = None

    @classmethod
    def of(cls, values: Mapping[str, str]) -> QueueView:
        """From query or form values; anything unusable falls back to the default."""
        order = values.get("order", "newest")
        code = (values.get("code") or "").strip()
        cursor = values.get("cursor") or ""
        return cls(order=order if order in ORDERS else "newest",
                   code=code if 0 < len(code) <= CODE_MAX else None,
                   cursor=cursor if 0 < len(cursor) <= CURSOR_MAX else None)

    def args(self) -> dict[str, Any]:
        """The non-default values, as url_for keyword arguments."""
        values = {"order": self.order, "code": self.code, "cursor": self.cursor}
        return {name: value for name, value in values.items()
                if value is not None and not (name == "order" and value == "newest")}


# -- every request ---------------------------------------------------------------------------

@bp.after_app_request
def _security_headers(response: Response) -> Response:
    """Every response under /review, errors and static files included."""
    if request.path == URL_PREFIX or request.path.startswith(URL_PREFIX + "/"):
        response.headers.update(SECURITY_HEADERS)
    return response


@bp.before_request
def _guard() -> ResponseReturnValue | None:
    if request.method == "POST" and not csrf_valid(request.form.get("csrf_token")):
        return render_template(
            "review/error.html", title="This form has expired",
            message="The form did not carry this session's security token: it is older than "
                    "your login, or it came from another site. Go back, reload the page and "
                    "try again."), 400
    if request.endpoint in _PUBLIC_ENDPOINTS:
        return None
    moderator = current_moderator()
    if moderator is None:
        if request.method in ("GET", "HEAD"):
            return redirect(url_for(".login",
                                    next=request.script_root + request.full_path.rstrip("?")))
        flash("Your session has ended; log in again.", "error")
        return redirect(url_for(".login"), 303)
    g.moderator = moderator
    return None


@bp.context_processor
def _helpers() -> dict[str, Any]:
    return {"csrf_token": csrf_token, "moderator": g.get("moderator"),
            "percent": present.percent, "when": present.when,
            "label_words": present.label_words}


@bp.errorhandler(StoreUnavailable)
def _store_down(error: StoreUnavailable) -> ResponseReturnValue:
    retry = max(1, round(current_app.config["SPOOL_RETRY_SECONDS"]))
    return render_template(
        "review/error.html", title="The review store cannot be reached",
        message="The queue is stored in a database this service cannot reach right now. "
                "Screening goes on, and flagged leads wait on disk until it is back. Reload "
                "this page in a moment."), 503, {"Retry-After": str(retry)}


def _store() -> ReviewStore:
    intake: Intake = current_app.extensions["leadguard.intake"]
    return intake.store


def _keys() -> KeyRing:
    keys: KeyRing = current_app.extensions["leadguard.keys"]
    return keys


def _moderator() -> Moderator:
    moderator: Moderator = g.moderator
    return moderator


# -- login -----------------------------------------------------------------------------------

@bp.route("/login", methods=["GET", "POST"])
def login() -> ResponseReturnValue:
    keys = _keys()
    error: str | None = None
    status = 200
    if request.method == "POST":
        name = clean_display_name(request.form.get("name", ""))
        key_name: str | None = None
        if name is None:
            error, status = (f"Enter a display name of 1 to {DISPLAY_NAME_MAX} characters: it "
                             "is recorded with every decision you make."), 400
        elif not keys.open:
            key = request.form.get("key", "").strip()
            caller = keys.identify(key) if key else None
            if caller is None:
                error, status = ("That key is not known to this service. Paste a key with the "
                                 "review or admin scope from LEADGUARD_API_KEYS."), 401
            elif not caller.may("review"):
                error, status = ("That key cannot moderate: it lacks the review scope. Log in "
                                 "with a key whose scope is review or admin."), 403
            else:
                key_name = caller.name
        if error is None and name is not None:
            log_in(Moderator(name, key_name))
            return redirect(_safe_next(request.form.get("next")), 303)
    return render_template("review/login.html", open_mode=keys.open, error=error,
                           name=request.form.get("name", ""),
                           next=request.values.get("next", "")), status


def _safe_next(target: str | None) -> str:
    """Where to go after logging in: a page of this blueprint, never another site."""
    prefix = request.script_root + URL_PREFIX + "/"
    if (target and target.startswith(prefix) and target.isprintable() and "\\" not in target
            and not urlsplit(target).netloc):
        return target
    return url_for(".queue")


@bp.post("/logout")
def logout() -> ResponseReturnValue:
    log_out()
    flash("You are logged out.", "ok")
    return redirect(url_for(".login"), 303)


# -- the queue -------------------------------------------------------------------------------

@bp.get("/")
def queue() -> ResponseReturnValue:
    view = QueueView.of(request.args)
    try:
        reviews, next_cursor = _pending(view, PAGE_SIZE)
    except InvalidQuery:
        flash("That page of the queue is no longer there; here is the first page.", "error")
        return redirect(url_for(".queue", **replace(view, cursor=None).args()))
    return render_template("review/queue.html", view=view, reviews=reviews,
                           next_url=url_for(".queue", **replace(view, cursor=next_cursor).args())
                           if next_cursor else None,
                           first_url=url_for(".queue", **replace(view, cursor=None).args()),
                           codes=_codes(view.code))


def _pending(view: QueueView, limit: int) -> tuple[list[dict[str, Any]], str | None]:
    return _store().list(status="pending", code=view.code, order=view.order, limit=limit,
                         cursor=view.cursor)


def _codes(selected: str | None) -> list[str]:
    """The reason codes to filter by: the running policy's, and the one in use if it is not."""
    screener: Screener = current_app.extensions["leadguard.screener"]
    codes = sorted(screener.policy.rules)
    if selected and selected not in codes:
        codes.append(selected)
    return codes


@bp.post("/decisions")
def decide_many() -> ResponseReturnValue:
    """The queue's form: one row's Spam / Not spam button, or the bulk buttons."""
    view = QueueView.of(request.form)
    back = redirect(url_for(".queue", **view.args()), 303)
    single = request.form.get("single")
    if single:
        label, _, review_id = single.partition(":")
        ids = [review_id]
    else:
        label = request.form.get("label", "")
        ids = list(dict.fromkeys(request.form.getlist("ids")))
    if label not in LABELS:
        flash("Choose Spam or Not spam.", "error")
        return back
    ids = [review_id for review_id in ids if 0 < len(review_id) <= REVIEW_ID_MAX]
    if not ids:
        flash("Select at least one lead first.", "error")
        return back
    if len(ids) > MAX_LIMIT:
        flash(f"Decide at most {MAX_LIMIT} leads at once.", "error")
        return back
    decided: list[dict[str, Any]] = []
    conflicts: list[Conflict] = []
    missing = 0
    for review_id in ids:
        try:
            decided.append(_store().decide(review_id, label, None, _moderator().recorded_as))
        except Conflict as conflict:
            conflicts.append(conflict)
        except ReviewNotFound:
            missing += 1
    if len(decided) == 1:
        flash(f"Marked {_email(decided[0])} as {present.label_words(label)}.", "ok")
    elif decided:
        flash(f"Marked {len(decided)} leads as {present.label_words(label)}.", "ok")
    # Flashed messages live in the session cookie, which holds about 4 KB: a few in full.
    for clash in conflicts[:FLASHED_CONFLICTS_MAX]:
        flash(_conflict_message(clash), "conflict")
    if len(conflicts) > FLASHED_CONFLICTS_MAX:
        flash(f"{len(conflicts) - FLASHED_CONFLICTS_MAX} more leads had been decided by other "
              "moderators already; their first decisions stand.", "conflict")
    if missing:
        flash(f"{missing} of the selected leads are not in the queue any more.", "error")
    return back


def _email(review: Mapping[str, Any]) -> str:
    """The lead's email for a message, shortened: messages travel in the session cookie."""
    email = review["lead"].get("email")
    if not isinstance(email, str) or not email:
        return "the lead without an email"
    return email if len(email) <= EMAIL_SHOWN_MAX else email[:EMAIL_SHOWN_MAX - 1] + "…"


def _conflict_message(conflict: Conflict) -> str:
    decision = conflict.decision
    review = _store().get(conflict.review_id)
    who = _email(review) if review is not None else f"review {conflict.review_id}"
    return (f"{who} was already decided as {present.label_words(decision['label'])} by "
            f"{decision['moderator']} at {present.when(decision['decided_at'])}; the first "
            "decision stands.")


# -- one lead --------------------------------------------------------------------------------

@bp.get("/leads/<review_id>")
def lead(review_id: str) -> ResponseReturnValue:
    view = QueueView.of(request.args)
    review = _store().get(review_id) if len(review_id) <= REVIEW_ID_MAX else None
    if review is None:
        return _missing(review_id)
    previous, following = _neighbours(review_id, view)
    return render_template("review/lead.html", review=review, view=view,
                           fields=present.field_rows(review["lead"]),
                           previous_url=previous, next_url=following,
                           queue_url=url_for(".queue", **view.args()),
                           note_max=NOTE_MAX_CHARS)


def _missing(review_id: str) -> ResponseReturnValue:
    return render_template(
        "review/error.html", title="No such lead",
        message=f"No review has the id {review_id}; it may have been purged. Go back to the "
                "queue."), 404


def _neighbours(review_id: str, view: QueueView) -> tuple[str | None, str | None]:
    """URLs of the pending leads before and after `review_id` in the moderator's view.

    Reads the queue page the lead was opened from; past its end, the first lead of the next
    page. A lead not (or no longer) on that page has the page's first lead as its next.
    """
    try:
        page, next_cursor = _pending(view, PAGE_SIZE)
    except InvalidQuery:
        view = replace(view, cursor=None)
        page, next_cursor = _pending(view, PAGE_SIZE)
    ids = [review["id"] for review in page]
    previous: str | None = None
    later = ids
    if review_id in ids:
        index = ids.index(review_id)
        if index:
            previous = url_for(".lead", review_id=ids[index - 1], **view.args())
        later = ids[index + 1:]
    if later:
        return previous, url_for(".lead", review_id=later[0], **view.args())
    if next_cursor:
        following_view = replace(view, cursor=next_cursor)
        more, _ = _pending(following_view, 1)
        if more:
            return previous, url_for(".lead", review_id=more[0]["id"], **following_view.args())
    return previous, None


@bp.post("/leads/<review_id>/decision")
def decide_one(review_id: str) -> ResponseReturnValue:
    view = QueueView.of(request.form)
    here = url_for(".lead", review_id=review_id, **view.args())
    label = request.form.get("label", "")
    note = request.form.get("note", "").strip()
    if label not in LABELS:
        flash("Choose Spam or Not spam.", "error")
        return redirect(here, 303)
    if len(note) > NOTE_MAX_CHARS:
        flash(f"The note has {len(note)} characters; keep it to {NOTE_MAX_CHARS}.", "error")
        return redirect(here, 303)
    if len(review_id) > REVIEW_ID_MAX:
        return _missing(review_id)
    _, following = _neighbours(review_id, view)  # before deciding: the lead still has a place
    try:
        review = _store().decide(review_id, label, note or None, _moderator().recorded_as)
    except ReviewNotFound:
        return _missing(review_id)
    except Conflict as conflict:
        flash(_conflict_message(conflict), "conflict")
        return redirect(here, 303)
    flash(f"Marked {_email(review)} as {present.label_words(label)}.", "ok")
    if following is None:
        flash("That was the last pending lead in this view.", "ok")
        return redirect(url_for(".queue", **view.args()), 303)
    return redirect(following, 303)


# -- the dashboard ---------------------------------------------------------------------------

@bp.get("/dashboard")
def dashboard() -> ResponseReturnValue:
    days = request.args.get("days", "30")
    window = int(days) if days.isdigit() and int(days) in DASHBOARD_DAYS else 30
    stats = _store().stats(days=window)
    return render_template("review/dashboard.html", board=charts.dashboard(stats),
                           window=window, windows=DASHBOARD_DAYS)
