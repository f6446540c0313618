"""Figure and claim checks across articles (corpus stage)."""
