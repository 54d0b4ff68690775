"""Subject and object in a clause: the accusative of time (hand-tagged tables)."""

from __future__ import annotations

from tests.morphology.test_engine import at, table


def test_time_noun_after_a_copula_may_be_either_case() -> None:
    t = table(
        "Hier/hier/ADV waren/sein/AUX wir/wir/PRON nicht/nicht/PART das/der/DET"
        " letzte/letzt/ADJ Mal/Mal/NOUN ././PUNCT"
    )
    assert at(t, "Mal").shown["Case"] == ("Nom", "Acc")
    t = table(
        "Wir/wir/PRON besuchten/besuchen/VERB ihn/er/PRON einige/einige/DET Male/Mal/NOUN ././PUNCT"
    )
    assert at(t, "Male").shown["Case"] == ("Acc",)
