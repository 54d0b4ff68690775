"""Dictionary keys of the words and the cache of answers (app.reading.lookups)."""

from __future__ import annotations

from app.dictionary import WordInfo
from app.reading.lookups import InfoCache, lookup_key, lookup_keys
from app.reading.textmodel import ReaderIndex
from tests.reading.helpers import story_analysis


def test_info_cache_survives_a_failing_dictionary() -> None:
    calls: list[str] = []

    def broken(word: str, lemma: str, pos: str, morph: str, frame: str = "") -> WordInfo:
        calls.append(word)
        raise RuntimeError("database is locked")

    cache = InfoCache(broken, size=2)
    assert cache.get("Haus", "Haus", "NOUN", "").glosses == ()
    cache.get("Haus", "Haus", "NOUN", "")
    assert calls == ["Haus"]
    for word in ("a", "b", "c"):
        cache.get(word, word, "", "")
    cache.get("Haus", "Haus", "NOUN", "")
    assert calls.count("Haus") == 2  # evicted, looked up again


def test_lookup_keys_put_the_first_tokens_first_and_carry_the_verb_frame() -> None:
    analysis = story_analysis()
    index = ReaderIndex.build(analysis)
    tokens = analysis.tokens
    haus = next(i for i, t in enumerate(tokens) if t.text == "Haus")
    key = lookup_key(tokens, haus)
    assert key == ("Haus", "haus", "PROPN", "", "")  # not a verb: no frame
    keys = list(lookup_keys(index, [haus]))
    assert keys[0] == key
    assert len(keys) == 1 + len(index.words)  # repeats come again; the prefetch skips them
    assert keys[1] == lookup_key(tokens, index.words[0])


def test_prefetch_fills_ahead_and_stops_when_asked() -> None:
    calls: list[str] = []

    def lookup(word: str, lemma: str, pos: str, morph: str, frame: str = "") -> WordInfo:
        calls.append(word)
        return WordInfo(word=word, lemma=lemma, glosses=(word.upper(),))

    cache = InfoCache(lookup)
    keys = [(w, w, "NOUN", "", "") for w in ("a", "b", "a", "c")]
    assert cache.prefetch(keys, lambda: False) == 3  # "a" twice: looked up once
    assert calls == ["a", "b", "c"]
    assert cache.get("b", "b", "NOUN", "").glosses == ("B",)
    assert calls == ["a", "b", "c"]  # answered from the prefetched table
    assert cache.prefetch([("d", "d", "", "", "")], lambda: True) == 0
    cache.clear()
    cache.get("a", "a", "NOUN", "")
    assert calls[-1] == "a"  # cleared: asked again


def test_content_words_send_their_sentence_for_fixed_phrases() -> None:
    from app.analysis import analyze
    from app.dictionary.context import split_frame

    tokens = analyze("Die Firma nimmt hohe Kosten in Kauf. Sie zahlt die Rechnung.").tokens
    where = {t: i for i, t in enumerate(tokens.texts)}
    noun = split_frame(lookup_key(tokens, where["Kauf"])[4])
    assert noun.frame == "" and noun.position == 6 and len(noun.sentence) == 7  # no "."
    assert noun.sentence[6][:2] == ("kauf", "kauf") and noun.sentence[6][2]  # a noun
    assert {"Firma", "Kauf", "Rechnung"} <= set(noun.topic)  # the next sentence's nouns too
    verb = split_frame(lookup_key(tokens, where["nimmt"])[4])
    assert "in" in verb.frame.split() and verb.sentence == noun.sentence
    assert split_frame(lookup_key(tokens, where["Die"])[4]).position == -1  # no content word


def test_a_common_noun_tagged_as_a_name_sends_its_clause_a_name_does_not() -> None:
    from app.analysis import analyze
    from app.dictionary.context import split_frame

    tokens = analyze("Er hat die Folgen in Kauf genommen. Angela Merkel sprach in Berlin.").tokens
    where = {t: i for i, t in enumerate(tokens.texts)}
    kauf = lookup_key(tokens, where["Kauf"])
    if kauf[2] == "PROPN":  # the tagger's slip this rule is for
        assert ("kauf", "kauf", True) in split_frame(kauf[4]).sentence  # "in Kauf nehmen"
    for name in ("Merkel", "Berlin"):
        key = lookup_key(tokens, where[name])
        assert key[2] != "PROPN" or key[4] == ""  # a name: no phrase, no topic


def test_a_participle_without_auxiliary_in_its_clause_is_looked_up_as_an_adverb() -> None:
    from app.analysis import analyze

    def key(text: str, word: str) -> tuple[str, str, str, str, str]:
        tokens = analyze(text).tokens
        return lookup_key(tokens, tokens.texts.index(word))

    assert key("Die Zahl stieg verglichen mit dem Vorjahr kaum.", "verglichen")[2] == "ADV"
    assert key("Das Gericht hat den Fall entschieden.", "entschieden")[2] == "VERB"
    assert key("Die Preise stiegen stärker als erwartet.", "erwartet")[2] == "VERB"  # elliptic


def test_a_nouns_number_in_its_key_is_the_grammar_engines() -> None:
    from app.analysis import analyze

    tokens = analyze("Die Verwaltung will Nüsse kaufen.").tokens
    morph = lookup_key(tokens, tokens.texts.index("Nüsse"))[3]
    assert "Number=Plur" in morph.split("|")  # the tagger said singular


def test_a_phrase_context_is_the_words_clause_with_tense_auxiliaries_left_unlemmatised() -> None:
    from app.analysis import analyze
    from app.dictionary.context import split_frame

    tokens = analyze("Stark gesunken ist die Zahl der Gäste im Urlaub, sagte der Wirt.").tokens
    clause = split_frame(lookup_key(tokens, tokens.texts.index("Urlaub"))[4]).sentence
    assert ("sagte", "sagen", False) not in clause  # another clause
    assert ("ist", "ist", False) in clause  # the tense's auxiliary: no phrase's "sein"
    tokens = analyze("Der Wirt ist mit seiner Familie im Urlaub und erholt sich.").tokens
    clause = split_frame(lookup_key(tokens, tokens.texts.index("Urlaub"))[4]).sentence
    assert ("ist", "sein", False) in clause  # a copula keeps its lemma
    assert ("erholt", "erholen", False) in clause  # "und" does not end it ("Hab und Gut")


def test_a_comparative_is_looked_up_uninflected_with_the_engines_degree() -> None:
    from app.analysis import analyze

    tokens = analyze("Er kaufte einen älteren Wagen.").tokens
    word, _lemma, tag, morph, _frame = lookup_key(tokens, tokens.texts.index("älteren"))
    assert (word, tag) == ("älter", "ADJ") and "Degree=Cmp" in morph.split("|")
    tokens = analyze("Nach mehreren Wochen kam er.").tokens
    assert lookup_key(tokens, tokens.texts.index("mehreren"))[0] == "mehreren"


def test_an_inflected_positive_spelt_like_a_comparative_keeps_an_inflected_form() -> None:
    from app.analysis import analyze

    tokens = analyze("Er kam binnen weniger Tage zurück.").tokens
    assert lookup_key(tokens, tokens.texts.index("weniger"))[0] == "wenige"  # few, not "scant"


def test_an_adjective_ending_its_clause_after_a_copula_or_sich_is_predicative() -> None:
    from app.analysis import analyze

    def tag(text: str, word: str) -> str:
        tokens = analyze(text).tokens
        return lookup_key(tokens, tokens.texts.index(word))[2]

    assert tag("Wann das geschieht, ist offen.", "offen") == "ADJ"  # tagged ADV
    assert tag("Die Ärzte zeigten sich zufrieden.", "zufrieden") == "ADJ"
    assert tag("Die Eltern zeigten sich besorgt.", "besorgt") == "ADJ"  # a participle
    assert tag("Der Umbau ist deutlich teurer.", "deutlich") == "ADV"  # not its clause's end


def test_an_adjective_before_a_participle_or_infinitive_modifies_it() -> None:
    from app.analysis import analyze

    def tag(text: str, word: str) -> str:
        tokens = analyze(text).tokens
        return lookup_key(tokens, tokens.texts.index(word))[2]

    # a copula elsewhere in the sentence does not make it predicative
    assert tag("Der Bau war teurer, als ursprünglich geplant.", "ursprünglich") == "ADV"
    assert tag("Die Kosten sind hoch und wurden scharf kritisiert.", "scharf") == "ADV"


def test_coordinated_participles_share_the_auxiliary() -> None:
    from app.analysis import analyze

    tokens = analyze(
        "Der Verein hatte die Beiträge erhöht und damit gegen die Satzung verstoßen."
    ).tokens
    _word, _lemma, tag, _morph, frame = lookup_key(tokens, tokens.texts.index("verstoßen"))
    assert tag == "VERB" and "gegen" in frame.split("\x1f")[0].split()  # not an adverb


def test_gar_before_a_negation_is_the_particle() -> None:
    from app.analysis import analyze

    tokens = analyze("Die Gäste wollten gar keine Suppe. Die Suppe ist gar.").tokens
    first = tokens.texts.index("gar")
    assert lookup_key(tokens, first)[2] == "PART"  # "at all", not "cooked"
    assert lookup_key(tokens, tokens.texts.index("gar", first + 1))[2] != "PART"


def test_a_lowercase_word_is_looked_up_as_an_adjective_not_a_noun() -> None:
    from app.analysis import analyze

    tokens = analyze("Der Gewinn fällt in diesem Jahr deutlich kleiner aus als erhofft.").tokens
    key = lookup_key(tokens, tokens.texts.index("kleiner"))
    assert key[2] != "NOUN"


def test_a_word_the_grammar_engine_reads_as_a_noun_is_looked_up_as_one() -> None:
    from tests.morphology.test_engine import table

    # the tagger took the noun for a finite verb ("Beklagt" + "-e")
    tokens = table(
        "Unterlagen/Unterlage/NOUN habe/haben/AUX der/der/DET Angeklagte/Angeklagt/VERB"
        " nicht/nicht/PART vorgelegt/vorlegen/VERB ././PUNCT"
    )
    key = lookup_key(tokens, 3)
    assert key[1:3] == ("Angeklagte", "NOUN")


def test_a_small_finite_verb_tagged_as_a_name_is_looked_up_as_the_engines_verb() -> None:
    from tests.morphology.test_engine import table

    # "hänge" tagged as a name with the lemma of der Hang: the card shows hängen, and
    # its glosses must be the verb's, not "mountain slopes"
    tokens = table(
        "Die/der/DET Stadt/Stadt/NOUN hänge/Hang/PROPN zudem/zudem/ADV am/an/ADP"
        " Tropf/Tropf/NOUN ././PUNCT"
    )
    key = lookup_key(tokens, 2)
    assert key[1:3] == ("hängen", "VERB")


def test_a_present_subjunctive_beside_the_clauses_finite_verb_is_the_adverb() -> None:
    from app.analysis import analyze

    # "lange" read as "er lange" (langen) where the clause has its own finite verb
    for text in (
        "Wie lange die Arbeiten genau dauern, ist offen.",
        "Ihre Bilder galten lange als verschollen.",
        "Die Spur beweist noch lange nicht, wer das Feuer gelegt hat.",
    ):
        tokens = analyze(text).tokens
        assert lookup_key(tokens, tokens.texts.index("lange"))[1:3] == ("lange", "ADV"), text
    # a clause without another verb keeps the verb ("Er sagte, er lange nach dem Glas")
    tokens = analyze("Er sagte, er lange nach dem Glas.").tokens
    assert lookup_key(tokens, tokens.texts.index("lange"))[2] == "VERB"


def test_selbst_after_what_it_stresses_is_the_intensifier() -> None:
    from app.analysis import analyze

    def key(text: str) -> tuple[str, str, str]:
        tokens = analyze(text).tokens
        i = [t.lower() for t in tokens.texts].index("selbst")
        return lookup_key(tokens, i)[1:4]

    # after a noun or pronoun, or before the verb: himself, themselves
    assert key("Der Angeklagte selbst schwieg während des Verfahrens.") == (
        "selbst", "PRON", "Number=Sing|Person=3")  # fmt: skip
    assert key("Den Rest müssen die Kreise selbst tragen.")[:2] == ("selbst", "PRON")
    # before what it stresses: the focus adverb, even
    assert key("Selbst die Experten waren überrascht.")[1] != "PRON"
    assert key("Das gilt selbst für kleine Kinder.")[1] != "PRON"


def frame(text: str, word: str) -> list[str]:
    """The frame words and marks of ``word``'s dictionary key in ``text``."""
    from app.analysis import analyze

    tokens = analyze(text).tokens
    return lookup_key(tokens, tokens.texts.index(word))[4].split()


def test_a_reflexive_verb_with_an_adjective_complement_carries_the_predicative_mark() -> None:
    from app.dictionary.objects import PREDICATIVE

    assert PREDICATIVE in frame("Die Eltern zeigten sich besorgt.", "zeigten")
    assert PREDICATIVE in frame("Die Initiative zeigte sich zuversichtlich.", "zeigte")
    # no adjective complement, or no "sich": no mark
    assert PREDICATIVE not in frame("Er zeigte sich heute in Berlin.", "zeigte")
    assert PREDICATIVE not in frame("Die Eltern zeigten den Kindern das neue Haus.", "zeigten")


def test_a_verb_with_a_dass_clause_or_ending_a_comparison_carries_the_proposition_mark() -> None:
    from app.dictionary.objects import PROPOSITION

    assert PROPOSITION in frame(
        "Die Sprecherin räumte gestern ein, dass Fehler passiert seien.", "räumte"
    )
    assert PROPOSITION in frame("Er geht davon aus, dass die Preise steigen.", "geht")
    assert PROPOSITION in frame("Der Schaden ist größer als bisher angenommen.", "angenommen")
    # a consequence ("so stark, dass"), a verb before another verb of its clause, a verb
    # whose clause part a "dass" clause does not follow, "als" with a noun: no mark
    assert PROPOSITION not in frame(
        "Die Preise stiegen so stark, dass viele verzichten.", "stiegen"
    )
    assert PROPOSITION not in frame("Sie wollen bauen lassen, dass es alle sehen.", "bauen")
    assert PROPOSITION not in frame("Er räumte das Zimmer ein.", "räumte")
    assert PROPOSITION not in frame("Sie arbeitet als Ärztin.", "arbeitet")
    assert PROPOSITION not in frame("Wie erwartet stiegen die Preise.", "stiegen")


def test_the_verb_of_a_wie_clause_of_report_carries_the_proposition_mark() -> None:
    from app.dictionary.objects import PROPOSITION

    # "Wie X angab, …" / "…, wie X mitteilte.": the verb reports the main clause
    assert PROPOSITION in frame("Wie die Agentur angab, sei der Test gelungen.", "angab")
    assert PROPOSITION in frame("Der Zug fiel aus, wie die Bahn mitteilte.", "mitteilte")
    # no subject between "wie" and the verb, or the clause is no aside: no mark
    assert PROPOSITION not in frame("Der Kurs stieg, wie erwartet.", "stieg")
    assert PROPOSITION not in frame("Wie er das schaffte und warum, blieb offen.", "schaffte")


def test_a_phrasal_verb_gloss_takes_no_that_clause() -> None:
    from app.dictionary.lookup import _clause_gloss

    assert _clause_gloss("to state sth.")
    assert not _clause_gloss("to show off")
    assert not _clause_gloss("to give up sth.")


def test_a_verb_before_an_infinitive_clause_with_zu_carries_the_infinitive_mark() -> None:
    from app.dictionary.objects import INFINITIVE

    assert INFINITIVE in frame("Experten raten den Mietern, die Kosten zu prüfen.", "raten")
    assert INFINITIVE in frame("Die Polizei rät, sofort aufzulegen.", "rät")
    # purpose ("um … zu"), a relative clause, a "dass" clause, no comma: no mark
    assert INFINITIVE not in frame("Sie sparen, um ein Haus zu kaufen.", "sparen")
    assert INFINITIVE not in frame("Er kennt Leute, die das zu tragen haben.", "kennt")
    assert INFINITIVE not in frame("Sie raten, dass es regnet.", "raten")
    assert INFINITIVE not in frame("Sie raten zu einem Kauf.", "raten")


def test_a_participle_with_werden_carries_the_passive_mark() -> None:
    from app.dictionary.objects import PASSIVE

    assert PASSIVE in frame("Die Lehrkräfte sollen in Deutsch eingesetzt werden.", "eingesetzt")
    assert PASSIVE in frame("Bei dem Unfall wurde niemand verletzt.", "verletzt")
    # the future (an infinitive), a form that may be an infinitive, no "werden": no mark
    assert PASSIVE not in frame("Der Verbund wird neue Züge einsetzen.", "einsetzen")
    assert PASSIVE not in frame("Die Gutscheine werden bald verfallen.", "verfallen")
    assert PASSIVE not in frame("Der Verbund hat neue Züge eingesetzt.", "eingesetzt")
    # an impersonal passive (no subject: intransitive verbs), the future perfect: no mark
    assert PASSIVE not in frame("Im Parlament wurde gestern abgestimmt.", "abgestimmt")
    assert PASSIVE not in frame("Den Opfern wurde sofort geholfen.", "geholfen")
    assert PASSIVE not in frame("Es wurde bis in die Nacht gefeiert.", "gefeiert")
    assert PASSIVE not in frame("Der Bus wird schon abgefahren sein.", "abgefahren")
    assert PASSIVE in frame("Die Brücke wird morgen eröffnet.", "eröffnet")
    assert PASSIVE in frame("Sie wurden verletzt.", "verletzt")
    assert PASSIVE in frame("Das Haus wird verkauft worden sein.", "verkauft")


def test_a_capitalised_word_after_an_article_is_a_noun_whatever_the_tagger_said() -> None:
    from app.analysis import analyze

    tokens = analyze("Das Bad steht vor dem Aus. Aus Berlin kam keine Hilfe.").tokens
    noun = lookup_key(tokens, tokens.texts.index("Aus"))
    assert noun[1:3] == ("Aus", "NOUN")  # the end, not the preposition "aus"
    opening = lookup_key(tokens, len(tokens.texts) - 1 - tokens.texts[::-1].index("Aus"))
    assert opening[2] != "NOUN"  # "Aus Berlin": the preposition


def test_a_verb_tag_with_an_adjectives_lemma_is_the_adjective() -> None:
    from app.analysis import analyze

    tokens = analyze("Die Wege würden länger und der Unterricht kürzer.").tokens
    key = lookup_key(tokens, tokens.texts.index("kürzer"))
    assert key[1:3] == ("kurz", "ADJ")  # shorter, not a verb's phrase line


def test_a_verb_tag_the_engine_cannot_read_with_a_lemma_no_infinitive_is_an_adjective() -> None:
    from app.analysis import analyze

    tokens = analyze("Er muss auch in einer immer teureren Stadt leben können.").tokens
    i = tokens.texts.index("teureren")
    if tokens.tags[i] == "VERB":  # the tagger's misreading this rule is for
        assert lookup_key(tokens, i)[2] == "ADJ"
    # a word the tagger gives itself as lemma it did not read: no adjective made of it
    tokens = analyze("Sie liked den Post.").tokens
    i = tokens.texts.index("liked")
    if tokens.tags[i] == "VERB" and tokens.lemmas[i] == "liked":
        assert lookup_key(tokens, i)[2] == "VERB"


def test_a_text_compound_ends_in_the_noun_only_after_a_real_first_part() -> None:
    from app.reading.lookups import _modifier

    # "Stadtrat", "Bundesrat", "Beirat", "Wohnheim", "U21-Auswahl": compounds of the head
    assert all(_modifier(p) for p in ("Stadt", "Bundes", "Bei", "Wohn", "U21-", "Amts"))
    # "Heirat", "Verrat": no compounds of "Rat"
    assert not any(_modifier(p) for p in ("Hei", "Ver", "Un"))


def test_a_modal_particle_is_looked_up_as_an_adverb() -> None:
    from app.analysis import analyze

    text = (
        "Die Analysten erwarten eine Provokation, von der wohl am ehesten Trump profitieren würde."
    )
    tokens = analyze(text).tokens
    assert lookup_key(tokens, tokens.texts.index("wohl"))[2] == "ADV"  # never an auxiliary


def test_etwa_and_erst_send_what_lies_beyond_their_clause() -> None:
    from app.analysis import analyze
    from app.dictionary.context import split_frame
    from app.dictionary.particles import QUESTION, TIME_CLAUSE_FOLLOWS, split_marks

    tokens = analyze(
        "Hat die Gemeinde etwa kein Geld? Der Markt darf erst öffnen, wenn es regnet. "
        "Der Markt soll etwa im Mai öffnen."
    ).tokens
    etwa = [i for i, t in enumerate(tokens.texts) if t == "etwa"]
    erst = tokens.texts.index("erst")
    question = split_frame(lookup_key(tokens, etwa[0])[4])
    assert split_marks(question.frame) == ("", frozenset({QUESTION}))
    assert question.sentence[question.position][0] == "etwa"
    assert split_marks(split_frame(lookup_key(tokens, erst)[4]).frame)[1] == {TIME_CLAUSE_FOLLOWS}
    assert split_frame(lookup_key(tokens, etwa[1])[4]).frame == ""  # a statement: no mark
