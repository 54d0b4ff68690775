"""Merging mentions into persons (app/people/cluster.py).

Moved tests build the analysis data with spaCy's blank German tokenizer and,
where the case is about repairing NER output, with hand-made PER entities.
"""

from __future__ import annotations

from app.people.candidates import find_candidates
from app.people.cluster import People, add_aliases, cluster_mentions, fullest, name_cores
from app.people.view import Mention, Span, TokenView
from tests.people.support import analysis_data, by_name, mention_texts, view


def test_fullest_name_and_surname_mentions_are_merged() -> None:
    text = (
        "Die Ministerin Anja Karliczek besuchte am Montag Münster. "
        "Karliczek sprach dort mit Studierenden. Später reiste Karliczek weiter."
    )
    found = by_name(text)
    assert list(found) == ["Anja Karliczek"]
    assert mention_texts(text, found["Anja Karliczek"]) == [
        "Anja Karliczek",
        "Karliczek",
        "Karliczek",
    ]


def test_genitive_mentions_are_merged() -> None:
    text = (
        "Bundeskanzler Friedrich Merz reiste nach Paris. Merz' Rede wurde gelobt. "
        "Auch Emmanuel Macron sprach. Macrons Berater waren zufrieden."
    )
    found = by_name(text)
    assert set(found) == {"Friedrich Merz", "Emmanuel Macron"}
    assert "Merz" in mention_texts(text, found["Friedrich Merz"])
    assert "Macrons" in mention_texts(text, found["Emmanuel Macron"])


def test_unambiguous_first_name_is_merged() -> None:
    text = "Sahra Wagenknecht gründete eine Partei. Sahra, wie Anhänger sie nennen, jubelte."
    found = by_name(text)
    assert list(found) == ["Sahra Wagenknecht"]
    assert mention_texts(text, found["Sahra Wagenknecht"]) == ["Sahra Wagenknecht", "Sahra"]


def test_two_people_with_one_surname_stay_apart() -> None:
    text = (
        "Der Schauspieler Til Schweiger und seine Tochter Luna Schweiger drehen gemeinsam. "
        "Luna Schweiger spielt die Hauptrolle."
    )
    found = by_name(text)
    assert {"Til Schweiger", "Luna Schweiger"} <= set(found)
    assert found["Luna Schweiger"].roles == ("Tochter",)
    assert found["Til Schweiger"].roles == ("Schauspieler",)


def test_missed_surname_mentions_are_found() -> None:
    text = "Trainer Julian Nagelsmann nominierte 26 Spieler. Nagelsmann verzichtet auf Hummels."
    found = by_name(text, per=["Julian Nagelsmann"])
    assert mention_texts(text, found["Julian Nagelsmann"]) == ["Julian Nagelsmann", "Nagelsmann"]


def test_genitive_object_is_a_mention_of_a_known_person() -> None:
    text = (
        "Die Grünen-Politikerin Ricarda Lang kritisierte den Plan. Das liege nicht im "
        "Interesse Langs, hieß es."
    )
    found = by_name(text, per=["Ricarda Lang", "Interesse Langs"])
    assert list(found) == ["Ricarda Lang"]
    assert "Langs" in mention_texts(text, found["Ricarda Lang"])


def _found(text: str, per: tuple[str, ...] = ()) -> tuple[TokenView, People]:
    doc = view(text, per=per)
    spans = [Span(e.start, e.end, e.label) for e in analysis_data(text, per)[2]]
    found = cluster_mentions(doc, find_candidates(doc, spans))
    add_aliases(doc, found)
    return doc, found


def test_cluster_mentions_and_aliases_direct() -> None:
    doc, found = _found(
        "Wladimir Putin sprach. Putin lachte, Putins Sprecher nicht. Joe Biden schwieg.",
        per=("Wladimir Putin", "Joe Biden"),
    )
    clusters = [c for c in found.clusters if c.mentions]
    assert [doc.span_text(fullest(c).first, fullest(c).stop) for c in clusters] == [
        "Wladimir Putin",
        "Joe Biden",
    ]
    assert [m.source for m in clusters[0].mentions] == ["ner", "alias", "alias"]
    assert clusters[0].mentions[2].genitive
    assert found.resolve("Putin", doc.n) == 0 and found.resolve("Biden", 0) == 1
    assert found.resolve("Scholz", 0) is None


def test_name_cores_drop_particles_and_initials() -> None:
    m = Mention(0, 4, ("Donald", "J.", "von", "Trump"), False, "ner")
    assert name_cores(m) == ("Donald", "Trump")


def test_shared_surname_goes_to_the_nearest_earlier_person() -> None:
    found = People()
    anna, max_ = found.new(), found.new()
    found.add(anna, Mention(0, 2, ("Anna", "Berg"), False, "ner"))
    found.add(max_, Mention(10, 12, ("Max", "Berg"), False, "ner"))
    assert found.resolve("Berg", 5) == anna
    assert found.resolve("Berg", 20) == max_
    assert found.resolve("Berg", 0) == anna  # before both: the first mentioned


def test_surname_with_a_lowercase_particle_capitalised_at_a_sentence_start() -> None:
    text = "Minister Hamad bin Khalid al-Mansuri reiste ab. Al-Mansuri, 61, sagte nichts."
    found = by_name(text, per=["Hamad bin Khalid al-Mansuri"])
    assert list(found) == ["Hamad bin Khalid al-Mansuri"]
    assert found["Hamad bin Khalid al-Mansuri"].age == 61


def test_capitalised_particle_surname_tagged_on_its_own_is_merged() -> None:
    text = "Der Gesandte Yusuf ibn Salim al-Dabbagh kam an. Al-Dabbagh (63) war zufrieden."
    found = by_name(text, per=["Yusuf ibn Salim al-Dabbagh", "Al-Dabbagh"])
    assert list(found) == ["Yusuf ibn Salim al-Dabbagh"]
    assert found["Yusuf ibn Salim al-Dabbagh"].age == 63


def test_first_name_ben_is_no_particle_before_a_surname() -> None:
    from tests.people.support import people

    text = (
        "Tom Müller ist Trainer des Vereins. Sein Bruder Ben Müller ist Spieler. "
        "Ben Müller schoss zwei Tore, Tom Müller jubelte."
    )
    found = {p.name: p for p in people(text)}
    assert set(found) == {"Tom Müller", "Ben Müller"}
    assert "Bruder" not in found["Tom Müller"].roles


def test_surname_inside_a_firm_name_is_no_mention() -> None:
    # session 30: the family's firm carries the surname; the role before it is the firm's
    text = (
        "Der Möbelbauer Hollmann Wohnwerke GmbH ist insolvent. "
        "Geschäftsführer Kai Hollmann hofft auf Käufer."
    )
    found = by_name(text, per=["Kai Hollmann"], other=[("Hollmann Wohnwerke GmbH", "ORG")])
    assert found["Kai Hollmann"].roles == ("Geschäftsführer",)
    assert mention_texts(text, found["Kai Hollmann"]) == ["Kai Hollmann"]


def test_surname_inside_an_entity_without_a_firm_word_stays_a_mention() -> None:
    text = "Kanzler Olaf Wübbeling reiste ab. Das Kabinett Wübbeling tagte."
    found = by_name(text, per=["Olaf Wübbeling"], other=[("Kabinett Wübbeling", "ORG")])
    assert mention_texts(text, found["Olaf Wübbeling"]) == ["Olaf Wübbeling", "Wübbeling"]


def test_shorter_name_held_by_two_goes_to_the_one_named_before() -> None:
    text = (
        "Der Präsident hat Ministerin Nadia Ben Amar entlassen. Ben Amar, 58, war erst seit "
        "einem Jahr im Amt; ihr Sohn Karim Ben Amar sitzt im Parlament."
    )
    found = by_name(text, per=["Nadia Ben Amar", "Ben Amar", "Karim Ben Amar"])
    assert set(found) == {"Nadia Ben Amar", "Karim Ben Amar"}
    assert found["Nadia Ben Amar"].age == 58
    assert found["Karim Ben Amar"].age is None
    # nobody of the two named before: the shorter name stays apart
    text = "Ben Amar, 58, spricht. Nadia Ben Amar und Karim Ben Amar hören zu."
    found = by_name(text, per=["Nadia Ben Amar", "Ben Amar", "Karim Ben Amar"])
    assert found["Ben Amar"].age == 58
