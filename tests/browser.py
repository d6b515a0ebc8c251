"""Headless Chromium for tests that look at a page as a reader would (Debian's chromium + Playwright).

Playwright drives the system's /usr/bin/chromium (installed by scripts/setup.sh); it downloads no
browser. Outside CI a machine without Chromium skips these tests; in CI (CI=true) it fails them.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]


def chromium_path() -> str:
    path = os.environ.get("LTREPORTS_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        message = "Chromium is not installed: run scripts/setup.sh (as root it installs Debian's chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@dataclass
class PageLoad:
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    chart_boxes: list[dict] = field(default_factory=list)
    title: str = ""


def load_page(html_file: Path, screenshot: Path) -> PageLoad:
    """Open ``html_file`` in headless Chromium with no network, record console errors, page errors and
    failed requests, measure the charts' boxes, and save a full-page screenshot."""
    sync_api = pytest.importorskip("playwright.sync_api")
    result = PageLoad()
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("console", lambda m: result.console_errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: result.page_errors.append(str(e)))
            page.on("requestfailed", lambda r: result.failed_requests.append(r.url))
            page.goto(html_file.resolve().as_uri(), wait_until="load")
            result.title = page.title()
            result.chart_boxes = [b for b in (el.bounding_box() for el in page.query_selector_all("figure svg")) if b]
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(screenshot), full_page=False)
        finally:
            browser.close()
    return result
