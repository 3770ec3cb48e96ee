"""The moderator page in a real headless chromium: log in, work the queue with the keyboard,
bulk decisions, the reason filter, the dashboard, and hostile lead content that must not run.

The queue is filled by real screening calls; decisions are checked in the store.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select, WebDriverWait

from tests import browser
from tests.reviewpage import (
    API_KEYS,
    FLAGGED_LEADS,
    IMG,
    REVIEW_KEY,
    SCRIPT,
    XSS_FIELDS,
    screen_all,
    xss_lead,
)

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not browser.available(), reason=browser.MISSING)]
WAIT_SECONDS = 10


@pytest.fixture(scope="module")
def driver() -> Iterator[webdriver.Chrome]:
    """One chromium for the module; each test starts without cookies or storage."""
    with browser.chromium() as chrome:
        yield chrome


@pytest.fixture
def app(make_app: Any) -> Flask:
    return make_app(API_KEYS=API_KEYS)  # type: ignore[no-any-return]


@pytest.fixture
def base_url(app: Flask) -> Iterator[str]:
    with browser.serving(app) as url:
        yield url


@pytest.fixture
def ids(app: Flask) -> list[str]:
    """FLAGGED_LEADS screened for real, oldest first."""
    return screen_all(app.test_client(), FLAGGED_LEADS)


@pytest.fixture
def page(driver: webdriver.Chrome, base_url: str) -> Iterator[Page]:
    driver.execute_cdp_cmd("Network.clearBrowserCookies", {})
    driver.get(base_url + "/review/login")
    driver.execute_script("window.sessionStorage.clear()")
    driver.get_log("browser")  # start each test with an empty console
    yield Page(driver, base_url)


class Page:
    """What a moderator does, in browser terms; every step waits for its page to settle."""

    def __init__(self, driver: webdriver.Chrome, base_url: str) -> None:
        self.driver = driver
        self.base_url = base_url
        self.wait = WebDriverWait(driver, WAIT_SECONDS)

    def open(self, path: str) -> None:
        self.driver.get(self.base_url + path)

    def log_in(self, name: str = "Alice", key: str = REVIEW_KEY) -> None:
        self.open("/review/login")
        self.driver.find_element(By.ID, "key").send_keys(key)
        self.driver.find_element(By.ID, "name").send_keys(name)
        self.submit_and_wait(lambda: self.driver.find_element(By.ID, "login-button").click())

    def submit_and_wait(self, action: Any) -> None:
        """Run `action`, which leaves the page, and wait until the next page has loaded.

        The old page is marked with a window property, which the new one lacks. While a
        document unloads chromedriver can answer with transient errors about it (a node or
        context "does not belong to the document"), so the wait retries through them.
        """
        self.driver.execute_script("window.__leadguardLeaving = true")
        action()
        WebDriverWait(self.driver, WAIT_SECONDS, ignored_exceptions=(WebDriverException,)).until(
            lambda driver: driver.execute_script(
                "return !window.__leadguardLeaving && document.readyState === 'complete'"))

    def ready(self) -> None:
        """Wait until review.js has wired up the shortcuts of this page."""
        self.wait.until(ec.presence_of_element_located(
            (By.CSS_SELECTOR, 'body[data-shortcuts="ready"]')))

    def press(self, key: str) -> None:
        ActionChains(self.driver).send_keys(key).perform()

    def press_and_wait(self, key: str) -> None:
        self.submit_and_wait(lambda: self.press(key))
        self.ready()

    def rows(self) -> list[WebElement]:
        return self.driver.find_elements(By.CSS_SELECTOR, "#queue tbody tr.lead-row")

    def row_ids(self) -> list[str]:
        return [row.get_attribute("data-review-id") or "" for row in self.rows()]

    def selected_id(self) -> str | None:
        selected = self.driver.find_elements(By.CSS_SELECTOR, "#queue tr.lead-row.selected")
        return selected[0].get_attribute("data-review-id") if selected else None

    def flashes(self) -> list[str]:
        return [element.text for element in self.driver.find_elements(By.CSS_SELECTOR,
                                                                       ".flash")]

    def csp_violations(self) -> list[str]:
        return [entry["message"] for entry in self.driver.get_log("browser")
                if "Content Security Policy" in entry["message"]]


def stored(app: Flask, review_id: str) -> dict[str, Any] | None:
    review = app.extensions["leadguard.intake"].store.get(review_id)
    assert review is not None
    decision: dict[str, Any] | None = review["decision"]
    return decision


def test_log_in_and_see_the_screened_leads(page: Page, ids: list[str]) -> None:
    """After logging in with a review key the queue lists every flagged lead, newest first,
    with its verdict, probability, email and reasons in words."""
    page.log_in()
    page.ready()
    assert page.driver.current_url == page.base_url + "/review/"
    assert page.driver.find_element(By.ID, "moderator-name").text == "Alice"
    assert page.row_ids() == ids[::-1]
    newest = page.rows()[0].text
    assert "ops@nomail-corp.com" in newest
    assert "REJECT" in newest.upper()
    assert "nomail-corp.com cannot receive mail" in newest
    assert page.selected_id() == ids[-1]
    assert "j / k move" in page.driver.find_element(By.ID, "shortcuts").text


def test_a_screen_key_cannot_log_in(page: Page) -> None:
    """The login form refuses a key without the review scope and stays on the form."""
    page.log_in(key="screen-key-for-tests")
    assert "lacks the review scope" in page.driver.find_element(By.ID, "login-error").text
    page.open("/review/")
    assert "/review/login" in page.driver.current_url


def test_keyboard_j_then_s_and_l_decides_with_the_moderators_name(
        app: Flask, page: Page, ids: list[str]) -> None:
    """j moves the selection down, s marks the selected lead spam, l marks the one that takes
    its place not spam; the store records both under the moderator's name."""
    page.log_in()
    page.ready()
    page.press("j")
    second = ids[-2]
    assert page.selected_id() == second
    page.press_and_wait("s")
    decision = stored(app, second)
    assert decision is not None
    assert (decision["label"], decision["moderator"]) == ("spam", "Alice (alice)")
    assert second not in page.row_ids()
    assert any("as spam" in flash for flash in page.flashes())
    # The selection stays in place, now on the lead that moved up into it.
    third = ids[-3]
    assert page.selected_id() == third
    page.press_and_wait("l")
    decision = stored(app, third)
    assert decision is not None
    assert (decision["label"], decision["moderator"]) == ("legit", "Alice (alice)")
    page.press("k")
    assert page.selected_id() == ids[-1]
    assert stored(app, ids[-1]) is None


def test_enter_opens_the_lead_and_its_page_decides_with_the_keyboard(
        app: Flask, page: Page, ids: list[str]) -> None:
    """Enter opens the selected lead; on its page j/k walk the queue and s decides, then the
    next pending lead opens."""
    page.log_in()
    page.ready()
    page.press_and_wait(webdriver.Keys.ENTER)
    assert page.driver.current_url.endswith(f"/review/leads/{ids[-1]}")
    page.press_and_wait("j")
    assert page.driver.current_url.endswith(f"/review/leads/{ids[-2]}")
    page.press_and_wait("k")
    assert page.driver.current_url.endswith(f"/review/leads/{ids[-1]}")
    page.driver.find_element(By.ID, "note").send_keys("typed in the note: s and l are letters")
    page.submit_and_wait(lambda: page.driver.find_element(By.ID, "decide-spam").click())
    decision = stored(app, ids[-1])
    assert decision is not None
    assert decision["note"] == "typed in the note: s and l are letters"
    assert page.driver.current_url.endswith(f"/review/leads/{ids[-2]}")
    page.ready()
    page.press_and_wait("l")
    assert stored(app, ids[-2])["label"] == "legit"  # type: ignore[index]
    assert page.driver.current_url.endswith(f"/review/leads/{ids[-3]}")


def test_bulk_selection_decides_every_ticked_lead(app: Flask, page: Page,
                                                  ids: list[str]) -> None:
    """Ticking rows (x or the checkbox) enables the bulk buttons; they decide all ticked."""
    page.log_in()
    page.ready()
    bulk_spam = page.driver.find_element(By.ID, "bulk-spam")
    assert not bulk_spam.is_enabled()
    page.press("x")  # the selected (newest) row
    page.rows()[2].find_element(By.CSS_SELECTOR, 'input[name="ids"]').click()
    assert page.driver.find_element(By.ID, "selected-count").text == "2 selected"
    assert bulk_spam.is_enabled()
    page.submit_and_wait(bulk_spam.click)
    for review_id in (ids[-1], ids[-3]):
        decision = stored(app, review_id)
        assert decision is not None
        assert (decision["label"], decision["moderator"]) == ("spam", "Alice (alice)")
    assert "Marked 2 leads as spam." in page.flashes()
    page.ready()
    page.driver.find_element(By.ID, "select-all").click()
    assert page.driver.find_element(By.ID, "selected-count").text == f"{len(ids) - 2} selected"
    page.submit_and_wait(page.driver.find_element(By.ID, "bulk-legit").click)
    assert all(stored(app, review_id) is not None for review_id in ids)
    assert page.driver.find_element(By.ID, "queue-empty").is_displayed()


def test_filter_by_reason_and_order_by_likelihood(page: Page, ids: list[str]) -> None:
    """Choosing a reason code shows only leads flagged with it; the order switches to most
    likely spam first."""
    page.log_in()
    page.ready()
    page.submit_and_wait(lambda: Select(page.driver.find_element(By.ID, "code"))
                         .select_by_value("email.role_account"))
    page.ready()
    assert "code=email.role_account" in page.driver.current_url
    assert page.row_ids() == [ids[5], ids[3]]
    page.submit_and_wait(lambda: Select(page.driver.find_element(By.ID, "order"))
                         .select_by_value("likely_spam"))
    page.ready()
    assert "order=likely_spam" in page.driver.current_url
    assert set(page.row_ids()) == {ids[5], ids[3]}
    probabilities = [float(row.find_element(By.CSS_SELECTOR, "td.num").text.rstrip("%"))
                     for row in page.rows()]
    assert probabilities == sorted(probabilities, reverse=True)


def test_dashboard_draws_svg_charts(page: Page, ids: list[str]) -> None:
    """The dashboard renders its charts as SVG with bars, titles and descriptions, and the
    browser reports no CSP violation (no inline style in the SVG)."""
    page.log_in()
    page.open("/review/dashboard")
    charts = page.driver.find_elements(By.CSS_SELECTOR, "svg.chart")
    assert len(charts) >= 3
    bars = page.driver.find_elements(By.CSS_SELECTOR, "#chart-outcomes rect.bar-pending")
    assert len(bars) == 1 and bars[0].size["height"] > 0
    description = page.driver.find_element(By.ID, "chart-outcomes-desc")
    assert "6 leads flagged" in description.get_attribute("textContent")  # type: ignore[operator]
    assert page.csp_violations() == []


def test_markup_in_every_lead_field_does_not_run(page: Page, app: Flask) -> None:
    """A lead with <img onerror> and <script> in every field: on the queue and on its page
    nothing runs (window.__xss stays undefined), no element is created from it, the text is
    shown literally, and the browser reports no CSP violation (nothing even tried)."""
    [review_id] = screen_all(app.test_client(), [xss_lead()])
    page.log_in()
    page.ready()
    for path in ("/review/", f"/review/leads/{review_id}"):
        page.open(path)
        page.ready()
        driver = page.driver
        assert driver.execute_script("return typeof window.__xss") == "undefined", path
        assert driver.find_elements(By.CSS_SELECTOR, 'main img, main script') == [], path
        assert len(driver.find_elements(By.TAG_NAME, "script")) == 1, path
        assert f"{IMG}{SCRIPT}@acme-corp.com" in driver.find_element(By.TAG_NAME, "main").text
    fields = page.driver.find_element(By.ID, "fields").text
    for name in XSS_FIELDS:
        assert f"{name}: {IMG}{SCRIPT}" in fields, name
    assert f"key {IMG}" in fields and f"extra: {IMG}{SCRIPT}" in fields
    assert IMG in page.driver.find_element(By.ID, "adjustments").text
    assert page.csp_violations() == []
