"""Spreadsheets in and out, below everything that reads or writes one (issue 24):

- `read`: XLSX streamed under limits (expat, no DTD, typed cells), CSV with its encoding found;
- `write`: a streamed XLSX writer and spreadsheet-safe cells;
- `mapping`: a form's columns -> dossier fields (`readiness-mapping/1`) and the shipped mappings.

Turning rows into dossiers is batch's (readiness.batch.spreadsheet); the register's export and
the answers parser use these rooms without importing batch.
"""
