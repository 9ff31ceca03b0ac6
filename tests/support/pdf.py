"""What a PDF says: its text (pypdf), its pages, its attachments."""


def norm(text: str) -> str:
    """Text with all whitespace removed (PDF text wraps anywhere)."""
    return "".join(text.split())


def pdf_text(data: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def pdf_pages(data: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def attachments(data: bytes) -> dict:
    import io

    from pypdf import PdfReader

    return PdfReader(io.BytesIO(data)).attachments


def pdftotext(path, *, layout: bool = True) -> str:
    """The text as a reader's tool gives it (poppler's pdftotext; tests that use it skip where
    poppler-utils is absent)."""
    import subprocess

    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout
