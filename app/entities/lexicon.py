"""Word knowledge borrowed from the people lexicons: places, first names, role nouns.

The one place where :mod:`app.entities` and :mod:`app.quotes` reach into the people
extractor's word lists (``resources/lexicon``), so that a move of those modules
changes one import here. Pure functions of words; no spaCy, no Qt.
"""

from __future__ import annotations

from app.lexicon import roles as _roles
from app.lexicon import words as _names


def is_place(word: str) -> bool:
    """ "Berlin", "Russlands": a geographic name or its genitive."""
    return _names.is_place(word)


def given_name_gender(word: str) -> str | None:
    """ "m", "f" or None for a first name."""
    return _names.given_name_gender(word)


def role_gender(word: str, article: str | None = None) -> str | None:
    """Gender of a role noun ("Ministerin" -> "f"); None when unknown or not a role."""
    role = _roles.analyze_role(word, article)
    return role.gender if role is not None else None


def role_base(word: str, article: str | None = None) -> str | None:
    """Nominative singular of a role noun ("Verteidigungsministers" -> "Verteidigungsminister")."""
    role = _roles.analyze_role(word, article)
    return role.base if role is not None else None


def is_person_noun(word: str) -> bool:
    """A noun for people, singular or plural: "Sprecher", "Ökonomen", "Autorinnen",
    "Forschende"."""
    if _roles.analyze_role(word) is not None:
        return True
    if word.endswith("innen") and _roles.analyze_role(word[:-3]) is not None:
        return True
    return word[:1].isupper() and word.endswith(("ende", "enden")) and len(word) > 7
