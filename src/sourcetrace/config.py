"""Settings: shipped defaults < ``SOURCETRACE_*`` environment variables < CLI flags.

A ``Settings`` value is built once at the edge (the CLI, a test, a runner) and passed
explicitly to whatever needs it; nothing reads the environment behind the caller's back.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from sourcetrace.errors import ConfigError

__all__ = ["ENV_PREFIX", "Settings"]

ENV_PREFIX = "SOURCETRACE_"


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Every tunable of sourcetrace, with its shipped default.

    Each field can be set by an environment variable named ``SOURCETRACE_`` plus the
    field name in upper case (``SOURCETRACE_MAX_TEXT_BYTES=500000``).
    """

    #: Articles whose text (after decoding) is longer than this many UTF-8 bytes are rejected.
    max_text_bytes: int = 2_000_000
    #: Estimated Jaccard similarity (word 5-shingles) above which two articles are near duplicates.
    near_duplicate_threshold: float = 0.8
    #: Worker processes for the per-document stages (0: one per core).
    processes: int = 0
    #: Below this many articles in one run, everything runs in-process (no worker start-up cost).
    min_parallel_articles: int = 40
    #: Articles sent to a worker at a time.
    batch_size: int = 16
    #: Language identifier: "py3langid" (fast) or "lingua" (slower, better on short text).
    langid_backend: str = "py3langid"
    #: Languages the identifier may answer (ISO 639-1); others are reported as the closest of these.
    languages: tuple[str, ...] = ("en", "fr", "de", "es", "it", "pt", "nl", "ar", "ru", "tr")
    #: Web app: when true every page and API endpoint needs a bearer token, not only writes.
    api_private: bool = False
    #: A folder of knowledge-base JSON Lines files used instead of the bundled ones ("": bundled).
    kb_dir: str = ""
    #: Seconds one document may spend in one stage; past it the stage is stopped and
    #: recorded as that stage's error (0: no bound).
    stage_timeout_s: float = 60.0

    def __post_init__(self) -> None:
        if self.stage_timeout_s < 0:
            raise ConfigError(
                f"stage_timeout_s must be 0 (no bound) or more, not {self.stage_timeout_s}")
        if self.max_text_bytes <= 0:
            raise ConfigError(f"max_text_bytes must be positive, not {self.max_text_bytes}")
        if not 0.0 < self.near_duplicate_threshold <= 1.0:
            raise ConfigError(
                f"near_duplicate_threshold must be in (0, 1], not {self.near_duplicate_threshold}"
            )
        if self.processes < 0:
            raise ConfigError(f"processes must be 0 (auto) or more, not {self.processes}")
        if self.batch_size < 1:
            raise ConfigError(f"batch_size must be at least 1, not {self.batch_size}")
        if self.langid_backend not in ("py3langid", "lingua"):
            raise ConfigError(
                f"langid_backend must be 'py3langid' or 'lingua', not {self.langid_backend!r}"
            )

    @property
    def worker_count(self) -> int:
        return self.processes or (os.cpu_count() or 1)

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the given fields replaced; ``None`` values are ignored (unset flags)."""
        given = {k: v for k, v in overrides.items() if v is not None}
        return dataclasses.replace(self, **given)

    @classmethod
    def load(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then ``SOURCETRACE_*`` variables from ``env``, then ``overrides``."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw is None:
                continue
            values[f.name] = _parse(f.name, str(f.type), raw)
        return cls(**values).with_overrides(**overrides)


_BOOLEANS = {"1": True, "true": True, "yes": True, "on": True,
             "0": False, "false": False, "no": False, "off": False}


def _parse(name: str, type_name: str, raw: str) -> Any:
    try:
        if type_name == "bool":
            lowered = raw.strip().lower()
            if lowered not in _BOOLEANS:
                raise ValueError(raw)
            return _BOOLEANS[lowered]
        if type_name == "int":
            return int(raw)
        if type_name == "float":
            return float(raw)
        if type_name.startswith("tuple"):
            return tuple(part.strip() for part in raw.split(",") if part.strip())
        return raw
    except ValueError as exc:
        raise ConfigError(f"{ENV_PREFIX}{name.upper()}={raw!r} is not a valid {type_name}") from exc
