"""The `claims` command: parse options, call a use case, render the result.

Nothing heavy is imported at module level: `claims --help` must start fast, so SQLAlchemy,
Alembic and the extraction code are imported inside the commands that need them.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from typing import List, Optional

import typer

from claims.cli.render import Col, Format, emit, emit_object, error, info, trim

app = typer.Typer(
    name="claims",
    help=(
        "Track quotes and claims across news articles: extract who said what, when and where, "
        "cross-reference repeats, and curate a verification status once for every repeat.\n\n"
        "Example:  claims load seeds/ && claims list --speaker Blinken"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
db_app = typer.Typer(help="Create, upgrade and inspect the database.", no_args_is_help=True)
speakers_app = typer.Typer(
    help="List speakers and fix what automatic matching got wrong.\n\n"
    "Example:  claims speakers --name barcena",
    invoke_without_command=True,
)
scale_app = typer.Typer(
    help="Show or change the rating scale: the verdicts `claims verify` accepts and the "
    "ClaimReview rating value of each.\n\nExample:  claims scale use politifact",
    invoke_without_command=True,
)
app.add_typer(db_app, name="db")
app.add_typer(scale_app, name="scale")
app.add_typer(speakers_app, name="speakers")

# The largest id an INTEGER column holds on PostgreSQL: past it, an id is refused as a usage
# error rather than sent to the server (which would fail the query). The same as
# claims.store.tables.ID_MAX (a test checks), not imported: the CLI starts without SQLAlchemy.
ID_MAX = 2**31 - 1
FORMAT_OPT = typer.Option(Format.table, "--format", "-f", help="Output format: table, json, jsonl or csv.")


class State:
    db_url: Optional[str] = None
    _db = None

    def db(self, migrate: bool = True):
        if self._db is None:
            from claims.store.engine import open_database

            self._db = open_database(self.db_url, migrate=migrate)
        return self._db


state = State()


def _version(value: bool) -> None:
    if value:
        from claims import __version__

        typer.echo(f"claims {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    db: Optional[str] = typer.Option(
        None, "--db", metavar="URL", envvar=None,
        help="Database URL, e.g. sqlite:///claims.db or postgresql+psycopg://user@host/db. "
        "Default: $CLAIMS_DATABASE_URL, else claims.db in your data directory "
        "(see `claims db path`).",
    ),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show the version and exit."),
) -> None:
    state.db_url = db
    state._db = None


def _date(value: Optional[str], option: str):
    if value is None:
        return None
    from claims.dates import BadDate, parse_date
    from claims.errors import ClaimsError

    try:
        return parse_date(value)[0]
    except BadDate as exc:
        raise ClaimsError(f"{option}: {exc}") from None


# --- articles -------------------------------------------------------------------------------

@contextmanager
def _ctrl_c_between_articles():
    """The first Ctrl-C (SIGINT) asks the load to stop after the article it is storing; a
    second one stops at once. A KeyboardInterrupt raised wherever the signal lands can be
    swallowed (inside a garbage collector's callback Python only prints it), and the load
    would go on to the end; a flag the load reads between articles is never lost."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield lambda: False
        return
    asked: list[bool] = []

    def on_sigint(signum, frame):
        if asked:
            raise KeyboardInterrupt
        asked.append(True)
        os.write(2, b"stopping after the current article (Ctrl-C again to stop at once)\n")

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield lambda: bool(asked)
    finally:
        signal.signal(signal.SIGINT, previous)


@app.command()
def load(
    paths: List[str] = typer.Argument(..., metavar="PATH...", help="Files, directories (searched "
                                      "recursively for *.txt, *.json, *.jsonl) or - for stdin."),
    date: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD) for a single file "
                                       "whose text does not give it."),
    outlet: Optional[str] = typer.Option(None, help="Outlet name, overriding what the text says."),
    url: Optional[str] = typer.Option(None, help="The article's URL."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Processes for extraction."),
) -> None:
    """Load articles, extract their quotes and cross-reference them.

    Each article is stored in its own transaction: a bad file is reported on one line and
    the rest of the batch goes on; the exit code is non-zero if any file failed. Loading
    the same text twice is a no-op that says so.

    Example:  claims load seeds/ more/article.json -
    """
    from claims.ingest import Overrides
    from claims.usecases.load import count_files, load as do_load

    if (date or url) and (len(paths) > 1 or os.path.isdir(paths[0])):
        from claims.errors import ClaimsError

        raise ClaimsError("--date and --url apply to a single file; give one file")
    if date:
        _date(date, "--date")
    db = state.db()
    total = count_files(p for p in paths if p != "-")
    show_bar = sys.stderr.isatty() and total > 5
    ov = Overrides(date=date, outlet=outlet, url=url)
    with _ctrl_c_between_articles() as stop:
        if show_bar:
            from rich.progress import Progress

            from claims.cli.render import err_console

            with Progress(console=err_console(), transient=True) as bar:
                task = bar.add_task("loading", total=total)
                report = do_load(db, paths, ov, on_error=lambda e: error(str(e)),
                                 on_progress=lambda _src: bar.advance(task), jobs=jobs, stop=stop)
        else:
            report = do_load(db, paths, ov, on_error=lambda e: error(str(e)), jobs=jobs, stop=stop)
    parts = [f"{report.loaded} loaded", f"{report.present} already present", f"{report.failed} failed"]
    info(", ".join(parts) + f"; {report.quotes} quotes")
    if report.joined or report.suggested:
        info(f"{report.joined} quotes joined existing claims, {report.suggested} await confirmation "
             "(claims suggestions)")
    for verdict, n in sorted(report.rated_repeats.items()):
        info(f"{n} new quote{'s' if n != 1 else ''} repeat claims already rated {verdict}")
    if report.failed:
        raise typer.Exit(1)


@app.command()
def articles(
    limit: Optional[int] = typer.Option(None, min=0, help="Show at most this many."),
    offset: int = typer.Option(0, min=0, help="Skip this many first."),
    format: Format = FORMAT_OPT,
) -> None:
    """List loaded articles: id, date, outlet, title and number of quotes.

    Example:  claims articles --format csv > articles.csv
    """
    from claims.usecases import browse

    rows = browse.articles(state.db(), limit, offset)
    emit(rows, [
        Col("id", justify="right"), Col("date", min_width=10), Col("outlet"),
        Col("title", ratio=3, fmt=lambda v: v or "(no title)"),
        Col("quotes", justify="right"),
    ], format, empty="no articles loaded: try `claims load seeds/`")


# --- quotes ---------------------------------------------------------------------------------

@app.command()
def extract(
    paths: List[str] = typer.Argument(..., metavar="PATH...", help="Files or directories; - for stdin."),
    format: Format = typer.Option(Format.jsonl, "--format", "-f",
                                  help="Output format: jsonl (default), json, csv or table."),
    statements: bool = typer.Option(False, "--statements", help="Also the narrator's factual "
                                    "statements and pull quotes, as `claims load` stores them."),
) -> None:
    """Extract quotes from files without touching the database (preview, pipelines).

    Example:  claims extract seeds/*.txt --format jsonl > quotes.jsonl
    """
    from claims.usecases.extract import extract_rows

    failed = []
    rows = extract_rows(paths, on_error=lambda e: (failed.append(e), error(str(e))), statements=statements)
    emit(rows, [
        Col("article", width=28), Col("speaker", width=24), Col("kind"),
        Col("text", ratio=3, fmt=trim(160)), Col("cue", width=20),
    ], format, empty="no quotes found")
    if failed:
        raise typer.Exit(1)


@app.command("list")
def list_quotes(
    speaker: Optional[str] = typer.Option(None, "--speaker", "-s", help="Speaker name, any part, "
                                          "case- and accent-insensitive (--speaker barcena)."),
    article: Optional[int] = typer.Option(None, "--article", "-a", min=1, max=ID_MAX, help="Article id."),
    since: Optional[str] = typer.Option(None, help="On or after this date (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="On or before this date (YYYY-MM-DD)."),
    search: Optional[str] = typer.Option(None, "--search", "-q", help="Full-text search in the quote."),
    kind: Optional[str] = typer.Option(None, help="direct, partial, indirect or statement."),
    status: Optional[str] = typer.Option(None, help="Claim status: unreviewed, in-progress, verified, "
                                         "not-applicable."),
    verdict: Optional[str] = typer.Option(None, help="Claim verdict, e.g. false."),
    claim: Optional[int] = typer.Option(None, min=1, max=ID_MAX, help="Quotes of this claim."),
    limit: int = typer.Option(50, min=0, help="Show at most this many (0: all)."),
    offset: int = typer.Option(0, min=0, help="Skip this many first."),
    format: Format = FORMAT_OPT,
) -> None:
    """List quotes, newest first, with their claim and its verdict.

    Example:  claims list --speaker "López Obrador" --since 2024-01-01 --format json
    """
    from claims.store.listing import QuoteFilter
    from claims.usecases import browse

    f = QuoteFilter(speaker=speaker, article=article, since=_date(since, "--since"),
                    until=_date(until, "--until"), search=search, kind=kind, status=status,
                    verdict=verdict, claim=claim, limit=limit or None, offset=offset)
    rows = browse.quotes(state.db(), f)
    emit(rows, [
        Col("id", justify="right"), Col("date", width=10, min_width=10), Col("speaker", width=22),
        Col("text", header="quote", ratio=4, fmt=trim(200), min_width=30), Col("outlet", width=10, drop=2),
        Col("claim", justify="right", drop=1), Col("verdict", width=12),
    ], format, empty="no quotes match")


@app.command()
def show(
    claim_id: int = typer.Argument(..., metavar="CLAIM_ID", min=1, max=ID_MAX, help="The claim's id (see `claims list`)."),
    format: Format = FORMAT_OPT,
) -> None:
    """Show a claim: its text, speaker, status, every appearance in context, and history.

    Example:  claims show 12
    """
    from claims.usecases import browse

    detail = browse.claim(state.db(), claim_id)
    if emit_object(detail, format):
        return
    from claims.cli.views import show_claim

    show_claim(detail)


# --- claims across articles ----------------------------------------------------------------

def _reviewer(by: Optional[str]) -> str:
    from claims.store.tables import WHO_WIDTH, check_width

    value, what = (by, "--by") if by else (os.environ.get("CLAIMS_REVIEWER"), "CLAIMS_REVIEWER")
    if value:
        check_width(what, value, WHO_WIDTH)  # (the width of the history's column)
        return value
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return "unknown"


@app.command()
def repeated(
    min_articles: int = typer.Option(2, "--min-articles", min=1, max=ID_MAX, help="Claims made in at least this many articles."),
    limit: Optional[int] = typer.Option(50, min=0, help="Show at most this many (0: all)."),
    offset: int = typer.Option(0, min=0, help="Skip this many first."),
    format: Format = FORMAT_OPT,
) -> None:
    """List claims repeated across articles, most repeated first.

    Example:  claims repeated --limit 20 --format json
    """
    from claims.usecases import browse

    rows = browse.repeated(state.db(), min_articles, limit or None, offset)
    emit(rows, [
        Col("id", justify="right"), Col("text", ratio=4, fmt=trim(160), min_width=30),
        Col("speakers", ratio=1, min_width=10), Col("first_date", header="first", min_width=10, drop=1),
        Col("last_date", header="last", min_width=10, drop=2),
        Col("articles", justify="right"), Col("status"), Col("verdict"),
    ], format, empty="no claim appears in two articles yet")


@app.command()
def match(
    text: Optional[str] = typer.Argument(None, help="A statement to look up."),
    queries: Optional[str] = typer.Option(None, "--queries", metavar="FILE.jsonl",
                                          help='Bulk: one {"id", "text"} a line.'),
    top: int = typer.Option(5, "--top", "-k", min=1, help="How many claims per statement."),
    format: Format = FORMAT_OPT,
) -> None:
    """Has this been checked before? Rank existing claims for a statement.

    Example:  claims match "Half a million migrants crossed the Darien Gap this year"
    Bulk:     claims match --queries tweets.jsonl --top 5 --format jsonl
    """
    from claims.errors import ClaimsError
    from claims.usecases import claims as uc

    if (text is None) == (queries is None):
        raise ClaimsError("give a TEXT or --queries FILE (one of them)")
    if queries:
        emit(uc.match_bulk(state.db(), queries, top), [
            Col("query"), Col("rank", justify="right"), Col("claim"), Col("score", justify="right"),
        ], format)
        return
    rows = uc.match(state.db(), text, top)
    emit(rows, [
        Col("rank", justify="right"), Col("id", justify="right"), Col("score", justify="right"),
        Col("status"), Col("verdict"), Col("text", ratio=4, fmt=trim(200)),
    ], format, empty="no similar claim")


@app.command("index")
def index_(
    semantic_: bool = typer.Option(False, "--semantic", help="Re-rank `match` with sentence vectors "
                                   "(needs claims[semantic]; embeds every claim once, then each new one)."),
    lexical: bool = typer.Option(False, "--lexical", help="Back to the lexical ranking alone (the default); "
                                 "drops the vectors."),
    rebuild: bool = typer.Option(False, "--rebuild", help="Index every claim afresh from its text "
                                 "(after an upgrade that changes how text becomes terms)."),
    format: Format = FORMAT_OPT,
) -> None:
    """Show or choose how `claims match` ranks claims: BM25 over the claim index (default), or
    BM25 candidates re-ranked with sentence embeddings.

    Example:  claims index --semantic
    """
    from claims.errors import ClaimsError
    from claims.usecases import claims as uc
    from claims.usecases import semantic

    if semantic_ and lexical:
        raise ClaimsError("choose one of --semantic and --lexical")
    if rebuild:
        n = uc.rebuild_index(state.db(), progress=lambda k: info(f"indexed {k} claims") if k % 20000 == 0 else None)
        info(f"{n} claims indexed afresh")
    if semantic_:
        n = semantic.switch_on(state.db(), progress=lambda k: info(f"embedded {k} claims") if k % 2048 == 0 else None)
        info(f"semantic re-ranking on; {n} claims embedded")
    elif lexical:
        semantic.switch_off(state.db())
        info("lexical ranking; vectors dropped")
    st = semantic.status(state.db())
    if not emit_object(st, format):
        emit([{"setting": k, "value": v} for k, v in st.items()], [Col("setting"), Col("value")], format)


@app.command("import")
def import_(
    file: str = typer.Argument(..., help="JSONL, JSON array or CSV with id and text; optionally "
                               "title, speaker, date, url, status, verdict."),
    by: Optional[str] = typer.Option(None, "--by", help="Who the imported ratings are from."),
) -> None:
    """Import claims verified elsewhere, keeping their ids as external ids.
    Re-importing the same file changes nothing.

    Example:  claims import snopes_claims.jsonl
    """
    from claims.usecases import claims as uc

    r = uc.import_claims(state.db(), file, _reviewer(by))
    info(f"{r.added} added, {r.updated} updated, {r.unchanged} unchanged")


@app.command()
def suggestions(
    limit: Optional[int] = typer.Option(50, min=0, help="Show at most this many (0: all)."),
    format: Format = FORMAT_OPT,
) -> None:
    """Quotes that may repeat a claim, waiting for a person's decision.

    Confirm with `claims link QUOTE CLAIM`, reject with `claims unlink QUOTE`.
    Example:  claims suggestions --format jsonl
    """
    from claims.usecases import claims as uc

    emit(uc.suggestions(state.db(), limit or None), [
        Col("quote", justify="right"), Col("quote_text", header="quote text", ratio=2, fmt=trim(120)),
        Col("claim", justify="right"), Col("claim_text", header="claim text", ratio=2, fmt=trim(120)),
        Col("score", justify="right"),
    ], format, empty="no suggestions waiting")


@app.command()
def link(
    quote: int = typer.Argument(..., min=1, max=ID_MAX, help="Quote id."),
    claim: int = typer.Argument(..., min=1, max=ID_MAX, help="Claim id to put it in."),
    by: Optional[str] = typer.Option(None, "--by", help="Who decides (default: $CLAIMS_REVIEWER or your user)."),
) -> None:
    """Confirm that a quote repeats a claim. Never undone by an automatic pass.

    Example:  claims link 22 11
    """
    from claims.usecases import claims as uc

    info(uc.link(state.db(), quote, claim, _reviewer(by)))


@app.command()
def unlink(
    quote: int = typer.Argument(..., min=1, max=ID_MAX, help="Quote id."),
    by: Optional[str] = typer.Option(None, "--by", help="Who decides."),
) -> None:
    """Take a quote out of its claim (or reject its suggestions). Never undone by an
    automatic pass.

    Example:  claims unlink 22
    """
    from claims.usecases import claims as uc

    info(uc.unlink(state.db(), quote, _reviewer(by)))


# --- curation ---------------------------------------------------------------------------

@app.command()
def verify(
    claim_id: int = typer.Argument(..., metavar="CLAIM_ID", min=1, max=ID_MAX),
    verdict: str = typer.Argument(..., help="A verdict of the database's rating scale (`claims scale`; "
                                  "by default true, mostly-true, mixed, misleading, mostly-false, "
                                  "false, unproven, satire or opinion)."),
    note: Optional[str] = typer.Option(None, "--note", "-m", help="Why."),
    source: List[str] = typer.Option([], "--source", help="A source URL (repeatable)."),
    by: Optional[str] = typer.Option(None, "--by", help="Reviewer (default: $CLAIMS_REVIEWER or your user)."),
    expect_version: Optional[int] = typer.Option(None, "--expect-version", min=1, max=ID_MAX, help="Fail if the claim "
                                                 "changed since you read this version."),
) -> None:
    """Record a verdict; it holds for every appearance of the claim.

    Example:  claims verify 12 false --note "CBP data says otherwise" --source https://cbp.gov/x
    """
    from claims.usecases import curate

    r = curate.verify(state.db(), claim_id, verdict, _reviewer(by), note, source, expect_version)
    _raced(r)
    info(f"claim {r['claim']}: verified, {r['verdict']}" if r["changed"] else f"claim {r['claim']}: already {r['verdict']}")


def _raced(r: dict) -> None:
    if r.get("raced"):
        info(f"note: claim {r['claim']} changed while you were at it ({r['raced']}); yours was "
             f"recorded after it, both are in `claims history {r['claim']}`")


@app.command()
def status(
    claim_id: int = typer.Argument(..., metavar="CLAIM_ID", min=1, max=ID_MAX),
    new_status: str = typer.Argument(..., metavar="STATUS", help="unreviewed, in-progress, verified or not-applicable."),
    note: Optional[str] = typer.Option(None, "--note", "-m"),
    by: Optional[str] = typer.Option(None, "--by"),
    expect_version: Optional[int] = typer.Option(None, "--expect-version", min=1, max=ID_MAX),
) -> None:
    """Move a claim through the workflow.

    Example:  claims status 12 in-progress --note "asked CBP for data"
    """
    from claims.usecases import curate

    r = curate.set_status(state.db(), claim_id, new_status, _reviewer(by), note, expect_version)
    _raced(r)
    info(f"claim {r['claim']}: {r['status']}")


@app.command()
def history(claim_id: int = typer.Argument(..., metavar="CLAIM_ID", min=1, max=ID_MAX), format: Format = FORMAT_OPT) -> None:
    """Every status and verdict change of a claim: who, when, old -> new, note, sources.

    Example:  claims history 12 --format json
    """
    from claims.usecases import curate

    emit(curate.history(state.db(), claim_id), [
        Col("at", fmt=lambda v: v[:16].replace("T", " "), min_width=16), Col("by", width=16),
        Col("change", ratio=2, of_row=lambda r: f"{r['field']}: {r['old'] or '-'} -> {r['new'] or '-'}"),
        Col("note", ratio=2), Col("sources", ratio=1),
    ], format, empty="no changes yet")


@app.command()
def undo(claim_id: int = typer.Argument(..., metavar="CLAIM_ID", min=1, max=ID_MAX), by: Optional[str] = typer.Option(None, "--by")) -> None:
    """Revert the claim's last change, by appending its inverse to the history.

    Example:  claims undo 12
    """
    from claims.usecases import curate

    info(f"claim {claim_id}: undone {curate.undo(state.db(), claim_id, _reviewer(by))}")


@app.command()
def export(
    format: str = typer.Option("claimreview", "--format", "-f", help="claimreview (JSON-LD of verified "
                               "claims), jsonl or csv (claims with appearances and verdicts)."),
    all_claims: bool = typer.Option(False, "--all", help="jsonl/csv: every claim, not only verified ones."),
    publisher: Optional[str] = typer.Option(None, help="ClaimReview author organisation."),
) -> None:
    """Export verdicts: schema.org ClaimReview, or rows for spreadsheets and pipelines.

    Example:  claims export --format claimreview > claimreview.json
    """
    import json as _json

    from claims.errors import ClaimsError
    from claims.usecases import curate

    if format == "claimreview":
        docs = curate.claimreview_docs(state.db(), publisher)
        sys.stdout.write(_json.dumps(docs, ensure_ascii=False, indent=2) + "\n")
        return
    if format not in ("jsonl", "csv", "json"):
        raise ClaimsError("--format must be claimreview, jsonl, json or csv")
    emit(curate.export_records(state.db(), verified_only=not all_claims), [], format)


@app.command()
def review(
    speaker: Optional[str] = typer.Option(None, "--speaker", "-s"),
    since: Optional[str] = typer.Option(None),
    status_: str = typer.Option("unreviewed", "--status", help="Which claims to walk."),
    by: Optional[str] = typer.Option(None, "--by"),
) -> None:
    """Walk claims to review, most repeated and most recent first, one decision each.

    Keys (then Enter): one per verdict of the rating scale (default scale: t true, T mostly-true,
    x mixed, m misleading, F mostly-false, f false, u unproven, a satire, o opinion; see
    `claims scale`), p in-progress, n not-applicable, e write a note for the decision,
    s skip, q quit. A short note can also follow the key: `f wrong figure`.
    Every decision is saved at once; works in any terminal, over SSH, or from a pipe.

    Example:  claims review --speaker Blinken
    """
    from claims.cli.review import run_review

    run_review(state.db(), speaker, _date(since, "--since"), status_, _reviewer(by))


# --- speakers -------------------------------------------------------------------------------

@speakers_app.callback()
def speakers_list(
    ctx: typer.Context,
    name: Optional[str] = typer.Option(None, "--name", "-n", help="Only speakers whose name contains this."),
    limit: Optional[int] = typer.Option(None, min=0, help="Show at most this many."),
    offset: int = typer.Option(0, min=0, help="Skip this many first."),
    format: Format = FORMAT_OPT,
) -> None:
    """List speakers with their number of quotes and articles."""
    if ctx.invoked_subcommand is not None:
        return
    from claims.usecases import browse

    rows = browse.speakers(state.db(), name, limit, offset)
    emit(rows, [
        Col("id", justify="right"), Col("name", width=30), Col("role", width=30),
        Col("kind"), Col("quotes", justify="right"), Col("articles", justify="right"),
        Col("aliases", ratio=1),
    ], format, empty="no speakers")


@speakers_app.command("merge")
def speakers_merge(
    target: str = typer.Argument(..., help="The speaker to keep (id or name)."),
    others: List[str] = typer.Argument(..., help="Speakers to fold into it (ids or names)."),
) -> None:
    """Merge speakers that are one person; their names stay as aliases, so later loads
    find the merged speaker.

    Example:  claims speakers merge "Alicia Bárcena" 17
    """
    from claims.usecases import browse

    for msg in browse.merge_speakers(state.db(), target, others):
        info(msg)


@speakers_app.command("rename")
def speakers_rename(
    speaker: str = typer.Argument(..., help="Speaker id or name."),
    new_name: str = typer.Argument(..., help="The new canonical name."),
    role: Optional[str] = typer.Option(None, help="Also set the role or title."),
) -> None:
    """Rename a speaker; the old name stays an alias.

    Example:  claims speakers rename 4 "Andrés Manuel López Obrador" --role "President of Mexico"
    """
    from claims.usecases import browse

    info(browse.rename_speaker(state.db(), speaker, new_name, role))


# --- rating scale ---------------------------------------------------------------------------

SCALE_COLS = [Col("verdict"), Col("value", justify="right"), Col("key"), Col("description", ratio=1)]


@scale_app.callback()
def scale_show(ctx: typer.Context, format: Format = FORMAT_OPT) -> None:
    """Show the database's rating scale, best verdict first."""
    if ctx.invoked_subcommand is not None:
        return
    from claims.usecases import scale

    emit(scale.get(state.db()), SCALE_COLS, format, empty="the scale is empty")


@scale_app.command("use")
def scale_use(
    source: str = typer.Argument(..., help="A preset (default, politifact) or a file: YAML or JSON "
                                 "(a list of {verdict, value, key, description}, or verdict: value), "
                                 "or CSV with those columns."),
) -> None:
    """Replace the rating scale. Verdicts that claims already carry cannot be dropped.

    Example:  claims scale use politifact
    """
    from claims.usecases import scale

    rows = scale.replace(state.db(), scale.resolve_source(source))
    info(f"rating scale: {', '.join(r['verdict'] for r in rows)}")


@scale_app.command("add")
def scale_add(
    verdict: str = typer.Argument(...),
    value: Optional[int] = typer.Option(None, help="ClaimReview ratingValue; none for verdicts off "
                                        "the truth scale."),
    key: Optional[str] = typer.Option(None, help="Key for `claims review` (default: a free letter)."),
    description: Optional[str] = typer.Option(None, "--description", "-d"),
    after: Optional[str] = typer.Option(None, help="Place it after this verdict (default: last)."),
) -> None:
    """Add a verdict to the rating scale.

    Example:  claims scale add four-pinocchios --value 1 --after false
    """
    from claims.usecases import scale

    scale.add(state.db(), verdict, value, key, description, after)
    info(f"added {scale.normalise(verdict)!r} to the rating scale")


@scale_app.command("remove")
def scale_remove(verdict: str = typer.Argument(...)) -> None:
    """Remove a verdict that no claim carries from the rating scale.

    Example:  claims scale remove satire
    """
    from claims.usecases import scale

    scale.remove(state.db(), verdict)
    info(f"removed {scale.normalise(verdict)!r} from the rating scale")


# --- database -------------------------------------------------------------------------------

@db_app.command("upgrade")
def db_upgrade(revision: str = typer.Argument("head", help="Target revision.")) -> None:
    """Create the schema or bring it to the newest revision.

    Example:  claims --db postgresql+psycopg://me@localhost/claims db upgrade
    """
    from claims.store.engine import current_revision, upgrade

    db = state.db(migrate=False)
    before = current_revision(db.engine)
    upgrade(db.engine, revision)
    after = current_revision(db.engine)
    info(f"{db.display_url()}: {before or 'empty'} -> {after}" if before != after
         else f"{db.display_url()}: already at {after}")


@db_app.command("downgrade")
def db_downgrade(revision: str = typer.Argument(..., help="Target revision, or base.")) -> None:
    """Step the schema back (data in dropped tables is lost).

    Example:  claims db downgrade base
    """
    from claims.store.engine import current_revision, downgrade

    db = state.db(migrate=False)
    downgrade(db.engine, revision)
    info(f"{db.display_url()}: now at {current_revision(db.engine) or 'base'}")


@db_app.command("current")
def db_current() -> None:
    """Print the database's schema revision and the newest one.

    Example:  claims db current
    """
    from claims.store.engine import newest_revision, current_revision

    db = state.db(migrate=False)
    cur = current_revision(db.engine)
    head = newest_revision()
    typer.echo(f"{cur or 'none'}" + (" (head)" if cur == head else f" (newest is {head})"))


@db_app.command("copy")
def db_copy(
    to: str = typer.Option(..., "--to", metavar="URL", help="The target database (empty; created and "
                           "migrated if need be)."),
) -> None:
    """Copy the whole database to another one, keeping ids, statuses, verdicts and history:
    the way from SQLite to PostgreSQL when a team outgrows one machine.

    Example:  claims db copy --to postgresql+psycopg://me@dbhost/claims
    """
    from claims.usecases import db as db_uc

    counts, shown = db_uc.copy_to(state.db(), to)
    info(f"copied to {shown}: " + ", ".join(f"{n} {t}" for t, n in counts.items() if n))


@db_app.command("path")
def db_path() -> None:
    """Print which database the commands use, and why.

    Example:  claims db path
    """
    from claims.store.engine import ENV_URL, resolve_url

    url, is_default = resolve_url(state.db_url)
    why = "--db" if state.db_url else (ENV_URL if not is_default else "default")
    typer.echo(url)
    info(f"(from {why})")


app.command("info", hidden=True)(db_path)


INTERRUPTED = ("interrupted: what was stored is complete (each article goes in whole or not at "
               "all); run the same command again to finish")


def main() -> None:
    """Entry point: user errors become one red line and an exit code, never a traceback."""
    from claims.errors import ClaimsError

    try:
        rc = app(standalone_mode=False)
        if rc == 130:  # Typer turns Ctrl-C into a returned 130
            error(INTERRUPTED)
        sys.exit(rc if isinstance(rc, int) else 0)
    except ClaimsError as exc:
        error(str(exc))
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        if exc.exit_code == 130:  # Typer's way of passing on Ctrl-C
            error(INTERRUPTED)
        sys.exit(exc.exit_code)
    except typer.Abort:
        error("aborted")
        sys.exit(130)
    except KeyboardInterrupt:
        error(INTERRUPTED)
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    except Exception as exc:  # click usage errors and the unexpected
        if callable(getattr(exc, "show", None)) and hasattr(exc, "exit_code"):
            exc.show()  # a usage error: Typer's own message, exit code 2
            sys.exit(exc.exit_code)
        if os.environ.get("CLAIMS_DEBUG"):
            raise
        from sqlalchemy.exc import OperationalError

        if isinstance(exc, OperationalError):
            error(f"database error: {' '.join(str(exc.orig).split())}")
            sys.exit(1)
        # one line: a driver's error carries the statement and its parameters after it
        orig = getattr(exc, "orig", None)
        lines = str(orig if orig is not None else exc).strip().splitlines()
        error(f"internal error: {type(exc).__name__}: {lines[0] if lines else ''} "
              "(set CLAIMS_DEBUG=1 for a traceback)")
        sys.exit(70)


def run() -> None:
    """Console entry point: main(), then exit without the interpreter's teardown, which
    spends about 100 ms freeing modules a finished command no longer needs. Output is
    flushed and the database released first; tests call main() and never reach this."""
    try:
        main()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):
        pass
    try:
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        pass
    if state._db is not None:
        state._db.engine.dispose()
    os._exit(code)
