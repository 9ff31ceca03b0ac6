"""One renderer at a time: where every PDF of a process is drawn.

WeasyPrint (Pango underneath) is not thread-safe: a dozen PDF requests rendered at once in the
web server's thread pool deadlocked a thread inside Pango ("corrupted double-linked list").
So every drawing goes through `run(fn, *args)`:

- by default (the CLI, batch workers) in this process, one at a time (a lock);
- in the web app (`shared(queue=, timeout=)`, set for each request with `using`), in one
  child process that draws one document after another. At most `queue` callers wait or draw at once; one more is told `Busy` at
  once (the web answers 503 with Retry-After). A drawing that takes longer than `timeout`
  seconds ends the child (`TimedOut`, also 503) and the next call starts a fresh one; a child
  that dies (a crash inside Pango) is `Failed` and replaced, and the web server lives on.

    from readiness.render import service
    renderer = service.shared(queue=4, timeout=60)     # the web app, once
    with service.using(renderer):                      # each request
        pdf = service.run(draw, result, kind, logo)    # `draw`: module-level (pickled by name)

The child is `python -m readiness.render.service`: it reads (function, arguments) pickled
from its stdin and writes ("ok", value) or ("error", exception) to the pipe that was its
stdout (its own stdout goes to stderr, so nothing WeasyPrint prints can break the pipe). It
works in a temporary folder of its own (TMPDIR), removed when it ends, and exits when the
parent closes the pipe. Only the parent ever writes to it.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import pickle
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time

_HEADER = struct.Struct(">Q")
_LOCAL = threading.Lock()
_current: contextvars.ContextVar = contextvars.ContextVar("readiness_renderer",
                                                         default=(None, False))
_service: RenderService | None = None
_installing = threading.Lock()


class Busy(Exception):
    """Too many drawings waiting: try again in `retry_after` seconds."""

    def __init__(self, retry_after: int):
        super().__init__(f"the renderer is busy; retry in {retry_after} s")
        self.retry_after = retry_after


class TimedOut(Busy):
    """A drawing took longer than the time limit; its process was ended."""


class Failed(Exception):
    """The rendering process died while drawing."""


def run(fn, *args):
    """fn(*args), drawn by the renderer of this context: the service a web request set
    (`using`), else here under a lock."""
    service, patient = _current.get()
    if service is not None:
        return service.call(fn, *args, patient=patient)
    with _LOCAL:
        return fn(*args)


def shared(*, queue: int = 4, timeout: float = 60.0) -> RenderService:
    """The process's rendering service (made once, its child started at the first drawing;
    later calls set its limits). The web app takes it and sets it for each request."""
    global _service
    with _installing:
        if _service is None:
            _service = RenderService(queue=queue, timeout=timeout)
            import atexit

            atexit.register(_service.close)
        else:
            _service.queue, _service.timeout = queue, timeout
        return _service


@contextlib.contextmanager
def using(service: RenderService | None, *, patient: bool = False):
    """Within the block (and the threads it hands work to), `run` draws with `service`.
    `patient`: wait in line however long the queue is (the desk's officers: a certificate
    already numbered must be drawn), instead of being told Busy."""
    token = _current.set((service, patient))
    try:
        yield service
    finally:
        _current.reset(token)


class RenderService:
    """A child process drawing one document at a time, behind a bounded queue."""

    def __init__(self, *, queue: int = 4, timeout: float = 60.0):
        self.queue, self.timeout = queue, timeout
        self._turn = threading.Lock()         # whose drawing the child does now
        self._count = threading.Lock()        # guards `waiting`
        self.waiting = 0                      # callers waiting or drawing
        self._proc: subprocess.Popen | None = None
        self._tmp: str | None = None
        self.started = 0                      # child processes started (tests, the log)

    def call(self, fn, *args, patient: bool = False):
        with self._count:
            if self.waiting >= self.queue and not patient:
                raise Busy(self._retry_after())
            self.waiting += 1
        try:
            wait = self.timeout * (self.queue + 1 if patient else 1)
            if not self._turn.acquire(timeout=wait):
                raise Busy(self._retry_after())
            try:
                return self._draw(fn, args)
            finally:
                self._turn.release()
        finally:
            with self._count:
                self.waiting -= 1

    def _retry_after(self) -> int:
        return max(5, min(120, int(self.timeout)))

    def _draw(self, fn, args):
        payload = pickle.dumps((fn, args), protocol=pickle.HIGHEST_PROTOCOL)
        proc = self._child()
        try:
            proc.stdin.write(_HEADER.pack(len(payload)) + payload)
            proc.stdin.flush()
            status, value = pickle.loads(self._read(proc, time.monotonic() + self.timeout))
        except _Late:
            self._end()
            raise TimedOut(self._retry_after()) from None
        except (OSError, EOFError, pickle.UnpicklingError, struct.error) as e:
            self._end()
            raise Failed(f"the rendering process ended: {e}") from None
        if status == "error":
            raise value
        return value

    def _read(self, proc, deadline: float) -> bytes:
        head = _read_exactly(proc.stdout.fileno(), _HEADER.size, deadline)
        return _read_exactly(proc.stdout.fileno(), _HEADER.unpack(head)[0], deadline)

    def _child(self) -> subprocess.Popen:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        self._end()
        self._tmp = tempfile.mkdtemp(prefix="readiness-render-")
        env = {**os.environ, "TMPDIR": self._tmp}
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "readiness.render.service"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=None, env=env, close_fds=True, bufsize=0)
        self.started += 1
        return self._proc

    def _end(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            for pipe in (proc.stdin, proc.stdout):
                try:
                    pipe.close()
                except OSError:
                    pass
        if self._tmp:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def close(self) -> None:
        """End the child (at exit; tests)."""
        turn = self._turn.acquire(timeout=5)
        try:
            proc = self._proc
            if proc is not None and proc.poll() is None:
                try:
                    proc.stdin.close()        # the child's loop ends; then it is waited for
                    proc.wait(5)
                except (OSError, subprocess.TimeoutExpired):
                    pass
            self._end()
        finally:
            if turn:
                self._turn.release()


class _Late(Exception):
    pass


def _read_exactly(fd: int, n: int, deadline: float) -> bytes:
    import select

    parts, got = [], 0
    while got < n:
        left = deadline - time.monotonic()
        if left <= 0:
            raise _Late()
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            raise _Late()
        chunk = os.read(fd, min(n - got, 1 << 20))
        if not chunk:
            raise EOFError("end of the pipe")
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


# -- the child --------------------------------------------------------------------------------

def _serve() -> None:
    """The child's loop: draw what the parent sends until it closes the pipe."""
    reply = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)                             # whatever WeasyPrint prints goes to stderr
    sys.stdout = sys.stderr
    inbox = sys.stdin.buffer
    while True:
        head = inbox.read(_HEADER.size)
        if len(head) < _HEADER.size:
            return
        fn, args = pickle.loads(inbox.read(_HEADER.unpack(head)[0]))
        try:
            out = ("ok", fn(*args))
        except Exception as e:  # noqa: BLE001 - sent back to be raised in the parent
            out = ("error", e)
        try:
            data = pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as e:  # noqa: BLE001 - an exception that does not pickle
            data = pickle.dumps(("error", RuntimeError(f"{type(out[1]).__name__}: {e}")))
        reply.write(_HEADER.pack(len(data)) + data)


if __name__ == "__main__":
    _serve()
