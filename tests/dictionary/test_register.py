"""Lines of a marked register as a whole (app.dictionary.register)."""

from __future__ import annotations

from app.dictionary.register import marked_line
from app.dictionary.schema import FS, KIND_HEAD, RS
from app.dictionary.senses import EntryData, Sense, unpack_glosses


def _sense(heads: list[list[str]], glosses: list[list[str]], alt: int = 0) -> Sense:
    """A loaded head sense of a made-up line: headwords as [text, gender, plural,
    labels, comments], glosses as [text, labels, note]."""
    sense = Sense(("x", 0, None, KIND_HEAD, 0, alt, 1, 300, 1, 0, None))
    packed_heads = RS.join(FS.join(h) for h in heads)
    packed_glosses = RS.join(FS.join(g) for g in glosses)
    sense.entry_data = EntryData(packed_heads, unpack_glosses(packed_glosses), "", "noun")
    return sense


def test_a_label_with_an_explanation_closing_both_sides_marks_the_line() -> None:
    # "Brummer {m}; Kiste {f} [slang] (altes Auto) :: banger; jalopy [slang] (old car)"
    line = _sense(
        [["Brummer", "m", "", "", ""], ["Kiste", "f", "", "slang", "altes Auto"]],
        [["banger", "", ""], ["jalopy", "slang", "old car"]],
    )
    assert marked_line(line)


def test_a_label_of_the_last_synonym_alone_marks_nothing() -> None:
    # no explanation: "Herrscher; Potentat [pej.] :: ruler; potentate [pej.]" is the
    # ruler's own line, the label the last synonym's
    ruler = _sense(
        [["Herrscher", "m", "", "", ""], ["Potentat", "m", "", "pej.", ""]],
        [["ruler", "", ""], ["potentate", "pej.", ""]],
    )
    assert not marked_line(ruler)
    # the German side marked, the English not: no line-wide label
    car = _sense(
        [["Wagen", "m", "", "", ""], ["Kiste", "f", "", "slang", "altes Auto"]],
        [["car", "", ""]],
    )
    assert not marked_line(car)
    # old words in a list of synonyms: a label each, no dated line
    maybe = _sense(
        [["womöglich", "", "", "", ""], ["weiland", "", "", "veraltet", "früher"]],
        [["maybe", "", ""], ["mayhap", "archaic", ""]],
    )
    assert not marked_line(maybe)


def test_a_pejorative_headword_the_word_reaches_marks_its_line() -> None:
    heads = [["Herrscher", "m", "", "", ""], ["Potentat", "m", "", "pej.", ""]]
    glosses = [["ruler", "", ""], ["potentate", "pej.", ""]]
    assert marked_line(_sense(heads, glosses, alt=1))  # "Potentat" itself
    assert not marked_line(_sense(heads, glosses, alt=0))


def test_an_unloaded_sense_is_not_marked() -> None:
    assert not marked_line(Sense(("x", 0, None, KIND_HEAD, 0, 0, 1, 300, 1, 0, None)))
