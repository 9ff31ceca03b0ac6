"""The certificate register: every certificate issued, its number and its history.

    records.py   plain records (IssueRequest, CertificateRecord, Event) and the content
                 digest of a result; no database
    numbers.py   certificate numbers (MM27-000123-K) and their check character
    models.py    the SQLAlchemy tables; migrations/ the Alembic migrations that make them
    store.py     Register: the only code that talks to the database (SQLite or PostgreSQL)
    export.py    CSV and XLSX exports of the register

Import the submodules you need; this package imports nothing heavy.
"""
