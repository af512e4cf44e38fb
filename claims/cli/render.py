"""The one output layer: every listing goes through `emit` as table, json, jsonl or csv.

Tables are Rich (colour off under NO_COLOR or when not a TTY, as Rich decides); machine
formats go to stdout with no decoration. Messages go to stderr so pipes stay clean.
json and csv are imported by the formats that use them: `claims --help` needs neither.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from enum import Enum
from typing import Any, Iterable


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


@dataclass
class Col:
    key: str
    header: str | None = None
    width: int | None = None  # max width
    ratio: int | None = None  # share of spare width (wrapping text columns)
    justify: str = "left"
    style: str | None = None
    fmt: Any = None  # callable for the table cell
    min_width: int | None = None  # never narrower (dates, ids)
    drop: int = 0  # on a terminal too narrow for all columns, left out highest first (0: never)
    of_row: Any = None  # callable(row) for a cell made of several fields


_console = None
_err_console = None


def console():
    global _console
    if _console is None:
        from rich.console import Console

        _console = Console()
    return _console


def err_console():
    global _err_console
    if _err_console is None:
        from rich.console import Console

        _err_console = Console(stderr=True)
    return _err_console


def _plain(v: Any) -> Any:
    if isinstance(v, (list, tuple)):
        return "; ".join(str(x) for x in v)
    return v


def emit(rows: Iterable[dict], cols: list[Col], fmt: Format | str, *, title: str | None = None,
         empty: str = "nothing found") -> int:
    """Write rows in the chosen format; returns how many were written."""
    fmt = Format(fmt)
    out = sys.stdout
    n = 0
    if fmt is not Format.table:
        import csv
        import json
    if fmt is Format.jsonl:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
            n += 1
        return n
    if fmt is Format.json:
        rows = list(rows)
        out.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
        return len(rows)
    if fmt is Format.csv:
        w = None
        for r in rows:
            if w is None:
                w = csv.DictWriter(out, fieldnames=list(r.keys()), extrasaction="ignore",
                                   lineterminator="\n")
                w.writeheader()
            w.writerow({k: _plain(v) for k, v in r.items()})
            n += 1
        if w is None:  # no rows: the header alone, from the columns
            csv.writer(out, lineterminator="\n").writerow([c.key for c in cols])
        return n
    rows = list(rows)
    if not rows:
        if sys.stderr.isatty() and not os.environ.get("NO_COLOR"):
            err_console().print(f"[dim]{empty}[/dim]")
        else:  # nothing to style: spare the Rich import
            sys.stderr.write(empty + "\n")
        return 0
    from rich.table import Table

    table = Table(title=title, show_lines=False, header_style="bold", expand=True,
                  title_justify="left")
    cells = [[_cell(c, c.of_row(r) if c.of_row else r.get(c.key)) for c in cols] for r in rows]
    cols, cells, widths = _layout(cols, cells, console().width)
    for c, w in zip(cols, widths):
        table.add_column(c.header or c.key, width=w, justify=c.justify, style=c.style,
                         overflow="fold")
    for row in cells:
        table.add_row(*row)
        n += 1
    console().print(table)
    return n


def _layout(cols: list[Col], cells: list[list[str]], width: int):
    """Each column's width, computed here rather than by Rich: Rich gives fixed columns
    their full content first and a ratio column only what is left, which on 80 columns
    left a quotation ten characters wide. Here the text columns (those with a ratio)
    keep their min_width: the widest fixed columns give way first (none below its header,
    its min_width or eight characters); if that is not enough, columns with nothing in
    them go, then those marked `drop`, highest first. The text columns share the rest by
    ratio. Returns the columns kept, their cells and their widths."""
    while True:
        widths = _fit(cols, cells, width)
        if widths is not None:
            return cols, cells, widths
        empty = [i for i, c in enumerate(cols) if not c.ratio and not any(row[i] for row in cells)]
        levels = [c.drop for c in cols if c.drop]
        if empty:
            gone = set(empty)
        elif levels:
            gone = {i for i, c in enumerate(cols) if c.drop == max(levels)}
        else:  # nothing left to leave out: let Rich fold what does not fit
            return cols, cells, [None] * len(cols)
        keep = [i for i in range(len(cols)) if i not in gone]
        cols, cells = [cols[i] for i in keep], [[row[i] for i in keep] for row in cells]


def _fit(cols: list[Col], cells: list[list[str]], width: int) -> list[int] | None:
    natural = []
    for i, c in enumerate(cols):
        head = len(c.header or c.key)
        longest = max([head, 4] + [max((len(x) for x in row[i].splitlines()), default=0) for row in cells])
        natural.append(min(longest, max(c.width, head)) if c.width else longest)
    flex = [i for i, c in enumerate(cols) if c.ratio]
    fixed = [i for i, c in enumerate(cols) if not c.ratio]
    room = width - 3 * len(cols) - 1  # borders and padding: 3 a column, 1 for the edge
    need = {i: min(natural[i], cols[i].min_width or 8) for i in flex}
    used = sum(natural[i] for i in fixed)
    out = list(natural)
    floor = {i: min(natural[i], max(cols[i].min_width or 0, len(cols[i].header or cols[i].key), 8))
             for i in fixed}
    while used + sum(need.values()) > room:
        i = max((i for i in fixed if out[i] > floor[i]), key=lambda i: out[i], default=None)
        if i is None:
            return None
        out[i] -= 1
        used -= 1
    spare = room - used - sum(need.values())
    total = sum(cols[i].ratio for i in flex) or 1
    for i in flex:
        share = need[i] + spare * cols[i].ratio // total
        out[i] = min(max(natural[i], need[i]), share) if natural[i] < share else share
    return out


def _cell(c: Col, v: Any) -> str:
    from rich.markup import escape

    if c.fmt is not None:
        v = c.fmt(v)
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        v = ", ".join(str(x) for x in v)
    return escape(str(v))


def trim(n: int):
    def f(v: Any) -> str | None:
        if v is None:
            return None
        s = " ".join(str(v).split())
        return s if len(s) <= n else s[: n - 1].rstrip() + "\u2026"
    return f


def emit_object(obj: dict, fmt: Format | str) -> bool:
    """Machine formats of a single object. Returns False for table (caller renders)."""
    fmt = Format(fmt)
    if fmt is Format.table:
        return False
    import csv
    import json

    if fmt is Format.json:
        sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt is Format.jsonl:
        sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
    elif fmt is Format.csv:
        flat = {k: v for k, v in obj.items() if not isinstance(v, (list, dict))}
        w = csv.DictWriter(sys.stdout, fieldnames=list(flat), lineterminator="\n")
        w.writeheader()
        w.writerow(flat)
    else:
        return False
    return True


def info(msg: str) -> None:
    err_console().print(msg, highlight=False)


def error(msg: str) -> None:
    from rich.markup import escape

    err_console().print(f"[bold red]Error:[/bold red] {escape(msg)}", highlight=False, soft_wrap=True)
