"""Query-time scores and word classes as bit masks."""

from __future__ import annotations

from app.dictionary import ranking


def test_class_mask_sets_one_bit_per_known_class() -> None:
    assert ranking.class_mask([]) == 0
    assert ranking.class_mask(["noun"]) == ranking.CLASS_BITS["noun"]
    assert ranking.class_mask(["vt", "vi", "unknown"]) == (
        ranking.CLASS_BITS["vt"] | ranking.CLASS_BITS["vi"]
    )
    assert ranking.class_mask(["v", "vt", "vi", "vr"]) == ranking.VERB_MASK


def test_bits_are_distinct_and_the_scores_point_the_right_way() -> None:
    bits = list(ranking.CLASS_BITS.values())
    assert len(set(bits)) == len(bits) and all(b & (b - 1) == 0 for b in bits)
    assert ranking.EXACT_BONUS > ranking.LEMMA_BONUS > 0
    assert ranking.FRAME_BONUS > ranking.FRAME_STEP > 0
    assert "archaic" in ranking.MARKED_ENGLISH


def test_parts_of_speech_and_word_classes() -> None:
    assert ranking.pos_of("noun vt") == "NOUN" and ranking.pos_of("vt adj") == "VERB"
    assert ranking.pos_of("") == "" and ranking.pos_of("xyz") == ""
    assert ranking.POS_CLASSES["VERB"] == ranking.VERB_MASK
    assert ranking.POS_CLASSES["ADJ"] & ranking.CLASS_BITS["num"]  # ordinals are ADJ in UD
