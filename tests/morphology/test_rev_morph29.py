"""Session 29 review (rev_morph29): the engine's rules of session 28 on tagged tables,
independent of the tagger (a weekday tagged a name, a verb after a past one)."""

from __future__ import annotations

from tests.morphology.test_engine import at, table


def test_am_and_a_superlative_before_a_weekday_tagged_a_name_is_its_phrase() -> None:
    # the tagger may call a weekday a name; the noun table knows it as a common noun
    t = table(
        "Die/der/DET Wahl/Wahl/NOUN ist/sein/AUX am/an/ADP nächsten/nah/ADJ "
        "Sonntag/Sonntag/PROPN ././PUNCT"
    )
    assert at(t, "nächsten").shown.get("Case") == ("Dat",)
    # a name the tagger called a noun takes no "am" + superlative
    t = table(
        "Davon/davon/ADV dürfte/dürfen/AUX am/an/ADP meisten/viel/ADJ "
        "Kowalski/Kowalski/NOUN profitieren/profitieren/VERB ././PUNCT"
    )
    assert at(t, "meisten").shown == {"Degree": ("Sup",)}


def test_a_present_verb_after_a_past_one_is_a_participle_only_before_its_agent() -> None:
    t = table(
        "Die/der/DET Firma/Firma/NOUN verkaufte/verkaufen/VERB Land/Land/NOUN ,/,/PUNCT "
        "investiert/investieren/VERB heute/heute/ADV in/in/ADP Stahl/Stahl/NOUN ././PUNCT"
    )
    assert at(t, "investiert").shown.get("VerbForm") != ("Part",)
    t = table(
        "Die/der/DET Firma/Firma/NOUN verkaufte/verkaufen/VERB Land/Land/NOUN ,/,/PUNCT "
        "begleitet/begleiten/VERB von/von/ADP Protesten/Protest/NOUN ././PUNCT"
    )
    assert at(t, "begleitet").shown.get("VerbForm") == ("Part",)


def test_uhr_after_a_number_is_singular() -> None:
    t = table(
        "Der/der/DET Laden/Laden/NOUN öffnet/öffnen/VERB um/um/ADP 9/9/NUM Uhr/Uhr/NOUN ././PUNCT"
    )
    assert at(t, "Uhr").shown["Number"] == ("Sing",)
    t = table("Er/er/PRON besitzt/besitzen/VERB 12/12/NUM Uhren/Uhr/NOUN ././PUNCT")
    assert at(t, "Uhren").shown["Number"] == ("Plur",)


def test_a_3rd_singular_past_after_a_konjunktiv_i_is_the_indicative() -> None:
    t = table(
        "Er/er/PRON sagte/sagen/VERB ,/,/PUNCT man/man/PRON müsse/müssen/AUX "
        "handeln/handeln/VERB ,/,/PUNCT und/und/CCONJ die/der/DET Stadt/Stadt/NOUN "
        "reagierte/reagieren/VERB sofort/sofort/ADV ././PUNCT"
    )
    assert at(t, "reagierte").shown.get("Mood") == ("Ind",)
