"""What a batch leaves for the vendor desk, written from the completion index (streamed):

- `summary.csv`, `summary.xlsx`: one row per business;
- `errors.csv`: every input file or row that could not be read, and the cross-record warnings;
- `summary.pdf`: an overview with charts (certified vs not by regency and by category, the
  requirements that fail most often);
- for each .xlsx input, `<name>.results.xlsx`: a copy with result columns coloured by verdict.

Every file is written atomically (temporary file, then rename).
"""

from __future__ import annotations

import contextlib
import functools
import csv
import itertools
import io
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from collections.abc import Iterator

from readiness.clock import office_today
from readiness.batch.spreadsheet import Issue
from readiness.sheets.write import XlsxStream, cell_text
from readiness.files import atomic_write, atomic_writer
from readiness.render.fetcher import assets_base_url, make_fetcher
from readiness.words import Msg, Section, capfirst, date_text, label, value_label

# `verdict` is the business's overall verdict (capped at its best product's: what the desk acts
# on); the business-level verdict and score sit together, each product's verdict with its own
# score, so no status stands next to a score that is not its own
COLUMNS = ["no", "name", "nib", "regency", "source", "rows", "certified", "verdict",
           "business_verdict", "score", "products_ready", "products_conditional", "products_total",
           "products", "blocking", "major", "form_gaps", "certificate", "document", "notes"]
# summary.xlsx column widths (characters), by column
WIDTHS = {"no": 5, "name": 32, "nib": 16, "regency": 16, "source": 24, "rows": 8, "certified": 13,
          "verdict": 15, "business_verdict": 15, "score": 10, "products_ready": 9,
          "products_conditional": 9, "products_total": 9, "products": 60, "blocking": 22,
          "major": 28, "form_gaps": 20, "certificate": 34, "document": 32, "notes": 60}
ERROR_COLUMNS = ["e_source", "e_row", "e_column", "e_level", "e_kind", "e_business", "e_message"]
FILL = {"ready": "C6EFCE", "conditional": "FFEB9C", "not_ready": "FFC7CE", "error": "D9D9D9"}


@functools.lru_cache(maxsize=64)
def verdict_word(verdict: str, lang: str) -> str:
    """A summary row's status: a verdict in words, or "error" (the business was not checked)."""
    return Section("summary", lang).verdict_error if verdict == "error" else label("verdict", verdict, lang)


def expand(rows: str) -> list[int]:
    """'2-3, 5' -> [2, 3, 5]."""
    out = []
    for part in (rows or "").split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            a, b = part.split("-", 1)
            out.extend(range(int(a), int(b) + 1))
        elif part.isdigit():
            out.append(int(part))
    return out


def iter_index(index: Path) -> Iterator[dict]:
    with open(index, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _notes_by_row(issues) -> dict[str, dict]:
    """source -> row -> cross-record issues touching it; a shared NIB by the NIB (source ->
    ("nib", NIB) -> issue): its rows are only the first few, its businesses may be many."""
    out: dict[str, dict] = defaultdict(lambda: defaultdict(list))
    for i in issues:
        if i.kind == "duplicate_nib" and isinstance(i.message, Msg):
            out[i.source][("nib", i.message.args.get("nib"))].append(i)
        elif i.kind in ("duplicate_nib", "duplicate_product"):
            for r in expand(i.row):
                out[i.source][r].append(i)
    return out


def summary_cells(n: int, e: dict, notes_map: dict, L: Section) -> list:
    """The summary row (COLUMNS order) of the n-th business, from its completion marker."""
    row = e["row"]
    notes = []
    seen = set()
    by_source = notes_map.get(e["source"], {})
    nib = re.sub(r"[\s.\-]", "", str(row.get("nib") or e.get("nib") or ""))
    for r in [("nib", nib)] + expand(e.get("rows", "")):
        for i in by_source.get(r, []):
            if id(i) in seen:
                continue
            seen.add(id(i))
            notes.append(L["dup_nib" if i.kind == "duplicate_nib" else "dup_product"].format(rows=i.row))
    own = e.get("issues", [])
    bad = [i for i in own if i["kind"] in ("bad_cell", "bad_bytes")]
    if bad:
        notes.append(L["bad_cells"].format(n=len(bad)))
    for i in own:
        if i["kind"] == "conflicting_value":
            notes.append(L["conflict"].format(col=i["column"]))
    gaps = row.get("form_gaps") or []
    if gaps:
        notes.append(L["form_gap_note"].format(n=len(gaps), rules=" ".join(gaps)))
    if row["verdict"] == "error":
        notes.append(L["error"])
    score = row.get("score")
    verdict = verdict_word(row["verdict"], L.lang)
    level = row.get("business_verdict")     # absent in markers of older runs
    return [n, row.get("name", ""), row.get("nib", ""), row.get("regency", ""),
            Path(e["source"]).name, e.get("rows", ""),
            "" if row["verdict"] == "error" else value_label(bool(row["certified"]), L.lang),
            verdict, verdict_word(level, L.lang) if level else "", "" if score is None else score,
            row.get("products_ready", 0), row.get("products_conditional", 0),
            row.get("products_total", 0), products_text(row.get("products") or [], L),
            " ".join(row.get("blocking", [])), " ".join(row.get("major", [])), " ".join(gaps),
            row.get("certificate", ""), e.get("doc", ""), "; ".join(notes)]


def products_text(products: list, L: Section) -> str:
    """'Kopi Arabika: siap (100.0); Kopi Robusta: belum siap (62.5)': each product's verdict
    beside its own score."""
    out = []
    for name, verdict, score in products:
        shown = verdict_word(verdict, L.lang)
        out.append(f"{name}: {shown}" + ("" if score is None else f" ({float(score):.1f})"))
    return "; ".join(out)


def header(lang: str) -> list[str]:
    L = Section("summary", lang)
    return [L[c] for c in COLUMNS]


class SummaryStream:
    """summary.csv and summary.xlsx written row by row while a batch runs (the rows come in
    order), so that with several workers the main process writes them while it would wait
    anyway, instead of in one serial pass at the end. Both files are temporary until
    `close()`; `abort()` leaves the previous ones untouched."""

    def __init__(self, csv_path: Path, xlsx_path: Path, issues, lang: str) -> None:
        self.L = Section("summary", lang)
        self.notes_map = _notes_by_row(issues)
        self.n = 0
        self.stack = contextlib.ExitStack()
        try:
            cf = self.stack.enter_context(atomic_writer(csv_path, "w"))
            xf = self.stack.enter_context(atomic_writer(xlsx_path, "wb"))
            cf.write("\ufeff")                      # so spreadsheet programs read it as UTF-8
            self.csv = csv.writer(cf, lineterminator="\n")
            self.csv.writerow(header(lang))
            vi = COLUMNS.index("verdict")
            self.xlsx = XlsxStream(xf, header(lang), fills=FILL, fill_columns=(vi - 1, vi),
                                   widths=[WIDTHS[c] for c in COLUMNS],
                                   link_column=COLUMNS.index("document"))
        except BaseException:
            self.abort()
            raise

    def add(self, e: dict) -> None:
        self.n += 1
        cells = [cell_text(c) for c in summary_cells(self.n, e, self.notes_map, self.L)]
        self.csv.writerow(cells)
        self.xlsx.add(cells, e["row"]["verdict"])

    def close(self) -> None:
        try:
            self.xlsx.close()
        except BaseException:
            self.abort()
            raise
        self.stack.close()

    def abort(self) -> None:
        # the workbook is finished into its temporary file (removed just below): a zip left
        # open would complain when the interpreter collects it (after Ctrl-C, for one)
        if getattr(self, "xlsx", None) is not None:
            with contextlib.suppress(Exception):
                self.xlsx.close()
        err = RuntimeError("batch stopped before its summaries were complete")
        with contextlib.suppress(RuntimeError):
            self.stack.__exit__(RuntimeError, err, None)


def write_summaries(csv_path: Path, xlsx_path: Path, index: Path, issues, lang: str) -> None:
    """summary.csv and summary.xlsx in one pass over the index (one row per business)."""
    out = SummaryStream(csv_path, xlsx_path, issues, lang)
    try:
        for e in iter_index(index):
            out.add(e)
    except BaseException:
        out.abort()
        raise
    out.close()


def write_errors_csv(path: Path, issues, lang: str) -> None:
    L = Section("summary", lang)
    with atomic_writer(path, "w") as f:
        f.write("\ufeff")
        w = csv.writer(f, lineterminator="\n")
        w.writerow([L[c] for c in ERROR_COLUMNS])
        for i in issues:
            message = " ".join(i.text(lang).split())
            w.writerow([cell_text(x) for x in (i.source, i.row, i.column, i.level, i.kind,
                                               i.business, message)])


def write_xlsx_copy(src: Path, dest: Path, index: Path, issues, lang: str,
                    header_row: int | None = None) -> None:
    """The input workbook with result columns added to every data row, coloured by verdict;
    beside the header row the batch read (below any title rows), else the first with a value."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill

    L = Section("summary", lang)
    by_row: dict[int, tuple] = {}
    for e in iter_index(index):
        if e["source"] != str(src):
            continue
        r = e["row"]
        cert = "" if r["verdict"] == "error" else value_label(bool(r["certified"]), lang)
        for rn in e.get("xlsx_rows") or expand(e.get("rows", "")):
            by_row[rn] = (cert, r["verdict"], r.get("score"), " ".join(r.get("blocking", [])),
                          e.get("doc", ""))
    bad: dict[int, list[str]] = defaultdict(list)
    for i in issues:
        if i.source == str(src) and i.level == "error" and i.row:
            for rn in expand(i.row):
                bad[rn].append(f"{i.column}: {i.text(lang)}" if i.column else i.text(lang))
    wb = openpyxl.load_workbook(src)
    ws = wb.worksheets[0]
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row) if header_row is None else ():
        if any(c.value not in (None, "") for c in row):
            header_row = row[0].row
            break
    if header_row is None:
        return
    last = max((c.column for c in ws[header_row] if c.value not in (None, "")), default=0)
    names = ["r_col_cert", "r_col_verdict", "r_col_score", "r_col_blocking", "r_col_doc", "r_col_note"]
    for j, n in enumerate(names, start=1):
        c = ws.cell(row=header_row, column=last + j, value=L[n])
        c.font = Font(bold=True)
    fills = {k: PatternFill("solid", fgColor=v) for k, v in FILL.items()}
    for rn in range(header_row + 1, ws.max_row + 1):
        res = by_row.get(rn)
        note = "; ".join(bad.get(rn, []))
        if res is None and not note:
            continue
        cert, verdict, score, blocking, doc = res or ("", "error", None, "", "")
        if note and res is not None and verdict != "error":
            verdict_shown = verdict      # the business was checked on its other rows
        else:
            verdict_shown = verdict
        vals = [cert, verdict_word(verdict_shown, lang), score, blocking, doc, note]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=rn, column=last + j, value=cell_text(v))
            key = "error" if note else verdict
            if key in fills:
                c.fill = fills[key]
    buf = io.BytesIO()
    wb.save(buf)
    atomic_write(dest, buf.getvalue())


COPY_MAX_BYTES = 64 * 1024 * 1024    # inflated size of a workbook openpyxl loads whole for the copy


def annotated_copy(src: Path, dest: Path, index: Path, issues, lang: str,
                   header_row: int | None = None):
    """`write_xlsx_copy`, or the warning (an Issue) saying why the copy was not written: the
    copy loads the whole workbook with openpyxl (to keep its formatting), so a workbook larger
    than COPY_MAX_BYTES inflated, or one openpyxl cannot load, gets no copy and the run goes
    on; the results are in the summaries either way."""
    import zipfile

    def skipped(why: Msg):
        return Issue(str(src), "", "", "warning", "copy_skipped", "", code="copy_skipped",
                     args={"copy": dest.name, "why": why})

    try:
        with zipfile.ZipFile(src) as z:
            size = sum(i.file_size for i in z.infolist())
    except (OSError, zipfile.BadZipFile) as e:
        return skipped(Msg("copy_reopen", {"detail": str(e)}))
    if size > COPY_MAX_BYTES:
        return skipped(Msg("copy_too_big", {"size": f"{size:,}", "limit": f"{COPY_MAX_BYTES:,}"}))
    try:
        write_xlsx_copy(src, dest, index, issues, lang, header_row)
    except Exception as e:  # noqa: BLE001 - a workbook the reader accepted but openpyxl does not
        return skipped(Msg("copy_failed", {"detail": f"{type(e).__name__}: {str(e)[:200]}"}))
    return None


# ------------------------------------------------------------------------------ summary.pdf

def aggregate(index: Path) -> dict:
    """What summary.pdf shows, from the index: the counts, by regency and by category, the
    requirements failed most often (no business by name: those are in summary.xlsx)."""
    by_regency: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    rules: Counter = Counter()
    totals = Counter()
    for e in iter_index(index):
        r = e["row"]
        if r["verdict"] == "error":
            totals["errors"] += 1
            continue
        totals["businesses"] += 1
        totals["certified" if r["certified"] else "not_certified"] += 1
        by_regency[r.get("regency") or ""][0 if r["certified"] else 1] += 1
        for cat, on_cert in r.get("categories", []):
            by_category[cat or ""][0 if on_cert else 1] += 1
        for rule in r.get("blocking", []) + r.get("major", []):
            rules[rule] += 1
    return {"by_regency": dict(by_regency), "by_category": dict(by_category),
            "rules": rules.most_common(12), "totals": dict(totals)}


def write_summary_pdf(path: Path, agg: dict, *, rs, lang: str, as_of=None,
                      key_file: Path | None = None) -> None:
    """summary.pdf; with `key_file` (the digest of the page it was made from), a PDF made from
    the same page is not made again."""
    import hashlib

    import jinja2

    L = Section("summary", lang)

    def bars(data: dict[str, list[int]], label) -> list[dict]:
        rows = sorted(data.items(), key=lambda kv: (-(kv[1][0] + kv[1][1]), kv[0]))
        top = max((a + b for _, (a, b) in rows), default=1) or 1
        return [{"label": label(k), "yes": a, "no": b, "w_yes": round(300 * a / top, 1),
                 "w_no": round(300 * b / top, 1)} for k, (a, b) in rows]

    def rule_title(rid: str) -> str:
        r = rs.rule(rid) if hasattr(rs, "rule") else None
        t = getattr(r, "title", None) if r is not None else None
        if isinstance(t, dict):
            return t.get(lang) or t.get("id") or ""
        return str(t or "")

    top = max((n for _, n in agg["rules"]), default=1) or 1
    ctx = {
        "L": L, "lang": lang, "standard": rs.ref, "edition": rs.version,
        "standard_title": (rs.title or {}).get(lang, "") if isinstance(rs.title, dict) else "",
        "as_of": date_text(as_of or office_today(), lang),
        "generated": date_text(office_today(), lang), "totals": agg["totals"],
        "regencies": bars(agg["by_regency"], lambda k: k or L["unknown"]),
        "categories": bars(agg["by_category"],
                           lambda k: capfirst(label("category", k, lang)) if k else L["unknown"]),
        "rules": [{"id": rid, "title": rule_title(rid), "n": n, "w": round(300 * n / top, 1)}
                  for rid, n in agg["rules"]],
    }
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    html = env.get_template("summary.html.j2").render(**ctx)
    # the same page as the last run's (an incremental rerun with nothing changed, the same
    # day): its PDF is kept, ~20 ms a page saved
    from readiness.batch.cache import renderer_version

    key = hashlib.sha256((renderer_version() + html).encode("utf-8")).hexdigest()
    if key_file is not None and path.exists():
        try:
            if key_file.read_text(encoding="ascii").strip() == key:
                return
        except OSError:
            pass
    from weasyprint import HTML          # (1.5 s of imports a rerun with nothing new skips)

    fetcher = make_fetcher()
    data = HTML(string=html, base_url=assets_base_url(), url_fetcher=fetcher).write_pdf()
    atomic_write(path, data)
    if key_file is not None:
        atomic_write(key_file, key + "\n")


# ------------------------------------------------------------------------------ all of it

def write_all(outdir: Path, index: Path, issues, plan, *, rs, lang: str, pdf: bool, stats,
              summaries: SummaryStream | None = None, as_of=None) -> None:
    """Everything made from the finished index; `summaries` is the stream the run already
    fed (closed here, in the order the files always had), else they are written now."""
    # `issues` may be read back from the index each time it is iterated: never made a list
    failures: list = []
    for kind, obj in plan.items:
        if kind == "sheet" and obj.path.suffix.lower() == ".xlsx":
            failed = annotated_copy(obj.path, outdir / f"{obj.path.stem}.results.xlsx", index,
                                    issues, lang, obj.table.header_row)
            if failed is not None:
                failures.append(failed)
                stats.warnings += 1
    write_errors_csv(outdir / "errors.csv", itertools.chain(issues, failures), lang)
    if summaries is not None:
        summaries.close()
    else:
        write_summaries(outdir / "summary.csv", outdir / "summary.xlsx", index, issues, lang)
    if pdf:
        write_summary_pdf(outdir / "summary.pdf", aggregate(index), rs=rs, lang=lang, as_of=as_of,
                          key_file=index.parent / "summary.pdf.sha256")
