"""Find in the article by letters and by lemma (app.reading.find)."""

from __future__ import annotations

import re

from app.core.tokens import Token, TokenTable
from app.reading.find import MAX_MATCHES, ArticleFinder, FindResult, Match

TEXT = "Er ging nach Hause. Wir gehen gern, sagt sie. Die Häuser stehen im Vorgehen."
LEMMAS = {
    "Er": ("er", "PRON"),
    "ging": ("gehen", "VERB"),
    "nach": ("nach", "ADP"),
    "Hause": ("Haus", "NOUN"),
    "Wir": ("wir", "PRON"),
    "gehen": ("gehen", "VERB"),
    "gern": ("gern", "ADV"),
    "sagt": ("sagen", "VERB"),
    "sie": ("sie", "PRON"),
    "Die": ("der", "DET"),
    "Häuser": ("Haus", "NOUN"),
    "stehen": ("stehen", "VERB"),
    "im": ("in", "ADP"),
    "Vorgehen": ("Vorgehen", "NOUN"),
}


def tokens(text: str = TEXT) -> TokenTable:
    out = []
    for m in re.finditer(r"\w+|[^\w\s]", text):
        lemma, tag = LEMMAS.get(m.group(), (m.group(), "PUNCT"))
        out.append(Token(m.start(), m.end(), m.group(), lemma, tag, "", 0))
    return TokenTable.of(out)


def words(result: FindResult, text: str = TEXT) -> list[str]:
    return [text[m.start : m.end] for m in result.matches]


def no_lemma(word: str) -> str:
    return word


def test_letters_case_insensitive_and_inside_words() -> None:
    finder = ArticleFinder(TEXT)  # before the analysis: letters only
    assert words(finder.find("GEHEN")) == ["gehen", "gehen"]  # "gehen", "Vorgehen"
    assert [m.start for m in finder.find("gehen").matches] == [
        TEXT.index("gehen"),
        TEXT.index("Vorgehen") + 3,
    ]
    assert finder.find("  ").matches == ()
    assert finder.find("xyz").count_text(-1) == "No matches"


def test_lemma_finds_inflected_forms() -> None:
    finder = ArticleFinder(TEXT, tokens(), lemma_of=no_lemma)
    result = finder.find("gehen")
    assert words(result) == ["ging", "gehen", "gehen"]
    assert [m.by_lemma for m in result.matches] == [True, False, False]
    # the query's own form in the text brings its lemma: "ging" finds "gehen"
    assert words(finder.find("ging")) == ["ging", "gehen"]
    assert words(finder.find("haus")) == ["Hause", "Häuser"]  # letters within the lemma match


def test_function_words_match_by_letters_only() -> None:
    finder = ArticleFinder(TEXT, tokens(), lemma_of=no_lemma)
    assert words(finder.find("der")) == []  # "Die" has the lemma "der": not found
    assert words(finder.find("die")) == ["Die"]


def test_word_list_lemma_for_words_not_in_the_text() -> None:
    finder = ArticleFinder(TEXT, tokens(), lemma_of=lambda w: "gehen" if w == "geht" else w)
    assert words(finder.find("geht")) == ["ging", "gehen"]


def test_several_words_match_consecutive_words() -> None:
    finder = ArticleFinder(TEXT, tokens(), lemma_of=no_lemma)
    assert words(finder.find("gehen nach")) == ["ging nach"]
    text = "nach\nHause"
    assert words(ArticleFinder(text).find("nach Hause"), text) == ["nach\nHause"]


def test_count_text_and_nearest() -> None:
    result = FindResult("x", (Match(0, 1), Match(10, 11), Match(20, 21)))
    assert result.count_text(0) == "1 of 3"
    assert result.count_text(-1) == "3 matches"
    assert FindResult("x", (Match(0, 1),)).count_text(-1) == "1 match"
    assert result.nearest(5) == 1 and result.nearest(25) == 0
    assert FindResult("x").nearest(3) == -1
    assert result.spans == ((0, 1), (10, 11), (20, 21))


def test_many_matches_are_capped() -> None:
    text = "a " * (MAX_MATCHES + 5)
    result = ArticleFinder(text).find("a")
    assert len(result) == MAX_MATCHES and result.truncated
    assert result.count_text(1) == f"2 of {MAX_MATCHES}+"


def test_prepared_index() -> None:
    finder = ArticleFinder(TEXT, tokens(), lemma_of=no_lemma).prepare()
    assert finder._by_lemma is not None and "gehen" in finder._by_lemma
    assert ArticleFinder(TEXT).prepare().find("ging").spans == ((3, 7),)


def test_real_lemmas_from_the_word_list() -> None:
    finder = ArticleFinder("Sie ging.", TokenTable.of(()))
    assert "gehen" in finder.lemmas_of("ging")
