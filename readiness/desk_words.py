"""The desk's words (Indonesian and English), until they move into the one catalogue
(readiness.words, issue 14): the same keys ("desk.*") and the same lookup, t(key, lang, **args).
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    # -- readiness users ------------------------------------------------------------------------
    "desk.cli_password": {"id": "Kata sandi", "en": "Password"},
    "desk.cli_password_again": {"id": "Ulangi kata sandi", "en": "Repeat the password"},
    "desk.cli_password_mismatch": {"id": "kedua kata sandi tidak sama",
                                   "en": "the two passwords differ"},
    "desk.cli_added": {"id": "akun {name} ({role}) dibuat; masuk di {url}",
                       "en": "account {name} ({role}) created; log in at {url}"},
    "desk.cli_disabled": {"id": "akun {name} dinonaktifkan; sesinya diakhiri",
                          "en": "account {name} disabled; its sessions ended"},
    "desk.cli_enabled": {"id": "akun {name} diaktifkan kembali",
                         "en": "account {name} enabled again"},
    "desk.cli_reset": {"id": "kata sandi {name} diganti; ia harus memilih kata sandi baru saat "
                             "masuk berikutnya (kunci percobaan gagal dihapus, sesinya diakhiri)",
                       "en": "{name}'s password replaced; they must choose a new one at the next "
                             "login (failed attempts cleared, sessions ended)"},
    "desk.cli_role": {"id": "peran {name} sekarang {role}; sesinya diakhiri",
                      "en": "{name}'s role is now {role}; their sessions ended"},
    "desk.cli_none": {"id": "belum ada akun: buat admin pertama dengan `readiness users add "
                            "NAMA --role admin`",
                      "en": "no accounts yet: make the first admin with `readiness users add "
                            "NAME --role admin`"},
    "desk.cli_list_disabled": {"id": "nonaktif", "en": "disabled"},
    "desk.cli_list_must_change": {"id": "harus ganti sandi", "en": "must change password"},
    # -- readiness register audit -----------------------------------------------------------------
    "desk.audit_ok": {"id": "log audit utuh: {n} entri; kepala {head}",
                      "en": "audit log intact: {n} entries; head {head}"},
    "desk.audit_empty": {"id": "log audit masih kosong", "en": "the audit log is empty"},
    "desk.audit_broken": {"id": "log audit RUSAK pada entri {seq}: {why}",
                          "en": "audit log BROKEN at entry {seq}: {why}"},
    "desk.audit_why_missing": {"id": "entri {missing} hilang (dihapus); entri {next} menyusul "
                                     "entri {prev}",
                               "en": "entry {missing} is missing (deleted); entry {next} follows "
                                     "entry {prev}"},
    "desk.audit_why_changed": {"id": "isinya diubah setelah ditulis (tidak cocok dengan "
                                     "hash-nya)",
                               "en": "it was changed after it was written (its content does "
                                     "not match its hash)"},
    "desk.audit_why_unlinked": {"id": "tidak menyambung ke entri {prev}: hash entri "
                                      "sebelumnya berbeda (entri {prev} atau entri ini diubah)",
                                "en": "it does not follow entry {prev}: the previous entry's "
                                      "hash differs (entry {prev} or this one was changed)"},
    "desk.audit_why_head": {"id": "kepala yang dicatat ({head}) tidak ada lagi: log kini "
                                  "berakhir di entri {n}",
                            "en": "the head remembered ({head}) is no longer there: the log "
                                  "now ends at entry {n}"},
    "desk.audit_exported": {"id": "{n} entri ditulis ke {path}",
                            "en": "{n} entries written to {path}"},
}


def t(key: str, lang: str = "id", /, **args) -> str:
    entry = WORDS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["id"]
    if args:
        try:
            return text.format(**args)
        except (KeyError, IndexError, ValueError):
            return text
    return text
