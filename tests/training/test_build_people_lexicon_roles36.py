"""Person nouns read from Ding's English glosses in training/build_people_lexicon.py
(session 36, roles36): a masculine noun without a feminine is a person when its first
English sense ends in a person noun or in "-man", or when Ding labels it a military
"(rank)". Near misses: a thing, an animal, a long description, an adjectival noun, a
superlative, a word of other genders too, a short word, a "-mann" surname."""

from __future__ import annotations

from training.build_people_lexicon import gloss_person_rows


def _rows(entries: dict[str, tuple[set[str], str]], known: set[str] | None = None) -> set[str]:
    tags = {w: t for w, (t, _g) in entries.items()}
    gloss = {w: g for w, (_t, g) in entries.items()}
    return set(gloss_person_rows(tags, gloss, known or set()))


def test_person_glosses_give_rows() -> None:
    entries = {
        "Metzger": ({"m", "pl"}, "butcher"),
        "Fischer": ({"m", "pl"}, "fisherman; fisher"),
        "Zimmerer": ({"m", "pl"}, "site carpenter; woodworker; joiner [Br.]"),
        "Mesner": ({"m", "pl"}, "sexton and verger; sacristan [archaic]"),
        "Fähnrich": ({"m"}, "Officer Cadet [Br.] [Can.]; Cadet [Am.] (rank)"),
        "Lackierer": ({"m", "pl"}, "varnisher; painter"),  # a later sense
        "Mittelsmann": ({"m"}, "intermediary; go-between; middleman (between sb.)"),
    }
    assert _rows(entries) == set(entries)


def test_things_animals_and_descriptions_give_none() -> None:
    entries = {
        "Drucker": ({"m", "pl"}, "printer"),  # "printer" is no person noun of the list
        "Krokodilkaiman": ({"m"}, "common caiman; spectacled caiman"),
        "Schneemann": ({"m"}, "snowman"),
        "Weberknecht": ({"m"}, "harvestman; daddy longleg"),
        "Professorentitel": ({"m"}, "title of professor"),  # a phrase with "of"
        "Nickelmann": ({"m", "n"}, "merman"),  # also another gender
        "Einheimischer": ({"m"}, "townsman"),  # adjectival: "Einheimische {pl}"
        "Einheimische": ({"pl"}, "locals"),
        "Nächster": ({"m"}, "neighbour"),  # a superlative as a noun
        "Geschworener": ({"m"}, "lay judge; juryman; juror"),  # a participle
        "Hauer": ({"m", "pl"}, "mine worker; miner"),  # short: would head "Warschauer"
        "Bayer": ({"m"}, "Bavarian"),  # a capitalised gloss without "(rank)"
        "Major": ({"m"}, "Major /Maj./ [Br.] (rank)"),  # short: also a surname
        "Zimmermann": ({"m"}, "site carpenter; joiner"),  # "-mann" without "s": a surname
        "Blaufisch": ({"m"}, "bluefish; tailor [Austr.]"),  # another sense is a fish
        "Jagdpanzer": ({"m"}, "anti-tank vehicle; tank destroyer; tank hunter"),
    }
    assert _rows(entries) == set()


def test_known_words_and_their_compounds_are_left_alone() -> None:
    assert _rows({"Metzger": ({"m"}, "butcher")}, known={"Metzger"}) == set()
    # read by its head "Präsident", whose feminine it shares
    entries = {"Ministerpräsident": ({"m"}, "minister-president; prime minister")}
    assert _rows(entries, known={"Präsident"}) == set()
