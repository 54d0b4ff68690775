"""Dictionary answers for the words of a text: their keys and :class:`InfoCache`.

A dictionary answer depends on the word, its lemma, part of speech, morphology
and (for verbs) the clause's frame: :func:`lookup_key`. :class:`InfoCache` keeps
answers for the UI thread and fills a table ahead of the mouse on a worker
thread (:meth:`InfoCache.prefetch`). No Qt here.
"""

from __future__ import annotations

import bisect
import re
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from app.core.results import Entity
from app.core.tokens import TokenTable
from app.dictionary import WordInfo
from app.dictionary.context import context
from app.dictionary.correlates import INSIDE_CLAUSE, VERB_OF_ADVERB
from app.dictionary.correlatives import GAP, SECOND_PARTS
from app.dictionary.english import table as english_frequencies
from app.dictionary.model import Gloss
from app.dictionary.objects import (
    ACCUSATIVE_OBJECT,
    CLAUSE_REFLEXIVES,
    DATIVE_REFLEXIVE,
    INFINITIVE,
    PASSIVE,
    PREDICATIVE,
    PROPOSITION,
    REFLEXIVE_CLAUSE,
    STATE,
)
from app.dictionary.particles import (
    PAST_CLAUSE,
    QUESTION,
    TIME_CLAUSE_FOLLOWS,
    TIME_SUBORDINATORS,
)
from app.dictionary.place_adjectives import MATCH as PLACE_ADJECTIVE
from app.dictionary.place_adjectives import named_place_info, place_names
from app.grammar import (
    clause_span,
    clause_verb,
    correlate_preposition,
    frame_at,
    is_split_stem,
    is_time_noun,
)
from app.lexicon import words as lex
from app.lexicon.words import CONTRACTIONS, MODAL_PARTICLES, NEGATIONS
from app.morphology import features, preload
from app.morphology.lexicon import is_verb
from app.morphology.model import KIND_ADJECTIVE, KIND_NOUN, KIND_VERB, FormAnalysis
from app.morphology.nouns import NOUN, read_noun
from app.morphology.tagging import infinitive_governed_in
from app.morphology.verbs import INFINITIVE as INFINITIVE_FORM
from app.morphology.verbs import (
    INSEPARABLE,
    PARTICIPLE,
    SEPARABLE,
    paradigm,
    participle_verb,
    readings,
)
from app.nlp.gazetteer import load_gazetteer
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

        Loads the grammar tables of the word cards and the English word frequencies
        the ranking reads first (:func:`app.morphology.preload`,
        :func:`app.dictionary.english.table`), so that the first hover does not wait
        for them on the UI thread."""
        preload()
        english_frequencies()
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
            info = self._lookup(*key)
        except Exception:  # the dictionary promises not to raise; never crash on hover
            return WordInfo(word=key[0], lemma=key[1], pos=key[2], source="")
        return checked_info(key, info, self._lookup)

    def clear(self) -> None:
        self._cache.clear()
        self._prefetched.clear()


def checked_info(key: LookupKey, info: WordInfo, lookup: LookupFunction | None = None) -> WordInfo:
    """The dictionary's answer for ``key`` as the card and the JSON use it: none where it
    is another verb than the infinitive asked for (:func:`another_verb_by_rules`); for a
    finite form of the key's verb that Ding read as another verb's ("gelangte": not a
    participle of langen), the answer for that verb's infinitive (with ``lookup``) where
    the dictionary has it as a headword."""
    if another_verb_by_rules(key[0], key[1], key[2], info):
        return WordInfo(word=key[0], lemma=key[1], pos=key[2], source="")
    if lookup is not None and _finite_of_another_verb(key[0], key[1], key[2], info):
        again = lookup(key[1], key[1], key[2], key[3], key[4])
        if again.lemma == key[1] and again.glosses and again.match not in ("rules", "simplemma"):
            return again  # not for a verb only built from a prefix ("gefällen": no headword)
    verb = _participle_of_another_verb(key, info)
    if lookup is not None and verb:
        # asked with the infinitive: the form itself would bring back the other verb's
        # line ("vermisst" in vermessen's "bewerten; … vermessen": "rates")
        again = lookup(verb, verb, key[2], key[3], key[4])
        if again.lemma == verb and again.glosses:
            return again
    return info


def _participle_of_another_verb(key: LookupKey, info: WordInfo) -> str:
    """The verb whose participle the key's word is, where Ding read the word, tagged a
    participle, as a finite form of another verb whose participle differs ("hat ihn
    vermisst": vermissen, not vermessen's "er vermisst";
    :func:`~app.morphology.verbs.participle_verb`); "" otherwise."""
    word = key[0]
    if key[2] != "VERB" or not word[:1].islower() or not info.lemma[:1].islower():
        return ""
    if info.lemma == key[1]:
        return ""
    morph = key[3]  # the tagger's: a participle's may be "Tense=Past" alone (no person)
    tagged = "VerbForm=Part" in morph or ("Tense=Past" in morph and "Person=" not in morph)
    return participle_verb(word, info.lemma, tagged)


def _finite_of_another_verb(word: str, lemma: str, pos: str, info: WordInfo) -> bool:
    """Ding (a line of the form itself, its suffix rules or simplemma) answered a finite
    form of the key's verb (a verb of the table) with another verb the word is no
    finite form of: "gelangte", "gelangten" (gelangen) read through "gelangt", the
    participle of langen; "der er angehört" (angehören, finite in a clause without an
    auxiliary) as anhören's participle."""
    low = word.lower()
    return (
        info.match in ("exact", "rules", "simplemma")
        and pos in ("VERB", "AUX")
        and low != lemma
        and bool(info.lemma)
        and info.lemma != lemma
        and info.lemma.islower()
        and _verb_of_the_table(lemma)
        and is_verb(info.lemma)
        and any(r[0] == "Fin" for r in readings(low, lemma, guess=False))
        and not any(r[0] == "Fin" for r in readings(low, info.lemma, guess=False))
    )


def another_verb_by_rules(word: str, lemma: str, pos: str, info: WordInfo) -> bool:
    """Ding's answer for an infinitive it lacks as a headword is another verb found by the
    suffix rules or simplemma ("angehören" read as a participle of "anhören", "dem
    Verband angehören"; "gelangen" as the past of "gelingen"): the verb table knows the
    infinitive itself, so the card heads with it and shows no other verb's glosses."""
    return (
        info.match in ("rules", "simplemma")
        and pos in ("VERB", "AUX")
        and word.lower() == lemma
        and info.lemma != lemma
        and _verb_of_the_table(lemma)
    )


def _verb_of_the_table(infinitive: str) -> bool:
    """The verb table stores ``infinitive``, or it is a stored verb with a separable or
    inseparable prefix in front ("angehören": an + gehören; "gelangen": ge + langen)."""
    return is_verb(infinitive) or any(
        infinitive.startswith(prefix) and is_verb(infinitive[len(prefix) :])
        for prefix in (*SEPARABLE, *INSEPARABLE)
    )


#: Tags whose lemma the grammar engine corrects from the word's forms.
_CORRECTED = frozenset({"VERB", "AUX", "ADJ", "ADV"})
#: Tags of function words, which a capitalised word inside a noun phrase is not.
_FUNCTION_TAGS = frozenset({"ADP", "CCONJ", "SCONJ", "PART", "PRON", "DET"})


def lookup_key(tokens: TokenTable, i: int) -> LookupKey:
    """The dictionary key of token ``i``: word, lemma, POS, morphology, verb frame.

    Where the grammar engine reads a verb or adjective differently from the tagger,
    its lemma and part of speech are asked for ("gelassener" in "sieht die Lage
    gelassener": the comparative of "gelassen", not a form of "lassen")."""
    word, lemma, tag = tokens.texts[i], tokens.lemmas[i], tokens.tags[i]
    morph_degree = ""
    # a word the tagger calls a name that the morphology reads as a common noun: its
    # clause is sent like a noun's, for the phrases it is part of
    in_context = False
    if (
        tag in ("NOUN", "PROPN")
        and word[:1].islower()
        and features(tokens, i).kind == KIND_ADJECTIVE
    ):
        tag = "ADJ"  # a lowercase word is no noun: "fällt deutlich kleiner aus"
    elif tag in ("NOUN", "PROPN") and word[:1].islower() and features(tokens, i).kind == KIND_VERB:
        grammar = features(tokens, i)
        if _second_person_without_du(tokens, i, grammar.shown):
            tag = "ADV"  # nor a "du" form without "du": "seien längst nicht mehr" (long since)
        elif grammar.lemma:
            # the verb the engine reads, whose headword the card shows: "Die Stadt hänge
            # zudem am Tropf" (hängen, tagged as a name, not the slopes of der Hang)
            lemma, tag = grammar.lemma, "VERB"
    if tag in ("VERB", "AUX") and word[:1].islower():
        lemma = verb_of_form(tokens, i, lemma)
    if tag in ("VERB", "AUX") and word.lower() in MODAL_PARTICLES and lemma.lower() == word.lower():
        tag = "ADV"  # a modal particle never inflects: "wohl" tagged as an auxiliary
    if tag == "DET" and features(tokens, i).kind == KIND_ADJECTIVE:
        tag = "ADJ"  # "über höhere Parkgebühren": the comparative, no determiner
    if tag in _CORRECTED and _bare_superlative(word, features(tokens, i).shown):
        lemma, tag = word.lower(), "ADV"  # "möglichst viele": as … as possible
    elif tag in _CORRECTED:
        grammar = features(tokens, i)
        if grammar.kind == KIND_ADJECTIVE:
            degree = grammar.shown.get("Degree", ())
            word = _degree_form(word, grammar.lemma, degree)
            if len(degree) == 1 and not word.startswith("mehrer"):  # the engine's degree
                morph_degree = degree[0]
        if (
            grammar.kind == KIND_ADJECTIVE
            and grammar.pos == "ADJ"
            and (grammar.lemma != lemma or (tag == "VERB" and not lemma.endswith("n")))
        ):
            # also a "verb" whose lemma is no infinitive (German infinitives end in -n):
            # "der Unterricht würde kürzer", tagged as a verb with lemma "kurz"
            if tag != "ADV" or grammar.shown.get("Degree", ("Pos",)) != ("Pos",):
                lemma, tag = grammar.lemma, "ADJ"
        elif tag == "ADJ" and _modifies_next(tokens, i, grammar.shown):
            tag = "ADV"  # "deutlich mehr", "stark schwankend": an adverb's senses
        elif tag == "ADV" and grammar.kind == KIND_ADJECTIVE and _predicative(tokens, i):
            tag = "ADJ"  # "Wann das geschieht, ist offen": open, not "openly"
        elif (
            tag == "ADV" and "Degree=" in tokens.morphs[i] and _before_copula_participle(tokens, i)
        ):
            lemma, tag = lemma.lower(), "ADJ"  # "Frei werdende Stellen": free, not "freely"
        elif (
            grammar.kind == KIND_VERB
            and tag not in ("VERB", "AUX")
            and not (tag == "ADV" and _second_person_without_du(tokens, i, grammar.shown))
            and not (tag == "ADV" and _subjunctive_beside_finite_verb(tokens, i, grammar.shown))
        ):
            lemma, tag = grammar.lemma, "VERB"  # "aufgeben" tagged as an adjective
        elif tag == "VERB" and _other_verb(tokens, i, lemma, grammar):
            lemma = grammar.lemma  # "der das Stadion gehört": gehören, not hören
        elif grammar.kind == KIND_NOUN and word[:1].isupper() and grammar.lemma:
            # "habe der Beklagte nicht vorgelegt": the noun (defendant), not "beklagt"
            lemma, tag = grammar.lemma, "NOUN"
        elif (
            tag == "VERB"
            and not grammar.kind
            and lemma.isalpha()
            and not lemma.endswith("n")
            and lemma.lower() != word.lower()
        ):
            # the tagger's own lemma is no infinitive and the engine has no reading: an
            # adjective ("in einer immer teureren Stadt", tagged as a verb, lemma "teuer");
            # a lemma the word itself is no reading at all ("Sie liked den Post")
            tag = "ADJ"
        if tag == "VERB" and _free_participle(tokens, i, grammar.shown):
            # "wenn sie wiederholt Zäune überwinden": repeatedly; "zeigten sich besorgt":
            # the adjective, worried
            tag = "ADJ" if _predicative(tokens, i) else "ADV"
    elif tag in ("NOUN", "PROPN") and word[:1].isupper():
        grammar = features(tokens, i)
        if _two_part_conjunction(tokens, i):  # "Je länger …, desto …": no name
            lemma, tag = word.lower(), "ADV"
        elif grammar.kind == KIND_ADJECTIVE:  # "im Weißen Haus": white, not "white wine"
            lemma, tag = grammar.lemma, "ADJ"
        elif (
            (i == 0 or tokens.sentence_ids[i - 1] != tokens.sentence_ids[i])
            and _before_copula_participle(tokens, i)
            and not lex.is_common_noun(word)
        ):
            lemma, tag = word.lower(), "ADJ"  # "Frei werdende Stellen …": free, no noun
        elif grammar.pos in ("ADV", "ADJ") and not grammar.kind and grammar.lemma == word.lower():
            # "Morgen beginnt …": tomorrow, not morning; "Klar ist: …": clear
            lemma, tag = grammar.lemma, grammar.pos
        elif tag == "PROPN" and grammar.kind == KIND_NOUN and grammar.pos == "NOUN":
            in_context = True  # "Folgen in Kauf genommen", "Kauf" tagged as a name
        elif _own_lemma_of_other_gender(word, lemma, grammar):
            lemma = word  # "Seine Alte kam": die Alte, not das Alter (age)
    elif word[:1].isupper() and tag in _FUNCTION_TAGS:
        grammar = features(tokens, i)
        if grammar.kind == KIND_NOUN and grammar.pos == "NOUN" and grammar.lemma:
            # the engine reads a capitalised word after an article as a noun: "vor dem
            # Aus" is the end (a noun), not the preposition "aus"
            lemma, tag = grammar.lemma, "NOUN"
    if word.lower() == "gar" and _before_negation(tokens, i):
        lemma, tag = "gar", "PART"  # "gar nicht": the particle, at all (not cooked)
    intensifier = word.lower() == "selbst" and tag == "ADV" and _intensifier(tokens, i)
    if intensifier:  # "die Kreise selbst tragen": themselves, not "even"
        lemma, tag = "selbst", "PRON"
    morph = tokens.morphs[i]
    if morph_degree and tag == "ADJ":
        morph = _with_feature(morph, "Degree", morph_degree)
    if tag == "NOUN":  # the number the forms and the agreement allow, not the tagger's guess
        shown = features(tokens, i).shown
        number = shown.get("Number", ())
        morph = _with_feature(morph, "Number", number[0] if len(number) == 1 else "")
        # the gender the phrase decides for a singular ("der See": lake, "die See": sea);
        # a plural's gender is the table's, not the text's; the tagger's guess is dropped
        gender = shown.get("Gender", ()) if number == ("Sing",) else ()
        morph = _with_feature(morph, "Gender", gender[0] if len(gender) == 1 else "")
    if intensifier:  # the person and number of the clause's finite verb: "themselves"
        morph = _finite_person(tokens, i)
    frame = frame_at(tokens, i, as_verb=True) if tag == "VERB" else ""
    if "sich" in frame.split() and _predicative_adjective(tokens, i):
        frame = f"{frame} {PREDICATIVE}"  # "zeigte sich besorgt": to appear
    elif "sich" in frame.split() and _dative_reflexive(tokens, i):
        frame = f"{frame} {DATIVE_REFLEXIVE}"  # "hat sich hohe Ziele gesetzt": not to sit
    if tag == "VERB" and _proposition(tokens, i):
        frame = f"{frame} {PROPOSITION}"  # "räumte ein, dass …": to admit
    if tag == "VERB" and _infinitive_complement(tokens, i):
        frame = f"{frame} {INFINITIVE}"  # "raten den Betrieben, … zu …": to advise
    if tag == "VERB" and _passive(tokens, i):
        frame = f"{frame} {PASSIVE}"  # "sollen eingesetzt werden": used, not "set in"
    elif tag == "VERB" and "sich" not in frame.split() and _accusative_object(tokens, i):
        frame = f"{frame} {ACCUSATIVE_OBJECT}"  # "setzt auch Drohnen ein": used
    elif tag in ("VERB", "ADJ") and (prepositions := _state_prepositions(tokens, i)):
        frame = f"{frame} {STATE}:{prepositions}".strip()  # "seien auf Hilfe angewiesen"
    if tag == "ADV" and correlate_preposition(word) is not None:
        verb = clause_verb(tokens, i)  # "wies darauf hin": the verb's construction first
        elided = _elided_verb(tokens, i) if verb is None else None
        if elided is not None:  # "geht nicht um Geld, sondern darum, dass …": gehen
            frame = VERB_OF_ADVERB + tokens.lemmas[elided]
            if _starts_with_dass(tokens, i):
                frame = f"{frame} {PROPOSITION}"
        elif verb is not None:
            frame = VERB_OF_ADVERB + tokens.lemmas[verb]
            if _proposition(tokens, verb):
                frame = f"{frame} {PROPOSITION}"  # "davon ausgehen, dass …": to presume
        else:  # "Kritik kommt dagegen von …": the verb's construction, or not literal
            inside = [j for j in clause_span(tokens, i) if tokens.tags[j] == "VERB"]
            near = min(inside, key=lambda j: abs(j - i), default=None)
            lemma_of_verb = tokens.lemmas[near] if near is not None else ""
            frame = VERB_OF_ADVERB + lemma_of_verb + INSIDE_CLAUSE
        own = verb if elided is None else elided
        if own is not None and _reflexive_in_clause(tokens, own):
            frame = f"{frame} {REFLEXIVE_CLAUSE}"  # "handelt sich darum": to be about
    if tag in ("ADV", "CCONJ") and not frame and (part := _second_part(tokens, i)):
        frame = f"{GAP}{part}"  # "Je länger …, desto …": the … the
    if tag == "ADV" and not frame and word.lower() in _MARKED_PARTICLES:
        frame = _particle_marks(tokens, i)  # "Gibt es etwa …?", "erst …, wenn …"
    if tag in _IN_CONTEXT or in_context:  # "zur Verfügung stehen"; "Herden" among animals
        frame += _context(tokens, i)
    return (word, lemma, tag, morph, frame)


#: The first word of a two-part conjunction and the words its second part begins with.
_TWO_PART_CONJUNCTIONS = {
    "je": SECOND_PARTS,  # "desto", "umso"; not "je": "je nach …, … je Kilogramm"
    "weder": frozenset({"noch"}),
    "sowohl": frozenset({"als"}),
    "entweder": frozenset({"oder"}),
}


def _second_part(tokens: TokenTable, i: int) -> str:
    """The second part of the two-part conjunction token ``i`` begins ("desto" for "Je
    weniger wir sind, desto …"), the first such word after it in its sentence, or ""."""
    parts = _TWO_PART_CONJUNCTIONS.get(tokens.texts[i].lower())
    ids = tokens.sentence_ids
    if parts is None:
        return ""
    following = (j for j in range(i + 1, len(ids)) if ids[j] == ids[i])
    return next(
        (tokens.texts[j].lower() for j in following if tokens.texts[j].lower() in parts), ""
    )


def _two_part_conjunction(tokens: TokenTable, i: int) -> bool:
    """Whether token ``i`` opens its sentence (or follows a punctuation mark: a quotation
    mark, a dash) as the first word of a two-part conjunction whose second part follows
    in the sentence ("Je weniger wir sind, desto …"), which the tagger may read as a
    name."""
    ids = tokens.sentence_ids
    if i > 0 and ids[i - 1] == ids[i] and tokens.tags[i - 1] != "PUNCT":
        return False
    return bool(_second_part(tokens, i))


#: Particles whose reading depends on what lies beyond their clause's punctuation.
_MARKED_PARTICLES = frozenset({"etwa", "erst", "inzwischen"})


def _particle_marks(tokens: TokenTable, i: int) -> str:
    """The :data:`app.dictionary.particles.MARKS` for the particle at token ``i``: its
    sentence ends with "?"; its clause is followed by ", wenn/als/nachdem/sobald"; its
    clause's finite verb is past ("Inzwischen stiegen die Preise": meanwhile). A walk
    to the sentence's end, only for these words."""
    texts, ids = tokens.texts, tokens.sentence_ids
    marks = []
    if texts[i].lower() == "inzwischen":
        for j in clause_span(tokens, i):
            if tokens.tags[j] in ("VERB", "AUX"):
                shown = features(tokens, j).shown
                indicative = shown.get("Mood") != ("Sub",)  # "würden … verbringen": reported
                if (
                    shown.get("VerbForm") == ("Fin",)
                    and shown.get("Tense") == ("Past",)
                    and indicative
                ):
                    marks.append(PAST_CLAUSE)
                    break
    end = clause_span(tokens, i, conjunctions=False).stop
    if (
        end + 1 < len(texts)
        and ids[end + 1] == ids[i]
        and texts[end] == ","
        and texts[end + 1].lower() in TIME_SUBORDINATORS
    ):
        marks.append(TIME_CLAUSE_FOLLOWS)
    last = i
    while last + 1 < len(texts) and ids[last + 1] == ids[i]:
        last += 1
    if "?" in texts[last] or (last > i and texts[last] in _QUOTE_MARKS and texts[last - 1] == "?"):
        marks.append(QUESTION)
    return " ".join(marks)


_QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»"})

#: Parts of speech whose lookups carry their sentence and the nouns around it.
_IN_CONTEXT = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
#: Sentences before and after the word's own whose nouns tell the text's field.
TOPIC_SENTENCES = 2
TOPIC_NOUNS = 24


def _context(tokens: TokenTable, i: int) -> str:
    """The clause of token ``i`` (fixed phrases) and the nouns of the sentences
    around it (the text's field), for the dictionary.

    A phrase's words stand in one clause: the clause part of the word
    (:func:`app.grammar.clause_span`, between punctuation and conjunctions) is sent,
    not its whole sentence. An auxiliary of a participle or infinitive in that clause
    ("gestiegen seien … im Krankenhaus", "haben … begonnen") is sent with its own form
    as lemma: it forms a tense, it is no phrase's verb ("im Krankenhaus sein")."""
    ids = tokens.sentence_ids
    clause = clause_span(tokens, i, conjunctions=False)
    start, end = clause.start, clause.stop - 1
    tense = _has_nonfinite_verb(tokens, clause)
    words = [
        (
            tokens.texts[j],
            tokens.texts[j]
            if tense and tokens.lemmas[j] in _AUXILIARIES and tokens.tags[j] in ("AUX", "VERB")
            else tokens.lemmas[j] or tokens.texts[j],
        )
        for j in range(start, end + 1)
    ]
    compounds = _text_compounds(tokens, tokens.lemmas[i]) if tokens.tags[i] == "NOUN" else ()
    return context(i - start, words, _topic_nouns(tokens, ids[i], start, end), compounds)


#: The topic nouns of the sentences of the last token table asked about, by sentence
#: (the same for every word of a sentence; a table's columns never change).
_topic_memo: tuple[tuple[str, ...] | None, dict[int, list[str]]] = (None, {})


def _topic_nouns(tokens: TokenTable, sentence: int, start: int, end: int) -> list[str]:
    """The nouns of the sentences up to :data:`TOPIC_SENTENCES` either side of
    ``sentence`` (whose tokens include ``start`` .. ``end``), sorted, at most
    :data:`TOPIC_NOUNS`."""
    global _topic_memo
    owner, found = _topic_memo
    if owner is not tokens.texts:
        found = {}
        _topic_memo = (tokens.texts, found)
    nouns = found.get(sentence)
    if nouns is None:
        ids = tokens.sentence_ids
        low, high = sentence - TOPIC_SENTENCES, sentence + TOPIC_SENTENCES
        first, last = start, end
        while first > 0 and ids[first - 1] >= low:
            first -= 1
        while last + 1 < len(ids) and ids[last + 1] <= high:
            last += 1
        nouns = found[sentence] = _noun_lemmas(tokens, range(first, last + 1))[:TOPIC_NOUNS]
    return nouns


def _noun_lemmas(tokens: TokenTable, positions: range) -> list[str]:
    """The lemmas (or forms) of the capitalised nouns at ``positions``, sorted, once each."""
    return sorted(
        {
            tokens.lemmas[j] or tokens.texts[j]
            for j in positions
            if tokens.tags[j] == "NOUN" and tokens.texts[j][:1].isupper()
        }
    )


#: The noun lemmas of the last token table asked about, sorted (the text's compounds).
_noun_memo: tuple[tuple[str, ...] | None, list[str]] = (None, [])
#: Compounds of a noun sent with it, at most.
TEXT_COMPOUNDS = 8


def _text_compounds(tokens: TokenTable, lemma: str) -> tuple[str, ...]:
    """The nouns of the whole text that begin or end with the noun ``lemma`` and are
    longer by three letters or more ("Landesregierung", "Landtag" for "Land";
    "Bahnstrecke" for "Strecke"): the text's own compounds of the word, which tell the
    sense it uses (:mod:`app.dictionary.text_compounds`)."""
    global _noun_memo
    owner, nouns = _noun_memo
    if owner is not tokens.texts:
        nouns = _noun_lemmas(tokens, range(len(tokens.texts)))
        _noun_memo = (tokens.texts, nouns)
    if not lemma or not lemma[:1].isupper():
        return ()
    start = bisect.bisect_left(nouns, lemma)
    found: list[str] = []
    for noun in nouns[start:]:
        if not noun.startswith(lemma):
            break
        if len(noun) >= len(lemma) + 3 and noun[len(lemma)].islower():
            found.append(noun)
    low = lemma.lower()
    found += [
        n
        for n in nouns
        if len(n) >= len(lemma) + 3 and n.endswith(low) and _modifier(n[: len(n) - len(low)])
    ]
    return tuple(found[:TEXT_COMPOUNDS])


#: Particles and adjectives that open compounds as their first part: "Beirat", "Vorstand",
#: "Oberbürgermeister", "Hauptstadt", "Neubau".
_COMPOUND_PREFIXES = frozenset(
    {
        *("ab", "an", "auf", "aus", "bei", "durch", "ein", "gegen", "haupt", "hoch", "mit"),
        *("nach", "neben", "neu", "ober", "über", "um", "unter", "vize", "vor", "wider"),
        *("zu", "zwischen", "groß", "klein", "alt"),
    }
)
#: Linking elements between the parts of a compound: "Bundesrat", "Straßenbahn".
_LINKS = ("es", "en", "er", "s", "n", "e")


def _modifier(part: str) -> bool:
    """Is ``part`` the first part of a compound, so that the rest is the compound's head:
    anything of four letters or more ("Wohn-", "Bahn-") or before a hyphen; a shorter part
    must be a noun of the dictionary (perhaps with a linking element: "Amts-") or a
    particle or adjective ("Bei-", "Vor-", "Alt-"). "Hei" in "Heirat" and "Ver" in
    "Verrat" are none: no compounds of "Rat"."""
    if part.endswith("-") or len(part) > 3:
        return True
    if part.lower() in _COMPOUND_PREFIXES:
        return True
    known = lex.nouns()
    cap = part[:1].upper() + part[1:]
    return cap in known or any(cap.endswith(link) and cap[: -len(link)] in known for link in _LINKS)


def _has_nonfinite_verb(tokens: TokenTable, clause: range) -> bool:
    """Whether the clause has an auxiliary and a full verb that the grammar engine
    reads as a participle or an infinitive, so that the auxiliary forms its tense."""
    if not any(tokens.lemmas[j] in _AUXILIARIES for j in clause):
        return False
    return any(
        tokens.tags[j] == "VERB"
        and features(tokens, j).shown.get("VerbForm", ()) in (("Part",), ("Inf",))
        for j in clause
    )


def _with_feature(morph: str, name: str, value: str) -> str:
    """``morph`` with the feature ``name`` set to ``value`` (the grammar engine's
    number or degree: "Busse" is plural where the tagger said singular), or without
    it when ``value`` is empty (the engine leaves it open)."""
    kept = [f for f in morph.split("|") if f and not f.startswith(name + "=")]
    if value:
        kept.append(f"{name}={value}")
    return "|".join(sorted(kept))


#: A declension ending after a comparative's "-er" ("höher|en", "älter|er").
_COMPARATIVE_ENDING = re.compile(r"(?<=er)(e|en|em|er|es)$")


def _bare_superlative(word: str, shown: dict[str, tuple[str, ...]]) -> bool:
    """A superlative without a declension ending ("möglichst", "höchst", "meist"): a
    German superlative before a noun or as a predicate always has one ("die höchste",
    "am höchsten"), so the bare form is an adverb, which Ding lists as one ("möglichst
    {adv} :: as … as possible", "höchst: highly", "meist: mostly")."""
    return shown.get("Degree") == ("Sup",) and word[:1].islower() and word.endswith("st")


def _degree_form(word: str, base: str, degree: tuple[str, ...]) -> str:
    """The positive spelt like a comparative with the ending -e ("ein kleiner Teil":
    kleine, whose glosses are "small", not the comparative's "smaller"; "innerhalb
    weniger Wochen": wenige, "few", where the bare "wenig" is "scant"); the uninflected form of a
    comparative ("höheren Beiträge": höher, which Ding has as a sub-entry of "hoch":
    "higher"). "mehrere" (several) is a quantifier, no comparative of "mehr"."""
    if word[:1].islower() and degree == ("Pos",) and word.lower() == base + "er":
        return base + "e"  # inflected like the base ("innerhalb weniger Wochen": few)
    if word[:1].islower() and degree == ("Cmp",) and not word.startswith("mehrer"):
        stem = _COMPARATIVE_ENDING.sub("", word)  # "höheren" -> "höher": Ding's sub-entry
        if stem.endswith("er") and len(stem) > 3:
            return stem
    return word


_COPULAS = frozenset({"sein", "werden", "bleiben", "scheinen", "wirken", "heißen", "gelten"})
#: Verbs with a predicate of their object ("etw. leer machen", "für gut halten").
_PREDICATE_VERBS = frozenset({"machen", "lassen", "halten", "finden", "nennen"})
#: Words an adverb stands before: comparison words and quantities.
_MODIFIED = frozenset({"mehr", "weniger", "so", "viel", "besser", "schlechter"})


def _modifies_next(tokens: TokenTable, i: int, shown: dict[str, tuple[str, ...]]) -> bool:
    """An uninflected adjective before another adjective or a comparison word modifies
    it, as an adverb does ("deutlich mehr", "deutlich teurer", "stark schwankenden");
    right after a full verb it modifies the verb ("stieg deutlich")."""
    text = tokens.texts[i]
    if not text[:1].islower() or "Case" in shown or i + 1 >= len(tokens.texts):
        return False
    if _predicative(tokens, i):
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
    # right before a participle or infinitive: it modifies that verb ("ursprünglich
    # geplant", "scharf kritisiert", "dauerhaft ausbauen"), unless the verb is a copula
    # or takes an object's predicate ("klar sein", "leer machen", "offen lassen")
    if (
        tokens.tags[i + 1] == "VERB"
        and tokens.lemmas[i + 1] not in _COPULAS | _PREDICATE_VERBS
        and features(tokens, i + 1).shown.get("VerbForm", ()) in (("Part",), ("Inf",))
    ):
        return True
    # anywhere in a sentence without a copula: an uninflected adjective that is not
    # predicative modifies the verb ("lehnt das grundsätzlich ab", "will kurzfristig helfen")
    return not _has_copula(tokens, i)


def _predicative(tokens: TokenTable, i: int) -> bool:
    """An uninflected adjective right after a copula or a reflexive "sich" that ends its
    clause is the predicate ("Wann das geschieht, ist offen", "zeigten sich besorgt"),
    not an adverb (as "ist deutlich teurer", "zeigte sich stark verändert" are)."""
    if _before_copula_participle(tokens, i):
        return True  # "frei werdende Stellen": free (becoming free), not "freely"
    if i == 0 or tokens.sentence_ids[i - 1] != tokens.sentence_ids[i]:
        return False
    before = tokens.lemmas[i - 1]
    if not (
        (before in _COPULAS and tokens.tags[i - 1] in ("VERB", "AUX"))
        or tokens.texts[i - 1].lower() == "sich"
    ):
        return False
    last = i + 1 >= len(tokens.texts) or tokens.sentence_ids[i + 1] != tokens.sentence_ids[i]
    return last or not any(ch.isalnum() for ch in tokens.texts[i + 1])


#: Present participles of copulas: an uninflected adjective right before one is its
#: predicate ("frei werdende Stellen", "gleich bleibende Preise").
COPULA_PARTICIPLES = frozenset({"werdend", "bleibend", "seiend"})


def _before_copula_participle(tokens: TokenTable, i: int) -> bool:
    """Whether token ``i`` stands uninflected right before the present participle of a
    copula in its sentence ("frei werdenden", "Frei werdende"): the copula's predicate."""
    j = i + 1
    if j >= len(tokens.texts) or tokens.sentence_ids[j] != tokens.sentence_ids[i]:
        return False
    following = tokens.lemmas[j].lower()
    if following not in COPULA_PARTICIPLES and not tokens.texts[j].lower().startswith(
        tuple(COPULA_PARTICIPLES)
    ):
        return False
    return tokens.texts[i].isalpha() and tokens.texts[i].lower() == tokens.lemmas[i].lower()


_AUXILIARIES = frozenset({"haben", "sein", "werden"})


def _free_participle(tokens: TokenTable, i: int, shown: dict[str, tuple[str, ...]]) -> bool:
    """A past participle in a clause with no form of "haben", "sein" or "werden"
    forms no tense or passive: it is used as an adverb or adjective ("wenn sie
    wiederholt Zäune überwinden", "lehnte den Vorschlag als überzogen ab"), and Ding's
    adverb or adjective of that spelling, where there is one, says what it means."""
    if shown.get("VerbForm") != ("Part",) or not tokens.texts[i][:1].islower():
        return False
    clause = clause_span(tokens, i)
    if any(tokens.texts[j].lower() in ("als", "wie") for j in clause if j < i):
        return False  # an elliptic clause: "härter als gedacht", "wie angekündigt"
    if (
        len(clause) > 1
        and i == clause[-1]
        and clause[0] > 0
        and tokens.texts[clause[0] - 1] == ","
        and i + 1 < len(tokens)
        and tokens.texts[i + 1] == ","
    ):
        return False  # a participial clause between commas: the verb's sense ("…, oft
        # über soziale Netzwerke verabredet, hieß es": arranged, not "engaged")
    return not _has_auxiliary(tokens, i)


def _has_auxiliary(tokens: TokenTable, i: int) -> bool:
    """Whether a form of "haben", "sein" or "werden" stands in the clause of token
    ``i``, or before it in a clause joined by "und"/"oder": coordinated participles
    share one auxiliary ("hatte die Miete … gesetzt und damit gegen die
    Mietpreisbremse verstoßen")."""
    near = clause_span(tokens, i)
    joined = clause_span(tokens, i, conjunctions=False)
    return any(
        tokens.lemmas[j] in _AUXILIARIES
        and tokens.tags[j] in ("AUX", "VERB")
        and (j in near or j < near.start)
        for j in joined
    )


#: Negation words that the particle "gar" strengthens ("gar nicht", "gar keine").


def _before_negation(tokens: TokenTable, i: int) -> bool:
    """Whether token ``i`` stands right before a negation word of its sentence."""
    j = i + 1
    return (
        j < len(tokens.texts)
        and tokens.sentence_ids[j] == tokens.sentence_ids[i]
        and tokens.texts[j].lower() in NEGATIONS
    )


def _second_person_without_du(
    tokens: TokenTable, i: int, shown: dict[str, tuple[str, ...]]
) -> bool:
    """Whether the engine reads token ``i`` only as a verb's "du" form ("längst" of
    "längen") in a sentence without "du": an adverb the tagger saw rightly ("das ist
    längst bekannt": long since)."""
    if shown.get("Person") != ("2",) or shown.get("Number") != ("Sing",):
        return False
    return not any(
        tokens.texts[j].lower() in ("du", "dich", "dir") for j in _sentence_span(tokens, i)
    )


def _subjunctive_beside_finite_verb(
    tokens: TokenTable, i: int, shown: dict[str, tuple[str, ...]]
) -> bool:
    """Whether the engine reads token ``i`` only as a present subjunctive ("lange" of
    "langen": "er lange") in a clause part whose finite verb is another word ("Wie
    lange die Arbeiten dauern", "galten lange als verschollen"; an infinitive
    counts, as the engine reads "dauern" of "die Arbeiten dauern" as one): a clause
    has one finite verb, so the adverb the tagger saw is right (long)."""
    if shown.get("Mood") != ("Sub",) or shown.get("Tense") != ("Pres",):
        return False
    return any(
        j != i
        and tokens.tags[j] in ("VERB", "AUX")
        and {"Fin", "Inf"} & set(features(tokens, j).shown.get("VerbForm", ()))
        for j in clause_span(tokens, i)
    )


def _intensifier(tokens: TokenTable, i: int) -> bool:
    """Whether "selbst" at token ``i`` stresses the noun or pronoun before it ("der
    Angeklagte selbst", "sich selbst") or ends its clause before the verb ("die Kreise
    müssen den Rest selbst tragen"): the intensifier (himself, themselves). Before the
    words it stresses it is the focus adverb: "selbst die Experten", "gilt selbst für
    Kinder", "selbst wenn" (even)."""
    ids, tags = tokens.sentence_ids, tokens.tags
    before = tags[i - 1] if i > 0 and ids[i - 1] == ids[i] else ""
    after = tags[i + 1] if i + 1 < len(tags) and ids[i + 1] == ids[i] else "PUNCT"
    return before in ("NOUN", "PROPN", "PRON") or after in ("VERB", "AUX", "PUNCT")


def _finite_person(tokens: TokenTable, i: int) -> str:
    """ "Number=…|Person=…" of what "selbst" at token ``i`` stresses: the noun right
    before it (third person, the noun's number: "der Angeklagte selbst"), else the
    finite verb of its clause part when the engine reads one person and number
    ("müssen": 3, plural), else ""."""
    if i > 0 and tokens.tags[i - 1] in ("NOUN", "PROPN"):
        number = features(tokens, i - 1).shown.get("Number", ())
        return f"Number={number[0]}|Person=3" if len(number) == 1 else ""
    for j in clause_span(tokens, i):
        if j == i or tokens.tags[j] not in ("VERB", "AUX"):
            continue
        shown = features(tokens, j).shown
        person, number = shown.get("Person", ()), shown.get("Number", ())
        if shown.get("VerbForm") == ("Fin",) and len(person) == 1 and len(number) == 1:
            return f"Number={number[0]}|Person={person[0]}"
    return ""


def _sentence_span(tokens: TokenTable, i: int) -> range:
    """The token indices of the sentence of token ``i``."""
    ids = tokens.sentence_ids
    start = end = i
    while start > 0 and ids[start - 1] == ids[i]:
        start -= 1
    while end + 1 < len(ids) and ids[end + 1] == ids[i]:
        end += 1
    return range(start, end + 1)


def _has_copula(tokens: TokenTable, i: int) -> bool:
    """Whether the sentence of token ``i`` has a copula verb ("ist", "wurde", "bleibt")."""
    return any(
        tokens.lemmas[j] in _COPULAS and tokens.tags[j] in ("VERB", "AUX")
        for j in _sentence_span(tokens, i)
    )


#: Dative pronouns: with one in its clause a participle "ge…" may be the verb "ge…"
#: that takes the dative ("hat mir gefallen", "hat ihm gehört").
_DATIVE_PRONOUNS = frozenset({"mir", "dir", "ihm", "ihr", "uns", "euch", "ihnen", "Ihnen"})
#: Genitive pronouns, which standing alone may be the object of "gedenken" ("hat ihrer
#: gedacht", "wurde seiner gedacht").
_GENITIVE_PRONOUNS = frozenset({"meiner", "deiner", "seiner", "ihrer", "unser", "euer",
                                "deren", "dessen", "derer", "Ihrer"})  # fmt: skip
#: Verbs with the prefix "ge-" that form their perfect with "haben" while the simple verb
#: with the same participle takes "sein" or is the only one a form of "sein" goes with:
#: "sind gefallen" (fallen), "sind im Regen gestanden" (stehen), "ist für Kinder
#: gedacht" (denken). Not "geraten"/"gelangen", which take "sein" themselves.
_GE_VERBS_WITH_HABEN = frozenset({"gefallen", "gestehen", "gedenken", "gehören"})
#: Words of a clause that make "gedacht" the participle of "denken an" ("hat an die
#: Opfer gedacht", "hat nie daran gedacht"): "gedenken" takes no "an".
_DENKEN_AN = frozenset({"an", "daran", "dran", "woran", "ans"})


def _own_lemma_of_other_gender(word: str, lemma: str, grammar: FormAnalysis) -> bool:
    """The engine reads the noun ``word`` as its own lemma with one gender that the noun
    table denies the tagger's other ``lemma`` ("Seine Alte", lemma "Alter": the engine's
    die Alte; das Alter, age, has no feminine)."""
    if grammar.kind != KIND_NOUN or grammar.pos != "NOUN" or grammar.lemma != word:
        return False
    if lemma == word or grammar.gender not in ("m", "f", "n") or is_verb(word.lower()):
        return False  # an infinitive made a noun ("zum Feiern") is the dictionary's
    other = read_noun(lemma)
    return other.kind == NOUN and other.lemma == lemma and grammar.gender not in other.genders


def verb_of_form(tokens: TokenTable, i: int, lemma: str) -> str:
    """The verb whose form token ``i`` is, given the tagger's ``lemma``.

    - The engine's verb where the engine reads the word as finite and it is no finite
      form of the tagger's verb ("gehört zu den Abnehmern": gehören, not the participle
      of hören), unless a form of haben, sein or werden in the clause may govern the
      participle ("Hast du das gehört?").
    - The simple verb for a participle that is both its participle with "ge-" and the
      participle of the verb with the inseparable prefix "ge-" ("hätte nie gedacht":
      denken, not gedenken; "hat es gehört": hören) when the clause says so
      (:func:`_simple_by_clause`) or holds nothing that could be the prefixed verb's
      object (:func:`_object_of_ge_verb`: "hat mir gefallen", "hat die Tat gestanden",
      "hat der Opfer gedacht").
    - The verb's own infinitive after "zu", a modal verb or "werden"
      (:func:`_infinitive_after_modal`: "müsse … in den See gelangen": gelangen, not the
      past of gelingen)."""
    word = tokens.texts[i]
    own = _infinitive_after_modal(tokens, i, lemma)
    if own:
        return own
    grammar = features(tokens, i)
    if grammar.kind != KIND_VERB or not grammar.lemma:
        return lemma
    form = grammar.shown.get("VerbForm", ())
    if (
        form == ("Fin",)
        and grammar.lemma != lemma
        and not any(r[0] == "Fin" for r in readings(word, lemma))
        and any(r[0] == "Fin" for r in readings(word, grammar.lemma))
        and not _auxiliary_in_clause(tokens, i)
    ):
        return grammar.lemma
    if form == ("Part",) and lemma.startswith("ge") and PARTICIPLE in readings(word, lemma):
        simple = lemma[2:]
        if is_verb(simple) and PARTICIPLE in readings(word, simple, guess=False):
            clause = clause_span(tokens, i)
            if _simple_by_clause(tokens, clause, lemma) or not any(
                _object_of_ge_verb(tokens, j) for j in clause
            ):
                return simple
    return lemma


def _infinitive_after_modal(tokens: TokenTable, i: int, lemma: str) -> str:
    """The verb whose infinitive token ``i`` is, where the tagger's ``lemma`` reads it as
    a finite form and "zu" stands before it or a modal verb or "werden" is in its clause
    part, which governs an infinitive and leaves no room for a second finite verb ("Die
    Daten könnten in falsche Hände gelangen", "um ans Ziel zu gelangen": gelangen, not
    the past of gelingen); "" otherwise. The tagger's own features are no evidence: it
    tags the past of gelingen in "die ihm gelangen" as an infinitive."""
    word = tokens.texts[i]
    low = word.lower()
    if lemma.lower().endswith(low) or not low.endswith("en") or not word[:1].islower():
        return ""
    if INFINITIVE_FORM in readings(word, lemma, guess=False) or paradigm(low, guess=False) is None:
        return ""
    if INFINITIVE_FORM not in readings(word, low, guess=False):
        return ""
    # the clause part between punctuation, also over "und" between nouns ("über
    # Kläranlagen und Zuflüsse … gelangen"); a verb of its own between ends the search
    # ("würden … unterschätzen und riefen": "riefen" is finite, beside "würden")
    clause = clause_span(tokens, i, conjunctions=False)
    return low if infinitive_governed_in(tokens, i, clause) else ""


def _simple_by_clause(tokens: TokenTable, clause: range, lemma: str) -> bool:
    """The clause makes a participle of the verb ``lemma`` with the prefix "ge-" the simple
    verb's: a form of "sein" where ``lemma`` takes "haben" ("Die Preise sind gefallen":
    fallen; "Wir sind im Regen gestanden": stehen), "an"/"daran" with "gedacht" ("hat an
    die Opfer gedacht": denken)."""
    if lemma in _GE_VERBS_WITH_HABEN and any(
        tokens.tags[j] in ("AUX", "VERB") and tokens.lemmas[j] == "sein" for j in clause
    ):
        return True
    return lemma == "gedenken" and any(
        tokens.texts[j].lower() in _DENKEN_AN and tokens.tags[j] in ("ADP", "ADV") for j in clause
    )


def _object_of_ge_verb(tokens: TokenTable, j: int) -> bool:
    """Token ``j`` may be the object of a verb with the prefix "ge-": a noun, a dative
    pronoun ("hat mir gefallen") or a genitive pronoun standing alone ("hat ihrer
    gedacht", not "an ihrer Seite")."""
    text = tokens.texts[j]
    if tokens.tags[j] in ("NOUN", "PROPN") or text in _DATIVE_PRONOUNS:
        return True
    following = j + 1
    return text in _GENITIVE_PRONOUNS and (
        following >= len(tokens)
        or tokens.tags[following] not in ("NOUN", "PROPN", "ADJ", "NUM", "DET")
    )


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


def _predicative_adjective(tokens: TokenTable, i: int) -> bool:
    """Whether the clause of the verb at ``i`` has an adjective that no noun, adjective
    or verb follows and no article or preposition precedes: the verb's complement
    ("zeigte sich überrascht von …"), not an attribute ("sich einen neuen Plan"); or a
    word the engine reads as predicative after "sich" (:func:`_predicative`: "zeigte
    sich zuversichtlich.", tagged ADV)."""
    tags = tokens.tags
    span = clause_span(tokens, i)
    for j in span:
        if j == i:
            continue
        if _predicative(tokens, j):
            return True
        if tags[j] != "ADJ":
            continue
        after = tags[j + 1] if j + 1 in span else ""
        before = tags[j - 1] if j - 1 in span else ""
        if after not in ("NOUN", "PROPN", "ADJ", "VERB") and before not in ("DET", "ADP"):
            return True
    return False


#: Adverbs of a clause that makes the next "dass" clause a consequence ("so sehr, dass"),
#: no complement of the verb.
_CONSEQUENCE = frozenset({"so", "derart", "dermaßen", "solch", "solche", "solchen", "solcher"})
#: Words of an elliptic comparison before its participle ("als bisher angenommen").
_COMPARISON = frozenset({"als", "wie"})
_COMPARISON_GAP = 2  # adverbs between "als" and the participle


def _next_part(tokens: TokenTable, i: int) -> range | None:
    """The clause part after the comma that ends the clause part of the verb at ``i``,
    when no other full verb follows the verb in its own part ("räumte gestern ein, |
    dass …"); else None."""
    texts, ids = tokens.texts, tokens.sentence_ids
    span = clause_span(tokens, i)
    if any(tokens.tags[j] == "VERB" for j in span if j > i):
        return None
    end = span.stop
    if end + 1 < len(texts) and ids[end + 1] == ids[i] and texts[end] == ",":
        return clause_span(tokens, end + 1)
    return None


def _proposition(tokens: TokenTable, i: int) -> bool:
    """Whether the verb at ``i`` has a proposition as its complement: it is the last
    verb of its clause part and a "dass" clause follows that part ("räumte gestern ein,
    dass …", "geht davon aus, dass …"; not "so sehr, dass …", a consequence), or it is
    the verb that ends an elliptic comparison after "als"/"wie" and at most
    :data:`_COMPARISON_GAP` adverbs ("mehr als bisher angenommen", "wie erwartet")."""
    texts, tags = tokens.texts, tokens.tags
    span = clause_span(tokens, i)
    following = _next_part(tokens, i)
    if following is not None and texts[following.start].lower() == "dass":
        return not any(texts[j].lower() in _CONSEQUENCE for j in span)
    if following is not None and _main_clause(tokens, span) and _reported_speech(tokens, following):
        return True  # "räumte ein, die Entscheidung sei ihm schwergefallen"
    if _after_reported_speech(tokens, i, span):
        return True  # "…, räumte die Sprecherin ein."
    if any(tags[j] == "VERB" for j in span if j > i) or span.stop != i + 1:
        return False  # (the tagger's VerbForm of such participles is no help)
    if _report_clause(tokens, span):
        return True
    j = i - 1
    while j in span and tags[j] == "ADV" and i - j <= _COMPARISON_GAP:
        j -= 1
    return j in span and texts[j].lower() in _COMPARISON


#: Words that open a clause part that is no reported main clause: subordinators and
#: conjunctions ("…, weil er krank sei", "…, um … zu …"); relative pronouns are told by
#: their tag (PRON: "…, die krank seien"; an article "die" is DET).
_NO_REPORT_OPENERS = frozenset(
    {"weil", "wenn", "ob", "als", "wie", "da", "damit", "obwohl", "sodass", "bevor",
     "nachdem", "während", "um", "und", "oder", "aber", "sondern", "welche", "welcher",
     "welches", "wer", "was", "wo", "zumal", "sofern", "falls", "seit", "seitdem", "sobald",
     "solange", "indem", "bis", "ehe", "wobei", "dass", "so"}
)  # fmt: skip


def _main_clause(tokens: TokenTable, span: range) -> bool:
    """Whether the clause part ``span`` may be a main clause: it begins its sentence or
    follows no comma, and no subordinator opens it ("…, das der Vorstand vorstellte, …"
    is a relative clause)."""
    texts, ids = tokens.texts, tokens.sentence_ids
    start = span.start
    if start > 0 and ids[start - 1] == ids[start] and texts[start - 1] == ",":
        return False
    return tokens.tags[start] != "SCONJ" and texts[start].lower() not in _NO_REPORT_OPENERS


def _reported_speech(tokens: TokenTable, part: range) -> bool:
    """Whether the clause part ``part`` is a main clause of reported speech: a verb in the
    subjunctive ("Mood=Sub") in it, not at its end, and not opened by a relative pronoun
    or a subordinator ("…, die Entscheidung sei ihm nicht leichtgefallen")."""
    texts, tags, morphs = tokens.texts, tokens.tags, tokens.morphs
    first = part.start
    if texts[first].lower() in _NO_REPORT_OPENERS or tags[first] in ("SCONJ", "PRON"):
        return False
    last = part.stop - 1
    return any(tags[j] in ("VERB", "AUX") and "Mood=Sub" in morphs[j] and j < last for j in part)


#: Closing quotation marks between a quoted report and the comma before its verb.
_CLOSING_QUOTES = frozenset({"“", "”", '"', "«", "»", "'"})


def _after_reported_speech(tokens: TokenTable, i: int, span: range) -> bool:
    """Whether the verb at ``i`` opens the clause part after a comma that ends its
    sentence, and a main clause before the comma is its complement, fronted ("Mancher
    Betrieb stehe mit dem Rücken zur Wand, räumte Hellwein ein."; "„…“, sagte sie.").
    Not after a subordinate or relative clause ("Erst als der Trainer umstellte, fanden
    …", "Wildvögel, die … ziehen, trügen …") nor after an apposition without a verb
    ("Jonas V., Professor für …, sprach von …")."""
    texts, tags, ids = tokens.texts, tokens.tags, tokens.sentence_ids
    start = span.start
    if i != start or start < 2 or texts[start - 1] != ",":
        return False
    end = span.stop
    if not (end >= len(texts) or ids[end] != ids[i] or texts[end] in (".", "!", "?")):
        return False
    before = start - 2
    if texts[before] in _CLOSING_QUOTES:
        return True  # a quotation
    if ids[before] != ids[i]:
        return False
    part = clause_span(tokens, before)
    relative = part.start > 0 and texts[part.start - 1] == "," and tags[part.start] == "PRON"
    if relative or any(
        texts[j].lower() in _NO_REPORT_OPENERS or tags[j] == "SCONJ" for j in part[:2]
    ):
        return False  # "Wildvögel, die … ziehen, trügen …", "Erst als …, fanden …"
    return any(_finite(tokens, j) for j in part)


def _finite(tokens: TokenTable, j: int) -> bool:
    """Whether token ``j`` is a finite verb, by its tag and morphology or, for a word the
    tagger misread ("stehe" tagged as a conjunction), by the grammar engine."""
    tag, morph = tokens.tags[j], tokens.morphs[j]
    if tag in ("VERB", "AUX") and ("VerbForm=Fin" in morph or "Mood=" in morph):
        return True
    if tag in ("NOUN", "PROPN", "PUNCT", "NUM") or not tokens.texts[j][:1].islower():
        return False
    return features(tokens, j).shown.get("VerbForm") == ("Fin",)


def _report_clause(tokens: TokenTable, span: range) -> bool:
    """Whether ``span``, which ends with its verb, is a clause of report set off by a comma:
    "wie" opens it and a word (its subject) stands between "wie" and the verb ("Wie die
    Agentur angab, …", "…, wie die Polizei mitteilte."): the verb reports the main clause,
    a proposition (not "wie erwartet", the elliptic comparison above)."""
    texts, ids = tokens.texts, tokens.sentence_ids
    first, last = span.start, span.stop - 1
    if texts[first].lower() != "wie" or last - first < 2:
        return False
    opened = first == 0 or ids[first - 1] != ids[first] or texts[first - 1] == ","
    closed = last + 1 < len(texts) and ids[last + 1] == ids[last] and texts[last + 1] == ","
    ends = last + 1 >= len(texts) or ids[last + 1] != ids[last] or texts[last + 1] in ".!?"
    return (opened and closed) or (first > 0 and texts[first - 1] == "," and ends)


#: Words that open an infinitive clause of purpose or manner, no complement of a verb.
_ADVERBIAL_INFINITIVE = frozenset({"um", "ohne", "statt", "anstatt"})


def _infinitive_complement(tokens: TokenTable, i: int) -> bool:
    """Whether an infinitive clause with "zu" follows the clause part of the verb at
    ``i``, which ends with that verb ("raten den Betrieben, sich … einzustellen", "rät,
    bei solchen Anrufen sofort aufzulegen"): the clause part after the comma ends with
    the infinitive. Not one of purpose ("…, um … zu …"), nor one a conjunction opens,
    nor a relative clause, which ends with its finite verb ("…, die … zu zahlen haben")."""
    following = _next_part(tokens, i)
    if following is None:
        return False
    texts, tags, lemmas = tokens.texts, tokens.tags, tokens.lemmas
    first = following.start
    if texts[first].lower() in _ADVERBIAL_INFINITIVE or tags[first] == "SCONJ":
        return False
    verbs = [j for j in following if tags[j] in ("VERB", "AUX")]
    if not verbs:
        return False
    last = verbs[-1]  # a relative clause ends in its finite verb: "die das zu tragen haben"
    if last - 1 in following and texts[last - 1].lower() == "zu":
        return True  # "zu behalten"
    low = texts[last].lower()
    cut = low.find("zu", 1)
    return cut > 0 and low[:cut] + low[cut + 2 :] == lemmas[last].lower()  # "einzustellen"


#: Pronouns that are no subject: the expletive "es" ("Es wurde gefeiert"), the
#: reflexive, the datives ("Ihm wurde geholfen").
_NO_SUBJECT = frozenset({"es", "sich", "mir", "dir", "ihm", "uns", "euch", "ihnen"})
#: Indefinite pronouns that may be a subject, whatever the tagger made of them
#: ("wurde niemand verletzt": an adverb).
_INDEFINITE_SUBJECT = frozenset(
    {"niemand", "jemand", "nichts", "etwas", "alles", "alle", "keiner", "viele", "einige"}
)


def _passive(tokens: TokenTable, i: int) -> bool:
    """Whether the verb at ``i`` is a participle (the engine's only reading of the form:
    not "verfallen", also an infinitive) with a form of "werden" in its clause part and
    a subject in its clause: a personal passive ("sollen eingesetzt werden", "wurde niemand
    verletzt"), whose verb has an object. Not the future ("wird … einsetzen"), nor the
    future perfect ("wird abgefahren sein", "wird … gekauft haben": no "worden"), nor
    an impersonal passive, which intransitive verbs make ("Im Parlament wurde
    abgestimmt": voted; "Den Opfern wurde geholfen")."""
    if features(tokens, i).shown.get("VerbForm") != ("Part",):
        return False
    span = [j for j in clause_span(tokens, i) if j != i]
    texts, tags, lemmas = tokens.texts, tokens.tags, tokens.lemmas
    if not any(lemmas[j] == "werden" and tags[j] in ("AUX", "VERB") for j in span):
        return False
    words = {texts[j] for j in span}
    if words & {"sein", "haben"} and "worden" not in words:
        return False  # "wird abgefahren sein": the future perfect
    # the subject between punctuation: "Die Lehrkräfte sollen in Deutsch und Mathematik
    # eingesetzt werden"
    return any(_subject(tokens, j) for j in clause_span(tokens, i, False) if j != i)


def _accusative_object(tokens: TokenTable, i: int) -> bool:
    """Whether the verb at ``i`` has an accusative object in its clause part: a noun
    outside a prepositional phrase, naming no time, that the tagger reads as an
    accusative, and that also shows it by its place or its determiner: a singular after
    a masculine accusative determiner ("den neuen Plan"), a bare plural after a singular
    finite verb ("Die Polizei setzte Wasserwerfer ein"), or any such noun after a finite
    verb that follows "und"/"oder" with its subject left out ("… und setzt auch Drohnen
    ein"). The tagger's case of a lone noun is a guess ("Kritik kommt von Anwohnern",
    "Als keine Antwort kam": no object); an infinitive after lassen/sehen/hören has none
    ("ließ den Verein im Regen stehen")."""
    tags, morphs = tokens.tags, tokens.morphs
    span = clause_span(tokens, i)
    if "Person=" not in morphs[i] and any(tokens.lemmas[j] in _ACI_VERBS for j in span if j != i):
        return False  # "ließ den Verein im Regen stehen": the accusative is the one standing
    outside = [
        j
        for j in span
        if j != i
        and tags[j] in ("NOUN", "PROPN", "PRON")
        and not _in_prepositional_phrase(tokens, j)
        and not is_time_noun(tokens.lemmas[j] or tokens.texts[j])
    ]
    objects = [j for j in outside if tags[j] != "PRON" and "Case=Acc" in morphs[j]]
    if any(_accusative_determiner(tokens, j) for j in objects):
        return True
    if _singular_finite(morphs[i]) and any(j > i and _bare_plural(tokens, j) for j in objects):
        # "Die Armee setzte Drohnen ein": a plural after a singular finite verb is no
        # subject; before it, it may be a headline's subject without article
        return True
    # the subject left out after "und": the noun after the verb is its object
    return (
        span[0] == i
        and i > 0
        and tokens.texts[i - 1].lower() in ("und", "oder")
        and "Person=" in morphs[i]
        and any(j > i for j in objects)
    )


def _dative_reflexive(tokens: TokenTable, i: int) -> bool:
    """Whether the reflexive of the verb at ``i`` is a dative: its clause part holds a
    reflexive pronoun that no preposition governs and an accusative object the grammar
    shows (:func:`_accusative_object`: "hat sich einen Namen gemacht"), or, for a
    participle or infinitive, a plural without determiner after a singular finite verb
    of the clause, which cannot be its subject ("Sie hat sich hohe Ziele gesetzt"). Only a
    reflexive accusative makes the reflexive verb ("sich setzen": to sit down). A noun
    phrase whose case only the tagger guesses is no evidence: "gibt sich ein Anrufer als
    Polizist aus", "habe sich keine Bewerberin gemeldet", "äußerte sich A, Sprecher …"
    have an accusative "sich"."""
    texts, tags = tokens.texts, tokens.tags
    span = clause_span(tokens, i)
    if not any(
        texts[j].lower() in CLAUSE_REFLEXIVES and (j == 0 or tags[j - 1] != "ADP") for j in span
    ):
        return False  # "zieht hohe Kosten nach sich": a preposition's object, no reflexive
    if _accusative_object(tokens, i) and not any(_den_dative_plural(tokens, j) for j in span):
        return True
    if "Person=" in tokens.morphs[i]:
        return False
    finite = [j for j in span if tags[j] == "AUX" and _singular_finite(tokens.morphs[j])]
    return bool(finite) and any(
        j > finite[0] and tags[j] == "NOUN" and _plural_after_reflexive(tokens, j) for j in span
    )


def _den_dative_plural(tokens: TokenTable, j: int) -> bool:
    """Whether the word at ``j`` is a noun after "den" (only adjectives between) that
    ends in "-n", so it may be a dative plural as well as an accusative singular ("stellte
    sich den Journalisten": a dative, "sich" the accusative)."""
    if tokens.tags[j] != "NOUN" or not tokens.texts[j].endswith("n"):
        return False
    k = _before_adjectives(tokens, j)
    return k >= 0 and tokens.texts[k].lower() == "den"


def _plural_after_reflexive(tokens: TokenTable, j: int) -> bool:
    """Whether the noun at ``j`` is a plural without determiner, with only adjectives
    between it and a reflexive pronoun before it ("sich hohe Ziele")."""
    k = _before_adjectives(tokens, j)
    return (
        "Number=Plur" in tokens.morphs[j]
        and k >= 0
        and tokens.texts[k].lower() in CLAUSE_REFLEXIVES
    )


def _before_adjectives(tokens: TokenTable, j: int) -> int:
    """The index of the word before the adjectives right before the noun at ``j`` (-1
    at the text's start)."""
    k = j - 1
    while k >= 0 and tokens.tags[k] == "ADJ":
        k -= 1
    return k


#: Verbs whose accusative is the subject of their infinitive ("sah ihn kommen").
_ACI_VERBS = frozenset({"lassen", "sehen", "hören", "fühlen", "spüren"})
#: Determiners that mark a masculine singular accusative ("den Wagen", "einen Plan").
_ACCUSATIVE_DETERMINERS = frozenset(
    {"den", "einen", "keinen", "meinen", "deinen", "seinen", "ihren", "unseren", "euren",
     "diesen", "jenen", "jeden", "welchen"}
)  # fmt: skip


def _singular_finite(morph: str) -> bool:
    """Whether a verb's features are those of a finite verb in the third person singular."""
    return "Person=3" in morph and "Number=Sing" in morph


def _bare_plural(tokens: TokenTable, j: int) -> bool:
    """Whether the noun at ``j`` is a plural without a determiner, with only adjectives
    before it ("neue Busse", "Drohnen"; not "den Kindern", a dative, nor a noun after
    "und")."""
    if "Number=Plur" not in tokens.morphs[j]:
        return False
    k = _before_adjectives(tokens, j)
    # after "und": coordinated with what comes before, maybe a preposition's noun ("auf
    # Wasserstoff und Strom")
    return k < 0 or tokens.tags[k] not in ("DET", "PRON", "NUM", "CCONJ")


def _accusative_determiner(tokens: TokenTable, j: int) -> bool:
    """Whether the singular noun at ``j`` has an accusative determiner before it, with
    only adjectives between ("den neuen Plan"; "den Kindern" is a dative plural)."""
    if "Number=Sing" not in tokens.morphs[j]:
        return False
    k = _before_adjectives(tokens, j)
    return k >= 0 and tokens.texts[k].lower() in _ACCUSATIVE_DETERMINERS


def _in_prepositional_phrase(tokens: TokenTable, j: int) -> bool:
    """Whether the noun at ``j`` follows a preposition with only determiners, adjectives,
    adverbs and numbers between ("nach eigenen Angaben")."""
    tags = tokens.tags
    k = j - 1
    while k >= 0 and tags[k] in _INSIDE_PHRASE and j - k <= _PHRASE_REACH:
        k -= 1
    return k >= 0 and tags[k] == "ADP"


#: Parts of speech between a preposition and its noun ("nach eigenen Angaben"), and how
#: far back a preposition is sought.
_INSIDE_PHRASE = frozenset({"DET", "ADJ", "ADV", "NUM"})
_PHRASE_REACH = 4


def _elided_verb(tokens: TokenTable, i: int) -> int | None:
    """The verb of the negated clause part before "sondern" when the part of the word
    at ``i`` follows "sondern" and has no verb of its own: "Es geht nicht um die Summe,
    sondern darum, dass …" leaves out "geht" (the correction shares the verb). Parts
    without a negation between are passed over ("scheitert nicht, weil Geld fehlt,
    sondern daran": scheitern, not fehlen); none found (within the sentence), or the
    negated part without one full verb: None."""
    span = clause_span(tokens, i)
    texts, tags, ids = tokens.texts, tokens.tags, tokens.sentence_ids
    if any(tags[j] in ("VERB", "AUX") for j in span):
        return None
    before = span.start - 1
    if before < 1 or texts[before].lower() != "sondern":
        return None
    j = before - 1
    while j >= 0 and ids[j] == ids[i]:
        if texts[j] == ",":
            j -= 1
            continue
        part = clause_span(tokens, j)
        if any(texts[k].lower() in NEGATIONS for k in part):
            verbs = [k for k in part if tags[k] == "VERB"]
            return verbs[0] if len(verbs) == 1 else None
        j = part.start - 1
    return None


def _reflexive_in_clause(tokens: TokenTable, verb: int) -> bool:
    """Whether the clause part of the verb at ``verb`` holds a reflexive pronoun."""
    return any(tokens.texts[j].lower() in CLAUSE_REFLEXIVES for j in clause_span(tokens, verb))


def _starts_with_dass(tokens: TokenTable, i: int) -> bool:
    """Whether a "dass" clause follows the clause part of the word at ``i``."""
    following = _next_part(tokens, i)
    return following is not None and tokens.texts[following.start].lower() == "dass"


#: Conjunctions that may join two nouns of one phrase ("auf Pendler und Schüler").
_NOUN_CONJUNCTIONS = frozenset({"und", "oder", "sowie"})


def _over_coordinated_nouns(tokens: TokenTable, span: range, i: int) -> range:
    """``span`` (a :func:`clause_span` of the word at ``i``) widened to the left over a
    conjunction between two nouns: "auf die Pendler und Schüler angewiesen seien" is one
    clause part, not "Schüler angewiesen seien" (the conjunction joins nouns, not
    clauses). Not when both sides have a verb of their own: "warten auf Hilfe und
    Vermieter sind angewiesen" joins two clauses."""
    texts, tags = tokens.texts, tokens.tags
    start = span.start
    own_verb = any(tags[j] in ("VERB", "AUX") for j in span if j != i)
    while (
        start >= 2
        and texts[start - 1].lower() in _NOUN_CONJUNCTIONS
        and tags[start - 2] in ("NOUN", "PROPN")
        and tags[start] in ("NOUN", "PROPN", "ADJ", "DET")
        and tokens.sentence_ids[start - 2] == tokens.sentence_ids[start]
    ):
        before = clause_span(tokens, start - 2)
        if own_verb and any(tags[j] in ("VERB", "AUX") for j in before):
            break
        start = before.start
    return range(start, span.stop)


def _state_prepositions(tokens: TokenTable, i: int) -> str:
    """The prepositions of the clause part of the verb at ``i`` ("auf", comma-joined;
    "darauf" gives "auf"),
    when it is a participle (its only reading) with a form of "sein" and no "werden"
    or "haben" there: a state ("seien auf Hilfe angewiesen"), not a passive or a
    perfect with "haben"; else "". The engine may read such a participle as the
    adjective it has become (an uninflected adjective in -t or -en): the same state."""
    text = tokens.texts[i]
    adjective = tokens.tags[i] == "ADJ" and text.islower() and text.endswith(("t", "en"))
    if not adjective and features(tokens, i).shown.get("VerbForm") != ("Part",):
        return ""
    lemmas, tags, texts = tokens.lemmas, tokens.tags, tokens.texts
    span = [j for j in _over_coordinated_nouns(tokens, clause_span(tokens, i), i) if j != i]
    verbs = {lemmas[j] for j in span if tags[j] in ("AUX", "VERB")}
    if "sein" not in verbs or verbs & {"werden", "haben"}:
        return ""
    found = [texts[j].lower() for j in span if tags[j] == "ADP"]
    # "sind darauf angewiesen, dass …": the pronominal adverb's preposition
    found += [p for j in span if tags[j] == "ADV" and (p := correlate_preposition(texts[j]))]
    return ",".join(dict.fromkeys(CONTRACTIONS.get(w, (w, ""))[0] for w in found))


def _subject(tokens: TokenTable, j: int) -> bool:
    """Whether token ``j`` may be a clause's subject or its article: a noun the tagger
    gives the nominative or no case, an article in the nominative (the tagger may take
    its noun for a verb), or a pronoun that is neither "es" nor a dative."""
    tag, morph = tokens.tags[j], tokens.morphs[j]
    if tokens.texts[j].lower() in _INDEFINITE_SUBJECT:
        return True
    if tag in ("NOUN", "PROPN"):
        return "Case=Nom" in morph or "Case=" not in morph
    if tag == "DET":
        return "Case=Nom" in morph
    return tag == "PRON" and tokens.texts[j].lower() not in _NO_SUBJECT


#: Finite forms of haben, sein and werden, also where the tagger reads another word
#: ("Hast du das gehört?": "Hast" tagged as the noun die Hast).
_AUXILIARY_FORMS = frozenset(
    {"habe", "hast", "hat", "habt", "hatte", "hattest", "hatten", "hattet", "hätte",
     "hättest", "hätten", "hättet", "bin", "bist", "ist", "sind", "seid", "war", "warst",
     "waren", "wart", "wäre", "wärst", "wären", "sei", "seien", "werde", "wirst", "wird",
     "werdet", "wurde", "wurdest", "wurden", "würde", "würdest", "würden"}
)  # fmt: skip


def _auxiliary_in_clause(tokens: TokenTable, i: int) -> bool:
    """Whether a form of haben, sein or werden (also one the tagger misread: "Hast") is
    in the clause part of the verb at ``i``, where it may govern a participle."""
    return any(
        tokens.lemmas[j] in _AUXILIARIES or tokens.texts[j].lower() in _AUXILIARY_FORMS
        for j in clause_span(tokens, i)
        if j != i
    )


def _other_verb(tokens: TokenTable, i: int, lemma: str, grammar: FormAnalysis) -> bool:
    """Whether the grammar engine reads the verb ``word`` (the tagger's ``lemma``) as a
    form of another verb, by the forms both verbs have and the clause: a form that is
    one verb's participle and another's present ("gehört": hören, gehören; "gelangen":
    gelangen, gelingen) is finite in a clause with no auxiliary to govern the
    participle ("der das Stadion gehört": gehören). Not for a separable verb the
    analysis joined ("stellte … ein": einstellen, whose stem alone the engine reads), nor
    in a clause part with a form of haben, sein or werden, which may govern the participle
    ("Hast du das gehört?": the engine reads gehören there)."""
    word = tokens.texts[i]
    other = grammar.lemma
    if (
        grammar.kind != KIND_VERB
        or grammar.pos != "VERB"
        or not other
        or other == lemma
        or not (other.islower() and lemma.islower())
        or is_split_stem(word, lemma)
    ):
        return False
    if _auxiliary_in_clause(tokens, i) or _infinitive_after_modal(tokens, i, other):
        return False  # or an infinitive, which the engine's verb has not
    own, others = paradigm(lemma, guess=False), paradigm(other, guess=False)
    low = word.lower()
    return own is not None and others is not None and low in own.forms and low in others.forms


def text_places(entities: Iterable[Entity]) -> frozenset[str]:
    """The one-word names inside the text's place entities ("Nienburg" of "im Landkreis
    Nienburg", of the dateline "NIENBURG"), as written and, for a name in capitals,
    with only its first letter capital."""
    out: set[str] = set()
    for entity in entities:
        if entity.label != "LOC":
            continue
        words = entity.text.split()
        for k, name in enumerate(words):
            if k + 1 < len(words) and words[k + 1][:1].isupper():
                # a word before another capitalised word of the name is its generic
                # part: "Bad" of "Bad Tölz", "Landkreis" of "Landkreis Nienburg",
                # "Sankt" of "Sankt Augustin", "Pariser" of "Pariser Platz" ("Der
                # Bader Kurpark" is no park "of Bad")
                continue
            if len(name) > 1 and name[:1].isupper() and name.isalpha():
                out.add(name)
                if name.isupper():
                    out.add(name[:1] + name[1:].lower())
    return frozenset(out)


def place_of_text(info: WordInfo, tokens: TokenTable, i: int, places: frozenset[str]) -> WordInfo:
    """``info`` of a capitalised word in -er that the dictionary split into parts or left
    unglossed, as the town's adjective or people when its stem is a place the text names
    (:func:`text_places`) or the gazetteer lists: "im Nienburger Rathaus" is "of
    Nienburg", not "never + burger"
    (:func:`~app.dictionary.place_adjectives.named_place_info`). Only where German puts
    such a word: before a noun, after an article or preposition, or as the tagger's
    adjective; the town's people ("die Hamelner") only of a town the text names; else
    ``info``."""
    word, tag = tokens.texts[i], tokens.tags[i]
    many = _people_plural(tokens, i)
    if info.match == PLACE_ADJECTIVE and info.pos == "NOUN" and many:
        return _as_people(info)  # Ding's own town's people: "Viele Kölner", "den Kölnern"
    if info.glosses and info.match not in ("compound", PLACE_ADJECTIVE):
        return info
    if word.endswith("ern") and many and tag in ("NOUN", "PROPN"):
        # the dative plural of the town's people ("mit den Hamelnern"): as "Hamelner"
        word = word[:-1]
    if tag not in ("NOUN", "PROPN", "ADJ") or not word.endswith("er") or not word.isalpha():
        return info
    if not word[:1].isupper() or word.isupper():
        return info
    sentence = tokens.sentence_ids[i]
    following = i + 1 < len(tokens.texts) and tokens.sentence_ids[i + 1] == sentence
    before_noun = following and _capital_noun_at(tokens, i + 1)
    previous = tokens.tags[i - 1] if i > 0 and tokens.sentence_ids[i - 1] == sentence else ""
    if not (before_noun or previous in ("DET", "ADP") or tag == "ADJ"):
        return info
    # "Emsländer": Emsland (a "-land" name's umlaut)
    candidates = place_names(word)
    if word.endswith("länder"):
        candidates.append(word[:-6] + "land")
    # a town only a list knows makes the adjective, not the town's people: "Die
    # Paderborner jubelten" may be its team; the text's own town makes both
    listed = before_noun or tag == "ADJ"
    gazetteer = load_gazetteer()
    place = next(
        (
            p
            for p in candidates
            if p in places or (listed and gazetteer.place(p, derived=False) is not None)
        ),
        None,
    )
    if place is None and word[:-2] + "e" in places:
        # "Celler": Celle, "Buxtehuder": Buxtehude (the name's "-e" before "-er"), only
        # of a town the text names: the world's list has "Bade" for "Bader"
        place = word[:-2] + "e"
    known = info.headword in places or gazetteer.place(info.headword, derived=False) is not None
    if place is None or (info.match == PLACE_ADJECTIVE and known):
        return info  # Ding's own town ("Tübinger": Tübingen), or one the text names
    pos = "NOUN" if tag in ("NOUN", "PROPN") else "ADJ"
    morph = tokens.morphs[i]
    if many:  # "Die Hamelner stimmen ab": the town's people, whatever the tagger's number
        number = [f for f in morph.split("|") if not f.startswith("Number=")]
        morph = "|".join([*number, "Number=Plur"])
    return named_place_info(word, tokens.texts[i], pos, morph, place, before_noun)


#: Words before a town's noun in -er that make it plural: "die" (the singular is
#: "der Hamelner", the woman "die Hamelnerin"), quantifiers, and their datives ("mit
#: den Hamelnern", whose "-n" is the dative plural).
_PEOPLE_PLURAL_WORDS = frozenset(
    {"die", "viele", "vielen", "einige", "einigen", "zahlreiche", "zahlreichen", "mehrere"}
    | {"mehreren", "alle", "allen", "beide", "beiden", "wenige", "wenigen", "manche"}
    | {"manchen", "tausende", "tausenden", "hunderte", "hunderten", "etliche", "etlichen"}
)


def _people_plural(tokens: TokenTable, i: int) -> bool:
    """Is the word at ``i`` (a town's word in -er or -ern used as a noun) plural by
    the word before it: "Die Hamelner", "Viele Trierer", "den Trierern", "zwei Kölner"?
    Never before a noun (then it is the adjective: "die Hamelner Polizei")."""
    if i == 0 or tokens.sentence_ids[i - 1] != tokens.sentence_ids[i]:
        return False
    j = i + 1
    same = j < len(tokens.texts) and tokens.sentence_ids[j] == tokens.sentence_ids[i]
    if same and _capital_noun_at(tokens, j):
        return False
    before = tokens.texts[i - 1].lower()
    if tokens.texts[i].endswith("ern"):
        return before in ("den", "vielen", "einigen", "zahlreichen", "mehreren", "allen")
    return before in _PEOPLE_PLURAL_WORDS or tokens.tags[i - 1] == "NUM"


def _as_people(info: WordInfo) -> WordInfo:
    """``info`` of a town's people ("inhabitant of Cologne; people of Cologne") with
    the plural first ("people of Cologne")."""
    people = [g for g in info.glosses if g.startswith(("people of ", "inhabitants of "))]
    if not people or info.glosses[0] in people:
        return info
    rest = [g for g in info.glosses if g not in people]
    glosses = (*people, *rest)
    senses = tuple(Gloss(g) for g in glosses)
    return replace(info, glosses=glosses, senses=senses)


def _capital_noun_at(tokens: TokenTable, j: int) -> bool:
    text = tokens.texts[j]
    return tokens.tags[j] in ("NOUN", "PROPN") and text[:1].isupper() and text[:1].isalpha()
