"""Session 35 (gloss35): "zur" before a noun that names no woman is no person object
("kamen zur Welt" is no "zu jdm. kommen"); a copula phrase that cites its noun bare
("Anwalt sein", "Mitglied sein") matches no noun after a determiner, possessive or
preposition; a noun is no phrase's verb ("Das Unternehmen": not "Schritte
unternehmen"); a singular noun after a possessive shows its spouse gloss first ("ihrem
Mann": husband). Made-up sentences, whole pipeline; near misses where a rule must not
fire."""

from __future__ import annotations

import pytest

from tests.reading.test_cards_gloss26 import card


@pytest.mark.parametrize(
    ("text", "word", "wrong"),
    [
        # the noun is the subject or inside a prepositional phrase: no predicate
        ("Sein Anwalt kündigte eine Erklärung an.", "Anwalt", "Anwalt sein"),
        ("Der Anwalt ist heute nicht im Gericht.", "Anwalt", "Anwalt sein"),
        ("Viele unserer Mitglieder sind Rentner.", "Mitglieder", "Mitglied sein"),
        ("Die neuen Mitglieder sind schon da.", "Mitglieder", "Mitglied sein"),
        ("Der Anlass ist ernst.", "Anlass", "Anlass für etw. sein"),
        ("Für Landwirte ist der Andrang nicht nur eine Freude.", "Landwirte", "Landwirt sein"),
        ("Der beste Tag in der Geschichte des Vereins.", "Geschichte", "Geschichte sein"),
        ("In weiten Teilen von Sachsen ist es trocken.", "Teilen", "Teil von etw. sein"),
        # a noun is no verb of a phrase
        ("Das Unternehmen werde über weitere Schritte entscheiden.", "Unternehmen", "Schritte"),
        ("Das Unternehmen plant weitere Schritte.", "Schritte", "Schritte unternehmen"),
    ],
)  # fmt: skip
def test_no_predicate_phrase_for_a_determined_noun(text: str, word: str, wrong: str) -> None:
    glosses = card(text, word).glosses
    assert not any(g.startswith(wrong) for g in glosses), glosses


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        # near misses: the bare predicate, also after a negation, an adverb or a number,
        # and after a relative pronoun
        ("Er will Anwalt sein und nicht Richter.", "Anwalt", "Anwalt sein"),
        ("Sie ist seit Jahren Mitglied im Verein.", "Mitglied", "Mitglied sein"),
        ("Sie ist nicht Mitglied der Partei.", "Mitglied", "Mitglied sein"),
        ("Die Frauen, die Mitglied sind, dürfen wählen.", "Mitglied", "Mitglied sein"),
        ("Das Spiel war lange Geschichte.", "Geschichte", "Geschichte sein"),
        # a verb of the sentence still makes the phrase
        ("Die Stadt will rechtliche Schritte unternehmen.", "Schritte", "rechtliche Schritte"),
    ],
)  # fmt: skip
def test_bare_predicate_phrase_kept(text: str, word: str, first: str) -> None:
    assert card(text, word).glosses[0].startswith(first)


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        ("Die Bäuerin hält mit ihrem Mann 65 Kühe.", "Mann", "husband"),
        ("Sie haben die Gartenzwerge meiner verstorbenen Frau mitgenommen.", "Frau", "wife"),
        ("Seine Frau arbeitet in der Klinik.", "Frau", "wife"),
        # near misses: no possessive, a plural, another noun
        ("Eine Frau aus dem Landkreis verlor ihre Ersparnisse.", "Frau", "woman"),
        ("Der Mann hatte seine Arbeit verloren.", "Mann", "man"),
        ("Unsere Frauen haben das Spiel gewonnen.", "Frauen", "women"),
        ("Ihr Haus wurde verkauft.", "Haus", "house"),
        # "zur" before a noun that names no woman: no person object ("zu jdm. kommen")
        ("Im vergangenen Jahr kamen in der Klinik 412 Kinder zur Welt.", "kamen", "came"),
        ("Dort seien nur noch 312 Kinder zur Welt gekommen.", "gekommen", "come"),
        ("Die Kinder kamen zur Schule.", "kamen", "came"),
        # near misses: a woman after "zur"
        ("Dann kam er zur Ärztin.", "kam", "to come up to sb."),
        ("Am Abend kam sie zur Mutter.", "kam", "to come up to sb."),
    ],
)  # fmt: skip
def test_spouse_after_possessive_and_zur_before_a_thing(text: str, word: str, first: str) -> None:
    assert card(text, word).glosses[0] == first
