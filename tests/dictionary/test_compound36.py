"""Session 36 (compound36): a compound head's sense and modifiers, on the bundled tables."""

from __future__ import annotations

from app.dictionary import heads


def test_news_leader_keeps_the_heads_first_gloss() -> None:
    # Ding's technical compounds of "Bildung" mostly say "formation" (Wolken-, Eisbildung),
    # the ones read in news "education" (Schul-, Weiterbildung): the first gloss stays
    assert heads.head_words("Bildung")[0][0] == "formation"
    assert heads.compound_sense("Bildung", ["education", "formation"]) is None
    # a first gloss that is neither the most used nor the news leader still gives way
    assert heads.compound_sense("Speicher", ["reservoir", "storage"]) == 1
