"""The summary workbook writer: what it writes, openpyxl reads back (text, numbers, fills)."""

import io

import openpyxl

from readiness.sheets.write import write_xlsx


def test_round_trip_through_openpyxl():
    buf = io.BytesIO()
    rows = [([1, "Kopi <Sembalun> & Co", 96.5, None, "'=HYPERLINK(1)"], "ready"),
            ([2, "bad\x00\x07chars\u0001", 0, "", "x"], None),
            ([3, "Sasak", -1, True, "ünïcödé ✓"], "not_ready")]
    write_xlsx(buf, ["No", "Nama", "Skor", "Kosong", "Catatan"], iter(rows),
               fills={"ready": "C6EFCE", "not_ready": "FFC7CE"}, fill_columns=(1,))
    ws = openpyxl.load_workbook(io.BytesIO(buf.getvalue())).active
    values = list(ws.iter_rows(values_only=True))
    assert values[0] == ("No", "Nama", "Skor", "Kosong", "Catatan")
    assert values[1] == (1, "Kopi <Sembalun> & Co", 96.5, None, "'=HYPERLINK(1)")
    assert values[2][1] == "badchars"
    assert values[3][3] is True and values[3][4] == "ünïcödé ✓"
    assert ws["A1"].font.b
    assert ws["B2"].fill.fgColor.rgb == "FFC6EFCE" and ws["B4"].fill.fgColor.rgb == "FFFFC7CE"
    assert ws["B3"].fill.fill_type is None
    assert ws.freeze_panes == "A2"
