"""Nouns made from a present participle that Ding lists only as the participle.

"die Forschenden" is not "doing research" but the people who do it: Ding has no
noun "Forschende", only "forschend" (a form of "forschen"), so the chain finds
the participle. Such a noun reads from the verb's agent noun in -er when Ding
lists it as a masculine noun ("Forschende" -> Forscher: "researcher", "Pflegende"
-> Pfleger), the German pattern that nouns in -ende largely replace. Nouns Ding
lists itself ("Studierende", "Reisende", "Vorsitzende") never come here. No Qt;
never raises for any string.
"""

from __future__ import annotations

from app.dictionary.lookup import Lookup
from app.dictionary.model import SOURCE_NAME, WordInfo
from app.dictionary.preferences import same_class
from app.dictionary.ranking import CLASS_BITS
from app.dictionary.senses import Found

_ENDINGS = ("enden", "endem", "ender", "ende")
_DIRECT_STEPS = frozenset({"exact", "lemma", "simplemma"})
MIN_STEM = 3


def participle_stem(word: str) -> str | None:
    """The verb stem of a capitalised noun in -ende(n/m/r) ("Forschenden" -> "Forsch")."""
    if not word[:1].isupper():
        return None
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return None


def participle_noun_info(
    lookup: Lookup, word: str, original: str, pos: str, morph: str, found: Found
) -> WordInfo | None:
    """The WordInfo of a nominalised present participle from its agent noun, or None
    when Ding has a noun reading of the word itself or no agent noun."""
    noun = CLASS_BITS["noun"]
    if pos != "NOUN" or any(c.sense.classes & noun for c in found.candidates):
        return None
    stem = participle_stem(word)
    if stem is None:
        return None
    agent = stem + "er"
    agent_found = lookup.find(agent, None, "NOUN")
    if agent_found is None or agent_found.step not in _DIRECT_STEPS:
        return None
    candidates = [c for c in same_class(agent_found.candidates, "NOUN") if c.sense.classes & noun]
    if not candidates or candidates[0].sense.key != agent:
        return None
    lookup.load([candidates[0].sense])
    head = candidates[0].sense.head
    if head is None or head.gender != "m":
        return None
    glosses = lookup.glosses_of(candidates, 3)
    if not glosses:
        return None
    lemma = stem + "ende"
    return WordInfo(
        word=original,
        lemma=lemma,
        pos="NOUN",
        morph=morph,
        glosses=tuple(g.text for g in glosses),
        source=SOURCE_NAME,
        headword=lemma,
        senses=tuple(glosses),
        match="participle noun",
    )
