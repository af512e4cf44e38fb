"""Text to index terms for matching claims: folded, stop words out, Snowball-stemmed.
Numbers up to twenty are digits however written ("ten", "10", "10x" for 10 times). Tweets
and web text lose URLs; hashtags and handles are split into words
("#AustralianFires" -> australian fires, "@realDonaldTrump" -> real donald trump). The tail of
an embedded post ("\u2014 Name (@handle) May 24, 2019") keeps its author's name and the year,
which claims about a post so often name, and loses the handle and the day."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from claims.textutil import fold

STOP = frozenset("""
a about above after again against all am an and any are aren't as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves s t don isn wasn weren didn doesn hasn haven hadn won
said says say told also one new like get got us via amp rt
""".split())

URL = re.compile(r"https?://\S+|www\.\S+|pic\.twitter\.com/\S+|\S+\.(?:com|org|net)/\S*")
HANDLE = re.compile(r"(?<!\w)@(\w+)")
EMBED_TAIL = re.compile(r"\u2014\s*([^\u2014]{0,80})\(@\w+\)\s+\w+ \d{1,2}, (\d{4})")
HASHTAG = re.compile(r"#(\w+)")
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)")
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer().stemWord(word)


def _split_tag(m: re.Match) -> str:
    return " " + CAMEL.sub(" ", m.group(1)) + " "


def clean(text: str) -> str:
    text = EMBED_TAIL.sub(lambda m: " " + m.group(1) + " " + m.group(2) + " ", text)
    text = URL.sub(" ", text)
    text = HANDLE.sub(_split_tag, text)
    text = HASHTAG.sub(_split_tag, text)
    return text


_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split()) if w not in STOP}
_TIMES = re.compile(r"^(\d+)x$")


def terms(text: str) -> list[str]:
    """Index terms in text order (repeats kept)."""
    out = []
    for w in WORD.findall(fold(clean(text)).replace("\u2019", "'")):
        w = w.split("'")[0]
        w = _NUMBER_WORDS.get(w, w)  # "ten" and "10" are the same term
        m = _TIMES.match(w)
        if m:  # "10x" reads "10 times"
            out += [m.group(1), stem("times")]
            continue
        if w in STOP or len(w) < 2 and not w.isdigit():
            continue
        out.append(stem(w))
    return out


def term_counts(text: str) -> Counter:
    return Counter(terms(text))


def containment(a: Counter | set, b: Counter | set) -> float:
    """Share of the shorter text's distinct terms that the other has: a trimmed, extended
    or translated quote keeps most of its words."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))
