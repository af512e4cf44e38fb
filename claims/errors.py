"""Errors a user can act on. The CLI turns them into one line and a non-zero exit."""

from __future__ import annotations


class ClaimsError(Exception):
    """A mistake of the user's or of their input: shown as one line, no traceback."""

    exit_code = 1


class InputError(ClaimsError):
    """A file (or stdin) that cannot be used, with the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self):  # travels back from `load --jobs` worker processes
        return (InputError, (self.source, self.reason))


class NotFound(ClaimsError):
    exit_code = 2


class SchemaOutOfDate(ClaimsError):
    exit_code = 3


class Conflict(ClaimsError):
    """Someone else changed the record since it was read (optimistic check)."""

    exit_code = 4
