"""Markdown articles (`.md`) to plain text: the markup a writer's export carries, not the
words. The first `#` heading becomes the title line; later headings (subheads), images and
lines that are only links go; emphasis, inline links, block quotes and list markers keep
their text. Hand-written: a Markdown library would render HTML that would then need
stripping, for the handful of constructs news copy uses."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.*\S)")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
# Spans are bounded so that a long line of stray marks costs linear time.
_IMAGE = re.compile(r"!\[([^\]]{0,300})\]\([^)]{0,500}\)")
_LINK = re.compile(r"\[([^\]]{1,300})\]\((?:[^()\s]|\([^()\s]{0,100}\)){0,500}(?:\s+\"[^\"]{0,200}\")?\)")
_LINK_ONLY = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?\[[^\]]{1,300}\]\([^)]{0,500}\)[ \t.]*$")
_EMPHASIS = re.compile(r"(?<![\w*_])(\*\*|__|\*|_)(?=\S)(.{1,300}?)(?<=\S)\1(?![\w*_])")
_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)
_BULLET = re.compile(r"^[ \t]{0,3}[-*+][ \t]+(?=\S)", re.M)
_RULE = re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$")


def to_text(text: str, titled: bool = False) -> str:
    """`titled`: the title came from elsewhere (front matter), so the first heading goes too."""
    out: list[str] = []
    for line in text.split("\n"):
        m = _HEADING.match(line)
        if m:
            if not titled and not any(x.strip() for x in out):
                out.append(_inline(_CLOSING_HASHES.sub("", m.group(2))))  # the headline, as the title
                out.append("")
                titled = True
            continue  # a subhead is not a sentence of the story
        if _RULE.match(line) or _LINK_ONLY.match(line) or _IMAGE.fullmatch(line.strip()):
            out.append("")
            continue
        out.append(_inline(line))
    return "\n".join(out)


def _inline(line: str) -> str:
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _QUOTE.sub("", line)
    line = _BULLET.sub("", line)
    for _ in range(2):  # **_nested_**
        line = _EMPHASIS.sub(r"\2", line)
    return line
