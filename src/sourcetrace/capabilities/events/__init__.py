"""Events: typed, dated, placed events with actors, targets and tolls, read per document
(stage) and merged across articles and languages (corpus stage). ``taxonomy`` declares the
types and their ACLED and GTD equivalents."""
