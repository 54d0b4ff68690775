"""Focus and time particles: the sense their place in the clause tells (made-up sentences)."""

from __future__ import annotations

from app.dictionary.model import Gloss, WordInfo
from app.dictionary.particles import particle_first

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
    pairs = [(w.partition("|")[0], w.partition("|")[2] or w) for w in text.split()]
    clause = [
        (form.lower(), lemma.lower(), form[:1].isupper() and i > 0)
        for i, (form, lemma) in enumerate(pairs)
    ]
    position = [w for w, _l, _n in clause].index(word)
    glosses = DING.get(word, ("just", "from there", "much"))
    info = WordInfo(word, word, "ADV", glosses=glosses, senses=tuple(Gloss(g) for g in glosses))
    return particle_first(info, clause, position, 5).glosses[:2]


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
