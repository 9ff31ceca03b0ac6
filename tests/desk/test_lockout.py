"""The login lock-out against parallel guessing, progressive locks, an owner's own address,
the audit log's bounded growth under a locked account, and argon2's memory (issue #23, broken
item 3 and the weak lock-out); on SQLite and PostgreSQL."""

import datetime as dt
import json
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from readiness.register import accounts as acc
from readiness.register import audit, lockout
from tests.support.desk import PASSWORD, T0

MIN = dt.timedelta(minutes=1)


def judged_counter(monkeypatch, pause: float = 0.0):
    """Count the passwords actually judged (argon2 verifications), each taking `pause`."""
    judged = []
    real = acc._verify

    def counting(stored, password):
        judged.append(password)
        time.sleep(pause)
        return real(stored, password)

    monkeypatch.setattr(acc, "_verify", counting)
    return judged


def test_forty_parallel_guesses_judge_at_most_five(reg, monkeypatch):
    """Broken 3: the lock was checked before the slow hash and the failure recorded after it,
    so 40 wrong passwords sent at once were all judged. Now each attempt is counted first, in
    the database, and at most MAX_ACCOUNT are judged."""
    reg.accounts.add("lalu.ahmad", "officer", PASSWORD, actor="t")
    judged = judged_counter(monkeypatch, pause=0.05)
    start = time.monotonic()
    with ThreadPoolExecutor(40) as pool:
        got = list(pool.map(lambda i: reg.accounts.authenticate(
            "lalu.ahmad", f"tebakan-{i:02d}", client=f"198.51.100.{i}"), range(40)))
    assert time.monotonic() - start < 60
    assert len(judged) <= acc.MAX_ACCOUNT
    outcomes = [g.outcome for g in got]
    assert set(outcomes) <= {"bad", "locked"} and outcomes.count("locked") >= 40 - len(judged)
    # even the right password is not judged now
    assert reg.accounts.authenticate("lalu.ahmad", PASSWORD).outcome == "locked"
    assert len(judged) <= acc.MAX_ACCOUNT
    # the audit log: one failure per guess judged, one refusal for the whole lock
    actions = [e.action for e in audit.entries(reg)]
    assert actions.count("login.failure") == len(judged)
    assert actions.count("login.locked") == 1


def test_confirming_an_act_is_counted_first_too(reg, monkeypatch):
    user = reg.accounts.add("lalu.ahmad", "officer", PASSWORD, actor="t")
    judged = judged_counter(monkeypatch, pause=0.05)

    def attempt(i):
        try:
            return reg.accounts.confirm(user, f"tebakan-{i:02d}", action="issue",
                                        client="10.0.0.7")
        except Exception as e:  # noqa: BLE001 - locked: an InputError
            return type(e).__name__

    with ThreadPoolExecutor(20) as pool:
        got = list(pool.map(attempt, range(20)))
    assert len(judged) <= acc.MAX_ACCOUNT
    assert got.count("InputError") == 20 - len(judged)


def test_locks_grow_longer(reg):
    a = reg.accounts
    a.add("lalu.ahmad", "officer", PASSWORD, actor="t")
    t = T0
    for level, length in enumerate((15, 30, 60, 120, 240, 240), start=1):
        for i in range(acc.MAX_ACCOUNT):
            t += dt.timedelta(seconds=10)
            got = a.authenticate("lalu.ahmad", f"tebakan-{level}-{i}", client="203.0.113.9",
                                 now=t)
        assert got.outcome == "locked" and got.until == t + dt.timedelta(minutes=length), level
        assert a.authenticate("lalu.ahmad", PASSWORD, now=got.until - MIN).outcome == "locked"
        t = got.until
    # a day later the count is forgotten: the right password works
    assert a.authenticate("lalu.ahmad", PASSWORD, now=t + lockout.HORIZON).outcome == "ok"


def test_the_owner_signs_in_from_her_own_address_while_a_stranger_locks_the_account(reg):
    a = reg.accounts
    a.add("lalu.ahmad", "officer", PASSWORD, actor="t")
    assert a.authenticate("lalu.ahmad", PASSWORD, client="10.0.0.7", now=T0).outcome == "ok"
    t = T0 + MIN
    for i in range(acc.MAX_ACCOUNT):
        got = a.authenticate("lalu.ahmad", f"tebakan-{i}", client=f"203.0.113.{i}", now=t)
    assert got.outcome == "locked" and got.scope == "account"
    assert a.authenticate("lalu.ahmad", PASSWORD, client="203.0.113.77",
                          now=t + MIN).outcome == "locked"
    # her own address: fine (and its own count: five wrong there lock it there too)
    assert a.authenticate("lalu.ahmad", PASSWORD, client="10.0.0.7", now=t + MIN).outcome == "ok"
    for i in range(acc.MAX_ACCOUNT):
        got = a.authenticate("lalu.ahmad", f"salah-{i}", client="10.0.0.7", now=t + 2 * MIN)
    assert got.outcome == "locked"
    # an admin's reset opens it anywhere
    a.reset("lalu.ahmad", "sementara-123", actor="t", now=t + 3 * MIN)
    assert a.authenticate("lalu.ahmad", "sementara-123", client="203.0.113.200",
                          now=t + 4 * MIN).outcome == "ok"


def test_refusals_of_a_locked_account_do_not_grow_the_audit_log(reg):
    a = reg.accounts
    a.add("lalu.ahmad", "officer", PASSWORD, actor="t")
    for i in range(acc.MAX_ACCOUNT):
        a.authenticate("lalu.ahmad", f"tebakan-{i}", client="203.0.113.9", now=T0)
    before = len(list(audit.entries(reg)))
    for i in range(200):
        got = a.authenticate("lalu.ahmad", f"lagi-{i}", client=f"203.0.113.{i % 50}",
                             now=T0 + dt.timedelta(seconds=i))
        assert got.outcome == "locked"
    added = list(audit.entries(reg))[before:]
    assert [e.action for e in added] == ["login.locked"]
    # after the lock: one entry counts the repeats
    assert a.authenticate("lalu.ahmad", PASSWORD, now=T0 + acc.LOCK + MIN).outcome == "ok"
    tail = [e for e in list(audit.entries(reg))[before:] if e.action != "login.locked"]
    assert [e.action for e in tail] == ["login.locked_repeats", "login.success"]
    details = json.loads(tail[0].details)
    assert details["repeats"] == 199 and details["scope"] == "account"
    assert audit.verify(reg).broken is None


def test_concurrent_hashing_is_bounded(reg, monkeypatch):
    """At most HASHING_AT_ONCE argon2 computations at a time (each holds 64 MiB)."""
    live, most = [0], [0]
    guard = threading.Lock()

    class Slow:
        def verify(self, stored, password):
            with guard:
                live[0] += 1
                most[0] = max(most[0], live[0])
            time.sleep(0.03)
            with guard:
                live[0] -= 1
            return False

        def hash(self, password):
            return self.verify("", password) or "x"

    monkeypatch.setattr(acc, "hasher", lambda: Slow())
    with ThreadPoolExecutor(16) as pool:
        list(pool.map(lambda i: acc._verify("$argon2id$x", "p"), range(32)))
    assert most[0] == acc.HASHING_AT_ONCE


def test_argon2_parameters_are_rfc_9106_low_memory_and_old_hashes_are_renewed(reg):
    code = ("from readiness.register import accounts; import argon2.profiles as p; "
            "r = p.RFC_9106_LOW_MEMORY; "
            "print(accounts.ARGON2 == dict(time_cost=r.time_cost, memory_cost=r.memory_cost, "
            "parallelism=r.parallelism), r.memory_cost)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["True", "65536"]
    # a hash made with other parameters still verifies, and is renewed at the login
    from argon2 import PasswordHasher
    from sqlalchemy import select, update

    from readiness.register.models import User

    a = reg.accounts
    u = a.add("lalu.ahmad", "officer", PASSWORD, actor="t")
    old = PasswordHasher(time_cost=2, memory_cost=16, parallelism=1).hash(PASSWORD)
    with reg._tx(True) as conn:
        conn.execute(update(User).where(User.id == u.id).values(password_hash=old))
    assert a.authenticate("lalu.ahmad", PASSWORD).outcome == "ok"
    with reg._tx(False) as conn:
        new = conn.execute(select(User.password_hash).where(User.id == u.id)).scalar()
    assert new != old and not acc.hasher().check_needs_rehash(new)
    assert a.authenticate("lalu.ahmad", PASSWORD).outcome == "ok"


@pytest.mark.parametrize("pause", [0.0])
def test_a_correct_password_among_parallel_guesses_clears_the_count(reg, monkeypatch, pause):
    reg.accounts.add("lalu.ahmad", "officer", PASSWORD, actor="t")
    judged_counter(monkeypatch, pause)
    assert reg.accounts.authenticate("lalu.ahmad", PASSWORD, client="10.0.0.7").outcome == "ok"
    assert reg.accounts.authenticate("lalu.ahmad", "tebakan-1").outcome == "bad"
