"""One spaCy parse per document, shared by every later stage (the ``parse`` stage)."""
