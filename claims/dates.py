"""Date parsing for metadata and for dates named in the text (no I/O)."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))


class BadDate(ValueError):
    pass


def parse_date(s: str) -> tuple[dt.date, str]:
    """Parse a metadata date. Returns (date, precision) with precision "day" or "month".

    Accepts 2024-01-19, 2024-01-19T10:00:00Z, 2024-01, 2024/01/19, "January 19, 2024",
    "19 January 2024", "Jan 19 2024". Raises BadDate for impossible or unreadable dates.
    """
    s = s.strip()
    m = re.fullmatch(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?", s)
    if m:
        return _mk(int(m[1]), int(m[2]), int(m[3]), s), "day"
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", s)
    if m:
        return _mk(int(m[1]), int(m[2]), 1, s), "month"
    m = re.fullmatch(rf"(?i)({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", s)
    if m:
        return _mk(int(m[3]), MONTHS[m[1].lower()], int(m[2]), s), "day"
    m = re.fullmatch(rf"(?i)(\d{{1,2}})\s+({MONTH_RE})\.?,?\s+(\d{{4}})", s)
    if m:
        return _mk(int(m[3]), MONTHS[m[2].lower()], int(m[1]), s), "day"
    m = re.fullmatch(rf"(?i)({MONTH_RE})\.?\s+(\d{{4}})", s)
    if m:
        return _mk(int(m[2]), MONTHS[m[1].lower()], 1, s), "month"
    raise BadDate(f"unreadable date {s!r} (use YYYY-MM-DD)")


def _mk(y: int, m: int, d: int, s: str) -> dt.date:
    try:
        return dt.date(y, m, d)
    except ValueError:
        raise BadDate(f"impossible date {s!r}") from None


def resolve_weekday(name: str, anchor: dt.date) -> dt.date:
    """The most recent `name` (e.g. "Wednesday") on or before the anchor date: news
    reports past speech, so "on Wednesday" in an article of Wednesday is that day."""
    target = WEEKDAYS.index(name.lower())
    delta = (anchor.weekday() - target) % 7
    return anchor - dt.timedelta(days=delta)


def resolve_relative(phrase: str, anchor: dt.date) -> dt.date | None:
    """Resolve "on Wednesday", "yesterday", "last week"-free phrases against an anchor."""
    p = phrase.lower().strip()
    if p in ("today", "this morning", "this afternoon", "this evening", "tonight"):
        return anchor
    if p in ("yesterday", "last night"):
        return anchor - dt.timedelta(days=1)
    m = re.fullmatch(r"(?:on |this |last )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", p)
    if m:
        return resolve_weekday(m[1], anchor)
    m = re.fullmatch(rf"(?:on )?({MONTH_RE})\.? (\d{{1,2}})", p)
    if m:
        try:
            d = dt.date(anchor.year, MONTHS[m[1]], int(m[2]))
        except ValueError:
            return None
        return d if d <= anchor else d.replace(year=anchor.year - 1)
    return None
