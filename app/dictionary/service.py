"""The :class:`Dictionary`: opening the database and answering hover lookups.

Opening never raises: a missing or corrupt database gives a dictionary that
answers with lemma and part of speech only, plus one message in
:attr:`Dictionary.error`; a damaged installed copy is unpacked again once.
:meth:`Dictionary.lookup` never raises either and keeps the last results in a
small memo. The chain itself is :mod:`app.dictionary.lookup`, the last step
(compounds) :mod:`app.dictionary.compound`. No Qt here.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from app.dictionary import correlatives, german
from app.dictionary.compound import compound_info, written_particles
from app.dictionary.context import Context, Sentence, split_frame, split_topic, with_topic
from app.dictionary.copulas import predicate_participle_first
from app.dictionary.correlates import VERB_OF_ADVERB, with_verb_frame
from app.dictionary.correlatives import GAP, correlative_first, split_second_parts
from app.dictionary.degree import comparative_first, no_longer_first
from app.dictionary.derived_nouns import derived_noun_info, phrase_head_info
from app.dictionary.english import loanword, reflexives_for
from app.dictionary.feminine import feminine_info
from app.dictionary.lookup import MAX_GLOSSES, Lookup
from app.dictionary.model import Gloss, WordInfo, senses_first
from app.dictionary.numerals import clock_time_first, numeral_adjective_info, up_to_first
from app.dictionary.objects import (
    AMOUNT_CHANGE,
    CLAUSE_NOUNS,
    IMPERSONAL,
    NO_REFLEXIVE,
    NOT_PERSON,
    STATE,
    THING_OBJECT,
    amount_change,
    clause_nouns,
    impersonal,
    no_reflexive,
    number_objects,
    quality_after_als,
    saying_first,
    thing_object,
    thing_phrases,
)
from app.dictionary.owners import spouse_first
from app.dictionary.participle_nouns import participle_noun_info
from app.dictionary.particles import particle_first, split_marks
from app.dictionary.phrase_votes import phrase_sense_first, phrase_words
from app.dictionary.phrases import Phrases, joined_phrase, with_phrases
from app.dictionary.place_adjectives import (
    attributive,
    place_adjective_info,
    unknown_place_adjective_info,
)
from app.dictionary.predicatives import PredicativeFrames
from app.dictionary.preferences import (
    MODAL_PARTICLE,
    NUMBER_BEFORE,
    NUMBER_FOLLOWS,
    following_preposition,
    modal_particle,
    number_before,
    number_follows,
)
from app.dictionary.ranking import CLASS_BITS, VERB_MASK
from app.dictionary.store import DictionaryUnavailable, Progress, Store, locate, reinstallable
from app.dictionary.text_compounds import compound_words, text_sense_first
from app.grammar import is_split_particle

_RESULT_CACHE_SIZE = 20_000
_ADJECTIVE = CLASS_BITS["adj"]
#: Letters of the word before a verb that Ding may join to it ("bekannt"); shorter
#: words are prepositions or function words ("zu gehen", "so", "da").
_JOINED_MIN = 4
#: The second halves of circumpositions and the prepositions that open them ("aus dem
#: Ausland heraus", "über das Jahr hinaus"), at most :data:`_CIRCUMPOSITION_REACH` words
#: before: such a word before a verb is no particle of it.
_CIRCUMPOSITION_OPENERS = {"heraus": frozenset({"aus"}), "hinaus": frozenset({"über", "übers"})}
_CIRCUMPOSITION_REACH = 5


def _closes_circumposition(sentence: Sentence, position: int) -> bool:
    """Whether the word at ``position`` closes a circumposition that a preposition a few
    words before it opens ("aus einem Callcenter im Ausland heraus"); a verb joined with
    it would be another verb ("herausoperieren")."""
    openers = _CIRCUMPOSITION_OPENERS.get(sentence[position][0].lower())
    if openers is None:
        return False
    start = max(0, position - _CIRCUMPOSITION_REACH)
    return any(sentence[j][0].lower() in openers for j in range(start, position))


#: Ding's classes of a word joined with the word before, by the word's part of speech.
_JOINED_CLASSES = {"VERB": VERB_MASK, "ADJ": CLASS_BITS["adj"]}
_TOPIC_CACHE_SIZE = 2_000
#: Nouns nearby whose best sense has a field label that make it the text's field.
TOPIC_VOTES = 2


def _neuter_of_other_gender(info: WordInfo, morph: str) -> bool:
    """A neuter noun phrase ("das Nächste", "als Nächstes") whose word Ding lists only as
    a noun of another gender: a neuter adjective used as a noun names a thing, with the
    adjective's meaning."""
    genders = (info.gender or "").split(",")
    neuter = "Gender=Neut" in morph.split("|")
    return neuter and bool(info.gender) and "n" not in genders and "pl" not in genders


def _word_after_code(word: str) -> bool:
    """ "CO2-Zertifikate": a hyphenated word whose first part has digits (a formula, a
    model, a group, or a number: "70-Quadratmeter-Wohnung", whose head is the last
    word) and whose last part is a word."""
    first, _, rest = word.strip().partition("-")
    last = rest.rpartition("-")[2]
    return any(ch.isdigit() for ch in first) and german.clean_token(last) is not None


class Dictionary:
    """Lookups in the offline dictionary; falls back to lemma and POS without it."""

    def __init__(self, path: object = None, progress: Progress | None = None) -> None:
        """Open the database at ``path`` (default: locate or install it)."""
        self.error: str | None = None
        self.description: str | None = None
        self.path: Path | None = None
        self._lookup: Lookup | None = None
        self._phrases: Phrases | None = None
        self._states: PredicativeFrames | None = None
        self._topic_votes: OrderedDict[tuple[str, ...], dict[str, set[str]]] = OrderedDict()
        self._domains: OrderedDict[str, str] = OrderedDict()
        self._cache: OrderedDict[tuple[str, str, str, str, str], WordInfo] = OrderedDict()
        self._lock = threading.Lock()
        try:
            store = _open_store(path, progress)
        except DictionaryUnavailable as exc:
            self.error = f"{exc} Showing lemma and part of speech only."
            return
        except Exception as exc:  # never let the dictionary stop the app
            self.error = (
                f"The offline dictionary could not be opened ({type(exc).__name__}: {exc})."
                " Showing lemma and part of speech only."
            )
            return
        self.path = store.path
        self._lookup = Lookup(store)
        self._phrases = Phrases(store)
        self._states = PredicativeFrames(store)
        meta = store.meta
        self.description = (
            f"Ding {meta.get('source_version', '')} (TU Chemnitz, {meta.get('license', '')}),"
            f" {int(meta.get('entries', '0')):,} entries — {store.path}"
        )

    @property
    def available(self) -> bool:
        return self._lookup is not None

    def lookup(
        self, word: str, lemma: str | None = None, pos: str = "", morph: str = "", frame: str = ""
    ) -> WordInfo:
        """Everything the hover shows for one token; never raises.

        ``frame`` names the prepositions, "als" and "sich" in a verb's clause
        (:func:`app.grammar.clause_frame`): "mit" makes "mit etw. rechnen" the
        reading of "rechnet"; after :data:`app.dictionary.phrases.CONTEXT_MARK` it
        carries the word's sentence, whose fixed phrases come first ("zur
        Verfügung stehen: to be available").
        """
        try:
            key = (word, lemma or "", pos or "", morph or "", frame or "")
            with self._lock:
                cached = self._cache.get(key)
            if cached is not None:
                return cached
            ctx = split_frame(frame or "")
            if ctx.position >= 0 or ctx.topic:
                fields = self._fields(ctx.topic, word, lemma or "")
                verb_frame, marks = split_marks(ctx.frame)  # "etwa" in a question
                verb_frame, second_parts = split_second_parts(verb_frame)  # "je …, desto"
                joined = self._joined_verb(ctx.sentence, ctx.position, lemma or "", pos or "")
                if joined is not None:  # "bekannt gegeben": bekanntgeben, to announce
                    word, lemma = ctx.sentence[ctx.position - 1][0] + word.lower(), joined
                if (pos or "").upper() == "VERB" and thing_object(ctx.sentence, ctx.position):
                    verb_frame = f"{verb_frame} {THING_OBJECT}".strip()  # not "jdn. einstellen"
                if (pos or "").upper() == "VERB" and no_reflexive(ctx.sentence):
                    verb_frame = f"{verb_frame} {NO_REFLEXIVE}".strip()  # not "sich rechnen"
                if (pos or "").upper() == "VERB":  # "liegt bei elf Millionen": no person
                    no_person = number_objects(ctx.sentence, ctx.position)
                    no_person += quality_after_als(ctx.sentence, ctx.position)  # "gilt als …"
                    # "kamen zur Versammlung": no "zu jdm. kommen"
                    no_person += thing_phrases(ctx.sentence, ctx.position)
                    for preposition in no_person:
                        verb_frame = f"{verb_frame} {NOT_PERSON}:{preposition}".strip()
                if (pos or "").upper() == "VERB" and amount_change(ctx.sentence, ctx.position):
                    # "um 8,4 Prozent auf 1,56 Milliarden zurückgegangen": decreased; a
                    # number after "auf"/"von" is a level, no object ("auf etw. zurückgehen")
                    # "um" itself stays: "bat um 500 Euro" (um etw. bitten), "es geht um
                    # drei Millionen" (um etw. gehen); no verb of change has an "um" line
                    numbers = set(number_objects(ctx.sentence, ctx.position)) - {"um"}
                    kept = [w for w in verb_frame.split() if w.split(":")[-1] not in numbers]
                    verb_frame = " ".join([*kept, AMOUNT_CHANGE])
                if (pos or "").upper() == "VERB" and impersonal(ctx.sentence, ctx.position):
                    verb_frame = f"{verb_frame} {IMPERSONAL}".strip()  # "gibt es": there is
                if (pos or "").upper() == "VERB" and ctx.sentence:
                    # "den Präsidenten gewählt": not "(Telefonnummer) wählen :: to dial"
                    verb_frame = f"{verb_frame} {clause_nouns(ctx.sentence)}".strip()
                if (
                    (pos or "").upper() in ("ADV", "ADJ")
                    and not verb_frame
                    and number_follows(ctx.sentence, ctx.position)
                ):
                    verb_frame = NUMBER_FOLLOWS  # "gut elf Millionen": a good
                    if word.lower() == (lemma or word).lower():
                        pos = "ADV"  # an uninflected adjective before a number is its adverb
                if (
                    (pos or "").upper() == "ADV"
                    and not verb_frame
                    and modal_particle(word, ctx.position, ctx.sentence)
                ):
                    verb_frame = MODAL_PARTICLE  # "Das wird wohl länger dauern": presumably
                if (pos or "").upper() == "NOUN" and not verb_frame:
                    # "Mangel an Fachkräften": the line "Mangel (an etw.) :: shortage"
                    verb_frame = following_preposition(ctx.sentence, ctx.position)
                    if number_before(ctx.sentence, ctx.position):  # "7,5 Tonnen": tonnes
                        verb_frame = f"{verb_frame} {NUMBER_BEFORE}".strip()
                info = self.lookup(word, lemma, pos, morph, with_topic(verb_frame, fields))
                found = []
                if self._phrases is not None and ctx.sentence:
                    found = self._phrases.found(
                        word, info.lemma or lemma or word, ctx.position, ctx.sentence
                    )
                if not found and (pos or "").upper() == "NOUN":
                    # "Mannschaft": team, as Ding's phrases with it say, before "crew"
                    info = self._phrase_sense(info)
                if ctx.compounds and not found and (pos or "").upper() == "NOUN":
                    # "das Land" in a text with "Landesregierung": state (not in "auf dem Land")
                    info = text_sense_first(info, self._compound_votes(info.lemma, ctx.compounds))
                info = with_phrases(info, found, MAX_GLOSSES)
                if ctx.position > 0 and (pos or "").upper() == "NOUN":  # "um 3 Uhr": o'clock
                    before = ctx.sentence[ctx.position - 1][0] if ctx.sentence else ""
                    info = clock_time_first(info, before, MAX_GLOSSES)
                if ctx.sentence and not found and (pos or "").upper() == "NOUN":
                    # "mit ihrem Mann": husband, "meiner verstorbenen Frau": wife
                    info = spouse_first(info, ctx.sentence, ctx.position, morph or "", MAX_GLOSSES)
                if ctx.sentence and not found:  # "niemand mehr": no longer, any more
                    info = no_longer_first(info, ctx.sentence, ctx.position, MAX_GLOSSES)
                if second_parts or (ctx.sentence and not found):
                    # "Je weniger …, desto": the … the; "je Kilo": per; "umso größer": all the
                    info = self._correlative_first(
                        info, word, ctx.sentence, ctx.position, second_parts
                    )
                if ctx.sentence and not found and (pos or "").upper() != "VERB":
                    # "etwa durch …": for example; "erst nach …": only; "fast": almost
                    info = particle_first(info, ctx.sentence, ctx.position, MAX_GLOSSES, marks)
                if ctx.sentence and (pos or "").upper() == "ADJ":  # "frei werdende": becoming
                    info = predicate_participle_first(info, ctx.sentence, ctx.position, MAX_GLOSSES)
                if ctx.sentence and not found:  # "bis zu 45 Minuten": up to
                    following = ctx.sentence[ctx.position + 1 : ctx.position + 3]
                    after = [form for form, _lemma, _noun in following]
                    previous = ctx.sentence[ctx.position - 1][0] if ctx.position > 0 else ""
                    info = up_to_first(info, after, MAX_GLOSSES, previous.lower())
                    # "…, hieß es am Dienstag": it was said
                    info = saying_first(info, word, ctx.sentence, ctx.position, MAX_GLOSSES)
                if ctx.sentence:  # "Der Landshuter Stadtrat": of Landshut, the tagger's noun
                    info = attributive(info, ctx.sentence, ctx.position)
                if not info.glosses and (pos or "").upper() == "NOUN":
                    # "die Paderborner Abwehr": a noun in -er before a noun is a town's
                    # adjective, also of a town Ding lacks ("of Paderborn")
                    info = self._place_before_noun(info, word, morph or "", ctx)
            else:
                info = self._compute(word, lemma, pos or "", morph or "", frame or "")
            with self._lock:
                self._cache[key] = info
                if len(self._cache) > _RESULT_CACHE_SIZE:
                    self._cache.popitem(last=False)
            return info
        except Exception:  # a bug must never take the hover down
            return empty_info(word, lemma, pos, morph)

    def _two_part_lines(self, word: str) -> list[tuple[str, list[str]]]:
        """(headword, glosses) of the Ding lines of ``word`` whose headword has a gap
        ("je … desto :: the … the")."""
        if self._lookup is None:
            return []
        senses = self._lookup.matches(word, any_case=True)
        self._lookup.load(senses)
        return [
            (head.text, [item[0] for item in sense.glosses()])
            for sense in senses
            if (head := sense.head) is not None and GAP in head.text
        ]

    def _joined_verb(self, sentence: Sentence, position: int, lemma: str, pos: str) -> str | None:
        """The verb or adjective Ding writes as one word of the word before and the
        word's ``lemma`` ("bekannt gegeben": bekanntgeben, "groß angelegte":
        großangelegt), or None. Ding spells such words joined where a text may not;
        the word before must be no noun, have :data:`_JOINED_MIN` letters ("zu gehen"
        is no "zugehen") and not open the clause ("Hinzu kommt": not Ding's
        "hinzukommen: to come along", though that is the verb). A verb Ding cites only
        with "sich" needs a reflexive pronoun in the clause ("hat ihn gehen lassen" is
        no "sich gehenlassen")."""
        wanted = _JOINED_CLASSES.get(pos.upper())
        if wanted is None or not lemma or self._lookup is None or position < 2:
            # the clause's first word before its verb: fronted ("Hinzu kommt, dass")
            return None
        form, _lemma, noun = sentence[position - 1]
        if noun or len(form) < _JOINED_MIN or not form.isalpha():
            return None
        if _closes_circumposition(sentence, position - 1):
            return None  # "aus einem Callcenter heraus operieren": not herausoperieren
        joined = form + lemma.lower()
        found = self._lookup.find(joined, joined, pos.upper())
        if found is None:
            return None
        best = found.candidates[0].sense
        if best.head is not None and best.head.text.startswith("sich ") and no_reflexive(sentence):
            return None  # "hat ihn gehen lassen": no "sich gehenlassen" without a reflexive
        return joined if best.lemma == joined and best.classes & wanted else None

    def _compute(
        self, word: str, lemma: str | None, pos: str, morph: str, frame: str = ""
    ) -> WordInfo:
        if not isinstance(word, str):
            return empty_info("", None, pos, morph)
        if self._lookup is None:
            return WordInfo(word=word, lemma=lemma or word, pos=pos, morph=morph, source="")
        clean = german.clean_token(word)
        if clean is None:
            numeral = numeral_adjective_info(word.strip(), word, pos, morph)  # "84-jährige"
            if numeral is None and _word_after_code(word):
                # "CO2-Zertifikate", "G7-Gipfel": a formula or code before a word; the
                # compound keeps the code as it is and glosses the word
                numeral = compound_info(self._lookup, word.strip(), word, lemma, pos, morph)
            return numeral or empty_info(word, lemma, pos, morph)
        lookup = self._lookup
        if pos == "NOUN" and clean.islower():  # "190 mehr als": German capitalises nouns
            pos, lemma = "", (lemma if lemma and lemma.islower() else None)
        if lemma and is_split_particle(clean, lemma):
            pos = "VERB"  # "an" in "kündigte … an": the hover shows ankündigen
        frame, topic = split_topic(frame)
        marks = frame.split()
        hinted = [w for w in marks if w.startswith(CLAUSE_NOUNS)]
        nouns = None
        if hinted:  # the clause's nouns: "(Telefonnummer) wählen" only with a number
            marks = [w for w in marks if w not in hinted]
            frame = " ".join(marks)
            nouns = frozenset(n for n in hinted[0][len(CLAUSE_NOUNS) :].split(",") if n)
        states = [w for w in marks if w.startswith(STATE + ":")]
        if states:  # "seien auf Hilfe angewiesen": to be dependent on
            frame = " ".join(w for w in marks if w not in states)
            prepositions = states[0].partition(":")[2].replace(",", " ")
            state = (
                self._states.info(clean, word, prepositions, morph, pos or "VERB")
                if self._states
                else None
            )
            if state is not None:
                return state
        verb_frame = frame if frame.startswith(VERB_OF_ADVERB) else ""
        if verb_frame:
            frame = ""
        found = lookup.find(clean, lemma, pos, morph, frame, topic, nouns)
        if (found is None or found.step == "case") and pos.upper() not in ("NOUN", "PROPN"):
            written = self._written_particle(clean, word, pos, morph)
            if written is not None:  # "im Hafen rum": herum (around), not the drink
                return written
        if found is not None and verb_frame:
            return with_verb_frame(lookup, lookup.info(found, pos, morph, word), clean, verb_frame)
        if (
            found is not None
            and pos == "ADJ"
            and not found.candidates[0].sense.classes & _ADJECTIVE
        ):
            place = place_adjective_info(lookup, clean, word, pos, morph)
            if place is not None:  # "die Berliner Polizei": of Berlin, not Ding's doughnut
                return place
        if found is not None:
            nominal = participle_noun_info(lookup, clean, word, pos, morph, found)
            info = nominal or lookup.info(found, pos, morph, word)
            if pos == "PRON" and any(g.endswith(("self", "selves")) for g in info.glosses):
                return reflexive_first(info, reflexives_for(morph), MAX_GLOSSES)
            if pos == "ADJ" and "Degree=Cmp" in morph.split("|"):
                return comparative_first(info, MAX_GLOSSES)  # "höhere": higher
            if pos == "NOUN" and _neuter_of_other_gender(info, morph):
                low = clean.lower()
                adjective = lookup.find(low, (lemma or clean).lower(), "ADJ")
                if adjective is not None and adjective.candidates[0].sense.classes & _ADJECTIVE:
                    # looked up once: what _compute gives an adjective Ding lists as one
                    thing = lookup.info(adjective, "ADJ", "", low)
                    if thing.glosses:
                        # "als Nächstes": the next thing (the adjective), not Ding's only
                        # noun "der Nächste: neighbour"
                        return replace(thing, word=word, pos="NOUN")
            return info
        feminine = feminine_info(lookup, clean, word, pos, morph)
        if feminine is not None:
            return feminine
        derived = derived_noun_info(lookup, clean, word, pos, morph)
        if derived is not None:  # "Hydrologin": hydrologist
            return derived
        numeral = numeral_adjective_info(clean, word, pos, morph)
        if numeral is not None:  # "sechswöchigen": six-week
            return numeral
        joined = joined_phrase(self._phrases, clean) if self._phrases is not None else None
        if joined is not None:  # "zulasten": zu Lasten, at the expense
            senses = (Gloss(f"{joined.text}: {joined.gloss}"),)
            return WordInfo(word=word, lemma=clean, pos=pos, morph=morph, glosses=(senses[0].text,),
                            senses=senses, match="phrase")  # fmt: skip
        place = place_adjective_info(lookup, clean, word, pos, morph)
        if place is not None:  # "Bayreuther": of Bayreuth
            return place
        compound = compound_info(lookup, clean, word, lemma, pos, morph, topic)
        if compound is not None:
            return compound
        place = unknown_place_adjective_info(clean, word, lemma, pos, morph)
        if place is not None:  # "Hamelner": of Hameln, a town Ding lacks
            return place
        headed = phrase_head_info(self._phrases, clean, word, pos, morph) if self._phrases else None
        if headed is not None:  # "Fertigung": "industrielle Fertigung: manufacturing", …
            return headed
        english = loanword(clean) if (pos or "").upper() == "NOUN" else None
        if english is not None:  # "die Ranger": rangers
            return WordInfo(word=word, lemma=clean, pos=pos, morph=morph, glosses=(english,),
                            senses=(Gloss(english),), match="loanword")  # fmt: skip
        return empty_info(word, lemma, pos, morph)

    def _written_particle(self, clean: str, word: str, pos: str, morph: str) -> WordInfo | None:
        """The glosses of the written adverb behind a spoken short one ("rum": herum,
        "ran": heran) that Ding has only as another word's case ("Rum") or not at all."""
        if self._lookup is None:
            return None
        for full in written_particles(clean):
            found = self._lookup.find(full, full, "ADV")
            if found is not None and found.step == "exact":
                info = self._lookup.info(found, pos, morph, word)
                if info.glosses:
                    return info
        return None

    def _place_before_noun(self, info: WordInfo, word: str, morph: str, ctx: Context) -> WordInfo:
        """The town's adjective "of PLACE" of a word in -er that no step glossed as the
        tagger's noun, when a noun follows it in the sentence: German puts no noun
        before another without a case ending or a hyphen, but the indeclinable place
        adjective ("die Paderborner Abwehr") stands just there
        (:func:`~app.dictionary.place_adjectives.unknown_place_adjective_info`)."""
        following = ctx.sentence[ctx.position + 1 : ctx.position + 2]
        if not following or not following[0][2] or not following[0][0][:1].isalpha():
            return info
        place = unknown_place_adjective_info(word, word, word, "ADJ", morph)
        return place if place is not None else info

    def _phrase_sense(self, info: WordInfo) -> WordInfo:
        """``info`` with the gloss Ding's phrases with the noun use most first
        (:func:`~app.dictionary.phrase_votes.phrase_sense_first`); a noun of Ding's own
        only, not one glossed from its parts, nor one whose senses differ in gender."""
        if self._phrases is None or info.match == "compound" or not info.lemma or info.genders:
            return info  # "der See" / "die See": the gender chose the sense
        rows = self._phrases.rows([info.lemma.lower()])
        # noun phrases only: a verb's phrase ("in Betrieb nehmen") is an idiom of its own
        words = phrase_words(info.lemma, [(row[1], row[4]) for row in rows if not row[3]])
        return phrase_sense_first(info, words)

    def _correlative_first(
        self,
        info: WordInfo,
        word: str,
        sentence: Sentence,
        position: int,
        second_parts: frozenset[str],
    ) -> WordInfo:
        """``info`` of the first word of a two-part conjunction whose second part follows
        (``second_parts``, marked by the reading layer: "Je …, desto …", "weder … noch")
        with its gap headwords' lines first; else of "je", "desto" or "umso" with the
        reading its next word asks for first (:func:`app.dictionary.correlatives.reading`):
        the gap headwords "je … desto/umso" ("the … the") before a comparative, Ding's
        lines of "je" as a preposition ("per") before a noun, "all the" for "umso"."""
        if second_parts:
            lines = self._two_part_lines(word)
            return correlative_first(info, lines, word, second_parts, MAX_GLOSSES)
        read = correlatives.reading(word, position, sentence)
        if read is None:
            return info
        if read == correlatives.CONJUNCTION:
            lines = self._two_part_lines(word)
            return correlative_first(info, lines, word, correlatives.SECOND_PARTS, MAX_GLOSSES)
        if isinstance(read, str):
            first = self.lookup(word, word.lower(), read).senses
            return senses_first(info, first, MAX_GLOSSES) if first else info
        return senses_first(info, read, MAX_GLOSSES)

    def _compound_votes(self, noun: str, compounds: tuple[str, ...]) -> list[set[str]]:
        """The English words each of the text's ``compounds`` of ``noun`` uses for it
        (:func:`~app.dictionary.text_compounds.compound_words`)."""
        return [compound_words(noun, c, self.lookup(c, c, "NOUN")) for c in compounds if c != noun]

    def _fields(self, topic: tuple[str, ...], word: str, lemma: str) -> list[str]:
        """The fields of the text around a word: Ding field labels ([zool.], [agr.]) of
        the best senses of at least :data:`TOPIC_VOTES` of the nouns nearby, the word
        itself left out."""
        if not topic:
            return []
        with self._lock:
            votes = self._topic_votes.get(topic)
        if votes is None:
            votes = {}
            self._fetch_senses(topic)
            for noun in dict.fromkeys(topic):
                for label in self._noun_domains(noun).split(", "):
                    if label:
                        votes.setdefault(label, set()).add(noun)
            with self._lock:
                self._topic_votes[topic] = votes
                if len(self._topic_votes) > _TOPIC_CACHE_SIZE:
                    self._topic_votes.popitem(last=False)
        own = {word, lemma}
        return sorted(label for label, nouns in votes.items() if len(nouns - own) >= TOPIC_VOTES)

    def _fetch_senses(self, nouns: Sequence[str]) -> None:
        """Read the dictionary rows of the nouns whose fields are not known yet in one
        query, not one each (:meth:`_noun_domains` then finds them cached)."""
        with self._lock:
            missing = [noun for noun in nouns if noun not in self._domains]
        keys = [clean.lower() for noun in missing if (clean := german.clean_token(noun))]
        if keys and self._lookup is not None:
            self._lookup.senses(list(dict.fromkeys(keys)))

    def _noun_domains(self, noun: str) -> str:
        """The field labels of a noun's best sense: ``lookup(noun, noun, "NOUN").domains``
        without ranking its glosses (kept by noun; never raises)."""
        with self._lock:
            domains = self._domains.get(noun)
            if domains is None:  # the gender of a noun asks the same: use its answer
                asked = self._cache.get((noun, noun, "NOUN", "", ""))
                domains = asked.domains if asked is not None else None
        if domains is not None:
            return domains
        try:
            domains = self._compute_domains(noun)
        except Exception:  # as lookup(): a bug gives no fields
            domains = ""
        with self._lock:
            self._domains[noun] = domains
            if len(self._domains) > _RESULT_CACHE_SIZE:
                self._domains.popitem(last=False)
        return domains

    def _compute_domains(self, noun: str) -> str:
        """What :meth:`lookup` gives as ``domains`` for ``(noun, noun, "NOUN")``, with
        the same senses loaded (later rankings see them so): where the chain finds the
        word, those of the best sense :meth:`Lookup.info` reads, without ranking its
        glosses."""
        lookup = self._lookup
        clean = german.clean_token(noun) if lookup is not None else None
        if lookup is None or clean is None:
            return ""
        if is_split_particle(clean, noun):  # read as a verb ("an" of "an…")
            return self.lookup(noun, noun, "NOUN").domains
        found = lookup.find(clean, noun, "NOUN")
        if found is None:  # a feminine form or a compound: answers without fields, asked
            # for the senses they load, as lookup() would
            if feminine_info(lookup, clean, noun, "NOUN", "") is None:
                compound_info(lookup, clean, noun, noun, "NOUN", "")
            return ""
        if participle_noun_info(lookup, clean, noun, "NOUN", "", found):
            return ""
        return lookup.domains(found, "NOUN")

    def warm_states(self) -> None:
        """Read Ding's "PREPOSITION OBJECT WORD sein" headwords now, not on a hover."""
        if self._states is not None:
            self._states.warm()

    def close(self) -> None:
        if self._lookup is not None:
            self._lookup.store.close()
            self._lookup = None
            self._phrases = None
            self._states = None


def _open_store(path: object, progress: Progress | None) -> Store:
    """The store at ``path`` (default: located or installed); a damaged installed
    copy is deleted and unpacked again once."""
    db_path = Path(str(path)) if path is not None else locate(progress)
    try:
        return Store(db_path)
    except DictionaryUnavailable:
        if path is not None or not reinstallable(db_path):
            raise
        db_path.unlink(missing_ok=True)  # a damaged installed copy: unpack again
        return Store(locate(progress))


def reflexive_first(info: WordInfo, forms: tuple[str, ...], limit: int) -> WordInfo:
    """``info`` of a pronoun glossed by English pronouns in -self ("selbst: oneself;
    myself; themselves") with the ``forms`` its clause's verb asks for first ("die Kreise
    müssen … selbst tragen": themselves; "der Angeklagte selbst schwieg": himself)."""
    if not forms:
        return info
    return senses_first(info, tuple(Gloss(form) for form in forms), limit)


def empty_info(word: object, lemma: str | None, pos: str | None, morph: str | None) -> WordInfo:
    """The answer for a word with no entry (or input that is no word)."""
    text = word if isinstance(word, str) else ""
    return WordInfo(word=text, lemma="", pos=pos or "", morph=morph or "", source="")
