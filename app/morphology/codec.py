"""How word forms are written in the bundled morphology tables: as edits of a base form.

A form is stored as the number of letters to cut from the end of the base form
followed by the letters to add: ``Krieg`` + ``es`` is ``Krieges``, ``Hand`` +
``3änden`` is ``Händen`` (cut "and", add "änden"). An empty code is the base
form itself. Both the build script (``training/build_morph_lexicon.py``) and the
run-time tables use these two functions, so that what was written is read back
exactly. Pure string functions; no I/O.
"""

from __future__ import annotations


def encode(base: str, form: str) -> str:
    """The code that turns ``base`` into ``form`` (see the module docstring)."""
    common = 0
    limit = min(len(base), len(form))
    while common < limit and base[common] == form[common]:
        common += 1
    cut = len(base) - common
    added = form[common:]
    return f"{cut}{added}" if cut else added


def decode(base: str, code: str) -> str:
    """The form that ``code`` makes of ``base``; the inverse of :func:`encode`."""
    digits = 0
    while digits < len(code) and code[digits].isdigit():
        digits += 1
    if not digits:
        return base + code
    cut = int(code[:digits])
    return base[: len(base) - cut] + code[digits:]
