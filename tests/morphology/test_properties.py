"""Properties of the analysis on random tagged sentences: it never fails inside,
shows at most two values of a feature, and writes exactly what it shows."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.tokens import TokenTable
from app.morphology import engine

WORDS = [
    ("der", "der", "DET"), ("die", "der", "DET"), ("den", "der", "DET"), ("ein", "ein", "DET"),
    ("mit", "mit", "ADP"), ("in", "in", "ADP"), ("im", "im", "ADP"),
    ("Regierung", "Regierung", "NOUN"),
    ("Beamten", "Beamte", "NOUN"), ("Angriffskrieges", "Angriffskrieg", "NOUN"),
    ("Peskow", "Peskow", "PROPN"), ("Berlin", "Berlin", "PROPN"), ("neue", "neu", "ADJ"),
    ("gelassener", "lassen", "VERB"), ("sagte", "sagen", "VERB"), ("würden", "werden", "AUX"),
    ("vorbereiten", "vorbereiten", "VERB"), ("sei", "sein", "AUX"), ("wir", "wir", "PRON"),
    ("und", "und", "CCONJ"), (",", ",", "PUNCT"), ("zu", "zu", "PART"), ("gebe", "gebe", "ADV"),
    ("Hätte", "haben", "NOUN"), ("(", "(", "PUNCT"), (")", ")", "PUNCT"), ("12", "12", "NUM"),
    ("Prozent", "Prozent", "NOUN"), ("Kolbecks", "Kolbecks", "PROPN"), ("", "", "X"),
]  # fmt: skip


@st.composite
def tables(draw: st.DrawFn) -> TokenTable:
    sentences = draw(
        st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12), min_size=1, max_size=3)
    )
    items = [(w, s) for s, sentence in enumerate(sentences) for w in sentence]
    n = len(items)
    return TokenTable(
        range(n), range(n), [w[0] for w, _ in items], [w[1] for w, _ in items],
        [w[2] for w, _ in items], [""] * n, [s for _, s in items],
    )  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(tables())
def test_shown_features_are_honest_and_written_as_shown(tokens: TokenTable) -> None:
    engine._memo = None
    for i in range(len(tokens)):
        analysis = engine._features(tokens, i, None)  # not features(): no safety net here
        for feature, values in analysis.shown.items():
            assert 1 <= len(values) <= 2, (feature, values)
            assert len(set(values)) == len(values)
        written = dict(part.split("=") for part in analysis.ud().split("|") if part)
        assert {k: tuple(sorted(v)) for k, v in analysis.shown.items()} == {
            k: tuple(v.split(",")) for k, v in written.items()
        }
        if analysis.article is not None:  # one article, or two the phrase leaves open
            parts = analysis.article.split("/")
            assert len(parts) <= 2 and all(a in ("der", "die", "das") for a in parts)
