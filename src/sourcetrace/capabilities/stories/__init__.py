"""Articles grouped into stories across the corpus (corpus stage)."""
