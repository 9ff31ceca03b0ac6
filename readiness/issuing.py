"""Issuing certificates: number them in the register, sign them, write them.

    issuer = Issuer.open(database_url=None, draft=False)   # the office's key, the register
    outcomes = issuer.number(results, rs)      # one transaction for the whole list
    kind, pdf = issuer.document(result)        # rendered, and signed when numbered

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
from dataclasses import dataclass
from pathlib import Path

from readiness.errors import InputError


class NoKey(InputError):
    """No office key: certificates cannot be issued (only drafts)."""

    def __init__(self, folder: Path):
        super().__init__("no_office_key", file=str(folder))


@dataclass
class Issued:
    """What happened to one result: its number and how it relates to the register."""

    number: str | None
    outcome: str            # new | same | supersedes | draft | error
    previous: str | None = None
    error: str | None = None
    issued: dt.date | None = None   # the issue date printed (the first issue, for "same")


class Issuer:
    def __init__(self, office, signer=None, register=None, *, draft: bool = False):
        self.office = office
        self.signer = signer
        self.register = register
        self.draft = draft
        self._logo = office.logo_bytes()

    @classmethod
    def open(cls, *, database_url=None, draft: bool = False, config_dir: Path | None = None,
             migrate: bool = True) -> "Issuer":
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

    def _annotate(self, result: dict) -> None:
        """What the page and the signed result say about the issuing office."""
        cert = result["certificate"]
        o = self.office
        cert["office"] = o.name or cert.get("issuer") or ""
        cert["place"] = o.place
        cert["signatory"] = {"name": o.signatory.name, "nip": o.signatory.nip,
                             "position": o.signatory.position}
        if self.signer is not None:
            cert["signer"] = self.signer.info.short
            cert["trial"] = self.signer.info.trial
        if self.draft:
            cert["draft"] = True
            cert["number"] = None

    def number(self, results: list[dict], rs=None, *, actor: str = "readiness") -> list[Issued | None]:
        """Give every certified result its number, recording them all in one transaction.
        Results are changed in place (certificate number, issue date, verification address,
        office, signer). Returns one entry per result (None for results without a
        certificate); a result that cannot be recorded (no NIB) gets outcome "error"."""
        from readiness.register.records import parse_date, request_from_result
        from readiness.attachments import canonical_json

        out: list[Issued | None] = [None] * len(results)
        todo: list[tuple[int, dict]] = []
        requests = []
        for i, r in enumerate(results):
            if not (r.get("certified") and isinstance(r.get("certificate"), dict)):
                continue
            self._annotate(r)
            if self.draft:
                out[i] = Issued(None, "draft")
                continue
            try:
                requests.append(request_from_result(r, rs, signer=self.signer.info.short))
            except InputError as e:
                out[i] = Issued(None, "error", error=e.one_line())
                continue
            todo.append((i, r))
        if not todo:
            return out

        def finalize(k: int, number: str, issued_on: dt.date) -> str:
            cert = todo[k][1]["certificate"]
            cert["number"] = number
            cert["issued"] = issued_on.isoformat()
            cert["verify_url"] = self.office.verify_url(number)
            return hashlib.sha256(canonical_json(todo[k][1])).hexdigest()

        dates = [parse_date(r["certificate"].get("issued")) for _, r in todo]
        outcomes = self.register.issue(requests, issued_on=dates, finalize=finalize, actor=actor)
        for (i, _), o in zip(todo, outcomes):
            out[i] = Issued(o.number, o.outcome, o.previous, issued=o.issued_on)
        return out

    # -- documents --------------------------------------------------------------------------

    def document(self, result: dict, document: str = "auto") -> tuple[str, bytes]:
        """The PDF of a result: a signed certificate once numbered, a draft when this issuer
        makes drafts, else the gap report."""
        from readiness.render.documents import render_pdf

        cert = result.get("certificate") or {}
        o = self.office

        def sign(pdf: bytes) -> bytes:
            return self.signer.sign(pdf, reason=f"Sertifikat {cert.get('number')}",
                                    location=o.place, name=o.signatory.name or o.name)

        signing = self.signer is not None and not self.draft
        return render_pdf(result, document, sign=sign if signing else None, logo=self._logo)

    def write(self, result: dict, path, document: str = "auto") -> str:
        from readiness.files import atomic_write

        kind, data = self.document(result, document)
        atomic_write(path, data)
        return kind
