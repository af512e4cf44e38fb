"""Per-database settings: a key/value table."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from claims.store.models import Setting


def get(s: Session, key: str) -> str | None:
    return s.scalar(select(Setting.value).where(Setting.key == key))


def set(s: Session, key: str, value: str | None) -> None:
    row = s.get(Setting, key)
    if value is None:
        if row is not None:
            s.delete(row)
    elif row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value
    s.flush()
