"""Issuing certificates: number them in the register, sign them, write them.

    issuer = Issuer.open(database_url=None, draft=False)   # the office's key, the register
    outcomes = issuer.number(results, rs)      # one transaction for the whole list
    issued = outcomes[0].apply(results[0])     # the issued result (the caller's is unchanged)
    kind, pdf = issuer.document(issued, canonical=outcomes[0].canonical)   # rendered, signed

A certificate exists only once the register has it: `number` records every certified result
first (the number is printed on the page and is part of the signed result), then each is
rendered and signed. When rendering fails after the record was made, issuing the same dossier
again gives the same number (the content is unchanged) and makes the document.

Without the office's key nothing can be issued (NoKey: exit 2, with the hint to run
`readiness keys init`) unless `draft`: then no number, no record, no signature, and a
watermark on every page. Gap reports need neither key nor register.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from readiness.errors import InputError


class NoKey(InputError):
    """No office key: certificates cannot be issued (only drafts)."""

    def __init__(self, folder: Path):
        super().__init__("no_office_key", file=str(folder))


@dataclass
class Issued:
    """What happened to one result: its number and how it relates to the register, and what
    issuing adds to the result (`apply`)."""

    number: str | None
    outcome: str            # new | same | supersedes | draft | error
    previous: str | None = None
    error: str | None = None
    issued: dt.date | None = None   # the issue date printed (the first issue, for "same")
    # what issuing adds to the result's certificate: the office, place, signatory and signer;
    # once recorded the number, the issue date and the verification address (a draft: no number)
    certificate: dict = field(default_factory=dict)
    # the canonical JSON of the issued result, made once: its digest is recorded in the
    # register, the document attaches (and signs) these bytes
    canonical: bytes | None = None

    def apply(self, result: dict) -> dict:
        """The issued result: `result` with the certificate's additions (a new dict; `result`
        and its certificate are left as they were)."""
        if not self.certificate:
            return result
        return {**result, "certificate": {**result["certificate"], **self.certificate}}


class Issuer:
    def __init__(self, office, signer=None, register=None, *, draft: bool = False):
        self.office = office
        self.signer = signer
        self.register = register
        self.draft = draft
        self._logo = office.logo_bytes()

    @classmethod
    def open(cls, *, database_url=None, draft: bool = False, config_dir: Path | None = None,
             migrate: bool = True) -> Issuer:
        """The office's settings and key and the register (migrated when `migrate`). Raises
        NoKey when there is no key and this is not a draft."""
        from readiness.office import Office, config_dir as default_config_dir
        from readiness.pades import OfficeSigner

        office = Office.load(config_dir)
        if draft:
            return cls(office, draft=True)
        signer = OfficeSigner.from_config(config_dir)
        if signer is None:
            raise NoKey(Path(config_dir) if config_dir else default_config_dir())
        from readiness.register.store import Register

        return cls(office, signer, Register.open(database_url, migrate=migrate))

    def close(self) -> None:
        if self.register is not None:
            self.register.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- numbering --------------------------------------------------------------------------

    def _annotations(self, cert: dict) -> dict:
        """What the page and the signed result say about the issuing office."""
        o = self.office
        adds = {"office": o.name or cert.get("issuer") or "", "place": o.place,
                "signatory": {"name": o.signatory.name, "nip": o.signatory.nip,
                              "position": o.signatory.position}}
        if self.signer is not None:
            adds["signer"] = self.signer.info.short
            adds["trial"] = self.signer.info.trial
        if self.draft:
            adds["draft"] = True
            adds["number"] = None
        return adds

    def number(self, results: list[dict], rs=None, *, actor: str = "readiness") -> list[Issued | None]:
        """Give every certified result its number, recording them all in one transaction.
        The results are not changed: each `Issued` holds what issuing adds (`apply` makes
        the issued result) and the canonical JSON of the issued result. Returns one entry per
        result (None for results without a certificate); a result that cannot be recorded
        (no NIB) gets outcome "error"."""
        from readiness.register.records import parse_date, request_from_result
        from readiness.attachments import canonical_json

        out: list[Issued | None] = [None] * len(results)
        todo: list[tuple[int, dict]] = []
        requests = []
        for i, r in enumerate(results):
            if not (r.get("certified") and isinstance(r.get("certificate"), dict)):
                continue
            adds = self._annotations(r["certificate"])
            if self.draft:
                out[i] = Issued(None, "draft", certificate=adds)
                continue
            try:
                requests.append(request_from_result(
                    {**r, "certificate": {**r["certificate"], **adds}}, rs,
                    signer=self.signer.info.short))
            except InputError as e:
                out[i] = Issued(None, "error", error=e.one_line(), certificate=adds)
                continue
            out[i] = Issued(None, "error", certificate=adds)   # until the register answers
            todo.append((i, r))
        if not todo:
            return out

        def finalize(k: int, number: str, issued_on: dt.date) -> str:
            i, r = todo[k]
            iss = out[i]
            iss.certificate.update({"number": number, "issued": issued_on.isoformat(),
                                    "verify_url": self.office.verify_url(number)})
            iss.canonical = canonical_json(iss.apply(r))
            return hashlib.sha256(iss.canonical).hexdigest()

        dates = [parse_date(r["certificate"].get("issued")) for _, r in todo]
        outcomes = self.register.issue(requests, issued_on=dates, finalize=finalize, actor=actor)
        for (i, _), o in zip(todo, outcomes, strict=True):
            iss = out[i]
            iss.number, iss.outcome, iss.previous, iss.issued = o.number, o.outcome, o.previous, o.issued_on
        return out

    # -- documents --------------------------------------------------------------------------

    def document(self, result: dict, document: str = "auto", *,
                 canonical: bytes | None = None) -> tuple[str, bytes]:
        """The PDF of a result: a signed certificate once numbered, a draft when this issuer
        makes drafts, else the gap report. `canonical`: the result's canonical JSON when it
        was made already (`Issued.canonical`)."""
        from readiness.render.documents import render_pdf

        cert = result.get("certificate") or {}
        o = self.office

        def sign(pdf: bytes) -> bytes:
            return self.signer.sign(pdf, reason=f"Sertifikat {cert.get('number')}",
                                    location=o.place, name=o.signatory.name or o.name)

        signing = self.signer is not None and not self.draft
        return render_pdf(result, document, sign=sign if signing else None, logo=self._logo,
                          canonical=canonical)

    def write(self, result: dict, path, document: str = "auto", *,
              canonical: bytes | None = None) -> str:
        from readiness.files import atomic_write

        kind, data = self.document(result, document, canonical=canonical)
        atomic_write(path, data)
        return kind
