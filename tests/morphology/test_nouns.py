"""A noun form by itself: lemma, gender, plural, cells; compounds, -in forms, names."""

from __future__ import annotations

from app.morphology.nouns import ADJECTIVAL, NAME, NOUN, read_noun, table_gender


def cells(form: str, hint: str = "") -> set[tuple[str, str]]:
    return {(b[0], b[1]) for b in read_noun(form, hint).bundles}


def test_table_noun() -> None:
    r = read_noun("Bündnisses")
    assert (r.lemma, r.genders, r.plural, r.kind) == ("Bündnis", "n", "Bündnisse", NOUN)
    assert cells("Bündnisses") == {("Gen", "Sing")}


def test_compounds_take_their_head() -> None:
    r = read_noun("Angriffskrieges", "Angriffskrieg")
    assert (r.lemma, r.genders, r.plural) == ("Angriffskrieg", "m", "Angriffskriege")
    assert cells("Angriffskrieges") == {("Gen", "Sing")}
    r = read_noun("US-Wahl")
    assert (r.lemma, r.genders, r.plural) == ("US-Wahl", "f", "US-Wahlen")
    r = read_noun("Militärbündnis")
    assert (r.genders, r.plural) == ("n", "Militärbündnisse")


def test_feminine_forms() -> None:
    r = read_noun("Gouverneurinnen")
    assert (r.lemma, r.genders, r.plural) == ("Gouverneurin", "f", "Gouverneurinnen")
    assert {n for _, n in cells("Gouverneurinnen")} == {"Plur"}


def test_adjectival_nouns_keep_the_form_after_the_article() -> None:
    for form in ("Beamte", "Beamter", "Beamten"):
        r = read_noun(form)
        assert (r.lemma, r.kind, r.plural) == ("Beamte", ADJECTIVAL, "Beamten")
    r = read_noun("US-Beamte", "US-Beamter")
    assert r.lemma == "US-Beamte" and r.plural == "US-Beamten"


def test_irregular_plurals() -> None:
    assert read_noun("Fachleute").lemma == "Fachmann"
    assert read_noun("Museen").lemma == "Museum"


def test_unknown_capitalised_word_is_a_name() -> None:
    r = read_noun("Peskow")
    assert r.kind == NAME and r.genders == "" and r.plural is None
    r = read_noun("Peskow", in_dictionary=True, ding_gender="m")
    assert r.kind != NAME and r.genders == "m"


def test_two_lemmas_stay_available() -> None:
    r = read_noun("Rechtsfällen")
    lemmas = {r.lemma, *(o.lemma for o in r.others)}
    assert "Rechtsfall" in lemmas


def test_infinitive_used_as_a_noun() -> None:
    r = read_noun("Eingreifen")
    assert (r.lemma, r.genders) == ("Eingreifen", "n")  # not "Ein" + the plural of "Greif"
    assert read_noun("Bestehens").lemma == "Bestehen"
    r = read_noun("Bleiben")  # the plural of "Bleibe", or "das Bleiben": the phrase decides
    assert ("Bleiben", "n") in [(o.lemma, o.genders) for o in r.others]


def test_compound_split_with_a_known_first_part_goes_first() -> None:
    # "Pflege" + "Hilfe" (die), not the longer head "Pfle" + "Gehilfe" (der)
    r = read_noun("Pflegehilfe")
    assert (r.lemma, r.genders, r.head) == ("Pflegehilfe", "f", "Hilfe")
    # an unknown first part still needs a long head: a name stays a name
    assert read_noun("Habeck").kind == NAME


def test_two_letter_noun_as_first_part_and_verbal_noun_heads() -> None:
    r = read_noun("Ölbremse")
    assert (r.genders, r.head, r.plural) == ("f", "Bremse", "Ölbremsen")
    r = read_noun("Feuerlöschen")  # Feuer + das Löschen
    assert (r.lemma, r.genders, r.kind) == ("Feuerlöschen", "n", NOUN)
    assert cells("Feuerlöschen") <= {("Nom", "Sing"), ("Acc", "Sing"), ("Dat", "Sing")}
    # counterexamples: a two-letter part that is no noun, a name
    assert read_noun("Ostermann").kind == NAME


def test_loanword_suffixes_fix_the_gender_of_unknown_nouns() -> None:
    from app.morphology.nouns import by_suffix

    r = by_suffix("Akkumulatoren")
    assert r is not None and (r.lemma, r.genders, r.plural) == ("Akkumulator", "m", "Akkumulatoren")
    r = by_suffix("Coachings")  # genitive singular or plural
    assert (
        r is not None and r.genders == "n" and {n for _, n, _, _ in r.bundles} == {"Sing", "Plur"}
    )
    r = by_suffix("Awareness")
    assert r is not None and (r.genders, r.plural) == ("f", None)
    assert {n for _, n, _, _ in r.bundles} == {"Sing"}
    # counterexamples: short words and words with capitals inside are not read by suffix
    assert by_suffix("Tor") is None and by_suffix("McKing") is None


def test_diminutives_of_known_nouns_are_neuter() -> None:
    r = read_noun("Problemchen")
    assert (r.lemma, r.genders, r.plural) == ("Problemchen", "n", "Problemchen")
    assert cells("Problemchens") == {("Gen", "Sing")}
    # counterexamples: "-chen" nouns of their own keep their table gender
    assert read_noun("Kuchen").genders == "m" and read_noun("Knochen").genders == "m"
    assert read_noun("Bretzlein").kind == NAME  # no known noun before "-lein"


def test_ium_is_neuter_and_places_in_ien_are_not_its_plural() -> None:
    from app.morphology.nouns import by_suffix

    r = by_suffix("Premium")
    assert r is not None and (r.genders, r.plural) == ("n", None)
    assert by_suffix("Bosnien") is None


def test_the_table_gender_of_a_word_beats_a_dictionary_line_of_another() -> None:
    # a noun the tagger took for a name, whose dictionary line the lookup chose by the
    # tagger's gender: the table's one gender ("das Büro")
    assert table_gender("Büro", "f") == "n"
    assert table_gender("Büro", "n") == "n"
    # the dictionary picks among the lemmas the form fits: "Leuchten" is die Leuchte
    # (plural) or das Leuchten
    assert table_gender("Leuchten", "f") == "f"
    # a word the table lacks keeps the dictionary's; a gender the table's two (der/das
    # Teil) do not include gives none rather than a guess
    assert table_gender("Quarzblub", "m") == "m"
    assert table_gender("Teil", "f") == ""
    assert table_gender("Teil", "n") == "n"


def test_plural_only_nouns_have_no_gender() -> None:
    # the table gives "Lebzeiten" a gender but no singular: no singular article is invented
    r = read_noun("Lebzeiten")
    assert r.genders == "" and {n for _, n in cells("Lebzeiten")} == {"Plur"}
    assert read_noun("Kosten").genders == ""
    # a noun with a singular keeps its gender
    assert read_noun("Zeiten").genders == "f"


def test_a_far_more_common_lemma_goes_before_the_pipelines() -> None:
    # "diesen Typen": der Typ (Zipf 5.0), not the printer's die Type (3.7)
    assert read_noun("Typen", "Type").lemma == "Typ"
    # counterexamples: the pipeline's lemma stays where frequencies do not compare
    assert read_noun("Scherben", "Scherbe").lemma == "Scherbe"  # "scherben" counts the plural
    assert read_noun("Montage", "Montage").lemma == "Montage"  # spelt as the form
    assert read_noun("Germanen", "Germane").lemma == "Germane"  # not in the word list
    assert read_noun("Fällen", "Fall").lemma == "Fall"


def test_an_uninflected_adjective_in_isch_used_as_a_noun_is_a_language() -> None:
    r = read_noun("Finnisch")
    assert (r.lemma, r.genders, r.plural) == ("Finnisch", "n", None)  # not Fin + die Ische
    assert {n for _, n in cells("Finnisch")} == {"Sing"}
    # a noun of the table in "-isch" keeps its own gender
    assert read_noun("Tisch").genders == "m"
    assert read_noun("Fisch").genders == "m"


def test_bare_dative_of_a_noun_whose_table_gives_only_the_old_one() -> None:
    """ "vom Bund": der Bund's table lists only "dem Bunde"; today's dative is "Bund",
    so both genders fit and the phrase or dictionary decides (not das Bund alone)."""
    from app.morphology.nouns import read_noun

    found = read_noun("Bund")
    assert ("Dat", "Sing", "Masc", "def") in found.bundles
    assert ("Dat", "Sing", "Neut", "def") in found.bundles
    # a feminine noun gets no dative from this ("die Hand": no "-e" rule)
    assert ("Dat", "Sing", "Masc", "def") not in read_noun("Hand").bundles


def test_agen_ogen_masculines_also_have_the_plain_plural() -> None:
    # session 26 (morph9a): the table gives only "-wägen", "Bögen"; the plain form is
    # the standard plural ("die Lieferwagen fahren")
    from app.morphology.nouns import read_noun

    for word in ("Lieferwagen", "Bogen"):
        numbers = {b[1] for b in read_noun(word).bundles if b[0] == "Nom"}
        assert numbers == {"Sing", "Plur"}
    assert {b[1] for b in read_noun("Garten").bundles} == {"Sing"}  # die Gärten only


def test_a_compound_of_a_place_is_a_place() -> None:
    # "Norddeutschland": a region named through its country, no article, no plural
    from app.morphology.nouns import PLACE

    r = read_noun("Norddeutschlands")
    assert (r.lemma, r.kind, r.plural) == ("Norddeutschland", PLACE, None)
    assert read_noun("Wahlsieg").kind == NOUN  # a common noun's head stays a noun
