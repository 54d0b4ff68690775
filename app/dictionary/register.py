"""Ding lines of a marked register: slang, vulgar, pejorative senses.

Ding labels register after a term ("Klöten {pl} [Norddt.] [slang]", "cojones [Am.]
[slang]", "Potentat {m} [pej.]"). The converter ranks down a headword labelled old,
rare, slang or vulgar, and the lookup a gloss with such a label
(:data:`~app.dictionary.ranking.MARKED_ENGLISH`). A label with an explanation that
closes the German list applies to the whole line, though, and is stored on its last
term only: "Eier {pl}; Nüsse {pl}; Klöten {pl} [Norddt.] [slang] (Hoden) :: nuts; nads;
balls; bollocks; cobblers [Br.]; cojones [Am.] [slang] (testicles)" is a slang line for
"Eier" too, and its glosses "nuts; balls" carry no label. :func:`marked_line` tells
such a line (the last headword has a slang, vulgar or pejorative label and a comment,
and an English gloss one of those labels), and a line whose headword the word reaches
is pejorative, humorous, euphemistic, old-fashioned, youth or children's speech
(labels the converter does not count). The lookup ranks a marked line's glosses behind
the unmarked senses of the same word by :data:`MARKED_LINE_PENALTY`; a line the
context selects by more (a verb's frame, a number's unit) keeps its place. Pure
functions; no I/O, no Qt.
"""

from __future__ import annotations

import re

from app.dictionary.schema import RS, word_set
from app.dictionary.senses import Sense, head_at

#: Register labels of a headword the converter does not already rank down (its
#: ``build.scores.OLD_OR_RARE``: old, rare, slang, vulgar).
HEADWORD_REGISTER = word_set("pej. humor. euphem. iron. altertümlich Jugendsprache Kindersprache")
#: Register labels that close a whole line ("Eier {pl}; Nüsse {pl}; Klöten {pl} [Norddt.]
#: [slang] (Hoden)"); old and rare words stand in lists of synonyms with a label each
#: ("vielleicht; möglicherweise; … eventualiter [geh.] [veraltet] :: maybe; perhaps; …;
#: mayhap [archaic]" is no dated line).
LINE_REGISTER = word_set("slang vulg. pej.")
MARKED_LINE_PENALTY = 1.5


_ANY_LABEL = re.compile("|".join(re.escape(label) for label in HEADWORD_REGISTER | LINE_REGISTER))


def _labels(packed: str) -> frozenset[str]:
    return frozenset(packed.split(", ")) if packed else frozenset()


def marked_line(sense: Sense) -> bool:
    """Whether the loaded line of ``sense`` is of a marked register as a whole: its last
    German headword and one of its English glosses carry a register label, or the
    headword the word reaches carries one the converter did not count. An unloaded
    sense is not marked."""
    data = sense.entry_data
    if data is None or not _ANY_LABEL.search(data.heads):
        return False  # most lines: no register label on their German side at all
    reached = sense.head
    if reached is not None and _labels(reached.labels) & HEADWORD_REGISTER:
        return True
    last = head_at(data.heads, data.heads.count(RS))
    if last is None or not last.comments or not _labels(last.labels) & LINE_REGISTER:
        return False
    return any(_labels(item[1]) & LINE_REGISTER for item in data.glosses)
