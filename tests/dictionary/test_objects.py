"""A verb's object as a thing (app.dictionary.objects): made-up clauses."""

from __future__ import annotations

from app.dictionary.context import Sentence
from app.dictionary.objects import (
    CLAUSE_REFLEXIVES,
    REFLEXIVE_PRONOUNS,
    is_thing,
    no_reflexive,
    takes_person,
    thing_object,
)
from app.grammar import PERSONAL_REFLEXIVES


def _clause(text: str) -> Sentence:
    """(form, lemma, is a noun) of each word, the lemma its form; nouns capitalised."""
    return [(w.lower(), w.lower(), w[:1].isupper()) for w in text.split()]


def test_nouns_that_name_no_person() -> None:
    for noun in ("Lieferungen", "US-Waffenlieferungen", "Möglichkeit", "Produktion", "Ergebnis"):
        assert is_thing(noun), noun
    for noun in ("Lehrer", "Quereinsteiger", "Spion", "Müller", "Kinder", "Zug"):
        assert not is_thing(noun), noun


def test_the_object_after_a_verb_in_second_place() -> None:
    assert thing_object(_clause("Die Firma stellt die Produktion ein"), 2)
    assert not thing_object(_clause("Die Schule stellt neue Lehrer ein"), 2)


def test_the_object_before_a_verb_at_the_end() -> None:
    assert thing_object(_clause("weil er die Lieferungen an die Ukraine einstellt"), 7)
    assert thing_object(_clause("die Zahlungen einzustellen und Lehrer zu bitten"), 2)
    assert not thing_object(_clause("mehr Quereinsteiger einzustellen und Lehrkräfte zu bitten"), 2)


def test_a_noun_after_a_preposition_is_no_object() -> None:
    # "an die Vereinbarung": the only noun stands in a prepositional phrase
    assert not thing_object(_clause("weil er Müller an die Vereinbarung erinnert"), 6)
    assert not thing_object(_clause("weil er sich an die Vereinbarung hält"), 6)


def test_the_subject_before_a_verb_with_words_after_it_decides_nothing() -> None:
    # "Die Kürzungen träfen ausgerechnet die Fächer": the tagger may miss "Fächer"
    clause = [(w, w, False) for w in ("ausgerechnet", "die", "fächer")]
    assert not thing_object([("die", "die", False), ("kürzungen", "kürzung", True),
                             ("träfen", "treffen", False), *clause], 2)  # fmt: skip


def test_headwords_with_a_person_as_object() -> None:
    assert takes_person("jdn. einstellen") and takes_person("jdn. prüfen")
    for head in ("etw. einstellen", "jdn./etw. beeinflussen", "jdm. etw. geben",
                 "auf jdn. stoßen", "einstellen", "sich mit jdm. treffen"):  # fmt: skip
        assert not takes_person(head), head


def test_a_clause_with_es_as_its_only_personal_pronoun() -> None:
    from app.dictionary.objects import impersonal, impersonal_head

    assert impersonal(_clause("Im Gemeinderat gibt es Widerstand"), 2)
    assert not impersonal(_clause("Sie gibt es ihm morgen"), 1)  # "sie" gives it
    assert not impersonal(_clause("Der Rat gibt Geld"), 2)
    assert impersonal_head("es gibt …\x1f\x1f\x1f\x1f") and not impersonal_head("er/sie gibt")


def test_es_heisst_is_reported_speech() -> None:
    from app.dictionary.model import WordInfo
    from app.dictionary.objects import saying_first

    def words(text: str) -> list[tuple[str, str, bool]]:
        return [(w, w.lower(), w[:1].isupper()) for w in text.split()]

    info = WordInfo(word="hieß", lemma="heißen", glosses=("meant", "was called"))
    assert saying_first(info, "hieß", words("hieß es am Montag"), 0, 5).glosses[0] == (
        "es hieß: it was said"
    )
    now = saying_first(info, "heißt", words("Im Bericht heißt es"), 2, 5)
    assert now.glosses[:2] == ("es heißt: it is said", "it says")
    # a question ("Wie heißt es?"), no "es" beside it, another verb: the verb's own senses
    assert saying_first(info, "heißt", words("Wie heißt es"), 1, 5) == info
    assert saying_first(info, "hieß", words("Der Hund hieß Bello"), 2, 5) == info
    other = WordInfo(word="gibt", lemma="geben", glosses=("gives",))
    assert saying_first(other, "gibt", words("gibt es"), 0, 5) == other
    # "Jetzt heißt es warten.": an infinitive closing the clause, no saying
    assert saying_first(info, "heißt", words("Jetzt heißt es warten ."), 1, 5) == info
    assert saying_first(info, "heißt", words("Es heißt , er sei krank"), 1, 5) != info
    # the infinitive closes the clause after other words: still no saying
    assert saying_first(info, "hieß", words("Dann hieß es plötzlich packen ."), 1, 5) == info
    tea = words("Nun heißt es abwarten und Tee trinken .")
    assert saying_first(info, "heißt", tea, 1, 5) == info
    said = words("hieß es am Dienstag aus Kreisen der Regierung .")
    assert saying_first(info, "hieß", said, 0, 5) != info


def test_es_heisst_with_a_noun_as_its_predicate_is_no_saying() -> None:
    from app.dictionary.model import WordInfo
    from app.dictionary.objects import saying_first

    def words(text: str) -> list[tuple[str, str, bool]]:
        return [
            (w.lower(), w.lower(), w[:1].isupper() and i > 0) for i, w in enumerate(text.split())
        ]

    info = WordInfo(word="heißt", lemma="heißen", glosses=("means", "is called"))
    # "Es heißt doch Gleichberechtigung.": the name it states, no reported speech
    assert saying_first(info, "heißt", words("Es heißt doch Gleichberechtigung"), 1, 5) == info
    assert saying_first(info, "heißt", words("Es heißt Freiheit"), 1, 5) == info
    # counterexamples: a noun inside an adverbial, a clause part that ends after "es" (a
    # comma or colon follows), the verb that opens its part (the content came before)
    said = words("Im Bericht heißt es am Dienstag")
    assert saying_first(info, "heißt", said, 2, 5).glosses[0] == "es heißt: it is said"
    assert saying_first(info, "heißt", words("In der Mitteilung heißt es"), 3, 5) != info
    assert saying_first(info, "heißt", words("heißt es in der Studie"), 0, 5) != info
    assert saying_first(info, "heißt", words("Es heißt"), 1, 5) != info
    # a demonstrative before "heißt es" is what it means: "Das heißt es nicht"
    assert saying_first(info, "heißt", words("Das heißt es nicht"), 1, 5) == info
    assert saying_first(info, "heißt", words("Dort heißt es"), 1, 5) != info


def test_one_list_of_reflexive_pronouns() -> None:
    # the grammar's first- and second-person reflexives, "sich" and the datives "mir", "dir"
    assert set(PERSONAL_REFLEXIVES) < REFLEXIVE_PRONOUNS
    assert {"sich", "mich", "dich", "uns", "euch", "mir", "dir"} == REFLEXIVE_PRONOUNS
    assert no_reflexive(_clause("Wir haben lange gerechnet"))
    # any reflexive form blocks it, whatever the subject (the frame decides the rest)
    assert not no_reflexive(_clause("Er erinnert mich daran"))
    assert not no_reflexive(_clause("Ich kaufe mir ein Rad"))


def test_clause_reflexives_are_the_one_list_without_the_datives() -> None:
    # the reflexive that marks a pronominal adverb's verb ("handelt sich darum") comes from
    # the same list, less "mir"/"dir" ("es geht mir darum" is no reflexive verb)
    assert {"sich", "mich", "dich", "uns", "euch"} == CLAUSE_REFLEXIVES
    assert CLAUSE_REFLEXIVES < REFLEXIVE_PRONOUNS


def test_thing_after_zur() -> None:
    from app.dictionary.objects import thing_phrases

    def sentence(text: str) -> list[tuple[str, str, bool]]:
        return [(w.lower(), w.lower(), w[:1].isupper()) for w in text.split()]

    assert thing_phrases(sentence("kamen 412 Kinder zur Welt"), 0) == ["zu"]
    assert thing_phrases(sentence("kam zur neuen Schule"), 0) == ["zu"]
    assert thing_phrases(sentence("kam zur Ärztin"), 0) == []
    assert thing_phrases(sentence("kam zur Großmutter"), 0) == []
    assert thing_phrases(sentence("kam zur Kollegin"), 0) == []
    # the role lexicon's feminine person nouns, and the few it lacks
    assert thing_phrases(sentence("kam zur Hebamme"), 0) == []
    assert thing_phrases(sentence("kam zur Schwiegertochter"), 0) == []
    assert thing_phrases(sentence("kam zur Mama"), 0) == []
    assert thing_phrases(sentence("kam zur Hausfrau"), 0) == []
    assert thing_phrases(sentence("kam zur Sache"), 0) == ["zu"]
