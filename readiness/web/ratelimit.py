"""Per-client rate limits for what is costly or can be spammed without an account.

    rates = RateLimits(Limits())
    wait = rates.check("GET", "/periksa/laporan.pdf", ("203.0.113.7", 51234))   # 0: go on

A token bucket per client and kind: `burst` requests at once, then one every `every` seconds.
The kinds (see `kind_of`):

- `pdf`: every PDF outside the desk (/periksa/laporan.pdf, a certificate from a status page);
- `send`: "kirim ke Dinas" (POST /periksa/kirim) and reopening from a status page.

A client is its address as uvicorn sees it (behind the office's proxy, uvicorn's
`proxy_headers` take it from X-Forwarded-For); an IPv6 client is its /64 network, which one
subscriber usually holds whole. Buckets live in the process (with `--workers 2` each worker
counts on its own) and at most `Limits.buckets` clients are remembered per kind, the least
recently seen forgotten first, so memory stays bounded under a flood of addresses.
"""

from __future__ import annotations

import ipaddress
import math
import re
import threading
import time
from collections import OrderedDict

_SEND = re.compile(r"/(periksa/kirim|status/[^/]+/[^/]+/ubah)/?\Z")


def kind_of(method: str, path: str) -> str:
    """The bucket a request draws from ("" for none)."""
    if method in ("GET", "POST") and path.endswith(".pdf") and not path.startswith("/meja"):
        return "pdf"
    if method == "POST" and _SEND.match(path):
        return "send"
    return ""


def client_key(client) -> str:
    """The client's address; an IPv6 address by its /64 network."""
    host = client[0] if client else ""
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return str(host)[:64]
    if ip.version == 6:
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


class Bucket:
    """Token buckets of one kind, per client, bounded in number."""

    def __init__(self, burst: int, every: float, size: int):
        self.burst, self.every, self.size = burst, every, size
        self.clients: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self.lock = threading.Lock()

    def take(self, key: str, now: float | None = None) -> int:
        """Take one token: 0 when granted, else the seconds until the next one."""
        now = time.monotonic() if now is None else now
        with self.lock:
            tokens, last = self.clients.pop(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) / self.every)
            wait = 0
            if tokens >= 1.0:
                tokens -= 1.0
            else:
                wait = max(1, math.ceil((1.0 - tokens) * self.every))
            self.clients[key] = (tokens, now)
            while len(self.clients) > self.size:
                self.clients.popitem(last=False)
            return wait


class RateLimits:
    def __init__(self, limits):
        self.buckets = {
            "pdf": Bucket(limits.pdf_burst, limits.pdf_every, limits.buckets),
            "send": Bucket(limits.send_burst, limits.send_every, limits.buckets),
        }

    def check(self, method: str, path: str, client) -> int:
        """0 when the request may go on, else the seconds to wait (for Retry-After)."""
        kind = kind_of(method, path)
        if not kind:
            return 0
        return self.buckets[kind].take(client_key(client))
