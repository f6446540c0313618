"""Numbers, quantities and what they count (the ``figures`` stage)."""
