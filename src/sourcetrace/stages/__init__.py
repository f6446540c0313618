"""Per-document stages. Each module defines ``STAGE`` (see ``sourcetrace.core.pipeline``).

Stages are pure: they read a ``Document`` and the loaded ``Resources`` and return a new
``Document``. They never touch disk, network or database, so they run unchanged in the
local worker processes and inside Spark.
"""
