"""extract_people, the entry point (app/people/extract.py), end to end on short texts.

Moved tests build the analysis data with spaCy's blank German tokenizer and,
where the case is about repairing NER output, with hand-made PER entities.
"""

from __future__ import annotations

from app.people import extract_people, warm_up
from tests.people.support import analysis_data, by_name, mention_texts, people


def test_empty_input() -> None:
    assert people("") == []
    assert people("   \n  ") == []


def test_mentions_point_into_the_text() -> None:
    text = (
        "Wirtschaftsminister Robert Habeck (Grüne) und Finanzminister Christian Lindner (FDP) "
        "stritten. Habeck warf Lindner Blockade vor; Lindners Sprecher widersprach."
    )
    found = by_name(text)
    assert found["Robert Habeck"].party == "Grüne"
    assert found["Christian Lindner"].party == "FDP"
    for person in found.values():
        for start, end in person.mentions:
            surname = person.name.split()[-1]
            assert text[start:end].startswith(surname) or text[start:end] == person.name


def test_credits_come_last_and_story_in_order_of_first_mention() -> None:
    text = "Foto: Anna Weberling/dpa\nGestern sprach Olaf Scholz mit Maria Schulz. Scholz lachte."
    found = people(text)
    assert [(p.name, p.credit) for p in found] == [
        ("Olaf Scholz", False),
        ("Maria Schulz", False),
        ("Anna Weberling", True),
    ]
    assert found[-1].mentions == ((6, 20),)


def test_extract_people_is_the_package_entry_point() -> None:
    import app.people

    assert app.people.extract_people is extract_people
    assert app.people.__all__ == ["extract_people", "warm_up"]
    warm_up()  # loads the lexicons; a second call is free
    tokens, sentences, entities = analysis_data("Olaf Scholz (66) kam.")
    assert extract_people("Olaf Scholz (66) kam.", tokens, sentences, entities)[0].age == 66
    assert extract_people("", (), (), ()) == ()


def test_gender_from_the_first_name_reaches_age_references() -> None:
    found = by_name("Gestern sprach Holger Berg in Bonn. Der 61-Jährige lachte.")
    assert found["Holger Berg"].age == 61


def test_particle_capitalised_at_a_sentence_start_stays_with_the_surname() -> None:
    text = (
        "Die Skirennläuferin Hedda von Kallwitz gewann in Kitzbühel. "
        "Von Kallwitz feierte damit ihren dritten Sieg."
    )
    found = by_name(text, per=["Hedda von Kallwitz", "Kallwitz"])
    assert mention_texts(text, found["Hedda von Kallwitz"]) == [
        "Hedda von Kallwitz",
        "Von Kallwitz",
    ]


def test_sentence_initial_preposition_before_a_name_is_no_particle() -> None:
    # a byline: "Von" before a first name; and a surname written without a particle elsewhere
    text = "Von Kerstin Albersmeyer\nBerlin - Jonas Dreesbach lachte. Von Dreesbach kam nichts."
    found = by_name(text, per=["Kerstin Albersmeyer", "Jonas Dreesbach", "Dreesbach"])
    assert "Von Dreesbach" not in mention_texts(text, found["Jonas Dreesbach"])
    for person in found.values():
        assert not any(m.startswith("Von") for m in mention_texts(text, person))


def test_age_written_as_a_noun_is_no_role() -> None:
    # session 31: "Die Hundertjährige" refers back like "die 58-Jährige"; no role
    text = "Mathilde Eichkorn wurde 100. Die Hundertjährige lebt allein. Die Jubilarin lacht."
    found = by_name(text, per=["Mathilde Eichkorn"])
    assert all("jährig" not in r for r in found["Mathilde Eichkorn"].roles)
