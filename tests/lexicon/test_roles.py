"""Role nouns (app/lexicon/roles.py)."""

from __future__ import annotations

import pytest

from app.lexicon.roles import (
    adjective_stem,
    analyze_plural_role,
    analyze_role,
    council_member,
    feminine_role,
    inflect_qualifier,
    is_company_role,
    is_role_word,
    masculine_role,
    qualifier_stem,
)


@pytest.mark.parametrize(
    ("word", "article", "base", "gender"),
    [("Präsident", None, "Präsident", "m"), ("Präsidentin", None, "Präsidentin", "f"),
     ("Ex-Präsidenten", None, "Ex-Präsident", "m"), ("Kreml-Despot", None, "Kreml-Despot", "m"),
     ("Ministerpräsidentin", None, "Ministerpräsidentin", "f"),
     ("Vorsitzende", "der", "Vorsitzender", "m"), ("Vorsitzende", "die", "Vorsitzende", "f"),
     ("Vorsitzenden", "dem", "Vorsitzender", "m"), ("Vorsitzenden", "der", "Vorsitzende", "f"),
     ("Konzernchef", None, "Konzernchef", "m"), ("Meteorologin", None, "Meteorologin", "f"),
     ("Lobbyisten", None, "Lobbyist", "m")],
)  # fmt: skip
def test_analyze_role_gives_base_form_and_gender(
    word: str, article: str | None, base: str, gender: str
) -> None:
    role = analyze_role(word, article)
    assert role is not None and (role.base, role.gender) == (base, gender)
    assert role.text == word


@pytest.mark.parametrize(
    "word",
    ["Ministerinnen", "Lautsprecher", "Apparat", "Tisch", "präsident", "G7", "Konstantin", "Ab"],
)
def test_no_role(word: str) -> None:
    assert analyze_role(word) is None  # plurals, things, short heads, lowercase, names


def test_digits_only_in_a_prefix_of_letters() -> None:
    role = analyze_role("U21-Nationalspieler")
    assert role is not None and role.base == "U21-Nationalspieler"
    assert analyze_role("61-Jährige") is None  # an age noun, no role
    assert analyze_role("Nationalspieler2") is None


def test_role_kinds() -> None:
    assert analyze_role("Österreicher") is not None
    assert analyze_role("Österreicher").kind == "demonym"  # type: ignore[union-attr]
    assert analyze_role("Vorsitzender").kind == "adj"  # type: ignore[union-attr]


def test_is_role_word_is_the_lexicon_without_first_names() -> None:
    assert is_role_word("Präsident") and is_role_word("Gemeinderätin")
    assert is_role_word("Österreicher")  # demonyms too
    assert analyze_role("Stefan") is not None  # "Ste" + "Fan" ...
    assert not is_role_word("Stefan")  # ... but a known first name is no role word
    assert not is_role_word("Tisch")


def test_company_roles() -> None:
    for word in ("Autobauer", "Onlinehändler", "Risikokapitalgeber", "Spielzeughersteller"):
        role = analyze_role(word)
        assert role is not None and is_company_role(role), word
    assert not is_company_role(analyze_role("Kanzler"))  # type: ignore[arg-type]


def test_adjective_and_qualifier_stems() -> None:
    assert adjective_stem("ehemaligen") == "ehemalig"
    assert adjective_stem("Ehemaligen") is None and adjective_stem("und") is None
    assert qualifier_stem("früheren") == "früher"
    assert qualifier_stem("dreimalige") == "dreimalig"
    assert qualifier_stem("französischen") == "französisch"
    assert qualifier_stem("großen") is None  # no meaning-changing adjective
    assert qualifier_stem("zwischen") is None


def test_inflect_qualifier() -> None:
    assert inflect_qualifier("ehemalig", "m") == "ehemaliger"
    assert inflect_qualifier("ehemalig", "f") == "ehemalige"
    assert inflect_qualifier("ehemalig", None) == "ehemalige"


@pytest.mark.parametrize(
    ("word", "base", "gender"),
    [
        ("Ministerinnen", "Ministerin", "f"),
        ("Stadträtinnen", "Stadträtin", "f"),
        ("Ratsfrauen", "Ratsfrau", "f"),
        ("Feuerwehrmänner", "Feuerwehrmann", "m"),
        ("Feuerwehrfrauen", "Feuerwehrfrau", "f"),
    ],
)
def test_plural_roles_give_the_singular(word: str, base: str, gender: str) -> None:
    role = analyze_plural_role(word)
    assert role is not None
    assert (role.base, role.gender) == (base, gender)


@pytest.mark.parametrize(
    ("word", "base", "gender"),
    [
        ("Ärzte", "Arzt", None),  # five letters (session 33, rev_roles33)
        ("Zahnärzte", "Zahnarzt", None),
        ("Schwestern", "Schwester", "f"),  # kin keeps its gender
        ("Brüder", "Bruder", "m"),
        ("Töchter", "Tochter", "f"),
    ],
)
def test_short_and_kin_plurals_give_the_singular(word: str, base: str, gender: str | None) -> None:
    role = analyze_plural_role(word)
    assert role is not None
    assert (role.base, role.gender) == (base, gender)


@pytest.mark.parametrize("word", ["Prof.", "Gäste", "Eltern", "Räte", "Kinder"])
def test_abbreviations_and_non_roles_are_no_plural_roles(word: str) -> None:
    assert analyze_plural_role(word) is None


@pytest.mark.parametrize("word", ["Gemeindeammann", "Landammann", "Stadtammann"])
def test_swiss_ammann_titles_are_roles(word: str) -> None:
    role = analyze_role(word)
    assert role is not None and role.base == word
    assert analyze_role("Ammann") is None  # a Swiss surname ("Simon Ammann")


def test_plain_frauen_and_maenner_are_no_roles() -> None:
    assert analyze_plural_role("Frauen") is None
    assert analyze_plural_role("Männer") is None


def test_jumpers_and_operators_are_roles_not_demonyms() -> None:
    for word in ("Weitspringerin", "Hochspringer", "Kraftwerksbetreiber"):
        role = analyze_role(word)
        assert role is not None and role.kind == "noun", word


def test_place_adjective_in_sch_is_a_qualifier() -> None:
    assert qualifier_stem("hannoverschen") == "hannoversch"
    assert qualifier_stem("falschen") is None
    assert qualifier_stem("hübsche") is None


@pytest.mark.parametrize(
    ("masculine", "feminine"),
    [
        ("Ministerpräsident", "Ministerpräsidentin"),
        ("Stadtrat", "Stadträtin"),
        ("Ex-Präsident", "Ex-Präsidentin"),
        ("Anwalt", "Anwältin"),
        ("Feuerwehrmann", "Feuerwehrfrau"),
    ],
)
def test_feminine_role(masculine: str, feminine: str) -> None:
    assert feminine_role(masculine) == feminine


def test_feminine_role_none_for_kin_adjectival_and_unknown() -> None:
    assert feminine_role("Sohn") is None
    assert feminine_role("Abgeordneter") is None
    assert feminine_role("Bariton") is None


def test_retired_is_a_qualifier_that_stays_in_the_role() -> None:
    assert qualifier_stem("pensionierte") == "pensioniert"
    assert qualifier_stem("emeritierten") == "emeritiert"


def test_smith_compounds_are_roles() -> None:
    role = analyze_role("Goldschmied")
    assert role is not None and role.base == "Goldschmied" and role.gender == "m"


@pytest.mark.parametrize(
    ("word", "base", "gender"),
    [("Ex-Frau", "Ex-Frau", "f"), ("Exfrau", "Exfrau", "f"), ("Ex-Mannes", "Ex-Mann", "m"),
     ("Exmann", "Exmann", "m")],
)  # fmt: skip
def test_ex_before_mann_or_frau_is_a_former_spouse(word: str, base: str, gender: str) -> None:
    role = analyze_role(word)
    assert role is not None and (role.base, role.gender, role.kind) == (base, gender, "family")
    assert analyze_role("Frau") is None and analyze_role("Exil") is None


@pytest.mark.parametrize(
    ("word", "article", "base", "gender"),
    [("Kreisbeigeordnete", "der", "Kreisbeigeordneter", "m"),
     ("Kreisbeigeordnete", "die", "Kreisbeigeordnete", "f"),
     ("Beigeordneten", "dem", "Beigeordneter", "m"),
     ("Postbeamte", "der", "Postbeamter", "m"),
     ("Abnahmebeamte", "der", "Abnahmebeamter", "m"),
     ("Postbeamtin", "die", "Postbeamtin", "f")],
)  # fmt: skip
def test_participle_and_beamte_nouns_inflect_like_adjectives(
    word: str, article: str, base: str, gender: str
) -> None:
    role = analyze_role(word, article)
    assert role is not None and (role.base, role.gender) == (base, gender)


def test_a_noun_pair_without_a_participle_ending_stays_a_noun() -> None:
    widow = analyze_role("Witwe", "die")
    assert widow is not None and (widow.base, widow.kind) == ("Witwe", "noun")
    widower = analyze_role("Witwer", "der")
    assert widower is not None and (widower.base, widower.kind) == ("Witwer", "noun")


def test_a_demonym_form_wins_over_a_plain_noun_sharing_it() -> None:
    polin = analyze_role("Polin", "die")
    assert polin is not None and (polin.base, polin.kind) == ("Polin", "demonym")
    pole = analyze_role("Polen", "den")
    assert pole is not None and (pole.base, pole.kind) == ("Pole", "demonym")
    # a plain role noun that is no demonym stays a noun
    coach = analyze_role("Trainerin", "die")
    assert coach is not None and coach.kind == "noun"


def test_council_title_before_a_first_name() -> None:
    from app.lexicon.roles import council_title, is_role_word

    title = council_title("Stadtbrandrat", "Josef")
    assert title is not None and (title.base, title.gender) == ("Stadtbrandrat", "m")
    assert council_title("Wirtschaftslandesrat", "Florian") is not None
    assert is_role_word("Kreisrat", "Anton") and not is_role_word("Kreisrat")
    assert is_role_word("Kreisbrandrat")  # a rank of the lexicon since session 31
    # a body, not before a first name; a short or unknown modifier
    assert council_title("Sicherheitsrat", "verurteilte") is None
    assert council_title("Vorrat", "Josef") is None
    assert council_title("Verrat", "Josef") is None


@pytest.mark.parametrize(
    ("word", "base", "gender"),
    [("Französin", "Französin", "f"), ("Franzosen", "Franzose", "m"), ("Schotte", "Schotte", "m")],
)
def test_weak_demonyms_the_dictionary_lacks(word: str, base: str, gender: str) -> None:
    role = analyze_role(word)
    assert role is not None and (role.kind, role.base, role.gender) == ("demonym", base, gender)


@pytest.mark.parametrize("word", ["Tessinerin", "Bernerin", "Kielerin"])
def test_unlisted_erin_of_a_place_is_a_demonym(word: str) -> None:
    role = analyze_role(word)
    assert role is not None and role.kind == "demonym"


def test_unlisted_erin_of_no_place_stays_a_role() -> None:
    role = analyze_role("Schraubenwicklerin")
    assert role is not None and role.kind == "noun"


def test_inspector_ranks_are_roles() -> None:
    role = analyze_role("Revierinspektorin")
    assert role is not None and (role.base, role.gender) == ("Revierinspektorin", "f")


@pytest.mark.parametrize(
    ("word", "gender"),
    [
        ("Hebamme", "f"),
        ("Sachwalterin", "f"),
        ("Schornsteinfeger", "m"),
        ("Gerichtsvollzieherin", "f"),
        ("Schöffe", "m"),
        ("Nonne", "f"),
        ("Pröpstin", "f"),
    ],
)
def test_professions_added_in_session_27(word: str, gender: str) -> None:
    role = analyze_role(word)
    assert role is not None and role.kind == "noun" and role.gender == gender


@pytest.mark.parametrize("word", ["Limburger", "Magdeburger", "Regensburger"])
def test_burg_compounds_are_demonyms(word: str) -> None:
    role = analyze_role(word)
    assert role is not None and role.kind == "demonym"
    assert analyze_role("Bürger") is not None and analyze_role("Bürger").kind == "noun"


@pytest.mark.parametrize(
    ("word", "base", "gender"),
    [
        ("Fährmann", "Fährmann", "m"),
        ("Fährfrau", "Fährfrau", "f"),
        ("Justiziarin", "Justiziarin", "f"),
        ("Justitiars", "Justitiar", "m"),
        ("Ombudsfrau", "Ombudsfrau", "f"),
        ("Staatsrats", "Staatsrat", "m"),
        ("Regierungsrätin", "Regierungsrätin", "f"),
    ],
)
def test_professions_added_in_session_29(word: str, base: str, gender: str) -> None:
    role = analyze_role(word)
    assert role is not None and role.kind == "noun"
    assert (role.base, role.gender) == (base, gender)


@pytest.mark.parametrize(
    ("word", "base", "gender", "kind"),
    [
        ("Reeder", "Reeder", "m", "noun"),
        ("Reederin", "Reederin", "f", "noun"),
        ("Mäzens", "Mäzen", "m", "noun"),
        ("Mäzenin", "Mäzenin", "f", "noun"),
        # handball/football wing positions: one form for both genders
        ("Linksaußen", "Linksaußen", None, "neuter"),
        ("Rechtsaußen", "Rechtsaußen", None, "neuter"),
    ],
)
def test_person_nouns_added_in_session_30(
    word: str, base: str, gender: str | None, kind: str
) -> None:
    role = analyze_role(word)
    assert role is not None
    assert (role.base, role.gender, role.kind) == (base, gender, kind)


def test_council_member_without_a_name_after_it() -> None:
    role = council_member("Bundesrat")
    assert role is not None and (role.base, role.gender) == ("Bundesrat", "m")
    assert council_member("Vorrat") is None
    assert council_member("Verrat") is None


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("Oberstleutnant", "Oberstleutnant"),
        ("Hauptfeldwebel", "Hauptfeldwebel"),
        ("Brandoberrat", "Brandoberrat"),
        ("Stadtbrandoberrat", "Stadtbrandoberrat"),
        ("Kriminaloberrätin", "Kriminaloberrätin"),
    ],
)
def test_ranks_are_roles(word: str, base: str) -> None:
    # session 31: ranks before a name are roles in the gold conventions ("Oberst" in p13)
    role = analyze_role(word)
    assert role is not None and role.base == base and role.kind == "noun"


def test_major_is_no_role() -> None:
    assert analyze_role("Major") is None  # also a surname ("John Major")


@pytest.mark.parametrize("word", ["Regens", "Kreuzkantor", "Thomaskantorin", "Nuntius"])
def test_church_offices_are_roles(word: str) -> None:
    role = analyze_role(word)
    assert role is not None and role.kind == "noun"


def test_ranked_ordinal_compounds() -> None:
    role = analyze_role("Weltranglistenvierter")
    assert role is not None and role.base == "Weltranglistenvierter" and role.kind == "adj"
    role = analyze_role("Weltranglistenvierten", "den")
    assert role is not None and role.base == "Weltranglistenvierter"
    role = analyze_role("Ranglistenzehnte", "die")
    assert role is not None and role.gender == "f"
    assert analyze_role("Vierter") is None  # a place in one race, no role
    assert analyze_role("Weltranglistenpunkte") is None


def test_ethicists() -> None:
    role = analyze_role("Medizinethiker")
    assert role is not None and role.base == "Medizinethiker" and role.gender == "m"
    assert analyze_role("Ethik") is None


@pytest.mark.parametrize(
    "word", ["Kärntnerin", "Bremerin", "Dresdnerin", "Münchnerin", "Steirerin", "Vorarlbergerin"]
)
def test_demonyms_of_places_in_en_roles32b(word: str) -> None:
    """A place in "-en" drops it before "-erin" (Kärnten -> Kärntnerin): a demonym."""
    role = analyze_role(word, "die")
    assert role is not None and role.kind == "demonym"


@pytest.mark.parametrize("word", ["Gärtnerin", "Rentnerin", "Schneiderin", "Lehrerin"])
def test_trades_in_erin_stay_nouns_roles32b(word: str) -> None:
    role = analyze_role(word, "die")
    assert role is not None and role.kind == "noun"


@pytest.mark.parametrize(
    ("word", "stem"),
    [("mitangeklagter", "mitangeklagt"), ("mitverurteilte", "mitverurteilt")],
)
def test_co_accused_qualifiers_roles32b(word: str, stem: str) -> None:
    assert qualifier_stem(word) == stem


@pytest.mark.parametrize("word", ["mittlerer", "mitreißende", "mitleidige"])
def test_other_mit_adjectives_no_qualifiers_roles32b(word: str) -> None:
    assert qualifier_stem(word) is None


@pytest.mark.parametrize(
    ("word", "gender"),
    [
        ("Ordensfrau", "f"),
        ("Marktfrau", "f"),
        ("Putzfrau", "f"),
        ("Ordensmann", "m"),
        ("Vertrauensmann", "m"),
        ("Aktionärin", "f"),
        ("Mehrheitsaktionär", "m"),
        ("Kontrahent", "m"),
        ("Kontrahenten", "m"),
    ],
)
def test_person_compounds_and_weak_masculines_people33(word: str, gender: str) -> None:
    role = analyze_role(word)
    assert role is not None and role.kind == "noun" and role.gender == gender


@pytest.mark.parametrize(
    "word",
    [
        *("Jungfrau", "Baumann", "Bergmann", "Hofmann", "Zimmermann", "Hülsmann"),
        *("Bertelsmann", "Moment", "Elefant", "Kontinent", "Garant", "Erfolgsgarant"),
    ],
)
def test_surnames_and_things_are_no_roles_people33(word: str) -> None:
    assert analyze_role(word) is None


def test_a_compatriot_is_no_reported_role_people33() -> None:
    role = analyze_role("Landsmann")
    assert role is not None and role.kind == "demonym"


@pytest.mark.parametrize("word", ["Burger", "Pol", "Bot", "Fries", "Wascher", "Dan", "Bourbon"])
def test_things_whose_umlaut_or_e_form_is_a_role_are_no_roles(word: str) -> None:
    # "Bürgerin" is the feminine of "Bürger", "Polin" of "Pole": not of a burger or a pole
    assert analyze_role(word) is None
    assert feminine_role(word) is None


@pytest.mark.parametrize(
    ("masc", "fem"),
    [("Bürger", "Bürgerin"), ("Bote", "Botin"), ("Friese", "Friesin"), ("Wäscher", "Wäscherin")],
)
def test_real_masculines_keep_their_feminine(masc: str, fem: str) -> None:
    assert feminine_role(masc) == fem
    assert masculine_role(fem) == masc


def test_polin_is_no_feminine_of_pol() -> None:
    assert masculine_role("Polin") != "Pol"
    role = analyze_role("Polin")
    assert role is not None and role.kind == "demonym"


@pytest.mark.parametrize("word", ["Habsburger", "Luxemburger", "Marburger", "Hamburger"])
def test_burg_demonyms_stay_demonyms_without_burger_row(word: str) -> None:
    role = analyze_role(word)
    assert role is not None and role.kind == "demonym"
