"""Files to documents: walk paths, read bytes, refuse what is not usable text.

Every problem becomes an InputError naming the file (and line, for JSONL) and the reason;
the caller reports it and goes on with the next document.
"""

from __future__ import annotations

import codecs
import json
import pathlib
import re
import sys
from dataclasses import dataclass, field
from typing import BinaryIO, Iterable, Iterator

from claims.errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
MAX_FILE_BYTES = 512 * 1024 * 1024
META_KEYS = ("title", "date", "outlet", "url", "byline")


@dataclass
class Document:
    """One article's raw text and the metadata its container gave."""

    source: str
    text: str
    meta: dict[str, str] = field(default_factory=dict)
    structured: bool = False  # metadata came from JSON fields


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Files named directly are taken whatever their suffix; directories are walked
    recursively for *.txt, *.json and *.jsonl, in name order."""
    for p in paths:
        if p == "-":
            yield p
            continue
        path = pathlib.Path(p)
        if path.is_dir():
            found = sorted(
                f for f in path.rglob("*")
                if f.is_file() and f.suffix.lower() in SUFFIXES and not _hidden(f, path)
            )
            yield from (str(f) for f in found)
        elif path.is_file():
            yield str(path)
        elif path.exists():
            yield InputError(p, "not a regular file")
        else:
            yield InputError(p, "no such file or directory")


def _hidden(f: pathlib.Path, root: pathlib.Path) -> bool:
    return any(part.startswith(".") for part in f.relative_to(root).parts)


def read_documents(
    paths: Iterable[str], stdin: BinaryIO | None = None
) -> Iterator[Document | InputError]:
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield item
            continue
        if item == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(MAX_FILE_BYTES + 1)
            yield from _documents_from_bytes("<stdin>", data, json_hint=None)
            continue
        try:
            size = pathlib.Path(item).stat().st_size
            if size > MAX_FILE_BYTES:
                yield InputError(item, f"file is {size / 2**20:.0f} MiB, larger than the "
                                       f"{MAX_FILE_BYTES // 2**20} MiB limit")
                continue
            data = pathlib.Path(item).read_bytes()
        except OSError as exc:
            yield InputError(item, f"cannot read: {exc.strerror or exc}")
            continue
        suffix = pathlib.Path(item).suffix.lower()
        hint = "jsonl" if suffix in {".jsonl", ".ndjson"} else "json" if suffix == ".json" else "text"
        yield from _documents_from_bytes(item, data, json_hint=hint)


def _decode(source: str, data: bytes) -> str:
    if not data.strip():
        raise InputError(source, "empty file")
    if b"\x00" in data[:8192] or b"\x00" in data:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _declared_charset(data)
        if declared is None:
            raise InputError(
                source, f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})"
            ) from None
        try:
            text = data.decode(declared)
        except UnicodeDecodeError as exc2:
            raise InputError(source, f"not {declared} text as the page declares (invalid byte "
                                     f"0x{data[exc2.start]:02x} at offset {exc2.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.I)


def _declared_charset(data: bytes) -> str | None:
    """The encoding a web page declares in its first bytes (`<meta charset="windows-1252">`):
    old pages saved from the web are often not UTF-8."""
    head = data[:4096]
    if not re.search(rb"<(?:!doctype\s+html|html|head|meta)\b", head, re.I):
        return None
    m = _CHARSET.search(head)
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None
    # as browsers do (WHATWG): a page labelled Latin-1 or ASCII is read as windows-1252,
    # whose 0x93/0x94 are the curly quotation marks such pages are full of
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _documents_from_bytes(
    source: str, data: bytes, json_hint: str | None
) -> Iterator[Document | InputError]:
    try:
        text = _decode(source, data)
    except InputError as err:
        yield err
        return
    stripped = text.lstrip()
    if json_hint is None:  # stdin: sniff
        json_hint = "jsonl" if stripped.startswith("{") else "json" if stripped.startswith("[") else "text"
    if json_hint == "text":
        yield _check_size(Document(source=source, text=text))
        return
    if json_hint == "json":
        try:
            obj = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            if json_hint == "json" and stripped.startswith("{") and "\n{" in stripped:
                yield from _jsonl(source, text)  # a .json file that is really JSON Lines
                return
            yield InputError(source, f"malformed JSON: {_json_reason(exc)}")
            return
        records = obj if isinstance(obj, list) else [obj]
        for i, rec in enumerate(records, 1):
            where = source if len(records) == 1 else f"{source}[{i}]"
            yield _record(where, rec)
        return
    yield from _jsonl(source, text)


def _jsonl(source: str, text: str) -> Iterator[Document | InputError]:
    seen = False
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        seen = True
        where = f"{source}:{lineno}"
        try:
            rec = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            yield InputError(where, f"malformed JSON: {_json_reason(exc)}")
            continue
        yield _record(where, rec)
    if not seen:
        yield InputError(source, "empty file")


def _json_reason(exc: Exception) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    assert isinstance(exc, json.JSONDecodeError)
    return f"{exc.msg} at line {exc.lineno} column {exc.colno}"


def _record(where: str, rec: object) -> Document | InputError:
    if not isinstance(rec, dict):
        return InputError(where, f"expected a JSON object with a \"text\" field, got {type(rec).__name__}")
    text = rec.get("text", rec.get("body"))
    if not isinstance(text, str) or not text.strip():
        return InputError(where, 'record has no "text" (a non-empty string is required)')
    meta: dict[str, str] = {}
    for key in META_KEYS:
        val = rec.get(key)
        if val is None:
            continue
        if not isinstance(val, (str, int, float)):
            return InputError(where, f'field "{key}" must be a string')
        meta[key] = str(val)
    if "\x00" in text or any("\x00" in v for v in meta.values()):
        # (a JSON escape, \u0000: as a NUL byte in a text file, no text a database keeps)
        return InputError(where, "NUL character (\\u0000) in the record, not text")
    doc = Document(source=where, text=text.replace("\r\n", "\n"), meta=meta, structured=True)
    return _check_size(doc)


def _check_size(doc: Document) -> Document | InputError:
    n = len(doc.text.encode("utf-8"))
    if n > MAX_ARTICLE_BYTES:
        return InputError(
            doc.source,
            f"article is {n / 2**20:.1f} MiB, larger than the {MAX_ARTICLE_BYTES // 2**20} MiB limit "
            "(split it into articles)",
        )
    return doc
