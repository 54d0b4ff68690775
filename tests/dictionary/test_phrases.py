"""Fixed phrases of Ding's lines on the word cards: built, found and matched in a sentence."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from app.dictionary import Dictionary
from app.dictionary.build.database import build_database
from app.dictionary.build.phrases import index_words, is_infinitive, line_phrases, phrase_words
from app.dictionary.context import Context, context, split_frame, split_topic, with_topic
from app.dictionary.phrases import _chunk_at
from tests.dictionary.support import ding_line


def _frame(sentence: str, word: str, frame: str = "") -> str:
    """A lookup frame carrying ``sentence`` (word/lemma pairs) for ``word``."""
    pairs = [
        tuple(token.split("/")) if "/" in token else (token, token) for token in sentence.split()
    ]
    position = next(i for i, (form, _lemma) in enumerate(pairs) if form == word)
    return frame + context(position, pairs)


def test_phrase_words_drop_placeholders_and_keep_alternatives() -> None:
    assert phrase_words("etw. in Kauf nehmen") == ["in", "Kauf", "nehmen"]
    assert phrase_words("bei jdm. (offiziell) Einspruch/Beschwerde einlegen") == [
        "Einspruch/Beschwerde", "einlegen",
    ]  # fmt: skip


def test_phrase_words_leave_out_sentences_single_nouns_and_phrases_without_a_noun() -> None:
    assert phrase_words("Ein einzelner Einwand wiegt genauso viel.") is None
    assert phrase_words("der Kauf") is None  # the noun's own entry
    assert phrase_words("mehr als") is None  # no noun: the words' own entries
    assert phrase_words("Gewicht haben") is None  # an auxiliary as the verb
    assert phrase_words("Fieber bekommen/haben") is None  # also as one alternative


def test_infinitives() -> None:
    assert is_infinitive("nehmen") and is_infinitive("lächeln") and is_infinitive("sein")
    assert not is_infinitive("einen") and not is_infinitive("Kauf")


def test_line_phrases_of_a_noun_line_and_a_verb_line() -> None:
    noun = {p.text: p for p in line_phrases(ding_line("Gewicht {n}; Bedeutung"), Counter())}
    assert noun["ins Gewicht fallen"].gloss == "to carry weight"
    assert noun["ins Gewicht fallen"].verb
    assert "Gewicht haben" not in noun
    verb = line_phrases(ding_line("etw. in Kauf nehmen"), Counter())
    assert [p.text for p in verb] == ["etw. in Kauf nehmen"]  # not the forms "in Kauf genommen"
    assert index_words(verb[0]) == ["kauf"]


def test_split_frame_reads_back_the_context() -> None:
    frame = "in" + context(1, [("Sie", "sie"), ("nimmt", "nehmen")], ["Kauf"])
    assert split_frame(frame) == Context(
        "in", 1, [("sie", "sie", False), ("nimmt", "nehmen", False)], ("Kauf",)
    )
    assert split_frame("in mit") == Context("in mit")
    assert split_topic(with_topic("in", ["zool.", "agr."])) == ("in", {"agr.", "zool."})
    assert split_topic("in") == ("in", frozenset())


def test_a_verb_phrase_comes_first_for_its_noun_and_its_verb(small: Dictionary) -> None:
    sentence = "Die/der Firma/Firma nimmt/nehmen hohe/hoch Kosten/Kosten in/in Kauf/Kauf ./."
    noun = small.lookup("Kauf", "Kauf", "NOUN", "", _frame(sentence, "Kauf"))
    assert noun.glosses[0].startswith("etw. in Kauf nehmen: ")
    assert "buying" in noun.glosses
    verb = small.lookup("nimmt", "nehmen", "VERB", "", _frame(sentence, "nimmt"))
    assert verb.glosses[0] == noun.glosses[0]


def test_the_longer_phrase_wins(small: Dictionary) -> None:
    sentence = "Das/der fällt/fallen nicht/nicht ins/in Gewicht/Gewicht"
    info = small.lookup("Gewicht", "Gewicht", "NOUN", "", _frame(sentence, "Gewicht"))
    assert info.glosses[0].startswith("nicht ins Gewicht fallen: ")
    assert info.glosses[1] == "weight"


def test_a_separated_particle_joins_the_verb() -> None:
    from app.dictionary.phrases import match

    row = (1, "Einspruch/Beschwerde einlegen", "Einspruch/Beschwerde einlegen", 1, "to appeal", 0.0)
    sentence = [
        ("sie", "sie", False),
        ("legt", "legen", False),
        ("beschwerde", "Beschwerde".lower(), True),
        ("ein", "ein", False),
    ]
    found = match(row, sentence, 2)
    assert found is not None and found.gloss == "to appeal"
    assert match(row, sentence[:3], 2) is None  # "legt Beschwerde": no einlegen


def test_a_preposition_with_a_noun_comes_after_the_nouns_first_gloss(small: Dictionary) -> None:
    walking = small.lookup(
        "Fuß", "Fuß", "NOUN", "", _frame("Sie/sie geht/gehen zu/zu Fuß/Fuß", "Fuß")
    )
    assert walking.glosses[0] == "zu Fuß gehen: to go on foot"
    plain = small.lookup(
        "Fuß", "Fuß", "NOUN", "", _frame("Sie/sie kam/kommen zu/zu Fuß/Fuß", "Fuß")
    )
    assert plain.glosses[1] == "zu Fuß: on foot"


def test_words_apart_or_in_another_order_are_no_phrase(small: Dictionary) -> None:
    sentence = (
        "Der/der Kauf/Kauf war/sein teuer/teuer ,/, in/in Zukunft/Zukunft"
        " nehmen/nehmen wir/wir mehr/mehr"
    )
    info = small.lookup("Kauf", "Kauf", "NOUN", "", _frame(sentence, "Kauf"))
    assert not any(": " in g for g in info.glosses)


def test_a_database_without_phrases_answers_as_before(small: Dictionary) -> None:
    plain = small.lookup("Kauf", "Kauf", "NOUN", "")
    assert plain.glosses and not any(": " in g for g in plain.glosses)


def test_any_possessive_stands_for_dings_seiner() -> None:
    from app.dictionary.phrases import match

    row = (1, "am Ende seiner Geduld sein", "am Ende seiner Geduld sein", 1, "x", 0.0)
    words = ["sie", "sind", "am", "ende", "ihrer", "geduld"]
    sentence = [(w, "sein" if w == "sind" else w, w == "ende" or w == "geduld") for w in words]
    assert match(row, sentence, 3) is not None
    sentence[4] = ("ihren", "ihr", False)  # another ending: another case
    assert match(row, sentence, 3) is None


def test_a_phrase_whose_verb_may_be_an_auxiliary_is_not_matched() -> None:
    from app.dictionary.phrases import match

    row = (1, "Fieber bekommen/haben", "Fieber bekommen/haben", 1, "to run a fever", 0.0)
    words = ["nach", "dem", "fieber", "haben", "sie", "geschlafen"]
    sentence = [(w, w, w == "fieber") for w in words]
    assert match(row, sentence, 2) is None  # "haben … geschlafen": a tense


def test_a_lowercase_phrase_word_met_by_a_noun_needs_its_next_word_right_after() -> None:
    kleinen = split_frame(context(1, [("Die", "die"), ("Kleinen", "Kleine"), ("spielen", "spielen"),
                                       ("im", "im"), ("Hof", "Hof")])).sentence  # fmt: skip
    assert _chunk_at(["kleiner", "Hof"], kleinen, 1) is None  # not across "spielen im"
    name = split_frame(context(2, [("für", "für"), ("Soziale", "Soziale"),
                                   ("Sicherung", "Sicherung")])).sentence  # fmt: skip
    assert _chunk_at(["soziale", "Sicherung"], name, 1) == [1, 2]
    schutz = split_frame(context(0, [("unter", "unter"), ("strengem", "streng"),
                                     ("Schutz", "Schutz")])).sentence  # fmt: skip
    assert _chunk_at(["unter", "Schutz"], schutz, 0) == [0, 2]


def test_a_preposition_with_an_adverb_is_a_phrase_of_its_own() -> None:
    from app.dictionary.build.phrases import Phrase

    assert phrase_words("bis dahin") == ["bis", "dahin"]  # until then, not "there"
    assert phrase_words("vor allem") == ["vor", "allem"]
    assert phrase_words("mehr als") is None  # no preposition first
    assert phrase_words("an sich") is None  # a function word
    assert phrase_words("zu gehen") is None  # an infinitive
    phrase = Phrase("bis dahin", "bis dahin", False, "until then", 0.0)
    assert index_words(phrase) == ["dahin"]  # found by its adverb


def _in_sentences(
    tmp_path: Path, lines: str, word: str, pos: str, *sentences: str
) -> list[tuple[str, ...]]:
    """The glosses of ``word`` in each of ``sentences`` (word/lemma pairs), from a
    database of the Ding ``lines``."""
    source = tmp_path / "lines.txt"
    source.write_text(lines, encoding="utf-8")
    build_database(source, tmp_path / "d.sqlite", lemma_pairs=[])
    dictionary = Dictionary(tmp_path / "d.sqlite")
    found = [
        dictionary.lookup(word, word, pos, "", _frame(sentence, word)).glosses
        for sentence in sentences
    ]
    dictionary.close()
    return found


def test_an_adverbial_phrase_comes_before_the_adverbs_own_glosses(tmp_path: Path) -> None:
    until, there = _in_sentences(
        tmp_path, "dahin {adv} :: there\nbis dahin :: until then\n", "dahin", "ADV",
        "Bis/bis dahin/dahin ist/sein es/es", "Wir/wir gehen/gehen dahin/dahin",
    )  # fmt: skip
    assert until[0] == "bis dahin: until then"
    assert there[0] == "there"


def test_an_adverbial_phrase_listed_as_a_synonym_is_none() -> None:
    # "unten; nach unten; darunter {adv} :: under" translates "unten"; a sub-entry
    # of its own ("unten {adv} | nach unten :: down | downward") is the phrase's
    from app.dictionary.build.ding import parse_line

    synonym = parse_line("unten; nach unten; darunter {adv} :: under")
    own = parse_line("unten {adv} | nach unten :: down | downward")
    assert synonym is not None and own is not None
    assert [p.text for p in line_phrases(synonym, Counter())] == []
    assert [(p.text, p.gloss) for p in line_phrases(own, Counter())] == [("nach unten", "downward")]


def test_a_phrase_with_an_owner_needs_one_in_the_sentence() -> None:
    from app.dictionary.phrases import match

    row = (1, "jds. Haus in der Stadt", "Haus in der Stadt", 0, "sb.’s town house", 0.0)

    def sentence(words: str) -> list[tuple[str, str, bool]]:
        return [(w.lower(), w.lower(), w[:1].isupper()) for w in words.split()]

    # "große Häuser in der Stadt": nobody's house, no "sb.'s town house"
    assert match(row, sentence("als große Haus in der Stadt"), 2) is None
    assert match(row, sentence("er kauft Haus in der Stadt"), 2) is None  # "er" owns nothing
    assert match(row, sentence("sie verkauft ihr Haus in der Stadt"), 3) is not None
    assert match(row, sentence("Merkels Haus in der Stadt"), 1) is not None
    assert match(row, sentence("das Haus des Vaters in der Stadt"), 1) is not None
    # a phrase without "jds." needs no owner
    plain = (2, "Haus in der Stadt", "Haus in der Stadt", 0, "town house", 0.0)
    assert match(plain, sentence("als große Haus in der Stadt"), 2) is not None


def test_the_quick_test_keeps_every_row_that_matches() -> None:
    """:func:`may_fit` leaves out only rows :func:`match` would not match: alternatives
    ("a/b"), possessives for any owner, a verb found by its lemma."""
    from app.dictionary.phrases import match, may_fit

    rows = [
        (1, "am Ende seiner Geduld sein", "am Ende seiner Geduld sein", 1, "x", 0.0),
        (2, "Fieber bekommen", "Fieber bekommen", 1, "x", 0.0),
        (3, "in der Nähe/Naehe", "in der Nähe/Naehe", 0, "x", 0.0),
        (4, "unter Schutz", "unter Schutz", 0, "x", 0.0),
        (5, "Beschwerde einlegen", "Beschwerde einlegen", 1, "x", 0.0),
        (6, "auf dem Lande", "auf dem Lande", 0, "x", 0.0),
        (7, "der ländliche Raum", "der ländliche Raum", 0, "x", 0.0),
    ]
    sentences = [
        ["sie", "sind", "am", "ende", "ihrer", "geduld"],
        ["er", "hat", "fieber", "bekommen"],
        ["in", "der", "naehe", "unter", "strengem", "schutz"],
        ["sie", "legt", "beschwerde", "ein"],
        ["der", "schutz", "in", "der", "nähe"],
        ["wer", "auf", "dem", "land", "wohnt"],
        ["busse", "im", "ländlichen", "raum"],
    ]
    lemmas = {"sind": "sein", "legt": "legen", "hat": "haben", "ländlichen": "ländlich"}
    nouns = {"ende", "geduld", "fieber", "nähe", "naehe", "schutz", "beschwerde", "land", "raum"}
    matched = 0
    for words in sentences:
        sentence = [(w, lemmas.get(w, w), w in nouns) for w in words]
        present = {w for token in sentence for w in token[:2]}
        for row in rows:
            for position in range(len(sentence)):
                if match(row, sentence, position) is not None:
                    matched += 1
                    assert may_fit(row, present), (row[1], words)
    assert matched >= 7
    assert not may_fit(rows[3], {"unter", "dem", "dach"})  # no "Schutz"
    assert not may_fit(rows[2], {"in", "der", "ferne"})  # neither "Nähe" nor "Naehe"


def test_a_phrase_noun_with_the_old_dative_e_fits_the_noun_without_it() -> None:
    from app.dictionary.phrases import dative_e_free, match

    def sentence(words: str) -> list[tuple[str, str, bool]]:
        return [(w.lower(), w.lower(), w[:1].isupper()) for w in words.split()]

    row = (1, "auf dem Lande", "auf dem Lande", 0, "in the countryside", 0.2)
    assert match(row, sentence("wer auf dem Land wohnt"), 3) is not None
    assert match(row, sentence("wer auf dem Lande wohnt"), 3) is not None
    # only after a dative article: "die Kurse" is no "Kurs", "das Land" no "Lande"
    assert match(row, sentence("wer auf das Land setzt"), 3) is None
    kurse = (2, "die Kurse steigen", "die Kurse steigen", 1, "prices rise", 0.2)
    assert match(kurse, sentence("die Kurs steigen"), 1) is None
    assert dative_e_free("Lande") == "Land" and dative_e_free("Grunde") == "Grund"
    assert dative_e_free("Idee") is None and dative_e_free("lande") is None


def test_the_sentences_nouns_after_a_dative_article_find_the_old_spelling(tmp_path: Path) -> None:
    rural, state = _in_sentences(
        tmp_path, "Land {n} :: country\nauf dem Lande :: in the countryside\n", "Land", "NOUN",
        "wer/wer auf/auf dem/der Land/Land wohnt/wohnen",
        "das/der Land/Land fördert/fördern Busse/Bus",
    )  # fmt: skip
    assert "auf dem Lande: in the countryside" in rural
    assert not any(g.startswith("auf dem Lande") for g in state)


def test_a_noun_phrase_cited_with_its_article_fits_a_declined_one() -> None:
    from app.dictionary.phrases import match

    def sentence(words: str, lemmas: dict[str, str]) -> list[tuple[str, str, bool]]:
        return [(w.lower(), lemmas.get(w, w).lower(), w[:1].isupper()) for w in words.split()]

    cited = (1, "der ländliche Raum", "der ländliche Raum", 0, "countryside areas", 0.3)
    rural = sentence("Busse im ländlichen Raum ausbauen", {"ländlichen": "ländlich"})
    assert match(cited, rural, 3) is not None and match(cited, rural, 2) is not None
    # another adjective or another noun is no match
    assert match(cited, sentence("im öffentlichen Raum", {"öffentlichen": "öffentlich"}), 2) is None
    # without Ding's article the phrase is no citation: its adjective must agree as written
    bare = (2, "vergangenes Jahr", "vergangenes Jahr", 0, "last year", 0.1)
    years = sentence("in den vergangenen Jahren", {"vergangenen": "vergangen", "Jahren": "Jahr"})
    assert match(bare, years, 3) is None


def test_a_word_of_a_longer_phrase_is_no_word_of_a_shorter_one() -> None:
    """ "zu gegebener Zeit bekannt gegeben": "Zeit" belongs to "zu gegebener Zeit", so
    "gegeben" is no "jdm. Zeit geben"; with no longer phrase around it it is."""
    from app.dictionary.phrases import _matched, _taken

    longer = (1, "zu gegebener Zeit", "zu gegebener Zeit", 0, "in due course", 0.0)
    shorter = (2, "jdm. Zeit geben", "Zeit geben", 1, "to bear with sb.", 0.0)

    def sentence(pairs: str) -> list[tuple[str, str, bool]]:
        words = [p.split("/") for p in pairs.split()]
        return [(f.lower(), lemma.lower(), f[:1].isupper()) for f, lemma in words]

    def shown(words: list[tuple[str, str, bool]], position: int) -> bool:
        mine = _matched(shorter, words, position)
        assert mine is not None
        others = [m[1] for row in (longer, shorter) if (m := _matched(row, words, None))]
        return not _taken(mine[1], position, others)

    told = sentence(
        "Das/der Datum/Datum wird/werden zu/zu gegebener/gegeben Zeit/Zeit bekannt/bekannt"
        " gegeben/geben"
    )
    assert not shown(told, 7)
    assert _matched(longer, told, 5) is not None  # "Zeit" keeps its phrase
    patient = sentence("Sie/sie will/wollen ihm/er Zeit/Zeit geben/geben")
    assert shown(patient, 4)
    # the word itself in the longer phrase: both phrases are its own
    assert not _taken([3, 6], 3, [[1, 2, 3]])


def _words(text: str) -> list[tuple[str, str, bool]]:
    """A made-up clause: each word its own lemma, a capitalised one a noun."""
    return [(w.lower(), w.lower(), w[:1].isupper()) for w in text.split()]


def test_another_determiner_stands_for_the_article_of_a_verb_phrase() -> None:
    from app.dictionary.phrases import match

    row = (1, "eine Wahl treffen", "eine Wahl treffen", 1, "to make a choice", 0.0)
    assert match(row, _words("wir treffen diese Wahl heute"), 1) is not None
    assert match(row, _words("wir treffen keine schwere Wahl"), 1) is not None
    found = match(row, _words("wir treffen unsere Wahl"), 3)
    assert found is not None and found.other_article
    # not across another noun or a preposition, nor in another number
    assert match(row, _words("die Leute treffen in Wahl"), 2) is None
    assert match(row, _words("wir treffen diese Wahlen"), 1) is None


def test_a_cited_definite_article_takes_no_indefinite_one() -> None:
    from app.dictionary.phrases import match

    row = (1, "den Preis erhalten", "den Preis erhalten", 1, "to win the award", 0.0)
    assert match(row, _words("sie erhalten diesen Preis"), 1) is not None
    assert match(row, _words("sie erhalten einen Preis"), 1) is None


def test_the_article_of_a_copula_phrase_or_a_preposition_stays_as_cited() -> None:
    from app.dictionary.phrases import match

    copula = (1, "ein Kind sein", "ein Kind sein", 1, "to be a child of sth.", 0.0)
    assert match(copula, _words("seien die Kind unterwegs"), 2) is None
    assert match(copula, _words("er sein ein Kind"), 3) is not None
    place = (2, "in einem Tag", "in einem Tag", 0, "in one day", 0.0)
    assert match(place, _words("in den Tag"), 2) is None


def test_bringen_makes_the_causative_of_a_kommen_phrase() -> None:
    from app.dictionary.phrases import match

    row = (1, "zum Stillstand kommen", "zum Stillstand kommen", 1, "to come to a halt", 0.0)
    sentence = [("sie", "sie", False), ("brachten", "bringen", False),
                ("alles", "alles", False), ("zum", "zum", False),
                ("stillstand", "stillstand", True)]  # fmt: skip
    found = match(row, sentence, 4)
    assert found is not None
    assert (found.text, found.gloss) == ("zum Stillstand bringen", "to bring sth. to a halt")
    # English without a causative, or no preposition of a state: no twin
    other = (2, "zum Stillstand kommen", "zum Stillstand kommen", 1, "to stall", 0.0)
    assert match(other, sentence, 4) is None
    visit = (3, "Besuch kommen", "Besuch kommen", 1, "to come to call", 0.0)
    sentence[4] = ("besuch", "besuch", True)
    assert match(visit, sentence, 4) is None


def sentence(text: str) -> list[tuple[str, str, bool]]:
    """A made-up sentence's (form, lemma, noun) words: forms as lemmas, capitals nouns."""
    return [(w.lower(), w.lower(), w[:1].isupper()) for w in text.split()]


def test_a_contraction_of_the_text_is_its_preposition_and_article() -> None:
    from app.dictionary.phrases import match

    row = (1, "sich in einem Streit befinden", "in einem Streit befinden", 1, "x", 0.0)
    told = sentence("der Verein befinden sich mitten im Streit")
    found = match(row, told, 6)
    assert found is not None and found.size == 4
    assert match(row, told, 5) is not None  # "im": the phrase's "in einem"
    cited = (2, "auf das Rad steigen", "auf das Rad steigen", 1, "y", 0.0)
    assert match(cited, sentence("sie steigen aufs Rad"), 3) is not None


def test_a_phrase_without_the_contractions_article_is_another_phrase() -> None:
    from app.dictionary.phrases import match

    bare = (1, "zu Ende", "zu Ende", 0, "over", 0.0)
    assert match(bare, sentence("das Fest zum Ende des Jahres"), 3) is None
    apart = (2, "in der Stadt", "in der Stadt", 0, "in town", 0.0)
    assert match(apart, sentence("eine Schule im Norden der Stadt"), 5) is None
    joined = (3, "zum Schluss", "zum Schluss", 0, "in the end", 0.0)
    assert match(joined, sentence("sie kamen zu dem Schluss"), 4) is None  # not undone
    assert match(joined, sentence("sie kamen zum Schluss"), 3) is not None


def test_a_phrase_ending_in_the_zu_of_an_infinitive_is_matched_as_its_verb_phrase() -> None:
    from app.dictionary.phrases import match, may_fit

    row = (1, "Ärger laufen zu", "Ärger laufen zu", 0, "to risk", 0.0)
    told = sentence("sie laufen Ärger")
    assert may_fit(row, {"sie", "laufen", "ärger"})  # the "zu" stands in the next clause
    found = match(row, told, 2)
    assert found is not None and found.text == "Ärger laufen zu"
    assert match(row, sentence("Ärger laufen"), 0) is not None  # the verb anywhere
    contrast = (2, "im Gegensatz zu", "im Gegensatz zu", 0, "in contrast to", 0.0)
    assert match(contrast, sentence("im Gegensatz dazu"), 1) is None  # no verb: as written
