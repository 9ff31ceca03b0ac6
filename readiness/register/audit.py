"""The audit log: every decision, issue, revocation, login (and failed login), logout, role
change and status change, as an append-only chain of entries.

Each entry holds the SHA-256 of the previous entry's canonical form (`prev_sha256`) and of its
own (`sha256`); the first entry's predecessor is 64 zeros. The database refuses UPDATE and
DELETE on the table (triggers, as for the certificates' history), and `verify` recomputes the
chain: an entry changed with the trigger dropped no longer matches its hash, a deleted entry
leaves a gap in the sequence and breaks the link of the next one. (A chain cannot show that its
last entries were cut off: an office keeps the head that `readiness register audit` prints, or
an export, and passes it back with `--head` to check that it is still there.)

Entries are appended inside the transaction of what they record (a decision and its audit
entry commit together or not at all), always as the transaction's last step and under a lock
(SQLite's write lock, a PostgreSQL advisory lock), so the chain has no forks.

The canonical form: the JSON array ["readiness-audit/1", seq, at, actor, action, target,
details, prev_sha256] with `at` in UTC as YYYY-MM-DDTHH:MM:SS.ffffffZ and `details` the
entry's compact JSON text (sorted keys) exactly as stored; UTF-8, no spaces.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from dataclasses import dataclass
from collections.abc import Iterator

from readiness.errors import InputError

FORMAT = "readiness-audit/1"
GENESIS = "0" * 64
_LOCK_KEY = 0x41554449              # PostgreSQL advisory lock of the chain ("AUDI")
FIELDS = ("seq", "at", "actor", "action", "target", "details", "prev_sha256", "sha256")


@dataclass(frozen=True)
class Entry:
    seq: int
    at: dt.datetime
    actor: str
    action: str
    target: str
    details: str            # compact JSON text
    prev_sha256: str
    sha256: str

    @property
    def data(self) -> dict:
        try:
            return json.loads(self.details)
        except ValueError:
            return {}

    def row(self) -> dict:
        return {"seq": self.seq, "at": stamp(self.at), "actor": self.actor,
                "action": self.action, "target": self.target, "details": self.details,
                "prev_sha256": self.prev_sha256, "sha256": self.sha256}


def stamp(at: dt.datetime) -> str:
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.timezone.utc)
    return at.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def details_text(details: dict | None) -> str:
    return json.dumps(details or {}, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      default=str)


def canonical(seq: int, at: dt.datetime, actor: str, action: str, target: str, details: str,
              prev: str) -> bytes:
    return json.dumps([FORMAT, seq, stamp(at), actor, action, target, details, prev],
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def entry_hash(e: Entry) -> str:
    return hashlib.sha256(canonical(e.seq, e.at, e.actor, e.action, e.target, e.details,
                                    e.prev_sha256)).hexdigest()


@dataclass(frozen=True)
class Record:
    """What to append: who did what to which thing, with plain-data details."""
    actor: str
    action: str
    target: str = ""
    details: dict | None = None


def append(conn, records: list[Record], now: dt.datetime) -> list[int]:
    """Append entries inside the caller's write transaction (call it last). Returns their
    sequence numbers."""
    from sqlalchemy import insert, select, text

    from readiness.register.models import AuditEntry

    if not records:
        return []
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
    last = conn.execute(select(AuditEntry.seq, AuditEntry.sha256)
                        .order_by(AuditEntry.seq.desc()).limit(1)).first()
    seq, prev = (last[0], last[1]) if last else (0, GENESIS)
    now = now.astimezone(dt.timezone.utc)
    rows = []
    for r in records:
        seq += 1
        actor, action, target = r.actor[:200], r.action[:40], r.target[:200]
        details = details_text(r.details)
        sha = hashlib.sha256(canonical(seq, now, actor, action, target, details, prev)).hexdigest()
        rows.append({"seq": seq, "at": now, "actor": actor, "action": action, "target": target,
                     "details": details, "prev_sha256": prev, "sha256": sha})
        prev = sha
    conn.execute(insert(AuditEntry), rows)
    return [r["seq"] for r in rows]


def _entry(m) -> Entry:
    at = m["at"]
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.timezone.utc)
    return Entry(m["seq"], at, m["actor"], m["action"], m["target"], m["details"],
                 m["prev_sha256"], m["sha256"])


def entries(reg, *, since: int = 0, limit: int | None = None, newest_first: bool = False,
            actor: str | None = None, action: str | None = None,
            page: int = 1000) -> Iterator[Entry]:
    """Entries in sequence order (or newest first), read in pages."""
    from sqlalchemy import select

    from readiness.register.models import AuditEntry

    done, cursor = 0, None
    while limit is None or done < limit:
        n = page if limit is None else min(page, limit - done)
        q = select(AuditEntry.__table__)
        if actor:
            q = q.where(AuditEntry.actor == actor)
        if action:
            q = q.where(AuditEntry.action.like(action.rstrip("*") + "%") if action.endswith("*")
                        else AuditEntry.action == action)
        if newest_first:
            if cursor is not None:
                q = q.where(AuditEntry.seq < cursor)
            q = q.order_by(AuditEntry.seq.desc())
        else:
            q = q.where(AuditEntry.seq > (cursor if cursor is not None else since))
            q = q.order_by(AuditEntry.seq)
        with reg._tx(False) as conn:
            rows = conn.execute(q.limit(n)).mappings().all()
        for m in rows:
            yield _entry(m)
        done += len(rows)
        if len(rows) < n:
            return
        cursor = rows[-1]["seq"]


@dataclass
class Check:
    count: int
    head: tuple[int, str] | None          # (seq, sha256) of the last entry
    broken: int | None = None             # the first broken entry's sequence number
    code: str = ""                        # changed | missing | unlinked | head_missing
    next_seq: int | None = None           # missing: the entry that follows the gap

    @property
    def problem(self) -> str:
        """What is wrong, in English (the CLI and the desk word it from `code`)."""
        s = self.broken
        if self.code == "missing":
            gap = f"{s}" if self.next_seq == s + 1 else f"{s}-{self.next_seq - 1}"
            return f"entry {gap} is missing (deleted); entry {self.next_seq} follows entry {s - 1}"
        if self.code == "unlinked":
            return (f"entry {s} does not follow entry {s - 1}: the previous entry's hash "
                    f"differs (entry {s - 1} was changed, or this one)")
        if self.code == "changed":
            return f"entry {s} was changed after it was written: its content does not match its hash"
        if self.code == "head_missing":
            return f"the head remembered (entry {s}) is no longer in the log"
        return ""


def verify(reg, *, head: tuple[int, str] | None = None) -> Check:
    """Recompute the chain. `head`: a (seq, sha256) remembered from an earlier check or
    export, which must still be in the chain (a cut-off tail shows here)."""
    expected, prev_hash, count = 1, GENESIS, 0
    last: Entry | None = None
    seen_head = head is None
    for e in entries(reg):
        if e.seq != expected:
            return Check(count, _head(last), expected, "missing", e.seq)
        if e.prev_sha256 != prev_hash:
            return Check(count, _head(last), e.seq, "unlinked")
        actual = entry_hash(e)
        if actual != e.sha256:
            return Check(count, _head(last), e.seq, "changed")
        if head is not None and e.seq == head[0]:
            if e.sha256 != head[1]:
                return Check(count, _head(last), e.seq, "head_missing")
            seen_head = True
        prev_hash, last, count = actual, e, count + 1
        expected += 1
    if not seen_head:
        return Check(count, _head(last), head[0], "head_missing")
    return Check(count, _head(last))


def _head(e: Entry | None) -> tuple[int, str] | None:
    return (e.seq, e.sha256) if e is not None else None


def parse_head(value: str) -> tuple[int, str]:
    """'SEQ:SHA256' as printed by `readiness register audit`."""
    seq, _, sha = (value or "").strip().partition(":")
    if not seq.isdigit() or len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise InputError("not_audit_head", value=repr((value or "")[:80]), path="--head")
    return int(seq), sha


def export_lines(items, fmt: str) -> Iterator[str]:
    """The entries as CSV (with a header) or JSON Lines, streamed."""
    if fmt == "jsonl":
        for e in items:
            yield json.dumps(e.row(), ensure_ascii=False, separators=(",", ":")) + "\n"
        return
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(FIELDS)
    for e in items:
        row = e.row()
        # a spreadsheet must not run a value as a formula (actors and targets are typed text)
        w.writerow([_cell(row[f]) for f in FIELDS])
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    yield buf.getvalue()


def _cell(v):
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return v
