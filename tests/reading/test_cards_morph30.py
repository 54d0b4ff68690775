"""Session 30 (morph30), on the card and in ``analyze --json --tokens`` with the bundled
dictionary, on made-up sentences: towns named without an article show none (no guessed
"der" through a compound's head), a first name opening a person's name is no plural noun,
modal particles have no degree, organisations' abbreviations are proper nouns, a fronted
predicative adjective is no noun, a place after its kind ("Landkreis") is a name, and a
comparative the tagger took for a determiner is an adjective."""

from __future__ import annotations

import functools
from typing import Any

import pytest

from app.analysis import analyze


@functools.cache
def _records(text: str) -> tuple[dict[str, Any], ...]:
    from app.cli.render import token_records

    return tuple(token_records(analyze(text)))


def _record(text: str, word: str, nth: int = 0) -> dict[str, Any]:
    return [r for r in _records(text) if r["text"] == word][nth]


def _features(record: dict[str, Any]) -> dict[str, str]:
    return dict(f.split("=", 1) for f in record["morph"].split("|") if f)


def _no_noun_facts(record: dict[str, Any]) -> None:
    assert record["article"] is None
    assert record["plural"] is None
    assert "Gender" not in _features(record)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Die Feuerwehr rückte am Montag nach Wittstock aus.", "Wittstock"),
        ("Wittstock hat rund 14.000 Einwohner.", "Wittstock"),
        ("Der Bürgermeister von Wittstock sprach mit Reportern.", "Wittstock"),
        ("Der Bus fuhr von Kyritz nach Pritzwalk.", "Pritzwalk"),
        ("In Kyritz und Wittstock fiel der Strom aus.", "Wittstock"),
    ],
)
def test_a_town_shows_no_article(sentence: str, word: str) -> None:
    record = _record(sentence, word)
    _no_noun_facts(record)
    assert record["lemma"] == word


@pytest.mark.parametrize(
    ("sentence", "word", "article"),
    [
        ("Der Stock lag im Wald.", "Stock", "der"),
        ("Mit Geduld kam die Gemeinde weiter.", "Geduld", "die"),
        ("Sie fuhren mit Freunden nach Rom.", "Freunden", "der"),
    ],
)
def test_common_nouns_keep_their_article(sentence: str, word: str, article: str) -> None:
    assert _record(sentence, word)["article"] == article


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Das Problem ist wohl größer als gedacht.", "wohl"),
        ("Er wird wohl nicht kommen.", "wohl"),
        ("Das ist einfach falsch.", "einfach"),
    ],
)
def test_a_modal_particle_has_no_degree(sentence: str, word: str) -> None:
    record = _record(sentence, word)
    assert record["pos"] == "ADV"
    assert record["morph"] == ""


def test_the_adjective_last_in_its_clause_keeps_its_degree() -> None:
    assert _features(_record("Das Meer blieb ruhig.", "ruhig")).get("Degree") == "Pos"


@pytest.mark.parametrize(
    "sentence",
    [
        "Jochen von Ahlen sagte, das Projekt sei wichtig.",
        "Gestern sagte Jochen von Ahlen, das Projekt sei wichtig.",
    ],
)
def test_a_first_name_is_no_plural_noun(sentence: str) -> None:
    record = _record(sentence, "Jochen")
    _no_noun_facts(record)
    assert record["lemma"] == "Jochen"
    assert _features(record).get("Number") != "Plur"


def test_an_organisations_abbreviation_is_a_proper_noun() -> None:
    sentence = "Die CDU und die EU streiten über den Haushalt."
    for word in ("CDU", "EU"):
        record = _record(sentence, word)
        assert record["pos"] == "PROPN"
        assert record["plural"] is None
        assert record["article"] in (None, "die")  # Ding's article of the name, or none


def test_a_word_of_a_clubs_name_after_its_abbreviation() -> None:
    sentence = "Der FC Union Berlin gewann gegen den VfB Stuttgart."
    club = _record(sentence, "FC")
    assert club["pos"] == "PROPN" and club["plural"] is None
    union = _record(sentence, "Union")
    _no_noun_facts(union)
    assert "Case" not in _features(union)  # not "dative or genitive": the name's case


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Klar ist: Der Plan kommt zu spät.", "Klar", "klar"),
        ("Fest steht, dass die Straße gesperrt bleibt.", "Fest", "fest"),
        ("Sicher ist aber, dass gebaut wird.", "Sicher", "sicher"),
    ],
)
def test_a_fronted_predicate_is_no_noun(sentence: str, word: str, lemma: str) -> None:
    record = _record(sentence, word)
    assert record["pos"] in ("ADJ", "ADV")
    assert record["lemma"] == lemma
    assert record["morph"] == "" or "Case" not in _features(record)
    assert record["article"] is None and record["plural"] is None


def test_a_noun_in_first_place_stays_a_noun() -> None:
    record = _record("Fakt ist, dass niemand kam.", "Fakt")
    assert record["pos"] == "NOUN" and record["article"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Landkreis Gießen hat einen neuen Landrat.",
        "Aus dem Landkreis Gießen kamen viele Helfer.",
    ],
)
def test_a_place_after_its_kind_is_a_name(sentence: str) -> None:
    record = _record(sentence, "Gießen")
    _no_noun_facts(record)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Die Gemeinde fordert höhere staatliche Zuschüsse.", "höhere"),
        ("Sie verlangen höhere Löhne.", "höhere"),
    ],
)
def test_a_comparative_is_no_determiner(sentence: str, word: str) -> None:
    record = _record(sentence, word)
    assert record["pos"] == "ADJ"
    assert _features(record).get("Degree") == "Cmp"


def test_quantifiers_stay_determiners() -> None:
    assert _record("Es kamen mehrere Gäste.", "mehrere")["pos"] == "DET"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "article", "plural"),
    [
        ("Die Grabungen dauern bis zum Herbst.", "Grabungen", "Grabung", "die", "Grabungen"),
        ("Er wohnt in der Nähe der Geburtskliniken.", "Geburtskliniken", "Geburtsklinik", "die",
         "Geburtskliniken"),
        ("Er war nur ein kleines Rädchen im Betrieb.", "Rädchen", "Rädchen", "das", "Rädchen"),
        ("Die Stadt erhöht die Vergnügungssteuer.", "Vergnügungssteuer", "Vergnügungssteuer",
         "die", "Vergnügungssteuern"),
        ("Die Kfz-Steuer steigt.", "Kfz-Steuer", "Kfz-Steuer", "die", "Kfz-Steuern"),
        ("Er hielt das Steuer fest.", "Steuer", "Steuer", "das", "Steuer"),
    ],
)  # fmt: skip
def test_lemma_and_plural_of_nouns(
    sentence: str, word: str, lemma: str, article: str, plural: str
) -> None:
    record = _record(sentence, word)
    assert (record["lemma"], record["article"], record["plural"]) == (lemma, article, plural)


def test_a_capitalised_adjective_inside_a_name() -> None:
    record = _record("Die Feuerwehr meldete der Zentralen Leitstelle den Brand.", "Zentralen")
    assert record["pos"] == "ADJ" and record["lemma"] == "zentral"
    assert record["article"] is None and record["plural"] is None


def test_the_plural_of_the_noun_stays_a_noun() -> None:
    record = _record("Die Zentralen der Banken bleiben geschlossen.", "Zentralen")
    assert record["pos"] == "NOUN" and record["lemma"] == "Zentrale"


@pytest.mark.parametrize(
    ("sentence", "word", "pos", "article"),
    [
        ("Oberbürgermeister Florian Eberl zeigte sich erfreut.", "Oberbürgermeister", "NOUN",
         "der"),
        ("Weißenburg lebe von seinem Erbe, sagte er.", "Weißenburg", "PROPN", None),
        ("Gisela Hartung aus Salzgitter hatte das Heizöl bezahlt.", "Hartung", "PROPN", None),
    ],
)  # fmt: skip
def test_first_words_no_adjective_reads(sentence: str, word: str, pos: str, article: str) -> None:
    record = _record(sentence, word)
    assert record["pos"] == pos
    assert record["article"] == article
    assert "Degree" not in _features(record)


def test_a_first_adjective_stays_an_adjective() -> None:
    record = _record("Neue Regeln gelten ab Montag.", "Neue")
    assert record["pos"] == "ADJ" and record["lemma"] == "neu"


def test_a_first_word_before_its_noun_stays_its_adjective() -> None:
    record = _record("Vogelgrippe im Kreis – Tausende Tiere werden getötet", "Tausende")
    assert record["article"] is None and record["pos"] != "NOUN"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "gloss"),
    [
        ("Das Amt prüft, ob mildere Mittel reichen.", "mildere", "mild", "milder"),
        ("Der Stadtrat streitet über höhere Parkgebühren.", "höhere", "hoch", "higher"),
    ],
)
def test_a_comparative_tagged_as_a_determiner_is_looked_up_as_one(
    sentence: str, word: str, lemma: str, gloss: str
) -> None:
    record = _record(sentence, word)
    assert record["lemma"] == lemma
    assert gloss in record["glosses"][:3]


def test_a_guessed_compound_takes_no_rare_plural_of_its_head() -> None:
    # "Deidesh" + "Eimer": the table's rare feminine "die Eimer" (plural "Eimeren") is no
    # gender the dictionary gives "Eimer", so its plural is not taken
    record = _record("Das sagte die Deidesheimer Winzerin Anja Hoffmeister.", "Deidesheimer")
    assert record["plural"] != "Deidesheimeren"
