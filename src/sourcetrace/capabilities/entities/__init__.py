"""Named entities and their spans, lexicons and gazetteers (the ``entities`` stage)."""
