from __future__ import annotations

from app.dictionary.degree import comparative_first, english_comparative
from app.dictionary.model import Gloss, WordInfo


def _info(*glosses: str) -> WordInfo:
    return WordInfo("x", "x", "ADJ", glosses=glosses, senses=tuple(Gloss(g) for g in glosses))


def test_english_comparatives_by_grammar() -> None:
    assert english_comparative("cheap") == "cheaper"
    assert english_comparative("wide") == "wider"
    assert english_comparative("thin") == "thinner"
    assert english_comparative("busy") == "busier"
    assert english_comparative("bad") == "worse"
    assert english_comparative("expensive") == "more expensive"
    assert english_comparative("to rise") is None
    assert english_comparative("quickly") is None


def test_dings_comparative_comes_first() -> None:
    info = comparative_first(_info("low-lying", "lower", "low", "deep"), 5)
    assert info.glosses == ("lower", "low-lying", "low", "deep")


def test_a_positive_list_is_converted_and_an_own_form_kept() -> None:
    info = comparative_first(_info("dark", "gloomy", "murky"), 5)
    assert info.glosses[:2] == ("darker", "gloomier")
    assert "dark" in info.glosses
    own = _info("former", "earlier")  # Ding's own line for the form
    assert comparative_first(own, 5).glosses == ("former", "earlier")


def _clause(text: str) -> list[tuple[str, str, bool]]:
    return [(w, w.lower(), w[:1].isupper() and i > 0) for i, w in enumerate(text.split())]


def test_mehr_after_a_negation_is_no_longer() -> None:
    from app.dictionary.degree import no_longer_first

    info = WordInfo(word="mehr", lemma="mehr", glosses=("more",), senses=(Gloss("more"),))
    for text in ("das holt niemand mehr heraus", "es gibt keine Bäder mehr", "nicht mehr ."):
        clause = _clause(text)
        position = [w for w, _l, _n in clause].index("mehr")
        shown = no_longer_first(info, clause, position, 5).glosses
        assert shown[:2] == ("no longer", "any more"), text
    others = ("nicht mehr als zehn", "er hat nicht mehr Geld", "sie zahlen mehr", "nicht , mehr")
    for text in others:
        clause = _clause(text)
        position = [w for w, _l, _n in clause].index("mehr")
        assert no_longer_first(info, clause, position, 5).glosses == ("more",), text
