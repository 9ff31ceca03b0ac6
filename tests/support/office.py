"""An office as `readiness keys init` leaves it."""

from pathlib import Path


def make_office(folder: Path, *, name: str = "Dinas Perindustrian Provinsi Nusa Tenggara Barat",
                base_url: str = "https://sertifikat.example.go.id"):
    """An office as `readiness keys init` leaves it: settings and a trial key (the normal
    state of an office's machine; tests that need no key point XDG_CONFIG_HOME elsewhere)."""
    from readiness.office import Office, Signatory, create_trial_key

    office = Office(name=name, signatory=Signatory("Ir. Baiq Rahmawati, M.Si.", "197503122000032004",
                                                   "Kepala Bidang Industri Kecil dan Menengah"),
                    place="Mataram", base_url=base_url, folder=folder)
    office.save()
    return create_trial_key(office, folder=folder)

