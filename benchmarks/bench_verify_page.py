"""The public verification page under load: requests per second and latency of /v/{number}
and /api/v1/certificates/{number} against a register of certificates in SQLite, served by
`readiness serve` (one uvicorn process) on loopback, next to a baseline measured in the same
run: a bare ASGI app answering a fixed page from the same uvicorn set-up (the ceiling of the
server stack on this machine). Targets: >= 500 requests/s and p95 <= 20 ms for the page.

    python benchmarks/bench_verify_page.py [--seconds 5] [--connections 8] [--certificates 2000]

The load comes from this process: an asyncio client keeping `--connections` HTTP/1.1
connections busy (keep-alive), cycling over valid, revoked, superseded and unknown numbers.
Server and client share the machine's cores, as they would on a 2-core office server with a
proxy in front. Each run is bounded by --seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BARE_APP = textwrap.dedent('''
    BODY = b"<!DOCTYPE html><html><body><p>OK</p></body></html>" * 30

    async def app(scope, receive, send):
        if scope["type"] != "http":
            return
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/html; charset=utf-8"),
                                (b"content-length", str(len(BODY)).encode())]})
        await send({"type": "http.response.body", "body": BODY})
''')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def populate(url: str, n: int) -> dict:
    """n certificates (every 10th revoked, every 10th superseded) issued as batches do."""
    from readiness.register.records import IssueRequest, business_key
    from readiness.register.store import Register

    def req(i, digest="a"):
        return IssueRequest(business_key(f"91{i:011d}"), f"UD Usaha Contoh {i}", "Lombok Timur",
                            "mandalika-motogp", "2027.1",
                            {"standard_title": {"id": "Standar produk IKM MotoGP Mandalika 2027",
                                                "en": "MotoGP Mandalika 2027 IKM product standard"},
                             "event_name": {"id": "MotoGP Mandalika 2027", "en": "MotoGP Mandalika 2027"},
                             "issuer": {"id": "Dinas Perindustrian Provinsi NTB"}},
                            dt.date(2027, 10, 1), dt.date(2027, 10, 3), dt.date(2027, 10, 3),
                            [{"name": f"Kopi Arabika {i} 250 g", "category": "packaged_food",
                              "verdict": "ready"},
                             {"name": f"Kopi Robusta {i} 100 g", "category": "packaged_food",
                              "verdict": "conditional"}], [], digest)
    out = {"valid": [], "revoked": [], "superseded": []}
    with Register.open(url) as reg:
        for start in range(0, n, 8):
            for o in reg.issue([req(i) for i in range(start, min(n, start + 8))]):
                out["valid"].append(o.number)
        for k in range(0, len(out["valid"]), 10):
            reg.revoke(out["valid"][k], reason="Izin dicabut", by="Petugas")
            out["revoked"].append(out["valid"][k])
        for k in range(5, n, 10):
            old = out["valid"][k]
            reg.issue([req(k, digest="b")])
            out["superseded"].append(old)
    taken = set(out["revoked"]) | set(out["superseded"])
    out["valid"] = [v for v in out["valid"] if v not in taken]
    return out


def start(cmd: list[str], env: dict, port: int) -> subprocess.Popen:
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return p
        except OSError:
            if p.poll() is not None:
                raise RuntimeError(p.stderr.read().decode()[-2000:]) from None
            time.sleep(0.05)
    p.kill()
    raise RuntimeError("the server did not start")


async def load(port: int, paths: list[str], seconds: float, connections: int):
    """Keep `connections` keep-alive connections busy for `seconds`; latencies in seconds."""
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    stop = time.perf_counter() + seconds

    async def one(k: int):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        i = k
        while time.perf_counter() < stop:
            path = paths[i % len(paths)]
            i += connections
            t = time.perf_counter()
            writer.write(f"GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - t)
            statuses[status] = statuses.get(status, 0) + 1
        writer.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(one(k) for k in range(connections)))
    return latencies, time.perf_counter() - t0, statuses


def report(name, lat, elapsed, statuses, base_rps=None):
    lat = sorted(lat)
    rps = len(lat) / elapsed
    p50 = lat[len(lat) // 2] * 1000
    p95 = lat[int(len(lat) * 0.95)] * 1000
    ratio = f"  ({rps / base_rps:.2f}x the bare server)" if base_rps else ""
    print(f"{name:34} {rps:7.0f} req/s  p50 {p50:5.1f} ms  p95 {p95:5.1f} ms  "
          f"statuses {dict(sorted(statuses.items()))}{ratio}")
    return rps, p95


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--certificates", type=int, default=2000)
    a = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env = {**os.environ, "XDG_CONFIG_HOME": str(tmp / "config"),
               "XDG_DATA_HOME": str(tmp / "data"), "PYTHONPATH": str(ROOT)}
        url = f"sqlite:///{tmp / 'register.sqlite3'}"
        t = time.perf_counter()
        nums = populate(url, a.certificates)
        print(f"register: {a.certificates} certificates in SQLite "
              f"({time.perf_counter() - t:.1f} s to issue), {os.cpu_count()} cores, "
              f"{a.connections} connections, {a.seconds:.0f} s per run")
        mix = []
        for i in range(400):
            kind = ("valid", "valid", "valid", "revoked", "superseded")[i % 5]
            mix.append(nums[kind][i % len(nums[kind])])
        mix.append("MM27-999999-" + __import__("readiness.register.numbers", fromlist=["x"])
                   .check_char("MM27999999"))
        (tmp / "bare.py").write_text(BARE_APP)

        port = free_port()
        bare = start([sys.executable, "-m", "uvicorn", "--app-dir", str(tmp), "bare:app",
                      "--port", str(port), "--no-access-log", "--log-level", "warning",
                      "--http", "httptools"], env, port)
        try:
            asyncio.run(load(port, ["/"], 1.0, a.connections))          # warm up
            base_rps, _ = report("baseline: bare ASGI page", *asyncio.run(
                load(port, ["/"], a.seconds, a.connections)))
        finally:
            bare.terminate()
            bare.wait(10)

        port = free_port()
        srv = start([sys.executable, "-m", "readiness", "serve", "--port", str(port),
                     "--database-url", url], env, port)
        try:
            asyncio.run(load(port, [f"/v/{n}" for n in mix[:50]], 1.0, a.connections))
            rps, p95 = report("/v/{number} (page)", *asyncio.run(
                load(port, [f"/v/{n}" for n in mix], a.seconds, a.connections)), base_rps)
            report("/api/v1/certificates/{number}", *asyncio.run(
                load(port, [f"/api/v1/certificates/{n}" for n in mix], a.seconds, a.connections)),
                base_rps)
        finally:
            srv.terminate()
            srv.wait(10)
        ok = rps >= 500 and p95 <= 20
        print(f"target: >= 500 req/s and p95 <= 20 ms for the page: {'met' if ok else 'NOT met'}")


if __name__ == "__main__":
    main()
