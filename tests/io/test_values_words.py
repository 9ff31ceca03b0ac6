"""The one parser for the words people write (readiness.values): Indonesian dates in every
common form, durations, counts with units, money; day first, never guessed."""

import datetime as dt

import pytest

from readiness.answers import AnswerError, parse_answer
from readiness.model import parse_dossier
from readiness.values import (CellError, parse_count, parse_date, parse_duration_days, parse_money,
                              parse_timestamp)


@pytest.mark.parametrize("text,iso", [
    ("14 Agustus 2026", "2026-08-14"),
    ("5 Nop 2026", "2026-11-05"),
    ("5 Nopember 2026", "2026-11-05"),
    ("3 Sept 2026", "2026-09-03"),
    ("3 Sep 2026", "2026-09-03"),
    ("14 Agt 2026", "2026-08-14"),
    ("14 Ags. 2026", "2026-08-14"),
    ("1 Pebruari 2027", "2027-02-01"),
    ("Senin, 14 Agustus 2026", "2026-08-14"),
    ("Jum'at, 4 Des 2026", "2026-12-04"),
    ("Kamis 3 September 2026", "2026-09-03"),
    ("tgl. 7 Mei 2026", "2026-05-07"),
    ("14-Aug-2026", "2026-08-14"),
    ("14 AGUSTUS 2026", "2026-08-14"),
    ("14/08/2026", "2026-08-14"),
    ("05/11/2026", "2026-11-05"),           # 5 November, never 11 May
    ("5-11-2026", "2026-11-05"),
    ("05.11.2026", "2026-11-05"),
    ("05/11/26", "2026-11-05"),
    ("02/09/2026 10:14:03", "2026-09-02"),
    ("2026-11-05", "2026-11-05"),
    ("14 Agustus 2026 pukul 10.15 WITA", "2026-08-14"),
])
def test_dates_as_people_write_them(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text,code", [
    ("31/02/2026", "cell_date_exists"),
    ("31 Februari 2026", "cell_date_exists"),
    ("Agustus 2026", "cell_date"),          # no day: refused, not guessed
    ("14 Agustus", "cell_date"),            # no year: refused, not guessed
    ("14 Augustos 2026", "cell_date"),
    ("kemarin", "cell_date"),
    ("11/2026", "cell_date"),
])
def test_dates_that_are_not_guessed(text, code):
    with pytest.raises(CellError) as e:
        parse_date(text)
    assert e.value.code == code


def test_timestamps_order_submissions():
    a = parse_timestamp("02/09/2026 10:14:03")
    b = parse_timestamp("02/09/2026 9:00:00")
    assert a == dt.datetime(2026, 9, 2, 10, 14, 3) and b < a
    assert parse_timestamp("14 Agustus 2026") == dt.datetime(2026, 8, 14)
    assert parse_timestamp(dt.datetime(2026, 1, 2, 3, 4)) == dt.datetime(2026, 1, 2, 3, 4)
    assert parse_timestamp("kapan-kapan") is None


@pytest.mark.parametrize("text,days", [
    ("3 bulan", 90), ("1 tahun", 365), ("2 minggu", 14), ("30 hari", 30), ("30", 30),
    ("6 bln", 180), ("1,5 tahun", 548), (180, 180), ("1 Tahun", 365),
])
def test_durations_in_days(text, days):
    assert parse_duration_days(text) == days


@pytest.mark.parametrize("text", ["lama", "3 abad", "-", "1,5"])
def test_durations_refused(text):
    with pytest.raises(CellError):
        parse_duration_days(text)


@pytest.mark.parametrize("text,n", [
    ("500 bungkus", 500), ("1.000 pcs", 1000), ("400", 400), ("500 bungkus/bulan", 500),
    ("± 300 pcs per bulan", 300), ("2 lusin", 24), ("12 Botol", 12), (250, 250),
])
def test_counts_with_units(text, n):
    assert parse_count(text) == n


@pytest.mark.parametrize("text", ["banyak", "500 ton kapal", "1,5 pcs"])
def test_counts_refused(text):
    with pytest.raises(CellError):
        parse_count(text)


@pytest.mark.parametrize("text,idr", [
    ("Rp15rb", 15000), ("15 ribu", 15000), ("1,5 juta", 1500000), ("Rp 85.000", 85000),
    ("Rp. 85.000,-", 85000), ("IDR 85,000", 85000), ("Rp15rb/pcs", 15000),
    ("15 ribu rupiah", 15000), ("1.5 jt", 1500000), ("20K", 20000),
])
def test_money(text, idr):
    assert parse_money(text) == idr


@pytest.mark.parametrize("path,answer,value", [
    ("product.shelf_life_days", "3 bulan", 90),
    ("product.shelf_life_days", "1 tahun", 365),
    ("product.capacity_per_month", "500 bungkus", 500),
    ("product.capacity_per_month", "1.000 pcs", 1000),
    ("business.curation.date", "5 Nop 2026", dt.date(2026, 11, 5)),
    ("business.curation.date", "05/11/2026", dt.date(2026, 11, 5)),
    ("product.price_idr", "Rp15rb", 15000),
])
def test_the_form_reads_the_same_words(path, answer, value):
    assert parse_answer(path, answer) == value


def test_the_form_still_refuses_what_is_no_count():
    with pytest.raises(AnswerError):
        parse_answer("product.capacity_per_month", "banyak")


def test_a_yaml_dossier_reads_the_same_words():
    d = parse_dossier({
        "format": "readiness-dossier/1",
        "business": {"name": "UD Uji", "curation": [{"kind": "organizer", "date": "5 Nop 2026"}]},
        "products": [{"name": "Dodol", "category": "packaged_food", "channels": ["event"],
                      "shelf_life_days": "3 bulan", "capacity_per_month": "500 bungkus",
                      "price_idr": "Rp15rb",
                      "permits": [{"type": "pirt", "number": "1234567890123-45",
                                   "issued": "14 Agustus 2026", "expires": "05/11/2031"}]}]})
    p = d.products[0]
    assert (p.shelf_life_days, p.capacity_per_month, p.price_idr) == (90, 500, 15000)
    assert p.permits[0].issued == dt.date(2026, 8, 14)
    assert p.permits[0].expires == dt.date(2031, 11, 5)
    assert d.business.curation[0].date == dt.date(2026, 11, 5)
