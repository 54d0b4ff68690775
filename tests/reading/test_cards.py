"""Word cards: readable grammar, what a card holds, verbs and their frames (app.reading.cards)."""

from __future__ import annotations

from app.dictionary import CompoundPart, WordInfo
from app.dictionary.context import split_frame
from app.reading.card_html import HtmlStyle, tooltip_html
from app.reading.cards import (
    SentenceTranslation,
    WordDescriber,
    as_translation,
    grammar_line,
    headword,
    make_card,
    needs_online_gloss,
    readable_pos,
)
from app.reading.lookups import InfoCache
from app.reading.textmodel import ReaderIndex
from tests.reading.helpers import fake_lookup, story_analysis

STYLE = HtmlStyle(text="#000", muted="#666", accent="#00f", entity={"PER": "#D55E00"})


def test_readable_pos() -> None:
    assert readable_pos("NOUN") == "noun"
    assert readable_pos("ADP") == "preposition"


def test_compound_only_entry() -> None:
    info = WordInfo(
        word="Raketentests",
        lemma="Raketentest",
        compound=(
            CompoundPart("Raketen", "Rakete", ("rocket",)),
            CompoundPart("tests", "Test", ("test",)),
        ),
    )
    analysis = story_analysis()
    describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(lambda *a: info))
    card = describer.card(0)
    assert "no dictionary entry" not in tooltip_html(card, STYLE)
    assert "rocket" in tooltip_html(card, STYLE)


def test_verb_cards_ask_with_their_frame_and_particles_name_their_verb() -> None:
    from app.analysis import analyze

    analysis = analyze(
        "Das Unternehmen rechnet mit einer Erholung. Die Regierung kündigte neue Hilfen an."
    )
    calls: list[tuple[str, str, str]] = []

    def recording(word: str, lemma: str, pos: str, morph: str, frame: str = "") -> WordInfo:
        calls.append((word, lemma, split_frame(frame).frame))
        return fake_lookup(word, lemma, pos, morph, frame)

    describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(recording))
    where = {t.text: i for i, t in enumerate(analysis.tokens)}
    describer.card(where["rechnet"])
    assert ("rechnet", "rechnen", "mit") in calls
    card = describer.card(where["an"])
    assert card.pos == "particle of a separable verb" and card.lemma == "ankündigen"


def test_verb_card_names_the_construction_its_clause_uses() -> None:
    from app.analysis import analyze

    analysis = analyze("Das Unternehmen rechnet mit einer Erholung. Er rechnet schnell.")

    def framed(word: str, lemma: str, pos: str, morph: str, frame: str = "") -> WordInfo:
        head = "mit etw. rechnen" if "mit" in frame.split() else "rechnen"
        return WordInfo(word=word, lemma=lemma, pos=pos, headword=head, glosses=("x",))

    describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(framed))
    first, second = (i for i, t in enumerate(analysis.tokens) if t.text == "rechnet")
    # the construction chose the entry; the lemma is the bare verb (cards34)
    assert describer.card(first).lemma == "rechnen"
    assert describer.card(second).lemma == "rechnen"


def test_what_needs_an_online_gloss_and_translation_values() -> None:
    analysis = story_analysis()
    describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(fake_lookup))
    where = {t.text: i for i, t in enumerate(analysis.tokens)}
    assert not needs_online_gloss(describer.card(where["Haus"]))  # the dictionary knows it
    assert needs_online_gloss(describer.card(where["gibt"]))
    assert not needs_online_gloss(describer.card(where["Berlin"]))  # a name
    assert not needs_online_gloss(describer.card(where["66"]))  # no letters
    assert as_translation(None) is None
    assert as_translation("") is None
    assert as_translation("Hello.") == SentenceTranslation(text="Hello.")
    pending = SentenceTranslation(pending=True)
    assert as_translation(pending) is pending


def test_headword_and_grammar_line() -> None:
    from app.analysis import analyze

    analysis = analyze("Im Haus der Vereinten Nationen spricht Scholz.")
    index = ReaderIndex.build(analysis)
    haus = next(i for i, t in enumerate(analysis.tokens) if t.text == "Haus")
    info = WordInfo(word="Haus", lemma="Haus", pos="NOUN", gender="n", plural="Häuser")
    card = make_card(index, haus, info)
    assert card.article == "das"
    assert card.pos == "noun"
    assert headword(card) == "das Haus"
    assert grammar_line(card) == "noun, neuter · plural: Häuser"
    assert card.morph == "dative singular, after »Im«" and card.features.startswith("Case=Dat")


def test_a_familys_name_after_familie_is_a_name_not_a_common_noun() -> None:
    from app.analysis import analyze

    def lookup(word: str, lemma: str, pos: str, morph: str, frame: str = "") -> WordInfo:
        glosses = ("tailor",) if word == "Schneider" else ()
        return WordInfo(word=word, lemma=lemma, pos=pos, glosses=glosses)

    analysis = analyze("Auf dem Hof von Familie Schneider blühen die Bäume.")
    describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(lookup))
    card = describer.card(analysis.tokens.texts.index("Schneider"))
    assert card.pos == "proper noun" and card.glosses == ()  # not "tailor"


def test_an_agencys_regional_code_in_a_dateline_is_no_word() -> None:
    from app.analysis import analyze
    from app.reading.cards import NAME_OR_ABBREVIATION, agency_code

    def lookup(word: str, lemma: str, pos: str, morph: str, frame: str = "") -> WordInfo:
        glosses = ("Saudi Arabia",) if word == "sa" else ("word",)
        return WordInfo(word=word, lemma=lemma, pos=pos, glosses=glosses)

    analysis = analyze("Magdeburg (dpa/sa) - Das Land sucht Lehrer.")
    describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(lookup))
    card = describer.card(analysis.tokens.texts.index("sa"))
    assert card.pos == NAME_OR_ABBREVIATION and card.glosses == () and card.lemma == "sa"
    texts = analysis.tokens.texts
    assert agency_code(texts, texts.index("sa"))
    # no agency before the slash, or no closing bracket: the word is a word
    assert not agency_code(("(", "Bus", "/", "sa", ")"), 3)
    assert not agency_code(("(", "dpa", "/", "sa", "und"), 3)
    assert not agency_code(("(", "dpa", "/", "Sachsen", ")"), 3)


def test_the_word_after_a_district_noun_is_its_name() -> None:
    from app.reading.cards import district_name

    assert district_name(("Im", "Landkreis", "Wolken", "schließt"), 2)
    assert district_name(("die", "Schulen", "des", "Kreises", "Nebel"), 4)
    assert district_name(("vom", "Kreis", "Ober-Tal"), 2)
    # a subject "der Kreis" and its object, a lower-case word, no district noun: words
    assert not district_name(("weil", "der", "Kreis", "Kosten", "spart"), 3)
    assert not district_name(("im", "Landkreis", "wurden"), 2)
    assert not district_name(("im", "Land", "Wolken"), 2)


def test_a_lowercase_word_the_tagger_took_for_a_noun_shows_the_dictionarys_class() -> None:
    from app.analysis import analyze
    from app.morphology import features
    from app.morphology.model import KIND_NOUN

    def lookup(word: str, lemma: str, pos: str, morph: str, frame: str = "") -> WordInfo:
        if word == "mehr":  # the dictionary reads the lower-case word as the adjective
            return WordInfo(word=word, lemma="mehr", pos="ADJ", glosses=("more",))
        return WordInfo(word=word, lemma=lemma, pos=pos, glosses=("x",))

    analysis = analyze("Es waren 1.140 Stellen unbesetzt, rund 190 mehr als ein Jahr zuvor.")
    i = analysis.tokens.texts.index("mehr")
    describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(lookup))
    card = describer.card(i)
    if features(analysis.tokens, i).kind == KIND_NOUN:  # the case this rule is for
        assert card.pos == "adjective"
    assert card.glosses == ("more",)
    # a capitalised noun stays a noun
    assert describer.card(analysis.tokens.texts.index("Stellen")).pos == "noun"


def test_an_object_before_an_infinitive_after_a_district_noun_is_a_word() -> None:
    from app.analysis import analyze
    from app.reading.cards import NAME_OR_ABBREVIATION, district_name

    def lookup(word: str, lemma: str, pos: str, morph: str, frame: str = "") -> WordInfo:
        return WordInfo(word=word, lemma=lemma, pos=pos, glosses=("word",))

    analysis = analyze("Nun muss der Landrat des Kreises Stellung nehmen.")
    describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(lookup))
    card = describer.card(analysis.tokens.texts.index("Stellung"))
    assert card.pos != NAME_OR_ABBREVIATION and card.glosses == ("word",)
    # a participle after the word: its object too ("dass … des Kreises Fehler gemacht hat")
    texts = ("des", "Kreises", "Fehler", "gemacht", "hat")
    morphs = ("", "", "", "Tense=Past|VerbForm=Part", "VerbForm=Fin")
    assert not district_name(texts, 2, morphs)
    # a finite verb after the name: still the district ("im Landkreis Regen hat es")
    fin = ("", "", "", "Mood=Ind|VerbForm=Fin", "")
    assert district_name(("im", "Landkreis", "Regen", "hat", "es"), 2, fin)


def test_an_object_before_a_clause_final_verb_after_a_district_noun_is_a_word() -> None:
    from app.reading.cards import district_name

    # "weil die Verwaltung des Kreises Geld spart.": the verb closes the clause, "Geld" is
    # its object; with words after the verb the name stays ("des Kreises Kleve hat gesagt")
    morphs = ("", "", "", "Mood=Ind|VerbForm=Fin", "")
    assert not district_name(("des", "Kreises", "Geld", "spart", "."), 2, morphs)
    assert not district_name(("des", "Kreises", "Geld", "spart"), 2, morphs[:4])
    assert district_name(("des", "Kreises", "Kleve", "hat", "gesagt"), 2, morphs)
