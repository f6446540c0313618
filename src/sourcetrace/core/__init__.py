"""The engine's core: the stage abstractions, the pipeline that checks and runs them, and
the resources (models, packs) loaded once per process."""
