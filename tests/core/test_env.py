"""Every LESELUPE_* variable the app reads is declared in app.core.env."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.core import env

APP = Path(__file__).resolve().parents[2] / "app"


def test_value_strips_and_defaults_to_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(env.MODEL.name, raising=False)
    assert env.value(env.MODEL) == ""
    monkeypatch.setenv(env.MODEL.name, "  de_core_news_sm \n")
    assert env.value(env.MODEL) == "de_core_news_sm"


def test_every_variable_named_in_the_code_is_declared() -> None:
    declared = {v.name for v in env.ALL}
    used: set[str] = set()
    for path in APP.rglob("*.py"):
        used |= set(re.findall(r"\bLESELUPE_[A-Z_]+\b", path.read_text(encoding="utf-8")))
    assert used <= declared, used - declared


def test_only_the_env_module_reads_the_environment_for_leselupe_variables() -> None:
    offenders = [
        str(path.relative_to(APP))
        for path in APP.rglob("*.py")
        if path.name != "env.py" and re.search(r"environ\.get\(\s*[\"']LESELUPE_", path.read_text())
    ]
    assert offenders == []
