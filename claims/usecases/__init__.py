"""Use cases: what the commands do, in terms of ingest, extract, xref and store."""
