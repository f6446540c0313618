"""The web app and REST API (``sourcetrace serve``): ``create_app(db_path, settings)``."""

from __future__ import annotations

from sourcetrace.web.app import create_app

__all__ = ["create_app"]
