"""The lookup chain and the ranking that turn a token into a :class:`WordInfo`.

Chain: exact surface form -> lemma from the pipeline -> simplemma lemma (from
the database) -> regular suffix rules ("rules") -> case variants -> compound splitting
(:mod:`app.dictionary.compound`) -> nothing. The first three are one tier:
their entries are merged, the surface form's with a bonus, so that a form Ding
lists only in a phrase entry does not hide its headword. When the pipeline
gives a part of speech, a tier whose entries all have another word class does
not end the chain early.

Ranking: every matching Ding line is a sense with a static weight (from the
converter) adjusted for how the word matched (headword before plural or verb
form before sub-entry), the plain headword before "sich …" and "mit etw. …",
the part of speech, field and register labels, and the headword's position;
glosses of the exact form's sub-entry come first, then the headword's; a gloss
several senses share gains a little; duplicates are removed; at most
:data:`MAX_GLOSSES`.

The records it ranks (:class:`~app.dictionary.senses.Sense`, ``Candidate``,
``Found``) are in :mod:`app.dictionary.senses`. Must not raise from
:meth:`Dictionary.lookup`; no Qt.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from app.dictionary import german, heads
from app.dictionary.english import (
    NOTES,
    cognate,
    first_word,
    gloss_zipf,
    is_infinitive,
    needs_object,
    same_family,
)
from app.dictionary.inflection import same_word
from app.dictionary.model import ARTICLE_OF_GENDER, SOURCE_NAME, CompoundPart, Gloss, WordInfo
from app.dictionary.objects import (
    ACCUSATIVE_OBJECT,
    AMOUNT_CHANGE,
    DATIVE_REFLEXIVE,
    IMPERSONAL,
    INFINITIVE,
    LINKING_VERBS,
    NO_REFLEXIVE,
    NOT_PERSON,
    PASSIVE,
    PREDICATIVE,
    PROPOSITION,
    THING_OBJECT,
    change_line,
    es_form_head,
    has_accusative_slot,
    hint_fits,
    impersonal_head,
    object_hints,
    person_only_after,
    takes_clause,
    takes_infinitive,
    takes_person,
)
from app.dictionary.preferences import (
    MODAL_PARTICLE,
    NUMBER_BEFORE,
    NUMBER_FOLLOWS,
    STRONG_FRAME,
    adds_particle,
    attributive_base,
    complement_prepositions,
    demote_forms_of_other_words,
    demote_verbal_nouns,
    foreign_lines_down,
    frame_case_conflict,
    frame_words,
    later_synonym_penalty,
    line_prepositions,
    measure_note,
    number_note,
    same_class,
    same_number_plurals,
)
from app.dictionary.ranking import (
    ADVERB_BONUS,
    AUXILIARY_GLOSS_PENALTY,
    BASE_VERB_LINE,
    CASE_MISMATCH,
    CHANGE_VERB_BONUS,
    CLASS_BITS,
    CLAUSE_VERB_BONUS,
    COGNATE_BONUS,
    COMMON_GLOSS_ZIPF,
    COMMONER_MARGIN,
    ENGLISH_AUXILIARIES,
    ENGLISH_PREPOSITIONS,
    EXACT_BONUS,
    FAMILY_BONUS,
    FAMILY_GLOSSES,
    FIELD_ON_HEAD,
    FIELD_ON_LINE,
    FIELD_UNLESS_TOPIC,
    FLAG_VERBAL_NOUN,
    FORM_GLOSS_BONUS,
    FRAME_BONUS,
    FRAME_HEADWORD_ELSEWHERE,
    FRAME_STEP,
    GAP_GLOSS_PENALTY,
    GLOSS_STEP,
    HEAD_VOTE,
    HEADWORD_AFTER_FORM,
    HINT_FIT_BONUS,
    HINT_MISS_PENALTY,
    IMPERSONAL_BONUS,
    INFINITIVE_GLOSS_PENALTY,
    INFINITIVE_VERB_BONUS,
    INTRANSITIVE_IN_PASSIVE,
    LATER_HEADWORD_PARTICLE,
    LEMMA_BONUS,
    LINKING_BONUS,
    LONG_GLOSS,
    LONG_GLOSS_PENALTY,
    MARKED_GLOSS_PENALTY,
    MODAL_PARTICLE_ADJ_PENALTY,
    NEWS_FIELDS,
    NEWS_FIELDS_AT_QUERY,
    NUMBER_NOTE_BONUS,
    OTHER_GENDER_PENALTY,
    PARTICLE_LEMMA_BONUS,
    PERSON_OBJECT_PENALTY,
    PLURAL_FOR_SINGULAR,
    POS_CLASSES,
    POS_MATCH,
    PREPOSITION_GLOSS_PENALTY,
    PREPOSITION_MATCH_BONUS,
    PRONOUN_GLOSS_PENALTY,
    PRONOUNS_ONLY,
    RARE_GLOSS_PENALTY,
    RARE_GLOSS_ZIPF,
    REFLEXIVE_LINE_PENALTY,
    REGIONAL_ENGLISH_PENALTY,
    RULES_BONUS,
    SUBJECT_NOTE,
    TOPIC_FIELD_BONUS,
    TOPIC_ONLY_FIELDS,
    TOPIC_RAISED_FIELDS,
    VERB_MASK,
    VOTE,
    pos_of,
)
from app.dictionary.register import MARKED_LINE_PENALTY, marked_line
from app.dictionary.schema import KIND_HEAD, KIND_PLURAL, KIND_VERBFORM, RS
from app.dictionary.senses import (
    FORM_KINDS,
    Candidate,
    EntryData,
    Found,
    Sense,
    SubData,
    head_at,
    unpack_glosses,
)
from app.dictionary.store import Store
from app.grammar import PHRASE_CASE, is_split_particle, is_split_stem, split_base
from app.lexicon.words import UD_GENDER

_K = TypeVar("_K")
_V = TypeVar("_V")

MAX_GLOSSES = 5
PART_GLOSSES = 3
CACHE_SIZE = 50_000
RANKED_SENSES = 5  # senses whose glosses compete for the list

_STRONG_KINDS = frozenset({KIND_HEAD, *FORM_KINDS})


Tier = list[tuple[str, str, list[Sense], float]]  # (step, query, senses, bonus)


_ADJECTIVE = CLASS_BITS["adj"]
_NOUN = CLASS_BITS["noun"]
_ADVERB = CLASS_BITS["adv"]
_ADVERB_WANTED = POS_CLASSES["ADV"]
#: Parts of speech whose cards rank English infinitives down (INFINITIVE_GLOSS_PENALTY).
_NOT_VERB_POS = frozenset({"ADJ", "ADV", "NOUN"})


def _describing(classes: int) -> bool:
    """Whether a line is of an adjective or adverb only (no noun, no verb)."""
    return bool(classes & (_ADJECTIVE | _ADVERB)) and not classes & (_NOUN | VERB_MASK)


def _commoner_shifts(items: Sequence[Sequence[Any]]) -> list[int]:
    """Positions each gloss of one adjective or adverb line moves up (+) or down (-):
    an English adverb in -ly that is clearly more common
    (:data:`~app.dictionary.ranking.COMMONER_MARGIN` Zipf or more, and itself common)
    than an earlier adverb in -ly of the same line changes place with it
    ("deutlich :: remarkably; significantly; notably": "significantly" first). Ding lists
    a line's synonyms in no order of frequency; across lines its order stands."""
    zipfs = [gloss_zipf(item[0]) if item[0].endswith("ly") else None for item in items]
    shifts = [0] * len(items)
    for i, earlier in enumerate(zipfs):
        if earlier is None:
            continue
        for j in range(i + 1, len(zipfs)):
            later = zipfs[j]
            if (
                later is not None
                and later >= COMMON_GLOSS_ZIPF
                and later >= earlier + COMMONER_MARGIN
            ):
                shifts[i] -= 1
                shifts[j] += 1
    return shifts


def _keeps_preposition(sense: Sense, headword: str) -> bool:
    """Whether a verb's line that opens with a preposition and its object ("mit etw.
    rechnen") translates the preposition word for word in its first gloss ("to reckon
    with sth.", not "to be alert to sth.")."""
    words = headword.split()
    if len(words) < 3 or words[1] not in _OBJECT_PLACEHOLDERS:
        return False
    english = ENGLISH_PREPOSITIONS.get(words[0])
    glosses = sense.glosses()
    return bool(english and glosses and english & set(glosses[0][0].split()))


_OBJECT_PLACEHOLDERS = frozenset({"etw.", "jdm.", "jdn.", "jds.", "jdm./etw.", "jdn./etw."})


def _linking_up(candidates: list[Candidate]) -> None:
    """Raise by :data:`~app.dictionary.ranking.LINKING_BONUS` the reflexive verb's lines
    whose first gloss is an English linking verb ("sich zeigen :: to appear") when an
    adjective is the clause's complement ("zeigte sich besorgt")."""
    for cand in candidates:
        glosses = cand.sense.glosses()
        if glosses and first_word(glosses[0][0]) in LINKING_VERBS:
            cand.score += LINKING_BONUS


def _own_lines_up(
    candidates: list[Candidate], lemma: str | None, fits: Callable[[str], bool], bonus: float
) -> None:
    """Raise by ``bonus`` the verb's lines whose first gloss ``fits`` the clause's
    complement: an English verb that takes a "that" clause when a proposition follows
    (:func:`takes_clause`: "räumte ein, dass …": "etw. einräumen :: to acknowledge sth.;
    to admit sth.", "mehr als bisher angenommen": "assumed"), one that takes a "to"
    infinitive when an infinitive clause with "zu" follows (:func:`takes_infinitive`:
    "raten den Betrieben, sich … einzustellen": "to advise sth.", not "to guess"). Only
    lines of the verb's own ``lemma``: "etw. vermuten; etw. annehmen :: supposed" would
    show "vermuten" as the lemma of "angenommen"."""
    for cand in candidates:
        sense = cand.sense
        glosses = sense.glosses()
        if (
            sense.classes & VERB_MASK
            and (lemma is None or sense.lemma == lemma)
            and glosses
            and fits(glosses[0][0])
        ):
            cand.score += bonus


#: Particles that make an English verb a phrasal verb of another sense, one that takes no
#: "that" clause ("to show off": angeben, not "to show" that …; "to give up").
_PHRASAL_PARTICLES = frozenset({"off", "away", "around", "about", "up", "down", "back"})


def _person_and_thing(gloss: str) -> bool:
    """Whether a gloss takes a person and a thing as its objects ("to grant sb. sth.")."""
    return "sb. sth." in gloss


def _clause_gloss(gloss: str) -> bool:
    """Whether a gloss is an English verb that takes a "that" clause ("to admit sth."), not
    a phrasal verb of another sense ("to show off")."""
    words = gloss.casefold().removeprefix("to ").split()
    if len(words) > 1 and words[1].strip(".,;:!?()") in _PHRASAL_PARTICLES:
        return False
    if _person_and_thing(gloss):
        return False  # a thing given to a person: "jdm. etw. einräumen :: to grant sb. sth."
    return takes_clause(first_word(gloss))


_TRANSITIVE = CLASS_BITS["vt"]
_INTRANSITIVE = CLASS_BITS["vi"] | CLASS_BITS["vr"]
_REFLEXIVE_ONLY = CLASS_BITS["vr"]
#: Noun lines whose first gloss :meth:`Lookup._noun_english` reads, and clause nouns
#: compared with a verb line's hint by their glosses, at most.
_ENGLISH_LINES = 3
_HINT_NOUNS = 8
#: :meth:`Lookup.starting_words`: a headword goes on for this many letters after the
#: prefix (a head of its own), at most this many are read, their first glosses.
_STARTING_REST = 3
_STARTING_LIMIT = 400
_STARTING_GLOSSES = 3
_ENGLISH_WORD = re.compile(r"[a-z]+")


def _plain_english(gloss: str) -> str:
    """A noun's English gloss without notes in parentheses or brackets and a leading
    article ("the fire" and "fire (blaze)": fire)."""
    text = NOTES.sub(" ", gloss).strip().lower()
    for article in ("the ", "a ", "an "):
        text = text.removeprefix(article)
    return " ".join(text.split())


def _intransitive_down(candidates: list[Candidate]) -> None:
    """Rank a verb's lines that Ding marks intransitive or reflexive only ({vi}, {vr},
    no {vt}) :data:`~app.dictionary.ranking.INTRANSITIVE_IN_PASSIVE` lower when the verb
    is a passive participle: "sollen eingesetzt werden" is "etw. einsetzen {vt} :: to
    use", not "einsetzen {vi} :: to set in"."""
    for cand in candidates:
        classes = cand.sense.classes
        if classes & _INTRANSITIVE and not classes & _TRANSITIVE:
            cand.score -= INTRANSITIVE_IN_PASSIVE


def rare_glosses_down(scored: Iterable[list[Any]]) -> None:
    """Rank a rare one-word English gloss down when the list has a common one
    (:data:`~app.dictionary.ranking.RARE_GLOSS_ZIPF`): "spürbar" shows "noticeable;
    perceptible" before "ponderable". ``scored``: [score, order, gloss item, votes]."""
    rated = [(entry, gloss_zipf(entry[2][0])) for entry in scored]
    if not any(zipf is not None and zipf >= COMMON_GLOSS_ZIPF for _e, zipf in rated):
        return
    for entry, zipf in rated:
        if zipf is not None and zipf < RARE_GLOSS_ZIPF:
            entry[0] -= RARE_GLOSS_PENALTY


#: The frame's case marks (:data:`app.grammar.PHRASE_CASE`) -> the case.
_CASE_OF_MARK = {mark: case for case, mark in PHRASE_CASE.items() if mark}


class Lookup:
    """The chain and the ranking over one :class:`Store`."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._cache: OrderedDict[str, list[Sense]] = OrderedDict()
        self._lemmas: OrderedDict[str, str | None] = OrderedDict()
        self._rule_lemmas: OrderedDict[tuple[str, bool], str | None] = OrderedDict()
        self._entries: OrderedDict[int, EntryData] = OrderedDict()
        self._subs: OrderedDict[tuple[int, int], SubData] = OrderedDict()
        #: a noun's first English glosses (:meth:`_noun_english`)
        self._englishes: OrderedDict[str, frozenset[str]] = OrderedDict()
        #: the English words of the headwords that begin with a text (:meth:`starting_words`)
        self._starting: OrderedDict[str, tuple[tuple[str, frozenset[str]], ...]] = OrderedDict()
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ rows

    def senses(self, lkeys: Sequence[str]) -> dict[str, list[Sense]]:
        """Senses per lower-cased key (one query for all keys not cached yet)."""
        out: dict[str, list[Sense]] = {}
        missing: list[str] = []
        with self._lock:
            for key in lkeys:
                cached = self._cache.get(key)
                if cached is None:
                    missing.append(key)
                else:
                    out[key] = cached
        if missing:
            fetched: dict[str, list[Sense]] = {key: [] for key in missing}
            for row in self.store.rows(missing):
                fetched[row[0]].append(Sense(row))
            with self._lock:
                for key, senses in fetched.items():
                    self._cache[key] = senses
                    if len(self._cache) > CACHE_SIZE:
                        self._cache.popitem(last=False)
            out.update(fetched)
        return out

    def matches(self, word: str, any_case: bool = False) -> list[Sense]:
        """Senses of ``word``: with exactly this capitalisation, or any."""
        senses = self.senses([word.lower()])[word.lower()]
        return senses if any_case else [s for s in senses if s.key == word]

    def load(self, senses: Sequence[Sense]) -> None:
        """Attach entry and sub-entry data to ``senses`` (batched, cached)."""
        want_entries = {s.entry for s in senses if s.entry_data is None}
        want_subs = {(s.entry, s.sub) for s in senses if s.sub_data is None and s.needs_sub}
        with self._lock:
            missing_entries = [e for e in want_entries if e not in self._entries]
            missing_subs = [p for p in want_subs if p not in self._subs]
        entry_rows, sub_rows = self.store.details(missing_entries, missing_subs)
        entries = {r[0]: EntryData(r[1], unpack_glosses(r[2]), r[3], r[4]) for r in entry_rows}
        subs = {(r[0], r[1]): SubData(r[2], unpack_glosses(r[3])) for r in sub_rows}
        with self._lock:
            for key, data in entries.items():
                self._entries[key] = data
            for pair, sub_data in subs.items():
                self._subs[pair] = sub_data
            while len(self._entries) > CACHE_SIZE:
                self._entries.popitem(last=False)
            while len(self._subs) > CACHE_SIZE:
                self._subs.popitem(last=False)
            for s in senses:
                if s.entry_data is None:
                    s.entry_data = self._entries.get(s.entry)
                if s.sub_data is None and s.needs_sub:
                    s.sub_data = self._subs.get((s.entry, s.sub))

    def _memo(self, table: OrderedDict[_K, _V], key: _K, compute: Callable[[], _V]) -> _V:
        """``table[key]``, computed once (None is remembered too), at most CACHE_SIZE kept."""
        with self._lock:
            if key in table:
                return table[key]
        value = compute()
        with self._lock:
            table[key] = value
            if len(table) > CACHE_SIZE:
                table.popitem(last=False)
        return value

    def simplemma_lemma(self, word: str) -> str | None:
        return self._memo(self._lemmas, word, lambda: self.store.lemma(word))

    def rule_lemma(self, word: str, any_case: bool = False) -> str | None:
        """The first suffix-rule base form of ``word`` that has an entry (cached:
        the chain asks twice for a word Ding does not list)."""
        return self._memo(
            self._rule_lemmas, (word, any_case), lambda: self._rule_lemma(word, any_case)
        )

    def _rule_lemma(self, word: str, any_case: bool) -> str | None:
        candidates = german.inflection_candidates(word)
        if not candidates:
            return None
        found = self.senses(list(dict.fromkeys(c.lower() for c in candidates)))
        for candidate in candidates:
            senses = found.get(candidate.lower(), ())
            if any(_plural_er_unlisted(word, sense.key) for sense in senses):
                continue  # "Ranger": no "Rang", nor the verb form "rang"
            for sense in senses:
                if any_case or sense.key == candidate:
                    return candidate
        return None

    # ----------------------------------------------------------------- chain

    def find(
        self,
        word: str,
        lemma: str | None,
        pos: str,
        morph: str = "",
        frame: str = "",
        topic: frozenset[str] = frozenset(),
        nouns: frozenset[str] | None = None,
    ) -> Found | None:
        """Run the chain for a cleaned word; None when nothing matched.

        ``frame``: the prepositions, "als" and "sich" of a verb's clause; a
        headword that needs exactly some of them ("mit etw. rechnen") gains.
        ``topic``: the Ding fields of the text ("zool."); lines of those fields get
        back what the converter took from specialised fields.
        ``nouns``: the nouns of a verb's clause (forms and lemmas, lower-cased), None
        without a clause: :meth:`_hinted_lines`.
        """
        wanted = POS_CLASSES.get(pos.upper()) if pos else None
        singular = "Number=Sing" in morph
        gender = morph_gender(morph)
        fallback: Found | None = None
        impersonal = IMPERSONAL in frame.split()
        for tier in self._tiers(word, lemma):
            merged: dict[int, Candidate] = {}  # one reading per Ding line, the best
            for step, query, senses, bonus in tier:
                ranked_step = self.rank(senses, query, wanted, bonus, step)
                if impersonal:
                    ranked_step = list(ranked_step)
                    self._es_form_up(ranked_step, word)
                for cand in ranked_step:
                    if singular and cand.sense.kind == KIND_PLURAL:
                        cand.score -= PLURAL_FOR_SINGULAR  # "der Vorsitzende": not "chairmen"
                    old = merged.get(cand.sense.entry)
                    if old is None or cand.score > old.score:
                        merged[cand.sense.entry] = cand
            if not merged:
                continue
            ranked = same_number_plurals(list(merged.values()), morph)
            ranked = demote_forms_of_other_words(demote_verbal_nouns(ranked, word))
            if gender and wanted is not None and wanted & _NOUN:
                self._other_gender_down(ranked, gender)
            if frame:
                self._prefer_frame(ranked, frame)
                marks = frame.split()
                if THING_OBJECT in marks:
                    self._person_lines_down(ranked)
                if NO_REFLEXIVE in marks:
                    self._reflexive_lines_down(ranked)
                if IMPERSONAL in marks:
                    self._impersonal_up(ranked, word)
                if PREDICATIVE in marks:
                    _linking_up(ranked)
                if PROPOSITION in marks:  # "räumte ein, dass …": to admit
                    _own_lines_up(ranked, lemma, _clause_gloss, CLAUSE_VERB_BONUS)
                    # not "jdm. etw. einräumen :: to grant sb. sth.": the proposition is
                    # no thing given to a person
                    _own_lines_up(ranked, lemma, _person_and_thing, -CLAUSE_VERB_BONUS)
                if INFINITIVE in marks:  # "raten …, … zu …": to advise
                    _own_lines_up(ranked, lemma, takes_infinitive, INFINITIVE_VERB_BONUS)
                if PASSIVE in marks or ACCUSATIVE_OBJECT in marks:
                    _intransitive_down(ranked)
                if AMOUNT_CHANGE in marks:  # "um 8,4 Prozent zurückgegangen": decreased
                    self._change_lines_up(ranked, lemma)
                if NUMBER_FOLLOWS in marks:  # "gut elf Millionen": a good
                    self._noted_lines_up(ranked, number_note)
                if NUMBER_BEFORE in marks:  # "7,5 Tonnen": tonnes, not barrels
                    self._noted_lines_up(ranked, measure_note)
                if MODAL_PARTICLE in marks:
                    for cand in ranked:  # "wohl" in the middle field: not "well"
                        if cand.sense.classes & _ADJECTIVE:
                            cand.score -= MODAL_PARTICLE_ADJ_PENALTY
                        elif cand.sense.kind == KIND_HEAD and cand.sense.alt >= 1:
                            # "bequem; einfach {adv} :: conveniently" says "bequem"
                            cand.score -= LATER_HEADWORD_PARTICLE
            if nouns is not None:  # "(Telefonnummer) wählen" only with a number
                self._hinted_lines(ranked, nouns)
            self._news_fields(ranked, topic)
            foreign_lines_down(ranked)  # loaded by _news_fields
            base_verb_lines_down(ranked)  # loaded by _news_fields
            ranked.sort(key=lambda c: -c.score)
            found = Found(ranked, ranked[0].step)
            if wanted is None or any(c.sense.classes & wanted for c in ranked):
                return found
            if fallback is None:
                fallback = found
        return fallback

    def _noted_lines_up(self, candidates: list[Candidate], noted: Callable[[Sense], bool]) -> None:
        """Raise by :data:`NUMBER_NOTE_BONUS` the lines whose usage note ``noted`` accepts:
        a number after the word asks for a line used with numbers
        (:func:`~app.dictionary.preferences.number_note`: "gut elf Millionen" is "a good",
        "lediglich 5 Prozent" "only"), a number before a noun for a measure
        (:func:`~app.dictionary.preferences.measure_note`: "7,5 Tonnen" are "tonnes", not
        "barrels")."""
        self.load([c.sense for c in candidates])
        for cand in candidates:
            if noted(cand.sense):
                cand.score += NUMBER_NOTE_BONUS

    def _change_lines_up(self, candidates: list[Candidate], lemma: str | None) -> None:
        """Raise a verb's lines whose first glosses say a change in quantity by
        :data:`CHANGE_VERB_BONUS` (:func:`~app.dictionary.objects.change_line`). Only
        lines of the verb's own ``lemma``: "zunehmen; steigen :: to increase" would show
        "zunehmen" as the lemma of "stieg"."""
        self.load([c.sense for c in candidates])
        for cand in candidates:
            data = cand.sense.entry_data
            if (
                cand.sense.classes & VERB_MASK
                and (lemma is None or cand.sense.lemma == lemma)
                and data is not None
                and change_line(data.glosses)
            ):
                cand.score += CHANGE_VERB_BONUS

    def _other_gender_down(self, candidates: list[Candidate], gender: str) -> None:
        """Rank a noun's lines of another gender than the phrase's (``gender``: "m", "f",
        "n") last, when Ding has a line of the same headword with that gender: "der
        See" is "lake" ("See {m}"), "die See" is "sea" ("See {f}"), "das Steuer"
        "steering wheel" but "die Steuer" "tax". Lines without a gender (phrases) and
        words whose lines all have another gender (the table's gender is not Ding's)
        keep their place."""
        nouns = [c for c in candidates if c.sense.classes & _NOUN]
        self.load([c.sense for c in nouns])
        genders: dict[str, set[str]] = {}  # lemma -> genders of its lines
        for cand in nouns:
            genders.setdefault(cand.sense.lemma, set()).update(_line_genders(cand.sense))
        for cand in nouns:
            own = _line_genders(cand.sense)
            if own and gender not in own and gender in genders[cand.sense.lemma]:
                cand.score -= OTHER_GENDER_PENALTY

    def _news_fields(self, candidates: list[Candidate], topic: frozenset[str]) -> None:
        """Give back the converter's penalty to lines of fields that are everyday news
        vocabulary (:data:`NEWS_FIELDS_AT_QUERY`, health only in a medical text) or
        the text's own field (``topic`` less :data:`NEWS_FIELDS`, which lost nothing:
        "Herde [zool.]" among animals); take as much from lines of
        :data:`FIELD_UNLESS_TOPIC` outside a text of their field; raise lines of
        :data:`TOPIC_RAISED_FIELDS` in a text of their field by :data:`TOPIC_FIELD_BONUS`
        (half on a label of the line's other words): in a court report "Verfahren" are
        legal proceedings, "Verurteilung" a conviction, "Verteidiger" a defence lawyer.
        Not a verb's line whose headword takes a person as its object ("jdn. anzeigen
        [jur.]: to press charges against sb."): the clause's object is as often a thing
        ("Einbrüche angezeigt": reported), and the frame rules decide between them."""
        top = sorted(candidates, key=lambda c: -c.score)[: 2 * RANKED_SENSES]
        self.load([c.sense for c in top])
        given_back = (NEWS_FIELDS_AT_QUERY - TOPIC_ONLY_FIELDS) | (topic - NEWS_FIELDS)
        unless = FIELD_UNLESS_TOPIC - topic
        raised = TOPIC_RAISED_FIELDS & topic
        plain = _plain_glosses(top, unless) if unless else set()
        for cand in top:
            fields = _fields_of(cand.sense)
            if not fields:
                continue
            head = cand.sense.head
            labels = set(head.labels.replace(",", " ").split()) if head else set()
            taken = unless.intersection(fields)
            if taken and not _says_plainly(cand.sense, plain):
                # "Anruf [mil.]: challenge" outside a text about armies; not "Aktion
                # [mil.]: action", which an unlabelled line of "Aktion" says too
                cand.score -= FIELD_ON_HEAD if labels & taken else FIELD_ON_LINE
            lifted = raised.intersection(fields)
            if lifted and not (
                head is not None and cand.sense.classes & VERB_MASK and takes_person(head.text)
            ):  # "Verfahren [jur.]: legal proceedings" among courts and verdicts; not "jdn.
                # anzeigen [jur.]: to press charges against sb." for "Einbrüche angezeigt"
                cand.score += TOPIC_FIELD_BONUS if labels & lifted else TOPIC_FIELD_BONUS / 2
            domains = given_back.intersection(fields)
            if not domains:
                continue
            cand.score += FIELD_ON_HEAD if labels & domains else FIELD_ON_LINE

    def _reflexive_lines_down(self, candidates: list[Candidate]) -> None:
        """Rank a verb's lines whose headword needs "sich"
        :data:`REFLEXIVE_LINE_PENALTY` lower: the clause has no reflexive pronoun
        ("Wir haben lange gerechnet" is no "sich rechnen :: to pay off")."""
        self.load([c.sense for c in candidates])
        for cand in candidates:
            head = cand.sense.head
            if head is None or not cand.sense.classes & VERB_MASK:
                continue
            # the headword only: a form row in a sub-entry "sich etw. anhören" of the
            # line "jdn. anhören" keeps that line's reading
            if "sich" in frame_words(head.text, cand.sense.lemma):
                cand.score -= REFLEXIVE_LINE_PENALTY

    def _hinted_lines(self, candidates: list[Candidate], nouns: frozenset[str]) -> None:
        """Raise a verb's lines whose headword names its object or context in
        parentheses (:func:`~app.dictionary.objects.object_hints`) by
        :data:`HINT_FIT_BONUS` when the clause has that noun (``nouns``,
        :func:`~app.dictionary.objects.hint_fits`: "den Präsidenten gewählt" is
        "(Präsidenten; Parlament) wählen :: to elect"), else lower them by
        :data:`HINT_MISS_PENALTY`, behind the lines without such a restriction ("(Telefonnummer)
        wählen :: to dial" is no reading of it)."""
        self.load([c.sense for c in candidates])
        for cand in candidates:
            head = cand.sense.head
            if head is None or not cand.sense.classes & VERB_MASK:
                continue
            hints = object_hints(head.comments)
            if hints:
                fits = hint_fits(hints, nouns) or self._same_english(hints, nouns)
                cand.score += HINT_FIT_BONUS if fits else -HINT_MISS_PENALTY

    def _same_english(self, hints: Sequence[str], nouns: frozenset[str]) -> bool:
        """Whether a hint noun and a clause noun share a first English gloss: the hint
        often names the thing by another word ("(Feuer) löschen" for "einen Brand
        löschen": fire)."""
        wanted = {e for hint in hints for e in self._noun_english(hint)}
        return bool(wanted) and any(
            wanted & self._noun_english(noun) for noun in sorted(nouns)[:_HINT_NOUNS]
        )

    def _noun_english(self, noun: str) -> frozenset[str]:
        """The first glosses of the best noun lines of ``noun`` (lower-cased, without
        parenthesised notes and a leading article), memoised."""

        def compute() -> frozenset[str]:
            senses = [s for s in self.matches(noun, any_case=True) if s.classes & _NOUN]
            senses = sorted(senses, key=lambda s: -s.score)[:_ENGLISH_LINES]
            self.load(senses)
            firsts = (s.glosses()[:1] for s in senses)
            return frozenset(
                filter(None, (_plain_english(items[0][0]) for items in firsts if items))
            )

        return self._memo(self._englishes, noun, compute)

    def starting_words(self, prefix: str) -> tuple[tuple[str, frozenset[str]], ...]:
        """(headword, the lower-case English words of its first glosses) of Ding's
        one-word headwords that begin with ``prefix`` and go on for at least
        :data:`_STARTING_REST` letters (at most :data:`_STARTING_LIMIT`), memoised: the
        compounds of a first part ("schmier" -> Schmieröl: lubricating oil ...)."""

        def compute() -> tuple[tuple[str, frozenset[str]], ...]:
            rows = self.store.heads_starting(prefix, _STARTING_REST, _STARTING_LIMIT)
            out: dict[str, set[str]] = {}
            for key, packed in rows:
                texts = " ".join(item[0] for item in unpack_glosses(packed)[:_STARTING_GLOSSES])
                out.setdefault(key, set()).update(_ENGLISH_WORD.findall(texts.lower()))
            return tuple((key, frozenset(words)) for key, words in out.items())

        return self._memo(self._starting, prefix, compute)

    def _person_lines_down(self, candidates: list[Candidate]) -> None:
        """Rank a verb's lines whose headword takes a person as its object ("jdn.
        einstellen :: to employ") :data:`PERSON_OBJECT_PENALTY` lower: the clause's
        object is a thing (:func:`~app.dictionary.objects.thing_object`: "die
        Lieferungen einstellen" is "to cease sth."). Not a headword that takes a thing
        too ("jdn./etw. beeinflussen")."""
        self.load([c.sense for c in candidates])
        for cand in candidates:
            head = cand.sense.head
            if head is not None and cand.sense.classes & VERB_MASK and takes_person(head.text):
                cand.score -= PERSON_OBJECT_PENALTY

    def _es_form_up(self, candidates: list[Candidate], word: str) -> None:
        """Raise by :data:`IMPERSONAL_BONUS` the sub-entries that are ``word`` itself with
        "es" ("geben | … | gab | … | es gab :: … | gave | … | there was"), before the
        readings of one Ding line are merged: the line's plain "gab :: gave" would win
        the merge and leave "there was" out ("Zum Auftakt gab es ein Programm"). Not
        other sub-entries with "es" ("es für sich behalten": "es" is an object there)."""
        self.load([c.sense for c in candidates])
        for cand in candidates:
            sub = cand.sense.sub_data
            if cand.sense.sub and sub is not None and es_form_head(sub.heads, word):
                cand.score += IMPERSONAL_BONUS

    def _impersonal_up(self, candidates: list[Candidate], word: str = "") -> None:
        """Raise the senses that lead to a sub-entry with "es" ("geben | es gibt … ::
        there is …") by :data:`IMPERSONAL_BONUS`: the clause uses the verb with "es" alone
        (:func:`~app.dictionary.objects.impersonal`: "gibt es Widerstand"); not again
        the ones :meth:`_es_form_up` raised for ``word``."""
        self.load([c.sense for c in candidates])
        for cand in candidates:
            sub = cand.sense.sub_data
            if (
                cand.sense.sub
                and sub is not None
                and impersonal_head(sub.heads)
                and not es_form_head(sub.heads, word)
            ):
                cand.score += IMPERSONAL_BONUS
            note = _subject_note(cand.sense)
            if note == "Sache" and cand.sense.alt == 0:
                # "um etw. gehen; sich um etw. handeln (Sache) :: to be about sth.": for
                # the first headword ("es handelt sich um" has its own line, "to be")
                cand.score += SUBJECT_NOTE
            elif note == "Person":  # "es" is no person
                cand.score -= SUBJECT_NOTE

    def _prefer_frame(self, candidates: list[Candidate], frame: str) -> None:
        """Raise the senses whose headword's frame words ("mit" in "mit etw. rechnen",
        "sich" and "als" in "sich als jd. ausgeben") all occur in ``frame``. Not a later
        headword without "sich" of a line Ding marks reflexive only ({vr}) in a clause
        without a reflexive: the line's glosses translate its reflexive headwords ("sich
        jdm. anschließen; …; zu jdm. gehen {vr} :: to join sb." is no reading of "Sie
        ging zur Ärztin")."""
        order = {word: k for k, word in enumerate(frame.split())}
        no_reflexive = NO_REFLEXIVE in order
        dative_reflexive = DATIVE_REFLEXIVE in order  # "hat sich Ziele gesetzt"
        # prepositions whose object is no person: "liegt bei elf Millionen", "gilt als sicher"
        counted = [w.split(":", 1)[1] for w in order if w.startswith(NOT_PERSON + ":")]
        impersonal = IMPERSONAL in order  # "kam es zu Unfällen"
        # the plain case of a two-way preposition's phrase: "am Ende" ("+dat:an")
        cases = {
            w.split(":", 1)[1]: _CASE_OF_MARK[w.split(":", 1)[0]]
            for w in order
            if w.split(":", 1)[0] in _CASE_OF_MARK
        }
        self.load([c.sense for c in candidates])
        heading: set[str] = set()  # frame headwords some line lists first
        for cand in candidates:
            head = cand.sense.head
            if head is None:
                continue
            needed = frame_words(head.text, cand.sense.lemma)
            phrase = _sub_phrase(cand.sense)  # "sich auf etw. setzen" needs "sich" too
            if (
                needed
                and all(word in order for word in needed)
                and all(word in order for word in frame_words(phrase, cand.sense.key))
                and not any(person_only_after(head.text, word) for word in counted)
                and not frame_case_conflict(head.text, cases)
                and not frame_case_conflict(phrase, cases)
                and (impersonal or needed <= {"sich"} or not _event_line(cand.sense))
                and not (
                    no_reflexive
                    and cand.sense.alt >= 1
                    and cand.sense.classes & VERB_MASK == _REFLEXIVE_ONLY
                )
                # "sich" a dative beside an accusative object: not "sich setzen" (to sit
                # down), whose "sich" is the accusative; "sich etw. setzen" fits
                and not (
                    dative_reflexive and "sich" in needed and not has_accusative_slot(head.text)
                )
            ):
                if cand.sense.kind == KIND_HEAD and cand.sense.alt == 0:
                    heading.add(head.text)
                # a preposition further from the verb more likely belongs to a noun
                # ("spricht von einer Chance für den Mittelstand")
                distance = max((order[w] for w in needed if w not in STRONG_FRAME), default=0)
                cand.score += max(FRAME_BONUS - FRAME_STEP * distance, FRAME_STEP)
                # a headword using more of the clause's words fits it better: "sich auf
                # etw. vorbereiten" before "jdn. auf etw. vorbereiten" for "sich … auf"
                cand.score += FRAME_STEP * (len(needed) - 1)
                cand.score += later_synonym_penalty(cand.sense)  # the clause says it
                if _keeps_preposition(cand.sense, head.text):
                    cand.score += PREPOSITION_MATCH_BONUS  # "to reckon with sth."
            elif (
                not needed
                and (
                    complement_prepositions(cand.sense)
                    if cand.sense.classes & _NOUN
                    else line_prepositions(cand.sense)
                )
                & order.keys()
            ):
                # the line's usage note names a preposition the clause has:
                # "vermitteln (zwischen jdm./bei etw.) :: to mediate"
                cand.score += FRAME_STEP
        for cand in candidates:
            head = cand.sense.head
            if (
                head is not None
                and cand.sense.kind == KIND_HEAD
                and cand.sense.alt >= 1
                and head.text in heading
                and _after_particle_verb(cand.sense)
            ):
                # "um etw. herumgehen; um etw. gehen :: to walk around sth." translates
                # "herumgehen"; the line headed "um etw. gehen" says the phrase itself
                cand.score -= FRAME_HEADWORD_ELSEWHERE

    def _tiers(self, word: str, lemma: str | None) -> Iterator[Tier]:
        pipeline_lemma = german.clean_token(lemma) if lemma else None
        spellings = german.spelling_variants(word)
        if pipeline_lemma and "ß" in pipeline_lemma:  # the tagger's pre-1996 "Zuschuß"
            spellings = list(dict.fromkeys([*spellings, *german.spelling_variants(pipeline_lemma)]))
        first = [("exact", word, EXACT_BONUS)]
        if pipeline_lemma and pipeline_lemma != word:
            first.append(("lemma", pipeline_lemma, LEMMA_BONUS))
        found = self.senses(list(dict.fromkeys(q.lower() for _s, q, _b in first)))
        guessed: str | None = None
        exact = [s for s in found[word.lower()] if s.key == word]
        if (
            pipeline_lemma
            and len(first) > 1
            and (
                adds_particle(pipeline_lemma, exact)
                or is_split_stem(word, pipeline_lemma)
                or is_split_particle(word, pipeline_lemma)
            )
        ):
            # the analysis joined a separable particle: "nahm … fest" is festnehmen,
            # not nehmen (the form itself comes back in a later tier if Ding lacks it)
            first = [("lemma", pipeline_lemma, PARTICLE_LEMMA_BONUS)]
        elif not any(s.kind in _STRONG_KINDS and not s.flags & FLAG_VERBAL_NOUN for s in exact):
            # Ding lists the form only in a phrase, as a verbal noun, or not at all:
            # simplemma's lemma joins in ("lobte" -> loben, "Opfern" -> Opfer)
            guessed = self.simplemma_lemma(word)
            if guessed and guessed not in (word, pipeline_lemma):
                first.append(("simplemma", guessed, 0.0))
            first += [("case", variant, 0.0) for variant in spellings]
            attributive = attributive_base(word) if not exact else None
            if attributive:  # "weiteren" declines Ding's "weitere(r/s)", not "weit"
                first.append(("exact", attributive, EXACT_BONUS))
            if not exact:  # the suffix rules compete with the lemmas ("mehreren": mehrere)
                rule_hit = self.rule_lemma(word)
                if rule_hit and rule_hit not in (pipeline_lemma, guessed, attributive):
                    first.append(("rules", rule_hit, RULES_BONUS))
            found.update(self.senses(list(dict.fromkeys(q.lower() for _s, q, _b in first))))
            if attributive and not any(
                s.key == attributive and s.classes & _ADJECTIVE for s in found[attributive]
            ):
                first = [q for q in first if q[1] != attributive]
        yield [
            (step, query, [s for s in found[query.lower()] if s.key == query], bonus)
            for step, query, bonus in first
        ]
        base = split_base(word, pipeline_lemma) if pipeline_lemma else None
        if base:  # "bleibe … frei": Ding lacks "freibleiben", not "bleiben" (nor "Bleib!")
            yield [("lemma", base, [s for s in self.matches(base) if s.key == base], 0.0)]
        rule_hit = self.rule_lemma(word)
        if rule_hit:
            yield [("rules", rule_hit, self.matches(rule_hit), 0.0)]
        yield [
            ("case", query, self.matches(query, any_case=True), 0.0)
            for query in (word, pipeline_lemma, guessed, *spellings)
            if query
        ]
        for variant in german.case_variants(word):
            guessed_variant = self.simplemma_lemma(variant)
            if guessed_variant:
                yield [("case", guessed_variant, self.matches(guessed_variant, True), 0.0)]
            rule_variant = self.rule_lemma(variant, any_case=True)
            if rule_variant:
                yield [("case", rule_variant, self.matches(rule_variant, True), 0.0)]

    # --------------------------------------------------------------- ranking

    def rank(
        self,
        senses: list[Sense],
        query: str,
        wanted: int | None,
        bonus: float = 0.0,
        step: str = "exact",
    ) -> list[Candidate]:
        """Score the senses found for ``query``, best first (no entry data needed)."""
        out: list[Candidate] = []
        for sense in senses:
            score = sense.score + bonus
            if sense.key != query:
                score -= CASE_MISMATCH
            score -= later_synonym_penalty(sense)
            if wanted is not None and sense.classes:
                score += POS_MATCH if sense.classes & wanted else -POS_MATCH
                if wanted == _ADVERB_WANTED and sense.classes & _ADVERB:
                    score += ADVERB_BONUS
            out.append(Candidate(sense, score, step, query))
        out.sort(key=lambda c: -c.score)
        return out

    def glosses_of(
        self,
        candidates: list[Candidate],
        limit: int,
        lemma_first: bool = False,
        noun: str = "",
        family: Sequence[str] = (),
        pos: str = "",
        rival: Sequence[str] = (),
    ) -> list[Gloss]:
        """The best ``limit`` glosses over the best senses, duplicates removed.

        A gloss scores its sense's score minus a step per position; a gloss that
        several senses share gains a little for each further sense. With
        ``lemma_first`` (compound parts) the headword's glosses are used rather
        than those of the inflected form. ``noun``: the lemma of a word used as a
        noun; its own lines' glosses gain by how Ding's compounds translate it as
        their head (:func:`~app.dictionary.heads.noun_votes`, :data:`HEAD_VOTE`).
        ``family``: the first English words of the glosses of the verb's noun in -ung
        (:meth:`nominalisation`); the glosses of the family of the first of them that
        has one here gain :data:`FAMILY_BONUS`, unless ``rival`` (the same of the noun
        that is the verb's bare stem) names another of the verb's glosses: the two
        nominalisations disagree ("Versuch: attempt", "Versuchung: temptation"), and the
        one in -ung may come from a narrow sense. ``pos``: the word's part of speech in
        the sentence; an English infinitive on the card of an adjective, adverb or noun
        loses :data:`INFINITIVE_GLOSS_PENALTY` ("vermutlich" is no "to suppose sth."), as
        does an exclamation ("Drop it!") on a noun's.
        """
        votes = heads.noun_votes(noun) if noun else {}
        no_verb = pos.upper() in _NOT_VERB_POS
        noun_card = pos.upper() == "NOUN"
        adverb = pos.upper() == "ADV"
        attributive = pos.upper() in ("ADJ", "DET")
        best: dict[str, list[Any]] = {}  # key -> [score, order, item, votes]
        order = 0
        top = candidates[:RANKED_SENSES]
        self.load([c.sense for c in top])
        # the first English words of the glosses, for a verb's family only (no family: no kin)
        words = [first_word(i[0]) for c in top for i in c.sense.gloss_parts()[0]] if family else []
        kin = _kin(family, words)
        if kin and _disagree(kin, rival, words):  # a kin implies words
            kin = ""  # "versuchen": "Versuch: try" against "Versuchung: temptation"
        for cand in top:
            seen_here: set[str] = set()
            position = 0
            items, own_form = cand.sense.gloss_parts(lemma_first)
            line_vote = 0.0  # the whole Ding line: "Kinder" keeps "children" before "child"
            # a slang, vulgar, pejorative or dated line after the word's plain senses
            marked = MARKED_LINE_PENALTY if marked_line(cand.sense) else 0.0
            regional = REGIONAL_ENGLISH_PENALTY if _regional_only(items) else 0.0
            verb_line = bool(cand.sense.classes & VERB_MASK)
            commoner = _commoner_shifts(items) if _describing(cand.sense.classes) else None
            # the family speaks for the verb's own lines, not a line a phrase with a noun
            # heads ("Auswirkungen auf etw. haben; etw. beeinflussen :: to impact on")
            line_kin = "" if _phrase_headed(cand.sense) else kin
            if votes and cand.sense.lemma == noun:
                own = cand.sense.gloss_parts(True)[0]
                line_vote = HEAD_VOTE * max((heads.vote_of(votes, g[0]) for g in own), default=0.0)
            for index, item in enumerate(items):
                key = item[3]
                if not key or key in seen_here:
                    continue
                seen_here.add(key)
                score = cand.score - GLOSS_STEP * position - marked
                if index < own_form:
                    if cand is top[0]:  # this exact form in the best sense comes first
                        score += FORM_GLOSS_BONUS
                elif own_form:  # "to excuse" repeats "excused": make room for other senses
                    score -= HEADWORD_AFTER_FORM
                if item[4]:
                    score -= MARKED_GLOSS_PENALTY
                if _gap_inside(item[0]):  # "or … for short" is no translation of "kurz"
                    score -= GAP_GLOSS_PENALTY
                if not verb_line and item[0] in ENGLISH_AUXILIARIES:
                    score -= AUXILIARY_GLOSS_PENALTY  # "regelmäßig" is no "will"
                if no_verb and is_infinitive(item[0]):
                    score -= INFINITIVE_GLOSS_PENALTY  # "vermutlich" is no "to suppose"
                if attributive and item[0] in PRONOUNS_ONLY:
                    score -= PRONOUN_GLOSS_PENALTY  # "welchen Kandidaten" is no "whom"
                if noun_card and item[0].endswith("!"):
                    # an exclamation or command translates no noun of a sentence: "vor dem
                    # Aus" is no "Drop it!" (Ding's sub-line of dog commands in a noun entry)
                    score -= INFINITIVE_GLOSS_PENALTY
                if adverb and needs_object(item[0]):
                    score -= PREPOSITION_GLOSS_PENALTY  # "dagegen" is no "compared with"
                if commoner is not None:  # "remarkably; significantly": the common word first
                    score += GLOSS_STEP * commoner[index]
                if len(item[0]) > LONG_GLOSS:  # short glosses first
                    score -= LONG_GLOSS_PENALTY
                score += line_vote - regional  # "Einnahmen :: take [Am.]"
                if line_kin and same_family(first_word(item[0]), line_kin):
                    score += FAMILY_BONUS  # "to examine" of "Prüfung: examination"
                if (index < own_form or not own_form) and cognate(cand.sense.lemma, item[0]):
                    # "Diktator": "dictator" before "strongman"; not a headword's gloss
                    # after the form's ("expert" after "experts" for "Experten")
                    score += COGNATE_BONUS
                position += 1
                order += 1
                entry = best.get(key)
                if entry is None:
                    best[key] = [score, order, item, 0]
                else:
                    entry[3] += 1
                    if score > entry[0]:
                        entry[0], entry[1], entry[2] = score, order, item
        rare_glosses_down(best.values())
        ranked = sorted(best.values(), key=lambda e: (-(e[0] + VOTE * min(e[3], 3)), e[1]))
        ranked = _other_words(ranked, limit)
        return [Gloss(e[2][0], e[2][1], e[2][2]) for e in ranked]

    # ------------------------------------------------------------ word info

    def info(self, found: Found, pos: str, morph: str, original: str) -> WordInfo:
        """The WordInfo of a word whose readings are ``found``: glosses of the
        word's part of speech only, when Ding has any ("Überraschung" the noun
        does not list the adverbs of "zu jds. Überraschung")."""
        candidates = same_class(found.candidates, pos)
        best = candidates[0].sense
        noun = best.lemma if pos.upper() == "NOUN" and best.classes & _NOUN else ""
        family: tuple[str, ...] = ()
        rival: tuple[str, ...] = ()
        if pos.upper() == "VERB":
            family = self.nominalisation(best.lemma)
            rival = self.nominalisation(best.lemma, stem=True) if family else ()
        senses = self.glosses_of(
            candidates, MAX_GLOSSES, noun=noun, family=family, pos=pos, rival=rival
        )
        head = best.head
        gender = head.gender if head and head.gender else None
        article = plural = None
        if gender:
            article = "/".join(ARTICLE_OF_GENDER.get(g, "") for g in gender.split(",")) or None
            if gender != "pl" and head and head.plural:
                plural = head.plural
        data = best.entry_data
        return WordInfo(
            word=original,
            lemma=best.lemma,
            pos=pos or pos_of(data.classes if data else ""),
            gender=gender,
            article=article,
            plural=plural,
            morph=morph,
            glosses=tuple(g.text for g in senses),
            source=SOURCE_NAME,
            headword=head.text if head else best.key,
            senses=tuple(senses),
            match=found.step,
            domains=data.domains if data else "",
            genders=_sense_genders(candidates[:RANKED_SENSES], best.lemma) if gender else "",
        )

    def domains(self, found: Found, pos: str) -> str:
        """The field labels of the best sense of ``found`` for ``pos``: the
        ``domains`` of :meth:`info`, which loads the same senses (a later lookup
        that meets them loaded ranks alike: :func:`foreign_lines_down`)."""
        candidates = same_class(found.candidates, pos)
        self.load([c.sense for c in candidates[:RANKED_SENSES]])
        data = candidates[0].sense.entry_data
        return data.domains if data else ""

    def nominalisation(self, lemma: str, stem: bool = False) -> tuple[str, ...]:
        """The first English words of the first :data:`FAMILY_GLOSSES` glosses of the
        noun in -ung that Ding has for the verb ``lemma`` ("prüfen": "Prüfung:
        examination; test" -> ("examination", "test")), or () (no such noun:
        "kommen"). With ``stem``: of the noun that is the verb's bare stem ("versuchen":
        "Versuch: attempt; try")."""
        make = german.stem_noun if stem else german.ung_noun
        noun = make(lemma.split()[-1]) if lemma else None
        if noun is None:
            return ()
        found = self.find(noun, noun, "NOUN", "Number=Sing")
        if found is None or found.candidates[0].sense.lemma != noun:
            return ()  # a compound part or another word's form is no nominalisation
        return tuple(first_word(g.text) for g in self.glosses_of(found.candidates, FAMILY_GLOSSES))

    def part(self, text: str, found: Found) -> CompoundPart:
        """A compound part with the glosses of its headword."""
        glosses = self.glosses_of(found.candidates, PART_GLOSSES, lemma_first=True)
        return CompoundPart(text, found.candidates[0].sense.lemma, tuple(g.text for g in glosses))


def _other_words(ranked: Sequence[list[Any]], limit: int) -> list[list[Any]]:
    """The first ``limit`` of ``ranked`` ([score, order, gloss item, votes], best first)
    without a gloss that is a form of an English word an earlier one shows ("voices;
    voice; votes" -> "voices; votes"; "stood for; meant; to stand for" -> "stood for;
    meant"; :func:`~app.dictionary.inflection.same_word`): the form the ranking put first
    (the exact German form's sub-entry, a plural for a plural) stays, and the next
    different sense moves up."""
    kept: list[list[Any]] = []
    for entry in ranked:
        key = entry[2][3]
        infinitive = entry[2][0].startswith("to ")
        if any(
            same_word(key, other[2][3], infinitive and other[2][0].startswith("to "))
            for other in kept
        ):
            continue
        kept.append(entry)
        if len(kept) == limit:
            break
    return kept


#: English labels of a region's usage outside Ding's own British English ("take [Am.]"):
#: Ding writes British English first ("defence [Br.]; defense [Am.]") and its British
#: idioms ("to flag up sth. [Br.]") are the card's English.
_ENGLISH_REGIONS = frozenset({"Am.", "Austr.", "Sc.", "Irish", "Can.", "NZ", "Ind."})


#: Inseparable prefixes that make a verb of its own from a base verb ("gründen" ->
#: "begründen", "stellen" -> "verstellen").
_INSEPARABLE_PREFIXES = ("be", "ge", "er", "ver", "zer", "ent", "emp", "miss")
#: A headword itself or one of its verb forms ("begründete" of "begründen").
_VERB_HEAD_KINDS = frozenset({KIND_HEAD, KIND_VERBFORM})


def base_verb_lines_down(candidates: Sequence[Candidate]) -> None:
    """Rank down by :data:`BASE_VERB_LINE` a verb's line that it reaches as a later
    headword after its own base verb ("etw. gründen; begründen; stiften :: to found"
    for "begründen"): the line translates the base verb, which the prefixed verb
    matches in one sense only; its own lines ("begründen :: to give reasons for") say
    what it usually means. Only loaded senses are looked at."""
    for cand in candidates:
        sense = cand.sense
        if (
            sense.kind not in _VERB_HEAD_KINDS
            or sense.alt == 0
            or sense.entry_data is None
            or not sense.classes & VERB_MASK
        ):
            continue
        base = _first_head_verb(sense)
        lemma = sense.lemma.split()[-1].lower()
        if len(base) > 3 and any(lemma == prefix + base for prefix in _INSEPARABLE_PREFIXES):
            cand.score -= BASE_VERB_LINE


def _first_head_verb(sense: Sense) -> str:
    """The last word, lower case, of the first headword of the line ``sense`` is in
    ("gründen" of "etw. gründen; begründen; stiften"), or "" when not loaded."""
    if sense.entry_data is None:
        return ""
    first = head_at(sense.entry_data.heads, 0)
    return first.text.split()[-1].lower() if first is not None and first.text else ""


def _sub_phrase(sense: Sense) -> str:
    """The phrase of a sub-entry a sense reaches its form in, or "": "auf etw. sitzen |
    … | sich auf etw. niederlassen; sich auf etw. setzen" for "setzen" is "sich auf
    etw. setzen", whose frame words the clause must have besides the line's."""
    sub = sense.sub_data
    if sense.kind == KIND_HEAD or not sense.sub or sub is None:
        return ""
    key = sense.key.lower()
    for index in range(sub.heads.count(RS) + 1):
        phrase = head_at(sub.heads, index)
        words = phrase.text.split() if phrase is not None else []
        if len(words) > 1 and key in (w.lower() for w in words):
            return " ".join(words)
    return ""


#: English verbs whose subject is an event: a German frame headword with a preposition
#: glossed so ("zu etw. kommen :: to come about") is the impersonal construction "es
#: kommt zu etw.", not a clause with a subject of its own ("Die Mitglieder kamen zur
#: Versammlung": to come). Not a reflexive alone: "Endlich tut sich was" (to happen).
_EVENT_VERBS = frozenset(
    {"to come about", "to happen", "to occur", "to arise", "to ensue", "to take place"}
)


def _event_line(sense: Sense) -> bool:
    """Whether the first gloss of the (loaded) line of ``sense`` is an event verb."""
    glosses = sense.glosses()
    return bool(glosses) and glosses[0][0] in _EVENT_VERBS


def _subject_note(sense: Sense) -> str:
    """ "Person" or "Sache" when a verb line's German note says what its subject is
    ("abbauen {vi} (Person) :: to go downhill"; "um etw. gehen; sich um etw. drehen
    {vr} (Sache) :: to be about sth."), else ""."""
    data = sense.entry_data
    if data is None or not sense.classes & VERB_MASK:
        return ""
    notes = {
        word
        for index in range(data.heads.count(RS) + 1)
        if (head := head_at(data.heads, index)) is not None
        for word in head.comments.replace(",", " ").replace(";", " ").split()
    }
    found = notes & {"Person", "Sache"}
    return found.pop() if len(found) == 1 else ""


def _after_particle_verb(sense: Sense) -> bool:
    """Whether the line that ``sense`` reaches as a later headword begins with a verb
    made of its own verb and a particle or prefix ("um etw. herumgehen; um etw. gehen"
    for "gehen"): the line's English says the longer verb's sense."""
    verb = _first_head_verb(sense)
    own = sense.lemma.split()[-1].lower()
    return len(own) > 3 and len(verb) > len(own) and verb.endswith(own)


def _phrase_headed(sense: Sense) -> bool:
    """Whether the line that ``sense`` reaches as a later headword begins with a phrase
    around a noun ("Auswirkungen auf jdn./etw. haben; jdn./etw. beeinflussen :: to impact
    on sb./sth."): its English translates that phrase, a verb listed beside it only
    shares the sense."""
    if sense.kind != KIND_HEAD or sense.alt == 0 or sense.entry_data is None:
        return False
    first = head_at(sense.entry_data.heads, 0)
    words = first.text.split() if first is not None else []
    return len(words) > 1 and any(w[:1].isupper() for w in words)


def _regional_only(items: Sequence[Any]) -> bool:
    """Whether every gloss of a Ding line carries the same label of an English region
    other than Britain (:data:`_ENGLISH_REGIONS`), so that the line is no pair of
    spellings ("defence [Br.]; defense [Am.]") but one region's usage ("Einnahmen ::
    take [Am.]"), a poor first gloss for a learner."""
    regions = [
        {label for label in item[1].replace(",", " ").split() if label in _ENGLISH_REGIONS}
        for item in items
    ]
    if not regions or not all(regions):
        return False
    return len(set().union(*regions)) == 1


def _plural_er_unlisted(word: str, key: str) -> bool:
    """Whether ``word`` would be the noun ``key`` with the plural ending -er, which Ding
    does not list for it: Ding gives a noun's plural ("Kind | Kinder", "Rang | Ränge"),
    so a plural in -er it lacks is no form of that noun ("Ranger" is no "Rang", "Tracker"
    no "Track"). A comparative in -er of an adjective ("kleiner") keeps its rule."""
    low = word.lower()
    return key[:1].isupper() and low.endswith("er") and low[:-2] == key.lower()


def _gap_inside(gloss: str) -> bool:
    """Has the gloss a gap with words after it ("or … for short"), not only at its
    end ("to comment that …")?"""
    head, gap, tail = gloss.partition("…")
    return bool(gap) and bool(head.strip()) and any(c.isalpha() for c in tail)


def _fields_of(sense: Sense) -> list[str]:
    """The Ding field labels of a loaded sense's line ("mil.", "econ.")."""
    data = sense.entry_data
    return data.domains.replace(",", " ").split() if data and data.domains else []


def _plain_glosses(candidates: Sequence[Candidate], fields: frozenset[str]) -> set[tuple[str, str]]:
    """(lemma, gloss key) of every headword gloss of the loaded lines among
    ``candidates`` that carry none of ``fields``: what the word says outside them."""
    return {
        (cand.sense.lemma, item[3])
        for cand in candidates
        if fields.isdisjoint(_fields_of(cand.sense))
        for item in cand.sense.gloss_parts(True)[0]
        if item[3]
    }


def _says_plainly(sense: Sense, plain: set[tuple[str, str]]) -> bool:
    """Whether the first headword gloss of a field's line is also a gloss of a line of
    the same headword without the field (``plain``, :func:`_plain_glosses`): "Aktion
    [mil.] :: action; operation" and "Aktion :: action". The field then narrows the
    line's later glosses, not the word's everyday sense."""
    items = sense.gloss_parts(True)[0]
    return bool(items) and (sense.lemma, items[0][3]) in plain


def _kin(family: Sequence[str], words: Sequence[str]) -> str:
    """The first of the nominalisation's English words (``family``) that a verb gloss's
    first word (``words``) is of one family with, or "": "Ankündigung: notice;
    announcement" -> "announcement" for "to advertise; to announce"."""
    return next((f for f in family if f and any(same_family(w, f) for w in words)), "")


def _disagree(kin: str, rival: Sequence[str], words: Sequence[str]) -> bool:
    """Whether the bare-stem noun's English words (``rival``) name the verb's first gloss
    (``words[0]``, the first of its best sense: the same word or one of a family) and the
    noun in -ung's ``kin`` does not: "Versuch: test; try" names "to try",
    "Versuchung: temptation" only "to tempt". A bare noun that names a later gloss
    ("Lager: camp" for "lagern") leaves the -ung noun's choice ("Lagerung: storage")."""
    first = words[0]
    if not first or same_family(first, kin):
        return False
    return any(first == noun_word or same_family(first, noun_word) for noun_word in rival)


_MORPH_GENDER = {f"Gender={ud}": gender for gender, ud in UD_GENDER.items()}  # -> "m"


def morph_gender(morph: str) -> str:
    """The gender ("m", "f", "n") the lookup key's morphology gives, or ""."""
    for feature in morph.split("|"):
        gender = _MORPH_GENDER.get(feature)
        if gender:
            return gender
    return ""


def _line_genders(sense: Sense) -> frozenset[str]:
    """The genders ("m", "f", "n") of the headword a noun's line is read by (loaded)."""
    head = sense.head
    if head is None or not head.gender:
        return frozenset()
    return frozenset(g for g in head.gender.split(",") if g in ("m", "f", "n"))


#: Ding's labels of a regional word ("Service {n} [Ös.]": Austrian).
_REGIONAL = frozenset({"Ös.", "Schw.", "südd.", "norddt.", "BW", "Bayr.", "ostdt.", "Dt."})


def _sense_genders(candidates: Sequence[Any], lemma: str) -> str:
    """The genders Ding leaves possible for ``lemma`` when its loaded noun entries among
    ``candidates`` differ ("See": die See / der See: "m,f"), joined in m, f, n order;
    a regional entry ("das Service" [Ös.]) excludes no gender ("m,f,n": the standard
    German one may be another); "" when the entries agree and none is regional. A verb's
    infinitive used as a neuter noun ("das Laden": loading) is no second gender of the
    noun ("der Laden": shop): any infinitive can be one."""
    found: set[str] = set()
    regional = False
    for cand in candidates:
        sense = cand.sense
        head = sense.head if sense.lemma == lemma else None
        if head is None or not head.gender or head.gender == "pl":
            continue
        if sense.flags & FLAG_VERBAL_NOUN:
            continue
        found.update(_line_genders(sense))
        regional = regional or not _REGIONAL.isdisjoint(head.labels.split(", "))
    if regional:
        return "m,f,n"
    if len(found) > 1:
        return ",".join(g for g in "mfn" if g in found)
    return ""
