"""The register as a spreadsheet (CSV or XLSX): one row per certificate with its status, or
one row per event of the history. Pure functions of the records; the words are the run's
language (readiness.words, section `cert`, and the register's column labels below)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from collections.abc import Iterable, Iterator

from readiness.clock import office_date
from readiness.register.records import CertificateRecord
from readiness.words import cert_text, label

COLUMNS = {
    "id": ["Nomor", "Status", "Nama usaha", "NIB", "Kabupaten/Kota", "Standar", "Terbit",
           "Berlaku sampai", "Produk", "Syarat", "Penanda tangan", "Menggantikan",
           "Digantikan oleh", "Dicabut pada", "Alasan pencabutan", "Dicabut oleh"],
    "en": ["Number", "Status", "Business name", "NIB", "Regency/city", "Standard", "Issued",
           "Valid until", "Products", "Conditions", "Signer", "Supersedes", "Superseded by",
           "Revoked on", "Revocation reason", "Revoked by"],
}
HISTORY_COLUMNS = {
    "id": ["Nomor", "Kejadian", "Waktu (UTC)", "Oleh", "Alasan", "Nomor terkait",
           "SHA-256 hasil bertanda tangan", "Penanda tangan"],
    "en": ["Number", "Event", "Time (UTC)", "By", "Reason", "Related number",
           "SHA-256 of the signed result", "Signer"],
}
FILL = {"valid": "C6EFCE", "superseded": "FFEB9C", "revoked": "FFC7CE", "expired": "D9D9D9"}


def certificate_rows(records: Iterable[CertificateRecord], lang: str,
                     today: dt.date | None = None) -> Iterator[tuple[list, str]]:

    for r in records:
        st = r.status(today)
        rev = r.revocation()
        products = "; ".join(f"{p.get('name')} ({label('verdict', p.get('verdict'), lang)})"
                             for p in r.products)
        conditions = "; ".join(f"{c.get('rule')}" + (f" ({c.get('product')})" if c.get("product") else "")
                               for c in r.conditions)
        yield [r.number, cert_text("st_" + st, lang), r.business_name, r.business_key, r.regency,
               r.edition, r.issued_on.isoformat(), r.valid_until.isoformat(), products,
               conditions, r.signer, r.supersedes() or "", r.superseded_by() or "",
               office_date(rev.at).isoformat() if rev else "", rev.reason if rev else "",
               rev.actor if rev else ""], st


def history_rows(records: Iterable[CertificateRecord], lang: str) -> Iterator[tuple[list, str]]:

    for r in records:
        for e in r.events:
            yield [r.number, cert_text("evk_" + e.kind, lang),
                   e.at.strftime("%Y-%m-%d %H:%M:%S"), e.actor, e.reason, e.related_number,
                   e.result_sha256, e.signer], ""


def export(records: Iterable[CertificateRecord], path: Path, *, lang: str = "id",
           history: bool = False, fmt: str | None = None, today: dt.date | None = None) -> int:
    """Write the register to `path` (CSV or XLSX by `fmt` or the file's suffix), atomically.
    Returns the number of rows."""
    from readiness.sheets.write import cell_text
    from readiness.files import atomic_writer

    fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
    header = (HISTORY_COLUMNS if history else COLUMNS)[lang if lang in COLUMNS else "id"]
    rows = history_rows(records, lang) if history else certificate_rows(records, lang, today)
    n = 0
    if fmt == "csv":
        with atomic_writer(path, "w") as f:
            f.write("\ufeff")                      # so spreadsheet programs read it as UTF-8
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            for cells, _ in rows:
                w.writerow([cell_text(c) for c in cells])
                n += 1
    elif fmt == "xlsx":
        from readiness.sheets.write import XlsxStream

        with atomic_writer(path, "wb") as f:
            x = XlsxStream(f, header, fills=FILL, fill_columns=(1,),
                           sheet="history" if history else "register")
            for cells, key in rows:
                x.add([cell_text(c) for c in cells], key or None)
                n += 1
            x.close()
    else:
        from readiness.errors import InputError

        raise InputError("export_format", format=repr(fmt), path="--format", expected="csv, xlsx")
    return n
