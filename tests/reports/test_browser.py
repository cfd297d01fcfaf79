"""The seed's HTML report in a real browser: headless Chromium, driven through
Debian's chromedriver, with no network. Every claim must be on the page with its
verdict, the stylesheet must pass the page's own Content-Security-Policy, and a
screenshot is saved under tests/artifacts/."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from factcheck.model import Report
from factcheck.reports.formats import render
from factcheck.reports.options import RenderOptions

from .conftest import ROOT

if TYPE_CHECKING:
    from selenium.webdriver import Chrome

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ARTIFACTS = ROOT / "tests" / "artifacts"
# Verdict colours of the stylesheet, as the browser computes them.
BACKGROUNDS = {
    "supported": "rgba(218, 251, 225, 1)",
    "contradicted": "rgba(255, 235, 233, 1)",
    "mixed": "rgba(255, 248, 197, 1)",
    "unverified": "rgba(234, 238, 242, 1)",
}


def _browser_or_skip() -> None:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not (Path(p).exists() or shutil.which(p))]
    if not missing:
        return
    reason = f"{' and '.join(missing)} not installed (apt-get install chromium chromium-driver)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"the browser test must run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chrome]:
    _browser_or_skip()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # An explicit chromedriver: Selenium Manager never looks for (or downloads) one.
    browser = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield browser
    finally:
        browser.quit()


def test_seed_report_in_chromium(
    driver: Chrome, seed_report: Report, render_options: RenderOptions
) -> None:
    from selenium.webdriver.common.by import By

    ARTIFACTS.mkdir(exist_ok=True)
    page = ARTIFACTS / "seed-report.html"
    page.write_text(render(seed_report, "html", render_options), encoding="utf-8")
    driver.get(page.as_uri())

    claims = seed_report.checked_claims()
    cards = driver.find_elements(By.CSS_SELECTOR, "li.card")
    assert len(cards) == len(claims)
    for card, checked in zip(cards, claims, strict=True):
        label = checked.verdict.label
        assert card.get_attribute("data-claim") == checked.claim.id
        assert card.get_attribute("data-verdict") == label
        assert card.find_element(By.CSS_SELECTOR, ".badge").text.lower() == label
        assert checked.claim.text in card.find_element(By.CSS_SELECTOR, ".claim-text").text
        # The claim is marked in the article's text with the same verdict, and its marker
        # leads to this card.
        anchor = card.get_attribute("id")
        ref = driver.find_element(By.ID, f"ref-{anchor}")
        assert ref.get_attribute("data-verdict") == label
        assert (ref.get_attribute("href") or "").endswith(f"#{anchor}")

    # The stylesheet applied (its hash is in the CSP): every verdict has its colour.
    for mark in driver.find_elements(By.CSS_SELECTOR, "mark.claim"):
        verdict = next(
            c[2:] for c in (mark.get_attribute("class") or "").split() if c.startswith("v-")
        )
        assert mark.value_of_css_property("background-color") == BACKGROUNDS[verdict]
    summary = driver.find_element(By.ID, "summary").text
    counts = seed_report.summary()
    for name in BACKGROUNDS:
        assert f"{counts[name]} {name}" in summary
    # No script runs and nothing was blocked or failed to load.
    assert driver.execute_script("return 1") == 1  # WebDriver's own scripts still run
    problems = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not problems, problems

    # Following a claim's marker shows its card.
    first = cards[len(cards) // 2]
    driver.find_element(By.ID, f"ref-{first.get_attribute('id')}").click()
    assert driver.current_url.endswith(f"#{first.get_attribute('id')}")
    assert first.is_displayed()

    driver.get(page.as_uri())
    assert driver.save_screenshot(str(ARTIFACTS / "report.png"))
