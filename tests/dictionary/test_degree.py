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
