"""Session 32 (gloss32): verbs whose Ding line writes the object out ("einer Sache
angehören", "an einen Ort gelangen") and an infinitive read as another verb's past
("in den See gelangen" after a modal verb). Made-up sentences, whole pipeline: analysis,
reading layer, bundled dictionary."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.reading.lookups import lookup_key
from tests.reading.test_cards_gloss26 import card


@pytest.mark.parametrize(
    ("text", "word", "lemma", "first_three"),
    [
        # "einer Sache angehören": the line is found by "angehören" now
        ("Die Ministerin will der neuen Regierung nicht angehören.", "angehören",
         "angehören", "belong"),
        ("Dem Verband, dem rund 300 Höfe angehören, fehlt Geld.", "angehören",
         "angehören", "belong"),
        ("Dem Verband gehören rund 300 Betriebe an.", "gehören", "angehören", "belong"),
        # "einer Sache unterliegen": to be subject to
        ("Die Firma unterliegt strengen Auflagen.", "unterliegt", "unterliegen", "subject"),
        # "einer Sache zustimmen": to approve of / agree to
        ("Der Bundestag muss dem Gesetz noch zustimmen.", "zustimmen", "zustimmen", "agree"),
        # "einer Sache entsprechen": to comply with (third)
        ("Die Anlage entspricht nicht den Vorschriften.", "entspricht", "entsprechen",
         "compl"),
        # "einer Sache nachkommen": to comply
        ("Die Stadt kam der Aufforderung nicht nach.", "kam", "nachkommen", "compl"),
        # "einer Sache entgehen": escaped
        ("Er entging nur knapp einer Strafe.", "entging", "entgehen", "escape"),
        # "an einen Ort gelangen" after a modal verb or "zu"
        ("Das Paket soll morgen an die Kunden gelangen.", "gelangen",
         "an einen Ort gelangen", "reach"),
        ("Um an das Wasser zu gelangen, graben die Bauern tiefer.", "gelangen",
         "an einen Ort gelangen", "reach"),
        ("Zudem müsse weniger Kunststoff über Kläranlagen und Zuflüsse in den See gelangen.",
         "gelangen", "gelangen", "reach"),
        ("Er sagte, dass die Daten nicht in falsche Hände gelangen dürften.", "gelangen",
         "gelangen", "reach"),
    ],
)  # fmt: skip
def test_lines_with_written_out_objects(text: str, word: str, lemma: str, first_three: str) -> None:
    found = card(text, word)
    assert found.lemma == lemma
    assert any(first_three in gloss for gloss in found.glosses[:3]), found.glosses


@pytest.mark.parametrize(
    ("text", "word", "lemma", "first"),
    [
        # near misses that keep their own verb and first sense
        ("Der Saft enthält viel Zucker.", "enthält", "enthalten", "to hold"),
        ("Die Delegierten enthielten sich der Stimme.", "enthielten", "sich enthalten",
         "sich der Stimme enthalten: to abstain"),
        ("Die Mannschaft unterlag im Finale knapp.", "unterlag", "unterliegen", "lost"),
        ("Wir kommen mit der Arbeit kaum nach.", "kommen", "nachkommen", "to keep up"),
        ("Der Preis entspricht etwa einem Monatslohn.", "entspricht", "entsprechen",
         "to equal sth."),
        ("Der Polizei entgeht nichts.", "entgeht", "entgehen", "escapes"),
        ("Sie wollen sich die Vorschläge anhören.", "anhören", "sich anhören", "to sound"),
        ("Die Spuren konnten dem Täter zugeordnet werden.", "zugeordnet", "zuordnen",
         "matched to"),
        ("Viele Pendler weichen auf die Bahn aus.", "weichen", "ausweichen",
         "to switch to an alternative sth."),
        ("Der Minister wich der Frage aus.", "wich", "ausweichen",
         "einer Frage ausweichen: to duck an issue"),
        ("Die Bauern trotzen dem schlechten Wetter.", "trotzen", "trotzen", "to dare"),
        ("Die Ärzte mussten das Bein schienen.", "schienen", "schienen",
         "to put sth. in a splint"),
    ],
)  # fmt: skip
def test_near_misses_keep_their_sense(text: str, word: str, lemma: str, first: str) -> None:
    found = card(text, word)
    assert found.lemma == lemma
    assert found.glosses[0] == first


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        # a modal verb or "zu" governs an infinitive: gelangen
        ("Die Daten könnten in falsche Hände gelangen.", "gelangen", "gelangen"),
        ("Das Geld soll an die Opfer gelangen.", "gelangen", "gelangen"),
        ("Um ans Ziel zu gelangen, braucht man Geduld.", "gelangen", "gelangen"),
        ("Künftig werden weniger Abwässer in den Fluss gelangen.", "gelangen", "gelangen"),
        # no governor: the past of gelingen, as the tagger reads it
        ("Beide Versuche gelangen ihm erst im dritten Anlauf.", "gelangen", "gelingen"),
        ("Die Tore, die ihm in der Saison gelangen, reichten nicht.", "gelangen", "gelingen"),
        ("Die Tore, die ihr gelangen, werden lange in Erinnerung bleiben.", "gelangen",
         "gelingen"),
        ("Wenn die Pläne gelangen, könnte die Stadt sparen.", "gelangen", "gelingen"),
        # a verb of its own stands between the modal verb and the word: finite, beside it
        ("Die Senioren würden die Gefahr unterschätzen und riefen spät um Hilfe.", "riefen",
         "rufen"),
        ("Die Besucher würden gern bleiben und riefen nach Zugaben.", "riefen", "rufen"),
        ("Die Kinder wollten spielen und schienen glücklich.", "schienen", "scheinen"),
        ("Gestern riefen die Fans laut.", "riefen", "rufen"),
        ("Die Preise schienen zu steigen.", "schienen", "scheinen"),
        # the infinitive of the tagger's own verb is left alone
        ("Die Fans werden laut rufen.", "rufen", "rufen"),
    ],
)  # fmt: skip
def test_an_infinitive_after_a_modal_verb(text: str, word: str, lemma: str) -> None:
    analysis = analyze(text)
    i = analysis.tokens.texts.index(word)
    assert lookup_key(analysis.tokens, i)[1] == lemma


def test_the_card_heads_with_the_infinitive_the_dictionary_matched() -> None:
    # the engine reads "gelangen" as the past of gelingen; the card shows the verb whose
    # glosses it shows
    found = card("Die Daten könnten in falsche Hände gelangen.", "gelangen")
    assert found.lemma == "gelangen" and found.glosses == ("to reach a place",)
    # a finite form the dictionary lists as a word of its own still heads with its verb
    assert card("Sie würden gern kommen.", "würden").lemma == "werden"
