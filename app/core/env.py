"""Every environment variable Leselupe reads, declared once.

Modules ask :func:`value` for a variable declared here instead of reading
``os.environ`` themselves, so this table is the complete list. No Qt here, and
nothing of the app.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EnvVar:
    name: str
    #: What the variable does, for the docs and ``leselupe doctor``.
    doc: str


MODEL = EnvVar(
    "LESELUPE_MODEL",
    "A spaCy pipeline (package name or path) to use before any other.",
)
DICTIONARY = EnvVar(
    "LESELUPE_DICTIONARY",
    "A dictionary database (.sqlite) to use instead of the unpacked bundled one.",
)
SETTINGS_FILE = EnvVar(
    "LESELUPE_SETTINGS_FILE",
    "An INI file for the window's settings instead of the platform's settings store.",
)

#: All variables, in the order the docs list them.
ALL: tuple[EnvVar, ...] = (MODEL, DICTIONARY, SETTINGS_FILE)


def value(var: EnvVar) -> str:
    """The variable's value with surrounding whitespace removed ('' when unset)."""
    return os.environ.get(var.name, "").strip()
