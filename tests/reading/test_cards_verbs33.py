"""Session 33 (verbs33): a verb's frame read from its clause — a participle the tagger
called an adjective, the separated particle of the verb's own clause part, an accusative
object that rules out intransitive lines, a dative that is no phrase's object — and
two-part conjunctions ("je … desto"). Made-up sentences with near misses, whole
pipeline: analysis, reading layer, bundled dictionary."""

from __future__ import annotations

import pytest

from tests.reading.test_cards_gloss26 import card


@pytest.mark.parametrize(
    ("text", "word", "lemma", "first"),
    [
        # a participle tagged as an adjective keeps its clause's frame
        ("Niemand hatte mit diesem Ergebnis gerechnet.", "gerechnet", "rechnen",
         "been alert to sth."),
        ("Die Investition hat sich schnell gerechnet.", "gerechnet", "sich rechnen",
         "paid off"),
        ("Sie hatte sich für den Umbau eingesetzt.", "eingesetzt",
         "sich einsetzen", "supported"),
        ("Er hat mit dem Rauchen aufgehört.", "aufgehört", "aufhören",
         "mit dem Rauchen aufhören: to stop smoking"),
        ("Die Nachbarn hatten sich über den Lärm beschwert.", "beschwert",
         "sich beschweren", "complained"),
        ("Die Mieter haben um Hilfe gebeten.", "gebeten", "bitten", "requested"),
    ],
)  # fmt: skip
def test_participle_frames(text: str, word: str, lemma: str, first: str) -> None:
    found = card(text, word)
    assert found.lemma == lemma
    assert found.glosses[0] == first


def test_participle_without_preposition() -> None:
    """Near miss: no preposition, no reflexive: plain "rechnen", and (gloss33) not the
    reflexive line "sich rechnen :: to pay off"."""
    found = card("Die Schüler haben lange gerechnet.", "gerechnet")
    assert found.lemma == "rechnen"
    assert found.glosses and found.glosses[0] != "paid off"


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        ("Je länger der Streit dauert, desto teurer wird er.", "Je", "the … the"),
        ("Je mehr Geld fließt, umso besser.", "Je", "the … the"),
        ("Je höher die Preise steigen, umso weniger kaufen die Kunden.", "Je", "the … the"),
        # near miss: a second "je" is no "desto" ("je nach …, … je Kilogramm")
        ("Je nach Sorte zahlen die Händler zwei Euro je Kilogramm.", "Je", "each"),
        ("„Je weniger wir sind, desto mehr Arbeit bleibt liegen.", "Je", "the … the"),
        # near misses: no second part in the sentence
        ("Je zwei Kinder teilen sich ein Zimmer.", "Je", "each"),
        ("Die Kinder bekamen je einen Apfel.", "je", "each"),
        ("Wer hätte das je gedacht?", "je", "each"),
        ("Je nach Wetter fällt das Fest aus.", "Je", "each"),
        ("Weder die Stadt noch das Land wollen zahlen.", "Weder", "neither … nor"),
    ],
)  # fmt: skip
def test_two_part_conjunctions(text: str, word: str, first: str) -> None:
    assert card(text, word).glosses[0] == first


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        # the particle that ends the verb's own clause part, not the next one's
        ("Dann setzt der Regen ein, und die Gäste drängen sich zusammen.", "setzt",
         "einsetzen"),
        ("Die Firma kündigte den Umbau an und stellte ihn später ein.", "kündigte",
         "ankündigen"),
        ("Die Firma kündigte den Umbau an und stellte ihn später ein.", "stellte",
         "einstellen"),
        ("Er stellt die Kisten ab und räumt das Lager auf.", "stellt", "abstellen"),
        ("Er stellt die Kisten ab und räumt das Lager auf.", "räumt", "aufräumen"),
        ("Der Zug fährt ab, und die Gäste steigen ein.", "fährt", "abfahren"),
        ("Der Zug fährt ab, und die Gäste steigen ein.", "steigen", "einsteigen"),
        ("Sie hört mit dem Rauchen auf.", "hört", "aufhören"),
        ("Der Zug hält an, und die Fahrgäste steigen aus.", "hält", "anhalten"),
        ("Der Zug hält an, und die Fahrgäste steigen aus.", "steigen", "aussteigen"),
        ("Die Firma will den Betrieb aufgeben, und der Rat stimmt zu.", "stimmt", "zustimmen"),
        ("Wir kommen morgen an, und ihr holt uns ab.", "kommen", "ankommen"),
        ("Wir kommen morgen an, und ihr holt uns ab.", "holt", "abholen"),
        # near miss: a participle writes its own particle; the clause's "ab" is another verb's
        ("Während die SPD zustimmte, lehnte die CDU den Vorschlag als überzogen ab.",
         "überzogen", "überziehen"),
    ],
)  # fmt: skip
def test_the_particle_of_the_verbs_own_clause(text: str, word: str, lemma: str) -> None:
    assert card(text, word).lemma == lemma


@pytest.mark.parametrize(
    ("text", "word", "first_three", "not_first"),
    [
        # an accusative object: no intransitive line ("to come on", "to set in")
        ("Die Polizei setzte einen Wasserwerfer ein.", "setzte", "to use sth.", "to come on"),
        ("Die Stadt setzt den Ordnungsdienst ein, um die Fans zu lenken.", "setzt",
         "into play", "to come on"),
        ("Die Bundespolizei hat die Streifen verstärkt und setzt nach eigenen Angaben auch "
         "Drohnen ein.", "setzt", "into play", "to come on"),
        # near misses: the subject is the only noun, or nouns stand in phrases of time
        ("Am Abend setzt der Regen wieder ein.", "setzt", "to set in", ""),
        ("Kurz darauf setzte heftiger Schneefall ein.", "setzte", "to set in", ""),
        ("Die Schmerzen setzen meist nachts ein.", "setzen", "to set in", ""),
        ("Die Wirkung setzt nach einer Stunde ein.", "setzt", "to set in", ""),
        # the accusative of "lassen" is the one who stands, no object of the infinitive
        ("Die Stadt werde den Verein nicht im Regen stehen lassen.", "stehen", "to stand", ""),
        # a dative object is no accusative one ("den Pflanzen": plural dative)
        ("Die Kälte setzt den Pflanzen zu.", "setzt", "to bother sb.", ""),
    ],
)  # fmt: skip
def test_an_accusative_object_sinks_intransitive_lines(
    text: str, word: str, first_three: str, not_first: str
) -> None:
    glosses = card(text, word).glosses
    assert any(first_three in gloss for gloss in glosses[:5]), glosses
    if not_first:
        assert not glosses[0].startswith(not_first), glosses


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        # a noun after a determiner in -em is a dative: no "Ärger machen" (to make trouble)
        ("Am Bahnhof machten viele Pendler ihrem Ärger Luft.", "machten",
         "sich Luft machen: to vent one’s spleen"),
        # near misses: the bare object keeps its phrase; a "jdm." phrase keeps its dative
        ("Die Baustelle macht den Anwohnern Ärger.", "macht", "Ärger machen: to make trouble"),
        ("Der Lärm machte dem Nachbarn Angst.", "machte",
         "jdm. Angst machen: to put the wind up sb."),
        ("Die Firma traf eine Entscheidung.", "traf",
         "eine Entscheidung fällen/treffen: to take a decision"),
        ("Die Bank nahm den Vorschlag an.", "nahm",
         "einen Vorschlag annehmen: to adopt a proposal"),
    ],
)  # fmt: skip
def test_a_dative_is_no_phrase_object(text: str, word: str, first: str) -> None:
    assert card(text, word).glosses[0] == first
