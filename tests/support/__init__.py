"""The test harness: what several test modules share, in one place. Test modules import from
here (and pytest fixtures from their conftest.py), never from another test module
(tests/test_harness.py holds the suite to that).

- `paths`: the repository, the shared examples, the demo's as-of date
- `cli`: `run(...)` the CLI in-process through its entry point; `run_process(...)` the real
  process, only where the process contract (exit code of the interpreter, signals, stdin) is
  the point
- `office`: an office as `readiness keys init` leaves it
- `pdf`: text, pages and attachments of a PDF
- `certs`: genuine certificates of the examples, issued into a register
- `web`: the app on a loopback port, Chromium through Playwright, screenshots
- `desk`: the desk's people, a seeded register and a logged-in client
- `loop`: an owner's answers on /periksa and the status link
"""
