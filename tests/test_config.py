from __future__ import annotations

import pytest

from sourcetrace.config import Settings
from sourcetrace.errors import ConfigError


def test_layers_defaults_env_flags() -> None:
    env = {"SOURCETRACE_MAX_TEXT_BYTES": "1000", "SOURCETRACE_LANGUAGES": "en, fr",
           "SOURCETRACE_NEAR_DUPLICATE_THRESHOLD": "0.9"}
    settings = Settings.load(env=env, max_text_bytes=500, processes=None)
    assert settings.max_text_bytes == 500  # the flag wins over the environment
    assert settings.languages == ("en", "fr")
    assert settings.near_duplicate_threshold == 0.9
    assert settings.processes == Settings().processes  # an unset flag changes nothing


def test_bad_values_name_the_variable() -> None:
    with pytest.raises(ConfigError, match="SOURCETRACE_PROCESSES"):
        Settings.load(env={"SOURCETRACE_PROCESSES": "many"})
    with pytest.raises(ConfigError, match="langid_backend"):
        Settings(langid_backend="guess")
    with pytest.raises(ConfigError):
        Settings(near_duplicate_threshold=0)
