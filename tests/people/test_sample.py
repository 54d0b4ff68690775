"""Acceptance on the bundled sample article, through ``app.analysis.analyze`` with the
default pipeline exactly as the app runs it, plus invariants on arbitrary input."""

from __future__ import annotations

import functools

from hypothesis import given, settings
from hypothesis import strategies as st

from app.analysis import Analysis, analyze
from app.core.paths import sample_article_path
from tests.people.support import people

EXPECTED = [
    ("Wladimir Putin", ("Kreml-Despot",), 71),
    ("Kim Jong-un", ("Diktator",), 40),
    ("Joe Biden", ("Präsident",), 81),
    ("Donald Trump", ("Ex-Präsident",), 77),
    (
        "Frederic Spohr",
        ("Korea-Experte", "Direktor der Friedrich-Naumann-Stiftung in Südkorea"),
        None,
    ),
    ("Dmitri Peskow", ("Sprecher",), 56),
]


@functools.cache
def _sample() -> Analysis:
    return analyze(sample_article_path().read_text(encoding="utf-8"))


def test_sample_people_exactly() -> None:
    story = [p for p in _sample().people if not p.credit]
    assert [(p.name, p.roles, p.age) for p in story] == EXPECTED


def test_sample_photo_credit() -> None:
    credits = [p for p in _sample().people if p.credit]
    assert [p.name for p in credits] == ["Vladimir Smirnov"]
    assert credits[0].roles == () and credits[0].age is None


def test_sample_short_mentions_are_merged() -> None:
    analysis = _sample()
    text = analysis.text
    names = {p.name: [text[s:e] for s, e in p.mentions] for p in analysis.people if not p.credit}
    assert "Kim" in names["Kim Jong-un"]
    assert "Kims" in names["Kim Jong-un"]  # "im Interesse Kims"
    assert "Putin" in names["Wladimir Putin"]
    assert names["Frederic Spohr"].count("Spohr") == 2
    assert names["Donald Trump"].count("Trump") >= 3
    # nothing else is a mention of these people
    for person in analysis.people:
        for start, end in person.mentions:
            assert text[start:end].split()[-1].rstrip("s") in person.name


def test_sample_possessive_relation() -> None:
    peskow = next(p for p in _sample().people if p.name == "Dmitri Peskow")
    assert peskow.relations == (("Sprecher", "Wladimir Putin"),)


def test_handwritten_paragraph_through_the_default_pipeline() -> None:
    text = (
        "Die Bürgermeisterin von Tübingen, Lisa Federle, hat am Montag den neuen Bahnhof "
        "eröffnet. Federle, 62, sprach von einem „großen Tag“. Verkehrsminister Winfried "
        "Hermann (Grüne) kam mit dem Zug. Der 71-Jährige lobte die Bauzeit.\n"
        "Foto: Bernd Weißbrod/dpa"
    )
    analysis = analyze(text)
    story = {p.name: p for p in analysis.people if not p.credit}
    assert set(story) == {"Lisa Federle", "Winfried Hermann"}
    assert story["Lisa Federle"].roles == ("Bürgermeisterin von Tübingen",)
    assert story["Lisa Federle"].age == 62
    assert story["Winfried Hermann"].roles == ("Verkehrsminister",)
    assert story["Winfried Hermann"].party == "Grüne"
    assert story["Winfried Hermann"].age == 71
    assert [p.name for p in analysis.people if p.credit] == ["Bernd Weißbrod"]


_VOCABULARY = """Der die Präsident Ministerin Anna Maria Schulz Putins Kim Jong-un von der
    Leyen ( ) , . 71 3:1 2023 SPD Grüne Foto : / AP dpa Jährige 61-Jährige Sprecher sein ihr
    Alter im Jahren alt ist Herr Dr. J.D. Vance al-Assad Müller Koch Interesse Kims Merz ' „ “
    und"""
_WORDS = st.sampled_from(_VOCABULARY.split())


@settings(max_examples=120, deadline=None)
@given(st.lists(_WORDS, min_size=0, max_size=40), st.lists(st.integers(0, 39), max_size=4))
def test_arbitrary_word_salad_never_breaks(words: list[str], newlines: list[int]) -> None:
    for pos in sorted(set(newlines), reverse=True):
        if pos < len(words):
            words.insert(pos, "\n")
    text = " ".join(words)
    found = people(text, per=[w for w in ("Anna Maria Schulz", "Kim Jong-un") if w in text])
    for person in found:
        assert person.name.strip() == person.name and person.name
        assert person.age is None or 1 <= person.age <= 119
        assert person.mentions == tuple(sorted(person.mentions))
        for start, end in person.mentions:
            assert 0 <= start < end <= len(text)
            assert text[start:end].strip() == text[start:end]
        if person.credit:
            assert person.roles == () and person.age is None
