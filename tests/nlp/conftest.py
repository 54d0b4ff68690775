"""The bundled pipeline, loaded once for the tests of app/nlp."""

from __future__ import annotations

import pytest

from tests.helpers import REPO

MODEL = REPO / "resources" / "models" / "de_leselupe"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    import spacy

    import app.nlp.components  # noqa: F401  (what app.nlp does before spacy.load)

    return spacy.load(MODEL)
