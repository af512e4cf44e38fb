"""Documents to articles: metadata from headers, front matter and the text itself, and a
body with the boilerplate (paywall lines, captions, link lists, credits) kept out.

Pure functions: no I/O, no database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from claims.dates import MONTH_RE, BadDate, parse_date
from claims.errors import InputError
from claims.ingest import html, markdown
from claims.ingest.reader import Document
from claims.textutil import fold

AGENCIES = (
    "Reuters", "AFP", "AP", "EFE", "DPA", "ANSA", "Bloomberg", "Xinhua", "UPI", "PTI", "IANS",
    "Kyodo", "Yonhap", "TASS", "Interfax", "CNN", "BBC", "NPR", "Breitbart",
)
_AGENCY_RE = "|".join(re.escape(a) for a in AGENCIES)

# " date 2024-01-19 rest of line" - the header some exports put on the first line.
INLINE_TAG_RE = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[\w:-]+\s*=\s*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s>\"']+))*\s*/?>")
HEADER_RE = re.compile(r"^\s*date\s+(\S+)[ \t]*(.*)$")
# "MEXICO CITY, Dec 27 (Reuters) -", "WASHINGTON/MEXICO CITY (Reuters) -", and a business
# desk's "Nov 20 (Reuters) -" with no place
DATELINE_RE = re.compile(
    rf"^(?:(?P<place>[A-Z][A-Z\u00C0-\u00DE .'/&-]{{1,60}}?)"
    rf"(?:,\s*(?P<region>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}}))?"  # "AUSTIN, Texas", "TOULOUSE, France"
    rf"(?:,\s*(?P<when>(?:{MONTH_RE})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?))?"
    rf"|(?P<day>(?:{MONTH_RE})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?))"
    # "(Reuters) -", or a press-release wire's "/PRNewswire/ --"
    rf"\s*(?:\((?P<agency>[^)]{{1,40}})\)|/(?P<wire>[A-Za-z][\w .-]{{2,30}})/)\s*[-\u2013\u2014]+\s*",
    re.I,
)
EDIT_NOTE_RE = re.compile(
    r"^(?:recasts|rewrites|adds|updates|corrects|changes|refiles|fixes|removes|inserts|"
    r"repeats|clarifies|withdraws|moves|advisory|updated|corrected|editor's note)\b",
    re.I,
)
BYLINE_RE = re.compile(r"^By\s+([A-Z][\w.'\u00C0-\u024F-]+(?:[ ,]+(?:and\s+)?[A-Z][\w.'\u00C0-\u024F-]+){0,8})\s*$")
CREDIT_RE = re.compile(
    r"^\(?\s*(?:Reporting|Writing|Editing|Additional reporting|Compiled|Produced|Graphics)\b.*\bby\b.*\)?\s*$",
    re.I,
)
AGENCY_CREDIT_RE = re.compile(rf"^(?:{_AGENCY_RE})(?:\s*(?:,|and|&|/)\s*(?:{_AGENCY_RE}))*\.?$")
TRACKING_RE = re.compile(
    r"^(?:Article type|User Type|User Status|Campaign ID|Cxense type|User access status|"
    r"Content type|Paywall|Page type)\s*:", re.I,
)
PROMO_RE = re.compile(
    r"^(?:Join our \w+ channel|Subscribe (?:to|now)|Sign up (?:for|to)|Follow us on|"
    r"Click here|Stories You'll Enjoy|Stories you may like|Recommended for you|"
    r"Our Standards:|Read more:|Related:|Advertisement$|Share this article|Copyright \u00a9)",
    re.I,
)
LINK_LIST_HEAD_RE = re.compile(
    r"^(?:Next In \w+|More from \w+|Read Next|Most Read|Related Coverage|Trending Now)$", re.I
)
ASIDE_RE = re.compile(r"^\(\s*(?:Also(?: read| see)?|Read also|See also|Read more|Watch)\s*:.*\)$", re.I)
CAPTION_RE = re.compile(
    r"^(?:FILE PHOTO|PHOTO|Photo|Image|Pictured|Caption)\s*:|"
    r"\b(?:REUTERS|AFP|AP|EFE|Getty Images)/[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)*(?:/File(?: Photo)?)?\s*$|"
    r"\((?:Photo|Image|Picture)(?: by)?\s*:?[^)]*\)\s*$|"
    r"\s\((?:c|l|r|C|L|R|center|centre|left|right|front|back|2nd [lr]\w*)\)\s+\w+s\b"
)
SEE_ALSO_RE = re.compile(r"\bSee also\s+[A-Z]")
# A correction or update notice standing as a paragraph of its own: "(This story has been
# corrected to fix ...)", "(Corrects spelling of name in paragraph 4)".
NOTICE_RE = re.compile(
    r"^(?:\((?:Corrects|Refiles|Updates|Recasts|Adds)\b[^\n]{0,300}\)|"
    r"\(?This (?:story|article|report|version) (?:has been|was) "
    r"(?:corrected|updated|refiled|amended)\b[^\n]{0,300})$", re.I)


@dataclass
class ArticleInput:
    source: str
    raw: str
    body: str
    content_hash: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    date_precision: str = "unknown"
    dateline: str | None = None
    credits: str | None = None


@dataclass
class Overrides:
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None


def content_hash(text: str) -> str:
    """Same article text, same hash: white space and quote-mark styles do not count."""
    norm = re.sub(r"\s+", " ", fold(text)).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def parse_document(doc: Document, overrides: Overrides | None = None) -> ArticleInput:
    """Build an article from a document; raises InputError for unusable input."""
    ov = overrides or Overrides()
    text = doc.text.replace("\r\n", "\n").replace("\ufeff", "")
    meta = dict(doc.meta)

    if doc.source.lower().endswith((".html", ".htm")) or html.looks_like_html(text):
        text, from_page = html.to_text(text)
        meta = {**from_page, **meta}
    elif "<" in text:
        # Markup left in plain text by a scraper (`<tweet author="@x">...</tweet>`): its
        # attributes' quotation marks are nobody's words
        text = INLINE_TAG_RE.sub("", text)
    text, front = _front_matter(doc.source, text)
    if not front:
        text, front = _header_block(text)
    if doc.source.lower().endswith((".md", ".markdown")):
        text = markdown.to_text(text, titled="title" in front or "title" in meta)
    meta = {**front, **meta} if doc.structured else {**meta, **front}

    lines = text.split("\n")
    header_rest = None
    if lines and (m := HEADER_RE.match(lines[0])):
        if "date" not in meta:
            meta["date"] = m[1]
        header_rest = m[2].strip() or None
        lines = lines[1:]
        if header_rest and not EDIT_NOTE_RE.match(header_rest):
            # The rest of the header line is the opening of the text (a lede), not a note.
            lines.insert(0, header_rest)

    paragraphs = _paragraphs("\n".join(lines))
    if not paragraphs:
        raise InputError(doc.source, "no article text (only metadata or white space)")

    art = ArticleInput(source=doc.source, raw=doc.text, body="", content_hash="")
    kept: list[str] = []
    credits: list[str] = []
    in_link_list = False
    for i, para in enumerate(paragraphs):
        first_line = para.split("\n", 1)[0].strip()
        if in_link_list:
            continue
        if i == 0 and "title" not in meta and _is_headline(para, paragraphs):
            art.title = _one_line(para)
            continue
        if not art.byline and (m := BYLINE_RE.match(para.strip())) and len(kept) < 3:
            art.byline = _one_line(para)
            continue
        if LINK_LIST_HEAD_RE.match(first_line):
            in_link_list = True
            continue
        if CREDIT_RE.match(para.strip()) or (AGENCY_CREDIT_RE.match(para.strip()) and i > 0):
            credits.append(_one_line(para).strip("() "))
            continue
        if PROMO_RE.match(first_line) and "\n" in para.strip() and first_line.endswith((".", "!")):
            # "Subscribe to our podcast here." on a line of its own, the story going on in the
            # lines after it (a text with one paragraph a line): only that line goes
            para = para.strip().split("\n", 1)[1]
            first_line = para.split("\n", 1)[0].strip()
        if (
            TRACKING_RE.match(first_line) or PROMO_RE.match(first_line) or _is_date_line(para)
            or ASIDE_RE.match(para.strip()) or _is_caption(para) or SEE_ALSO_RE.search(para)
            or NOTICE_RE.match(para.strip())
        ):
            continue
        para = "\n".join(ln for ln in para.split("\n") if not TRACKING_RE.match(ln.strip()))
        if para.strip():
            kept.append(para)

    if not kept:
        raise InputError(doc.source, "no article text left once boilerplate is removed")
    art.body = "\n\n".join(kept)
    art.content_hash = content_hash(art.body)
    art.credits = "; ".join(credits) or None

    # Dateline and outlet from the opening paragraphs.
    for para in kept[:3]:
        if m := DATELINE_RE.match(para):
            agency = (m["agency"] or m["wire"]).strip()
            art.dateline = m.group(0).strip().rstrip("-\u2013\u2014").strip()
            if agency and len(agency) <= 30:
                art.outlet = agency
            break

    title = ov.title or meta.get("title")
    if title:
        art.title = _one_line(title)
    art.outlet = ov.outlet or meta.get("outlet") or art.outlet or _outlet_from_credits(credits)
    art.url = ov.url or meta.get("url")
    if meta.get("byline"):
        art.byline = meta["byline"]

    date_text = ov.date or meta.get("date")
    if date_text:
        try:
            art.published, art.date_precision = parse_date(date_text)
        except BadDate as exc:
            raise InputError(doc.source, str(exc)) from None
    elif m := re.search(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)", doc.source.rsplit("/", 1)[-1]):
        try:  # a file name such as outlet_2016-09-12_slug.txt
            art.published, art.date_precision = parse_date(m[1])
        except BadDate:
            pass
    return art


def _is_date_line(para: str) -> bool:
    """A paragraph that is only a date ("December 27, 2023", "Updated 2024-01-19 10:02"):
    a page's timestamp, not a sentence."""
    line = re.sub(r"^(?:Published|Updated|Posted|Last updated)\s*:?\s*", "", para.strip(), flags=re.I)
    if len(line) > 40 or "\n" in line:
        return False
    try:
        parse_date(re.sub(r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M|GMT|UTC|ET)?$", "", line, flags=re.I))
    except BadDate:
        return False
    return True


def _front_matter(source: str, text: str) -> tuple[str, dict[str, str]]:
    """A YAML block between --- lines at the very top: title, date, outlet, url, byline."""
    m = re.match(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", text, re.S)
    if not m:
        return text, {}
    import yaml

    try:
        data = yaml.safe_load(m[1])
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        raise InputError(source, f"malformed front matter{where}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(source, "front matter must be a mapping of key: value lines")
    meta = {str(k).lower(): str(v) for k, v in data.items() if v is not None}
    return text[m.end():], meta


# `Title: ...` / `Date: ...` lines opening a file with no `---` around them (mail and
# static-site style); other spellings of the same fields are taken too.
_HEADER_KEYS = {"title": "title", "headline": "title", "date": "date", "published": "date",
                "outlet": "outlet", "source": "outlet", "publication": "outlet", "url": "url",
                "link": "url", "byline": "byline", "author": "byline", "by": "byline"}
_HEADER_LINE = re.compile(r"[ \t]*([A-Za-z]+)[ \t]*:[ \t]*(\S.*?)[ \t]*$")


def _header_block(text: str) -> tuple[str, dict[str, str]]:
    """The first paragraph is metadata when every line of it is `key: value` with a known
    key (at least a title or a date); otherwise the text is left as it is."""
    lead = text.lstrip("\n")
    block, sep, rest = lead.partition("\n\n")
    meta: dict[str, str] = {}
    for line in block.split("\n"):
        m = _HEADER_LINE.fullmatch(line)
        key = _HEADER_KEYS.get(m[1].lower()) if m else None
        if key is None or key in meta:
            return text, {}
        meta[key] = m[2]
    if not sep or not ({"title", "date"} & meta.keys()):
        return text, {}
    return rest, meta


def _paragraphs(text: str) -> list[str]:
    return [p.strip("\n") for p in re.split(r"\n[ \t]*\n", text) if p.strip()]


def _one_line(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _is_headline(para: str, paragraphs: list[str]) -> bool:
    """A first paragraph reads as a headline: one short line, followed by more text, and
    neither a dateline lede, an edit note, a byline nor a caption."""
    line = para.strip()
    if "\n" in line or len(paragraphs) < 2 or len(line) > 200:
        return False
    if DATELINE_RE.match(line) or EDIT_NOTE_RE.match(line) or BYLINE_RE.match(line):
        return False
    if _is_caption(line):
        return False
    n_words = len(line.split())
    if n_words > 30:
        return False
    # A long sentence ending with a full stop is a lede, not a title.
    return not (line.endswith(".") and n_words > 20 and not line.endswith(".\u2019"))


def _is_caption(para: str) -> bool:
    line = _one_line(para)
    if CAPTION_RE.search(line):
        # A quotation inside a caption-looking line is still boilerplate, but a long
        # paragraph of prose that merely mentions REUTERS/ is not: keep long ones.
        return len(line) < 400
    return False


def _outlet_from_credits(credits: list[str]) -> str | None:
    for c in credits:
        if m := re.match(rf"({_AGENCY_RE})\b", c):
            return m[1]
    return None
