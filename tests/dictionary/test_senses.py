"""The records of the lookup: packed headwords and glosses, duplicate keys, senses."""

from __future__ import annotations

from app.dictionary.schema import FS, KIND_PLURAL, RS
from app.dictionary.senses import Head, Sense, SubData, dedup_key, head_at, unpack_glosses


def test_head_at_unpacks_one_record() -> None:
    packed = RS.join([FS.join(["Haus", "n", "Häuser", "", ""]), FS.join(["Gebäude", "n"])])
    assert head_at(packed, 0) == Head("Haus", "n", "Häuser")
    assert head_at(packed, 1) == Head("Gebäude", "n")
    assert head_at(packed, 2) is None and head_at(packed, -1) is None and head_at("", 0) is None


def test_glosses_keep_labels_notes_and_mark_old_register() -> None:
    packed = RS.join([FS.join(["house", "", ""]), FS.join(["domicile", "archaic", "formal"]),
                      FS.join(["", "x", "y"])])  # fmt: skip
    glosses = unpack_glosses(packed)
    assert [g[0] for g in glosses] == ["house", "domicile"]  # the empty one is dropped
    assert glosses[1][1:3] == ("archaic", "formal") and glosses[1][4] and not glosses[0][4]
    assert unpack_glosses(None) == ()


def test_duplicate_keys_ignore_to_case_and_placeholders() -> None:
    assert dedup_key("To Reckon") == dedup_key("reckon") == "reckon"
    assert dedup_key("to count on sb.") == dedup_key("count on")


def test_a_plural_sense_puts_the_forms_own_glosses_first() -> None:
    row = ("häuser", 1, None, KIND_PLURAL, 1, 0, 7, 250, 1, 0, "Haus")
    sense = Sense(row)
    assert (sense.key, sense.lemma, sense.score, sense.needs_sub) == ("Häuser", "Haus", 2.5, True)
    sense.sub_data = SubData("", unpack_glosses(FS.join(["houses", "", ""])))
    assert sense.gloss_parts() == ([("houses", "", "", "houses", False)], 1)
    assert sense.glosses(lemma_first=True) == []
