"""Inputs of any size in flat memory: the spreadsheet's first pass kept on disk, Parquet exports.

`KeyIndex`: what the first pass over a spreadsheet learns (which business each row belongs to,
each business's name, NIB and rows, the repeated products and the NIBs under two names) in a
private temporary SQLite database, which spills to a temporary file past a small page cache.
A national export (4.4 million businesses, ~8 million rows) would need several GB as Python
dicts; here the memory of a run does not grow with the file.

`ParquetBook`: a Parquet export (pyarrow, the `parquet` extra) read as rows, one record batch at a
time, for `spreadsheet.Table`, like `readiness.sheets.read.CsvBook`: the header is row 1, the first record
row 2, so errors.csv names rows as a spreadsheet program would show the exported CSV.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any
from collections.abc import Iterator

from readiness.errors import InputError

_SCHEMA = """
CREATE TABLE grp(g INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT, nib TEXT);
CREATE TABLE row(rn INTEGER PRIMARY KEY, g INTEGER NOT NULL);
CREATE TABLE prod(g INTEGER NOT NULL, pname TEXT NOT NULL, rn INTEGER NOT NULL, PRIMARY KEY(g, pname));
CREATE TABLE nibname(id INTEGER PRIMARY KEY, nib TEXT NOT NULL, norm TEXT NOT NULL, name TEXT, rn INTEGER,
                     UNIQUE(nib, norm));
"""


class KeyIndex:
    """The first pass of one spreadsheet (see the module's docstring). Groups are numbered 0,
    1, ... in order of first appearance; a row of no business has group -1."""

    def __init__(self) -> None:
        # "" is SQLite's private temporary database: on disk once its cache is full
        self.db = sqlite3.connect("", check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA cache_size=-8192")          # 8 MiB of pages
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.executescript(_SCHEMA)
        self.db.execute("BEGIN")
        self.n = 0
        self._last_key: str | None = None
        self._last_g = -1
        self._info: tuple[int, tuple[str, str]] = (-1, ("", ""))
        self._ends: dict[int, int] = {}

    # -- the first pass
    def group(self, key: tuple, name: str, nib: str) -> int:
        """The group of `key`, made (with this name and NIB) when it is new."""
        k = "\x1f".join(key)
        if k == self._last_key:                # a business's rows usually come together
            return self._last_g
        row = self.db.execute("SELECT g FROM grp WHERE key=?", (k,)).fetchone()
        if row is None:
            g = self.n
            self.db.execute("INSERT INTO grp(g, key, name, nib) VALUES (?, ?, ?, ?)", (g, k, name, nib))
            self.n += 1
        else:
            g = row[0]
        self._last_key, self._last_g = k, g
        return g

    def add_row(self, rn: int, g: int) -> None:
        self.db.execute("INSERT OR REPLACE INTO row(rn, g) VALUES (?, ?)", (rn, g))

    def product(self, g: int, pname: str, rn: int) -> int | None:
        """The row where business `g` first listed product `pname`, or None (recorded now)."""
        row = self.db.execute("SELECT rn FROM prod WHERE g=? AND pname=?", (g, pname)).fetchone()
        if row is not None:
            return row[0]
        self.db.execute("INSERT INTO prod(g, pname, rn) VALUES (?, ?, ?)", (g, pname, rn))
        return None

    def nib_name(self, nib: str, norm: str, name: str, rn: int) -> None:
        self.db.execute("INSERT OR IGNORE INTO nibname(nib, norm, name, rn) VALUES (?, ?, ?, ?)",
                        (nib, norm, name, rn))

    def shared_nibs(self, listed: int = 5) -> Iterator[tuple[str, int, list[tuple[str, int]]]]:
        """NIBs under more than one name, in order of first appearance: (nib, how many names,
        the first `listed` (name, first row) in order). Streamed from the database: a file
        that reuses one NIB under a million names costs no more memory than one that does not."""
        self.db.execute("DROP TABLE prod")                  # the first pass is over
        self.db.execute("CREATE INDEX row_g ON row(g)")
        self.db.execute("CREATE INDEX nibname_nib ON nibname(nib, id)")
        many = self.db.execute(
            "SELECT nib, count(*) FROM nibname GROUP BY nib HAVING count(*) > 1 ORDER BY min(id)")
        for nib, n in many:
            names = self.db.execute("SELECT name, rn FROM nibname WHERE nib=? ORDER BY id LIMIT ?",
                                    (nib, listed)).fetchall()
            yield nib, n, [(name, r) for name, r in names]

    # -- the second pass
    def group_of(self, rn: int) -> int | None:
        """The group of row `rn`: -1 for a row of no business, None for a row the first pass
        did not see (the file changed)."""
        row = self.db.execute("SELECT g FROM row WHERE rn=?", (rn,)).fetchone()
        return None if row is None else row[0]

    def info(self, g: int) -> tuple[str, str]:
        """(name, nib) of group `g`."""
        if self._info[0] != g:
            row = self.db.execute("SELECT name, nib FROM grp WHERE g=?", (g,)).fetchone()
            self._info = (g, (row[0], row[1]))
        return self._info[1]

    def rows(self, g: int) -> list[int]:
        return [r for (r,) in self.db.execute("SELECT rn FROM row WHERE g=? ORDER BY rn", (g,))]

    def last(self, g: int) -> int:
        """The last row of group `g` (asked in order: only the next few are kept)."""
        if g not in self._ends:
            if len(self._ends) > 4096:
                self._ends.clear()
            row = self.db.execute("SELECT max(rn) FROM row WHERE g=?", (g,)).fetchone()
            self._ends[g] = row[0]
        return self._ends[g]

    def close(self) -> None:
        self.db.close()


class DiskSet:
    """A set of strings (`in`, `add`) in a private temporary SQLite database: the output
    names a run has handed out (`io.unique_filename`), one per business, in flat memory."""

    def __init__(self) -> None:
        self.db = sqlite3.connect("", check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA cache_size=-4096")
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("CREATE TABLE s(v TEXT PRIMARY KEY) WITHOUT ROWID")
        self.db.execute("BEGIN")

    def __contains__(self, v: str) -> bool:
        return self.db.execute("SELECT 1 FROM s WHERE v=?", (v,)).fetchone() is not None

    def add(self, v: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO s(v) VALUES (?)", (v,))


# ------------------------------------------------------------------------------ Parquet

PARQUET_SUFFIXES = (".parquet", ".pq")


def _cell(v: Any) -> Any:
    """A Parquet value as the spreadsheet reader's cells are: text, number, date or None."""
    if v is None or isinstance(v, (str, int, float, dt.date)):
        return v
    if isinstance(v, bytes):
        return v.decode("utf-8", "replace")
    if isinstance(v, (list, tuple)):
        return "; ".join(str(x) for x in v if x is not None)
    return str(v)


class ParquetBook:
    """A Parquet file as rows (see the module's docstring), with the spreadsheet's limits on
    columns and cell length."""

    def __init__(self, path: str | Path, limits) -> None:
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise InputError("parquet_needs_pyarrow", file=str(path)) from None
        self.path, self.file, self.limits = Path(path), str(path), limits
        self.encoding = "utf-8"
        self.pf = pq.ParquetFile(self.path)
        self.header = list(self.pf.schema_arrow.names)
        if len(self.header) > limits.max_columns:
            raise InputError("csv_beyond_column", file=self.file, line=1,
                             last=str(limits.max_columns), n=f"{limits.max_columns:,}")

    def rows(self) -> Iterator[tuple[int, list]]:
        yield 1, list(self.header)
        rn = 1
        longest = self.limits.max_cell_chars
        for batch in self.pf.iter_batches(batch_size=8192):
            columns = [c.to_pylist() for c in batch.columns]
            for i in range(batch.num_rows):
                rn += 1
                row = [_cell(c[i]) for c in columns]
                for j, v in enumerate(row):
                    if isinstance(v, str) and len(v) > longest:
                        raise InputError("csv_long_cell", file=self.file, line=rn,
                                         column_name=self.header[j], limit=f"{longest:,}")
                yield rn, row
