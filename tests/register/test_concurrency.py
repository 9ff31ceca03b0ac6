"""Two processes issuing 500 certificates each, at the same time, in small transactions (as
batch workers do), get 1,000 distinct numbers: on SQLite and on PostgreSQL."""

import subprocess
import sys
import textwrap
import time

from readiness.register.numbers import parse_number
from readiness.register.store import Register

WORKER = textwrap.dedent("""
    import datetime as dt, os, sys, time
    from readiness.register.records import IssueRequest
    from readiness.register.store import Register

    url, who, go = sys.argv[1], sys.argv[2], float(sys.argv[3])
    reg = Register.open(url, migrate=True)
    while time.time() < go:
        time.sleep(0.005)
    out = []
    for chunk in range(50):
        reqs = [IssueRequest(f"{who}{chunk:03d}{i:02d}", "UD " + who, "", "mandalika-motogp",
                             "2027.1", {}, None, None, dt.date(2027, 10, 3), [], [], "d")
                for i in range(10)]
        out += [o.number for o in reg.issue(reqs)]
    print("\\n".join(out))
""")


def test_two_processes_get_distinct_numbers(register_url):
    Register.open(register_url).close()          # migrated once; the workers race on issuing
    go = time.time() + 1.5
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, register_url, who, str(go)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for who in ("A", "B")]
    outs = []
    for p in procs:
        out, err = p.communicate(timeout=240)
        assert p.returncode == 0, err[-2000:]
        outs.append(out.split())
    numbers = outs[0] + outs[1]
    assert len(outs[0]) == len(outs[1]) == 500
    assert len(set(numbers)) == 1000
    assert all(parse_number(n) == n for n in numbers)
    assert sorted(int(n.split("-")[1]) for n in numbers) == list(range(1, 1001))
    reg = Register.open(register_url)
    try:
        assert reg.count() == 1000
    finally:
        reg.close()
