"""Article text to quotes and speakers: pure functions, no database, no I/O."""

from claims.extract.quotes import extract_quotes

__all__ = ["extract_quotes"]
