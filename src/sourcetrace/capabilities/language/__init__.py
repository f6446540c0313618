"""Language per article and per paragraph (the ``langid`` stage)."""
