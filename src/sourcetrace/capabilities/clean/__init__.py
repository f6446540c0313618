"""Boilerplate removal and the headline (the ``clean`` stage)."""
