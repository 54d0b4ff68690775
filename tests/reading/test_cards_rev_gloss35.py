"""Session 35 review (rev_gloss35) of gloss35's four rules: made-up near misses where
each rule should and should not fire. The spouse gloss after a possessive yields to a
title ("unsere Frau Bürgermeisterin") and to the idiom "ihren Mann stehen"; a copula
phrase's bare noun is no predicate after "als" ("als Mitglied") nor after a determiner
and a number ("unter den rund 280 Mitgliedern"), but still is after a fixed adverb
("unter anderem", "nach wie vor"); "zur" + a person noun of the role lexicon keeps the
person object ("zur Mama", "zur Hebamme")."""

from __future__ import annotations

import pytest

from tests.reading.test_cards_gloss26 import card


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        # the spouse after a possessive
        ("Er hat mit seiner Frau und den Kindern gefeiert.", "Frau", "wife"),
        ("Seine erste Frau starb früh.", "Frau", "wife"),
        ("Er stellte seine Frau Maria vor.", "Frau", "wife"),
        ("Sie hat ihren Mann verloren.", "Mann", "husband"),
        ("Ihr Mann und ihre Kinder warten.", "Mann", "husband"),
        # a title before a person noun, the idiom, no possessive: no spouse first
        ("Unsere Frau Bürgermeisterin eröffnet das Fest.", "Frau", "woman"),
        ("Ihre Frau Mutter lässt grüßen.", "Frau", "woman"),
        ("Seine Frau Ministerin hat das Haus besucht.", "Frau", "woman"),
        ("Sie stand in der Krise ihren Mann.", "Mann", "man"),
        ("Er hat seinen Mann gestanden.", "Mann", "man"),
        ("Jede Frau hat ihre eigene Meinung.", "Frau", "woman"),
        ("Der Mann ihrer Schwester ist Arzt.", "Mann", "man"),
        # "zur" + a woman: the person object; + a thing: no person object
        ("Am Abend kam er zur Mutter.", "kam", "to come up to sb."),
        ("Er kam zur Mama.", "kam", "to come up to sb."),
        ("Sie kam zur Krankenschwester.", "kam", "to come up to sb."),
        ("Er kam zur Bürgermeisterin.", "kam", "to come up to sb."),
        ("Die Sache kam zur Anzeige.", "kam", "came"),
        ("Endlich kam sie zur Sache.", "kam", "zur Sache kommen: to come to the point"),
        ("Das Thema kam zur Sprache.", "kam", "zur Sprache kommen: to come up"),
        ("Sie ging zur Arbeit.", "ging", "zur Arbeit gehen: to go to work"),
        # the bare predicate, also after an adjective or a fixed adverb
        ("Er ist Mitglied der Partei.", "Mitglied", "Mitglied sein"),
        ("Sein Anwalt ist Mitglied der Kammer.", "Mitglied", "Mitglied sein"),
        ("Er ist langjähriges Mitglied im Verein.", "Mitglied", "Mitglied sein"),
        ("Er ist erfahrener Anwalt.", "Anwalt", "Anwalt sein"),
        ("Er ist unter anderem Mitglied im Aufsichtsrat.", "Mitglied", "Mitglied sein"),
        ("Er ist nach wie vor Mitglied der Partei.", "Mitglied", "Mitglied sein"),
        ("Er ist vor allem Anwalt.", "Anwalt", "Anwalt sein"),
        ("Er ist seit langem Mitglied der Partei.", "Mitglied", "Mitglied sein"),
        ("Das ist längst Geschichte.", "Geschichte", "Geschichte sein"),
        ("Sie ist seit 2010 Mitglied der Partei.", "Mitglied", "Mitglied sein"),
        ("Es sind rund 280 Mitglieder.", "Mitglieder", "Mitglied sein"),
        # "als", a determiner, a subject: no predicate
        ("Er war als Mitglied des Rates bekannt.", "Mitglied", "member"),
        ("Als Mitglied ist er stimmberechtigt.", "Mitglied", "member"),
        ("Sein Anwalt ist Mitglied der Kammer.", "Anwalt", "lawyer"),
        ("Die Geschichte ist schnell erzählt.", "Geschichte", "story"),
        ("Dieser Anlass ist ernst.", "Anlass", "cause"),
        # a number and a degree word between the determiner and the noun
        ("Geplant ist ein Fest unter den rund 300 Mitgliedern.", "Mitgliedern", "member"),
        ("Die 280 Mitglieder sind zufrieden.", "Mitglieder", "members"),
        # a noun is no phrase's verb, the verb still is
        ("Das Unternehmen hat die Schritte geprüft.", "Unternehmen", "company"),
        ("Wir unternehmen weitere Schritte.", "Schritte", "Schritte unternehmen"),
        ("Die Stadt will die nötigen Schritte unternehmen.", "Schritte", "Schritte unternehmen"),
    ],
)  # fmt: skip
def test_first_gloss(text: str, word: str, first: str) -> None:
    assert card(text, word).glosses[0].startswith(first)
