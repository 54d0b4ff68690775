"""Dictionary answers for the words of a text: their keys and :class:`InfoCache`.

A dictionary answer depends on the word, its lemma, part of speech, morphology
and (for verbs) the clause's frame: :func:`lookup_key`. :class:`InfoCache` keeps
answers for the UI thread and fills a table ahead of the mouse on a worker
thread (:meth:`InfoCache.prefetch`). No Qt here.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator

from app.core.tokens import TokenTable
from app.dictionary import WordInfo
from app.dictionary.correlates import VERB_OF_ADVERB
from app.grammar import clause_verb, correlate_preposition, frame_at
from app.morphology import features, preload
from app.morphology.model import KIND_ADJECTIVE, KIND_VERB
from app.reading.textmodel import ReaderIndex

#: (word, lemma, POS, morphology, verb frame): what a dictionary answer depends on.
LookupKey = tuple[str, str, str, str, str]
LookupFunction = Callable[[str, str, str, str, str], WordInfo]


class InfoCache:
    """Dictionary answers by (word, lemma, POS, morphology), oldest dropped first.

    :meth:`get` runs on the UI thread. :meth:`prefetch` runs on a worker thread
    and fills a separate table that :meth:`get` reads, so that by the time the
    mouse reaches a word its (possibly slow) lookup has usually been done.
    Plain dict reads and writes are atomic in CPython, so no lock is needed.
    """

    PREFETCH_LIMIT = 100_000
    YIELD_AFTER = 0.002  # seconds of prefetch work between two turns for the UI thread
    #: how long the prefetch then rests: long enough for a UI thread that waits for the
    #: interpreter lock to take it (a bare sleep(0) hands it back at once)
    REST = 0.001

    def __init__(self, lookup: LookupFunction, size: int = 20_000) -> None:
        self._lookup = lookup
        self._size = size
        self._cache: OrderedDict[LookupKey, WordInfo] = OrderedDict()
        self._prefetched: dict[LookupKey, WordInfo] = {}

    def get(self, text: str, lemma: str, pos: str, morph: str, frame: str = "") -> WordInfo:
        key = (text, lemma, pos, morph, frame)
        info = self._cache.get(key)
        if info is None:
            info = self._prefetched.get(key)
        if info is None:
            info = self._safe_lookup(key)
        self._cache[key] = info
        if len(self._cache) > self._size:
            self._cache.popitem(last=False)
        return info

    def prefetch(self, keys: Iterable[LookupKey], stop: Callable[[], bool]) -> int:
        """Look ``keys`` up ahead of time (worker thread); returns how many were new.

        Loads the grammar tables of the word cards first (:func:`app.morphology.preload`),
        so that the first hover does not wait for them on the UI thread."""
        preload()
        done = 0
        table = self._prefetched
        clock = time.perf_counter
        turn = clock()
        for key in keys:
            if stop() or len(table) >= self.PREFETCH_LIMIT:
                break
            if clock() - turn > self.YIELD_AFTER:
                time.sleep(self.REST)  # hand the interpreter lock to the UI thread now
                turn = clock()
            if key in table or key in self._cache:
                continue
            table[key] = self._safe_lookup(key)
            done += 1
        return done

    def fetch(self, key: LookupKey) -> WordInfo:
        """The answer for ``key`` on a worker thread: the prefetched one, else looked up
        and kept with the prefetched ones (the UI thread's own table is not touched)."""
        info = self._prefetched.get(key)
        if info is None:
            info = self._safe_lookup(key)
            if len(self._prefetched) < self.PREFETCH_LIMIT:
                self._prefetched[key] = info
        return info

    def _safe_lookup(self, key: LookupKey) -> WordInfo:
        try:
            return self._lookup(*key)
        except Exception:  # the dictionary promises not to raise; never crash on hover
            return WordInfo(word=key[0], lemma=key[1], pos=key[2], source="")

    def clear(self) -> None:
        self._cache.clear()
        self._prefetched.clear()


#: Tags whose lemma the grammar engine corrects from the word's forms.
_CORRECTED = frozenset({"VERB", "AUX", "ADJ", "ADV"})


def lookup_key(tokens: TokenTable, i: int) -> LookupKey:
    """The dictionary key of token ``i``: word, lemma, POS, morphology, verb frame.

    Where the grammar engine reads a verb or adjective differently from the tagger,
    its lemma and part of speech are asked for ("gelassener" in "sieht die Lage
    gelassener": the comparative of "gelassen", not a form of "lassen")."""
    word, lemma, tag = tokens.texts[i], tokens.lemmas[i], tokens.tags[i]
    if tag in _CORRECTED:
        grammar = features(tokens, i)
        if grammar.kind == KIND_ADJECTIVE:
            word = _degree_form(word, grammar.lemma, grammar.shown.get("Degree", ()))
        if grammar.kind == KIND_ADJECTIVE and grammar.pos == "ADJ" and grammar.lemma != lemma:
            if tag != "ADV" or grammar.shown.get("Degree", ("Pos",)) != ("Pos",):
                lemma, tag = grammar.lemma, "ADJ"
        elif tag == "ADJ" and _modifies_next(tokens, i, grammar.shown):
            tag = "ADV"  # "deutlich mehr", "stark schwankend": an adverb's senses
        elif grammar.kind == KIND_VERB and tag not in ("VERB", "AUX"):
            lemma, tag = grammar.lemma, "VERB"  # "aufgeben" tagged as an adjective
    elif tag in ("NOUN", "PROPN") and word[:1].isupper():
        grammar = features(tokens, i)
        if grammar.kind == KIND_ADJECTIVE:  # "im Weißen Haus": white, not "white wine"
            lemma, tag = grammar.lemma, "ADJ"
    frame = frame_at(tokens, i) if tag == "VERB" else ""
    if tag == "ADV" and correlate_preposition(word) is not None:
        verb = clause_verb(tokens, i)  # "wies darauf hin": the verb's construction first
        if verb is not None:
            frame = VERB_OF_ADVERB + tokens.lemmas[verb]
    return (word, lemma, tag, tokens.morphs[i], frame)


def _degree_form(word: str, base: str, degree: tuple[str, ...]) -> str:
    """The base of a positive spelt like a comparative ("ein kleiner Teil": klein, whose
    glosses are "small", not the comparative's "smaller")."""
    if word[:1].islower() and degree == ("Pos",) and word.lower() == base + "er":
        return base
    return word


_COPULAS = frozenset({"sein", "werden", "bleiben", "scheinen", "wirken", "heißen", "gelten"})
#: Words an adverb stands before: comparison words and quantities.
_MODIFIED = frozenset({"mehr", "weniger", "so", "viel", "besser", "schlechter"})


def _modifies_next(tokens: TokenTable, i: int, shown: dict[str, tuple[str, ...]]) -> bool:
    """An uninflected adjective before another adjective or a comparison word modifies
    it, as an adverb does ("deutlich mehr", "deutlich teurer", "stark schwankenden");
    right after a full verb it modifies the verb ("stieg deutlich")."""
    text = tokens.texts[i]
    if not text[:1].islower() or "Case" in shown or i + 1 >= len(tokens.texts):
        return False
    if tokens.sentence_ids[i + 1] != tokens.sentence_ids[i] or text != tokens.lemmas[i]:
        return False
    following = tokens.texts[i + 1].lower()
    if tokens.tags[i + 1] == "ADJ" or following in _MODIFIED:
        return True
    if following == "zu" and i + 2 < len(tokens.tags) and tokens.tags[i + 2] in ("ADJ", "ADV"):
        return True  # "zu teuer" (not "schwer zu löschen": an infinitive follows)
    # right after a full verb (not a copula: "ist klar", "bleibt schön"): "stieg deutlich"
    if (
        i > 0
        and tokens.tags[i - 1] == "VERB"
        and tokens.lemmas[i - 1] not in _COPULAS
        and tokens.sentence_ids[i - 1] == tokens.sentence_ids[i]
    ):
        return True
    # anywhere in a sentence without a copula: an uninflected adjective that is not
    # predicative modifies the verb ("lehnt das grundsätzlich ab", "will kurzfristig helfen")
    return not _has_copula(tokens, tokens.sentence_ids[i], i)


def _has_copula(tokens: TokenTable, sentence: int, i: int) -> bool:
    """Whether the sentence of token ``i`` has a copula verb ("ist", "wurde", "bleibt")."""
    ids = tokens.sentence_ids
    j = i
    while j > 0 and ids[j - 1] == sentence:
        j -= 1
    while j < len(ids) and ids[j] == sentence:
        if tokens.lemmas[j] in _COPULAS and tokens.tags[j] in ("VERB", "AUX"):
            return True
        j += 1
    return False


def lookup_keys(index: ReaderIndex, first: Iterable[int] = ()) -> Iterator[LookupKey]:
    """Dictionary keys of the text's words: the tokens in ``first``, then all in text order.

    Repeated keys come again: the prefetch skips them, and it checks its clock for
    each. (A generator that dropped them itself ran for a long stretch over a long
    text's repeats without giving the prefetch a turn to hand the interpreter lock
    to the UI thread.)"""
    tokens = index.analysis.tokens
    for order in (first, index.words):
        for i in order:
            yield lookup_key(tokens, i)
