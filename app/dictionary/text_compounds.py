"""A noun's sense from the text's own compounds of it ("Land" beside "Landesregierung").

A text uses a word in one sense, and its compounds of the word name that sense in
their English: a text with "Landesregierung: regional government; state government",
"Landesverband: state association" or "Landeshauptstadt: state capital" speaks of a
federal state, so its "das Land" is "state", not Ding's first "country"; a text with
"Raumfahrt: space travel" says "space" for "Raum". News also shortens a compound to its
head after the first mention ("die Bahnstrecke" … "an der Strecke": line). The reading
layer sends the text's nouns that begin or end with the looked-up noun
(:attr:`app.dictionary.context.Context.compounds`); for each, the English modifiers of
its first :data:`COMPOUND_GLOSSES` glosses (:func:`app.dictionary.heads.english_modifiers`;
for a compound Ding lacks, its first part's gloss when that part is the noun), or for
a compound ending in the noun their last English word
(:func:`app.dictionary.heads.english_head`: "Bahnstrecke: railway line"), vote for the
noun's gloss that ends in the same word. Compounds whose English names no gloss of the
noun ("Landwirt: farmer", "Landrat: county commissioner") vote for nothing. Pure
functions; no I/O.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from app.dictionary.heads import english_head, english_modifiers
from app.dictionary.model import WordInfo

#: Glosses of a compound whose English modifiers vote.
COMPOUND_GLOSSES = 2


def compound_words(noun: str, compound: str, info: WordInfo) -> set[str]:
    """The English words a ``compound`` of ``noun`` (looked up as ``info``) uses for
    it: the modifiers of its first glosses ("Landesregierung": regional, state), or for
    a compound split into parts the first gloss of its first part when that part is
    ``noun`` ("Landeselternbeirat": Landes- "state"); for a compound ending in ``noun``
    the last words of its first glosses ("Bahnstrecke": line), none when Ding lacks it."""
    if compound.lower().endswith(noun.lower()) and not compound.startswith(noun):
        if info.compound:  # "Krankenkassen": the head's English ("insurance")
            return set()
        return {w for g in info.glosses[:COMPOUND_GLOSSES] if (w := english_head(g))}
    if info.compound:
        first = info.compound[0]
        if first.lemma != noun or not first.glosses:
            return set()
        return {first.glosses[0].split()[-1].lower()}
    words: set[str] = set()
    for gloss in info.glosses[:COMPOUND_GLOSSES]:
        words |= english_modifiers(gloss)
    return words


def text_sense_first(info: WordInfo, votes: Sequence[set[str]]) -> WordInfo:
    """``info`` with the gloss the text's compounds vote for first: each compound's set
    of English words (:func:`compound_words`) gives one vote to each gloss of the noun
    that ends in one of them (or its plural: "Busse" is "buses" for "Busfahrer: bus
    driver"); the first gloss of the word with the most votes, ahead of every other by
    one at least, comes first ("state", not "individual state"). Unchanged without a
    clear winner or when a gloss of that word is first already."""
    glosses = list(info.senses) if info.senses else []
    if len(glosses) < 2:
        return info
    last = [_singular(g.text.split()[-1].lower()) if g.text.split() else "" for g in glosses]
    count: Counter[str] = Counter()
    for words in votes:
        for word in set(last) & words:
            count[word] += 1
    if not count:
        return info
    ranked = count.most_common()
    word, best = ranked[0]
    if len(ranked) > 1 and ranked[1][1] >= best:
        return info
    pick = last.index(word)  # the first: "state" before "individual state"
    if pick == 0:
        return info
    senses = [glosses[pick], *glosses[:pick], *glosses[pick + 1 :]]
    return replace(info, glosses=tuple(g.text for g in senses), senses=tuple(senses))


def _singular(word: str) -> str:
    """An English noun's singular, roughly: "buses" -> "bus", "states" -> "state",
    "hospitals" -> "hospital"; enough to tell a plural gloss from its singular."""
    if len(word) > 4 and word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
