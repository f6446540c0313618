"""The outlet of an article (the ``metadata`` stage) and outlet profiles (corpus stage)."""
