"""Session 28 (frames11): a verb's frame only from phrases that are its objects (not
time, source or direction phrases, not "zu" as the degree adverb, not a particle of a
name), read before a verb that ends its clause in a verb cluster, and the case of a
two-way preposition's phrase matched with the headword's object (made-up sentences,
whole pipeline: analysis, reading layer, bundled dictionary)."""

from __future__ import annotations

from tests.reading.test_cards_gloss26 import card


def test_a_time_phrase_is_no_object() -> None:
    # "nach der Pause": when, not "nach etw. gehen" (to go by sth.)
    lead = card("Die Gastgeber gingen kurz nach der Pause durch ein Eigentor in Führung.", "gingen")
    assert lead.lemma != "nach etw. gehen"
    # "am Ende" (dative): no "etw. an jdn. verlieren" (accusative)
    lose = card("Bei einem Handelskrieg würden am Ende alle verlieren.", "verlieren")
    assert lose.lemma == "verlieren" and lose.glosses[0].startswith("to lose")


def test_a_source_phrase_is_no_object() -> None:
    # "nach Angaben der Polizei": according to, not "nach jdm. kommen" (to take after)
    come = card("Nach Angaben der Veranstalter waren rund 300 Besucher gekommen.", "gekommen")
    assert come.lemma == "kommen"
    event = card("Auf der B 3 kam es nach Angaben der Polizei zu zwei Unfällen.", "kam")
    assert event.lemma == "kommen" and event.glosses[0] == "to come about"


def test_zu_as_the_degree_adverb_is_no_preposition() -> None:
    play = card("Wir haben in der zweiten Hälfte viel zu zaghaft gespielt.", "gespielt")
    assert play.lemma == "spielen"


def test_als_takes_no_dative() -> None:
    # Ding's "als jdm. gelten" is no German construction: "als etw. gelten"
    deem = card("Die Malerin gilt als eine der bekanntesten Künstlerinnen des Landes.", "gilt")
    assert deem.lemma == "gelten"


def test_a_verb_before_its_auxiliary_reads_its_objects_before_it() -> None:
    # "verständigen können" ends the clause: the "auf" phrase before it is the object
    agree = card(
        "Die Minister haben sich nicht auf ein neues Paket verständigen können.", "verständigen"
    )
    assert agree.lemma == "sich verständigen"
    assert agree.glosses[0].startswith("to agree")


def test_an_event_frame_needs_an_impersonal_clause() -> None:
    # "zu etw. kommen :: to come about" is "es kommt zu etw."
    event = card("In der Nacht kam es zu heftigen Gewittern.", "kam")
    assert event.glosses[0] == "to come about"
    # with a subject of its own and a thing after "zu": plain "kommen"
    come = card("Die Mitglieder kamen zur Versammlung.", "kamen")
    assert come.lemma == "kommen" and come.glosses[0] != "to come about"


def test_a_separable_verb_written_as_one_word_is_its_own_lemma() -> None:
    # Ding lists "etw. offenhalten" inside the line of "halten"
    keep = card("Man müsse die Gesprächskanäle nach Peking offenhalten.", "offenhalten")
    assert keep.lemma == "offenhalten" and keep.glosses[0] == "to keep open sth."
