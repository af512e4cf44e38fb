"""Noun phrases that name a speaker: people with their titles, pronouns, descriptions
("the chancellor"), groups ("the two leaders"), anonymous sources and organisations; and
the article's register of the people it names, so that "Lopez Obrador" and "he" can be
tied to "President Andres Manuel Lopez Obrador"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from claims.dates import MONTHS
from claims.extract.lexicon import (
    ANON_MARKERS,
    ANON_NOUNS,
    CONTEST_NOUNS,
    EVENT_NOUNS,
    MONARCH_TITLES,
    PORTFOLIO_TITLES,
    BODY_NAME_WORDS,
    BODY_PLURALS,
    GUARD_BODIES,
    SIDING_WORDS,
    COMPANY_WORDS,
    COUNTRIES,
    FAMILY_NOUNS,
    FIELD_NOUNS,
    REGIONS,
    RELATION_NOUNS,
    CAPITALISED_ROLES,
    DEMONYMS,
    FEMALE_NAMES,
    FEMALE_ROLE,
    FORMS_OF_ADDRESS,
    GROUP_NOUNS,
    MALE_NAMES,
    MALE_ROLE,
    NAME_PARTICLES,
    NOT_NAME,
    ORG_WORDS,
    OUTLETS,
    PERSON_NOUNS,
    RECORD_KINDS,
    PRONOUNS,
    RANKS,
    ROLE_NOUNS,
    TITLE_WORDS,
    US_STATE_ABBREVIATIONS,
)
from claims.textutil import strip_accents

UPPER = "A-Z\u00C0-\u00DE"
CAP_WORD = rf"(?:[{UPPER}][\w'\u2019.\-]*|[{UPPER}]\.)"
TOKEN = re.compile(r"[\w][\w'\u2019.\-]*|&")


_POSSESSIVE = re.compile(r"'s\b")
_KEY_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_INITIALS = re.compile(rf"[{UPPER}]\.|(?:[A-Za-z]\.)+")


@lru_cache(maxsize=1 << 16)
def norm_key(s: str) -> str:
    """A word's or a name's lookup key (the same words recur all through an article, and
    extraction asks for them tens of thousands of times a minute: cached)."""
    s = strip_accents(s).lower().replace("\u2019", "'")
    s = _POSSESSIVE.sub("", s)
    return " ".join(_KEY_WORD.findall(s))


def _is_cap(tok: str) -> bool:
    # (or an Arabic or European name joined to its article: "al-Ansari", "el-Sisi")
    return bool(tok) and (tok[0].isupper() or ("-" in tok[1:4] or "'" in tok[1:3] or "\u2019" in tok[1:3])
                          and bool(_JOINED_NAME.match(tok)))


_JOINED_NAME = re.compile(r"(?:al|el|ad|as|ash|at|az|abu|ibn|bin|bint|ben|de|di|da|du|van|von|le|la|d|l)['\u2019-][A-Z]")


def _clean_tok(tok: str) -> str:
    return tok.rstrip(".,;:").replace("\u2019s", "").replace("'s", "") if tok.endswith(("'s", "\u2019s")) else tok.rstrip(",;:")


@dataclass
class NP:
    """A parsed speaker phrase."""

    kind: str  # person / pronoun / description / group / anonymous / organization
    text: str  # the words as written
    name: str | None = None  # a person's or organisation's name, titles stripped
    role: str | None = None
    pronoun: str | None = None
    head: str | None = None  # for descriptions: the head noun ("president")
    modifiers: list[str] = field(default_factory=list)


def _ends_title(word: str) -> bool:
    low = word.lower()
    return norm_key(word) in ORG_WORDS or ("-" in low or low.endswith(_ROLE_SUFFIXES)) and low not in _NOT_TITLE


def _month_surname(tokens: list[str], i: int) -> bool:
    """A month's name as a surname, after a known first name at a name's end: "Theresa May",
    "Brian May" (not "until May", "in March")."""
    return i == len(tokens) - 1 and i > 0 and tokens[i].lower() in MONTHS \
        and norm_key(tokens[i - 1]) in MALE_NAMES | FEMALE_NAMES


def _pronoun_surname(tokens: list[str], i: int) -> bool:
    """A pronoun's spelling as a (Chinese) surname, between a role and a given name:
    "spokeswoman He Yadong" (not "He said")."""
    return tokens[i] == "He" and 0 < i == len(tokens) - 2 and _is_cap(tokens[i + 1]) \
        and tokens[i - 1].lower().rstrip(".") in ROLE_NOUNS | TITLE_WORDS

def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """["Foreign", "Minister", "Alicia", "Barcena"] -> (["Foreign", "Minister"], ["Alicia", "Barcena"]).
    The name is the last run of capitalised words (and particles) that are not title words;
    honours after it are neither ("Jane Morrow KC", "Sir Tom Hale OBE")."""
    while len(tokens) > 2 and tokens[-1].rstrip(".,") in _POST_NOMINALS:
        tokens = tokens[:-1]
    name: list[str] = []
    i = len(tokens) - 1
    while i >= 0:
        t = tokens[i]
        low = t.lower().rstrip(".")
        if t == "Del.":
            break  # "state Del. Marcia Price": a delegate (the particle "del" takes no period)
        if "-" in low and i < len(tokens) - 1 and (all(p_ in TITLE_WORDS for p_ in low.split("-")) or (
                low.split("-", 1)[0] in ("co", "vice", "ex", "acting", "deputy")
                and low.split("-", 1)[1] in TITLE_WORDS | ROLE_NOUNS)):
            low = low.split("-")[-1]  # "Secretary-Treasurer Gary Casteel", "Co-leader Franziska Brantner": a title
        if _is_cap(t) and (low not in NOT_NAME or _ACRONYM.fullmatch(t) or _month_surname(tokens, i)
                           or _pronoun_surname(tokens, i)) \
                and not AGE.fullmatch(low) \
                and (low not in TITLE_WORDS and (low not in ROLE_NOUNS | CONTEST_NOUNS or i == len(tokens) - 1
                                                 or t.isupper() or norm_key(t) in _FIRST_NAMES)
                     or _surname_like_title(tokens, i)):
            name.insert(0, t)
        elif name and low in NAME_PARTICLES and (i == 0 or _is_cap(tokens[i - 1])
                                                 or tokens[i - 1].lower() in NAME_PARTICLES):
            name.insert(0, t)  # "Lula da Silva", "von der Leyen said"
        elif name and re.fullmatch(rf"[{UPPER}]\.", t):
            name.insert(0, t)
        else:
            break
        i -= 1
    # A lower-case particle starts a name only where the phrase starts ("de Blasio said");
    # "Le Pen", "Al Gore", "Van Hollen" can anywhere.
    while name and name[0].lower() in NAME_PARTICLES and (len(name) == 1 or not _is_cap(name[0]) and i >= 0):
        name.pop(0)
        i += 1
    cut = next((k for k in range(len(name) - 2, 0, -1) if norm_key(name[k]) in _FIRST_NAMES
                and norm_key(name[k - 1]) not in _FIRST_NAMES and _ends_title(name[k - 1])), 0) \
        or (1 if len(name) >= 3 and re.fullmatch(r"[A-Z][a-z]+s", name[0]) and norm_key(name[0]) in ORG_WORDS else 0)
    # ("Foreign Affairs Adel al-Jubeir": a body's word in the plural ends the title too)
    if cut:
        # "Meteorologist Dean Narramore", "Texas-based Matt Mackowiak", "NASA Astronomer Jane
        # Rigby", "... Health and Human Services Robert Kennedy": a word shaped like a role
        # (capitalised as a sentence's first word or a title) or an institution's word before
        # a first name ends the title; the name starts at the first name
        name = name[cut:]
        i += cut
    if i >= 1 and tokens[i].lower() in ("of", "for") and len(name) >= 3 and norm_key(name[0]) not in _FIRST_NAMES \
            and tokens[i - 1].lower().rstrip(".") in TITLE_WORDS | ROLE_NOUNS:
        name.pop(0)  # "Supervisor of Elections Susan Bucher", "Director of Communications Jen Psaki"
        i += 1
    elif i >= 2 and tokens[i].lower() == "and" and any(t.lower() in ("of", "for") for t in tokens[max(0, i - 4):i]) \
            and any(t.lower().rstrip(".") in TITLE_WORDS | ROLE_NOUNS for t in tokens[:i]):
        while len(name) >= 3 and norm_key(name[0]) not in _FIRST_NAMES:
            name.pop(0)  # "Minister of Information and Culture Lai Mohammed": the portfolio's second field
            i += 1
    elif len(name) >= 2 and i >= 1 and name[0].lower() in _PORTFOLIOS:
        name.pop(0)  # "Minister of State for Foreign Affairs Adel al-Jubeir"
        i += 1
    return tokens[: i + 1], name


# The last word of a minister's or a director's portfolio, never a name's first
_PORTFOLIOS = frozenset("affairs relations services resources operations communications elections studies".split())
_ROLE_SUFFIXES = ("ist", "ian", "er", "or", "ant", "ent", "ive", "man", "woman", "ee")


# US states, as places; not those that are as often people's names ("Virginia Foxx",
# "George Washington", "Joe Montana")
STATES = frozenset(norm_key(v) for v in US_STATE_ABBREVIATIONS.values()) - {
    "washington", "virginia", "georgia", "montana", "dakota", "carolina", "indiana", "nevada", "florida", "maine"}
# "The United States and 12 other Western countries": a body and others of its kind, a group
_AND_OTHERS = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.'-]*\s+){1,4}and\s+(?:(?:\d+|[a-z]+)\s+)?other\s+"
                         r"(?:[A-Z]\w*\s+)?[a-z]+s")
# A name after "a" or "an" and a word or two of how they were: "an angry Hollande", "a visibly
# tired Biden"
# (words shaped like adjectives or adverbs: not "a dynamic Greenberg said could", a noun and a clause)
_MOODY_NAME = re.compile(r"(?:[Aa]n?)\s+(?:[a-z][\w-]*(?:ed|ing|ful|ous|ive|ly|less|ant|ent|ry)\s+){1,2}"
                         r"((?:[A-Z][a-z][\w.'\u2019-]*\s+){0,2}[A-Z][a-z][\w'\u2019-]*)")
# An abbreviated title before a name ends a body's name: "the California Department of Forestry
# and Fire Protection Capt. Scott McLean" is the captain
_TITLE_BEFORE_NAME = re.compile(r"\b(?:%s)\.?\s+[A-Z][a-z]+\s+[A-Z]" % "|".join(sorted(w.capitalize() for w in RANKS)))
# A body's capitalised name after "the" and a word or two of description: "The opposition People's Party"
_DESCRIBED_BODY = re.compile(r"[Tt]he\s+(?:[a-z][\w-]*\s+){1,2}((?:[A-Z][\w'\u2019.&-]*\s+){0,4}[A-Z][\w'\u2019.&-]*)")
NUMBER_WORD = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)"
                          r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?")
# An age said before a name or as a description: "17-year-old", "Seventeen-year-old".
AGE = re.compile(rf"(?:\d{{1,3}}|{NUMBER_WORD.pattern})-year-old", re.I)


def _people_by_nation_or_faith(toks: list[str], low: list[str]) -> bool:
    """"Many Americans", "young Hispanics", "Sixty-seven percent of Americans", "Jews,
    Christians and Muslims": a plural of a nation or faith after lower-case or adjectival
    words, numbers and "of" (not a clause: no other function word, no -ed or -ing)."""
    def peoples(w: str) -> bool:
        return w.endswith(("ians", "cans", "eans")) or w in _PEOPLES

    return 1 < len(toks) <= 6 and _is_cap(toks[-1]) and peoples(low[-1]) and all(
        not _is_cap(t) or peoples(w) or w.endswith(("al", "ic", "an")) or w in ("and", "many", "most", "some")
        or NUMBER_WORD.fullmatch(w) for t, w in zip(toks[:-1], low[:-1])) and not any(
        w in FUNCTION_WORDS and w not in ("and", "of") or w.endswith(("ed", "ing")) for w in low[:-1])


# Peoples and faiths named in the plural that do not end like "Americans"
_PEOPLES = frozenset("""jews muslims christians catholics protestants evangelicals mormons hindus sikhs
buddhists hispanics latinos latinas latinx arabs kurds turks poles swedes danes finns scots
britons brits chinese japanese vietnamese portuguese lebanese sudanese""".split())
_GENERATIONS = frozenset("jr sr ii iii iv".split())
# Letters after a name for a rank or an honour (as written: "Md" or "Ch" may be names)
_POST_NOMINALS = frozenset("KC QC SC OBE CBE MBE KBE DBE GBE FRS PhD".split())


def _surname_like_title(tokens: list[str], i: int) -> bool:
    """A title word at the end, after a known first name, is a surname: "Steve King",
    "Michael Green", "John Major", "Jim Justice", "Martin Luther King Jr."."""
    last = len(tokens) - 1
    if last > 0 and tokens[last].lower().rstrip(".") in _GENERATIONS:
        last -= 1
    if i != last or i == 0:
        return False
    before = norm_key(tokens[i - 1])
    # also "Mr. King", "Ms. Bishop"; not the forms of address "Mr. President", "Mr. Speaker"
    # (and a monarch's title, which only ever opens a name, ends none: "Carole King", "Greene
    # King", "Burger King")
    return before in _FIRST_NAMES or before in FORMS_OF_ADDRESS and norm_key(tokens[i]) not in _ADDRESSED \
        or norm_key(tokens[i]) in MONARCH_TITLES and _is_cap(tokens[i - 1]) \
        and before not in TITLE_WORDS | {"the", "a", "an", "his", "her", "its", "their"}


_FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
# Nationalities that are also newspapers' names: a person only after a lower-case "the"
# ("...," the Australian said), the paper after "The" ("The Australian reported").
_NEWSPAPER_DEMONYMS = frozenset("australian scotsman".split())
_ADDRESSED = frozenset("president speaker chairman chairwoman chair secretary mayor ambassador governor "
                       "senator vice prime minister leader".split())


def possessive_owner(toks: list[str]) -> int:
    """Index of the last possessive before the last word, or -1: what owns a name is not
    part of it ("The Blaze's Matt Walsh", "Clinton's campaign manager Robby Mook")."""
    for i in range(len(toks) - 2, -1, -1):
        if toks[i].endswith(("'s", "\u2019s", "s'", "s\u2019")):  # (and "Fox News' Bret Baier")
            return i
    return -1


# An acronym that spells a word ("WHO", "NOW"): a name, whatever the word; not a function
# word in a heading set in capitals ("THE", "AND")
_ACRONYM = re.compile(r"(?!(?:THE|AND|BUT|FOR|WITH|FROM|THIS|THAT|THESE|THOSE|THEY|SHE|HIS|HER|YOU|OUR|WAS|WERE|"
                      r"ARE|HAS|HAD|NOT|ALL|ANY|ITS|THEN|THERE|HERE|WHAT|WHEN|WHERE|WHY|HOW|YES)$)[A-Z]{3,}")


def tokens_of(text: str) -> list[str]:
    return [m.group() for m in TOKEN.finditer(text)]


# What someone sent, then who: "An email from a senior aide", "A statement from Sen. Bob Corker"
_DOCUMENT_FROM = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+)?(?:e-?mail|statement|letter|memo|message|note|text)s?\s+"
                            r"from\s+(?=(?:an?|the)\s|[A-Z])", re.I)
# A company's one-word name with a capital inside it, where a person's never has one: three
# capitals or more, then lower case ("JPMorgan"; not "QYour", a Q&A mark on a word), or a
# capital after a first part of three letters or more that is no name's prefix ("BlackRock",
# "PayPal", "OpenAI"; not "MacArthur", "VanDyke"; "McConnell", "DeShawn", "LaGuardia" have
# theirs sooner).
# What a firm's name ends in and a person's never does: "Counterpoint Research", "Oxford
# Economics", "Moody's Analytics" (capitalised: "advocates for stem cell research" are people)
_FIRM_WORDS = frozenset("research economics macroeconomics analytics securities holdings consulting advisors "
                        "advisers insights laboratories labs partners associates strategies".split())
_CAMEL_BRAND = re.compile(r"[A-Z]{3,}[a-z]{2,}\w*|(?!Mac|Van|Von|Fitz|Ten|Ter)[A-Z][a-z]{2,}[A-Z]\w*")
# A newspaper abroad by its name: "Le Monde", "Der Spiegel", "El País", "La Repubblica",
# "Le Courrier Picard" (an article, then a word that names no one).
_FOREIGN_ARTICLES = frozenset("le la les l' el los las il lo der die das de het".split())
_FOREIGN_PAPERS = frozenset("""
monde figaro parisien point courrier temps soir devoir matin presse croix express canard journal
dauphiné dauphine progrès progres républicain republicain repubblica stampa messaggero fatto gazzetta
país pais mundo universal nación nacion jornada razón razon vanguardia tiempo espectador comercio
clarín clarin mercurio heraldo periódico periodico confidencial diario
spiegel welt zeit bild tagesspiegel standard morgen volkskrant telegraaf parool tijd
""".split())


# One more unnamed speaker beside the last: "another", "a second", "yet another"
ONE_MORE = re.compile(r"(?i:(?:yet\s+)?another|an?\s+(?:second|third|fourth|fifth))")


def parse_np(text: str) -> NP | None:
    """Parse the words that stand for a speaker, or None when they are not a noun phrase.
    The same phrases recur across an archive ("he", "the president", "officials"): parses
    are cached, and each caller gets its own copy to add a role to."""
    np_ = _parse_np_cached(text)
    return None if np_ is None else replace(np_, modifiers=list(np_.modifiers))


@lru_cache(maxsize=20_000)
def _parse_np_cached(text: str) -> NP | None:
    np_ = _parse_np(text)
    named = np_ is not None and np_.kind in ("person", "organization")
    qualified = _OF_QUALIFIED.fullmatch(text.strip()) if named else None
    if qualified and np_.name == qualified.group(3) \
            and qualified.group(1).split()[-2].lower() in ROLE_NOUNS | TITLE_WORDS \
            and not set(qualified.group(2).lower().split()) & (FUNCTION_WORDS | _NOT_QUALIFIERS):
        # "The manager of second-tier Ashford Rovers", "the mayor of nearby Springfield": not
        # the club nor the place, and what the words before its name say of it is not part of
        # the role
        np_ = _parse_np(qualified.group(1) + qualified.group(3))
        return None if np_ is None else replace(np_, text=text.strip())
    if np_ is None and re.match(r"\s*(?:Town|City|County|Village|State|District|Borough|School)\s+[a-z]", text):
        # "Town council member Greg Lund": a local title in lower case after a sentence's
        # capital (not a firm's name: "DoubleLine Capital portfolio manager")
        low = re.sub(r"[A-Z]", lambda c: c.group().lower(), text, count=1)
        np_ = _parse_np(low)
        if np_ is None or np_.kind != "person" or not np_.name or not np_.role or not low.strip().startswith(np_.role):
            return None
        np_ = replace(np_, text=text.strip(), role=text.strip()[:len(np_.role)])
    if np_ is None and re.search(r"[a-z]\s+(?:there|here)\s*$", text):
        # "An official there", "Her campaign workers here": unnamed people, and where
        np_ = _parse_np(re.sub(r"\s+(?:there|here)\s*$", "", text))
        if np_ is None or np_.kind not in ("anonymous", "group", "description"):
            return None
        np_ = replace(np_, text=text.strip(), name=text.strip() if np_.name else None)
    if np_ is not None and np_.kind == "person" and np_.name and not np_.role:
        np_ = replace(np_, name=_without_nationality(np_.name))
    return np_


_OF_QUALIFIED = re.compile(r"((?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+(?:of|at)\s+)"
                           r"((?:[a-z][\w-]*\s+){1,3}?)([A-Z][\w'\u2019.&-]*(?:\s+[A-Z][\w'\u2019.&-]*){0,4})")
# (a body's describing words are no phrase's own: "of the", "of his", "of those")
_NOT_QUALIFIERS = frozenset("his her its their our my this these those".split())


# How a text calls someone it names, which is no role: "Mr. Morgan", "Dr. Ali"
_HONORIFICS = frozenset(("Dr", "Mr", "Mrs", "Ms"))


def _without_nationality(name: str) -> str:
    """"Italian Gabriele Nicola" -> "Gabriele Nicola": a nationality before a first name the
    lexicon does not know is not part of the name."""
    words = name.split()
    if len(words) >= 3 and words[0].lower() in DEMONYMS and not words[0].isupper():
        return " ".join(words[1:])
    return name


# A sentence's conjunction before its subject: "But Richards and Menendez both stressed" (not
# "Yet another New Hampshire Republican")
LEADING_CONJUNCTION = re.compile(r"(?:But|And|Yet|So)\s+(?=\S)(?!another\b)")


# People counted after "the" ("The four had argued that"; "the two" is a group word already)
_COUNTS = frozenset("three four five six seven eight nine ten".split())


def _parse_np(text: str) -> NP | None:
    raw = text.strip(" \t\n,;:\u2014\u2013-()")
    if not raw or len(raw) > 160:
        return None
    m = LEADING_CONJUNCTION.match(raw)
    if m:
        # a sentence's "But Richards and Menendez both stressed", "But a source close to"
        # (not "Yet another New Hampshire Republican")
        raw = raw[m.end():]
    if re.sub(r"^the\s+", "", raw.lower()) in REGIONS:
        return None  # "the Middle East", "Latin America": a part of the world, no one
    moody = _MOODY_NAME.fullmatch(raw)
    inner = parse_np(moody.group(1)) if moody and not any(
        w in FUNCTION_WORDS | ROLE_NOUNS | PERSON_NOUNS | ANON_NOUNS | TITLE_WORDS
        for w in moody.group(0).lower().split()[1:-len(moody.group(1).split())]) else None
    if inner is not None and inner.kind == "person" and inner.name and not inner.role:
        # "an angry Hollande", "a defiant Trump": the person, in a mood the narrator gives
        return NP("person", raw, name=inner.name)
    based = re.match(r"[A-Z][\w.'\u2019-]*-(?:based|headquartered)\s+(?=[A-Z])", raw)
    body = parse_np(raw[based.end():]) if based else None
    if body is not None and body.kind == "organization" and body.name and body.head is None:
        # "Singapore-based Grace Ocean Pte Ltd": where it is, then its name
        return NP("organization", raw, name=body.name)
    if based and re.fullmatch(r"[A-Z][\w&.'\u2019-]+", raw[based.end():]):
        return NP("organization", raw, name=raw[based.end():])  # "London-based Barclays": a body, one word
    described = _DESCRIBED_BODY.fullmatch(raw)
    if described and norm_key(described.group(1).split()[-1]) in ORG_WORDS:
        # "The opposition People's Party", "the conservative Popular Party": a body by its name,
        # after what the text says of it
        return NP("organization", raw, name=described.group(1))
    if ONE_MORE.fullmatch(raw) or raw == "One":
        return NP("anonymous", raw, name=raw)  # "another said", "a second added": one more, unnamed (and "One said": one of some)
    owned = _OWNED_NAME.fullmatch(raw)
    if owned and owned.group("desc").split()[-1].lower() in ROLE_NOUNS | PERSON_NOUNS | _KIN_WORDS:
        # "My friend and former colleague Tom Barker", "his longtime adviser Roger Stone":
        # the person, with what they are to the owner as their role
        named = parse_np(owned.group("name"))
        if named is not None and named.kind == "person" and named.name and " " in named.name:
            desc = owned.group("desc").strip()
            # (a relation is no role: "her friend" elsewhere is someone else's friend)
            role = named.role or (desc if desc.split()[-1].lower() in ROLE_NOUNS - _KIN_WORDS else None)
            return NP("person", raw, name=named.name, role=role)
    kin = _KIN_OF.match(raw)
    tail = raw[kin.end() - 1:] if kin else ""
    if kin and len(tail.split()) <= 6 and (parse_np(tail) is not None or kin.group(2) and (
            re.fullmatch(r"(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s*)+", tail)
            or re.fullmatch(r"the\s+[a-z]+|an?\s+(?:[a-z-]+\s+)?[a-z]+(?<!ed)", tail))
            # "lawyers for patients suing the company": people, and what they do
            or re.fullmatch(r"(?:the\s+)?[a-z]+s\s+[a-z]+ing\s+\S.*", tail)):
        # "the family of the victim", "lawyers for Trump": those people, not the one they
        # stand beside (whom "the victim" alone would mean)
        return NP("group", raw, name=raw, head=(kin.group(1) or kin.group(2)).lower(), modifiers=[])
    letter = _LETTER_NAME.fullmatch(raw)
    if letter and letter.group(1).lower() in ROLE_NOUNS | TITLE_WORDS | PERSON_NOUNS | _LETTERED:
        # "Nurse Y", "Patient A", "Witness X": how an inquiry or a court names someone it
        # may not name; the whole is the name
        return NP("person", raw, name=f"{letter.group(1)} {letter.group(2)}")
    known = _KNOWN_AS.fullmatch(raw)
    if known and re.match(r"(?:the|a|an)\s", known.group(1), re.I) and not ANON_MARKERS.search(known.group(1)):
        # "the base chief known as Bob", "a nurse, identified only as Mere,": the name
        # the text gives them, and the description as their role ("the group known as
        # Hamas": a body's)
        desc = re.sub(r"^(?:the|a|an)\s+", "", known.group(1), flags=re.I)
        head = desc.split()[-1].lower()
        if head in ORG_WORDS or head in ORG_KINDS:
            return NP("organization", raw, name=known.group(2))
        if head in ROLE_NOUNS | ANON_NOUNS | TITLE_WORDS:
            return NP("person", raw, name=known.group(2), role=desc)
        if head in PERSON_NOUNS:
            return NP("person", raw, name=known.group(2))
    doc = _DOCUMENT_FROM.match(raw)
    if doc is not None:
        # "An email from a senior aide", "A statement from Sen. Bob Corker": who sent it
        sender = parse_np(raw[doc.end():])
        if sender is not None and sender.kind in ("person", "anonymous", "organization"):
            return sender
    if ANON_MARKERS.search(raw):
        label = re.split(r"\s+(?:who|which|that)\b|,", raw, maxsplit=1)[0].strip()
        return NP("anonymous", raw, name=label or raw)
    toks = tokens_of(raw)
    while len(toks) > 1 and toks[0].lower() in CLAUSE_OPENERS:
        toks = toks[1:]  # "Does Rubio ...?", "Neither Johnson nor ...": not part of a name
    owner = possessive_owner(toks)
    owned = toks[owner] if owner >= 0 else ""
    toks = [t[:-2] if t.endswith(("'s", "\u2019s")) else t for t in toks]
    toks = ["Delegate" if t == "Del." else t for t in toks]  # "state Del. Marcia Price" (not "del")
    toks = [t.rstrip(".") if not _INITIALS.fullmatch(t) else t for t in toks]
    if not toks or len(toks) > 14:
        return None
    low = [t.lower() for t in toks]
    if len(low) >= 2 and low[-1] == "guard" and low[-2] in GUARD_BODIES and not set(low) & FUNCTION_WORDS - {"the"}:
        # "China's coast guard", "the National Guard", "Spain's Civil Guard": a force, not a
        # guard on duty nor a person called "Guard"
        return NP("organization", raw, name=re.sub(r"^[Tt]he\s+", "", raw))
    if len(low) == 2 and low[0] == "the" and low[1] in _COUNTS:
        # "The four had argued that ...": people the text has just counted
        return NP("group", raw, name=raw, head=low[1], modifiers=[])
    near = next((j for j in range(2, min(7, len(low) - 2))
                 if low[j] in SIDING_WORDS and low[j + 1] in ("to", "with")), 0)
    if near and low[0] in ("a", "an", "one") and _is_cap(toks[-1]) and all(
            t.islower() or _proper_adjective(t) or t.lower() in TITLE_WORDS for t in toks[1:near]) \
            and (low[near - 1] in ROLE_NOUNS | ANON_NOUNS | PERSON_NOUNS):
        # "A senior Republican strategist aligned with Ted Cruz", "a lawmaker close to the
        # president": someone unnamed, and whose side they are on (not the name they stand by)
        return NP("anonymous", raw, name=raw, head=low[near - 1], modifiers=low[1:near - 1])
    pp = next((j for j in range(2, min(5, len(low) - 1)) if low[j] in ("of", "for")), 0)
    if pp and low[0] == "the" and _plural_role(low[pp - 1]) and not any(map(_is_cap, toks[1:pp])) and all(
            _is_cap(t) or t in ("the", "and", "&", "of") for t in toks[pp + 1:]) and _is_cap(toks[-1]):
        # "the defence ministers of France and Germany", "the foreign ministers of the G7": the
        # holders of such posts, together
        return NP("group", raw, name=raw, head=low[pp - 1], modifiers=low[1:pp - 1])
    if len(toks) == 3 and low[1] == "of" and low[2] in ("them", "those", "these", "us") and low[0] in SOME:
        # "One of them, who asked not to be named, said": someone of a group, unnamed
        return NP("anonymous" if low[0] == "one" else "group", raw, name=raw)
    if 4 <= len(toks) <= 6 and low[:2] == ["one", "of"] and low[2] in ("the", "those", "these") \
            and low[-1].endswith(("s", "men", "women", "people")) and low[-1] not in BODY_PLURALS \
            and not any(_is_cap(t) for t in toks[3:]):
        # "One of the women, who spoke on condition of anonymity,", "one of those advisers": one
        # person of a group
        return NP("anonymous", raw, name=raw, head=low[-1])
    if len(toks) == 1 and low[0] in PRONOUNS:
        return NP("pronoun", raw, pronoun=low[0])
    if len(toks) == 1 and toks[0] in ("Some", "Others", "Many", "Several"):
        # "Some warn that ...", "Others argue ...": unnamed people, as the text leaves them
        return NP("group", raw, name=raw, head=low[0], modifiers=[])
    if 2 <= len(toks) <= 5 and (low[0] in BUSINESS_NOUNS - _PUBLIC_BODIES or low[0] in ("rival", "promoter", "broker")) \
            and _is_cap(toks[1]) and all(_is_cap(t) or t in ("&", "of", "and") for t in toks[1:]) \
            and not {norm_key(t) for t in toks[1:]} & (TITLE_WORDS | ROLE_NOUNS | _FIRST_NAMES):
        # "Chipmaker Nvidia said", "Rival Ford Motor Co": a company, by its trade (not
        # "Bank Governor Andrew Bailey")
        return NP("organization", raw, name=" ".join(toks[1:]))
    if len(toks) >= 4 and _plural_role(low[0]) and _is_cap(toks[1]) and "and" in low:
        # "economists Peter Schott and Justin Pierce": the people the plural role names
        named = _parse_np(" ".join(toks[1:]))
        if named is not None and named.kind == "group" and named.name and " and " in named.name:
            return named
    if low.count("and") == 1 and 2 <= low.index("and") < len(toks) - 3 \
            and low[low.index("and") + 1] in ("his", "her", "their"):
        # "Spanish Prime Minister Pedro Sanchez and his Moroccan counterpart Aziz Akhannouch"
        k = low.index("and")
        rel = max((j for j in range(k + 2, len(toks)) if low[j] in RELATION_NOUNS | FAMILY_NOUNS | ROLE_NOUNS), default=0)
        one, two = parse_np(" ".join(toks[:k])), parse_np(" ".join(toks[rel + 1:])) if rel else None
        if one is not None and two is not None and one.kind == two.kind == "person" \
                and len((one.name or "").split()) >= 2 and len((two.name or "").split()) >= 2:
            return NP("group", raw, name=f"{one.name} and {two.name}")
    if _has_clause(low, toks):
        return None
    if 3 <= len(toks) <= 6 and low[0] in ("he", "she") and low[1] == "and" and not any(
            w.endswith("ed") or w in FUNCTION_WORDS - {"and", "of"} for w in low[2:]):
        # "She and her husband", "he and Brafman": two people, one of them a pronoun
        return NP("group", raw, name=raw, pronoun=low[0])
    for j in range(2, len(toks) - 1):
        if low[j] in ("of", "for", "at", "with", "from") and _is_cap(toks[j + 1]) or low[j] == "of" and low[j + 1] == "the":
            # "Cameron Easley for Morning Consult", "Ed Rogers of BGR Group": a person and
            # where they work
            head = parse_np(" ".join(toks[:j]))
            if head is not None and head.kind == "person" and (len(head.name.split()) >= 2
                                                               or head.role in _HONORIFICS):
                first = head.name.split()[0]
                named_at = j + 1 + (low[j + 1] == "the")
                while named_at < len(toks) - 1 and low[named_at - 1] == "the" and toks[named_at].islower() \
                        and "-" in toks[named_at]:
                    named_at += 1  # what the body is, before its name: "of the hard-left France Unbowed"
                employer = parse_np(" ".join(toks[j + 1:])) or parse_np(" ".join(toks[named_at:]))
                if head.role or norm_key(first) in _FIRST_NAMES or _INITIALS.fullmatch(first) or (
                        j == 2 and low[j] == "of" and employer is not None
                        and not {norm_key(t) for t in toks[:j]} & ORG_WORDS
                        and (employer.kind == "organization"
                             or all(_is_cap(t) for t in toks[named_at:])
                             and not (employer.kind == "person" and employer.role))):
                    # (not a titled person after it: "Joint Chiefs of Staff Chairman Gen. Mark Milley")
                    # (or a two-word name "of" an organisation or a place: "Rory Deighton of the
                    # NHS Confederation", "Toufique Hossain of Duncan Lewis", "Mr. Morgan of the
                    # Sierra Club"; not "Bank of America", which has no two-word head)
                    where = toks[named_at:]
                    if (head.role is None or head.role.rstrip(".") in _HONORIFICS) and owner < 0 \
                            and low[j] in ("of", "for", "at") and workplace(where, low[j]):
                        # "Dan Ives of Wedbush Securities": where they work is all the role
                        # the text gives (as "CNN's Jake Tapper" gives "CNN"); a doctor's "Dr."
                        # is no role
                        return NP("person", raw, name=head.name, role=" ".join(where))
                    return NP("person", raw, name=head.name, role=head.role)
            break
    o = 1 if low[0] == "the" else 0
    if _joined_org_name(toks[o:], low[o:]) and not _TITLE_BEFORE_NAME.search(raw):
        # "Procter & Gamble", "the Food and Drink Federation", "the American College of
        # Obstetricians and Gynecologists": "and" inside one institution's name
        return NP("organization", raw, name=re.sub(r"^[Tt]he\s+", "", raw))
    link = next((k for k in range(o + 1, min(o + 6, len(toks) - 1)) if low[k] in _ORG_LINKS
                 and low[k + 1] not in WHEN_WORDS), 0)  # not "the WHO on Friday"
    joined = o == 1 and low[link] == "of" and "and" in low[o + 1:link - 1]  # ("The X Research and Manufacturers of")
    if link and _is_cap(toks[o]) and all(_is_cap(t) or t.lower() in ("and", "&")
                                         and (low[link - 1] in ORG_WORDS or joined)
                                         for t in toks[o + 1:link]) and _is_cap(toks[-1]) and all(
            _is_cap(t) and t.lower() not in ROLE_NOUNS | _PERSON_TITLES
            or t.lower() in ("the", "of", "and", "for", "in") for t in toks[link + 1:]) and (
            _is_cap(toks[link]) and not toks[link].isupper()  # (not a heading's "TO")
            and not {t.lower() for t in toks[o:link]} & (TITLE_WORDS | ROLE_NOUNS)
            or (low[link - 1] in ORG_WORDS | _LOCAL_BODIES or low[link - 1][:-1] in ORG_WORDS)
            and (low[link] in ("of", "for", "on") or toks[link] == "to" and low[link - 1] in _MISSION_BODIES
                 and not toks[link + 1].isupper())
            or link == o + 1 and toks[o].isupper() and len(toks[o]) >= 3 and low[link] == "of" or joined) \
            and not _TITLE_BEFORE_NAME.search(raw):
        # "Doctors Without Borders", "Mothers Against Drunk Driving", "the Brennan Center for
        # Justice", "the Court of Arbitration for Sport", "the Republican Party of Wyoming", an
        # acronym's branch ("the ACLU of North Carolina"), "the China Conservation and Research
        # Center for the Giant Panda": a name built round a linking word is an organisation's
        # ("Sanders of Vermont" is not, nor "Council on X Director Y")
        return NP("organization", raw, name=" ".join(toks[o:]))
    if len(toks) == 2 and low[0] in RECORD_KINDS and low[1] in TEXT_NOUNS and low[1].endswith("s") \
            and toks[1].islower():
        # "Court documents identify the aide only as ...", "Police records show": records no one
        # is named for
        return NP("description", raw, head=low[1], modifiers=[low[0]])
    if len(toks) == 2 and low[0] == "the" and toks[1].islower() and low[1] in TEXT_NOUNS:
        # "The lawsuit alleged", "the agreement calls on": a text no one is named for, which
        # is all a reader is told of where the words come from
        return NP("description", raw, head=low[1], modifiers=[])
    if len(toks) == 2 and low[0] == "the" and toks[1].islower() and low[1] in ISSUED_NOUNS:
        # "the statement said": the document named before, read for whoever issued it
        return NP("description", raw, head=low[1], modifiers=[])
    if len(toks) >= 3 and low[-1] in _DOCUMENT_NOUNS and low[0] in ("a", "an", "the"):
        # "a White House statement", "the Moroccan government's communique": the document
        # speaks for whoever issued it
        words = toks[1:-2] if low[-2] in ("press", "news", "written", "joint") else toks[1:-1]
        issuer = parse_np(" ".join(words)) if words else None
        if issuer is not None and issuer.kind in ("organization", "person"):
            return issuer
        return None
    if not (toks[0].isupper() and len(toks[0]) > 2) and low[0] in ("who", "which", "that", "whose", "where", "when", "while", "as", "if", "because",
                  "of", "in", "at", "from", "to", "by", "with", "on", "into", "told", "said", "outside",
                  "inside", "within", "among", "amid", "despite", "beyond", "without", "after", "before",
                  "although", "though", "unless", "whether") or low[0] == "even" and len(low) > 1 and low[1] in (
                      "though", "if", "as", "when", "while", "so", "after", "before"):
        return None  # a clause or a prepositional phrase ("of Raleigh"), not a speaker
    if low[-1].endswith("ing") and low[-1] not in ROLE_NOUNS | TITLE_WORDS and not _is_cap(toks[-1]):
        return None
    if "and" in low[1:] and re.sub(r"^the\s+", "", " ".join(low[:low.index("and", 1)])) in COUNTRIES \
            and re.sub(r"^the\s+", "", " ".join(low[low.index("and", 1) + 1:])) in COUNTRIES:
        # "the United States and Saudi Arabia said in a joint statement", "Saudi Arabia and
        # Iran pledged": two nations
        return NP("group", raw, name=" ".join(toks[1:] if low[0] == "the" else toks))
    # Two people: "U.S. President Joe Biden and Mexican President Andres Manuel Lopez Obrador"
    if "and" in low and any(AGE.fullmatch(t) for t in toks) and not AGE.fullmatch(toks[-1]):
        # (with their ages: "15-year-old Noah Jones and 14-year-old Macy Neyland")
        toks = [t for t in toks if not AGE.fullmatch(t)]
        low = [t.lower() for t in toks]
    if "and" in low and all(_is_cap(t) or t.lower() in TITLE_WORDS | NAME_PARTICLES | {"and"} for t in toks):
        parts = [p for p in " ".join(toks).split(" and ")]
        titles, names = map(list, zip(*(split_title(p.split()) for p in parts)))
        if len(names) == 2 and all(len(p.split()) == 1 for p in parts) and all(names) and not {
                norm_key(p) for p in parts} & ORG_WORDS and not any(_ABSTRACT_NOUN.search(p.lower()) for p in parts):
            # "Richards and Menendez both stressed": two people the text named before
            return NP("group", raw, name=" and ".join(" ".join(n) for n in names))
        in_title = len(parts) == 2 and not titles[0] and titles[1] \
            and norm_key(parts[0].split()[0]) not in _FIRST_NAMES \
            and titles[1][0].lower().rstrip(".") not in TITLE_WORDS | DEMONYMS
        if len(names) >= 2 and all(len(n) >= 2 for n in names) and not in_title:
            # (not one office of two fields: "Climate Crisis and Civil Protection Minister Vassilis
            # Kikilias")
            return NP("group", raw, name=" and ".join(" ".join(n) for n in names))
        if len(names) == 2 and len(parts[0].split()) == 1 and names[0] and len(names[1]) >= 2 \
                and not (in_title and titles[1][-1].lower() in PORTFOLIO_TITLES) \
                and norm_key(parts[0]) not in _FIRST_NAMES | ORG_WORDS and not _ABSTRACT_NOUN.search(parts[0].lower()) \
                and not any(norm_key(p) in STATES or p.lower() in COUNTRIES for p in parts):  # ("Nevada and South Carolina")
            # "Zeliff and 24-year-old Tom Giancola explained": one named before by surname,
            # one in full (a first name is a couple's, below); not a portfolio of two fields
            # ("Work and Pensions Secretary Liz Kendall")
            return NP("group", raw, name=f"{parts[0]} and {' '.join(names[1])}")
        if len(names) == 2 and len(parts[0].split()) == 1 and len(names[1]) >= 2 and parts[1].split() == names[1] \
                and norm_key(parts[0]) in _FIRST_NAMES \
                and norm_key(parts[0]) not in ORG_WORDS:
            # a couple: "David and Jeanne Heidler" are David Heidler and Jeanne Heidler
            return NP("group", raw, name=f"{parts[0]} {names[1][-1]} and {' '.join(names[1])}")
    last = toks[-1]
    last_low = last.lower()
    if len(toks) == 1 and _is_cap(last) and last_low not in ORG_WORDS and (
            last_low in GROUP_NOUNS or _plural_role(last_low) or last_low.endswith(("ians", "cans", "eans"))):
        # "Officials", "Economists", "Americans" opening a sentence: a group, not a name
        return NP("group", raw, name=raw, head=last_low, modifiers=[])
    if _people_by_nation_or_faith(toks, low):
        return NP("group", raw, name=raw, head=last_low, modifiers=low[:-1])
    if (len(toks) == 1 or len(toks) == 2 and low[0] == "the") and last_low in OUTLETS and _is_cap(last):
        return NP("organization", raw, name=last)  # "Politico", "CNN"
    if len(toks) == 1 and _CAMEL_BRAND.fullmatch(last):
        return NP("organization", raw, name=last)  # "JPMorgan", "BlackRock", "YouTube" (not "McConnell", "DeShawn")
    if 2 <= len(toks) <= 4 and last_low in _FIRM_WORDS and all(_is_cap(t) or t == "&" for t in toks):
        return NP("organization", raw, name=raw)  # "Counterpoint Research", "Capital Economics"
    if 2 <= len(toks) <= 4 and low[0] in _FOREIGN_ARTICLES and low[1] in _FOREIGN_PAPERS and _is_cap(toks[0]):
        return NP("organization", raw, name=raw)  # "Le Monde", "Der Spiegel" (not "Le Pen")
    if last_low in _PARTY_MEMBERS and len(toks) <= 5 and _is_cap(last):
        # "House Democrats", "the opposition Christian Democrats", "Senate Republicans": a
        # party's members speak as a group
        return NP("group", raw, name=raw, head=last_low, modifiers=[t for t in low[:-1] if t not in ("the", "a", "an")])
    if low[0] == "the" and 2 <= len(toks) <= 4 and (last_low in DEMONYMS or toks[0] == "the" and last_low in
                                                     _NEWSPAPER_DEMONYMS) and not any(
            _is_cap(t) or t in FUNCTION_WORDS or t in ROLE_NOUNS for t in low[1:-1]):
        # "the Spaniard", "the 33-year-old Brazilian": someone the story named, by nationality
        return NP("description", raw, head=last_low, modifiers=[t for t in low[1:-1]])
    if low[0] == "the" and 2 <= len(toks) <= 4 and last_low in CAPITALISED_ROLES \
            and not any(_is_cap(t) or t in FUNCTION_WORDS for t in toks[1:-1]):
        return NP("description", raw, head=last_low, modifiers=low[1:-1])  # "the four-time All-Star"
    at = _one_somewhere(low)
    if at:
        # "A nurse on the picket line", "one woman in the crowd": someone unnamed, placed (in
        # Leeds)
        return NP("anonymous", raw, name=raw, head=low[at - 1], modifiers=low[1:at - 1])
    if _is_cap(last) and (last_low not in NOT_NAME or _ACRONYM.fullmatch(last)  # (and "the WHO")
                          or _month_surname(toks, len(toks) - 1)):  # (and "Theresa May")
        title, name = split_title(toks)
        if owner >= 0 and len(title) <= owner < len(toks) - 1:
            title, name = toks[:owner + 1], name[owner + 1 - len(title):]
        if not name and len(toks) >= 2 and norm_key(last) in ORG_WORDS and all(_is_cap(t) or t.lower() in ("the", "of", "and")
                                                           for t in toks):
            # every word a title word, the last an institution's: "the Democratic National
            # Committee", "The State Department"
            return NP("organization", raw, name=" ".join(_org_name(tokens_of(raw) if owner >= 0 else toks)))
        if not name and low[0] == "the" and len(toks) <= 6 and all(
                t in TITLE_WORDS or t in ROLE_NOUNS or t in ("of", "the") for t in low[1:]):
            # "The Secretary of State", "the Foreign Minister": a capitalised role, the
            # description of someone named before
            head_part = low[1:low.index("of")] if "of" in low[1:] else low[1:]
            heads = [t for t in head_part if t in ROLE_NOUNS or t in TITLE_WORDS]
            if heads:
                return NP("description", raw, head=heads[-1],
                          modifiers=[t for t in low[1:] if t not in ("of", "the") and t != heads[-1]])
        if not name and len(toks) - o >= 2 and low[-1] in ("uk", "us", "usa", "u.s", "u.k") and all(
                _is_cap(t) and t.lower() not in TITLE_WORDS | ROLE_NOUNS for t in toks[o:-1]):
            # "Age UK", "Greenpeace UK": a body and the country it works in
            return NP("organization", raw, name=" ".join(toks[o:]))
        if not name and low[0] in ("the", "a", "an", "one") and 2 <= len(toks) <= 5 \
                and last_low in _CAPITAL_ROLES and last_low not in ORG_WORDS \
                and not any(t in FUNCTION_WORDS for t in low[1:-1]) \
                and (low[0] != "the" or last.isupper()
                     or last_low in ("republican", "democrat", "independent") and norm_key(" ".join(toks[1:-1])) in STATES):
            # "a Labour MP", "the Tory MP", "One Conservative MP": a role written in capitals
            # ("a New Hampshire Republican" is someone unnamed; after "the" only an acronym:
            # "The New Hampshire Union Leader" is a newspaper; but "the Connecticut Democrat"
            # is someone of that party and state, found like "the Florida senator")
            return NP("description", raw, head=last_low, modifiers=[t for t in low[:-1] if t not in ("the", "a", "an")])
        if not name and len(toks) - o >= 2 and last_low in COMPANY_WORDS and all(_is_cap(t) for t in toks[o:]) \
                and low[o] not in TITLE_WORDS | ROLE_NOUNS:
            # "Duke Energy", "CenterPoint Energy": a company by its trade, which a title's
            # department ("Energy Secretary") made no name
            return NP("organization", raw, name=" ".join(toks[o:]))
        if not name:
            return _role_of_phrase(raw, low)  # "A spokeswoman for the House Armed Services Committee"
        if all(re.fullmatch(r"(?:[A-Za-z]\.)+", t) for t in name):
            return None  # "N.C.", "U.S.": an abbreviation, not a name
        if any(re.search(r"\d", t) for t in name):
            return None  # "PfASkm7vah" (a link's tail), "F-35": no one's name has a digit
        if len(name) == 1 and not title and _adverb_like(name[0]):
            return None  # "Separately", "Initially": an adverb, not a name
        if len(name) == 1 and not title and _NOUN_SUFFIX.search(name[0].lower()):
            return None  # "Frustrations at Carson's slide ... have begun": a common noun
        core = [t.lower() for t in title]
        while core and core[-1] == "the":
            core.pop()
        if low[0] == "the" and core and core[-1] in ("of", "for", "to", "at", "with", "from", "by") \
                and any(t in ROLE_NOUNS for t in core[1:-1]) \
                and norm_key(" ".join(name)) not in STATES and " ".join(name).lower() not in COUNTRIES:
            # (not a place: "the senator from Vermont" is a description of someone named)
            # "the spokesman for Hillary Clinton", "the daughter of Donald Trump": the name
            # is the object of the preposition; the speaker is someone unnamed beside that
            # person. "the owner of the Dallas Mavericks", "the director of the FBI": the
            # holder of a post at a body, whom the text may have named
            if title[-1].lower() != "the" and len(name) >= 2 and not any(norm_key(t) in ORG_WORDS for t in name):
                return NP("anonymous", raw, name=raw)
            heads = [t for t in core[1:-1] if t in ROLE_NOUNS]
            return NP("description", raw, head=heads[-1], modifiers=[t for t in core[1:-1] if t != heads[-1]])
        post = next((j for j in range(1, len(title)) if title[j].lower() in ("of", "for", "at")), None)
        held = parse_np(" ".join(title[post + 1:] + name)) if post is not None and len(name) == 1 \
            and title[post - 1].lower() in ROLE_NOUNS | TITLE_WORDS and post + 1 < len(title) else None
        if held is not None and held.kind == "organization" and held.name and (
                " " in held.name or len(title) - post > 2):
            # "Turkey representative of Reporters Without Borders": a post at a body whose
            # name the title split, not someone called "Borders"; "the head of the state
            # weather agency AEMET": a post at a body named after its kind
            return NP("description", raw, head=title[post - 1].lower(),
                      modifiers=[t.lower() for t in title[:post - 1]])
        # "A Plus reporter Isaac Saul" names Saul; "a former agent for President Bill
        # Clinton" does not name Clinton (the name is the object of "for")
        role_before_name = bool(title) and title[-1].lower() in ROLE_NOUNS and len(name) >= 2 and \
            not any(t.lower() in ("for", "of", "to", "with", "at", "from", "by") for t in title)
        if low[0] in ("a", "an") and title and not role_before_name or (
                [t for t in title if t.lower() not in ("the", "a", "an")][-1:] in (
                    ["of"], ["for"], ["at"], ["from"], ["with"], ["in"])
                and (len(name) == 1 or any(t.lower() in ROLE_NOUNS for t in title))):
            # "a writer for The Atlantic": an indefinite description, not a name; nor are
            # the capitalised words after a preposition ("executive director of Democrats
            # for Life", "Tribal Chairman of the Navajo Nation")
            roles = [t.lower() for t in title if t.lower() in ROLE_NOUNS]
            pp = next((j for j, t in enumerate(title) if t.lower() in ("for", "of", "at", "with", "to")), len(title))
            roles = [t.lower() for t in title[:pp] if t.lower() in ROLE_NOUNS] or roles
            # ("A spokesman for Mayor Frank G. Jackson": a spokesman, the role before "for")
            first = next((j for j, t in enumerate(title) if t.lower() in ROLE_NOUNS), 0)
            described = 1 <= first <= 3 and title[0].lower() in ("a", "an", "one") and all(
                t.islower() and not t.endswith("ed") for t in title[1:first])  # ("a police official in Barisal")
            at_body = roles and pp < len(title) and title[pp].lower() in ("for", "at")
            body = parse_np(" ".join(toks[pp + 1:])) if at_body else None
            if body is not None and body.kind == "organization" and body.name and pp <= 3:
                # "A spokesperson for Danish shipping giant Maersk": the role, for a body (and
                # "Officials at the Pentagon": people who hold it there)
                if low[0] not in ("a", "an", "the", "one") and roles[-1].endswith("s") and roles[-1][:-1] in ROLE_NOUNS:
                    return NP("group", raw, name=raw, head=roles[-1], modifiers=[])
                return NP("description", raw, head=roles[-1], modifiers=[])
            if not roles or any(not _is_cap(t) and t.lower() not in ROLE_NOUNS | TITLE_WORDS | _ROLE_GLUE
                                and not re.fullmatch(r"[a-z]{4,}(?:al|ary|ive)", t)  # ("regional", "medical")
                                for t in (title[first + 1:] if described else title)):
                # "Clinton met with Obama", "a woman asked for a photo and Clinton",
                # "President Obama flew here to swim with Hawaiian": a clause, not a role
                return None
            if title[-1].lower() in ("in", "from") and roles[-1].endswith("s") and roles[-1][:-1] in ROLE_NOUNS:
                # "Officials in Kyiv", "Western diplomats in Beijing": people who hold such posts,
                # and where
                return NP("group", raw, name=raw, head=roles[-1], modifiers=[t.lower() for t in title[:first]])
            return NP("description", raw, head=roles[-1], modifiers=[])
        if title and owner != len(title) - 1 and (title[-1].lower() in ORG_KINDS or (
                (title[-1].lower() in _BUSINESS_KINDS or business_noun(title[-1].lower()))
                and len(name) <= 2 and norm_key(name[0]) not in _FIRST_NAMES)):
            # "migrant rights group Caminando Fronteras", "the watchdog Transparency
            # International": a kind of organisation before its name (and "operator Isavia",
            # "grid operator Red Electrica", "platform Kick": a kind of business before a name
            # that opens with no one's first name, and "German carmaker Volkswagen")
            return NP("organization", raw, name=" ".join(name))
        if len(title) >= 3 and title[-1].lower() == "the" and title[-2].lower() in ("and", "&") and _is_cap(title[-3]) \
                and all(_is_cap(t) or t.lower() in ("the", "of", "and", "&") for t in toks) \
                and not any(t.lower().rstrip(".") in ROLE_NOUNS | TITLE_WORDS for t in title[:-2]):
            # "The World Bank and the IMF": two bodies, not a person "IMF" titled "World Bank and"
            return NP("group", raw, name=re.sub(r"^[Tt]he\s+", "", raw))
        if title and title[-1].lower() in ("and", "or", "&"):
            if not any(t.lower().rstrip(".") in ROLE_NOUNS | TITLE_WORDS for t in title[:-1]):
                return None  # "Economic Cooperation and Development", "Nevada and South Carolina"
            title = title[:-1]  # "Former House speaker and Ohioan John Boehner"
        if title and low[0] != "the" and len(toks) <= 4 and any(t.lower() in _SLOGAN_GLUE for t in title[1:]) \
                and (len(toks) == 3 or "the" not in low) and all(
                _is_cap(t) or t.lower() in _SLOGAN_GLUE for t in title) and not any(
                t.lower().rstrip(".") in TITLE_WORDS | ROLE_NOUNS for t in title):
            # "Save the Children", "Care Not Killing", "Stop the Steal": a body named by a
            # phrase, not a name after a title (but "Second Amendment the Founding Fathers",
            # and a headline in capitals, run on to a name)
            return NP("organization", raw, name=" ".join(toks))
        if not _title_words_ok(title):
            return None
        role = " ".join(owned if i == owner < len(title) - 1 else t for i, t in enumerate(title) if t.lower() != "former"
                        and not AGE.fullmatch(t)) or None  # ("Italy's civil protection minister")
        if role:
            role = re.sub(r"^(?:(?:the|a|an)\s+)+|(?:\s+(?:the|a|an))+$", "", role, flags=re.I) or None
        if role and relation_only(role):
            role = None
        if [t.lower() for t in title] == ["the"] and owner < 0:
            # "the NHS Confederation", "the Brookings Institution": a person's name takes no
            # article
            return NP("organization", raw, name=" ".join(name))
        if {norm_key(t) for t in name} & (ORG_WORDS | BODY_NAME_WORDS) or any(t.lower() in ORG_WORDS for t in title[-1:]) and len(name) <= 1 and title and _is_cap(title[-1]) \
                or len(toks) >= 2 and name and norm_key(name[-1]) in COMPANY_WORDS and all(map(_is_cap, toks)):
            # ("Veridian Pharma", "General Motors"; not "Shares of Nova Semiconductor"; nor "the
            # manager of second-tier Ashford Rovers", a role held there)
            return _role_of_phrase(raw, low) or NP("organization", raw, name=" ".join(
                _org_name(tokens_of(raw) if owner >= 0 else toks)))
        if len(toks) > 6 and not title:
            return None
        if norm_key(name[-1]) in EVENT_NOUNS and len(title) >= 2 \
                and all(_is_cap(t) for t in title if t.lower() != "the") \
                and not any(t.lower().rstrip(".") in ROLE_NOUNS for t in title):
            # "The Democratic National Convention released a statement": the event's organisers,
            # not a Mr. Convention with the title "Democratic National"
            return NP("organization", raw, name=" ".join(t for t in toks if t.lower() != "the"))
        if norm_key(" ".join(name)) in STATES:
            return None  # "New Hampshire", "the Independent Vermont senator": a place
        if " ".join(name).lower() in COUNTRIES and not role:
            return NP("organization", raw, name=" ".join(name))  # "China said": its government
        if len(name) == 1 and re.fullmatch(r"[A-Z][a-z]+s", name[0]) and title and all(
                t.lower() in ("the", "white", "red", "blue", "green", "black", "national", "european", "independent")
                for t in title) and any(t.lower() != "the" for t in title):
            # "the White Helmets", "the Green Berets": a body by a plural name, not Mr. Helmets
            # with the title "White"
            return NP("organization", raw, name=" ".join(t for t in tokens_of(raw) if t.lower() != "the"))
        return NP("person", raw, name=" ".join(name), role=role)
    # Descriptions and groups: "the chancellor", "the Mexican president", "a US official",
    # "the two leaders", "officials".
    head = last_low
    if low[0] not in ("the", "a", "an", "his", "her", "their", "its", "our", "one", "two", "both",
                      "three", "several", "many", "some", "other", "another", "u.s", "us") and \
            not _is_cap(toks[0]) and head not in GROUP_NOUNS \
            and not (head.endswith("ies") and head[:-3] + "y" in ORG_WORDS | ORG_KINDS) \
            and not (owner == 0 and len(low) == 2 and low[0] in ORG_WORDS and head in ROLE_NOUNS | TITLE_WORDS):
        # (not "aid agencies", nor a body's post: "parliament's speaker")
        return None
    role_of = _role_of_phrase(raw, low, owned=owner == 0)
    if role_of is not None:
        return role_of  # "a spokeswoman for the committee": the role, not the committee
    if len(toks) > 7 and not _AND_OTHERS.fullmatch(raw):
        return None  # (a clause; but "The United States and 12 other Western countries")
    mods = [t for t in low[:-1] if t not in ("the", "a", "an")]
    art = max((i for i, t in enumerate(low[:-2]) if t in ("a", "an")), default=-1)
    if art >= 0 and head in GROUP_NOUNS and not _is_cap(toks[art + 1]) and low[art + 1].isalpha() \
            and low[art + 1] not in _QUANTITY_NOUNS and not set(low[art + 2:]) & FUNCTION_WORDS:
        # "a move supporters called", "(was jailed in) a case prosecutors called": the noun
        # the clause hangs on, then its subject
        return parse_np(" ".join(toks[art + 2:]))
    if (head in GROUP_NOUNS or head in ("men", "women") or (
            head.endswith("s") and head[:-1] in ROLE_NOUNS | ANON_NOUNS | ORG_WORDS | PERSON_NOUNS)
            or _plural_role(head) or head.endswith("ies") and head[:-3] + "y" in ORG_WORDS | ORG_KINDS | BUSINESS_NOUNS
            or head.endswith("s") and business_noun(head[:-1])) \
            and not set(mods) & (_LINKING_WORDS | CLAUSE_OPENERS):
        # (not "cooperated with prosecutors", "was jailed in a case prosecutors": a clause)
        if "and" in low[:-1] and {"a", "an"} & set(low[:low.index("and")]):
            return None  # "(hailed as) a lifeline and landlords": one thing, then people (not "current
            # and former officials", whose "and" joins what they are)
        if "and" in low[:-1] and any(people_noun(w) and v.endswith("ed") for w, v in zip(low, low[1:low.index("and")])):
            return None  # "its backers called overdue and landlords": a clause of its own before them

        # (and "the cable news networks", "the two companies": institutions as a group)
        return NP("group", raw, name=raw, head=head, modifiers=mods)
    if low[0] in ("a", "an", "one") and head in ANON_NOUNS:
        return NP("anonymous", raw, name=raw, head=head, modifiers=mods)
    if business_noun(head) and low[0] == "its" and len(toks) <= 3 and head not in _PUBLIC_BODIES:
        # "Its maker said ...": the company behind the thing just named, resolved like "the
        # company" (else named as the text names it)
        return NP("organization", raw, name=raw, head=head, modifiers=mods)
    if business_noun(head) and low[0] == "the" and (not any(
            _is_cap(t) and (not _proper_adjective(t) or head in _PUBLIC_BODIES) for t in toks[1:])
            or len(toks) == 3 and head in BUSINESS_NOUNS - _PUBLIC_BODIES and low[1] not in ORG_WORDS):
        # "the company", "the electric carmaker", "the German carmaker", "the iPhone maker",
        # "the Detroit automaker": a company the text named before
        return NP("organization", raw, name=raw, head=head, modifiers=mods)
    if head in ORG_WORDS or head in _UNNAMED_BODY_KINDS and low[0] in ("a", "an") and len(toks) <= 4:
        # (and a body unnamed, as "a rights group" is: "a conservation charity", "a think tank")
        if head in ORG_KINDS and low[0] == "the" and (len(toks) == 2 or head in SIDE_NOUNS and len(toks) <= 5
                                                      and all(map(_is_cap, toks[1:-1]))):
            # "the group said", "the Premier League club said": the body the text has just
            # named (resolved like "the company"; not "the United Auto Workers union", a name)
            return NP("organization", raw, name=raw, head=head, modifiers=[])
        return NP("organization", raw, name=raw)
    if (head in ROLE_NOUNS or head in ANON_NOUNS or head in TITLE_WORDS or head in PERSON_NOUNS) \
            and not set(mods) & _LINKING_WORDS:
        return NP("description", raw, head=head, modifiers=mods)
    if AGE.fullmatch(head) and low[0] == "the":
        return NP("description", raw, head="year-old", modifiers=mods)  # "the 45-year-old said"
    return None


_PERSON_TITLES = frozenset("""president director chairman chairwoman chair secretary spokesman
spokeswoman spokesperson executive founder ceo chief head leader senator minister mayor governor""".split())
_ORG_LINKS = frozenset("of for without against on over across beyond to".split())
# Bodies named after what they set out to do: "the Committee to Protect Journalists"
_MISSION_BODIES = frozenset("committee coalition campaign alliance foundation fund movement network initiative project "
                            "partnership".split())
# A place's government or authority named by what it is: "the City of Melbourne", "the Port of
# Rotterdam", "the State of Israel" (only before "of" in capitals: "Mexico City" is a place)
_LOCAL_BODIES = frozenset("""city town county borough municipality shire village port state province
commonwealth""".split())
WHEN_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december""".split())
CLAUSE_OPENERS = frozenset("""does did do was were is are has have had neither either without would
could should shall might must""".split())
_DOCUMENT_NOUNS = frozenset("statement communique communiqué release memo letter filing".split())
# A court's documents ("the ruling said"): the judge or court that last spoke
COURT_DOCUMENTS = frozenset("ruling opinion order decision judgment judgement".split())
# An institution's ("according to the report"): the body that last spoke, never a person
BODY_DOCUMENTS = frozenset("report study survey data figures".split())
# What a speaker issues words in, for "the statement said": whoever issued the last one
# (of the kind above for a court's or a body's documents).
ISSUED_NOUNS = _DOCUMENT_NOUNS | {"email", "post", "tweet"} | COURT_DOCUMENTS | BODY_DOCUMENTS
# Texts that speak in their own name when no one is named for them
TEXT_NOUNS = frozenset("""agreement bill law resolution declaration draft lawsuit suit complaint indictment petition
treaty accord documents papers records filings""".split())
# Documents that speak for whoever wrote, issued or brought them ("a report issued by X",
# "The lawsuit, brought by X,")
AUTHORED_DOCUMENTS = BODY_DOCUMENTS - {"data", "figures"} | {"analysis", "review", "audit", "paper", "assessment",
                                                           "poll", "memo", "statement", "lawsuit", "suit",
                                                           "complaint", "petition", "letter", "brief",
                                                           "document", "filing", "motion", "ad",
                                                           "advertisement", "commercial"}


_NOUN_SUFFIX = re.compile(r"(?:tions|ments|nesses|ities|isms)$")  # (not "Sessions", "Ness")
# "Economic Cooperation and Development": common nouns, not two surnames
_ABSTRACT_NOUN = re.compile(r"(?:ation|ution|ition|ction|opment|ism)$")
_ROLE_GLUE = frozenset("a an the of for at from with in and to on by former".split())
FUNCTION_WORDS = frozenset("to of for at with from in on by and or the a an that which who".split())
# Words that put a role inside another noun's phrase: "a job as Secretary of Defense" is a
# job, "a man like the president" no president.
_LINKING_WORDS = frozenset("as like than with by from into".split())


def _role_of_phrase(raw: str, low: list[str], owned: bool = False) -> NP | None:
    """`a spokeswoman for the committee`, `the director of the FBI`: a role and where it is
    held describe a person; the head is the role before the preposition (whoever's it is:
    "his chief of staff", "Christie's former deputy chief of staff")."""
    if low[0] not in ("a", "an", "the", "one", "his", "her", "their", "its") and not owned:
        return None
    pp = next((j for j in range(2, len(low)) if low[j] in ("for", "of", "at", "with")), None)
    if pp is None or pp > 4 or pp == len(low) - 1 or low[pp - 1] not in ROLE_NOUNS or len(low) > pp + 8 \
            or low[-1] in FUNCTION_WORDS or set(low[1:pp - 1]) & _LINKING_WORDS:
        return None  # (not "the chair of the DNC authority to": a phrase that runs on)
    kind = "anonymous" if low[0] in ("a", "an", "one") and low[pp - 1] in ANON_NOUNS else "description"
    mods = [t for t in low[1:pp - 1]]
    return NP(kind, raw, name=raw if kind == "anonymous" else None, head=low[pp - 1], modifiers=mods)


_PLACING = frozenset("in on at outside inside near among behind".split())


def _one_somewhere(low: list[str]) -> int:
    """Where the place begins in "a nurse on the picket line", "one man in the crowd": one
    unnamed person, then where they stood (a short phrase of common nouns); else 0."""
    if low[0] not in ("a", "an", "one") or len(low) > 9:
        return 0
    j = next((j for j in range(2, min(5, len(low) - 2)) if low[j] in _PLACING), 0)
    if not j or low[j - 1] not in ROLE_NOUNS | ANON_NOUNS | PERSON_NOUNS or low[j + 1] not in ("the", "a", "an", "his", "her", "their") \
            or set(low[1:j - 1]) & FUNCTION_WORDS \
            or set(low[j + 2:]) & (FUNCTION_WORDS - {"of", "in", "at", "on", "the"}) \
            or any(w.endswith("ed") or w.endswith("ing") and w not in ROLE_NOUNS for w in low[1:]):
        return 0
    return j


# A person named after what they are to someone: "my friend Tom Barker"
_OWNED_NAME = re.compile(r"(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?P<desc>(?:[a-z][\w-]*\s+){1,5}?)"
                         r"(?P<name>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3})")
_KIN_WORDS = FAMILY_NOUNS | RELATION_NOUNS | frozenset("partner mentor stepson stepdaughter stepmother stepfather".split())
# People named by whom they belong to or stand for: "the family of ...", "lawyers for ...",
# "advisers to Mr. Obama"
_KIN_OF = re.compile(r"(?:(?:the|his|her|their|its)\s+(?:[a-z-]+\s+)?)?(family|families|parents|relatives|friends|"
                     r"lawyers|attorneys|supporters|colleagues|neighbou?rs|classmates|descendants|heirs|"
                     r"aides|advis[eo]rs|allies|associates|confidants)"
                     r"\s+(?:of|for|to)\s+\S"
                     # people of a place or a workplace: "Residents of Paiporta", "workers at the plant"
                     r"|(?:(?:the|many|some|local|other)\s+)?(residents|villagers|inhabitants|citizens|locals|workers|"
                     r"employees|staff|voters|members|shoppers|farmers|fishermen|parents|pupils|students|patients|"
                     r"survivors|witnesses|passengers)"
                     r"\s+(?:of|in|at|from|near)\s+\S", re.I)


def relation_only(role: str) -> bool:
    """Whether words before a name say only what the person is to someone: "(his) Portuguese
    colleague Mario Centeno", or a bare "Rival" (of whom?), unlike "GOP rival Ted Cruz"."""
    return role.split()[-1].lower() in RELATION_NOUNS - CONTEST_NOUNS or role.lower() in CONTEST_NOUNS



def people_noun(w: str) -> bool:
    """A plural noun of people: "officials", "economists", "elders", "rescuers" (a group word,
    a role's or a person noun's plural, or one of what people do: -ers, -ists, -ians)."""
    return w in GROUP_NOUNS or _plural_role(w) or w.endswith("s") and w[:-1] in PERSON_NOUNS \
        or len(w) >= 6 and w.endswith(("ers", "ists", "ians"))


def _plural_role(w: str) -> bool:
    """"economists", "secretaries", "spokesmen": the plural of a role noun."""
    return len(w) > 3 and (w.endswith("s") and w[:-1] in ROLE_NOUNS or w.endswith("ies") and w[:-3] + "y" in ROLE_NOUNS
                           or w.endswith("men") and w[:-3] + "man" in ROLE_NOUNS)


# What sport copy calls a team it has named: "Chelsea have agreed ..., the club said"
SIDE_NOUNS = frozenset(("club", "team"))
ORG_KINDS = frozenset("""group organization organisation charity firm company agency coalition ngo
network union party institute lobby nonprofit non-profit watchdog newspaper broadcaster outlet
website magazine think-tank tank association federation foundation""".split()) | SIDE_NOUNS
# Kinds of body that, unnamed, are only ever agents ("a conservation charity said"; not "set up
# a website called ...", "hired a firm", "a team of researchers")
_UNNAMED_BODY_KINDS = frozenset("charity ngo lobby nonprofit non-profit watchdog think-tank tank".split())
# What business copy calls a company it has named: "the carmaker said", "the lender".
BUSINESS_NOUNS = frozenset("""carmaker automaker retailer lender insurer airline miner manufacturer
chipmaker drugmaker broadcaster conglomerate supplier utility startup start-up exchange regulator
bank firm company agency ministry department commission foundation institute charity watchdog maker
brewer brewery distiller winery grocer supermarket carrier shipper housebuilder studio""".split())
# Nouns for one person that a text may capitalise after an article ("a Labour MP", "one New
# Hampshire Republican"); not the title words that only open a name ("White", "House").
# Offices the lexicon keeps as titles that copy also writes in lower case before a name:
# "Bavarian premier Markus Soeder", "city councillor Tom Ruiz"
OFFICE_TITLES = frozenset("""premier councillor councilor councilman councilwoman councilmember alderman
alderwoman assemblyman assemblywoman assemblymember archbishop cardinal pastor ombudsman provost prefect
registrar speaker""".split())
_CAPITAL_ROLES = ROLE_NOUNS | OFFICE_TITLES | frozenset("""republican democrat independent libertarian mp mep
msp mla mpp td legislator commissioner imam treasurer trustee supervisor""".split())
_PARTY_MEMBERS = frozenset("""democrats republicans conservatives liberals socialists communists greens
tories progressives libertarians independents""".split())
_SLOGAN_GLUE = frozenset(("the", "not", "for"))
_TITLE_FILLERS = frozenset("""the a an of and for former retired then press rights state party news daily host
chief senior top campaign house white general vice deputy security national foreign communications
policy political economic acting interim incoming outgoing""".split())
# Words that end like role nouns and adjectives but are verbs, adverbs or prepositions.
_NOT_TITLE = frozenset("""went sent spent meant lent after under over never ever however rather either
neither whether later earlier together whatever other another per or nor wherever whenever
whoever""".split())


def _joined_org_name(toks: list[str], low: list[str]) -> bool:
    """Whether capitalised words joined by "and" or "&" are one institution's name: a
    company's "X & Y", or a name whose head is an institution's word ("Federation", "the
    College of ... and ...") rather than a list of people ("Trump and Congress")."""
    if len(toks) < 3 or not _is_cap(toks[-1]) or low[0] in ("and", "&"):
        return False
    if any(not _is_cap(t) and w not in _NAME_JOINS for t, w in zip(toks, low)) or any(
            w in _NAME_JOINS and (low[k + 1] in _NAME_JOINS if k + 1 < len(low) else True) for k, w in enumerate(low)):
        return False
    if {w.rstrip(".") for w in low} & (ROLE_NOUNS | _PERSON_TITLES):
        return False  # "Secretary of Health and Human Services Xavier Becerra": a person
    if "&" in low:
        # "Procter & Gamble", "Johnson & Johnson"; not "Rudy Giuliani & Sen. Jeff Sessions"
        return not any(len(side) >= 2 and norm_key(side[0]) in _FIRST_NAMES
                       for side in _split_at(toks, low, "&"))
    if "and" not in low:
        return False
    at = low.index("and")
    link = next((k for k, w in enumerate(low) if w in ("of", "for")), 0)
    if link:
        # "the Department of Health and Human Services"; not "the Department of Justice and
        # the Federal Bureau of Investigation", two names
        return low[link - 1] in ORG_WORDS and link < at and not {"of", "for"} & set(low[at:])
    # "the Food and Drink Federation"; not "X and Congress", "the Urban Institute and
    # Brookings Institution"
    return low[-1] in ORG_WORDS and len(low) - at >= 3 and low[at - 1] not in ORG_WORDS


def describes_org(text: str) -> bool:
    """Whether an appositive says what kind of body its name is: "a charity for older
    people", "the country's largest union", "a London-based think tank"."""
    m = re.match(r"(?:a|an|the)\s+(.+)", text.strip(), re.I)
    if m is None:
        return False
    head = re.split(r"\s(?:of|for|at|with|in|on|to|from|that|which|who|whose)\s", f" {m.group(1)} ", maxsplit=1)[0].split()
    last = head[-1] if head and head[-1].islower() else ""  # (not a name: "Regardless, the State Department")
    return bool(last) and (last in ORG_KINDS | ORG_WORDS | _BUSINESS_KINDS or business_noun(last))


def business_noun(word: str) -> bool:
    """What business copy calls a company: "the carmaker", "the iPhone maker" (a
    lawmaker is none)."""
    return word in BUSINESS_NOUNS or word.endswith("maker") and word not in ROLE_NOUNS


# What else an appositive calls a business: "a provider of ...", "a chain of ...".
_BUSINESS_KINDS = frozenset("provider operator developer producer distributor chain brand platform giant".split())


def _proper_adjective(tok: str) -> bool:
    """A capitalised word that says where a company is from, not what it is called:
    "German", "Swedish", "U.S.", "Seattle-based"."""
    low = tok.lower().rstrip(".")
    return low in DEMONYMS or low in _COUNTRY_CODES or low.endswith(("-based", "ish", "ese", "ian", "ean", "can", "ic")) \
        or low in ("dutch", "french", "swiss", "greek", "thai", "czech", "israeli", "iraqi", "saudi", "pakistani")


# Business nouns that also name a state's bodies: "the German foreign ministry" is no company
# named before.
_PUBLIC_BODIES = frozenset("ministry department agency commission regulator".split())
_COUNTRY_CODES = frozenset("u.s us uk u.k eu".split())


def workplace(toks: list[str], link: str) -> bool:
    """Whether the capitalised words after "of", "for" or "at" a person's name say where
    they work ("Wedbush Securities", "Human Rights Watch", "the NHS Confederation") rather
    than where they live ("of Vermont", "of Cheyenne", "of New Orleans")."""
    if not toks or not all(_is_cap(t) or t.lower() in _NAME_JOINS for t in toks):
        return False
    if link == "at" and norm_key(toks[-1]) in EVENT_NOUNS:
        return False  # where they were: "at the British Rapidplay Championship"
    words = {norm_key(t) for t in toks}
    if words & (ORG_WORDS | BUSINESS_NOUNS | OUTLETS) or any(len(t) >= 2 and t.isupper() for t in toks):
        return True
    place = norm_key(" ".join(toks)) in STATES or " ".join(toks).lower() in COUNTRIES
    return not place and (link != "of" or len(toks) >= 2 and norm_key(toks[0]) not in _PLACE_STARTS)


# How the names of many towns begin: "New Orleans", "San Antonio", "Fort Worth".
_PLACE_STARTS = frozenset("""new san los las santa st saint fort port mount lake north south east west
el la le des salt palm baton grand great little upper lower""".split())


def _split_at(toks: list[str], low: list[str], word: str) -> list[list[str]]:
    sides: list[list[str]] = [[]]
    for t, w in zip(toks, low):
        if w == word:
            sides.append([])
        else:
            sides[-1].append(t)
    return sides


_LETTER_NAME = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]+)\s+([A-Z])")
_LETTERED = frozenset("patient child baby witness victim complainant defendant soldier pilot".split())
# The words that give someone's name after a description: "known as", "identified only as",
# "(who) identified himself only as", "introduced herself by the name"
# (and "who calls himself Bhole Baba", "who goes by the name Big Zed")
NAMED_ONLY_AS = r"(?:(?:is\s+)?(?:known|identified|introduced)(?:\s+(?:himself|herself))?\s+(?:only\s+)?" \
    r"(?:as|by\s+the\s+name)|(?:calls|called)\s+(?:himself|herself)|goes\s+by(?:\s+the\s+name(?:\s+of)?)?)"
# A name of one or two capitalised words, as a text gives someone it named late: "Mere",
# "Abu Ali", "Ibrahim"
SHORT_NAME = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?"
_KNOWN_AS = re.compile(r"(.{3,60}?),?\s+" + NAMED_ONLY_AS + r"\s+(" + SHORT_NAME + ")")
_QUANTITY_NOUNS = frozenset("""few lot number couple handful dozen group crowd majority bunch host pair
team panel coalition series variety range""".split())
SOME = frozenset("one two three four five some several many most few both all each none".split())
_NAME_JOINS = frozenset(("of", "for", "and", "&", "on"))


def _title_words_ok(title: list[str]) -> bool:
    """Lower-case words before a name must be role nouns, determiners or words shaped like
    them ("political scientist", "state delegate"); anything else means the words are not a
    name phrase ("the aid was ...", "Bush went after Trump")."""
    if title and title[0].lower() in OPENING_PREPOSITIONS:
        return False  # "About Acme Robotics" (a heading), "With Trump ...": no title
    plain = not any(w.lower() in OPENING_PREPOSITIONS for w in title)  # (not "director for IHS")
    for i, t in enumerate(title):
        tl = t.lower()
        if tl in ("to", "for", "on", "and", "of", "the") and 1 < i < len(title) - 1 and _is_cap(title[i - 1]) \
                and _is_cap(title[i - 2]) and _is_cap(title[i + 1]):
            continue  # inside an organisation's name before the role: "Ohio Right to Life President"
        if plain and _noun_modifier(t) and _before_role_noun(title, i) and (
                i == 0 or _noun_modifier(title[i - 1]) or title[i - 1] in _TITLE_FILLERS
                or _is_cap(title[i - 1]) and (tl in FIELD_NOUNS or title[i - 1].lower() in FIELD_NOUNS)
                or i == 1 and title[0].lower().rstrip(".") in DEMONYMS
                or _proper_adjective(title[i - 1]) and i + 2 < len(title) and _noun_modifier(title[i + 1])):
            # a noun before the role noun: "rescue worker", "fire brigade spokesman", "EU crisis
            # management commissioner", "Trump campaign manager", "Fire information officer",
            # "Tanzanian opposition leader", "Olympic figure skating champion" (not a verb after a
            # name: "Clinton beat senator ...")
            continue
        if _is_cap(t) or tl in ROLE_NOUNS or tl in _TITLE_FILLERS or tl in COMPOUND_TITLE \
                or i and tl in TITLE_WORDS and title[i - 1].lower() in COMPOUND_TITLE:
            continue  # (and "prime minister", "first minister", "home secretary", "First lady")
        of = next((j for j in (i - 1, i - 2) if j >= 1 and title[j].lower() == "of"), None)
        if of is not None and title[of - 1].lower().rstrip(".") in ROLE_NOUNS | TITLE_WORDS \
                and all(w.isalpha() and w.islower() and not w.endswith(("ed", "ing")) and w not in FUNCTION_WORDS
                        for w in title[of + 1:]) and len(title) - of <= 3:
            continue  # what a role is of, right before the name: "chief of staff Ron Klain", "head of research"
        if AGE.fullmatch(tl):
            continue  # "81-year-old Parker Eaton", "Seventeen-year-old Mirra Andreeva"
        if tl in _NOT_TITLE or len(tl) < 5 or not tl.endswith(
                ("ist", "er", "or", "ian", "ant", "ent", "al", "ive", "man", "woman", "ate", "ee")):
            # (a short word only looks like one: "Democrats see Sanders", "went", "hate")
            return False
    return True


def _before_role_noun(title: list[str], i: int) -> bool:
    """Whether a role noun follows the word at i, right after it or after one more noun."""
    return any(j < len(title) and title[j] in ROLE_NOUNS and all(
        _noun_modifier(w) and not w.endswith(_ADJECTIVE_ENDINGS) for w in title[i + 1:j])
        for j in (i + 1, i + 2))  # (not "acting political director of CREDO Action"; but a sport
    # named by a gerund is a noun: "figure skating champion")


_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "ible", "able")


def _noun_modifier(w: str) -> bool:
    """A lower-case word that may be a noun before a role noun ("rescue", "aid", "union"),
    not a verb in the past, a function word or a clause word."""
    return w.isalpha() and w.islower() and 3 <= len(w) and not w.endswith(("ed", "ly")) \
        and w not in _NOT_TITLE and w not in _CLAUSE_WORDS and w not in OPENING_PREPOSITIONS \
        and w not in ("and", "or", "but", "nor", "the", "a", "an", "this", "that", "his", "her", "their", "its",
                      "our", "my", "your", "says", "told", "asked", "called", "named", "thanked", "met")


OPENING_PREPOSITIONS = frozenset("about above after against among at before behind below beside between by "
                                   "despite during for from in inside into like near on onto over since than "
                                   "through to toward towards under until upon via with within without".split())
_CLAUSE_WORDS = frozenset("""which who whom whose how what where why whether that said says told
himself herself themselves itself is are was were has have had will would can could should
did does been also as while because although though whereas unless""".split())
_OBJECT_DETERMINERS = frozenset("a an the his her their its".split())  # before a verb's object
_CONTRACTIONS = tuple(a + b for a in ("'", "\u2019") for b in ("ve", "re", "ll", "d", "m", "t"))
_LY_NOUNS = frozenset("family ally assembly rally supply monopoly anomaly bully assembly".split())
_BEFORE_ARTICLE = frozenset("of for at in on from with to and or by about as than".split())


def _has_clause(low: list[str], toks: list[str]) -> bool:
    """Words no speaker phrase holds: a conjunction at its start, a wh-word, "that", a
    reflexive or a verb of saying inside ("York Times story in which Democratic sources",
    "Bolton distanced himself"), or a determiner after a lower-case word other than a
    preposition, which is an object after a verb ("One Nation began a campaign", "Trump
    tweaked his campaign")."""
    if low[0] in ("and", "or", "but", "what", "how", "why"):
        return True
    if any(t.endswith(_CONTRACTIONS) for t in low):
        return True  # "We've", "they're", "didn't": a clause
    for i in range(1, len(low)):
        if low[i] in _CLAUSE_WORDS and not _is_cap(toks[i]):  # "Omar Said" is a name
            return True
        if low[i] in _OBJECT_DETERMINERS and not _is_cap(toks[i - 1]) and low[i - 1] not in _BEFORE_ARTICLE:
            return True
        if not _is_cap(toks[i]) and "-" not in low[i] and (
                # "Obama passionately rebuked", "Armstrong huddled", "the senator emailed"
                (low[i].endswith("ly") and low[i] not in _LY_NOUNS and _is_cap(toks[i - 1])
                 and low[i - 1] not in _OBJECT_DETERMINERS)
                or (low[i].endswith("ed") and low[i - 1] not in _OBJECT_DETERMINERS and (
                    _is_cap(toks[i - 1]) or low[i - 1] in ROLE_NOUNS or low[i - 1] in GROUP_NOUNS))):
            return True
    return False


def _adverb_like(word: str) -> bool:
    """"Separately", "Initially": a capitalised adverb, not a name; "Kelly", "Reilly",
    "Skelly", "Healy" are names."""
    low = word.lower()
    return low.endswith("ly") and not low.endswith(("elly", "olly", "eilly", "ealy")) and \
        low not in FEMALE_NAMES and low not in MALE_NAMES


def _org_name(toks: list[str]) -> list[str]:
    out = list(toks)
    while out and out[0].lower() in ("the", "a", "an"):
        out.pop(0)
    return out


@dataclass
class Person:
    name: str  # the fullest name the article gives
    role: str | None = None
    gender: str | None = None  # "m", "f" or None
    aliases: set[str] = field(default_factory=set)
    # folded words a description may use for them that the role lacks: a party tag's state
    # ("(R-Fla.)": florida)
    about: set[str] = field(default_factory=set)

    def key(self) -> str:
        return norm_key(self.name)


class Register:
    """The people an article names, found by their full names and linked by surname."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self._by_key: dict[str, Person] = {}
        self._shared: dict[str, list[Person]] = {}  # a surname two people share
        self._first_surname: dict[str, Person | None] = {}  # "gonzalez" -> Edmundo Gonzalez Urrutia

    def add(self, name: str, role: str | None = None, gender: str | None = None,
            force: bool = False) -> Person | None:
        name = _without_nationality(name)
        toks = name.split()
        if not toks:
            return None
        found = self.lookup(name)
        if found is not None:
            if len(toks) > len(found.name.split()) and norm_key(found.name) in norm_key(name):
                found.aliases.add(found.name)
                found.name = name
            else:
                found.aliases.add(name)
            if role and (not found.role or role.startswith(found.role + " ")):
                found.role = role  # (or a fuller one: "Green Party's Jill Stein", "Green Party candidate")
            if gender and not found.gender:
                found.gender = gender
            self._index(found)
            return found
        if len(toks) < 2 and not role and not force:
            return None
        if any(t.lower() in NOT_NAME or _adverb_like(t) for t in toks[:1]):
            return None  # a lone capitalised word is a person only when linked to a full name
        g = gender or guess_gender(toks[0], role)
        p = Person(name=name, role=role, gender=g)
        self.people.append(p)
        self._index(p)
        return p

    def _index(self, p: Person) -> None:
        forms = {p.name, *p.aliases}
        for form in list(forms):
            raw = form.split()
            if len(raw) > 2 and raw[-1].lower().rstrip(".") in _GENERATIONS:
                forms.add(" ".join(raw[:-1]))  # "Luther Stan Pate IV" is "Pate" too
        for form in forms:
            toks = norm_key(form).split()
            self._by_key.setdefault(" ".join(toks), p)
            raw = form.split()
            # "Luiz Inacio Lula da Silva" is "Lula" as well: the word a family name's
            # particle follows, when it is not the first name
            short = [norm_key(raw[i - 1]) for i in range(2, len(raw))
                     if raw[i] in NAME_PARTICLES and raw[i - 1][:1].isupper()]
            article = re.match(r"(?i:al|el)-(\w.*)", raw[-1]) if len(raw) >= 2 else None
            if article:
                short.append(norm_key(article.group(1)))  # "Ahmed al-Sharaa" is "Sharaa" too
            for tail in [" ".join(toks[k:]) for k in range(1, len(toks))] + short:
                if tail not in self._by_key:
                    self._by_key[tail] = p
                    continue
                existing = self._by_key[tail]
                if existing is None:  # already shared: one more bearer
                    if p not in self._shared[tail]:
                        self._shared[tail].append(p)
                elif existing is not p and tail != norm_key(existing.name):
                    self._by_key[tail] = None  # ambiguous surname: no direct link
                    self._shared[tail] = [existing, p]
            if len(raw) == 3 and all(t[:1].isupper() and t.isalpha() for t in raw) \
                    and norm_key(raw[1]) not in _FIRST_NAMES and raw[1] not in NAME_PARTICLES:
                # "Edmundo Gonzalez Urrutia" is "Gonzalez" too: a Spanish name's first surname
                # (a lookup's last resort: never another's surname, and two such mean neither)
                key = norm_key(raw[1])
                self._first_surname[key] = p if self._first_surname.get(key, p) is p else None

    def lookup(self, name: str) -> Person | None:
        key = norm_key(name)
        if not key:
            return None
        hit = self._by_key.get(key)
        if hit:
            return hit
        toks = key.split()
        # "Andres Manuel Lopez Obrador" found as "Lopez Obrador"; a full name that adds a
        # first name to a known surname-only person.
        for k in range(1, len(toks)):
            hit = self._by_key.get(" ".join(toks[k:]))
            if hit and len(toks[k:]) >= 1 and norm_key(hit.name).endswith(" ".join(toks[k:])):
                known = norm_key(hit.name).split()
                if toks[0] in known or len(known) < len(toks) and set(known) <= set(toks):
                    return hit  # (not "George W. Bush" for "Jeb Bush": another first name)
        if key not in self._by_key:
            return self._first_surname.get(key)
        return None

    def known(self, name: str) -> bool:
        """Whether the article names someone so, alone or among others ("Clinton")."""
        return self.lookup(name) is not None or norm_key(name) in self._shared

    def sharing(self, name: str) -> list[Person]:
        """The people a surname could mean when two of them bear it ("Fiorina": Carly
        and Frank), in the order the article named them."""
        return list(self._shared.get(norm_key(name), []))

    def by_role(self, head: str, modifiers: list[str], proper: frozenset[str] = frozenset()) -> Person | None:
        """The person whose role has this head noun, preferring modifier overlap; the first
        added wins ties (see `all_by_role` for all of them). A proper modifier (a place, a
        party, a nation: folded) must be in the role."""
        best = self.all_by_role(head, modifiers, proper)
        return best[0] if best else None

    def all_by_role(self, head: str, modifiers: list[str], proper: frozenset[str] = frozenset()) -> list[Person]:
        """Everyone `by_role` could mean, equally well, in the order they were added."""
        best: list[Person] = []
        best_score = 0.0
        for p in self.people:
            if not p.role:
                continue
            rk = [_TITLE_ABBREVIATIONS.get(w, w) for w in norm_key(p.role).split()] + sorted(p.about)
            direct = head in rk
            if not direct and not any(all(w in rk for w in alt) for alt in _ROLE_SYNONYMS.get(head, ())):
                continue
            if any(m not in rk for m in proper):
                continue  # "the Texas senator" is not "the senator from Vermont"
            if any(w in rk and w not in {norm_key(m) for m in modifiers} for w in ("former", "vice", "deputy")):
                continue  # "the defender" is not "former City defender Micah Richards", "the
                # presidential nominee" not the vice presidential nominee
            if not direct and "former" in {norm_key(m) for m in modifiers} and "former" not in rk:
                continue  # "the former diplomat" is not the foreign minister "the top diplomat" is
            if any(norm_key(m) in COMPOUND_TITLE and norm_key(m) not in rk for m in modifiers):
                continue  # "the prime minister" is not the immigration minister
            # the word itself beats another word for the role ("the chancellor": Chancellor
            # Scholz before Foreign Minister Baerbock)
            score = (1 if direct else 0.5) + sum(1 for m in modifiers if norm_key(m) in rk)
            own = set(norm_key(p.role).split()) - {head, "the", "a", "u.s", "us", "former"} - {norm_key(m) for m in modifiers}
            if direct and not own:
                score += 0.25  # the title itself ("President Obama") before one held somewhere ("president of the NAACP")
            if score > best_score:
                best, best_score = [p], score
            elif score == best_score and best:
                best.append(p)
        return best


_TITLE_ABBREVIATIONS = {"sen": "senator", "rep": "representative", "gov": "governor", "lt": "lieutenant",
                        "gen": "general", "pres": "president", "sec": "secretary", "atty": "attorney"}
# Words that make a title of their own with the role noun: "prime minister", "vice president".
COMPOUND_TITLE = frozenset("prime vice deputy foreign home interior finance defence defense justice "
                            "health education attorney majority minority first shadow economy economic "
                            "trade transport transportation environment energy labour labor agriculture "
                            "culture immigration commerce treasury".split())
# Other words for a role: "the premier" is the prime minister named before.
_ROLE_SYNONYMS = {
    "premier": (("prime", "minister"),),
    "pm": (("prime", "minister"),),
    "minister": (("premier",),),
    "monarch": (("king",), ("queen",)),
    "pontiff": (("pope",),),
    "lawmaker": (("senator",), ("representative",), ("congressman",), ("congresswoman",), ("mp",)),
    # "the Mexican leader": the president or prime minister named before
    "leader": (("president",), ("prime", "minister"), ("premier",), ("chancellor",)),
    # "the chancellor" in copy translated from Spanish: the foreign minister ("canciller")
    "chancellor": (("foreign", "minister"), ("diplomacy",), ("foreign", "secretary")),
    "diplomat": (("foreign", "minister"), ("secretary", "state"), ("diplomacy",), ("ambassador",), ("envoy",)),
}


def role_head(role: str) -> str:
    """What a role is, before whom or where: "chief executive of the King's Fund" -> "chief
    executive"."""
    return re.split(r"\s(?:of|for|at|with|in|on|to|from)\s", f" {role} ", maxsplit=1)[0].strip()


def guess_gender(first: str, role: str | None = None) -> str | None:
    f = norm_key(first)
    if role:
        # (what the role is, not whom or where: "chief executive of the King's Fund" is no king)
        rl = set(norm_key(role_head(role)).split())
        if rl & MALE_ROLE and not (f in FEMALE_NAMES and all(w.endswith("man") for w in rl & MALE_ROLE)):
            # (but copy calls women "spokesman" and "chairman" too: "Trump spokesman Hope Hicks")
            return "m"
        if rl & FEMALE_ROLE:
            return "f"
    if f in FEMALE_NAMES:
        return "f"
    if f in MALE_NAMES:
        return "m"
    return None


NAME_RUN = re.compile(
    rf"(?:(?:{CAP_WORD}|of|the|and|for|de|del|la|van|von|bin|al|da|dos|y)\s+)*{CAP_WORD}"
)
