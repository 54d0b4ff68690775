"""A participle with "sein" and a preposition: Ding's "auf jdn./etw. angewiesen sein".

"Viele Betriebe seien auf Beregnung angewiesen" is the state "to be dependent on",
not the verb "anweisen" (to order). Ding lists such states as headwords of their own
with "sein" ("auf jdn./etw. angewiesen sein", "mit etw. verbunden sein", "an etw.
beteiligt sein"), keyed by their other words, not by the participle, so the verb's
lookup never meets them. :class:`PredicativeFrames` reads those headwords once (one
scan of the entry table, ~45 headwords of the shape "PREPOSITION OBJECT WORD sein")
and :func:`PredicativeFrames.info` answers a participle whose clause has a form of
"sein" (the reading layer's :data:`~app.dictionary.objects.STATE` mark) and the
headword's preposition in its frame. Only a headword that is its entry's first (not
"an etw. beteiligt sein" beside "für etw. mitverantwortlich sein: to be a factor to
sth.") and whose glosses say a state ("to be dependent on"; not "auf etw. aufgebaut
sein: to privot on sth.", "mit etw. ausgestattet sein: to feature sth."). No Qt; never
raises for any string.
"""

from __future__ import annotations

import re
import threading

from app.dictionary.model import SOURCE_NAME, Gloss, WordInfo
from app.dictionary.store import Store

#: "auf jdn./etw. angewiesen sein", "sich mit jdm. einig sein"
_HEAD = re.compile(
    r"(?:sich )?(an|auf|aus|bei|für|gegen|in|mit|nach|über|um|unter|von|vor|zu) "
    r"(?:jdn\.|jdm\.|etw\.|jdn\./etw\.|jdm\./etw\.|jdm\./einer Sache) (\w+) sein"
)
_ALT = "\x1e"  # between a sub-entry's alternatives in the entry table
_FIELD = "\x1f"  # between an alternative's text and its notes
MAX_STATE_GLOSSES = 5
#: An English gloss that says a state, as the German "sein" does.
_STATE_GLOSS = "to be "


_Index = dict[str, list[tuple[str, str, tuple[str, ...]]]]
#: The index of each database file, shared by the process's Dictionary instances (a
#: fresh instance must not read the entry table again on a hover).
_BUILT: dict[str, _Index] = {}
_LOCK = threading.Lock()


class PredicativeFrames:
    """Ding's "PREPOSITION OBJECT WORD sein" headwords by WORD, read on first use or
    by :meth:`warm` (one scan of the entry table, ~25 ms: not on a hover)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._index: _Index | None = None

    def warm(self) -> None:
        """Read the headwords now (on a worker thread, after the dictionary opened)."""
        self._heads()

    def _heads(self) -> _Index:
        with _LOCK:
            if self._index is None:
                self._index = _BUILT.get(str(self._store.path))
            if self._index is None:
                index: _Index = {}
                for _id, heads, glosses in self._store.entries_with_head_word("sein"):
                    first = glosses.split(_ALT)
                    texts = tuple(g.split(_FIELD)[0] for g in first if g.split(_FIELD)[0])
                    if not any(text.startswith(_STATE_GLOSS) for text in texts):
                        continue  # "to privot on sth.", "to feature sth.": no state
                    for alt in heads.split(_ALT)[:1]:  # the entry's own headword
                        head = alt.split(_FIELD)[0]
                        match = _HEAD.fullmatch(head)
                        if match:
                            word = match.group(2).lower()
                            index.setdefault(word, []).append((match.group(1), head, texts))
                self._index = _BUILT[str(self._store.path)] = index
            return self._index

    def info(
        self, word: str, original: str, frame: str, morph: str, pos: str = "VERB"
    ) -> WordInfo | None:
        """The WordInfo of the state headword of ``word`` whose preposition is in
        ``frame`` (nearest to the verb first), or None."""
        entries = self._heads().get(word.lower())
        if not entries:
            return None
        for preposition in frame.split():
            for own, head, glosses in entries:
                if own == preposition:
                    shown = glosses[:MAX_STATE_GLOSSES]
                    return WordInfo(
                        word=original,
                        lemma=head,
                        pos=pos,
                        morph=morph,
                        glosses=shown,
                        source=SOURCE_NAME,
                        headword=head,
                        senses=tuple(Gloss(text) for text in shown),
                        match="state",
                    )
        return None
