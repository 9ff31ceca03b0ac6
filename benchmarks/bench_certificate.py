"""What a certificate costs a batch worker, and what each way of making it cheaper gives, side
by side in one process (CPU time of this process per certificate, median of interleaved rounds;
benchmarks/harness.py):

    python benchmarks/bench_certificate.py [--rounds 3] [--docs 10]

- `today`: `Issuer.document(result, "certificate")` as a batch worker calls it: the page
  (template, QR code as one SVG path), PDF/A-3b with the result attached, the office's PAdES
  signature (a trial key in a temporary folder). The baseline;
- `unsigned`: the same PDF without the signature (what signing costs);
- `no-qr`: without the QR code (the most any other way of drawing it can save);
- `qr-png`: the QR code as a PNG image (segno, served by the packaged-asset fetcher) instead of
  the SVG path;
- `html-only`: the page's HTML alone (template and context: the floor under any PDF option).

Every PDF variant's page text is compared with `today`'s (it must be identical). Then the
profile of `today` by stage (cProfile, top functions by own time).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from harness import Rounds, header  # noqa: E402

AS_OF = dt.date(2026, 11, 27)
DOSSIER = ROOT / "examples" / "dossiers" / "kopi-sembalun.yaml"


def qr_png(data: str) -> str:
    """The QR code as an <img> of a PNG served by the renderer's fetcher (the option measured)."""
    import io

    import segno

    from readiness.render.pdf import Renderer

    buf = io.BytesIO()
    segno.make(data, error="m", micro=False).save(buf, kind="png", border=2, scale=4,
                                                   dark="#111111", light="#ffffff")
    png = buf.getvalue()
    name = f"qr/{hashlib.sha256(png).hexdigest()[:16]}.png"
    Renderer.get().fetcher.add_asset(name, png)
    return f'<img src="{name}" alt="" style="width:32mm;height:32mm;display:block">'


def page_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--docs", type=int, default=10, help="certificates per variant and round")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-cert-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    os.environ.pop("READINESS_DATABASE_URL", None)
    from readiness.cli import main as cli

    try:
        cli(["keys", "init", "--office", "Dinas Perindustrian Provinsi Nusa Tenggara Barat",
             "--signatory", "Uji Coba", "--nip", "198001012005011001", "--position",
             "Kepala Dinas", "--place", "Mataram", "--base-url", "https://example.invalid"])
    except SystemExit:
        pass
    from readiness.api import check_path, load_standard
    from readiness.issuing import Issuer
    from readiness.render import documents
    from readiness.render.documents import build_context, render_pdf
    from readiness.render.pdf import Renderer

    rs = load_standard(None)
    d = check_path(DOSSIER, rs, lang="id", as_of=AS_OF).to_dict()
    issuer = Issuer.open(database_url=f"sqlite:///{tmp / 'register.sqlite3'}")
    issuer.number([d], rs)
    assert documents.choose_document(d) == "certificate"
    svg = documents.qr_svg
    out: dict[str, bytes] = {}

    def per_doc(fn) -> float:
        t = time.process_time()
        for _ in range(a.docs):
            fn()
        return (time.process_time() - t) / a.docs

    def variant(name: str, fn, qr=None):
        def go() -> float:
            documents.qr_svg = qr or svg
            try:
                def one():
                    data = fn()
                    out[name] = data
                    return data
                return per_doc(one)
            finally:
                documents.qr_svg = svg
        return go

    today = lambda: issuer.document(d, "certificate")[1]             # noqa: E731
    unsigned = lambda: render_pdf(d, "certificate")[1]              # noqa: E731
    html = lambda: Renderer.get().html("certificate", build_context(d, "certificate")).encode()  # noqa: E731
    for fn in (today, unsigned, html):        # warm: imports, fonts, the signer
        fn()
    header(f"one certificate, CPU time of this process, {a.docs} per variant and round")
    r = Rounds(a.rounds, unit="ms", scale=1000)
    r.add("today", variant("today", today))
    r.add("unsigned", variant("unsigned", unsigned))
    r.add("no-qr", variant("no-qr", today, qr=lambda data: ""))
    r.add("qr-png", variant("qr-png", today, qr=qr_png))
    r.add("html-only", variant("html-only", html))
    r.run(quiet=True)
    r.report(baseline="today")
    base = page_text(out["today"])
    for name in ("unsigned", "no-qr", "qr-png"):
        print(f"  page text of {name} identical to today's: {page_text(out[name]) == base}")

    import cProfile
    import pstats

    prof = cProfile.Profile()
    prof.enable()
    for _ in range(a.docs):
        today()
    prof.disable()
    print(f"profile of `today` ({a.docs} certificates), top functions by own time:")
    st = pstats.Stats(prof)
    st.sort_stats("tottime").print_stats(15)
    issuer.close()


if __name__ == "__main__":
    main()
