"""Extraction mechanisms, each on small articles written for the purpose (not the seeds)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from claims.extract import extract_quotes
from claims.extract.names import Register, guess_gender, parse_np


def quotes(text, date=None, indirect=False):
    return [q for q in extract_quotes(text, date, "day" if date else "unknown", indirect=indirect)]


def by_text(text, **kw):
    return {q.text: q for q in quotes(text, **kw)}


@pytest.mark.parametrize("text, quote, speaker", [
    ('"We are ready," said Maria Lopez, the mayor.', "We are ready,", "Maria Lopez"),
    ('"We are ready," Maria Lopez told reporters on Monday.', "We are ready,", "Maria Lopez"),
    ('Maria Lopez said: "We are ready."', "We are ready.", "Maria Lopez"),
    ('\u201cWe are ready,\u201d Governor Tom Baker stated.', "We are ready,", "Tom Baker"),
    ('"Prices will fall," according to a statement from Treasury spokesman Paul Grant.',
     "Prices will fall,", "Paul Grant"),
    ('"Prices will fall," Paul Grant said on social media.', "Prices will fall,", "Paul Grant"),
])
def test_cue_positions(text, quote, speaker):
    q = by_text(text)[quote]
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.cue


def test_title_becomes_role():
    q = quotes('"The border is open," Foreign Minister Ana Ruiz said.')[0]
    assert q.speaker.name == "Ana Ruiz" and q.speaker.role == "Foreign Minister"


def test_split_quote_and_continuation_paragraph():
    text = ('"We are ready," said Carlos Vega. "We always were."\n\n'
            '"And we will be ready next year too."')
    got = quotes(text)
    assert [q.text for q in got] == ["We are ready,", "We always were.", "And we will be ready next year too."]
    assert all(q.speaker.name == "Carlos Vega" for q in got)


def test_multi_paragraph_quote():
    text = ('Senator Jane Holt said: "The bill is dead.\n\n'
            '"Nobody will vote for it this year."')
    got = quotes(text)
    assert [q.text for q in got] == ["The bill is dead.", "Nobody will vote for it this year."]
    assert {q.speaker.name for q in got} == {"Jane Holt"}


def test_partial_quote_in_reported_speech():
    text = 'Mayor Ellen Park said last week that the city "is not going to look away."'
    q = quotes(text)[0]
    assert q.kind == "partial" and q.speaker.name == "Ellen Park"


def test_pronoun_resolves_to_running_speaker_of_right_gender():
    text = ("Finance Minister Laura Diaz met President John Ortiz on Monday.\n\n"
            "John Ortiz said the talks went well.\n\n"
            '"We made progress," she told reporters.')
    q = by_text(text)["We made progress,"]
    assert q.speaker.name == "Laura Diaz"


def test_translated_pronoun_falls_back_to_running_speaker():
    text = ('Foreign Minister Alicia Moreno opened the meeting.\n\n'
            '"We are here to work," Moreno stated.\n\n'
            '"We will do everything for our people," he explained.')
    q = by_text(text)["We will do everything for our people,"]
    assert q.speaker.name == "Alicia Moreno"


def test_surname_links_to_full_name():
    text = ('President Andres Manuel Lopez Obrador spoke on Monday.\n\n'
            '"The issue is migration," Lopez Obrador said.')
    q = quotes(text)[0]
    assert q.speaker.name == "Andres Manuel Lopez Obrador"


def test_nominal_mention_resolves_to_person():
    text = ('Chancellor Greta Lind arrived on Friday.\n\n'
            '"We are ready," Lind said.\n\n'
            'At the same time, the chancellor stressed that exports "are growing fast".')
    q = by_text(text)["are growing fast"]
    assert q.speaker.name == "Greta Lind"


def test_appositive_description_names_the_person():
    text = 'The head of the agency, Omar Said, stated that they have "made great progress".'
    assert quotes(text)[0].speaker.name == "Omar Said"


def test_anonymous_source_is_flagged_not_a_person():
    text = '"No deal is expected," a U.S. official who requested anonymity said on Thursday.'
    q = quotes(text)[0]
    assert q.speaker.kind == "anonymous"
    assert "official" in q.speaker.name


def test_joint_statement_is_a_group_of_the_two_leaders():
    text = ("U.S. President Joe Biden and Mexican President Andres Manuel Lopez Obrador spoke on Sunday.\n\n"
            '"We will cut crossings," the leaders said in a joint statement.')
    q = quotes(text)[0]
    assert q.speaker.kind == "group"
    assert "Joe Biden" in q.speaker.name and "Lopez Obrador" in q.speaker.name


def test_first_name_only_source():
    text = 'Rosa, from El Salvador, said she hoped for help.\n\n"We want a better life," she said.'
    q = quotes(text)[0]
    assert q.speaker.name == "Rosa"


@pytest.mark.parametrize("text", [
    'Some held a banner reading "Exodus from poverty."',
    'He is reading "War and Peace" again.',
])
def test_slogans_and_titles_are_not_quotes(text):
    assert quotes(text) == []


def test_unclosed_mark_in_mid_paragraph_is_not_guessed():
    assert quotes('The sign said 5" of rain fell, officials said.\n\nNothing else.') == []


def test_cue_inside_a_quote_is_not_the_narrators():
    text = '"He said he would come," the spokeswoman Ana Bell added.'
    assert quotes(text)[0].speaker.name == "Ana Bell"


def test_indirect_speech_with_speaker_and_date():
    text = "Foreign Minister Alicia Barcena said on Wednesday that Mexico pressed officials to reopen crossings."
    got = quotes(text, date=dt.date(2023, 12, 27), indirect=True)
    assert len(got) == 1 and got[0].kind == "indirect"
    assert got[0].speaker.name == "Alicia Barcena"
    assert got[0].date == dt.date(2023, 12, 27) and got[0].date_source == "text"


def test_weekday_resolves_against_article_date():
    text = '"We are ready," Maria Lopez said on Monday.'
    q = quotes(text, date=dt.date(2024, 1, 19))[0]  # a Friday
    assert q.date == dt.date(2024, 1, 15) and q.date_source == "text"


@pytest.mark.parametrize("sentence, when", [
    ('"It is over," John Doe said on Jan. 5.', dt.date(2024, 1, 5)),
    ('On March 20, 2023, Sue Ray said the deal was "dead."', dt.date(2023, 3, 20)),
    ('"Happy New Year," Dan Ode wrote in a Dec. 28 email.', dt.date(2023, 12, 28)),  # last year's
    ('In a 20 February 2024 letter, Ann Lee called the plan "unworkable."', dt.date(2024, 2, 20)),
    # not days of speaking: an event to come, a day since when, the attacks, a primary
    ('Amy Wu said the vote on March 20 would be "close."', dt.date(2024, 3, 14)),
    ('Jim Cole, who has led the party since Feb. 2, said it was "fine."', dt.date(2024, 3, 14)),
    ('Jim Cole said the Sept. 11 attacks "changed everything."', dt.date(2024, 3, 14)),
    ('Jim Cole spoke to voters before the primary on Tuesday, calling it "a turning point."',
     dt.date(2024, 3, 14)),
])
def test_a_date_the_narration_names_is_when_the_words_were_said(sentence, when):
    q = quotes(sentence, date=dt.date(2024, 3, 14))[0]  # a Thursday
    assert q.date == when and q.date_source == ("text" if when != dt.date(2024, 3, 14) else "article")


@pytest.mark.parametrize("sentence, when, precision", [
    ('"I play American classical music," Ray Jamal told an interviewer in 2014, explaining it.',
     dt.date(2014, 1, 1), "year"),
    ('In his 1995 autobiography, Miles Davis wrote that Jamal "knocked me out."', dt.date(1995, 1, 1), "year"),
    ('In 1999, Jim Cole said the president had been "treated unfairly."', dt.date(1999, 1, 1), "year"),
    ('"We may end up doing it in chunks," the president said in a Rolling Stone interview in October 2010.',
     dt.date(2010, 10, 1), "month"),
    ('"Israel was sold out," Jim Cole said in August, referring to the talks.', dt.date(2023, 8, 1), "month"),
    ('"It is fiction," Amy Wu said last month.', dt.date(2024, 2, 1), "month"),
    ('"We work hard," Amy Wu told Vogue last year.', dt.date(2023, 1, 1), "year"),
    ('"The decision is what it is," Jim Cole said on the radio in early September.', dt.date(2023, 9, 1), "month"),
    # the year of something else, not of the saying: the article's day stays
    ('"We grew," said Jim Cole, whose company was founded in 1998.', dt.date(2024, 3, 14), "day"),
    ('In 2008, Jim Cole said, the foundation gave "nothing at all."', dt.date(2024, 3, 14), "day"),
    ('Ever since Amy Wu announced her campaign last year, she has said the same thing: "It is about us."',
     dt.date(2024, 3, 14), "day"),
    ('"We are ready," Amy Wu said in March.', dt.date(2024, 3, 14), "day"),  # this month: the day says more
])
def test_a_year_or_month_the_narration_gives_the_saying_dates_it_to_that(sentence, when, precision):
    q = quotes(sentence, date=dt.date(2024, 3, 14))[0]
    assert (q.date, q.date_precision) == (when, precision)
    assert q.date_source == ("article" if precision == "day" else "text")


def test_a_year_in_the_reported_words_is_not_when_they_were_said():
    q = quotes("Jim Cole said sales fell sharply in 2014 across the region.", date=dt.date(2024, 3, 14),
               indirect=True)[0]
    assert q.kind == "indirect" and (q.date, q.date_precision) == (dt.date(2024, 3, 14), "day")


def test_the_next_sentence_keeps_its_own_year():
    text = ('Clinton aides told reporters they planned a low-key response. "It is not nothing," one aide '
            'said in 2015.')
    got = quotes(text, date=dt.date(2016, 9, 1), indirect=True)
    assert [(q.kind, q.date) for q in got] == [("indirect", dt.date(2016, 9, 1)), ("direct", dt.date(2015, 1, 1))]


def test_an_article_dated_to_the_month_dates_its_quotes_to_the_month():
    q = extract_quotes('"We are ready," Maria Lopez said.', dt.date(2024, 3, 1), "month")[0]
    assert (q.date, q.date_precision, q.date_source) == (dt.date(2024, 3, 1), "month", "article")


def test_offsets_point_into_the_body():
    text = 'Intro line.\n\n"We are ready," said Maria Lopez.'
    q = quotes(text)[0]
    assert text[q.start:q.end] == q.text


@pytest.mark.parametrize("text, speaker", [
    # a quotation that ends with its own stop, then a sentence that only attributes it
    ('"Who pays for the bridge?" Halvorsen asked.', "Halvorsen"),
    ('"We will not sign this!" Maria Lopez said in response.', "Maria Lopez"),
    ('"The deal is done." Paul Grant told reporters on Friday.', "Paul Grant"),
    ('"Lower the fares now!" Governor Tom Baker tweeted Tuesday.', "Tom Baker"),
    # a title's period does not end the speaker's name
    ('"We are ready," said Sen. Jane Holt of Maine, who chairs the panel.', "Jane Holt"),
    ('"We are ready," says J.R. Okafor, an economist.', "J.R. Okafor"),
    # words before the name that are not a title
    ('"We are ready," said undecided voter Dana Whitfield of Ames.', "Dana Whitfield"),
    # a surname that ends in -ly is not an adverb
    ('"We are ready," said Skelly.', "Skelly"),
    # the name a chain of appositives follows
    ('"We are ready," Carla Nuñez, 44, of Tucson, Ariz., who runs a bakery, said.', "Carla Nuñez"),
    ('"We are ready," Ron Pike, vice chairman for the state party, told the crowd.', "Ron Pike"),
    ('Ron Pike, president and CEO of the Harbor Association stated, "We are ready."', "Ron Pike"),
    ('"Are we ready?" Dana Whitfield, a retired nurse, asked quietly.', "Dana Whitfield"),
    # the object of a preposition is not the subject of the verb after it
    ('Ana Ruiz, longtime party committeewoman from Vermont, endorsed the bill, saying it '
     'has "shown deep commitment to farmers."', "Ana Ruiz"),
    # an appositive that opens with a role, not a name, ends in a place or a company
    ('In July, Ron Pike, vice chairman of G-III, told Forbes that the mayor is "very involved."',
     "Ron Pike"),
    ('Ron Pike, associate professor of history at the University of Ohio-Dayton, said Ohio has '
     '"more of a historical resonance."', "Ron Pike"),
    # what owns a name is not part of it
    ("The Harbor Gazette's Dana Whitfield said the plan was \"dead on arrival.\"", "Dana Whitfield"),
    ("Ohio State University's Ron Pike agreed. \"We are running out of time to stop it.\"",
     "Ron Pike"),
    # an abbreviation after the name is not the speaker
    ('"We are ready," Dana Whitfield, 30, of Raleigh, N.C., said in an interview.', "Dana Whitfield"),
    # a capitalised particle starts a surname
    ('"We are ready," Le Pen told reporters.', "Le Pen"),
    # the quote's sentence runs on before an inverted cue
    ('"It seems unlikely" that the bill will pass, said Ron Pike, a lobbyist.', "Ron Pike"),
    ('As prosecutor Ana Ruiz put it, "there was not much to complain about."', "Ana Ruiz"),
    ('As Ana Ruiz, the No. 2 in the council leadership, put it: "This person will not be '
     'confirmed."', "Ana Ruiz"),
    # a lead-in that ends with a colon: its subject, after the last comma
    ('When the mayor of the city asked the state legislature for more money to pay for the new '
     'bridge, Ron Pike fired back: "We are broke this year."', "Ron Pike"),
    # a title that opens with a word in -ing is not a participle clause
    ('"We are ready," Wyoming party chairman Ron Pike said of the vote.', "Ron Pike"),
    # a participle clause hangs on its sentence's subject, not on the nearest name
    ('Sen. Jane Holt on Monday criticized the accord signed by diplomats in Geneva, saying it '
     'goes "nowhere near far enough."', "Jane Holt"),
    # titles with adjectives in -al and -ive ("presidential candidate", "executive director")
    ('Democratic presidential candidate Sen. Jane Holt (D-Maine) on Saturday criticized the '
     'accord signed in Geneva, saying it goes "nowhere near far enough."', "Jane Holt"),
    # a cue word after a determiner is a noun: the participle is the cue
    ('Aide Dana Whitfield answered on Facebook, calling the charge "absurd."', "Dana Whitfield"),
    # the subject of a clause is the name an appositive follows ...
    ('Carla Nuñez, the treasurer of the Ohio Farmers Union, backs the bill and in a letter '
     'praised it as "long overdue."', "Carla Nuñez"),
    # ... and comes after a place or an opening participle phrase
    ('Speaking at a fair in Dayton, Ohio, Ron Pike went after the mayor, calling him "a fraud."',
     "Ron Pike"),
    ('Reading from a prepared text, Ron Pike twice called the plan "a fraud."', "Ron Pike"),
    ('Preceded at the lectern by Joe Arpaio, the Arizona sheriff and hard-liner, Ron Pike '
     'launched into a lament for the "countless victims" of the policy.', "Ron Pike"),
    # an appositive that opens with a capital ("Ohio's governor") is still an appositive ...
    ("Pike, Ohio's sitting governor, repeated his charge, calling the mayor a \"talented guy.\"",
     "Pike"),
    # ... but a clause after an opening phrase is not
    ('Immediately after the fire, Ron Pike issued a statement, "Last night, our town was hit '
     'by a disaster we will not forget."', "Ron Pike"),
    # verbs of judging carry a partial quote
    ("Mayor Ron Pike spoke. Then Ana Ruiz denounced Pike's remarks as \"hurtful and humiliating\" "
     "and left.", "Ana Ruiz"),
    # a dateline before the sentence's subject
    ('DAYTON, July 25 (UPI) \u2014 Mayor Ron Pike on Monday condemned the "attack on our town."',
     "Ron Pike"),
    # the state after a town is a place, not the speaker
    ('Dana Whitfield, a nurse from Ames, Iowa, says the bill is "long overdue."', "Dana Whitfield"),
    ('Dana Whitfield of Ames, Iowa says she thinks the mayor is "doing what he is doing."',
     "Dana Whitfield"),
    # ... but "of the bridge, X" is no town and state
    ('On the subject of the Harbor Bridge, Ron Pike added, "Nobody will be more loyal to this '
     'town."', "Ron Pike"),
    # the subject of a subordinate clause whose verb governs the quote
    ('While Ron Pike called the report "a terrific piece," the mayor ignored it.', "Ron Pike"),
    # `with X -ing`: the participle's own subject
    ('Both men used harsh words, with Ron Pike recently promising to "bomb them into oblivion."',
     "Ron Pike"),
    # a cue word after a possessive is a noun ("Pike's claim ... is"), the verb comes first
    ("Aide Dana Whitfield said Thursday that Pike's claim that the mayor backs the tax is "
     '"simply not true."', "Dana Whitfield"),
    # the subject of a `where` clause
    ('The row spread to the Senate, where Leader Ron Pike told reporters that he had spoken to '
     'the mayor and that "I think you will see a pause."', "Ron Pike"),
    # the subject of a relative clause: the trade deal did not call itself a disaster
    ('And the Harbor Trade Agreement, which Mayor Ron Pike had called a "disaster" and promised '
     'to "rip up"?', "Ron Pike"),
    # an opening `When` clause with no comma to close it
    ('When Mayor Ron Pike finally wrapped up \u2014 "I will fight for you, and I will win for '
     'you!" \u2014 the balloons came down.', "Ron Pike"),
    # a quotation whose sentence runs on to a closing attribution
    ('"We are frustrated and horrified" by the fire at the old mill that drew crowds from three '
     'counties and much attention in the state capital, Ana Ruiz said.', "Ana Ruiz"),
    ('"If the city obtains more records, it intends to search them" that would answer the '
     'many requests sent over the years by the Harbor Watch group, city lawyer Ana Ruiz wrote in a '
     'court filing.', "Ana Ruiz"),
])
def test_attribution_shapes(text, speaker):
    q = quotes(text)[0]
    assert q.speaker is not None and q.speaker.name == speaker


def test_a_participle_after_an_earlier_quotation_takes_the_sentence_subject():
    text = ('Sen. Jane Holt visited "Today" to discuss her remarks about her rival, Ana Ruiz, '
            'saying she would be "a far better mayor."')
    q = quotes(text)[-1]
    assert q.text == "a far better mayor." and q.speaker.name == "Jane Holt"


def test_a_bare_quotation_paragraph_after_a_person_is_theirs():
    text = ("The ferry strike entered its third day.\n\n"
            "Mayor Ana Ruiz praised the crews and their patience in a hard week.\n\n"
            '"We need someone who will cut through the noise and bring people together."')
    assert quotes(text)[0].speaker.name == "Ana Ruiz"


@pytest.mark.parametrize("text", [
    'Asked by a reporter if the mayor "gets it" on housing, Ron Pike avoided an answer.',
    'Acknowledging that the mayor "says a lot of foolish stuff," Ron Pike still backed him.',
    'Citing last week\'s flood as a wake-up call for the people and their "reveries about '
    'treating the council as an entry-level job," the column urged voters to act.',
])
def test_an_opening_participle_is_not_a_speaker(text):
    assert all(q.speaker is None or q.speaker.name not in ("Asked", "Acknowledging", "Citing")
               for q in quotes(text))


def test_a_pronoun_goes_to_the_name_an_appositive_follows():
    # the subject of "Ana Ruiz, the former governor ..., told The Dayton Ledger ..." is Ruiz
    text = ("Mayor Ron Pike spoke first.\n\n"
            "Republican Ana Ruiz, the former Ohio governor and Harbor Agency administrator, told "
            "The Dayton Ledger last week she would rather vote for Pike.\n\n"
            '"I am ashamed that the council would endorse anyone who has done this," she said.')
    assert quotes(text)[-1].speaker.name == "Ana Ruiz"


def test_an_indefinite_role_is_someone_new_not_the_last_speaker():
    text = ('"We will rebuild," Mayor Ron Pike said.\n\n'
            '"It was absolute chaos," a reporter for the Harbor Gazette said.')
    q = quotes(text)[-1]
    assert q.speaker.kind == "anonymous" and q.speaker.name == "a reporter for the Harbor Gazette"


def test_names_before_colons_take_turns():
    text = ('Mayor Ron Pike and Sen. Ana Ruiz disagree.\n\n'
            'Pike: "Our goal is to rebuild the bridge." Ruiz: "The mission is to stop it."\n\n'
            'FERRY FARES RISE - Dana Whitfield: "Fares went up twice this year alone."')
    assert [q.speaker.name for q in quotes(text)] == ["Ron Pike", "Ana Ruiz", "Dana Whitfield"]
    # a transcript's label with a party tag and no space
    text = 'Hearing notes.\n\nRep. Ron Pike (R-Ohio):"I have not heard anyone else ever cite that figure."'
    assert quotes(text)[0].speaker.name == "Ron Pike"


def test_the_rest_of_a_place_name_is_not_a_speaker():
    from claims.extract.quotes import _Extractor

    np_ = _Extractor("No quotes.", None, "unknown")._longest_np_suffix("the rally of voters in New Hampshire")
    assert np_ is None or np_.name != "Hampshire"


def test_a_full_name_with_a_common_first_name_is_registered():
    # "Morton Blackwell" was known only as "Blackwell" when "Morton" was not a known first name
    text = ("Morton Blackwell endorsed the mayor on Monday.\n\n"
            '"He has a deep commitment to this town," Blackwell said.')
    assert quotes(text)[0].speaker.name == "Morton Blackwell"


def test_an_inverted_attribution_with_a_participle_keeps_its_speaker():
    text = ('"Ana is running a campaign in all 72 counties," said Ron Pike, a spokesman for the '
            'Ruiz campaign, explaining why she will skip the convention. "You are more likely to '
            'find her in Dayton than in Philadelphia."')
    assert [q.speaker.name for q in quotes(text)] == ["Ron Pike", "Ron Pike"]


def test_a_colon_lead_in_with_echoed():
    text = 'Ron Pike, 17, echoed:\n\n"He speaks his mind, and that is what the town needs."'
    assert quotes(text)[0].speaker.name == "Ron Pike"


def test_a_clause_after_the_quote_does_not_take_it():
    # `..., while X suggested ...`: X's verb comes after the quote and governs its own clause
    text = ('Sen. Jane Holt said she would "support the nominee" but "is not planning to endorse '
            'anyone," while Sen. Ron Pike and Rep. Ana Ruiz suggested they would only offer support.')
    assert [q.speaker.name for q in quotes(text)] == ["Jane Holt", "Jane Holt"]


def test_a_sentence_with_more_to_say_is_not_a_tag():
    # "X said that ..." after a quotation is new reported speech, not the quotation's tag
    text = ('Carlos Vega spoke first.\n\n'
            '"It is over for all of us." Ana Ruiz said that the vote would be held again in May.')
    got = extract_quotes(text, None, "unknown", indirect=True)
    direct = next(q for q in got if q.text == "It is over for all of us.")
    assert direct.speaker is None or direct.speaker.name != "Ana Ruiz"
    assert any(q.kind == "indirect" and q.speaker.name == "Ana Ruiz" for q in got)


def test_an_unreadable_cue_does_not_carry_the_last_speaker_on():
    text = ('"We are ready," said Carlos Vega.\n\n'
            '"Nobody asked us about the new road," said the 19-year-old who lives across the street.')
    got = quotes(text)
    assert got[0].speaker.name == "Carlos Vega"
    assert got[1].speaker is None or got[1].speaker.name != "Carlos Vega"


def test_a_place_in_a_description_must_match_the_role():
    text = ('Maine Senator Jane Holt spoke first.\n\n'
            '"There is no plan at all for the border," the Ohio senator said.\n\n'
            '"There is a plan," the Maine senator said.')
    got = quotes(text)
    assert got[0].speaker is None or got[0].speaker.name != "Jane Holt"
    assert got[1].speaker.name == "Jane Holt"


def test_a_capitalised_cue_word_is_part_of_a_name():
    # "State" in "Islamic State" and "Post" in "The Washington Post" are not verbs of saying
    text = ('Ana Ruiz spoke on Monday.\n\n'
            'The plan, which the Islamic State called "a declaration of war on all of us", '
            'was first reported by The Washington Post.')
    got = quotes(text)
    assert all(q.speaker is None or q.speaker.name not in ("Islamic", "Washington") for q in got)
    assert all(q.cue not in ("State", "Post") for q in got)


def test_a_prepositional_phrase_is_not_a_speaker():
    from claims.extract.names import parse_np

    assert parse_np("of Raleigh") is None
    assert parse_np("N.C.") is None
    assert parse_np("Le Pen").name == "Le Pen"


@pytest.mark.parametrize("words", [
    "Harbor Group began a $1 million ad campaign",  # a verb and its object
    "Ron Pike tweaked his campaign",
    "Times story in which Democratic sources",  # a relative clause
    "Ron Pike distanced himself from the Harbor Group",
    "and telling American University",
    "Ron Pike passionately rebuked critics",  # subject, adverb, verb
    "The Ohio senator emailed supporters",
    "Ron Pike has denounced supporters",
    "Pike went after Ruiz",  # words shaped like titles ("went", "after") that are not
    "Pike met with Ruiz",
])
def test_a_clause_is_not_a_speaker(words):
    from claims.extract.names import parse_np

    assert parse_np(words) is None


def test_a_speaker_phrase_may_hold_prepositions_and_articles():
    from claims.extract.names import parse_np

    assert parse_np("the chairman of the Harbor Group") is not None
    assert parse_np("a spokesman for the campaign") is not None
    assert parse_np("Omar Said").name == "Omar Said"
    # sentence adverbs are not names ("Just three years ago, ...", "Even Lindsey Graham said")
    assert parse_np("Just") is None
    assert parse_np("Even Ron Pike").name == "Ron Pike"
    assert parse_np("Having") is None and parse_np("Within") is None
    assert parse_np("Anyone") is None and parse_np("Thirteen") is None
    # a title word after a first name is a surname
    assert parse_np("Michael Green").name == "Michael Green"
    assert parse_np("Rep. Steve King").name == "Steve King"
    assert parse_np("Foreign Minister") is None
    assert parse_np("We\u2019ve") is None and parse_np("Beto O'Rourke").name == "Beto O'Rourke"
    assert parse_np("the retired nurse") is not None
    assert parse_np("52 percent of registered voters") is not None
    # role nouns and titles that may stand before a name
    assert parse_np("Minnesota state delegate Mary Susan").name == "Mary Susan"
    assert parse_np("Harbor County sheriff Ron Pike").name == "Ron Pike"
    assert parse_np("Secretary of State Kerry").name == "Kerry"
    assert parse_np("A Harbor Gazette reporter Dana Whitfield").name == "Dana Whitfield"
    assert parse_np("a former agent for President Ron Pike").kind != "person"
    # an institution whose every word is a title word
    assert parse_np("the Democratic National Committee").kind == "organization"
    assert parse_np("The State Department").name == "State Department"
    assert parse_np("House") is None  # one such word alone is part of a title ("House Speaker")


@pytest.mark.parametrize("words", [
    "executive director of Democrats for Life",
    "the chairwoman of the Vermont",
])
def test_one_capitalised_word_after_a_preposition_is_not_a_name(words):
    from claims.extract.names import parse_np

    np_ = parse_np(words)
    assert np_ is None or np_.kind != "person"


def test_a_curly_mark_facing_the_wrong_way_goes_by_its_spacing():
    text = ("\u201cIt's unusual,\u201c said Laura Finch, a lawyer in Denver. "
            "\u201cIt's a hard thing to pull off.\u201d\n\n"
            "\u201dPrices are too high.\u201d \u2015 Omar Diaz\n")
    got = {q.text: q.speaker.name if q.speaker else None for q in quotes(text)}
    assert got == {"It's unusual,": "Laura Finch", "It's a hard thing to pull off.": "Laura Finch",
                   "Prices are too high.": "Omar Diaz"}


def test_a_byline_after_a_dash_names_the_speaker():
    # readers' voices, one to a line, each signed after the quote
    voices = ("\u201cThe debate changed my mind.\u201d \u2015 Sonia Herrera\n"
              "\u201cI will not vote this year.\u201d\u00a0\u2015 Paul Medina.\n"
              "\u201cHe never answered a question.\u201d \u2014 Grace Okafor, Dallas\n")
    assert [q.speaker.name for q in quotes(voices)] == ["Sonia Herrera", "Paul Medina", "Grace Okafor"]
    # a fact-check layout: the claim, then its author on a line of its own
    check = '"Nobody here pays any tax at all."\n\n- Bernie Sanders.\n\nThat is not accurate.\n'
    assert quotes(check)[0].speaker.name == "Bernie Sanders"


def test_a_reporters_sign_off_does_not_take_a_cued_quote():
    text = ('Prime Minister Elena Ruiz said Monday that she would try again and insisted that her '
            'party was "still the first force in the country."--Mark Tellen.\n')
    assert quotes(text)[0].speaker.name == "Elena Ruiz"


def test_a_second_verb_has_the_first_ones_subject():
    text = ('"We will wait," said Tom Reyes, the owner. Union leader Maria Campos read a statement '
            'calling the offer "an insult to every worker" and warned of "a day of reckoning for '
            'the owners."')
    got = {q.text: q.speaker.name for q in quotes(text)}
    assert got["a day of reckoning for the owners."] == "Maria Campos"


def test_a_mark_glued_to_a_colon_still_opens():
    q = quotes('Maria Lopez said:\u201c We are ready for the vote.\u201d')[0]
    assert q.text == "We are ready for the vote." and q.speaker.name == "Maria Lopez"


def test_a_title_after_a_preposition_is_not_a_quote():
    text = ('Appearing on "Morning Report & Tim Banks," Maria Lopez said the state was in '
            '"a very bad shape" and urged voters to "Reject The Plan!"')
    got = [q.text for q in quotes(text)]
    assert got == ["a very bad shape", "Reject The Plan!"]


def test_a_title_after_the_noun_of_a_work_is_not_a_quote():
    text = ('Tom Reyes, the star of the cable show "Harbor Nights," said the town was "a '
            'fine place to raise children." His new book, "The Long Road Home," is out in May.')
    got = {q.text: q.speaker.name for q in quotes(text)}
    assert got == {"a fine place to raise children.": "Tom Reyes"}


def test_a_statement_saying_speaks_for_whoever_issued_it():
    text = ('"It was a joke," said Tom Reyes, the owner. Union leader Maria Campos issued a '
            'statement saying his remark "has no place in this town."')
    got = {q.text: q.speaker.name for q in quotes(text)}
    assert got["has no place in this town."] == "Maria Campos"


def test_a_negative_contraction_is_a_verb_after_the_subject():
    text = ('Mayor Tom Reyes spoke on Monday. Karen Wade didn\u2019t seem impressed with the '
            'mayor\u2019s plan, telling reporters, \u201cWe have heard all this before.\u201d')
    assert quotes(text)[0].speaker.name == "Karen Wade"


def test_a_participle_after_a_tag_hangs_on_the_tag():
    text = ('Omar Mateen came on Fridays. Mateen did not mingle but left as soon as prayers '
            'were finished, Adel Nefzi said, adding, "He was not very religious."')
    assert quotes(text)[0].speaker.name == "Adel Nefzi"


def test_a_long_appositive_chain_before_the_tag():
    text = ('"It is an invasion of the state\'s own domain," Laura Finch, the Republican attorney '
            'general of Kansas, one of the states suing the agency, said at an event on Monday.')
    assert quotes(text)[0].speaker.name == "Laura Finch"


@pytest.mark.parametrize("words", ["Warren WFC PfASkm7vah", "EB-5", "Agent 47"])
def test_no_name_holds_a_digit(words):
    from claims.extract.names import parse_np

    np_ = parse_np(words)
    assert np_ is None or np_.kind != "person"


def test_a_subject_may_open_with_a_lower_case_title():
    text = ('Sen. Elizabeth Warren grilled the bank\'s chief on Tuesday. "You should resign," '
            'Warren said.\n\nIn a statement issued Tuesday, presidential nominee Hillary Clinton '
            'was more careful. Though she called the bank\'s conduct "outrageous and wrong," '
            'Clinton stopped short of more.')
    got = {q.text: q.speaker.name for q in quotes(text)}
    assert got["outrageous and wrong,"] == "Hillary Clinton"


@pytest.mark.parametrize("words, name", [("Mr. King", "King"), ("Ms. Bishop", "Bishop"),
                                         ("Mr. President", None), ("Mr. Speaker", None)])
def test_a_title_word_after_an_honorific_is_a_surname(words, name):
    from claims.extract.names import parse_np

    np_ = parse_np(words)
    assert (np_.name if np_ is not None and np_.kind == "person" else None) == name


@pytest.mark.parametrize("words, name", [
    ("Cameron Easley for Morning Consult", "Cameron Easley"),
    ("Ed Rogers of BGR Group", "Ed Rogers"),
    ("spokesman Brian Fallon of the Clinton campaign", "Brian Fallon"),
    ("Secretary of State John Kerry", "John Kerry"),
])
def test_a_person_and_where_they_work(words, name):
    from claims.extract.names import parse_np

    np_ = parse_np(words)
    assert np_.kind == "person" and np_.name == name


def test_a_hall_of_fame_is_not_a_person_at_work():
    from claims.extract.names import parse_np

    assert parse_np("NBA Hall of Fame player Charles Barkley").name == "Charles Barkley"


def test_an_opening_phrase_without_a_comma_before_the_subject():
    text = 'In a radio interview Trump declared "I think the alliance may be obsolete."'
    assert quotes(text)[0].speaker.name == "Trump"
    # a clause opened by "after" is not the quote's: its verb governs other words
    text = ('"They are not terminable at will," spokesman Ron Lieberman said in July, after de '
            'Blasio stated an interest in ending the deals. "These contracts are fully binding."')
    assert [q.speaker.name for q in quotes(text)] == ["Ron Lieberman", "Ron Lieberman"]


def test_a_tag_may_name_a_longer_audience():
    text = ('Prime Minister Ana Ruiz criticised him on Sunday.\n\n'
            '"It looks like we will not get along, who knows?" Tom Baker told Britain\'s ITV '
            'television station in an interview aired on Monday.')
    assert quotes(text)[0].speaker.name == "Tom Baker"


def test_a_feed_with_one_paragraph_a_line():
    # no blank lines: each line that ends a sentence ends a paragraph
    text = ("Leaders met in London on Monday.\n"
            "Prime Minister Ana Ruiz said the talks had gone well.\n"
            "She added that more meetings would follow next month.\n"
            "Tom Baker criticised the plan in parliament and said he would fight it.\n"
            "\u201cIt looks like we will not get along,\u201d Baker told reporters.\n"
            "\u201cWe never did.\u201d\n"
            "The talks resume in May.\n")
    from claims.extract.spans import paragraphs

    assert len(paragraphs(text)) == 7
    got = [(q.text, q.speaker.name) for q in quotes(text)]
    assert got == [("It looks like we will not get along,", "Tom Baker"), ("We never did.", "Tom Baker")]


def test_a_wrapped_paragraph_stays_one():
    from claims.extract.spans import paragraphs

    text = ("The minister said the talks had gone well and that the\n"
            "next round would be held in May, with more delegations\n"
            "expected.\n\nA second paragraph.\n")
    assert len(paragraphs(text)) == 2


def test_a_dateline_with_a_horizontal_bar():
    text = ("PHILADELPHIA \u2015 Hillary Clinton\u2019s campaign said on Monday that it "
            "is looking for a progressive replacement.")
    q = quotes(text, indirect=True)[0]
    assert q.speaker.name.startswith("Hillary Clinton")


def test_in_an_interview_after_a_tag_verb_is_not_a_cue_of_its_own():
    text = ('"It is absurd," Ana Ruiz told MSNBC\'s Tom Baker in an interview last week. '
            '"That stacks the deck in a very unfair way."')
    assert [q.speaker.name for q in quotes(text)] == ["Ana Ruiz", "Ana Ruiz"]


def test_opined_is_a_tag_verb():
    text = ('Editorial pages warned of danger. "Owners should leave their weapons at home," '
            'opined the Daily Ledger.')
    assert quotes(text)[0].cue == "opined"


def test_an_indefinite_phrase_without_a_role_is_no_speaker():
    from claims.extract.names import parse_np

    assert parse_np("a woman asked for a photo and Clinton") is None
    assert parse_np("a spokesman for Governor Chris Christie").kind == "description"


def test_a_programme_after_its_owners_possessive_is_not_a_quote():
    text = ('Maria Lopez told WKX\u2019s "Evening Desk" that the plan was "Dead On Arrival," '
            'and she repeated it on KXT\u2019s "Morning Report." and on Fox News\u2019 "Night Desk."')
    got = [q.text for q in quotes(text)]
    assert got == ["Dead On Arrival,"]


@pytest.mark.parametrize("sentence, owner, noun", [
    ('It is the persistent pull of Obama\'s "if you like your plan, you can keep it" promise.', "Obama", "promise"),
    ('Voters remember Donald Trump\'s famous "build the wall" slogan.', "Donald Trump", "slogan"),
    ('Mitt Romney\'s "47 percent" comments haunted him.', "Mitt Romney", "comments"),
])
def test_an_owner_before_a_quotation_and_a_speech_noun_after_it(sentence, owner, noun):
    q = quotes(sentence)[0]
    assert (q.speaker.name, q.cue) == (owner, noun)
    # (a work is no speech: `Tolstoy's "War and Peace" novel`)
    assert quotes('He read Leo Tolstoy\'s "War and Peace" novel twice.') == []


def test_the_object_of_a_preposition_is_not_a_subject():
    text = ('Ana Ruiz declared in a meeting that any new contract under her watch would demand '
            '"complete openness."')
    assert quotes(text)[0].speaker.name == "Ana Ruiz"


def test_a_dateline_with_a_plain_hyphen_is_not_the_subject():
    text = ('BRASILIA, Feb 3 (AFP) - Brazil\'s president Rui Costa pledged on Monday to end '
            'illegal logging, saying the world "cannot afford another lost decade."\n\n'
            '"We proved it is possible," the 80-year-old leftist said.')
    got = quotes(text)
    assert [q.speaker.name for q in got] == ["Rui Costa", "Rui Costa"]


def test_reported_speech_before_a_quotation_in_the_same_paragraph():
    text = ('Germany\'s interior minister, Nancy Faeser, said the bloc could not wait any longer. '
            '"Every month we lose is a month the smugglers win," she said.')
    got = [(q.kind, q.speaker.name, q.text) for q in quotes(text, indirect=True)]
    assert got == [("indirect", "Nancy Faeser", "the bloc could not wait any longer"),
                   ("direct", "Nancy Faeser", "Every month we lose is a month the smugglers win,")]


def test_reported_speech_keeps_its_own_subject():
    text = "Senator Ana Ruiz said she would vote against the border bill next week."
    got = quotes(text, indirect=True)
    assert [(q.speaker.name, q.text) for q in got] == [
        ("Ana Ruiz", "she would vote against the border bill next week")]


def test_a_sentence_subject_named_in_full_is_the_next_pronoun():
    text = ('"We will not subsidise the past," the chancellor, Ole Brandt, told a conference.\n\n'
            'Siegfried Russwurm, head of the industry federation, disagreed. "Companies cannot '
            'wait three years," he said.')
    assert [q.speaker.name for q in quotes(text)] == ["Ole Brandt", "Siegfried Russwurm"]


@pytest.mark.parametrize("phrase", ["House Democrats", "The opposition Christian Democrats", "Senate Republicans"])
def test_a_party_s_members_speak_as_a_group(phrase):
    q = quotes(f'{phrase} accused the government of "gambling with prosperity."')[0]
    assert q.speaker.kind == "group" and q.speaker.name.endswith(phrase.split()[-1])


@pytest.mark.parametrize("tail, role", [
    ("executive secretary of the Climate Observatory, a coalition of NGOs.",
     "executive secretary of the Climate Observatory"),
    ("a spokesman for the group.", "spokesman for the group"),
    ("a cattle farmer from the Haute-Garonne who became a figurehead of last year's protests.",
     "cattle farmer from the Haute-Garonne"),
    ("who leads the Climate Observatory.", "head of the Climate Observatory"),
    ("who leads protests every year.", None),
    ("adding that it was late.", None),
])
def test_the_role_in_an_appositive_after_an_inverted_name(tail, role):
    q = quotes(f'"We have heard these promises before," said Marcio Astrini, {tail}')[0]
    assert q.speaker.name == "Marcio Astrini" and q.speaker.role == role


def test_british_single_quotation_marks():
    text = ("\u2018We are tired,\u2019 said Marie Lafleur, a street vendor. \u2018Every day there is "
            "shooting. We don\u2019t sleep.\u2019\n\n"
            "The farmers\u2019 union called the plan \u2018a disaster for the growers\u2019 "
            "livelihoods\u2019.\n\n"
            "Ms Lafleur told the BBC: \u2018The party\u2019s \u201cnew deal\u201d is a fraud.\u2019")
    got = [(q.text, q.speaker.name) for q in quotes(text)]
    assert got == [
        ("We are tired,", "Marie Lafleur"),
        ("Every day there is shooting. We don\u2019t sleep.", "Marie Lafleur"),
        ("a disaster for the growers\u2019 livelihoods", "The farmers\u2019 union"),
        ("The party\u2019s \u201cnew deal\u201d is a fraud.", "Marie Lafleur"),
    ]


def test_a_british_closing_mark_after_a_plural_s_then_a_clause_goes_on():
    # "families' and accused": the mark closes (a possessive is followed by its noun, and the
    # later mark closes a quotation that opens after it)
    text = ("The shadow chancellor said the budget was \u2018a tax bombshell for working families\u2019 and "
            "accused Ms Reeves of breaking her word. \u2018She has done exactly that,\u2019 he told Sky News.\n\n"
            "\u2018The farmers\u2019 union is angry,\u2019 she said.")
    assert [q.text for q in quotes(text)] == [
        "a tax bombshell for working families", "She has done exactly that,", "The farmers\u2019 union is angry,"]


def test_a_cue_in_a_time_clause_of_the_sentence_before_does_not_tag_a_quotation():
    text = ('"This is not some far-off thing," Musk told analysts on a call after Tesla reported '
            'fourth-quarter results. "It is happening in June."')
    assert [q.speaker.name for q in quotes(text)] == ["Musk", "Musk"]
    # in its own clause it does: `after Clinton argued that "..."`
    text = ('"It is misleading," Axelrod tweeted after Clinton argued that "we would not have rescued the '
            'auto industry."')
    assert [q.speaker.name for q in quotes(text)] == ["Axelrod", "Clinton"]


def test_single_marks_nested_in_double_ones_stay_nested():
    got = quotes("\u201cHe told me \u2018no\u2019 twice,\u201d Ana Ruiz said.")
    assert [q.text for q in got] == ["He told me \u2018no\u2019 twice,"]


@pytest.mark.parametrize("text, content", [
    ("Senator Ana Ruiz announced she would step down in March.", "she would step down in March"),
    ("Senator Ana Ruiz promised to cut taxes for every family.", "to cut taxes for every family"),
    ("Senator Ana Ruiz denied that the campaign paid for the trip.", "the campaign paid for the trip"),
    ("Minister Ana Ruiz told reporters in Cali that troops had been sent.", "troops had been sent"),
    ("Senator Ana Ruiz announced her candidacy in June last year.", None),
    ("Senator Ana Ruiz denied the charges through her lawyer on Friday.", None),
    ("Senator Ana Ruiz cited a confirmed report of three arrests in the city.", None),
])
def test_a_reporting_verb_with_an_object_is_not_reported_speech(text, content):
    got = [q.text for q in quotes(text, indirect=True)]
    assert got == ([content] if content else [])


def test_a_cue_in_the_next_clause_is_not_the_quotations():
    text = ('Minister Ana Ruiz said the plan was "unworkable" and the farmers\u2019 union '
            'called it "a disaster."')
    assert [q.speaker.name for q in quotes(text)] == ["Ana Ruiz", "the farmers\u2019 union"]


def test_a_possessive_description_is_not_the_running_speaker():
    text = ('"We will win," Ana Ruiz said.\n\nHis wife had urged Tom Pike to act "presidential," '
            'but Pike said he replied: "You cannot be too careful."')
    got = {q.text: q.speaker.name for q in quotes(text)}
    assert got["presidential,"] != "Ana Ruiz"
    assert got["You cannot be too careful."] == "Tom Pike"


@pytest.mark.parametrize("who", ["The Kremlin", "The Pentagon", "The Vatican"])
def test_an_institution_named_by_its_seat_is_an_organisation(who):
    q = quotes(f'{who} said on Tuesday it would respond, calling the measures "illegitimate and unlawful."')[0]
    assert q.speaker.kind == "organization" and q.speaker.name == who.split()[1]


def test_a_role_that_opens_a_sentence_is_the_next_pronoun():
    text = ('"This is a new stage," Spanish Prime Minister Pedro Sanz said.\n\n'
            'Opposition leader Alberto Feijoo accused him of making "secret concessions."\n\n'
            'The Spanish premier rejected that charge. "There are no secret agreements," he said.')
    assert [q.speaker.name for q in quotes(text)] == ["Pedro Sanz", "Alberto Feijoo", "Pedro Sanz"]


@pytest.mark.parametrize("phrase", ["Veridian Pharma", "Vertex Pharmaceuticals", "General Motors", "Delta Air Lines"])
def test_a_word_of_trade_ending_a_name_makes_it_a_company(phrase):
    np_ = parse_np(phrase)
    assert (np_.kind, np_.name) == ("organization", phrase)
    text = f'Drug.\n\n{phrase} said it had "acted responsibly." It said the emails were "taken out of context."'
    assert [q.speaker.name for q in quotes(text)] == [phrase, phrase]


def test_an_unnamed_official_in_a_place_is_someone_new():
    text = ('Ferry.\n\n"People were screaming," said Abdul Karim, 52.\n\nA police official in Barisal, who '
            "spoke on condition of anonymity, said the captain had ignored a storm warning.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Abdul Karim", "A police official in Barisal"]


def test_its_is_a_company_whose_name_ends_in_s():
    text = ("Cars.\n\nApex Motors, whose trucks dominate the market, did not comment. Its chief executive, "
            'Mark Hale, told employees that its trucks offered "better value."')
    assert quotes(text)[0].speaker.role == "chief executive of Apex Motors"


def test_lawyers_for_people_doing_something_are_the_speakers():
    text = "Drug.\n\nLawyers for patients suing the company said the emails would be central to their case."
    assert quotes(text, indirect=True)[0].speaker.name == "Lawyers for patients suing the company"


@pytest.mark.parametrize("phrase, name", [
    ("Migrant rights group Caminando Fronteras", "Caminando Fronteras"),
    ("The Israeli newspaper Haaretz", "Haaretz"),
    ("The watchdog Transparency International", "Transparency International"),
    ("Airport operator Isavia", "Isavia"),  # (a kind of business, before one word that is no first name)
    ("Spanish grid operator Red Electrica", "Red Electrica"),  # (or two, the first no first name)
])
def test_a_kind_of_organisation_before_a_name_makes_it_an_organisation(phrase, name):
    q = quotes(f'{phrase} said the policy "must not mean more repression."')[0]
    assert (q.speaker.kind, q.speaker.name) == ("organization", name)


@pytest.mark.parametrize("phrase, name", [
    ("a Moroccan government statement", "Moroccan government"),
    ("a Pentagon press release", "Pentagon"),
])
def test_a_statement_speaks_for_whoever_issued_it(phrase, name):
    q = quotes(f'But {phrase} said the two countries would "work hand in hand."')[0]
    assert q.speaker.name == name


def test_a_dateline_glued_to_the_first_word_is_left_out_of_the_claim():
    text = ("WASHINGTON/MEXICO CITY (Reuters) -The United States and Mexico plan to clamp down on "
            "illegal crossings, leaders from both countries said.")
    got = quotes(text, indirect=True)
    assert got[0].text.startswith("The United States and Mexico plan")
    # a business desk's dateline has no place, and its day is no figure to check
    text = "Nov 20 (Reuters) - Nvidia forecast revenue above estimates on Wednesday, the company said."
    assert quotes(text, indirect=True)[0].text.startswith("Nvidia forecast revenue")
    assert extract_quotes("Nov 20 (Reuters) - Nvidia forecast strong demand on Wednesday as its new chips "
                          "went on sale.", statements=True) == []


def test_reported_speech_with_a_tag_and_a_place_after_it():
    text = ("MADRID (AFP) - Spain and Morocco agreed on Wednesday to reopen the land borders of "
            "Ceuta, Prime Minister Pedro Sanz said after talks in Rabat.")
    got = quotes(text, indirect=True)
    assert [(q.speaker.name, q.text) for q in got] == [
        ("Pedro Sanz", "Spain and Morocco agreed on Wednesday to reopen the land borders of Ceuta")]


@pytest.mark.parametrize("lead, role", [
    ("Spain's foreign minister, Jose Albares,", "Spain's foreign minister"),
    ("Its leader, Alberto Feijoo,", "leader"),
    ("The Foreign Minister of Mexico, Jose Albares,", "Foreign Minister of Mexico"),
    ("The head of Mercury, Jose Albares,", "head of Mercury"),
    ("The president of the FNSEA farmers' union, Jose Albares,", "president of the FNSEA farmers' union"),
    ("The senator was his uncle, Jose Albares,", None),
])
def test_a_role_set_off_by_commas_before_a_name(lead, role):
    q = quotes(f'{lead} said the deal was "historic."')[0]
    assert q.speaker.name.endswith(("Albares", "Feijoo")) and q.speaker.role == role


def test_a_party_tag_is_not_part_of_a_subject_s_name():
    text = ('Former governor Ed Rendell (D), a Clinton supporter, praised Sanders. '
            '"It is an incredible feat," he said.')
    assert quotes(text)[0].speaker.name == "Ed Rendell"


def test_a_name_inside_a_relative_clause_is_not_the_subject():
    text = ('Michael Seaman, who lives outside the state capital, Sacramento, said he '
            '"prays that Bernie ends up the nominee."\n\n'
            'Geoff Garin, a Democratic pollster who advises Priorities USA, said it was "a rout."')
    got = [(q.speaker.name, q.speaker.role) for q in quotes(text)]
    assert got == [("Michael Seaman", None), ("Geoff Garin", "Democratic pollster")]


def test_an_age_before_a_name_is_neither_a_role_nor_a_stop():
    text = '81-year-old Parker Eaton, a retired farmer, said: "There is only one candidate."'
    q = quotes(text)[0]
    assert q.speaker.name == "Parker Eaton" and "year" not in (q.speaker.role or "")


def test_remembered_is_a_tag_verb():
    text = ('"Analysts said no, and she set out to prove them wrong," remembered Roy Verley, '
            'the company\'s former spokesman. "The more the criticism mounted, the more determined she became."')
    assert [q.speaker.name for q in quotes(text)] == ["Roy Verley", "Roy Verley"]


def test_a_person_before_a_colon_at_the_end_of_a_clause():
    text = ('The timing of the surge does not surprise Republican pollster Dana Shaw: "Lesser-known '
            'candidates who win early contests see the biggest boost."')
    assert quotes(text)[0].speaker.name == "Dana Shaw"


@pytest.mark.parametrize("who", ["Officials", "Economists", "Spokesmen"])
def test_a_plural_role_opening_a_sentence_is_a_group(who):
    q = quotes(f'{who} said the pledge was "ambitious but doable."')[0]
    assert q.speaker.kind == "group"


@pytest.mark.parametrize("text, speaker", [
    ('"Go back to your seat," Tom Pike barked.', "Tom Pike"),
    ('There were sharper jabs, such as when Ana Ruiz knocked Pike on trade and called him a '
     '"moderate," a subtle dig.', "Ana Ruiz"),
])
def test_more_verbs_and_clause_openings(text, speaker):
    assert quotes(text)[0].speaker.name == speaker



def test_a_perfect_participle_hangs_on_the_clause_subject():
    text = 'Ana Ruiz also misjudged President Tom Pike, having referred to him as a "reformer."'
    assert quotes(text)[0].speaker.name == "Ana Ruiz"


def test_a_report_by_an_outlet_speaks_for_it():
    text = 'On Friday it was a report by Politico that he "fabricated" the story of an offer.'
    assert quotes(text)[0].speaker.name == "Politico"


def test_a_surname_two_people_share():
    text = ('Carla Fiorina, the former chief executive, spoke in Iowa. Her husband, Frank Fiorina, '
            'stood beside her.\n\n"We will win this state," Fiorina said.\n\n'
            '"He is right," Mr. Fiorina added.\n\n'
            'Does Fiorina have a chance? "Of course," she said.')
    got = [q.speaker.name for q in quotes(text)]
    assert got == ["Carla Fiorina", "Frank Fiorina", "Carla Fiorina"]


def test_a_role_opening_the_sentence_is_the_participle_s_subject():
    text = ('AUSTIN, Texas (AP) — A federal judge on Thursday blocked a Texas law on border '
            'arrests, calling it "a clear usurpation" of federal power.')
    q = quotes(text)[0]
    assert q.speaker is not None and q.speaker.name != "Texas"


def test_places_and_headline_words_opening_a_sentence_are_not_people():
    text = ('"I am fit," Gary Johnson said.\n\n'
            'New York officials said nothing.\n\n'
            'Gary Johnson\u2019s doctor is calling the candidate "extremely physically fit."')
    got = quotes(text)
    assert got[1].speaker is not None and "New York" not in got[1].speaker.name
    assert got[1].speaker.name != "Gary Johnson"


def test_a_name_after_a_leading_role_is_the_next_pronoun():
    text = ('"We are seeing the cost in real time," said lead author Elisa Gallo. She said older '
            'women were most at risk.\n\n'
            'The WHO called the findings "deeply alarming." Its regional director for Europe, '
            'Hans Kluge, urged countries to act. "Most of these deaths are preventable," he told reporters.')
    got = [(q.speaker.name, q.speaker.role) for q in quotes(text)][-1]
    assert got == ("Hans Kluge", "WHO's regional director for Europe")


@pytest.mark.parametrize("text, name, kind", [
    ('Rory Deighton of the NHS Confederation said the strikes would cost "hundreds of millions."',
     "Rory Deighton", "person"),
    ('The NHS Confederation said the strikes would cost "hundreds of millions."', "NHS Confederation",
     "organization"),
    ('NHS England\u2019s medical director, Prof Sir Stephen Powis, said staff would "keep patients safe."',
     "Stephen Powis", "person"),
])
def test_people_at_organisations_and_organisations_with_an_article(text, name, kind):
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.kind) == (name, kind)


def test_a_role_set_off_by_commas_beats_a_bare_form_of_address():
    text = 'NHS England\u2019s medical director, Prof Sir Stephen Powis, said staff would "keep patients safe."'
    assert quotes(text)[0].speaker.role == "NHS England\u2019s medical director"


def test_a_company_in_ing_and_a_dateline_are_not_participle_and_speaker():
    text = ('SEATTLE (Reuters) - Boeing Co reported a larger-than-expected loss on Wednesday but '
            'said it was on track to raise production of its jets.\n\n'
            'Kelly Ortberg, who took the helm in August, said the company would not rush. '
            '"Safety and quality come first, full stop," he said.')
    got = [(q.kind, q.speaker.name) for q in quotes(text, indirect=True)]
    assert got == [("indirect", "Boeing Co"), ("indirect", "Kelly Ortberg"), ("direct", "Kelly Ortberg")]


def test_a_quotation_over_several_paragraphs_takes_the_speaker_named_at_its_end():
    text = ('"We have never seen storage this low this early in the summer. If the rains do not come, '
            'we are in trouble.\n\n'
            '"Growers are already leaving fields empty," said Jason Phillips, chief executive of the '
            'water authority.')
    assert [q.speaker.name for q in quotes(text)] == ["Jason Phillips", "Jason Phillips"]


def test_a_group_and_where_it_is_and_a_bare_weekday():
    text = ("Water managers in California's Central Valley warned Monday that reservoirs could "
            "fall to record lows by October.")
    q = quotes(text, indirect=True)[0]
    assert (q.speaker.kind, q.text) == ("group", "reservoirs could fall to record lows by October")


def test_a_quotation_set_off_by_dashes_belongs_to_the_clause_before_it():
    text = ('Although Martin Kelly lamented her gaffes - "does she have to keep giving them '
            'ammunition?" - voters in Iowa said they were unfazed.')
    assert quotes(text)[0].speaker.name == "Martin Kelly"


@pytest.mark.parametrize("phrase, name, role", [
    ("Farmer Joe Del Bosque", "Joe Del Bosque", "Farmer"),
    ("Actress Rosario Dawson", "Rosario Dawson", "Actress"),
    ("Dean Johnson, a salesman,", "Dean Johnson", None),
])
def test_a_capitalised_role_noun_opening_a_name_is_its_role(phrase, name, role):
    q = quotes(f'{phrase} said the drought was "the worst I have seen."')[0]
    assert q.speaker.name == name and (role is None or q.speaker.role == role)


def test_a_sentence_subject_s_appositive_is_their_role():
    text = ('Siegfried Russwurm, head of the BDI industry federation, disagreed. "Companies cannot '
            'wait three years," he said.\n\n'
            'Dorothy Woods, whose husband served in Iraq, was angry. "It is an insult," she said.')
    got = [(q.speaker.name, q.speaker.role) for q in quotes(text)]
    assert got == [("Siegfried Russwurm", "head of the BDI industry federation"), ("Dorothy Woods", None)]


@pytest.mark.parametrize("sentence, name, role", [
    # a profession the lexicon lists only by its suffix family ("-ologist", "-ician")
    ("Duane Mellor, a dietitian at Aston University, was more blunt.", "Duane Mellor",
     "dietitian at Aston University"),
    # an adverb opening the sentence is not part of the title before the name
    ("Even HBO comedian John Oliver lost his temper.", "John Oliver", "HBO comedian"),
    # "retired", like "former", belongs to the role
    ("Her neighbor, retired teacher Tom Beckett, stayed behind.", "Tom Beckett", "retired teacher"),
    # a leaning belongs to the role; "now" is not part of it
    ("Even conservative columnist Hugh Hewitt agreed.", "Hugh Hewitt", "conservative columnist"),
    ("Corey Lewandowski, now a paid CNN commentator, disagreed.", "Corey Lewandowski", "paid CNN commentator"),
    # "former" before a title in capitals is part of the role too
    ("On Saturday, former Rep. Beto O'Rourke spoke at the rally.", "Beto O'Rourke", "former Rep."),
    # whose role it is, before the role
    ("Planned Parenthood's chief strategist Tom Richards disagreed.", "Tom Richards",
     "Planned Parenthood's chief strategist"),
    # an appositive's abbreviations ("U.N.") do not end it
    ("Bill Richardson spoke. Richardson, the former New Mexico governor and U.N. ambassador, smiled.",
     "Bill Richardson", "former New Mexico governor and U.N. ambassador"),
    # what kind of minister or secretary, in lower case
    ("But former prime minister Boris Johnson disagreed.", "Boris Johnson", "former prime minister"),
    ("Dr Tom Jarvis, a GP, welcomed the plan.", "Tom Jarvis", "GP"),
    ("At the plant, line worker Dennis Carter, 48, said he would vote no.", "Dennis Carter", "line worker"),
    # trades the lexicon lists by their short names
    ("The zoo's chief vet, Dr. Karl Lueders, agreed.", "Karl Lueders", "zoo's chief vet"),
    ("Head zookeeper Tom Ruiz agreed.", "Tom Ruiz", "Head zookeeper"),
    # a number in the name of a body's branch or a district belongs to the role
    ("Teamsters Local 344 president Tom Millonzi cheered.", "Tom Millonzi", "Teamsters Local 344 president"),
    ("Later, District 7 supervisor Tom Cruz objected.", "Tom Cruz", "District 7 supervisor"),
])
def test_the_role_of_a_subject_named_before_the_quotation(sentence, name, role):
    q = quotes(f'{sentence} "That misses the point," he said.')[-1]
    assert (q.speaker.name, q.speaker.role) == (name, role)


@pytest.mark.parametrize("opening, role", [("One traveller", "traveller"), ("Another critic", "critic")])
def test_one_or_another_before_a_role_is_no_part_of_it(opening, role):
    text = f"Flights.\n\nPassengers were angry. {opening}, Mark Evans, said he had waited for nine hours."
    q = quotes(text, indirect=True)[0]
    assert (q.speaker.name, q.speaker.role) == ("Mark Evans", role)


@pytest.mark.parametrize("opening", ["Another resident", "One neighbour"])
def test_one_more_of_a_kind_named_after_a_role_is_the_subject(opening):
    text = ('Town.\n\n"My kids play near that site," said Dana Whitfield.\n\n'
            f'{opening}, retired engineer Frank Osei, questioned the figures. He said the plant would pollute.')
    q = quotes(text, indirect=True)[-1]
    assert (q.speaker.name, q.speaker.role) == ("Frank Osei", "retired engineer")


@pytest.mark.parametrize("who", ["One senior backbencher", "A pundit", "One broadcaster", "One Labour MP",
                                 "a New Hampshire Republican"])
def test_an_unnamed_speaker_of_any_trade_before_a_colon(who):
    text = f'{who}, who asked not to be named, said: "Number 10 has misjudged the mood."'
    assert [q.speaker.name for q in quotes(text)] == [who]


@pytest.mark.parametrize("who", ["A parent", "One commuter", "A protester", "a juror", "A friend", "One shopper"])
def test_an_unnamed_member_of_the_public_is_a_speaker(who):
    # the people a reporter meets are described, not named, and still quoted
    text = f'The strike was "political theater," {who} said.\n\n{who.capitalize()} said the plan was "a disaster."'
    assert [q.speaker.name for q in quotes(text)] == [who, who.capitalize()]


def test_an_appositive_gives_a_role_wherever_the_name_stands():
    text = ("The study, led by Matthew Campen, a toxicologist at the University of New Mexico, analysed "
            "tissue from 52 people.\n\n"
            '"We don\'t know what it\'s doing to us yet," Campen said.\n\n'
            # a place's appositive makes no person of it; an abbreviation's stop does not end a role
            "North-Rhine Westphalia, the German state next to Belgium, tightened controls. Nelson Diaz, a "
            "former aide to Mr. Rubio, agreed.\n\n"
            '"It is overdue," said Diaz.')
    got = [(q.speaker.name, q.speaker.role) for q in quotes(text)]
    assert got == [("Matthew Campen", "toxicologist at the University of New Mexico"),
                   ("Nelson Diaz", "former aide to Mr. Rubio")]


def test_a_name_s_appositive_after_an_opening_phrase_is_not_the_subject():
    # once "the Republican nominee" is Trump's role, it must still not make him the subject
    text = ("Ban Ki-moon, the secretary general of the United Nations, sat inside.\n\n"
            "Asked whether Donald Trump, the Republican nominee, could win, Ban demurred.\n\n"
            '"It is hard," he said.')
    assert [q.speaker.name for q in quotes(text)] == ["Ban Ki-moon"]


def test_a_newspaper_named_like_a_role_and_two_people_before_one_appositive():
    # a role in capitals after "a" is someone unnamed; after "the", only an acronym ("the
    # Labour MP") is: "The New Hampshire Union Leader" is no leader to look for in the text
    assert parse_np("a Labour MP").kind == parse_np("the Labour MP").kind == "description"
    newspaper = parse_np("The New Hampshire Union Leader")
    assert newspaper is None or newspaper.kind != "description"
    # nor is a treaty or a law anyone's name
    for law in ("the North American Free Trade Agreement", "the Affordable Care Act"):
        assert parse_np(law) is None or parse_np(law).kind != "person"
    text = "Tom Wilcox and Carlos Beruff, a Sarasota Republican, argued that the department was not needed."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Tom Wilcox and Carlos Beruff"]


def test_a_full_name_shown_later_to_be_a_person_s_and_a_sentence_opening_for_them():
    text = ("DERNA, Libya (Reuters) - Abdulrahman Salem was asleep when the water came.\n\n"
            '"I heard a sound like an explosion, then screaming from the street."\n\n'
            "Salem, 41, a schoolteacher, lost his mother in the flood.\n\n"
            '"Every day the sea returns more of them," said Osama Ali, a spokesman for the ambulance service.\n\n'
            'For Salem, the questions are more personal. "Why did no one tell us to leave?" he asked.')
    got = [(q.speaker.name, q.speaker.role) for q in quotes(text)]
    assert got == [("Abdulrahman Salem", "schoolteacher"), ("Osama Ali", "spokesman for the ambulance service"),
                   ("Abdulrahman Salem", "schoolteacher")]


def test_a_full_name_then_its_surname_opening_a_sentence_is_a_person_s():
    # the surname alone, as a subject, shows the full name was a person's: "he" is him, not
    # the woman who spoke last
    text = ("Derrick Mahone pleaded guilty in July to reckless homicide.\n\n"
            'The victim\'s mother, Ruth Brandt, read a statement. "I forget," she said.\n\n'
            'Mahone, wearing a tan jail uniform, turned to the family. "I\'m sorry," he said.')
    assert [q.speaker.name for q in quotes(text)] == ["Ruth Brandt", "Derrick Mahone"]
    # two such names ending alike: the surname alone means neither
    text = ("Khizr Dane spoke first.\n\nGhazala Dane spoke next.\n\n"
            'Mary Ross, a neighbour, was there. "We wept," she said.\n\nDane stood up. "Thank you," he said.')
    assert "Dane" not in quotes(text)[-1].speaker.name


@pytest.mark.parametrize("text", [
    'Emanuel won a runoff with Jesús "Chuy" García, a commissioner.',
    'Emanuel won a runoff with Jesu\u0301s "Chuy" Garci\u0301a, a commissioner.',  # combining accents
])
def test_a_nickname_inside_an_accented_name_is_no_quotation(text):
    assert quotes(text) == []


def test_del_with_a_period_is_a_delegate_not_part_of_the_name():
    text = 'Del. Stacey Plaskett called the vote "a waste of time."'
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Stacey Plaskett", "Del.")]


def test_a_quotation_after_a_narrator_s_sentence_in_the_speaker_s_paragraph_is_theirs():
    text = ('"This is a social critique of the elitists," said Freddy Ortega, who also stars in the show. '
            'But the oversized face on the billboards has not hurt interest. "It has had a marvelous result."\n\n'
            '"You cannot blame her," said Sara Walker, 44, a home-care aide. Howard Dean disagreed. '
            '"It is not fair."')
    got = [(q.text, q.speaker.name if q.speaker else None) for q in quotes(text)]
    assert got[:2] == [("This is a social critique of the elitists,", "Freddy Ortega"),
                       ("It has had a marvelous result.", "Freddy Ortega")]
    # someone else in focus between: not carried over
    assert ("It is not fair.", "Sara Walker") not in got


@pytest.mark.parametrize("opening, speaker", [
    ("Tesla Inc delivered fewer cars in the quarter.", "Tesla Inc"),
    ("Israeli Prime Minister Benjamin Netanyahu's office rejected that account.", "Benjamin Netanyahu's office"),
])
def test_it_in_the_next_sentence_is_the_institution_that_opened_the_last(opening, speaker):
    text = f'{opening} In a statement, it said the group "has not budged."'
    assert [q.speaker.name if q.speaker else None for q in quotes(text)] == [speaker]


def test_it_deep_in_a_clause_or_after_a_name_cut_short_is_no_institution():
    text = ('The PACs spent $890,000 on digital advertising. They paid a company which builds what it '
            'calls "psychographic" profiles.')
    assert [q.speaker.name for q in quotes(text) if q.speaker] == []
    # (the group a closing "according to" gives as the source is the institution just heard)
    text = ('The Islamic State has called for such attacks, according to the SITE Intelligence Group. It said '
            'supporters were "celebrating the massacre."')
    assert [q.speaker.name for q in quotes(text) if q.speaker] == ["SITE Intelligence Group"]


@pytest.mark.parametrize("who", ["two sources briefed on the negotiations", "a source close to the talks",
                                 "officials involved in the talks", "a person with direct knowledge"])
def test_wire_phrases_for_unnamed_sources(who):
    text = f'Talks on a ceasefire stalled on Tuesday, {who} said.\n\n"The ball is in their court," the source said.'
    got = [(q.kind, q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)]
    assert got[0] == ("indirect", who, "anonymous")


@pytest.mark.parametrize("tail, who", [
    ("a senior official told Reuters", "a senior official"),
    ("Sen. Chuck Grassley told POLITICO", "Chuck Grassley"),
    ("Smith told The Associated Press on Tuesday", "Smith"),
])
def test_reported_speech_closed_by_told_and_an_outlet(tail, who):
    text = f"Biofuels do not stir up the same fervor among Iowans as they did in the 1980s, {tail}."
    got = [(q.kind, q.speaker.name) for q in quotes(text, indirect=True)]
    assert got == [("indirect", who)]


def test_reported_speech_closed_by_a_role_and_a_name_set_off_by_commas():
    text = "Xi accepted an invitation to visit Seoul, a presidential spokesperson, Kim Eun-hye, told reporters."
    got = [(q.text, q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)]
    assert got == [("Xi accepted an invitation to visit Seoul", "Kim Eun-hye", "presidential spokesperson")]


def test_reported_speech_told_to_an_outlet_and_its_unnamed_speaker_heard_again():
    text = ('Hamas said in a statement that any attack would "blow up" the talks.\n\n'
            'A senior Israeli official, speaking on condition of anonymity, told Reuters the army had drawn up '
            'plans. "We are not going to do it without a plan," the official said.')
    got = [(q.kind, q.speaker.name) for q in quotes(text, indirect=True)]
    assert got == [("indirect", "Hamas"), ("partial", "Hamas"),
                   ("indirect", "A senior Israeli official"), ("direct", "A senior Israeli official")]


def test_a_quotation_s_own_told_tag_is_no_reported_speech():
    text = ("Secretary of State John Kerry said the Iranians were close to completing their sentences. "
            "''What we gave up were people who were about to get out anyway,'' he told Fox News.")
    got = [(q.kind, q.text[:30]) for q in quotes(text, indirect=True) if q.kind == "indirect"]
    assert got == [("indirect", "the Iranians were close to com")]


def test_a_report_is_a_body_s_and_a_ruling_a_judge_s():
    text = ('U.S. employers added 254,000 jobs, the Labor Department said on Friday.\n\n'
            '"This is a blowout report," said Seema Shah, chief strategist at Principal.\n\n'
            'Average hourly earnings rose 0.4% from the prior month, according to the report.\n\n'
            '"The State cannot compel private companies," U.S. District Judge Robert Pitman wrote.\n\n'
            '"This fight is not over," Texas Attorney General Ken Paxton said.\n\n'
            'The law "impermissibly burdens" the platforms, the ruling said.')
    got = {q.text[:20]: q.speaker.name for q in extract_quotes(text, None, "unknown", statements=True)
           if q.speaker is not None}
    assert got["Average hourly earni"] == "Labor Department"  # not the analyst who said "report"
    assert got["impermissibly burden"] == "Robert Pitman"  # not the attorney general who spoke last


@pytest.mark.parametrize("subject, who", [
    ("The lawsuit, brought by two trade groups representing companies including Meta and Google,", "two trade groups"),
    ("A lawsuit filed by NetChoice", "NetChoice"),
])
def test_a_document_speaks_for_whoever_brought_it(subject, who):
    text = f'{subject} alleged that the law would force platforms to host "hate speech."'
    assert [q.speaker.name for q in quotes(text)] == [who]


def test_a_crowd_speaks_only_by_chanting_and_an_opening_place_is_no_subject():
    text = ('"Macron, resign!" the crowd chanted as riot police looked on.\n\n'
            '"We will not give up," said Sophie Binet, head of the CGT union.\n\n'
            'Inside the chamber, Prime Minister Elisabeth Borne defended the reform. "Our pension system is in '
            'deficit," she told a jeering crowd.\n\n'
            '"It will collapse."')
    got = [(q.speaker.name, q.cue) for q in quotes(text)]
    assert got == [("the crowd", "chanted"), ("Sophie Binet", "said"), ("Elisabeth Borne", "told"),
                   ("Elisabeth Borne", "told")]


@pytest.mark.parametrize("text", [
    "Hewlett recalled it in Peter Burrows's book \"Backfire: Carly Fiorina's High-Stakes Battle for the Soul of "
    "Hewlett-Packard.\"",
    'The band added Latin hits including "La Gozadera" to the playlist.',
    'He played a small part in "Apollo 13," the actor said.',
])
def test_titles_of_works_are_no_quotations(text):
    assert quotes(text) == []


@pytest.mark.parametrize("name, tag", [("Dave Green", '"People do not understand," Green said.'),
                                       ("George Will", 'The columnist wrote more. "It is reverie," Will wrote.'),
                                       ("Rex Early", '"That is news to me," said Early.')])
def test_a_surname_that_is_also_a_word_is_the_person_named_so(name, tag):
    text = f"{name}, who has watched the town for decades, spoke on Monday.\n\n{tag}"
    assert [q.speaker.name for q in quotes(text)] == [name]
    # with no one named so, the word is no speaker
    assert [q.speaker for q in quotes(tag) if q.speaker and q.speaker.name == name.split()[-1]] == []


@pytest.mark.parametrize("phrase", ["the spokesman for Hillary Clinton", "the daughter of Donald Trump"])
def test_a_name_after_a_role_s_preposition_is_not_the_speaker(phrase):
    np_ = parse_np(phrase)
    assert np_ is not None and np_.kind == "anonymous" and np_.name == phrase
    # a body there makes a post whose holder the text may name; a place describes the person
    assert (parse_np("the billionaire owner of the Dallas Mavericks").kind,
            parse_np("the billionaire owner of the Dallas Mavericks").head) == ("description", "owner")
    assert parse_np("the senator from Vermont").kind != "anonymous"


def test_a_state_after_a_name_is_what_the_state_s_senator_means():
    text = ('Sen. Bernie Sanders of Vermont campaigned in New Hampshire. Sen. Ted Cruz of Texas was in Iowa.\n\n'
            '"The economy is rigged," the Vermont senator said.')
    assert [q.speaker.name for q in quotes(text)] == ["Bernie Sanders"]


@pytest.mark.parametrize("sentence, label", [
    ('The agreement calls on countries to transition "away from fossil fuels."', "the agreement"),
    ('The lawsuit alleged that the law would force platforms to host "hate speech."', "the lawsuit"),
])
def test_a_text_no_one_is_named_for_speaks_under_its_own_label(sentence, label):
    text = f'"We are proud of this," said Wopke Hoekstra, the EU climate commissioner.\n\n{sentence}'
    got = [(q.speaker.name.lower(), q.speaker.kind) for q in quotes(text)][1:]
    assert got == [(label, "anonymous")]  # not the commissioner who spoke before


def test_a_name_ending_in_ing_is_no_opening_participle():
    text = ("SEATTLE (Reuters) - Boeing will cut about 17,000 jobs, or 10% of its workforce, the planemaker "
            "said on Friday.\n\nSpeaking to reporters, Chief Executive Kelly Ortberg called it \"a reset.\"")
    got = [(q.speaker.name, q.kind) for q in quotes(text, indirect=True)]
    assert got == [("Boeing", "indirect"), ("Kelly Ortberg", "partial")]


def test_an_acronym_that_spells_a_word_is_a_name():
    text = "According to the WHO, more than 15,600 cases have been reported in Congo this year."
    got = [(q.kind, q.speaker.name) for q in extract_quotes(text, None, "unknown", statements=True)]
    assert got == [("statement", "WHO")]
    assert parse_np("THE") is None  # (a heading's word in capitals is no name)


@pytest.mark.parametrize("opening", ["Optus, a unit of Singapore Telecommunications, disputed that account.",
                                     "Optus disputed that account."])
def test_it_is_a_one_word_company_the_text_calls_one(opening):
    text = ('Hack.\n\nTelecoms company Optus was hacked. The minister said the breach was "basic".\n\n'
            f'{opening} In a statement, it said its defences were "strong and multi-layered".')
    assert [q.speaker.name for q in quotes(text)] == ["The minister", "Optus"]


@pytest.mark.parametrize("after,who", [
    ('Its director, Michiel Servaes, said it was "a very important step".', ("Michiel Servaes", "director of Oxfam Novib")),
    ('In a statement, it said it was "a very important step".', ("Oxfam Novib", None)),
])
def test_it_is_a_two_word_name_never_shown_to_be_a_persons(after, who):
    q = quotes(f"Court.\n\nOxfam Novib welcomed the ruling. {after}")[0]
    assert (q.speaker.name, q.speaker.role) == who


@pytest.mark.parametrize("subject", ["A landlords' association, the Rental Housing Coalition,",
                                     "The Rental Housing Coalition, a landlords' group,"])
def test_its_is_the_body_named_beside_its_kind(subject):
    text = (f"Rent.\n\n{subject} praised the veto. Its director, Greg Fuller, said rent control "
            '"has failed everywhere".')
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.role) == ("Greg Fuller", "director of Rental Housing Coalition")


def test_it_is_the_institution_just_speaking():
    text = ('The United Nations Security Council said the test was "a clear violation." '
            'Members pledged sanctions to deter what it called "a clear threat to international peace."\n\n'
            'It is not clear "what comes next."')
    got = [(q.speaker.name, q.speaker.kind) if q.speaker else None for q in quotes(text)]
    assert got[:2] == [("United Nations Security Council", "organization")] * 2
    assert got[2:] in ([], [None])  # a dummy "It" speaks for nobody


def test_a_surname_three_people_share():
    text = ('Hillary Clinton spoke first. Bill Clinton followed, and Chelsea Clinton closed.\n\n'
            'Clinton, during a town hall meeting in Columbus, Ohio, said she was "going to put a lot '
            'of coal companies out of business."\n\n"We will fight," Mr. Clinton said.')
    assert [q.speaker.name for q in quotes(text)] == ["Hillary Clinton", "Bill Clinton"]


def test_a_surname_used_alone_finds_the_full_name_given_earlier():
    text = ('The two leading candidates, Sarah Mitchell and Priya Kaur, clashed on Tuesday.\n\n'
            'Mitchell promised 50,000 homes. "We will get London building again," she said.\n\n'
            'Kaur dismissed the pledge. "She has made that promise before," she told LBC radio.')
    assert [q.speaker.name for q in quotes(text)] == ["Sarah Mitchell", "Priya Kaur"]


@pytest.mark.parametrize("who, kind", [
    ("Politico", "organization"), ("CNN", "organization"), ("Americans", "group"),
    ("Prosecutors", "group"), ("Steve Forbes", "person"),
])
def test_outlets_and_peoples_named_by_one_word_are_not_persons(who, kind):
    q = quotes(f'{who} said the plan was "dead on arrival."')[0]
    assert q.speaker.kind == kind


def test_she_is_not_an_outlet():
    text = ('According to ProPublica, Hillary Clinton praised her "wonderful donors."\n\n'
            'She also asked the bankers to "freeze interest rates."')
    assert quotes(text)[-1].speaker.name == "Hillary Clinton"


@pytest.mark.parametrize("text, speaker", [
    ('"You told the board the wall was negotiable," Sean Hannity started.', "Sean Hannity"),
    ('"And who pays for the wall then?" Maria Lopez interrupted.', "Maria Lopez"),
    # a verb of an event is not one of saying
    ('"Nobody in this town will pay for that wall," Maria Lopez resigned.', None),
])
def test_a_sentence_of_a_name_and_one_verb_after_a_broken_off_quotation_attributes_it(text, speaker):
    q = quotes(text)[0]
    assert (q.speaker.name if q.speaker else None) == speaker


def test_he_after_reported_speech_in_the_same_sentence_is_its_speaker():
    text = ('President Luiz Inacio Lula da Silva flew over the area. "No one will be left behind," '
            'Lula said.\n\n'
            'Her neighbour, Joao Pereira, said he had lost everything. "Forty years of work, gone in '
            'one night," he said.')
    assert quotes(text)[-1].speaker.name == "Joao Pereira"


@pytest.mark.parametrize("full, short", [
    ("President Luiz Inacio Lula da Silva", "Lula"),
    ("Commission President Ursula von der Leyen", "von der Leyen"),
    ("Senator Maria Aparecida dos Santos", "dos Santos"),
    ("United manager Erik ten Hag", "ten Hag"),
])
def test_the_short_form_of_a_name_with_a_particle_is_the_same_person(full, short):
    text = f'{full} visited the shelter on Sunday.\n\n"No one will be left behind," {short} said.'
    assert full.endswith(quotes(text)[0].speaker.name) and " " in quotes(text)[0].speaker.name


def test_straight_single_quotation_marks_typed_for_british_ones():
    text = ("The union's leader, Kevin Courtney, said: 'No teacher wants to strike. But the "
            "government's offer leaves us no choice.'\n\n"
            "Gillian Keegan described the action as 'deeply disappointing' and urged talks.\n\n"
            "'Strikes are not in the interests of children,' a Department for Education spokesperson said.\n\n"
            "Teachers' pay has fallen since 2010, and rock 'n' roll was playing as they met.")
    got = [(q.text, q.speaker.name if q.speaker else None) for q in quotes(text)]
    assert got == [
        ("No teacher wants to strike. But the government's offer leaves us no choice.", "Kevin Courtney"),
        ("deeply disappointing", "Gillian Keegan"),
        ("Strikes are not in the interests of children,", "a Department for Education spokesperson"),
    ]


def test_apostrophes_and_elisions_are_not_single_quotation_marks():
    from claims.extract.spans import find_spans

    text = ("Teachers' pay has fallen since the '90s, it's rock 'n' roll to 'em, and the union's "
            "leader called the offer 'an insult to the profession' on Monday.")
    assert [text[sp.start:sp.end] for sp in find_spans(text)] == ["an insult to the profession"]


def test_answers_of_an_interview_laid_out_q_and_a_are_the_interviewee_s():
    text = ("MADRID (AFP) - Interior Minister Fernando Grande-Marlaska explained the changes to AFP.\n\n"
            "Q: Critics such as Mauricio Valiente say it makes asylum harder. Is that true?\n\n"
            'A: "No. It makes decisions faster, which is good for everyone, including refugees."')
    assert quotes(text)[0].speaker.name == "Fernando Grande-Marlaska"
    # the questions are the interviewer's, not statements of fact by the outlet
    got = extract_quotes(text.replace("harder.", "harder for 30,000 people a year."), statements=True)
    assert [q.kind for q in got] == ["direct"]


def test_the_company_is_the_company_the_text_is_about():
    text = ("SAN FRANCISCO, Jan 2 (Reuters) - Tesla Inc delivered fewer vehicles than expected in the "
            "fourth quarter, the company said on Tuesday.\n\n"
            "The electric carmaker said it delivered 484,507 vehicles in the period.\n\n"
            "Tesla Inc shares fell 6%. Wealth-X keeps its finances secret. The company says its "
            "business has tripled in three years.")
    got = [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)]
    assert got == [("Tesla Inc", "organization"), ("Tesla Inc", "organization"),
                   ("Wealth-X", "organization")]  # not Tesla: Wealth-X ("its finances") came between


def test_one_unnamed_executive_is_someone_new():
    text = ('Chinese rival BYD said it sold 526,409 cars.\n\n'
            '"We are not worried," one Tesla executive, who declined to be named, told Reuters.')
    q = quotes(text)[-1]
    assert (q.speaker.name, q.speaker.kind) == ("one Tesla executive", "anonymous")


def test_a_name_given_family_name_first_and_a_first_name_alone():
    text = ("U.S. President Joe Biden and Chinese President Xi Jinping agreed on Wednesday to resume "
            "military talks.\n\n"
            'Xi, for his part, said the world was "big enough for the two countries to succeed."\n\n'
            "China's foreign ministry spokesperson Mao Ning told a briefing the meeting was positive. "
            '"This kind of speech is extremely wrong," Mao said.\n\n'
            '"I am not changing for anyone, ever," Joe said.')
    got = [(q.speaker.name, q.speaker.role) for q in quotes(text)]
    assert got == [("Xi Jinping", "Chinese President"),  # "for his part" is no role
                   ("Mao Ning", "China's foreign ministry spokesperson"), ("Joe Biden", "U.S. President")]


def test_the_official_is_the_unnamed_official_just_quoted():
    text = ("Joe Biden met Xi Jinping on Wednesday.\n\n"
            "A senior Biden administration official said Xi had told Biden that Beijing had no plans "
            'for military action. "He was direct about it," the official said.')
    assert quotes(text)[0].speaker.name == "A senior Biden administration official"


@pytest.mark.parametrize("who, name", [
    ("Doctors Without Borders", "Doctors Without Borders"),
    ("the Republican Party of Wyoming", "Republican Party of Wyoming"),
    ("the American Federation of Teachers", "American Federation of Teachers"),
])
def test_a_name_built_round_a_linking_word_is_an_organisation(who, name):
    q = quotes(f'{who} said the plan was "dead on arrival."')[0]
    assert (q.speaker.name, q.speaker.kind) == (name, "organization")


def test_a_person_of_a_place_and_a_title_of_a_department_stay_people():
    got = [quotes(f'{who} said the plan was "dead on arrival."')[0].speaker for who in (
        "Secretary of State Antony Blinken", "Asa Khalif, an organizer with the Philly Coalition for Real Justice,")]
    assert [(s.name, s.kind) for s in got] == [("Antony Blinken", "person"), ("Asa Khalif", "person")]


def test_reported_speech_closed_by_a_bare_weekday_and_a_statement_opened_by_according_to():
    text = ("PANAMA CITY, Dec 20 (AFP) - More than half a million migrants crossed the Darien jungle "
            "this year, a record, Panamanian authorities said Wednesday.\n\n"
            "According to Panama's National Migration Service, 506,000 people made the crossing in 2023, "
            "up from 248,000 in 2022.")
    got = [(q.kind, q.speaker.name if q.speaker else None)
           for q in extract_quotes(text, None, "unknown", statements=True)]
    assert got == [("indirect", "Panamanian authorities"), ("statement", "Panama's National Migration Service")]


@pytest.mark.parametrize("phrase, name, role", [
    ("The designer, Lorie Smith,", "Lorie Smith", "designer"),
    ("The European Commission's spokesperson for home affairs, Anitta Hipper,", "Anitta Hipper",
     "European Commission's spokesperson for home affairs"),
    ("Linda Yaccarino, X's chief executive,", "Linda Yaccarino", "X's chief executive"),
])
def test_occupations_and_an_owner_s_role_around_a_name(phrase, name, role):
    q = quotes(f'{phrase} said the ruling was "a victory for all of us."')[0]
    assert (q.speaker.name, q.speaker.role) == (name, role)


def test_according_to_opens_the_sentence_and_other_words_for_a_role():
    text = ("The Mexican president, Andres Manuel Lopez Obrador, said he would not accept the plan.\n\n"
            "The head of Mexican diplomacy, Alicia Barcena, met Secretary of State Antony Blinken. "
            'According to the chancellor, both delegations agreed to "strengthen cooperation" on trafficking.\n\n'
            'The Secretary of State, for his part, thanked Mexico for its "extraordinary efforts" at the border.\n\n'
            "Migrant advocates, led by Irineo Mujica, criticized the deal.\n\n"
            'The Mexican leader will travel south next week. "We are going to attend to the causes," he said.')
    got = [q.speaker.name if q.speaker else None for q in quotes(text)]
    assert got == ["Alicia Barcena", "Antony Blinken", "Andres Manuel Lopez Obrador"]


def test_a_statement_citing_figures_from_a_source():
    q = extract_quotes("According to figures from the US Border Patrol, agents detained some 249,000 "
                       "migrants in December, a monthly record.", None, "unknown", statements=True)[0]
    assert (q.kind, q.speaker.name) == ("statement", "US Border Patrol")


def test_a_cue_in_the_next_clause_after_the_quote_is_not_its_own():
    text = ('Ted Cruz said the bombing would make the sand "glow in the dark," and Trump said he '
            'would do the same.\n\n'
            '"The plans will not solve this, but are steps in the right direction," Anne Richards, '
            'assistant secretary for population, refugees, and migration, said on the call.')
    assert [q.speaker.name for q in quotes(text)] == ["Ted Cruz", "Anne Richards"]


def test_a_cue_word_used_as_a_noun_before_a_role_is_no_cue():
    text = ('"You have to build an organization, and you cannot do that overnight," said Brad Komar, '
            "Clinton's Colorado state director. \"You cannot arrive two weeks beforehand and expect success.\"")
    assert [q.speaker.name for q in quotes(text)] == ["Brad Komar", "Brad Komar"]


@pytest.mark.parametrize("text, speaker", [
    ('Ohio Gov. John Kasich met the union. Kasich resisted: "Governors do not have the power to '
     'suspend rights."', "John Kasich"),
    ('"Look at all these supporters here," Sandy Paradis said.\n\n"They are all here because he is '
     'promising free stuff," Jim Bennett shot back with a laugh.', "Jim Bennett"),
])
def test_a_verb_before_a_colon_and_phrasal_verbs_of_saying(text, speaker):
    assert quotes(text)[-1].speaker.name == speaker


def test_an_appositive_owned_by_someone_else_hangs_on_the_name_before_it():
    text = ("Corey Lewandowski, Donald Trump's fired campaign manager, ripped the FBI director for "
            'acting as "the judge and the jury" in the probe.')
    assert quotes(text)[0].speaker.name == "Corey Lewandowski"


def test_a_participle_after_while_has_the_main_clause_subject():
    text = ("Small groups of protesters marched around the stadium, where the Panthers played the "
            'Minnesota Vikings, while chanting, "Hands up, don\'t shoot."')
    assert quotes(text)[0].speaker.name == "Small groups of protesters"


def test_a_family_speaks_for_itself():
    text = ("Keith Lamont Scott was shot on Tuesday. Scott's family has called on police to release "
            'the videos "as a matter of the greater good and transparency" and asked for calm.')
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.kind) == ("Scott's family", "group")


def test_a_participle_after_a_quotation_has_the_clause_subject_not_its_object():
    text = ('The Trayvon Martin Foundation did not want to address "that person at all," telling Fox 35 '
            'that the organization is focused on "ending senseless gun violence."')
    assert {q.speaker.name for q in quotes(text)} == {"Trayvon Martin Foundation"}


@pytest.mark.parametrize("text, speaker", [
    ("At the debate, Hillary Clinton said Patricia Smith, the mother of Sean Smith, who died in "
     'the 2012 Benghazi terror attack, is "absolutely wrong" about the video.', "Hillary Clinton"),
    ('"Today, the kingdom is one of the leading nations in combating terrorism," the Saudis state '
     "in the white paper.", "Saudis"),
])
def test_a_cue_word_after_a_determiner_and_a_modifier_is_a_noun(text, speaker):
    assert quotes(text)[0].speaker.name == speaker


def test_a_phrase_opened_by_a_preposition_is_not_a_speaker():
    from claims.extract.names import parse_np

    assert parse_np("Outside the Clinton campaign") is None
    assert parse_np("Among senior Democrats") is None


def test_an_inverted_verb_of_any_kind_and_an_organisation_s_statement_paragraph():
    text = ('Then there was the most obvious change of all: "It is about time that we had a woman '
            "running this country,\" exhorted Clinton's introducer, actress Jamie Lee Curtis.\n\n"
            "At Brazile's direction, the DNC issued a statement apologizing to Sanders for the emails.\n\n"
            '"On behalf of everyone at the DNC, we want to offer a deep and sincere apology."')
    got = [(q.speaker.name, q.speaker.role) for q in quotes(text)]
    assert got == [("Jamie Lee Curtis", "actress"), ("DNC", None)]


def test_an_appositive_no_second_comma_closes():
    text = ('"Clinton needs a strategy for targeting these voters," Nate Silver, the polling guru who '
            "founded fivethirtyeight.com tweeted on Wednesday.")
    assert quotes(text)[0].speaker.name == "Nate Silver"


def test_prosecutors_and_other_sources_named_by_a_plural_speak_as_a_group():
    text = ("NEW YORK, June 3 (Reuters) - A former aide to the mayor was sentenced on Monday to four "
            "years in prison for taking bribes, prosecutors said.\n\n"
            '"There is great danger here," Trump told reporters, before insisting he had a "great '
            'relationship" with them.')
    got = [(q.kind, q.speaker.name) for q in quotes(text, indirect=True)]
    assert got[0] == ("indirect", "prosecutors") and got[-1] == ("partial", "Trump")


def test_single_quoted_sentences_in_copy_that_quotes_words_in_doubles():
    text = ('Rishi Sunak has insisted his plan will "stop the boats", as Conservative MPs threatened to rebel.\n\n'
            "Speaking at a press conference, the prime minister said: 'This bill is the toughest law ever "
            "put before Parliament.'\n\n"
            'But former immigration minister Robert Jenrick told the BBC the bill was "a triumph of hope".\n\n'
            "Mr Sunak later told reporters he was not worried. 'I am confident we will get this done,' he said.\n\n"
            "The 'Stop the boats' slogan was everywhere.")
    got = [(q.text, q.speaker.name) for q in quotes(text)]
    assert got == [
        ("stop the boats", "Rishi Sunak"),
        ("This bill is the toughest law ever put before Parliament.", "Rishi Sunak"),
        ("a triumph of hope", "Robert Jenrick"),
        ("I am confident we will get this done,", "Rishi Sunak"),
    ]  # and a single-quoted slogan that no verb of saying frames is no quotation
    # a name given to something frames one too, in a paragraph with no double marks
    text = ('Unions had campaigned under the slogan "Hands off our pensions".\n\n'
            "The business federation Economiesuisse called the outcome 'a missed opportunity'.")
    assert [(q.text, q.speaker.name) for q in quotes(text)][-1] == ("a missed opportunity", "Economiesuisse")


def test_a_single_quoted_quotation_that_runs_over_paragraphs_and_she_after_an_unnamed_speaker():
    # British copy leaves a quotation open at a paragraph's end when the next paragraph
    # goes on with it; and "she said" after an unnamed speaker is that speaker
    text = ("Detective Inspector Claire Hewitt said: 'This was a terrifying ordeal for the staff. Nobody "
            "was seriously hurt.\n\n"
            "'We are working through CCTV footage and urge anyone to come forward.'\n\n"
            'A member of staff, who did not want to be named, told the Birmingham Mail the raid lasted '
            '"less than a minute".\n\n'
            "'They knew exactly what they wanted,' she said.")
    got = [(q.text[:20], q.speaker.name) for q in quotes(text)]
    assert got == [("This was a terrifyin", "Claire Hewitt"), ("We are working throu", "Claire Hewitt"),
                   ("less than a minute", "A member of staff"), ("They knew exactly wh", "A member of staff")]
    # not "a man" for "she"
    text = ('Detective Claire Hewitt said the raid was "brazen".\n\n'
            'A man who lives nearby said it "felt like a film".\n\n'
            '"We will find them," she said.')
    assert [q.speaker.name for q in quotes(text)] == ["Claire Hewitt", "A man", "Claire Hewitt"]


def test_a_document_filed_by_someone_and_a_role_inside_another_noun_s_phrase():
    text = ('"The evidence is insufficient to support a prosecution," according to a court document filed by '
            "state attorney Dave Aronberg.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Dave Aronberg", "state attorney")]
    # "a job as Secretary of Defense" is a job, not someone unnamed
    assert parse_np("a job as Secretary of Defense") is None
    np_ = parse_np("a spokeswoman for the Defense Department")
    assert (np_.kind, np_.head) == ("anonymous", "spokeswoman")


def test_someone_described_by_who_they_are_and_people_a_plural_role_names():
    # "who" says it is someone, whatever the noun
    text = ('During the trial, a landowner who pleaded guilty and cooperated with prosecutors testified that '
            'Crowe took cash. "He would count it in front of me," the landowner told jurors.')
    assert [q.speaker.name for q in quotes(text)] == ["a landowner"]
    text = ("According to a 2013 study by economists Peter Schott and Justin Pierce, the Great Recession is "
            'partly to blame, but so is this "major change in U.S. trade policy."')
    assert [q.speaker.name for q in quotes(text)] == ["Peter Schott and Justin Pierce"]


def test_said_of_someone_reports_no_clause_and_said_about_a_number_does():
    text = ('"He is a great gentleman," the real estate developer said of Mr. Clinton, who, in reality, is a '
            "so-so golfer.\n\nA police source said about 300 tractors were involved in the protest.")
    got = [(q.kind, q.text) for q in quotes(text, indirect=True)]
    assert got == [("direct", "He is a great gentleman,"),
                   ("indirect", "about 300 tractors were involved in the protest")]


@pytest.mark.parametrize("sentence, name, role", [
    # an honorific is a form of address; the appositive says what they are
    ("Sheikh Tamim bin Hamad Al Thani, the emir of Qatar, welcomed the talks.", "Tamim bin Hamad Al Thani",
     "emir of Qatar"),
])
def test_an_honorific_gives_way_to_the_appositive(sentence, name, role):
    q = quotes(f'{sentence} "It is an important step," he said.')[-1]
    assert (q.speaker.name, q.speaker.role) == (name, role)


def test_a_role_in_capitals_after_a_name_tag():
    text = '"This is tactical," said Ali Vaez, Iran project director at the International Crisis Group.'
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [
        ("Ali Vaez", "Iran project director at the International Crisis Group")]
    # a place is no role
    text = '"This is tactical," said Ali Vaez, New York, on Monday.'
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Ali Vaez", None)]


@pytest.mark.parametrize("opening", ["At one point ", "Later ", "At one point, "])
def test_an_opening_without_a_comma_before_the_subject(opening):
    text = ("Sen. Bernie Sanders held up a box. Merck CEO Robert Davis spoke next.\n\n"
            '"We should not break it," said Sen. Bill Cassidy.\n\n'
            f'{opening}Sanders interrupted Davis. "That is not an answer," he said.')
    assert [q.speaker.name for q in quotes(text)][-1] == "Bernie Sanders"


def test_a_live_blog_heading_is_not_part_of_the_role_below_it():
    text = ('01:30 - Farage wins in Clacton\n\nReform UK leader Nigel Farage wins his first seat. '
            '"This is just the first step," he told supporters.')
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Nigel Farage", "Reform UK leader")]


def test_a_study_s_author_named_after_the_role_and_an_agency_s_estimate():
    text = ('"Our findings support limiting ultra-processed food," wrote the study\'s lead author, '
            "Mingyang Song of the Harvard T.H. Chan School of Public Health.\n\n"
            "The Centers for Disease Control and Prevention estimates that ultra-processed foods make "
            "up about 55% of the calories Americans eat.\n\n"
            "FEC reports show that the groups spent $1.2 million in the last week.")
    got = [(q.kind, q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)]
    assert got == [("direct", "Mingyang Song", "study's lead author"),
                   ("indirect", "Centers for Disease Control and Prevention", None)]


def test_a_party_tag_s_state_and_an_abbreviated_title_identify_a_description():
    text = ("Sen. Marco Rubio (R-Fla.) and Sen. Ted Cruz (R-Texas) met donors. New Jersey Gov. Chris "
            "Christie stayed away.\n\n"
            '"I stand by everything I said during the campaign," the Florida senator said.\n\n'
            '"We are not going anywhere, believe me," the New Jersey governor told reporters.')
    assert [q.speaker.name for q in quotes(text)] == ["Marco Rubio", "Chris Christie"]


def test_the_agency_and_the_diplomat_are_the_ones_named_before():
    text = ("The Mexican Foreign Ministry, for its part, sent a diplomatic note to Washington. In it, "
            'the agency expressed its "rejection of any unilateral action."\n\n'
            "Meanwhile, the US ambassador in Mexico, Ken Salazar, sought to calm tensions. "
            '"The relationship between our countries has never been stronger," the diplomat wrote on X.')
    got = [(q.speaker.name, q.speaker.kind) for q in quotes(text)]
    assert got == [("Mexican Foreign Ministry", "organization"), ("Ken Salazar", "person")]


def test_a_joint_statement_a_verb_inside_what_is_reported_and_anonymity():
    text = ("OTTAWA, Feb 5 (Reuters) - Canadian Prime Minister Justin Trudeau and Mexican President "
            "Claudia Sheinbaum agreed on Wednesday to coordinate their response to U.S. tariffs, the two "
            "leaders said in a joint statement.\n\n"
            '"We will defend our workers and our industries together," the statement said.\n\n'
            'Trudeau told reporters in Ottawa that Canada would respond "forcefully" if the tariffs took effect.\n\n'
            "The finance ministers will meet next week, a Canadian official said on condition of anonymity.")
    got = [(q.kind, q.speaker.name, q.text[:24]) for q in quotes(text, indirect=True)]
    assert got[1:] == [
        ("direct", "Justin Trudeau and Claudia Sheinbaum", "We will defend our worke"),
        ("indirect", "Justin Trudeau", 'Canada would respond "fo'),
        ("partial", "Justin Trudeau", "forcefully"),
        ("indirect", "a Canadian official", "The finance ministers wi"),
    ]


@pytest.mark.parametrize("phrase, name, role", [
    ("Qatar's foreign ministry spokesman, Majed al-Ansari,", "Majed al-Ansari", "Qatar's foreign ministry spokesman"),
    ("UN Secretary-General Antonio Guterres", "Antonio Guterres", "UN Secretary-General"),
    ("Egyptian President Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi", "Egyptian President"),
])
def test_names_joined_to_their_article_and_hyphenated_titles(phrase, name, role):
    q = quotes(f'{phrase} told reporters the talks were "at a sensitive stage."')[0]
    assert (q.speaker.name, q.speaker.role) == (name, role)


def test_a_quote_in_an_opening_clause_is_its_subject_s_not_the_next_quote_s():
    text = ('After Maria Lopez said that some students might do better at "smaller colleges," '
            'Tom Reyes said: "I do not agree with her at all."')
    got = {q.text: q.speaker.name for q in quotes(text)}
    assert got == {"smaller colleges,": "Maria Lopez", "I do not agree with her at all.": "Tom Reyes"}


def test_continue_to_is_not_a_cue():
    text = ('In a statement, Maria Lopez said she is sure Tom Reyes will continue to be "a '
            'strong voice for the valley."')
    assert quotes(text)[0].speaker.name == "Maria Lopez"


def test_a_cue_word_ending_a_preposition_s_object_is_a_noun():
    text = ('After the Paris attacks, Reyes released a new radio ad calling it "dangerous" '
            'that Cole "has no strategy to fight crime."')
    assert [q.speaker.name for q in quotes(text)] == ["Reyes", "Reyes"]


def test_a_relative_clause_on_a_person_gives_that_person_the_words():
    text = ('The plan drew a sharp reply from Governor Maria Lopez, who called it "a gift to '
            'the developers" on Tuesday.')
    assert quotes(text)[0].speaker.name == "Maria Lopez"


@pytest.mark.parametrize("sentence, speaker, words", [
    ("The attacks were claimed by the Islamic State, also known as ISIS or ISIL, which French officials have "
     "said was responsible for the attacks.", "French officials", "ISIL was responsible for the attacks"),
    ("He worked for a charity in Khartoum, Sudan, that prosecutors said was suspected of funding terrorism.",
     "prosecutors", "was suspected of funding terrorism"),
    ("Wages are high in Australia, which the Organization for Economic Cooperation and Development says had "
     "the highest wage floors in 2015.", "Organization for Economic Cooperation and Development",
     "had the highest wage floors in 2015"),
    # the report ends where the sentence resumes
    ("The policy changes, which officials said will go into effect in the next few months, will not apply "
     "to all Central Americans.", "officials", "The policy changes will go into effect in the next few months"),
])
def test_a_relative_clause_with_a_subject_of_its_own_is_that_subject_s_report(sentence, speaker, words):
    got = quotes(sentence, indirect=True)
    assert [(q.speaker.name, q.text) for q in got] == [(speaker, words)]


def test_an_occasion_between_a_subject_and_its_verb_is_skipped():
    text = ('The mood changed when Tom Reyes in his opening speech called the new rules '
            '"a disaster for small farms."')
    assert quotes(text)[0].speaker.name == "Tom Reyes"


def test_an_inverted_bare_tag_may_end_in_a_relative_clause():
    text = ('"What a night!" beamed Ann Cole of Dayton, Ohio, who had waited four hours '
            'to get in.')
    q = quotes(text)[0]
    assert (q.text, q.speaker.name) == ("What a night!", "Ann Cole")


def test_a_participle_after_a_tag_hangs_on_the_tag_s_speaker_for_the_next_quote():
    text = ('"We want answers," said a senior council member who backs Tom Reyes, asking for '
            'anonymity to speak freely. "Nobody has told us where the money went."')
    got = [q.mention for q in quotes(text)]
    assert got == ["a senior council member", "a senior council member"]


def test_a_generational_suffix_stays_with_the_name_and_the_surname_links_to_it():
    from claims.extract.names import parse_np

    assert parse_np("Martin Luther King Jr.").name == "Martin Luther King Jr"
    text = ('The backer is Luther Stan Pate IV\u2014a real estate developer. Pate says he is '
            'backing no one.\n\n"This is all me," he said.')
    assert quotes(text)[0].speaker.name == "Luther Stan Pate IV"


def test_a_cue_noun_after_a_and_a_name_is_a_noun():
    text = ('Maria Lopez is describing as "reckless" a Tom Reyes tweet attacking the '
            'school board.')
    assert quotes(text)[0].speaker.name == "Maria Lopez"


def test_a_participle_after_a_dash_aside_hangs_on_the_clause_before_the_aside():
    text = ('Small groups of striking nurses marched around City Hall - where the Dayton '
            'Dragons played the Lansing Lugnuts - while chanting, "Safe staffing saves lives."')
    assert quotes(text)[0].mention == "Small groups of striking nurses"


def test_in_what_a_named_person_called():
    text = ('He held the line at the 1976 convention, in what Ann Cole, treasurer for the '
            'rival campaign, called "hand-to-hand combat."')
    assert quotes(text)[0].speaker.name == "Ann Cole"


def test_who_with_a_subject_after_it_is_an_object_and_who_went_on_is_not():
    text = ('Tom Reyes said he would close the shelters, whose residents he speculates are '
            '"mostly from out of town."')
    assert quotes(text)[0].speaker.name == "Tom Reyes"
    text = ('Tom Reyes said he would deport the workers, who he claims are "mostly men."')
    assert quotes(text)[0].speaker.name == "Tom Reyes"
    text = ('Ann Cole, a contestant on the cooking show, who went on to work alongside Tom '
            'Reyes, said her boss was "always kind and generous."')
    assert quotes(text)[0].speaker.name == "Ann Cole"


def test_a_letter_s_writer_asks_not_its_addressee():
    text = ('Mayor Ann Cole wrote a letter to Governor Tom Reyes asking the state to '
            'investigate the "fiasco."')
    assert quotes(text)[0].speaker.name == "Ann Cole"


def test_a_tag_closing_the_sentence_attributes_every_quotation_in_it():
    text = ('Her backing will carry "a great deal of weight" and bring candidates the '
            '"grass-roots firepower" they need, union spokesman Tom Reyes said.')
    assert [q.speaker.name for q in quotes(text)] == ["Tom Reyes", "Tom Reyes"]
    # ... one with its name in appositives and the verb's object after it, and a short one
    text = ('Guns are "the ultimate public health crisis" and "stunt children\'s growth," Howard Dean, the '
            "former governor of Vermont, proclaimed to a cheering crowd on Tuesday.")
    assert [q.speaker.name for q in quotes(text)] == ["Howard Dean", "Howard Dean"]
    assert [(q.text, q.speaker.name) for q in quotes('Guns are "a crisis" and "stunt growth," Ann Lee said.')] == [
        ("a crisis", "Ann Lee"), ("stunt growth,", "Ann Lee")]
    # ... even one the speaker of the sentence before had been carried on to
    text = 'The plan is "a mess," said one critic. It will "cost too much" and "fail," Ann Lee said.'
    assert [q.speaker.name for q in quotes(text)] == ["one critic", "Ann Lee", "Ann Lee"]


def test_a_colon_closing_a_sentence_introduces_its_subject_s_words():
    text = ('Ann Cole called the mayor "reckless," and contrasted him, whom she described as '
            '"volatile," with Reyes: "He has been a steady hand for ten years."')
    assert [q.speaker.name for q in quotes(text)] == ["Ann Cole"] * 3


def test_an_email_sent_out_by_someone_speaks_for_them():
    text = ('Ann Cole won. Her campaign sent a text to supporters saying: "We won!"\n\n'
            'In addition, a fundraising email sent out by Cole on Tuesday night warned of the '
            'fight ahead: "There are 14 primaries over the next three weeks."')
    assert quotes(text)[-1].speaker.name == "Ann Cole"


def test_a_headline_naming_its_speaker_gives_the_opening_quotations_nobody_is_named_for():
    body = ('"The cuts were reckless, and the county will pay for them for a decade."\n\n'
            'Cole, who leads the county board, also spoke about the budget.\n\n'
            '"We will not stop," said Tom Reyes, the mayor.')
    got = extract_quotes(body, title="Ann Cole: \u2018We Will Fight These Cuts\u2019")
    assert [(q.speaker.name, q.mention) for q in got if q.kind != "indirect"] == [
        ("Ann Cole", "Ann Cole"), ("Tom Reyes", "Tom Reyes")]
    # without such a headline nobody is guessed
    got = extract_quotes(body, title="County board fights the cuts")
    assert [q.speaker for q in got if q.kind != "indirect"][0] is None


def test_a_role_before_anyone_has_spoken_is_the_person_in_focus_unless_another_party_s():
    text = ('WASHINGTON - Ann Cole does not recognize the rival she used to know.\n\n'
            'In an interview on Friday, the Democratic candidate said his comments were '
            '"divisive."')
    assert quotes(text)[0].speaker.name == "Ann Cole"
    text = ('WASHINGTON - Republican Gov. Tom Reyes drew a crowd in Ohio.\n\n'
            'In an interview on Friday, the Democratic candidate said his comments were '
            '"divisive."')
    q = quotes(text)[0]  # not the Republican: the description as it stands
    assert (q.speaker.kind, q.speaker.name) == ("anonymous", "the Democratic candidate")


def test_a_capitalised_word_goes_on_with_the_subject_phrase():
    # "Tea Party" is an organisation, not a person "Tea" followed by a verb
    text = 'By the fall, Tea Party "super PACs" backed by donors had seized on the plan.'
    assert quotes(text) == []
    text = ('A spokeswoman for the House Armed Services Committee emailed reporters the text of '
            'the National Defense Authorization Act, arguing, "The law says nothing of the kind."')
    assert quotes(text)[0].mention == "A spokeswoman for the House Armed Services Committee"


def test_a_name_and_a_verb_before_a_comma_and_a_quotation():
    text = 'In his best-known ballad, Tom Reyes sings, "Don\'t go changing to try and please me."'
    assert quotes(text)[0].speaker.name == "Tom Reyes"


def test_a_role_and_where_it_is_held_describe_a_person():
    from claims.extract.names import parse_np

    # (a spokeswoman no name is given for is someone unnamed, as "a spokesperson" is)
    for phrase, kind, head in [("a spokeswoman for the committee", "anonymous", "spokeswoman"),
                               ("A spokeswoman for the House Armed Services Committee", "anonymous", "spokeswoman"),
                               ("the director of the FBI", "description", "director")]:
        np_ = parse_np(phrase)
        assert (np_.kind, np_.head) == (kind, head), phrase
    assert parse_np("the chair of the party authority to") is None


def test_a_name_before_a_dash_aside_opens_the_clause():
    text = ('Zane Korver \u2014 surgeon and daytime TV star \u2014 has been called a charlatan '
            'for promoting "quack" cures. Korver said he stood by his show.')
    q = quotes(text)[0]
    assert (q.text, q.speaker.name) == ("quack", "Zane Korver")


def test_state_after_of_is_a_noun():
    text = ('Ann Cole, an immigration activist, asked the former secretary of state during a '
            'chat if she would commit to his "#wordsmatter" pledge.')
    assert quotes(text)[0].speaker.name == "Ann Cole"


def test_an_acronym_is_no_function_word_and_an_unknown_one_is_an_organisation():
    text = ('GENEVA (AFP) - The World Health Organization on Friday warned that cases had '
            'doubled.\n\n"This is a wake-up call," WHO regional director Hans Kluge said in a '
            'statement.\n\nRomania recorded the most cases.\n\nHospitals are full, officials '
            'said.\n\nAccording to the agency, 127,000 cases were reported.\n\n'
            '"Every case was preventable," UNICEF said.')
    got = [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True) if q.speaker]
    assert ("Hans Kluge", "person") in got
    assert ("World Health Organization", "organization") in got
    assert ("UNICEF", "organization") in got


def test_police_and_sports_titles_go_before_the_name():
    for phrase, name, role in [("Detective Inspector Sarah Holt", "Sarah Holt", "Detective Inspector"),
                               ("Portsmouth boss John Mousinho", "John Mousinho", "Portsmouth boss"),
                               ("Substitute Kieran Dowell", "Kieran Dowell", "Substitute")]:
        np_ = parse_np(phrase)
        assert (np_.name, np_.role) == (name, role)


def test_an_inverted_verb_whose_noun_phrase_goes_on_as_a_clause_is_no_tag():
    text = ('Ann Cole, a contestant on Tom Reyes\'s cooking show, "The Bake Off," who went '
            'on to work alongside Reyes, said her boss was "always kind and generous."')
    assert quotes(text)[0].speaker.name == "Ann Cole"


def test_a_lede_s_full_name_with_his_or_her_after_the_verb_is_a_person():
    text = ('DHAKA (AP) - Rahima Begum lost her home when the river burst its banks.\n\n'
            '"We had nothing left," the 45-year-old said.')
    assert quotes(text)[0].speaker.name == "Rahima Begum"


def test_a_conjunction_opening_the_sentence_is_not_part_of_a_role():
    text = ('But Senate Minority Leader Mitch McConnell praised it. "Shutdowns are always a '
            'loser," McConnell said.')
    assert quotes(text)[0].speaker.role == "Senate Minority Leader"


def test_a_quotation_after_a_tag_in_the_same_run_of_text_takes_its_own_bare_tag():
    text = ('"I will look at a lot of people," Ann Cole said. "Grizzly Adams?" Tom Reyes '
            'repeated.')
    assert [q.speaker.name for q in quotes(text)] == ["Ann Cole", "Tom Reyes"]


def test_a_tag_never_starts_a_line_of_its_own():
    body = ('Some delegates said they welcomed the debate. Others were angry and spoke out.\n\n'
            'More came later.\n\nAnd more.\n\nStill more.\n'
            '"Guns have been a crisis for years," said Ann Cole, a delegate. "They have no '
            'place on our streets."\n'
            'Mary Holt, a delegate from Vermont, criticized the state\'s laws. "We are losing '
            'too many people," she said.')
    got = [q.speaker.name for q in quotes(body)]
    assert got == ["Ann Cole", "Ann Cole", "Mary Holt"]


def test_a_subject_before_but_have_and_a_relative_clause_of_its_own():
    text = ('Nuclear experts have discounted the claims, but have speculated that the '
            'regime might boost its "explosive yield" by other means.')
    assert quotes(text)[0].mention == "Nuclear experts"
    text = ('While the mayor condemned the plan, the groups who wrote to her on Thursday say '
            'they are "concerned your campaign is sending mixed messages."')
    assert quotes(text)[0].mention == "the groups"


def test_a_participle_joined_to_an_earlier_one_hangs_on_the_main_clause():
    text = ('In June, after Ann Cole suffered a concussion, Tom Reyes emailed her, addressing '
            'her as "Annie" and telling her, "you are an all-star player and we need you!"')
    assert quotes(text)[-1].speaker.name == "Tom Reyes"


def test_a_plural_owner_before_a_name_is_not_part_of_it():
    text = ('Fox News\u2019 Bret Baier noticed that no network cut away. He commented that his '
            'network \u201cheld on\u201d Trump during her event.')
    assert quotes(text)[0].speaker.name == "Bret Baier"


def test_a_chamber_of_commerce_is_an_organisation():
    text = ('The Chamber of Commerce, for its part, said the payroll tax would "drive '
            'employers across the river."')
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.kind) == ("Chamber of Commerce", "organization")


def test_told_whom_and_when_that_is_reported_speech():
    text = ("Her budget director, Sam Okafor, told the council's finance committee on Tuesday "
            "that the city faced a $412 million gap.")
    got = quotes(text, indirect=True)
    assert [(q.kind, q.speaker.name, q.text) for q in got] == [
        ("indirect", "Sam Okafor", "the city faced a $412 million gap")]
    # when, with the part of the day: "said Wednesday night that"
    got = quotes("Sam Okafor said Wednesday night that the city would appeal.", indirect=True)
    assert [q.text for q in got] == ["the city would appeal"]
    # where it was said, before the clause: outside, from, via
    for where in ("outside the courthouse", "from his home in Kabul", "via Twitter"):
        got = quotes(f"Sam Okafor said {where} that the city would appeal.", indirect=True)
        assert [(q.speaker.name, q.text) for q in got] == [("Sam Okafor", "the city would appeal")]
    # a pronoun after "told" starts the clause: the object cannot run on past it
    text = "Tom Reyes told AP he was working with Cole and that both were paid by the party."
    got = quotes(text, indirect=True)
    assert all(not q.text.startswith("both") for q in got)


def test_a_surname_under_a_title_opening_a_sentence_is_a_person_for_pronouns():
    text = ('Last week, President Obama flew to the atoll to draw attention to a quieter war. '
            '"And they\'re terrifying," he said in an interview.')
    assert quotes(text)[0].speaker.name == "Obama"


def test_a_full_name_then_her_within_the_clause_is_a_person():
    text = ('Rakeyia Scott can be heard yelling to the officers that her husband was unarmed.\n\n'
            '"Don\'t shoot him," she says.')
    assert quotes(text)[0].speaker.name == "Rakeyia Scott"


def test_a_verb_inside_what_someone_pointed_out_is_not_the_cue():
    text = ('When Ann Cole pointed out that Reyes refers to it as "a plan for everyone," Tom '
            'Reyes changed the subject.')
    assert quotes(text)[0].speaker.name == "Ann Cole"


def test_with_someone_doing_one_thing_and_asking_another():
    text = ('Republicans were quick to chime in, with Tom Reyes tweeting that it was a '
            '"disaster" for the mayor and asking, "How can someone with such bad judgement '
            'run this city?"')
    assert [q.speaker.name for q in quotes(text)] == ["Tom Reyes", "Tom Reyes"]


def test_a_preposition_and_which_open_a_clause_whose_subject_speaks():
    text = ('Ann Cole said her plan was strong, to which Tom Reyes interjected: "It\'s just '
            'not true."')
    assert quotes(text)[0].speaker.name == "Tom Reyes"


def test_an_age_description_tag_carries_over_to_the_rest_of_the_quotation():
    text = ('Rovers manager Joey Barton watched from the stands. "We were the better side," '
            'the 43-year-old told BBC Radio Bristol. "We showed a bit of character today."')
    assert [q.speaker.name for q in quotes(text)] == ["Joey Barton", "Joey Barton"]


def test_first_names_from_beyond_english_language_news():
    text = ('BEIRUT (Reuters) - Mohammed Haddad runs a shop near the port.\n\n'
            '"Nothing is left," he said.')
    assert quotes(text)[0].speaker.name == "Mohammed Haddad"


def test_a_common_noun_opening_a_sentence_is_no_person_and_a_report_in_a_paper_speaks():
    text = ('Frustrations at the mayor\'s slide in the polls, combined with a report in The '
            'Dayton Daily News this week about his campaign "hemorrhaging cash," have begun '
            'to spread.')
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.kind) == ("Dayton Daily News", "organization")
    from claims.extract.names import parse_np

    assert parse_np("Frustrations") is None and parse_np("Sessions").kind == "person"
    assert parse_np("The cable news networks").kind == "group"


def test_a_programme_after_a_channel_s_possessive_and_a_quoted_label_are_not_quotes():
    text = ('Sunday on Fox News channel\u2019s \u201cSunday Morning Futures,\u201d Rep. Ann Cole '
            'said the mayor\u2019s \u201cjudgment\u201d was in question.\n\n'
            '\u201cIt is a disgrace,\u201d she said.\n\n\u201cRelated:\u201d\n\nMayor under fire.')
    assert [q.text for q in quotes(text)] == ["judgment", "It is a disgrace,"]


def test_a_subordinating_conjunction_opens_no_speaker_phrase():
    for phrase in ["Even though people", "Although officials", "Unless voters", "Whether Cole"]:
        assert parse_np(phrase) is None, phrase


def test_an_emphatic_did_stands_between_a_subject_and_its_verb():
    text = ('Acknowledging that the mayor "says a lot of stupid stuff," though, Ann Cole did '
            'suggest that his wealth gives him an advantage.')
    assert quotes(text)[0].speaker.name == "Ann Cole"


def test_a_bare_quotation_paragraph_after_someone_s_reported_argument_is_theirs():
    text = ('In his email, Tom Reyes argued that the incident shows why the rules must '
            'change.\n\n"Is it prudent to keep giving the chair this much power?"')
    assert quotes(text)[-1].speaker.name == "Tom Reyes"


def test_that_quote_from_someone_in_the_next_sentence_names_its_source():
    text = ('"I\'d rather have a sister in a bar than a brother in the agency." That quote from '
            'State Commissioner Tom Reyes appeared on the front page in 1980.')
    assert quotes(text)[0].speaker.name == "Tom Reyes"
    # ... or the verdict, the warning, the view of someone
    for noun in ("verdict", "warning", "view"):
        text = (f'"This bill would make the housing crisis worse." That was the {noun} of Gov. Gavin Newsom, who '
                "vetoed the measure on Tuesday.")
        assert quotes(text)[0].speaker.name == "Gavin Newsom"


def test_a_nickname_inside_a_name_is_part_of_the_name_not_a_quotation():
    text = '"We are ready," said Robert "Bobby" Smith, the coach.'
    got = quotes(text)
    assert [(q.text, q.speaker.name, q.mention) for q in got] == [
        ("We are ready,", "Robert Smith", "Robert Smith")]
    text = ('"The nation is watching Virginia," said Scott\'s niece, state Del. Marcia "Cia" '
            'Price (D-Newport News).')
    q = quotes(text)[0]
    assert q.speaker.name == "Marcia Price"


def test_an_age_between_a_name_and_its_appositive_role_is_skipped():
    text = ('Luis Garcia, 58, the chief executive, wants to sell. "It is the right price at the '
            'right time," he said.')
    assert quotes(text)[0].speaker.role == "chief executive"


def test_a_transcript_quoted_whole_is_each_label_s_and_stage_directions_are_dropped():
    text = ('Fox News host Chris Wallace questioned Gov. Mike Pence on Sunday:\n\n'
            '"WALLACE: Will the mayor be there?\n\n'
            '"PENCE: Well, look, she will not be attending the debate.\n\n'
            '"(CROSSTALK.)"')
    got = [(q.text[:8], q.speaker.name) for q in quotes(text)]
    assert got == [("WALLACE:", "Chris Wallace"), ("PENCE: W", "Mike Pence")]


def test_both_after_two_names_is_not_part_of_the_second():
    text = ('Former Ambassador Ann Cole and editor Tom Reyes both mocked the group as "Neocons '
            'For Hillary" on Monday.')
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.kind) == ("Ann Cole and Tom Reyes", "group")


def test_two_surnames_joined_by_and_are_a_group_and_a_sentence_s_but_is_no_name():
    assert parse_np("Richards and Menendez").name == "Richards and Menendez"
    assert parse_np("But Richards and Menendez").name == "Richards and Menendez"
    np_ = parse_np("But Ted Cruz")
    assert (np_.name, np_.text) == ("Ted Cruz", "Ted Cruz")
    assert parse_np("Bank of America").kind == "organization"


def test_an_inverted_tag_closing_a_long_sentence_attributes_its_quotation():
    text = ('That would create a "summer of agony" for the mayor leading up to the vote, '
            'forcing her to fend off both of her rivals at once, said Tom Reyes, a pollster.')
    q = quotes(text)[0]
    assert (q.speaker.name, q.cue) == ("Tom Reyes", "said")


def test_a_block_quotation_introduced_by_from_x_writing_at_y_is_x_s_not_the_headline_s():
    body = ('From Tom Reyes writing at the Dayton Ledger:\n\n'
            '"A debate tonight on the budget turned into a shouting match over the cuts."')
    got = extract_quotes(body, title="Ann Cole: \u2018You Find Me an Aberration\u2019")
    assert [q.speaker.name for q in got if q.kind != "indirect"] == ["Tom Reyes"]


def test_a_role_owned_by_a_name_in_s_apostrophe_is_someone_beside_them():
    text = ('Ann Cole won the state on Tuesday.\n\nRoss Sanders\u2019 campaign manager called the '
            'win "regional" at best.')
    q = quotes(text)[0]
    assert (q.speaker.kind, q.speaker.name) == ("anonymous", "Ross Sanders\u2019 campaign manager")


def test_someone_s_conclusion_that_gives_them_the_words():
    text = ('The mayor was battered by Inspector General Ann Cole\'s conclusion that her '
            'actions were "extremely careless."')
    assert quotes(text)[0].speaker.name == "Ann Cole"


def test_an_inverted_tag_closing_reported_speech_names_its_speaker_for_later_pronouns():
    text = ('Some accusations are difficult to prove, while others mean little to the public, '
            'said Grant Green, a security official under two presidents.\n\n'
            '"It has to be something the guy in Omaha can understand," he said.')
    got = quotes(text, indirect=True)
    assert [(q.kind, q.speaker.name) for q in got] == [("indirect", "Grant Green"),
                                                       ("direct", "Grant Green")]
    # not a clause after the verb: "..., said Trump's nomination will test ..."
    text = ('Ari Fleischer, one of the authors of that report, said Trump\u2019s nomination '
            'will at least test their conclusions.')
    assert all(q.speaker.name != "Trump" for q in quotes(text, indirect=True))


def test_an_institution_named_by_a_list_keeps_its_commas_and_speaks_as_one():
    for text in ('The Department for Environment, Food and Rural Affairs said 1,200 claims had '
                 'been paid so far.',
                 '"We are processing claims as quickly as we can," said the Department for '
                 'Environment, Food and Rural Affairs.',
                 'The Ministry of Housing, Communities and Local Government, which runs the '
                 'scheme, said it would publish the figures next week.'):
        q = quotes(text, indirect=True)[0]
        assert q.speaker.kind == "organization"
        assert q.speaker.name in ("Department for Environment, Food and Rural Affairs",
                                  "Ministry of Housing, Communities and Local Government")


def test_a_report_issued_by_an_organisation_speaks_for_it():
    text = ('A report on the labour market issued over the summer by the Organization for '
            'Economic Cooperation and Development noted that a fifth of migrants were out of work.')
    q = quotes(text, indirect=True)[0]
    assert (q.speaker.kind, q.speaker.name) == (
        "organization", "Organization for Economic Cooperation and Development")


def test_a_preposition_opening_a_sentence_or_heading_is_no_part_of_a_role():
    text = ('After Governor Jane Roe spoke, the crowd left. "It was fine," Roe said.\n\n'
            'Acme Robotics today announced that its board had appointed a new chief. "It is a big day," said '
            'Robert Lin, chairman of the board.\n\nAbout Acme Robotics\nAcme builds robots.')
    got = quotes(text, indirect=True)
    roles = {q.speaker.name: q.speaker.role for q in got}
    assert roles["Jane Roe"] == "Governor"
    assert "Acme Robotics" in roles and roles["Acme Robotics"] is None


def test_a_couple_sharing_a_surname_is_two_people_and_a_role_before_and_is_kept():
    text = ('Clay\'s biographers, David and Jeanne Heidler, wrote that he "had a tin ear."\n\n'
            'Former House speaker and Ohioan John Boehner said the party "will survive."')
    got = quotes(text)
    assert got[0].speaker.name == "David Heidler and Jeanne Heidler"
    assert got[1].speaker.name.endswith("John Boehner") and got[1].speaker.role == "House speaker"


@pytest.mark.parametrize("subject,names", [
    ("The teenagers, 15-year-old Noah Jones and 14-year-old Macy Neyland,", "Noah Jones and Macy Neyland"),
    ("Zeliff and 24-year-old Tom Giancola, a fellow campaign veteran,", "Zeliff and Tom Giancola"),
    ("Meta, TikTok and Snapchat", "Meta, TikTok and Snapchat"),
    ("Britain, France and Germany", "Britain, France and Germany"),
    ("In Paris, France and Germany", "France and Germany"),  # (a place first is no name in the list)
])
def test_people_or_bodies_listed_speak_together(subject, names):
    assert quotes(f"Court.\n\n{subject} said they would comply with the law.", indirect=True)[0].speaker.name == names
    assert parse_np("Nevada and South Carolina") is None  # (two places, no one)


def test_a_live_blog_timestamp_is_no_part_of_a_subject_or_a_statement():
    text = ('09:45 ET - Governor Ron DeSantis urged residents to stay indoors. "The worst of the '
            'storm is still ahead of us," he said.\n\n'
            '09:30 ET - More than two million homes are without power, according to PowerOutage.us.')
    got = extract_quotes(text, statements=True)
    assert [(q.kind, q.speaker.name if q.speaker else None, q.text[:8]) for q in got] == [
        ("direct", "Ron DeSantis", "The wors"), ("statement", "PowerOutage.us", "More tha")]


def test_a_description_no_one_bears_is_the_person_the_paragraph_just_introduced():
    text = ('"You play your best team every week," television pundit Micah Richards said.\n\n'
            'Captain Kyle Walker, who is expected to start the final, backed his manager. '
            '"He\'s never been wrong about these things," the defender said.')
    assert [q.speaker.name for q in quotes(text)] == ["Micah Richards", "Kyle Walker"]


def test_a_nationality_noun_is_the_person_in_focus_and_a_quotation_after_their_sentence_theirs():
    text = ('Pep Guardiola defended his decision to rest five players. "I have to think about the '
            'big picture," he told a news conference.\n\n'
            'Asked whether he feared a backlash, the Spaniard smiled. "The fans trust us."\n\n'
            'The German campaign is meeting stiff resistance.')
    assert [q.speaker.name for q in quotes(text)] == ["Pep Guardiola", "Pep Guardiola"]


def test_a_us_state_is_a_place_not_a_person():
    text = ('Sen. Bernie Sanders (I-Vt.) spoke in Concord on Monday.\n\n'
            'The Independent Vermont senator vowed last month to take his campaign all the way. He '
            'sent out an email vowing to "fight for every vote."')
    assert quotes(text)[0].speaker.name == "Bernie Sanders"


def test_a_role_keeps_the_capitalised_words_before_it():
    text = ('"This government has lost the confidence of the House," Conservative leader Pierre '
            'Poilievre told reporters.\n\n"We will need a plan to rebuild," Rio Grande do Sul '
            'governor Eduardo Leite said.\n\n"No comment," White House spokesman Josh Earnest said.')
    assert [q.speaker.role for q in quotes(text)] == [
        "Conservative leader", "Rio Grande do Sul governor", "White House spokesman"]


def test_where_something_was_said_is_not_part_of_the_reported_clause():
    text = ('Bayer, which makes the best-selling aspirin brand, said in a statement that patients '
            'should talk to their doctors first.\n\nAnalysts at Jefferies wrote in a note to '
            'clients that the study was unlikely to hurt sales.\n\nGov. Ann Ruiz wrote on Telegram that '
            'the fire was contained.\n\nThe owner said in a documentary '
            'that aired last year that the plane was his favourite.')
    got = [(q.speaker.name, q.text) for q in quotes(text, indirect=True)]
    assert got[:3] == [("Bayer", "patients should talk to their doctors first"),
                       ("Analysts at Jefferies", "the study was unlikely to hurt sales"),
                       ("Ann Ruiz", "the fire was contained")]
    assert all(not t.startswith("aired") for _, t in got)  # "that aired": a relative clause
    # "wrote" reports only a clause: "Sexton wrote a book about it" is no speech
    assert quotes('Jared Sexton wrote a book about the campaign in 2017.', indirect=True) == []
    # and without "that": the clause opens on its subject
    got = quotes('Herstal Dynamics said in a statement it was cooperating fully with investigators.',
                 indirect=True)
    assert [q.text for q in got] == ["it was cooperating fully with investigators"]


def test_a_role_before_a_name_keeps_its_modifiers_and_a_former_role_is_not_a_present_one():
    text = ('"We found no meaningful benefit," said lead author John McNeil of Monash University.'
            '\n\n"Really," said Oscar-winning actress Susan Sarandon.\n\n'
            'Osman was on the flight, according to an interview his brother Alastair Osman gave to '
            'ITV. He had just welcomed a second baby girl, his brother added.')
    got = quotes(text, indirect=True)
    assert [(q.speaker.name, q.speaker.role) for q in got] == [
        ("John McNeil", "lead author"), ("Susan Sarandon", "Oscar-winning actress"),
        ("Alastair Osman", "brother")]
    text = ('"You play your best team every week," former City defender Micah Richards said.\n\n'
            'Captain Kyle Walker backed his manager. "He\'s never been wrong," the defender said.')
    assert [q.speaker.name for q in quotes(text)] == ["Micah Richards", "Kyle Walker"]
    # nor a vice presidential nominee the presidential one
    text = ('Tim Kaine, the Democratic vice presidential nominee, spoke in Ohio. "We will win," Kaine said.\n\n'
            'Hillary Clinton spoke in Toledo. The Democratic presidential nominee says they both share the belief '
            'that "every child should have the chance".')
    assert [q.speaker.name for q in quotes(text)] == ["Tim Kaine", "Hillary Clinton"]


@pytest.mark.parametrize("adjective", ["congressional", "parliamentary", "legislative"])
def test_an_adjective_of_what_the_role_is_in_is_part_of_the_role(adjective):
    text = f'Peru.\n\nCongress swore in {adjective} leader Jose Jeri as president.\n\nJeri, 38, said his priority was "security".'
    assert quotes(text)[0].speaker.role == f"{adjective} leader"


def test_a_member_of_parliament_s_title_is_a_role_not_part_of_the_name():
    text = 'Labour MP Diane Abbott said both ministers were "missing the point".'
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.role) == ("Diane Abbott", "Labour MP")


def test_whom_something_was_promised_or_warned_is_not_part_of_the_reported_clause():
    text = ('The mayor, Eldridge Walker, promised residents on Saturday that they would rebuild.\n\n'
            'Trump has repeatedly warned Clinton that he would make an issue of her record.\n\n'
            'The FBI interviewed Tamerlan Tsarnaev after being warned by the Russian government '
            'that he was a threat.')
    got = [(q.speaker.name, q.text) for q in quotes(text, indirect=True)]
    assert got == [("Eldridge Walker", "they would rebuild"),
                   ("Trump", "he would make an issue of her record")]  # not the passive's object


def test_quoted_as_saying_is_a_cue():
    text = ('Iran will respond "decisively" to any attack, Foreign Minister Abbas Araghchi was '
            'quoted as saying by state media on Sunday.\n\n'
            'The minister was quoted by IRNA as saying: "We do not seek war."')
    got = quotes(text)
    assert [(q.speaker.name, q.cue) for q in got] == [
        ("Abbas Araghchi", "was quoted as saying"), ("Abbas Araghchi", "was quoted by IRNA as saying")]


@pytest.mark.parametrize("phrase, name, role", [
    ("Maricopa County Recorder Helen Purcell", "Helen Purcell", "Maricopa County Recorder"),
    ("Chicago Alderman Jason C. Ervin", "Jason C. Ervin", "Chicago Alderman"),
    ("United Auto Workers Secretary-Treasurer Gary Casteel", "Gary Casteel",
     "United Auto Workers Secretary-Treasurer"),
    ("Palm Beach County Supervisor of Elections Susan Bucher", "Susan Bucher",
     "Palm Beach County Supervisor of Elections"),
    ("White House Chief of Staff Denis McDonough", "Denis McDonough", "White House Chief of Staff"),
    ("Sant Singh Chatwal", "Sant Singh Chatwal", None),
    ("Karine Jean-Pierre", "Karine Jean-Pierre", None),
])
def test_local_and_compound_titles_are_roles_not_names(phrase, name, role):
    q = quotes(f'"We made mistakes," {phrase} said.')[0]
    assert (q.speaker.name, q.speaker.role) == (name, role)


def test_a_capitalised_word_opening_a_sentence_is_no_speaker_unless_the_text_names_it():
    text = ('Multiple outlets reported that the agency had "more than one conversation" with him.\n\n'
            'Embryonic stem cells are the basis of what is called "regenerative medicine."')
    assert quotes(text) == []
    # a surname the text writes inside sentences is a name even where no full name is given
    text = ('Supporters cheered when Trump arrived.\n\n'
            'Trump openly admires Putin as a "strong leader" and a "genius."')
    assert {q.speaker.name for q in quotes(text)} == {"Trump"}


@pytest.mark.parametrize("phrase", ["Many Americans", "Christians and Muslims", "Evangelical Christians",
                                    "Sixty-seven percent of Americans", "young Hispanics"])
def test_people_by_nation_or_faith_in_the_plural_are_a_group(phrase):
    q = quotes(f'{phrase} said the debate was "a disgrace."')[0]
    assert (q.speaker.kind, q.speaker.name) == ("group", phrase)


def test_a_country_that_speaks_is_an_organisation_unless_a_person_bears_the_name():
    text = ('China said on Monday it would "respond firmly" to the tariffs.\n\n'
            'The United States warned that the move was "a provocation."')
    assert [(q.speaker.kind, q.speaker.name) for q in quotes(text)] == [
        ("organization", "China"), ("organization", "United States")]
    text = ('Rep. Steve Israel (D-N.Y.) spoke first.\n\n"We were fighting to be seen," Israel said.')
    assert [(q.speaker.kind, q.speaker.name) for q in quotes(text)] == [("person", "Steve Israel")]


def test_a_number_opening_a_sentence_is_a_determiner_not_a_group():
    text = ('Two military analysts, Patrick Megahan and Chris Harman, found in 2014 that the air force '
            'is "the best in the world."')
    assert quotes(text)[0].speaker.name == "Patrick Megahan and Chris Harman"


def test_an_inverted_tag_s_appositive_after_an_age_is_the_role():
    text = ('"We are not asking for luxury," says Anna Novak, 42, a nurse at the clinic in Gdansk.\n\n'
            '"I have waited," said Jerzy Kowalski, 71, a retired miner.')
    assert [q.speaker.role for q in quotes(text)] == ["nurse at the clinic in Gdansk", "retired miner"]


def test_a_full_name_opening_a_sentence_with_an_owned_role_after_it_is_a_person():
    text = ('Armstrong Williams, Carson\u2019s longtime friend and adviser, suggested that the '
            'candidate was back in control. "Dr. Carson is back in charge," he told the AP.')
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.role) == ("Armstrong Williams", "Carson\u2019s longtime friend and adviser")



@pytest.mark.parametrize("text, role", [
    ('A resident of the village of Allauch, Josiane Ferrand, said: "The hill was orange."',
     "resident of the village of Allauch"),
    ('"Rates will fall," the secretary of the Treasury, Jacob Lew, said.', "secretary of the Treasury"),
])
def test_a_role_keeps_its_inner_articles(text, role):
    # only the article that opens it goes: "the president of the United States" is not
    # "president of United States" (nor is the quotation before the role part of it)
    q = quotes(text)[0]
    assert q.speaker.role == role


@pytest.mark.parametrize("tail, name, role", [
    ("said the chairman of the Podesta Group, Tony Podesta.", "Tony Podesta", "chairman of the Podesta Group"),
    ("said the head of the agency, John Smith, on Monday.", "John Smith", "head of the agency"),
    # a form of address before the name is no role: the one before it is
    ("said the study's lead author, Dr. Mingyang Song.", "Mingyang Song", "study's lead author"),
])
def test_a_role_and_where_it_is_held_before_the_name_after_an_inverted_cue(tail, name, role):
    q = quotes(f'"Rates will fall," {tail}')[0]
    assert (q.speaker.name, q.speaker.role) == (name, role)


def test_a_short_quotation_with_a_cue_is_speech_even_when_no_one_is_found_for_it():
    # a short quotation with neither a speaker nor a cue is a title or a scare quote; with
    # a verb of saying it is what someone said
    assert [q.text for q in quotes('"Rates will fall," he said.')] == ["Rates will fall,"]
    assert quotes('She watched "Finding Neverland" twice.') == []


@pytest.mark.parametrize("text, label", [
    ('"There never was a stand-down order," said the base chief, speaking for the first time.', "the base chief"),
    ('Sooner or later, the New Jersey governor told reporters, "it starts to pay off."', "the New Jersey governor"),
])
def test_a_description_the_text_never_names_is_shown_as_it_stands(text, label):
    q = quotes(text)[0]
    assert q.speaker.kind == "anonymous" and q.speaker.name == label


@pytest.mark.parametrize("when", ["less than two weeks ago", "two weeks ago", "a year earlier", "last week"])
def test_a_time_phrase_between_subject_and_verb_is_not_part_of_the_subject(when):
    q = quotes(f'The State Department {when} said that "top secret" intelligence had passed.')[0]
    assert q.speaker.name == "State Department" and q.cue == "said"


@pytest.mark.parametrize("adverb", ["quietly", "emphatically", "jokingly"])
def test_any_adverb_in_ly_may_stand_before_the_verb(adverb):
    q = quotes(f'Senator Tom Holt {adverb} said that "top secret" intelligence had passed.')[0]
    assert q.speaker.name == "Tom Holt" and q.cue == "said"
    # but a noun in -ly is the subject: "The family said"
    q = quotes('The family said that "top secret" intelligence had passed.')[0]
    assert q.speaker.name == "The family"


@pytest.mark.parametrize("text, label", [
    ('"He is a hero to us," said one woman who gave only her surname, Lee.', "one woman"),
    ('"We love him," a man said.', "a man"),
    ('Senator Jane Holt spoke first. "We are ready," she said.\n\n'
     '"It is late," said the woman, who asked not to be named.', "the woman"),
])
def test_a_man_or_a_woman_is_an_unnamed_speaker(text, label):
    # vox pops: "the woman" is not the senator the story named (a story calls the people it
    # names by their names)
    q = quotes(text)[-1]
    assert (q.speaker.kind, q.speaker.name) == ("anonymous", label)


def test_another_is_someone_new_not_the_one_with_that_role():
    text = ('"The chip looks good," said Ravi Mehta, an analyst at Bernstein.\n\n'
            'Another analyst, who asked not to be named, said supply constraints could last into 2028.')
    q = quotes(text, indirect=True)[-1]
    assert q.kind == "indirect" and (q.speaker.kind, q.speaker.name) == ("anonymous", "Another analyst")


def test_a_description_with_a_gender_does_not_go_to_a_person_of_the_other():
    text = ('"We will win," Hillary Clinton said.\n\n'
            '"We need change," the New York businessman said.')
    assert quotes(text)[-1].speaker.name != "Hillary Clinton"
    text = ('"We will win," Hillary Clinton said.\n\n'
            '"We need change," the former first lady said.')
    assert quotes(text)[-1].speaker.name == "Hillary Clinton"


def test_a_full_name_whose_surname_speaks_later_is_a_person():
    # no title and a first name the lists do not hold: "Wario said" further on makes
    # "Halima Wario" the person, and "the 34-year-old mother of six" is her
    text = ('MARSABIT, Kenya (AFP) - Halima Wario has lost 40 of her 50 goats since the rains failed.\n\n'
            '"I have nothing left to sell," the 34-year-old mother of six said.\n\n'
            'The government has promised to buy livestock.\n\n'
            '"We are still waiting," Wario said.')
    assert [q.speaker.name for q in quotes(text)] == ["Halima Wario", "Halima Wario"]


def test_a_surname_two_people_share_does_not_make_a_person_of_the_other():
    text = ('Donald Trump spoke in Iowa. His father Freddy Trump built houses.\n\n'
            '"I was too young," Trump said.')
    assert quotes(text)[0].speaker.name == "Donald Trump"


def test_an_indefinite_role_is_not_the_person_named_with_that_role():
    text = ('"We are exhausted," nurse Kerri Nuku told the crowd.\n\n'
            'One nurse, who gave her name only as Mere, said she had worked 14 double shifts in a month.')
    q = quotes(text, indirect=True)[-1]
    assert (q.speaker.kind, q.speaker.name, q.speaker.role) == ("person", "Mere", "nurse")  # (by the name she gave)


def test_a_bare_verb_after_a_quotation_is_no_inverted_tag():
    # `would "rescue" state oil company Pemex`: "state" is no "stated"; the participle's
    # subject speaks
    text = ('Mexican President Andres Lopez on Tuesday defended his energy reform, saying it would '
            '"rescue" state oil company Pemex from decades of neglect.')
    q = quotes(text)[0]
    assert q.speaker.name == "Andres Lopez" and q.cue == "saying"


def test_a_relation_before_a_name_puts_that_person_in_focus_but_is_no_role():
    text = ('Labour leader Ingrid Solberg said the country could not keep pumping oil.\n\n'
            '"We owe it to our children to set a date," she said.\n\n'
            'Her rival, Erik Haugen, called the plan reckless. "You would throw away jobs," he said.')
    q = quotes(text)[-1]
    assert (q.speaker.name, q.speaker.role) == ("Erik Haugen", None)


@pytest.mark.parametrize("child", ["11-year-old Andrei", "Andrei"])
def test_one_of_a_group_named_after_it_is_in_focus(child):
    text = ('Ferry.\n\nLocal mayor Ion Tudor says a bridge was never built. "The money went elsewhere," he says.\n\n'
            f'One of the children, {child}, wants to be a ferryman too. "I already know the knots," he says proudly.')
    assert [q.speaker.name for q in quotes(text)] == ["Ion Tudor", "Andrei"]


def test_told_an_audience_then_a_clause_reports_it():
    text = 'Home Secretary Shabana Mahmood told parliament the government would accept all 31 recommendations.'
    q = quotes(text, indirect=True)[0]
    assert q.text == "the government would accept all 31 recommendations" and q.speaker.name == "Shabana Mahmood"
    assert quotes('Smith told the committee members he was innocent.', indirect=True) == []


@pytest.mark.parametrize("lead", [
    "17-year-old Mirra Andreeva knocked out the champion on Monday.",
    "Seventeen-year-old Mirra Andreeva knocked out the champion on Monday.",
    "Mirra Andreeva, 17, knocked out the champion on Monday.",
])
def test_an_age_beside_a_name_makes_it_a_person(lead):
    # a first name the lists lack, no title: the age says a person is meant, and "the
    # 17-year-old" is her
    text = f'PARIS (AFP) - {lead}\n\n"I just played," the 17-year-old said.'
    assert quotes(text)[0].speaker.name == "Mirra Andreeva"


def test_an_acronym_s_branch_is_an_organisation():
    text = 'The ACLU of North Carolina said in a statement it would file suit "within days."'
    q = quotes(text)[0]
    assert (q.speaker.kind, q.speaker.name) == ("organization", "ACLU of North Carolina")


@pytest.mark.parametrize("lead, name, role", [
    ("Meteorologist Dean Narramore", "Dean Narramore", "Meteorologist"),
    ("Comedian Sarah Silverman", "Sarah Silverman", "Comedian"),
    ("Texas-based Matt Mackowiak", "Matt Mackowiak", "Texas-based"),
    ("Norbert Leo Butz", "Norbert Leo Butz", None),  # a first name the lists lack is no title
])
def test_a_word_shaped_like_a_role_before_a_first_name_is_a_title(lead, name, role):
    q = quotes(f'{lead} said the rain would "return by the weekend."')[0]
    assert (q.speaker.name, q.speaker.role) == (name, role)


def test_the_military_speaks_as_an_organisation():
    text = ('The Israeli military said in a statement that troops had fired "warning shots" and '
            'that it was reviewing the incident.')
    q = quotes(text)[0]
    assert (q.speaker.kind, q.speaker.name) == ("organization", "The Israeli military")


def test_a_subordinate_clause_after_a_quotation_is_not_its_tag():
    text = ('President Donald Trump said in an interview on Sunday that he would meet Kim Jong Un '
            '"anywhere, anytime," even as aides urged caution.')
    q = quotes(text)[0]
    assert (q.speaker.name, q.cue) == ("Donald Trump", "said")
    # "as X put it" still is one
    q = quotes('The plan was "dead on arrival," as Senator Tom Holt put it.')[0]
    assert q.speaker.name == "Tom Holt"


def test_a_lead_that_describes_its_speaker_names_them_in_the_next_paragraph():
    text = ('BRUSSELS (Reuters) - A former Belgian defence minister pleaded not guilty on Tuesday, '
            'telling the court he had "never taken a single euro."\n\n'
            'Pieter Vandenbroucke, 58, is accused of accepting 1.2 million euros.')
    assert quotes(text)[0].speaker.name == "Pieter Vandenbroucke"
    # an unnamed source stays unnamed: copy names someone else next on purpose
    text = ('WASHINGTON (Reuters) - A senior U.S. official said the talks had "stalled badly."\n\n'
            'Secretary of State Antony Blinken will travel to the region next week.')
    assert quotes(text)[0].speaker.name == "A senior U.S. official"


def test_a_form_of_address_or_an_age_is_no_role():
    text = ('PARIS (AFP) - Seventeen-year-old Mirra Andreeva knocked out the champion.\n\n'
            '"I just played," Andreeva said.\n\n"We will stop the boats," Mr Sunak said.')
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [
        ("Mirra Andreeva", None), ("Sunak", None)]


def test_a_one_word_subject_its_sentence_calls_it_is_what_the_company_means():
    text = 'Volkswagen cut its forecast on Monday.\n\n"Demand in China is weak," the company said.'
    q = quotes(text)[0]
    assert (q.speaker.kind, q.speaker.name) == ("organization", "Volkswagen")


def test_a_clause_after_a_semicolon_has_its_own_subject():
    text = 'The Guardian called it "a quiet masterpiece"; The Telegraph found it "relentlessly gloomy."'
    assert [q.speaker.name for q in quotes(text)] == ["Guardian", "Telegraph"]


def test_an_opening_phrase_that_ends_inside_a_title_s_marks_is_skipped():
    text = ('In her new novel "The Last Orchard," Booker Prize winner Anne Enright turns to what she '
            'calls "the grief that has no funeral."')
    assert quotes(text)[0].speaker.name == "Anne Enright"


def test_the_airline_is_the_one_word_subject_no_person_bears():
    text = ('DUBLIN (Reuters) - Ryanair apologised on Friday after 200 passengers were stranded.\n\n'
            '"We sincerely apologise to all affected passengers," the airline said in a statement.')
    q = quotes(text)[0]
    assert (q.speaker.kind, q.speaker.name) == ("organization", "Ryanair")


@pytest.mark.parametrize("after", [", the club said on Saturday.", '.\n\n"We are delighted," the club said.'])
def test_a_first_name_with_a_plural_verb_is_a_team(after):
    text = f"Transfer.\n\nChelsea have agreed to sign forward Estevao Willian from Palmeiras{after}"
    assert quotes(text, indirect=True)[0].speaker.name == "Chelsea"
    # (whose team it is stays with its owner: "Clinton's team was happy. Her campaign ...")
    text = ("Vote.\n\nHillary Clinton spoke on Sunday. Kelly Ayotte spoke on Monday.\n\nClinton's team was all too "
            'happy to seize on it. Her campaign sent an email that called it "a rebuke".')
    assert quotes(text)[0].speaker.name == "Hillary Clinton's campaign"


def test_an_opening_word_that_modifies_the_noun_after_it_is_no_company():
    text = ('Phone.\n\nFinnish startup Lumio unveiled a phone on Thursday that owners can repair. '
            'Spare parts will be sold for at least seven years, the company said.')
    assert quotes(text, indirect=True)[0].speaker.name == "Lumio"


def test_an_appositive_gives_the_role_of_someone_addressed_as_doctor():
    text = ('"We have full confidence in this vaccine," said Dr. Lena Hoffmann, chief medical officer '
            'of Basilea Biotech.')
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.role) == ("Lena Hoffmann", "chief medical officer of Basilea Biotech")


def test_a_front_runner_is_a_role():
    text = ('Hillary Clinton is calling on Congress to pass new gun laws.\n\nSpeaking in Ames, the '
            'Democratic front-runner said she would "not rest" until background checks were universal.')
    q = quotes(text)[0]
    assert (q.speaker.name, q.cue) == ("Hillary Clinton", "said")


def test_the_name_after_a_possessive_role_is_the_clause_s_subject():
    text = ('Ariarne Titmus broke the record.\n\nTitmus\'s great rival, American Katie Ledecky, '
            'congratulated her on social media, writing: "Incredible swim. See you in Paris."')
    assert quotes(text)[0].speaker.name == "Katie Ledecky"
    # not a clause's object: "she vented to her husband, Frank Fiorina, that ..."


def test_an_age_alone_may_be_the_speaker_just_quoted():
    text = ('Australian swimmer Ariarne Titmus broke the world record on Sunday, and said she was '
            '"only getting started."\n\n"I didn\'t expect that at all," the 23-year-old told Channel Nine.')
    assert [q.speaker.name for q in quotes(text)] == ["Ariarne Titmus", "Ariarne Titmus"]


def test_the_lead_s_described_speaker_is_not_someone_else_with_another_role():
    text = ('WASHINGTON (Reuters) - A senior economist warned on Monday that rates were "far too high."\n\n'
            'Fed Chair Jerome Powell said last week that the bank would be patient.')
    assert quotes(text)[0].speaker.name == "A senior economist"


def test_the_pair_is_the_two_people_just_named_together():
    text = ('Maya Chen and Priya Kapoor said they would fight the sale.\n\n'
            'The pair said in a joint statement on Friday that they "remain committed to the company."')
    assert [q.speaker.name for q in quotes(text)] == ["Maya Chen and Priya Kapoor"]


def test_a_reaction_box_s_capitalised_names_are_given_in_title_case():
    text = ('U.S. PRESIDENT JOE BIDEN:\n\n"This deal will halt the fighting in Gaza."\n\n'
            'UN SECRETARY-GENERAL ANTONIO GUTERRES:\n\n"It is imperative that this ceasefire holds."')
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [
        ("Joe Biden", "U.S. President"), ("Antonio Guterres", "UN Secretary-General")]


def test_and_inside_an_institution_s_name_does_not_split_it():
    text = ('The Food and Drink Federation said processing "plays a vital role".\n\n'
            'The American College of Obstetricians and Gynecologists said the approval was "long overdue".\n\n'
            'Procter & Gamble said it had "no plans" to raise prices.')
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text)] == [
        ("Food and Drink Federation", "organization"),
        ("American College of Obstetricians and Gynecologists", "organization"),
        ("Procter & Gamble", "organization")]
    # two names joined are not one institution
    for two in ("the Urban Institute and Brookings Institution", "Rudy Giuliani & Sen. Jeff Sessions"):
        assert getattr(parse_np(two), "kind", None) != "organization"


def test_the_federation_is_the_federation_named_before():
    text = ('ISTANBUL (AFP) - The Turkish Football Federation said it would review the incident.\n\n'
            'Fenerbahce captain Edin Dzeko said the team would recover.\n\n'
            '"All complaints will be examined in line with the regulations," the federation said.')
    assert quotes(text)[-1].speaker.name == "Turkish Football Federation"


def test_the_group_is_the_body_named_then_called_a_group():
    text = ('Eggs.\n\nFarm Action, an advocacy group, asked regulators to investigate. A member of the '
            'group declined to comment.\n\n"Egg producers are making record profits," the group said in a letter.')
    assert quotes(text)[-1].speaker.name == "Farm Action"


@pytest.mark.parametrize("body", ["zoo", "prison", "airport", "library", "diocese", "hotel"])
def test_an_institution_named_by_its_kind_speaks(body):
    text = f"Twins.\n\nThe panda has given birth to twins, the {body} said on Saturday."
    q = quotes(text, indirect=True)[0]
    assert (q.speaker.name, q.speaker.kind) == (f"the {body}", "organization")


def test_the_museum_is_the_one_named_not_words_from_the_line_before():
    text = "Art\n\nBerlin Museum's oldest panel has been restored, the museum said on Saturday."
    assert quotes(text, indirect=True)[0].speaker.name == "Berlin Museum"


@pytest.mark.parametrize("source", ["according to the Gaza health ministry", "the Gaza health ministry said"])
def test_the_ministry_is_the_one_named_before_in_lower_case(source):
    text = f"Gaza.\n\nThe last generator ran out of fuel on Saturday, {source}. Three babies have died, the ministry said."
    assert quotes(text, indirect=True)[-1].speaker.name == "the Gaza health ministry"


@pytest.mark.parametrize("phrase, role", [
    ("chief of staff Ron Klain", "chief of staff"),
    ("White House chief of staff Ron Klain", "White House chief of staff"),
    ("head of human resources Ann Lee", "head of human resources"),
])
def test_what_a_role_is_of_before_a_name_is_part_of_the_role(phrase, role):
    np_ = parse_np(phrase)
    assert (np_.kind, np_.role) == ("person", role)
    # (a verb after it is no part of a role: a clause)
    assert parse_np("The former secretary of state mocked Trump") is None


def test_an_institution_s_word_ends_the_title_before_a_first_name():
    np_ = parse_np("Secretary of Health and Human Services Robert Kennedy")
    assert (np_.kind, np_.name, np_.role) == ("person", "Robert Kennedy", "Secretary of Health and Human Services")


def test_where_a_person_works_is_their_role_when_the_text_gives_no_other():
    assert parse_np("Dan Ives of Wedbush Securities").role == "Wedbush Securities"
    for home in ("Bernie Sanders of Vermont", "Jason Gilbert of Cheyenne", "Ana Ruiz of San Antonio"):
        assert parse_np(home).role is None  # where someone lives is not a role
    text = ('"Azure is still growing faster than AWS," said Dan Ives of Wedbush Securities.')
    assert (quotes(text)[0].speaker.name, quotes(text)[0].speaker.role) == ("Dan Ives", "Wedbush Securities")
    # a doctor's "Dr." is no role that hides it
    assert parse_np("Dr. Steven Nissen of the Cleveland Clinic").role == "Cleveland Clinic"


@pytest.mark.parametrize("intro, role", [
    ("The study was led by Raffaele Marfella of the University of Campania in Naples.", "University of Campania"),
    ("Serena Kelleher-Vergantini of Washington's Institute for Science and International Security wrote it.",
     "Washington's Institute for Science and International Security"),
    ("The report was written by Ann Kelleher-Vergantini at the U.S. Chamber of Commerce.",
     "U.S. Chamber of Commerce"),
    ("Ann Kelleher-Vergantini of the NGO Caminando Fronteras. She wrote it.", "NGO Caminando Fronteras"),
    # where someone lives is none
    ("The study was led by Ann Kelleher-Vergantini of Burke County.", None),
    ("The study was led by Ann Kelleher-Vergantini of San Antonio.", None),
])
def test_where_the_narration_says_a_person_works_is_their_role(intro, role):
    name = "Marfella" if "Marfella" in intro else "Kelleher-Vergantini"
    text = f'{intro}\n\n"This is a wake-up call," {name} said.'
    assert quotes(text)[-1].speaker.role == role


def test_an_appositive_says_in_full_the_title_before_a_name():
    text = ("Professor Tom Sanders, emeritus professor of nutrition at King's College London, said the "
            'definition was "too broad to be useful".')
    assert quotes(text)[0].speaker.role == "emeritus professor of nutrition at King's College London"


@pytest.mark.parametrize("title", ["Town council member", "City council member"])
def test_a_local_title_opening_a_sentence_before_a_name_and_an_appositive(title):
    text = f'Recall.\n\n{title} Greg Lund, an ally of the mayor, said the recall was "personal, not about water."'
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.role) == ("Greg Lund", title)


def test_a_body_named_before_an_appositive_that_says_what_it_is_speaks():
    text = ('Age UK, a charity for older people, said the change would push "thousands more '
            'pensioners into poverty".')
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.kind) == ("Age UK", "organization")


@pytest.mark.parametrize("subject, agent, speaker", [
    ("Lumen Labs", "founded two years ago by former Google engineers", "Lumen Labs"),
    ("The union", "led by veteran organiser Mary Jones", "The union"),
    ("Harris", "backed by Governor Gavin Newsom", "Harris"),
])
def test_the_agent_of_a_participle_set_off_after_the_subject_does_not_speak(subject, agent, speaker):
    q = quotes(f"Talks.\n\n{subject}, {agent}, said the offer was too low.", indirect=True)[0]
    assert q.speaker.name == speaker


@pytest.mark.parametrize("tag, name, role", [
    ("said his barrister, Jane Morrow KC.", "Jane Morrow", "barrister"),
    ("said Sir Tom Hale OBE.", "Tom Hale", None),
    ("said Professor Ann Lee FRS, of Oxford.", "Ann Lee", "Professor"),
])
def test_honours_after_a_name_are_not_part_of_it(tag, name, role):
    q = quotes(f'Court.\n\n"We will appeal," {tag}')[0]
    assert (q.speaker.name, q.speaker.role) == (name, role)


@pytest.mark.parametrize("text", [
    '"Apple abused its dominant position," EU antitrust chief Margrethe Vestager told a news conference.',
    'EU antitrust chief Margrethe Vestager welcomed the ruling. "Apple abused its dominant position," she said.',
])
def test_a_field_of_work_between_a_body_and_a_role_noun_is_part_of_the_role(text):
    q = quotes(f"Fine.\n\n{text}")[0]
    assert (q.speaker.name, q.speaker.role) == ("Margrethe Vestager", "EU antitrust chief")


def test_a_title_ends_at_a_role_shaped_word_before_a_first_name_anywhere_in_it():
    for phrase, name, role in (("NASA Administrator Bill Nelson", "Bill Nelson", "NASA Administrator"),
                               ("NASA Astronomer Jane Rigby", "Jane Rigby", "NASA Astronomer"),
                               ("Post Editor-in-Chief Martin Baron", "Martin Baron", "Post Editor-in-Chief")):
        np_ = parse_np(phrase)
        assert (np_.name, np_.role) == (name, role)
    assert parse_np("Sarah Huckabee Sanders").name == "Sarah Huckabee Sanders"


def test_one_of_them_is_an_unnamed_speaker_not_none():
    text = ('At least 50 Labour lawmakers have signed a letter. One of them, who asked not to be named, '
            'said: "The mood in the party is terrible."')
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.kind) == ("One of them", "anonymous")


def test_what_he_called_after_a_participle_is_the_subject_s_word_not_a_noun_before_it():
    text = ('VATICAN CITY (AP) - Pope Leo XIV called on Thursday for a ceasefire in Gaza and Ukraine, '
            'using his first Christmas message to denounce what he called "the madness of war."\n\n'
            '"Let the weapons fall silent," the pontiff told the crowd.')
    assert [(q.speaker.name, q.cue) for q in quotes(text)] == [("Leo XIV", "called"), ("Leo XIV", "told")]


def test_a_monarch_is_described_by_a_word_ending_in_ing():
    np_ = parse_np("the king")
    assert (np_.kind, np_.head) == ("description", "king")
    assert parse_np("the thing") is None


def test_she_and_her_aides_are_the_woman_in_focus_and_those_beside_her():
    text = ('Hillary Clinton lost ground in the poll. She and her aides have vowed "to win back the '
            'public\'s trust."')
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.kind) == ("Hillary Clinton and her aides", "group")
    # a "she" with no woman in focus stays as written, not the man who spoke last
    text = ('"Next time," said John McGraw.\n\nA reporter was pushed as she tried to ask a question, '
            'she and another reporter said, calling it "an assault."')
    assert quotes(text)[-1].speaker.name == "she and another reporter"


def test_an_adjective_in_ing_may_open_a_role():
    text = '"Investors have heard this before," said Gene Munster, managing partner at Deepwater Asset Management.'
    assert quotes(text)[0].speaker.role == "managing partner at Deepwater Asset Management"


def test_a_reaction_box_s_name_comes_before_its_role_and_employer():
    text = ('Here is what economists said:\n\nSEEMA SHAH, CHIEF GLOBAL STRATEGIST, PRINCIPAL ASSET MANAGEMENT:\n'
            '"The Fed has started with a bang."\n\nJAMIE COX, MANAGING PARTNER, HARRIS FINANCIAL GROUP:\n'
            '"It\'s the right call."')
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [
        ("Seema Shah", "Chief Global Strategist, Principal Asset Management"),
        ("Jamie Cox", "Managing Partner, Harris Financial Group")]


def test_a_one_word_name_the_text_treats_as_a_company_is_an_organisation():
    text = ('SEATTLE (Reuters) - Microsoft said on Tuesday it would cut about 3,000 jobs.\n\n'
            '"We are making difficult decisions," Microsoft said in a statement.\n\n'
            'Shares of Microsoft rose 1.2% in extended trading.')
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text)] == [("Microsoft", "organization")]
    # a politician has a spokesman and headquarters too; a one-word name stays a person
    text = ('"We will win," Trump said. Trump\'s headquarters were quiet, and a Trump spokesman declined to comment.')
    assert quotes(text)[0].speaker.kind == "person"


def test_another_name_for_the_subject_is_an_aside_not_the_speaker():
    text = 'Twitter, now known as X, said last week that it would rehire some engineers.'
    assert quotes(text, indirect=True)[0].speaker.name == "Twitter"


def test_a_surname_with_an_age_is_the_person_named_in_full_before():
    text = ('Erling Haaland scored twice as Manchester City beat Arsenal 2-1 on Sunday.\n\n'
            '"He is a machine," City manager Pep Guardiola said.\n\n'
            'Haaland, 26, now has 15 goals in 12 league games. "I just try to help the team," the forward said.')
    assert [q.speaker.name for q in quotes(text)] == ["Pep Guardiola", "Erling Haaland"]


def test_the_company_is_a_one_word_subject_even_with_a_day_before_its_verb():
    text = ('SAN FRANCISCO (Reuters) - OpenAI on Monday released a new model.\n\n'
            '"This is a significant step," the company wrote in a blog post.')
    assert quotes(text)[0].speaker.name == "OpenAI"


def test_a_group_near_a_place_is_not_the_place():
    text = "HEATHROW, England (Reuters) - Residents near London's Heathrow Airport vowed on Saturday to fight plans for a third runway."
    q = quotes(text, indirect=True)[0]
    assert (q.speaker.name, q.speaker.kind) == ("Residents near London's Heathrow Airport", "group")


TRANSCRIPT = ("The following is an excerpt from Tuesday's hearing.\n\n"
              "SEN. MARIA CANTWELL: Mr. Altman, do you believe your models pose a risk?\n\n"
              "SAM ALTMAN: I believe the risks are real, Senator.\n\n"
              "SEN. TED CRUZ: Licensing sounds a lot like picking winners and losers.\n\n"
              "ALTMAN: I understand the concern. But the alternative is no oversight at all. "
              "According to our figures, 40 percent of labs have no safety team.")


def test_a_transcript_s_turns_are_its_speakers_words_when_statements_are_read():
    turns = [q for q in extract_quotes(TRANSCRIPT, None, "unknown", statements=True) if q.cue == "transcript"]
    assert [(q.speaker.name, q.speaker.role, q.kind) for q in turns] == [
        ("Maria Cantwell", "Sen.", "direct"), ("Sam Altman", None, "direct"),
        ("Ted Cruz", "Sen.", "direct"), ("Sam Altman", None, "direct")]
    assert turns[-1].text == ("I understand the concern. But the alternative is no oversight at all. "
                              "According to our figures, 40 percent of labs have no safety team.")
    # a turn's later sentences are its speaker's, not the narrator's statements too
    assert all(q.cue == "transcript" for q in extract_quotes(TRANSCRIPT, None, "unknown", statements=True)
               if q.start > TRANSCRIPT.index("SEN. MARIA"))
    # the quotation extractor alone (what the evaluations score) reads quotation marks only
    assert quotes(TRANSCRIPT) == []


def test_kin_named_by_a_first_name_alone_speak_for_themselves():
    text = ('"We came because it is his last Christmas message," said Ana Souza, a pilgrim from Brazil. '
            'Her husband, Paulo, disagreed. "He is strong," he said.\n\n'
            'Her father, Brad, 39, worried about the race. "People are afraid of wasting their votes," he said.')
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [
        ("Ana Souza", "pilgrim from Brazil"), ("Paulo", "Ana Souza's husband"), ("Brad", None)]
    # any noun after a possessive, when a first name follows
    text = ('"I still support him," Tom Whitaker said. His bookkeeper, Linda, was less forgiving. '
            '"He said prices would come down," she said.')
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)][-1] == ("Linda", "bookkeeper")


COURT = ('Court.\n\nA judge sentenced former nurse Lucy Letby on Monday.\n\n'
         '"You have no remorse," Judge James Goss said.\n\n')


def test_the_kin_of_someone_unnamed_is_someone_new_and_he_or_she_after():
    text = COURT + ('The father of twins, one of whom was killed, told the court that Letby had "destroyed" '
                    'his family. "She was the person we trusted the most," he said.\n\n'
                    'The mother of one murdered boy said: "We will never know."')
    assert [q.speaker.name for q in quotes(text)][1:] == ["The father of twins"] * 2 + ["The mother of one murdered boy"]


@pytest.mark.parametrize("kin", ["father", "mother"])
def test_the_kin_no_one_named_is_someone_new_not_the_last_speaker(kin):
    text = COURT + (f'Rescuers freed a family of four from a car. The {kin} later told local television they had '
                    'been stuck for nine hours.')
    assert [q.speaker.name for q in quotes(text, indirect=True)][1:] == [f"The {kin}"]
    # (a relative named as such is that person)
    text = ('Crash.\n\nJohn Smith died on Monday. His father, Tom Smith, said he was "a gentle boy". '
            'The father said the family would sue.')
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Tom Smith"] * 2


def test_a_mother_of_three_with_an_age_is_the_woman_just_described():
    text = ("Ivanka Trump, the nominee's eldest daughter, noted the rule. Pressed on why, "
            'the 34-year-old mother of three replied, "It is meant to benefit the mother."')
    assert quotes(text)[0].speaker.name == "Ivanka Trump"


@pytest.mark.parametrize("serb", ["Serb", "Serbian"])
def test_a_nationality_opening_a_paragraph_is_whom_the_one_before_ended_on(serb):
    text = ('Tennis.\n\n"It is a dream," said Alcaraz, 20.\n\nDjokovic, 36, smashed his racket.\n\n'
            f'"I have won some finals I should have lost," the {serb} said afterwards.')
    assert [q.speaker.name for q in quotes(text)] == ["Alcaraz", "Djokovic"]


def test_someone_named_for_the_first_time_acting_in_the_quotations_sentence_owns_it():
    text = ('Farm.\n\nAgriculture Minister Marc Fesneau said the government had "heard the anger". '
            'Interior Minister Gerald Darmanin ordered police to show "restraint".')
    assert [q.speaker.name for q in quotes(text)] == ["Marc Fesneau", "Gerald Darmanin"]
    # a name the quotation itself describes is no speaker: the words go on being the last one's
    text = 'Farm.\n\n"It is fine," said Aida Smith. Joe Biden "kind of misspoke."'
    assert [q.speaker.name for q in quotes(text)] == ["Aida Smith", "Aida Smith"]


@pytest.mark.parametrize("subject,name", [
    ("The FNSEA, France's largest farmers' union,", "FNSEA"),
    ("Airlines for America, the industry's lobbying group,", "Airlines for America"),
    ("Holger Schmieding of Berenberg, Germany's largest private bank,", "Holger Schmieding"),
])
def test_a_name_before_an_appositive_of_what_it_is_speaks(subject, name):
    q = quotes(f'Air.\n\n{subject} said that carriers were "back on track".')[0]
    assert q.speaker.name == name


def test_a_first_name_alone_before_a_description_and_a_who_clause_speaks():
    text = ("Farm.\n\nAt a roadblock, Sophie, a dairy farmer who declined to give her surname, said "
            'she earned too little. "I work 70 hours a week," she said.')
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)] == [("Sophie", "dairy farmer")] * 2


def test_he_opening_a_sentence_shows_whose_wife_is_meant():
    text = ("Isle.\n\nFor 30 years, Ewan Sinclair climbed the steps at dusk. He still does.\n\n"
            '"People ask me why I bother," he says.\n\nSinclair, 71, was the last keeper to leave. '
            'His wife, Margaret, remembers the day. "He did not speak for a week," she says.')
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)][-1] == ("Margaret", "Ewan Sinclair's wife")


def test_an_opening_participle_not_ending_in_ed_is_no_subject():
    text = ('Obit.\n\nAhmad Jamal, the jazz pianist, died Sunday.\n\n"He would hold a chord," Jason Moran said.\n\n'
            "Born Frederick Russell Jones in Pittsburgh in 1930, Jamal began playing at three.\n\n"
            'Asked in 2014 whether he planned to retire, he laughed. "Retire from what?" he said.')
    assert [q.speaker.name for q in quotes(text)] == ["Jason Moran", "Ahmad Jamal"]


def test_a_role_read_across_an_abbreviation_is_taken_whole():
    text = ("UN.\n\nRussia vetoed it. Russia's deputy U.N. ambassador, Dmitry Polyanskiy, said the draft "
            'was "interference."')
    assert quotes(text)[0].speaker.role == "Russia's deputy U.N. ambassador"


@pytest.mark.parametrize("role", ["managing director", "presiding judge", "outgoing chairman", "reigning champion"])
def test_a_role_opening_with_a_participle_before_a_name_closes_a_quotation(role):
    q = quotes(f'Court.\n\n"It is clear," {role} Bas Boele said, reading the ruling.')
    assert [(x.speaker.name, x.speaker.role) for x in q] == [("Bas Boele", role)]


@pytest.mark.parametrize("before", ["John Barnett had been giving a deposition, his lawyers said.",
                                    '"I am fine," said John Barnett.'])
def test_an_office_that_speaks_of_others_is_not_the_person_in_focus(before):
    text = f'Death.\n\n{before} The Charleston County coroner said he died of a "self-inflicted" wound.'
    assert quotes(text)[-1].speaker.name == "The Charleston County coroner"


@pytest.mark.parametrize("sentence,reported", [
    ("The company added a warning to the label three years later.", None),
    ("Trump added two courses in Florida to his portfolio of 14.", None),
    ("Franklin added that, in Wisconsin, the coalition consists of voters who are uncertain.",
     "in Wisconsin, the coalition consists of voters who are uncertain"),
    ("Franklin added the coalition would hold in Wisconsin this year.", "the coalition would hold in Wisconsin this year"),
])
def test_added_reports_a_clause_not_a_thing(sentence, reported):
    found = [q.text for q in quotes(f"Vote.\n\n{sentence}", indirect=True)]
    assert found == ([reported] if reported else [])


def test_a_first_name_that_speaks_makes_a_full_name_a_persons():
    text = ("Chess.\n\nGukesh Dommaraju of India won the tournament on Sunday.\n\n"
            '"I was calm," Gukesh said.\n\nAmerican Hikaru Nakamura was gracious. "He deserved it," he said.\n\n'
            'Asked whether he was nervous, Gukesh smiled. "Not yet," he said.')
    assert [q.speaker.name for q in quotes(text)] == ["Gukesh Dommaraju", "Hikaru Nakamura", "Gukesh Dommaraju"]
    # (not a name before the plural it qualifies)
    text = "Outage.\n\nA faulty update crashed Microsoft Windows systems.\n\nMicrosoft said it was aware of the problem."
    assert quotes(text, indirect=True)[0].speaker.name == "Microsoft"


def test_she_with_no_one_in_focus_is_the_one_woman_named():
    text = ("Marathon.\n\nWhen Margaret Okafor crossed the finish line on Sunday, the crowd roared. The retired "
            'teacher had just become the oldest woman to finish.\n\n"My knees are complaining," she said.')
    assert quotes(text)[0].speaker.name == "Margaret Okafor"
    # a writer's own story speaks of people it need not name
    text = ("Essay.\n\nI know all about Donald Trump.\n\nMy father bought land upstate. He also told his "
            'friends that "terrorism is the answer."')
    assert quotes(text)[0].speaker is None


def test_he_after_a_full_name_never_yet_shown_to_be_a_persons_is_that_person():
    text = ('Snow.\n\nPolice said roads were closed.\n\nRaed Arafat urged people to stay at home. '
            '"Do not travel unless it is absolutely necessary," he said.')
    assert quotes(text)[-1].speaker.name == "Raed Arafat"


def test_a_woman_may_be_called_spokesman():
    text = ('Trump spokesman Hope Hicks confirmed that the group was independent. Bruce LeVell said it was "fine". '
            '"They are not affiliated with the campaign," she said.')
    assert quotes(text)[-1].speaker.name == "Hope Hicks"
    assert (guess_gender("Hope", "spokesman"), guess_gender("Hope", "king"), guess_gender("Alex", "spokesman")) == ("f", "m", "m")


def test_whose_kin_is_the_one_the_sentence_before_names_even_in_a_closing_tag():
    text = ('Fans gathered. "I have waited for this," said Lucia Romero, a student. '
            'Her brother, Pablo, was less sure: "Let us see."')
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)][-1] == ("Pablo", "Lucia Romero's brother")


@pytest.mark.parametrize("stance", ["was less sure", "had a different view", "went further"])
def test_a_stance_and_a_colon_introduce_the_subjects_words(stance):
    text = f'Fans gathered. "I have waited for this," said Lucia Romero. Pablo Diaz {stance}: "Let us see."'
    assert [q.speaker.name for q in quotes(text)] == ["Lucia Romero", "Pablo Diaz"]


def test_an_age_in_place_of_a_name_just_opening_a_sentence_is_that_persons():
    text = ('Football.\n\nKylian Mbappe finally joined Real Madrid on Monday.\n\n'
            '"It\'s a dream come true," the 25-year-old France captain wrote on Instagram.')
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Kylian Mbappe", "France captain")]
    # a role with no age may be anyone's: the company that opened the sentence is no person
    text = 'Markets.\n\nGoldman Sachs raised its forecast on Monday.\n\n"It is done," the chief economist said.'
    assert quotes(text)[0].speaker.name != "Goldman Sachs"


def test_words_inside_a_speech_noun_s_clause_are_whoever_the_noun_is_from():
    text = ("Israeli Prime Minister Benjamin Netanyahu said on Sunday that Israel would go ahead in Rafah, "
            'rejecting a warning from U.S. President Joe Biden that it would be a "red line."')
    assert [q.speaker.name for q in quotes(text)] == ["Joe Biden"]
    # the noun must be a speech noun: "a letter from" is, "a visit from" is not
    text = ('Netanyahu said after a visit from Joe Biden that the offensive was "necessary."')
    assert [q.speaker.name for q in quotes(text)] == ["Netanyahu"]


def test_when_or_where_before_that_is_not_what_was_said_and_pm_is_a_title():
    text = ("Central Bank Governor Olayemi Cardoso told journalists after the meeting in Abuja that the "
            "committee had voted unanimously.")
    assert [q.text for q in quotes(text, indirect=True)] == ["the committee had voted unanimously"]
    text = ('Prime Minister Narendra Modi opened the building.\n\n"Today is one such day," PM Modi said.')
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Narendra Modi", "Prime Minister")]


def test_a_company_named_by_its_trade_then_by_one_word_and_as_the_company():
    text = ("Residents have filed a lawsuit against Apex Chemical.\n\n"
            'Apex said in a statement that monitoring had shown "no levels of concern." '
            'The company said it would "vigorously defend" itself.')
    got = [(q.speaker.name, q.speaker.kind) for q in quotes(text)]
    assert got == [("Apex", "organization"), ("Apex", "organization")]


def test_a_nationality_that_is_also_a_newspaper_s_name():
    text = ("Pan Zhanle touched more than a second ahead of Australia's Kyle Chalmers.\n\n"
            'Chalmers, the 2016 champion, was gracious. "He is an incredible talent," the Australian said.\n\n'
            'The Australian reported that the team was "disappointed."')
    assert [q.speaker.name for q in quotes(text)] == ["Kyle Chalmers", "Australian"]


def test_a_list_s_topic_before_a_colon_is_not_the_speaker():
    text = ('"They say Donald lacks the experience," President Obama said.\n\n'
            "Here are some of the other best lines from the night:\n\n"
            '\u2022 On his age: "I am more relaxed than ever."\n\n'
            '\u2022 On Hillary Clinton: "Look, I get it. Young people do not want to vote for her."')
    assert "Hillary Clinton" not in [q.speaker.name for q in quotes(text) if q.speaker]


def test_a_transcript_s_one_word_labels_are_written_as_names():
    text = ("MS. LEAVITT: Good afternoon. The President signed three orders.\n\n"
            "Q: Does he still plan to impose tariffs?\n\n"
            "MS. LEAVITT: If Canada does not act, the tariffs will go into effect.\n\n"
            "SECRETARY BESSENT: The Treasury is watching the markets closely.\n\n"
            "CREW: We have filed suit.")
    turns = [q for q in extract_quotes(text, None, "unknown", statements=True) if q.cue == "transcript"]
    assert [(q.speaker.name, q.speaker.role) for q in turns][:3] == [
        ("Leavitt", None), ("Leavitt", None), ("Bessent", "Secretary")]


def test_the_person_a_writer_asked_answers_the_next_she_said():
    text = ("I asked Juliet Schor, the Boston College economist who has studied working hours for 30 years, "
            'what the biggest obstacle is. "Habit," she said.')
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Juliet Schor", "Boston College economist")]
    # a writer who only writes about someone does not put them in focus
    text = ('I know all about Donald Trump and his followers.\n\nMy father told his protégés that '
            '"terrorism is the answer."')
    assert [q.speaker for q in quotes(text)] == [None]


def test_an_interview_s_answers_without_quotation_marks_are_the_interviewee_s_words():
    text = ("The governor of the Reserve Bank of Australia, Michele Bullock, spoke to our correspondent "
            "about interest rates.\n\n"
            "Q: Is inflation beaten?\n\n"
            "A: No. Services inflation is still too high.\n\n"
            "Q: What about Philip Lowe, your predecessor?\n\n"
            "A: I won't comment on that. We take it meeting by meeting.")
    got = [(q.speaker.name, q.cue, q.text) for q in extract_quotes(text, None, "unknown", statements=True)
           if q.cue == "interview"]
    assert got == [("Michele Bullock", "interview", "No. Services inflation is still too high."),
                   ("Michele Bullock", "interview", "I won't comment on that. We take it meeting by meeting.")]
    # the questions are nobody's statements, and one "A:" alone is no interview
    assert not [q for q in extract_quotes(text, None, "unknown", statements=True) if "?" in q.text]
    one = text.split("\n\nQ: What")[0]
    assert not [q for q in extract_quotes(one, None, "unknown", statements=True) if q.cue == "interview"]


def test_an_interview_s_quoted_answers_after_unmarked_questions():
    text = ("AMMAN - We spoke with Water Minister Raed Abu Saud about the crisis.\n\n"
            "What is the situation today?\n\n"
            '"Very serious. We have about 60 cubic meters of water per person per year."\n\n'
            "Will it be enough?\n\n"
            '"Nothing is enough. But without it, we have no future."')
    got = extract_quotes(text, title="Interview: 'We are running out of water,' says Jordan's minister")
    assert [q.speaker.name for q in got] == ["Raed Abu Saud", "Raed Abu Saud"]
    # one question is no interview
    one = text.split("\n\nWill it")[0]
    assert [q.speaker for q in extract_quotes(one)] == [None]


def test_a_header_in_capitals_is_no_transcript():
    text = ("EXCLUSIVE: In memo to Congress, Saudis insist they are fighting terror.\n\n"
            "The memo, sent on Monday, runs to 40 pages, officials said.\n\n"
            "BYLINE: Amber Phillips.")
    assert not [q for q in extract_quotes(text, None, "unknown", statements=True) if q.cue == "transcript"]


def test_a_title_after_an_opening_phrase_is_not_the_subject():
    text = ('In her new memoir, "Unfinished Business", former Secretary of State Hillary Clinton reflects '
            'on what she calls "the long arc of disappointment" that followed her defeat.')
    assert [q.speaker.name for q in quotes(text)] == ["Hillary Clinton"]


def test_a_pronoun_in_a_whose_clause_is_the_verb_s_subject():
    text = ('Hillary Clinton lost in 2016. She is unsparing about James Comey, whose letter to Congress '
            'days before the election she describes as "the decisive blow."')
    assert quotes(text)[-1].speaker.name == "Hillary Clinton"


def test_a_name_an_appositive_calls_a_business_is_an_organisation():
    text = ('PALO ALTO, Calif. (Reuters) - Acme Robotics, a maker of warehouse robots, announced on Tuesday '
            'that it had raised $200 million.')
    q = quotes(text, indirect=True)[0]
    assert (q.speaker.name, q.speaker.kind) == ("Acme Robotics", "organization")
    # a person's name before a role stays a person
    text = 'Jane Park, a maker of award-winning films, said that she would "keep going".'
    assert quotes(text)[0].speaker.kind == "person"


def test_a_spokesperson_after_a_body_speaks_is_that_body_s():
    text = ("The Rail Delivery Group, which represents the operators, said it was 'disappointed' by the "
            "decision. A spokesperson added: 'We urge Aslef to come back to the table.'")
    assert quotes(text)[-1].speaker.name == "A spokesperson for Rail Delivery Group"
    # after a person, a spokesperson stays as described
    text = ('"We will appeal," Ken Paxton said. A spokesperson added: "The ruling is wrong."')
    assert quotes(text)[-1].speaker.name == "A spokesperson"


def test_a_group_before_an_appositive_is_the_speaker_not_a_name_inside_the_appositive():
    text = ('Engineers at Northfield Water Works, a unit of Harlow and Brandt Utilities, said the pipes were '
            '"well past their design life."')
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.kind) == ("Engineers at Northfield Water Works", "group")


def test_a_description_known_as_a_name_is_that_person():
    text = ('"We were never told to wait," said the station chief known as Mike, speaking for the first time.\n\n'
            'Mike agreed to talk on condition that his surname not be used. "I owe it to the team," he said.')
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Mike", "station chief")] * 2
    assert parse_np("the group known as Hamas").kind == "organization"


def test_she_with_no_person_in_focus_is_the_unnamed_speaker_just_heard():
    text = ('A nurse told an inquiry on Wednesday that staff were "overwhelmed".\n\n'
            'The nurse said she raised concerns at least three times. "Nobody listened," she said.')
    assert [q.speaker.name for q in quotes(text)] == ["A nurse", "A nurse"]
    # unnamed groups are no "she"
    text = 'Officials said the plan was "dead". "It is over," she said.'
    assert quotes(text)[-1].speaker is None


def test_a_person_an_inquiry_names_by_a_letter():
    text = ('Her colleague, Nurse Y, told the inquiry a similar story. "We were told to stop making a fuss," '
            'she said.')
    assert quotes(text)[0].speaker.name == "Nurse Y"


def test_her_office_is_the_office_of_the_woman_in_focus():
    text = ('Mayor Barbara Lee, who must sign the measure, has not said whether she supports it. '
            'Her office said she was "reviewing the legislation".')
    assert quotes(text)[0].speaker.name == "Barbara Lee's office"


@pytest.mark.parametrize("kin", ["wife", "mother", "parents"])
def test_his_wife_is_the_wife_of_the_man_in_focus(kin):
    text = ('Inquest.\n\nSpeaking outside, James Collins said the family had been "fobbed off for two years."\n\n'
            f'"All we wanted was the truth," his {kin} added.')
    assert quotes(text)[-1].speaker.name == f"James Collins's {kin}"


def test_the_group_is_the_body_just_named_and_a_move_supporters_called_is_the_supporters():
    text = ('The Plastics Industry Association said the study proved nothing.\n\n'
            '"Correlation is not causation," the group said in a statement.')
    assert quotes(text)[0].speaker.name == "Plastics Industry Association"
    text = 'The council voted to freeze rents, a move supporters called "a lifeline" for tenants.'
    assert quotes(text)[0].speaker.name == "supporters"


def test_a_company_described_with_its_nationality_is_the_company_named_before():
    text = ('FRANKFURT (Reuters) - Volkswagen cut its profit forecast on Friday.\n\n'
            'Analysts at Jefferies said the cut was expected.\n\n'
            '"Demand in China remains weak," the German carmaker said in a statement.')
    assert quotes(text)[-1].speaker.name == "Volkswagen"
    assert parse_np("the lawmaker").kind == "description"  # a lawmaker is no maker
    # a state's body with a nationality is itself, not the company named before
    assert parse_np("the German foreign ministry").head is None


def test_a_relative_clause_after_a_passive_reports_speech_and_puts_its_speaker_in_focus():
    text = ('Her death was confirmed by her son, David Marsh, who said the cause was complications of '
            'pneumonia.\n\n"She never thought of herself as a pioneer," he said.')
    found = quotes(text, indirect=True)
    assert [(q.kind, q.speaker.name) for q in found] == [("indirect", "David Marsh"), ("direct", "David Marsh")]
    assert found[0].text == "the cause was complications of pneumonia"
    # (a later cue in an inverted tag is no relative clause: the official speaks, not Xi)
    text = ('Obama warned the Chinese leader, Xi Jinping, not to move on the shoal, said an American '
            'official who was briefed on the details.')
    assert all(q.speaker is None or q.speaker.name != "Xi Jinping" for q in quotes(text, indirect=True))


def test_an_occupation_before_a_name_is_a_role_not_part_of_the_name():
    text = 'Astronaut Christina Koch said the crew backed the decision. "Nobody wants to fly more," she said.'
    assert {(q.speaker.name, q.speaker.role) for q in quotes(text)} == {("Christina Koch", "Astronaut")}


def test_according_to_a_person_closing_a_sentence_is_their_reported_speech():
    text = ('The watch can now alert users to signs of high blood pressure, according to Sumbul Desai, '
            "the company's vice president of health.")
    q = quotes(text, indirect=True)[0]
    assert (q.kind, q.speaker.name, q.cue) == ("indirect", "Sumbul Desai", "according to")
    assert q.text == "The watch can now alert users to signs of high blood pressure"
    # not one inside the sentence: the account is the whole sentence, not its opening words
    text = ('At the heart of the trouble, according to Dennis B. Ross, another former envoy, was a '
            'decision by Mr. Obama to establish distance from Israel.')
    assert all(q.text != "At the heart of the trouble" for q in quotes(text, indirect=True))


@pytest.mark.parametrize("text, name, role, cue", [
    ("According to a Microsoft spokesperson, the first sites will be in Wales.",
     "a Microsoft spokesperson", None, "according to"),
    ("Per a Microsoft spokesperson, the first sites will be in Wales.", "a Microsoft spokesperson", None, "per"),
    ("According to Jane Smith, a spokeswoman, the first sites will be in Wales.", "Jane Smith", "spokeswoman",
     "according to"),
    ("According to Lorella Praeli, Clinton's Latino vote director, the first sites will be in Wales.",
     "Lorella Praeli", "Clinton's Latino vote director", "according to"),
    ("According to police, the first sites will be in Wales.", "police", None, "according to"),
    ("According to Jane Smith, who spoke on condition of anonymity, the first sites will be in Wales.",
     "Jane Smith", None, "according to"),
])
def test_according_to_a_person_opening_a_sentence_is_their_reported_speech(text, name, role, cue):
    q = quotes(text, indirect=True)[0]
    assert (q.kind, q.speaker.name, q.speaker.role, q.cue, q.text) == (
        "indirect", name, role, cue, "the first sites will be in Wales")


def test_according_to_a_document_or_a_firm_opening_a_sentence_is_no_one_s_speech():
    for text in ("According to the indictment, Holt wired the money to a bank in Cyprus.",
                 "According to Counterpoint Research, Apple shipped fewer phones last year.",
                 "Per capita income rose faster in the south than in the north."):
        assert quotes(text, indirect=True) == []
    # a firm's name ends in a word no person's does (a lower-case one is no name at all)
    assert [parse_np(t).kind for t in ("Counterpoint Research", "Capital Economics", "Moody's Analytics")] == [
        "organization"] * 3
    assert parse_np("Some advocates for stem cell research") is None


def test_a_newspaper_abroad_is_an_outlet_not_a_person():
    assert parse_np("Le Monde").kind == "organization"
    assert parse_np("Der Spiegel").kind == "organization"
    assert parse_np("Le Courrier Picard").kind == "organization"
    assert parse_np("Marine Le Pen").kind == "person"
    assert parse_np("Le Pen").kind == "person"


def test_the_person_an_outlet_quotes_as_saying_is_the_speaker():
    text = ('The Interfax news agency quoted Deputy Foreign Minister Sergei Ryabkov as saying Moscow was '
            '"open to dialogue, but not to ultimatums."')
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.role, q.cue) == ("Sergei Ryabkov", "Deputy Foreign Minister", "as saying")
    text = ('State news agency TASS cited an unnamed source in the Defence Ministry as saying Russian '
            'forces had taken another village.')
    q = quotes(text, indirect=True)[0]
    assert (q.kind, q.speaker.kind, q.text) == ("indirect", "anonymous", "Russian forces had taken another village")
    assert "TASS" not in q.speaker.name


def test_as_someone_puts_it_names_the_speaker():
    text = ('Skeptics remain. "It works for agencies," Sam Lowe, a consultant, told me.\n\n'
            'As Juliet Schor, the Boston College sociologist who has studied the trials, puts it: '
            '"The question is not whether every job can do this."')
    q = quotes(text)[-1]
    assert (q.speaker.name, q.cue) == ("Juliet Schor", "puts it")


def test_a_plural_subject_that_says_and_a_witness_who_testified_report_speech():
    found = {q.text: q for q in quotes(
        'Prosecutors say Brooks fired after an argument over a pool game. A developer who cooperated '
        'testified that he had handed Crowe envelopes of cash.', indirect=True)}
    assert found["Brooks fired after an argument over a pool game"].speaker.name == "Prosecutors"
    assert found["he had handed Crowe envelopes of cash"].cue == "testified"
    # not a subject inside a clause, nor a singular one: "the place Pentagon officials say ..."
    # and "when you say he has small hands" report nothing
    text = 'Scarborough Shoal is now the place Pentagon officials say the United States might take a stand.'
    assert quotes(text, indirect=True) == []
    text = ('Mrs. Clinton, who did not explicitly say that Mr. Sanders was unqualified, said on Wednesday '
            'that he had not done his homework.')
    q = quotes(text, indirect=True)[0]
    assert (q.speaker.name, q.text) == ("Clinton", "he had not done his homework")


def test_a_first_name_ending_in_ly_is_a_name_not_an_adverb():
    q = quotes('His spokesperson, Ally Peters, disagreed. "No," she said.')[0]
    assert (q.speaker.name, q.speaker.role) == ("Ally Peters", "spokesperson")


def test_a_role_of_lower_case_words_before_a_name_puts_that_person_in_focus():
    text = ('Ald. Jim Gardiner said he would try to block the permit.\n\n'
            "The city's commissioner of family and support services, Brandie Knazze, defended the choice. "
            '"We looked at 60 sites," she said.')
    q = quotes(text)[-1]
    assert (q.speaker.name, q.speaker.role) == ("Brandie Knazze", "city's commissioner of family and support services")
    assert quotes('"No," said Ald. Jim Gardiner.')[0].speaker.role == "Ald."
    assert parse_np("Det Supt John Smith").role == "Det Supt"


def test_a_passive_agent_after_a_quoted_name_is_no_speaker():
    text = ('The council voted to pay victims abused by the police unit known as the "Midnight Crew," '
            'directed by then-Cmdr. Jon Burge.')
    assert all(q.speaker is None or q.speaker.name != "Jon Burge" for q in quotes(text))


def test_a_message_from_someone_is_that_persons_words():
    q = quotes('An email from Clinton aide Huma Abedin read: "Call me now."')[0]
    assert (q.speaker.name, q.speaker.role) == ("Huma Abedin", "Clinton aide")
    q = quotes('A text message from a city manager to a council member in April read: "Keep this quiet."')[0]
    assert (q.speaker.name, q.speaker.kind, q.cue) == ("a city manager", "anonymous", "text message")
    assert parse_np("An email from a senior aide").name == "a senior aide"


def test_a_body_a_which_clause_follows_speaks_not_the_clauses_last_noun():
    text = ('Ticketmaster, which has faced criticism from fans and lawmakers, said in a statement that '
            'demand had been "unprecedented."')
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.kind) == ("Ticketmaster", "organization")


def test_a_name_after_an_appositives_object_names_that_object_not_the_speaker():
    text = ("Rep. Alexandria Ocasio-Cortez, a longtime critic of Ticketmaster's parent company, Live Nation, "
            'tweeted: "Daily reminder that Ticketmaster is a monopoly."')
    assert quotes(text)[0].speaker.name == "Alexandria Ocasio-Cortez"
    text = ("Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore "
            "Romano, said every pope was \u201cboth religious and political.\u201d")
    assert quotes(text)[0].speaker.name == "Giovanni Maria Vian"


def test_a_closing_tag_of_warning_or_noting_reports_the_sentence_before_it():
    text = ('Mining the deep ocean floor could wipe out species before scientists even know they exist, '
            'researchers warned on Wednesday.')
    q = quotes(text, indirect=True)[0]
    assert (q.speaker.name, q.cue) == ("researchers", "warned")
    assert q.text.startswith("Mining the deep ocean floor")
    # a pluperfect is no tag (in mid-sentence, a tag is cut out of the words: see below)
    text = 'Over 10 years, deficits would add up to $1.5 trillion more than the budget office had predicted.'
    assert quotes(text, indirect=True) == []


def test_some_leaders_are_not_the_pair_of_leaders_just_named():
    text = ('Paul Ryan and Donald Trump met on Thursday. Laying a marker about his ideology now could help '
            'clear that up, some GOP leaders argued.')
    assert quotes(text, indirect=True)[-1].speaker.name == "some GOP leaders"


def test_the_taoiseach_is_a_title():
    q = quotes('The Taoiseach, Micheál Martin, disagreed. "We are not going to hide behind the figures," he said.')[0]
    assert (q.speaker.name, q.speaker.role) == ("Micheál Martin", "Taoiseach")


def test_according_to_a_document_the_document_is_the_source_not_the_name_after_it():
    text = ('According to the indictment, Ryan Holt, 34, of Arlington, Virginia, photographed at least 40 '
            'pages of secret cables between 2023 and 2025.')
    q = extract_quotes(text, None, "unknown", statements=True)[0]
    assert (q.kind, q.speaker.name, q.cue) == ("statement", "the indictment", "according to")


def test_two_reports_in_one_sentence_are_two_rows_of_reported_speech():
    text = ("Israel's military said on Tuesday it had killed three senior militant commanders, while "
            "Palestinian health officials said more than 400 people had been killed.")
    found = quotes(text, indirect=True)
    assert [(q.speaker.name, q.text) for q in found] == [
        ("Israel's military", "it had killed three senior militant commanders"),
        ("Palestinian health officials", "more than 400 people had been killed")]
    assert found[0].sentence == found[1].sentence == text
    # a second clause that reports nothing leaves one report, of the whole sentence; whoever
    # spoke in it stays in focus
    text = ('Officials said the talks would resume on Monday, but Jane Smith said otherwise.\n\n'
            'She said the union was ready to walk out.')
    found = quotes(text, indirect=True)
    assert [(q.speaker.name, q.text) for q in found] == [
        ("Officials", "the talks would resume on Monday, but Jane Smith said otherwise"),
        ("Jane Smith", "the union was ready to walk out")]


def test_a_one_word_name_with_a_capital_inside_is_a_company():
    q = quotes('JPMorgan was more cautious, saying Chinese demand "remains the key risk."')[0]
    assert (q.speaker.name, q.speaker.kind) == ("JPMorgan", "organization")
    assert [parse_np(w).kind for w in ("BlackRock", "OpenAI", "McConnell", "DeShawn", "MacArthur", "QYour")] == [
        "organization", "organization", "person", "person", "person", "person"]


def test_a_span_of_time_opening_a_sentence_is_not_its_subject():
    text = ('Two years ago, Mayor Elena Ruiz made a bet. In her words, "it was either that or watch half '
            'our engineers leave."')
    assert quotes(text)[0].speaker.name == "Elena Ruiz"
    # ... while "A spokesman, John Smith, said" still opens on the spokesman
    q = quotes('A spokesman, John Smith, disagreed. "Nonsense," he said.')[0]
    assert q.speaker.name == "John Smith"


@pytest.mark.parametrize("opening", ["Every morning at five,", "Most nights,", "Each spring,", "Some days,"])
def test_a_habit_s_time_opening_a_sentence_is_not_its_subject(opening):
    text = (f"{opening} Ion Popescu pushes his wooden boat into the water. Nobody comes.\n\n"
            '"Now there are 41," he says.')
    assert quotes(text)[0].speaker.name == "Ion Popescu"


def test_in_his_telling_is_his_account():
    text = ('Councilman Darrell Hughes, who voted against the plan, now concedes it has worked. In his '
            'telling, the change "bought us time we didn\'t have."')
    q = quotes(text)[0]
    assert (q.speaker.name, q.cue) == ("Darrell Hughes", "telling")


def test_those_were_the_words_of_names_the_quotation_before():
    text = ('"We will not go back until the district puts a real offer on the table."\n\n'
            'Those were the words of union president Karen Lewis on Monday, as the strike entered its '
            'second week.')
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.role) == ("Karen Lewis", "union president")


def test_a_roles_message_is_that_roles_words():
    q = quotes('The mayor\'s message was blunt: "Get back in the classroom."')[0]
    assert (q.speaker.name, q.cue) == ("The mayor", "message")


def test_administrators_and_commissioners_are_people_who_speak_as_a_group():
    q = quotes('Hospital administrators say a new wing, due to open in 2027, will add 30 beds.', indirect=True)[0]
    assert (q.speaker.name, q.speaker.kind) == ("Hospital administrators", "group")


def test_a_state_legislator_keeps_state_in_the_role():
    text = ('Governor Tom Harris and his challenger, state Sen. Mike Dunn, clashed on Tuesday. '
            '"He has spent money like it\'s going out of style," Dunn said.')
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.role) == ("Mike Dunn", "state Sen.")


def test_a_spanish_name_s_first_surname_alone_is_that_person():
    text = ('Venezuelan opposition leader Edmundo Gonzalez Urrutia said he would return.\n\n'
            '"I will be there on January 10," Gonzalez told reporters.')
    assert {q.speaker.name for q in quotes(text, indirect=True)} == {"Edmundo Gonzalez Urrutia"}
    # never another person's surname, and two such mean neither
    text = ('Ana Gonzalez Ruiz and Luis Gonzalez Soto met on Monday.\n\n'
            'Sen. Tom Ruiz spoke later. "We are ready," Gonzalez told reporters.')
    assert quotes(text)[0].speaker.name not in ("Ana Gonzalez Ruiz", "Luis Gonzalez Soto")


def test_a_former_holder_of_a_kind_of_post_is_not_who_holds_a_post_of_that_kind_now():
    # "the top diplomat" is a foreign minister; "the former diplomat" is someone who was one
    text = ('Venezuelan opposition leader Edmundo Gonzalez Urrutia said he would return.\n\n'
            'The 75-year-old former diplomat fled to Spain in September. He said he had spoken '
            'with several leaders who had promised to go with him.\n\n'
            'Spanish Foreign Minister Jose Manuel Albares declined to comment.')
    assert quotes(text, indirect=True)[-1].speaker.name == "Edmundo Gonzalez Urrutia"


def test_a_relation_to_a_person_named_before_it_is_a_role():
    text = ('Linda Okafor and her business partner, Theresa Vang, bought the farm in 2019.\n\n'
            '"The state sold us a dream," Vang said.')
    assert quotes(text)[0].speaker.role == "business partner"
    # not a clause that names the relation: "was his uncle and his father, X"
    text = ('Bozell has ties to the movement. William Buckley was his uncle and his father, Brent Bozell, '
            'was a writer. "Yes, I support him," Brent Bozell III, founder of the center, said.')
    assert quotes(text)[0].speaker.role != "father"


@pytest.mark.parametrize("text, label, cue", [
    ("The man accused of killing three people in Boston said he was innocent of all charges.",
     "The man accused of killing three people in Boston", "said"),
    ("A former nurse convicted of poisoning patients at St. Mary Hospital told the court she had been framed.",
     "A former nurse convicted of poisoning patients at St. Mary Hospital", "told the court"),
    ("Witnesses told officers the car was traveling at high speed when it hit the boy.", "Witnesses", "told officers"),
])
def test_a_subject_described_by_a_charge_and_an_audience_of_officers(text, label, cue):
    q = quotes(text, indirect=True)[0]
    assert (q.kind, q.speaker.name, q.cue) == ("indirect", label, cue)


def test_accused_of_after_a_quotation_is_a_participle_not_the_cue():
    q = quotes('"I did not do it," the man accused of killing three people in Boston said.')[0]
    assert q.cue == "said" and q.speaker.name.lower() == "the man accused of killing three people in boston"


def test_the_rest_of_a_split_quotation_is_as_direct_as_its_start():
    found = quotes('"The economy," Cook said in a speech, "is neither accelerating nor slowing."')
    assert [q.kind for q in found] == ["direct", "direct"]
    # the rest of a phrase quoted inside a sentence stays partial
    found = quotes('She called it "a disgrace," and said, "it must end."')
    assert found[0].kind == "partial"


def test_one_of_a_group_and_an_unnamed_person_described_in_a_sentence_of_their_own():
    text = ('Three nurses worked the shift.\n\n'
            '"It was the worst night I have seen," said one of them, who asked not to be named.\n\n'
            'A second nurse described running between patients for 12 hours. "I did not eat," she said.\n\n'
            '"We were alone," said one of the nurses.')
    assert [q.speaker.name for q in quotes(text)] == ["one of them", "A second nurse", "one of the nurses"]
    # not someone who asks a person the text names: the answer is theirs
    text = ('Bernie Sanders toured the state. A reporter asked Sanders how he felt. '
            'He replied: "The bigger the turnout, the better I feel."')
    assert quotes(text)[0].speaker.name == "Bernie Sanders"


@pytest.mark.parametrize("subject,who", [
    ("Another speaker, a woman who had lived in a shelter for two years,", "Another speaker"),
    ("A woman who had lived in a shelter for two years", "A woman"),
])
def test_an_unnamed_subject_with_what_the_text_says_of_them_is_in_focus(subject, who):
    text = ('Council.\n\nAmanda Sawyer said the plan was "too costly".\n\n'
            f'{subject} urged members to approve the plan. "Give people a door that locks," she said.')
    assert [q.speaker.name for q in quotes(text)] == ["Amanda Sawyer", who]


def test_a_name_and_where_they_work_after_a_role_opening_a_sentence():
    text = ('The moderator, Brahm Resnik of KPNX-TV, struggled to keep time. '
            '"Your time is up," he said.')
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.role) == ("Brahm Resnik", "moderator")


def test_a_part_of_the_world_is_no_one():
    for region in ("the Middle East", "Latin America", "the West Bank", "South Asia", "Eastern Europe"):
        assert parse_np(region) is None
    text = ('Pope Leo called for an end to the wars in Ukraine and the Middle East, using his Christmas '
            'message to urge world leaders to "have the courage to choose peace."')
    assert quotes(text)[0].speaker.name == "Leo"


def test_an_institution_of_something_after_according_to_is_named_whole():
    text = ("The blaze had burned about 8,000 acres by evening, according to the California Department of "
            "Forestry and Fire Protection.")
    q = extract_quotes(text, None, "unknown", statements=True)[0]
    assert q.speaker.name == "California Department of Forestry and Fire Protection"


def test_a_couple_named_with_one_surname_are_two_people_of_that_name():
    text = ('When David and Ruth Feldman met in 1964, neither spoke the other\'s language.\n\n'
            '"I was watching her," David, 84, said.\n\n"He was terrible at picking oranges," Ruth said.')
    assert [q.speaker.name for q in quotes(text)] == ["David Feldman", "Ruth Feldman"]


@pytest.mark.parametrize("phrase", ["The family of Darnell Moore", "the parents of the victim",
                                    "Lawyers for the family", "attorneys for Clinton",
                                    # people of a place or a workplace: not the place, not a person
                                    "Residents of New Orleans", "Residents of Paiporta", "workers at the plant",
                                    "Voters in Iowa", "Members of Congress"])
def test_people_named_by_whom_they_stand_beside_or_where_they_are_are_a_group(phrase):
    np_ = parse_np(phrase)
    assert (np_.kind, np_.name) == ("group", phrase)
    assert parse_np(phrase + " called") is None  # (not a clause that runs on)


@pytest.mark.parametrize("phrase, name", [
    ("the United States and Saudi Arabia", "United States and Saudi Arabia"),
    ("the United States and Japan", "United States and Japan"),
    ("the Netherlands and Belgium", "Netherlands and Belgium"),
    ("Saudi Arabia and Iran", "Saudi Arabia and Iran"),
    ("Britain and the United States", "Britain and the United States"),
])
def test_two_nations_speak_together(phrase, name):
    assert (parse_np(phrase).kind, parse_np(phrase).name) == ("group", name)
    text = (f"The truce was signed on Saturday, {phrase} said in a joint statement.\n\n"
            '"The parties have committed to it," the statement said.')
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [name, name]


def test_a_role_held_somewhere_that_no_one_named_holds_is_an_unnamed_speaker():
    text = "Climate.\n\nThe world has two years left to act, the head of the United Nations climate body said."
    q = quotes(text, indirect=True)[0]
    assert (q.speaker.name, q.speaker.kind) == ("the head of the United Nations climate body", "anonymous")


def test_a_dutch_name_keeps_van_den():
    q = quotes('Farm.\n\n"They are taking away our future," FDF chairman Mark van den Oever told a rally.')[0]
    assert (q.speaker.name, q.speaker.role) == ("Mark van den Oever", "FDF chairman")


@pytest.mark.parametrize("body,name", [("The U.S. Treasury", "U.S. Treasury"), ("The Treasury", "Treasury")])
def test_the_treasury_is_a_body(body, name):
    q = quotes(f'Markets.\n\n{body} said the dollar was "fine".')[0]
    assert (q.speaker.name, q.speaker.kind) == (name, "organization")


def test_a_places_management_is_a_body():
    text = 'Stabbing.\n\nThe centre\'s management said in a statement it was "shocked and saddened".'
    assert (quotes(text)[0].speaker.name, quotes(text)[0].speaker.kind) == ("The centre's management", "organization")


@pytest.mark.parametrize("text, body", [
    ("Sisi spoke to Burhan by phone on Sunday, the Egyptian presidency said.", "the Egyptian presidency"),
    ('"The Queen is resting comfortably," Buckingham Palace said.', "Buckingham Palace"),
    ("The UN mission said the talks had collapsed.", "The UN mission"),
])
def test_a_presidency_a_palace_and_a_mission_are_bodies(text, body):
    q = quotes(text, indirect=True)[0]
    assert (q.speaker.name, q.speaker.kind) == (body, "organization")


@pytest.mark.parametrize("sentence, name, role", [
    ("One woman was killed in the town of Ramenskoye, according to the regional governor, Andrei Vorobyov.",
     "Andrei Vorobyov", "regional governor"),
    ("The steel plant is under intense pressure from Asian imports, said the company's chief executive, "
     "John J. Ferriola.", "John J. Ferriola", None),
])
def test_a_role_then_a_name_closing_the_sentence_is_the_named_person(sentence, name, role):
    q = quotes(sentence, indirect=True)[0]
    assert q.kind == "indirect" and q.speaker.name == name
    assert role is None or q.speaker.role == role
    # (a document is nobody's role: "according to the report, Ann Lee." is no report by Ann Lee)
    assert quotes("Two people died, according to the report, Ann Lee.", indirect=True) == []


def test_the_people_of_a_place_speak_as_a_group():
    text = "Residents of Paiporta, a town of 27,000 near Valencia, said the water rose in minutes."
    assert [(q.speaker.name, q.speaker.kind, q.text) for q in quotes(text, indirect=True)] == [
        ("Residents of Paiporta", "group", "the water rose in minutes")]


def test_a_family_speaks_through_a_participle():
    text = ('The family of Darnell Moore called on Monday for the release of the footage, saying they had '
            'been told "nothing" about how he died.')
    assert quotes(text)[0].speaker.name == "The family of Darnell Moore"


def test_verbs_that_report_a_clause_only_with_that():
    text = "The authors cautioned that the study did not show that microplastics cause harm."
    q = quotes(text, indirect=True)[0]
    assert (q.speaker.name, q.cue, q.text) == (
        "The authors", "cautioned", "the study did not show that microplastics cause harm")
    # not in a relative clause, whose sentence says something else
    text = ("The tax bill levied by the European Union, which contended that Ireland undertaxed the "
            "company, is a good example of money kept offshore.")
    assert quotes(text, indirect=True) == []


def test_a_sentence_in_parentheses_puts_its_subject_in_focus():
    text = ("Her son John gained attention in 1992 when a gay activist revealed that he was homosexual.\n\n"
            "(John Schlafly defended his mother and refused to repudiate Pat Robertson. \"Family values people\" "
            "are \"not out to bash gays,\" he said.)")
    assert quotes(text)[-1].speaker.name == "John Schlafly"


@pytest.mark.parametrize("tail", [", declining to say whether a hike in April was possible",
                                  ", according to a transcript published by the Kremlin",
                                  ", adding that the bank would act if needed"])
def test_the_speaker_s_own_participle_closing_a_report_is_not_what_was_said(tail):
    q = quotes(f"Governor Kazuo Ueda said the bank's next move would depend on data{tail}.", indirect=True)[0]
    assert q.text == "the bank's next move would depend on data"


def test_an_unnamed_person_after_an_opening_clause_is_in_focus():
    text = ('"When the flour does not come, people shout at us," said the owner, Khaled al-Bashir.\n\n'
            'As the sun rose, a boy of about 10 walked away from the counter with a stack of bread. '
            'Asked what he would do with it, he grinned. "Eat," he said.')
    assert quotes(text)[-1].speaker.name == "a boy of about 10"


def test_a_person_named_after_what_they_are_to_someone():
    assert parse_np("My friend and former colleague Tom Barker").name == "Tom Barker"
    assert parse_np("his longtime adviser Roger Stone").role == "longtime adviser"
    assert parse_np("her friend Jane Doe").role is None  # (a relation is no role others share)
    assert parse_np("his new book Fire and Fury") is None
    text = ('My friend Tom Barker put it to me bluntly a few years ago. "You cannot be serious about '
            'climate change and against nuclear," he said.')
    assert quotes(text)[0].speaker.name == "Tom Barker"


def test_a_one_word_name_that_speaks_of_itself_as_it_is_a_body():
    text = ('Twitter, now known as X, said last week that it would rehire some engineers. "We went too far," '
            'the company said in a post. Amazon said it had "no plans" for further layoffs this year.')
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text)] == [
        ("Twitter", "organization"), ("Amazon", "organization")]


@pytest.mark.parametrize("opening", ["Among them was", "One of those waiting was", "At the front stood"])
def test_an_inverted_sentence_puts_the_person_after_its_verb_in_focus(opening):
    text = ('Fiona McAllister accused the council of "balancing the books on the backs of children."\n\n'
            'Outside the town hall, around 200 protesters chanted.\n\n'
            f'{opening} Keisha Brown, a mother of two who uses the library every week.\n\n'
            '"My kids learned to read in that library," she said.')
    assert quotes(text)[-1].speaker.name == "Keisha Brown"


def test_that_followed_by_a_verb_is_the_subject_of_what_was_said():
    q = quotes("Campaigners said that was not good enough.", indirect=True)[0]
    assert q.text == "that was not good enough"
    q = quotes("Campaigners said that the council was not listening to them.", indirect=True)[0]
    assert q.text == "the council was not listening to them"


@pytest.mark.parametrize("who", ["campaigners", "opponents", "villagers", "passengers"])
def test_a_plural_of_people_after_but_reports_speech(who):
    q = quotes(f"The council offered volunteers, but {who} said the plan was not good enough.", indirect=True)[0]
    assert (q.speaker.name, q.speaker.kind, q.text) == (who, "group", "the plan was not good enough")


def test_an_interview_s_answers_under_the_interviewee_s_name_are_theirs():
    text = ("Dr. Amara Osei spent 15 years tracking outbreaks before becoming director of an institute in "
            "Geneva. She spoke to us about bird flu.\n\n"
            "Q: Are we better prepared than we were in 2020?\n\n"
            "Osei: In some ways, yes. We can make vaccines faster.\n\n"
            "Q: What should governments do now?\n\n"
            "Osei: Pay for surveillance. It is cheap compared with a pandemic.")
    got = [(q.speaker.name, q.cue, q.text) for q in extract_quotes(text, statements=True) if q.kind == "direct"]
    assert got == [("Amara Osei", "interview", "In some ways, yes. We can make vaccines faster."),
                   ("Amara Osei", "interview", "Pay for surveillance. It is cheap compared with a pandemic.")]
    # labels that are not one person's name the text gives in full are no answers
    other = text.replace("Osei: Pay", "Washington: Pay")
    assert [q.text for q in extract_quotes(other, statements=True) if q.cue == "interview"] == []


def test_a_nationality_that_smiled_and_said_is_the_person_in_focus():
    text = ("City manager Pep Guardiola had said last week that he wanted to keep the player.\n\n"
            'Asked whether the deal was done, the Spaniard smiled and said only: "Ask the president."')
    q = quotes(text)[-1]
    assert (q.text, q.speaker.name, q.cue) == ("Ask the president.", "Pep Guardiola", "said")


@pytest.mark.parametrize("medium", ["Spanish radio", "state television", "local radio", "French TV"])
def test_told_a_medium_then_a_clause_is_reported_speech(medium):
    q = quotes(f"Former captain Fernando Hierro told {medium} the club was spending too much on one player.",
               indirect=True)[0]
    assert (q.speaker.name, q.text) == ("Fernando Hierro", "the club was spending too much on one player")


@pytest.mark.parametrize("opening", ["Snelling himself did not address the calls.",
                                     "Snelling did not address the calls."])
def test_a_lone_surname_is_a_person_by_reflexive_or_by_a_title_the_text_gives_it(opening):
    text = ('"Superintendent Snelling has my full confidence," the mayor said. Alderman Raymond Lopez said '
            f'that was "the wrong answer."\n\n{opening} At a news conference, he said shootings had fallen.\n\n'
            '"We are not where we want to be," he said.')
    got = [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)[-2:]]
    assert got == [("Snelling", "Superintendent")] * 2


def test_a_lone_word_after_a_title_that_is_no_person_s_stays_a_word():
    text = ('The committee met in the White House. Core to the plan, Senator Jane Roe said, is "trust."\n\n'
            'Core supporters rallied. "We are ready," they said.')
    assert all(q.speaker is None or q.speaker.name != "Core" for q in quotes(text, indirect=True))


@pytest.mark.parametrize("where", ["the University of Bologna", "the Federal University of Rio Grande do Sul"])
def test_the_appositive_after_an_inverted_report_s_speaker_is_their_role(where):
    text = ("Warmer Atlantic waters are making extreme rain in southern Brazil more likely, said Francisco "
            f"Aquino, a climatologist at {where}.")
    q = quotes(text, indirect=True)[0]
    assert (q.kind, q.speaker.name, q.speaker.role) == ("indirect", "Francisco Aquino", f"climatologist at {where}")


@pytest.mark.parametrize("cue", ["warn", "argue", "insist"])
def test_a_present_verb_of_saying_with_that_reports_speech(cue):
    q = quotes(f"Scientists {cue} that the floods will not be the last.", indirect=True)[0]
    assert (q.speaker.name, q.cue, q.text) == ("Scientists", cue, "the floods will not be the last")


@pytest.mark.parametrize("sentence", [
    "While he is in good health, those around him acknowledge that a bid at age 78 seems improbable.",
    "His challenge is to acknowledge that the divides he hoped to bridge have only grown deeper.",
])
def test_a_present_cue_needs_a_subject_opening_its_clause(sentence):
    assert quotes("Bernie Sanders spoke in Vermont. " + sentence, indirect=True) == []


def test_a_second_report_after_and_with_an_appositive_is_its_speaker_s():
    text = ("The White House contends that it is still on track to meet those targets, and Brian Deese, the "
            "White House climate adviser, said his staff were preparing plans for the next president.")
    got = [(q.speaker.name, q.text) for q in quotes(text, indirect=True)]
    assert got == [("White House", "it is still on track to meet those targets"),
                   ("Brian Deese", "his staff were preparing plans for the next president")]


@pytest.mark.parametrize("sentence,who", [
    ("The protesters, some of them students, said they would return on Monday.", "The protesters"),
    ("His critics in Rome, many of them conservative Catholics, argue that Francis is a political pope.",
     "His critics in Rome"),
    ("Until the shutdown, most of them said they had loved working for Carrier.", "most of them"),
    ("Critics, many of them farmers, say the government ignored warnings for years.", "Critics"),
])
def test_an_aside_on_part_of_a_group_is_not_the_speaker(sentence, who):
    assert quotes(sentence, indirect=True)[0].speaker.name == who


def test_a_lead_about_a_hiker_is_hers_once_the_next_paragraph_names_her():
    text = ("A 16-year-old hiker who was lost for 10 days in a forest said on Thursday that she survived by "
            'drinking from streams.\n\n"I kept telling myself that somebody was looking for me," Maya Thompson '
            "told reporters.")
    got = [(q.kind, q.speaker.name) for q in quotes(text, indirect=True)]
    assert got == [("indirect", "Maya Thompson"), ("direct", "Maya Thompson")]


@pytest.mark.parametrize("adverb", ["only", "separately", "again"])
def test_an_adverb_between_said_and_that_is_not_what_was_said(adverb):
    q = quotes(f"A lawyer for the family said {adverb} that the family's focus was on her recovery.",
               indirect=True)[0]
    assert q.text == "the family's focus was on her recovery"


def test_a_school_district_is_a_body_that_speaks():
    q = quotes("The school district said in a statement that it would review its procedures for trips.",
               indirect=True)[0]
    assert (q.speaker.name, q.speaker.kind) == ("The school district", "organization")


def test_a_long_described_subject_after_a_dateline_is_the_lead_s_speaker():
    text = ("JOHANNESBURG (AFP) - A former South African energy minister charged with taking bribes worth 30 "
            "million rand said on Friday he was the victim of a political plot.\n\n"
            "Sipho Ndlovu, 58, was released on bail.\n\n"
            '"These charges are a lie," Ndlovu told supporters outside the court.')
    got = [(q.kind, q.speaker.name) for q in quotes(text, indirect=True)]
    assert got == [("indirect", "Sipho Ndlovu"), ("direct", "Sipho Ndlovu")]


def test_a_couple_named_after_what_they_are_is_who_they_are():
    text = ('Analysts said the warning was a bad sign.\n\nThe couple who founded the business in 1987, Tom and '
            'Anne Finch, no longer run it. "We built this company on quality," they told the Financial Times.')
    assert quotes(text)[-1].speaker.name == "Tom and Anne Finch"


def test_a_spelled_out_span_of_time_opens_a_sentence_about_its_subject():
    text = ("Thirty-seven years ago tonight, Klaus Meier was standing at Checkpoint Charlie.\n\n"
            '"Nobody knew what was happening. Then somebody said the border was open."')
    assert quotes(text)[0].speaker.name == "Klaus Meier"


def test_a_closing_with_x_saying_reports_their_words():
    text = ("Talks on a ceasefire stalled on Saturday, with mediators from Egypt and Saudi Arabia saying the two "
            "sides had failed to agree on a withdrawal.")
    q = quotes(text, indirect=True)[0]
    assert (q.speaker.name, q.cue, q.text) == ("mediators", "saying",
                                               "the two sides had failed to agree on a withdrawal")
    # (not a phrase that is more than its speakers: "with prices rising saying nothing")
    assert quotes("Markets fell, with the dollar saying little about what comes next.", indirect=True) == []


@pytest.mark.parametrize("role", ["head of research", "director of communications", "chief of staff"])
def test_a_role_that_heads_a_field_before_the_name_is_kept(role):
    text = f'"This is the result we had hoped for," Halvorsen\'s {role}, Dr. Ingrid Solberg, said in an interview.'
    assert quotes(text)[0].speaker.role == f"Halvorsen's {role}"


def test_a_nationality_before_a_name_is_not_part_of_it():
    assert parse_np("Italian Gabriele Nicola").name == "Gabriele Nicola"
    assert parse_np("Kenyan Ruth Chepngetich").name == "Ruth Chepngetich"
    text = ('"I felt strong," Ruth Chepngetich said.\n\nHer coach, Italian Gabriele Nicola, said she had '
            'trained at altitude. "We changed almost nothing," he said.')
    assert {q.speaker.name for q in quotes(text, indirect=True)[1:]} == {"Gabriele Nicola"}


def test_two_people_named_apart_speak_together():
    text = ('"This decision is flawed," the company\'s president of global affairs, Nick Clegg, and chief legal '
            "officer Jennifer Newstead said in a joint blog post.")
    assert quotes(text)[0].speaker.name == "Nick Clegg and Jennifer Newstead"
    # (an appositive after one name is not a second speaker)
    text = '"It is flawed," Nick Clegg, the company\'s president, said.'
    assert quotes(text)[0].speaker.name == "Nick Clegg"


@pytest.mark.parametrize("subject", [
    "Karen Lewis, a South Side community organizer, and her neighbor, Dwayne Hicks, both",
    "Karen Lewis, a community organizer, and Dwayne Hicks, 54,",
])
def test_two_people_each_with_an_appositive_speak_together(subject):
    text = (f'{subject} said they had seen fewer patrols. "I don\'t feel safe walking to the bus stop," she '
            "said. Hicks said he was more worried about the economy.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [
        "Karen Lewis and Dwayne Hicks", "Karen Lewis", "Dwayne Hicks"]
    # (a list that ends on a name is that name's: "Apples, pears, and Ann Lee")
    assert quotes("Apples, pears, and Ann Lee said it was fine.", indirect=True)[0].speaker.name == "Ann Lee"
    # (nor is a relative clause on the second an appositive: "who has pledged" is his alone)
    text = ("Carl Icahn has invited two guests: Tim Cook, the chief executive of Apple, one of his biggest "
            "holdings, and his friend Donald Trump, who has pledged to make Mr. Icahn secretary of the Treasury.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Donald Trump"]


def test_the_company_is_not_a_public_body_named_before():
    text = ("Ireland's Data Protection Commission on Monday fined a U.S. social media company 1.2 billion euros."
            "\n\nThe company said it would appeal the decision to the courts.")
    q = quotes(text, indirect=True)[0]
    assert (q.speaker.name, q.speaker.kind) == ("The company", "organization")
    text = ("Ireland's Data Protection Commission on Monday fined Meta Platforms 1.2 billion euros.\n\n"
            "Meta Platforms said it would appeal. The commission said the fine was fair to all.")
    assert quotes(text, indirect=True)[-1].speaker.name == "Ireland's Data Protection Commission"


@pytest.mark.parametrize("who", ["One nurse on the picket line in Leeds, who asked not to be named,",
                                 "A nurse on the picket line", "A nurse in Leeds", "One woman in the crowd"])
def test_an_unnamed_person_placed_somewhere_is_the_she_who_speaks_next(who):
    text = ("Health Secretary Steve Barclay said the demands were unaffordable.\n\n"
            f"{who} said she worked two jobs to pay her rent.\n\n\"I love this work,\" she said.")
    reported, direct = quotes(text, indirect=True)[1:]
    assert reported.speaker.kind == direct.speaker.kind == "anonymous"
    assert direct.speaker.name == reported.speaker.name
    # (a place after someone does not make them a group, nor a clause a place)
    assert parse_np("A nurse on the picket line").kind == "anonymous"
    assert parse_np("a man who stood on the line") is None
    assert parse_np("a rise in the price") is None


@pytest.mark.parametrize("sentence,who,words", [
    ("A federal court suspended the permit on Wednesday, saying the company had not consulted the communities.",
     "A federal court", "the company had not consulted the communities"),
    ("Donald Trump escalated his attacks on Saturday, saying in a tweet that more lawsuits would be filed.",
     "Donald Trump", "more lawsuits would be filed"),
    ("Republicans have blocked the measures for years, arguing that they infringe on the right to bear arms.",
     "Republicans", "they infringe on the right to bear arms"),
])
def test_what_the_subject_said_as_it_acted_is_reported_speech(sentence, who, words):
    q = quotes(sentence, indirect=True)[0]
    assert (q.speaker.name, q.text, q.kind) == (who, words, "indirect")
    assert sentence[q.start:q.end] == words


@pytest.mark.parametrize("sentence", [
    "The minister left the room on Tuesday, saying goodbye to his staff.",
    "He was fined last year for saying the judge was corrupt and biased.",
    "Protests spread across the country, with students saying little about what comes next.",
    "The minister hugged his family before saying they would meet again soon.",
])
def test_a_saying_that_reports_no_clause_of_the_subject_is_not_reported_speech(sentence):
    assert [q for q in quotes(sentence, indirect=True) if q.cue == "saying"] == []


def test_a_short_verb_is_not_a_title_before_a_name():
    assert parse_np("Democrats see Sanders") is None
    assert parse_np("Republicans hate Trump") is None
    assert parse_np("political scientist Jane Doe").role == "political scientist"
    text = ("Democrats see Sanders as an agent in Clinton's decline, arguing that his attacks have been aimed "
            "at her character.")
    assert quotes(text, indirect=True)[0].speaker.name == "Democrats"


@pytest.mark.parametrize("sentence,words", [
    ("The bigger risk, she said, is a clash caused by paramilitary ships.",
     "The bigger risk is a clash caused by paramilitary ships"),
    ("Still, she said, officials have to decide who gets extra scrutiny.",
     "Still, officials have to decide who gets extra scrutiny"),
    ("The allure of simplicity itself, Mr. Holt argued, is largely a chimera.",
     "The allure of simplicity itself is largely a chimera"),
    ("Many of the closures, Holt said on Monday, have involved public courses.",
     "Many of the closures have involved public courses"),
    # a tag in the present, and a verb in -s after it
    ("The catch, Holt says, barely feeds her family.", "The catch barely feeds her family"),
    ("These days, she says, the catch barely feeds her family.", "These days, the catch barely feeds her family"),
    ("These days, she said, the catch barely feeds her family.", "These days, the catch barely feeds her family"),
    ("The nickname, she explained, exists thanks to former Illinois Gov. Rod Blagojevich.",
     "The nickname exists thanks to former Illinois Gov. Rod Blagojevich"),
    # the comma before a clause stays, none comes before "that"
    ("In the end, she said, union voters almost always vote Democratic.",
     "In the end, union voters almost always vote Democratic"),
    ("It is no surprise, she said, that the plan failed so badly.", "It is no surprise that the plan failed so badly"),
])
def test_a_tag_in_mid_sentence_is_cut_out_of_what_was_said(sentence, words):
    text = "Jane Holt runs the agency. " + sentence
    q = quotes(text, indirect=True)[0]
    assert (q.speaker.name, q.text, q.kind) == ("Jane Holt", words, "indirect")
    assert text[q.start:q.end].startswith(words.split()[0]) and text[q.end - 1] != "."


@pytest.mark.parametrize("sentence,words", [
    # what comes after the tag is the speaker's act, not their words
    ("The plan will fail, Holt said, adding that nobody had asked her.", "The plan will fail"),
    ("The agency will take some time, Holt said, a hint of doubt in her voice.", "The agency will take some time"),
    ("The plan will fail, Holt said, as she left the building.", "The plan will fail"),
])
def test_what_follows_a_mid_sentence_tag_is_not_always_what_was_said(sentence, words):
    found = quotes("Jane Holt runs the agency. " + sentence, indirect=True)
    assert [q.text for q in found if q.kind == "indirect"] == [words]


@pytest.mark.parametrize("opening", ["On Saturday he", "On Saturday Mazon", "After the meeting he", "On Aug. 3 he"])
def test_an_opening_phrase_no_comma_closes_is_not_part_of_the_speaker(opening):
    text = ("Carlos Mazon said his government followed the protocols.\n\n"
            f'{opening} told reporters that "now is not the time for blame."')
    assert quotes(text)[-1].speaker.name == "Carlos Mazon"
    q = quotes(text.replace('"', ""), indirect=True)[-1]
    assert (q.speaker.name, q.text) == ("Carlos Mazon", "now is not the time for blame")


@pytest.mark.parametrize("subject", ["The Detroit automaker", "The automaker", "The company"])
def test_it_said_after_words_that_open_on_a_company_is_that_company(subject):
    text = ("DETROIT (Reuters) - General Motors Co on Tuesday cut its profit forecast, blaming a chip shortage."
            f"\n\nShares fell 4%.\n\n{subject} now expects operating profit of $9 billion, it said in a statement.")
    q = quotes(text, indirect=True)[-1]
    assert (q.speaker.name, q.cue) == ("General Motors Co", "said")
    assert q.text == f"{subject} now expects operating profit of $9 billion"
    text = text.replace(", it said in a statement.", ".") + " The Detroit automaker said it would keep its trucks."
    assert quotes(text, indirect=True)[-1].speaker.name == "General Motors Co"


def test_a_participle_after_a_rank_hangs_on_the_person_of_that_rank():
    text = ('Pope Francis spoke on Wednesday.\n\nThe pontiff, 88, also urged leaders to cancel the debts of '
            'poorer countries, calling them "a burden that crushes the poor."')
    assert quotes(text)[0].speaker.name == "Francis"


@pytest.mark.parametrize("phrase,role", [("rescue worker Mehmet Yilmaz", "rescue worker"),
                                         ("fire chief Tom Hall", "fire chief"),
                                         ("the aid worker Jan Egeland", "aid worker"),
                                         ("fire brigade spokesman Yannis Vathra", "fire brigade spokesman"),
                                         ("EU crisis management commissioner Janez Lenarcic",
                                          "EU crisis management commissioner"),
                                         ("Trump campaign manager Brad Parscale", "Trump campaign manager"),
                                         ("Human resources chief Michael Niggemann", "Human resources chief"),
                                         ("Clinton's top policy aide Jake Sullivan", "Clinton's top policy aide")])
def test_a_noun_before_a_role_noun_is_part_of_the_role(phrase, role):
    assert (parse_np(phrase).name, parse_np(phrase).role) == (" ".join(phrase.split()[-2:]), role)
    assert quotes(f'"She asked for her mother," said {phrase}.')[0].speaker.role == role


@pytest.mark.parametrize("phrase", ["Clinton beat senator Tom Lee", "research director for IHS Life Sciences",
                                    "Clinton hit rival Tom Lee", "acting political director of CREDO Action"])
def test_a_verb_or_a_preposition_before_a_role_is_no_title(phrase):
    np_ = parse_np(phrase)
    assert np_ is None or np_.name not in ("Tom Lee", "Life Sciences")


def test_the_company_is_not_the_regulator_that_reported_on_it():
    text = ("Drugmaker Pfizer Inc is recalling several lots of a blood pressure drug, the U.S. Food and Drug "
            "Administration said on Friday.\n\nThe company said it had not received any reports of adverse events.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["U.S. Food and Drug Administration", "Pfizer Inc"]


def test_the_company_is_the_one_that_spoke_and_a_short_name_is_its_full_one():
    text = ("Toyota Motor Corp said on Monday it would invest $8 billion in a battery plant.\n\n"
            "The investment will create 3,000 jobs, the company said.\n\n"
            "Toyota has been criticised by environmental groups. The automaker has argued that hybrids "
            "are a more practical way to cut emissions.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Toyota Motor Corp"] * 3


def test_she_after_someones_mother_is_the_mother():
    text = ("Tom Ashby was rescued on Tuesday.\n\nAshby's mother, speaking from her home in Leeds, said the family "
            'was "beyond relieved." "We never gave up hope," she told the BBC.')
    assert [q.speaker.name for q in quotes(text)] == ["Ashby's mother", "Ashby's mother"]


@pytest.mark.parametrize("then", ["Those were the first words of Tom Ashby, 34, when rescuers reached him.",
                                  "That was the message from Tom Ashby on Monday."])
def test_a_quotation_the_next_sentence_credits_is_that_persons(then):
    text = f'Rescuers reached the ledge on Tuesday.\n\n"I honestly thought I was going to die up there." {then}'
    assert quotes(text)[0].speaker.name == "Tom Ashby"


def test_it_after_a_countrys_ministry_is_that_ministry():
    text = ("BEIJING (Reuters) - China on Monday warned the United States.\n\nTaiwan's defence ministry thanked "
            'Washington. "The arms sale will help our forces maintain combat readiness," it said in a statement.')
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.kind) == ("Taiwan's defence ministry", "organization")


def test_a_portfolio_word_is_part_of_the_title_not_the_name():
    np_ = parse_np("Saudi Minister of State for Foreign Affairs Adel al-Jubeir")
    assert (np_.name, np_.role) == ("Adel al-Jubeir", "Saudi Minister of State for Foreign Affairs")


@pytest.mark.parametrize("tag", ['Djokovic, 36, told the BBC.', "said Djokovic, who has won the title seven times."])
def test_a_surname_speaks_for_the_full_name_given_in_passing(tag):
    text = f'Rain delayed the final, leaving Novak Djokovic waiting.\n\n"It is part of the game," {tag}'
    assert quotes(text)[0].speaker.name == "Novak Djokovic"


def test_a_name_word_may_have_a_capital_after_a_hyphen():
    text = ("Match.\n\nSaka scored, but Jean-Philippe Mateta headed in an equaliser.\n\n"
            'Mateta, who has scored in four games, said the team had "worked hard".')
    assert quotes(text)[0].speaker.name == "Jean-Philippe Mateta"


def test_an_organisations_name_with_to_may_head_a_title():
    np_ = parse_np("Ohio Right to Life President Mike Gonidakis")
    assert (np_.kind, np_.name) == ("person", "Mike Gonidakis")
    text = ("Its legal director, Freda Levenson, called the bill \"unconstitutional.\"\n\nOhio Right to Life President "
            'Mike Gonidakis praised the governor. In a statement, he said:\n\n"Today Ohio took a giant step."')
    assert quotes(text)[-1].speaker.name == "Mike Gonidakis"
    # (not a verb before "to": "Subscribe to POLITICO's Off Message" names no one)
    np_ = parse_np("Subscribe to POLITICO's Off Message")
    assert np_ is None or np_.kind != "person"


def test_an_organisation_named_round_of_after_several_words():
    np_ = parse_np("The American Civil Liberties Union of Ohio")
    assert (np_.kind, np_.name) == ("organization", "American Civil Liberties Union of Ohio")


@pytest.mark.parametrize("phrase,name", [("Chipmaker Nvidia", "Nvidia"), ("Rival Ford Motor Co", "Ford Motor Co"),
                                         ("Promoter Live Nation", "Live Nation")])
def test_a_company_named_after_its_trade_is_that_company(phrase, name):
    assert (parse_np(phrase).kind, parse_np(phrase).name) == ("organization", name)
    text = f'{phrase} said it supported her decision. "Her health comes first," the company said.'
    assert {q.speaker.name for q in quotes(text, indirect=True)} == {name}
    # (a title after the trade is a person's: "Bank Governor Andrew Bailey")
    assert parse_np("Bank Governor Andrew Bailey").name == "Andrew Bailey"


def test_telling_someone_that_reports_the_subjects_words():
    text = ("Portland's police chief, Chuck Lovell, on Monday defended his officers, telling city commissioners "
            "that officers had been attacked with rocks and fireworks.")
    q = quotes(text, indirect=True)[0]
    assert (q.speaker.name, q.text) == ("Chuck Lovell", "officers had been attacked with rocks and fireworks")


def test_they_say_opening_a_sentence_after_a_group_spoke():
    text = ("Protest organizers said the march had been peaceful. They say police fired tear gas at "
            "demonstrators without warning.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Protest organizers"] * 2
    # (not "they" inside a clause, whose subject is the sentence's)
    text = ("Protest organizers said the march had been peaceful. Proponents have urged Congress to act, "
            "although they say they support some of the changes.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Protest organizers"]


def test_according_to_a_name_and_a_role_without_an_article():
    text = "According to Omair Sharif, founder of Inflation Insights, core services prices are still rising fast."
    q = quotes(text, indirect=True)[0]
    assert (q.speaker.name, q.speaker.role, q.text) == (
        "Omair Sharif", "founder of Inflation Insights", "core services prices are still rising fast")


def test_reported_words_end_before_the_next_sentences_quotation():
    # (typewriter marks, '', are not read as quotation marks: see bench/RESULTS.md)
    text = ("Mr. Schmidt said he was building a new clubhouse and a pool. ''Without these adjustments, golf "
            "would be in desperate trouble,'' he said of the industry.")
    reports = [q for q in quotes(text, indirect=True) if q.kind == "indirect"]
    assert [q.text for q in reports] == ["he was building a new clubhouse and a pool"]
    assert text[reports[0].start:reports[0].end] == reports[0].text


@pytest.mark.parametrize("tail", ["in an interview.", "by telephone this week.", "in his office overlooking the bay."])
def test_where_someone_said_something_is_not_what_they_said(tail):
    assert [q for q in quotes(f"Jane Holt, the mayor, said {tail}", indirect=True) if q.kind == "indirect"] == []


def test_where_then_that_keeps_only_what_was_said():
    q = quotes("John Allen said on ABC's This Week on Sunday that the attacks endangered troops overseas.",
               indirect=True)[0]
    assert q.text == "the attacks endangered troops overseas"


def test_of_two_holding_a_role_the_role_means_the_one_in_focus_last():
    text = ("Sen. Maria Cantwell backed the measure. Sen. Patty Murray opposed it.\n\n"
            '"This bill gives our growers a chance," Cantwell said.\n\n"It will raise prices," Murray said.\n\n'
            "The senator said she had spoken to dozens of farmers who feared retaliation.")
    assert quotes(text, indirect=True)[-1].speaker.name == "Patty Murray"


def test_a_title_itself_before_one_held_somewhere():
    text = ("Dan Gross, president of the Brady Campaign, live tweeted as President Barack Obama spoke.\n\n"
            'An early tweet quoted the president as saying "we need to do something to prevent the next one!"')
    assert quotes(text)[-1].speaker.name == "Barack Obama"


def test_a_portfolio_tells_two_ministers_apart():
    text = ("Germany's finance minister Christian Lindner and economy minister Robert Habeck clashed on Tuesday.\n\n"
            '"We cannot spend money we do not have," the finance minister said.\n\n'
            '"This is the wrong moment to save," the economy minister said.')
    assert [q.speaker.name for q in quotes(text)] == ["Christian Lindner", "Robert Habeck"]
    assert quotes(text)[-1].speaker.role == "economy minister"


def test_one_of_the_women_is_one_person_who_may_be_she():
    text = ("Actor James Franco denied the allegations on Tuesday.\n\nOne of the women, who spoke on condition of "
            'anonymity, told Reuters the incidents happened in 2015. "I was 19. I did not know who to tell," she said.')
    found = quotes(text, indirect=True)
    assert [(q.speaker.name, q.speaker.kind) for q in found] == [("One of the women", "anonymous")] * 2


def test_a_nation_in_a_description_does_not_rule_out_someone_with_no_role():
    text = ("Harry Kane completed his move from Tottenham to Bayern Munich on Saturday.\n\n"
            '"It is a big moment for me and my family," the England captain told the club\'s channel.')
    assert (quotes(text)[0].speaker.name, quotes(text)[0].speaker.role) == ("Harry Kane", "England captain")
    # (a party still does: "the Texas Republican" is no Democrat; see _other_party)


@pytest.mark.parametrize("tag,role", [
    ('The Democratic Alliance leader said the result was "too close to call".', "Democratic Alliance leader"),
    ('"It is too close to call," said the Democratic Alliance leader.', "Democratic Alliance leader"),
    ('Santos spoke after the Democratic Alliance leader said it was "too close to call".', None),
])
def test_a_description_standing_for_someone_with_no_role_gives_them_one(tag, role):
    # (only as its tag's subject: a description further inside a sentence may be anyone's)
    q = quotes(f"Vote.\n\nLuis Montenegro did not concede on Monday. {tag}")[0]
    assert (q.speaker.name, q.speaker.role) == ("Luis Montenegro", role)


def test_a_state_s_party_member_is_a_description_found_like_an_office():
    assert (parse_np("the Connecticut Democrat").kind, parse_np("the Connecticut Democrat").head) == (
        "description", "democrat")
    assert parse_np("The New Hampshire Union Leader") is None or parse_np(
        "The New Hampshire Union Leader").kind != "description"  # (a newspaper)
    text = ('"I apologize," said Boeing chief executive Dave Calhoun.\n\nSenator Richard Blumenthal, who chairs the '
            'subcommittee, was unmoved. "You are here because Boeing broke its promise," the Connecticut Democrat said.')
    assert [(q.speaker.name, q.cue) for q in quotes(text)][-1] == ("Richard Blumenthal", "said")
    # the dash that closes an aside is no appositive's; a prosecutor is no party's member
    text = ("House Oversight Committee Chairman Jason Chaffetz (R-Utah) on Tuesday requested another inquiry.\n\n"
            "In the letter - addressed to the U.S. attorney for the District of Columbia, Channing D. Phillips - the "
            'Utah Republican asks whether "Secretary Clinton or her employees violated statutes."')
    assert quotes(text)[0].speaker.name == "Jason Chaffetz"
    text = ('Jason Chaffetz wrote to prosecutors.\n\nU.S. Attorney Channing Phillips received the letter on '
            'Tuesday. "Clinton violated statutes," the Utah Republican wrote.')
    assert quotes(text)[0].speaker.name == "Jason Chaffetz"


def test_an_acronym_is_no_relative_pronoun_in_a_role():
    text = '"This is a wake-up call," said Natasha Crowcroft, a senior technical adviser at the WHO.'
    assert quotes(text)[0].speaker.role == "senior technical adviser at the WHO"


def test_quotations_listed_one_to_a_line_after_someone_spoke_are_theirs():
    text = ("Instead, Donald Trump told CNN his policy would be tougher.\n\n"
            "What that means is left to voters, since Trump spoke only in bromides during the interview.\n\n"
            "\u201cWe have to do something.\u201d\n\u201cWe have to be a lot tougher.\u201d\n"
            "\u201cWe\u2019re not fighting it strongly enough.\u201d")
    assert [q.speaker.name for q in quotes(text)] == ["Donald Trump"] * 3
    # (nobody who spoke: nobody's)
    text = ("What that means is left to voters, since Trump was vague.\n\n"
            "\u201cWe have to do something.\u201d\n\u201cWe have to be a lot tougher.\u201d")
    assert [q.speaker for q in quotes(text)] == [None, None]


def test_an_unnamed_relative_opening_the_sentence_before_is_he_or_she():
    text = ('"We saved for two years," said Jennifer Walsh, 34. Her husband disagreed. "A little heat?" he '
            'said. "It is like an oven."')
    assert [q.speaker.name for q in quotes(text)] == ["Jennifer Walsh", "Jennifer Walsh's husband",
                                                     "Jennifer Walsh's husband"]
    # not when the pronoun is the other gender, nor when a name follows the relative
    text = '"We are going," said Jennifer Walsh. Her husband agreed. "Yes," she said.'
    assert [q.speaker.name for q in quotes(text)] == ["Jennifer Walsh", "Jennifer Walsh"]
    text = '"We are going," said Jennifer Walsh. Her husband, Vicente, was missing. "He went out," she said.'
    assert [q.speaker.name for q in quotes(text)] == ["Jennifer Walsh", "Jennifer Walsh"]


def test_tweeted_with_the_brand_s_capital_is_a_cue():
    text = ("The head of the super PAC, Mike Murphy, praised the donor.\n\n"
            '"Not us but can\'t argue with it!" Murphy, the head of Right to Rise USA, Tweeted on Friday.')
    assert [(q.speaker.name, q.cue) for q in quotes(text)] == [("Mike Murphy", "tweeted")]


def test_a_quotation_line_after_an_aside_is_the_last_speaker_named_before_it():
    body = ('"It was outrageous," she said.\n\nRichards also spoke about the case before the court. (The laws '
            "require doctors to hold admitting privileges. They also ban abortions after 20 weeks.)\n"
            "\u201cRoe v. Wade is the law of the land. But it is not a right if you cannot access it.\u201d\n"
            "And as Menendez pointed out, rulings have a lasting impact.")
    got = extract_quotes(body, None, "unknown", title="Cecile Richards: \u2018I\u2019m Sick Of It.\u2019")
    assert [q.speaker.name for q in got] == ["Cecile Richards", "Cecile Richards"]


def test_a_quotation_paragraph_after_a_sentence_of_he_is_his():
    text = ('Peter Dawson has farmed in Cumbria for 41 years.\n\n"It came over the wall at two," he said.\n\n'
            'He lost 60 ewes that night.\n\n"You don\'t forget a thing like that."')
    assert [q.speaker.name for q in quotes(text)] == ["Peter Dawson", "Peter Dawson"]
    # (not when "he" would be a man where only a woman is in focus)
    text = 'Eva Miller waited.\n\n"Thanks," she said.\n\nHe left.\n\n"Well, thank you so much."'
    assert quotes(text)[-1].speaker is None or quotes(text)[-1].speaker.name != "Eva Miller"


def test_his_wife_named_after_is_known_as_his_wife():
    text = ('Peter Dawson has farmed in Cumbria for 41 years.\n\n"It came over the wall," he said.\n\n'
            'His wife, Margaret, kept the accounts. "We\'ll manage," she said.')
    q = quotes(text)[-1]
    assert (q.speaker.name, q.speaker.role) == ("Margaret", "Peter Dawson's wife")


@pytest.mark.parametrize("sentence,who", [
    ("Reporters were told by Jane Holt, the mayor, that the bridge would reopen next week.", "Jane Holt"),
    ("Holt was told by officials that the bridge would reopen next week.", "officials"),
    ("According to a statement from the city council, the bridge will reopen next week.", "the city council"),
])
def test_the_agent_of_a_passive_tell_and_the_issuer_of_a_statement_speak(sentence, who):
    q = quotes(sentence, indirect=True)[0]
    assert (q.speaker.name, q.text) == (who, re.search(r"the bridge \w+ reopen next week", sentence).group())
    # (a body's data is no statement: "According to the Census Bureau, ..." stays the narrator's)
    assert quotes("According to the Census Bureau, the population grew by 2 percent.", indirect=True) == []


def test_whom_words_were_said_to_before_that_is_not_what_was_said():
    q = quotes("Peter Welch said to Vermont Edition that he planned to vote for Sanders in the primary.",
               indirect=True)[0]
    assert q.text == "he planned to vote for Sanders in the primary"
    # (an infinitive is no one said to: "vowed to stay in the primary through that contest")
    q = quotes("Bernie Sanders vowed to stay in the Democratic primary through that contest.", indirect=True)[0]
    assert q.text.startswith("to stay in the Democratic primary")


def test_a_long_appositive_of_two_descriptions_gives_the_first_as_the_role():
    text = ('Rachida Dati, the culture minister and a likely rival of the mayor in the next municipal election, '
            'called the plan "ideological."')
    assert quotes(text)[0].speaker.role == "culture minister"
    text = 'Ben Jealous, the former NAACP leader and a Sanders supporter, called it "a disgrace."'
    assert quotes(text)[0].speaker.role == "former NAACP leader and a Sanders supporter"


@pytest.mark.parametrize("body", ["The White Helmets", "the Red Devils"])
def test_a_plural_name_after_a_colour_is_a_body_not_a_titled_person(body):
    np_ = parse_np(body)
    assert (np_.kind, np_.name) == ("organization", body.split(None, 1)[1])
    text = f"{body[:1].upper() + body[1:]} said it had stopped searching for survivors."
    assert quotes(text, indirect=True)[0].speaker.name == body.split(None, 1)[1]


def test_an_office_is_not_given_to_the_last_speaker_who_holds_another():
    text = ('Marcus Bell was sentenced on Wednesday. "I am deeply ashamed," he told U.S. District Judge Lorna '
            'Schofield.\n\nSchofield said his crimes were "calculated and repeated."\n\nThe congressman, who has '
            'not been accused of wrongdoing, said he was "shocked and saddened" by the case.')
    assert [q.speaker.name for q in quotes(text)] == ["Marcus Bell", "Lorna Schofield", "The congressman"]


@pytest.mark.parametrize("said, other", [
    ('"We will not raise taxes," the mayor said.', "the mayor"),
    ('"The appeal has no merit," the prosecutor said.', "the prosecutor"),
    ('"She will make a full recovery," the doctor said.', "the doctor"),
])
def test_a_profession_is_not_given_to_the_last_speaker_who_has_another(said, other):
    text = f"His lawyer, Deborah Klein, said her client would appeal.\n\n{said}"
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Deborah Klein", other]
    # the same profession is the same person
    text = 'His lawyer, Deborah Klein, said her client would appeal.\n\n"We will win," the lawyer said.'
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Deborah Klein", "Deborah Klein"]


def test_a_coach_is_not_the_player_just_quoted():
    text = ('Knicks guard Jalen Brunson had 41 points. "That is on me," the guard said.\n\n'
            '"We gave it away," the coach said.')
    got = quotes(text)
    assert [(q.speaker.name, q.speaker.role) for q in got] == [("Jalen Brunson", "Knicks guard"), ("the coach", None)]


def test_an_office_goes_past_the_last_speaker_to_the_person_in_focus():
    text = ('Former Texas governor Rick Perry endorsed Cruz. "Ted is the leader that we need," Perry said.\n\n'
            'Marco Rubio stressed defense issues during an appearance in Iowa.\n\n'
            'The Florida senator told reporters he felt good, and "we\'ll see what it translates to."')
    assert quotes(text)[-1].speaker.name == "Marco Rubio"


@pytest.mark.parametrize("body", ["Amnesty International", "Transparency International Kenya", "Acme Holdings Ltd"])
def test_a_name_with_a_word_only_bodies_bear_is_an_organisation(body):
    assert parse_np(body).kind == "organization"


@pytest.mark.parametrize("opening,role", [
    ("Google said it would consider an appeal.", "general counsel of Google"),
    ("Amnesty International Kenya said two people had been shot dead.",
     "general counsel of Amnesty International Kenya"),
])
def test_a_role_in_the_company_the_text_is_about_names_the_company(opening, role):
    kind = "company" if opening.startswith("Google") else "group"
    text = f'{opening} "We respectfully disagree," Kent Walker, the {kind}\'s general counsel, said in a statement.'
    assert quotes(text)[0].speaker.role == role


def test_its_role_names_the_body_it_means_or_stands_alone():
    text = ('The White Helmets said it had stopped searching. "The window has closed," said its head, '
            'Raed al-Saleh.')
    assert quotes(text)[0].speaker.role == "head of White Helmets"
    text = '"The window has closed," said its chief executive officer, Raed al-Saleh.'
    assert quotes(text)[0].speaker.role == "chief executive officer"


def test_its_role_opening_a_sentence_names_the_body_just_named():
    text = ('The British Chambers of Commerce said its members were "deeply concerned". Its director general, '
            'Shevaun Haviland, said: "Firms are telling us they will cut hiring."')
    assert quotes(text)[-1].speaker.role == "director general of British Chambers of Commerce"


def test_its_role_names_a_party_whose_kind_ends_its_name():
    text = ('Vote.\n\nThe far-right Chega party more than doubled its share of the vote. Its founder, Andre Ventura, '
            'said: "From today, nobody governs Portugal without us."')
    assert quotes(text)[0].speaker.role == "founder of the far-right Chega party"


@pytest.mark.parametrize("pair,names", [
    ("Spanish Prime Minister Pedro Sanchez and his Moroccan counterpart Aziz Akhannouch",
     "Pedro Sanchez and Aziz Akhannouch"),
    ("Pedro Sanchez and his wife Begona Gomez", "Pedro Sanchez and Begona Gomez"),
])
def test_a_person_and_his_counterpart_named_speak_together(pair, names):
    assert (parse_np(pair).kind, parse_np(pair).name) == ("group", names)
    assert quotes(f'{pair} said the agreement marked "a new stage" in relations.')[0].speaker.name == names


@pytest.mark.parametrize("sentence,who,words", [
    ("Some warn that the plan could backfire if interest rates rise.", "Some",
     "the plan could backfire if interest rates rise"),
    ("Others say this is just a rough patch.", "Others", "this is just a rough patch"),
])
def test_an_unnamed_some_or_others_is_the_speaker_the_text_gives(sentence, who, words):
    q = quotes(sentence, indirect=True)[0]
    assert (q.speaker.name, q.speaker.kind, q.text) == (who, "group", words)


def test_what_some_call_a_thing_is_not_a_claim_by_some():
    text = 'Hillary Clinton wants to close what some call the "Charleston loophole," she said.'
    assert quotes(text)[0].speaker.name == "Hillary Clinton"


def test_its_maker_is_the_company_in_focus_or_stays_its_maker():
    text = ("The Boeing 737 Max was grounded worldwide in 2019 after two crashes. Its maker said on Tuesday that "
            "deliveries would resume next month.")
    q = quotes(text, indirect=True)[-1]
    assert (q.speaker.name, q.text) == ("Boeing", "deliveries would resume next month")
    q = quotes("A Taiwanese firm is recalling 1.2 million phone chargers, its maker said Friday.", indirect=True)[0]
    assert (q.speaker.name, q.speaker.kind) == ("its maker", "organization")


def test_it_after_a_one_word_company_with_a_which_clause_is_that_company():
    text = ("Walmart, which reported results a day earlier, raised its forecast. Its chief executive, Doug "
            "McMillon, said the retailer was gaining customers from higher-income households.")
    q = quotes(text, indirect=True)[-1]
    assert (q.speaker.name, q.speaker.role) == ("Doug McMillon", "chief executive of Walmart")


@pytest.mark.parametrize("who", ["Cycling advocates", "Striking workers"])
def test_people_a_word_in_ing_describes_are_a_subject_not_a_participle(who):
    q = quotes(f"{who} said the crash showed the need for protected bike lanes.", indirect=True)[0]
    assert (q.speaker.name, q.text) == (who, "the crash showed the need for protected bike lanes")


def test_someones_kin_named_by_first_name_has_that_kinship_as_role():
    text = ("The driver struck Daniel Ruiz, 58, on Saturday.\n\nRuiz's daughter, Elena, said her father had "
            'ridden the same route for 20 years. "He was careful," she said.')
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)] == [("Elena", "Ruiz's daughter")] * 2


@pytest.mark.parametrize("sentence,words", [
    ('Lufthansa called the walkout "completely unnecessary" and said it had made a generous offer.',
     "it had made a generous offer"),
    ('Lufthansa called the walkout "completely unnecessary," but said that talks could resume next week.',
     "talks could resume next week"),
    # after the quotation's own tag, a participle of saying
    ('"The walkout is completely unnecessary," Lufthansa said in a statement, adding that talks could resume soon.',
     "talks could resume soon"),
    ('"The walkout is unnecessary," said Lufthansa, noting that it had made a generous offer.',
     "it had made a generous offer"),
    ('"The walkout is unnecessary," Lufthansa said, but stressed that talks could resume soon.',
     "talks could resume soon"),
])
def test_what_a_speaker_said_after_their_quotation_in_the_sentence_is_reported(sentence, words):
    found = quotes(sentence, indirect=True)
    assert [(q.kind, q.speaker.name, q.text) for q in found][-1] == ("indirect", "Lufthansa", words)


def test_a_quotation_after_and_said_is_not_reported_twice():
    found = quotes('Lufthansa called it "unnecessary" and said "we made a generous offer."', indirect=True)
    assert [q.speaker.name for q in found] == ["Lufthansa", "Lufthansa"] and all(q.kind != "indirect" for q in found)


def test_the_source_is_the_unnamed_source_quoted_before_never_the_last_named_speaker():
    text = ("Ukrainian drones struck a refinery overnight, a source in Ukraine's SBU security service told "
            "Reuters.\n\nRussia's defence ministry said it had destroyed 18 drones.\n\nThe regional governor, "
            "Veniamin Kondratyev, said on Telegram that the fire had been put out.\n\n"
            '"Our strikes are fully legitimate," the SBU source said.')
    assert quotes(text)[-1].speaker.name == "a source in Ukraine's SBU security service"
    text = text.replace("a source in Ukraine's SBU security service told Reuters", "Reuters reported")
    assert quotes(text)[-1].speaker.name == "the SBU source"


def test_a_dash_byline_may_open_on_former_and_give_a_role_after_its_comma():
    text = ('Reactions to the verdict:\n\n"This is a sham trial." \u2014 former President Donald Trump\n\n'
            '"The system works." \u2014 Norm Eisen, former White House ethics czar')
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [
        ("Donald Trump", "former President"), ("Norm Eisen", "former White House ethics czar")]


@pytest.mark.parametrize("owner,body", [("Saudi Arabia", "energy ministry"), ("Toyota Motor Corp", "parent company")])
def test_its_ministry_after_words_opening_on_a_country_or_body_is_theirs(owner, body):
    text = f"{owner}, the group's largest member, will cut output by 500,000 units a day, its {body} said."
    assert quotes(text, indirect=True)[0].speaker.name == f"{owner}'s {body}"


def test_the_countrys_agency_after_words_opening_on_what_the_country_owns():
    text = "India's moon lander has found signs of water ice below the surface, the country's space agency said."
    assert quotes(text, indirect=True)[0].speaker.name == "India's space agency"


def test_warning_after_the_subjects_act_reports_what_they_warned():
    text = ("The government and business groups had opposed the plan, warning it would cost 4 billion francs a "
            "year and strain public finances.")
    q = quotes(text, indirect=True)[0]
    assert (q.speaker.name, q.cue, q.text) == (
        "The government and business groups", "warning", "it would cost 4 billion francs a year and strain public finances")
    assert quotes("The police fired warning shots, warning of more to come.", indirect=True) == []


def test_the_companys_role_opening_a_sentence_names_the_company():
    text = ("Google said it would appeal the fine.\n\nThe company's chief executive, Sundar Pichai, said the "
            "ruling was wrong and would hurt consumers.")
    assert quotes(text, indirect=True)[-1].speaker.role == "chief executive of Google"


@pytest.mark.parametrize("opening,role", [
    ("The Greens, whose votes the government needs, have not said how they will vote.", "leader of the Greens"),
    ("The Teamsters have endorsed no one.", "leader of the Teamsters"),
    ("The couple sued the city.", "leader"),
    ("Officials have endorsed no one.", "leader"),
    ("Tom Smith and Ann Smith sued the city. The Smiths lost.", "leader"),
])
def test_their_role_names_the_body_of_a_plural_name_just_named(opening, role):
    text = f'Vote.\n\n{opening} Their leader, Adam Bandt, told reporters it was "deeply concerning".'
    assert quotes(text)[0].speaker.role == role


def test_its_body_after_words_opening_on_a_plural_name_takes_an_apostrophe_alone():
    text = "The Netherlands, the bloc's largest producer, will cut output by 10%, its farm ministry said."
    assert quotes(text, indirect=True)[0].speaker.name == "The Netherlands' farm ministry"


@pytest.mark.parametrize("opening,group", [
    ("The three board members who voted no issued a joint statement after the meeting.", "The three board members"),
    ("Protesters marched on the capitol on Sunday.", "Protesters"),
    ("Parents who packed the gymnasium were furious.", "Parents"),
    ("The researchers, led by Dr. Eduardo Nilson of the Oswaldo Cruz Foundation, pooled data.", "The researchers"),
    ("The protesters, many of them students, marched to the palace.", "The protesters"),
])
def test_they_after_a_group_that_only_acted_is_that_group(opening, group):
    text = f'{opening} "A town without a school is a town without a future," they said.'
    assert quotes(text)[0].speaker.name == group


def test_what_a_group_did_or_a_pronoun_opening_a_sentence_is_no_group_for_they():
    text = ('The selection of delegates came after a hard weekend. "Focus your votes on this slate," they said.')
    assert quotes(text)[0].speaker is None
    text = 'Organizers dispute that account. They say police fired tear gas. "It was a trap," they said.'
    assert quotes(text)[0].speaker is None


@pytest.mark.parametrize("opening", [
    "Amy Klobuchar and John Thune wrote a letter to the agency.",
    "Two senators, Amy Klobuchar and John Thune, wrote a letter to the agency.",
    "Two senators from the Commerce Committee, Amy Klobuchar and John Thune, signed a letter to the agency.",
])
def test_they_after_two_named_people_who_acted_is_the_two(opening):
    text = f'{opening} "The public deserves answers," they wrote.'
    assert quotes(text)[0].speaker.name == "Amy Klobuchar and John Thune"


def test_a_list_of_three_names_is_no_pair_and_registers_no_owned_name():
    text = ("A panel of reporters led by MSNBC's Chris Matthews agreed Saturday that the plan is cheap.\n\n"
            "Instead, Matthews, MSNBC's Alex Seitz-Wald and Reuters' Luciana Lopez argued that the plan was naive.\n\n"
            '"Chris Matthews: Seriously, seriously about this. That sounds great."')
    assert quotes(text)[0].speaker.name == "Chris Matthews"


@pytest.mark.parametrize("text,cue,words", [
    ("Russia's defence ministry confirmed the exchange and said the servicemen were being taken to Belarus.",
     "said", "the servicemen were being taken to Belarus"),
    ("Foreign Minister Sergei Lavrov denied the report and added that talks would continue.",
     "added", "talks would continue"),
    ("The ministry announced it would cut jobs by June.", "announced", "it would cut jobs by June"),
])
def test_a_verb_with_an_object_gives_the_report_to_the_verb_joined_after_it(text, cue, words):
    q = quotes(text, indirect=True)[0]
    assert (q.cue, q.text) == (cue, words)


def test_a_group_and_where_it_is_is_no_speaker_when_a_clause_follows_the_place():
    text = 'Nurses in England have voted to strike after rejecting a pay offer their union called "insulting".'
    assert quotes(text)[0].speaker.name == "their union"
    for text, group in [
        ('Water managers in California\'s Central Valley said the cuts were "devastating".',
         "Water managers in California's Central Valley"),
        ("His critics in the United States, many of them conservative Catholics, argue that Francis is a "
         '"political pope".', "His critics in the United States")]:
        assert quotes(text)[0].speaker.name == group


@pytest.mark.parametrize("between,cue", [
    ("wrote on Telegram, posting pictures of the freed men.", "wrote"),
    ("said, referring to the prisoners.", "said"),
    ("wrote on Telegram, adding:", "adding"),
])
def test_a_participle_with_an_object_closing_a_sentence_is_no_cue_for_the_words_after(between, cue):
    text = f'"We are bringing our people home," President Volodymyr Zelenskiy {between} "Every one of them is a hero."'
    q = quotes(text)[1]
    assert (q.speaker.name, q.cue) == ("Volodymyr Zelenskiy", cue)


@pytest.mark.parametrize("tag,speaker,role", [
    ("said the bill's chief sponsor, Amy Klobuchar.", "Amy Klobuchar", "bill's chief sponsor"),
    ("said the sponsor, Amy Klobuchar.", "Amy Klobuchar", "sponsor"),
    ("said two senators, Amy Klobuchar and John Thune.", "Amy Klobuchar and John Thune", None),
    ("said the indictment, Ryan Holt.", "the indictment", None),
])
def test_a_name_after_what_they_are_in_a_closing_tag_speaks_whatever_the_noun(tag, speaker, role):
    q = quotes(f'"The public deserves answers," {tag}')[0]
    assert (q.speaker.name, q.speaker.role) == (speaker, role)


@pytest.mark.parametrize("lead,role", [("The bill's sponsor", "bill's sponsor"), ("Its co-author", "co-author"),
                                       ("The paper's publisher", "paper's publisher")])
def test_sponsors_authors_and_publishers_are_roles_before_a_name(lead, role):
    q = quotes(f'{lead}, Amy Klobuchar, said: "The public deserves answers."')[0]
    assert (q.speaker.name, q.speaker.role) == ("Amy Klobuchar", role)


def test_it_inside_and_after_the_sentence_a_body_opens_is_that_body():
    text = ('Venezuela\'s foreign ministry rejected what it called "threats and blackmail" in a statement late on '
            'Wednesday. "Venezuela is a sovereign nation and will not bow to pressure," it said.')
    assert [q.speaker.name for q in quotes(text)] == ["Venezuela's foreign ministry"] * 2


@pytest.mark.parametrize("sentence,role", [
    ("Sen. Josh Hawley pressed Meta's head of global safety, Antigone Davis, on internal research.",
     "Meta's head of global safety"),
    ("Hawley questioned the company's safety chief, Antigone Davis, for an hour.", "company's safety chief"),
    ("They had asserted that his aides never touched the reporter, Antigone Davis.", "reporter"),
])
def test_a_role_and_name_as_a_verbs_object_give_the_person_a_role(sentence, role):
    q = quotes(f'{sentence} Davis said the company had "invested billions" in safety tools.')[0]
    assert (q.speaker.name, q.speaker.role) == ("Antigone Davis", role)


@pytest.mark.parametrize("title", ["Co-leader", "Vice-President", "Acting-Director"])
def test_a_prefixed_title_before_a_name_is_the_role_not_part_of_the_name(title):
    q = quotes(f'{title} Franziska Brantner said her party would "not sign a blank cheque".')[0]
    assert (q.speaker.name, q.speaker.role) == ("Franziska Brantner", title)


def test_a_capitalised_name_a_which_clause_follows_is_a_body_that_speaks():
    text = ("The far-right Alternative for Germany, which came second in last month's election, said the plan "
            'amounted to "a massive debt spree" that future generations would have to pay for.')
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.kind) == ("Alternative for Germany", "organization")


@pytest.mark.parametrize("text,words", [
    ("Scientists say climate change is making heat waves longer.", "climate change is making heat waves longer"),
    ("Critics say gun violence has become an epidemic.", "gun violence has become an epidemic"),
])
def test_a_plural_subjects_say_before_a_two_word_subject_and_its_verb_reports(text, words):
    assert quotes(text, indirect=True)[0].text == words


def test_his_lawyer_after_a_sentence_about_him_is_whose_lawyer():
    text = ("A federal jury convicted former Paterson Mayor Rafael Ortiz of accepting bribes. Ortiz, 58, showed no "
            "emotion as the verdict was read. His lawyer, Henry Klein, said they would appeal.")
    q = quotes(text, indirect=True)[0]
    assert (q.speaker.name, q.speaker.role) == ("Henry Klein", "Rafael Ortiz's lawyer")
    # (no one in the sentence before: only what he is)
    text = '"I did nothing wrong," said Rafael Ortiz. His lawyer, Henry Klein, said they would appeal.'
    assert quotes(text, indirect=True)[1].speaker.role == "lawyer"


@pytest.mark.parametrize("agent", ["editor", "coach"])
def test_her_agent_after_her_quotation_is_hers(agent):
    text = ('Books.\n\n"Nobody needs me at 2 a.m.," Elena Vasquez says. "It is just me and the page."\n\n'
            f'Her {agent}, Tom Greaves, remembers chapters arriving at dawn. "I stopped being surprised," he says.')
    q = quotes(text)[-1]
    assert (q.speaker.name, q.speaker.role) == ("Tom Greaves", f"Elena Vasquez's {agent}")


@pytest.mark.parametrize("who", ["The head of one Seoul hospital, who asked not to be named,",
                                 "The director of a Seoul hospital"])
def test_the_head_of_one_of_many_is_someone_new_not_the_last_speaker(who):
    text = ('Doctors.\n\n"Patients are suffering," Cho said at a briefing.\n\n'
            f'{who} said his staff were exhausted. "We cannot keep going like this," he said.')
    got = [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)[1:]]
    assert got == [(who.split(",")[0], "anonymous")] * 2


def test_a_role_genders_by_what_it_is_not_by_whose_it_is():
    text = ("A Downing Street spokesperson said the prime minister had \"full confidence\" in Streeting.\n\n"
            "Sarah Woolnough, chief executive of the King's Fund think tank, said the numbers were worrying. "
            '"We have been warning about this for a decade," she said.')
    assert quotes(text)[-1].speaker.name == "Sarah Woolnough"
    assert guess_gender("Sarah", "chief executive of the King's Fund") == "f"
    assert guess_gender("Alex", "King") == "m"


def test_fr_before_a_name_is_a_title():
    q = quotes('"The party has left us," said Fr. Frank Pavone, national director of Priests for Life.')[0]
    assert q.speaker.name == "Frank Pavone"


@pytest.mark.parametrize("tag,role", [
    ("said Gil Luria, an analyst at D.A. Davidson.", "analyst at D.A. Davidson"),
    ("said Gil Luria, then an analyst at Bernstein.", "analyst at Bernstein"),
    ("said Michael Feroli, chief U.S. economist at JPMorgan.", "chief U.S. economist at JPMorgan"),
])
def test_an_initialism_closes_no_appositive(tag, role):
    assert quotes(f'"It is a sign of where the industry is heading," {tag}')[0].speaker.role == role


def test_an_initialism_ends_a_sentence_when_a_pronoun_opens_the_next():
    from claims.extract.spans import sentences
    text = "Cox says Obama is failing to stop attacks in the U.S. He says the plan is weak. U.S. President Joe Biden spoke."
    assert [text[a:b] for a, b in sentences(text)] == [
        "Cox says Obama is failing to stop attacks in the U.S.", "He says the plan is weak.",
        "U.S. President Joe Biden spoke."]
    found = quotes(f"Guns.\n\n{text}", indirect=True)
    assert [q.text for q in found] == ["Obama is failing to stop attacks in the U.S", "the plan is weak"]


def test_a_role_without_its_article_after_a_name_is_the_persons():
    text = ("The cuts were announced in a memo to staff from Beth Galetti, senior vice president of people "
            'experience and technology. "This generation of AI is the most transformative technology," Galetti wrote.')
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.role) == ("Beth Galetti", "senior vice president of people experience and technology")


@pytest.mark.parametrize("sentence,words", [
    ("Mayor Karen Bass unveiled a $1.2 billion plan she said would move every unsheltered person indoors.",
     "a $1.2 billion plan would move every unsheltered person indoors"),
    ("Bernie Sanders attacked an economic system that he said has favored the richest Americans.",
     "an economic system has favored the richest Americans"),
])
def test_a_report_in_a_relative_clause_is_of_the_thing_it_hangs_on(sentence, words):
    assert quotes(sentence, indirect=True)[0].text == words


def test_a_report_after_a_preposition_or_a_comma_keeps_only_its_own_words():
    text = "Donald Trump placed the Philippines on a list of countries he said had sent immigrants who plotted attacks."
    assert quotes(text, indirect=True)[0].text == "had sent immigrants who plotted attacks"


@pytest.mark.parametrize("agent", ["researchers at Imperial College London and the London School of Hygiene",
                                   "economists at Goldman Sachs"])
def test_a_document_by_people_and_where_they_work_speaks_for_them(agent):
    q = quotes(f"A study by {agent} estimated that tariffs would raise prices.", indirect=True)[0]
    assert (q.speaker.name, q.speaker.kind) == (agent, "group")


def test_a_name_after_a_title_the_parser_does_not_take_whole_is_in_focus():
    text = ('EU competition chief Teresa Ribera welcomed the ruling. "This judgment sends a clear signal," she said.\n\n'
            "Monique Goyens, director general of BEUC, said the decision was good.")
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.role) == ("Teresa Ribera", "EU competition chief")


@pytest.mark.parametrize("sentence,name,role", [
    ("Mark Carney was sworn in as Canada's prime minister on Friday.", "Mark Carney", "Canada's prime minister"),
    ("Dr. Amara Nwosu took over as chief scientist of the World Health Organization this month.", "Amara Nwosu",
     "chief scientist of the World Health Organization"),
    ("Jane Holt became chief executive in 2019.", "Jane Holt", "chief executive"),
])
def test_what_a_person_became_is_their_role(sentence, name, role):
    q = quotes(f'{sentence} "We will never give up," {name.split()[-1]} said.')[0]
    assert (q.speaker.name, q.speaker.role) == (name, role)


@pytest.mark.parametrize("sentence,speaker", [
    ('A former mayor was jailed for seven years, ending a case that prosecutors called "a betrayal."', "prosecutors"),
    ('The mayor was jailed in a case prosecutors called "a betrayal of every taxpayer."', "prosecutors"),
    ('The union walked out, rejecting an offer which the company called "generous."', "the company"),
    ('Trump left the summit early, skipping what his aides called "a waste of time."', "his aides"),
])
def test_who_named_a_thing_is_the_subject_of_the_clause_that_names_it(sentence, speaker):
    assert quotes(sentence)[0].speaker.name == speaker


@pytest.mark.parametrize("tail", ["engaging in what analysts described as age-old tactics",
                                  "reminding the hosts that Clinton has often denounced Bush"])
def test_a_clause_of_its_own_after_a_quotation_does_not_name_its_speaker(tail):
    text = f'Donald Trump has wondered whether the moderators will be "fair" to him, {tail}.'
    assert quotes(text)[0].speaker.name == "Donald Trump"


@pytest.mark.parametrize("text,name,role", [
    ('"Every day we bury children," said one doctor in Nyala, who gave only his first name, Ibrahim.',
     "Ibrahim", "doctor in Nyala"),
    ('"We have nothing left," said a mother of four who gave her name only as Fatima.', "Fatima", "mother of four"),
    ('"They took everything," said a fighter who identified himself only as Abu Ali.', "Abu Ali", "fighter"),
    ('A teacher who asked to be identified only by her first name, Olena, said: "The children are scared."',
     "Olena", "teacher"),
    ('One resident, who gave only his first name, Yusuf, said: "There has been no water for a week."',
     "Yusuf", "resident"),
    ('Another marcher, a retired engineer who gave his name only as Giorgi, said: "I know where this leads."',
     "Giorgi", "retired engineer"),
    ('A retired engineer who gave his name only as Giorgi said: "I know where this leads."', "Giorgi", "retired engineer"),
])
def test_someone_unnamed_who_gives_a_name_after_all_is_named_by_it(text, name, role):
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.kind, q.speaker.role) == (name, "person", role)


@pytest.mark.parametrize("who", ["a fighter", "one rebel militiaman", "an onlooker"])
def test_after_a_verb_of_saying_a_doer_the_lexicon_does_not_know_is_the_speaker(who):
    assert quotes(f'"We lost everything," said {who}.')[0].speaker.name == who


def test_when_after_a_verb_of_saying_is_no_speaker():
    assert all(q.speaker is None or "later" not in q.speaker.name
               for q in quotes('"It is over," said a week later.'))


@pytest.mark.parametrize("text,role", [
    ("Ahmed, a 34-year-old taxi driver, said he had not been paid in months.", "34-year-old taxi driver"),
    ("Ahmed, 34, a taxi driver, said he had not been paid in months.", "taxi driver"),
])
def test_a_first_name_alone_before_what_the_person_is_is_the_speaker(text, role):
    q = quotes(text, indirect=True)[0]
    assert (q.speaker.name, q.speaker.role) == ("Ahmed", role)


@pytest.mark.parametrize("closing,speaker", [
    ("according to two people familiar with the matter, who spoke on condition of anonymity",
     "two people familiar with the matter"),
    ("said three sources close to the company", "three sources close to the company"),
])
def test_a_report_closed_by_people_unnamed_is_theirs(closing, speaker):
    q = quotes(f"The cuts will mostly hit sales and support teams, {closing}.", indirect=True)[0]
    assert (q.speaker.name, q.text) == (speaker, "The cuts will mostly hit sales and support teams")


@pytest.mark.parametrize("body", ["Care Not Killing", "Save the Children", "Stop the Steal", "Everytown for Gun Safety"])
def test_a_body_named_by_a_phrase_is_no_person_with_a_title(body):
    q = quotes(f'{body} said the ruling was "a dark day."')[0]
    assert (q.speaker.name, q.speaker.kind) == (body, "organization")


def test_a_headline_in_capitals_run_on_to_a_name_is_not_a_body():
    np_ = parse_np("Second Amendment the Founding Fathers")
    assert np_ is None or np_.kind != "organization"


@pytest.mark.parametrize("second,name", [
    ('"We found out from a calendar invite," another said.', "another affected employee"),
    ("Another said her whole team of 14 had been let go.", "another affected employee"),
    ('"We are leaving," a third added.', "a third affected employee"),
])
def test_another_unnamed_speaker_is_one_more_of_the_last(second, name):
    text = f'Layoffs.\n\n"It\'s brutal," one affected employee told Reuters. {second}'
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["one affected employee", name]


def test_a_second_after_one_official_is_a_second_official_once():
    text = ('ECB.\n\nOne official said the debate had been "livelier than the statement suggests". '
            'A second said there was a "broad consensus" for June.')
    assert [q.speaker.name for q in quotes(text)] == ["One official", "a second official"]


@pytest.mark.parametrize("aside", ["", ", speaking on condition of anonymity because the talks were private,"])
def test_a_doer_the_lexicon_does_not_know_opening_a_sentence_is_its_speaker(aside):
    q = quotes(f'ECB.\n\nOne policymaker{aside} said the debate had been "livelier than the statement suggests".')[0]
    assert q.speaker is not None and q.speaker.name == "One policymaker"


def test_a_sentence_opening_but_is_no_part_of_an_unnamed_source():
    text = 'PSG did not comment. But a source close to the French club told AFP the move was "badly handled".'
    assert quotes(text)[0].speaker.name == "a source close to the French club"


def test_another_with_no_unnamed_speaker_before_is_no_one():
    text = 'Clinton\'s site is interactive. Another notes her summer job "sliming" fish.'
    assert all(q.speaker is None for q in quotes(text, indirect=True))


def test_a_doer_the_lexicon_does_not_know_closing_a_quotation_is_its_speaker():
    text = ('Other Netizens enjoyed what they saw. "Trump is very cute with a big mouth," one user wrote. '
            '"I hope he wins," another wrote.')
    assert [q.speaker.name for q in quotes(text)] == ["one user", "another user"]


def test_a_colon_after_any_verb_opens_the_subjects_words():
    text = 'Arsenal won.\n\nAsked about his plans, Mikel Arteta smiled: "Ask me in May."'
    assert [(q.speaker.name, q.text) for q in quotes(text)] == [("Mikel Arteta", "Ask me in May.")]


@pytest.mark.parametrize("titles,role", [("Governors", "Governor"), ("Reps.", "Rep.")])
def test_a_title_in_the_plural_is_each_named_persons(titles, role):
    text = f'Fed.\n\n{titles} Christopher Waller and Stephen Miran dissented. "I agree," Miran said.'
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.role) == ("Stephen Miran", role)


@pytest.mark.parametrize("act", ["but declined to give names", ", but he would not say how many",
                                 "and refused to name them"])
def test_what_the_speaker_did_besides_is_not_what_they_said(act):
    q = quotes(f"Boeing.\n\nOrtberg said several managers had been replaced {act}.".replace(" ,", ","), indirect=True)[0]
    assert q.text == "several managers had been replaced"


def test_a_refusal_inside_what_was_said_stays():
    text = ("Republicans said they support vouchers, but they wouldn't advocate for them on the federal level, "
            "because those decisions should be left to states.")
    assert "wouldn't advocate" in quotes(text, indirect=True)[0].text


@pytest.mark.parametrize("thing", ["a placard reading", "a banner that read", "T-shirts emblazoned with"])
def test_words_written_on_a_thing_are_no_ones_quotation(thing):
    text = f'"Nobody wants to be here," said Jo Peters, a nurse, standing on a picket line with {thing} "Safe staffing saves lives."'
    assert [q.text for q in quotes(text)] == ["Nobody wants to be here,"]


def test_whose_lawyer_across_a_sentence_about_her_by_pronoun():
    text = ('Fraud.\n\nPriya Raman told investors the company had contracts. In one email, she wrote: '
            '"We\'re crushing it."\n\nHer attorney, John Keker, said in a statement that Raman would fight the charges.')
    q = quotes(text, indirect=True)[-1]
    assert (q.speaker.name, q.speaker.role) == ("John Keker", "Priya Raman's attorney")


@pytest.mark.parametrize("text,speaker", [
    ('Marcus Bell toured with Ahmad Jamal. Within two years he was touring with Jamal, who once described him as '
     '"the best young player I ever heard."', "Ahmad Jamal"),
    ('Contrast that with Donald Trump, who has called the pact "insanity."', "Donald Trump"),
])
def test_who_a_relative_pronoun_stands_for_speaks_in_its_clause(text, speaker):
    assert quotes(text)[0].speaker.name == speaker


def test_a_relative_clause_after_a_quotation_is_about_words_after_it():
    text = ('Hillary Clinton slammed candidates who would outsource leadership to "dictators" and followed up '
            'with an attack on Donald Trump, who has said he wants to be neutral.')
    assert quotes(text)[0].speaker.name == "Hillary Clinton"


def test_a_place_before_who_is_not_who_spoke():
    text = ('"I am going to vote in this primary for Bernie," said Nicky Driscoll, 24, from Manchester, who said '
            'Sanders is best suited to get corporate money out of government.')
    assert {q.speaker.name for q in quotes(text, indirect=True)} == {"Nicky Driscoll"}


def test_a_relative_named_as_an_object_is_whose_relative():
    text = ("Obit.\n\nMarcus Bell, a jazz pianist, died on Tuesday. He was 78.\n\n"
            "His death was confirmed by his son, David, who said the cause was pneumonia.\n\n"
            '"He never stopped practicing," David Bell said.')
    assert {(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)} == {("David Bell", "Marcus Bell's son")}


def test_a_surname_with_the_arabic_article_is_the_surname_without_it():
    text = ('Syria.\n\nSyria\'s interim President Ahmed al-Sharaa spoke on Thursday. "Holding elections requires a census," '
            'Sharaa said.')
    assert quotes(text)[0].speaker.name == "Ahmed al-Sharaa"


def test_who_carried_a_report_set_off_inside_it_is_not_what_was_said():
    text = ("Syria's interim President Ahmed al-Sharaa said on Thursday that elections could take up to four years "
            "to organise, state news agency SANA reported, as the country's new rulers seek to rebuild.")
    assert quotes(text, indirect=True)[0].text == "elections could take up to four years to organise"


def test_a_title_running_through_for_before_an_unknown_first_name():
    text = ('Saudi.\n\nSaudi Minister of State for Foreign Affairs Adel al-Jubeir told Fox News he had not heard it. '
            '"We have moved past that," al-Jubeir said.')
    q = quotes(text)[0]
    assert (q.speaker.name, q.speaker.role) == ("Adel al-Jubeir", "Saudi Minister of State for Foreign Affairs")


AMAZON_STRIKE = ("Amazon.\n\nWorkers at seven Amazon warehouses went on strike, the Verdi union said. "
                 "An Amazon spokesperson said the strikes would have no impact on deliveries.\n\n"
                 "Verdi has called repeatedly for Amazon to sign a collective agreement. The company has refused, "
                 "saying it already pays at the upper end of the industry.")


def test_the_company_is_not_a_union_that_opened_the_sentence_before():
    q = quotes(AMAZON_STRIKE, indirect=True)[-1]
    assert (q.speaker.name, q.speaker.kind) == ("Amazon", "organization")


def test_a_second_verb_of_saying_reports_its_own_words():
    text = ("The India Meteorological Department said the heat wave would ease slightly by the weekend but warned "
            "that temperatures would stay above 45 degrees in much of the north.")
    assert [(q.cue, q.text) for q in quotes(text, indirect=True)] == [
        ("said", "the heat wave would ease slightly by the weekend"),
        ("warned", "temperatures would stay above 45 degrees in much of the north")]


def test_a_cue_word_after_a_preposition_is_a_noun():
    text = ('Rent.\n\n"I own two units," said Denise Walker, 67, who spoke during public comment. '
            '"This will force me to sell."')
    assert [q.cue for q in quotes(text)] == ["said", "said"]


@pytest.mark.parametrize("clause,role", [
    ("who leads the lab's inertial fusion energy initiative", "head of the lab's inertial fusion energy initiative"),
    ("who chairs the political science department", "chair of the political science department"),
])
def test_what_someone_leads_is_their_role(clause, role):
    q = quotes(f'"Each shot teaches us something new," said Tammy Ma, {clause}.')[0]
    assert (q.speaker.name, q.speaker.role) == ("Tammy Ma", role)


@pytest.mark.parametrize("after,words", [
    ("that approach would worsen wildfires", "that approach would worsen wildfires"),
    ("that plans would worsen wildfires", "plans would worsen wildfires"),
])
def test_that_pointing_at_a_thing_named_before_stays_in_the_words(after, words):
    assert quotes(f"Weiser said {after}.", indirect=True)[0].text == words


def test_a_kind_of_business_before_a_first_name_is_a_role():
    assert parse_np("developer Jane").kind == "person"


@pytest.mark.parametrize("owner,role", [("UNICEF's", "UNICEF"), ("Amnesty International's", "Amnesty International")])
def test_the_body_that_owns_a_name_met_before_a_quote_is_the_role(owner, role):
    text = (f"Measles.\n\n{owner} Regina De Dominicis urged governments to fund outreach. "
            '"Every child missed is a door left open," she said.')
    assert (quotes(text)[0].speaker.name, quotes(text)[0].speaker.role) == ("Regina De Dominicis", role)


def test_a_fuller_role_later_replaces_the_body_that_owned_the_name():
    text = ("Stein.\n\nClinton faces the Green Party's Jill Stein. Supporters cheered Green Party candidate "
            'Jill Stein. "We will not back down," Stein said.')
    assert quotes(text)[0].speaker.role == "Green Party candidate"


def test_a_company_named_by_a_trade_word_is_no_person():
    text = ("Chips.\n\nTexas Instruments said on Tuesday that sales fell sharply in the quarter. "
            "The company also said it would cut 400 jobs.")
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [
        ("Texas Instruments", "organization")] * 2


def test_the_company_is_the_one_whose_shares_the_story_opened_on():
    text = ("Chips.\n\nShares of Advanced Micro Devices fell 7% in extended trading on Tuesday.\n\n"
            '"The AI story is intact," said Stacy Rasgon, an analyst.\n\n"Investors wanted more," he said.\n\n'
            "Another analyst called the guidance cautious.\n\n"
            "The company expects revenue of about $5.4 billion for the quarter, it said in a statement.")
    assert quotes(text, indirect=True)[-1].speaker.name == "Advanced Micro Devices"


def test_the_company_is_not_one_named_before_another_body():
    text = ("Crash.\n\nShares of EgyptAir fell on Friday.\n\nSupre worked as finance director at Vanguard "
            "Logistics Services in Belgium. The company confirmed he was a passenger on the plane, it said.")
    assert quotes(text, indirect=True)[-1].speaker.name != "EgyptAir"


def test_a_quotation_before_an_inverted_tag_is_not_part_of_the_role_after_it():
    for role in ("minister", "regional prefect"):
        q = quotes(f'Fire.\n\n"The fire is not under control," the {role}, Georges Leclerc, told BFM TV.')[0]
        assert (q.speaker.name, q.speaker.role) == ("Georges Leclerc", role)


def test_a_scare_quoted_word_in_a_role_is_kept_as_written():
    text = 'Obit.\n\nPeter Santilli, a self-styled "new-media" journalist, filmed the standoff. "We will stay," he said.'
    assert quotes(text)[-1].speaker.role == 'self-styled "new-media" journalist'


@pytest.mark.parametrize("tag,speaker", [("researchers reported Thursday", "researchers"),
                                         ("the statistics office reported on Tuesday", "the statistics office")])
def test_a_closing_reported_tag_reports_the_clause(tag, speaker):
    q = quotes(f"Vax.\n\nPrices rose 3% in March from a year earlier, {tag}.", indirect=True)
    assert [(x.speaker.name, x.text) for x in q] == [(speaker, "Prices rose 3% in March from a year earlier")]


def test_a_newsroom_reporting_a_quotation_is_not_its_speaker():
    text = "Bezos.\n\nHe said he was ''very comfortable with all of Amazon's approaches,'' The Post reported."
    assert all(q.speaker is None or q.speaker.name != "Post" for q in quotes(text, indirect=True))


def test_father_before_a_priests_name_gives_way_to_what_he_is():
    text = ("Funeral.\n\nThe parish priest, Father Martin Boyle, told mourners that the community would "
            "carry the families through the months ahead.")
    assert quotes(text, indirect=True)[0].speaker.role == "parish priest"


def test_a_father_named_after_his_relation_keeps_it():
    text = ("Hunter.\n\nHis father, Duncan Hunter Sr., who once represented the district, backed Trump. "
            '"He is a fighter," the elder Hunter said.')
    assert quotes(text)[0].speaker.role == "father"


@pytest.mark.parametrize("sentence", [
    "The European Central Bank left rates unchanged on Thursday but signalled that it could cut them in the autumn.",
    "The European Central Bank signaled on Thursday that it could cut them in the autumn.",
])
def test_what_a_body_signalled_is_reported(sentence):
    q = quotes(f"Bank.\n\n{sentence}", indirect=True)
    assert [(x.speaker.name, x.text) for x in q] == [("European Central Bank", "it could cut them in the autumn")]


def test_a_that_only_verb_may_take_its_day_before_that():
    q = quotes("Jobs.\n\nThe company disclosed on Thursday that it could begin cutting jobs in the autumn.", indirect=True)
    assert [x.text for x in q] == ["it could begin cutting jobs in the autumn"]


@pytest.mark.parametrize("sentence,words", [
    ("The two governments pledged on Wednesday to cut methane emissions by 30% by 2030, in a joint statement "
     "issued after talks.", "to cut methane emissions by 30% by 2030"),
    ("Ishiba pledged to revitalise regional economies, in his first policy speech to parliament.",
     "to revitalise regional economies"),
])
def test_where_reported_words_were_given_is_not_part_of_them(sentence, words):
    q = quotes(f"Climate.\n\n{sentence}", indirect=True)
    assert [x.text for x in q] == [words]


@pytest.mark.parametrize("before,phrase,role", [
    ("EU climate commissioner Wopke Hoekstra said the bloc would publish rules on leaks.", "His U.S. counterpart",
     "Wopke Hoekstra's U.S. counterpart"),
    ("Lt. Gen. Abdel Fattah al-Burhan, the army chief, said the army would respect the truce.", "His rival",
     "Abdel Fattah al-Burhan's rival"),
])
def test_a_peer_named_after_his_or_her_is_the_peer_of_whom_the_sentence_before_is_about(before, phrase, role):
    text = f"Talks.\n\n{before} {phrase}, John Podesta, said the other side would enforce a new fee on emissions."
    assert quotes(text, indirect=True)[-1].speaker.role == role


def test_what_a_peer_does_replaces_whose_peer_he_is():
    text = ("Vote.\n\nSocialist leader Pedro Nuno Santos claimed victory. His rival, Luis Montenegro, did not concede. "
            'The Democratic Alliance leader said the result was "too close to call."')
    assert quotes(text)[-1].speaker.role == "Democratic Alliance leader"


@pytest.mark.parametrize("who", ["a spokesperson for the company", "a company spokesperson"])
def test_a_spokesperson_for_the_company_speaks_for_the_company_the_text_means(who):
    text = f'Data.\n\nTikTok said it disagreed with the decision. "It is no longer relevant," {who} said.'
    assert quotes(text)[0].speaker.name == "a spokesperson for TikTok"


def test_a_spokesperson_for_an_unnamed_body_stays_as_written():
    text = 'Data.\n\nThe ministry said it disagreed with the decision. "It is no longer relevant," a ministry spokesperson said.'
    assert quotes(text)[0].speaker.name == "a ministry spokesperson"


@pytest.mark.parametrize("before,one", [
    ("Not all elders approve.", "One, who asked not to be named because of tensions in the community,"),
    ("Several elders objected.", "One"),
])
def test_a_bare_one_is_one_of_the_people_the_sentence_before_opens_on(before, one):
    text = f"Language.\n\n{before} {one} said some words were meant to be spoken only in ceremony."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["one of the elders"]


@pytest.mark.parametrize("before,one", [
    ("The reforms passed.", "One"),
    ("Both candidates answered the union questionnaire.", "One sweeping question"),
])
def test_a_one_that_counts_no_people_is_no_speaker(before, one):
    text = f'Language.\n\n{before} {one} asked whether they would "actively work to preserve the bargaining rights of workers."'
    assert all(q.speaker is None or not q.speaker.name.startswith("one of") for q in quotes(text, indirect=True))


@pytest.mark.parametrize("house", ["the House of Commons", "the House of Representatives"])
def test_what_someone_told_a_house_of_parliament_is_reported(house):
    q = quotes(f"Welfare.\n\nMr Starmer told {house} the reforms would help people back into work.", indirect=True)
    assert [(x.speaker.name, x.text) for x in q] == [("Starmer", "the reforms would help people back into work")]


def test_a_thing_and_then_people_are_no_group_of_speakers():
    text = ("Rent.\n\nThe council voted to cap rent increases at 3%, a move tenant groups hailed as a lifeline "
            "and landlords warned would choke new construction.")
    assert all(q.speaker is None or "lifeline" not in q.speaker.name for q in quotes(text, indirect=True))
    assert parse_np("a lifeline and landlords") is None
    assert parse_np("current and former officials").kind == "group"


def test_its_spokesman_speaks_for_the_body():
    text = ('Rent.\n\nThe California Apartment Association called the vote "a mistake." Its spokesman, Mike Ryan, '
            "said several projects were already on hold.")
    assert quotes(text, indirect=True)[-1].speaker.role == "spokesman for California Apartment Association"


@pytest.mark.parametrize("verb", ["wrote on social media", "posted on social media", "posted on X"])
def test_what_someone_posted_that_is_reported(verb):
    q = quotes(f"Air.\n\nButtigieg {verb} that airlines must provide meals when delays are their fault.", indirect=True)
    assert [x.text for x in q] == ["airlines must provide meals when delays are their fault"]


def test_a_post_that_shows_something_is_no_report():
    assert quotes("Air.\n\nButtigieg posted a video that showed airlines must provide meals.", indirect=True) == []


def test_people_named_by_what_they_do_are_not_the_company():
    text = ("Mine.\n\nRescuers were racing on Friday to reach 13 miners trapped underground after a tunnel "
            "collapsed, the company said.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["the company"]


@pytest.mark.parametrize("who,speaker", [("Sam Cole", "Sam Cole"), ("His friend", "His friend"),
                                         ("Another student", "Another student")])
def test_someone_who_disagreed_before_a_colon_speaks_the_quotation(who, speaker):
    text = f'School.\n\n"Honestly, it might help," said junior Eli Brooks, 16. {who} disagreed: "It should be our choice."'
    assert [q.speaker.name for q in quotes(text)] == ["Eli Brooks", speaker]


def test_his_office_is_the_office_of_the_one_man_its_sentence_names():
    text = ("Turkey.\n\nTurkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday, his office said, days "
            "before he was expected to be named a candidate.")
    assert quotes(text, indirect=True)[0].speaker.name == "Ekrem Imamoglu's office"


@pytest.mark.parametrize("joint", ["adding", "noting", "but warned"])
def test_a_second_verb_of_saying_reports_its_own_clause(joint):
    text = f"Flood.\n\nMarkus Soeder said the situation was serious, {joint} that the army had been called in to help."
    assert [q.text for q in quotes(text, indirect=True)] == [
        "the situation was serious", "the army had been called in to help"]


def test_a_participle_that_reports_nothing_stays_out_of_the_words():
    text = "Flood.\n\nMarkus Soeder said the situation was serious, citing the army's report."
    assert [q.text for q in quotes(text, indirect=True)] == ["the situation was serious"]


@pytest.mark.parametrize("role", ["trumpeter", "saxophonist", "songwriter", "choreographer"])
def test_a_musician_named_by_their_instrument_or_craft_keeps_it_as_role(role):
    text = f'Tour.\n\nAt 88, the {role} Alvin Smith still warms up. "The horn does not care," he said.'
    assert quotes(text)[0].speaker.role == role


@pytest.mark.parametrize("one", ["One", "Another"])
def test_one_of_a_trade_in_a_relative_clause_reports_what_they_said(one):
    text = f"Robbery.\n\n{one} teller who was held at gunpoint in September said she still had trouble sleeping."
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        (f"{one} teller", "she still had trouble sleeping")]


def test_the_doer_a_who_clause_follows_is_someone_unnamed():
    text = 'Robbery.\n\nPolice arrested a man. "I keep seeing that jacket," said the teller, who asked that her name not be used.'
    assert quotes(text)[0].speaker.name == "the teller"
    text = 'Robbery.\n\nPolice arrested a man. "I keep seeing that jacket," said the computer, which froze.'
    assert quotes(text)[0].speaker is None or quotes(text)[0].speaker.name != "the computer"


@pytest.mark.parametrize("job", ["bank teller", "courier", "dispatcher", "barista"])
def test_everyday_jobs_are_people(job):
    text = f'Robbery.\n\nPolice arrested a man. "I keep seeing that jacket," said the {job}.'
    assert quotes(text)[0].speaker.name == f"the {job}"


@pytest.mark.parametrize("subject", ["his salespersons were", "John Smith was", "the nominee was"])
def test_whoever_was_told_or_asked_the_words_did_not_say_them(subject):
    text = f'Playbook.\n\nJohn Smith spoke first. According to the playbook, {subject} told, "You sell feelings."'
    assert all(q.speaker is None for q in quotes(text) if q.text == "You sell feelings.")
    text = f'Interview.\n\nIn an interview, {subject} asked, "What is the most dangerous place you have been?"'
    assert all(q.speaker is None for q in quotes(text))


@pytest.mark.parametrize("joint", ["noting", "adding", "but cautioned"])
def test_what_a_partial_quotations_speaker_went_on_to_say_is_reported(joint):
    text = (f'Trial.\n\nHarlan Krumholz said the results were "impressive but incomplete," {joint} that nearly one '
            f'in five participants stopped taking the drug.')
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("Harlan Krumholz", 'the results were "impressive but incomplete,"'),
        ("Harlan Krumholz", "impressive but incomplete,"),
        ("Harlan Krumholz", "nearly one in five participants stopped taking the drug")]


def test_but_said_without_that_is_a_second_report_of_the_same_speaker():
    text = ("Vote.\n\nThe chairman, Jaroslaw Kaczynski, conceded that the results were disappointing but said his party "
            "remained the largest in the country.")
    assert [q.text for q in quotes(text, indirect=True)] == [
        "the results were disappointing", "his party remained the largest in the country"]
    text = "Vote.\n\nJohn Smith said the plan was flawed and said nothing more."
    assert [q.text for q in quotes(text, indirect=True)] == ["the plan was flawed and said nothing more"]


def test_and_said_after_a_partial_quotation_and_another_verb_reports_the_clause_at_its_place():
    text = ('Trump.\n\nDonald Trump said Clinton lacks "the strength or the stamina" to run the country.\n\nTrump '
            'further summed up Clinton as "terrible," denounced her record as secretary of state and warned that she '
            'should not even be allowed to run for office.')
    rows = [q for q in quotes(text, indirect=True) if q.start > text.index("Trump further")]
    assert [(q.text, text[q.start:q.end]) for q in rows[1:]] == [
        ("she should not even be allowed to run for office", "she should not even be allowed to run for office")]


def test_and_said_in_a_relative_clause_after_a_quotation_is_not_its_speakers():
    text = ('Caucus.\n\n"This is one of her friends," Tom Ebeling told Annette Guessford, who answered her door on Sunday '
            'and said she planned to caucus for Clinton.')
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Tom Ebeling"]


@pytest.mark.parametrize("owner", ["government's", "country's"])
def test_a_body_owned_by_the_government_is_not_the_last_body_of_its_kind(owner):
    text = (f"Cyclone.\n\nThe World Health Organization said it was sending vaccine. The {owner} disaster agency said "
            f"the death toll was likely to rise.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [
        "World Health Organization", f"The {owner} disaster agency"]


def test_the_worlds_most_valuable_company_is_the_company_just_named():
    text = ("Chips.\n\nNvidia Corp forecast revenue above estimates on Wednesday. The world's most valuable company "
            "said it expected revenue of $37.5 billion for the quarter.")
    assert quotes(text, indirect=True)[0].speaker.name == "Nvidia Corp"


def test_and_that_after_words_quoted_inside_a_report_reports_its_next_clause():
    text = ('Retail.\n\nNeil Saunders said in a note that Target had "lost its sparkle" and that rivals Walmart and '
            'Costco were winning over the same customers.')
    assert [(q.speaker.name, q.kind, q.text) for q in quotes(text, indirect=True)] == [
        ("Neil Saunders", "partial", "lost its sparkle"),
        ("Neil Saunders", "indirect", "rivals Walmart and Costco were winning over the same customers")]
    text = 'Retail.\n\n"It is over for the chain," Neil Saunders said, and that is the end of the matter.'
    assert [q.kind for q in quotes(text, indirect=True)] == ["direct"]


@pytest.mark.parametrize("who", ["aides to Mr. Obama", "advisers to Mr. Obama", "allies of Mr. Obama"])
def test_aides_to_someone_speak_for_themselves_not_as_that_person(who):
    text = f"Campaign.\n\nThe president has grown exasperated with the tenor of the campaign, {who} said."
    assert quotes(text, indirect=True)[0].speaker.name == who


@pytest.mark.parametrize("tag", ["public health researchers say", "legal experts say", "analysts say"])
def test_a_plural_subject_saying_in_the_present_tags_the_words_before_it(tag):
    text = f"Pharmacies.\n\nPharmacy closures have left some neighbourhoods without easy access to medicine, {tag}."
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        (tag.rsplit(" ", 1)[0], "Pharmacy closures have left some neighbourhoods without easy access to medicine")]


def test_say_after_to_or_a_modal_or_inside_parentheses_is_no_tag():
    text = "Clinton.\n\n\"Well, it's kind of a silly thing to say,\" Hillary Clinton said on Thursday."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Hillary Clinton"]
    text = "Trump.\n\nIt is my guilty pleasure, watching for the latest weird thing that Donald Trump will say."
    assert quotes(text, indirect=True) == []
    text = ("Server.\n\nHe tells audiences she may be prosecuted over her server (the existence of which, many "
            "Democrats say, shows her defensive instincts).")
    assert [q.speaker for q in quotes(text, indirect=True)] == []


def test_people_who_have_warned_tag_the_words_before_them():
    text = "Pharmacies.\n\nPharmacy closures have left some areas without medicine, public health researchers have warned."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["public health researchers"]
    text = "Budget.\n\nDeficits would add up to more than the budget office had predicted."
    assert quotes(text, indirect=True) == []


@pytest.mark.parametrize("who", ["reviewer", "essayist", "biographer"])
def test_a_publications_writer_is_the_writer_not_the_publication(who):
    text = f'Phone.\n\nThe Verge\'s {who} wrote that the hinge "feels like it will outlast the battery."'
    assert quotes(text)[0].speaker.name == f"The Verge's {who}"


@pytest.mark.parametrize("noun", ["boy", "young woman"])
def test_a_person_named_after_the_boy_or_the_woman_is_in_focus(noun):
    text = f'Chess.\n\nThe {noun}, Ilamparthi Rao, took just 31 moves. "I was nervous," they told organisers.'
    text = text.replace("they", "she" if "woman" in noun else "he")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Ilamparthi Rao", None)]


@pytest.mark.parametrize("who", ["Police", "People"])
def test_police_or_people_opening_a_sentence_say_what_follows(who):
    text = f"Shooting.\n\n{who} say the gun used in the shooting had been stolen from an unlocked car."
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        (who, "the gun used in the shooting had been stolen from an unlocked car")]


def test_a_role_set_off_before_a_name_after_a_verb_and_an_article_is_the_objects():
    text = ('Court.\n\nAt a hearing on Monday, she asked a Justice Department lawyer, Drew Ensign, why the planes had '
            'not turned around. "I am not at liberty," Ensign replied.')
    assert quotes(text)[0].speaker.role == "Justice Department lawyer"
    text = 'Court.\n\nShe sees a lawyer, Drew Ensign, on Monday. "I am not at liberty," Ensign said.'
    assert quotes(text)[0].speaker.role is None


def test_a_named_bodys_role_then_a_trade_and_a_name_is_in_focus_for_he():
    text = ('Cup.\n\nOne fan, retired postman Keith Mallory, called the decision "an insult."\n\n'
            "Barrow Green's captain, plasterer Danny Oyelaran, could hardly speak. \"I'm going to work tomorrow,\" "
            "he said.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)][-1] == ("Danny Oyelaran", "plasterer")


def test_a_role_noun_opening_a_sentence_is_no_company_for_the_company():
    text = ("Strike.\n\nCommuter trains stood idle on Tuesday as workers walked out.\n\n"
            'The company said its offer was "the most that public finances allow."')
    assert quotes(text)[0].speaker.name == "The company"


@pytest.mark.parametrize("where", ["second-tier Ashford Rovers", "struggling retailer Boots"])
def test_words_before_the_name_in_a_role_of_a_body_are_not_a_person(where):
    text = f"Exit.\n\nThe manager of {where} insisted on Sunday that he had no regrets about the team he picked."
    assert quotes(text, indirect=True)[0].speaker.name.startswith("The manager of ")


def test_a_lower_case_premier_before_a_known_first_name_is_the_role():
    text = ('Floods.\n\nRivers burst their banks.\n\nBavarian premier Hans Soeder visited the town. "The situation is '
            'extremely serious," he told reporters.')
    assert quotes(text)[0].speaker.role == "Bavarian premier"


def test_people_after_a_clause_of_other_people_are_not_one_group():
    text = ("Rent.\n\nThe council voted to cap rent increases at 6%, a measure its backers called overdue and "
            "landlords warned would choke off new construction.")
    assert all("called" not in q.speaker.name for q in quotes(text, indirect=True))
    text = "Rent.\n\nElected officials and activists said the plan would fail to protect tenants."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Elected officials and activists"]


@pytest.mark.parametrize("aside", ["however", "for example", "too"])
def test_a_comment_set_off_between_the_cue_and_that_is_not_what_was_said(aside):
    text = (f"Planet.\n\nLaura Kreidberg praised the data. She noted, {aside}, that starspots can mimic the "
            "signature of water.")
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("Laura Kreidberg", "starspots can mimic the signature of water")]


@pytest.mark.parametrize("body", ["WHO", "UNICEF"])
def test_a_bodys_acronym_opening_the_appositive_after_a_name_gives_the_role(body):
    text = (f'Measles.\n\nCases doubled, the agency said.\n\n"Measles is back," Hans Kluge, {body} regional director '
            "for Europe, said in a statement.\n\nUNICEF's regional director, Regina De Dominicis, urged action.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [
        ("Hans Kluge", f"{body} regional director for Europe")]


def test_a_lifeboat_coxswain_set_off_before_a_name_is_the_role():
    text = 'Lifeboat.\n\nThe station\'s coxswain, Mark Trevithick, said the crew was ready. "Every time," he said.'
    assert quotes(text)[0].speaker.role == "station's coxswain"


def test_an_office_over_two_fields_joined_by_and_is_one_title():
    text = ('Fire.\n\nFlames spread.\n\n"We are facing an extremely difficult night," Climate Crisis and Civil '
            'Protection Minister Vassilis Kikilias said.')
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [
        ("Vassilis Kikilias", "Climate Crisis and Civil Protection Minister")]
    text = 'Deal.\n\n"We agree," Joe Biden and Mexican President Andres Manuel Lopez Obrador said.'
    assert quotes(text)[0].speaker.name == "Joe Biden and Andres Manuel Lopez Obrador"


@pytest.mark.parametrize("who", ["the companies", "the three automakers", "the charities"])
def test_companies_in_the_plural_are_a_group_that_speaks(who):
    text = f'Strike.\n\nIn a joint statement, {who} said the agreements "reward our employees."'
    assert quotes(text)[0].speaker.name == who


def test_a_so_called_label_with_no_cue_is_no_ones_words():
    text = ('Britain.\n\nBritish diplomats are proud of the so-called "special relationship" '
            "with Washington, which has lasted for decades.")
    assert quotes(text) == []


@pytest.mark.parametrize("owner", ["teenager's", "boy's"])
def test_a_fathers_role_keeps_the_word_father(owner):
    text = (f"K2.\n\nThe climb took two days.\n\nThe {owner} father, Tashi Lakpa Sherpa, is a mountaineer. Speaking "
            'from Kathmandu, he said he had been "nervous every minute."')
    assert quotes(text)[0].speaker.role == f"{owner} father"


def test_an_adjective_before_a_cue_word_does_not_hide_the_cue_after_it():
    text = ("Rates.\n\nAustrian central bank governor Robert Holzmann, a noted hawk, has argued publicly that cutting "
            "too soon risks a return of inflation.")
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("Robert Holzmann", "cutting too soon risks a return of inflation")]


@pytest.mark.parametrize("said, role", [
    ("is a virologist at the University of Saskatchewan.", "virologist at the University of Saskatchewan"),
    ("is the mayor of Springfield.", "mayor of Springfield"),
    ("was the mayor of Springfield when the plant closed.", None),
])
def test_a_sentence_saying_only_what_its_subject_is_gives_the_role(said, role):
    text = f'Pandemic.\n\nAngela Rasmussen {said} "We are not ready," Rasmussen said.'
    assert quotes(text)[0].speaker.role == role


@pytest.mark.parametrize("body", ["Danish shipping giant Maersk", "tech giant Apple"])
def test_a_spokesperson_for_a_giant_is_the_companys_spokesperson(body):
    news = "begun routing ships around Cape Horn."
    text = f"Canal.\n\nShippers complained.\n\nA spokesperson for {body} said the company had {news}"
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [f"A spokesperson for {body}"]
    trade, name = body.split()[-2:]
    text = f"Canal.\n\nShippers complained.\n\n{trade.capitalize()} giant {name} says it has {news}"
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [name]


def test_the_company_after_an_administration_spoke_is_the_company():
    text = ("Recall.\n\nElectric vehicle maker Rivian is recalling 120,000 trucks, regulators said on Friday.\n\n"
            "The National Highway Traffic Safety Administration said the defect could increase the risk of injury. "
            "No injuries have been reported, the company said.")
    assert [q.speaker.name for q in quotes(text, indirect=True)][-1] == "Rivian"


@pytest.mark.parametrize("where", ["outside parliament", "after talks"])
def test_where_a_cue_was_said_before_that_is_not_what_was_said(where):
    text = f"Vote.\n\nCaeden Tipler, 19, told reporters {where} that the campaign would continue."
    assert [q.text for q in quotes(text, indirect=True)] == ["the campaign would continue"]


def test_a_post_at_a_body_whose_name_has_capitals_after_of_names_no_one():
    text = ("Press.\n\nPress groups welcomed the ruling. Erol Onderoglu, Turkey representative of Reporters Without "
            "Borders, said dozens of journalists remained behind bars.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)] == [
        ("Erol Onderoglu", "Turkey representative of Reporters Without Borders")]


def test_a_name_before_its_in_an_appositive_is_a_bodys():
    text = ('Jet.\n\nDassault declined to comment. Airbus, its German partner, said it welcomed "the renewed '
            'political commitment."')
    assert [q.speaker.name for q in quotes(text)] == ["Airbus"]
    text = 'Bakery.\n\nThe shop opened in 2010. Maria, its founder, said she welcomed "the renewed commitment."'
    assert [q.speaker.kind for q in quotes(text)] != ["organization"]


@pytest.mark.parametrize("office, name", [
    ("Nigerian Minister of Information and Culture", "Lai Mohammed"),
    ("Secretary of Health and Social Care", "Jeremy Hunt"),
])
def test_a_portfolio_of_two_fields_before_a_name_is_all_title(office, name):
    text = f'Bronzes.\n\nThe museum returned 20 pieces.\n\n"This is not charity. It is justice," {office} {name} said.'
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [(name, office)]
    text = ("Bronzes.\n\nThe museum returned 20 pieces.\n\nformer Secretary of State Hillary Clinton and Sen. Bernie "
            'Sanders met. "This is justice," Sanders said.')
    assert quotes(text)[0].speaker.role == "Sen."


def test_a_report_that_quotes_some_of_its_words_is_a_report_whole_beside_them():
    text = ('Port.\n\nThe strike ended. Maersk said in a statement it was "relieved" and would resume calls at the '
            'port on Saturday.')
    got = [(q.kind, q.speaker.name, q.text) for q in quotes(text, indirect=True)]
    assert got == [("indirect", "Maersk", 'it was "relieved" and would resume calls at the port on Saturday'),
                   ("partial", "Maersk", "relieved")]


@pytest.mark.parametrize("sentence", [
    # a second speaker's words inside the report
    'Tom Hale said the plan, which Ann Ross called "a disaster for farmers," would pass next week.',
    # a quotation after a colon or after a tag of its own: a sentence of the speaker's
    'Tom Hale said last week: "We are ready to go now."',
    'Tom Hale said the deal was "fair" and said, "We will sign it."',
    # all quotation, or nearly: no report around it
    'Tom Hale said that "we will go there and fight."',
    'Tom Hale said it was "a disaster for farmers."',
])
def test_a_report_around_a_quotation_is_not_made_of_another_speakers_words(sentence):
    got = quotes(f"Farm.\n\n{sentence}", indirect=True)
    assert "indirect" not in [q.kind for q in got]
    assert got


@pytest.mark.parametrize("trade", ["chief planner", "surveyor", "interpreter"])
def test_a_trade_of_the_office_before_a_name_is_a_role(trade):
    text = (f"Quarry.\n\nThe park authority objected. Its {trade}, Helen Marsh, said the landscape could not be "
            "put back.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)] == [
        ("Helen Marsh", f"{trade} of the park authority")]


def test_a_club_described_by_its_league_is_the_club_just_named():
    text = ("Transfer.\n\nChelsea have agreed to sign a forward from Palmeiras in a deal worth 61.5 million pounds, "
            "the Premier League club said on Monday.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Chelsea"]
    text = ("Strike.\n\nFord Motor Co idled two plants. The United Auto Workers union said its members at the idled "
            "plants would receive most of their pay.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["The United Auto Workers union"]


def test_a_long_appositive_gives_the_role_before_its_relative_clause():
    text = ("Obituary.\n\nEleanor Vance, a jazz pianist who played with Dizzy Gillespie before spending four decades "
            "teaching children in the Bronx, died on Sunday at her home in Yonkers.\n\nShe told an interviewer in 2009 "
            "that she had learned to play by ear.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)] == [
        ("Eleanor Vance", "jazz pianist")]


def test_a_country_named_since_does_not_hide_the_one_company_the_story_is_about():
    text = ("Nike.\n\nNike Inc on Thursday cut its annual revenue forecast, blaming weak demand in China.\n\n"
            "Analysts were unimpressed.\n\nShares fell 9% in extended trading.\n\nThe stock is down this year.\n\n"
            "The company also said it would cut about 2% of its workforce.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Nike Inc"]


@pytest.mark.parametrize("body", ["a conservation charity", "a think tank", "a consumer watchdog"])
def test_an_unnamed_charity_or_watchdog_speaks_as_a_rights_group_does(body):
    text = f"Lynx.\n\nSightings of lynx in the Highlands have risen sharply this year, {body} said on Monday."
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [(body, "organization")]
    text = ('Refuge.\n\nRob Calabrese, a radio host, has set up a website called "Cape Breton If Donald Trump Wins" '
            'that pitches the island.\n\n"Hi Americans! Come north," the site says.')
    assert "a website" not in [q.speaker and q.speaker.name for q in quotes(text)]


@pytest.mark.parametrize("who", ["officials", "two diplomats", "two people who had seen it",
                                 "a person who attended the meeting", "three sources close to the company"])
def test_according_to_people_unnamed_reports_what_they_said(who):
    text = f"Talks.\n\nA draft text that would triple finance had been circulated by Sunday, according to {who}."
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        (who, "A draft text that would triple finance had been circulated by Sunday")]


@pytest.mark.parametrize("body", ["City of Melbourne", "Port of Rotterdam", "County of Los Angeles"])
def test_a_place_s_authority_named_with_of_is_a_body(body):
    text = (f"App.\n\nThe {body} said it had fixed the flaw within hours of being told. It thanked the student "
            'for reporting it "responsibly."')
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [(body, "organization")] * 2


def test_confirmed_closing_a_sentence_is_a_tag():
    text = ("App.\n\nA 16-year-old student has discovered a security flaw in the city's parking app, the council "
            "confirmed on Friday.")
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("the council", "A 16-year-old student has discovered a security flaw in the city's parking app")]


def test_an_opera_house_is_a_body():
    text = ('Tour.\n\nThe Vienna State Opera, where she was due to perform in March, said it was "deeply sorry" and '
            "would announce a replacement shortly.")
    assert {(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)} == {
        ("Vienna State Opera", "organization")}


def test_a_person_of_a_long_body_name_with_and_and_for_the_is_that_person():
    text = ("Pandas.\n\nPanda expert Zhang Hemin of the China Conservation and Research Center for the Giant Panda "
            'said cubs were fragile. "The next month is critical," he said.')
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)] == [
        ("Zhang Hemin", "Panda expert")] * 2


def test_a_body_named_round_and_and_for_the_is_no_person():
    text = "Pandas.\n\nThe China Conservation and Research Center for the Giant Panda said the cubs were fragile."
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [
        ("China Conservation and Research Center for the Giant Panda", "organization")]


@pytest.mark.parametrize("title, role", [("Public health professor", "Public health professor"),
                                         ("Harvard professor", "Harvard professor"),
                                         ("National Security editor Dr.", "National Security editor")])
def test_a_role_word_in_lower_case_ending_a_title_is_no_form_of_address(title, role):
    text = f'Smoking.\n\n{title} Richard Edwards called the decision "a tragedy for the health of the nation."'
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Richard Edwards", role)]


def test_a_sentence_opening_the_agency_is_the_agency_named_not_the_company_that_spoke():
    text = ("Bread.\n\nLoaves were recalled after customers found metal, the Food Standards Agency said on Thursday."
            '\n\nGreggs said the recall affected its loaves. "We are sorry," the company said.\n\n'
            "The agency said no injuries had been reported.")
    assert quotes(text, indirect=True)[-1].speaker.name == "Food Standards Agency"


@pytest.mark.parametrize("opener", ["But", "And", "Yet"])
def test_people_who_say_or_warn_after_a_sentences_but_report(opener):
    text = f"Bees.\n\nHives have spread across London. {opener} some scientists warn that the boom may harm wild bees."
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("some scientists", "the boom may harm wild bees")]


def test_a_report_quoting_some_words_before_a_quotation_the_splitter_kept_with_it():
    text = ('Football.\n\nManager Phil Parkinson said the squad had "refused to accept" defeat. "That\'s been us all '
            'season," he said.')
    assert [(q.kind, q.text) for q in quotes(text, indirect=True)] == [
        ("indirect", 'the squad had "refused to accept" defeat'), ("partial", "refused to accept"),
        ("direct", "That's been us all season,")]


def test_businesses_speak_as_a_group():
    text = "Power.\n\nThe dam is low. Small businesses say they are struggling to survive."
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [("Small businesses", "group")]


@pytest.mark.parametrize("who, name, role", [
    ("Toufique Hossain of Duncan Lewis Solicitors", "Toufique Hossain", "Duncan Lewis Solicitors"),
    ("Toufique Hossain of Duncan Lewis", "Toufique Hossain", "Duncan Lewis"),
    ("Mr. Morgan of the Sierra Club", "Morgan", "Sierra Club"),
])
def test_a_name_the_lexicon_does_not_know_of_a_firm_is_that_person_at_the_firm(who, name, role):
    text = f"Flight.\n\n{who} said one of his clients had arrived in Britain at the age of four."
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)] == [(name, role)]


@pytest.mark.parametrize("who, speaker", [
    ("Toufique Hossain of New Orleans", ("Toufique Hossain", None)),
    ("Tribal Chairman of the Navajo Nation", ("Tribal Chairman of the Navajo Nation", None))])
def test_a_title_ending_in_of_is_never_a_role_before_the_place_it_names(who, speaker):
    text = f"Flight.\n\n{who} said the aid had not arrived in time for the winter."
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)] == [speaker]


@pytest.mark.parametrize("state", ["Islamic Republic of Iran", "Kingdom of Saudi Arabia"])
def test_a_republic_or_kingdom_is_a_state_not_a_person(state):
    text = f"Talks.\n\nThe {state} said it would not attend the talks in Geneva next week."
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [(state, "organization")]


@pytest.mark.parametrize("verb", ["Did", "Does", "Was", "Should"])
def test_a_question_s_verb_before_a_name_is_no_title(verb):
    text = (f"{verb} Donald Trump really scam students?\n\nDonald Trump said the school had taught thousands "
            "of people to invest.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)] == [("Donald Trump", None)]


def test_a_role_of_the_office_of_a_place_is_someone_new_not_the_person_in_focus():
    text = ("Letters.\n\nDonald Trump has been a party to 3,500 lawsuits. The attorney general of the state of New "
            "York is suing Trump for $40 million, claiming Trump University is a fraud.")
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("The attorney general of the state of New York", "Trump University is a fraud")]


@pytest.mark.parametrize("sentence", ["The line will open six months late, the transport convener said on Tuesday.",
                                      "The transport convener said the line would open six months late."])
def test_a_role_no_name_is_given_for_reports_as_itself(sentence):
    q, = quotes(f"Trams.\n\n{sentence}", indirect=True)
    assert q.speaker.name.lower() == "the transport convener" and "six months late" in q.text


def test_a_role_no_name_is_given_for_does_not_take_the_next_he():
    text = ('Test.\n\nSen. Marco Rubio responded first.\n\n"North Korea is run by a lunatic," the Florida senator '
            'and presidential candidate said in a statement.\n\n"This is the failed Obama foreign policy," he said.')
    assert quotes(text, indirect=True)[-1].speaker.name == "Marco Rubio"


@pytest.mark.parametrize("cue", ["admitted", "claimed", "complained"])
def test_admitted_or_claimed_closing_a_sentence_is_a_tag(cue):
    text = f"Trams.\n\nThe extension will cost 240 million pounds, council leader Cammy Day {cue} on Tuesday."
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("Cammy Day", "The extension will cost 240 million pounds")]


@pytest.mark.parametrize("cue", ["admitted", "acknowledged", "warned"])
def test_a_closing_tag_may_be_followed_by_what_the_speaker_did(cue):
    text = (f"Trams.\n\nThe extension will open six months late, council leader Cammy Day {cue} on Tuesday, blaming "
            "supply problems.")
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("Cammy Day", "The extension will open six months late")]


def test_a_quotation_s_closing_tag_is_no_report_of_the_sentence_it_opens():
    text = ('ISIS.\n\nCruz said he would make sand "glow in the dark," and Trump vowed to "bomb the hell" out of the '
            'group.\n\n"The same criticism can be leveled against all of his critics," said Christopher Preble, vice '
            'president for defense studies at the Cato Institute, a libertarian group. "This debate is misleading," '
            "he said.")
    assert [q.speaker.name for q in quotes(text, indirect=True)][-2:] == ["Christopher Preble"] * 2


@pytest.mark.parametrize("text", ["Mr. Schmidt said he was building a new clubhouse and a pool.",
                                  "Mr. Schmidt said he was building a new clubhouse and a pool. He left.",
                                  "The pool will open in May, Mr. Schmidt said."])
def test_a_report_s_offsets_are_its_words_without_the_full_stop(text):
    q, = quotes(text, indirect=True)
    assert text[q.start:q.end] == q.text and not q.text.endswith(".")


def test_a_sentence_ends_before_a_typewriter_quotation():
    text = ("Trump.\n\nMr. Trump said he did not recall whether the Clintons had stayed at his club. ''If they did, I "
            "was not aware of it,'' he said.")
    assert quotes(text, indirect=True)[0].text == "he did not recall whether the Clintons had stayed at his club"


def test_a_body_named_after_its_kind_and_its_spokeswoman_speak_for_it():
    text = ("Pub.\n\nThe brewery, Greene King, confirmed it had accepted the village's offer. A spokeswoman said the "
            "company was delighted the pub would stay open.")
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [
        ("Greene King", "organization"), ("A spokeswoman for Greene King", "anonymous")]


@pytest.mark.parametrize("name", ["Burger King", "Greene King", "Carole King"])
def test_a_monarch_s_title_ending_a_name_is_part_of_it(name):
    assert [q.speaker.name for q in quotes(f"{name} said it had accepted the offer from the village.",
                                            indirect=True)] == [name]


def test_a_spokesman_no_name_is_given_for_is_not_someone_named_before():
    text = ("Cadets.\n\nHis death was confirmed by Benali Cherif, the foreign affairs ministry spokesman. He had been "
            "completing his second year, a school spokesman told reporters.")
    assert quotes(text, indirect=True)[-1].speaker.name == "a school spokesman"


def test_a_spokesperson_s_second_quotation_is_still_for_the_body():
    text = ('Flight.\n\nThe Home Office said it would appeal. "These are foreign criminals," a spokesperson said. '
            '"We will not be deterred."')
    assert [q.speaker.name for q in quotes(text)] == ["a spokesperson for Home Office"] * 2


@pytest.mark.parametrize("moved", ["prompting captain Ben Stokes", "leading captain Ben Stokes", "forcing Ben Stokes"])
def test_the_one_moved_to_speak_said_it(moved):
    text = f"Cricket.\n\nIndia won by 200 runs on Sunday, {moved} to concede that his side had been outplayed."
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("Ben Stokes", "his side had been outplayed")]
    quoted = f'Cricket.\n\nIndia won by 200 runs on Sunday, {moved} to concede that his side had been "outplayed".'
    assert [q.speaker.name for q in quotes(quoted)] == ["Ben Stokes"]


@pytest.mark.parametrize("cue", ["noted", "added", "wrote", "cautioned"])
def test_an_inverted_closing_tag_of_other_verbs_reports(cue):
    text = (f"Walking.\n\nThe study shows an association, not cause and effect, {cue} David Curtis, an honorary "
            "professor at University College London.")
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("David Curtis", "The study shows an association, not cause and effect")]


def test_a_noting_verb_s_object_is_no_inverted_speaker():
    text = ("Benghazi.\n\nJudicial Watch, in releasing the email, noted congressional testimony by Gregory Hicks, the "
            "former deputy chief of mission in Tripoli.")
    assert quotes(text, indirect=True) == []


@pytest.mark.parametrize("sentence", [
    "The lawsuit says Lumen AI downloaded more than 180,000 books from pirate websites.",
    "The lawsuit, filed in federal court in Manhattan, says Lumen AI downloaded 180,000 books from pirate websites.",
    "Lumen AI downloaded more than 180,000 books from pirate websites, the lawsuit says."])
def test_a_text_no_one_is_named_for_reports_as_itself(sentence):
    assert [q.speaker.name.lower() for q in quotes(f"Books.\n\n{sentence}", indirect=True)] == ["the lawsuit"]


def test_a_text_named_after_the_subject_is_no_speaker():
    text = "Schools.\n\nRepublicans supporting the bill have said they think they will have the votes to pass it."
    assert "the bill" not in [q.speaker.name for q in quotes(text, indirect=True)]


def test_a_report_beside_another_speaker_s_partial_quotation_is_kept():
    text = ("Rates.\n\nBundesbank President Joachim Nagel told a German newspaper that rates had probably peaked, "
            'while his colleague Mario Centeno said cuts could come "sooner rather than later".')
    assert [(q.kind, q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("indirect", "Joachim Nagel", "rates had probably peaked"),
        ("partial", "Mario Centeno", "sooner rather than later")]


@pytest.mark.parametrize("police", ["Greater Manchester Police", "Dyfed-Powys Police",
                                    "Avon and Somerset Constabulary"])
def test_the_force_is_the_police_named_before(police):
    text = (f"Stabbing.\n\nA man has been charged with attempted murder, {police} said.\n\nOfficers were called "
            "shortly after 2 p.m. and arrested the man within minutes, the force said in a statement.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [police] * 2


def test_an_appositive_role_with_a_participle_after_its_head_is_a_role():
    text = ("Chicago.\n\nPaul Vallas, a former schools chief, and Brandon Johnson, a county commissioner backed by the "
            "teachers union, will face each other on April 4.\n\nJohnson said voters had rejected the politics of "
            "fear.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)] == [
        ("Brandon Johnson", "county commissioner backed by the teachers union")]


@pytest.mark.parametrize("who", ["staff", "Fire crews", "rescuers"])
def test_staff_and_crews_speak_as_a_group(who):
    text = f"Smoke.\n\nAt a pharmacy downtown, {who} said the masks had sold out by mid-morning."
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [(who, "group")]


def test_someone_interviewed_by_people_is_the_speaker_not_them():
    text = "Hack.\n\nA witness interviewed by congressional staff said the chief told employees to hide the hack."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["A witness interviewed by congressional staff"]


def test_the_regulator_is_the_public_body_that_spoke_not_the_company():
    text = ("Recall.\n\nFord Motor Co is recalling 1.2 million vehicles because the airbag may not deploy, the "
            "National Highway Traffic Safety Administration said on Friday.\n\nThe recall covers some Explorer SUVs. "
            "The regulator said it was aware of three crashes that may be linked to the fault.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [
        "National Highway Traffic Safety Administration"] * 2


@pytest.mark.parametrize("when", ["on Monday", "last week", "yesterday"])
def test_a_participle_after_a_dated_tag_is_the_tag_s_speaker(when):
    text = (f'Zoo.\n\nA rare rhino has been born at Chester Zoo, keepers said {when}, calling the arrival "a huge '
            'boost" for the species.')
    assert [q.speaker.name for q in quotes(text)] == ["keepers"]


@pytest.mark.parametrize("what", ["as much in an interview on Thursday", "little about the plan in recent months"])
def test_saying_as_much_or_little_reports_nothing(what):
    assert quotes(f"Plan.\n\nRobby Mook said {what}.", indirect=True) == []


@pytest.mark.parametrize("text, speaker, report", [
    ('A rare rhino has been born at Chester Zoo, keepers said, calling the arrival "a huge boost" for the species.',
     "keepers", "A rare rhino has been born at Chester Zoo"),
    ('Donald Trump argued that a database would keep people from coming in illegally, saying it is "all about '
     'management."',
     "Donald Trump", "a database would keep people from coming in illegally")])
def test_a_report_before_a_participle_that_quotes_is_a_report_of_its_own(text, speaker, report):
    rows = [(q.kind, q.speaker.name, q.text) for q in quotes(f"News.\n\n{text}", indirect=True)]
    assert ("indirect", speaker, report) in rows


def test_a_gerund_subject_after_a_tag_is_no_participle_clause():
    text = ('Clearances.\n\nWhile some employees could get a slap on the wrist, Jane Holt said, revoking clearances '
            'would be "really very aggressive."')
    assert "While some employees could get a slap on the wrist" not in [q.text for q in quotes(text, indirect=True)]


@pytest.mark.parametrize("cue", ["countered", "replied", "responded", "retorted"])
def test_a_reply_with_that_reports(cue):
    text = f"Court.\n\nPaul Clement {cue} that editorial discretion was at the heart of the First Amendment."
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("Paul Clement", "editorial discretion was at the heart of the First Amendment")]


@pytest.mark.parametrize("relation, role", [("his Portuguese colleague", None), ("his former colleague", None),
                                            ("Republican rival", "Republican rival")])
def test_what_someone_is_to_another_is_no_role_unless_it_is_their_place_in_a_contest(relation, role):
    text = f"Rates.\n\nJoachim Nagel said rates had peaked, while {relation} Mario Centeno said cuts could come soon."
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)][-1] == ("Mario Centeno", role)


def test_its_opening_a_sentence_before_a_title_is_the_body_s():
    text = ("Jobs.\n\nFord Motor Co said it would cut 3,000 jobs. Its chief executive Jim Farley said the cuts were "
            "painful but necessary.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)][-1] == (
        "Jim Farley", "chief executive of Ford Motor Co")


@pytest.mark.parametrize("tag, speaker, role", [
    ("sporting director Deco said", "Deco", "sporting director"),
    ("housing minister Matthew Pennycook told parliament", "Matthew Pennycook", "housing minister")])
def test_a_noun_in_ing_before_a_role_and_a_name_is_a_title_not_a_participle_clause(tag, speaker, role):
    text = f'Deal.\n\n"This is exactly what we were looking for," {tag}.'
    assert [(q.text, q.speaker.name, q.speaker.role) for q in quotes(text)] == [
        ("This is exactly what we were looking for,", speaker, role)]


def test_a_wire_s_bare_dateline_is_not_part_of_a_report():
    text = "Plastics.\n\n(Reuters) - Microplastics in brain tissue rose by half, researchers reported on Monday."
    assert [q.text for q in quotes(text, indirect=True)] == ["Microplastics in brain tissue rose by half"]


def test_a_place_between_the_audience_and_the_clause_is_not_part_of_a_report():
    text = "Jobs.\n\nTreasurer Jim Chalmers told reporters in Canberra the figures showed the economy was slowing."
    assert [q.text for q in quotes(text, indirect=True)] == ["the figures showed the economy was slowing"]


def test_a_role_shared_with_co_is_a_role():
    text = "Vote.\n\nLukas Golder, co-director of the polling institute, said older voters had turned out."
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)] == [
        ("Lukas Golder", "co-director of the polling institute")]


@pytest.mark.parametrize("named, speaker, role", [
    ("The preacher, who calls himself Bhole Baba,", "Bhole Baba", "preacher"),
    ("A rapper who goes by the name Big Zed", "Big Zed", "rapper")])
def test_someone_described_who_goes_by_a_name_is_that_name(named, speaker, role):
    text = f'Crush.\n\n"There was no exit," said Sunita Devi.\n\n{named} said in a video message that he was saddened.'
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)][-1] == (speaker, role)


@pytest.mark.parametrize("body", ["the prefecture", "the municipality", "the gendarmerie"])
def test_local_administrations_are_bodies_that_report(body):
    text = f"Climb.\n\nHis climbing partner was found dead nearby on Tuesday, {body} said."
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        (body, "His climbing partner was found dead nearby on Tuesday")]


@pytest.mark.parametrize("tag, speaker, role", [
    ("wrote one of them, activist Hanifa Adan, on X", "Hanifa Adan", "activist"),
    ("said one of them, who asked not to be named", "one of them", None)])
def test_one_of_a_group_named_after_a_comma_is_that_name(tag, speaker, role):
    text = f'Protest.\n\nOrganisers said they would keep up the pressure. "This is not over," {tag}.'
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)][-1] == (speaker, role)


@pytest.mark.parametrize("text, report", [
    ("Pete Buttigieg said earlier this year that the marketing was misleading.", "the marketing was misleading"),
    ("The marketing was misleading, Pete Buttigieg said earlier this month.", "The marketing was misleading")])
def test_earlier_this_year_is_when_it_was_said_not_what(text, report):
    assert [(q.speaker.name, q.text) for q in quotes(f"Recall.\n\n{text}", indirect=True)] == [
        ("Pete Buttigieg", report)]


def test_a_colon_after_a_reported_clause_introduces_the_reporter_s_words():
    text = ('Farms.\n\nFemke Wiersma said she understood their anger. But she insisted the government had no '
            'choice: "The courts have told us we must act."')
    assert [(q.kind, q.speaker.name) for q in quotes(text)] == [("direct", "Femke Wiersma")]


@pytest.mark.parametrize("role", ["chairperson", "registrar"])
def test_titles_of_office_are_role_nouns_before_a_name(role):
    text = (f"Rights.\n\nThe Kenya National Commission on Human Rights said police had used excessive force. "
            f"Its {role} Roseline Odede said the commission had documented 22 deaths.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)][-1] == (
        "Roseline Odede", f"{role} of Kenya National Commission on Human Rights")


def test_a_role_before_a_name_does_not_reach_back_across_a_paragraph():
    text = ('Farm protests\n\nIts leader, Ana Ruiz, accused the government of lying.\n\n'
            '"We will not back down," Ruiz said.')
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Ana Ruiz", "leader")]


@pytest.mark.parametrize("later", ["De Jong, ranked 142nd in the world, dropped to his knees.\n\n"
                                   '"I do not know what happened," the 24-year-old said.',
                                   '"I do not know what happened," De Jong said.'])
def test_a_surname_with_its_particle_capitalised_is_the_full_name_given_before(later):
    text = f"Upset.\n\nCarlos Alcaraz lost to Dutch qualifier Jesper de Jong on Wednesday.\n\n{later}"
    assert [q.speaker.name for q in quotes(text)] == ["Jesper de Jong"]


def test_a_person_of_a_body_described_before_its_name_works_there():
    text = "Vote.\n\nMathilde Panot of the hard-left France Unbowed said the far right was propping up the government."
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)] == [
        ("Mathilde Panot", "France Unbowed")]


@pytest.mark.parametrize("text, speaker, role", [
    ('The building was designed by architect Jorn Utzon. "It defines a nation," Premier Chris Minns said.\n\n'
     'Utzon\'s son Jan sent a video message. "My father would have been proud," he said.', "Jan", "Utzon's son"),
    ('Jane Hill died in the flood. "It was terrible," Mayor Chris Minns said.\n\nHer daughter Maya wept at the '
     'funeral. "She was my rock," she said.', "Maya", "Jane Hill's daughter")])
def test_a_relative_named_by_first_name_opening_a_sentence_is_who_a_pronoun_then_means(text, speaker, role):
    assert [(q.speaker.name, q.speaker.role) for q in quotes(f"Story.\n\n{text}")][-1] == (speaker, role)


@pytest.mark.parametrize("company", ["Siemens AG", "Spotify Technology SA", "Nokia Oyj"])
def test_a_company_s_legal_form_makes_its_name_a_body_s(company):
    text = (f"Prices.\n\nSTOCKHOLM (Reuters) - {company} will raise prices in several markets, the European "
            'technology company said on Monday.\n\n"We need to invest," the company said in a blog post.')
    assert [(q.kind, q.speaker.name) for q in quotes(text, indirect=True)] == [
        ("indirect", company), ("direct", company)]


@pytest.mark.parametrize("tag, speaker", [("a company spokesperson", "a spokesperson for Amazon"),
                                          ("the company", "Amazon")])
def test_the_company_is_a_one_word_name_that_spoke_though_nothing_made_it_a_body(tag, speaker):
    text = f'Strike.\n\nAmazon said most employees were working as normal. "We offer excellent pay," {tag} said.'
    assert [q.speaker.name for q in quotes(text)] == [speaker]


def test_his_doctors_are_the_doctors_of_the_man_in_focus():
    text = "Transplant.\n\nRichard Slayman was recovering well. His doctors said he could be discharged soon."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Richard Slayman's doctors"]


@pytest.mark.parametrize("text, speaker", [
    ('Legal scholar Benny Tai, described by the judges as the "organiser" of the group, received the longest '
     "sentence.", "the judges"),
    ('The plan, branded by critics as a "land grab", passed.', "critics")])
def test_a_passive_verb_of_calling_is_its_agent_s_words(text, speaker):
    assert [(q.kind, q.speaker.name) for q in quotes(f"Court.\n\n{text}")] == [("partial", speaker)]


@pytest.mark.parametrize("text, report", [("Pierre Poilievre said nothing had changed.", ["nothing had changed"]),
                                          ("Pierre Poilievre said nothing about the vote.", [])])
def test_said_nothing_reports_only_when_nothing_is_the_clause_s_subject(text, report):
    assert [q.text for q in quotes(f"Vote.\n\n{text}", indirect=True)] == report


@pytest.mark.parametrize("club", ["Manchester United", "Blackburn Rovers", "Tottenham Hotspur"])
def test_a_football_club_s_name_is_a_body_s(club):
    text = (f"Sacked.\n\nMANCHESTER, England (Reuters) - {club} sacked its manager on Monday after a poor start.\n\n"
            'The Dutchman was dismissed a day after a defeat.\n\n"We wish him well," the club said in a statement.')
    assert [q.speaker.name for q in quotes(text)] == [club]


def test_someone_unnamed_somewhere_opening_a_sentence_is_whom_a_pronoun_then_means():
    text = ('Fire.\n\n"It is difficult," spokesman Vassilis Vathrakoyiannis told ERT.\n\nOne woman in the suburb of '
            'Varnavas wept as she watched her house burn. "Everything we had is gone," she said.')
    assert [q.speaker.name for q in quotes(text)][-1] == "One woman in the suburb of Varnavas"


@pytest.mark.parametrize("officer, company", [
    ("Toyota Motor Corp Chairman Akio Toyoda was re-elected to the board.", "Toyota Motor Corp"),
    ("Jim Farley, chief executive of Ford Motor Co, was booed at the meeting.", "Ford Motor Co")])
def test_the_company_is_the_one_whose_officer_the_text_is_about(officer, company):
    text = f"Board.\n\n{officer}\n\nSales fell sharply in the third quarter, the company said."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [company]


def test_a_body_named_of_something_plural_is_still_it():
    text = ("Rights.\n\nThe Kenya National Commission on Human Rights said police had used excessive force. Its "
            "chairperson, Roseline Odede, told a news conference that the commission had documented 22 deaths.")
    assert [q.speaker.role for q in quotes(text, indirect=True)][-1] == (
        "chairperson of Kenya National Commission on Human Rights")


@pytest.mark.parametrize("where", ["the British Rapidplay Championship", "the Democratic National Convention"])
def test_an_event_someone_is_at_is_no_workplace(where):
    text = f'Chess.\n\n"She played better than me on the day," said Peter Large at {where}.'
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Peter Large", None)]


@pytest.mark.parametrize("before, role", [
    ("Gov. Tom Bradley of Virginia declined to comment.", "Tom Bradley's spokeswoman"),
    ("The vote was close.", "spokeswoman")])
def test_his_spokeswoman_after_the_verb_speaks_for_the_man_in_focus(before, role):
    text = f'Race.\n\n{before} "The governor is focused on the voters," said his spokeswoman, Kim Ortiz.'
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Kim Ortiz", role)]


@pytest.mark.parametrize("text, reported", [
    ("Representative Ron DeSantis has already announced his candidacy, and others are expected to follow.", False),
    ("The minister announced the plan would be delayed, and critics were furious.", True)])
def test_a_verb_after_and_is_another_clause_s_not_a_reported_clause_s(text, reported):
    found = [q.text for q in quotes(f"Race.\n\n{text}", indirect=True)]
    assert bool(found) == reported and all(t.startswith("the plan would be delayed") for t in found)


def test_two_people_named_before_appositives_and_a_relative_clause_speak_together():
    text = ("Tax.\n\nEmmanuel Saez and Gabriel Zucman, economists at the University of California, Berkeley, who "
            "advised the campaign, said the tax was both fair and feasible.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Emmanuel Saez and Gabriel Zucman"]


def test_a_body_led_by_someone_known_by_another_name_is_the_speaker():
    text = ("War.\n\nThe RSF, led by Mohamed Hamdan Dagalo, known as Hemedti, said in a statement that the army was "
            "to blame for the collapse of talks.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["RSF"]


@pytest.mark.parametrize("text, speaker", [
    ('Shell said it expected to appeal. "We will keep to our strategy," a spokesperson said.',
     "a spokesperson for Royal Dutch Shell"),
    ("Network Rail, which owns the track, blamed the weather. A spokesperson said engineers had worked through "
     "the night.", "A spokesperson for Network Rail")])
def test_a_spokesperson_after_a_body_that_opened_the_paragraph_speaks_for_it(text, speaker):
    text = f"Trains.\n\nA Dutch court ordered Royal Dutch Shell to cut emissions.\n\n{text}"
    assert [q.speaker.name for q in quotes(text, indirect=True)][-1] == speaker


@pytest.mark.parametrize("speaker", ["The United States and 12 other Western countries",
                                     "The European Union and seven other Western governments"])
def test_a_body_and_a_number_of_others_of_its_kind_speak_together(speaker):
    text = f"Protests.\n\n{speaker} said in a joint statement that they were shocked by the scenes outside parliament."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [speaker]


@pytest.mark.parametrize("text, reports", [
    ("Outgoing Prime Minister Fumio Kishida, who announced last month he would not seek re-election, said the "
     "party must now unite.", ["he would not seek re-election", "the party must now unite"]),
    ("Kishida, who said last month that he would not seek re-election, told reporters that the party must unite.",
     ["he would not seek re-election", "the party must unite"]),
    ("The mayor, who has said the city cannot afford the plan, voted against it on Monday.",
     ["the city cannot afford the plan"]),
    ("The mayor, who has said the city cannot afford the plan backed by unions, voted against it on Monday.",
     ["the city cannot afford the plan backed by unions"])])
def test_a_report_in_a_relative_clause_ends_where_its_subject_s_own_verb_comes(text, reports):
    found = quotes(f"Party.\n\n{text}", indirect=True)
    assert [q.text for q in found] == reports
    assert len({q.speaker.name for q in found}) == 1


def test_a_relative_clause_s_report_stands_beside_a_quotation_its_subject_s_verb_tags():
    text = ("Allies.\n\nGraham, who says the United States and allies should contribute ground forces to the battle, "
            "tweeted that the president's strategy \"will not destroy ISIL and he knows it.\"")
    found = [(q.kind, q.text) for q in quotes(text, indirect=True)]
    assert found == [("indirect", "the United States and allies should contribute ground forces to the battle"),
                     ("partial", "will not destroy ISIL and he knows it.")]


@pytest.mark.parametrize("speaker", ["Migrants interviewed near Eagle Pass", "Farmers contacted by Reuters",
                                     "Shoppers questioned outside the mall", "Families waiting outside the hospital",
                                     "Police in Kyiv", "People in Fort Pierce", "Hospital staff in Gaza"])
def test_people_where_or_how_the_reporter_met_them_are_the_speakers(speaker):
    text = f"Border.\n\n{speaker} said the barrier had not deterred anyone this year."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [speaker]


@pytest.mark.parametrize("speaker", ["Officials in Kyiv", "Western diplomats in Beijing"])
def test_holders_of_a_post_somewhere_speak_as_a_group(speaker):
    text = f"War.\n\n{speaker} said the shelling had not stopped for days."
    found = quotes(text, indirect=True)
    assert [(q.speaker.name, q.speaker.kind) for q in found] == [(speaker, "group")]


@pytest.mark.parametrize("noun", ["planemaker", "chipmaker", "carmaker"])
def test_a_maker_opening_a_sentence_is_the_company_that_spoke_before(noun):
    text = (f"Jets.\n\nBoeing said on Monday its chief executive would step down. The {noun} said sales would "
            "recover next year.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Boeing", "Boeing"]


@pytest.mark.parametrize("company, officer, noun", [("Boeing", "Chief Executive Dave Calhoun", "planemaker"),
                                                    ("Volkswagen", "Chief Executive Oliver Blume", "carmaker"),
                                                    ("Nestle", "chairman Paul Bulcke", "company")])
def test_the_company_is_the_one_word_employer_of_the_officer_its_words_are_about(company, officer, noun):
    text = f"Exit.\n\n{company} {officer} will step down at the end of the year, the {noun} said on Monday."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [company]


def test_a_senate_leader_s_title_names_no_company():
    text = ("Exit.\n\nSenate Majority Leader Chuck Schumer will step down at the end of the year, the company said "
            "on Monday.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["the company"]


@pytest.mark.parametrize("subject, speaker", [("The United States, the agency's biggest donor,", "United States"),
                                              ("Norway, a longtime backer of the agency,", "Norway")])
def test_a_country_named_before_what_it_is_to_the_story_speaks(subject, speaker):
    text = f"Aid.\n\n{subject} said it was troubled by the allegations against the staff."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [speaker]


def test_a_namesake_s_surname_under_a_title_is_not_given_the_wife_s_first_name():
    text = ("DNC.\n\nThe parents, Khizr and Ghazala Khan, spoke at the convention on Thursday.\n\nMr. Khan said on "
            "Sunday that the candidate had shown disrespect to his wife.\n\nTheir son, Humayun Khan, died in Iraq in "
            "2004.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] != ["Ghazala Khan"]


CHESS = ("Chess.\n\nA 10-year-old boy from New Jersey has become the youngest chess grandmaster in history.\n\n"
         "Abhimanyu Mishra clinched the title at a tournament in Budapest, breaking a record set in 2002 by Sergey "
         "Karjakin of Ukraine. \"I'm very happy,\" Mishra told reporters after his final game.\n\n"
         "His father, Hemant Mishra, said the family had spent months travelling to tournaments in Europe.")


def test_a_surname_that_speaks_before_a_namesake_is_named_is_the_first_full_name_s():
    assert quotes(CHESS)[0].speaker.name == "Abhimanyu Mishra"


def test_his_father_is_the_relative_of_the_full_name_in_focus_whose_gender_the_text_does_not_show():
    assert [(q.speaker.name, q.speaker.role) for q in quotes(CHESS, indirect=True)] == [
        ("Abhimanyu Mishra", None), ("Hemant Mishra", "Abhimanyu Mishra's father")]


@pytest.mark.parametrize("before, role", [
    ("FIDE, the International Chess Federation, confirmed the record in a statement.", "president of FIDE"),
    ("Deutsche Bahn said only about a fifth of long-distance trains would run.", "president of Deutsche Bahn"),
    ("Each of the players signed the letter.", "president")])
def test_its_role_is_held_in_the_body_the_sentence_before_opens_on(before, role):
    text = f"Record.\n\n{before} Its president, Arkady Dvorkovich, called it \"an extraordinary moment.\""
    assert quotes(text)[-1].speaker.role == role


@pytest.mark.parametrize("subject, tag", [("Prime Minister Jane Doe", "the army chief"),
                                          ("President Jane Doe", "the prime minister")])
def test_a_description_of_another_office_is_not_the_person_the_words_are_about(subject, tag):
    text = f"Coup.\n\n{subject} resigned and fled the country on Monday, {tag} said."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [tag]


def test_a_premier_is_the_prime_minister_in_focus():
    text = "Talks.\n\nPrime Minister Jane Doe flew to Paris on Monday. The premier said talks had gone well."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Jane Doe"]


def test_a_pronoun_tag_after_a_name_is_not_that_name_s():
    text = ("Rigged.\n\nDonald Trump told supporters the election was rigged.\n\nClinton campaign chairman John "
            "Podesta dismissed the charge as a distraction. Trump, he said, \"knows he's losing.\"")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Donald Trump", "John Podesta"]


def test_a_name_in_quotation_marks_is_a_label_not_the_full_name_of_a_speaker():
    text = ("ISIS.\n\nSome accounts put the location on their profile as ''Wilayat Twitter,'' or ''the province of "
            "Twitter.''\n\nIn a blog post on Friday, Twitter said violent threats had long been against its terms.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Twitter"]


@pytest.mark.parametrize("body", ["Manchester City", "City"])
def test_a_name_read_as_a_person_s_that_the_text_then_calls_it_is_a_body(body):
    text = (f"Charges.\n\n{body} said it was surprised by the charges. \"The club looks forward to this matter being "
            "put to rest,\" it said in a statement.")
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [(body, "organization")] * 2


@pytest.mark.parametrize("appositive", ["a moderate", "a moderate from the Lehigh Valley"])
def test_a_relative_clause_after_a_described_name_reports_for_that_name(appositive):
    text = (f"Party.\n\nRep. Charlie Dent, {appositive} who has said he will not vote for Trump, told reporters the "
            "nominee was doing damage to the party.")
    found = quotes(text, indirect=True)
    assert [(q.speaker.name, q.text) for q in found] == [
        ("Charlie Dent", "he will not vote for Trump"), ("Charlie Dent", "the nominee was doing damage to the party")]


@pytest.mark.parametrize("body, name", [("The opposition People's Party", "People's Party"),
                                        ("The ruling African National Congress", "African National Congress")])
def test_a_body_named_after_a_word_of_description_speaks_and_holds_its_leader_s_role(body, name):
    text = (f"Amnesty.\n\n{body}, which won the most votes, said the amnesty was an attack on the rule of law. "
            "Its leader, Alberto Nunez Feijoo, told supporters in Madrid: \"We will not be silent.\"")
    found = quotes(text, indirect=True)
    assert [(q.speaker.name, q.speaker.role) for q in found] == [(name, None),
                                                                 ("Alberto Nunez Feijoo", f"leader of {name}")]


@pytest.mark.parametrize("where", ["on social media", "in a column", "on X"])
def test_wrote_somewhere_that_after_an_appositive_reports_a_clause(where):
    text = (f"Fed.\n\nLawrence Summers, a frequent critic of the Fed, wrote {where} that the central bank risked "
            "repeating the mistakes of the 1970s.")
    assert [q.text for q in quotes(text, indirect=True)] == [
        "the central bank risked repeating the mistakes of the 1970s"]


@pytest.mark.parametrize("sentence, report", [
    ("The plan, which the minister said would take effect in May, was approved.",
     "The plan would take effect in May"),
    ("Mr. Putin spoke of his two adult daughters, who he said were living in Russia.",
     "his two adult daughters were living in Russia"),
    ("The governor vetoed a bill on bathrooms that matched with their biological sex, which critics said was "
     "discriminatory against transgender students.", "was discriminatory against transgender students")])
def test_a_report_in_a_relative_clause_set_off_by_a_comma_is_of_what_the_clause_hangs_on(sentence, report):
    assert [q.text for q in quotes(f"Plan.\n\nThe minister spoke.\n\n{sentence}", indirect=True)] == [report]


def test_a_relative_clause_s_report_with_a_quotation_keeps_the_noun_it_hangs_on():
    text = ("Vote.\n\nClaudia Sheinbaum won the election. She thanked outgoing President Andres Manuel Lopez Obrador, "
            "her political mentor, who she said had \"transformed\" the country.")
    found = [(q.kind, q.text) for q in quotes(text, indirect=True)]
    assert found == [("indirect", "her political mentor had \"transformed\" the country"), ("partial", "transformed")]


def test_the_noun_a_report_hangs_on_does_not_reach_back_across_a_dash():
    text = ("Hacks.\n\nAdam Schiff called for retaliation for interference in the presidential election -- "
            "meddling the "
            "California congressman said is designed to \"sow discord\" in American politics.")
    assert quotes(text, indirect=True)[0].text == "is designed to \"sow discord\" in American politics"


@pytest.mark.parametrize("company", ["CenterPoint Energy", "Duke Energy", "Acme Utilities", "Gulf Oil",
                                     "General Electric"])
def test_a_company_named_by_its_trade_speaks_and_is_the_company_after(company):
    text = (f"Storm.\n\n{company}, Houston's main utility, said it could take days to restore power. The company said "
            "more than 10,000 workers were being brought in.")
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [(company, "organization")] * 2


@pytest.mark.parametrize("audience", ["jurors", "the jury"])
def test_told_an_audience_then_a_name_and_its_auxiliary_reports_a_clause(audience):
    text = (f"Trial.\n\nCaroline Ellison testified against him. She told {audience} Bankman-Fried had directed her "
            "to commit crimes.")
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("Caroline Ellison", "Bankman-Fried had directed her to commit crimes")]


RALLY = ("Rally.\n\nDonald Trump won.\n\nTrump's campaign did not respond. But the candidate, speaking at a rally in "
         "San Jose, Calif., said he was \"very happy\" with the endorsement. \"Paul Ryan is a good man,\" Trump said.")


def test_words_cut_at_an_abbreviation_before_said_are_no_report():
    assert [(q.kind, q.text) for q in quotes(RALLY, indirect=True)][:2] == [
        ("indirect", "he was \"very happy\" with the endorsement"), ("partial", "very happy")]


def test_a_town_and_its_state_abbreviated_before_the_verb_are_not_the_speaker():
    assert [q.speaker.name for q in quotes(RALLY, indirect=True)] == ["Donald Trump"] * 3


def test_a_relative_clause_s_report_ends_where_its_subject_s_auxiliary_comes():
    text = ("FBI.\n\nAttorney General Loretta E. Lynch, who had said she would accept the recommendation of the FBI, "
            "is "
            "expected to close the case this week.")
    assert [q.text for q in quotes(text, indirect=True)] == ["she would accept the recommendation of the FBI"]


def test_a_convention_by_its_capitalised_name_is_its_organisers_not_a_person():
    text = ("Ferguson.\n\nThe Democratic National Convention released a statement Wednesday evening, saying Trump's "
            "comments were an example of his divisive race-baiting.")
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [
        ("Democratic National Convention", "organization")]


def test_one_of_those_people_tagging_a_quotation_is_one_of_them_unnamed():
    text = ("Delegates.\n\nSenior campaign advisers argue that Clinton will win. \"There won't be a path for Bernie to "
            "succeed,\" said one of those advisers, who spoke on the condition of anonymity.")
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text)] == [("one of those advisers", "anonymous")]


def test_and_warned_of_something_after_a_quotation_reports_no_clause():
    text = ("Paris.\n\nHollande denounced Trump's remarks as \"hurtful and humiliating\" and warned of the global "
            "implications a Trump presidency would have.")
    assert [q.kind for q in quotes(text, indirect=True)] == ["partial"]


@pytest.mark.parametrize("text, reports", [
    ("\"Let me tell you the facts,\" Cruz said after a brief \"I'm sorry\" to Carson.", []),
    ("Heather Johnston said before attending Wednesday's town hall that CNN asked her to pose a question.",
     ["CNN asked her to pose a question"])])
def test_when_something_was_said_is_not_what_was_said(text, reports):
    assert [q.text for q in quotes(f"Debate.\n\n{text}", indirect=True) if q.kind == "indirect"] == reports


def test_a_quotation_with_a_tag_of_its_own_after_a_report_is_a_sentence_of_its_own():
    text = ("Charity.\n\nCharity experts said the reported transactions, if accurate, could amount to "
            "\"self-dealing.\" "
            "\"This is a pretty clear-cut violation,\" said Brett Kappel, a Washington lawyer.")
    found = [(q.kind, q.speaker.name) for q in quotes(text, indirect=True)]
    assert found == [("indirect", "Charity experts"), ("partial", "Charity experts"), ("direct", "Brett Kappel")]


def test_a_quotation_with_no_tag_after_a_report_still_continues_its_speaker():
    text = ("Schools.\n\nFormer Rep. George Miller said the states had pushed back. \"They said, 'Wait, that's our "
            "job.'\"")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["George Miller", "George Miller"]


def test_the_elder_of_two_namesakes_is_the_parent():
    text = CHESS + " \"It was tough, but he never complained,\" the elder Mishra said."
    assert [q.speaker.name for q in quotes(text)][-1] == "Hemant Mishra"


@pytest.mark.parametrize("verb", ["shot back", "fired back", "hit back"])
def test_a_retort_back_that_reports_a_clause(verb):
    text = f"Debate.\n\nRubio attacked Cruz. Cruz {verb} that Rubio had led the fight for amnesty in 2013."
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("Cruz", "Rubio had led the fight for amnesty in 2013")]


@pytest.mark.parametrize("tag", ["an angry Hollande retaliated", "a visibly angry Hollande said"])
def test_a_name_after_a_word_of_mood_is_that_person(tag):
    text = f"Nice.\n\nFrancois Hollande spoke on Friday.\n\n\"France will always be France,\" {tag}."
    assert [q.speaker.name for q in quotes(text)] == ["Francois Hollande"]


def test_a_cue_with_no_subject_in_a_clause_before_gives_way_to_the_main_clause_s_said():
    text = ("Debate.\n\nWhen the moderator noted that Trump hadn't answered the question, the candidate said families "
            "of people killed by police file lawsuits.")
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("the candidate", "families of people killed by police file lawsuits")]


@pytest.mark.parametrize("second", ["human rights groups warned that", "officials said"])
def test_a_second_report_after_and_may_have_a_lower_case_subject_and_any_verb_with_that(second):
    text = (f"Burma.\n\nObama said that Burma's reforms were not complete, and {second} the administration was "
            "relinquishing critical leverage over the military.")
    assert [q.text for q in quotes(text, indirect=True)] == [
        "Burma's reforms were not complete", "the administration was relinquishing critical leverage over the military"]


@pytest.mark.parametrize("verb", ["suggested", "declared", "asserted", "emphasized", "reiterated", "indicated",
                                  "hinted",
                                  "boasted", "joked", "lamented", "observed", "pointed out", "remarked", "mentioned",
                                  "tweeted"])
def test_more_verbs_of_saying_report_a_clause_after_that(verb):
    text = f"Taxes.\n\nThe senator {verb} that the bill would raise taxes on the middle class."
    assert [q.text for q in quotes(text, indirect=True)] == ["the bill would raise taxes on the middle class"]


@pytest.mark.parametrize("sentence", ["Podesta reiterated that approach in his interview last week.",
                                      "The senator mentioned that fact to reporters on Monday."])
def test_such_a_verb_before_that_and_a_noun_reports_nothing(sentence):
    assert quotes(f"Taxes.\n\n{sentence}", indirect=True) == []


@pytest.mark.parametrize("document, maker", [("A Pew Research Center survey", "Pew Research Center"),
                                             ("A new Gallup poll released Tuesday", "Gallup")])
def test_a_document_speaks_for_its_maker_named_before_it(document, maker):
    text = f"Poll.\n\n{document} said 60 percent of Americans support the plan."
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [(maker, "organization")]


@pytest.mark.parametrize("subject, speaker", [
    ("A Pew Research Center survey found", "Pew Research Center"),
    ("The Congressional Budget Office concluded", "Congressional Budget Office"),
    ("Researchers at Harvard found", "Researchers at Harvard")])
def test_a_finding_of_a_body_or_of_researchers_is_a_report(subject, speaker):
    text = f"Study.\n\n{subject} that the plan would cut deaths by a third."
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        (speaker, "the plan would cut deaths by a third")]


def test_a_person_who_found_something_reports_nothing():
    assert quotes("Keys.\n\nJohn Smith came home late. He found that his keys were gone.", indirect=True) == []


@pytest.mark.parametrize("cue", ["told reporters afterward", "said afterwards", "said earlier"])
def test_an_adverb_of_time_between_the_cue_and_that_is_not_what_was_said(cue):
    text = f"Court.\n\nGarland met Sen. Mark Kirk. Kirk {cue} that Garland was a very serious nominee."
    assert [q.text for q in quotes(text, indirect=True)] == ["Garland was a very serious nominee"]


@pytest.mark.parametrize("tag, speaker", [("the ad's narrator says", "the ad's narrator"),
                                          ("the announcer said", "the announcer"),
                                          ("a narrator in the Clinton ad asks", "a narrator in the Clinton ad")])
def test_an_ad_s_narrator_is_no_one_the_story_named(tag, speaker):
    text = ("Ads.\n\nDonald Trump tweeted that he would be awake to answer the call.\n\nA Clinton ad questioned "
            f"whether Obama was prepared. \"Who do you want answering the phone?\" {tag}.")
    assert quotes(text)[-1].speaker.name == speaker


def test_her_comment_that_before_a_quotation_is_hers_though_words_come_between():
    text = ("Coal.\n\nHillary Clinton campaigned in Ohio.\n\nThe union is unlikely to back Clinton after her March "
            "comment that, \"We are going to put a lot of coal miners out of business.\"")
    assert [q.speaker.name for q in quotes(text)] == ["Hillary Clinton"]


def test_a_long_opening_clause_before_the_subject_is_stepped_over():
    text = ("Probe.\n\nAlthough it was far from the last word to be said about Democratic presidential candidate "
            "Hillary Clinton's email scandal, Attorney General Loretta Lynch took the official last step Wednesday.\n\n"
            "\"Late this afternoon, I met with FBI Director James Comey,\" she said in a statement.")
    assert [q.speaker.name for q in quotes(text)] == ["Loretta Lynch"]


def test_a_description_subject_is_read_whole_before_its_role_is_matched():
    text = ("Nomination.\n\nDonald Trump accepted the nomination on Thursday, saying the country was in decline.\n\n"
            "Declaring that he alone could fix it, the billionaire real estate mogul offered himself as a \"law and "
            "order\" candidate.\n\nBillionaire entrepreneur Peter Thiel spoke before him.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Donald Trump", "Donald Trump"]


@pytest.mark.parametrize("text, speaker", [
    ("Prime Minister Theresa May began the exit on Wednesday.\n\n\"This is a historic moment,\" May said.",
     "Theresa May"),
    ("Brian May spoke. \"We are leaving,\" said May.", "Brian May")])
def test_a_month_after_a_first_name_is_a_surname(text, speaker):
    assert [q.speaker.name for q in quotes(f"Brexit.\n\n{text}")] == [speaker]


def test_a_month_after_in_is_no_one():
    assert [q.speaker.name for q in quotes("Vote.\n\nThe vote was held in May, officials said.", indirect=True)] == [
        "officials"]


def test_an_abbreviated_title_ends_a_long_body_name_before_a_person_s():
    text = ("Fire.\n\n\"Pretty much the community of Paradise is destroyed,\" California Department of Forestry "
            "and Fire Protection Capt. Scott McLean said.")
    assert [q.speaker.name for q in quotes(text)] == ["Scott McLean"]


@pytest.mark.parametrize("subject, speaker", [
    ("The International Association of Machinists and Aerospace Workers, which represents 33,000 striking workers,",
     "International Association of Machinists and Aerospace Workers"),
    ("In a poll, 1,409 teachers", "1,409 teachers")])
def test_a_thousands_comma_does_not_split_the_subject(subject, speaker):
    text = f"Strike.\n\n{subject} said they would not back the company's offer this year."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [speaker]


@pytest.mark.parametrize("role", ["campaign chairman", "chief of staff", "press secretary"])
def test_her_role_before_a_name_is_held_for_the_person_the_sentence_before_is_about(role):
    text = (f"Primary.\n\nHillary Clinton played down the loss. Her {role}, John Podesta, said in a memo that she "
            "remained on track to win.")
    assert [q.speaker.role for q in quotes(text, indirect=True)] == [f"Hillary Clinton's {role}"]


def test_the_company_is_a_name_read_as_a_person_s_that_just_spoke():
    text = ("Train.\n\nNorfolk Southern said it would pay for the cleanup. \"We are not going anywhere,\" the company "
            "said in a statement.")
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [
        ("Norfolk Southern", "organization")] * 2


def test_the_company_is_not_a_person_who_just_spoke():
    text = "Train.\n\nJohn Smith said he would pay. \"We are not going anywhere,\" the company said in a statement."
    assert quotes(text, indirect=True)[-1].speaker.name == "the company"


def test_as_recently_as_a_time_before_that_is_when_not_what():
    text = ("Pardon.\n\nWhite House press secretary Karine Jean-Pierre had said as recently as last month that the "
            "president would not pardon his son.")
    assert [q.text for q in quotes(text, indirect=True)] == ["the president would not pardon his son"]


@pytest.mark.parametrize("subject, speaker", [
    ("Survivors of a migrant boat that sank off Greece last week", "Survivors of a migrant boat"),
    ("Survivors of the shipwreck", "Survivors of the shipwreck"),
    ("Relatives of the victims who died in Texas", "Relatives of the victims")])
def test_people_of_something_before_a_relative_clause_are_the_speakers(subject, speaker):
    text = f"Wreck.\n\n{subject} said the vessel had been towed by the coast guard."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [speaker]


def test_a_lower_case_no_ends_a_sentence_before_a_word():
    text = ("Budget.\n\nSeveral senators said they would vote no. Sen. Gilbert Villegas, a former floor leader, said "
            "the plan was bad.")
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("Several senators", "they would vote no"), ("Gilbert Villegas", "the plan was bad")]


@pytest.mark.parametrize("subject", ["Several aldermen", "Two congressmen", "The committee chairmen"])
def test_a_men_plural_of_a_role_is_a_group(subject):
    text = f"Budget.\n\n{subject} said they would vote against the plan."
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [(subject, "group")]


@pytest.mark.parametrize("content", ["thousands arrive each week", "40 people died in the fire",
                                     "hundreds of families have left"])
def test_a_plural_subject_says_a_number_of_people(content):
    text = f"Camps.\n\nAid workers say {content}."
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [("Aid workers", content)]


@pytest.mark.parametrize("subject", ["An RSF commander reached by phone", "A source quoted by Interfax",
                                     "A senior official cited by state media"])
def test_a_subject_described_by_how_the_reporter_reached_them_speaks(subject):
    text = f"War.\n\n{subject} said the talks had stalled."
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [(subject, "the talks had stalled")]


@pytest.mark.parametrize("subject, speaker", [("Shipping company Maersk", "Maersk"),
                                              ("Mining group Rio Tinto", "Rio Tinto")])
def test_a_trade_in_ing_before_a_company_is_no_opening_participle(subject, speaker):
    text = f"Ports.\n\n{subject} said it was diverting vessels to Antwerp."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [speaker]


def test_a_study_by_a_maker_read_as_a_person_finds():
    text = ("Heat.\n\nA study published last year by World Weather Attribution found that climate change had made "
            "the heat wave thirty times more likely.")
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("World Weather Attribution", "climate change had made the heat wave thirty times more likely")]


def test_its_role_in_a_tag_after_the_quotation_is_held_in_the_body_that_spoke():
    text = ("Heat.\n\nThe India Meteorological Department said relief was not expected. \"It is bad,\" its director "
            "general, Mrityunjay Mohapatra, said.")
    assert quotes(text, indirect=True)[-1].speaker.role == "director general of India Meteorological Department"


def test_its_role_opening_a_sentence_is_not_the_last_speaking_body_s():
    text = ("Korea.\n\nThe opposition Democratic Party said Yoon should resign. Even members of Yoon's own People "
            "Power "
            "Party criticised the move. Its leader, Han Dong-hoon, said he would work to stop it.")
    assert "Democratic" not in quotes(text, indirect=True)[-1].speaker.role


def test_a_quotation_tagged_by_its_role_and_name_is_a_sentence_of_its_own():
    text = ("Port.\n\nEmployers' group VVWH accused the union of holding the economy hostage. \"This is not a "
            "negotiation, it is blackmail,\" its chairwoman, Ingrid Thijssen, said.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Ingrid Thijssen", "chairwoman of VVWH")]


def test_he_between_a_role_and_a_given_name_is_a_surname():
    text = ("Tariffs.\n\n\"We will take all necessary measures,\" commerce ministry spokeswoman He Yadong told a "
            "regular briefing in Beijing.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("He Yadong", "commerce ministry spokeswoman")]


@pytest.mark.parametrize("clause", ["who testified for two days", "who testified on Monday"])
def test_when_a_relative_clause_s_verb_spoke_is_not_what_it_said(clause):
    text = f"Trial.\n\nThe witness, {clause}, said the mayor had demanded cash."
    assert [q.text for q in quotes(text, indirect=True)] == ["the mayor had demanded cash"]


def test_the_subject_s_own_cue_after_a_relative_clause_set_off_reports():
    text = ("Trial.\n\nOne of the developers, who testified under a cooperation agreement, told jurors that Ortiz "
            "had demanded cash.")
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("One of the developers", "Ortiz had demanded cash")]


@pytest.mark.parametrize("role", ["Civil protection chief", "Civil emergency director"])
def test_a_role_s_lower_case_field_is_kept_when_the_name_speaks_later(role):
    text = f"Volcano.\n\n{role} Vidir Reynisson warned people to stay away. \"It is deadly,\" he said."
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Vidir Reynisson", role)]


def test_a_report_after_a_quotation_s_tag_may_close_on_words_it_quotes():
    text = ("Wolves.\n\n\"The club would like to thank Gary,\" Wolves said in a statement, adding that a replacement "
            "would be named \"in due course.\"")
    assert [(q.kind, q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("direct", "Wolves", "The club would like to thank Gary,"),
        ("indirect", "Wolves", "a replacement would be named \"in due course.\""),
        ("partial", "Wolves", "in due course.")]


@pytest.mark.parametrize("participle", ["adding that", "noting that", "acknowledging that"])
def test_a_participle_of_saying_with_that_reports_for_the_subject(participle):
    text = (f"Camp.\n\nMorton Blackwell pointed to the ground game, {participle} Cruz had built the best campaign "
            "in years.")
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("Morton Blackwell", "Cruz had built the best campaign in years")]


def test_a_participle_reports_for_the_subject_of_the_clause_it_closes():
    text = ("Chicago.\n\nProsecutors charged the officer with murder and Rahm Emanuel fired his police chief, "
            "acknowledging that parts of the city had lost trust in the force.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Rahm Emanuel"]


def test_a_second_participle_of_saying_is_a_second_report():
    text = ("Debate.\n\nMarco Rubio did it sideways, acknowledging that Donald Trump had tapped into a vein but "
            "warning "
            "that his style would have repercussions.")
    assert [q.text for q in quotes(text, indirect=True)] == [
        "Donald Trump had tapped into a vein", "his style would have repercussions"]


def test_the_regulator_is_the_public_body_named_not_the_company_that_spoke():
    text = ("Jets.\n\nBudget carrier Aer Lingus grounded eight jets. The airline said the grounding was a precaution."
            "\n\nAccording to the Irish Aviation Authority, the defect involves a powder metal. The regulator said it "
            "was in contact with European authorities.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Aer Lingus", "Irish Aviation Authority"]


def test_with_people_a_relative_clause_describes_saying_reports():
    text = ("Border.\n\nThe border bill collapsed in the Senate on Wednesday, with Republicans who helped write it "
            "saying they could no longer support it.")
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("Republicans", "they could no longer support it")]


@pytest.mark.parametrize("audience", ["regulators", "employees", "shareholders", "the tribunal"])
def test_told_an_audience_then_a_clause_reports_without_that(audience):
    text = f"Recall.\n\nIn a separate filing, Ford told {audience} it had received 312 warranty claims."
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("Ford", "it had received 312 warranty claims")]


def test_what_someone_else_called_the_words_is_not_part_of_the_report():
    text = ("Ohio.\n\nDonald Trump mocked the governor. The billionaire also said Kasich had been \"a disaster\" for "
            "Ohio, a claim the governor's campaign called \"ridiculous.\"")
    assert [(q.kind, q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("indirect", "Donald Trump", "Kasich had been \"a disaster\" for Ohio"),
        ("partial", "Donald Trump", "a disaster"),
        ("partial", "the governor's campaign", "ridiculous.")]


def test_a_participle_after_a_charge_someone_denied_is_theirs():
    text = ("Caucus.\n\nDonald Trump complained that the contest had been \"rigged\" against him, a charge that "
            "Colorado "
            "Republican leaders strongly denied, noting that they had used the same system since 2004.")
    assert [(q.kind, q.speaker.name) for q in quotes(text, indirect=True)] == [
        ("indirect", "Donald Trump"), ("partial", "Donald Trump"), ("indirect", "Colorado Republican leaders")]


@pytest.mark.parametrize("verb", ["concede", "note", "claim", "caution", "assert"])
def test_more_present_verbs_of_saying_report_with_that(verb):
    text = f"Primary.\n\nClinton aides privately {verb} that she is likely to lose the state."
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("Clinton aides", "she is likely to lose the state")]


def test_a_present_verb_of_saying_after_an_owner_is_a_noun():
    text = ("Delegates.\n\nSanders's claim that he still has a way to win the nomination would depend on him winning "
            "a huge share of superdelegates.")
    assert quotes(text, indirect=True) == []


def test_the_four_time_all_star_is_the_player_just_quoted_not_a_name():
    text = ("Celtics.\n\n\"We didn't execute,\" Celtics coach Joe Mazzulla said. Forward Jaylen Brown disagreed. "
            "\"I don't think anybody was scared,\" the four-time All-Star said.")
    assert [q.speaker.name for q in quotes(text)] == ["Joe Mazzulla", "Jaylen Brown"]


def test_the_mp_is_the_unnamed_backbencher_just_quoted():
    text = ("Rail.\n\n\"We will fight this,\" union leader Mick Lynch said.\n\nA Labour backbencher, who asked not "
            "to be "
            "named, said colleagues were 'deeply uneasy' about the bill. 'It's not what we were elected to do,' the MP "
            "said.")
    assert [q.speaker.name for q in quotes(text)] == ["Mick Lynch", "A Labour backbencher", "A Labour backbencher"]


@pytest.mark.parametrize("name", ["Pharmaceutical Research and Manufacturers of America",
                                  "Association of Chemists and Engineers of Ontario"])
def test_and_inside_a_body_s_name_after_the_is_one_body(name):
    text = (f"Drugs.\n\nThe {name}, the industry's main lobby group, said price caps would stifle innovation. "
            "Its chief executive, Stephen Ubl, said insurers were to blame.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)] == [
        (name, None), ("Stephen Ubl", f"chief executive of {name}")]


def test_a_body_s_name_with_commas_in_it_is_one_subject():
    text = ("Retail.\n\nThe Retail, Wholesale and Department Store Union, the industry's main union, said price caps "
            "would stifle innovation. Its president, Stuart Appelbaum, said insurers were to blame.")
    name = "Retail, Wholesale and Department Store Union"
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)] == [
        (name, None), ("Stuart Appelbaum", f"president of {name}")]


@pytest.mark.parametrize("subject, speaker", [
    ("The Joint Chiefs of Staff", "Joint Chiefs of Staff"),
    ("Joint Chiefs of Staff Chairman Gen. Mark Milley", "Mark Milley"),
    ("The Kansas City Chiefs", "Kansas City Chiefs")])
def test_the_joint_chiefs_of_staff_and_its_chairman(subject, speaker):
    text = f"War.\n\n{subject} said the war could last years."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [speaker]


@pytest.mark.parametrize("subject", ["officials and aid agencies", "relief agencies"])
def test_bare_plural_bodies_close_a_report(subject):
    text = f"Cyclone.\n\nCyclone Freddy made landfall in central Mozambique on Saturday, {subject} said."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [subject]


@pytest.mark.parametrize("subject, speaker", [
    ("Nurses on the picket line outside Abbott Northwestern Hospital",
     "Nurses on the picket line outside Abbott Northwestern Hospital"),
    ("But several GOP leaders on the ground", "several GOP leaders on the ground")])
def test_people_on_a_place_are_a_group_of_speakers(subject, speaker):
    text = f"Strike.\n\n{subject} said they were exhausted."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [speaker]


def test_a_quotation_tagged_by_a_description_is_a_sentence_of_its_own():
    text = ("City.\n\nCity manager Pep Guardiola said his side had been \"lucky\" after Spurs missed several chances. "
            "\"Tottenham were better than us,\" the Spaniard said. \"But football is about scoring goals.\"")
    assert [(q.kind, q.speaker.name) for q in quotes(text, indirect=True)] == [
        ("indirect", "Pep Guardiola"), ("partial", "Pep Guardiola"), ("direct", "Pep Guardiola"),
        ("direct", "Pep Guardiola")]


def test_a_report_keeps_its_partial_when_quotations_with_tags_follow_its_sentence():
    text = ("City.\n\nCity manager Pep Guardiola said his side had been \"lucky\" after Spurs missed several chances. "
            "\"Tottenham were better than us,\" the Spaniard said. \"But football is about scoring goals.\"")
    assert [(q.kind, q.speaker.name) for q in quotes(text, indirect=True)] == [
        ("indirect", "Pep Guardiola"), ("partial", "Pep Guardiola"), ("direct", "Pep Guardiola"),
        ("direct", "Pep Guardiola")]


def test_the_general_staff_is_a_body_not_a_general():
    text = ("War.\n\n\"The enemy suffered heavy losses,\" the General Staff said in its morning update. It said 14 "
            "attacks had been repelled in the past 24 hours.")
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [
        ("General Staff", "organization")] * 2


def test_a_closing_according_to_may_be_followed_by_a_clause_of_when_or_why():
    text = ("F1.\n\nApple is in talks to buy the streaming rights to Formula One races, according to two people "
            "familiar with the matter, as the iPhone maker seeks to bolster its sports lineup.")
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("two people familiar with the matter", "Apple is in talks to buy the streaming rights to Formula One races")]


@pytest.mark.parametrize("subject, speaker", [("Singapore-based Grace Ocean Pte Ltd", "Grace Ocean Pte Ltd"),
                                              ("London-based Barclays", "Barclays")])
def test_where_a_body_is_based_is_not_part_of_its_name(subject, speaker):
    text = f"Bridge.\n\nThe ship's owner, {subject}, said all 22 crew members were accounted for."
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [(speaker, "organization")]


def test_his_relative_in_a_tag_after_a_quotation_is_of_the_one_sharing_the_surname():
    text = ("Rescue.\n\nLachlan Young was spotted by a helicopter crew. He was dehydrated, according to Ambulance "
            "Victoria.\n\n\"We'd almost given up hope,\" his mother, Catherine Young, said.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Catherine Young", "Lachlan Young's mother")]


def test_his_lawyer_in_a_tag_is_of_the_one_person_the_sentence_before_names():
    text = ("Cairo.\n\nAn Egyptian court ordered the release of activist Alaa Abdel-Fattah, his family said.\n\n"
            "\"We are overjoyed,\" his lawyer, Khaled Ali, said.")
    assert quotes(text)[-1].speaker.role == "Alaa Abdel-Fattah's lawyer"


def test_but_say_after_a_present_report_is_a_second_report():
    text = ("Primary.\n\nClinton aides privately concede that she is likely to lose the state but say she remains "
            "strong in South Carolina.")
    assert [q.text for q in quotes(text, indirect=True)] == [
        "she is likely to lose the state", "she remains strong in South Carolina"]


def test_but_said_a_clause_in_the_past_after_a_partial_is_a_report():
    text = ("Seattle.\n\nCity Council member Tammy Morales called the apology \"a good first step\" but said actions "
            "mattered more than words.")
    assert [(q.kind, q.text) for q in quotes(text, indirect=True)] == [
        ("partial", "a good first step"), ("indirect", "actions mattered more than words")]


def test_a_name_before_a_plural_possessive_is_registered_without_its_mark():
    text = ("Sanders.\n\nYoung voters feel Bernie Sanders’ lock on them. At a rally, Sanders said he opposed the "
            "2007 "
            "immigration bill.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Bernie Sanders"]


def test_a_plural_owner_s_message_before_a_colon_speaks():
    text = "Farmers.\n\nThe protesters’ message was blunt: “No farmers, no food.”"
    assert [q.speaker.name for q in quotes(text)] == ["The protesters"]


def test_the_x_and_the_y_is_two_bodies_not_a_titled_person():
    text = "Growth.\n\nThe World Bank and the IMF said growth would slow next year."
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [
        ("World Bank and the IMF", "group")]


@pytest.mark.parametrize("first, description", [("France and Germany", "the two countries"),
                                                ("The World Bank and the IMF", "the two lenders")])
def test_the_two_countries_are_the_pair_of_bodies_that_just_spoke(first, description):
    text = f"Fund.\n\n{first} said they would fund the project. \"Europe must act,\" {description} said."
    spoken = quotes(text, indirect=True)
    assert spoken[-1].speaker.name == spoken[0].speaker.name


@pytest.mark.parametrize("place", ["St. Louis", "Ft. Worth"])
def test_a_role_s_place_with_an_abbreviation_is_kept_whole(place):
    text = (f"Health.\n\n\"It saves lives,\" said Dr. Jessica Gold, a psychiatrist at a university in {place}, "
            "on Monday.")
    assert quotes(text)[0].speaker.role == f"psychiatrist at a university in {place}"


def test_another_after_a_crowd_that_spoke_is_one_more_of_them():
    text = ("Tour.\n\nFans flooded social media with messages of support. \"Take all the time you need,\" one wrote. "
            "\"Your health comes first, always,\" another wrote.")
    assert [q.speaker.name for q in quotes(text)] == ["one of the fans", "another of the fans"]


def test_one_said_after_people_a_sentence_opens_on_is_one_of_them():
    text = ("Flood.\n\nResidents fled the rising water on Sunday.\n\n\"It was terrible,\" one said. \"We lost "
            "everything,\" another said.")
    assert [q.speaker.name for q in quotes(text)] == ["one of the residents", "another of the residents"]


def test_one_said_with_no_people_before_keeps_its_quotation():
    text = "Talks.\n\nThe talks failed on Sunday. \"It was terrible,\" one said."
    assert [(q.text, q.speaker) for q in quotes(text)] == [("It was terrible,", None)]


def test_estimated_reports_a_clause_but_not_an_estimate_of_a_thing():
    text = ("Strike.\n\nAnalysts at Deutsche Bank estimated the strike had cost the automakers about $3 billion. "
            "Police estimated the crowd at 5,000.")
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("Analysts at Deutsche Bank", "the strike had cost the automakers about $3 billion")]


def test_a_charge_someone_denied_after_a_quotation_s_own_comma_is_no_tag_of_it():
    text = ("Debate.\n\nGov. Brian Kemp and challenger Stacey Abrams clashed on Sunday.\n\nKemp defended the law. He "
            "said Abrams wanted to \"defund the police,\" a charge she denied.")
    assert [(q.kind, q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("indirect", "Brian Kemp", "Abrams wanted to \"defund the police,\""),
        ("partial", "Brian Kemp", "defund the police,")]


def test_a_verb_of_owning_up_before_a_gerund_reports_no_clause():
    text = ("Chess.\n\nHans Niemann, 19, has acknowledged cheating in online games when he was 12 and 16. Hillary "
            "Clinton argued during Saturday's debate that she could take a hard line on Wall Street.")
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("Hillary Clinton", "she could take a hard line on Wall Street")]


@pytest.mark.parametrize("clause", ["The senator admitted lying about the trip when he was asked.",
                                    "Although Trump has admitted using the tax code, he does not defend it."])
def test_a_short_gerund_after_a_verb_of_owning_up_is_no_report(clause):
    assert quotes(f"Tax.\n\n{clause}", indirect=True) == []


def test_a_participle_after_a_charge_set_off_by_a_quotation_s_comma_is_the_charge_maker_s():
    text = ("Debate.\n\nGov. Brian Kemp spoke on Sunday. He said Abrams wanted to \"defund the police,\" a charge Stacey "
            "Abrams denied, noting that she had never supported such a plan.")
    assert [(q.kind, q.speaker.name) for q in quotes(text, indirect=True)] == [
        ("indirect", "Brian Kemp"), ("partial", "Brian Kemp"), ("indirect", "Stacey Abrams")]


@pytest.mark.parametrize("opening", ["A", "During the trial, a"])
def test_a_verb_in_a_relative_clause_just_before_the_subject_s_say_verb_reports_nothing(opening):
    text = (f"Bribery.\n\n{opening} developer who testified under a cooperation agreement said that he had "
            "handed the mayor envelopes of cash in a parking garage.")
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        (f"{opening[-1]} developer", "he had handed the mayor envelopes of cash in a parking garage")]


def test_a_post_at_a_body_named_after_its_kind_is_someone_holding_it_not_the_body():
    assert parse_np("the head of the state weather agency AEMET").kind == "description"
    text = ("Floods.\n\nRegional leader Carlos Mazon defended the alert. \"We acted on the information we had,\" he "
            "told a news conference.\n\nBut the head of the state weather agency AEMET said warnings had been "
            "issued in the morning.")
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [
        ("Carlos Mazon", "person"), ("the head of the state weather agency AEMET", "anonymous")]


def test_a_post_at_a_body_is_the_last_speaker_s_only_if_their_role_names_that_body():
    text = ("Hearing.\n\n{role} Trey Gowdy opened the hearing. \"We want the facts,\" he told reporters.\n\nThe "
            "chairman of the committee later said the panel would call more witnesses next month.")
    assert quotes(text.format(role="Committee Chairman"), indirect=True)[-1].speaker.name == "Trey Gowdy"
    assert quotes(text.format(role="Chairman"), indirect=True)[-1].speaker.name == "Trey Gowdy"
    assert quotes(text.format(role="Republican Party leader"), indirect=True)[-1].speaker.name == (
        "The chairman of the committee")


@pytest.mark.parametrize("joint", ["came as", "came hours after", "was issued while"])
def test_a_clause_before_a_conjunction_is_no_part_of_the_subject_after_it(joint):
    text = (f"Border.\n\nThe order from a panel of the 5th U.S. Circuit Court of Appeals {joint} Mexico's government "
            "said it would not accept any migrants returned by Texas.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Mexico's government"]


@pytest.mark.parametrize("aside", ["one of the affected countries", "one of the three regions hit"])
def test_one_of_a_kind_of_body_set_off_after_a_subject_describes_it_and_is_no_speaker(aside):
    text = (f"Vaccines.\n\nHealth officials in Nigeria, {aside}, said vaccination campaigns would continue with doses "
            "from other batches.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Health officials in Nigeria"]
    assert parse_np("one of the affected countries").kind != "anonymous"


def test_a_body_called_by_its_kind_is_not_one_whose_name_says_it_is_of_another_kind():
    text = ("Strike.\n\nHollywood actors reached a deal on Wednesday, SAG-AFTRA said.\n\nThe Alliance of Motion "
            "Picture and Television Producers, which bargains for the studios, said the agreement was fair.\n\nThe "
            "union said the contract included more than $1 billion in new pay.\n\nDuncan Crabtree-Ireland, the "
            "union's chief negotiator, told reporters the deal would be put to members next week.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)][2:] == [
        ("The union", None), ("Duncan Crabtree-Ireland", "union's chief negotiator")]


def test_a_union_may_go_by_an_association_s_name():
    text = ("Endorsement.\n\nA union representing flight attendants endorsed the senator on Thursday.\n\nIn a "
            "statement, the Association of Flight Attendants called her a champion.\n\n\"She has fought for workers "
            "all her life,\" the union wrote.")
    assert [q.speaker.name for q in quotes(text)] == ["Association of Flight Attendants"]


@pytest.mark.parametrize("role", ["Fire information officer", "Daily News opinion editor", "Police media officer"])
def test_a_field_word_opening_a_sentence_is_part_of_the_role_before_a_name(role):
    assert parse_np(f"{role} Mike Westwick").role == role
    text = f"Fire.\n\nCrews were out all night. {role} Mike Westwick said the forecast was not in their favour."
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)] == [("Mike Westwick", role)]


@pytest.mark.parametrize("audience", ["the court", "MSNBC", "investigators"])
def test_telling_an_audience_a_clause_with_no_that_is_a_report(audience):
    text = (f"Fraud.\n\nHis lawyer, Clare Montgomery, asked for leniency, telling {audience} her client had shown "
            "\"genuine remorse\" and had cooperated.")
    assert [(q.kind, q.speaker.name) for q in quotes(text, indirect=True)] == [
        ("indirect", "Clare Montgomery"), ("partial", "Clare Montgomery")]


def test_a_name_s_age_between_told_and_that_is_part_of_whom_it_was_told():
    text = ("Fraud.\n\nJudge Martin Edmunds told Daniel Harker, 44, that he had betrayed the trust of people who "
            "relied on him.")
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("Martin Edmunds", "he had betrayed the trust of people who relied on him")]


@pytest.mark.parametrize("obj", ["him", "her"])
def test_an_object_pronoun_before_a_cue_is_never_its_subject(obj):
    text = (f"Race.\n\nTom Hadley ended his campaign on Monday and endorsed Mary Collins.\n\nCollins thanked {obj} "
            "in a statement and said she looked forward to \"uniting our party.\"")
    assert [(q.kind, q.speaker.name) for q in quotes(text, indirect=True)] == [
        ("indirect", "Mary Collins"), ("partial", "Mary Collins")]


def test_a_team_speaks_as_a_body():
    text = ("Tennis.\n\nLONDON (AP) - Andy Murray withdrew from Wimbledon singles on Tuesday, a week after surgery "
            "on his back, his management team said.\n\n\"Andy has taken the very difficult decision not to play the "
            "singles this year,\" the team said in a statement.")
    assert [(q.kind, q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [
        ("indirect", "his management team", "organization"), ("direct", "the team", "organization")]


def test_a_bare_relation_opening_a_sentence_is_neither_name_nor_role():
    assert (parse_np("Rival Hillary Clinton").name, parse_np("Rival Hillary Clinton").role) == ("Hillary Clinton", None)
    assert parse_np("GOP rival Ted Cruz").role == "GOP rival"
    text = ("Campaign.\n\nRival Hillary Clinton had mocked the complaint.\n\nDemocrat Hillary Clinton spoke on "
            "Monday.\n\n\"We are happy with the result,\" Clinton said.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Hillary Clinton", "Democrat")]


@pytest.mark.parametrize("force", ["China's coast guard", "The National Guard", "Spain's Civil Guard"])
def test_a_guard_named_by_what_it_guards_is_a_force_not_a_person(force):
    assert parse_np(force).kind == "organization"
    text = ("Sea.\n\n\"These actions violate international law,\" Philippine coast guard spokesperson Jay Tarriela "
            f"said on X.\n\n{force} said the Philippine vessel had approached a Chinese ship.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Jay Tarriela", force.removeprefix("The ")]


@pytest.mark.parametrize("people", ["Residents", "Property owners", "But property owners"])
def test_people_before_a_relative_clause_are_the_subject_of_the_say_verb_after_it(people):
    text = f"Rentals.\n\n{people} who rent their homes to tourists said the vote would hurt the local economy."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [people.removeprefix("But ")]


def test_a_subordinate_clause_s_subject_does_not_speak_the_quotation_after_the_sentence():
    text = ("Quake.\n\n\"The dogs can smell a person under five meters of concrete,\" said Marta Lopez, a handler "
            "with a Spanish rescue team, as her German shepherd, Zeus, worked through a pile of rubble. \"They "
            "don't get tired the way we do.\"")
    assert [q.speaker.name for q in quotes(text)] == ["Marta Lopez", "Marta Lopez"]


@pytest.mark.parametrize("subject", ["An official there", "An official there, who asked not to be named,",
                                     "Her campaign workers here"])
def test_unnamed_people_and_where_they_are_speak(subject):
    text = f"Climb.\n\n{subject} said the department would review safety rules for high-altitude rescues."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [subject.split(",")[0]]


def test_people_counted_after_the_speak_as_a_group():
    text = ("Protest.\n\nFour activists occupied the roof.\n\nThe four had argued that their protest was peaceful "
            "and lawful.")
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [("The four", "group")]
    assert parse_np("Only six") is None


@pytest.mark.parametrize("records", ["Court documents", "Police records"])
def test_records_no_one_is_named_for_are_shown_as_the_source(records):
    assert parse_np(records).kind == "description"
    text = f"Fraud.\n\n{records} accuse the label of \"systematic accounting fraud.\""
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text)] == [(records, "anonymous")]


@pytest.mark.parametrize("name", ["Jennifer Crumbley", "Jennifer Crumbley, 45,", "Crumbley"])
def test_say_after_a_plural_subject_reports_a_clause_opening_on_a_full_name(name):
    text = f"Trial.\n\nProsecutors say {name} ignored warning signs and gave her son access to a gun."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Prosecutors"]


def test_a_nationality_before_a_field_word_and_a_role_noun_is_a_role():
    assert parse_np("Tanzanian opposition leader Tundu Lissu").role == "Tanzanian opposition leader"
    text = ("Exile.\n\nTanzanian opposition leader Tundu Lissu returned home on Wednesday, telling supporters that he "
            "was ready to challenge the ruling party.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Tundu Lissu"]


@pytest.mark.parametrize("group", ["the defence ministers of France and Germany", "the foreign ministers of the G7"])
def test_the_holders_of_a_post_in_named_places_speak_together(group):
    assert parse_np(group).kind == "group"
    text = f"Arms.\n\nIn a joint statement, {group} said the plan showed Europe's \"unwavering support\" for Kyiv."
    assert {q.speaker.name for q in quotes(text, indirect=True)} == {group}


def test_a_studio_speaks_as_the_company_named_before():
    text = ("Film.\n\nWarner Bros cut most of her scenes, she said.\n\nThe studio said in a statement that editing "
            "decisions were \"made for creative reasons alone.\"")
    assert [(q.kind, q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [
        ("indirect", "Warner Bros", "organization"), ("partial", "Warner Bros", "organization")]
    assert parse_np("Lehman Brothers").kind == "organization"


@pytest.mark.parametrize("role", ["director of the centre", "head of the agency"])
def test_a_post_at_the_body_named_before_set_off_before_a_name_is_a_role(role):
    text = f"Landslide.\n\n\"The landslide buried more than 2,000 people alive,\" the {role}, Luseta Mana, said."
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Luseta Mana", role)]


def test_an_abbreviation_inside_a_subordinate_clause_is_no_sentence_end():
    text = ("Border.\n\nMexico pressed U.S. officials to reopen border crossings, Foreign Minister Alicia Barcena "
            "said on Wednesday, as U.S. officials sought assistance to stem \"irregular migration.\"")
    assert [(q.kind, q.speaker.name) for q in quotes(text)] == [("partial", "U.S. officials")]


@pytest.mark.parametrize("verb", ["radioed", "texted", "emailed"])
def test_a_message_sent_is_said(verb):
    text = (f"Launch.\n\n\"What a ride,\" NASA astronaut Jasmin Moghbeli {verb} shortly after reaching orbit. "
            "\"Thank you to everyone who made this possible.\"")
    assert [q.speaker.name for q in quotes(text)] == ["Jasmin Moghbeli", "Jasmin Moghbeli"]


@pytest.mark.parametrize("company", ["Kobayashi Pharmaceutical", "Acme Holdings Ltd"])
def test_a_public_body_called_by_its_kind_is_no_company_named_before(company):
    text = (f"Recall.\n\n{company} has recalled three products after customers reported kidney problems. More than 100 "
            "people have been hospitalised, the health ministry said.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["the health ministry"]


def test_a_second_participle_after_with_and_has_its_own_subject():
    text = ("Debate.\n\nHillary Clinton and Bernie Sanders clashed on Thursday, with the Vermont senator accusing his "
            "rival of being too close to banks and Clinton calling the charge an \"artful smear.\"")
    assert [q.speaker.name for q in quotes(text)] == ["Hillary Clinton"]


def test_a_clause_after_said_is_no_inverted_subject():
    text = ("Voters.\n\nAt a diner in Sterling Heights, Dave Kowalski, 63, a retired autoworker and lifelong "
            "Democrat, said he was leaning toward Donald Trump.\n\n\"The Democrats forgot about us,\" he said.")
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("Dave Kowalski", "he was leaning toward Donald Trump"), ("Dave Kowalski", "The Democrats forgot about us,")]


@pytest.mark.parametrize("someone", ["A senior Republican strategist aligned with Ted Cruz",
                                     "A strategist close to Ted Cruz, who requested anonymity,"])
def test_someone_unnamed_on_a_named_side_is_not_the_name(someone):
    text = f"Race.\n\n{someone} described the governor's candidacy as \"a gift to Trump.\""
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text)] == [(someone.split(",")[0], "anonymous")]


def test_his_campaign_manager_is_the_man_in_focus_s_not_his_own():
    text = ("Race.\n\nJohn Kasich said he was staying in. \"I am not going anywhere,\" he said.\n\nTed Cruz has "
            "been careful not to attack Kasich directly. But his campaign manager, Jeff Roe, told Politico last "
            "week that \"there is no path\" for the governor.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)][-1] == ("Jeff Roe", "Ted Cruz's campaign manager")


@pytest.mark.parametrize("owner", ["Sanders'", "Bernie Sanders\u2019"])
def test_a_role_owned_through_s_apostrophe_is_the_appositive_s_role(owner):
    text = (f"Campaign.\n\nJeff Weaver, {owner} campaign manager, acknowledged the frustration. \"These are people who "
            "gave everything,\" he said.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Jeff Weaver", f"{owner} campaign manager")]


def test_said_one_said_another_after_people_just_described():
    text = ("Flood.\n\nResidents were angry. \"We are out of time,\" said one. \"Nobody listens to us,\" said another.")
    assert [q.speaker.name for q in quotes(text)] == ["one of the residents", "another of the residents"]


def test_in_the_words_of_someone_opens_their_quotation():
    text = "Senate.\n\nIn the words of Senator Jane Alvarez, \"We are out of time and out of excuses.\""
    assert [(q.speaker.name, q.cue) for q in quotes(text)] == [("Jane Alvarez", "in the words of")]


def test_a_relative_with_an_appositive_opening_the_sentence_before_is_he():
    text = ("Fire.\n\nAnn Price, a former nurse, said she had seen nothing like it. Her husband, a retired "
            "firefighter, agreed. \"It is the worst I have seen,\" he said.")
    assert [q.speaker.name for q in quotes(text)] == ["Ann Price's husband"]


@pytest.mark.parametrize("issuer", ["Governor Ann Price issued", "Acme Corp released"])
def test_the_statement_is_whoever_the_sentence_before_says_issued_it(issuer):
    text = f"Storm.\n\n{issuer} a statement on Monday. \"We will rebuild every home we lost,\" the statement said."
    assert [q.speaker.name for q in quotes(text)] == [issuer.rsplit(" ", 1)[0].removeprefix("Governor ")]


@pytest.mark.parametrize("adverb", ["Earlier", "Later", "Previously"])
def test_an_opening_adverb_of_time_is_no_one_s_name(adverb):
    assert parse_np(adverb) is None
    text = f"Report.\n\n{adverb}, the campaign had called the report \"fake news.\""
    assert [q.speaker.name for q in quotes(text)] == ["the campaign"]


def test_an_ad_speaks_for_whoever_paid_for_it():
    text = "Ads.\n\nThe ad, paid for by Priorities USA, says Trump \"cannot be trusted\" with nuclear weapons."
    assert {q.speaker.name for q in quotes(text, indirect=True)} == {"Priorities USA"}


def test_officials_at_a_named_body_are_a_group():
    assert parse_np("Officials at the Pentagon").kind == "group"
    text = ("Strike.\n\nOfficials at the Pentagon, who spoke on condition of anonymity, said the strike killed at "
            "least 12 militants.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["Officials at the Pentagon"]


@pytest.mark.parametrize("joint", [". He", ", and he"])
def test_a_pronoun_after_a_pair_is_the_one_of_them_it_fits(joint):
    text = ("Online.\n\nAlexandria Ocasio-Cortez and Ted Cruz clashed online. She called his comments "
            f"\"dangerous\"{joint} called hers \"absurd.\"")
    assert [q.speaker.name for q in quotes(text)] == ["Alexandria Ocasio-Cortez", "Ted Cruz"]


@pytest.mark.parametrize("name", ["LeBron James", "DeMar DeRozan", "McKenzie Smith"])
def test_a_name_with_a_capital_after_its_prefix_is_kept_for_its_surname(name):
    surname = name.split()[-1]
    text = f"Game.\n\n{name} scored 40 points as the Lakers won on Sunday. \"We needed this one,\" {surname} said."
    assert [q.speaker.name for q in quotes(text)] == [name]


@pytest.mark.parametrize("role", ["acting Governor", "interim President", "outgoing Prime Minister"])
def test_a_lower_case_word_of_tenure_opens_a_capitalised_title(role):
    assert parse_np(f"{role} Dan Patrick").role == role
    text = f"Storm.\n\n\"This is going to be a long recovery,\" {role} Dan Patrick told a news conference."
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Dan Patrick", role)]


def test_a_body_s_post_in_lower_case_is_someone_described():
    assert parse_np("parliament's speaker").kind == "description"
    text = ("Law.\n\nUgandan President Yoweri Museveni has signed the bill into law, parliament's speaker said on "
            "Monday.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["parliament's speaker"]


def test_a_body_s_post_read_from_the_middle_of_a_phrase_is_no_speaker():
    text = ("Guns.\n\nRepublican leaders found themselves on Tuesday distancing themselves from their party's "
            "presidential nominee, after Donald Trump suggested that \"Second Amendment people\" could stop Hillary "
            "Clinton from appointing judges.")
    assert [q.speaker.name for q in quotes(text)] == ["Donald Trump"]


def test_the_agency_is_the_administration_named_before():
    text = ("Recall.\n\nTesla is recalling more than 2 million vehicles, the National Highway Traffic Safety "
            "Administration said on Wednesday.\n\nThe recall follows a two-year investigation by NHTSA. The agency "
            "said Tesla's system \"may not be sufficient to prevent driver misuse.\"")
    assert {q.speaker.name for q in quotes(text, indirect=True)} == {"National Highway Traffic Safety Administration"}


def test_a_relative_of_the_person_whose_family_just_spoke_is_theirs():
    text = ("Iran.\n\nTEHRAN (Reuters) - Iranian authorities have released Nobel Peace Prize laureate Narges "
            "Mohammadi from prison for three weeks, her family said on Wednesday.\n\n\"This temporary release is "
            "not enough,\" her husband, Taghi Rahmani, told Reuters from Paris.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [
        ("Taghi Rahmani", "Narges Mohammadi's husband")]


def test_a_country_s_judiciary_speaks_as_a_body():
    text = "Iran.\n\nIran's judiciary has said she was convicted of \"propaganda against the state.\""
    assert {q.speaker.name for q in quotes(text, indirect=True)} == {"Iran's judiciary"}


@pytest.mark.parametrize("body", ["Court of Arbitration for Sport", "Center for Science in the Public Interest"])
def test_a_body_s_name_may_link_its_words_more_than_once(body):
    assert parse_np(f"the {body}").name == body
    text = f"Doping.\n\nA two-time Olympic champion was banned for four years on Thursday, the {body} said."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [body]


@pytest.mark.parametrize("when", ["before his arrest", "in an interview", "during the hearing"])
def test_a_verb_that_reports_only_with_that_may_take_a_when_before_it(when):
    text = f"Coup.\n\nGeneral Juan Jose Zuniga claimed {when} that the president had asked him to stage the takeover."
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [
        ("Juan Jose Zuniga", "the president had asked him to stage the takeover")]


@pytest.mark.parametrize("body", ["Committee to Protect Journalists", "Coalition to Stop Gun Violence"])
def test_a_body_named_after_what_it_sets_out_to_do_is_one_body(body):
    assert parse_np(f"The {body}").name == body
    text = f"Press.\n\nThe {body} said Mexico remained one of the most dangerous countries for the press."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [body]
    assert parse_np("The Senate to Vote") is None


@pytest.mark.parametrize("comma", [',"', '",'])
def test_a_second_report_after_a_quotation_is_its_own(comma):
    text = (f"Chips.\n\nGreg Roh, head of research at Hyundai Motor Securities, said the warning was \"overly "
            f"cautious{comma} while Lee Min-hee of BNK Investment said she had cut her forecasts.")
    got = [(q.kind, q.speaker.name, q.text) for q in quotes(text, indirect=True)]
    assert ("indirect", "Lee Min-hee", "she had cut her forecasts") in got
    assert {name for kind, name, _ in got if kind == "partial"} == {"Greg Roh"}


@pytest.mark.parametrize("verb", ["denied the charges", "admitted the offence"])
def test_a_relative_clause_s_object_is_not_what_its_subject_said(verb):
    text = f"Court.\n\nLim, who {verb}, said he would appeal."
    assert [(q.speaker.name, q.text) for q in quotes(text, indirect=True)] == [("Lim", "he would appeal")]


@pytest.mark.parametrize("opening, role", [
    ("The civil protection agency warned that more rain was forecast.", "head of the civil protection agency"),
    ("The union called a strike on Monday.", "head of the union"),
    ("The plan drew criticism from all sides.", "head")])
def test_its_post_is_at_the_unnamed_body_the_sentence_before_opens_on(opening, role):
    text = f"Floods.\n\n{opening} Its head, Fabrizio Curcio, urged people to stay indoors. \"Stay home,\" he said."
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Fabrizio Curcio", role)]


@pytest.mark.parametrize("role, name", [("Work and Pensions Secretary", "Liz Kendall"),
                                        ("Trade and Industry Minister", "Ebrahim Patel")])
def test_a_portfolio_of_two_fields_is_one_title(role, name):
    text = f"Cuts.\n\n{role} {name} told the BBC: \"The system is broken.\""
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [(name, role)]
    assert parse_np("Rubio and Florida Gov. Rick Scott").name == "Rubio and Rick Scott"


@pytest.mark.parametrize("subject, aside", [
    ("A spokesman for the Rapid Support Forces", "the paramilitary group fighting the army"),
    ("A spokesman for Hamas", "the group that runs Gaza"),
    ("John Smith", "the man who beat Jones")])
def test_a_noun_inside_an_appositive_is_not_the_subject(subject, aside):
    text = f"War.\n\n{subject}, {aside}, said the talks had stalled."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [subject]


@pytest.mark.parametrize("before, role", [
    ("A court ordered the release on bail of opposition leader Mirza Fakhrul Islam Alamgir.",
     "Mirza Fakhrul Islam Alamgir's lawyer"),
    ("\"The fraud was brazen,\" U.S. Attorney Damian Williams said.", "lawyer"),
    ("Her parents, professors Joseph Bankman and Barbara Fried, sat behind her.", "lawyer")])
def test_a_lawyer_is_of_the_one_person_the_sentence_before_names(before, role):
    text = f"Court.\n\n{before}\n\nHer lawyer, Kayser Kamal, said the charges were politically motivated."
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True) if q.kind == "indirect"] == [
        ("Kayser Kamal", role)]


@pytest.mark.parametrize("tag, role", [
    ("said Dr. Ajay Shukla of Ram Manohar Lohia Hospital", "Ram Manohar Lohia Hospital"),
    ("said Dr. Jane Doe, a virologist at Johns Hopkins University", "virologist at Johns Hopkins University")])
def test_a_form_of_address_gives_way_to_where_they_work(tag, role):
    text = f"Heat.\n\n\"We have admitted 40 patients in two days,\" {tag}."
    assert [q.speaker.role for q in quotes(text)] == [role]


def test_a_body_named_by_a_list_before_its_kind_keeps_its_commas():
    body = "Kenya Medical Practitioners, Pharmacists and Dentists Union"
    text = (f"Strike.\n\nThe {body} said the strike would go on.\n\n\"We will not go back,\" Davji Atellah, "
            f"secretary general of the {body}, told a rally in Nairobi.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text, indirect=True)] == [
        (body, None), ("Davji Atellah", f"secretary general of the {body}")]


def test_a_full_name_with_another_first_name_is_another_person():
    text = ("Bush.\n\nThe super PAC backing Jeb Bush has spent more than $50 million.\n\nBush said he was \"not "
            "discouraged.\" His brother, former president George W. Bush, will campaign for him.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Jeb Bush", None)]
    reg = Register()
    jeb = reg.add("Jeb Bush")
    assert reg.lookup("George W. Bush") is None and reg.lookup("Jeb Ellis Bush") is jeb


def test_a_participle_and_its_agent_set_off_after_the_subject_is_an_aside():
    text = ("Memo.\n\nHis chief strategist, John Weaver, argued in a memo that the path ran through a convention. "
            "The memo, obtained by The Washington Post, said Kasich \"will be the only candidate who can unite the "
            "party.\"")
    assert {q.speaker.name for q in quotes(text, indirect=True)} == {"John Weaver"}


def test_a_tag_with_wrote_set_inside_a_sentence_reports_it():
    text = ("Emails.\n\nDonald Trump said Clinton had \"bad judgment.\" The report, Inspector General Steve Linick "
            "wrote, found \"longstanding, systemic weaknesses\" in record-keeping.")
    assert [(q.kind, q.speaker.name) for q in quotes(text, indirect=True) if "weaknesses" in q.text] == [
        ("partial", "Steve Linick")]
    text = "Emails.\n\nThe report, Inspector General Steve Linick wrote, found weaknesses in record-keeping."
    assert [(q.kind, q.speaker.name) for q in quotes(text, indirect=True)] == [("indirect", "Steve Linick")]


@pytest.mark.parametrize("opening", ["In an interview with Time magazine in December",
                                     "While consumer confidence is high"])
def test_an_opening_phrase_before_a_tag_that_introduces_a_quotation_is_no_report(opening):
    text = f"Essay.\n\nJames Murdoch runs the company. {opening}, he said, ''Entrenched interests spin the fiction.''"
    assert quotes(text, indirect=True) == []
    text = "Essay.\n\nJames Murdoch runs it. The streets were deserted, he added, ''but people need to connect.''"
    assert [q.text for q in quotes(text, indirect=True)] == ["The streets were deserted"]


def test_despite_is_no_part_of_a_role():
    text = ("Feud.\n\nDespite George Will's call to abandon Trump, he still leads. \"He is not a conservative,\" "
            "Will said.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("George Will", None)]


@pytest.mark.parametrize("who", ["federal regulators", "Republican strategists", "senators", "investors"])
def test_plural_people_by_trade_speak_as_a_group(who):
    text = f"Recall.\n\nGeneral Motors is recalling nearly 1 million vehicles, {who} said Friday."
    assert [(q.speaker.name, q.speaker.kind) for q in quotes(text, indirect=True)] == [(who, "group")]


def test_a_relative_clause_s_own_subject_is_no_noun_before_the_clause():
    text = ("Voting.\n\nTexas must shelve voting laws, passed by Republican lawmakers, that appeals courts said "
            "discriminated against minority voters.")
    assert quotes(text, indirect=True) == []
    text = ("Climate.\n\nMuch of the impetus came from China and the United States, the two biggest polluters, which "
            "together vowed to stave off the worst effects of climate change.")
    assert [q.text for q in quotes(text, indirect=True)] == ["to stave off the worst effects of climate change"]


@pytest.mark.parametrize("act, quoted", [
    ("accused criminal elements of hijacking the protests", False),
    ("called for calm", False),
    ("accused him of \"inciting violent behavior.\"", True)])
def test_a_report_ends_where_the_speaker_s_next_act_begins(act, quoted):
    text = f"Protests.\n\nInterior Minister Kithure Kindiki said the police had acted with restraint and {act}"
    text += "" if quoted else "."
    got = [(q.kind, q.text) for q in quotes(text, indirect=True)]
    assert got[0] == ("indirect", "the police had acted with restraint")
    assert [kind for kind, _ in got[1:]] == (["partial"] if quoted else [])


@pytest.mark.parametrize("text", [
    "Daniel Kahneman has died.\n\nHis death was confirmed by his partner, Barbara Tversky, who said he died at home.",
    "Daniel Kahneman died on Monday. \"He was a kind man,\" his partner, Barbara Tversky, said."])
def test_a_partner_is_of_the_person_in_focus(text):
    assert {(q.speaker.name, q.speaker.role) for q in quotes(f"Obituary.\n\n{text}", indirect=True)} == {
        ("Barbara Tversky", "Daniel Kahneman's partner")}
    text = "Deal.\n\n\"The deal is done,\" said Anna Berg, a partner at the law firm Baker McKenzie."
    assert [q.speaker.role for q in quotes(text)] == ["partner at the law firm Baker McKenzie"]


@pytest.mark.parametrize("source", ["the Grand County Sheriff's Office", "the Associated Press",
                                    "Grand County officials"])
def test_according_to_a_body_closing_the_sentence_gives_its_source(source):
    text = (f"Hiker.\n\nThe hiker, a 38-year-old man from Texas, was dehydrated but otherwise unhurt, according to "
            f"{source}.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [re.sub(r"^the ", "", source)]


def test_according_to_a_body_leaves_a_report_inside_the_words_to_its_speaker():
    text = ("Hire.\n\nThe Trump campaign announced last week that it hired Katrina Pierson as its spokeswoman, "
            "according to Politico.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["The Trump campaign"]
    text = "Deficit.\n\nOver the long term, according to the Congressional Budget Office, the deficit will grow."
    assert quotes(text, indirect=True) == []


def test_names_listed_after_a_quotation_are_its_tag_not_a_report_s():
    text = ("Dissent.\n\nIn a joint dissent, the court's three liberal justices wrote that the decision would have "
            "\"profound\" consequences for women. \"With sorrow, we dissent,\" Justices Stephen Breyer, Sonia "
            "Sotomayor and Elena Kagan wrote.")
    got = [(q.kind, q.speaker.name) for q in quotes(text, indirect=True)]
    assert got[0] == ("indirect", "the court's three liberal justices")


def test_it_is_the_body_its_own_sentence_opens_on_before_one_heard_earlier():
    text = ("Banks.\n\nA man took staff hostage for several hours, according to the Depositors' Outcry group.\n\n"
            "The Association of Banks in Lebanon announced a three-day closure. \"The safety of our employees "
            "comes first,\" it said in a statement.")
    assert [q.speaker.name for q in quotes(text) if q.kind == "direct"] == ["Association of Banks in Lebanon"]


@pytest.mark.parametrize("description", ["the People's Party leader", "the Workers' Party leader"])
def test_a_possessive_in_a_body_s_name_says_no_one_else_s(description):
    text = (f"Spain.\n\nOpposition leader Alberto Nunez Feijoo accused Sanchez of staging \"a soap opera.\" \"Spain "
            f"cannot be governed by a man who puts his feelings first,\" {description} told reporters.")
    assert {q.speaker.name for q in quotes(text)} == {"Alberto Nunez Feijoo"}
    text = "Health.\n\nGary Johnson spoke. \"He is healthy,\" Gary Johnson's doctor said."
    assert [q.speaker.name for q in quotes(text)] == ["Gary Johnson's doctor"]


def test_a_title_given_as_an_example_quotes_no_one():
    text = "Netflix.\n\nNetflix added 13 million subscribers, helped by hit shows like \"Squid Game.\""
    assert quotes(text) == []
    text = ("Trump.\n\nHe told Christie, \"Mr. Trump,\" and the crowd laughed. He said he was known as "
            "\"Guccifer,\" then.")
    assert [q.text for q in quotes(text)] == ["Mr. Trump,", "Guccifer,"]


def test_a_title_inside_a_role_comes_back_from_the_mask():
    text = ("Book.\n\nPeter Schweizer, the author of \"Clinton Cash,\" said in an interview that the pattern was "
            "\"troubling.\" \"I am not saying there was a quid pro quo,\" he said.")
    assert {q.speaker.role for q in quotes(text, indirect=True)} == {"author of \"Clinton Cash\""}


def test_a_description_is_not_the_owner_in_an_unnamed_speaker_s_label():
    text = ("Meeting.\n\nThe president's son said in a statement that the meeting had produced nothing of value.\n\n"
            "\"It was nothing,\" the president said.")
    assert "The president's son" not in {q.speaker.name for q in quotes(text) if q.kind == "direct"}
    text = ("Meeting.\n\nA senior administration official said the talks had stalled.\n\n\"It was nothing,\" the "
            "official said.")
    assert [q.speaker.name for q in quotes(text) if q.kind == "direct"] == ["A senior administration official"]


def test_what_the_one_a_lawyer_is_for_is_no_speaker():
    text = ("Trial.\n\nA lawyer for Bridget Anne Kelly, Christie's former deputy chief of staff, said his client had "
            "been made a scapegoat.")
    assert [q.speaker.name for q in quotes(text, indirect=True)] == ["A lawyer for Bridget Anne Kelly"]
    for phrase in ("his chief of staff", "Christie's former deputy chief of staff", "her head of research"):
        assert (parse_np(phrase).kind, parse_np(phrase).head) == ("description", phrase.split(" of ")[0].split()[-1])


def test_an_interview_s_answers_are_the_one_person_its_introduction_names():
    text = ("Rules.\n\nLONDON (Reuters) - Britain's new climate rules require large companies to publish plans. "
            "Reuters spoke to Emma Howard Boyd, chair of the Transition Plan Taskforce, about what changes.\n\n"
            "Q: Who has to comply?\n\nA: \"All listed companies and large private ones.\"\n\n"
            "Q: What happens if a company doesn't?\n\nA: \"At first, nothing. Penalties come later.\"")
    assert [q.speaker.name for q in quotes(text)] == ["Emma Howard Boyd"] * 2


@pytest.mark.parametrize("verb", ["posted", "wrote"])
def test_a_writer_s_where_may_take_a_when_before_that(verb):
    text = f"X.\n\nLinda Yaccarino {verb} on X later that the company's position was unique and powerful."
    assert [q.text for q in quotes(text, indirect=True)] == ["the company's position was unique and powerful"]


def test_the_source_closing_a_tag_does_not_speak_the_next_quotation():
    text = ("Sanders.\n\n\"I ask you not to engage in any kind of protest on the floor,\" Sanders said, according to "
            "CNN. \"It's of utmost importance you explain this to your delegations.\"")
    assert [q.speaker.name for q in quotes(text)] == ["Sanders", "Sanders"]


def test_a_sport_named_by_a_gerund_is_part_of_a_champion_s_title():
    text = ("Skating.\n\nTwo-time Olympic figure skating champion Yuzuru Hanyu announced his retirement on Tuesday, "
            "saying he had achieved everything he wanted. \"I don't need to compete anymore,\" the 27-year-old told a "
            "news conference.")
    assert {q.speaker.name for q in quotes(text, indirect=True)} == {"Yuzuru Hanyu"}
    assert parse_np("Two-time Olympic figure skating champion Yuzuru Hanyu").role == (
        "Two-time Olympic figure skating champion")
    assert parse_np("Clinton beat senator Jane Doe") is None


def test_a_relative_is_of_the_one_person_the_sentence_before_names():
    text = ("Egypt.\n\nEgyptian authorities released activist Alaa Abd el-Fattah on Monday after a pardon.\n\nHis "
            "sister, Mona Seif, posted a photo of the two. \"He's home,\" she wrote.")
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Mona Seif", "Alaa Abd el-Fattah's sister")]


def test_the_person_an_opening_clause_names_is_whom_the_pronoun_after_means():
    text = ("Berlin.\n\nBERLIN (AFP) - When Amira Haddad arrived in Berlin with her three children in 2015, she spoke "
            "no German.\n\n\"We had nothing,\" she recalls.")
    assert [q.speaker.name for q in quotes(text)] == ["Amira Haddad"]


def test_a_subject_the_text_calls_by_the_surname_alone_later_is_a_person():
    text = ("Tennis.\n\nNEW YORK (Reuters) - Novak Djokovic beat Daniil Medvedev on Sunday to win the U.S. Open.\n\n"
            "\"It means the world to me,\" the Serbian said on court.\n\nMedvedev, who beat Djokovic in the 2021 "
            "final, "
            "paid tribute to his opponent.")
    assert [q.speaker.name for q in quotes(text)] == ["Novak Djokovic"]
    text = ("Guns.\n\nSen. Chris Murphy said the issue now drove him. In that sense, Sandy Hook was a personal "
            "summons. \"This was something different,\" he said. He has visited Sandy Hook since.")
    assert {q.speaker.name for q in quotes(text) if q.kind == "direct"} == {"Chris Murphy"}


@pytest.mark.parametrize("document, body", [("a Justice Department report released Thursday", "Justice Department"),
                                            ("a Pentagon report", "Pentagon")])
def test_according_to_a_body_s_document_is_the_body(document, body):
    text = f"Report.\n\nPolice waited more than an hour to confront the gunman, according to {document}."
    assert [q.speaker.name for q in quotes(text, indirect=True)] == [body]


def test_it_in_a_relative_clause_is_the_body_the_clause_hangs_on():
    text = ("Ads.\n\nSpending rose, according to a POLITICO analysis.\n\nThey paid $332,000 to a company called "
            "Cambridge Analytica, which specializes in building what it calls \"psychographic\" profiles of voters.")
    assert [q.speaker.name for q in quotes(text) if q.kind == "partial"] == ["Cambridge Analytica"]


@pytest.mark.parametrize("charge", ["allegations", "press reports"])
def test_what_was_denied_is_the_clause_not_the_charge(charge):
    text = f"Huawei.\n\nHuawei on Tuesday denied {charge} that its equipment could be used for spying."
    got = quotes(text, indirect=True)
    assert [(q.text, q.cue) for q in got] == [("its equipment could be used for spying", "denied")]
    assert text[got[0].start:got[0].end] == "its equipment could be used for spying"


@pytest.mark.parametrize("issued, speaker", [
    ("The ministry issued a statement saying that the talks had collapsed.", "The ministry"),
    ("Hillary Clinton's campaign released an analysis claiming that the plan would cost $15 trillion.",
     "Hillary Clinton's campaign")])
def test_what_an_issued_document_says_is_its_issuer_s_report(issued, speaker):
    assert [q.speaker.name for q in quotes(f"Talks.\n\n{issued}", indirect=True)] == [speaker]


def test_and_denied_that_is_a_second_report_of_the_same_speaker():
    text = ("Bank.\n\nThe former chief executive of Silicon Valley Bank, Greg Becker, told senators on Tuesday that "
            "rising interest rates caused the collapse, and denied that he had ignored warnings.")
    assert [(q.speaker.name, q.text, q.cue) for q in quotes(text, indirect=True)] == [
        ("Greg Becker", "rising interest rates caused the collapse", "told"),
        ("Greg Becker", "he had ignored warnings", "denied")]


def test_first_lady_is_a_title_in_lower_case_too():
    text = "Award.\n\nFirst lady Jill Biden presented the award. \"You remind us why this work matters,\" she said."
    assert [(q.speaker.name, q.speaker.role) for q in quotes(text)] == [("Jill Biden", "First lady")]
