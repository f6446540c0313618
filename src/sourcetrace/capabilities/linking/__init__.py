"""One entity per mention across the corpus, the user's decisions replayed (corpus stage)."""
