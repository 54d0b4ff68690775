"""Hand-made analyses and a fake dictionary, without Qt (the reading tests and the window's)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from app.analysis import Analysis
from app.core.results import Entity, NamedEntity, Person, Quote, Sentence
from app.core.tokens import Token
from app.dictionary import CompoundPart, WordInfo
from app.nlp import PipelineInfo

TEST_MODEL = PipelineInfo(
    name="de_test",
    version="1.0",
    components=(),
    labels=("PER", "LOC", "ORG", "MISC"),
    origin="test",
    path=None,
)


def make_analysis(
    text: str,
    entities: Sequence[tuple[str, str]] = (),
    people: Sequence[tuple[str, tuple[str, ...], int | None, Sequence[str]]] = (),
    credits: Sequence[str] = (),
) -> Analysis:
    """A hand-made analysis: tokens split at spaces and punctuation, one sentence per line.

    ``entities``: (exact text, label), every occurrence. ``people``: (name, roles, age,
    mention strings); each mention string marks every occurrence.
    """
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", text):
        index = len(sentences)
        sentences.append(Sentence(line.start(), line.end()))
        for m in re.finditer(r"\w+(?:-\w+)*|[^\w\s]", line.group()):
            start = line.start() + m.start()
            word = m.group()
            pos = "PUNCT" if not word[0].isalnum() else ("PROPN" if word[0].isupper() else "X")
            tokens.append(Token(start, start + len(word), word, word.lower(), pos, "", index))
    ents: list[Entity] = []
    for needle, label in entities:
        for m in re.finditer(re.escape(needle), text):
            ents.append(Entity(m.start(), m.end(), label, needle))
    ents.sort(key=lambda e: e.start)
    persons: list[Person] = []
    for name, roles, age, mentions in people:
        spans = sorted(
            (m.start(), m.end())
            for needle in mentions
            for m in re.finditer(re.escape(needle), text)
        )
        persons.append(Person(name, roles, age, None, False, tuple(spans)))
    for name in credits:
        spans = tuple((m.start(), m.end()) for m in re.finditer(re.escape(name), text))
        persons.append(Person(name, (), None, None, True, spans))
    return Analysis(text, tuple(tokens), tuple(sentences), tuple(ents), tuple(persons), TEST_MODEL)


GLOSSES = {
    "haus": ("house", "home"),
    "zweifel": ("doubt",),
    "spannungen": ("tensions", "strain"),
}


def fake_lookup(word: str, lemma: str, pos: str, morph: str, frame: str = "") -> WordInfo:
    key = word.lower()
    if key == "militärbündnis":
        return WordInfo(
            word=word,
            lemma="Militärbündnis",
            pos="NOUN",
            gender="n",
            article="das",
            plural="Militärbündnisse",
            compound=(
                CompoundPart("Militär", "Militär", ("military",)),
                CompoundPart("bündnis", "Bündnis", ("alliance",)),
            ),
        )
    return WordInfo(word=word, lemma=lemma, pos=pos, glosses=GLOSSES.get(key, ()))


STORY = (
    "Der Kanzler Olaf Scholz (66) besucht Berlin.\n"
    "\n"
    "Im Haus der Vereinten Nationen spricht Scholz mit Annalena Baerbock.\n"
    "\n"
    "Zwischenzeile ohne Punkt\n"
    "\n"
    "Es gibt keinen Zweifel an den Spannungen, sagt Scholz. Das Militärbündnis hält.\n"
    "\n"
    "Scholz in Berlin Foto: Max Muster/dpa\n"
)


def story_analysis(text: str = STORY) -> Analysis:
    return make_analysis(
        text,
        entities=[
            ("Olaf Scholz", "PER"),
            ("Berlin", "LOC"),
            ("Vereinten Nationen", "ORG"),
            ("Annalena Baerbock", "PER"),
            ("Max Muster", "PER"),
        ],
        people=[
            (
                "Olaf Scholz",
                ("Kanzler",),
                66,
                ["Olaf Scholz", "Scholz mit", "sagt Scholz", "Scholz in"],
            ),
            ("Annalena Baerbock", ("Außenministerin",), None, ["Annalena Baerbock"]),
        ],
        credits=["Max Muster"],
    )


def spans_of(text: str, needle: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in re.finditer(re.escape(needle), text))


def quoted_story_analysis(text: str = STORY) -> Analysis:
    """:func:`story_analysis` with a reported claim, a quote, places and an organisation."""
    base = story_analysis(text)
    claim = "Es gibt keinen Zweifel an den Spannungen"
    said = text.index("sagt Scholz") + len("sagt ")
    quotes: list[Quote] = []
    if claim in text:
        start = text.index(claim)
        quotes.append(
            Quote(start, start + len(claim), claim, "indirect", "Olaf Scholz",
                  (said, said + 6), "person")
        )  # fmt: skip
    hold = "Das Militärbündnis hält"
    if hold in text:
        start = text.index(hold)
        quotes.append(Quote(start, start + len(hold), hold, "direct", None, None, None))
    places = (NamedEntity("Berlin", "LOC", spans_of(text, "Berlin"), ("Berlin",)),)
    organisations = (
        NamedEntity(
            "Vereinte Nationen",
            "ORG",
            spans_of(text, "Vereinten Nationen"),
            ("Vereinten Nationen",),
        ),
    )
    return replace(base, quotes=tuple(quotes), places=places, organisations=organisations)


#: The lemmas :func:`learner_analysis` gives (the fake dictionary keeps them).
LEARNER_LEMMAS = {"ging": "gehen", "gegangen": "gehen", "häuser": "Haus", "geht": "gehen"}


#: Closed-class words of the learner texts and their coarse tags.
LEARNER_FUNCTION_TAGS = {
    "der": "DET",
    "die": "DET",
    "das": "DET",
    "ein": "DET",
    "eine": "DET",
    "und": "CCONJ",
    "nach": "ADP",
}


def learner_analysis(text: str, entities: Sequence[tuple[str, str]] = ()) -> Analysis:
    """:func:`make_analysis` with learner-friendly tags: capitalised words are nouns
    (names come from ``entities``), articles, "und" and "nach" function words, other
    words verbs, lemmas from :data:`LEARNER_LEMMAS`."""
    plain = make_analysis(text, entities)
    tokens = []
    for t in plain.tokens:
        pos = t.pos
        if pos != "PUNCT":
            pos = LEARNER_FUNCTION_TAGS.get(t.text.lower()) or (
                "NOUN" if t.text[0].isupper() else "VERB"
            )
        lemma = LEARNER_LEMMAS.get(t.text.lower(), t.text if pos == "NOUN" else t.text.lower())
        tokens.append(Token(t.start, t.end, t.text, lemma, pos, "", t.sentence))
    return Analysis(text, tuple(tokens), plain.sentences, plain.entities, (), TEST_MODEL)
