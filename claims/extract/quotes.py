"""Quotations and their speakers, by rule, in the manner of textacy's direct-quotation
triples (Krestel et al. 2008; Pareti 2016 for the cue/source/content frame): find the
quoted content, find a reporting cue outside any quotation (after the quote, before it in
the same sentence, or carried over from the previous quote), take the noun phrase the cue
governs as the source, and resolve pronouns and descriptions against the people the
article has introduced.

Pure functions: text in, records out.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, replace
from functools import lru_cache

from claims.dates import date_in_text
from claims.extract.dating import PERIOD_HINT, speech_period
from claims.extract.lexicon import (
    ABBREVIATIONS,
    ADVERBS,
    ANON_NOUNS,
    BODY_PLURALS,
    CALLED_BY,
    CONTEST_NOUNS,
    OVERSIGHT_NOUNS,
    BODY_NAME_WORDS,
    COMPANY_WORDS,
    CUE_PHRASES,
    COUNTRIES,
    CROWD_CUES,
    CROWD_NOUNS,
    CUE_VERBS,
    DEMONYMS,
    FAMILY_NOUNS,
    FEMALE_NAMES,
    FEMALE_ROLE,
    FORMS_OF_ADDRESS,
    KIND_NAMES,
    GROUP_NOUNS,
    LEGISLATOR_NOUNS,
    MALE_NAMES,
    MALE_ROLE,
    CHARGE_NOUNS,
    NAMED_FOR_PEOPLE,
    NAMED_KINDS,
    NAME_PARTICLES,
    NOT_GERUNDS,
    NOT_NAME,
    ORG_WORDS,
    RECORD_KINDS,
    PLACE_ABBREVIATIONS,
    PERSON_NOUNS,
    RELATION_NOUNS,
    ROLE_NOUNS,
    SPEECH_NOUNS,
    TAG_TAIL_WORDS,
    THAT_OR_NOUN_VERBS,
    TAG_VERBS,
    TITLE_WORDS,
    US_STATE_ABBREVIATIONS,
)
from claims.extract.names import (
    AUTHORED_DOCUMENTS,
    BODY_DOCUMENTS,
    BUSINESS_NOUNS,
    COURT_DOCUMENTS,
    LEADING_CONJUNCTION,
    TEXT_NOUNS,
    ISSUED_NOUNS,
    business_noun,
    describes_org,
    workplace,
    ORG_KINDS,
    OFFICE_TITLES,
    COMPOUND_TITLE,
    SIDE_NOUNS,
    AGE, CLAUSE_OPENERS, FUNCTION_WORDS, NAMED_ONLY_AS, NUMBER_WORD, ONE_MORE, OPENING_PREPOSITIONS, SHORT_NAME,
    STATES, WHEN_WORDS,
    NP, Person, Register, guess_gender, norm_key, parse_np, possessive_owner, split_title,
    NAME_RUN, SOME, people_noun, relation_only, role_head,
)
from claims.extract.spans import Span, find_spans, mask, paragraphs, sentences
from claims.extract.types import ANONYMOUS, GROUP, ORGANIZATION, PERSON, Quote, SpeakerRef

WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w'\u2019\-]*")
CUE_PHRASE_RE = re.compile(r"\b(?:" + "|".join(CUE_PHRASES) + r")\b", re.I)
# A day of the week, as the patterns below name it
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
TIME_TAIL = re.compile(
    r"(?:\s+|^)(?:(?:on|this|last|next|late|early|earlier|later)\s+)?(?:on\s+)?"
    r"(?:" + _WEEKDAY + r"|today|yesterday|tonight|"
    r"week|month|year|morning|afternoon|evening|night|(?:earlier|later) in the (?:day|week)|"
    r"in the day|at the time|at the (?:start|beginning|end) of [\w ]{1,30}|"
    # "less than two weeks ago", "a year earlier"
    r"(?:(?:less|more|a little|just|only|about|nearly|almost)\s+(?:than\s+)?)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|some|\d+)\s+"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:ago|earlier|later|before))$",
    re.I,
)
LEAD_PREPS = frozenset(
    "from of in at with by for to on about after before during into over under while as since "
    "who which whose where when whom that speaking according including".split()
)
RELATIVE = frozenset(("who", "which", "that"))
# a state written out (the names of the abbreviation table) or abbreviated ("Calif.", "S.C.")
_US_STATES = "|".join(sorted(set(US_STATE_ABBREVIATIONS.values()), key=len, reverse=True)) + \
    r"|[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\."
# "Stacy Baker of Columbia, South Carolina": a town and its state after a name
_TRAILING_PLACE = re.compile(
    rf"\b([A-Z][\w'\u2019\-]*)\s+(?:of|from)\s+[A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*)?,\s*(?:{_US_STATES})$")
# "speaking at a rally in San Jose, Calif.,": a town and its state closing a phrase before the verb
_TOWN_STATE_END = re.compile(
    rf"(\b(?:in|at|near|from|of|outside)\s+[A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*)?),"
    rf"\s*(?:{_US_STATES})(?=,?$)")
_PLACE_TAIL = re.compile(r"\b(?:from|of|in)\s+[A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*){0,2}$")
_WITH_SUBJECT = re.compile(r"\bwith\s+((?:[^\s,;:]+\s+){1,6})$", re.I)
_OPENING_VERB = re.compile(r"[A-Z][a-z]+(?:ing|ed)")
_DETERMINERS = frozenset("a an the his her their its this that these those my our your".split())
_AUXILIARIES = frozenset("do does did is are was were can could will would should has have had".split())
# How far back the text is searched for a name given before ("the federation" for the
# federation's, "Haaland, 26," for Erling Haaland's): bounded, so the cost stays linear.
_LOOKBACK_CHARS = 20_000


# A capitalised word of a body's name ("Smith", "U.S.", "AT&T"), and what joins two of them
# (on one line): a space, maybe "of", "for", "and", "&"
_BODY_WORD = r"[A-Z][\w'\u2019.&-]*"
_BODY_JOIN = r"[ \t]+(?:(?:of|for|and|&)[ \t]+)?"
# A word that is no modifier of a body's kind
_NOT_KIND_WORD = r"(?!(?:of|on|in|at|the|a|an|to|by|for|with|and)\b)"


@lru_cache(maxsize=256)
def _org_named(head: str) -> re.Pattern[str]:
    """An organisation's name with this head word: capitalised words (joined by "of",
    "and", "&") up to it, and an "of ..." after it."""
    cap = _BODY_WORD
    return re.compile(
        rf"(?:{cap}{_BODY_JOIN}){{0,6}}{head[:1].upper()}{re.escape(head[1:])}\b"
        rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{cap}(?:,?\s+(?:(?:and|&)\s+)?{cap}){{0,5}})?")


def _org_described(head: str) -> re.Pattern[str]:
    """A body called by a capitalised place or nation and its kind: "the Gaza health
    ministry", "the Egyptian presidency", "the Turkish foreign ministry"; or named, then
    called by its kind: "Farm Action, an advocacy group," (the name in group 1)."""
    return re.compile(rf"\bthe\s+[A-Z][\w'\u2019-]*(?:\s+{_NOT_KIND_WORD}[a-z]+){{0,2}}\s+{re.escape(head)}\b|"
                      rf"\b({_BODY_WORD}(?:{_BODY_JOIN}{_BODY_WORD}){{0,5}}),\s+(?:a|an)\s+"
                      rf"(?:{_NOT_KIND_WORD}[\w-]+\s+){{0,3}}{re.escape(head)}(?=\s*[,.;)])")


_HEADLINE_CASE = re.compile(r"\b(?:Of|And|For|The|In|On|To|At|With)\b")


# "..., whose letter to Congress she": a relative clause whose own subject is a pronoun.
_WHOSE_THEN_PRONOUN = re.compile(r",\s*whose\s+[^,;:]*?[a-z]\s+(he|she|they|we)$")
# "the base chief known as Bob": a description and the name the text gives it.
_KNOWN_AS_AFTER = re.compile(r"(?:the|a|an)\s[^,.;:\"\u201c\u201d]{1,60}?,?\s+" + NAMED_ONLY_AS + r"\s+"
                             + SHORT_NAME + r"(?=[\s,.;:]|$)", re.I)
# A quoted title, as masked, set off by a comma after an opening phrase.
_TITLE_AFTER_OPENING = re.compile(r"[\"\u201c\u2018']x+[\"\u201d\u2019']?\s*,?\s*(?=[A-Za-z])")
# A transcript's turn: a speaker's label in capitals (a title may come first), a colon, words.
_TURN = re.compile(r"((?:[A-Z][A-Z'\u2019.-]*\s+){0,4}[A-Z][A-Z'\u2019.-]+)\s*:[ \t]+(\S)")
# Labels in capitals that head notices, not a speaker's words.
_NOT_SPEAKER_LABELS = frozenset(norm_key(w) for w in (
    "Q", "A", "CLARIFICATION", "CORRECTION", "BYLINE", "EXCLUSIVE", "UPDATE", "UPDATED", "NOTE", "WATCH",
    "LOOK", "BOOM", "BUSTED", "BREAKING", "ANALYSIS", "OPINION", "SOURCE", "SOURCES", "PHOTO", "VIDEO",
    "RELATED", "EDITOR'S NOTE", "READ MORE", "FACT CHECK", "INTERVIEW", "Q&A", "EXPLAINER", "FACTBOX", "LIVE",
    "COMMENT", "REVIEW", "EDITORIAL", "PROFILE"))
# A day between a subject and its verb: "OpenAI on Monday released ...".
_WHEN_FIRST = re.compile(r"^\s+(?:on|last|this|late|early|earlier)\s+(?:" + _WEEKDAY + r"|week|month|year)\b(?=\s+[a-z])")
# What the text says only of a company or a body, for a one-word name (NAME).
# (Not a spokesman, employees or headquarters: a politician has those too.)
_ORG_EVIDENCE = re.compile(
    r"\b([A-Z][\w&-]*),\s+which\s|\b([A-Z][\w&-]*)['\u2019]s\s+(?:\w+\s+)?(?:shares|stock|chief\s+executive|CEO|"
    r"revenue|profits?|workforce|shareholders|customers|subscribers)\b|"
    r"\b[Ss]hares\s+(?:of|in)\s+([A-Z][\w&-]*)\b|\b([A-Z][\w&-]*)\s+(?:Inc|Corp|Ltd|LLC|Plc|AG|SA|NV|Air\s+Lines|"
    # a company's name by its trade: "Apex Chemical", "Acme Robotics", "Delta Air Lines"
    + "|".join(sorted(w.capitalize() for w in COMPANY_WORDS)) + r")\b|"
    # a body speaking of itself as "it": "Amazon said it had no plans", "Hamas said in a
    # statement that it had responded"
    r"\b([A-Z][\w&-]*)(?:,[^,.;\"]{2,40},)?\s+(?:said|says|announced)\s+(?:[^.,;:\"]{0,30}?\s)?(?:that\s+)?"
    r"it\s+(?:had|has|would|will|expected|expects|plans|planned|remained|remains|intends)\b|"
    # a kind of business before it, or a business it is part of: "telecoms company Optus",
    # "Optus, a unit of Singapore Telecommunications"
    r"\b(?:" + "|".join(sorted(BUSINESS_NOUNS | {"operator", "subsidiary"})) + r")\s+([A-Z][\w&-]*)\b(?![\w&-]*\s+[A-Z])|"
    r"\b([A-Z][\w&-]*),\s+(?:a|the)\s+(?:\w+\s+)?(?:unit|subsidiary|division|arm|parent)\s+of\s")


# A surname after an Arabic article: "Abdel Fattah al-Burhan", "Abdel Fattah el-Sisi"
_PARTICLE_SURNAME = re.compile(r"(?:al|el)-[A-Z]")
# A run of capitalised words (and name particles): the candidates for the people a text names.
_NAME_RUN = re.compile(
    r"\b(?:(?:[A-Z\u00C0-\u00DE][\w'\u2019\-]*(?:\.(?:[A-Z]\.)*)?|of|de|del|la|van|von|bin|al|da|dos|y)[ \t]+){0,7}"
    r"(?:[A-Z\u00C0-\u00DE]|" + _PARTICLE_SURNAME.pattern + r")[\w'\u2019\-]*"  # (and "Ahmed al-Sharaa")
)
# Where someone named works, right after their name: " of the University of Campania",
# " at Wedbush Securities" (capitalised words, "of", "for", "and" and "&" between them)
_WORKS_AT = re.compile(r"[ \t]+(of|at)[ \t]+(?:the[ \t]+)?"
                       r"((?![A-Z][\w.-]*[ \t]+(?:County|City|Township|Parish|Province|District)\b)"
                       r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'\u2019&-]*(?:\.\w+)*)"
                       r"(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?(?:(?:[A-Z]\.){2,}|[A-Z][\w'\u2019&-]*(?:\.\w+)*))*)")
_TITLE_PREPS = frozenset("on of in at from to with for by".split())
# Words after which the rest of a segment is the end of a larger phrase, not a subject.
_NP_CONTINUES = frozenset("""the a an of from for at in with by to on about against under over into
through during without within between among behind across toward towards near""".split())
# Nouns that a quoted title names: `the reality TV show "The Apprentice,"`.
# Words written on a thing, which no one is quoted saying: `a placard reading "Safe staffing
# saves lives"`, `a banner that read "..."`, `T-shirts emblazoned with "..."`
_INSCRIBED = re.compile(r"\b(?:placards?|signs?|banners?|posters?|t-shirts?|shirts?|hats?|caps?|billboards?|stickers?|"
                        r"murals?|graffiti|plaques?|headlines?)\s+(?:reading|that\s+reads?|which\s+reads?|bearing|"
                        r"emblazoned\s+with|with\s+the\s+words?)\s*$", re.I)
# A label the writer keeps at a distance: the so-called "special relationship"
_SO_CALLED = re.compile(r"\bso-?\s?called\s*$", re.I)
_WORK_NOUNS = frozenset("""show shows program programme programs series sitcom film films movie movies
documentary book books memoir novel song songs album play musical podcast column episode segment
hashtag newsletter blog magazine documentaries""".split())
_BROADCASTERS = frozenset("channel network station broadcaster studio".split())
_TITLE_SMALL = frozenset("a an and the of in on at to for with by or nor but from as".split())
_DOCUMENT_END = re.compile(r"\b(?:a|an|the|his|her|their|its)\s+(?:\w+\s+)?(?:statement|letter|post|tweet|"
                           r"message|release|video|note|email|e-mail|memo|ad)\s*$")
_NOT_IN_ROLE = frozenset("""was is were are be been said says told whose who which that had has have
did does do will would not stated added noted explained wrote argued""".split())
_NAME_PARTICLE = re.compile(r"\b([A-Z][\w'\u2019-]*)\s+(?:do|da|das|dos|de|del|di|du)\s+(?=[A-Z])")
_ROLE_PARTICIPLES = frozenset("retired elected appointed united acting designated".split())
# Titles a "state" before them belongs to: "state Sen. Mike Dunn"
_LEGISLATIVE_TITLES = frozenset("sen senator rep representative del delegate assemblyman assemblywoman "
                                "assemblymember senators reps".split())
# (before a name set off by commas, what follows "of" may be lower-case: "The city's
# commissioner of family and support services, Brandie Knazze,")
_LEAD_ROLE_OF = re.compile(r"\b(?:%s)\s+(?:of|for|at|in|to)\s+\S" % "|".join(
    sorted((ROLE_NOUNS | TITLE_WORDS) - {"state", "house", "white", "first", "national", "federal"}, key=len, reverse=True)), re.I)
# (and how the reporter met them: "Migrants interviewed near Eagle Pass", "Farmers contacted by
# Reuters")
_GROUP_HERE = re.compile(r"((?:\S+\s+){0,3}?(?:\S+s|[Pp]olice|[Pp]eople|[Ss]taff))\s+"
                         r"(?:(?:interviewed|contacted|questioned|surveyed|polled|reached|"
                         r"approached|quoted|gathered|queuing|waiting|camped|sheltering|stranded)\s+)?"
                         r"(?:in|from|across|around|at|near|outside|along|on(?=\s+the\s)|(?<=ed\s)by)\s+\S+")
# Two capitalised words in a row (every such pair, overlapping), and a capitalised word as
# the subject of a verb of saying: for full names whose surname speaks further on.
_CAPITAL_PAIR = re.compile(r"(?<![\w'\u2019.-])(?=([A-Z][\w'\u2019.-]*)[ \t]+([A-Z][\w'\u2019-]*)\b)")
_SURNAME_SPEAKS = re.compile(r"\b([A-Z][\w'\u2019-]*)(?:,\s+\d{1,3},)?\s+(?:said|says|told|added|stated|wrote)\b|"
                             r"\b(?:said|says|told|added)\s+([A-Z][\w'\u2019-]*)\b(?![ \t]+[A-Z])")
# "<name>'s office": a person's institution as a sentence's subject
_PERSONS_OFFICE = re.compile(r"['\u2019]s\s+(office|campaign|government|administration|ministry|foundation)\b")
# Words that open a phrase set off before a sentence's subject: "On Wednesday, ...", "Inside
# the chamber, ...", "Speaking to reporters, ...", "Preceded at the lectern by ..., ..."
_OPENING_WORDS = (
    r"(?:On|In|At|After|Before|During|Since|Last|This|Earlier|Later|Meanwhile|However|Separately|Still|But|"
    r"And|Also|When|While|As|Although|Though|With|For|From|Under|By|Speaking|Asked|According|Inside|Outside|"
    r"Across|Behind|Beyond|Near|Throughout|Elsewhere|Back|Today|Yesterday|Once|Over|Through|Despite|Amid|"
    r"Following|Among|Unlike|Instead|Indeed|Yet|Eventually|Finally|Ultimately|Overall|Recently|Previously|"
    r"Initially|Nevertheless|Moreover|Shortly|Within|Without|Against|Along|Around|Hours|Days|Weeks|Months|"
    r"Years|Then|Now|So|Because|If|Until|Given|Like|Whether|"
    # a participle of a verb that does not end in -ed: "Born Frederick Russell Jones in
    # Pittsburgh in 1930, Jamal began", "Known for his spare style,"
    r"Born|Raised|Known|Seen|Shown|Caught|Brought|Built|Held|Sent|Kept|Taken|Driven|Written|Beaten|Struck|"
    r"Drawn|Thrown|Grown|Sworn|Bound|Hidden|Chosen|Forgotten|Frozen|Stolen|Torn|Worn|"
    # a span of time: "Two years ago,", "A decade later,", "Several weeks after the vote,"
    r"(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Forty|Fifty|"
    r"Sixty|Seventy|Eighty|Ninety|Several|A\s+few|\d+)(?:-[a-z]+)?\s+(?:[a-z]+\s+)?"  # (and "Thirty-seven")
    r"(?:years?|months?|weeks?|days?|hours?|decades?|minutes?|nights?)\b(?=[^,]{0,40},)|"
    # a habit's time: "Every morning at five,", "Most nights,", "Each spring,"
    r"(?:Every|Each|Most|Some|Many)\s+(?:[a-z]+\s+)?(?:mornings?|evenings?|nights?|days?|weeks?|months?|years?|"
    r"summers?|winters?|springs?|autumns?|falls?|weekends?|times?|Sundays?|Mondays?|Tuesdays?|Wednesdays?|"
    r"Thursdays?|Fridays?|Saturdays?)\b(?=[^,]{0,40},)|"
    # a participle, not a name ending like one: "Boeing will cut", "Manning said", "Mohammed bin"
    r"[A-Z][a-z]+(?:ing|ed)(?=\s+(?!(?:will|would|shall|should|can|could|may|might|must|has|have|had|is|are|"
    r"was|were|does|did|says|said|told|plans|wants|bin|ibn|al|el|de|da|del|van|von)\b)[a-z]+\b(?<!ed)))")
# An opening adverbial before a sentence's subject (a title's comma may be inside its marks)
# (never past the end of its sentence into a quotation: "Later Sanders interrupted Davis. "...,"
# he said." has no opening phrase)
_OPENING_ADVERBIAL = re.compile(r"\s*(?:" + _OPENING_WORDS + r"\b(?:(?![.!?]\s+[\"\u201c])[^,]){0,140}?"
                                r"(?:,|[\"\u201d](?=\s))\s*)?")
# What a writer does with someone who then answers: "I asked Juliet Schor ...".
_ASKED = frozenset("asked spoke talked interviewed met called reached phoned visited emailed texted".split())
# `Interfax quoted Deputy Foreign Minister Sergei Ryabkov as saying Moscow was "open ..."`,
# `TASS cited an unnamed source as saying ...`: the outlet carries the words; the person it
# quotes said them (a name, an unnamed source, a description, a pronoun or a group)
_QUOTED_AS_SAYING = re.compile(
    r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+(?P<np>[^;:\"\u201c\u201d]{2,140}?)\s+as\s+"
    r"(?P<cue>saying|telling\s+[^,;:\"\u201c\u201d]{2,40}?(?=\s+(?:that\b|[a-z]+\s)))(?:\s+that\b)?\s*")
_QUOTED_KINDS = frozenset(("person", "anonymous", "description", "pronoun", "group"))
# A speech noun, whose it is, and the clause it reports, running on to the quotation: "a
# warning from U.S. President Joe Biden that it would be a"
_NOUN_FROM_THAT = re.compile(r"\b([a-z]+)\s+(?:from|by)\s+((?:[A-Z][\w.'\u2019-]*\s+){0,5}[A-Z][\w'\u2019-]*)"
                             r"\s+that\b[^\"\u201c\u201d]*$")
# Short openings that copy often leaves without a comma: "At one point Sanders interrupted".
_BARE_OPENER = re.compile(r"\s*(?:At (?:one|that|this|some) point|At (?:first|times|last)|Later(?: on)?|Then|"
                          r"Earlier|Afterwards?|Meanwhile|Finally|Again|Now|Still|Minutes later|Moments later)"
                          r"\s+(?=[A-Z])")
# An opening "For <name>," says whom the sentence is about.
# An inverted sentence puts its subject after the verb: "Among them was Keisha Brown, a
# mother of two", "One of those waiting was ...", "Also at the meeting were ...".
_INVERTED_SUBJECT = re.compile(r"\s*(?:Also\s+)?(?:Among|Amid|At|Inside|Outside|Behind|Beside|Alongside|Leading|"
                               r"Joining|One of|Chief among|First among)\b[^,.;:!?\"\u201c\u201d]{1,60}?\s+"
                               r"(?:was|were|stood|sat)\s+(?=[A-Z][a-z])")
_FOR_WHOM = re.compile(r"\s*For\s+((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)\s*,")
_LEADING_ROLE = re.compile(r"\s*([^,\"\u201c\u201d]{3,60}),\s+((?:[a-z0-9][\w-]*\s+){0,3}[A-Z][^,]{2,40}),")
# `"...," Hannity started.` / `"...?" she wondered aloud.`
_BARE_TAG = re.compile(r"\s*([A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*){0,3}|he|she|they|we|I)"
                       r"\s+([a-z]+ed)(?:\s+(?:aloud|again|back|quietly|softly|loudly|later|then))?\s*\.\s*$")
_BARE_TAG_INV = re.compile(r"\s*([a-z]+ed)\s+((?:[A-Za-z][\w.'\u2019-]*,?\s+){0,8}[A-Z][\w.'\u2019-]*)"
                           r"(?:,\s+(?:who|whose|a|an|the)\s.*)?\s*\.\s*$")  # (`, who snuck onto the floor.`)
_NOT_TAG = frozenset("died failed lost won voted resigned retired agreed disagreed appeared seemed".split())
# Interview layout: a paragraph that opens `A:` answers, one that opens `Q:` asks.
_ANSWER = re.compile(r"\s*(?:A|ANSWER|Answer)\s*[:.\u2014\u2013-]\s*")
_QUESTION = re.compile(r"\s*(?:Q|QUESTION|Question)\s*[:.\u2014\u2013-]")
# An interview's answer under the interviewee's name: "Osei: In some ways, yes."
_NAMED_ANSWER = re.compile(r"\s*((?:[A-Z][\w'\u2019.-]*\s+){0,2}[A-Z][\w'\u2019-]+)\s*:[ \t]+(?=\S)")
# What only a business is called, and the words that end a public body's name.
_PUBLIC_BODY_WORDS = frozenset("""commission ministry department court council committee parliament government
police agency authority office regulator tribunal senate congress assembly administration""".split())
# A public body's name: "the Irish Aviation Authority", "the Federal Trade Commission"
_PUBLIC_BODY_NAME = re.compile(r"\b((?:[A-Z][\w&'\u2019.-]*\s+){1,5}(?:%s))\b" % "|".join(
    sorted(w.title() for w in _PUBLIC_BODY_WORDS)))
# Whose spokesperson: "An Amazon spokesperson", "a spokeswoman for TikTok"
_SPEAKS_FOR = r"(?:spokes(?:man|woman|person)|representative)"
_BODY_NAME = r"([A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,2})"
_SPOKESPERSON_OF = re.compile(r"(?i:an?|the)\s+(?:%s\s+%s|%s\s+for\s+%s)" % (_BODY_NAME, _SPEAKS_FOR, _SPEAKS_FOR, _BODY_NAME))
# Kinds of body no company is: "the Verdi union", "the Labour party"
_NO_BUSINESS = "|".join(sorted(_PUBLIC_BODY_WORDS | {"union", "party", "coalition", "movement", "federation",
                                                     "association", "confederation", "alliance", "charity"}))
# Business nouns that may name other bodies too.
_NOT_ONLY_BUSINESS = frozenset("foundation institute charity watchdog exchange utility bank broadcaster".split())
# A sentence about a listed company's stock: "Shares of Advanced Micro Devices fell 7%" is
# about the company ("... The company said")
_SHARES_OF = re.compile(r"(?:[Tt]he\s+)?(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+(?=[A-Z])")
_BUSINESS_SUBJECT = re.compile(r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}(?:[A-Z][\w-]*\s+)?(?:"
                               + "|".join(sorted(BUSINESS_NOUNS)) + r"|(?!(?:%s)\b)\w+maker)\b"
                               % "|".join(sorted(w for w in ROLE_NOUNS if w.endswith("maker"))))
# A one-word name before a company officer's title: "Boeing Chief Executive", "Nestle chairman"
_ONE_WORD_EMPLOYER = re.compile(r"([A-Z][\w&'\u2019-]*)\s+(?i:chief|ceo|chairman|chairwoman|chair|president|founder|"
                                r"co-founder|managing director|finance director|head|boss)\b")
# (as `business_noun` has it: "the planemaker", "the iPhone maker", not "the lawmaker")
# An appositive may open with whose role it is: "Linda Yaccarino, X's chief executive, said".
_OWNER = r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}(?:['\u2019]s|(?<=s)['\u2019])\s+"  # (and "Sanders' ")
_ACCORDING_LEAD = re.compile(r"\s*(?:According to|In the words of) ([^,]{2,80}),\s")
_INVERTING = TAG_VERBS - {"told", "tells"}
# A comment word set off by commas between a subject and its verb.
_ASIDE_END = re.compile(r",\s*(?:for (?:his|her|their|its|our|my) part|in turn|meanwhile|however|though|"
                        r"too|in response|in reply|instead|likewise|similarly|in contrast|"
                        # "Twitter, now known as X, said": another name for the subject
                        r"(?:now |formerly |also |previously |better )?(?:known|called|renamed) as [^,]{1,60})"
                        r"\s*,?\s*$", re.I)
_NEXT_CLAUSE = re.compile(r"\w[^,]*,\s*(?:and|but|while|whereas)\s+(?:he|she|they|we|I|[A-Z][\w'\u2019.-]*)\s")
# A subordinate clause opening right after a quotation has a subject of its own ("as X put
# it" is an attribution, so not "as").
_SUBORDINATE_AFTER = re.compile(r"\s*,?\s*(?:even as|even though|while|although|though|because|whereas|"
                                r"after|before|since|until|unless|when)\s", re.I)
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w-]*)")
_NOUN_PHRASE_END = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Oo]ur|[Mm]y|[Yy]our)\s+"
                              r"(?:\d+\s+(?:[\w-]+\s+){0,2}|(?:[a-z0-9][\w-]*\s+){1,2})|\b\d[\d,]*\s+)$")  # not "the Saudis state"
# Base forms of cue verbs that are nouns as often: "state director", "post office".
# `when Trump in his announcement speech called ...`: the occasion between a subject and its verb
_OCCASIONS = frozenset("""speech interview statement address remarks appearance debate op-ed letter tweet
post video rally conference briefing hearing""".split())
_OCCASION = (r"(?:in|during|at)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:%s)"
             % "|".join(_OCCASIONS))
_OCCASION_TAIL = re.compile(r"\s+%s$" % _OCCASION)
# ... and where reported words were given, closing them: "pledged to cut methane ..., in a joint
# statement issued after talks" (the occasion, then what it was issued after or with)
_OCCASION_END = re.compile(r",\s+%s(?:\s+(?:issued|released|posted|published|sent|given|on|to|with|after)\b[^,;:]{0,80})?$"
                           % _OCCASION)
# ... or what someone else made of them, set off after them: "..., a claim the governor's campaign
# called "ridiculous"", ", an assertion the ministry denied"
_CLAIM_APPOSITIVE = re.compile(
    r"(?:,\s+|(?<=[\"\u201d])\s+|^\s*)(?:a|an)\s+(?:claim|charge|assertion|allegation|accusation|characterization|"
    r"contention|remark|comment|statement|description)\s+(?:that\s+|which\s+)?(?!that\b)(?:[\w.'\u2019-]+\s+){1,6}?"
    r"(?:called|described|denied|disputed|rejected|dismissed|termed|branded|labeled|labelled|disputes|denies|"
    r"rejects|calls)\b")
# ... or people a sentence opens on, bare ("Residents fled the rising water.")
_PEOPLE_OPENING = re.compile(r"([A-Z][a-z]{2,}s)\s+[a-z]")
# A role set off after a closing tag's name, to the comma or stop that ends it (an initial's
# period closes nothing: "chief U.S. economist at JPMorgan"; nor a place's abbreviation's:
# "at Washington University in St. Louis")
_AFTER_PLACE_WORD = "|".join(r"(?<=\b%s)" % w for w in PLACE_ABBREVIATIONS)
_NOT_AFTER_PLACE_WORD = "".join(r"(?<!\b%s)" % w for w in PLACE_ABBREVIATIONS)
_ROLE_AFTER_NAME = re.compile(
    r",\s*([A-Za-z](?:[^,.;:()\u2014]|(?<=\b[A-Z])\.(?=[A-Z]|\s+[a-z])|(?:%s)\.(?=\s+[A-Z])){2,140}?)"
    r"\s*(?:[,;:(\u2014]|(?<!\b[A-Z])%s\.|%s\.(?=\s+[A-Z]|\s*$)|$)"
    % (_AFTER_PLACE_WORD, _NOT_AFTER_PLACE_WORD, _NOT_AFTER_PLACE_WORD))
# People counted, whom a bare "One" that speaks next is one of: "Not all elders approve."
_SOME_PEOPLE = re.compile(r"(?:(?:[A-Z][a-z]+,?|[Nn]ot)\s+)?(?i:%s|the|other|dozens\s+of|hundreds\s+of)\s+"
                          r"(?:[a-z-]+\s+)?([a-z]{3,}s)\b" % "|".join(sorted(SOME - {"one", "none", "each"})))
_DASH_ASIDE = re.compile(r"\s[-\u2014\u2013]\s[^-\u2014\u2013\"\u201c\u201d]{1,200}?\s[-\u2014\u2013]\s|"
                         r"\u2014[^\u2014\"\u201c\u201d]{1,200}?\u2014")
# An institution named by a list: "The Department for Environment, Food and Rural Affairs said"
# (its commas are inside the name, not an appositive's)
_CAP_RUN = r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*"
_LISTED = (r"(?:The\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,3}(?:Department|Ministry|Office|Committee|Commission|Council|"
           r"Agency|Institute|Bureau|Board|Federation|Association|Union|School|College|Centre|Center|Academy|Society|"
           r"Museum)\s+(?:of|for)\s+(?:the\s+)?%s(?:,\s+%s)+,?\s+(?:and|&)\s+%s" % (_CAP_RUN, _CAP_RUN, _CAP_RUN)
           # (or the list first: "the Kenya Medical Practitioners, Pharmacists and Dentists Union")
           + r"|(?:[A-Z][\w'\u2019-]*\s+){2,4}[A-Z][\w'\u2019-]*s(?:,\s+[A-Z][\w'\u2019-]*s)+,?\s+(?:and|&)\s+"
             r"[A-Z][\w'\u2019-]*s\s+(?:Union|Association|Federation|Guild)")
_LISTED_INSTITUTION = re.compile(r"(?:%s)(?=[\s,]|$)" % _LISTED)


_HIDDEN_COMMA = "\x00"


def _hide_commas(m: re.Match) -> str:
    return m.group(0).replace(",", _HIDDEN_COMMA)


def _with_listed_name(np_: NP | None, text: str) -> NP | None:
    """An organisation parsed from an institution named by a list gets its commas back
    ("Department for Environment, Food and Rural Affairs")."""
    if np_ is not None and np_.kind == "organization" and np_.name and "," not in np_.name:
        for m in _LISTED_INSTITUTION.finditer(text + " "):
            listed = " ".join(re.sub(r"^The\s+", "", m.group(0)).split())
            if listed.replace(",", "") == np_.name:
                np_.name = listed
    return np_


_A_NAMED_END = re.compile(r"\ban?\s+(?:[A-Z][\w'\u2019.-]*\s+){1,3}$")
# A preposition before a relative pronoun: "in what Bay Buchanan ... called", "to which O'Malley"
_REL_PREPS = "in|of|to|on|for|from|with|by|at|about"
_WHAT_OPENS = re.compile(r"(?:(?:%s)\s+)?what\s+" % _REL_PREPS, re.I)
_DOCUMENT_TO = re.compile(r"\b(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:letter|statement|memo|email|e-mail|"
                          r"message|note|petition|complaint|motion|request)\s+(?:to|for)\s+[^,;:]*$")
# Lower-case words that go with a role noun before a name: "lead author", "press secretary"
_ROLE_MODIFIERS = frozenset("""lead senior chief deputy assistant associate executive managing general
press rights campaign top vice national political foreign policy security communications defense
defence finance health legal medical research economic principal acting interim party state city
county union team family police school conservative liberal progressive veteran longtime
former retired opposition prime first home interior education culture transport energy environment
trade business shadow junior line assembly factory auto steel farm aid care social construction
sanitation postal transit economy labour labor agriculture immigration commerce justice rescue fire
election civil protection emergency intelligence disaster safety housing climate consumer""".split())
_INNER_CAPITAL = re.compile(r"(?<=[a-z0-9,;] )([A-Z][\w'\u2019-]+)")
_QUANTIFIERS = frozenset("""two three four five six seven eight nine ten both many several some most all few
dozens hundreds thousands""".split())
_CLAUSE_OPENING_WORDS = frozenset("and but or so yet then also meanwhile however still while when as if even only just".split())


def _demonym_subject(toks: list[str]) -> bool:
    """`the Spaniard smiled`, `the 33-year-old Brazilian said`: a nationality noun as the
    whole subject (not `The Ethiopian marathoner Feyisa Lilesa`, `the German government`)."""
    for i in range(1, min(4, len(toks) - 1)):
        if toks[i].lower().rstrip(",") in DEMONYMS:
            nxt = toks[i + 1].lower().rstrip(".,;:!?")
            return all(t[:1].islower() for t in toks[1:i]) and (
                toks[i].endswith(",") or nxt.endswith("ed") or nxt in CUE_VERBS or nxt in _AUXILIARIES)
    return False


_DOCUMENTS = r"(?:" + "|".join(sorted(AUTHORED_DOCUMENTS)) + r")"
_BY_VERBS = r"(?:issued|published|released|written|conducted|commissioned|prepared|brought|filed|signed|sent|" \
            r"paid\s+for|funded|sponsored|produced)"
# A body's document, named by the body: "a Justice Department report", "the Pentagon's review"
_BODYS_DOCUMENT = re.compile(r"(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w.&'\u2019-]*\s+){1,5}?)(?:['\u2019]s\s+)?"
                             + _DOCUMENTS + r"\b")
# A document issued and what it says: "issued a statement saying that ...", "released an
# analysis claiming ..."
_DOCUMENT_SAYING = re.compile(r"\b(?:issued|released|published|put\s+out|posted|sent|filed)\s+"
                              r"(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?" + _DOCUMENTS
                              + r"\s+(?P<cue>saying|claiming|stating|arguing|warning|asserting|showing|concluding|"
                              r"finding)\s+(?P<that>that\s+)?")
_DOCUMENT_BY = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?" + _DOCUMENTS + r"\b[^,;:]*?\s" + _BY_VERBS
                          + r"?\s*by\s+((?:the\s+)?(?:[a-z]+\s+){0,3}[A-Z][^,;:]*)$")
# A document and its maker named before it: "A Pew Research Center survey", "a new Gallup poll
# released Tuesday"
_OWNED_DOCUMENT = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:(?:new|recent|latest|annual|joint|preliminary|separate)\s+)?"
                             r"((?:[A-Z][\w.&'\u2019/-]*\s+){1,5}?)" + _DOCUMENTS
                             + r"(?:\s+(?:released|published|issued|conducted)(?:\s+[^,;:]{0,30})?)?")
# "The lawsuit, brought by two trade groups representing ..., alleged": the agent set off
# by commas after the document
_DOCUMENT_HEAD = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}" + _DOCUMENTS)
_BY_AGENT = re.compile(_BY_VERBS + r"\s+by\s+(.+?)(?:\s+(?:representing|including|led|who|which|whose|on behalf)\b.*)?")
# An appositive that is a participle and its agent: "founded two years ago by ...", "led by ..."
_BY_WHOM = re.compile(r"(?:[a-z]+ed|led|run|set up|overseen)\s+(?:[^,]*\s)?by\s")
_WHO_OBJECT = re.compile(r"who\s+(?:(?:he|she|they|we|I|you)\b|[A-Z][a-z])")
_CLOSING_TAG = re.compile(r",\s*([^,;:\"\u201c\u201d]{1,80}?)\s+([a-z]+)\s*\.?\s*$")
# A run of capitalised words, a name's shape: "Alabama Securities Commissioner Thomas Krebs"
_CAPITALISED_RUN = r"(?:[A-Z][\w.'\u2019-]*\s+){0,%d}[A-Z][\w.'\u2019-]*"
_HEADLINE_SPEAKER = re.compile(r"\s*(%s)\s*:\s*[\"'\u2018\u201c]" % (_CAPITALISED_RUN % 3))
_CLAUSE_AFTER_NP = re.compile(r"\s+(?:was|is|were|are|had|has|would|will|could|should|did|does)\b")
_VERB_THEN_HIS_HER = re.compile(r"\s+[a-z]+(?:\s+[a-z]+){0,9}?\s+(?:her|his|herself|himself)\b")
# "Volkswagen cut its forecast": a subject that its own sentence calls "it" is no person
# A sentence with no quotation, then a quotation and "it": `X thanked Y. "...," it`
_QUOTE_AFTER_ITS_SENTENCE = re.compile(r"(?:[^\"\u201c\u201d]|[\"\u201c]x[x\s.,?!]*[\"\u201d]){1,200}?[.!?]\s+[\"\u201c\u2018']+x[x\s.,?!]*[\"\u201d\u2019']+\s*it\s*", re.S)
# "it" as the subject of a clause inside the sentence a body opens: "Venezuela's foreign
# ministry rejected what it called"
_IT_IN_ITS_SENTENCE = re.compile(r"[^\"\u201c\u201d.;:]{1,160}?\b(?:what|as|which|that)\s+it\s*")
# A verb whose object may be a role and a name: "questioned the company's safety chief, Antigone Davis,"
_OBJECT_VERB = re.compile(r"[a-z]{3,}ed|met|told|hired|fired|named|beat|thanked|replaced|interviewed")
# A phrase of up to seven words closed by a comma, right before a name: after punctuation, a
# conjunction, with/by/from or a verb whose object it is (then one of _OBJECT_OPENERS)
_OBJECT_OPENERS = ("the", "a", "an", "his", "her", "their", "its")
_ROLE_BEFORE_NAME = re.compile(
    r"(?:[.;:,(\n][\"\u201d\u2019]?\s*|[\"\u201d]\s+|\b(?:and|but|while)\s+"
    r"|\b(?:with|by|from)\s+(?=(?:" + "|".join(_OBJECT_OPENERS) + r")\s)"
    r"|\b(?:" + _OBJECT_VERB.pattern + r")\s+(?=(?:" + "|".join(_OBJECT_OPENERS) + r"|[A-Z][\w&.-]*['\u2019]s)\s))"
    r"((?:[\w\u2019'-]+(?:[^\S\n]+|\n(?![^\S\n]*\n))){0,6}?[\w\u2019'-]+),\s*$")  # (within a paragraph)
# A name in capitals, maybe after "the" and a description: "The far-right Alternative for Germany"
_CAPITALISED_BODY = re.compile(r"(?:[Tt]he\s+(?:[a-z][\w-]*\s+){0,2})?(" + NAME_RUN.pattern + r")")
# The noun phrase a relative clause hangs on, right before it: "a $1.2 billion plan (that)",
# "Her Iraq war vote, which"
# (not across a comma: ", which" may hang on a whole clause; nor a preposition: "the
# Philippines on a list of countries he said had sent")
_ANTECEDENT = re.compile(r"\b((?i:a|an|the|his|her|its|their|this|these|those)\s+"
                         r"(?:(?!(?:of|on|in|at|for|to|with|from|by|what|and|or|-+)\s)[\w$.'\u2019-]+\s+){0,5}?"
                         r"[\w'\u2019-]+)(?:\s+that)?\s*$")
# ... or one set off by a comma before "which" or "who": "The plan, which the minister said would",
# "Lopez Obrador, who she said had"
# (a thing not after a preposition: "a bill that required them to use the bathroom that matched
# with their biological sex, which critics said was discriminatory" is of the bill)
_SET_OFF_ANTECEDENT = re.compile(r"((?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*|"
                                 r"(?i:a|an|the|his|her|its|their)\s+(?:[\w$.'\u2019-]+\s+){0,4}?[\w'\u2019-]+),"
                                 r"\s*(?P<rel>which|who)\s+$")
# A lower-case title, maybe after a capitalised word, then a name: "EU competition chief Teresa Ribera"
_TITLED_NAME = re.compile(r"((?:[A-Z][\w.&'\u2019-]*\s+){0,2}(?:[a-z][\w-]*\s+){1,3})((?:[A-Z][\w'\u2019.-]*\s+){1,2}[A-Z][\w'\u2019-]*)")
_ROLE_WORD = r"(?!(?:" + "|".join(sorted(LEAD_PREPS | {"this", "last", "next", "until", "and", "but"})) + r")\b)[a-z][\w-]*"
# What a name became, right after it: "was sworn in as Canada's prime minister", "was named
# chief executive of", "became the first woman to"
_BECAME_ROLE = re.compile(r"\s+(?:(?:was|has\s+been|had\s+been|will\s+be)\s+(?:sworn\s+in\s+as|named|appointed|elected|"
                          r"installed\s+as|confirmed\s+as)|became|took\s+over\s+as"
                          r"|(?P<is>is|was)(?=\s+(?:the|a|an)\s))\s+"
                          r"(?P<role>(?:(?:the|a|an|[A-Z][\w.&-]*['\u2019]s)\s+)?"
                          r"(?:" + _ROLE_WORD + r"\s+){0,3}" + _ROLE_WORD +
                          r"(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w.&'\u2019-]*"
                          r"(?:\s+(?:of\s+)?[A-Z][\w.&'\u2019-]*){0,4})?)")
# A body someone's possessive names: "Taiwan's defence ministry", "China's foreign ministry"
_OWNED_BODY = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:ministry|government|office|embassy|military|army|navy|cabinet|"
                         r"parliament|police|department|agency|council|court|administration|regulator|board)\b")
_VERB_THEN_ITS = re.compile(r"\s+[a-z]+(?:\s+[a-z]+){0,3}?\s+(?:its|itself)\b")
_RESTRICTIVE_WHO = re.compile(r"((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Ss]ome|[Mm]any|[Ss]everal)\s+[^,]{1,40}?)"
                              r"\s+who\s+(?:\S+\s+\S+|[a-z]+ed\s*$)")
_SOMEONE = re.compile(r"(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*")
_PAIRED_PARTICIPLE = re.compile(r",\s+[a-z]+ing\s[^,;:.]{0,80}?\s(?:and|or)\s*$")
_WITH_PAIRED = re.compile(r"\bwith\s+((?:[^\s,;:]+\s+){1,5}?)[a-z]+ing\s[^,;:]{0,120}?\s(?:and|or)\s*$")
# "... what he called", "... what Trump calls", "... a case that prosecutors called": a
# subject right after "what" or a relative pronoun.
_WHAT_SUBJECT = re.compile(r"\b(?:what|that|which)\s+((?:he|she|they|we|I|it)|(?:[A-Z][\w'.\u2019-]*\s+){0,3}"
                           r"[A-Z][\w'.\u2019-]*|(?:(?:the|some|many|most|its|his|her|their)\s+)?(?:[a-z]+\s+)?[a-z]+)$")
_PREP_WHICH = re.compile(r"(?:%s)\s+(?:which|whom|what)\s+" % _REL_PREPS)
# Words between a subject and its verb: an emphatic do ("Allen did suggest"), a floating
# quantifier ("Bolton and Gorka both said").
_BEFORE_VERB = frozenset("did does do both".split())
# The sentence after a quotation naming its source: "That quote from X", "Those were the words
# of union president Karen Lewis"
_QUOTE_FROM = re.compile(r"\s*(?:That|The|This|Those|These)\s+(?:(?:was|were|is|are)\s+the\s+)?"
                         r"(?:(?:first|last|final|opening|closing|only|exact|parting)\s+)?"
                         r"(?:quote|quotation|remark|comment|line|words|statement|tweet|message|verdict|view|assessment|"
                         r"warning|reaction|response|argument|promise|conclusion|judgment|judgement|advice|prediction|"
                         r"plea|reply|answer)s?\s+"
                         r"(?:came\s+|is\s+|was\s+)?(?:from|by|of|attributed\s+to)\s+"
                         r"((?:[a-z]+\s+){0,3}%s)" % (_CAPITALISED_RUN % 6))
# Whose words a speech noun names: "Trump's claim", "the mayor's message"
_OWNERS_WORDS = re.compile(r"([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,4}|\b[Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z-]+)"
                           r"(?:['\u2019]s|(?<=s)['\u2019])\s+(?:\w+\s+){0,2}?(\w+)")  # (and "The protesters' message")
# ... or a pronoun's: "her comment", "his March remark"
_THEIR_WORDS = re.compile(r"\b(his|her|their)\s+(?:\w+\s+){0,2}?(%s)(?:\s+that)?[\s,:]*$"
                          % "|".join(sorted(SPEECH_NOUNS)))
_NICKNAME = re.compile(r"[A-Z][a-z'\u2019.-]{1,15}(?: [A-Z][a-z'\u2019.-]{1,15})?")
# (and "Jesús", with its accent precomposed or combining)
_NAME_BEFORE = re.compile(r"(?:^|\s)[A-Z\u00c0-\u00de][\w'\u2019\u0300-\u036f\u00ad-]*\s$")
_NAME_AFTER = re.compile(r"\s[A-Z\u00c0-\u00de][\w'\u2019\u0300-\u036f\u00ad-]+")
_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z'\u2019.-]{2,}(?: [A-Z][A-Z'\u2019.-]{2,})?)\s*:\s+\S")
_SENTENCE_TAIL = re.compile(r"[^.;:!?]{0,160}[.!?]?\s*$")
_FROM_WRITING = re.compile(r"\s*(?:From|According to)\s+(%s),?\s+(?:writing|reporting|writes|reports)\b"
                           % (_CAPITALISED_RUN % 3))
_CLOSING_MARKS = frozenset("\"\u201d'\u2019")
_PERSON_WHO = re.compile(r"([^,;:()\u2014\u2013]+),\s*who\s+$")
_NAMED_NOUN_PHRASE_END = re.compile(r"\b(?:[Aa]fter|[Bb]efore|[Ss]ince|[Ff]ollowing|[Dd]espite|[Aa]mid|[Dd]uring|[Oo]f|[Ii]n|"
                                    r"[Oo]n|[Oo]ver|[Aa]bout|[Ff]rom)\s+(?:the|this|that|his|her|their|its|our)\s+"
                                    r"(?:[A-Z][\w-]*\s+){1,3}$")
# A preposition (and a modifier) before a word: a noun follows, no verb ("during public
# comment", "without comment"; not "to": "declined to comment")
_PREPOSITION_END = re.compile(r"\b(?:%s)\s+(?:[a-z][\w-]*\s+)?$" % "|".join(sorted(OPENING_PREPOSITIONS - {"to"})))
_NOUN_CUES = frozenset("state post report claim charge note tweet comment answer reply call offer "
                       "point request demand attack praise vow pledge promise remark".split())
_SENTENCE_OPENS = r"(?:^|[.;]\s+|\n)\s*"
_VERB_COLON = re.compile(_SENTENCE_OPENS + r"((?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w'\u2019-]*|[Hh]e|[Ss]he|They|"
                         r"(?:His|Her|Their|Another|One)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*)"  # ("His friend disagreed:")
                         r"\s+([a-z]+ed)(?:\s+[a-z]+ly)?\s*:\s*$")
# ... or a subject and what they were, took or gave, then a colon: "Pablo was less sure:",
# "Her brother, Pablo, had a different view:", "The union went further:"
_STANCE_COLON = re.compile(_SENTENCE_OPENS + r"([^.;:\"\u201c\u201d]{1,80}?)\s+"
                           r"((?:was|were|had|took|struck|sounded|went|gave|offered)(?:\s+[a-z]+){1,4}?)\s*:\s*$")
# Who acts for one person: "His lawyer, Henry Klein," is whose lawyer
_AGENT_NOUNS = frozenset("""lawyer attorney spokesman spokeswoman spokesperson agent publicist aide adviser advisor
manager doctor editor coach trainer biographer""".split())
# People who speak for someone else: "Scott's family", "his lawyers", "Scott's adviser".
_KIN = frozenset("""family families relatives parents children wife husband son daughter mother father
brother sister widow partner lawyers attorneys aides friends supporters doctors""".split()) | _AGENT_NOUNS
# What belongs to a person and speaks for them: "her office", "his campaign", "his lawyers",
# "his wife".
# (and an agent by field: "his campaign manager", "her press secretary")
_HIS_OR_HER = re.compile(r"(his|her|His|Her)\s+((?:(?:campaign|press|legal|media|communications|chief|deputy)\s+)?"
                         r"(?:%s))"
                         % "|".join(sorted(_KIN | {"office", "campaign", "team", "staff", "representative",
                                                   "representatives", "camp"}, key=len, reverse=True)))
# A relative or an agent named as an object: "(confirmed) by his son, David,", "to her lawyer, Ann Roe,"
_KIN_NAMED_OBJECT = re.compile(r"\b(?:by|from|to|with|for)\s+(his|her)\s+(%s),\s+(%s),"
                               % ("|".join(sorted((FAMILY_NOUNS | _AGENT_NOUNS) - {"manager"})), SHORT_NAME), re.I)
_ISSUES_WORDS = re.compile(r"\b(?:statement|said|says|release|announce\w*|wrote|writes|letter|tweet\w*|post\w*)\b")
_NAME_THEN_APPOSITIVE = re.compile(r"\s*([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}),\s+(?:the|a|an)\s+[a-z][^,]{3,100}$")
_PARTY_STATE = re.compile(r",?\s*\(?([RDI])-([A-Z][A-Za-z.]*?(?:\s?[A-Z][a-z.]+)?)\.?[),]")
# Verbs that report a that-clause (`told reporters that ...`, `argued that ...`); fewer than
# TAG_VERBS, which also tag questions and continuations (measured: all of those took one
# PolNeAR quotation from its speaker).
_REPORTING = frozenset("said says told tells wrote writes added adds argued argues insisted insists "
                       "stressed stresses noted notes explained explains claimed claims suggested suggests "
                       "warned warns complained complains acknowledged acknowledges conceded concedes "
                       "recalled recalls".split()) | {"pointed out", "points out"}
_CLAUSE_MARK = re.compile("[,\u2014\u2013\u2015]|\\s-\\s")
_THAT_BETWEEN = re.compile(r"[^.;:!?\"\u201c\u201d]{0,80}?\bthat\b")
_NEW_CLAUSE = re.compile(r"[\s,]*(?:and|but|while|whereas)\s", re.I)
# What follows a quotation in its sentence, when its speaker goes on to report a clause: `...
# "completely unnecessary" and said it had made a generous offer.` (or, after words quoted
# inside a report, its next clause: `said Target had "lost its sparkle" and that rivals ...`)
_AND_SAID_TAIL = re.compile(r"['\"\u201d\u2019]*\s*,?\s+(?:and|but)\s+(?:also\s+|later\s+|then\s+)?"
                            r"(?:(?P<cue>said|added|argued|insisted|warned|noted|stressed|predicted)\s+|(?=that\s))"
                            r"(?P<that>that\s+)?(?P<content>\S.*)", re.S)
_COORDINATED_END = re.compile(r"\s(?:and|but)(?:\s+(?:have|has|had|also|then|later|would|will|could|did))*\s*$")
# Titles only a person bears, before a surname ("Superintendent Snelling", "Mr. Snelling").
_PERSONAL_TITLES = FORMS_OF_ADDRESS | frozenset("""
president senator sen rep governor gov mayor ambassador general gen judge justice chairman chairwoman
commissioner sheriff detective det captain capt colonel col major sergeant sgt admiral commander pope
superintendent supt inspector constable coach alderman councillor councilor councilman councilwoman
chancellor minister bishop cardinal rabbi imam pastor lieutenant lt""".split())
_TITLED_WORD = re.compile(r"(?<![\w'\u2019])([A-Z][a-z]+\.?)[ \t]+([A-Z][\w'\u2019-]*\b)(?![ \t]+[A-Z])")
_ASKED_OPENING = re.compile(r"^\s*(?:When\s+)?[Aa]sked\b[^,.;:\"\u201c]*,")
_BYLINE = re.compile(r"[^\S\n]*[\u2015\u2014\u2013-]+[^\S\n]*((?:(?:former|acting|retired)\s+)?[A-Z][^\n]*?)\s*$")
_NAME_COLON = re.compile(r"[A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*){0,3}\s*:\s*$")
_OPENING_SUBORDINATOR = re.compile(
    r"\s*(?:When|While|As|After|Before|Once|If|Because|Although|Though|Since|Until)\s+")
_SUBORDINATORS = frozenset("while when where whereas although though because if once which that whom".split())
# Also prepositions: they open a clause only when a verb follows their phrase at once and
# nothing comes before them: `After Scalia said that ... "less advanced schools,"`.
_OPENING_SUBORDINATORS = frozenset("after before since until unless".split())
# A determiner or a possessive right before a cue word makes it a noun ("the charge", "Rubio's
# claim"); "that" is left out, since "a report that claims" has the verb.
_DETERMINER_END = re.compile(
    rf"(?:\b(?:{'|'.join(sorted(_DETERMINERS - {'that'}))})|\w['\u2019]s?)\s+$", re.I)

# Mentions looked back through when resolving a pronoun or a description.
LOOKBACK = 300


@dataclass
class Cue:
    start: int
    end: int
    text: str


@dataclass
class Event:
    """Someone the text has just put in focus: a speaker or a sentence's subject."""

    pos: int
    person: Person | None
    label: str | None = None
    kind: str = PERSON
    is_speaker: bool = False


def extract_quotes(body: str, published: dt.date | None = None, precision: str = "unknown",
                   *, indirect: bool = True, statements: bool = False, title: str | None = None) -> list[Quote]:
    """Quotations (direct and partial), reported speech (`indirect`), and, when asked,
    checkable factual statements of the narrator (`statement`: sentences stating numbers
    or records, attributed to the source they cite, else left for the caller to give to
    the outlet). A `title` that names its speaker (`Cecile Richards: 'I'm Sick Of ...'`)
    gives the article's opening quotations that say nothing of who speaks."""
    ex = _Extractor(body, published, precision)
    ex.headline = ex.headline_speaker(title)
    return ex.run(indirect=indirect, statements=statements)


# The end of a sentence inside a joined one ("... way. “That doesn't ..."), not an
# abbreviation's or an initial's period
_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bSen)(?<!\bRep)(?<!\bGov)"
                           r"(?<!\b[A-Z])[.!?][\"\u201d'\u2019]*\s+(?=[A-Z\"\u201c'])")


class _Extractor:
    def __init__(self, body: str, published: dt.date | None, precision: str) -> None:
        self.body = body
        self.published = published if precision == "day" else None
        self.article_date = published
        self.article_precision = precision if precision in ("day", "month", "year") else "day"
        self._proper: set[str] | None = None
        self._surname_index: tuple[dict[str, set[str]], dict[str, list[int]]] | None = None
        self._titles: dict[str, str] | None = None
        spans = find_spans(body)
        # `state Del. Marcia "Cia" Price`: a nickname inside a name is part of the name
        nick = [sp for sp in spans if sp.closed and _NICKNAME.fullmatch(body[sp.start:sp.end])
                and _NAME_BEFORE.search(body, max(0, sp.open - 30), sp.open)
                and _NAME_AFTER.match(body, sp.close + 1)]
        self.spans = [sp for sp in spans if sp not in nick]
        self._span_opens = [sp.open for sp in self.spans]
        masked = mask(body, self.spans)
        for sp in nick:
            masked = masked[:sp.open] + " " * (sp.close + 1 - sp.open) + masked[sp.close + 1:]
        # "Murphy, the head of Right to Rise USA, Tweeted on Friday": the brand's capital on
        # the verb is no name's (same length: offsets hold)
        masked = _TWEETED.sub(lambda m: m.group().lower(), masked)
        self.masked = masked
        self.paras = paragraphs(body)
        self._unregistered: dict[str, str | None] = {}  # surname -> a full name not yet known as a person
        self._pending_subjects: dict[str, list[int]] = {}  # such a full name -> where it opened a sentence
        self._pending_names: dict[str, str | None] = {}  # its surname -> that full name, as written (None: two)
        self._org_words: set[str] | None = None  # one-word names the text treats as companies
        self._called_it: set[str] = set()  # names read as a person's that the text calls "it"
        self._questions: set[int] | None = None  # paragraphs that are an interviewer's unmarked questions
        self._para_starts = [s for s, _ in self.paras]
        self.sents = self._join_tags(sentences(self.masked, body))
        self._sent_starts = [s for s, _ in self.sents]
        self.register = Register()
        self.events: list[Event] = []
        self._pushed: list[Event] | None = None  # speakers pushed by a reading that may be given up
        self.pairs: list[tuple[int, str]] = []  # (pos, "A and B") coordinated people
        self.orgs: list[tuple[int, str]] = []  # (pos, name) organisations opening a sentence
        self.also: list[Quote] = []  # a report joined to the one just read ("... but warned that ...")
        self._one_word_subjects: dict[int, str] = {}  # pos -> a one-word subject no person bears
        self._collect_people()
        self.events.sort(key=lambda e: e.pos)  # kept in order from here on (insort)
        self.headline: NP | None = None
        self._spoken = False  # whether a quotation so far has a speaker
        self._unowned: list[tuple[Quote, Span, bool]] = []  # partial quotations no one was found for, and kept?
        self._carried_over: Quote | None = None  # the last quotation whose speaker came from an earlier sentence's

    def headline_speaker(self, title: str | None) -> NP | None:
        """The person a headline in the form `Name: 'quotation'` quotes."""
        m = _HEADLINE_SPEAKER.match(title or "")
        np_ = parse_np(m.group(1)) if m and norm_key(m.group(1)) not in _NOT_SPEAKER_LABELS else None
        if np_ is None or np_.kind != PERSON or not np_.name:
            return None  # (nor a kind of story: "Interview: 'We are running out of water'")
        if not self.register.known(np_.name):
            self.register.add(np_.name, role=np_.role, force=True)
        return np_

    # --- sentences ---------------------------------------------------------------------
    def _join_tags(self, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A quotation that ends with its own stop, and a sentence after it that only says
        who spoke (`"Why would you?" Lichtman said.`, `"We won!" Trump tweeted Tuesday.`),
        make one sentence: the quotation gets its cue, and the tag is not read as reported
        speech of its own."""
        by_close = {sp.close: sp for sp in self.spans if sp.closed}
        out: list[tuple[int, int]] = []
        for sent in sents:
            if out and self._is_tag(out[-1], sent, by_close):
                out[-1] = (out[-1][0], sent[1])
            else:
                out.append(sent)
        return out

    def _is_tag(self, first: tuple[int, int], second: tuple[int, int], by_close: dict[int, Span]) -> bool:
        (a0, a1), (b0, b1) = first, second
        end = self.masked[a0:a1].rstrip()
        sp = by_close.get(a0 + len(end) - 1)
        if sp is None or len(end) < 2 or end[-2] not in ".?!" or self._para_of(a0) != self._para_of(b0) \
                or "\n" in self.body[sp.close:b0]:
            return False  # (a tag does not start a line of its own)
        # (from the quotation's own sentence start: the splitter keeps `..., Clinton said.
        # "Grizzly Adams?"` in one piece)
        lead = re.split(r"[.!?]\s+", self.masked[a0:sp.open])[-1]
        if lead.rstrip().endswith(":") or self._cues(lead):
            return False  # the quotation has its own cue: `X said: "..." Y replied.`
        bare = _BARE_TAG.match(self.masked[b0:b1])
        if bare and end[-2] in "?!" and bare.group(2).lower() not in _NOT_TAG:
            return True  # `"Who pays for it?" Lopez interrupted.`
        toks = self.masked[b0:b1].split()
        k = next((i for i, t in enumerate(toks[:16]) if t.rstrip(",.:;!?").lower() in TAG_VERBS), None)
        if not k or any(t[-1:] in ";:" for t in toks[:k]):
            return False
        parts = [p.strip() for p in " ".join(toks[:k]).split(",") if p.strip()]
        np_ = parse_np(parts[0])
        if np_ is None or (len(parts) > 1 and np_.kind != PERSON) or len(parts) == 1 and k > 7:
            return False
        # `"...?" Miller, a retired plant worker, said.`: appositives after a name only
        if any(not (p[:1].islower() or p[:1].isdigit() or p.split()[0] in ("A", "An", "The")) for p in parts[1:]):
            return False
        verb = toks[k]
        stop = verb[len(verb.rstrip(",.:;!?")):]
        rest = toks[k + 1:]
        if stop[:1] in (".", ",", "!", "?") or (not stop and not rest):
            return True
        if stop:
            return False  # `Trump said: "..."`: a new quotation, not a tag
        if verb.lower() in ("told", "tells", "asked", "asks"):  # the person told: at most 5 words
            for i, t in enumerate(rest[:5]):
                if t.lower().strip(",.") in _SUBJECTS:
                    return False
                if t[-1] in ".,!?" or (i + 1 < len(rest) and _tag_tail(rest[i + 1])):
                    return "that" not in (w.lower() for w in rest[:i + 2])
            return False
        return _tag_tail(rest[0]) and "that" not in (w.lower() for w in rest[:6])

    # --- people ------------------------------------------------------------------------
    def _collect_people(self) -> None:
        """Register everyone named with a title or a known first name, and note which
        sentences open with a person (their subjects, for pronouns)."""
        m_text = self.masked
        found = [m for s0, s1 in self.sents for m in _NAME_RUN.finditer(m_text, s0, s1)]
        sent_starts = {s0 for s0, _ in self.sents}  # a capital there may be any word ("Outside Carrier")
        for m in found:
            toks = m.group().split()
            if len(toks) >= 3 and toks[0].lower() in CLAUSE_OPENERS:
                toks = toks[1:]  # a question's verb: "Did Donald Trump really scam students?"
            if len(toks) < 2:
                continue  # a name is registered with two words or more (most runs are one word)
            # Extend with a lower-case role before the run: "press secretary Karine Jean-Pierre"
            w0 = max(0, m.start() - 80)
            line = m_text.rfind("\n", w0, m.start())
            pre = m_text[max(w0, line + 1):m.start()].split()  # (not a heading's words on the line before)
            if line < 0 and w0 and not m_text[w0 - 1].isspace():
                pre = pre[1:]  # (a word the window cut)
            lead = []
            caps = 0
            # (a title the run goes on: "Minister of State for | Foreign Affairs Adel al-Jubeir")
            glued = len(pre) >= 3 and pre[-1] in ("of", "for") and pre[-2][:1].isupper() and any(
                w[:1].isupper() and w.lower().rstrip(".") in TITLE_WORDS for w in pre[-4:-1])
            window = pre[-7:]
            for j in range(len(window) - 1, -1, -1):
                w = window[j]
                wl = w.lower().strip(",")
                if (wl in ROLE_NOUNS or w.islower() and wl in OFFICE_TITLES
                        or w.islower() and wl in TITLE_WORDS and j and window[j - 1].lower() in COMPOUND_TITLE
                        or lead and (wl in _ROLE_MODIFIERS or wl in ORG_WORDS
                                                  or re.fullmatch(r"[\w'\u2019]+-[a-z][\w-]*", w)
                                                  or re.fullmatch(r"[a-z]{4,}(?:al|ary|ive)", w) and wl != "several")) \
                        and not w.endswith(",") and not caps and len(lead) < 3:
                    # (and "Oscar-winning actress", "Republican party boss", an adjective of
                    # what the role is in: "congressional leader", "legislative aide")
                    lead.insert(0, w)
                elif lead and caps < 4 and w[:1].isupper() and w.isalpha() and wl not in _DETERMINERS \
                        and wl not in OPENING_PREPOSITIONS and wl not in _CLAUSE_OPENING_WORDS:
                    # "Conservative leader Pierre Poilievre", "White House spokesman Josh Earnest"
                    lead.insert(0, w)
                    caps += 1
                elif lead and not caps and j and _number_in_title(window[j - 1], w):
                    lead.insert(0, w)  # "Teamsters Local 344 president", "District 7 supervisor"
                    caps += 1
                elif (caps or glued) and caps < 4 and wl in NAME_PARTICLES | {"do", "of", "for"}:
                    lead.insert(0, w)  # "Rio Grande do Sul governor", "Secretary of State spokesman"
                elif lead and not caps and re.fullmatch(r"[A-Z][\w.-]*['\u2019]s", w):
                    lead.insert(0, w)  # whose: "Trump's senior adviser Chris LaCivita", "Planned
                    caps += 1  # Parenthood's president Cecile Richards"
                else:
                    if wl in ("former", "retired") and (lead or toks[0].lower().rstrip(".") in TITLE_WORDS):
                        # "former City defender Micah Richards", "former Rep. Beto O'Rourke": no
                        # longer one
                        lead.insert(0, w)
                    elif w == "state" and not lead and toks[0].lower().rstrip(".") in _LEGISLATIVE_TITLES:
                        # "state Sen. Mike Dunn": a state's legislator, not a U.S. senator
                        lead.insert(0, w)
                        if len(pre) >= 2 and pre[-2].lower() in ("former", "retired"):
                            lead.insert(0, pre[-2])
                    break
            while lead and lead[0].lower() in NAME_PARTICLES | {"do", "of", "for"}:
                lead.pop(0)
            if lead and lead[-1].lower() in RELATION_NOUNS - CONTEST_NOUNS:
                lead = []  # "his Portuguese colleague Mario Centeno": what he is to someone, no role
            toks = [t.rstrip(",") for t in toks]
            of = next((j for j in range(2, len(toks) - 1) if toks[j] == "of"), None)
            home = None
            works_at = None
            if of is not None and toks[of - 1].lower() not in TITLE_WORDS | ROLE_NOUNS | ORG_WORDS:
                # "John McNeil of Monash University": the person, and where they work as their
                # role if nothing else gives one ("Sen. Bernie Sanders of Vermont": the state
                # is what "the Vermont senator" says)
                if norm_key(" ".join(toks[of + 1:]).rstrip(".")) in STATES:
                    home = norm_key(" ".join(toks[of + 1:]).rstrip("."))
                at = _WORKS_AT.match(m_text, m.start() + m.group().find(" of "))
                if at and workplace(at.group(2).split(), "of"):
                    works_at = at.group(2).rstrip(".")
                toks = toks[:of]
            else:
                # "Raffaele Marfella of the University of Campania", "Ann Lee at the Brookings
                # Institution"
                at = _WORKS_AT.match(m_text, m.end())
                if at and workplace(at.group(2).split(), at.group(1)):
                    works_at = at.group(2).rstrip(".")
            if toks and toks[-1].endswith(".") and not re.fullmatch(r"[A-Z]\.", toks[-1]):
                toks[-1] = toks[-1].rstrip(".")
            owner = possessive_owner(toks)
            if owner >= 0:
                whose = re.sub(r"['\u2019]s?$", "", " ".join(toks[:owner + 1]))
                if works_at is None and whose.lower() not in COUNTRIES and (
                        whose.isupper() or getattr(parse_np(whose), "kind", None) == "organization"):
                    works_at = whose  # "UNICEF's Regina De Dominicis": where she works, as "CNN's Jake Tapper"
                lead, toks = [], toks[owner + 1:]  # "Iowa State University's Dianne Bystrom"
            toks = [t[:-2] if t.endswith(("'s", "\u2019s")) else t[:-1] if t.endswith(("s'", "s\u2019")) else t
                    for t in toks]  # (an owner's name: "Bernie Sanders' lock on you")
            title, name = split_title(lead + toks)
            portfolio = next((j for j in range(len(pre) - 3, max(-1, len(pre) - 6), -1)
                              if pre[j].lower() in ("of", "for") and j and pre[j - 1].lower().rstrip(".") in TITLE_WORDS
                              and all(w[:1].isupper() and w.isalpha() for w in pre[j + 1:-1])), None) \
                if not lead and len(pre) >= 4 and pre[-1] == "and" else None
            wider, shorter = split_title(pre[portfolio - 1:] + toks) if portfolio is not None else (title, name)
            if len(shorter) < len(name):
                # "Minister of Information and | Culture Lai Mohammed": the portfolio runs on
                title, name = wider, shorter
            if len(name) < 2:
                continue
            if not lead and all(t.lower().rstrip(".") in FORMS_OF_ADDRESS for t in title):
                # no role yet ("Prof Sir Stephen Powis" has only forms of address): one set
                # off by commas before the name
                title = self._role_before(m) or title
            role = " ".join(t for t in title if t.lower() not in ("the", "a", "an", "of")) or None
            if role and relation_only(role):
                title, role = [], None  # ("Rival Hillary Clinton had mocked ...": no role)
            if any(norm_key(t) in _NOT_PERSON for t in name) or norm_key(" ".join(name)) in STATES \
                    or norm_key(name[-1]) in ORG_WORDS or any(norm_key(t) in BODY_NAME_WORDS for t in name):
                continue  # (not "New Hampshire" either: a place; nor "Toyota Motor Corp", "Amnesty
                # International Kenya")
            after = None if role and not _only_address(role) \
                else _appositive_after(m_text, m.end() - (m.group().endswith(",")))
            after = _appositive_role(after) if after else None
            became = _BECAME_ROLE.match(m_text, m.end()) if _only_address(role) and not after else None
            if became is not None and became.group("is") and not (
                    m.start() in sent_starts
                    and (became.group("role")[-1] == "." or m_text[became.end():][:1] in (",", ";"))):
                became = None  # (what a sentence's subject is, all the sentence says of them)
            if became is not None:
                # "Mark Carney was sworn in as Canada's prime minister": what they became;
                # "Angela Rasmussen is a virologist at the University of Saskatchewan."
                after = _appositive_role(became.group("role").rstrip("."))
            if after and not _names_a_person(after):
                after = None  # ("North-Rhine Westphalia, the German state next to Belgium,")
            if (not role or _only_address(role)) and not after and works_at and len(name) >= 2:
                after = works_at
            if name[0].lower() in NAME_PARTICLES and self._unregistered.get(norm_key(" ".join(name))):
                # "Jesper de Jong ... De Jong said": a surname with its particle, opening a
                # sentence, is the full name set aside before
                name = self._unregistered[norm_key(" ".join(name))].split()
            # (not a name in quotation marks: "as ''Wilayat Twitter,'' or ''the province of
            # Twitter''", a label, which "Twitter said" does not mean)
            quoted = re.search(r"(?:''|[\"\u201c\u2018])$", m_text[max(0, m.start() - 2):m.start()]) is not None
            if role or after or guess_gender(name[0]) is not None or not quoted and self._named_as_speaker(m):
                # (the role an appositive gives wherever the name stands: "The study, led by
                # Matthew Campen, a toxicologist at the University of New Mexico, found")
                given = _clean_role(title)  # (a form of address gives way to what they are: "Dr. Amara Nwosu took over as chief scientist")
                person = self.register.add(" ".join(name), role=(after or given) if _only_address(given) else given, gender=None)
                tag = _PARTY_STATE.match(m_text, m.end())
                if person is not None and tag:
                    # "Sen. Marco Rubio (R-Fla.)": "the Florida senator" (the party is left out:
                    # "the Republican nominee" is not every Republican tagged so)
                    state = US_STATE_ABBREVIATIONS.get(tag.group(2).rstrip(".").lower())
                    if state:
                        person.about |= set(norm_key(state).split())
                if person is not None and home:
                    person.about |= set(home.split())
            elif len(name) <= 3 and _is_name_word(name[0]) and _is_name_word(name[-1]) and all(
                    _is_name_word(t) or t in NAME_PARTICLES for t in name) \
                    and (m.start() not in sent_starts or _PREFIXED_NAME.fullmatch(name[0])) and not quoted:
                # kept aside: a name the text uses again by its surname alone ("Priya Kaur
                # ... Kaur dismissed the pledge", "Jesper de Jong ... De Jong dropped") is a
                # person then
                key, full = norm_key(_surname(" ".join(name))), " ".join(name)
                if self._unregistered.get(key, full) != full:
                    full = None  # two such names end alike ("Khizr Khan", "Ghazala Khan"): neither
                self._unregistered[key] = full
        for cm in _COUPLE.finditer(self.masked):
            # "David and Ruth Feldman": David Feldman too, once Ruth Feldman is someone
            first, other, last = cm.groups()
            if guess_gender(first) is not None and guess_gender(other) is not None \
                    and guess_gender(last) is None and self.register.lookup(f"{other} {last}") is not None:
                self.register.add(f"{first} {last}")
        for tm in _TITLED_NAMES.finditer(self.masked):
            # "Governors Christopher Waller and Stephen Miran", "Reps. Jim Jordan and Thomas
            # Massie": one title in the plural for each name after it
            plural = tm.group(1)
            single = plural[:-2] + "." if plural.endswith("s.") else plural[:-1]
            if single.lower().rstrip(".") not in TITLE_WORDS - _PARTY_WORDS:
                continue  # (a party is no title: "Democrats Hillary Clinton, Bernie Sanders and ...")
            for name in re.split(r",\s+(?:and\s+)?|\s+and\s+", tm.group(2)):
                p = self.register.add(name.strip(), role=single)
                if p is not None and (_only_address(p.role) or p.role == plural):
                    p.role = single
        for s0, s1 in self.sents:
            self._subject_event(s0, s1)
            for km in _KIN_NAMED_OBJECT.finditer(self.masked, s0, s1):
                self._kin_named(km)

    def _kin_owner(self, his_her: str, pos: int, anywhere: bool = False, besides: str | None = None) -> Person | None:
        """Whose relative "his son" or "her lawyer" is: a person of that gender in focus, in
        this paragraph or the one before (or `anywhere` before), other than the relative
        (`besides`) whose own mention may be in focus already."""
        want = "m" if his_her.lower() == "his" else "f"
        p0 = 0 if anywhere else self.paras[max(0, self._para_of(pos) - 1)][0]
        # (or the last in focus, named in full, whose gender the text does not show: "Abhimanyu
        # Mishra ... "...," Mishra told reporters. / His father, Hemant Mishra, said")
        events = []
        for e in self._events_before(pos)[:5]:
            whose = re.match(r"(.+?)['\u2019]s\s+\w+$", e.label or "") if e.person is None else None
            if whose and (owner := self.register.lookup(whose.group(1))) is not None:
                # "..., her family said. / "...," her husband, Taghi Rahmani, told Reuters": the
                # person whose family just spoke
                e = Event(e.pos, owner, label=owner.name, kind=PERSON)
            if e.person is not None and e.person.name != besides:
                events.append(e)
        return next((e.person for i, e in enumerate(events[:3]) if e.pos >= p0 and (
            _gender_of(e.person) == want or i == 0 and e.person.gender is None
            and e.kind == PERSON and " " in e.person.name)), None)

    def _kin_named(self, km: re.Match) -> None:
        """`His death was confirmed by his son, David, who said ...`: whose son he is, when a
        person of that gender is in focus (as for a subject: "His son, David, said")."""
        owner = self._kin_owner(km.group(1), km.start())
        if owner is None or norm_key(km.group(3)) in norm_key(owner.name).split():
            return
        role = f"{owner.name}'s {km.group(2).lower()}"
        name = km.group(3)
        full = f"{name} {owner.name.split()[-1]}"
        if " " not in name and re.search(r"\b%s\b" % re.escape(full), self.masked):
            name = full  # ("David Bell said" further on: the son by his full name)
        person = self.register.add(name, role=role, force=True)
        if person is not None and (_only_address(person.role) or person.role == km.group(2).lower()):
            person.role = role

    def _owner_named_in(self, span: tuple[int, int], gender: str) -> Person | None:
        """Whose relative or agent someone is, by the sentence before: the one person it names,
        of that gender or else of none the text shows; not in a quotation's sentence (whose
        speaker a lawyer answers) nor one listing someone's relatives ("His parents, ...
        Joseph Bankman and Barbara Fried, sat behind him.")."""
        if _QUOTED_OR_KIN_OPENING.search(self.masked[span[0]:span[1]]):
            return None
        return self._one_named_in(span, gender) or self._one_named_in(span, gender, unknown=True)

    def _one_named_in(self, span: tuple[int, int], gender: str, unknown: bool = False) -> Person | None:
        """The one person of that gender the sentence (or any span) names in full, whatever
        its role in it: `"...," said Lucia Romero, a student. Her brother, Pablo, ...` (a
        closing tag's speaker is no event yet when the sentence after is read); `unknown`: or
        of a gender the text does not show."""
        text = self.masked[span[0]:span[1]]
        found = [p for p in self.register.people if " " in p.name and p.name in text
                 and _gender_of(p) in (gender, None if unknown else gender)]
        return found[0] if len(found) == 1 else None

    def _owner_in(self, start: int, end: int, gender: str, unknown: bool = False) -> Person | None:
        """The person of that gender the sentence from `start` to `end` opens on (`unknown`:
        or of a gender the text does not show)."""
        return next((e.person for e in self._events_before(end)[:1] if e.person is not None and e.pos >= start
                     and _gender_of(e.person) in (gender, None if unknown else gender)), None)

    def _role_before(self, m: re.Match) -> list[str]:
        """`Spain's foreign minister, Jose Manuel Albares, said`, `Its leader, Ana Ruiz,
        accused`: a role phrase set off by commas just before a name is that person's."""
        if not self.masked.startswith((",", ".", ";"), m.end()) and not self.masked.startswith(", ", m.end() - 1) \
                and m.end() < len(self.masked) and not _WORKS_AT.match(self.masked, m.end()):
            # (the name closes an appositive or the sentence: "..., the Undersecretary ..., Uzra
            # Zeya."; or where they work follows it: "the study's lead author, Mingyang Song of
            # the Harvard T.H. Chan School")
            return []
        if m.start() > 120:  # a word cut in half is not a start
            before = re.sub(r"^\S*", "", self.masked[m.start() - 120:m.start()])
        else:
            before = "\n" + self.masked[:m.start()]  # "\n": the text's start
        pm = _ROLE_BEFORE_NAME.search(before)
        if not pm:
            return []
        words = [w for w in pm.group(1).split() if re.search(r"\w", w)]
        if len(words) > 2 and words[0].lower() in ("said", "says", "added", "wrote", "writes", "noted", "explained") \
                and words[1].lower() in ("the", "a", "an", "its", "his", "her", "their"):
            words = words[1:]  # an inverted cue: `"...," said the study's lead author, Dr. Mingyang Song`
        low = [w.lower() for w in words]
        cut = next((j + 1 for j in range(len(words) - 2, 0, -1) if low[j] == "and"
                    and low[j + 1] in ("his", "her", "their", "its")
                    and all(w[:1].isupper() for w in words[:j])), 0)  # (a name before: not "was his uncle and his father")
        words = words[cut:]  # "Linda Okafor and her business partner, Theresa Vang,": "her business partner"
        low = low[cut:]
        obj = next((j + 1 for j in range(len(words) - 2, -1, -1) if _OBJECT_VERB.fullmatch(low[j]) and (
            low[j + 1] in _OBJECT_OPENERS or re.fullmatch(r"[A-Z][\w&.-]*['\u2019]s", words[j + 1]))), 0)
        words = words[obj:]  # "Hawley pressed Meta's head of safety, Antigone Davis,": the verb's object
        # the phrase ends in a role or title noun, or in one and where: "The Foreign
        # Minister of Mexico"
        heads = [j for j, w in enumerate(words) if w.lower() in ROLE_NOUNS or w.lower() in TITLE_WORDS]
        if not heads:
            return []
        tail = words[heads[-1] + 1:]
        if tail and not (tail[0].lower() in ("of", "for", "at") and 1 < len(tail) <= 7
                         and any(w[:1].isupper() for w in tail[1:])
                         or tail[0] == "for" and 1 < len(tail) <= 4
                         or tail[0] == "of" and 2 <= len(tail) <= 4 and all(
                             w.isalpha() and w.islower() and w not in _DETERMINERS for w in tail[1:])
                         or tail[:2] == ["of", "the"] and len(tail) == 3
                         and tail[2].lower() in ORG_WORDS | BUSINESS_NOUNS):
            # (and what it heads: "head of research", "director of communications"; or the body
            # named before: "the director of the centre")
            # the role and where it is held: "of Mexico", "of the FNSEA farmers' union"; what
            # it covers: "spokesperson for home affairs"
            return []
        words = _without_determiner(" ".join(words)).split()  # (and "One traveller, Mark Evans,")
        if words and words[0].lower() in LEAD_PREPS:
            return []  # "on Monday brought his brother": a clause
        if words and (words[0].lower().endswith("ing") and words[0].lower() not in ROLE_NOUNS
                      or "to" in [w.lower() for w in words[:heads[-1]]]):
            return []  # "while talking about her son, Humayun Khan", "from Ohio to the state's governor"
        for w in words:
            wl = w.lower()
            if wl in _NOT_IN_ROLE | _SUBJECTS \
                    or wl.endswith("ed") and wl not in ROLE_NOUNS | TITLE_WORDS | _ROLE_PARTICIPLES:
                return []  # a clause ("was his uncle", "whose husband", "She sees a lawyer"), not a role
        return words

    def _named_as_speaker(self, m: re.Match) -> bool:
        after = self.masked[m.end():m.end() + 40].lower()
        before = self.masked[max(0, m.start() - 25):m.start()].lower()
        if re.match(r"\s*(?:,[^,]{0,60},\s*)?(?:\w+\s+)?(?:said|says|told|added|stated|wrote)\b", after) or \
                re.search(r"(?:said|says|according to)\s*$", before):
            return True
        # a full name whose surname speaks further on: "Halima Wario has lost 40 of her 50
        # goats. ... "...," Wario said."
        name = re.split(r"\s+(?:of|at)\s+", m.group())[0].split()  # (not "of India": where they are from)
        if not 2 <= len(name) <= 3 or not name[-1][:1].isupper() or len(name[-1]) < 3 \
                or any(norm_key(t) in MALE_NAMES or norm_key(t) in FEMALE_NAMES for t in name[1:]):
            return False  # (not "Billionaire Donald Trump": the name starts further on)
        before, speaks = self._surnames()
        others = [w for w in before.get(name[-1], ()) if w != name[-2] and not w.endswith(".")
                  and w.lower() not in TITLE_WORDS | ROLE_NOUNS]  # (a title's abbreviation or a sentence's end)
        if others:
            # another of that name: "Freddy Trump" beside Donald, a wife beside her husband; unless
            # the others come later and the surname speaks first: "Abhimanyu Mishra won ... "...,"
            # Mishra said. / His father, Hemant Mishra, said"
            later = min((re.search(rf"\b{re.escape(w)}\s+{re.escape(name[-1])}\b", self.masked) for w in others),
                        key=lambda o: o.start() if o else -1)
            return later is not None and later.start() > m.end() and all(
                (o := parse_np(f"{w} {name[-1]}")) is not None and o.kind == PERSON for w in others) \
                and not re.search(r"\band\s+$", self.masked[max(0, m.start() - 5):m.start()]) \
                and any(m.end() < pos < later.start() and not re.search(r"[A-Z][\w.]*\s+$", self.masked[pos - 12:pos])
                        for pos in speaks.get(name[-1], ()))  # (bare: not "Mr. Khan said" of "Khizr and Ghazala Khan")
        if len(name) == 2 and name[0].lower() not in TITLE_WORDS | ROLE_NOUNS and not before.get(name[0]) \
                and any(pos > m.end() for pos in speaks.get(name[0], ())) \
                and not re.match(r"\s+[a-z]+s\b(?<!\bhas)(?<!\bwas)(?<!\bis)(?<!\bsays)", self.masked[m.end():m.end() + 30]):
            # ... or whose first name does: "Gukesh Dommaraju of India won ... "...," Gukesh said"
            # (not a name before the plural it qualifies: "crashed Microsoft Windows systems")
            return True
        return any(pos > m.end() for pos in speaks.get(name[-1], ()))

    def _titled(self, name: str) -> str | None:
        """The title or form of address the text puts before this one word anywhere,
        quotations included: "Superintendent Snelling", "Mr. Snelling"."""
        if self._titles is None:  # one pass over the text, however many names ask
            self._titles = {}
            for m in _TITLED_WORD.finditer(self.body):
                if m.group(1).lower().rstrip(".") in _PERSONAL_TITLES:
                    self._titles.setdefault(m.group(2), m.group(1))
        return self._titles.get(name)

    def _surnames(self) -> tuple[dict[str, set[str]], dict[str, list[int]]]:
        """For each capitalised word: the capitalised words the text puts before it, and where
        it is the subject of a verb of saying ("Wario said", "said Wario."). Read once, in one
        pass each: this is asked for every name the text gives."""
        if self._surname_index is None:
            before: dict[str, set[str]] = {}
            for pm in _CAPITAL_PAIR.finditer(self.masked):
                before.setdefault(pm.group(2), set()).add(pm.group(1))
            speaks: dict[str, list[int]] = {}
            for sm in _SURNAME_SPEAKS.finditer(self.masked):
                speaks.setdefault(sm.group(1) or sm.group(2), []).append(sm.start())
            self._surname_index = (before, speaks)
        return self._surname_index

    def _subject_event(self, s0: int, s1: int) -> None:
        text, sent0 = self.masked[s0:s1], s0
        if text.startswith("(") and ")" not in text[:-2]:
            text, s0 = text[1:], s0 + 1  # a sentence set in parentheses: "(John Schlafly defended ...)"
        skip = _after_dateline(text)  # "SAN FRANCISCO (Reuters) - Tesla Inc delivered ..."
        text, s0 = text[skip:], s0 + skip
        inverted = _INVERTED_SUBJECT.match(text)
        if inverted is not None:
            text, s0 = text[inverted.end():], s0 + inverted.end()  # the subject after its verb
        # Skip an opening adverbial: "On Wednesday, ...", "In a phone call on Sunday, ..."
        m = _OPENING_ADVERBIAL.match(text)
        if m is not None and not m.group().strip():
            m = _BARE_OPENER.match(text) or m  # "At one point Sanders interrupted Davis."
        # (a title's comma is inside its marks: `In her new novel "The Last Orchard," Anne ...`)
        rest = text[m.end():] if m else text
        pos = s0 + (m.end() if m else 0)
        whom = _FOR_WHOM.match(m.group()) if m else None
        if whom:
            # "For Salem, the questions are more personal. "Why ...?" he asked.": the person
            # the sentence is about, unless its subject is someone else (found below)
            np_ = parse_np(whom.group(1))
            person = self._person(np_.name, s0) if np_ is not None and np_.kind == PERSON and np_.name else None
            if person is not None:
                self.events.append(Event(s0, person))
        opened = _NAMED_IN_OPENING_CLAUSE.match(m.group()) if m and re.match(r"(?:he|she)\s", rest) else None
        if opened is not None:
            # "When Amira Haddad arrived in Berlin ..., she spoke no German.": the person the
            # opening clause names is whom the main clause's pronoun, and the next, stand for
            np_ = parse_np(opened.group(1))
            person = self._person(np_.name, s0 + opened.start(1)) if np_ is not None and np_.kind == PERSON else None
            if person is not None:
                self.events.append(Event(s0 + opened.start(1), person))
        title = _TITLE_AFTER_OPENING.match(rest) if m and m.group().strip() else None
        if title:
            # `In her new memoir, "Unfinished Business", Hillary Clinton reflects ...`: the
            # opening phrase's title, set off by commas, is not the subject
            rest, pos = rest[title.end():], pos + title.end()
        toks = rest.split()[:12]
        if toks and toks[0] in ("I", "We") and len(toks) > 1 and toks[1] in _ASKED:
            # the writer's own sentence: "I asked Juliet Schor, the Boston College economist,
            # what ... "Habit," she said.": the person they spoke to is in focus
            for run in _NAME_RUN.finditer(self.masked, pos, s1):
                np_ = parse_np(run.group().rstrip(","))
                person = self._person(np_.name, run.start()) if np_ is not None and np_.kind == PERSON else None
                if person is not None:
                    self.events.append(Event(run.start(), person))
                    return
            return
        if toks and (toks[0][:1].isupper() or toks[0] == "the") and not (
                toks[0].lower() == "the" and len(toks) > 1 and _BUSINESS_SUBJECT.match(rest)):
            # who or what this sentence is about, for "the company" further on: an
            # organisation replaces this mark below; "The carmaker said ..." leaves it be
            self.orgs.append((pos, None))
            shares = _SHARES_OF.match(rest)
            run = _NAME_RUN.match(rest, shares.end()) if shares else None
            if run and not re.match(r"\s*['\u2019]", rest[run.end():]):
                self.orgs[-1] = (pos, run.group())  # (not "Shares of Apple's rivals")
                return
        # Coordinated people: "U.S. President Joe Biden and Mexican President ... said"
        if " and " in " ".join(toks):
            head = " ".join(rest.split()[:20])
            cm = _PAIR_SUBJECT.match(head)
            if cm:
                subject = PARTY_TAG.sub("", PARENTHETICAL.sub("", cm.group(1)))  # not "(R-Fla.)"
                what, comma, names = subject.partition(",")
                if comma and _WHAT_THEY_ARE.fullmatch(what.strip()):
                    subject = names.strip()  # the names after what they are: "Two senators, Amy Klobuchar and John Thune,"
                np_ = parse_np(subject.rstrip(","))
                if np_ is not None and np_.kind == "group" and np_.name and " and " in np_.name \
                        and not re.search(r",|['\u2019]s?\s", np_.name):  # (two names, none owned)
                    people = [self.register.lookup(n) or self.register.add(n) for n in np_.name.split(" and ")]
                    if all(people):
                        pair = " and ".join(p.name for p in people)
                        self.pairs.append((pos, pair))
                        self.events.append(Event(pos, None, label=pair, kind=GROUP))  # who "they" are next
                        return
        after_name = m is not None and re.search(r"[A-Z][\w'\u2019.-]*,\s*$", m.group())
        if toks and toks[0].lower() == "the" and not after_name and any(
                t.lower() in ROLE_NOUNS or t.lower() in TITLE_WORDS for t in toks[1:4]) or _demonym_subject(toks):
            # (not a name's appositive after an opening phrase: "Asked whether Donald Trump,
            # the Republican nominee, could win, Ban demurred.")
            # "The Spanish premier rejected that charge.": a role the article gave someone;
            # "the Spaniard smiled": the person in focus, by nationality
            for k in range(min(6, len(toks)), 1, -1):
                np_ = parse_np(" ".join(toks[:k]))
                if np_ is not None and np_.kind == "description" and np_.head:
                    proper = frozenset(norm_key(w) for w in toks[1:k - 1] if w[:1].isupper())
                    person = self._by_role(np_.head, np_.modifiers, proper, pos)
                    if person is None and np_.head in DEMONYMS:
                        ref = self._resolve(np_, pos)
                        person = (self.register.lookup(ref.name) or self.register.add(ref.name)) \
                            if ref is not None and ref.kind == PERSON else None
                    if person is not None:
                        self.events.append(Event(pos, person))
                        return
                    break
        pron = re.match(r"(He|She)\s+[a-z]", rest)
        if pron and sent0 > 0:
            # "Sok Chea has rowed people across the Mekong for 41 years. He does not know ...":
            # the one the sentence before was about is a person, of the gender the text gives
            before = self._sentence_of(sent0 - 1)[0]
            last = next(iter(self._events_before(pos)[:1]), None)
            if last is None or last.pos < before:
                ref = self._named_in_focus(pos, start=before)
                last = Event(pos, self.register.lookup(ref.name)) if ref is not None else None
            if last is not None and last.person is not None and last.person.gender is None and last.pos >= before:
                last.person.gender = "m" if pron.group(1) == "He" else "f"
        someone = _SOMEONE_SUBJECT.match(rest)
        stop = self.masked.find(". ", pos, s1) + 1 or s1  # (the splitter keeps `X. "..."` as one)
        if someone is not None and (someone.group("head").lower() in ROLE_NOUNS | ANON_NOUNS | PERSON_NOUNS
                                    or (someone.group("what") or "") in ROLE_NOUNS | ANON_NOUNS | PERSON_NOUNS) \
                and not (someone.group("who") and someone.group("head").lower() not in PERSON_NOUNS) \
                and someone.group("verb") not in ("asked", "questioned", "interviewed", "told", "called", "met") \
                and bisect_left(self._span_opens, s0) == bisect_left(self._span_opens, stop) \
                and not any(self.register.lookup(r.group()) for r in _NAME_RUN.finditer(self.masked, pos + someone.end(), stop)):
            # (not when its sentence quotes them, nor when it names someone else: "A reporter
            # asked Sanders how he felt. He replied: ...")
            # "A second nurse described running between patients. "...," she said.": one
            # unnamed person in focus, as if they had spoken (after a relative clause, only a
            # plain person: "A woman who had lived in a shelter urged", not "A president who
            # authorized the raid", which may be anyone's description)
            self.events.append(Event(pos, None, label=someone.group("np"), kind=ANONYMOUS, is_speaker=True))
            return
        couple = _COUPLE_NAMED.match(rest)
        if couple is not None:
            # "The couple who founded the business, Tom and Anne Finch, no longer ... / they
            # said": the two, named after what they are
            self.events.append(Event(pos, None, label=couple.group(1), kind=GROUP))
            return
        crowd = _CROWD_SUBJECT.match(rest)
        if crowd is not None:
            # "The three board members who voted no issued a joint statement. "...," they
            # wrote.": the group the sentence is about, for "they" further on
            np_ = parse_np(crowd.group("np"))
            if np_ is not None and np_.kind == GROUP and np_.text == crowd.group("np") \
                    and " of " not in np_.text and np_.head == np_.text.split()[-1].lower():
                # (people, not what they did: "The selection of delegates came after ...")
                self.events.append(Event(pos, None, label=_clean_label(np_.text), kind=GROUP))
                return
        lead = _leading_role(rest)
        if lead is not None:
            # "Its regional director for Europe, Hans Kluge, urged ...": the name after the role
            # ("Her rival, Erik Haugen, called ...": the name after a relation, which is no role)
            phrase, np_, relation = lead
            role = np_.role if relation or phrase.split()[-1].lower() in FAMILY_NOUNS else _without_determiner(phrase)
            # "His wife", "His U.S. counterpart": whose, then what (a kin or agent noun alone)
            peer = re.fullmatch(r"(His|Her)\s+((?:[A-Z][\w.-]*\s+)?([a-z]+))", phrase.strip())
            kin = peer if peer and peer.group(2) == peer.group(3) else None
            want = "m" if kin and kin.group(1) == "His" else "f"
            owner = self._kin_owner(kin.group(1), pos, anywhere=True) \
                if kin and kin.group(2) in FAMILY_NOUNS and not role else None
            if kin and kin.group(2) in _AGENT_NOUNS and sent0 > 0:
                # "Ortiz, 58, showed no emotion. His lawyer, Henry Klein, said": whose lawyer,
                # if the sentence before is about someone that "his" or "her" fits
                p0, p1 = self._sentence_of(sent0 - 1)
                owner = self._owner_in(p0, sent0 - 1, want)
                if owner is None and p0 > 0 and re.search(r"(?:^|,\s+)%s\s+[a-z]" % ("[Hh]e" if want == "m" else "[Ss]he"),
                                                          self.masked[p0:p1]):
                    # (the sentence before is about "her" too: "In one email, she wrote: ...")
                    owner = self._owner_in(self._sentence_of(p0 - 1)[0], p0 - 1, want)
                # (or the one person it names: "... ordered the release of opposition leader Mirza
                # Fakhrul Islam Alamgir.")
                owner = owner or self._owner_named_in((p0, p1), want)
            if owner is None and kin and kin.group(2) in FAMILY_NOUNS | _AGENT_NOUNS and not role and sent0 > 0:
                p0, p1 = self._sentence_of(sent0 - 1)
                # ("... released activist Alaa Abd el-Fattah ... His sister, Mona Seif,")
                owner = self._one_named_in((p0, p1), want) or self._owner_named_in((p0, p1), want)
            if owner is None and kin and kin.group(2) in _AGENT_NOUNS and sent0 > 0 \
                    and self.masked[max(0, sent0 - 8):sent0].rstrip()[-1:] in ("\"", "\u201d"):
                # `"...," Vasquez says. "...". Her editor, Tom Greaves, remembers`: after a
                # quotation, whose words they were
                owner = self._pronoun_person("he" if want == "m" else "she", pos)
            if owner is None and peer and peer.group(3) in RELATION_NOUNS and not role and sent0 > 0:
                # "Hoekstra said ... His U.S. counterpart, John Podesta, said": whose counterpart,
                # the one the sentence before is about
                kin, want = peer, "m" if peer.group(1) == "His" else "f"
                owner = self._owner_in(self._sentence_of(sent0 - 1)[0], sent0 - 1, want, unknown=True)  # ("Wopke")
            held = re.fullmatch(r"(His|Her)\s+((?:[a-z][\w-]*\s+){0,3}[a-z]+)", phrase.strip()) \
                if owner is None and role and not relation and sent0 > 0 else None
            if held is not None and role_head(held.group(2)).split()[-1] in ROLE_NOUNS - FAMILY_NOUNS - _AGENT_NOUNS:
                # "Clinton ... played down the loss. Her campaign chairman, John Podesta, said": whose
                # chairman, the person the sentence before is about (or in focus)
                want = "m" if held.group(1) == "His" else "f"
                owner = self._owner_in(self._sentence_of(sent0 - 1)[0], sent0 - 1, want, unknown=True) \
                    or self._kin_owner(held.group(1), pos)
                kin = held if owner is not None else kin
            if owner is not None and owner.name != np_.name:  # (of a gender the text has made known)
                role = f"{owner.name}'s {kin.group(2)}"  # "His wife, Margaret,": whose wife she is
            if not role and _kin_of_named(phrase.split()):
                role = phrase.strip()  # "Ruiz's daughter, Elena,": whose daughter she is
            plain = role
            if role and not relation:
                # "Its director general, Shevaun Haviland,": of the body just named
                role = self._body_role(_without_determiner(phrase[:1].lower() + phrase[1:], keep_its=True), pos) or role
            person = self.register.lookup(np_.name) or self.register.add(np_.name, role=role, force=True)
            if person is not None and (not person.role or person.role == plain
                                       or role and owner is not None and person.role == kin.group(2)
                                       or role and plain and " " not in person.role
                                       and plain.lower().endswith(" " + person.role.lower())):
                # (and "lawyer" known before becomes whose lawyer; "ambassador", read across
                # "U.N.", "Russia's deputy U.N. ambassador")
                person.role = role
            if person is not None:
                self.events.append(Event(pos, person))
                return
        if not toks or not (toks[0][:1].isupper() or toks[0].lower() in ("the", "a", "an")
                            or any(t[:1].isupper() for t in toks[1:4]) and (toks[0].isalpha() or AGE.fullmatch(toks[0]))):
            return  # a subject opens with a capital, an article or a lower-case title
        for k in range(len(toks), 0, -1):
            if not toks[k - 1][:1].isupper() and not _PARTICLE_SURNAME.match(toks[k - 1]):
                continue  # a person's name phrase ends in a capitalised word (or "al-Burhan")
            if k < len(toks) and (toks[k][:1].isupper() and toks[k].isalpha() and toks[k].lower() not in NOT_NAME
                                  or _PARTICLE_SURNAME.match(toks[k])) \
                    and not toks[k - 1].endswith((",", "'s", "\u2019s")):
                continue  # ... and not inside a run of them: "The Islamic State has" is not "The Islamic"
            if k + 1 < len(toks) and _number_in_title(toks[k - 1], toks[k]) \
                    and toks[k + 1].lower().rstrip(".") in ROLE_NOUNS | TITLE_WORDS:
                continue  # ... nor a branch's number: "Teamsters Local 344 president Tom Millonzi"
            if k < len(toks) and toks[k] in ORG_KINDS and not toks[k - 1].endswith(("'s", "\u2019s")):
                k += 1  # "The far-right Chega party more than doubled": the body's kind ends it
            cand = " ".join(toks[:k])
            if "(" in cand or "-" in cand:
                cand = PARTY_TAG.sub("", PARENTHETICAL.sub("", cand))
            cand = cand.rstrip(",")
            if cand.endswith(("'s", "\u2019s")):
                body = _OWNED_BODY.match(rest, len(cand))
                owner = parse_np(cand[:-2]) if body else None
                if owner is not None and owner.kind == ORGANIZATION and self.orgs and self.orgs[-1][0] == pos:
                    # "Taiwan's defence ministry thanked Washington.": that body is what "it"
                    # will mean, not the country
                    self.orgs[-1] = (pos, cand + body.group())
                    return
                cand = cand[:-2]
            whole = parse_np(cand) if "," in cand and re.fullmatch(r"The\s+[A-Z][^,]*(?:,\s+[A-Z][^,]*)+", cand) \
                else None
            if whole is not None and whole.kind == ORGANIZATION and whole.head is None and "," in (whole.name or ""):
                pass  # one body's name with commas in it: "The Retail, Wholesale and Department Store Union"
            elif "," in cand:
                # the subject is the name an appositive follows: "Gary Byrne, a former agent
                # for President Bill Clinton, has written ..."; or the body's name that follows
                # its kind: "A landlords' association, the Rental Housing Coalition, praised"
                kind, _, named = cand.partition(",")
                alt = parse_np(named.strip()) if re.match(r"(?:An?|The)\s+[a-z]", kind) else None
                cand = named.strip() if alt is not None and alt.kind == ORGANIZATION and alt.head is None \
                    and (alt.name or "")[:1].isupper() else kind
            np_ = parse_np(cand)
            titled = _TITLED_NAME.fullmatch(cand) if np_ is None else None
            person = self.register.lookup(titled.group(2)) if titled is not None \
                and titled.group(1).split()[-1].lower() in ROLE_NOUNS | TITLE_WORDS else None
            if person is not None:
                # "EU competition chief Teresa Ribera welcomed the ruling.": a name the text
                # registered, after a title the parser does not take whole (and that title
                # whole, rather than its last word: "EU competition chief", not "chief")
                first = titled.group(1).split()[0]
                if person.role and person.role.lower() == titled.group(1).split()[-1].lower() and (
                        first.islower() or first.isupper() or first.endswith(("'s", "\u2019s"))):
                    # (not a sentence's opening word: "While Republican presidential nominee")
                    person.role = titled.group(1).strip()
                self.events.append(Event(pos, person))
                return
            if np_ is not None and np_.kind == "person" and np_.name and " " not in np_.name and not np_.role \
                    and _VERB_THEN_ITS.match(rest[len(cand):]) and self._person(np_.name, pos) is None:
                # what "the company" will mean
                if self.orgs and self.orgs[-1][0] == pos:
                    self.orgs[-1] = (pos, np_.name)
                return
            if np_ is not None and np_.kind == "person":
                person = self._person(np_.name, pos)
                extra = _added_to_role(person.role, np_.role) if person is not None else []
                if extra and len(extra) <= 3 and "and" not in extra and all(w.islower() or w.isupper() for w in extra):
                    # "EU competition chief Teresa Ribera", where the scan saw "chief" (not a
                    # sentence's opening words: "Philadelphia US President", "He and ...")
                    person.role = np_.role
                office = _PERSONS_OFFICE.match(rest, len(cand))
                if person is not None and office and self.orgs and self.orgs[-1][0] == pos:
                    # "Benjamin Netanyahu's office rejected that account.": the office is
                    # what "it" will mean (and he stays in focus)
                    self.orgs[-1] = (pos, f"{person.name}'s {office.group(1)}")
                if person is None and np_.name and _surname(np_.name) == np_.name \
                        and self._unregistered.get(norm_key(np_.name)):
                    person = self.register.add(self._unregistered.pop(norm_key(np_.name)))
                last = _surname(np_.name) if person is None and np_.name and " " in np_.name else ""
                if last and self._unregistered.get(norm_key(last)) == np_.name \
                        and self._called_by_surname(last, pos + len(cand)):
                    # "Novak Djokovic beat Daniil Medvedev ... / ..., who beat Djokovic in the 2021
                    # final": a subject the text calls by the surname alone further on is a person
                    # (not "Sandy Hook" again, its first word and all)
                    person = self.register.add(self._unregistered.pop(norm_key(last)), role=np_.role)
                if person is None and np_.name and " " not in np_.name and not np_.role and _is_name_word(np_.name) \
                        and (re.match(r"\s+(?:himself|herself)\b", rest[len(cand):])
                             or self._titled(np_.name) and not re.match(r"['\u2019]s\b", rest[len(cand):])):
                    # "Snelling himself did not address the calls": a person, as is one the text
                    # calls by a title anywhere, even in a quotation ("Superintendent Snelling has
                    # my full confidence")
                    title = self._titled(np_.name)
                    person = self.register.add(np_.name, force=True, role=title if title and title.lower().rstrip(".")
                                               not in FORMS_OF_ADDRESS else None)
                    reflexive = re.match(r"\s+(himself|herself)\b", rest[len(cand):])
                    if person is not None and person.gender is None and reflexive:
                        person.gender = "m" if reflexive.group(1) == "himself" else "f"
                if person is None and np_.name and " " not in np_.name and not np_.role \
                        and self._pending_names.get(norm_key(np_.name)):
                    # "Derrick Mahone pleaded guilty ... / Mahone, wearing a jail uniform,
                    # turned to the family.": a full name that opened a sentence, then its
                    # surname alone opening another, is a person's
                    person = self.register.add(self._pending_names.pop(norm_key(np_.name)), force=True)
                if person is None and np_.name and len(np_.name.split()) >= 2 and not any(
                        len(t) > 2 and t.isupper() for t in np_.name.split()) and (  # not a headline
                        guess_gender(np_.name.split()[0]) is not None or np_.role
                        or re.match(r"\s*,\s*(?:(?:a|an|the|who)?\s*|" + _OWNER + r")[a-z]", rest[len(cand):])
                        or re.match(r"\s*,\s*\d{1,3}\s*,", rest[len(cand):]) or AGE.search(np_.text)
                        or _VERB_THEN_HIS_HER.match(rest[len(cand):])):
                    # a full name opens the sentence, known by its first name, a title, the
                    # appositive after it or a his/her after its verb: "Siegfried Russwurm,
                    # head of the BDI, disagreed.", "Rahima Begum lost her home"
                    # ("New York officials", "Injecting Clinton" are not people)
                    person = self.register.add(np_.name, role=np_.role)
                elif person is None and np_.name and " " not in np_.name and not np_.role and _is_name_word(np_.name) \
                        and re.match(r"\s*,\s*\d{1,3}\s*,", rest[len(cand):]):
                    # "Haaland, 26, now has 15 goals": a person, by the name given in full
                    # before ("Erling Haaland scored twice") if the text gave one
                    full = re.findall(r"\b([A-Z][\w'\u2019-]+\s+" + re.escape(np_.name) + r")\b",
                                      self.masked[max(0, pos - _LOOKBACK_CHARS):pos])
                    np2 = parse_np(full[-1]) if full else None
                    whole = np2.name if np2 is not None and np2.kind == PERSON and len(np2.name.split()) == 2 else np_.name
                    person = self.register.add(whole, force=True)
                elif person is None and np_.name and " " not in np_.name and np_.role and _is_name_word(np_.name) \
                        and np_.role.split()[-1].lower().rstrip(".") in TITLE_WORDS | FORMS_OF_ADDRESS:
                    # "President Obama flew here", "Mr. Obama believes": a surname under a title
                    person = self.register.add(np_.name, role=np_.role, force=True)
                elif person is None and np_.name and " " not in np_.name and np_.role and _is_name_word(np_.name) \
                        and np_.role.split()[-1].lower() in FAMILY_NOUNS:
                    # "Utzon's son Jan sent a video message.", "Her daughter Maya wept": a
                    # relative by first name (whose, when a his or her says it)
                    own = re.fullmatch(r"(his|her)\s+(\S+)", np_.role, re.I)
                    owner = self._kin_owner(own.group(1), pos) if own else None
                    role = f"{owner.name}'s {own.group(2).lower()}" if owner else own.group(2) if own else np_.role
                    person = self.register.add(np_.name, role=role, force=True)
                if person is not None and (_only_address(person.role) or " " not in person.role):
                    # "Siegfried Russwurm, head of the BDI industry federation, disagreed."
                    after = re.sub(r"^\s*,\s*\d{1,3}(?=\s*,)", "", rest[len(cand):])  # "Luis Garcia, 58, the ..."
                    appos = re.match(r"\s*,\s*((?:" + _OWNER + r")?[a-z](?:[^,.;:()\u2014]|\.(?=\w)|(?<=\b[A-Z])\.){2,80}?)\s*,", after)
                    at = pos + len(rest) - len(after)  # (the words as written, not masked: a
                    # scare-quoted word in it, `self-styled "citizen" journalist`)
                    fuller = _appositive_role(self.body[at + appos.start(1):at + appos.end(1)]) if appos else None
                    if fuller and (_only_address(person.role) or person.role.lower() in fuller.lower().split()):
                        # (and "Professor Tom Sanders, emeritus professor of nutrition at
                        # King's College London": the title said in full)
                        person.role = fuller
                if person is not None:
                    for at in self._pending_subjects.pop(norm_key(person.name), ()):
                        # "Abdulrahman Salem was asleep ... / Salem, 41, a schoolteacher, lost
                        # ...": the full name opened an earlier sentence before the text showed
                        # it was a person's; that sentence was about them too
                        insort(self.events, Event(at, person), key=lambda e: e.pos)
                    self.events.append(Event(pos, person))
                elif np_.name and len(np_.name.split()) == 2 and all(_is_name_word(t) for t in np_.name.split()):
                    self._pending_subjects.setdefault(norm_key(np_.name), []).append(pos)
                    last = norm_key(np_.name.split()[-1])
                    if self._pending_names.get(last, np_.name) != np_.name:
                        self._pending_names[last] = None  # ("Khizr Khan", "Ghazala Khan": neither)
                    elif last not in self._pending_names:
                        self._pending_names[last] = np_.name
                elif np_.name and " " not in np_.name and not np_.role and not np_.name.isupper() \
                        and (norm_key(np_.name) not in MALE_NAMES | FEMALE_NAMES
                             or re.match(r"\s+(?:have|are|were)\b", rest[len(cand):])) \
                        and np_.name.lower() not in _MARKET_NOUNS \
                        and re.match(r"\s+[a-z]+\b|\s*,\s*which\b|\s*,\s*an?\s[^,.;:]{1,60},\s+[a-z]+\b",
                                     after := _WHEN_FIRST.sub("", rest[len(cand):])) \
                        and after.split()[0] not in LEAD_PREPS | {"and", "or", "to"} \
                        and not (_WORD_THEN_VERB.match(after) and not self._org_like(np_.name)
                                 and self.masked.count(np_.name) == 1) \
                        and not ((people_noun(np_.name.lower()) or np_.name.lower() in ROLE_NOUNS)
                                 and not self._org_like(np_.name)):
                    # (not people by what they do: "Rescuers were racing ..., the company said";
                    # nor what a noun of them qualifies: "Commuter trains stood idle")
                    # "Ryanair apologised ...", "Walmart, which ...", "Optus, a unit of Singtel,
                    # disputed ...": maybe a body (not a header's "ABSTRACT", nor "Due to"; nor a
                    # first name, unless its verb is plural: "Chelsea have agreed to sign")
                    self._one_word_subjects[pos] = np_.name
                return
            if np_ is not None:
                if np_.kind == ORGANIZATION and np_.name and np_.head is None and any(
                        norm_key(t) not in ORG_WORDS for t in np_.name.split()):  # not "Bank executives"
                    # "Tesla Inc delivered ...": what "the company" will mean
                    if self.orgs and self.orgs[-1][0] == pos:
                        self.orgs[-1] = (pos, np_.name)
                return

    # --- main loop ---------------------------------------------------------------------
    def run(self, indirect: bool = True, statements: bool = False) -> list[Quote]:
        """Walk the text in order, so that each attribution can lean on the people the
        text has put in focus before it (speakers of quotes and of reported speech)."""
        out: list[Quote] = []
        prev: Quote | None = None
        prev_span: Span | None = None
        span_starts = [sp.open for sp in self.spans]
        si = 0
        turns = self._transcript_turns() if statements else {}
        turns_done: set[int] = set()
        for s0, s1 in self.sents:
            if turns and (p := self._para_of(s0)) in turns:
                # a transcript's turn: the whole paragraph after its label, once (its other
                # sentences are in it)
                if p not in turns_done:
                    turns_done.add(p)
                    out.append(self._turn(*turns[p]))
                while si < len(self.spans) and self.spans[si].open < s1:
                    si += 1  # (its quotations are inside the speaker's words)
                continue
            k = bisect_right(span_starts, s1) - 1
            has_quote = k >= 0 and self.spans[k].close >= s0
            if not has_quote:
                second = self._second_report(s0, s1)
                self._pushed = [] if second else None
                self.also = []  # a second report the sentence's cue is joined to
                rep = self._indirect_sentence(s0, second.start() if second else s1)
                first, self._pushed = self._pushed, None
                if second is not None:
                    # "Israel's military said it had killed three commanders, while Palestinian
                    # health officials said more than 400 people had been killed": two reports
                    rep2 = self._indirect_sentence(second.end(), s1) if rep is not None else None
                    if rep2 is None:
                        # one report after all, read whole: what its first half put in focus is
                        # read again (what the second did stays: "..., but Jane Smith said
                        # otherwise. She said ..." is Jane Smith)
                        self._unpush(first)
                        self.also = []
                        rep = self._indirect_sentence(s0, s1)
                    else:
                        rep.sentence = rep2.sentence = " ".join(self.body[s0:s1].split())
                        if indirect:
                            out.append(rep2)
                if rep is not None and indirect:
                    out.append(rep)
                    out.extend(self.also)
                elif rep is None and statements:
                    st = self._pull_quote(s0, s1, out) or self._statement(s0, s1)
                    if st is not None:
                        out.append(st)
                continue
            led = False
            if si < len(self.spans) and self.spans[si].open > s0:
                # The splitter keeps `X said the bloc could wait no longer. "Every month ..."`
                # in one piece; the reported speech before the quotation is a sentence too.
                lead = self.masked[s0:self.spans[si].open].rstrip()
                if lead.endswith((".", "!", "?")) and len(lead.split()) >= 4:
                    self.also = []
                    rep = self._indirect_sentence(s0, s0 + len(lead))
                    if rep is not None and indirect:
                        led = True
                        out.append(rep)
                        out.extend(self.also)
            second = self._second_report(s0, s1) if not led and si < len(self.spans) else None
            # `X said the warning was "overly cautious," while Y said she had cut her forecasts`:
            # a second report after the sentence's last quotation is a report of its own
            after = second if second is not None and self.spans[k].close <= second.start() else None
            acting = _ACTING_AFTER.search(self.masked, s0, self.spans[si].open) \
                if not led and second is None and si < len(self.spans) else None
            if second is not None and self.spans[si].open > second.start() or acting is not None:
                # `Nagel told a newspaper that rates had peaked, while Centeno said cuts could
                # come "sooner rather than later"`, `A rhino has been born at Chester Zoo,
                # keepers said, calling it "a huge boost"`: the report before quotes nothing
                self.also = []
                rep = self._indirect_sentence(s0, second.start() if second is not None else acting.start())
                if rep is not None and indirect:
                    led = True
                    out.append(rep)
                    out.extend(self.also)
            # Read for its speaker, after that lead (whose speaker a pronoun in the tag may
            # mean): `X said on Wednesday, as officials sought to stem "..."` puts X in focus.
            whole = self._indirect_sentence(s0, after.start() + len(after.group("close") or "") if after else s1)
            taken = len(out)
            while si < len(self.spans) and self.spans[si].open < s1:
                prev, prev_span = self._take(si, prev, prev_span, out)
                si += 1
            rep = self._and_said_after(s0, s1, self.spans[si - 1].close + 1, prev) if indirect and si else None
            if rep is None and indirect and len(out) - taken == 2 and out[-1].kind == "partial" \
                    and out[-2].kind == "direct" and out[-1].speaker == out[-2].speaker:
                # `"...," Wolves said, adding that a replacement would be named "in due course."`:
                # a report after the quotation's tag, closing on words of theirs it quotes
                rep = self._and_said_after(s0, s1, self.spans[si - 2].close + 1, out[-2], quoting=True)
                rep = rep if rep is not None and rep.end >= out[-1].end else None
            whole = self._around_partials(whole, s1, rep, out[taken:]) if indirect and not led else None
            if whole is not None:
                out.append(whole)
            if rep is not None:
                out.append(rep)
            if after is not None and indirect and (rep2 := self._indirect_sentence(after.end(), s1)) is not None:
                out.append(rep2)
        while si < len(self.spans):  # quotes outside any sentence span (should not happen)
            prev, prev_span = self._take(si, prev, prev_span, out)
            si += 1
        out.sort(key=lambda q: q.start)
        for q in out:
            if q.speaker is not None and q.speaker.kind == PERSON and q.speaker.name in self._called_it:
                q.speaker.kind = ORGANIZATION
        self._carry_back(out)
        self._named_after_the_lead(out)
        for q in out:
            if q.speaker is not None:
                # (a role or a label read from the masked text: "the author of "Clinton Cash"")
                q.speaker.name, q.speaker.role = self._unmasked(q.speaker.name), self._unmasked(q.speaker.role)
        return out

    def _unmasked(self, words: str | None) -> str | None:
        """Words read from the masked text as the text has them: a quotation inside them (a
        book's title in a role) comes back."""
        if not words or _MASKED.search(words) is None:
            return words
        m = re.compile(r"\s+".join(map(re.escape, words.split()))).search(self.masked)
        if m is None:
            return words
        # (a comma inside the closing mark is the sentence's, not the title's)
        return _PUNCTUATION_IN_MARK.sub(r"\1", " ".join(self.body[m.start():m.end()].split()))

    def _transcript_turns(self) -> dict[int, tuple[str, int, int]]:
        """A transcript's paragraphs, each a speaker's label in capitals and what they said
        (`SEN. MARIA CANTWELL: Mr. Altman, do you ...`, `ALTMAN: I understand ...`): paragraph
        -> (label, start, end of the words). Only where the text is one: three turns or more,
        two speakers or more, one of them speaking twice (not a header's "EXCLUSIVE:")."""
        turns: dict[int, tuple[str, int, int]] = {}
        for p, (a, b) in enumerate(self.paras):
            m = _TURN.match(self.masked, a, b)
            if m is None or norm_key(m.group(1)) in _NOT_SPEAKER_LABELS:
                continue
            np_ = parse_np(m.group(1))
            if np_ is not None and np_.kind == PERSON:
                turns[p] = (m.group(1), m.start(2), len(self.body[:b].rstrip()))
        labels = [norm_key(t[0]).split()[-1] for t in turns.values()]  # ("SAM ALTMAN", then "ALTMAN")
        if len(turns) < 3 or len(set(labels)) < 2 or len(set(labels)) == len(labels):
            return self._interview_answers()
        return turns

    def _interview_answers(self) -> dict[int, tuple[str | None, int, int]]:
        """An interview laid out as `Q: ...` / `A: ...` with the answers not in quotation
        marks: paragraph -> (None, start, end of the answer). Only where the text is one: two
        questions and two answers or more. (Answers in marks are quotations, see `_answer`.)
        The answers may go under the interviewee's name instead (`Osei: In some ways, yes.`),
        one name each time, the one the text gives in full ("Dr. Amara Osei spent ...")."""
        asked = sum(1 for a, b in self.paras if _QUESTION.match(self.masked, a, b))
        if asked < 2:
            return {}
        answers: dict[int, tuple[str | None, int, int]] = {}
        named: dict[int, tuple[str | None, int, int]] = {}
        quoted = {sp.open for sp in self.spans}
        for p, (a, b) in enumerate(self.paras):
            m = _ANSWER.match(self.masked, a, b)
            if m is not None and m.end() < b and m.end() not in quoted:
                answers[p] = (None, m.end(), len(self.body[:b].rstrip()))
            elif (m := _NAMED_ANSWER.match(self.masked, a, b)) is not None and m.end() < b and m.end() not in quoted:
                named[p] = (m.group(1), m.end(), len(self.body[:b].rstrip()))
        if len(named) >= 2 and not answers:
            last = {t[0].split()[-1] for t in named.values()}
            surname = next(iter(last))
            np_ = parse_np(next(iter(named.values()))[0])
            if len(last) == 1 and np_ is not None and np_.kind == PERSON and surname.lower() not in NOT_NAME \
                    and re.search(r"\b[A-Z][\w'\u2019-]+\s+" + re.escape(surname) + r"\b", self.masked):
                return named
        return answers if len(answers) >= 2 else {}

    def _turn(self, label: str | None, start: int, end: int) -> Quote:
        text = self.body[start:end]
        if label is None:  # an interview's answer: the interviewee's
            spk = self._interviewee(start)
        else:
            np_ = parse_np(label)
            spk = self._resolve(np_, start) if np_ is not None else None
        interview = label is None or not label.isupper()  # (a transcript's labels are in capitals)
        q = Quote(text=" ".join(text.split()), start=start, end=end, kind="direct", mention=label or "A:",
                  cue="interview" if interview else "transcript", sentence=" ".join(text.split()))
        if spk is not None:
            self._push(start, spk)
            q.speaker = _uncapitalised(spk)
        return self._dated(q, None)

    def _named_after_the_lead(self, out: list[Quote]) -> None:
        """A lead that describes its speaker ("A former Belgian defence minister pleaded not
        guilty ..., telling the court he had "never taken a single euro."") names them in the
        next paragraph ("Pieter Vandenbroucke, 58, ... is accused of ..."): the lead's quotes
        are that person's. Not for an unnamed source ("a senior official"), whom copy keeps
        unnamed on purpose, nor when the lead names anyone itself."""
        lead = next((k for k, (a, b) in enumerate(self.paras) if self.masked[a:b].strip()), None)
        if lead is None or lead + 1 >= len(self.paras):
            return
        l0, l1 = self.paras[lead]
        described = [q for q in out if l0 <= q.start < l1 and q.speaker is not None and q.speaker.kind == ANONYMOUS
                     and re.match(r"an?\s", q.speaker.name, re.I)]
        if not described or any(e.kind == PERSON and e.person is not None and l0 <= e.pos < l1 for e in self.events):
            return
        head = described[0].speaker.name.split()[-1].lower()
        if head in ANON_NOUNS or head.rstrip("s") in ANON_NOUNS or head in PERSON_NOUNS:
            return
        n0, n1 = self.paras[lead + 1]
        named = next((e.person for e in self.events if n0 <= e.pos < n1 and e.kind == PERSON and e.person is not None
                      and len(e.person.name.split()) >= 2), None)
        if named is None or named.role and not _only_address(named.role) and head not in norm_key(named.role).split():
            return  # ("A senior economist warned ..." / "Fed Chair Jerome Powell said ...": someone else)
        for q in described:
            q.speaker = self._ref(named)

    def _carry_back(self, out: list[Quote]) -> None:
        """A quotation that runs over several paragraphs leaves each paragraph but the last
        unclosed, and its speaker is named at the end (`"We have never seen ... / "Growers
        are ...," said Jason Phillips`): the unclosed paragraphs take the speaker of the
        paragraph that continues them."""
        open_at = {sp.start: sp for sp in self.spans if not sp.closed}
        by_start = {q.start: q for q in out if q.kind != "indirect"}
        for q in sorted(by_start.values(), key=lambda q: -q.start):
            sp = open_at.get(q.start)
            if sp is None or q.speaker is not None:
                continue
            nxt = self.paras[sp.para + 1][0] if sp.para + 1 < len(self.paras) else None
            follow = by_start.get(nxt + 1) if nxt is not None else None
            if follow is not None and follow.speaker is not None:
                q.speaker, q.mention, q.cue = follow.speaker, follow.mention, follow.cue
                q.date, q.date_source, q.date_precision = follow.date, follow.date_source, follow.date_precision

    def _take(self, si: int, prev: Quote | None, prev_span: Span | None, out: list[Quote]):
        sp = self.spans[si]
        q = self._attribute(si, sp, prev, prev_span)
        label = _TRANSCRIPT_LABEL.match(q.text)
        if label and q.kind != "indirect":
            # a transcript quoted whole: `"WALLACE: Let's start with ..."` is Wallace's
            name = label.group(1).title()
            np_ = NP(PERSON, label.group(1), name=name)
            q.speaker, q.mention, q.cue = self._resolve(np_, sp.open), label.group(1), None
        if q.speaker is None and not self._spoken and self.headline is not None and q.kind != "indirect" \
                and not self.masked[self.paras[sp.para][0]:sp.open].strip() and not self._after_colon_paragraph(sp):
            # The article opens on quotations no one is named for: the headline's speaker's
            q.speaker = self._resolve(self.headline, sp.open)
            q.mention = self.headline.text
        if q.speaker is None and q.cue and q.mention and _DESCRIPTION_OPENING.match(q.mention):
            # a description the text never ties to a name ("said the base chief"): all a
            # reader is told of who speaks, so it is what they are shown
            q.speaker = _described_as(q.mention)
        self._spoken = self._spoken or q.speaker is not None
        if q.speaker is not None:
            q.speaker = _uncapitalised(q.speaker)
        label = _SO_CALLED.search(self.masked, max(0, sp.open - 12), sp.open) and len(q.text.split()) <= 4 and not q.cue
        kept = _keep(q) and not self._is_title(sp, q) and not label \
            and not _INSCRIBED.search(self.masked, max(0, sp.open - 60), sp.open)
        if kept:
            out.append(q)
        self._share_closing_tag(q, sp, kept, out)
        return q, sp

    def _share_closing_tag(self, q: Quote, sp: Span, kept: bool, out: list[Quote]) -> None:
        """`Guns are "the ultimate public health crisis" and "stunt children's growth,"
        Howard Dean, the former governor of Vermont, proclaimed`: the tag after the last
        quotation of a sentence is also that of the partial ones joined to it before."""
        s0, s1 = self._sentence_of(sp.open)
        self._unowned = [u for u in self._unowned if u[1].open >= s0]
        if q.kind == "partial" and (q.speaker is None or q is self._carried_over) and not self._is_title(sp, q):
            self._unowned.append((q, sp, kept))
            return
        if q.speaker is None or not q.mention or not self._unowned \
                or q.mention not in " ".join(self.masked[sp.close + 1:s1].split()):
            self._unowned = []
            return
        nxt = sp
        for u, usp, ukept in reversed(self._unowned):
            gap = self.masked[usp.close + 1:nxt.open]
            words = re.findall(r"[\w'\u2019-]+", gap)
            if re.search(r"[.;:!?]", gap) or len(words) > 8 or any(w.lower() in TAG_VERBS for w in words):
                break
            u.speaker, u.mention, u.cue = q.speaker, q.mention, q.cue
            if not ukept:
                out.append(u)
            nxt = usp
        self._unowned = []

    def _is_title(self, sp: Span, q: Quote) -> bool:
        """`appeared on "Fox and Friends,"`, `the star of "Finding Neverland"`: a short
        quotation in title case right after a preposition names a show, a book or a
        campaign; nobody is quoted."""
        if "!" in q.text:
            return False  # a chant: "Feel the Bern!"
        words = q.text.rstrip(",.;:?").split()
        if not words or not all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_SMALL or w == "&" for w in words):
            return False  # ("Apollo 13", "Indian Americans for Hillary 2008", "Fox & Friends")
        prev = self.masked[max(0, sp.open - 24):sp.open].split()
        if not prev:
            return False
        last = prev[-1]
        if last.rstrip(",").lower() in _WORK_NOUNS:
            # `Peter Burrows's book "Backfire: Carly Fiorina's High-Stakes Battle for the Soul
            # of Hewlett-Packard."`: after the kind of work, a long title too
            return len(words) <= 16
        if len(words) > 6:
            return False
        if last.lower() in _TITLE_PREPS | {"including", "like"}:
            return True  # (and examples given: `hit shows like "Squid Game."`)
        # `NBC's "Today"`, `Fox's "Hannity"`, `Fox News channel's "Sunday Morning Futures,"`: a
        # programme named after its owner
        owner = re.sub(r"['\u2019]s?$", "", last)
        return owner != last and (last[:1].isupper() or owner.lower() in _WORK_NOUNS | _BROADCASTERS)

    def _sentence_of(self, pos: int) -> tuple[int, int]:
        k = bisect_right(self._sent_starts, pos) - 1
        if k < 0:
            return (0, len(self.body))
        return self.sents[k]

    def _para_of(self, pos: int) -> int:
        return bisect_right(self._para_starts, pos) - 1

    def _attribute(self, i: int, sp: Span, prev: Quote | None, prev_span: Span | None) -> Quote:
        body = self.body
        text = body[sp.start:sp.end].strip()
        s0, s1 = self._sentence_of(sp.open)
        nxt = self.spans[i + 1] if i + 1 < len(self.spans) else None
        after_end = min(s1, nxt.open) if nxt and nxt.open < s1 else s1
        if not sp.closed:
            after_end = sp.close
        after_start = sp.close + 1 if sp.closed else sp.close
        before_start = max(s0, prev_span.close + 1) if prev_span and prev_span.close >= s0 else s0
        before = self.masked[before_start:sp.open]
        after = self.masked[after_start:after_end]
        kind = self._kind(sp, before)
        if kind == "partial" and prev is not None and prev.kind == "direct" and prev_span is not None \
                and prev_span.close >= s0 and self.body[prev_span.start:prev_span.end].rstrip().endswith(",") \
                and before.rstrip().endswith(",") and len(before.split()) <= 12:
            kind = "direct"  # the rest of a split quotation: `"The economy," Cook said, "is neither ..."`
        q = Quote(text=text, start=sp.start, end=sp.end, kind=kind,
                  sentence=" ".join(body[s0:s1].split()))

        aside = re.search(r"\s[-\u2014\u2013]\s*$", before) and re.match(r"\s*[-\u2014\u2013]\s", after)
        # (nor is a cue in what someone else made of the words: `said Kasich had been "a disaster",
        # a claim the campaign called "ridiculous"`)
        found = None if aside or _CLAIM_APPOSITIVE.search(after) else _crowd_chants(self._cue_after(after, after_start))
        if found is not None and nxt is not None and after.rstrip().endswith(":") \
                and not body[after_end:nxt.open].strip():
            # `After Scalia said that students might do better at "less advanced schools,"
            # Trump said: "..."`: a cue and a colon introduce the next quotation; this one
            # keeps a cue of its own before it
            found = _crowd_chants(self._cue_before(before, before_start)) or found
        if found is None and not aside and text[-1:] in ",?!":
            found = self._bare_tag(after, after_start)
        if found is None and (m := _VERB_COLON.search(before)) and m.group(2).lower() not in _NOT_TAG - {"agreed", "disagreed"}:
            # `Kasich resisted: "..."`: a subject, one past-tense verb and a colon (and "His
            # friend disagreed:", whose words follow, where `"...," Smith agreed.` is no tag)
            np_ = self._np_before(m.group(1))
            if np_ is not None and np_.kind in (PERSON, "pronoun", ORGANIZATION, "description", ANONYMOUS, GROUP):
                found = np_, Cue(m.start(2), m.end(2), m.group(2)), before_start + m.start(2)
        if found is None and (m := _STANCE_COLON.search(before)):
            # `Her brother, Pablo, was less sure: "..."`: the subject, its stance and a colon
            # (the subject of a verb of saying before it when there is one: "She insisted the
            # government had no choice: ...")
            said = next(iter(self._cues(m.group(1))), None)
            np_ = self._np_before(m.group(1)[:said.start] if said else m.group(1))
            if np_ is not None and (np_.kind in (PERSON, ORGANIZATION, GROUP)
                                    or np_.kind == "pronoun" and np_.pronoun in ("he", "she", "they")):
                found = np_, Cue(m.start(2), m.end(2), m.group(2).split()[0]), before_start + m.start(2)
                if said is not None:
                    at = m.start(1) + said.start
                    found = np_, Cue(at, at + len(said.text), said.text), before_start + at
        # `X lamented her gaffes - "does she ...?" - and Y said ...`: a quotation set off by
        # dashes belongs to the clause before it; a cue in the next clause is not its own
        if found is None or _NEW_CLAUSE.match(after) and self._cues(before):
            # `X said the plan was "unworkable" and the union called it ...`: a cue in the
            # next clause is not this quotation's
            found = _crowd_chants(self._cue_before(before, before_start)) or found
        if found is None and not self._cues(before):
            found = self._dash_byline(sp)
        if found is None and sp.closed and nxt is not None and nxt.open < s1:
            found = self._closing_tag(sp.close + 1, s1)
        if found is None and (mid := _MID_TAG.search(before)) is not None \
                and (np_ := self._np_before(mid.group("subj"))) is not None and np_.kind != "pronoun":
            # `The report, the inspector general wrote, found "longstanding ... weaknesses"`: a tag
            # set inside the sentence, before the quotation (a pronoun's is the running speaker)
            at = before_start + mid.start("cue")
            found = (np_, Cue(at, at + len(mid.group("cue")), mid.group("cue")), before_start + mid.start("subj"))
        if found is None and prev is not None and prev.speaker is not None:
            # A cue right after the quote whose speaker could not be read (`"...," said
            # undecided voter ...`) is someone's own attribution: no carrying over.
            if self._continues(prev_span, sp, prev.speaker.name) and not self._cue_follows(after):
                return self._carried(q, prev)
        if found is None and _CLOSING_ASIDE.search(self.masked[self.paras[sp.para][0]:sp.open].rstrip()):
            found = self._paragraph_lead(sp)  # (the aside's own sentences say nothing of who speaks)
        if found is None and not _said_to_subject(before):  # (`his salespersons were told, "..."`)
            found = (self._answer(sp) or self._possessive(before, before_start) or self._owner_before(sp, before, before_start)
                     or self._colon_lead(sp)
                     or self._clause_subject(before, before_start) or self._sentence_colon(before, before_start, s0)
                     or self._paragraph_lead(sp) or self._quote_named_after(s1))
        if found is None and prev is not None and prev.speaker is not None and self._same_voice(prev, prev_span, sp, s0):
            return self._carried(q, prev)
        if found is not None:
            np_, cue, pos = found
            q.cue = cue.text if cue else None
            q.mention = " ".join(np_.text.split())  # (a nickname blanked out of a name)
            # "it" speaks only through a verb of saying ("what it called", "it said"); a
            # clause's "It" is mostly a dummy subject ("It's created an incentive ...")
            q.speaker = None if np_.kind == "pronoun" and np_.pronoun == "it" and cue is None \
                else self._resolve(np_, pos)
            if q.speaker is not None:
                self._push(pos, q.speaker)
            return self._dated(q, cue)
        return self._dated(q, None)

    def _kind(self, sp: Span, before: str) -> str:
        content = self.body[sp.start:sp.end].lstrip()
        lead = before.rstrip()
        if content[:1].islower() or (lead and lead[-1].isalnum() and not lead.endswith(("said", "says"))):
            return "partial"
        return "direct"

    def _carried(self, q: Quote, prev: Quote) -> Quote:
        """The quotation with the previous one's speaker, cue and date carried on to it."""
        if prev.start < self._sentence_of(q.start)[0]:
            self._carried_over = q  # (from a sentence before: a tag of its own may still close this one)
        q.speaker, q.mention, q.cue = prev.speaker, prev.mention, prev.cue
        q.date, q.date_source, q.date_precision = prev.date, prev.date_source, prev.date_precision
        return self._dated(q, None)

    def _continues(self, prev_span: Span | None, sp: Span, speaker: str) -> bool:
        """A quote with no cue of its own carries on the previous speaker when nothing but
        attribution text stands between them: the rest of a split quote, or the next
        paragraph of the same speech."""
        if prev_span is None:
            return False
        gap = self.masked[prev_span.close + 1:sp.open]
        pa, pb = self._para_of(prev_span.open), self._para_of(sp.open)
        if pb - pa > 1:
            return False
        if pb == pa + 1:
            # The new paragraph must open with the quote, and the previous quote must have
            # ended its paragraph but for its attribution (or run on unclosed).
            para_start = self.paras[pb][0]
            return not self.masked[para_start:sp.open].strip() and (
                not prev_span.closed or len(self.masked[prev_span.close + 1:self.paras[pa][1]].split()) <= 30)
        # Same paragraph: only a cue clause or joining words may stand between, and no one
        # else put in focus by a sentence of its own ("..., said Sara Walker. Howard Dean
        # disagreed. "..."; not `said Aida. Biden "kind of misspoke."`, Aida's words about Biden)
        stop = prev_span.close + 1 + _last_stop(gap)
        return len(gap.split()) <= 16 and not self._has_other_subject(gap) \
            and not self._other_in_focus(prev_span.close, stop, speaker) \
            and not self._newcomer_acts(stop, sp.open, speaker)

    def _newcomer_acts(self, a: int, b: int, speaker: str) -> bool:
        """Whether the quotation's own sentence, from a to b, brings in someone named for the
        first time who does something before it: `said Marc Fesneau. Interior Minister
        Gerald Darmanin ordered police to show "restraint"` is Darmanin's word (not `said
        Aida. Biden "kind of misspoke."`, Aida's words about him)."""
        k = bisect_right(self.events, b, key=lambda e: e.pos)
        for e in self.events[max(0, k - LOOKBACK):k]:
            if e.pos < a or e.person is None or e.person.name == speaker:
                continue
            if any(f.person is e.person for f in self.events if f.pos < e.pos):
                return False  # (someone the text has named before)
            return bool(re.match(r"[^\"\u201c]*?[A-Z][\w'\u2019-]*,?\s+[a-z]+\s+[a-z]",
                                 self.masked[e.pos:b]))
        return False

    def _same_voice(self, prev: Quote, prev_span: Span | None, sp: Span, s0: int) -> bool:
        """A quotation that is a sentence of its own, with no speaker found for it, in the
        paragraph of a quotation whose speaker is known, with no one else in focus between
        (`"...," said Freddy Ortega, ... who also stars in the show. But the Trump face on
        the billboards hasn't hurt interest. "It's had a marvelous result."`): the same
        speaker's."""
        lead = self.masked[s0:sp.open].rstrip()
        if prev_span is None or self._para_of(prev_span.open) != self._para_of(sp.open) \
                or lead and not lead.endswith((".", "!", "?")) or not self.body[sp.start:sp.start + 1].isupper():
            return False  # (the splitter may keep a sentence before the quotation with it)
        return not self._other_in_focus(prev_span.close, sp.open, prev.speaker.name) \
            and not _NAME_COLON.search(self.masked[prev_span.close + 1:sp.open])

    def _other_in_focus(self, a: int, b: int, speaker: str) -> bool:
        """Whether the text between a and b puts a person other than the speaker in focus."""
        k = bisect_right(self.events, b, key=lambda e: e.pos)
        return any(e.pos > a and e.person is not None and e.person.name != speaker
                   for e in self.events[max(0, k - LOOKBACK):k])

    def _bare_tag(self, after: str, offset: int):
        """`"...," Hannity started.`: a quotation that breaks off on a comma (or ? or !)
        and a sentence of nothing but a subject and one past-tense verb is attribution,
        whatever the verb."""
        m = _BARE_TAG.match(after)
        if m is None:
            inv = _BARE_TAG_INV.match(after)
            if inv is None or inv.group(1).lower() in _NOT_TAG or inv.group(2).startswith("by "):
                return None  # (nor a passive's agent: `the unit known as the "Midnight Crew,"
                # directed by then-Cmdr. Jon Burge.`)
            # `"...," exhorted Clinton's introducer, actress Jamie Lee Curtis.`: the name
            # after a role set off by a comma, else the phrase after the verb
            parts = [p_.strip() for p_ in inv.group(2).split(",") if p_.strip()]
            np_ = parse_np(parts[-1]) if len(parts) > 1 else None
            if np_ is None or np_.kind != PERSON or len((np_.name or "").split()) < 2:
                np_ = self._np_after(inv.group(2))
            if np_ is None or np_.kind not in (PERSON, "description", "anonymous"):
                return None
            return np_, Cue(inv.start(1), inv.end(1), inv.group(1)), offset + inv.start(1)
        if m.group(2).lower() in _NOT_TAG:
            return None
        np_ = self._np_before(m.group(1))
        if np_ is None or np_.kind not in (PERSON, "pronoun") or np_.text != m.group(1).strip():
            return None
        return np_, Cue(m.start(2), m.end(2), m.group(2)), offset + m.start(2)

    def _cue_follows(self, after: str) -> bool:
        words = after.lstrip(" ,\u2014\u2013-").split()[:1]
        return bool(words) and words[0].rstrip(",.:;").lower() in TAG_VERBS

    def _has_other_subject(self, gap: str) -> bool:
        """`Clinton: "..." Bush: "..."`: a name and a colon hand the next quote to someone."""
        return bool(_NAME_COLON.search(gap))

    # --- cues --------------------------------------------------------------------------
    def _cues(self, text: str) -> list[Cue]:
        cues = []
        for m in WORD.finditer(text):
            w = m.group()
            # A capitalised word is a name's ("Islamic State", "West Point"), not a verb,
            # unless it opens the text
            if w.lower() in CUE_VERBS and (w[0].islower() or not text[:m.start()].strip(" \"\u201c\u201d,")):
                if _DETERMINER_END.search(text, max(0, m.start() - 24), m.start()):
                    continue  # "calling the charge", "his remarks": a noun, not the verb
                if not w.lower().endswith("ing") and text.endswith(" of ", max(0, m.start() - 4), m.start()):
                    continue  # "the secretary of state": a noun (but "accused of saying")
                if (w.lower() in _NOUN_CUES or w.lower()[-1:] == "s" and w.lower()[:-1] in _NOUN_CUES) \
                        and text[m.end():m.end() + 1] in (",", ".", ";") \
                        and _NAMED_NOUN_PHRASE_END.search(text, max(0, m.start() - 40), m.start()) \
                        or w.lower() in _NOUN_CUES and _A_NAMED_END.search(text, max(0, m.start() - 40), m.start()):
                    # "After the Paris attacks, Trump ...": a noun ending a preposition's object;
                    # "describing as "unhinged" a Donald Trump tweet": a noun after "a"
                    continue
                if w.lower() in _NOUN_CUES:
                    nxt = _NEXT_WORD.match(text, m.end())
                    if nxt and nxt.group(1).lower() in ROLE_NOUNS | TITLE_WORDS:
                        continue  # "Clinton's Colorado state director", "a post office": a modifier
                    if _NOUN_PHRASE_END.search(text, max(0, m.start() - 40), m.start()) \
                            or _PREPOSITION_END.search(text, max(0, m.start() - 40), m.start()):
                        continue  # "the 2012 attack", "his latest post", "during public comment": a noun
                if w.lower().endswith("ed") and _AFTER_WHAT.search(text, max(0, m.start() - 60), m.start()) \
                        and re.search(r"[.!?]\s", text[m.end():]):
                    # `... on a call after Tesla reported results. "It's happening in June."`:
                    # when, in a sentence before, not who speaks (but `after Clinton argued
                    # that "..."`)
                    continue
                if w.lower() in ("accused", "charged", "suspected", "convicted") \
                        and re.match(r"\s+(?:of|with)\s", text[m.end():m.end() + 6]):
                    continue  # "the man accused of killing three people": a participle (the verb has an object)
                if w.lower().startswith("continu") and re.match(r"\s+to\s", text[m.end():m.end() + 5]):
                    continue  # "Rubio will continue to be": an aspect verb, not a reprise
                cues.append(Cue(m.start(), m.end(), w))
        for m in CUE_PHRASE_RE.finditer(text):
            cues.append(Cue(m.start(), m.end(), m.group()))
        cues.sort(key=lambda c: c.start)
        return cues

    def _cue_after(self, after: str, offset: int):
        """`"...," she told reporters` / `"...," said Caddell` / `"...," according to X`."""
        if not after.strip() or after.lstrip()[:1] in ("(",):
            return None
        stripped = after.lstrip(" ,\u2014\u2013-")
        lead_ws = len(after) - len(stripped)
        words = stripped.split()
        if not words:
            return None
        for cue in self._cues(stripped):
            left = stripped[:cue.start]
            if len(left.split()) > 14 and left.rstrip().endswith(",") and cue.text.lower() in TAG_VERBS:
                # `"...," Scott Pruitt, the attorney general of Oklahoma, one of the states
                # suing the EPA, said`: a name and its appositives, however long
                np_ = self._np_before(left)
                if np_ is not None and np_.kind == PERSON and left.lstrip().startswith(np_.text):
                    return np_, cue, offset + lead_ws + cue.start
            if len(left.split()) > 14:
                # The quote's sentence runs on to a closing `..., Nefzi said.`
                tail = stripped[cue.end:].strip(" .;")
                short = len(tail.split()) <= 3 or (len(tail.split()) <= 6 and tail.split()[0].lower() in (
                    "in", "on", "at", "to", "during", "after", "before", "from"))
                if cue.text.lower() in TAG_VERBS and "," in left and short:
                    np_ = self._np_before(left.rsplit(",", 1)[1])
                    if np_ is not None and np_.kind in (PERSON, "pronoun", "anonymous", "organization"):
                        return np_, cue, offset + lead_ws + cue.start
                if cue.text.lower() in _INVERTING and left.rstrip().endswith(",") and _SENTENCE_TAIL.match(tail):
                    # `... a "summer of agony" for Clinton, forcing her to ..., said Brad
                    # Bannon, a Democratic pollster.`: an inverted tag closing the sentence
                    np_ = self._np_after(stripped[cue.end:])
                    if np_ is not None and np_.kind in (PERSON, "anonymous") and not _CLAUSE_AFTER_NP.match(
                            stripped, cue.end + stripped[cue.end:].find(np_.text) + len(np_.text)):
                        return np_, cue, offset + lead_ws + cue.start
                break
            prev_word = left.split()[-1].lower() if left.split() else ""
            if prev_word in RELATIVE:
                continue  # "a US official who requested anonymity clarified"
            if _NEXT_CLAUSE.search(left):
                break  # `"wonderful donors" in the audience, and she asked ...`: another clause
            if _SUBORDINATE_AFTER.match(left):
                break  # `... meet Kim "anywhere, anytime," even as aides urged caution`: a clause of its own
            words_left = left.split()
            while words_left and words_left[-1] in ADVERBS | _FINITE:
                words_left.pop()
            rel = _WHAT_SUBJECT.search(" ".join(words_left)) if not left.rstrip().endswith(",") else None
            if rel is not None and (rel.group(0).split()[0].lower() == "what" or left[:rel.start()].strip(" ,")) \
                    or _OPEN_RELATIVE.search(left) and left[:_OPEN_RELATIVE.search(left).start()].strip(" ,"):
                # `"fair" to him, engaging in what analysts described as ...`, `"...,"
                # reminding them that Trump has denounced ...`: a clause of its own about
                # something else (unlike `the "witch hunt" that Trump decried`); `... to
                # "dictators" and followed up with an attack on Trump, who has said ...`: the
                # cue is the relative clause's, of words after it
                break
            if cue.text.lower() == "according to" or not left.strip(" ,") and not cue.text.lower().endswith("ing") \
                    and (cue.text.lower() in TAG_VERBS or cue.text.lower().endswith(("s", "ed"))):
                # (`"...," telling Fox 35 that ...`: a participle's object is no speaker; nor
                # is what follows a bare form: `would "rescue" state oil company Pemex`)
                np_ = self._np_after(stripped[cue.end:])
                if np_ is not None:
                    return np_, cue, offset + lead_ws + cue.start
                if cue.text.lower() == "according to":
                    continue
            np_ = self._np_before(left) or (_someone_by_trade(left.strip(" ,")) if cue.text.lower() in TAG_VERBS else None)
            if np_ is not None:  # (and `"...," one user wrote`: a doer the lexicon does not know)
                return np_, cue, offset + lead_ws + cue.start
            head = _NAME_THEN_APPOSITIVE.match(left)
            if head and cue.text.lower() in TAG_VERBS:
                # `"...," Nate Silver, the polling guru who founded fivethirtyeight.com
                # tweeted`: an appositive no second comma closes
                np_ = parse_np(head.group(1))
                if np_ is not None and np_.kind == PERSON and len((np_.name or "").split()) >= 2:
                    return np_, cue, offset + lead_ws + cue.start
            if left.rstrip().endswith(",") and cue.text.lower() in TAG_VERBS:
                # The quote's own sentence runs on before an inverted cue: `"It seems
                # unlikely" that Sanders can win, said Steve Elmendorf, ...`
                np_ = self._np_after(stripped[cue.end:])
                if np_ is not None and np_.kind != "pronoun" and not _CLAUSE_AFTER_NP.match(
                        stripped, cue.end + stripped[cue.end:].find(np_.text) + len(np_.text)):
                    return np_, cue, offset + lead_ws + cue.start
            # "... barriers," he said: nothing else may come between the quote and a cue
        return None

    def _cue_before(self, before: str, offset: int):
        """`X said: "..."`, `the chancellor stressed that migrants "are ..."`."""
        lead = _ACCORDING_LEAD.match(before)
        if lead:
            # `According to the chancellor, both delegations agreed to "..."`, `According to
            # GMA News, Salceda called it "..."`: the source the sentence opens with reports
            # everything in it (as annotators credit it)
            np_ = self._np_after(lead.group(1))
            if np_ is not None and np_.kind != "pronoun":
                # (the words the text used: "according to", "in the words of")
                cue = " ".join(before[lead.start():lead.start(1)].split()).lower()
                return np_, Cue(lead.start(), lead.start(1) - 1, cue), offset + lead.start(1)
        return self._cue_before_in(before, offset)

    def _cue_before_in(self, before: str, offset: int):
        carried = None
        for carried in _QUOTED_AS_SAYING.finditer(before):
            pass
        if carried is not None and not re.search(r"[.;!?]\s", before[carried.end():]):
            np_ = self._np_after(carried.group("np"))
            if np_ is not None and np_.kind in _QUOTED_KINDS:
                return np_, Cue(carried.start("cue"), carried.end("cue"), "as " + carried.group("cue")), \
                    offset + carried.start("np")
        cues = self._cues(before)
        noun = _NOUN_FROM_THAT.search(before)
        if noun is not None and noun.group(1).lower() in SPEECH_NOUNS and (not cues or noun.start() > cues[-1].start):
            # `Netanyahu said ..., rejecting a warning from U.S. President Joe Biden that it
            # would be a "red line."`: the words are in what the warning says, Biden's
            np_ = parse_np(noun.group(2))
            if np_ is not None and np_.kind in (PERSON, ORGANIZATION, GROUP):
                return np_, Cue(noun.start(1), noun.end(1), noun.group(1)), offset + noun.start(2)
        # A cue in another clause does not govern the quote: in `X said on Wednesday, as
        # U.S. officials sought to stem "irregular migration"` the words are the officials'.
        for m in CLAUSE_START.finditer(before):
            if cues and m.start() < cues[-1].start:
                continue
            if re.search(r"[a-z]{2}[.!?]\s*$", before[m.end():]) and not re.match(r"(?:,|;)\s*but\s|;", m.group()):
                # (a quotation after the sentence: "...," said Marta Lopez, as her German shepherd,
                # Zeus, worked through the rubble. "...": no subordinate clause's subject speaks it)
                continue
            np_ = self._np_prefix(before[m.end():])
            if np_ is not None:
                return np_, None, offset + m.end()
        for cue in reversed(cues):
            left = before[:cue.start]
            by = re.match(r"\s+by\s+([^,;:]{2,80}?)\s+as\s", before[cue.end:]) \
                if cue.text.lower().endswith("ed") else None
            agent = parse_np(by.group(1)) if by else None
            if agent is not None and agent.kind in (PERSON, ORGANIZATION, GROUP, "description", ANONYMOUS):
                # `Benny Tai, described by the judges as the "organiser"`: a passive's agent
                return agent, cue, offset + cue.end + by.start(1)
            if cue.text.lower().endswith("ing") and re.match(r"\s+[a-z]", before[cue.end:]) \
                    and re.search(r"[.!?]\s*$", before) and any(c.start < cue.start for c in cues):
                # `..., Zelenskiy wrote on Telegram, posting pictures of the freed men. "..."`: a
                # participle whose object ends the sentence is no tag for the words after it
                continue
            if cue.text.lower() == "according to" and re.search(r"[.!?]\s*$", before) \
                    and any(c.start < cue.start for c in cues):
                # `"...," Li told a meeting, according to state broadcaster CCTV. "..."`: the
                # source of the report closing the tag says nothing of who speaks next
                continue
            if any(c.text.lower() in _REPORTING for c in cues if c.start < cue.start
                   and _THAT_BETWEEN.match(before, c.end, cue.start)
                   and not _CLAUSE_MARK.search(before, c.end, cue.start)):
                # `Trudeau told reporters that Canada would respond "forcefully"`: a verb
                # inside what an earlier verb of saying reports is not the quotation's cue
                continue
            if cue.text.lower() == "according to" or re.match(r"in (a|an|his|her|their|its|the) ", cue.text, re.I):
                np_ = self._np_after(before[cue.end:]) if cue.text.lower() == "according to" else None
                if np_ is not None:
                    return np_, cue, offset + cue.start
                if cue.text.lower() == "according to":
                    continue
                if any(c.text.lower() in _REPORTING for c in cues if c.start < cue.start):
                    continue  # `X told MSNBC's Rachel Maddow in an interview`: the verb's subject speaks
                np_ = self._np_before(left, subordinate=True)
                if np_ is None:
                    # "In a statement, the campaign said ..." - look for a verb cue later
                    continue
                return np_, cue, offset + cue.start
            prev_word = left.split()[-1].lower() if left.split() else ""
            if prev_word in RELATIVE and cue.text.lower() not in ("said", "says"):
                rel = _PERSON_WHO.search(left)
                if rel is not None:
                    # `a damning reaction from President Barack Obama, who called the
                    # nominee "unfit to serve"`: the person the clause hangs on
                    words = rel.group(1).split()
                    for k in range(min(6, len(words)), 0, -1):
                        np_ = parse_np(" ".join(words[-k:]))
                        if np_ is not None and np_.kind == PERSON and np_.name and (
                                len(np_.name.split()) >= 2 or self.register.known(np_.name)):
                            return np_, cue, offset + rel.end(1) - 1
                continue
            joined = _WITH_AND_SUBJECT.search(left) if cue.text.lower().endswith("ing") else None
            np_ = parse_np(joined.group(1)) if joined else None
            if np_ is not None and np_.kind in (PERSON, ORGANIZATION, GROUP):
                # "with the Vermont senator accusing his rival of ... and Clinton calling the
                # charge an "artful smear"": the second participle's own subject
                return np_, cue, offset + joined.start(1)
            perfect = re.search(r",\s*having\s*$", left) if cue.text.lower().endswith("ed") else \
                re.search(r"(?:,|(\s[-\u2014\u2013]))\s*(?:while|when|after|before|by|without)\s*$", left) \
                if cue.text.lower().endswith("ing") else None  # (or `..., while chanting "..."`)
            if cue.text.lower().endswith("ing") and left.rstrip().endswith(",") or perfect:
                # A participle clause (`X criticized the deal reached in Paris, saying "..."`,
                # `..., having called him a "reformer"`) has the subject of the clause it
                # hangs on, not the nearest name; that clause may begin before an earlier
                # quotation in the sentence.
                lead = left[:perfect.start()] if perfect else left.rstrip()[:-1]
                if perfect and perfect.lastindex:
                    lead = left[:perfect.end(1)] + " "  # the dash may close an aside
                # (past when it was said: "..., keepers said on Monday, calling ...")
                tag = re.search(r"(\S+)\s*$", TIME_TAIL.sub("", lead.rstrip()))
                if tag and tag.group(1).lower() in TAG_VERBS:
                    # `..., Nefzi said, adding, "..."`: the participle hangs on the tag
                    np_ = self._np_before(lead[:tag.start()])
                    if np_ is not None:
                        return np_, cue, offset + tag.start()
                if offset > 0 and self.body[offset - 1] in _CLOSING_MARKS:
                    # `"...," said a committee member who supports Trump, asking for
                    # anonymity. "..."`: the participle hangs on the last quotation's tag
                    tagged = self._cue_after(lead, offset)
                    if tagged is not None:
                        return tagged[0], cue, tagged[2]
                found = self._subject_before(offset, lead)
                if found is not None:
                    return found[0], cue, found[2]
            if cue.text.lower().endswith("ing") and _COORDINATED_END.search(left):
                # `Axelrod emailed her, addressing her as "Hillary" and telling her, "..."`:
                # a participle joined to an earlier one hangs where that one hangs (which
                # may be before an earlier quotation in the sentence)
                s0 = min(self._sentence_of(offset)[0], offset)
                whole = self.masked[s0:offset] + left
                paired = _PAIRED_PARTICIPLE.search(whole)
                found = self._hanging_subject(whole[:paired.start()], s0) if paired else None
                with_ = _WITH_PAIRED.search(whole) if found is None else None
                if with_ is not None:
                    # `with Donald Trump tweeting that it was a "disaster" and asking, "..."`
                    np_ = self._np_before(with_.group(1))
                    found = (np_, None, s0 + with_.start(1)) if np_ is not None else None
                if found is not None:
                    return found[0], cue, found[2]
            absolute = _WITH_SUBJECT.search(left) if cue.text.lower().endswith("ing") else None
            if absolute is not None:
                # `..., with Cruz recently promising to "..."`: the participle's own subject
                np_ = self._np_before(absolute.group(1))
                if np_ is not None:
                    return np_, cue, offset + absolute.start(1)
            if cue.text.lower().endswith("ing") and _DOCUMENT_TO.search(left):
                # `Stanton wrote a letter to Attorney General Loretta Lynch asking ...`: the
                # writer asks, not the addressee
                found = self._subject_before(offset, left)
                if found is not None:
                    return found[0], cue, found[2]
            moved = _MOVED_TO.search(left)
            np_ = self._np_before(moved.group("np")) if moved is not None else None
            if np_ is not None and np_.kind in (PERSON, GROUP, ANONYMOUS, ORGANIZATION, "description"):
                # `..., prompting captain Ben Stokes to concede that his side had been "..."`:
                # the one moved to speak, not the subject of what moved them
                return np_, cue, offset + moved.start("np")
            purpose = _PARTICIPLE_TO.search(left)
            if purpose is not None:
                # `X called for peace, using his Christmas message to urge leaders to "..."`:
                # the infinitive's subject is the participle's, the clause's it hangs on
                found = self._subject_before(offset, left[:purpose.start()])
                if found is not None:
                    return found[0], cue, found[2]
            np_ = self._np_before(left, subordinate=True)
            if np_ is not None:
                return np_, cue, offset + cue.start
            found = None
            if cue.text.lower().endswith("ing") and _DOCUMENT_END.search(left):
                # `X issued a statement saying "..."`: the participle's subject is the clause's
                found = self._subject_before(offset, left)
            elif _COORDINATED_END.search(left) and not self._cues(_ASKED_OPENING.sub("", left)):
                # (an opening "Asked whether ...," is the question, not a cue of its own)
                # A second verb of the same subject: `he paid a visit to the border and
                # explained why "..."`
                found = self._subject_before(offset, _COORDINATED_END.sub("", left))
            if found is not None:
                return found[0], cue, found[2]
            # Inverted in mid-sentence: `..., said Lopez Obrador, "..."` (a verb of saying;
            # after "thanked", "praised" the name is the object)
            np_ = self._np_after(before[cue.end:]) if (not left.strip() or left.rstrip().endswith(",")) \
                and cue.text.lower() in _INVERTING else None
            if np_ is not None and not _CLAUSE_AFTER_NP.match(before, cue.end + before[cue.end:].find(np_.text) + len(np_.text)):
                # (not `..., said his boss was "..."`: the subject of what is said)
                return np_, cue, offset + cue.start
        return None

    def _hanging_subject(self, text: str, s0: int):
        """The subject of the clause a participle hangs on, `text` being the sentence up to
        the participle's comma: the clause right before it (`In June, after Clinton
        suffered a concussion, Axelrod emailed her, ...` hangs on Axelrod), else the
        sentence's."""
        cut = text.rfind(",")
        if cut >= 0:
            last = text[cut + 1:]
            np_ = self._np_prefix(last.lstrip())
            if np_ is not None and np_.kind in (PERSON, "pronoun", ORGANIZATION, "group", "anonymous"):
                return np_, None, s0 + cut + 1 + len(last) - len(last.lstrip())
        return self._clause_subject(text, s0)

    def _subject_before(self, offset: int, lead: str):
        """The subject of the clause that `lead` (the text before a cue, from `offset`) ends
        in, read from the start of the sentence, across any earlier quotation in it."""
        s0 = min(self._sentence_of(offset)[0], offset)
        # `..., looping the streets around the stadium - where the Panthers played the
        # Vikings - while chanting "..."`: an aside set off by dashes is not the clause
        text = _DASH_ASIDE.sub(lambda m: " " * len(m.group()), self.masked[s0:offset] + lead)
        return self._clause_subject(text, s0)

    def _quote_named_after(self, s1: int):
        """`"I'd rather have a sister in a whorehouse ..." That quote from Alabama Securities
        Commissioner Thomas Krebs appeared ...`: the next sentence names the quotation's
        source."""
        m = _QUOTE_FROM.match(self.masked, s1)
        if m is None:
            return None
        np_ = self._np_after(m.group(1))
        if np_ is None or np_.kind not in (PERSON, ORGANIZATION):
            return None
        return np_, None, m.start(1)

    def _closing_tag(self, start: int, end: int):
        """`his endorsements will carry "a great deal of weight" and help bring candidates
        the "grass-roots firepower" they need, DFA spokesman Neil Sroka said.`: the tag that
        closes the sentence attributes every quotation in it."""
        m = _CLOSING_TAG.search(self.masked, start, end)
        if m is None or m.group(2).lower() not in TAG_VERBS:
            return None
        np_ = self._np_before(m.group(1))
        if np_ is None or np_.kind not in (PERSON, "pronoun", "anonymous", ORGANIZATION, "description"):
            return None
        return np_, Cue(m.start(2) - start, m.end(2) - start, m.group(2)), m.start(2)

    def _sentence_colon(self, before: str, offset: int, s0: int):
        """`Perez hammered Trump, calling him a "train wreck," and contrasted him with
        Clinton: "..."`: a colon that closes a sentence with an earlier quotation in it
        introduces the words of the sentence's subject."""
        if offset <= s0 or not before.rstrip().endswith(":"):
            return None
        found = self._subject_before(offset, before.rstrip()[:-1])
        if found is None or found[0].kind not in (PERSON, "pronoun"):
            return None
        return found

    def _owner_before(self, sp: Span, before: str, offset: int):
        """`the persistent pull of Obama's "if you like your plan, you can keep it" promise`:
        an owner before the quotation and a speech noun right after it."""
        m = _OWNER_BEFORE_QUOTE.search(before)
        noun = re.match(r"\s*([a-z]+)\b", self.masked[sp.close + 1:sp.close + 40])
        if m is None or noun is None or noun.group(1) not in SPEECH_NOUNS:
            return None
        np_ = parse_np(re.sub(r"['\u2019]s\s+$", "", m.group(1)))
        if np_ is None or np_.kind not in (PERSON, ORGANIZATION):
            return None
        at = sp.close + 1 + noun.start(1) - offset
        return np_, Cue(at, at + len(noun.group(1)), noun.group(1)), offset + m.start()

    def _possessive(self, before: str, offset: int):
        """`Trump's claim of "thousands of shootings"`."""
        for m in _OWNERS_WORDS.finditer(before):
            # a named owner's, or a role's: "The mayor's message was blunt:"
            if m.group(2).lower() in SPEECH_NOUNS:
                np_ = parse_np(m.group(1))
                if np_ is not None and (np_.kind in ("person", "organization", "group") or np_.kind == "description"
                                        and m.group(1)[:1] in "Tt" and np_.head in ROLE_NOUNS | TITLE_WORDS):
                    return np_, Cue(m.start(2), m.end(2), m.group(2)), offset + m.start()
        for m in re.finditer(r"\b(report|statement|letter|memo|post|tweet|claim|speech|release|interview|email|"
                             r"e-mail|text message|message|note)s?\s+"
                             r"(?:(?:sent|issued|released|posted|written|signed)(?:\s+out)?\s+)?"
                             r"(by|from|in)\s+((?:[Tt]he\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,4}|an?\s+[a-z])", before):
            # `a report by Politico that he "fabricated" ...`, `a statement from the Pentagon`,
            # `a report in The Wall Street Journal about his campaign "hemorrhaging cash"`
            np_ = parse_np(m.group(3))
            whole = self._np_after(before[m.start(3):]) if m.group(2) == "from" else None
            if whole is not None and whole.kind == PERSON and whole.text.startswith(m.group(3)) \
                    and len(whole.text) > len(m.group(3)):
                np_ = whole  # `an email from Clinton aide Huma Abedin read:` (the aide's)
            elif whole is not None and whole.kind == "description" and m.group(3)[:1] == "a" \
                    and whole.head in ROLE_NOUNS | TITLE_WORDS:
                # `A text message from a city manager to a council member read:`: someone unnamed
                np_ = NP("anonymous", whole.text, name=whole.text, head=whole.head, modifiers=whole.modifiers)
            if np_ is not None and (np_.kind == "organization" or np_.kind in ("person", "anonymous") and m.group(2) != "in"):
                return np_, Cue(m.start(1), m.end(1), m.group(1)), offset + m.start(3)
        m = re.search(r"\b(his|her|their)\s+(\w+)\b", before)  # (the word right after the first)
        # (or a word or two after the pronoun, closing the words before: "her March comment that, ")
        m = m if m and m.group(2).lower() in SPEECH_NOUNS else _THEIR_WORDS.search(before)
        if m:
            pron = {"his": "he", "her": "she", "their": "they"}[m.group(1).lower()]
            return NP("pronoun", m.group(1), pronoun=pron), Cue(m.start(2), m.end(2), m.group(2)), offset + m.start()
        return None

    def _clause_subject(self, before: str, offset: int):
        """No cue at all: the words belong to the subject of the clause that carries them
        (`Trump openly admires Putin as a "strong leader"`), when that subject names
        someone; the nearest clause opening is tried first, then the sentence's."""
        lead = before.rstrip()
        if lead.endswith(":"):
            # a speaker's name before a colon: "... - Frank Newport and Jim Harter: "..."",
            # "CLINTON: ..."
            tail = re.split(r"\s[-\u2014\u2013]\s|[\u2014\u2013;]", PARENTHETICAL.sub("", lead[:-1]))[-1]
            if re.match(r"[\s\u2022*\u00b7-]*(?:On|About|Regarding|Re|Concerning|On the subject of)\s", tail):
                return None  # a list's topic, not who spoke: "\u2022 On Hillary Clinton: "Look, I get it.""
            boxed = _boxed_label(tail)
            if boxed is not None:
                return boxed, None, offset + len(lead) - len(tail) - 1
            np_ = parse_np(tail) if len(tail.split()) <= 6 else None
            if np_ is not None and np_.kind in (PERSON, "group", "organization"):
                return np_, None, offset + len(lead) - len(tail) - 1
            words = tail.split()
            for k in range(max(1, len(words) - 6), len(words) - 1):
                # a person the clause ends on: "The surge doesn't surprise pollster Daron Shaw:"
                np_ = parse_np(" ".join(words[k:]))
                if np_ is not None and np_.kind == PERSON and len((np_.name or "").split()) >= 2:
                    return np_, None, offset + len(lead) - 1
                if np_ is not None:
                    break
        starts = [m.end() for m in CLAUSE_START.finditer(before)]
        dateline = DATELINE.match(before)
        base = dateline.end() if dateline else 0
        intro = SENTENCE_INTRO.match(before, base).end()  # its group is optional: always a match
        if lead.endswith(":") and "," in before:
            # `When Trump suggested ..., Rubio fired back forcefully: "..."`
            starts.append(before.rindex(",") + 1)
        opener = _OPENING_SUBORDINATOR.match(before, base)
        if opener and not before[base:intro].strip():
            starts.append(opener.end())  # no comma closes it: `When Trump finally wrapped up — "..."`
        starts = sorted(set(starts + [intro]), reverse=True)
        for st in starts:
            np_ = self._np_prefix(before[st:])
            if np_ is not None and np_.kind in ("person", "organization", "group", "anonymous", "pronoun"):
                return np_, None, offset + st
            if np_ is not None and np_.kind == "description" and (
                    np_.head in ROLE_NOUNS or np_.head in DEMONYMS or np_.head in _RANKS):
                # "A federal judge on Thursday blocked the law, calling it \"...\"": a role
                # ("the Spaniard smiled and said: ...": the person in focus, by nationality;
                # "The pontiff also urged ...")
                return np_, None, offset + st
        return None

    def _paragraph_lead(self, sp: Span):
        """A paragraph that is only a quotation, after a paragraph whose last sentence opens
        with a person (`Valastro praised Christie's record. / "We need someone ..."`): that
        person's words."""
        p = self._para_of(sp.open)
        lead = self.masked[self.paras[p][0]:sp.open].rstrip()
        end = self.masked.find("\n", sp.close + 1, self.paras[p][1])  # (a line of its own is one too)
        rest = self.masked[sp.close + 1:self.paras[p][1] if end < 0 else end].strip()
        if rest and not _ONLY_QUOTES.fullmatch(rest) or p <= 0 and not lead:
            return None  # (other quotations alone may follow it, one to a line)
        if lead:
            # or a quotation that ends its paragraph, after a sentence of it that opens with
            # a person: `... the Spaniard smiled. "The fans trust us."`
            aside = _CLOSING_ASIDE.search(lead)
            if aside is not None:
                # (past an aside in parentheses: `Richards also spoke about the case. (The laws
                # require ... 20 weeks.) "Roe v. Wade is the law of the land ..."`)
                lead = lead[:aside.start()].rstrip()
            if not lead.endswith((".", "!", "?")):
                return None
            ps, pe = self.paras[p][0], self.paras[p][0] + len(lead)
        else:
            ps, pe = self.paras[p - 1]
        s0, _ = self._sentence_of(max(ps, pe - 1))
        for e in self._events_before(pe):
            if e.pos < s0:
                break
            if e.person is not None:
                return NP(PERSON, e.person.name, name=e.person.name), None, e.pos
        he = re.match(r"\s*(He|She)\s+[a-z]", self.masked[s0:pe])
        person = self._pronoun_person(he.group(1).lower(), s0) if he else None
        if person is not None:
            # `He lost 60 ewes that night. / "You don't forget a thing like that."`: the
            # person that "he" is
            return NP(PERSON, person.name, name=person.name), None, s0
        spoke = [m for m in _NAME_SPOKE.finditer(self.masked, s0, pe)]
        if spoke:
            # `..., since Trump spoke only in evasive bromides during the interview. / "We
            # have to be a lot tougher."`: the one who spoke last in it
            m = spoke[-1]
            np_ = parse_np(m.group(1))
            person = self._person(np_.name, m.start()) if np_ is not None and np_.kind == PERSON and np_.name else None
            if person is not None:
                return NP(PERSON, person.name, name=person.name), None, m.start()
            head = self.headline
            if np_ is not None and np_.kind == PERSON and np_.name and head is not None and head.kind == PERSON \
                    and head.name and head.name.split()[-1] == np_.name.split()[-1]:
                return head, None, m.start()  # (the headline's "Cecile Richards:", named by her surname since)
        # `the DNC issued a statement apologizing to Sanders. / "On behalf of ..."`: an
        # organisation that opens that sentence and issues words in it
        k = bisect_right(self.orgs, pe, key=lambda o: o[0]) - 1
        if k >= 0 and self.orgs[k][0] >= s0 and self.orgs[k][1] and _ISSUES_WORDS.search(self.masked[s0:pe]):
            name = self.orgs[k][1]
            return NP(ORGANIZATION, name, name=name), None, self.orgs[k][0]
        return None

    def _answer(self, sp: Span):
        """An interview laid out as `Q: ...` / `A: "..."`: the answers are the words of the
        person the article last named outside the questions."""
        p = self._para_of(sp.open)
        if not _ANSWER.fullmatch(self.masked[self.paras[p][0]:sp.open]) and not self._after_question(sp, p):
            return None
        for e in self._interview_events(self.paras[p][0]):
            return NP(PERSON, e.person.name, name=e.person.name), None, e.pos
        one = self._one_introduced(self.paras[p][0])
        return (NP(PERSON, one.name, name=one.name), None, self.masked.find(one.name)) if one else None

    def _called_by_surname(self, last: str, start: int) -> bool:
        """Whether the text calls someone by this surname alone after `start` (not after a
        first name: "Sandy Hook" again; nor before another name: "Hook Road")."""
        i = self.masked.find(last, start)
        while i >= 0:
            j = i + len(last)
            if not (self.masked[i - 1].isalnum() or self.masked[i - 1] in ".'\u2019-") \
                    and not self.masked[j:j + 1].isalnum() and not _NAME_AFTER.match(self.masked, j) \
                    and not _NAME_BEFORE.search(self.masked, max(0, i - 30), i):
                return True
            i = self.masked.find(last, j)
        return False

    def _one_introduced(self, pos: int) -> Person | None:
        """No one heard yet: the one person an interview's introduction names ("Reuters spoke
        to Emma Howard Boyd, chair of the Transition Plan Taskforce, about what changes.")."""
        intro = self.masked[:pos]
        named = [person for person in self.register.people if " " in person.name and person.name in intro]
        return named[0] if len(named) == 1 else None

    def _after_question(self, sp: Span, p: int) -> bool:
        """A quotation that is its whole paragraph, after a paragraph that is an unmarked
        question (`What are you doing about it?` / `"We are building ..."`), in a text with
        two such questions or more: an interview's answer."""
        a, b = self.paras[p]
        if p == 0 or self.masked[a:sp.open].strip() or self.body[sp.close + 1:b].strip(" .\"\u201d"):
            return False  # (the quotation is the whole paragraph)
        if self._questions is None:  # one pass over the text, however many quotations it has
            quoted = {q.para for q in self.spans}
            self._questions = {k for k, (q0, q1) in enumerate(self.paras) if k not in quoted
                               and self.masked[q0:q1].rstrip().endswith("?") and len(self.masked[q0:q1].split()) <= 40}
        return p - 1 in self._questions and len(self._questions) >= 2

    def _interview_events(self, pos: int):
        """The people the article named before `pos` outside the interviewer's questions,
        nearest first: whom an answer belongs to."""
        for e in self._events_before(pos):
            if e.person is None:
                continue
            q0 = self.paras[self._para_of(e.pos)][0]
            if _QUESTION.match(self.masked[q0:q0 + 12]):
                continue  # someone the interviewer asked about
            yield e

    def _interviewee(self, pos: int) -> SpeakerRef | None:
        e = next(self._interview_events(pos), None)
        one = e.person if e is not None else self._one_introduced(pos)
        return self._ref(one) if one is not None else None

    def _dash_byline(self, sp: Span):
        """A byline after a dash names the speaker: `"..." \u2015 Sonya Herridge` at the end of
        the quote's line (readers' voices, epigraphs, quoted posts), or a paragraph that is
        only `- Sanders.` after a paragraph the quote ends (fact-check layouts)."""
        if not sp.closed:
            return None
        p = self._para_of(sp.open)
        pe = self.paras[p][1]
        line_end = self.masked.find("\n", sp.close + 1, pe)
        pos = sp.close + 1
        rest = self.masked[pos:pe if line_end < 0 else line_end]
        if not rest.strip() and line_end < 0 and p + 1 < len(self.paras):
            pos, ne = self.paras[p + 1]
            rest = self.masked[pos:ne]
        m = _BYLINE.match(rest)
        if m is None:
            return None
        name = m.group(1).split(",")[0].strip().rstrip(".")
        if not name or len(name.split()) > 6:
            return None
        np_ = parse_np(name)
        if np_ is None or np_.kind not in (PERSON, ORGANIZATION):
            return None
        after = m.group(1).split(",", 1)[1].strip().rstrip(".") if "," in m.group(1) else ""
        if np_.kind == PERSON and not np_.role and after:
            np_.role = _appositive_role(after)  # "— Norm Eisen, former White House ethics czar"
        return np_, None, pos + m.start(1)

    def _after_colon_paragraph(self, sp: Span) -> bool:
        """Whether a paragraph ending in a colon comes before the quote's: a block quotation
        someone introduced (`From Josh Feldman writing at Mediaite:`)."""
        p = self._para_of(sp.open)
        return any(self.masked[a:b].rstrip().endswith(":") for a, b in self.paras[max(0, p - 2):p])

    def _colon_lead(self, sp: Span):
        """A quote that opens its paragraph after a paragraph ending `X continued:`."""
        p = self._para_of(sp.open)
        if p <= 0 or self.masked[self.paras[p][0]:sp.open].strip():
            return None
        ps, pe = self.paras[p - 1]
        prev_text = self.masked[ps:pe].rstrip()
        if not prev_text.endswith(":"):
            return None
        s0, _ = self._sentence_of(pe - 1)
        found = self._cue_before(self.masked[s0:pe].rstrip()[:-1], s0)
        if found is None and (m := _FROM_WRITING.match(self.masked, s0, pe)):
            # `From Josh Feldman writing at Mediaite:`, `From Jack Kelly, writing for ...:`
            np_ = parse_np(m.group(1))
            if np_ is not None and np_.kind in (PERSON, ORGANIZATION):
                found = np_, None, m.start(1)
        return found

    # --- noun phrases ------------------------------------------------------------------
    def _np_before(self, left: str, subordinate: bool = False) -> NP | None:
        """The speaker phrase right before a cue. `subordinate`: the cue may be the verb of a
        clause opened by `while`, `when`... (it precedes the quote, so it governs it)."""
        accused = _ACCUSED_SUBJECT.search(left)
        if accused is not None:
            # "The man accused of killing three people in Boston said": the man, described
            np_ = parse_np(accused.group("head"))
            if np_ is not None and np_.kind in ("description", "anonymous"):
                whole = " ".join(accused.group("whole").split())
                np_.text = whole
                if np_.kind == "anonymous":
                    np_.name = whole
                return np_
        np_ = _with_listed_name(self._np_before_cue(left, subordinate), left)
        if np_ is not None and np_.kind == "pronoun" and np_.pronoun in ("him", "her"):
            return None  # an object, never the subject: "Collins thanked him in a statement and said"
        if np_ is None and (m := re.search(r"(?:^|[,;\u2014]\s*|^\s+)([A-Z][a-z'\u2019-]+)\s*$", left)):
            np_ = self._surname_of_someone(m.group(1))
        if np_ is None and re.search(r"(?:^|[\"\u201d],?)\s*one\s*$", left):
            np_ = NP(ANONYMOUS, "one", name="one")  # `"...," one said`: one of the people just described
        return np_

    def _surname_of_someone(self, word: str) -> NP | None:
        """`"...," Green said.`: a surname that is also a title or a party word ("Green",
        "Major", "Justice") is a person's when the text has named someone so."""
        return NP(PERSON, word, name=word) if self.register.lookup(word) or self.register.sharing(word) else None

    def _np_before_cue(self, left: str, subordinate: bool) -> NP | None:
        t = left.rstrip()
        # Drop trailing adverbs and time phrases between the subject and its verb.
        for _ in range(6):
            before = t
            toks = t.split()
            # (a time phrase first: "a year earlier" is one, not the adverb "earlier")
            m = TIME_TAIL.search(t) or (_OCCASION_TAIL.search(t) if toks and toks[-1].lower() in _OCCASIONS else None)
            if m and m.start() > 0:
                t = t[: m.start()].rstrip()
            elif toks and (_is_adverb(toks[-1].strip(",")) or toks[-1] in _BEFORE_VERB and len(toks) > 1):
                t = t[: t.rfind(toks[-1])].rstrip()  # (and "Allen did suggest")
            if t == before:
                break
        t = t[_after_dateline(t):]  # "SEATTLE (Reuters) - ": where the story was filed, never a speaker
        t = PARENTHETICAL.sub("", t).rstrip()
        t = PARTY_TAG.sub("", t).rstrip()
        t = _TRAILING_PLACE.sub(lambda m: m.group(1), t)  # "Stacy Baker of Columbia, South Carolina says"
        t = _TOWN_STATE_END.sub(lambda m: m.group(1), t)  # "..., speaking at a rally in San Jose, Calif., said"
        t = _ASIDE_END.sub(",", t)  # "The Secretary of State, for his part, thanked" (its comma stays)
        t = _PART_OF_THEM_END.sub("", t)  # "The protesters, some of them students, said"
        t = _ONE_OF_BODIES_END.sub("", t)
        pron = _WHOSE_THEN_PRONOUN.search(t)
        if pron:
            # "James Comey, whose letter to Congress she describes as": the pronoun right
            # before the verb is its subject, not the name the clause hangs on
            return NP("pronoun", pron.group(1), pronoun=pron.group(1).lower())
        named = self._name_before_relative(t)
        if named is not None:
            return named
        # (a comma between digits is a number's: "which represents 33,000 striking workers")
        segments = re.split(r"(?<!\d),|,(?!\d{3}\b)|\u2014|\u2013|\u2015| - |\(|\)|;|:",
                            _LISTED_INSTITUTION.sub(_hide_commas, t))
        tried = 0
        segs = [x.replace(_HIDDEN_COMMA, ",").strip() for x in segments]
        parts = [x for x in segs if x]
        if len(parts) >= 2 and _DOCUMENT_HEAD.fullmatch(parts[-2]) and (by := _BY_AGENT.fullmatch(parts[-1])):
            np_ = parse_np(by.group(1))
            if np_ is not None and np_.kind in (PERSON, ORGANIZATION, GROUP):
                return np_
        rel_subject = _RELATIVE_SUBJECT.fullmatch(parts[-1]) if parts and not t.endswith(",") else None
        if rel_subject is not None:
            # "ISIL, which French officials have said was responsible", "a charity in Khartoum,
            # Sudan, that prosecutors said was": the relative clause's own subject speaks
            np_ = parse_np(rel_subject.group(2))
            if np_ is not None and np_.kind in (PERSON, ORGANIZATION, GROUP, "description", "anonymous", "pronoun"):
                return np_
        pair = _pair_named_apart(parts) if len(parts) >= 2 else None
        if pair is not None:
            return pair
        listed = _listed_names(parts) if len(parts) >= 2 and not t.endswith(",") else None
        if listed is not None:
            return listed
        if len(parts) >= 2 and parts[-1].lower() in ("who", "which") and not t.endswith(",") \
                and _first_word(parts[-2]) not in LEAD_PREPS:  # (not "Nicky Driscoll, 24, from Manchester, who said")
            # "... was touring with Jamal, who once described him as": whom the relative
            # pronoun stands for, the words its clause hangs on end with
            ends = re.search(r"(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019-]*$", parts[-2])
            np_ = parse_np(ends.group()) if ends else None
            if np_ is not None and (np_.kind == ORGANIZATION or np_.kind == PERSON and (
                    len((np_.name or "").split()) >= 2 or self._named_before(np_.name or ""))):
                return np_
        described = re.fullmatch(r"(?:a|an|the)\s+[^,]{1,60}?\s+who", parts[-1]) \
            if len(parts) >= 2 and not t.endswith(",") else None
        if described is not None:
            # "Rep. Charlie Dent, a moderate from the Lehigh Valley who has said": the person the
            # appositive describes, whose relative clause it opens
            np_ = parse_np(parts[-2])
            if np_ is not None and np_.kind == PERSON and np_.name and (
                    len(np_.name.split()) >= 2 or self.register.known(np_.name)):
                return np_
        named = _named_after_all(parts[-1]) if parts else None
        if named is not None and parts[-1].endswith(named.name):
            return named  # "A retired engineer who gave his name only as Giorgi said"
        if t.endswith(",") or (parts and parts[-1][:1].islower() and _role_phrase(parts[-1])
                               and not _closes_an_aside(t, parts[-1])):
            named = self._name_before_appositives(parts)
            if named is not None:
                return named
        for idx in range(len(segs) - 1, -1, -1):
            seg = segs[idx]
            if not seg:
                continue
            tried += 1
            if tried > 3:
                break
            rel_open = _PREP_WHICH.match(seg) if subordinate else None
            if rel_open and len(seg) > rel_open.end():
                seg = seg[rel_open.end():]  # "to which O'Malley interjected:", "in what Trump called"
            first = _first_word(seg)
            if (first == "as" and idx == len(segs) - 1 or subordinate and first in _SUBORDINATORS
                    or subordinate and first in _OPENING_SUBORDINATORS and idx == len(segs) - 1
                    and not any(segs[:idx])
                    or first == "who" and _WHO_OBJECT.match(seg)) and len(seg.split()) > 1:
                # the subject of a subordinate clause: "as prosecutor Ana Ruiz put it",
                # "While Sullivan proclaims the article ...", "refugees, who he speculates are"
                seg = seg.split(None, 1)[1]
                first = _first_word(seg)
            if first in ("in", "on", "at", "during", "after") and tried == 1 and not t.endswith(",") \
                    and not any(segs[:idx]):
                # an opening phrase no comma closes: "In a Bloomberg interview Trump declared",
                # "On Saturday he told reporters", "On Aug. 3 Mazon said"
                toks = seg.split()
                before = toks[-2] if len(toks) >= 3 else ""
                when = before.lower().rstrip(".") in WHEN_WORDS or before.rstrip(".").isdigit()
                closes = bool(before) and (before[:1].islower() or when) and before.lower() not in (
                    _DETERMINERS | LEAD_PREPS | NAME_PARTICLES | {"and", "or", "but", "nor", "what", "than"})
                if closes and toks[-1].lower() in ("he", "she", "they", "we", "i"):
                    return NP("pronoun", toks[-1], pronoun=toks[-1].lower())
                np_ = parse_np(toks[-1]) if closes and (len(toks) >= 4 or when) and toks[-1][:1].isupper() else None
                if np_ is not None and np_.kind == PERSON:
                    return np_
            if tried == 1 and first in ("that", "which") and len(seg.split()) >= 2 and not t.endswith(",") \
                    and not _is_adverb(seg.split()[1]):
                return None  # "..., that appeals courts said": a relative clause's subject no speaker
                # (not a noun before the clause: "voting laws, passed by Republican lawmakers,")
            if idx and t.endswith(",") and _BY_WHOM.match(seg):
                continue  # "The memo, obtained by The Washington Post, said": an aside on the subject
            if first in LEAD_PREPS or (first.endswith("ing") and first not in ("king",) and _participle(seg)):
                what = _WHAT_SUBJECT.search(seg) if tried == 1 and first not in LEAD_PREPS else None
                if what:
                    # "using his message to denounce what he called": the subject of
                    # "what" is the verb's, not a noun in the clause before the comma
                    np_ = parse_np(what.group(1))
                    if np_ is not None and np_.kind in (PERSON, "pronoun", ORGANIZATION, GROUP):
                        return np_
                continue
            rel = _RESTRICTIVE_WHO.match(seg) if tried == 1 else None
            if rel is not None:
                # `the groups who wrote to her on Thursday say`: the subject a relative
                # clause of its own verb and words follows (not `voters who say`)
                np_ = parse_np(rel.group(1))
                if np_ is not None and np_.kind in ("group", "description", "anonymous"):
                    return np_
                if np_ is None and _SOMEONE.fullmatch(rel.group(1)):
                    # "a developer who pleaded guilty testified": "who" says it is someone,
                    # whatever the noun
                    return NP("anonymous", rel.group(1), name=rel.group(1), head=rel.group(1).split()[-1].lower())
            np_ = self._longest_np_suffix(seg)
            if np_ is not None:
                owned = (first.endswith(("'s", "\u2019s")) or first == "the" and re.search(r"['\u2019]s\s", seg)) \
                    and np_.kind == ORGANIZATION
                if np_.kind == "description" and first == "its" and idx and segs[idx - 1] \
                        and re.fullmatch(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}", segs[idx - 1]) \
                        and (body := parse_np(segs[idx - 1])) is not None and body.kind in (PERSON, ORGANIZATION) \
                        and not self._person(body.name or "", 0) and guess_gender(segs[idx - 1].split()[0]) is None:
                    # "Airbus, its German partner, said": "its" says the name before is a body's
                    return NP(ORGANIZATION, segs[idx - 1], name=segs[idx - 1])
                if t.endswith(",") and (earlier := [x for x in segs[:idx] if x]) and not _closes_an_aside(t, seg) \
                        and (name_np := parse_np(earlier[-1])) is not None and (
                            first in ("a", "an", "the") and len(np_.text) < len(seg)
                            and name_np.kind in ("description", "anonymous", GROUP, ORGANIZATION, PERSON)
                            or first.endswith(("'s", "\u2019s")) and np_.kind in ("description", "anonymous", GROUP)
                            and name_np.kind in ("description", "anonymous")
                            and re.search(r"\s(?:for|of|to)\s+[A-Z]", earlier[-1])):
                    # "A spokesman for the Rapid Support Forces, the paramilitary group fighting
                    # the army, denied": the subject the appositive is set beside, not a noun
                    # inside the appositive; "A lawyer for Bridget Anne Kelly, Christie's former
                    # deputy chief of staff, said": not what the one it is for is
                    return name_np
                if np_.kind in ("description", "organization", "group") and (first in ("a", "an", "the") or owned):
                    # An appositive after a name: "Vann R. Newkirk II, a writer for The Atlantic,"
                    earlier = [x for x in segs[:idx] if x]
                    if _closes_an_aside(t, seg):
                        earlier = []
                    if earlier:
                        name_np = parse_np(earlier[-1])
                        if owned:
                            # "The FNSEA, France's largest farmers' union, said": the body named
                            if name_np is not None and name_np.kind == ORGANIZATION and name_np.name and name_np.head is None:
                                return name_np
                            named = _CAPITALISED_BODY.fullmatch(earlier[-1]) if name_np is None and t.endswith(",") \
                                and _first_word(earlier[-1]) not in LEAD_PREPS else None
                            who = parse_np(re.split(r"\s(?:of|for|and|at)\s", named.group(1))[0]) if named else None
                            if who is not None and who.kind == PERSON and " " in (who.name or ""):
                                return who  # "Holger Schmieding of Berenberg, Germany's largest private bank,"
                            if named is not None and " " in named.group(1):
                                # ("Airlines for America, the industry's lobbying group,": a name
                                # the parser does not know, set beside what it is)
                                return NP(ORGANIZATION, named.group(1), name=named.group(1))
                            return np_
                        if name_np is not None and name_np.kind == "person" and (
                                len(name_np.name.split()) >= 2 or self.register.known(name_np.name)):
                            if np_.kind == "description" and not name_np.role:
                                name_np.role = seg
                            return name_np
                return np_
            if not any(segs[:idx]) and (np_ := _someone_by_trade(seg)) is not None:
                # "One policymaker, speaking on condition of anonymity, said": the subject
                # that opens the sentence is someone by what they do, a noun the lexicon lacks
                return np_
            if tried == 1 and not t.endswith(","):
                return None  # the word right before the verb is not a speaker
        return None

    def _name_before_relative(self, t: str) -> NP | None:
        """`Michael Seaman, who lives outside the state capital, Sacramento, said`, `Parker
        Eaton, a Republican who voted for Bill Clinton, said`: names inside a relative clause
        closed by a comma are its objects; the subject is the person it hangs on."""
        if not t.endswith(","):
            return None
        rel = re.search(r"(?:,\s*|\s)(?:who|whose)\s", t)
        if rel is None:
            # `Ticketmaster, which has faced criticism from fans and lawmakers, said`: a body
            rel = re.match(r"([^,]{2,60}),\s*which\s", t)
            np_ = parse_np(rel.group(1)) if rel is not None else None
            named = _CAPITALISED_BODY.fullmatch(rel.group(1)) if rel is not None and np_ is None else None
            if named is not None and " " in named.group(1):
                # "The far-right Alternative for Germany, which came second, said": "which"
                # says it is a body, whatever its name
                return NP(ORGANIZATION, named.group(1), name=named.group(1))
            if np_ is not None and np_.kind == PERSON and np_.name and not np_.role:
                return NP(ORGANIZATION, np_.text, name=np_.name)  # ("which": no one's name)
            return np_ if np_ is not None and np_.kind in (ORGANIZATION, GROUP) else None
        parts = [x.strip() for x in re.split(r",|\u2014|\u2013| - |;|:", t[:rel.start()]) if x.strip()]
        if not parts or len(parts) > 3:
            return None
        parts[0] = re.sub(r'^.*["\u201d]\s*', "", parts[0]) or parts[0]
        for idx in range(len(parts) - 1, -1, -1):
            np_ = parse_np(parts[idx])
            if idx and (np_ is None and parts[idx][:1].islower()
                        and re.search(r"\s(?:at|of|for|from|with)\s", parts[idx])
                        or np_ is not None and np_.kind == PERSON
                        and np_.name == parts[idx] and " " not in parts[idx] and not self.register.known(parts[idx])
                        and parts[idx - 1].split()[-1][:1].isupper()):
                # an appositive the parser does not read ("economists at the University of
                # California"), or the rest of a place's name ("California, Berkeley")
                continue
            if np_ is None:
                return None
            if np_.kind == GROUP and np_.head is None and " and " in (np_.name or ""):
                return np_  # "Emmanuel Saez and Gabriel Zucman, economists at ..., who ..."
            described = idx + 1 < len(parts) and parts[idx + 1][:1].islower() and guess_gender(np_.name or "") is not None \
                and getattr(parse_np(parts[idx + 1]), "kind", None) == "description"
            if np_.kind == PERSON and np_.name and (len(np_.name.split()) >= 2 or self.register.known(np_.name) or described):
                # (a first name alone, described: "Sophie, a dairy farmer who declined to give
                # her surname, said")
                if idx + 1 < len(parts) and _only_address(np_.role) and parts[idx + 1][:1].islower():
                    np_.role = re.sub(r"^(?:a|an|the)\s+", "", parts[idx + 1])
                return np_
            if np_.kind != "description":
                return None
        return None

    def _name_before_appositives(self, parts: list[str]) -> NP | None:
        """The name a chain of appositives follows, when the subject before the verb is
        closed by a comma: `Gene Sperling, a top outside Clinton adviser, said`, `Harry
        Bond, 30, of Raleigh, N.C., who was polled, said`, `Huma Abedin, vice chairwoman
        for the campaign, emailed`. None when the last part is itself a name."""
        if len(parts) < 2:
            return None
        for j in range(len(parts) - 1, 1, -1) if parts[0].startswith("The ") else ():
            whole = parse_np(", ".join(parts[:j]))
            if whole is not None and whole.kind == ORGANIZATION and whole.head is None and "," in (whole.name or "") \
                    and all(p.strip()[:1].islower() for p in parts[j:]):
                return whole  # one body's name with commas in it: "The Retail, Wholesale and Department Store Union,"
        for k in (2, 3):
            named = _named_after_all(re.sub(r'^.*["\u201d]\s*', "", ", ".join(parts[-k:])))
            if named is not None and parts[-1].strip().endswith(named.name):
                # "A teacher who asked to be identified only by her first name, Olena, said",
                # "One resident, who gave only his first name, Yusuf, said", "One nurse, who
                # gave her name only as Mere, said"
                return named
        last = parse_np(parts[-1])
        kind_of = parse_np(re.sub(r'^.*["\u201d]\s*', "", parts[-2])) \
            if last is not None and last.kind == PERSON else None
        if kind_of is not None and kind_of.kind == ORGANIZATION and kind_of.head is not None \
                and re.match(r"(?:the|its|their)\s", kind_of.text, re.I) and len(parts[-1].split()) <= 4:
            # "The brewery, Greene King, confirmed", "Its parent company, Meta, said": the
            # body the description names
            return NP(ORGANIZATION, parts[-1].strip(), name=last.name)
        if last is not None and last.kind == PERSON and parts[-1][:1].isupper() and not _PLACE_TAIL.search(parts[-2]):
            # (unless it is the state of a town: "a salesman from Sumter, South Carolina,")
            first_np = parse_np(re.sub(r'^.*["\u201d]\s*', "", parts[0])) if len(parts) >= 3 else None
            if not (first_np is not None and first_np.kind == PERSON and len((first_np.name or "").split()) >= 2
                    and re.fullmatch(r"(?:a|an|the)\s.*\b(?:of|for|at|to|with)\s.*\b[a-z]+", parts[-2])):
                return None
            # "Rep. Alexandria Ocasio-Cortez, a longtime critic of Ticketmaster's parent
            # company, Live Nation, tweeted": the name of what the appositive's object is
            parts = parts[:-1]
        # The first part may start with the (masked) quotation the cue follows.
        parts = list(parts)
        parts[0] = re.sub(r'^.*["\u201d]\s*', "", parts[0]) or parts[0]
        # ... and may be an inverted attribution itself: `"...," said Michael Tyler, a
        # spokesman for ..., explaining why ...`
        first = parts[0].split(None, 1)
        if len(first) == 2 and first[0].lower() in TAG_VERBS:
            parts[0] = first[1]
        for idx in range(len(parts) - 1, max(-1, len(parts) - 6), -1):
            words = parts[idx].split()
            what = _WHAT_OPENS.match(parts[idx])
            if what and len(words) > len(what.group().split()):
                # `in what Bay Buchanan, national treasurer for Reagan's campaign, called`
                parts[idx] = parts[idx][what.end():]
                words = parts[idx].split()
            elif len(words) > 1 and (words[0].lower() == "as" or words[0].lower() in _SUBORDINATORS):
                # "As John Cornyn, the No. 2 in the GOP leadership, put it"
                parts[idx] = parts[idx].split(None, 1)[1]
                words = words[1:]
            np_ = parse_np(parts[idx])
            if np_ is None and idx < len(parts) - 1 and re.match(r"(?:a|an|the)\s+[a-z]", parts[idx + 1]):
                np_ = self._longest_np_suffix(parts[idx])  # ("Officials at Homeland Security Investigations")
                np_ = np_ if np_ is not None and np_.kind == GROUP and np_.text == parts[idx] else None
            if np_ is None and words[0][:1].isupper() and len(words) > 2:
                return None  # a clause ("Trump continued to question ..."), not an appositive
            if idx == len(parts) - 1 or words[0].lower() in LEAD_PREPS:
                continue
            if np_ is not None and np_.kind in (ORGANIZATION, GROUP, PERSON) and np_.text == parts[idx] \
                    and _BY_WHOM.match(parts[idx + 1]):
                # "The union, led by veteran organiser Mary Jones, said", "Lumen Labs, founded
                # by former Google engineers, said": the agent of a participle is not the subject
                return np_
            if np_ is not None and np_.kind in (ORGANIZATION, PERSON) and np_.head is None and words[0][:1].isupper() \
                    and not np_.role and describes_org(parts[idx + 1]) and (
                        np_.kind == ORGANIZATION or norm_key(words[0]) not in MALE_NAMES | FEMALE_NAMES):
                # "Age UK, a charity for older people, said", "Acme Robotics, a maker of
                # warehouse robots, announced": a body, by what the appositive says it is
                return np_ if np_.kind == ORGANIZATION else NP(ORGANIZATION, np_.text, name=np_.name)
            if np_ is not None and np_.kind == ORGANIZATION and np_.name and np_.head is None \
                    and words[0][:1].isupper() and np_.text == parts[idx] \
                    and re.match(r"(?:(?:a|an|the|its|their)\s+|%s)[a-z]" % _OWNER, parts[idx + 1]):
                # "The United States, the agency's biggest donor, said", "Norway, a longtime
                # backer, said": a body by name, and what it is to the story
                return np_
            if np_ is not None and np_.kind == GROUP and (
                    re.match(r"(?:a|an|the)\s+[a-z]", parts[idx + 1])
                    or " and " in (np_.name or "") and re.match(r"(?:a|an)\s+\w", parts[idx + 1])):
                # "Officials at Homeland Security Investigations, a division of Immigration
                # and Customs Enforcement, said": the group the appositive describes; "Wilcox and
                # Beruff, a Sarasota Republican, argued": two people, the second described
                return np_
            described = next((parse_np(p) for p in parts[idx + 1:] if not AGE.fullmatch(p.strip())), None)
            if np_ is not None and np_.kind == PERSON and np_.name and (
                    len(np_.name.split()) >= 2 or self.register.known(np_.name)
                    or norm_key(np_.name) in MALE_NAMES | FEMALE_NAMES and described is not None
                    and described.kind == "description" and described.head in ROLE_NOUNS | ANON_NOUNS | PERSON_NOUNS):
                # (a first name alone, when what follows says who: "Ahmed, 34, a taxi driver, said")
                appos = next(p for p in parts[idx + 1:] if not AGE.fullmatch(p.strip()))
                if _only_address(np_.role) and (appos[:1].islower() or re.match(_OWNER + "[a-z]", appos)
                                                or re.match(r"[A-Z][\w-]*\s+[a-z]", appos) and described is not None
                                                and described.kind == "description"):
                    # ("WHO regional director", "Turkey representative of Reporters Without Borders")
                    np_.role = _appositive_role(appos, loose=True) or np_.role  # not "for his part", "in turn"
                return np_
        return None

    def _longest_np_suffix(self, seg: str) -> NP | None:
        np_ = parse_np(seg)
        if np_ is not None:
            return np_
        owned = _OWNED_DOCUMENT.fullmatch(seg)
        owner = parse_np(owned.group(1)) if owned else None
        if owner is not None and owner.kind in (ORGANIZATION, PERSON) and owner.name and not owner.role:
            # "A Pew Research Center survey (found)", "a Gallup poll released Tuesday": whoever
            # made the document speaks through it
            return NP(ORGANIZATION, owned.group(1).strip(), name=owner.name)
        by = _DOCUMENT_BY.match(seg)
        if by:
            # "A report ... issued by the Organization for Economic Cooperation and
            # Development noted": the document speaks for whoever issued it
            np_ = parse_np(by.group(1))
            if np_ is not None and np_.kind in (PERSON, ORGANIZATION, GROUP):
                return np_
            here = _GROUP_HERE.match(by.group(1)) if np_ is None else None
            crowd = parse_np(here.group(1)) if here else None
            if crowd is not None and crowd.kind == GROUP:
                # "A study by researchers at Imperial College London and the London School of
                # Hygiene & Tropical Medicine estimated": the researchers, and where they work
                agent = by.group(1).strip()
                return NP(GROUP, agent, name=agent, head=crowd.head, modifiers=crowd.modifiers)
        toks = seg.split()
        head = _GROUP_HERE.match(seg)
        where = seg[head.end(1):].split()[1:] if head else []
        if head and seg[:1].isalpha() and not re.search(r"\s(?:and|but|or)$", seg) and len(where) <= 7 \
                and not any(w in _FINITE or w.endswith(("ed", "ing")) and w.islower() for w in where):
            # (a place, not a clause: "Nurses in England have voted to strike after ...")
            # "Water managers in California's Central Valley": a group and where it is
            np_ = parse_np(head.group(1))
            if (np_ is None or np_.kind != GROUP) and " " not in head.group(1):
                np_ = parse_np(head.group(1).lower())  # ("Police in Kyiv": the sentence's capital)
            if np_ is not None and np_.kind == "group":
                seg = LEADING_CONJUNCTION.sub("", seg, count=1)  # (a sentence's "But several GOP leaders")
                return NP("group", seg, name=seg, head=np_.head, modifiers=np_.modifiers)
        rel = re.match(r"([A-Z][a-z]+s\s+(?:of|from|at|in)\s+[^,;:]{2,60}?)\s+(?:that|who|which)\s", seg) \
            or re.match(r"((?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)\s+who\s", LEADING_CONJUNCTION.sub("", seg, count=1))
        people = parse_np(rel.group(1)) if rel else None
        if people is None and rel and rel.group(1)[:1].islower():
            # ("But property owners who": read as a sentence's subject, kept as written)
            people = parse_np(rel.group(1)[:1].upper() + rel.group(1)[1:])
            people = replace(people, text=rel.group(1), name=rel.group(1)) if people is not None else None
        if people is not None and people.kind == GROUP:
            # "Survivors of a migrant boat that sank off Greece last week": the people, before
            # the clause on what they were in (not the place it names); "Residents who live near
            # the plant", "Property owners who rent their homes to tourists"
            return people
        for k in range(max(0, len(toks) - 16), len(toks)):  # (a body's name may run long)
            if k and toks[k - 1].lower() in _NP_CONTINUES:
                continue  # the rest of a noun phrase ("the attention of Congress"), an object ("from Virginia")
            if k and toks[k - 1] in ("New", "Los", "Las", "San", "Santa", "St.", "North", "South", "East", "West"):
                continue  # the rest of a place name ("New Hampshire", "Los Angeles")
            cand = " ".join(toks[k:])
            np_ = parse_np(cand)
            if np_ is not None:
                return np_
        return None

    def _np_prefix(self, text: str, depth: int = 0) -> NP | None:
        """The noun phrase a clause opens with, when a verb follows it. Across a comma: the
        name an appositive follows (`Dottie Deans, the chairwoman of ..., is`), or, when
        a capital follows the comma, what comes after a place or an opening phrase
        (`Salem, New Hampshire, Trump went`)."""
        # (an aside set off by dashes is not the phrase: "Mehmet Oz - surgeon and TV star - has")
        text = _DASH_ASIDE.sub(" ", PARTY_TAG.sub("", PARENTHETICAL.sub("", text)))
        lead = _leading_role(text)
        if lead is not None:
            return lead[1]  # "Titmus's great rival, American Katie Ledecky, congratulated her": not the owner
        toks = text.split()[:14]
        listed = _LISTED_INSTITUTION.match(text)
        inside = len(listed.group(0).split()) if listed else 0
        comma = next((i for i, t in enumerate(toks) if t.endswith(",") and i >= inside), len(toks))
        for k in range(min(len(toks) - 1, 12, comma), 0, -1):
            nxt = toks[k].lower()
            if k == len(toks) - 1 and re.fullmatch(r"[a-z]+(?:s|ed)[,:]", toks[k]):
                nxt = nxt[:-1]  # `Billy Joel sings, "..."`, `Arteta smiled: "..."`: the verb a quotation follows
            # (a capital goes on with the phrase: "Tea Party" is no "Tea" who "party")
            elif not re.fullmatch(r"[a-z]+(?:n['\u2019]t)?", toks[k]) or nxt in ("and", "of", "the", "a", "an", "to", "for", "in") \
                    or nxt in ROLE_NOUNS or nxt in GROUP_NOUNS:
                continue  # not before a verb; a role noun continues the phrase ("the Arizona sheriff")
            if k == 1 and (_OPENING_VERB.fullmatch(toks[0]) and (
                    nxt in LEAD_PREPS | _DETERMINERS
                    or toks[0].endswith("ing") and nxt not in CUE_VERBS and not self.register.known(toks[0]))
                           or toks[0].lower() in _AUXILIARIES):
                continue  # "Asked by Thrush if ...", "Citing the report ...", "Do you ...": not a name
            if toks[k - 1].endswith(("'s", "\u2019s")) and nxt in _KIN:
                continue  # "Scott's family has called ...": the owner is not the subject
            if k == 1 and toks[0].lower() in _QUANTIFIERS:
                continue  # "Two military analysts, ... found", "Two weeks after ...": a determiner
            np_ = _with_listed_name(parse_np(" ".join(toks[:k])), text)
            if np_ is not None and np_.kind == PERSON and k == 1 and not np_.role and not self._named_before(np_.name):
                continue  # "Multiple outlets reported", "Embryonic stem cells are": no one named
            if np_ is not None and np_.kind in ("person", "group", "organization", "anonymous", "description", "pronoun"):
                return np_
        if comma >= min(len(toks) - 1, 8):
            return None
        after = toks[comma + 1][:1]
        nxt = next((i for i in range(comma + 1, len(toks)) if toks[i].endswith(",")), None)
        appos = " ".join(toks[comma + 1:nxt + 1]) if nxt is not None else ""
        role = nxt is not None and (any(t[:1].islower() and t not in ("of", "and", "the", "for")
                                        for t in toks[comma + 1:nxt + 1]) and parse_np(appos) is not None
                                    or re.match(_OWNER + "[a-z]", appos) is not None)  # "Trump's fired aide,"
        if after.islower() or after.isdigit() or role:
            # an appositive: "Christie, New Jersey's sitting governor, repeated ..."
            np_ = parse_np(" ".join(toks[:comma + 1]))
            if np_ is not None and np_.kind in ("person", "group", "organization", "anonymous", "description"):
                return np_
            return None
        if depth < 3:
            return self._np_prefix(text.split(None, comma + 1)[comma + 1], depth + 1)
        return None

    def _named_before(self, word: str) -> bool:
        """Whether one capitalised word is a name the article gives: a registered person or
        surname, a name kept aside, a first name, an acronym, or a word the text also
        capitalises inside sentences."""
        key = norm_key(word)
        if self._proper is None:
            # capitalised words the text writes inside sentences, where a capital is not the
            # sentence's: proper nouns ("Trump", "Twitter"), unlike "Multiple" or "Embryonic"
            self._proper = {norm_key(m.group(1)) for m in _INNER_CAPITAL.finditer(self.masked)}
        return key in self._proper or self.register.known(word) or key in self._unregistered \
            or key in MALE_NAMES or key in FEMALE_NAMES or word.isupper()

    def _np_after(self, right: str) -> NP | None:
        t = right.strip()
        m = re.match(r"(?:(?:(?:a|the) (?:statement|post|tweet|letter|report|release|interview)|(?:the )?(?:latest )?"
                     r"(?:figures|data|statistics|estimates|numbers|records)) (?:from|by|of|with)\s+)?(.*)", t, re.I)
        t = m.group(1)
        if re.fullmatch(r"one\W*", t):
            return NP(ANONYMOUS, "one", name="one")  # `"...," said one.`: one of the people just described
        part = _PARTITIVE.match(t)
        if part:
            # `said one of them, who asked not to be named`, `said one of the nurses`: one
            # unnamed member of a group, unless a name follows ("wrote one of them,
            # activist Hanifa Adan, on X")
            rest = t[part.end():].lstrip()
            after = _np_after_cut(" " + rest[1:] + " ").strip() if rest.startswith(",") else ""
            named = parse_np(after) if after else None
            if named is not None and named.kind == PERSON and len((named.name or "").split()) >= 2:
                return named
            return NP("anonymous", part.group(), name=part.group(), head=part.group("head"))
        known = _KNOWN_AS_AFTER.match(t)
        if known:
            np_ = parse_np(known.group())  # "said the base chief known as Bob"
            if np_ is not None and np_.kind == PERSON:
                return np_
        cut = _np_after_cut(" " + _LISTED_INSTITUTION.sub(_hide_commas, t) + " ").replace(_HIDDEN_COMMA, ",").strip()
        if not cut:
            return None
        np_ = _with_listed_name(parse_np(cut), cut)
        by = _DOCUMENT_BY.match(cut) if np_ is None else None
        own = _BODYS_DOCUMENT.match(cut) if np_ is None and by is None else None
        if own is not None and (body := parse_np(own.group(1))) is not None and body.kind == ORGANIZATION:
            np_ = replace(body, text=cut)  # "according to a Justice Department report released Thursday": the body's
        if by:
            # "according to a court document filed by state attorney Dave Aronberg": whoever
            # issued it
            np_ = parse_np(by.group(1))
            np_ = np_ if np_ is not None and np_.kind in (PERSON, ORGANIZATION, GROUP) else None
        if np_ is None and re.fullmatch(r"[A-Z][a-z'\u2019-]+", cut):
            np_ = self._surname_of_someone(cut)  # `said Green.`
        toks = cut.split()
        # (and where the role is held: "said the chairman of the Podesta Group, Tony Podesta")
        held = re.match(r"\s+(?:of|for|at)\s+[^,.;:()\"\u201c\u201d]{2,60}?(?=\s*,)", t[len(cut):])
        role_end = len(cut) + (held.end() if held else 0)
        if np_ is not None and np_.kind in ("description", "anonymous") and t[role_end:].lstrip().startswith(",") \
                and np_.head not in TEXT_NOUNS | ISSUED_NOUNS:  # (not "the indictment, Ryan Holt, 34,")
            # `wrote the study's lead author, Mingyang Song of Harvard`: the name after the role
            after = _np_after_cut(" " + t[role_end:].lstrip()[1:] + " ").strip()
            named = parse_np(re.split(r"\s+(?:of|at|from|with)\s+", after, maxsplit=1)[0]) if after else None
            if named is not None and named.kind == PERSON and len((named.name or "").split()) >= 2:
                whose = _HIS_OR_HER.fullmatch(t[:role_end].strip())
                # ("said his spokeswoman, Kim Ortiz": whose, for `_resolve` to name)
                named.role = named.role or (
                    whose.group() if whose else _without_determiner(t[:role_end], keep_its=True))
                return named
        if np_ is None:
            # `said a fighter`, `said one smuggler`, `said the teller, who asked that her name ...`
            np_ = _someone_by_trade(cut, definite=re.match(r"\s*,\s*who\s", t[len(cut):]) is not None)
        named = _named_after_all(t) if np_ is not None and np_.kind in ("description", "anonymous") else None
        if named is not None:
            return named  # `said one doctor in Nyala, who gave only his first name, Ibrahim`
        if (np_ is None or np_.kind == GROUP) and t[role_end:].lstrip().startswith(",") \
                and _WHAT_THEY_ARE.fullmatch(t[:role_end]) and toks and toks[-1].lower() not in TEXT_NOUNS | ISSUED_NOUNS:
            # `said the bill's sponsor, Amy Klobuchar`, `said two senators, Amy Klobuchar and
            # John Thune`: the names after what they are, whatever the noun
            after = _np_after_cut(" " + t[role_end:].lstrip()[1:] + " ").strip()
            named = parse_np(after) if after else None
            if named is not None and np_ is None and named.kind == PERSON and len((named.name or "").split()) >= 2:
                named.role = named.role or _without_determiner(t[:role_end], keep_its=True)
                return named
            if named is not None and np_ is not None and named.kind == GROUP and named.head is None \
                    and " and " in (named.name or ""):
                return named
        if np_ is not None and np_.kind == PERSON and not np_.role:
            # `said Dan Ives of Wedbush Securities.`: where they work, read as the parser
            # reads it inside a phrase
            works = re.match(r"\s+(?:of|for|at)\s+[^,.;:()\"\u201c\u201d]{2,60}?(?=\s*(?:[,.;:(\u2014]|$))", t[len(cut):])
            full = parse_np(cut + works.group()) if works else None
            if full is not None and full.kind == PERSON and full.name == np_.name and full.role:
                np_.role = full.role
        if np_ is not None and np_.kind == PERSON and _only_address(np_.role):
            # `said Marcio Astrini, executive secretary of the Climate Observatory, ...` (and
            # `said Dr. Lena Hoffmann, chief medical officer of ...`)
            rest = re.sub(r"^\s*,\s*\d{1,3}(?=\s*,)", "", t[len(cut):])  # (and "Anna Novak, 42, a nurse")
            m = _ROLE_AFTER_NAME.match(rest)
            # (and "a retired miner"; in capitals, only a role: "Iran project director at the
            # International Crisis Group", not "New York")
            np_.role = (_appositive_role(m.group(1), loose=m.group(1)[:1].islower()) if m else None) or np_.role
        if np_ is None and len(toks) <= 8:
            # A full name after words the parser does not take for a title: "said
            # conservative activist Bob Klaus", "said undecided voter Stephanie Hooton".
            for k in range(1, len(toks) - 1):
                np_ = parse_np(" ".join(toks[k:]))
                if np_ is not None and np_.kind == PERSON and len((np_.name or "").split()) >= 2:
                    return np_
            np_ = None
        if np_ is None:
            for k in range(len(toks) - 1, 0, -1):
                np_ = parse_np(" ".join(toks[:k]))
                if np_ is not None:
                    break
        return np_

    # --- resolution --------------------------------------------------------------------
    def _push(self, pos: int, spk: SpeakerRef) -> None:
        person = self._person(spk.name, pos) if spk.kind == PERSON else None
        ev = Event(pos, person, label=spk.name, kind=spk.kind, is_speaker=True)
        insort(self.events, ev, key=lambda e: e.pos)
        if self._pushed is not None:
            self._pushed.append(ev)

    def _unpush(self, pushed: list[Event] | None) -> None:
        """Take back speakers `_push` recorded (a reading given up)."""
        for ev in pushed or ():
            k = bisect_left(self.events, ev.pos, key=lambda e: e.pos)
            while self.events[k] is not ev:
                k += 1
            del self.events[k]

    def _ref(self, p: Person) -> SpeakerRef:
        aliases = sorted(a for a in p.aliases if a != p.name)
        role = p.role
        if role and _only_address(role):
            role = None  # "Mr", "Sir": how the text addresses them (kept for their gender), no role
        return SpeakerRef(name=p.name, kind=PERSON, role=role, aliases=aliases)

    def _events_before(self, pos: int) -> list[Event]:
        """Mentions at or before pos, nearest first; no further back than LOOKBACK mentions,
        so resolution costs the same in a long text as in a short one."""
        k = bisect_right(self.events, pos, key=lambda e: e.pos)
        return self.events[max(0, k - LOOKBACK):k][::-1]

    def _named_org(self, head: str, pos: int) -> str | None:
        """The last organisation named before pos whose name has this word as its own
        ("the Turkish Football Federation" for "the federation", "the Bureau of Alcohol,
        Tobacco, Firearms and Explosives" for "the bureau")."""
        last = None
        for word in CALLED_BY.get(head, (head,)):
            for m in _org_named(word).finditer(self.masked, max(0, pos - _LOOKBACK_CHARS), pos):
                last = m if last is None or m.start() > last.start() else last
        if last is None:
            # "according to the Gaza health ministry": a body named by where it is and what,
            # in lower case
            described = None
            for m in _org_described(head).finditer(self.masked, max(0, pos - _LOOKBACK_CHARS), pos):
                described = m
            if described is None:
                return None
            named = next((e.label for e in self.events if e.is_speaker and e.kind == ORGANIZATION and e.label
                          and described.end() <= e.pos <= described.end() + 2), None)
            # (the name the description stood for when it spoke: "Spotify Technology SA will
            # raise prices, the Swedish music streaming company said")
            return named or described.group(1) or described.group()
        if _HEADLINE_CASE.search(last.group(), 1):
            return None  # "CNN Disputes Characterization Of Network": a headline, not a name
        np_ = parse_np(last.group())
        return np_.name if np_ is not None and np_.kind == ORGANIZATION and np_.name and " " in np_.name else None

    def _company_spoken_for(self, np_: NP, pos: int) -> SpeakerRef | None:
        """`An Amazon spokesperson said ... / The company has refused`: the company whose
        spokesperson spoke last in these paragraphs, when no company opened a sentence."""
        if not _company_word(np_.head or ""):
            return None
        near = self.paras[max(0, self._para_of(pos) - 2)][0]
        for e in self._events_before(pos)[:4]:
            m = _SPOKESPERSON_OF.fullmatch(e.label or "") if e.kind == ANONYMOUS and e.pos >= near else None
            name = m and (m.group(1) or m.group(2))
            if name and not self._called_no_business(name):
                return SpeakerRef(name=name, kind=ORGANIZATION)
        for e in self._events_before(pos)[:2]:
            # or the company whose officer the text is about: "Toyota Motor Corp Chairman
            # Akio Toyoda was re-elected ... / ..., the company said"
            role = e.person.role if e.person is not None and e.pos >= near and e.person.role else ""
            held = re.search(r"\b(?:of|at)\s+(?:the\s+)?([A-Z].*)$", role)
            caps = re.match(r"((?:[A-Z][\w&.'\u2019-]*\s+)+)[A-Za-z]", role)
            for cand in (held.group(1) if held else "", caps.group(1).strip() if caps else ""):
                body = parse_np(cand) if cand else None
                if body is not None and body.kind == ORGANIZATION and body.name and " " in body.name \
                        and body.name.split()[-1].lower() not in _PUBLIC_BODY_WORDS \
                        and not self._called_no_business(body.name):
                    return SpeakerRef(name=body.name, kind=ORGANIZATION)
            officer = _ONE_WORD_EMPLOYER.match(role)
            word = officer.group(1) if officer else ""
            if word and word.lower() not in COUNTRIES and norm_key(word) not in STATES \
                    and word.lower() not in _PUBLIC_BODY_WORDS and self._no_one_but_a_word(word, pos) \
                    and not self._called_no_business(word):
                # "Boeing Chief Executive Dave Calhoun will step down ..., the planemaker said":
                # a one-word name, which no one in the text goes by, before a company officer's title
                return SpeakerRef(name=word, kind=ORGANIZATION)
        # else the one company the story opened sentences on so far, however far back: "Shares
        # of Advanced Micro Devices fell ... / [four paragraphs on analysts] / The company
        # expects ..., it said"
        # expects ..., it said"), with no other body named since
        named = [(at, n) for at, n in self.orgs if at < pos and n and n.lower() not in COUNTRIES
                 and norm_key(n) not in STATES and n.split()[-1].lower() not in _PUBLIC_BODY_WORDS]
        if not named or len({n for _, n in named}) > 1 or self._called_no_business(named[0][1]):
            return None
        name = named[0][1]
        for run in _NAME_RUN.finditer(self.masked, named[0][0] + len(name), pos):
            other = parse_np(run.group())
            if other is not None and other.kind == ORGANIZATION and norm_key(other.name or "") != norm_key(name) \
                    and (other.name or "").lower() not in COUNTRIES and norm_key(other.name or "") not in STATES:
                return None  # ("... at Vanguard Logistics Services. The company confirmed"; not "demand in China")
        return SpeakerRef(name=name, kind=ORGANIZATION)

    def _called_no_business(self, name: str | None) -> bool:
        """Whether the text calls this body by a kind that is no company's: "the Verdi union",
        "the union Verdi", "Verdi, Germany's biggest services union"."""
        if not name:
            return False
        n = re.escape(name)
        return re.search(rf"\b{n}\s+(?:{_NO_BUSINESS})\b|\b(?:{_NO_BUSINESS})\s+{n}\b|"
                         rf"\b{n},\s+(?:a|an|the|[A-Z][\w'\u2019]*['\u2019]s?)\s+(?:[\w-]+\s+){{0,3}}(?:{_NO_BUSINESS})\b",
                         self.masked) is not None

    def _body_opening(self, at: int) -> str | None:
        """The named body the sentence that starts at `at` opens on, if any."""
        k = bisect_right(self.orgs, at, key=lambda o: o[0]) - 1
        return self.orgs[k][1] if k >= 0 and self.orgs[k][0] == at else None

    def _no_one_but_a_word(self, word: str, pos: int) -> bool:
        """Whether a one-word name is no one the text knows as a person: never registered, or
        registered only as the word itself, with no role and no he or she ("Amazon said ...",
        which a speaker's name was made of for want of anything better)."""
        p = self._person(word, pos)
        return p is None or p.name == word and not p.role and p.gender is None and not p.aliases

    def _org_like(self, word: str) -> bool:
        """Whether the text treats a one-word name as a company or a body: "shares of
        Microsoft", "Nvidia's chief executive", "Ryanair, which ...", "Tesla Inc"."""
        if self._org_words is None:  # one pass over the text, whatever the number of names
            self._org_words = {next(g for g in m.groups() if g) for m in _ORG_EVIDENCE.finditer(self.masked)}
        return word in self._org_words

    def _resolve(self, np_: NP, pos: int) -> SpeakerRef | None:
        ref = self._resolve_np(np_, pos)
        own = _HIS_OR_HER.fullmatch(ref.name) if ref is not None and ref.kind != PERSON else None
        person = self._pronoun_person("he" if own.group(1).lower() == "his" else "she", pos) if own else None
        if own and person is None:
            # "Police detained Istanbul Mayor Ekrem Imamoglu ..., his office said": the one
            # person its own sentence names in full, if no one of that gender is in focus
            person = self._one_named_in(self._sentence_of(pos), "m" if own.group(1).lower() == "his" else "f", unknown=True)
        if person is not None:
            # "Her office said", "his lawyers": the office of the person "her" is
            return SpeakerRef(name=f"{person.name}'s {own.group(2)}", kind=ref.kind)
        if ref is not None and ref.kind == PERSON and ref.role and not ref.role.lower().startswith(("his ", "her ")):
            # (`"...," his lawyer, Khaled Ali, said`: whose lawyer, which the register does not hold)
            owned = self._its_role(ref, pos)
            ref.role = owned if _HIS_OR_HER.fullmatch(owned) else ref.role
        kin = _HIS_OR_HER.fullmatch(ref.role or "") if ref is not None and ref.kind == PERSON else None
        if kin is not None:
            # "said his spokeswoman, Kim Ortiz": the spokeswoman of the man in focus
            family = kin.group(2).lower() in FAMILY_NOUNS
            owner = family and self._kin_by_surname(ref) or self._kin_owner(kin.group(1), pos, besides=ref.name) \
                or (None if family else self._agents_owner(kin, pos))
            role = f"{owner.name}'s {kin.group(2)}" if owner is not None and owner.name != ref.name else kin.group(2)
            p = self.register.lookup(ref.name)
            if p is not None and p.role in (ref.role, kin.group(2), None):
                p.role = role
            ref.role = role
            return ref
        role = self._body_role(self._its_role(ref, pos), pos) if ref is not None and ref.kind == PERSON and ref.role \
            else None
        p = self.register.lookup(ref.name) if role else None
        if role and p is not None and p.role == ref.role:
            p.role = ref.role = role  # (for as long as the text knows them)
        return ref

    def _kin_by_surname(self, ref: SpeakerRef) -> Person | None:
        """Whose relative someone is by the surname they share: "Lachlan Young ... / "...," his
        mother, Catherine Young, said"."""
        surname = ref.name.split()[-1]
        return next((p for p in self.register.people if p.name != ref.name and len(p.name.split()) >= 2
                     and p.name.split()[-1] == surname), None) if " " in ref.name else None

    def _agents_owner(self, kin: re.Match, pos: int) -> Person | None:
        """Whose lawyer or aide "his"/"her" makes someone when no one of that gender is in
        focus: the one person the sentence before names ("... activist Alaa Abdel-Fattah, his
        family said. / "...," his lawyer, Khaled Ali, said")."""
        s0 = self._sentence_of(pos)[0]
        want = "m" if kin.group(1).lower() == "his" else "f"
        return self._owner_named_in(self._sentence_of(s0 - 1), want) if s0 else None

    def _its_role(self, ref: SpeakerRef, pos: int) -> str:
        """The role as the words around `pos` give it: "its chairwoman" in `"...," its chairwoman,
        Ingrid Thijssen, said` (which the register holds as "chairwoman")."""
        its = re.search(r"[\"\u201d]\s+(its|their|his|her)\s+%s,?\s+%s\b" % (re.escape(ref.role), re.escape(ref.name)),
                        self.masked[max(0, pos - 150):pos + 150], re.I)
        return f"{its.group(1).lower()} {ref.role}" if its else ref.role

    def _body_role(self, role: str, pos: int) -> str | None:
        """A role held in a body the text calls "it" or by its kind, with the body named:
        "the company's general counsel" is "general counsel of Google", "its head" "head of
        White Helmets" (else just "head"); None when the role names no such body."""
        owned = _BODYS_ROLE.fullmatch(role)
        if owned is None:
            return None
        its, kind, held = owned.groups()
        its = its.lower() if its else its
        body = self._resolve_pronoun("it" if its == "its" else "they", pos) if its else self._resolve_np(
            NP(ORGANIZATION, f"the {kind}", name=f"the {kind}", head=kind, modifiers=[]), pos)
        if its == "their" and (body is None or body.kind != ORGANIZATION):
            # "The Greens have not said how they will vote. Their leader, Adam Bandt,": the
            # body of a plural name that opened the sentence before (not a couple's lawyer)
            s0 = self._sentence_of(pos)[0]
            k = bisect_right(self.orgs, s0 - 1, key=lambda o: o[0]) - 1
            run = re.match(r"(The\s+)?(%s)\b(?!['\u2019])" % (_CAPITALISED_RUN % 3), self.masked[self.orgs[k][0]:s0]) \
                if s0 and k >= 0 and self.orgs[k][0] >= self._sentence_of(s0 - 1)[0] else None
            name = run and (self.orgs[k][1] or run.group(2))
            if not (name and _plural_name(name) and self._person(name[:-1], pos) is None
                    and (run.group(1) or self.orgs[k][1] or not people_noun(name.lower()))):
                return held  # ("Officials said ...": maybe only a sentence's capital)
            return _role_in(held, f"the {name}" if run.group(1) and name == run.group(2) else name)
        if body is not None and body.name[:1].isupper() and not _other_kind(kind, body.name):
            return _role_in(held, body.name)
        s0 = self._sentence_of(pos)[0]
        at = self._sentence_of(s0 - 1)[0] if its == "its" and s0 and self._para_of(s0 - 1) == self._para_of(s0) else -1
        run = _BODY_SUBJECT.match(self.masked, at, s0) if at >= 0 else None
        opened = self._body_opening(at) or run and (o := parse_np(run.group(1))) is not None \
            and o.kind in (PERSON, ORGANIZATION) and o.name == run.group(1) and run.group(1)
        known = self.register.lookup(opened) if opened else None
        if opened and opened.lower() not in COUNTRIES and norm_key(opened) not in STATES \
                and norm_key(opened.split()[0]) not in MALE_NAMES | FEMALE_NAMES \
                and (known is None or known.gender is None and not known.role):
            # "FIDE, the International Chess Federation, confirmed the record. Its president,
            # Arkady Dvorkovich,": of the body the sentence before opens on, which has said
            # nothing in quotation marks (a body's words are found after its people's)
            return _role_in(held, opened)
        body = _UNNAMED_BODY_OPENING.match(self.masked, at, s0) if its == "its" and at >= 0 else None
        if body is not None \
                and (business_noun(body.group("head")) or body.group("head") in ORG_WORDS):
            # "The civil protection agency warned ... Its head, Fabrizio Curcio,": of the body
            # the sentence before opens on, unnamed
            return _role_in(held, body.group("np"))
        return held if its else None

    def _pronoun_person(self, pron: str, pos: int) -> Person | None:
        """The person "he" or "she" means here, only if of that gender: a plain "she said"
        may keep a running speaker of the other one, what is hers may not."""
        ref = self._resolve_pronoun(pron, pos)
        p = self._person(ref.name, pos) if ref is not None and ref.kind == PERSON else None
        return p if p is not None and _gender_fits(p, "m" if pron == "he" else "f") else None

    def _resolve_np(self, np_: NP, pos: int) -> SpeakerRef | None:
        if np_.kind == "person" and np_.name and " " not in np_.name and not np_.role and np_.name[:1].isupper() \
                and norm_key(np_.name) not in MALE_NAMES and norm_key(np_.name) not in FEMALE_NAMES \
                and self._org_like(np_.name) \
                and " " not in getattr(self.register.lookup(np_.name), "name", "") \
                and not self.register.sharing(np_.name):  # (not Elon Musk's "Musk", the Clintons' "Clinton")
            return SpeakerRef(name=np_.name, kind=ORGANIZATION)
        if np_.kind == "person":
            hon = re.search(r"\b(Mr|Mrs|Ms|Miss|elder|younger)\b\.?\s*$", np_.text[: len(np_.text) - len(np_.name)]) \
                if np_.name and np_.text.endswith(np_.name) else None
            p = self._person(np_.name, pos, hon and hon.group(1))
            if hon and hon.group(1) in ("elder", "younger") and np_.role == hon.group(1):
                np_ = replace(np_, role=None)  # (which of two, not a role)
            if p is None and re.fullmatch(r"[A-Z]{3,}", np_.name) and not np_.role:
                # "UNICEF said", "NATO said": an acronym the article never gave as a person's
                # name (a transcript's "CLINTON:" is someone it named)
                return SpeakerRef(name=np_.name, kind=ORGANIZATION)
            full = self._unregistered.get(norm_key(np_.name or "")) \
                if p is None and np_.name and _surname(np_.name) == np_.name else None
            if full and (len(full.split()) == 2 or norm_key(full.split()[0]) in MALE_NAMES | FEMALE_NAMES):
                # "Djokovic, who ..., said": the full name the text gave before ("leaving Novak
                # Djokovic waiting"), which nothing had made a speaker yet
                p = self.register.add(self._unregistered.pop(norm_key(np_.name)), role=np_.role)
            if p is None:
                p = self.register.add(np_.name, role=np_.role, force=True)
            if p is not None:
                if np_.role and (_only_address(p.role) and not _only_address(np_.role)
                                 or _added_to_role(p.role, np_.role)
                                 and len(np_.role.split()) <= 6 and "xxx" not in np_.role):
                    p.role = re.sub(r"^(?:the|a|an)\s+", "", np_.role)  # (and "rescue worker" where the scan saw "worker")
                return self._ref(p)
            return SpeakerRef(name=np_.name, kind=PERSON, role=np_.role)
        if np_.kind == "organization":
            # ("the agency", and a sentence's "The agency"; not its "The company": the company
            # it opened on, below)
            head = np_.text.split()[-1].lower() if np_.text[:4].lower() == "the " and np_.text[4:].islower() and (
                np_.text.islower() or not _company_word(np_.text.split()[-1].lower())) else None
            named = self._named_org(head, pos) if head in ORG_WORDS or head in BUSINESS_NOUNS else None
            if named:
                # "the federation said": the Turkish Football Federation named before
                return SpeakerRef(name=named, kind=ORGANIZATION)
            if np_.head is not None and re.match(r"the\s+[a-z]+['\u2019]s\s", np_.text, re.I) \
                    and not re.search(r"\b(?:most|top|leading|[a-z-]{2,}(?<![wr])est)\b", np_.text):
                # "The government's disaster agency said": a body of its own, not the last
                # agency named ("The WHO said it was sending doses. The government's ..."; but
                # "The world's most valuable company said": a name's epithet)
                return SpeakerRef(name=np_.name or np_.text, kind=ORGANIZATION)
            if np_.head in OVERSIGHT_NOUNS:
                # "According to the Irish Aviation Authority, ... The regulator said": the public
                # body last named in this paragraph or the two before, never the company that
                # spoke last
                near = self.paras[max(0, self._para_of(pos) - 2)][0]
                named = [re.sub(r"^The\s+", "", m.group(1)) for m in _PUBLIC_BODY_NAME.finditer(self.masked, near, pos)]
                if named:
                    return SpeakerRef(name=named[-1], kind=ORGANIZATION)
            if np_.head is not None:
                # "the company", "the carmaker": the organisation that opened a sentence
                # of this paragraph or the three before, or spoke last
                k = bisect_right(self.orgs, pos, key=lambda o: o[0]) - 1
                near = self.paras[max(0, self._para_of(pos) - 3)][0]
                spoke = next((e for e in self._events_before(pos)[:3] if e.kind == ORGANIZATION
                              and e.label and e.label[:1].isupper()), None)
                body = self._body_read_as_person(pos, self.paras[max(0, self._para_of(pos) - 1)][0]) \
                    if spoke is None and _company_word(np_.head or "") else None
                if body is not None:
                    return body  # "Norfolk Southern said it would pay. "...," the company said"
                if spoke is not None and _company_word(np_.head or "") \
                        and spoke.label.split()[-1].lower() in _PUBLIC_BODY_WORDS:
                    # a company is no regulator: "Pfizer is recalling ..., the Food and Drug
                    # Administration said. / The company said it had ..." is Pfizer
                    spoke = None
                if spoke is not None and np_.head in OVERSIGHT_NOUNS \
                        and spoke.label.split()[-1].lower() in _PUBLIC_BODY_WORDS:
                    # ... and a regulator is the public body that has just spoken ("Ford is
                    # recalling ..., the National Highway Traffic Safety Administration said. /
                    # The regulator said"), not the company its sentence opened on
                    return SpeakerRef(name=spoke.label, kind=ORGANIZATION)
                if spoke is not None and (_other_kind(np_.head, spoke.label) or np_.head in _PUBLIC_BODY_WORDS
                                          and _business_name(spoke.label)):
                    spoke = None  # ("the union" is not the Alliance of ... Producers that spoke last)
                if k >= 0 and self.orgs[k][0] >= near and (spoke is None or spoke.pos < self.orgs[k][0]):
                    # the nearest sentence that opens on a company: a named one, or a one-word
                    # subject the text never made a person ("Ryanair apologised on Friday ...
                    # "...," the airline said"); past sentences about someone else ("Apple was
                    # fined ... / EU competition chief Margrethe Vestager said ... / The iPhone
                    # maker said")
                    for j in range(k, max(-1, k - 4), -1):
                        at, name = self.orgs[j]
                        if at < near:
                            break
                        if name is not None and (_other_kind(np_.head, name) or np_.head in _PUBLIC_BODY_WORDS
                                                 and _business_name(name)):
                            continue  # (nor is a ministry "Kobayashi Pharmaceutical")
                        if spoke is not None and spoke.pos >= at:
                            if name is not None and norm_key(spoke.label) == norm_key(name):
                                # "Toyota said it would invest ... / The investment brings ...,
                                # the company said": the company that spoke last, in a
                                # sentence of its own
                                return SpeakerRef(name=spoke.label, kind=ORGANIZATION)
                            break
                        if name is not None and _company_word(np_.head or "") \
                                and name.split()[-1].lower() in _PUBLIC_BODY_WORDS:
                            continue  # (a company is no commission: "the Data Protection Commission
                            # fined a social media company ... / The company said")
                        if _company_word(np_.head or "") and self._called_no_business(name or self._one_word_subjects.get(at)):
                            continue  # (nor a union: "the Verdi union said ... / Verdi has called ...")
                        if name is not None and (j == k or norm_key(name) not in STATES and name.lower() not in COUNTRIES):
                            return SpeakerRef(name=name, kind=ORGANIZATION)  # (further back, no place)
                        word = self._one_word_subjects.get(at)
                        if (business_noun(np_.head or "") or np_.head in SIDE_NOUNS) and word \
                                and self._no_one_but_a_word(word, pos) and (
                                j == k or self._org_like(word)):
                            # (further back, only a word the text treats as a company's name:
                            # not "Permanent layoffs ...", "The Missouri bill ...")
                            full = next((n for _, n in reversed(self.orgs[:j]) if n and n.startswith(word + " ")), word)
                            return SpeakerRef(name=full, kind=ORGANIZATION)  # ("Toyota Motor Corp" named before)
                    return self._company_spoken_for(np_, pos) or SpeakerRef(name=np_.text, kind=ORGANIZATION)
                if spoke is not None:
                    return SpeakerRef(name=spoke.label, kind=ORGANIZATION)
                return self._company_spoken_for(np_, pos) or SpeakerRef(name=np_.text, kind=ORGANIZATION)
            if np_.name and " " not in np_.name and (np_.text.split()[0].lower() == "the"
                                                     or np_.name.lower() in COUNTRIES):
                p = self.register.lookup(np_.name) or self._person(np_.name, pos)
                if p is not None:  # "the Trump we all knew", Rep. Steve Israel's "Israel said": the person
                    return self._ref(p)
            return SpeakerRef(name=np_.name or np_.text, kind=ORGANIZATION)
        if np_.kind == "anonymous":
            label = _clean_label(np_.name or np_.text)
            if ONE_MORE.fullmatch(label):
                # `"...," one affected employee told Reuters. "...," another said.`: one more
                # of those the unnamed speaker before was one of (else no one known: "Another
                # notes her summer job" is one more of anything)
                last = next((e for e in self._events_before(pos)[:4] if e.is_speaker and e.kind == ANONYMOUS
                             and e.label and not ONE_MORE.fullmatch(e.label)), None)
                crowd = next((e for e in self._events_before(pos)[:2] if e.is_speaker and e.kind == GROUP and e.label
                              and people_noun(e.label.split()[-1].lower())), None) if last is None else None
                if crowd is not None:
                    # `Fans flooded social media ... "...," one wrote. "...," another wrote.`: one more
                    # of the people who just spoke
                    return SpeakerRef(name=f"{label.lower()} of the {crowd.label.split()[-1].lower()}", kind=ANONYMOUS)
                if last is None:
                    return None
                kind_of = re.sub(r"^(?:" + ONE_MORE.pattern + r"\s+|(?:one|a|an|the)\s+)", "", last.label, flags=re.I)
                return SpeakerRef(name=f"{label[:1].lower()}{label[1:]} {kind_of}", kind=ANONYMOUS)
            if label in ("One", "one"):
                # "Not all elders approve. One, who asked not to be named, said": one of the
                # people the sentence before opens on (else one of anything: no one known; and
                # only "One" alone, not "One sweeping question asked"); `"...," one said` after
                # "Residents fled the rising water."
                s0 = self._sentence_of(pos)[0]
                p0, p1 = self._sentence_of(s0 - 1) if s0 > 0 else (0, 0)
                at = p0 + _after_dateline(self.masked[p0:p1])
                many = _SOME_PEOPLE.match(self.masked, at, p1) or (
                    _PEOPLE_OPENING.match(self.masked, at, p1) or _PEOPLE_OPENING.match(self.masked, s0, pos)
                    if label == "one" else None)  # (or its own sentence's: "Fans flooded ... "...," one wrote")
                noun = many.group(1).lower() if many else ""
                alone = label == "one" or re.search(r"(?:^|\s)One(?:,[^,]{0,120},)?\s*$", self.masked[s0:pos])
                if alone and people_noun(noun):
                    return SpeakerRef(name=f"one of the {noun}", kind=ANONYMOUS)
                return None
            if re.fullmatch(r"(?:a|an|the)\s+spokes(?:man|woman|person)", label, re.I):
                # "The Rail Delivery Group ... said it was "disappointed". A spokesperson
                # added: ...": the spokesperson of the body that has just spoken
                p0 = self.paras[max(0, self._para_of(pos) - 1)][0]
                org = next((e for e in self._events_before(pos)[:2] if e.is_speaker and e.pos >= p0
                            and not (e.kind == ANONYMOUS and (e.label or "").lower().startswith(label.lower()))), None)
                # (past the spokesperson's own tag: `"...," a spokesperson said. "..."`)
                if org is not None and org.kind == ORGANIZATION and org.label and org.label[:1].isupper():
                    label = f"{label} for {org.label}"
                elif org is not None and org.kind == PERSON and org.person is not None and not org.person.role \
                        and org.person.gender is None and guess_gender(org.person.name.split()[0]) is None:
                    # ("Amazon said ...", "Royal Dutch Shell said ...": a name the text made a
                    # person's for want of anything better, which a spokesperson speaks for)
                    label = f"{label} for {org.person.name}"
                elif org is None:
                    # "Network Rail ... blamed the weather. A spokesperson said": the body this
                    # sentence or the one before opened on, in this paragraph, when no one has
                    # spoken since (the splitter keeps `X said ... "...," a spokesperson said`
                    # as one sentence, and that report is read after the quotation)
                    s0 = self._sentence_of(pos)[0]
                    p0 = self._sentence_of(s0 - 1)[0] if s0 > self.paras[self._para_of(pos)][0] else -1
                    for at in (s0, p0):
                        word = self._one_word_subjects.get(at)
                        name = self._body_opening(at) or (word if word and self._no_one_but_a_word(word, pos) else None)
                        if name and name[:1].isupper() and not _plural_name(name):
                            label = f"{label} for {name}"
                            break
            whose = re.fullmatch(r"((?:a|an|the)\s+)(?:(%s)\s+for\s+the\s+([a-z]+)|([a-z]+)\s+(%s))" % (_SPEAKS_FOR, _SPEAKS_FOR),
                                 label, re.I)
            body = (whose.group(3) or whose.group(4)).lower() if whose else None
            if body is not None and (business_noun(body) or body in ORG_WORDS):
                # "a spokesperson for the company", "a company spokesman": for the company the
                # text means, as "the company said" would be
                ref = self._resolve_np(parse_np(f"the {body}"), pos)
                if ref is not None and ref.kind == ORGANIZATION and not ref.generic:
                    label = f"{whose.group(1)}{whose.group(2) or whose.group(5)} for {ref.name}"
            return SpeakerRef(name=label, kind=ANONYMOUS)
        if np_.kind == "group":
            if np_.pronoun:
                # "She and her husband": whoever "she" is, and the one beside her (not "he and
                # Mr. Allen" when the "he" found is Mike Allen)
                who = self._pronoun_person(np_.pronoun, pos)
                rest = np_.text.split(None, 1)[1]
                known = who is not None and who.name.split()[-1] not in rest.split()
                return SpeakerRef(name=f"{who.name} {rest}" if known else _clean_label(np_.text), kind=GROUP)
            if np_.name and " and " in np_.name and np_.head is None:
                return SpeakerRef(name=np_.name, kind=GROUP)
            if (np_.head in ("leaders", "two", "both", "pair", "duo", "couple") or {"two", "both"} & set(np_.modifiers)) \
                    and np_.text.split()[0].lower() in ("the", "both", "two"):  # (not "some GOP leaders")
                pair = self._recent_pair(pos)
                if pair:
                    return SpeakerRef(name=pair, kind=GROUP)
                # (or two bodies or countries that spoke together just before: "France and Germany
                # said ... / "...," the two countries said")
                two = next((e for e in self._events_before(pos)[:3] if e.is_speaker and e.kind in (GROUP, ORGANIZATION)
                            and e.label and e.label.count(" and ") == 1 and "," not in e.label), None) \
                    if {"two", "both"} & (set(np_.modifiers) | {np_.head}) else None
                if two is not None:
                    return SpeakerRef(name=two.label, kind=GROUP)
            return SpeakerRef(name=_clean_label(np_.text), kind=GROUP)
        if np_.kind == "pronoun":
            return self._resolve_pronoun(np_.pronoun or "", pos)
        if np_.kind == "description":
            if np_.head in TEXT_NOUNS:
                return None  # (shown as the text's own label: "the lawsuit")
            if np_.head in ISSUED_NOUNS:
                # "the statement said": whoever last spoke through one (a person, a group, an
                # organisation), else nobody; a ruling is a judge's or a court's, a report or a
                # study a body's
                for e in self._events_before(pos)[:4]:
                    if not (e.is_speaker and e.label):
                        continue
                    if np_.head in COURT_DOCUMENTS and not re.search(
                            r"\b(?:judge|justice|court|magistrate|tribunal)\b",
                            f"{e.label} {e.person.role if e.person else ''}", re.I):
                        continue
                    if np_.head in BODY_DOCUMENTS and e.kind not in (ORGANIZATION, GROUP):
                        continue
                    return self._ref(e.person) if e.person is not None else SpeakerRef(name=e.label, kind=e.kind)
                issued = _issued(np_.head)
                for e in self._events_before(pos)[:3]:
                    s1 = min(self._sentence_of(e.pos)[1], pos)
                    if not issued.search(self.masked, e.pos, s1):
                        continue
                    # "Governor Ann Price issued a statement on Monday. "...," the statement
                    # said": whoever the sentence before says issued it
                    if e.kind == PERSON and e.person is not None:
                        return self._ref(e.person)
                k = bisect_right(self.orgs, pos, key=lambda o: o[0]) - 1
                at, name = self.orgs[k] if k >= 0 else (0, None)
                if name and at >= self.paras[max(0, self._para_of(pos) - 1)][0] \
                        and issued.search(self.masked, at, min(self._sentence_of(at)[1], pos)):
                    return SpeakerRef(name=name, kind=ORGANIZATION)  # ("Acme Corp released a statement")
                return None
            mods = set(np_.modifiers)
            proper = frozenset(norm_key(w) for w in np_.text.split()[1:]
                               if w[:1].isupper() and w.lower() in mods)
            # "the woman said" is no man (a person of unknown gender may be either)
            want = "f" if np_.head in FEMALE_ROLE else "m" if np_.head in MALE_ROLE else None
            # An indefinite brings someone in: "One nurse, who gave her name only as Mere," is
            # not the nurse the story has named; but a lead's "A federal judge on Thursday
            # blocked ..." is the judge it names further on.
            indefinite = np_.text.split()[0].lower() in ("a", "an", "one", "another") and not re.search(
                r"\s(?:by|from)\s", np_.text)  # (but "a court document filed by state attorney Dave Aronberg")
            p = self._by_role(np_.head or "", np_.modifiers, proper, pos)
            if p is not None and indefinite and ("another" in mods or any(
                    e.person is p for e in self._events_before(pos))):
                p = None
            if p is not None:
                return self._ref(p)
            if np_.head and (np_.text.split()[0].lower() in ("a", "an", "one", "another", "his", "her", "their", "its")
                             or _owned_by_someone(np_.text)
                             or np_.head in ROLE_NOUNS
                             and re.search(r"\s(?:of|at|for)\s+(?:a|an|one|another)\s", np_.text)
                             or np_.head in ROLE_NOUNS
                             and re.search(r"\sof\s+the\s+[a-z]+\s+of\s+[A-Z]", np_.text)
                             or np_.head in FAMILY_NOUNS and not AGE.search(np_.text)
                             and (re.search(r"\sof\s(?!(?:\d+|" + NUMBER_WORD.pattern + r")$)", np_.text)
                                  or np_.text.split()[0].lower() == "the" and " of " not in np_.text)):
                # "a reporter for Agence France-Presse", "the head of one Seoul hospital", "the
                # attorney general of the state of New York" brings someone new in, unnamed; "his
                # wife", "Gary Johnson's doctor", "the father of twins" is someone beside the
                # person it belongs to, and "The father later told local television" after "a
                # family of four" a relative no one named is held as, not whoever spoke last
                # (but "the 34-year-old mother of three" is the woman the story has just
                # described)
                return SpeakerRef(name=_clean_label(np_.text), kind=ANONYMOUS)
            if np_.head == "year-old":
                # "Rahima Begum lost her home ... "...," the 45-year-old said": the person the
                # story has just described, not the last speaker ("said the 19-year-old who
                # lives across the street" is someone new)
                s0 = self._sentence_of(pos)[0]
                # ... but one with nothing said of them but their age may be the speaker just
                # quoted ("Titmus said she was "only getting started." / "...," the
                # 23-year-old told Channel Nine")
                new = re.match(r"[^,.;:]{0,40}?year-old,?\s+(?:who|from|of|in|at|with)\b", self.masked[pos:pos + 80])
                for e in self._events_before(pos)[:3]:
                    if e.is_speaker and e.pos < s0 and (new or not (
                            e.kind == PERSON and e.person is not None and self._para_of(e.pos) >= self._para_of(pos) - 1)):
                        return None
                    if e.kind == PERSON and e.person is not None:
                        return self._ref(e.person)  # (or the one this same tag just gave)
                return self._named_in_focus(pos)
            # "A senior administration official said ... "...," the official said": the
            # unnamed source just quoted
            for e in self._events_before(pos)[:3]:
                said = set(norm_key(_POSSESSIVE_WORD.sub(lambda p: p.group(2) or "", e.label)).split()) \
                    if e.is_speaker and e.kind == ANONYMOUS and e.label else set()  # (not "The president's son")
                if np_.head in said or np_.head in LEGISLATOR_NOUNS and said & LEGISLATOR_NOUNS:
                    return SpeakerRef(name=e.label, kind=ANONYMOUS)
            if np_.head in ("source", "sources"):
                # a source is never someone named: the unnamed one quoted further back ("a
                # source in Ukraine's SBU security service told Reuters ... / the SBU source
                # said"), else the description itself, not the last speaker
                for e in self._events_before(pos):
                    if e.is_speaker and e.label and re.match(r"(?:an?|one|the)\s+(?:[\w-]+\s+){0,3}?sources?\b",
                                                             e.label, re.I):
                        return SpeakerRef(name=e.label, kind=ANONYMOUS)
                return SpeakerRef(name=_clean_label(np_.text), kind=ANONYMOUS)
            if np_.head in PERSON_NOUNS:
                # "the woman, who spoke on condition of anonymity": a story calls the people
                # it names by their names, not "the woman"
                return SpeakerRef(name=_clean_label(np_.text), kind=ANONYMOUS)
            # A role the article never attached to a name stands for the person the
            # paragraph has just introduced ("Captain Kyle Walker ... backed his manager.
            # "...," the defender said."), else for the running speaker (unless a party tag
            # put them in another state: "the Florida senator" is not Sen. Ted Cruz (R-Texas)).
            para0 = self.paras[self._para_of(pos)][0]
            if np_.head in DEMONYMS and self.masked[para0:pos].lstrip()[:1] in "\"'\u201c\u2018":
                # "Djokovic, 36, smashed his racket ... / "...," the Serb said": a nationality
                # in place of a name, in a paragraph opening on the quotation, is whom the
                # paragraph before ended on
                para0 = self.paras[max(0, self._para_of(pos) - 1)][0]
            first = next(iter(self._events_before(pos)[:1]), None)
            if first is not None and not first.is_speaker and first.kind == PERSON and first.person is not None \
                    and para0 <= first.pos < pos and not _other_party(mods, first.person.role) \
                    and not _other_office(_office_head(np_), first.person.role) \
                    and not _other_body(np_, first.person.role) \
                    and not (proper and first.person.about and not proper <= first.person.about) \
                    and _gender_fits(first.person, want):
                return self._ref(self._described(first.person, np_, pos))
            for e in self._events_before(pos):
                if e.is_speaker and e.kind == PERSON and e.person is not None and _gender_fits(e.person, want):
                    if proper and e.person.about and not proper <= e.person.about:
                        return None
                    if _other_office(_office_head(np_), e.person.role) or _other_body(np_, e.person.role):
                        break  # (the last speaker holds another office: whom the text is about)
                    return self._ref(e.person)
            # Nobody has spoken yet: "Hillary Clinton doesn't recognize ... / In an
            # interview, the Democratic presidential candidate stated ...": the person the
            # story has just put in focus, unless their role names another party
            for e in self._events_before(pos)[:3]:
                if e.kind == PERSON and e.person is not None and not _other_party(mods, e.person.role) \
                        and not _other_office(_office_head(np_), e.person.role) \
                        and not _other_body(np_, e.person.role) \
                        and (proper - _PARTY_WORDS <= set(norm_key(e.person.role or "").split()) | e.person.about
                             or not e.person.role and not e.person.about and not proper & _PARTY_WORDS) \
                        and _gender_fits(e.person, want):
                    # (a place or a nation in the description says nothing against someone the
                    # text has given no role: "Harry Kane completed his move ... / "...," the
                    # England captain told the club's channel")
                    return self._ref(self._described(e.person, np_, pos))
            if np_.head in ROLE_NOUNS and AGE.search(np_.text):
                # "the 25-year-old France captain": an age says it is someone, and the rest is
                # their role
                return self._named_in_focus(pos, role=_clean_role(np_.text.split()))
            if np_.head in ROLE_NOUNS and " of " in np_.text:
                # "..., the head of the United Nations climate body said": someone the text
                # describes and never names
                return SpeakerRef(name=_clean_label(np_.text), kind=ANONYMOUS)
            return None
        return None

    def _described(self, person: Person, np_: NP, pos: int) -> Person:
        """The person a definite description stands for, who takes it as their role if the
        text gave them none: "Luis Montenegro did not concede. The Democratic Alliance leader
        said" (as the subject of its sentence or of a closing tag only: not "after the Democratic
        front-runner had said")."""
        relation = re.search(r"['\u2019]s\s+(?:\S+\s+)?([a-z]+)$", person.role or "")
        if person.role and not (relation and relation.group(1) in RELATION_NOUNS) \
                or np_.head not in ROLE_NOUNS or np_.text.split()[0].lower() != "the":
            return person  # (what they are gives way to what they do: "His rival, Luis Montenegro")
        s0, s1 = self._sentence_of(pos)
        at = self.masked.find(np_.text, s0, s1)
        if at >= 0 and _TAG_OPENING.search(self.masked[s0:at].rstrip()):
            person.role = _clean_role(re.sub(r"['\u2019]s$", "", np_.text).split())  # (not "The Florida senator's answer")
        return person

    def _body_read_as_person(self, pos: int, since: int) -> SpeakerRef | None:
        """The speaker just heard, since `since`, when the text calls them "it" or "the company"
        and their name read as a person's only for want of anything better: no known first
        name, no role, no gender ("Manchester City said ... "...," it said"). Their other rows
        are re-marked as a body's when all are read."""
        last = next(iter(self._events_before(pos)[:1]), None)
        p = last.person if last is not None and last.is_speaker and last.kind == PERSON else None
        if p is None or p.gender is not None or p.role or last.pos < since \
                or norm_key(p.name.split()[0]) in MALE_NAMES | FEMALE_NAMES:
            return None
        self._called_it.add(p.name)
        return SpeakerRef(name=p.name, kind=ORGANIZATION)

    def _unconfirmed_at(self, at: int) -> str | None:
        """The full name, as written, that opens a sentence at `at` and that the text has not
        (yet) shown to be a person's."""
        written = re.match(SHORT_NAME, self.masked[at:])
        key = norm_key(written.group()) if written else ""
        return written.group() if key and at in self._pending_subjects.get(key, ()) else None

    def _named_in_focus(self, pos: int, role: str | None = None, start: int | None = None) -> SpeakerRef | None:
        """A full name that opened a sentence of this paragraph or the one before (or since
        `start`), with no one named since, which the text had not yet shown to be a person's:
        "Kylian Mbappe finally joined Real Madrid ... / "...," the 25-year-old France captain
        wrote" (a description in its place says it is someone's, as does a "he" or "she"
        opening the next sentence)."""
        p0 = self.paras[max(0, self._para_of(pos) - 1)][0] if start is None else start
        at, key = max(((at, key) for key, ats in self._pending_subjects.items() for at in ats if p0 <= at < pos),
                      default=(-1, ""))
        if at < 0 or any(e.kind == PERSON and at < e.pos < pos for e in self.events):
            return None
        written = self._unconfirmed_at(at)
        if written is None or norm_key(written) != key:
            return None
        person = self.register.add(written, role=role, force=True)
        if person is None:
            return None
        for was in self._pending_subjects.pop(key):
            insort(self.events, Event(was, person), key=lambda e: e.pos)
        return self._ref(person)

    def _by_role(self, head: str, modifiers: list[str], proper: frozenset[str], pos: int) -> Person | None:
        """The person a role means; of two who hold it alike, the one in focus last
        ("Cantwell said ... Murray said ... / The senator said she ...": Murray)."""
        alike = self.register.all_by_role(head, modifiers, proper)
        if len(alike) > 1:
            recent = next((e.person for e in self._events_before(pos) if e.person is not None and e.person in alike), None)
            if recent is not None:
                return recent
        return alike[0] if alike else None

    def _person(self, name: str, pos: int, honorific: str | None = None) -> Person | None:
        """The registered person a name means. A surname two people bear ("Clinton":
        Hillary and Bill) means the one the article named first, its subject as a rule (a
        spouse or a relative comes later), unless a form of address says otherwise ("Mr.
        Clinton"). Recency was measured as the tie-break and was wrong more often: an aside
        about the spouse does not change whom "Clinton said" means."""
        found = self.register.lookup(name)
        if found is not None:
            return found
        people = self.register.sharing(name)
        if honorific in ("elder", "younger"):
            # "the elder Mishra": of two that bear the name, the parent (the younger: the child)
            kin = ("father", "mother") if honorific == "elder" else ("son", "daughter")
            people = [p for p in people if (p.role or "").split()[-1:] and p.role.split()[-1] in kin] or people
        elif honorific:
            gender = "m" if honorific.rstrip(".").lower() == "mr" else "f"
            people = [p for p in people if p.gender == gender] or people
        if not people and name and " " not in name.strip() and not name.isupper():
            # "Xi" for Xi Jinping, "Mao" for Mao Ning (family name first), "Hillary" for
            # Hillary Clinton: the first word of one full name the article gave
            key = norm_key(name)
            people = [p for p in self.register.people if len(p.name.split()) >= 2
                      and norm_key(p.name.split()[0]) == key]
            if len(people) > 1:
                return None
        return people[0] if people else None

    def _resolve_pronoun(self, pron: str, pos: int) -> SpeakerRef | None:
        if pron in ("they", "we"):
            for e in self._events_before(pos)[:4]:
                if e.kind in (GROUP, ORGANIZATION):
                    return SpeakerRef(name=e.label or "", kind=e.kind)
            return None
        if pron == "it":
            s0 = self._sentence_of(pos)[0]
            body = self._body_read_as_person(pos, self._sentence_of(s0 - 1)[0]) if s0 else None
            if body is not None:
                # "Manchester City said it was surprised ... "...," it said": a body after all
                return body
            # "what it called ...", "the company said it ...": an institution just speaking
            opened = self._body_opening(s0)
            rel = _IT_IN_A_RELATIVE.search(self.masked, s0, pos)
            if rel is not None and self._person(rel.group(1), pos) is None:
                # "a company called Cambridge Analytica, which specializes in building what it
                # calls ...": the body the relative clause hangs on
                return SpeakerRef(name=rel.group(1), kind=ORGANIZATION)
            for e in self._events_before(pos)[:3]:
                if e.kind == ORGANIZATION and e.label:
                    if opened and e.pos < s0 and opened != e.label:
                        break  # (a body its own sentence opens on is nearer: below)
                    return SpeakerRef(name=e.label, kind=ORGANIZATION)
            # "Netanyahu's office rejected that account. In a statement, it said ...": the
            # institution that opened the sentence before, if no one spoke since (in its own
            # sentence "it" may be anything: "The plan is the tool to meet the target it pledged")
            k = bisect_right(self.orgs, s0 - 1, key=lambda o: o[0]) - 1
            word = self._one_word_subjects.get(self.orgs[k][0]) if k >= 0 and not self.orgs[k][1] else None
            name = self.orgs[k][1] if k >= 0 and self.orgs[k][1] else word if word and self._org_like(word) \
                and self._person(word, pos) is None else None  # ("Walmart, which reported ..., raised")
            if name is None and k >= 0 and not self.orgs[k][1]:
                # "Oxfam Novib welcomed the ruling. Its director, ...": a name of two words the
                # text never showed to be a person's, that "it" stands for
                name = word = self._unconfirmed_at(self.orgs[k][0])
            if name and self.orgs[k][0] >= self._sentence_of(s0 - 1)[0] \
                    and re.fullmatch(r"\s*(?:[^,]{0,60},\s*)?(?:it\b.*)?", self.masked[s0:pos], re.I | re.S) \
                    and (not _plural_name(name) or name == word) \
                    and not any(e.pos > self.orgs[k][0] for e in self._events_before(pos)[:1]):
                return SpeakerRef(name=name, kind=ORGANIZATION)
            body = self._body_opening(s0)
            if body and not _plural_name(body) \
                    and (_QUOTE_AFTER_ITS_SENTENCE.fullmatch(self.masked, s0, pos)
                         or _IT_IN_ITS_SENTENCE.fullmatch(self.masked, s0, pos)) \
                    and not any(e.pos > s0 for e in self._events_before(pos)[:1]):
                # `Taiwan's defence ministry thanked Washington. "...," it said.`: the body
                # whose sentence the quotation follows
                return SpeakerRef(name=body, kind=ORGANIZATION)
            return None
        if pron in ("i", "you"):
            return None
        gender = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(pron)
        kin = self._kin_opened_before(gender, pos)
        if kin is not None:
            return kin
        events = self._events_before(pos)
        s0 = self._sentence_of(pos)[0]
        if re.fullmatch(r"\s*(?:[Tt]he\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3},\s*(?:he|she)\s*",
                        self.masked[s0:pos]):
            # `Trump, he said, "knows he's losing."`: the tag's "he" is not whom the words it
            # interrupts are about
            events = [e for e in events if e.pos < s0]
        running = next((e for e in events if e.is_speaker and e.kind == PERSON and e.person), None)
        p0 = self.paras[max(0, self._para_of(pos) - 1)][0]
        for e in events:
            if e.is_speaker and e.pos >= p0 and _one_unnamed(e, gender):
                # the unnamed speaker heard last, before anyone named comes back into focus ("A
                # member of staff ... told the Birmingham Mail ... / "...," she said")
                return SpeakerRef(name=e.label, kind=ANONYMOUS)
            if e.person is None and e.label and " and " in e.label and gender and not e.is_speaker:
                # "Alexandria Ocasio-Cortez and Ted Cruz clashed online. ... He called hers": the
                # one of the pair the pronoun fits
                one = [p for p in map(self.register.lookup, e.label.split(" and ")) if p is not None
                       and _gender_of(p) == gender]
                if len(one) == 1:
                    return self._ref(one[0])
            if e.person is None:
                continue
            g = e.person.gender
            if g is None or g == gender:
                if g is None and gender:
                    e.person.gender = gender  # learn it: the text calls this person `pron`
                return self._ref(e.person)
        fresh = self._named_in_focus(pos, start=self._sentence_of(s0 - 1)[0] if s0 else 0) if gender else None
        if fresh is not None:
            # "Raed Arafat urged people to stay at home. "...," he said": a full name the text
            # had not shown to be a person's, just before, with no one of that gender in focus
            self.register.lookup(fresh.name).gender = gender
            return fresh
        if running is not None:
            # No one of that gender in focus: translations get pronouns wrong; keep the
            # running speaker.
            return self._ref(running.person)
        # No one in focus at all: "When Margaret Okafor crossed the finish line ..., the crowd
        # roared. ... "...," she said": the one person of that gender the text has named so far
        # (not in a writer's own story, which speaks of people it need not name: "My father
        # ... He also told one of his young protégés that ...")
        named = self._one_named_in((0, pos), gender) if gender else None
        return self._ref(named) if named is not None and not re.search(r"\b(?:I|my|My|me)\b", self.masked[:pos]) else None

    def _kin_opened_before(self, gender: str | None, pos: int) -> SpeakerRef | None:
        """`"We're not going to let a little heat stop us." Her husband disagreed. "A little
        heat?" he said.`: the relative, unnamed, whom the sentence just before opens on, when
        "he" or "she" fits them; named by whose relative they are."""
        s0 = self._sentence_of(pos)[0]
        if gender is None:
            return None
        m = _KIN_SUBJECT.match(self.masked, s0, pos)  # (the splitter may keep both in one)
        p0 = s0
        if m is None and s0 > 0 and self._para_of(s0 - 1) == self._para_of(pos):
            p0 = self._sentence_of(s0 - 1)[0]
            m = _KIN_SUBJECT.match(self.masked, p0, s0)
        kin = m.group(2).lower() if m else ""
        if m is None or gender != ("m" if kin in MALE_ROLE else "f" if kin in FEMALE_ROLE else None):
            return None
        owner = self._pronoun_person({"his": "he", "her": "she"}.get(m.group(1).lower(), ""), p0)
        name = f"{_possessive(owner.name)} {m.group(2).lower()}" if owner is not None else m.group().strip().lower()
        return SpeakerRef(name=name, kind=ANONYMOUS)

    def _recent_pair(self, pos: int) -> str | None:
        best = None
        for p, names in self.pairs:
            if p <= pos:
                best = names
        return best

    # --- dates -------------------------------------------------------------------------
    def _dated(self, q: Quote, cue: Cue | None) -> Quote:
        if q.date is not None:
            return q
        s0, s1 = self._sentence_of(q.start)
        period = None
        if PERIOD_HINT.search(self.masked, s0, s1):  # (most sentences name no year nor month)
            # the narration around the words, not the words reported ("He said sales fell in 2014")
            a, b = max(s0, q.start), min(s1, q.end)
            tag = self.masked[s0:a] + " " * max(0, b - a) + self.masked[max(a, b):s1] if a < b else self.masked[s0:s1]
            # and only the sentence it is in: a sentence joined to the quote's tag keeps its own dates
            cut = [m.end() - s0 for m in _SENTENCE_END.finditer(self.masked, s0, max(s0, a))]
            after = _SENTENCE_END.search(self.masked, max(s0, a, b - 1), s1)
            tag = tag[cut[-1] if cut else 0:after.start() + 1 - s0 if after else len(tag)]
            period = speech_period(tag, self.article_date)
        if period is not None:  # "he said in 2012", "told an interviewer in March 2014"
            q.date, q.date_precision = period
            q.date_source = "text"
            return q
        if self.article_date is None:
            return q
        q.date, q.date_source, q.date_precision = self.article_date, "article", self.article_precision
        if self.published is not None:
            d = date_in_text(self.masked[s0:s1], self.published)
            if d is not None:
                q.date, q.date_source, q.date_precision = d, "text", "day"
        return q

    # --- indirect speech ---------------------------------------------------------------
    def _pull_quote(self, s0: int, s1: int, found: list[Quote]) -> Quote | None:
        """A paragraph that is one first-person sentence with no final stop and no marks is
        a pull quote: it repeats something a speaker said, so it takes the speaker of the
        quote it repeats (or of the one nearest in wording)."""
        p = self._para_of(s0)
        ps, pe = self.paras[p]
        text = self.body[ps:pe].strip()
        if (s0, s1) != (ps, pe) and self.body[s0:s1].strip() != text:
            return None
        if text[-1:] in ".?!:;,\"\u201d" or not re.match(r"(?:We|I|Our|My)\b", text) or not 5 <= len(text.split()) <= 40:
            return None
        words = set(re.findall(r"\w{4,}", text.lower()))
        best, best_share = None, 0.0
        for q in found:
            if q.kind in ("direct", "partial") and q.speaker is not None:
                share = len(words & set(re.findall(r"\w{4,}", q.text.lower()))) / max(1, len(words))
                if share > best_share:
                    best, best_share = q, share
        q = Quote(text=text, start=ps, end=ps + len(text), kind="direct", sentence=text, cue="pull quote")
        if best is not None and best_share >= 0.5:
            q.speaker, q.mention = best.speaker, best.mention
        return self._dated(q, None)

    def _statement(self, s0: int, s1: int) -> Quote | None:
        s0 += _after_dateline(self.masked[s0:s1])  # not "PORTLAND, Ore. (AP) — " nor "09:30 ET - "
        text = self.body[s0:s1].strip()
        if len(text.split()) < 8 or not FACT_MARK.search(text):
            return None
        para_start = self.paras[self._para_of(s0)][0]
        if _QUESTION.match(self.masked[para_start:para_start + 12]):
            return None  # an interviewer's question (`Q: Waiting lists are at a record high.`)
        q = Quote(text=" ".join(text.split()), start=s0, end=s0 + len(self.body[s0:s1].rstrip()),
                  kind="statement", sentence=" ".join(text.split()))
        m = re.search(r"\b[Aa]ccording(?: to)?\s+(.*)$", self.masked[s0:s1])
        if m:
            np_ = self._np_after(m.group(1))
            if np_ is not None:
                q.speaker = self._resolve(np_, s0 + m.start())
                q.mention, q.cue = np_.text, "according to"
                if q.speaker is None and np_.kind == "description" and _DESCRIPTION_OPENING.match(np_.text):
                    # "According to the indictment, ...": what the reader is told the source is
                    q.speaker = SpeakerRef(name=_clean_label(np_.text), kind=ANONYMOUS)
        return self._dated(q, None)

    def _indirect_sentence(self, s0: int, s1: int) -> Quote | None:
        """Reported speech with a clear speaker and cue: `X said (that) ...` or
        `..., X said on Wednesday`."""
        text = self.masked[s0:s1]
        sentence = " ".join(self.body[s0:s1].split())
        m = _QUOTED_AS_SAYING.search(text)
        if m:
            np_ = self._np_after(m.group("np"))
            content = text[m.end():].strip().rstrip(".")
            if np_ is not None and np_.kind in _QUOTED_KINDS and len(content.split()) >= 3:
                spk = self._resolve(np_, s0 + m.start("np"))
                if spk is not None:
                    return self._report(spk, np_, s0 + m.start("cue"), "as " + m.group("cue"), content,
                                        s0 + m.end(), sentence)
        m = _DOCUMENT_SAYING.search(text)
        if m is not None:
            # "The ministry issued a statement saying that the talks had collapsed": what the
            # document says is its issuer's report
            np_ = self._np_before(text[:m.start()])
            content = text[m.end():].strip().rstrip(".")
            if np_ is not None and np_.kind in (PERSON, ORGANIZATION, GROUP, "description", "pronoun") \
                    and len(content.split()) >= 3 and (m.group("that") or _opens_a_clause(content, past=True)):
                spk = self._resolve(np_, s0 + m.start())
                if spk is not None:
                    return self._report(spk, np_, s0 + m.start("cue"), m.group("cue"), content, s0 + m.end(), sentence)
        m = INDIRECT_AFTER.search(text)
        while m is not None and _no_tag(text, m):
            m = INDIRECT_AFTER.search(text, m.start() + 1)  # (the tag may begin inside the one refused)
        # a tag in mid-sentence: "The bigger risk, he said, is a clash at sea."
        rest = text[m.end():].strip() if m and m.group().endswith(",") else ""
        rest = next((rest[:e.start()] for e in re.finditer(r"[.?!]['\"\u201d\u2019]*\s+(?=['\"\u201c\u2018A-Z])", rest)
                     if not (e.group()[0] == "." and rest[:e.start()].split()[-1].lower() in ABBREVIATIONS)),
                    rest).rstrip(" .")  # (the sentence's end, not "former Illinois Gov. Rod Blagojevich")
        present = bool(m) and m.group("cue").split()[0].endswith("s")  # "The catch, he says, barely feeds ..."
        mid = len(rest.split()) >= 2 and rest[:1].isalnum() and _goes_on(rest, present) \
            and not _open_quotation(text[:m.start()])
        subj = m.group("subj").split() if m else []
        # ("..., public health researchers have warned.": people, then the perfect's auxiliary)
        people = parse_np(" ".join(subj[:-1])) if subj and subj[-1] in ("have", "has", "had") else None
        perfect = people is not None and people.kind in (GROUP, PERSON, ORGANIZATION, ANONYMOUS)
        if m and m.group("cue") in _CLOSING_TAG_ONLY and (
                text[m.end():].strip(" .\"\u201d\u2019'") and not mid and not (
                    m.group().endswith(",") and re.match(r"\s*[a-z]+ing\s", text[m.end():]))
                or subj[-1].lower() in _FINITE and not perfect):
            # (a participle may follow: "..., the convener admitted on Tuesday, blaming ...")
            m = None  # ("..., deficits would add up to more than the budget office had predicted.")
        if m and m.group().endswith(",") and re.match(r"\s*(?:''|[\"\u201c])", self.body[s0 + m.end():]) \
                and _first_word(text[_after_dateline(text):]) in LEAD_PREPS | _SUBORDINATORS | {"instead", "whether"}:
            m = None  # `In an essay in Time, he wrote, ''Entrenched ...''`: the tag opens a quotation,
            # after a phrase that is no report (not "The streets were deserted, he added, ''but ...''")
        if m and m.group("cue") == "reported" and re.search(r"[A-Z]", m.group("subj")):
            m = None  # "..., researchers reported", not a newsroom's report of what it heard ("..., The
            # Post reported" carries someone else's words)
        if m and (m.group("cue").startswith("told ") and re.search(r"[\"\u201c\u201d]|''", self.body[s0:s0 + m.start()])
                  or re.match(r"\s*[\"\u201c]", self.body[s0:s0 + m.start()])
                  or re.search(r"[,?!]\s*[\"\u201d]\s+[A-Z][^\"\u201c\u201d.;:]{0,80}$", self.body[s0:s0 + m.start()])):
            # `... ''What we gave up ...,'' he told Fox News.`, `"The cut was a mistake," Hill
            # noted, adding ...`, `"...," Justices Stephen Breyer, Sonia Sotomayor and Elena Kagan
            # wrote.`: the quotation's tag
            m = None
        if m:
            np_ = self._np_before(m.group("subj"))
            content = text[: m.start()].strip(" ,")
            if text[m.end("subj"):m.start("cue")].strip() == ",":
                # "..., a presidential spokesperson, Kim Eun-hye, told reporters": the role
                # before the name is not what was said
                role = re.search(r",\s*((?:a|an|the)\s+[^,]{2,60})$", content)
                if role is None or np_ is None or np_.kind != PERSON or len((np_.name or "").split()) < 2 \
                        or not _appositive_role(role.group(1)):
                    np_ = None
                else:
                    content = content[:role.start()]
                    np_.role = np_.role or _appositive_role(role.group(1))
            lead = _after_dateline(content)
            content, end = content[lead:], s0 + m.start()
            at = s0 + m.start("subj")  # (a body named in the words: as the sentence opens)
            body = _BODY_OPENING.match(content) if np_ is not None and np_.pronoun == "it" else None
            if body is not None and (business_noun(body.group("head")) or body.group("head") in ORG_WORDS):
                # "The automaker now expects ..., it said": the body its words open on
                own = parse_np(body.group("np"))
                np_, at = (own, max(0, s0 - 1)) if own is not None and own.kind == ORGANIZATION else (np_, at)
            owned = re.fullmatch(r"(?:its|the country['\u2019]s)\s+([a-z][\w\s-]{2,40})", np_.text.strip()) \
                if np_ is not None and np_.kind == ORGANIZATION else None
            owner = _BODY_SUBJECT.match(content) \
                if owned else None
            whose = re.sub(r"['\u2019]s?$", "", owner.group(1)) if owner else ""  # (and "India's moon lander")
            if owner and (whose.lower() in COUNTRIES or (o := parse_np(whose)) is not None
                          and o.kind == ORGANIZATION):
                # "Saudi Arabia ... will cut output by 500,000 barrels a day, its energy ministry
                # said": the ministry of the country its words open on
                name = f"{_possessive(whose)} {owned.group(1)}"
                np_ = NP(ORGANIZATION, name, name=name)
            if mid and content:
                # what was said runs across the tag, which is cut out of the words ("The
                # allure of simplicity itself, Mr. Furman argued, is largely a chimera.")
                # the subject before the tag, its verb after ("The bigger risk is ..."), or a
                # phrase before a clause ("Still, officials have to ...")
                # a phrase before a clause keeps its comma ("In the end, union voters ..."), not
                # a subject before its verb, nor a verb or a conjunction before its clause ("It
                # was one of ...")
                glue = " " if _verb_first(rest, present or _short_subject(content)) \
                    or content.split()[-1].lower() in _FINITE | _CLAUSE_LINKS \
                    or rest.split()[0].lower() in _CLAUSE_LINKS - {"and", "but", "so", "because", "while"} else ", "
                content, end = f"{content}{glue}{rest}", s0 + m.end() + text[m.end():].find(rest) + len(rest)
            if np_ is not None and len(content.split()) >= 4:
                spk = self._resolve(np_, at)
                unnamed = spk is None and (spk := _unnamed_role(np_)) is not None
                if spk is not None:
                    return self._report(spk, np_, s0 + m.start("cue"), m.group("cue"), content, s0 + lead, sentence,
                                        end=end, focus=not unnamed)
        m = INDIRECT_AFTER_INVERTED.search(text)
        if m and m.group("cue") not in ("said", "says", "according to") and not m.group("subj")[:1].isupper() \
                and not _ROLE_THEN_NAME.match(m.group("subj")):
            # (a verb's object: "Judicial Watch noted congressional testimony by ...", not a
            # role before a name: "wrote film director Osman Abu Laban")
            m = None
        if m:
            subj = m.group("subj")
            np_ = self._np_after(subj)
            if np_ is not None and np_.kind != "pronoun" and np_.text in subj and re.match(r"[a-z]", subj) \
                    and _FINITE_WORD.search(subj[:subj.find(np_.text)]):
                np_ = None  # a clause after the verb, not its subject: ", said he was leaning toward Donald Trump"
            rest = subj[subj.find(np_.text) + len(np_.text):] if np_ is not None and np_.text in subj else "x"
            named = _NAME_AFTER_ROLE.fullmatch(rest) if np_ is not None and np_.kind == "description" \
                and np_.head in ROLE_NOUNS | TITLE_WORDS else None
            if named is not None:
                # "according to the regional governor, Andrei Vorobyov.": the name the role is
                # set beside, with the role
                person = parse_np(named.group(1))
                if person is not None and person.kind == PERSON and len((person.name or "").split()) >= 2:
                    np_ = NP(PERSON, f"{np_.text}, {named.group(1)}", name=person.name,
                             role=person.role or re.sub(r"^(?:the|a|an)\s+", "", np_.text))
                    rest = ""
            content = text[: m.start()].strip(" ,")
            lead = _after_dateline(content)
            content = content[lead:]
            unnamed = np_ is not None and subj[:1].islower() and np_.kind in ("anonymous", GROUP)
            if unnamed and (close := _CLOSE_TO.match(rest)):
                # "three sources close to the company", "two people who had seen it": unnamed
                # as the text describes them, how they know and all
                label = f"{np_.text}{close.group()}"
                np_ = NP(ANONYMOUS, label, name=label, head=np_.head, modifiers=np_.modifiers)
                rest = rest[close.end():]
            if m.group("cue") == "according to" and not (
                    re.fullmatch(r"\s*(?:,\s*(?:who\s|(?:a|an|the)\s|" + _OWNER + r"\s)[^,]*)?\s*\.?\s*", rest)
                    and np_ is not None and (unnamed or np_.kind == "anonymous" or np_.kind == PERSON and (
                        len((np_.name or "").split()) >= 2 or self.register.known(np_.name or ""))
                                             or np_.kind in (GROUP, ORGANIZATION) and not rest.strip(" .")
                                             and not _INNER_REPORT.search(content))):
                # `..., according to Sumbul Desai, the company's vice president of health.`:
                # a person's account closing the sentence (not one inside it: "At the heart of
                # the trouble, according to Dennis Ross, ..., was a decision", nor "according to
                # Crowdpac, the most of any candidate")
                np_ = None
            if np_ is not None and (np_.kind in (PERSON, "anonymous") or np_.kind == GROUP and subj[:1].islower()
                                    or np_.kind in (GROUP, ORGANIZATION) and m.group("cue") == "according to") \
                    and len(content.split()) >= 4 and re.fullmatch(r"\s*(?:,.*)?", rest):
                # (a name and its appositive, not a clause; or people unnamed)
                spk = self._resolve(np_, s0 + m.start("subj"))
                if spk is not None:
                    return self._report(spk, np_, s0 + m.start("cue"), m.group("cue"), content, s0 + lead, sentence,
                                        end=s0 + m.start())
        # ("say" only after a plural subject: "Prosecutors say", "Cologne police say"; not
        # "did not explicitly say that", "when you say he has small hands")
        m = next((c for c in INDIRECT_BEFORE.finditer(text) if (c.group("cue") != "say"
                  or _PLURAL_SUBJECT_END.search(_PART_OF_THEM_END.sub(" ", text[:c.start("cue")])))
                  and not (c.group("cue") == "told" and re.match(r"\s+by\s", text[c.end("cue"):]))
                  and not re.search(r"\b(?:a|an|the)\s+$", text[:c.start("cue")], re.I)), None)
        # (not a passive: "was told by"; nor an adjective: "a noted hawk")
        if m and not _reports_a_clause(text, m):
            # not the first cue, then, but a relative clause's further on: "Her death was
            # confirmed by her son, David Marsh, who said the cause was pneumonia"
            # or the verb joined to it: "The ministry confirmed the exchange and said the men ..."
            m = next((c for c in INDIRECT_BEFORE.finditer(text, m.end()) if _reports_a_clause(text, c)
                      and _LATER_CUE_SUBJECT.search(text[:c.start()])
                      and (not _COORDINATED_END.search(text[:c.start("cue")])
                           or text[m.end():c.start()].count(" and ") == 1)), None)
        if m:
            np_ = self._np_before(text[: m.start("cue")])
            later = next((c for c in INDIRECT_BEFORE.finditer(text, m.end())
                          if c.group("cue") in _SAY_VERBS and _reports_a_clause(text, c) and (
                              _SUBORDINATE_OPENING.match(text) and "," in text[m.end():c.start()]
                              or re.search(r"\bthat\s+(?:[A-Z][\w.'\u2019-]*\s+){1,3}$", text[:c.start()]))), None) \
                if np_ is None and not _COORDINATED_END.search(text[: m.start("cue")]) else None
            later_np = self._np_before(text[: later.start("cue")]) if later is not None else None
            if later_np is not None and not re.match(r"(?:a|an)\s", later_np.text, re.I):
                # "When the moderator pointed out that ..., the candidate said ...": no subject for
                # the first cue, in a clause of its own, the main clause's said reports; nor in
                # "Fact checkers, including The Post, have pointed out that Comey said ...": the
                # named subject of the words reported
                m, np_ = later, later_np
            if np_ is None and _COORDINATED_END.search(text[: m.start("cue")]):
                # "Boeing Co reported a loss on Wednesday but said ...": the first verb's subject
                found = self._clause_subject(_COORDINATED_END.sub("", text[: m.start("cue")]), s0)
                np_ = found[0] if found else None
            if np_ is not None and m.group("cue") in _FINDING_VERBS and np_.kind not in (ORGANIZATION, GROUP) \
                    and not _DOCUMENT_BY.search(text[: m.start("cue")].rstrip()):
                np_ = None  # a finding is a body's or researchers' ("A Pew survey found that"), not
                # a person's ("He found that his keys were gone")
            present = m.group("cue") in _PRESENT_CUES
            if np_ is not None and present and not (
                    (np_.kind in (GROUP, ANONYMOUS, ORGANIZATION) or np_.pronoun in ("they", "we")
                     or m.group("cue") != "say") and re.search(
                        r"(?:^|[,;:\u2014]|\b(?i:and|but|while|although|though|because|since|so|yet))\s*$",
                        _before_subject(text[: m.start("cue")], np_.text))):
                # (the subject opens its clause, or a sentence after its "But": not "the place
                # Pentagon officials say the United States might take a stand", nor "those
                # around him acknowledge that")
                np_ = None
            if np_ is not None and present and np_.pronoun in ("they", "we") \
                    and _before_subject(text[: m.start("cue")], np_.text).strip(" ,"):
                np_ = None  # "They say" opens its sentence (", although they say": someone else's)
            at = m.end() + len(text[m.end():]) - len(text[m.end():].lstrip())
            how = _WHERE_THEN_THAT.match(text, at)
            if how is not None:
                at = how.end()  # "said on NBC's "Meet the Press" on Sunday that ...": where, then what
            that = re.match(r"that\s*,\s*", text[at:])
            if that is not None:
                at += that.end()  # "added that, in Wisconsin, ...": the clause, not its "that"
            content, end = text[at:].rstrip(), s1
            denied = _DENIED_CHARGE.match(content) if m.group("cue") in ("denied", "denies") else None
            if denied is not None:
                # "denied allegations that its equipment could be used for spying": what was
                # denied is the clause, not the allegations
                content, at = content[denied.end():], at + denied.end()
            if re.match(r"(?:as\s+much|nothing|little)(?![\w-])(?!\s+(?:%s)\b)|(?:so|otherwise)(?=\s*(?:[,.;]|$))"
                        % "|".join(_FINITE), content):
                # "Mook said as much in an interview": what was said is told elsewhere (but
                # "said nothing had changed" reports a clause)
                np_ = None
            tail = _SPEAKERS_PARTICIPLE.search(content) or _SPEAKERS_OWN_ACT.search(content) \
                or _SOURCE_TAG_INSIDE.search(content) or _SECOND_CUE.search(content)
            if tail is not None and tail.re is _SPEAKERS_PARTICIPLE:
                tail = _SECOND_CUE.match(content, tail.start()) or tail  # (", adding that ...": said too)
            if tail is not None and tail.re is _SECOND_CUE and not tail.group("that") \
                    and not _opens_a_clause(tail.group("content"), past=True):
                tail = None  # ("... and said nothing more": no second report)
            second = tail if tail is not None and tail.re is _SECOND_CUE else None
            if tail is not None and len(content[:tail.start()].split()) >= 3:
                # "..., declining to say whether ...": the speaker's act, not what was said
                content = content[:tail.start()].rstrip(" -\u2013\u2014")
                end = s0 + at + len(content)
            quoted = re.search(r"(?<=[.?!])\s+(?=''|[\"\u201c])", content)
            if quoted is not None and len(content[:quoted.start()].split()) >= 3:
                # the next sentence, which the splitter kept for its quotation: not these words
                content = content[:quoted.start()].rstrip(".")
                end = s0 + at + len(content)
            lead = text[:m.start("cue")]
            at_np = lead.rfind(np_.text) if np_ is not None and np_.text else -1
            own = _OWN_VERB_RESUMES.search(content) if at_np >= 0 and _WHO_THEN.fullmatch(
                lead, at_np + len(np_.text)) else None
            resumed = None
            if own is not None and len(content[:own.start()].split()) >= 3:
                # "Kishida, who announced last month he would not seek re-election, said the party
                # must now unite": the relative clause's report ends where its subject's own verb
                # comes, and that verb may report too
                resumed = INDIRECT_BEFORE.match(content, own.start("verb"))
                resumed = resumed if resumed is not None and _reports_a_clause(content, resumed) else None
                content = content[:own.start()]
                end = s0 + at + len(content)
            if at_np > 0 and _RELATIVE_BEFORE.search(lead, 0, at_np) and len(lead[at_np + len(np_.text):].split()) <= 2:
                # a relative clause's report ends where the sentence resumes: "Her Iraq war
                # vote, which she has repeatedly said was a mistake, was a major factor"
                resumes = _SENTENCE_RESUMES.search(content)
                if resumes is not None and len(content[:resumes.start()].split()) >= 2:
                    content = content[:resumes.start()]
                    end = s0 + at + len(content)
            ante = (_ANTECEDENT.search(lead, 0, at_np) or _SET_OFF_ANTECEDENT.search(lead, 0, at_np)) \
                if at_np > 0 and content.split() and content.split()[0].lower() in _FINITE else None
            if ante is not None and ante.re is _SET_OFF_ANTECEDENT and ante.group("rel") == "which" \
                    and re.search(r"\b(?:with|of|to|in|for|on|at)\s+$", lead[:ante.start()]):
                ante = None
            if ante is not None:
                # "a $1.2 billion plan she said would move ...", "a rule that the minister said
                # would take effect": what was said is of the thing the clause hangs on
                content = f"{ante.group(1)} {content}"
            spk = self._resolve(np_, s0 + m.start("cue")) if np_ is not None else None
            opens = np_ is not None and self.masked[s0:s0 + m.start("cue")].lstrip().startswith(np_.text)
            unnamed = spk is None and np_ is not None and (spk := _unnamed_role(np_, opens)) is not None
            if spk is not None:
                if len(content.split()) >= 3 and not (
                        that is None and re.match(r"(?:in|by|from|on|at(?!\s+least)|during|via|through|over|after|"
                                                  r"before|following|amid)\s", content, re.I)
                        and not any(_opens_a_clause(part, past=True) for part in re.split(r"[,\u2014]\s*", content))):
                    # (not "in an interview", "by telephone this week": where, and nothing said;
                    # but "that, in Wisconsin, ...": a clause)
                    first = self._report(spk, np_, s0 + m.start("cue"), m.group("cue"), content.rstrip("."),
                                         s0 + at, sentence, end=end, focus=not unnamed)
                    if resumed is not None:
                        words = text[at + resumed.end():].strip()
                        words = re.sub(r"^that\s+", "", words)
                        if len(words.split()) >= 3:
                            self.also.append(self._report(
                                spk, np_, s0 + at + resumed.start("cue"), resumed.group("cue"), words.rstrip(" ."),
                                s0 + len(text) - len(words), sentence, focus=not unnamed))
                    if second is not None and len(second.group("content").split()) >= 4:
                        # "... said the heat wave would ease but warned that temperatures would
                        # stay ...": what the second verb reports, the same speaker's
                        words = second.group("content").rstrip(" .")
                        self.also.append(self._report(spk, np_, s0 + at + second.start("cue"), second.group("cue"),
                                                      words, s0 + at + second.start("content"), sentence,
                                                      focus=not unnamed))
                    return first
                if not unnamed:
                    self._push(s0 + m.start("cue"), spk)  # (too short to report; the speaker still spoke)
            return None
        return self._according_opening(s0, text, sentence) or self._with_saying(s0, text, sentence) \
            or self._saying_participle(s0, text, sentence) or self._told_by(s0, text, sentence) \
            or self._moved_to_say(s0, text, sentence)

    def _moved_to_say(self, s0: int, text: str, sentence: str) -> Quote | None:
        """`India won ..., prompting captain Ben Stokes to concede that his side had been
        outplayed`: what the one moved to speak said."""
        m = _MOVED_TO_SAY.search(text)
        if m is None or not _opens_a_clause(text[m.end():], past=True):
            return None
        np_ = self._np_before(m.group("np"))
        content = text[m.end():].strip().rstrip(" .")
        if np_ is None or np_.kind not in (PERSON, GROUP, ANONYMOUS, ORGANIZATION, "description") \
                or len(content.split()) < 4:
            return None
        spk = self._resolve(np_, s0 + m.start("np"))
        if spk is None:
            return None
        return self._report(spk, np_, s0 + m.start("cue"), m.group("cue"), content, s0 + m.end(), sentence)

    def _told_by(self, s0: int, text: str, sentence: str) -> Quote | None:
        """`Reporters were told by Jane Holt, the mayor, that the bridge would reopen.`: the
        agent of a passive "told" is the speaker."""
        m = _TOLD_BY.search(text)
        if m is None:
            return None
        np_ = self._np_after(m.group("np"))
        content = m.group("content").strip().rstrip(".")
        if np_ is None or np_.kind not in (PERSON, GROUP, ANONYMOUS, ORGANIZATION) or len(content.split()) < 3:
            return None
        spk = self._resolve(np_, s0 + m.start("np"))
        if spk is None:
            return None
        return self._report(spk, np_, s0 + m.start("cue"), "told", content, s0 + m.start("content"), sentence)

    def _saying_participle(self, s0: int, text: str, sentence: str) -> Quote | None:
        """`A federal court suspended the permit on Wednesday, saying the company had not
        consulted the communities.`: what the sentence's subject said as it acted (a clause:
        not "saying goodbye", "saying nothing about it")."""
        m = _SAYING_PARTICIPLE.search(text)
        if m is None or not re.search(r"\sthat\s+$", m.group()) and not _opens_a_clause(text[m.end():], past=True):
            return None
        before = text[:m.start()]
        if re.search(r"(?:with|without|by|after|before|while|for|of)\s+[^,;:]*$", before, re.I) \
                or "?" in before:
            return None  # someone else's act ("with aides saying", "for saying"), or a question
        last = None
        for last in _NAMED_CLAUSE_JOINED.finditer(before):
            pass
        if last is not None:
            # "prosecutors charged the officer and Emanuel fired his police chief, acknowledging
            # that ...": the subject of the clause the participle closes
            before, s0 = before[last.end():], s0 + last.end()
        claim = _CLAIM_APPOSITIVE.search(before)
        if claim is not None:
            # `... had been "rigged," a charge that Colorado Republican leaders denied, noting
            # that ...`: theirs, who made something of the words
            cut = _claim_clause_at(claim)
            before, s0 = before[claim.start() + cut:], s0 + claim.start() + cut
        found = self._clause_subject(before, s0)
        np_ = found[0] if found else None
        if np_ is None or np_.kind not in (PERSON, GROUP, ANONYMOUS, ORGANIZATION, "pronoun", "description") \
                or np_.kind == "pronoun" and np_.pronoun not in ("he", "she", "they", "it"):
            return None
        start = m.end()
        how = _WHERE_THEN_THAT.match(text, start) or _WHERE_THEN.match(text, start)
        if how is not None:
            start = how.end()  # "saying in a tweet that ...", "saying at one point, ...": where, not what
        content = full = text[start:].strip()
        start += len(text[start:]) - len(text[start:].lstrip())
        nxt = _NEXT_PARTICIPLE.search(content)
        if nxt is not None and re.search(r"[\"\u201c\u201d]", content[nxt.start():]):
            nxt = None  # (a quotation in the second stays in one report, which quotes it whole)
        then = _SAYING_PARTICIPLE.match(", " + content[nxt.end():]) if nxt is not None else None
        if nxt is not None:
            content = content[:nxt.start()].rstrip(" -\u2013\u2014")  # (not "... but warning that ...")
        tail = _SPEAKERS_PARTICIPLE.search(content)
        if tail is not None:
            content = content[:tail.start()]
        content = content.rstrip(" .")
        if len(content.split()) < (3 if nxt is not None else 4):
            return None  # (three words before a second participle: `she's experienced "on paper" but
            # suggesting that ...`)
        spk = self._resolve(np_, found[2])
        if spk is None:
            return None
        words = full[nxt.end() + then.end() - 2:].rstrip(" .") if then is not None else ""
        if len(words.split()) >= 4 and (re.search(r"\sthat\s+$", then.group()) or _opens_a_clause(words, past=True)):
            # "..., acknowledging that Mr. Trump had tapped into a vein but warning that his style
            # would have repercussions": the second participle's report, the same speaker's
            at = start + nxt.end() + then.end() - 2
            self.also.append(self._report(spk, np_, s0 + start + nxt.end(), then.group("cue").split()[0],
                                          words, s0 + at, sentence))
        return self._report(spk, np_, s0 + m.start("cue"), m.group("cue"), content, s0 + start, sentence)

    def _with_saying(self, s0: int, text: str, sentence: str) -> Quote | None:
        """`Talks stalled on Saturday, with mediators from Egypt saying the two sides had
        failed to agree.`: the speakers of a closing "with X saying" phrase."""
        m = _WITH_SAYING.search(text)
        if m is None or not re.search(r"\sthat\s+$", text[:m.start("content")]) \
                and not _opens_a_clause(m.group("content"), past=True):
            return None  # (nor "with students saying little about it")
        phrase = m.group("np")
        np_ = self._np_after(phrase)
        if np_ is None or np_.kind not in (PERSON, GROUP, ANONYMOUS, ORGANIZATION) or np_.text not in phrase:
            return None
        rest = phrase[phrase.find(np_.text) + len(np_.text):]
        content = m.group("content").strip().rstrip(".")
        if not re.fullmatch(r"(?:\s+(?:from|of|for|at|in|with|close to|who)\s+[^,]*)?\s*", rest) \
                or len(content.split()) < 4:
            return None  # (the phrase is the speaker and where they are from, nothing more)
        spk = self._resolve(np_, s0 + m.start("np"))
        if spk is None:
            return None
        return self._report(spk, np_, s0 + m.start("cue"), m.group("cue"), content, s0 + m.start("content"), sentence)

    def _and_said_after(self, s0: int, s1: int, after: int, prev: Quote | None, quoting: bool = False) -> Quote | None:
        """`Lufthansa called the walkout "completely unnecessary" and said it had made a
        generous offer.`: what the speaker of the sentence's quotation said next, reported
        (`quoting`: words of theirs that it quotes may close it: `"...," Wolves said, adding that
        a replacement would be named "in due course."`)."""
        m, shift = _AND_SAID_TAIL.match(self.masked, after, s1), 0
        if m is not None and not m.group("cue") and (prev is None or prev.kind != "partial" or not prev.cue):
            m = None  # (a bare "and that ..." goes on only a report that quotes words inside it)
        if m is None and prev is not None and prev.kind == "partial" and self.body[after - 2:after - 1] == ",":
            # `said the results were "impressive but incomplete," noting that ...`: the
            # partial quotation's own comma sets off what its speaker went on to say
            m = _SECOND_CUE.match("," + self.masked[after:s1])
            shift = after - 1 if m is not None else 0
        if m is None:
            # `"...," Smith told reporters, adding that a deal could come`: after the
            # quotation's own tag, what its speaker went on to say
            m = _SECOND_CUE.search(self.masked, after, s1)
            tag = self.masked[after:m.start()].lstrip("'\"\u201d\u2019") if m is not None else ""
            if m is not None and (not 3 <= len(tag) <= 80 or re.search(r"[\"\u201c\u201d.;:]|\bwho\b", tag)):
                m = None  # (nor a relative clause's: `Tom told Annette, who answered her door and said ...`)
            claim = _CLAIM_APPOSITIVE.search(tag) if m is not None else None
            if claim is not None:
                # `... "rigged" against him, a charge that Colorado Republican leaders denied,
                # noting that ...`: theirs, who made something of the words
                cut = claim.start() + _claim_clause_at(claim)
                at = m.start() - len(tag) + cut
                found = self._clause_subject(self.masked[at:m.start()], at)
                spk = self._resolve(found[0], found[2]) if found else None
                if spk is None:
                    return None
                prev = replace(prev, speaker=spk, mention=" ".join(found[0].text.split()), cue=None)
        if m is None or prev is None or prev.speaker is None or prev.start < s0 or prev.kind == "indirect":
            return None
        content = m.group("content").rstrip().rstrip(".!?").rstrip()
        own = re.sub(r"\u201c[^\u201c\u201d]*\u201d|\"[^\"]*\"", " ", content) if quoting else content
        if re.search(r"[\"\u201c\u201d]|''", own) or len(own.split()) < 3 or len(content.split()) < 4 or not (
                m.group("that") or _opens_a_clause(content, past=m.group("cue") == "said")
                and not _PREPOSITION_FIRST.match(content)):
            return None  # (nor what was warned of: "and warned of the global implications a Trump
            # presidency would have")
        start = shift + m.start("content")
        return self._dated(Quote(
            text=" ".join(self.body[start:start + len(content)].split()), start=start, end=start + len(content),
            kind="indirect", speaker=prev.speaker, mention=prev.mention, cue=m.group("cue") or prev.cue,
            sentence=" ".join(self.body[s0:s1].split())), None)

    def _second_report(self, s0: int, s1: int) -> re.Match | None:
        """A second clause with its own subject and verb of saying, after a comma (inside a
        quotation's closing mark too: `"overly cautious," while Lee said ...`)."""
        return next((m for m in _SECOND_REPORT.finditer(self.masked, s0, s1)
                     if not m.group("close") or self.body[m.start() - 1] == ","), None)

    def _around_partials(self, rep: Quote | None, s1: int, then: Quote | None, taken: list[Quote]) -> Quote | None:
        """Reported speech that quotes some of its words (`Maersk said it was "relieved" and
        would resume calls on Saturday`): the report whole, marks and all, when every
        quotation of its sentence lies inside it, was `taken` as the reporter's, and three
        words or more of it are the narrator's (not `He said that "we will fight on."`, a
        quotation). It ends at its last quotation before a report that goes on from one
        (`then`: `... "lost its sparkle" and that rivals were winning`)."""
        if rep is None:
            return None
        # (the noun a relative clause hangs on, set before its words: "her political mentor, who she
        # said had "transformed" the country")
        prefix = next((rep.text[:s.end()] for s in re.finditer(r"\s", rep.text)
                       if not self.masked.startswith(rep.text, rep.start)
                       and self.masked.startswith(rep.text[s.end():], rep.start)), "")
        rep.text = rep.text[len(prefix):]
        end = rep.start + len(rep.text)
        if then is not None and rep.start < then.start < end:
            end = max((sp.close + 1 for sp in self.spans if rep.start <= sp.open and sp.close < then.start),
                      default=rep.start)
            rep.text = rep.text[:end - rep.start]
        if self.masked[rep.start:end] != rep.text:
            return None  # (words cut around a tag in mid-sentence)
        # (not a quotation the splitter kept with it that opens the next sentence: `X said the
        # squad had "refused to accept" defeat. "That's been us," he said.`)
        # (nor one after that, with its own tag: `... "lucky" after Spurs missed chances. "...," the
        # Spaniard said. "..."`)
        inside = [sp for sp in self.spans if sp.open < s1 and sp.close >= rep.start - 1
                  and not (sp.open >= end and (re.match(r"\W*[.?!]\s*(?:[\"\u201c]|$)", self.masked[end:sp.open])
                                               or _CLAIM_APPOSITIVE.match(self.masked, end)))]
        if inside and inside[0].open >= end and _OWN_VERB_RESUMES.match(self.masked, end) \
                and re.search(r"\bwho\s", self.masked[self._sentence_of(rep.start)[0]:rep.start]):
            # `Graham, who says allies should send ground forces, tweeted that the strategy "will
            # not destroy ISIL"`: a relative clause's report, before its subject's own verb,
            # quotes nothing
            return rep
        if inside and inside[0].open >= end and _SPEAKERS_OWN_ACT.match(self.masked[end:s1]):
            return rep  # (it ends where the speaker's next act quotes: "... and accused him of "inciting ..."")
        if not inside and _CLAIM_APPOSITIVE.match(self.masked, end):
            return rep  # (it quotes nothing; what others called it does: "..., a claim the campaign
            # called "ridiculous"")
        if not inside or any(sp.open < rep.start or sp.close >= end for sp in inside):
            return None
        own, at = [], rep.start
        for sp in inside:
            own.append(self.body[at:sp.open])
            at = sp.close + 1
        own.append(self.body[at:end])
        if not re.search(r"\w", own[0]) or len(re.findall(r"\w+", " ".join(own))) < 3 \
                or any(part.rstrip().endswith(":") or _ANOTHER_TAG.search(part) for part in own):
            # (opening on a quotation: whose words those are is the quotation's tag; or a
            # quotation after a colon, a speaker's own sentence (`... as a heckler yelled:
            # "..."`), or a tag of its own: `... and said, "Who are you going to trust?"`)
            return None
        quoted = [q for q in taken if rep.start <= q.start < end]
        if not quoted or not all(q.speaker is not None and (rep.speaker.name + " ").startswith(q.speaker.name + " ")
                                 for q in quoted):
            # (its quotations are the reporter's, named as briefly as "multiple intelligence
            # sources" for "... who have seen the correspondence": not a second speaker's)
            return None
        rep.text, rep.end = prefix + self.body[rep.start:end], end
        return rep

    def _report(self, spk: SpeakerRef, np_: NP, cue_at: int, cue: str, text: str, start: int, sentence: str,
                end: int | None = None, focus: bool = True) -> Quote:
        """Reported speech found: its speaker comes into focus at the cue (unless `focus` is
        False: a role no name is given for, which no pronoun after stands for), and the words
        are a quote of kind "indirect" (ending where they do unless `end` says otherwise)."""
        if focus:
            self._push(cue_at, spk)
        occasion = _OCCASION_END.search(text)
        if occasion is not None and len(text[:occasion.start()].split()) >= 3:
            text, end = text[:occasion.start()], None
        claim = _CLAIM_APPOSITIVE.search(text)
        if claim is not None and len(text[:claim.start()].split()) >= 3:
            text, end = text[:claim.start()], None
        while end is not None and end > start and self.body[end - 1] in " \t\n." \
                and not text.endswith(self.body[end - 1]):
            end -= 1  # (the words end where what was said does: not on the sentence's full stop)
        return self._dated(Quote(
            text=text, start=start, end=start + len(text) if end is None else end, kind="indirect", speaker=spk,
            mention=" ".join(np_.text.split()), cue=cue, sentence=sentence), None)

    def _according_opening(self, s0: int, text: str, sentence: str) -> Quote | None:
        """`According to a Microsoft spokesperson, the first sites will be in Wales.`,
        `Per Jane Smith, a spokeswoman, talks resume Monday.`: a person's account opening
        the sentence (a document's or a body's is a statement citing it: "According to the
        indictment, ...", "According to the Census Bureau, ...")."""
        lead = _after_dateline(text)
        m = _ACCORDING_OPEN.match(text, lead)
        if m is None:
            return None
        np_ = self._np_after(m.group("np"))
        issued = re.match(r"(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|release|letter|post|tweet)\s+"
                          r"(?:from|by|of)\s", m.group("np"), re.I)
        if np_ is None or np_.text.strip() != m.group("np").strip() and not (
                issued and m.group("np").strip().endswith(np_.text.strip())) or not (
                np_.kind in ("anonymous", GROUP) or np_.kind == PERSON and (
                    len((np_.name or "").split()) >= 2 or self.register.known(np_.name or ""))
                or np_.kind == ORGANIZATION and issued):  # ("According to a statement from the council")
            return None
        start = m.start("content")
        appos = re.match(r"((?:(?:a|an|the|his|her|its|their)\s|" + _OWNER + r"|(?=[a-z]))[^,]{2,60}),\s+", text[start:])
        role = _appositive_role(appos.group(1)) if appos else None
        # "According to Jane Smith, a spokeswoman, ...", "..., Clinton's Latino vote director,
        # ...", "According to Smith, who spoke on condition of anonymity, ..."
        aside = appos if role else re.match(r"who\s[^,]{2,80},\s+", text[start:])
        if aside:
            start += aside.end()
        content = text[start:].strip().rstrip(".")
        if len(content.split()) < 4 or not content[:1].isalpha():
            return None
        spk = self._resolve(np_, s0 + m.start("np"))
        if spk is None:
            return None
        person = self.register.lookup(spk.name) if spk.kind == PERSON and role else None
        if person is not None and not person.role:
            person.role = spk.role = role
        return self._report(spk, np_, s0 + m.start("cue"), m.group("cue").lower(), content, s0 + start, sentence)


FACT_MARK = re.compile(
    r"\d|\b(?:million|billion|thousand|hundred|half|double|doubled|triple|tripled|percent|"
    r"per cent|record|majority|dozens|hundreds|thousands|millions)\b", re.I)
SENTENCE_INTRO = re.compile(r"\s*(?:" + _OPENING_WORDS + r"\b[^,]{0,80},\s*)?")
# "PHILADELPHIA, July 25 (UPI) — ": where and when a story was filed, before its first sentence
# (and a business desk's "Nov 20 (Reuters) - ", with no place)
DATELINE = re.compile(r"\s*(?:[A-Z][A-Z.'/\- ]{2,40}(?:,[^\u2014\u2013\u2015\n]{0,40})?\s*"
                      r"(?:\([^)]{1,20}\)\s*[\u2014\u2013\u2015-]+|\u2014|\u2013|\u2015|--|-(?=\s))"
                      r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\([^)]{1,20}\)\s*[\u2014\u2013\u2015-]+"
                      r"|\([A-Z][^()]{1,20}\)\s*[\u2014\u2013\u2015-]+(?=\s))\s*")  # (a wire's bare "(Reuters) -")


# "09:45 ET - ", "14.32 BST | ": the time a live blog's entry was posted
TIMESTAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?(?:[-\u2014\u2013|]|--)\s+")


# How a description the text ties to no one opens: "the base chief", "a spokesman", "Court
# documents"
_DESCRIPTION_OPENING = re.compile(r"(?:the|a|an|%s)\s+\w" % "|".join(sorted(RECORD_KINDS)), re.I)


def _unnamed_role(np_: NP, subject: bool = True) -> SpeakerRef | None:
    """A report's subject that is a role the text never ties to a name ("the mayor said the
    line would open late"), or a text no one is named for when it is plainly the subject
    ("The lawsuit says ...", not "Republicans supporting the bill have said"): the
    description itself, all a reader is told of who speaks, as for a quotation."""
    heads = ROLE_NOUNS | TEXT_NOUNS if subject else ROLE_NOUNS
    if np_.kind == "description" and np_.head in heads and _DESCRIPTION_OPENING.match(np_.text):
        return _uncapitalised(_described_as(np_.text))
    return None


def _described_as(words: str) -> SpeakerRef:
    """The speaker a description the text ties to no one stands for: the description itself
    ("the base chief", "the lawsuit"; not "the council's" with its owner's 's)."""
    return SpeakerRef(name=re.sub(r"['\u2019]s?$", "", _clean_label(words)), kind=ANONYMOUS)


def _after_dateline(text: str) -> int:
    """Where the text goes on after a dateline it opens with (0 when none; never the end)."""
    m = DATELINE.match(text) or TIMESTAMP.match(text)
    return m.end() if m and m.end() < len(text) else 0


PARENTHETICAL = re.compile(r"\s*\((?:[^()]{1,40})\)")
PARTY_TAG = re.compile(r",?\s+[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\.?(?=,|\s*$)")
CLAUSE_START = re.compile(
    r"(?:,|;)\s*(?:such as\s+|especially\s+|even\s+)?(?:as|while|but|when|after|because|although|though|since|whereas)\s+"
    r"|;\s+(?=[A-Z])")  # (a clause of its own after a semicolon: `...; The Telegraph found it "..."`)
INDIRECT_AFTER = re.compile(
    r",\s*(?P<subj>[^,]{2,80}?),?\s+(?P<cue>said|says|say|told reporters|added|stated|announced|"
    r"warned|insisted|argued|acknowledged|conceded|admitted|claimed|complained|cautioned|predicted|noted|"
    r"explained|reported|confirmed|wrote|writes|"
    # "..., a senior official told Reuters.", "..., Smith told The Associated Press"
    r"told (?:journalists|a news conference|a press conference|(?:the\s+|The\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3}))"
    r"(?:\s+(?:(?:(?:earlier|later)\s+)?(?:on|last|this)\s+\w+|" + _WEEKDAY + r"|yesterday|today))?"
    r"(?:\s+(?:in|at|after|during|before|following)\s[^,.;:]{2,40}?)?"
    r"(?:,?\s+(?:speaking\s+)?on (?:the )?condition of anonymity)?\s*(?:,|\.|$)"
)


def _no_tag(text: str, m: re.Match) -> bool:
    """Whether what INDIRECT_AFTER found is no tag: a bare "say" after "to" or a modal ("a
    silly thing to say,", "what Trump will say."), or a tag inside parentheses the
    sentence opened ("her server (the existence of which, many Democrats say, ..."), or a
    quotation's own tag, whose closing mark opens the subject (`... threats. ''Violent threats
    ...,'' a Twitter spokesman said`; a typewriter quotation that is all the sentence says is
    read as what was said, as the span finder does not read '' marks).
    """
    lead = text[:m.start()].lstrip(" (")
    closing = m.group("subj")[:2]
    return m.group("cue") == "say" and m.group("subj").split()[-1].lower() in _FINITE | {"to", "not"} \
        or lead.count("(") > lead.count(")") \
        or closing[:1] in ('"', "\u201d") or closing == "''" and not lead.startswith("''")


# A second clause with its own subject and verb of saying: ", while officials said ..."
# An aside on part of a group between its name and the verb: ", many of them Catholics,".
# One of a kind of body, set off after a subject: "Health officials in Nigeria, one of the
# affected countries, said"
_ONE_OF_BODIES_END = re.compile(r"(?<=\w),\s*one\s+of\s+(?:the|its|their|those)\s+(?:[\w-]+\s+){0,3}?(?:%s),\s*$"
                                % "|".join(sorted(BODY_PLURALS)))
_PART_OF_THEM_END = re.compile(r",\s*(?:many|most|some|all|several|few|both|none|half|one|two|three|four|five)\s+of\s+"
                               r"(?:them|whom)\s+[^,;:]+,\s*$")  # (not the subject itself: ", most of them said")
# A clause opening a sentence before its main clause: "When the moderator noted that ..., "
_SUBORDINATE_OPENING = re.compile(r"\s*(?:%s)\s" % "|".join(sorted(
    w.capitalize() for w in (_SUBORDINATORS | _OPENING_SUBORDINATORS | {"as"}) - {"which", "that", "whom", "where"})))
_SECOND_REPORT = re.compile(r"(?:,|(?P<close>[\"\u201d]|''))\s+(?:while|whereas|but|and)\s+"
                            r"(?=(?:[A-Z][\w.'\u2019-]*|[a-z]+)"
                            r"\b(?:[^,;:\"\u201c\u201d]{0,80}?|[^,;:\"\u201c\u201d]{0,40},[^,;:\"\u201c\u201d]{2,80},)"
                            r"\s(?:said|says|say|told|added|(?:warned|argued|insisted|noted|countered|cautioned|"
                            r"claimed|contended)\s+that)\s)")
# A plural subject right before "say" ("Prosecutors say", "Cologne police say")
_PLURAL_SUBJECT_END = re.compile(r"(?:^|[\s,])(?:[a-z]+s|[Pp]olice|[Pp]eople|[Ss]taff|[A-Z][\w.'\u2019-]+s|[Tt]hey)\s+"
                                 r"(?:(?:also|still|now|privately|publicly)\s+)?$")
# Verbs read as such a tag only when it closes the sentence ("..., researchers warned.")
_CLOSING_TAG_ONLY = frozenset("""warned insisted argued acknowledged conceded admitted claimed complained cautioned
predicted noted explained confirmed""".split())
# `..., while others aren't meaningful to the public, said Grant Green, a national security
# official under Presidents Reagan and George W. Bush.`: the inverted tag closing a sentence
# An unnamed person opening a sentence as its subject, then a past-tense verb: "A second
# nurse described ...", "One woman recalled ..."
_SOMEONE_SUBJECT = re.compile(r"(?P<np>(?:[Aa]n?|One|Another)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*)"
                              r"(?:\s+of\s+(?:about\s+)?\d+)?"  # ("a boy of about 10")
                              # (and where they are: "One woman in the suburb of Varnavas")
                              r"(?:\s+(?:in|from)\s+(?:the\s+(?:[a-z]+\s+){1,2}of\s+)?"
                              r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)?)"
                              # (and what the text says of them: "Another speaker, a woman who said
                              # she had lived in a shelter, urged", "A woman who had lived ... urged")
                              r"(?:,\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<what>[a-z][\w-]*)\b[^,.;:\"\u201c\u201d]{0,80}?,"
                              r"|(?P<who>\s+who\s+[^,.;:\"\u201c\u201d]{1,80}?))?"
                              r"\s+(?P<verb>[a-z]+ed|was|had|told|spent|wept|fought|broke|began|came|went)\b")
# A time clause's subject, right before its verb: "after Tesla reported", "before the
# company announced"
_AFTER_WHAT = re.compile(r"\b(?:after|before|until|once)\s+(?:the\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){1,3}$"
                         r"|\b(?:after|before|until|once)\s+the\s+[a-z]+\s+$")
# A participle clause of the speaker's closing a report: ", declining to say whether ...",
# ", adding that ...", ", citing ..."
# (of those, the participles of saying, which may report a clause of their own: ", adding that ...")
_SAYING_PARTICIPLES = "adding|noting|warning|arguing|insisting|stressing"
_SPEAKERS_PARTICIPLE = re.compile(r",\s+(?:declining|refusing|citing|saying|speaking|calling|according|%s)\b[^,]*$"
                                  % _SAYING_PARTICIPLES)
# ... and what the speaker did besides: "... but declined to give names", ", but he would not say"
_SPEAKERS_OWN_ACT = re.compile(r",?\s+(?:and|but)\s+(?:(?:he|she|they)\s+)?(?:declined|refused|(?:would\s+not|wouldn['\u2019]t|did\s+not)\s+"
                               r"(?:say|elaborate|give|provide|specify|comment|name|explain|identify|offer|discuss|disclose)\b|"
                               r"gave\s+no|offered\s+no|provided\s+no|stopped\s+short|"
                               # (and what they did besides: "... and accused "criminal elements" of ...")
                               r"accused|urged|blamed|thanked|praised|criticized|criticised|condemned|"
                               r"called\s+(?:for|on)|appealed\s+(?:for|to))\b[^;:]*$")
# ... and a second verb of saying of the same subject: "... but warned that temperatures would ..."
# (or a participle of one: "..., adding that the army had been called in")
# ("but said" may go without "that": "conceded that ... but said his party remained ...")
_SECOND_CUE = re.compile(r"(?:,?\s+(?:and|but)\s+(?:also\s+)?(?=(?:%s)\s)|,\s+(?=(?:%s)\s))"
                         r"(?P<cue>[a-z]+)\s+(?P<that>that\s+|(?<=\bsaid\s)|(?<=\bsay\s)|(?<=\bsays\s))(?P<content>.*)$"
                         % ("|".join(sorted(_CLOSING_TAG_ONLY | {"added", "stressed", "said", "say", "says",
                                                                 "denied"})),
                            _SAYING_PARTICIPLES))
# ... and who carried the report, set off inside it: "..., state news agency SANA reported, as ..."
_SOURCE_TAG_INSIDE = re.compile(r",\s+(?!(?:which|who|that|and|but|or|as|while|when|if|because|he|she|they|it|we)\b)"
                                r"(?:[\w.'\u2019&-]+\s+){0,5}[A-Z][\w.'\u2019&-]*\s+(?:reported|reports)\s*(?:,.*)?$")
# A participle clause a quotation opens in: ", calling the arrival " (not a gerund subject:
# ", revoking clearances would be "...")
_ACTING_AFTER = re.compile(r",\s+(?:(?:saying|calling|telling|describing|claiming|urging|accusing|praising|"
                           r"branding|dubbing|labell?ing|" + _SAYING_PARTICIPLES + r")\b|"
                           r"[a-z]+ing\b(?![^,;:.\"\u201c\u201d]*\b(?:would|will|is|was|are|were|could|can|"
                           r"may|might|has|have|had|should|must)\b))[^,;:.\"\u201c\u201d]{0,60}$")
# A participle clause going on to an infinitive, before its verb: ", using his message to"
_PARTICIPLE_TO = re.compile(r",\s+[a-z]+ing\s[^,;:.\"\u201c\u201d]{0,80}?\bto\s*$")
# Two first names sharing a surname: "David and Ruth Feldman"
_COUPLE_NAMED = re.compile(r"\s*(?:The|A|Its|His|Her|Their)\s+(?:[a-z]+\s+)?(?:couple|pair|brothers|sisters|twins|siblings|"
                           r"parents|founders|co-founders)\b[^,;:\"\u201c]{0,80},\s+([A-Z][a-z]+\s+and\s+[A-Z][a-z]+\s+"
                           r"[A-Z][\w'\u2019-]+)\s*,")
# A group opening its sentence as the subject of what it did: "The three board members who
# voted no issued ...", "Protesters marched ...", "Parents who packed the hall were furious."
# (Verbs of acting only: all of _IRREGULAR_PAST was tried and let "Many ... thought" and the
# like put a group in focus wrongly in PolNeAR; the same list for _PAIR_SUBJECT made
# "confrontations between supporters and protesters ... led" a pair.)
_CROWD_SUBJECT = re.compile(r"(?P<np>(?!(?:They|We|You|It|He|She|There|I)\b)(?:[A-Z][a-z]+|\d[\d,]*)(?:\s+[a-z][\w-]*){0,4}?)"
                            r"(?:\s+(?:who|that)\s+[a-z][^,.;:\"\u201c]{0,60}?"
                            # (or an aside: "The researchers, led by Dr. Eduardo Nilson of ..., pooled")
                            r"|,\s+(?:[a-z]+ed|including|many|some|most|all|both|who)\s[^,;:\"\u201c]{1,80}?,)?"
                            r"\s+(?:[a-z]+ed|issued|wrote|sent|gave|held|took|met|made|began|stood|went|came|sang|"
                            r"kept|spent|brought|drew|left|were|had)\b")
# Two people as a sentence's subject, up to its verb: "Joe Biden and Andrés Manuel López
# Obrador agreed", "Amy Klobuchar and John Thune wrote"
_PAIR_SUBJECT = re.compile(r"(.+?)\s+(?:said|say|agreed|met|spoke|held|will|would|have|had|wrote|sent|issued|signed|"
                           r"[a-z]{3,}ed)\b")
_FULL_NAME = r"(?:[A-Z][\w'\u2019-]*\s+){1,2}[A-Z][\w'\u2019-]*"
_TITLED_NAMES = re.compile(r"\b([A-Z][a-z]+s\.?)\s+(%s(?:,\s+%s)*,?\s+and\s+%s)" % ((_FULL_NAME,) * 3))
_COUPLE = re.compile(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][a-z'\u2019-]+[a-z])\b")
# Words that open on a preposition: what or whom a verb of saying is about, or when it was said
_PREPOSITION_FIRST = re.compile(r"(?i:%s)\s" % "|".join(sorted(OPENING_PREPOSITIONS | {"of", "following"})))
# What may stand before a later cue that reports for the sentence: a relative clause's "who", a
# subject with no comma (after an opening phrase: "During the trial, a developer who ... told"),
# or the subject's own verb after the clause ("One of the developers, who testified under a
# cooperation agreement, told")
_LATER_CUE_SUBJECT = re.compile(r",\s*who\s+(?:also\s+|later\s+)?$|^(?:%s[^,;:]*,\s*)?[^,;:]*$"
                                r"|^[^,;:]*,\s*who\s[^,;:]*,\s*$" % _PREPOSITION_FIRST.pattern)
# The subject's own say verb right after a verb, maybe after when or where: "a developer who
# testified (on Monday) told jurors"
_SAY_VERB_NEXT = re.compile(r"\s*(?:%s[^,;:.\"\u201c]{0,40}?\s+)?(?:said|says|told)\b" % _PREPOSITION_FIRST.pattern)
# One unnamed member of a group: "one of them", "one of the nurses", "another of his aides",
# "one of those advisers"
_PARTITIVE = re.compile(r"(?:[Oo]ne|[Aa]nother)\s+of\s+(?:them|us|those|(?:the|those|these|his|her|their|its|our)\s+"
                        r"(?:[\w'\u2019-]+\s+){0,3}?(?P<head>[a-z][\w'\u2019-]*s|children|(?:wo)?men|people))\b"
                        r"(?=\s*(?:[,.;:(\u2014]|$))")
# A subject described by what they are accused of: "The man accused of killing three
# people in Boston (said)", "a former nurse convicted of poisoning patients (told the court)"
_ACCUSED_SUBJECT = re.compile(
    r"(?:^|[,;:\u2014]\s*|\s[-\u2013]\s+|\b(?:and|but|while)\s+)(?P<whole>(?P<head>(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[\w'\u2019-]+\s+){0,5}?[a-z][\w-]*)"
    r"\s+(?:(?:accused|charged|suspected|convicted|indicted|arrested|jailed|sentenced)\s+(?:of|with|in|for|over)|"
    # (or who had them speak: "A witness interviewed by congressional staff said", "An RSF
    # commander reached by phone", "a source quoted by Interfax")
    r"(?:interviewed|questioned|contacted|reached|quoted|cited|hired|employed|commissioned|surveyed|polled)\s+by)"
    r"\s[^,;:\"\u201c\u201d]{3,120}?)\s*$")
# "According to a spokesperson, ...", "Per Jane Smith, ...": a source opening the sentence
# Title words that are one person's rank ("the pontiff", "the emir"), not a body's
_RANKS = frozenset("""pontiff pope king queen prince princess emir emperor empress monarch premier imam cardinal
archbishop patriarch pastor sheikh ayatollah mufti taoiseach alderman councillor councilman councilwoman""".split())
# What a business story's sentence opens on that is no company: "Shares fell 4%."
_MARKET_NOUNS = frozenset("""shares stocks prices markets sales profits earnings revenue revenues exports imports
bonds yields futures costs rates deliveries orders volumes margins losses""".split())
# "The Detroit automaker now expects": a body named by its kind, opening a sentence
# A tag set inside a sentence between commas, its verb still to come: "The report, the
# inspector general wrote, found ..."
_MID_TAG = re.compile(r"^[^,;:\"\u201c\u201d]{2,80},\s*(?P<subj>(?:the\s+|[A-Z])[^,;:\"\u201c\u201d]{1,60}?)\s+"
                      r"(?P<cue>said|says|wrote|writes|added|noted|argued),\s+[a-z][^,;:\"\u201c\u201d]*$")
# A report inside words a source is given for: "The campaign announced that ..., according to
# Politico" is the campaign's
_INNER_REPORT = re.compile(r"\b(?:said|says|told|reported|reports|announced|announces|stated|claimed)\b")
_POSSESSIVE_WORD = re.compile(r"(\w+)(?:['\u2019]s|(?<=s)['\u2019])\s+([A-Z])?")
_MASKED = re.compile(r"[\"\u201c\u2018']xxx")  # (a quotation the mask has blanked out)
_PUNCTUATION_IN_MARK = re.compile(r"[,;:]([\"\u201d\u2019'])")
# A sentence whose one named person is no one's client or relative: a quotation's (whose
# speaker the next one answers), or one listing someone's relatives ("His parents, ...")
_QUOTED_OR_KIN_OPENING = re.compile(r"[\"\u201c\u201d]|''|^\s*(?:His|Her|Their)\s")
_NAMED_IN_OPENING_CLAUSE = re.compile(r"\s*(?:When|After|Before|As|Since|While|Although|Though|Once|Until)\s+"
                                      r"((?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w'\u2019-]*)\s+[a-z]")
_IT_IN_A_RELATIVE = re.compile(r"([A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,3}),\s+which\s"
                               r"[^,;:.\"\u201c\u201d]*\bit\s+$")
_DENIED_CHARGE = re.compile(r"(?:the\s+|any\s+)?(?:[a-z]+\s+)?(?:%s)\s+that\s+(?=[a-zA-Z])"
                            % "|".join(sorted(CHARGE_NOUNS)))
# An unnamed body a sentence opens on, its head the last word before a verb of the past or of
# saying ("The civil protection agency warned"; `_BODY_OPENING` below takes the first word a
# lower-case word follows, which a body named by several words would cut short)
_UNNAMED_BODY_OPENING = re.compile(r"(?P<np>The\s+(?:[a-z][\w-]*\s+){0,3}?(?P<head>[a-z][\w-]*))\s+(?:now\s+|also\s+)?"
                                   r"(?:[a-z]{2,}ed|said|says|has|had|is|was|will|would)\b")
_BODY_OPENING = re.compile(r"(?P<np>[Tt]he\s+(?:[\w.&'\u2019-]+\s+){0,3}?(?P<head>[a-z-]+))\s+(?:now\s+|also\s+|still\s+)?[a-z]+")
# Where or how words were said before "that" introduces them: "said on NBC's "Meet the
# Press" on Sunday that ...", "saying in a tweet that ..."; or before a comma after a
# participle: "saying at one point, ..."
_WHERE_THEN_THAT = re.compile(r"(?:(?:in|on|at|during|through|by|over|outside|inside|after|before|following|"
                              r"as\s+(?:recently|early|late|long\s+ago)\s+as)\s"
                              r"|to\s(?=[A-Z]|reporters\b|journalists\b))"
                              r"[^,;:]{1,80}?,?\s+that\s+(?=[a-zA-Z])")  # (not "vowed to stay ... through that")
_WHERE_THEN = re.compile(r"(?:in|on|at|during|through|to)\s[^,;:]{1,60}?,\s+(?=[a-zA-Z])")
# A passive "told" and its agent: "Reporters were told by Jane Holt, the mayor, that ..."
_TOLD_BY = re.compile(r"\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?P<cue>told)\s+by\s+"
                      r"(?P<np>[^,;:\"\u201c\u201d]{2,60}?(?:,[^,;:\"\u201c\u201d]{2,60},)?)\s+that\s+(?P<content>[^\"\u201c\u201d]+)$")
# "..., saying the company had not consulted them": what the sentence's subject said as it acted
# A clause joined on with its own named subject: "..., and Emanuel fired ..."
_NAMED_CLAUSE_JOINED = re.compile(r",?\s+(?:and|but)\s+(?=(?:[A-Z][\w.'\u2019-]*\s+){1,3}[a-z]+ed\s)")
# A second participle of saying after the first's words: "... but warning that", ", and suggesting that"
_NEXT_PARTICIPLE = re.compile(r",?\s+(?:and|but)\s+(?=(?:saying|suggesting|acknowledging|%s)\b)" % _SAYING_PARTICIPLES)
# The words a reported clause opens with after its verb: "told Reuters the army had", "added
# that the ruling was", "added that, in Wisconsin, ..."
# (or a name and its auxiliary: "told jurors Bankman-Fried had directed her")
_CLAUSE_OPENING = r"(?:the|a|an|it|he|she|they|we|there|this|these|his|her|its|their)\s|" \
    r"(?-i:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s+(?:had|has|was|were|is|are|would|will|could|did)\s)"
# An audience told a clause with no "that": "told parliament the government would"
_AUDIENCE = (
    r"(?:parliament|Parliament|lawmakers|legislators|MPs|senators|Congress|the (?:House of (?:Commons|Lords|"
    r"Representatives)|House|Senate|Commons|"
    r"court|jury|committee|crowd|audience|conference|summit|assembly|council|BBC|tribunal|inquiry|hearing|panel|"
    r"commission|board|meeting|rally)|supporters|delegates|"
    r"investors|analysts|police|officers|investigators|detectives|prosecutors|doctors|jurors|judges|"
    # (people by what they do or are: "told regulators it had", "told employees the plant would")
    r"officials|colleagues|staff|people|[a-z]{3,}(?:ers|ors|ists|ians|ents|ants|ees)|"
    # a medium: "told Spanish radio the club ...", "told state television that"
    r"(?:(?:local|state|national|public|[A-Z][\w-]*)\s+){0,2}(?:radio|television|TV|media|newspapers?|broadcasters?)|"
    # an outlet or a person by name: "told Reuters the army had ...", "told The Associated Press it"
    r"(?:the\s+|The\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3})")
_SAYING_PARTICIPLE = re.compile(r",\s+(?P<cue>saying|arguing|insisting|claiming|contending|warning|"
                                r"(?:adding|noting|stressing|explaining|acknowledging)(?=\s+that\s)|"
                                r"telling\s+[^,;:\"\u201c\u201d]{2,50}?(?=\s+that\s)|"
                                # (or an audience, then a clause: "telling the court her client had")
                                r"telling\s+" + _AUDIENCE + r"(?=\s+(?:" + _CLAUSE_OPENING + r")))"
                                r"\s+(?:that\s+)?(?=[a-zA-Z])")
# The subject of a second participle after "with ... and": "with X accusing ... and Clinton calling"
_WITH_AND_SUBJECT = re.compile(r"\bwith\s[^;:\"\u201c\u201d]+?\s(?:and|while)\s+"
                               r"([A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,2})\s*$")
# "..., with mediators from Egypt saying the two sides had failed to agree."
_WITH_SAYING = re.compile(r",\s+with\s+(?P<np>[^,;:\"\u201c\u201d]{2,80}?)\s+(?P<cue>saying|warning|insisting|arguing)"
                          r"\s+(?:that\s+)?(?P<content>[^\"\u201c\u201d]+?)\.?\s*$")
_ACCORDING_OPEN = re.compile(r"(?P<cue>According to|Per)\s+(?P<np>[^,;:\"\u201c\u201d]{2,80}),\s+(?P<content>.+)$", re.S)
INDIRECT_AFTER_INVERTED = re.compile(r",\s*(?P<cue>said|says|according to|noted|added|wrote|argued|explained|"
                                     r"warned|cautioned|insisted|observed)\s+(?P<subj>[A-Z][^;:!?]{2,200}?"
                                     # (or a role, then the name: "according to the regional governor, Andrei Vorobyov")
                                     r"|(?:the|a|an)\s+[a-z][^,;:!?]{1,80}?,\s*[A-Z][^,;:!?]{2,60}?"
                                     # (or unnamed: "according to two people familiar with the matter")
                                     r"|[a-z][^;:!?]{2,200}?)"
                                     # (and a clause of when or why after it: ", as the iPhone maker seeks ...")
                                     r"(?:,\s+(?:as|while|amid|after|before|since|because|even\s+as)\s"
                                     r"[^;:!?]{3,200}?)?\.?\s*$")
_ROLE_THEN_NAME = re.compile(r"(?:(?!(?:by|of|from|to|for|with|in|on|at|about|and|or)\b)[a-z][\w-]*\s+){1,4}[A-Z]")
# How unnamed sources know: "(three sources) close to the company", "(people) briefed on it"
_CLOSE_TO = re.compile(r"\s+(?:close\s+to|familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|"
                       # (or what they did to know: "two people who had seen it", "a person who attended")
                       r"who\s+(?:had\s+|have\s+|has\s+)?(?:seen|read|reviewed|attended|heard|watched|viewed|"
                       r"witnessed|been\s+briefed)\b|"
                       r"knowledgeable\s+about|involved\s+in)\s[^,]*")
# Verbs of saying that report a clause in the present only with "that": "Scientists warn that".
_PRESENT_SAYING = ("warn", "argue", "insist", "predict", "contend", "maintain", "acknowledge", "admit", "concede",
                   "note", "claim", "caution", "assert")
# What moved someone to speak: "..., prompting captain Ben Stokes to concede", "leading the
# minister to warn"
_MOVED = (r"\b(?:prompting|leading|forcing|causing|pushing|spurring|moving|driving)\s+"
          r"(?P<np>[^,;:.\"\u201c\u201d]{2,80}?)\s+to")
_MOVED_TO = re.compile(_MOVED + r"\s*$")
_MOVED_TO_SAY = re.compile(_MOVED + r"\s+(?P<cue>say|concede|claim|confirm|announce|promise|pledge|deny|declare|"
                           r"complain|demand|" + "|".join(_PRESENT_SAYING) + r")\s+(?:that\s+)?")
# Verbs of a finding, which report a clause when a body or researchers find it ("A Pew survey
# found that"), not a person ("He found that his keys were gone")
_FINDING_VERBS = frozenset(("found", "finds", "concluded", "concludes"))
INDIRECT_BEFORE = re.compile(
    r"\b(?P<cue>said|says|told (?:reporters|journalists|a news conference|a press conference)|"
    r"told " + _AUDIENCE + r"(?=\s+(?:that\b|" + _CLAUSE_OPENING + r"))|"
    # (a name's age may follow it: "told Daniel Harker, 44, that")
    r"told(?=(?:\s+(?!(?:he|she|they|we|I|it|you)\b)[\w'\u2019.-]+){1,7}?(?:,\s+\d{1,3},)?\s+that\b)|stated|"
    r"added|explained|announced|warned|insisted|argued|noted|stressed|acknowledged|admitted|"
    r"predicted|promised|pledged|vowed|denied|confirmed|testified|testifies|"
    # a plural subject's present: "Prosecutors say Brooks fired after an argument"
    # (or a name, and an age: "Prosecutors say Jennifer Crumbley, 45, ignored warning signs")
    r"say(?=\s+(?:that\b|(?:the|a|an|it|he|she|they|there|this|these|his|her|its|their)\s|"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z'\u2019-]+){0,2}(?:,\s+\d{1,3},)?\s+[a-z]|"
    r"(?:police|people|[a-z]{3,}s)\s+(?:[a-z]+ed|are|were|have|had|will|would|could|can|should|must|may|might)\b|"
    # (or a number of them: "Aid workers say thousands arrive each week", "Officials say 40 died")
    r"(?:dozens|hundreds|thousands|millions|tens\s+of\s+thousands|\d[\d,.]*)\s+(?:of\s+)?[a-z]|"
    # ("Scientists say climate change is making ...")
    r"[a-z]{3,}\s+[a-z]{3,}\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might)\s))|"
    r"(?:assured|reminded|informed)(?=(?:\s+(?!(?:he|she|they|we|I|it|you)\b)[\w'\u2019.-]+){1,7}?\s+that\b)|"
    # verbs that are as often nouns or adjectives ("FEC reports show", "an estimated 40,000"):
    # only before "that" or a subject pronoun
    r"(?:estimates|estimated|reported|reports)(?=\s+(?:that|he|she|it|they|we)\b)|"
    # ("Analysts at Deutsche Bank estimated the strike had cost ...": a clause after, which
    # `_reports_a_clause` tells from "estimated the crowd at 5,000")
    r"(?<=[a-z] )estimated(?=\s+(?:the|its|their)\s)|"
    # verbs that report a clause only with "that": "cautioned that", "conceded that"
    # (not in a relative clause: "the European Union, which contended that ..., is ...")
    r"(?<!which )(?<!who )(?:cautioned|conceded|claimed|maintained|complained|recalled|disclosed|revealed|"
    r"alleged|contended|signaled|signalled|"
    + "|".join(sorted(w + r"\s+out" if w == "pointed" else w for w in THAT_OR_NOUN_VERBS)) + "|"
    r"countered|replied|responded|retorted|(?:shot|fired|hit)\s+back|" + "|".join(sorted(_FINDING_VERBS)) + ")"
    # (or when: "claimed before his arrest that", "conceded in an interview that")
    r"(?=(?:\s+on)?(?:\s+" + _WEEKDAY + r")?(?:\s+(?:before|after|during|in|at)\s+(?:a|an|the|his|her|its|their)"
    r"(?:\s+[\w'\u2019-]+){1,3})?\s+that\b)|"
    # the present, with "that": "Scientists warn that ...", "the report's author argues that"
    # (not a noun after its owner: "Sanders's claim that", "his note that")
    r"(?<!which )(?<!who )(?<!to )(?<!'s )(?<!\u2019s )(?<!s' )(?<!his )(?<!her )(?<!its )(?<!their )"
    r"(?:" + "|".join(_PRESENT_SAYING) + r")s?(?=\s+that\b)|"
    # "wrote in a note to clients that": a writer reports a clause
    r"(?:wrote|posted)(?=\s+(?:that\b|(?:in|on)\s+(?:(?:a|an|the|his|her|its|their)\s+[^.;:,\"\u201c]{2,50}?|[A-Z][\w.]*|"
    r"social\s+media)(?:\s+(?:later|earlier|afterwards?|again|also))?\s+that\b)))"
    # an adverb between the verb and "that": "said only that", "said separately that"; or
    # a comment set off by commas: "noted, however, that"
    r"\b(?:\s+(?:only|simply|merely|repeatedly|publicly|privately|again|also|later|flatly|firmly|separately|"
    r"afterwards?|earlier|recently)"
    r"(?=\s+that\b)"
    r"|,\s*(?:however|though|too|also|moreover|again|in turn|in fact|for example|for instance|of course|"
    r"in particular|at the same time|nonetheless|nevertheless),(?=\s+that\b))?"
    r"(?:\s+(?:(?:(?:earlier|later)\s+(?=this|last))?(?:on|last|this|late|early)\s+)?"
    r"(?:" + _WEEKDAY + r"|week|month|year|night|morning)"
    r"(?:\s+(?:night|morning|afternoon|evening))?)?"  # ("said Wednesday night that", "said late Monday")
    # ("told reporters in Canberra the figures showed ...": a place, then the clause)
    r"(?:\s+(?:in|at)\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?(?=\s+(?:that\b|" + _CLAUSE_OPENING + r")))?"
    # where or when it was said: "said in a statement that", "wrote in a note to clients that",
    # "told journalists after the meeting in Abuja that"
    # (not "said in a documentary that showed ...": a relative clause)
    r"(?:\s+(?:in|on|during|at|after|following|before|outside|inside|from|near|via)\s+"
    r"(?:(?:a|an|the|his|her|its|their)\s+[^.;:,\"\u201c]{2,50}?|[A-Z][\w.]*)"
    r"(?=\s+that\s+(?![a-z]+ed\b)|\s+(?:it|he|she|they|we|there)\s+[a-z]))?"  # (and "wrote on Telegram that", "said in a statement it was")
    # `told the council's finance committee on Tuesday that`: whom, when, then the clause
    # (and "promised residents that", "warned investors on Monday that")
    r"(?:(?:(?<=told)|(?<=promised)|(?<=warned)|(?<=assured)|(?<=reminded)|(?<=informed))"
    r"(?:\s+(?!(?:he|she|they|we|I|it|you|that)\b)[\w'\u2019.-]+){1,7}?(?:,\s+\d{1,3},)?(?=\s+that\b))?"
    # ("said that was not enough": "that" is the clause's subject, so it stays in the words;
    # "said that approach would worsen ...": it points at a thing named before)
    r"(?:\s+that(?!\s+(?:was|is|were|are|would|will|could|can|may|might|should|had|has|did|does|"
    r"seemed|seems|sounded|sounds|made|makes|meant|means)\b)"
    r"(?!\s+(?:approach|plan|idea|policy|proposal|decision|move|bill|strategy|argument|claim|view|deal|"
    r"position|law|measure|effort|process|system|figure|estimate|number)\s+(?:was|is|would|will|could|can|"
    r"may|might|should|had|has|did|does)\b))?\s+"
)

# Present-tense cues, whose subject must open its clause to be the speaker.
_PRESENT_CUES = frozenset({"say"} | {v + s for v in _PRESENT_SAYING for s in ("", "s")})

_NOT_PERSON = frozenset("""
city states america gap river hemisphere island county valley coast sea ocean border street
avenue mountains america caribbean jungle district province region republic kingdom union
nations east west north south northern southern eastern western mexico brazil canada
""".split())


# Where the speaker phrase after an inverted cue ends ("said Sen. Jeff Merkley of Oregon, ...").
_NP_AFTER_STOP = re.compile(
    r",|\.(?=\s|$)|;|:|\(|\u2014|\s(?:on|in|at|after|during|before|as|while|who|when|to|about|that|"
    r"from|of|last|this|earlier|later)\s")


_SUBJECTS = frozenset("he she they it we i you that if whether this there".split())
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _tag_tail(word: str) -> bool:
    """A word that may follow the verb of a sentence that only attributes."""
    w = word.rstrip(",.;:!?")
    low = w.lower()
    if w[:1].isupper():
        return low in _DAYS
    return low in TAG_TAIL_WORDS or (low.endswith("ly") and low not in ("only", "early"))


def _participle(seg: str) -> bool:
    """"speaking to reporters", "Following the debate Politifact ..."; not a name that opens
    with a word in -ing ("Wyoming GOP chairman Matt Micheli"), nor a role that does
    ("managing director Bas Boele", "presiding judge Bas Boele"), nor a noun in -ing before a
    role noun and a name ("sporting director Deco", "housing minister Michael Gove")."""
    toks = seg.split()
    if seg[:1].islower() and toks[0].lower() not in _ROLE_ADJECTIVES:
        if len(toks) > 2 and toks[1] in ROLE_NOUNS:
            np_ = parse_np(seg)
            return np_ is None or np_.kind != PERSON or not np_.name or not (np_.role or "").startswith(toks[0])
        return True
    if len(toks) > 1 and toks[1][:1].isupper():
        return False  # a name: "Boeing Co reported", "Beijing Daily said"
    np_ = parse_np(seg)
    if np_ is not None and np_.kind == GROUP and len(toks) == 2 and np_.head == toks[1].lower():
        return False  # people a word in -ing describes: "Cycling advocates said", "Striking workers say"
    if np_ is not None and np_.kind == ORGANIZATION and np_.name and len(toks) > 2 and seg.endswith(np_.name):
        return False  # a body the trade it is in describes: "Shipping company Maersk said"
    return np_ is None or np_.kind != PERSON


_RELATIVE_PRONOUN = r"(?:which|that|whom|who)"
# A relative clause with a subject of its own: "which French officials", "that prosecutors",
# "whom he" (not the demonstrative "that official")
_RELATIVE_SUBJECT = re.compile(r"(" + _RELATIVE_PRONOUN + r")\s+((?:the|a|an|his|her|their|its|he|she|they|we|I|[A-Z][\w.'\u2019-]*)\b.*|"
                               r"(?:[a-z-]+\s+){0,2}[a-z-]+s)")


# A sentence that opens on someone's unnamed relative as its subject: "Her husband disagreed."
# (not "Her husband, Vicente, was missing": a name follows)
_KIN_SUBJECT = re.compile(r"\s*(His|Her)\s+(" + "|".join(sorted(FAMILY_NOUNS, key=len, reverse=True))
                          # (an appositive may follow: "Her husband, a retired firefighter, agreed")
                          + r")(?:,\s+(?:a|an|the)\s[^,;:\"\u201c\u201d]{2,60},)?\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")
# A name set beside a role, closing a sentence: ", Andrei Vorobyov."
_NAME_AFTER_ROLE = re.compile(r",\s*((?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w'\u2019-]*)\s*\.?\s*")
# A relative pronoun right before a subject: "which [she] has repeatedly said"
# A relative clause on a sentence's subject, between the subject and the clause's verb:
# "Kishida, who announced", ", who has repeatedly said", ", a moderate who has said"
_WHO_THEN = re.compile(r",\s*(?:(?:a|an|the)\s+[^,]{1,60}?\s+)?who\s+(?:[a-z]+\s+){0,3}")
# The verbs a sentence resumes on after a clause set off by commas
_RESUMING_VERBS = ("was|were|is|are|will|would|has|have|had|could|can|should|may|might|must|remains|remained|"
                   "became|becomes")
# Where the subject's own verb comes after its relative clause: ", said the party must unite",
# ", congratulated her rival", ", voted against it" (not a participle's phrase: ", backed by")
_OWN_VERB_RESUMES = re.compile(r",\s+(?:(?:also|then|later|again|nonetheless|still|now)\s+)?"
                               r"(?P<verb>[a-z]+ed|said|told|wrote|says|tells|writes|spoke|met|led|won|lost|left|took|"
                               r"gave|made|went|came|" + _RESUMING_VERBS + r")\b(?!\s+by\b)")
# A name that opens a sentence as its subject (then a comma or a verb): "Deutsche Bahn said",
# "FIDE, the International Chess Federation, confirmed", "India's moon lander"
_BODY_SUBJECT = re.compile(r"([A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,3})(?=\s*,|\s+[a-z])")
_RELATIVE_BEFORE = re.compile(r"\b" + _RELATIVE_PRONOUN + r"\s+$")
# Where a sentence resumes after a relative clause set off by commas: ", was a major factor",
# ", will not apply", ", is another asset"
_SENTENCE_RESUMES = re.compile(r",\s+(?:(?:also|still|now|not)\s+)?(?:" + _RESUMING_VERBS + r")\b")


# Sentences set in parentheses closing a paragraph's text: " (The laws require ... 20 weeks.)"
_CLOSING_ASIDE = re.compile(r"(?<=[.!?])\s+\([A-Z][^()]*[.!?]\)$")
# The verb "tweet" written with the brand's capital, after a word or a comma in a sentence
_TWEETED = re.compile(r"(?<=[a-z,] )Tweet(?:ed|s)\b")
# An owner right before a quotation, up to two lower-case words between: `Obama's famous "..."`
_OWNER_BEFORE_QUOTE = re.compile(r"(?<![\w.])(" + _OWNER + r")(?:[a-z-]+\s+){0,2}$")
# Nothing but quotations, as the mask leaves them
_ONLY_QUOTES = re.compile(r"(?:\s*[\"\u201c][^\"\u201c\u201d]*[\"\u201d])+")
# Someone named who speaks in a sentence: "since Trump spoke only in evasive bromides",
# "Sanders told the crowd"
_NAME_SPOKE = re.compile(r"\b((?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+)\s+(?:(?:[a-z]+ly|also|then|later|again)\s+)?"
                         r"(?:spoke|speaks|" + "|".join(sorted(TAG_VERBS, key=len, reverse=True)) + r")\b")


def _closes_an_aside(t: str, seg: str) -> bool:
    """Whether the dash before this last segment closes an aside set off by dashes: `In the
    letter - addressed to the U.S. attorney, Channing D. Phillips - the Utah Republican asks`
    (the description is the subject, not the name's appositive)."""
    at = t.rfind(seg)
    return at > 0 and bool(re.search(r"(?:\s-|[\u2014\u2013])\s*$", t[:at])) \
        and len(re.findall(r"\s-\s|[\u2014\u2013]", t[:at])) >= 2


# One item of a list of names: "Meta", "Saudi Arabia", "New Zealand" (not "In Paris")
_LISTED_NAME = re.compile(_CAPITALISED_RUN % 2)


def _listed_names(parts: list[str]) -> NP | None:
    """`Meta, TikTok and Snapchat have said`, `Britain, France and Germany said`: a list of
    three or more names that the last two, joined by "and", end, speaking together."""
    last = parse_np(parts[-1])
    if last is None or last.kind != GROUP or not last.name or " and " not in last.name or last.head is not None \
            or last.name.count(" and ") > 1:
        return None
    if not all(_LISTED_NAME.fullmatch(p) and not re.match(_OPENING_WORDS + r"\b", p) and _is_name_word(p.split()[0])
               for p in parts[:-1]):  # (not "In Paris, France and Germany", "Instead, Matthews, ...")
        return None
    return NP(GROUP, ", ".join(parts), name=", ".join(parts[:-1] + [last.name]))


def _pair_named_apart(parts: list[str]) -> NP | None:
    """`Karen Lewis, a community organizer, and her neighbor, Dwayne Hicks, both said`, `the
    company's president, Nick Clegg, and chief legal officer Jennifer Newstead said`: two
    people, each named in full with what the text says of them, speaking together (not
    "..., and Hicks said", a second clause, nor a list of three)."""
    k = next((j for j in range(len(parts) - 1, 0, -1) if parts[j].startswith("and ")), None)
    if k is None or any(p.startswith("and ") for p in parts[:k]):
        return None
    j = k - 1
    while j > 0 and j >= k - 2 and _APPOSITIVE_OPENS.match(parts[j]):
        j -= 1  # (what the text says of the first: "a community organizer")
    first = parse_np(re.sub(r'^.*["\u201d]\s*', "", parts[j]))
    if first is None or first.kind != PERSON or len((first.name or "").split()) < 2:
        return None
    rest, after = parts[k][4:], parts[k + 1:]
    two = parse_np(rest)
    if two is None or two.kind != PERSON:
        if not after or not _APPOSITIVE_OPENS.match(rest):
            return None  # ("and her neighbor, Dwayne Hicks": the role, then the name)
        two, after = parse_np(after[0]), after[1:]
    if two is None or two.kind != PERSON or len((two.name or "").split()) < 2 or len(after) > 2 \
            or not all(_APPOSITIVE_OPENS.match(p) for p in after):
        return None
    both = parse_np(f"{first.name} and {two.name}")
    return both if both is not None and both.kind == GROUP else None


# What an appositive after a name opens on: "a community organizer", "her neighbor", "54"
_APPOSITIVE_OPENS = re.compile(r"(?!(?:who|whom|whose|which|that|where|when)\b)(?:a|an|the|his|her|their|its|[a-z][\w-]*|\d+)(?:\s|$)")


def _role_phrase(text: str) -> bool:
    """"president and CEO of the Restaurant Association": a role that may follow a name
    with no comma before the verb."""
    np_ = parse_np(text)
    return np_ is not None and np_.kind in ("description", "organization")


# A verb that tags words of their own inside a report's (a few of TAG_VERBS only: not "noted",
# "continued", "recalled", which a report's own words use)
_ANOTHER_TAG = re.compile(r"\b(?:said|says|saying|told|asked|added|wrote)\b")
_SAY_VERBS = frozenset(("said", "says", "say", "stated", "added"))
_PROMISE_VERBS = frozenset(("promised", "pledged", "vowed"))
_FINITE = frozenset("""is are was were will would could can should may might must has have had did
does do shall won't wouldn't can't couldn't isn't aren't wasn't weren't hasn't haven't hadn't""".split())
_FINITE_WORD = re.compile(r"\s(?:%s)\s" % "|".join(sorted(_FINITE)))
# A relative clause open right up to its verb: ", who has (said)", ", which also (called)"
_OPEN_RELATIVE = re.compile(r",\s*(?:who|which)(?:\s+(?:%s))*\s*$" % "|".join(sorted(ADVERBS | _FINITE)))


def _reports_a_clause(text: str, m: re.Match) -> bool:
    """`announced he would step down` reports speech; `announced his candidacy`, `denied the
    charges`, `a confirmed report`, `pledged delegates` do not. Past "said", a verb is taken
    as reporting when "that" follows it, a promise verb when "to" does, and otherwise when
    a subject pronoun or, within the next words, an auxiliary or a modal does."""
    cue = m.group("cue").lower()
    if re.match(r"\s*(?:of|about(?!\s+(?:\d|half|an?\s|one|two|three|four|five|six|seven|eight|nine|ten|"
                r"twenty|thirty|forty|fifty|dozen|hundred|thousand|million|billion)))\s", text[m.end():], re.I):
        return False  # `said of Mr. Clinton, who ... is a so-so golfer`: whom it was said of
    if cue in _SAY_VERBS and cue != "added" or cue.startswith("told"):
        return True  # ("added" may take a thing: "the company added a warning to the label")
    before = text[:m.start("cue")].split()
    if before and before[-1].lower() in _DETERMINERS | _PASSIVE_AUXILIARIES | {"in", "of", "to", "for", "with"}:
        return False  # an adjective or a passive: "a confirmed report", "after being warned by"
    rest = text[m.end():]
    that = re.match(r"\s*that\s+", rest) if re.search(r"\bthat\s*$", m.group()) is None else re.match(r"", rest)
    if cue.split()[0] in THAT_OR_NOUN_VERBS and that is not None and not _opens_a_clause(rest[that.end():]) \
            and not rest[that.end():that.end() + 1].isupper():
        return False  # "reiterated that approach", "emphasized that point": a thing, not a clause
    if re.search(r"\bthat\s*$", m.group()) or re.match(
            r"\s*that\s*(?:,|" + _CLAUSE_OPENING + ")", rest, re.I):
        return True  # ("added that, in Wisconsin, ...": "that" opens a clause, not "denied that report")
    if cue in ("wrote", "posted") and re.match(r"\s*(?:in|on)\s+[^.;:,\"\u201c]{2,60}?\s+that\b", rest):
        return True  # "wrote on social media that", "posted on X that": where, then the clause
    if cue in _PROMISE_VERBS and re.match(r"to\s", rest):
        return True
    gerund = re.match(r"\s*([a-z]{2,}ing)\s", rest)
    if gerund and gerund.group(1) not in NOT_GERUNDS:
        return False  # "has acknowledged cheating in online games", "denied taking bribes": what was owned up to
    own = re.match(r"\s*([^,;:]{2,50}),\s*(?:said|says|told|added)\b", rest)
    if own and (_PREPOSITION_FIRST.match(rest.lstrip())
                or _OPEN_RELATIVE.search(text[:m.start("cue")]) and not _opens_a_clause(own.group(1))):
        return False  # "Smith, who testified for two days, said ...": when or where, then the subject's verb;
        # "Lim, who denied the charges, said": the relative clause's object
    if _SAY_VERB_NEXT.match(rest):
        return False  # "a developer who testified (on Monday) told jurors": the subject's own say verb follows
    return _opens_a_clause(rest)


def _opens_a_clause(rest: str, past: bool = False, present: bool = False) -> bool:
    """Whether words after a verb are a clause: a subject pronoun opens them ("announced he
    supported the bill"), or an auxiliary or a modal comes within the next words, or, after
    a verb that takes no object but a clause ("saying", `past`), a verb in the past (and,
    `present`, one in -s: "the catch barely feeds")."""
    if re.match(r"(?:he|she|they|we|i|it)\s+[a-z]", rest, re.I):
        return True
    if re.match(r"to\s", rest):
        return False
    # (a verb after ", and" is another clause's: "announced his candidacy, and others are")
    words = [w.lower().strip(",") for w in re.split(r",\s+(?:and|but|or|while|as)\s|;", rest)[0].split()[:8]]
    for k, w in enumerate(words[1:-1], 1):
        if w == "and" and (words[k + 1] in _SAY_VERBS or words[k + 1].endswith("ed")):
            # "confirmed the exchange and said the men were": an object, then another verb
            words = words[:k]
            break
    return any(w in _FINITE for w in words) or past and any(
        (w.endswith("ed") or w in _IRREGULAR_PAST or present and _present_s(w))
        and words[k - 1] not in _DETERMINERS | LEAD_PREPS | {"and", "or"}
        for k, w in enumerate(words[1:7], 1))  # "the talks failed", "the company lost money"


_SUBJECT_WORDS = frozenset("""he she they we it i you there some many most all no one few several each every
both""".split())


def _open_quotation(text: str) -> bool:
    """Whether a quotation opened in `text` is still open at its end (an odd count of ''
    or straight marks, or more opening curly marks than closing)."""
    return text.count("''") % 2 == 1 or text.count('"') % 2 == 1 or text.count("\u201c") > text.count("\u201d")


def _verb_first(rest: str, present: bool = False) -> bool:
    """Whether words open on a verb (after adverbs): "is a clash", "also plans to"; after a
    tag in the present, a verb in -s too ("barely feeds his family")."""
    for w in rest.lower().split()[:3]:
        w = w.strip(",")
        if w in ("also", "still", "never", "only", "not", "already", "now", "often", "even") or w.endswith("ly"):
            continue
        return w in _FINITE or w.endswith("ed") or w in _IRREGULAR_PAST or present and _present_s(w)
    return False


# Words that join a clause to what comes before it, taking no comma before them after a
# tag is cut out ("It is no surprise, he said, that ...": "It is no surprise that ...").
_CLAUSE_LINKS = frozenset("that and but because so when why if as while where which who whom whose how what "
                          "whether than to for".split())


def _short_subject(content: str) -> bool:
    """Whether words before a tag are a short noun phrase, a subject whose verb comes after
    the tag ("The nickname, she explained, exists ...", "His wife, he says, plans ...")."""
    words = content.split()
    return len(words) <= 4 and "," not in content and words[0].lower() in _DETERMINERS - _CLAUSE_LINKS


def _present_s(w: str) -> bool:
    """A word shaped like a verb in the present's third person ("feeds", "goes")."""
    return w.isalpha() and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous"))


def _goes_on(rest: str, present: bool = False) -> bool:
    """Whether the words after a tag in mid-sentence go on with what was said ("The bigger
    risk, he said, is ...", "Still, he said, officials have to ..."), not with the speaker's
    act ("..., he said, adding that ...", "..., she said, a hint of frustration in her voice")."""
    first = rest.split()[0].lower().strip(",")
    if first.endswith("ing") or first in ("as", "while", "when", "after", "before", "according"):
        return False
    # ("These days, he says, the catch barely feeds his family.")
    return _verb_first(rest, present) or _opens_a_clause(rest, past=True, present=True)


_IRREGULAR_PAST = frozenset("""lost made took gave knew went came thought found left felt kept began brought
bought won paid held meant met ran saw sent spent stood understood wrote became broke chose drove fell fought
grew led rose sold shot spoke struck threw""".split())


def _surname(name: str) -> str:
    """The family name a name ends on, with its particle: "Kaur", "de Jong" ("De Jong" when
    a sentence opens on it)."""
    toks = name.split()
    return " ".join(toks[next((i for i in range(len(toks) - 1) if toks[i].lower() in NAME_PARTICLES),
                              len(toks) - 1):])


def _is_name_word(t: str) -> bool:
    """A word that can be part of a person's name: capitalised letters, not all capitals (a
    capital again after a hyphen or an apostrophe: "Jean-Philippe", "O'Brien"; or after a
    name's own prefix: "LeBron", "McKenzie")."""
    return bool(re.fullmatch(r"[A-Z][a-z\u00e0-\u00ff]*(?:['\u2019-][A-Za-z][a-z\u00e0-\u00ff]*)*['\u2019-]?", t)
                or _PREFIXED_NAME.fullmatch(t)) and any(c.islower() for c in t)


# A name written with a capital after its prefix, which no sentence's first word is: "LeBron",
# "DeMar", "LaMelo", "McKenzie", "DeSantis"
_PREFIXED_NAME = re.compile(r"(?:Mc|Mac|De|Di|Da|La|Le|Du|Van|Von)[A-Z][a-z\u00e0-\u00ff]+")


# Words in -ing and -ed that open a role, not a clause: "managing partner", "acting director".
_ROLE_ADJECTIVES = frozenset("""managing acting founding visiting presiding ranking leading retired
elected appointed distinguished senior-ranking outgoing incoming reigning sitting serving consulting
supervising commanding disgraced embattled celebrated renowned acclaimed decorated licensed registered""".split())


def _crowd_chants(found):
    """A crowd as the speaker only with a verb of chanting or shouting (else no speaker)."""
    if found is not None and found[0].kind == GROUP and (found[0].head or "") in CROWD_NOUNS \
            and (found[1] is None or found[1].text.lower() not in CROWD_CUES):
        return None
    return found


def _plural_name(name: str) -> bool:
    """Whether a name is of many, whom "it" does not stand for ("Democrats"), not a
    company's that ends in "s" ("Meta Platforms", "Optus" when the text calls it a company),
    nor a body's named "of" or "on" something ("Commission on Human Rights", "British
    Chambers of Commerce")."""
    return name.endswith("s") and norm_key(name.split()[-1]) not in COMPANY_WORDS \
        and not re.search(r"\s(?:of|on|for)\s", name)


def _last_stop(text: str) -> int:
    """Where the last sentence of text that ends in it ends (0 if none does)."""
    m = re.search(r"[.!?](?=\s)(?!.*[.!?]\s)", text, re.S)
    return m.end() if m else 0


# Title words that only qualify the noun after them ("the state's interior minister").
_TITLE_QUALIFIERS = frozenset("""vice foreign prime deputy acting interim state homeland security defense
defence interior treasury labor commerce education health energy transportation agriculture veterans
house senate white department dept national federal u.s us u.k uk european democratic gop presidential
first mexican american mexico's america's un eu ministry office agency council committee cabinet
administration government campaign press""".split())


def _one_unnamed(e: Event, gender: str | None) -> bool:
    """Whether a speaker is one unnamed person a "he" or "she" can be: "a nurse", "one
    member of staff", never a group or a body, nor "a man" for "she"."""
    if e.kind != ANONYMOUS or not e.label or not gender or not re.match(
            r"(?:an?|the|one|another)\s|[A-Z][\w.'\u2019-]*['\u2019]s\s+[a-z]", e.label, re.I):
        return False  # (and someone's: "Ashby's mother")
    head = re.split(r"[,(]|\s(?:of|in|at|on|from|with|for|near|outside|inside|who|whose)\s", e.label, maxsplit=1)[0]
    if re.search(r"(?<![su])s$", head.lower()):
        return False  # "the protesters", not "a nurse in Leeds", "a witness", "the father of twins"
    words = set(e.label.lower().split())
    return not words & (MALE_ROLE if gender == "f" else FEMALE_ROLE)


def _names_a_person(role: str) -> bool:
    """Whether a role's head noun is someone's: "toxicologist at the University of New
    Mexico", not "German state next to Belgium"."""
    # (and what a participle or a clause after the head says of them: "county commissioner
    # backed by the teachers' union", "operative who worked ...")
    head = re.split(r"(?<=\S)\s(?:of|for|at|with|in|on|to|from|by|who|[a-z]+ed)\s", " " + role + " ",
                    maxsplit=1)[0].split()
    last = head[-1].lower() if head else ""
    return last in ROLE_NOUNS or last in TITLE_WORDS and last not in _TITLE_QUALIFIERS


_APPOSITIVE_OPEN = re.compile(r",\s+(?=(?:a|an|the)\s"
                              # (or a role without its article: ", senior vice president of people ...")
                              r"|(?:[a-z][\w-]*\s+){0,2}(?:" + "|".join(map(re.escape, sorted(ROLE_NOUNS | TITLE_WORDS, key=len, reverse=True)))
                              + r")\s+(?:of|for|at)\s)")
_APPOSITIVE_END = re.compile(r"[,;:()\"\u201c\u201d]|\.(?=\s|$)")


def _appositive_after(text: str, pos: int) -> str | None:
    """The appositive right after a name (", a former aide to Mr. Rubio,"), up to the comma
    or stop that closes it; an abbreviation's period closes nothing."""
    m = _APPOSITIVE_OPEN.match(text, pos)
    if m is None:
        return None
    start = i = m.end()
    while (e := _APPOSITIVE_END.search(text, i, start + 90)) is not None:
        if e.group() == "," and any(n.start() < e.start() < n.end()
                                    for n in _LISTED_INSTITUTION.finditer(text, start, start + 200)):
            i = e.end()  # (a comma inside a body's name: "the Medical Practitioners, Pharmacists and ...")
            continue
        words = text[start:e.start()].split()
        if e.group() == "." and words and (words[-1].lower() in ABBREVIATIONS or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", words[-1])):
            # ("an analyst at D.A. Davidson", "a lawyer at J. P. Morgan")
            i = e.end()
            continue
        return " ".join(words) if e.group() in ",;." and len(words) >= 2 else None
    # a long one, whose role comes before its relative clause: ", a jazz pianist who played
    # with Dizzy Gillespie before spending four decades teaching children in the Bronx,"
    rel = re.match(r"((?:[\w'\u2019.-]+\s+){2,6}?)(?:who|whose)\s", text[start:start + 90])
    return rel.group(1).strip() if rel else None


def _claim_clause_at(claim: re.Match) -> int:
    """Where the clause of someone who made something of the words starts in a
    `_CLAIM_APPOSITIVE` match: after ", a charge (that)"."""
    return re.match(r"[,\s]*\S+\s+\S+\s+(?:(?:that|which)\s+)?", claim.group()).end()


def _business_name(name: str) -> bool:
    """A name only a business has: "Kobayashi Pharmaceutical", "Acme Ltd"."""
    return norm_key(name.split()[-1]) in COMPANY_WORDS | BODY_NAME_WORDS


def _company_word(head: str) -> bool:
    """A word only a business is called: "the company", "the carmaker", "the iPhone maker"
    (not "the regulator", "the agency", "the watchdog", which may be public bodies)."""
    return business_noun(head) and head not in _PUBLIC_BODY_WORDS and head not in _NOT_ONLY_BUSINESS


def _before_subject(left: str, subject: str) -> str:
    """The text before a cue's subject phrase (which may stand before an aside: "His critics,
    many of them Catholics, argue")."""
    k = left.rfind(subject.strip()) if subject.strip() else -1
    return left[:k] if k >= 0 else "x"


# Who someone is by what they lead: "who leads the lab's fusion initiative", "who chairs the
# Senate Intelligence Committee"
_WHO_LEADS = re.compile(r"who\s+(?:now\s+|also\s+)?(leads|heads|runs|directs|chairs|oversees)\s+"
                        r"((?:the|[A-Z][\w.&'\u2019-]*['\u2019]s?)\s+[^,;:()]{3,80})")


def _appositive_role(text: str, loose: bool = False) -> str | None:
    """The role an appositive gives, without its article or a relative clause after it:
    "a spokesman for the group" -> "spokesman for the group", "a Democratic pollster who
    advises ..." -> "Democratic pollster". The words before any preposition must hold a
    role or title noun; "adding ...", "as chairman" give none, and "who leads the lab's fusion
    initiative" gives "head of the lab's fusion initiative"."""
    leads = _WHO_LEADS.fullmatch(text.strip())
    if leads:
        return f"{'chair' if leads.group(1) == 'chairs' else 'head'} of {leads.group(2)}"
    text = re.split(r"\s(?:who|which|whose|that)(?:['\u2019]s)?\s", text)[0].strip()
    if len(text) > 60:
        text = re.split(r"\s+and\s+(?:a|an)\s", text)[0]  # "the culture minister and a likely rival of ..."
    text = re.sub(r"^(?:now|then)\s+(?=(?:a|an|the)\s)", "", text)  # "now a paid CNN commentator"
    if re.match(r"(?:him|her|them)sel(?:f|ves)\s", text):
        return None  # ("herself a teacher": what else she is, beside the role the text gives her)
    if len(text) > (140 if loose else 90):
        return None
    head = role_head(text).split()
    if not head or head[0].lower() in RELATIVE | {"whose", "as", "when", "where", "while", "whom"} \
            and not head[0].isupper() \
            or head[0].endswith(("ing", "ed")) and head[0].lower() not in _ROLE_ADJECTIVES \
            or any(w.lower() in _NOT_IN_ROLE and not w.isupper() for w in _NAME_PARTICLE.sub(r"\1 ", text).split()):
        return None  # (a name's particle is no verb: "the Federal University of Rio Grande do Sul"; "the
        # WHO" is no "who")
    if not any(w.lower() in ROLE_NOUNS or w.lower() in TITLE_WORDS for w in head) and not (
            loose and head[0].lower() in ("a", "an", "the") and 2 < len(head) + 1 <= 8
            and head[-1][:1].islower()):
        return None  # (loose: any noun phrase after a name: "an oncologist", not "a Hollywood")
    return re.sub(r"^(?:a|an|the)\s+", "", text)


def _number_in_title(before: str, word: str) -> bool:
    """Whether `word` is the number of a branch or a district, after its capitalised name:
    "Local 344", "District 7" (in "Teamsters Local 344 president")."""
    return bool(re.fullmatch(r"\d{1,4}", word)) and before[:1].isupper() and before.isalpha()


def _added_to_role(held: str | None, given: str | None) -> list[str]:
    """The words a fuller form of the role held adds before it ("EU competition" for "chief"
    in "EU competition chief"); none when `given` is no such form."""
    if not held or not given or not given.lower().endswith(" " + held.lower()):
        return []
    return given[:-len(held)].split()


def _without_determiner(text: str, keep_its: bool = False) -> str:
    """A role as it stands alone: "the study's lead author" -> "study's lead author" ("its
    head" and "their leader" stay when `keep_its`, for the body to be named: `_body_role`);
    "one traveller" -> "traveller"."""
    its = "" if keep_its else "|its|their"
    return re.sub(rf"^(?:the|a|an|his|her|(?:one|another)(?!\s+of\b){its})\s+", "", text, flags=re.I)


# Someone unnamed by what they do: "a fighter", "one rebel militiaman", "an onlooker"
_SOMEONE_AFTER = re.compile(r"(?i:a|an|one|another|(?P<the>the))\s+(?:[a-z][\w-]*\s+){0,3}"
                            r"(?P<head>[a-z][\w-]+(?:er|or|ist|ian|man|woman))")
# ... and the words of that form that are no doer, or say when: "said a week later"
_NOT_A_DOER = frozenset("""later earlier after other further ever never over under order number matter quarter letter paper
center centre border water winter summer weather corner chapter register error factor sector mirror
motor floor door color colour""".split())
# Someone unnamed who gives a name after all: "(a doctor) in Nyala, who gave only his first
# name, Ibrahim", "(a mother of four) who gave her name only as Fatima", "who asked to be
# identified only by her first name, Olena", "who identified himself only as Abu Ali"
_GAVE_ONLY_A_NAME = re.compile(r"(?P<desc>(?i:a|an|one|the)\s+[^,;:()]{1,60}?)(?P<role>(?:\s+(?:in|from|of|at)\s+[^,;:()]{1,40}?)?)\s*,?\s+who\s+"
                               r"(?:(?:[a-z]+\s+){1,7}?(?:first\s+|last\s+|given\s+)?name(?:\s+only)?\s*(?:,\s*|\s+as\s+)"
                               r"|" + NAMED_ONLY_AS + r"\s+)"
                               r"(?P<name>" + SHORT_NAME + r")\b(?!\s+[a-z]+ed\b)")


# A passive of a verb said to someone: "were told", "was warned" (its subject heard the words)
_PASSIVE_AUXILIARIES = frozenset("was were been being be is are".split())
_ADDRESS_VERBS = frozenset("told asked warned reminded advised instructed ordered".split())


def _said_to_subject(before: str) -> bool:
    """Whether the text before a quotation ends on a passive said-to verb: `Blumenthal was
    asked, "..."` (the sentence's subject heard the words; someone else said them)."""
    last = before.split()[-2:]
    return len(last) == 2 and last[0].lower() in _PASSIVE_AUXILIARIES and last[1].lower().rstrip(",:") in _ADDRESS_VERBS


def _someone_by_trade(text: str, definite: bool = False) -> NP | None:
    """`a fighter`, `one rebel militiaman`, `an onlooker`: someone the lexicon does not know,
    by a noun for a doer (read so only where a verb of saying names its speaker); `the
    teller` too when `definite` (when what follows shows it a person: `, who asked ...`)."""
    m = _SOMEONE_AFTER.fullmatch(text)
    if m is None or m.group("the") and not definite or {w.lower() for w in text.split()} & _NOT_A_DOER:
        return None
    return NP("description", text, head=m.group("head"), modifiers=text.split()[1:-1])


def _named_after_all(text: str) -> NP | None:
    """`one doctor in Nyala, who gave only his first name, Ibrahim`, `a mother of four who
    gave her name only as Fatima`: someone unnamed who is named after all, as what the text
    first called them."""
    m = _GAVE_ONLY_A_NAME.match(text)
    if m is None:
        return None
    np_ = parse_np(m.group("desc")) or _someone_by_trade(m.group("desc"))
    if np_ is None or np_.kind not in ("description", "anonymous"):
        return None
    role = re.sub(r"^(?i:one)\s+", "", _without_determiner(text[:m.end("role")]))
    return NP(PERSON, m.group("name"), name=m.group("name"), role=role)


# What someone is, in lower case after a determiner or an owner: "the bill's chief sponsor",
# "Two senators from the regional parliament", "Microsoft's president"
_WHAT_THEY_ARE = re.compile(r"(?:(?i:the|a|an|its|his|her|their|two|three|four|both)|[A-Z][\w.&-]*['\u2019]s?)\s+"
                            r"(?:[a-z][\w'\u2019-]*\s+){0,4}[a-z][\w-]*"
                            r"(?:\s+(?:of|from|for|at|on)\s+[^,;:]{1,60})?")  # ("... from the Commerce Committee")


def _np_after_cut(t: str) -> str:
    """The text before the first stop; the period of a title or an initial ("Sen.", "J.J.")
    is not one."""
    for m in _NP_AFTER_STOP.finditer(t):
        if m.group() == ".":
            w = re.search(r"([\w.]+)$", t[:m.start()])
            wl = w.group(1).lower() if w else ""
            if wl in ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)*[a-z]", wl):
                continue
        if m.group().strip() == "of" and t[m.end():m.end() + 1].isupper():
            w = re.search(r"([A-Z][\w]*)\s*$", t[:m.start()])
            if w and w.group(1).lower() in ORG_WORDS:
                continue  # "the California Department of Forestry and Fire Protection": one name
        return t[:m.start()]
    return t


_PARTIES = ({"democratic", "democrat", "democrats"}, {"republican", "republicans", "gop"})
_PARTY_WORDS = _PARTIES[0] | _PARTIES[1]


def _other_party(mods: set[str], role: str | None) -> bool:
    """Whether a description's party word (`the Democratic candidate`) contradicts the
    party in a person's role (`Republican front-runner`)."""
    words = set(norm_key(role or "").split())
    return any(mods & a and words & b for a, b in (_PARTIES, _PARTIES[::-1]))


# Offices one person holds at a time, by their usual names: "the congressman" is not the
# judge the text has just quoted.
_OFFICES = {w: k for k, ws in {
    "judge": "judge justice magistrate", "congressman": "congressman congresswoman representative rep",
    "senator": "senator sen", "governor": "governor gov", "mayor": "mayor", "prosecutor": "prosecutor",
    "sheriff": "sheriff", "ambassador": "ambassador", "pope": "pope pontiff", "bishop": "bishop",
    # professions, as distinct as offices: "the mayor" is not the lawyer just quoted
    "lawyer": "lawyer counsel", "doctor": "doctor physician surgeon", "nurse": "nurse", "coach": "coach",
    "player": "player guard forward striker midfielder defender goalkeeper quarterback pitcher shortstop",
    "spokesman": "spokesman spokeswoman spokesperson", "professor": "professor", "teacher": "teacher",
    # and the heads of a government and of its armed forces: "the army chief" is not the prime
    # minister the sentence is about
    "minister": "minister premier", "president": "president",
    "military": "general commander admiral colonel marshal military-chief",
}.items() for w in ws.split()}


def _office_head(np_: NP) -> str | None:
    """The office a description names, for `_other_office`: its head, or an armed force's
    chief ("the army chief", "the military commander")."""
    if np_.head in ("chief", "head", "commander") and set(np_.modifiers) & {"army", "military", "navy", "armed"}:
        return "military-chief"
    return np_.head


# A word that may name either of two ("U.S. Attorney" prosecutes, "defense attorney" defends)
_EITHER_OFFICE = {"attorney": ("lawyer", "prosecutor")}
_PARTY_HEADS = frozenset(("republican", "democrat", "independent"))
_ELECTED = frozenset(("congressman", "senator", "governor", "mayor", "sheriff"))


# A role held in a body the text calls by its kind: "company's general counsel", "group's
# executive director".
_BODYS_ROLE = re.compile(r"(?:((?i:its|their))\s+|(company|group|firm|agency|organi[sz]ation|bank|union|party|carmaker|"
                         r"automaker|airline|charity|commission|ministry|department|council|club|team)['\u2019]s\s+)"
                         r"(.{3,60})")


def _other_kind(kind: str | None, name: str) -> bool:
    """Whether a body's name says it is of another kind than the one a role's owner is called
    by: "the union's chief negotiator" is not of the Alliance of Motion Picture and Television
    Producers named last."""
    said = set(norm_key(name).split()) & NAMED_KINDS
    return kind is not None and kind.lower() in KIND_NAMES and bool(said) and not said & KIND_NAMES[kind.lower()]


def _owned_by_someone(text: str) -> bool:
    """Whether a description says whose it is ("Gary Johnson's doctor", "the company's
    lawyer"), a possessive that is not part of a body's name ("the People's Party leader")."""
    return any(not (m.group(2) and m.group(1).lower() in NAMED_FOR_PEOPLE) for m in _POSSESSIVE_WORD.finditer(text))


def _role_in(role: str, body: str) -> str:
    """A role held in a named body: "general counsel of Google"; "WHO's regional director for
    Europe" when the role already says of what or for whom; "founder of the far-right Chega
    party"."""
    body = re.sub(r"^The (?=[a-z])", "the ", body)
    if re.search(r"\s(?:of|for|at|in)\s", role):
        return f"{_possessive(body)} {role}"
    if re.search(r"\b%s$" % _SPEAKS_FOR, role):
        return f"{role} for {body}"  # (one speaks for a body: "spokesman for the California Apartment Association")
    return f"{role} of {body}"


def _possessive(name: str) -> str:
    """A name as an owner: "WHO's", "White Helmets'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


# Offices whose holders speak of what befell others: a story's subject is not "the coroner".
_OFFICES_ON_OTHERS = frozenset("""coroner examiner pathologist sheriff prosecutor investigator detective
spokesman spokeswoman spokesperson narrator announcer""".split())


def _other_office(head: str | None, role: str | None) -> bool:
    """Whether a description's office (`the congressman`) is not the office in a person's
    role (`U.S. District Judge`); a party's member (`the Utah Republican`) holds an
    elected office, not a profession (`U.S. attorney for the District of Columbia`); an
    office that speaks of others (`the coroner`) is only someone's the text called so."""
    words = norm_key(role or "").split()
    if head in _OFFICES_ON_OTHERS and head not in words:
        return True  # "the coroner", "the spokesman": no one the text has not called so
    held = {_OFFICES[w] for w in words if w in _OFFICES} | {c for w in words for c in _EITHER_OFFICE.get(w, ())}
    if head in _PARTY_HEADS:
        return bool(held) and not held & _ELECTED
    office = _OFFICES.get(head or "")
    return office is not None and bool(held) and office not in held


@lru_cache(maxsize=64)
def _issued(noun: str) -> re.Pattern:
    """Someone issuing a document of this kind: "issued a statement", "released its report"
    (built once for each kind the text calls a document by)."""
    return re.compile(r"\b(?:issued|released|put\s+out|sent|posted|published)\s+(?:a|an|the|his|her|its|their)\s+"
                      r"(?:[\w-]+\s+){0,2}?%ss?\b" % re.escape(noun))


def _other_body(np_: NP, role: str | None) -> bool:
    """Whether a description's post at a body ("the head of the state weather agency AEMET")
    is not the post a person's role names ("Regional leader"): the role's words beyond its
    office share none with the body's (a bare office, "Chairman", says nothing against it)."""
    body = re.search(r"\s(?:of|at|for)\s+(.+)$", np_.text) \
        if np_.head in ROLE_NOUNS and np_.head not in FAMILY_NOUNS else None  # (not "the mother of three")
    held = set(norm_key(role or "").split()) - ROLE_NOUNS - TITLE_WORDS - FUNCTION_WORDS
    return body is not None and bool(held) and not held & (set(norm_key(body.group(1)).split()) - FUNCTION_WORDS)


def _first_word(seg: str) -> str:
    """The first word, lower-cased; an acronym ("WHO regional director") is none of the
    function words it may spell."""
    w = seg.split()[0]
    return "" if len(w) > 2 and w.isupper() else w.lower()


# Words in -ly that are nouns, not adverbs: "the family said", "the weekly reported".
_LY_NOUNS = frozenset("""
family families assembly supply monopoly anomaly homily bully ally rally daily weekly monthly quarterly
biweekly elderly
""".split())


def _is_adverb(word: str) -> bool:
    """An adverb that may stand between a subject and its verb: the known ones, and any
    lower-case word in -ly ("Senator Holt quietly said") that is not a noun."""
    low = word.lower()
    return low in ADVERBS or word.islower() and len(word) >= 6 and word.endswith("ly") and low not in _LY_NOUNS


def _caps_to_title(text: str | None, person: bool) -> str | None:
    """"U.S. PRESIDENT JOE BIDEN" as a reaction box or a transcript writes it, in the case
    the rest of the archive uses. Words with a stop ("U.S.") stay; so do short ones in an
    organisation's name ("UN", "EU")."""
    if re.fullmatch(r"[A-Z]{2,}\.", text or ""):
        return text.title()  # a title's abbreviation: "SEN." is "Sen."
    if text and re.fullmatch(r"[A-Z][A-Z'\u2019-]{3,}", text) and (person or text.lower() in TITLE_WORDS):
        return text.title()  # one word: "LEAVITT:" is Leavitt (not "AOC" nor "CREW", acronyms)
    if not text or not any(c.isalpha() for c in text) or text != text.upper() or len(text.split()) < 2:
        return text
    out = []
    for w in text.split():
        if re.fullmatch(r"[A-Z]{2,}\.", w):
            out.append(w.title())
        elif "." in w or not person and len(w) <= 3 and w.lower() not in ("of", "and", "for", "the"):
            out.append(w)
        elif w.lower() in ("of", "and", "for", "the") and out:
            out.append(w.lower())
        else:
            out.append("-".join(p[:1] + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def _boxed_label(text: str) -> NP | None:
    """A reaction box's "SEEMA SHAH, CHIEF GLOBAL STRATEGIST, PRINCIPAL ASSET MANAGEMENT":
    a name in capitals, then its role and employer after commas."""
    parts = [p.strip() for p in text.strip().split(",")]
    if len(parts) < 2 or text != text.upper() or not all(parts) or len(parts[0].split()) > 4:
        return None
    np_ = parse_np(parts[0])
    if np_ is None or np_.kind != PERSON or len((np_.name or "").split()) < 2 or np_.role:
        return None
    np_.role = ", ".join(parts[1:])
    return np_


def _uncapitalised(ref: SpeakerRef) -> SpeakerRef:
    name = _caps_to_title(ref.name, ref.kind == PERSON)
    role = _caps_to_title(ref.role, False)
    if name == ref.name and role == ref.role:
        return ref
    return SpeakerRef(name=name or ref.name, kind=ref.kind, role=role, aliases=sorted(set(ref.aliases) | {ref.name}))


def _kin_of_named(words: list[str]) -> bool:
    """Whether a phrase is someone's kin by their name: "Ruiz's daughter"."""
    return len(words) == 2 and bool(re.fullmatch(r"[A-Z][\w-]*['\u2019]s", words[0])) and words[1].lower() in FAMILY_NOUNS


def _leading_role(text: str) -> tuple[str, NP, bool] | None:
    """A clause that opens on a role and the name set off after it ("Its regional director for
    Europe, Hans Kluge, urged", "Her rival, Erik Haugen, called"): (the role phrase, the
    person, whether the phrase is a relation rather than a role). Not a clause's own words
    ("she vented to her husband, Frank Fiorina," nor "The senator was his uncle,")."""
    lead = _LEADING_ROLE.match(text)
    if lead is None:
        return None
    phrase = lead.group(1).strip()
    words = phrase.split()
    # (one of a group the text has spoken of is named like a relation: "One of the children,
    # 11-year-old Andrei,")
    relation = words[-1].lower() in RELATION_NOUNS or bool(_PARTITIVE.fullmatch(phrase)) \
        or words[0].lower() == "the" and len(words) <= 3 and words[-1].lower() in PERSON_NOUNS  # ("The boy, X,")
    owned = words[0].lower() in ("his", "her", "their", "my", "our") or _kin_of_named(words) or bool(_PARTITIVE.fullmatch(phrase))
    # (or any noun, when a possessive opens it and a first name follows: "His bookkeeper, Linda,")
    known_first = owned and len(words) <= 3 and guess_gender(lead.group(2).split()[0]) is not None
    if not (words[-1].lower() in ROLE_NOUNS | TITLE_WORDS or relation or known_first or _LEAD_ROLE_OF.search(phrase)) \
            or any(w.lower() in _NOT_IN_ROLE for w in words) or words[0].lower() in _SUBJECTS \
            or any(re.fullmatch(r"[a-z]+ed", w) for w in words[1:]):
        return None
    whose = next((j for j, w in enumerate(words) if w.endswith(("'s", "\u2019s"))), None)
    named_owner = whose is not None and all(w[:1].isupper() for w in words[:whose + 1]) \
        and len(words) - whose - 1 <= 3 and all(w.islower() for w in words[whose + 1:])
    if lead.group(2)[0].islower() and not owned and not named_owner \
            and words[0].lower() not in ("the", "a", "an", "its", "another", "one"):
        return None  # "Her neighbor, retired teacher Tom Beckett,", "Another resident, retired
        # engineer Frank Osei,", "Barrow Green's captain, plasterer Danny Oyelaran,"; not "Carson
        # hired a new manager, retired general Bob Dees,", whose subject is Carson
    np_ = parse_np(AGE.sub("", lead.group(2)).strip())
    if np_ is None and (where := re.fullmatch(r"(\S+\s+\S+)\s+(?:of|from)\s+(?:the\s+)?[A-Z].*", lead.group(2))):
        np_ = parse_np(where.group(1))  # "The moderator, Brahm Resnik of KPNX-TV, struggled"
    if np_ is None or np_.kind != PERSON or len((np_.name or "").split()) < 2 and not (
            owned and (relation or known_first or words[-1].lower() in FAMILY_NOUNS) and _is_name_word(np_.name or "")):
        return None  # (one name will do for kin or a relation: "Her husband, Paulo, disagreed.")
    return phrase, np_, relation


def _only_address(role: str | None) -> bool:
    """No role, or only how the text addresses the person ("Dr.", "Mr"): an appositive may
    still say what they do."""
    return not role or all(w.lower().rstrip(".") in FORMS_OF_ADDRESS - {"prof", "professor"}
                           and not (w.islower() and w in FAMILY_NOUNS) for w in role.split())  # ("Father", not "father")


def _gender_fits(p: Person, want: str | None) -> bool:
    """Whether a description of this gender ("the woman": "f") may mean this person."""
    if want is None:
        return True
    return _gender_of(p) in (None, want)


def _gender_of(p: Person) -> str | None:
    """A person's gender as the text gave it, else as their first name or role says."""
    return p.gender or guess_gender(p.name.split()[0], p.role)


def _keep(q: Quote) -> bool:
    """A short quotation with no cue and no one named for it is a title, a name or a scare
    quote (`the "Exodus from poverty" banner`), not speech; so is one with no letters."""
    if not re.search(r"[^\W\d_]", q.text):
        return False
    if q.speaker is None and not q.cue and len(q.text.split()) <= 4:
        return False  # (with a cue it is speech: `"Rates will fall," he said.`)
    if q.text.rstrip().endswith(":") and len(q.text.split()) <= 2:
        return False  # a quoted label (`"Related:"` over a list of links)
    if re.fullmatch(r"\([^()]*\)[.,]?", q.text.strip()):
        return False  # a transcript's stage direction: "(CROSSTALK.)", "(LAUGHTER)"
    return True


# A sentence's opening capitalised word that modifies the noun after it: "Spare parts will be
# sold" (unless the text treats that word as a name elsewhere: "Nvidia shares have risen").
_WORD_THEN_VERB = re.compile(r"\s+[a-z]+\s+(?:" + "|".join(sorted(_AUXILIARIES | {"may", "might", "must"})) + r")\b")

# Where a tag's subject stands: opening its sentence, or after the quotation it closes
# (`"...," the senator said`, `"...," said the senator`).
_TAG_OPENING = re.compile(r"(?:^|[\"\u201d\u2019],?\s*(?:[a-z]+)?)$")


def _clean_role(title: list[str]) -> str | None:
    t = [w for w in title if not AGE.fullmatch(w)]  # (an age is no role: "Seventeen-year-old")
    # articles go from its start only: "president of the United States"
    while t and (t[0].lower() in ("the", "a", "an", "of", "according") or t[0].lower() in _CLAUSE_OPENING_WORDS
                 or t[0].lower() in OPENING_PREPOSITIONS):
        t.pop(0)  # (a sentence's "But Senate Minority Leader Mitch McConnell", "After Governor Jane Roe")
    while t and (t[-1].lower() in ("of", "and", "the", "a", "an")
                 or len(t) > 1 and t[-1].lower().rstrip(".") in FORMS_OF_ADDRESS and not t[-1].islower()):
        t.pop()  # (and "National Security editor Dr.": the editor, addressed as a doctor; not "the boy's
        # father", "Public health professor" nor "First lady": a word in lower case is what they are)
    return " ".join(t) or None


def _clean_label(s: str) -> str:
    s = " ".join(s.split()).lstrip("'\"\u2018\u2019\u201c\u201d ")  # (not the quotation mark before it)
    return re.sub(r"^(?:the|a|an)\s+(?=.)", lambda m: m.group(0).lower(), s)
