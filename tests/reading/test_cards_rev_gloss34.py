"""Session 34 (rev_gloss34): review of gloss34 on made-up near misses. Every sentence
of the review with the first gloss its card shows, judged right (a change is a change of
a judged fact); the wrong ones left, as strict xfails naming the wrong gloss. Fixed here:
a noun coordination with a verb on both sides joins clauses (no state frame across it),
the verb a "sondern" part leaves out is the negated part's (not a clause between), and a
pronominal adverb of a reflexive verb takes its reflexive line ("handelt sich darum")."""

from __future__ import annotations

import pytest

from tests.reading.test_cards_gloss26 import card

REVIEWED = [
    ("Der Konzern nahm die Verantwortung auf sich.", "Verantwortung", "responsibility"),
    (
        "Die Ministerin hat die Schuld für das Chaos auf sich genommen.",
        "Schuld",
        "die Schuld auf sich nehmen: to take the blame",
    ),
    (
        "Der Trainer nahm die Schuld an der Niederlage nicht auf sich.",
        "Schuld",
        "die Schuld auf sich nehmen: to take the blame",
    ),
    (
        "Die Regierung schob die Schuld auf die Opposition.",
        "Schuld",
        "die Schuld auf jdn. schieben/abschieben: to shuffle off the blame on to sb.",
    ),
    ("Die Reform zieht hohe Kosten nach sich.", "Kosten", "cost"),
    ("Die Reform zieht hohe Kosten nach sich.", "zieht", "to bring"),
    ("Der Skandal zog Ermittlungen nach sich.", "zog", "to bring"),
    ("Die Polizei zog den Wagen aus dem Graben.", "zog", "drew"),
    ("Die Sängerin zog alle Blicke auf sich.", "Blicke", "look"),
    ("Die Besucher richteten die Blicke auf die Bühne.", "Blicke", "look"),
    ("An sich ist der Plan gut.", "An", "on"),
    ("An sich ist der Plan gut.", "sich", "oneself"),
    ("Der Plan ist an sich gut.", "an", "on"),
    ("Er behielt seine Meinung für sich.", "behielt", "kept"),
    ("Sie behielt das Geld für die Kinder.", "behielt", "kept"),
    (
        "Der Fahrer verlor die Kontrolle über sich.",
        "Kontrolle",
        "die Kontrolle über sich verlieren: to lose control of oneself",
    ),
    ("Der Fahrer verlor die Kontrolle über das Auto.", "Kontrolle", "control"),
    ("Der Bus lässt lange auf sich warten.", "lässt", "let"),
    ("Der Bus lässt die Fahrgäste warten.", "lässt", "let"),
    ("Das hat es in sich.", "hat", "has"),
    ("Das Gesetz hat Lücken in sich.", "hat", "has"),
    ("Der Verletzte kam ins Krankenhaus.", "kam", "came"),
    ("Die Ermittler brachten den Fall hinter sich.", "brachten", "to get sth. over and done with"),
    (
        "Die Mannschaft hat die Saison hinter sich gebracht.",
        "gebracht",
        "to get sth. over and done with",
    ),
    ("Die Jugendlichen hängen am Bahnhof rum.", "rum", "around"),
    ("Er lungerte den ganzen Tag rum.", "rum", "around"),
    ("Sie kommen nicht ran an das Geld.", "ran", ""),
    ("Der Nachbar kam kurz rüber.", "rüber", "over"),
    ("Die Kinder rannten die Treppe rauf.", "rauf", "up"),
    ("Komm rein, es regnet.", "rein", "in"),
    ("Der Rum war teuer.", "Rum", "rum"),
    ("Rum und Zucker sind knapp.", "Rum", "rum"),
    ("Im Laden gab es Rum, Wein und Bier.", "Rum", "rum"),
    ("Das Gerücht sprach sich schnell rum.", "rum", "around"),
    ("Wir fahren da mal ran.", "ran", ""),
    ("Der Verein vertraut niemandem mehr.", "mehr", "no longer"),
    ("Die Stadt zahlt keinerlei Zuschüsse mehr.", "mehr", "no longer"),
    ("Es gibt keinerlei Zweifel mehr.", "mehr", "no longer"),
    ("Keinerlei Hinweise deuten auf mehr Täter hin.", "mehr", "more"),
    ("Er schuldet niemandem mehr als hundert Euro.", "mehr", "more"),
    ("Niemandem gehört mehr Land als der Kirche.", "mehr", "more"),
    ("Niemanden interessiert das mehr.", "mehr", "no longer"),
    ("Niemanden hat die Wahl mehr überrascht als den Kanzler.", "mehr", "more"),
    ("Keinerlei Einfluss hatte er mehr.", "mehr", "no longer"),
    ("Der Kanzler hat niemandem mehr zu sagen.", "mehr", "no longer"),
    ("Nie gab es mehr Arbeitslose als heute.", "mehr", "more"),
    ("Nie waren mehr Menschen auf der Straße.", "mehr", "more"),
    ("Niemals war mehr zu tun als in diesem Jahr.", "mehr", "more"),
    ("Sie haben keinerlei Rechte, aber mehr Pflichten.", "mehr", "more"),
    ("Niemand verdient hier mehr, nicht einmal der Chef.", "mehr", "no longer"),
    ("Er hilft nicht mehr.", "mehr", "no longer"),
    ("Kein Mensch spricht mehr davon.", "mehr", "no longer"),
    ("Nirgends gibt es mehr Regen.", "mehr", "more"),
    ("Nicht mehr als zehn Menschen kamen.", "mehr", "more"),
    ("Niemandem fiel mehr ein.", "mehr", "no longer"),
    ("Der Koch wartet auf das Messer und die Soße ist scharf.", "scharf", "clear"),
    ("Die Eltern warten auf den Zug und die Kinder sind böse.", "böse", "mean"),
    ("Die Firma setzt auf Pendler und Schüler sind froh.", "froh", "cheery"),
    ("Die Firma ist auf Pendler und Schüler angewiesen.", "angewiesen", "to rely on sb./sth."),
    (
        "Pendler und Schüler, die auf den Bus angewiesen sind, warten.",
        "angewiesen",
        "to rely on sb./sth.",
    ),
    (
        "Die Stadt baut auf Zuschüsse und Spenden, doch die Bürger sind verärgert.",
        "verärgert",
        "disgruntled",
    ),
    ("Er achtet auf die Kosten und die Kollegen sind stolz.", "stolz", "proud"),
    ("Sie schaut auf die Kinder und die Eltern sind stolz.", "stolz", "proud"),
    ("Die Fans und Spieler sind auf den Sieg stolz.", "stolz", "proud"),
    ("Auf Spender und Sponsoren ist der Verein angewiesen.", "angewiesen", "to rely on sb./sth."),
    ("Mit Lehrern und Eltern ist die Schule zufrieden.", "zufrieden", "happy"),
    (
        "Der Minister spricht mit Lehrern und Eltern sind unzufrieden.",
        "unzufrieden",
        "discontentedly",
    ),
    ("Er spricht mit den Lehrern und die Eltern sind zufrieden.", "zufrieden", "happy"),
    ("Er hofft auf Regen und die Bauern sind verzweifelt.", "verzweifelt", "despaired"),
    ("Die Bürger sind auf Busse und Bahnen angewiesen.", "angewiesen", "to rely on sb./sth."),
    ("Die Bürger sind mit Bussen und Bahnen unterwegs.", "unterwegs", "on the way"),
    ("Er blickt auf die Berge und die Straßen sind gesperrt.", "gesperrt", "to block sth."),
    ("Sie zeigt auf den Täter und die Zeugen sind sich sicher.", "sicher", "sure"),
    ("Der Hund wartet auf Futter und der Napf ist leer.", "leer", "blank"),
    ("Die Bauern hoffen auf Regen, und die Böden sind trocken.", "trocken", "dry"),
    ("Der Verein wartet auf Geld und Spieler sind verärgert.", "verärgert", "disgruntled"),
    ("Die Mieter sind auf Hilfe und Beratung angewiesen.", "angewiesen", "to rely on sb./sth."),
    (
        "Die Mieter warten auf Hilfe und Vermieter sind angewiesen, zu zahlen.",
        "angewiesen",
        "ordered",
    ),
    (
        "Es geht nicht darum, wer gewinnt, sondern darum, wie man spielt.",
        "darum",
        "um etw. gehen: to be at issue/stake",
    ),
    ("Er denkt nicht an sich, sondern daran, was die Kinder brauchen.", "daran", "at it"),
    (
        "Sie kümmert sich nicht um den Haushalt, sondern darum, dass die Firma läuft.",
        "darum",
        "sich um etw. kümmern: to take care of sth.",
    ),
    (
        "Es kommt nicht auf die Größe an, sondern darauf, wie man sie nutzt.",
        "darauf",
        "auf etw. ankommen: to depend on sth.",
    ),
    (
        "Der Streit dreht sich nicht um Geld, sondern darum, wer das Sagen hat.",
        "darum",
        "sich um etw. drehen: to turn on sth.",
    ),
    (
        "Die Kritik richtet sich nicht gegen die Polizei, sondern dagegen, dass keiner informiert"
        " wurde.",
        "dagegen",
        "against it",
    ),
    (
        "Das liegt nicht am Wetter, sondern daran, dass niemand geplant hat.",
        "daran",
        "an jdm./etw. liegen: to be down to sb./sth.",
    ),
    (
        "Es hängt nicht vom Preis ab, sondern davon, wie viele kommen.",
        "davon",
        "von etw. abhängen: to ride on sth.",
    ),
    ("Nicht das Geld fehlt, sondern daran mangelt es, dass keiner hilft.", "daran", "at it"),
    (
        "Der Plan scheitert nicht, weil Geld fehlt, sondern daran, dass niemand will.",
        "daran",
        "an etw. scheitern: to fail sth.",
    ),
    (
        "Wir glauben nicht, dass er kommt, sondern daran, dass er absagt.",
        "daran",
        "an jdn./etw. glauben: to believe in sb./sth.",
    ),
    (
        "Er fragte nicht, wer kommt, sondern danach, wann.",
        "danach",
        "nach jdm. fragen: to ask after sb.",
    ),
    (
        "Sie hat nicht nach dem Weg gefragt, sondern danach, wo der Bahnhof ist.",
        "danach",
        "nach jdm. fragen: to ask after sb.",
    ),
    (
        "Es handelt sich nicht um einen Unfall, sondern darum, dass jemand bewusst gehandelt hat.",
        "darum",
        "sich um jdn./etw. handeln: to be",
    ),
    ("Niemand lachte, sondern daran dachten alle.", "daran", "at it"),
    (
        "Das Problem ist nicht das Geld, sondern dass keiner darauf achtet.",
        "darauf",
        "auf jdn./etw. achten: to take care of sb./sth.",
    ),
    (
        "Wir freuen uns darauf, dass der Sommer kommt.",
        "darauf",
        "sich auf etw. freuen: to look forward / to look forwards / to be looking forward to"
        " sth./to doing sth.",
    ),
    (
        "Er kümmert sich darum, dass alles klappt.",
        "darum",
        "sich um etw. kümmern: to take care of sth.",
    ),
    ("Die Schule ist auf Lehrer sowie Eltern angewiesen.", "angewiesen", "to rely on sb./sth."),
    (
        "Sie hoffen auf Spenden und die Tafeln sind angewiesen, sparsam zu sein.",
        "angewiesen",
        "ordered",
    ),
    (
        "Die Kliniken setzen auf Ärzte oder Pfleger sind angewiesen, länger zu bleiben.",
        "angewiesen",
        "ordered",
    ),
    (
        "Viele Dörfer, die auf Busse oder Sammeltaxis angewiesen sind, klagen.",
        "angewiesen",
        "to rely on sb./sth.",
    ),
    (
        "Es geht nicht nur um Geld, sondern auch darum, wer entscheidet.",
        "darum",
        "um etw. gehen: to be at issue/stake",
    ),
    (
        "Die Debatte dreht sich nicht nur um Steuern, sondern auch darum, wer profitiert.",
        "darum",
        "sich um etw. drehen: to turn on sth.",
    ),
    (
        "Er hat nicht darauf geachtet, sondern darauf, dass es schnell geht.",
        "darauf",
        "auf jdn./etw. achten: to take care of sb./sth.",
    ),
    ("Die Firma wehrt sich nicht dagegen, sondern dafür, dass alles bleibt.", "dafür", "for it"),
    ("Die Sache ist nicht kompliziert, sondern darum ganz einfach.", "darum", "that’s why"),
    (
        "Es handelt sich darum, dass die Kasse leer ist.",
        "darum",
        "sich um jdn./etw. handeln: to be",
    ),
]


LEFT = [
    ("Die Firma lässt auf sich warten.", "warten", "to lie in store"),
    ("Die Partei kam wieder zu sich.", "kam", "to come up to sb."),
    ("Der Verletzte kam im Krankenhaus zu sich.", "kam", "to come up to sb."),
    ("Das ist rein rechtlich erlaubt.", "rein", "in"),
    ("Die Zeit ist rum.", "rum", "around"),
    ("Er hat sich im Dorf rumgesprochen.", "rumgesprochen", "rum + conversational"),
    ("Er wartet auf den Bus und die Kinder sind gespannt.", "gespannt", "blocked"),
    (
        "Die Stadt verzichtet auf Steuern und Gebühren, die Bürger sind erleichtert.",
        "erleichtert",
        "eased",
    ),
    ("Er setzt auf Erfahrung und die Gegner sind gespannt.", "gespannt", "blocked"),
    ("Auf Sonne und Wärme sind die Urlauber gespannt.", "gespannt", "blocked"),
    ("Die Urlauber sind auf Sonne und Wärme gespannt.", "gespannt", "blocked"),
    (
        "Es geht nicht um den Preis, sondern um die Qualität, und darum, dass alle mitmachen.",
        "darum",
        "that’s why",
    ),
    ("Wir reden nicht über Geld, sondern darüber, wie es weitergeht.", "darüber", "across"),
    (
        "Sie wartet nicht auf den Bus, sondern darauf, dass jemand sie abholt.",
        "darauf",
        "auf jdn. warten: to lie in store",
    ),
    ("Er lacht nicht, sondern denkt darüber nach.", "darüber", "across"),
    (
        "Die Bürger setzen sich dafür ein, dass die Bahn bleibt.",
        "dafür",
        "sich für jdn. einsetzen: to support sb.’s career",
    ),
]


@pytest.mark.parametrize(("text", "word", "first"), REVIEWED)
def test_reviewed_first_gloss(text: str, word: str, first: str) -> None:
    glosses = card(text, word).glosses
    assert (glosses[0] if glosses else "") == first, glosses


@pytest.mark.xfail(strict=True, reason="wrong gloss left (docs/glosses.md, rev_gloss34)")
@pytest.mark.parametrize(("text", "word", "wrong"), LEFT)
def test_wrong_gloss_left(text: str, word: str, wrong: str) -> None:
    glosses = card(text, word).glosses
    assert not glosses or not glosses[0].startswith(wrong), glosses


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        # the reflexive line only with a reflexive in the verb's clause
        ("Die Händler handeln darum, wer zahlt.", "darum", "um etw. handeln"),
        ("Es handelt sich darum, dass die Kasse leer ist.", "darum", "sich um jdn./etw. handeln"),
        ("Wir freuen uns darauf, dass der Sommer kommt.", "darauf", "sich auf etw. freuen"),
        # the negated part's verb, past a clause between
        ("Der Plan scheitert nicht, weil Geld fehlt, sondern daran, dass niemand will.",
         "daran", "an etw. scheitern"),
        ("Wir glauben nicht, dass er kommt, sondern daran, dass er absagt.", "daran",
         "an jdn./etw. glauben"),
        ("Er fragte nicht, wer kommt, sondern danach, wann.", "danach", "nach jdm. fragen"),
        # no negated part before "sondern": no verb taken
        ("Die Sache ist kompliziert, weil keiner hilft, sondern darum ganz einfach.", "darum",
         "that’s why"),
    ],
)  # fmt: skip
def test_fixed_frames(text: str, word: str, first: str) -> None:
    assert card(text, word).glosses[0].startswith(first)


@pytest.mark.parametrize(
    "text",
    [
        # "und" between nouns with a verb on both sides joins two clauses
        "Die Mieter warten auf Hilfe und Vermieter sind angewiesen, zu zahlen.",
        "Sie hoffen auf Spenden und die Tafeln sind angewiesen, sparsam zu sein.",
        "Die Kliniken setzen auf Ärzte oder Pfleger sind angewiesen, länger zu bleiben.",
    ],
)
def test_no_state_across_two_clauses(text: str) -> None:
    glosses = card(text, "angewiesen").glosses
    assert not glosses[0].startswith("to rely on"), glosses
