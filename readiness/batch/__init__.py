"""Many dossiers at once: spreadsheets to dossiers, the parallel batch, summaries, impact.

- `spreadsheet`: read CSV/XLSX rows, recognise the form by its headers, parse cells, group rows
  into one dossier per business (`readiness-dossier/1` dicts), cross-record checks.
- `mapping`: the mapping file (column -> dossier field, value translations) and its validation.
- `runner`: the parallel, streaming, resumable batch, in rooms with one job each: `discover`
  (the inputs, one unit per business, its identity), `reuse` (what earlier runs completed: the
  old index), `work` (the workers: check, number, line, row, document), `output` (result lines,
  the index, summaries, errors.csv).
- `summary`: summary.csv / .xlsx / .pdf, errors.csv, the annotated copy of an .xlsx input.
- `impact`: the same population under two editions of a standard.
"""
