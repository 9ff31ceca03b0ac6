"""What the PAdES signature adds to a certificate: the median time to render a certificate PDF
(PDF/A-3b, result attached) without and with the office's signature, in the same run.
Target: signing adds <= 30 ms.

    python benchmarks/bench_signing.py [--rounds 15]

The key is a fresh trial key (RSA 3072, as `readiness keys init` makes). Also shown: pyHanko's
stock SimpleSigner with its defaults (it parses the private key for every signature and signs
twice to size the signature), which readiness.pades.OfficeSigner avoids.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def median_ms(fn, rounds):
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=15)
    a = ap.parse_args()

    from readiness.api import check_path, load_standard
    from readiness.office import Office, create_trial_key
    from readiness.pades import OfficeSigner
    from readiness.render import documents as D

    result = check_path(ROOT / "examples" / "dossiers" / "kopi-sembalun.yaml", load_standard(None),
                        as_of=dt.date(2026, 11, 27)).to_dict()
    result["certificate"]["number"] = "MM27-000123-9"
    result["certificate"]["verify_url"] = "https://sertifikat.example.go.id/v/MM27-000123-9"
    with tempfile.TemporaryDirectory() as tmp:
        kf = create_trial_key(Office(name="Dinas Perindustrian Provinsi NTB"), folder=Path(tmp))
        signer = OfficeSigner(kf.key, kf.cert)
        def unsigned_pdf():    # the same page, the signing step left out
            return D.render_pdf(result, sign=lambda pdf: pdf)[1]

        unsigned = unsigned_pdf()
        signer.sign(unsigned)
        D.render_pdf(result, sign=signer.sign)                       # warm up both
        render = both = 0.0
        for _ in range(3):     # interleaved rounds: the machine's load hits both alike
            render += median_ms(unsigned_pdf, a.rounds) / 3
            both += median_ms(lambda: D.render_pdf(result, sign=signer.sign), a.rounds) / 3
        sign_only = median_ms(lambda: signer.sign(unsigned), a.rounds)

        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import fields, signers

        stock = signers.SimpleSigner.load(str(kf.key), str(kf.cert))
        meta = signers.PdfSignatureMetadata(field_name="S", md_algorithm="sha256",
                                            subfilter=fields.SigSeedSubFilter.PADES, certify=True)
        stock_ms = median_ms(lambda: signers.PdfSigner(meta, stock).sign_pdf(
            IncrementalPdfFileWriter(io.BytesIO(unsigned))), max(3, a.rounds // 3))

    print(f"certificate rendered, not signed (baseline)   {render:7.1f} ms")
    print(f"certificate rendered and signed                {both:7.1f} ms  "
          f"({both / render:.2f}x; the signature adds {both - render:.1f} ms)")
    print(f"the signature alone (OfficeSigner)             {sign_only:7.1f} ms")
    print(f"pyHanko's stock SimpleSigner, for comparison   {stock_ms:7.1f} ms")
    print(f"target: signing adds <= 30 ms: {'met' if both - render <= 30 else 'NOT met'}")


if __name__ == "__main__":
    main()
