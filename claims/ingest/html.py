"""Saved web pages (`.html`, `.htm`) to plain text and metadata, with the standard library's
tolerant parser (broken markup is the rule on news sites).

The article's paragraphs are the text of block elements (p, headings, list items, block
quotes, divs); navigation, headers' menus, footers, asides, forms, figures and scripts are
left out, and when the page marks its story with <article> (or itemprop="articleBody"),
only the text inside it counts. Metadata comes from the tags publishers fill for search
engines and social cards: og:title or the first <h1> or <title>; article:published_time,
<time datetime> and the usual date metas; author; og:site_name; the canonical link. The
paragraph filters every article goes through (captions, promos, link lists) then apply.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from claims.dates import BadDate, parse_date

_SKIP = frozenset("""script style noscript template svg nav footer aside form button select
textarea figure iframe object canvas menu dialog""".split())
_BLOCK = frozenset("""p div h1 h2 h3 h4 h5 h6 li blockquote section article main header
pre tr dd dt td th ul ol table figcaption address hr""".split())
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_DATE_METAS = ("article:published_time", "og:article:published_time", "datepublished", "date",
               "pubdate", "publishdate", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date")
_TITLE_METAS = ("og:title", "twitter:title")
_AUTHOR_METAS = ("author", "article:author", "byl", "parsely-author", "dc.creator")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.skip = 0  # depth inside elements whose text is not the story
        self.story = 0  # depth inside <article> / articleBody
        self.saw_story = False
        self.buf: list[str] = []
        self.paras: list[tuple[str, bool]] = []  # (text, inside the story)
        self.metas: dict[str, str] = {}
        self.title_tag: list[str] = []
        self.in_title = False
        self.h1: str | None = None
        self.in_h1 = False
        self.h1_buf: list[str] = []
        self.time: str | None = None
        self.canonical: str | None = None

    # -- tags ---------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content") and key not in self.metas:
                self.metas[key] = a["content"].strip()
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower().split() and a.get("href"):
            self.canonical = self.canonical or a["href"].strip()
            return
        if tag == "time" and a.get("datetime") and self.time is None:
            self.time = a["datetime"].strip()
        if tag == "title":
            self.in_title = True
        if tag in _BLOCK:
            self._flush()
        if tag in _VOID:
            if tag == "br":
                self.buf.append(" ")  # a line break inside a paragraph
            return
        self.stack.append(tag)
        if tag in _SKIP or a.get("aria-hidden") == "true" or "hidden" in a:
            self.skip += 1
            self.stack[-1] = tag + "#skip"
        elif tag == "article" or a.get("itemprop", "").lower() == "articlebody":
            self.story += 1
            self.saw_story = True
            self.stack[-1] = tag + "#story"
        if tag == "h1" and self.h1 is None and not self.skip:
            self.in_h1 = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _VOID:
            return
        if tag in _BLOCK and not (tag == "h1" and self.in_h1):
            self._flush()  # while still inside what the element closes
        # close up to the matching open tag (unclosed children close with it)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].split("#")[0] == tag:
                for closed in self.stack[i:]:
                    if closed.endswith("#skip"):
                        self.skip -= 1
                    elif closed.endswith("#story"):
                        self.story -= 1
                del self.stack[i:]
                break
        else:
            return  # a stray end tag
        if tag == "h1" and self.in_h1:
            self.in_h1 = False
            self.h1 = " ".join("".join(self.h1_buf).split()) or None
            self.buf.clear()  # the headline is the title, not a paragraph

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_tag.append(data)
            return
        if self.skip:
            return
        if self.in_h1:
            self.h1_buf.append(data)
        self.buf.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self.buf).split())
        self.buf.clear()
        if text:
            self.paras.append((text, self.story > 0))


def to_text(html: str) -> tuple[str, dict[str, str]]:
    """The page's article text (paragraphs separated by blank lines) and its metadata."""
    page = _Page()
    page.feed(html)
    page.close()
    page._flush()
    paras = [t for t, inside in page.paras if inside] if page.saw_story else []
    if not paras:
        paras = [t for t, _ in page.paras]
    m = page.metas
    meta: dict[str, str] = {}
    title = next((m[k] for k in _TITLE_METAS if m.get(k)), None) or page.h1 or \
        " ".join("".join(page.title_tag).split()) or None
    if title:
        meta["title"] = title
    for raw in [m.get(k) for k in _DATE_METAS] + [page.time]:
        if raw:
            try:
                parse_date(raw)
            except BadDate:
                continue  # a date the page spells oddly is not worth refusing the article for
            meta["date"] = raw
            break
    author = next((m[k] for k in _AUTHOR_METAS if m.get(k) and not m[k].startswith("http")), None)
    if author:
        meta["byline"] = author
    if m.get("og:site_name"):
        meta["outlet"] = m["og:site_name"]
    url = page.canonical or m.get("og:url")
    if url and re.match(r"https?://", url):
        meta["url"] = url
    return "\n\n".join(paras), meta


def looks_like_html(text: str) -> bool:
    return bool(re.match(r"\s*(?:<!doctype\s+html|<html[\s>])", text[:200], re.I))
