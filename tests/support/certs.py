"""Genuine certificates of the shared examples, issued by the session's office (its trial key)
into a register, as an office would."""

import copy

from tests.support.paths import AS_OF, EXAMPLES


def check(name, lang="id", **kw):
    from readiness.api import check_path, load_standard

    return check_path(EXAMPLES / f"{name}.yaml", load_standard(None), as_of=kw.pop("as_of", AS_OF),
                      lang=lang, **kw).to_dict()


def issue(result, path, register):
    from readiness.api import issue_document

    kind, issued = issue_document(result, path, database_url=register)
    assert kind == "certificate"
    return issued.apply(result), issued


PERSONAL = ("Baiq Nurul Aini", "Inaq Rahmah", "+62", "0812", "Jl. Raya Sembalun",
            "Dusun Dasan Ketujur", "5203014507850001", "9120301234567", "0220104455667")


def make_register(url, tmp_path):
    """Certificates issued as an office would: {'valid': number, 'revoked': ..., 'superseded':
    ..., 'new': ...}."""
    from readiness.register.store import Register

    kopi, _ = issue(check("kopi-sembalun"), tmp_path / "kopi.pdf", url)
    tenun, _ = issue(check("tenun-sukarara"), tmp_path / "tenun.pdf", url)
    old = tenun["certificate"]["number"]
    changed = copy.deepcopy(check("tenun-sukarara"))
    changed["certificate"]["conditions"] = changed["certificate"]["conditions"][:1]
    new, issued = issue(changed, tmp_path / "tenun2.pdf", url)
    assert issued.previous == old
    with Register.open(url) as reg:
        reg.revoke(new["certificate"]["number"], reason="Produk ditarik dari peredaran",
                   by="Petugas A")
    # valid again: the same business's other edition is not involved; kopi stays valid
    return {"valid": kopi["certificate"]["number"], "superseded": old,
            "revoked": new["certificate"]["number"]}
