"""The web server under the attacks of issue #23, bounded in time: `readiness serve` (one
uvicorn process) on loopback, and from this process

1. a dozen concurrent /periksa/laporan.pdf requests from twelve clients (named by
   X-Forwarded-For, which uvicorn trusts from 127.0.0.1): every status, the slowest answer;
2. a logged-out 1 GB upload to /meja/vendor, a 900 MB urlencoded post to /masuk, and a
   chunked post without length to /periksa/usaha: how long until the server answered, what it
   answered, and how many bytes the client got into the socket meanwhile (the kernel's
   buffers take some without the server reading them);
3. the server's resident memory (and its rendering process's) before and after.

    python benchmarks/bench_web_limits.py [--requests 12] [--seconds 60]

Each attack stops at --seconds. Server and client share the machine's cores.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import os
import select
import socket
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SECRET = "bench-" + "s" * 42


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        out += [int(x) for x in task.read_text().split()]
    return out


def memory(pid: int) -> str:
    kids = children(pid)
    text = f"server {rss_kib(pid) / 1024:.0f} MiB"
    if kids:
        text += ", renderer " + ", ".join(f"{rss_kib(k) / 1024:.0f} MiB" for k in kids)
    return text


def draft_cookie() -> str:
    from readiness.web.routers.periksa import seal

    request = types.SimpleNamespace(app=types.SimpleNamespace(state=types.SimpleNamespace(
        settings=types.SimpleNamespace(secret_key=SECRET))))
    return seal(request, {"business": {"business.name": "UD Sari", "business.scale": "micro"},
                          "products": [{"name": "Keripik", "category": "packaged_food",
                                        "channels": ["event"], "answers": {}}], "done": True})


def pdfs(port: int, n: int, limit: float) -> None:
    import httpx

    cookie = draft_cookie()

    def one(i: int):
        t0 = time.monotonic()
        try:
            with httpx.Client(timeout=limit) as c:
                r = c.get(f"http://127.0.0.1:{port}/periksa/laporan.pdf",
                          headers={"cookie": f"rd_periksa={cookie}",
                                   "x-forwarded-for": f"10.1.0.{i}"})
            return r.status_code, time.monotonic() - t0, r.headers.get("retry-after")
        except httpx.HTTPError as e:
            return type(e).__name__, time.monotonic() - t0, None

    t0 = time.monotonic()
    with cf.ThreadPoolExecutor(n) as pool:
        answers = list(pool.map(one, range(n)))
    wall = time.monotonic() - t0
    counts: dict = {}
    for status, _, _ in answers:
        counts[status] = counts.get(status, 0) + 1
    slowest = max(a[1] for a in answers)
    print(f"  {n} concurrent PDFs: {dict(sorted(counts.items(), key=str))} in {wall:.1f} s "
          f"(slowest answer {slowest:.1f} s; Retry-After "
          f"{sorted({a[2] for a in answers if a[2]}) or '-'})")


def flood(port: int, head: bytes, limit: float, chunk: bytes = b"a" * 65536) -> None:
    """Send `head`, then body bytes until the server answers (or `limit` seconds)."""
    s = socket.create_connection(("127.0.0.1", port), timeout=limit)
    s.setblocking(False)
    _send_all(s, head, limit)
    sent, t0, reply = 0, time.monotonic(), b""
    chunked = b"transfer-encoding: chunked" in head.lower()
    piece = (b"%x\r\n" % len(chunk)) + chunk + b"\r\n" if chunked else chunk
    while time.monotonic() - t0 < limit:
        readable, writable, _ = select.select([s], [s], [], 0.5)
        if readable:
            try:
                reply = s.recv(4096)
            except OSError:
                reply = b"(reset)"
            break
        if writable:
            try:
                sent += s.send(piece)
            except (BlockingIOError, InterruptedError):
                pass
            except OSError:
                reply = b"(closed while sending)"
                break
    took = time.monotonic() - t0
    s.close()
    status = reply.split(b"\r\n", 1)[0].decode("latin-1") or "(no answer)"
    print(f"    answered {status!r} after {took:.2f} s; {sent / 1048576:.1f} MiB went into the "
          f"socket meanwhile")


def _send_all(s, data: bytes, limit: float) -> None:
    deadline = time.monotonic() + limit
    while data and time.monotonic() < deadline:
        select.select([], [s], [], 0.5)
        try:
            data = data[s.send(data):]
        except BlockingIOError:
            pass


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=12)
    ap.add_argument("--seconds", type=float, default=60.0)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-web-limits-"))
    port = free_port()
    env = {**os.environ, "XDG_DATA_HOME": str(tmp / "data"), "XDG_CONFIG_HOME": str(tmp / "cfg"),
           "READINESS_SECRET_KEY": SECRET}
    exe = Path(sys.executable).with_name("readiness")
    server = subprocess.Popen([str(exe), "serve", "--port", str(port), "--database-url",
                               f"sqlite:///{tmp / 'register.sqlite3'}"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not start") from None
                time.sleep(0.2)
        print(f"readiness serve on 127.0.0.1:{port}; {os.cpu_count()} cores, load "
              f"{os.getloadavg()[0]:.2f}")
        print(f"  memory at start: {memory(server.pid)}")
        pdfs(port, args.requests, args.seconds)
        print(f"  memory after the PDFs: {memory(server.pid)}")
        print("  a logged-out 1 GB upload to /meja/vendor:")
        flood(port, b"POST /meja/vendor HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data;"
                    b" boundary=b\r\nContent-Length: 1000000000\r\n\r\n", args.seconds)
        print("  a 900 MB urlencoded post to /masuk:")
        flood(port, b"POST /masuk HTTP/1.1\r\nHost: x\r\nContent-Type: application/"
                    b"x-www-form-urlencoded\r\nContent-Length: 943718400\r\n\r\n", args.seconds)
        print("  a chunked urlencoded post without length to /periksa/usaha:")
        flood(port, b"POST /periksa/usaha HTTP/1.1\r\nHost: x\r\nContent-Type: application/"
                    b"x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n", args.seconds)
        print(f"  memory at the end: {memory(server.pid)}")
    finally:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
