"""Evaluation of the extraction stages against public benchmarks (read from a path)."""
"""Evaluation against public benchmarks read from the user's disk (never bundled)."""
"""Evaluation against public benchmarks read from a path given at run time (never bundled)."""
"""Benchmark evaluations: read public annotated data from a path, run our stages, score."""
