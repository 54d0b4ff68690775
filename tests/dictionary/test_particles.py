"""Focus and time particles: the sense their place in the clause tells (made-up sentences)."""

from __future__ import annotations

from app.dictionary.model import Gloss, WordInfo
from app.dictionary.particles import QUESTION, TIME_CLAUSE_FOLLOWS, particle_first, split_marks

#: Ding's order for the particles, as the lookup gives it before the rule
DING = {
    "etwa": ("about", "for example", "perhaps", "for instance", "approximately"),
    "erst": ("only just", "only", "at first", "first", "barely"),
    "gerade": ("just", "just now", "a moment ago", "straight", "as it happened"),
    "fast": ("if anything", "almost", "near", "nearly", "shy"),
    "zugleich": ("together", "at the same time", "simultaneously"),
    "inzwischen": ("meanwhile", "now", "by now", "in the meanwhile"),
    "zuletzt": ("last", "the last time", "most recently", "in the end"),
    "immer": ("always", "ever", "all the time"),
    "möglichst": ("ideally", "as … as possible", "if possible"),
    "insgesamt": ("as a whole", "overall", "altogether"),
}


def _shown(text: str, word: str) -> tuple[str, ...]:
    """The first two glosses of ``word`` in the made-up clause ``text`` (the lookup's
    clause: lower-cased forms, lemma, noun flag; "form|lemma" where they differ)."""
    return _marked(text, word)


def _marked(text: str, word: str, *marks: str) -> tuple[str, ...]:
    """:func:`_shown` with the lookups layer's ``marks`` of what lies beyond the clause
    (a question, a following "wenn" clause)."""
    pairs = [(w.partition("|")[0], w.partition("|")[2] or w) for w in text.split()]
    clause = [
        (form.lower(), lemma.lower(), form[:1].isupper() and i > 0)
        for i, (form, lemma) in enumerate(pairs)
    ]
    position = [w for w, _l, _n in clause].index(word)
    glosses = DING.get(word, ("just", "from there", "much"))
    info = WordInfo(word, word, "ADV", glosses=glosses, senses=tuple(Gloss(g) for g in glosses))
    return particle_first(info, clause, position, 5, frozenset(marks)).glosses[:2]


def test_etwa_before_a_number_is_about_and_before_a_phrase_an_example() -> None:
    assert _shown("Das kostet etwa 200 Euro", "etwa")[0] == "about"
    assert _shown("Das betrifft etwa die Hälfte der Schulen", "etwa")[0] == "about"
    assert _shown("Das trifft etwa jeden zehnten Betrieb", "etwa")[0] == "about"
    example = ("for example", "for instance")
    assert _shown("viele Vereine etwa im Süden des Landes", "etwa") == example
    assert _shown("andere Angebote etwa Kurse für Eltern", "etwa")[0] == "for example"
    assert _shown("mit mehr Geld etwa durch höhere Steuern", "etwa")[0] == "for example"
    # counterexample: nothing tells ("etwa so"): Ding's order stays
    assert _shown("Er sagte etwa so", "etwa")[0] == "about"


def test_erst_before_a_time_is_only_and_before_a_final_verb_first() -> None:
    assert _shown("Der Zug kam erst nach Mitternacht an", "erst") == ("only", "not until")
    assert _shown("Sie erfuhren es erst gestern", "erst")[0] == "only"
    assert _shown("Das Werk öffnet erst 2027", "erst")[0] == "only"
    assert _shown("Die Halle wird erst 2028 fertig|fertigwerden", "erst")[0] == "only"
    assert _shown("Die Pläne müssen erst geprüft|prüfen werden", "erst") == ("first", "at first")
    assert _shown("Wir wollen erst einmal abwarten", "erst")[0] == "first"
    assert _shown("Wir wollen erst abwarten", "erst")[0] == "first"
    # counterexample: a noun phrase follows, nothing tells: Ding's order
    assert _shown("Das ist erst der Anfang", "erst")[0] == "only just"


def test_gerade_before_a_phrase_picks_it_out() -> None:
    assert _shown("Gerade im Sommer fehlen Helfer", "gerade") == ("especially", "particularly")
    assert _shown("dass gerade kleine Bäckereien leiden", "gerade")[0] == "especially"
    assert _shown("Gerade Familien brauchen Hilfe", "gerade")[0] == "especially"
    assert _shown("Gerade nachts ist es gefährlich", "gerade")[0] == "especially"
    # counterexamples: the adjective after an article, and the time adverb before a verb
    assert _shown("eine gerade Linie", "gerade")[0] == "just"
    assert _shown("Der Zug ist gerade angekommen", "gerade")[0] == "just"
    assert _shown("Sie hat gerade erst begonnen", "gerade")[0] == "just"


def test_fast_zugleich_inzwischen_zuletzt() -> None:
    assert _shown("Es dauerte fast drei Jahre", "fast") == ("almost", "nearly")
    assert _shown("Zugleich steigen die Preise", "zugleich")[0] == "at the same time"
    assert _shown("Die Firma hat inzwischen neue Pläne", "inzwischen")[0] == "by now"
    assert _shown("Zuletzt stiegen die Mieten", "zuletzt")[0] == "most recently"
    assert _shown("Er kämpfte bis zuletzt", "zuletzt")[0] == "until the end"
    assert _shown("nicht zuletzt wegen der Kosten", "zuletzt")[0] == "not least"


def test_other_words_and_a_word_not_at_its_position_are_left_alone() -> None:
    glosses = ("just", "only")
    info = WordInfo("nur", "nur", "ADV", glosses=glosses, senses=tuple(Gloss(g) for g in glosses))
    clause = [("nur", "nur", False), ("200", "200", False)]
    assert particle_first(info, clause, 0, 5) is info
    fast = WordInfo("fast", "fast", "ADV", glosses=("if anything",), senses=(Gloss("if anything"),))
    assert particle_first(fast, clause, 0, 5) is fast  # the clause's word there is "nur"
    assert particle_first(fast, clause, 7, 5) is fast


def test_grading_adverbs_by_what_follows() -> None:
    assert _shown("in einer immer teureren|teuer Region", "immer")[0] == "increasingly"
    assert _shown("Immer mehr Familien ziehen weg", "immer")[0] == "increasingly"
    assert _shown("Es kam immer wieder zu Staus", "immer")[0] == "again and again"
    assert _shown("Die Straße ist immer noch gesperrt", "immer")[0] == "still"
    assert _shown("Die Straße ist immer gesperrt|sperren", "immer")[0] == "always"
    assert (
        _shown("Sie wollen möglichst viele Plätze schaffen", "möglichst")[0] == "as … as possible"
    )
    assert _shown("Er will möglichst schnell bauen", "möglichst")[0] == "as … as possible"
    # counterexample: a verb follows, "möglichst" is "if possible" there: Ding's order
    assert _shown("Staus sollen möglichst vermieden|vermeiden werden", "möglichst")[0] == "ideally"
    assert _shown("Es brannten insgesamt zwölf Autos", "insgesamt")[0] == "in total"
    assert _shown("Die Lage ist insgesamt ruhig", "insgesamt")[0] == "as a whole"


def test_sentence_adverbs_get_their_usual_sense_first() -> None:
    for word, first in (
        ("lediglich", "only"),
        ("sofort", "immediately"),
        ("daher", "therefore"),
        ("weitgehend", "largely"),
    ):
        assert _shown(f"Die Firma hat {word} gehandelt", word)[0] == first


def test_etwa_in_a_question_and_before_a_time_or_measure() -> None:
    assert _marked("Fehlt|fehlen etwa das Geld", "etwa", QUESTION)[0] == "by any chance"
    assert _marked("Zahlen die Mieter etwa neue Abgaben", "etwa", QUESTION)[0] == "by any chance"
    # a number stays "about" in a question; "wie etwa" stays an example
    assert _marked("Kostet|kosten der Umbau etwa 90 Millionen", "etwa", QUESTION)[0] == "about"
    assert _marked("Helfen Fächer wie etwa Informatik", "etwa", QUESTION)[0] == "for example"
    # a capitalised modal the tagger took for a noun ("Wollen": Wolle)
    assert _marked("Wollen|Wolle die Länder etwa aussteigen", "etwa", QUESTION)[0] == (
        "by any chance"
    )
    # a question word first: "etwa" in its clause is an example ("Was tun, wenn etwa …?")
    assert _marked("wenn etwa die Heizung ausfällt", "etwa", QUESTION)[0] == "for example"
    assert _shown("Der Streik begann etwa zur selben Stunde", "etwa")[0] == "about"
    assert _shown("Die Bahn hält etwa in der Mitte der Strecke", "etwa")[0] == "about"
    assert _shown("Der Umbau endet etwa Anfang April", "etwa")[0] == "about"
    assert _shown("Die Werte blieben in etwa dem Mittel gleich", "etwa")[0] == "about"
    # "nicht etwa X, sondern Y": neither reading, Ding's order
    assert _shown("nicht etwa die Schulen", "etwa")[0] == "about"


def test_erst_at_the_clause_start_recht_and_after_gerade() -> None:
    assert _shown("Erst muss|müssen die Kammer abstimmen", "erst")[0] == "first"
    assert _shown("Erst kamen|kommen die Bagger", "erst")[0] == "first"
    assert _shown("Erst einen|ein Tag später", "erst")[0] == "only just"
    assert _shown("Erst einzelne|einzeln Orte", "erst")[0] == "only just"
    assert _shown("Nun erst recht", "erst")[0] == "all the more"
    assert _shown("Das Projekt hat gerade erst begonnen|beginnen", "erst")[0] == "only just"
    assert _shown("Die Kammer muss erst noch abstimmen", "erst")[0] == "first"
    # a participle without "werden": the perfect, "only just" (Ding's order)
    assert _shown("Der Umbau hat erst begonnen|beginnen", "erst")[0] == "only just"
    assert _shown("Die Pläne müssen erst geprüft|prüfen werden", "erst")[0] == "first"
    # "erst …, wenn": only when
    assert _marked("Die Halle darf erst öffnen", "erst", TIME_CLAUSE_FOLLOWS)[0] == "only"


def test_gerade_in_the_middle_field_and_nicht_gerade() -> None:
    # after the finite verb the time adverb is as likely: both, "just" first
    assert _shown("Der Kreis baut gerade eine Halle", "gerade") == ("just", "especially")
    assert _shown("Die Polizei fahndet gerade nach zwei Männern", "gerade")[0] == "just"
    assert _shown("Gerade beim Wohnen fehlt Geld", "gerade")[0] == "especially"
    assert _shown("dass gerade die Dörfer leiden", "gerade")[0] == "especially"
    assert _shown("Die Mieten sind nicht gerade niedrig", "gerade")[0] == "exactly"
    assert _shown("Die Firma hat gerade Kurzarbeit angemeldet", "gerade")[0] == "just"
    assert _shown("Es fehlt gerade ein Drittel", "gerade")[0] == "just"
    assert _shown("gerade ältere|alt Menschen", "gerade")[0] == "especially"


def test_daher_and_offenbar_at_the_clause_end_keep_dings_order() -> None:
    assert _shown("Ein Karren kam|kommen daher", "daher")[0] == "just"
    assert _shown("Das kommt|kommen daher", "daher")[0] == "just"
    assert _shown("Die Länder verlangen|verlangen daher", "daher")[0] == "therefore"
    assert _shown("Daher steigt der Preis", "daher")[0] == "therefore"


def test_inzwischen_in_a_past_narrative() -> None:
    assert (
        _shown("Inzwischen hatte|hatte die Wache den Platz geräumt|räumen", "inzwischen")[0]
        == "meanwhile"
    )
    assert _shown("Inzwischen räumte|räumen die Wache den Platz", "inzwischen")[0] == "meanwhile"
    assert _shown("Die Wache hat inzwischen den Platz geräumt|räumen", "inzwischen")[0] == "by now"


def test_immer_noch_and_positives_in_er() -> None:
    assert _shown("Noch immer fehlen Busfahrer", "immer")[0] == "still"
    assert _shown("statt immer neuer|neu Gebühren", "immer")[0] == "always"
    assert _shown("Es gab immer leere|leer Busse", "immer")[0] == "always"
    assert _shown("Sie bauen immer größere|groß Hallen", "immer")[0] == "increasingly"
    assert _shown("Die Züge werden immer voller|voll", "immer")[0] == "increasingly"


def test_moglichst_before_closed_class_words_and_participles() -> None:
    assert _shown("Es sollen möglichst keine Lkw fahren", "möglichst")[0] == "ideally"
    assert _shown("Der Bau soll möglichst noch heuer starten", "möglichst")[0] == "ideally"
    assert _shown("Die Stadt will möglichst im Herbst bauen", "möglichst")[0] == "ideally"
    assert (
        _shown("Sie sucht möglichst erfahrene|erfahren Fahrer", "möglichst")[0]
        == "as … as possible"
    )


def test_split_marks() -> None:
    assert split_marks("") == ("", frozenset())
    assert split_marks(f"{QUESTION} {TIME_CLAUSE_FOLLOWS}") == (
        "",
        frozenset({QUESTION, TIME_CLAUSE_FOLLOWS}),
    )
    assert split_marks("mit") == ("mit", frozenset())
