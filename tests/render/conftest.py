"""Shared, module-scoped fixtures for the document tests: results of the six examples (the real
engine), a signing key, and a handful of PDFs rendered once."""

import json
from pathlib import Path

import pytest

from tests.support.paths import AS_OF, EXAMPLES

SAMPLES = Path(__file__).parent / "samples"


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
