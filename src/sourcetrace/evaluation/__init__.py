"""Benchmark evaluations: read public annotated data from a path, run our stages, score."""
