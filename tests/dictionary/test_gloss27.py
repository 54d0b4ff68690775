"""Session 28 (gloss27): spoken particle verbs, a noun's sense from Ding's phrases, a
town's adjective before a noun, construction frames after plain glosses."""

from __future__ import annotations

import pytest

from app.dictionary import Dictionary
from app.dictionary.compound import colloquial_particle_verb
from app.dictionary.context import context
from app.dictionary.lookup import Lookup, _gap_inside


@pytest.fixture(scope="module")
def lookup(installed: Dictionary) -> Lookup:
    assert installed._lookup is not None
    return installed._lookup


def test_spoken_particle_verb_is_its_written_form(lookup: Lookup) -> None:
    # "rein" is "hinein"/"herein": "reingehen" is "hineingehen", not "rein: pure" + "gehen"
    found = colloquial_particle_verb(lookup, "reingehen")
    assert found is not None
    assert found.candidates[0].sense.key in ("hereingehen", "hineingehen")
    assert colloquial_particle_verb(lookup, "reinigen") is None  # no particle verb
    assert colloquial_particle_verb(lookup, "rennen") is None
    assert colloquial_particle_verb(lookup, "rein") is None


def test_spoken_particle_verb_on_the_card(installed: Dictionary) -> None:
    info = installed.lookup("reingeht", "reingehen", "VERB")
    assert info.glosses[0] == "to go in"
    assert "pure" not in " ".join(info.glosses)


def test_phrase_votes_for_team_and_opponent(installed: Dictionary) -> None:
    # a sentence of a match report: Ding's phrases say "team", "opponent"
    words = [("Die", "die"), ("Mannschaft", "Mannschaft"), ("schlug", "schlagen"),
             ("den", "der"), ("Gegner", "Gegner")]  # fmt: skip
    team = installed.lookup("Mannschaft", "Mannschaft", "NOUN", "", context(1, words))
    assert team.glosses[0].endswith("team")
    # in a text about a match (nouns of Ding's [sport] lines around), "opponent" is among
    # the shown glosses, and no phrase says "enemy"
    nearby = ["Halbzeit", "Elfmeter", "Halbzeit", "Elfmeter"]
    opponent = installed.lookup("Gegner", "Gegner", "NOUN", "", context(4, words, nearby))
    assert opponent.glosses[0] == "opponent"


def test_town_adjective_before_a_noun(installed: Dictionary) -> None:
    # "die Paderborner Abwehr": the tagger's noun in -er before a noun, a town Ding lacks
    words = [("die", "der"), ("Paderborner", "Paderborner"), ("Abwehr", "Abwehr")]
    info = installed.lookup("Paderborner", "Paderborner", "NOUN", "", context(1, words))
    assert info.glosses == ("of Paderborn",)
    # not before a verb: no gloss is made up for a noun Ding lacks
    alone = [("die", "der"), ("Paderborner", "Paderborner"), ("jubelten", "jubeln")]
    info = installed.lookup("Paderborner", "Paderborner", "NOUN", "", context(1, alone))
    assert "of Paderborn" not in info.glosses


def test_construction_frame_after_plain_glosses(installed: Dictionary) -> None:
    # "Ich habe kurz aufgeschaut": briefly, not Ding's "or … for short" (kurz X genannt)
    info = installed.lookup("kurz", "kurz", "ADV")
    assert info.glosses[0] == "briefly"
    assert _gap_inside("or … for short")
    assert _gap_inside("in … times")
    assert not _gap_inside("to comment that …")
    assert not _gap_inside("… wizard")
    assert not _gap_inside("short")


def test_phrase_votes_pick_the_usual_sense() -> None:
    from app.dictionary.model import Gloss, WordInfo
    from app.dictionary.phrase_votes import phrase_sense_first, phrase_words

    rows = [
        ("aufgestiegene Mannschaft", "promoted team"),
        ("gerade aufgestiegene Mannschaft", "newly promoted team"),
        ("eine gemischte Mannschaft", "a mixed team"),
        ("eine gemischte Mannschaft", "a mixed team"),  # the same English counts once
        ("Mannschaftsbus", "team bus"),  # not a phrase with the word
        ("Mannschaft", "crew"),  # the word itself
    ]
    words = phrase_words("Mannschaft", rows)
    assert len(words) == 3
    info = WordInfo(
        word="Mannschaft",
        lemma="Mannschaft",
        glosses=("crew", "sports team", "team"),
        senses=(Gloss("crew"), Gloss("sports team"), Gloss("team")),
    )
    assert phrase_sense_first(info, words).glosses == ("sports team", "crew", "team")
    # two phrases are too few; a first gloss any phrase uses stays
    assert phrase_sense_first(info, words[:2]) is info
    crew = [{"crew"}]
    assert phrase_sense_first(info, words + crew) is info


def test_phrase_votes_on_the_card(installed: Dictionary) -> None:
    # Ding's phrases with "Grundsatz" say "principle" ("Grundsatz der
    # Gegenseitigkeit: reciprocity principle"); its first line is "[adm.] policy"
    words = [("Der", "der"), ("Grundsatz", "Grundsatz"), ("gilt", "gelten")]
    info = installed.lookup("Grundsatz", "Grundsatz", "NOUN", "", context(1, words))
    assert info.glosses[0] == "principle"
    # without a sentence (a compound's part, a bare lookup) Ding's order stays
    assert installed.lookup("Grundsatz", "Grundsatz", "NOUN").glosses[0] == "policy"


def test_phrase_votes_keep_an_everyday_first_gloss() -> None:
    from app.dictionary.model import Gloss, WordInfo
    from app.dictionary.phrase_votes import phrase_sense_first

    # three car phrases say "camber" for "Sturz"; "falls" is the everyday word
    info = WordInfo(
        word="Stürze",
        lemma="Sturz",
        glosses=("falls", "camber"),
        senses=(Gloss("falls"), Gloss("camber")),
    )
    assert phrase_sense_first(info, [{"camber"}, {"camber"}, {"camber"}]) is info
