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


def poppler_text(path) -> str:
    """What a reader's PDF tool extracts (poppler's pdftotext, layout kept)."""
    import subprocess

    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
