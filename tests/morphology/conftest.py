"""The morphology tests run the package alone: no dictionary answers for a noun's gender.

The reading layer points ``app.morphology.set_gender_lookup`` at the dictionary when it
builds a card describer; a reading test run earlier in the same process would leave it
set, and a test here that expects no gender ("Die Weisen": neither is shown) would then
see the dictionary's two. Each test starts without it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.morphology import set_gender_lookup


@pytest.fixture(autouse=True)
def _no_dictionary_gender() -> Iterator[None]:
    set_gender_lookup(None)
    yield
    set_gender_lookup(None)
