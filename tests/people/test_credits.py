"""Photo credits (app/people/credits.py).

Moved tests build the analysis data with spaCy's blank German tokenizer and,
where the case is about repairing NER output, with hand-made PER entities.
"""

from __future__ import annotations

import pytest

from app.lexicon import words as lex
from app.people.credits import CREDIT_LABEL, credit_name, credit_people
from tests.people.support import people, view


def test_photo_credit_is_kept_apart() -> None:
    text = (
        "Der Dirigent Kirill Petrenko probt in Berlin. Foto: Monika Rittershaus/dpa\n"
        "Die Proben dauern Wochen. Foto: picture alliance / dpa | Michael Kappeler"
    )
    found = people(text)
    credits = {p.name for p in found if p.credit}
    story = {p.name for p in found if not p.credit}
    assert credits == {"Monika Rittershaus", "Michael Kappeler"}
    assert story == {"Kirill Petrenko"}
    assert all(p.roles == () and p.age is None for p in found if p.credit)


@pytest.mark.parametrize(
    "caption",
    [
        "Foto: STR/AFP",
        "Foto: /AP",
        "Foto: dpa",
        "Foto: Getty Images",
        "Foto: Stadt Köln",
        "Bild: Polizei Berlin",
        "Bild: Feuerwehr Essen",
        "Fotos: IMAGO/Sven Simon, REUTERS",
    ],
)
def test_agencies_in_credits_are_no_people(caption: str) -> None:
    text = f"Die Demonstration blieb friedlich. {caption}\nWeitere Kundgebungen sind geplant."
    found = people(text, per=["Sven Simon"])
    assert [p for p in found if not p.credit] == []
    assert {p.name for p in found if p.credit} <= {"Sven Simon"}


@pytest.mark.parametrize(
    "caption",
    ["Bild: Anna Weberling/dpa", "Bilder: Anna Weberling", "Fotografin: Anna Weberling",
     "© Anna Weberling/AFP", "Copyright: Anna Weberling"],
)  # fmt: skip
def test_every_credit_label_of_the_lexicon(caption: str) -> None:
    """ "Bild:" too (the old pattern "Bilder?" matched "Bilde" and "Bilder", not "Bild")."""
    found = people(f"Die Demonstration blieb friedlich. {caption}\nMehr folgt.")
    assert [(p.name, p.credit) for p in found] == [("Anna Weberling", True)]


def test_credit_name_is_not_merged_into_the_story() -> None:
    text = (
        "Der Fotograf Daniel Biskup zeigt Bilder aus der Wendezeit. Foto: Daniel Biskup\n"
        "Biskup fotografierte damals in Leipzig."
    )
    found = people(text)
    story = [p for p in found if not p.credit]
    credit = [p for p in found if p.credit]
    assert [p.name for p in story] == ["Daniel Biskup"]
    assert [p.name for p in credit] == ["Daniel Biskup"]
    assert story[0].roles == ("Fotograf",)
    assert len(story[0].mentions) == 2


def test_credit_name_direct() -> None:
    assert credit_name("Monika Rittershaus") == "Monika Rittershaus"
    assert credit_name("Ursula von der Leyen") == "Ursula von der Leyen"
    for item in ("picture alliance", "Getty Images", "Stadt Köln", "Polizei Berlin",
                 "Anna", "Anna Maria Berg Weber Schulz", "von Berg", "Anna DPA"):  # fmt: skip
        assert credit_name(item) is None, item


def test_credit_name_with_a_first_name_that_is_a_verb_form() -> None:
    assert credit_name("Lasse Tillmanns") == "Lasse Tillmanns"  # "lasse": a verb form
    assert credit_name("Lasse Berg") is None  # "Berg" is a noun: not surely a name


def test_credit_people_blocks_the_credit_line() -> None:
    text = "Scholz sprach. Foto: Anna Weberling/dpa\nMerz antwortete."
    doc = view(text)
    found = credit_people(text, doc)
    start = text.index("Anna")
    assert found == [("Anna Weberling", start, start + len("Anna Weberling"))]
    blocked = [w for w, b in zip(doc.words, doc.blocked, strict=True) if b]
    assert blocked == ["Foto", ":", "Anna", "Weberling", "/", "dpa"]


def test_credit_ends_after_an_agency_before_the_story() -> None:
    text = "Foto: dpa Bundeskanzler Olaf Scholz sagte das."
    doc = view(text)
    assert credit_people(text, doc) == []
    assert [w for w, b in zip(doc.words, doc.blocked, strict=True) if b] == ["Foto", ":", "dpa"]


def test_credit_label_pattern_is_built_from_the_lexicon() -> None:
    for label in lex.CREDIT_LABELS:
        assert CREDIT_LABEL.match(f"{label}: Anna"), label
        assert CREDIT_LABEL.match(f"{label} : Anna"), label
    assert CREDIT_LABEL.match("© Anna")
    assert not CREDIT_LABEL.search("Pressefoto: Anna")
    assert not CREDIT_LABEL.search("Quelle: Anna")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Von Anna Berg und Paul Sander", {"Anna Berg", "Paul Sander"}),
        ("Von Anna Berg, Brüssel", {"Anna Berg"}),
        ("Ein Kommentar von Paul Sander", {"Paul Sander"}),
        ("Eine Analyse von Anna Berg & Paul Sander", {"Anna Berg", "Paul Sander"}),
    ],
)
def test_byline_authors_are_credits(byline: str, authors: set[str]) -> None:
    text = byline + "\nDie Ministerin Carla Stein besuchte am Montag eine Schule in Kiel."
    found = people(text, per=[*authors, "Carla Stein"])
    assert {p.name for p in found if p.credit} == authors
    assert {p.name for p in found if not p.credit} == {"Carla Stein"}


def test_sentence_starting_with_von_is_no_byline() -> None:
    text = "Der Historiker Kurt von Bredow lehrt in Kiel.\nVon Bredow schreibt über die Hanse."
    found = people(text, per=["Kurt von Bredow"])
    assert not [p for p in found if p.credit]


def test_byline_with_a_first_name_that_is_a_word() -> None:
    text = "Von Marlene Oppitz und Till Jaspersen\nDer Minister Jan Ohlsen reiste nach Kiel."
    found = people(text)
    assert {p.name for p in found if p.credit} == {"Marlene Oppitz", "Till Jaspersen"}


def test_byline_with_academic_titles() -> None:
    text = "Ein Gastbeitrag von Prof. Dr. Helmut Tiedtke\nDie Ministerin Carla Stein schweigt."
    found = people(text, per=["Helmut Tiedtke", "Carla Stein"])
    assert {p.name for p in found if p.credit} == {"Helmut Tiedtke"}


def test_byline_with_a_first_name_the_lexicon_lacks() -> None:
    text = "Von Ruvan Ahlgrimm, Schwerin\nDie Ministerin Carla Stein besuchte eine Schule."
    found = people(text, per=["Carla Stein"])
    assert {p.name for p in found if p.credit} == {"Ruvan Ahlgrimm"}
    assert {p.name for p in found if not p.credit} == {"Carla Stein"}


def test_line_of_an_institution_after_von_is_no_byline() -> None:
    text = "Von Polizei Rostock\nDer Minister Jan Ohlsen reiste nach Kiel."
    found = people(text, per=["Jan Ohlsen"])
    assert not [p for p in found if p.credit]


@pytest.mark.parametrize(
    "caption", ["Foto: APA/BARBARA GINDL", "Foto: APA / HANS KLAUS TECHT", "Foto: APA/EXPA"]
)
def test_name_in_capitals_after_an_agency(caption: str) -> None:
    found = people(f"Die Donau trat über die Ufer. {caption}\nMehr folgt.")
    assert [p for p in found if not p.credit] == []
    names = {p.name for p in found if p.credit}
    assert names == ({caption.split("/")[-1].strip()} if "EXPA" not in caption else set())


def test_first_name_that_is_a_word_before_a_surname_in_a_credit() -> None:
    assert credit_name("Benedikt Sauerwald") == "Benedikt Sauerwald"
    found = people("Die 57-Jährige verwies auf Familien. Foto: IMAGO / Benedikt Sauerwald")
    assert [(p.name, p.credit) for p in found] == [("Benedikt Sauerwald", True)]
    assert credit_name("Feuerwehr Hameln") is None  # an institution


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Von K. L. Ostermeyer und Ida Wempe", {"K. L. Ostermeyer", "Ida Wempe"}),
        ("Von T. Harmsen", {"T. Harmsen"}),
    ],
)
def test_byline_with_initials(byline: str, authors: set[str]) -> None:
    text = byline + "\nDer Minister Jan Ohlsen reiste nach Kiel."
    found = people(text)
    assert {p.name for p in found if p.credit} == authors


def test_byline_initials_before_a_place_are_no_name() -> None:
    text = "Von A. Berlin\nDer Minister Jan Ohlsen reiste nach Kiel."
    assert not [p for p in people(text) if p.credit]


def test_credit_in_brackets_ends_at_the_closing_bracket() -> None:
    text = (
        "Bürgermeister Jonas Brück kam.\n"
        "Bildunterschrift: Übergabe am Rathaus (Foto: Theda Kornmüller)"
    )
    credits = [p.name for p in people(text, per=["Jonas Brück"]) if p.credit]
    assert credits == ["Theda Kornmüller"]


def test_interview_label_credits_the_interviewer() -> None:
    text = (
        "Interview: Lena Vosskamp\n"
        "Seit einem Jahr ist Jonas Rieder Bürgermeister. Im Gespräch erzählt er vom Amt."
    )
    found = people(text)
    assert {p.name for p in found if p.credit} == {"Lena Vosskamp"}
    assert {p.name for p in found if not p.credit} == {"Jonas Rieder"}


def test_interview_label_over_the_person_who_speaks_is_no_credit() -> None:
    text = (
        "Interview: Jonas Rieder\n"
        "Seit einem Jahr ist Jonas Rieder Bürgermeister. Rieder spricht über sein Amt."
    )
    found = people(text)
    assert not any(p.credit for p in found)
    assert {p.name for p in found} == {"Jonas Rieder"}


def test_interview_label_name_inside_another_word_is_no_mention() -> None:
    # "Roth" inside "Rothenburg" is not the interviewer named in the text
    text = (
        "Interview: Karl Roth\n"
        "Seit einem Jahr ist Jonas Rieder Bürgermeister von Rothenburg. Rieder spricht."
    )
    found = people(text)
    assert {p.name for p in found if p.credit} == {"Karl Roth"}


def test_interview_label_over_a_lede_without_a_name_stays_a_credit() -> None:
    # "Interview: A" credits the interviewer; a lede about an unnamed "sie" or "Die
    # 44-Jährige" does not make A the interviewee (that gave the journalist her role)
    for lede in (
        "Seit einem Jahr ist sie Bürgermeisterin. Im Gespräch erzählt sie vom Amt.",
        "Die 44-Jährige leitet seit Mai die Polizei.",
    ):
        found = people("Interview: Lena Vosskamp\n" + lede)
        assert {p.name for p in found if p.credit} == {"Lena Vosskamp"}
        assert not any(p.roles for p in found)


def test_interview_label_over_a_lede_with_a_plural_sie_stays_a_credit() -> None:
    text = (
        "Interview: Lena Vosskamp\n"
        "Die Preise steigen, und sie werden weiter steigen, sagt der Ökonom Jonas Rieder."
    )
    found = people(text)
    assert {p.name for p in found if p.credit} == {"Lena Vosskamp"}


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Eine Analyse von Prof. Jens K. Hollmann\nDer Haushalt wächst.", "Jens K. Hollmann"),
        ("Foto: Mira T. Sandvoss\nDer Haushalt wächst.", "Mira T. Sandvoss"),
    ],
)
def test_credit_with_a_middle_initial(text: str, credit: str) -> None:
    found = people(text)
    assert [p.name for p in found if p.credit] == [credit]
    assert not [p for p in found if not p.credit]


def test_an_initial_only_in_the_middle_of_a_credit_name() -> None:
    assert credit_name("Mira T. Sandvoss") == "Mira T. Sandvoss"
    assert credit_name("Mira Sandvoss T.") is None
