"""The rating scale of a database: which verdicts `claims verify` accepts, the ClaimReview
rating value of each, and the key `claims review` offers for it. Every database starts with
the default scale (written by its migration); a team can switch to a preset such as
PolitiFact's, load its own from a file, or add and remove verdicts."""

from __future__ import annotations

import csv
import io
import json
import pathlib
import re

from claims.errors import ClaimsError, InputError
from claims.store import scale as scale_store
from claims.store.engine import Database
from claims.store.tables import ID_MAX, REF_WIDTH, clip

# Keys `claims review` keeps for itself: skip, quit, in-progress, not-applicable, edit a note.
RESERVED_KEYS = frozenset("sqpne")

PRESETS: dict[str, list[dict]] = {
    "default": [
        {"verdict": "true", "value": 5, "key": "t", "description": "Accurate, nothing significant missing."},
        {"verdict": "mostly-true", "value": 4, "key": "T", "description": "Accurate but needs clarification or context."},
        {"verdict": "mixed", "value": 3, "key": "x", "description": "Partly accurate, partly not."},
        {"verdict": "misleading", "value": 2, "key": "m", "description": "Literally accurate but gives a false impression."},
        {"verdict": "mostly-false", "value": 2, "key": "F", "description": "Contains an element of truth but ignores critical facts."},
        {"verdict": "false", "value": 1, "key": "f", "description": "Not accurate."},
        {"verdict": "unproven", "value": None, "key": "u", "description": "Evidence is insufficient either way."},
        {"verdict": "satire", "value": None, "key": "a", "description": "Satire or parody, not meant as fact."},
        {"verdict": "opinion", "value": None, "key": "o", "description": "An opinion, not a checkable claim."},
    ],
    # PolitiFact's Truth-O-Meter.
    "politifact": [
        {"verdict": "true", "value": 6, "key": "t", "description": "The statement is accurate and there's nothing significant missing."},
        {"verdict": "mostly-true", "value": 5, "key": "T", "description": "The statement is accurate but needs clarification or additional information."},
        {"verdict": "half-true", "value": 4, "key": "h", "description": "The statement is partially accurate but leaves out important details or takes things out of context."},
        {"verdict": "mostly-false", "value": 3, "key": "F", "description": "The statement contains an element of truth but ignores critical facts that would give a different impression."},
        {"verdict": "false", "value": 2, "key": "f", "description": "The statement is not accurate."},
        {"verdict": "pants-on-fire", "value": 1, "key": "P", "description": "The statement is not accurate and makes a ridiculous claim."},
    ],
}

_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


def normalise(verdict: str) -> str:
    return re.sub(r"[\s_]+", "-", verdict.strip().lower())


def get(db: Database) -> list[dict]:
    with db.session() as s:
        return scale_store.load(s)


def check_verdict(scale: list[dict], verdict: str) -> str:
    v = normalise(verdict)
    if v not in {e["verdict"] for e in scale}:
        raise ClaimsError(f"unknown verdict {verdict!r}; one of: {', '.join(e['verdict'] for e in scale)}"
                          " (see `claims scale`)")
    return v


def bounds(scale: list[dict]) -> tuple[int | None, int | None]:
    """(best, worst) rating values of the scale."""
    values = [e["value"] for e in scale if e["value"] is not None]
    return (max(values), min(values)) if values else (None, None)


def review_keys(scale: list[dict]) -> dict[str, str]:
    """key -> verdict for `claims review`."""
    return {e["key"]: e["verdict"] for e in scale if e.get("key")}


def validate(entries: list[dict], where: str = "scale") -> list[dict]:
    """Normalise names, check values and keys, give a key to verdicts without one."""
    if not entries:
        raise InputError(where, "the scale needs at least one verdict")
    out, seen, keys = [], set(), set()
    for e in entries:
        raw = str(e.get("verdict") or "").strip()
        v = normalise(raw)
        if not _NAME.match(v):
            raise InputError(where, f"bad verdict name {raw!r}: use letters, digits and hyphens, at most 40")
        if v in seen:
            raise InputError(where, f"verdict {v!r} appears twice")
        seen.add(v)
        value = e.get("value")
        if value in ("", None):
            value = None
        else:
            try:
                value = int(value)
            except (TypeError, ValueError):
                raise InputError(where, f"verdict {v!r}: rating value {value!r} is not a whole number") from None
            if not -ID_MAX - 1 <= value <= ID_MAX:  # (an INTEGER column)
                raise InputError(where, f"verdict {v!r}: rating value {value} is out of range")
        key = e.get("key") or None
        if key is not None:
            key = str(key)
            if len(key) != 1 or key.isspace():
                raise InputError(where, f"verdict {v!r}: key {key!r} must be one character")
            if key in RESERVED_KEYS:
                raise InputError(where, f"verdict {v!r}: key {key!r} is taken by review "
                                 f"({', '.join(sorted(RESERVED_KEYS))} are reserved)")
            if key in keys:
                raise InputError(where, f"verdict {v!r}: key {key!r} is already used")
            keys.add(key)
        desc = e.get("description") or None
        if desc is not None and "\x00" in str(desc) or key is not None and "\x00" in key:
            raise InputError(where, f"verdict {v!r}: NUL character (\\u0000), not text")
        out.append({"verdict": v, "value": value, "key": key,
                    "description": clip(str(desc) if desc else None, REF_WIDTH)})
    for e in out:
        if e["key"] is None:
            e["key"] = _free_key(e["verdict"], keys)
            if e["key"]:
                keys.add(e["key"])
    return out


def _free_key(verdict: str, taken: set[str]) -> str | None:
    for ch in verdict.replace("-", "") + verdict.replace("-", "").upper() + "0123456789":
        if ch not in taken and ch not in RESERVED_KEYS:
            return ch
    return None


def read_file(path: pathlib.Path) -> list[dict]:
    """A scale from YAML or JSON (a list of {verdict, value, key, description}, or a mapping
    verdict -> value) or CSV (columns verdict, value, key, description)."""
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(where, f"cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    if path.suffix.lower() == ".csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        if rows and "verdict" not in rows[0]:
            raise InputError(where, "CSV needs a header with a 'verdict' column")
        return validate(rows, where)
    import yaml

    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(where, f"not valid {path.suffix.lstrip('.') or 'YAML'}: {first}") from None
    if isinstance(data, dict):
        data = [{"verdict": k, "value": v} for k, v in data.items()]
    if not isinstance(data, list) or not all(isinstance(e, dict) for e in data):
        raise InputError(where, "expected a list of {verdict, value, key, description} or a mapping verdict: value")
    return validate(data, where)


def resolve_source(source: str) -> list[dict]:
    """A preset name or a file."""
    if source in PRESETS:
        return validate([dict(e) for e in PRESETS[source]], source)
    path = pathlib.Path(source)
    if not path.exists():
        raise ClaimsError(f"{source}: neither a preset ({', '.join(PRESETS)}) nor a file")
    return read_file(path)


def replace(db: Database, entries: list[dict]) -> list[dict]:
    """Make `entries` the scale. Refused if a verdict that claims carry would disappear."""
    with db.session() as s:
        _refuse_if_used(scale_store.verdict_usage(s), {e["verdict"] for e in entries})
        scale_store.replace(s, entries)
        return scale_store.load(s)


def add(db: Database, verdict: str, value: int | None, key: str | None, description: str | None,
        after: str | None = None) -> list[dict]:
    with db.session() as s:
        current = scale_store.load(s)
        entry = {"verdict": verdict, "value": value, "key": key, "description": description}
        v = normalise(verdict)
        if any(e["verdict"] == v for e in current):
            raise ClaimsError(f"verdict {v!r} is already on the scale")
        pos = len(current)
        if after is not None:
            a = check_verdict(current, after)
            pos = next(i for i, e in enumerate(current) if e["verdict"] == a) + 1
        entries = validate(current[:pos] + [entry] + current[pos:])
        scale_store.replace(s, entries)
        return scale_store.load(s)


def remove(db: Database, verdict: str) -> list[dict]:
    with db.session() as s:
        current = scale_store.load(s)
        v = check_verdict(current, verdict)
        rest = [e for e in current if e["verdict"] != v]
        if not rest:
            raise ClaimsError("the scale needs at least one verdict")
        _refuse_if_used(scale_store.verdict_usage(s), {e["verdict"] for e in rest})
        scale_store.replace(s, rest)
        return scale_store.load(s)


def _refuse_if_used(usage: dict[str, int], kept: set[str]) -> None:
    dropped = {v: n for v, n in usage.items() if v not in kept}
    if dropped:
        what = ", ".join(f"{v!r} ({n} claim{'s' if n != 1 else ''})" for v, n in sorted(dropped.items()))
        raise ClaimsError(f"cannot drop verdicts that claims carry: {what}; "
                          "rate those claims again first, or keep the verdicts on the scale")
