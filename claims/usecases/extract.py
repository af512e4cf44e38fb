"""Extraction without the database: files in, quote rows out."""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

from claims.dates import period_iso
from claims.errors import InputError
from claims.ingest import read_documents
from claims.usecases.load import prepare_safe


def extract_rows(paths: Iterable[str], on_error: Callable[[InputError], None],
                 statements: bool = False) -> Iterator[dict]:
    for doc in read_documents(paths):
        item = prepare_safe(doc, None, statements)
        if isinstance(item, InputError):
            on_error(item)
            continue
        art = item.article
        for q in item.quotes:
            yield {
                "article": art.source,
                "text": q.text,
                "speaker": q.speaker.name if q.speaker else None,
                "speaker_kind": q.speaker.kind if q.speaker else None,
                "role": q.speaker.role if q.speaker else None,
                "mention": q.mention,
                "kind": q.kind,
                "cue": q.cue,
                "start": q.start,
                "end": q.end,
                "date": period_iso(q.date, q.date_precision),
                "date_source": q.date_source,
                "date_precision": q.date_precision if q.date else None,
                "sentence": q.sentence,
            }
