"""Runners: where the per-document pipeline executes (local processes; Spark later)."""
