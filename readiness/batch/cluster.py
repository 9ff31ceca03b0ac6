"""The ordered map of `readiness.batch.pool` on a Dask distributed cluster (`--cluster`).

    for item, result in cluster_map("tcp://10.0.0.5:8786", fn, items, setup=init, ...):
        ...   # in the order of `items`, as soon as each is done

The same contract as `pool.ordered_map`, so `batch` (resume, outputs) and `impact` do not know
where the work ran:

- Ordered and bounded: items go to the cluster in chunks (one Dask task per chunk, `chunk`
  items), at most `window` chunks in flight (default: twice the cluster's threads), results
  are taken back in input order and released on the cluster at once; items are read lazily,
  so the client's memory does not follow the size of the input.
- Sent once: `fn`, `setup` and `setup_args` (the rule set, the options) travel in a worker
  plugin, installed on every worker once, also on a worker that joins or is restarted later;
  a task carries only its items. Each worker thread makes its state with `setup` on its
  first chunk and keeps it for the run (`teardown` runs on the workers when the map ends).
- Lost workers: Dask computes again, elsewhere, the tasks of a worker that died. A chunk whose
  workers kept dying (Dask's `KilledWorker`) is sent again one item per task; an item that
  still kills its worker gets `lost(item)` as its result. `restarts` counts chunks sent
  again that way.

ADDRESS is `tcp://HOST:PORT` (or any address `distributed.Client` takes: tls://...) for a
running scheduler, or `local:N` for a `LocalCluster` of N single-threaded worker processes on
this machine. Dask is imported only here: `pool.ordered_map` imports this module only when a
cluster is asked for, and turns a missing Dask into a one-line error.
"""

from __future__ import annotations

import gc
import os
import pickle
import tempfile
import threading
import uuid
from collections import deque
from typing import Any
from collections.abc import Callable, Iterable, Iterator

import dask
import distributed

from readiness.batch.inorder import InOrder, Slot
from readiness.errors import InputError

CONNECT_TIMEOUT = 10          # seconds to reach a scheduler / to see its first worker

# Dask's developer logs, kept in this process for a LocalCluster (its scheduler runs here) and
# for the client's connection to any scheduler. Each entry of the default 1,000 keeps a whole
# message alive: the client's log of what it sent holds every chunk's graph (its pickled items,
# ~54 KB a chunk of 64), the scheduler's logs to the workers every task (its items again), plus 1,000
# transitions and 100 computations (measured with tracemalloc at 20,000 businesses: 34 MB of
# pickled chunks held by `BatchedSend.recent_message_log` and the scheduler's copies of them).
# A few entries are enough to read a failure; the run does not debug Dask.
_SHORT_LOGS = {
    "distributed.admin.low-level-log-length": 20,
    "distributed.diagnostics.computations.max-history": 5,
    "distributed.diagnostics.erred-tasks.max-history": 20,
}

_RUNS: dict[str, tuple] = {}                 # a worker's: run token -> (fn, setup, args, per_chunk, teardown)
_STATES: dict[tuple[str, int], Any] = {}     # a worker's: (run token, thread) -> setup's state
_LOCK = threading.Lock()


class RunSetup(distributed.WorkerPlugin):
    """What every worker needs for one run, sent once (not with every chunk), also to a
    worker that joins or is restarted during the run."""

    def __init__(self, token: str, spec: tuple) -> None:
        self.token, self.spec = token, spec
        self.name = f"readiness-{token}"

    def setup(self, worker) -> None:
        folder = os.path.join(worker.local_directory, "readiness-tmp")
        os.makedirs(folder, exist_ok=True)
        tempfile.tempdir = folder          # WeasyPrint's fonts: removed with the worker's folder
        _RUNS[self.token] = self.spec

    def teardown(self, worker) -> None:
        _forget(self.token)


def _forget(token: str) -> None:
    spec = _RUNS.pop(token, None)
    with _LOCK:
        mine = [k for k in _STATES if k[0] == token]
        states = [_STATES.pop(k) for k in mine]
    if spec is not None and spec[4] is not None:
        for st in states:
            try:
                spec[4](st)
            except Exception:  # noqa: BLE001 - closing a connection at the end of a run
                pass


def _run_chunk(token: str, blob: bytes) -> bytes:
    """One task on a worker: the chunk's results, in its order. Items and results travel
    pickled by us: Dask then moves bytes, instead of walking every dossier and result
    looking for futures inside them (measured: that walk was most of the client's work)."""
    items = pickle.loads(blob)
    fn, setup, setup_args, per_chunk, _ = _RUNS[token]
    key = (token, threading.get_ident())
    if key not in _STATES:
        state = setup(*setup_args) if setup is not None else None
        with _LOCK:
            _STATES[key] = state
        # as in the local pool: what setup loaded lives as long as the run, out of the
        # garbage collector's full passes
        gc.collect()
        gc.freeze()
    state = _STATES[key]
    results = fn(state, items) if per_chunk else [fn(state, x) for x in items]
    return pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)


def close(conn) -> None:
    """Close a connection `connect` made (again is harmless)."""
    client, cluster = conn
    for x in (client, cluster):
        if x is not None:
            try:
                x.close()
            except Exception:  # noqa: BLE001 - closing at the end of a run
                pass


def connect(address: str):
    """(client, cluster or None) for ADDRESS; InputError (exit 2, one line) when Dask is not
    installed, the address is not understood or the scheduler cannot be reached."""
    if address.startswith("local:"):
        try:
            n = int(address[len("local:"):])
        except ValueError:
            n = 0
        if n < 1:
            raise InputError("cluster_bad_address", value=address)
        import logging

        with dask.config.set(_SHORT_LOGS):     # read when the scheduler and client are made
            cluster = distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                               dashboard_address=":0", silence_logs=logging.ERROR)
            return distributed.Client(cluster), cluster
    if "://" not in address and ":" not in address:
        raise InputError("cluster_bad_address", value=address)
    try:
        with dask.config.set(_SHORT_LOGS):
            client = distributed.Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as e:
        detail = " ".join(str(e).split()) or type(e).__name__
        raise InputError("cluster_unreachable", address=address, detail=detail[:200]) from None
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError):
        client.close()
        raise InputError("cluster_no_workers", address=address) from None
    return client, None


class ClusterMap(InOrder):
    """The iterator `cluster_map` returns (see the module's docstring)."""

    def __init__(self, address: str, fn: Callable, items: Iterable, *, setup: Callable | None,
                 setup_args: tuple, teardown: Callable | None, chunk: int, per_chunk: bool,
                 window: int | None, retries: int, lost: Callable[[Any], Any] | None,
                 failed: Callable[[Any, Exception], Any] | None = None) -> None:
        self.address, self.fn, self.items = address, fn, items
        self.spec = (fn, setup, setup_args, per_chunk, teardown)
        self.chunk, self.window, self.retries, self.lost = max(1, chunk), window, retries, lost
        self.failed = failed
        self.restarts = 0
        # now, not when iterated: a bad address or an unreachable scheduler stops the run
        # before it writes anything (`address` may be a connection `connect` made already)
        self.client, self.cluster = connect(address) if isinstance(address, str) else address

    def __iter__(self) -> Iterator[tuple[Any, Any]]:
        client, cluster = self.client, self.cluster
        token = uuid.uuid4().hex
        self.token = token
        plugin = RunSetup(token, self.spec)
        try:
            client.register_plugin(plugin)
            threads = sum(client.nthreads().values()) or 1
            self.window = self.window or 2 * threads
            self._got: tuple = (None, None)      # the chunk whose results were fetched
            yield from self._run()
        finally:
            try:
                client.unregister_worker_plugin(plugin.name)
            except Exception:  # noqa: BLE001 - the cluster is going away anyway
                pass
            client.close()
            if cluster is not None:
                cluster.close()

    def _submit(self, slots: list[Slot]) -> None:
        blob = pickle.dumps([s.item for s in slots], protocol=pickle.HIGHEST_PROTOCOL)
        fut = self.client.submit(_run_chunk, self.token, blob, pure=False, retries=self.retries)
        for i, s in enumerate(slots):
            s.future, s.index, s.last = fut, i, i == len(slots) - 1
        self.in_flight += 1

    def _next(self, queue: deque[Slot]) -> tuple[Any, Any]:
        """The oldest item and its result (waiting for it)."""
        killed = distributed.KilledWorker
        slot = queue[0]
        while not slot.done:
            fut = slot.future
            if self._got[0] is not fut:
                # each Future.result() fetches the data from its worker again: once a chunk
                try:
                    self._got = (fut, pickle.loads(fut.result()))
                except killed:
                    self._resend(queue, fut)
                    continue
                except Exception as e:  # noqa: BLE001 - the task raised (after Dask's retries)
                    if self.failed is None:
                        raise
                    self._resend(queue, fut, e)   # as the local pool: each item alone
                    continue
            slot.result, slot.done = self._got[1][slot.index], True
            if slot.last:
                self.in_flight -= 1
                self._got = (None, None)
                fut.release()                  # the cluster forgets the chunk's results now
        queue.popleft()
        return slot.item, slot.result

    def _resend(self, queue: deque[Slot], fut, error: Exception | None = None) -> None:
        """The workers running `fut` kept dying (or its function raised: `error`): its items
        are sent again one by one; an item that was already alone gets `lost(item)` (or
        `failed(item, error)`)."""
        if error is None:
            self.restarts += 1
        self.in_flight -= 1
        for slot in queue:
            if slot.future is not fut or slot.done:
                continue
            if slot.alone:
                if error is not None and self.failed is not None:
                    slot.result = self.failed(slot.item, error)
                else:
                    slot.result = self.lost(slot.item) if self.lost else None
                slot.done = True
                continue
            slot.alone = True
            self._submit([slot])


def cluster_map(address: str, fn: Callable, items: Iterable, *, setup: Callable | None = None,
                setup_args: tuple = (), teardown: Callable | None = None, chunk: int = 8,
                per_chunk: bool = False, window: int | None = None, retries: int = 3,
                lost: Callable[[Any], Any] | None = None,
                failed: Callable[[Any, Exception], Any] | None = None) -> ClusterMap:
    """`(item, fn(setup(*setup_args), item))` for every item, in order, on the Dask cluster at
    `address` (see the module's docstring)."""
    return ClusterMap(address, fn, items, setup=setup, setup_args=setup_args, teardown=teardown,
                      chunk=chunk, per_chunk=per_chunk, window=window, retries=retries, lost=lost,
                      failed=failed)
