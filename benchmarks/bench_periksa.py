"""The self-assessment under load: p95 latency of a form step (POST, the answers checked and
the next step's questions computed from the standard) and of the gap-report page (the dossier
built from the draft, checked, grouped as a plan), with 20 concurrent clients against
`readiness serve` on loopback, and the bytes of every page. Targets: a step p95 <= 50 ms, the
gap report p95 <= 150 ms, every page <= 60 KB.

    python benchmarks/bench_periksa.py [--seconds 30] [--clients 20] [--workers 2]

A packaged-food owner's draft (two products, the answers of every step) is made once through
the pages themselves; then each client keeps one keep-alive connection busy for the run,
alternating a form step and the gap report, unless --only is given. Server and clients share
the machine's cores. Each run is bounded by --seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_verify_page import free_port, start  # noqa: E402

MAX_PAGE = 60 * 1024


class Browser:
    """Just enough of a browser: cookies, the form's hidden fields, 303s followed."""

    def __init__(self, port: int):
        self.port, self.cookies = port, {}
        self.sizes: dict[str, int] = {}

    def request(self, method: str, path: str, form: dict | None = None):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urlencode(form, doseq=True)
            headers["content-type"] = "application/x-www-form-urlencoded"
        c.request(method, path, body=body, headers=headers)
        r = c.getresponse()
        data = r.read()
        for k, v in r.getheaders():
            if k.lower() == "set-cookie":
                name, value = v.split(";", 1)[0].split("=", 1)
                self.cookies[name] = value
        if r.status == 303:
            return self.request("GET", r.getheader("location"))
        if method == "GET":
            self.sizes[path.split("?")[0]] = len(data)
        return r.status, data.decode("utf-8")

    def step(self, path: str, page: str, answers: dict):
        hidden = dict(re.findall(r'name="(csrf|draft)" value="([^"]*)"', page))
        return self.request("POST", path, {**hidden, "go": "next", **answers})


def make_draft(port: int) -> tuple[Browser, dict, str]:
    """Fill the form as an owner would; returns the browser, the last step's POST form, and
    the step's path."""
    b = Browser(port)
    _, page = b.request("GET", "/periksa")
    _, page = b.step("/periksa/usaha", page, {
        "business.name": "UD Kopi Sembalun Lestari", "business.owner.name": "Baiq Nurul Aini",
        "business.nib": "9120301234567", "business.address.regency": "Lombok Timur",
        "business.contact.phone": "081237604411"})
    _, page = b.step("/periksa/produk", page, {
        "n": "2", "p0.product.name": "Kopi Arabika Bubuk 250 g",
        "p0.product.category": "packaged_food", "p0.product.channels": ["event", "hotel"],
        "p1.product.name": "Kopi Robusta Biji 100 g", "p1.product.category": "packaged_food",
        "p1.product.channels": ["event"]})
    _, page = b.step("/periksa/rincian", page, {
        "business.scale": "Mikro", "business.curation[kind=government]": "ya",
        "business.curation[kind=government].date": "27/11/2026"})
    answers = {"product.price_idr": "Rp 85.000", "product.net_content": "250 g",
               "product.shelf_life_days": "365", "product.permits[type=pirt]": "ya",
               "product.permits[type=pirt].number": "P-IRT No. 2065203010123-29"}
    _, page = b.step("/periksa/p0", page, answers)
    step_form = {**dict(re.findall(r'name="(csrf|draft)" value="([^"]*)"', page)),
                 "go": "next", **answers}
    _, page = b.step("/periksa/p1", page, answers)
    assert "Lengkapi data" in page or "Hasil pemeriksaan" in page, page[:500]
    b.request("GET", "/periksa/hasil")
    return b, step_form, "/periksa/p0"


async def load(port: int, requests: list[bytes], seconds: float, clients: int):
    """Each client cycles over `requests` (raw HTTP/1.1) on a keep-alive connection;
    latencies per request kind (its index in `requests`)."""
    lat: dict[int, list[float]] = {i: [] for i in range(len(requests))}
    statuses: dict[int, int] = {}
    stop = time.perf_counter() + seconds

    async def one(k: int):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        i = k
        while time.perf_counter() < stop:
            kind = i % len(requests)
            i += 1
            t = time.perf_counter()
            writer.write(requests[kind])
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            await reader.readexactly(length)
            lat[kind].append(time.perf_counter() - t)
            statuses[status] = statuses.get(status, 0) + 1
        writer.close()

    await asyncio.gather(*(one(k) for k in range(clients)))
    return lat, statuses


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(len(xs) * q))] * 1000 if xs else float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--only", choices=("step", "report"), default=None)
    a = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env = {**os.environ, "XDG_CONFIG_HOME": str(tmp / "config"),
               "XDG_DATA_HOME": str(tmp / "data"), "PYTHONPATH": str(ROOT),
               "READINESS_SECRET_KEY": "bench-" + "k" * 40}
        url = f"sqlite:///{tmp / 'register.sqlite3'}"
        port = free_port()
        srv = start([sys.executable, "-m", "readiness", "serve", "--port", str(port),
                     "--database-url", url, "--workers", str(a.workers)], env, port)
        try:
            b, form, step_path = make_draft(port)
            cookie = "; ".join(f"{k}={v}" for k, v in b.cookies.items())
            body = urlencode(form, doseq=True).encode()
            step = (f"POST {step_path} HTTP/1.1\r\nHost: localhost\r\ncookie: {cookie}\r\n"
                    f"content-type: application/x-www-form-urlencoded\r\n"
                    f"content-length: {len(body)}\r\n\r\n").encode() + body
            report = (f"GET /periksa/hasil HTTP/1.1\r\nHost: localhost\r\ncookie: {cookie}"
                      f"\r\n\r\n").encode()
            reqs = {"step": [step], "report": [report]}.get(a.only, [step, report])
            names = {"step": ["form step (POST, 303)"], "report": ["gap-report page"]}.get(
                a.only, ["form step (POST, 303)", "gap-report page"])
            asyncio.run(load(port, reqs, 2.0, a.clients))                      # warm up
            lat, statuses = asyncio.run(load(port, reqs, a.seconds, a.clients))
        finally:
            srv.terminate()
            srv.wait(10)
        total = sum(len(v) for v in lat.values())
        print(f"{os.cpu_count()} cores, {a.workers} server worker(s), {a.clients} clients, "
              f"{a.seconds:.0f} s; {total} requests ({total / a.seconds:.0f}/s), "
              f"statuses {dict(sorted(statuses.items()))}")
        p95 = {}
        for i, name in enumerate(names):
            p95[name] = pct(lat[i], 0.95)
            print(f"  {name:28} n={len(lat[i]):6}  p50 {pct(lat[i], 0.5):6.1f} ms  "
                  f"p95 {p95[name]:6.1f} ms  p99 {pct(lat[i], 0.99):6.1f} ms")
        print("bytes per page (HTML, uncompressed):")
        for path, n in sorted(b.sizes.items()):
            print(f"  {path:28} {n:7,} B {'ok' if n <= MAX_PAGE else 'OVER 60 KB'}")
        ok = all(n <= MAX_PAGE for n in b.sizes.values())
        if "form step (POST, 303)" in p95:
            ok &= p95["form step (POST, 303)"] <= 50
        if "gap-report page" in p95:
            ok &= p95["gap-report page"] <= 150
        print(f"targets (step p95 <= 50 ms, report p95 <= 150 ms, pages <= 60 KB): "
              f"{'met' if ok else 'NOT met'}")


if __name__ == "__main__":
    main()
