"""Shared, module-scoped fixtures for the document tests: results of the six examples (the real
engine), a signing key, and a handful of PDFs rendered once."""

import datetime as dt
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "dossiers"
SAMPLES = Path(__file__).parent / "samples"
AS_OF = dt.date(2026, 11, 27)
INJECTION = '<img src="file:///etc/passwd"></td><style>body{display:none}</style>'


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


@pytest.fixture(scope="session")
def results():
    """{(example name, lang): result dict} from the real engine."""
    from readiness.api import check_path, load_standard

    std = load_standard(None)
    out = {}
    for p in sorted(EXAMPLES.glob("*.yaml")):
        for lang in ("id", "en"):
            out[(p.stem, lang)] = check_path(p, std, lang=lang, as_of=AS_OF).to_dict()
    return out


@pytest.fixture(scope="session")
def sample():
    def load(name):
        return json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    return load


@pytest.fixture(scope="session")
def office_signer():
    """The office's signer (the trial key the session's config directory holds)."""
    from readiness.pades import OfficeSigner

    return OfficeSigner.from_config()


@pytest.fixture(scope="session")
def signed_cert(results, tmp_path_factory):
    """A certificate with a conditional product (tenun-sukarara), numbered in a register of its
    own and signed with the office's trial key: (path, the result as issued)."""
    from readiness.api import issue_document

    d = tmp_path_factory.mktemp("cert")
    result = results[("tenun-sukarara", "id")]
    kind, issued = issue_document(result, d / "tenun.pdf", database_url=d / "register.sqlite3")
    assert kind == "certificate" and issued.outcome == "new"
    return d / "tenun.pdf", issued.apply(result)
