"""Subject and object in a clause: the nominative that agrees with the verb.

A German clause with one finite verb has one subject, in the nominative, that
agrees with the verb in person and number. So, in a clause whose finite verb
is known:

- a noun phrase whose nominative reading does not agree in number with the
  verb is not the subject, and (unless the verb is a copula) not nominative:
  "Die Regierung kündigte neue Hilfen an" -> "Hilfen" is accusative;
- when exactly one word can be the subject ("er", "wir", "der Minister", or the
  only phrase left), the others are not nominative ("Er kritisierte die
  Entscheidung" -> accusative);
- with a copula ("sein", "bleiben", "werden" without an infinitive) or in the
  passive ("wurde … abgelehnt") there is no accusative object: a phrase that
  is nominative or accusative is nominative.

Anything less certain (two possible subjects, no finite verb, a clause the
punctuation does not delimit) changes nothing. Token columns only; no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.morphology.adjectives import read_adjective
from app.morphology.agreement import DETERMINERS, Bundle
from app.morphology.nouns import NOUN, read_noun
from app.morphology.phrase import cut_part, particle_in_name
from app.morphology.verbs import Reading, clause_span

#: Pronouns that can only be nominative / can be nominative or accusative.
_NOMINATIVE = {"ich": ("1", "Sing"), "du": ("2", "Sing"), "er": ("3", "Sing"), "wir": ("1", "Plur"),
               "ihr": ("2", "Plur"), "man": ("3", "Sing"), "jemand": ("3", "Sing"),
               "niemand": ("3", "Sing"), "wer": ("3", "Sing")}  # fmt: skip
_NOMINATIVE_OR_ACCUSATIVE = {
    "sie": ("3", "Sing|Plur"), "es": ("3", "Sing"), "das": ("3", "Sing"), "dies": ("3", "Sing"),
    "was": ("3", "Sing"), "alles": ("3", "Sing"), "etwas": ("3", "Sing"), "nichts": ("3", "Sing"),
    "die": ("3", "Sing|Plur"), "welche": ("3", "Sing|Plur"), "diese": ("3", "Sing|Plur"),
    "der": ("3", "Sing"), "beide": ("3", "Plur"), "alle": ("3", "Plur"), "viele": ("3", "Plur"),
    "dieser": ("3", "Sing"), "dieses": ("3", "Sing"), "einer": ("3", "Sing"),
    "eines": ("3", "Sing"), "keiner": ("3", "Sing"), "jeder": ("3", "Sing"),
    "manche": ("3", "Plur"), "andere": ("3", "Plur"),
}  # fmt: skip
_RELATIVE_SUBJECTS = frozenset({"der", "die", "das", "welche", "welcher", "welches"})
#: Relative pronouns that open a relative clause, alone or after a preposition.
RELATIVE_PRONOUNS = frozenset(
    {*_RELATIVE_SUBJECTS, "dem", "den", "denen", "dessen", "deren", "welchem", "welchen"}
)
_COPULAS = frozenset({"sein", "bleiben", "heißen", "scheinen"})


@dataclass(frozen=True, slots=True)
class ClauseVerb:
    """The finite verb of a clause and what kind of clause it makes."""

    index: int
    person: frozenset[str]
    number: frozenset[str]
    no_object: bool  # copula or passive: no accusative object
    perfect: bool = False  # "sein" with a participle: a perfect ("ist … gezogen")


def finite_verb(
    texts: Sequence[str],
    tags: Sequence[str],
    lemmas: Sequence[str],
    start: int,
    end: int,
    verb_readings: Callable[[int], frozenset[Reading]],
) -> ClauseVerb | None:
    """The one finite verb between ``start`` and ``end``, or None."""
    finite = []
    non_finite = []
    for j in range(start, end + 1):
        if tags[j] not in ("VERB", "AUX", "ADJ"):
            continue
        found = verb_readings(j)
        if tags[j] == "ADJ" and found != {("Inf",)}:
            continue  # only an infinitive the tagger took for an adjective ("aufgeben")
        if found and all(r[0] == "Fin" for r in found):
            finite.append((j, found))
        elif found and all(r[0] in ("Inf", "Part") for r in found):
            non_finite.append((j, found))
        elif found:
            return None  # undecided: better not guess
    if len(finite) != 1:
        return None
    index, found = finite[0]
    lemma = lemmas[index].lower()
    participles = any(("Part",) in f for _, f in non_finite)
    infinitives = any(("Inf",) in f for _, f in non_finite)
    no_object = lemma in _COPULAS or (lemma == "werden" and not infinitives)
    if lemma == "sein" and infinitives:
        no_object = False  # "ist zu prüfen" is rare enough; "sein" + zu-infinitive
    if participles and lemma == "werden":
        no_object = True
    if (
        any(
            ("Inf",) in f
            and lemmas[j].lower() in ("sein", "bleiben")
            and (j == end or tags[j + 1] in ("VERB", "AUX", "PUNCT"))  # not "sein Erspartes"
            for j, f in non_finite
        )
        and not participles
    ):
        # "…, ob eine Zusammenarbeit eine Lösung sein könnte": the copula's infinitive
        # with a modal; its noun is a nominative, not an object
        no_object = True
    return ClauseVerb(
        index,
        frozenset(r[3] for r in found),
        frozenset(r[4] for r in found),
        no_object,
        lemma == "sein" and participles,
    )


def refine(
    texts: Sequence[str],
    tags: Sequence[str],
    lemmas: Sequence[str],
    sentence_ids: Sequence[int],
    index: int,
    phrase_start: int,
    bundles: frozenset[Bundle],
    phrase_bundles: Callable[[int], frozenset[Bundle] | None],
    verb_readings: Callable[[int], frozenset[Reading]],
    is_time: Callable[[int], bool] = lambda j: False,
) -> tuple[frozenset[Bundle], str]:
    """``bundles`` of the noun at ``index`` narrowed by its clause, and a reason
    ("subject of »sagte«", "object of »kritisierte«") or ""."""
    if not any(b[0] == "Nom" for b in bundles) or all(b[0] == "Nom" for b in bundles):
        return bundles, ""
    if phrase_start > 0 and texts[phrase_start - 1].lower() in ("als", "wie"):
        return bundles, ""  # "arbeitet als Lehrer": the case of what it is compared with
    start, end = clause_span(texts, tags, sentence_ids, index)
    start, end, gap = _conjunct(texts, tags, index, start, end, verb_readings)
    # "…, verteidigte aber die Entscheidung": the first clause's subject is likely this
    # one's too, but a report (", sagte aber der Minister") reads the same: no word after
    # the verb is made its subject by elimination
    contrast = not gap and _contrast_after_comma(
        texts, tags, sentence_ids, start, end, verb_readings
    )
    not_subject = frozenset(b for b in bundles if b[0] != "Nom")
    if gap and not_subject and lemmas[start].lower() not in (*_COPULAS, "werden"):
        # "… und hat die Wohnung demoliert": the subject is that of the first conjunct
        # (its finite verb opens the second one; a copula's noun is nominative)
        return not_subject, f"object of »{texts[start]}«"
    verb = finite_verb(texts, tags, lemmas, start, end, verb_readings)
    if verb is None:
        if not_subject and _infinitive_clause(texts, tags, start, end, verb_readings):
            # "…, gegen das Urteil Berufung einzulegen": an infinitive has no subject
            return not_subject, "in a clause without subject"
        return bundles, ""
    verb_word = texts[verb.index]
    if lemmas[verb.index].lower() == "geben" and any(
        texts[j].lower() == "es" and tags[j] == "PRON" for j in range(start, end + 1)
    ):  # "es gibt Streit": accusative
        accusative = frozenset(b for b in bundles if b[0] == "Acc")
        return (accusative or not_subject or bundles), f"object of »es {verb_word}«"
    accusative = frozenset(b for b in bundles if b[0] == "Acc")
    members = coordinated(texts, tags, index, start, end) | _name_run(
        texts, tags, index, start, end, sentence_ids
    )
    joined = (
        len(members) > 1
        or _joined_after_attribute(texts, tags, index, end)
        or (index >= 2 and cut_part(texts, index - 2))  # "die Vor- und Nachsorge"
    )
    numbers = verb.number | ({"Sing"} if joined and "Plur" in verb.number else set())
    as_subject = frozenset(b for b in bundles if b[0] == "Nom" and b[1] in numbers)
    if accusative and is_time(index):
        both = frozenset(b for b in bundles if b[0] in ("Nom", "Acc"))
        if verb.no_object and not verb.perfect:
            # "Wir waren das letzte Mal hier" (time: accusative) or "Das war das letzte
            # Mal" (what the subject is: nominative): both stay possible
            return both, ""
        if as_subject and "3" in verb.person:
            definite, possible = _other_subjects(
                texts, tags, (index, phrase_start, start, end), members, verb,
                phrase_bundles, is_time,
            )  # fmt: skip
            if not definite and not possible:
                # "Bis dahin können noch einige Tage vergehen": no other word can be the
                # subject, so the time phrase may be it
                return both, ""
        return accusative, "accusative of time"
    if verb.no_object:
        if _after_non_nominative_conjunct(texts, tags, phrase_start, phrase_bundles):
            # "die Versorgung der Patientinnen und Patienten sei …": a bare noun after
            # "und" shares the case of the phrase before it, whatever the verb
            return bundles, ""
        if as_subject and lemmas[verb.index].lower() != "sein":
            return as_subject, f"subject of »{verb_word}«"
        nominative = frozenset(b for b in bundles if b[0] == "Nom")
        if verb.number == {"Sing"}:  # "… ist seit 1988 Finanzminister": one minister
            nominative = frozenset(b for b in nominative if b[1] == "Sing") or nominative
        return (nominative or bundles), (f"with »{verb_word}«" if nominative else "")
    if "3" not in verb.person or not as_subject:
        return (not_subject or bundles), (
            f"not the subject of »{verb_word}«" if not_subject else ""
        )
    # who else could be the subject? (a relative pronoun opening the clause could)
    others_definite, others_possible = _other_subjects(
        texts, tags, (index, phrase_start, start, end), members, verb, phrase_bundles, is_time
    )
    if others_definite:
        return (not_subject or bundles), (f"object of »{verb_word}«" if not_subject else "")
    if (
        accusative
        and not _after_preposition(tags, index)  # "in einer immer teureren Stadt"
        and _free_relative_subject(texts, tags, sentence_ids, start, verb.index)
    ):
        if lemmas[verb.index].lower() in _QUESTION_OBJECT_VERBS:
            # "Wer kommt, entscheidet die Jury": the "wer" clause may be the question
            # the verb takes as its object and the phrase its subject; both stay open
            return frozenset(b for b in bundles if b[0] in ("Nom", "Acc")) or bundles, ""
        return accusative, f"object of »{verb_word}«"  # the "wer" clause is the subject
    if (
        not others_possible
        and not contrast
        and not _subject_before_comma(texts, tags, sentence_ids, start, verb.index)
    ):
        return as_subject, f"subject of »{verb_word}«"
    return bundles, ""


#: Verbs that take an indirect question as their object ("Wer kommt, entscheidet die
#: Jury", "Wer gewinnt, weiß niemand"): after a clause in "wer" that clause may be the
#: object, not the subject.
_QUESTION_OBJECT_VERBS = frozenset(
    {
        "entscheiden", "bestimmen", "festlegen", "wissen", "klären", "beurteilen",
        "prüfen", "ermitteln", "fragen", "sagen", "zeigen", "herausfinden", "bewerten",
        "auswählen", "aussuchen", "beantworten", "verraten", "erfahren",
    }
)  # fmt: skip

_CLOSING_QUOTES = frozenset({"''", '"', "“", "”", "«", "»", "'", "’"})


def _subject_before_comma(
    texts: Sequence[str], tags: Sequence[str], sentence_ids: Sequence[int], start: int, verb: int
) -> bool:
    """The clause opens with its finite verb right after a comma, and no verb stands
    before it in the sentence: its subject is the phrase before an apposition ("Die
    Dokumente, insbesondere die Agenda 21, schreiben neue Rechte fest"), so the
    words after the verb are not the subject by elimination (unlike a reporting
    clause: "Wir wollen investieren, betonte Firmenchef Krick", "…«, sagte er")."""
    if verb != start or start < 2 or texts[start - 1] != ",":
        return False
    if texts[start - 2] in _CLOSING_QUOTES:
        return False
    j = start - 1
    relative = _relative_clause_before(texts, tags, sentence_ids, start - 1)
    if relative is not None:
        # "Lena Hoffmeister, die … bekommen hat, hatte eine Petition gestartet": the
        # subject is the phrase the relative clause follows
        j = relative
    while j >= 0 and sentence_ids[j] == sentence_ids[start] and texts[j] != ";":
        # (a semicolon closes the main clause before: "…; jeder Betrieb, der aufgibt,
        # reißt eine Lücke")
        if tags[j] in ("VERB", "AUX"):
            return False
        j -= 1
    return True


def _after_preposition(tags: Sequence[str], index: int) -> bool:
    """The noun at ``index`` is in a prepositional phrase: a preposition before it with
    only articles, adjectives, adverbs and numbers between (and adjectives the tagger
    called verbs: "in einer immer teureren Stadt")."""
    k = index - 1
    while k >= 0 and tags[k] in ("DET", "ADJ", "ADV", "NUM", "VERB"):
        k -= 1
    return k >= 0 and tags[k] == "ADP"


#: Quotation marks that may open a sentence before its first word.
_OPENING_MARKS = frozenset({"„", "»", '"', "‚", "«"})


def _free_relative_subject(
    texts: Sequence[str], tags: Sequence[str], sentence_ids: Sequence[int], start: int, verb: int
) -> bool:
    """The sentence opens with a clause in "wer" that ends in a comma right before this
    clause, whose finite verb opens it: that clause is the subject ("Wer heute vorangeht,
    zahlt Lehrgeld, hat … die Nase vorn": who goes first pays; the nouns are objects)."""
    if verb != start or start < 2 or texts[start - 1] != ",":
        return False
    first = start - 1
    while first > 0 and sentence_ids[first - 1] == sentence_ids[start]:
        first -= 1
    while first < start and texts[first] in _OPENING_MARKS:
        first += 1
    if texts[first].lower() != "wer" or tags[first] != "PRON":
        return False
    if any(texts[k] in _CLOSING_QUOTES for k in range(first, start)):
        return False  # "„Wer …, spielt mit dem Leben“, sagte Einsatzleiter …": the report
    # every comma between (if any) belongs to the "wer" clause or to a clause that, like
    # this one, opens with its finite verb ("zahlt Lehrgeld, hat …")
    return all(
        tags[k + 1] in ("VERB", "AUX") for k in range(first + 1, start - 1) if texts[k] == ","
    )


def _relative_clause_before(
    texts: Sequence[str], tags: Sequence[str], sentence_ids: Sequence[int], comma: int
) -> int | None:
    """The comma that opens a relative clause ending at the comma ``comma`` (", die …
    bekommen hat,", ", in denen …,"), when a phrase without a verb stands before it;
    else None."""
    k = comma - 1
    while k >= 0 and sentence_ids[k] == sentence_ids[comma] and texts[k] not in (",", ";", ":"):
        k -= 1
    if k < 1 or texts[k] != "," or sentence_ids[k] != sentence_ids[comma]:
        return None
    first = k + 2 if tags[k + 1] == "ADP" else k + 1  # "…, in denen …"
    if first >= comma or texts[first].lower() not in RELATIVE_PRONOUNS:
        return None
    if tags[first] != "PRON" and not (tags[first] == "DET" and tags[comma - 1] in ("VERB", "AUX")):
        return None  # an article opens no clause whose verb comes last: a relative pronoun
    if tags[k - 1] not in ("NOUN", "PROPN"):
        return None
    first_word = k - 1
    while first_word > 0 and sentence_ids[first_word - 1] == sentence_ids[k]:
        first_word -= 1
    if tags[first_word] == "ADP":
        return None  # "Für Autofahrer, die …, verlängert sich die Strecke": no subject
    return k


#: Adverbs of contrast that follow the verb of a second main clause sharing the first
#: one's subject ("…, verteidigte aber die Entscheidung").
_CONTRAST = frozenset({"aber", "jedoch", "allerdings"})


def _contrast_after_comma(
    texts: Sequence[str],
    tags: Sequence[str],
    sentence_ids: Sequence[int],
    start: int,
    end: int,
    verb_readings: Callable[[int], frozenset[Reading]],
) -> bool:
    """The clause opens right after a comma with its finite verb and "aber", "jedoch" or
    "allerdings", after a clause whose own finite verb agrees with it ("Die Ministerin
    zeigte Verständnis, verteidigte aber die Entscheidung"): mostly a second main clause
    whose subject is the first one's, so the words after the verb need not be its
    subject (but "Die Lage ist ernst, sagte aber der Minister" reports). Not after a
    closing quote."""
    if start < 2 or start + 1 > end or texts[start - 1] != ",":
        return False
    if texts[start + 1].lower() not in _CONTRAST or texts[start - 2] in _CLOSING_QUOTES:
        return False
    if tags[start] not in ("VERB", "AUX"):
        return False
    here = verb_readings(start)
    if not here or not all(r[0] == "Fin" for r in here):
        return False
    before_start, before_end = clause_span(texts, tags, sentence_ids, start - 2)
    for j in range(before_start, before_end + 1):
        if tags[j] not in ("VERB", "AUX"):
            continue
        there = verb_readings(j)
        if there and all(r[0] == "Fin" for r in there):
            return {r[3:] for r in there} & {r[3:] for r in here} != set()
    return False


_CONJUNCT_JOINERS = frozenset({"und", "oder", "aber", "sondern"})


def _conjunct(
    texts: Sequence[str],
    tags: Sequence[str],
    index: int,
    start: int,
    end: int,
    verb_readings: Callable[[int], frozenset[Reading]],
) -> tuple[int, int, bool]:
    """The conjunct of the clause ``start``..``end`` that holds ``index`` when the clause
    is two main clauses joined by "und" whose second begins with its finite verb
    ("Wir haben … entschieden und fanden die Planung gut"): (start, end, whether that
    second conjunct, whose subject is the first one's, holds ``index``; then ``start``
    is its finite verb)."""
    gap = False
    for k in range(start, end):
        if texts[k].lower() not in _CONJUNCT_JOINERS or tags[k] != "CCONJ":
            continue
        if tags[k + 1] not in ("VERB", "AUX", "ADJ"):
            continue
        if tags[k + 1] == "ADJ" and read_adjective(texts[k + 1]):
            continue  # a finite verb tagged as an adjective ("und hätten hohe …") only
        found = verb_readings(k + 1)
        if not found or not all(r[0] == "Fin" for r in found):
            continue
        if index < k:
            return start, max(start, k - 1), gap
        start, gap = k + 1, True
    return start, end, gap


def _other_subjects(
    texts: Sequence[str],
    tags: Sequence[str],
    where: tuple[int, int, int, int],
    members: set[int],
    verb: ClauseVerb,
    phrase_bundles: Callable[[int], frozenset[Bundle] | None],
    is_time: Callable[[int], bool],
) -> tuple[int, int]:
    """How many other words of the clause are surely, and how many may be, the verb's
    subject (``where``: the noun, its phrase's start, the clause's start and end)."""
    index, phrase_start, start, end = where
    others_definite = others_possible = 0
    relative = start > 0 and texts[start - 1] == "," and texts[start].lower() in _RELATIVE_SUBJECTS
    if relative and start != phrase_start:  # not the article of this very phrase
        others_possible += 1
    for j in range(start, end + 1):
        if j == index or j in members:
            continue
        low = texts[j].lower()
        if _noun_tagged_det(texts, tags, j):
            others_possible += 1  # "Autofahrer sollten …" with "Autofahrer" tagged DET
            continue
        if tags[j] == "PRON" or _pronoun_tagged_det(texts, tags, j):
            if low in _NOMINATIVE:
                person, number = _NOMINATIVE[low]
                if person in verb.person and number in verb.number:
                    others_definite += 1
            elif low in _NOMINATIVE_OR_ACCUSATIVE:
                others_possible += 1
            continue
        if (
            tags[j] in ("NOUN", "PROPN")
            and (not _inside_name(tags, j) or j + 1 in members)  # "die Beamten Rasenmäher, …"
        ) or _adjective_as_noun(texts, tags, j, end):
            other = phrase_bundles(j)
            if other is None or is_time(j):
                continue
            wanted = verb.number
            if "Plur" in wanted and len(coordinated(texts, tags, j, start, end)) > 1:
                wanted = wanted | {"Sing"}  # "TV München und die Zeitung haben …"
            as_nominative = [b for b in other if b[0] == "Nom" and b[1] in wanted]
            if as_nominative and len(other) == len(as_nominative):
                others_definite += 1
            elif as_nominative or _common_noun_subject(texts, tags, j, wanted):
                others_possible += 1
    return others_definite, others_possible


def _adjective_as_noun(texts: Sequence[str], tags: Sequence[str], j: int, end: int) -> bool:
    """A capitalised word tagged an adjective inside the sentence with no noun or
    adjective after it ("haben Forschende des Instituts Proben genommen"): an adjective
    used as a noun, which may be the subject."""
    if tags[j] != "ADJ" or not texts[j][:1].isupper() or j == 0 or texts[j - 1] in _CLOSERS:
        return False
    return j + 1 > end or tags[j + 1] not in ("NOUN", "PROPN", "ADJ")


def _after_non_nominative_conjunct(
    texts: Sequence[str],
    tags: Sequence[str],
    phrase_start: int,
    phrase_bundles: Callable[[int], frozenset[Bundle] | None],
) -> bool:
    """The phrase follows "und"/"oder" right after a noun that cannot be nominative
    ("der Patientinnen und Patienten"): it may be that noun's conjunct."""
    before = phrase_start - 2
    if before < 0 or texts[phrase_start - 1].lower() not in ("und", "oder"):
        return False
    if tags[before] not in ("NOUN", "PROPN"):
        return False
    other = phrase_bundles(before)
    return other is not None and not any(b[0] == "Nom" for b in other)


_PHRASE_WORDS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM"})


def _joined_after_attribute(
    texts: Sequence[str], tags: Sequence[str], index: int, end: int
) -> bool:
    """The noun at ``index`` is followed by a prepositional attribute and then "und" + a
    noun phrase ("ein Gewerbegebiet im Süden und die Straße standen …"): it may be one
    of a plural subject."""
    k = index + 1
    if k > end or tags[k] != "ADP":
        return False
    while k <= end and tags[k] in _PHRASE_WORDS:
        k += 1
    return (
        k < end
        and texts[k].lower() in ("und", "oder", "sowie")
        and tags[k + 1] in ("DET", "ADJ", "NOUN", "PROPN")
    )


_BEFORE_BARE = frozenset({"VERB", "AUX", "ADV", "PART", "SCONJ"})


def _common_noun_subject(
    texts: Sequence[str], tags: Sequence[str], j: int, numbers: frozenset[str]
) -> bool:
    """A word tagged as a name that the noun table reads as a common noun whose
    nominative agrees with the verb ("hatten Komplizen die Seniorinnen …", "Komplizen"
    tagged PROPN and read as a name in the singular): it may still be the subject."""
    if tags[j] != "PROPN" or (j > 0 and tags[j - 1] not in _BEFORE_BARE):
        return False  # a bare word, not a name's part nor one after a preposition
    plain = read_noun(texts[j])
    return plain.kind == NOUN and any(b[0] == "Nom" and b[1] in numbers for b in plain.bundles)


_CLOSERS = frozenset({",", ".", ";", ":", "?", "!", ")"})


def _noun_tagged_det(texts: Sequence[str], tags: Sequence[str], j: int) -> bool:
    """A capitalised word inside the sentence tagged as an article that is none
    ("Autofahrer sollten …"): a noun the tagger missed, which may be the subject."""
    text = texts[j]
    return (
        tags[j] == "DET"
        and text[:1].isupper()
        and text.lower() not in DETERMINERS
        and text.lower() not in _NOMINATIVE_OR_ACCUSATIVE
        and read_noun(text).kind == NOUN  # not "Erste" (an ordinal)
    )


def _pronoun_tagged_det(texts: Sequence[str], tags: Sequence[str], j: int) -> bool:
    """A demonstrative the tagger called an article that stands alone, right before a
    verb, a punctuation mark or an indefinite article ("Das kostet Zeit", "… wie das",
    "bedeutet das eine Fahrt"): a pronoun."""
    if tags[j] != "DET" or texts[j].lower() not in _NOMINATIVE_OR_ACCUSATIVE:
        return False
    if j + 1 < len(tags) and texts[j + 1].lower() in ("ein", "eine", "einen", "kein", "keine"):
        return True  # "bedeutet das eine Fahrt": no article stands before another
    return j + 1 >= len(tags) or tags[j + 1] in ("VERB", "AUX") or texts[j + 1] in _CLOSERS


def _infinitive_clause(
    texts: Sequence[str],
    tags: Sequence[str],
    start: int,
    end: int,
    verb_readings: Callable[[int], frozenset[Reading]],
) -> bool:
    """A clause whose only verbs are infinitives with "zu" ("um … zu helfen",
    "… einzulegen")."""
    verbs = [j for j in range(start, end + 1) if tags[j] in ("VERB", "AUX")]
    if not verbs or any(verb_readings(j) != {("Inf",)} for j in verbs):
        return False
    last = verbs[-1]
    return (last > start and texts[last - 1].lower() == "zu") or "zu" in texts[last][2:-3]


_JOINERS = frozenset({"und", "oder", "sowie", "/", "&", "bzw.", "sowohl", "als", "auch"})
_INSIDE_PHRASE = frozenset({"DET", "ADJ", "ADV", "NUM", "PROPN", "NOUN"})


def coordinated(
    texts: Sequence[str], tags: Sequence[str], index: int, start: int, end: int
) -> set[int]:
    """The nouns joined to the one at ``index`` by "und", "oder", "/" (itself included):
    "Service und Kompetenz sind …" have one case and together a plural verb. Commas
    join too when "und"/"oder" closes the list ("Die Regierung, die Kirchen und die
    Verbände lehnten ab"), not in an apposition ("Der Vorsitzende, Bodo Schwartz,
    forderte")."""
    right = _chain(texts, tags, index, end, 1)
    left = _chain(texts, tags, index, start, -1)
    separators = [sep for sep, _ in reversed(left)] + [sep for sep, _ in right]
    if "," in separators and separators[-1] == ",":
        # no "und"/"oder" closes it: only the members joined without a comma
        right = right[: next((k for k, (sep, _) in enumerate(right) if sep == ","), len(right))]
        left = left[: next((k for k, (sep, _) in enumerate(left) if sep == ","), len(left))]
    return {index} | {m for _, m in right} | {m for _, m in left}


def _chain(
    texts: Sequence[str], tags: Sequence[str], index: int, limit: int, step: int
) -> list[tuple[str, int]]:
    """The nouns of a list on one side of ``index`` (``step`` 1: right up to ``limit``,
    -1: left down to it), each with the word that joins it ("," or "und" …), nearest
    first."""
    found: list[tuple[str, int]] = []

    def inside(k: int) -> bool:
        return k <= limit if step > 0 else k >= limit

    j = index
    if step < 0:  # past the words of the noun's own phrase
        j -= 1
        while inside(j) and tags[j] in _INSIDE_PHRASE and tags[j] not in ("NOUN", "PROPN"):
            j -= 1
        j += 1
    while True:
        k = j + step
        if not inside(k) or (texts[k].lower() not in _JOINERS and texts[k] != ","):
            break
        separator = "," if texts[k] == "," else "und"
        while inside(k) and (texts[k].lower() in _JOINERS or texts[k] == ","):
            if texts[k] != ",":
                separator = "und"
            k += step
        if step > 0:
            while inside(k) and tags[k] in _INSIDE_PHRASE and tags[k] not in ("NOUN", "PROPN"):
                k += step
            if not inside(k) or tags[k] not in ("NOUN", "PROPN"):
                break
            while inside(k + 1) and tags[k + 1] in ("NOUN", "PROPN"):
                k += 1
            found.append((separator, k))
            j = k
        else:
            if not inside(k) or tags[k] not in ("NOUN", "PROPN"):
                break
            found.append((separator, k))
            j = k - 1
            while inside(j) and tags[j] in _INSIDE_PHRASE and tags[j] not in ("NOUN", "PROPN"):
                j -= 1
            j += 1
    return found


def _name_run(
    texts: Sequence[str],
    tags: Sequence[str],
    index: int,
    start: int,
    end: int,
    sentence_ids: Sequence[int] = (),
) -> set[int]:
    """The capitalised nouns and names next to ``index`` that form one phrase with it
    ("Die Richterin Helga Wendeborn"), also across a name particle ("Präsidentin
    Christiane von Mering")."""
    run = {index}

    def surname_after(j: int) -> int | None:
        """The surname after a particle that follows the first name at ``j``."""
        for k in (j + 2, j + 3):
            if k <= end and sentence_ids and particle_in_name(texts, tags, sentence_ids, k) == j:
                return k
        return None

    j = index - 1
    while j >= start:
        if tags[j] in ("NOUN", "PROPN") and texts[j][:1].isupper():
            run.add(j)
            j -= 1
            continue
        first = particle_in_name(texts, tags, sentence_ids, j + 1) if sentence_ids else None
        if first is None or first < start or j + 1 not in run:
            break
        run.add(first)
        j = first - 1
    j = index + 1
    while j <= end:
        if tags[j] in ("NOUN", "PROPN") and texts[j][:1].isupper():
            run.add(j)
            j += 1
            continue
        surname = surname_after(j - 1)
        if surname is None:
            break
        run.add(surname)
        j = surname + 1
    return run


def _inside_name(tags: Sequence[str], j: int) -> bool:
    """A title or first name before a name ("Präsident", "Olaf" in "Präsident Olaf Scholz")."""
    return j + 1 < len(tags) and tags[j + 1] == "PROPN"
