"""Where a spreadsheet's header row is, as files really come: below a title row or two
("REKAP PENDAFTARAN UMKM MOTOGP 2026", merged across the sheet), below merged group headers
("Data Usaha" over the business columns), or split over two rows where a group header's cells
were merged (the sub-headers "No. P-IRT", "No. BPOM" under a merged "Izin Produk").

`find_header` looks at the first rows with a value and takes the one that holds most of the
headers a mapping knows, filling its empty cells from the row above or below it when those hold
known headers; without known headers, the first row about as wide as the widest row.
"""

from __future__ import annotations

from typing import Any
from collections.abc import Collection, Iterable

from readiness.values import as_text, is_empty, norm

SCAN = 30            # rows with a value looked at for the header


def _filled(row: list) -> int:
    return sum(not is_empty(c) for c in row)


def _hits(row: list, known: Collection[str]) -> int:
    return sum(1 for c in row if not is_empty(c) and norm(as_text(c)) in known)


def _text(c: Any) -> str:
    return "" if c is None or is_empty(c) else as_text(c)


def find_header(rows: Iterable[tuple[int, list]], known: Collection[str]) -> tuple[int, list[str]] | None:
    """(the last row number of the header, the header cells as text), or None when no row has
    a value. `known`: normalised headers (readiness.values.norm) of the mappings that may read
    the file."""
    seen: list[tuple[int, list]] = []
    for i, row in rows:
        if _filled(row):
            seen.append((i, list(row)))
            if len(seen) >= SCAN:
                break
    if not seen:
        return None
    scores = [_hits(r, known) for _, r in seen]
    k = max(range(len(seen)), key=lambda j: (scores[j], -j))
    if scores[k] < 2:                     # no known form: the first row as wide as the data
        widest = max(_filled(r) for _, r in seen)
        k = next(j for j, (_, r) in enumerate(seen) if _filled(r) >= max(2, widest // 2)) \
            if widest >= 2 else 0
        return seen[k][0], [_text(c) for c in seen[k][1]]
    last, cells = seen[k][0], [_text(c) for c in seen[k][1]]
    for j in (k - 1, k + 1):              # a header split over two rows by merged cells
        if not 0 <= j < len(seen) or abs(seen[j][0] - seen[k][0]) != 1 \
                or scores[j] < (2 if j > k else 1):   # a data row below is no sub-header
            continue
        other = seen[j][1]
        width = max(len(cells), len(other))
        cells += [""] * (width - len(cells))
        for c, v in enumerate(other):
            if not cells[c] and not is_empty(v) and norm(as_text(v)) in known:
                cells[c] = as_text(v)
                last = max(last, seen[j][0])
    return last, cells
