"""Verb forms: which slots of its paradigm a form fills, and which one the clause means.

The paradigm of a verb comes from the verb table (Ding's verbs conjugated by
ablaut); a verb the table lacks is conjugated like its longest stored tail
("vorbereiten" like "bereiten" with the particle "vor"; "verkaufen" like
"kaufen" without "ge-"), or like a regular model verb with the same ending.

A form alone is often ambiguous: "befürchten" is an infinitive or 1st/3rd
person plural, "habe" 1st person indicative or 3rd person Konjunktiv I,
"verkauft" a participle or 3rd person singular. The clause decides
(:func:`resolve`): "zu" before it, the one finite verb of a German clause (the
first verb of a main clause, the last of a subordinate one), the subject
pronouns present ("wir", "ich"; without them only 3rd person), and the
convention that a form identical in indicative and subjunctive is indicative.

Pure functions on strings and token columns; no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.core.memo import word_cache
from app.core.tokens import title_comma
from app.lexicon.lemmas import known_lemma
from app.lexicon.words import ATTRIBUTIVE_ENDINGS
from app.morphology.forms import VERB_SLOTS, verb_infinitive_candidates
from app.morphology.lexicon import VerbEntry, verb_entry, verb_entry_like

#: A reading: ("Fin", Mood, Tense, Person, Number), ("Inf",), ("Part",) or ("Imp", Person, Number).
Reading = tuple[str, ...]

INFINITIVE: Reading = ("Inf",)
PARTICIPLE: Reading = ("Part",)

INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "hinter", "wider")
_MODELS = (
    ("ieren", "studieren"), ("eln", "sammeln"), ("ern", "wandern"), ("chnen", "rechnen"),
    ("gnen", "regnen"), ("tmen", "atmen"), ("ten", "arbeiten"), ("den", "reden"),
    ("sen", "reisen"), ("ßen", "grüßen"), ("zen", "setzen"), ("xen", "boxen"), ("en", "machen"),
)  # fmt: skip
_PARTICIPLE_SLOT = VERB_SLOTS.index(("Part", "Past"))
_PRESENT_PARTICIPLE_SLOT = VERB_SLOTS.index(("Part", "Pres"))


#: Separable particles and first parts of verbs ("an", "zurück", "fest", "teil").
SEPARABLE = frozenset(
    {
        "ab", "an", "auf", "aus", "bei", "bekannt", "bereit", "dar", "durch", "ein", "empor",
        "entgegen", "entlang", "fehl", "fern", "fertig", "fest", "fort", "frei", "gegenüber",
        "gleich", "heim", "her", "hin", "hinter", "hoch", "kennen", "klar", "kund", "leicht",
        "los", "mit", "nach", "nahe", "nieder", "offen", "preis", "schwer", "statt", "stand",
        "teil", "um", "unter", "voll", "vor", "voran", "voraus", "vorbei", "vorüber", "weg",
        "weiter", "wieder", "zu", "zurecht", "zurück", "zusammen", "zuvor", "über", "wider",
        "herab", "heran", "herauf", "heraus", "herbei", "herein", "herum", "herunter",
        "hervor", "herüber", "hinab", "hinauf", "hinaus", "hinein", "hinweg", "hinzu",
        "hinüber", "hinunter", "dazu", "davon", "daran", "darauf", "dagegen", "kaputt",
        "schief", "sicher", "übrig", "wahr", "gut", "schlecht", "tot", "krank", "lahm",
        "leid", "zugute", "inne", "bevor", "abhanden", "zunichte", "beiseite", "vorweg",
    }
)  # fmt: skip


#: Prefixes that make separable and inseparable verbs ("umfahren": "umgefahren" /
#: "umfahren"); a verb derived with one may have either participle. Not "wieder": its
#: one inseparable verb, "wiederholen", is stored as such, and every other is separable
#: ("wiedersehen": "wiedergesehen", so "wiedersehen" is no participle).
_TWO_WAY_PREFIXES = frozenset({"durch", "über", "um", "unter", "wider", "hinter", "voll"})


def _is_prefix(prefix: str) -> bool:
    """A first part a verb can be built with: a particle, an inseparable prefix, or
    two of them ("vorbe-", "wiederan-")."""
    if prefix in SEPARABLE or prefix in INSEPARABLE:
        return True
    return any(
        prefix[:k] in SEPARABLE and (prefix[k:] in SEPARABLE or prefix[k:] in INSEPARABLE)
        for k in range(2, len(prefix) - 1)
    )


@word_cache(8192)
def paradigm(infinitive: str, guess: bool = True) -> VerbEntry | None:
    """The paradigm of ``infinitive`` (stored, derived from a stored tail, or, with
    ``guess``, regular like a model verb with the same ending)."""
    infinitive = infinitive.lower()
    entry = verb_entry(infinitive)
    if entry is not None:
        return entry
    if len(infinitive) < 3 or not infinitive.endswith("n") or not infinitive.isalpha():
        return None
    for k in range(2, len(infinitive) - 2):
        prefix, tail = infinitive[:k], infinitive[k:]
        if not _is_prefix(prefix):
            continue
        base = verb_entry(tail)
        if base is None:
            continue
        if prefix.endswith("ge") and infinitive == prefix[:-2] + (
            base.forms[_PARTICIPLE_SLOT] or ""
        ):
            continue  # "gegeben", "hingegeben": participles of "geben", "hingeben", no verbs
        if prefix in INSEPARABLE and not base.particle:
            forms = list(base.forms)
            participle = forms[_PARTICIPLE_SLOT]
            if participle and participle.startswith("ge"):
                participle = participle[2:]
            forms = [None if f is None else prefix + f for f in forms]
            forms[_PARTICIPLE_SLOT] = prefix + participle if participle else None
            return VerbEntry(infinitive, "", tuple(forms))
        return VerbEntry(infinitive, prefix + base.particle, base.forms)
    if not guess:
        return None
    for ending, model in _MODELS[:1]:  # only "-ieren" verbs are regular enough to guess
        if infinitive.endswith(ending):
            return verb_entry_like(infinitive, model)
    return None


@word_cache(16384)
def readings(form: str, infinitive: str, guess: bool = True) -> frozenset[Reading]:
    """Every reading of ``form`` as a form of ``infinitive`` (empty if it is none);
    ``guess``: conjugate an unknown verb like a regular one."""
    entry = paradigm(infinitive, guess)
    if entry is None:
        return frozenset()
    low = form.lower()
    out: set[Reading] = set()
    particle = entry.particle
    base_infinitive = entry.infinitive[len(particle) :]
    if low == entry.infinitive or (particle and low == particle + "zu" + base_infinitive):
        out.add(INFINITIVE)
    if not particle and low == "zu" + entry.infinitive:
        out.add(INFINITIVE)
    if entry.infinitive == "werden" and low == "worden":
        out.add(PARTICIPLE)  # the participle of the passive: "ist gesperrt worden"
    for slot, value in enumerate(entry.forms):
        if value is None or slot == _PRESENT_PARTICIPLE_SLOT:
            continue
        if slot == _PARTICIPLE_SLOT:
            if low == particle + value or (
                # "unterbreitet", "überwiesen": a prefix that is also inseparable
                particle in _TWO_WAY_PREFIXES
                and value.startswith("ge")
                and low == particle + value[2:]
            ):
                out.add(PARTICIPLE)
            continue
        if low != value and not (particle and low == particle + value):
            continue
        if particle and low == value and low == entry.infinitive:
            continue
        spec = VERB_SLOTS[slot]
        if spec[0] == "Imp":
            out.add(("Imp", spec[1], spec[2]))
        else:
            out.add(("Fin", *spec))
    if not out and "ß" in low:  # the spelling before 1996: "muß", "läßt", "mußten"
        found = readings(low.replace("ß", "ss"), infinitive, guess)
        if not found and "ß" in infinitive:
            found = readings(low.replace("ß", "ss"), infinitive.replace("ß", "ss"), guess)
        return found
    return frozenset(out)


def finite_form(form: str, infinitive: str) -> bool:
    """Whether ``form`` is a finite form (or an imperative) of ``infinitive``: the verb a
    separated particle joins must be one ("nahm … hin", never the participle "gelassen")."""
    return any(r[0] in ("Fin", "Imp") for r in readings(form, infinitive))


def participle_verb(form: str, lemma: str, participle_tagged: bool) -> str:
    """The verb whose past participle ``form`` is, where the tagger's ``lemma`` is a verb
    the form is no participle of and hardly a form of; "" otherwise.

    A weak participle ("gelangt", "vermisst") looks like a finite form of a strong verb
    whose own participle differs ("ihr gelangt": the past of gelingen, participle
    gelungen; "er vermisst": vermessen, participle vermessen). The stored verb whose
    participle the form is (gelangen, vermissen) is taken when the form is a form of
    ``lemma`` only in the 2nd person (the "ihr" and "du" forms, which news hardly
    uses), or the tagger read the word as a participle (``participle_tagged``) and it
    is none of ``lemma``. A ``lemma`` the form is no form of at all (the tagger's
    unknown word: "verstärkt") is left to the grammar engine."""
    low, base = form.lower(), lemma.lower()
    if not low.isalpha() or len(low) < 5:
        return ""
    own = readings(low, base, guess=False)
    if PARTICIPLE in own:
        return ""
    finite = [r for r in own if r[0] in ("Fin", "Imp")]
    second_person_only = bool(finite) and all(
        (r[3] if r[0] == "Fin" else r[1]) == "2" for r in finite
    )
    if not own or (not second_person_only and not participle_tagged):
        return ""  # a lemma the form is no form of is left to the engine ("verstärkt")
    found = [
        c
        for c in verb_infinitive_candidates(low)
        if c != base
        and paradigm(c, guess=False) is not None
        and PARTICIPLE in readings(low, c, guess=False)
    ]
    if not found:
        return ""
    candidate = found[0]  # the candidates' own order: "gelangen" before "langen"
    if candidate.startswith("ge") and candidate[2:] in found:
        # "gelangt": gelangen's participle or langen's. The tagger's verb in "ge-"
        # ("gelingen") says the "ge" is a prefix, and the lexicon must know the verb
        # in "ge-" as a verb's form (not "gefällen", Gefälle); otherwise it stays
        # open ("gewählt" is wählen's): show less
        known = known_lemma(candidate)
        prefixed = (
            base.startswith("ge")
            and verb_entry(base) is not None
            and known is not None
            and known.islower()
        )
        return candidate if prefixed else ""
    return candidate


# ----------------------------------------------------------------------------- context

_CLAUSE_BREAK = frozenset({",", ";", ":", "–", "—", "(", ")"})
_SUBORDINATORS = frozenset(
    {
        "dass", "daß", "weil", "ob", "wenn", "als", "obwohl", "damit", "nachdem", "bevor",
        "während", "sodass", "falls", "seit", "seitdem", "sobald", "solange", "bis", "indem",
        "wie", "wo",
        "warum", "weshalb", "wer", "was", "wohin", "woher", "wann", "obgleich", "ehe", "sofern",
    }
)  # fmt: skip
_RELATIVES = frozenset(
    {"der", "die", "das", "dem", "den", "dessen", "deren", "denen", "welche", "welcher", "welches"}
)
#: The modal verbs (lemmas).
MODALS = frozenset({"können", "müssen", "sollen", "wollen", "dürfen", "mögen", "möchten"})
#: The modals and "lassen": verbs whose infinitive-governing reading the tense line uses.
_MODALS = MODALS | {"lassen"}
_INFINITIVE_OPENERS = frozenset({"um", "ohne", "statt", "anstatt"})
_SUBJECTS = {"ich": ("1", "Sing"), "du": ("2", "Sing"), "wir": ("1", "Plur"), "ihr": ("2", "Plur")}
#: Modals whose past indicative and Konjunktiv II are the same word ("sollte").
_SAME_PAST_AND_SUBJUNCTIVE = frozenset({"sollen", "wollen"})


_COORDINATORS = frozenset({"und", "oder", "aber", "sondern", "doch", "denn"})
_COMMALESS_COORDINATORS = frozenset({"und", "oder"})


def _opens_clause(texts: Sequence[str], tags: Sequence[str], j: int) -> bool:
    """Does token ``j`` start a new clause without punctuation before it: a
    subordinating conjunction ("… haben muss wenn schon …") or "und" + verb
    ("wurden beraten und haben … erhalten")?"""
    if tags[j] == "SCONJ" and texts[j].lower() in _SUBORDINATORS:
        # "haben sich mehr als verdoppelt", "mehr als 6.800 Menschen": "als" after a
        # comparative compares; a clause it opened would follow a comma
        return not _comparing_als(texts, tags, j)
    # only "und"/"oder" join clauses without a comma: German puts one before "aber",
    # "sondern", "doch", "denn" as conjunctions; without it they are particles ("will an
    # seinen Plänen aber festhalten": one clause, "festhalten" the infinitive)
    return (
        texts[j].lower() in _COMMALESS_COORDINATORS
        and j + 1 < len(tags)
        and (tags[j + 1] in ("VERB", "AUX") or texts[j + 1].lower() in _OPENERS_AFTER_AND)
    )


#: Comparatives that "als" follows without opening a clause ("mehr als", "weniger als").
_COMPARATIVE_WORDS = frozenset({"mehr", "weniger", "eher", "lieber", "anders", "früher", "später"})


def _comparing_als(texts: Sequence[str], tags: Sequence[str], j: int) -> bool:
    """ "als" right after a comparative ("mehr als", "weniger als", "länger als")."""
    if texts[j].lower() != "als" or j == 0:
        return False
    before = texts[j - 1].lower()
    return before in _COMPARATIVE_WORDS or (
        tags[j - 1] in ("ADJ", "ADV") and before.endswith("er") and len(before) > 4
    )


#: Conjunctions and question words that open a second subordinate clause right after
#: "und"/"oder" ("wie genau sie beobachtet und wie lange sie arbeitet", "dass … und ob
#: …"): each clause has its own finite verb at its end.
_OPENERS_AFTER_AND = frozenset(
    {"dass", "daß", "ob", "weil", "wie", "wenn", "obwohl", "nachdem", "bevor", "warum",
     "weshalb", "wann", "wo", "wohin", "woher", "falls", "sobald", "solange", "seitdem"}
)  # fmt: skip


_span_memo: tuple[object, dict[int, tuple[int, int]]] = (None, {})


def clause_span(
    texts: Sequence[str], tags: Sequence[str], sentence_ids: Sequence[int], index: int
) -> tuple[int, int]:
    """First and last token of the clause around ``index``: between punctuation,
    a subordinating conjunction, or "und" before a verb. (The spans of the last
    token columns asked about are remembered.)"""
    global _span_memo
    owner, spans = _span_memo
    if owner is not texts:
        spans = {}
        _span_memo = (texts, spans)
    found = spans.get(index)
    if found is None:
        found = spans[index] = _clause_span(texts, tags, sentence_ids, index)
    return found


def _clause_span(
    texts: Sequence[str], tags: Sequence[str], sentence_ids: Sequence[int], index: int
) -> tuple[int, int]:
    sentence = sentence_ids[index]
    n = len(texts)
    start = index
    while start > 0 and sentence_ids[start - 1] == sentence:
        if texts[start - 1] == ")":
            opening = _matching(texts, sentence_ids, start - 1, -1)
            if opening is not None:  # "Wladimir Putin (71) und …": read across
                start = opening
                continue
        if _list_comma(texts, tags, sentence_ids, start - 1):
            start -= 1
            continue
        if texts[start - 1] in _CLAUSE_BREAK or _opens_clause(texts, tags, start):
            break
        start -= 1
    end = index
    while end + 1 < n and sentence_ids[end + 1] == sentence:
        if texts[end + 1] == "(":
            closing = _matching(texts, sentence_ids, end + 1, 1)
            if closing is not None:
                end = closing
                continue
        if _list_comma(texts, tags, sentence_ids, end + 1):
            end += 1
            continue
        if texts[end + 1] in _CLAUSE_BREAK or _opens_clause(texts, tags, end + 1):
            break
        end += 1
    while end > start and texts[end] in (".", "!", "?", "…"):
        end -= 1
    return start, end


_QUOTE_TOKENS = frozenset({"``", "''", '"', "„", "“", "”", "»", "«", "'", "`", "‚", "‘", "’"})


def _list_comma(
    texts: Sequence[str], tags: Sequence[str], sentence_ids: Sequence[int], c: int
) -> bool:
    """A comma between two adjectives of one noun ("keine lustigen, unanständigen
    Vornamen"), or inside a short quoted title (:func:`~app.core.tokens.title_comma`),
    which does not end a clause."""
    if texts[c] != ",":
        return False
    if title_comma(texts, tags, sentence_ids, c):
        return True
    before, after = c - 1, c + 1
    while before >= 0 and texts[before] in _QUOTE_TOKENS:
        before -= 1
    while after < len(texts) and texts[after] in _QUOTE_TOKENS:
        after += 1
    if before < 0 or after >= len(texts) or sentence_ids[before] != sentence_ids[after]:
        return False
    if _list_member(texts, tags, before) and _noun_list_goes_on(texts, tags, sentence_ids, c):
        return True  # "durch Sanitäter, Pioniereinheiten, Transport- und Flugzeuge"
    return (
        {tags[before], tags[after]} in ({"ADJ"}, {"ADJ", "VERB"})  # "lustigen" tagged VERB
        and texts[before][:1].islower()
        and texts[after][:1].islower()
        and texts[before].endswith(ATTRIBUTIVE_ENDINGS)  # not "klar, welchen …"
        and texts[after].endswith(ATTRIBUTIVE_ENDINGS)
        and not texts[after].lower().startswith("welch")
    )


_NOUN_TAGS = ("NOUN", "PROPN")
_IN_NOUN_PHRASE = ("DET", "ADJ", "NUM")


def _list_member(texts: Sequence[str], tags: Sequence[str], j: int) -> bool:
    """A noun, a name, or the first part of a compound cut short ("Transport-")."""
    return tags[j] in _NOUN_TAGS or (len(texts[j]) > 2 and texts[j].endswith("-"))


def _noun_list_goes_on(
    texts: Sequence[str], tags: Sequence[str], sentence_ids: Sequence[int], c: int
) -> bool:
    """The comma at ``c`` separates nouns of a list that "und" or "oder" closes
    ("durch Sanitäter, Pioniereinheiten, Logistiktruppen und Flugzeuge"): each
    member after it is a noun phrase, the last one after "und"/"oder"."""
    n, sentence = len(texts), sentence_ids[c]
    j = c
    for _ in range(8):
        k = j + 1
        while k < n and sentence_ids[k] == sentence and tags[k] in _IN_NOUN_PHRASE:
            k += 1
        if k >= n or sentence_ids[k] != sentence or not _list_member(texts, tags, k):
            return False
        while k + 1 < n and sentence_ids[k + 1] == sentence and tags[k + 1] in _NOUN_TAGS:
            k += 1  # "Bodo Schwartz"
        k = _past_place_attribute(texts, tags, sentence_ids, k)
        following = k + 1
        if following >= n or sentence_ids[following] != sentence:
            return False
        if texts[following] == ",":
            j = following
            continue
        if texts[following].lower() not in ("und", "oder", "sowie"):
            return False
        m = following + 1
        if m + 1 < n and tags[m] in ("ADV", "PART") and tags[m + 1] == "ADJ":
            m += 1  # "… und nicht nachbesetzte Stellen": an adverb of its adjective
        while m < n and sentence_ids[m] == sentence and tags[m] in _IN_NOUN_PHRASE:
            m += 1
        return m < n and sentence_ids[m] == sentence and tags[m] in _NOUN_TAGS
    return False


def _past_place_attribute(
    texts: Sequence[str], tags: Sequence[str], sentence_ids: Sequence[int], k: int
) -> int:
    """The last word of "in" + a name right after the list member ending at ``k``
    ("Crailsheim in Baden-Württemberg oder Nördlingen"), else ``k``."""
    j = k + 1
    if j + 1 >= len(texts) or texts[j].lower() != "in" or tags[j + 1] not in _NOUN_TAGS:
        return k
    if sentence_ids[j + 1] != sentence_ids[k] or not texts[j + 1][:1].isupper():
        return k
    return j + 1


def _matching(texts: Sequence[str], sentence_ids: Sequence[int], at: int, step: int) -> int | None:
    """The bracket that closes (``step`` 1) or opens (-1) the one at ``at``, when a
    short aside lies between ("(71)", "(SPD)")."""
    wanted = ")" if step > 0 else "("
    j = at + step
    while 0 <= j < len(texts) and sentence_ids[j] == sentence_ids[at] and abs(j - at) <= 8:
        if texts[j] == wanted:
            return j
        if texts[j] in ("(", ")"):
            return None
        j += step
    return None


#: Forms of "werden", "sein" and "haben" that take a past participle before them.
_AUXILIARY_FORMS = frozenset(
    {"werde", "wirst", "wird", "werden", "werdet", "wurde", "wurden", "würde", "würden",
     "worden", "ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären", "gewesen",
     "bin", "bist", "seid", "hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten",
     "hast", "habt"}
)  # fmt: skip


def _next_to_ich(texts: Sequence[str], sentence_ids: Sequence[int], index: int) -> bool:
    return any(
        0 <= j < len(texts) and sentence_ids[j] == sentence_ids[index] and texts[j].lower() == "ich"
        for j in (index - 1, index + 1)
    )


def is_finite_only(found: frozenset[Reading]) -> bool:
    """Whether the readings ``found`` are all finite (and there is one)."""
    return bool(found) and all(r[0] == "Fin" for r in found)


def _can_be_finite(found: frozenset[Reading]) -> bool:
    return any(r[0] == "Fin" for r in found)


def resolve(
    texts: Sequence[str],
    tags: Sequence[str],
    lemmas: Sequence[str],
    sentence_ids: Sequence[int],
    index: int,
    found: frozenset[Reading],
    reading_of: dict[int, frozenset[Reading]],
    plural_noun: Callable[[int], bool] = lambda j: True,
    reported: bool = False,
) -> tuple[frozenset[Reading], str]:
    """The readings the clause allows, and a short reason ("after »zu«", "after
    »würden«", ...). ``reading_of`` gives the readings of the other verbs of the
    clause (by token index); ``plural_noun(j)``: can the noun at ``j`` be a
    nominative plural by its form; ``reported``: the sentence continues reported
    speech, so a past form that is also Konjunktiv II may be either (not the
    attribution right after a comma: ", sagte er.")."""
    if found and all(r[0] == "Imp" for r in found) and _next_to_ich(texts, sentence_ids, index):
        # "ich hab", "ich freu mich", "hab ich": the 1st person without its "-e"
        # (spoken German), not an imperative
        return frozenset({("Fin", "Ind", "Pres", "1", "Sing")}), "spoken form of the 1st person"
    if len(found) <= 1:
        return found, ""
    reason = ""
    start, end = clause_span(texts, tags, sentence_ids, index)
    previous = texts[index - 1].lower() if index > 0 else ""
    # "zu" + infinitive
    if previous == "zu" and INFINITIVE in found and tags[index - 1] == "PART":
        return frozenset({INFINITIVE}), "after »zu«"
    # "… bedient worden", "verletzt wurde", "unterbreitet hat": a form right before an
    # auxiliary, with no comma between, is the participle the auxiliary takes
    following = index + 1
    if (
        PARTICIPLE in found
        and following < len(texts)
        and sentence_ids[following] == sentence_ids[index]
        and tags[following] in ("AUX", "VERB")
        and texts[following].lower() in _AUXILIARY_FORMS
    ):
        return frozenset({PARTICIPLE}), f"with »{texts[following]}«"
    if (
        {INFINITIVE, PARTICIPLE} <= found
        and following < len(texts)
        and sentence_ids[following] == sentence_ids[index]
        and lemmas[following].lower() == "bleiben"
    ):
        # "Die Gynäkologie solle erhalten bleiben": "bleiben" takes a participle; its
        # bare infinitives ("sitzen", "stehen", "liegen bleiben") are no participles
        return frozenset({PARTICIPLE}), f"with »{texts[following]}«"
    governed = _governed_at_clause_end(
        texts, tags, lemmas, sentence_ids, index, start, found
    ) or _governed_before_final_verb(texts, tags, lemmas, sentence_ids, index, found)
    if governed is not None:
        governed_reading, governor = governed
        kind = "infinitive with" if governed_reading == INFINITIVE else "with"
        return frozenset({governed_reading}), f"{kind} »{texts[governor]}«"
    # the clause's one finite verb
    finite_at = _finite_at(texts, tags, index, (start, end), found, reading_of)
    if (
        finite_at == index
        and INFINITIVE in found
        and not is_finite_only(found)
        and not (texts[start].lower() in _COORDINATORS and index == start + 1)
        and index > 0
        and sentence_ids[index - 1] == sentence_ids[index]  # "Haben leider … können."
        and not _plural_subject(texts, tags, index, start, end, plural_noun)
        and not _only_verb_of_subordinate_clause(texts, tags, index, start, end)
        and not _auxiliary_before_its_participle(lemmas, index, end, reading_of)
    ):
        # "… können Ausländer, die hier wohnen, einen Pass bekommen": the plural
        # "bekommen" has no subject in its clause, so it is the infinitive
        finite_at = None
        found = frozenset({INFINITIVE})
    if (
        finite_at is not None
        and finite_at < index
        and lemmas[finite_at].lower() == "sein"
        and INFINITIVE in found
        and PARTICIPLE not in found
        and _can_be_finite(found)
        and tags[index - 1] in ("NOUN", "PROPN")
        and any(tags[j] == "CCONJ" for j in range(finite_at + 1, index - 1))
    ):
        # "Das Fleisch ist frisch und die Burger schmecken super": "sein" takes no bare
        # infinitive, so after "und" + a noun the plural form is a second finite verb
        finite_at = index
    if finite_at is not None:
        wanted = {"Fin", "Imp"} if finite_at == index else {"Inf", "Part"}
        kept = frozenset(r for r in found if r[0] in wanted)
        if kept == {INFINITIVE, PARTICIPLE}:
            # "ist … gefallen": "sein" and "haben" form the perfect with a participle
            auxiliary = lemmas[finite_at].lower()
            if auxiliary in ("sein", "haben"):
                kept = frozenset({PARTICIPLE})
            elif auxiliary in _MODALS:
                kept = frozenset({INFINITIVE})
        if kept:
            if finite_at != index and INFINITIVE in kept and len(kept) == 1:
                reason = f"infinitive with »{texts[finite_at]}«"
            found = kept
    # persons need their subject pronoun; imperatives stand first in an exclamation
    pronouns = {texts[j].lower() for j in range(start, end + 1) if tags[j] == "PRON"}
    gap_subject = ""
    if _opens_gapped_conjunct(texts, sentence_ids, index, start):
        gap_subject = _first_subject(texts, tags, sentence_ids, start - 1)  # "Ich bin … und werde"
        pronouns.add(gap_subject)
    elif (
        (index == 0 or sentence_ids[index - 1] != sentence_ids[index])
        and not pronouns & {*_SUBJECTS, "er", "sie", "es", "man"}
        and any(r[0] == "Fin" and r[1] == "Ind" and r[3:] == ("1", "Sing") for r in found)
        and _sentence_end(texts, sentence_ids, index) in (".", "!")
    ):
        # "Habe mich operieren lassen.", "War ganz nett.": a statement opening with its
        # verb has left out its subject, "ich" as often as "es": both stay possible
        pronouns.add("ich")
    allowed = {_SUBJECTS[p] for p in pronouns if p in _SUBJECTS}
    kept = frozenset(r for r in found if r[0] != "Fin" or r[3] == "3" or (r[3], r[4]) in allowed)
    if kept:
        found = kept
    subject = _subject_pronoun(texts, tags, index, start, end) or gap_subject
    if subject in _SUBJECTS:  # "ich habe", "habe ich", "dass wir … haben": its subject
        own = frozenset(r for r in found if r[0] == "Fin" and (r[3], r[4]) == _SUBJECTS[subject])
        if own:
            found = own | frozenset(r for r in found if r[0] != "Fin")
    sentence_end = _sentence_end(texts, sentence_ids, index)
    if any(r[0] == "Imp" for r in found):
        imperative = index == start and sentence_end == "!" and not (pronouns & set(_SUBJECTS))
        found = frozenset(r for r in found if (r[0] == "Imp") == imperative)
    reported = reported and not _attributes_a_report(texts, index)
    found = _prefer_indicative(found, lemmas[index], reported)
    if (
        reported
        and lemmas[index].lower() not in _SAME_PAST_AND_SUBJUNCTIVE
        and {r[1] for r in found if r[0] == "Fin"} == {"Ind", "Sub"}
    ):
        reason = REPORTED_PAST
    return found, reason


def _auxiliary_before_its_participle(
    lemmas: Sequence[str], index: int, end: int, reading_of: dict[int, frozenset[Reading]]
) -> bool:
    """ "werden", "haben" or "sein" before a participle of its clause ("…, werden
    gebeten, …"): an infinitive auxiliary follows its participle, so this one is finite."""
    if lemmas[index].lower() not in ("werden", "haben", "sein"):
        return False
    return any(reading_of.get(j) == frozenset({PARTICIPLE}) for j in range(index + 1, end + 1))


def _only_verb_of_subordinate_clause(
    texts: Sequence[str], tags: Sequence[str], index: int, start: int, end: int
) -> bool:
    """The verb is the one verb of a clause opened by a subordinating conjunction
    ("…, wenn überhaupt genug kommen"): such a clause has a finite verb, so this one is
    it even with no subject in sight. Not after "als"/"wie", which also compare ("lieber
    schweigen als reden")."""
    opener = texts[start].lower()
    if not (
        (tags[start] == "SCONJ" and opener in _SUBORDINATORS and opener not in ("als", "wie"))
        or _opens_relative_clause(texts, tags, start)
    ):
        return False
    return not any(
        tags[j] in ("VERB", "AUX") for j in range(start + 1, end + 1) if j != index
    ) and not any(texts[j].lower() == "zu" and tags[j] == "PART" for j in range(start, end + 1))


def _opens_relative_clause(texts: Sequence[str], tags: Sequence[str], start: int) -> bool:
    """A relative pronoun, alone or after a preposition, opens the clause after a comma
    ("…, die …", "…, in denen …")."""
    if start < 1 or texts[start - 1] != ",":
        return False
    j = start + 1 if tags[start] == "ADP" else start
    return j < len(texts) and tags[j] == "PRON" and texts[j].lower() in _RELATIVES


#: Verbs whose finite form takes a bare infinitive at the clause end.
INFINITIVE_GOVERNORS = frozenset({*_MODALS, "werden"})


def _governed_at_clause_end(
    texts: Sequence[str],
    tags: Sequence[str],
    lemmas: Sequence[str],
    sentence_ids: Sequence[int],
    index: int,
    start: int,
    found: frozenset[Reading],
) -> tuple[Reading, int] | None:
    """A form that can be finite, infinitive or participle, ending a main clause (alone
    or as the second of two verbs joined by "und"/"oder") after a finite modal, "lassen"
    or "werden" of the clause ("man könne … vergrößern und durchblättern": the bare
    infinitive) or after "sein"/"haben"/"werden" ("sei … entstanden": the participle);
    the reading and the auxiliary's index, else None. A clause opened by a subordinating
    conjunction has its finite verb last ("weil sie die Seiten vergrößern"); after "und"
    a word that does not follow a verb may open a clause of its own."""
    if not _can_be_finite(found) or texts[start].lower() in _SUBORDINATORS:
        return None
    following = index + 1
    if (
        following < len(texts)
        and sentence_ids[following] == sentence_ids[index]
        and (tags[following] != "PUNCT" or texts[following] in ("-", "–"))
    ):
        return None
    first = start
    if (
        index >= 2
        and texts[index - 1].lower() in _COMMALESS_COORDINATORS
        and sentence_ids[index - 2] == sentence_ids[index]
    ):
        if tags[index - 2] not in ("VERB", "AUX") and not (
            tags[index - 2] == "ADJ"
            and texts[index - 2][:1].islower()
            and PARTICIPLE in found
            and texts[index - 2].endswith(("t", "en"))
        ):  # also "abgetrennt und abtransportiert" with the first tagged an adjective
            return None
        first_conjunct = index - 2  # "vergrößern und durchblättern"
        first = clause_span(texts, tags, sentence_ids, first_conjunct)[0]
        if texts[first].lower() in _SUBORDINATORS:
            return None
    else:
        first_conjunct = index
    for j in range(first_conjunct - 1, first - 1, -1):
        if _joins_phrases(texts, tags, sentence_ids, j):
            continue  # "zwischen 1 und 4 Uhr", "nach Ansbach, Crailsheim … oder Nördlingen"
        if tags[j] == "CCONJ" or texts[j] in (",", ";", ":"):
            return None
        if tags[j] not in ("VERB", "AUX") or (j > 0 and texts[j - 1].lower() == "zu"):
            continue
        lemma = lemmas[j].lower()
        if lemma == "werden" and {INFINITIVE, PARTICIPLE} <= found:
            return None  # "Das wird oft vergessen": future or passive
        if INFINITIVE in found and lemma in INFINITIVE_GOVERNORS:
            return INFINITIVE, j
        if PARTICIPLE in found and lemma in ("sein", "haben", "werden"):
            return PARTICIPLE, j
        return None
    return None


def _joins_phrases(
    texts: Sequence[str], tags: Sequence[str], sentence_ids: Sequence[int], j: int
) -> bool:
    """ "und"/"oder" between two numbers or two bare nouns or names ("zwischen 1 und 4
    Uhr", "Äpfel und Birnen"), or a comma of a list of nouns: a joint inside a phrase,
    not between clauses."""
    if j < 1 or j + 1 >= len(texts):
        return False
    if texts[j] == ",":
        return _list_comma(texts, tags, sentence_ids, j)
    if texts[j].lower() not in _COMMALESS_COORDINATORS:
        return False
    pair = (tags[j - 1], tags[j + 1])
    return pair == ("NUM", "NUM") or (pair[0] in _NOUN_TAGS and pair[1] in _NOUN_TAGS)


#: Finite forms of the modals, "lassen" and "werden" (not its past, which takes a
#: participle) that are never spelt as an infinitive.
_FINITE_GOVERNORS = frozenset(
    {"kann", "könne", "konnte", "konnten", "könnte", "könnten", "muss", "müsse", "musste",
     "mussten", "müsste", "müssten", "darf", "dürfe", "durfte", "durften", "dürfte",
     "dürften", "soll", "solle", "sollte", "sollten", "will", "wolle", "wollte", "wollten",
     "mag", "möge", "mochte", "möchte", "möchten", "lässt", "lasse", "ließ", "ließen",
     "ließe", "wird", "werde", "würde", "würden"}
)  # fmt: skip


def _governed_before_final_verb(
    texts: Sequence[str],
    tags: Sequence[str],
    lemmas: Sequence[str],
    sentence_ids: Sequence[int],
    index: int,
    found: frozenset[Reading],
) -> tuple[Reading, int] | None:
    """The verb-final order of the same: a form right before a clause-final verb that
    can only be finite, a modal, "lassen" or "werden" ("…, dass man Seiten vergrößern
    und durchblättern könne": infinitives), or before that verb's other conjunct with
    "und"/"oder"; the reading and the final verb's index, else None. A modal's plural
    spelt as its infinitive ("vergrößern können") is left to the clause's other rules."""
    if INFINITIVE not in found or not _can_be_finite(found):
        return None
    j = index + 1
    n = len(texts)
    if (
        j + 1 < n
        and texts[j].lower() in _COMMALESS_COORDINATORS
        and tags[j + 1] in ("VERB", "AUX")
        and texts[j + 1].endswith("n")
    ):
        j += 2  # "vergrößern und durchblättern könne"
    if j >= n or sentence_ids[j] != sentence_ids[index] or tags[j] not in ("VERB", "AUX"):
        return None
    after = j + 1
    if after < n and sentence_ids[after] == sentence_ids[index] and tags[after] != "PUNCT":
        return None
    if texts[j].lower() not in _FINITE_GOVERNORS:
        return None
    if lemmas[j].lower() == "werden" and PARTICIPLE in found:
        return None  # "…, weil es oft vergessen wird": passive
    return INFINITIVE, j


#: The reason :func:`resolve` gives for a past form shown as past or Konjunktiv II.
REPORTED_PAST = "reported speech"
#: Pronouns that stand as the subject right after a verb ("sagte er, …"); not an adverb
#: before the comma ("liefen bereits, hieß es").
_SUBJECT_PRONOUNS = frozenset({"er", "sie", "es", "man", "wir", "ich", "ihr", "du"})


def _attributes_a_report(texts: Sequence[str], index: int) -> bool:
    """Is the verb at ``index`` the narrative's own verb that attributes what is reported:
    right after the report's comma ("…, sagte er") or right before the comma or colon of
    what it reports, alone or with a subject pronoun ("Er sagte, das passe nicht", "Dann
    betonte sie: …")?"""
    if index > 0 and texts[index - 1] == ",":
        return True
    after = texts[index + 1 : index + 3]
    return bool(after) and (
        after[0] in (",", ":")
        or (len(after) == 2 and after[1] in (",", ":") and after[0] in _SUBJECT_PRONOUNS)
    )


def only_subjunctive(form: str, infinitive: str) -> bool:
    """Is ``form`` in the 3rd person only a subjunctive ("sei", "habe", "sehe",
    "hätten"): a sign of reported speech?"""
    found = readings(form.lower(), infinitive.lower(), guess=False)
    return {r[1] for r in found if r[0] == "Fin" and r[3] == "3"} == {"Sub"}


#: Pronouns that can be the plural subject of a verb in "-en".
_PLURAL_SUBJECTS = frozenset(
    {"wir", "sie", "die", "welche", "diese", "jene", "alle", "beide", "viele", "manche",
     "andere", "einige", "mehrere", "wenige", "was", "wer", "das", "es", "dies"}
)  # fmt: skip


def _plural_subject(
    texts: Sequence[str],
    tags: Sequence[str],
    index: int,
    start: int,
    end: int,
    plural_noun: Callable[[int], bool],
) -> bool:
    """Is there a word in the clause that can be the subject of a plural verb
    (a plural-capable pronoun, or a noun or name whose form can be a nominative
    plural)?"""
    for j in range(start, end + 1):
        if j == index:
            continue
        if tags[j] in ("PRON", "DET") and texts[j].lower() in _PLURAL_SUBJECTS:
            return True
        if tags[j] in ("NOUN", "PROPN", "NUM", "X") and plural_noun(j):
            return True
    return False


def _finite_at(
    texts: Sequence[str],
    tags: Sequence[str],
    index: int,
    clause: tuple[int, int],
    found: frozenset[Reading],
    reading_of: dict[int, frozenset[Reading]],
) -> int | None:
    """The clause's one finite verb (None when it cannot be told or has none)."""
    start, end = clause
    verbs = [j for j in range(start, end + 1) if tags[j] in ("VERB", "AUX") and reading_of.get(j)]
    while start < end and texts[start] in _QUOTE_TOKENS:
        start += 1  # "„Was die Jungs … geleistet haben, …": the clause opens after the mark
    first = texts[start].lower()
    if (
        first in _COMMALESS_COORDINATORS
        and start < end
        and texts[start + 1].lower() in _OPENERS_AFTER_AND
    ):
        first = texts[start + 1].lower()  # "… und wie lange sie arbeitet"
    infinitive_clause = first in _INFINITIVE_OPENERS or (
        any(texts[j - 1].lower() == "zu" and tags[j - 1] == "PART" for j in verbs if j > start)
        and not any(is_finite_only(reading_of[j]) for j in verbs)
    )
    finite_at: int | None = None
    sure = [j for j in verbs if is_finite_only(reading_of[j])]
    subordinate = (
        first in _SUBORDINATORS
        or (first in _RELATIVES and start > 0 and texts[start - 1] == ",")
        or _opens_relative_clause(texts, tags, start)  # "…, in denen …"
    )
    modal = _modal_before_infinitive(texts, verbs, reading_of)
    if _finite_by_position(texts, tags, index, start, end, subordinate, found):
        finite_at = index  # "haben wir", "man trainiert", "… und leiden sehr"
    elif modal is not None:
        finite_at = modal  # "Die Kosten sollen bis 2030 sinken", "…, dass sie sinken sollen"
    elif sure:
        finite_at = sure[0] if len(sure) == 1 or index not in sure else index
    elif verbs and not infinitive_clause:
        # a participle alone ("geleistet") is no candidate
        can_be = [j for j in verbs if _can_be_finite(reading_of[j])] or verbs
        finite_at = can_be[-1] if subordinate else can_be[0]
    return finite_at


#: Modal verbs whose 1st/3rd person plural is spelt as the infinitive ("sollen").
_PLURAL_AS_INFINITIVE_MODALS = frozenset(
    {"können", "müssen", "sollen", "wollen", "dürfen", "mögen"}
)


def _modal_before_infinitive(
    texts: Sequence[str], verbs: Sequence[int], reading_of: dict[int, frozenset[Reading]]
) -> int | None:
    """A clause of two verbs, a modal's plural spelt as its infinitive ("sollen") and
    another verb that can be an infinitive ("sinken"): the modal is the finite verb and
    takes the bare infinitive, wherever each stands ("Die Kosten sollen sinken", "…, weil
    die Kosten sinken sollen"); its index, else None. A modal never stands as the bare
    infinitive of another full verb; a third verb ("werden … sinken sollen") or "werden" as
    the other verb ("werden … wehren müssen": the future) leaves it open."""
    modals = [j for j in verbs if texts[j].lower() in _PLURAL_AS_INFINITIVE_MODALS]
    if len(modals) != 1 or not 2 <= len(verbs) <= 3:
        return None
    modal = modals[0]
    others = [j for j in verbs if j != modal]
    if len(others) == 1 and texts[others[0]].lower() == "werden":
        # "Die Landwirte werden sich wehren müssen": the future's "werden" is finite and
        # the modal its infinitive (the full verb may be missing from ``verbs``)
        return None
    if len(others) == 2 and (
        # "sollen … gelandet sein", "soll … gebaut werden": a participle and the
        # infinitive of its auxiliary
        reading_of[others[0]] != frozenset({PARTICIPLE})
        or texts[others[1]].lower() not in ("sein", "haben", "werden")
    ):
        return None
    if INFINITIVE not in reading_of[others[-1]] or not any(
        r[0] == "Fin" for r in reading_of[modal]
    ):
        return None
    return modal


_PERSONAL = {**_SUBJECTS, "er": ("3", "Sing"), "es": ("3", "Sing"), "man": ("3", "Sing")}


def _finite_by_position(
    texts: Sequence[str],
    tags: Sequence[str],
    index: int,
    start: int,
    end: int,
    subordinate: bool,
    found: frozenset[Reading],
) -> bool:
    """Is the verb at ``index`` finite by where it stands? Directly before its subject
    pronoun ("haben wir"), after it in a main clause ("man trainiert"), or first
    in a main clause after "und" ("… und leiden sehr unter dem Lärm")."""
    finite = [r for r in found if r[0] == "Fin"]
    if not finite:
        return False
    for j, allowed_here in ((index + 1, True), (index - 1, not subordinate)):
        if not allowed_here or not start <= j <= end or tags[j] != "PRON":
            continue
        low = texts[j].lower()
        if low == "sie" and any(r[3] == "3" for r in finite):
            return True
        person = _PERSONAL.get(low)
        if person and any((r[3], r[4]) == person for r in finite):
            return True
    if subordinate:
        return False
    return texts[start].lower() in _COORDINATORS and index == start + 1


def _subject_pronoun(
    texts: Sequence[str], tags: Sequence[str], index: int, start: int, end: int
) -> str:
    """A personal pronoun that is clearly the verb's subject: right before or after
    it, or right after the conjunction of a subordinate clause ("dass ich …")."""
    for j in (index - 1, index + 1, start + 1, start):
        if start <= j <= end and j != index and tags[j] == "PRON":
            low = texts[j].lower()
            if low in _SUBJECTS or low in ("er", "sie", "es", "man"):
                far = j in (start, start + 1) and j not in (index - 1, index + 1)
                if far and not (j == start + 1 and texts[start].lower() in _SUBORDINATORS):
                    continue
                return low
    return ""


def _opens_gapped_conjunct(
    texts: Sequence[str], sentence_ids: Sequence[int], index: int, start: int
) -> bool:
    """The verb opens a main clause after "und"/"oder" that shares the subject of the
    clause before ("Ich bin zufrieden und werde wiederkommen")."""
    return (
        index == start + 1
        and start > 0
        and texts[start].lower() in ("und", "oder", "aber")
        and sentence_ids[start - 1] == sentence_ids[index]
    )


def _first_subject(
    texts: Sequence[str], tags: Sequence[str], sentence_ids: Sequence[int], at: int
) -> str:
    """The nominative-only pronoun ("ich", "du", "wir", "ihr") the clause around ``at``
    has as its subject, or ""."""
    start, end = clause_span(texts, tags, sentence_ids, at)
    found = {texts[j].lower() for j in range(start, end + 1) if tags[j] == "PRON"}
    found &= set(_SUBJECTS)
    return next(iter(found)) if len(found) == 1 else ""


def _sentence_end(texts: Sequence[str], sentence_ids: Sequence[int], index: int) -> str:
    owner, spans = _span_memo
    key = -1 - sentence_ids[index]  # kept beside the clause spans, under negative keys
    if owner is texts and key in spans:
        return texts[spans[key][1]]
    j = index
    n = len(texts)
    while j + 1 < n and sentence_ids[j + 1] == sentence_ids[index]:
        j += 1
    if owner is texts:
        spans[key] = (index, j)
    return texts[j]


def _prefer_indicative(
    found: frozenset[Reading], lemma: str, reported: bool = False
) -> frozenset[Reading]:
    """A subjunctive reading whose form is also indicative in the same person is
    read as indicative ("wir haben", "sie sagten"), except the modals whose
    "sollte"/"wollte" is as often Konjunktiv II as past, and a past form in reported
    speech (``reported``: "Er sehe Chancen. Erste Gespräche liefen bereits."), where
    Konjunktiv II stands in for a Konjunktiv I that looks indicative; a 1st person
    indicative without "ich" was removed before, so "habe" alone stays Konjunktiv I."""
    indicative = {(r[2], r[3], r[4]) for r in found if r[0] == "Fin" and r[1] == "Ind"}
    if not indicative:
        return found
    keep_both = lemma.lower() in _SAME_PAST_AND_SUBJUNCTIVE or reported
    return frozenset(
        r
        for r in found
        if not (
            r[0] == "Fin"
            and r[1] == "Sub"
            and (r[2], r[3], r[4]) in indicative
            and not (keep_both and r[2] == "Past")
        )
    )
