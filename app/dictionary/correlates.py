"""A pronominal adverb that belongs to its clause's verb: "darauf" in "wies darauf hin".

"darauf", "davor", "dagegen" often stand for a phrase the verb governs ("darauf
hinweisen, dass …": to point out that …; "warnte davor, …": warned against …).
Their own glosses ("after that; on it"; "in front") then mislead; the card names
the verb's construction first: "auf etw. hinweisen: to point sth. out". The
reading layer passes the clause's full verb as the lookup's frame, marked with
:data:`VERB_OF_ADVERB` ("=hinweisen"); only a Ding headword of that verb that uses
the adverb's preposition counts ("vor etw. warnen"), so an adverb of time or
place ("endet damit eine Serie") keeps its own glosses when the verb has none. A
"dass" clause after the verb is passed on as its mark ("=ausgehen +dass": "davon
ausgehen, dass …" is to presume, not to originate from).
No Qt; never raises for any string.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.dictionary.lookup import MAX_GLOSSES, Lookup
from app.dictionary.model import Gloss, WordInfo
from app.dictionary.objects import REFLEXIVE_CLAUSE
from app.dictionary.preferences import frame_words
from app.dictionary.ranking import VERB_MASK
from app.grammar import correlate_preposition

#: Marks the frame of a lookup key as the clause's verb of a pronominal adverb.
VERB_OF_ADVERB = "="
#: Ends such a frame when the adverb stands inside its clause, not at its end.
INSIDE_CLAUSE = "~"
FRAME_GLOSSES = 2
#: A literal gloss of a pronominal adverb: "against it", "for it/them", "with that".
_LITERAL = re.compile(r"^[a-z]+ (it|that|this|them|these|those)(/[a-z]+)*$")


def _reflexive_line(head: str) -> bool:
    """Whether a Ding headword is a reflexive verb's line ("sich um etw. handeln")."""
    return "sich" in head.split()


def verb_frame_glosses(lookup: Lookup, word: str, frame: str) -> list[Gloss]:
    """Glosses of the verb's construction with the adverb's preposition, as
    "auf etw. hinweisen: to point sth. out"; [] when Ding has none."""
    preposition = correlate_preposition(word)
    verb, _, marks = frame[len(VERB_OF_ADVERB) :].removesuffix(INSIDE_CLAUSE).partition(" ")
    if preposition is None or not verb:
        return []
    # the verb's marks go with it ("davon ausgehen, dass …": +dass, to presume)
    found = lookup.find(verb, verb, "VERB", "", f"{preposition} {marks}".rstrip())
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
        # "handelt sich darum": the reflexive lines ("sich um etw. handeln"), else the others
        reflexive = REFLEXIVE_CLAUSE in marks.split()
        own_kind = [
            c for c in fitting if c.sense.head and _reflexive_line(c.sense.head.text) == reflexive
        ]
        fitting = own_kind or fitting
        head = fitting[0].sense.head
        assert head is not None
        # the verb's own order of glosses, those of the fitting lines only
        own = {item[0] for cand in fitting for item in cand.sense.gloss_parts(False)[0]}
        ranked = lookup.glosses_of(found.candidates, MAX_GLOSSES)
        glosses = [g for g in ranked if g.text in own][:1] or lookup.glosses_of(fitting, 1)
        return [Gloss(f"{head.text}: {g.text}", g.labels, g.note) for g in glosses]
    return []


def with_verb_frame(lookup: Lookup, info: WordInfo, word: str, frame: str) -> WordInfo:
    """``info`` with the verb construction's gloss first, when Ding has one and the
    adverb closes its clause.

    An adverb inside its clause whose verb has no construction with its preposition
    is no object of the verb ("Kritik kommt dagegen von Anwohnern": by contrast):
    its literal glosses ("against it") go after its others ("contrastingly"). Not
    "davon", which inside a clause is mostly partitive ("ein Teil davon": of it)."""
    extra = verb_frame_glosses(lookup, word, frame)
    if frame.endswith(INSIDE_CLAUSE):
        if extra or correlate_preposition(word) == "von":
            return info  # "Damit endet …", "protestierte dagegen heftig": its own glosses
        literal = [g for g in info.senses if _LITERAL.match(g.text)]
        if literal and len(literal) < len(info.senses):
            senses = (*[g for g in info.senses if g not in literal], *literal)
            return replace(info, glosses=tuple(g.text for g in senses), senses=senses)
        return info
    if not extra:
        return info
    senses = (*extra, *info.senses)[:MAX_GLOSSES]
    return replace(info, glosses=tuple(g.text for g in senses), senses=senses)
