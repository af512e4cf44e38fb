"""claims: a terminal-first quote and claim fact-tracking database."""

__version__ = "0.1.0"
