"""People mentioned in an article: names, roles, ages, parties, photo credits.

The entry point is :func:`extract_people` (see :mod:`app.people.extract`); the
modules of this package are listed in ``docs/people.md``.
"""

from app.people.extract import extract_people, warm_up

__all__ = ["extract_people", "warm_up"]
