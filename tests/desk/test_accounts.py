"""Accounts, logins, the lock-out and sessions (readiness.register.accounts), on SQLite and
PostgreSQL."""

import datetime as dt

import pytest

from readiness.errors import InputError
from readiness.register import accounts as acc
from readiness.register import audit
from tests.support.desk import PASSWORD, T0

MIN = dt.timedelta(minutes=1)


def actions(reg):
    return [(e.actor, e.action, e.target) for e in audit.entries(reg)]


def test_accounts_are_made_checked_and_audited(reg):
    a = reg.accounts
    u = a.add("Lalu.Ahmad", "officer", PASSWORD, full_name="Lalu  Ahmad", actor="cli:root",
              now=T0)
    assert (u.name, u.full_name, u.role, u.disabled) == ("lalu.ahmad", "Lalu Ahmad", "officer",
                                                         False)
    assert a.get("LALU.AHMAD") == u
    with pytest.raises(InputError, match="already an account"):
        a.add("lalu.ahmad", "admin", PASSWORD, actor="cli:root")
    for bad in ("x", "two words", "-dash", "a" * 65, ""):
        with pytest.raises(InputError, match="not a login name"):
            a.add(bad, "officer", PASSWORD, actor="cli:root")
    with pytest.raises(InputError, match="too short"):
        a.add("baiq.rina", "approver", "short", actor="cli:root")
    with pytest.raises(InputError, match="not be the login name"):
        a.add("baiq.rina.s", "approver", "BAIQ.RINA.S", actor="cli:root")
    with pytest.raises(InputError, match="unknown role"):
        a.add("baiq.rina", "boss", PASSWORD, actor="cli:root")
    # the password is an argon2id hash, never the password
    from sqlalchemy import text

    with reg.engine.connect() as c:
        stored = c.execute(text("SELECT password_hash FROM users")).scalar()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert actions(reg) == [("cli:root", "user.add", "lalu.ahmad")]


def test_roles_disable_enable_and_the_last_admin(reg):
    a = reg.accounts
    a.add("admin.satu", "admin", PASSWORD, actor="cli:root")
    a.add("lalu.ahmad", "officer", PASSWORD, actor="cli:root")
    with pytest.raises(InputError, match="last admin"):
        a.disable("admin.satu", actor="cli:root")
    with pytest.raises(InputError, match="last admin"):
        a.set_role("admin.satu", "officer", actor="cli:root")
    assert a.set_role("lalu.ahmad", "approver", actor="admin.satu").role == "approver"
    assert a.disable("lalu.ahmad", actor="admin.satu").disabled
    assert a.count() == 1 and a.count("approver") == 0
    assert not a.enable("lalu.ahmad", actor="admin.satu").disabled
    with pytest.raises(InputError, match="no account"):
        a.disable("nobody", actor="admin.satu")
    assert [x[1] for x in actions(reg)] == ["user.add", "user.add", "user.role",
                                            "user.disable", "user.enable"]


def test_login_success_failure_and_disabled(reg):
    a = reg.accounts
    a.add("lalu.ahmad", "officer", PASSWORD, actor="cli:root")
    ok = a.authenticate("Lalu.Ahmad", PASSWORD, client="10.0.0.7", now=T0)
    assert ok.outcome == "ok" and ok.user.name == "lalu.ahmad"
    assert a.authenticate("lalu.ahmad", "wrong password", client="10.0.0.7").outcome == "bad"
    assert a.authenticate("nobody", PASSWORD, client="10.0.0.7").outcome == "bad"
    assert a.authenticate("not a name!", PASSWORD, client="10.0.0.7").outcome == "bad"
    a.add("admin.satu", "admin", PASSWORD, actor="cli:root")
    a.disable("lalu.ahmad", actor="admin.satu")
    assert a.authenticate("lalu.ahmad", PASSWORD).outcome == "disabled"
    assert a.authenticate("lalu.ahmad", "wrong password").outcome == "bad"
    logins = [(e.actor, e.action) for e in audit.entries(reg) if e.action.startswith("login")]
    assert logins == [("lalu.ahmad", "login.success"), ("lalu.ahmad", "login.failure"),
                      ("nobody", "login.failure"), ("(not a login name)", "login.failure"),
                      ("lalu.ahmad", "login.refused"), ("lalu.ahmad", "login.failure")]
    # the password typed never reaches the log
    assert all(PASSWORD not in e.details for e in audit.entries(reg))


def test_lock_out_per_account(reg):
    a = reg.accounts
    a.add("lalu.ahmad", "officer", PASSWORD, actor="cli:root")
    for i in range(acc.MAX_ACCOUNT - 1):
        assert a.authenticate("lalu.ahmad", f"guess {i}", client=f"10.0.0.{i}",
                              now=T0 + i * MIN).outcome == "bad"
    last = T0 + 4 * MIN
    locked = a.authenticate("lalu.ahmad", "guess 4", client="10.0.0.9", now=last)
    assert locked.outcome == "locked" and locked.scope == "account"
    assert locked.until == last + acc.LOCK
    # while locked even the right password is refused, and refusals do not extend the lock
    for k in range(3):
        again = a.authenticate("lalu.ahmad", PASSWORD, client="10.0.0.9", now=last + (k + 1) * MIN)
        assert again.outcome == "locked" and again.until == last + acc.LOCK
    # another account is not locked by it
    a.add("baiq.rina", "approver", PASSWORD, actor="cli:root")
    assert a.authenticate("baiq.rina", PASSWORD, client="10.0.0.9", now=last).outcome == "ok"
    # after the lock the right password works and clears the count
    assert a.authenticate("lalu.ahmad", PASSWORD, now=last + acc.LOCK + MIN).outcome == "ok"
    assert a.authenticate("lalu.ahmad", "x" * 12, now=last + acc.LOCK + 2 * MIN).outcome == "bad"
    assert "login.locked" in [e.action for e in audit.entries(reg)]


def test_reset_clears_the_lock_and_asks_for_a_new_password(reg):
    a = reg.accounts
    a.add("lalu.ahmad", "officer", PASSWORD, actor="cli:root")
    for i in range(acc.MAX_ACCOUNT):
        a.authenticate("lalu.ahmad", f"guess {i}", now=T0 + i * MIN)
    assert a.authenticate("lalu.ahmad", PASSWORD, now=T0 + 5 * MIN).outcome == "locked"
    a.reset("lalu.ahmad", "sementara-123", actor="cli:root", now=T0 + 6 * MIN)
    login = a.authenticate("lalu.ahmad", "sementara-123", now=T0 + 7 * MIN)
    assert login.outcome == "ok" and login.user.must_change
    with pytest.raises(InputError, match="not right"):
        a.change_password(login.user, "wrong", "baru-dan-panjang")
    with pytest.raises(InputError, match="differ"):
        a.change_password(login.user, "sementara-123", "sementara-123")
    u = a.change_password(login.user, "sementara-123", "baru-dan-panjang")
    assert not u.must_change
    assert a.authenticate("lalu.ahmad", "baru-dan-panjang", now=T0 + 8 * MIN).outcome == "ok"


def test_lock_out_per_client_address(reg):
    a = reg.accounts
    a.add("lalu.ahmad", "officer", PASSWORD, actor="cli:root")
    t = T0
    for i in range(acc.MAX_CLIENT):
        t = T0 + dt.timedelta(seconds=20 * i)
        a.authenticate(f"guess{i:02d}", "whatever-it-is", client="203.0.113.5", now=t)
    locked = a.authenticate("lalu.ahmad", PASSWORD, client="203.0.113.5", now=t)
    assert locked.outcome == "locked" and locked.scope == "client"
    # the same account from another address is fine
    assert a.authenticate("lalu.ahmad", PASSWORD, client="10.0.0.7", now=t).outcome == "ok"


def test_sessions_idle_absolute_logout_and_account_changes(reg):
    a = reg.accounts
    a.add("admin.satu", "admin", PASSWORD, actor="cli:root")
    u = a.add("lalu.ahmad", "officer", PASSWORD, actor="cli:root")
    token = a.start_session(u, client="10.0.0.7", agent="test", now=T0)
    s = a.session(token, now=T0 + MIN)
    assert s.user.name == "lalu.ahmad" and len(s.id) == 64 and s.id != token
    assert a.session("x" + token, now=T0) is None and a.session("", now=T0) is None
    # the cookie's token is not stored: only its hash
    from sqlalchemy import text

    with reg.engine.connect() as c:
        assert c.execute(text("SELECT id FROM desk_sessions")).scalar() == acc.token_id(token)
    # kept alive by use, up to the absolute limit
    t = T0
    while t < T0 + acc.ABSOLUTE - acc.IDLE:
        t += acc.IDLE - MIN
        assert a.session(token, now=t) is not None
    assert a.session(token, now=T0 + acc.ABSOLUTE + MIN) is None
    # idle too long
    token2 = a.start_session(u, now=T0)
    assert a.session(token2, now=T0 + acc.IDLE + MIN) is None
    # a role change or disabling ends the sessions
    token3 = a.start_session(u)
    a.set_role("lalu.ahmad", "approver", actor="admin.satu")
    assert a.session(token3) is None
    token4 = a.start_session(a.get("lalu.ahmad"))
    a.disable("lalu.ahmad", actor="admin.satu")
    assert a.session(token4) is None
    # logout
    a.enable("lalu.ahmad", actor="admin.satu")
    token5 = a.start_session(a.get("lalu.ahmad"))
    a.end_session(a.session(token5))
    assert a.session(token5) is None
    assert actions(reg)[-1] == ("lalu.ahmad", "logout", "lalu.ahmad")
