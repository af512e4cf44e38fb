"""Small typed records that extraction returns."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

# Who stands behind a quote.
PERSON = "person"
GROUP = "group"  # joint statements, "the leaders said"
ANONYMOUS = "anonymous"  # "a US official who requested anonymity"
ORGANIZATION = "organization"  # "the U.S. government", "Human Rights Watch"
OUTLET = "outlet"  # a factual statement attributed to the article's outlet


@dataclass
class SpeakerRef:
    """The speaker as this article names them: `name` is the fullest name the article
    gives, `aliases` the other spellings it uses ("Lopez Obrador")."""

    name: str
    kind: str = PERSON
    role: str | None = None
    aliases: list[str] = field(default_factory=list)

    @property
    def generic(self) -> bool:
        """Only a common noun phrase ("The company", "the government"): a different body in
        each article, so never one speaker across articles."""
        words = self.name.split()
        if words and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        return bool(words) and all(w.islower() for w in words)


@dataclass
class Quote:
    text: str
    start: int  # offsets into the article body
    end: int
    kind: str  # direct / partial / indirect / statement
    speaker: SpeakerRef | None = None
    mention: str | None = None  # the words that name the speaker where the quote is
    cue: str | None = None
    sentence: str | None = None
    date: dt.date | None = None
    date_source: str = "unknown"  # article / text / unknown
    date_precision: str = "day"  # day / month / year: "he said in 2012" is known to the year

    def as_dict(self) -> dict:
        d = asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        return d
