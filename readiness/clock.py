"""The office's time. Every date and time the tool shows or prints is the office's local
time: WITA (`Asia/Makassar`, UTC+8 all year) for the Dinas of Nusa Tenggara Barat, whatever
the server's own clock says (a server in UTC would otherwise date a certificate signed at
07:30 WITA on the day before). Moments are stored in UTC; they are turned into office time
only to be shown, and "today" is the office's today."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

TZ_NAME = "Asia/Makassar"
TZ_LABEL = "WITA"


@lru_cache(maxsize=1)
def office_tz() -> dt.tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(TZ_NAME)
    except Exception:  # noqa: BLE001 - no tz database: WITA is UTC+8 all year
        return dt.timezone(dt.timedelta(hours=8))


def office_now() -> dt.datetime:
    return dt.datetime.now(office_tz())


def office_today() -> dt.date:
    return office_now().date()


def to_office(value: dt.datetime) -> dt.datetime:
    """A stored moment in office time (a naive one is UTC, as the register keeps them)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(office_tz())


def office_date(value: dt.datetime | dt.date | None) -> dt.date | None:
    """The office's calendar day of a moment (a date stays as it is)."""
    if value is None or not isinstance(value, dt.datetime):
        return value
    return to_office(value).date()
