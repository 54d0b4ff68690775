"""Review of roles36 (rev_roles36): the gloss rule of training/build_people_lexicon.py reads
the senses of every Ding entry of a word for animals, things and bodies ("Keiler" is a
door-to-door seller in its first entry and the wild boar in the next), and leaves out the
few words whose common meaning Ding does not show ("Militär"). Near misses: later entries
that name persons too ("Klempner"), a word of one entry."""

from __future__ import annotations

import gzip
from pathlib import Path

from training.build_people_lexicon import gloss_person_rows, read_ding


def test_read_ding_keeps_the_later_entries(tmp_path: Path) -> None:
    path = tmp_path / "de-en.txt.gz"
    lines = [
        "# comment",
        "Keiler {m} [Ös.] | Keiler {pl} :: door-to-door seller | door-to-door sellers",
        "Keiler {m} | Keiler {pl} :: (male) wild boar | wild boars",
        "Metzger {m} :: butcher",
    ]
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    tags, gloss, _pairs, later = read_ding(path)
    assert gloss["Keiler"] == "door-to-door seller"
    assert later["Keiler"] == ["door-to-door sellers", "(male) wild boar", "wild boars"]
    assert "Metzger" not in later and tags["Metzger"] == {"m"}


def _rows(entries: dict[str, tuple[set[str], list[str]]]) -> set[str]:
    tags = {w: t for w, (t, _g) in entries.items()}
    gloss = {w: g[0] for w, (_t, g) in entries.items()}
    later = {w: g[1:] for w, (_t, g) in entries.items() if len(g) > 1}
    return set(gloss_person_rows(tags, gloss, set(), later))


def test_a_later_entry_that_names_an_animal_or_a_body() -> None:
    entries = {
        "Keiler": ({"m", "pl"}, ["door-to-door salesman", "(male) wild boar"]),
        "Wahlvorstand": ({"m"}, ["polling officer", "election board; election committee"]),
        "Oberanrainer": ({"m"}, ["upstream resident", "upstream state"]),
        "Abstreifer": ({"m", "pl"}, ["flayer; knacker", "wiper", "stripping device"]),
    }
    assert _rows(entries) == set()


def test_later_person_entries_and_single_entries_stay() -> None:
    entries = {
        "Klempner": ({"m", "pl"}, ["sheet-metal worker", "plumber"]),
        "Schlachter": ({"m", "pl"}, ["butcher", "butcher; slaughterer"]),
        "Ritter": ({"m", "pl"}, ["knight", "chevalier"]),
        "Metzger": ({"m", "pl"}, ["butcher"]),
    }
    assert _rows(entries) == set(entries)


def test_common_meanings_ding_does_not_show() -> None:
    entries = {
        "Militär": ({"m"}, ["higher-ranking officer"]),  # "das Militär": the armed forces
        "Grenzposten": ({"m", "pl"}, ["border guard; border police officer"]),  # the post
        "Streuner": ({"m", "pl"}, ["vagrant; tramp", "strayer; gadder"]),  # stray animals
    }
    assert _rows(entries) == set()
