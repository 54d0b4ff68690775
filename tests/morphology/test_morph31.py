"""Session 31 (morph31): verb forms and case by the clause (made-up sentences, real
pipeline): the one verb of a subordinate or relative clause is finite, "bleiben" takes
a participle, "wieder-" verbs are separable, an inflected participle in an extended
attribute is no finite verb, a word before the clause's finite verb is none, and the
subject of a clause after a relative clause or after ", … aber" is not guessed from
the words after its verb."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.morphology import features
from app.morphology.verbs import PARTICIPLE, readings


def _shown(sentence: str, word: str) -> dict[str, tuple[str, ...]]:
    tokens = analyze(sentence).tokens
    return features(tokens, tokens.texts.index(word)).shown


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Wir sind froh, wenn überhaupt genug kommen.", "kommen"),
        ("Er wartet, bis alle gehen.", "gehen"),
        ("Es gibt Hütten, in denen Wanderer im Winter unterkommen.", "unterkommen"),
    ],
)
def test_the_one_verb_of_a_subordinate_clause_is_finite(sentence: str, word: str) -> None:
    assert _shown(sentence, word)["VerbForm"] == ("Fin",)


def test_a_comparison_after_als_keeps_its_infinitive() -> None:
    assert _shown("Er will lieber schweigen als reden.", "reden")["VerbForm"] == ("Inf",)


@pytest.mark.parametrize(
    ("sentence", "word", "form"),
    [
        ("Die Abteilung solle erhalten bleiben.", "erhalten", "Part"),
        ("Das alte Tor wird erhalten bleiben.", "erhalten", "Part"),
        # a bare infinitive with "bleiben" is no participle
        ("Die Kinder sollen sitzen bleiben.", "sitzen", "Inf"),
    ],
)  # fmt: skip
def test_bleiben_takes_a_participle(sentence: str, word: str, form: str) -> None:
    assert _shown(sentence, word)["VerbForm"] == (form,)


def test_wieder_verbs_are_separable() -> None:
    assert PARTICIPLE not in readings("wiedersehen", "wiedersehen")
    assert PARTICIPLE in readings("wiedergesehen", "wiedersehen")
    assert PARTICIPLE in readings("umfahren", "umfahren")  # two-way prefixes stay
    shown = _shown("Er sagte, dass er die Stadt nie wiedersehen werde.", "wiedersehen")
    assert shown["VerbForm"] == ("Inf",)


def test_an_inflected_participle_in_an_extended_attribute_is_no_finite_verb() -> None:
    shown = _shown("Sie fordert einen von Fachleuten geleiteten Kreißsaal.", "geleiteten")
    assert "Fin" not in shown.get("VerbForm", ())
    assert shown.get("Number") == ("Sing",)


def test_a_word_before_the_finite_verb_is_no_finite_verb() -> None:
    assert "VerbForm" not in _shown("Lange hatte es danach nicht ausgesehen.", "Lange")


def test_no_subject_claimed_after_a_relative_clause() -> None:
    sentence = (
        "Die junge Anna Berger, die im Herbst ihr Kind bekommen hat, hatte eine Petition gestartet."
    )
    assert _shown(sentence, "Petition")["Case"] != ("Nom",)


def test_a_clause_with_aber_after_a_comma_claims_no_subject() -> None:
    sentence = "Die Ministerin zeigte Verständnis, verteidigte aber die Entscheidung."
    assert _shown(sentence, "Entscheidung")["Case"] != ("Nom",)
    # a clause with its own subject still tells the object
    sentence = "Die Ministerin zeigte Verständnis, er verteidigte aber die Entscheidung."
    assert _shown(sentence, "Entscheidung")["Case"] == ("Acc",)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Der Verein beobachtet den 24 Jahre alten Stürmer.", "Jahre"),
        ("Drei Tage später waren es schon mehr.", "Tage"),
        ("Das Haus sei erst Jahrzehnte später gebaut worden.", "Jahrzehnte"),
        ("Ein rund 300 Seiten starker Band ist erschienen.", "Seiten"),
        ("Er sah die drei Meter hohe Mauer.", "Meter"),
    ],
)
def test_a_measure_before_its_adjective_is_accusative(sentence: str, word: str) -> None:
    assert _shown(sentence, word)["Case"] == ("Acc",)


def test_a_definite_time_noun_before_a_comparative_may_be_the_subject() -> None:
    assert _shown("Wenn die Tage länger werden, blüht es.", "Tage")["Case"] == ("Nom",)


def test_the_article_before_a_measure_belongs_to_the_noun_after_it() -> None:
    shown = _shown("Sie sahen die 19 und 21 Jahre alten Fahrer.", "Fahrer")
    assert shown["Number"] == ("Plur",)


def test_nahe_before_a_participle_is_no_finite_verb() -> None:
    assert "VerbForm" not in _shown("Er wohnte im nahe gelegenen Dorf.", "nahe")


def test_a_list_whose_last_member_has_an_adverb_keeps_the_clause_together() -> None:
    sentence = "Der Umbau solle über Kredite, Spenden und nicht verbrauchte Mittel erfolgen."
    assert _shown(sentence, "erfolgen")["VerbForm"] == ("Inf",)
