"""The ``lemma`` table: simplemma's German form -> lemma pairs the lookup needs.

Only pairs that neither Ding nor the suffix rules of :mod:`app.dictionary.german`
already resolve are stored, so that no simplemma data has to be loaded at
lookup time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

from app.dictionary import german
from app.dictionary.build.ding import is_word


def simplemma_pairs() -> Iterator[tuple[str, str]]:
    """simplemma's German (form, lemma) pairs."""
    yield from DEFAULT_DICTIONARY_FACTORY.get_dictionary("de").items()


def lemma_rows(
    known_keys: set[str], exact_keys: set[str], pairs: Iterable[tuple[str, str]]
) -> Iterator[tuple[str, str]]:
    """The (form, lemma) pairs the lookup needs: Ding has the lemma but not the
    form, and the suffix rules do not already find that lemma."""
    for form, lemma in pairs:
        if form == lemma or not is_word(form) or len(form) > 40:
            continue
        if form in exact_keys and not (form[:1].isupper() and form.endswith(("en", "ern", "eln"))):
            continue  # Ding lists the form itself (keep "Opfern" -> Opfer, not only das Opfern)
        if lemma not in exact_keys and lemma.lower() not in known_keys:
            continue
        rule_lemma = next((c for c in german.inflection_candidates(form) if c in exact_keys), None)
        if rule_lemma == lemma and form not in exact_keys:
            continue
        yield form, lemma
