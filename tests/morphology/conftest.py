"""The morphology tests run the package alone: no dictionary answers for a noun's gender
nor for whether a word spelt small is an adverb.

The reading layer points ``app.morphology.set_gender_lookup`` at the dictionary when it
builds a card describer; a reading test run earlier in the same process would leave it
set, and a test here that expects no gender ("Die Weisen": neither is shown) would then
see the dictionary's two. Each test starts without it (and without
``set_adverb_lookup``, set the same way).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.morphology import set_adverb_lookup, set_gender_lookup


@pytest.fixture(autouse=True)
def _no_dictionary_gender() -> Iterator[None]:
    set_gender_lookup(None)
    set_adverb_lookup(None)
    yield
    set_gender_lookup(None)
    set_adverb_lookup(None)
