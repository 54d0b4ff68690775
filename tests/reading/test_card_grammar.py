"""The card's grammar comes from the morphology engine: right, two values, or nothing
(app.reading.cards.token_grammar, make_card; the JSON uses the same function)."""

from __future__ import annotations

import functools

from app.analysis import Analysis, analyze
from app.dictionary import WordInfo, open_dictionary
from app.grammar import frame_at
from app.reading.card_text import card_text
from app.reading.cards import (
    WordCard,
    WordDescriber,
    card_names,
    headword,
    token_grammar,
)
from app.reading.lookups import InfoCache
from app.reading.textmodel import ReaderIndex

TEXT = (
    "Hochrangige US-Beamte befürchten eine Militär-Aktion. "
    "Wie das amerikanische Sender-Format berichtet, wächst das Militärbündnis weiter.\n\n"
    "Die USA würden sich auf eine Überraschung vorbereiten.\n\n"
    "Wir haben keinen Zweifel daran. Die US-Wahl ist am 5. November.\n\n"
    "Trump könnte ein rasches Ende des russischen Angriffskrieges bewirken.\n\n"
    "Putin habe eine Einladung erhalten, erklärte sein Sprecher Dmitri Peskow am Freitag.\n\n"
    "Die Bundeskanzlerin sprach mit den Ministern. Er sieht die Lage gelassener.\n\n"
    "Die Regierung kündigte neue Hilfen an.\n\n"
    "Sie wartet auf den Bus."
)


@functools.cache
def _analysis() -> Analysis:
    return analyze(TEXT)


def _lookup(word: str, lemma: str, pos: str, morph: str, frame: str = "") -> WordInfo:
    return open_dictionary().lookup(word, lemma=lemma, pos=pos, morph=morph, frame=frame)


@functools.cache
def _describer() -> WordDescriber:
    return WordDescriber(ReaderIndex.build(_analysis()), InfoCache(_lookup))


def card(word: str, nth: int = 0) -> WordCard:
    found = [i for i, t in enumerate(_analysis().tokens) if t.text == word]
    return _describer().card(found[nth])


def test_nouns_article_gender_and_case_never_contradict() -> None:
    sender = card("Sender-Format")
    assert headword(sender) == "das Sender-Format" and sender.gender == "neuter"
    zweifel = card("Zweifel")
    assert headword(zweifel) == "der Zweifel" and zweifel.gender == "masculine"
    assert "accusative singular" in zweifel.morph
    wahl = card("US-Wahl")
    assert headword(wahl) == "die US-Wahl" and "Number=Sing" in wahl.features
    assert "plural" not in wahl.morph and "neuter" not in card_text(wahl)
    assert "Gender=Fem" in wahl.features


def test_case_and_number_from_the_phrase_and_the_clause() -> None:
    krieg = card("Angriffskrieges")
    assert "Case=Gen" in krieg.features and "Number=Sing" in krieg.features
    assert headword(krieg) == "der Angriffskrieg" and krieg.plural == "Angriffskriege"
    bund = card("Militärbündnis")
    assert "Case=Nom" in bund.features
    assert bund.plural == "Militärbündnisse"
    assert card("Bundeskanzlerin").plural == "Bundeskanzlerinnen"
    assert card("Ministern").morph.startswith("dative plural")


def test_two_cases_are_named_as_a_choice() -> None:
    bus = card("Bus")
    assert "Case=Acc" in bus.features  # "auf den Bus": the article decides
    ueberraschung = card("Überraschung")
    assert "accusative" in ueberraschung.morph


def test_verbs_form_tense_person_and_konjunktiv() -> None:
    befuerchten = card("befürchten")
    assert "present" in befuerchten.morph and "3rd person plural" in befuerchten.morph
    assert "past" not in befuerchten.morph
    vorbereiten = card("vorbereiten")
    assert vorbereiten.features == "VerbForm=Inf" and "infinitive" in vorbereiten.morph
    habe = card("habe")
    assert "Konjunktiv I" in habe.morph and "reported speech" in habe.morph
    assert "Mood=Sub" in habe.features and "Tense=Pres" in habe.features
    assert "Konjunktiv II" in card("könnte").morph
    assert card("erhalten").features == "Tense=Past|VerbForm=Part"


def test_adjectival_nouns_names_and_comparatives() -> None:
    beamte = card("US-Beamte")
    assert headword(beamte) == "der US-Beamte" and beamte.plural == "US-Beamten"
    assert "nominative plural" in beamte.morph
    peskow = card("Peskow")
    assert peskow.gender is None and peskow.article is None and "Gender" not in peskow.features
    assert "plural" not in peskow.morph
    gelassener = card("gelassener")
    assert gelassener.lemma == "gelassen" and "Degree=Cmp" in gelassener.features
    assert "comparative" in gelassener.morph


def test_json_fields_are_the_cards_grammar() -> None:
    analysis = _analysis()
    dictionary = open_dictionary()
    describer = _describer()
    names, proper = card_names(analysis)
    for i, t in enumerate(analysis.tokens):
        info = dictionary.lookup(
            t.text, lemma=t.lemma, pos=t.pos, morph=t.morph, frame=frame_at(analysis.tokens, i)
        )
        fields = token_grammar(analysis.tokens, i, info, i in names, i in proper).json_fields()
        shown = describer.card(i)
        assert fields["morph"] == shown.features, t.text
        assert fields["article"] == shown.article, t.text
        assert fields["plural"] == shown.plural, t.text


def test_the_json_tokens_say_what_the_cards_say() -> None:
    """``analyze --json --tokens`` and the card: same base form, glosses and grammar."""
    from app.cli.render import token_records

    describer = _describer()
    records = token_records(_analysis())
    for i, record in enumerate(records):
        shown = describer.card(i)
        assert record["lemma"] == shown.lemma, record["text"]
        assert record["glosses"] == list(shown.glosses), record["text"]
        assert (record["morph"], record["article"], record["plural"]) == (
            shown.features,
            shown.article,
            shown.plural,
        ), record["text"]
    beamte = next(r for r in records if r["text"] == "US-Beamte")
    assert (beamte["article"], beamte["lemma"]) == ("der", "US-Beamte")


def test_glosses_follow_the_grammar() -> None:
    gelassener = card("gelassener")  # the comparative of "gelassen", not "lassen"
    assert "calmer" in gelassener.glosses[:3] and "to let" not in gelassener.glosses
    assert not {"surprisingly", "astonishingly"} & set(card("Überraschung").glosses)
    assert "to announce" in " ".join(card("kündigte").glosses[:3])


def test_the_json_asks_the_dictionary_what_the_card_asks() -> None:
    from app.reading.lookups import lookup_key

    tokens = _analysis().tokens
    i = tokens.texts.index("gelassener")
    assert lookup_key(tokens, i)[1:3] == ("gelassen", "ADJ")


def test_the_forms_decide_the_part_of_speech() -> None:
    analysis = analyze(
        "Wie die Agentur angab, beobachtete Diktator Kim Jong-un zuletzt viele Tests. "
        "Trump könnte den Krieg beenden, weil er die Lieferungen einstellt."
    )
    describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(_lookup))
    where = {t.text: i for i, t in enumerate(analysis.tokens)}
    beobachtete = describer.card(where["beobachtete"])  # a finite verb before a name
    assert beobachtete.pos == "verb" and "past tense" in beobachtete.morph
    assert describer.card(where["einstellt"]).pos == "verb"
    diktator = describer.card(where["Diktator"])  # a title the tagger took for a name
    assert (diktator.pos, headword(diktator)) == ("noun", "der Diktator")


def test_an_adjective_used_as_an_adverb_asks_for_adverb_senses() -> None:
    from app.reading.lookups import lookup_key

    analysis = analyze("Die Preise stiegen deutlich. Nur ein kleiner Teil ist klar.")
    tokens = analysis.tokens
    where = {t.text: i for i, t in enumerate(tokens)}
    assert lookup_key(tokens, where["deutlich"])[2] == "ADV"  # after a full verb
    assert lookup_key(tokens, where["klar"])[2] != "ADV"  # after a copula
    kleiner = lookup_key(tokens, where["kleiner"])  # a positive, not the comparative
    assert kleiner[:2] == ("kleine", "klein")  # inflected like the base: "small"
    assert "smaller" not in _lookup(*kleiner).glosses[:1]


def test_an_uninflected_adjective_in_a_clause_without_copula_is_an_adverb() -> None:
    from app.reading.lookups import lookup_key

    analysis = analyze(
        "Wer seine Preise nicht kurzfristig senken könne, verliere Kunden. "
        "Die Lage bleibt kurzfristig klar."
    )
    tokens = analysis.tokens
    first = [i for i, t in enumerate(tokens) if t.text == "kurzfristig"]
    assert lookup_key(tokens, first[0])[2] == "ADV"  # "seine" is no copula
    assert "short" not in _lookup(*lookup_key(tokens, first[0])).glosses[:1]
    klar = next(i for i, t in enumerate(tokens) if t.text == "klar")
    assert lookup_key(tokens, klar)[2] != "ADV"  # predicative after "bleibt"


def test_a_pronominal_adverb_of_the_verb_shows_the_verbs_construction() -> None:
    from app.reading.lookups import lookup_key

    analysis = analyze(
        "Experten warnten davor, die Lage zu unterschätzen. Damit endet eine lange Serie."
    )
    tokens = analysis.tokens
    where = {t.text: i for i, t in enumerate(tokens)}
    davor = _lookup(*lookup_key(tokens, where["davor"]))
    assert davor.glosses[0].startswith("jdn. vor etw. warnen: to warn")
    assert "before" in davor.glosses  # its own glosses follow
    damit = _lookup(*lookup_key(tokens, where["Damit"]))  # an adverb of its own
    assert ":" not in damit.glosses[0]


def test_a_common_noun_inside_a_persons_name_shows_no_gender() -> None:
    analysis = analyze("Die Ministerin Beate Weber sprach in Kiel mit dem Weber.")
    describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(_lookup))
    texts = analysis.tokens.texts
    weber = describer.card(texts.index("Weber"))
    assert weber.article is None and "Gender" not in weber.features
    craftsman = describer.card(len(texts) - 2)  # "dem Weber": the weaver
    assert craftsman.article == "der"
    assert describer.card(texts.index("Ministerin")).article == "die"


def test_names_are_not_translated_word_by_word() -> None:
    from app.reading.cards import shown_glosses

    assert shown_glosses("Peter", ("polyethylene terephthalate",), "PER") == ()
    assert shown_glosses("Fischer", ("fisherman", "Fischer"), "PER") == ("Fischer",)
    assert shown_glosses("AP", ("aniline point",), "ORG") == ()
    assert shown_glosses("NATO", ("North Atlantic Treaty Organization",), "ORG") == (
        "North Atlantic Treaty Organization",
    )
    assert shown_glosses("Sicherheitsrat", ("security council",), "ORG") == ("security council",)
    assert shown_glosses("BIP", ("gross domestic product",), None) == ("gross domestic product",)


def test_an_adjective_inside_a_name_asks_for_the_adjective() -> None:
    from app.reading.lookups import lookup_key

    tokens = analyze("Der Präsident empfing die Gäste im Weißen Haus.").tokens
    key = lookup_key(tokens, tokens.texts.index("Weißen"))
    assert key[1:3] == ("weiß", "ADJ")
    assert _lookup(*key).glosses[:1] == ("white",)


def test_a_pronominal_adverb_inside_its_clause_is_not_read_literally() -> None:
    from app.reading.lookups import lookup_key

    analysis = analyze("Die Mieten sanken dagegen im Winter.")
    tokens = analysis.tokens
    key = lookup_key(tokens, tokens.texts.index("dagegen"))
    glosses = _lookup(*key).glosses
    assert "against it" in glosses and glosses[0] != "against it"  # by contrast
    analysis = analyze("Ein Drittel davon bleibt übrig.")  # partitive: literal
    tokens = analysis.tokens
    assert _lookup(*lookup_key(tokens, tokens.texts.index("davon"))).glosses[0] == "of them"


def test_an_abbreviation_takes_the_dictionarys_gender_even_inside_a_name() -> None:
    analysis = analyze(
        "Der Vorschlag von SPD und FDP wurde abgelehnt. Die Behandlung des TA kam spät."
    )
    describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(_lookup))
    texts = analysis.tokens.texts
    assert describer.card(texts.index("FDP")).article == "die"  # Ding: die FDP
    assert describer.card(texts.index("SPD")).article == "die"
    # counterexample: Ding's "Ta" (tantalum, das) is not the abbreviation "TA"
    assert describer.card(texts.index("TA")).article is None


def test_an_abbreviation_in_a_name_keeps_no_gender_of_another_meaning() -> None:
    from app.reading.cards import _names_an_organisation

    assert _names_an_organisation(("Liberal Democratic Party",))
    assert not _names_an_organisation(("aniline point",))  # Ding's "AP"
    analysis = analyze("Kim und Putin trafen sich. Foto: Vladimir Smirnov/AP")
    describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(_lookup))
    assert describer.card(analysis.tokens.texts.index("AP")).article is None


def test_the_phrase_gender_goes_into_the_key_and_picks_the_sense() -> None:
    from app.reading.lookups import lookup_key

    analysis = analyze(
        "Der See ist tief. Sie fuhren an die See. Die Steuer steigt, er sitzt am Steuer. "
        "Die Seen sind warm. Er stieg auf die Leiter."
    )
    tokens = analysis.tokens
    at = [i for i, t in enumerate(tokens) if t.text in ("See", "Steuer", "Seen", "Leiter")]
    keys = [lookup_key(tokens, i) for i in at]
    genders = [next((f for f in k[3].split("|") if f.startswith("Gender=")), "") for k in keys]
    # a singular whose phrase decides; not a plural, not "die Leiter" (singular or plural)
    assert genders == ["Gender=Masc", "Gender=Fem", "Gender=Fem", "Gender=Neut", "", ""]
    glosses = [_lookup(*k).glosses for k in keys]
    assert "lake" in glosses[0][0] and glosses[1][0] == "sea"
    assert glosses[2][0] == "tax" and "steering wheel" in glosses[3][0]


def test_a_bare_superlative_is_an_adverb() -> None:
    from app.reading.lookups import lookup_key

    analysis = analyze(
        "Es gehe darum, möglichst viele Beschäftigte zu halten. Das ist höchst umstritten. "
        "Die höchste Stufe gilt."
    )
    tokens = analysis.tokens
    where = {t.text: i for i, t in enumerate(tokens)}
    assert lookup_key(tokens, where["möglichst"])[1:3] == ("möglichst", "ADV")
    assert "as … as possible" in _lookup(*lookup_key(tokens, where["möglichst"])).glosses[:3]
    assert lookup_key(tokens, where["höchst"])[1:3] == ("höchst", "ADV")
    assert lookup_key(tokens, where["höchste"])[1:3] == ("hoch", "ADJ")  # inflected


def test_a_du_form_needs_du() -> None:
    from app.reading.lookups import lookup_key

    analysis = analyze("Bibliotheken seien längst nicht mehr nur Ausleihstellen. Du gibst auf.")
    tokens = analysis.tokens
    where = {t.text: i for i, t in enumerate(tokens)}
    assert lookup_key(tokens, where["längst"])[1:3] == ("längst", "ADV")  # not "längen"
    assert lookup_key(tokens, where["gibst"])[2] == "VERB"


def test_a_common_noun_tagged_as_a_name_takes_the_tables_gender() -> None:
    from app.morphology.model import KIND_NOUN, FormAnalysis
    from app.reading.cards import _with_dictionary_noun

    name = FormAnalysis(lemma="Büro", pos="PROPN", shown={"Number": ("Sing",)}, kind=KIND_NOUN)
    # the lookup chose a line by the tagger's "Gender=Fem": the table says das Büro
    wrong_line = WordInfo(word="Büro", lemma="Büro", gender="f", match="exact", glosses=("x",))
    pos, article, gender, _ = _with_dictionary_noun(name, wrong_line, False, False, "Büro")
    assert (pos, article, gender) == ("NOUN", "das", "n")
    # counterexample: a word the table lacks keeps the dictionary's gender and plural
    diktator = FormAnalysis(lemma="Diktatorx", pos="PROPN", kind=KIND_NOUN)
    info = WordInfo(word="Diktatorx", lemma="Diktatorx", gender="m", plural="Diktatorxe",
                    match="exact", glosses=("x",))  # fmt: skip
    assert _with_dictionary_noun(diktator, info, False, False, "Diktatorx") == (
        "NOUN", "der", "m", "Diktatorxe"
    )  # fmt: skip


def _cards_of(text: str) -> tuple[Analysis, WordDescriber]:
    analysis = analyze(text)
    return analysis, WordDescriber(ReaderIndex.build(analysis), InfoCache(_lookup))


def test_a_town_read_through_a_common_noun_is_a_name() -> None:
    # datelines, a listed place after "in", a village after "von": no article, gender or
    # plural of the noun the name ends in (die Burg, der Bach) or looks like (das Simmer)
    analysis, describer = _cards_of(
        "Simmern (dpa/lrs) - Im Kreis bläst einem Windpark Gegenwind entgegen. Der "
        "Gemeinderat von Dörrbach hat am Mittwoch abgestimmt.\n\n"
        "Magdeburg (dpa) - An Schulen in Sachsen-Anhalt verhärten sich die Fronten."
    )
    texts = analysis.tokens.texts
    for word in ("Simmern", "Dörrbach", "Magdeburg", "Sachsen-Anhalt"):
        seen = describer.card(texts.index(word))
        assert seen.article is None and seen.plural is None, word
        assert "Gender" not in seen.features and "Plur" not in seen.features, word
    assert describer.card(texts.index("Simmern")).features == "Case=Nom|Number=Sing"
    assert describer.card(texts.index("Magdeburg")).features == "Case=Nom|Number=Sing"


def test_a_place_word_with_an_article_stays_a_common_noun() -> None:
    # "das Essen" is food, "die Halle" a hall, even where the words also name towns
    analysis, describer = _cards_of("Das Essen war gut. Die Burg liegt bei Essen.")
    texts = analysis.tokens.texts
    assert describer.card(texts.index("Essen")).article == "das"
    assert describer.card(texts.index("Burg")).article == "die"


def test_a_surname_alone_later_is_still_the_name() -> None:
    analysis, describer = _cards_of(
        "Staatssekretär Holger Brenneisen wies die Kritik zurück. Ob der Entwurf "
        "überarbeitet wird, ließ Brenneisen offen. Der Schmied hielt das Brenneisen."
    )
    texts = analysis.tokens.texts
    alone = describer.card(texts.index("Brenneisen", texts.index("ließ")))
    assert alone.article is None and "Gender" not in alone.features
    tool = describer.card(len(texts) - 2)  # "das Brenneisen": the branding iron
    assert tool.article == "das"


def test_a_surname_read_as_a_plural_shows_no_plural() -> None:
    analysis, describer = _cards_of("Landeschef Matthias Oberländer forderte mehr Geld.")
    seen = describer.card(analysis.tokens.texts.index("Oberländer"))
    assert seen.article is None and seen.plural is None
    assert "Plur" not in seen.features and seen.lemma == "Oberländer"


def test_a_verb_form_the_dictionary_lists_heads_with_its_verb() -> None:
    analysis, describer = _cards_of("Die Anträge würden nun geprüft, hieß es. Er würde kommen.")
    texts = analysis.tokens.texts
    assert describer.card(texts.index("würden")).lemma == "werden"
    assert describer.card(texts.index("würde")).lemma == "werden"
    assert describer.card(texts.index("hieß")).lemma == "heißen"  # unchanged


def test_a_verb_form_heads_with_no_verb_built_only_from_a_prefix() -> None:
    # the engine reads "gefällt" through ge- + "fällen" ("gefällen", no verb): the
    # dictionary's headword stays
    analysis, describer = _cards_of("Das Neue gefällt ihm. Er gefällt allen.")
    texts = analysis.tokens.texts
    assert describer.card(texts.index("gefällt")).lemma != "gefällen"
    assert describer.card(len(texts) - 3).lemma != "gefällen"


def test_a_compound_of_two_place_names_names_one_place_without_a_plural() -> None:
    analysis, describer = _cards_of(
        "Im Rhein-Hunsrück-Kreis bläst Gegenwind. Die US-Wahl ist im November."
    )
    texts = analysis.tokens.texts
    district = describer.card(texts.index("Rhein-Hunsrück-Kreis"))
    assert district.article == "der" and district.plural is None
    assert describer.card(texts.index("US-Wahl")).plural == "US-Wahlen"


def test_surnames_are_read_once_per_text_and_not_carried_to_the_next() -> None:
    from app.reading.cards import _surnames

    first = ReaderIndex.build(analyze("Holger Brenneisen sprach lange. Brenneisen lachte."))
    second = ReaderIndex.build(analyze("Anna Koch sprach lange. Koch lachte."))
    assert "Brenneisen" in _surnames(first)
    assert _surnames(first) is _surnames(first)  # one pass over the entities per text
    assert "Koch" in _surnames(second) and "Brenneisen" not in _surnames(second)
    assert "Brenneisen" in _surnames(first)


def test_a_sentence_opening_adverb_the_tagger_called_a_noun_is_no_noun_on_the_card() -> None:
    _, describer = _cards_of("Denkbar sei auch eine andere Lösung, sagte er.")
    card = describer.card(0)  # tagged as a noun; the engine reads the adverb
    assert card.pos == "adverb" and card.article is None and card.features == ""


def test_a_verb_spelt_small_heads_with_the_verb_not_a_nouns_lemma() -> None:
    """ "Die Stadt hänge am Tropf": the Konjunktiv I of "hängen", which the dictionary
    read as a form of der Hang; "die Hänge" (capitalised) stays the noun."""
    from app.morphology.model import KIND_VERB
    from app.reading.cards import TokenGrammar, shown_lemma

    verb = TokenGrammar(
        lemma="hängen", pos="VERB", kind=KIND_VERB,
        ud="Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", line="",
    )  # fmt: skip
    info = WordInfo(word="hänge", lemma="Hang")
    assert shown_lemma(verb, info, "hänge", "hänge") == "hängen"
    assert shown_lemma(verb, WordInfo(word="hängt", lemma="hängen"), "hängen", "hängt") == "hängen"
    assert shown_lemma(verb, info, "Hänge", "Hänge") == "Hang"  # capitalised: not this rule


def test_a_participle_opening_a_sentence_heads_with_its_verb() -> None:
    """ "Gestärkt wurde die Abwehr …": the engine's participle of "stärken", which the
    dictionary read as a form of die Stärke; a finite form spelt capitalised keeps the
    dictionary's reading (above)."""
    from app.morphology.model import KIND_VERB
    from app.reading.cards import TokenGrammar, shown_lemma

    participle = TokenGrammar(
        lemma="stärken", pos="VERB", kind=KIND_VERB, ud="Tense=Past|VerbForm=Part", line=""
    )
    info = WordInfo(word="Gestärkt", lemma="Stärke")
    assert shown_lemma(participle, info, "Gestärkt", "Gestärkt") == "stärken"


def _cards_by_word(text: str) -> dict[str, list[WordCard]]:
    """Every card of a made-up text, by word (all occurrences in order)."""
    analysis = analyze(text)
    describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(_lookup))
    out: dict[str, list[WordCard]] = {}
    for i, token in enumerate(analysis.tokens):
        out.setdefault(token.text, []).append(describer.card(i))
    return out


def test_places_the_recogniser_missed_are_names() -> None:
    cards = _cards_by_word(
        "Neustadt am Rübenfeld (dpa/lrs) - Die Bauern in der Pfalz ernten Rüben. "
        "Der Umzug ins oberbayerische Landshut fiel ihr schwer. "
        "Am Abend fuhr der Bus nach Landshut zurück."
    )
    neustadt = cards["Neustadt"][0]  # a dateline of several words: the town's name
    assert neustadt.article is None and neustadt.plural is None and neustadt.gender is None
    assert "Case=Nom" in neustadt.features
    for landshut in cards["Landshut"]:  # a listed town, also after an adjective
        assert landshut.article is None and landshut.plural is None
        assert "Gender" not in landshut.features
    assert "Masc" not in cards["oberbayerische"][0].features
    pfalz = cards["Pfalz"][0]  # a region with its article: the article, no plural
    assert pfalz.article == "die" and pfalz.plural is None
    # counterexamples: a common noun keeps its plural; a listed city the noun table knows
    # as a noun of its own stays that noun after an article
    cards = _cards_by_word(
        "Die Kaiser bauten eine Pfalz. Das Essen war gut. Sie kaufte eine Halle."
    )
    assert cards["Essen"][0].article == "das" and cards["Halle"][0].plural == "Hallen"


def test_surname_alone_after_the_full_name() -> None:
    cards = _cards_by_word(
        "Die Gärtnerin Ilse Wiesengrund zeigte ihre Beete. "
        "Wiesengrund etwa pflanzt seit Jahren alte Sorten."
    )
    alone = cards["Wiesengrund"][1]
    assert alone.article is None and alone.plural is None and "Gender" not in alone.features
    # counterexample: the common noun with its article stays a noun
    cards = _cards_by_word("Der Bauer Paul Feld pflügt. Das Feld ist groß.")
    assert cards["Feld"][1].article == "das"


def test_credit_label_has_no_case_and_the_standard_gender() -> None:
    cards = _cards_by_word("Die Minister trafen sich gestern wieder Foto: Max Muster/AP")
    foto = cards["Foto"][0]
    assert "Case" not in foto.features and foto.article == "das"
    # counterexample: "Foto" as the object of a verb keeps its case
    cards = _cards_by_word("Er zeigte das Foto: Es war alt.")
    assert "Case=Acc" in cards["Foto"][0].features


def test_truncated_compound_part_takes_the_completing_compound() -> None:
    cards = _cards_by_word("Die Stadt hat kein Einnahme-, sondern ein Ausgabenproblem.")
    part = cards["Einnahme-"][0]
    assert part.lemma == "Einnahmeproblem" and part.article == "das"
    assert "Gender=Neut" in part.features
    cards = _cards_by_word("Die Kinder- und Jugendärzte warnen vor Hitze.")
    part = cards["Kinder-"][0]
    assert part.lemma == "Kinderarzt" and part.article == "der" and "Number=Plur" in part.features
    # counterexample: no compound with a head completes it: nothing is shown
    cards = _cards_by_word("Die Ein- und Ausgaben steigen.")
    assert cards["Ein-"][0].article is None and cards["Ein-"][0].features == ""


def test_truncated_part_needs_a_completing_noun_split_at_a_known_word() -> None:
    # "Metzgerinnung" split as "Metz" + die Gerinnung must not make "Sattlergerinnung"
    cards = _cards_by_word("Die Sattler- und Metzgerinnung tagt heute.")
    part = cards["Sattler-"][0]
    assert part.lemma != "Sattlergerinnung" and part.article is None
    # counterexample: the completing noun's first part is a noun ("Jugend" + Arzt)
    cards = _cards_by_word("Die Kinder- und Jugendärzte tagen heute.")
    assert cards["Kinder-"][0].lemma == "Kinderarzt"
    # counterexample: a first part the table lacks, but no other split ("Poser" + Szene)
    cards = _cards_by_word("Die Polizei kontrolliert die Tuner- und Poserszene.")
    assert cards["Tuner-"][0].lemma == "Tunerszene"


def test_fixed_phrase_opening_the_sentence() -> None:
    cards = _cards_by_word("Seit Langem fehlt das Geld. Vor Kurzem kam ein Brief.")
    assert cards["Langem"][0].lemma == "lang" and cards["Kurzem"][0].lemma == "kurz"


def test_particles_and_pronouns_tagged_as_nouns() -> None:
    cards = _cards_by_word("Das Gerät ist alt, aber es läuft halt. Niemand von uns wusste das.")
    halt = cards["halt"][0]
    assert halt.article is None and halt.features == "" and halt.plural is None
    niemand = cards["Niemand"][0]
    assert niemand.article is None and niemand.lemma == "niemand" and niemand.features == ""
    # counterexample: the noun with its article
    cards = _cards_by_word("Der Zug hielt an. Der Halt war kurz.")
    assert cards["Halt"][0].article == "der"


def test_fixed_phrase_and_comparative_of_gern() -> None:
    cards = _cards_by_word("Der Verein wartet seit Langem auf Geld. Viele greifen lieber zu Saft.")
    assert cards["Langem"][0].lemma == "lang"
    assert cards["lieber"][0].lemma == "gern"
    # counterexample: after a copula the comparative of lieb
    cards = _cards_by_word("Dieser Hund ist mir lieber als jener.")
    assert cards["lieber"][0].lemma == "lieb"


def test_listed_place_inside_an_organisations_name() -> None:
    cards = _cards_by_word("Die Landesstelle Cybercrime Bayern prüft den Fall seit Montag.")
    bayern = cards["Bayern"][0]
    assert bayern.lemma == "Bayern" and "Number=Plur" not in bayern.features
    # counterexample: the people with their article
    cards = _cards_by_word("Die Bayern feiern ihren Sieg.")
    assert cards["Bayern"][0].lemma == "Bayer"


def test_agency_name_in_a_dateline_is_no_genitive() -> None:
    cards = _cards_by_word("Bremen (Reuters) - Die Werft meldet hohe Verluste.")
    agency = cards["Reuters"][0]
    assert agency.lemma == "Reuters" and "Case" not in agency.features
    assert agency.glosses == ()  # not Ding's "Reuter" (hay drying frame)
    # counterexample: a word of the credits' lists that is a common noun after a colon
    cards = _cards_by_word("Das Ergebnis: Archiv und Bibliothek schließen im Mai.")
    archive = cards["Archiv"][0]
    assert archive.article == "das" and archive.glosses


def test_region_read_through_its_head_has_no_plural() -> None:
    cards = _cards_by_word("Im Vogtland regnet es seit Tagen.")
    region = cards["Vogtland"][0]
    assert region.plural is None and region.article == "das"
    # counterexample: a compound the table lists itself is a common noun with a plural
    cards = _cards_by_word("Viele Bundesländer klagen über Geldmangel.")
    assert cards["Bundesländer"][0].plural == "Bundesländer"


def test_no_article_when_two_genders_stay_open() -> None:
    # der Flur (corridor) or die Flur (fields): the dative plural fits both
    cards = _cards_by_word("Auf den Fluren des Amtes standen Kisten.")
    assert cards["Fluren"][0].article is None
    # counterexample: the singular's article decides
    cards = _cards_by_word("Der Flur war dunkel.")
    assert cards["Flur"][0].article == "der"


def test_adjectival_noun_keeps_the_dictionarys_article() -> None:
    # the open-gender rule above leaves out nouns the table knows as adjectival nouns
    cards = _cards_by_word("Die Sprecherin der Grünen, Lea Sommer, sprach von Symbolpolitik.")
    assert cards["Grünen"][0].article == "die"
