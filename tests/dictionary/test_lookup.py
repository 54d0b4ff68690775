"""The lookup chain and the ranking, on the small database (see support.py)."""

from __future__ import annotations

from pathlib import Path

from app.dictionary import Dictionary
from app.dictionary.build.database import build_database


def test_exact_surface_form_with_its_own_sub_entry(small: Dictionary) -> None:
    info = small.lookup("Waffenlieferungen")
    assert info.match == "exact"
    assert (info.lemma, info.gender, info.article) == ("Waffenlieferung", "f", "die")
    assert info.plural == "Waffenlieferungen"
    assert info.glosses[0] == "deliveries of arms"  # the plural sub-entry comes first
    # the singular is the same English word: the next sense moves up instead
    assert "delivery of arms" not in info.glosses and len(info.glosses) > 1
    assert info.source == "offline dictionary"


def test_exact_headword(small: Dictionary) -> None:
    info = small.lookup("Aaltreppe")
    assert (info.lemma, info.article, info.plural) == ("Aaltreppe", "die", "Aaltreppen")
    assert info.glosses[0] == "eel ladder"
    assert info.pos == "NOUN"


def test_pipeline_lemma_when_the_form_is_unknown(small: Dictionary) -> None:
    info = small.lookup("Aaltreppchens", lemma="Aaltreppe", pos="NOUN")
    assert info.match == "lemma"
    assert info.lemma == "Aaltreppe"
    assert info.glosses[0] == "eel ladder"
    assert info.word == "Aaltreppchens"


def test_simplemma_lemma_for_an_irregular_form(small: Dictionary) -> None:
    info = small.lookup("gibst")
    assert info.match == "simplemma"
    assert info.lemma == "geben"
    assert info.glosses[0] == "to give"


def test_suffix_rules_after_simplemma(small: Dictionary) -> None:
    info = small.lookup("militärischen")
    assert info.match == "rules"
    assert (info.lemma, info.glosses) == ("militärisch", ("military",))
    # Ding has "lobte" only inside an example sentence of "loben"
    lobte = small.lookup("lobte")
    assert (lobte.match, lobte.lemma) == ("rules", "loben")
    assert lobte.glosses[0] == "to praise sb./sth."


def test_case_variants(small: Dictionary) -> None:
    assert small.lookup("POLIZEI").lemma == "Polizei"
    assert small.lookup("POLIZEI").match == "case"
    sentence_start = small.lookup("Oder")
    assert sentence_start.match == "case"
    assert sentence_start.glosses[0] == "or"


def test_pos_selects_among_homographs(small: Dictionary) -> None:
    # "der" is an article and a relative pronoun in Ding; a DET token gets "the"
    assert small.lookup("der", pos="DET").glosses[0] == "the"
    assert small.lookup("dem", pos="DET").glosses[0] == "the"
    assert small.lookup("dem").lemma == "der"


def test_function_words_and_auxiliary_forms(small: Dictionary) -> None:
    assert small.lookup("sich").glosses[0] == "oneself"
    assert small.lookup("am").glosses[:2] == ("at the", "on the")
    wird = small.lookup("wird")
    assert (wird.lemma, wird.glosses[0]) == ("werden", "will")
    hat = small.lookup("hat")
    assert (hat.lemma, hat.glosses[0]) == ("haben", "has")
    assert small.lookup("befand").lemma == "befinden"
    assert small.lookup("befand").headword == "sich befinden"


def test_ranking_sub_entry_of_the_form_before_a_verbal_noun(small: Dictionary) -> None:
    # "Summen": plural of "Summe" (sum) and the verbal noun "das Summen" (buzzing)
    info = small.lookup("Summen")
    assert info.glosses[0] == "sum"
    assert info.lemma == "Summe"


def test_ranking_at_most_five_glosses_without_duplicates(small: Dictionary) -> None:
    for word in ("einstellen", "eingestellt", "der", "Bank", "werden", "mit"):
        glosses = small.lookup(word).glosses
        assert 1 <= len(glosses) <= 5, word
        assert len({g.casefold() for g in glosses}) == len(glosses), word


def test_ranking_senses_keep_labels_and_notes_apart(small: Dictionary) -> None:
    info = small.lookup("Aalpass")
    assert info.glosses[0] == "eel ladder"
    assert info.senses[0].note == "water engineering"
    assert "(" not in info.glosses[0]


def test_ranking_field_labels_go_last(small: Dictionary) -> None:
    info = small.lookup("einstellen")
    assert "to suspend" not in info.glosses[:2]  # [aviat.]
    assert "to adjust sth." not in info.glosses[:2]  # [techn.]


def test_ranking_old_register_goes_last(small: Dictionary) -> None:
    stahl = small.lookup("Stahl")
    assert stahl.glosses[0] == "steel"
    assert stahl.plural == "Stähle"


def test_a_singular_is_not_read_as_a_plural_form(tmp_path: Path) -> None:
    # a line shaped like Ding's adjectival nouns: the plural of the first headword is
    # spelt like the second ("der/die Reisende" and "die Reisenden")
    source = tmp_path / "lines.txt"
    source.write_text(
        "Reisender {m}; Reisende {f}; Fahrgast {m} | Reisende {pl}; Fahrgäste {pl}"
        " :: passenger | passengers\n",
        encoding="utf-8",
    )
    build_database(source, tmp_path / "d.sqlite", lemma_pairs=[])
    dictionary = Dictionary(tmp_path / "d.sqlite")
    singular = dictionary.lookup("Reisende", "Reisende", "NOUN", "Case=Nom|Number=Sing")
    plural = dictionary.lookup("Reisende", "Reisende", "NOUN", "Case=Nom|Number=Plur")
    dictionary.close()
    assert singular.glosses[0] == "passenger"
    assert plural.glosses[0] == "passengers"


def _one_off(tmp_path: Path, lines: str) -> Dictionary:
    source = tmp_path / "lines.txt"
    source.write_text(lines, encoding="utf-8")
    build_database(source, tmp_path / "d.sqlite", lemma_pairs=[])
    return Dictionary(tmp_path / "d.sqlite")


def _first_gloss(tmp_path: Path, other: str) -> str:
    # Ding's "spürbar": a line it heads alone with a rare English word ("ponderable",
    # Zipf 1.1) comes before a line that lists it second
    dictionary = _one_off(
        tmp_path,
        f"spürbar {{adj}} :: ponderable\nmerklich; spürbar {{adj}} :: {other}\n",
    )
    glosses = dictionary.lookup("spürbar", "spürbar", "ADJ").glosses
    dictionary.close()
    assert "ponderable" in glosses  # ranked down at most, never removed
    return glosses[0]


def test_a_rare_english_gloss_yields_to_a_common_one(tmp_path: Path) -> None:
    assert _first_gloss(tmp_path, "noticeable") == "noticeable"  # Zipf 3.8


def test_a_rare_gloss_stays_first_without_a_common_one(tmp_path: Path) -> None:
    assert _first_gloss(tmp_path, "palpable") == "ponderable"  # 2.9: not common either


_SEE = (
    "See {f} | Seen {pl} :: sea | seas\n"
    "Binnensee {m}; See {m} | Binnenseen {pl}; Seen {pl} :: inland lake; lake | lakes\n"
    "auf See :: at sea\n"
)


def test_the_phrase_gender_ranks_the_other_gender_last(tmp_path: Path) -> None:
    # "der See" is a lake, "die See" the sea; the key's gender is the phrase's
    dictionary = _one_off(tmp_path, _SEE)
    masculine = dictionary.lookup("See", "See", "NOUN", "Case=Nom|Gender=Masc|Number=Sing")
    feminine = dictionary.lookup("See", "See", "NOUN", "Case=Nom|Gender=Fem|Number=Sing")
    undecided = dictionary.lookup("See", "See", "NOUN", "Case=Nom|Number=Sing")
    dictionary.close()
    assert masculine.glosses[0] in ("inland lake", "lake") and "sea" in masculine.glosses
    assert masculine.gender == "m"
    assert feminine.glosses[0] == "sea"
    assert undecided.glosses[0] == "sea"  # the phrase does not decide: Ding's order


def test_a_gender_no_line_has_changes_nothing(tmp_path: Path) -> None:
    # the phrase's gender is not among Ding's (the grammar's table disagrees): no line
    # of the word is ranked down, and lines without a gender never are
    dictionary = _one_off(
        tmp_path, "Kiefer {m} :: jaw\nKieferknochen {m}; Kiefer {m} :: jawbone\nauf Kiefer :: x\n"
    )
    plain = dictionary.lookup("Kiefer", "Kiefer", "NOUN", "Case=Nom|Number=Sing")
    other = dictionary.lookup("Kiefer", "Kiefer", "NOUN", "Case=Nom|Gender=Neut|Number=Sing")
    dictionary.close()
    assert other.glosses == plain.glosses


def test_the_gender_is_for_nouns_only(tmp_path: Path) -> None:
    dictionary = _one_off(tmp_path, _SEE)
    adjective = dictionary.lookup("See", "See", "ADJ", "Gender=Masc")
    dictionary.close()
    assert adjective.glosses[0] == "sea"


def test_the_taggers_old_spelling_of_a_lemma_finds_todays(tmp_path: Path) -> None:
    # the tagger's lemma table predates the 1996 reform: "Zuschüsse" -> "Zuschuß"; Ding
    # writes "Zuschuss" and lists no plural form
    dictionary = _one_off(
        tmp_path,
        "Zuschuss {m}; Zulage {f} [fin.] :: subsidy\n"
        "Straße {f} | Straßen {pl} :: street | streets\n",
    )
    old = dictionary.lookup("Zuschüsse", "Zuschuß", "NOUN", "Case=Acc|Number=Plur")
    kept = dictionary.lookup("Straßen", "Straße", "NOUN", "Case=Acc|Number=Plur")
    dictionary.close()
    assert (old.glosses[0], old.lemma) == ("subsidy", "Zuschuss")
    assert (kept.glosses[0], kept.lemma) == ("streets", "Straße")  # a lemma Ding spells so


_PRUEFEN = "etw. prüfen {vt} :: to test sth.\netw. prüfen; untersuchen {vt} :: to examine sth.\n"


def test_the_verbs_noun_in_ung_picks_its_usual_sense(tmp_path: Path) -> None:
    # "Prüfung: examination": the nominalisation is made from the verb's usual sense
    dictionary = _one_off(tmp_path, _PRUEFEN + "Prüfung {f} :: examination\n")
    verb = dictionary.lookup("prüfen", "prüfen", "VERB").glosses
    noun = dictionary.lookup("prüfen", "prüfen", "NOUN").glosses  # a verb's glosses only
    dictionary.close()
    assert verb[0] == "to examine sth."
    assert noun[0] == "to test sth."


def test_without_a_noun_in_ung_dings_order_stays(tmp_path: Path) -> None:
    # no "Prüfung" line, or one whose English is of no gloss's family: nothing moves
    dictionary = _one_off(tmp_path, _PRUEFEN + "Prüfung {f} :: ordeal\n")
    other = dictionary.lookup("prüfen", "prüfen", "VERB").glosses
    dictionary.close()
    assert other[0] == "to test sth."


def test_the_first_gloss_of_the_noun_in_ung_with_a_family_counts(tmp_path: Path) -> None:
    # "Ankündigung: notice; announcement": "notice" is of no gloss's family, the next is
    dictionary = _one_off(
        tmp_path,
        "etw. ankündigen {vt} :: to advertise sth.\n"
        "etw. ankündigen; bekanntgeben {vt} :: to announce sth.\n"
        "Ankündigung {f} :: notice; announcement\n",
    )
    glosses = dictionary.lookup("ankündigen", "ankündigen", "VERB").glosses
    dictionary.close()
    assert glosses[0] == "to announce sth."


def test_a_line_a_noun_phrase_heads_gets_no_family(tmp_path: Path) -> None:
    # "Auswirkungen auf etw. haben; etw. beeinflussen :: to impact on sth." translates
    # the phrase; "Beeinflussung: impact" does not make it the verb's usual sense
    dictionary = _one_off(
        tmp_path,
        "Auswirkungen auf etw. haben; etw. beeinflussen {v} :: to impact on sth.\n"
        "etw. beeinflussen {vt} :: to influence sth.; to sway sth.\n"
        "Beeinflussung {f} :: impact\n",
    )
    glosses = dictionary.lookup("beeinflussen", "beeinflussen", "VERB").glosses
    dictionary.close()
    assert glosses[0] == "to influence sth."


_VERSUCHEN = "etw. versuchen {vt} :: to try sth.; to attempt sth.\nversuchen {vt} :: to tempt\n"


def test_the_bare_stem_noun_keeps_the_verbs_first_sense(tmp_path: Path) -> None:
    # "Versuchung: temptation" comes from a narrow sense; "Versuch: try" names the first
    dictionary = _one_off(
        tmp_path, _VERSUCHEN + "Versuchung {f} :: temptation\nVersuch {m} :: test; try\n"
    )
    glosses = dictionary.lookup("versuchen", "versuchen", "VERB").glosses
    dictionary.close()
    assert glosses[0] == "to try sth."


def test_without_a_bare_stem_noun_the_noun_in_ung_decides(tmp_path: Path) -> None:
    # no "Versuch", or one naming a later gloss only: the -ung noun's choice stands
    alone = _one_off(tmp_path, _VERSUCHEN + "Versuchung {f} :: temptation\n")
    first = alone.lookup("versuchen", "versuchen", "VERB").glosses
    alone.close()
    assert first[0] == "to tempt"
    (tmp_path / "b").mkdir()
    later = _one_off(
        tmp_path / "b", _VERSUCHEN + "Versuchung {f} :: temptation\nVersuch {m} :: attempt\n"
    )
    second = later.lookup("versuchen", "versuchen", "VERB").glosses
    later.close()
    assert second[0] == "to tempt"  # "attempt" names the line's second gloss, not its first


def _glosses(tmp_path: Path, lines: str, *key: str, frame: str = "") -> tuple[str, ...]:
    dictionary = _one_off(tmp_path, lines)
    glosses = dictionary.lookup(*key, frame=frame).glosses
    dictionary.close()
    return tuple(glosses)


def _adverb_glosses(tmp_path: Path, lines: str) -> tuple[str, ...]:
    return _glosses(tmp_path, lines, "merkbar", "merkbar", "ADV")


def test_a_common_adverb_in_ly_comes_before_a_rarer_synonym_of_its_line(tmp_path: Path) -> None:
    # "remarkably" Zipf 3.8, "significantly" 4.5: within one line the common word first
    glosses = _adverb_glosses(tmp_path, "merkbar {adv} :: remarkably; significantly; notably\n")
    assert glosses[:2] == ("significantly", "remarkably")


def test_synonyms_of_like_frequency_keep_dings_order(tmp_path: Path) -> None:
    # "hardly" 4.5, "barely" 4.3: no clear difference, Ding's order stands
    assert _adverb_glosses(tmp_path, "merkbar {adv} :: hardly; barely\n")[0] == "hardly"


def test_the_swap_needs_adverbs_in_ly_of_one_line(tmp_path: Path) -> None:
    # adjectives ("definite" 4.0, "final" 5.0) and separate lines keep Ding's order
    assert _adverb_glosses(tmp_path, "merkbar {adj} :: definite; final\n")[0] == "definite"
    separate = "merkbar {adv} :: remarkably\nmerkbar {adv} :: significantly\n"
    assert _adverb_glosses(tmp_path, separate)[0] == "remarkably"


_FRAME_LINES = (
    "mit etw. zählen {vi} :: to be alert to sth.\n"
    "mit etw. zählen {vt} :: to reckon with sth.\n"
    "zählen {vt} :: to count\n"
)


def test_a_frame_line_that_keeps_the_preposition_comes_first(tmp_path: Path) -> None:
    # "mit" in the clause: of the lines "mit etw. …", the one whose English keeps
    # "with" translates the frame word for word
    glosses = _glosses(tmp_path, _FRAME_LINES, "zählt", "zählen", "VERB", frame="mit")
    assert glosses[0] == "to reckon with sth."


def test_without_the_preposition_in_the_clause_dings_order_stands(tmp_path: Path) -> None:
    glosses = _glosses(tmp_path, _FRAME_LINES, "zählt", "zählen", "VERB")
    assert glosses[0] == "to count"
    assert glosses.index("to be alert to sth.") < glosses.index("to reckon with sth.")


_LINKING_LINES = "sich weisen {vr} :: to be found\nsich weisen; erscheinen {vr} :: to appear\n"


def test_an_adjective_complement_raises_the_linking_verb_line(tmp_path: Path) -> None:
    # "zeigte sich besorgt": the line whose English links subject and adjective
    key = ("wies", "weisen", "VERB")
    plain = _glosses(tmp_path, _LINKING_LINES, *key, frame="sich")
    (tmp_path / "b").mkdir()
    linked = _glosses(tmp_path / "b", _LINKING_LINES, *key, frame="sich +adj")
    assert plain[0] == "to be found"  # without the adjective: Ding's order
    assert linked[0] == "to appear"


_CLAUSE_LINES = (
    "zuräumen {vt} :: to place in; to put away\n"
    "etw. zuräumen {vt} :: to acknowledge sth.; to admit sth.\n"
)


def test_a_proposition_complement_raises_the_line_of_a_that_clause_verb(tmp_path: Path) -> None:
    # "räumte ein, dass …": the line whose English takes a "that" clause, of the verb itself
    key = ("zuräumte", "zuräumen", "VERB")
    plain = _glosses(tmp_path, _CLAUSE_LINES, *key)
    (tmp_path / "b").mkdir()
    clause = _glosses(tmp_path / "b", _CLAUSE_LINES, *key, frame="+dass")
    assert plain[0] == "to place in"  # without the "dass" clause: Ding's order
    assert clause[0] == "to acknowledge sth."


_INFINITIVE_LINES = "zuraten {vi} :: to guess\nzuraten {vt} :: to recommend sb. to do sth.\n"


def test_an_infinitive_clause_raises_the_line_of_a_verb_taking_to_infinitive(
    tmp_path: Path,
) -> None:
    key = ("zurät", "zuraten", "VERB")
    assert _glosses(tmp_path, _INFINITIVE_LINES, *key)[0] == "to guess"
    (tmp_path / "b").mkdir()
    glosses = _glosses(tmp_path / "b", _INFINITIVE_LINES, *key, frame="+zu")
    assert glosses[0] == "to recommend sb. to do sth."


def test_which_english_glosses_take_a_to_infinitive() -> None:
    from app.dictionary.objects import takes_infinitive

    for gloss in ("to advise sth.", "advised", "to recommend sb. to do sth.", "to try"):
        assert takes_infinitive(gloss), gloss
    for gloss in ("to guess", "guessed", "to suggest sth. to sb.", ""):
        assert not takes_infinitive(gloss), gloss


_NOT_PERSON_LINES = "zuliegen {vi} :: to lie\nbei jdm. zuliegen {vi} :: to be up to sb.\n"


def test_a_number_after_the_preposition_is_no_person_of_the_frame_line(tmp_path: Path) -> None:
    # "liegt bei elf Millionen": not "bei jdm. liegen :: to be up to sb."
    key = ("zuliegt", "zuliegen", "VERB")
    assert _glosses(tmp_path, _NOT_PERSON_LINES, *key, frame="bei")[0] == "to be up to sb."
    (tmp_path / "b").mkdir()
    counted = _glosses(tmp_path / "b", _NOT_PERSON_LINES, *key, frame="bei +keinperson:bei")
    assert counted[0] == "to lie"


def test_which_prepositions_have_a_number_as_their_object() -> None:
    from app.dictionary.objects import number_objects, person_only_after

    def clause(text: str) -> list[tuple[str, str, bool]]:
        return [(w.lower(), w.lower(), w[:1].isupper()) for w in text.split()]

    assert number_objects(clause("Das Defizit liege bei gut elf Millionen Euro"), 2) == ["bei"]
    assert number_objects(clause("Die Erhöhung liege bei höchstens 1,65 Euro"), 2) == ["bei"]
    # a person, a noun before the number, the article "ein": none
    assert number_objects(clause("Die Wahl liege bei den Wählern"), 2) == []
    assert number_objects(clause("Er liege bei Tag 3 vorn"), 1) == []
    assert number_objects(clause("Es liege bei ein paar Leuten"), 1) == []
    assert person_only_after("bei jdm. liegen", "bei")
    assert person_only_after("als jd. gelten", "als")
    assert not person_only_after("für jdn./etw. gelten", "für")
    assert not person_only_after("bei etw. liegen", "bei")


def test_an_adjective_after_als_is_no_person() -> None:
    from app.dictionary.objects import quality_after_als

    def clause(text: str) -> list[tuple[str, str, bool]]:
        return [(w.lower(), w.lower(), w[:1].isupper()) for w in text.split()]

    assert quality_after_als(clause("Ein Beschluss gilt als wahrscheinlich"), 2) == ["als"]
    assert quality_after_als(clause("Brücken gelten als dringend sanierungsbedürftig"), 1) == [
        "als"
    ]
    # a noun, a pronoun or article, nothing after "als": maybe a person
    assert quality_after_als(clause("Sie gilt als Expertin"), 1) == []
    assert quality_after_als(clause("Er gilt als einer der besten"), 1) == []
    assert quality_after_als(clause("Er gilt als"), 1) == []


_PASSIVE_LINES = "zusetzen {vi} :: to set in\netw. zusetzen {vt} :: to use sth.\n"


def test_a_passive_participle_ranks_intransitive_lines_down(tmp_path: Path) -> None:
    # "sollen eingesetzt werden": Ding's {vt} line, not the {vi} one
    key = ("zugesetzt", "zusetzen", "VERB")
    assert _glosses(tmp_path, _PASSIVE_LINES, *key)[0] == "to set in"
    (tmp_path / "b").mkdir()
    assert _glosses(tmp_path / "b", _PASSIVE_LINES, *key, frame="+passiv")[0] == "to use sth."


def test_which_english_verbs_take_a_that_clause() -> None:
    from app.dictionary.objects import takes_clause

    for verb in ("admit", "assumed", "admitted", "said", "presume", "confirmed"):
        assert takes_clause(verb), verb
    # "accepted", "placed", "claim" (Ding's "fordern :: to claim sth." is to demand)
    for verb in ("accepted", "placed", "claim", "put", ""):
        assert not takes_clause(verb), verb


def test_a_pronoun_alone_is_no_gloss_of_a_word_before_its_noun(tmp_path: Path) -> None:
    # "welchen Kandidaten": "which", not "who"; the pronoun keeps its "who"
    dictionary = _one_off(tmp_path, "welcher {pron} :: who; which; whom\n")
    attributive = dictionary.lookup("welcher", "welcher", "ADJ").glosses
    pronoun = dictionary.lookup("welcher", "welcher", "PRON").glosses
    dictionary.close()
    assert attributive[0] == "which"
    assert pronoun[0] == "who"


def test_a_prefixed_verb_listed_after_its_base_verb_keeps_its_own_lines_first(
    tmp_path: Path,
) -> None:
    # "gründen; begründen :: to found" translates "gründen"; "begründen" alone: reasons
    from app.dictionary.lookup import base_verb_lines_down
    from app.dictionary.ranking import BASE_VERB_LINE

    lines = (
        "etw. gründen; begründen; stiften {vt} :: to found\nbegründen {vt} :: to give reasons for\n"
    )
    dictionary = _one_off(tmp_path, lines)
    found = {}
    for word in ("begründen", "stiften", "gründen"):
        result = dictionary._lookup.find(word, word, "VERB")
        assert result is not None
        dictionary._lookup.load([c.sense for c in result.candidates])
        before = {c.sense.entry: c.score for c in result.candidates}
        base_verb_lines_down(result.candidates)
        found[word] = {c.sense.entry: before[c.sense.entry] - c.score for c in result.candidates}
    dictionary.close()
    assert sorted(found["begründen"].values()) == [0.0, BASE_VERB_LINE]  # the "gründen" line
    assert set(found["stiften"].values()) == {0.0}  # no base verb of "stiften"
    assert set(found["gründen"].values()) == {0.0}  # the base verb's own line


def test_a_frame_headword_prefers_the_line_it_heads_to_a_particle_verbs_line(
    tmp_path: Path,
) -> None:
    # "um etw. herumgehen; um etw. gehen" translates "herumgehen"; Ding heads another
    # line with "um etw. gehen" itself ("es geht um …": to be about)
    lines = (
        "um etw. herumgehen; um etw. gehen {vi} :: to walk around sth.\n"
        "um etw. gehen {vi}; sich um etw. handeln (Sache) :: to be about sth.\n"
        "ohne etw. auskommen; auf etw. verzichten {vi} :: to do without sth.\n"
        "auf etw. verzichten {vi} [jur.] :: to waive sth.\n"
    )
    from app.dictionary.lookup import _after_particle_verb

    dictionary = _one_off(tmp_path, lines)
    about = dictionary.lookup("geht", "gehen", "VERB", frame="um").glosses
    after = {}
    for word in ("gehen", "verzichten"):
        found = dictionary._lookup.find(word, word, "VERB")
        assert found is not None
        dictionary._lookup.load([c.sense for c in found.candidates])
        for cand in found.candidates:
            head = cand.sense.head
            after[(head.text if head else "", cand.sense.alt)] = _after_particle_verb(cand.sense)
    dictionary.close()
    assert about[0] == "to be about sth."
    assert after[("um etw. gehen", 1)]  # after "um etw. herumgehen"
    assert not after[("um etw. gehen", 0)]
    # "auskommen" is no particle verb of "verzichten": its line keeps its place
    assert not after[("auf etw. verzichten", 1)]


_SITZEN_LINES = (
    "auf etw. sitzen {vi} | sitzend | gesessen | sich auf etw. niederlassen; sich auf"
    " etw. setzen :: to perch on sth. | perching | perched | to perch oneself on sth.\n"
    "auf etw. setzen {vi} :: to opt for sth.\n"
)
_NOTED_LINES = "gehen {vi} (Person) :: to walk\ngehen {vi}; laufen {vi} (Sache) :: to work\n"


def _glosses_by_frame(
    tmp_path: Path, lines: str, key: tuple[str, str], *frames: str
) -> list[tuple[str, ...]]:
    """A verb's glosses on a one-off database, once per clause frame."""
    dictionary = _one_off(tmp_path, lines)
    found = [tuple(dictionary.lookup(*key, "VERB", frame=f).glosses) for f in frames]
    dictionary.close()
    return found


def test_a_sub_entry_phrase_needs_its_own_frame_words(tmp_path: Path) -> None:
    # "setzen" is reached in the phrase "sich auf etw. setzen" of the line "auf etw.
    # sitzen": the line's "auf" alone does not make it fit "setzt auf Fördermittel"
    key = ("setzt", "setzen")
    plain, reflexive = _glosses_by_frame(tmp_path, _SITZEN_LINES, key, "auf", "sich auf")
    assert plain[0] == "to opt for sth."
    assert "to perch oneself on sth." in reflexive[:2]


def test_an_es_subject_prefers_the_line_noted_for_a_thing_subject(tmp_path: Path) -> None:
    # "(Sache)": the subject is a thing, as "es" in "es geht um …"; "(Person)" fits no "es"
    from app.dictionary.lookup import _subject_note

    plain, impersonal = _glosses_by_frame(tmp_path, _NOTED_LINES, ("geht", "gehen"), "", "+es")
    dictionary = Dictionary(tmp_path / "d.sqlite")
    found = dictionary._lookup.find("gehen", "gehen", "VERB")
    assert found is not None
    dictionary._lookup.load([c.sense for c in found.candidates])
    notes = {c.sense.glosses()[0][0]: _subject_note(c.sense) for c in found.candidates}
    dictionary.close()
    assert notes == {"to walk": "Person", "to work": "Sache"}
    assert impersonal.index("to work") < impersonal.index("to walk")
    assert plain != impersonal
