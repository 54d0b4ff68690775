"""Shared test setup: offscreen Qt, isolated user directories, hypothesis profiles."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Keep tests away from the real user's data, cache and config (platformdirs reads XDG_*).
_HOME = Path(tempfile.mkdtemp(prefix="leselupe-test-home-"))
for _var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_HOME / _var.lower())

settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=50, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

from tests.helpers import REPO  # noqa: E402


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def sample_text() -> str:
    return (REPO / "resources" / "sample" / "article.txt").read_text(encoding="utf-8")


@pytest.fixture
def fresh_pipelines(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No ``LESELUPE_MODEL`` and no cached pipeline, before and after the test."""
    import app.nlp as nlp_module

    monkeypatch.delenv(nlp_module.ENV_VAR, raising=False)
    nlp_module.clear_cache()
    yield
    nlp_module.clear_cache()  # later tests load the real model again
