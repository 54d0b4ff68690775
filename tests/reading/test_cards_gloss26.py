"""Session 27 (gloss26): a verb's frame read with its object's case and the phrase's
kind, the state "PREPOSITION … PARTICIPLE sein", words Ding lacks (made-up sentences,
whole pipeline: analysis, reading layer, bundled dictionary)."""

from __future__ import annotations

import functools

from app.analysis import analyze
from app.dictionary import WordInfo, open_dictionary
from app.reading.cards import WordCard, WordDescriber
from app.reading.lookups import InfoCache
from app.reading.textmodel import ReaderIndex


def _lookup(word: str, lemma: str, pos: str, morph: str, frame: str = "") -> WordInfo:
    return open_dictionary().lookup(word, lemma=lemma, pos=pos, morph=morph, frame=frame)


@functools.cache
def _cards(text: str) -> tuple[WordCard, ...]:
    analysis = analyze(text)
    index = ReaderIndex.build(analysis)
    describer = WordDescriber(index, InfoCache(_lookup))
    return tuple(describer.card(i) for i in index.words)


def card(text: str, word: str) -> WordCard:
    return next(c for c in _cards(text) if c.word == word)


def test_a_dative_place_is_no_accusative_frame() -> None:
    # "auf den Gängen" (dative): where they crowd, not "auf etw. drängen" (to urge)
    crowd = card(
        "Hunderte Fans, die sich im Foyer und auf den Gängen drängten, jubelten.", "drängten"
    )
    assert crowd.lemma == "sich drängen" and crowd.glosses[0] == "to crowd"
    # the accusative object keeps the frame
    urge = card("Die Gewerkschaft drängt auf einen schnellen Abschluss.", "drängt")
    assert urge.lemma == "drängen" and urge.glosses[0] == "to urge sth."


def test_a_verb_whose_frame_object_is_a_dative_keeps_it() -> None:
    insist = card("Der Verband besteht auf dem alten Tarifvertrag.", "besteht")
    assert insist.lemma == "bestehen" and insist.glosses[0] == "to stand on sth."


def test_a_bare_noun_tells_no_case() -> None:
    # "auf Zuschüsse" has no article: the tagger's case is a guess, the frame stays
    bet = card("Der Verein setzt auf Zuschüsse der Gemeinde.", "setzt")
    assert bet.lemma == "setzen"


def test_an_with_a_place_is_where_not_the_cause() -> None:
    lie = card("Die Messwerte lagen an vielen Stellen über dem Richtwert.", "lagen")
    assert lie.lemma == "liegen" and lie.glosses[0] == "to lie"
    cause = card("Der Rückgang liegt an den hohen Preisen.", "liegt")
    assert cause.lemma == "liegen"


def test_a_pronominal_adverb_before_the_final_verb_is_its_object() -> None:
    text = "Die Behörde müsse davon ausgehen, dass die Kosten steigen."
    assert card(text, "ausgehen").glosses[0] == "to presume sth."
    assert card(text, "davon").glosses[0] == "von etw. ausgehen: to presume sth."


def test_a_participle_with_sein_and_its_preposition_is_the_state() -> None:
    text = "Viele Dörfer seien auf den Bus angewiesen, sagte der Landrat."
    state = card(text, "angewiesen")
    assert state.lemma == "angewiesen"  # the adjective (morphology), glossed as the state
    assert "to be dependent on sb./sth." in state.glosses[:3]
    # the perfect with "haben" is the verb: to instruct
    verb = card("Die Ministerin hat die Ämter angewiesen, Geld zu sparen.", "angewiesen")
    assert verb.lemma == "anweisen"


def test_an_unknown_towns_adjective_is_of_the_town() -> None:
    # Ding has no line for Lingen; the tagger reads "Lingener" as an adjective
    hall = card("Im Lingener Rathaus wurde lange gestritten.", "Lingener")
    assert hall.glosses == ("of Lingen",)


def test_a_participle_adjective_with_sein_keeps_its_state_gloss() -> None:
    # the engine reads "angewiesen" with "sein" and "auf" as an adjective; the card still
    # shows Ding's state, not the verb's "ordered"
    state = card("Die Gemeinde ist seit Jahren auf Spenden angewiesen.", "angewiesen")
    assert state.glosses[0].startswith("to ")
    assert "ordered" not in state.glosses[:3]
    # "von etw. überzeugt sein": convinced, not Ding's adjective line (card-carrying)
    sure = card("Die Kommission ist von der Notwendigkeit überzeugt.", "überzeugt")
    assert sure.glosses[0] == "convinced"


def test_a_pronominal_adverb_gives_the_state_its_preposition() -> None:
    # "darauf angewiesen, dass …": the adverb's "auf" is the state's preposition
    state = card("Die Bauern seien darauf angewiesen, dass es bald regnet.", "angewiesen")
    assert "ordered" not in state.glosses[:3]
    assert "to be dependent on sb./sth." in state.glosses[:3]
