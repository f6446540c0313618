"""Dates and time expressions, resolved against the publication date (the ``dates`` stage)."""
