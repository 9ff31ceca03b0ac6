"""The vendor desk's jobs: an organizer's upload checked by the batch engine in a process of
its own, so that a reload, a closed tab or a second upload changes nothing and the desk's
pages stay quick.

    python -m readiness.web.jobs --database-url URL --data-dir DIR

A job process takes queued jobs one after another (`Desk.claim_job`: two processes never take
the same one) and exits when none is left; the web app starts one when a job is queued and
fewer than MAX_RUNNING run (readiness.web.jobs.kick). It runs at a lower priority (nice 10),
reports progress and a heartbeat to the job's row, and writes into the job's own folder:
    DIR/desk/jobs/REF/input/NAME      the upload as received
    DIR/desk/jobs/REF/out/            run_batch's output (summary.xlsx, summary.pdf,
                                      errors.csv, results.jsonl, NAME.results.xlsx)
    DIR/desk/jobs/REF/page.json       what the summary page shows

A CSV upload is turned into a workbook first (every cell as the text it was), so the
organizer gets the annotated workbook back for a CSV as for an XLSX. A job whose process
disappeared (a restart) is queued again and resumes (`run_batch(resume=True)`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

from readiness.batch.runner import run_batch
from readiness.batch.spreadsheet import Table
from readiness.errors import InputError
from readiness.files import atomic_write
from readiness.register.store import Register
from readiness.result import ResultDoc

MAX_RUNNING = 2            # job processes at once (2 cores: the desk's pages stay quick)
BATCH_JOBS = 1             # worker processes per job
BEAT = 10.0                # seconds between heartbeats
NICE = 10
PAGE_FILE = "page.json"


def job_dir(data_dir, ref: str) -> Path:
    return Path(data_dir) / "desk" / "jobs" / ref


def input_file(data_dir, ref: str) -> Path | None:
    folder = job_dir(data_dir, ref) / "input"
    files = sorted(folder.iterdir()) if folder.is_dir() else []
    return files[0] if files else None


# -- the web app's side ------------------------------------------------------------------------

_PROCS: list = []
_LOCK = threading.Lock()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def kick(register, settings) -> None:
    """Start a job process when jobs are queued and fewer than MAX_RUNNING run; take back
    jobs whose process is gone."""
    desk = register.desk
    with _LOCK:
        _PROCS[:] = [p for p in _PROCS if p.poll() is None]       # reap finished ones
        desk.requeue_stale(_alive)
        queued = desk.jobs(status="queued", limit=MAX_RUNNING)
        running = len(desk.jobs(status="running", limit=MAX_RUNNING + 1))
        for _ in range(min(len(queued), MAX_RUNNING - running)):
            _PROCS.append(spawn(register.url, settings.data_dir))


def spawn(database_url: str, data_dir) -> subprocess.Popen:
    log = job_log(data_dir)
    with open(log, "ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "readiness.web.jobs", "--database-url", database_url,
             "--data-dir", str(data_dir)],
            stdin=subprocess.DEVNULL, stdout=out, stderr=out, start_new_session=True,
            close_fds=True)


def job_log(data_dir) -> Path:
    folder = Path(data_dir) / "desk" / "jobs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "jobs.log"


def wait_idle(timeout: float = 120.0) -> None:
    """Wait for the job processes this app started (tests, a clean shutdown)."""
    deadline = time.monotonic() + timeout
    for p in _PROCS:
        try:
            p.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            pass


# -- the job process ---------------------------------------------------------------------------

def csv_to_xlsx(src: Path, dest: Path) -> None:
    """A CSV as a workbook of text cells: the values the batch's CSV reader sees, in the rows
    a spreadsheet program shows them (so row numbers in the results stay the CSV's). A file
    the reader refuses raises its InputError."""
    from readiness.sheets.write import text_workbook

    text_workbook(Table(src).book.rows(), dest)


def run_job(reg, job, data_dir) -> None:
    folder = job_dir(data_dir, job.ref).resolve()
    src = input_file(data_dir, job.ref)
    out = folder / "out"
    state = {"done": 0, "total": 0, "stop": False}

    def progress(done: int, total: int) -> None:
        state["done"], state["total"] = done, total

    def beat():
        """Progress at most twice a second while it moves, a heartbeat every BEAT seconds."""
        last, quiet = None, 0.0
        while not state["stop"]:
            now = (state["done"], state["total"])
            if now != last or quiet >= BEAT:
                try:
                    reg.desk.job_progress(job.ref, *now)
                except Exception:  # noqa: BLE001 - a missed beat is not fatal
                    pass
                last, quiet = now, 0.0
            time.sleep(0.5)
            quiet += 0.5

    ticker = threading.Thread(target=beat, daemon=True, name="job-heartbeat")
    ticker.start()
    try:
        if src is None:
            raise InputError("job_input_gone", file=job.filename)
        inp = src
        if src.suffix.lower() == ".csv":
            inp = folder / "work" / (src.stem + ".xlsx")
            inp.parent.mkdir(exist_ok=True)
            csv_to_xlsx(src, inp)
        # from the input's folder: the results name the file, never a path on the server
        os.chdir(inp.parent)
        stats = run_batch([inp.name], out, standard=job.standard, jobs=BATCH_JOBS, pdf=False,
                          summary_pdf=True, lang=job.lang, as_of=job.as_of, progress=progress,
                          resume=job.attempts > 1 and out.exists())
        write_page(folder, stats, job)
        state["stop"] = True
        reg.desk.finish_job(job.ref, "done", stats={
            "total": stats.total, "checked": stats.checked, "certified": stats.certified,
            "not_certified": stats.not_certified, "errors": stats.errors,
            "warnings": stats.warnings})
    except InputError as e:
        state["stop"] = True
        reg.desk.finish_job(job.ref, "failed", error=error_record(e))
    except Exception:  # noqa: BLE001 - the job fails; the page says so, the log has why
        import traceback

        traceback.print_exc()
        state["stop"] = True
        reg.desk.finish_job(job.ref, "failed", error=json.dumps({"code": "desk.job_internal"}))
    finally:
        state["stop"] = True
        ticker.join(2)


def error_record(e) -> str:
    """A job's InputError kept as its code and arguments, worded when a page shows it."""
    args = {k: v if isinstance(v, (int, float, str)) or v is None else str(v)
            for k, v in e.args_.items()}
    return json.dumps({"code": e.code, "args": args, "file": e.file, "line": e.line,
                       "expected": None if e.expected is None else str(e.expected)},
                      ensure_ascii=False)


def error_text(stored: str, lang: str) -> str:
    """A stored job error in `lang`."""
    if not stored:
        return ""
    try:
        d = json.loads(stored)
    except ValueError:
        return stored
    code = d.get("code", "")
    if code == "no_mapping":           # the CLI's words name --mapping; a web page never does
        code = "desk.job_no_mapping"
    e = InputError(code, file=d.get("file"), line=d.get("line"),
                   expected=d.get("expected"), **(d.get("args") or {}))
    return e.one_line(lang)


def desk_words(message: str, lang: str) -> str:
    """A line of errors.csv as the desk says it: errors.csv speaks to the command line, and
    the only line naming a command-line option is "no known mapping ... --mapping"."""
    if "--mapping" not in message:
        return message
    from readiness.words import t

    return t("desk.job_no_mapping", lang)


def write_page(folder: Path, stats, job) -> None:
    """What the summary page shows, from the batch's public outputs (results.jsonl,
    errors.csv): one row per business checked, counts per regency and category, the
    requirements most often failed, the problems found in the list."""
    import csv


    out = folder / "out"
    rows = []
    regency: dict = defaultdict(lambda: [0, 0])
    category: dict = defaultdict(lambda: [0, 0])
    rules: Counter = Counter()
    titles: dict = {}
    results = out / "results.jsonl"
    if results.exists():
        with open(results, encoding="utf-8") as f:
            for n, line in enumerate(f, start=1):
                if not line.strip():
                    continue
                r = json.loads(line)
                doc = ResultDoc.read(r)
                row = doc.flatten()                    # the batch's summary row
                for rid, texts in doc.rules.items():
                    titles.setdefault(rid, texts.title)
                certified = row["certified"]
                regency[row["regency"]][0 if certified else 1] += 1
                for cat, on_cert in row["categories"]:
                    category[cat or ""][0 if on_cert else 1] += 1
                rules.update(row["blocking"] + row["major"])
                rows.append({
                    "n": n, "name": row["name"] or "", "nib": row["nib"] or "",
                    "regency": row["regency"], "verdict": row["verdict"] or "",
                    "score": row["score"], "certified": certified,
                    "products": row["products_total"],
                    "ready": row["products_ready"] + row["products_conditional"],
                    "blocking": row["blocking"], "major": row["major"],
                    "doc": vendor_report(out, n, r), "message": vendor_message(r)})
    problems = []
    errors = out / "errors.csv"
    if errors.exists():
        with open(errors, encoding="utf-8-sig", newline="") as f:
            for i, row in enumerate(csv.reader(f)):
                if i and len(row) >= 7:
                    problems.append({"source": Path(row[0]).name, "row": row[1],
                                     "column": row[2], "level": row[3], "kind": row[4],
                                     "business": row[5], "message": desk_words(row[6], job.lang)})
    # every vendor in the table: those that could not be read too, with the reason
    seen = set()
    for p in problems:
        key = (p["source"], p["row"])
        # a cell that could not be read is a missing field of a business that was checked
        if p["level"] == "error" and p["kind"] not in ("bad_cell", "bad_bytes") and key not in seen:
            seen.add(key)
            rows.append({"n": len(rows) + 1, "name": p["business"] or "", "nib": "",
                         "regency": "", "verdict": "unreadable", "score": None,
                         "certified": False, "products": 0, "ready": 0, "blocking": [],
                         "major": [], "doc": "", "message": "", "reason": p["message"],
                         "where": f"{p['source']} {p['row']}".strip()})
    page = {"standard": job.standard, "as_of": job.as_of.isoformat(), "lang": job.lang,
            "totals": {"total": stats.total, "certified": stats.certified,
                       "not_certified": stats.not_certified,
                       "unreadable": max(0, stats.total - stats.certified - stats.not_certified),
                       "errors": stats.errors, "warnings": stats.warnings,
                       "not_asked": getattr(stats, "not_asked", 0)},
            "rows": rows, "by_regency": {k: v for k, v in regency.items()},
            "by_category": {k: v for k, v in category.items()},
            "rules": [[rid, n, titles.get(rid, "")] for rid, n in rules.most_common(12)],
            "problems": problems[:2000], "problems_total": len(problems)}
    atomic_write(folder / PAGE_FILE, json.dumps(page, ensure_ascii=False).encode("utf-8"))


REPORTS = "vendor-reports"          # each vendor's gap report (HTML), beside the batch's out/


def vendor_report(out: Path, n: int, result: dict) -> str:
    """Write the vendor's gap report as a page of its own (HTML, ~2 ms); its file name."""
    from readiness.files import safe_filename
    from readiness.render.documents import render_html

    name = f"{n:05d}-{safe_filename((result.get('business') or {}).get('name') or 'vendor', max_len=50) or 'vendor'}.html"
    folder = out.parent / REPORTS
    folder.mkdir(exist_ok=True)
    try:
        atomic_write(folder / name, render_html(result, "gap-report").encode("utf-8"))
    except Exception:  # noqa: BLE001 - a report that cannot be made leaves the row without one
        return ""
    return name


def vendor_message(result: dict) -> str:
    """The message to send the vendor (the chat format: under 1,000 characters)."""
    from readiness.render.short import render_short

    try:
        return render_short(result)
    except Exception:  # noqa: BLE001 - no message rather than no page
        return ""


def read_page(data_dir, ref: str) -> dict | None:
    path = job_dir(data_dir, ref) / PAGE_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def main(argv: list[str] | None = None) -> int:
    import argparse


    ap = argparse.ArgumentParser(prog="readiness.web.jobs")
    ap.add_argument("--database-url", required=True)
    ap.add_argument("--data-dir", required=True)
    ap.add_argument("--once", action="store_true", help="one job at most")
    args = ap.parse_args(argv)
    args.data_dir = str(Path(args.data_dir).resolve())       # each job runs in its folder
    try:
        os.nice(NICE)
    except OSError:
        pass
    with Register.open(args.database_url, migrate=False) as reg:
        while True:
            job = reg.desk.claim_job(os.getpid())
            if job is None:
                return 0
            print(f"{dt.datetime.now().isoformat(timespec='seconds')} job {job.ref}: "
                  f"{job.filename}", flush=True)
            run_job(reg, job, args.data_dir)
            if args.once:
                return 0


if __name__ == "__main__":
    sys.exit(main())
