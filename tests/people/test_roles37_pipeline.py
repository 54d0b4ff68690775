"""roles37: "im Alter von N Jahren" in a relative clause in the simple past is the age at
an earlier event, through the default pipeline (the parser tells the tense)."""

from __future__ import annotations

import pytest

from app.analysis import analyze


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Der Maler Jens Ober, der im Alter von 12 Jahren zu malen begann, stellt in Kiel "
         "aus.", "Jens Ober", None),
        ("Der Schauspieler Klaus Weber, der im Alter von 20 Jahren nach Berlin kam, ist tot.",
         "Klaus Weber", None),
        # a death or the present keeps it
        ("Die Sängerin Helga Brenner, die im Alter von 71 Jahren starb, wurde in Wien "
         "beigesetzt.", "Helga Brenner", 71),
        ("Sie folgt auf Konrad Eisenmenger, der im Alter von 68 Jahren in den Ruhestand "
         "tritt.", "Konrad Eisenmenger", 68),
    ],
)  # fmt: skip
def test_im_alter_von_in_a_past_relative_clause(text: str, name: str, age: int | None) -> None:
    people = {p.name: p for p in analyze(text).people}
    assert people[name].age == age
