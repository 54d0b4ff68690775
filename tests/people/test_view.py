"""The token view of the people extractor (app/people/view.py)."""

from __future__ import annotations

from app.people.view import Span
from tests.people.support import index, view

TEXT = "Olaf Scholz besucht Köln. Er spricht dort.\nFoto: dpa"


def test_words_offsets_and_sentences() -> None:
    doc = view(TEXT)
    assert list(doc.words[:3]) == ["Olaf", "Scholz", "besucht"]
    assert doc.n == len(doc.words)
    assert all(TEXT[s:e] == w for s, e, w in zip(doc.starts, doc.ends, doc.words, strict=True))
    assert list(doc.sentences()) == [(0, 5), (5, 9), (9, 12)]  # words and punctuation
    assert doc.same_sentence(0, 4) and not doc.same_sentence(4, 5)
    assert not doc.same_sentence(0, doc.n)  # out of range
    assert doc.sentence_start(index(doc, "dort")) == 5


def test_word_outside_the_text_is_empty() -> None:
    doc = view(TEXT)
    assert doc.word(-1) == "" and doc.word(doc.n) == ""
    assert doc.word(1) == "Scholz"


def test_token_range_and_token_at() -> None:
    doc = view(TEXT)
    start = TEXT.index("Scholz")
    assert list(doc.token_range(start, start + 6)) == [1]
    assert list(doc.token_range(0, start + 2)) == [0, 1]  # partial overlap counts
    assert list(doc.token_range(start, start)) == []
    assert doc.token_at(start) == 1 and doc.token_at(start + 3) == 1
    assert doc.token_at(0) == 0
    assert doc.span_text(0, 2) == "Olaf Scholz"


def test_other_entities_are_marked_and_can_be_replaced() -> None:
    doc = view(TEXT, per=["Olaf Scholz"], other=[("Köln", "LOC")])
    koeln = index(doc, "Köln")
    assert doc.other_entity[koeln] and not doc.other_entity[0]
    doc.set_entities([Span(0, 11, "ORG")])
    assert doc.other_entity[0] and doc.other_entity[1] and not doc.other_entity[koeln]
    assert doc.blocked == [False] * doc.n


def test_sentence_ends_after_an_age_that_a_tagger_read_as_an_ordinal() -> None:
    from app.people.view import _split_after_age_tag

    words = [
        "der",
        "Ökonom",
        "Kwabena",
        "Agyeman-Darko",
        ",",
        "55.",
        "Außenministerin",
        "wird",
        "die",
        "Botschafterin",
    ]
    assert _split_after_age_tag(words, [0] * len(words)) == [0] * 6 + [1] * 4
    ranking = ["Siegerin", ":", "1.", "Anna", "Berg", ",", "2.", "Eva", "Koch", "vor", "allen"]
    assert _split_after_age_tag(ranking, [0] * len(ranking)) == [0] * len(ranking)
    date = ["Am", "Freitag", ",", "3.", "Oktober", "wird", "gefeiert"]
    assert _split_after_age_tag(date, [0] * len(date)) == [0] * len(date)


def test_sentence_ends_after_a_score_with_a_full_stop() -> None:
    from app.people.view import _split_after_age_tag

    words = ["mit", "6:3", ",", "7:5.", "Beste", "Deutsche", "war"]
    assert _split_after_age_tag(words, [0] * len(words)) == [0, 0, 0, 0, 1, 1, 1]


def test_sentence_start_and_stop_of_every_token() -> None:
    doc = view("Anna kam. Dann sprach Ben; die Chefin lobte ihn. Ende")
    for i in range(doc.n):
        lo = i
        while lo > 0 and doc.sent[lo - 1] == doc.sent[i]:
            lo -= 1
        hi = i
        while hi < doc.n and doc.sent[hi] == doc.sent[i]:
            hi += 1
        assert (doc.sentence_start(i), doc.sentence_stop(i)) == (lo, hi)
    assert [doc.sentence_start(i) for i in range(doc.n)].count(0) == 3  # "Anna kam ."


def test_no_sentence_end_after_a_closing_bracket_inside_a_line() -> None:
    from app.people.view import _join_after_bracket

    text = "Heute ist Anna Berg (SPD) Ministerin. Sie lacht (laut)\nNeu"
    words = ["Heute", "ist", "Anna", "Berg", "(", "SPD", ")", "Ministerin", "."]
    words += ["Sie", "lacht", "(", "laut", ")", "Neu"]
    starts, ends = _offsets(text, words)
    ids = [0] * 7 + [1] * 2 + [2] * 5 + [3]
    # cut after "(SPD)" by a splitter: joined; before a new line: kept
    assert _join_after_bracket(text, words, ids, starts, ends) == [0] * 9 + [1] * 5 + [2]


def _offsets(text: str, words: list[str]) -> tuple[list[int], list[int]]:
    starts, ends, pos = [], [], 0
    for w in words:
        pos = text.index(w, pos)
        starts.append(pos)
        ends.append(pos + len(w))
        pos += len(w)
    return starts, ends


def test_sentence_end_after_a_full_stop_that_a_parser_ran_over() -> None:
    from app.people.view import _split_after_full_stop

    text = "Die Firma baut Boote. Kessler-Ott ist 40."
    words = ["Die", "Firma", "baut", "Boote", ".", "Kessler-Ott", "ist", "40", "."]
    starts, ends = _offsets(text, words)
    assert _split_after_full_stop(words, [0] * 9, starts, ends) == [0] * 5 + [1] * 4


def test_no_sentence_end_after_an_abbreviation_or_a_short_word() -> None:
    from app.people.view import _split_after_full_stop

    for text, words in (
        ("Sie kam aus St . Pauli her", ["Sie", "kam", "aus", "St", ".", "Pauli", "her"]),
        ("Er las Joh . Paul vor", ["Er", "las", "Joh", ".", "Paul", "vor"]),
        ("Die KfW . Bank half", ["Die", "KfW", ".", "Bank", "half"]),
    ):
        starts, ends = _offsets(text, words)
        ids = [0] * len(words)
        assert _split_after_full_stop(words, ids, starts, ends) == ids
    text = "Sie kam aus Strasse. Pauli"  # the full stop apart from its word: kept whole
    words = ["Sie", "kam", "aus", "Strasse.", "Pauli"]
    starts, ends = _offsets(text, words)
    assert _split_after_full_stop(words, [0] * 5, starts, ends) == [0] * 5


def test_sentence_end_after_a_year_with_its_full_stop() -> None:
    from app.people.view import _split_after_full_stop

    text = "Sie kommt im Herbst 2027. Beim Fest spielt sie."
    words = ["Sie", "kommt", "im", "Herbst", "2027.", "Beim", "Fest", "spielt", "sie", "."]
    starts, ends = _offsets(text, words)
    assert _split_after_full_stop(words, [0] * 10, starts, ends) == [0] * 5 + [1] * 5
    text = "Sie ist am 3. Mai da."  # an ordinal: no year
    words = ["Sie", "ist", "am", "3.", "Mai", "da", "."]
    starts, ends = _offsets(text, words)
    assert _split_after_full_stop(words, [0] * 7, starts, ends) == [0] * 7


def test_sentence_end_after_an_acronym_with_its_full_stop() -> None:
    from app.people.view import _split_after_full_stop

    # session 30: an acronym kept with the full stop, then an article or a pronoun
    text = "Sie leitete die ADAC. Der Klub wuchs."
    words = ["Sie", "leitete", "die", "ADAC.", "Der", "Klub", "wuchs", "."]
    starts, ends = _offsets(text, words)
    assert _split_after_full_stop(words, [0] * 8, starts, ends) == [0] * 4 + [1] * 4
    # another capitalised word after it, or a one-capital abbreviation: kept whole
    for text, words in (
        ("Sie leitete die ADAC. Nordrhein", ["Sie", "leitete", "die", "ADAC.", "Nordrhein"]),
        ("Er kam mit Dr. Der Name", ["Er", "kam", "mit", "Dr.", "Der", "Name"]),
    ):
        starts, ends = _offsets(text, words)
        ids = [0] * len(words)
        assert _split_after_full_stop(words, ids, starts, ends) == ids


def test_sentence_end_after_a_season_split_at_its_slash() -> None:
    from app.people.view import _split_after_full_stop

    text = "Er kommt zur Saison 2026 / 27. Kern lobt ihn."
    words = ["Er", "kommt", "zur", "Saison", "2026", "/", "27.", "Kern", "lobt", "ihn", "."]
    starts, ends = _offsets(text, words)
    assert _split_after_full_stop(words, [0] * 11, starts, ends) == [0] * 7 + [1] * 4
    text = "Er spielte 4 / 27. Mal"  # no year before the slash: kept whole
    words = ["Er", "spielte", "4", "/", "27.", "Mal"]
    starts, ends = _offsets(text, words)
    assert _split_after_full_stop(words, [0] * 6, starts, ends) == [0] * 6
