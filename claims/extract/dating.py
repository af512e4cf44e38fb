"""When the narration puts someone's words in a year or a month before the article's day
(pure functions, no I/O)."""

from __future__ import annotations

import datetime as dt
import re

from claims.dates import CAP_MONTHS, MONTHS
from claims.extract.lexicon import TAG_VERBS

# When the narration dates the speaking to a year or a month rather than a day: "he said in
# 2012", "told an interviewer in March 2014", "said last year", "In his 1995 autobiography,
# Davis wrote", "In 1999, he said the president ...". Only the words around the speech verb
# count: "the company, founded in 1998, said" and "In 2008, Trump said, the foundation ..."
# (the year of what was said, not of the saying) do not.
# The verbs of a tag, and those that report what someone said on record ("testified in 2019");
# of the present, only those that are no noun as well ("states", "notes"); not "asked" ("who used
# the same words when asked in May": someone else's answer, then)
_SPEECH_VERB = "(?:" + "|".join(sorted({v for v in TAG_VERBS if (not v.endswith("s") or v in ("says", "tells", "writes"))
                                        and v != "asked"} | {
    "testified", "warned", "predicted", "promised", "vowed", "claimed", "boasted", "complained",
    "acknowledged", "announced"}, key=len, reverse=True)) + ")"
_YEAR = r"(?:1[89]|20)\d\d"
_PERIOD = rf"(?:(?P<mon>{CAP_MONTHS})\.?\s+)?(?P<year>{_YEAR})\b(?![-/.]?\d)|(?P<bare>{CAP_MONTHS})\b(?!\.?\s+\d)"
_WORKS = (r"(?:interview|book|memoir|memoirs|autobiography|biography|speech|address|op-ed|essay|letter|"
          r"statement|article|column|post|tweet|testimony|deposition|documentary|podcast|lecture|sermon|"
          r"report|e-mail|email|note|profile|debate|broadcast|documents?|filing|video|message|blog post)")
_AFTER_VERB = re.compile(
    rf"\b{_SPEECH_VERB}\b(?P<gap>(?:\s+(?!(?:that|who|which|whom|whose|when|where|because|after|before|since|"
    rf"until|while|if|as|and|but)\b)[\w'\u2019.&-]+){{0,8}}?)\s+(?:back\s+)?"
    rf"(?:in\s+(?:(?:early|late|mid-?)\s*)?(?:{_PERIOD})|(?P<last>last\s+(?:year|month))(?![\w'\u2019]))")
_IN_A_WORK = re.compile(
    rf"\b[Ii]n\s+(?:a|an|his|her|their|its|the|one)\s+(?:(?P<mon>{CAP_MONTHS})\.?\s+)?(?P<year>{_YEAR})\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_WORKS}s?\b")
_OPENING = re.compile(
    rf"^\W*(?:Back\s+)?In\s+(?:(?P<mon>{CAP_MONTHS})\.?\s+)?(?P<year>{_YEAR}),\s+[^,]{{1,80}}?\b{_SPEECH_VERB}\b(?!\s*,)")


# What any period of speaking names: a year, "last year/month" or a month's name
PERIOD_HINT = re.compile(rf"\b(?:{_YEAR}|last\s+(?:year|month)|{CAP_MONTHS})\b")


def speech_period(tag: str, anchor: dt.date | None) -> tuple[dt.date, str] | None:
    """The year or month the narration puts the speaking in, as (first day, "year" or
    "month"), when it is before the article's own date (`anchor`): a period of the same
    month or year tells less than the article's date. Without an anchor, only a named year
    counts."""
    for rx in (_AFTER_VERB, _IN_A_WORK, _OPENING):
        m = rx.search(tag)
        if m is None:
            continue
        clause = tag[:m.start()].rsplit(",", 1)[-1]
        if rx is _AFTER_VERB and re.search(r"\b(?:[Ss]ince|[Uu]ntil)\b", clause):
            return None  # "Ever since Sanders announced his candidacy last year, he's said": a span
        groups = m.groupdict()
        if groups.get("last"):
            if anchor is None:
                return None
            if m["last"].endswith("year"):
                return dt.date(anchor.year - 1, 1, 1), "year"
            first = anchor.replace(day=1) - dt.timedelta(days=1)
            return first.replace(day=1), "month"
        if groups.get("bare"):
            if anchor is None:
                return None
            month = MONTHS[m["bare"].lower()]
            year = anchor.year if month < anchor.month else anchor.year - 1
            if month == anchor.month:
                return None  # said this month: the article's day says more
            return dt.date(year, month, 1), "month"
        year = int(m["year"])
        if m["mon"]:
            d = dt.date(year, MONTHS[m["mon"].lower()], 1)
            if anchor is None or d < anchor.replace(day=1):
                return d, "month"
            return None
        if anchor is None or year < anchor.year:
            return dt.date(year, 1, 1), "year"
        return None
    return None
