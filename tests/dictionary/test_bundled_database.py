"""The bundled Ding database: coverage targets, function words, ranking, the CLI contract.

Uses resources/dictionary/ding-de-en.sqlite.xz, unpacked once into a temporary
directory (or the database named by $LESELUPE_DICTIONARY). A missing bundled
database fails these tests: it is part of the product.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import app.dictionary as dictionary_module
from app import cli
from app.analysis import analyze
from app.core.paths import sample_article_path
from app.dictionary import Dictionary, store
from app.dictionary.coverage import coverage
from app.dictionary.schema import word_set
from tests.helpers import REPO

FIXTURES = REPO / "tests" / "fixtures"
TARGET = 0.99


@pytest.fixture(scope="module")
def ding_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    env = os.environ.get(store.ENV_VAR, "").strip()
    if env:
        return Path(env)
    source = store.compressed_path()
    assert source.is_file(), f"{source} is missing: run python -m app.dictionary.build"
    return store.install(source, tmp_path_factory.mktemp("ding") / "ding.sqlite")


@pytest.fixture(scope="module")
def ding(ding_path: Path) -> Iterator[Dictionary]:
    dictionary = Dictionary(ding_path)
    assert dictionary.error is None, dictionary.error
    yield dictionary
    dictionary.close()


def _names(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


# ------------------------------------------------------------------- coverage


def test_sample_article_coverage_is_at_least_99_percent(ding: Dictionary) -> None:
    """Alphabetic tokens outside named entities (the pipeline's, their further
    mentions, and the hand list of the sample's names) get a gloss."""
    analysis = analyze(sample_article_path().read_text(encoding="utf-8"))
    result = coverage(analysis, ding, _names(FIXTURES / "sample_entities.txt"))
    assert result.total > 300
    assert result.ratio >= TARGET, f"{result.ratio:.2%}; no gloss for: {', '.join(result.misses)}"


@pytest.mark.parametrize(
    "name",
    ["news_de.txt", "news_holdout3_de.txt", "news_holdout4_de.txt", "news_holdout5_de.txt",
     "news_holdout6_de.txt", "news_holdout7_de.txt", "news_holdout8_de.txt",
     "news_holdout9_de.txt"],
)  # fmt: skip
def test_unseen_news_coverage_is_at_least_99_percent(ding: Dictionary, name: str) -> None:
    analysis = analyze((FIXTURES / name).read_text(encoding="utf-8"))
    result = coverage(analysis, ding)
    assert result.total > 200
    assert result.ratio >= TARGET, f"{result.ratio:.2%}; no gloss for: {', '.join(result.misses)}"


FUNCTION_WORDS = word_set(
    """der die das den dem des ein eine einen einem einer eines dass sich wird hat
am zum zur im ins vom beim ist sind war waren wurde wurden und oder aber denn weil wenn ob als
wie nicht auch noch nur schon sehr so dann doch ja nein kein keine mit von zu bei nach aus auf
an in vor um durch für gegen ohne über unter zwischen seit bis sein seine ihr ihre unser wir sie
er es ich du man wer was welche dieser diese jeder alle mehr viel wieder hier dort da"""
)


@pytest.mark.parametrize("word", sorted(FUNCTION_WORDS))
def test_function_word_has_a_gloss(ding: Dictionary, word: str) -> None:
    info = ding.lookup(word)
    assert info.glosses, word


@pytest.mark.parametrize(
    ("word", "lemma", "gloss"),
    [
        ("wird", "werden", "will"),
        ("hat", "haben", "has"),
        ("ist", "sein", "is"),
        ("war", "sein", "was"),
        ("hatte", "haben", "had"),
        ("würde", "würde", "would"),
        ("gibt", "geben", "gives"),
    ],
)
def test_auxiliaries_and_irregular_verb_forms(
    ding: Dictionary, word: str, lemma: str, gloss: str
) -> None:
    info = ding.lookup(word)
    assert info.lemma == lemma
    assert gloss in info.glosses[:3], info.glosses


def test_separable_verb_lemma_from_the_pipeline_wins(ding: Dictionary) -> None:
    # "Der Konzern kündigte Stellenabbau an": a pipeline that joins the particle
    # passes lemma "ankündigen"; without it the form reads as "kündigen"
    assert ding.lookup("kündigte").lemma == "kündigen"
    info = ding.lookup("kündigte", lemma="ankündigen", pos="VERB")
    assert info.lemma == "ankündigen"
    assert any(g.startswith("to announce") for g in info.glosses[:3])


def test_split_separable_verb_reads_as_the_joined_verb(ding: Dictionary) -> None:
    # "Die Polizei nahm den Mann fest": the stem is festnehmen, not nehmen, even
    # though Ding lists "nahm" as a form of nehmen
    stem = ding.lookup("nahm", lemma="festnehmen", pos="VERB")
    assert stem.lemma == "festnehmen" and "to arrest sb." in stem.glosses[:3]
    # "fanden … statt": Ding has no row for "fanden" at all
    assert ding.lookup("fanden", lemma="stattfinden", pos="VERB").glosses[0] == "to take place"
    # the particle shows the verb it belongs to, whatever the tagger called it
    particle = ding.lookup("an", lemma="ankündigen", pos="ADP")
    assert particle.lemma == "ankündigen" and particle.pos == "VERB"
    assert any(g.startswith("to announce") for g in particle.glosses[:3])
    assert ding.lookup("an", lemma="an", pos="ADP").lemma == "an"


def test_verb_frame_picks_the_headword_with_that_preposition(ding: Dictionary) -> None:
    # "Das Unternehmen rechnet mit einer Erholung": mit etw. rechnen
    plain = ding.lookup("rechnet", lemma="rechnen", pos="VERB")
    framed = ding.lookup("rechnet", lemma="rechnen", pos="VERB", frame="mit")
    assert framed.headword == "mit etw. rechnen" != plain.headword
    assert "to reckon with sth." in framed.glosses[:3]
    # "Die Bilder galten als verschollen": gelten als, not "were valid"
    # (Ding's "als jdm. gelten :: to qualify as sb." no longer counts: "als" takes no
    # dative, frames11; the clause's "+keinperson:als" ranks the same way)
    framed = ding.lookup("galten", lemma="gelten", pos="VERB", frame="als")
    assert framed.headword == "als etw. gelten"
    assert "were valid" not in framed.glosses[:2]
    assert any("deemed" in g or "qualify" in g or "reputed" in g for g in framed.glosses[:3])
    # "Er gab sich als Handwerker aus": sich als jd. ausgeben
    framed = ding.lookup("gab", lemma="ausgeben", pos="VERB", frame="sich als")
    assert framed.glosses[0] == "to pose as sb."
    # a preposition no headword needs changes nothing
    assert ding.lookup("rechnet", lemma="rechnen", pos="VERB", frame="laut") == plain


def test_adjectives_ding_lists_with_their_ending(ding: Dictionary) -> None:
    # "ehemalige(r/s)", "weitere(r/s)": the declined form reaches that headword,
    # not the lemma's ("ehemalig": past; "weit": long, far)
    assert ding.lookup("ehemaligen", lemma="ehemalig", pos="ADJ").glosses[0] == "former"
    assert "additional" in ding.lookup("weiteren", lemma="weit", pos="ADJ").glosses[:3]
    assert ding.lookup("großen", lemma="groß", pos="ADJ").lemma == "groß"


def test_transport_and_building_senses_are_news_vocabulary(ding: Dictionary) -> None:
    # Ding marks them [transp.] and [constr.]; in news they are the everyday senses
    assert ding.lookup("Verkehr", lemma="Verkehr", pos="NOUN").glosses[0] == "traffic"
    assert "car" in ding.lookup("Wagen", lemma="Wagen", pos="NOUN").glosses[:3]


def test_a_noun_of_its_own_beats_the_verbal_noun(ding: Dictionary) -> None:
    assert ding.lookup("Rasen", lemma="Rasen", pos="NOUN").glosses[0] == "lawn"
    assert ding.lookup("Summen", lemma="Summe", pos="NOUN").lemma == "Summe"


def test_ordinals_tagged_as_adjectives(ding: Dictionary) -> None:
    assert ding.lookup("ersten", lemma="erste", pos="ADJ").glosses[0] == "first"


def test_contractions(ding: Dictionary) -> None:
    assert "at the" in ding.lookup("am").glosses
    assert "in the" in ding.lookup("im").glosses
    assert "to the" in ding.lookup("zum").glosses
    assert "into the" in ding.lookup("ins").glosses


# ------------------------------------------------------------ issue examples


def test_waffenlieferungen_has_its_own_entry(ding: Dictionary) -> None:
    info = ding.lookup("Waffenlieferungen")
    assert (info.lemma, info.article) == ("Waffenlieferung", "die")
    assert info.plural == "Waffenlieferungen"
    assert info.compound == ()
    assert any("arms" in g for g in info.glosses[:2])


def test_stahlimporte_splits_into_stahl_and_import(ding: Dictionary) -> None:
    info = ding.lookup("Stahlimporte")
    assert [p.lemma for p in info.compound] == ["Stahl", "Import"]
    assert info.compound[0].glosses[0] == "steel"
    assert info.compound[1].glosses[0] == "import"
    assert (info.lemma, info.article) == ("Stahlimport", "der")


def test_raketen_tests_splits_at_the_hyphen(ding: Dictionary) -> None:
    info = ding.lookup("Raketen-Tests")
    assert [p.lemma for p in info.compound] == ["Rakete", "Test"]
    assert info.compound[0].glosses[0] == "rocket"
    assert info.compound[1].glosses[0] == "test"


def test_noun_with_article_gender_and_plural(ding: Dictionary) -> None:
    haus = ding.lookup("Haus", lemma="Haus", pos="NOUN", morph="Case=Nom|Number=Sing")
    assert (haus.gender, haus.article, haus.plural) == ("n", "das", "Häuser")
    assert haus.glosses[0] == "house"
    assert haus.morph == "Case=Nom|Number=Sing"
    assert ding.lookup("Häuser").lemma == "Haus"


# -------------------------------------------------------------------- ranking


def test_ranking_general_sense_before_technical(ding: Dictionary) -> None:
    glosses = ding.lookup("einstellen").glosses
    assert "to collimate" not in glosses[:3]
    assert {"to stop sb./sth.", "to cease sth.", "to stop"} & set(glosses[:3])


def test_ranking_article_first(ding: Dictionary) -> None:
    assert ding.lookup("der").glosses[0] == "the"
    assert ding.lookup("die", pos="DET").glosses[0] == "the"
    assert ding.lookup("die", pos="PRON").glosses[0] != "the"


def test_ranking_the_exact_form_sub_entry_first(ding: Dictionary) -> None:
    assert ding.lookup("Haushalte").glosses[0] == "households"
    assert ding.lookup("Raketen").glosses[0] == "rockets"
    assert ding.lookup("gewann").glosses[:2] in (("won", "gained"), ("gained", "won"))


def test_ranking_archaic_glosses_last(ding: Dictionary) -> None:
    assert "hath" not in ding.lookup("hat").glosses[:3]


def test_ranking_inflected_noun_before_verbal_noun(ding: Dictionary) -> None:
    assert "sum" in ding.lookup("Summen").glosses[:2]
    assert "victim" in ding.lookup("Opfern").glosses[:3]


def test_ranking_shows_several_senses(ding: Dictionary) -> None:
    assert {"bank", "bench"} <= set(ding.lookup("Bank").glosses)
    assert {"during", "while"} <= set(ding.lookup("während").glosses[:3])


# ------------------------------------------------------------------------ cli


@pytest.fixture
def shared(ding_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(store.ENV_VAR, str(ding_path))
    monkeypatch.setattr(dictionary_module, "_shared", None)
    yield
    if dictionary_module._shared is not None:
        dictionary_module._shared.close()


CONTRACT = {"word", "lemma", "pos", "gender", "plural", "glosses", "compound"}


def test_cli_lookup_json_contract(shared: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["lookup", "--json", "Waffenlieferungen", "Stahlimporte", "2023"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [set(record) for record in lines] == [CONTRACT] * 3
    first, second, third = lines
    assert first["lemma"] == "Waffenlieferung" and first["gender"] == "f"
    assert [c["lemma"] for c in second["compound"]] == ["Stahl", "Import"]
    assert set(second["compound"][0]) == {"text", "lemma", "glosses"}
    assert third["glosses"] == [] and third["compound"] == []


def test_cli_lookup_stdin(
    shared: None, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Haus\n\nhat\nHaus\n🙂\n"))
    assert cli.main(["lookup", "--stdin", "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["word"] for r in records] == ["Haus", "hat", "Haus", "🙂"]
    assert records[0] == records[2]
    assert records[3]["glosses"] == []


def test_cli_lookup_stdin_long_input(
    shared: None, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """More lines than one output batch (256): every word answered, in order."""
    words = ["Haus", "Häuser", "kündigte", "Raketen-Tests", "und", "x1"] * 100
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(words) + "\n"))
    assert cli.main(["lookup", "--stdin", "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["word"] for r in records] == words
    assert records[1]["lemma"] == "Haus" and len(records[3]["compound"]) == 2
    assert records[5]["glosses"] == []
    assert records[-6:] == records[:6]


def test_cli_lookup_text(shared: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["lookup", "Häuser"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Häuser (Haus) — NOUN, das, pl. Häuser\n")
    assert "    houses\n" in out and "    house\n" not in out  # one English word once


def test_cli_info_names_the_dictionary(shared: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["info", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["dictionary"].startswith("Ding ")
    assert "GPL-2.0-or-later" in data["dictionary"]


# ------------------------------------------------------------- senses for the card


def test_glosses_of_the_words_part_of_speech_only(ding: Dictionary) -> None:
    """ "Überraschung" the noun does not list the adverbs of "zu jds. Überraschung"."""
    info = ding.lookup("Überraschung", "Überraschung", "NOUN")
    assert info.glosses[0] == "surprise"
    assert not {"surprisingly", "astonishingly", "amazingly"} & set(info.glosses)


def test_a_later_synonym_of_a_line_is_not_the_usual_sense(ding: Dictionary) -> None:
    """ "signalisieren; anzeigen; ankündigen :: to signal" ranks below the lines
    that ankündigen heads ("to announce sth.")."""
    glosses = ding.lookup("kündigte", "ankündigen", "VERB").glosses
    assert "to announce sth." in glosses[:3]
    assert glosses[0] != "to signal"


def test_a_preposition_in_the_usage_note_picks_the_sense(ding: Dictionary) -> None:
    """ "vermitteln; als Vermittler fungieren (zwischen jdm.) :: to mediate"."""
    glosses = ding.lookup("vermittelt", "vermitteln", "VERB", "", "zwischen").glosses
    assert "to intermediate" in glosses[:3] or "to mediate" in glosses[:3]


def test_feminine_nouns_from_their_masculine_entry(ding: Dictionary) -> None:
    info = ding.lookup("Gouverneurin", "Gouverneurin", "NOUN")
    assert info.glosses[0] == "governor (woman)"
    assert (info.article, info.plural, info.match) == ("die", "Gouverneurinnen", "feminine")
    assert any("commissioner (woman)" in g for g in ding.lookup("Landrätin", "", "NOUN").glosses)
    # the masculine entry before a compound split ("Staat + Sekretärin")
    assert "(woman)" in ding.lookup("Staatssekretärin", "", "NOUN").glosses[0]
    assert ding.lookup("Putin", "Putin", "PROPN").glosses == ()  # a name, not "Put"


def test_nouns_from_present_participles_read_from_the_agent_noun(ding: Dictionary) -> None:
    """ "die Forschenden": the people who research, not "doing research"."""
    info = ding.lookup("Forschenden", "Forschende", "NOUN")
    assert (info.glosses[0], info.match, info.lemma) == (
        "researcher",
        "participle noun",
        "Forschende",
    )
    # nouns Ding lists itself keep their entry
    assert ding.lookup("Streikenden", "Streikende", "NOUN").match == "exact"
    assert ding.lookup("Legende", "Legende", "NOUN").glosses[0] == "legend"
    # the participle itself stays a participle
    assert ding.lookup("forschende", "forschend", "ADJ").match != "participle noun"


def test_science_and_health_senses_are_news_vocabulary(ding: Dictionary) -> None:
    """ "Studie [sci.] :: study" before "Studie :: sketch"."""
    assert ding.lookup("Studie", "Studie", "NOUN").glosses[0] == "study"


def test_weather_senses_are_news_vocabulary(ding: Dictionary) -> None:
    """ "(schwerer) Sturm {m} [meteo.] :: storm" before "Sturm {m} (einer Menschenmenge
    …) :: stampede"; a word without a weather line keeps its order."""
    assert ding.lookup("Sturm", "Sturm", "NOUN", "Number=Sing").glosses[0] == "storm"
    assert ding.lookup("Druck", "Druck", "NOUN", "Number=Sing").glosses[0] == "pressure"


def test_the_phrase_gender_picks_the_sense(ding: Dictionary) -> None:
    """ "der See": lake; "die See": sea; undecided: Ding's order."""
    masculine = ding.lookup("See", "See", "NOUN", "Gender=Masc|Number=Sing").glosses
    assert "lake" in masculine[0] and "sea" not in masculine[:2]
    assert ding.lookup("See", "See", "NOUN", "Gender=Fem|Number=Sing").glosses[0] == "sea"
    assert ding.lookup("Steuer", "Steuer", "NOUN", "Gender=Neut|Number=Sing").glosses[0] == (
        "steering wheel"
    )
    assert ding.lookup("Steuer", "Steuer", "NOUN", "Gender=Fem|Number=Sing").glosses[0] == "tax"
    assert ding.lookup("Steuer", "Steuer", "NOUN", "Number=Sing").glosses[0] == "tax"


def test_a_rare_english_word_is_not_the_first_gloss(ding: Dictionary) -> None:
    """ "spürbar {adj} :: ponderable" and "verhökern; verkaufen :: to peddle; to hawk"
    rank below the common words of the same lookup ("noticeable", "sold")."""
    assert ding.lookup("spürbar", "spürbar", "ADJ").glosses[0] != "ponderable"
    assert ding.lookup("verkauft", "verkaufen", "VERB").glosses[0] == "sold"


def test_an_adjective_used_as_an_adverb_shows_the_adverb_line_first(ding: Dictionary) -> None:
    """ "ursprünglich geplant": Ding's "ursprünglich {adv} :: originally" before its
    adjective line "ursprünglich; tief; elementar {adj} :: rock-bottom"."""
    assert ding.lookup("ursprünglich", "ursprünglich", "ADV").glosses[0] == "originally"
    assert ding.lookup("stetig", "stetig", "ADV").glosses[0] == "steadily"


def test_genders_that_depend_on_the_sense_or_the_region(ding: Dictionary) -> None:
    # "die See" / "der See": the entries differ; "das Service" is labelled Austrian
    assert set(ding.lookup("See", "See", "NOUN").genders.split(",")) >= {"m", "f"}
    assert set(ding.lookup("Service", "Service", "NOUN").genders.split(",")) >= {"m", "n"}
    assert ding.lookup("Haus", "Haus", "NOUN").genders == ""


def test_an_infinitive_used_as_a_noun_is_no_second_gender(ding: Dictionary) -> None:
    # "der Laden" (shop); Ding's "das Laden" (loading) is the verb's infinitive as a noun
    assert ding.lookup("Laden", "Laden", "NOUN").genders == ""


def test_an_english_auxiliary_is_no_gloss_of_an_adverb(ding: Dictionary) -> None:
    # "gewohnheitsmäßig; regelmäßig {adv} :: will {+ verb}; would {+ verb}"
    glosses = ding.lookup("regelmäßig", "regelmäßig", "ADV").glosses
    assert glosses[0] not in {"will", "would"}
    assert "will" not in glosses[:3]
    # a verb's own line keeps its auxiliary: "werden" is "will"
    assert "will" in ding.lookup("wird", "werden", "AUX").glosses[:3]


def test_bis_dahin_is_until_then(ding: Dictionary) -> None:
    from app.dictionary.context import context

    pairs = [("Bis", "bis"), ("dahin", "dahin"), ("ist", "sein"), ("es", "es")]
    info = ding.lookup("dahin", "dahin", "ADV", "", context(1, pairs))
    assert info.glosses[0].startswith("bis dahin: until then")


def test_an_english_infinitive_is_no_gloss_of_an_adverb(ding: Dictionary) -> None:
    # "etw. vermuten; etw. annehmen {vt}; vermutlich {adv} :: to suppose sth."
    glosses = ding.lookup("vermutlich", "vermutlich", "ADV").glosses
    assert glosses[0] == "presumably"
    # the verb keeps its infinitive, and a preposition's "to" is no infinitive
    assert ding.lookup("vermuten", "vermuten", "VERB").glosses[0].startswith("to ")
    from app.dictionary.english import is_infinitive

    assert is_infinitive("to suppose sth.") and is_infinitive("to be able to")
    assert not is_infinitive("to the left") and not is_infinitive("to date")
    assert not is_infinitive("to")


def test_a_military_sense_needs_a_military_text(ding: Dictionary) -> None:
    # "Anruf [mil.] :: challenge (order from a guard/sentry …)"; not a phone scam's calls
    lookup = ding._lookup
    assert lookup is not None
    plain = lookup.find("Anrufen", "Anruf", "NOUN", "Number=Plur")
    army = lookup.find("Anrufen", "Anruf", "NOUN", "Number=Plur", topic=frozenset({"mil."}))
    assert plain is not None and army is not None
    assert lookup.info(plain, "NOUN", "", "Anrufen").glosses[0] != "challenge"
    assert lookup.info(army, "NOUN", "", "Anrufen").glosses[0] == "challenge"


def test_a_military_line_that_says_the_everyday_word_keeps_its_place(ding: Dictionary) -> None:
    # "Aktion [mil.] :: action; operation" and "Aktion :: action": not "campaigns" first
    lookup = ding._lookup
    assert lookup is not None
    found = lookup.find("Aktionen", "Aktion", "NOUN", "Number=Plur")
    assert found is not None
    assert lookup.info(found, "NOUN", "", "Aktionen").glosses[0] == "actions"


def _in_clause(ding: Dictionary, clause: str, word: str, lemma: str) -> tuple[str, ...]:
    from app.dictionary.context import context

    words = [(w, lemma if w == word else w) for w in clause.split()]
    frame = context(clause.split().index(word), words)
    return ding.lookup(word, lemma, "VERB", "", frame).glosses


def test_a_thing_as_object_is_no_person_object(ding: Dictionary) -> None:
    # "jdn. einstellen :: to employ" against "etw. einstellen :: to cease sth."
    clause = "weil er die Lieferungen an die Ukraine einstellt"
    ceased = _in_clause(ding, clause, "einstellt", "einstellen")
    assert ceased[0] == "to cease sth." and "to employ" not in ceased[:3]
    # a person (or any noun that may be one) keeps the old reading
    hired = _in_clause(ding, "weil die Schule neue Lehrer einstellt", "einstellt", "einstellen")
    assert hired[0] == "to employ"


def test_the_texts_compounds_name_the_nouns_sense(ding: Dictionary) -> None:
    from app.dictionary.context import context

    def land(clause: str, compounds: list[str]) -> tuple[str, ...]:
        words = [(w, w) for w in clause.split()]
        frame = context(clause.split().index("Land"), words, ["Land"], compounds)
        return ding.lookup("Land", "Land", "NOUN", "Number=Sing", frame).glosses

    assert land("Das Land fördert neue Busse", ["Landesregierung"])[0] == "state"
    # compounds that name no sense of "Land" leave Ding's order
    assert land("Das Land fördert neue Busse", ["Landwirt"])[0] == "country"
    # a phrase of the sentence says the sense: "auf dem Land" is no federal state
    rural = land("wer auf dem Land wohnt", ["Landesregierung"])
    assert rural[0] != "state" and any("countryside" in g for g in rural[:3])


def test_an_english_noun_ding_lacks_is_no_plural_in_er(ding: Dictionary) -> None:
    # "Ranger" is no plural of "Rang" (Ding: "Ränge"), nor the verb form "rang"
    ranger = ding.lookup("Ranger", "Ranger", "NOUN", "Number=Plur")
    assert ranger.glosses == ("ranger",) and ranger.match == "loanword"
    # plurals in -er Ding lists and comparatives keep their readings
    assert ding.lookup("Kinder", "Kind", "NOUN", "Number=Plur").glosses[0] == "children"
    assert ding.lookup("kleiner", "klein", "ADJ", "Degree=Cmp").glosses[0] == "smaller"
    # a German word Ding lacks that is no English word gets no English gloss
    assert ding.lookup("Zwurbel", "Zwurbel", "NOUN", "").glosses == ()


def test_an_adverb_is_no_preposition(ding: Dictionary) -> None:
    # "dagegen {adv} :: compared with; compared to; contrastingly": used as an adverb,
    # the glosses that ask for an object come after "contrastingly"
    glosses = ding.lookup("dagegen", "dagegen", "ADV", "").glosses
    assert glosses.index("contrastingly") < glosses.index("compared with")
    # a preposition's card is left alone
    assert ding.lookup("gegenüber", "gegenüber", "ADP", "").glosses[0] == "opposite sb./sth."


def test_a_line_of_american_usage_only_ranks_after_the_common_words(ding: Dictionary) -> None:
    # "Einnahmen {pl} :: take [Am.]" against "Einnahmen; Eingänge :: receipts"
    found = ding.lookup("Einnahmen", "Einnahme", "NOUN", "Number=Plur").glosses
    assert found[0] == "receipts" and "take" in found
    # British usage is the card's English: "to flag up sth. [Br.]" keeps its place
    assert ding.lookup("hinweisen", "hinweisen", "VERB", "", "auf").glosses[0] == "to flag up sth."


def test_forms_of_one_english_word_are_shown_once(ding: Dictionary) -> None:
    # "Stimme | Stimmen :: voice | voices": the plural's own gloss, then the next sense
    votes = ding.lookup("Stimmen", "Stimme", "NOUN", "Number=Plur").glosses
    assert votes[0] == "voices" and "voice" not in votes and "votes" in votes[:2]
    # a verb's forms: "stood for" (the form Ding gives "bedeutet") hides "to stand for"
    meant = _in_clause(ding, "Das bedeutet höhere Kosten für die Mieter", "bedeutet", "bedeuten")
    assert "stood for" in meant and "to stand for" not in meant
    # words that only share letters stay: "courts" and "courtyards"
    courts = ding.lookup("Höfe", "Hof", "NOUN", "Number=Plur").glosses
    assert "courts" in courts and "courtyards" in courts and "court" not in courts


def test_a_slang_line_ranks_after_the_plain_sense(ding: Dictionary) -> None:
    # "Eier {pl}; Nüsse {pl}; Klöten {pl} [Norddt.] [slang] (Hoden) :: nuts; balls; …
    # cojones [Am.] [slang]": a slang line as a whole, after "Ei | Eier :: egg | eggs"
    assert ding.lookup("Eier", "Ei", "NOUN", "Number=Plur").glosses[0] == "eggs"
    # a pejorative last synonym without an explanation leaves its line in place
    assert ding.lookup("Herrscher", "Herrscher", "NOUN", "Number=Sing").glosses[0] == "ruler"


def test_regional_lines() -> None:
    from app.dictionary.lookup import _regional_only

    def items(*labels: str) -> list[tuple[str, str, str, str, bool]]:
        return [("x", label, "", "x", False) for label in labels]

    assert _regional_only(items("Am."))
    assert not _regional_only(items("Br.", "Am."))  # a pair of spellings
    assert not _regional_only(items("Am.", ""))  # with a plain gloss
    assert not _regional_only(items("Br."))  # Ding's own British English


def test_es_gibt_is_there_is(ding: Dictionary) -> None:
    there = _in_clause(ding, "Im Gemeinderat gibt es Widerstand", "gibt", "geben")
    # Ding's "geben" line's own "es gibt :: there is; there are" (gloss31), or "es gibt … ::
    # there is …" of another line
    assert there[0].startswith("there is")
    gives = _in_clause(ding, "Sie gibt es ihm morgen", "gibt", "geben")
    assert gives[0] == "gives"


def test_the_english_cognate_comes_first(ding: Dictionary) -> None:
    # "Diktator [pol.] :: strongman" heads alone, "Diktator; Gewaltherrscher :: dictator"
    assert ding.lookup("Diktator", "Diktator", "NOUN").glosses[0] == "dictator"
    assert ding.lookup("Helfer", "Helfer", "NOUN").glosses[0] == "helper"
    # a French loan's -e is no cognate: "branch" does not move up
    assert ding.lookup("Branche", "Branche", "NOUN").glosses[0] == "branch of trade"


def test_a_phrase_does_not_take_the_noun_of_a_longer_one(ding: Dictionary) -> None:
    from app.dictionary.context import context

    clause = "ein Datum werde zu gegebener Zeit bekannt gegeben"
    lemmas = {"werde": "werden", "gegebener": "gegeben", "gegeben": "geben"}
    words = [(w, lemmas.get(w, w)) for w in clause.split()]
    frame = context(7, words)
    glosses = ding.lookup("gegeben", "geben", "VERB", "", frame).glosses
    assert not any(g.startswith("jdm. Zeit geben") for g in glosses)
    noun = ding.lookup("Zeit", "Zeit", "NOUN", "", context(5, words)).glosses
    assert noun[0].startswith("zu gegebener Zeit: ")
    # with no longer phrase around it the short one stays
    alone = [("Sie", "sie"), ("will", "wollen"), ("ihm", "er"), ("Zeit", "Zeit")]
    alone.append(("geben", "geben"))
    glosses = ding.lookup("geben", "geben", "VERB", "", context(4, alone)).glosses
    assert glosses[0].startswith("jdm. Zeit geben")


def test_the_verbs_noun_in_ung_through_english_spelling(ding: Dictionary) -> None:
    # "Entscheidung: decision" names "to decide" (-de/-sion), "Lieferung: supply"
    # names "supplied" (-y/-ied)
    assert ding.lookup("entscheiden", "entscheiden", "VERB").glosses[0] == "to decide"
    assert ding.lookup("geliefert", "liefern", "VERB").glosses[0] == "supplied"
    # the form stays first though "Spaltung: division" now names "to divide"
    assert ding.lookup("spaltet", "spalten", "VERB").glosses[0] == "splits"


def test_a_verb_ding_writes_joined_with_the_word_before(ding: Dictionary) -> None:
    from app.dictionary.context import context

    def verb(clause: str, word: str, lemma: str) -> tuple[str, ...]:
        words = [(w, lemma if w == word else w) for w in clause.split()]
        return ding.lookup(
            word, lemma, "VERB", "", context(clause.split().index(word), words)
        ).glosses

    # "bekannt gegeben": bekanntgeben; "verloren gegangen": verlorengehen
    assert "to announce sth." in verb("das Datum wird bald bekannt gegeben", "gegeben", "geben")[:2]
    assert verb("weil viel Strom verloren gegangen sei", "gegangen", "gehen")[0] == "to get lost"
    # no joined verb in Ding, a word too short ("zu gehen"), a noun, the clause's first word
    assert verb("sie will heute bald gehen", "gehen", "gehen")[0] != "to get lost"
    assert (
        verb("er hatte keine Lust zu gehen", "gehen", "gehen")[:2]
        == verb("er will gehen", "gehen", "gehen")[:2]
    )
    assert verb("Hinzu kommt der Preis", "kommt", "kommen")[0] != "to come along"


def test_an_adjective_ding_writes_joined_with_the_word_before(ding: Dictionary) -> None:
    from app.dictionary.context import context

    def adjective(clause: str, word: str, lemma: str) -> tuple[str, ...]:
        words = [(w, lemma if w == word else w) for w in clause.split()]
        key = context(clause.split().index(word), words)
        return ding.lookup(word, lemma, "ADJ", "", key).glosses

    # "weit verbreitetes": weitverbreitet, "groß angelegte": großangelegt
    assert adjective("es ist ein weit verbreitetes Modell", "verbreitetes", "verbreitet") == (
        "widespread",
    )
    assert adjective("eine groß angelegte Aktion", "angelegte", "angelegt")[0] == "full-scale"
    # no such word in Ding: the word's own glosses
    assert adjective("eine sehr angelegte Aktion", "angelegte", "angelegt")[0] != "full-scale"


def test_a_number_and_a_time_unit_ding_lacks(ding: Dictionary) -> None:
    # "sechswöchig" is not in Ding ("dreiwöchig :: three-week" is): the number's gloss
    assert ding.lookup("sechswöchigen", "sechswöchigen", "ADJ", "").glosses == ("six-week",)
    assert ding.lookup("84-jährige", "84-jährige", "ADJ", "").glosses[0] == "84-year-old"
    # Ding's own line wins where it has one
    assert ding.lookup("dreiwöchigen", "dreiwöchig", "ADJ", "").match != "numeral"
    assert ding.lookup("mehrwöchige", "mehrwöchig", "ADJ", "").glosses[0] == "for several weeks"


def test_a_preposition_joined_to_its_noun(ding: Dictionary) -> None:
    # "zulasten": Ding has only "zu Lasten :: at the expense"
    joined = ding.lookup("zulasten", "zulasten", "ADP", "")
    assert joined.glosses == ("zu Lasten: at the expense",)
    # a joined word Ding lists keeps its line; a word of no such phrase gets none
    assert ding.lookup("zugunsten", "zugunsten", "ADP", "").match == "exact"
    assert ding.lookup("lichterloh", "lichterloh", "ADV", "").glosses == ()


def test_a_lowercase_word_is_no_noun(ding: Dictionary) -> None:
    # "rund 190 mehr als": the tagger's noun "Mehr" (increase) in lower case
    assert ding.lookup("mehr", "Mehr", "NOUN", "").glosses[0] == "more"
    assert ding.lookup("mehr", "mehr", "NOUN", "").glosses[0] == "more"
    # the capitalised noun keeps its senses
    assert ding.lookup("Mehr", "Mehr", "NOUN", "").glosses[0] == "increase"


def test_uhr_after_a_number_is_the_time(ding: Dictionary) -> None:
    from app.dictionary.context import context

    def uhr(clause: str) -> tuple[str, ...]:
        words = [(w, w) for w in clause.split()]
        frame = context(clause.split().index("Uhr"), words)
        return ding.lookup("Uhr", "Uhr", "NOUN", "", frame).glosses

    assert uhr("kurz nach drei Uhr sah sie einen Mann")[0] == "o’clock"
    assert uhr("die Sitzung beginnt um 14 Uhr")[0] == "o’clock"
    assert uhr("Sie trägt eine Uhr")[0] == "clock"
    assert "o’clock" not in uhr("Die Trupps arbeiten rund um die Uhr")


def test_a_nouns_complement_picks_the_line_that_names_its_preposition(ding: Dictionary) -> None:
    from app.dictionary.context import context

    def noun(clause: str, word: str, lemma: str) -> tuple[str, ...]:
        words = [(w, lemma if w == word else w) for w in clause.split()]
        frame = context(clause.split().index(word), words)
        return ding.lookup(word, lemma, "NOUN", "", frame).glosses

    # "Mangel (an etw.) :: shortage (of sth.)" before "Defekt; Mangel :: defect"
    assert noun("die unter dem Mangel an Fachkräften litten", "Mangel", "Mangel")[0] == "shortage"
    # without the preposition Ding's order stands
    assert noun("der Mangel am Dach wurde behoben", "Mangel", "Mangel")[0] == "defect"
    # a note that describes a setting is no complement: "Platz (in bebautem Gebiet) :: square"
    places = noun("zusätzliche Plätze in der Kurzzeitpflege", "Plätze", "Platz")
    assert places[0] != "squares"


def test_the_intensifier_selbst_takes_its_verbs_person(ding: Dictionary) -> None:
    # "die Kreise müssen den Rest selbst tragen": themselves
    plural = ding.lookup("selbst", "selbst", "PRON", "Number=Plur|Person=3").glosses
    assert plural[0] == "themselves"
    assert ding.lookup("selbst", "selbst", "PRON", "Number=Sing|Person=3").glosses[0] == "himself"
    # without a person, Ding's order; the focus adverb keeps "even"
    assert ding.lookup("selbst", "selbst", "PRON", "").glosses[0] == "oneself"
    assert ding.lookup("selbst", "selbst", "ADV", "").glosses[0] == "even"


def test_common_adverb_and_word_for_word_preposition_first(ding: Dictionary) -> None:
    """ "deutlich mehr": "significantly" before its line's rarer "remarkably";
    "rechnet mit": "to reckon with sth." before "to be alert to sth."."""
    assert ding.lookup("deutlich", "deutlich", "ADV").glosses[0] == "significantly"
    rechnet = ding.lookup("rechnet", "rechnen", "VERB", frame="mit").glosses
    assert rechnet[0] == "to reckon with sth."


def test_a_town_adjective_in_er_reads_as_of_the_town(ding: Dictionary) -> None:
    # "das Bayreuther Zentrum", "die Dresdner Polizei": of Bayreuth, of Dresden
    assert ding.lookup("Bayreuther", pos="ADJ").glosses[0] == "of Bayreuth"
    assert ding.lookup("Dresdner", pos="ADJ").glosses[0] == "of Dresden"
    assert ding.lookup("Bremer", pos="ADJ").glosses[0] == "of Bremen"
    assert not ding.lookup("Qwertzer", pos="ADJ").glosses  # no such town
    # Ding lists "Berliner" only as nouns (the person, the doughnut): the adjective
    # before a noun is the town's ("die Berliner Polizei"); the noun keeps Ding's lines
    assert ding.lookup("Berliner", pos="ADJ").glosses == ("of Berlin",)
    assert "of Berlin" not in ding.lookup("Berliner", pos="NOUN").glosses


def test_a_town_word_in_er_used_as_a_noun_names_its_people(ding: Dictionary) -> None:
    # "Die Bayreuther protestierten": the people of Bayreuth, not "of Bayreuth"
    plural = ding.lookup("Bayreuther", pos="NOUN", morph="Case=Nom|Number=Plur")
    assert plural.glosses[0] == "people of Bayreuth" and plural.pos == "NOUN"
    # "Der Dresdner lachte": one of them
    one = ding.lookup("Dresdner", pos="NOUN", morph="Case=Nom|Gender=Masc|Number=Sing")
    assert one.glosses[0] == "inhabitant of Dresden"
    # counterexample: the adjective before a noun keeps "of …" ("die Bayreuther Festspiele")
    assert ding.lookup("Bayreuther", pos="ADJ").glosses == ("of Bayreuth",)


def test_a_town_word_the_tagger_read_as_a_noun_before_a_noun_is_the_adjective(
    ding: Dictionary,
) -> None:
    from app.dictionary.context import context

    def frame(words: list[tuple[str, str]], position: int) -> str:
        return context(position, words)

    # "Der Landshuter Stadtrat tagte": the town's council, though the tagger said NOUN
    council = [("Der", "der"), ("Dresdner", "Dresdner"), ("Rat", "Rat"), ("tagt", "tagen")]
    info = ding.lookup("Dresdner", pos="NOUN", morph="Number=Sing", frame=frame(council, 1))
    assert info.glosses == ("of Dresden",) and info.pos == "ADJ"
    # counterexample: a verb follows, the noun is the town's people
    people = [("Zwei", "zwei"), ("Dresdner", "Dresdner"), ("lachten", "lachen")]
    info = ding.lookup("Dresdner", pos="NOUN", morph="Number=Plur", frame=frame(people, 1))
    assert info.glosses[0] == "people of Dresden"


def test_a_code_before_a_hyphen_is_kept_and_the_word_glossed(ding: Dictionary) -> None:
    info = ding.lookup("CO2-Zertifikate", pos="NOUN")
    assert [p.text for p in info.compound] == ["CO2", "Zertifikate"]
    assert "certificate" in info.compound[-1].glosses


def test_a_noun_card_ranks_exclamations_down(ding: Dictionary) -> None:
    # "vor dem Aus": the end of the line, not the dog command "Drop it!"
    glosses = ding.lookup("Aus", lemma="Aus", pos="NOUN").glosses
    assert not glosses[0].endswith("!") and "the end of the line" in glosses[:3]


def test_a_scientist_in_loge_ding_lacks_is_the_fields_logist(ding: Dictionary) -> None:
    # Ding has "Hydrologie: hydrology" but no "Hydrologe"
    assert ding.lookup("Hydrologin", pos="NOUN").glosses == ("hydrologist (woman)",)
    assert ding.lookup("Hydrologen", pos="NOUN").glosses == ("hydrologists",)
    singular = ding.lookup("Hydrologen", pos="NOUN", morph="Case=Dat|Number=Sing")
    assert singular.glosses == ("hydrologist",)
    assert not ding.lookup("Qwertologin", pos="NOUN").glosses  # no such field


def test_a_neuter_adjective_as_a_noun_has_the_adjectives_meaning(ding: Dictionary) -> None:
    # "als Nächstes": next; Ding's only noun is "der Nächste: neighbour"
    info = ding.lookup("Nächstes", lemma="nächster", pos="NOUN", morph="Gender=Neut|Number=Sing")
    assert info.glosses[0] == "next"
    masculine = ding.lookup("Nächster", lemma="nächster", pos="NOUN", morph="Gender=Masc")
    assert "neighbour" in masculine.glosses


def test_a_particle_verb_ding_lacks_splits_its_lemma(ding: Dictionary) -> None:
    # "umsteuere" (umsteuern, not in Ding): the particle and "steuern", not "um + teuer"
    info = ding.lookup("umsteuere", lemma="umsteuern", pos="VERB")
    assert [p.text for p in info.compound] == ["um", "steuern"]


def test_an_inflection_ending_is_no_compound_head(ding: Dictionary) -> None:
    info = ding.lookup("Maisfeldern", lemma="Maisfeld", pos="NOUN")
    assert [p.text.lower() for p in info.compound] == ["mais", "feld"]


def test_a_joined_verb_ding_lacks_reads_as_its_base_verb(ding: Dictionary) -> None:
    # "Der Eintritt bleibe frei": "freibleiben" is no Ding headword; bleiben, not "Bleib!"
    info = ding.lookup("bleibe", lemma="freibleiben", pos="VERB")
    assert info.lemma == "bleiben" and "to stay" in info.glosses[:3]


def test_a_line_for_numbers_before_a_number(ding: Dictionary) -> None:
    # "gut {adv} (mit Zahlen und Zeitangaben) :: a good": the note's line when a number
    # follows; the uninflected adjective before a number is used as an adverb
    from app.dictionary.context import context

    words = [(w, w) for w in ["Das", "kostet", "gut", "zwölf", "Millionen", "Euro"]]
    info = ding.lookup("gut", "gut", "ADJ", "", context(2, words))
    assert info.glosses[0] == "a good"
    # no number after it: the adjective's own sense
    plain = [(w, w) for w in ["Das", "Essen", "ist", "gut", "gewesen"]]
    assert ding.lookup("gut", "gut", "ADJ", "", context(3, plain)).glosses[0] != "a good"


def test_a_measure_line_after_a_number(ding: Dictionary) -> None:
    # "Tonne {f}; Megagramm {n} (Massemaß) :: metric tonne": the measure after a number;
    # "Minute (Winkelmaß)" is a later headword of "Winkelminute": minutes stay minutes
    from app.dictionary.context import context

    words = [(w, w) for w in ["Der", "Kran", "hebt", "zwölf", "Tonnen", "Stahl"]]
    info = ding.lookup("Tonnen", "Tonne", "NOUN", "", context(4, words))
    assert "tonne" in info.glosses[0]
    minutes = [(w, w) for w in ["Er", "wartete", "zwölf", "Minuten", "lang"]]
    assert ding.lookup("Minuten", "Minute", "NOUN", "", context(3, minutes)).glosses[0] == "minutes"


def test_a_modal_particle_inside_its_clause_is_no_adjective(ding: Dictionary) -> None:
    # "gesund; gut; wohl {adj adv} :: well" is the adjective; the particle presumes
    from app.dictionary.context import context

    words = [(w, w) for w in ["Das", "wird", "wohl", "länger", "dauern"]]
    glosses = ding.lookup("wohl", "wohl", "ADV", "", context(2, words)).glosses
    assert "well" not in glosses[:3] and "presumably" in glosses[:3]
    # "bequem; einfach {adv} :: conveniently" says "bequem": the particle is "simply"
    words = [(w, w) for w in ["Das", "geht", "einfach", "nicht"]]
    assert ding.lookup("einfach", "einfach", "ADV", "", context(2, words)).glosses[0] == "simply"
    # the clause's stressed last word is the adjective: "fühle mich wohl" is "well"
    words = [(w, w) for w in ["Nach", "dem", "Essen", "fühle", "ich", "mich", "wohl"]]
    assert ding.lookup("wohl", "wohl", "ADV", "", context(6, words)).glosses[0] == "well"


def test_a_noun_ding_has_only_in_adjective_phrases_takes_their_english_head(
    installed: Dictionary,
) -> None:
    # "medizinische Bildgebung: medical imaging", "funktionelle Bildgebung: functional
    # imaging": the phrases' head is the noun's gloss (session 27, gloss26)
    info = installed.lookup("Bildgebung", "Bildgebung", "NOUN", "")
    assert info.glosses[:1] == ("imaging",) and info.match == "phrase head"


def test_a_noun_heading_only_a_sub_entry_may_head_a_compound(installed: Dictionary) -> None:
    # "Strafkammer" stands only in the line of "Gerichtskammer" (session 27, gloss26)
    info = installed.lookup("Jugendstrafkammer", "Jugendstrafkammer", "NOUN", "")
    assert info.glosses and info.glosses[0].endswith("criminal court division")


def test_a_declined_adjective_is_no_unknown_towns_adjective(installed: Dictionary) -> None:
    info = installed.lookup("Wichtiger", "wichtig", "ADJ", "")
    assert info.glosses and info.match != "place adjective"
    # a made-up word in -er: a town only with the tagger's lemma (the word itself)
    assert installed.lookup("Qwertzer", "qwertzer", "ADJ", "").glosses == ("of Qwertz",)
    assert not installed.lookup("Qwertzer", pos="ADJ").glosses
