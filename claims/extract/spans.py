"""Where the quotations are, and where the sentences are.

Quotation marks are paired per paragraph: curly marks say which way they face (unless
their spacing plainly says otherwise: `unusual,“ said` closes); a straight mark opens
after white space or an opening bracket or dash and closes otherwise. A quote left open at
a paragraph's end is kept when the next paragraph opens with a mark (the convention for a
quotation that runs over several paragraphs) or when it began the paragraph; a stray mark
in mid-paragraph is dropped rather than guessed at.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from claims.extract.lexicon import ABBREVIATIONS, NUMBER_ABBREVIATIONS, TAG_VERBS

OPENERS = "\u201c\u201e\u00ab"  # “ „ «
CLOSERS = "\u201d\u00bb"  # ” »
MARKS = OPENERS + CLOSERS + '"'


@dataclass
class Span:
    open: int  # index of the opening mark
    close: int  # index of the closing mark (or paragraph end when unclosed)
    closed: bool = True
    para: int = 0  # paragraph number

    @property
    def start(self) -> int:
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close


_LINE_BREAK = re.compile(r"(?<=[.?!\"\u201d\u2019)])[ \t\u00a0]*\n(?=[ \t]*[\"\u201c\u2018A-Z\u00C0-\u00DE])")


def paragraphs(body: str) -> list[tuple[int, int]]:
    """Paragraphs are separated by blank lines; in a text that has (almost) none but many
    lines, a line that ends a sentence ends a paragraph (feeds that put one paragraph on
    each line)."""
    out = []
    for m in re.finditer(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*", body):
        if m.group().strip():
            out.append((m.start(), m.end()))
    if len(out) <= 3 and body.count("\n") >= 6:
        lines = []
        for a, b in out:
            for m in _LINE_BREAK.finditer(body, a, b):
                if body[a:m.start()].strip():
                    lines.append((a, m.start()))
                a = m.end()
            if body[a:b].strip():
                lines.append((a, b))
        out = lines
    return out


def _kind(text: str, i: int) -> str:
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in "\u201c\u201d":
        # A curly mark facing the wrong way (typed or converted carelessly) goes by its
        # spacing: glued to the word before it and followed by a space, it closes
        # ("unusual,\u201c said"); after a space and glued to the word after it, it opens.
        if ch == "\u201c" and nxt.isspace() and (prev.isalnum() or prev in ".,!?"):
            return "close"
        if ch == "\u201d" and (prev.isspace() or i == 0) and (nxt.isalnum() or nxt in "'\u2018"):
            return "open"
    if ch in OPENERS:
        return "open"
    if ch in CLOSERS:
        return "close"
    if prev.isspace() or prev in "([{\u2014\u2013-/:" or i == 0:
        return "open" if not nxt.isspace() else "either"
    if nxt.isspace() or nxt in ".,;:!?)]}\u2014\u2013-" or i + 1 == len(text):
        return "close"
    return "either"


_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[\u2014\u2013]))\u2018(?=\S)")
_STRAIGHT_OPEN = re.compile(r"(?:^|(?<=[\s(\[\u2014\u2013]))(?<!'')'(?=[^\W\d])"
                            r"(?!(?:em|cause|cos|til|tis|twas|n|round|bout|ello)\b)", re.I | re.M)
_SAY = "(?:" + "|".join(sorted(TAG_VERBS | {"say"}, key=len, reverse=True)) + ")"
_SAID_BEFORE = re.compile(r"\b" + _SAY + r"\b[^.!?\n'\u2018\u2019\"\u201c\u201d]{0,60}[:,]\s*$")
# A name given to something: "called the outcome 'a missed opportunity'".
_NAMED_BEFORE = re.compile(r"\b(?:called|calls|calling|dubbed|branded|labell?ed|termed|described)\b"
                           r"[^.!?\n'\u2018\u2019\"\u201c\u201d]{0,40}\s$")
_SAID_AFTER = re.compile(r",?\s*(?:(?:he|she|they|we|it|[A-Z][\w.'\u2019-]*)(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s+"
                         + _SAY + r"\b|" + _SAY + r"\s+[A-Z])")
_DOUBLE_OPEN = re.compile(r"[\u201c\u201e\u00ab]|(?:^|(?<=[\s(\[\u2014\u2013]))\"(?=\S)")


def find_spans(body: str) -> list[Span]:
    """British style, where \u2018...\u2019 are the quotation marks and doubles nest inside
    them, is read when the single quotations outnumber the double marks outside them."""
    n_double = len(_DOUBLE_MARK.findall(body))
    singles = None
    n_single = body.count("\u2018")
    if n_single and _SINGLE_OPEN.search(body):
        singles = _single_spans(body)
    elif not n_single and "'" in body and "''" not in body:
        # Typed with straight marks ('...'): the same, once each mark that opens (after a
        # space, before a word, not an elision such as 'em or '90s) reads as \u2018 and the
        # others as \u2019; offsets do not change. (Doubled '' is a typewriter double mark.)
        opens = [m.start() for m in _STRAIGHT_OPEN.finditer(body)]
        if opens:
            chars = list(body.replace("'", "\u2019"))
            for i in opens:
                chars[i] = "\u2018"
            singles = _single_spans("".join(chars))
    doubles = _double_spans(body)
    if singles and 2 * (n_single or len(singles)) > n_double:
        starts = [sp.start for sp in singles]  # in order and disjoint

        def inside(i: int) -> bool:
            k = bisect_right(starts, i) - 1
            return k >= 0 and i < singles[k].end

        outside = sum(1 for m in _DOUBLE_OPEN.finditer(body) if not inside(m.start()))
        if len(singles) > outside:
            # British style: doubles nest inside singles; a double quotation outside every
            # single one (mixed copy) still counts
            return _merge(singles, doubles)
    if singles:
        # Mixed copy (doubles for words quoted in passing, singles for whole sentences, as
        # some desks write): a single quotation outside every double one counts when a verb
        # of saying introduces it (`told MPs: '...'`) or tags it (`'...,' he said`);
        # single-quoted headlines and scare quotes do not.
        # (and the paragraphs a framed quotation runs on into: `said: '... / 'We are ...'`)
        framed: list[Span] = []
        for sp in singles:
            if _SAID_BEFORE.search(body, max(0, sp.open - 100), sp.open) \
                    or _SAID_AFTER.match(body, sp.end + 1 if sp.closed else sp.end) \
                    or _NAMED_BEFORE.search(body, max(0, sp.open - 60), sp.open) and not _double_near(body, sp.open) \
                    or framed and not framed[-1].closed and framed[-1].para == sp.para - 1:
                framed.append(sp)
        return _merge(doubles, framed)
    return doubles


_DOUBLE_MARK = re.compile('["\u201c\u201d\u00ab\u00bb\u201e]')


def _double_near(body: str, i: int, reach: int = 1500) -> bool:
    """Whether the paragraph around i has a double quotation mark (within `reach` of i:
    bounded work, however long a line the input has)."""
    lo = max(0, i - reach)
    start = body.rfind("\n", lo, i) + 1 or lo
    end = body.find("\n", i, i + reach)
    return _DOUBLE_MARK.search(body, start, end if end >= 0 else min(len(body), i + reach)) is not None


def _merge(base: list[Span], more: list[Span]) -> list[Span]:
    """`base` and the spans of `more` that neither hold nor sit inside one of `base`."""
    if not more:
        return base
    opens = [sp.open for sp in base]
    out = list(base)
    for sp in more:
        k = bisect_right(opens, sp.open) - 1
        if k >= 0 and sp.open <= base[k].close:
            continue  # nested
        if k + 1 < len(opens) and opens[k + 1] <= sp.close:
            continue  # holds one
        out.append(sp)
    return sorted(out, key=lambda sp: sp.open)


def _double_spans(body: str) -> list[Span]:
    paras = paragraphs(body)
    spans: list[Span] = []
    for pi, (ps, pe) in enumerate(paras):
        open_at: int | None = None
        for i in range(ps, pe):
            ch = body[i]
            if ch not in MARKS:
                continue
            k = _kind(body, i)
            if open_at is None:
                if k in ("open", "either"):
                    open_at = i
                # a stray closing mark with nothing open: ignored
                continue
            if k == "open" and body[i] in OPENERS and body[open_at] in OPENERS:
                # A second opening mark while one is open: the first was never closed.
                if _has_words(body, open_at + 1, i):
                    spans.append(Span(open_at, _rstrip(body, open_at + 1, i), closed=False, para=pi))
                open_at = i
                continue
            if k == "open" and body[i] == '"' and body[open_at] == '"' and not _has_words(body, open_at + 1, i):
                open_at = i
                continue
            if _has_words(body, open_at + 1, i):
                spans.append(Span(open_at, i, closed=True, para=pi))
            open_at = None
        if open_at is not None:
            next_opens = pi + 1 < len(paras) and body[paras[pi + 1][0]] in OPENERS + '"'
            at_para_start = not body[ps:open_at].strip()
            if (next_opens or at_para_start) and _has_words(body, open_at + 1, pe):
                spans.append(Span(open_at, _rstrip(body, open_at + 1, pe), closed=False, para=pi))
    return spans


_SINGLE_MARK = re.compile("[\u2018\u2019]")


# Words that go on a sentence after a closing mark, never after a possessive ("the farmers'
# union"): `'a bombshell for working families' and accused ...`
_CLAUSE_GOES_ON = re.compile(r" (?:and|or|but|as|which|while|when|after|before|because|since|although|though|"
                             r"if|than|then|to|in|on|at|from|with|by|of|for)\b")


def _single_spans(body: str) -> list[Span]:
    """\u2018 opens; \u2019 closes unless it is an apostrophe: inside a word (don\u2019t), after a
    space (\u2019cause), or after a plural s with a word going on (the farmers\u2019 union) while a
    later closing mark is left in the paragraph."""
    spans: list[Span] = []
    paras = paragraphs(body)
    for pi, (ps, pe) in enumerate(paras):
        open_at: int | None = None
        last_close = body.rfind("\u2019", ps, pe)
        for m in _SINGLE_MARK.finditer(body, ps, pe):  # only the marks, not every character
            i = m.start()
            ch = body[i]
            if ch == "\u2018":
                prev = body[i - 1] if i > ps else " "
                if open_at is None and not prev.isalnum() and i + 1 < pe and not body[i + 1].isspace():
                    open_at = i
                continue
            if ch != "\u2019" or open_at is None:
                continue
            prev = body[i - 1]
            nxt = body[i + 1] if i + 1 < pe else " "
            if prev.isspace() or (prev.isalnum() and nxt.isalnum()):
                continue
            if prev in "sS" and re.match(r" [a-z]", body[i + 1:i + 3]) and last_close > i \
                    and not re.match(r" (?:said|says|added|told|asked|wrote)\b", body[i + 1:i + 10]) \
                    and not (_CLAUSE_GOES_ON.match(body, i + 1) and "\u2018" in body[i:last_close]):
                continue  # (but "'a tax bombshell for working families' and accused ... 'She ...'")
            if _has_words(body, open_at + 1, i):
                spans.append(Span(open_at, i, closed=True, para=pi))
            open_at = None
        if open_at is not None and _has_words(body, open_at + 1, pe) and (
                not body[ps:open_at].strip() or pi + 1 < len(paras) and body[paras[pi + 1][0]] == "\u2018"):
            # (unclosed: it runs on into the next paragraph, which opens with the mark again)
            spans.append(Span(open_at, _rstrip(body, open_at + 1, pe), closed=False, para=pi))
    return spans


def _has_words(body: str, a: int, b: int) -> bool:
    return re.search(r"\w", body[a:b]) is not None


def _rstrip(body: str, a: int, b: int) -> int:
    while b > a and body[b - 1].isspace():
        b -= 1
    return b


def mask(body: str, spans: list[Span]) -> str:
    """The body with quotation contents blanked (offsets kept), so that cue words and
    sentence ends inside a quotation are never read as the narrator's. A final . ? or !
    inside a quote is kept: it ends the sentence when the quote does."""
    chars = list(body)
    for sp in spans:
        for i in range(sp.start, sp.end):
            if chars[i] != "\n":
                chars[i] = "x"
        last = sp.end - 1
        if last >= sp.start and body[last] in ".?!":
            chars[last] = body[last]
    return "".join(chars)


# A sentence ends at . ? ! before a capital (an opening quotation mark may come between).
_END = re.compile(r"[.?!]+[\"\u201d\u2019')\]]*(?=\s+(?:''|[\"\u201c\u2018(\[])?[A-Z0-9\u00C0-\u00DE])")
_QUOTE_CLOSE = re.compile(r"x[.?!,]?[\"\u201d]")
# ("it" is no tag of its own: `... thanked Washington. "...," it said` is the body the sentence
# before opens on)
_OWN_TAG = re.compile(r"\s*(?:(?:said|says|told|added|asked|wrote)\b|(?:he|she|they)\s+(?:said|says|told|added|wrote)\b"
                      r"|(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:said|says|told|added|wrote)\b"
                      # (or a role and a name set off: `"...," its chairwoman, Ingrid Thijssen, said`)
                      r"|(?:(?:its|his|her|their|the|a|an)\s+)?(?:[\w'\u2019-]+\s+){0,4}[\w'\u2019-]+,\s+"
                      r"(?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w.'\u2019-]*,\s+(?:said|says|told|added|wrote)\b)")
_END_OR_QUOTE = re.compile(_END.pattern + r"|[.?!]+[\"\u201d\u2019]*(?=\s+(?P<quote>)[\"\u201c]x)")
# Longer "sentences" (run-on text, a whole file on one line) are cut at a space, so the work
# per quote stays bounded however the input is shaped.
MAX_SENTENCE = 3000


# Words that open a sentence and never follow "U.S." inside one.
_SENTENCE_OPENER = re.compile(r"\s*(?:He|She|They|It|We|I|The|But|This|There|His|Her|Their|Its|However)\b")


def sentences(masked: str, body: str | None = None) -> list[tuple[int, int]]:
    """Sentence spans over the masked body: split at . ? ! before a capital, except after
    abbreviations and initials; paragraph breaks always split. Given the `body`, also before
    a quotation whose words open on a capital (`... amount to "self-dealing." "This is a
    clear violation," said Brett Kappel.`: two sentences, each with its own speaker)."""
    out: list[tuple[int, int]] = []
    ends = _END if body is None else _END_OR_QUOTE
    for ps, pe in paragraphs(masked):
        start = ps
        for m in ends.finditer(masked, ps, pe):
            if body is not None and m.group("quote") is not None and not (
                    body[m.end("quote") + 1:m.end("quote") + 2].isupper()
                    and _OWN_TAG.match(masked, _QUOTE_CLOSE.search(masked, m.end("quote") + 1, pe).end()
                                       if _QUOTE_CLOSE.search(masked, m.end("quote") + 1, pe) else pe)):
                continue  # (a quotation with no tag of its own stays with the sentence before, whose
                # speaker it continues)
            word = re.search(r"([\w.]+)$", masked[max(start, m.start() - 80):m.start()])
            w = word.group(1).lower().rstrip(".") if word else ""
            initials = re.fullmatch(r"(?:[a-z]\.)+[a-z]", w) is not None
            if initials and _SENTENCE_OPENER.match(masked, m.end(), pe):
                pass  # "... in the U.S. He added": a pronoun opens the next sentence
            elif masked[m.start()] == "." and (w in ABBREVIATIONS or (len(w) == 1 and w.isalpha())) and not (
                    w in NUMBER_ABBREVIATIONS and not masked[m.end():m.end() + 2].strip()[:1].isdigit()):
                continue
            elif masked[m.start()] == "." and initials:
                continue  # U.S. / D.C.
            end = m.end()
            if masked[start:end].strip():
                out.extend(_cut(masked, start, end))
            start = end
            while start < pe and masked[start].isspace():
                start += 1
        if masked[start:pe].strip():
            out.extend(_cut(masked, start, pe))
    return out


def _cut(masked: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    while b - a > MAX_SENTENCE:
        lo, hi = a + MAX_SENTENCE // 2, a + MAX_SENTENCE
        # before an opening quotation mark if there is one (a quote stays with the cue that
        # follows it), else at a space
        cut = max(masked.rfind(" \u201c", lo, hi), masked.rfind(' "', lo, hi), masked.rfind(" \u00ab", lo, hi))
        if cut <= a:
            cut = masked.rfind(" ", lo, hi)
        cut = cut if cut > a else hi
        out.append((a, cut))
        a = cut
        while a < b and masked[a].isspace():
            a += 1
    if a < b:
        out.append((a, b))
    return out
