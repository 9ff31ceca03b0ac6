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
def keydir(tmp_path_factory):
    """A signing key pair (not in the user's config directory)."""
    from readiness.signing import generate_key

    d = tmp_path_factory.mktemp("keys")
    generate_key(d / "office.pem")
    generate_key(d / "other.pem")
    return d


@pytest.fixture(scope="session", autouse=True)
def empty_config(tmp_path_factory):
    """No default key from the developer's machine leaks into the tests."""
    import os

    old = os.environ.get("XDG_CONFIG_HOME")
    os.environ["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("xdg"))
    yield
    if old is None:
        os.environ.pop("XDG_CONFIG_HOME", None)
    else:
        os.environ["XDG_CONFIG_HOME"] = old


@pytest.fixture(scope="session")
def signed_cert(results, keydir, tmp_path_factory):
    """A certificate with a conditional product (tenun-sukarara), signed, written to disk."""
    from readiness.render.documents import write_document

    path = tmp_path_factory.mktemp("cert") / "tenun.pdf"
    kind = write_document(results[("tenun-sukarara", "id")], path, key_path=keydir / "office.pem")
    assert kind == "certificate"
    return path
