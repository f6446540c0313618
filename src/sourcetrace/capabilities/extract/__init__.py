"""Main text and metadata from an HTML input (the ``html`` stage)."""
