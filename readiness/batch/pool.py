"""An ordered, bounded, crash-recovering map over worker processes (`batch`, `impact`).

    for item, result in ordered_map(fn, items, jobs=2, setup=init, setup_args=(rs,)):
        ...   # in the order of `items`, as soon as each is done

- Ordered: results come back in the order of the items, whatever order the workers finish.
- Bounded: items are sent in chunks (`chunk` per task) and at most `window` chunks are in
  flight, so memory does not follow the size of the input; items are read lazily.
- Crash-recovering: when a worker dies (killed, out of memory), the pool is started again and
  every item whose result was lost is run again, alone and one after the other (a dead worker
  breaks the whole pool: only alone can an item be blamed); an item that kills a worker
  `retries` times so gets `lost(item)` as its result and the run goes on. `restarts` counts
  the restarts. A chunk whose function raises is sent again item by item; an item that raises alone gets
  `failed(item, error)` (without `failed`, the error stops the map).
- Process-wide state is changed in the workers only: each worker dies with its parent, gets
  its own temporary folder (removed when the map ends; WeasyPrint leaves fonts there) and
  keeps what `setup` loaded out of the garbage collector's full passes (`gc.freeze`). With
  one job the items run in this process, after `setup`, with none of that.

`fn(state, item)` (or, with `per_chunk`, `fn(state, items) -> results`: work that is
cheaper once per chunk, such as one database transaction) and `setup(*setup_args) -> state`
must be picklable top-level functions; `teardown(state)` runs when the map ends in this
process (workers end with their process).
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any
from collections.abc import Callable, Iterable, Iterator

from readiness.batch.inorder import Done, InOrder, Slot

_STATE: dict[str, Any] = {}     # a worker's own: what `setup` returned, and `fn`


def die_with_parent(parent: int) -> None:
    """A worker must not outlive a run that was killed (SIGKILL runs no cleanup): ask Linux
    to signal it when the parent dies, and watch the parent id as a fallback."""
    import signal

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)            # PR_SET_PDEATHSIG
    except Exception:  # noqa: BLE001 - not Linux: the watcher below is enough
        pass

    def watch():
        while True:
            if os.getppid() != parent:
                os._exit(1)
            time.sleep(0.5)

    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def _worker_init(fn, setup, setup_args, parent: int, tmp_root: str, per_chunk: bool) -> None:
    import signal

    # Ctrl-C reaches the whole process group: the parent stops the run (and says how to
    # resume); a worker printing its own KeyboardInterrupt traceback would only add noise
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent)
    folder = os.path.join(tmp_root, f"worker-{os.getpid()}")
    os.makedirs(folder, exist_ok=True)
    tempfile.tempdir = folder            # this worker's own, removed by the parent at the end
    _STATE["fn"], _STATE["per_chunk"] = fn, per_chunk
    _STATE["state"] = setup(*setup_args) if setup is not None else None
    # what is loaded now (modules, the rule set, schemas) lives as long as the worker: keep it
    # out of the cyclic garbage collector's full passes, which otherwise walk it every few
    # dozen items
    gc.collect()
    gc.freeze()


def _run_chunk(items: list) -> list:
    fn, state = _STATE["fn"], _STATE["state"]
    return fn(state, items) if _STATE["per_chunk"] else [fn(state, x) for x in items]


class OrderedMap(InOrder):
    """The iterator `ordered_map` returns; `restarts` counts worker-pool restarts."""

    def __init__(self, fn: Callable, items: Iterable, *, jobs: int, setup: Callable | None,
                 setup_args: tuple, teardown: Callable | None, chunk: int, per_chunk: bool,
                 window: int | None, retries: int, lost: Callable[[Any], Any] | None,
                 failed: Callable[[Any, Exception], Any] | None = None) -> None:
        self.fn, self.items, self.jobs = fn, items, max(1, jobs)
        self.setup, self.setup_args, self.teardown = setup, setup_args, teardown
        self.per_chunk = per_chunk
        self.chunk, self.window = max(1, chunk), window or 3 * max(1, jobs)
        self.retries, self.lost, self.failed = retries, lost, failed
        self.restarts = 0

    def __iter__(self) -> Iterator[tuple[Any, Any]]:
        if self.jobs == 1:
            yield from self._here()
            return
        tmp_root = tempfile.mkdtemp(prefix="readiness-pool-")
        self._args = (self.fn, self.setup, self.setup_args, os.getpid(), tmp_root, self.per_chunk)
        self.pool = self._start()
        try:
            yield from self._run()
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)
            shutil.rmtree(tmp_root, ignore_errors=True)

    def _here(self) -> Iterator[tuple[Any, Any]]:
        """One job: the items in this process, in chunks when `per_chunk`, in order."""
        state = self.setup(*self.setup_args) if self.setup is not None else None
        try:
            if not self.per_chunk:
                for x in self.items:
                    yield (x.item, x.result) if type(x) is Done else (x, self._one(state, x))
                return
            held: list = []          # items in order, Done or to run

            def flush():
                todo = [x for x in held if type(x) is not Done]
                results = iter(self._guarded(state, todo) if todo else [])
                for x in held:
                    yield (x.item, x.result) if type(x) is Done else (x, next(results))
                held.clear()

            for x in self.items:
                held.append(x)
                if sum(type(y) is not Done for y in held) >= self.chunk:
                    yield from flush()
            yield from flush()
        finally:
            if self.teardown is not None:
                self.teardown(state)

    def _one(self, state, x):
        try:
            return self.fn(state, x)
        except Exception as e:
            if self.failed is None:
                raise
            return self.failed(x, e)

    def _guarded(self, state, items: list) -> list:
        """`fn(state, items)`; when it raises, each item alone, and `failed(item, error)` for
        an item that raises alone (the items around it keep their results)."""
        try:
            return self.fn(state, items)
        except Exception as e:
            if self.failed is None:
                raise
            if len(items) == 1:
                return [self.failed(items[0], e)]
            return [r for x in items for r in self._guarded(state, [x])]

    def _start(self) -> ProcessPoolExecutor:
        import multiprocessing as mp

        ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
        return ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=_worker_init,
                                   initargs=self._args)

    def _submit(self, slots: list[Slot]) -> None:
        fut = self.pool.submit(_run_chunk, [s.item for s in slots])
        for i, s in enumerate(slots):
            s.future, s.index, s.last = fut, i, i == len(slots) - 1
        self.in_flight += 1

    def _next(self, queue: deque[Slot]) -> tuple[Any, Any]:
        """The oldest item and its result (waiting for it)."""
        slot = queue[0]
        while not slot.done:
            try:
                results = slot.future.result()
            except BrokenProcessPool:
                self._recover(queue)
                continue
            except Exception as e:      # the chunk raised (not a dead worker)
                if self.failed is None:
                    raise
                self._split(queue, slot.future, e)
                continue
            slot.result, slot.done = results[slot.index], True
            if slot.last:
                self.in_flight -= 1
        queue.popleft()
        return slot.item, slot.result

    def _split(self, queue: deque[Slot], fut: Future, error: Exception) -> None:
        """A chunk raised: its items are sent again one by one; an item that raised alone gets
        `failed(item, error)`."""
        mine = [s for s in queue if s.future is fut and not s.done]
        self.in_flight -= 1
        for s in mine:
            if len(mine) == 1:
                s.result, s.done = self.failed(s.item, error), True
            else:
                self._submit([s])

    def _recover(self, queue: deque[Slot]) -> None:
        """A worker died: start a new pool and run again, alone and one after the other, every
        item whose result was lost. A dead worker breaks the whole pool, so only an item that
        kills a worker while nothing else runs is the cause: after `retries` times it gets
        `lost(item)`; the items that were merely beside it get their results."""
        self._restart()
        self.in_flight = 0
        for slot in queue:
            if slot.done or slot.future is None:
                continue
            fut = slot.future
            if fut.done() and not fut.cancelled() and fut.exception() is None:
                slot.result, slot.done = fut.result()[slot.index], True
                continue
            self._alone(slot)

    def _restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._start()
        self.restarts += 1

    def _alone(self, slot: Slot) -> None:
        while True:
            fut = self.pool.submit(_run_chunk, [slot.item])
            try:
                slot.result, slot.done = fut.result()[0], True
                return
            except BrokenProcessPool:
                self._restart()
                slot.tries += 1
                if slot.tries >= self.retries:
                    slot.result, slot.done = (self.lost(slot.item) if self.lost else None), True
                    return
            except Exception as e:
                if self.failed is None:
                    raise
                slot.result, slot.done = self.failed(slot.item, e), True
                return


def _cluster_module():
    """readiness.batch.cluster, imported when a cluster is asked for (Dask is an extra)."""
    import importlib

    try:
        cluster = importlib.import_module("readiness.batch.cluster")
    except ImportError as e:
        if (e.name or "").split(".")[0] not in ("dask", "distributed"):
            raise
        from readiness.errors import InputError

        raise InputError("cluster_needs_dask") from None
    return cluster


def connect_cluster(address: str):
    """A connection to the Dask cluster at ADDRESS (tcp://HOST:PORT or local:N) for
    `ordered_map(cluster=...)`; InputError (exit 2) when Dask is missing or it cannot be
    reached. Close it with `close_cluster`."""
    return _cluster_module().connect(address)


def close_cluster(conn) -> None:
    _cluster_module().close(conn)


def ordered_map(fn: Callable, items: Iterable, *, jobs: int = 1, setup: Callable | None = None,
                setup_args: tuple = (), teardown: Callable | None = None, chunk: int = 8,
                per_chunk: bool = False, window: int | None = None, retries: int = 3,
                lost: Callable[[Any], Any] | None = None,
                failed: Callable[[Any, Exception], Any] | None = None,
                cluster=None):
    """`(item, fn(setup(*setup_args), item))` for every item, in order, over `jobs` worker
    processes (see the module's docstring), or on the Dask cluster at `cluster`
    (`readiness.batch.cluster`, the same contract; `jobs` is then the cluster's business)."""
    if cluster:
        return _cluster_module().cluster_map(cluster, fn, items, setup=setup, setup_args=setup_args,
                           teardown=teardown, chunk=chunk, per_chunk=per_chunk, window=window,
                           retries=retries, lost=lost, failed=failed)
    return OrderedMap(fn, items, jobs=jobs, setup=setup, setup_args=setup_args,
                      teardown=teardown, chunk=chunk, per_chunk=per_chunk, window=window,
                      retries=retries, lost=lost, failed=failed)
