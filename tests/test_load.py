"""Loading articles into SQLite and PostgreSQL: idempotence, bad files, all-or-nothing."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import create_engine, text


def test_load_seeds_lists_five_articles_with_dates(cli, db_url, seeds_dir):
    r = cli("--db", db_url, "load", seeds_dir)
    assert r.code == 0, r.err
    assert "5 loaded" in r.err
    r = cli("--db", db_url, "articles", "--format", "json")
    rows = json.loads(r.out)
    assert len(rows) == 5
    assert set(rows[0]) >= {"id", "date", "date_precision", "outlet", "title", "byline", "url",
                            "source", "quotes"}
    by_src = {r["source"].rsplit("/", 1)[-1]: r for r in rows}
    assert by_src["000_4aee30bb119a980c.txt"]["date"] == "2023-12-27"
    assert by_src["001_5076cc95327936f8.txt"]["date"] == "2024-01-19"
    assert by_src["002_37fd8833205349a3.txt"]["date"] is None
    assert by_src["002_37fd8833205349a3.txt"]["date_precision"] == "unknown"
    assert by_src["003_203f55c1c9505874.txt"]["title"] == (
        "Migrant caravan advances north as U.S. officials head to Mexico")
    assert by_src["003_203f55c1c9505874.txt"]["byline"] == "By Jose Torres"
    assert by_src["000_4aee30bb119a980c.txt"]["outlet"] == "Reuters"


def test_second_load_is_a_no_op(cli, db_url, seeds_dir):
    assert cli("--db", db_url, "load", seeds_dir).code == 0
    r = cli("--db", db_url, "load", seeds_dir)
    assert r.code == 0
    assert "0 loaded, 5 already present, 0 failed" in r.err
    rows = json.loads(cli("--db", db_url, "articles", "--format", "json").out)
    assert len(rows) == 5


@pytest.mark.parametrize("jobs", [1, 2])
def test_loading_a_folder_again_extracts_only_the_new_files(cli, db_url, seeds_dir, monkeypatch, jobs):
    """A newsroom drops new files beside old ones and loads the folder again: articles stored
    already are recognised before their quotes are extracted (in --jobs workers too)."""
    import claims.usecases.load as load_mod

    assert cli("--db", db_url, "load", seeds_dir).code == 0
    new = seeds_dir / "zz_new.txt"
    new.write_text('Talks resumed on Monday. "We will reopen the crossings by Friday," '
                   "Mexico's foreign minister Alicia Barcena told reporters.\n", encoding="utf-8")
    real = load_mod.extract_quotes
    extracted: list[str] = []

    def only_new(body, *a, **kw):  # fails on any old article: they must not get here
        assert "reopen the crossings" in body, "a stored article was extracted again"
        extracted.append(body)
        return real(body, *a, **kw)

    monkeypatch.setattr(load_mod, "extract_quotes", only_new)  # forked workers inherit it
    r = cli("--db", db_url, "load", seeds_dir, "--jobs", str(jobs))
    assert r.code == 0, r.err
    assert "1 loaded, 5 already present, 0 failed; 1 quotes" in r.err
    assert len(extracted) == (1 if jobs == 1 else 0)  # workers extract in their own process
    rows = json.loads(cli("--db", db_url, "list", "--speaker", "barcena", "--format", "json").out)
    assert any("reopen the crossings" in q["text"] for q in rows)


def test_bad_files_are_reported_and_good_ones_loaded(cli, db_url, seeds_dir):
    (seeds_dir / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (seeds_dir / "empty.txt").write_text("")
    (seeds_dir / "broken.jsonl").write_text('{"text": "Fine."\n')
    r = cli("--db", db_url, "load", seeds_dir)
    assert r.code != 0
    lines = [ln for ln in r.err.splitlines() if ln.startswith("Error:")]
    assert len(lines) == 3, r.err
    assert any("photo.txt" in ln and "binary" in ln for ln in lines)
    assert any("empty.txt" in ln and "empty" in ln for ln in lines)
    assert any("broken.jsonl:1" in ln and "malformed JSON" in ln for ln in lines)
    assert "5 loaded, 0 already present, 3 failed" in r.err
    rows = json.loads(cli("--db", db_url, "articles", "--format", "json").out)
    assert len(rows) == 5


def test_not_utf8_and_impossible_date(cli, db_url, tmp_path):
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 au lait, said the chef.".encode("latin-1"))
    (tmp_path / "bad_date.json").write_text(json.dumps({"text": "Words.", "date": "2024-02-30"}))
    r = cli("--db", db_url, "load", tmp_path / "latin1.txt", tmp_path / "bad_date.json")
    assert r.code == 1
    assert "latin1.txt: not UTF-8" in r.err
    assert "bad_date.json: impossible date '2024-02-30'" in r.err


def test_json_jsonl_front_matter_and_stdin(cli, db_url, tmp_path):
    (tmp_path / "a.json").write_text(json.dumps(
        {"text": "Prices rose, the minister said.", "title": "Prices", "date": "2024-03-01",
         "outlet": "AP", "url": "https://example.org/a"}))
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"text": "One article."}) + "\n" + json.dumps({"text": "Another article.", "date": "2024-03"}) + "\n")
    (tmp_path / "c.txt").write_text(
        "---\ntitle: Front matter works\ndate: 2024-04-05\noutlet: Le Monde\nbyline: By A. Writer\n---\nBody text here.\n")
    assert cli("--db", db_url, "load", tmp_path).code == 0
    r = cli("--db", db_url, "load", "-", stdin="Text from a pipe.\n")
    assert r.code == 0 and "1 loaded" in r.err
    rows = {r["title"] or r["source"]: r for r in json.loads(cli("--db", db_url, "articles", "--format", "json").out)}
    assert rows["Prices"]["outlet"] == "AP" and rows["Prices"]["url"] == "https://example.org/a"
    assert rows["Front matter works"]["date"] == "2024-04-05"
    assert rows["Front matter works"]["outlet"] == "Le Monde"
    month = [r for r in rows.values() if r["date_precision"] == "month"]
    assert month and month[0]["date"] == "2024-03-01"
    assert "<stdin>" in rows


def test_overrides_for_a_single_file(cli, db_url, seeds_dir):
    f = seeds_dir / "002_37fd8833205349a3.txt"
    r = cli("--db", db_url, "load", f, "--date", "2021-06-10", "--url", "https://reuters.example/x")
    assert r.code == 0, r.err
    row = json.loads(cli("--db", db_url, "articles", "--format", "json").out)[0]
    assert row["date"] == "2021-06-10" and row["url"] == "https://reuters.example/x"
    r = cli("--db", db_url, "load", seeds_dir, "--date", "2021-06-10")
    assert r.code != 0 and "single file" in r.err


def test_a_failing_article_leaves_nothing_behind(cli, db_url, seeds_dir, monkeypatch):
    """All-or-nothing per article: an error while storing quotes rolls the article back."""
    import claims.xref as xref

    calls = {"n": 0}
    real = xref.assign_claims

    def flaky(s, quotes, *args):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk on fire")
        return real(s, quotes, *args)

    monkeypatch.setattr(xref, "assign_claims", flaky)
    monkeypatch.delenv("CLAIMS_DEBUG")
    r = cli("--db", db_url, "load", seeds_dir)
    assert r.code != 0
    eng = create_engine(db_url.replace("postgresql://", "postgresql+psycopg://"))
    with eng.connect() as c:
        n_articles = c.execute(text("SELECT count(*) FROM article")).scalar()
        quotes_without_claims = c.execute(text(
            "SELECT count(*) FROM quote WHERE claim_id IS NULL")).scalar()
        n_quotes = c.execute(text("SELECT count(*) FROM quote")).scalar()
    eng.dispose()
    assert n_articles == 1  # the first stored; the second rolled back whole; the run stopped
    assert n_quotes > 0 and quotes_without_claims == 0


def test_bm25_length_window_follows_the_load_exactly(db_url, seeds_dir):
    """The average claim length BM25 uses is kept in memory between a load's articles; after
    every article it must equal what the database says, and a claim added behind its back
    (another writer) must be noticed."""
    from claims.store import index
    from claims.store.engine import open_database
    from claims.usecases.load import LoadReport, prepare, store_prepared
    from claims.ingest.reader import read_documents

    db = open_database(db_url)

    def fresh() -> tuple[int, float]:
        with db.engine.connect() as c:
            n = c.execute(text("SELECT max(id) FROM claim")).scalar() or 0
            avg = c.execute(text(
                "SELECT avg(n_terms) FROM (SELECT n_terms FROM claim WHERE n_terms > 0 "
                "ORDER BY id DESC LIMIT 1000) AS r")).scalar()
        return n, float(avg or 0.0)

    report = LoadReport()
    for doc in read_documents([str(seeds_dir)]):
        store_prepared(db, prepare(doc), report)
        with db.session() as s:
            n, avg = index.stats(s)
        fresh_n, fresh_avg = fresh()
        assert n == fresh_n and abs(avg - fresh_avg) < 1e-9
    assert report.loaded == 5 and n > 20
    with db.engine.begin() as c:  # another writer: a long claim the window never saw
        c.execute(text("INSERT INTO claim (text, origin, status, version, n_terms, created_at, "
                       "updated_at) VALUES ('x', 'quote', 'unreviewed', 1, 500, "
                       "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
    with db.session() as s:
        n2, avg2 = index.stats(s)
    assert (n2, round(avg2, 9)) == (n + 1, round(fresh()[1], 9)) and avg2 > avg
    db.engine.dispose()


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_repeat_in_the_next_articles_joins_its_claim(cli, db_url, tmp_path, jobs):
    """Each article is matched against the claim index as it stood some articles before
    (so that workers can look ahead); the claims stored in between must still be found."""
    d = tmp_path / "batch"
    d.mkdir()
    quote = "We will double the number of border crossings processed every single day this year"
    for i in range(3):
        (d / f"{i}.txt").write_text(
            f"Story {i}\n\nMEXICO CITY (Reuters) - Talks went on for day {i + 1}.\n\n"
            f'"{quote}," Foreign Minister Ana Ruiz said on day {i + 1}.\n', encoding="utf-8")
    r = cli("--db", db_url, "load", d, "--jobs", str(jobs))
    assert r.code == 0, r.err
    rows = json.loads(cli("--db", db_url, "repeated", "--format", "json").out)
    assert (quote + ",", 3) in [(x["text"], x["articles"]) for x in rows]


def test_a_worker_keeps_one_connection_for_the_whole_load(cli, db_url):
    """The loader's reads travel to --jobs workers with every article: each worker must
    reuse one object (and its one connection) per database, not open one per article."""
    import pickle

    from claims.store.engine import Database, make_engine
    from claims.store.lookup import LoaderReads

    assert cli("--db", db_url, "articles").code == 0  # creates the schema
    reads = LoaderReads(Database(url=db_url, engine=make_engine(db_url), is_default=False))
    first, second = pickle.loads(pickle.dumps(reads)), pickle.loads(pickle.dumps(reads))
    assert first is second
    try:
        assert first.stored("0" * 64) is False
    finally:
        first.close()


@pytest.mark.parametrize("head, title, date, byline", [
    ("Title: Talks resume\nDate: 2024-05-06\nAuthor: Ana Ruiz", "Talks resume", "2024-05-06", "Ana Ruiz"),
    ("headline: Talks resume\npublished: 6 May 2024", "Talks resume", "2024-05-06", None),
])
def test_a_block_of_key_value_lines_opening_a_file_is_its_metadata(head, title, date, byline):
    from claims.ingest import parse_document
    from claims.ingest.reader import Document

    text = head + "\n\nMEXICO CITY (Reuters) - Talks resumed on Monday, officials said."
    art = parse_document(Document(source="x.txt", text=text, meta={}))
    assert (art.title, art.published.isoformat(), art.byline) == (title, date, byline)
    assert art.body == "MEXICO CITY (Reuters) - Talks resumed on Monday, officials said."


def test_markdown_markup_is_not_article_text():
    from claims.extract import extract_quotes
    from claims.ingest import parse_document
    from claims.ingest.reader import Document

    text = ("# Border talks resume\n\n*By Ana Ruiz*\n\n"
            "MEXICO CITY (Reuters) - Talks on **asylum** resumed on Monday, [officials](https://x.org/a_(b)) said.\n\n"
            "## What comes next\n\n![Migrants at the border](img.jpg)\n\n"
            '> "We are ready to work on it," Foreign Minister Alicia Barcena told reporters.\n\n'
            "[Read more](https://example.com)\n")
    art = parse_document(Document(source="talks.md", text=text, meta={}))
    assert (art.title, art.byline) == ("Border talks resume", "By Ana Ruiz")
    assert art.body.split("\n\n") == [
        "MEXICO CITY (Reuters) - Talks on asylum resumed on Monday, officials said.",
        '"We are ready to work on it," Foreign Minister Alicia Barcena told reporters.']
    assert [q.speaker.name for q in extract_quotes(art.body)] == ["officials", "Alicia Barcena"]
    # the same text in a .txt file is taken as it is written
    assert "**asylum**" in parse_document(Document(source="talks.txt", text=text, meta={})).body


def test_a_saved_web_page_gives_its_story_and_metadata(cli, db_url, tmp_path):
    from conftest import FIXTURES

    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "port.html").write_bytes((FIXTURES / "page.html").read_bytes())
    r = cli("--db", db_url, "load", tmp_path / "pages")
    assert r.code == 0 and "1 loaded" in r.err, r.err
    art = json.loads(cli("--db", db_url, "articles", "--format", "json").out)[0]
    assert {k: art[k] for k in ("title", "date", "outlet", "byline", "url")} == {
        "title": "Port strike ends after pay deal", "date": "2025-03-14", "outlet": "Example Wire",
        "byline": "Ana Ruiz", "url": "https://wire.example/business/port-strike-ends-2025-03-14/"}
    rows = json.loads(cli("--db", db_url, "list", "--format", "json").out)
    # nothing from the script, the menu, the caption, the related links or the footer
    assert sorted((q["speaker"], q["text"]) for q in rows if q["kind"] != "statement") == [
        ("Marieke Jansen", "This deal gives our members the raise they fought for,"),
        ("The port authority", "a relief for the whole supply chain."),
        ("the union", "Dock workers at Europe's busiest port returned to work on Friday after a week-long strike"),
    ]


def test_a_page_in_the_encoding_it_declares_and_a_text_file_that_is_not_utf8(cli, tmp_path):
    (tmp_path / "old.html").write_bytes(
        b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
        b"</head><body><p>\x93We are ready to work on it,\x94 said Foreign Minister Alicia B\xe1rcena.</p>"
        b"</body></html>")
    r = cli("extract", tmp_path / "old.html", "--format", "jsonl")
    assert r.code == 0, r.err
    q = json.loads(r.out)
    assert (q["speaker"], q["text"]) == ("Alicia B\u00e1rcena", "We are ready to work on it,")
    (tmp_path / "old.txt").write_bytes(b"caf\xe9 society")
    r = cli("extract", tmp_path / "old.txt")
    assert r.code == 1 and "old.txt: not UTF-8 text (invalid byte 0xe9 at offset 3)" in r.err


def test_a_lede_that_opens_with_a_word_and_a_colon_is_text():
    from claims.ingest import parse_document
    from claims.ingest.reader import Document

    text = ("Date: 2024-05-06 was the day talks resumed.\nUpdate: officials met again on Tuesday.\n\n"
            "MEXICO CITY (Reuters) - Talks resumed on Monday, officials said.")
    art = parse_document(Document(source="x.txt", text=text, meta={}))
    assert art.published is None and "Update: officials met again" in art.body


def test_notices_captions_and_credits_stay_out_of_the_body():
    from claims.ingest import parse_document
    from claims.ingest.reader import Document

    text = ("Border talks resume\n\n"
            "MEXICO CITY (Reuters) - Talks resumed on Monday, officials said.\n\n"
            "Updates to the asylum rules take effect on Friday, the ministry said.\n\n"
            "FILE PHOTO: Migrants walk near the border. REUTERS/Jose Luis Gonzalez\n\n"
            "(This story has been corrected to fix the spelling of a name in paragraph 4)\n\n"
            "(Corrects spelling of name in paragraph 2)\n\n"
            "(Reporting by Ana Ruiz; Editing by Tom Baker)")
    art = parse_document(Document(source="x.txt", text=text, meta={}))
    assert art.body.split("\n\n") == [
        "MEXICO CITY (Reuters) - Talks resumed on Monday, officials said.",
        "Updates to the asylum rules take effect on Friday, the ministry said."]
    assert art.title == "Border talks resume" and art.outlet == "Reuters"


def test_extract_reads_the_headline_of_a_text_file_for_its_speaker(cli, tmp_path):
    (tmp_path / "cole.txt").write_text(
        "Ann Cole: \u2018We Will Fight These Cuts\u2019\n\n"
        "\u201cThe cuts were reckless, and the county will pay for them for a decade.\u201d\n\n"
        "Cole leads the county board.\n", encoding="utf-8")
    r = cli("extract", tmp_path / "cole.txt", "--format", "jsonl")
    assert r.code == 0, r.err
    assert json.loads(r.out.splitlines()[0])["speaker"] == "Ann Cole"


def test_markup_left_in_plain_text_is_dropped_with_its_attributes(cli, tmp_path):
    (tmp_path / "feed.txt").write_text(
        "Reporters noted the new slogan at the rally.\n\n"
        '<tweet id="77115" author="@sahilkapur" datetime="2016-09-01">Giuliani wore the hat. '
        "\u2014 Sahil Kapur (@sahilkapur) September 1, 2016</tweet>.\n\n"
        '"It was a joke," said Tom Reyes, a campaign aide.\n', encoding="utf-8")
    r = cli("extract", tmp_path / "feed.txt", "--format", "jsonl")
    assert r.code == 0, r.err
    got = [json.loads(line)["text"] for line in r.out.splitlines()]
    assert got == ["It was a joke,"]
    # text that only looks like a comparison keeps its signs
    from claims.ingest.article import INLINE_TAG_RE

    assert INLINE_TAG_RE.sub("", "if a<b and b>c, I <3 it") == "if a<b and b>c, I <3 it"


def test_a_promotion_line_inside_a_one_line_a_paragraph_text_drops_only_itself():
    from claims.ingest import parse_document
    from claims.ingest.reader import Document

    text = ("Title: The trouble\n\nThe trouble began in the 1970s, the author writes.\n"
            "Listen to our interview with the author below.\n\n"
            "Subscribe to our politics podcast here.\n"
            "\u201cToil hopelessly or go to prison,\u201d Frank writes.\n"
            "Critics disagree.\n\n"
            "Related:\nAnother story about prisons\nA third story\n")
    art = parse_document(Document(source="feed.txt", text=text))
    assert "Toil hopelessly" in art.body and "Subscribe" not in art.body
    assert "Another story" not in art.body


def test_a_body_named_only_by_a_common_noun_is_no_speaker_shared_across_articles(cli, db_url, tmp_path):
    """"The company said" means Volkswagen in one article and Tesla in the next: each quote
    keeps its label, and no speaker row joins them."""
    (tmp_path / "a.txt").write_text('Volkswagen cut its forecast.\n\n"Demand in China is weak," the '
                                    'company said.\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text('Tesla raised its prices.\n\n"Costs have gone up," the company '
                                    'said.\n', encoding="utf-8")
    assert cli("--db", db_url, "load", str(tmp_path)).code == 0
    speakers = json.loads(cli("--db", db_url, "speakers", "--format", "json").out)
    assert not any(s["name"].lower() == "the company" for s in speakers)
    rows = json.loads(cli("--db", db_url, "list", "--format", "json").out)
    assert len(rows) == 2 and all(r["speaker"] for r in rows)  # each shows who spoke, as the text says
    ids = [r["speaker_id"] for r in rows if r["speaker"].lower() == "the company"]
    assert all(i is None for i in ids)


@pytest.mark.parametrize("dateline, place, agency", [
    ("AUSTIN, Texas (Reuters) - ", "AUSTIN, Texas", "Reuters"),
    ("TOULOUSE, France (AFP) - ", "TOULOUSE, France", "AFP"),
    ("MEXICO CITY, Dec 27 (Reuters) - ", "MEXICO CITY, Dec 27", "Reuters"),
    ("KYIV, Ukraine, Jan. 5 (Reuters) - ", "KYIV, Ukraine, Jan. 5", "Reuters"),
    ("PALO ALTO, Calif., March 3, 2026 /PRNewswire/ -- ", "PALO ALTO, Calif., March 3, 2026 /PRNewswire/", "PRNewswire"),
    ("Nov 20 (Reuters) - ", "Nov 20", "Reuters"),  # a business desk's, with no place
])
def test_a_dateline_with_a_state_or_country_still_gives_the_outlet(dateline, place, agency):
    from claims.ingest import parse_document
    from claims.ingest.reader import Document

    text = f"Judge blocks law\n\n{dateline}A federal judge on Monday blocked a Texas law."
    art = parse_document(Document(source="x.txt", text=text, meta={}))
    assert art.outlet == agency and art.dateline in (f"{place} ({agency})", place)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_fault_in_extraction_fails_that_article_only(cli, db_url, seeds_dir, monkeypatch, jobs):
    """A bug the extractor meets on one article's text fails that file in one line, not the
    load: the other articles are stored, and the run exits non-zero."""
    import claims.usecases.load as load_mod

    (seeds_dir / "zz_trips.txt").write_text('Officials met on Monday. "The quagga rule stays," she said.\n',
                                            encoding="utf-8")
    real = load_mod.extract_quotes

    def buggy(body, *a, **kw):
        if "quagga" in body:
            raise IndexError("list index out of range")
        return real(body, *a, **kw)

    monkeypatch.setattr(load_mod, "extract_quotes", buggy)  # forked workers inherit it
    monkeypatch.delenv("CLAIMS_DEBUG", raising=False)
    r = cli("--db", db_url, "load", seeds_dir, "--jobs", str(jobs))
    assert r.code != 0
    failed = [ln for ln in r.err.splitlines() if "internal error while extracting quotes: IndexError" in ln]
    assert len(failed) == 1 and "zz_trips.txt: " in failed[0] and "CLAIMS_DEBUG=1" in failed[0]
    n = len(list(seeds_dir.iterdir()))
    assert f"{n - 1} loaded, 0 already present, 1 failed" in r.err
    assert len(json.loads(cli("--db", db_url, "articles", "--format", "json").out)) == n - 1


def test_a_quote_said_years_before_the_article_is_listed_with_its_year(cli, db_url, tmp_path):
    """The article's day is not when an old interview was given: the quote keeps the year
    the text names, and every output shows it at that precision, not as a made-up day."""
    (tmp_path / "obit.txt").write_text(
        "title: Jazz pianist dies at 92\ndate: 2023-04-17\n\n"
        "Ahmad Jamal, the jazz pianist, died on Sunday. He was 92.\n\n"
        '"I don\'t play jazz. I play American classical music," Jamal told an interviewer in 2014.\n\n'
        '"There will never be another like him," the pianist Herbie Hancock said on Monday.\n')
    assert cli("--db", db_url, "load", str(tmp_path / "obit.txt")).code == 0
    r = cli("--db", db_url, "list", "--format", "json")
    dates = {q["speaker"]: q["date"] for q in json.loads(r.out)}
    assert dates == {"Ahmad Jamal": "2014", "Herbie Hancock": "2023-04-17"}
    rows = list(csv.DictReader(io.StringIO(cli("--db", db_url, "list", "--format", "csv").out)))
    assert {row["speaker"]: row["date"] for row in rows} == dates
    claim = next(q["claim"] for q in json.loads(cli("--db", db_url, "list", "--format", "json").out)
                 if q["speaker"] == "Ahmad Jamal")
    shown = json.loads(cli("--db", db_url, "show", str(claim), "--format", "json").out)
    app = shown["appearances"][0]
    assert (app["date"], app["date_precision"], app["date_source"]) == ("2014", "year", "text")
    r = cli("--db", db_url, "list", "--until", "2015-12-31", "--format", "json")
    assert [q["speaker"] for q in json.loads(r.out)] == ["Ahmad Jamal"]
