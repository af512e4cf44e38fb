"""Files to articles."""

from claims.ingest.article import ArticleInput, Overrides, content_hash, parse_document
from claims.ingest.reader import Document, read_documents

__all__ = ["ArticleInput", "Document", "Overrides", "content_hash", "parse_document", "read_documents"]
