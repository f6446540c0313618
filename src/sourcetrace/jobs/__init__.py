"""Jobs over a store: ingest, analyze."""
