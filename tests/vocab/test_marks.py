"""Lemma identity (status belongs to the card's lemma), token marks and frequency bands."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.analysis import Analysis, analyze
from app.core.results import Entity
from app.core.tokens import Token, TokenTable
from app.dictionary import Dictionary
from app.vocab import freq
from app.vocab.marks import card_lemma, is_word, lemma_of_word, name_mask, token_marks
from app.vocab.status import KNOWN, learning
from app.vocab.store import Vocabulary


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("ging", "gehen"),
        ("gegangen", "gehen"),
        ("Häuser", "Haus"),
        ("häuser", "Haus"),
        ("lief", "laufen"),
        ("ankündigen", "ankündigen"),
        ("  Haus ", "Haus"),
    ],
)
def test_word_maps_to_the_cards_lemma(word: str, lemma: str, dictionary: Dictionary) -> None:
    assert lemma_of_word(word, dictionary) == lemma


def test_unknown_word_keeps_itself(dictionary: Dictionary) -> None:
    assert lemma_of_word("Xyzzyquatsch", dictionary) == "Xyzzyquatsch"
    assert lemma_of_word("   ", dictionary) == ""


@pytest.fixture(scope="module")
def verbs() -> Analysis:
    return analyze(
        "Die Regierung kündigte neue Regeln an. Er ging nach Hause und sie ist gegangen."
    )


def _card_lemmas(analysis: Analysis, dictionary: Dictionary) -> list[str]:
    out = []
    for t in analysis.tokens:
        info = dictionary.lookup(t.text, lemma=t.lemma, pos=t.pos, morph=t.morph)
        out.append(card_lemma(info.lemma, t.lemma, t.text))
    return out


def test_separable_verb_and_forms_share_one_status(
    verbs: Analysis, dictionary: Dictionary, tmp_path: Path
) -> None:
    lemmas = _card_lemmas(verbs, dictionary)
    by_text = dict(zip(verbs.tokens.texts, lemmas, strict=True))
    assert by_text["kündigte"] == "ankündigen" and by_text["an"] == "ankündigen"
    assert by_text["ging"] == "gehen" and by_text["gegangen"] == "gehen"
    vocabulary = Vocabulary(tmp_path / "v.sqlite3")
    vocabulary.set_status(lemma_of_word("ankündigen", dictionary), learning(2))
    vocabulary.set_status(lemma_of_word("ging", dictionary), KNOWN)
    result = token_marks(verbs.tokens, verbs.entities, lemmas, vocabulary)
    status = dict(zip(verbs.tokens.texts, result.statuses, strict=True))
    assert status["kündigte"] == "learning 2" and status["an"] == "learning 2"
    assert status["ging"] == "known" and status["gegangen"] == "known"
    assert status["Regeln"] == "new" and status["."] is None


def _table(words: list[tuple[str, str]]) -> TokenTable:
    tokens, pos = [], 0
    for text, tag in words:
        tokens.append(Token(pos, pos + len(text), text, text, tag, "", 0))
        pos += len(text) + 1
    return TokenTable.of(tokens)


def test_names_punctuation_and_numbers_get_no_marks(tmp_path: Path) -> None:
    tokens = _table(
        [("Angela", "PROPN"), ("Merkel", "PROPN"), ("besuchte", "VERB"), ("die", "DET"),
         ("Deutsche", "ADJ"), ("Bank", "NOUN"), ("in", "ADP"), ("Berlin", "NOUN"),
         ("am", "ADP"), ("3.", "NUM"), ("Mai", "NOUN"), ("mit", "ADP"), ("drei", "NUM"),
         ("G7-Staaten", "NOUN"), (",", "PUNCT"), ("deutschen", "ADJ")]
    )  # fmt: skip
    # "Berlin" tagged NOUN: the LOC entity still makes it a name; MISC is no name.
    starts = tokens.starts
    ents = [
        Entity(starts[4], tokens.ends[5], "ORG", "Deutsche Bank"),
        Entity(starts[7], tokens.ends[7], "LOC", "Berlin"),
        Entity(starts[15], tokens.ends[15], "MISC", "deutschen"),
    ]
    assert name_mask(tokens, ents) == [i in (4, 5, 7) for i in range(len(tokens))]
    result = token_marks(tokens, ents, list(tokens.texts), Vocabulary(tmp_path / "v.sqlite3"))
    marked = {t: s for t, s in zip(tokens.texts, result.statuses, strict=True) if s}
    assert set(marked) == {"besuchte", "die", "in", "am", "Mai", "mit", "drei", "deutschen"}
    for status, band in zip(result.statuses, result.bands, strict=True):
        assert (status is None) == (band is None)
    assert not is_word("3.", "NUM") and not is_word("---", "NOUN") and is_word("drei", "NUM")


def test_sample_article_marks(sample_text: str, dictionary: Dictionary, tmp_path: Path) -> None:
    analysis = analyze(sample_text)
    lemmas = _card_lemmas(analysis, dictionary)
    result = token_marks(
        analysis.tokens, analysis.entities, lemmas, Vocabulary(tmp_path / "v.sqlite3")
    )
    people = {i for i, t in enumerate(analysis.tokens) if t.pos == "PROPN"}
    assert people and all(result.statuses[i] is None for i in people)
    words = [s for s in result.statuses if s is not None]
    assert len(words) > 0.6 * len(analysis.tokens) and set(words) == {"new"}
    assert set(b for b in result.bands if b) <= set(freq.ALL_BANDS)


# ---------------------------------------------------------------------------- frequency


@pytest.mark.parametrize(
    ("lemma", "band"),
    [
        ("der", "1k"),
        ("gehen", "1k"),
        ("Haus", "1k"),
        ("Straße", "1k"),  # wordfreq lists case-folded "strasse"
        ("Bundeskanzlerin", "10k"),
        ("ankündigen", "rare"),  # rank ~22,700
        ("Xyzzyquatsch", "rare"),
    ],
)
def test_bands(lemma: str, band: str) -> None:
    assert freq.band(lemma) == band


def test_band_falls_back_to_the_form_and_splits_hyphens() -> None:
    assert freq.band("Xyzzyquatsch", "ging") == "1k"
    assert freq.band("gehen", "Xyzzy") == "1k"
    assert freq.rank("Haus-Baum") == max(freq.rank("haus") or 0, freq.rank("baum") or 0)
    assert freq.band("E-Xyzzyquatsch") == "rare"


def test_fast_reader_agrees_with_wordfreq() -> None:
    """The data file read directly gives wordfreq's own order (its public API)."""
    import wordfreq

    listed = list(wordfreq.iter_wordlist("de", wordlist="small"))
    ranks = freq.ranks()
    assert 20_000 <= len(ranks) <= 25_000
    assert [w for w, _ in sorted(ranks.items(), key=lambda kv: kv[1])][:20_000] == listed[:20_000]


@given(st.integers(min_value=1, max_value=100_000))
def test_band_of_rank_is_monotonic(rank: int) -> None:
    order = freq.ALL_BANDS
    assert order.index(freq.band_of_rank(rank)) <= order.index(freq.band_of_rank(rank + 1))
    assert freq.band_of_rank(None) == freq.RARE
