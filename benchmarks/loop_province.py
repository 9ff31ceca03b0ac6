"""A province in the office's register, for the dashboard's test and benchmark: N generated
businesses (benchmarks/gen_province.py) sent over the last weeks, each in a commodity
community, some returned and sent again, some certified.

    from benchmarks.loop_province import fill      # or importlib from its path
    refs = fill(reg, n=2000, seed=2027)

Certification here moves the application and its stage as issuing does
(`reg.loop.mark_certified`) without signing a PDF (a test that needs real certificates issues
a few itself).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
COMMUNITIES = ("Komunitas Kopi Sembalun", "Forum Tenun Sukarara", "Komunitas Madu Sumbawa",
               "Gerabah Banyumulek", "Komunitas Rumput Laut", "Forum IKM Kuliner Mataram")


def _gen():
    spec = importlib.util.spec_from_file_location("gen_province", HERE / "gen_province.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def fill(reg, *, n: int = 2000, seed: int = 2027, weeks: int = 12,
         now: dt.datetime | None = None, certify: float = 0.12,
         returned: float = 0.15) -> list[str]:
    """Send `n` businesses to the register; returns their references."""
    from readiness import applications as loop
    from readiness.standards import load_standard

    gen = _gen()
    rng = random.Random(seed)
    rs = load_standard(None)
    now = now or dt.datetime.now(dt.timezone.utc)
    start = now - dt.timedelta(weeks=weeks)
    refs = []
    moments = sorted(start + dt.timedelta(seconds=rng.uniform(0, (now - start).total_seconds()
                                                               * 0.9)) for _ in range(n))
    for i, at in enumerate(moments):
        data = gen.dossier(rng, i)
        req, result = loop.request(data, rs, source="upload", consent="officer-upload")
        app = reg.submit_application(req, actor="bench", now=at)
        refs.append(app.ref)
        reg.loop.update_business(app.business_id, audit_actor="bench",
                                 community=rng.choice(COMMUNITIES + ("",)), now=at)
        later = at + dt.timedelta(days=rng.uniform(1, 10))
        if later < now and rng.random() < returned:
            reg.loop.return_to_owner(app.ref, note="Lengkapi data", notes=[], actor="Petugas",
                                     audit_actor="bench", now=later)
            again = later + dt.timedelta(days=rng.uniform(1, 10))
            if again < now and rng.random() < 0.7:
                reg.loop.resubmit(app.ref, req, actor="owner", now=again)
                later = again
        cert_at = later + dt.timedelta(days=rng.uniform(0, 7))
        if result.get("certified") and cert_at < now and rng.random() < certify / 0.3:
            reg.loop.mark_certified(app.ref, number=f"MM27-{900000 + i:06d}-X",
                                    dossier_sha256=req.dossier_sha256, actor="Petugas",
                                    audit_actor="bench", now=cert_at)
    return refs
