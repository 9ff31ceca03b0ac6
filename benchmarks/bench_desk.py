"""The office desk under load: 20 officers working at once (the queue, an application, a
finding, a waiver recorded and withdrawn) while an organizer's 2,000-row upload runs on the
vendor desk, against `readiness serve` on loopback. Target: p95 of the desk's pages <= 200 ms
on a 2-core machine; nothing lost, nothing recorded twice.

    python benchmarks/bench_desk.py [--seconds 30] [--officers 20] [--rows 2000]
                                    [--think 0.5] [--workers 1] [--database-url URL]

Two runs of the same officers' work, each bounded by --seconds: first alone (the baseline),
then with the upload running (started at the same moment; its duration is reported too). Each
officer keeps one keep-alive connection and pauses `--think` seconds on average between
clicks (0: as fast as the server answers). One click in ten on "record" is a double click
(the same form sent twice at once). Afterwards the register is read back: every waiver the
officers were told was recorded is there exactly once, every withdrawal too, the audit log
holds one entry for each and its hash chain is intact.

The client runs in this process (asyncio, raw HTTP/1.1), the server in its own, the upload's
job in a third at a lower priority: they share the machine's cores as they would on an office
server.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import os
import random
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EXAMPLES = ROOT / "examples" / "dossiers"
EXPORT = ROOT / "examples" / "registrations-form-export.csv"
PASSWORD = "sandi-beban-uji-2027"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- the office before the day starts ---------------------------------------------------------

def populate(url: str, officers: int, applications: int) -> list[tuple[str, str, int | None]]:
    """Accounts and applications (the examples under other names and NIBs); returns the
    waivable gaps: (application ref, rule, product) of major and minor gaps."""
    import copy

    import yaml

    from readiness.api import check_data, load_standard
    from readiness.register.records import application_from_result
    from readiness.register.store import Register

    rs = load_standard()
    base = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.yaml"))]
    gaps = []
    with Register.open(url) as reg:
        for k in range(officers):
            reg.accounts.add(f"petugas{k:02d}", "officer", PASSWORD, full_name=f"Petugas {k:02d}",
                             actor="bench")
        reg.accounts.add("mgpa", "organizer", PASSWORD, full_name="MGPA Vendor", actor="bench")
        for i in range(applications):
            d = copy.deepcopy(base[i % len(base)])
            d["business"]["name"] = f"{d['business']['name']} {i:04d}"
            d["business"]["nib"] = f"77{i:011d}"
            res = check_data(d, rs, name=f"bench-{i}").to_dict()
            app = reg.submit_application(application_from_result(
                res, d, source="self_assessment", consent="consent.v1"))
            for f in res["findings"]:
                if f["status"] in ("fail", "missing") and f["severity"] in ("major", "minor"):
                    gaps.append((app.ref, f["rule"], f["product"]))
    return gaps


def registration_list(rows: int) -> bytes:
    """The shared registration export grown to `rows` rows: its businesses again and again
    under other names and NIBs (one row in fifty left broken, as real lists are)."""
    with open(EXPORT, encoding="utf-8", newline="") as f:
        table = list(csv.reader(f))
    header, body = table[0], table[1:]
    name_col, nib_col, price_col = (header.index("Nama Usaha"), header.index("NIB"),
                                    header.index("Harga (Rp)"))
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    n = 0
    copy_no = 0
    while n < rows:
        copy_no += 1
        for row in body:
            if n >= rows:
                break
            r = list(row)
            r[name_col] = f"{r[name_col]} {copy_no:04d}"
            if r[nib_col].strip():
                r[nib_col] = f"8{copy_no:04d}{r[nib_col].strip()[-8:]}"
            if n % 50 == 49:
                r[price_col] = "mahal sekali"
            w.writerow(r)
            n += 1
    return out.getvalue().encode("utf-8")


# -- a small HTTP/1.1 client ----------------------------------------------------------------------

class Browser:
    """One keep-alive connection with its cookies; latencies recorded per kind of page."""

    def __init__(self, port: int, stats: dict):
        self.port, self.stats = port, stats
        self.cookies: dict[str, str] = {}
        self.reader = self.writer = None

    async def open(self):
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)

    async def close(self):
        if self.writer:
            self.writer.close()

    async def request(self, method: str, path: str, kind: str | None = None, body: bytes = b"",
                      ctype: str = "application/x-www-form-urlencoded"):
        head = [f"{method} {path} HTTP/1.1", "Host: localhost"]
        if self.cookies:
            head.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if method == "POST":
            head += [f"Content-Type: {ctype}", f"Content-Length: {len(body)}"]
        t = time.perf_counter()
        message = ("\r\n".join(head) + "\r\n\r\n").encode() + body
        try:
            self.writer.write(message)
            raw = await self.reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError):
            # the server closed an idle keep-alive connection: open another, as a browser does
            await self.open()
            t = time.perf_counter()
            self.writer.write(message)
            raw = await self.reader.readuntil(b"\r\n\r\n")
        status = int(raw.split(b" ", 2)[1])
        headers = {}
        length = 0
        for line in raw.split(b"\r\n")[1:]:
            if b":" not in line:
                continue
            k, v = line.split(b":", 1)
            k, v = k.strip().lower().decode(), v.strip().decode()
            if k == "content-length":
                length = int(v)
            elif k == "set-cookie":
                name, _, rest = v.partition("=")
                value = rest.split(";", 1)[0]
                if 'expires=Thu, 01 Jan 1970' in v or value in ('""', ""):
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = value
            headers[k] = v
        data = await self.reader.readexactly(length) if length else b""
        if kind:
            self.stats[kind].append(time.perf_counter() - t)
        return status, headers, data.decode("utf-8", "replace")

    async def post_form(self, path: str, fields: dict, kind: str | None = None):
        return await self.request("POST", path, kind, urlencode(fields).encode())


def token(html: str) -> str:
    return re.search(r'name="csrf" value="([0-9a-f]{64})"', html).group(1)


async def login(b: Browser, name: str):
    _, _, html = await b.request("GET", "/masuk")
    status, headers, _ = await b.post_form("/masuk", {"csrf": token(html), "name": name,
                                                      "password": PASSWORD, "next": ""})
    if status != 303:
        raise RuntimeError(f"login of {name} failed: {status}")


# -- the officers' work ---------------------------------------------------------------------------

async def officer(k: int, port: int, gaps, stats, ledger, clock: dict, think: float,
                  rng: random.Random, ready: asyncio.Barrier):
    b = Browser(port, stats)
    await b.open()
    await login(b, f"petugas{k:02d}")       # (argon2: logins spread over a morning, not timed)
    await ready.wait()
    await asyncio.sleep(rng.uniform(0, 2 * think))     # people do not all click at once
    mine = [g for i, g in enumerate(gaps) if i % 20 == k % 20]
    filters = ["", "?status=in_review", "?verdict=not_ready", "?category=packaged_food",
               "?regency=Lombok%20Timur", "?page=2"]

    async def pause():
        if think:
            await asyncio.sleep(rng.uniform(0.2, 1.8) * think)

    try:
        while time.perf_counter() < clock["stop"]:
            ref, rule, product = rng.choice(mine)
            await b.request("GET", "/meja/antrean" + rng.choice(filters), "queue")
            await pause()
            await b.request("GET", f"/meja/pengajuan/{ref}", "application")
            await pause()
            q = f"?produk={product}" if product is not None else ""
            status, _, html = await b.request("GET", f"/meja/pengajuan/{ref}/temuan/{rule}{q}",
                                              "finding")
            if status != 200:
                ledger["errors"].append(("finding", status))
                continue
            await pause()
            once = re.search(r'name="once" value="([^"]+)"', html).group(1)
            form = {"csrf": token(html), "once": once, "kind": "waiver", "rule": rule,
                    "product": "" if product is None else str(product),
                    "reason": f"Uji beban {k}", "expires": "2027-10-03"}
            path = f"/meja/pengajuan/{ref}/keputusan"
            if rng.random() < 0.1:                    # a double click: the same form twice
                b2 = Browser(port, stats)
                b2.cookies = dict(b.cookies)
                await b2.open()
                (s1, h1, _), (s2, h2, _) = await asyncio.gather(
                    b.post_form(path, form, "record"), b2.post_form(path, form, "record"))
                await b2.close()
                ledger["double_clicks"] += 1
                if s1 == 303 and s2 == 303 and h1["location"] != h2["location"]:
                    ledger["errors"].append(("double click went two ways", h1, h2))
                status, headers = (s1, h1) if s1 == 303 else (s2, h2)
            else:
                status, headers, _ = await b.post_form(path, form, "record")
            if status != 303:
                ledger["refused"].append((ref, rule, product, status))
                continue
            did = int(headers["location"].rsplit("#d", 1)[1])
            ledger["recorded"].add(did)
            await pause()
            status, _, html = await b.request("GET", f"/meja/pengajuan/{ref}", "application")
            m = re.search(rf'action="/meja/keputusan/{did}/tarik" class="inline"><input '
                          rf'type="hidden" name="csrf" value="([0-9a-f]+)"><input '
                          rf'type="hidden" name="once" value="([^"]+)"', html)
            status, _, _ = await b.post_form(f"/meja/keputusan/{did}/tarik",
                                             {"csrf": m.group(1), "once": m.group(2)}, "withdraw")
            if status == 303:
                ledger["withdrawn"].add(did)
            else:
                ledger["errors"].append(("withdraw", did, status))
            await pause()
    finally:
        await b.close()


async def upload(port: int, data: bytes, stats) -> tuple[str, float]:
    import json

    b = Browser(port, stats)
    await b.open()
    await login(b, "mgpa")
    _, _, html = await b.request("GET", "/meja/vendor")
    boundary = secrets.token_hex(12)
    parts = []
    for k, v in (("csrf", token(html)), ("once", re.search(
            r'name="once" value="([^"]+)"', html).group(1)), ("as_of", "2026-11-27")):
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n'
                     f"{v}\r\n".encode())
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
                 f'filename="daftar-2000.csv"\r\nContent-Type: text/csv\r\n\r\n'.encode()
                 + data + b"\r\n")
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    t = time.perf_counter()
    status, headers, _ = await b.request("POST", "/meja/vendor", "upload", body,
                                         f"multipart/form-data; boundary={boundary}")
    if status != 303:
        raise RuntimeError(f"upload refused: {status}")
    ref = headers["location"].rsplit("/", 1)[1]
    while True:
        _, _, text = await b.request("GET", f"/meja/vendor/{ref}/status.json", "job_status")
        state = json.loads(text)["status"]
        if state in ("done", "failed"):
            break
        await asyncio.sleep(1.0)
    elapsed = time.perf_counter() - t
    status, _, page = await b.request("GET", f"/meja/vendor/{ref}", "job_summary")
    await b.close()
    if state == "failed" or status != 200:
        raise RuntimeError(f"the upload failed: {text}")
    return ref, elapsed


def p(lat, q):
    lat = sorted(lat)
    return lat[min(len(lat) - 1, int(len(lat) * q))] * 1000 if lat else float("nan")


def report(title: str, stats: dict, seconds: float) -> float:
    print(f"  {title}")
    every = []
    for kind in ("queue", "application", "finding", "record", "withdraw"):
        lat = stats.get(kind, [])
        every += lat
        print(f"    {kind:12} {len(lat):6d} requests  p50 {p(lat, .5):6.1f} ms  "
              f"p95 {p(lat, .95):6.1f} ms  max {max(lat, default=0) * 1000:6.1f} ms")
    print(f"    {'all pages':12} {len(every):6d} requests  p50 {p(every, .5):6.1f} ms  "
          f"p95 {p(every, .95):6.1f} ms  ({len(every) / seconds:.0f} requests/s)")
    return p(every, .95)


async def run(port, gaps, seconds, officers, think, seed, upload_data=None):
    stats = defaultdict(list)
    ledger = {"recorded": set(), "withdrawn": set(), "refused": [], "errors": [],
              "double_clicks": 0}
    rng = random.Random(seed)
    clock: dict = {}
    ready = asyncio.Barrier(officers + 1)
    tasks = [asyncio.ensure_future(officer(k, port, gaps, stats, ledger, clock, think,
                                           random.Random(rng.random()), ready))
             for k in range(officers)]
    clock["stop"] = time.perf_counter() + 3600
    await ready.wait()                        # everyone logged in: the clock starts
    clock["stop"] = time.perf_counter() + seconds    # (read by the officers at each round)
    job = None
    if upload_data is not None:
        job = asyncio.ensure_future(upload(port, upload_data, stats))
    await asyncio.gather(*tasks)
    job_result = await job if job is not None else None
    return stats, ledger, job_result


def check_register(url: str, ledger_runs: list[dict]) -> list[str]:
    """Nothing lost, nothing twice: the register against what the officers were told."""
    from readiness.register import audit
    from readiness.register.store import Register
    from sqlalchemy import text

    problems = []
    recorded = set().union(*(lg["recorded"] for lg in ledger_runs))
    withdrawn = set().union(*(lg["withdrawn"] for lg in ledger_runs))
    with Register.open(url) as reg:
        with reg.engine.connect() as c:
            rows = c.execute(text("SELECT id, withdrawn_key FROM desk_decisions")).all()
        ids = {r[0] for r in rows}
        if ids != recorded:
            problems.append(f"decisions in the register {len(ids)} != told recorded "
                            f"{len(recorded)} (lost {len(recorded - ids)}, unknown "
                            f"{len(ids - recorded)})")
        gone = {r[0] for r in rows if r[1]}
        if gone != withdrawn:
            problems.append(f"withdrawn {len(gone)} != told withdrawn {len(withdrawn)}")
        entries = list(audit.entries(reg))
        rec = [e for e in entries if e.action == "decision.record"]
        wd = [e for e in entries if e.action == "decision.withdraw"]
        if len(rec) != len(ids) or len({e.target for e in rec}) != len(rec):
            problems.append(f"audit: {len(rec)} decision.record entries for {len(ids)} decisions")
        if len(wd) != len(gone):
            problems.append(f"audit: {len(wd)} decision.withdraw entries for {len(gone)}")
        chk = audit.verify(reg)
        if chk.broken is not None:
            problems.append(f"audit chain broken at {chk.broken}: {chk.problem}")
        print(f"  register: {len(ids)} waivers recorded ({len(gone)} withdrawn), "
              f"{len(entries)} audit entries, chain {'intact' if chk.broken is None else 'BROKEN'}")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--officers", type=int, default=20)
    ap.add_argument("--applications", type=int, default=400)
    ap.add_argument("--rows", type=int, default=2000)
    ap.add_argument("--think", type=float, default=0.5,
                    help="mean pause between an officer's clicks, seconds (0: none)")
    ap.add_argument("--workers", type=int, default=1, help="server processes")
    ap.add_argument("--database-url", default=None,
                    help="a PostgreSQL database to use (emptied first); default SQLite")
    a = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env = {**os.environ, "XDG_CONFIG_HOME": str(tmp / "config"),
               "XDG_DATA_HOME": str(tmp / "data"), "PYTHONPATH": str(ROOT)}
        os.environ.update({k: env[k] for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME")})
        url = a.database_url or f"sqlite:///{tmp / 'register.sqlite3'}"
        t = time.perf_counter()
        gaps = populate(url, a.officers, a.applications)
        data = registration_list(a.rows)
        print(f"desk: {a.applications} applications ({len(gaps)} waivable gaps), "
              f"{a.officers} officers, think {a.think} s, {a.seconds:.0f} s per run, "
              f"{a.workers} server process(es), {os.cpu_count()} cores, "
              f"{'PostgreSQL' if a.database_url else 'SQLite'}; set-up "
              f"{time.perf_counter() - t:.1f} s")
        port = free_port()
        srv = subprocess.Popen([sys.executable, "-m", "readiness", "serve", "--port", str(port),
                                "--database-url", url, "--workers", str(a.workers)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            deadline = time.time() + 30
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    if srv.poll() is not None or time.time() > deadline:
                        raise RuntimeError(srv.stderr.read().decode()[-2000:]) from None
                    time.sleep(0.1)
            _, warm_ledger, _ = asyncio.run(run(port, gaps, 3.0, min(4, a.officers), a.think,
                                                0))                     # warm up
            base_stats, base_ledger, _ = asyncio.run(
                run(port, gaps, a.seconds, a.officers, a.think, 1))
            base_p95 = report("baseline: the officers alone", base_stats, a.seconds)
            stats, ledger, (ref, took) = asyncio.run(
                run(port, gaps, a.seconds, a.officers, a.think, 2, upload_data=data))
            p95 = report(f"with a {a.rows}-row upload running", stats, a.seconds)
            print(f"    upload: {a.rows} rows checked in {took:.1f} s (job {ref}; upload "
                  f"request {p(stats['upload'], .5):.0f} ms, progress polls p95 "
                  f"{p(stats['job_status'], .95):.0f} ms)")
            print(f"    p95 with the upload / alone: {p95 / base_p95:.2f}x")
        finally:
            srv.terminate()
            srv.wait(15)
        ledgers = [warm_ledger, base_ledger, ledger]
        problems = check_register(url, ledgers)
        for lg in ledgers:
            problems += [f"{e}" for e in lg["errors"]]
        refused = sum(len(lg["refused"]) for lg in ledgers)
        clicks = sum(lg["double_clicks"] for lg in ledgers)
        print(f"  double clicks: {clicks}, each recorded once; refused (a waiver already in "
              f"force on that requirement): {refused}")
        for prob in problems[:10]:
            print("  PROBLEM:", prob)
        ok = p95 <= 200 and not problems
        print(f"target: p95 of desk pages <= 200 ms with the upload running, nothing lost or "
              f"twice: {'met' if ok else 'NOT met'} (p95 {p95:.0f} ms)")


if __name__ == "__main__":
    main()
