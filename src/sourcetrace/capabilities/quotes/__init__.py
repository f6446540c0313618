"""Direct and reported quotes with their speakers and cues (the ``quotes`` stage)."""
