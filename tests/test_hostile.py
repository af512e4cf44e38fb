"""Hostile input: whatever a file holds or a filter says, no crash and no traceback; a clear
one-line error naming the file where the input is unusable; filters match literally."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.extract import extract_quotes
from claims.ingest import parse_document
from claims.ingest.reader import Document

QUOTE_MARKS = st.sampled_from(['"', "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", "``", "''"])
PIECES = st.one_of(
    st.text(max_size=40), QUOTE_MARKS,
    st.sampled_from([" said ", " told reporters", ", he said.", "\n\n", "\n", " — ", "...", ":",
                     "Mr. ", "President ", "(Reuters) -", "According to ", " date 2024-01-02\n",
                     "\x00", "\ufeff", "\u202e", "\U0001F600", "é", "\u0301", " ", "\t"]),
)
ARTICLE = st.lists(PIECES, max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE)
def test_extraction_never_crashes_and_offsets_hold(text):
    try:
        art = parse_document(Document(source="x.txt", text=text, meta={}))
    except Exception as exc:  # only a clear input error is allowed
        from claims.errors import InputError

        assert isinstance(exc, InputError), repr(exc)
        return
    for q in extract_quotes(art.body, art.published, art.date_precision, statements=True):
        assert 0 <= q.start <= q.end <= len(art.body)
        assert q.text.strip()


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80) | ARTICLE)
def test_folding_drops_exactly_the_combining_marks(text):
    """Names and terms are matched on folded text: accents go, every other character stays,
    whatever the script."""
    import unicodedata

    from claims.textutil import strip_accents

    decomposed = unicodedata.normalize("NFKD", text)
    assert strip_accents(text) == "".join(c for c in decomposed if not unicodedata.combining(c))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_any_bytes_through_the_command_line(cli, tmp_path, data):
    f = tmp_path / "any.txt"
    f.write_bytes(data)
    r = cli("extract", f, "--format", "jsonl")
    assert r.code in (0, 1) and "Traceback" not in r.err
    if r.code == 1:
        assert r.err.count("\n") == 1 and "any.txt" in r.err


def _one_line_error(r, name):
    assert r.code != 0, r.err
    assert "Traceback" not in r.err and r.err.count("\n") == 1 and name in r.err, r.err


def test_unusable_files_get_one_line_each_and_good_ones_load(cli, db_url, tmp_path, seeds_dir):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "huge_line.txt").write_text("x" * (6 * 2**20))  # over the 5 MiB article limit
    (bad / "nul.txt").write_bytes(b"Title\n\n\"We will win,\" she said.\x00\x00\n")
    (bad / "latin1.txt").write_bytes("Caf\xe9 \"quote here,\" he said.".encode("latin-1"))
    (bad / "nested.json").write_text("[" * 100_000 + "]" * 100_000)
    (bad / "nested_obj.json").write_text('{"text": ' + "[" * 50_000 + "]" * 50_000 + "}")
    (bad / "unterminated.txt").write_text("Title\n\n\u201cThis never ends, and she said nothing more " * 50)
    (bad / "good.txt").write_text((seeds_dir / "003_203f55c1c9505874.txt").read_text())
    r = cli("--db", db_url, "load", bad)
    assert r.code == 1 and "Traceback" not in r.err
    lines = [x for x in r.err.splitlines() if x.startswith("Error")]
    expected = {"huge_line.txt", "nul.txt", "latin1.txt", "nested.json", "nested_obj.json"}
    named = {n for n in expected for x in lines if n in x}
    assert named == expected and len(lines) == len(expected), r.err
    assert all(x.count("\n") == 0 for x in lines)
    assert "5 MiB" in next(x for x in lines if "huge_line" in x)
    assert "NUL" in next(x for x in lines if "nul.txt" in x)
    arts = json.loads(cli("--db", db_url, "articles", "--format", "json").out)
    # the good file and the one with an unterminated quote are stored, whole
    assert {a["source"].rsplit("/", 1)[-1] for a in arts} == {"good.txt", "unterminated.txt"}


def test_a_markdown_line_of_stray_marks_loads(cli, tmp_path):
    """Emphasis, link and heading marks that never close: each pattern's reach is bounded,
    so a megabyte line costs about a second, not hours (quadratic before)."""
    f = tmp_path / "marks.md"
    f.write_text("# Title\n\n" + "*a [b _c ![d ( " * 70_000 + '"We will rebuild it all," the mayor said.\n')
    r = cli("extract", f, "--format", "jsonl")
    assert r.code == 0, r.err
    assert [json.loads(x)["text"] for x in r.out.splitlines()][-1] == "We will rebuild it all,"


def test_a_long_single_line_within_the_limit_loads(cli, db_url, tmp_path):
    """Run-on text: 4 MB on one line, a quotation now and then. Work per quote is bounded
    (sentences are cut at MAX_SENTENCE), so this loads in seconds, not hours."""
    f = tmp_path / "line.txt"
    prose = "the river runs past the old mill and the square where the market stands, "
    quote = "“We will rebuild the bridge before the rains come back,” the mayor, Ana Ortiz, said. "
    unit = prose * 60 + quote
    f.write_text("One line\n\n" + unit * (4 * 2**20 // len(unit)))
    r = cli("--db", db_url, "load", f)
    assert r.code == 0, r.err
    rows = json.loads(cli("--db", db_url, "list", "--limit", "0", "--format", "json").out)
    assert len(rows) == 4 * 2**20 // len(unit) and {q["speaker"] for q in rows} == {"Ana Ortiz"}


FILTER_TEXTS = ["%", "_", "\\", "'", '"', "' OR 1=1 --", "'; DROP TABLE quote; --", "*", "NEAR(a b)",
                "a AND", "OR", "-x", "^", "(", ")", ":", "{col}", "\x00", "%_%", "Bár%", "é"]


@pytest.mark.parametrize("opt", ["--speaker", "--search", "--verdict", "--status", "--kind"])
def test_filters_take_any_text_literally(cli, db_url, seeds_dir, opt):
    assert cli("--db", db_url, "load", seeds_dir).code == 0
    for value in FILTER_TEXTS:
        r = cli("--db", db_url, "list", opt, value, "--format", "json")
        assert r.code == 0 and "Traceback" not in r.err, (value, r.err)
        rows = json.loads(r.out)
        if opt == "--speaker" and value in ("%", "_", "%_%", "' OR 1=1 --"):
            assert rows == []  # wildcards and SQL match nothing: no speaker name contains them
    assert len(json.loads(cli("--db", db_url, "list", "--limit", "0", "--format", "json").out)) > 20


def test_names_and_queries_with_metacharacters(cli, db_url, seeds_dir):
    assert cli("--db", db_url, "load", seeds_dir).code == 0
    for value in FILTER_TEXTS:
        for args in (["speakers", "--name", value], ["match", "--", value or "x"], ["review", "--speaker", value]):
            r = cli("--db", db_url, *args, stdin="q\n")
            assert r.code in (0, 1) and "Traceback" not in r.err, (args, r.err)
    r = cli("--db", db_url, "speakers", "--name", "%", "--format", "json")
    assert json.loads(r.out) == []


def test_values_wider_than_their_columns_are_refused_or_clipped_never_a_crash(cli, db_url, tmp_path):
    """PostgreSQL enforces a column's width where SQLite does not: what a person types is
    refused with its limit; what a file's header says of an article is clipped to fit."""
    f = tmp_path / "a.md"
    f.write_text(f"---\ntitle: {'T' * 2000}\noutlet: {'O' * 300}\n---\n\n"
                 'The mayor said the budget was "a disaster for the whole city" on Monday.\n')
    r = cli("--db", db_url, "load", f)
    assert r.code == 0, r.err
    art = json.loads(cli("--db", db_url, "articles", "--format", "json").out)[0]
    assert art["outlet"] == "O" * 200
    for args, what in ((["verify", "1", "false", "--by", "b" * 400], "--by: at most 200"),
                       (["speakers", "rename", "1", "A" * 400], "name: at most 300")):
        r = cli("--db", db_url, *args)
        assert r.code == 1 and what in r.err and len(r.err.strip().splitlines()) == 1, r.err
    ids = tmp_path / "claims.jsonl"
    ids.write_text(json.dumps({"id": "x" * 250, "text": "Half a million migrants crossed the gap"}) + "\n")
    r = cli("--db", db_url, "import", ids)
    assert r.code == 1 and "claims.jsonl" in r.err and "at most 200" in r.err, r.err


@pytest.mark.parametrize("args", [
    ["show", "99999999999999999999"], ["verify", "9999999999", "false"], ["link", "9999999999", "1"],
    ["unlink", "9999999999"], ["history", "0"], ["list", "--claim", "9999999999"], ["list", "--offset", "-1"],
    ["list", "--limit", "-1"], ["articles", "--offset", "-5"], ["repeated", "--min-articles", "99999999999"],
    ["speakers", "--limit", "-3"], ["speakers", "rename", "9999999999", "X"], ["scale", "add", "odd", "--value",
                                                                               "99999999999"],
])
def test_numbers_out_of_range_are_refused_in_one_line_on_either_backend(cli, db_url, seeds_dir, args):
    # PostgreSQL fails a query with an id past INTEGER or a negative OFFSET; neither is sent
    assert cli("--db", db_url, "load", seeds_dir).code == 0
    r = cli("--db", db_url, *args)
    assert r.code in (1, 2) and "internal error" not in r.err and "Traceback" not in r.err, r.err
    assert r.err.strip().splitlines()[-1].startswith("Error:"), r.err


def test_an_escaped_nul_in_json_is_refused_like_a_nul_byte(cli, db_url, tmp_path, seeds_dir):
    # "\u0000" decodes to a NUL no PostgreSQL text column takes: the record is refused with
    # one line naming it, and the good file beside it loads
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"title": "T", "text": 'The mayor said it was "a disaster \u0000 for us" today.'}))
    good = tmp_path / "good.txt"
    good.write_text((seeds_dir / sorted(p.name for p in seeds_dir.glob("*.txt"))[0]).read_text())
    r = cli("--db", db_url, "load", bad, good)
    assert r.code == 1 and "bad.json: NUL character" in r.err and "1 loaded" in r.err, r.err
    imp = tmp_path / "imp.jsonl"
    imp.write_text(json.dumps({"id": "n1", "text": "Half a million \u0000 migrants"}) + "\n")
    r = cli("--db", db_url, "import", imp)
    assert r.code == 1 and "imp.jsonl:1: NUL character" in r.err, r.err
    scale = json.loads(cli("--db", db_url, "scale", "--format", "json").out)
    scale[0]["description"] = "bad \u0000 description"
    (tmp_path / "scale.json").write_text(json.dumps(scale))
    r = cli("--db", db_url, "scale", "use", tmp_path / "scale.json")
    assert r.code == 1 and "NUL character" in r.err, r.err


@pytest.mark.parametrize("url, what", [
    ("postgresql+psycopg://nobody@127.0.0.1:1/x", "cannot open database"),
    ("mysql://u@h/db", "unsupported database 'mysql'"),
    ("notaurl", "not a database URL"),
])
def test_a_database_that_cannot_be_used_is_one_line(cli, url, what):
    r = cli("--db", url, "list")
    assert r.code == 1 and what in r.err and len(r.err.strip().splitlines()) == 1, r.err


def test_the_command_line_s_id_limit_is_the_database_s():
    # (kept apart so that the CLI starts without SQLAlchemy)
    from claims import cli
    from claims.store import tables

    assert cli.ID_MAX == tables.ID_MAX
