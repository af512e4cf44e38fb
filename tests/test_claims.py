"""Quotes across articles, claims, curation and export, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest


def load_seeds(cli, db_url, seeds_dir):
    r = cli("--db", db_url, "load", seeds_dir)
    assert r.code == 0, r.err
    return r


def quotes_json(cli, db_url, *args):
    r = cli("--db", db_url, "list", "--limit", "0", "--format", "json", *args)
    assert r.code == 0, r.err
    return json.loads(r.out)


def test_list_by_speaker_finds_people_across_articles(cli, db_url, seeds_dir):
    load_seeds(cli, db_url, seeds_dir)
    blinken = quotes_json(cli, db_url, "--speaker", "Blinken")
    assert {q["date"] for q in blinken} >= {"2023-12-27", "2024-01-19"}
    assert set(blinken[0]) >= {"id", "date", "speaker", "speaker_id", "text", "kind", "cue",
                               "article", "outlet", "title", "claim"}
    amlo = quotes_json(cli, db_url, "--speaker", "López Obrador")
    lopez = quotes_json(cli, db_url, "--speaker", "lopez")
    assert {q["id"] for q in amlo} == {q["id"] for q in lopez}
    assert len({q["article"] for q in amlo}) == 3
    assert len({q["speaker_id"] for q in amlo if q["speaker_id"]}) == 1
    # (and the joint statement that names him among others, which has no speaker row)
    assert any(q["speaker_id"] is None and "Biden" in q["speaker"] for q in amlo)
    barcena = quotes_json(cli, db_url, "--speaker", "barcena")
    assert len({q["article"] for q in barcena}) == 2


def test_list_by_speaker_finds_speakers_the_text_never_names(cli, db_url, seeds_dir):
    load_seeds(cli, db_url, seeds_dir)
    anon = quotes_json(cli, db_url, "--speaker", "US OFFICIAL")
    assert [(q["speaker"], q["speaker_id"]) for q in anon] == [("a US official", None)]
    assert {q["speaker"] for q in quotes_json(cli, db_url, "--speaker", "officials")} == {
        "The officials", "U.S. officials"}
    # a named speaker's quotes and the joint statement that names them among others
    amlo = quotes_json(cli, db_url, "--speaker", "Lopez Obrador")
    assert {q["speaker"] for q in amlo} == {"Andres Manuel Lopez Obrador", "Joe Biden and Andres Manuel Lopez Obrador"}


def test_search_and_literal_filters(cli, db_url, seeds_dir):
    load_seeds(cli, db_url, seeds_dir)
    hits = quotes_json(cli, db_url, "--search", "bargaining chips")
    assert hits and all("bargaining" in q["text"].lower() for q in hits)
    assert quotes_json(cli, db_url, "--speaker", "%") == []
    assert quotes_json(cli, db_url, "--search", "\"' OR zzqx=zzqx --") == []


def _claim_of(cli, db_url, needle):
    for q in quotes_json(cli, db_url):
        if needle in q["text"]:
            return q["claim"]
    raise AssertionError(needle)


def test_repeats_joined_and_suggested(cli, db_url, seeds_dir):
    load_seeds(cli, db_url, seeds_dir)
    assert _claim_of(cli, db_url, "Here we are, I think") == _claim_of(cli, db_url, "We are, I believe")
    assert _claim_of(cli, db_url, "Darien Gap jungle") == _claim_of(cli, db_url, "perilous Darien Gap")
    sugg = json.loads(cli("--db", db_url, "suggestions", "--limit", "0", "--format", "json").out)
    blinken_a = _claim_of(cli, db_url, "Good to discuss these issues")
    blinken_b = _claim_of(cli, db_url, "We hope to review that today")
    pairs = {frozenset((s["quote_claim"], s["claim"])) for s in sugg}
    assert blinken_a == blinken_b or frozenset((blinken_a, blinken_b)) in pairs
    # No claim joins quotes of two different named people.
    by_claim: dict = {}
    for q in quotes_json(cli, db_url):
        if q["speaker_kind"] == "person":
            by_claim.setdefault(q["claim"], set()).add(q["speaker_id"])
    assert all(len(v) == 1 for v in by_claim.values()), by_claim
    rep = json.loads(cli("--db", db_url, "repeated", "--format", "json").out)
    assert rep and set(rep[0]) >= {"id", "text", "speakers", "first_date", "last_date", "articles",
                                   "appearances", "status", "verdict"}


def test_verdict_path_end_to_end(cli, db_url, seeds_dir, tmp_path):
    load_seeds(cli, db_url, seeds_dir)
    claim = _claim_of(cli, db_url, "Darien Gap jungle")
    r = cli("--db", db_url, "verify", claim, "false", "--note", "wrong figure", "--source", "https://example.org/src")
    assert r.code == 0, r.err
    new = tmp_path / "new.txt"
    new.write_text("Migrants keep coming\n\nMEXICO CITY (Reuters) - More than half a million migrants this "
                   "year crossed the dangerous Darien Gap jungle into Central America, double last year's "
                   "record, many fleeing crime and poverty to seek entry into the United States.\n")
    r = cli("--db", db_url, "load", new)
    assert r.code == 0 and "repeat claims already rated false" in r.err, r.err
    rows = [q for q in quotes_json(cli, db_url) if q["claim"] == claim]
    assert len({q["article"] for q in rows}) == 3 and all(q["verdict"] == "false" for q in rows)
    docs = json.loads(cli("--db", db_url, "export", "--format", "claimreview").out)
    assert len(docs) == 1
    doc = docs[0]
    for key in ("claimReviewed", "reviewRating", "itemReviewed", "datePublished", "author"):
        assert key in doc
    assert doc["reviewRating"]["alternateName"] == "false"
    assert {"ratingValue", "bestRating", "worstRating"} <= set(doc["reviewRating"])
    assert doc["itemReviewed"]["@type"] == "Claim" and len(doc["itemReviewed"]["appearance"]) == 3
    assert cli("--db", db_url, "undo", claim).code == 0
    hist = json.loads(cli("--db", db_url, "history", claim, "--format", "json").out)
    assert [(e["field"], e["old"], e["new"]) for e in hist][-2:] == [("status", "verified", "unreviewed"),
                                                                     ("verdict", "false", None)]
    assert set(hist[0]) >= {"at", "by", "field", "old", "new", "note", "sources"}
    assert hist[0]["sources"] == ["https://example.org/src"] and hist[0]["by"] == "tester"
    assert json.loads(cli("--db", db_url, "export", "--format", "claimreview").out) == []


def test_unknown_verdict_lists_allowed_ones(cli, db_url, seeds_dir):
    load_seeds(cli, db_url, seeds_dir)
    r = cli("--db", db_url, "verify", "1", "bogus")
    assert r.code != 0 and "mostly-true" in r.err


def test_stale_version_is_refused(cli, db_url, seeds_dir):
    load_seeds(cli, db_url, seeds_dir)
    assert cli("--db", db_url, "verify", "1", "true").code == 0
    r = cli("--db", db_url, "verify", "1", "false", "--expect-version", "1")
    assert r.code == 4 and "changed while you were working" in r.err
    hist = json.loads(cli("--db", db_url, "history", "1", "--format", "json").out)
    assert [e["new"] for e in hist if e["field"] == "verdict"] == ["true"]


def test_review_driven_by_keys(cli, db_url, seeds_dir):
    load_seeds(cli, db_url, seeds_dir)
    r = cli("--db", db_url, "review", "--speaker", "Blinken",
            stdin="s\nf wrong\ne\nCBP figures say otherwise, see the December release\nx\nq\n")
    assert r.code == 0, r.err
    assert "2 decided, 1 skipped" in r.err
    rows = quotes_json(cli, db_url, "--speaker", "Blinken")
    rated = {q["verdict"]: q["claim"] for q in rows if q["verdict"]}
    assert set(rated) == {"false", "mixed"}
    notes = [e["note"] for e in json.loads(cli("--db", db_url, "history", rated["mixed"], "--format", "json").out)]
    assert "CBP figures say otherwise, see the December release" in notes


def test_link_unlink_and_redirect(cli, db_url, seeds_dir):
    load_seeds(cli, db_url, seeds_dir)
    qs = quotes_json(cli, db_url, "--speaker", "Blinken")
    held = Counter(q["claim"] for q in quotes_json(cli, db_url))
    # (a claim of one quote, which the link leaves empty: a report and its quoted words share one)
    a = next(q for q in qs if held[q["claim"]] == 1)
    b = next(q for q in qs if q["claim"] != a["claim"])
    r = cli("--db", db_url, "link", a["id"], b["claim"])
    assert r.code == 0, r.err
    detail = json.loads(cli("--db", db_url, "show", a["claim"], "--format", "json").out)
    assert detail["id"] == b["claim"] and a["claim"] in detail["redirected_from"]
    r = cli("--db", db_url, "unlink", a["id"])
    assert r.code == 0 and "new claim" in r.err


def test_import_is_idempotent_and_match_ranks(cli, db_url, tmp_path):
    f = tmp_path / "claims.jsonl"
    f.write_text("\n".join(json.dumps(x) for x in [
        {"id": "c1", "text": "Half a million migrants crossed the Darien Gap in 2023.", "verdict": "true"},
        {"id": "c2", "text": "The border wall was finished in 2019.", "title": "Was the wall finished?"},
    ]) + "\n")
    assert "2 added" in cli("--db", db_url, "import", f).err
    assert "0 added, 0 updated, 2 unchanged" in cli("--db", db_url, "import", f).err
    q = tmp_path / "q.jsonl"
    q.write_text(json.dumps({"id": "q1", "text": "500,000 migrants crossed the Darien Gap this year"}) + "\n")
    out = cli("--db", db_url, "match", "--queries", q, "--top", "2", "--format", "jsonl").out
    first = json.loads(out.splitlines()[0])
    assert first == {"query": "q1", "rank": 1, "claim": "c1", "score": first["score"]}
    r = cli("--db", db_url, "match", "  ")
    assert r.code != 0 and "empty" in r.err and r.out == ""


def _scale(cli, db_url):
    r = cli("--db", db_url, "scale", "--format", "json")
    assert r.code == 0, r.err
    return json.loads(r.out)


def test_rating_scale_is_per_database(cli, db_url, seeds_dir, tmp_path):
    load_seeds(cli, db_url, seeds_dir)
    assert [e["verdict"] for e in _scale(cli, db_url)][:3] == ["true", "mostly-true", "mixed"]
    assert cli("--db", db_url, "scale", "use", "politifact").code == 0
    assert "pants-on-fire" in [e["verdict"] for e in _scale(cli, db_url)]
    claim = _claim_of(cli, db_url, "Darien Gap jungle")
    r = cli("--db", db_url, "verify", claim, "misleading")
    assert r.code != 0 and "pants-on-fire" in r.err  # the old default verdict is gone
    assert cli("--db", db_url, "verify", claim, "Pants on Fire").code == 0  # names are normalised
    rating = json.loads(cli("--db", db_url, "export", "--format", "claimreview").out)[0]["reviewRating"]
    assert (rating["alternateName"], rating["ratingValue"], rating["bestRating"], rating["worstRating"]) \
        == ("pants-on-fire", 1, 6, 1)
    # a verdict that a claim carries cannot be dropped, and a refused change changes nothing
    before = _scale(cli, db_url)
    r = cli("--db", db_url, "scale", "use", "default")
    assert r.code != 0 and "'pants-on-fire' (1 claim)" in r.err and r.err.count("\n") == 1
    assert _scale(cli, db_url) == before
    # a team's own verdict, placed and keyed; review offers its key
    assert cli("--db", db_url, "scale", "add", "four-pinocchios", "--value", "1", "--key", "4",
               "--after", "false").code == 0
    verdicts = [e["verdict"] for e in _scale(cli, db_url)]
    assert verdicts.index("four-pinocchios") == verdicts.index("false") + 1
    r = cli("--db", db_url, "review", "--speaker", "Blinken", stdin="4 invented\nq\n")
    assert r.code == 0 and "4=four-pinocchios" in r.err, r.err
    assert any(q["verdict"] == "four-pinocchios" for q in quotes_json(cli, db_url, "--speaker", "Blinken"))
    assert cli("--db", db_url, "scale", "remove", "half-true").code == 0
    assert "half-true" not in [e["verdict"] for e in _scale(cli, db_url)]


def test_scale_from_file_and_bad_scale_files(cli, db_url, tmp_path):
    good = tmp_path / "scale.yaml"
    good.write_text("- {verdict: correct, value: 3}\n- {verdict: Partly Correct, value: 2}\n"
                    "- {verdict: wrong, value: 1, key: w}\n- {verdict: no-rating}\n")
    assert cli("--db", db_url, "scale", "use", good).code == 0
    rows = _scale(cli, db_url)
    assert [(e["verdict"], e["value"]) for e in rows] == [
        ("correct", 3), ("partly-correct", 2), ("wrong", 1), ("no-rating", None)]
    assert len({e["key"] for e in rows}) == 4 and not {"s", "q", "p", "n", "e"} & {e["key"] for e in rows}
    for name, body, problem in [
        ("dup.json", '[{"verdict": "a"}, {"verdict": "A"}]', "appears twice"),
        ("val.csv", "verdict,value\nok,high\n", "not a whole number"),
        ("key.yaml", "- {verdict: ok, key: e}\n", "reserved"),
        ("broken.yaml", "- [unclosed\n", "not valid yaml"),
        ("empty.json", "[]", "at least one verdict"),
    ]:
        f = tmp_path / name
        f.write_text(body)
        r = cli("--db", db_url, "scale", "use", f)
        assert r.code != 0 and name in r.err and problem in r.err, r.err
        assert r.err.count("\n") == 1
    assert [e["verdict"] for e in _scale(cli, db_url)][0] == "correct"  # unchanged


def test_import_refuses_verdicts_off_the_scale(cli, db_url, tmp_path):
    f = tmp_path / "claims.jsonl"
    f.write_text(json.dumps({"id": "c1", "text": "A claim rated elsewhere.", "verdict": "half-true"}) + "\n")
    r = cli("--db", db_url, "import", f)
    assert r.code != 0 and "claims.jsonl:1" in r.err and "not on the rating scale" in r.err
    assert cli("--db", db_url, "scale", "use", "politifact").code == 0
    assert "1 added" in cli("--db", db_url, "import", f).err


def test_embedded_post_keeps_its_author_and_year_and_mentions_are_words():
    from claims.xref.terms import terms

    post = ("Leather goods are not made of dog skin, ask @MichaelKorsNews "
            "\u2014 Maria Lopez (@mlopez_77) October 25, 2016")
    got = terms(post)
    # The author of an embedded post is often what the claim is about; the handle and the
    # day are not words anyone searches by, the year is.
    assert {"maria", "lopez", "2016", "michael", "kor", "news"} <= set(got)
    assert not {"mlopez", "77", "octob", "25"} & set(got)


def test_index_rebuild_restores_ranking(cli, db_url, tmp_path):
    f = tmp_path / "claims.jsonl"
    f.write_text("\n".join(json.dumps(x) for x in [
        {"id": "c1", "text": "Half a million migrants crossed the Darien Gap in 2023."},
        {"id": "c2", "text": "The border wall was finished in 2019.", "title": "Was the wall finished?"},
    ]) + "\n")
    cli("--db", db_url, "import", f)
    from sqlalchemy import create_engine, text

    eng = create_engine(db_url)
    with eng.begin() as c:  # an index built by an older release: terms that no longer match
        c.execute(text("UPDATE claim_term SET term = 'x' || term"))
    eng.dispose()
    ask = ("match", "migrants crossing the Darien Gap", "--format", "json")
    assert json.loads(cli("--db", db_url, *ask).out) == []
    r = cli("--db", db_url, "index", "--rebuild", "--format", "json")
    assert r.code == 0 and "2 claims indexed afresh" in r.err
    assert json.loads(r.out)["claims"] == 2
    hits = json.loads(cli("--db", db_url, *ask).out)
    assert hits[0]["text"].startswith("Half a million")
    r = cli("--db", db_url, "index", "--rebuild")  # again: same index
    assert "2 claims indexed afresh" in r.err
    assert json.loads(cli("--db", db_url, *ask).out) == hits


def test_numbers_match_whether_spelled_or_written():
    from claims.xref.terms import terms

    assert terms("E-cigarettes hold ten times the carcinogens") == terms("E-cigarettes hold 10x the carcinogens") \
        == terms("e-cigarettes hold 10 times the carcinogens")
    assert "1" not in terms("one of the claims")  # "one" stays a stop word



@pytest.mark.parametrize("cmd, headers", [
    # at 80 columns the empty verdict column and the expendable outlet make way for the quote
    (("list", "--limit", "8"), ["id", "date", "speaker", "quote", "claim"]),
    (("speakers",), ["id", "name", "role", "kind", "quotes", "articles", "aliases"]),
    (("repeated",), ["id", "text", "speakers", "articles", "status"]),
])
def test_tables_fit_an_80_column_terminal_and_keep_the_text_readable(cli, db_url, seeds_dir,
                                                                     monkeypatch, cmd, headers):
    from claims.cli import render

    load_seeds(cli, db_url, seeds_dir)
    wide = cli("--db", db_url, *cmd).out.splitlines()  # 160 columns: everything is shown
    assert set(headers) <= {c.strip() for c in re.split(r"[\u2503\u2502]", wide[1])}
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(render, "_console", None)
    lines = cli("--db", db_url, *cmd).out.splitlines()
    assert lines and all(len(line) <= 80 for line in lines)
    cols = re.split(r"[\u2503\u2502]", lines[1])[1:-1]
    assert [c.strip() for c in cols] == headers  # no header cut off
    text = next((c for c in cols if c.strip() in ("quote", "text")), None)
    if text is not None:  # the quotation, not the fixed columns, gets the spare width
        assert len(text) >= 30


def test_a_loaded_transcript_lists_each_speaker_s_turns(cli, db_url, tmp_path):
    (tmp_path / "hearing.txt").write_text(
        "title: Transcript: Senate hearing on AI safety\ndate: 2026-06-03\n\n"
        "SEN. MARIA CANTWELL: Mr. Altman, do you believe your models pose a risk?\n\n"
        "SAM ALTMAN: I believe the risks are real, Senator.\n\n"
        "SEN. TED CRUZ: Licensing sounds a lot like picking winners and losers.\n\n"
        "ALTMAN: I understand the concern. But the alternative is no oversight at all.\n")
    assert cli("--db", db_url, "load", str(tmp_path)).code == 0
    altman = quotes_json(cli, db_url, "--speaker", "altman")
    assert [(q["speaker"], q["cue"], q["date"]) for q in altman] == [("Sam Altman", "transcript", "2026-06-03")] * 2
    assert len({q["speaker_id"] for q in altman}) == 1
