"""The web app on a real loopback port (uvicorn in a thread) and Playwright from PyPI driving
Debian's Chromium (no browser download: executable_path), for the browser tests and the
benchmarks; skipped where chromium is absent. Screenshots go to READINESS_SCREENSHOTS when set
(to look at them), else to the test's temporary folder."""

import contextlib
import os
import shutil
import threading
import time
from pathlib import Path

import pytest


@contextlib.contextmanager
def serving(app, *, access_log=False):
    import uvicorn

    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning",
                            access_log=access_log)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True, name="uvicorn")
    thread.start()
    deadline = time.time() + 20
    while not server.started:
        if time.time() > deadline or not thread.is_alive():
            raise RuntimeError("the web app did not start")
        time.sleep(0.02)
    try:
        port = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(15)


CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

needs_chromium = pytest.mark.skipif(
    not (os.path.exists(CHROMIUM) or shutil.which("chromium")),
    reason="Debian's chromium is not installed (scripts/system-deps.sh installs it when run as "
           "root)")


@contextlib.contextmanager
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM if os.path.exists(CHROMIUM)
                              else shutil.which("chromium"), args=ARGS)
        try:
            yield b
        finally:
            b.close()


def shot(page, name: str, tmp_path) -> None:
    folder = Path(os.environ.get("READINESS_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)
