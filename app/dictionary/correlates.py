"""A pronominal adverb that belongs to its clause's verb: "darauf" in "wies darauf hin".

"darauf", "davor", "dagegen" often stand for a phrase the verb governs ("darauf
hinweisen, dass …": to point out that …; "warnte davor, …": warned against …).
Their own glosses ("after that; on it"; "in front") then mislead; the card names
the verb's construction first: "auf etw. hinweisen: to point sth. out". The
reading layer passes the clause's full verb as the lookup's frame, marked with
:data:`VERB_OF_ADVERB` ("=hinweisen"); only a Ding headword of that verb that uses
the adverb's preposition counts ("vor etw. warnen"), so an adverb of time or
place ("endet damit eine Serie") keeps its own glosses when the verb has none.
No Qt; never raises for any string.
"""

from __future__ import annotations

from dataclasses import replace

from app.dictionary.lookup import MAX_GLOSSES, Lookup
from app.dictionary.model import Gloss, WordInfo
from app.dictionary.preferences import frame_words
from app.dictionary.ranking import VERB_MASK
from app.grammar import correlate_preposition

#: Marks the frame of a lookup key as the clause's verb of a pronominal adverb.
VERB_OF_ADVERB = "="
FRAME_GLOSSES = 2


def verb_frame_glosses(lookup: Lookup, word: str, frame: str) -> list[Gloss]:
    """Glosses of the verb's construction with the adverb's preposition, as
    "auf etw. hinweisen: to point sth. out"; [] when Ding has none."""
    preposition = correlate_preposition(word)
    verb = frame[len(VERB_OF_ADVERB) :]
    if preposition is None or not verb:
        return []
    found = lookup.find(verb, verb, "VERB", "", preposition)
    if found is None:
        return []
    lookup.load([c.sense for c in found.candidates])
    fitting = [
        cand
        for cand in found.candidates
        if cand.sense.head is not None
        and cand.sense.classes & VERB_MASK
        and preposition in frame_words(cand.sense.head.text, cand.sense.lemma)
    ]
    if fitting:
        head = fitting[0].sense.head
        assert head is not None
        # the verb's own order of glosses, those of the fitting lines only
        own = {item[0] for cand in fitting for item in cand.sense.gloss_parts(False)[0]}
        ranked = lookup.glosses_of(found.candidates, MAX_GLOSSES)
        glosses = [g for g in ranked if g.text in own][:1] or lookup.glosses_of(fitting, 1)
        return [Gloss(f"{head.text}: {g.text}", g.labels, g.note) for g in glosses]
    return []


def with_verb_frame(lookup: Lookup, info: WordInfo, word: str, frame: str) -> WordInfo:
    """``info`` with the verb construction's gloss first, when Ding has one."""
    extra = verb_frame_glosses(lookup, word, frame)
    if not extra:
        return info
    senses = (*extra, *info.senses)[:MAX_GLOSSES]
    return replace(info, glosses=tuple(g.text for g in senses), senses=senses)
