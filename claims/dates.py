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


def period_iso(d: dt.date | None, precision: str) -> str | None:
    """A date as ISO 8601 at the precision it is known to: "2012", "2014-03", "2014-03-05"."""
    if d is None:
        return None
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


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


CAP_MONTHS = "|".join(sorted({m.capitalize() for m in MONTHS}, key=len, reverse=True))
# A date named in the narration: "on Jan. 5", "March 20, 2023", "20 March 2023", "on
# Wednesday", "yesterday"; with the word before it that makes it no date of speaking
# ("since Jan. 5", "until March 20").
DATE_IN_TEXT = re.compile(
    rf"\b(?:(?P<pre>[Ss]ince|[Uu]ntil|[Bb]y|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]hrough|[Tt]ill|[Oo]f)\s+)?"
    rf"(?:(?:on|On|this|This|last|Last)\s+)?"
    rf"(?:(?P<m1>{CAP_MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{CAP_MONTHS})\b\.?(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b)")


# Events that happen on a day without anyone speaking then (not a convention, a hearing or
# a debate: people speak at those)
_EVENTS = (r"(?:primary|primaries|caucus|caucuses|election|elections|vote|votes|ballot|referendum|deadline|"
           r"attack|attacks|shooting|bombing|launch|inauguration)")
_EVENT_BEFORE = re.compile(rf"\b{_EVENTS}\s+(?:on\s+|of\s+)?(?:this\s+|last\s+)?$", re.I)
_EVENT_AFTER = re.compile(rf"(?:,?\s+\d{{4}})?,?\s+(?:terrorist\s+|terror\s+)?{_EVENTS}\b", re.I)


def date_in_text(text: str, anchor: dt.date) -> dt.date | None:
    """The first date of speaking the narration names, resolved against the article's
    date: a weekday or "yesterday" is the latest such day on or before it; a day and month
    without a year, the latest on or before it (a date a few months ahead is an event to
    come, not when anyone spoke); a full date in the future is one too."""
    for m in DATE_IN_TEXT.finditer(text):
        if m["pre"] or _EVENT_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                or _EVENT_AFTER.match(text, m.end()):
            continue  # the day of an event, not of speaking: "the primary on May 10", "Sept. 11 attacks"
        if m["wd"]:
            return resolve_relative(m["wd"], anchor)
        month = MONTHS[(m["m1"] or m["m2"]).lower()]
        day, year = int(m["d1"] or m["d2"]), m["y1"] or m["y2"]
        if (month, day) == (9, 11) and not year:
            continue  # "after Sept. 11": the attacks
        try:
            if year:
                d = dt.date(int(year), month, day)
                if d <= anchor:
                    return d
                continue
            d = dt.date(anchor.year, month, day)
            if d > anchor:
                if (d - anchor).days < 180:
                    continue  # "the vote on March 20" in an article of March 14
                d = dt.date(anchor.year - 1, month, day)
            return d
        except ValueError:
            continue
    return None

