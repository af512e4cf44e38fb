"""Rich views of single objects (the listings go through render.emit)."""

from __future__ import annotations

from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claims.cli.render import console


def _status_line(d: dict) -> str:
    verdict = f" - verdict [bold]{escape(d['verdict'])}[/bold]" if d.get("verdict") else ""
    return f"status [bold]{escape(d['status'])}[/bold]{verdict}"


def show_claim(d: dict) -> None:
    c = console()
    if d.get("redirected_from"):
        ids = ", ".join(str(i) for i in d["redirected_from"])
        c.print(f"[yellow]claim {ids} was merged into claim {d['id']}[/yellow]")
    who = d.get("speaker") or "unattributed"
    if d.get("role"):
        who += f", {d['role']}"
    head = Text.assemble((f"Claim {d['id']}", "bold"), f"  {who}")
    body = Text(d["text"])
    meta = _status_line(d)
    span = d.get("first_date") or "undated"
    if d.get("last_date") and d["last_date"] != d.get("first_date"):
        span += f" .. {d['last_date']}"
    extra = f"  ·  {len(d['appearances'])} appearance(s) in {d['articles']} article(s)  ·  {span}"
    if d.get("external_id"):
        extra += f"  ·  external id {escape(d['external_id'])}"
    c.print(Panel(body, title=head, title_align="left", subtitle=Text.from_markup(meta + escape(extra)),
                  subtitle_align="left"))
    for a in d["appearances"]:
        where = " · ".join(str(x) for x in (a.get("date"), a.get("outlet"), a.get("title")) if x)
        c.print(f"[bold]quote {a['quote']}[/bold]  article {a['article']}  {escape(where)}")
        spk = a.get("speaker") or "unattributed"
        if a.get("speaker_kind") in ("anonymous", "group"):
            spk += f" ({a['speaker_kind']})"
        cue = f" — {a['cue']}" if a.get("cue") else ""
        c.print(f"  [cyan]{escape(spk)}[/cyan]{escape(cue)}  [dim]({a['kind']})[/dim]")
        c.print(Text("  " + (a.get("sentence") or a["text"]), style="italic"))
        if a.get("url"):
            c.print(f"  [dim]{escape(a['url'])}[/dim]")
    if d.get("history"):
        t = Table(title="history", title_justify="left", header_style="bold")
        for col in ("at", "by", "field", "change", "note", "sources"):
            t.add_column(col, overflow="fold")
        for e in d["history"]:
            t.add_row(e["at"][:19], e["by"], e["field"], f"{e['old'] or '-'} -> {e['new'] or '-'}",
                      e.get("note") or "", "\n".join(e.get("sources") or []))
        c.print(t)
