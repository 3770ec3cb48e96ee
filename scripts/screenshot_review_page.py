"""Take the README's screenshot of the moderator queue: docs/review-page.png.

    .venv/bin/python scripts/screenshot_review_page.py [--out docs/review-page.png]

Needs the test extras and Debian's chromium and chromium-driver (`make test` installs both).
The queue is filled the way production fills it: leads screened by POST /v1/screen, against
the test suite's loopback DNS server, so nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from leadguard.app import close_app, create_app  # noqa: E402
from tests import browser  # noqa: E402
from tests.dnsserver import DnsServer, default_zone  # noqa: E402
from tests.reviewpage import API_KEYS, FLAGGED_LEADS, REVIEW_KEY, screen_all  # noqa: E402

# More of what a real queue holds, on top of the test suite's flagged leads.
MORE_LEADS: list[dict[str, Any]] = [
    {"email": "promo@yopmail.com", "first_name": "Max", "message": "Great offer inside"},
    {"email": "mark@acme-corp.com", "first_name": "Mark", "elapsed_ms": 300},
    {"email": "sales@firma-nowak.pl", "company": "Firma Nowak",
     "message": "Guaranteed first page on Google, cheap SEO backlinks http://x.example"},
    {"email": "anna@gmial.com", "first_name": "Anna", "job_title": "Head of Growth"},
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "review-page.png")
    args = parser.parse_args()
    if not browser.available():
        sys.exit(browser.MISSING)
    with DnsServer(default_zone()) as dns, tempfile.TemporaryDirectory() as data:
        app = create_app({"DNS_NAMESERVERS": (dns.address,), "DATA_DIR": data,
                          "API_KEYS": API_KEYS})
        try:
            screen_all(app.test_client(), FLAGGED_LEADS + MORE_LEADS)
            with browser.serving(app) as base_url, browser.chromium() as driver:
                driver.set_window_size(1360, 900)
                wait = WebDriverWait(driver, 10)
                driver.get(base_url + "/review/login")
                driver.find_element(By.ID, "key").send_keys(REVIEW_KEY)
                driver.find_element(By.ID, "name").send_keys("Alice")
                driver.find_element(By.ID, "login-button").click()
                wait.until(ec.presence_of_element_located(
                    (By.CSS_SELECTOR, 'body[data-shortcuts="ready"]')))
                ActionChains(driver).send_keys("j").send_keys("x").perform()
                args.out.parent.mkdir(parents=True, exist_ok=True)
                if not driver.save_screenshot(str(args.out)):
                    sys.exit(f"chromium could not write {args.out}")
        finally:
            close_app(app)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
