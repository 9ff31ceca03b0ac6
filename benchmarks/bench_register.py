"""What recording certificates in the register adds to a batch with PDFs.

    python benchmarks/bench_register.py [--certificates 20000] [--renders 20] [--database-url URL]

A batch numbers each worker chunk of certificates (8) in one transaction before it renders
and signs their PDFs (readiness.issuing.Issuer.number, as readiness.batch.runner calls it).
This measures, in one run:
- recording: Issuer.number over --certificates distinct certified results in chunks of 8
  (building the requests, one transaction per chunk, the digest of each signed result), on a
  fresh register (SQLite by default, or --database-url);
- the baseline: rendering and signing one certificate (Issuer.document), the median of
  --renders, times --certificates.
Rendering 20,000 certificates takes about half an hour on one core, so the PDF side is
measured on a sample and multiplied; the recording side is measured in full. Target:
recording adds <= 5% to the batch.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--certificates", type=int, default=20000)
    ap.add_argument("--renders", type=int, default=20)
    ap.add_argument("--database-url", default=None)
    ap.add_argument("--chunk", type=int, default=8)
    a = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
        os.environ["XDG_DATA_HOME"] = str(tmp / "data")
        from readiness.api import check_path, load_standard
        from readiness.issuing import Issuer
        from readiness.office import Office, create_trial_key, config_dir

        office = Office(name="Dinas Perindustrian Provinsi NTB", place="Mataram",
                        base_url="https://sertifikat.example.go.id", folder=config_dir())
        office.save()
        create_trial_key(office)
        rs = load_standard(None)
        base = check_path(ROOT / "examples" / "dossiers" / "kopi-sembalun.yaml", rs,
                          as_of=dt.date(2026, 11, 27)).to_dict()
        url = a.database_url or f"sqlite:///{tmp / 'register.sqlite3'}"
        issuer = Issuer.open(database_url=url)

        def chunk_of(start, n):
            out = []
            for i in range(start, start + n):
                r = copy.copy(base)
                r["business"] = {**base["business"], "nib": f"9{i:012d}",
                                 "name": f"UD Kopi Contoh {i}"}
                r["certificate"] = copy.deepcopy(base["certificate"])
                out.append(r)
            return out

        # recording, in full
        recording = 0.0
        made = 0
        for start in range(0, a.certificates, a.chunk):
            chunk = chunk_of(start, min(a.chunk, a.certificates - start))
            t = time.perf_counter()
            issued = issuer.number(chunk, rs)
            recording += time.perf_counter() - t
            made += sum(1 for x in issued if x and x.outcome == "new")
        assert made == a.certificates, made

        # the PDFs, on a sample
        sample = chunk_of(10**8, a.renders)
        issuer.number(sample, rs)
        issuer.document(sample[0])                      # warm up
        times = []
        for r in sample:
            t = time.perf_counter()
            issuer.document(r)
            times.append(time.perf_counter() - t)
        issuer.close()
        per_pdf = statistics.median(times)

    per_rec = recording / a.certificates
    total_pdf = per_pdf * a.certificates
    print(f"register: {url.split('://')[0]}, {a.certificates} certificates in chunks of {a.chunk}")
    print(f"recording            {recording:8.1f} s   {per_rec * 1000:6.2f} ms a certificate")
    print(f"render + sign (base) {total_pdf:8.1f} s   {per_pdf * 1000:6.2f} ms a certificate "
          f"(median of {a.renders}, times {a.certificates})")
    share = recording / total_pdf
    print(f"recording adds {share * 100:.1f}% to the batch with PDFs "
          f"(target <= 5%: {'met' if share <= 0.05 else 'NOT met'})")


if __name__ == "__main__":
    main()
