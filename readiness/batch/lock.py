"""One run per output folder: `OutputLock` (`OUTDIR/.state/lock`).

A second run into a folder that a run is writing would interleave result lines, drop the
other's generations and leave a half-written folder; it exits 2 at once instead, naming the
run that holds the folder (process id, host, start time).

The lock is an exclusive `flock` on the lock file, held for the whole run: the kernel drops it
when the process ends however it ends (killed, out of memory, power cut on the next boot), so a
lock left by a dead run is taken over without anyone deleting anything; the file then only
says who held it last. Where the file system has no `flock` (some network shares), the file's
process id decides: a holder on this host whose process is gone is stale and taken over, a
holder on another host is respected.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import socket
import time
from pathlib import Path

from readiness.errors import InputError

LOCK = "lock"
DYING_WORKERS = 3.0    # seconds the workers of a killed run take at most to end (they check
                       # their parent twice a second)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:          # someone else's process: alive
        return True
    return True


def _read(fd: int) -> dict:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = json.loads(os.read(fd, 4096).decode("utf-8") or "{}")
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError, UnicodeDecodeError):
        return {}


class OutputLock:
    """`with OutputLock(state_dir, outdir):` holds the folder, or raises InputError
    (`output_busy`: exit 2) naming the run holding it. `taken_over` tells whether a lock
    left by a dead run was found (and what it said)."""

    def __init__(self, state: Path, outdir: Path | str) -> None:
        self.path, self.outdir = Path(state) / LOCK, str(outdir)
        self.fd: int | None = None
        self.taken_over: dict | None = None

    def acquire(self) -> OutputLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            holder = self._lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if holder is not None:
            os.close(fd)
            raise InputError("output_busy", outdir=self.outdir, pid=holder.get("pid", "?"),
                             host=holder.get("host", "?"), started=holder.get("started", "?"))
        me = {"pid": os.getpid(), "host": socket.gethostname(),
              "started": dt.datetime.now().astimezone().isoformat(timespec="seconds")}
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, (json.dumps(me) + "\n").encode("utf-8"))
        self.fd = fd
        return self

    def _lock(self, fd: int) -> dict | None:
        """None when this process now holds the folder, else what the lock file says of the
        holder."""
        import fcntl

        previous = _read(fd)
        deadline = time.monotonic() + DYING_WORKERS
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as e:
                if e.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    return self._no_flock(previous)
                holder = _read(fd) or previous
                # the run that holds it was killed, its workers (which share the lock) are
                # ending with it (pool.die_with_parent): wait for them, then take over
                if holder.get("host") == socket.gethostname() and isinstance(holder.get("pid"), int) \
                        and not _alive(holder["pid"]) and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                return holder
        if previous.get("pid") not in (None, os.getpid()):
            self.taken_over = previous       # a run that ended without releasing: taken over
        return None

    def _no_flock(self, previous: dict) -> dict | None:
        """No flock on this file system: the holder's process id decides."""
        if previous.get("host") == socket.gethostname() and isinstance(previous.get("pid"), int) \
                and previous["pid"] != os.getpid() and _alive(previous["pid"]):
            return previous
        if previous.get("host") not in (None, socket.gethostname()):
            return previous
        if previous.get("pid") not in (None, os.getpid()):
            self.taken_over = previous       # a run that ended without releasing: taken over
        return None

    def release(self) -> None:
        if self.fd is None:
            return
        try:
            os.ftruncate(self.fd, 0)         # nobody holds it now
        except OSError:
            pass
        os.close(self.fd)                    # (closing drops the flock)
        self.fd = None

    def __enter__(self) -> OutputLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
