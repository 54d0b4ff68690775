"""Session 29 review (rev_gloss29) of the frames and glosses merged in session 28
(frames11, gloss27): made-up sentences through the whole pipeline (analysis, reading
layer, bundled dictionary), where the rules must fire and where they must not."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.grammar import frame_at
from tests.reading.test_cards_gloss26 import card


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Demonstranten kamen zu Fuß zum Rathaus.", "kamen"),
        ("Zu Beginn der Sitzung kam der Minister zu Wort.", "kam"),
        ("Heute kommt Paula zu Besuch.", "kommt"),
        ("Der Kanzler kam am Abend zu Besuch nach Paris.", "kam"),
    ],
)
def test_zu_before_a_bare_noun_is_no_person(text: str, word: str) -> None:
    # "zu Fuß", "zu Wort", "zu Besuch": idioms, not "zu jdm. kommen: to come up to sb.";
    # "nach Paris" is where to, not "nach jdm. kommen: to take after sb."
    come = card(text, word)
    assert come.lemma == "kommen"
    assert not any("sb." in gloss for gloss in come.glosses[:2])


def test_zu_before_a_person_keeps_the_person_frame() -> None:
    come = card("Das Kind kam weinend zu seiner Mutter.", "kam")
    assert come.lemma == "kommen"
    # the event frame with "es", also before a bare noun ("zu Gedränge")
    event = card("Am Morgen kam es an den Haltestellen zu Gedränge.", "kam")
    assert event.glosses[0] == "to come about"


def test_den_with_a_weak_noun_is_no_plain_dative() -> None:
    # "an den Angeklagten": an accusative singular the tagger may read as a dative plural;
    # the case gives no mark, and "an jdn. appellieren" stays
    appeal = card("Die Richterin hat am Montag an den Angeklagten appelliert.", "appelliert")
    assert appeal.lemma == "appellieren"
    # a plain dative still rules out the accusative frame
    lose = card("Bei einem Handelskrieg würden am Ende alle verlieren.", "verlieren")
    assert lose.lemma == "verlieren"


def test_a_name_particle_needs_a_name_after_it() -> None:
    # "Anna von den Plänen": a preposition and its phrase, not "Anna von X"
    analysis = analyze("Er erzählte Anna von den Plänen der Regierung.")
    verb = next(i for i, t in enumerate(analysis.tokens.texts) if t == "erzählte")
    assert "von" in frame_at(analysis.tokens, verb).split()
    analysis = analyze("Jana von Hagen sprach über die Reform.")
    verb = next(i for i, t in enumerate(analysis.tokens.texts) if t == "sprach")
    assert "von" not in frame_at(analysis.tokens, verb).split()


def test_a_noun_keeps_its_first_gloss_when_phrases_use_it_in_alternatives() -> None:
    # "Laufzeit eines Vertrags: term/duration of a contract" votes for "term"
    term = card("Die Laufzeit des Vertrags beträgt drei Jahre.", "Laufzeit")
    assert term.glosses[0] == "term"
    # the rule still fires where no phrase uses the first gloss
    team = card("Die Mannschaft verlor das Auswärtsspiel in Kiel deutlich.", "Mannschaft")
    assert team.glosses[0] in ("team", "sports team")
    principle = card("Der Grundsatz gilt für alle Bürger.", "Grundsatz")
    assert principle.glosses[0] == "principle"


def test_time_source_and_direction_phrases_made_up() -> None:
    # "zu Ende gehen" is Ding's phrase, not "zu jdm. gehen: to join sb."
    end = card("Die Verhandlungen gehen morgen zu Ende.", "gehen")
    assert end.lemma == "gehen" and end.glosses[0].startswith("zu Ende gehen")
    # "nach oben": a direction, not "nach jdm. kommen"
    up = card("Die Stürmer wollen nach oben kommen.", "kommen")
    assert up.lemma == "kommen" and up.glosses[0] == "to come"
    # "seit Jahren" is a time; "um den Zaun" stays the object
    quarrel = card("Seit Jahren streiten die Nachbarn um den Zaun.", "streiten")
    assert quarrel.lemma == "streiten"
    # a frame phrase that is no time keeps its frame ("an seinen Plänen festhalten")
    stick = card("Der Konzern hält an seinen Plänen fest.", "hält")
    assert stick.lemma == "festhalten"


def test_zu_as_too_and_as_a_preposition_made_up() -> None:
    # "viel zu dem Erfolg": the preposition
    add = card("Der Trainer hat viel zu dem Erfolg beigetragen.", "beigetragen")
    assert add.lemma == "beitragen"
    # "zu spät": too
    react = card("Die Firma hat viel zu spät reagiert.", "reagiert")
    assert react.lemma == "reagieren"


def test_verb_cluster_and_spoken_particles_made_up() -> None:
    agree = card("Die Partei muss sich auf einen Kandidaten einigen können.", "einigen")
    assert agree.lemma == "sich einigen"
    go_in = card("Der Stürmer ist nach der Pause reingegangen.", "reingegangen")
    assert go_in.lemma == "hereingehen" and go_in.glosses[0] == "to go in"
    # a verb Ding has is not read as a spoken particle verb ("reinigen": rein + igen)
    clean = card("Die Wäsche muss man reinigen.", "reinigen")
    assert clean.lemma == "reinigen" and clean.glosses[0] == "to clean"


def test_town_adjective_only_before_a_noun_made_up() -> None:
    defence = card("Die Paderborner Abwehr stand sicher.", "Paderborner")
    assert defence.glosses == ("of Paderborn",)
    fans = card("Die Paderborner jubelten nach dem Abpfiff.", "Paderborner")
    assert fans.glosses == ()
