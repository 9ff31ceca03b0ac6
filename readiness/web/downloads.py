"""Names of files the web app hands out or takes in, made safe to show and to save.

    headers={"content-disposition": attachment("laporan.pdf")}
    name = clean_name(upload.filename)

A name comes from people (an organizer's upload, a business) and may carry a right-to-left
override (U+202E turns "rekap\u202excod.exe" into "rekapexe.docx" on screen) or other bidi
controls, zero-width and control characters, quotes, slashes, or be very long. `clean_name`
drops every control and format character (Unicode categories Cc, Cf, Zl, Zp, Co, Cs, Cn),
path separators and quotes, folds runs of spaces and keeps at most `max_len` characters;
`attachment` writes the header with an ASCII fallback and the UTF-8 name (RFC 6266, 5987).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import quote

_DROP = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"})
_UNSAFE = re.compile(r'["\\/:*?<>|;]')


def clean_name(name: str | None, *, max_len: int = 120, default: str = "berkas") -> str:
    """A file name as a person may see and save it: the last part of any path, no control,
    format or bidi characters, no quotes or separators, at most `max_len` characters."""
    text = unicodedata.normalize("NFC", str(name or ""))
    text = PureWindowsPath(PurePosixPath(text).name).name      # "C:\\x\\y.csv" -> "y.csv"
    text = "".join(" " if unicodedata.category(c) in ("Zs",) else c for c in text
                   if unicodedata.category(c) not in _DROP)
    text = _UNSAFE.sub("_", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    if len(text) > max_len:
        stem, dot, ext = text.rpartition(".")
        keep = ("." + ext) if dot and 0 < len(ext) <= 8 else ""
        text = text[:max_len - len(keep)].rstrip(" .") + keep
    return text or default


def attachment(name: str) -> str:
    """The Content-Disposition of a download named `name` (cleaned here again)."""
    name = clean_name(name)
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    ascii_name = re.sub(r"[^A-Za-z0-9._ -]", "_", ascii_name)
    ascii_name = re.sub(r" {2,}", " ", ascii_name).strip() or "berkas"
    value = f'attachment; filename="{ascii_name}"'
    if ascii_name != name:
        value += "; filename*=UTF-8''" + quote(name, safe="")
    return value
