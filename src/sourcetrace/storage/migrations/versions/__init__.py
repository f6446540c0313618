"""One module per schema revision, applied in order (``0001_initial`` first)."""
