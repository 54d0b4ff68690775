"""Ding phrases without a noun and of six words in the phrase table (session 36)."""

from __future__ import annotations

from collections import Counter

from app.dictionary.build.ding import parse_line
from app.dictionary.build.phrases import index_words, is_bare_verb_phrase, line_phrases
from app.dictionary.english import plainest_word_zipf
from app.dictionary.phrases import Phrases
from app.dictionary.store import PhraseRow
from tests.dictionary.support import PhraseStore


def _phrases(raw: str) -> dict[str, list[str]]:
    line = parse_line(raw)
    assert line is not None
    return {p.text: index_words(p) for p in line_phrases(line, Counter())}


def test_a_verb_line_without_a_noun_is_kept_and_found_by_its_word_and_verb() -> None:
    line = (
        "jdn./etw. ernst nehmen {vt} | ernst genommen | nimmt ernst :: "
        "to take sb./sth. seriously | taken seriously | takes seriously"
    )
    assert _phrases(line) == {"jdn./etw. ernst nehmen": ["ernst", "nehmen"]}
    assert _phrases("leer ausgehen {vi} :: to come away empty-handed") == {
        "leer ausgehen": ["leer", "ausgehen"]
    }
    assert _phrases("sich schwer tun {vr} :: to struggle") == {"sich schwer tun": ["schwer", "tun"]}


def test_plain_adverbs_copulas_slang_and_sub_entries_stay_out() -> None:
    assert not is_bare_verb_phrase(["sehr", "schätzen"])
    assert not is_bare_verb_phrase(["klar", "sein"])
    assert not is_bare_verb_phrase(["kennen", "lernen"])
    assert not is_bare_verb_phrase(["so", "tun"])
    assert is_bare_verb_phrase(["zu", "schaffen", "machen"])
    assert _phrases("groß machen [ugs.] {vi} :: to do a poo") == {}
    figure = "etw. ernst nehmen; aufgreifen; mitnehmen {vt} :: to take sth. on board [fig.]"
    assert _phrases(figure) == {}  # a label anywhere in the headword's line
    assert _phrases("von/aus etw. stammen {vi} :: to stem from sth.") == {}  # a frame
    old = "jdn./etw. ernst nehmen; ernstnehmen [alt] {vt} :: to take sb./sth. seriously"
    assert list(_phrases(old)) == ["jdn./etw. ernst nehmen"]  # an older spelling is no label
    assert _phrases("schätzen {vt} | jdn. hoch schätzen :: to value | to esteem sb. highly") == {}


def test_a_phrase_of_six_words_is_kept() -> None:
    line = "mit dem Rücken zur Wand stehen [übtr.] {v} :: to have one's back up against the wall"
    assert "mit dem Rücken zur Wand stehen" in _phrases(line)


_ROWS: list[PhraseRow] = [
    (1, "jdn./etw. ernst nehmen", "ernst nehmen", 1, "to take sb./sth. seriously", 0.0),
    (2, "sich schwer tun", "schwer tun", 1, "to struggle", 0.0),
    (3, "jdm. zu schaffen machen", "zu schaffen machen", 1, "to trouble sb.", 0.0),
    (4, "leer stehen", "leer stehen", 1, "to stand derelict", 0.0),
]


def _found(sentence: str, word: str) -> str:
    """The phrase gloss on the card of ``word``; ``sentence`` as form/lemma tokens."""
    tokens = [tuple(t.split("/")) if "/" in t else (t, t) for t in sentence.split()]
    clause = [(f.lower(), lemma.lower(), lemma[:1].isupper()) for f, lemma in tokens]
    keyed = [(k, row) for row in _ROWS for k in row[2].split() if k != "zu"]
    phrases = Phrases(PhraseStore(keyed))  # type: ignore[arg-type]
    at = next(i for i, (form, _lemma) in enumerate(tokens) if form == word)
    found = phrases.found(clause[at][0], clause[at][1], at, clause)
    return found[0].gloss if found else ""


def test_a_phrase_without_a_noun_matches_in_any_order_of_the_clause() -> None:
    seriously = "to take sb./sth. seriously"
    assert _found("Die Regierung nimmt/nehmen die Warnungen sehr ernst", "ernst") == seriously
    assert _found("Die Regierung nimmt/nehmen die Warnungen sehr ernst", "nimmt") == seriously
    assert _found("weil sie die Warnungen ernst nehmen", "nehmen") == seriously
    assert _found("Die Warnungen wurden/werden ernst genommen/nehmen", "genommen") == seriously
    assert _found("Die Partei tut/tun sich schwer mit der Reform", "schwer") == "to struggle"
    assert _found("Die Hitze macht/machen den Bauern zu schaffen", "macht") == "to trouble sb."


def test_a_phrase_without_a_noun_needs_its_words_as_cited() -> None:
    assert _found("Der Mann nimmt/nehmen eine ernste/ernst Miene an", "ernste") == ""
    assert _found("Sie tut/tun das für die schwer kranken/krank Patienten", "schwer") == ""
    assert _found("Das tut/tun ihm schwer", "schwer") == ""  # no reflexive
    assert _found("Die Lage ist ernst", "ernst") == ""  # no verb


def test_a_phrase_without_a_noun_and_a_rare_gloss_is_not_shown() -> None:
    if plainest_word_zipf("derelict") is None:
        return  # no English word list
    assert _found("Die Läden stehen/stehen seit Monaten leer", "leer") == ""


def test_a_hyphenated_english_word_is_rated_by_its_parts() -> None:
    handed = plainest_word_zipf("to come away empty-handed")
    if handed is None:
        return  # no English word list
    assert handed == plainest_word_zipf("to come away handed")
    assert handed > 4.0  # not 0.0: "to be shafted" is no plainer gloss of "leer ausgehen"
