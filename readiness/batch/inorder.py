"""What the local worker pool (readiness.batch.pool) and the Dask cluster
(readiness.batch.cluster) share: items sent in chunks, at most `window` chunks in flight,
results given back in input order; `Done` items keep their place without going to a worker.

Both import this module and neither imports the other's internals, so the pool can hand a map
to the cluster without an import circle (issue 24).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any
from collections.abc import Iterator


@dataclass(frozen=True)
class Done:
    """An item whose result is already known (an unreadable file, a result reused from an
    earlier run): it keeps its place in the order without going to a worker."""

    item: Any
    result: Any


@dataclass
class Slot:
    item: Any
    future: Any = None                # a concurrent.futures or a Dask future
    index: int = 0                    # the item's place in its chunk's results
    last: bool = False                # the last item of its chunk
    done: bool = False
    result: Any = None
    tries: int = 0
    alone: bool = False               # (cluster) sent again alone after its chunk's workers died


class InOrder:
    """What the local pool and the Dask cluster share: items sent in chunks, at most `window`
    chunks in flight, results given back in input order (`Done` items pass through). A
    subclass gives `items`, `chunk`, `window`, `_submit(slots)` and `_next(queue)`."""

    def _run(self) -> Iterator[tuple[Any, Any]]:
        queue: deque[Slot] = deque()
        pending: list[Slot] = []
        self.in_flight = 0
        for x in self.items:
            if type(x) is Done:
                queue.append(Slot(x.item, done=True, result=x.result))
            else:
                slot = Slot(x)
                queue.append(slot)
                pending.append(slot)
            if len(pending) >= self.chunk:
                self._submit(pending)
                pending = []
            while queue and (queue[0].done or self.in_flight >= self.window
                             or queue[0].future is not None and queue[0].future.done()):
                yield self._next(queue)
        if pending:
            self._submit(pending)
        while queue:
            if queue[0].future is None and not queue[0].done:   # cannot happen: all sent
                raise AssertionError("an item was never sent")
            yield self._next(queue)
